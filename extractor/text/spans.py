"""An index of character spans that answers "does anything overlap (or hold) [a, b)?" without
scanning every span: readers ask it once per candidate, so a scan would make a long article
quadratic. Spans go into buckets of fixed width by the positions they cover. And where a
span's edge falls on a quotation mark, whether the mark is the span's own."""

from __future__ import annotations

from collections.abc import Iterable

_BUCKET = 512


class SpanIndex:
    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        for bucket in range(a // _BUCKET, max(a, b - 1) // _BUCKET + 1):
            self._buckets.setdefault(bucket, []).append((a, b))

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans that overlap ``[a, b)``, sorted, each once."""
        found = {
            (s, e)
            for bucket in range(a // _BUCKET, max(a, b - 1) // _BUCKET + 1)
            for s, e in self._buckets.get(bucket, ())
            if s < b and a < e
        }
        return sorted(found)

    def covers(self, a: int, b: int) -> bool:
        """Does one span hold all of ``[a, b)``?"""
        return any(s <= a and b <= e for s, e in self.overlapping(a, b))

    def overlaps(self, a: int, b: int) -> bool:
        return any(
            s < b and a < e
            for bucket in range(a // _BUCKET, max(a, b - 1) // _BUCKET + 1)
            for s, e in self._buckets.get(bucket, ())
        )


def outermost(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, sorted by start and once each, without those inside another."""
    kept: list[tuple[int, int]] = []
    reach = -1
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if b <= reach:
            continue
        kept.append((a, b))
        reach = b
    return kept


def opens_a_quote(phrase: str) -> bool:
    """Does the phrase leave a quotation open ('danh hiệu "Gia đình văn hóa', 'Câu lạc bộ “Tuổi
    trẻ')? Then the closing mark after it is the phrase's own."""
    return phrase.count('"') % 2 == 1 or phrase.count("“") > phrase.count("”")
