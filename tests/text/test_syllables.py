"""Syllables with exact spans, and the words underthesea groups them into."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.pipeline import default_pipeline
from extractor.text.syllables import near_capitals


def syllables(text: str, start: int, end: int):
    return default_pipeline().segmenter.syllables(text, start, end)


def may_name_something(tokens: list[str]) -> bool:
    return default_pipeline().segmenter.may_name_something(tokens)


def _words(text: str) -> list[str]:
    syls = syllables(text, 0, len(text))
    words: dict[int, list[str]] = {}
    for syl in syls:
        words.setdefault(syl.word, []).append(syl.text)
    return [" ".join(w) for w in words.values()]


def test_syllables_index_the_text() -> None:
    text = "Ông Nguyễn Văn A (TP.HCM) nói: “Bộ TT&TT đã xong 15,8 tỷ đồng”."
    syls = syllables(text, 0, len(text))
    assert [s.text for s in syls[:6]] == ["Ông", "Nguyễn", "Văn", "A", "(", "TP.HCM"]
    assert all(text[s.start : s.end] == s.text for s in syls)


def test_titles_and_heads_stay_one_word_and_names_are_grouped() -> None:
    words = _words("Bí thư Đảng ủy phường Yên Sở Nguyễn Minh Tâm phát biểu tại hội nghị.")
    assert "Bí thư" in words
    assert "Đảng ủy" in words
    assert "Nguyễn Minh Tâm" in words


def test_a_lower_case_word_before_a_name_is_segmented() -> None:
    # "thị trường" is one word, so "trường" cannot begin a school's name.
    assert "thị trường" in _words("Giá trên thị trường Hà Nội tăng mạnh.")


def test_syllables_far_from_any_capital_are_words_of_their_own() -> None:
    text = "Hà Nội có nhiều dự án đầu tư vào lĩnh vực công nghệ thông tin trong năm nay."
    words = _words(text)
    assert "năm" in words and "nay" in words  # beyond the reach of "Hà Nội"


def test_a_sentence_that_cannot_name_anything_is_not_segmented() -> None:
    text = "giá vàng hôm nay tăng mạnh so với hôm qua"
    assert not may_name_something(text.split())
    assert _words(text) == text.split()


@pytest.mark.parametrize(
    ("units", "regions"),
    [
        (["a", "b", "c"], []),
        (["Hà", "b", "c"], [(0, 3)]),
        (["a"] * 10 + ["Hà"] + ["b"] * 10, [(7, 16)]),
        (["Hà"] + ["b"] * 20 + ["Nội"], [(0, 6), (18, 22)]),
        (["Hà"] + ["b"] * 6 + ["Nội"], [(0, 8)]),  # windows that touch are merged
    ],
)
def test_regions_near_capitals(units: list[str], regions: list[tuple[int, int]]) -> None:
    assert near_capitals([u[:1].isupper() for u in units], 3, 5) == regions


@given(st.lists(st.sampled_from(["Hà", "Nội", "và", "công", "ty", "Bộ", "Đảng ủy", ",", "1"]), max_size=40))
def test_every_capitalized_unit_is_inside_a_region(units: list[str]) -> None:
    regions = near_capitals([u[:1].isupper() for u in units], 3, 5)
    assert all(a < b for a, b in regions)
    assert all(regions[k][1] < regions[k + 1][0] for k in range(len(regions) - 1))
    for k, unit in enumerate(units):
        if unit[:1].isupper():
            assert any(a <= k < b for a, b in regions)


@pytest.mark.parametrize(
    ("text", "known"),
    [("kiểm sát", True), ("thiết bị", True), ("thủy lợi", True), ("thuỷ lợi", True), ("hà ký", False)],
)
def test_known_words_come_from_the_segmenters_dictionary(text: str, known: bool) -> None:
    dictionary = default_pipeline().lexicons.dictionary
    assert dictionary.known_word(syllables(text, 0, len(text))) is known
