"""Percentages and money in running text: one row per sentence, traps included."""

from __future__ import annotations

import pytest

from extractor.numbers.quantities import Found, QuantityTables, Style, number_style
from extractor.numbers.quantities import find_quantities as find_with
from extractor.text.normalize import normalize

TABLES = QuantityTables.load()


def find_quantities(text: str, style: Style | None = None) -> list[Found]:
    return find_with(text, TABLES, style)


# (text, expected items) where an item is (kind, value, value_max, unit-or-currency, qualifier, text).
P, M = "percentage", "money"
CASES: list[tuple[str, list[tuple]]] = [
    # percentages
    (
        "đạt 15,8 tỷ đồng, bằng 106% dự toán",
        [(M, 15800000000, None, "VND", None, "15,8 tỷ đồng"), (P, 106, None, "percent", None, "106%")],
    ),
    ("tỷ lệ đạt hơn 96%", [(P, 96, None, "percent", "more_than", "hơn 96%")]),
    ("100% tổ dân phố giữ vững danh hiệu", [(P, 100, None, "percent", None, "100%")]),
    ("tăng 5,2 phần trăm so với cùng kỳ", [(P, 5.2, None, "percent", None, "5,2 phần trăm")]),
    ("lãi suất giảm 0,5 điểm phần trăm", [(P, 0.5, None, "point", None, "0,5 điểm phần trăm")]),
    ("tăng 1,2 điểm % so với năm trước", [(P, 1.2, None, "point", None, "1,2 điểm %")]),
    ("tăng trưởng 5-7%", [(P, 5, 7, "percent", None, "5-7%")]),
    ("tăng trưởng 5% - 7%", [(P, 5, 7, "percent", None, "5% - 7%")]),
    ("tăng từ 5 đến 7%", [(P, 5, 7, "percent", None, "từ 5 đến 7%")]),
    ("mức 0,18%-0,2% giá trị", [(P, 0.18, 0.2, "percent", None, "0,18%-0,2%")]),
    ("chiếm khoảng 60 - 70% thị phần", [(P, 60, 70, "percent", "about", "khoảng 60 - 70%")]),
    ("giảm khoảng... 12%", [(P, 12, None, "percent", "about", "khoảng... 12%")]),
    ("vận hành ở mức trên 80% công suất", [(P, 80, None, "percent", "more_than", "trên 80%")]),
    ("lạm phát dưới 4%", [(P, 4, None, "percent", "less_than", "dưới 4%")]),
    ("chưa đến 3% dân số", [(P, 3, None, "percent", "less_than", "chưa đến 3%")]),
    ("gần 50% số hộ", [(P, 50, None, "percent", "about", "gần 50%")]),
    ("xấp xỉ 7,7%", [(P, 7.7, None, "percent", "about", "xấp xỉ 7,7%")]),
    ("không quá 30% vốn điều lệ", [(P, 30, None, "percent", "at_most", "không quá 30%")]),
    ("tối thiểu 20% tổng vốn", [(P, 20, None, "percent", "at_least", "tối thiểu 20%")]),
    ("ít nhất 15% lợi nhuận", [(P, 15, None, "percent", "at_least", "ít nhất 15%")]),
    (
        "tăng 7.5% so với năm trước, đạt 32.5 tỷ USD",
        [(P, 7.5, None, "percent", None, "7.5%"), (M, 32500000000, None, "USD", None, "32.5 tỷ USD")],
    ),
    ("tăng năm phần trăm", [(P, 5, None, "percent", None, "năm phần trăm")]),
    (
        "đạt 88,59% và 99,54%",
        [(P, 88.59, None, "percent", None, "88,59%"), (P, 99.54, None, "percent", None, "99,54%")],
    ),
    ("giảm 25 % phí", [(P, 25, None, "percent", None, "25 %")]),
    # "vượt 5% kế hoạch": the plan was beaten by 5%, a difference; "vượt 5%" alone is a bound.
    ("vượt 5% kế hoạch", [(P, 5, None, "percent", None, "5%")]),
    ("tỷ lệ vượt 5% thì phải báo cáo", [(P, 5, None, "percent", "more_than", "vượt 5%")]),
    # money: digits, words, scales
    ("giải ngân đạt hơn 690 tỷ đồng", [(M, 690000000000, None, "VND", "more_than", "hơn 690 tỷ đồng")]),
    ("nợ 1.234,5 triệu đồng", [(M, 1234500000, None, "VND", None, "1.234,5 triệu đồng")]),
    ("thu 2 nghìn tỷ đồng", [(M, 2000000000000, None, "VND", None, "2 nghìn tỷ đồng")]),
    ("khoảng 1,5 nghìn tỷ đồng", [(M, 1500000000000, None, "VND", "about", "khoảng 1,5 nghìn tỷ đồng")]),
    ("hơn 10 nghìn tỷ đồng", [(M, 10000000000000, None, "VND", "more_than", "hơn 10 nghìn tỷ đồng")]),
    ("tổng 15 tỷ 800 triệu đồng", [(M, 15800000000, None, "VND", None, "15 tỷ 800 triệu đồng")]),
    ("lương 10 triệu rưỡi đồng", [(M, 10500000, None, "VND", None, "10 triệu rưỡi đồng")]),
    ("giá 1tr5 đồng", [(M, 1500000, None, "VND", None, "1tr5 đồng")]),
    ("trị giá mười lăm tỷ đồng", [(M, 15000000000, None, "VND", None, "mười lăm tỷ đồng")]),
    ("hai trăm năm mươi tỷ đồng", [(M, 250000000000, None, "VND", None, "hai trăm năm mươi tỷ đồng")]),
    ("mua 250.000.000 đồng", [(M, 250000000, None, "VND", None, "250.000.000 đồng")]),
    ("ủng hộ 500.000đ", [(M, 500000, None, "VND", None, "500.000đ")]),
    ("ủng hộ 500.000 đ", [(M, 500000, None, "VND", None, "500.000 đ")]),
    # "đ" before a full stop or a slash is still the currency (glued to letters it is a word)
    ("thu 15 tỷ đ.", [(M, 15000000000, None, "VND", None, "15 tỷ đ")]),
    ("vé 500.000đ/người", [(M, 500000, None, "VND", None, "500.000đ/người")]),
    ("có 5 đường dây", []),
    # "đồng" that begins a word is no currency after the numeral word "không" (VLSP 2018)
    ("trình độ không đồng đều", []),
    # "đắt hơn" / "rẻ hơn" before a comparison: the number is the difference, no bound
    ("giá đắt hơn 50 USD so với năm trước", [(M, 50, None, "USD", None, "50 USD")]),
    ("giá 600 nghìn đồng/1 lạng", [(M, 600000, None, "VND", None, "600 nghìn đồng/1 lạng")]),
    ("thu 1.500.000 đồng/học sinh", [(M, 1500000, None, "VND", None, "1.500.000 đồng/học sinh")]),
    ("phòng 40.000 USD/ mỗi đêm", [(M, 40000, None, "USD", None, "40.000 USD/ mỗi đêm")]),
    ("các xã không đồng loạt triển khai", []),
    # a bare amount in a money clause may say what it is per ("trả … 4 triệu/tháng", VLSP 2018)
    ("mức lương 5 triệu/tháng", [(M, 5000000, None, "VND", None, "5 triệu/tháng")]),
    ("thu nhập 60 triệu/người/năm", [(M, 60000000, None, "VND", None, "60 triệu/người")]),
    ("mật độ 1,5 triệu/km2", []),  # no money clause
    # a time after a bare amount counts nothing ("năm 2025" is no "500 tỷ năm")
    ("doanh thu đạt 35 nghìn tỷ năm 2025", [(M, 35000000000000, None, "VND", None, "35 nghìn tỷ")]),
    ("lợi nhuận 800 tỷ quý III", [(M, 800000000000, None, "VND", None, "800 tỷ")]),
    ("ngân sách chi 30 triệu năm người", []),
    # … the remainder written against the million too ("1tr5", the extraction guide's example)
    ("học phí 1tr5 mỗi tháng", [(M, 1500000, None, "VND", None, "1tr5")]),
    ("học phí 1tr2/tháng", [(M, 1200000, None, "VND", None, "1tr2/tháng")]),
    ("có 1tr5 người xem", []),  # no money clause
    ("vay 20 triệu VNĐ", [(M, 20000000, None, "VND", None, "20 triệu VNĐ")]),
    ("vay 20 triệu VND", [(M, 20000000, None, "VND", None, "20 triệu VND")]),
    ("trả 0 đồng", [(M, 0, None, "VND", None, "0 đồng")]),
    ("đạt 1.576 tỉ đồng", [(M, 1576000000000, None, "VND", None, "1.576 tỉ đồng")]),
    ("lãi 6,766 tỷ đồng", [(M, 6766000000, None, "VND", None, "6,766 tỷ đồng")]),
    # foreign currencies
    ("thu 50 triệu USD", [(M, 50000000, None, "USD", None, "50 triệu USD")]),
    ("giá 100USD", [(M, 100, None, "USD", None, "100USD")]),
    ("giá $100", [(M, 100, None, "USD", None, "$100")]),
    ("tài sản 5 tỷ đô la Mỹ", [(M, 5000000000, None, "USD", None, "5 tỷ đô la Mỹ")]),
    ("chỉ 27 cent", [(M, 0.27, None, "USD", None, "27 cent")]),
    ("200 triệu euro", [(M, 200000000, None, "EUR", None, "200 triệu euro")]),
    ("300 tỷ yên", [(M, 300000000000, None, "JPY", None, "300 tỷ yên")]),
    ("5 tỷ nhân dân tệ", [(M, 5000000000, None, "CNY", None, "5 tỷ nhân dân tệ")]),
    ("2 triệu bảng Anh", [(M, 2000000, None, "GBP", None, "2 triệu bảng Anh")]),
    # prices with a unit
    ("giá 30.000 đồng/kg", [(M, 30000, None, "VND", None, "30.000 đồng/kg")]),
    ("54.500 đồng/CP", [(M, 54500, None, "VND", None, "54.500 đồng/CP")]),
    ("12.000 đồng/cổ phiếu", [(M, 12000, None, "VND", None, "12.000 đồng/cổ phiếu")]),
    ("khoảng 17 USD/người", [(M, 17, None, "USD", "about", "khoảng 17 USD/người")]),
    ("giá 2 triệu đồng/m2", [(M, 2000000, None, "VND", None, "2 triệu đồng/m2")]),
    # ranges
    ("giá 5-7 triệu đồng", [(M, 5000000, 7000000, "VND", None, "5-7 triệu đồng")]),
    ("giá 50-51 triệu đồng/tấn", [(M, 50000000, 51000000, "VND", None, "50-51 triệu đồng/tấn")]),
    ("quanh vùng 50.000 - 52.000 đồng/CP", [(M, 50000, 52000, "VND", "about", "quanh vùng 50.000 - 52.000 đồng/CP")]),
    ("từ 5 đến 7 triệu đồng", [(M, 5000000, 7000000, "VND", None, "từ 5 đến 7 triệu đồng")]),
    ("500 nghìn - 1 triệu đồng", [(M, 500000, 1000000, "VND", None, "500 nghìn - 1 triệu đồng")]),
    # sign, side by side
    ("vốn chủ sở hữu âm 1.416,2 tỷ đồng", [(M, -1416200000000, None, "VND", None, "âm 1.416,2 tỷ đồng")]),
    ("âm 12 tỷ đồng", [(M, -12000000000, None, "VND", None, "âm 12 tỷ đồng")]),
    (
        "1.000 tỷ đồng (tương đương 43 triệu USD)",
        [(M, 1000000000000, None, "VND", None, "1.000 tỷ đồng"), (M, 43000000, None, "USD", None, "43 triệu USD")],
    ),
    # money without a currency word, in a money clause
    ("vốn đầu tư 8 nghìn tỷ", [(M, 8000000000000, None, "VND", None, "8 nghìn tỷ")]),
    (
        "doanh thu đạt 500 tỷ, tăng 10%",
        [(M, 500000000000, None, "VND", None, "500 tỷ"), (P, 10, None, "percent", None, "10%")],
    ),
    ("tổng mức đầu tư hơn 1.000 tỷ.", [(M, 1000000000000, None, "VND", "more_than", "hơn 1.000 tỷ")]),
    # verbs of paying, earning and setting aside make the clause about money (VLSP 2018 counts)
    ("thành phố dành 5.000 tỷ để cải tạo", [(M, 5000000000000, None, "VND", None, "5.000 tỷ")]),
    ("mỗi tháng kiếm 8-10 triệu.", [(M, 8000000, 10000000, "VND", None, "8-10 triệu")]),
    ("thành phố dành 5.000 tỷ người", []),  # a count follows
    # "mà" after a bare amount opens a clause: nothing is counted ("vượt quá 300 tỉ mà vẫn …")
    (
        "giá trị giải vượt quá 300 tỉ mà vẫn chưa có ai trúng",
        [(M, 300000000000, None, "VND", "more_than", "vượt quá 300 tỉ")],
    ),
    # not money, not percentages
    ("dân số 1,5 triệu người", []),
    ("vốn đầu tư cho 1,5 triệu người", []),
    ("có 43 tổ chức cơ sở Đảng", []),
    ("thiệt hại hàng tỷ đồng", []),
    ("hàng chục triệu đồng", []),
    ("nhiều nghìn tỷ đồng", []),
    ("vài trăm triệu đồng", []),
    ("Quốc lộ nghìn tỷ", []),
    ("hoàn thành 11/11 chỉ tiêu", []),
    ("vận hành 7/10 tổ máy", []),
    ("ứng trực 24/24h", []),
    ("ngày 27/7/1947", []),
    ("sáng 22-12", []),
    ("nhiệm kỳ 2025-2030", []),
    ("giai đoạn 2017-2020 sẽ xử lý", []),
    ("Quốc lộ 6", []),
    ("tổ dân phố số 17", []),
    ("gọi 0912.345.678", []),
    ("Luật thuế 71/2014/QH13", []),
    ("3 đồng chí được khen thưởng", []),
    ("cùng 2 đồng bọn vác kiếm", []),  # accomplices
    ("ba đồng sáng lập của công ty", []),  # co-founders
    ("thả 5 đồng xu vào giếng", []),  # coins
    ("phim Ngã ba Đồng Lộc", []),  # a place's name after a numeral word, not dong
    ("hai Đồng Nai", []),
    ("giao thông cho một đô thị thông minh", []),  # "đô thị" is a city, not dollars
    ("kết quả 2 tệ hại", []),
    ("giá 5 đô một cái", [(M, 5, None, "USD", None, "5 đô")]),
    ("2 triệu cổ phiếu", []),
    ("một nửa số hộ", []),
    ("năm 2026", []),
    ("tăng 2-3 lần", []),
    ("lượng mưa 100-200mm", []),
    ("công suất 2.500m3/h", []),
    ("5 tỷ 3 tháng", []),
    ("tăng 20 lần, đạt 1 triệu lượt khách", []),
]


def _found(text: str) -> list[tuple]:
    norm = normalize(text)
    items = []
    for f in find_quantities(norm.text):
        unit = f.unit if f.kind == "percentage" else f.currency
        value = float(f.value) if f.value != f.value.to_integral_value() else int(f.value)
        value_max = None
        if f.value_max is not None:
            value_max = float(f.value_max) if f.value_max != f.value_max.to_integral_value() else int(f.value_max)
        items.append((f.kind, value, value_max, unit, f.qualifier, norm.original_slice(f.start, f.end)))
    return items


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected


def test_price_unit_and_context() -> None:
    norm = normalize("Thu ngân sách đạt 15,8 tỷ đồng, bằng 106% dự toán thành phố giao; giải ngân đạt hơn 690 tỷ.")
    found = find_quantities(norm.text)
    contexts = [norm.text[f.clause_start : f.clause_end] for f in found]
    assert contexts[0] == "Thu ngân sách đạt 15,8 tỷ đồng"
    assert contexts[1] == "bằng 106% dự toán thành phố giao"
    per = find_quantities(normalize("giá 30.000 đồng/kg").text)[0].per
    assert per == "kg"


@pytest.mark.parametrize(
    ("text", "per", "written"),
    [
        ("giá 30.000 đồng/kg", "kg", "30.000 đồng/kg"),
        ("giá 80.000 USD/ một đêm", "đêm", "80.000 USD/ một đêm"),  # "one night": the unit is the night
        ("vé 200.000 đồng/một người", "người", "200.000 đồng/một người"),
        ("12.000 đồng/cổ phiếu", "cổ phiếu", "12.000 đồng/cổ phiếu"),
        # a unit of area or volume with its power, one word as written
        ("giá đất 120 triệu đồng/m2", "m2", "120 triệu đồng/m2"),
        ("giá thuê 25 USD/m2/tháng", "m2", "25 USD/m2"),
    ],
)
def test_price_units(text: str, per: str, written: str) -> None:
    norm = normalize(text)
    found = find_quantities(norm.text)[0]
    assert found.per == per and norm.text[found.start : found.end] == written


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("đạt 32.5 tỷ USD và 1.4 tỷ USD", "en"),
        ("đạt 15,8 tỷ đồng và 1.576 tỷ đồng", "vi"),
        ("Sáng 22.9, đạt 1.576 tỷ đồng", "vi"),
        ("không có số nào", "vi"),
    ],
)
def test_number_style(text: str, style: str) -> None:
    assert number_style(text) == style


def test_english_style_document_reads_comma_as_thousands() -> None:
    text = "Tài sản đạt 32.5 tỷ USD, lợi nhuận 1.4 tỷ USD, doanh thu 1,299 tỷ USD."
    values = [f.value for f in find_quantities(normalize(text).text)]
    assert [float(v) for v in values] == [32.5e9, 1.4e9, 1299e9]
