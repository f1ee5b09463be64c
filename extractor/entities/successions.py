"""Who a newly appointed official replaces: "bổ nhiệm ông A giữ chức Giám đốc Sở X, thay ông B
nghỉ hưu" gives A's post the predecessor "B" (issue #14's successions).

Read after each position, in its sentence and close to it: "thay" (or "thay thế", "thay cho")
with an honorific (ông, bà, đồng chí) and a capitalized name of two to five syllables; or right
before the position with only the appointment wording between ("A thay ông B giữ chức X").
Spans index the normalized text.
"""

from __future__ import annotations

import re

_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_SYLLABLE = rf"[{_UPPER}][^\W\d_]*"
_SUCCESSION = re.compile(
    rf"\bthay(?:\s+thế)?(?:\s+cho)?\s+(?:ông|bà|đồng chí)\s+(?P<name>{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}})"
)
# "thay ông B giữ chức | X": the replaced name, then only lower-case appointment wording before the post.
_SUCCESSION_BEFORE = re.compile(_SUCCESSION.pattern + r"(?:\s+[^\W\d_A-ZĐ]+){1,4}\s*$")
# How far after a post its "thay ông …" may stand, and what ends the search (a new sentence).
REACH = 160
_SENTENCE_END = re.compile(r"[.!?;\n]")


def predecessor(text: str, position_end: int, position_start: int | None = None) -> tuple[int, int] | None:
    """The span of the name a post replaces, if its sentence says so right after it, or right
    before it with the appointment wording between ("A thay ông B | giữ chức X")."""
    window_end = min(len(text), position_end + REACH)
    stop = _SENTENCE_END.search(text, position_end, window_end)
    found = _SUCCESSION.search(text, position_end, stop.start() if stop else window_end)
    if found:
        return found.span("name")
    if position_start is None:
        return None
    before = _SUCCESSION_BEFORE.search(text, max(0, position_start - REACH), position_start)
    return before.span("name") if before else None
