"""News layout: which lines of an article are text and which are metadata.

An article as given is a title line, a lead and body paragraphs, with figure captions as
their own lines (``… Ảnh: PV``). Some sources repeat each caption on the next line; the
last lines often hold the byline (``Hiền Thu``) and a source line (``Nguồn Hà Nội Mới: …``,
``(Theo VTC)``). The guide counts captions as text but not credits, bylines, source lines
or a caption's repeat. :func:`segment` labels each line; :func:`sentences` splits text
lines into sentences. All offsets index the normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["title", "body", "caption", "repeat", "byline", "source"]

# Patterns here run on every line of every article: none may backtrack more than linearly
# (the leading run of spaces and dots before a credit is taken by hand, see _credit_start).
_CREDIT = re.compile(r"\(?\b(?:Ảnh|Ảnh minh họa|Nguồn ảnh|Video|Clip|Đồ họa|Infographic)\s*:\s*[^.()]{1,60}\)?\.?\s*$")
_SOURCE = re.compile(r"\s*\(?\s*(?:Nguồn|Theo)\b")
_MAX_SOURCE_LINE = 300
# (the source may carry its short form in brackets: "Theo Ngân hàng Thế giới (WB), …")
_SENTENCE_AFTER_THEO = re.compile(r"\s*Theo\b[^,()]*(?:\([^()]*\)[^,()]*)*,\s*\S")
_URL = re.compile(r"https?://\S+")
_BYLINE_WORD = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s]*|-|–|và)$")
# A sentence ends at . ! ? … (and closing quotes) followed by space and a capital or digit,
# but not after a short abbreviation (TP., Th.S., ông A.).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’)]*\s+(?=[\"“(‘]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9])")
_ABBREVIATION_BEFORE = re.compile(r"(?:\b(?:TP|Tp|Th|St|Mr|Mrs|Dr|ThS|TS|GS|PGS|BS|TT|Q|P|H|K|T)|\b[A-ZĐ])\.$")


@dataclass(frozen=True, slots=True)
class Segment:
    kind: Kind
    start: int
    end: int
    # For a caption, where its credit ("Ảnh: PV") begins; text after it is metadata.
    text_end: int


def _lines(text: str):
    position = 0
    for line in text.split("\n"):
        yield position, position + len(line), line
        position += len(line) + 1


def _is_source_line(line: str) -> bool:
    """'Nguồn Hà Nội Mới: <url>', '(Theo CNBC)', 'Theo Hương Giang (Dân Việt)': short, near the end."""
    words = len(line.split())
    if _URL.search(line) and words <= 12:
        return True
    if _SENTENCE_AFTER_THEO.match(line) and (line.rstrip()[-1:] in ".!?…" or any(c.isdigit() for c in line)):
        return False  # "Theo Tổng cục Thống kê, GDP tăng 7,4%.": a sentence that names its source
    return words <= 10 and len(line) <= _MAX_SOURCE_LINE and bool(_SOURCE.match(line))


def _credit_start(line: str, start: int) -> int:
    """A credit begins with the spaces, dots and bracket before its label ("… trường. (Ảnh: PV)")."""
    while start > 0 and line[start - 1] in " \t.(":
        start -= 1
    return start


def _looks_like_byline(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 6 or line.rstrip()[-1:] in '.:;,!?”"':
        return False
    return all(_BYLINE_WORD.match(w) for w in words)


def segment(text: str) -> list[Segment]:
    """Label every non-empty line of an article."""
    raw = [(a, b, line) for a, b, line in _lines(text) if line.strip()]
    segments: list[Segment] = []
    previous_text: str | None = None
    last_index = len(raw) - 1
    for index, (a, b, line) in enumerate(raw):
        stripped = line.strip()
        tail_lines = last_index - index
        kind: Kind
        text_end = b
        if tail_lines <= 2 and _is_source_line(stripped):
            kind = "source"
        elif (
            index > 0 and tail_lines <= 2 and _looks_like_byline(stripped) and not segments_have_kind_after(raw, index)
        ):
            kind = "byline"
        elif stripped == previous_text:
            kind = "repeat"
        else:
            credit = _CREDIT.search(line)
            if credit:
                kind = "caption"
                text_end = a + _credit_start(line, credit.start())
            elif index == 0:
                kind = "title"
            else:
                kind = "body"
        segments.append(Segment(kind, a, b, text_end))
        previous_text = stripped
    return segments


def segments_have_kind_after(raw: list[tuple[int, int, str]], index: int) -> bool:
    """Is there a longer text line after this one? (A byline closes the article.)"""
    return any(len(line.split()) > 12 for _, _, line in raw[index + 1 :])


def text_spans(text: str) -> list[tuple[int, int, Kind]]:
    """The stretches of an article that are text to read (title, body, captions without credit)."""
    return [(s.start, s.text_end, s.kind) for s in segment(text) if s.kind in ("title", "body", "caption")]


def metadata_spans(text: str) -> list[tuple[int, int, Kind]]:
    """The stretches that are not text to read: bylines, source lines, repeated captions and
    photo credits. The NER still tags them (the VLSP convention tags a byline's name)."""
    spans: list[tuple[int, int, Kind]] = []
    for s in segment(text):
        if s.kind in ("byline", "source", "repeat"):
            spans.append((s.start, s.end, s.kind))
        elif s.kind == "caption" and s.text_end < s.end:
            spans.append((s.text_end, s.end, "caption"))
    return spans


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; spans index ``text``."""
    spans = []
    cursor = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION_BEFORE.search(text, max(start, m.start() - 5), m.start()):
            continue
        spans.append((cursor, m.start()))
        cursor = m.end()
    if cursor < end:
        spans.append((cursor, end))
    return [piece for a, b in spans if text[a:b].strip() for piece in _bounded(text, a, b)]


# A "sentence" longer than this (a list or table flattened into one line, or junk) is read in
# pieces cut at spaces: the sentence readers and the NER work per sentence, and one sentence
# of 100 000 words would hold them all at once.
MAX_SENTENCE_CHARS = 3000


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    pieces = []
    while b - a > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", a + MAX_SENTENCE_CHARS // 2, a + MAX_SENTENCE_CHARS)
        cut = cut if cut > a else a + MAX_SENTENCE_CHARS
        pieces.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        pieces.append((a, b))
    return pieces
