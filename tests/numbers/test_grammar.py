"""The number grammar: one row per phrase, and a round-trip property over random amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.numbers.grammar import NumberFormatError, parse_number, read_digits

D = Decimal

# (phrase, value) — digits, separators, words, scales and their mixtures.
CASES: list[tuple[str, Decimal]] = [
    # plain digits and Vietnamese grouping
    ("0", D(0)),
    ("7", D(7)),
    ("43", D(43)),
    ("106", D(106)),
    ("2025", D(2025)),
    ("1.000", D(1000)),
    ("1.500", D(1500)),
    ("10.000", D(10000)),
    ("250.000", D(250000)),
    ("1.000.000", D(1000000)),
    ("250.000.000", D(250000000)),
    ("3.200.000", D(3200000)),
    ("12.345.678.901", D(12345678901)),
    # decimal comma
    ("15,8", D("15.8")),
    ("5,2", D("5.2")),
    ("0,18", D("0.18")),
    ("0,2", D("0.2")),
    ("88,59", D("88.59")),
    ("666,3", D("666.3")),
    ("6,766", D("6.766")),
    ("19,63", D("19.63")),
    ("1.234,5", D("1234.5")),
    ("1.416,2", D("1416.2")),
    ("1.779,2", D("1779.2")),
    ("12.345,67", D("12345.67")),
    # a point with one, two or four digits is a decimal point in either style
    ("32.5", D("32.5")),
    ("1.4", D("1.4")),
    ("10.1", D("10.1")),
    ("2.75", D("2.75")),
    ("0.5", D("0.5")),
    ("1.2345", D("1.2345")),
    # English grouping with a decimal point after it
    ("1,234.5", D("1234.5")),
    ("1,000,000", D(1000000)),
    # scale words
    ("1 nghìn", D(1000)),
    ("5 ngàn", D(5000)),
    ("3 triệu", D(3000000)),
    ("15,8 tỷ", D(15800000000)),
    ("15,8 tỉ", D(15800000000)),
    ("690 tỷ", D(690000000000)),
    ("1.234,5 triệu", D(1234500000)),
    ("1.576 tỷ", D(1576000000000)),
    ("10.000 tỷ", D(10000000000000)),
    ("32.5 tỷ", D(32500000000)),
    ("0,5 triệu", D(500000)),
    ("2 nghìn tỷ", D(2000000000000)),
    ("1,5 nghìn tỷ", D(1500000000000)),
    ("14 nghìn tỷ", D(14000000000000)),
    ("10 nghìn tỷ", D(10000000000000)),
    ("3 ngàn tỷ", D(3000000000000)),
    ("500 nghìn", D(500000)),
    ("15 tỷ 800 triệu", D(15800000000)),
    ("1 tỷ 500 triệu", D(1500000000)),
    ("2 triệu 300 nghìn", D(2300000)),
    ("3 tỷ 200 triệu 500 nghìn", D(3200500000)),
    ("1 nghìn tỷ 200 tỷ", D(1200000000000)),
    # colloquial remainders and halves
    ("1tr5", D(1500000)),
    ("5tr", D(5000000)),
    ("2tr3", D(2300000)),
    ("50k", D(50000)),
    ("1 tỷ 2", D(1200000000)),
    ("3 triệu 500", D(3500000)),
    ("3 triệu 05", D(3050000)),
    ("10 triệu rưỡi", D(10500000)),
    ("2 tỷ rưỡi", D(2500000000)),
    ("5 nghìn rưỡi", D(5500)),
    ("một nghìn rưỡi", D(1500)),
    ("hai rưỡi", D("2.5")),
    ("một trăm rưỡi", D(150)),
    # words
    ("không", D(0)),
    ("một", D(1)),
    ("hai", D(2)),
    ("ba", D(3)),
    ("bốn", D(4)),
    ("năm", D(5)),
    ("sáu", D(6)),
    ("bảy", D(7)),
    ("bẩy", D(7)),
    ("tám", D(8)),
    ("chín", D(9)),
    ("mười", D(10)),
    ("mười một", D(11)),
    ("mười lăm", D(15)),
    ("mười nhăm", D(15)),
    ("mười chín", D(19)),
    ("hai mươi", D(20)),
    ("hai mươi mốt", D(21)),
    ("ba mươi tư", D(34)),
    ("ba mươi bốn", D(34)),
    ("bốn mươi lăm", D(45)),
    ("năm mươi", D(50)),
    ("chín mươi chín", D(99)),
    ("một trăm", D(100)),
    ("một trăm linh năm", D(105)),
    ("một trăm lẻ năm", D(105)),
    ("hai trăm năm mươi", D(250)),
    ("ba trăm mười", D(310)),
    ("chín trăm chín mươi chín", D(999)),
    ("hai chục", D(20)),
    ("một nghìn", D(1000)),
    ("một nghìn hai trăm", D(1200)),
    ("hai nghìn không trăm hai mươi lăm", D(2025)),
    ("mười lăm tỷ", D(15000000000)),
    ("hai trăm năm mươi tỷ", D(250000000000)),
    ("một triệu", D(1000000)),
    ("năm trăm triệu", D(500000000)),
    ("ba tỷ năm trăm triệu", D(3500000000)),
    ("hai nghìn tỷ", D(2000000000000)),
    ("mười triệu rưỡi", D(10500000)),
    ("một triệu hai", D(1200000)),
    ("một triệu hai trăm", D(1000200)),
    ("một triệu không trăm linh năm", D(1000005)),
    # phẩy
    ("năm phẩy hai", D("5.2")),
    ("không phẩy năm", D("0.5")),
    ("một phẩy năm tỷ", D(1500000000)),
    ("2 phẩy 5 triệu", D(2500000)),
    # digits before hundreds
    ("5 trăm", D(500)),
    ("5 trăm triệu", D(500000000)),
    # normalization: tone placement, non-breaking space
    ("15,8\u00a0tỷ", D(15800000000)),
    ("mười lăm ti\u0309", D(15000000000)),
]

# Phrases that are not one numeral.
NOT_NUMBERS = [
    "",
    "hàng trăm",
    "hàng tỷ",
    "mươi",
    "linh năm",
    "rưỡi",
    "phẩy năm",
    "hai ba",
    "5 6",
    "mốt",
    "tư nhân",
    "abc",
    "1.23.4",
    "1,2,3",
    "12.34.567",
    "một mươi",
]


@pytest.mark.parametrize(("phrase", "value"), CASES)
def test_parse_number(phrase: str, value: Decimal) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", NOT_NUMBERS)
def test_not_a_number(phrase: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(phrase)


# (digits, vi reading, en reading): the lone separator before three digits is the ambiguous case.
STYLE_CASES = [
    ("1.576", D(1576), D("1.576")),
    ("1,299", D("1.299"), D(1299)),
    ("6,766", D("6.766"), D(6766)),
    ("32.5", D("32.5"), D("32.5")),
    ("15,8", D("15.8"), D("15.8")),
    ("1.000.000", D(1000000), D(1000000)),
    ("1,000,000", D(1000000), D(1000000)),
    ("1.234,5", D("1234.5"), D("1234.5")),
    ("1,234.5", D("1234.5"), D("1234.5")),
    ("0.500", D("0.500"), D("0.500")),
]


@pytest.mark.parametrize(("digits", "vi", "en"), STYLE_CASES)
def test_read_digits_styles(digits: str, vi: Decimal, en: Decimal) -> None:
    assert read_digits(digits, "vi") == vi
    assert read_digits(digits, "en") == en


# --- round trip: amounts written the Vietnamese way read back exactly -------------------------

_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _words_under_thousand(n: int, *, inner: bool) -> str:
    """Spell 0 < n < 1000 in words; ``inner`` groups say 'không trăm' and 'linh'."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    parts: list[str] = []
    if hundreds or inner:
        parts += [_UNITS[hundreds], "trăm"]
    if tens == 0 and units:
        if parts:
            parts.append("linh")
        parts.append(_UNITS[units])
    elif tens == 1:
        parts.append("mười")
        if units:
            parts.append("lăm" if units == 5 else _UNITS[units])
    elif tens > 1:
        parts += [_UNITS[tens], "mươi"]
        if units:
            parts.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, _UNITS[units]))
    return " ".join(parts)


def spell(n: int) -> str:
    """Vietnamese words for a whole number 1 <= n < 10**12."""
    groups = [(10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")]
    parts: list[str] = []
    for size, word in groups:
        count, n = divmod(n, size)
        if count:
            parts.append(_words_under_thousand(count, inner=bool(parts)))
            if word:
                parts.append(word)
    return " ".join(parts)


def vietnamese_digits(value: Decimal) -> str:
    """Digits the Vietnamese way: '.' groups thousands, ',' before decimals."""
    integer, _, fraction = f"{value:f}".partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


@given(st.integers(min_value=1, max_value=999_999_999_999))
def test_words_round_trip(n: int) -> None:
    assert parse_number(spell(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_digits_round_trip(n: int) -> None:
    assert parse_number(vietnamese_digits(Decimal(n))) == n


@given(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=1, max_value=99),
    st.sampled_from([("nghìn", 10**3), ("triệu", 10**6), ("tỷ", 10**9), ("nghìn tỷ", 10**12)]),
)
def test_decimal_with_scale_round_trip(whole: int, hundredths: int, scale: tuple[str, int]) -> None:
    value = Decimal(whole) + Decimal(hundredths) / 100
    word, size = scale
    assert parse_number(f"{vietnamese_digits(value)} {word}") == value * size


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_compound_scales_round_trip(billions: int, millions: int) -> None:
    assert parse_number(f"{billions} tỷ {millions} triệu") == billions * 10**9 + millions * 10**6
