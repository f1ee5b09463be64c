"""Officials: named people with the positions the article gives them.

Three patterns link a position to a person, read sentence by sentence:

- a title chain before a name: ``Bí thư Đảng ủy, Chủ tịch HĐND phường Yên Sở Nguyễn Minh
  Tâm`` (two positions; the shared ``phường Yên Sở`` is distributed to ``Đảng ủy``, and a
  title with no organization takes the next one: ``Bộ trưởng, Chủ nhiệm Văn phòng Chính
  phủ``);
- an apposition after a name: ``ông Nguyễn Văn A, Giám đốc Công ty X``, ``ông A - Trạm
  trưởng``, ``Nguyễn Việt Hà – nguyên Giám đốc chi nhánh Thái Bình``;
- a later short mention: ``ông Tâm``, ``đồng chí Nguyễn Minh Tâm``, ``Thứ trưởng Trường``
  joins the official already found.

Names come without honorifics, ranks or degrees; bylines and credits never reach here
(see :mod:`extractor.text.layout`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from ..lexicon.loader import SPECIALIST_GRADES, Lexicons, OrgHead, Phrases
from ..lexicon.phrases import (
    country_or_place_at,
    head_at,
    head_kind,
    leading_head,
    leading_phrase,
    leading_rule_head,
    looks_foreign,
    looks_foreign_name,
    match_phrase,
)
from ..text.syllables import Syllable
from .institutions import (
    BOARDS,
    OrgMention,
    acts_at,
    apostrophe_prefix,
    bears_the_name,
    begins_name,
    capital_inside,
    closing_bracket,
    extend_name,
    foreign_city_at,
    glued_apostrophe,
    is_abbreviation,
    is_name_syllable,
    is_short_name,
    is_surname,
    korean_name,
    locality_after_its_committee,
    locality_start,
    name_run_start,
    names_a_body_in_capitals,
    officer_rank_at,
    opening_board,
    person_cut,
    place_or_locality_at,
    predicate_begins_at,
    term_length,
    trailing_country,
    whole_field_name,
    without_inner_short_form,
    world_short_form,
)

# Lower-case words that end the organization part of a position ("… cho biết", "… đã").
_ORG_STOP = frozenset(
    [
        "cho",
        "đã",
        "đang",
        "sẽ",
        "là",
        "được",
        "bị",
        "có",
        "không",
        "cũng",
        "vừa",
        "nói",
        "phát",
        "yêu",
        "đề",
        "trao",
        "tại",
        "khi",
        "về",
        "với",
        "để",
        "thì",
        "này",
        "đó",
        "rằng",
        "cùng",
        "trong",
        "ngày",
        "năm",
        "tháng",
        "sáng",
        "chiều",
        "tối",
        "hôm",
        "làm",
        "kiêm",
        "ký",
        "nhấn",
        "khẳng",
        "chia",
        "nhận",
        "tiếp",
        "dẫn",
        "thăm",
        "tới",
        "đến",
        "kiểm",
        "chỉ",
        "ông",
        "bà",
        "anh",
        "chị",
        "đồng",
        "thông",
        "lưu",
        "trả",
        "giải",
        "bày",
        "cảm",
        "mong",
        "tặng",
        "chúc",
        "đánh",
        "nêu",
        "gửi",
    ]
)
_CHAIN_SEPARATORS = frozenset({",", "kiêm", "và", "-", "–"})  # "Phó Chủ tịch - Tổng Thư ký …"
# Words after a comma that add an office held at the same time ("…, đồng thời là Giám đốc …")
_CONCURRENT_LINKS = frozenset({("đồng", "thời", "là")})
_APPOSITION_SEPARATORS = frozenset({",", "-", "–", "—", "("})
_CLAUSE_MARKS = frozenset({",", ":", ";", "(", "“", '"', "-", "–", "—"})
# Words a title may end with after its own ("Phó Bí thư | Thường trực", "Tổng thống | đương nhiệm").
_TITLE_SUFFIXES = (["thường", "trực"], ["đương", "nhiệm"])
# Lower-case titles that are too common as ordinary words to read as a title.
_CAPITAL_ONLY_TITLES = frozenset({("trưởng",), ("thành", "viên"), ("đại", "biểu"), ("thư", "ký"), ("ủy", "viên")})
# Words before a capitalized run that make it a place or thing, not a person (đường Lê Duẩn).
_NOT_PERSON_BEFORE = frozenset(
    [
        "đường",
        "phố",
        "phường",
        "xã",
        "quận",
        "huyện",
        "tỉnh",
        "thôn",
        "ấp",
        "bản",
        "cầu",
        "sông",
        "hồ",
        "núi",
        "chợ",
        "trường",
        "làng",
        "tàu",
        "giải",
        "quỹ",
        "dự",
        "án",
        "nhà",
        "máy",
        "khu",
        "tòa",
        "cụm",
    ]
)
_MAX_LOWER_GAP = 8
# How far a person's details in brackets may run ("(SN 1970, trú tại thôn 6, xã Ia Blang, huyện Chư Sê)")
_DETAILS_REACH = 30
# Words for a kind of organization written before a foreign name ("công ty dầu lửa Continental
# Resources", "tạp chí Forbes"): the guide keeps the name alone.
_DESCRIPTORS = frozenset({"công", "tập", "hãng", "quỹ", "tạp", "tờ", "thương", "nhà", "trang", "tổ"})
_UNIT_REACH = 8
# How long a home place after a birth year may run ("quê quán xã Yên Từ, huyện Yên Mô, tỉnh Ninh
# Bình" runs to its first comma only: the words after it read as more of the same aside)
_HOME_PLACE = 9
# Honorifics that stand for a person already named when they open a sentence alone (in party
# news "đồng chí", comrade, as "ông" elsewhere: "Trước đó, đồng chí Bảo là …").
PRONOUNS = frozenset({("ông",), ("bà",), ("đồng", "chí")})
_MAX_OPENING = 6  # syllables of an opening adverbial before the subject ("Từ tháng 3/2020, | ông …")

# A unit's age in brackets after its name, since the 2025 mergers: "huyện Thanh Trì (cũ)", "xã Phù Đổng (mới)".
_UNIT_AGE = frozenset({"cũ", "mới"})
_FORMER_UNIT = "cũ"  # also written without brackets; "mới" so written is as often "newly" ("… mới được bầu")
# A board member's standing after the board ("Thành viên HĐQT | độc lập", independent; "… |
# không điều hành", non-executive), which the member's title has in English and the board not
_BOARD_STANDINGS = (("độc", "lập"), ("không", "điều", "hành"))


# The heads of a board's own committees ("Thành viên HĐQT kiêm Chủ tịch | Ủy ban Kiểm toán"),
# which the board does not belong to as it does to the company the next title names
_COMMITTEE_HEADS = frozenset({("Ủy", "ban"), ("Ban",), ("Tiểu", "ban"), ("Hội", "đồng")})


def _company_of_a_committee(org: str, lex: Lexicons) -> str | None:
    """The body a board belongs to when the next title names ``org``: ``org`` itself, or where it
    opens with a committee ("Ủy ban Kiểm toán", "Ban Kiểm soát | Ngân hàng TMCP Á Châu") the
    company named after the committee, else None."""
    words = org.split()
    n, head = leading_head(words, lex)
    if head is None or tuple(words[:n]) not in _COMMITTEE_HEADS:
        return org
    for k in range(n + 1, len(words)):
        _, owner = leading_head(words[k:], lex)
        if owner is not None and owner.kind in ("business", "finance"):
            return " ".join(words[k:])
    return None


def _board_standing(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """How many syllables a board member's standing takes at ``j``, right after the board
    (:data:`BOARDS`, as written short or in full); 0."""
    board = any(
        lex.keys.match_key(" ".join(s.text for s in syls[j - n : j])) in BOARDS for n in range(1, min(4, j) + 1)
    )
    if not board:
        return 0
    return next(
        (len(w) for w in _BOARD_STANDINGS if tuple(s.text for s in syls[j : j + len(w)]) == w),
        0,
    )


# Titles that name an office without an organization (the Prime Minister, the President).
_SELF_NAMED_TITLES = frozenset(
    {"thủ tướng", "tổng bí thư", "chủ tịch nước", "tổng thống", "ngoại trưởng", "thủ hiến", "thị trưởng", "quốc vương"}
)


def _bare_title_words(title: str, lex: Lexicons) -> list[str]:
    """The title's words without its prefixes ("Phó", "nguyên", "Thường trực" …)."""
    words = title.split()
    while words and (words[0],) in lex.title_prefixes:
        words = words[1:]
    return words


def _bare_title(title: str, lex: Lexicons) -> str:
    """The title without its prefixes, in lower case, as the title lists key it ("bộ trưởng")."""
    return " ".join(_bare_title_words(title, lex)).lower()


def _title_unit(title: str, lex: Lexicons) -> str | None:
    """The head of the unit the title heads (title_units.tsv: "Bộ" for "Bộ trưởng"), if any."""
    return lex.title_units.get(_bare_title(title, lex))


# A company's founder, no office by itself, before the office the founder holds ("đồng sáng lập
# kiêm CEO", "nhà sáng lập, Chủ tịch …").
_FOUNDERS = frozenset(
    {("đồng", "sáng", "lập"), ("nhà", "sáng", "lập"), ("người", "sáng", "lập"), ("nhà", "đồng", "sáng", "lập")}
)


def _founder_before_a_title(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The length of a founder's word and the "kiêm", "," or "và" after it at ``j`` (0 if none)."""
    n = match_phrase(syls, j, _FOUNDERS, lex, ignore_case=True)
    return n + 1 if n and j + n < len(syls) and syls[j + n].text in ("kiêm", ",", "và") else 0


def _age_between_commas(syls: list[Syllable], k: int) -> bool:
    """Does a person's age set off by commas stand at ``k`` (", 58 tuổi,"), as court and obituary
    news write it after the name, where the bracketed "(58 tuổi)" is passed over too?"""
    return (
        k + 3 < len(syls)
        and syls[k].text == ","
        and syls[k + 1].text.isdigit()
        and syls[k + 2].text == "tuổi"
        and syls[k + 3].text == ","
    )


def _in_charge_alone(syls: list[Syllable], j: int) -> bool:
    """Does "phụ trách" (in charge) stand at ``j`` with nothing it is in charge of after it, the
    clause or the apposition ending ("Phó Tổng Giám đốc | phụ trách |, làm …"): a deputy who runs
    the unit, a standing of the title, not a verb that opens the predicate?"""
    return (
        j + 2 < len(syls)
        and syls[j].text == "phụ"
        and syls[j + 1].text == "trách"
        and syls[j + 2].text in (",", ".", ";", ")")
    )


def _heads_another_kind_of_unit(title: str, body: str, lex: Lexicons) -> bool:
    """Does ``body`` open with the head of another kind of unit than the one ``title`` heads
    (title_units.tsv)? "Thứ trưởng, kiêm Cục trưởng | Cục Bưu điện Trung ương": a deputy
    minister heads no department, so the title takes no share of the department's name."""
    unit = _title_unit(title, lex)
    if unit is None:
        return False
    words = body.split()
    opening = next((" ".join(words[:n]) for n in (2, 1) if " ".join(words[:n]) in lex.unit_heads_titled), None)
    return opening is not None and opening != unit


# The first words of a deputy's title: a body has several deputies ("các Thứ trưởng: A, B" may all
# be the ministry's named nearby), and one head.
_DEPUTY_WORDS = frozenset({"phó", "thứ"})

# An envoy's rank, held beside the mission he heads ("Đại sứ, Trưởng Phái đoàn đại diện thường
# trực Việt Nam tại Liên Hợp Quốc"): an ambassador is sent by a country, not by the body named next.
_ENVOY_RANKS = frozenset({"đại sứ", "đại sứ đặc mệnh toàn quyền"})


def _an_envoys_rank(title: str, lex: Lexicons) -> bool:
    return _bare_title(title, lex) in _ENVOY_RANKS


def _names_its_office(title: str, lex: Lexicons) -> bool:
    """Does the title name its office alone: one of the self-named ("Thủ tướng"), or one that
    ends in a body a head names alone ("Phó Chủ tịch Quốc hội", "Tổng Kiểm toán Nhà nước"; not
    "Chánh Văn phòng", whose office is named after it)?"""
    words = _bare_title_words(title, lex)
    if " ".join(words).lower() in _SELF_NAMED_TITLES:
        return True
    for k in range(1, len(words)):
        head = lex.org_heads.get(tuple(words[k:]))
        if head is not None and (head.standalone or head.national):
            return True
    return False


# The heads of a party committee itself (its boards, "Ban Thường vụ", "Ủy ban Kiểm tra", are the committee's).
_COMMITTEES = frozenset(
    tuple(head.split()) for head in ("Đảng ủy", "Đảng bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
)

# A locality's council and front, whose party committee is the locality's own ("Bí thư Đảng ủy,
# Chủ tịch HĐND phường Yên Sở"): the heads as org_heads.tsv spells them in full.
_LOCAL_COUNCILS = frozenset({"Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc"})
# The units of a commune (since 2025 also the special zones), with one party committee for every body in it.
_COMMUNE_UNITS = frozenset({("xã",), ("phường",), ("thị", "trấn"), ("đặc", "khu")})

_DIVISION = "Khối"  # a bank's or company's division ("Khối Ngân hàng bán lẻ"), no company of its own

_INVITATION = ("lời", "mời", "của")  # "Nhận lời mời của <host>, <guest> …"

# How many syllables the boards a cadre joins may run to the "và" before the post.
_BOARDS_REACH = 16

# How many syllables a workplace named after "đến nhận công tác tại" may run to its comma.
_POSTED_BODY_REACH = 20

# Executive titles: a company's, never its board's ("Tổng giám đốc, Thành viên HĐQT Công ty X" runs X).
_EXECUTIVE_TITLES = frozenset({"giám đốc", "tổng giám đốc", "kế toán trưởng", "giám đốc điều hành"})


def _is_executive(title: str, lex: Lexicons) -> bool:
    return _bare_title(title, lex) in _EXECUTIVE_TITLES


def _is_party_title(title: str, lex: Lexicons) -> bool:
    """Is the title a party committee's secretary's ("Phó Bí thư", "Phó Bí thư Thường trực")?"""
    words = [w.lower() for w in _bare_title_words(title, lex)]
    return words[:2] == ["bí", "thư"] and words[2:] in ([], ["thường", "trực"])


def _body_ending_title(title: str, lex: Lexicons) -> str | None:
    """The body a title ends in, after a shorter title ("Chủ nhiệm Ủy ban" -> "Ủy ban"), if any."""
    words = _bare_title_words(title, lex)
    for k in range(len(words) - 1, 0, -1):
        if tuple(w.lower() for w in words[:k]) in lex.titles_lower and words[k][:1].isupper():
            return " ".join(words[k:])
    return None


def _unit_ending_title(title: str, lex: Lexicons) -> str | None:
    """The lower-case administrative unit a title ends in ("Trưởng thôn" -> "thôn", "Tổ trưởng tổ
    dân phố" -> "tổ dân phố"), if any: the name after such a title is the unit's, so a title
    that shares it shares the unit too ("Bí thư Chi bộ, Trưởng thôn Nà Mòn": the cell of the
    village Nà Mòn, not of a body named "Nà Mòn")."""
    words = _bare_title_words(title, lex)
    for n in (3, 2, 1):
        tail = tuple(words[-n:])
        if len(words) > n and tail[0].islower() and tail in lex.admin_units:
            return " ".join(tail)
    return None


# The dashes a holder's name may follow at the end of a title chain ("… Puerto Rico - Ricardo Ramos").
_NAME_DASHES = frozenset({"-", "–", "—"})
_APPOSITION_ENDS = frozenset({",", ".", ";", ")"})

# A monarch's titles: their holder holds no other office in a list of titles.
_SOVEREIGN_TITLES = frozenset(
    {"quốc vương", "nhà vua", "nữ hoàng", "hoàng thái hậu", "hoàng hậu", "thái tử"}
)  # a unit named this close before a bare title is its unit


@dataclass
class PositionFound:
    title: str
    organization: str | None
    start: int
    end: int
    # Where the organization is written, when it is written right after the title (not
    # distributed from a neighbour): the NER may know that its name goes on.
    org_start: int | None = None
    org_end: int | None = None
    # The organization was taken from a unit named nearby, not written after the title.
    inferred: bool = False
    # The body the organization belongs to, as the text gives it in brackets right after it
    # ("Cục Tác chiến | (Bộ Tổng Tham mưu)"): part of the position as written.
    parent: str | None = None


@dataclass
class OfficialFound:
    name: str
    positions: list[PositionFound] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Title:
    first: int  # first syllable (prefix included)
    stop: int
    text: str
    lower_post: bool = False  # a lower-case post (apposition_titles.txt): it needs its organization


@dataclass
class _Position:
    title: _Title
    org_first: int | None = None
    org_stop: int | None = None
    org_text: str | None = None
    concurrent: bool = False  # joined to the next title by "kiêm": another office held as well
    parent_stop: int | None = None  # the index after a parent body in brackets right after the organization
    holder_after: int = 0  # the length of the name right after where the post is held (_posted_at)
    # a board member's standing between the board and its company ("HĐQT | độc lập | Công ty X"),
    # which the title keeps and the organization leaves out
    standing: tuple[int, int] | None = None


def title_at(syls: list[Syllable], i: int, lex: Lexicons, source: str) -> _Title | None:
    """A title (with its prefixes) starting at syllable ``i``."""
    starts = [i]  # where the title may begin after 0, 1, 2 … prefixes
    # "chính quyền | Tổng thống": a prefix that ends the word before it is no prefix
    while not _inside_lower_word(syls, i):
        n = match_phrase(syls, starts[-1], lex.title_prefixes, lex)
        if not n:
            break
        starts.append(starts[-1] + n)
    # The longest run of prefixes that a title follows; a prefix may be the title itself
    # ("Ủy viên Trung ương Đảng": no title after "Ủy viên", so "Ủy viên" is the title).
    for j in reversed(starts):
        n = _title_length(syls, j, lex)
        if n:
            stop = j + n
            if [s.text.lower() for s in syls[stop : stop + 2]] in _TITLE_SUFFIXES:
                stop += 2  # "Phó Bí thư Thường trực Thành ủy": the standing deputy; "đương nhiệm": incumbent
            return _Title(i, stop, source[syls[i].start : syls[stop - 1].end])
    return None


def _inside_lower_word(syls: list[Syllable], j: int) -> bool:
    """Is the lower-case syllable ``j`` the second or later of a word written in lower case
    ("chức | vụ", "chính | quyền")? It begins no title or prefix."""
    return not syls[j].is_upper_initial and j > 0 and syls[j - 1].word == syls[j].word and syls[j - 1].text.islower()


def _title_length(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    if j >= len(syls):
        return 0
    titles = lex.titles_lower
    for n in lex.lengths_by_first_word(titles).get(syls[j].text.lower(), ()):
        if j + n > len(syls):
            continue
        words = tuple(s.text.lower() for s in syls[j : j + n])
        if words not in titles:
            continue
        if not syls[j].is_upper_initial and (
            words in _CAPITAL_ONLY_TITLES or n < 2 or words not in lex.feature_titles_lower
        ):
            continue  # the rules' own titles (rule_titles.txt) are read only as written, capitalized
        if _inside_lower_word(syls, j):
            continue  # "chức vụ Trưởng ban": "vụ" ends the word "chức vụ", it does not begin "Vụ trưởng"
        if j + n < len(syls) and syls[j + n].text.lower() == "quán":
            continue  # "đại sứ quán", "lãnh sự quán": an embassy or consulate, not its head
        return n
    # "ĐBQH Trương Minh Hoàng": a title's abbreviation, before a name (in a body's name, "Đoàn
    # ĐBQH tỉnh …", it is the body's)
    expanded = lex.abbreviations.get(syls[j].text)
    if expanded and tuple(expanded.lower().split()) in titles and _name_at(syls, j + 1, lex):
        return 1
    return 0


def _name_at(syls: list[Syllable], i: int, lex: Lexicons, *, after_honorific: bool = False) -> int:
    """Length of a person's name starting at ``i`` (2-4 capitalized syllables), else 0.

    A name starts with a Vietnamese surname, or is foreign (Donald Trump), or follows an
    honorific (ông Paul Nguyễn).
    """
    if i >= len(syls) or lex.is_honorific(syls[i].text):
        return 0
    k = i
    initials = 0  # "Dwight D. Eisenhower", "George W. Bush": an initial and its dot, inside
    # Ê-đê and Jrai names open with "Y" (men) or "H'" (women) and may run to five syllables
    # ("Y Thanh Hà Niê Kđăm", "H'Yâo Knul"); the apostrophe is a token of its own.
    highland = syls[i].text == "Y" or apostrophe_prefix(syls, i)
    if highland and syls[i].text != "Y":  # "H'", "K'": the prefix and its apostrophe
        k, initials = i + 2, 1
    longest = 5 if highland else 4
    while k < len(syls) and k - i - initials < longest + 1:
        if k > i and _name_particle(syls, k):
            k += 1  # "Lula | da | Silva": a particle between foreign names counts as no name
            initials += 1
            continue
        if _joined_particle(syls, k) and k > i:
            k += 1  # "Bashar | al-Assad"
            continue
        if k > i and glued_apostrophe(syls, k, any_case=True):
            k += 3  # "Điểu | K'Ré", "Điểu | K’ré": one syllable written in three tokens
            initials += 2
            continue
        if k > i and not is_name_syllable(syls[k]) and _middle_initial(syls, k):
            k += 2  # "Meynardo | L.B. | Montealegre": initials written as one token, then their dot
            initials += 2
            continue
        if not is_name_syllable(syls[k]):
            break
        k += 1
        if _middle_initial(syls, k - 1):
            k += 1
            initials += 2
    while k - 1 > i and _name_particle(syls, k - 1):
        k -= 1  # a particle ends no name
        initials -= 1
    generation = k - 1 > i and syls[k - 1].text in _GENERATIONS
    if generation and k < len(syls) and syls[k].text == "." and syls[k].start == syls[k - 1].end:
        k += 1  # "Ferdinand Marcos Jr.": the generation's dot is the name's
        initials += 2  # (neither it nor "Jr" is a name syllable to count)
    length = k - i
    if length - initials < 2 or length - initials > longest:
        return 0
    words = tuple(s.text for s in syls[i:k])
    if words in lex.places or words in lex.countries:
        return 0  # "Hà Nội", "Thái Bình": places, though they begin with a surname
    if any(words[:n] in lex.countries and (n > 1 or looks_foreign(words[0])) for n in (1, 2)):
        return 0  # "Thủ tướng Iraq Haider al-Abadi": a country, then a name cut short
    if begins_name(syls, i, k, lex) or after_honorific or (highland and length - initials >= 2):
        return length
    # an initial ("W." of "George W. Bush") is no word to judge; a lone capital that is no
    # initial is ("Ở New York, …": the preposition, not a foreign name's first word)
    named = [
        s.text
        for m, s in enumerate(syls[i:k], start=i)
        if s.text not in _NAME_PARTICLES
        and (len(s.text) > 1 or (s.is_alpha and not glued_apostrophe(syls, m)))
        and not _middle_initial(syls, m)
    ]
    foreign = [looks_foreign_name(word) or bool(_JOINED_PARTICLE.fullmatch(word)) for word in named]
    # A given name joined by a hyphen ("Ri Yong-ho", "Moon Jae-in") makes the whole name foreign.
    if (all(foreign) or any(f and "-" in w for f, w in zip(foreign, named, strict=True))) and length - initials <= 3:
        return length
    if korean_name(words, lex):
        return length  # "Shin Dong Bin": a Korean name, though two of its syllables look Vietnamese
    return 0


# A son's or father's mark after a foreign name, with its dot ("Ferdinand Marcos Jr.")
_GENERATIONS = frozenset({"Jr", "Sr"})

# Particles inside foreign names, in lower case: "Lula da Silva", "Ursula von der Leyen",
# "Mohammed bin Salman"; and those joined to the name by a hyphen ("Bashar al-Assad").
_NAME_PARTICLES = frozenset("da de di do dos das del della van von der den ter bin ibn".split())
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|at|az|ash|ul)-[A-Z][a-z]+")


def _name_particle(syls: list[Syllable], k: int) -> bool:
    """A particle between two capitalized syllables of a foreign name ("da" in "Lula da Silva"),
    the capitalized one before it foreign-looking."""
    return (
        syls[k].text in _NAME_PARTICLES
        and k + 1 < len(syls)
        and (is_name_syllable(syls[k + 1]) or syls[k + 1].text in _NAME_PARTICLES)
        and k > 0
        and (looks_foreign(syls[k - 1].text) or syls[k - 1].text in _NAME_PARTICLES)
    )


def _joined_particle(syls: list[Syllable], k: int) -> bool:
    """A name joined to its particle by a hyphen, after a foreign name ("Bashar al-Assad")."""
    return k > 0 and bool(_JOINED_PARTICLE.fullmatch(syls[k].text)) and looks_foreign(syls[k - 1].text)


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")


def _middle_initial(syls: list[Syllable], k: int) -> bool:
    """Is ``syls[k]`` a middle initial: one capital letter, a dot glued to it, a name after?
    Several initials are written as one token ("Meynardo | L.B | . Montealegre")."""
    return (
        k > 0
        and bool(_INITIALS.fullmatch(syls[k].text))
        and k + 2 < len(syls)
        and syls[k + 1].text == "."
        and syls[k + 1].start == syls[k].end
        and looks_foreign(syls[k - 1].text)
        and is_name_syllable(syls[k + 2])
    )


def _org_after_title(
    syls: list[Syllable],
    j: int,
    lex: Lexicons,
    orgs_at: dict[int, OrgMention],
    source: str,
    title_starts: set[int],
) -> tuple[int | None, int | None, int]:
    """The organization written right after a title at ``j``: (first, stop, index after it)."""
    if j >= len(syls):
        return None, None, j
    if syls[j].text == "của" and j + 1 < len(syls):
        first, stop, after = _org_after_title(syls, j + 1, lex, orgs_at, source, title_starts)
        return (first, stop, after) if first is not None else (None, None, j)
    if j in orgs_at:
        org = orgs_at[j]
        return j, org.stop, org.stop
    # an officer's line of work may follow: "Giám đốc | Tài chính |", not "Trưởng ban | Pháp chế |"
    officer = j > 0 and not _names_a_unit(syls[j - 1].text, lex)
    qualifiers = lex.qualifiers_with_officer_lines if officer else lex.title_qualifiers
    for qualifier in qualifiers:
        # "Giám đốc | Quốc gia | Ngân hàng Phát triển châu Á": the body after the title's qualifier
        after = j + len(qualifier)
        if tuple(s.text for s in syls[j:after]) != qualifier:
            continue
        if (
            after >= len(syls)
            or syls[after].text in _GENERIC_BODY_ENDS
            or (
                _name_at(syls, after, lex)
                and not place_or_locality_at(syls, after, lex)
                and not match_phrase(syls, after, lex.countries, lex)  # "Bộ trưởng Quốc phòng | Áo Hans-Peter …"
            )
        ):
            # "Trưởng Ban | kiểm soát |,", "… kiểm soát | Nguyễn Văn A": the board the title heads,
            # of no body named
            return j, after, after
        if officer and after < len(syls) and syls[after].text == "của":
            after += 1  # "Giám đốc | Tài chính | của | Tập đoàn Hòa Phát": the officer's company
        if after in orgs_at:
            return j, orgs_at[after].stop, orgs_at[after].stop
        if after < len(syls) and syls[after].is_alpha and brand_word(syls[after].text, lex):
            # "Trưởng Ban | kiểm soát | Vietcombank": a brand names the body with no head
            stop = extend_name(syls, after, lex, title_starts)
            if stop > after:
                return j, stop, stop
    # A capitalized run or an administrative unit with its name (Techcombank, tỉnh Quảng Nam).
    stop = extend_name(syls, j, lex, title_starts) if syls[j].text not in ("và", "&") else j
    if stop > j:
        stop = max(stop, _unit_word_as_head(syls, j, lex, title_starts))
        return j, stop, stop
    unnamed = _generic_body_at(syls, j, lex)
    if unnamed:
        return j, unnamed, unnamed
    # Lower-case words that end in a capitalized run (chi nhánh Thái Bình, khối … Techcombank);
    # not after "và", which joins someone else ("Chủ tịch HĐTV | và đại diện Tổng công ty X").
    if syls[j].text in ("và", "&"):
        return None, None, j
    k = j
    while k < len(syls) and k - j < _MAX_LOWER_GAP and syls[k].is_alpha and not syls[k].is_upper_initial:
        if syls[k].text in _ORG_STOP or k in title_starts:
            return None, None, j
        k += 1
    if k > j and k < len(syls) and syls[k].is_upper_initial and syls[k].is_alpha and k not in title_starts:
        stop = extend_name(syls, k, lex, title_starts)
        if stop > k:
            generic = " ".join(s.text for s in syls[j : min(k, j + 2)]).lower()
            if all(looks_foreign(s.text) for s in syls[k:stop]) and generic.split(" ")[0] in _DESCRIPTORS:
                return k, stop, stop  # "công ty dầu lửa Continental Resources": the name alone
            return j, stop, stop
    return None, None, j


def _unit_word_as_head(syls: list[Syllable], j: int, lex: Lexicons, title_starts: set[int]) -> int:
    """Where the body ends when the unit word that ends a title at ``j`` opens its head ("Trưởng
    ban | Quản lý Khu kinh tế tỉnh": "Ban Quản lý" is the head, whose name goes on as a head's
    does); 0 if the title ends in no unit word or the word and what follows make no longer head."""
    if j == 0 or not syls[j - 1].text.islower() or not _names_a_unit(syls[j - 1].text, lex):
        return 0
    capitalized = [*syls[: j - 1], replace(syls[j - 1], text=syls[j - 1].text.capitalize()), *syls[j:]]
    head = head_at(capitalized, j - 1, lex)
    if head is None or len(head.words) < 2:
        return 0
    return extend_name(capitalized, j - 1 + len(head.words), lex, title_starts)


def brand_word(word: str, lex: Lexicons) -> bool:
    """Is ``word`` one brand's name ("MB", "Petrovietnam", "Vietjet"): in capitals, with a
    capital inside or no Vietnamese syllable; no head ("UBND") or place ("Huế")?"""
    if not is_short_name(word, lex) or leading_head([word], lex)[1] is not None:
        return False
    return is_abbreviation(word) or capital_inside(word) or looks_foreign(word)


def _generic_body_at(syls: list[Syllable], j: int, lex: Lexicons) -> int:
    """The index after a body's head written in lower case alone, where the clause or the
    holder's honorific follows ("Giám đốc | bệnh viện |, cho biết", "Hiệu trưởng | trường | lý giải"):
    the post as written, of a body the sentence does not name; 0 if there is none. Also the
    school called "nhà trường" ("Hiệu trưởng | nhà trường |, thầy A, cho biết")."""
    for n in (3, 2, 1):
        words = tuple(s.text for s in syls[j : j + n])
        head = words[1:] if words == _THE_SCHOOL else words
        if len(words) < n or not all(w.isalpha() and w.islower() for w in words) or head not in lex.heads_lower:
            continue
        k = j + n
        if (
            k >= len(syls)
            or syls[k].text in _GENERIC_BODY_ENDS
            or predicate_begins_at(syls, k, lex)
            or acts_at(syls, k, lex)
            or lex.is_honorific(syls[k].text)
        ):
            return k
        return 0
    return 0


def _restated(shared: Sequence[PositionFound], own: Sequence[PositionFound]) -> bool:
    """Do a listed person's own posts restate the title in the plural the list is under, each
    shared post begun by one of theirs ("Các Phó Chủ tịch UBND tỉnh gồm: ông A - Phó Chủ tịch
    Thường trực UBND tỉnh; …": A holds the one post, described in full), of the same body where
    the shared one names one?"""

    def restates(post: PositionFound, their: PositionFound) -> bool:
        title, theirs = post.title.lower().split(), their.title.lower().split()
        same_body = post.organization is None or (
            their.organization is not None and post.organization.lower() == their.organization.lower()
        )
        return theirs[: len(title)] == title and same_body

    return bool(shared) and bool(own) and all(any(restates(post, their) for their in own) for post in shared)


# The lower-case words a board named as the agent of a passive link may go on with after its
# head ("được Hội đồng | quản trị | bổ nhiệm")
_AGENT_NAME_WORDS = 2

# The marks that set a holder's name off on both sides after a post ("…, | thầy A |, …")
_SET_OFF_MARKS = frozenset({",", "-", "–"})

# "the school" as its pupils, teachers and the news call it, a lower-case head with "nhà" before
_THE_SCHOOL = ("nhà", "trường")

# What may end a post written with a lower-case head alone: the clause's punctuation
_GENERIC_BODY_ENDS = frozenset({",", ".", ";", ":", "-", "–", "—", "(", ")", "!", "?"})


def _a_bare_head(syls: list[Syllable], first: int, stop: int, lex: Lexicons) -> bool:
    """Are ``syls[first:stop]`` one head and nothing more, a head that names no body alone
    ("Công ty", "Tập đoàn")? Not a head whose first word opens longer heads ("Hội đồng": "Hội
    đồng nhân dân"; "Bộ": "Bộ Chính trị"): after those a foreign holder is still cut off
    ("Chủ tịch Hội đồng | Antonio Costa")."""
    words = tuple(s.text for s in syls[first:stop])
    head = lex.org_heads.get(words)
    longest = max(lex.lengths_by_first_word(lex.org_heads).get(words[0], (0,))) if words else 0
    return head is not None and longest == len(words) and not head.standalone


def _names_a_unit(word: str, lex: Lexicons) -> bool:
    """Is a title's last word a unit's head ("ban" of "Trưởng ban", "phòng" of "Trưởng phòng")?"""
    return (word.capitalize(),) in lex.org_heads


def _split_name_off(
    syls: list[Syllable], position: _Position, lex: Lexicons, named_before: Collection[str] = ()
) -> int | None:
    """If the organization run ends with a person's name, cut it off; return where the name
    starts (``named_before``: the bodies the article named before)."""
    if position.org_first is None or position.org_stop is None:
        return None
    first, stop = position.org_first, position.org_stop
    run_first = name_run_start(syls, first, stop, lex)
    cut = person_cut(syls, run_first, stop, lex, min_keep=0)
    if cut is None:
        return None
    since = max(min(first - 1, position.title.stop), 0)
    if any(s.text == "của" for s in syls[since:cut]) and not is_surname(syls[cut], lex):
        # "chủ tịch của Qualcomm Technologies", "đại sứ chính thức của CLB | Borussia Dortmund",
        # "Giám đốc điều hành của công ty dầu lửa | Continental Resources": after "của" the
        # foreign words are the body's name, not its officer's
        return None
    if bears_the_name(syls, first, cut, lex, named_before=named_before):
        return None  # "Hiệu trưởng Trường THPT Đinh Tiên Hoàng": the school bears the name
    if _a_bare_head(syls, first, cut, lex) and not is_surname(syls[cut], lex):
        return None  # "Giám đốc Công ty | Hanwha Vina": a head that needs a name, then the name
    if cut == run_first > first and stop - cut == 2 and not _a_name_where_no_place_is_known(syls, cut, stop, lex):
        return None  # "Chánh án TAND huyện Nông Sơn": two syllables after a unit are its name
    if locality_after_its_committee(syls, first, cut, stop, lex):
        return None  # "Bí thư Huyện ủy | Yên Thành và …": the district, though "Yên" is a family name
    if cut == run_first > first and stop - cut >= 3 and match_phrase(syls, cut, lex.localities, lex) == stop - cut:
        # "Bí thư phường | Sơn Thành Đông": a ward the lists know, whole, after its unit word (in VLSP
        # 2018 training such runs of three syllables or more are tagged LOC 4 times, PER never)
        return None
    if cut == first:
        position.org_first = position.org_stop = None
    else:
        position.org_stop = cut
    return cut


def _a_name_where_no_place_is_known(syls: list[Syllable], cut: int, stop: int, lex: Lexicons) -> bool:
    """Are the two syllables after "tỉnh" no province the lists know, nor one abroad in brackets
    ("Phó Chủ tịch UBND tỉnh | Hoàng Nam | trao …", though a commune is called so)? Việt Nam's
    provinces are a closed list, before and after 2025 (places.txt), unlike its communes, whose
    older names the lists may lack ("Phó Chủ tịch UBND xã | Triệu An", VLSP 2018): after "xã",
    "phường", "huyện" two syllables stay the unit's name. A city's committee is read so too
    ("Chủ tịch UBND TP | Thân Quý"), the city no place nor commune nor district the lists know
    (a city abroad has no People's Committee: "Thị trưởng thành phố | Tô Châu")."""
    words = tuple(s.text for s in syls[cut:stop])
    if words in lex.places or words in lex.countries or (stop < len(syls) and syls[stop].text == "("):
        return False
    # the unit word the run follows, as admin_units.txt spells it ("tỉnh", "TP.", "Thành phố")
    n = next((n for n in (2, 1) if cut >= n and tuple(s.text for s in syls[cut - n : cut]) in lex.admin_units), 0)
    unit = tuple(s.text.lower() for s in syls[cut - n : cut])
    if unit == ("tỉnh",):
        return True
    if unit not in _CITY_UNITS or words in lex.localities:
        return False
    return tuple(s.text for s in syls[max(0, cut - n - 1) : cut - n]) in _PEOPLES_COMMITTEES


_CITY_UNITS = frozenset({("thành", "phố"), ("tp",), ("tp.",)})
_PEOPLES_COMMITTEES = frozenset({("UBND",), ("HĐND",)})


@dataclass
class SentenceReading:
    """What one sentence says about people."""

    links: list[tuple[tuple[int, int], list[PositionFound]]] = field(default_factory=list)
    persons: list[tuple[int, int]] = field(default_factory=list)
    short_mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (given name, start, end)
    # Positions given to a pronoun that opens the sentence ("Ông từng giữ các chức vụ: …"):
    # the article's reader gives them to the official the sentences before are about.
    pronoun_positions: list[PositionFound] = field(default_factory=list)
    # The given name after the honorific ("Ông Hòa hiện là …"): then they go to the one official
    # of that given name instead.
    pronoun_given: str | None = None


# Words that put the title after them in the plural: each name listed after it holds it.
_PLURAL_WORDS = frozenset({"các", "những", "hai", "ba", "bốn", "2", "3", "4"})
# How far the description of posts listed after "như" may run ("nhiều vị trí quản lý trong
# hệ sinh thái Vinaconex như …").
_DESCRIBED_POSTS = 10


class SentenceOfficials:
    """Reads one sentence's syllables for officials."""

    def __init__(
        self,
        syls: list[Syllable],
        source: str,
        orgs: list[OrgMention],
        title_starts: dict[int, _Title],
        previous_orgs: Sequence[OrgMention] = (),
        *,
        lex: Lexicons,
        named_before: Collection[str] = (),
    ) -> None:
        self.previous_orgs = list(previous_orgs)
        self.named_before = list(named_before)  # the bodies the article named before the sentence
        self.orgs = orgs
        self.syls = syls
        self.source = source
        self.lex = lex
        self.orgs_at = {o.first: o for o in orgs}
        self.titles = title_starts
        self.title_set = set(title_starts)
        self.inside_org = {k for o in orgs for k in range(o.first, o.stop)}
        # The body a post is taken at, by where the post's title starts ("đến nhận công tác tại
        # Sở Xây dựng, giữ chức | Phó Giám đốc"): a bare title there is that body's.
        self.posted_bodies: dict[int, tuple[int, int]] = {}

    def _named_before(self, position: _Position) -> list[str]:
        """The bodies the article names before the post's organization."""
        first = position.org_first if position.org_first is not None else position.title.first
        return [*self.named_before, *(o.text for o in self.orgs if o.stop <= first)]

    def text(self, first: int, stop: int) -> str:
        return self.source[self.syls[first].start : self.syls[stop - 1].end]

    def span(self, first: int, stop: int) -> tuple[int, int]:
        return self.syls[first].start, self.syls[stop - 1].end

    def read_chain(self, i: int, *, holder_known: bool = False) -> tuple[list[_Position], int]:
        """Titles with their organizations from ``i``, separated by commas / ``kiêm``.
        ``holder_known``: the chain follows its holder's name, so titles after "và" that a name
        of their own follows are that person's ("ông A - Tổng Bí thư | và Tổng thống Hàn Quốc
        Lee Jae Myung")."""
        positions: list[_Position] = []
        j = i
        while j in self.titles:
            title = self.titles[j]
            org_first, org_stop, after = _org_after_title(
                self.syls, title.stop, self.lex, self.orgs_at, self.source, self.title_set
            )
            if org_first is None and title.stop in self.titles and _serves_a_person(title.text):
                # "Đặc phái viên | Thủ tướng Anh", "Trợ lý | Tổng Bí thư": the office served is the organization
                inner = self.titles[title.stop]
                _, inner_stop, after = _org_after_title(
                    self.syls, inner.stop, self.lex, self.orgs_at, self.source, self.title_set
                )
                org_first, org_stop = title.stop, inner_stop if inner_stop is not None else inner.stop
                after = org_stop
            if title.lower_post and org_first is None:
                break  # "ông A, thành viên đoàn công tác": a member of nothing named
            line_end, body = self._line_of_work_before_of(title, org_first, org_stop)
            if line_end is not None:
                # "Tổng Giám đốc | điều hành | của | Las Vegas Sands", "Điều phối viên | y tế khẩn cấp |
                # của | MSF": the words before "của" are the title's line of work, the body follows "của"
                title = replace(title, stop=line_end, text=self.text(title.first, line_end))
                org_first, org_stop, after = body
            company = self._company_after_standing(org_stop)
            standing = None
            if company is not None and org_stop is not None:
                # "Thành viên HĐQT | độc lập | Công ty CP FPT": the company's board
                standing = (org_stop, company.first)
                org_stop = after = company.stop
            position = _Position(title, org_first, org_stop, standing=standing)
            positions.append(position)
            posted = self._posted_at(position, after)
            if posted == org_stop and not self._short_name_in_brackets(posted):
                position.parent_stop = self._parent_in_brackets(posted) or None
            j = self._after_aside(posted)
            if j + 2 < len(self.syls) and self.syls[j].text == "," and self.syls[j + 1].text == "kiêm":
                j += 1  # "Bí thư Đảng ủy, | kiêm Chủ tịch UBND xã …": the comma before "kiêm" adds nothing
            j = self._past_concurrent_link(j)
            if j < len(self.syls) and self.syls[j].text in _CHAIN_SEPARATORS and j + 1 in self.titles:
                if title.text.lower() in _SOVEREIGN_TITLES and position.org_first is None:
                    break  # "tới Quốc vương, Hoàng Thái hậu, Chủ tịch Thượng viện Hun Sen": three people
                if self._ends_in_name(position):
                    break  # "nguyên Chủ tịch HĐQT Hà Văn Thắm và nguyên Tổng Giám đốc …": two people
                if holder_known and self.syls[j].text == "và" and self._another_holder_after(j + 1):
                    break
                position.concurrent = self.syls[j].text == "kiêm"
                j += 1
                continue
            break
        return positions, j

    def _line_of_work_before_of(
        self, title: _Title, org_first: int | None, org_stop: int | None
    ) -> tuple[int | None, tuple[int | None, int | None, int]]:
        """Where "của" stands when the organization read after ``title`` opens with lower-case
        words that "của" ends, a body after it: the title's line of work, then the body it is
        held at ("Tổng Giám đốc | điều hành của Las Vegas Sands"), with that body as read after
        a title ("công ty dầu lửa | Continental Resources"); (None, (None, None, 0)) otherwise."""
        none: tuple[int | None, tuple[int | None, int | None, int]] = (None, (None, None, 0))
        if org_first is None or org_stop is None or org_first != title.stop:
            return none
        k = org_first
        while (
            k < org_stop and self.syls[k].is_alpha and not self.syls[k].is_upper_initial and self.syls[k].text != "của"
        ):
            k += 1
        if k == org_first or k + 1 >= org_stop or self.syls[k].text != "của":
            return none
        body = _org_after_title(self.syls, k + 1, self.lex, self.orgs_at, self.source, self.title_set)
        return (k, body) if body[0] is not None else none

    def _another_holder_after(self, k: int) -> bool:
        """Does a name follow the title chain that begins at ``k``, as its holder?"""
        chain, stop = self.read_chain(k)
        return bool(chain) and self._someone_named_after(chain[-1], stop)

    def _company_after_standing(self, stop: int | None) -> OrgMention | None:
        """The company named after a board and its member's standing at ``stop`` ("HĐQT | độc
        lập | Công ty CP FPT", "… | không điều hành | Vinamilk"), else None."""
        if stop is None:
            return None
        standing = _board_standing(self.syls, stop, self.lex)
        company = self.orgs_at.get(stop + standing) if standing else None
        if company is None:
            return None
        return company if self._names_a_company(self.text(company.first, company.stop)) else None

    def _past_concurrent_link(self, j: int) -> int:
        """At a comma followed by words that add another office held at once and a title ("…,
        đồng thời là | Giám đốc Bệnh viện K"), the comma's place with the words skipped over (the
        index of the comma before the title); else ``j``."""
        if j >= len(self.syls) or self.syls[j].text != ",":
            return j
        n = match_phrase(self.syls, j + 1, _CONCURRENT_LINKS, self.lex, ignore_case=True)
        return j + n if n and j + 1 + n in self.titles else j

    def _short_name_in_brackets(self, j: int) -> int:
        """The index after a body's short name in brackets at ``j`` ("(NHNN)", "(Viettel)"), else 0."""
        syls = self.syls
        if (
            j + 2 < len(syls)
            and syls[j].text == "("
            and syls[j + 2].text == ")"
            and (is_abbreviation(syls[j + 1].text) or is_short_name(syls[j + 1].text, self.lex))
        ):
            return j + 3
        return 0

    def _after_aside(self, j: int) -> int:
        """Past what may stand between an office and its holder's name or the next office:
        the body's short name in brackets ("Ngân hàng Nhà nước (NHNN) Phạm Thanh Hà", "Tập đoàn
        … (Viettel) Tào Đức Thắng"), a unit's age ("(cũ)", "(mới)"), a country or a parent body in
        brackets, a term ("nhiệm kỳ 2025-2030", "khóa XVI")."""
        syls = self.syls
        while j < len(syls):
            short = self._short_name_in_brackets(j)
            if short:
                j = short
                continue
            if syls[j].text == "(" and j + 2 < len(syls) and syls[j + 1].text in _UNIT_AGE and syls[j + 2].text == ")":
                j += 3  # "UBND huyện Thanh Trì (cũ) Nguyễn Văn A": the unit before the 2025 mergers
                continue
            if syls[j].text == _FORMER_UNIT and j > 0 and syls[j - 1].is_alpha:
                j += 1  # "Bí thư Huyện ủy | cũ |, nay là …": the same, with no brackets
                continue
            country = self._country_in_brackets(j)
            if country:
                j = country  # "Thống đốc bang Victoria (Australia) Jacinta Allan": where the body is
                continue
            parent = self._parent_in_brackets(j)
            if parent:
                j = parent  # "Cục trưởng Cục Tác chiến (Bộ Tổng Tham mưu), Tư lệnh …": the body it belongs to
                continue
            placed = self._place_after_dash(j)
            if placed:
                j = placed  # "Hiệu trưởng Trường THPT Chu Văn An | - Hà Nội | Trần Thị Hoa": where the body is
                continue
            standing = _board_standing(syls, j, self.lex)
            if standing:
                j += standing  # "Thành viên HĐQT | độc lập | , Trưởng Ban Kiểm toán": a member's standing
                continue
            if _in_charge_alone(syls, j):
                j += 2  # "Phó Tổng Giám đốc | phụ trách |, làm Tổng Giám đốc": the deputy in charge
                continue
            term = term_length(syls, j)
            if not term:
                return j
            j += term
        return j

    def _place_after_dash(self, j: int) -> int:
        """The index after "- Hà Nội" at ``j`` where a person's family name follows: a place the
        name did not take in (an address, or the second of a pair it left out), then the post's
        holder; 0 if none."""
        syls = self.syls
        if j + 2 >= len(syls) or syls[j].text not in _NAME_DASHES:
            return 0
        n = place_or_locality_at(syls, j + 1, self.lex)
        k = j + 1 + n
        return k if n and k < len(syls) and is_surname(syls[k], self.lex) and _name_at(syls, k, self.lex) else 0

    def _country_in_brackets(self, j: int) -> int:
        """The index after "(Australia)" at ``j``: a bracket holding only a country; 0 if none."""
        syls = self.syls
        if j >= len(syls) or syls[j].text != "(":
            return 0
        n = match_phrase(syls, j + 1, self.lex.countries, self.lex)
        return j + n + 2 if n and j + n + 1 < len(syls) and syls[j + n + 1].text == ")" else 0

    def _parent_in_brackets(self, j: int) -> int:
        """The index after "(Bộ Tổng Tham mưu)" at ``j``: a bracket holding only a body's
        name; 0 if there is none."""
        syls = self.syls
        if j >= len(syls) or syls[j].text != "(" or j + 1 not in self.orgs_at:
            return 0
        stop = self.orgs_at[j + 1].stop
        return stop + 1 if stop < len(syls) and syls[stop].text == ")" else 0

    def _posted_at(self, position: _Position, j: int) -> int:
        """Where a post is held belongs to the position when a person's name comes right after
        the place ("Đại sứ Nhật Bản | tại Việt Nam | Ito Naoki"). Returns the index after."""
        syls = self.syls
        if position.org_stop == j and j < len(syls) and syls[j].text == "," and self._ends_in_country(position):
            countries = self._country_list(j + 1)
            if countries:  # "Tổng Giám đốc phụ trách Hồng Kông | , Trung Quốc, Thái Lan và Việt Nam"
                position.org_stop = countries
                return countries
        owner = self.orgs_at.get(j + 1) if position.org_stop == j and j < len(syls) and syls[j].text == "của" else None
        if owner is not None and _name_at(syls, owner.stop, self.lex):
            # "Chủ nhiệm Ủy ban Pháp luật | của Quốc hội | Hoàng Thanh Tùng": the body it belongs to
            position.org_stop = owner.stop
            return owner.stop
        if position.org_stop != j:
            return j
        country = self._country_office_at(j)
        if country:
            # "Trưởng đại diện UNICEF | Việt Nam | Silvia Danailov": the body's office in that
            # country, then its head's name, if any (not a name opening with the country)
            position.org_stop = country
            position.holder_after = self._holder_name_at(country)
            return country
        if j > 0 and world_short_form(syls, j - 1, self.lex) and (name := self._holder_name_at(j)):
            position.holder_after = name  # "Tổng Thư ký ASEAN | Kao Kim Hourn": the short form is the whole name
            return j
        short = self._short_name_in_brackets(j)
        if short and short < len(syls) and syls[short].text == "tại":
            j = short  # "Ngân hàng Phát triển châu Á (ADB) | tại Việt Nam | Shantanu Chakraborty"
        if j + 1 >= len(syls) or syls[j].text != "tại" or not syls[j + 1].is_upper_initial:
            return position.org_stop
        closing_place = 0  # the longest known place that ends the apposition, taken if nothing else is
        for place in (4, 3, 2, 1):
            end = j + 1 + place
            if not self._is_post_place(j + 1, end):
                continue
            if name := self._holder_name_at(end):
                # "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng | Shin Choong Il": a known place, then the name
                position.org_stop = end
                position.holder_after = name
                return end
            if officer_rank_at(syls, end, self.lex):
                # "Tùy viên Quốc phòng Việt Nam tại Lào | Đại tá Nguyễn Văn Hùng": the rank opens the name
                position.org_stop = end
                return end
            if not closing_place and (
                end == len(syls)
                or syls[end].text in _APPOSITION_ENDS
                # "…, Đại sứ Pháp tại Việt Nam | và Phó Chủ tịch UBND …": another's post after "và"
                or (syls[end].text == "và" and end + 1 in self.titles)
                # "ông A - Tổng Lãnh sự Việt Nam tại Osaka | cùng tham dự": the holder's clause goes on
                or predicate_begins_at(syls, end, self.lex)
            ):
                closing_place = end
        stop = extend_name(syls, j + 1, self.lex, self.title_set)
        ends_in_name = person_cut(syls, j + 1, stop, self.lex) is not None
        if stop > j + 1 and (ends_in_name or _name_at(syls, stop, self.lex)):
            position.org_stop = stop
            return stop
        countries = self._country_list(j + 1)
        if countries:  # "… Ngân hàng Thế giới tại Việt Nam, Campuchia và Lào," in an apposition
            position.org_stop = countries
            return countries
        if closing_place:
            # "Bà A, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh, | phát biểu": the place ends the apposition
            position.org_stop = closing_place
            return closing_place
        city = foreign_city_at(syls, j + 1, self.lex) if self._ends_in_country(position) else 0
        if city and (
            j + 1 + city == len(syls) or not syls[j + 1 + city].is_alpha or acts_at(syls, j + 1 + city, self.lex)
        ):
            # "Tổng Lãnh sự Việt Nam tại | San Francisco |, …": an envoy's post in a city no
            # gazetteer holds, where the apposition ends or its holder's clause goes on ("| phát biểu")
            position.org_stop = j + 1 + city
            return j + 1 + city
        return j

    def _country_office_at(self, j: int) -> int:
        """The index after a country written straight after a body's short form in capitals
        ("UNICEF | Việt Nam", "Văn phòng KOICA | Việt Nam"); 0 if there is none."""
        syls = self.syls
        if j == 0 or j >= len(syls) or not names_a_body_in_capitals(syls[j - 1].text, self.lex):
            return 0  # (not a head's abbreviation: "Ủy ban MTTQ | Việt Nam" is the body's own name)
        n = match_phrase(syls, j, self.lex.countries, self.lex)
        return j + n if n else 0

    def _org_words(self, position: _Position) -> tuple[str, ...]:
        """The words of the position's organization as written (none if it has none)."""
        if position.org_first is None or position.org_stop is None:
            return ()
        return tuple(s.text for s in self.syls[position.org_first : position.org_stop])

    def _ends_in_country(self, position: _Position) -> bool:
        """Does the position's organization end in a country or territory ("phụ trách Hồng Kông")?"""
        return trailing_country(self._org_words(position), self.lex) is not None

    def _holder_name_at(self, k: int) -> int:
        """The length of the name that begins at ``k``: a Vietnamese one, or two to five
        capitalized syllables ("Shin Choong Il"); 0 if none."""
        syls = self.syls
        if k >= len(syls):
            return 0
        n = _name_at(syls, k, self.lex)
        if n:
            return n
        run = k
        while run < len(syls) and run - k < 5 and is_name_syllable(syls[run]):
            run += 1
        return run - k if run - k >= 2 and (run == len(syls) or not syls[run].is_upper_initial) else 0

    def _is_post_place(self, first: int, stop: int) -> bool:
        """Is ``syls[first:stop]`` a known place or locality, one after its unit ("TP | Hồ Chí
        Minh"), or a city's short form ("TP.HCM"), not a unit word alone ("TP", "Tp.")?"""
        words = tuple(s.text for s in self.syls[first:stop])
        bound = match_phrase(self.syls, first, self.lex.bound_names, self.lex)
        if bound > stop - first:
            return False  # "tại | Thái Bình | Dương": the start of an ocean's name, not the province
        if bound == stop - first and 0 < country_or_place_at(self.syls, first, self.lex) < bound:
            return True  # "tại | Thái Bình Dương |", "Ấn Độ Dương": a place's name gone on to a sea's
        if words in self.lex.places or words in self.lex.localities:
            return True
        unit = match_phrase(self.syls, first, self.lex.admin_units, self.lex)
        if unit:
            place = words[unit:]
            return bool(place) and (place in self.lex.places or place in self.lex.localities)
        expanded = self.lex.abbreviations.get(words[0]) if len(words) == 1 else None
        return expanded is not None and expanded.split()[0] in ("thành", "tỉnh")

    def _country_list(self, k: int) -> int:
        """Countries from ``k`` joined by "," and "và" to the end of the clause ("Việt Nam,
        Campuchia và Lào"): the index after the last; 0 if that is not what follows."""
        syls, countries = self.syls, self.lex.countries
        start = k
        n = match_phrase(syls, k, countries, self.lex)
        while n:
            k += n
            if k + 1 < len(syls) and syls[k].text in (",", "và"):
                n = match_phrase(syls, k + 1, countries, self.lex)
                if n:
                    k += 1
                    continue
            break
        if (
            k == len(syls)
            or syls[k].text in (",", ".", ";", ")", ":")
            or (k > start and predicate_begins_at(syls, k, self.lex))
        ):
            return k  # "…, Trưởng Đại diện UNICEF tại Việt Nam | phát biểu": the clause's verb follows
        # "… tại Việt Nam, Campuchia và Lào | Mariam Sherman": the holder's name follows the list
        listed = any(s.text in (",", "và") for s in syls[start:k])
        return k if listed and _name_at(syls, k, self.lex) else 0

    def _one_countrys(self, positions: list[_Position]) -> list[_Position]:
        """The titles of one person serve one country: in "Ngoại trưởng Mỹ, Đại sứ Nga tại LHQ
        Vasily Nebenzia" the first title is someone else's. Keeps the titles from the last
        change of country on."""
        countries = [self._country_of(p) for p in positions]
        for k in range(len(positions) - 1, 0, -1):
            if countries[k] and countries[k - 1] and countries[k] != countries[k - 1]:
                return positions[k:]
        return positions

    def _country_of(self, position: _Position) -> tuple[str, ...] | None:
        words = self._org_words(position)
        leading = next((words[:n] for n in (3, 2, 1) if words[:n] in self.lex.countries), None)
        # "Bộ trưởng | Ngoại giao Lào": a ministry's field, then its country
        return leading or trailing_country(words, self.lex)

    def _ends_in_name(self, position: _Position) -> bool:
        if position.org_first is None or position.org_stop is None:
            return False
        run_first = name_run_start(self.syls, position.org_first, position.org_stop, self.lex)
        return person_cut(self.syls, run_first, position.org_stop, self.lex, min_keep=0) is not None

    def finish(self, positions: list[_Position]) -> list[PositionFound]:
        """Distribute shared modifiers and turn positions into records."""
        for position in positions:
            if position.org_first is not None and position.org_stop is not None:
                written = self.text(position.org_first, position.org_stop)
                if position.standing is not None:
                    a, b = position.standing
                    written = f"{self.text(position.org_first, a)} {self.text(b, position.org_stop)}"
                position.org_text = without_inner_short_form(written)
        for position in positions:
            posted = self.posted_bodies.get(position.title.first)
            if (
                position.org_text is None
                and posted is not None
                and not _names_its_office(position.title.text, self.lex)
            ):
                # "đến nhận công tác tại Ban Tổ chức Thành ủy, giữ chức | Phó Trưởng ban": the body
                # the post is taken at
                named = without_inner_short_form(self.text(*posted)).split()
                held = position.title.text.lower().split()
                unit = next((n for n in (2, 1) if len(named) > n and [w.lower() for w in named[:n]] == held[-n:]), 0)
                # "Trưởng ban | Tổ chức Thành ủy", "Chánh Văn phòng | UBND tỉnh": as "Trưởng Ban Tổ chức …" is read
                position.org_text = " ".join(named[unit:])
        # A title with no organization takes the next one's (Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ;
        # "Chủ tịch kiêm Tổng Giám đốc Tập đoàn Viettel"). Not across "kiêm" from a title that names
        # its office alone: "Phó Thủ tướng kiêm Bộ trưởng Quốc phòng" holds two offices.
        for k in range(len(positions) - 2, -1, -1):
            if (
                positions[k].org_text is None
                and positions[k + 1].org_text is not None
                and not _names_its_office(positions[k].title.text, self.lex)
                and not _is_membership(positions[k].title.text)
                and not _an_envoys_rank(positions[k].title.text, self.lex)
                and not _heads_another_kind_of_unit(positions[k].title.text, positions[k + 1].org_text or "", self.lex)
                and not (
                    _is_party_title(positions[k].title.text, self.lex)
                    and head_kind(positions[k + 1].org_text or "", self.lex) not in (None, "party")
                )
            ):
                # "Bộ trưởng, Chủ nhiệm Ủy ban | Dân tộc": the body the next title ends in is shared too
                body = _body_ending_title(positions[k + 1].title.text, self.lex)
                shared = positions[k + 1].org_text
                if shared is not None:
                    # "Phó Tổng Giám đốc kiêm Giám đốc | Tài chính | MB": the next title's line of
                    # work is its own, the body after it is shared (none after "Giám đốc Tài chính")
                    qualified, rest = self._qualified_title(positions[k + 1].title.text, shared)
                    shared = rest if qualified != positions[k + 1].title.text else shared
                if shared is not None and _is_executive(positions[k].title.text, self.lex):
                    # "Tổng giám đốc, Thành viên | HĐQT | Công ty X", "Phó Tổng Giám đốc kiêm Giám
                    # đốc | Khối Vận hành | Techcombank": the company's, not its board's or division's
                    shared = self._without_division(self._without_board(shared))
                village = _unit_ending_title(positions[k + 1].title.text, self.lex)
                if shared is not None and village is not None:
                    shared = f"{village} {shared}"
                positions[k].org_text = f"{body} {shared}" if body else shared
        # A company's board takes the company the next title names: "Chủ tịch HĐQT kiêm Tổng
        # giám đốc Công ty cổ phần X" chairs the board of X.
        for k in range(len(positions) - 1):
            here, after = positions[k], positions[k + 1]
            if (
                here.org_text
                and after.org_text
                and self.lex.keys.match_key(here.org_text) in BOARDS
                and self._names_a_company(after.org_text)
            ):
                company = _company_of_a_committee(after.org_text, self.lex)
                if company is None:
                    continue
                here.org_text = f"{here.org_text} {self._without_division(company)}"
        # A unit's head still with no organization: the one such unit named close before it, in
        # its sentence or the last ("Đoàn công tác của Bộ TT&TT do …, Bộ trưởng Trương Minh Tuấn").
        inferred: set[int] = set()
        for k, position in enumerate(positions):
            if position.org_text is None:
                position.org_text = self._unit_named_nearby(position.title)
                if position.org_text is not None:
                    inferred.add(k)
        # A bare party committee before the post in a body that is no locality's council is that
        # body's ("Bí thư Đảng ủy, Giám đốc Công an tỉnh Nghệ An": the provincial police's party
        # committee, not the province's; "…, Chủ tịch HĐTV Tập đoàn X": the group's).
        owned: set[int] = set()
        for k in range(len(positions) - 1):
            here, after = positions[k], positions[k + 1]
            body = None
            head = self._bare_party_head(here)
            if head is not None:
                # "Bí thư Đảng ủy, Giám đốc | Công an tỉnh X": the committee of the body the next
                # post is in; "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo | Tỉnh ủy": the board of
                # the committee it names
                committee = head.words in _COMMITTEES
                body = self._body_of_its_own(after) if committee else self._committee_named_in(after)
            if body is not None:
                here.org_text = f"{here.org_text} {body}"
                owned.add(k)
        # A bare head takes the locality the last organization ends with (Đảng ủy … phường Yên Sở),
        # the last that names one: a post taken elsewhere may follow ("…, Chủ tịch UBND phường
        # Nghĩa Đô, đến nhận công tác tại …, giữ chức vụ Giám đốc Ban …").
        for k in range(len(positions) - 1, 0, -1):
            locality = self._locality(positions[k]) if positions[k].org_first is not None else None
            if locality:
                for m, position in enumerate(positions[:k]):
                    if (
                        m not in owned
                        and position.org_first is not None
                        and position.org_text
                        and self._is_bare_head(position)
                    ):
                        position.org_text = f"{position.org_text} {locality}"
                break
        found = []
        for k, position in enumerate(positions):
            stop = position.org_stop if position.org_stop is not None else position.title.stop
            title, org = self._qualified_title(position.title.text, position.org_text)
            parent = None
            if position.parent_stop is not None and org is not None:
                parent = self.text(stop + 1, position.parent_stop - 1)
                stop = position.parent_stop
            a, b = self.span(position.title.first, stop)
            record = PositionFound(title, org, a, b, inferred=k in inferred, parent=parent)
            if position.org_first is not None and position.org_stop is not None:
                written = self.text(position.org_first, position.org_stop)
                if written == position.org_text:
                    record.org_start, record.org_end = self.span(position.org_first, position.org_stop)
            found.append(record)
        return found

    def _qualified_title(self, title: str, org: str | None) -> tuple[str, str | None]:
        """ "Giám đốc" + "Quốc gia Ngân hàng Thế giới" -> "Giám đốc Quốc gia" + "Ngân hàng Thế
        giới": a qualifier written the English way belongs to the title when a body follows it."""
        if not org or _title_unit(title, self.lex) == "Bộ":
            return title, org  # "Bộ trưởng | Tài chính": the ministry written short, not a line of work
        words = tuple(org.split())
        officer = not self._heads_a_unit(title)  # "Giám đốc | Tài chính", not "Trưởng ban | Pháp chế"
        qualifiers = self.lex.qualifiers_with_officer_lines if officer else self.lex.title_qualifiers
        if words in qualifiers or (officer and self._officer_lines_only(words)):
            # "Giám đốc Tài chính", "Giám đốc Phân tích kinh tế vĩ mô", "Giám đốc Nghiên cứu và
            # Phân tích" with no body after them: the officer's line of work, no body
            return f"{title} {org}", None
        for qualifier in qualifiers:
            rest = words[len(qualifier) :]
            if officer and rest[:1] == ("của",):
                rest = rest[1:]  # "Giám đốc Tài chính | của | Tập đoàn Hòa Phát"
            if words[: len(qualifier)] == qualifier and rest and (self._names_a_body(rest) or self._a_country(rest)):
                return f"{title} {' '.join(qualifier)}", " ".join(rest)
        return title, org

    def _officer_lines_only(self, words: tuple[str, ...]) -> bool:
        """Are ``words`` a line of work ("Phân tích") and what is written after it in lower case
        ("kinh tế vĩ mô"), or two lines joined by "và" ("Nghiên cứu và Phân tích"), and nothing else?"""
        k = 0
        while k < len(words):
            line = leading_phrase(words[k:], self.lex.officer_lines, self.lex)
            if not line:
                return False
            k += line
            while k < len(words) and words[k][:1].islower() and words[k] not in ("và", "&"):
                k += 1
            if k < len(words):
                if words[k] not in ("và", "&"):
                    return False
                k += 1
        return True

    def _heads_a_unit(self, title: str) -> bool:
        """Does the title end in a unit's head ("Trưởng ban", "Trưởng phòng", "Trưởng khoa"),
        whose line of work names that unit ("Ban Pháp chế"), not the officer's?"""
        last = _bare_title_words(title, self.lex)[-1:]
        return bool(last) and _names_a_unit(last[0], self.lex)

    def _names_a_body(self, words: tuple[str, ...]) -> bool:
        """Do the words open with a body's head or its short form in capitals ("Ngân hàng Thế
        giới", "UNDP tại Việt Nam"), or are they one brand's name ("Vietjet"), not a place's?"""
        if leading_rule_head(words, self.lex) is not None or is_abbreviation(words[0]):
            return True
        return self._brand(" ".join(words))

    def _a_country(self, words: tuple[str, ...]) -> bool:
        """Do the words open with a country ("Mỹ", "Việt Nam tại Nhật Bản"): an envoy's or a
        minister's ("Tham tán Thương mại | Việt Nam tại Nhật Bản", "Bộ trưởng Tài chính | Mỹ")?"""
        return any(words[:n] in self.lex.countries for n in (1, 2, 3))

    def _without_board(self, org: str) -> str:
        """The company after a board that opens ``org`` ("HĐQT Công ty cổ phần X" -> "Công ty cổ
        phần X"); ``org`` itself where no board opens it or no body follows the board."""
        words = org.split()
        n = opening_board(words, self.lex)
        return " ".join(words[n:]) if n and leading_head(words[n:], self.lex)[1] is not None else org

    def _without_division(self, org: str) -> str:
        """The company after a division that opens ``org`` ("Khối Vận hành Techcombank" ->
        "Techcombank"); ``org`` itself where no division opens it or no company follows it."""
        words = org.split()
        if words[:1] != [_DIVISION]:
            return org
        for k in range(2, len(words)):
            if self._names_a_body(tuple(words[k:])):
                return " ".join(words[k:])
        return org

    def _unit_named_nearby(self, title: _Title) -> str | None:
        words = _bare_title_words(title.text, self.lex)
        if [w.lower() for w in words[-2:]] in _TITLE_SUFFIXES:
            words = words[:-2]  # "Thứ trưởng | Thường trực": the standing deputy of that ministry too
        head = self.lex.title_units.get(" ".join(words).lower())
        if head is None:
            return None
        if self._plural_title_before(title.first) and title.text.split()[0].lower() not in _DEPUTY_WORDS:
            return None  # "Các Bộ trưởng: A, B": each heads a ministry of his own, not the one named nearby
        near = [o for o in self.orgs_at.values() if o.first < title.first and title.first - o.stop <= _UNIT_REACH]
        for orgs in (near, self.previous_orgs if not self._has_unit(head) else []):
            named = {o.text for o in orgs if o.text.split()[0] == head and o.stop > o.first + len(o.head.words)}
            if len(named) == 1:
                return named.pop()
            if named:
                return None  # two units of that kind: which one is not said
        return None

    def _has_unit(self, head: str) -> bool:
        return any(o.text.split()[0] == head for o in self.orgs_at.values())

    def _is_bare_head(self, position: _Position) -> bool:
        """A local body's head with no name of its own ("Đảng ủy"): it may take the locality
        its neighbour names. A national body (Trung ương Đảng, Tỉnh ủy) never does."""
        org = self.orgs_at.get(position.org_first or -1)
        return org is not None and org.stop == org.first + len(org.head.words) and not org.head.national

    def _bare_party_head(self, position: _Position) -> OrgHead | None:
        """The head of a local party body that is the position's whole organization as written
        ("Đảng ủy", "Ban Thường vụ", "Ban thường vụ" as news often writes it); None otherwise."""
        if position.org_first is None or position.org_stop is None or not position.org_text:
            return None
        words = position.org_text.split()
        head = leading_rule_head(words, self.lex)
        written = self.text(position.org_first, position.org_stop) == position.org_text
        if head is None or len(head.words) != len(words) or head.kind != "party" or head.national or not written:
            return None
        return head

    def _brand(self, org: str) -> bool:
        """Is ``org`` one brand's name alone (:func:`brand_word`)?"""
        words = org.split()
        return len(words) == 1 and brand_word(words[0], self.lex)

    def _names_a_company(self, org: str) -> bool:
        """Does ``org`` open with a head ("Công ty CP FPT") or is it a brand alone ("Vinamilk"):
        a company a board's name may end in?"""
        return leading_head(org.split(), self.lex)[1] is not None or self._brand(org)

    def _committee_named_in(self, position: _Position) -> str | None:
        """The party committee a position's organization ends with, from its head on ("Ban
        Tuyên giáo | Tỉnh ủy", "Ủy ban Kiểm tra | Đảng ủy phường Yên Sở"); None if none."""
        words = (position.org_text or "").split()
        for k in range(1, len(words)):
            head = leading_head(words[k:], self.lex)[1]
            if head is not None and head.words in _COMMITTEES:
                return " ".join(words[k:])
        return None

    def _body_of_its_own(self, position: _Position) -> str | None:
        """The body the position's post is in, without its board, where that body has a party
        committee of its own: one named in full ("Công an tỉnh Nghệ An"), a national one ("Trung
        ương Đoàn") or a brand ("HĐTV | Petrovietnam"); not a locality's council or front
        ("UBND", "HĐND", "Ủy ban MTTQ": the locality's own party committee leads them), a party
        body, or a commune's body (a commune has one party committee). None otherwise."""
        if not position.org_text or position.org_first is None:
            return None
        org = self.orgs_at.get(position.org_first)
        if org is None:
            words = position.org_text.split()
            rest = " ".join(words[opening_board(words, self.lex) :])
            return rest if self._brand(rest) else None
        if org.stop == org.first + len(org.head.words) and not org.head.national:
            return None
        if org.head.kind == "party" or (org.head.expansion or " ".join(org.head.words)) in _LOCAL_COUNCILS:
            return None
        locality = [w.lower() for w in (self._locality(position) or "").split()]
        if any(tuple(locality[:n]) in _COMMUNE_UNITS for n in (1, 2)):
            return None
        return self._without_board(position.org_text)

    def _locality(self, position: _Position) -> str | None:
        if position.org_first is None or position.org_stop is None:
            return None
        k = locality_start(self.syls, position.org_first, position.org_stop, self.lex)
        return self.text(k, position.org_stop) if k is not None else None

    def read(self) -> SentenceReading:
        reading = SentenceReading()
        reading.pronoun_positions, reading.pronoun_given = self._pronoun_positions()
        syls = self.syls
        used: set[int] = set()
        i = 0
        while i < len(syls):
            if i in self.titles and i not in used:
                positions, j = self.read_chain(i)
                if not positions:  # a lower-case post with nothing named after it
                    i += 1
                    continue
                positions = self._one_countrys(positions)
                name_first = j
                plural = self._plural_title_before(i)
                list_opens = self._list_opening(j) if plural else 0
                listed_after_colon = bool(list_opens)
                if listed_after_colon:
                    name_first = j = j + list_opens  # "các Thứ trưởng: A, B", "các Phó Chủ tịch gồm: A, B"
                name_len = self._name_outside_org_at(j)
                if not name_len and positions:
                    name_first, name_len = self._name_across_org_end(positions[-1], j)
                if not name_len and positions:
                    run_stop = positions[-1].org_stop
                    cut = _split_name_off(syls, positions[-1], self.lex, self._named_before(positions[-1]))
                    if cut is not None and run_stop is not None:
                        name_first, name_len = cut, _name_at(syls, cut, self.lex)
                        if not name_len and self._envoy_name(cut, run_stop):
                            name_len = run_stop - cut
                if not name_len and positions:
                    name_first, name_len = self._name_cut_off_org(positions[-1], j)
                if not name_len and positions:
                    name_first, name_len = self._name_past_parent_body(positions[-1], j)
                if not name_len and positions and positions[-1].org_stop == j:
                    # "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng | Shin Choong Il", foreign-looking or not
                    name_first, name_len = j, positions[-1].holder_after
                org_stop = positions[-1].org_stop if positions else None
                if not name_len and org_stop is not None and self._short_name_in_brackets(org_stop) == j:
                    # "Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á (ASEAN) | Kao Kim Hourn": a foreign
                    # name after the body's short form
                    name_len = self._holder_name_at(j)
                    if not any(looks_foreign_name(s.text) for s in syls[j : j + name_len]):
                        name_len = 0
                    name_first = j
                if (
                    not name_len
                    and not self._of_a_body_unnamed(positions[-1])
                    and not self._holder_named_short(positions[-1], j)
                ):
                    # (not after a body's head in lower case: "Nhắc nhở tân Giám đốc ban, | ông A
                    # đề nghị": A speaks to the director; a name before such a post is its holder's)
                    name_first, name_len = self._honorific_name_after(j)
                if not name_len and self._of_a_body_unnamed(positions[-1]):
                    name_first, name_len = self._holder_set_off(j)
                if not name_len:
                    name_first, name_len = self._name_after_link(j)
                if not name_len:
                    name_first, name_len = self._appointee_after_cho(i, j)
                if name_len:
                    name_span = (name_first, name_first + name_len)
                    stop = name_first + name_len
                    more: list[_Position] = []
                    chain_start = self._apposition_start(stop)
                    if chain_start is not None and (name_first > j or listed_after_colon):
                        # "… đối với ông A, Giám đốc Sở X", "các Ủy viên Ban Thường vụ: A, Trưởng
                        # ban …; B, …": the name's own apposition follows
                        more, stop = self._chain_with_more(chain_start)
                    elif (
                        chain_start is not None
                        # (or past an aside: "Đại biểu Hoàng Văn Cường (Đoàn ĐBQH TP Hà Nội), Phó Hiệu trưởng …")
                        and (syls[stop].text in (",", "-", "–") or self._aside_close(stop) is not None)
                    ):
                        # "Thẩm phán Nguyễn Văn A, Phó Chánh án TAND tỉnh X": an apposition after
                        # the name that ends its clause, unless the titles are someone else's
                        # ("…, Chủ tịch UBND tỉnh Trần Văn B"). After a title with a body ("Bí thư
                        # Tỉnh ủy A, Giám đốc Sở Y tế, …") the commas more often list other
                        # guests: there the clause's verb must follow ("Chủ tịch UBND tỉnh A, Phó
                        # Bí thư Tỉnh ủy | phát biểu"), the first title open it and no "và" join
                        # the titles after the name.
                        after, after_stop = self._chain_with_more(chain_start)
                        if (
                            after
                            and self._apposition_ends_clause(i, positions, after, after_stop)
                            and not self._someone_named_after(after[-1], after_stop)
                        ):
                            more, stop = after, after_stop
                    elif chain_start is not None and syls[stop].text == "(":
                        # "Bí thư Huyện ủy X Nguyễn Văn A (nay là Bí thư Đảng ủy xã Y)": the posts a
                        # bracket after the name holds, closed where they end, are the name's own
                        after, after_stop = self._chain_with_more(chain_start)
                        if after and after_stop < len(syls) and syls[after_stop].text == ")":
                            more, stop = after, after_stop + 1
                    elif (
                        chain_start is not None
                        and syls[stop].text not in _APPOSITION_SEPARATORS
                        and [s.text.lower() for s in syls[stop:chain_start]] not in (["là"], ["làm"])
                    ):
                        # "Nguyên Chủ tịch UBND huyện X Nguyễn Văn A | hiện là | Chủ tịch UBND xã Y":
                        # appointment wording straight after the name gives the name's own posts (not
                        # a bare "làm", which gives a task: "… làm Trưởng đoàn kiểm tra")
                        more, stop = self._chain_with_more(chain_start)
                    finished = self.finish(positions)
                    if not (listed_after_colon and _restated(finished, self.finish(more))):
                        reading.links.append((name_span, finished))
                    if plural and name_first <= j and not more:
                        # "các Phó Chủ tịch UBND tỉnh A, B và C": the title is every listed one's
                        listed, after_list = self._listed_names(name_first, name_len)
                        if len(listed) > 1 and self._apposition_start(after_list) is None:
                            for span in listed[1:]:
                                reading.links.append((span, self.finish(positions)))
                            stop = max(stop, after_list)
                    if more:
                        reading.links.append((name_span, self.finish(more)))
                    if name_first > j or listed_after_colon:
                        # "… đối với ông A, X; ông B, Y; và ông C, Z": the title is each one's
                        stop = self._more_named(stop, finished, reading, plural=plural)
                    used.update(range(i, stop))
                    i = stop
                    continue
                # Title + given name alone: "Thứ trưởng Trường", "Bộ trưởng Tuấn".
                given = self._lone_given_name(positions[-1], j)
                if given is not None:
                    reading.short_mentions.append((syls[given].text, *self.span(given, given + 1)))
                i = max(j, i + 1)
                continue
            name_len = self._person_at(i)
            if name_len and self._plural_before(i):
                listed, k = self._listed_names(i, name_len)
                chain_start = self._apposition_start(k)
                if len(listed) > 1 and chain_start is not None:
                    # "các đồng chí A, B, C, Ủy viên Ban Thường vụ": the title is every one's.
                    positions, j = self._chain_with_more(chain_start)
                    if positions:
                        for span in listed:
                            reading.links.append((span, self.finish(positions)))
                        used.update(range(i, j))
                        i = j
                        continue
            if name_len:
                name_span = (i, i + name_len)
                k = i + name_len
                chain_start = self._apposition_start(k)
                positions, j = self._chain_with_more(chain_start) if chain_start is not None else ([], k)
                if positions:
                    # "A thay ông B, nguyên Bí thư …": set off by a comma or a dash, the posts are B's own
                    set_off = k < len(syls) and (syls[k].text == "," or syls[k].text in _NAME_DASHES)
                    successor = None if set_off else self._successor_before(i, reading.persons)
                    if successor is not None:
                        reading.persons.append(name_span)  # "A thay ông B giữ chức X": X is A's post
                        name_span = successor
                    finished = self.finish(positions)
                    if not set_off and successor is None:
                        # "Đồng chí A và đồng chí B | được bầu làm Phó Bí thư": the wording is said of both
                        for span in self._joined_subjects_before(i, reading.persons):
                            reading.persons.remove(span)
                            reading.links.append((span, finished))
                    reading.links.append((name_span, finished))
                    used.update(range(i, j))
                    i = j
                    continue
                reading.persons.append(name_span)
                i += name_len
                continue
            short = self._honorific_short(i)
            if short:
                reading.short_mentions.append(short)
            i += 1
        for (_, name_stop), found in reading.links:
            if len(found) == 1 and found[0].org_start is None:
                # (no organization written after the title: a ministry in brackets beats one taken
                # from a neighbour, "Dự có Bộ trưởng Bộ Ngoại giao A. Các Bộ trưởng: B (Tài chính), …")
                self._ministry_in_brackets(found[0], name_stop)
        return reading

    def _ministry_in_brackets(self, position: PositionFound, name_stop: int) -> None:
        """A minister's ministry in brackets right after the name, where the title names none
        ("các Bộ trưởng: Nguyễn Văn Thắng (Tài chính), …", "Bộ trưởng Nguyễn Văn Thắng (Bộ Tài
        chính)"): the ministry's name, or its field alone, which the title's unit ("Bộ") heads and
        which, as after "Bộ trưởng | Tài chính", names no institution of its own."""
        close = closing_bracket(self.syls, name_stop, 12)
        if close is None:
            return
        unit = _title_unit(position.title, self.lex)
        if unit != "Bộ":
            return
        written = self.text(name_stop + 1, close)
        ministry = written if written.split()[0] == unit else f"{unit} {written}"
        if whole_field_name(ministry, self.lex):
            # (the field alone is the title's organization, as "Bộ trưởng | Tài chính" is read)
            position.organization, position.inferred = written, False
            position.org_start, position.org_end = self.span(name_stop + 1, close)

    def _apposition_ends_clause(
        self, first: int, before: list[_Position], after: list[_Position], after_stop: int
    ) -> bool:
        """Do the titles ``after`` a name (ending at ``after_stop``) end its clause as the name's
        own, the titles ``before`` it opening at ``first``? After titles of no body, a mark or
        the clause's verb will do; after a title with a body, only the verb, with the first title
        opening the clause and no "và" joining the titles after the name."""
        if any(p.org_first is not None for p in before):
            return self._clause_goes_on(after_stop) and self._opens_clause(first) and not self._joined_by_and(after)
        syls = self.syls
        return (
            after_stop >= len(syls) or syls[after_stop].text in (",", ".", ";", ")") or self._clause_goes_on(after_stop)
        )

    def _joined_by_and(self, positions: list[_Position]) -> bool:
        """Does "và" join two of the titles ("…, Giám đốc Sở Y tế và Giám đốc Sở Tài chính dự
        họp": more guests, each their own)?"""
        return any(self.syls[p.title.first - 1].text.lower() == "và" for p in positions[1:])

    def _opens_clause(self, k: int) -> bool:
        """Does a clause begin at ``k`` (the sentence's start or a mark), so that what is named
        there is its subject, no verb's object ("Tiếp | Đại sứ Campuchia Chea Sok, Chủ tịch Quốc
        hội chúc mừng": the speaker hosts the ambassador)?"""
        return k == 0 or self.syls[k - 1].text in _CLAUSE_MARKS

    def _clause_goes_on(self, k: int) -> bool:
        """Does the clause's predicate begin at ``k``, or right after a comma there ("…, Phó Chánh
        án X | chủ tọa", "…, Trưởng Ban Tổ chức Trung ương, | chủ trì")?"""
        syls = self.syls
        if k < len(syls) and syls[k].text == ",":
            k += 1
        return k < len(syls) and (predicate_begins_at(syls, k, self.lex) or acts_at(syls, k, self.lex))

    def _joined_subjects_before(self, i: int, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The names of no post listed right before the name at ``i``, joined to it by "và"
        (and to each other by commas), each with its honorific: "Ông A, bà B và ông C | được bổ
        nhiệm …" appoints all three. None where "và" does not join the last two."""
        syls = self.syls
        joined: list[tuple[int, int]] = []
        k = i - match_phrase_back_length(syls, i, self.lex)
        join = "và"
        for span in reversed(persons):
            if k < 1 or syls[k - 1].text != join or span[1] != k - 1:
                break
            joined.append(span)
            k = span[0] - match_phrase_back_length(syls, span[0], self.lex)
            join = ","
        if _replacing_link_before(syls, k):
            return []  # "A thay ông B và ông C | giữ chức …": the ones replaced
        return joined[::-1]

    def _successor_before(self, i: int, persons: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The person named just before "thay (thế) ông" and the name at ``i``: "Bà A thay ông
        B | giữ chức …" gives the post to A, who replaces B."""
        syls = self.syls
        k = i - match_phrase_back_length(syls, i, self.lex)
        if k == i:
            return None
        first = k - _replacing_link_before(syls, k)
        if first < k and first > 0 and persons and persons[-1][1] == first:
            return persons[-1]
        return None

    def _someone_named_after(self, position: _Position, j: int) -> bool:
        """Does a person's name follow the title chain ending at ``j``, as the chain's own
        holder (read as ``read`` reads the name after a chain)?"""
        if self._name_outside_org_at(j):
            return True
        stop = position.org_stop
        cut = _split_name_off(
            self.syls, replace(position), self.lex, self._named_before(position)
        )  # a copy: it cuts what it is given
        if cut is not None and stop is not None and _name_at(self.syls, cut, self.lex) == stop - cut:
            return True  # "…, Chủ tịch UBND tỉnh Trần Văn B"
        return bool(
            self._name_cut_off_org(position, j)[1]
            or self._name_past_parent_body(position, j)[1]
            or self._honorific_name_after(j)[1]
        )

    def _envoy_name(self, first: int, stop: int) -> bool:
        """Capitalized words right after a country, or a body's short form in capitals, to the
        end of a title's run, are its holder's name, Vietnamese-looking or not ("Đại sứ
        Campuchia | Chea Kimtha", "Tổng Thư ký ASEAN | Kao Kim Hourn")."""
        syls = self.syls
        if not all(is_name_syllable(s) for s in syls[first:stop]):
            return False
        if first > 0 and names_a_body_in_capitals(syls[first - 1].text, self.lex):
            return True
        return any(
            first - n >= 0 and tuple(s.text for s in syls[first - n : first]) in self.lex.countries for n in (1, 2, 3)
        )

    def _name_cut_off_org(self, position: _Position, j: int) -> tuple[int, int]:
        """The person whose name the institution reader cut off the end of this position's
        organization ("Chủ tịch Thượng viện | Hun Sen")."""
        org = self.orgs_at.get(position.org_first) if position.org_first is not None else None
        if org is None or org.person_stop is None or org.stop != j:
            return j, 0
        return j, org.person_stop - j

    def _name_outside_org_at(self, k: int) -> int:
        """The length of a person's name that begins at ``k``, unless ``k`` is inside an
        organization's run without opening one (its words are the body's); else 0."""
        if k in self.inside_org and k not in self.orgs_at:
            return 0
        return _name_at(self.syls, k, self.lex)

    def _name_past_parent_body(self, position: _Position, j: int) -> tuple[int, int]:
        """The holder named after the body the post's unit belongs to, set off by a comma ("Phó
        Cục trưởng Cục Quản lý Dược, | Bộ Y tế | Tạ Mạnh Hùng") or a dash ("Hiệu trưởng Trường
        Đại học Bách khoa - | Đại học Đà Nẵng | Nguyễn Minh Vũ", as member schools are named):
        (where the name starts, its length), or (``j``, 0)."""
        syls = self.syls
        if position.org_stop != j or j >= len(syls) or syls[j].text not in (",", *_NAME_DASHES):
            return j, 0
        parent = self.orgs_at.get(j + 1)
        if parent is None:
            return j, 0
        if parent.person_stop is not None:
            return parent.stop, parent.person_stop - parent.stop
        k = parent.stop
        length = self._name_outside_org_at(k)
        return (k, length) if length else (j, 0)

    def _of_a_body_unnamed(self, position: _Position) -> bool:
        """Is the post's organization a body's head in lower case alone ("Giám đốc | bệnh viện")?"""
        first, stop = position.org_first, position.org_stop
        if first is None or stop is None:
            return False
        return _generic_body_at(self.syls, first, self.lex) == stop

    def _holder_set_off(self, j: int) -> tuple[int, int]:
        """The holder of a post of a body named by its lower-case head, set off by commas (or
        dashes) on both sides: "Hiệu trưởng nhà trường, | thầy Giàng A Dình |, cho biết",
        "Giám đốc hợp tác xã, bà A, cho biết". Closed, the name is an aside on the post, not the
        subject of the clause ("tân Giám đốc ban, | ông A đề nghị": A speaks); nor when the
        name's own title follows ("…, ông A, Phó Chủ tịch UBND xã, …")."""
        first, length = self._honorific_name_after(j)
        after = first + length
        if (
            not length
            or self.syls[j].text not in _SET_OFF_MARKS
            or after >= len(self.syls)
            or self.syls[after].text not in _SET_OFF_MARKS
            or self._apposition_start(after) is not None
        ):
            return j, 0
        return first, length

    def _name_across_org_end(self, position: _Position, j: int) -> tuple[int, int]:
        """A foreign name the organization's run took the start of, going on past it with a
        particle ("Tổng thống Syria | Bashar | al-Assad", "Tổng thống | Lula | da Silva")."""
        syls = self.syls
        if position.org_first is None or position.org_stop != j:
            return j, 0
        particle = [
            k
            for k in range(position.org_first, min(len(syls), j + 1))
            if _name_particle(syls, k)
            or _joined_particle(syls, k)
            or (k < j and "-" in syls[k].text and looks_foreign(syls[k].text))  # "Ri | Yong-ho"
        ]
        if not particle:
            return j, 0
        for first in range(particle[0], position.org_first - 1, -1):  # the nearest start: "Triều Tiên | Ri Yong-ho"
            length = _name_at(syls, first, self.lex)
            if first + length >= j and first + length > particle[0]:
                if first == position.org_first:
                    position.org_first = position.org_stop = None
                else:
                    position.org_stop = first
                return first, length
        return j, 0

    def _honorific_name_after(self, j: int) -> tuple[int, int]:
        """', ông Nguyễn Anh Dũng' / ' - bà Lê Thị Lan Anh' / ' (ông Nguyễn Trọng Đông)' right
        after a title chain."""
        if j >= len(self.syls):
            return j, 0
        if self.syls[j].text not in (",", "-", "–", "—", "("):
            # "Thứ trưởng Thông tin và Truyền thông | ông Hoàng Vĩnh Bảo": no mark between
            first, length = self._named_at(j, honorific_required=True)
            return (first, length) if length else (j, 0)
        first, length = self._named_at(j + 1, honorific_required=True)
        if not length and self.syls[j].text in _NAME_DASHES:
            # "Giám đốc Cơ quan Điện lực Puerto Rico - | Ricardo Ramos | cho biết": a name
            # with no honorific after a dash, when the clause's verb follows it
            first, length = self._named_at(j + 1, honorific_required=False)
            after = first + length
            if length and not (
                after < len(self.syls)
                and (predicate_begins_at(self.syls, after, self.lex) or acts_at(self.syls, after, self.lex))
            ):
                length = 0
        return (first, length) if length else (j, 0)

    def _named_at(self, k: int, *, honorific_required: bool) -> tuple[int, int]:
        """An honorific (when required, or present) and a whole name from ``k``: (where the
        name starts, its length), or (k, 0)."""
        syls = self.syls
        honorific = match_phrase(syls, k, self.lex.honorifics, self.lex)
        if not honorific and k < len(syls) and self.lex.is_honorific(syls[k].text):
            honorific = 1  # degrees joined in one word: "PGS.TS.BS", "PGS-TS"
        if not honorific and honorific_required:
            return k, 0
        first = k + honorific
        if honorific and first < len(syls) and syls[first].text in _SPECIALIST_DEGREES:
            first += 1  # "Bác sĩ | CKII | Nguyễn Văn An": a doctor's specialist degree after the title
        length = _name_at(syls, first, self.lex, after_honorific=bool(honorific))
        if length and (first + length >= len(syls) or not is_name_syllable(syls[first + length])):
            return first, length
        return k, 0

    def _holder_named_short(self, position: _Position, j: int) -> bool:
        """Is the post a self-named office ("Tổng thống", "Thủ tướng") and its "organization" one
        foreign name's word alone, its holder called by it ("… của Tổng thống Trump, | ông Kim
        Jong Un khẳng định": the name after the comma is someone else's)? Not a country's or a
        place's ("Tổng thống Mỹ, ông Donald Trump"), nor a company's after another title ("Chủ
        tịch Vinachem, ông Nguyễn Anh Dũng")."""
        if _bare_title(position.title.text, self.lex) not in _SELF_NAMED_TITLES:
            return False
        k = self._lone_given_name(position, j)
        if k is None or not looks_foreign_name(self.syls[k].text):
            return False
        return not country_or_place_at(self.syls, k, self.lex)

    def _lone_given_name(self, position: _Position, j: int) -> int | None:
        """After a title, one capitalized syllable and no more: 'Thứ trưởng Trường yêu cầu'."""
        syls = self.syls
        k = position.org_first if position.org_first is not None else j
        if k >= len(syls) or not (syls[k].is_upper_initial and syls[k].is_alpha):
            return None
        if k + 1 < len(syls) and syls[k + 1].is_upper_initial and syls[k + 1].is_alpha:
            return None
        if position.org_first is not None and position.org_stop != k + 1:
            return None
        return k

    def _chain_with_more(self, start: int, separators: tuple[str, ...] = (",",)) -> tuple[list[_Position], int]:
        """A title chain and more after further commas or appointment wording: "A, nguyên X,
        Phó Y", "A - đang là X - sẽ giữ chức Y", "A, nguyên X, giữ chức Y". ``separators``:
        what may part two titles (";" too where the sentence is about one person alone)."""
        syls = self.syls
        positions, j = self.read_chain(start, holder_known=True)
        while j < len(syls):
            j = self._past_parent_body(j, separators)
            if j + 1 < len(syls) and syls[j].text in (*separators, "(") and self._title_here(j + 1):
                nxt: int | None = j + 1  # "(": "Trưởng Trạm X (nguyên Kế toán UBND xã Y)", a post held before
            elif syls[j].text in separators and (rank_end := self._rank_item_end(j)) is not None:
                nxt = rank_end  # "Ủy viên Bộ Chính trị, | Đại tướng, | Bộ trưởng …"
            else:
                nxt = self._linked_title(j)
                if nxt is None and syls[j].text in (",", "-", "–", "—", "("):
                    nxt = self._linked_title(j + 1)  # "(": "Bí thư Huyện ủy X (nay là Bí thư …)"
            if nxt is None:
                break
            more, j = self.read_chain(nxt, holder_known=True)
            positions.extend(more)
        return positions, j

    def _past_parent_body(self, j: int, separators: tuple[str, ...]) -> int:
        """At a comma before the body a post's unit belongs to and another comma, then a title
        or appointment wording ("Vụ trưởng Vụ Tổ chức cán bộ, | Bộ Y tế, | giữ chức Thứ trưởng"),
        or the wording straight after the body: the index of that second comma or of the
        wording; else ``j``."""
        syls = self.syls
        parent = self.orgs_at.get(j + 1) if j < len(syls) and syls[j].text in separators else None
        if parent is None or parent.person_stop is not None:
            return j
        k = parent.stop
        if (
            k + 1 < len(syls)
            and syls[k].text in separators
            and (self._title_here(k + 1) or self._linked_title(k) is not None or self._linked_title(k + 1) is not None)
        ):
            return k
        if k < len(syls) and self._linked_title(k) is not None:
            return k  # "…, | Bộ Nội vụ | được bổ nhiệm giữ chức Thứ trưởng": the wording straight after it
        return j

    def _pronoun_positions(self) -> tuple[list[PositionFound], str | None]:
        """ "Ông từng giữ các chức vụ: Chỉ huy trưởng …, Tư lệnh Quân khu 5": a sentence that
        opens with a pronoun (an honorific and no name), or with an honorific and a given name
        alone ("Ông Hòa hiện là …"), then appointment wording before titles. Returns the
        positions and that given name (None after a pronoun)."""
        syls = self.syls
        p = self._after_opening_adverbial()
        pronoun = match_phrase(syls, p, PRONOUNS, self.lex, ignore_case=True)
        if not pronoun or len(syls) < p + pronoun + 2:
            return [], None
        given = None
        k = p + pronoun
        if is_name_syllable(syls[k]):
            # (a given name that is a family name too stays a given name: "Bà Hà | từng là …")
            if len(syls) < k + 3 or is_name_syllable(syls[k + 1]):
                return [], None  # a full name: the sentence's own reading has it
            given, k = syls[k].text, k + 1
        born = self._past_birth_details(k)
        if born is not None:
            k = born + 1  # "Ông Vinh sinh năm 1988, | trước đó là …", as after a full name
        start = self._linked_title(k)
        if start is None:
            return [], None
        positions, _ = self._chain_with_more(start, separators=(",", ";"))
        return (self.finish(positions), given) if positions else ([], None)

    def _after_opening_adverbial(self) -> int:
        """Where the sentence's subject begins after a short opening adverbial and its comma
        ("Năm 2014, | ông Sơn về làm …", "Sau đó, | bà …"): one with no title and no capital but
        its first; 0 where there is none."""
        syls = self.syls
        for c in range(1, min(len(syls), _MAX_OPENING + 1)):
            if syls[c].text == ",":
                plain = all(not s.is_upper_initial for s in syls[1:c]) and not any(k in self.titles for k in range(c))
                return c + 1 if plain and c + 1 < len(syls) and syls[c + 1].text.islower() else 0
        return 0

    def _title_here(self, k: int) -> bool:
        """Does a title begin at ``k``, counting the posts an apposition allows in either case
        (``apposition_titles.txt``: "Thái Đại Ngọc, ủy viên Trung ương Đảng", "(36 tuổi, cựu kế
        toán xã)", "bị cáo B, nguyên Kế toán UBND xã": over 825 gold and VLSP articles the
        capitalized ones add one post, a gold one)? One found is kept for the chain."""
        if k in self.titles:
            return True
        syls = self.syls
        if k >= len(syls) or k in self.inside_org:
            return False
        m = k
        while n := match_phrase(syls, m, self.lex.title_prefixes, self.lex, ignore_case=True):
            m += n
        n = match_phrase(syls, m, self.lex.apposition_titles, self.lex, ignore_case=True)
        if not n:
            return False
        self.titles[k] = _Title(k, m + n, self.text(k, m + n), lower_post=True)
        self.title_set.add(k)
        return True

    def _more_named(
        self, k: int, positions: list[PositionFound], reading: SentenceReading, *, plural: bool = False
    ) -> int:
        """Further people a title is given to, after ";" or ", và": each with an honorific, a name
        and perhaps a title of their own. After a title in the plural ("hai Phó Chủ tịch UBND tỉnh
        là A | và | B", "các Ủy viên …: A, …; B, …") "và" alone parts them too and the name needs
        no honorific. Returns the index after the last."""
        syls = self.syls
        separators = (";", ",", "và") if plural else (";", ",")
        while k < len(syls) and syls[k].text in separators:
            m = k + 1
            if m < len(syls) and syls[m].text == "và":
                m += 1
            first, length = self._named_at(m, honorific_required=not plural)
            if not length:
                break
            span = (first, first + length)
            k = span[1]
            chain_start = self._apposition_start(k)
            own_found: list[PositionFound] = []
            if chain_start is not None:
                own, k = self._chain_with_more(chain_start)
                own_found = self.finish(own) if own else []
            if not (plural and _restated(positions, own_found)):
                reading.links.append((span, list(positions)))
            if own_found:
                reading.links.append((span, own_found))
        return k

    def _list_opening(self, j: int) -> int:
        """The length of what opens the list of names after a title in the plural at ``j``: a
        colon, or "gồm (có)" and perhaps a colon ("Các Phó Chủ tịch UBND tỉnh gồm: ông A, ông B
        và bà C"); 0 if no list opens there."""
        syls = self.syls
        k = j
        if k < len(syls) and syls[k].text.lower() == "gồm":
            k += 1
            if k < len(syls) and syls[k].text.lower() == "có":
                k += 1
        if k < len(syls) and syls[k].text == ":":
            k += 1
        return k - j if k > j and k < len(syls) else 0

    def _aside_close(self, k: int) -> int | None:
        """The index of ")" closing a short bracket at ``k`` with no title in it ("(49 tuổi)",
        "(SN 1975)", "(Hà Nội)"), or a person's details that open with the age or birth year and
        go on to the address ("(SN 1970, trú tại xã Tân Lập)", as court and police news write a
        defendant's); None if there is none."""
        syls = self.syls
        if k >= len(syls) or syls[k].text != "(":
            return None
        dated = False  # the part before the first comma holds a number: an age or a birth year
        first_part = True
        for m in range(k + 1, min(len(syls), k + _DETAILS_REACH)):
            if syls[m].text == ")":
                return m
            if m in self.titles or syls[m].text == "(" or (m - k >= 8 and not dated):
                return None
            if syls[m].text in (",", ";"):
                if not dated:
                    return None
                first_part = False
            dated = dated or (first_part and syls[m].text[:1].isdigit())
        return None

    def _linked_title(self, k: int) -> int | None:
        """Where a title begins after appointment wording at ``k`` (adverbs, then a link:
        "còn đang là", "sẽ giữ chức", "được bầu làm"); None if there is none."""
        posted, body = self._after_posting(k)
        start = self._title_linked_at(posted)
        if start is not None and body is not None:
            self.posted_bodies[start] = body
        return start

    def _title_linked_at(self, k: int) -> int | None:
        syls = self.syls
        m = self._past_boards_joined(k)
        while n := match_phrase(syls, m, self.lex.link_adverbs, self.lex, ignore_case=True):
            m += n
        n = match_phrase(syls, m, self.lex.title_links, self.lex, ignore_case=True)
        passive = m < len(syls) and syls[m].text.lower() == "được"
        if not n and passive:
            m, n = self._passive_link_after_agent(m)
        if not n or not syls[m].text.islower():
            return None
        joined = next((j for j in range(m, m + n) if self._past_boards_joined(j) > m + n), None)
        if joined is not None:
            # "được chỉ định | tham gia Ban Chấp hành, Ban Thường vụ và | giữ chức …": the boards
            # joined, then the post
            return self._linked_title(self._past_boards_joined(joined))
        after = m + n + 1 if m + n < len(syls) and syls[m + n].text == ":" else m + n  # "… các chức vụ: X, Y"
        if self._title_here(after):
            return after
        if passive and self._after_posting(after)[1] is not None:
            return self._linked_title(after)  # "được điều động | đến nhận công tác tại Sở X, giữ chức …"
        if after - 1 > m and self._title_here(after - 1):
            return after - 1  # "được giao | quyền Chủ tịch …": the link's last word is the title's prefix
        # two links: "được điều động | về làm | Bí thư …", also past an adverb ("được điều động |
        # đến nhận công tác và | giữ chức Giám đốc …")
        second = after
        while adverb := match_phrase(syls, second, self.lex.link_adverbs, self.lex, ignore_case=True):
            second += adverb
        again = match_phrase(syls, second, self.lex.title_links, self.lex, ignore_case=True)
        if again and self._title_here(second + again):
            return second + again
        if passive and after < len(syls) and syls[after].text in (",", "và"):
            # two passive verbs sharing "được": "được điều động, | bổ nhiệm giữ chức | Phó Giám đốc …",
            # also past the body that appoints ("được Bộ Chính trị điều động, | phân công giữ chức …")
            again = self._passive_rest(after + 1)
            if again and self._title_here(after + 1 + again):
                return after + 1 + again
        # "đảm nhiệm nhiều vị trí quản lý trong hệ sinh thái X như Tổng giám đốc, …": posts
        # in the plural, described, then listed after "như" or ":"
        if syls[m + n - 1].text.lower() in ("trí", "vụ") and syls[m + n - 2].text.lower() in ("vị", "chức"):
            for k in range(m + n, min(len(syls) - 1, m + n + _DESCRIBED_POSTS)):
                if syls[k].text.lower() in ("như", ":") and self._title_here(k + 1):
                    return k + 1
                if syls[k].text in (".", ";"):
                    break
        return None

    def _after_posting(self, k: int) -> tuple[int, tuple[int, int] | None]:
        """After "đến nhận công tác tại <body>," (or "<body> và") at ``k``: where the post taken
        there is linked ("…, giữ chức vụ Giám đốc …") and the body's extent; else ``k`` and None."""
        n = match_phrase(self.syls, k, self.lex.posting_links, self.lex, ignore_case=True)
        if not n or k + n not in self.orgs_at:
            return k, None
        # to the comma after the body, however far the body's name was read
        first = k + n
        body_stop: int | None = None
        reach = min(len(self.syls), first + _POSTED_BODY_REACH)
        m = first
        while m < reach:
            text = self.syls[m].text
            if text == "(" and m >= self.orgs_at[first].stop and body_stop is None:
                # "… tại Sở Xây dựng | (SXD) |, giữ chức Giám đốc": past the body's short form
                body_stop = m
                m = next((c for c in range(m + 1, reach) if self.syls[c].text == ")"), reach) + 1
                continue
            if text == "," or (
                text == "và" and match_phrase(self.syls, m + 1, self.lex.title_links, self.lex, ignore_case=True)
            ):
                return m + 1, (first, body_stop if body_stop is not None else m)  # "…, | giữ chức …"
            if text in (".", ";", ":", "(") or (m > first and m in self.titles):
                break
            m += 1
        return k, None

    def _past_boards_joined(self, k: int) -> int:
        """After "chỉ định tham gia Ban Chấp hành, Ban Thường vụ và" at ``k``: where the link to
        the post taken begins ("giữ chức Bí thư …"); else ``k``."""
        n = match_phrase(self.syls, k, self.lex.joining_links, self.lex, ignore_case=True)
        if not n:
            return k
        for m in range(k + n, min(len(self.syls) - 1, k + n + _BOARDS_REACH)):
            text = self.syls[m].text
            if text == "và" and match_phrase(self.syls, m + 1, self.lex.title_links, self.lex, ignore_case=True):
                return m + 1
            if text in (".", ";", ":") or m in self.titles:
                break
        return k

    def _passive_link_after_agent(self, m: int) -> tuple[int, int]:
        """ "được | Ban Thường vụ Thành ủy | chỉ định giữ chức": the body that appoints stands
        between "được" and the rest of the link; so may a board named by its head alone ("được |
        HĐQT | bầu làm Chủ tịch HĐQT") or an office ("được | Thủ tướng | bổ nhiệm giữ chức …",
        "được | Bộ trưởng Bộ Y tế | bổ nhiệm làm …"). Returns where that rest begins and its
        length (0 if there is none)."""
        agent = self.orgs_at.get(m + 1)
        if agent is not None:
            stop = agent.stop
        elif m + 1 in self.titles:  # before a head it may begin with ("Bộ | trưởng")
            stop = self.titles[m + 1].stop
            stop = self.orgs_at[stop].stop if stop in self.orgs_at else stop
        elif (head := head_at(self.syls, m + 1, self.lex)) is not None:
            stop = m + 1 + len(head.words)
        elif m + 1 < len(self.syls) and self.syls[m + 1].text in self.lex.abbreviations:
            stop = m + 2  # "HĐQT", "HĐND"
        else:
            return m, 0
        for k in range(stop, min(len(self.syls), stop + _AGENT_NAME_WORDS + 1)):
            if k > stop and not (self.syls[k - 1].is_alpha and self.syls[k - 1].text.islower()):
                break
            if rest := self._passive_rest(k):
                return k, rest  # (past the lower-case rest of the body's name: "Hội đồng | quản trị")
        return stop, 0

    def _passive_rest(self, k: int) -> int:
        """The length of a passive link's words after its "được" at ``k`` ("chỉ định giữ chức"
        of "được chỉ định giữ chức"), the longest; 0 if none."""
        links = self.lex.title_links
        for length in self.lex.lengths_by_first_word(links).get("được", ()):  # longest first
            rest = tuple(s.text.lower() for s in self.syls[k : k + length - 1])
            if len(rest) == length - 1 and ("được", *rest) in links:
                return length - 1
        return 0

    def _name_after_link(self, j: int) -> tuple[int, int]:
        """ "… Chủ tịch HĐQT đối với ông Nguyễn Hữu Tới": the name a title is given to or taken
        from, after the link words and an honorific."""
        n = match_phrase(self.syls, j, self.lex.name_links, self.lex, ignore_case=True)
        if not n or not self.syls[j].text.islower():
            return j, 0
        first, length = self._named_at(j + n, honorific_required=False)
        return (first, length) if length else (j, 0)

    def _appointee_after_cho(self, i: int, j: int) -> tuple[int, int]:
        """ "… bổ nhiệm Giám đốc Sở Xây dựng | cho ông Lê Văn Hùng": the one a decision gives
        the post at ``i`` to, named after "cho" and an honorific, where the decision's wording
        stands right before the post (links.tsv: gives)."""
        syls = self.syls
        if j >= len(syls) or syls[j].text != "cho":
            return j, 0
        if not _link_ends_at(syls, i, self.lex.giving_links):
            return j, 0
        first, length = self._named_at(j + 1, honorific_required=True)
        return (first, length) if length else (j, 0)

    def _plural_title_before(self, i: int) -> bool:
        """Is the title at ``i`` in the plural ("các Thứ trưởng", "hai Phó Chủ tịch"), so that
        it is each of the names listed after it? Also after an honorific: "các đồng chí | Ủy viên
        Ban Thường vụ Thành ủy: A, B và C"."""
        before = i - match_phrase_back_length(self.syls, i, self.lex)
        return before > 0 and self.syls[before - 1].text.lower() in _PLURAL_WORDS

    def _plural_before(self, i: int) -> bool:
        """Is the name at ``i`` the first of a list: "các đồng chí", "các ông", "các bà"?"""
        words = [s.text.lower() for s in self.syls[max(0, i - 4) : i] if s.text != ":"]
        honorifics = self.lex.honorifics_lower  # "các Thiếu tướng:", "các đồng chí"
        return any(len(words) > n and words[-n - 1] == "các" and tuple(words[-n:]) in honorifics for n in (1, 2))

    def _listed_names(self, i: int, name_len: int) -> tuple[list[tuple[int, int]], int]:
        """Names separated by commas or "và" from ``i``, each perhaps with a short bracket after it
        ("các Bộ trưởng: A (Tài chính), B (Nội vụ)"); and the index after the last."""
        syls = self.syls
        listed = [(i, i + name_len)]
        k = self._past_aside(i + name_len)
        while k + 1 < len(syls) and syls[k].text in (",", "và") and k + 1 not in self.titles:
            n = self._person_at(k + 1)
            if not n:
                break
            listed.append((k + 1, k + 1 + n))
            k = self._past_aside(k + 1 + n)
        return listed, k

    def _past_aside(self, k: int) -> int:
        """The index after a short bracket at ``k`` (:meth:`_aside_close`), else ``k``."""
        close = self._aside_close(k)
        return k if close is None else close + 1

    def _apposition_start(self, k: int) -> int | None:
        """Where a title chain that describes the name ending at ``k`` starts, if one does:
        after a comma or dash, after appointment wording ("giữ chức", "được bầu làm",
        "- đang là"), or inside brackets after the age ("(46 tuổi, cựu Chủ tịch …)")."""
        syls = self.syls
        if k >= len(syls):
            return None
        if syls[k].text == "," and self._inside_an_invitation(k):
            return None  # "Nhận lời mời của Thủ tướng X, | Thủ tướng Nhật Bản sẽ thăm …": the guest follows
        if syls[k].text in _APPOSITION_SEPARATORS and self._title_here(k + 1):
            return k + 1
        founder = _founder_before_a_title(syls, k + 1, self.lex) if syls[k].text in _APPOSITION_SEPARATORS else 0
        if founder and self._title_here(k + 1 + founder):
            return k + 1 + founder  # "ông A, đồng sáng lập kiêm | CEO của Matternet": the office held
        rank_end = self._rank_item_end(k)
        if rank_end is not None:
            return rank_end  # "ông Phan Văn Giang, | Đại tướng, | Bộ trưởng Bộ Quốc phòng"
        linked = self._linked_title(k)
        if linked is None and syls[k].text in _APPOSITION_SEPARATORS:
            linked = self._linked_title(k + 1)  # "ông A (hiện là Bí thư …)"
        if linked is not None:
            return linked
        close = self._aside_close(k)
        if close is not None and close + 1 < len(syls) and syls[close + 1].text in (",", "-", "–"):
            # "ông Phạm Tuấn Long (49 tuổi), Bí thư Đảng ủy …": past the aside
            return self._apposition_start(close + 1)
        if syls[k].text == "(":
            # "(46 tuổi, cựu Chủ tịch UBND xã …)", "(sinh năm 1975, Giám đốc …)"
            m = next((m for m in range(k + 1, min(len(syls), k + 6)) if syls[m].text in (",", ")")), None)
            if (
                m is not None
                and syls[m].text == ","
                and self._title_here(m + 1)
                and any(s.text[:1].isdigit() for s in syls[k + 1 : m])
            ):
                return m + 1
        if _age_between_commas(syls, k):
            return self._apposition_start(k + 3)  # "ông Nguyễn Văn A, 58 tuổi, | nguyên Chủ tịch …"
        after_birth = self._past_birth_details(k)
        if after_birth is not None:
            # "Ông A sinh năm 1972, quê Ninh Bình, | từng giữ chức …": the posts after the birth year
            return self._apposition_start(after_birth)
        if syls[k].text == "là":
            # "là người sáng lập, Chủ tịch …": a few lower-case words and a comma before the title.
            m = k + 1
            while m < len(syls) and m - k <= 4 and syls[m].is_alpha and not syls[m].is_upper_initial:
                m += 1
            if m + 1 < len(syls) and syls[m].text == "," and m + 1 in self.titles:
                return m + 1
        return None

    def _past_birth_details(self, k: int) -> int | None:
        """The index after "(,) sinh năm 1972" at ``k`` and a home place after it (", quê (quán)
        tỉnh Ninh Bình"), where a comma follows; None if no birth year is written there."""
        syls = self.syls
        m = k + 1 if k < len(syls) and syls[k].text == "," else k
        if [s.text.lower() for s in syls[m : m + 2]] != ["sinh", "năm"] or m + 2 >= len(syls):
            return None
        if not (syls[m + 2].text.isdigit() and len(syls[m + 2].text) == 4):
            return None
        m += 3
        if m + 1 < len(syls) and syls[m].text == "," and syls[m + 1].text.lower() == "quê":
            home = next((n for n in range(m + 2, min(len(syls), m + 2 + _HOME_PLACE)) if syls[n].text == ","), None)
            if home is not None:
                m = home
        return m if m < len(syls) and syls[m].text == "," else None

    def _inside_an_invitation(self, k: int) -> bool:
        """Does an opening "(Nhận / Theo) lời mời của …" run, with no comma, to ``k``, and a
        predicate follow before the next comma? The comma at ``k`` then closes the opening, and
        what follows is the guest, the sentence's subject ("…, | Thủ tướng Nhật Bản sẽ thăm"),
        not the host's post ("…, | Chủ tịch UBND tỉnh, | đoàn sẽ thăm")."""
        syls = self.syls
        opening = False
        for i in range(k - 1, -1, -1):
            if syls[i].text in (",", ";", ":", "."):
                break
            if i + 3 <= k and tuple(s.text.lower() for s in syls[i : i + 3]) == _INVITATION:
                opening = True
                break
        if not opening:
            return False
        for m in range(k + 1, len(syls)):
            if syls[m].text in (",", ";", ":", "."):
                return False
            if syls[m].text.islower() and predicate_begins_at(syls, m, self.lex):
                return True
        return False

    def _rank_item_end(self, k: int) -> int | None:
        """Where a title begins after an officer's rank that stands alone between two commas
        after separator ``k`` (", | Thượng tướng | , | Thứ trưởng Bộ Công an"): a rank is no
        position (the extraction guide), nor does it end the titles of the person it describes."""
        syls = self.syls
        if syls[k].text != "," or k + 1 >= len(syls) or not officer_rank_at(syls, k + 1, self.lex):
            return None
        n = match_phrase(syls, k + 1, self.lex.honorifics, self.lex)
        m = k + 1 + n
        if n < 2 or m + 1 >= len(syls) or syls[m].text != "," or not self._title_here(m + 1):
            return None
        return m + 1

    def _person_at(self, i: int) -> int:
        syls = self.syls
        if i in self.inside_org or not syls[i].is_upper_initial:
            return 0
        before = syls[i - 1] if i > 0 else None
        if (
            before is not None
            and before.is_upper_initial
            and before.is_alpha
            and not self.lex.is_honorific(before.text)
            and before.text not in _SPECIALIST_DEGREES  # "Bác sĩ CKII | Nguyễn Văn An"
        ):
            return 0  # inside a longer capitalized run
        if i > 0 and syls[i - 1].text.lower() in _NOT_PERSON_BEFORE:
            return 0
        honorific = match_phrase_back(syls, i, self.lex) or self._listed_after_honorific(i)
        n = _name_at(syls, i, self.lex, after_honorific=honorific)
        if n and i + n < len(syls) and is_name_syllable(syls[i + n]):
            return 0
        return n

    def _listed_after_honorific(self, i: int) -> bool:
        """Does ``i`` open an item of a list that an honorific and a colon head ("các đồng chí: |
        A, Bí thư …; | B, Chủ tịch …")? The honorific is each listed person's."""
        syls = self.syls
        if i == 0 or syls[i - 1].text not in (":", ";"):
            return False
        for c in range(i - 1, -1, -1):
            if syls[c].text == ":":
                return match_phrase_back(syls, c, self.lex)
            if syls[c].text in (".", "!", "?"):
                break
        return False

    def _honorific_short(self, i: int) -> tuple[str, int, int] | None:
        """'ông Tâm', 'bà Nghĩa': an honorific and one capitalized syllable."""
        syls = self.syls
        n = match_phrase(syls, i, self.lex.honorifics, self.lex)
        k = i + n
        if not n or k >= len(syls) or not syls[k].is_upper_initial or not syls[k].is_alpha:
            return None
        if k + 1 < len(syls) and syls[k + 1].is_upper_initial and syls[k + 1].is_alpha:
            return None
        return syls[k].text, *self.span(k, k + 1)


# Titles whose holder serves another office holder, named by that office ("Đặc phái viên Thủ
# tướng Anh": the British Prime Minister's special envoy).
_SERVING_TITLES = frozenset({"đặc phái viên", "đặc sứ", "trợ lý", "cố vấn", "thư ký"})


def _serves_a_person(title: str) -> bool:
    """Does the title serve the office named after it ("Trợ lý | Tổng Bí thư"), also as a deputy
    or a former one ("Phó Trợ lý | Bộ trưởng Quốc phòng Hoa Kỳ")?"""
    words = title.lower().split(" ", 1)
    return title.lower() in _SERVING_TITLES or (words[0] in ("phó", "nguyên") and words[-1] in _SERVING_TITLES)


_MEMBERSHIP_ABBREVIATIONS = frozenset({"tuv", "uvbtv", "uv btv"})


def _is_membership(title: str) -> bool:
    """A party committee membership ("Tỉnh ủy viên", "TUV"): it names its committee itself."""
    lowered = title.lower()
    return lowered in _MEMBERSHIP_ABBREVIATIONS or (lowered.endswith("ủy viên") and len(lowered.split()) >= 3)


# What joins a successor to the one replaced: "Bà A | thay (thế) (cho) | ông B"
_REPLACING_LINKS = (("thay",), ("thay", "thế"), ("thay", "cho"), ("thay", "thế", "cho"))


def _replacing_link_before(syls: list[Syllable], k: int) -> int:
    """The length of "thay", "thay thế", "thay cho" or "thay thế cho" right before syllable
    ``k``, else 0."""
    return next(
        (
            len(link)
            for link in _REPLACING_LINKS
            if k >= len(link) and tuple(s.text.lower() for s in syls[k - len(link) : k]) == link
        ),
        0,
    )


def match_phrase_back_length(syls: list[Syllable], i: int, lex: Lexicons) -> int:
    """The length of the honorific right before syllable ``i`` (ông, bà, đồng chí …), else 0."""
    return next((n for n in (2, 1) if i - n >= 0 and tuple(s.text for s in syls[i - n : i]) in lex.honorifics), 0)


def match_phrase_back(syls: list[Syllable], i: int, lex: Lexicons) -> bool:
    """Is syllable ``i`` preceded by an honorific (ông, bà, đồng chí …)?"""
    return match_phrase_back_length(syls, i, lex) > 0


def _before_inner_head(
    syls: list[Syllable], title: _Title, long_heads: dict[int, int], lex: Lexicons, source: str
) -> _Title:
    """A title whose last words begin a longer head ends before the head, when what is left
    is a title: "Trưởng | Ban Tổ chức Trung ương", "Trưởng | Đoàn đại biểu Quốc hội"."""
    for k in range(title.first + 1, title.stop):
        if k + long_heads.get(k, 0) > title.stop:
            shorter = title_at(syls[:k], title.first, lex, source)
            if shorter is not None and shorter.stop == k:
                return shorter
    return title


def title_cover(titles: dict[int, _Title]) -> set[int]:
    """The syllables inside a sentence's titles."""
    return {k for title in titles.values() for k in range(title.first, title.stop)}


_FORMER = frozenset({"nguyên", "cựu"})
# A doctor's or pharmacist's specialist degree written apart after "Bác sĩ", "Dược sĩ" (chuyên
# khoa cấp I, II); joined to it ("BS.CKII", "BSCK1") it is part of an honorific (Lexicons.is_honorific)
_SPECIALIST_DEGREES = frozenset(SPECIALIST_GRADES)


def standing_posts(
    syls: list[Syllable], source: str, orgs: list[OrgMention], titles: dict[int, _Title], lex: Lexicons
) -> dict[int, _Title]:
    """ "Thường trực" opening a standing body ("Thường trực Ban Bí thư") is a person's post
    where a name follows the body ("Thường trực Ban Bí thư Trần Cẩm Tú") or where it goes on a
    chain of posts or a name after a comma ("…, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư"): the
    titles to add, by their first syllable. Alone it names the body (the guide's outermost name)."""
    added: dict[int, _Title] = {}
    for org in orgs:
        k = org.first
        if [s.text for s in syls[k : k + 2]] != ["Thường", "trực"] or org.stop <= k + 2:
            continue
        # "…, nguyên | Thường trực Ban Bí thư": a former post, its prefix part of the title
        start = k - 1 if k > 0 and syls[k - 1].text.lower() in _FORMER else k
        after_comma = start > 1 and syls[start - 1].text in (",", ";")
        in_chain = after_comma and any(first < start for first in titles)
        after_name = after_comma and any(
            _name_at(syls, p, lex) == start - 1 - p for p in range(max(0, start - 6), start - 2)
        )  # "Đồng chí Nguyễn Văn A, | Thường trực Ban Bí thư"
        # (or after appointment wording: "được bầu giữ chức | Thường trực Ban Bí thư")
        if org.person_stop is not None or in_chain or after_name or _link_ends_at(syls, start, lex.title_links):
            added[start] = _Title(start, k + 2, source[syls[start].start : syls[k + 1].end])
    return added


def _link_ends_at(syls: list[Syllable], k: int, links: Phrases) -> bool:
    """Does appointment wording of ``links`` (links.tsv, lower case) end right before ``k``?"""
    longest = max(map(len, links), default=0)
    before = tuple(s.text.lower() for s in syls[max(0, k - longest) : k])
    return any(before[len(before) - len(phrase) :] == phrase for phrase in links)


def _names_no_post(syls: list[Syllable], title: _Title, lex: Lexicons) -> bool:
    """Does the word before the title make it name no one's post: a palace or an office ("tại
    Phủ | Chủ tịch", "Phủ | Tổng thống"), or a meeting of its holders ("Hội nghị | Bộ trưởng
    Ngoại giao ASEAN", "hội nghị | Thủ tướng Chính phủ với doanh nghiệp")? A meeting's title
    with a name after it is the person's ("Tại Hội nghị | Bộ trưởng | Nguyễn Văn A nói"): a
    comma left out after the meeting."""
    i = title.first
    if i > 0 and syls[i - 1].text == "Phủ":
        return True
    if i < 2 or [s.text.lower() for s in syls[i - 2 : i]] != ["hội", "nghị"]:
        return False
    return _name_at(syls, title.stop, lex) == 0


def find_titles(syls: list[Syllable], source: str, long_heads: dict[int, int], lex: Lexicons) -> dict[int, _Title]:
    """Titles in a sentence, by their first syllable.

    ``long_heads`` gives the length of each institution head of several words by where it
    starts. A title inside one is skipped ("Ban Thường vụ"), and so is a title that a longer
    head begins with ("Đại sứ quán" is an embassy, not the title "Đại sứ").
    """
    inside = {k for first, n in long_heads.items() for k in range(first + 1, first + n)}
    titles: dict[int, _Title] = {}
    i = 0
    while i < len(syls):
        if i in inside:
            i += 1
            continue
        title = title_at(syls, i, lex, source)
        if title and long_heads.get(i, 0) > title.stop - i:
            i += 1
            continue
        if title and _names_no_post(syls, title, lex):
            i = title.stop
            continue
        if title:
            title = _before_inner_head(syls, title, long_heads, lex, source)
        if title:
            titles[i] = title
            i = title.stop
        else:
            i += 1
    return titles
