"""Syllable tokens with exact spans, grouped into words by underthesea's segmenter.

The entity stages read syllables (``Nguyễn``, ``Minh``, ``Tâm``) but need to know which
syllables make one word: in ``Bộ Giáo dục và Đào tạo`` the lower-case ``dục`` belongs to
the capitalized word ``Giáo dục`` and so to the name, while in ``Phường Yên Sở tháo gỡ``
the word ``tháo gỡ`` ends it. underthesea returns words as strings; they are aligned back
onto the syllables here, and a syllable it could not place becomes a word of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Abbreviations with a dot stay one token ("TP.", "PGS.TS"); other words are letter/digit
# runs that may be joined by & - . / inside (TT&TT, GD-ĐT, BSR-BF, Zing.vn); then symbols.
SYLLABLE_RE = re.compile(r"(?:TP|Tp|TS|ThS|GS|PGS|BS|TT|Q|P|St)\.(?=\s)|[^\W_]+(?:[&\-./][^\W_]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Syllable:
    text: str
    start: int
    end: int
    word: int  # index of the word this syllable belongs to

    @property
    def is_upper_initial(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_alpha(self) -> bool:
        return self.text[:1].isalpha()


# Keep multi-syllable titles and institution heads whole in segmentation ("Đảng ủy", "Ban
# Thường vụ"). The NER's word-position features depend on it: the setting must match the
# one the shipped model was trained with (see models/README.md).
FIXED_WORDS = True


@cache
def _fixed_words() -> list[str]:
    from .lexicons import lexicons

    lex = lexicons()
    return sorted({" ".join(t) for t in lex.titles if len(t) > 1} | {" ".join(h) for h in lex.org_heads if len(h) > 1})


@cache
def _tokenizer():
    from underthesea import word_tokenize

    if FIXED_WORDS:
        fixed = _fixed_words()
        return lambda sentence: word_tokenize(sentence, fixed_words=fixed)
    return word_tokenize


def syllables(text: str, start: int, end: int) -> list[Syllable]:
    """Syllables of ``text[start:end]`` with spans in ``text``, each tagged with its word."""
    found = [(m.group(), m.start(), m.end()) for m in SYLLABLE_RE.finditer(text, start, end)]
    if not found:
        return []
    word_of = _align_words(text[start:end], [(s, a - start, b - start) for s, a, b in found])
    return [Syllable(s, a, b, w) for (s, a, b), w in zip(found, word_of, strict=True)]


def _align_words(sentence: str, tokens: list[tuple[str, int, int]]) -> list[int]:
    """For each token, the index of the underthesea word that covers it."""
    try:
        words = _tokenizer()(sentence)
    except Exception:  # the segmenter is an aid; without it every token is its own word
        return list(range(len(tokens)))
    spans: list[tuple[int, int]] = []
    cursor = 0
    for word in words:
        position = sentence.find(word, cursor)
        if position < 0 or position - cursor > 3:
            first = word.split()[0] if word.split() else word
            position = sentence.find(first, cursor)
            if position < 0 or position - cursor > 3:
                continue
            spans.append((position, position + len(first)))
            cursor = position + len(first)
            continue
        spans.append((position, position + len(word)))
        cursor = position + len(word)
    word_of: list[int] = []
    k = 0
    next_free = len(spans)
    for _, a, b in tokens:
        while k < len(spans) and spans[k][1] <= a:
            k += 1
        if k < len(spans) and spans[k][0] <= a and b <= spans[k][1]:
            word_of.append(k)
        else:
            word_of.append(next_free)
            next_free += 1
    return word_of
