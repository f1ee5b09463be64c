"""Matching the word lists over syllables: the longest phrase at a syllable, the institution
head at a syllable or at the start of a written name, and whether a word is foreign (not a
Vietnamese syllable). Every reader that looks a list up over syllables goes through here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..text.normalize import _FINALS, _split_syllable, canonical
from ..text.syllables import Syllable
from .loader import Lexicons, OrgHead


def match_phrase(syls: list[Syllable], i: int, phrases, lex: Lexicons, *, ignore_case: bool = False) -> int:
    """Length (in syllables) of the longest phrase of ``phrases`` (a table of ``lex``) that
    starts at ``i``; 0 if none."""
    if i >= len(syls):
        return 0
    first = syls[i].text.lower() if ignore_case else syls[i].text
    for n in lex.lengths_by_first_word(phrases).get(first, ()):
        if i + n > len(syls):
            continue
        words = tuple(s.text.lower() if ignore_case else s.text for s in syls[i : i + n])
        if words in phrases:
            return n
    return 0


def country_or_place_at(syls: list[Syllable], p: int, lex: Lexicons) -> int:
    """The length of the country or known place whose name begins at ``p`` ("Argentina", "Thái
    Lan", "Hà Nội"), 0 if none."""
    return match_phrase(syls, p, lex.countries, lex) or match_phrase(syls, p, lex.places, lex)


def leading_phrase(words: tuple[str, ...] | list[str], phrases, lex: Lexicons) -> int:
    """Length (in words) of the longest phrase of ``phrases`` (a table of ``lex``) that a written
    name begins with, as :func:`match_phrase` reads syllables; 0 if none."""
    words = tuple(words)
    for n in lex.lengths_by_first_word(phrases).get(words[0], ()) if words else ():
        if len(words) >= n and words[:n] in phrases:
            return n
    return 0


def head_at(syls: list[Syllable], i: int, lex: Lexicons) -> OrgHead | None:
    """The institution head at ``i``: its first word as written, the rest in any case
    ("Ban Bí Thư" is the head "Ban Bí thư"; lower-case "hội" is not the head "Hội")."""
    if i >= len(syls):
        return None
    folded = lex.folded_heads
    for n in lex.lengths_by_first_word(folded).get(syls[i].text, ()):
        if i + n <= len(syls):
            key = (syls[i].text, *(s.text.lower() for s in syls[i + 1 : i + n]))
            if key in folded:
                return None if _place_opens_with_a_heads_word(syls, i, n, lex) else folded[key]
    return None


def _place_opens_with_a_heads_word(syls: list[Syllable], i: int, n: int, lex: Lexicons) -> bool:
    """Is the head of ``n`` syllables at ``i`` the first word of a place's name? A country's or a
    province's ("Đài Loan", "Đài Bắc"), or a ward's, commune's or town's the run ends with ("đến
    Hội An | ngày càng đông"), its last syllable making no word with a lower-case one after it
    ("Trường Trung | học cơ sở …" is a school). VLSP 2018 training: "Đài Loan" alone is tagged
    LOC 38 times, ORG never; of 17 such localities ending a run, none is an ORG ("Trường Giang",
    a comedian, and "Trường Xuân", "Trường Sơn" ending people's names are PER)."""
    if country_or_place_at(syls, i, lex) > n:
        return True
    local = match_phrase(syls, i, lex.localities, lex)
    if local <= n:
        return False
    k = i + local
    if k >= len(syls) or not syls[k].is_alpha:
        return True
    return not syls[k].is_upper_initial and not lex.dictionary.has(f"{syls[k - 1].text.lower()} {syls[k].text}")


def leading_rule_head(words: tuple[str, ...] | list[str], lex: Lexicons) -> OrgHead | None:
    """The head a written name begins with, among all heads the rules read (the NER's, and
    those of ``rule_heads.tsv``, ``unit_heads.tsv``, ``line_heads.tsv``): its first word as
    written, the rest in any case, as :func:`head_at` reads syllables."""
    folded = lex.folded_heads
    for n in lex.lengths_by_first_word(folded).get(words[0], ()) if words else ():
        if len(words) >= n:
            head = folded.get((words[0], *(w.lower() for w in words[1:n])))
            if head is not None:
                return head
    return None


def leading_head(words: tuple[str, ...] | list[str], lex: Lexicons) -> tuple[int, OrgHead | None]:
    """The longest head a written name begins with, and its length in words (0, None if none)."""
    words = tuple(words)
    for n in lex.lengths_by_first_word(lex.org_heads).get(words[0], ()) if words else ():
        head = lex.org_heads.get(words[:n]) if len(words) >= n else None
        if head is not None:
            return n, head
    return 0, None


def head_kind(name: str, lex: Lexicons) -> str | None:
    """The kind of body a name's head says it is (``org_heads.tsv``), its first word's
    abbreviation expanded where that is no head ("ĐH Y Dược TPHCM": "Đại học"); None if it
    opens with no head."""
    words = name.split()
    _, head = leading_head(words, lex)
    if head is None and words and words[0] in lex.abbreviations:
        _, head = leading_head([*lex.abbreviations[words[0]].split(), *words[1:]], lex)
    return head.kind if head else None


def is_bare_head(words: Sequence[str], lex: Lexicons) -> bool:
    """Are ``words`` one head, all of them, that names no body without a name or place after
    it ("Công ty", "Ủy ban", "Hội đồng"), of ``org_heads.tsv`` or ``unit_heads.tsv``?"""
    head = lex.org_heads.get(tuple(words)) or lex.unit_heads.get(tuple(words))
    return head is not None and not head.standalone


# A state's formal name: its forms, then its country ("Cộng hòa Liên bang Đức", "Cộng hòa Dân chủ
# Nhân dân Lào", "Vương quốc Campuchia"). In VLSP 2018's training part 14 of the 15 such spans
# are places (the one organization, "Cộng hòa Dân chủ Đức", is a state of the past).
_STATE_FORMS = frozenset({("cộng", "hòa"), ("vương", "quốc"), ("liên", "bang"), ("đại", "công", "quốc")})
_STATE_QUALIFIERS = frozenset(
    {("dân", "chủ"), ("nhân", "dân"), ("xã", "hội", "chủ", "nghĩa"), ("hồi", "giáo"), ("liên", "bang")}
)


def names_a_state(words: Sequence[str], lex: Lexicons) -> bool:
    """Are ``words`` (of the normalized text, whose tone marks are already placed one way) a
    state's formal name: a state's form first, then any qualifiers, then a country of
    ``countries.txt``?"""
    lowered = tuple(w.lower() for w in words)
    form = next((len(f) for f in _STATE_FORMS if lowered[: len(f)] == f), 0)
    if not form:
        return False
    i = form
    while True:
        step = next((len(q) for q in _STATE_QUALIFIERS if lowered[i : i + len(q)] == q), 0)
        if not step:
            break
        i += step
    return i < len(words) and tuple(words[i:]) in lex.countries


def trailing_heads(words: tuple[str, ...] | list[str], lex: Lexicons) -> list[tuple[int, OrgHead]]:
    """The heads a written name ends in, shortest first, each with its length in words
    ("Ban Thường vụ Thành ủy" ends in "Thành ủy")."""
    found = []
    for n in (1, 2, 3):
        head = lex.org_heads.get(tuple(canonical(" ".join(words[-n:])).split())) if len(words) >= n else None
        if head is not None:
            found.append((n, head))
    return found


# The vowel groups a Vietnamese syllable written without any mark may have (ASCII only).
_BARE_NUCLEI = frozenset("a e i o u y ai ao au ay eo ia iu oa oe oi oo ua ue ui uy oai oay uay uya".split())


# A Korean given name ("Jae-in") or an Arabic one with its article ("Al-Khelaifi").
_HYPHENATED_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+|(?:Al|El)-[A-Z][a-z]+")
# Letters of other Latin alphabets that Vietnamese never writes ("Högberg", "Muñoz", "Łukasz").
_FOREIGN_LETTERS = frozenset("äëïöüÿñçøåßłšžčřěőűœæ")


@lru_cache(maxsize=1 << 16)
def looks_foreign(word: str) -> bool:
    """A capitalized word that is not a Vietnamese syllable (Donald, Trump, Michael, Högberg)."""
    lower = word.lower()
    if lower.isalpha() and any(c in _FOREIGN_LETTERS for c in lower):
        return True
    if _HYPHENATED_NAME.fullmatch(word):
        # "Yong-ho", "Kyung-wha", "Al-Khelaifi": Vietnamese joins no syllables of a name so
        return True
    if not lower.isalpha() or not lower.isascii() or (len(word) > 1 and word.isupper()):
        return False
    if any(c in "fjwz" for c in lower):
        return True
    initial, nucleus, final = _split_syllable(lower)
    # Without marks, "uo", "ea", "ou", "ei" … are no Vietnamese vowel ("Khuon", "Chea").
    return not nucleus or final not in _FINALS or initial + nucleus + final != lower or nucleus not in _BARE_NUCLEI


def looks_foreign_name(word: str) -> bool:
    """A word of a foreign person's name: one :func:`looks_foreign` finds, or two such joined
    by a hyphen, each capitalized ("Okonjo-Iweala"); "Rịa-Vũng" (the tokenizer's piece of "Bà
    Rịa-Vũng Tàu") is no such pair. Not an NER feature: the model reads :func:`looks_foreign`."""
    if looks_foreign(word):
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and looks_foreign(p) for p in parts)
