"""The span index (extractor.text.spans) agrees with a plain scan."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.text.spans import SpanIndex, outermost

spans = st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 700)).map(lambda t: (t[0], t[0] + t[1])), max_size=40)


@given(spans, st.integers(0, 3500), st.integers(1, 900))
def test_overlap_answers_equal_a_scan(stored: list[tuple[int, int]], a: int, length: int) -> None:
    b = a + length
    index = SpanIndex(stored)
    expected = sorted({(s, e) for s, e in stored if s < b and a < e})
    assert index.overlapping(a, b) == expected
    assert index.overlaps(a, b) == bool(expected)
    assert index.covers(a, b) == any(s <= a and b <= e for s, e in stored)


@given(spans)
def test_outermost_keeps_each_span_not_inside_another(stored: list[tuple[int, int]]) -> None:
    kept = outermost(stored)
    inside = {(a, b) for a, b in stored if any((s, e) != (a, b) and s <= a and b <= e for s, e in stored)}
    assert kept == sorted(set(stored) - inside)
