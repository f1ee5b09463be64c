"""The recipe names of scripts/cv_ner.py: feature classes in capitals, pretraining as ``ptN``, shape parts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from cv_ner import recipe_classes, recipe_overrides, recipe_pretraining


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


@pytest.mark.parametrize(
    ("recipe", "overrides"),
    [
        ("lexicon+AREA", {}),
        ("lexicon+AREA+d25", {"training.dropout": 0.25}),
        ("lexicon+AREA+pt4+w2", {"components.tok2vec.model.encode.window_size": 2}),
        ("lexicon+d30+w2", {"training.dropout": 0.3, "components.tok2vec.model.encode.window_size": 2}),
    ],
)
def test_a_recipe_names_the_training_values_it_changes(recipe: str, overrides: dict[str, float | int]) -> None:
    assert recipe_overrides(recipe) == overrides
