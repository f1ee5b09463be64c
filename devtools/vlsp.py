"""Reading VLSP 2018 NER articles (``.muc`` with inline ``<ENAMEX>`` tags).

Tags nest (``<ENAMEX TYPE="ORGANIZATION">UBND <ENAMEX TYPE="LOCATION">TP Hà Nội</ENAMEX></ENAMEX>``);
the outermost PERSON / ORGANIZATION / LOCATION span is kept, as the VLSP convention scores
it, and MISCELLANEOUS is dropped (a PER/ORG/LOC inside it is kept). The text is normalized
exactly as the pipeline normalizes at run time (:mod:`extractor.text.normalize`), and the spans
follow it, so a model trained here reads what it will be given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from extractor.text.normalize import normalize

LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
_TAG = re.compile(r'<ENAMEX\s+TYPE="([A-Z]+)"\s*>|</ENAMEX>')


@dataclass(frozen=True, slots=True)
class Annotated:
    """A text and its entity spans ``(start, end, label)``, outermost only, in text order."""

    text: str
    entities: tuple[tuple[int, int, str], ...]


def parse_muc(marked: str) -> Annotated:
    """Strip ENAMEX tags; keep the outermost PER/ORG/LOC spans."""
    plain: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int, str, int]] = []  # start, end, label, depth among kept labels
    cursor = 0
    for m in _TAG.finditer(marked):
        chunk = marked[cursor : m.start()]
        plain.append(chunk)
        length += len(chunk)
        cursor = m.end()
        if m.group(1):
            stack.append((m.group(1), length))
        elif stack:
            kind, start = stack.pop()
            if kind in LABELS and length > start:
                depth = sum(1 for k, _ in stack if k in LABELS)
                spans.append((start, length, LABELS[kind], depth))
    plain.append(marked[cursor:])
    text = "".join(plain)
    outermost = sorted((s, e, label) for s, e, label, depth in spans if depth == 0)
    return Annotated(text, tuple(outermost))


def normalized(annotated: Annotated) -> Annotated:
    """The same annotation over the normalized text."""
    norm = normalize(annotated.text)
    starts = norm.starts

    def to_norm(position: int, *, end: bool) -> int:
        if end:
            return bisect.bisect_left(starts, position)
        return bisect.bisect_left(starts, position)

    entities = []
    for start, end, label in annotated.entities:
        a, b = to_norm(start, end=False), to_norm(end, end=True)
        while a < b and norm.text[a].isspace():
            a += 1
        while b > a and norm.text[b - 1].isspace():
            b -= 1
        if a < b:
            entities.append((a, b, label))
    return Annotated(norm.text, tuple(entities))


def read_article(path: Path) -> Annotated:
    return normalized(parse_muc(path.read_text(encoding="utf-8")))


def article_paths(root: Path) -> list[Path]:
    """Every article of the corpus, in a stable order."""
    return sorted(root.glob("*/*.muc"))
