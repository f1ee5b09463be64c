"""Normalization: one spelling for variants, and an exact map back to the caller's string."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.text.normalize import canonical, canonical_syllable, normalize


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("hoá", "hóa"),
        ("hoả", "hỏa"),
        ("thuỷ", "thủy"),
        ("uỷ", "ủy"),
        ("Uỷ", "Ủy"),
        ("khoẻ", "khỏe"),
        ("HOÀ", "HÒA"),
        ("qúy", "quý"),
        ("quý", "quý"),
        ("quả", "quả"),
        ("giữa", "giữa"),
        ("gì", "gì"),
        ("người", "người"),
        ("Nguyễn", "Nguyễn"),
        ("ngoài", "ngoài"),
        ("hoàng", "hoàng"),
        ("tuyển", "tuyển"),
        ("café", "café"),  # not a Vietnamese syllable: left alone
        ("Hà", "Hà"),
    ],
)
def test_canonical_syllable(old: str, new: str) -> None:
    assert canonical_syllable(old) == new


def test_spaces_breaks_and_invisible_characters() -> None:
    text = "Ủy\u00a0ban\u200b nhân dân\r\nphường\rYên\u2028Sở"
    norm = normalize(text)
    assert norm.text == "Ủy ban nhân dân\nphường\nYên\nSở"


def test_the_eth_typed_for_d_with_stroke_is_read_as_it() -> None:
    text = "Tổ chức Hiệp ước Bắc \u00d0ại Tây Dương, ngã ba \u00f0ồng"
    norm = normalize(text)
    assert norm.text == "Tổ chức Hiệp ước Bắc Đại Tây Dương, ngã ba đồng"
    start = norm.text.index("Đại")
    assert norm.original_slice(start, start + 3) == "\u00d0ại"  # offsets still index the original


def test_decomposed_input_is_composed_and_mapped_back() -> None:
    text = unicodedata.normalize("NFD", "Đảng uỷ phường")
    norm = normalize(text)
    assert norm.text == "Đảng ủy phường"
    start = norm.text.index("ủy")
    a, b = norm.to_original(start, start + 2)
    assert unicodedata.normalize("NFC", text[a:b]) == "uỷ"


def test_to_original_rejects_spans_outside() -> None:
    with pytest.raises(ValueError):
        normalize("abc").to_original(2, 9)


def test_canonical_matches_both_spellings() -> None:
    assert canonical("Đảng uỷ, thuỷ lợi, hoà bình") == canonical("Đảng ủy, thủy lợi, hòa bình")


_PIECES = st.sampled_from(
    ["Phường", " ", "\u00a0", "\u200b", "\r\n", "\n", "hoà", "thuỷ", "Uỷ", "15,8", "%", "tỷ",
     unicodedata.normalize("NFD", "Nguyễn"), unicodedata.normalize("NFD", "hoà"), "\ufeff", "\t", "ABC", "đồng", "\u00d0ại"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30))
def test_every_word_maps_back_to_itself(pieces: list[str]) -> None:
    """For any input, each normalized word's span in the original normalizes to that word."""
    text = "".join(pieces)
    norm = normalize(text)
    assert len(norm.starts) == len(norm.text)
    for m in re.finditer(r"\S+", norm.text):
        a, b = norm.to_original(m.start(), m.end())
        assert 0 <= a <= b <= len(text)
        assert normalize(text[a:b]).text.strip() == m.group()


@given(st.text(max_size=200))
def test_offsets_are_monotonic_for_any_text(text: str) -> None:
    norm = normalize(text)
    assert list(norm.starts) == sorted(norm.starts)
    assert all(a < b for a, b in zip(norm.starts, norm.ends, strict=True))
