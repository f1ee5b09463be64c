"""Entity reading for a whole article: institutions, officials and NER-style spans.

Runs the sentence-level readers of :mod:`extractor.entities.institutions` and
:mod:`extractor.entities.officials` over every text line of the article, then merges what they
found across sentences: one official per person (with every position and mention), one
institution per organization (with its aliases), and the ``entities`` layer of PER / ORG /
LOC spans. Spans index the normalized text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..lexicon.loader import Lexicons
from ..lexicon.phrases import (
    head_at,
    head_kind,
    leading_head,
    leading_phrase,
    leading_rule_head,
    looks_foreign,
    looks_foreign_name,
    match_phrase,
    names_a_state,
    trailing_heads,
)
from ..text.layout import sentences
from ..text.normalize import canonical, is_consonant_initial
from ..text.spans import SpanIndex, opens_a_quote
from ..text.syllables import Segmenter, Syllable
from .conventions import EDGE_PUNCTUATION, in_vlsp_convention
from .institutions import (
    BOARDS,
    EXCHANGE_IN_BRACKET,
    FUNCTION_WORDS,
    GENERIC_BEFORE,
    LOWER_SCOPES,
    MANAGES,
    PREDICATE_ADVERBS,
    SCOPES,
    InstitutionRecord,
    OrgMention,
    begins_name,
    brand_like,
    capital_inside,
    clause_verb_at,
    declared_short_forms,
    distributed_names,
    find_org_mentions,
    holds_its_host,
    is_abbreviation,
    is_short_degree,
    korean_name,
    merge_institutions,
    names_a_place,
    nearest_head,
    opens_a_document_title,
    opens_no_body,
    place_pair_after_dash,
    same_units,
    term_words_length,
    whole_field_name,
    without_inner_short_form,
)
from .ner import NerModel
from .officials import (
    PRONOUNS,
    OfficialFound,
    PositionFound,
    SentenceOfficials,
    SentenceReading,
    find_titles,
    standing_posts,
    title_cover,
)


@dataclass(frozen=True, slots=True)
class EntitySpan:
    label: str
    start: int
    end: int


@dataclass
class EntityResult:
    officials: list[OfficialFound] = field(default_factory=list)
    institutions: list[InstitutionRecord] = field(default_factory=list)
    entities: list[EntitySpan] = field(default_factory=list)


@dataclass
class _Sentence:
    syls: list[Syllable]
    orgs: list[OrgMention]
    reading: SentenceReading
    titles: list[tuple[int, int, str]] = field(default_factory=list)  # (first syllable, stop, text)


class EntityReader:
    """Reads entities from an article with the word lists, the segmenter and (when given) the
    statistical NER it is made with; holds nothing per article, so one serves a process."""

    def __init__(self, lex: Lexicons, segmenter: Segmenter, model: NerModel | None = None) -> None:
        self.lex = lex
        self.segmenter = segmenter
        self.model = model

    def read(
        self, text: str, spans: Sequence[tuple[int, int, str]], metadata: Sequence[tuple[int, int, str]] = ()
    ) -> EntityResult:
        """Entities of the text ``spans``; the NER also tags the ``metadata`` stretches (bylines,
        credits), for the entities layer only."""
        lex = self.lex
        read: list[_Sentence] = []
        named: list[str] = []  # the bodies named so far: a bare head may refer back to one
        for start, end, _kind in spans:
            for a, b in sentences(text, start, end):
                syls = self.segmenter.syllables(text, a, b)
                if not syls:
                    continue
                heads = [head_at(syls, i, lex) for i in range(len(syls))]
                long_heads = {i: len(head.words) for i, head in enumerate(heads) if head and len(head.words) > 1}
                titles = find_titles(syls, text, long_heads, lex)
                orgs = find_org_mentions(
                    syls, text, set(titles), title_cover(titles), heads, lex=lex, named_before=named
                )
                standing = standing_posts(syls, text, orgs, titles, lex)
                if standing:  # "Thường trực | Ban Bí thư Trần Cẩm Tú": a post, so the body is read again
                    titles = dict(sorted({**titles, **standing}.items()))
                    orgs = find_org_mentions(
                        syls, text, set(titles), title_cover(titles), heads, lex=lex, named_before=named
                    )
                previous = read[-1].orgs if read else []
                reading = SentenceOfficials(syls, text, orgs, titles, previous, lex=lex, named_before=named).read()
                named.extend(o.text for o in orgs)
                read.append(_Sentence(syls, orgs, reading, [(t.first, t.stop, t.text) for t in titles.values()]))
        model = self.model
        ner = model.spans([sentence.syls for sentence in read]) if model is not None and read else None
        if ner:
            ner = [_without_half_a_rank(text, span, lex) for span in in_vlsp_convention(text, ner, lex)]
            ner = [_without_a_trailing_time_or_act(text, _whole_last_word(text, span, lex)) for span in ner]
            ner = [_model_org_before_predicate(text, span, lex) for span in ner]
        officials = _merge_officials(text, read, lex)
        if ner:
            ner = _after_titles(text, ner, officials)
            _extend_positions(text, officials, ner, lex)
            officials = _chiefs_after_a_brand(text, read, officials, ner, lex)
            officials = _chiefs_after_a_model_body(text, read, officials, ner, lex)
        institutions = _institutions(text, read, officials, ner or [], lex)
        officials = _no_body_named(officials, institutions, lex)
        if ner is None:
            return EntityResult(officials, institutions, _entity_spans(text, read, officials, lex))
        extra = [
            self.segmenter.syllables(text, a, b) for start, end, _ in metadata for a, b in sentences(text, start, end)
        ]
        if extra and model is not None:
            ner = sorted(ner + model.spans([syls for syls in extra if syls]))
        found = [span for span in (trimmed_span(text, a, b, label) for a, b, label in ner) if span is not None]
        found = [_without_predicate_tail(text, s, lex) if s.label == "ORG" else s for s in found]
        found = [_without_trailing_degree(text, s, lex) if s.label != "PER" else s for s in found]
        found = [_without_half_a_time(text, s) if s.label == "ORG" else s for s in found]
        found = [_with_the_word_newspaper(text, s, lex) if s.label == "ORG" else s for s in found]
        found = [s for s in found if not (s.label == "ORG" and names_a_people(text[s.start : s.end], lex))]
        found = [s for s in found if not (s.label == "ORG" and _a_generic_reference(text[s.start : s.end], lex))]
        found = _with_officials(text, found, officials, lex)
        found = _consistent_labels(text, _two_given_syllables(text, found, officials), institutions)
        bodies = SpanIndex(m for record in institutions for m in record.mentions)
        found = _split_at_listed_bodies(text, found, bodies, lex)
        found += _given_names_alone(text, read, found, lex)
        found = _ended_where_the_body_is(found, bodies)
        found = _named_again(text, _named_again(text, found, "PER", bodies), "LOC", bodies)
        return EntityResult(officials, institutions, sorted(found, key=lambda e: (e.start, -e.end)))


_BRACKETS = {"(": ")", "[": "]"}


def trimmed_span(text: str, start: int, end: int, label: str) -> EntitySpan | None:
    """A model span without edge punctuation or an unclosed bracket ("TP. HCM)", "Bà Rịa-")."""
    for opener, closer in _BRACKETS.items():
        inner = text[start:end]
        if inner.count(opener) > inner.count(closer):
            end = start + inner.rindex(opener)  # "Viện Nghiên cứu Phát triển (NCPT" -> before "("
        elif inner.count(closer) > inner.count(opener):
            end = start + inner.rindex(closer)
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    while end > start and (text[end - 1] in EDGE_PUNCTUATION or text[end - 1] in ")]"):
        end -= 1
    if end < len(text) and text[end] in '"”' and opens_a_quote(text[start:end]):
        end += 1  # 'Câu lạc bộ “Tuổi trẻ sáng tạo|”': the quotation the name opened closes in it
    if label == "PER":
        start, end = _person_extent(text, start, end)
    return EntitySpan(label, start, end) if end > start else None


_APOSTROPHES = "'’"


_WORD = re.compile(r"\S+")


def _without_predicate_tail(text: str, span: EntitySpan, lex: Lexicons) -> EntitySpan:
    """A model's body name without a tail in lower case that begins with a predicate ("Ủy ban
    Kinh tế và Tài chính của Quốc hội | dự họp"); a lower-case word inside a name, with a
    capitalized one after it ("Ban chấp hành Trung ương Đảng"), stays."""
    last_capital = max(
        (m.start() for m in _WORD.finditer(text, span.start, span.end) if m.group()[0].isupper()), default=None
    )
    if last_capital is None:
        return span
    # read from the last capitalized word on; past the span's first word no head of its own opens
    # there ("Bộ | Công an | chủ trì cuộc họp": "chủ trì" is the ministry's act, not its line of work)
    cut = _before_predicate(text, last_capital, span.end, lex, headed=last_capital == span.start)
    return EntitySpan(span.label, span.start, cut) if last_capital < cut < span.end else span


def _whole_last_word(text: str, span: tuple[int, int, str], lex: Lexicons) -> tuple[int, int, str]:
    """A model's body span that stops inside a word goes on to the word's end ("Quỹ Phát triển
    khoa học và công nghệ quốc | gia"): its last syllable and the next, both in lower case, make
    a word of the dictionary, and the last does not already end one with the syllable before it."""
    start, end, label = span
    if label != "ORG":
        return span
    inside = _WORD.findall(text, start, end)[-2:]
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if len(inside) < 2 or after is None or not (inside[-1].isalpha() and inside[-1].islower()):
        return span
    nxt = after.group()
    if (
        nxt.isalpha()
        and nxt.islower()
        and lex.dictionary.has(f"{inside[-1]} {nxt}")
        and not lex.dictionary.has(" ".join(inside))
    ):
        return (start, after.end(), label)
    return span


def _model_org_before_predicate(text: str, span: tuple[int, int, str], lex: Lexicons) -> tuple[int, int, str]:
    """A model's body span ended before the predicate it ran into ("Cục Quản lý dược | cảnh báo
    người dân"), for the bodies and posts it extends as for the entities: a verb with its object
    or a speaker's verb."""
    start, end, label = span
    if label != "ORG":
        return span
    cut = _without_predicate_tail(text, EntitySpan(label, start, end), lex).end
    # a verb alone at the end of the clause may end a name ("Khối Khách hàng | bán lẻ.")
    return (start, cut, label) if cut < end and _opens_predicate(text[cut:end].split(), text, end, lex) else span


def _without_trailing_degree(text: str, span: EntitySpan, lex: Lexicons) -> EntitySpan:
    """A model's body or place span without a degree written short at its end."""
    end = _before_degree(text, span.start, span.end, lex)
    return span if end == span.end else EntitySpan(span.label, span.start, end)


def _without_half_a_time(text: str, span: EntitySpan) -> EntitySpan:
    """A model's body name without the first half of a time it ran into ("Sở Y tế | sáng" nay)."""
    if not _time_goes_on_at(text, span.end):
        return span
    last = text.rfind(" ", span.start, span.end)
    return EntitySpan(span.label, span.start, last) if last > span.start and text[last + 1].islower() else span


_SPACES = r"\s+"
_TRAILING_TIME_OR_ACT = re.compile(
    rf"\s+(?:(?:sáng|trưa|chiều|tối|đêm|hôm)\s+(?:nay|qua)|(?:hiện\s+)?nay|các\s+cấp|{_SPACES.join(MANAGES)})$"
)


def _without_a_trailing_time_or_act(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A model's body span without a time it ran into whole ("Cục Quản lý dược | sáng nay"
    thông báo …): a time of the day is when the body acts, never its name; so is "nay" (now)
    at its end ("Tổng cục … Chất lượng | nay là Ủy ban …": no VLSP 2018 ORG span holds it) and
    "quản lý" ("do Sở Xây dựng | quản lý": see institutions.MANAGES), and "các cấp" (at every
    level: "Quỹ Hỗ trợ nông dân | các cấp", the funds of every level, no one body's name; VLSP
    2018 tags no span that holds it and leaves "MTTQ các cấp", "Quỹ Vì Người nghèo các cấp" out)."""
    start, end, label = span
    if label != "ORG":
        return span
    found = _TRAILING_TIME_OR_ACT.search(text, start, end)
    return (start, found.start(), label) if found and found.start() > start else span


def _after_titles(
    text: str, ner: list[tuple[int, int, str]], officials: list[OfficialFound]
) -> list[tuple[int, int, str]]:
    """Model body spans that begin in lower case inside a post's title begin at the body the
    title names ("Phó Trưởng | ban Thường trực Ban Chỉ đạo": the standing deputy head of the
    steering committee, no board "ban Thường trực"): no name begins inside a title."""
    titles = [
        (p.start, p.org_start)
        for o in officials
        for p in o.positions
        if p.org_start is not None and text[p.org_start : p.org_start + 1].isupper()
    ]
    if not titles:
        return ner
    moved = []
    for a, b, label in ner:
        if label == "ORG" and text[a : a + 1].islower():
            a = next((org for first, org in titles if first < a < org < b), a)
        moved.append((a, b, label))
    return moved


def _without_half_a_rank(text: str, span: tuple[int, int, str], lex: Lexicons) -> tuple[int, int, str]:
    """A model's body or place span without the first word of a rank it ran into ("Học viện
    Quốc phòng | Trung" tướng Nguyễn Văn Hà): the rank and the person after it are no body's."""
    start, end, label = span
    last = text.rfind(" ", start, end)
    following = text[end : end + 12].split(maxsplit=1)[:1]
    if label == "PER" or last <= start or not following:
        return span
    return (start, last, label) if (text[last + 1 : end], following[0]) in lex.honorifics else span


def _time_goes_on_at(text: str, end: int) -> bool:
    """Does the second half of a time ("sáng | nay", "hôm | qua") follow ``end``?"""
    return text[end : end + 5].split(maxsplit=1)[:1] in (["nay"], ["qua"])


def _before_degree(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where a model's name ends before a degree written short at its end ("ĐH Y Dược TPHCM |
    GS.TS" Trần Diệp Tuấn): the degree is the next person's, no body's name ends in one."""
    last = text.rfind(" ", start, end)
    return last if last > start and is_short_degree(text[last + 1 : end], lex) else end


def _person_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's name as written: a credit's source after "/" is not part of it ("Hà Khánh/VOV");
    a name glued by an apostrophe is whole ("K" + "’Tiêng", "H'" + "Ăng Nie"); a name cut to its
    initial keeps the initial's dot ("chị Đ.", "Hoàng Thu H.": 69 of 72 in VLSP's training part,
    whatever follows)."""
    slash = text.find("/", start, end)
    if slash > start:
        end = slash
    while end + 1 < len(text) and text[end] in _APOSTROPHES and text[end + 1].isalpha():
        end += 1
        while end < len(text) and text[end].isalpha():
            end += 1
    if start >= 2 and text[start - 1] in _APOSTROPHES and text[start - 2].isalpha():
        first = start - 2
        while first > 0 and text[first - 1].isalpha():
            first -= 1
        start = first
    if end < len(text) and text[end] == "." and _an_initial(text[start:end].replace(".", " ").split()[-1]):
        end += 1
    return start, end


def _an_initial(word: str) -> bool:
    """Is a name's last word cut to its initial: one capital ("Đ"), or the consonants that open
    its syllable, with no vowel ("Th" of "Cáp Trọng Th.": 9 of 10 such names in VLSP's
    training part keep the dot)?"""
    if len(word) == 1:
        return word.isupper()
    return word[0].isupper() and is_consonant_initial(word.lower())


def _with_officials(
    text: str, spans: list[EntitySpan], officials: list[OfficialFound], lex: Lexicons
) -> list[EntitySpan]:
    """Every mention of an official is a person's name: a model span that ran over it is cut
    before it ("Tổng cục Thuế | Cao Anh Tuấn") or gives way to it. A full Vietnamese name
    counts wherever it is written, in captions the readers leave to the model too."""
    written = {(m[0], m[1]) for o in officials for m in o.mentions}
    full_names = {o.name for o in officials if " " in o.name and o.name.split()[0] in lex.family_names}
    if full_names:  # one pass over the text for all of them
        names = "|".join(re.escape(name) for name in sorted(full_names, key=len, reverse=True))
        written.update(m.span() for m in re.finditer(rf"(?<!\w)(?:{names})(?!\w)", text))
    mentions = sorted(written)
    index = SpanIndex(mentions)
    result = []
    for span in spans:
        inside = index.overlapping(span.start, span.end)
        if not inside or (span.label == "PER" and inside == [(span.start, span.end)]):
            result.append(span)
            continue
        first = inside[0][0]
        if span.label != "PER" and span.start < first and all(b <= span.end for _, b in inside):
            cut = trimmed_span(text, span.start, first, span.label)
            if cut is not None:
                result.append(cut)
    taken = SpanIndex((s.start, s.end) for s in result)
    for a, b in mentions:
        if not taken.overlaps(a, b):
            result.append(EntitySpan("PER", a, b))
    return result


def _two_given_syllables(text: str, spans: list[EntitySpan], officials: list[OfficialFound]) -> list[EntitySpan]:
    """An official named in full is later called by the name's last two syllables ("Bộ trưởng Y
    tế Đào Hồng Lan" … "Bộ trưởng Hồng Lan"), which the model may tag a place: such a span after
    the full name is a person's. VLSP 2018's training articles tag all 116 two-word spans that
    end a longer person's name written before them PERSON, and leave none such untagged; the
    full name must be an official's, for the model's own persons hold places' names too ("Lâm
    Viên Mỹ Lệ" … "Mỹ Lệ")."""
    tails: dict[tuple[str, ...], int] = {}  # a full name's last two syllables -> where it first ends
    for official in officials:
        words = official.name.split()
        if len(words) > 2 and official.mentions:
            end = min(b for _, b in official.mentions)
            tails[tuple(words[-2:])] = min(end, tails.get(tuple(words[-2:]), end))
    if not tails:
        return spans
    return [
        EntitySpan("PER", s.start, s.end)
        if s.label != "PER" and s.start >= tails.get(tuple(text[s.start : s.end].split()), len(text) + 1)
        else s
        for s in spans
    ]


# Characters enough for any written word before "báo" (the dictionary's words are syllables).
_LONGEST_WORD = 64


def _with_the_word_newspaper(text: str, span: EntitySpan, lex: Lexicons) -> EntitySpan:
    """A newspaper named after a lower-case "báo" is tagged with it ("báo Lao Động", "báo VTC"):
    VLSP 2018's training articles do so 26 times of 29 where the name is Vietnamese or written
    in capitals. Foreign names go either way there (3 with, 4 without) and stay as the model
    reads them; "báo" that ends another word ("thông báo", "tờ báo", "dự báo") is not taken."""
    start = span.start - 4
    name = text[span.start : span.end]
    if start < 0 or text[start : span.start] != "báo " or (start > 0 and not text[start - 1].isspace()):
        return span
    if name.isascii() and not name.replace("-", "").isupper():
        return span  # "báo | The Nation", "báo Anh | Mirror"
    # the word before "báo", read in a window, not by splitting all the text before it
    before = text[max(0, start - _LONGEST_WORD) : start].split()[-1:]
    if before and lex.dictionary.has(f"{before[0].lower()} báo"):
        return span
    return EntitySpan("ORG", start, span.end)


def _a_generic_reference(name: str, lex: Lexicons) -> bool:
    """Is a body's name no name in VLSP 2018's convention: a head that names no body alone
    ("Viện KSND", "Tòa án", "Hợp tác xã"), or a head and a bare unit word ("UBND tỉnh", "Công an
    huyện", "HĐND thành phố"), the article's "the court", "the province's committee"? VLSP
    2018's training articles leave them untagged ("UBND tỉnh" 8 of 8, "UBND TP" 7 of 7, "Viện
    KSND" 16 of 16, "Tòa án" 5 of 5, "Công an tỉnh" 4 of 4). Out of fold on those articles (each
    read with a model trained on the other two thirds) the pipeline gave 21 such spans ORG, all
    21 untagged. The institutions keep them, as the extraction guide lists them."""
    words = tuple(name.split())
    length, head = leading_head(words, lex)
    if not length or head is None:
        return False
    rest = words[length:]
    if not rest:
        return not head.standalone or _untagged_alone(words)
    return (
        len(rest) <= 2
        and (rest in lex.admin_units or all((w,) in lex.admin_units for w in rest))
        and rest[0][:1].islower()
    )


# Bodies one of a kind that VLSP 2018 leaves untagged when named by their head alone (training
# articles: "Chính phủ" 0 of 82, "Quốc hội" 1 of 29, "Trung ương Đảng" 0 of 11, "Viện Kiểm sát" 0
# of 12, "Hạ viện" 0 of 3, "Thượng viện" 0 of 1), unlike "Bộ Chính trị" 16 of 16, "Ngân hàng Nhà
# nước" 13 of 13, "Văn phòng Chính phủ" 11 of 13, "Liên Hợp Quốc" 13 of 13.
_UNTAGGED_ALONE = frozenset(
    {("Chính", "phủ"), ("Quốc", "hội"), ("Trung", "ương", "Đảng"), ("Viện", "Kiểm", "sát"), ("Viện", "kiểm", "sát")}
    | {("Hạ", "viện"), ("Thượng", "viện")}
)


def _untagged_alone(words: tuple[str, ...]) -> bool:
    """Is a head that names a body alone still no entity in VLSP 2018's convention: one of
    ``_UNTAGGED_ALONE``, or a party committee of the article's unit ("Thành ủy" 0 of 37, "Đảng
    ủy" 0 of 8, "Tỉnh ủy" 0 of 7, "Huyện ủy" 0 of 3 tagged alone)?"""
    return words in _UNTAGGED_ALONE or (len(words) == 2 and words[1] == "ủy")


def _given_names_alone(text: str, read: list[_Sentence], spans: list[EntitySpan], lex: Lexicons) -> list[EntitySpan]:
    """A person named in full is later called by the given name alone ("Huỳnh Tiên" … "Tiên
    cho biết"): a capitalized syllable standing alone, a word of its own, equal to the last
    syllable of a full name in the article and in no other kind of name."""
    given: dict[str, int] = {}  # a full name's last syllable -> where the first full name with it ends
    for s in sorted(spans, key=lambda s: s.start):
        if s.label == "PER" and " " in text[s.start : s.end]:
            given.setdefault(text[s.start : s.end].split()[-1], s.end)
    # words of other kinds of names, but not their heads: "Thanh" of "Hà Thanh" or "Thanh Hóa"
    # may stand for a place, not that of "Thanh tra tỉnh" (an inspectorate)
    others = {w for s in spans if s.label != "PER" for w in _without_head(text[s.start : s.end].split(), lex)}
    taken = SpanIndex((s.start, s.end) for s in spans)
    found = []
    for sentence in read:
        syls = sentence.syls
        for k, syl in enumerate(syls):
            if syl.text not in given or syl.text in others or not syl.is_alpha or syl.start < given[syl.text]:
                continue  # (before the full name, "Chi đầu tư …" is a verb: it spends)
            alone = (k == 0 or not syls[k - 1].is_upper_initial) and (
                k + 1 == len(syls) or not syls[k + 1].is_upper_initial
            )
            own_word = (
                (k == 0 or syls[k - 1].word != syl.word)
                and (
                    k + 1 == len(syls)
                    or syls[k + 1].word != syl.word
                    # "Trong đó, | Hải hưởng | lợi": the segmenter glued the name to the verb after it,
                    # into no word its dictionary knows ("Chính phủ", "Hải quan" are words)
                    or lex.dictionary.known_word([s for s in syls[k:] if s.word == syl.word]) is False
                )
            )
            pronoun = lex.is_honorific(syl.text)  # "Anh cho biết": he, not a man called Anh
            if alone and own_word and not pronoun and not taken.overlaps(syl.start, syl.end):
                found.append(EntitySpan("PER", syl.start, syl.end))
    return found


def _without_head(words: list[str], lex: Lexicons) -> list[str]:
    """The words of a name after the body's head it begins with ("Thanh tra | tỉnh")."""
    return words[leading_head(tuple(words), lex)[0] :]


def _no_body_named(
    officials: list[OfficialFound], institutions: list[InstitutionRecord], lex: Lexicons
) -> list[OfficialFound]:
    """The officials whose names the article gives no body: a name it gives a body is no
    person's ("Tờ Bangkok Post …", then "theo Bangkok Post, là Phó Tư lệnh …": the paper that
    reports, not the officer it names)."""
    bodies = {lex.keys.match_key(name) for record in institutions for name in (record.name, *record.aliases)}
    return [o for o in officials if lex.keys.match_key(o.name) not in bodies]


def _consistent_labels(text: str, spans: list[EntitySpan], institutions: list[InstitutionRecord]) -> list[EntitySpan]:
    """A name the article gives an institution is an organization wherever the model tags it
    ("Công ty CP Bibica" … "Bibica có lãi", which the model alone reads as a place)."""
    names = {alias for record in institutions for alias in (record.name, *record.aliases)}
    return [
        EntitySpan("ORG", span.start, span.end)
        if span.label != "ORG" and text[span.start : span.end] in names
        else span
        for span in spans
    ]


def _named_again(text: str, spans: list[EntitySpan], label: str, bodies: SpanIndex) -> list[EntitySpan]:
    """A name the model tags ``label`` somewhere in the article, and as nothing else, is that
    at its untagged mentions too ("Spencer nhận định", "cho Diogo"; "tại Pleiku"): when it has
    two syllables or more, or is tagged twice (a lone syllable tagged once may be the model's
    slip, "Hà" of "Hà nội"), and the mention is neither part of a longer capitalized run nor
    inside an institution's name (``bodies``: "Tập đoàn Hóa chất | Việt Nam"). A place
    is not one after a word that makes it a people or a language ("người Tây Ban Nha", "tiếng
    Pháp") nor before a year or number (an event's name: "Hội sách Hà Nội 2017", "U16 châu Á
    2018"), which VLSP 2018 leaves untagged.

    Out of fold on VLSP 2018 (found on the even-indexed articles, seed 0; every tagged name,
    or places without the two guards, read worse): PER F1 0.848 -> 0.855 there, 0.836 ->
    0.847 on the unread half, seed 1 0.854 -> 0.861, the shipped recipe's CV models 0.846 ->
    0.855 and 0.850 -> 0.855, the held-out test part 0.919 -> 0.923; LOC 0.833 -> 0.839,
    0.851 -> 0.859, seed 1 0.834 -> 0.838, shipped recipe 0.837 -> 0.838 and 0.840 -> 0.846,
    test 0.853 -> 0.872 (with the guard for institutions' names, worth 0.0004-0.002)."""
    tagged = Counter(text[s.start : s.end] for s in spans if s.label == label)
    elsewise = {text[s.start : s.end] for s in spans if s.label != label}
    taken = SpanIndex((s.start, s.end) for s in spans)
    added: list[EntitySpan] = []
    for name, times in tagged.items():
        if name in elsewise or len(name) < 2 or (len(name.split()) < 2 and times < 2):
            continue
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            start, end = match.span()
            if (
                _in_a_capitalized_run(text, start, end)
                or (label == "LOC" and _a_people_or_an_event(text, start, end))
                or taken.overlaps(start, end)
                or bodies.overlaps(start, end)
            ):
                continue
            added.append(EntitySpan(label, start, end))
            taken.add(start, end)
    return spans + added


# Words before a country's name that make it a people or a language, which VLSP 2018 leaves
# untagged ("người Nhật", "tiếng Pháp", "dân Mỹ").
_PEOPLE_WORDS = frozenset({"người", "tiếng", "dân"})
_NUMBER_AFTER = re.compile(r"\s?\d")


def _a_people_or_an_event(text: str, start: int, end: int) -> bool:
    """Does a place's mention name a people or a language (after "người", "tiếng", "dân"), or
    an event or team with its year or number after it ("Hà Nội 2017", "U16 châu Á 2018")?"""
    before = text[max(0, start - 12) : start].split()
    return bool(before and before[-1].lower() in _PEOPLE_WORDS) or bool(_NUMBER_AFTER.match(text, end))


def _in_a_capitalized_run(text: str, start: int, end: int) -> bool:
    """Does a capital stand right before ``start`` or right after ``end`` (one space apart at
    most), so that the words there are part of a longer name ("Caitlin | Spencer")?"""
    after = text[end : end + 2].strip()[:1]
    before = text[max(0, start - 2) : start].strip()[-1:]
    return after.isupper() or before.isupper()


def _ended_where_the_body_is(spans: list[EntitySpan], bodies: SpanIndex) -> list[EntitySpan]:
    """A model ORG span that opens where one institution mention opens, and meets no other
    mention or entity, ends where that mention ends: the institution grammar decides where a
    name stops ("Ban Quản lý dự án | đầu tư xây dựng … tỉnh Phú Thọ", "Tổng cục Thuế | cho
    biết"), the model where a name is. Out of fold on VLSP 2018 (even-indexed articles, seed 0,
    where it was found): 43 spans moved, 19 to VLSP's extent, 3 away from it; ORG F1 0.743 ->
    0.750, on the unread half 0.735 -> 0.740, seed 1 0.749 -> 0.755, the shipped recipe's
    CV models 0.741 -> 0.749 and 0.729 -> 0.739, the held-out test part 0.865 -> 0.869."""
    extents = Counter((s.start, s.end) for s in spans)
    taken = SpanIndex(extents)
    out: list[EntitySpan] = []
    for span in spans:
        if span.label == "ORG":
            met = bodies.overlapping(span.start, span.end)
            if len(met) == 1 and met[0][0] == span.start and met[0][1] != span.end:
                start, end = met[0]
                own = (span.start, span.end)
                others = extents[own] > 1 or any(t != own for t in taken.overlapping(start, end))
                if not others:
                    span = EntitySpan("ORG", start, end)
        out.append(span)
    return out


_LIST_GAP = re.compile(r"\s*[,;]\s*")


def _split_at_listed_bodies(text: str, spans: list[EntitySpan], bodies: SpanIndex, lex: Lexicons) -> list[EntitySpan]:
    """A model ORG span that runs over two or more bodies of one head the institution rules
    read apart, listed with commas and covering it whole ("Sở Tài chính, Sở Xây dựng TP Hà
    Nội", "Ủy ban Kinh tế và Tài chính, Ủy ban Pháp luật và Tư pháp"), is those bodies: VLSP
    2018 tags such lists item by item. Not a department and its parent after the comma, which
    VLSP tags whole ("Phòng Cảnh sát môi trường, Công an tỉnh Đắk Lắk", "Vụ Kế hoạch Tài chính,
    Bộ VHTT&DL"), nor across "và" ("Cục Trinh sát và Văn phòng Bộ Tư lệnh BĐBP", whole)."""
    out: list[EntitySpan] = []
    for span in spans:
        inside = (
            [m for m in bodies.overlapping(span.start, span.end) if span.start <= m[0] and m[1] <= span.end]
            if span.label == "ORG"
            else []
        )
        parts = _covering_parts(text, span, inside)
        heads = {leading_head(tuple(text[a:b].split()), lex)[1] for a, b in parts}
        if parts and len(heads) == 1 and None not in heads:
            out.extend(EntitySpan("ORG", a, b) for a, b in parts)
        else:
            out.append(span)
    return out


def _covering_parts(text: str, span: EntitySpan, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mentions inside ``span`` that cover it from end to end, in order, with only a list's
    separators between them; [] where there are fewer than two or they leave words over."""
    parts: list[tuple[int, int]] = []
    at = span.start
    for a, b in inside:
        if a < at:
            continue
        if a > at and (not parts or not _LIST_GAP.fullmatch(text, at, a)):
            return []
        parts.append((a, b))
        at = b
    return parts if len(parts) >= 2 and at == span.end else []


_PRONOUN_ENDS = re.compile(r"(?<!\w)(?:" + "|".join(" ".join(w) for w in PRONOUNS) + r")\s+$", re.IGNORECASE)


def _after_a_pronoun(text: str, start: int) -> bool:
    """Does a pronoun's honorific ("ông", "bà", "đồng chí") stand right before ``start``?"""
    return _PRONOUN_ENDS.search(text, max(0, start - 12), start) is not None


def _merge_officials(text: str, read: list[_Sentence], lex: Lexicons) -> list[OfficialFound]:
    by_key: dict[str, OfficialFound] = {}
    order: list[OfficialFound] = []
    persons: list[tuple[str, int, int]] = []
    recent: list[set[str]] = []  # the people each sentence so far names, by key
    absorbed: list[tuple[OfficialFound, PositionFound]] = []  # shorter writings fuller ones took in
    for sentence in read:
        syls = sentence.syls
        # "Ông từng giữ các chức vụ: …" continues about the one official the last sentences name.
        named = [keys for keys in recent[-3:] if keys]
        given = sentence.reading.pronoun_given
        if sentence.reading.pronoun_positions and given is not None:
            # "Ông Hòa hiện là …": the one official of that given name named so far.
            namesakes = {o.name for o in order} | {name for name, _, _ in persons}
            officials_named = [o for o in order if o.name.split()[-1] == given]
            if len({name for name in namesakes if name.split()[-1] == given}) == 1:
                if not officials_named:
                    # "Bị cáo Nguyễn Xuân Sơn …. Ông Sơn từng giữ chức …": a person named so far
                    # without a post becomes an official by the posts this sentence gives him
                    name, a, b = next(p for p in persons if p[0].split()[-1] == given)
                    officials_named = [by_key.setdefault(lex.keys.match_key(name), OfficialFound(name))]
                    officials_named[0].mentions.append((a, b))
                    order.append(officials_named[0])
                _add_positions(officials_named[0], sentence.reading.pronoun_positions, lex, absorbed)
        elif sentence.reading.pronoun_positions and named and len(named[-1]) == 1:
            key = next(iter(named[-1]))
            official = by_key.get(key)
            if official is None:
                # "Ông Nguyễn Văn An sinh năm 1970. Ông từng giữ chức …": the one person the last
                # sentence names, after an honorific and without a post so far, becomes an
                # official by these posts (not "… thăm một trạm ở | Bad Honnef", a place read as a name)
                person = next(
                    (p for p in persons if lex.keys.match_key(p[0]) == key and _after_a_pronoun(text, p[1])), None
                )
                if person is not None:
                    official = by_key[key] = OfficialFound(person[0])
                    official.mentions.append((person[1], person[2]))
                    order.append(official)
            if official is not None:
                _add_positions(official, sentence.reading.pronoun_positions, lex, absorbed)
        spans = [span for span, _ in sentence.reading.links] + list(sentence.reading.persons)
        keys = {lex.keys.match_key(text[syls[a].start : syls[b - 1].end]) for a, b in spans}
        recent.append(keys)
        for (first, stop), positions in sentence.reading.links:
            name = text[syls[first].start : syls[stop - 1].end]
            key = lex.keys.match_key(name)
            official = by_key.get(key)
            if official is None:
                official = OfficialFound(name)
                by_key[key] = official
                order.append(official)
            official.mentions.append((syls[first].start, syls[stop - 1].end))
            _add_positions(official, positions, lex, absorbed)
        for first, stop in sentence.reading.persons:
            persons.append(
                (
                    text[syls[first].start : syls[stop - 1].end],
                    syls[first].start,
                    syls[stop - 1].end,
                )
            )
    _fold_given_names(order, by_key, persons, lex, absorbed)
    _restore_ambiguous(absorbed, lex)
    # A full name mentioned without a title is the same official (đồng chí Nguyễn Minh Tâm).
    for name, a, b in persons:
        official = by_key.get(lex.keys.match_key(name))
        if official is not None:
            official.mentions.append((a, b))
    # A given name alone (ông Tâm, Thứ trưởng Trường) joins the one official it can mean.
    for sentence in read:
        for given, a, b in sentence.reading.short_mentions:
            matches = [o for o in order if o.name.split()[-1] == given]
            if len(matches) == 1:
                matches[0].mentions.append((a, b))
    result = [o for o in order if o.positions]
    for official in result:
        official.mentions = sorted(set(official.mentions))
    return result


def _fold_given_names(
    order: list[OfficialFound],
    by_key: dict[str, OfficialFound],
    persons: list[tuple[str, int, int]],
    lex: Lexicons,
    absorbed: list[tuple[OfficialFound, PositionFound]],
) -> None:
    """An official named by two syllables that end exactly one fuller name of the article is
    that person, called by the given name ("Bộ trưởng Y tế Nguyễn Thị Kim Tiến" … "Bộ trưởng
    Kim Tiến"): the guide names a person once, in the fullest mention. VLSP 2018's training
    articles hold 50 two-word PERSON spans that end a longer one of the same article, each the
    same person."""
    # each fuller name of the article (three syllables or more) by its key, read once
    names = [o.name for o in order] + [name for name, _, _ in persons]
    fuller_names = [(lex.keys.match_key(name), name) for name in names if len(name.split()) > 2]
    for official in list(order):
        words = lex.keys.match_key(official.name).split()
        if len(words) != 2:
            continue
        fuller = {key: name for key, name in fuller_names if key.split()[-2:] == words}
        if len(fuller) != 1:
            continue
        ((key, name),) = fuller.items()
        del by_key[lex.keys.match_key(official.name)]
        target = by_key.get(key)
        if target is None:  # the full name was written without a post: it is this official's
            official.name = name
            by_key[key] = official
            continue
        order.remove(official)
        target.mentions.extend(official.mentions)
        _add_positions(target, official.positions, lex, absorbed)


def _add_positions(
    official: OfficialFound,
    positions: list[PositionFound],
    lex: Lexicons,
    absorbed: list[tuple[OfficialFound, PositionFound]],
) -> None:
    """Add positions, one per office: two writings of one office keep the fuller one
    ("Chủ tịch Ủy ban MTTQVN" and "Chủ tịch Ủy ban Trung ương MTTQVN"), in first-seen order.
    A shorter writing is noted in ``absorbed`` where a fuller one takes it in or two already
    could be it; ``_restore_ambiguous`` decides, once the article is read."""
    for position in positions:
        key = _position_key(position, lex)
        title = lex.keys.match_key(position.title)
        # A unit inferred from the neighbourhood gives way to one the text writes after the
        # same title elsewhere (Bộ trưởng … Văn phòng Chính phủ beats a nearby Bộ Công Thương).
        if position.inferred and any(
            lex.keys.match_key(p.title) == title and p.organization and not p.inferred for p in official.positions
        ):
            continue
        for p in [
            p
            for p in official.positions
            if p.inferred and lex.keys.match_key(p.title) == title and not position.inferred
        ]:
            if position.organization:
                official.positions.remove(p)
        same: list[PositionFound] = []
        fuller: set[str] = set()  # the keys of fuller writings of this one
        for p in official.positions:
            p_key = _position_key(p, lex)
            if p_key.startswith(key + " "):
                fuller.add(p_key)
            if p_key == key or key.startswith(p_key + " ") or p_key in fuller or _same_office(p, position, lex):
                same.append(p)
        if not same:
            official.positions.append(position)
            continue
        if len(fuller) >= 2:
            # "Chủ tịch HĐQT" after "… Công ty A" and "… Công ty B": no merging here, which would
            # also drop one of the two fuller writings
            absorbed.append((official, position))
            continue
        fullest = max([*same, position], key=lambda p: len(_position_key(p, lex)))
        index = official.positions.index(same[0])
        for p in same:
            official.positions.remove(p)
        official.positions.insert(index, fullest)
        full_key = _position_key(fullest, lex)
        absorbed.extend((official, p) for p in [*same, position] if full_key.startswith(_position_key(p, lex) + " "))


def _restore_ambiguous(absorbed: list[tuple[OfficialFound, PositionFound]], lex: Lexicons) -> None:
    """A shorter writing stays a position of its own where two different fuller ones could be
    it: "Chủ tịch HĐQT" (of the company the sentence is about) beside "Chủ tịch HĐQT Công ty
    A" and "Chủ tịch HĐQT Công ty B" is neither of them."""
    for official, short in absorbed:
        key = _position_key(short, lex)
        if any(_position_key(p, lex) == key for p in official.positions):
            continue
        fuller = [p for p in official.positions if _position_key(p, lex).startswith(key + " ")]
        if len({_position_key(p, lex) for p in fuller}) >= 2:
            official.positions.insert(official.positions.index(fuller[0]), short)


def _same_title(a: str, b: str, lex: Lexicons) -> bool:
    """One title, or one with a lower-case qualifier after it ("Đại sứ" and "Đại sứ đặc mệnh
    toàn quyền", "Phó Chủ tịch" and "Phó Chủ tịch thường trực")."""
    ka, kb = lex.keys.match_key(a), lex.keys.match_key(b)
    if ka == kb:
        return True
    (short, _), (long, long_written) = sorted(((ka, a), (kb, b)), key=lambda t: len(t[0]))
    rest = long_written.split()[len(short.split()) :]
    return long.startswith(short + " ") and bool(rest) and all(word.islower() for word in rest)


def _same_office(a: PositionFound, b: PositionFound, lex: Lexicons) -> bool:
    """The same title (or one with a qualifier) and organizations that match softly, or one
    named by its place or its bare unit ("Chủ tịch Đà Nẵng", "Chủ tịch thành phố" and "Chủ tịch
    UBND TP Đà Nẵng"): one office written two ways."""
    if not _same_title(a.title, b.title, lex) or not (a.organization and b.organization):
        return False
    if lex.keys.soft_match(a.organization, b.organization):
        # not "UBND huyện Thanh Trì" and "UBND xã Thanh Trì": a commune of 2025 took its old district's name
        return same_units(lex.keys.match_key(a.organization), lex.keys.match_key(b.organization))
    for place, other in ((a.organization, b.organization), (b.organization, a.organization)):
        words = tuple(place.split())
        if (words in lex.places or words in lex.countries) and lex.keys.match_key(other).endswith(
            " " + lex.keys.match_key(place)
        ):
            return True
        if words in lex.admin_units and f" {lex.keys.match_key(place)} " in f" {lex.keys.match_key(other)} ":
            return True  # "Phó Chủ tịch tỉnh" and "Phó Chủ tịch UBND tỉnh Quảng Ngãi"
    return False


def _position_key(position: PositionFound, lex: Lexicons) -> str:
    return lex.keys.match_key(f"{position.title} {position.organization or ''}".strip())


def _institutions(
    text: str, read: list[_Sentence], officials: list[OfficialFound], ner: list[tuple[int, int, str]], lex: Lexicons
) -> list[InstitutionRecord]:
    mentions: list[tuple[str, str, int, int]] = []
    declared: dict[str, str] = {}  # a bracketed short name (lower case) -> the full name it stands for
    short_written: dict[str, str] = {}  # the same short name -> as the text writes it
    ner_orgs = [(a, b) for a, b, label in ner if label == "ORG"]
    ner_ends: dict[int, list[int]] = {}
    for a, b in ner_orgs:
        ner_ends.setdefault(a, []).append(b)
    person_spans = SpanIndex(m for o in officials for m in o.mentions)
    # Each post with the institution it names (read once, for the model's pieces and the records).
    named_posts = [(p, _position_institution(p, lex)) for o in officials for p in o.positions]
    # "Phó Trưởng | Ban Thường trực | Ban Tuyên giáo …": a name that opens inside a post's title is the title's
    # when the post's body has a head of its own ("Chủ nhiệm Ủy ban | Văn hóa …" needs the title's)
    inside_titles = SpanIndex(
        (p.start + 1, p.org_start)
        for o in officials
        for p in o.positions
        if p.org_start is not None and p.organization and leading_head(tuple(p.organization.split()), lex)[0] > 0
    )
    for sentence in read:
        for org in sentence.orgs:
            if inside_titles.overlaps(org.start, org.start + 1):
                continue
            start, end = org.start, _before_person(text, org.start, org.end, person_spans)
            # The model knows where a sentence-case name ends ("Trung tâm Dự báo khí tượng
            # thủy văn quốc gia"): take its span when it starts at the same head and goes on.
            longer = [
                b
                for b in ner_ends.get(start, ())
                if b > end
                and (
                    fair_extension(text, start, end, b, person_spans, lex)
                    # "Liên hiệp các | Hội Văn học, Nghệ thuật Việt Nam": a union's plural, then the kinds it unites
                    or (text[start:end].endswith(" các") and _kinds_listed_after_a_plural(text[start:b]))
                )
            ]
            if not longer:
                # "… Tài năng trẻ | tổ chức giải thưởng": the span without the predicate it ran into
                # (a noun as often as a verb, which the model's span keeps) may still extend a name
                cuts = (
                    _without_predicate_tail(text, EntitySpan("ORG", start, b), lex).end for b in ner_ends.get(start, ())
                )
                longer = [c for c in cuts if c > end and fair_extension(text, start, end, c, person_spans, lex)]
            aliases = org.aliases
            wider = [a for a, b in ner_orgs if b == end and _one_capital_word_before(text, a, start)]
            if wider:
                start = wider[0]
            if longer and not aliases:
                end = max(longer)
                # "Hiệp hội Chế biến và Xuất khẩu | thủy sản Việt Nam (VASEP)": the bracket after the model's end
                aliases = declared_short_forms(text, end, lex)
            words, before = tuple(text[start:end].split()), _words_before(text, start)
            if (
                _membership_title_at(text, end)
                or _names_a_law(before)
                or _names_no_body(words, before, lex)
                or _a_forums_theme(text, start)
            ):
                continue
            mentions.append((without_inner_short_form(text[start:end]), org.head.kind, start, end))
            brand = _brand_name(text[start:end], org.head.kind, lex)
            for alias in (*aliases, *([brand] if brand else [])):
                declared.setdefault(alias.lower(), text[start:end])
                short_written.setdefault(alias.lower(), alias)
        distributed = distributed_names(sentence.syls, text, lex)
        if distributed:
            # "Đảng ủy, HĐND phường X": a head that names a body alone names the listed locality's here
            listed = {(a, b) for _, _, a, b in distributed}
            mentions = [m for m in mentions if (m[2], m[3]) not in listed]
            mentions.extend(distributed)
    covered = SpanIndex((m[2], m[3]) for m in mentions)
    # A post's organization, read whole as a body ("Trưởng ban | Tuyên giáo và Dân vận Thành
    # ủy Hà Nội"): the model's pieces of it are no bodies of their own.
    # So is a post's bare head ("Phó Trưởng Ban Chỉ đạo" with no name after it), which the model
    # may cut inside a word ("Ban Chỉ").
    posts = SpanIndex(
        (p.start, p.end)
        for p, named in named_posts
        if p.org_start is not None and (named or _a_field_only(p, lex) or _a_bare_head_post(p, lex))
    )
    officer_titles = SpanIndex((p.start, p.end) for o in officials for p in o.positions if p.organization is None)
    title_ends = {sentence.syls[stop - 1].end for sentence in read for _, stop, _ in sentence.titles}
    # the words of a title as written, before its body ("Tùy viên Quốc phòng | Hoa Kỳ tại Việt Nam")
    title_words = SpanIndex(
        (p.start, p.start + len(p.title)) for o in officials for p in o.positions if text.startswith(p.title, p.start)
    )
    for a, b in _bodies_joined_apart(text, ner_orgs, lex):
        trimmed = trimmed_span(text, a, _before_predicate(text, a, b, lex), "ORG")  # "CTCP -": no dangling dash
        if trimmed is None:
            continue
        a, b = trimmed.start, _without_dangling_word(text, trimmed.start, trimmed.end)
        b = _before_degree(text, a, b, lex)
        b = _through_a_place_pair(text, a, b, lex)
        if covered.overlaps(a, b) or person_spans.overlaps(a, b) or posts.covers(a, b):
            continue
        name = text[a:b]
        line = leading_phrase(name.split(), lex.officer_lines, lex)
        if line and (
            officer_titles.covers(a, b)
            or title_words.overlaps(a, a + 1)
            or (a - 1 in title_ends and tuple(name.split()[line:]) in lex.countries)
        ):
            # "Giám đốc | Nghiên cứu và Phân tích", "Tùy viên | Quốc phòng Hoa Kỳ": the officer's
            # line of work, in the title (of no one named, too, before a country alone)
            continue
        if _membership_title_at(text, b) or lex.keys.match_key(name) in BOARDS:
            continue  # a bare "HĐQT": a board of no one named
        if tuple(w.lower() for w in name.split()) in lex.titles_lower:
            continue  # "Thị ủy viên": a member's title, which the model may tag ORG
        if (
            _plausible_name(name)
            and not not_an_institution(text, a, b, lex)
            and not _a_person_addressed(text, a, b, lex)
        ):
            mentions.append((name, kind_of(name, lex), a, b))
            covered.add(a, b)
            for alias in declared_short_forms(text, b, lex):
                declared.setdefault(alias.lower(), name)  # "Liên minh châu Âu (EU)": the model's name declares one too
                short_written.setdefault(alias.lower(), alias)
    mentions = _with_branches(text, mentions)
    ner_people = [(a, b) for a, b, label in ner if label == "PER"]
    covered = SpanIndex((m[2], m[3]) for m in mentions if m[2] >= 0)
    mentions.extend(_brands_joined(text, mentions, covered, person_spans, ner_people, lex))
    for exchange in EXCHANGE_IN_BRACKET.finditer(text):
        if not covered.overlaps(*exchange.span(1)):
            mentions.append((exchange.group(1), "finance", *exchange.span(1)))
    mentions = [_without_subsidiary_word(m) for m in mentions]
    for a, b in _subsidiaries(text, lex):
        if not covered.overlaps(a, b) and not person_spans.overlaps(a, b):
            mentions.append((text[a:b], "business", a, b))
            covered.add(a, b)
    for sentence in read:
        first, last = sentence.syls[0].start, sentence.syls[-1].end
        for a, b in (*_cited_sites(text, first, last), *_named_outlets(text, first, last, lex)):
            if not covered.overlaps(a, b) and not person_spans.overlaps(a, b):
                mentions.append((text[a:b], "media", a, b))
                covered.add(a, b)
    written_by_key: dict[str, list[str]] = {}
    for m in mentions:
        written_by_key.setdefault(lex.keys.match_key(m[0]), []).append(m[0])
    reheaded: set[tuple[int, int]] = set()  # where a post's organization was read as a body of its own
    posted_from = len(mentions)
    for position, named in named_posts:
        if named and position.organization and named != position.organization and position.org_start is not None:
            reheaded.add((position.org_start, position.org_end or position.end))
        # A name written with its head's capital beats the model's lower-case "phòng …".
        if named and not any(
            written[:1].isupper() or not named[:1].isupper()
            for written in written_by_key.get(lex.keys.match_key(named), ())
        ):
            mentions.append((named, kind_of(named, lex), *_where_written(text, position, named)))
            written_by_key.setdefault(lex.keys.match_key(named), []).append(named)
        board = _board_of(position.title, lex)
        if named and board:  # "Chủ tịch HĐQT Công ty X": the board of that company is an institution too
            boarded = f"{board} {named}"
            mentions.append((boarded, kind_of(named, lex), *_where_written(text, position, boarded)))
    # A branch in lower case inside a post's body is that body's ("Giám đốc Vietcombank | chi nhánh
    # tỉnh Quảng Nam": the bank's branch, read whole from the post, not a body "chi nhánh …" too).
    posts_written = SpanIndex((m[2], m[3]) for m in mentions[posted_from:] if m[2] >= 0)
    mentions = [
        m
        for k, m in enumerate(mentions)
        if k >= posted_from
        or m[2] < 0
        or not _a_branch_name(m[0])
        or not any(a < m[2] and m[3] <= b for a, b in posts_written.overlapping(m[2], m[3]))
    ]
    # A treaty's or an index's short form names no body ("Hiệp định … Liên minh châu Âu (EVFTA)"
    # declares no short name of the Union), nor does any later use of it.
    documents = declared_document_forms(text, lex)
    if documents:
        folded = {d.lower() for d in documents}
        declared = {alias: full for alias, full in declared.items() if alias not in folded}
        mentions = [m for m in mentions if m[0] not in documents]
    # Every later use of a declared short name is a mention of the full name (one pass over
    # the text for all of them).
    if declared:
        pattern = "|".join(re.escape(alias) for alias in sorted(declared, key=len, reverse=True))
        for found in re.finditer(rf"(?<![\w])(?:{pattern})(?![\w])", text, re.IGNORECASE):
            a, b = found.span()
            inside = covered.overlapping(a, b)
            if inside and all(a <= x and y <= b and (x, y) != (a, b) for x, y in inside):
                # "PV | OIL": the model's piece of a declared short name is that name's
                mentions = [m for m in mentions if (m[2], m[3]) not in inside]
                inside = []
            if not inside:
                mentions.append((text[a:b], "other", a, b))
    # A board with no body named ("Chủ tịch Hội đồng quản trị (HĐQT)") is a generic reference,
    # and "Trưởng ban | Tổ chức Huyện ủy" is the Ban Tổ chức, not a body called "Tổ chức Huyện ủy".
    mentions = [m for m in mentions if lex.keys.match_key(m[0]) not in BOARDS and (m[2], m[3]) not in reheaded]
    resolved = [(_resolve(name, declared, lex), kind, a, b) for name, kind, a, b in mentions]
    records = merge_institutions(resolved, lex)
    full_to_alias = {full.lower(): alias for alias, full in declared.items()}
    written_as: dict[str, list[str]] = {}
    for (name, _, _, _), (full, _, _, _) in zip(mentions, resolved, strict=True):
        written_as.setdefault(full, []).append(name)
    for record in records:
        for name in written_as.get(record.name, ()):
            if name != record.name and name not in record.aliases:
                record.aliases.append(name)
        short = full_to_alias.get(record.name.lower())
        if short and not any(a.lower() == short for a in record.aliases):
            record.aliases.append(short_written.get(short, short))  # "Vingroup", as written, not its key
    return records


def _a_branch_name(name: str) -> bool:
    """Is ``name`` a branch's, in lower case or with its capital ("chi nhánh Thăng Long",
    "Agribank | Chi nhánh tỉnh Thanh Hóa")?"""
    return name.lower().startswith("chi nhánh ")


def _with_branches(text: str, mentions: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A branch written in lower case straight after its body is part of the body's name
    ("Agribank | chi nhánh tỉnh Thanh Hóa" is one institution, as "Giám đốc Vietcombank chi
    nhánh Đà Nẵng" reads it); a branch alone ("chi nhánh Hà Nội") stays a name of its own."""
    by_end = {m[3]: k for k, m in enumerate(mentions) if m[2] >= 0}
    merged: dict[int, tuple[str, str, int, int]] = {}
    dropped: set[int] = set()
    for k, (name, _, a, b) in enumerate(mentions):
        if a < 0 or not _a_branch_name(name):
            continue
        before = by_end.get(a - 1)
        if before is None or text[a - 1] != " " or before in dropped:
            continue
        body = mentions[before]
        merged[before] = (text[body[2] : b], body[1], body[2], b)
        dropped.add(k)
    return [merged.get(k, m) for k, m in enumerate(mentions) if k not in dropped]


# A run of capitalized words after "và", or after a comma inside a list, up to where lower case or
# punctuation begins.
_JOINED_RUN = re.compile(
    r"(?: và|,(?=[^,.;:]{0,120}(?:,| và )))"
    r" ((?:[A-ZĐ][\w&'’-]*)(?: [A-ZĐ][\w&'’-]*){0,2})(?=[ ,;:]|\.(?!\w)|$)(?! [A-ZĐ])"
)

# The same before a company: "Vietjet | và Tập đoàn Airbus", at a sentence's or clause's start,
# or first in a comma list ("Trong khi đó, MB, | ACB và Techcombank …").
_RUN_JOINED = re.compile(r"(?:^|(?<=[.,;:(\n] ))((?:[A-ZĐ][\w&'’-]*)(?: [A-ZĐ][\w&'’-]*){0,2})(?: và|,) $")

# A word and the capitalized words after it, to tell a person's name after an honorific ("ông |
# Peter Kelly").
_HONORED_NAME = re.compile(r"(?<!\w)(\w+) ((?:[A-ZĐ][\w'’-]*)(?: [A-ZĐ][\w'’-]*){0,3})")


def _brand_word(word: str, lex: Lexicons) -> bool:
    """A capitalized word of a company's brand: foreign ("Airbus", "Dai-ichi"), an abbreviation,
    a capital inside ("VinFast") or a word no dictionary knows."""
    return word[:1].isupper() and (looks_foreign(word) or brand_like(word, lex))


def _brands_joined(
    text: str,
    mentions: list[tuple[str, str, int, int]],
    covered: SpanIndex,
    person_spans: SpanIndex,
    ner_people: list[tuple[int, int]],
    lex: Lexicons,
) -> list[tuple[str, str, int, int]]:
    """Brands listed with a company or a bank ("Sacombank và | Dai-ichi Life", "Ngân hàng Á
    Châu, | Dai-ichi Life | và Prudential"): a partner named by its brand alone is a company too,
    though no head says so; a place, a state body's short name, a person or a body already read
    (``covered``, to which the brands found are added) is not."""
    # "tạp chí Forbes, | Hamm tiết lộ": a word of a person's name the article gives elsewhere,
    # tagged by the model or written after an honorific ("ông Peter Kelly")
    person_words = {w for a, b in ner_people for w in text[a:b].split()}
    for honored in _HONORED_NAME.finditer(text):
        if lex.is_honorific(honored.group(1)):
            person_words.update(honored.group(2).split())
    found: list[tuple[str, str, int, int]] = []
    queue = list(mentions)
    for name, kind, start, end in queue:  # grows: "A, | Dai-ichi Life | và Prudential" goes on from each brand
        if end < 0 or not (
            kind in ("business", "finance") or (kind == "other" and all(_brand_word(w, lex) for w in name.split()))
        ):
            continue
        for joined in (_JOINED_RUN.match(text, end), _RUN_JOINED.search(text, max(0, start - 60), start)):
            if joined is None:
                continue
            a, b = joined.span(1)
            words = joined.group(1).split()
            if (
                not all(_brand_word(w, lex) for w in words)
                or not any(looks_foreign(w) or capital_inside(w) for w in words)
                or names_a_place(joined.group(1), lex)
                or kind_of(joined.group(1), lex) != "other"  # "HĐND TP, | UBMTTQVN TP": a state body's short name
                or covered.overlaps(a, b)
                or person_spans.overlaps(a, b)
                or any(w in person_words for w in words)
            ):
                continue
            found.append((joined.group(1), "business", a, b))
            queue.append(found[-1])
            covered.add(a, b)
    return found


# A news site named by its address ("Zing.vn", "Dantri.com.vn", "VnExpress.net").
_SITE = re.compile(r"(?<![\w/.])([A-Z][A-Za-z0-9-]*(?:\.com)?\.(?:vn|net|com))(?![\w.])")
# The words that cite an outlet before it ("trao đổi với | Zing.vn", "theo | VnExpress.net",
# "trên báo | Zing.vn", "PV | Emdep.vn") or after it ("Zing.vn | đưa tin").
_CITING_BEFORE = frozenset("với cho trên của theo báo tờ trang pv".split())
_CITING_AFTER = ("đưa tin", "cho biết", "dẫn", "thông tin")


def _cited_sites(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """News sites a sentence cites by their address: an outlet in the body, which the guide
    counts (VLSP 2018 tags none of its 70 addresses, most of them credits and bylines, which
    are no text here; "Chia sẻ với Zing.vn, …", "Zing.vn đưa tin" are)."""
    found = []
    for site in _SITE.finditer(text, start, end):
        before = text[max(start, site.start() - 12) : site.start()].split()[-1:]
        after = text[site.end() : site.end() + 12].lstrip()
        if (before and before[0].lower() in _CITING_BEFORE) or after.startswith(_CITING_AFTER):
            found.append(site.span(1))
    return found


# A news outlet named after the word for its kind, which says the capitalized words after it are
# an outlet's name even where the model knows none of them ("tờ | Korea JoongAng Daily", "hãng
# thông tấn | Kyodo"): VLSP 2018 tags 16 of the 17 names after "tờ" ORG (the 17th, a second "Sina",
# is missed), all 16 after "tạp chí", the 3 after "hãng tin" and "hãng thông tấn". Not "báo",
# which opens "báo cáo" as often, nor "kênh" or "trang" (a channel or a page on YouTube, Facebook).
_OUTLET_KIND = re.compile(r"(?<![\w])(?:[Tt]ờ|[Tt]ạp chí|[Hh]ãng tin|[Hh]ãng thông tấn) (?=[A-ZĐ])")
_OUTLET_WORD = re.compile(r"[A-ZĐ][\w&'’-]*|of|and|for|the|de|du|des")
# Lower-case words that end an outlet's name ("Tân Hoa xã", "Trung Quốc Nhật báo")
_OUTLET_ENDINGS = frozenset({"xã", "báo"})
_OUTLET_WORDS = 6
_OUTLET_TOKEN = re.compile(r"[^\s,.;:!?()\[\]\"“”]+")


def _named_outlets(text: str, start: int, end: int, lex: Lexicons) -> list[tuple[int, int]]:
    """News outlets a sentence names after the word for their kind: its capitalized words, with
    English particles between them; none where the last of them opens a word that goes on in lower
    case ("Tờ Tin | tức bình luận …", a name in sentence case whose end no case shows)."""
    found = []
    for kind in _OUTLET_KIND.finditer(text, start, end):
        words = [m for m in _OUTLET_TOKEN.finditer(text, kind.end(), end)][: _OUTLET_WORDS + 1]
        taken = 0
        while taken < min(len(words), _OUTLET_WORDS) and _OUTLET_WORD.fullmatch(words[taken].group()):
            taken += 1
            if taken < len(words) and words[taken].start() != words[taken - 1].end() + 1:
                break  # a stop or a bracket between them
        while taken and words[taken - 1].group()[:1].islower():
            taken -= 1  # "… of": a particle ends no name
        if not taken:
            continue
        after = words[taken].group() if taken < len(words) else ""
        if after in _OUTLET_ENDINGS:
            taken += 1
        elif after.isalpha() and after.islower() and lex.dictionary.has(f"{words[taken - 1].group().lower()} {after}"):
            continue
        found.append((words[0].start(), words[taken - 1].end()))
    return found


# "công ty con" (a subsidiary) before a company's brand: the brand names the body ("thông qua
# công ty con WinCommerce"), which the model often leaves untagged
_SUBSIDIARY = re.compile(r"(?<![\w])[Cc]ông ty con (?:là )?")
_BRAND_RUN = re.compile(r"[A-ZĐ][\w&'’-]*(?: [A-ZĐ][\w&'’-]*){0,2}")


def _subsidiaries(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """The brands written after "công ty con", where the first word looks like a brand's."""
    found = []
    for kind in _SUBSIDIARY.finditer(text):
        run = _BRAND_RUN.match(text, kind.end())
        if run is not None and brand_like(run.group().split()[0], lex):
            found.append(run.span())
    return found


def _without_subsidiary_word(mention: tuple[str, str, int, int]) -> tuple[str, str, int, int]:
    """A body read from the head "Công ty" where "con" follows ("Công ty con WinCommerce") is the
    subsidiary named after it."""
    name, kind, a, b = mention
    match = _SUBSIDIARY.match(name)
    if a < 0 or match is None or match.end() >= len(name):
        return mention
    return name[match.end() :], kind, a + match.end(), b


def _membership_title_at(text: str, end: int) -> bool:
    """Does "viên" follow a committee's name ending at ``end``? "Tỉnh ủy | viên" is a membership
    title, not the committee named."""
    return text[end : end + 5] == " viên"


def _board_of(title: str, lex) -> str | None:
    """The board a title ends in, as written ("HĐQT" of "Chủ tịch HĐQT"), if it ends in one."""
    words = title.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if lex.keys.match_key(tail) in BOARDS:
            return tail
    return None


def _brand_name(name: str, kind: str, lex) -> str | None:
    """A company's or bank's one-word name after its head and legal forms, which the article
    may use alone later ("Công ty CP Bibica" … "Bibica có lãi"); not a place ("Công ty Hà Nội")."""
    if kind not in ("business", "finance"):
        return None
    rest = name.split()
    # a group's company: "Công ty cổ phần | Tập đoàn | Masan", the group's head after the legal form
    for _ in range(2):
        head_length, head = leading_head(rest, lex)
        if head is None or head.kind not in ("business", "finance"):
            break
        rest = rest[head_length:]
        while form := next((n for n in (4, 3, 2, 1) if len(rest) > n and tuple(rest[:n]) in lex.legal_forms), 0):
            rest = rest[form:]
    if len(rest) != 1:
        return None
    word = rest[0]
    if len(word) < 4 or not word[:1].isupper() or word.isupper() or (word,) in lex.places or (word,) in lex.countries:
        return None
    return word


def _before_person(text: str, start: int, end: int, person_spans: SpanIndex) -> int:
    """An institution's name ends before a person the official reader found at its end, or
    running past it ("UBND thành phố | Lê Hồng Sơn", "Ủy ban Châu Âu | Ursula von der Leyen")."""
    for a, b in person_spans.overlapping(start, end):
        if start < a and b >= end:
            end = a
            while end > start and text[end - 1].isspace():
                end -= 1
    return end


def _one_capital_word_before(text: str, a: int, start: int) -> bool:
    """Is ``text[a:start]`` one word in sentence case, a model's name opening one word before the
    rules' ("Đoàn | Quân khu 2": the outermost name)?"""
    words = text[a:start].split()
    return len(words) == 1 and words[0].isalpha() and words[0][:1].isupper() and not words[0].isupper()


def fair_extension(text: str, start: int, end: int, new_end: int, person_spans: SpanIndex, lex: Lexicons) -> bool:
    """May a name end at ``new_end`` instead of ``end``? Only a sentence-case name goes on in
    lower case ("Trung tâm Dự báo | khí tượng thủy văn quốc gia"): the name so far ends in a
    capitalized word, the rest is a few words of letters, and no person is inside or after. The
    model's span must not run into the predicate ("Đảng ủy phường | hoàn thành", "… | nợ 696",
    "Cục Hậu cần BĐBP | biểu dương")."""
    tail = _NUMBERED_END.sub("", text[end:new_end])  # "Đội Quản lý | thị trường số 7": the unit's number
    words = [w for w in tail.split() if w not in _NAME_DASHES]
    last_words = text[start:end].split()[-2:]
    # "Nhà hát Ca | múa nhạc …", "Lực lượng Hàng | không …": the tail ends the name's last word
    in_word = bool(words and last_words) and _one_word_across(last_words[-1], words[:2], lex)
    return (
        bool(words)
        and any(w[:1].isupper() for w in last_words)
        and not _roman_number_closes(last_words[-1])  # "Chi cục Hải quan khu vực I | thu ngân sách"
        and all(ch.isalpha() or ch == " " for ch in _DASH_IN_NAME.sub(" ", tail))
        and not _another_body_after_dash(text[start:end], tail, text[new_end : new_end + 40], lex)
        and not _looks_like_person(words, lex)
        and len(words) <= 6
        and not any(
            w in lex.after_org_words and not (lex.dictionary.has(f"{words[k - 1]} {w}") if k else in_word)
            for k, w in enumerate(words)
        )  # "hàng | không" (aviation) is one word, not "không" (not)
        and (in_word or not _opens_predicate(words, text, new_end, lex))
        and not _verb_inside(words, lex)  # "… Tài năng trẻ | trao Giải thưởng …"
        and words[-1] not in FUNCTION_WORDS
        and tuple(words[-2:]) != MANAGES  # "do Sở Xây dựng | quản lý đã …": the body's act
        and not lex.is_honorific(words[-1])  # "Bộ Tài chính | và ông" (Lê Văn Nam): a person follows
        and not _names_a_rank(words, lex)
        and not _joins_another_institution(words, lex)
        and not _ends_in_a_place(text[start:end].split(), lex)
        and not (words[0].islower() and _ends_in_a_whole_body(text[start:end].split(), lex))
        and not (words[0].islower() and whole_field_name(text[start:end], lex))  # "Bộ Y tế | cơ chế …"
        and not opens_a_document_title(text[end : end + 24].split()[:2])  # "của Bộ Tài chính | Hướng dẫn …"
        # "Quỹ Tiền tệ Quốc tế | về Chương trình …": what the body is met about
        and not any(w == "về" and opens_no_body(words[k + 1 : k + 4], lex) for k, w in enumerate(words))
        and not term_words_length(words, numbered=False)  # "Tỉnh ủy Lào Cai | nhiệm kỳ 2025-2030": the post's term
        and words[0] not in ("các", "những")  # "Bộ Tài chính | các nước": a plural is what follows
        # "Ủy ban MTTQ phường | và các đoàn thể …": "và" and a plural join others to the body
        and not any(a == "và" and b in ("các", "những") for a, b in pairwise(words))
        and not any(w in PREDICATE_ADVERBS for w in words)  # "Cục Quản lý thị trường | sớm sửa đổi …"
        and not person_spans.overlaps(end, new_end)
        and not _time_goes_on_at(text, new_end)  # "Sở Y tế | sáng | nay"
    )


# A dash between spaces inside a name: "Công ty Việt - Trung", "Phòng CSGT đường bộ - đường sắt".
_DASH_IN_NAME = re.compile(r" [-–] (?=\w)")
_NUMBERED_END = re.compile(r"(?<=\w) số \d{1,3}$")
_NAME_DASHES = frozenset({"-", "–"})


def _another_body_after_dash(name: str, tail: str, following: str, lex: Lexicons) -> bool:
    """Does a body's head ("Phòng Cảnh sát hình sự | - Công an tỉnh …") or its place alone
    ("Sở Y tế | - Hà Nội") follow a dash in the tail? That is a second institution or where
    the first is, not the rest of its name; a place whose own name holds the dash ("Thừa Thiên
    - Huế") is not cut, nor the second of two places the name ends in ("Hội Hữu nghị Việt Nam
    - Lào", "Ngân hàng TMCP Sài Gòn - Hà Nội (SHB)", with the ``following`` text)."""
    heads = lex.org_heads
    following_words = _BRACKETED.sub(r" \1 ", following).split()
    for m in _DASH_IN_NAME.finditer(tail):
        words = tail[m.end() :].split()
        if any(tuple(canonical(" ".join(words[:n])).split()) in heads for n in (1, 2, 3)):
            return True
        before = (name + tail[: m.start()]).split()
        if place_pair_after_dash(before, [*words, *following_words], lex) == len(words):
            continue
        if tuple(words) in lex.places and not any(
            tuple([*before[-k:], *words]) in lex.places or tuple([*before[-k:], "-", *words]) in lex.places
            for k in (1, 2)
        ):
            return True
    return False


_BRACKETED = re.compile(r"([()])")


def _ends_in_a_place(words: list[str], lex: Lexicons) -> bool:
    """Does a name end in a unit and its place ("UBND phường Kim Liên | nhiệm kỳ …")? A place's
    name does not go on in lower case."""
    for k in range(1, len(words)):
        for size in (1, 2, 3):  # "xã", "thị xã", "tổ dân phố"
            if tuple(words[k : k + size]) in lex.admin_units and k + size < len(words):
                return all(w[:1].isupper() for w in words[k + size :])
    return False


def _ends_in_a_whole_body(words: list[str], lex: Lexicons) -> bool:
    """Does a name end in a head that names one whole body ("Ban Thường vụ Thành ủy | nhân
    sự …")? Such a name goes on with a place's capitals ("Huyện ủy | Hướng Hóa"), not in lower case."""
    return any(head.national for _, head in trailing_heads(words, lex))


_SPACED_DASH_AT = re.compile(r" [-–] ")


def _through_a_place_pair(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where a name the model ended in the first of two places joined by a spaced dash ends
    when the second is the name's too ("Nhóm Nghị sĩ hữu nghị Việt Nam | - Hàn Quốc"; see
    :func:`place_pair_after_dash`): ``end`` if it is not."""
    dash = _SPACED_DASH_AT.match(text, end)
    if dash is None:
        return end
    following = text[dash.end() : dash.end() + 80]
    words = [_without_closing_stop(m) for m in _WORD_OR_BRACKET.finditer(following)]
    second = place_pair_after_dash(text[start:end].split(), [w for w, _ in words], lex)
    if not second:
        return end
    return dash.end() + words[second - 1][1] if len(words) >= second else end


_WORD_OR_BRACKET = re.compile(r"[^\s()]+|[()]")


def _without_closing_stop(word: re.Match[str]) -> tuple[str, int]:
    """A word and where it ends, without the stop or comma that closes a sentence or clause
    after it ("Việt Nam." is the place "Việt Nam")."""
    bare = word.group().rstrip(".,;:!?") or word.group()
    return bare, word.start() + len(bare)


def _bodies_joined_apart(text: str, spans: list[tuple[int, int]], lex: Lexicons) -> list[tuple[int, int]]:
    """The model's ORG spans, each that joins two bodies with "và" ("Hội Cựu chiến binh | và |
    Hội Phụ nữ") parted into the two: one name holds no second body's head after "và"."""
    parted: list[tuple[int, int]] = []
    for a, b in spans:
        joint = text.find(" và ", a, b)
        if joint > a and _joins_another_institution(text[joint:b].split(), lex):
            parted.extend([(a, joint), (joint + len(" và "), b)])
        else:
            parted.append((a, b))
    return parted


def _joins_another_institution(words: list[str], lex: Lexicons) -> bool:
    """Does "và" join a second institution's head ("Tổng cục Đường bộ | và Công ty Cổ …") or a
    brand ("Ngân hàng Shinhan | và Samsung Electronics"), which no line of work is?"""
    heads = lex.org_heads
    return any(
        word == "và"
        and k + 1 < len(words)
        and (
            looks_foreign(words[k + 1])
            or is_abbreviation(words[k + 1])
            or any(
                tuple(canonical(" ".join(words[k + 1 : k + 1 + n])).split()) in table
                for n in (1, 2, 3)
                for table in (heads, lex.unit_heads)
            )
        )
        for k, word in enumerate(words)
    )


def _looks_like_person(words: list[str], lex: Lexicons) -> bool:
    """Two to four capitalized words led by a surname, not a known place: "Âu Anh Tuấn"; or a
    Korean name ("Shin Dong Bin")."""
    return (
        2 <= len(words) <= 4
        and words[0] in lex.family_names
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and tuple(words) not in lex.places
    ) or korean_name(words, lex)


def _names_a_rank(words: list[str], lex: Lexicons) -> bool:
    """Does a rank of two words stand among ``words`` ("… Cục CSGT | và Đại tá")? One-word
    honorifics are also syllables of names ("Cao su Bà Rịa")."""
    honorifics = lex.honorifics
    return any(tuple(words[k : k + 2]) in honorifics for k in range(len(words) - 1))


def _verb_length(words: list[str], k: int, lex: Lexicons) -> int:
    """Syllables of the verb that begins at ``words[k]`` (0 if none). A syllable counts alone
    only when it is a word alone: "dự" in "dự lễ", not in "dự án"."""
    verbs = lex.verbs
    pair = " ".join(words[k : k + 2])
    if len(words) > k + 1 and (pair in verbs or pair in lex.appointing_verbs):
        return 2
    if words[k] in verbs and not (len(words) > k + 1 and lex.dictionary.has(pair)):
        return 1
    return 0


def _verb_inside(words: list[str], lex: Lexicons) -> bool:
    """Does a verb of verbs.txt (never inside a name) stand after the tail's first word, a word
    of its own with words after it ("trẻ | trao Giải thưởng")? The model's span ran into the
    predicate."""
    return any(
        words[k].islower()
        and not lex.dictionary.has(f"{words[k - 1]} {words[k]}")  # "dân | lập" (private), not "lập"
        and 0 < _verb_length(words, k, lex) < len(words) - k
        for k in range(1, len(words))
    )


def _opens_predicate(words: list[str], text: str, end: int, lex: Lexicons) -> bool:
    """Does the tail begin with a verb that has an object, inside it ("| dự lễ") or after it
    ("| biểu dương ý thức")? A verb alone at the end of a clause may end a name ("Khối
    Khách hàng bán lẻ.")."""
    if clause_verb_at(words, lex):
        return True  # "Giám đốc Sở Tài chính | phát biểu.": a speaker's verb ends no name
    n = _verb_length(words, 0, lex) if words else 0
    return bool(n) and (len(words) > n or _object_follows(text, end))


def _object_follows(text: str, end: int) -> bool:
    """Does a word follow ``end`` in the same clause? A verb with an object after it is the
    predicate ("… BĐBP biểu dương ý thức"); one that ends the clause may end a name
    ("Khối Khách hàng bán lẻ.")."""
    rest = text[end : end + 3].lstrip(" ")
    return bool(rest) and rest[0].isalnum()


def _one_word_across(before: str, after: Sequence[str], lex: Lexicons) -> bool:
    """Do the syllable ``before`` and the first of ``after`` make one word, which the next two do
    not make instead ("Nhà hát Ca | múa", but "Bộ Tài chính | đề xuất": "chính đề" is a word, and
    so is "đề xuất")?"""
    has = lex.dictionary.has
    if not has(f"{before.lower()} {after[0]}"):
        return False
    if len(after) < 2 or not after[0].islower() or has(f"{before.lower()} {after[0]} {after[1]}"):
        return True  # "xuất nhập khẩu": one word of three
    return not has(f"{after[0]} {after[1]}")


def _before_predicate(text: str, start: int, end: int, lex: Lexicons, *, headed: bool = True) -> int:
    """Where a model span should end: before the first word that begins a predicate (one
    that follows names far more often than it sits in one, or a verb never seen in a name:
    "Viện KSND | phân tích"), or after a unit's number in Roman, which closes the name ("Chi cục
    Hải quan khu vực I | thu ngân", the segmenter's "I thu")."""
    words = text[start:end].split(" ")
    head_length = leading_head(tuple(words), lex)[0] if headed else 0
    position = start
    for k, word in enumerate(words):
        if k and not word[:1].isupper() and _roman_number_closes(words[k - 1]):
            return position - 1
        if position > start and word.islower():
            # "xây | dựng", "Hàng | không", "Ca | múa nhạc": one word, whatever the case of its first
            # syllable; but a head is a whole word ("Hiệp hội | kiến nghị" is no "hội kiến")
            joined = 0 < k != head_length and _one_word_across(words[k - 1], words[k : k + 2], lex)
            # after a plural a verb is a noun: "Liên hiệp các | tổ chức hữu nghị Việt Nam"
            plural = words[k - 1].lower() in ("các", "những")
            # a body's act after its name; right after the head it is its line of work ("Ủy ban kiểm tra")
            acts = k > head_length and clause_verb_at(words[k : k + 2], lex)
            if not joined and not plural and (word in lex.after_org_words or _verb_length(words, k, lex) or acts):
                return position - 1
        position += len(word) + 1
    return end


def _bare_head_and_its_act(words: tuple[str, ...], head_length: int, lex: Lexicons) -> bool:
    """Is a model's span a head that names no body alone, then one or two lower-case words ("Bộ
    quản lý", "Sở quản lý")? No name follows the head: the words are what it does."""
    if not head_length or not 0 < len(words) - head_length <= 2:
        return False
    head = lex.org_heads.get(words[:head_length])
    return head is not None and not head.standalone and all(w.islower() for w in words[head_length:])


def not_an_institution(text: str, start: int, end: int, lex) -> bool:
    """A model span that names a place, a facility, a project or a document, not a body."""
    name = text[start:end]
    words = tuple(name.split())
    if words in lex.places or words in lex.countries or names_a_people(name, lex):
        return True
    if _DOCUMENT_NUMBER.search(name):
        return True  # "55/2011/TT-BGDĐT", "558-TB/UBKTTW": a document's number, not a body
    if _ROMAN_NUMERAL.fullmatch(name):
        return True  # "… lần thứ VII": an ordinal the model may tag, not a body
    head_length, _ = leading_head(words, lex)
    if _a_common_noun(name, head_length, lex):
        return True
    listed = text[max(0, start - 4) : start].rstrip().endswith((",", " và"))
    if not head_length and listed and words in lex.localities:
        return True  # "phường Yên Sở, Hoàng Liệt và Định Công": a ward listed after others, not a body
    if not _after_legal_forms(words[head_length:], lex):
        return True  # a bare head or legal form: "Công ty TNHH", "CTCP", "Công ty cổ phần"
    if _bare_head_and_its_act(words, head_length, lex):
        return True  # "do Bộ | quản lý": the body of no name, then what it does
    before = _words_before(text, start)
    return (
        _names_no_body(words, before, lex)
        or any(before[-len(phrase) :] == phrase for phrase in lex.not_institutions)
        or _short_form_of_an_index(text, start, end, lex)
    )


def names_a_people(name: str, lex: Lexicons) -> bool:
    """Is ``name`` one of Việt Nam's peoples ("H'Mông", "Hà Nhì"), which the model may tag in a
    list ("đồng bào H'Mông, Hà Nhì")? A people is no body (ethnic_groups.txt)."""
    return tuple(canonical(name).split()) in lex.ethnic_groups


_PHRASE_BREAK = re.compile(r"[,.;:()\n]")


def _short_form_of_an_index(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Is the span a short form in brackets of an index or a treaty ("Chỉ số Năng lực cạnh
    tranh cấp tỉnh | (PCI)", "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu |
    (EVFTA)")? Not of a project: a project's short form is often its company's ("Dự án nhà máy
    thép Việt – Trung (VTM)", VLSP 2018 tags it ORG)."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return _names_a_document_before(text, start - 1, lex)


# The words that open the name of an index or of a treaty, whose short form in brackets names
# no body ("Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP)"; VLSP 2018 tags none of its 22
# "TPP" ORG).
_DOCUMENT_OPENINGS = (("chỉ", "số"), ("hiệp", "định"), ("hiệp", "ước"), ("công", "ước"), ("thỏa", "thuận"))
_SHORT_FORM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z0-9&+-]{1,14})\)")


def _names_a_document_before(text: str, bracket: int, lex: Lexicons) -> bool:
    """Does the phrase that ends at the bracket ``bracket`` open with an index's or a treaty's
    word (:data:`_DOCUMENT_OPENINGS`), or is such a word the nearest opening before the bracket,
    no body's head after it ("Quốc hội Hàn Quốc đã phê chuẩn | Hiệp định thương mại tự do Việt
    Nam - Hàn Quốc (VKFTA)"; but "Hiệp định giữa … và | Ngân hàng Thế giới (WB)": the Bank's)?"""
    floor = max(0, bracket - 120)
    breaks = [m.end() for m in _PHRASE_BREAK.finditer(text, floor, bracket)]
    phrase = text[breaks[-1] if breaks else floor : bracket].split()
    lowered = [w.lower() for w in phrase]
    if tuple(lowered[:2]) in _DOCUMENT_OPENINGS:
        return True
    document = next(
        (k for k in range(len(phrase) - 1, -1, -1) if tuple(lowered[k : k + 2]) in _DOCUMENT_OPENINGS), None
    )
    if document is None or not phrase[document][:1].isupper():
        return False
    # A head nearer the bracket than the treaty's word, or right before it ("Tổ chức | Hiệp ước Bắc
    # Đại Tây Dương (NATO)"), makes the short form a body's; one further back decides nothing.
    reach = max(0, document - 3)
    body = nearest_head(phrase[reach:], lex)
    if body is None:
        return True
    body += reach
    return body < document and not _a_head(phrase[body:document], lex)


def _a_head(words: list[str], lex: Lexicons) -> bool:
    """Are ``words`` a head as written, no more ("Tổ chức")?"""
    return tuple(words) in lex.org_heads


def declared_document_forms(text: str, lex: Lexicons) -> frozenset[str]:
    """The short forms the text declares in brackets for an index or a treaty ("(EVFTA)"): no
    body's name or alias, wherever they stand."""
    return frozenset(
        m.group(1) for m in _SHORT_FORM_IN_BRACKETS.finditer(text) if _names_a_document_before(text, m.start(), lex)
    )


def _a_common_noun(name: str, head_length: int, lex: Lexicons) -> bool:
    """A Vietnamese common noun the model tagged alone, no head of a body: "Lực lượng |
    Hezbollah", "Hồi giáo" (a faith), "Bến xe", "Tuyển". Over 825 gold and VLSP articles 14 such
    records went, none a body; a party named by its kind is one ("Công đảng"), and foreign
    words the word list knows are names ("Real", "Alphabet")."""
    return (
        not head_length
        and not name.isascii()
        and name[1:] == name[1:].lower()
        and "đảng" not in name.lower()
        and bool(lex.dictionary.has(name.lower()))
    )


def _words_before(text: str, start: int) -> tuple[str, ...]:
    """The two words before ``start``, in lower case."""
    return tuple(w.lower() for w in text[max(0, start - 30) : start].split()[-2:])


def _names_no_body(words: tuple[str, ...], before: tuple[str, ...], lex: Lexicons) -> bool:
    """Does a name, read by the rules or the model, open like a facility, a project or a
    document ("Bộ Luật Lao động"), name a kind of school or body and no one of them, or is it
    negated into a description ("tổ chức phi | Chính phủ", non-governmental)?"""
    return (
        before[-1:] == ("phi",)
        or _opens_as_no_body(words, lex)
        or _a_kind_of_school(words, lex)
        or _no_school_named(words, lex)
        or _an_exam(words, before, lex)
        or _firms_or_a_club_of_places(words, lex)
        or _a_case(words, lex)
        or _a_kind_after_a_plural(words, before, lex)
        or _event_organizers(words, lex)
    )


def _event_organizers(words: tuple[str, ...], lex: Lexicons) -> bool:
    """Is "Ban tổ chức" an event's organizers ("Ban tổ chức Iran", "Ban Tổ chức Hội thảo"),
    not the Party's organization board of a committee ("Ban Tổ chức Trung ương", "Ban Tổ chức
    Huyện ủy")? VLSP 2018 tags none of the organizers; 5 of 7 such names in its articles
    outside the gold are theirs."""
    if tuple(w.lower() for w in words[:3]) != ("ban", "tổ", "chức"):
        return False
    rest = tuple(w.lower() for w in words[3:])
    for k in range(len(rest)):
        if rest[k : k + 2] == ("trung", "ương"):
            return False
        for n in (1, 2):
            head = lex.heads_lower.get(rest[k : k + n])
            if head is not None and head.kind == "party":
                return False
    return True


_DOCUMENT_NUMBER = re.compile(r"\d+/\d{2,4}/|\d+-[A-ZĐ]+/")
_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # I to XXXIX


def _roman_number_closes(word: str) -> bool:
    """Is ``word`` a number in Roman, which ends the name of the unit it numbers ("Chi cục Hải
    quan khu vực I", the 2025 regional offices): what follows in lower case is no name's?"""
    return bool(_ROMAN_NUMERAL.fullmatch(word))


def _after_legal_forms(words: tuple[str, ...], lex) -> tuple[str, ...]:
    """The words left after the legal forms ``words`` open with ("cổ phần | Sông Đà")."""
    return words[_opening_run(words, lex.legal_forms, lambda part: tuple(canonical(" ".join(part)).split())) :]


def _opening_run(
    words: tuple[str, ...], table: Collection[tuple[str, ...]], key: Callable[[tuple[str, ...]], tuple[str, ...]]
) -> int:
    """How many of the first words are a run of the table's phrases (of up to three words,
    longest first), each compared by ``key``."""
    k = 0
    while k < len(words):
        n = next((n for n in (3, 2, 1) if key(words[k : k + n]) in table), 0)
        if not n:
            break
        k += n
    return k


def _a_kind_of_school(words: tuple[str, ...], lex: Lexicons) -> bool:
    """Is the name "Trường" and a school level only ("một phụ huynh Trường tiểu học tại
    TP.HCM", "trường THCS", "các sở GD-ĐT, trường ĐH, trường CĐ")? That is a kind of school;
    none is named."""
    rest = words[1:]
    if len(rest) == 1 and rest[0] in lex.abbreviations:
        rest = tuple(lex.abbreviations[rest[0]].split())  # "ĐH": "Đại học"
    level = lex.heads_lower.get(tuple(w.lower() for w in rest)) if rest else None
    return words[0].lower() == "trường" and level is not None and level.kind == "education"


# The upper secondary level, whose national exam is named by it and "Quốc gia" ("kỳ thi tốt
# nghiệp THPT Quốc gia"): no school is named so, while "Đại học Quốc gia" is a university
_EXAM_LEVELS = frozenset({("THPT",), ("Trung", "học", "phổ", "thông")})


def _an_exam(words: tuple[str, ...], before: tuple[str, ...], lex: Lexicons) -> bool:
    """Is a school level after "thi" an exam ("kỳ thi | THPT Quốc gia 2017", VLSP 2018), or the
    upper secondary level with "Quốc gia" alone after it ("tốt nghiệp | THPT Quốc gia"), not a
    school?"""
    head = leading_rule_head(words, lex)
    if head is None or head.kind != "education":
        return False
    national = head.words in _EXAM_LEVELS and words[len(head.words) :] == ("Quốc", "gia")
    return before[-1:] == ("thi",) or national


def _no_school_named(words: tuple[str, ...], lex: Lexicons) -> bool:
    """Is the name a school's head and lower-case words only ("kỳ thi | THPT quốc gia", an
    exam)? A school is named by capitalized words or a number after its level."""
    head = leading_rule_head(words, lex)
    n = len(head.words) if head is not None else 0
    return (
        head is not None
        and head.kind == "education"
        and 0 < n < len(words)
        and all(w.islower() and w.isalpha() for w in words[n:])
    )


def _a_case(words: tuple[str, ...], lex: Lexicons) -> bool:
    """Is "Vụ" a case named by whom it is about ("Vụ OceanBank", "Vụ Neymar", "Vụ Vạn Thịnh
    Phát"), not a ministry's department named by its field ("Vụ Pháp chế", "Vụ Kế hoạch - Tài
    chính", "Vụ Châu Âu")? A brand, a foreign name, or capitalized syllables that make no word
    of the dictionary and no place."""
    rest = words[1:]
    if words[:1] != ("Vụ",) or not rest or len(rest) > 4:
        return False
    if len(rest) == 1 and (capital_inside(rest[0]) or looks_foreign_name(rest[0])):
        return not rest[0].isupper()  # "Vụ ASEAN" is a department of the Ministry of Foreign Affairs
    return (
        len(rest) >= 2
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in rest)
        and not any(lex.dictionary.has(f"{a} {b}".lower()) for a, b in pairwise(rest))
        and rest not in lex.places
        and rest not in lex.countries
    )


_COUNTRY_JOINERS = frozenset({"-", "–", "và"})


def _firms_or_a_club_of_places(words: tuple[str, ...], lex: Lexicons) -> bool:
    """Is the name a business head and countries only ("Diễn đàn | Doanh nghiệp Việt Nam - Hàn
    Quốc", a sentence opening "Doanh nghiệp Việt Nam nhận thức …")? That is a country's firms,
    no one of them: a firm's name goes on with its own words. "Doanh nghiệp" (business) and a
    city or province are that place's firms too ("Doanh nghiệp Hà Nội tăng tốc cuối năm"); a
    club's head, perhaps its sport, and a country a club of that country spoken of ("CLB Hà Lan",
    "CLB bóng đá Đức")."""
    n, head = leading_head(words, lex)
    club = next((len(c) for c in _CLUBS if words[: len(c)] == c), 0)
    if club:
        n = club  # "CLB | bóng đá | Đức": past the sport
        while n < len(words) and words[n].islower():
            n += 1
    elif head is None or head.kind != "business":
        return False
    if n == len(words):
        return False
    places = (lex.countries, lex.places, lex.localities) if words[:n] == _BUSINESS else (lex.countries,)
    k = n
    while k < len(words):
        country = next((m for m in (3, 2, 1) if any(words[k : k + m] in table for table in places)), 0)
        if not country:
            return False
        k += country
        if k < len(words) and words[k] in _COUNTRY_JOINERS and k + 1 < len(words):
            k += 1
    return True


_BUSINESS = ("Doanh", "nghiệp")
_CLUBS = (("CLB",), ("Câu", "lạc", "bộ"))


def _a_kind_after_a_plural(words: tuple[str, ...], before: tuple[str, ...], lex: Lexicons) -> bool:
    """ "một số | trường tiểu học quận Thanh Xuân", "các trường | THCS huyện Gia Lâm": after a
    plural, a kind of body that names no one of its own is none ("các trường | Tiểu học Kỳ
    Thịnh 2, THPT Kỳ Anh" are)."""
    plural = (words[0][:1].islower() and before[-1:] and before[-1] in GENERIC_BEFORE) or (
        before[-1:] == ("trường",) and before[0] in GENERIC_BEFORE
    )
    return bool(plural) and _names_no_one(words, lex)


def _names_no_one(words: tuple[str, ...], lex: Lexicons) -> bool:
    """Do the words hold heads and school levels only, or with a unit and its place after them
    ("trường tiểu học | quận Thanh Xuân"), no name of their own ("Tiểu học | Kỳ Thịnh 2")?"""
    k = _opening_run(words, lex.heads_lower, lambda part: tuple(w.lower() for w in part))
    rest = words[k:]
    return bool(k) and (not rest or any(tuple(rest[:n]) in lex.admin_units for n in (1, 2)))


def _a_forums_theme(text: str, start: int) -> bool:
    """Does "Diễn đàn" stand right before the name ("Diễn đàn | Doanh nghiệp APEC", "Diễn đàn |
    Doanh nghiệp Việt Nam")? The head names the forum's theme, and a forum is an event: VLSP
    2018 tags each "Diễn đàn …" it names MISCELLANEOUS (7), none ORG. In lower case it is a
    body's floor, the body itself ("diễn đàn | NEU", ORG there)."""
    return text[max(0, start - 9) : start].rstrip().endswith("Diễn đàn")


def _names_a_law(before: tuple[str, ...]) -> bool:
    """Is the word before a name "Luật"? "Luật Hợp tác xã 2012", "Luật Công an nhân
    dân": a head after it names the law, not the body. (A model span is checked against every
    word of not_institutions.txt before it; a name the rules read is not, since "Đại hội |
    Đảng bộ phường …" and "giải | …" stand before real bodies there.)"""
    # "kỷ luật" (discipline) and "pháp luật" (the law in general) name no law: "thi hành kỷ luật |
    # Ban Thường vụ Đảng ủy …", "vi phạm pháp luật | Công ty …"
    return before[-1:] == ("luật",) and before[-2:-1] not in (("kỷ",), ("pháp",))


def _opens_as_no_body(words: tuple[str, ...], lex) -> bool:
    """Does the name open with the words of a facility, project or document ("Bộ Luật Lao
    động" is a code of law, not a ministry)? Not where the phrase's last word opens a head
    ("Đại | Hội đồng Liên Hợp Quốc" is no "đại hội")."""
    lowered = tuple(w.lower() for w in words)
    # "Chương trình Phát triển Liên hợp quốc": a programme that is a body of the UN; "Đại hội
    # đồng LHQ": the same, the world body written short (VLSP 2018: 10 of 10 ORG)
    last_heads = [head for _, head in trailing_heads(words, lex)[:1]]
    if len(words) > 1:
        last_heads.append(lex.unit_heads.get(words[-1:]))
    if any(head is not None and head.national and head.kind == "international" for head in last_heads):
        return False
    rule_head = leading_rule_head(words, lex)  # "Chương trình Lương thực Thế giới": a body's head, whole
    head_length = len(rule_head.words) if rule_head is not None else 0
    return any(
        lowered[: len(phrase)] == phrase
        and not _head_inside(words, len(phrase) - 1, lex)
        and head_length <= len(phrase)
        for phrase in lex.not_institutions
    )


def _head_inside(words: tuple[str, ...], k: int, lex) -> bool:
    """Does a capitalized head of two words open at ``words[k]`` ("Đại | Hội đồng", not "Đại
    hội đồng cổ đông", a shareholders' meeting)?"""
    return (
        words[k][:1].isupper() and tuple(w.lower() for w in words[k : k + 2]) in lex.heads_lower and len(words) > k + 1
    )


_DANGLING = frozenset({"các", "những", "của", "và", "với", "cho", "về", "tại", "ở", "trong", "từ"})


def _without_dangling_word(text: str, start: int, end: int) -> int:
    """Where a model span ends without a function word it was cut after ("Liên đoàn các | tổ
    chức …" once the predicate is cut off)."""
    while True:
        cut = text.rfind(" ", start, end)
        if cut < 0 or text[cut + 1 : end] not in _DANGLING:
            return end
        end = cut


def _resolve(name: str, declared: dict[str, str], lex) -> str:
    """The full name a short one stands for: 'PVN', 'Ngân hàng OceanBank' -> the declared name."""
    lowered = name.lower()
    if lowered in declared:
        return declared[lowered]
    words = name.split()
    for n in (1, 2, 3):
        if len(words) > n and tuple(words[:n]) in lex.org_heads and " ".join(words[n:]).lower() in declared:
            return declared[" ".join(words[n:]).lower()]
    return name


def kind_of(name: str, lex: Lexicons) -> str:
    """The kind of body a name's head says it is (:func:`head_kind`), else "other"."""
    return head_kind(name, lex) or "other"


def _where_written(text: str, position: PositionFound, named: str) -> tuple[int, int]:
    """The span of a post's institution where the post writes it as named ("Giám đốc | BV Bệnh
    Nhiệt đới Trung ương", "Chánh | Văn phòng Bộ Công an"), so that the record has its place in
    the text; (-1, -1) where the name was made from the title ("Tổng cục trưởng Đường bộ …") or
    taken from a neighbour."""
    a, b = position.org_start, position.org_end
    if position.inferred:
        return -1, -1
    if a is not None and b is not None and text[a:b] == named:
        return a, b
    # The title's last words and the organization written as one name ("Chánh | Văn phòng Bộ
    # Công an", "Chủ tịch | HĐQT Công ty X"), the head in lower case too ("Trưởng | phòng CSGT")
    k = text.find(named, position.start, position.end)
    if k < 0:
        k = text[position.start : position.end].lower().find(named.lower())
        k = k + position.start if k >= 0 else -1
    return (k, k + len(named)) if k >= 0 else (-1, -1)


def _opens_a_longer_head(word: str, lex: Lexicons) -> bool:
    """Is ``word`` the first word of a head of two words or more, and no head alone ("Đồn" of
    "Đồn Biên phòng")?"""
    return word.lower() in lex.longer_heads_first_words and not leading_head((word,), lex)[0]


def _position_institution(position: PositionFound, lex) -> str | None:
    """The institution a position names, if it names one (not a place, not a bare head).

    A title that is a unit's head ("Tổng cục trưởng", "Chi cục trưởng") names its unit:
    "Tổng cục trưởng Đường bộ Việt Nam" -> "Tổng cục Đường bộ Việt Nam".
    """
    org = position.organization
    if not org:
        return None
    body, at, where = org.partition(" tại ")
    if at and where[:1].isupper() and not holds_its_host(body.split(), lex, where.split()):
        org = body  # "UNICEF tại Việt Nam": the body is UNICEF; "Mỹ tại …" is a country (not "… tại doanh nghiệp")
    body, of, owner = org.partition(" của ")
    if of and owner[:1].isupper():
        org = body  # "Ủy ban Pháp luật của Quốc hội": the committee; its owner is a body of its own
    words = tuple(org.split())
    head_length, first_head = leading_head(words, lex)
    own_head = head_length > 0
    title_words = _title_words(position, lex)
    # the body a title ends in, after a shorter title ("Chủ nhiệm | Ủy ban", "Bí thư | Chi bộ")
    ending_body = (
        tuple(title_words[-2:])
        if len(title_words) >= 3 and tuple(w.lower() for w in title_words[-2:]) in lex.heads_lower
        else ()
    )
    if ending_body and any(words[:n] in lex.admin_units for n in (1, 2, 3)):
        # "Bí thư Chi bộ | thôn Nà Mòn", the village shared with "Trưởng thôn Nà Mòn" after it:
        # the body the title ends in, of that place
        return f"{' '.join(ending_body)} {org}"
    if not org[0].isupper() and not own_head:
        return None  # "phụ trách Hồng Kông", "khối bán hàng …": a description, not a name
    lowered = tuple(w.lower() for w in words)
    served = max((n for n in range(1, min(len(words), 4) + 1) if lowered[:n] in lex.titles_lower), default=0)
    if served > head_length:
        # "Đặc phái viên Thủ tướng Anh", "Trợ lý | Bộ trưởng Bộ Ngoại giao Hoa Kỳ": an office served,
        # not a body, though its title opens with a head's word ("Bộ")
        return None
    if names_a_state(words, lex):
        return None  # "Đại sứ Vương quốc Campuchia": a country
    if words[:1] in lex.admin_units or words[:2] in lex.admin_units or words in lex.countries or words in lex.places:
        return None  # a place (Phó chủ tịch tỉnh Quảng Nam, Tổng thống Pháp)
    head = lex.org_heads.get(words)
    if head is not None and not head.standalone:
        return None  # a bare head ("Tổng Giám đốc Tập đoàn") is generic
    if len(words) == 1 and head is None and _opens_a_longer_head(words[0], lex):
        return None  # "Chính trị viên | Đồn": the unit named before, by its head's first word
    if lex.title_units.get(" ".join(title_words).lower()) == "Bộ" and not own_head:
        return None  # "Thứ trưởng | GD&ĐT", "Bộ trưởng | Nội vụ": a ministry's field, not its name
    unit = _unit_headed(title_words) or ending_body  # "Chủ nhiệm Ủy ban" + "Văn hóa" -> Ủy ban Văn hóa
    if unit and (unit in lex.admin_units or tuple(w.lower() for w in unit) in lex.admin_units):
        return None  # "Trưởng thôn Đông Hội": the head of a place, which is no body
    if unit:
        unit_head = lex.heads_lower.get(tuple(w.lower() for w in unit))
        short_for = (first_head.expansion if first_head else None) or lex.abbreviations.get(words[0])
        if short_for and short_for.lower().startswith(" ".join(unit).lower() + " "):
            return org  # "Viện trưởng | VKSND", "Trạm trưởng | TYT": the short form names the unit already
        if unit_head is not None and not org.lower().startswith(" ".join(unit).lower()):
            if unit_head.words == ("Bộ",):
                return None  # "Bộ trưởng Nội vụ": a field, not the ministry's name (the guide lists named bodies)
            return f"{' '.join(unit_head.words)} {org}"
        expanded = lex.abbreviations.get(words[0])
        if unit_head is None and expanded and tuple(w.lower() for w in (*unit, *expanded.split())) in lex.heads_lower:
            return f"{' '.join(unit)} {org}"  # "Phó Trưởng đoàn | ĐBQH tỉnh Gia Lai": the đoàn ĐBQH
        if _a_field_only(position, lex):
            return None  # "Trưởng khoa | Cấp cứu": a department's field, no body's name by itself
    if not unit and not own_head and _words_of_a_field(words, lex):
        return None  # "Cố vấn | An ninh Quốc gia": an office's field, no body
    return org


def _words_of_a_field(words: tuple[str, ...], lex: Lexicons) -> bool:
    """Are ``words`` a field in sentence case and nothing else: words of two syllables the
    dictionary knows, each capitalized on its first ("An ninh Quốc gia", "Tài chính"), with no
    place, abbreviation or brand (a body's own name: "Điện lực Hà Nội", "Vingroup")?"""
    if len(words) < 2 or len(words) % 2 or words in lex.places or words in lex.countries:
        return False
    pairs = [words[k : k + 2] for k in range(0, len(words), 2)]
    if any(tuple(w.lower() for w in pair) in lex.heads_lower for pair in pairs):
        return False  # "Thường vụ | Quân ủy | Trung ương": a body's head inside
    return all(_a_fields_word(first, second, lex) for first, second in pairs)


def _a_fields_word(first: str, second: str, lex: Lexicons) -> bool:
    """Are two syllables one word of a field in sentence case ("An ninh", "Quốc gia"), or its
    scope in lower case ("An ninh | quốc gia")?"""
    if (first, second) in LOWER_SCOPES:
        return True
    if not (first[:1].isupper() and first[1:].islower()):
        return False
    if second.islower():
        return bool(lex.dictionary.has(f"{first} {second}"))
    return (first, second) in SCOPES


def _title_words(position: PositionFound, lex: Lexicons) -> list[str]:
    """The words of a position's title without its prefixes ("Phó", "nguyên")."""
    return [w for w in position.title.split() if (w,) not in lex.title_prefixes]


def _unit_headed(title_words: list[str]) -> tuple[str, ...]:
    """The unit a unit's head title names, else (): "Tổng cục trưởng" -> Tổng cục, "Trưởng
    Ban" -> Ban, "Trưởng phòng" -> Phòng."""
    if len(title_words) >= 2 and title_words[-1].lower() == "trưởng":
        return tuple(title_words[:-1])
    if len(title_words) >= 2 and title_words[0].lower() == "trưởng":
        return tuple(title_words[1:])
    return ()


def _a_bare_head_post(position: PositionFound, lex: Lexicons) -> bool:
    """Is the post's organization a head alone that names no body by itself ("Ban Chỉ đạo",
    "Hội đồng quản trị"): one of a kind, the article's own, not a name?"""
    head = lex.org_heads.get(tuple((position.organization or "").split()))
    return head is not None and not head.standalone


def _a_field_only(position: PositionFound, lex: Lexicons) -> bool:
    """Does a unit's head title ("Trưởng khoa") name a unit no list knows as a body's head,
    followed by its field alone ("Cấp cứu", "Hồi sức tích cực"), with no head, abbreviation or
    brand of its own? Such a field is no body's name by itself."""
    org = position.organization
    title_words = _title_words(position, lex)
    unit = _unit_headed(title_words)
    if not org or len(title_words) != 2 or not unit:
        return False
    words = org.split()
    return (
        tuple(w.lower() for w in unit) not in lex.heads_lower
        and tuple(w.lower() for w in unit) not in lex.admin_units
        and leading_head(tuple(words), lex)[0] == 0
        and leading_rule_head(words, lex) is None  # "Đội trưởng | Đội Cảnh sát giao thông": a head of the rules'
        and words[0] not in lex.abbreviations
        and not brand_like(words[0], lex)  # "Giám đốc | PC02": a unit's code
    )


def _body_after_title(text: str, syls: list[Syllable], first: int, stop: int, title: str) -> tuple[str, int]:
    """The title as it ends and where the body after it begins: past a short bracket ("Giám đốc
    điều hành | (CEO) | Nvidia …") and past "của", with the title's line of work in lower case
    before it ("Điều phối viên | y tế khẩn cấp | của | MSF …": the line is the title's)."""
    j = stop
    if j + 2 < len(syls) and syls[j].text == "(" and syls[j + 2].text == ")" and syls[j + 1].text.isupper():
        j += 3
    of = next((m for m in range(j, min(len(syls), j + 5)) if syls[m].text == "của"), None)
    if of is None or not all(s.is_alpha and not s.is_upper_initial for s in syls[j:of]):
        return title, j
    if of > j:
        title = text[syls[first].start : syls[of - 1].end]
    return title, of + 1


def _brands_out_of_chiefs_names(
    text: str,
    officials: list[OfficialFound],
    orgs: Collection[tuple[int, int]],
    people: Collection[tuple[int, int]],
    lex: Lexicons,
    absorbed: list[tuple[OfficialFound, PositionFound]],
) -> list[OfficialFound]:
    """A company's one-word brand the rules read into its foreign chief's name after the title
    ("Tổng Giám đốc | Techcombank Jens Lottner": a run of foreign-looking words, which no shape
    parts), where the model parts them (``orgs``, ``people``), the brand a body and the rest a
    person: the brand is the post's organization, the rest the holder's name."""
    by_name = {o.name: o for o in officials}
    found: list[OfficialFound] = []
    for official in officials:
        split = next(
            (
                (a, a + len(brand), c)
                for a, c in official.mentions
                for brand in text[a:c].split()[:1]
                if (a, a + len(brand)) in orgs and (a + len(brand) + 1, c) in people and _brand_word(brand, lex)
            ),
            None,
        )
        if split is None:
            found.append(official)
            continue
        a, b, c = split
        # the bare post right before the name, or the brand already the organization of a post
        # of the same person named again ("…, Tổng Giám đốc Techcombank")
        post = next((p for p in official.positions if p.organization is None and 0 <= a - p.end <= 1), None)
        if post is None and not any(p.organization == text[a:b] for p in official.positions):
            found.append(official)
            continue
        positions = [
            replace(p, organization=text[a:b], end=b, org_start=a, org_end=b) if p is post else p
            for p in official.positions
        ]
        mentions = [(b + 1, c) if m == (a, c) else m for m in official.mentions]
        holder = by_name.get(text[b + 1 : c])
        if holder is not None and holder is not official:
            _add_positions(holder, positions, lex, absorbed)  # the chief named again alone elsewhere
            holder.mentions.extend(mentions)
            continue
        official.name, official.positions, official.mentions = text[b + 1 : c], positions, mentions
        found.append(official)
    return found


def _chiefs_after_a_brand(
    text: str, read: list[_Sentence], officials: list[OfficialFound], ner: list[tuple[int, int, str]], lex: Lexicons
) -> list[OfficialFound]:
    """Officials a title names after a company's name and no rule could part the two: "CEO Apple
    | Tim Cook", "Tổng giám đốc Turkish Arlines | Bilal Eksi" (VLSP 2018's training articles: six
    such mentions in four articles, none read before). Where the capitalized run after a title
    (:func:`_body_after_title`) ends in a person the model tags, by no Vietnamese name (those the
    rules read), and something stands before it, that is the holder and the rest the body.
    First, where the rules did read a post but took the brand into the name, the model's spans
    part them (:func:`_brands_out_of_chiefs_names`)."""
    orgs = {(a, b) for a, b, label in ner if label == "ORG"}
    people = {(a, b) for a, b, label in ner if label == "PER"}
    absorbed: list[tuple[OfficialFound, PositionFound]] = []
    officials = _brands_out_of_chiefs_names(text, officials, orgs, people, lex, absorbed)
    named = SpanIndex(m for o in officials for m in o.mentions)
    holders = _Holders(officials, lex, absorbed)
    for syls, first, title, j in _titles_no_post_holds(text, read, officials):
        k = j
        while k < len(syls) and syls[k].is_upper_initial and syls[k].is_alpha:
            k += 1
        if k - j < 3:
            continue
        end = syls[k - 1].end
        holder = next(
            (m for m in range(j + 1, k - 1) if (syls[m].start, end) in people),
            None,
        )
        name = text[syls[holder].start : end] if holder is not None else ""
        if holder is None or begins_name(syls, holder, k, lex) or names_a_place(name, lex):
            continue  # a Vietnamese name after a body, the rules' to read; a place is no person
        if named.overlaps(syls[holder].start, end):
            continue
        body = text[syls[j].start : syls[holder - 1].end]
        position = PositionFound(
            title, body, syls[first].start, syls[holder - 1].end, syls[j].start, syls[holder - 1].end
        )
        holders.give(name, position, (syls[holder].start, end))
    _restore_ambiguous(absorbed, lex)
    return holders.found


class _Holders:
    """The officials found so far, by name, to give posts found after the rules' reading."""

    def __init__(
        self, officials: list[OfficialFound], lex: Lexicons, absorbed: list[tuple[OfficialFound, PositionFound]]
    ) -> None:
        self.found = list(officials)
        self.by_name = {o.name: o for o in officials}
        self.lex = lex
        self.absorbed = absorbed

    def give(self, name: str, position: PositionFound, mention: tuple[int, int]) -> None:
        official = self.by_name.get(name)
        if official is None:
            official = self.by_name[name] = OfficialFound(name)
            self.found.append(official)
        _add_positions(official, [position], self.lex, self.absorbed)
        official.mentions.append(mention)


def _titles_no_post_holds(
    text: str, read: list[_Sentence], officials: list[OfficialFound]
) -> Iterator[tuple[list[Syllable], int, str, int]]:
    """Each title the rules read that no post holds: its sentence's syllables, its first
    syllable, the title as it ends and where the body after it begins (:func:`_body_after_title`)."""
    posts = SpanIndex((p.start, p.end) for o in officials for p in o.positions)
    for sentence in read:
        syls = sentence.syls
        for first, stop, title in sentence.titles:
            if not posts.overlaps(syls[first].start, syls[stop - 1].end):
                yield syls, first, *_body_after_title(text, syls, first, stop, title)


def _chiefs_after_a_model_body(
    text: str, read: list[_Sentence], officials: list[OfficialFound], ner: list[tuple[int, int, str]], lex: Lexicons
) -> list[OfficialFound]:
    """Officials a title names before a body whose name the rules could not read to its end, in
    lower case or past a dash ("Chủ tịch | Hiệp hội các DN Hàn Quốc | Đinh Đình Hải", "Giám
    đốc | Công ty TNHH xuất nhập khẩu 3A Việt Nam | Bùi Văn Đạt"): where the model's body,
    opening with a head, begins right after a title no post holds and the model's person, a
    Vietnamese name, begins right after the body, that person holds the title at that body."""
    orgs: dict[int, int] = {}
    for a, b, label in ner:
        if label == "ORG":
            orgs[a] = max(b, orgs.get(a, b))
    people = {a: b for a, b, label in ner if label == "PER"}
    named = SpanIndex(m for o in officials for m in o.mentions)
    holders = _Holders(officials, lex, [])
    for syls, first, title, j in _titles_no_post_holds(text, read, officials):
        if j >= len(syls) or syls[j].start not in orgs:
            continue
        body_end = orgs[syls[j].start]
        holder = next((k for k in range(j + 1, len(syls)) if syls[k].start > body_end), None)
        if holder is None or syls[holder].start not in people or text[body_end : syls[holder].start].strip():
            continue
        end = people[syls[holder].start]
        stop_name = next((k for k in range(holder, len(syls)) if syls[k].end == end), None)
        body = text[syls[j].start : body_end]
        if (
            stop_name is None
            or not begins_name(syls, holder, stop_name + 1, lex)
            or not leading_head(tuple(body.split()), lex)[0]
            or named.overlaps(syls[holder].start, end)
        ):
            continue
        position = PositionFound(title, body, syls[first].start, body_end, syls[j].start, body_end)
        holders.give(text[syls[holder].start : end], position, (syls[holder].start, end))
    return holders.found


def _extend_positions(
    text: str, officials: list[OfficialFound], ner: list[tuple[int, int, str]], lex: Lexicons
) -> None:
    """A position's organization takes the model's longer span when it starts at the same place."""
    ner_orgs = [(a, b) for a, b, label in ner if label == "ORG"]
    ner_ends: dict[int, list[int]] = {}
    for a, b in ner_orgs:
        ner_ends.setdefault(a, []).append(b)
    person_spans = SpanIndex(m for o in officials for m in o.mentions)
    for official in officials:
        for position in official.positions:
            if position.org_start is None or position.org_end is None:
                continue
            longer = [
                b
                for b in ner_ends.get(position.org_start, ())
                if b > position.org_end
                and (
                    fair_extension(text, position.org_start, position.org_end, b, person_spans, lex)
                    or _names_a_bare_head(text, position, b, person_spans, lex)
                )
            ]
            if longer:
                shorter = position.organization
                position.org_end = max(longer)
                position.organization = text[position.org_start : position.org_end]
                position.end = max(position.end, position.org_end)
                if shorter:
                    _lengthen_composed(official.positions, shorter, position.organization)


def _names_a_bare_head(text: str, position: PositionFound, end: int, person_spans: SpanIndex, lex: Lexicons) -> bool:
    """Is the model's span to ``end`` the name of a post's body the rules read as a head alone,
    one that names no body by itself ("Chủ tịch Hiệp hội | các DN Hàn Quốc", "Giám đốc Bệnh
    viện | (BV) phẫu thuật thẩm mỹ EMCSA")? The rules read no name there, so the model's is the
    only reading, taken where it runs into no person and no predicate and reads as a name."""
    start = position.org_start
    words = tuple((position.organization or "").split())
    head_length, head = leading_head(words, lex)
    tail = text[position.org_end or end : end]
    return (
        start is not None
        and head is not None
        and not head.standalone
        and not _after_legal_forms(words[head_length:], lex)  # "Công ty | TNHH |": a legal form names no company
        and any(ch.isupper() or ch.isdigit() for ch in tail)  # the name the model reads after the head
        and not person_spans.overlaps(start, end)
        and _before_predicate(text, start, end, lex) == end
        and _plausible_name(text[start:end])
    )


def _lengthen_composed(positions: list[PositionFound], shorter: str, longer: str) -> None:
    """The posts given an organization the model's span lengthened, not written after their
    own title, take the longer name too ("Phó Chủ tịch HĐQT | kiêm Phó Tổng Giám đốc Ngân hàng
    TMCP Sài Gòn - Hà Nội": the board's bank was read before the model's span gave it its last
    words)."""
    for other in positions:
        org = other.organization
        if other.org_start is None and org and (org == shorter or org.endswith(f" {shorter}")):
            other.organization = org[: -len(shorter)] + longer


_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?)+[^\W\d_]?\.?")


def _a_person_addressed(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Is a model span with no head right after an honorific ("chị | H'Linh Mlô", "ông | Hun
    Sen", "bị cáo | …")? A person the model took for a body: VLSP 2018 tags no ORG span right
    after "ông", "bà", "anh", "chị", "bị cáo" or another honorific a body (of 1,100 names there,
    two ORG, both a person's given name, "bà | Nghĩa")."""
    before = text[max(0, start - 12) : start].split()
    defendant = before[-2:] in (["bị", "cáo"], ["bị", "can"])
    # (not "báo Anh | Mirror": England's)
    addressed = bool(before) and lex.is_honorific(before[-1]) and (before[-1],) not in lex.countries
    return (defendant or addressed) and not leading_head(tuple(text[start:end].split()), lex)[0]


def _plausible_name(name: str) -> bool:
    """An organization's name has a capital or a digit, no clause punctuation, and is not a
    bare generic word ("Tập đoàn; ông" is the model running over a clause break)."""
    if not any(ch.isupper() or ch.isdigit() for ch in name) or len(name) < 2 or ";" in name:
        return False
    if "," in name and not _kinds_listed_after_a_plural(name):
        return False
    if _INITIALS.fullmatch(name):
        return False  # "N.X", "T.D": a person's initials (a byline, a defendant)
    lower_run = longest = 0
    for word in name.split():
        if word in ("các", "những") or not word[:1].islower():
            # "Ban Quản lý | các | dự án nông nghiệp": a plural opens the object of the body's
            # line of work, a phrase of its own
            lower_run = 0
        else:
            lower_run += 1
        longest = max(longest, lower_run)
    # "Cục quản lý xây dựng rà soát lại các vị trí …" runs into its clause; a name that ends in a
    # capitalized word (a place) may hold a longer field ("Đài khí tượng thủy văn khu vực | Nam Bộ")
    return longest <= (5 if lower_run else _CLOSED_LOWER_RUN)


_CLOSED_LOWER_RUN = 8


def _kinds_listed_after_a_plural(name: str) -> bool:
    """Is every comma in a name inside the list of kinds a union names after "các", closed by a
    capitalized place ("Hiệp hội các trường đại học, cao đẳng Việt Nam", "Liên hiệp các Hội Văn
    học, Nghệ thuật Việt Nam"; VLSP 2018 tags the first whole, twice)?"""
    words = name.split()
    if "các" not in words or not words[-1][:1].isupper():
        return False
    plural = words.index("các")
    return all("," not in w for w in words[: plural + 1]) and not words[-1].endswith(",")


def _entity_spans(text: str, read: list[_Sentence], officials: list[OfficialFound], lex) -> list[EntitySpan]:
    spans: list[EntitySpan] = []
    for sentence in read:
        syls = sentence.syls
        org_cover: set[int] = set()
        for org in sentence.orgs:
            spans.append(EntitySpan("ORG", org.start, org.end))
            org_cover.update(range(org.first, org.stop))
        for (first, stop), _ in sentence.reading.links:
            spans.append(EntitySpan("PER", syls[first].start, syls[stop - 1].end))
        for first, stop in sentence.reading.persons:
            spans.append(EntitySpan("PER", syls[first].start, syls[stop - 1].end))
        i = 0
        while i < len(syls):
            unit = match_phrase(syls, i, lex.admin_units, lex) if i not in org_cover else 0
            k = i + unit
            while unit and k < len(syls) and syls[k].is_upper_initial and syls[k].is_alpha and k not in org_cover:
                k += 1
            if unit and k > i + unit:
                spans.append(EntitySpan("LOC", syls[i].start, syls[k - 1].end))
                i = k
            else:
                i += 1
    unique = sorted(set(spans), key=lambda s: (s.start, -s.end))
    return unique
