"""Hostile inputs stay linear (issue #15): each is timed against an ordinary input of the same
size read the same way, so the bound is a ratio, not a wall-clock figure. A quadratic or
exponential reader is hundreds of times slower at these sizes; the bound allows 15."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from extractor.numbers.grammar import NumberFormatError, parse_number
from extractor.pipeline import default_pipeline
from extractor.text.layout import MAX_SENTENCE_CHARS, segment, sentences

ORDINARY = "Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm. "
RATIO = 15


def _seconds(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _like(size: int) -> str:
    return (ORDINARY * (size // len(ORDINARY) + 1))[:size]


def _read(text: str) -> object:
    return default_pipeline()(text, require_vietnamese=False)


@pytest.mark.parametrize(
    "hostile",
    [
        "Giá trị " + "1.1." * 5000,  # one long digit run, scanned from every match inside it
        "Giá trị " + "1.000.000 " * 2000,
        "Tổng thu " + "một " * 4000 + "đồng.",  # a long run of digit words
        "Thu ngân sách đạt 15,8 tỷ đồng.\n" + "Theo " * 12 + "x" * 200,  # a source line's regex
        "Thu ngân sách đạt 15,8 tỷ đồng.\n" + "." * 20000,  # a credit's leading dots
        "5% " * 6000,  # one clause holding thousands of items
        "Ủng hộ: " + "Nguyen Van A: 200.000 đồng; " * 1500,  # a list's labels, each read back to its item's start
    ],
    ids=["digit-run", "grouped-numbers", "word-numerals", "source-line", "dots", "percent-run", "list-labels"],
)
def test_hostile_text_reads_in_time_proportional_to_its_size(hostile: str) -> None:
    reference = _like(len(hostile))
    assert _seconds(lambda: _read(hostile)) < RATIO * _seconds(lambda: _read(reference)) + 0.05


def test_contexts_are_bounded_and_results_serialize() -> None:
    result = default_pipeline()("5% " * 3000, require_vietnamese=False)
    assert len(result.percentages) == 3000
    assert max(len(p.context) for p in result.percentages) <= 2 * 200 + 10
    huge = default_pipeline()("Thu ngân sách đạt 1" + "0" * 4400 + " đồng.", require_vietnamese=False)
    json.dumps(huge.model_dump(mode="json"))  # no 4 400-digit integer, nothing that cannot be written


def test_parse_number_on_a_very_long_phrase_is_a_format_error() -> None:
    with pytest.raises(NumberFormatError):
        parse_number("1 tỷ " * 1100)


def test_a_sentence_without_stops_is_read_in_bounded_pieces_with_exact_offsets() -> None:
    text = "Chủ tịch UBND " * 2000
    pieces = sentences(text, 0, len(text))
    assert len(pieces) > 1
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in pieces)
    assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.replace(" ", "")
    assert segment(text)[0].kind == "title"
