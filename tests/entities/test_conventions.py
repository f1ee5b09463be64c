"""The model's spans mended into the VLSP 2018 convention (:mod:`extractor.entities.conventions`).

Each case is a sentence, the spans a model might give, and what the rules make of them; the
rules are the same whatever model produced the spans, so no model is loaded.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.entities.conventions import (
    country_before_name,
    in_place_context,
    joined_descriptions,
    part_numbers,
    persons_after_bodies,
    persons_apart,
    products_and_companies,
    regions_apart,
    sources_apart,
    split_place_pairs,
    states_as_places,
    street_addresses,
)
from extractor.pipeline import default_pipeline


def _spans(text: str, marked: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Character spans of (substring, label) pairs, each found after the previous one."""
    spans, cursor = [], 0
    for name, label in marked:
        start = text.index(name, cursor)
        spans.append((start, start + len(name), label))
        cursor = start + len(name)
    return spans


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # after a locative comes a place, not a person ...
        ("Phim ra mắt tại Orange County, California.", [("Orange County", "PER")], [("Orange County", "LOC")]),
        ("Nhà cửa tan hoang ở Rockport sau bão.", [("Rockport", "ORG")], [("Rockport", "LOC")]),
        # ... but "tại" also leads to a workplace, and an acronym or a head is an organization
        ("Anh làm việc tại Heineken nhiều năm.", [("Heineken", "ORG")], [("Heineken", "ORG")]),
        ("Các nhà khoa học ở NASA cho biết.", [("NASA", "ORG")], [("NASA", "ORG")]),
        ("Cô điều trị ở Bệnh viện Bạch Mai.", [("Bệnh viện Bạch Mai", "ORG")], [("Bệnh viện Bạch Mai", "ORG")]),
        ("Trận đấu ở U19 Hà Nội.", [("U19 Hà Nội", "ORG")], [("U19 Hà Nội", "ORG")]),
        ("Ông Nguyễn Văn An nói.", [("Nguyễn Văn An", "PER")], [("Nguyễn Văn An", "PER")]),
        # a capitalized place takes its administrative unit
        ("Về phía tỉnh Bắc Giang có ông An.", [("Bắc Giang", "LOC")], [("tỉnh Bắc Giang", "LOC")]),
        ("Tại thị trấn Sa Pa trời mưa.", [("Sa Pa", "LOC")], [("thị trấn Sa Pa", "LOC")]),
        ("Mưa lớn ở các tỉnh Nghệ An, Hà Tĩnh.", [("Nghệ An", "LOC")], [("tỉnh Nghệ An", "LOC")]),
        ("Bão vào các tỉnh miền Trung.", [("miền Trung", "LOC")], [("miền Trung", "LOC")]),
        # … and the place word before it, unless that ends another word
        ("Tình hình bán đảo Triều Tiên căng thẳng.", [("Triều Tiên", "LOC")], [("bán đảo Triều Tiên", "LOC")]),
        ("Đại sứ nước Cộng hòa Thổ Nhĩ Kỳ.", [("Thổ Nhĩ Kỳ", "LOC")], [("Cộng hòa Thổ Nhĩ Kỳ", "LOC")]),
        ("Ông yêu cầu Mỹ rút quân.", [("Mỹ", "LOC")], [("Mỹ", "LOC")]),
        ("Cảnh sát liên bang Iraq cho biết.", [("Iraq", "LOC")], [("Iraq", "LOC")]),
        # "Tổng" before an organization belongs to it
        ("Phó Chủ tịch Tổng LĐLĐ Việt Nam nói.", [("LĐLĐ Việt Nam", "ORG")], [("Tổng LĐLĐ Việt Nam", "ORG")]),
        # the unit must stand right before the name
        ("Người dân tỉnh, Bắc Giang cho biết.", [("Bắc Giang", "LOC")], [("Bắc Giang", "LOC")]),
    ],
)
def test_a_model_span_is_read_by_the_word_before_it(text: str, model, expected) -> None:

    assert in_place_context(text, _spans(text, model), default_pipeline().lexicons) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("Quân dân Sài Gòn-Chợ Lớn nổi dậy.", ["Sài Gòn-Chợ Lớn"], ["Sài Gòn", "Chợ Lớn"]),
        ("Quan hệ Mỹ-Nga căng thẳng.", ["Mỹ-Nga"], ["Mỹ", "Nga"]),
        ("Bờ biển Bãi Cháy - Quảng Ninh.", ["Bãi Cháy - Quảng Ninh"], ["Bãi Cháy", "Quảng Ninh"]),
        ("Gặp ở Brooklyn – New York.", ["Brooklyn – New York"], ["Brooklyn", "New York"]),
        ("Bão vào Bà Rịa - Vũng Tàu.", ["Bà Rịa - Vũng Tàu"], ["Bà Rịa - Vũng Tàu"]),
        ("Mưa ở Thừa Thiên - Huế.", ["Thừa Thiên - Huế"], ["Thừa Thiên - Huế"]),
        ("Trạm thu phí Pháp Vân - Cầu Giẽ.", ["Trạm thu phí Pháp Vân - Cầu Giẽ"], ["Trạm thu phí Pháp Vân - Cầu Giẽ"]),
        # one place's own hyphen stays
        ("Bão vào Bà Rịa-Vũng Tàu.", ["Bà Rịa-Vũng Tàu"], ["Bà Rịa-Vũng Tàu"]),
        ("Mưa ở Thừa Thiên-Huế.", ["Thừa Thiên-Huế"], ["Thừa Thiên-Huế"]),
        ("Mưa ở TT-Huế.", ["TT-Huế"], ["TT-Huế"]),
        ("Các nước Đông-Nam Á.", ["Đông-Nam Á"], ["Đông-Nam Á"]),
        ("Đi Rostov-on-Don.", ["Rostov-on-Don"], ["Rostov-on-Don"]),
        ("Tuyến cao tốc Pháp Vân-Cầu Giẽ.", ["cao tốc Pháp Vân-Cầu Giẽ"], ["cao tốc Pháp Vân-Cầu Giẽ"]),
    ],
)
def test_two_places_joined_by_a_bare_hyphen_are_two_places(text: str, model: list[str], expected: list[str]) -> None:

    found = split_place_pairs(text, _spans(text, [(m, "LOC") for m in model]), default_pipeline().lexicons)
    assert found == _spans(text, [(e, "LOC") for e in expected])


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Khu du lịch sinh thái Mỹ Lệ mở cửa.",
            [("Khu du lịch sinh thái", "LOC"), ("Mỹ Lệ", "LOC")],
            [("Khu du lịch sinh thái Mỹ Lệ", "LOC")],
        ),
        # a name before a name, a comma between or another label stays apart
        ("Từ Hà Nội Việt Nam.", [("Hà Nội", "LOC"), ("Việt Nam", "LOC")], [("Hà Nội", "LOC"), ("Việt Nam", "LOC")]),
        ("Ở thủ đô, Hà Nội.", [("thủ đô", "LOC"), ("Hà Nội", "LOC")], [("thủ đô", "LOC"), ("Hà Nội", "LOC")]),
        ("Ở khu vực Hà Nội.", [("khu vực", "ORG"), ("Hà Nội", "LOC")], [("khu vực", "ORG"), ("Hà Nội", "LOC")]),
    ],
)
def test_a_place_broken_after_its_description_is_one_place(text: str, model, expected) -> None:

    assert joined_descriptions(text, _spans(text, model)) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Nhà báo Đức Alexander Osang viết.",
            [("Đức Alexander Osang", "PER")],
            [("Đức", "LOC"), ("Alexander Osang", "PER")],
        ),
        ("Sử gia Nga Yuri Pasholok đăng ảnh.", [("Yuri Pasholok", "PER")], [("Nga", "LOC"), ("Yuri Pasholok", "PER")]),
        (
            "Sử gia Nga Yuri Pasholok.",
            [("Nga", "LOC"), ("Yuri Pasholok", "PER")],
            [("Nga", "LOC"), ("Yuri Pasholok", "PER")],
        ),
        (
            "Người phát ngôn quân đội Mỹ Ryan Dillon cho biết.",
            [("Mỹ", "LOC"), ("Dillon", "LOC")],
            [("Mỹ", "LOC"), ("Ryan Dillon", "PER")],
        ),
        # an organization the model read, an honorific that is also a country, a Vietnamese
        # name, and a country before a place stay as they are
        (
            "CLB bóng đá Đức Borussia Dortmund thắng.",
            [("Đức Borussia Dortmund", "ORG")],
            [("Đức Borussia Dortmund", "ORG")],
        ),
        ("Anh Steve Jobs nói.", [("Steve Jobs", "PER")], [("Steve Jobs", "PER")]),
        ("Đại sứ Việt Nam Nguyễn Văn An nói.", [("Nguyễn Văn An", "PER")], [("Nguyễn Văn An", "PER")]),
        ("Ông đến Mỹ New York.", [("Mỹ", "LOC"), ("New York", "LOC")], [("Mỹ", "LOC"), ("New York", "LOC")]),
    ],
)
def test_a_country_before_a_foreign_name_is_a_place(text: str, model, expected) -> None:

    assert sorted(country_before_name(text, _spans(text, model), default_pipeline().lexicons)) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("Diễn tập tại miền bắc Ba Lan.", [("miền bắc Ba Lan", "LOC")], [("miền bắc", "LOC"), ("Ba Lan", "LOC")]),
        ("Ở tỉnh miền tây Anbar.", [("miền tây Anbar", "LOC")], [("miền tây", "LOC"), ("Anbar", "LOC")]),
        ("Ở miền Bắc Cực lạnh.", [("miền Bắc Cực", "LOC")], [("miền Bắc Cực", "LOC")]),
        ("Mưa ở miền bắc.", [("miền bắc", "LOC")], [("miền bắc", "LOC")]),
    ],
)
def test_a_region_in_lower_case_is_apart_from_its_country(text: str, model, expected) -> None:

    assert regions_apart(text, joined_descriptions(text, _spans(text, model))) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("Tại Cung thiếu nhi, 36 Lý Thái Tổ.", [("Lý Thái Tổ", "PER")], [("36 Lý Thái Tổ", "LOC")]),
        ("Khách sạn ở số 5 Tứ Hoa, Tây Hồ.", [], [("số 5 Tứ Hoa", "LOC")]),
        ("Nhà số 448/15 Lê Văn Sỹ (quận 3).", [], []),  # "Nhà số …": no place word before it
        ("Ngụ tại 448/15 Lê Văn Sỹ (quận 3).", [], [("448/15 Lê Văn Sỹ", "LOC")]),
        # medal tables and scores are not addresses; a longer model span stays
        ("Đoàn đạt 1 HCV, 2 HCB, 1 HCĐ.", [], []),
        ("Ở 36 Lý Thái Tổ Street.", [("36 Lý Thái Tổ Street", "LOC")], [("36 Lý Thái Tổ Street", "LOC")]),
        ("Kết quả: Việt Nam thắng, 3 Mông Cổ thua.", [("Việt Nam", "LOC")], [("Việt Nam", "LOC")]),
    ],
)
def test_a_street_address_is_a_place(text: str, model, expected) -> None:

    assert street_addresses(text, _spans(text, model)) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("Ảnh: AFP/TTXVN", [("AFP/TTXVN", "ORG")], [("AFP", "ORG"), ("TTXVN", "ORG")]),
        ("(TTXVN/Vietnam+)", [("TTXVN/Vietnam+", "ORG")], [("TTXVN", "ORG"), ("Vietnam+", "ORG")]),
        ("Quyết định số 3610a/QĐ-BCT", [("3610a/QĐ-BCT", "ORG")], [("3610a/QĐ-BCT", "ORG")]),
        ("Ảnh: Hà Khánh/VOV", [("Hà Khánh/VOV", "PER")], [("Hà Khánh/VOV", "PER")]),
    ],
)
def test_two_sources_of_a_credit_are_two_organizations(text: str, model, expected) -> None:

    assert sources_apart(text, _spans(text, model)) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Ảnh: Nguyễn Tuyến-Thành Hữu/Vietnam+",
            [("Nguyễn Tuyến-Thành Hữu", "PER")],
            [("Nguyễn Tuyến", "PER"), ("Thành Hữu", "PER")],
        ),
        (
            "VĐV Thiếu tướng Hoàng Đăng Nhiễu-Thượng tá Nguyễn Xuân Tú",
            [("Hoàng Đăng Nhiễu-Thượng", "PER")],
            [("Hoàng Đăng Nhiễu", "PER")],
        ),
        # hyphenated foreign names stay whole
        ("Tiền đạo Pierre-Emerick Aubameyang", [("Pierre-Emerick Aubameyang", "PER")], None),
        ("Đạo diễn Jordan Vogt-Roberts", [("Jordan Vogt-Roberts", "PER")], None),
        ("Vận động viên An Ting-Yao", [("An Ting-Yao", "PER")], None),
        ("Ông Kim Jong-un", [("Kim Jong-un", "PER")], None),
    ],
)
def test_two_vietnamese_names_joined_by_a_hyphen_are_two_persons(text: str, model, expected) -> None:

    assert persons_apart(text, _spans(text, model), default_pipeline().lexicons) == _spans(text, expected or model)


_WORDS = [
    "ở",
    "tại",
    "tỉnh",
    "miền",
    "bắc",
    "Bắc",
    "Giang",
    "Sài",
    "Gòn-Chợ",
    "Lớn",
    "AFP/TTXVN",
    "Mỹ",
    "Ryan",
    "Dillon",
]
_WORDS += [
    "Nguyễn",
    "Tuyến-Thành",
    "Hữu",
    "36",
    "Lý",
    "Thái",
    "Tổ",
    ",",
    ".",
    "-",
    "Tổng",
    "LĐLĐ",
    "và",
    "Khu",
    "du",
    "lịch",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
    picks=st.lists(
        st.tuples(st.integers(0, 13), st.integers(1, 4), st.sampled_from(["PER", "ORG", "LOC"])), max_size=4
    ),
)
def test_mended_spans_stay_inside_the_text_and_on_its_characters(words: list[str], picks) -> None:
    from extractor.entities.conventions import in_vlsp_convention

    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
    spans, taken = [], set()
    for first, length, label in picks:
        stop = min(first + length, len(words))
        if first >= len(words) or taken & set(range(first, stop)):
            continue
        taken |= set(range(first, stop))
        spans.append((starts[first], starts[stop - 1] + len(words[stop - 1]), label))
    for start, end, label in in_vlsp_convention(text, sorted(spans), default_pipeline().lexicons):
        assert 0 <= start < end <= len(text) and label in ("PER", "ORG", "LOC")
        assert text[start:end] == text[start:end].strip()


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("Người dân cài đặt Etax Mobile.", [("Etax Mobile", "PER")], []),
        ("Tập đoàn hợp tác với Sun Group.", [("Sun Group", "PER")], [("Sun Group", "ORG")]),
        # a person stays a person; a product's word ends only a person's span here
        ("Ông Lê Minh Pay dự.", [("Lê Minh", "PER")], [("Lê Minh", "PER")]),
        ("Ứng dụng Etax Mobile.", [("Etax Mobile", "ORG")], [("Etax Mobile", "ORG")]),
    ],
)
def test_a_product_or_a_company_is_no_person(text: str, model, expected) -> None:
    assert products_and_companies(text, _spans(text, model)) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Chủ nhiệm Ủy ban Văn hóa của Quốc hội Nguyễn Đắc Vinh phát biểu.",
            [("Ủy ban Văn hóa của Quốc hội Nguyễn Đắc Vinh", "ORG")],
            [("Ủy ban Văn hóa của Quốc hội", "ORG"), ("Nguyễn Đắc Vinh", "PER")],
        ),
        # a body named after a person, without "của", keeps the name
        ("Hiệu trưởng Trường THPT Nguyễn Trãi dự.", [("Trường THPT Nguyễn Trãi", "ORG")], None),
        # after "của", a place is no person
        ("Văn phòng của Tập đoàn Hà Nội khai trương.", [("Văn phòng của Tập đoàn Hà Nội", "ORG")], None),
    ],
)
def test_a_name_after_a_body_and_its_owner_is_the_person_heading_it(text: str, model, expected) -> None:
    spans = _spans(text, model)
    assert persons_after_bodies(text, spans, default_pipeline().lexicons) == (
        spans if expected is None else _spans(text, expected)
    )


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a part's number alone in brackets, a series' second article: no ward
        ("10 doanh nhân đi lên từ hai bàn tay trắng (P.2)", [("P.2", "LOC")], []),
        # a ward in an address stays one
        ("Chị Lan (P.2, Q.3, TP.HCM) ủng hộ 500.000 đồng", [("P.2", "LOC")], [("P.2", "LOC")]),
    ],
)
def test_a_part_number_in_brackets_is_no_place(text: str, model, expected) -> None:
    assert part_numbers(text, _spans(text, model)) == _spans(text, expected)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a state's formal name, however many forms and qualifiers it takes, is a place
        (
            "Đại sứ Cộng hòa Liên bang Đức Helga Barth chào từ biệt.",
            [("Cộng hòa Liên bang Đức", "ORG"), ("Helga Barth", "PER")],
            [("Cộng hòa Liên bang Đức", "LOC"), ("Helga Barth", "PER")],
        ),
        (
            "Đại sứ Cộng hòa Dân chủ Nhân dân Lào nói.",
            [("Cộng hòa Dân chủ Nhân dân Lào", "ORG")],
            [("Cộng hòa Dân chủ Nhân dân Lào", "LOC")],
        ),
        ("Đoàn của Vương quốc Bỉ đến.", [("Vương quốc Bỉ", "ORG")], [("Vương quốc Bỉ", "LOC")]),
        # not a body of the state, nor a form without a country after it
        (
            "Chính phủ Cộng hòa Pháp cho biết.",
            [("Chính phủ Cộng hòa Pháp", "ORG")],
            [("Chính phủ Cộng hòa Pháp", "ORG")],
        ),
        ("Đảng Cộng hòa Mỹ thắng.", [("Đảng Cộng hòa Mỹ", "ORG")], [("Đảng Cộng hòa Mỹ", "ORG")]),
        ("Vương quốc Bánh kẹo khai trương.", [("Vương quốc Bánh kẹo", "ORG")], [("Vương quốc Bánh kẹo", "ORG")]),
    ],
)
def test_a_state_s_formal_name_is_a_place(text: str, model, expected) -> None:
    assert states_as_places(text, _spans(text, model), default_pipeline().lexicons) == _spans(text, expected)
