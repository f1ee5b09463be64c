"""Institution mentions: where an organization's name is written, and one record each.

A mention starts at a head from the lexicon (``UBND``, ``Đảng ủy``, ``Bộ``, ``Công ty`` …)
and goes on over the name: capitalized words (whole words, as segmented), an
administrative unit with its name (``phường Yên Sở``), ``số`` and a number, a number after
a capitalized word (``Ban quản lý Dự án 7``), and ``và`` joining two capitalized parts
(``Ban Tuyên giáo và Dân vận Thành ủy``). A person's name at its end is cut off
(``Bộ Công Thương Trần Tuấn Anh``). A head with no name after it is generic (``Bộ``,
``các sở``) unless it names one body on its own (``Quốc hội``, ``Tỉnh ủy``).

:func:`merge_institutions` makes one record per institution, with the fullest name and
the shorter forms as aliases (``Đảng ủy phường`` = ``Đảng ủy phường Yên Sở``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from ..lexicon.keys import locality_unit_length
from ..lexicon.loader import Lexicons, OrgHead
from ..lexicon.phrases import (
    country_or_place_at,
    head_at,
    is_bare_head,
    leading_head,
    leading_phrase,
    leading_rule_head,
    looks_foreign,
    looks_foreign_name,
    match_phrase,
    trailing_heads,
)
from ..text.normalize import canonical
from ..text.syllables import Syllable

# Words before a head that make it a generic reference ("các sở, ngành", "những Hợp tác xã").
GENERIC_BEFORE = frozenset({"các", "những", "mọi", "mỗi", "từng", "nhiều", "một", "hai", "ba", "số"})


@dataclass(frozen=True, slots=True)
class OrgMention:
    first: int  # syllable indexes, [first, stop)
    stop: int
    head: OrgHead
    start: int  # character span in the text
    end: int
    text: str
    # Short names declared right after it in brackets: "Tập đoàn Dầu khí Việt Nam (PVN)".
    aliases: tuple[str, ...] = ()
    # Where a person's name that was cut off the end of the written run ends ("Chủ tịch
    # Thượng viện | Hun Sen"): the officials reader takes the name from here.
    person_stop: int | None = None


def _text(syls: list[Syllable], first: int, stop: int, source: str) -> str:
    return source[syls[first].start : syls[stop - 1].end]


def is_surname(syl: Syllable, lex: Lexicons) -> bool:
    return syl.text in lex.family_names


# Middle names so common that the syllable before them is a family name, listed or not
# ("Uông Thị Phượng"). In VLSP 2018 training, of 548 runs "X Thị Y (Z)" / "X Văn Y (Z)", 479
# are tagged PERSON and most of 43 untagged ones are people too (Hà Văn Thắm); 24 are streets
# and wards named after people (đường Phạm Văn Đồng, phường Bùi Thị Xuân), after a unit word.
MIDDLE_NAMES = frozenset({"Thị", "Văn"})


_HMONG_MIDDLE_NAME = "A"

# The family name every Vietnamese Buddhist monk and nun takes with ordination, before a
# dharma name of two syllables ("Thích Thiện Nhơn"; VLSP 2018 tags its 3 such names PERSON)
_DHARMA_FAMILY_NAME = "Thích"


def begins_name(syls: list[Syllable], p: int, stop: int, lex: Lexicons) -> bool:
    """Does a Vietnamese person's name of two to four syllables begin at ``p`` and end at
    ``stop``? It begins with a family name, or with any syllable before a middle name "Thị"
    / "Văn" when a given name follows; "Văn" after a family name is the middle name, not a
    second family name ("Nguyễn | Văn Hùng")."""
    # (counted in syllables, one written with a glued apostrophe one: "Rơ Châm | H'Yen" has three)
    n = stop - p - 2 * sum(1 for q in range(p + 1, stop - 2) if glued_apostrophe(syls, q, any_case=True))
    if not 2 <= n <= 4:
        return False
    if n == 2 and syls[p].text in MIDDLE_NAMES:
        return False  # "Trạm Khuyến nông | Văn Chấn": a middle name and one more is a place, or a nickname
    middle_next = n >= 3 and syls[p + 1].text in MIDDLE_NAMES
    # a H'Mông man's middle name "A" between his clan's name and his own ("Vàng A Dình", "Sùng A
    # Páo"), the clan's name listed or not
    middle_next = middle_next or (n == 3 and syls[p + 1].text == _HMONG_MIDDLE_NAME)
    if syls[p].text in MIDDLE_NAMES and p > 0 and is_surname(syls[p - 1], lex) and n + 1 <= 4:
        return False
    if syls[p].text == _DHARMA_FAMILY_NAME:
        return n == 3  # "Thích Thiện Nhơn": a Buddhist monk's or nun's name
    return is_surname(syls[p], lex) or (middle_next and syls[p].is_upper_initial and syls[p].is_alpha)


def apostrophe_prefix(syls: list[Syllable], i: int) -> bool:
    """Is ``syls[i]`` the "H" of "H'Yâo" (Ê-đê and Jrai women) or the "K" of "K'Điệp" (K'Ho
    men, Lâm Đồng): an apostrophe glued between it and a capital that opens a person's name?"""
    return syls[i].text in ("H", "K") and glued_apostrophe(syls, i)


def glued_apostrophe(syls: list[Syllable], i: int, *, any_case: bool = False) -> bool:
    """Is ``syls[i]`` one capital letter glued by an apostrophe to a capitalized syllable, one
    syllable of a Central Highlands name ("H'Yâo", "K'Ré", "Điểu K'Lênh")? With ``any_case``,
    a place's syllable may go on in lower case ("huyện Đắk G'long")."""
    return (
        len(syls[i].text) == 1
        and syls[i].text.isupper()
        and i + 2 < len(syls)
        and syls[i + 1].text in ("'", "’")
        and syls[i + 1].start == syls[i].end
        and syls[i + 2].start == syls[i + 1].end
        and syls[i + 2].is_alpha
        and (any_case or syls[i + 2].is_upper_initial)
    )


# The words that make the "Y" of medicine a field of a school's or a hospital's name ("Y Dược", "Y
# tế"), not a man's Ê-đê name ("Y Thanh Hà Niê Kđăm"); not "Khoa", also a given name ("Y Khoa
# Hà Niê Kdam")
_MEDICINE_AFTER_Y = frozenset({"dược", "tế"})


def _highland_name_start(syls: list[Syllable], run_first: int, p: int, lex: Lexicons) -> int:
    """Where an Ê-đê or Jrai name that ``p`` lies inside begins: at its "Y" (men) or "H'" (women)
    up to three syllables before ("Quốc hội | Y Thanh Hà Niê Kđăm", not "… Y Thanh | Hà …"). A
    place between is no name's ("Đại học Y | Hà Nội | Nguyễn Văn An": the "Y" of medicine)."""
    for q in range(max(run_first, p - 3), p):
        if (
            (syls[q].text == "Y" or apostrophe_prefix(syls, q))
            and all(is_name_syllable(s) for s in syls[q + 1 : p] if s.text not in ("'", "’"))
            and not (syls[q].text == "Y" and _is_place(syls, q + 1, p, lex))
            # "Bệnh viện Đại học Y Dược | Lê Anh Tuấn": "Y Dược" (medicine and pharmacy) is a field
            and not (syls[q].text == "Y" and q + 1 < p and syls[q + 1].text.lower() in _MEDICINE_AFTER_Y)
            # "Cục Thú Y | Nguyễn Văn Long", "Bệnh viện Quân Y": the "y" of a word of medicine before a name
            and not (
                syls[q].text == "Y"
                and q > 0
                and syls[q - 1].is_upper_initial
                and lex.dictionary.has(f"{syls[q - 1].text.lower()} y")
            )
        ):
            return q
    return p


def person_cut(
    syls: list[Syllable],
    run_first: int,
    run_stop: int,
    lex: Lexicons,
    *,
    min_keep: int = 1,
    foreign: bool = True,
    untitled: bool = False,
) -> int | None:
    """Where a person's name begins inside a capitalized run, if one ends it.

    The name starts at the earliest surname that leaves two to four syllables to the end
    of the run and at least ``min_keep`` syllables before it. With ``foreign``, a trailing
    run of foreign words is a name too (after a title: "Tổng thống Mỹ Donald Trump"); inside
    an institution's name it is not ("Trung tâm Yad Vashem World Holocaust Remembrance").
    ``untitled``: no title stands before the run, so a name that ends in a known place is a
    brand's with its place ("… Hoàng Anh Gia Lai"), not a person's.
    """
    for p in range(run_first + min_keep, run_stop):
        if (
            begins_name(syls, p, run_stop, lex)
            and syls[p + 1].is_upper_initial  # "Giáo dục và | Đào tạo Sa Pa" holds no name: "tạo" is lower case
            and not _is_place(syls, p, run_stop, lex)
            and not _inside_place(syls, run_first, p, lex)
            and not _inside_bound_name(syls, p, lex)
            and not (p > 0 and _continent_at(syls, p - 1))  # "châu | Âu": a continent, not the family name Âu
            and not _family_name_ends_a_word(syls, p, run_stop, lex)
            # "… Hoàng Anh | Gia Lai" with no title before: a brand's name and a place, no person
            and not (untitled and _ends_in_a_known_place(syls, p + 2, run_stop, lex))
        ):
            return _given_syllable_before(syls, p, run_stop, lex) or _highland_name_start(
                syls, run_first + min_keep, p, lex
            )
    for p in range(run_first + min_keep, run_stop - 1):
        # "Bộ Nội vụ | Y Vinh Tơr": an Ê-đê man's "Y" and his name to the end, no surname in it;
        # not the "Y" of medicine ("Đại học Y Dược …", "Đại học Y | Hà Nội")
        if (
            syls[p].text == "Y"
            and run_stop - p <= 5
            and all(is_name_syllable(s) for s in syls[p + 1 : run_stop])
            and not lex.dictionary.has(f"y {syls[p + 1].text.lower()}")
            and not _is_place(syls, p + 1, run_stop, lex)
            and not _inside_place(syls, run_first, p, lex)
        ):
            return p
    for p in range(run_first + min_keep, run_stop - 1):
        # "Tập đoàn Viettel | Tào Đức Thắng": a foreign-looking brand, then a Vietnamese name
        # (marked syllables only) to the end of the run, whose family name the list may lack
        rest = syls[p:run_stop]
        if (
            looks_foreign(syls[p - 1].text)
            and 2 <= len(rest) <= 4
            and _vietnamese_marked_name(rest)
            and not _is_place(syls, p, run_stop, lex)
        ):
            return p
    for p in range(run_first, run_stop - 2):
        # "Đại sứ quán Hoa Kỳ | Susan Burns": a country, then a foreign name to the end, is no
        # part of a body's name either (unlike "Việt Nam | Thịnh Vượng", a bank's)
        country = match_phrase(syls, p, lex.countries, lex)
        rest = syls[p + country : run_stop]
        if (
            country
            and 2 <= len(rest) <= 4
            and all(is_name_syllable(s) and s.text.isascii() for s in rest)
            and any(looks_foreign(s.text) for s in rest)
            and not _is_place(syls, p + country, run_stop, lex)
        ):
            return p + country
    if not foreign:
        return None
    for p in range(run_first, run_stop - 2):
        # "Đại sứ Vương quốc Campuchia | Chea Kimtha", "Đại sứ Anh tại Việt Nam | Iain Frew": a
        # country, then capitalized words to the end, is an envoy's or leader's name after a title
        country = match_phrase(syls, p, lex.countries, lex)
        if (
            country
            and 2 <= run_stop - p - country <= 4
            and all(is_name_syllable(s) for s in syls[p + country : run_stop])
        ):
            return p + country
    p = run_stop
    # "Thủ hiến tỉnh | Alberta | Danielle Smith": after a unit word its place keeps a word at least
    floor = run_first + max(min_keep, 1 if run_first > 0 and _unit_ends_at(syls, run_first, lex) else 0)
    while p > floor and looks_foreign_name(syls[p - 1].text):
        p -= 1
    for n in (3, 2):  # "Đại sứ | Kang Hoon Sik": a Korean name, though two syllables look Vietnamese
        if (
            run_stop - n >= floor
            and run_stop - p < n
            and korean_name([s.text for s in syls[run_stop - n : run_stop]], lex)
        ):
            p = run_stop - n
            break
    country = country_or_place_at(syls, p, lex)
    if country and run_stop - p - country >= 2:
        p += country  # "Tổng thống Argentina | Mauricio Macri"
    if run_stop - p >= 2:
        return p
    return None


def _family_name_ends_a_word(syls: list[Syllable], p: int, run_stop: int, lex: Lexicons) -> bool:
    """Does the family name at ``p`` end a word with the name syllable before it, while a name
    of two syllables or more begins after it ("Ngân hàng TMCP Á | Châu | Trần Hùng Huy": "Á
    Châu" is the bank's word, "Trần Hùng Huy" the person)? Not after a country or province the
    lists know, which ends a word of its own ("BHXH Việt Nam | Cao Mai Hùng", though "Nam Cao"
    is a word)."""
    return (
        p > 0
        and not _place_ends_at(syls, p, lex)
        and is_name_syllable(syls[p - 1])
        and bool(lex.dictionary.has(f"{syls[p - 1].text.lower()} {syls[p].text.lower()}"))
        and begins_name(syls, p + 1, run_stop, lex)
    )


def _place_ends_at(syls: list[Syllable], k: int, lex: Lexicons, *, shortest: int = 2) -> bool:
    """Does a country or a known place of ``shortest`` to three syllables end right before
    ``k``? (Of one syllable only where asked: "Anh | Đào" is a word, though "Anh" is a country.)"""
    before = (tuple(s.text for s in syls[k - n : k]) for n in range(shortest, 4) if k >= n)
    return any(words in lex.countries or words in lex.places for words in before)


def _given_syllable_before(syls: list[Syllable], p: int, run_stop: int, lex: Lexicons) -> int:
    """Where a foreign name begins one syllable before the family name found at ``p``, when a
    body's short form in capitals stands right before that syllable ("Tổng Thư ký ASEAN | Kao
    Kim Hourn"), or a known place or country does and the name looks foreign ("… các quốc gia
    Đông Nam Á | Kao Kim Hourn"): the body ends there, so the syllable is the name's, not the
    body's; 0 otherwise."""
    q = p - 1
    if q < 1 or run_stop - q > 4 or not is_name_syllable(syls[q]) or is_surname(syls[q], lex):
        return 0
    if capital_inside(syls[q].text) or _is_place(syls, q, run_stop, lex):
        return 0  # "HĐQT OceanBank | Hà Văn Thắm": a brand is the body's name
    if looks_foreign(syls[q].text) and _vietnamese_marked_name(syls[p:run_stop]):
        return 0  # "Báo Bangkok Post | Hoàng Hồng Tuấn": a foreign word before a Vietnamese name is the body's
    if names_a_body_in_capitals(syls[q - 1].text, lex):
        return q
    # "Hiệp hội các quốc gia Đông Nam Á | Kao Kim Hourn": a known place or country ends the body
    ends_in_place = _place_ends_at(syls, q, lex, shortest=1)
    return q if ends_in_place and any(looks_foreign_name(s.text) for s in syls[q:run_stop]) else 0


def _vietnamese_marked_name(name: Sequence[Syllable]) -> bool:
    """Are ``name``'s syllables Vietnamese, at least one with a mark ("Hoàng Hồng Tuấn"), so that
    no foreign word before it belongs to it? (VLSP 2018 training: 5 person tags of a foreign
    word and such a name, all singers' stage names, "Soobin Hoàng Sơn"; none after a body.)"""
    return all(is_name_syllable(s) and not looks_foreign(s.text) for s in name) and any(
        not s.text.isascii() for s in name
    )


def names_a_body_in_capitals(word: str, lex: Lexicons) -> bool:
    """A body's own short form in capitals ("ASEAN", "VCCI"), not a head's or board's
    abbreviation ("UBND", "HĐQT"), which names a body only with what follows it, nor a title
    ("CEO")."""
    return (
        word.isalpha()
        and is_abbreviation(word)
        and word not in lex.abbreviations
        and (word,) not in lex.org_heads
        and (word.lower(),) not in lex.titles_lower
    )


def _unit_ends_at(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does an administrative unit word ("tỉnh", "thành phố") end right before ``k``?"""
    return any(match_phrase(syls, k - n, lex.admin_units, lex) == n for n in (1, 2, 3) if k - n >= 0)


def _a_place_opens(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does a place the lists know begin at ``k``, after a unit word: a province, district, ward
    or commune of two syllables or more, or one of one syllable of that unit ("phường | Hồ",
    "thị trấn | Phùng", not "TP | Phùng")? Of the 78 places of one syllable before and after
    2025, 5 bear a family name (one_syllable_localities.txt): after a unit word, a family name
    that opens no place of the lists opens a person's name."""
    if place_or_locality_at(syls, k, lex):
        return True
    # the unit word before, spelled out as the statistics office's list writes it ("TP" -> "thành phố")
    written = (" ".join(s.text for s in syls[k - n : k]) for n in (1, 2) if k >= n)
    units = {lex.abbreviations.get(unit, unit).lower() for unit in written}
    return any((syls[k].text, unit) in lex.one_syllable_localities for unit in units)


def _inside_bound_name(syls: list[Syllable], p: int, lex: Lexicons) -> bool:
    """Is ``syls[p]`` the end of a body's name ending in a family-name syllable ("Trung ương Đoàn")?"""
    return any(q >= 0 and match_phrase(syls, q, lex.bound_names, lex) == p - q + 1 for q in range(p - 3, p))


def is_name_syllable(syl: Syllable) -> bool:
    """Capitalized letters, not an all-capitals abbreviation (TNHH, MTV, HĐND)."""
    return syl.is_upper_initial and syl.is_alpha and not (len(syl.text) > 1 and syl.text.isupper())


# Kinds of institution often named after a person (Trường THPT Đỗ Mười, Bệnh viện Trưng Vương).
_NAMED_AFTER_PEOPLE = frozenset({"education", "health"})
# A university's council is named by its school, which names its kind first ("Hội đồng trường |
# Đại học …", "… | Trường THPT …"): a person's name right after it is the chair's.
_SCHOOL_COUNCIL = ("hội", "đồng", "trường")
_MAX_FIELD_BEFORE_NAME = 2  # syllables: "Y", "Y khoa", "Sư phạm"


def _refers_back(syls: list[Syllable], first: int, cut: int, named_before: Collection[str]) -> bool:
    """Are ``syls[first:cut]`` a bare head the article has named a body with before, or that
    body's whole name ("Học viện Ngân hàng"), a body whose name does not hold the words at
    ``cut``? A school named after a person is named so again in full ("Trường THPT Lương Thế
    Vinh …; Hiệu trưởng Trường | Lương Thế Vinh")."""
    if cut + 1 >= len(syls):
        return False
    head = " ".join(s.text for s in syls[first:cut]).lower()
    earlier = [name for name in named_before if name.lower() == head or name.lower().startswith(head + " ")]
    name = f"{syls[cut].text} {syls[cut + 1].text}"
    return bool(earlier) and not any(name in body for body in earlier)


def legal_forms_end(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The index after the legal forms that follow from ``j`` ("Công ty | TNHH MTV | …"), or ``j``."""
    while form := match_phrase(syls, j, lex.legal_forms, lex):
        j += form
    return j


def bears_the_name(
    syls: list[Syllable],
    first: int,
    cut: int,
    lex: Lexicons,
    *,
    titled: bool = True,
    named_before: Collection[str] = (),
) -> bool:
    """Is the person's name found at ``cut`` the name of the institution that begins at
    ``first``: a school or hospital whose heads it follows at once ("Trường THPT | Đỗ Mười"),
    or a company whose legal form it follows at once ("Công ty TNHH | Hoàng Phát", "Công ty
    CP | Đường Quảng Ngãi"; in VLSP 2018 such a run after a legal form is tagged ORG 6 times,
    PER never), unless a middle name marks a person ("Công ty TNHH | Nguyễn Văn Nam")? With no
    title before it, a school or hospital may name its field first ("Trường Đại học Y | Phạm
    Ngọc Thạch"): a post's holder needs a title, so there a name after one or two words of
    field is the body's own. A bare head that the article has named in full before with another
    name refers back to that body ("Bệnh viện Nhi Trung ương …; Giám đốc Bệnh viện | Trần Minh
    Điển"): the name is the holder's. A school or hospital inside the body's name bears it as
    well ("Hội đồng giáo dục | Trường THPT dân lập | Đinh Tiên Hoàng": the school's council)."""
    head = head_at(syls, first, lex)
    if head is None:
        return False
    if head.kind not in _NAMED_AFTER_PEOPLE:
        for q in range(first + len(head.words), cut):
            inner_head = head_at(syls, q, lex) if syls[q].is_upper_initial else None
            if inner_head is not None and inner_head.kind in _NAMED_AFTER_PEOPLE:
                return bears_the_name(syls, q, cut, lex, titled=titled, named_before=named_before)
    k = first
    while (inner := head_at(syls, k, lex)) is not None and (
        k == first or inner.kind == head.kind or head.kind not in _NAMED_AFTER_PEOPLE
    ):
        # "Trường | THPT": heads of one kind; "Học viện | Ngân hàng", "Trường Đại học | Công đoàn":
        # a school named by a field that is another kind's head, which a person's name does not name
        k += len(inner.words)
    if head.kind in _NAMED_AFTER_PEOPLE:
        if (
            titled
            and cut == k
            and (
                _refers_back(syls, first, cut, named_before) or tuple(w.lower() for w in head.words) == _SCHOOL_COUNCIL
            )
        ):
            return False
        while (
            k < cut and is_abbreviation(syls[k].text) and (syls[k].text in lex.abbreviations or len(syls[k].text) <= 2)
        ):
            # "Trường ĐH | Đinh Tiên Hoàng", "Bệnh viện ĐK | Trưng Vương": a short form of the kind of
            # school or hospital (two letters, or one the lists expand); not a brand ("Trường Đại
            # học FPT | Lê Thị Thu Hằng": the school bears the brand, the holder follows)
            k += 1
        # "Trường THPT | dân lập | Đinh Tiên Hoàng": the school's kind, then the name it bears
        k += _school_kind_at(syls, k, lex) if k < cut else 0
        # (a place is no field: "Đại học Đà Nẵng | Nguyễn Minh Vũ" is named by its city, a holder follows)
        return cut == k or (not titled and 0 < cut - k <= _MAX_FIELD_BEFORE_NAME and not _is_place(syls, k, cut, lex))
    forms = legal_forms_end(syls, k, lex)
    return forms > k and cut == forms and not (cut + 1 < len(syls) and syls[cut + 1].text in MIDDLE_NAMES)


def name_run_start(syls: list[Syllable], first: int, stop: int, lex: Lexicons) -> int:
    """Where the last capitalized run of a name begins: after its last administrative unit
    that has a name after it ("UBND phường Yên Sở Nguyễn …" -> "Yên Sở Nguyễn …"). A unit
    word at the very end is a given name, not a unit ("… Nguyễn Văn Huyện")."""
    run_first = first
    for k in range(first, stop):
        unit = match_phrase(syls, k, lex.admin_units, lex)
        if unit and k + unit < stop:
            run_first = k + unit
    return run_first


def locality_start(syls: list[Syllable], first: int, stop: int, lex: Lexicons) -> int | None:
    """Where the first administrative unit with a name after it begins, if any; not a unit
    word inside a head ("Hợp tác | xã | Nông nghiệp …")."""
    for k in range(first, stop):
        unit = match_phrase(syls, k, lex.admin_units, lex)
        if unit and k + unit < stop and not _inside_a_head(syls, first, k, lex):
            return k
    return None


# The first word of a party committee named by the unit it leads: Tỉnh ủy, Thành ủy, Huyện
# ủy, Quận ủy, Thị ủy (the province's, city's, district's, urban district's, town's).
_UNIT_COMMITTEE_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})


def locality_after_its_committee(syls: list[Syllable], first: int, cut: int, stop: int, lex: Lexicons) -> bool:
    """Are the two syllables ``syls[cut:stop]`` a known locality right after a party committee
    named by its unit, whose head opens at ``first`` ("Huyện ủy | Yên Thành")? A person after
    such a title is named in full, in three syllables or more, far more often than in two."""
    head = head_at(syls, first, lex) if stop - cut == 2 else None
    if head is None or first + len(head.words) != cut or head.kind != "party" or not head.national:
        return False
    if head.words[0].lower() not in _UNIT_COMMITTEE_WORDS:
        return False
    place = tuple(s.text for s in syls[cut:stop])
    return place in lex.localities or place in lex.places


def _inside_a_head(syls: list[Syllable], first: int, k: int, lex: Lexicons) -> bool:
    """Is syllable ``k`` part of a head begun before it ("Hợp tác | xã", "Ban Chỉ huy Quân sự")?"""
    for q in range(max(first, k - 3), k):
        head = head_at(syls, q, lex)
        if head is not None and q + len(head.words) > k:
            return True
    return False


def _word_start(syls: list[Syllable], k: int) -> Syllable:
    """The first syllable of the word that syllable ``k`` belongs to."""
    while k > 0 and syls[k - 1].word == syls[k].word:
        k -= 1
    return syls[k]


def _is_place(syls: list[Syllable], first: int, stop: int, lex: Lexicons) -> bool:
    """Is ``syls[first:stop]`` a known place name (Hà Nội, Thái Bình)?"""
    return tuple(s.text for s in syls[first:stop]) in lex.places


def place_or_locality_at(syls: list[Syllable], p: int, lex: Lexicons) -> int:
    """The length of the known place or locality whose name begins at ``p`` ("Hà Nội", "Lâm
    Đồng", a ward's or commune's name), 0 if none."""
    return match_phrase(syls, p, lex.places, lex) or match_phrase(syls, p, lex.localities, lex)


def _ends_in_a_known_place(syls: list[Syllable], first: int, stop: int, lex: Lexicons) -> bool:
    """Does a known place of two syllables or more end ``syls[first:stop]``, beginning at
    ``first`` or later?"""
    return any(_is_place(syls, k, stop, lex) for k in range(first, stop - 1))


def _inside_place(syls: list[Syllable], run_first: int, p: int, lex: Lexicons) -> bool:
    """Is syllable ``p`` part of a known place: one that begins before it ("Bắc Giang | Lê …",
    the district "Văn Yên | Trần …") or at it ("Thái Lan | Prawit Wongsuwan")? Places are read
    from the left, each after the one before: a place that would begin inside another is no
    place ("Quảng Bình | Dương Kim Tuấn", not "Bình Dương")."""
    q = max(run_first, p - 3)
    while q <= p:
        # A locality's name counts only begun before ``p`` and where a capitalized run begins:
        # many are also given names ("Đức Tuấn") or straddle two names ("Hà | Nội Hoàng").
        locality = q < p and (q == 0 or not is_name_syllable(syls[q - 1]))
        length = _region_at(syls, q)  # a region after "miền" is read whole: no place is looked up inside
        tables = () if length else (lex.places, lex.localities) if locality else (lex.places,)
        for table in tables:
            for n in lex.lengths_by_first_word(table).get(syls[q].text, ()):
                if n > length and tuple(s.text for s in syls[q : q + n]) in table:
                    length = n
        if q + length > p:
            return True
        q += length or 1
    return False


_DIRECTIONS = frozenset({"Bắc", "Trung", "Nam", "Tây", "Đông"})


def _region_at(syls: list[Syllable], q: int) -> int:
    """The length of the part of the country named after "miền" at ``q`` ("miền | Nam", "miền |
    Tây Nam Bộ"), 0 if none: read as one place, so that no place begins inside it ("Công ty Cao
    su miền Nam | Dương Hữu Đạt", not "Nam Dương"; "Điện lực miền Bắc | Hà Văn Nam", not the
    district "Bắc Hà"). VLSP 2018 training: what follows "miền Nam", "miền Tây" … capitalized is
    a place of its own ("miền Nam | Thái Lan", "miền Tây | Nghệ An"), never one begun inside."""
    if q == 0 or syls[q - 1].text.lower() != "miền":
        return 0
    k = q
    while k < len(syls) and k - q < 2 and syls[k].text in _DIRECTIONS:
        k += 1
    if k > q and k < len(syls) and syls[k].text == "Bộ":
        k += 1  # "miền Trung Bộ", "miền Tây Nam Bộ"
    return k - q


def _rank_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a rank or honorific begin at ``j`` ("… Cục CSGT và | Đại tá Nguyễn Văn A")?"""
    return bool(match_phrase(syls, j, lex.honorifics, lex))


_MAX_PLURAL_LINE = 6


def _plural_line_to_name(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """Where a plural line of members right after a head ends in a capitalized name ("Liên hiệp
    | các tổ chức hữu nghị | Việt Nam", "Hiệp hội | các nhà đầu tư tài chính | Việt Nam"): the
    index of the name, which the body's name goes on to; else 0. Not a unit ("Đảng ủy các xã":
    the kind of body, many of them)."""
    if syls[j].text != "các":
        return 0
    k = j + 1
    while k < len(syls) and k - j <= _MAX_PLURAL_LINE and syls[k].is_alpha and not syls[k].is_upper_initial:
        if not _lower_name_word(syls, k, lex, title_starts):
            return 0
        k += 1
    if k == j + 1 or k >= len(syls) or k in title_starts or not (syls[k].is_upper_initial and syls[k].is_alpha):
        return 0
    return k


def _members_head_after_plural(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """Where the members after a plural are bodies with a head and name of their own ("Liên hiệp
    | các Hội | Văn học nghệ thuật Việt Nam"): the index after their head, where their name
    begins; else 0. Not a kind of body ("Đảng ủy các Hội quần chúng")."""
    k = j + 1
    if syls[j].text != "các" or k >= len(syls) or k in title_starts or not syls[k].is_upper_initial:
        return 0
    member = head_at(syls, k, lex)
    if member is None or member.standalone:
        return 0
    name = k + len(member.words)
    return name if name < len(syls) and syls[name].is_upper_initial and syls[name].is_alpha else 0


_QUOTES = {'"': '"', "“": "”"}
_MAX_QUOTED = 8


def _quoted_name_end(syls: list[Syllable], j: int) -> int:
    """The index after a short name in quotes opening at ``j`` (capitalized, no punctuation
    inside, at most eight syllables), else 0."""
    closing = _QUOTES.get(syls[j].text)
    if closing is None or j + 1 >= len(syls) or not syls[j + 1].is_upper_initial:
        return 0
    for k in range(j + 2, min(len(syls), j + 2 + _MAX_QUOTED)):
        if syls[k].text == closing:
            return k + 1
        if not syls[k].is_alpha and not syls[k].text.isdigit():
            return 0
    return 0


_CONTINENTS = (("Âu",), ("Á",), ("Phi",), ("Mỹ",), ("Úc",), ("Đại", "Dương"))


def _continent_at(syls: list[Syllable], j: int) -> int:
    """The length of a continent's name ("châu Âu", "châu Đại Dương") at ``j``, else 0."""
    if j >= len(syls) or syls[j].text != "châu":
        return 0
    for words in _CONTINENTS:
        if tuple(s.text for s in syls[j + 1 : j + 1 + len(words)]) == words:
            return 1 + len(words)
    return 0


_OCEANS = (("Thái", "Bình", "Dương"), ("Ấn", "Độ", "Dương"), ("Đại", "Tây", "Dương"))


def _region_after_dash(syls: list[Syllable], j: int) -> int:
    """The length of a dash and an ocean or a second continent at ``j`` that make a region with
    the continent before it ("châu Á | - Thái Bình Dương", "Vụ Thị trường châu Á | - châu Phi"),
    else 0."""
    if j + 1 >= len(syls) or syls[j].text not in ("-", "–"):
        return 0
    after = tuple(s.text for s in syls[j + 1 : j + 4])
    return 4 if after in _OCEANS else (1 + continent if (continent := _continent_at(syls, j + 1)) else 0)


def is_short_degree(word: str, lex: Lexicons) -> bool:
    """Is ``word`` a degree written short ("GS.TS", "PGS", "ThS", "BSCK1"), not an honorific
    that is also a word of names ("Anh", "Ông")?"""
    return word[1:] != word[1:].lower() and lex.is_honorific(word)


def _degree_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a degree written short stand at ``j`` before a capitalized name?"""
    return is_short_degree(syls[j].text, lex) and j + 1 < len(syls) and is_name_syllable(syls[j + 1])


def _degree_names_members(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does the degree written short at ``j`` name the members of the body whose head ends right
    before it ("Hội KTS | Việt Nam", "Đoàn LS | Hà Nội"), a country or province the lists know
    following, no person's name? VLSP 2018 training: all 3 ORG spans holding such a degree; of
    the 111 person tags after one, none begins with a country or province of two syllables."""
    if not is_short_degree(syls[j].text, lex) or country_or_place_at(syls, j + 1, lex) < 2:
        return False
    return any(
        (head := head_at(syls, k, lex)) is not None and k + len(head.words) == j for k in range(max(0, j - 3), j)
    )


_RANK_GRADES = frozenset({"tướng", "tá", "úy"})


def officer_rank_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does an officer's rank ("Đại tá", "Thiếu úy") or a degree written short ("PGS.TS",
    "ThS", "NSND") begin at ``j``? Unlike the honorifics "Anh" or "Cô", none is part of a
    place's or a body's name: a person's name follows."""
    if not syls[j].text[:1].isupper():
        return False  # all of them are written capitalized; most syllables are not
    n = match_phrase(syls, j, lex.honorifics, lex)
    if n == 1:
        return sum(c.isupper() for c in syls[j].text) >= 2
    return n > 1 and syls[j + n - 1].text in _RANK_GRADES


# Closed-class words that never end a name, though the segmenter may glue one to it
# ("TAND tỉnh Đắk Nông | cùng toàn thể cán bộ").
FUNCTION_WORDS = frozenset("cùng với của cho để và hoặc là được đã sẽ các những này đó mà thì nhưng đến".split())


def _a_duration_at(syls: list[Syllable], j: int) -> bool:
    """Does the number at ``j`` count a time ("… HĐQT BSC | 30-36 tháng tù", "5-7 năm"), no
    name's number: a word of time after it that no number dates ("tháng 8")?"""
    return (
        j + 1 < len(syls)
        and syls[j + 1].text.lower() in _NUMBERED_TIMES
        and not (j + 2 < len(syls) and syls[j + 2].text[:1].isdigit())
    )


def _capitalized_word_at(syls: list[Syllable], j: int, lex: Lexicons, *, placed: bool = False) -> int:
    """If a capitalized word starts at ``j``, the index after it; else ``j``.

    A word written in sentence case goes on in lower case ("Kiểm sát", "Dân vận Thành ủy").
    Inside a proper name the segmenter sometimes glues the last syllable to the verb after
    it ("Hoàng Mai trao", "Hồng Hà ký", "Đắk Nông cùng"): there the word goes on only as far
    as the segmenter's dictionary knows it. ``placed``: the word names the place after a unit
    ("huyện | Khánh Công"), which goes on neither in lower case ("Khánh Công | tích cực", glued
    as "công tích") nor into the reporter's mark ("… Vũ Linh | PV đã cung cấp").
    """
    s = syls[j]
    if not (s.is_upper_initial and s.is_alpha) and not (
        s.text[:1].isdigit() and j > 0 and syls[j - 1].is_upper_initial and not _a_duration_at(syls, j)
    ):
        return j
    k = j + 1
    if len(s.text) > 1 and (s.text.isupper() or (s.text.isalpha() and capital_inside(s.text))):
        # the segmenter may glue a verb to an abbreviation or a brand: "Bộ TT&TT đẩy mạnh", "HoSE
        # trao" (in VLSP 2018 it glues a brand so twice, "MobiFone hiện", "FAPtv diễn")
        return k
    stop = k
    while stop < len(syls) and syls[stop].word == s.word:
        stop += 1
    if stop == k and _split_word_goes_on(syls, j, lex):
        stop = k + 1  # "Huyết học - Truyền | máu": the segmenter split a word the dictionary knows
    elif stop - j >= 2 and _longer_word_split_off(syls, j, stop, lex):
        stop += 1  # "Viện Ngôn ngữ | học": a science's name the segmenter split before its "học"
    capital = j
    while k < stop:
        if officer_rank_at(syls, k, lex):
            break  # "Bạch Mai PGS.TS", glued into one word: the degree opens a person's name
        if placed and (not syls[k].is_upper_initial or syls[k].text in _NEWSROOM_MARKS):
            break
        if syls[k].is_upper_initial and _inner_head_of_words(syls, k, lex):
            break  # "Kinh doanh | Công ty cổ phần …", glued into one word: another body's head
        if syls[k].is_upper_initial:
            capital = k
        elif term_length(syls, k):
            break  # "Hà Nội | khóa XVI", though the segmenter reads "nội khóa"
        elif syls[k].text == "là" and _inside_a_name(syls, capital, lex):
            # "Chu Đức Nghĩa | là", glued as "nghĩa là": the copula after a name (in VLSP 2018 training,
            # of 203 names tagged whole before "là" and written in two capitalized syllables or more,
            # none goes on past it)
            break
        elif (_inside_a_name(syls, capital, lex) or _a_country_alone(syls, j, capital, lex)) and (
            not _continues_word(syls, capital, k, stop, lex) or _names_a_place(syls, j, capital + 1, lex)
        ):
            break  # "Việt Nam | nhân kỷ niệm", "Campuchia | cử": a place's name does not go on in lower case
        elif capital == j and _glued_predicate(syls, j, k, stop, lex):
            break  # "Sự thật | ra mắt": the segmenter glued a verb to a word written in sentence case
        elif _glued_function_word(syls, k, lex):
            break  # "Quỹ Tiền tệ Quốc tế | về": a preposition glued on, not "Hàng không"'s second syllable
        elif _glued_and_before_a_field(syls, k):
            break  # "Thương mại | và Công nghiệp", glued "mại và": the next field is the list's own
        k += 1
    return k


# A province's board of its economic zone and industrial parks is named for both ("Ban Quản lý
# Khu kinh tế Nghi Sơn và các khu công nghiệp Thanh Hóa", "… Khu kinh tế Dung Quất và các khu
# công nghiệp Quảng Ngãi": the provinces' decisions establishing them)
_ZONE = ("khu", "kinh", "tế")
_AND_THE_PARKS = ("và", "các", "khu", "công", "nghiệp")


def _lone_capital_before_lower_case(syls: list[Syllable], k: int, after: int, lex: Lexicons) -> bool:
    """Is the capitalized word after "và", ``syls[k:after]``, one syllable that makes no word with
    the lower case after it ("và Giải | đặc biệt", "và Nhà | nước")? A field joined by "và" is a
    word in sentence case ("và Đào tạo", "và Phát triển nông thôn"): VLSP 2018's training articles
    hold 90 ORG spans with "và" before a capital and lower case, each a word of two syllables or
    more, and none with a lone capitalized syllable."""
    return (
        after == k + 1
        and after < len(syls)
        and syls[after].is_alpha
        and not syls[after].is_upper_initial
        and not match_phrase(syls, after, lex.admin_units, lex)
    )


def _parks_after_a_zone(syls: list[Syllable], begin: int, j: int) -> bool:
    """Do "và các khu công nghiệp" at ``j`` go on a name that holds an economic zone (read from
    up to three syllables before ``begin``, where the zone may be the head itself)?"""
    if syls[j].text.lower() != _AND_THE_PARKS[0]:
        return False  # (checked at every step of a name: the cheap test first)
    if tuple(s.text.lower() for s in syls[j : j + len(_AND_THE_PARKS)]) != _AND_THE_PARKS:
        return False
    inside = tuple(s.text.lower() for s in syls[max(0, begin - len(_ZONE)) : j])
    return any(inside[k : k + len(_ZONE)] == _ZONE for k in range(len(inside) - len(_ZONE) + 1))


def _glued_function_word(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Is the lower-case ``syls[k]``, which the segmenter glued to the capitalized word before
    it, a closed-class word that makes no word with the syllable before ("tế | về", not "hàng
    không")? "và" is left to the fields' own reading ("Tài nguyên và Môi trường"). Over VLSP
    2018's training articles and the gold's tuning half the segmenter glues such a word 17
    times, each to a person's or a place's name ("ông Giai | cũng", "thời Lê | ở")."""
    word = syls[k].text
    return word != "và" and word in _BRIDGE_STOP and lex.dictionary.has(f"{syls[k - 1].text} {word}") is False


def _glued_and_before_a_field(syls: list[Syllable], k: int) -> bool:
    """Is ``syls[k]`` a "và" the segmenter glued to the word before it while a capitalized
    word follows ("Thương mại và | Công nghiệp")? Then "và" joins two fields of a name."""
    return syls[k].text == "và" and k + 1 < len(syls) and syls[k + 1].is_upper_initial and syls[k + 1].is_alpha


def _one_word(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Are syllables ``k`` and ``k + 1`` one word, as the segmenter or the dictionary reads them?"""
    return syls[k].word == syls[k + 1].word or _lower_word_of_two(syls, k, lex)


def _inner_head_of_words(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does the head of a body of two words or more ("Công ty", "Ban Quản lý") begin at ``k``,
    not a national one that closes a title ("Thủ tướng Chính phủ")?"""
    head = head_at(syls, k, lex)
    return head is not None and len(head.words) > 1 and not head.national


def _split_word_goes_on(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does the one-syllable capitalized word at ``j`` go on with the lower-case syllable after
    it as one word the dictionary knows, split by the segmenter ("Truyền | máu"), not before a
    word that opens a predicate?"""
    if not _lower_word_of_two(syls, j, lex):
        return False
    if j + 2 < len(syls) and syls[j + 2].word == syls[j + 1].word:
        return False  # the next syllable begins a word of its own ("Huế | cho biết")
    return not predicate_begins_at(syls, j + 1, lex)


def _longer_word_split_off(syls: list[Syllable], j: int, stop: int, lex: Lexicons) -> bool:
    """Does the capitalized word ``syls[j:stop]`` of two syllables or more make, with the one
    lower-case syllable after it, a longer word the dictionary knows ("Ngôn ngữ | học", the
    science of language; "Dân số - Kế hoạch | hóa gia đình")? Not where that syllable opens a
    word of its own ("Việt Nam | học tập") nor after a place's name. Over VLSP 2018 the
    segmenter splits a capitalized word so 13 times ("Kế hoạch | hóa", "Cổ phần | hóa", "Liên
    hoan | phim"), no output there changing."""
    k = stop
    return (
        k < len(syls)
        and syls[k].is_alpha
        and syls[k].text.islower()
        and (k + 1 >= len(syls) or syls[k + 1].word != syls[k].word)
        and bool(lex.dictionary.known_word(syls[j : k + 1]))
        and not _names_a_place(syls, j, stop, lex)
        # "Cảnh sát | trưởng", "Kiến trúc sư | trưởng": a title, which a name does not hold
        and tuple(s.text.lower() for s in syls[j : k + 1]) not in lex.titles_lower
    )


def _glued_predicate(syls: list[Syllable], j: int, k: int, stop: int, lex: Lexicons) -> bool:
    """Does a verb begin at ``k``, after a whole word of the dictionary begun at ``j``, inside
    one segmenter word the dictionary does not know ("Sự thật ra mắt": "sự thật" is a word,
    "ra mắt" a verb; "Chính sách xã hội đồng hành": a body's act, clause_verbs.txt)?"""
    return bool(
        lex.dictionary.known_word(syls[j:k])
        and lex.dictionary.known_word(syls[j:stop]) is False
        and (predicate_begins_at(syls, k, lex) or acts_at(syls, k, lex))
        and not lex.dictionary.known_word(syls[j : k + 1])  # "Viễn | thông" is one word, not "thông" the verb
    )


def _a_country_alone(syls: list[Syllable], j: int, capital: int, lex: Lexicons) -> bool:
    """Is the word begun at ``j`` one capitalized syllable naming a country ("Campuchia", "Lào")?
    The segmenter glues such a name to the verb after it ("Campuchia cử"); a word the
    dictionary knows goes on all the same ("Pháp luật")."""
    return capital == j and (syls[j].text,) in lex.countries


def _names_a_place(syls: list[Syllable], first: int, stop: int, lex: Lexicons) -> bool:
    """Do the syllables name a place of two or more ("Việt Nam", not "Pháp" of "Pháp luật")?"""
    words = tuple(s.text for s in syls[first:stop])
    return len(words) > 1 and (words in lex.places or words in lex.countries)


def _inside_a_name(syls: list[Syllable], capital: int, lex: Lexicons) -> bool:
    """Is the capitalized syllable at ``capital`` the second or later of a proper name
    ("Hồng Hà", "Hoàng Mai"), where lower case after it is suspect? Not a head that begins
    a new name ("Oceanbank | Phòng giao dịch")."""
    if capital == 0 or head_at(syls, capital, lex) is not None:
        return False
    before = syls[capital - 1]
    return before.is_upper_initial and before.is_alpha and not (len(before.text) > 1 and before.text.isupper())


def _continues_word(syls: list[Syllable], capital: int, k: int, stop: int, lex: Lexicons) -> bool:
    """May the lower-case syllable ``k`` continue the word begun at ``capital``? Yes when the
    dictionary knows the word up to ``k`` or to any later lower-case syllable before ``stop``
    ("Phòng giao dịch"); without a dictionary, unless it is a function word."""
    end = k + 1
    while end < stop and not syls[end].is_upper_initial:
        end += 1
    for m in range(end, k, -1):
        known = lex.dictionary.known_word(syls[capital:m])
        if known is None:
            return syls[k].text not in FUNCTION_WORDS
        if known:
            return True
    return False


# Adverbs that come between a name and its predicate ("Kiến nghị Cục Quản lý thị trường | sớm
# sửa đổi …", "Quân khu 7 | chưa …"): no name's word.
PREDICATE_ADVERBS = frozenset("sớm còn chưa phải nên cần luôn".split())
# Words of tense and aspect that open a predicate with a verb after them ("Vụ Chính sách tiền tệ |
# đang theo dõi", "… | đã ban hành")
_TENSE_MARKERS = frozenset("đã đang sẽ vừa".split())
_PREDICATE_OPENERS = PREDICATE_ADVERBS | _TENSE_MARKERS
_BRIDGE_STOP = _PREDICATE_OPENERS | frozenset(
    "và của cho tại ở với là được bị có không cũng trong theo từ đến tới về vào để do khi "
    "nhưng thì này đó các những một như hay hoặc gồm nào bằng "
    # a time ("sáng nay", "hôm qua"): what follows a name, never its tail ("Sở Y tế | sáng nay cho biết")
    "nay qua".split()
)
_MAX_BRIDGE = 8


_PREVENTION_PHRASES = (("phòng", ",", "chống"), ("phòng", "cháy", ",", "chữa", "cháy"), ("khám", ",", "chữa", "bệnh"))


def _prevention_phrase(syls: list[Syllable], j: int, *, any_case: bool = False) -> int:
    """Length of "Phòng, chống" (prevention and control of …), "Phòng cháy, chữa cháy" (fire
    prevention and fighting) or "Khám, chữa bệnh" (medical care) inside a name at ``j``, comma
    included; 0 if none. "Phòng" must be capitalized unless ``any_case`` (after "về"): "Sở Y tế
    | phòng, chống dịch" is a predicate."""
    if j == 0 or syls[j].text.lower() not in ("phòng", "khám"):
        return 0
    for phrase in _PREVENTION_PHRASES:
        words = tuple(s.text.lower() for s in syls[j : j + len(phrase)])
        if words == phrase and (any_case or phrase[0] == "khám" or syls[j].text == "Phòng"):
            return len(phrase)
    return 0


def legal_form_bridge(
    syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int], longest: int = _MAX_BRIDGE
) -> int:
    """After "Công ty TNHH MTV", a business line in lower case that ends in a proper name
    ("đầu tư phát triển thủy lợi sông Đáy"): the index where the proper name starts, else j."""
    k = j
    joined = False  # "thương mại và dịch vụ | Văn Phương": two lines of business, one "và" between
    while k < len(syls) and k - j < longest + 2 * joined and syls[k].is_alpha and not syls[k].is_upper_initial:
        if syls[k].text == "và" and k > j and not joined:
            joined = True
        elif syls[k].text in _BRIDGE_STOP or k in title_starts:
            return j
        k += 1
    if k > j and k < len(syls) and syls[k].is_upper_initial and syls[k].is_alpha and k not in title_starts:
        return k if syls[k - 1].text != "và" and not _another_body_at(syls, k, lex) else j
    return j


def _another_body_at(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does a body that needs a name of its own begin at ``k`` ("Doanh nghiệp nộp | UBND xã …",
    "đóng | BHXH …"), so that the lower-case words before it are a predicate, not a company's
    line of business? A whole body ("… bảo an | Liên Hợp Quốc") or a place ("Đài Loan") may end
    a line."""
    head = head_at(syls, k, lex)
    return head is not None and not head.standalone and not _is_place(syls, k, k + 2, lex)


_ROMAN_LETTERS = frozenset("IVXLC")


def term_length(syls: list[Syllable], j: int) -> int:
    """Length of a term written after a body at syllable ``j``; 0 if none (``term_words_length``)."""
    return term_words_length([s.text for s in syls[j : j + 5]])


def term_words_length(words: Sequence[str], *, numbered: bool = True) -> int:
    """Length of a term that ``words`` open: "nhiệm kỳ 2025-2030", "khóa XVI", "khoá 15", "lần
    thứ 5"; 0 if none. A term is the post's or the council's sitting, not part of a name. Without
    ``numbered`` the term words alone count ("nhiệm kỳ", "khóa"), for a tail of letters only."""
    if not words or (numbered and len(words) < 2):
        return 0
    word, second = words[0].lower(), words[1] if len(words) > 1 else ""
    if word == "nhiệm" and second.lower() == "kỳ":
        if not numbered:
            return 2
        if len(words) > 2 and words[2][:1].isdigit():
            k = 3
            if len(words) > k + 1 and words[k] in ("-", "–") and words[k + 1][:1].isdigit():
                k += 2
            return k
    if word in ("khóa", "khoá") and (not numbered or second.isdigit() or set(second) <= _ROMAN_LETTERS):
        return min(2, len(words))
    if word == "lần" and second.lower() == "thứ":
        # a sitting's ordinal ("Hội nghị Ban Chấp hành Đảng bộ | lần thứ 5"): VLSP 2018 has no ORG span with it
        if not numbered:
            return 2
        if len(words) > 2 and (words[2].isdigit() or set(words[2]) <= _ROMAN_LETTERS or words[2] in _ORDINALS):
            return 3
    return 0


_ORDINALS = frozenset("nhất hai ba tư năm sáu bảy tám chín mười".split())


def world_short_form(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Is syllable ``k`` a world body's short form (rule_heads.tsv: "IMF", "WHO", "Fed")?"""
    head = lex.unit_heads.get((syls[k].text,))  # the rules' own heads: one look-up, no phrase match
    return head is not None and head.kind == "international" and head.national and bool(head.expansion)


def korean_name_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a Korean person's name of three syllables, the last of a capitalized run, begin at
    ``j`` ("… Samsung | Lee Jae Yong", "… Lotte | Shin Dong Bin")? See :func:`korean_name`."""
    if j + 3 < len(syls) and syls[j + 3].is_upper_initial:
        return False
    if any(_place_covers(syls, q, j, lex) for q in range(max(0, j - 3), j)):
        return False  # "… tại Việt | Nam John Smith": "Nam" ends the country, no Korean family name
    return korean_name([s.text for s in syls[j : j + 3]], lex)


def _place_covers(syls: list[Syllable], q: int, j: int, lex: Lexicons) -> bool:
    """Does a country or place named from ``q`` take in syllable ``j`` too?"""
    return any(q + match_phrase(syls, q, table, lex) > j for table in (lex.countries, lex.places))


def korean_name(words: Sequence[str], lex: Lexicons) -> bool:
    """Are ``words`` a Korean person's name: a family name of korean_surnames.txt and two given
    syllables, all capitalized and without Vietnamese marks, one at least no Vietnamese syllable
    ("Kim Long Tin" is a Vietnamese brand); or one given syllable, which is none ("Cho Hyun",
    "Park Jin": the few names of two syllables Korea has are given whole)?"""
    if len(words) not in (2, 3) or words[0] not in lex.korean_surnames:
        return False
    if not all(w.isascii() and w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return False
    given = words[1:] if len(words) == 2 else words
    return any(looks_foreign(w) for w in given)


def extend_name(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """Extend an institution's name from syllable ``j``; return the index after it."""
    n = len(syls)
    if j > 0 and world_short_form(syls, j - 1, lex):
        return j  # "IMF", "ASEAN | 2025", "Tổng Thư ký ASEAN | Kao Kim Hourn": the short form is the whole name
    if j < n and world_short_form(syls, j, lex):
        # "Trung tâm ASEAN | - Nhật Bản": a world body's short form paired with a country
        return _place_pair_through_dash(syls, j + 1, j, lex) or j + 1
    begin = j
    placed = False  # a unit and its place are in the name: what follows in lower case is not
    place_start = -1  # where the place after the unit begins
    inner_end = -1  # where an inner head ends ("Ủy ban Kiểm tra Đảng ủy |")
    closed = False  # a ministry's whole field read: no lower-case tail follows
    while j < n:
        if term_length(syls, j):
            break  # "HĐND TP.Hà Nội | khóa XVI"
        if placed and apostrophe_prefix(syls, j):
            placed_name = tuple(s.text for s in syls[place_start:j])
            if placed_name in lex.localities or placed_name in lex.places:
                break  # "UBND xã Ea Kar | H'Nga Niê", "xã Đạ Tẻh | K'Điệp": a highland woman's or man's name follows
        if _document_title_at(syls, j) and (j > begin or _bare_head_before(syls, j, lex)):
            break  # "của Chính phủ | Quy định chi tiết …": the title of the document it issued
        if _degree_names_members(syls, j, lex):
            j += 1  # "Hội KTS | Việt Nam": the members the body unites, then its place
            continue
        if officer_rank_at(syls, j, lex):
            # "Công an xã Mường Nhé | Thiếu tá Sùng A Páo": the officer's rank begins the person,
            # also right after a unit's head title ("Cục trưởng | Thiếu tướng Nguyễn Tuấn Anh")
            break
        if j > begin and _degree_at(syls, j, lex):
            break  # "Hiệu trưởng ĐH Y Dược TPHCM | GS.TS Trần Diệp Tuấn": the degree begins the person
        if placed and syls[j].text in _NEWSROOM_MARKS:
            break  # "Phòng Tài nguyên môi trường huyện Quảng Ninh | PV đã cung cấp …": the reporter
        fixed = 0
        # a ministry's or department's field may be written in lower case ("Bộ tài chính",
        # "Sở giáo dục và đào tạo"), also after a body it holds ("Cục … Bộ | tài chính"): after
        # "Bộ" and "Sở" the fields name no other thing
        whole_field_head = j > 0 and syls[j - 1].text in _WHOLE_FIELD_HEADS
        # (also right after an inner head: "Ban Thường vụ Đảng ủy | Mặt trận Tổ quốc, các đoàn thể …")
        if j in (begin, inner_end) or (whole_field_head and not syls[j].is_upper_initial):
            # "Bộ | Lao động, Thương binh và Xã hội": a state body's fields, separators and all,
            # even where a title begins ("Văn phòng | Chủ tịch nước"); in lower case only a long
            # one no text writes by chance ("Ban Chỉ đạo | quốc gia về phòng thủ dân sự")
            fixed = match_phrase(syls, j, lex.state_fields, lex, ignore_case=True)
            if not syls[j].is_upper_initial and fixed < _LOWER_CASE_FIELD and not whole_field_head:
                fixed = 0
            # a ministry's or department's field is its whole name, as is any body's field of two
            # words or more listed there: what follows in lower case is the sentence's ("trình Bộ
            # Văn hóa, Thể thao và Du lịch | phương án …", "Ủy ban Công tác đại biểu | đề xuất …")
            closed = closed or fixed > 2 or (bool(fixed) and whole_field_head)
        if j == begin and not fixed:
            fixed = _lower_case_field(syls, j, lex)  # "Ban | bầu cử đại biểu Quốc hội"
        if not fixed and (_steering_scope_only(syls, begin, j) or _national_body_about(syls, begin, j)):
            # "Ban Chỉ đạo | xóa nhà tạm, nhà dột nát", "Hội đồng Quốc gia | về phát triển bền vững"
            fixed = _steered_matter(syls, j, lex, title_starts) - j
        if not fixed and j in title_starts:
            break
        fixed = fixed or (match_phrase(syls, j, lex.joint_bodies, lex) if _after_office(syls, j) else 0)
        fixed = fixed or match_phrase(syls, j, lex.bound_names, lex)
        if fixed:
            j += fixed  # one office of two councils ("Văn phòng HĐND và UBND …"), or "Trung ương Đoàn"
            continue
        branch = _branch_at(syls, j, lex) if j > 0 else 0
        if branch:
            j += branch  # "Ngân hàng Nhà nước | chi nhánh | tỉnh Nghệ An", "… | chi nhánh | Khu vực 1"
            continue
        unit = match_phrase(syls, j, lex.admin_units, lex)
        if unit and j + unit < n and apostrophe_prefix(syls, j + unit):
            return j + unit  # "UBND tỉnh | H'Yim Kđoh": a woman's name, not the place's
        if (
            unit
            and j + unit < n
            and syls[j + unit].is_upper_initial
            and j + unit not in title_starts
            and not officer_rank_at(syls, j + unit, lex)  # "Bộ CHQS tỉnh | Đại tá Hoàng Văn Bình": no place
            and not _document_title_at(syls, j + unit)  # "của UBND tỉnh | Phê duyệt …": no place either
        ):
            j += unit
            placed, place_start = True, j
            continue
        if unit and _numbered_unit(syls, j + unit, lex):
            return j + unit + 1  # a unit named by its number: "Công an quận 3", "Hội Nông dân phường 12"
        if unit and j + unit + 1 < n and syls[j + unit].text == "số" and syls[j + unit + 1].text.isdigit():
            j += unit + 2  # "Ban Công tác Mặt trận tổ dân phố | số 5", "khu dân cư số 3 | phường Tây Hồ"
            continue
        if unit == 1 and _lower_word_not_a_unit(syls, j, lex):
            unit = 0  # "tệ nạn | xã hội": a word of its own, not the unit
        if unit and not syls[j].is_upper_initial:
            if unit == 1 and j + 1 < n and (syls[j].text.capitalize(), syls[j + 1].text) in lex.org_heads:
                j += 2  # "Ban thường vụ | huyện ủy | Đắk G'long": the unit's party committee, in lower case
                continue
            return j + unit  # a short reference: "Đảng ủy phường", "UBND xã"
        # (right after the head, or after an inner one: "Ủy ban Kiểm tra Đảng ủy | các cơ quan Đảng …")
        members = _members_head_after_plural(syls, j, lex, title_starts) if j == begin else 0
        if members:
            begin = j = members  # the members' name is read as a name of its own
            continue
        plural = _plural_line_to_name(syls, j, lex, title_starts) if j in (begin, inner_end) else 0
        if plural:
            j = plural  # "Liên hiệp | các tổ chức hữu nghị | Việt Nam", "Đảng ủy | các cơ quan | Đảng Trung ương"
            continue
        quoted = _quoted_name_end(syls, j) if j == begin else 0
        if quoted:
            j = quoted  # 'Quỹ | "Vì người nghèo" | phường …', 'Hợp tác xã | "Nông nghiệp sạch"': the name in quotes
            continue
        continent = _continent_at(syls, j)
        if continent:
            j += continent  # "Nghị viện | châu Âu", "Ngân hàng Đầu tư | châu Âu": written with a lower-case "châu"
            j += _region_after_dash(syls, j)  # "Ủy ban … châu Á | - Thái Bình Dương (ESCAP)": a region
            continue
        if _numbered_after_so(syls, j):
            j += 2
            continue
        zone = _numbered_zone(syls, j, lex)
        if zone:
            j += zone  # "Kho bạc Nhà nước khu vực XII", "Thuế cơ sở 3": the 2025 regional offices
            j += _zone_province(syls, j, lex)
            continue
        hosted = _host_country(syls, j, begin, lex)
        if hosted:
            j += hosted  # "Đại sứ quán Việt Nam | tại Nhật Bản": a mission's name holds where it serves
            continue
        numbered = j > 0 and syls[j].text.isdigit() and syls[j].start == syls[j - 1].end + 1
        if numbered and _ends_a_phrase(syls, j + 1):
            j += 1  # a unit's number at the end of its name: "Quân khu 5", "Sư đoàn 312"
            continue
        if (
            numbered
            and len(syls[j].text) <= 3
            and tuple(s.text for s in syls[j + 1 : j + 3]) == _NATIONAL
            and (
                _ends_a_phrase(syls, j + 3)
                or is_name_syllable(syls[j + 3])
                or predicate_begins_at(syls, j + 3, lex)
                or syls[j + 3].text in _BRIDGE_STOP
            )
        ):
            j += 3  # "Ban Chỉ đạo 389 | quốc gia": a national body known by its number
            continue
        if numbered and len(syls[j].text) <= 3 and j + 1 < n:
            if (
                predicate_begins_at(syls, j + 1, lex)
                or head_at(syls, j + 1, lex) is not None
                or syls[j + 1].text in _BRIDGE_STOP
            ):
                return j + 1  # "Bệnh viện Quân y 175 | cho rằng", "… 175 | Bộ Quốc phòng", "Quân khu 7 | sớm …"
            if is_name_syllable(syls[j + 1]) or _short_place_at(syls, j + 1, lex):
                j += 1  # "Bệnh viện 115 | Nghệ An", "Bệnh viện Nhi đồng 1 | TP.HCM": its place follows
                continue
            if syls[j + 1].is_alpha and syls[j + 1].text not in FUNCTION_WORDS and syls[j + 1].text not in _BRIDGE_STOP:
                break  # "Trường THCS Tân Dân | 20 bộ máy tính", "Tập đoàn Vingroup | 500 tỷ đồng": a count
        joins = (
            syls[j].text in ("và", "&")
            and not (j == begin and _bare_head_before(syls, j, lex))
            and j + 1 < n
            and j + 1 not in title_starts
            and not _name_case_before(syls, j, begin, lex)
        )
        if joins and _prevention_phrase(syls, j + 1):
            j += 1  # "Chi cục Thủy lợi và Phòng, chống thiên tai"
            continue
        if _parks_after_a_zone(syls, begin, j):
            j += len(_AND_THE_PARKS)  # "Ban Quản lý Khu kinh tế Dung Quất | và các khu công nghiệp | Quảng Ngãi"
            continue
        school_kind = _school_kind_at(syls, j, lex)
        if school_kind:
            j += school_kind  # "Trường THPT | chuyên | Lê Hồng Phong": the kind of school, then its name
            continue
        level = _school_level_after(syls, j, lex)
        if level:
            j += 1 + level  # "Trường Tiểu học | và THCS | Nậm Có": a school of two levels
            continue
        lower_level = _lower_school_level(syls, j, lex)
        if lower_level and j + lower_level < n and _school_level_after(syls, j + lower_level, lex):
            j += lower_level  # "Trường | tiểu học | & THCS …": the first level written in lower case
            continue
        if (
            lower_level
            and j == begin
            and j > 0
            and syls[j - 1].text.lower() == "trường"
            and _named_after(syls, j + lower_level)
        ):
            # "Trường | cao đẳng | Sư phạm Yên Bái", "trường | tiểu học | Hoàng Hoa Thám": the school's
            # level in lower case, then its name (VLSP 2018 training: all 13 such spans are ORG)
            j += lower_level
            continue
        if joins and (looks_foreign(syls[j + 1].text) or is_abbreviation(syls[j + 1].text)):
            break  # "Tập đoàn Apple | và Samsung", "… và FPT": a brand after "và" is another body, not a field
        if joins and syls[j + 1].is_upper_initial and not head_at(syls, j + 1, lex) and not _rank_at(syls, j + 1, lex):
            after = _capitalized_word_at(syls, j + 1, lex)
            sentence_case = any(not s.is_upper_initial for s in syls[j + 2 : after])  # "Đào tạo", not "Đào Duy"
            if _lone_capital_before_lower_case(syls, j + 1, after, lex):
                break  # "Hiệp hội Sáng kiến sáng chế Macao | và Giải đặc biệt …": another thing's name
            if after > j + 1 and (not is_surname(syls[j + 1], lex) or sentence_case):
                j = after
                continue
            break
        if (
            syls[j].text == "về"
            and j > begin
            and j + 1 < n
            and j + 1 not in title_starts
            and _sentence_case_word(syls, j + 1, lex)
            and head_at(syls, j + 1, lex) is None
            and not opens_no_body([s.text for s in syls[j + 1 : j + 4]], lex)
        ):
            j = _capitalized_word_at(syls, j + 1, lex)  # "Ủy ban Liên chính phủ về | Biến đổi khí hậu"
            continue
        inner = _short_form_before_place(syls, j, lex)
        if inner:
            j = inner  # "Sở Giáo dục và Đào tạo | (GD&ĐT) | tỉnh Thanh Hóa": the name goes on to its place
            continue
        listed = _comma_listed_fields(syls, j, lex, title_starts)
        if listed:
            j = listed  # "Phòng Kinh tế, Hạ tầng và Đô thị": fields in sentence case, the last after "và"
            continue
        through = _place_through_dash(syls, j, lex) or _place_pair_through_dash(syls, j, begin, lex)
        if through:
            j = through  # "Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu", "Hội Hữu nghị Việt Nam - Lào"
            continue
        if (
            syls[j].text in ("-", "–")
            and j + 1 < n
            and j + 1 not in title_starts
            and (
                _sentence_case_word(syls, j + 1, lex)
                or _field_glued_to_a_place(syls, j + 1, lex)
                or _one_syllable_fields(syls, j, begin, lex)
                or _fields_written_short(syls, j, begin)
            )
            and head_at(syls, j + 1, lex) is None  # "Phòng Cảnh sát hình sự | - Công an tỉnh …": another body
        ):
            j = _capitalized_word_at(syls, j + 1, lex)  # "Phòng Tài chính - Kế hoạch", "CSGT Đường bộ - Đường sắt"
            continue
        after_about = syls[j].text == "về" and j > begin and j + 1 < n
        # a steering committee's matter goes on in lower case ("Ban Chỉ đạo | phòng, chống thiên tai")
        steering = j >= 2 and tuple(s.text.lower() for s in syls[j - 2 : j]) == ("chỉ", "đạo")
        prevention = (
            _prevention_phrase(syls, j + 1, any_case=True) + 1
            if after_about
            else _prevention_phrase(syls, j, any_case=steering)
        )
        if prevention > after_about:
            # "… và Phòng, chống thiên tai …", "Ban Chỉ đạo … về phòng, chống tham nhũng, lãng
            # phí, tiêu cực": the comma is part of the name, and so are the lower-case things
            # prevented, listed with commas.
            j += prevention
            taken = 0
            in_list = False  # past a comma, each thing prevented is one word: "…, tiêu cực | chủ trì"
            while j < n and taken < _MAX_BRIDGE:
                listed = syls[j].text == "," and j + 1 < n and taken > 0
                k = j + 1 if listed else j
                if not syls[k].is_alpha or syls[k].is_upper_initial:
                    break
                # "chống" takes an object, so the first thing prevented is a word whole, though its
                # first syllable alone is a verb ("rửa | tiền", "tội | phạm", "mua bán | người")
                after_against = taken == 0 and syls[k - 1].text == "chống"
                whole = 2 if after_against and _lower_word_of_two(syls, k, lex) else 1
                if syls[k].text in _BRIDGE_STOP or (whole == 1 and predicate_begins_at(syls, k, lex)):
                    break
                if in_list and not listed and not _one_word(syls, k - 1, lex):
                    break
                if acts_at(syls, k, lex):
                    break  # "…, chống tham nhũng, | chủ trì hội nghị": the post's holder acts
                if match_phrase(syls, k, lex.admin_units, lex):
                    break  # "Ban Chỉ đạo phòng, chống thiên tai | tỉnh": the unit goes on in extend_name
                in_list = in_list or listed
                j = k + whole
                taken += 1
            continue
        modifier = match_phrase(syls, j, lex.name_modifiers, lex)
        if modifier and j > 0 and _word_start(syls, j - 1).is_upper_initial:
            j += modifier  # "Ban Cứu trợ trung ương"
            continue
        inner_head = head_at(syls, j, lex)
        if inner_head is not None and len(inner_head.words) > 1 and syls[j].is_upper_initial:
            j += len(inner_head.words)  # Ban Thường vụ Đảng ủy …: "ủy" is its own lower-case word
            j = legal_forms_end(syls, j, lex)  # "HĐQT Công ty cổ phần …": the inner company's legal form
            inner_end = j
            continue
        if j - 1 > begin and glued_apostrophe(syls, j - 1, any_case=placed or syls[j - 2].is_upper_initial):
            j += 2  # "huyện Đắk R | 'Lấp": one syllable of the place's name, written in three tokens
            continue
        after = _capitalized_word_at(syls, j, lex, placed=placed)
        if (
            after == j
            and not placed
            and not closed
            and j > begin
            and not _scope_ends_at(syls, j)
            and (
                _one_sentence_case_word(syls, begin, j)
                or _sentence_case_words_end_at(syls, begin, j, lex)
                or _sentence_case_word_after_about(syls, begin, j)
            )
        ):
            after = _sentence_case_tail(syls, j, lex, title_starts)
            if after == j and _one_sentence_case_word(syls, begin, j):
                after = _tail_to_national_scope(syls, j, lex) or j
            if after > j and not _tail_of_a_word(syls, begin, j, after, lex):
                after = j  # "Tập đoàn Vingroup | khởi công dự án.": a brand ends the name
            if (
                after == j
                and tuple(s.text for s in syls[begin:j]) not in lex.countries
                and not acts_at(syls, j, lex)  # "Ngân hàng Thế giới | dự báo …"
            ):
                # a country ends the name ("Thượng viện Campuchia | thăm Hà Nội"); a field goes on
                after = _line_of_work_to_place(syls, j, lex, title_starts)
        elif after == j and j == begin and not placed and _bare_heads_field_at(syls, j, lex):
            after = _bare_head_tail_to_a_place(syls, j, lex, title_starts)
            if after == j and _sentence_case_head_ends_at(syls, j, lex):
                after = _sentence_case_tail(syls, j, lex, title_starts)  # "Ban Quản lý | dự án đường sắt"
        if (
            after == j
            and j == begin
            and j > 0
            and syls[j - 1].is_alpha
            and not syls[j - 1].is_upper_initial
            and _capitalized_head_ends_at(syls, j, lex)
        ):
            after = _line_of_work_to_place(syls, j, lex, title_starts)  # a capitalized head ending in lower case
        if after == j and not placed and not closed and (j > begin or _capitalized_head_ends_at(syls, j, lex)):
            # "… Kinh doanh | vốn nhà nước | (SCIC)", "Ban Quản lý | dự án | (QLDA) Đầu tư …"
            after = _tail_to_short_form(syls, j, lex, title_starts)
        if after == j:
            break
        j = after
    while j > begin and syls[j - 1].text in _NOT_AN_END:
        j -= 1  # "Công an huyện Nông | và chính quyền …": a name does not end in a conjunction
    if j - 2 > begin and tuple(s.text for s in syls[j - 2 : j]) == MANAGES:
        j -= 2  # "do Sở Y tế | quản lý.": the body's act (VLSP 2018: no ORG span ends in it)
    if j - 3 > begin and korean_name_at(syls, j - 3, lex):
        j -= 3  # "Tập đoàn Samsung | Lee Jae Yong": the chief's name after the brand
    return j


# What a steering committee's name may hold between its head and what it steers: its scope
# ("Ban Chỉ đạo Trung ương | về …", "Ban Chỉ đạo Nhà nước | các công trình …", "Ban Chỉ đạo
# của Chính phủ | về …").
_STEERING_SCOPES = frozenset(
    {
        (),
        ("Trung", "ương"),
        ("Nhà", "nước"),
        ("Chính", "phủ"),
        ("quốc", "gia"),
        ("Quốc", "gia"),
    }
)
_STEERING_HEADS = frozenset({("Chỉ", "đạo"), ("BCĐ",)})
_STEERING_HEAD_ENDS = frozenset(head[-1] for head in _STEERING_HEADS)
_LONGEST_STEERING_SCOPE = max(len(scope) for scope in _STEERING_SCOPES)
# "Ban Chỉ đạo | của Chính phủ | về …": the owner before what is steered (read by _steered_matter)
_STEERING_OWNER = ("của", "Chính", "phủ")
# Documents a steering committee is named after, cited by their number ("… và Đề án 06",
# "Ban Chỉ đạo tổng kết Nghị quyết 18")
_STEERED_DOCUMENTS = frozenset({"Nghị quyết", "Đề án", "Chỉ thị", "Kết luận", "Chương trình", "Quyết định"})
# Words of time that begin what follows a name ("… | ngày 5/12 họp", "… | sáng nay")
_TIME_WORDS = frozenset("ngày sáng chiều tối hôm tuần tháng năm phiên lần giai nhiệm".split())
_MAX_MATTER = 24


def _known_locality_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """A unit and a place's name the lists know at ``j`` ("tỉnh | Lâm Đồng"), not a level
    ("tuyến huyện") nor a unit before a new sentence ("TP. | Dự kiến")."""
    unit = match_phrase(syls, j, lex.admin_units, lex)
    if not unit:
        return False
    k = j + unit
    return any(
        tuple(s.text for s in syls[k : k + n]) in table
        for n in (1, 2, 3, 4)
        for table in (lex.localities, lex.places)
        if k + n <= len(syls)
    )


def _bare_heads_field_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a lower-case word at ``j`` follow a head written with its capital ("Hội | hữu nghị",
    "Tổ chức | y tế"), not the head's syllable inside a word ("Sở dĩ", "Báo chí")?"""
    if j == 0 or j >= len(syls) or not syls[j].is_alpha or syls[j].is_upper_initial:
        return False
    if not (syls[j - 1].is_upper_initial or _capitalized_head_ends_at(syls, j, lex)):
        return False
    if syls[j - 1].word == syls[j].word:
        return False
    words = [s.text.lower() for s in syls[j - 1 : j + 2]]
    return not any(lex.dictionary.has(" ".join(words[:n])) for n in (2, 3) if n <= len(words))


def _bare_head_tail_to_a_place(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """A capitalized head's lower-case field when a country, a unit and its place or a scope
    closes it ("Hội | hữu nghị | Việt Nam - Hàn Quốc", "Hội | nạn nhân chất độc da cam | tỉnh
    Lâm Đồng", "Tổ chức | y tế | Thế giới"):
    the index after the field, else ``j``."""
    after = _sentence_case_tail(syls, j, lex, title_starts)
    if after == j or after >= len(syls):
        return j
    country = match_phrase(syls, after, lex.countries, lex)
    if (
        syls[j - 1].text in _WHOLE_FIELD_HEADS
        and match_phrase(syls, j, lex.state_fields, lex, ignore_case=True) != after - j
        and not country
    ):
        # a ministry's field is one of the listed ("Bộ | quốc phòng | Nga") or a foreign
        # ministry's ("Bộ | giáo dục | Mỹ"), not "Bộ | sưu tập | Quốc gia"
        return j
    if syls[after - 1].text == "người":
        # "… người | Pháp": a people, not a country the body is of; but the people's body in
        # another country is named by both ("Hội | người | Việt Nam | tại Lào")
        return after if country and _host_at(syls, after + country, lex) else j
    if country or _known_locality_at(syls, after, lex):
        return after
    if any(after - n > j and _known_locality_at(syls, after - n, lex) for n in (1, 2)):
        return after  # "Hội | người mù thành phố | Hà Nội": the tail took the unit in
    if tuple(s.text for s in syls[after : after + 2]) in SCOPES:
        return after  # "Tổ chức | y tế | Thế giới": a scope closes it, and goes on in extend_name
    return j


def _steering_scope_only(syls: list[Syllable], begin: int, j: int) -> bool:
    """Is the name a steering committee's head ("Ban Chỉ đạo", "BCĐ") before ``begin`` and only
    its scope from ``begin`` to ``j``?"""
    if begin == 0 or j - begin > _LONGEST_STEERING_SCOPE or syls[begin - 1].text not in _STEERING_HEAD_ENDS:
        return False  # the head's last word: the common case, checked first
    if not any(tuple(s.text for s in syls[begin - len(h) : begin]) == h for h in _STEERING_HEADS if begin >= len(h)):
        return False
    return tuple(s.text for s in syls[begin:j]) in _STEERING_SCOPES and j < len(syls) and not syls[j].is_upper_initial


def _national_body_about(syls: list[Syllable], begin: int, j: int) -> bool:
    """Is ``j`` the "về" after a national body's name ("Hội đồng Quốc gia | về phát triển bền
    vững", "Trung tâm Điều phối quốc gia | về ghép bộ phận cơ thể người"), what it deals with
    following in lower case as a steering committee's matter does? ("Đề án Quốc gia về …" opens
    no body: no head before it.)"""
    return (
        begin + 2 <= j < len(syls)
        and syls[j].text == "về"
        and syls[j - 2].text.lower() == "quốc"
        and syls[j - 1].text == "gia"
    )


def _cited_document(syls: list[Syllable], k: int) -> int:
    """Length of a document cited by its number at ``k`` ("Đề án 06", "Nghị quyết số 18-NQ/TW"); 0 if none."""
    name = " ".join(s.text for s in syls[k : k + 2])
    if name not in _STEERED_DOCUMENTS:
        return 0
    m = k + 2 + (k + 2 < len(syls) and syls[k + 2].text == "số")
    return m + 1 - k if m < len(syls) and syls[m].text[:1].isdigit() else 0


def _steered_matter(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """What a steering committee steers, its name's end in lower case ("Ban Chỉ đạo | xóa nhà tạm,
    nhà dột nát", "Ban Chỉ đạo Trung ương | về chính sách nhà ở và thị trường bất động sản",
    "Ban Chỉ đạo Nhà nước | các công trình, dự án quan trọng quốc gia, …"): things listed with
    commas and "và", each of lower-case words or a document cited by its number ("… và Đề án
    06"). Returns the index after the matter, else ``j`` (a scope "của Chính phủ" alone is none).

    A verb past a thing's first word begins the predicate ("… về chuyển đổi số | họp"), as do an
    act, a closed-class word, a time, a unit (its place goes on in extend_name), a term and a
    title. Without "về" the words could as well be what the committee does ("Ban Chỉ đạo | ban
    hành kế hoạch", "… | khẩn trương triển khai"): they name it only where they end before one
    of those and not before a verb, and a matter opening with a verb only where its unit follows
    ("Ban Chỉ đạo sắp xếp đơn vị hành chính | tỉnh Hà Tĩnh")."""
    n = len(syls)
    start = j
    if tuple(s.text for s in syls[j : j + len(_STEERING_OWNER)]) == _STEERING_OWNER:
        j += len(_STEERING_OWNER)  # "Ban Chỉ đạo | của Chính phủ | về …"
    if j >= n:
        return start
    about = syls[j].text == "về"
    first = k = j + about
    end = first
    words = 0  # words of the thing being read
    at_a_verb = False
    while k < n and k - j < _MAX_MATTER:
        text = syls[k].text
        if text in (",", "và"):
            nxt = k + 1
            if not words or nxt >= n:
                break
            if not (_cited_document(syls, nxt) or (syls[nxt].is_alpha and not syls[nxt].is_upper_initial)):
                break
            k, words = nxt, 0
            continue
        cited = _cited_document(syls, k)
        if cited:
            k += cited
            end, words = k, words + 1
            continue
        first_of_list = k == first and text in ("các", "những")  # "Ban Chỉ đạo Nhà nước | các công trình"
        if not first_of_list and _ends_a_matter(syls, k, lex, title_starts):
            break
        width = 2 if _lower_word_of_two(syls, k, lex) else 1
        if words and " ".join(s.text for s in syls[k : k + width]) in lex.verbs:
            at_a_verb = True
            break
        k += width
        end, words = k, words + (not first_of_list)
    if end == first:
        return start
    if not about:
        unit_after = end < n and bool(match_phrase(syls, end, lex.admin_units, lex))
        if at_a_verb or not (end >= n or _ends_a_matter(syls, end, lex, title_starts)):
            return start
        # "Ban Chỉ đạo phát triển ngành tôm | cho biết": the clause's own predicate after the
        # words shows they were the committee's matter, though they open with a verb of two
        # syllables, an activity's name (not "Ban Chỉ đạo | họp trực tuyến | đã thống nhất")
        named_activity = _lower_word_of_two(syls, first, lex) and predicate_begins_at(syls, end, lex)
        if predicate_begins_at(syls, first, lex) and not unit_after and not named_activity:
            return start
    return end


def _word_of_no_time(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does the time word at ``k`` open a word that names no time ("sáng | tạo", "năm | học")?"""
    return _lower_word_of_two(syls, k, lex) and syls[k + 1].text not in ("nay", "qua", "mai", "này", "sau", "trước")


def _ends_a_matter(syls: list[Syllable], k: int, lex: Lexicons, title_starts: set[int]) -> bool:
    """Does what a steering committee steers end before syllable ``k``: punctuation, a capital, a
    closed-class word, a time, an honorific, an act, a term, a title or a unit?"""
    text = syls[k].text
    return (
        not syls[k].is_alpha
        or syls[k].is_upper_initial
        or k in title_starts
        or text in _BRIDGE_STOP
        or text in FUNCTION_WORDS
        or (text in _TIME_WORDS and not _word_of_no_time(syls, k, lex))
        or lex.is_honorific(text)  # "…, công nghệ, | ông Nguyễn Văn Hải": a person follows
        or acts_at(syls, k, lex)
        or bool(term_length(syls, k))
        or bool(match_phrase(syls, k, lex.admin_units, lex))
    )


# The verbs a legal document's title opens with, written with a capital after the body that
# issued it ("Nghị định 60/2013/NĐ-CP của Chính phủ | Quy định chi tiết …", "Thông tư … của Bộ
# Tài chính | Hướng dẫn …", "Quyết định … của UBND tỉnh | Phê duyệt …", "Nghị quyết của Quốc hội
# | Về …"): the title's, never the body's.
_DOCUMENT_TITLE_OPENINGS = frozenset(
    {
        ("quy", "định"),
        ("hướng", "dẫn"),
        ("phê", "duyệt"),
        ("ban", "hành"),
        ("sửa", "đổi"),
        ("bổ", "sung"),
        ("bãi", "bỏ"),
        ("điều", "chỉnh"),
        ("thành", "lập"),
        ("về",),
    }
)


def opens_a_document_title(words: Sequence[str]) -> bool:
    """Do ``words`` open a document's title: a capitalized verb of _DOCUMENT_TITLE_OPENINGS,
    its second syllable in lower case?"""
    if not words or not words[0][:1].isupper():
        return False
    if (words[0].lower(),) in _DOCUMENT_TITLE_OPENINGS:
        return True
    return len(words) > 1 and words[1].islower() and (words[0].lower(), words[1]) in _DOCUMENT_TITLE_OPENINGS


def opens_no_body(words: Sequence[str], lex: Lexicons) -> bool:
    """Do ``words`` open a project, plan or document (not_institutions.txt): what a body is
    met about, not its field ("làm việc với Ngân hàng Thế giới về | Dự án …", "Ủy ban châu Âu
    về | Chương trình …")?"""
    return leading_phrase([w.lower() for w in words], lex.not_institutions, lex) > 0


def _document_title_at(syls: list[Syllable], j: int) -> bool:
    """Does a document's title open at syllable ``j`` (:func:`opens_a_document_title`)?"""
    return j < len(syls) and syls[j].is_upper_initial and opens_a_document_title([s.text for s in syls[j : j + 2]])


# Heads whose field names the body whole ("Bộ | Tài chính", "Sở | Giáo dục và Đào tạo"): the
# ministries and the provincial departments that mirror them (state_fields.txt).
_WHOLE_FIELD_HEADS = frozenset({"Bộ", "Sở"})
_LOWER_CASE_FIELD = 5  # syllables of a state body's field read whole though written in lower case

_NOT_AN_END = frozenset({"và", "&", "-", "–", ",", "các", "những"})
# "quản lý" (manage) in lower case ends no name: inside one it goes on ("Ban quản lý dự án"), at
# the end it is what the body does ("do Sở Y tế | quản lý"); VLSP 2018 has 7 ORG spans with it
# inside, none ending in it, 3 it follows
MANAGES = ("quản", "lý")


_MAX_TAIL = 6
_TIME_ENDS = frozenset("nay qua mai này đó kia sau trước".split())  # "chiều | nay", "hôm | qua"
# The words before "nay" that make it a time ("sáng nay", "hôm nay", "hiện nay"), not "now called"
_DAY_PARTS = frozenset("sáng trưa chiều tối đêm hôm hiện".split())


def _tense_at(syls: list[Syllable], k: int) -> bool:
    """Does a word of tense ("đã", "đang", "sẽ") stand at ``k``, which only a predicate follows?
    Not "vừa" after "và": "nhỏ và vừa" (small and medium) names enterprises."""
    if k >= len(syls) or syls[k].text not in _TENSE_MARKERS:
        return False
    return syls[k].text != "vừa" or (k > 0 and syls[k - 1].text != "và")


def _now_called_at(syls: list[Syllable], k: int) -> bool:
    """Does "nay" (now) at ``k`` begin what a body is called now ("Tổng cục Quản lý thị trường |
    nay là …", the 2025 renamings), not a time ("sáng nay")? VLSP 2018 has no ORG span holding it."""
    return 0 < k < len(syls) and syls[k].text == "nay" and syls[k - 1].text.lower() not in _DAY_PARTS


def _host_at(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of the country, place or world body after "tại" at ``j`` ("tại | Nhật Bản",
    "tại | Liên hợp quốc"), else 0."""
    if j + 1 >= len(syls) or syls[j].text != "tại":
        return 0
    head = head_at(syls, j + 1, lex)
    world_body = len(head.words) if head is not None and head.national and head.kind == "international" else 0
    unit = match_phrase(syls, j + 1, lex.admin_units, lex)
    city = match_phrase(syls, j + 1 + unit, lex.places, lex) if unit else 0  # "tại | TP | Hồ Chí Minh"
    return (
        match_phrase(syls, j + 1, lex.countries, lex)
        or match_phrase(syls, j + 1, lex.places, lex)
        or world_body
        or (unit + city if city else 0)
        or _continent_at(syls, j + 1)  # "Hội Người Việt Nam | tại châu Âu"
    )


def _one_word_bracket(syls: list[Syllable], k: int) -> str | None:
    """The one word in brackets that opens at ``k`` ("(KoCham)"), else None."""
    if k + 2 < len(syls) and syls[k].text == "(" and syls[k + 2].text == ")":
        return syls[k + 1].text
    return None


_HOME = ("Việt", "Nam")  # the home country of the news this reads

# The heads of a country's missions abroad, whose names go on with "tại" and the host.
_MISSIONS = frozenset(
    {
        ("đại", "sứ", "quán"),
        ("lãnh", "sự", "quán"),
        # a permanent mission to an international body ("Phái đoàn thường trực Việt Nam tại Liên
        # hợp quốc", "… tại Geneva"): rule_heads.tsv
        ("phái", "đoàn", "thường", "trực"),
        ("phái", "đoàn", "đại", "diện", "thường", "trực"),
        ("thương", "vụ"),  # a trade office: rule_heads.tsv
    }
)
_MISSION_LENGTHS = frozenset(len(head) for head in _MISSIONS)


def _host_country(syls: list[Syllable], j: int, begin: int, lex: Lexicons) -> int:
    """How many syllables "tại" and a country or place take at ``j`` after a mission's sending
    country ("Đại sứ quán | Việt Nam | tại Nhật Bản", "Tổng Lãnh sự quán Việt Nam tại Thượng
    Hải"), or before the body's short form in brackets, else 0."""
    accredited = _accredited_to(syls, j, begin, lex)
    if accredited:
        return accredited
    host = _host_at(syls, j, lex) if j > begin else 0
    branch = _a_branch_campus(tuple(s.text for s in syls[max(0, begin - 2) : begin])) or _a_high_court(syls, j)
    if not host and j > begin and syls[j].text == "tại" and branch:
        unit = match_phrase(syls, j + 1, lex.admin_units, lex)  # "… tại | tỉnh Lào Cai", "… tại | TP.HCM"
        place = foreign_city_at(syls, j + 1 + unit, lex) or int(_short_place_at(syls, j + 1 + unit, lex))
        return 1 + unit + place if place else 0
    if not host:
        city = foreign_city_at(syls, j + 1, lex) if j > begin and syls[j].text == "tại" else 0
        # "Tổng Lãnh sự quán Việt Nam tại | Marseille": a mission's host city, in no gazetteer
        return 1 + city if city and _a_mission_from(syls, begin, j, lex) else 0
    # "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham)": a foreign country's body in its
    # host, whose short form after the host shows the host is in the name (not "Ngân hàng Thế
    # giới tại Việt Nam (WB)", a body of the world whose short form is its own)
    short = _one_word_bracket(syls, j + 1 + host)
    if (
        short is not None
        and _short_name_written(short)
        and any(match_phrase(syls, k, lex.countries, lex) or _continent_at(syls, k) for k in range(begin, j))
    ):
        return 1 + host
    if _overseas_community(syls, begin, j, lex) or _foreign_community_here(syls, begin, j, host, lex):
        return 1 + host
    if branch:
        return 1 + host  # "Phân hiệu Trường Đại học Thủy lợi | tại Hà Nội": where the branch is, in its name
    return 1 + host if _a_mission_from(syls, begin, j, lex) else 0


def _accredited_to(syls: list[Syllable], j: int, begin: int, lex: Lexicons) -> int:
    """How many syllables "bên cạnh" and a world body take at ``j`` after a permanent mission's
    sending country ("Phái đoàn đại diện thường trực Việt Nam | bên cạnh Liên hợp quốc", "… |
    bên cạnh UNESCO"): the body it is accredited to, in its name as a host is; else 0."""
    if j <= begin or j + 2 >= len(syls) or (syls[j].text, syls[j + 1].text) != ("bên", "cạnh"):
        return 0
    if not _a_mission_from(syls, begin, j, lex):
        return 0
    head = head_at(syls, j + 2, lex)
    if head is not None and head.national and head.kind == "international":
        return 2 + len(head.words)
    return 3 if is_abbreviation(syls[j + 2].text) else 0


def _a_mission_from(syls: list[Syllable], begin: int, j: int, lex: Lexicons) -> bool:
    """Is ``syls[begin:j]`` the sending country after a mission's head ("Đại sứ quán | Việt Nam")?"""
    return tuple(s.text for s in syls[begin:j]) in lex.countries and any(
        tuple(s.text.lower() for s in syls[begin - n : begin]) in _MISSIONS for n in _MISSION_LENGTHS if begin >= n
    )


_MAX_CITY = 3  # syllables of a foreign city's name: "Marseille", "Thành Đô", "San Francisco"


def foreign_city_at(syls: list[Syllable], k: int, lex: Lexicons) -> int:
    """The length of a run of capitalized names at ``k``, up to :data:`_MAX_CITY`, that ends
    there or where a Vietnamese name begins ("Marseille |, …", "Houston | Nguyễn Văn B"); else 0."""
    n = 0
    while k + n < len(syls) and n <= _MAX_CITY and is_name_syllable(syls[k + n]):
        if n and is_surname(syls[k + n], lex) and any(begins_name(syls, k + n, k + n + m, lex) for m in (2, 3, 4)):
            break
        n += 1
    return n if 0 < n <= _MAX_CITY else 0


# Heads of the associations of Vietnamese people abroad, named with "tại" and the country they
# are in ("Hội Người Việt Nam tại Hàn Quốc", "Hiệp hội Doanh nghiệp Việt Nam tại Séc")
_COMMUNITY_HEADS = frozenset({("Hội",), ("Hiệp", "hội"), ("Tổng", "hội"), ("Liên", "hiệp", "hội")})
_COMMUNITY_LENGTHS = frozenset(len(head) for head in _COMMUNITY_HEADS)


def holds_its_host(body: Sequence[str], lex: Lexicons, host: Sequence[str] = ()) -> bool:
    """Does a body's name go on with "tại" and where it is (``host``): a mission ("Đại sứ quán
    Việt Nam", "Tổng Lãnh sự quán …", "Phái đoàn thường trực Việt Nam"), an association of
    Vietnamese people abroad ("Hội Người Việt Nam") or a foreign country's in Việt Nam
    ("Hiệp hội Doanh nghiệp Hàn Quốc | tại Việt Nam"), a branch campus, a high court?"""
    lowered = tuple(w.lower() for w in body)
    start = 1 if lowered[:1] == ("tổng",) else 0
    mission = any(lowered[start : start + n] in _MISSIONS for n in _MISSION_LENGTHS)
    here = tuple(host[: len(_HOME)]) == _HOME and foreign_community(tuple(body), lex)
    high_court = lowered[-2:] == _HIGH_COURT  # "Tòa án nhân dân cấp cao | tại Hà Nội"
    return mission or _community_name(tuple(body)) or here or _a_branch_campus(tuple(body[:2])) or high_court


def _community_name(words: tuple[str, ...]) -> bool:
    """Is this the name of a body of Vietnamese people, one of ``_COMMUNITY_HEADS`` and a name
    ending in "Việt Nam" ("Hội Người Việt Nam")?"""
    return words[-2:] == _HOME and any(
        words[:n] in _COMMUNITY_HEADS and len(words) >= n + len(_HOME) for n in _COMMUNITY_LENGTHS
    )


# Heads of the bodies of foreign businesses or people in Việt Nam ("Hiệp hội Doanh nghiệp Hàn
# Quốc tại Việt Nam", "Phòng Thương mại Hoa Kỳ tại Việt Nam", "Phòng Thương mại châu Âu tại Việt
# Nam", "Hội Người Hàn Quốc tại Việt Nam"), named with their home and "tại Việt Nam"
_FOREIGN_COMMUNITY_HEADS = _COMMUNITY_HEADS | {("Phòng", "Thương", "mại")}
_FOREIGN_COMMUNITY_LENGTHS = frozenset(len(head) for head in _FOREIGN_COMMUNITY_HEADS)


def _a_branch_campus(head: Sequence[str]) -> bool:
    """Is ``head`` a university's branch campus ("Phân hiệu"), named with where it is?"""
    return tuple(head) == ("Phân", "hiệu")


# The high courts and procuracies: three of each, named by the city they sit in ("Tòa án nhân
# dân cấp cao tại Hà Nội"; Law on the Organization of People's Courts)
_HIGH_COURT = ("cấp", "cao")


def _a_high_court(syls: list[Syllable], j: int) -> bool:
    """Does a high court's or procuracy's name end at ``j`` ("Tòa án nhân dân cấp cao | tại Hà
    Nội", "TAND Cấp cao | tại TP HCM", VLSP 2018 23352334 and 23352352)?"""
    return j >= 2 and tuple(s.text.lower() for s in syls[j - 2 : j]) == _HIGH_COURT


def _foreign_community_here(syls: list[Syllable], begin: int, j: int, host: int, lex: Lexicons) -> bool:
    """Does a body of a foreign country's businesses or people (:func:`foreign_community`), its
    head before ``begin``, end at ``j``, before "tại Việt Nam"?"""
    if tuple(s.text for s in syls[j + 1 : j + 1 + host]) != _HOME:
        return False
    return any(
        begin >= n and foreign_community(tuple(s.text for s in syls[begin - n : j]), lex)
        for n in _FOREIGN_COMMUNITY_LENGTHS
    )


def foreign_community(body: Sequence[str], lex: Lexicons) -> bool:
    """Is ``body`` one of ``_FOREIGN_COMMUNITY_HEADS`` with a country other than Việt Nam or a
    continent in its name ("Hiệp hội Doanh nghiệp Hàn Quốc", "Phòng Thương mại châu Âu")?"""
    if not any(tuple(body[: len(head)]) == head for head in _FOREIGN_COMMUNITY_HEADS):
        return False
    for k in range(1, len(body)):
        if body[k] == "châu" and k + 1 < len(body):
            return True
        for n in (1, 2, 3):
            country = tuple(body[k : k + n])
            if len(country) == n and country in lex.countries and country != _HOME:
                return True
    return False


def _overseas_community(syls: list[Syllable], begin: int, j: int, lex: Lexicons) -> bool:
    """Does a body of Vietnamese people abroad (:func:`_community_name`), its name after its head
    at ``begin``, end at ``j``, before "tại" and a country that is not Việt Nam?"""
    country = match_phrase(syls, j + 1, lex.countries, lex) or _continent_at(syls, j + 1)
    if not country or tuple(s.text for s in syls[j + 1 : j + 1 + country]) == _HOME:
        return False
    return any(begin >= n and _community_name(tuple(s.text for s in syls[begin - n : j])) for n in _COMMUNITY_LENGTHS)


def _school_level_after(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of a school level's head straight after the "và" or "&" at ``j`` when one
    ends right before it ("Tiểu học | và | THCS", "tiểu học & THCS"), else 0."""
    if j >= len(syls) or syls[j].text not in ("và", "&"):
        return 0
    after = head_at(syls, j + 1, lex)
    if after is None or after.kind != "education" or not syls[j + 1].is_upper_initial:
        return 0
    for n in (1, 2, 3):  # the level before, right after the school's own head ("các cấp THCS và THPT" is none)
        level = lex.heads_lower.get(tuple(s.text.lower() for s in syls[j - n : j])) if j > n else None
        if level is not None and level.kind == "education" and _opens_a_school(syls, j - n):
            return len(after.words)
    return 0


# A boarding school for ethnic minorities, written before its levels ("Trường Phổ thông dân tộc
# bán trú | Tiểu học và THCS …"; VLSP 2018 tags "Trường Phổ thông Dân tộc bán trú Tiểu học và
# Trung học cơ sở Hầu Thào" whole, twice), in full or by its initials.
_BOARDING_SCHOOLS = (
    ("phổ", "thông", "dân", "tộc", "bán", "trú"),
    ("phổ", "thông", "dân", "tộc", "nội", "trú"),
    ("ptdtbt",),
    ("ptdtnt",),
)


def _opens_a_school(syls: list[Syllable], k: int) -> bool:
    """Does the school's head ("Trường"), alone or with the boarding kind after it, end right
    before ``k``?"""
    for kind in ((), *_BOARDING_SCHOOLS):
        head = k - len(kind) - 1
        if (
            head >= 0
            and syls[head].text in ("Trường", "trường")
            and tuple(s.text.lower() for s in syls[head + 1 : k]) == kind
        ):
            return True
    return False


# What a school is, in lower case between its level and its name ("Trường THPT | chuyên | Lê
# Hồng Phong", "Trường THPT | dân lập | Đinh Tiên Hoàng"; VLSP 2018 tags both ORG whole).
_SCHOOL_KINDS = (("chuyên",), ("dân", "lập"), ("tư", "thục"), ("bán", "công"), ("năng", "khiếu"))


def _school_kind_at(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of a school's kind at ``j`` right after its level's head, a capitalized name
    after it; else 0."""
    size = next(
        (
            len(kind)
            for kind in _SCHOOL_KINDS
            if tuple(s.text for s in syls[j : j + len(kind)]) == kind
            and j + len(kind) < len(syls)
            and is_name_syllable(syls[j + len(kind)])
        ),
        0,
    )
    # the level's head is looked up only where a kind stands: this runs at each syllable of a name
    if not size or not any(
        (level := lex.heads_lower.get(tuple(s.text.lower() for s in syls[j - n : j]))) is not None
        and level.kind == "education"
        for n in (1, 2, 3)
        if j >= n
    ):
        return 0
    return size


def _lower_school_level(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of a school level written in lower case at ``j`` ("tiểu học"), else 0."""
    for n in (3, 2):  # a level has two words or more ("tiểu học", "mầm non"); "trường" is the school
        words = tuple(s.text for s in syls[j : j + n])
        head = lex.heads_lower.get(words) if len(words) == n and all(w.islower() for w in words) else None
        if head is not None and head.kind == "education":
            return n
    return 0


def _named_after(syls: list[Syllable], k: int) -> bool:
    """Does a capitalized word of letters stand at ``k``?"""
    return k < len(syls) and syls[k].is_upper_initial and syls[k].is_alpha


def _bare_head_before(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a head of one word, or one that names a whole body, end right before ``j``? Fields
    are joined inside a name ("Ban Tuyên giáo | và Dân vận"); "Trường | và Bắc", "Chính phủ |
    và Chương trình" join none."""
    before = [s.text for s in syls[max(0, j - 3) : j]]
    return any(n == 1 or head.national for n, head in trailing_heads(before, lex))


# The scope a name ends in: national, central, international, world ("Viện Dinh dưỡng Quốc gia",
# "Quỹ Tiền tệ Quốc tế", "Tổ chức Y tế Thế giới").
SCOPES = (("Quốc", "gia"), ("Trung", "ương"), ("Quốc", "tế"), ("Thế", "giới"))
LOWER_SCOPES = tuple(tuple(w.lower() for w in scope) for scope in SCOPES)


def _scope_ends_at(syls: list[Syllable], j: int) -> bool:
    """Does a capitalized scope ("Quốc gia", "Trung ương", "Quốc tế") end the name's capitalized
    run at ``j`` ("Viện Dinh dưỡng Quốc gia | khuyến cáo …", "Quỹ Tiền tệ Quốc tế | khuyến nghị
    …")? It closes the name: no field follows it in lower case."""
    return j >= 2 and tuple(s.text for s in syls[j - 2 : j]) in SCOPES


def _one_sentence_case_word(syls: list[Syllable], begin: int, j: int) -> bool:
    """Is ``syls[begin:j]`` one word in sentence case after the head: a capital, then lower
    case only ("An toàn", "Nguồn", "Dịch vụ"), not a name ("GD-ĐT Phùng Xuân Nhạ")?"""
    return is_name_syllable(syls[begin]) and all(s.is_alpha and not s.is_upper_initial for s in syls[begin + 1 : j])


def _sentence_case_word_after_about(syls: list[Syllable], begin: int, j: int) -> bool:
    """Does one word in sentence case after "về" end the capitalized run at ``j`` ("Quỹ Quốc tế
    về | Bảo tồn | thiên nhiên", "Ủy ban Liên chính phủ về | Biến đổi | khí hậu")? What it is
    about goes on in lower case as a field in sentence case does."""
    about = next((k for k in range(j - 1, begin - 1, -1) if syls[k].text == "về"), None)
    return about is not None and about + 1 < j and _one_sentence_case_word(syls, about + 1, j)


def _tail_of_a_word(syls: list[Syllable], begin: int, j: int, after: int, lex: Lexicons) -> bool:
    """May a lower-case tail ``j`` … ``after`` follow ``syls[begin:j]``: a word the dictionary
    knows ("Cục An toàn | thông tin"), or a brand where a name ends the tail ("Bank | of |
    China")? A brand's name ends with it: the lower case after it is what the body does."""
    if j - begin > 1 or lex.dictionary.known_word(syls[begin:j]) is not False:
        return True
    # "Quỹ đầu tư VinaCapital | và hãng xe VinFast": after a brand, "và" joins another body
    return syls[j].text != "và" and after < len(syls) and is_name_syllable(syls[after])


def _sentence_case_words_end_at(syls: list[Syllable], begin: int, j: int, lex: Lexicons) -> bool:
    """Do two or more words in sentence case, each one the dictionary knows, end the name's
    capitalized run at ``j`` ("Ban QLDA | Đầu tư Xây dựng | công trình dân dụng …"), not a
    person's or a place's name ("… Phùng Xuân Nhạ")?"""
    for start in range(j - 2, begin - 1, -1):
        if not syls[start].is_upper_initial:
            continue
        r, words = start, 0
        while r < j and _sentence_case_word(syls, r, lex):
            r = _capitalized_word_at(syls, r, lex)
            words += 1
            if r + 1 < j and syls[r].text in ("và", "-", "–") and _sentence_case_word(syls, r + 1, lex):
                # "Gây mê | và | Hồi sức | ngoại khoa", "Vệ sinh | - | Y tế | công cộng": fields
                # joined in sentence case
                r += 1
        if r == j and words >= 2:
            return True
    return False


def _stops_a_lower_tail(syls: list[Syllable], k: int, lex: Lexicons, title_starts: set[int]) -> bool:
    """Does the lower-case syllable ``k`` end a name's lower-case run: a closed-class word, one
    that opens what follows a name ("cho", "tổ chức"), or where a title begins?"""
    word = syls[k].text
    return word in _BRIDGE_STOP or word in FUNCTION_WORDS or word in lex.after_org_words or k in title_starts


def _lower_name_word(syls: list[Syllable], k: int, lex: Lexicons, title_starts: set[int]) -> bool:
    """May the lower-case syllable ``k`` stand inside a name: no word that ends a run, no verb or
    predicate, no administrative unit (which names a place after it)?"""
    return not (
        _stops_a_lower_tail(syls, k, lex, title_starts)
        or predicate_begins_at(syls, k, lex)
        or match_phrase(syls, k, lex.admin_units, lex)
    )


_MAX_NATIONAL_TAIL = 6  # syllables before "quốc gia": "Trung tâm Giám sát | an toàn không gian mạng | quốc gia"


def _tail_to_national_scope(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """Where a lower-case tail ends that runs from ``j`` to "quốc gia" (national) and the end of a
    phrase, a name or the predicate, after a body's one field in sentence case ("Trung tâm Điều
    phối | ghép tạng quốc gia", "Trung tâm Giám sát | an toàn không gian mạng quốc gia"): the
    national scope closes the name, so a verb ("ghép") or a word that makes a word with the next
    ("không gian", space) inside it is the name's. Else 0."""
    k, joined = j, False
    while k + 1 < len(syls) and k - j <= _MAX_NATIONAL_TAIL and syls[k].is_alpha and not syls[k].is_upper_initial:
        if k > j and (syls[k].text, syls[k + 1].text) == _NATIONAL:
            end = k + 2
            closed = _ends_a_phrase(syls, end) or syls[end].text == "(" or is_name_syllable(syls[end])
            return end if closed or predicate_begins_at(syls, end, lex) or _tense_at(syls, end) else 0
        word = syls[k].text
        if word == "và" and k > j and not joined:
            joined = True
        elif (word in _BRIDGE_STOP or word in FUNCTION_WORDS) and not _lower_word_of_two(syls, k, lex):
            return 0
        k += 1
    return 0


def _sentence_case_tail(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """A name in sentence case goes on in lower case after its capitalized words ("Cục An toàn
    | thông tin", "Trạm Dịch vụ | nông nghiệp Văn Yên"): up to four lower-case syllables that
    are no function word, verb or word that opens a predicate, ending where a capitalized name
    or a unit follows. Returns the index after the tail, else ``j``."""
    k = j
    joined = False  # "Đầu tư | và xây dựng giao thông | Phương Thành": two lines of work, then the name
    through_a_verb = False
    dashes = 0
    capitalized = 0  # syllables of a field in sentence case after "và", which the tail's length leaves out
    while (
        k < len(syls)
        and k - j < _MAX_TAIL + 2 * joined + dashes + capitalized
        and (syls[k].is_alpha or (k > j and syls[k].text in ("-", "–")))
        and not syls[k].is_upper_initial
    ):
        word = syls[k].text
        if k - 2 >= j and tuple(s.text for s in syls[k - 2 : k]) in LOWER_SCOPES:
            # "Quỹ Phát triển | khoa học và công nghệ quốc gia | chi nhánh …", "Liên minh Nghị viện |
            # thế giới | đề xuất …": a scope ends it
            break
        if k > j and _joins_a_body(syls, k, lex):
            break  # "Cục Biến đổi | khí hậu | và Viện Khoa học …": "và" joins another body
        if word == "và" and k + 1 < len(syls) and officer_rank_at(syls, k + 1, lex):
            return j  # "Phòng Cảnh sát hình sự | và Thiếu tá Phạm Minh Đức": a person, as after "và ông"
        if (
            word == "và"
            and not joined
            and k + 1 < len(syls)
            and syls[k + 1].is_alpha
            and (k > j or not syls[k + 1].is_upper_initial)  # "Đầu tư | và xây dựng …"; "và Công ty …" is another body
        ):
            joined = True
            k += 1
            if syls[k].is_upper_initial and _sentence_case_word(syls, k, lex):
                after = _capitalized_word_at(syls, k, lex)  # "… thương mại và | Dịch vụ | du lịch Bài Thơ"
                capitalized, k = after - k, after
            continue
        if k > j and (
            (word == "cho" and predicate_begins_at(syls, k, lex))
            or acts_at(syls, k, lex)
            or (word in _PREDICATE_OPENERS and k + 1 < len(syls) and predicate_begins_at(syls, k + 1, lex))
        ):
            # "Cục Thuế xuất nhập khẩu | cho biết", "… thị trường | khẳng định", "… | sớm sửa đổi":
            # the predicate begins, the tail ends
            break
        if k > j and _copula_to_a_person(syls, k, lex):
            break  # "Cục trưởng Cục Quản lý giá | là ông Phạm Văn Hòa": the post's holder follows
        if k > j and _owner_follows(syls, k):
            break  # "Hội đồng Tư vấn chính sách | của Thủ tướng": the body it belongs to follows
        if k > j and _tense_at(syls, k):
            break  # "Quỹ Nghĩa tình đồng đội | đã hỗ trợ …": the predicate begins
        modifier = match_phrase(syls, k, lex.name_modifiers, lex) if k > j else 0
        if modifier:
            k += modifier  # "Trường Phổ thông | dân tộc nội trú | THCS …": "nội trú" (boarding), tagged a verb
            continue
        if k > j and _now_called_at(syls, k):
            break  # "Tổng cục Quản lý thị trường | nay là Cục …": what it is called now follows
        if (
            k + 1 < len(syls)
            and _stops_a_lower_tail(syls, k + 1, lex, title_starts)
            and syls[k + 1].text not in _TIME_ENDS  # "… | chiều nay cho biết": a time, not the name
            and not _stops_a_lower_tail(syls, k, lex, title_starts)
            and not predicate_begins_at(syls, k, lex)
            and not acts_at(syls, k, lex)  # "cam | kết" (to pledge)
            and _lower_word_of_two(syls, k, lex)
            and syls[k].word == syls[k + 1].word  # "đại biểu | đề xuất": not "biểu đề"
        ):
            k += 2  # "hàng | không" (aviation) is one word, not "không" (not)
            continue
        if _stops_a_lower_tail(syls, k, lex, title_starts):
            if capitalized and word != "và":
                break  # "… và Chăm sóc | sức khỏe sinh sản | đã …": a field in sentence case made it one name
            return j
        if lex.is_honorific(word) and k + 1 < len(syls) and is_name_syllable(syls[k + 1]):
            return j  # "Bộ Công an | và ngài Sugi Ryotaro": a person, not the body's line of work
        if word in ("-", "–"):
            if k + 1 < len(syls) and syls[k + 1].is_alpha and syls[k + 1].text.islower():
                k += 1  # "Phòng Cảnh sát giao thông đường bộ - | đường sắt"
                dashes += 1
                continue
            break
        pair = " ".join(s.text for s in syls[k : k + 2])
        acts = acts_at(syls, k, lex)  # "Trung tâm … quốc gia | dự báo"
        if (
            word in lex.verbs
            and pair not in lex.verbs
            and _lower_word_of_two(syls, k, lex)
            and not acts
            and not _stops_a_lower_tail(syls, k + 1, lex, title_starts)  # "kể | lại", "nhớ | lại": a verb's particle
        ):
            k += 2  # "thương" is a verb, "thương mại" (trade) a noun
            continue
        if predicate_begins_at(syls, k, lex) or acts:
            # a word the tagger seldom reads as a verb (nominal_words.txt) is none, wherever it
            # stands in the tail ("Y tế | công cộng", "Ban Hỗ trợ | chất lượng giáo dục đại học",
            # where the segmenter, reading only near capitals, may have left it two words);
            # "quy định" may be one ("Bộ Công thương | cắt giảm điều kiện …")
            nominal = k > j and f"{syls[k - 1].text} {syls[k].text}" in lex.nominal_words
            if k > j and _lower_word_of_two(syls, k - 1, lex) and (syls[k - 1].word == syls[k].word or nominal):
                k += 1  # "công | trình": the second syllable of a noun, not the verb "trình" (but see below)
                through_a_verb = through_a_verb or not nominal
                continue
            return j
        unit = match_phrase(syls, k, lex.admin_units, lex)
        if unit and not (unit == 1 and _lower_word_not_a_unit(syls, k, lex)):
            return k if k > j else j  # "Quỹ Vì | người nghèo | tỉnh": the unit goes on in extend_name
        k += 1
    if k == j:
        return j
    numbered = _unit_number_closes(syls, k, lex)  # "Xây dựng | công trình giao thông | 8 cho biết"
    national = tuple(s.text for s in syls[k - 2 : k]) in LOWER_SCOPES  # "… | khoa học và công nghệ quốc gia"
    if (
        through_a_verb
        and not numbered
        and not national
        and not capitalized  # "… dự phòng và Y tế | công cộng": a field in sentence case after "và"
        and not (k < len(syls) and (is_name_syllable(syls[k]) or _locality_follows(syls, k, lex)))
    ):
        return j  # "Bộ Tài chính | quy định, …": a verb after all, unless a name, place or scope ends the tail
    if joined:  # only a name after them, or a national scope, shows the two lines of work are one body's
        if national:
            return k  # "Quỹ Phát triển | khoa học và công nghệ quốc gia"
        short = _one_word_bracket(syls, k) if k < len(syls) and syls[k].text == "(" else None
        if short is not None and is_abbreviation(short):
            return k  # "Viện Nghiên cứu | kinh tế và chính sách | (VEPR)": its short form closes the name
        if capitalized and (
            k >= len(syls)
            or syls[k].text in (",", ".", ";", ":", ")", "(", "-", "–")
            or _stops_a_lower_tail(syls, k, lex, title_starts)
            or predicate_begins_at(syls, k, lex)
        ):
            return k  # "Trung tâm Hỗ trợ | phụ nữ và Chăm sóc sức khỏe sinh sản | đã …"
        return k if k < len(syls) and is_name_syllable(syls[k]) and k not in title_starts else j
    if k >= len(syls) or syls[k].text in (",", ".", ";", ":", ")", "(", "-", "–") or head_at(syls, k, lex) is not None:
        return k
    if numbered or _copula_to_a_person(syls, k, lex) or _owner_follows(syls, k) or _now_called_at(syls, k):
        return k
    if _joins_a_body(syls, k, lex):
        return k
    if is_name_syllable(syls[k]) and k not in title_starts:
        return k
    if predicate_begins_at(syls, k, lex) or acts_at(syls, k, lex) or syls[k].text in PREDICATE_ADVERBS:
        return k  # "Trung tâm Dự báo khí tượng thủy văn quốc gia | cho biết": the predicate begins
    if _tense_at(syls, k):
        return k  # "Quỹ Bảo trợ trẻ em | sẽ hỗ trợ": a tense, then the predicate
    if _locality_follows(syls, k, lex) or _short_place_at(syls, k, lex):
        # "… Xây dựng công trình dân dụng | TP Hà Nội", "Bệnh viện Chấn thương chỉnh hình |
        # TP.HCM": the place it serves, its unit short
        return k
    return j


def whole_field_name(name: str, lex: Lexicons) -> bool:
    """Is ``name`` a ministry or a provincial department by its whole field ("Bộ Y tế", "Sở Văn
    hóa, Thể thao và Du lịch"; state_fields.txt), which no lower-case word goes on?"""
    head, _, field = name.partition(" ")
    return head in _WHOLE_FIELD_HEADS and tuple(_FIELD_TOKEN.findall(field.lower())) in lex.state_fields


_FIELD_TOKEN = re.compile(r"\w+|[^\w\s]")


def _lower_word_not_a_unit(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does a lower-case unit of one syllable at ``k`` make a word of the dictionary with the next
    ("xã hội", society), which is no body ("huyện ủy" is one), or end one with the one or two
    before ("văn bản", a document; "nông thôn", the countryside; "hợp tác xã", a cooperative)?"""
    if syls[k].is_upper_initial:
        return False
    # (not where the syllable before ends a capitalized word: "Sở Dân tộc và Tôn giáo | tỉnh", though
    # the dictionary also lists "giáo tỉnh")
    ends_a_capitalized_word = k >= 2 and syls[k - 2].is_upper_initial and lex.dictionary.known_word(syls[k - 2 : k])
    if k >= 1 and not ends_a_capitalized_word and _lower_word_of_two(syls, k - 1, lex):
        return True
    if (
        k >= 2
        and not any(s.is_upper_initial for s in syls[k - 2 : k])
        and lex.dictionary.known_word(syls[k - 2 : k + 1])
    ):
        return True
    return _lower_word_of_two(syls, k, lex) and (syls[k].text.capitalize(), syls[k + 1].text) not in lex.org_heads


def _joins_a_body(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does "và" at ``k`` join another body's head ("… | và Viện Khoa học …")?"""
    return syls[k].text == "và" and k + 1 < len(syls) and head_at(syls, k + 1, lex) is not None


_MAX_TAIL_TO_SHORT_FORM = 8  # syllables: "Trung tâm Giám sát | an toàn không gian mạng quốc gia | (NCSC)"


def _tail_to_short_form(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """Where a lower-case tail ends that runs from ``j`` straight into the name's short form in
    brackets ("Tổng công ty Đầu tư và Kinh doanh | vốn nhà nước | (SCIC)"): the short form shows
    the words before it are the name's. Up to six syllables that are no function word, verb,
    predicate or unit, or any words whose initials the short form spells ("Ban Quản lý | dự án
    | (QLDA)", where "dự" alone is a verb); returns the index of the bracket, else ``j``."""
    k = j
    while k < len(syls) and k - j < _MAX_TAIL_TO_SHORT_FORM and syls[k].is_alpha and not syls[k].is_upper_initial:
        k += 1
    short = _one_word_bracket(syls, k) if k > j else None
    if short is None or not is_abbreviation(short):
        return j
    if _initials_of_words_before(syls, k) or all(
        _lower_name_word(syls, x, lex, title_starts) or _inside_a_compound(syls, x) for x in range(j, k)
    ):
        return k
    return j


def _inside_a_compound(syls: list[Syllable], x: int) -> bool:
    """Is syllable ``x`` part of a word of several syllables ("không | gian", space), so not the
    function word it is alone ("không", not)?"""
    return any(0 <= y < len(syls) and syls[y].word == syls[x].word for y in (x - 1, x + 1))


def _after_office(syls: list[Syllable], j: int) -> bool:
    """Does "Văn phòng" end right before ``j`` (the office of the bodies named from there)?"""
    return j >= 2 and syls[j - 2].text.lower() == "văn" and syls[j - 1].text.lower() == "phòng"


def _name_case_before(syls: list[Syllable], j: int, begin: int, lex: Lexicons) -> bool:
    """Do the two syllables before ``j`` (inside the name) both begin with a capital, as a
    person's or a place's name does ("Quốc hội Trần Thanh Mẫn | và Lãnh đạo …"), or is the one
    before it a place written in capitals ("TPHCM")? Fields joined by "và" inside a name are in
    sentence case ("Thông tin | và Truyền thông")."""
    if j - 2 < begin:
        return False
    a, b = syls[j - 2], syls[j - 1]
    if b.text.isupper() and names_a_place(b.text, lex):
        return True  # "Đại học Y Dược TPHCM | và Khoa Dược": a city written short ends the name too
    return (
        a.is_upper_initial and a.is_alpha and b.is_upper_initial and b.is_alpha
        and not a.text.isupper() and not b.text.isupper()
        and head_at(syls, j - 2, lex) is None
    )  # fmt: skip


def _comma_listed_fields(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """Where a list of fields in sentence case that a name holds ends, when a comma at ``j``
    opens it ("Kinh tế, Hạ tầng và Đô thị", "Văn hóa, Khoa học, Giáo dục và Thể thao"): each
    item one word in sentence case (no name, no head of another body, no title), the last one
    after "và", or going on in lower case to the place served ("Dịch vụ, Hỗ trợ nông nghiệp
    Văn Yên"). Returns 0 where that is not what follows."""
    if syls[j].text != ",":
        return 0
    k = j
    while k < len(syls) and syls[k].text in (",", "và"):
        last = syls[k].text == "và"
        field = k + 1
        if field >= len(syls) or field in title_starts or head_at(syls, field, lex) is not None:
            return 0
        if _rank_at(syls, field, lex):
            return 0
        if not _sentence_case_word(syls, field, lex):
            return 0
        k = _capitalized_word_at(syls, field, lex)
        if last:
            return k if k > j else 0
        if k < len(syls) and syls[k].text != "và" and syls[k].is_alpha and not syls[k].is_upper_initial:
            # "Trạm Dịch vụ, Hỗ trợ | nông nghiệp | Văn Yên": the last field goes on to the place served
            place = _line_of_work_to_place(syls, k, lex, title_starts)
            return place if place > k else 0
    return 0


def _short_form_before_place(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The index after a short form in brackets at ``j`` that stands between a body's fields
    and its unit and place ("Sở Tài nguyên và Môi trường | (TN&MT) | tỉnh Nghệ An"), its
    country or place, or its scope ("… (ATGT) | Quốc gia"); else 0."""
    if j + 4 >= len(syls) or syls[j].text != "(" or syls[j + 2].text != ")" or not is_abbreviation(syls[j + 1].text):
        return 0
    unit = match_phrase(syls, j + 3, lex.admin_units, lex)
    if unit and j + 3 + unit < len(syls) and is_name_syllable(syls[j + 3 + unit]):
        return j + 3
    # "Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) | Việt Nam", "Ủy ban An toàn giao thông (ATGT) | Quốc gia"
    for table in (lex.countries, lex.places, lex.name_modifiers):
        if match_phrase(syls, j + 3, table, lex, ignore_case=table is lex.name_modifiers):
            return j + 3
    # "Viện Nghiên cứu Phát triển (NCPT) | Du lịch", "Ban Quản lý dự án (QLDA) | Đầu tư Xây dựng …":
    # the short form of the words just before it, and the name goes on in sentence case
    if (
        _initials_of_words_before(syls, j)
        and is_name_syllable(syls[j + 3])
        and not is_surname(syls[j + 3], lex)
        and not looks_foreign_name(syls[j + 3].text)  # "Liên hợp quốc (LHQ) | Antonio Guterres": its head
        and head_at(syls, j + 3, lex) is None
    ):
        return j + 3
    return 0


def _initials_of_words_before(syls: list[Syllable], j: int) -> bool:
    """Is the short form in brackets at ``j`` the initials of the syllables right before it
    ("Nghiên cứu Phát triển (NCPT)")?"""
    letters = [c for c in syls[j + 1].text if c.isalpha()]
    n = len(letters)
    if n < 2 or j < n:
        return False
    before = syls[j - n : j]
    # the letter without its tone or vowel mark: "án" gives the A of "QLDA"
    return all(s.is_alpha for s in before) and _initials([s.text for s in before]) == [c.upper() for c in letters]


def _initials(words: Sequence[str]) -> list[str]:
    """The words' first letters in capitals without tone or vowel marks ("án" gives the A of "QLDA")."""
    return [_base_letter(w[0]) for w in words]


def _base_letter(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].upper()


def is_abbreviation(word: str) -> bool:
    """An all-capitals abbreviation ("NHNN", "HĐQT", "GD&ĐT", "LĐ-TB&XH", "TP.HCM")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_INNER_SHORT_FORM = re.compile(r" \([^\s()]{2,15}\)(?= )")


def without_inner_short_form(name: str) -> str:
    """A body's name as the record gives it, without the short form written inside it:
    "Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Thanh Hóa" -> "Sở Giáo dục và Đào tạo tỉnh Thanh Hóa"."""
    return _INNER_SHORT_FORM.sub("", name)


def _head_ending_at(syls: list[Syllable], j: int, lex: Lexicons) -> int | None:
    """Where a head that is no whole national body ("Bộ Chính trị | nhấn mạnh …") and ends at
    ``j`` begins, else None."""
    for x in range(max(0, j - 5), j):
        head = head_at(syls, x, lex)
        if head is not None and x + len(head.words) == j:
            return None if head.national else x
    return None


def _capitalized_head_ends_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a head written with its capital ("Ban Quản lý dự án", not "công trường") end at ``j``,
    one that a line of work may follow?"""
    x = _head_ending_at(syls, j, lex)
    return x is not None and syls[x].is_upper_initial


def _sentence_case_head_ends_at(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a head of two words or more, its later words capitalized as a name's ("Ban Quản
    lý", "Ban Chỉ huy", not "Trung tâm" nor "Hội"), end at ``j``? Its lower-case line of work
    needs no place after it to be the name's, as a field in sentence case does not ("Ban Quản
    lý | dự án đường sắt")."""
    x = _head_ending_at(syls, j, lex)
    return x is not None and _head_in_sentence_case([s.text for s in syls[x:j]])


def _head_in_sentence_case(head: Sequence[str]) -> bool:
    """Is ``head`` of two words or more, its later words capitalized as a name's ("Ban Quản lý",
    "Ban Chỉ huy")?"""
    return len(head) > 1 and any(w[:1].isupper() for w in head[1:])


# The longest line of work in lower case between a name in sentence case and its place.
_MAX_LINE_OF_WORK = 10


def _line_of_work_to_place(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """A name in sentence case that goes on with a line of work in lower case, verbs and all,
    to the place it serves ("Ban Quản lý | dự án đầu tư xây dựng công trình dân dụng | Hà Nội"):
    the index where the place begins; else ``j``."""
    # "Ban Quản lý | các khu công nghiệp | tỉnh Bắc Giang": "các" opens the line of work's object
    plural = syls[j].text == "các" and j + 1 < len(syls) and syls[j + 1].is_alpha and syls[j + 1].text.islower()
    unit = _unit_after_line_of_work(syls, j + plural, lex, title_starts)
    if unit:
        return unit  # "… công trình giao thông | thành phố Hà Nội": the place with its unit word
    k = legal_form_bridge(syls, j + plural, lex, title_starts, longest=_MAX_LINE_OF_WORK)
    if k == j + plural:
        return j
    for table in (lex.places, lex.localities):
        if match_phrase(syls, k, table, lex):
            return k
    return k if k < len(syls) and _short_place_at(syls, k, lex) else j  # "… kiểm sát | TP.HCM"


def _unit_after_line_of_work(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """Where a locality's unit and name ("thành phố Hà Nội", "tỉnh Nghệ An") begin after a line
    of work in lower case of at least two syllables that opens at ``j``; else 0."""
    k = j
    while k < len(syls) and k - j <= _MAX_LINE_OF_WORK and syls[k].is_alpha and not syls[k].is_upper_initial:
        if syls[k].text in _BRIDGE_STOP or k in title_starts:
            return 0
        if k - j >= 2 and _locality_follows(syls, k, lex):
            return k
        if k - j >= 2 and _bare_unit_ends_name(syls, k, lex):
            return k
        k += 1
    if (
        k - j >= 2
        and k < len(syls)
        and syls[k].is_upper_initial
        and not is_abbreviation(syls[k].text)  # "… hành chính TP. | Dự kiến": a sentence may end at "TP."
        and _locality_follows(syls, k, lex)
    ):
        return k  # "… nghiệp vụ kiểm sát | Thành phố Hồ Chí Minh": the unit word spelled out, capitalized
    return 0


def clause_verb_at(words: Sequence[str], lex: Lexicons) -> bool:
    """Do ``words`` open with a verb that begins the predicate after a name ("phát biểu", "chủ
    trì", "kiểm tra"; clause_verbs.txt)?"""
    if not words or not words[0].islower():
        return False  # "Ủy ban | Kiểm tra Trung ương": capitalized, a name's word
    return any(" ".join(words[:n]) in lex.clause_verbs for n in (1, 2) if len(words) >= n)


def acts_at(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does a verb of clause_verbs.txt begin at syllable ``k`` (:func:`clause_verb_at`)?"""
    return clause_verb_at([s.text for s in syls[k : k + 2]], lex)


def predicate_begins_at(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does a verb, or a word that opens what follows a name, begin at ``k`` ("… thiên tai |
    đánh giá cao")?"""
    word = syls[k].text
    pair = f"{word} {syls[k + 1].text}" if k + 1 < len(syls) else word
    return word in lex.after_org_words or word in lex.verbs or pair in lex.verbs or pair in lex.appointing_verbs


def _lower_word_of_two(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Do syllables ``k`` and ``k + 1``, both in lower case, make one word of the dictionary?"""
    return (
        k + 1 < len(syls)
        and syls[k + 1].is_alpha
        and not syls[k + 1].is_upper_initial
        and bool(lex.dictionary.known_word(syls[k : k + 2]))
    )


# (and the State Audit's specialized departments by their number: "Kiểm toán Nhà nước chuyên
# ngành IV", as its regional ones are "… khu vực I")
_ZONE_WORDS = (("khu", "vực"), ("cơ", "sở"), ("chuyên", "ngành"))
_ROMAN = re.compile(r"[IVXL]+")


_BRANCH = "chi nhánh"  # a body's branch, named by the place or region it serves: another body


def _branch_at(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of "chi nhánh" at ``j`` where the place or region it serves follows (a unit and
    its name, a region's number, a known place): a branch of the body before it, even of one
    whose head names it whole ("Ngân hàng Nhà nước | chi nhánh tỉnh Nghệ An", "… | Chi nhánh
    Khu vực 1", the central bank's regional branches since 2025); else 0."""
    if j + 2 >= len(syls) or " ".join(s.text.lower() for s in syls[j : j + 2]) != _BRANCH:
        return 0
    k = j + 2
    unit = match_phrase(syls, k, lex.admin_units, lex)
    if unit and k + unit < len(syls) and syls[k + unit].is_upper_initial:
        return 2
    if _numbered_zone(syls, k, lex) or match_phrase(syls, k, lex.places, lex):
        return 2
    return 0


def _numbered_zone(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of "khu vực XII" / "cơ sở 3" / "chuyên ngành IV" at ``j`` (an office's region or
    line of work by its number), or of "cơ sở Hoàn Kiếm" (the social security offices below the
    regions, named by the former district they serve: Quyết định 391/QĐ-BHXH, 2025), else 0."""
    if j + 2 >= len(syls):
        return 0
    if tuple(s.text.lower() for s in syls[j : j + 3]) == _RESIDENTIAL_AREA:
        return _residential_area(syls, j, lex)
    zone = tuple(s.text.lower() for s in syls[j : j + 2])
    if zone not in _ZONE_WORDS:
        return 0
    number = syls[j + 2].text
    if number.isdigit() or _ROMAN.fullmatch(number):
        return 3
    if zone == ("cơ", "sở") and syls[j + 2].is_upper_initial:
        named = match_phrase(syls, j + 2, lex.localities, lex)
        return 2 + named if named else 0
    return 0


# A ward's residential area, where its front's work committee sits ("Ban Công tác Mặt trận khu
# dân cư số 5", "… khu dân cư Trung Hòa"): named by its number or the old place it covers.
_RESIDENTIAL_AREA = ("khu", "dân", "cư")


def _residential_area(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of "khu dân cư" and its number or place at ``j`` ("khu dân cư | số 5",
    "khu dân cư | 12", "khu dân cư | Trung Hòa"), else 0."""
    k = j + len(_RESIDENTIAL_AREA)
    if _numbered_after_so(syls, k):
        return k + 2 - j
    if k < len(syls) and syls[k].text.isdigit():
        return k + 1 - j
    named = match_phrase(syls, k, lex.localities, lex) or match_phrase(syls, k, lex.places, lex)
    return k + named - j if named else 0


def _place_follows(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a locality ("tỉnh Nghệ An", "TP HCM", "TP.HCM", "phường 12"), a numbered region ("khu vực
    XII", "cơ sở 3"), a country (the national office: "Bảo hiểm xã hội Việt Nam"), a number
    ("Tổ công tác | số 9") or a bound owner ("Tổ công tác | của Thủ tướng Chính phủ") begin at ``j``?"""
    if j >= len(syls):
        return False
    if syls[j].text == "số":
        return _numbered_after_so(syls, j)
    if syls[j].text == "của":
        return bool(match_phrase(syls, j, lex.bound_names, lex))
    return (
        bool(_numbered_zone(syls, j, lex) or match_phrase(syls, j, lex.countries, lex))
        or _locality_follows(syls, j, lex)
        or _short_place_at(syls, j, lex)  # "Thuế | TP.HCM", the city written short in one token
    )


def _numbered_after_so(syls: list[Syllable], j: int) -> bool:
    """Does "số" and a number begin at ``j`` ("Tổ dân phố | số 17", "Tổ công tác | số 9")?"""
    return syls[j].text == "số" and j + 1 < len(syls) and syls[j + 1].text[:1].isdigit()


def _locality_follows(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a locality's unit with its name or number ("tỉnh Nghệ An", "phường 12") begin at ``j``?"""
    unit = match_phrase(syls, j, lex.admin_units, lex)
    return (
        bool(unit) and j + unit < len(syls) and (syls[j + unit].is_upper_initial or _numbered_unit(syls, j + unit, lex))
    )


def _bare_unit_ends_name(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a unit word with no name ("tỉnh", "thành phố") begin at ``j`` and end the clause or
    come before its verb ("… các khu công nghiệp | tỉnh | cho biết"): the place said before?"""
    unit = match_phrase(syls, j, lex.admin_units, lex)
    k = j + unit
    return (
        bool(unit)
        and syls[j].text.islower()
        and (_ends_a_phrase(syls, k) or predicate_begins_at(syls, k, lex) or acts_at(syls, k, lex))
    )


def _short_place_at(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Is syllable ``k`` a city or province written short with its unit, in one token ("TP.HCM")?"""
    return is_abbreviation(syls[k].text) and names_a_place(syls[k].text, lex)


def _zone_province(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of " - Lâm Đồng" after a numbered region: the regional courts set up in 2025
    (Resolution 81/2025/UBTVQH15: "TAND khu vực 1 - Hà Nội") and their procuracies name their
    province after a dash."""
    if j + 1 >= len(syls) or syls[j].text not in ("-", "–"):
        return 0
    n = place_or_locality_at(syls, j + 1, lex)
    if not n and _short_place_at(syls, j + 1, lex):
        n = 1  # "TAND khu vực 7 - | TP.HCM": the city written short
    unit = 0 if n else match_phrase(syls, j + 1, lex.admin_units, lex)
    if unit and (named := place_or_locality_at(syls, j + 1 + unit, lex)):
        n = unit + named  # "TAND khu vực 3 - | TP Hồ Chí Minh": the city with its unit
    return 1 + n if n else 0


def _numbered_unit(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Is a ward's or district's number at ``k``, ending the phrase ("quận 3,", "phường 12 (",
    "phường 5 | đã bắt giữ": the clause's verb after it, no count of things; "quận 1 | - cho
    biết": the dash that closes an apposition, not one of a range "quận 1 - 3")?"""
    return (
        k < len(syls)
        and syls[k].text.isdigit()
        and len(syls[k].text) <= 2
        and (
            _ends_a_phrase(syls, k + 1)
            or syls[k + 1].text == "("
            or syls[k + 1].is_upper_initial
            or predicate_begins_at(syls, k + 1, lex)
            or (syls[k + 1].text in ("-", "–") and not (k + 2 < len(syls) and syls[k + 2].text[:1].isdigit()))
        )
    )


def _copula_to_a_person(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does "là" at ``k`` link what comes before to a person ("… là ông Phạm Văn Hòa", "… là
    bà Lê Thị Hà")?"""
    return syls[k].text == "là" and k + 1 < len(syls) and lex.is_honorific(syls[k + 1].text)


def _owner_follows(syls: list[Syllable], k: int) -> bool:
    """Does "của" or "thuộc" at ``k`` name, capitalized, whom the body before it belongs to ("… |
    của Quốc hội", "… | của Thủ tướng", "Ban Công tác đại biểu | thuộc Ủy ban Thường vụ Quốc
    hội"; VLSP 2018 has no ORG span with "thuộc" inside, six before another ORG)?"""
    return syls[k].text in ("của", "thuộc") and k + 1 < len(syls) and is_name_syllable(syls[k + 1])


# Words a number after them dates or counts, never a body's own number.
_NUMBERED_TIMES = frozenset({"năm", "tháng", "ngày", "quý", "tuần", "giờ", "lần", "đợt", "kỳ", "khóa", "khoá"})


def _unit_number_closes(syls: list[Syllable], k: int, lex: Lexicons) -> bool:
    """Does a body's number of at most three digits stand at ``k`` and end its name, the phrase
    or the predicate after it ("Tổng công ty Xây dựng công trình giao thông | 8 | cho biết")?"""
    if k >= len(syls) or not syls[k].text.isdigit() or len(syls[k].text) > 3:
        return False
    if k > 0 and syls[k - 1].text.lower() in _NUMBERED_TIMES:
        return False  # "Phòng Bầu dục | hồi tháng 3.": a date, not the body's number
    after = k + 1
    return (
        _ends_a_phrase(syls, after)
        or predicate_begins_at(syls, after, lex)
        or head_at(syls, after, lex) is not None
        or is_name_syllable(syls[after])  # "… giao thông 8 | Lê Văn Bình", "… 115 | Nghệ An"
    )


_NATIONAL = ("quốc", "gia")


def _ends_a_phrase(syls: list[Syllable], k: int) -> bool:
    return k >= len(syls) or syls[k].text in (",", ".", ";", ":", ")", "và")


def _place_through_dash(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """Where a place whose own name holds the dash at ``j`` ends ("Bà Rịa - Vũng Tàu", and after
    its unit a ward's or a commune's: "phường Xuân Hương - Đà Lạt", as the 2025 reorganization
    named Đà Lạt's wards); 0 if none."""
    if syls[j].text not in ("-", "–"):
        return 0
    for r in range(max(0, j - 3), j):
        n = match_phrase(syls, r, lex.places, lex)
        if r + n <= j + 1 and any(r - m >= 0 and match_phrase(syls, r - m, lex.admin_units, lex) == m for m in (1, 2)):
            n = match_phrase(syls, r, lex.localities, lex)
        if r + n > j + 1:
            return r + n
    return 0


def _lower_case_field(syls: list[Syllable], begin: int, lex: Lexicons) -> int:
    """The length of a lower-case field right after its head at ``begin`` where the two make
    one of the names of ``lower_case_names.txt`` ("Ban | bầu cử đại biểu Quốc hội"); else 0."""
    for head_length in (1, 2, 3):
        if begin - head_length < 0:
            break
        n = match_phrase(syls, begin - head_length, lex.lower_case_names, lex, ignore_case=True)
        head = head_at(syls, begin - head_length, lex) if n > head_length else None
        if head is not None and len(head.words) == head_length:
            return n - head_length  # (the name opens at the head itself, not at a word before it)
    return 0


def _place_pair_through_dash(syls: list[Syllable], j: int, begin: int, lex: Lexicons) -> int:
    """Where the second of two places joined by the spaced dash at ``j`` ends, when the name
    ends in the first (:func:`place_pair_after_dash`); 0 if none."""
    if syls[j].text not in ("-", "–") or j + 1 >= len(syls) or j == 0:
        return 0
    if syls[j].start == syls[j - 1].end or syls[j + 1].start == syls[j].end:
        return 0  # "Hà Thế Hạnh-Tứ Hạ": an unspaced dash adds an address
    before = [s.text for s in syls[max(begin, j - 4) : j]]
    after = [s.text for s in syls[j + 1 : j + 9]]
    second = place_pair_after_dash(before, after, lex)
    return j + 1 + second if second else 0


def place_pair_after_dash(before: Sequence[str], after: Sequence[str], lex: Lexicons) -> int:
    """How many of the words ``after`` a spaced dash name the second of two places the dash
    joins, when the name's words ``before`` it end in the first ("Hội Hữu nghị Việt Nam - Lào",
    "Ngân hàng TMCP Sài Gòn - Hà Nội (SHB)"): the pair is the name's, as a friendship body's two
    countries are; 0 if none. The first must be a country or a well-known place (``places.txt``):
    a commune's name may also be a person's ("Trường THPT Chu Văn An - Hà Nội", where the place
    after the dash is an address), so a locality counts only when the name's short form in
    brackets follows the pair, which shows the pair is the name's."""
    tables = (lex.places, lex.countries, _BLOCS, lex.localities)
    second = next((n for n in (4, 3, 2, 1) if n <= len(after) and any(tuple(after[:n]) in t for t in tables)), 0)
    if not second:
        return 1 if _pair_with_viet(before, after[:1], lex) else 0
    if _pair_with_viet(before, after[:second], lex):
        return second
    rest = after[second : second + 5]
    # "(SHB)", "(SHS, HNX: SHS)": the name's short form first in the bracket; or "(HNX: SHS)",
    # "(HoSE: SHB)": a listed company's exchange and ticker, which show as much
    short_form = (
        len(rest) >= 3
        and rest[0] == "("
        and (
            (rest[2] in (")", ",") and is_abbreviation(rest[1]))
            or (len(rest) == 5 and rest[2] == ":" and rest[1][:1].isupper() and is_abbreviation(rest[3]))
        )
    )
    first_tables = tables if short_form else tables[:3]
    ends_in_place = any(tuple(before[-k:]) in t for k in (1, 2, 3, 4) if k <= len(before) for t in first_tables)
    return second if ends_in_place else 0


# Blocs that pair with a country as one would ("Hội đồng Kinh doanh Hoa Kỳ - ASEAN", "Trung tâm
# ASEAN - Nhật Bản", "Hội đồng Kinh doanh EU - ASEAN"): the bodies of a bloc's dialogue with a
# partner are named by the pair, and a short form alone after a dash is otherwise read as
# another body
_BLOCS = frozenset({("ASEAN",), ("EU",)})
_VIET = "Việt"
# Countries' one-syllable names written only in a pair with "Việt" ("Công ty Việt - Trung",
# "Bệnh viện Hữu nghị Việt - Xô"), not names of their own as "Nhật", "Nga" or "Lào" are
# (countries.txt). VLSP 2018's training articles write "Việt - Trung" 11 times (a company, a
# steel works, the border) and no other. "Hàn" and "Thái" are left out: family names too, they
# may begin the person after the body ("Trường Cao đẳng Việt - | Hàn Trần Văn Nam" is unsure).
_PAIRED_SHORT_NAMES = frozenset({("Trung",), ("Xô",)})


def _pair_with_viet(before: Sequence[str], after: Sequence[str], lex: Lexicons) -> bool:
    """Are the words either side of the dash "Việt", Việt Nam's short name in a pair, and a
    country ("Hội Hữu nghị Việt - Nhật", "Ngân hàng Liên doanh Việt - Nga", "Nhật - Việt")?"""

    def pairs(words: tuple[str, ...]) -> bool:
        return words in lex.countries or words in _PAIRED_SHORT_NAMES

    first, second = tuple(before[-1:]), tuple(after)
    if first == (_VIET,):
        return pairs(second)
    return second == (_VIET,) and any(pairs(tuple(before[-k:])) for k in (1, 2) if k <= len(before))


def _fields_written_short(syls: list[Syllable], dash: int, begin: int) -> bool:
    """Do two fields written short stand either side of a spaced dash ("Bộ GD | - | ĐT", "Sở KH
    - CN"), as they do unspaced in one token ("GD-ĐT")? The first is the name's own word."""
    return (
        dash - 1 >= begin
        and dash + 1 < len(syls)
        and all(s.is_alpha and is_abbreviation(s.text) and len(s.text) <= 4 for s in (syls[dash - 1], syls[dash + 1]))
    )


def _one_syllable_fields(syls: list[Syllable], dash: int, begin: int, lex: Lexicons) -> bool:
    """Are two fields of one syllable each joined by the spaced dash at ``dash``, the first
    right after the head ("Bệnh viện | Sản - Nhi", "Khoa | Nội - Nhi")? Not a family name, a
    country or a place after the dash ("Đài Loan - Mỹ"), nor a word that goes on capitalized (a
    person's or a place's name), unless a body's head follows ("Trưởng khoa Nội - Nhi | Bệnh
    viện …")."""
    after = dash + 1
    return (
        dash == begin + 1
        and all(is_name_syllable(syls[k]) and not is_surname(syls[k], lex) for k in (dash - 1, after))
        and _capitalized_word_at(syls, after, lex) == after + 1
        and (
            after + 1 == len(syls) or not is_name_syllable(syls[after + 1]) or head_at(syls, after + 1, lex) is not None
        )
        and not any(match_phrase(syls, after, table, lex) for table in (lex.countries, lex.places, lex.localities))
    )


def _field_glued_to_a_place(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a field in sentence case begin at ``j`` that the segmenter made one word with the
    country or place after it ("Tập đoàn Than - | Khoáng sản Việt Nam", one word of four
    syllables)? Not a person's name ("Đào | Duy Anh"): the field is a word the dictionary knows."""
    if not (syls[j].is_upper_initial and syls[j].is_alpha):
        return False
    after = _capitalized_word_at(syls, j, lex)
    cut = next((k for k in range(j + 1, after) if syls[k].is_upper_initial), after)
    return (
        j + 1 < cut < after
        and lex.dictionary.known_word(syls[j:cut]) is not False
        and any(match_phrase(syls, cut, table, lex) == after - cut for table in (lex.countries, lex.places))
    )


def _sentence_case_word(syls: list[Syllable], j: int, lex: Lexicons) -> bool:
    """Does a word written in sentence case ("Kế hoạch", "Đường sắt") begin at ``j``?"""
    after = _capitalized_word_at(syls, j, lex) if syls[j].is_upper_initial and syls[j].is_alpha else j
    # a word the dictionary knows: not a name's syllable the segmenter glued to the verb after
    # it ("Công ty Việt - | Trung chịu")
    return (
        after > j + 1
        and not any(s.is_upper_initial for s in syls[j + 1 : after])
        and lex.dictionary.known_word(syls[j:after]) is not False
    )


def _inside_unit_name(syls: list[Syllable], i: int, lex: Lexicons) -> bool:
    """Is the head at ``i`` a syllable of a place's name: "xã Đông Hội", "phường Tân Phòng", "Tây
    Ban Nha", "Hải Phòng"?"""
    r = i
    while r > 0 and syls[r - 1].is_upper_initial and syls[r - 1].is_alpha and head_at(syls, r - 1, lex) is None:
        r -= 1
    if r == i:
        return False
    if any(
        q + max(match_phrase(syls, q, table, lex) for table in (lex.countries, lex.places, lex.localities)) > i
        for q in range(r, i)
    ):
        return True  # "Tây | Ban Nha" is Spain, not a board; "Hải | Phòng FC" a city, not an office
    return any(r - n >= 0 and match_phrase(syls, r - n, lex.admin_units, lex) == n for n in (1, 2))


_APPOSITION_MARKS = frozenset({",", "-", "–", "("})
_GENERAL_ASSEMBLY = ("đại", "hội", "đồng")


def _title_after_a_name(syls: list[Syllable], k: int, title_cover: set[int]) -> bool:
    """Does the title ending at ``k`` stand in apposition after a name ("Nguyễn Văn An, | Hiệu
    trưởng …", "Lê Văn Lợi ( | cựu Giám đốc …")? Its holder is named already; a name after the
    body is no second holder but the name the body bears ("… | Trưởng Văn phòng Luật sư Trương
    Anh Tú", "Trường ĐH Y khoa Phạm Ngọc Thạch")."""
    while k - 1 >= 0 and k - 1 in title_cover:
        k -= 1
    return k >= 2 and syls[k - 1].text in _APPOSITION_MARKS and is_name_syllable(syls[k - 2])


def _head_inside_a_word(syls: list[Syllable], i: int, title_cover: set[int], lex: Lexicons) -> bool:
    """Does a lower-case head at ``i`` end a word instead of beginning one ("trường" in "thị
    trường" is no school)? The word list knows the word where the segmenter did not ("môi
    trường | xã hội", "chính trường | Đức"), but not after a preposition ("từ | trường THCS …"
    is no "từ trường"), nor after a title, whatever the segmenter glued; a field in sentence case
    may end in it ("Tài nguyên và Môi | trường huyện …"), unless that capital ends a title
    ("Trưởng | đoàn đại biểu Quốc hội")."""
    if syls[i].is_upper_initial or i == 0:
        return False
    if i - 1 in title_cover:
        return False  # "Giám đốc | chi nhánh …", glued as "đốc chi": a title ends, the head begins
    before, here = syls[i - 1], syls[i]
    level = head_at(syls, i + 1, lex) if here.text == "trường" else None
    if level is not None and level.kind == "education" and syls[i + 1].is_upper_initial:
        return False  # "khởi công | trường Tiểu học …": a school's level follows, "công trường" is no word here
    if before.text.islower():
        return before.word == here.word or (
            before.text not in _BRIDGE_STOP and bool(lex.dictionary.has(f"{before.text} {here.text}"))
        )
    return (
        before.is_upper_initial
        and before.word == here.word
        and bool(lex.dictionary.has(f"{before.text.lower()} {here.text}"))
    )


def find_org_mentions(
    syls: list[Syllable],
    source: str,
    title_starts: set[int] | None = None,
    title_cover: set[int] | None = None,
    heads: list[OrgHead | None] | None = None,
    *,
    lex: Lexicons,
    named_before: Collection[str] = (),
) -> list[OrgMention]:
    """Institution mentions in one sentence's syllables (``title_cover``: syllables inside
    titles; ``heads``: the head at each syllable, when the caller has looked them up;
    ``named_before``: the bodies the article named before the sentence)."""
    title_starts = title_starts or set()
    title_cover = title_cover or set()
    mentions: list[OrgMention] = []
    i = 0
    while i < len(syls):
        head = heads[i] if heads is not None else head_at(syls, i, lex)
        generic = i > 0 and syls[i - 1].text.lower() in GENERIC_BEFORE
        inside_word = _head_inside_a_word(syls, i, title_cover, lex)
        if head is None or generic or inside_word or _inside_unit_name(syls, i, lex):
            i += 1
            continue
        joint = match_phrase(syls, i, lex.joint_bodies, lex) if _after_office(syls, i) else 0
        head_stop = i + max(len(head.words), joint)
        if head.needs_place and not _place_follows(syls, head_stop, lex):
            i = head_stop  # "Thuế thu nhập cá nhân": a tax, not the office "Thuế tỉnh …"
            continue
        forms = legal_forms_end(syls, head_stop, lex)
        # A company may write its business line in lower case after its legal form.
        # (a fund or bank too; not after a head that names its body whole: "Ngân hàng Nhà nước | phải mua lại …")
        lined = head.kind in ("business", "finance") and not head.standalone
        bridged = legal_form_bridge(syls, forms, lex, title_starts) if lined else forms
        stop = extend_name(syls, max(bridged, forms), lex, title_starts)
        if stop == forms and forms > head_stop:
            i = stop  # only a legal form ("Công ty TNHH"): not a name
            continue
        # A head written in lower case ("trường", "ngân hàng") needs a capitalized name; one before a
        # plural names the kind, many bodies of it ("Đảng ủy | các xã", "UBND | các phường").
        plural = stop == head_stop and stop < len(syls) and syls[stop].text in ("các", "những")
        if stop == head_stop and (not head.standalone or plural):
            i = head_stop
            continue
        if not syls[i].is_upper_initial and (stop == head_stop or _is_place(syls, head_stop, stop, lex)):
            i = head_stop  # "ngân hàng Trung Quốc": a description, not a name
            continue
        if head.needs_name and not _own_name_follows(syls, i, head_stop, stop, source, lex):
            i = head_stop  # "Chứng khoán Việt Nam tăng": the market, not a firm
            continue
        if stop == head_stop + 1 and syls[i].text == "Trường" and is_name_syllable(syls[head_stop]):
            # "Trường Sa", "Trường Giang": one name syllable after "Trường" is a place's or a
            # person's name (VLSP 2018: 57 such spans tagged LOC or PER, none ORG); a school
            # names its kind first ("Trường Tiểu học …", "Trường THPT …")
            i = stop
            continue
        run_first = name_run_start(syls, head_stop, stop, lex)
        titled = i > 0 and (i - 1) in title_cover
        # After a head that is a whole name (Văn phòng Chính phủ) a person may follow at once.
        cut = person_cut(
            syls,
            run_first,
            stop,
            lex,
            min_keep=0 if head.standalone and run_first == head_stop else 1,
            foreign=False,
            untitled=not titled,
        )
        if cut == head_stop and locality_after_its_committee(syls, i, cut, stop, lex):
            cut = None  # "Bí thư Huyện ủy | Yên Thành và …": the district, though "Yên" is a family name
        # Two syllables at the end of a name no title stands before are more often a place
        # ("Công ty CP Supe Phốt phát và Hóa chất Lâm Thao") than a person.
        holder_before = titled and _title_after_a_name(syls, i - 1, title_cover)
        if (
            cut is None
            and titled
            and run_first > head_stop
            and stop - run_first >= 3
            and syls[run_first + 1].text in MIDDLE_NAMES
            and begins_name(syls, run_first, stop, lex)
            and not _is_place(syls, run_first, stop, lex)
        ):
            cut = run_first  # "Phó Chủ tịch UBND thành phố | Nguyễn Văn Hùng": a bare unit word, then a name
        if (
            cut is not None
            and cut > run_first > head_stop
            and titled
            and 3 <= stop - run_first <= 4
            and begins_name(syls, run_first, stop, lex)
            and not _a_place_opens(syls, run_first, lex)
        ):
            # "Chủ tịch UBND tỉnh | Nguyễn Lê Minh Quân", "Phó Chủ tịch UBND TP | Phùng Mai Huy",
            # "Chủ tịch UBND phường | Huỳnh Kim Vượng": a bare unit word, then a name whose
            # second family name is no place's end
            cut = run_first
        if (
            cut == run_first + 1
            and titled
            and run_first == head_stop
            and not head.standalone
            and head.kind not in _NAMED_AFTER_PEOPLE
            and stop - run_first == 3
            and is_surname(syls[run_first], lex)
            and begins_name(syls, run_first, stop, lex)
        ):
            cut = run_first  # "Tổng Thư ký Hiệp hội | Dương Kim Tâm": a name of three, not a body named "Dương"
        if (
            cut is None
            and titled
            and head.national
            and run_first == head_stop
            and 2 <= stop - head_stop <= 4
            and not match_phrase(syls, head_stop, lex.countries, lex)
            and not match_phrase(syls, head_stop, lex.places, lex)
            and match_phrase(syls, head_stop, lex.localities, lex) != stop - head_stop  # "Huyện ủy | Thanh Oai"
            and all(is_name_syllable(s) for s in syls[head_stop:stop])
        ):
            # "Chủ tịch Thượng viện | Hun Sen": a national body names no one after it but a
            # person, when a title stands before it (not "Quốc hội Việt Nam")
            cut = head_stop
        # (a foreign name of two words after a country is a person's all the same: "Hoa Kỳ | Susan Burns")
        short = (
            cut is not None
            and stop - cut == 2
            and not titled
            and not any(looks_foreign(s.text) for s in syls[cut:stop])
        )
        person_stop = None
        if (
            cut is not None
            and (cut > head_stop or head.standalone)
            and not short
            and not holder_before
            and not bears_the_name(
                syls, i, cut, lex, titled=titled, named_before=[*named_before, *(m.text for m in mentions)]
            )
        ):
            person_stop, stop = stop, cut
        first = i
        standing = i >= 2 and syls[i - 2].text == "Thường" and syls[i - 1].text == "trực"
        if standing and i - 2 not in title_cover and i - 3 not in title_cover:
            # A standing body: "Thường trực Ban Bí thư", "Thường trực HĐND tỉnh"; but in
            # "Phó Bí thư Thường trực Thành ủy" the words qualify the title before them.
            first = i - 2
        elif i >= 1 and syls[i - 1].text == "Tổng" and syls[i].is_upper_initial and i - 1 not in title_cover:
            first = i - 1  # a general federation: "Tổng Liên đoàn Lao động Việt Nam", "Tổng Hội Y học"
        elif i >= 1 and syls[i - 1].text == "Đại" and head.words[:2] == ("Hội", "đồng"):
            first = i - 1  # a general assembly: "Đại Hội đồng Liên Hợp Quốc", not its "Hội đồng"
        elif (
            i >= 3 and tuple(s.text.lower() for s in syls[i - 3 : i]) == _GENERAL_ASSEMBLY and i - 1 not in title_cover
        ):
            first = i - 3  # written in lower case: "Đại hội đồng | Liên hợp quốc"
        elif i >= 1 and i - 1 not in title_cover and _abbreviated_head(syls[i - 1].text, lex):
            first = i - 1  # "BCH | Đảng bộ tỉnh": the executive committee of the body after it
        short_forms = declared_short_forms(source, syls[stop - 1].end, lex) or _short_forms_after_host(
            syls, stop, source, lex
        )
        if first == i and head.national and short_forms:
            # "Chương trình Phát triển | Liên hợp quốc (UNDP)": a body of the whole named before
            # it, whose short form the bracket gives
            first = _named_part_before(syls, i, title_cover, mentions[-1].stop if mentions else 0)
        text = _text(syls, first, stop, source)
        mentions.append(
            OrgMention(first, stop, head, syls[first].start, syls[stop - 1].end, text, short_forms, person_stop)
        )
        parent = None if short_forms else _parent_in_brackets(syls, stop, source, lex)
        if parent is not None:
            mentions.append(parent)  # "Trường ĐH Bách khoa | (ĐHQG TP.HCM)": the school's university
            stop = parent.stop
        i = stop
    return mentions


def capital_inside(word: str) -> bool:
    """Does a capital stand inside the word, as in a brand ("OceanBank", "KoCham")?"""
    return any(ch.isupper() for ch in word[1:])


def _short_name_written(word: str) -> bool:
    """An abbreviation or a word with a capital inside ("KoCham", "EuroCham")."""
    return is_abbreviation(word) or capital_inside(word)


def _short_forms_after_host(syls: list[Syllable], stop: int, source: str, lex: Lexicons) -> tuple[str, ...]:
    """The short forms in brackets after "tại" and the country or place where a body works
    ("Ngân hàng Thế giới | tại Việt Nam (WB)"): the body's own."""
    host = _host_at(syls, stop, lex)
    return declared_short_forms(source, syls[stop + host].end, lex) if host else ()


def _own_name_follows(syls: list[Syllable], i: int, head_stop: int, stop: int, source: str, lex: Lexicons) -> bool:
    """Does a line of business at ``i`` ("Chứng khoán", "Bảo hiểm"; line_heads.tsv) name a
    company: capitalized, with a name after it that is not a place alone, or is one with the
    company's short form in brackets ("Chứng khoán Sài Gòn - Hà Nội (SHS)")? A word in sentence
    case after it names a kind of cover or market ("Bảo hiểm Việc làm", "Bảo hiểm Y tế")."""
    if not syls[i].is_upper_initial or stop == head_stop or not syls[head_stop].is_upper_initial:
        return False
    if _sentence_case_word(syls, head_stop, lex):
        return False
    place = names_a_place(" ".join(s.text for s in syls[head_stop:stop]), lex)
    return not place or bool(declared_short_forms(source, syls[stop - 1].end, lex))


def _named_part_before(syls: list[Syllable], i: int, title_cover: set[int], floor: int) -> int:
    """Where a run of words in sentence case right before ``i`` begins ("Chương trình | Phát
    triển"), at least two of them and none in a title; else ``i``."""
    k, words = i, 0
    while k > floor:
        start = k - 1
        while start > floor and syls[start - 1].word == syls[k - 1].word:
            start -= 1
        run = syls[start:k]
        if len(run) < 2 or not run[0].is_upper_initial or any(s.is_upper_initial or not s.is_alpha for s in run[1:]):
            break
        if any(m in title_cover for m in range(start, k)):
            break
        k, words = start, words + 1
    return k if words >= 2 else i


_BRACKET = re.compile(r"\s*\(([^()]{1,48})\)")
# A stock code after its exchange or label: "mã chứng khoán: VCG", "mã CK BBC", "HoSE: HPG".
_EXCHANGES = r"HoSE|HOSE|HNX|UPCoM|UPCOM"
_STOCK_CODE = re.compile(rf"(?:mã chứng khoán|mã CK|mã|{_EXCHANGES})\s*:?\s*(\S+)")
# The exchange a company's shares trade on, named in its code's bracket ("Hòa Phát (HoSE: HPG)"):
# a body the article names (the stock exchanges of Hồ Chí Minh City and Hà Nội, and the market
# of unlisted public companies that Hà Nội's runs).
EXCHANGE_IN_BRACKET = re.compile(rf"\((?:[^()]{{0,30}}, )?({_EXCHANGES})\s*:\s*\w{{2,6}}\)")


_MAX_SHARED = 12  # syllables from the head to the colon in "các Công ty …: A, B và C"
_ITEM_WORDS = frozenset("sông hồ núi cầu chợ tỉnh thành phố quận huyện xã phường".split())


def distributed_names(syls: list[Syllable], source: str, lex: Lexicons) -> list[tuple[str, str, int, int]]:
    """Institutions named by a shared head and a list of names: "các Công ty TNHH MTV đầu tư
    phát triển thủy lợi: Sông Đáy 40 trạm, sông Tích 30 trạm và Hà Nội" gives three, each
    as (full name, kind, start, end) with the span of its own name."""
    found: list[tuple[str, str, int, int]] = []
    for k in range(len(syls) - 3):
        if syls[k].text.lower() != "các" or (head := head_at(syls, k + 1, lex)) is None:
            continue
        colon = next((c for c in range(k + 2, min(len(syls), k + 2 + _MAX_SHARED)) if syls[c].text == ":"), None)
        if colon is None:
            # "các Sở Y tế, Giáo dục và Đào tạo, Nội vụ": a ministry's or department's head and its
            # fields listed with no colon
            colon = k + 1 if _fields_listed_after(syls, k + 1, head, lex) else None
            start = k + 2
        else:
            start = colon + 1
        if colon is None or any(not (s.is_alpha or s.text in "&-") for s in syls[k + 1 : colon]):
            continue
        shared = _text(syls, k + 1, max(colon, k + 2), source)
        lowered = tuple(w.lower() for w in shared.split())
        if any(lowered[:n] in lex.titles_lower for n in range(len(head.words) + 1, len(lowered) + 1)):
            continue  # "các Bộ trưởng: A (Tài chính), B …": a title over a list of people, no head
        items = [item for item in _list_items(syls, start, lex) if not _a_body_of_its_own(syls, *item, lex)]
        if len(items) >= 2:
            for a, b in items:
                found.append((f"{shared} {_text(syls, a, b, source)}", head.kind, syls[a].start, syls[b - 1].end))
    found.extend(_joined_heads(syls, source, lex))
    found.extend(_semicolon_names(syls, source, lex))
    return found


def _fields_listed_after(syls: list[Syllable], j: int, head: OrgHead, lex: Lexicons) -> bool:
    """Does the one-word head at ``j`` ("Bộ", "Sở"), capitalized after "các", go straight on with
    a field and a comma ("các Sở | Y tế, | Giáo dục …")? Then the fields after it are listed."""
    if len(head.words) != 1 or not syls[j].is_upper_initial or syls[j].text not in _WHOLE_FIELD_HEADS:
        return False
    first = j + 1
    stop = first + match_phrase(syls, first, lex.state_fields, lex, ignore_case=True)
    if stop == first:
        stop = _capitalized_word_at(syls, first, lex)
    return stop > first and stop < len(syls) and syls[stop].text == "," and head_at(syls, first, lex) is None


def _a_body_of_its_own(syls: list[Syllable], a: int, b: int, lex: Lexicons) -> bool:
    """Does the list item ``syls[a:b]`` name a body with a head of its own ("các Bộ: Tài chính,
    Xây dựng và | Ngân hàng Nhà nước Việt Nam"), not a field the shared head takes? A head that
    needs a name and has none after it is a field ("các Bộ: Quốc phòng, | Công an")."""
    first = _item_name_start(syls, a)
    head = head_at(syls, first, lex)
    return head is not None and (head.standalone or b > first + len(head.words))


def _semicolon_names(syls: list[Syllable], source: str, lex: Lexicons) -> list[tuple[str, str, int, int]]:
    """Bodies of one kind named once with their head, the rest after ";" without it: "Cục
    trưởng Cục An toàn thông tin; Viễn thông; Báo chí" names Cục Viễn thông and Cục Báo chí too.
    Each further name is one word in sentence case, perhaps going on in lower case ("Thông tin
    đối ngoại"); a body with a head and a name of its own, or a person's name, ends the list."""
    found: list[tuple[str, str, int, int]] = []
    for k, syl in enumerate(syls):
        head = head_at(syls, k, lex) if syl.is_upper_initial else None
        if head is None or len(head.words) != 1:
            continue
        j = k + 1
        if j >= len(syls) or not syls[j].is_upper_initial:
            continue  # "Bộ trưởng …": a title, not a body named
        while j < len(syls) and syls[j].is_alpha and j - k <= _MAX_SHARED and (j == k + 1 or not head_at(syls, j, lex)):
            j += 1  # the first name, in any case ("An toàn thông tin")
        if j >= len(syls) or syls[j].text != ";" or person_cut(syls, k + 1, j, lex) is not None:
            continue  # "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn; | Chủ nhiệm …": a list of people
        while j + 1 < len(syls) and syls[j].text in (";", ","):
            item = j + 1
            title = match_phrase(syls, item, lex.titles_lower, lex, ignore_case=True)
            if is_surname(syls[item], lex) or _rank_at(syls, item, lex) or title:
                break  # "Bộ Quốc phòng; | Thượng tướng Nguyễn …": the next person of a list
            own = head_at(syls, item, lex)
            if own is not None and (
                own.standalone or extend_name(syls, item + len(own.words), lex, set()) > item + len(own.words)
            ):
                break  # "Sở Y tế; | Bệnh viện Bạch Mai": a body with a head and a name of its own
            if not _sentence_case_word(syls, item, lex):
                break
            stop = word_end = _capitalized_word_at(syls, item, lex)
            while stop < len(syls) and syls[stop].is_alpha and not syls[stop].is_upper_initial and stop - word_end < 2:
                if syls[stop].text in _BRIDGE_STOP or syls[stop].text in lex.verbs:
                    break
                stop += 1  # "Thông tin | đối ngoại"
            found.append(
                (f"{syl.text} {_text(syls, item, stop, source)}", head.kind, syls[item].start, syls[stop - 1].end)
            )
            j = stop
    return found


def _joined_heads(syls: list[Syllable], source: str, lex: Lexicons) -> list[tuple[str, str, int, int]]:
    """Bodies written as heads joined by a hyphen before one locality: "HĐND-UBND quận Hai Bà
    Trưng" names the council and the committee of the district, each with its own span."""
    found: list[tuple[str, str, int, int]] = []
    listed_until = 0
    for k, syl in enumerate(syls):
        if k >= listed_until:
            joined, listed_until = _heads_sharing_a_locality(syls, k, source, lex)
            if joined:
                found.extend(joined)  # "HĐND và UBND phường X": the council of the ward too
                continue
        parts = syl.text.split("-")
        if len(parts) < 2 or k + 1 >= len(syls) or not syls[k + 1].is_alpha:
            continue
        heads = [lex.org_heads.get((part,)) for part in parts]
        if any(head is None for head in heads):
            continue
        stop = extend_name(syls, k + 1, lex, set())
        if stop == k + 1 or not match_phrase(syls, k + 1, lex.admin_units, lex):
            continue
        locality = _text(syls, k + 1, stop, source)
        offset = syl.start
        for part, head in zip(parts, heads, strict=True):
            if head is not None:
                found.append((f"{part} {locality}", head.kind, offset, offset + len(part)))
            offset += len(part) + 1
    return found


_HEAD_LIST_SEPARATORS = frozenset({",", "-", "–", "và"})


def _heads_sharing_a_locality(
    syls: list[Syllable], k: int, source: str, lex: Lexicons
) -> tuple[list[tuple[str, str, int, int]], int]:
    """ "HĐND và UBND phường Yên Sở", "Đảng ủy, HĐND, UBND phường Định Công": bare heads listed
    before one locality, each but the last (which the name grammar reads with it) with that
    locality; none after "Văn phòng" (one office of both) and none that names one body alone
    ("Quận ủy, | HĐND-UBND quận …": "Quận ủy" is the district's already). Also returns where
    the last head begins, or ``k``."""
    if _after_office(syls, k) or (k > 0 and syls[k - 1].is_upper_initial and syls[k - 1].is_alpha):
        return [], k  # (nor inside a name: "TP Hải | Phòng và Ủy ban MTTQ tỉnh …")
    if _opens_a_school(syls, k):
        return [], k  # "Trường Phổ thông dân tộc nội trú | THCS và THPT huyện X": one school's two levels
    listed: list[tuple[int, int, OrgHead]] = []
    j = k
    # capitalized heads only: "Cảnh sát môi | trường, | Công an tỉnh …" holds no school
    head = head_at(syls, j, lex) if syls[j].is_upper_initial else None
    if head is not None and head.national:
        return _national_heads_sharing_a_country(syls, k, source, lex)
    while head is not None and not head.national:
        stop = j + len(head.words)
        listed_next = stop + 1 < len(syls) and syls[stop].text in _HEAD_LIST_SEPARATORS
        following = head_at(syls, stop + 1, lex) if listed_next else None
        if following is not None:
            listed.append((j, stop, head))
            j = stop + 1
            head = following if syls[j].is_upper_initial else None
            continue
        # "…, UBND và Ủy ban MTTQ | Việt Nam | phường X": the front's own "Việt Nam" before the locality
        home = tuple(s.text for s in syls[stop : stop + len(_HOME)]) == _HOME
        if home and _locality_follows(syls, stop + len(_HOME), lex):
            stop += len(_HOME)
        if not listed or not _locality_follows(syls, stop, lex) or head_at(syls, stop, lex):
            # "Ủy ban MTTQ, Ban Nội chính | Tỉnh ủy": a body, not a locality; "Ủy ban MTTQ, Công
            # an | tỉnh": a bare unit may be the police's alone
            return [], k
        end = extend_name(syls, stop, lex, set())
        if end == stop:
            return [], k
        locality = _text(syls, stop, end, source)
        named = [
            (f"{_text(syls, a, b, source)} {locality}", h.kind, syls[a].start, syls[b - 1].end) for a, b, h in listed
        ]
        return named, j
    return [], k


def _national_heads_sharing_a_country(
    syls: list[Syllable], k: int, source: str, lex: Lexicons
) -> tuple[list[tuple[str, str, int, int]], int]:
    """ "Thượng viện, Quốc hội Campuchia", "Chính phủ và Quốc hội Lào": a country's national
    bodies listed before its name, each but the last with the country; returns them and where
    the last head begins, or ([], ``k``)."""
    listed: list[tuple[int, int, OrgHead]] = []
    j = k
    head = head_at(syls, j, lex)
    while head is not None and head.national and syls[j].is_upper_initial:
        stop = j + len(head.words)
        following = head_at(syls, stop + 1, lex) if stop + 1 < len(syls) and syls[stop].text in (",", "và") else None
        if following is not None:
            listed.append((j, stop, head))
            j = stop + 1
            head = following
            continue
        country = match_phrase(syls, stop, lex.countries, lex)
        if not listed or not country or head_at(syls, stop, lex) or any(h.kind != head.kind for _, _, h in listed):
            # "Ban Tôn giáo Chính phủ, | Ủy ban Trung ương MTTQ Việt Nam": a front's "Việt Nam" is
            # its own name's, no country the government before it shares
            return [], k
        name = _text(syls, stop, stop + country, source)
        return [
            (f"{_text(syls, a, b, source)} {name}", h.kind, syls[a].start, syls[b - 1].end) for a, b, h in listed
        ], j
    return [], k


def _list_items(syls: list[Syllable], j: int, lex: Lexicons) -> list[tuple[int, int]]:
    """The names that open each item of a list from ``j`` (items part at "," and "và")."""
    items: list[tuple[int, int]] = []
    n = len(syls)
    while j < n:
        first = _item_name_start(syls, j)
        stop = extend_name(syls, first, lex, set()) if syls[first].is_upper_initial else first
        # the list's commas part its items, though a name may list fields with them ("các Sở:
        # Y tế, Giáo dục và Đào tạo, Tài chính", not "Sở Y tế, Giáo dục và Đào tạo")
        stop = next((c for c in range(first, stop) if syls[c].text == ","), stop)
        while stop > first + 1 and syls[stop - 1].text[:1].isdigit():
            stop -= 1  # "Sông Đáy | 40 trạm": a count, not part of the name
        if stop == first:
            break
        items.append((j, stop))
        j = stop
        while j < n and syls[j].text not in (",", "và", ";", ".") and j - stop < 6:
            j += 1  # "40 trạm"
        if j >= n or syls[j].text not in (",", "và"):
            break
        j += 1
    return items


def _item_name_start(syls: list[Syllable], j: int) -> int:
    """Where a list item's name begins at ``j``: after a unit or a kind of place that opens it
    ("sông | Tích", "tỉnh | Nghệ An"), else at ``j``."""
    named = syls[j].text.lower() in _ITEM_WORDS and j + 1 < len(syls) and syls[j + 1].is_upper_initial
    return j + 1 if named else j


def names_a_place(name: str, lex: Lexicons) -> bool:
    """Is ``name`` a country's or a place's name ("Mỹ", "Syria", "Hà Nội"), or a city's written
    short with its unit ("TP.HCM", "TPHCM": ``abbreviations.tsv``)?"""
    words = tuple(canonical(name).split())
    expansion = lex.abbreviations.get(name.strip())
    if expansion and " " in expansion:
        spelled = tuple(canonical(expansion).split())
        unit = max((n for n in (1, 2, 3) if spelled[:n] in lex.admin_units), default=0)
        words = spelled[unit:]
    return words in lex.countries or words in lex.places or words in lex.localities


def declared_short_forms(source: str, end: int, lex: Lexicons) -> tuple[str, ...]:
    """The short names a bracket right after a name (ending at ``end``) declares: "(PVN)",
    "(mã chứng khoán BBC)", "(HoSE: BWE)", and both of "(Vinaconex, mã chứng khoán: VCG)";
    none where the bracket says where the body is ("hãng tin CNN (Mỹ)", "(Q.1, TP.HCM)"). A
    brand or abbreviation after a spaced dash is one too ("Tập đoàn Dầu khí Việt Nam - PVN",
    "Ngân hàng TMCP Đại Dương - OceanBank"): VLSP 2018 tags such tails apart from the name,
    5 of 10 a short name of it and 5 its group's ("Công ty CP DAP – Vinachem"), which the
    gold lists as one body; not "Công ty Việt - Trung" (a word) nor a name that goes on. An
    equitized state corporation's legal form after a dash stands between its name and the
    bracket ("Tổng công ty Cảng hàng không Việt Nam - CTCP (ACV)")."""
    legal_form = _DASHED_LEGAL_FORM.match(source, end)
    bracket = _BRACKET.match(source, legal_form.end() if legal_form else end)
    if bracket is None:
        dashed = _DASHED_SHORT_NAME.match(source, end)
        if dashed is None or dashed.group(1) in _NEWSROOM_MARKS:
            return ()
        tail = dashed.group(1)
        last_words = source[max(0, end - 24) : end].split()[-2:]
        if names_a_place(" ".join([*last_words, tail]), lex) or names_a_place(f"{last_words[-1]} {tail}", lex):
            return ()  # "Công an Thừa Thiên - Huế": the dash is inside the place's name
        return (tail,) if brand_like(tail, lex) and is_short_name(tail, lex) else ()
    parts = [part.strip() for part in bracket.group(1).split(",")]
    if len(parts) == 1 and _short_name_with_its_place(parts[0], source[max(0, end - 80) : end], lex):
        return (parts[0],)
    code = _STOCK_CODE.fullmatch(parts[-1])
    if len(parts) > 2 or (len(parts) == 2 and code is None):
        return ()
    written = [*parts[:-1], code.group(1)] if code else parts
    if not all(is_short_name(word, lex) or _foreign_brand(word, lex) for word in written):
        return ()
    if _parent_head(written[0], source[max(0, end - 80) : end], lex) is not None:
        return ()
    return tuple(written)


def _short_name_with_its_place(written: str, before: str, lex: Lexicons) -> bool:
    """Is a bracket's ``written`` an abbreviation and the place the name before it ends in
    ("Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An | (CDC Nghệ An)"), the short name a province's
    or a city's body goes by? Not a unit written short and its place ("(TP Vinh)", "(TP HCM)"):
    that says where the body is; nor a head's abbreviation the name does not hold: that names
    the body it belongs to."""
    short, _, place = written.partition(" ")
    unit = canonical(lex.abbreviations.get(short, short)).split()
    return (
        bool(place)
        and is_abbreviation(short)
        and is_short_name(short, lex)
        and not any(tuple(unit[:n]) in lex.admin_units for n in (1, 2))
        and names_a_place(place, lex)
        and before.rstrip().endswith(f" {place}")
        and _parent_head(short, before, lex) is None
        # "Ban Chỉ huy cửa khẩu cảng Đà Nẵng | (BĐBP Đà Nẵng)": the border guard the post belongs to
        and not _initials_of_another_head(short, before, lex)
    )


def _initials_of_another_head(short: str, before: str, lex: Lexicons) -> bool:
    """Is ``short`` the initials of a head of two words or more that the name ``before`` does
    not hold ("BĐBP": Bộ đội Biên phòng; "CA": Công an)?"""
    held = canonical(before).lower()
    return any(
        len(words) > 1 and "".join(_initials(words)) == short and canonical(" ".join(words)).lower() not in held
        for words in (*lex.org_heads, *lex.unit_heads)
    )


def _expanded_head(abbreviation: str, lex: Lexicons) -> tuple[OrgHead | None, str]:
    """The head an abbreviation's expansion opens with, and the expansion ("BCH": Ban Chấp
    hành; "ĐHQG": Đại học Quốc gia, opened by "Đại học"); (None, "") if it has none."""
    expansion = lex.abbreviations.get(abbreviation)
    head = leading_head(tuple(expansion.split()), lex)[1] if expansion else None
    return (head, expansion) if head is not None and expansion else (None, "")


def _abbreviated_head(word: str, lex: Lexicons) -> bool:
    """Is the word an abbreviation the lists expand to a head whole, though no head itself
    ("BCH": Ban Chấp hành), which the body named after it belongs to?"""
    if not (word.isupper() and len(word) > 1) or lex.folded_heads.get((word,)) is not None:
        return False
    head, expansion = _expanded_head(word, lex)
    return head is not None and len(head.words) == len(expansion.split())


def closing_bracket(syls: list[Syllable], j: int, reach: int) -> int | None:
    """The index of the ")" closing a bracket that opens at ``j``, within ``reach`` syllables and
    with something inside; None otherwise."""
    if j >= len(syls) or syls[j].text != "(":
        return None
    close = next((k for k in range(j + 1, min(len(syls), j + reach)) if syls[k].text == ")"), None)
    return None if close is None or close == j + 1 else close


def _parent_in_brackets(syls: list[Syllable], j: int, source: str, lex: Lexicons) -> OrgMention | None:
    """The body a name belongs to, written short in brackets right after it at ``j`` ("(ĐHQG
    TP.HCM)", "(ĐHQG-HCM)"): a mention of it, else None."""
    close = closing_bracket(syls, j, 8)
    if close is None:
        return None
    written = source[syls[j + 1].start : syls[close - 1].end]
    head = _parent_head(written, source[max(0, syls[j].start - 80) : syls[j].start], lex)
    return None if head is None else OrgMention(j + 1, close, head, syls[j + 1].start, syls[close - 1].end, written)


def _parent_head(short: str, before: str, lex: Lexicons) -> OrgHead | None:
    """The head of the body a bracket's short form names when it opens with the abbreviation of
    a head the name before it does not hold: the body that name belongs to ("Trường ĐH Khoa
    học Tự nhiên | (ĐHQG-HCM)" is a school of the national university); None for the name's
    own short form ("Đại học Quốc gia TP.HCM (ĐHQG-HCM)", "Ban Quản lý dự án (BQL)")."""
    first = re.split(r"[-–\s.]", short)[0]
    head, expansion = _expanded_head(first, lex)
    named = lex.folded_heads.get((first,))
    if head is None and named is not None and named.national and named.expansion and _a_department_before(before, lex):
        head, expansion = named, named.expansion  # "Vụ Chính sách tiền tệ | (NHNN)": the State Bank's department
    return head if head is not None and expansion.lower() not in canonical(before).lower() else None


# The heads of the departments a national body or group is made of, whose short form in brackets
# after the department's name is the body's ("Vụ Chính sách tiền tệ (NHNN)", "Ban Quản lý dự án
# điện 1 (EVN)"), where after a body's own name it is its own ("Liên đoàn … (VCCI)").
_DEPARTMENT_HEADS = frozenset(
    {("Vụ",), ("Cục",), ("Tổng", "cục"), ("Viện",), ("Trung", "tâm"), ("Ban",), ("Phòng",), ("Văn", "phòng")}
)


def _a_department_before(before: str, lex: Lexicons) -> bool:
    """Is the nearest head before a bracket a department's ("Vụ | Chính sách tiền tệ")?"""
    words = before.split()
    k = nearest_head(words, lex)
    return k is not None and (
        tuple(words[k : k + 1]) in _DEPARTMENT_HEADS or tuple(words[k : k + 2]) in _DEPARTMENT_HEADS
    )


def _foreign_brand(phrase: str, lex: Lexicons) -> bool:
    """A brand of two or three words, none of them Vietnamese ("Vietnam Airlines", "DongA
    Bank"), not a place's name ("New York", "TP HCM") nor a source line ("Theo Reuters")."""
    words = phrase.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and (looks_foreign(w) or is_abbreviation(w)) for w in words)
        # not "TP HCM": a foreign word, or capitals no list expands ("PV | OIL", "PV | GAS")
        and any(looks_foreign(w) or (w.isupper() and w not in lex.abbreviations) for w in words)
        and not names_a_place(phrase, lex)
    )


_DASHED_LEGAL_FORM = re.compile(r"\s*[-–]\s*(?:CTCP|JSC|Công ty (?:cổ phần|Cổ phần|CP))(?=\s*\()")
# "(các thành viên của Hãng phim truyện Việt Nam - PV)": the newsroom's marks (the reporter, the
# editors, the author), no short name nor any part of a name.
_NEWSROOM_MARKS = frozenset({"PV", "BBT", "TG"})
_DASHED_SHORT_NAME = re.compile(r" [-–] ([A-ZĐ][\w&]+)(?![\w&-]|\.\w| *\(| [A-ZĐ])")


def brand_like(word: str, lex: Lexicons) -> bool:
    """An abbreviation, a capital inside ("OceanBank", "PVTex") or a word no dictionary knows."""
    return is_abbreviation(word) or capital_inside(word) or not lex.dictionary.has(word.lower())


def is_short_name(word: str, lex: Lexicons) -> bool:
    """A one-word short name in capitals ("PVN", "Techcombank", "GD&ĐT"), not a place's."""
    return (
        " " not in word
        and len(word) >= 2
        and word[:1].isupper()
        and any(ch.isalpha() for ch in word)
        and not names_a_place(word, lex)
    )


@dataclass
class InstitutionRecord:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


_UNIT_WORDS = frozenset({"xã", "phường", "quận", "huyện", "tỉnh", "thị", "trấn", "thành", "phố"})


def _without_units(key: str) -> str:
    return " ".join(w for w in key.split() if w not in _UNIT_WORDS)


def same_units(a: str, b: str) -> bool:
    """May two keys that differ only in unit words name one body? Where both write a unit, only
    the same one: the wards of 2025 took the names of the districts before them ("phường Hai Bà
    Trưng" and "quận Hai Bà Trưng (cũ)" are two bodies)."""
    units_a = [w for w in a.split() if w in _UNIT_WORDS]
    units_b = [w for w in b.split() if w in _UNIT_WORDS]
    return not units_a or not units_b or units_a == units_b


# A company's governing boards, as the comparison keys write them (HĐQT, HĐTV expanded).
BOARDS = frozenset({"hội đồng quản trị", "hội đồng thành viên", "ban kiểm soát", "ban giám đốc", "ban điều hành"})


def opening_board(words: Sequence[str], lex: Lexicons) -> int:
    """How many written words of a company's board open ``words`` ("HĐQT | Hòa Phát", "Ban
    kiểm soát | Công ty X"), 0 if none does."""
    return next((n for n in range(1, min(4, len(words)) + 1) if lex.keys.match_key(" ".join(words[:n])) in BOARDS), 0)


_LEGAL_FORM_KEYS = ("thương mại cổ phần", "cổ phần", "trách nhiệm hữu hạn", "một thành viên")


# A group's or a corporation's head in a comparison key, which a company's legal form may stand
# before ("Công ty TNHH MTV Tổng công ty Tân Cảng Sài Gòn").
_GROUP_KEYS = ("tập đoàn ", "tổng công ty ")


def _without_legal_forms(key: str) -> str:
    for form in _LEGAL_FORM_KEYS:
        key = key.replace(f" {form} ", " ")
    return key


# Chambers Việt Nam's one-chamber National Assembly does not have (Hiến pháp 2013, Điều 69):
# bare, they are another country's
_NO_SUCH_BODY_AT_HOME = frozenset({("Thượng", "viện"), ("Hạ", "viện")})


# The first word of a school's level, in a comparison key, after which "Trường" may be left out
# ("Trường Đại học …" / "Đại học …", "Trường THPT …" / "THPT …").
_SCHOOL_LEVEL_WORDS = frozenset({"đại", "cao", "trung", "tiểu", "mầm"})


def _is_short_form(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` the same institution as ``long`` written without its locality or name?"""
    ks, kl = lex.keys.match_key(short), lex.keys.match_key(long)
    if ks == kl or (_without_units(ks) == _without_units(kl) and same_units(ks, kl)):
        return True  # "Sở TT&TT Gia Lai" = "Sở TT&TT tỉnh Gia Lai"; not "HĐND quận X" = "HĐND phường X"
    bare_short, bare_long = _without_legal_forms(ks), _without_legal_forms(kl)
    if bare_short == bare_long:
        return True  # "Công ty Phân đạm …" = "Công ty CP Phân đạm …"
    if ks.startswith(_GROUP_KEYS) and bare_long == "công ty " + bare_short:
        return True  # "Tập đoàn Hòa Phát" = "Công ty cổ phần Tập đoàn Hòa Phát": the group, its legal form left out
    if kl.startswith(ks + " nhân dân"):
        kl = ks + kl[len(ks) + len(" nhân dân") :]  # "Viện Kiểm sát" ~ "Viện KSND TP Hà Nội"
        if kl == ks:
            return True
    if kl == "trường " + ks and ks.split()[0] in _SCHOOL_LEVEL_WORDS:
        return True  # "Đại học Y Dược TP.HCM" ~ "Trường Đại học Y Dược TP.HCM": the school, its head left out
    if not kl.startswith(ks + " ") or _another_body_within(ks, kl):
        return False
    if kl.startswith(ks + " tại "):
        return True  # "Đại sứ quán Mỹ" ~ "Đại sứ quán Mỹ tại Việt Nam": the body and where it is
    rest = kl[len(ks) + 1 :]
    written_rest = long.split()[len(short.split()) :]
    if _party_body_of_another(short, written_rest, rest, lex):
        return False
    if len(short.split()) >= 2 and written_rest and leading_head(written_rest, lex)[1] is not None:
        # "Ban Đô thị" ~ "Ban Đô thị HĐND TP.Hà Nội": the same board, its parent body named; not
        # "Ủy ban Đối ngoại" ~ "Ủy ban Đối ngoại | Hạ viện Nhật Bản", a foreign parliament's
        return not _a_foreign_parent(written_rest, lex)
    words = tuple(short.split())
    head = lex.org_heads.get(words) or _national_rules_head(words, lex)
    if head is not None and head.standalone and not _ends_in_a_foreign_country(written_rest, lex):
        # "Thành ủy" ~ "Thành ủy Hà Nội"; not "Quốc hội" ~ "Quốc hội Mỹ" or "Trung ương Đảng" ~
        # "Trung ương Đảng Nhân dân Cách mạng Lào", but "Quốc hội Việt Nam": in Vietnamese news
        # a bare national body is Việt Nam's
        return True
    if head is not None and head.words in _NO_SUCH_BODY_AT_HOME:
        return True  # "Thượng viện" ~ "Thượng viện Campuchia": Việt Nam has no senate
    from ..lexicon.keys import LOCALITY_WORDS

    # "Đảng ủy phường" ~ "Đảng ủy phường Yên Sở"; "Đảng ủy" ~ "Đảng ủy phường Yên Sở".
    return any(ks.endswith(" " + unit) for unit in LOCALITY_WORDS) or any(
        rest.startswith(unit + " ") for unit in LOCALITY_WORDS
    )


def _party_body_of_another(short: str, rest: list[str], rest_key: str, lex: Lexicons) -> bool:
    """Is ``short`` a national body of the Party that bare is the Party's ("Ban Bí thư", "Bộ
    Chính trị") and the rest of the long name (``rest``, its key ``rest_key``) another body it
    belongs to ("Ban Bí thư | Trung ương Đoàn": the youth union's secretariat), not the Party
    ("… | Trung ương Đảng") nor a place ("Thành ủy | Hà Nội")?"""
    head = lex.org_heads.get(tuple(short.split()))
    if head is None or head.kind != "party" or not head.national or not rest:
        return False
    if rest_key.startswith(("đảng", "trung ương đảng")):
        return False
    return leading_head(rest, lex)[1] is not None or leading_rule_head(tuple(rest), lex) is not None


def _another_body_within(short_key: str, long_key: str) -> bool:
    """Does the long key name another body than the short one though it begins with it: the
    short one's branch ("Ngân hàng Nhà nước" and "… | chi nhánh Hà Nội"), its regional or
    numbered office ("Kiểm toán Nhà nước" and "… | khu vực I"), or a mass
    organization's central board (:func:`_central_board_of_another_body`)?"""
    if not long_key.startswith(f"{short_key} "):
        return False
    rest = long_key[len(short_key) + 1 :].split()
    if len(rest) >= 3 and (tuple(rest[:2]) in _ZONE_WORDS or " ".join(rest[:2]) == _BRANCH):
        return True  # "… | chi nhánh Hà Nội", "… | khu vực I": a branch or a regional office
    return _central_board_of_another_body(short_key, long_key)


def _central_board_of_another_body(short_key: str, long_key: str) -> bool:
    """Is the short key a central board ("Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung
    ương"), which bare is the Party's, and the long one that board of a mass organization
    ("… Trung ương Đoàn", "… Trung ương Hội Nông dân Việt Nam"), another body? The Party's own
    ("Ban Chấp hành Trung ương | Đảng") is the same."""
    if not short_key.endswith(" trung ương") or not long_key.startswith(short_key + " "):
        return False
    return not long_key[len(short_key) + 1 :].startswith("đảng")


def _national_rules_head(words: tuple[str, ...], lex: Lexicons) -> OrgHead | None:
    """A head of rule_heads.tsv that names one body of the Vietnamese state or its mass
    organizations alone ("Trung ương Đoàn"), not a world body's short form ("UNICEF")."""
    head = lex.unit_heads.get(words)
    return head if head is not None and head.standalone and head.kind != "international" else None


def trailing_country(words: Sequence[str], lex: Lexicons) -> tuple[str, ...] | None:
    """The country or territory the words end in, the longest ("Ngoại giao | Lào"), if any."""
    return next((tuple(words[-n:]) for n in (3, 2, 1) if len(words) >= n and tuple(words[-n:]) in lex.countries), None)


def _ends_in_a_foreign_country(words: Sequence[str], lex: Lexicons) -> bool:
    """Do the words end in a country's name other than Việt Nam ("Nhân dân Cách mạng | Lào")?"""
    return trailing_country(words, lex) not in (None, _HOME)


def _shared_opening(a: Sequence[str], b: Sequence[str]) -> int:
    """How many words two written names open with alike."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _is_initialed_form(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` ``long`` with the words between its head and its name written as their
    initials ("Công ty | CPĐT&XDGT | Phương Thành" ~ "Công ty | Cổ phần đầu tư và Xây dựng giao
    thông | Phương Thành": "&" for "và", marks set aside as in "QLDA")?"""
    ws, wl = short.split(), long.split()
    head = _shared_opening(ws, wl)
    tail = _shared_opening(ws[head:][::-1], wl[head:][::-1])  # the words both end with
    middle, spelled = ws[head : len(ws) - tail], wl[head : len(wl) - tail]
    if head == 0 or len(middle) != 1 or len(spelled) < 2 or not is_abbreviation(middle[0]):
        return False
    spelled = [w for w in spelled if w not in ("-", "–", ",")]
    if tail == 0:
        # With no name after it ("Bộ | KH&CN" ~ "Bộ | Khoa học và Công nghệ") the short form
        # stands for the whole rest, one letter to a syllable (so "Công ty | CP" is never
        # "Công ty | Cổ phần Xây dựng số 1"), but for a locality left out ("Sở | KH&CN" ~ "Sở |
        # Khoa học và Công nghệ | tỉnh Lâm Đồng")
        lower = [w.lower() for w in spelled]
        unit = next((k for k in range(2, len(spelled)) if _locality_named_at(spelled, lower, k)), len(spelled))
        spelled = spelled[:unit]
        # or the country ("Viện | NCPTDL" ~ "Viện | Nghiên cứu Phát triển Du lịch | Việt Nam"),
        # unless the initials spell it too (one letter to each syllable)
        country = trailing_country(spelled, lex)
        if country and len(spelled) - len(country) >= 2 and len(_letters_of(middle[0])) < len(spelled):
            spelled = spelled[: len(spelled) - len(country)]
    letters = _letters_of(middle[0])
    return letters in (_initials([w for w in spelled if w.lower() not in ("và", "&")]), _initials(spelled))


def _letters_of(abbreviation: str) -> list[str]:
    """The letters of an abbreviation, its marks left out ("KH&CN" -> K H C N)."""
    return [c for c in abbreviation if c.isalpha()]


def _locality_named_at(words: Sequence[str], lower: Sequence[str], k: int) -> bool:
    """A unit word and a capitalized name at ``k`` ("tỉnh | Lâm Đồng"), not the "xã" of
    "Chính sách xã hội"."""
    n = locality_unit_length(lower, k)
    return n > 0 and k + n < len(words) and words[k + n][:1].isupper()


def _is_listed_short_form(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` a body's short form whose full name the head lists give ("WB" for "Ngân
    hàng Thế giới", "UBKT" for "Ủy ban Kiểm tra"; rule_heads.tsv), written out as ``long``?"""
    head = lex.unit_heads.get((canonical(short),)) or lex.org_heads.get((canonical(short),))
    return (
        head is not None
        and bool(head.expansion)
        and lex.keys.match_key(head.expansion or "") == lex.keys.match_key(long)
    )


def _bare_head_of(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` a head alone that needs a name ("Ủy ban", "Hội đồng") and ``long`` a body
    it opens ("Chủ nhiệm Ủy ban | Nguyễn …" after "Ủy ban Văn hóa và Xã hội")? The caller
    merges only when one body fits: the article's one committee is the one meant."""
    words = short.split()
    return is_bare_head(words, lex) and long.split()[: len(words)] == words and long != short


def _is_acronym(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` one word of the initials of every syllable of ``long``, or of ``long``
    without the place it ends in ("NHNN" ~ "Ngân hàng Nhà nước | Việt Nam", "ĐHQGHN" ~ "Đại
    học Quốc gia Hà Nội", "TANDTC" ~ "Tòa án nhân dân tối cao")?"""
    letters = [c.upper() for c in _letters_of(short)]
    if " " in short or len(letters) < 3 or not is_abbreviation(short):
        return False
    words = [w for w in long.split() if w.lower() not in ("và", "&", "-", "–")]
    if letters == _initials(words):
        return True
    for n in (1, 2, 3):
        if len(words) - n >= 3 and names_a_place(" ".join(words[-n:]), lex):
            return letters == _initials(words[:-n])
    return False


def _is_clipped_form(short: str, long: str, lex: Lexicons) -> bool:
    """``short`` is ``long`` without its last words ("Tập đoàn Hóa chất" ~ "… Việt Nam", "Cục An
    toàn" ~ "Cục An toàn thông tin") or without its first ("Manulife Việt Nam" ~ "Công ty Bảo
    hiểm Manulife Việt Nam"). The caller merges only when one institution fits."""
    short_key, long_key = lex.keys.match_key(short), lex.keys.match_key(long)
    ks, kl = short_key.split(), long_key.split()
    single_name = len(ks) == 1 and len(short) >= 4 and short[:1].isupper() and not short.isupper()
    if _company_by_its_brand(short, long.split(), lex):
        return True
    if (len(ks) < 2 and not single_name) or len(ks) >= len(kl):
        return False
    if _another_body_within(short_key, long_key):
        return False
    words = tuple(short.split())
    head_length, _ = leading_head(words, lex)
    # (heads the rules alone read count: "Giáo hội Phật giáo Việt Nam" is no clipped "Văn phòng
    # Trung ương Giáo hội Phật giáo Việt Nam")
    # (nor one whose head is written short: "BTL BĐBP" is no clipped "Văn phòng Bộ Tư lệnh BĐBP")
    has_head = head_length > 0 or leading_rule_head(words, lex) is not None or _abbreviated_head(words[0], lex)
    # A real name after the head, not only a legal form ("Công ty CP" never merges).
    # ("Sở | Y tế": a field's one-letter word in capitals is a name's word too)
    named = any(w[:1].isupper() and (not w.isupper() or len(w) == 1) for w in words[head_length:])
    # (or a body's own short form, no field's: "Văn phòng | JICA" ~ "Văn phòng JICA Việt Nam")
    named = named or any(_own_short_form(w, lex) for w in words[head_length:])
    named = named or _field_before_a_name(words[head_length:], long.split()[len(words) :], lex)
    # (or a line of work after a head in sentence case: "Ban Quản lý | rừng" ~ "Ban Quản lý rừng
    # phòng hộ Ia Grai")
    named = named or (len(words) > head_length and _head_in_sentence_case(words[:head_length]))
    # (the long name's place left out: "Tổng Liên đoàn" ~ "Tổng Liên đoàn Lao động | Việt Nam")
    prefix = kl[: len(ks)] == ks and min(len(kl), _without_place_length(long, lex)) - len(ks) <= 2 and named
    # (not where the words left out are a foreign body's: "Ủy ban Đối ngoại" is no clipped "Ủy
    # ban Đối ngoại | Hạ viện Nhật Bản", the Japanese house's committee)
    prefix = prefix and not _a_foreign_parent(long.split()[len(words) :], lex)
    # A name that begins with a head of its own (Đảng ủy …) is its own body, not a clipped one.
    suffix = kl[-len(ks) :] == ks and short[:1].isupper() and not has_head
    # "Manulife" ~ "Công ty Bảo hiểm | Manulife | Việt Nam": a brand, its head before and its country after
    written = long.split()
    branded = single_name and any(
        written[k] == short and names_a_place(" ".join(written[k + 1 :]), lex) for k in range(1, len(written) - 1)
    )
    # "Hòa Phát" is not "HĐQT Hòa Phát" or "Đảng ủy Hòa Phát" clipped: a board's or a party
    # committee's name ends in its company's, another body
    return prefix or ((suffix or branded) and not _inner_body(written, lex) and not _parent_bank(short, long, lex))


def _a_foreign_parent(rest: Sequence[str], lex: Lexicons) -> bool:
    """Do the words after a body's name open with another body's head and end in a foreign
    country ("Hạ viện Nhật Bản", "Quốc hội Lào")?"""
    return bool(rest) and leading_head(tuple(rest), lex)[1] is not None and _ends_in_a_foreign_country(rest, lex)


def _own_short_form(word: str, lex: Lexicons) -> bool:
    """Is ``word`` a body's short form in capitals ("JICA", "KOICA"; :func:`names_a_body_in_capitals`,
    so not a field's or a legal form's, "GTVT", "CP"), not a place's ("HCM")?"""
    return names_a_body_in_capitals(word, lex) and not names_a_place(word, lex)


def _field_before_a_name(field: Sequence[str], rest: Sequence[str], lex: Lexicons) -> bool:
    """Is ``field`` a head's field in lower case, no legal form ("Ban Quản lý | rừng phòng hộ"),
    that the long name follows with a proper name only ("Đa Nhim")? The short name is the body's
    written without its name, as "Cục An toàn" is without its field."""
    return (
        len(field) >= 2
        and all(w.isalpha() and w.islower() for w in field)
        and not leading_phrase(tuple(field), lex.legal_forms, lex)
        and bool(rest)
        and all(w[:1].isupper() and not w.isupper() for w in rest)
    )


def _without_place_length(name: str, lex: Lexicons) -> int:
    """How many syllables of the match key ``name`` has without the place it ends in ("Tổng
    Liên đoàn Lao động | Việt Nam": 5); all of them where it ends in none."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and names_a_place(" ".join(words[-n:]), lex):
            return len(lex.keys.match_key(" ".join(words[:-n])).split())
    return len(lex.keys.match_key(name).split())


# Heads of a company or a bank that goes by a brand of its own, not of a fund or a unit that
# bears its owner's ("Quỹ sáng tạo | CMC", "Phòng | PC45" are other bodies' or left alone)
_BRANDED_HEADS = frozenset({("Tập", "đoàn"), ("Công", "ty"), ("Tổng", "công", "ty"), ("Ngân", "hàng"), ("Hãng",)})


def _company_by_its_brand(short: str, written: Sequence[str], lex: Lexicons) -> bool:
    """Is ``short`` a one-word brand in capitals that a company's or a bank's name ends in,
    after its head and at most the lower-case words of its trade ("AIA" ~ "Tập đoàn AIA",
    "VIVASO" ~ "Tổng công ty vận tải thủy VIVASO", "BP" ~ "tập đoàn dầu khí BP")?"""
    if " " in short or not is_abbreviation(short) or written[-1] != short or len(written) < 2:
        return False
    if short in lex.abbreviations or names_a_place(short, lex):
        return False  # "Sở | GTVT", "Công an | TP.HCM"
    opening = [written[0][:1].upper() + written[0][1:], *written[1:-1]]
    n = next((n for n in (3, 2, 1) if tuple(opening[:n]) in _BRANDED_HEADS), 0)
    trade = opening[n:]
    while n and trade:
        # "Công ty | CP | Tập đoàn | FLC": a legal form and the group's own head before the brand
        skip = leading_phrase(tuple(trade), lex.legal_forms, lex) or next(
            (m for m in (3, 2, 1) if tuple(trade[:m]) in _BRANDED_HEADS), 0
        )
        if not skip:
            break
        trade = trade[skip:]
    return n > 0 and len(trade) <= 3 and all(w[:1].islower() for w in trade)


def _brand_without_its_field(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` ``long`` without the words between its head and its brand, a name no
    dictionary knows and no place ("Học viện | Clingendael" ~ "Học viện | Ngoại giao |
    Clingendael", "HĐQT | Oceanbank" ~ "HĐQT | Ngân hàng | Oceanbank"), not "Đại học | Hải
    Phòng" ~ "Đại học | Dân lập | Hải Phòng", another university?"""
    ws, wl = short.split(), long.split()
    head = _shared_opening(ws[:-1], wl)  # a brand of one word at least is left
    brand = ws[head:]
    if head == 0 or len(brand) > 2 or len(wl) <= len(ws) or wl[-len(brand) :] != brand:
        return False
    if not all(w[:1].isupper() and not lex.dictionary.has(w.lower()) for w in brand):
        return False
    if _a_subsidiary_by_its_trade(ws[:head], wl[head : len(wl) - len(brand)], lex):
        return False
    return not names_a_place(" ".join(brand), lex)


def _a_subsidiary_by_its_trade(opening: Sequence[str], middle: Sequence[str], lex: Lexicons) -> bool:
    """Do the words a company's longer name holds between its head and its brand name a line
    of business ("Công ty Cổ phần | Viễn thông | FPT", "Công ty TNHH | Phần mềm | FPT"): a
    group's subsidiary named after it, not the group ("Công ty Cổ phần FPT"), unlike a head
    ("Công ty CP | Tập đoàn | Hòa Phát") or a legal form only?"""
    _, head = leading_head(tuple(opening), lex)
    if head is None or head.kind != "business":
        return False
    trade = tuple(middle)
    while trade and (skip := leading_phrase(trade, lex.legal_forms, lex)):
        trade = trade[skip:]
    return bool(trade) and leading_head(trade, lex)[1] is None


def _inner_body(written: Sequence[str], lex: Lexicons) -> bool:
    """Does a written name open with a body inside the one it names, a board or a party
    committee ("HĐQT Hòa Phát", "Đảng ủy Petrovietnam")?"""
    if opening_board(written, lex):
        return True
    _, head = leading_head(tuple(written), lex)
    return head is not None and head.kind == "party"


def _parent_bank(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` a bank's brand ("Vietcombank", "BIDV Bank") at the end of a body that is no
    bank ("Công ty Chứng khoán | Vietcombank")? That is the parent bank the subsidiary is named
    after, another institution."""
    _, head = leading_head(tuple(long.split()), lex)
    return short.lower().endswith("bank") and head is not None and head.kind != "finance"


def _short_words(name: str) -> int:
    """How many words of a name are written short ("QĐND", "TP")."""
    return sum(1 for word in name.replace(".", " ").split() if is_abbreviation(word))


def _home_country_bodies(name: str, candidates: list[InstitutionRecord], lex: Lexicons) -> list[InstitutionRecord]:
    """Of the bodies a bare name may stand for, Việt Nam's own: in Vietnamese news "Quốc hội"
    beside "Quốc hội Việt Nam" and "Quốc hội Campuchia" is Việt Nam's."""
    home = lex.keys.match_key(f"{name} Việt Nam")
    return [r for r in candidates if lex.keys.match_key(r.name) == home]


_LOOSE_AMPERSAND = re.compile(r"(?<=\s)&(?=\S)|(?<=\S)&(?=\s)")


def _loose_key(name: str, lex: Lexicons) -> str:
    """A name's comparison form with its fields' joints set aside: "Tài nguyên - Môi trường" =
    "Tài nguyên và Môi trường", "Văn hóa Du lịch" = "Văn hóa và Du lịch", "tiểu học &THCS" =
    "tiểu học & THCS"."""
    key = lex.keys.match_key(_LOOSE_AMPERSAND.sub(" & ", name))
    return " ".join(word for word in key.split() if word not in ("và", "&"))


def _is_initials_or_listed_form(short: str, long: str, lex: Lexicons) -> bool:
    """Is ``short`` one word that spells ``long``'s initials or that the head lists expand to it?"""
    return _is_acronym(short, long, lex) or _is_listed_short_form(short, long, lex)


# How a name may be another record's writing, tried in this order, each only where none before
# fits any record: the first that fits decides (the caller wants one record to fit).
_SAME_BODY_TESTS: tuple[Callable[[str, str, Lexicons], bool], ...] = (
    _is_short_form,
    _is_clipped_form,
    _is_initialed_form,
    _brand_without_its_field,
    _is_initials_or_listed_form,
    _bare_head_of,
)


def merge_institutions(mentions: list[tuple[str, str, int, int]], lex: Lexicons) -> list[InstitutionRecord]:
    """One record per institution from (name, kind, start, end) mentions, fullest name first seen."""
    records: list[InstitutionRecord] = []
    by_key: dict[str, InstitutionRecord] = {}
    # Each record's loose key, its first name's: a later name it takes has the same one
    loose_keys: dict[int, str] = {}
    match_key = lex.keys.match_key
    ordered = sorted(mentions, key=lambda m: -len(match_key(m[0])))
    for name, kind, start, end in ordered:
        key = match_key(name)
        loose = _loose_key(name, lex)
        record = by_key.get(key)
        if record is None:
            candidates = [r for r in records if loose_keys[id(r)] == loose]
            for same_body in _SAME_BODY_TESTS:
                if candidates:
                    break
                candidates = [r for r in records if same_body(name, r.name, lex)]
            if len(candidates) > 1:
                candidates = _home_country_bodies(name, candidates, lex)
            record = candidates[0] if len(candidates) == 1 else None
        if record is None:
            record = InstitutionRecord(name, kind)
            records.append(record)
            loose_keys[id(record)] = loose
        elif name != record.name and (
            (name.lower() == record.name.lower() and name[:1].isupper() > record.name[:1].isupper())
            or (
                (key == match_key(record.name) or loose == loose_keys[id(record)])
                and _short_words(name) < _short_words(record.name)
            )
        ):
            # "Phòng Tài chính …" is the name, "phòng …" a writing of it; "Quân đội nhân dân Việt
            # Nam" the name, "QĐND Việt Nam" its short writing
            record.aliases.append(record.name)
            record.name = name
        elif name != record.name and name not in record.aliases:
            record.aliases.append(name)
        by_key[key] = record
        if start >= 0:
            record.mentions.append((start, end))
    for record in records:
        record.mentions.sort()
    _named_in_full_inside_another(records, lex)
    return sorted(records, key=lambda r: r.mentions[0][0] if r.mentions else 1 << 30)


def _named_in_full_inside_another(records: list[InstitutionRecord], lex: Lexicons) -> None:
    """A short reference whose full name the article writes only inside another body's name
    takes that full name ("Ban Thường vụ | Tỉnh ủy Bắc Giang" … "Bí thư Tỉnh ủy": the body is
    "Tỉnh ủy Bắc Giang"; the guide lists it, named on its own, under its full name, while the
    outermost name stays one institution). Only where one body of the article's fits."""
    keys = {lex.keys.match_key(r.name) for r in records}
    inside: dict[str, list[str]] = {}  # each name's bodies, read once (a renamed record's anew)

    def bodies_inside(name: str) -> list[str]:
        if name not in inside:
            inside[name] = _bodies_inside(name, lex)
        return inside[name]

    for record in records:
        inner = {
            full
            for other in records
            if other is not record
            for full in bodies_inside(other.name)
            if lex.keys.match_key(full) not in keys
            and (_is_short_form(record.name, full, lex) or _is_clipped_form(record.name, full, lex))
        }
        if len(inner) == 1:
            (full,) = inner
            record.aliases.insert(0, record.name)
            record.name = full
            keys.add(lex.keys.match_key(full))


def _bodies_inside(name: str, lex: Lexicons) -> list[str]:
    """The bodies a name ends in after its own head ("Tỉnh ủy Bắc Giang" of "Ban Thường vụ Tỉnh
    ủy Bắc Giang"): each run of its words to the end that opens with a head and ends in a
    capitalized word. Not the company its legal forms are of (the same body), nor inside a
    delegation's or a branch's name ("Đoàn đại biểu Quốc hội | TP Hà Nội": no "Quốc hội TP Hà
    Nội"; "Chi nhánh Ngân hàng … TP Hà Nội": the city is the branch's, not the bank's)."""
    words = name.split()
    lowered = tuple(w.lower() for w in words)
    if not words[-1][:1].isupper() or any(lowered[: len(h)] == h for h in _NO_PART_OF_HEADS):
        return []
    own = leading_rule_head(words, lex)  # the rules' heads too: "Hội đồng trường | Đại học …"
    after_head = len(own.words) if own is not None and tuple(words[: len(own.words)]) == own.words else 0
    after_forms = after_head
    while n := leading_phrase(words[after_forms:], lex.legal_forms, lex):
        after_forms += n
    return [
        " ".join(words[k:])
        for k in range(max(1, after_head), len(words) - 1)  # not inside its own head
        if (k != after_forms or after_forms == after_head) and opens_with_a_head(words[k:], lex)
    ]


_NO_PART_OF_HEADS = (("chi", "nhánh"), ("đoàn", "đại", "biểu"), ("đoàn", "đbqh"))


def opens_with_a_head(words: Sequence[str], lex: Lexicons) -> bool:
    """Do ``words`` open with a head as it is written ("Tỉnh ủy | Bắc Giang"; not "tỉnh ủy")?"""
    _, head = leading_head(tuple(words), lex)
    return head is not None and tuple(words[: len(head.words)]) == head.words


def nearest_head(words: Sequence[str], lex: Lexicons) -> int | None:
    """Where the last head as written opens among ``words`` (the nearest before what follows
    them), if any."""
    return next((k for k in range(len(words) - 1, -1, -1) if opens_with_a_head(words[k:], lex)), None)
