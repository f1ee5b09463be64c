"""The statistical NER's inputs: token features and the stretches of a sentence it reads."""

from __future__ import annotations

import pytest

from extractor.ner import _stretches, ner_model, token_features
from extractor.words import syllables


def _syls(text: str):
    return syllables(text, 0, len(text))


def test_foreign_words_and_countries_have_their_own_classes() -> None:
    text = "Hughie Fury tới Iraq và Ba Lan gặp ông Đức."
    syls = _syls(text)
    classes = {s.text: f.split("|")[0] for s, f in zip(syls, token_features(syls), strict=True)}
    assert classes["Hughie"] == classes["Fury"] == "FOR"
    assert classes["Iraq"] == classes["Ba"] == classes["Lan"] == "PLACE"
    assert classes["Đức"] != "PLACE"  # a given name as often as Germany


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a b c d", []),
        ("A b c", [(0, 3)]),
        ("a " * 10 + "Hà " + "b " * 10, [(6, 19)]),
        ("Hà " + "b " * 20 + "Nội", [(0, 9), (17, 22)]),
    ],
)
def test_stretches_around_capitals(words: str, expected: list[tuple[int, int]]) -> None:
    assert _stretches(_syls(words.strip())) == expected


def test_spans_index_the_text_and_reach_lower_case_starts() -> None:
    model = ner_model()
    if model is None:
        pytest.skip("no NER model installed")
    text = (
        "Trong bài viết dài về kinh tế và đời sống của người dân trong nhiều năm qua, "
        "phóng viên báo Thanh Niên đã gặp ông Nguyễn Văn An tại Hà Nội."
    )
    found = model.spans([_syls(text)])
    assert all(text[a:b].strip() == text[a:b] and b > a for a, b, _ in found)
    assert ("Nguyễn Văn An", "PER") in {(text[a:b], label) for a, b, label in found}


def test_another_model_directory_can_be_named(monkeypatch, tmp_path) -> None:
    from extractor.ner import MODEL_ENV, model_path

    shipped = model_path()
    monkeypatch.setenv(MODEL_ENV, str(tmp_path))
    with pytest.raises(FileNotFoundError, match=r"meta\.json"):
        model_path()
    if shipped is not None:
        monkeypatch.setenv(MODEL_ENV, str(shipped))
        assert model_path() == shipped
