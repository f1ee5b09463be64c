"""Text normalization with an exact map back to the caller's string.

Every later stage reads the *normalized* text, where Vietnamese spelling variants that
mean the same thing are made one: NFC composition, one tone-mark placement (``hoà`` and
``hòa`` both become ``hòa``; ``uỷ`` becomes ``ủy``), every kind of space made a plain
space, zero-width characters and soft hyphens dropped, CRLF / CR made LF, and the eth
(``Ð``) that some texts type for ``Đ`` made ``Đ``. Spans found
in the normalized text are mapped back with :meth:`NormalizedText.to_original`, so that
``original[start:end]`` is always the text the caller gave us.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_DROPPED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Letters that look like Vietnamese ones and stand for them in some texts: the Icelandic eth
# ("Ðại Tây Dương", "Ngã ba Ðồng Lộc") for đ. One character each way, so offsets keep.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f")
_LINE_BREAKS = frozenset("\u2028\u2029\x85")

# The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot).
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = "aăâeêioôơuưy"
_MARKED_VOWELS = "ăâêôơư"
_INITIALS = ("ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu")
_SINGLE_INITIALS = "bcdđghklmnpqrstvx"
_FINALS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
# The initials written with consonants only ("gi" and "qu" hold a vowel letter)
_CONSONANT_INITIALS = frozenset(_SINGLE_INITIALS) | {i for i in _INITIALS if not any(ch in _VOWELS for ch in i)}

_WORD = re.compile(r"[^\W\d_]+")


def is_consonant_initial(letters: str) -> bool:
    """Are the lower-case ``letters`` the consonants that open a syllable and no more ("đ", "th",
    "ngh"): a syllable cut to its initial, as a name's last word may be ("Cáp Trọng Th.")?"""
    return letters in _CONSONANT_INITIALS


def _split_syllable(bare: str) -> tuple[str, str, str]:
    """Split a lower-case syllable without tone into initial, vowel nucleus and final."""
    initial = ""
    for candidate in _INITIALS:
        if bare.startswith(candidate) and len(bare) > len(candidate):
            initial = candidate
            break
    if not initial and bare and bare[0] in _SINGLE_INITIALS:
        initial = bare[0]
    rest = bare[len(initial) :]
    nucleus_len = 0
    while nucleus_len < len(rest) and rest[nucleus_len] in _VOWELS:
        nucleus_len += 1
    nucleus, final = rest[:nucleus_len], rest[nucleus_len:]
    if not nucleus and initial == "gi":  # "gì", "gìn": the i of gi is the nucleus
        initial, nucleus = "g", "i"
    return initial, nucleus, final


def _tone_position(nucleus: str, final: str) -> int:
    """Index in the nucleus that carries the tone, in the classic ("hòa", "thủy") style."""
    if len(nucleus) == 1:
        return 0
    marked = [i for i, ch in enumerate(nucleus) if ch in _MARKED_VOWELS]
    if marked:
        return marked[-1]
    if final:
        return len(nucleus) - 1
    if len(nucleus) == 3:
        return 1
    return 0


@lru_cache(maxsize=1 << 16)
def canonical_syllable(syllable: str) -> str:
    """Place the tone mark of one syllable in the classic position, keeping case and length.

    Returns the syllable unchanged when it is not a well-formed Vietnamese syllable.
    """
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) != 1:
        return syllable
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    if len(bare) != len(syllable):
        return syllable
    lower = bare.lower()
    initial, nucleus, final = _split_syllable(lower)
    if not nucleus or final not in _FINALS or len(nucleus) > 3:
        return syllable
    index = len(initial) + _tone_position(nucleus, final)
    toned = unicodedata.normalize("NFC", bare[index] + tones[0])
    if len(toned) != 1:
        return syllable
    return bare[:index] + toned + bare[index + 1 :]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized text and, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` to a span of :attr:`original`."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside normalized text of length {len(self.text)}")
        if start == end:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]

    def original_slice(self, start: int, end: int) -> str:
        """The caller's text under a normalized span."""
        a, b = self.to_original(start, end)
        return self.original[a:b]


def _clusters(text: str):
    """Yield (start, end) of each base character with its combining marks."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j
        i = j


_SPECIAL = re.compile("[" + re.escape("".join(sorted(_DROPPED | _SPACES | _LINE_BREAKS))) + "\r]")


def normalize(original: str) -> NormalizedText:
    """Normalize ``original`` for reading, keeping an exact map back to it."""
    if unicodedata.is_normalized("NFC", original) and not _SPECIAL.search(original):
        # Most texts: already composed, plain spaces and LF. Characters map one to one, and
        # tone placement keeps lengths, so the map is the identity.
        text = original
        if not original.isascii():
            text = _WORD.sub(lambda m: canonical_syllable(m.group()), original.translate(_LOOKALIKES))
        n = len(original)
        return NormalizedText(original, text, tuple(range(n)), tuple(range(1, n + 1)))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for a, b in _clusters(original):
        cluster = original[a:b]
        head = cluster[0]
        if head in _DROPPED:
            continue
        if head == "\r":
            if b < len(original) and original[b] == "\n":
                continue  # the LF that follows stands for the pair
            cluster = "\n"
        elif head in _SPACES:
            cluster = " "
        elif head in _LINE_BREAKS:
            cluster = "\n"
        else:
            cluster = unicodedata.normalize("NFC", cluster)
        for ch in cluster:
            chars.append(ch)
            starts.append(a)
            ends.append(b)
    text = "".join(chars)
    if not text.isascii():
        text = _WORD.sub(lambda m: canonical_syllable(m.group()), text.translate(_LOOKALIKES))
    return NormalizedText(original, text, tuple(starts), tuple(ends))


def canonical(text: str) -> str:
    """The normalized form of a phrase (no offsets): for lexicons and comparisons."""
    return normalize(text).text
