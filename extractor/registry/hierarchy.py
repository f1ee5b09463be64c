"""Where an organization sits: the locality its name ends in ("UBND phường Yên Sở" is in
"phường Yên Sở"), and a locality's own (``thị xã Sơn Tây thành phố Hà Nội`` is in ``thành phố
Hà Nội``). Names here are in the extraction guide's comparison form (lower case, abbreviations
expanded), so the unit words are those of ``lexicon.keys.LOCALITY_WORDS``."""

from __future__ import annotations

from ..lexicon.keys import LOCALITY_WORDS

_UNITS = sorted((tuple(unit.split()) for unit in LOCALITY_WORDS), key=len, reverse=True)  # "thị xã" before "xã"
# A unit word followed by one of these is another word: "xã hội", "tỉnh ủy", "xã đội", "tỉnh đoàn".
_NOT_A_PLACE_AFTER = frozenset({"hội", "ủy", "đội", "đoàn"})


def _unit_at(words: list[str], i: int) -> int:
    """The length of the unit word that starts at ``i`` and names a place after it, else 0."""
    for unit in _UNITS:
        end = i + len(unit)
        named = end < len(words) and words[end] not in _NOT_A_PLACE_AFTER
        if tuple(words[i:end]) == unit and named and not any(tuple(words[end : end + len(u)]) == u for u in _UNITS):
            return len(unit)
    return 0


def locality_of(name_key: str) -> str | None:
    """The locality a name ends in, from its first unit word after the name's first word: a
    locality's own name gives the locality it lies in."""
    words = name_key.split()
    i = 0
    while i < len(words):
        size = _unit_at(words, i)
        if size and i > 0:
            return " ".join(words[i:])
        i += size or 1  # never from inside a unit word ("xã" of "thị xã")
    return None


def is_locality(name_key: str) -> bool:
    words = name_key.split()
    return bool(words) and _unit_at(words, 0) > 0


def shown_locality(locality_key: str) -> str:
    """A locality as written: unit words lower case, the names capitalized ("phường Yên Sở")."""
    words = locality_key.split()
    shown, i = [], 0
    while i < len(words):
        size = _unit_at(words, i)
        if size:
            shown += words[i : i + size]
            i += size
        else:
            shown.append(words[i][:1].upper() + words[i][1:])
            i += 1
    return " ".join(shown)


def suffixes(name_key: str) -> list[str]:
    """Every proper tail of a name at a word boundary, longest first: the organizations it may sit in."""
    words = name_key.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]
