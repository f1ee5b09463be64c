"""The statistical NER's spans in the VLSP 2018 convention, read with the words around them.

The model sees syllables, three each side. What it cannot see, or what the syllable tokenizer
glues, is mended here before the spans serve the institution reader and the ``entities``
layer: the word before a span ("ở Rockport" is a place), the unit or place word a place takes
("tỉnh | Bắc Giang"), and pairs the tokenizer keeps as one token ("AFP/TTXVN", "Sài
Gòn-Chợ Lớn"). Every rule is counted on VLSP 2018's training part (the counts are in each
docstring) and was kept only where it helped one held-out part and hurt neither
(``models/README.md``).
Spans are ``(start, end, label)`` over the normalized text.
"""

from __future__ import annotations

import re

from ..lexicon.phrases import head_at, looks_foreign, names_a_state
from ..text.normalize import canonical
from ..text.syllables import SYLLABLE_RE, syllable_tokens

Span = tuple[int, int, str]

# Punctuation a model span may carry at its edges ("TP. HCM)", "Bà Rịa-").
EDGE_PUNCTUATION = " -–—,.;:/(\"“”'"


def in_vlsp_convention(text: str, spans: list[Span], lex) -> list[Span]:
    """The model's spans mended by the rules below, in text order."""
    spans = joined_descriptions(text, country_before_name(text, states_as_places(text, spans, lex), lex))
    spans = street_addresses(text, regions_apart(text, split_place_pairs(text, spans, lex)))
    spans = persons_apart(text, sources_apart(text, products_and_companies(text, spans)), lex)
    return in_place_context(text, persons_after_bodies(text, part_numbers(text, spans), lex), lex)


_PART_NUMBER = re.compile(r"\(P\.\d{1,2}\)")


def part_numbers(text: str, spans: list[Span]) -> list[Span]:
    """A part's number alone in brackets ("… 'nghèo rớt mùng tơi' (P.2)", a series' second
    article) is no ward ("P.2, Q.3" in an address is): VLSP 2018's training part leaves both of
    its "(P.1)" and "(P.2)" untagged."""
    return [
        span
        for span in spans
        if not (span[2] == "LOC" and _PART_NUMBER.fullmatch(text, max(0, span[0] - 1), span[1] + 1))
    ]


# English words that end a product's or a company's name, never a person's: in VLSP 2018's
# training part no PERSON span ends in any of them; after a capitalized word "Bank",
# "Group", "Online", "Digital" end 10 ORGANIZATION spans and 1 untagged phrase; "Pay", "Pro"
# end only untagged ones (47), product names ("cài đặt Etax Mobile").
_COMPANY_WORDS = frozenset({"Bank", "Group", "Holdings", "Online", "Digital", "Corporation", "Corp"})
_PRODUCT_WORDS = frozenset({"Mobile", "App", "Pay", "Pro", "Smart", "Tech"})


def products_and_companies(text: str, spans: list[Span]) -> list[Span]:
    """A model PER span that ends in a company's word is an organization ("… Group"); one
    that ends in a product's word is no entity ("Etax Mobile")."""
    mended: list[Span] = []
    for start, end, label in spans:
        last = text[start:end].split()[-1:]
        if label == "PER" and last and last[0] in _COMPANY_WORDS:
            mended.append((start, end, "ORG"))
        elif not (label == "PER" and last and last[0] in _PRODUCT_WORDS):
            mended.append((start, end, label))
    return mended


# What VLSP 2018's training part says of the word before a name: after a locative comes a
# place, never a person (after "ở": 424 places, 15 organizations, no person; after "tại":
# 350, 98, 0); "tại" also leads to a workplace ("tại Bệnh viện …", "tại Google"), the others
# rarely. A place's span takes its administrative unit ("tỉnh Bắc Giang": 176 of 183 times
# after "tỉnh", 144 of 145 after "huyện"; 5 of 8 after "các tỉnh", "các xã").
_PERSON_NOT_AFTER = frozenset({"ở", "tại", "gần", "sang", "quanh"})
_ORGANIZATION_NOT_AFTER = frozenset({"ở", "gần", "sang", "quanh"})


def _words_before(text: str, start: int, count: int) -> list[tuple[str, int]]:
    """The last ``count`` syllables directly before ``start`` (canonical) with their starts,
    spaces only between them and the span; fewer where punctuation or a line break intervenes."""
    found = list(SYLLABLE_RE.finditer(text, max(0, start - 12 * count), start))
    words: list[tuple[str, int]] = []
    edge = start
    for m in reversed(found):
        if len(words) == count or text[m.end() : edge].strip(" ") or not m.group()[:1].isalnum():
            break
        words.insert(0, (canonical(m.group()), m.start()))
        edge = m.start()
    return words


def in_place_context(text: str, spans: list[Span], lex) -> list[Span]:
    """Model spans read by the word before them: a person or a head-less, plainly written
    organization right after a locative is a place ("ở Rockport", "tại Orange County"); a
    capitalized place takes the administrative unit written before it."""
    result = []
    for start, end, label in spans:
        before = _words_before(text, start, 1)
        previous = before[-1][0].lower() if before else ""
        person = label == "PER" and previous in _PERSON_NOT_AFTER
        organization = label == "ORG" and previous in _ORGANIZATION_NOT_AFTER
        if person or (organization and _plainly_written(text, start, end, lex)):
            label = "LOC"
        if label == "LOC" and text[start].isupper():
            start = _unit_before(start, _words_before(text, start, 4), lex)
        elif label == "ORG" and before and before[-1][0] == "Tổng":
            start = before[-1][1]  # "Tổng | LĐLĐ Việt Nam": never outside an organization in VLSP
        result.append((start, end, label))
    return result


def _plainly_written(text: str, start: int, end: int, lex) -> bool:
    """No institution head, acronym, inner capital or digit ("NASA", "OceanBank", "U19 Hà Nội"
    after "ở" are organizations)."""
    words = text[start:end].split()
    if any(any(ch.isdigit() for ch in w) or any(ch.isupper() for ch in w[1:]) for w in words):
        return False
    syls = syllable_tokens(text, start, end)
    return not syls or head_at(syls, 0, lex) is None


def _unit_before(start: int, before: list[tuple[str, int]], lex) -> int:
    """Where a place's span starts once it takes the administrative unit or the place word
    just before it ("tỉnh | Bắc Giang", "bán đảo | Triều Tiên", "Cộng hòa | Thổ Nhĩ Kỳ").
    Place words, counted in VLSP 2018's training part inside a place's span / directly before
    it: Cộng hòa 3/0, Vương quốc 4/0, Liên bang 2/0, bang 9/0, châu 74/0, xứ 23/0, miền 37/1,
    sông 35/0, hồ 22/0, chợ 7/0, cầu 11/1, đường 25/6, sân bay 13/3, bán đảo 8/2."""
    for n in range(min(3, len(before)), 0, -1):
        unit = tuple(word for word, _ in before[-n:])
        lowered = (unit[0].lower(), *unit[1:])
        if not (unit in lex.admin_units or unit in lex.place_words or lowered in lex.place_words):
            continue
        if n < len(before) and lex.dictionary.has(f"{before[-n - 1][0]} {unit[0]}"):
            return start  # the end of another word: "yêu cầu | Mỹ", "cảnh sát liên bang | Iraq"
        return before[-n][1]
    return start


def joined_descriptions(text: str, spans: list[Span]) -> list[Span]:
    """A place the model broke after its lower-case description is one place ("Khu du lịch sinh
    thái | Mỹ Lệ"): of VLSP's 5 850 training places, 3 are followed, one space on, by another
    place when they end in a lower-case word, all three a region of it ("miền đông |
    Bangladesh"), which :func:`regions_apart` splits off."""
    result: list[Span] = []
    for start, end, label in sorted(spans):
        if result:
            a, b, previous = result[-1]
            if (
                previous == label == "LOC"
                and text[b:start] == " "
                and text[a:b].split()[-1][:1].islower()
                and text[start].isupper()
                and not _REGION.fullmatch(text[a:b])
            ):
                result[-1] = (a, end, label)
                continue
        result.append((start, end, label))
    return result


_SOURCE_SLASH = re.compile(r"(?<=[^\W_]|\+)/(?=[^\W\d_])")


def sources_apart(text: str, spans: list[Span]) -> list[Span]:
    """Two sources of a credit are two organizations ("AFP/TTXVN", "TTXVN/Vietnam+": 24 such
    pairs in VLSP's training part, none joined), though the tokenizer keeps them one token."""
    result = []
    for start, end, label in spans:
        name = text[start:end]
        slash = _SOURCE_SLASH.search(name) if label == "ORG" and " " not in name.strip() else None
        if slash and name[:1].isupper():
            result += [(start, start + slash.start(), label), (start + slash.end(), end, label)]
        else:
            result.append((start, end, label))
    return result


_BARE_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def persons_apart(text: str, spans: list[Span], lex) -> list[Span]:
    """Two Vietnamese names joined by a hyphen are two persons ("Nguyễn Tuyến-Thành Hữu", a
    photo credit: 42 such pairs in VLSP's training part; the joined names there are foreign:
    "Pierre-Emerick Aubameyang", "An Ting-Yao"); a rank glued after a name is not part of it
    ("Hoàng Đăng Nhiễu-Thượng tá …")."""
    result = []
    for start, end, label in spans:
        name = text[start:end]
        hyphens = list(_BARE_HYPHEN.finditer(name)) if label == "PER" else []
        if len(hyphens) == 1:
            cut = start + hyphens[0].start()
            left, right = text[start:cut].split(), text[cut + 1 : end].split()
            vietnamese = all(w[:1].isupper() and not looks_foreign(w) for w in left + right)
            if vietnamese and len(left) >= 2 and len(right) >= 2:
                result += [(start, cut, label), (cut + 1, end, label)]
                continue
            rank = tuple(text[cut + 1 :].split()[:2])
            if vietnamese and len(left) >= 2 and len(right) == 1 and rank in lex.honorifics:
                result.append((start, cut, label))
                continue
        result.append((start, end, label))
    return result


def persons_after_bodies(text: str, spans: list[Span], lex) -> list[Span]:
    """ "Chủ nhiệm Ủy ban Pháp luật của Quốc hội | Hoàng Thanh Tùng": a model ORG span that
    runs through "của" (or follows it) and ends in a name led by a surname holds the person who
    heads the body before "của". In VLSP 2018's training part 2 ORG spans hold "của" ("… của
    Quốc hội", "… của Bloomberg") and none ends in a person's name, so the split cannot undo a
    tagged organization; a name after a body without "của" (a school named after a person,
    "Trường THPT Nguyễn Trãi") is left, and so is a two-syllable one (VLSP's test part: "của
    khoa Cấp cứu Bệnh viện Trưng Vương")."""
    result: list[Span] = []
    for start, end, label in spans:
        name = text[start:end]
        owner = name.rfind(" của ")
        owned = owner > 0 or text[max(0, start - 4) : start] == "của "  # "… của | Ủy ban Thường vụ Quốc hội X"
        words = name[owner + 5 if owner > 0 else 0 :].split() if label == "ORG" and owned else []
        for size in (4, 3):  # two syllables are as often a body's namesake ("Bệnh viện Trưng Vương")
            person = words[-size:]
            if (
                len(words) > size
                and person[0] in lex.family_names
                and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in person)
                and tuple(person) not in lex.places
            ):
                cut = end - len(" ".join(person))
                if text[cut:end] == " ".join(person):
                    result += [(start, len(text[:cut].rstrip()), label), (cut, end, "PER")]
                    break
        else:
            result.append((start, end, label))
    return result


_REGION = re.compile(r"miền (?:bắc|nam|tây|đông|trung|tây bắc|tây nam|đông bắc|đông nam)")


def regions_apart(text: str, spans: list[Span]) -> list[Span]:
    """A region written in lower case before its country is a place of its own ("miền bắc |
    Ba Lan", "tỉnh miền tây | Anbar": 5 of 5 in VLSP's training part)."""
    result = []
    for start, end, label in spans:
        region = _REGION.match(text, start, end) if label == "LOC" else None
        if region and text[region.end() : region.end() + 1] == " " and text[region.end() + 1 : end][:1].isupper():
            result += [(start, region.end(), label), (region.end() + 1, end, label)]
        else:
            result.append((start, end, label))
    return result


# A house number and its street: "số 5 Tứ Hoa", "36 Lý Thái Tổ", "448/15 Lê Văn Sỹ", after "tại",
# "ở", a comma or a bracket and before a comma, a bracket or the end of the sentence.
_STREET_ADDRESS = re.compile(
    r"(?:(?<=tại )|(?<=ở )|(?<=, )|(?<=\())((?:số )?\d+[A-Z]?\d?(?:/\d+[A-Z]?)*((?: [^\W\d_]+)+))(?=[,;.)]|$| \()"
)


def street_addresses(text: str, spans: list[Span]) -> list[Span]:
    """A street address is a place (32 of 33 such phrases in VLSP 2018; the model reads the
    street's namesake as a person: "41 Lê Hồng Phong"). The street is capitalized words, not
    an acronym ("1 HCV, 2 HCB"). It replaces model spans inside it and gives way to any it
    would cut."""
    result = list(spans)
    for m in _STREET_ADDRESS.finditer(text):
        street = m.group(2).split()
        if not all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in street):
            continue
        start, end = m.span(1)
        if any(a < end and start < b and not (start <= a and b <= end) for a, b, _ in result):
            continue
        result = [span for span in result if not (start <= span[0] and span[1] <= end)]
        result.append((start, end, "LOC"))
    return sorted(result)


_PLACE_JOINT = re.compile(r"(?<=[^\W\d_])[-–](?=[^\W\d_])| [-–] ")
_DIRECTIONS = frozenset({"Đông", "Tây", "Nam", "Bắc"})


def split_place_pairs(text: str, spans: list[Span], lex) -> list[Span]:
    """Two places joined by a hyphen or a dash are two places ("Sài Gòn-Chợ Lớn", "Bãi Cháy -
    Quảng Ninh": 150 such pairs in VLSP's training part, 7 joined ones), the model's tokens
    notwithstanding; one place's own hyphen stays ("Bà Rịa - Vũng Tàu", "Thừa Thiên-Huế",
    "Đông-Nam Á", "TT-Huế", "Rostov-on-Don", "cao tốc Pháp Vân - Cầu Giẽ")."""
    result = []
    for span in spans:
        start, end, label = span
        name = text[start:end].strip(EDGE_PUNCTUATION)
        joints = list(_PLACE_JOINT.finditer(name)) if label == "LOC" else []
        if len(joints) != 1:
            result.append(span)
            continue
        joint = joints[0]
        left, right = name[: joint.start()].split(), name[joint.end() :].split()
        dashed = name.replace("–", "-")
        if (
            all(w[:1].isupper() for w in left + right)
            and not left[-1].isupper()
            and not (len(left) == 1 and left[0] in _DIRECTIONS)
            and tuple(canonical(dashed.replace("-", " ")).split()) not in lex.places
            and tuple(canonical(dashed.replace("-", " - ")).split()) not in lex.places
        ):
            offset = text.index(name, start)
            result += [(start, offset + joint.start(), label), (offset + joint.end(), end, label)]
        else:
            result.append(span)
    return result


def states_as_places(text: str, spans: list[Span], lex) -> list[Span]:
    """A state's formal name the model reads as an organization is a place ("Đại sứ Cộng hòa
    Liên bang Đức"): 14 of the 15 such spans in VLSP 2018's training part are places."""
    return [
        (
            start,
            end,
            "LOC" if label == "ORG" and names_a_state(text[start:end].strip(EDGE_PUNCTUATION).split(), lex) else label,
        )
        for start, end, label in spans
    ]


def country_before_name(text: str, spans: list[Span], lex) -> list[Span]:
    """A country written just before a foreign name is a place, and the name a person, however
    the model cut them ("nhà báo Đức | Alexander Osang", "sử gia Nga | Yuri Pasholok", "quân đội
    Mỹ | Ryan Dillon": 68 of 77 such names in VLSP's training part are persons, and 74 of 82
    of the countries are tagged). Not where the model reads an organization ("CLB bóng đá Đức
    Borussia Dortmund"), nor after an honorific that is also a country ("Anh Steve Jobs")."""
    result = list(spans)
    for m in lex.country_pattern.finditer(text):
        country = tuple(m.group().split(" "))
        if len(country) == 1 and lex.is_honorific(country[0]):
            continue
        stop = _foreign_name_end(text, m.end() + 1, lex) if text[m.end() : m.end() + 1] == " " else m.end()
        if stop == m.end():
            continue
        start, end = m.start(), stop
        overlapping = [span for span in result if span[0] < end and start < span[1]]
        if any(label == "ORG" or a < start or b > end for a, b, label in overlapping):
            continue
        result = [span for span in result if span not in overlapping]
        result += [(start, m.end(), "LOC"), (m.end() + 1, end, "PER")]
    return sorted(result)


def _foreign_name_end(text: str, start: int, lex) -> int:
    """Where a foreign name from ``start`` ends: two to four capitalized words, not places, one
    at least not a Vietnamese syllable ("Ryan Dillon", "Theresa May"), the first not a
    Vietnamese surname; ``start - 1`` if there is none."""
    words: list[str] = []
    end = start
    for m in re.finditer(r"\S+", text[start : start + 80]):
        word = m.group().rstrip(".,;:!?)\"”'’")
        if (
            m.start() != (end - start + 1 if words else 0)
            or len(words) == 4
            or not word[:1].isupper()
            or not word.replace("-", "").isalpha()
            or (word,) in lex.countries
            or (word,) in lex.places
        ):
            break
        words.append(word)
        end = start + m.start() + len(word)
        if word != m.group():
            break
    if len(words) < 2 or words[0] in lex.surnames or not any(map(looks_foreign, words)):
        return start - 1
    if any(tuple(words[:k]) in lex.places or tuple(words[:k]) in lex.countries for k in range(2, len(words) + 1)):
        return start - 1  # "Mỹ New York"
    return end
