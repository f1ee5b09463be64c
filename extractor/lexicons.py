"""The word lists the entity stages read, loaded once from ``extractor/data``.

Every entry is stored in normalized form (see :mod:`extractor.textnorm`), so ``Đảng uỷ``
in a text and ``Đảng ủy`` in a list are the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from .textnorm import canonical


def data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a data file shipped in the package."""
    text = resources.files("extractor").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _word_set(name: str) -> frozenset[str]:
    return frozenset(canonical(line.strip()) for line in data_lines(name))


@dataclass(frozen=True, slots=True)
class OrgHead:
    words: tuple[str, ...]
    kind: str
    standalone: bool
    national: bool  # names one body and never takes a locality from a neighbour
    expansion: str | None


@dataclass(frozen=True, slots=True)
class Lexicons:
    titles: frozenset[tuple[str, ...]]
    title_prefixes: frozenset[tuple[str, ...]]
    org_heads: dict[tuple[str, ...], OrgHead]
    admin_units: frozenset[tuple[str, ...]]
    surnames: frozenset[str]
    honorifics: frozenset[tuple[str, ...]]
    abbreviations: dict[str, str]
    places: frozenset[tuple[str, ...]]
    name_modifiers: frozenset[tuple[str, ...]]
    title_units: dict[str, str]
    legal_forms: frozenset[tuple[str, ...]]
    countries: frozenset[tuple[str, ...]]
    place_words: frozenset[tuple[str, ...]]
    verbs: frozenset[str]  # lower-case verbs never seen inside a name (built from VLSP 2018)

    def is_honorific(self, word: str) -> bool:
        """An honorific, rank or degree; degrees joined by dots count too ("PGS.TS.BS")."""
        if (word,) in self.honorifics or (word.lower(),) in self.honorifics:
            return True
        parts = word.split(".")
        return len(parts) > 1 and all((p,) in self.honorifics for p in parts if p)

    @property
    def titles_lower(self) -> frozenset[tuple[str, ...]]:
        return _lowered(self.titles)


@cache
def _lowered(phrases: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.lower() for w in p) for p in phrases)


_LENGTHS: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = {}


def lengths_by_first_word(phrases) -> dict[str, tuple[int, ...]]:
    """For a phrase table, the lengths of its phrases by their first word, longest first.

    Lets a matcher try only the phrases that can start at a word instead of every length.
    The tables are built once per process and live as long as it, so they are keyed by id.
    """
    entry = _LENGTHS.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, set[int]] = {}
        for phrase in phrases:
            index.setdefault(phrase[0], set()).add(len(phrase))
        entry = (phrases, {word: tuple(sorted(n, reverse=True)) for word, n in index.items()})
        _LENGTHS[id(phrases)] = entry
    return entry[1]


def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(canonical(line.strip()).split()) for line in data_lines(name))


@cache
def lexicons() -> Lexicons:
    heads: dict[tuple[str, ...], OrgHead] = {}
    for line in data_lines("org_heads.tsv"):
        head, kind, standalone, *rest = line.split("\t")
        words = tuple(canonical(head).split())
        expansion = canonical(rest[0]) if rest and rest[0] else None
        heads[words] = OrgHead(words, kind, standalone in ("yes", "national"), standalone == "national", expansion)
    abbreviations = {}
    for line in data_lines("abbreviations.tsv"):
        short, long = line.split("\t")
        abbreviations[canonical(short)] = canonical(long)
    return Lexicons(
        titles=_phrases("titles.txt"),
        title_prefixes=_phrases("title_prefixes.txt"),
        org_heads=heads,
        admin_units=_phrases("admin_units.txt"),
        surnames=_word_set("surnames.txt"),
        honorifics=_phrases("honorifics.txt"),
        abbreviations=abbreviations,
        places=_phrases("places.txt"),
        name_modifiers=_phrases("name_modifiers.txt"),
        legal_forms=_phrases("legal_forms.txt"),
        countries=_phrases("countries.txt"),
        place_words=_phrases("place_words.txt"),
        verbs=frozenset(canonical(line.strip()) for line in data_lines("verbs.txt")),
        title_units={
            canonical(t): canonical(h) for t, h in (line.split("\t") for line in data_lines("title_units.tsv"))
        },
    )
