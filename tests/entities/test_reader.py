"""Officials, positions and institutions from the rule-based entity stages."""

from __future__ import annotations

import pytest

from extractor import extract_text


def _names(result) -> list[str]:
    return [i.name for i in result.institutions]


def _officials(text: str) -> dict[str, list[str]]:
    return {o.name: [p.phrase for p in o.positions] for o in extract_text(text, require_vietnamese=False).officials}


def test_seed_official_with_two_positions_and_all_institutions(seed_text: str) -> None:
    result = extract_text(seed_text)
    assert [(o.name, [p.phrase for p in o.positions]) for o in result.officials] == [
        ("Nguyễn Minh Tâm", ["Bí thư Đảng ủy phường Yên Sở", "Chủ tịch HĐND phường Yên Sở"])
    ]
    official = result.officials[0]
    # The caption repeats are layout, the later "Đồng chí Nguyễn Minh Tâm" is the same person.
    assert any(seed_text[m.start - 9 : m.start] == "Đồng chí " for m in official.mentions)
    names = {i.name for i in result.institutions}
    assert names == {
        "Đảng bộ phường Yên Sở",
        "Đảng ủy phường Yên Sở",
        "HĐND phường Yên Sở",
        "Mầm non Ánh Sao",
        "Tiểu học Pháp Vân",
        "THPT Đỗ Mười",
        "Quốc hội",
        "Ban Tuyên giáo và Dân vận Thành ủy",
        "Chi bộ Tổ dân phố số 17 phường Yên Sở",
        "Ban Thường vụ Đảng ủy phường Yên Sở",
        "UBND phường Yên Sở",
    }
    party = next(i for i in result.institutions if i.name == "Đảng ủy phường Yên Sở")
    assert party.kind == "party"
    assert "Đảng ủy phường" in party.aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Nguyễn Văn An, Giám đốc Sở Xây dựng Hà Nội, cho biết dự án đã hoàn thành.",
            {"Nguyễn Văn An": ["Giám đốc Sở Xây dựng Hà Nội"]},
        ),
        (
            "Phó Chủ tịch UBND xã Thường Tín Trần Văn Bình yêu cầu các đội xung kích trực đêm.",
            {"Trần Văn Bình": ["Phó Chủ tịch UBND xã Thường Tín"]},
        ),
        (
            "Theo đó, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng gợi ý một số vấn đề.",
            {"Mai Tiến Dũng": ["Bộ trưởng Văn phòng Chính phủ", "Chủ nhiệm Văn phòng Chính phủ"]},
        ),
        # but no share of another kind of unit than the title heads: a deputy minister heads no department
        (
            "Ông Phạm Đức Long, Thứ trưởng, kiêm Cục trưởng Cục Bưu điện Trung ương phát biểu.",
            {"Phạm Đức Long": ["Thứ trưởng", "Cục trưởng Cục Bưu điện Trung ương"]},
        ),
        (
            "Tổng thống Mỹ Donald Trump đã có bài phát biểu tại hội nghị.",
            {"Donald Trump": ["Tổng thống Mỹ"]},
        ),
        (
            "Ông Đỗ Văn Lợi - Trạm trưởng cho biết, trạm đã chạy đủ 8 máy từ sáng.",
            {"Đỗ Văn Lợi": ["Trạm trưởng"]},
        ),
        # "Phủ Chủ tịch" is the palace, no one's title before the list of the next person's
        (
            "Chiều 11/8, tại Phủ Chủ tịch, Tổng Bí thư Tô Lâm chủ trì lễ đón Tổng thống Hàn Quốc Lee Jae Myung.",
            {"Tô Lâm": ["Tổng Bí thư"], "Lee Jae Myung": ["Tổng thống Hàn Quốc"]},
        ),
        # "phụ trách" with nothing after it is the deputy's standing; the post taken follows
        (
            "HĐQT đã bổ nhiệm ông Lê Hồng Hà, Phó Tổng Giám đốc phụ trách, làm Tổng Giám đốc.",
            {"Lê Hồng Hà": ["Phó Tổng Giám đốc", "Tổng Giám đốc"]},
        ),
        # a founder is no office; the office after "kiêm" is the founder's post
        (
            "Ông Andreas Raptopoulos, đồng sáng lập kiêm CEO của Matternet nói rằng kết quả rất khả quan.",
            {"Andreas Raptopoulos": ["CEO Matternet"]},
        ),
        # a unit before the 2025 mergers, "cũ" (former) written without brackets
        (
            "Bà Hoàng Thị Én, Bí thư Huyện ủy cũ, nay là Bí thư Đảng ủy xã Tân Lập, dự lễ.",
            {"Hoàng Thị Én": ["Bí thư Huyện ủy", "Bí thư Đảng ủy xã Tân Lập"]},
        ),
        (
            "Nguyên Chủ tịch UBND huyện Mỹ Đức cũ Nguyễn Văn Hùng bị kỷ luật.",
            {"Nguyễn Văn Hùng": ["Nguyên Chủ tịch UBND huyện Mỹ Đức"]},
        ),
        # a title's qualifier with no body after it is the title's ("Trưởng Ban kiểm soát": the
        # supervisory board), before the clause's punctuation or the holder's name
        ("Ông Nguyễn Văn Tuấn, Trưởng Ban kiểm soát, cho biết.", {"Nguyễn Văn Tuấn": ["Trưởng Ban kiểm soát"]}),
        ("Trưởng Ban kiểm soát Nguyễn Văn Tuấn cho biết.", {"Nguyễn Văn Tuấn": ["Trưởng Ban kiểm soát"]}),
        (
            "Giám đốc tài chính (CFO) Hồ Ngọc Yến Phương trình bày báo cáo.",
            {"Hồ Ngọc Yến Phương": ["Giám đốc tài chính"]},
        ),
        # (a country is no holder's name)
        (
            "Bộ trưởng Quốc phòng Áo Hans-Peter Dosoczil cho biết.",
            {"Hans-Peter Dosoczil": ["Bộ trưởng Quốc phòng Áo"]},
        ),
        # an ocean after "tại" ends the post's place: its "Dương" is no family name of the holder's
        (
            "Bộ trưởng tiếp Tư lệnh Lục quân Hoa Kỳ tại Thái Bình Dương, Đại tướng Ronald Clark, tại Hà Nội.",
            {"Ronald Clark": ["Tư lệnh Lục quân Hoa Kỳ tại Thái Bình Dương"]},
        ),
        (
            "Bộ trưởng tiếp Tư lệnh Lục quân Hoa Kỳ tại Thái Bình Dương Ronald Clark.",
            {"Ronald Clark": ["Tư lệnh Lục quân Hoa Kỳ tại Thái Bình Dương"]},
        ),
        # an attaché's field is the title's, before the country
        (
            "Đại tá John Smith, Tùy viên Quốc phòng Hoa Kỳ tại Việt Nam, cùng dự.",
            {"John Smith": ["Tùy viên Quốc phòng Hoa Kỳ tại Việt Nam"]},
        ),
        # a post of a body named by its lower-case head, its holder set off by commas on both sides
        ("Giám đốc hợp tác xã, bà Ngô Thị Thu, cho biết giá bán cao hơn.", {"Ngô Thị Thu": ["Giám đốc hợp tác xã"]}),
        (
            "Hiệu trưởng nhà trường, thầy Giàng A Dình, cho biết trường có 612 học sinh.",
            {"Giàng A Dình": ["Hiệu trưởng nhà trường"]},
        ),
        # (not a name the clause goes on from, nor one with a post of its own after it)
        ("Nhắc nhở tân Giám đốc ban, ông Nguyễn Văn An đề nghị cán bộ đoàn kết.", {}),
        (
            "Nhắc nhở tân Giám đốc ban, ông Nguyễn Văn An, Phó Chủ tịch UBND xã, đề nghị đoàn kết.",
            {"Nguyễn Văn An": ["Phó Chủ tịch UBND xã"]},
        ),
        # a board whose head is in sentence case ("Ban Quản lý") names its line of work in lower
        # case, with no place after it
        (
            "Giám đốc Ban Quản lý dự án đường sắt Nguyễn Văn Hải cho biết.",
            {"Nguyễn Văn Hải": ["Giám đốc Ban Quản lý dự án đường sắt"]},
        ),
        (
            "Giám đốc Ban Quản lý dự án 85, ông Nguyễn Văn Hải, cho biết.",
            {"Nguyễn Văn Hải": ["Giám đốc Ban Quản lý dự án 85"]},
        ),
        # a board member's standing between the board and its company: the company's board
        (
            "Bà Lê Thị Hà, Thành viên HĐQT độc lập Công ty CP FPT, cho biết.",
            {"Lê Thị Hà": ["Thành viên HĐQT Công ty CP FPT"]},
        ),
        (
            "Thành viên HĐQT không điều hành Ngân hàng TMCP Á Châu Lê Thị Hà cho biết.",
            {"Lê Thị Hà": ["Thành viên HĐQT Ngân hàng TMCP Á Châu"]},
        ),
        # "và" after a post joins other guests, not a description of the post's body
        (
            "Tham dự có ông Lê Ngọc Sơn, Chủ tịch HĐTV và đại diện Tổng công ty Khí Việt Nam.",
            {"Lê Ngọc Sơn": ["Chủ tịch HĐTV"]},
        ),
    ],
)
def test_positions(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_not_officials() -> None:
    text = (
        "Trường THPT Đỗ Mười khai giảng năm học mới trên đường Lê Duẩn.\n\n"
        "Anh Nguyễn Văn Bình, người dân trong thôn, cho biết nước đã rút.\n\n"
        "Lãnh đạo phường trao giấy khen. Ảnh: Hiền Thu\n\n"
        "Hiền Thu"
    )
    assert _officials(text) == {}


def test_later_short_mentions_join_the_official() -> None:
    text = (
        "Thứ trưởng Bộ GTVT Nguyễn Hồng Trường đã kiểm tra dự án.\n"
        "Thứ trưởng Trường yêu cầu nhà thầu khắc phục. Ông Trường nhấn mạnh phải bảo đảm chất lượng."
    )
    result = extract_text(text, require_vietnamese=False)
    assert len(result.officials) == 1
    assert [m.text for m in result.officials[0].mentions] == ["Nguyễn Hồng Trường", "Trường", "Trường"]


@pytest.mark.parametrize(
    "text",
    [
        "Ông là Chủ tịch",
        "Đây là Bộ trưởng, Chủ nhiệm",
        "Thứ trưởng Bộ GTVT",
        "Chủ tịch UBND tỉnh Võ",
        "Bà Nguyễn Thị A, Giám đốc",
        "Giám đốc Sở, ông",
        "Chủ tịch, ",
        "Ông Tâm",
        "UBND",
    ],
)
def test_sentences_that_end_early_do_not_break_the_reader(text: str) -> None:
    result = extract_text(text, require_vietnamese=False)
    for official in result.officials:
        assert official.name and official.positions


def test_declared_short_names_are_one_institution() -> None:
    text = (
        "Ngân hàng TMCP Đại Dương (OceanBank) bị mua lại với giá 0 đồng.\n"
        "Ông Nguyễn Xuân Sơn, nguyên Tổng Giám đốc OceanBank, bị truy tố. Ngân hàng OceanBank đã thua lỗ.\n"
        "Tập đoàn Dầu khí Việt Nam (PVN) góp vốn vào OceanBank."
    )
    result = extract_text(text, require_vietnamese=False)
    bank = next(i for i in result.institutions if i.name == "Ngân hàng TMCP Đại Dương")
    assert "OceanBank" in bank.aliases
    assert len(bank.mentions) >= 4
    names = [i.name for i in result.institutions]
    assert "OceanBank" not in names and "Ngân hàng OceanBank" not in names
    assert "Tập đoàn Dầu khí Việt Nam" in names


def test_a_board_and_its_company_are_two_bodies() -> None:
    # the company a board's name ends in is no clipped writing of the board
    text = "Ông Lê Văn Tâm, Chủ tịch HĐQT Sao Mai, cho biết lợi nhuận tăng. Năm nay Sao Mai sẽ mở thêm nhà máy."
    names = {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions}
    assert "HĐQT Sao Mai" in names and "Sao Mai" in names
    assert "Sao Mai" not in names["HĐQT Sao Mai"]


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        # the body a title's last words open, the organization after them
        ("Trung tướng Tô Ân Xô, Chánh Văn phòng Bộ Công an, cho biết.", "Văn phòng Bộ Công an", "Văn phòng Bộ Công an"),
        # a head in lower case inside the title, as the text writes it
        (
            "Ông Võ Hùng Cường - Trưởng phòng Chăm sóc khách hàng cho biết.",
            "Phòng Chăm sóc khách hàng",
            "phòng Chăm sóc khách hàng",
        ),
        # a company's board
        (
            "Chủ tịch HĐQT Công ty cổ phần Vimeco Trần Đình Tuấn dự.",
            "HĐQT Công ty cổ phần Vimeco",
            "HĐQT Công ty cổ phần Vimeco",
        ),
    ],
)
def test_a_body_a_post_spells_out_has_its_place_in_the_text(text: str, name: str, written: str) -> None:
    records = {i.name: i for i in extract_text(text, require_vietnamese=False).institutions}
    assert [(m.text, text[m.start : m.end]) for m in records[name].mentions] == [(written, written)]
    assert records[name].sentence == text


def test_a_bank_a_subsidiary_is_named_after_is_a_body_of_its_own() -> None:
    # the bank's brand at the end of a securities firm's name is the parent, not the firm's short name
    text = (
        "Theo Công ty Chứng khoán Vietcombank (VCBS), lợi nhuận ngành ngân hàng sẽ tăng. "
        "Moody's đã nâng hạng tín nhiệm của Vietcombank."
    )
    names = {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions}
    assert names["Công ty Chứng khoán Vietcombank"] == ["VCBS"]
    assert "Vietcombank" in names


def test_a_name_opened_by_an_abbreviated_head_has_that_head_s_kind() -> None:
    text = "Ông Trần Văn Khoa, Hiệu trưởng ĐH Kinh tế Quốc dân, cho biết."
    [body] = extract_text(text, require_vietnamese=False).institutions
    assert (body.name, body.kind) == ("ĐH Kinh tế Quốc dân", "education")


def test_a_brand_alias_is_written_as_the_text_writes_it() -> None:
    # the brand a group's name carries is its short name, in its own capitals, not a lookup key
    result = extract_text("Tập đoàn Sunshine vừa phát hành trái phiếu.", require_vietnamese=False)
    group = next(i for i in result.institutions if i.name.startswith("Tập đoàn"))
    assert group.aliases and all(alias[:1].isupper() for alias in group.aliases)


def test_unit_head_titles_name_their_unit() -> None:
    text = "Tổng cục trưởng Đường bộ Việt Nam Nguyễn Văn Huyện cho biết sẽ rà soát các dự án BOT."
    result = extract_text(text, require_vietnamese=False)
    assert [p.phrase for p in result.officials[0].positions] == ["Tổng cục trưởng Đường bộ Việt Nam"]
    assert "Tổng cục Đường bộ Việt Nam" in [i.name for i in result.institutions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng nay, Đoàn công tác do Ủy viên Trung ương Đảng, Bộ trưởng Trương Minh Tuấn làm trưởng đoàn.",
            {"Trương Minh Tuấn": ["Ủy viên Trung ương Đảng", "Bộ trưởng"]},
        ),
        (
            "Chủ tịch Ủy ban Trung ương MTTQVN, Trưởng Ban Cứu trợ trung ương Trần Thanh Mẫn khẳng định.",
            {"Trần Thanh Mẫn": ["Chủ tịch Ủy ban Trung ương MTTQVN", "Trưởng Ban Cứu trợ trung ương"]},
        ),
        (
            "Tổng cục trưởng Đường bộ Việt Nam Nguyễn Văn Huyện cho biết.",
            {"Nguyễn Văn Huyện": ["Tổng cục trưởng Đường bộ Việt Nam"]},
        ),
        (
            "Lãnh đạo Vinachem như Chủ tịch Vinachem, ông Nguyễn Anh Dũng đã nhận trách nhiệm.",
            {"Nguyễn Anh Dũng": ["Chủ tịch Vinachem"]},
        ),
        (
            "Sheldon Adelson là Chủ tịch và Giám đốc điều hành của Las Vegas Sands, công ty lớn nhất nước Mỹ.",
            {"Sheldon Adelson": ["Chủ tịch Las Vegas Sands", "Giám đốc điều hành Las Vegas Sands"]},
        ),
        (
            "Tòa không giảm án cho nguyên Chủ tịch HĐQT Hà Văn Thắm và nguyên Tổng Giám đốc Nguyễn Xuân Sơn.",
            {"Hà Văn Thắm": ["nguyên Chủ tịch HĐQT"], "Nguyễn Xuân Sơn": ["nguyên Tổng Giám đốc"]},
        ),
    ],
)
def test_more_position_patterns(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_clipped_names_and_non_institutions() -> None:
    text = (
        "Tập đoàn Hóa chất Việt Nam có bốn dự án thua lỗ. Tập đoàn Hóa chất đã báo cáo Bộ Công Thương.\n"
        "Theo Công điện số 04/CĐ-UBND, các đơn vị phải trực 24/24 giờ."
    )
    names = [i.name for i in extract_text(text, require_vietnamese=False).institutions]
    assert "Tập đoàn Hóa chất" not in names and "Tập đoàn Hóa chất Việt Nam" in names
    assert not any(n.startswith("Công điện") for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tại TP. HCM) hôm qua", "TP. HCM"),
        ("tỉnh Bà Rịa- ", "tỉnh Bà Rịa"),
        ("Viện Nghiên cứu Phát triển (NCPT", "Viện Nghiên cứu Phát triển"),
        ("(Bộ Y tế)", "Bộ Y tế"),
    ],
)
def test_model_spans_lose_edge_punctuation(text: str, expected: str) -> None:
    from extractor.entities.reader import trimmed_span

    start = 0 if not text.startswith("Tại") else 4
    span = trimmed_span(text, start, len(text), "LOC")
    assert text[span.start : span.end] == expected


def test_company_business_line_and_stock_codes() -> None:
    text = (
        "Chủ tịch Công ty TNHH MTV đầu tư phát triển thủy lợi sông Đáy Trần Đình Cường cho biết trạm bơm đã vận hành.\n"
        "Các doanh nghiệp niêm yết là Công ty CP Bibica (mã chứng khoán BBC) và Công ty CP Bánh kẹo Hải Hà. "
        "Cổ phiếu BBC tăng mạnh, Bibica có lãi. Công ty TNHH vẫn chưa báo cáo."
    )
    result = extract_text(text, require_vietnamese=False)
    assert [(o.name, [p.phrase for p in o.positions]) for o in result.officials] == [
        ("Trần Đình Cường", ["Chủ tịch Công ty TNHH MTV đầu tư phát triển thủy lợi sông Đáy"])
    ]
    names = {i.name: i.aliases for i in result.institutions}
    assert "Công ty TNHH MTV đầu tư phát triển thủy lợi sông Đáy" in names
    assert set(names["Công ty CP Bibica"]) >= {"BBC", "Bibica"}
    assert "Công ty TNHH" not in names and "BBC" not in names


@pytest.mark.parametrize(
    ("text", "company", "brand"),
    [
        # the legal form written in words, and a group's head after it
        (
            "Công ty cổ phần Tập đoàn Masan (MSN) vừa họp. Masan sẽ chia cổ tức.",
            "Công ty cổ phần Tập đoàn Masan",
            "Masan",
        ),
        ("Công ty Cổ phần Bibica báo lãi. Bibica sẽ chia cổ tức.", "Công ty Cổ phần Bibica", "Bibica"),
    ],
)
def test_a_company_is_named_later_by_its_one_word_brand(text: str, company: str, brand: str) -> None:
    names = {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions}
    assert brand in names[company]
    assert brand not in names


def test_branches_in_positions_are_institutions() -> None:
    text = "Tòa xử Lê Tuấn Anh – nguyên Giám đốc chi nhánh Thăng Long; Nguyễn Thị Loan - nguyên Giám đốc phòng giao dịch Trung Yên."
    result = extract_text(text, require_vietnamese=False)
    assert {o.name: [p.phrase for p in o.positions] for o in result.officials} == {
        "Lê Tuấn Anh": ["nguyên Giám đốc chi nhánh Thăng Long"],
        "Nguyễn Thị Loan": ["nguyên Giám đốc phòng giao dịch Trung Yên"],
    }
    assert {"chi nhánh Thăng Long", "phòng giao dịch Trung Yên"} <= {i.name for i in result.institutions}


def test_standing_bodies_and_standing_deputies() -> None:
    text = "Báo cáo Bộ Chính trị, Thường trực Ban Bí Thư, Quốc hội. Phó Bí thư Thường trực Thành ủy Nguyễn Văn Phong phát biểu."
    result = extract_text(text, require_vietnamese=False)
    assert [i.name for i in result.institutions] == ["Bộ Chính trị", "Thường trực Ban Bí Thư", "Quốc hội", "Thành ủy"]
    [official] = result.officials
    assert [(p.title, p.organization) for p in official.positions] == [("Phó Bí thư Thường trực", "Thành ủy")]


def test_institution_name_details() -> None:
    text = (
        "Bảo tàng được Trung tâm Yad Vashem World Holocaust Remembrance tài trợ. "
        "Công ty CP Phân đạm và Hóa chất Hà Bắc nợ nhiều. Công ty Phân đạm và Hóa chất Hà Bắc chưa trả.\n"
        "Giá cao su tăng vì thị trường Trung Quốc mở cửa, theo một ngân hàng Trung Quốc."
    )
    names = [i.name for i in extract_text(text, require_vietnamese=False).institutions]
    assert "Trung tâm Yad Vashem World Holocaust Remembrance" in names
    assert names.count("Công ty CP Phân đạm và Hóa chất Hà Bắc") == 1
    assert "Công ty Phân đạm và Hóa chất Hà Bắc" not in names
    assert not any("Trung Quốc" in n for n in names)


def test_news_paragraphs_with_lists_and_national_bodies() -> None:
    text = (
        "Hà Nội đẩy nhanh giải ngân vốn đầu tư công\n\n"
        "Chiều 15-3, đồng chí Trần Sỹ Thanh, Ủy viên Trung ương Đảng, Chủ tịch UBND thành phố Hà Nội chủ trì hội nghị.\n\n"
        "Phó Chủ tịch Thường trực UBND thành phố Lê Hồng Sơn cho biết, thu ngân sách đạt 510.000 tỷ đồng, tăng 12,5%.\n\n"
        "Theo ông Nguyễn Mạnh Quyền, Phó Chủ tịch UBND thành phố, thành phố đã giải ngân khoảng 45% kế hoạch vốn.\n\n"
        "Tham dự có các đồng chí: Nguyễn Văn Phong, Phó Bí thư Thành ủy; Nguyễn Ngọc Tuấn, Chủ tịch HĐND thành phố.\n\n"
        "Bà Nguyễn Thị Hoa, 54 tuổi, người dân phường Hoàn Kiếm, phấn khởi cho biết."
    )
    result = extract_text(text)
    assert {o.name: [p.phrase for p in o.positions] for o in result.officials} == {
        "Trần Sỹ Thanh": ["Ủy viên Trung ương Đảng", "Chủ tịch UBND thành phố Hà Nội"],
        "Lê Hồng Sơn": ["Phó Chủ tịch Thường trực UBND thành phố"],
        "Nguyễn Mạnh Quyền": ["Phó Chủ tịch UBND thành phố"],
        "Nguyễn Văn Phong": ["Phó Bí thư Thành ủy"],
        "Nguyễn Ngọc Tuấn": ["Chủ tịch HĐND thành phố"],
    }
    names = {i.name for i in result.institutions}
    assert "Trung ương Đảng" in names and not any("Lê Hồng Sơn" in n for n in names)
    assert [m.amount for m in result.money] == [510_000 * 10**9]


def test_ranks_degrees_and_countries() -> None:
    text = (
        "Giám đốc Công an thành phố Hà Nội, Trung tướng Nguyễn Hải Trung cho biết lực lượng đã sẵn sàng.\n\n"
        "Đại tá Nguyễn Văn An, Trưởng Công an quận Cầu Giấy, nhấn mạnh yêu cầu bảo đảm an toàn.\n\n"
        "PGS.TS Nguyễn Văn Bình, Hiệu trưởng Trường Đại học Bách khoa Hà Nội, phát biểu khai mạc.\n\n"
        "Chủ tịch nước Lương Cường đã tiếp Tổng thống Pháp Emmanuel Macron."
    )
    result = extract_text(text)
    assert {o.name: [p.phrase for p in o.positions] for o in result.officials} == {
        "Nguyễn Hải Trung": ["Giám đốc Công an thành phố Hà Nội"],
        "Nguyễn Văn An": ["Trưởng Công an quận Cầu Giấy"],
        "Nguyễn Văn Bình": ["Hiệu trưởng Trường Đại học Bách khoa Hà Nội"],
        "Lương Cường": ["Chủ tịch nước"],
        "Emmanuel Macron": ["Tổng thống Pháp"],
    }
    assert "Pháp" not in {i.name for i in result.institutions}


def test_ethnic_minority_family_names() -> None:
    text = (
        "Chủ tịch UBND xã Sà Phìn Giàng Seo Phử cho biết. "
        "Phó Chủ tịch UBND huyện Krông Pắc Ksor Phước Hà kiểm tra đê. Sở Y tế Hà Nội đã làm việc."
    )
    result = extract_text(text, require_vietnamese=False)
    assert {o.name: [p.phrase for p in o.positions] for o in result.officials} == {
        "Giàng Seo Phử": ["Chủ tịch UBND xã Sà Phìn"],
        "Ksor Phước Hà": ["Phó Chủ tịch UBND huyện Krông Pắc"],
    }
    assert "Sở Y tế Hà Nội" in {i.name for i in result.institutions}


def test_fire_prevention_and_fighting_inside_names() -> None:
    text = "Bộ trưởng mong muốn Hiệp hội Phòng cháy, chữa cháy Nhật Bản tiếp tục hỗ trợ."
    assert _names(extract_text(text)) == ["Hiệp hội Phòng cháy, chữa cháy Nhật Bản"]


def test_prevention_and_control_inside_names() -> None:
    text = (
        "Chi cục trưởng Chi cục Thủy lợi và Phòng, chống thiên tai Hà Nội Nguyễn Duy Du cho biết. "
        "Phòng, chống dịch là ưu tiên."
    )
    result = extract_text(text, require_vietnamese=False)
    assert [(o.name, [p.phrase for p in o.positions]) for o in result.officials] == [
        ("Nguyễn Duy Du", ["Chi cục trưởng Chi cục Thủy lợi và Phòng, chống thiên tai Hà Nội"])
    ]
    assert [i.name for i in result.institutions] == ["Chi cục Thủy lợi và Phòng, chống thiên tai Hà Nội"]


def test_units_inferred_for_bare_titles() -> None:
    text = (
        "Đoàn công tác của Bộ TT&TT do Ủy viên Trung ương Đảng, Bộ trưởng Trương Minh Tuấn làm trưởng đoàn.\n"
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng khẳng định Bộ Công Thương đã cố gắng.\n"
        "Ghi nhận những kết quả của Bộ Công Thương trong cải cách thủ tục kiểm tra chuyên ngành, tuy nhiên, "
        "Bộ trưởng Mai Tiến Dũng cho rằng vẫn còn chồng chéo."
    )
    result = extract_text(text, require_vietnamese=False)
    positions = {o.name: [p.phrase for p in o.positions] for o in result.officials}
    assert positions["Trương Minh Tuấn"] == ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ TT&TT"]
    # A unit named far back in the clause is not the minister's; his own office is written elsewhere.
    assert positions["Mai Tiến Dũng"] == ["Bộ trưởng Văn phòng Chính phủ", "Chủ nhiệm Văn phòng Chính phủ"]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # the body the post's organization belongs to, in brackets after it, is part of the post
        (
            "Ông Vũ Tuấn Cường, Cục trưởng Cục Quản lý Dược (Bộ Y tế) cho biết.",
            ["Cục trưởng Cục Quản lý Dược (Bộ Y tế)"],
        ),
        (
            "Ông Thái Đại Ngọc từng là Cục trưởng Cục Tác chiến (Bộ Tổng Tham mưu), Tư lệnh Quân khu 5.",
            ["Cục trưởng Cục Tác chiến (Bộ Tổng Tham mưu)", "Tư lệnh Quân khu 5"],
        ),
        # a short name in brackets is the body's own, a country where it is: neither is a parent
        ("Phó Thống đốc Ngân hàng Nhà nước (NHNN) Phạm Thanh Hà cho biết.", ["Phó Thống đốc Ngân hàng Nhà nước"]),
        ("Thống đốc bang Victoria (Australia) Jacinta Allan phát biểu.", ["Thống đốc bang Victoria"]),
    ],
)
def test_a_parent_body_in_brackets_belongs_to_the_post(text: str, phrases: list[str]) -> None:
    result = extract_text(text, require_vietnamese=False)
    assert [p.phrase for o in result.officials for p in o.positions] == phrases
    assert all(text[p.start : p.end] == p.text for o in result.officials for p in o.positions)
    # the bodies stay two: the post's own and its parent
    assert not any("(" in i.name for i in result.institutions)


def test_a_standing_deputy_takes_the_unit_named_before_as_a_deputy_does() -> None:
    text = "Về phía Bộ Nông nghiệp và Môi trường có Thứ trưởng Thường trực Trần Thanh Nam."
    positions = {o.name: [p.phrase for p in o.positions] for o in extract_text(text).officials}
    assert positions == {"Trần Thanh Nam": ["Thứ trưởng Thường trực Bộ Nông nghiệp và Môi trường"]}


@pytest.mark.parametrize(
    ("text", "officials", "institutions"),
    [
        (  # an embassy is not the title "Đại sứ"; "Công sứ" is a title; the country it serves
            # stays with the post, as in "Đại sứ Anh tại Việt Nam" (the guide's gold keeps it whole),
            # and with the embassy, whose name holds where it is
            "Dự hội nghị có bà Park Minji, Công sứ Đại sứ quán Đại Hàn Dân Quốc tại Việt Nam.",
            {"Park Minji": ["Công sứ Đại sứ quán Đại Hàn Dân Quốc tại Việt Nam"]},
            {"Đại sứ quán Đại Hàn Dân Quốc tại Việt Nam"},
        ),
        (  # a province ending in a surname ("Giang") is not the start of the name
            "Theo Phó Chủ tịch UBND tỉnh Bắc Giang Lê Văn Thành, tỉnh sẽ kiện toàn mạng lưới y tế.",
            {"Lê Văn Thành": ["Phó Chủ tịch UBND tỉnh Bắc Giang"]},
            {"UBND tỉnh Bắc Giang"},
        ),
        (  # a country before a foreign name, and a country that begins with a surname
            "Tổng thống Argentina Mauricio Macri và Phó Thủ tướng Thái Lan Prawit Wongsuwan đã gặp nhau.",
            {"Mauricio Macri": ["Tổng thống Argentina"], "Prawit Wongsuwan": ["Phó Thủ tướng Thái Lan"]},
            set(),
        ),
        (  # the segmenter glues "trao" to the district; the name still ends at the district
            "Đại tá Nguyễn Văn Hòa, Trưởng Công an quận Hoàng Mai trao giấy khen cho các tập thể.",
            {"Nguyễn Văn Hòa": ["Trưởng Công an quận Hoàng Mai"]},
            {"Công an quận Hoàng Mai"},
        ),
        (  # a rank after "và" starts the next person, not the rest of the name
            "Đại tá Trần Văn Bình, Phó Cục trưởng Cục CSGT và Đại tá Lê Văn Cường dự buổi lễ.",
            {"Trần Văn Bình": ["Phó Cục trưởng Cục CSGT"]},
            {"Cục CSGT"},
        ),
        (  # a school named after a person keeps the name; a place is never a person
            "TS Phạm Văn Lâm – Chủ tịch Hội Tâm lý giáo dục Hà Nội, nguyên Hiệu trưởng Trường THPT "
            "Đinh Tiên Hoàng (Hà Nội) – cho rằng phải giải quyết từ ba phía.",
            {
                "Phạm Văn Lâm": [
                    "Chủ tịch Hội Tâm lý giáo dục Hà Nội",
                    "nguyên Hiệu trưởng Trường THPT Đinh Tiên Hoàng",
                ]
            },
            {"Trường THPT Đinh Tiên Hoàng"},
        ),
        (  # a hospital named after a ward, then the director
            "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết bệnh viện đã sẵn sàng.",
            {"Đào Xuân Cơ": ["Giám đốc Bệnh viện Bạch Mai"]},
            {"Bệnh viện Bạch Mai"},
        ),
        (  # a person's name after an institution is not part of it
            "Phó Tổng cục trưởng Tổng cục Thuế Cao Anh Tuấn và Tổng Cục Hải quan Âu Văn Minh cùng dự.",
            {"Cao Anh Tuấn": ["Phó Tổng cục trưởng Tổng cục Thuế"]},
            {"Tổng cục Thuế", "Tổng Cục Hải quan"},
        ),
        (  # a function word glued to a province does not join the court's name
            "Đồng chí Ngô Văn Thọ - Chánh án TAND tỉnh Đắk Nông cùng toàn thể cán bộ tòa án tỉnh.",
            {"Ngô Văn Thọ": ["Chánh án TAND tỉnh Đắk Nông"]},
            {"TAND tỉnh Đắk Nông"},
        ),
        (  # a city standing for its People's Committee is the same office, and not an institution
            "Chủ tịch Đà Nẵng Huỳnh Văn Thơ phát biểu. Sau đó, Chủ tịch UBND TP Đà Nẵng Huỳnh Văn Thơ ký.",
            {"Huỳnh Văn Thơ": ["Chủ tịch UBND TP Đà Nẵng"]},
            {"UBND TP Đà Nẵng"},
        ),
        (  # "Thủ tướng Croatia", then the name; "New York" is a city, not a person
            "Phát biểu tại New York, Thủ tướng Croatia Andrej Plenkovic cho rằng phán quyết là công bằng.",
            {"Andrej Plenkovic": ["Thủ tướng Croatia"]},
            set(),
        ),
        (  # where a post is held belongs to the position when the name follows the place
            "Chủ tịch nước đã tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki và Trưởng đại diện UNICEF "
            "tại Việt Nam Rana Flowers.",
            {"Ito Naoki": ["Đại sứ Nhật Bản tại Việt Nam"], "Rana Flowers": ["Trưởng đại diện UNICEF tại Việt Nam"]},
            {"UNICEF"},
        ),
        (  # "và Đào tạo" continues a name in sentence case, though "Đào" is a surname
            "Theo bà Nguyễn Thị Lan, Trưởng phòng Giáo dục và Đào tạo quận Hoàn Kiếm, 95% học sinh đỗ.",
            {"Nguyễn Thị Lan": ["Trưởng phòng Giáo dục và Đào tạo quận Hoàn Kiếm"]},
            {"Phòng Giáo dục và Đào tạo quận Hoàn Kiếm"},
        ),
        (  # a word whose second syllable is also a function word ("Thiết bị") stays whole
            "Bà Asha Keddy, Phó chủ tịch Nhóm Thiết bị và Truyền thông của Intel, cho biết.",
            {"Asha Keddy": ["Phó chủ tịch Nhóm Thiết bị và Truyền thông"]},
            {"Nhóm Thiết bị và Truyền thông"},
        ),
        (  # the segmenter glues "Hà ký"; the dictionary does not know the word, so the name ends
            "Viện trưởng Viện Kiểm sát nhân dân thành phố Hà Nội Đỗ Đức Hồng Hà ký quyết định.",
            {"Đỗ Đức Hồng Hà": ["Viện trưởng Viện Kiểm sát nhân dân thành phố Hà Nội"]},
            {"Viện Kiểm sát nhân dân thành phố Hà Nội"},
        ),
        (  # a title ends where a longer head begins: "Trưởng | Ban Tổ chức Trung ương"
            "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Lê Văn Hưng và Chánh án Tòa án nhân dân "
            "tối cao Lê Văn Trí dự họp.",
            {
                "Lê Văn Hưng": ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"],
                "Lê Văn Trí": ["Chánh án Tòa án nhân dân tối cao"],
            },
            {"Bộ Chính trị", "Ban Tổ chức Trung ương", "Tòa án nhân dân tối cao"},
        ),
        (  # "kiêm" joins two offices: the first does not take the second's organization
            "Tin này được công bố bởi Phó Thủ tướng kiêm Bộ trưởng Quốc phòng Thái Lan Prawit Wongsuwan.",
            {"Prawit Wongsuwan": ["Phó Thủ tướng", "Bộ trưởng Quốc phòng Thái Lan"]},
            set(),
        ),
        (  # a dash between two sentence-case words joins one name
            "Bà Nguyễn Thị Hà, Phó Trưởng phòng Tài chính - Kế hoạch huyện Sóc Sơn cho hay.",
            {"Nguyễn Thị Hà": ["Phó Trưởng phòng Tài chính - Kế hoạch huyện Sóc Sơn"]},
            {"Phòng Tài chính - Kế hoạch huyện Sóc Sơn"},
        ),
        (  # … but a dash before a title or a place does not
            "Ông Lê Văn Bình - Giám đốc Sở Y tế - Hà Nội cho biết.",
            {"Lê Văn Bình": ["Giám đốc Sở Y tế"]},
            {"Sở Y tế"},
        ),
        (  # degrees joined by dots and artists' honours before a name
            "TS.BS Lê Văn Cường, Phó Giám đốc Bệnh viện Việt Đức và NSND Trần Văn Dũng, Giám đốc Nhà hát Lớn "
            "Hà Nội dự lễ.",
            {
                "Lê Văn Cường": ["Phó Giám đốc Bệnh viện Việt Đức"],
                "Trần Văn Dũng": ["Giám đốc Nhà hát Lớn Hà Nội"],
            },
            {"Bệnh viện Việt Đức", "Nhà hát Lớn Hà Nội"},
        ),
        (  # a country, then a foreign name with a particle joined by a hyphen
            "Thủ tướng Iraq Haider al-Abadi cho biết quân đội đã giành lại thành phố.",
            {"Haider al-Abadi": ["Thủ tướng Iraq"]},
            set(),
        ),
        (  # a title that ends in a head names the unit with what follows
            "Ông Nguyễn Minh Thuyết, nguyên Phó chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội cho biết.",
            # the committee's name from 2016 to 2025 (state_fields.txt)
            {"Nguyễn Minh Thuyết": ["nguyên Phó chủ nhiệm Ủy ban Văn hóa, Giáo dục"]},
            {"Ủy ban Văn hóa, Giáo dục", "Quốc hội"},
        ),
        (  # the person named in brackets after the title
            "Phát biểu tại hội nghị, Phó Chủ tịch UBND thành phố (ông Nguyễn Trọng Đông) yêu cầu các sở khẩn trương.",
            {"Nguyễn Trọng Đông": ["Phó Chủ tịch UBND thành phố"]},
            {"UBND thành phố"},
        ),
        (  # a middle initial and its dot inside a foreign name
            "Cựu Tổng thống George W. Bush và Tổng thống Dwight D. Eisenhower.",
            {"George W. Bush": ["Cựu Tổng thống"], "Dwight D. Eisenhower": ["Tổng thống"]},
            set(),
        ),
        (  # "đại sứ quán" in lower case is an embassy too, not the title "đại sứ"
            "Tổ chức Civil Rights Defenders, đại sứ quán Hoa Kỳ và các bên đã họp.",
            {},
            set(),
        ),
        (  # a position named by its bare unit is the same office
            "Phó Chủ tịch UBND tỉnh Quảng Ngãi Phạm Văn Thọ cho biết. Theo Phó Chủ tịch tỉnh Phạm Văn Thọ, "
            "dự án sẽ xong.",
            {"Phạm Văn Thọ": ["Phó Chủ tịch UBND tỉnh Quảng Ngãi"]},
            {"UBND tỉnh Quảng Ngãi"},
        ),
        (  # titles for two countries in one chain belong to two people
            "Phản ứng với tuyên bố của Ngoại trưởng Mỹ, Đại sứ Nga tại LHQ Vasily Nebenzia mỉa mai.",
            {"Vasily Nebenzia": ["Đại sứ Nga tại LHQ"]},
            set(),
        ),
        (  # "đương nhiệm" (incumbent) qualifies the title
            "Thống đốc đương nhiệm Lê Minh Hưng cho biết lãi suất sẽ giữ ổn định.",
            {"Lê Minh Hưng": ["Thống đốc đương nhiệm"]},
            set(),
        ),
        (  # foreign words after "chủ tịch của" are the company, not a second person
            "Ông Cristiano Amon, Phó giám đốc điều hành Qualcomm Technologies, Inc và chủ tịch của"
            " Qualcomm Technologies cho biết sản phẩm sẽ ra mắt.",
            {"Cristiano Amon": ["Phó giám đốc điều hành Qualcomm Technologies"]},
            {"Qualcomm Technologies"},
        ),
        (  # nor after words that qualify the post before "của" (VLSP 2018 23352989)
            "Ông hiện là đại sứ chính thức của CLB Borussia Dortmund.",
            {},
            {"CLB Borussia Dortmund"},
        ),
        (  # nor the foreign words after a head that names no body alone: the company's name
            "Giám đốc Công ty Hanwha Vina cho biết. Chủ tịch Công ty Samsung Display, ông Kim Dong Hoon, dự lễ.",
            {"Kim Dong Hoon": ["Chủ tịch Công ty Samsung Display"]},
            {"Công ty Hanwha Vina", "Công ty Samsung Display"},
        ),
        (  # but a head that also opens longer ones still lets a foreign holder be cut off
            "Chủ tịch Hội đồng Antonio Costa phát biểu.",
            {"Antonio Costa": ["Chủ tịch Hội đồng"]},
            set(),
        ),
        (  # a name with no honorific after a dash, then the clause's verb (VLSP 2018 23352844, 23353708)
            "Giám đốc Cơ quan Điện lực Puerto Rico - Ricardo Ramos cho biết hệ thống đã hỏng. Nguyên Chủ"
            " tịch UBND TP Đà Nẵng – Hồ Việt khi trả lời báo chí đã nói rõ.",
            {
                "Ricardo Ramos": ["Giám đốc Cơ quan Điện lực Puerto Rico"],
                "Hồ Việt": ["Nguyên Chủ tịch UBND TP Đà Nẵng"],
            },
            {"Cơ quan Điện lực Puerto Rico", "UBND TP Đà Nẵng"},
        ),
        (  # what a body is met about ("về" and a project, plan or document) is not its field, also
            # where the segmenter glues "về" to the name ("Quỹ_Tiền_tệ_Quốc_tế_về")
            "Bộ trưởng đã làm việc với Quỹ Tiền tệ Quốc tế về Chương trình Hỗ trợ kỹ thuật. Đoàn đã"
            " làm việc với Ngân hàng Thế giới về Dự án Phát triển đô thị.",
            {},
            {"Quỹ Tiền tệ Quốc tế", "Ngân hàng Thế giới"},
        ),
        (  # a high court is named by the city it sits in (VLSP 2018 23352334, 23352352)
            "Ông Nguyễn Văn A, Chánh án Tòa án nhân dân cấp cao tại Hà Nội, cho biết. Ngày 22/9, TAND"
            " Cấp cao tại TP.HCM đã bác đơn kháng cáo.",
            {"Nguyễn Văn A": ["Chánh án Tòa án nhân dân cấp cao tại Hà Nội"]},
            {"Tòa án nhân dân cấp cao tại Hà Nội", "TAND Cấp cao tại TP.HCM"},
        ),
        (  # a province's board of its economic zone and its industrial parks is named for both
            "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi cam kết hỗ trợ. Phó"
            " Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa Lê Văn Bình cho biết.",
            {"Lê Văn Bình": ["Phó Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa"]},
            {
                "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi",
                "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa",
            },
        ),
        (  # the holder named after the body the post's unit belongs to, set off by a comma; a
            # body after the comma with no name after it names no one
            "Phó Cục trưởng Cục Quản lý Dược, Bộ Y tế Tạ Mạnh Hùng cho biết thuốc đủ. Giám đốc Trung "
            "tâm Kiểm soát bệnh tật, Sở Y tế Hà Nội Khổng Minh Tuấn nói. Theo Giám đốc Sở Xây dựng, "
            "UBND tỉnh Quảng Nam đã chỉ đạo.",
            {
                "Tạ Mạnh Hùng": ["Phó Cục trưởng Cục Quản lý Dược"],
                "Khổng Minh Tuấn": ["Giám đốc Trung tâm Kiểm soát bệnh tật"],
            },
            {
                "Cục Quản lý Dược",
                "Bộ Y tế",
                "Trung tâm Kiểm soát bệnh tật",
                "Sở Y tế Hà Nội",
                "Sở Xây dựng",
                "UBND tỉnh Quảng Nam",
            },
        ),
        (  # a member school named with its university after a dash, then its head; a brand in a
            # school's name is no short form of its kind, so the holder after it is cut off
            "Hiệu trưởng Trường Đại học Bách khoa - Đại học Đà Nẵng Nguyễn Minh Vũ cho biết. Hiệu trưởng"
            " Trường Đại học FPT Lê Thị Thu Hằng phát biểu.",
            {
                "Nguyễn Minh Vũ": ["Hiệu trưởng Trường Đại học Bách khoa"],
                "Lê Thị Thu Hằng": ["Hiệu trưởng Trường Đại học FPT"],
            },
            {"Trường Đại học Bách khoa", "Đại học Đà Nẵng", "Trường Đại học FPT"},
        ),
        (  # a country written straight after a body's short form is where its office is, not the
            # start of its head's name; with no name after it, no one is named
            "Trưởng đại diện UNICEF Việt Nam Silvia Danailov phát biểu. Giám đốc Văn phòng KOICA Việt Nam"
            " Kim Sung Tae cho biết. Trưởng đại diện IMF Việt Nam có ý kiến.",
            {
                "Silvia Danailov": ["Trưởng đại diện UNICEF Việt Nam"],
                "Kim Sung Tae": ["Giám đốc Văn phòng KOICA Việt Nam"],
            },
            {"UNICEF Việt Nam", "Văn phòng KOICA Việt Nam", "IMF Việt Nam"},
        ),
        (  # a post written with a body's head in lower case alone, as written, and no body of its
            # own; an honorific's name after it is not its holder's
            "PGS.TS Nguyễn Hoàng Bắc, Giám đốc bệnh viện, cho biết ca mổ thành công. Đại tá Đào Tiến Mạnh"
            " - Giám đốc trung tâm nhận định: tốt. Nhắc nhở tân Giám đốc ban, ông Dương Văn Tùng đề nghị.",
            {"Nguyễn Hoàng Bắc": ["Giám đốc bệnh viện"], "Đào Tiến Mạnh": ["Giám đốc trung tâm"]},
            set(),
        ),
        (  # the board's post takes the company's whole name, which the model's span lengthened past
            # the dash in the post after "kiêm"
            "Ông Đỗ Quang Vinh, Phó Chủ tịch HĐQT kiêm Phó Tổng Giám đốc Ngân hàng TMCP Sài Gòn - Hà Nội"
            " (SHB), cho biết ngân hàng sẽ tăng vốn.",
            {
                "Đỗ Quang Vinh": [
                    "Phó Chủ tịch HĐQT Ngân hàng TMCP Sài Gòn - Hà Nội",
                    "Phó Tổng Giám đốc Ngân hàng TMCP Sài Gòn - Hà Nội",
                ]
            },
            {"Ngân hàng TMCP Sài Gòn - Hà Nội", "HĐQT Ngân hàng TMCP Sài Gòn - Hà Nội"},
        ),
        (  # a chief executive's title the rules alone read (rule_titles.txt), which names no body;
            # before the company, no short form of a body either ("CEO | Vietjet Đinh Việt Phương")
            "CEO Vietjet Đinh Việt Phương cho biết hãng nhận thêm tàu bay. Ông Trương Công Thắng, CEO Masan"
            " Consumer, cho biết doanh thu tăng. Các CEO đến từ 20 nước dự diễn đàn.",
            {"Đinh Việt Phương": ["CEO Vietjet"], "Trương Công Thắng": ["CEO Masan Consumer"]},
            {"Vietjet", "Masan Consumer"},
        ),
        (  # the Party's secretariat, bare, is not the youth union's, whose name goes on with its own body
            "Dự có đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư. Ban Bí thư Trung ương Đoàn đã trao Bằng"
            " khen cho 20 tập thể.",
            {"Trần Cẩm Tú": ["Thường trực Ban Bí thư"]},
            {"Ban Bí thư", "Ban Bí thư Trung ương Đoàn"},
        ),
        (  # a guard (it holds without the rule too): the Party's own full name still joins it
            "Ban Bí thư đã ban hành chỉ thị. Ban Bí thư Trung ương Đảng yêu cầu các cấp ủy thực hiện.",
            {},
            {"Ban Bí thư Trung ương Đảng"},
        ),
        (  # a guard (it holds without the rule too): not a place after the dash, nor a name no verb follows
            "Giám đốc Sở Y tế - Hà Nội cho biết. Chủ tịch UBND tỉnh - Nguyễn Văn An, Trần Văn Bình.",
            {},
            {"Sở Y tế", "UBND tỉnh"},
        ),
        (  # a coordinator of an international body is an office where the text capitalizes it
            "Thứ trưởng Đặng Hoàng Giang tiếp Điều phối viên thường trú Liên hợp quốc tại Việt Nam Pauline Tamesis."
            " Bà Nguyễn Thị Lan, điều phối viên dự án, cho biết.",
            {
                "Đặng Hoàng Giang": ["Thứ trưởng"],
                "Pauline Tamesis": ["Điều phối viên thường trú Liên hợp quốc tại Việt Nam"],
            },
            {"Liên hợp quốc"},
        ),
        (  # a family name that ends a word of the body's name is the body's ("Á Châu"), when a name follows
            "Chủ tịch HĐQT Ngân hàng TMCP Á Châu Trần Hùng Huy nói ACB giữ tỷ lệ nợ xấu thấp.",
            {"Trần Hùng Huy": ["Chủ tịch HĐQT Ngân hàng TMCP Á Châu"]},
            {"Ngân hàng TMCP Á Châu"},
        ),
        (  # a bare unit word, then a name of two family names: the unit names no place
            "Chủ tịch UBND tỉnh Nguyễn Lê Minh Quân phát biểu. Bí thư Đảng ủy phường Lê Đại Hành Nguyễn Văn An dự.",
            {
                "Nguyễn Lê Minh Quân": ["Chủ tịch UBND tỉnh"],
                "Nguyễn Văn An": ["Bí thư Đảng ủy phường Lê Đại Hành"],
            },
            {"UBND tỉnh", "Đảng ủy phường Lê Đại Hành"},
        ),
        (  # a second family name after a bare unit word: no province, city or ward has one syllable so
            "Phó Chủ tịch UBND TP Phùng Mai Huy dự. Chủ tịch HĐND tỉnh Võ Anh Hoàng Linh phát biểu."
            " Chủ tịch UBND phường Huỳnh Kim Vượng dự.",
            {
                "Phùng Mai Huy": ["Phó Chủ tịch UBND TP"],
                "Võ Anh Hoàng Linh": ["Chủ tịch HĐND tỉnh"],
                "Huỳnh Kim Vượng": ["Chủ tịch UBND phường"],
            },
            {"UBND TP", "HĐND tỉnh", "UBND phường"},
        ),
        (  # places read from the left: "Bình Dương" would begin inside "Quảng Bình", so it is no place
            "Phó Chủ tịch UBND tỉnh Quảng Bình Dương Kim Tuấn cho biết tỉnh sẽ đầu tư.",
            {"Dương Kim Tuấn": ["Phó Chủ tịch UBND tỉnh Quảng Bình"]},
            {"UBND tỉnh Quảng Bình"},
        ),
        (  # the copula after a name ends it, though the segmenter glues "nghĩa là" into a word
            "Luật sư của cựu chủ tịch OceanBank Chu Đức Nghĩa là Đào Văn Hải, cho rằng đã đủ căn cứ.",
            {"Chu Đức Nghĩa": ["cựu chủ tịch OceanBank"]},
            {"OceanBank"},
        ),
        (  # a ward the lists know, whole, after its unit word is no person, though "Sơn" is a family name
            "Tân Bí thư phường Sơn Thành Đông nhận nhiệm vụ từ hôm nay.",
            {},
            set(),
        ),
        (  # lower-case words that "của" ends are the title's line of work, the body follows "của"
            "Ông Nguyễn Văn An, Phó Tổng Giám đốc điều hành của Vietjet, cho biết. Điều phối viên y tế"
            " khẩn cấp của MSF Tăng Thị Giang dự.",
            {
                "Nguyễn Văn An": ["Phó Tổng Giám đốc điều hành Vietjet"],
                "Tăng Thị Giang": ["Điều phối viên y tế khẩn cấp MSF"],
            },
            {"Vietjet", "MSF"},
        ),
        (  # a school inside a council's name bears the name after its kind ("dân lập"): no holder
            "Phó Chủ tịch Hội đồng giáo dục Trường THPT dân lập Lê Quý Đôn cho biết trường sẽ tuyển sinh.",
            {},
            {"Trường THPT dân lập Lê Quý Đôn"},
        ),
        (  # the body after "của" read as after a title, its kind in lower case first; the chief
            # executive's title of three words
            "Ông John Miller là Chủ tịch kiêm Tổng Giám đốc điều hành của công ty phần mềm Northwind Systems."
            " Bà Nguyễn Thị Hoa - Tổng Giám đốc điều hành Công ty kiến trúc Aurora chia sẻ kinh nghiệm.",
            {
                "John Miller": ["Chủ tịch Northwind Systems", "Tổng Giám đốc điều hành Northwind Systems"],
                "Nguyễn Thị Hoa": ["Tổng Giám đốc điều hành Công ty kiến trúc Aurora"],
            },
            {"Northwind Systems", "Công ty kiến trúc Aurora"},
        ),
        (  # after a holder's name, titles after "và" that a name of their own follows are that
            # person's; with no name after them they stay the holder's
            "Ông Trần Quốc Bảo - Chánh án TAND tối cao và Viện trưởng VKSND tối cao Lê Văn Định dự. Bà Phạm"
            " Thu Hà, Chủ tịch HĐQT và Tổng Giám đốc Công ty Sao Mai, cho biết.",
            {
                "Trần Quốc Bảo": ["Chánh án TAND tối cao"],
                "Lê Văn Định": ["Viện trưởng VKSND tối cao"],
                "Phạm Thu Hà": ["Chủ tịch HĐQT Công ty Sao Mai", "Tổng Giám đốc Công ty Sao Mai"],
            },
            {"TAND tối cao", "VKSND tối cao", "Công ty Sao Mai"},
        ),
        (  # after "của" foreign words are the body's name, its kind in lower case between: no
            # other holder, so the titles joined by "và" stay the first one's
            "Ông Peter Walsh là người sáng lập, Chủ tịch và Giám đốc điều hành của công ty dầu khí Northwind"
            " Energy. Tài sản của ông tăng.",
            {"Peter Walsh": ["Chủ tịch Northwind Energy", "Giám đốc điều hành Northwind Energy"]},
            {"Northwind Energy"},
        ),
        (  # where an envoy serves ends the apposition before "và" and another's post, or the verb
            "Ông Jean Martin - Đại sứ Pháp tại Việt Nam và Phó Chủ tịch UBND tỉnh Trần Thị Lan dự khai mạc."
            " Ông Phan Văn Hùng - Tổng Lãnh sự Việt Nam tại Osaka cùng tham dự.",
            {
                "Jean Martin": ["Đại sứ Pháp tại Việt Nam"],
                "Trần Thị Lan": ["Phó Chủ tịch UBND tỉnh"],
                "Phan Văn Hùng": ["Tổng Lãnh sự Việt Nam tại Osaka"],
            },
            {"UBND tỉnh"},
        ),
        (  # a guard: a town of one syllable the lists know keeps its name ("thị trấn Phùng")
            "Chủ tịch UBND thị trấn Phùng Mai Hoa dự.",
            {"Mai Hoa": ["Chủ tịch UBND thị trấn Phùng"]},
            {"UBND thị trấn Phùng"},
        ),
        (  # a country ends a word of its own, though "Nam Cao" is a word; a name of three after a bare head
            "Giám đốc BHXH Việt Nam Cao Mai Hùng cho biết. Tổng Thư ký Hiệp hội Dương Kim Tâm dự.",
            {"Cao Mai Hùng": ["Giám đốc BHXH Việt Nam"], "Dương Kim Tâm": ["Tổng Thư ký Hiệp hội"]},
            {"BHXH Việt Nam", "Hiệp hội"},
        ),
        (  # family names of the uplands' peoples the NER's list lacks (Tày "Ma", Thái "Cầm")
            "Bộ trưởng Bộ Y tế Ma Thanh Tài cho biết. Chủ tịch UBND tỉnh Sơn La Cầm Minh Sơn dự. Ma túy giảm.",
            {"Ma Thanh Tài": ["Bộ trưởng Bộ Y tế"], "Cầm Minh Sơn": ["Chủ tịch UBND tỉnh Sơn La"]},
            {"Bộ Y tế", "UBND tỉnh Sơn La"},
        ),
        (  # a post in brackets after its holder's name: a name after the body is the body's own
            "Bị cáo Lê Văn Lợi (cựu Giám đốc Công ty TNHH Thiết bị y tế Hoàng Long) bị truy tố.",
            {"Lê Văn Lợi": ["cựu Giám đốc Công ty TNHH Thiết bị y tế Hoàng Long"]},
            {"Công ty TNHH Thiết bị y tế Hoàng Long"},
        ),
        (  # a Khmer family name the NER's list lacks ("Sơn"), the places it opens still places
            "Dự có các đồng chí: Sơn Minh Thắng, Phó Chủ tịch Thường trực HĐND tỉnh; Kim Ngọc Thái, Trưởng Ban"
            " Tổ chức Tỉnh ủy. Phó Chủ tịch UBND tỉnh Sơn La Nguyễn Văn An dự.",
            {
                "Sơn Minh Thắng": ["Phó Chủ tịch Thường trực HĐND tỉnh"],
                "Kim Ngọc Thái": ["Trưởng Ban Tổ chức Tỉnh ủy"],
                "Nguyễn Văn An": ["Phó Chủ tịch UBND tỉnh Sơn La"],
            },
            {"HĐND tỉnh", "Ban Tổ chức Tỉnh ủy", "UBND tỉnh Sơn La"},
        ),
        (  # the honorific before the colon is each listed person's, whatever family name the lists lack
            "Tham dự có các đồng chí: Bríu Quân, Bí thư Đảng ủy xã Tây Giang; Zơ Râm Thơ, Phó Chủ tịch HĐND xã.",
            {"Bríu Quân": ["Bí thư Đảng ủy xã Tây Giang"], "Zơ Râm Thơ": ["Phó Chủ tịch HĐND xã"]},
            {"Đảng ủy xã Tây Giang", "HĐND xã"},
        ),
        (  # the committee's board written in lower case is its board all the same
            "Bà Lò Thị Minh Phượng, Ủy viên Ban thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy dự.",
            {"Lò Thị Minh Phượng": ["Ủy viên Ban thường vụ Tỉnh ủy", "Trưởng ban Tuyên giáo Tỉnh ủy"]},
            {"Ban Tuyên giáo Tỉnh ủy"},
        ),
        (  # a defendant's details in brackets, age or birth year first, then the posts after them
            "Bị cáo Trần Văn Bình (SN 1975; trú tại thôn 6, xã Ia Blang, huyện Chư Sê), nguyên Phó Chủ tịch"
            " UBND huyện Chư Sê, bị tuyên phạt 5 năm tù. Bà Hường (38 tuổi, quê Nghệ An) bị bắt.",
            {"Trần Văn Bình": ["nguyên Phó Chủ tịch UBND huyện Chư Sê"]},
            {"UBND huyện Chư Sê"},
        ),
        (  # a name opened by "Việt" goes on through a spaced dash to its pair, at a sentence's end too
            "Năm nay có nhiều giải. Học sinh Trường Đại học Việt - Đức đạt giải."
            " Ông Tô Lâm tiếp ngài Sugi Ryotaro, Đại sứ đặc biệt Việt Nam - Nhật Bản.",
            {"Sugi Ryotaro": ["Đại sứ đặc biệt Việt Nam - Nhật Bản"]},
            {"Trường Đại học Việt - Đức"},
        ),
        (  # "Trung", "Xô": a country's name written only in a pair with "Việt", the person after it
            "Giám đốc Công ty Việt - Trung Lê Minh Hòa cho biết. Giám đốc Bệnh viện Hữu nghị Việt - Xô"
            " Nguyễn Văn Hải dự.",
            {
                "Lê Minh Hòa": ["Giám đốc Công ty Việt - Trung"],
                "Nguyễn Văn Hải": ["Giám đốc Bệnh viện Hữu nghị Việt - Xô"],
            },
            {"Công ty Việt - Trung", "Bệnh viện Hữu nghị Việt - Xô"},
        ),
        (  # "tới", as "đến", goes where the person goes: no body's word after a post
            "Ông Tô Lâm - Tổng Bí thư tới Vương quốc Anh để hội đàm. Ông George W. Bush - Tổng thống Mỹ tới"
            " Stralsund năm 2006.",
            {"Tô Lâm": ["Tổng Bí thư"], "George W. Bush": ["Tổng thống Mỹ"]},
            set(),
        ),
        (  # a company's boards: written in full after "Thành viên", and before a brand
            "Thành viên Hội đồng quản trị Công ty cổ phần Vimeco Trần Đình Tuấn dự. Trưởng Ban kiểm soát"
            " Vietcombank Lại Hữu Phước trình bày báo cáo.",
            {
                "Trần Đình Tuấn": ["Thành viên Hội đồng quản trị Công ty cổ phần Vimeco"],
                "Lại Hữu Phước": ["Trưởng Ban kiểm soát Vietcombank"],
            },
            {"Công ty cổ phần Vimeco", "Vietcombank"},
        ),
        (  # a meeting of ministers is no one's post; with a name after it, the comma was left out
            "Bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi"
            " Thanh Sơn đã gặp Ngoại trưởng Mỹ. Tại hội nghị Bộ trưởng Nguyễn Văn An nhấn mạnh điều đó.",
            {"Bùi Thanh Sơn": ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"], "Nguyễn Văn An": ["Bộ trưởng"]},
            {"ASEAN"},
        ),
        (  # after a title with a body, a post after the name is the name's when the verb follows,
            # not in a list of guests
            "Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy phát biểu. Bộ trưởng Bộ GD&ĐT"
            " Nguyễn Kim Sơn, Ủy viên Thường trực Hội đồng, trình bày đề án. Dự có Chủ tịch UBND tỉnh Lê"
            " Hồng Vinh, Giám đốc Sở Y tế, Giám đốc Sở Tài chính.",
            {
                "Nguyễn Đức Trung": ["Chủ tịch UBND tỉnh Nghệ An", "Phó Bí thư Tỉnh ủy"],
                "Nguyễn Kim Sơn": ["Bộ trưởng Bộ GD&ĐT", "Ủy viên Thường trực Hội đồng"],
                "Lê Hồng Vinh": ["Chủ tịch UBND tỉnh"],
            },
            {"UBND tỉnh Nghệ An", "Tỉnh ủy", "Bộ GD&ĐT"},
        ),
        # two syllables after "tỉnh" that name no province are a name; after "xã" they are the commune's
        (
            "Phó Chủ tịch Thường trực UBND tỉnh Hoàng Nam trao quyết định. Phó Chủ tịch UBND xã Triệu An"
            " cho biết đã hoàn thành.",
            {"Hoàng Nam": ["Phó Chủ tịch Thường trực UBND tỉnh"]},
            {"UBND tỉnh", "UBND xã Triệu An"},
        ),
        # so are two after a city's committee, where the lists know no city, district or commune so
        (
            "Dự có Chủ tịch UBND TP Thân Quý. Chủ tịch UBND thành phố Thủ Đức cho biết đã hoàn thành.",
            {"Thân Quý": ["Chủ tịch UBND TP"]},
            {"UBND thành phố Thủ Đức"},  # ("UBND TP" is the same body, named in full after)
        ),
        # a range of months after a brand is a sentence, no number of the company's
        (
            "VKS đề nghị cho Hoàng Thị Tứ - cựu Chủ tịch HĐQT BSC 30-36 tháng tù nhưng cho hưởng án treo.",
            {"Hoàng Thị Tứ": ["cựu Chủ tịch HĐQT BSC"]},
            {"HĐQT BSC"},
        ),
        # a foreign word of a body's name before a Vietnamese name stays the body's
        (
            "Phó Tổng Biên tập tờ Jakarta Globe Trịnh Hồng Vân và Giám đốc Công ty NDK Pharma Đoàn Mỹ Lệ"
            " cùng dự buổi ra mắt.",
            {
                "Trịnh Hồng Vân": ["Phó Tổng Biên tập tờ Jakarta Globe"],
                "Đoàn Mỹ Lệ": ["Giám đốc Công ty NDK Pharma"],
            },
            {"Công ty NDK Pharma"},
        ),
        # a degree written short after a membership body's head names its members, a province after it
        (
            "Phó Chủ tịch Hội KTS Đà Nẵng Tạ Quang Vỹ nhận định các đồ án còn dàn trải.",
            {"Tạ Quang Vỹ": ["Phó Chủ tịch Hội KTS Đà Nẵng"]},
            {"Hội KTS Đà Nẵng"},
        ),
        # a body the model reads past its lower-case words, a Vietnamese name straight after it
        (
            "Giám đốc Trung tâm dịch vụ việc làm Khu công nghiệp Tân Tạo Đàm Thu Uyên kiến nghị giảm thuế.",
            {"Đàm Thu Uyên": ["Giám đốc Trung tâm dịch vụ việc làm Khu công nghiệp Tân Tạo"]},
            {"Trung tâm dịch vụ việc làm Khu công nghiệp Tân Tạo"},
        ),
        # after a comma or a dash, a head the rules read alone takes the name the model reads after it
        (
            "Ông Kiều Văn Lâm - Giám đốc Bệnh viện (BV) đa khoa quốc tế Hòa Bình nêu rõ yêu cầu. Ông Đàm"
            " Quang Vinh, Giám đốc Công ty TNHH may mặc 7H Bắc Ninh, cho biết đơn hàng tăng.",
            {
                "Kiều Văn Lâm": ["Giám đốc Bệnh viện (BV) đa khoa quốc tế Hòa Bình"],
                "Đàm Quang Vinh": ["Giám đốc Công ty TNHH may mặc 7H Bắc Ninh"],
            },
            {"Bệnh viện (BV) đa khoa quốc tế Hòa Bình", "Công ty TNHH may mặc 7H Bắc Ninh"},
        ),
        # the part of the country after "miền" is read whole: no place begins inside it
        (
            "Tổng Giám đốc Tổng công ty Điện lực miền Bắc Hà Thu Trang và Giám đốc Công ty Du lịch miền Tây"
            " Hồ Quang Lợi cùng ký kết.",
            {
                "Hà Thu Trang": ["Tổng Giám đốc Tổng công ty Điện lực miền Bắc"],
                "Hồ Quang Lợi": ["Giám đốc Công ty Du lịch miền Tây"],
            },
            {"Tổng công ty Điện lực miền Bắc", "Công ty Du lịch miền Tây"},
        ),
        # a school's level in lower case after "Trường", then its name; a plural or a place after it names none
        (
            "Trường cao đẳng Y tế Thanh Hóa tổ chức lễ khai giảng. Học sinh trường tiểu học Lê Văn Tám được"
            " tặng quà. Các trường tiểu học Hà Nội đã khai giảng.",
            {},
            {"Trường cao đẳng Y tế Thanh Hóa", "trường tiểu học Lê Văn Tám"},
        ),
        # a title that ends in a village's unit shares the unit with the title before it, and a
        # party cell of that village is a body
        (
            "Ông Giàng A Chu, Bí thư Chi bộ, Trưởng bản Sín Chải, cho biết. Bà Lò Thị Mai, Bí thư Chi bộ kiêm"
            " Tổ trưởng tổ dân phố số 5, phát biểu.",
            {
                "Giàng A Chu": ["Bí thư Chi bộ bản Sín Chải", "Trưởng bản Sín Chải"],
                "Lò Thị Mai": ["Bí thư Chi bộ tổ dân phố số 5", "Tổ trưởng tổ dân phố số 5"],
            },
            {"Chi bộ bản Sín Chải", "Chi bộ tổ dân phố số 5"},
        ),
        # the "Y" of a word of medicine ends the body's name; an Ê-đê "Y" still opens a man's name
        (
            "Cục trưởng Cục Thú Y Nguyễn Văn Long và Bí thư Đảng ủy xã Ea Tiêu Y Thanh Niê dự họp.",
            {
                "Nguyễn Văn Long": ["Cục trưởng Cục Thú Y"],
                "Y Thanh Niê": ["Bí thư Đảng ủy xã Ea Tiêu"],
            },
            {"Cục Thú Y", "Đảng ủy xã Ea Tiêu"},
        ),
        # a guard: a legal form alone is no name
        (
            "Ông Đàm Quang Vinh, Giám đốc Công ty TNHH, cho biết đơn hàng tăng.",
            {"Đàm Quang Vinh": ["Giám đốc Công ty TNHH"]},
            set(),
        ),
    ],
)
def test_name_boundaries_in_news_sentences(text: str, officials: dict[str, list[str]], institutions: set[str]) -> None:
    result = extract_text(text, require_vietnamese=False)
    assert {o.name: [p.phrase for p in o.positions] for o in result.officials} == officials
    # The rules' institutions; the model may add a foreign company or two (Intel).
    assert institutions <= {i.name for i in result.institutions}
    assert not any(name.startswith(tuple(institutions)) and name not in institutions for name in _names(result))


def test_a_bare_party_committee_is_the_one_the_article_names() -> None:
    text = "Dự có đồng chí Đinh Văn Dũng, Bí thư Thành ủy Hà Nội; Trần Văn Thanh, Phó Bí thư Thành ủy."
    records = {i.name: i.aliases for i in extract_text(text).institutions}
    assert records == {"Thành ủy Hà Nội": ["Thành ủy"]}
    # The national bodies keep apart from foreign ones.
    names = [i.name for i in extract_text("Quốc hội đã thông qua luật. Quốc hội Mỹ cũng vậy.").institutions]
    assert names == ["Quốc hội", "Quốc hội Mỹ"]


@pytest.mark.parametrize(
    "text",
    [
        "Các đồng chí Nguyễn Văn An, Trần Văn Bình, Lê Thị Cúc, Ủy viên Ban Thường vụ Thành ủy dự lễ.",
        "Dự lễ có các đồng chí: Nguyễn Văn An, Trần Văn Bình và Lê Thị Cúc, Ủy viên Ban Thường vụ Thành ủy.",
        # a title in the plural, a link, then the names with their honorifics joined by "và"
        "Dự lễ có ba Ủy viên Ban Thường vụ Thành ủy là ông Nguyễn Văn An, ông Trần Văn Bình và bà Lê Thị Cúc.",
        "Dự lễ có ba Ủy viên Ban Thường vụ Thành ủy là Nguyễn Văn An, Trần Văn Bình và Lê Thị Cúc.",
    ],
)
def test_a_title_after_a_plural_list_is_every_listed_persons(text: str) -> None:
    expected = ["Ủy viên Ban Thường vụ Thành ủy"]
    assert _officials(text) == {"Nguyễn Văn An": expected, "Trần Văn Bình": expected, "Lê Thị Cúc": expected}


_MEMBER = ["Ủy viên Ban Thường vụ Thành ủy"]
_DEPUTY = ["Phó Chủ tịch UBND tỉnh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an honorific too
        (
            "Dự lễ có các đồng chí Ủy viên Ban Thường vụ Thành ủy: Nguyễn Văn An, Trần Văn Bình và Lê Thị Cúc.",
            {"Nguyễn Văn An": _MEMBER, "Trần Văn Bình": _MEMBER, "Lê Thị Cúc": _MEMBER},
        ),
        # with each listed person's own post after the name
        (
            "Dự có các đồng chí Ủy viên Ban Thường vụ Thành ủy: Nguyễn Văn Phong, Phó Bí thư Thường trực Thành ủy;"
            " Vũ Thu Hà, Trưởng ban Tổ chức Thành ủy cùng lãnh đạo các sở, ngành.",
            {
                "Nguyễn Văn Phong": [*_MEMBER, "Phó Bí thư Thường trực Thành ủy"],
                "Vũ Thu Hà": [*_MEMBER, "Trưởng ban Tổ chức Thành ủy"],
            },
        ),
        # "gồm (có)" opens the list as a colon does
        (
            "Các Phó Chủ tịch UBND tỉnh gồm: ông Hoàng Quốc Khánh, ông Giàng A Tính và bà Tống Thanh Hải.",
            {"Hoàng Quốc Khánh": _DEPUTY, "Giàng A Tính": _DEPUTY, "Tống Thanh Hải": _DEPUTY},
        ),
        # a listed person's own post that restates the plural title, in full, is the one post
        (
            "Các Phó Chủ tịch UBND tỉnh gồm: ông Hoàng Quốc Khánh - Phó Chủ tịch Thường trực UBND tỉnh;"
            " ông Giàng A Tính - Phó Chủ tịch UBND tỉnh, Trưởng Ban Dân tộc tỉnh.",
            {
                "Hoàng Quốc Khánh": ["Phó Chủ tịch Thường trực UBND tỉnh"],
                "Giàng A Tính": [*_DEPUTY, "Trưởng Ban Dân tộc tỉnh"],
            },
        ),
    ],
)
def test_a_plural_title_before_a_colon_is_every_listed_persons(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "records"),
    [
        (  # "Tổng Liên đoàn" leaves out "Lao động" and the country the full name ends in
            "Chủ tịch Tổng Liên đoàn Lao động Việt Nam Nguyễn Đình Khang dự. Ông Thái Thu Xương,"
            " Phó Chủ tịch Thường trực Tổng Liên đoàn, phát biểu.",
            {"Tổng Liên đoàn Lao động Việt Nam": ["Tổng Liên đoàn"]},
        ),
        (  # a head and its field in lower case, the body's name left out (VLSP 2018 23357233)
            "Xét xử vụ tham ô tại Ban Quản lý rừng phòng hộ. Bị cáo Nguyễn Văn Tài, cựu Trưởng Ban"
            " Quản lý rừng phòng hộ Đa Nhim, bị cáo buộc chiếm đoạt 3 tỷ đồng.",
            {"Ban Quản lý rừng phòng hộ Đa Nhim": ["Ban Quản lý rừng phòng hộ"]},
        ),
        (  # the Fatherland Front's committee by its initials (rule_heads.tsv, abbreviations.tsv)
            "Ủy ban MTTQ Việt Nam phường Long Biên tổ chức lễ. Bà Đỗ Thị Hoa, Chủ tịch UBMTTQ Việt Nam"
            " phường Long Biên, phát biểu.",
            {"Ủy ban MTTQ Việt Nam phường Long Biên": ["UBMTTQ Việt Nam phường Long Biên"]},
        ),
        (  # a head and the body's own short form, the country its office is in left out
            "Văn phòng JICA tài trợ dự án. Trưởng đại diện Văn phòng JICA Việt Nam Sugano Yuichi ký biên bản.",
            {"Văn phòng JICA Việt Nam": ["Văn phòng JICA"]},
        ),
        (  # a company's brand after its legal form and the group's own head
            "Công ty CP Tập đoàn FLC vừa họp đại hội cổ đông. Cổ phiếu FLC giảm mạnh.",
            {"Công ty CP Tập đoàn FLC": ["FLC"]},
        ),
        (  # a group or a corporation, the company's legal form before its head left out
            "Công ty cổ phần Tập đoàn Hòa Phát báo lãi lớn. Tập đoàn Hòa Phát cho biết sẽ đầu tư thêm.",
            {"Công ty cổ phần Tập đoàn Hòa Phát": ["Tập đoàn Hòa Phát"]},
        ),
        (
            "Công ty TNHH MTV Tổng công ty Tân Cảng Sài Gòn báo lãi. Tổng công ty Tân Cảng Sài Gòn cho biết.",
            {"Công ty TNHH MTV Tổng công ty Tân Cảng Sài Gòn": ["Tổng công ty Tân Cảng Sài Gòn"]},
        ),
        (  # a field with a one-letter word ("Y tế"), the city left out
            "Sở Y tế Hà Nội chỉ đạo các bệnh viện giám sát dịch. Theo Sở Y tế, thành phố ghi nhận 12.000 ca mắc.",
            {"Sở Y tế Hà Nội": ["Sở Y tế"]},
        ),
    ],
)
def test_a_name_short_of_its_words_is_the_same_body(text: str, records: dict[str, list[str]]) -> None:
    assert {i.name: i.aliases for i in extract_text(text).institutions} == records


def test_a_list_without_a_plural_gives_the_title_to_the_last_name_only() -> None:
    assert _officials("Ông Nguyễn Văn An, Trần Văn Bình, Giám đốc Sở Y tế.") == {"Trần Văn Bình": ["Giám đốc Sở Y tế"]}


def test_two_syllables_ending_an_untitled_name_are_not_cut_off_as_a_person() -> None:
    text = "Các đơn vị nợ lớn gồm Công ty CP Supe Phốt phát và Hóa chất Lâm Thao và Sở Giáo dục và Đào Tạo."
    names = _names(extract_text(text))
    assert "Công ty CP Supe Phốt phát và Hóa chất Lâm Thao" in names
    assert "Sở Giáo dục và Đào Tạo" in names
    # After a title, a name after them is the person holding it.
    assert _officials("Giám đốc Công ty CP Hóa chất Lâm Thao Phạm Văn Hùng cho biết.") == {
        "Phạm Văn Hùng": ["Giám đốc Công ty CP Hóa chất Lâm Thao"]
    }


def test_places_are_not_institutions() -> None:
    result = extract_text("Căng thẳng giữa Trung Quốc và Đài Loan gia tăng, theo Đài Truyền hình Việt Nam.")
    assert [i.name for i in result.institutions] == ["Đài Truyền hình Việt Nam"]
    # the village a title shares with "Trưởng thôn" after it is a place, no body of the title before
    result = extract_text("Bí thư, Trưởng thôn Đoài Lê Văn Bình cho biết.", require_vietnamese=False)
    assert [p.phrase for o in result.officials for p in o.positions] == ["Bí thư thôn Đoài", "Trưởng thôn Đoài"]
    assert result.institutions == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiếp đến là các Công ty TNHH MTV đầu tư phát triển thủy lợi: Sông Đáy 40 trạm, sông Tích 30 trạm "
            "và Hà Nội 11 trạm.",
            [
                "Công ty TNHH MTV đầu tư phát triển thủy lợi Sông Đáy",
                "Công ty TNHH MTV đầu tư phát triển thủy lợi sông Tích",
                "Công ty TNHH MTV đầu tư phát triển thủy lợi Hà Nội",
            ],
        ),
        (
            "Đoàn kiểm tra làm việc với các Sở: Y tế, Giáo dục và Đào tạo, Tài chính về việc này.",
            ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính"],
        ),
        # One name after the colon is not a list.
        ("Đoàn làm việc với các Sở: Y tế về việc này.", []),
        # a ministry's or department's head and its fields listed with no colon
        (
            "Các Sở Y tế, Giáo dục và Đào tạo, Nội vụ tỉnh Nghệ An đã báo cáo kết quả.",
            ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ tỉnh Nghệ An"],
        ),
        # an item with a head of its own is a body of its own, not one of the shared head's
        (
            "Đoàn có đại diện các Bộ: Tài chính, Xây dựng và Ngân hàng Nhà nước Việt Nam.",
            ["Bộ Tài chính", "Bộ Xây dựng", "Ngân hàng Nhà nước Việt Nam"],
        ),
        ("Đoàn có đại diện các Bộ: Quốc phòng, Công an, Ngoại giao.", ["Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao"]),
        # after ";", the next person's title is no field of the body before it, nor after its holder
        (
            "Dự có lãnh đạo Bộ Ngoại giao; Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải.",
            ["Bộ Ngoại giao", "Văn phòng Chủ tịch nước"],
        ),
        (
            "Dự có Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn; Chủ tịch UBND tỉnh Lào Cai Lê Khánh Hải.",
            ["Bộ Ngoại giao", "UBND tỉnh Lào Cai"],
        ),
    ],
)
def test_a_shared_head_distributes_over_a_list_of_names(text: str, expected: list[str]) -> None:
    assert _names(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # bodies of one head listed with commas are tagged one by one, as VLSP 2018 tags them
        (
            "Sở Tài chính, Sở Xây dựng TP Hà Nội cũng báo cáo tiến độ các dự án.",
            ["Sở Tài chính", "Sở Xây dựng TP Hà Nội"],
        ),
        (
            "Ủy ban Kinh tế và Tài chính, Ủy ban Pháp luật và Tư pháp đã tổ chức phiên giải trình.",
            ["Ủy ban Kinh tế và Tài chính", "Ủy ban Pháp luật và Tư pháp"],
        ),
        # a department and its parent after the comma stay one span (VLSP tags them whole)
        (
            "Phòng Cảnh sát môi trường, Công an tỉnh Đắk Lắk đã phát hiện vụ việc.",
            ["Phòng Cảnh sát môi trường, Công an tỉnh Đắk Lắk"],
        ),
    ],
)
def test_a_list_of_bodies_is_tagged_item_by_item(text: str, orgs: list[str]) -> None:
    result = extract_text(text)
    assert [e.text for e in result.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the model stops at "dự án" or before the short form; the institution grammar reads on
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Phú Thọ làm chủ đầu tư.",
            ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Phú Thọ"],
        ),
        (
            "Hợp tác giữa Viện Nghiên cứu Phát triển (NCPT) Du lịch và Viện Nghiên cứu Văn hóa được ký kết.",
            ["Viện Nghiên cứu Phát triển (NCPT) Du lịch", "Viện Nghiên cứu Văn hóa"],
        ),
        ("Sở Xây dựng Hà Nội đề xuất thu hồi dự án.", ["Sở Xây dựng Hà Nội"]),
    ],
)
def test_a_model_organization_ends_where_the_institution_grammar_ends_it(text: str, orgs: list[str]) -> None:
    result = extract_text(text)
    assert [e.text for e in result.entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize(
    ("text", "label", "names"),
    [
        # tagged twice, so a person at the mention the model left untagged
        (
            "Tiền vệ Anh Đức chuyền bóng cho Diogo. Diogo ghi bàn. Sau trận, Diogo được khen ngợi.",
            "PER",
            ["Anh Đức", "Diogo", "Diogo", "Diogo"],
        ),
        # a lone syllable tagged once stays where the model put it
        (
            "Minh vội vàng chạy ra cửa. Ngọc đứng đó, tay cầm bức ảnh. Minh nhìn Ngọc rất lâu. Ngọc không nói gì.",
            "PER",
            ["Minh", "Minh", "Ngọc"],
        ),
        # a place again, but not where it names a people ("người dân Corpus Christi")
        (
            "Cơn bão đổ bộ vào Corpus Christi, Texas. Thiệt hại ở Corpus Christi rất lớn. "
            "Người dân Corpus Christi sơ tán.",
            "LOC",
            ["Corpus Christi", "Texas", "Corpus Christi"],
        ),
        (
            "Du khách thích đến Sapa vào mùa đông. Sapa có tuyết. Khách sạn ở Sapa kín phòng. Ở Sapa rất lạnh.",
            "LOC",
            ["Sapa", "Sapa", "Sapa", "Sapa"],
        ),
    ],
)
def test_a_name_the_model_tags_is_tagged_where_the_article_names_it_again(
    text: str, label: str, names: list[str]
) -> None:
    result = extract_text(text)
    assert [e.text for e in result.entities if e.label == label] == names


def test_a_people_is_no_organization_in_the_entities_layer() -> None:
    text = "Trên địa bàn xã có 98% hộ dân là đồng bào H'Mông, Hà Nhì."
    result = extract_text(text)
    assert not [e for e in result.entities if e.label == "ORG"]
    assert result.institutions == []


@pytest.mark.parametrize(
    ("text", "bodies", "institutions"),
    [
        # the standing deputy's title ends in lower case "ban Thường trực": no board of that name
        # (and the bare "Ban Chỉ đạo", a head with no name, is no entity in VLSP's convention)
        (
            "Ông Trần Văn Sơn, Phó Trưởng ban Thường trực Ban Chỉ đạo, phát biểu.",
            [],
            [],
        ),
        (
            "Ông Trần Văn Sơn, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống tham nhũng tỉnh, phát biểu.",
            ["Ban Chỉ đạo phòng, chống tham nhũng tỉnh"],
            ["Ban Chỉ đạo phòng, chống tham nhũng tỉnh"],
        ),
    ],
)
def test_no_body_begins_inside_a_title(text: str, bodies: list[str], institutions: list[str]) -> None:
    result = extract_text(text)
    assert [text[e.start : e.end] for e in result.entities if e.label == "ORG"] == bodies
    assert _names(result) == institutions


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        ("Đây là khẳng định của CEO Apple Tim Cook trước những ý kiến trái chiều.", "Tim Cook", "CEO Apple"),
        ("Giám đốc điều hành (CEO) Nvidia Jensen Huang vừa đến Hà Nội.", "Jensen Huang", "Giám đốc điều hành Nvidia"),
        # a one-word brand the rules read into the name, which the model parts from it
        (
            "Tổng Giám đốc Techcombank Jens Lottner cho biết lợi nhuận tăng 20%.",
            "Jens Lottner",
            "Tổng Giám đốc Techcombank",
        ),
        ("CEO Tesla Elon Musk cho biết công ty sẽ mở nhà máy mới.", "Elon Musk", "CEO Tesla"),
        # the title's line of work in lower case, then "của" before the body
        (
            "Điều phối viên y tế khẩn cấp của MSF Kate White cho biết mỗi ngày đều có bệnh nhân.",
            "Kate White",
            "Điều phối viên y tế khẩn cấp MSF",
        ),
    ],
)
def test_a_foreign_chief_after_a_companys_name_holds_the_title(text: str, name: str, phrase: str) -> None:
    result = extract_text(text)
    assert {o.name: [p.phrase for p in o.positions] for o in result.officials} == {name: [phrase]}
    assert name not in _names(result)


def test_a_models_piece_of_a_posts_bare_head_is_no_institution() -> None:
    # the model cuts "Ban Chỉ | đạo" inside a word; the post's bare head names no body
    text = "Phó Thủ tướng Nguyễn Chí Dũng, Phó Trưởng Ban Chỉ đạo báo cáo kết quả 11 tháng."
    result = extract_text(text)
    assert [(o.name, [p.phrase for p in o.positions]) for o in result.officials] == [
        ("Nguyễn Chí Dũng", ["Phó Thủ tướng", "Phó Trưởng Ban Chỉ đạo"])
    ]
    assert _names(result) == []


def test_an_officials_name_is_a_person_in_the_entities_layer() -> None:
    text = "Phó Tổng cục trưởng Tổng cục Thuế Cao Anh Tuấn cho biết ngành thuế đã thu vượt dự toán."
    entities = {(text[e.start : e.end], e.label) for e in extract_text(text).entities}
    assert ("Cao Anh Tuấn", "PER") in entities
    assert not any(label != "PER" and "Tuấn" in name for name, label in entities)


def test_a_given_name_alone_after_the_full_name_is_the_same_person() -> None:
    text = (
        "Hoa hậu Huỳnh Thị Tiên vừa trở về từ cuộc thi ở Philippines.\n"
        "Sau cuộc thi, Tiên cho biết cô sẽ tiếp tục học đại học. Thành phố đã đón cô."
    )
    people = [text[e.start : e.end] for e in extract_text(text).entities if e.label == "PER"]
    assert people.count("Tiên") == 1 and "Thành" not in people


@pytest.mark.parametrize(
    "text",
    [
        # a minister called by her two given syllables after her full name, with a post or without
        "Bộ trưởng Y tế Nguyễn Thị Kim Tiến chủ trì hội nghị. Bộ trưởng Kim Tiến cho biết sẽ thí điểm.",
        "Bà Nguyễn Thị Kim Tiến có mặt từ sớm. Bộ trưởng Kim Tiến cho biết sẽ thí điểm.",
        # or before it
        "Bộ trưởng Kim Tiến cho biết sẽ thí điểm. Bộ trưởng Y tế Nguyễn Thị Kim Tiến nhấn mạnh thêm.",
    ],
)
def test_an_official_called_by_the_given_name_is_one_official(text: str) -> None:
    assert list(_officials(text)) == ["Nguyễn Thị Kim Tiến"]


def test_an_official_called_by_two_given_syllables_is_a_person_in_the_entities_layer() -> None:
    text = "Bộ trưởng Y tế Đào Hồng Lan chủ trì hội nghị. Bộ trưởng Hồng Lan yêu cầu giảm thời gian chờ khám."
    entities = {(text[e.start : e.end], e.label) for e in extract_text(text, require_vietnamese=False).entities}
    assert ("Hồng Lan", "PER") in entities
    assert not any(label != "PER" and name == "Hồng Lan" for name, label in entities)


def test_a_name_the_article_gives_a_body_is_no_official() -> None:
    text = (
        "Tờ Bangkok Post hôm nay đưa tin về vụ việc. Người dẫn đầu cuộc điều tra, theo Bangkok Post, "
        "là Phó Tư lệnh Cảnh sát Hoàng gia Thái Lan."
    )
    result = extract_text(text, require_vietnamese=False)
    assert "Bangkok Post" not in {o.name for o in result.officials}
    assert "Bangkok Post" in {i.name for i in result.institutions}
    assert not any(e.label == "PER" and text[e.start : e.end] == "Bangkok Post" for e in result.entities)


def test_a_given_name_glued_to_the_verb_after_it_is_still_the_person() -> None:
    # the segmenter makes one word of "Hải hưởng"; a word its dictionary does not know is a
    # name and a verb, while "Chính phủ" (a word) is no "Chính"
    text = (
        "Theo cáo trạng, Lê Văn Hải đã chiếm đoạt 3 tỷ đồng. Trong đó, Hải hưởng lợi 2,5 tỷ đồng.\n"
        "Ông Nguyễn Văn Chính phát biểu. Sau đó, Chính phủ ban hành nghị quyết mới."
    )
    people = [(text[e.start : e.end], e.start) for e in extract_text(text).entities if e.label == "PER"]
    assert ("Hải", text.index("Hải hưởng")) in people
    assert ("Chính", text.index("Chính phủ")) not in people


def test_a_given_name_that_opens_a_bodys_head_is_still_the_person() -> None:
    # "Thanh" heads "Thanh tra tỉnh" (an inspectorate), no place; "Hà" of "Hà Nam" stays a place
    text = (
        "Theo cáo trạng, Lò Văn Thanh đã chiếm đoạt 3 tỷ đồng. Trong đó, Thanh hưởng lợi 2,1 tỷ đồng.\n"
        "Công an tỉnh sẽ phối hợp với Thanh tra tỉnh rà soát. Bà Trần Thị Hà, trú tại tỉnh Hà Nam, là nhân chứng. "
        "Hà Nam có mưa."
    )
    people = [(text[e.start : e.end], e.start) for e in extract_text(text).entities if e.label == "PER"]
    assert ("Thanh", text.index("Thanh hưởng")) in people
    assert ("Hà", text.rindex("Hà Nam")) not in people


def test_a_bodys_name_ends_before_a_predicate_in_lower_case() -> None:
    # the model ran the body on into its verb; a lower-case word inside a name, with a
    # capitalized one after it, stays
    text = "Ủy ban Kinh tế và Tài chính của Quốc hội dự họp. Ban chấp hành Trung ương Đảng đã họp."
    bodies = [text[e.start : e.end] for e in extract_text(text).entities if e.label == "ORG"]
    assert "Ủy ban Kinh tế và Tài chính của Quốc hội" in bodies
    assert not any(name.endswith("dự họp") for name in bodies)


def test_a_zones_roman_number_ends_the_bodys_span() -> None:
    # the segmenter glues "I thu", and the model runs the name on into "thu ngân"
    text = "Chi cục Hải quan khu vực I thu ngân sách cao nhất."
    bodies = [text[e.start : e.end] for e in extract_text(text).entities if e.label == "ORG"]
    assert bodies == ["Chi cục Hải quan khu vực I"]


def test_a_given_name_before_the_full_name_is_no_person() -> None:
    # "Chi" (spends) opens a sentence before "Nguyễn Đức Chi" is named: a verb, not the man
    text = (
        "Chi đầu tư phát triển khoảng 560.000 tỷ đồng.\n"
        "Thứ trưởng Bộ Tài chính Nguyễn Đức Chi cho biết ngân sách đã chi đủ. Chi nói thêm về thu nội địa."
    )
    starts = [e.start for e in extract_text(text).entities if e.label == "PER" and text[e.start : e.end] == "Chi"]
    assert starts == [text.rindex("Chi nói")]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Ảnh: Hà Khánh/VOV", "Hà Khánh/VOV", "Hà Khánh"),  # a credit's source
        ("Ông K’Tiêng cho biết", "K", "K’Tiêng"),  # glued by an apostrophe, after the name
        ("bà H'Ăng Nie nói", "Ăng Nie", "H'Ăng Nie"),  # … and before it
        ("ông Nguyễn Văn An nói", "Nguyễn Văn An", "Nguyễn Văn An"),
        ("chị Đ. đã được rút ống thở", "Đ", "Đ."),  # an initial keeps its dot
        ("chị Hoàng Thu H. (SN 1991)", "Hoàng Thu H", "Hoàng Thu H."),
        ("ông Nguyễn Văn An. Sau đó", "Nguyễn Văn An", "Nguyễn Văn An"),  # a full stop is not an initial's
        # a syllable cut to the consonants that open it keeps its dot too; a word with a vowel is whole
        ("anh Cáp Trọng Th. (SN 1984)", "Cáp Trọng Th", "Cáp Trọng Th."),
        ("anh Th. và vợ không trả lời", "Th", "Th."),
        ("gặp ông Lê Trọng Thi. Sau đó", "Lê Trọng Thi", "Lê Trọng Thi"),
    ],
)
def test_person_spans_take_the_name_as_written(text: str, span: str, expected: str) -> None:
    from extractor.entities.reader import trimmed_span

    start = text.index(span)
    trimmed = trimmed_span(text, start, start + len(span), "PER")
    assert trimmed is not None and text[trimmed.start : trimmed.end] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CTCP", True),
        ("Công ty TNHH", True),
        ("CTCP Lilama 18", False),
        ("VII", True),  # an ordinal ("lần thứ VII") the model may tag
        ("VCCI", False),  # letters of Roman numerals, no numeral
        ("Binh đoàn 12", False),
    ],
)
def test_a_bare_legal_form_is_not_an_institution(name: str, expected: bool) -> None:
    from extractor.entities.reader import not_an_institution
    from extractor.pipeline import default_pipeline

    text = f"Theo {name} cho biết."
    start = text.index(name)
    assert not_an_institution(text, start, start + len(name), default_pipeline().lexicons) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a head that names no body alone, or a head and a bare unit: "the court", "the province's committee"
        ("UBND tỉnh", True),
        ("Công an huyện", True),
        ("HĐND thành phố", True),
        ("Viện KSND", True),
        ("Tòa án", True),
        # bodies one of a kind VLSP still leaves untagged by their head alone
        ("Chính phủ", True),
        ("Thành ủy", True),
        ("Viện Kiểm sát", True),
        # a name, or a body one of a kind
        ("UBND tỉnh Nghệ An", False),
        ("Công an TP Hà Nội", False),
        ("Tòa án nhân dân tỉnh Bình Dương", False),
        ("Bộ Chính trị", False),
        ("Ngân hàng Nhà nước", False),
        ("Văn phòng Chính phủ", False),
        ("Thành ủy Hà Nội", False),
        ("Sở Y tế", False),
    ],
)
def test_a_head_with_no_name_is_no_entity_in_vlsps_convention(name: str, expected: bool) -> None:
    from extractor.entities.reader import _a_generic_reference
    from extractor.pipeline import default_pipeline

    assert _a_generic_reference(name, default_pipeline().lexicons) is expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Theo báo VTC, vụ việc xảy ra hôm qua.", "VTC", "báo VTC"),
        ("Ông nói với báo Pháp luật TP.HCM rằng sẽ xử lý.", "Pháp luật TP.HCM", "báo Pháp luật TP.HCM"),
        # a foreign name goes either way in VLSP: as the model reads it
        ("Theo báo The Nation, cảnh sát đã bắt giữ.", "The Nation", "The Nation"),
        # "báo" that ends another word
        ("Theo thông báo VTC sẽ phát sóng trực tiếp.", "VTC", "VTC"),
    ],
)
def test_a_newspaper_is_tagged_with_the_word_before_it(text: str, span: str, expected: str) -> None:
    from extractor.entities.reader import EntitySpan, _with_the_word_newspaper
    from extractor.pipeline import default_pipeline

    start = text.index(span)
    found = _with_the_word_newspaper(text, EntitySpan("ORG", start, start + len(span)), default_pipeline().lexicons)
    assert text[found.start : found.end] == expected


def test_a_ministrys_act_after_its_name_is_no_part_of_the_models_span() -> None:
    from extractor.entities.reader import EntitySpan, _without_predicate_tail
    from extractor.pipeline import default_pipeline

    text = "Bộ Công an chủ trì cuộc họp với các đơn vị."
    span = EntitySpan("ORG", 0, text.index(" với"))  # the model ran on into the predicate
    cut = _without_predicate_tail(text, span, default_pipeline().lexicons)
    assert text[cut.start : cut.end] == "Bộ Công an"


@pytest.mark.parametrize(
    ("text", "name", "person", "position"),
    [
        (
            "Chủ tịch Hội Hữu nghị Việt Nam - Lào Nguyễn Văn Bình phát biểu tại buổi lễ.",
            "Hội Hữu nghị Việt Nam - Lào",
            "Nguyễn Văn Bình",
            "Chủ tịch Hội Hữu nghị Việt Nam - Lào",
        ),
        (
            "Ông Trần Văn Nam, Phó Tổng Giám đốc Ngân hàng TMCP Sài Gòn - Hà Nội (SHB), cho biết như vậy.",
            "Ngân hàng TMCP Sài Gòn - Hà Nội",
            "Trần Văn Nam",
            "Phó Tổng Giám đốc Ngân hàng TMCP Sài Gòn - Hà Nội",
        ),
    ],
)
def test_a_name_ending_in_two_places_joined_by_a_dash_holds_both(
    text: str, name: str, person: str, position: str
) -> None:
    result = extract_text(text, require_vietnamese=False)
    assert name in _names(result)
    assert [(o.name, [p.text for p in o.positions]) for o in result.officials] == [(person, [position])]


def test_a_body_ends_before_a_person_whose_name_runs_past_it() -> None:
    text = "Chủ tịch Ủy ban Châu Âu Ursula von der Leyen phát biểu tại hội nghị."
    result = extract_text(text, require_vietnamese=False)
    assert _names(result) == ["Ủy ban Châu Âu"]
    assert [o.name for o in result.officials] == ["Ursula von der Leyen"]


def test_a_short_form_after_the_models_longer_name_is_its_alias() -> None:
    text = "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) cho biết giá cá tra tăng. VASEP đề nghị hỗ trợ."
    result = extract_text(text, require_vietnamese=False)
    [body] = result.institutions
    assert body.name == "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam" and body.aliases == ["VASEP"]
    assert [m.text for m in body.mentions] == [body.name, "VASEP", "VASEP"]  # the bracket's and the later use


def test_a_place_with_a_dash_in_its_name_ends_an_institutions_name() -> None:
    text = "Đại diện Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu cùng các nghệ sĩ dự họp báo."
    result = extract_text(text, require_vietnamese=False)
    assert _names(result) == ["Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu"]


@pytest.mark.parametrize(
    ("text", "name", "model", "fair"),
    [
        (
            "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết",
            "Trung tâm Dự báo",
            "Trung tâm Dự báo khí tượng thủy văn quốc gia",
            True,
        ),
        # a model span that runs over "và" into a second institution's head is not an extension
        (
            "Tổng cục Đường bộ và Công ty Cổ phần Phương Thành ký",
            "Tổng cục Đường bộ",
            "Tổng cục Đường bộ và Công ty Cổ",
            False,
        ),
        ("Đảng ủy phường hoàn thành chỉ tiêu", "Đảng ủy phường", "Đảng ủy phường hoàn thành", False),
        # "và" and a plural join other bodies to the name, which ends before them
        (
            "Ủy ban MTTQ phường và các đoàn thể chính trị vận động",
            "Ủy ban MTTQ phường",
            "Ủy ban MTTQ phường và các đoàn thể chính trị",
            False,
        ),
        # a dash between two capitalized parts of one name ("Việt - Trung"); not one before a second body
        ("Công ty Hòa Bình - Sông Đà gây ô nhiễm", "Công ty Hòa Bình", "Công ty Hòa Bình - Sông Đà", True),
        ("Công an Thừa Thiên - Huế phối hợp", "Công an Thừa Thiên", "Công an Thừa Thiên - Huế", True),
        ("Sở Xây dựng - Hà Nội cho biết", "Sở Xây dựng", "Sở Xây dựng - Hà Nội", False),  # where it is
        # the second of two places the name ends in: two countries, or a pair its short form follows
        ("Hội Hữu nghị Việt Nam - Lào tặng quà", "Hội Hữu nghị Việt Nam", "Hội Hữu nghị Việt Nam - Lào", True),
        (
            "Ngân hàng TMCP Sài Gòn - Hà Nội (SHB) báo lãi",
            "Ngân hàng TMCP Sài Gòn",
            "Ngân hàng TMCP Sài Gòn - Hà Nội",
            True,
        ),
        # a commune's name is also a person's: without a short form the place after it is where it is
        (
            "Trường THPT Chu Văn An - Hà Nội đạt giải",
            "Trường THPT Chu Văn An",
            "Trường THPT Chu Văn An - Hà Nội",
            False,
        ),
        (
            "Phòng Cảnh sát hình sự - Công an tỉnh Nam Định cho biết",
            "Phòng Cảnh sát hình sự",
            "Phòng Cảnh sát hình sự - Công an tỉnh Nam Định",
            False,
        ),
    ],
)
def test_a_model_span_extends_a_name_only_fairly(text: str, name: str, model: str, fair: bool) -> None:
    from extractor.entities.reader import fair_extension
    from extractor.pipeline import default_pipeline
    from extractor.text.spans import SpanIndex

    assert fair_extension(text, 0, len(name), len(model), SpanIndex(), default_pipeline().lexicons) is fair


def test_an_officials_full_name_in_a_caption_is_a_person_not_part_of_an_organization(seed_text: str) -> None:
    result = extract_text(seed_text)
    spans = [(seed_text[e.start : e.end], e.label) for e in result.entities]
    assert ("Nguyễn Minh Tâm", "PER") in spans
    assert not [name for name, label in spans if label != "PER" and "Nguyễn Minh Tâm" in name]
