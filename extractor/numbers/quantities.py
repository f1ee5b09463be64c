"""Finding percentages and money amounts in running (normalized) text.

The finder walks the token stream once. Where a numeral starts (see
:mod:`extractor.numbers.grammar`) it reads it, then looks at what follows: ``%`` / ``phần trăm``
(a percentage), ``điểm phần trăm`` (percentage points), a currency (money), a range
separator and a second numeral, a price unit (``đồng/kg``). Before it, it looks for a
qualifier (``hơn``, ``khoảng`` …) and a sign (``âm``). An amount in ``tỷ`` / ``triệu`` with
no currency is money only when its clause is about money and no noun follows it
(``vốn đầu tư 500 tỷ`` is money; ``1,5 triệu người`` is not).

Spans here index the normalized text; :mod:`extractor.pipeline` maps them back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cached_property
from typing import Literal, overload

from ..lexicon.dictionary import WordDictionary
from ..lexicon.loader import data_lines
from .grammar import EXACT, SCALE_WORDS, Numeral, Style, Token, read_numeral, scale_of, tokenize

RANGE_SEPARATORS = frozenset({"-", "–", "—", "~", "đến", "tới"})
# Words that may follow a bare "500 tỷ" in a sentence about money without being the thing
# counted: punctuation and function words. Any other word (người, cổ phiếu, tấn) makes
# the amount a count.
_AFTER_BARE_AMOUNT = frozenset(
    "và hoặc cho từ so trong vào của để thì là với tại nhưng nên đã sẽ được bị trên dưới mỗi "
    "một nhằm thuộc khi do nữa rồi trở lên này đó mà , . ; : ) ( - – … ! ? ” ',".split()
)
# "đồng" after a number is the currency, unless it begins one of these words.
_DONG_COMPOUNDS = frozenset(
    "chí bào nghiệp đội hương phạm minh thời ý tình hồ loại bằng lòng phục tâm hành cảm ca "
    "dao môn niên học hạng đẳng nhất bộ khởi thuận tác tử cỏ ruộng lúa quê sàng thanh âm dạng "
    "chủ sở hưởng trinh văn diễn tộc đều nghĩa loạt điệu lõa sự thau nát bọn sáng xu vị tính".split()
)
_CLAUSE_BREAK = re.compile(r"[;:!?\n…]|[.,](?!\d)")
_VIETNAMESE_DECIMAL = re.compile(r"\d,\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3})+,\d")
_ENGLISH_DECIMAL = re.compile(r"\d\.\d{1,2}(?!\d)|\d{1,3}(?:,\d{3})+\.\d")
_UNIT_AFTER = re.compile(r"\s*(?:%|phần trăm|tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|VND|VNĐ)", re.IGNORECASE)


Placement = Literal["after", "before", "both"]


@dataclass(frozen=True, slots=True)
class Currency:
    words: tuple[str, ...]
    code: str
    factor: Decimal
    case_sensitive: bool
    place: Placement = "after"  # where it may stand: after the number, before it, or both

    @property
    def is_code(self) -> bool:
        """Written in letters ("USD", "Rs"), not a symbol: a space may part it from its number."""
        return self.words[-1][-1].isalpha()


@dataclass(frozen=True, slots=True)
class Qualifier:
    words: tuple[str, ...]  # lower case
    qualifier: str
    comparative: bool = False  # "cao hơn": no bound when "so với" follows in the clause


@dataclass(frozen=True, slots=True)
class Found:
    """A percentage or money amount in the normalized text."""

    kind: Literal["percentage", "money"]
    value: Decimal
    value_max: Decimal | None
    qualifier: str | None
    start: int
    end: int
    clause_start: int
    clause_end: int
    unit: Literal["percent", "point"] | None = None
    currency: str | None = None
    per: str | None = None


def _words(phrase: str) -> tuple[str, ...]:
    from ..text.normalize import canonical

    return tuple(t.text for t in tokenize(canonical(phrase)))


@dataclass(frozen=True)
class QuantityTables:
    """The word lists the amount reader reads: currencies, qualifiers, money cues, and the
    segmenter's dictionary (a colloquial currency word that makes a word with the next is not
    one: "một đô thị")."""

    currencies: tuple[Currency, ...]
    qualifiers: tuple[Qualifier, ...]  # standing before the number
    qualifiers_after: tuple[Qualifier, ...]  # standing after the amount: "trở lên"
    negations: tuple[tuple[str, ...], ...]  # turning a bound around: "không được" cao hơn
    money_cues: tuple[tuple[str, ...], ...]
    dictionary: WordDictionary
    # After a comparative ("cao hơn 30% so với …"): anywhere later in the clause / straight after.
    compared_in_clause: re.Pattern[str] = re.compile(r"(?!)")
    compared_next: re.Pattern[str] = re.compile(r"(?!)")

    @classmethod
    def load(cls, dictionary: WordDictionary | None = None) -> QuantityTables:
        currencies = []
        for line in data_lines("currencies.tsv"):
            phrase, code, factor, match, place = line.split("\t")
            if place not in ("after", "before", "both"):
                raise ValueError(f"currencies.tsv: place must be after, before or both: {line!r}")
            currencies.append(Currency(_words(phrase), code, Decimal(factor), match == "cs", place))  # type: ignore[arg-type]
        before: list[Qualifier] = []
        after: list[Qualifier] = []
        negations: list[tuple[str, ...]] = []
        for line in data_lines("qualifiers.tsv"):
            phrase, qualifier, place = line.split("\t")
            words = tuple(w.lower() for w in _words(phrase))
            if place == "negation":
                negations.append(words)
                continue
            if place not in ("before", "after", "comparative"):
                raise ValueError(f"qualifiers.tsv: place must be before, after, comparative or negation: {line!r}")
            row = Qualifier(words, qualifier, place == "comparative")
            (after if place == "after" else before).append(row)
        return cls(
            currencies=tuple(sorted(currencies, key=lambda c: -len(c.words))),
            qualifiers=tuple(sorted(before, key=lambda r: -len(r.words))),
            qualifiers_after=tuple(sorted(after, key=lambda r: -len(r.words))),
            negations=tuple(sorted(negations, key=len, reverse=True)),
            money_cues=tuple(tuple(w.lower() for w in _words(line.strip())) for line in data_lines("money_cues.txt")),
            dictionary=dictionary if dictionary is not None else WordDictionary.load(),
            **_comparison_patterns(),
        )

    @cached_property
    def qualifiers_by_last_word(self) -> dict[str, tuple[Qualifier, ...]]:
        """Qualifiers before a number by their last word, longest first: one look-up per number."""
        index: dict[str, list[Qualifier]] = {}
        for row in self.qualifiers:  # already longest first
            index.setdefault(row.words[-1], []).append(row)
        return {word: tuple(rows) for word, rows in index.items()}

    @cached_property
    def currencies_by_first_word(self) -> dict[str, tuple[Currency, ...]]:
        """Currencies by their first word in lower case, longest phrase first."""
        index: dict[str, list[Currency]] = {}
        for currency in self.currencies:
            index.setdefault(currency.words[0].lower(), []).append(currency)
        return {word: tuple(found) for word, found in index.items()}


def _comparison_patterns() -> dict[str, re.Pattern[str]]:
    phrases: dict[str, list[str]] = {"clause": [], "next": []}
    for line in data_lines("comparison_cues.tsv"):
        phrase, where = line.split("\t")
        phrases[where].append(r"\s+".join(re.escape(w) for w in phrase.split()))
    return {
        "compared_in_clause": re.compile(r"(?<!\w)(?:" + "|".join(phrases["clause"]) + r")(?!\w)", re.IGNORECASE),
        "compared_next": re.compile(r"\s*(?:" + "|".join(phrases["next"]) + r")(?!\w)", re.IGNORECASE),
    }


def number_style(text: str) -> Style:
    """Guess whether a document writes decimals with a comma (vi) or a point (en).

    Only numbers next to a unit count as evidence: a date such as ``22.9`` says nothing.
    """
    vi = en = 0
    runs = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(text)]
    starts = [a for a, _ in runs]
    for pattern, is_vi in ((_VIETNAMESE_DECIMAL, True), (_ENGLISH_DECIMAL, False)):
        for m in pattern.finditer(text):
            if _UNIT_AFTER.match(text, _run_end(runs, starts, m.end())):
                if is_vi:
                    vi += 1
                else:
                    en += 1
    return "en" if en > vi else "vi"


# A run of digits with separators between digit groups: one pass over the text finds them
# all, so a long run ("1.1.1.1…") is read once, not again from every match inside it.
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")


def _run_end(runs: list[tuple[int, int]], starts: list[int], position: int) -> int:
    """Where the digit run that ``position`` is in (or ends) ends; ``position`` if none."""
    k = bisect_right(starts, position) - 1
    if k >= 0 and runs[k][0] <= position <= runs[k][1]:
        return runs[k][1]
    return position


def _match_words(tokens: list[Token], i: int, words: tuple[str, ...], case_sensitive: bool) -> bool:
    if i + len(words) > len(tokens):
        return False
    for k, word in enumerate(words):
        token = tokens[i + k]
        if (token.text if case_sensitive else token.lower) != (word if case_sensitive else word.lower()):
            return False
        if k and token.start - tokens[i + k - 1].end > 1:
            return False
    return True


def _joins_into_word(word: Token, following: Token, tables: QuantityTables) -> bool:
    """Does a colloquial currency word ("đô", "yên", "tệ") make a dictionary word with the next?"""
    return bool(
        word.text.islower() and following.text.isalpha() and tables.dictionary.has(f"{word.text} {following.text}")
    )


def _currency_at(
    tokens: list[Token], i: int, tables: QuantityTables, before_number: bool = False
) -> tuple[Currency, int] | None:
    """The currency written at token ``i`` and the index after it, if any.

    ``before_number`` looks for one written before its number ("$5", "VND1.000", "Rs 5").
    """
    if i >= len(tokens):
        return None
    for currency in tables.currencies_by_first_word.get(tokens[i].lower, ()):
        if currency.place != "both" and (currency.place == "before") != before_number:
            continue
        if not _match_words(tokens, i, currency.words, currency.case_sensitive):
            continue
        stop = i + len(currency.words)
        following = tokens[stop] if stop < len(tokens) else None
        if following is not None and currency.words == ("đồng",) and following.lower in _DONG_COMPOUNDS:
            return None  # đồng chí, đồng thời: not the currency
        if following is not None and currency.words == ("đồng",) and _opens_a_place_name(tokens[i], following):
            return None  # "Ngã ba | Đồng Lộc", "hai | Đồng Nai": a place's name, not the currency
        if (
            following is not None
            and currency.words == ("đ",)
            and following.start == tokens[i].end
            and following.lower[:1].isalpha()
        ):
            return None  # "đ" glued to more letters is part of a word; to "." or "/" it is the currency
        if following is not None and currency.case_sensitive and _joins_into_word(tokens[i], following, tables):
            return None  # "một đô thị", "yên tâm", "tệ hại": a word, not the currency
        if currency.words[0] in _POUNDS and any(t.lower in _WEIGHT_WORDS for t in tokens[max(0, i - 8) : i]):
            return None  # "2kg (404 pounds)": the weight
        return currency, stop
    return None


def _percent_at(tokens: list[Token], i: int) -> tuple[Literal["percent", "point"], int] | None:
    if i < len(tokens) and tokens[i].text == "%":
        return "percent", i + 1
    if _match_words(tokens, i, ("phần", "trăm"), False):
        return "percent", i + 2
    if i < len(tokens) and tokens[i].lower == "điểm":
        if _match_words(tokens, i + 1, ("phần", "trăm"), False):
            return "point", i + 3
        if i + 1 < len(tokens) and tokens[i + 1].text == "%":
            return "point", i + 2
    return None


def _opens_a_place_name(word: Token, following: Token) -> bool:
    """Is a capitalized "Đồng" followed by another capitalized syllable ("Đồng Nai", "Đồng
    Tháp", "Đồng Lộc"): the first syllable of a place's name?"""
    return word.text[:1].isupper() and following.text[:1].isupper() and following.text[:1].isalpha()


# What a price may be per, in two words ("đồng/học sinh", "USD/cổ phiếu").
_TWO_WORD_UNITS = frozenset(
    {
        "cổ phiếu", "độ mủ", "người dân", "lượt xe", "năm học", "hộ gia", "suất ăn",
        "học sinh", "sinh viên", "học viên", "bệnh nhân", "hành khách", "khách hàng",
        "lao động", "công nhân", "đầu người", "căn hộ", "mét vuông", "hộ nghèo",
    }
)  # fmt: skip


def _per_unit(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A price unit after a currency: ``/kg``, ``/cổ phiếu``, ``/m2``."""
    if i + 1 >= len(tokens) or tokens[i].text != "/" or tokens[i + 1].start - tokens[i].end > 1:
        return None
    first = tokens[i + 1]
    if first.lower in ("một", "1", "mỗi") and i + 2 < len(tokens) and tokens[i + 2].start - first.end == 1:
        i += 1  # "80.000 USD/ một đêm", "600 nghìn đồng/1 lạng", "40.000 USD/ mỗi đêm": per night, per tael
        first = tokens[i + 1]
    if not first.text[0].isalpha():
        return None
    stop = i + 2
    if stop < len(tokens) and tokens[stop].is_digits and tokens[stop].start == first.end:
        stop += 1  # m2, m3
    elif stop < len(tokens) and tokens[stop].text[0].isalpha() and tokens[stop].start - first.end == 1:
        pair = f"{first.lower} {tokens[stop].lower}"
        if pair in _TWO_WORD_UNITS:
            stop += 1
    unit = tokens[i + 1 : stop]
    # as written: "m2" is one word, "cổ phiếu" two
    return "".join((" " if k and t.start > unit[k - 1].end else "") + t.text for k, t in enumerate(unit)), stop


def _qualifier_before(tokens: list[Token], i: int, tables: QuantityTables) -> tuple[Qualifier | None, int]:
    """The qualifier just before token ``i`` and the index where it starts."""
    j = i
    dots = 0
    while j > 0 and tokens[j - 1].text in (".", "…"):
        dots += 3 if tokens[j - 1].text == "…" else 1
        j -= 1
    if dots < 3:  # only an ellipsis sits between a qualifier and its number: "khoảng... 12%"
        j = i
    if j == 0:
        return None, i
    for row in tables.qualifiers_by_last_word.get(tokens[j - 1].lower, ()):
        k = j - len(row.words)
        if k >= 0 and _match_words(tokens, k, row.words, False):
            turned = _NEGATED.get(row.qualifier)
            if turned is not None:
                for negation in tables.negations:
                    n = k - len(negation)
                    if n >= 0 and _match_words(tokens, n, negation, False) and tokens[k].start - tokens[k - 1].end <= 1:
                        return Qualifier(negation + row.words, turned), n
            return row, k
    return None, i


# A negation before a strict bound turns it around: not more than 5 is at most 5.
_NEGATED = {"more_than": "at_most", "less_than": "at_least"}


def _qualifier_after(tokens: list[Token], i: int, tables: QuantityTables) -> tuple[Qualifier | None, int]:
    """A bound written after the amount ("5 triệu đồng trở lên") and the index after it."""
    for row in tables.qualifiers_after:
        if i < len(tokens) and tokens[i].start - tokens[i - 1].end <= 1 and _match_words(tokens, i, row.words, False):
            return row, i + len(row.words)
    return None, i


def _minor_units(tokens: list[Token], i: int, numeral_at) -> tuple[Decimal, int] | None:
    """Cents after a whole amount: "2 đô la và 23 xu" (0.23) and the index after them."""
    k = i + 1 if i < len(tokens) and tokens[i].lower == "và" else i
    numeral = numeral_at(k) if k < len(tokens) else None
    if numeral is None or numeral.stop >= len(tokens) or tokens[numeral.stop].lower not in MINOR_UNITS:
        return None
    if numeral.value != numeral.value.to_integral_value() or not 0 < numeral.value < 100:
        return None
    return numeral.value / 100, numeral.stop + 1


# "pound" is a weight as often as the currency: beside a weight it is the weight.
_POUNDS = frozenset({"pound", "pounds"})
_WEIGHT_WORDS = frozenset({"kg", "kilogram", "ki-lô-gam", "tấn", "gam", "gram", "g", "lb", "lbs", "cân", "ký", "nặng"})
# Hundredths of a currency, read only after a whole amount of it ("2 euro 50 cent").
MINOR_UNITS = frozenset({"xu", "xen", "cent", "cents"})
# Whole currencies that have no hundredths in use.
_NO_MINOR_UNITS = frozenset({"VND", "JPY", "KRW", "LAK", "KHR", "IDR"})
# Words before a spaced currency code that make the number after it a rate of the currency
# or name the currency itself, not an amount of it: "tỷ giá USD 25.450", "đồng USD 3 tháng".
_RATE_WORDS = frozenset({"đồng", "đổi", "cặp"})


def _is_fraction_part(tokens: list[Token], i: int, stop: int) -> bool:
    """Digits glued to '/' on either side are a fraction, date or code: 11/11, 24/24h, 15/9."""
    before = tokens[i - 1] if i > 0 else None
    if (
        before is not None
        and before.text == "/"
        and before.end == tokens[i].start
        and i > 1
        and tokens[i - 2].is_digits
    ):
        return True
    if before is not None and before.text[0].isalnum() and before.end == tokens[i].start:
        return True  # glued to a word: QH13, m3
    after = tokens[stop] if stop < len(tokens) else None
    return bool(
        after is not None
        and after.text == "/"
        and after.start == tokens[stop - 1].end
        and stop + 1 < len(tokens)
        and tokens[stop + 1].is_digits
    )


# An item's context is its clause, but never more than this many characters either side of
# the item (cut at a space): a text without punctuation is one clause, and each of thousands
# of items copying all of it made memory grow with the square of the text.
MAX_CONTEXT_SIDE = 200


class _Clauses:
    """Clause boundaries of a text, for the context of each item."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]

    def around(self, start: int, end: int) -> tuple[int, int]:
        import bisect

        k = bisect.bisect_left(self.breaks, start)
        left = self.breaks[k - 1] + 1 if k > 0 else 0
        m = bisect.bisect_left(self.breaks, end)
        right = self.breaks[m] if m < len(self.breaks) else len(self.text)
        if start - left > MAX_CONTEXT_SIDE:
            cut = self.text.find(" ", start - MAX_CONTEXT_SIDE, start)
            left = cut + 1 if cut >= 0 else start - MAX_CONTEXT_SIDE
        if right - end > MAX_CONTEXT_SIDE:
            cut = self.text.rfind(" ", end, end + MAX_CONTEXT_SIDE)
            right = cut if cut >= 0 else end + MAX_CONTEXT_SIDE
        while left < right and self.text[left].isspace():
            left += 1
        while right > left and self.text[right - 1].isspace():
            right -= 1
        return left, right


def _has_money_cue(tokens: list[Token], first: int, clause_start: int, tables: QuantityTables) -> bool:
    lowered = [t.lower for t in tokens]
    k = first - 1
    while k >= 0 and tokens[k].start >= clause_start:
        for cue in tables.money_cues:
            if tuple(lowered[k - len(cue) + 1 : k + 1]) == cue:
                return True
        k -= 1
    return False


def _bare_amount_ends(tokens: list[Token], stop: int) -> bool:
    """Does a bare 'tỷ' amount end here (nothing counted after it)? A time after it counts
    nothing ("thu về 220 nghìn tỷ | năm 2025"): "năm", "tháng" or "quý" before its number."""
    if stop >= len(tokens):
        return True
    if tokens[stop].lower in _TIME_WORDS and stop + 1 < len(tokens) and _TIME_NUMBER.fullmatch(tokens[stop + 1].text):
        return True
    return tokens[stop].lower in _AFTER_BARE_AMOUNT


_TIME_WORDS = frozenset({"năm", "tháng", "quý"})
_TIME_NUMBER = re.compile(r"\d{1,4}|[IV]{1,3}")


class _Finder:
    def __init__(self, text: str, tables: QuantityTables, style: Style | None = None) -> None:
        self.tables = tables
        self.text = text
        self.tokens = tokenize(text)
        self.style: Style = style or number_style(text)
        self.clauses = _Clauses(text)
        self.found: list[Found] = []

    def numeral(self, i: int) -> Numeral | None:
        numeral = read_numeral(self.tokens, i, self.style)
        if numeral is None:
            return None
        # A bare remainder after a scale ("1 tỷ 2") only counts when a unit follows it.
        if numeral.stop < len(self.tokens) and not self._unit_at(numeral.stop):
            shorter = read_numeral(self.tokens, i, self.style, allow_remainder=False)
            if shorter is not None:
                numeral = shorter
        return numeral

    def _unit_at(self, i: int) -> bool:
        return _percent_at(self.tokens, i) is not None or _currency_at(self.tokens, i, self.tables) is not None

    def run(self) -> list[Found]:
        tokens = self.tokens
        i = 0
        while i < len(tokens):
            stop = self.read_prefixed(i)
            if stop:
                i = stop
                continue
            numeral = self.numeral(i)
            if numeral is None or _is_fraction_part(tokens, i, numeral.stop):
                i += 1
                continue
            stop = self.read_quantity(numeral)
            i = stop if stop else numeral.stop
        return self.found

    def read_quantity(self, first: Numeral) -> int | None:
        """Read the quantity that starts with ``first``; record it; return where it stops."""
        tokens, tables = self.tokens, self.tables
        j = first.stop
        percent = _percent_at(tokens, j)
        currency = _currency_at(tokens, j, tables) if percent is None else None
        high, last = None, first
        unit_stop = None
        if percent:
            unit_stop = percent[1]
        elif currency:
            unit_stop = currency[1]
        # A range: "5-7%", "5% - 7%", "từ 5 đến 7 triệu đồng", "50.000 - 52.000 đồng/CP",
        # "giữa 1.000 và 2.000 đồng".
        opener = tokens[first.first - 1].lower if first.first > 0 else ""
        sep = unit_stop if unit_stop is not None else j
        lone_negation = first.stop - first.first == 1 and tokens[first.first].lower == "không" and opener != "từ"
        if (
            sep < len(tokens)
            and (tokens[sep].lower in RANGE_SEPARATORS or (tokens[sep].lower == "và" and opener == "giữa"))
            and not lone_negation  # "không tới 5.000 đồng" is a bound, not a range from zero
        ):
            second = self.numeral(sep + 1)
            if second is not None and not _is_fraction_part(tokens, sep + 1, second.stop):
                second_percent = _percent_at(tokens, second.stop)
                second_currency = _currency_at(tokens, second.stop, tables) if second_percent is None else None
                same_kind = (
                    (second_percent and (percent is None or percent[0] == second_percent[0]))
                    or (second_currency and (currency is None or currency[0].code == second_currency[0].code))
                    or (unit_stop is None and not second_percent and not second_currency and second.scale > 1)
                )
                if same_kind and second.value >= 0:
                    high, last = second, second
                    if second_percent:
                        percent, currency, unit_stop = second_percent, None, second_percent[1]
                    elif second_currency:
                        currency, percent, unit_stop = second_currency, None, second_currency[1]
                    else:
                        unit_stop = None
        end_token = unit_stop if unit_stop is not None else last.stop
        low_value = first.value
        high_value = high.value if high is not None else None
        if high is not None and first.scale == 1 and high.scale > 1 and not first.worded:
            low_value = first.value * high.scale  # "5-7 triệu": the scale is shared
        if high_value is not None and high_value < low_value:
            return first.stop  # not a range ("2020-5%"): the second number is read on its own
        start_token = first.first
        if high is not None and opener in ("từ", "giữa"):
            start_token -= 1

        if percent:
            return self.record("percentage", start_token, end_token, low_value, high_value, unit=percent[0])
        if currency:
            code, factor = currency[0].code, currency[0].factor
            per = _per_unit(tokens, end_token)
            if per:
                end_token = per[1]
            elif high is None and code not in _NO_MINOR_UNITS and factor == 1:
                cents = _minor_units(tokens, end_token, self.numeral)
                if cents:
                    low_value, end_token = low_value + cents[0], cents[1]
            return self.record(
                "money",
                start_token,
                end_token,
                low_value * factor,
                high_value * factor if high_value is not None else None,
                currency=code,
                per=per[0] if per else None,
            )
        # No unit: money in VND only with a scale, a money clause and nothing counted after it
        # but what it is per ("lương 5 triệu/tháng").
        per = _per_unit(tokens, last.stop)
        if (
            self._ends_in_money_scale(last)
            and (last.scale >= 10**6 or self._remainder_after_a_million(last))
            and (
                _bare_amount_ends(tokens, per[1] if per else last.stop)
                or (per is not None and _per_unit(tokens, per[1]) is not None)  # "60 triệu/người/năm"
            )
            and _has_money_cue(
                tokens, start_token, self.clauses.around(tokens[start_token].start, tokens[start_token].end)[0], tables
            )
        ):
            return self.record(
                "money",
                start_token,
                per[1] if per else end_token,
                low_value,
                high_value,
                currency="VND",
                per=per[0] if per else None,
            )
        return None

    def _ends_in_money_scale(self, numeral: Numeral) -> bool:
        """Does the numeral end in a scale word, or in the "tr" / "M" of a million ("15tr", "15M")?"""
        last = self.tokens[numeral.stop - 1]
        if last.lower in SCALE_WORDS:
            return True
        previous = self.tokens[numeral.stop - 2] if numeral.stop - 2 >= numeral.first else None
        return scale_of(last, previous) == 10**6 or self._remainder_after_a_million(numeral)

    def _remainder_after_a_million(self, numeral: Numeral) -> bool:
        """Does the numeral end in a remainder written against the "tr" of a million ("1tr5",
        the extraction guide's example; its trailing scale is then 1)?"""
        if numeral.stop - 3 < numeral.first:
            return False
        before, previous, last = self.tokens[numeral.stop - 3 : numeral.stop]
        return last.is_digits and previous.end == last.start and scale_of(previous, before) == 10**6

    def read_prefixed(self, i: int) -> int | None:
        """An amount written currency first: "$5", "US$ 5 triệu", "€20", "VND1.000-VND2.000",
        "EUR 5", "Rs 5". Record it and return where it stops, or None."""
        tokens = self.tokens
        found = _currency_at(tokens, i, self.tables, before_number=True)
        if found is None:
            return None
        currency, k = found
        if k >= len(tokens) or tokens[k].start - tokens[k - 1].end > 1:
            return None
        spaced = tokens[k].start > tokens[k - 1].end
        if currency.is_code and spaced and i > 0 and _names_a_rate(tokens, i):
            return None
        numeral = self.numeral(k)
        if numeral is None or self._unit_at(numeral.stop):
            return None  # "USD 5 triệu đồng": the unit after the number is the one read
        stop = numeral.stop
        if stop < len(tokens) and tokens[stop].text == "/" and stop + 1 < len(tokens) and tokens[stop + 1].is_digits:
            return None  # a date or a fraction
        high: Numeral | None = None
        if stop < len(tokens) and tokens[stop].lower in RANGE_SEPARATORS:
            k2 = stop + 1
            again = _currency_at(tokens, k2, self.tables, before_number=True)
            if again is not None and again[0].code == currency.code:
                k2 = again[1]
            second = self.numeral(k2) if k2 < len(tokens) else None
            if second is not None and second.value >= numeral.value and not self._unit_at(second.stop):
                high, stop = second, second.stop
        if currency.is_code and spaced and not (high or _bare_amount_ends(tokens, stop)):
            return None  # "USD 3 tháng": a code beside a count, not an amount
        per = _per_unit(tokens, stop)
        return self.record(
            "money",
            i,
            per[1] if per else stop,
            numeral.value * currency.factor,
            high.value * currency.factor if high is not None else None,
            currency=currency.code,
            per=per[0] if per else None,
        )

    def _compared(self, end: int, clause_end: int) -> bool:
        """Is the amount ending at ``end`` compared with something ("so với", "kế hoạch")?"""
        tables = self.tables
        return bool(
            tables.compared_next.match(self.text, end) or tables.compared_in_clause.search(self.text, end, clause_end)
        )

    def record(
        self,
        kind: Literal["percentage", "money"],
        start_token: int,
        end_token: int,
        low: Decimal,
        high: Decimal | None,
        *,
        unit: Literal["percent", "point"] | None = None,
        currency: str | None = None,
        per: str | None = None,
    ) -> int:
        """Add one item spanning ``start_token`` … ``end_token``, with the qualifier before or
        after it and a sign; return the token index after it."""
        tokens, tables = self.tokens, self.tables
        before, before_start = _qualifier_before(tokens, start_token, tables)
        after, after_stop = _qualifier_after(tokens, end_token, tables)
        if after is not None:
            end_token = after_stop
            if before is None and start_token > 0 and tokens[start_token - 1].lower == "từ":
                start_token = before_start = start_token - 1  # "từ 5 USD trở lên"
        negative = False
        sign_at = before_start if before else start_token
        if sign_at > 0 and tokens[sign_at - 1].lower == "âm":
            negative, sign_at = True, sign_at - 1
        elif not before and _glued_minus(tokens, start_token):
            negative, sign_at = True, start_token - 1
        start, end = tokens[min(sign_at, before_start)].start, tokens[end_token - 1].end
        clause_start, clause_end = self.clauses.around(start, end)
        qualifier = before.qualifier if before else (after.qualifier if after else None)
        if before and before.comparative and self._compared(end, clause_end):
            # "cao hơn 30% so với cùng kỳ": 30% is the difference; the item is the number alone.
            qualifier = after.qualifier if after else None
            start = tokens[start_token].start
            clause_start, clause_end = self.clauses.around(start, end)
        self.found.append(
            Found(kind, _signed(low, negative), _signed(high, negative), qualifier, start, end,
                  clause_start, clause_end, unit=unit, currency=currency, per=per)
        )  # fmt: skip
        return end_token


def _names_a_rate(tokens: list[Token], i: int) -> bool:
    """Does the currency code at ``i`` follow "tỷ giá", "đồng", "đổi"? Then it names a currency."""
    previous = tokens[i - 1].lower
    return previous in _RATE_WORDS or (previous == "giá" and i > 1 and tokens[i - 2].lower in ("tỷ", "tỉ"))


def _glued_minus(tokens: list[Token], i: int) -> bool:
    """A minus sign written against the number ("-5%", "−1.200.000 đồng"), not a dash
    between two numbers ("2020-5%", "2021 -2025") or a word's hyphen."""
    if i == 0 or tokens[i - 1].text not in ("-", "−") or tokens[i - 1].end != tokens[i].start:
        return False
    if i == 1:
        return True
    before, minus = tokens[i - 2], tokens[i - 1]
    hyphen = before.end == minus.start and before.text[0].isalnum()  # COVID-19, QĐ-UBND
    return not hyphen and not before.is_digits and before.text not in ("%", "$")


@overload
def _signed(value: Decimal, negative: bool) -> Decimal: ...
@overload
def _signed(value: Decimal | None, negative: bool) -> Decimal | None: ...
def _signed(value: Decimal | None, negative: bool) -> Decimal | None:
    if value is None:
        return None
    return -value if negative else value


def find_quantities(text: str, tables: QuantityTables, style: Style | None = None) -> list[Found]:
    """Every percentage and money amount in ``text`` (already normalized), in text order."""
    with localcontext(EXACT):  # sums and scalings of amounts stay exact
        found = _Finder(text, tables, style).run()
    return sorted(found, key=lambda f: (f.start, f.end))
