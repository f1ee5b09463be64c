"""The number grammar: Vietnamese numerals in digits, words, or both, read exactly.

    >>> parse_number("1.234,5 triệu")
    Decimal('1234500000.0')
    >>> parse_number("hai trăm năm mươi tỷ")
    Decimal('250000000000')

One reader serves single phrases (:func:`parse_number`) and running text
(:func:`read_numeral`, used by :mod:`extractor.numbers.quantities`). Values are :class:`Decimal`,
so ``15,8 tỷ`` is exactly 15 800 000 000. The grammar:

- digits with ``.`` thousands and ``,`` decimals (``1.234,5``), or the English order where
  the grouping shows it (``32.5``, ``1,234.5``) or the document's style says so;
- digit words ``không``, ``một`` … ``chín`` with their variants (``mốt``, ``tư``, ``lăm`` /
  ``nhăm``) and ``mười``, ``mươi``, ``trăm``, ``linh`` / ``lẻ``, ``chục``, ``phẩy``, ``rưỡi``;
- scale words ``nghìn`` / ``ngàn`` / ``k``, ``triệu`` / ``tr``, ``tỷ`` / ``tỉ``, compounding
  (``2 nghìn tỷ``) and adding (``15 tỷ 800 triệu``); a bare remainder after a scale is read
  the colloquial way (``1tr5`` = 1 500 000, ``1 tỷ 2`` = 1 200 000 000); the informal ``K``,
  ``M`` and ``G`` written against the digits (``3000K``, ``15M``, ``1,2G``);
- decimals in words with ``phẩy`` or ``chấm`` (``một chấm ba``, ``hai phẩy hai mươi ba``).

:func:`parse_number` reads a whole phrase and also takes what only a phrase standing alone
can mean: a sign (``âm 1.200.000``, ``-1.200.000``), a leading decimal separator (``,75``)
and a scale with no number before it (``trăm`` = 100, ``triệu rưỡi`` = 1 500 000). In running text those are left
to the amount reader, which knows the context (``hàng trăm tỷ`` is vague, not 100 tỷ).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from typing import Literal

Style = Literal["vi", "en"]

DIGIT_WORDS: dict[str, int] = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
# Unit-digit variants that only stand after "mươi" / "mười" (hai mươi mốt, ba mươi tư, mười lăm).
AFTER_TENS_WORDS: dict[str, int] = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
SCALE_WORDS: dict[str, int] = {
    "nghìn": 10**3,
    "ngàn": 10**3,
    "vạn": 10**4,
    "triệu": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
}
# Scale words that are also common in names ("Vạn Phúc", "Vạn Kiếp"): read in lower case only.
LOWER_CASE_ONLY = frozenset({"vạn"})
# Abbreviated scales, read only when written against the digits ("1tr5", "50k", "3000K").
ATTACHED_SCALES: dict[str, int] = {"tr": 10**6, "k": 10**3}
# The informal million and billion of business and social news ("lương 15M", "1,2G"): upper
# case only, since "15m" is fifteen metres.
CASED_ATTACHED_SCALES: dict[str, int] = {"M": 10**6, "G": 10**9}
DECIMAL_WORDS = frozenset({"phẩy", "chấm"})
# Counting words that multiply the digit before them: "hai chục" = 20, "một tá" = 12.
GROUP_WORDS: dict[str, int] = {"chục": 10, "tá": 12}
# "nửa" stands for a half only straight before a scale word: "nửa triệu" (not "một nửa").
HALF_WORD = "nửa"
STRUCTURE_WORDS = frozenset({"mười", "mươi", "trăm", "linh", "lẻ", "rưỡi"}) | DECIMAL_WORDS | GROUP_WORDS.keys()
# Signs a phrase may start with (parse_number); the amount reader reads "âm" itself.
SIGN_WORDS = frozenset({"âm", "-", "−", "–"})

# ASCII digits only: superscripts and subscripts ("m²", "PM₂.₅") are symbols here.
TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+|\S")
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


# Arithmetic on amounts is exact: Decimal's default 28 digits would round a 30-digit amount
# (or 40 digits times a few scale words). Numerals are at most MAX_NUMERAL_TOKENS long, so
# 40 digits and 23 scale words of 10^9 fit in this precision.
EXACT = Context(prec=300)


class NumberFormatError(ValueError):
    """The phrase is not a number this grammar reads."""


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int

    @property
    def is_digits(self) -> bool:
        return "0" <= self.text[0] <= "9"  # not "²" or "₂", which str.isdigit accepts


def tokenize(text: str) -> list[Token]:
    """Split text into digit groups, letter runs and single symbols, with spans."""
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def read_digits(digits: str, style: Style = "vi") -> Decimal:
    """Read a digit string with separators: ``1.234,5``, ``250.000.000``, ``32.5``.

    A separator that occurs more than once, or before another kind, groups thousands.
    A lone separator followed by one, two or four and more digits is a decimal point.
    A lone separator followed by exactly three digits is ambiguous: in the Vietnamese
    style ``.`` groups thousands and ``,`` is a decimal comma; in the English style the
    reverse.
    """
    if "." not in digits and "," not in digits:
        return Decimal(digits)
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_sep = "." if digits.rfind(".") > digits.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        integer, _, fraction = digits.rpartition(decimal_sep)
        if digits.count(decimal_sep) != 1 or not _GROUPED.fullmatch(integer):
            raise NumberFormatError(f"mixed separators do not group: {digits!r}")
        return Decimal(integer.replace(group_sep, "") + "." + fraction)
    sep = "." if dots else ","
    parts = digits.split(sep)
    if len(parts) > 2:
        if not _GROUPED.fullmatch(digits):
            raise NumberFormatError(f"bad digit grouping: {digits!r}")
        return Decimal(digits.replace(sep, ""))
    integer, fraction = parts
    grouping = len(fraction) == 3 and len(integer) <= 3 and integer[0] != "0"
    if grouping:
        groups_thousands = (sep == ".") == (style == "vi")
        if groups_thousands:
            return Decimal(integer + fraction)
    return Decimal(integer + "." + fraction)


def _small_words(words: list[str]) -> Decimal:
    """Read a number under a thousand written in words (digits may stand for a digit word)."""
    decimal_word = next((w for w in words if w in DECIMAL_WORDS), None)
    if decimal_word is not None:
        cut = words.index(decimal_word)
        whole, fraction = words[:cut], words[cut + 1 :]
        if not whole or not fraction:
            raise NumberFormatError(f"{decimal_word!r} needs digits on both sides")
        return _small_words(whole) + Decimal("0." + _fraction_digits(fraction))
    value = 0
    pending: int | None = None
    after_tens = False
    half = False
    last = ""
    for k, w in enumerate(words):
        if w.isdigit() or w[0].isdigit():
            if pending is not None:
                raise NumberFormatError("two numbers in a row")
            pending = int(w) if w.isdigit() else None
            if pending is None:
                raise NumberFormatError(f"digits with separators inside a word numeral: {w}")
        elif w in DIGIT_WORDS:
            if pending is not None:
                raise NumberFormatError("two digits in a row")
            # A lone digit word closing a hundred is its tens: "một trăm hai" = 120 (102 is
            # "một trăm linh hai"), as "một nghìn hai" is 1 200.
            tens_of_hundred = last == "trăm" and k == len(words) - 1 and w != "không"
            pending = DIGIT_WORDS[w] * 10 if tens_of_hundred else DIGIT_WORDS[w]
        elif w in AFTER_TENS_WORDS:
            if last == "trăm" and k == len(words) - 1:
                pending = AFTER_TENS_WORDS[w] * 10  # "trăm mốt" = 110, "hai trăm tư" = 240
            elif not after_tens or pending is not None:
                raise NumberFormatError(f"{w!r} stands only after 'mươi' or 'mười'")
            else:
                pending = AFTER_TENS_WORDS[w]
        elif w == "mười":
            if pending is not None:
                raise NumberFormatError("'mười' after a digit")
            value += 10
        elif w == "mươi":
            if pending is None or pending < 2:
                raise NumberFormatError("'mươi' needs a digit from two to nine before it")
            value += pending * 10
            pending = None
        elif w == "trăm":
            value += (1 if pending is None else pending) * 100
            pending = None
        elif w in GROUP_WORDS:
            value += (1 if pending is None else pending) * GROUP_WORDS[w]
            pending = None
        elif w in ("linh", "lẻ"):
            if last != "trăm":
                raise NumberFormatError(f"{w!r} stands only after 'trăm'")
        elif w == "rưỡi":
            if last == "trăm":
                value += 50
            else:
                half = True
        else:
            raise NumberFormatError(f"not a number word: {w!r}")
        after_tens = w in ("mười", "mươi")
        last = w
    if pending is not None:
        value += pending
    result = Decimal(value)
    return result + Decimal("0.5") if half else result


def _fraction_digits(words: list[str]) -> str:
    """The digits after a decimal word: read one by one ("không năm" = 05, "23"), or as a
    number spelled out under a hundred ("hai mươi ba" = 23)."""
    if all(w.isdigit() or w in DIGIT_WORDS for w in words):
        return "".join(w if w.isdigit() else str(DIGIT_WORDS[w]) for w in words)
    value = _small_words(words)
    if value >= 100 or value != value.to_integral_value() or any(w in DECIMAL_WORDS for w in words):
        raise NumberFormatError("the decimals after 'phẩy' are digits or a number under a hundred")
    return str(int(value))


def _digit_word(w: str) -> int:
    if w in DIGIT_WORDS:
        return DIGIT_WORDS[w]
    raise NumberFormatError(f"not a digit word: {w!r}")


def _attached_scale(token: Token) -> int | None:
    """The scale an abbreviation stands for if written against digits ("k", "tr", "M", "G")."""
    return ATTACHED_SCALES.get(token.lower) or CASED_ATTACHED_SCALES.get(token.text)


def scale_of(token: Token, previous: Token | None) -> int | None:
    """The scale ``token`` stands for after ``previous`` (a scale word, or an abbreviation
    written against digits), or None."""
    if token.lower in SCALE_WORDS:
        if token.lower in LOWER_CASE_ONLY and token.text != token.lower:
            return None  # "số 2 Vạn Phúc": a street, not twenty thousand
        return SCALE_WORDS[token.lower]
    if previous is not None and previous.is_digits and previous.end == token.start:
        return _attached_scale(token)
    return None


def _value(tokens: list[Token], scales: list[int | None], style: Style) -> Decimal:
    """Value of a numeral run whose scale words are marked in ``scales``."""
    marked = [s for s in scales if s]
    if not marked:
        if len(tokens) == 1 and tokens[0].is_digits:
            return read_digits(tokens[0].text, style)
        return _small_words([t.lower for t in tokens])
    top = max(marked)
    cut = scales.index(top)
    left, right = tokens[:cut], tokens[cut + 1 :]
    if not left:
        raise NumberFormatError("a scale word with no number before it is vague ('hàng tỷ')")
    if len(left) == 1 and left[0].lower == HALF_WORD:
        value = Decimal(top) / 2
    else:
        value = _value(left, scales[:cut], style) * top
    if not right:
        return value
    right_scales = scales[cut + 1 :]
    if any(right_scales):
        return value + _value(right, right_scales, style)
    words = [t.lower for t in right]
    if words == ["rưỡi"]:
        return value + Decimal(top) / 2
    if len(words) == 1 and words[0] in AFTER_TENS_WORDS:
        return value + AFTER_TENS_WORDS[words[0]] * Decimal(top) / 10  # "ba nghìn tư" = 3 400
    if words[0] in ("linh", "lẻ"):
        # "một nghìn linh năm" = 1 005: what follows "linh" is read as written.
        if len(right) == 1:
            raise NumberFormatError(f"{words[0]!r} needs a number after it")
        remainder = _value(right[1:], right_scales[1:], style)
        if remainder != remainder.to_integral_value() or remainder >= min(top, 1000) // 10:
            raise NumberFormatError("after 'linh' comes a number under a tenth of the scale")
        return value + remainder
    remainder = _value(right, right_scales, style)
    if remainder != remainder.to_integral_value() or remainder >= 1000:
        raise NumberFormatError("a remainder after a scale word must be a whole number under 1000")
    # One bare number after a scale reads as its next digits: 1tr5, 1 tỷ 2, 3 triệu 500,
    # một triệu hai. A remainder spelled out in full (không trăm linh năm) is read as written.
    if len(right) == 1 and right[0].is_digits:
        return value + remainder * Decimal(top) / Decimal(10) ** len(right[0].text)
    if len(right) == 1 and right[0].lower in DIGIT_WORDS:
        return value + remainder * Decimal(top) / 10
    return value + remainder


# Bounds that keep reading linear on any input: no numeral in news runs past two dozen
# tokens ("một trăm hai mươi ba nghìn bốn trăm năm mươi sáu tỷ" is 12), and a digit string of more
# than 40 characters (a 10^30 amount) is a code or noise, not a number to read.
MAX_NUMERAL_TOKENS = 24
MAX_DIGIT_CHARS = 40


def _can_start(token: Token) -> bool:
    if token.is_digits:
        return len(token.text) <= MAX_DIGIT_CHARS
    return token.lower in DIGIT_WORDS or token.lower == "mười" or token.lower == HALF_WORD


def _can_continue(token: Token, previous: Token) -> bool:
    """May ``token`` extend a numeral run that ends with ``previous``?"""
    if token.is_digits:
        if len(token.text) > MAX_DIGIT_CHARS:
            return False
        # Digits follow only a scale word ("15 tỷ 800 triệu", "1tr5") or a decimal word.
        return previous.lower in SCALE_WORDS or _attached_scale(previous) is not None or previous.lower in DECIMAL_WORDS
    if previous.is_digits and _attached_scale(token) is not None:
        return previous.end == token.start
    word = token.lower
    return word in DIGIT_WORDS or word in AFTER_TENS_WORDS or word in SCALE_WORDS or word in STRUCTURE_WORDS


@dataclass(frozen=True, slots=True)
class Numeral:
    """A numeral read from a token stream: its value and where it stands."""

    value: Decimal
    first: int  # index of the first token
    stop: int  # index after the last token
    scale: int  # product of the trailing scale words (1 when there is none): "2 nghìn tỷ" -> 10**12
    worded: bool  # written (partly) in words


def _trailing_scale(scales: list[int | None]) -> int:
    product = 1
    for scale in reversed(scales):
        if not scale:
            break
        product *= scale
    return product


def read_numeral(tokens: list[Token], i: int, style: Style = "vi", *, allow_remainder: bool = True) -> Numeral | None:
    """Read the longest numeral starting at token ``i``, or None when none starts there.

    ``allow_remainder`` admits a bare number after the last scale word ("1 tỷ 2"); callers
    turn it off when the next token is not a unit, so "5 tỷ 3 tháng" stops at "5 tỷ".
    """
    if i >= len(tokens) or not _can_start(tokens[i]):
        return None
    with localcontext(EXACT):
        return _read_numeral(tokens, i, style, allow_remainder)


def _read_numeral(tokens: list[Token], i: int, style: Style, allow_remainder: bool) -> Numeral | None:
    stop = i + 1
    limit = min(len(tokens), i + MAX_NUMERAL_TOKENS)
    while stop < limit and _can_continue(tokens[stop], tokens[stop - 1]):
        if tokens[stop].is_digits and tokens[stop].start - tokens[stop - 1].end > 1:
            break
        stop += 1
    # A token's scale depends only on the token before it: read once for the longest run.
    all_scales = [scale_of(tokens[k], tokens[k - 1] if k > 0 else None) for k in range(i, stop)]
    while stop > i:
        run = tokens[i:stop]
        scales = all_scales[: stop - i]
        bare_tail = any(scales) and not scales[-1] and run[-1].lower != "rưỡi"
        attached = bare_tail and run[-1].start == run[-2].end
        if not (bare_tail and not allow_remainder and not attached):
            try:
                value = _value(run, scales, style)
            except NumberFormatError:
                value = None
            if value is not None:
                worded = any(not t.is_digits for t, s in zip(run, scales, strict=True) if not s)
                return Numeral(value, i, stop, _trailing_scale(scales), worded)
        stop -= 1
    return None


def parse_number(phrase: str, style: Style = "vi") -> Decimal:
    """Read one numeral phrase exactly: ``"1,5 nghìn tỷ"`` gives ``Decimal('1500000000000.0')``.

    Raises :class:`NumberFormatError` when the whole phrase is not one numeral.
    """
    from ..text.normalize import canonical

    text = canonical(phrase.strip())
    negative = False
    first = TOKEN_RE.match(text)
    if first is not None and first.group().lower() in SIGN_WORDS:
        negative, text = True, text[first.end() :].lstrip()
    if text[:1] in (",", ".") and text[1:2].isdigit():
        text = "0" + text  # ",75": a decimal with its zero left out
    tokens = tokenize(text)
    if not tokens:
        raise NumberFormatError(f"not a numeral: {phrase!r}")
    if tokens[0].lower in SCALE_WORDS or tokens[0].lower in ("trăm", *GROUP_WORDS):
        # "trăm", "triệu rưỡi", "nghìn tỷ": a phrase that counts one drops the "một". In
        # running text the amount reader does not do this ("hàng trăm tỷ" is vague).
        tokens = tokenize("một " + text)
    numeral = read_numeral(tokens, 0, style)
    if numeral is None or numeral.stop != len(tokens):
        raise NumberFormatError(f"not a numeral: {phrase!r}")
    return numeral.value.copy_negate() if negative else numeral.value
