"""Comparing names and phrases the way the extraction guide scores them (section 5).

``match_key`` folds a phrase to its comparison form: NFC, one tone-mark placement, lower
case, white space folded, abbreviations expanded (``UBND`` = ``Ủy ban nhân dân``).
``soft_match`` accepts two phrases whose token-overlap F1 is at least 0.8, or where one is
the other with a locality added (``Đảng ủy xã`` ~ ``Đảng ủy xã Như Thanh``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..text.normalize import canonical

LOCALITY_WORDS = ("xã", "phường", "quận", "huyện", "tỉnh", "thị xã", "thị trấn", "thành phố")
_LOCALITY_UNITS = tuple(tuple(unit.split()) for unit in LOCALITY_WORDS)


def locality_unit_length(words: Sequence[str], i: int = 0) -> int:
    """The length of the locality's unit word ("thị xã", "phường") at ``words[i]`` (lower case), else 0."""
    return max((len(u) for u in _LOCALITY_UNITS if tuple(words[i : i + len(u)]) == u), default=0)


_SPLIT = re.compile(r"[\s\-–—,;:()\"“”'‘’]+")
SOFT_THRESHOLD = 0.8


# The comparison forms of a batch worker's names: bounded, so a long run does not grow.
KEY_CACHE_SIZE = 1 << 16


def _adds_locality(short: str, long: str) -> bool:
    if not long.startswith(short) or long == short:
        return False
    rest = long[len(short) :].strip()
    if any(short == unit or short.endswith(" " + unit) for unit in LOCALITY_WORDS):
        return True
    return any(rest == unit or rest.startswith(unit + " ") for unit in LOCALITY_WORDS)


def _short_fields(word: str) -> bool:
    return 0 < len(word) <= 4 and word.replace("&", "").isalpha() and word.isupper()


def _short_fields_joined(phrase: str) -> str:
    """Two fields written short joined by a spaced dash as by an unspaced one: "Bộ GD - ĐT", "Bộ
    GD- ĐT" -> "Bộ GD-ĐT", the form the abbreviation table knows."""
    words = phrase.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i + 2 < len(words) and _short_fields(w) and words[i + 1] in ("-", "–") and _short_fields(words[i + 2]):
            out.append(f"{w}-{words[i + 2]}")
            i += 3
        elif i + 1 < len(words) and w[-1:] in ("-", "–") and _short_fields(w[:-1]) and _short_fields(words[i + 1]):
            out.append(f"{w[:-1]}-{words[i + 1]}")
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


class PhraseKeys:
    """Comparison forms under one abbreviation table (``UBND`` = ``Ủy ban nhân dân``)."""

    def __init__(self, abbreviations: dict[str, str]) -> None:
        self._expansions = {short.lower(): long.lower() for short, long in abbreviations.items()}
        self.match_key = lru_cache(maxsize=KEY_CACHE_SIZE)(self._match_key)

    def _match_key(self, phrase: str) -> str:
        """The comparison form of a phrase."""
        text = _short_fields_joined(canonical(phrase)).lower()
        expansions = self._expansions
        words = []
        for raw in text.split():
            word = raw
            head, dot, rest = word.partition(".")
            if dot and rest and head in expansions and word not in expansions:
                words.append(expansions[head])  # "TP.Hà Nội", "TP.HCM": the abbreviation glued on by its dot
                word = rest
            if word not in expansions:
                word = word.rstrip(".,;:")
            words.append(expansions.get(word, expansions.get(word.rstrip("."), word)))
        folded = " ".join(words)
        return " ".join(w for w in _SPLIT.split(folded) if w)

    def same(self, a: str, b: str) -> bool:
        return self.match_key(a) == self.match_key(b)

    def token_f1(self, a: str, b: str) -> float:
        ta, tb = Counter(self.match_key(a).split()), Counter(self.match_key(b).split())
        common = sum((ta & tb).values())
        if not common:
            return 0.0
        precision, recall = common / sum(ta.values()), common / sum(tb.values())
        return 2 * precision * recall / (precision + recall)

    def soft_match(self, a: str, b: str) -> bool:
        """Do two phrases match softly under the guide's rules?"""
        ka, kb = self.match_key(a), self.match_key(b)
        if ka == kb:
            return True
        if _adds_locality(ka, kb) or _adds_locality(kb, ka):
            return True
        return self.token_f1(a, b) >= SOFT_THRESHOLD
