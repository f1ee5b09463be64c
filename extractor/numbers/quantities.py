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
from decimal import Decimal
from functools import cached_property
from typing import Literal, overload

from ..lexicon.dictionary import WordDictionary
from ..lexicon.loader import data_lines
from .grammar import SCALE_WORDS, Numeral, Style, Token, read_numeral, tokenize

RANGE_SEPARATORS = frozenset({"-", "–", "—", "~", "đến", "tới"})
# Words that may follow a bare "500 tỷ" in a sentence about money without being the thing
# counted: punctuation and function words. Any other word (người, cổ phiếu, tấn) makes
# the amount a count.
_AFTER_BARE_AMOUNT = frozenset(
    "và hoặc cho từ so trong vào của để thì là với tại nhưng nên đã sẽ được bị trên dưới mỗi "
    "một nhằm thuộc khi do nữa rồi trở lên này đó , . ; : ) ( - – … ! ? ” ',".split()
)
# "đồng" after a number is the currency, unless it begins one of these words.
_DONG_COMPOUNDS = frozenset(
    "chí bào nghiệp đội hương phạm minh thời ý tình hồ loại bằng lòng phục tâm hành cảm ca "
    "dao môn niên học hạng đẳng nhất bộ khởi thuận tác tử cỏ ruộng lúa quê sàng thanh âm dạng "
    "chủ sở hưởng trinh văn diễn tộc".split()
)
_CLAUSE_BREAK = re.compile(r"[;:!?\n…]|[.,](?!\d)")
_VIETNAMESE_DECIMAL = re.compile(r"\d,\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3})+,\d")
_ENGLISH_DECIMAL = re.compile(r"\d\.\d{1,2}(?!\d)|\d{1,3}(?:,\d{3})+\.\d")
_UNIT_AFTER = re.compile(r"\s*(?:%|phần trăm|tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|VND|VNĐ)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Currency:
    words: tuple[str, ...]
    code: str
    factor: Decimal
    case_sensitive: bool


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
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]
    money_cues: tuple[tuple[str, ...], ...]
    dictionary: WordDictionary

    @classmethod
    def load(cls, dictionary: WordDictionary | None = None) -> QuantityTables:
        currencies = []
        for line in data_lines("currencies.tsv"):
            phrase, code, factor, match = line.split("\t")
            currencies.append(Currency(_words(phrase), code, Decimal(factor), match == "cs"))
        qualifiers = []
        for line in data_lines("qualifiers.tsv"):
            phrase, qualifier = line.split("\t")
            qualifiers.append((tuple(w.lower() for w in _words(phrase)), qualifier))
        return cls(
            currencies=tuple(sorted(currencies, key=lambda c: -len(c.words))),
            qualifiers=tuple(sorted(qualifiers, key=lambda r: -len(r[0]))),
            money_cues=tuple(tuple(w.lower() for w in _words(line.strip())) for line in data_lines("money_cues.txt")),
            dictionary=dictionary if dictionary is not None else WordDictionary.load(),
        )

    @cached_property
    def currencies_by_first_word(self) -> dict[str, tuple[Currency, ...]]:
        """Currencies by their first word in lower case, longest phrase first."""
        index: dict[str, list[Currency]] = {}
        for currency in self.currencies:
            index.setdefault(currency.words[0].lower(), []).append(currency)
        return {word: tuple(found) for word, found in index.items()}


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


def _currency_at(tokens: list[Token], i: int, tables: QuantityTables) -> tuple[Currency, int] | None:
    """The currency written at token ``i`` and the index after it, if any."""
    if i >= len(tokens):
        return None
    for currency in tables.currencies_by_first_word.get(tokens[i].lower, ()):
        if not _match_words(tokens, i, currency.words, currency.case_sensitive):
            continue
        stop = i + len(currency.words)
        following = tokens[stop] if stop < len(tokens) else None
        if following is not None and currency.words == ("đồng",) and following.lower in _DONG_COMPOUNDS:
            return None  # đồng chí, đồng thời: not the currency
        if following is not None and currency.words == ("đ",) and following.start == tokens[i].end:
            return None  # "đ" glued to more letters is part of a word
        if following is not None and currency.case_sensitive and _joins_into_word(tokens[i], following, tables):
            return None  # "một đô thị", "yên tâm", "tệ hại": a word, not the currency
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


def _per_unit(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A price unit after a currency: ``/kg``, ``/cổ phiếu``, ``/m2``."""
    if i + 1 >= len(tokens) or tokens[i].text != "/" or tokens[i + 1].start - tokens[i].end > 1:
        return None
    first = tokens[i + 1]
    if first.lower == "một" and i + 2 < len(tokens) and tokens[i + 2].start - first.end == 1:
        i += 1  # "80.000 USD/ một đêm": per night
        first = tokens[i + 1]
    if not first.text[0].isalpha():
        return None
    stop = i + 2
    if stop < len(tokens) and tokens[stop].is_digits and tokens[stop].start == first.end:
        stop += 1  # m2, m3
    elif stop < len(tokens) and tokens[stop].text[0].isalpha() and tokens[stop].start - first.end == 1:
        pair = f"{first.lower} {tokens[stop].lower}"
        if pair in {"cổ phiếu", "độ mủ", "người dân", "lượt xe", "năm học", "hộ gia", "suất ăn"}:
            stop += 1
    return " ".join(t.text for t in tokens[i + 1 : stop]), stop


def _qualifier_before(tokens: list[Token], i: int, tables: QuantityTables) -> tuple[str | None, int]:
    """The qualifier just before token ``i`` and the index where it starts."""
    j = i
    dots = 0
    while j > 0 and tokens[j - 1].text in (".", "…"):
        dots += 3 if tokens[j - 1].text == "…" else 1
        j -= 1
    if dots < 3:  # only an ellipsis sits between a qualifier and its number: "khoảng... 12%"
        j = i
    for words, qualifier in tables.qualifiers:
        k = j - len(words)
        if k >= 0 and _match_words(tokens, k, words, False):
            return qualifier, k
    return None, i


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
    """Does a bare 'tỷ' amount end here (nothing counted after it)?"""
    if stop >= len(tokens):
        return True
    return tokens[stop].lower in _AFTER_BARE_AMOUNT


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
        # A range: "5-7%", "5% - 7%", "từ 5 đến 7 triệu đồng", "50.000 - 52.000 đồng/CP".
        sep = unit_stop if unit_stop is not None else j
        if sep < len(tokens) and tokens[sep].lower in RANGE_SEPARATORS:
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
        if start_token > 0 and tokens[start_token - 1].lower == "từ" and high is not None:
            start_token -= 1
        qualifier, qualifier_start = _qualifier_before(tokens, start_token, tables)
        negative = False
        sign_at = qualifier_start if qualifier else start_token
        if sign_at > 0 and tokens[sign_at - 1].lower == "âm":
            negative, sign_at = True, sign_at - 1
        span_first = min(sign_at, qualifier_start)
        start, end = tokens[span_first].start, tokens[end_token - 1].end
        clause_start, clause_end = self.clauses.around(start, end)

        if percent:
            self.found.append(
                Found("percentage", _signed(low_value, negative), _signed(high_value, negative), qualifier,
                      start, end, clause_start, clause_end, unit=percent[0])
            )  # fmt: skip
            return end_token
        if currency:
            code, factor = currency[0].code, currency[0].factor
            per = _per_unit(tokens, end_token)
            if per:
                end = tokens[per[1] - 1].end
                end_token = per[1]
            self.found.append(
                Found("money", _signed(low_value * factor, negative),
                      _signed(high_value * factor, negative) if high_value is not None else None,
                      qualifier, start, end, clause_start, clause_end, currency=code,
                      per=per[0] if per else None)
            )  # fmt: skip
            return end_token
        # No unit: money in VND only with a scale, a money clause and nothing counted after it.
        scale_word = tokens[last.stop - 1].lower in SCALE_WORDS
        if (
            scale_word
            and last.scale >= 10**6
            and _bare_amount_ends(tokens, last.stop)
            and _has_money_cue(tokens, span_first, clause_start, tables)
        ):
            self.found.append(
                Found("money", _signed(low_value, negative), _signed(high_value, negative), qualifier,
                      start, end, clause_start, clause_end, currency="VND")
            )  # fmt: skip
            return end_token
        return None


@overload
def _signed(value: Decimal, negative: bool) -> Decimal: ...
@overload
def _signed(value: Decimal | None, negative: bool) -> Decimal | None: ...
def _signed(value: Decimal | None, negative: bool) -> Decimal | None:
    if value is None:
        return None
    return -value if negative else value


def _prefix_currency(finder: _Finder) -> list[Found]:
    """Amounts written currency first: ``$100``, ``US$ 5 triệu``, ``€20``."""
    tokens, tables = finder.tokens, finder.tables
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.text not in ("$", "€", "£"):
            continue
        k = i + 1
        if tokens[k].start - token.end > 1:
            continue
        numeral = finder.numeral(k)
        if numeral is None or _currency_at(tokens, numeral.stop, tables) or _percent_at(tokens, numeral.stop):
            continue
        code = {"$": "USD", "€": "EUR", "£": "GBP"}[token.text]
        start = token.start
        if i > 0 and tokens[i - 1].text == "US" and tokens[i - 1].end == token.start:
            start = tokens[i - 1].start
        qualifier, q = _qualifier_before(tokens, i, tables)
        if qualifier:
            start = tokens[q].start
        end = tokens[numeral.stop - 1].end
        clause_start, clause_end = finder.clauses.around(start, end)
        found.append(
            Found(
                "money",
                numeral.value,
                None,
                qualifier,
                start,
                end,
                clause_start,
                clause_end,
                currency=code,
            )
        )
    return found


def find_quantities(text: str, tables: QuantityTables, style: Style | None = None) -> list[Found]:
    """Every percentage and money amount in ``text`` (already normalized), in text order."""
    finder = _Finder(text, tables, style)
    found = finder.run() + _prefix_currency(finder)
    return sorted(found, key=lambda f: (f.start, f.end))
