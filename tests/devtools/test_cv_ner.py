"""The recipe names of scripts/cv_ner.py: feature classes in capitals, pretraining as ``ptN``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from cv_ner import recipe_classes, recipe_pretraining


@pytest.mark.parametrize(
    ("recipe", "classes", "pretraining"),
    [
        ("lexicon", (), 0),
        ("lexicon+AREA", ("AREA",), 0),
        ("lexicon+AREA+pt4", ("AREA",), 4),
        ("lexicon+pt8", (), 8),
    ],
)
def test_a_recipe_names_its_feature_classes_and_its_pretraining(
    recipe: str, classes: tuple[str, ...], pretraining: int
) -> None:
    assert recipe_classes(recipe) == classes
    assert recipe_pretraining(recipe) == pretraining
