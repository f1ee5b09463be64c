"""Officials in appointment, election and dismissal sentences (extractor.entities.officials).

Every sentence here is invented; the wording follows appointment notices, council elections
and company disclosures, not any gold article.
"""

from __future__ import annotations

import pytest

from extractor import extract_text


def _officials(text: str) -> dict[str, list[str]]:
    return {o.name: [p.phrase for p in o.positions] for o in extract_text(text, require_vietnamese=False).officials}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # name -> appointment wording -> title
        (
            "Hội đồng quản trị bổ nhiệm ông Lê Quang Vinh giữ chức Tổng giám đốc Công ty cổ phần Sông Đà 9.",
            {"Lê Quang Vinh": ["Tổng giám đốc Công ty cổ phần Sông Đà 9"]},
        ),
        (
            "Bà Phan Thị Ngọc Hà được bầu làm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bình Định.",
            {"Phan Thị Ngọc Hà": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bình Định"]},
        ),
        # the body that appoints between "được" and the rest of the wording
        (
            "Đồng chí Vũ Văn Tâm được Ban Thường vụ Tỉnh ủy chỉ định giữ chức Bí thư Đảng ủy xã Tân Phú.",
            {"Vũ Văn Tâm": ["Bí thư Đảng ủy xã Tân Phú"]},
        ),
        # the wording's last word is the title's prefix: "được giao | quyền Chủ tịch"
        (
            "Bà Đỗ Thị Hạnh được giao quyền Chủ tịch UBND xã Tân Phú.",
            {"Đỗ Thị Hạnh": ["quyền Chủ tịch UBND xã Tân Phú"]},
        ),
        (
            "Ông Đỗ Minh Khôi được chỉ định giữ chức Bí thư Đảng ủy xã Tân Hòa nhiệm kỳ 2025-2030.",
            {"Đỗ Minh Khôi": ["Bí thư Đảng ủy xã Tân Hòa"]},
        ),
        (
            "Trước khi được bổ nhiệm, ông Vũ Đức Long đảm nhiệm vị trí Phó Giám đốc Sở Xây dựng.",
            {"Vũ Đức Long": ["Phó Giám đốc Sở Xây dựng"]},
        ),
        # the old post in a dash apposition and the new one after "sẽ giữ chức"
        (
            "Công ty bổ nhiệm ông Hà Văn Lợi - đang là Thành viên HĐQT - sẽ giữ chức Chủ tịch HĐQT.",
            {"Hà Văn Lợi": ["Thành viên HĐQT", "Chủ tịch HĐQT"]},
        ),
        # a former post in commas, then the new one
        (
            "Hội đồng đã bầu bà Lương Thu Trang, nguyên Giám đốc Sở Y tế, giữ chức Trưởng ban Pháp chế HĐND tỉnh.",
            {"Lương Thu Trang": ["nguyên Giám đốc Sở Y tế", "Trưởng ban Pháp chế HĐND tỉnh"]},
        ),
        # title -> "đối với" -> name, with the name's own apposition after it
        (
            "Ngân hàng công bố quyết định miễn nhiệm chức danh Phó Tổng giám đốc đối với ông Tạ Quang Hưng.",
            {"Tạ Quang Hưng": ["Phó Tổng giám đốc"]},
        ),
        (
            "HĐND tỉnh cho thôi chức vụ Trưởng ban Kinh tế - Ngân sách đối với bà Ngô Thị Mai, Giám đốc Sở Tài chính.",
            {"Ngô Thị Mai": ["Trưởng ban Kinh tế - Ngân sách", "Giám đốc Sở Tài chính"]},
        ),
        # "quyền" that ends the word before it ("chính quyền") is no prefix of the title after it
        (
            "Phe đối lập muốn lật đổ chính quyền Tổng thống Bashar al-Assad.",
            {"Bashar al-Assad": ["Tổng thống"]},
        ),
        # two passive verbs sharing "được", as appointment notices write them
        (
            "Bà Cầm Thị Hà được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính tỉnh Lai Châu.",
            {"Cầm Thị Hà": ["Phó Giám đốc Sở Tài chính tỉnh Lai Châu"]},
        ),
        (
            "Ông Vi Văn Tám được bầu và bổ nhiệm làm Chủ tịch HĐQT Công ty cổ phần Đá Hoa.",
            {"Vi Văn Tám": ["Chủ tịch HĐQT Công ty cổ phần Đá Hoa"]},
        ),
        # ... past the body that appoints, whose name the first verb does not continue
        (
            "Ông Lò Văn Khiêm được Bộ Chính trị điều động, phân công giữ chức Bí thư Tỉnh ủy Hà Giang.",
            {"Lò Văn Khiêm": ["Bí thư Tỉnh ủy Hà Giang"]},
        ),
        (
            "Bà Đinh Thị Lụa được Ban Thường vụ Thành ủy điều động, chỉ định giữ chức Bí thư Đảng ủy phường Hà Đông.",
            {"Đinh Thị Lụa": ["Bí thư Đảng ủy phường Hà Đông"]},
        ),
        # more appointment wordings: sent, rotated, re-appointed, elected in addition
        (
            "Bà Lò Thị Hoa được cử giữ chức Phó Giám đốc Sở Y tế tỉnh Sơn La.",
            {"Lò Thị Hoa": ["Phó Giám đốc Sở Y tế tỉnh Sơn La"]},
        ),
        (
            "Ông Trần Văn Hùng được tín nhiệm bầu giữ chức Chủ tịch UBND xã Tân Lập.",
            {"Trần Văn Hùng": ["Chủ tịch UBND xã Tân Lập"]},
        ),
        (
            "Ông Hà Văn Tư được luân chuyển giữ chức Bí thư Đảng ủy xã Yên Bình.",
            {"Hà Văn Tư": ["Bí thư Đảng ủy xã Yên Bình"]},
        ),
        (
            "Ông Đỗ Minh Khải được giao làm Giám đốc Trung tâm Y tế huyện Kỳ Sơn.",
            {"Đỗ Minh Khải": ["Giám đốc Trung tâm Y tế huyện Kỳ Sơn"]},
        ),
        # a move from one post to the next, and two links in a row
        (
            "Ông Cao Văn Lực thôi giữ chức Giám đốc Sở Y tế để sang làm Phó Chủ tịch UBND tỉnh.",
            {"Cao Văn Lực": ["Giám đốc Sở Y tế", "Phó Chủ tịch UBND tỉnh"]},
        ),
        (
            "Ông Cao Văn Lực được điều động về làm Bí thư Đảng ủy xã Tân Lập.",
            {"Cao Văn Lực": ["Bí thư Đảng ủy xã Tân Lập"]},
        ),
        # a relative clause of the post held ("người từng giữ chức"), and an age set off by commas
        (
            "Ông Nguyễn Văn An, người từng giữ chức Chủ tịch UBND huyện Mê Linh, bị khởi tố.",
            {"Nguyễn Văn An": ["Chủ tịch UBND huyện Mê Linh"]},
        ),
        (
            "Ông Nguyễn Văn An, 58 tuổi, nguyên Chủ tịch UBND xã Tân Lập, bị khởi tố.",
            {"Nguyễn Văn An": ["nguyên Chủ tịch UBND xã Tân Lập"]},
        ),
        # the posting with no workplace named, then the post taken ("và" or a comma between)
        (
            "Bộ trưởng điều động Đại tá Lê Quang Nhân, Phó Giám đốc Công an tỉnh An Giang đến nhận công tác và"
            " giữ chức Giám đốc Công an tỉnh Cà Mau.",
            {"Lê Quang Nhân": ["Phó Giám đốc Công an tỉnh An Giang", "Giám đốc Công an tỉnh Cà Mau"]},
        ),
        (
            "Ông Lê Văn Tâm, Phó Chủ tịch UBND huyện được điều động về nhận công tác, giữ chức Bí thư Đảng ủy"
            " xã Tân Lập.",
            {"Lê Văn Tâm": ["Phó Chủ tịch UBND huyện", "Bí thư Đảng ủy xã Tân Lập"]},
        ),
        (  # the reason a post is left, then the post taken
            "HĐND phường miễn nhiệm chức vụ Chủ tịch UBND phường đối với ông Nguyễn Quang Trung do được"
            " điều động giữ chức Phó Giám đốc Sở Xây dựng Hà Nội.",
            {"Nguyễn Quang Trung": ["Chủ tịch UBND phường", "Phó Giám đốc Sở Xây dựng Hà Nội"]},
        ),
        # an abbreviation in brackets between the body and the name
        (
            "Phó Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Bùi Hoàng Hải cho biết thị trường đã phục hồi.",
            {"Bùi Hoàng Hải": ["Phó Chủ tịch Ủy ban Chứng khoán Nhà nước"]},
        ),
        # defendants with their age and former post in brackets
        (
            "Các bị cáo gồm: Đinh Văn Sáu (51 tuổi, cựu Chủ tịch UBND xã Hòa Phú); Mai Thị Hằng (40 tuổi, bán hàng).",
            {"Đinh Văn Sáu": ["cựu Chủ tịch UBND xã Hòa Phú"]},
        ),
        (  # the posts after a birth year and a home place; a residence after it is no post
            "Bà Nguyễn Thị Hoa sinh năm 1975, quê quán tỉnh Ninh Bình, từng là Phó Vụ trưởng Vụ Tổ chức"
            " cán bộ. Ông Trần Văn Bình, sinh năm 1972, hiện là Phó Giám đốc Sở Tài chính. Ông Lê Văn Cao"
            " sinh năm 1980, trú tại xã Yên Từ, bị bắt.",
            {"Nguyễn Thị Hoa": ["Phó Vụ trưởng Vụ Tổ chức cán bộ"], "Trần Văn Bình": ["Phó Giám đốc Sở Tài chính"]},
        ),
        (  # re-elected
            "Ông Lương Văn Đoàn được bầu lại làm Chủ tịch Trung ương Hội Nông dân Việt Nam nhiệm kỳ 2023-2028.",
            {"Lương Văn Đoàn": ["Chủ tịch Trung ương Hội Nông dân Việt Nam"]},
        ),
        (  # the post a decision gives, then "cho" and its holder; "cho" after an award gives no post
            "UBND tỉnh trao quyết định bổ nhiệm chức vụ Giám đốc Sở Xây dựng cho ông Đỗ Văn Hùng, nguyên"
            " Phó Giám đốc Sở Tài chính. Phó Chủ tịch UBND tỉnh Lê Văn Bình trao Bằng khen của Chủ tịch"
            " UBND tỉnh cho ông Ngô Văn Tư.",
            {
                "Đỗ Văn Hùng": ["Giám đốc Sở Xây dựng", "nguyên Phó Giám đốc Sở Tài chính"],
                "Lê Văn Bình": ["Phó Chủ tịch UBND tỉnh"],
            },
        ),
        (  # an envoy's host city after its unit word, then the envoy; a friendship group of two countries
            "Ông Quang tiếp Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh Susan Burns và Chủ tịch Nhóm Nghị sĩ"
            " hữu nghị Pháp - Việt Nam Stéphane Vojetta.",
            {
                "Susan Burns": ["Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh"],
                "Stéphane Vojetta": ["Chủ tịch Nhóm Nghị sĩ hữu nghị Pháp - Việt Nam"],
            },
        ),
        (  # a standing body after appointment wording is the post taken; alone, the body
            "Hội nghị Trung ương đã bầu đồng chí Lương Cường giữ chức Thường trực Ban Bí thư. Thường trực"
            " Ban Bí thư đã chủ trì cuộc họp.",
            {"Lương Cường": ["Thường trực Ban Bí thư"]},
        ),
        (  # a school council's chair named right after it; the "Y" of medicine before a place
            "Trường Đại học Vinh họp. Chủ tịch Hội đồng trường Nguyễn Văn An cho biết. Phó Giám đốc Bệnh"
            " viện Đại học Y Hà Nội Lê Thị Hoa phát biểu.",
            {
                "Nguyễn Văn An": ["Chủ tịch Hội đồng trường"],
                "Lê Thị Hoa": ["Phó Giám đốc Bệnh viện Đại học Y Hà Nội"],
            },
        ),
        (  # a branch of a body whose head names it whole, by its unit and place or its region
            "Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 1 Nguyễn Thị Lan cho biết. Giám đốc Ngân hàng"
            " Nhà nước chi nhánh tỉnh Nghệ An Lê Văn Hải phát biểu.",
            {
                "Nguyễn Thị Lan": ["Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 1"],
                "Lê Văn Hải": ["Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An"],
            },
        ),
        (  # a rank right after a unit's head title begins the person: the unit is the one named before
            "Cục Cảnh sát giao thông (Bộ Công an) ra quân. Cục trưởng Thiếu tướng Nguyễn Văn Minh phát biểu.",
            {"Nguyễn Văn Minh": ["Cục trưởng Cục Cảnh sát giao thông"]},
        ),
        (  # a hospital's bare head refers back to the one named before: the name after it is the holder's
            "Bệnh viện Hữu nghị Việt Đức vừa ghép tim. Phó Giám đốc Bệnh viện Nguyễn Mạnh Khánh, Trưởng"
            " khoa Phẫu thuật tim mạch, tham gia ca mổ. Hiệu trưởng Trường Chu Văn An cho biết.",
            {"Nguyễn Mạnh Khánh": ["Phó Giám đốc Bệnh viện", "Trưởng khoa Phẫu thuật tim mạch"]},
        ),
        (  # a national body known by its number, its holder after it
            "Phó Trưởng Ban Chỉ đạo 389 quốc gia Nguyễn Văn Hải cho biết.",
            {"Nguyễn Văn Hải": ["Phó Trưởng Ban Chỉ đạo 389 quốc gia"]},
        ),
        (  # a school named by another kind's head ("Ngân hàng", "Công đoàn"): the name after it is its head's
            "Giám đốc Học viện Ngân hàng Nguyễn Văn Hải cho biết. Hiệu trưởng Trường Đại học Công đoàn Lê"
            " Thị Hoa phát biểu.",
            {
                "Nguyễn Văn Hải": ["Giám đốc Học viện Ngân hàng"],
                "Lê Thị Hoa": ["Hiệu trưởng Trường Đại học Công đoàn"],
            },
        ),
        (  # the one replaced, his posts set off by a comma: his own, not his successor's
            "Ông Trần Văn Nam thay ông Lê Thanh Quý, nguyên Bí thư Tỉnh ủy, được điều động làm Phó Trưởng"
            " Ban Kinh tế Trung ương.",
            {"Lê Thanh Quý": ["nguyên Bí thư Tỉnh ủy", "Phó Trưởng Ban Kinh tế Trung ương"]},
        ),
        # the decision's own verb after the body the cadre is posted to
        (
            "Ban Thường vụ Tỉnh ủy điều động đồng chí Lê Văn Thành, Giám đốc Sở Tài chính đến nhận công tác"
            " tại Đảng ủy xã Nga Sơn và chỉ định giữ chức Bí thư Đảng ủy xã.",
            {"Lê Văn Thành": ["Giám đốc Sở Tài chính", "Bí thư Đảng ủy xã"]},
        ),
        # a place after a dash that the body's name did not take in, then the holder
        (
            "Hiệu trưởng Trường THPT Chu Văn An - Hà Nội Trần Thị Hoa cho biết, học sinh tăng.",
            {"Trần Thị Hoa": ["Hiệu trưởng Trường THPT Chu Văn An"]},
        ),
        # a post left, in a bank's disclosure
        (
            "Ông Nguyễn Đức Thạch Diễm thôi giữ chức vụ Tổng Giám đốc kể từ ngày 1/3.",
            {"Nguyễn Đức Thạch Diễm": ["Tổng Giám đốc"]},
        ),
        # names joined by "và" before the wording: it is said of each
        (
            "Đồng chí Vàng Seo Chư và đồng chí Sần Thị Mai được bầu giữ chức Phó Bí thư Đảng ủy xã.",
            {"Vàng Seo Chư": ["Phó Bí thư Đảng ủy xã"], "Sần Thị Mai": ["Phó Bí thư Đảng ủy xã"]},
        ),
        (
            "Ông Lê Văn Hải, bà Trần Thị Mai và ông Đỗ Văn Nam được bổ nhiệm làm Phó Giám đốc Sở Y tế.",
            {
                "Lê Văn Hải": ["Phó Giám đốc Sở Y tế"],
                "Trần Thị Mai": ["Phó Giám đốc Sở Y tế"],
                "Đỗ Văn Nam": ["Phó Giám đốc Sở Y tế"],
            },
        ),
        # but not a name the title is set off from by a comma
        ("Ông Lê Văn Hải và bà Trần Thị Mai, Phó Giám đốc Sở Y tế dự họp.", {"Trần Thị Mai": ["Phó Giám đốc Sở Y tế"]}),
        # the one who appoints between "được" and the verb: a board by its head alone, an office
        (
            "Ông Nguyễn Văn Khoa, Tổng Giám đốc FPT, được HĐQT bầu làm Chủ tịch HĐQT nhiệm kỳ mới.",
            {"Nguyễn Văn Khoa": ["Tổng Giám đốc FPT", "Chủ tịch HĐQT"]},
        ),
        (
            "Bà Trần Thị Bình vừa được Hội đồng quản trị bổ nhiệm làm Tổng Giám đốc Vinamilk.",
            {"Trần Thị Bình": ["Tổng Giám đốc Vinamilk"]},
        ),
        (
            "Ông Nguyễn Văn Khoa được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.",
            {"Nguyễn Văn Khoa": ["Thứ trưởng Bộ Tài chính"]},
        ),
        (
            "Ông Lê Văn Cường được Bộ trưởng Bộ Y tế bổ nhiệm làm Giám đốc Bệnh viện Bạch Mai.",
            {"Lê Văn Cường": ["Giám đốc Bệnh viện Bạch Mai"]},
        ),
        # a university council's chair is "recognized" (công nhận) by the ministry
        (
            "GS.TS Trần Thị Mai được công nhận là Chủ tịch Hội đồng trường Trường Đại học Vinh.",
            {"Trần Thị Mai": ["Chủ tịch Hội đồng trường Trường Đại học Vinh"]},
        ),
    ],
)
def test_appointment_wording_links_names_and_titles(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize("link", ["thay", "thay thế", "thay cho", "thay thế cho"])
def test_the_names_replaced_take_no_post_from_the_wording_after_them(link: str) -> None:
    officials = _officials(f"Bà Lê Thị Hoa {link} ông Trần Văn Nam và ông Đỗ Văn Bình giữ chức Giám đốc Sở Y tế.")
    assert "Trần Văn Nam" not in officials


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Quang Vinh làm việc với lãnh đạo Công ty cổ phần Sông Đà 9.",  # "làm việc": no title after
        "Bà Phan Thị Ngọc Hà là người dân xã Tân Hòa.",  # "là" before no title
        "Chính sách đối với ông Tạ Quang Hưng được xem xét.",  # "đối với" after no title
    ],
)
def test_appointment_words_without_a_title_make_no_official(text: str) -> None:
    assert _officials(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare unit word, then a full name: the family name is not the unit's name
        (
            "Phó Chủ tịch UBND thành phố Nguyễn Văn Hùng phát biểu.",
            {"Nguyễn Văn Hùng": ["Phó Chủ tịch UBND thành phố"]},
        ),
        ("Chủ tịch UBND huyện Lê Văn Nam cho biết.", {"Lê Văn Nam": ["Chủ tịch UBND huyện"]}),
        # a family name not in the list, known by the middle name after it
        ("Phó Chủ tịch UBND xã Tân Lập Khuất Thị Hoa cho biết.", {"Khuất Thị Hoa": ["Phó Chủ tịch UBND xã Tân Lập"]}),
        # after a company's legal form a name is the company's, unless a middle name marks a person
        (
            "Ông Trần Quốc Bảo, Giám đốc Công ty TNHH Lê Gia, cho biết.",
            {"Trần Quốc Bảo": ["Giám đốc Công ty TNHH Lê Gia"]},
        ),
        ("Giám đốc Công ty TNHH Phạm Văn Long cho biết.", {"Phạm Văn Long": ["Giám đốc Công ty TNHH"]}),
        # a middle name and one syllable more end a body's name as its place, not as a person
        (
            "Lê Hồng Sơn, Trạm trưởng Trạm Khuyến nông Văn Chấn, cho biết.",
            {"Lê Hồng Sơn": ["Trạm trưởng Trạm Khuyến nông Văn Chấn"]},
        ),
        (
            "Bị can Đỗ Thị Mai (40 tuổi), Trưởng Trạm Thú y Văn Bàn (nguyên Kế toán UBND xã Tân An).",
            {"Đỗ Thị Mai": ["Trưởng Trạm Thú y Văn Bàn", "nguyên Kế toán UBND xã Tân An"]},
        ),
        # a former post in capitals after a defendant's name, as in lower case
        (
            "Viện Kiểm sát đã truy tố bị cáo Giàng Seo Pao, nguyên Kế toán UBND xã Tân Tiến.",
            {"Giàng Seo Pao": ["nguyên Kế toán UBND xã Tân Tiến"]},
        ),
        (
            "Tòa tuyên phạt Lò Thị Én, nguyên Thủ quỹ Trung tâm Y tế huyện Mường Tè, 6 năm tù.",
            {"Lò Thị Én": ["nguyên Thủ quỹ Trung tâm Y tế huyện Mường Tè"]},
        ),
    ],
)
def test_a_family_name_after_a_unit_stays_with_the_person(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the post held now, in brackets after the name or after the former post, as after a comma
        "Bí thư Huyện ủy Mường Tè Bùi Huy Phương (nay là Bí thư Đảng ủy xã Mường Tè) cho biết.",
        "Ông Bùi Huy Phương, Bí thư Huyện ủy Mường Tè (nay là Bí thư Đảng ủy xã Mường Tè) cho biết.",
        "Bí thư Huyện ủy Mường Tè Bùi Huy Phương, nay là Bí thư Đảng ủy xã Mường Tè, cho biết.",
    ],
)
def test_the_post_held_now_in_brackets(text: str) -> None:
    assert _officials(text) == {"Bùi Huy Phương": ["Bí thư Huyện ủy Mường Tè", "Bí thư Đảng ủy xã Mường Tè"]}


def test_a_ward_named_after_a_person_is_not_a_person() -> None:
    result = extract_text("Chủ tịch UBND huyện Văn Yên cho biết.", require_vietnamese=False)
    assert result.officials == []
    assert [i.name for i in result.institutions] == ["UBND huyện Văn Yên"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country, then the envoy's name, Vietnamese-looking or not
        (
            "Bộ trưởng tiếp Đại sứ đặc mệnh toàn quyền Vương quốc Thái Lan Urawadee Sriphiromya.",
            {"Urawadee Sriphiromya": ["Đại sứ đặc mệnh toàn quyền Vương quốc Thái Lan"]},
        ),
        (
            "Đại sứ Campuchia Chan Nora và Đại sứ Lào Sengphet Houngboungnuang dự lễ.",
            {"Chan Nora": ["Đại sứ Campuchia"], "Sengphet Houngboungnuang": ["Đại sứ Lào"]},
        ),
        # where the post is held, then a foreign name of three syllables
        (
            "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng Shin Hyun Soo đã tới dự.",
            {"Shin Hyun Soo": ["Tổng Lãnh sự Hàn Quốc tại Đà Nẵng"]},
        ),
        (
            "Tổng Lãnh sự Hàn Quốc tại TP.HCM Shin Dong Ho phát biểu.",
            {"Shin Dong Ho": ["Tổng Lãnh sự Hàn Quốc tại TP.HCM"]},
        ),
        # an officer's rank between the post and the name is neither place nor organization
        (
            "Chính ủy Bộ Chỉ huy Quân sự tỉnh Đại tá Hoàng Văn Bình dự lễ.",
            {"Hoàng Văn Bình": ["Chính ủy Bộ Chỉ huy Quân sự tỉnh"]},
        ),
        (
            "Trưởng Công an xã Mường Nhé Thiếu tá Sùng A Páo cho biết.",
            {"Sùng A Páo": ["Trưởng Công an xã Mường Nhé"]},
        ),
        # so is a degree written short, even where the segmenter glued it to the place before
        (
            "Giám đốc Bệnh viện Bạch Mai PGS.TS Đào Xuân Cơ cho biết.",
            {"Đào Xuân Cơ": ["Giám đốc Bệnh viện Bạch Mai"]},
        ),
        (
            "Hiệu trưởng Trường Đại học Bách khoa Hà Nội PGS.TS Huỳnh Quyết Thắng phát biểu.",
            {"Huỳnh Quyết Thắng": ["Hiệu trưởng Trường Đại học Bách khoa Hà Nội"]},
        ),
        (
            "Tùy viên Quốc phòng Việt Nam tại Lào Đại tá Nguyễn Văn Hùng dự lễ.",
            {"Nguyễn Văn Hùng": ["Tùy viên Quốc phòng Việt Nam tại Lào"]},
        ),
        # a continent written with a lower-case "châu" is part of the body's name; "Âu" there is no family name
        (
            "Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam Julien Guerrier cho biết.",
            {"Julien Guerrier": ["Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam"]},
        ),
        (
            "Trưởng Phái đoàn Liên minh châu Âu Julien Guerrier cho biết.",
            {"Julien Guerrier": ["Trưởng Phái đoàn Liên minh châu Âu"]},
        ),
        # after a unit word a foreign place keeps its name; the foreign words after it are the person
        (
            "Thủ hiến tỉnh Alberta Danielle Smith cho biết.",
            {"Danielle Smith": ["Thủ hiến tỉnh Alberta"]},
        ),
        # "Thường trực" opening a standing body is a post where a name follows it or it goes on a
        # chain after a name; alone it names the body (tests/entities/test_institutions.py)
        ("Thường trực Ban Bí thư Trần Cẩm Tú dự lễ.", {"Trần Cẩm Tú": ["Thường trực Ban Bí thư"]}),
        (
            "Ông Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, dự lễ.",
            {"Trần Cẩm Tú": ["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"]},
        ),
        ("Bà Lê Thị Hoa, Thường trực HĐND tỉnh, dự lễ.", {"Lê Thị Hoa": ["Thường trực HĐND tỉnh"]}),
        ("Thường trực HĐND tỉnh đã họp phiên thường kỳ.", {}),
        # a national body names no one after it but its head, when a title stands before it
        ("Đoàn đã hội kiến Chủ tịch Thượng viện Men Sam An.", {"Men Sam An": ["Chủ tịch Thượng viện"]}),
        # an envoy of an office holder: the office is the organization, not an institution
        (
            "Đặc phái viên Tổng thống Pháp Jean Castex đã gặp lãnh đạo thành phố.",
            {"Jean Castex": ["Đặc phái viên Tổng thống Pháp"]},
        ),
        # a known place after "tại" that ends the apposition is where the post is held
        (
            "Bà Mori Yuko, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh, phát biểu.",
            {"Mori Yuko": ["Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh"]},
        ),
        # also a deputy's: the title served goes with it
        (
            "Phó Trợ lý Bộ trưởng Quốc phòng Hoa Kỳ Lindsey Ford cho biết.",
            {"Lindsey Ford": ["Phó Trợ lý Bộ trưởng Quốc phòng Hoa Kỳ"]},
        ),
        # a monarch's title in a list is another person's
        (
            "Gửi lời chúc tới Quốc vương, Chủ tịch Thượng viện Men Sam An.",
            {"Men Sam An": ["Chủ tịch Thượng viện"]},
        ),
        # party membership names its committee itself; it takes no neighbour's organization
        (
            "Có đồng chí Lò Văn Tiến, Tỉnh ủy viên, Giám đốc Sở Nội vụ tỉnh Sơn La.",
            {"Lò Văn Tiến": ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ tỉnh Sơn La"]},
        ),
        # a title that needs its organization takes it across "kiêm"; one that names its office does not
        (
            "Ông Phan Văn Mạnh, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Hóa chất, phát biểu.",
            {"Phan Văn Mạnh": ["Chủ tịch Tập đoàn Hóa chất", "Tổng Giám đốc Tập đoàn Hóa chất"]},
        ),
        (
            "Phó Thủ tướng kiêm Bộ trưởng Tư pháp Lê Thành Long chủ trì.",
            {"Lê Thành Long": ["Phó Thủ tướng", "Bộ trưởng Tư pháp"]},
        ),
        # a body's name in sentence case goes on in lower case up to "cho biết"
        (
            "Ông Âu Anh Tuấn, Cục trưởng Cục Thuế xuất nhập khẩu cho biết thuế suất không đổi.",
            {"Âu Anh Tuấn": ["Cục trưởng Cục Thuế xuất nhập khẩu"]},
        ),
        # a body's short name in brackets may stand between it and where the post is held
        (
            "Giám đốc Quốc gia Ngân hàng Phát triển châu Á (ADB) tại Việt Nam Shantanu Chakraborty cho biết.",
            {"Shantanu Chakraborty": ["Giám đốc Quốc gia Ngân hàng Phát triển châu Á tại Việt Nam"]},
        ),
        # a comma before "kiêm" adds nothing: both offices are held
        (
            "Ông Vũ Minh Đức, Bí thư Đảng ủy xã, kiêm Chủ tịch HĐND xã Thanh Liệt phát biểu.",
            {"Vũ Minh Đức": ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã Thanh Liệt"]},
        ),
        # a dash between two titles joins them as "kiêm" does
        (
            "Bà Lê Thị Mai, Phó Chủ tịch - Tổng Thư ký Hội Luật gia Việt Nam, dự lễ.",
            {"Lê Thị Mai": ["Phó Chủ tịch Hội Luật gia Việt Nam", "Tổng Thư ký Hội Luật gia Việt Nam"]},
        ),
        # nor across a comma: a title that names its office, or ends in its body, takes no other
        (
            "Ông Hồ Đức Bình, Phó Thủ tướng, Bộ trưởng Bộ Công Thương, phát biểu.",
            {"Hồ Đức Bình": ["Phó Thủ tướng", "Bộ trưởng Bộ Công Thương"]},
        ),
        (
            "Bà Lê Thị Mai, Phó Chủ tịch Quốc hội, Trưởng Ban Dân nguyện, dự lễ.",
            {"Lê Thị Mai": ["Phó Chủ tịch Quốc hội", "Trưởng Ban Dân nguyện"]},
        ),
        # a term of office after the body is not part of its name
        (
            "Ông Lê Văn An được bầu giữ chức Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2025-2030.",
            {"Lê Văn An": ["Bí thư Tỉnh ủy Hà Giang"]},
        ),
        # a district's name after a party committee is the district's, not a person's, and the chain goes on
        (
            "Ông Đỗ Văn Bình, Bí thư Huyện ủy Thanh Oai, Chủ tịch HĐND huyện Thanh Oai, phát biểu.",
            {"Đỗ Văn Bình": ["Bí thư Huyện ủy Thanh Oai", "Chủ tịch HĐND huyện Thanh Oai"]},
        ),
        # a unit's age in brackets after the 2025 mergers stands between a post and what follows
        (
            "Ông Đỗ Văn Bình, nguyên Chủ tịch UBND huyện Mê Linh (cũ), Bí thư Đảng ủy xã Mê Linh, phát biểu.",
            {"Đỗ Văn Bình": ["nguyên Chủ tịch UBND huyện Mê Linh", "Bí thư Đảng ủy xã Mê Linh"]},
        ),
        (
            "Nguyên Bí thư Huyện ủy Sóc Sơn (cũ) Lê Văn Hải phát biểu.",
            {"Lê Văn Hải": ["Nguyên Bí thư Huyện ủy Sóc Sơn"]},
        ),
        # a commune of 2025 that took its old district's name is another office, not one written twice
        (
            "Ông Đỗ Văn Bình từng giữ các chức vụ Chủ tịch UBND huyện Gia Lâm, Chủ tịch UBND xã Gia Lâm.",
            {"Đỗ Văn Bình": ["Chủ tịch UBND huyện Gia Lâm", "Chủ tịch UBND xã Gia Lâm"]},
        ),
        # appointment wording right after a name that follows its title gives that name's posts …
        (
            "Nguyên Chủ tịch UBND huyện Ba Vì Lê Văn Hải hiện là Phó Chủ tịch UBND xã Ba Vì.",
            {"Lê Văn Hải": ["Nguyên Chủ tịch UBND huyện Ba Vì", "Phó Chủ tịch UBND xã Ba Vì"]},
        ),
        # … but a bare "làm" gives a task, not a post
        ("Giám đốc Sở Y tế Lê Văn Hải làm Trưởng đoàn kiểm tra.", {"Lê Văn Hải": ["Giám đốc Sở Y tế"]}),
        # the head of a company's supervisory board: "kiểm soát" finishes the title, the company follows
        (
            "Ông Đặng Văn Hải, Trưởng Ban kiểm soát Công ty CP Nhựa Tiền Phong, đã từ nhiệm.",
            {"Đặng Văn Hải": ["Trưởng Ban kiểm soát Công ty CP Nhựa Tiền Phong"]},
        ),
        # an alternate member: "Dự khuyết" finishes the title, the committee is the body
        (
            "Đồng chí Vàng A Sử, Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng, dự lễ.",
            {"Vàng A Sử": ["Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng"]},
        ),
        # a company's board is that company's
        (
            "Bà Đặng Thu Hà là Chủ tịch HĐQT kiêm Tổng giám đốc Công ty cổ phần Sao Mai.",
            {"Đặng Thu Hà": ["Chủ tịch HĐQT Công ty cổ phần Sao Mai", "Tổng giám đốc Công ty cổ phần Sao Mai"]},
        ),
        # but not a committee of its own the next title heads
        (
            "Bà Nguyễn Thị Thu Hà, Thành viên HĐQT kiêm Chủ tịch Ủy ban Kiểm toán, báo cáo.",
            {"Nguyễn Thị Thu Hà": ["Thành viên HĐQT", "Chủ tịch Ủy ban Kiểm toán"]},
        ),
        # a board member's standing after the board ("độc lập", independent) ends no list of posts
        (
            "Bà Nguyễn Thị Thu Hà, thành viên HĐQT độc lập, Trưởng Ban Kiểm toán, báo cáo hoạt động.",
            {"Nguyễn Thị Thu Hà": ["thành viên HĐQT", "Trưởng Ban Kiểm toán"]},
        ),
        # lower-case membership titles after a name and a comma
        (
            "Trung tướng Võ Minh Lương, ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng dự lễ.",
            {"Võ Minh Lương": ["ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng"]},
        ),
        # a name in sentence case goes on in lower case to the place it ends with
        (
            "Giám đốc Trung tâm Dịch vụ nông nghiệp Tân Uyên Lê Hồng Phúc cho biết.",
            {"Lê Hồng Phúc": ["Giám đốc Trung tâm Dịch vụ nông nghiệp Tân Uyên"]},
        ),
        # an ambassador's rank takes no body from the mission named next
        (
            "Ông Đặng Hoàng Giang, Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên Hợp Quốc phát biểu.",
            {"Đặng Hoàng Giang": ["Đại sứ", "Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên Hợp Quốc"]},
        ),
        # an envoy's city no gazetteer holds, before the holder's verb
        (
            "Ông Lê Quang Nam, Tổng Lãnh sự Việt Nam tại Osaka phát biểu tại buổi lễ.",
            {"Lê Quang Nam": ["Tổng Lãnh sự Việt Nam tại Osaka"]},
        ),
    ],
)
def test_foreign_officials_memberships_and_shared_organizations(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự hội nghị có các Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải, Trần Thị Lan và Lê Văn Minh.",
            {
                "Nguyễn Văn Hải": ["Phó Chủ tịch UBND tỉnh"],
                "Trần Thị Lan": ["Phó Chủ tịch UBND tỉnh"],
                "Lê Văn Minh": ["Phó Chủ tịch UBND tỉnh"],
            },
        ),
        (
            "Cùng dự có các Thứ trưởng Bộ Y tế: Trần Văn Thuấn, Đỗ Xuân Tuyên.",
            {"Trần Văn Thuấn": ["Thứ trưởng Bộ Y tế"], "Đỗ Xuân Tuyên": ["Thứ trưởng Bộ Y tế"]},
        ),
        (
            "Hai Phó Thủ tướng Trần Hồng Hà và Lê Thành Long đã dự phiên họp.",
            {"Trần Hồng Hà": ["Phó Thủ tướng"], "Lê Thành Long": ["Phó Thủ tướng"]},
        ),
        # in the singular the title is the first name's only
        (
            "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải và ông Trần Văn Lâm cùng dự.",
            {"Nguyễn Văn Hải": ["Phó Chủ tịch UBND tỉnh"]},
        ),
    ],
)
def test_a_title_in_the_plural_is_each_listed_names(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_lower_case_membership_word_without_a_name_is_no_title() -> None:
    assert _officials("Tôi, thành viên của nhóm, cho biết sẽ tham gia.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bị cáo Phạm Thị Nga (41 tuổi, cựu thủ quỹ xã) khai nhận.", {"Phạm Thị Nga": ["cựu thủ quỹ xã"]}),
        ("Khi đó, Đỗ Văn Bình là kế toán UBND xã Tân Lập.", {"Đỗ Văn Bình": ["kế toán UBND xã Tân Lập"]}),
        # a lower-case post needs something named after it
        ("Ông Lê Văn An, thành viên đoàn công tác, cho biết.", {}),
        ("Bà Lê Thị Hoa, thư ký phiên tòa, đọc cáo trạng.", {}),
        # the UN's resident coordinator, written in either case
        (
            "Bà Pauline Tamesis, Điều phối viên thường trú Liên hợp quốc tại Việt Nam, phát biểu.",
            {"Pauline Tamesis": ["Điều phối viên thường trú Liên hợp quốc tại Việt Nam"]},
        ),
        # a diplomat's rank of two titles is one, with no body after it too
        ("Ông Nguyễn Thanh Bình, Tham tán Công sứ, cho biết.", {"Nguyễn Thanh Bình": ["Tham tán Công sứ"]}),
    ],
)
def test_lower_case_posts_after_a_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_pronoun_sentence_continues_about_the_official_just_named() -> None:
    text = (
        "Thiếu tướng Hà Minh Khoa được bổ nhiệm giữ chức Tư lệnh Quân khu 3. "
        "Ông Hà Minh Khoa sinh năm 1970. "
        "Ông từng giữ các chức vụ: Phó tư lệnh Quân đoàn 1, Sư đoàn trưởng Sư đoàn 308."
    )
    positions = _officials(text)["Hà Minh Khoa"]
    assert positions[:2] == ["Tư lệnh Quân khu 3", "Phó tư lệnh Quân đoàn 1"]


def test_a_pronoun_sentence_after_two_officials_gives_nobody_more() -> None:
    text = (
        "Ông Lý Văn Bảy, Giám đốc Sở Xây dựng, và bà Đào Thị Mến, Giám đốc Sở Tài chính, dự họp. "
        "Ông từng giữ chức Chủ tịch UBND huyện Mê Linh."
    )
    assert all("Chủ tịch UBND huyện Mê Linh" not in p for p in _officials(text).values())


def test_an_honorific_and_a_given_name_continue_about_the_one_official_of_that_name() -> None:
    text = (
        "Hội đồng quản trị bổ nhiệm ông Trần Đình Hòa làm Tổng giám đốc. "
        "Ông Hòa hiện là Chủ tịch HĐQT Công ty cổ phần Sông Lam."
    )
    assert _officials(text) == {"Trần Đình Hòa": ["Tổng giám đốc", "Chủ tịch HĐQT Công ty cổ phần Sông Lam"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a self-named office and its holder's one name: the name after the comma is another's
        ("Đáp lại phát biểu của Tổng thống Trump, ông Kim Jong Un khẳng định sẽ đáp trả.", {}),
        # (a country after the office is no holder's name)
        ("Tổng thống Mỹ, ông Donald Trump khẳng định sẽ đáp trả.", {"Donald Trump": ["Tổng thống Mỹ"]}),
        # (nor a company's name after another title)
        ("Chủ tịch Vinachem, ông Nguyễn Anh Dũng cho biết.", {"Nguyễn Anh Dũng": ["Chủ tịch Vinachem"]}),
    ],
)
def test_a_self_named_office_called_with_its_holders_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_given_name_and_a_birth_year_continue_about_the_official() -> None:
    text = (
        "Hội đồng quản trị bổ nhiệm ông Trần Đình Hòa làm Tổng giám đốc. "
        "Ông Hòa sinh năm 1975, trước đó là Chủ tịch HĐQT Công ty cổ phần Sông Lam."
    )
    assert _officials(text) == {"Trần Đình Hòa": ["Tổng giám đốc", "Chủ tịch HĐQT Công ty cổ phần Sông Lam"]}


def test_a_given_name_that_is_a_family_name_too_continues_about_the_official() -> None:
    text = (
        "Bộ Nội vụ bổ nhiệm bà Nguyễn Thị Hà giữ chức Cục trưởng Cục Việc làm. "
        "Trước đó, bà Hà là Phó Vụ trưởng Vụ Tổ chức cán bộ."
    )
    assert _officials(text) == {"Nguyễn Thị Hà": ["Cục trưởng Cục Việc làm", "Phó Vụ trưởng Vụ Tổ chức cán bộ"]}


def test_one_office_written_with_and_without_its_qualifier_is_one_position() -> None:
    text = (
        "Chủ tịch Quốc hội Trần Văn Lâm tiếp Đại sứ đặc mệnh toàn quyền Vương quốc Campuchia Chea Sok. "
        "Tiếp Đại sứ Campuchia Chea Sok, Chủ tịch Quốc hội chúc mừng."
    )
    assert _officials(text)["Chea Sok"] == ["Đại sứ đặc mệnh toàn quyền Vương quốc Campuchia"]


def test_a_foreign_name_after_a_body_that_needs_no_place() -> None:
    text = "Chủ tịch Quốc hội Khuon Vireak và Lãnh đạo cấp cao Campuchia dự lễ."
    assert _officials(text) == {"Khuon Vireak": ["Chủ tịch Quốc hội"]}


def test_the_head_of_one_office_of_two_councils() -> None:
    text = "Chánh Văn phòng HĐND và UBND phường Tây Mỗ Lê Thị Hoa báo cáo kết quả."
    assert _officials(text) == {"Lê Thị Hoa": ["Chánh Văn phòng HĐND và UBND phường Tây Mỗ"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand that is no Vietnamese word, then a Vietnamese name whose family name may be rare
        ("Chủ tịch Tập đoàn Viettel Tào Đức Thắng phát biểu.", {"Tào Đức Thắng": ["Chủ tịch Tập đoàn Viettel"]}),
        # "Trung ương Đoàn" keeps its "Đoàn", a family name too
        (
            "Bí thư Trung ương Đoàn Nguyễn Tường Lâm phát biểu tại lễ ra quân.",
            {"Nguyễn Tường Lâm": ["Bí thư Trung ương Đoàn"]},
        ),
        ("Ông Đoàn Văn Việt, Bí thư Tỉnh ủy, phát biểu.", {"Đoàn Văn Việt": ["Bí thư Tỉnh ủy"]}),
        # a police team's head: the team, its field in lower case, and the force it belongs to
        (
            "Đội trưởng Đội Cảnh sát giao thông Công an huyện Diễn Châu Lê Văn An cho biết.",
            {"Lê Văn An": ["Đội trưởng Đội Cảnh sát giao thông Công an huyện Diễn Châu"]},
        ),
        # the National Election Council, its field in lower case
        (
            "Bà Nguyễn Thị Thanh, Phó Chủ tịch Quốc hội, Chủ tịch Hội đồng bầu cử quốc gia, dự lễ.",
            {"Nguyễn Thị Thanh": ["Phó Chủ tịch Quốc hội", "Chủ tịch Hội đồng bầu cử quốc gia"]},
        ),
        # a body named by its short form in capitals ends there: a foreign name follows whole
        ("Tổng Thư ký ASEAN Kao Kim Hourn phát biểu.", {"Kao Kim Hourn": ["Tổng Thư ký ASEAN"]}),
        (
            "Tổng Giám đốc WHO Tedros Adhanom Ghebreyesus cảnh báo.",
            {"Tedros Adhanom Ghebreyesus": ["Tổng Giám đốc WHO"]},
        ),
        # a double-barrelled foreign family name, joined by a hyphen, with the short form in brackets
        (
            "Phó Thủ tướng tiếp Tổng Giám đốc Tổ chức Thương mại Thế giới (WTO) Ngozi Okonjo-Iweala.",
            {"Ngozi Okonjo-Iweala": ["Tổng Giám đốc Tổ chức Thương mại Thế giới"]},
        ),
        # two Vietnamese syllables joined by a hyphen are a place's
        (
            "Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Nguyễn Văn Thọ phát biểu.",
            {"Nguyễn Văn Thọ": ["Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu"]},
        ),
        # a board's abbreviation names no body by itself; the brand after it does
        (
            "Nguyên Chủ tịch HĐQT OceanBank Hà Văn Thắm bị xét xử.",
            {"Hà Văn Thắm": ["Nguyên Chủ tịch HĐQT OceanBank"]},
        ),
        # a law office is named after its lawyer: after the apposition the name is the office's
        (
            "Theo luật sư Trương Anh Tú, Trưởng Văn phòng Luật sư Trương Anh Tú, bị cáo có thể bị phạt tù.",
            {"Trương Anh Tú": ["Trưởng Văn phòng Luật sư Trương Anh Tú"]},
        ),
        # a title in apposition after its holder: the name after the school's field is the school's
        (
            "PGS Nguyễn Văn An, Hiệu trưởng Trường ĐH Y khoa Phạm Ngọc Thạch, phát biểu.",
            {"Nguyễn Văn An": ["Hiệu trưởng Trường ĐH Y khoa Phạm Ngọc Thạch"]},
        ),
    ],
)
def test_where_a_name_after_a_body_begins(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_an_english_style_title_and_the_countries_a_post_serves() -> None:
    text = "Ông Mark Allen, Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam, Campuchia và Lào, cho biết."
    assert _officials(text) == {"Mark Allen": ["Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam, Campuchia và Lào"]}
    assert [i.name for i in extract_text(text, require_vietnamese=False).institutions] == ["Ngân hàng Thế giới"]


def test_posts_described_then_listed_after_nhu() -> None:
    text = (
        "Công ty bổ nhiệm ông Trần Đình Hòa làm Tổng giám đốc. Ông Hòa còn đảm nhiệm nhiều vị trí quản lý "
        "trong hệ sinh thái Sông Lam như Thành viên HĐQT Công ty cổ phần Sông Lam; "
        "Chủ tịch HĐQT Công ty cổ phần Đầu tư Hồng Hà."
    )
    assert _officials(text) == {
        "Trần Đình Hòa": [
            "Tổng giám đốc",
            "Thành viên HĐQT Công ty cổ phần Sông Lam",
            "Chủ tịch HĐQT Công ty cổ phần Đầu tư Hồng Hà",
        ]
    }


def test_a_given_name_two_people_share_gives_nobody_more() -> None:
    text = (
        "Ông Lê Văn Hòa, Giám đốc Sở Tài chính, và ông Phạm Minh Hòa dự họp. "
        "Ông Hòa hiện là Chủ tịch HĐQT Công ty cổ phần Sông Lam."
    )
    assert all("Chủ tịch HĐQT Công ty cổ phần Sông Lam" not in p for p in _officials(text).values())


def test_one_title_given_to_a_list_after_doi_voi_and_an_aside_before_the_apposition() -> None:
    text = (
        "HĐND tỉnh kiện toàn chức danh Ủy viên UBND tỉnh đối với ông Vi Văn Hào, Giám đốc Sở Nội vụ; "
        "và bà Cao Thị Yến, Giám đốc Sở Y tế."
    )
    assert _officials(text) == {
        "Vi Văn Hào": ["Ủy viên UBND tỉnh", "Giám đốc Sở Nội vụ"],
        "Cao Thị Yến": ["Ủy viên UBND tỉnh", "Giám đốc Sở Y tế"],
    }
    aside = "Tỉnh ủy điều động ông Lục Văn Tám (52 tuổi), Bí thư Đảng ủy xã Na Rì, giữ chức mới."
    assert _officials(aside) == {"Lục Văn Tám": ["Bí thư Đảng ủy xã Na Rì"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Y Bhim Niê Kđăm, Phó Chủ tịch UBND tỉnh Đắk Lắk, phát biểu.",
            {"Y Bhim Niê Kđăm": ["Phó Chủ tịch UBND tỉnh Đắk Lắk"]},
        ),
        ("Bà H'Mai Êban, Chủ tịch Hội Phụ nữ xã Ea Tul, cho biết.", {"H'Mai Êban": ["Chủ tịch Hội Phụ nữ xã Ea Tul"]}),
        # a M'nông or Cơ Ho syllable with a glued apostrophe ("K'Lênh") is one syllable of the name
        (
            "Ông Điểu K'Lênh, Phó Chủ tịch UBND xã Quảng Tín, cho biết.",
            {"Điểu K'Lênh": ["Phó Chủ tịch UBND xã Quảng Tín"]},
        ),
        ("Phó Bí thư Đảng ủy xã Đạ Tông Điểu K'Rốt phát biểu.", {"Điểu K'Rốt": ["Phó Bí thư Đảng ủy xã Đạ Tông"]}),
        # right after a title and its body, with no honorific: the name begins at its "Y" or "H'"
        (
            "Phó Chủ tịch Quốc hội Y Khoa Hà Niê Kdam dự lễ.",
            {"Y Khoa Hà Niê Kdam": ["Phó Chủ tịch Quốc hội"]},
        ),
        ("Phó Chủ tịch UBND tỉnh H'Lan Kđoh phát biểu.", {"H'Lan Kđoh": ["Phó Chủ tịch UBND tỉnh"]}),
        # a man's "Y" with no family name in the list after it, after a body's whole name
        ("Thứ trưởng Bộ Nội vụ Y Bình Mlô dự lễ.", {"Y Bình Mlô": ["Thứ trưởng Bộ Nội vụ"]}),
        ("Bí thư Huyện ủy Krông Búk Y Duy Ksor phát biểu.", {"Y Duy Ksor": ["Bí thư Huyện ủy Krông Búk"]}),
        # the "Y" of medicine opens no name
        (
            "Hiệu trưởng Trường Đại học Y Dược Huế Lê Minh Tâm dự lễ.",
            {"Lê Minh Tâm": ["Hiệu trưởng Trường Đại học Y Dược Huế"]},
        ),
        # degrees joined in one word before the name, after a title or before one
        (
            "Hiệu trưởng ĐH Y Dược TPHCM - PGS.TS.BS Trần Diệp Tuấn cho biết.",
            {"Trần Diệp Tuấn": ["Hiệu trưởng ĐH Y Dược TPHCM"]},
        ),
        (
            "Theo PGS-TS Trần Diệp Tuấn - Hiệu trưởng ĐH Y Dược TPHCM, trường tăng chỉ tiêu.",
            {"Trần Diệp Tuấn": ["Hiệu trưởng ĐH Y Dược TPHCM"]},
        ),
        # a K'Ho man's name opens with "K'" as a woman's Ê-đê name does with "H'"; after a
        # commune's whole name, either begins the person
        ("Ông K'Bròi, Phó Chủ tịch UBND xã Lộc Bảo, cho biết.", {"K'Bròi": ["Phó Chủ tịch UBND xã Lộc Bảo"]}),
        ("Chủ tịch UBND xã Đạ Tẻh K'Điệp phát biểu.", {"K'Điệp": ["Chủ tịch UBND xã Đạ Tẻh"]}),
        ("Phó Chủ tịch UBND xã Ea Kar H'Nga Niê cho biết.", {"H'Nga Niê": ["Phó Chủ tịch UBND xã Ea Kar"]}),
        # a highland given name after the family name, its syllable in lower case after the
        # apostrophe as the press writes it ("Điểu K'ré" beside "Điểu K'Ré")
        (
            "Ông Điểu K’ré, Phó Chủ tịch UBND tỉnh Bình Phước, phát biểu.",
            {"Điểu K’ré": ["Phó Chủ tịch UBND tỉnh Bình Phước"]},
        ),
        # Jrai lineage names the rules' own list holds ("Rơ", "Rmah" …)
        ("Thẩm phán Rơ Mah Tuấn làm chủ tọa phiên tòa.", {"Rơ Mah Tuấn": ["Thẩm phán"]}),
        ("Bí thư Huyện ủy Rmah Thắng dự.", {"Rmah Thắng": ["Bí thư Huyện ủy"]}),
        # a woman's given name with its glued "H'" is one syllable of the name's two to four
        ("Thẩm phán Rơ Châm H'Yen làm chủ tọa phiên tòa.", {"Rơ Châm H'Yen": ["Thẩm phán"]}),
        ("Chủ tịch UBND xã Ia Hrú Ksor H'Bơ Khăp cho biết.", {"Ksor H'Bơ Khăp": ["Chủ tịch UBND xã Ia Hrú"]}),
        (
            "Các Đại tá: Lê Hồng Quân, Phan Văn Khải, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự lễ.",
            {
                "Lê Hồng Quân": ["Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
                "Phan Văn Khải": ["Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
            },
        ),
        # a unit's commander and political officer, named by the unit they lead
        (
            "Thiếu tá Vàng A Chư, Đồn trưởng Đồn Biên phòng Huổi Lếch và Trung tá Lý Văn Sơn, Chính trị"
            " viên Đồn đã hỗ trợ. Đại tá Hà Văn Tú, Sư đoàn trưởng Sư đoàn 312 phát biểu.",
            {
                "Vàng A Chư": ["Đồn trưởng Đồn Biên phòng Huổi Lếch"],
                "Lý Văn Sơn": ["Chính trị viên Đồn"],
                "Hà Văn Tú": ["Sư đoàn trưởng Sư đoàn 312"],
            },
        ),
        # the Buddhist Sangha's supreme patriarch, a dharma name after the monk's rank
        (
            "Đoàn đã thăm Hòa thượng Thích Trí Quảng, Pháp chủ Giáo hội Phật giáo Việt Nam.",
            {"Thích Trí Quảng": ["Pháp chủ Giáo hội Phật giáo Việt Nam"]},
        ),
        # Khmer family names whose syllables look Vietnamese; a brand's word is none
        (
            "Đoàn do Chủ tịch Hun Sen dẫn đầu. Thủ tướng Hun Manet hội đàm. Phó Thủ tướng Sok An dự lễ."
            " Chủ tịch Tập đoàn Sun Group phát biểu.",
            {"Hun Sen": ["Chủ tịch"], "Hun Manet": ["Thủ tướng"], "Sok An": ["Phó Thủ tướng"]},
        ),
        # the US Trade Representative, a title; the office named with it keeps its name
        (
            "Ông Diên làm việc với Đại diện Thương mại Hoa Kỳ Jamieson Greer tại Văn phòng Đại diện Thương mại Hoa Kỳ.",
            {"Jamieson Greer": ["Đại diện Thương mại Hoa Kỳ"]},
        ),
        # rare Vietnamese family names after a brand written alone
        (
            "Tổng Giám đốc Viettel Tào Đức Thắng cho biết. Giám đốc FPT Giáp Văn Hùng phát biểu.",
            {"Tào Đức Thắng": ["Tổng Giám đốc Viettel"], "Giáp Văn Hùng": ["Giám đốc FPT"]},
        ),
        # "Nam" ending "Việt Nam" begins no Korean name: the foreign name after the country is the holder
        (
            "Tổng Giám đốc Ford Việt Nam Ranjit Narayanan cho biết. Chủ tịch Phòng Thương mại Hoa Kỳ tại"
            " Việt Nam John Smith phát biểu.",
            {
                "Ranjit Narayanan": ["Tổng Giám đốc Ford Việt Nam"],
                "John Smith": ["Chủ tịch Phòng Thương mại Hoa Kỳ tại Việt Nam"],
            },
        ),
        # a title over a list whose names each have a short bracket: every one's, with the
        # ministry's field the bracket gives, and no body
        (
            "Dự có các Bộ trưởng: Nguyễn Văn Thắng (Tài chính), Trần Đức Thắng (Nông nghiệp và Môi trường).",
            {
                "Nguyễn Văn Thắng": ["Bộ trưởng Tài chính"],
                "Trần Đức Thắng": ["Bộ trưởng Nông nghiệp và Môi trường"],
            },
        ),
        # the "Y" of medicine and pharmacy opens no Ê-đê name; a man's "Y" still does
        (
            "Giám đốc Bệnh viện Đại học Y Dược Lê Anh Tuấn cho biết. Phó Chủ tịch UBND tỉnh Đắk Lắk Y Giang"
            " Gry Niê Knơng dự.",
            {
                "Lê Anh Tuấn": ["Giám đốc Bệnh viện Đại học Y Dược"],
                "Y Giang Gry Niê Knơng": ["Phó Chủ tịch UBND tỉnh Đắk Lắk"],
            },
        ),
    ],
)
def test_highland_names_and_a_rank_over_a_list(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title of no body before the name, and the name's apposition after it
        (
            "Chủ tọa phiên tòa là Thẩm phán Lê Văn Tâm, Phó Chánh án TAND tỉnh Quảng Bình.",
            {"Lê Văn Tâm": ["Thẩm phán", "Phó Chánh án TAND tỉnh Quảng Bình"]},
        ),
        # (past an aside in brackets: a delegate's delegation)
        (
            "Đại biểu Hoàng Văn Cường (Đoàn ĐBQH TP Hà Nội), Phó Hiệu trưởng Trường Đại học Kinh tế Quốc"
            " dân, đề nghị áp dụng biểu thuế 5 bậc.",
            {"Hoàng Văn Cường": ["Đại biểu", "Phó Hiệu trưởng Trường Đại học Kinh tế Quốc dân"]},
        ),
        # the titles after the comma are someone else's when a name follows them
        (
            "Thẩm phán Lê Văn Tâm, Chủ tịch UBND tỉnh Hồ Văn Phúc dự lễ.",
            {"Lê Văn Tâm": ["Thẩm phán"], "Hồ Văn Phúc": ["Chủ tịch UBND tỉnh"]},
        ),
        # after a title with its body, commas list other guests
        (
            "Phó Chủ tịch UBND tỉnh Lê Văn Tâm, Giám đốc Sở Y tế và Giám đốc Sở Tài chính dự họp.",
            {"Lê Văn Tâm": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        (
            "Chủ tịch UBND tỉnh Lê Văn Tâm, Giám đốc các sở, ngành dự họp.",
            {"Lê Văn Tâm": ["Chủ tịch UBND tỉnh"]},
        ),
    ],
)
def test_an_apposition_after_a_titled_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # particles inside foreign names, spaced or joined by a hyphen
        ("Tổng thống Kyrgyzstan Omar al-Farouk đã tuyên bố.", {"Omar al-Farouk": ["Tổng thống Kyrgyzstan"]}),
        ("Cựu Tổng thống Marco da Costa vẫn dẫn đầu.", {"Marco da Costa": ["Cựu Tổng thống"]}),
        ("Chủ tịch Ủy ban châu Âu Greta von der Berg phát biểu.", {"Greta von der Berg": ["Chủ tịch Ủy ban châu Âu"]}),
        # a Korean given name joined by a hyphen, after a country the body's run took
        ("Ngoại trưởng Hàn Quốc Park Min-soo phát biểu.", {"Park Min-soo": ["Ngoại trưởng Hàn Quốc"]}),
        ("Bộ trưởng Ngoại giao Triều Tiên Ri Chol-ho cho biết.", {"Ri Chol-ho": ["Bộ trưởng Ngoại giao Triều Tiên"]}),
        # an Arabic article joined by a hyphen, capitalized
        ("Chủ tịch Nasser Al-Rahman của câu lạc bộ đã gặp cầu thủ.", {"Nasser Al-Rahman": ["Chủ tịch"]}),
        # an honorific straight after the title, with no mark between
        (
            "Thứ trưởng Thông tin và Truyền thông ông Lê Văn Bình cho rằng hội sách rất tốt.",
            {"Lê Văn Bình": ["Thứ trưởng Thông tin và Truyền thông"]},
        ),
        # the countries a post serves, listed, then the holder's name
        (
            "Giám đốc Quốc gia Ngân hàng Thế giới tại Lào, Campuchia và Myanmar Anna Berg cho biết.",
            {"Anna Berg": ["Giám đốc Quốc gia Ngân hàng Thế giới tại Lào, Campuchia và Myanmar"]},
        ),
        # a letter Vietnamese never writes makes a name foreign
        ("Đại sứ Thụy Điển Lars Högström cho biết.", {"Lars Högström": ["Đại sứ Thụy Điển"]}),
        # a lone capital that is no initial is a word: the preposition "Ở" opens no foreign name
        (
            "Ở Washington, Ngoại trưởng Australia Penny Wong cho biết.",
            {"Penny Wong": ["Ngoại trưởng Australia"]},
        ),
        ("Cựu Tổng thống George W. Bush phát biểu.", {"George W. Bush": ["Cựu Tổng thống"]}),
        # a minister's ministry in brackets after the name, its field alone or whole
        (
            "Các Bộ trưởng: Nguyễn Văn Thắng (Tài chính), Nguyễn Kim Sơn (Bộ Giáo dục và Đào tạo) cùng dự.",
            {"Nguyễn Văn Thắng": ["Bộ trưởng Tài chính"], "Nguyễn Kim Sơn": ["Bộ trưởng Bộ Giáo dục và Đào tạo"]},
        ),
        # a ministry in brackets beats one a bare title would take from the sentence before
        (
            "Dự có Bộ trưởng Bộ Ngoại giao Lê Hoài Trung. Các Bộ trưởng: Nguyễn Văn Thắng (Tài chính),"
            " Nguyễn Kim Sơn (Giáo dục và Đào tạo) cùng dự.",
            {
                "Lê Hoài Trung": ["Bộ trưởng Bộ Ngoại giao"],
                "Nguyễn Văn Thắng": ["Bộ trưởng Tài chính"],
                "Nguyễn Kim Sơn": ["Bộ trưởng Giáo dục và Đào tạo"],
            },
        ),
        # without brackets, listed ministers take no ministry from the sentence before (each heads
        # his own); listed deputies may all be the one ministry's
        (
            "Dự có Bộ trưởng Bộ Ngoại giao Lê Hoài Trung. Các Bộ trưởng: Nguyễn Văn Thắng, Nguyễn Kim Sơn cùng dự.",
            {
                "Lê Hoài Trung": ["Bộ trưởng Bộ Ngoại giao"],
                "Nguyễn Văn Thắng": ["Bộ trưởng"],
                "Nguyễn Kim Sơn": ["Bộ trưởng"],
            },
        ),
        (
            "Đoàn công tác của Bộ Tài chính đến làm việc. Các Thứ trưởng: Nguyễn Văn Bình, Trần Văn Cường cùng dự.",
            {"Nguyễn Văn Bình": ["Thứ trưởng Bộ Tài chính"], "Trần Văn Cường": ["Thứ trưởng Bộ Tài chính"]},
        ),
        (
            "Đoàn công tác của Cục Thuế đến làm việc. Các Phó Cục trưởng: Nguyễn Văn Bình, Trần Văn Cường cùng dự.",
            {"Nguyễn Văn Bình": ["Phó Cục trưởng Cục Thuế"], "Trần Văn Cường": ["Phó Cục trưởng Cục Thuế"]},
        ),
        # (a bracket that holds no ministry gives none)
        ("Bộ trưởng Trần Văn Nam (ảnh) phát biểu.", {"Trần Văn Nam": ["Bộ trưởng"]}),
        # a son's mark and its dot end the name, before an apposition too
        (
            "Ông Ferdinand Marcos Jr., Tổng thống Philippines, đánh giá cao vai trò của Việt Nam.",
            {"Ferdinand Marcos Jr.": ["Tổng thống Philippines"]},
        ),
        # two initials the tokenizer keeps as one token ("L.B", then the dot)
        (
            "Đại sứ Philippines tại Việt Nam Meynardo L.B. Montealegre cho biết.",
            {"Meynardo L.B. Montealegre": ["Đại sứ Philippines tại Việt Nam"]},
        ),
        # a Korean name with syllables that look Vietnamese, or of two syllables, after a title
        # with no country between
        (
            "Dự có Đại sứ Kang Hoon Sik và Bộ trưởng Ngoại giao Cho Hyun.",
            {"Kang Hoon Sik": ["Đại sứ"], "Cho Hyun": ["Bộ trưởng Ngoại giao"]},
        ),
        # (a Vietnamese given name after a Korean family name's spelling makes no Korean name)
        ("Dự có ông Kim Long và Chủ tịch Kim Anh.", {"Kim Anh": ["Chủ tịch"]}),
        # a lower-case "da" in Vietnamese is a word, not a particle
        (
            "Ông Lê Văn Hùng, Chủ tịch Hội đồng da liễu tỉnh, phát biểu.",
            {"Lê Văn Hùng": ["Chủ tịch Hội đồng da liễu tỉnh"]},
        ),
    ],
)
def test_foreign_names_with_particles(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize("end", [",", " -", " và", " được"])
def test_a_text_that_ends_right_after_a_title_chain_is_read(end: str) -> None:
    # a comma after the chain once sent the look for appointment wording past the last word
    assert _officials(f"Ông Lê Văn Hải, Giám đốc Sở Y tế{end}") == {"Lê Văn Hải": ["Giám đốc Sở Y tế"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội Trần Thị Hồng phát biểu.",
            {"Trần Thị Hồng": ["Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội"]},
        ),
        (
            "Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội Dương Thanh Bình dự họp.",
            {"Dương Thanh Bình": ["Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội"]},
        ),
    ],
)
def test_a_body_and_the_body_that_owns_it_before_the_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_short_form_inside_the_body_before_the_place() -> None:
    text = "Phó Giám đốc Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Nghệ An Lê Văn Bình cho biết."
    assert _officials(text) == {"Lê Văn Bình": ["Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ĐBQH Trần Văn Lâm cho rằng cần sửa luật.", {"Trần Văn Lâm": ["ĐBQH"]}),
        ("Theo TGĐ Nguyễn Văn Bình, doanh thu tăng.", {"Nguyễn Văn Bình": ["TGĐ"]}),
        # the abbreviation inside a body's name is the body's
        (
            "Phó Trưởng đoàn ĐBQH tỉnh Gia Lai Nguyễn Văn An phát biểu.",
            {"Nguyễn Văn An": ["Phó Trưởng đoàn ĐBQH tỉnh Gia Lai"]},
        ),
    ],
)
def test_a_titles_abbreviation_before_a_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_numbered_unit_the_model_reads_whole() -> None:
    text = (
        "Ông Lê Văn Tâm - Đội trưởng Đội Quản lý thị trường số 5 (Chi cục Quản lý thị trường tỉnh Nghệ An) - cho biết."
    )
    # (with the body it belongs to in brackets, part of the post as written)
    assert _officials(text) == {
        "Lê Văn Tâm": ["Đội trưởng Đội Quản lý thị trường số 5 (Chi cục Quản lý thị trường tỉnh Nghệ An)"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title of no body before the name, an apposition after it, then the clause's verb
        (
            "Thứ trưởng Trần Văn Sơn, Phó Trưởng ban Chỉ đạo Trung ương cho biết.",
            {"Trần Văn Sơn": ["Thứ trưởng", "Phó Trưởng ban Chỉ đạo Trung ương"]},
        ),
        # a name after the second title makes it someone else's
        (
            "Dự có Thứ trưởng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Trần Văn Bình phát biểu.",
            {"Nguyễn Văn An": ["Thứ trưởng"], "Trần Văn Bình": ["Phó Chủ tịch UBND tỉnh"]},
        ),
    ],
)
def test_an_apposition_after_a_titled_name_before_the_verb(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's short name in brackets stands between the office and its holder
        (
            "Phó Thống đốc Ngân hàng Nhà nước (NHNN) Phạm Văn Long phát biểu.",
            {"Phạm Văn Long": ["Phó Thống đốc Ngân hàng Nhà nước"]},
        ),
        (
            "Chủ tịch HĐQT Ngân hàng TMCP Ngoại thương Thăng Long (Thanglongbank) Nguyễn Văn Tâm cho biết.",
            {"Nguyễn Văn Tâm": ["Chủ tịch HĐQT Ngân hàng TMCP Ngoại thương Thăng Long"]},
        ),
        # a place in brackets is no short name, and no holder's name follows it
        ("Giám đốc Sở Y tế (Hà Nội) cho biết.", {}),
    ],
)
def test_a_short_name_in_brackets_between_an_office_and_its_holder(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_police_department_named_past_ve_is_the_whole_post() -> None:
    text = "Thượng tá Lê Văn Nam, Trưởng phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An, cho biết."
    assert _officials(text) == {
        "Lê Văn Nam": ["Trưởng phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare title takes the next one's organization, with the body that title ends in
        (
            "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh thăm bà con.",
            {"Hầu A Lềnh": ["Bộ trưởng Ủy ban Dân tộc", "Chủ nhiệm Ủy ban Dân tộc"]},
        ),
        # a guard (it holds without the rule too): after a title, a name may end in a province's
        # name; only with no title before is such a run a brand's
        (
            "Giám đốc Công an tỉnh Gia Lai Nguyễn Thị Hà Nam cho biết.",
            {"Nguyễn Thị Hà Nam": ["Giám đốc Công an tỉnh Gia Lai"]},
        ),
        # but a party secretary's title takes no state body: the committee is not named
        (
            "Dự có đồng chí Lê Minh Đức, Phó Bí thư, Chủ tịch UBND phường Láng.",
            {"Lê Minh Đức": ["Phó Bí thư", "Chủ tịch UBND phường Láng"]},
        ),
        # a qualifier after the title, then a body whose name runs on in lower case
        (
            "Giám đốc Quốc gia Ngân hàng Phát triển châu Á tại Việt Nam Shantanu Chakraborty phát biểu.",
            {"Shantanu Chakraborty": ["Giám đốc Quốc gia Ngân hàng Phát triển châu Á tại Việt Nam"]},
        ),
        # an executive shares the company, not the board that opens the next title's organization
        (
            "Ông Lê Văn An, Phó Tổng giám đốc, Thành viên HĐQT Công ty cổ phần Sông Đà 9 phát biểu.",
            {"Lê Văn An": ["Phó Tổng giám đốc Công ty cổ phần Sông Đà 9", "Thành viên HĐQT Công ty cổ phần Sông Đà 9"]},
        ),
        # the workplace an appointee goes to stands between the posts held and the post taken
        (
            "Thành phố trao quyết định bổ nhiệm ông Trần Văn An, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Nghĩa Đô, "
            "đến nhận công tác tại Ban QLDA Đầu tư Xây dựng công trình giao thông TP Hà Nội, giữ chức vụ Giám đốc "
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông Hà Nội.",
            {
                "Trần Văn An": [
                    "Phó Bí thư Đảng ủy phường Nghĩa Đô",
                    "Chủ tịch UBND phường Nghĩa Đô",
                    "Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông Hà Nội",
                ]
            },
        ),
        # or "và" between the workplace and the post taken
        (
            "Tỉnh ủy điều động đồng chí Lương Văn Quỳnh, Giám đốc Sở Tài chính, đến nhận công tác tại Văn phòng "
            "Tỉnh ủy và giữ chức Chánh Văn phòng Tỉnh ủy.",
            {"Lương Văn Quỳnh": ["Giám đốc Sở Tài chính", "Chánh Văn phòng Tỉnh ủy"]},
        ),
        # a bare title taken at the workplace is that body's post, the unit word written once
        (
            "Ban Thường vụ Thành ủy điều động đồng chí Đỗ Văn An, Bí thư Đảng ủy phường Cầu Giấy, đến nhận công "
            "tác tại Ban Tổ chức Thành ủy, giữ chức Phó Trưởng ban. UBND tỉnh điều động ông Lê Văn Bình, Phó "
            "Giám đốc Sở Tài chính, về nhận công tác tại Văn phòng UBND tỉnh và giữ chức Chánh Văn phòng.",
            {
                "Đỗ Văn An": ["Bí thư Đảng ủy phường Cầu Giấy", "Phó Trưởng ban Tổ chức Thành ủy"],
                "Lê Văn Bình": ["Phó Giám đốc Sở Tài chính", "Chánh Văn phòng UBND tỉnh"],
            },
        ),
        # after a passive link too, and past the workplace's short form in brackets
        (
            "Ông Nguyễn Văn Cường, Phó Chánh Văn phòng UBND thành phố, được điều động đến nhận công tác tại Sở "
            "Xây dựng (SXD), giữ chức Phó Giám đốc.",
            {"Nguyễn Văn Cường": ["Phó Chánh Văn phòng UBND thành phố", "Phó Giám đốc Sở Xây dựng"]},
        ),
        # the titles of one person serve one country, its name before or after a ministry's field
        ("Bộ trưởng Ngoại giao Lào, Thủ tướng Campuchia Hun Manet dự lễ.", {"Hun Manet": ["Thủ tướng Campuchia"]}),
        # a country in brackets between an office and its holder says where the body is
        (
            "Thủ tướng tiếp Thống đốc tỉnh Aichi (Nhật Bản) Omura Hideaki.",
            {"Omura Hideaki": ["Thống đốc tỉnh Aichi"]},
        ),
        # the countries a regional post covers, listed after the first
        (
            "Ông John Smith, Giám đốc khu vực phụ trách Lào, Campuchia và Việt Nam của Công ty X cho biết.",
            {"John Smith": ["Giám đốc khu vực phụ trách Lào, Campuchia và Việt Nam"]},
        ),
        # where a post is held, in an apposition that runs to the clause's verb
        (
            "Bà Rana Flowers, Trưởng Đại diện UNICEF tại Việt Nam phát biểu.",
            {"Rana Flowers": ["Trưởng Đại diện UNICEF tại Việt Nam"]},
        ),
        (
            "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn phát biểu.",
            {"Trần Văn Sơn": ["Bộ trưởng Văn phòng Chính phủ", "Chủ nhiệm Văn phòng Chính phủ"]},
        ),
        # the unit word that ends a title in lower case opens the body's head ("Ban Quản lý")
        (
            "Trưởng ban Quản lý Khu kinh tế tỉnh Hà Tĩnh Lê Văn Hải cho biết vốn tăng.",
            {"Lê Văn Hải": ["Trưởng ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"]},
        ),
        (
            "Ông Lê Văn Hải, Trưởng ban Quản lý Khu công nghệ cao Hòa Lạc cho biết, vốn tăng.",
            {"Lê Văn Hải": ["Trưởng ban Quản lý Khu công nghệ cao Hòa Lạc"]},
        ),
        # a district's number before the dash that closes the apposition
        (
            "Ông Lê Văn Hòa - nguyên Phó Chủ tịch UBND quận 1 - cho biết, người dân đồng tình.",
            {"Lê Văn Hòa": ["nguyên Phó Chủ tịch UBND quận 1"]},
        ),
        # the speaker's act after a lower-case tail (clause_verbs.txt)
        (
            "Ông Lê Văn Tâm, Cục trưởng Cục Quản lý thị trường tuyên dương các đơn vị.",
            {"Lê Văn Tâm": ["Cục trưởng Cục Quản lý thị trường"]},
        ),
        # a science's name the segmenter split before its "học"
        (
            "Viện trưởng Viện Ngôn ngữ học Nguyễn Văn Hải cho biết, số liệu tăng.",
            {"Nguyễn Văn Hải": ["Viện trưởng Viện Ngôn ngữ học"]},
        ),
        # a line of work that ends in its unit alone, the province said before
        (
            "Ông Lê Văn Hải, Trưởng Ban Quản lý các khu công nghiệp tỉnh cho biết, vốn tăng.",
            {"Lê Văn Hải": ["Trưởng Ban Quản lý các khu công nghiệp tỉnh"]},
        ),
        (
            "Ông Lê Văn Hải, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh cho biết vốn tăng.",
            {"Lê Văn Hải": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh"]},
        ),
    ],
)
def test_the_body_after_a_title_is_read_whole(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shorter writing that two different fuller ones could be stays a position of its own
        (
            "Vinaconex bầu ông Lê Văn An làm Chủ tịch HĐQT. Ngoài ra, ông Lê Văn An còn là Chủ tịch HĐQT "
            "Công ty cổ phần Sông Đà 9 và Chủ tịch HĐQT Công ty cổ phần Vimeco.",
            {
                "Lê Văn An": [
                    "Chủ tịch HĐQT",
                    "Chủ tịch HĐQT Công ty cổ phần Sông Đà 9",
                    "Chủ tịch HĐQT Công ty cổ phần Vimeco",
                ]
            },
        ),
        # written after the two fuller ones, it drops neither of them
        (
            "Ông Lê Văn An hiện là Chủ tịch HĐQT Công ty cổ phần Sông Đà 9 và Chủ tịch HĐQT Công ty cổ phần "
            "Vimeco. Tại đại hội, Chủ tịch HĐQT Lê Văn An phát biểu.",
            {
                "Lê Văn An": [
                    "Chủ tịch HĐQT",
                    "Chủ tịch HĐQT Công ty cổ phần Sông Đà 9",
                    "Chủ tịch HĐQT Công ty cổ phần Vimeco",
                ]
            },
        ),
        # one fuller writing takes it in
        (
            "Ông Lê Văn Bình được bầu làm Bí thư Đảng ủy. Bí thư Đảng ủy phường Yên Sở Lê Văn Bình phát biểu.",
            {"Lê Văn Bình": ["Bí thư Đảng ủy phường Yên Sở"]},
        ),
    ],
)
def test_a_shorter_writing_of_a_post_across_sentences(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_the_head_of_a_polling_areas_election_body() -> None:
    text = "Bà Trần Thị Mai, Tổ trưởng Tổ bầu cử số 5 phường Kim Liên, cho biết đã phát thẻ cử tri."
    assert _officials(text) == {"Trần Thị Mai": ["Tổ trưởng Tổ bầu cử số 5 phường Kim Liên"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an officer's rank standing alone between commas is no position and ends no list of them
        (
            "Ông Trần Quốc Tỏ, Thượng tướng, Thứ trưởng Bộ Công an, dự lễ.",
            {"Trần Quốc Tỏ": ["Thứ trưởng Bộ Công an"]},
        ),
        (
            "Ông Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thượng tướng, Thứ trưởng Bộ Quốc phòng, phát biểu.",
            {"Hoàng Xuân Chiến": ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng"]},
        ),
        # a rank before a name stays with the person, as before
        (
            "Thiếu tướng Lê Văn Minh, Giám đốc Công an tỉnh Nghệ An, dự họp.",
            {"Lê Văn Minh": ["Giám đốc Công an tỉnh Nghệ An"]},
        ),
    ],
)
def test_a_rank_between_an_officers_titles(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "đồng thời là", "kiêm nhiệm" after a comma add an office held at the same time
        (
            "Giáo sư Trần Văn Thuấn, Thứ trưởng Bộ Y tế, đồng thời là Giám đốc Bệnh viện K, cho biết.",
            {"Trần Văn Thuấn": ["Thứ trưởng Bộ Y tế", "Giám đốc Bệnh viện K"]},
        ),
        (
            "Ông Lê Văn Tâm, Phó Giám đốc Sở Y tế, kiêm nhiệm Giám đốc Trung tâm Cấp cứu 115, phát biểu.",
            {"Lê Văn Tâm": ["Phó Giám đốc Sở Y tế", "Giám đốc Trung tâm Cấp cứu 115"]},
        ),
        # without a title after it, "đồng thời" opens another clause
        (
            "Ông Lê Văn Tâm, Phó Giám đốc Sở Y tế, đồng thời đề nghị các bệnh viện chủ động.",
            {"Lê Văn Tâm": ["Phó Giám đốc Sở Y tế"]},
        ),
    ],
)
def test_offices_held_at_once(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "Bà Ramla Khalidi, Trưởng Đại diện thường trú UNDP tại Việt Nam, phát biểu.",
            "Trưởng Đại diện thường trú",
            "UNDP",
        ),
        ("Phó Trưởng Đại diện thường trú UNDP Patrick Haverman cho biết.", "Phó Trưởng Đại diện thường trú", "UNDP"),
        ("Giám đốc Quốc gia WB tại Việt Nam Mariam Sherman cho biết.", "Giám đốc Quốc gia", "WB"),
    ],
)
def test_a_qualifier_before_a_short_form_belongs_to_the_title(text: str, title: str, body: str) -> None:
    result = extract_text(text, require_vietnamese=False)
    assert [p.title for o in result.officials for p in o.positions] == [title]
    assert [i.name for i in result.institutions] == [body]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Hà Thị Lan, nguyên Ủy viên Bộ Chính trị, nguyên Thường trực Ban Bí thư, được cho thôi chức.",
            {"Hà Thị Lan": ["nguyên Ủy viên Bộ Chính trị", "nguyên Thường trực Ban Bí thư"]},
        ),
        ("Bà Hà Thị Lan, cựu Thường trực Ban Bí thư, dự lễ.", {"Hà Thị Lan": ["cựu Thường trực Ban Bí thư"]}),
    ],
)
def test_a_former_standing_post_after_a_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_buddhist_monks_name_after_a_religious_title() -> None:
    text = "Hòa thượng Thích Thiện Hòa, Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, phát biểu."
    assert _officials(text) == {"Thích Thiện Hòa": ["Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"]}


@pytest.mark.parametrize(
    "text",
    [
        "Bác sĩ CKII Nguyễn Văn An, Phó Giám đốc Bệnh viện Chợ Rẫy, cho biết.",
        "Phó Giám đốc Bệnh viện Chợ Rẫy, Bác sĩ CKII Nguyễn Văn An cho biết.",
        "BSCK1 Nguyễn Văn An, Phó Giám đốc Bệnh viện Chợ Rẫy, cho biết.",  # joined on
    ],
)
def test_a_specialist_degree_written_apart_before_a_name(text: str) -> None:
    assert _officials(text) == {"Nguyễn Văn An": ["Phó Giám đốc Bệnh viện Chợ Rẫy"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula from a post to its holder
        ("Giám đốc Sở Y tế Hà Nội hiện nay là ông Trần Văn Chung.", {"Trần Văn Chung": ["Giám đốc Sở Y tế Hà Nội"]}),
        (
            "Chủ tịch HĐQT của Tập đoàn Hòa Phát là ông Trần Đình Long.",
            {"Trần Đình Long": ["Chủ tịch HĐQT Tập đoàn Hòa Phát"]},
        ),
        # no name after it: nobody
        ("Chủ tịch UBND xã là người chịu trách nhiệm trước pháp luật.", {}),
    ],
)
def test_a_post_and_its_holder_joined_by_la(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body a post's unit belongs to, between commas, before the next post or the new one
        (
            "Thủ tướng bổ nhiệm ông Nguyễn Văn An, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Y tế, giữ chức Thứ trưởng Bộ Y tế.",
            {"Nguyễn Văn An": ["Vụ trưởng Vụ Tổ chức cán bộ", "Thứ trưởng Bộ Y tế"]},
        ),
        (
            "Ông Trần Văn Bình, Phó Cục trưởng Cục Cảnh sát hình sự, Bộ Công an, Phó Trưởng ban Chuyên án, cho biết.",
            {"Trần Văn Bình": ["Phó Cục trưởng Cục Cảnh sát hình sự", "Phó Trưởng ban Chuyên án"]},
        ),
        # nothing after it: the chain ends at the post
        (
            "Ông Nguyễn Văn An, Vụ trưởng Vụ Kế hoạch - Tài chính, Bộ GD-ĐT, cho biết.",
            {"Nguyễn Văn An": ["Vụ trưởng Vụ Kế hoạch - Tài chính"]},
        ),
    ],
)
def test_a_parent_body_between_commas_inside_a_chain(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named without a post, then by the given name with one
        (
            "Bị cáo Nguyễn Xuân Hòa khai tại tòa. Ông Hòa từng giữ chức Tổng Giám đốc OceanBank.",
            {"Nguyễn Xuân Hòa": ["Tổng Giám đốc OceanBank"]},
        ),
        # two people could be meant: nobody
        (
            "Bị cáo Nguyễn Xuân Hòa và bị cáo Trần Văn Hòa khai tại tòa. Ông Hòa từng giữ chức Tổng Giám đốc OceanBank.",
            {},
        ),
    ],
)
def test_a_given_name_gives_a_post_to_a_person_named_before(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short opening adverbial before the pronoun or the given name
        (
            "Ông Nguyễn Văn Hòa, Chủ tịch UBND xã, phát biểu. Sau đó, ông Hòa được bầu làm Bí thư Đảng ủy xã.",
            {"Nguyễn Văn Hòa": ["Chủ tịch UBND xã", "Bí thư Đảng ủy xã"]},
        ),
        (
            "Ông Nguyễn Văn Hòa, Chủ tịch UBND xã, phát biểu. Trước đó, ông từng giữ chức Phó Bí thư Đảng ủy xã.",
            {"Nguyễn Văn Hòa": ["Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"]},
        ),
        # in party news "đồng chí" (comrade) stands for the person as "ông" does
        (
            "Đồng chí Hoàng Văn Bảo được bầu làm Chủ tịch UBND xã. Trước đó, đồng chí Bảo là Phó Giám đốc Sở Nội vụ.",
            {"Hoàng Văn Bảo": ["Chủ tịch UBND xã", "Phó Giám đốc Sở Nội vụ"]},
        ),
        (
            "Đồng chí Hoàng Văn Bảo, Chủ tịch UBND xã, phát biểu. Đồng chí từng giữ chức Bí thư Huyện ủy Nghi Lộc.",
            {"Hoàng Văn Bảo": ["Chủ tịch UBND xã", "Bí thư Huyện ủy Nghi Lộc"]},
        ),
        # the one person the last sentence names after an honorific, with no post so far
        (
            "Ông Nguyễn Văn An sinh năm 1970, quê Hà Nam. Ông từng giữ chức Bí thư Huyện ủy Kim Bảng.",
            {"Nguyễn Văn An": ["Bí thư Huyện ủy Kim Bảng"]},
        ),
        # (not a place the model read as a name, nor one of two people)
        (
            "Bà Merkel thăm một trạm xử lý nước ở Bad Honnef, Đức. Trước đó 1 năm, bà trở thành Bộ trưởng Môi trường.",
            {},
        ),
        ("Trong buổi làm việc với ông Nguyễn Văn An, bà Lê Thị Hoa cho biết. Bà từng là Bí thư Huyện ủy Kim Bảng.", {}),
        # an opening that names someone is no adverbial
        (
            "Ông Nguyễn Văn Hòa phát biểu. Theo ông Lê Văn Bình, ông từng giữ chức Phó Bí thư Đảng ủy xã.",
            {},
        ),
    ],
)
def test_a_pronoun_after_an_opening_adverbial(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "title", "body", "institutions"),
    [
        # a company officer's line of work is the title's, the company after it the body
        (
            "Ông Nguyễn Văn An, Giám đốc Tài chính Tập đoàn Hòa Phát, cho biết lợi nhuận tăng.",
            "Giám đốc Tài chính",
            "Tập đoàn Hòa Phát",
            ["Tập đoàn Hòa Phát"],
        ),
        (
            "Bà Lê Thị Mai, Giám đốc Kinh doanh Công ty cổ phần Sữa Việt Nam, cho biết doanh thu tăng.",
            "Giám đốc Kinh doanh",
            "Công ty cổ phần Sữa Việt Nam",
            ["Công ty cổ phần Sữa Việt Nam"],
        ),
        # one brand's name after it is the company
        ("Ông Trần Văn Bình, Giám đốc Thương mại Vietjet, cho biết.", "Giám đốc Thương mại", "Vietjet", ["Vietjet"]),
        ("Bà Lê Hằng, Giám đốc Truyền thông VASEP, cho biết.", "Giám đốc Truyền thông", "VASEP", ["VASEP"]),
        # a company named by its line of business (line_heads.tsv)
        (
            "Ông Nguyễn Văn An, Giám đốc Nghiên cứu Chứng khoán SSI, cho biết.",
            "Giám đốc Nghiên cứu",
            "Chứng khoán SSI",
            ["Chứng khoán SSI"],
        ),
        # a body's own field is no line of work of the title's
        (
            "Ông Nguyễn Văn An, Viện trưởng Viện Nghiên cứu Kinh tế, cho biết.",
            "Viện trưởng",
            "Viện Nghiên cứu Kinh tế",
            ["Viện Nghiên cứu Kinh tế"],
        ),
        # after a unit's head the line of work names the unit ("Phòng Kinh doanh"), whose company
        # the segmenter glued to it ("Kinh doanh Công ty" one word) is read whole
        (
            "Ông Nguyễn Văn An, Trưởng phòng Kinh doanh Công ty cổ phần Minh Long, cho biết.",
            "Trưởng phòng",
            "Kinh doanh Công ty cổ phần Minh Long",
            # (in the order written: the department's name opens inside the title)
            ["Phòng Kinh doanh Công ty cổ phần Minh Long", "Công ty cổ phần Minh Long"],
        ),
        # with no body after it, it names none
        ("Theo ông Hoàng Văn Dũng, Giám đốc Tài chính, cổ tức sẽ là 20%.", "Giám đốc Tài chính", None, []),
        # the company after "của" is the officer's
        (
            "Ông Lê Văn Cường, Giám đốc Tài chính của Tập đoàn Hòa Phát, cho biết lợi nhuận tăng.",
            "Giám đốc Tài chính",
            "Tập đoàn Hòa Phát",
            ["Tập đoàn Hòa Phát"],
        ),
        # nor with its lower-case words, or a second line joined by "và"
        (
            "Ông Michael Kokalari, Giám đốc Phân tích kinh tế vĩ mô, nhận định dòng vốn sẽ quay lại.",
            "Giám đốc Phân tích kinh tế vĩ mô",
            None,
            [],
        ),
        (
            "Bà Trần Thị Bình, Giám đốc Nghiên cứu và Phân tích, cho biết chỉ số sẽ tăng.",
            "Giám đốc Nghiên cứu và Phân tích",
            None,
            [],
        ),
        # a country after it is the envoy's or the minister's
        (
            "Ông Tạ Đức Minh, Tham tán Thương mại Việt Nam tại Nhật Bản, cho biết xuất khẩu tăng.",
            "Tham tán Thương mại",
            "Việt Nam tại Nhật Bản",
            [],
        ),
        # a minister's is the ministry written short, as before
        ("Bộ trưởng Tài chính Mỹ Scott Bessent cho biết như vậy.", "Bộ trưởng", "Tài chính Mỹ", []),
        (
            "Bà Nguyễn Thị Hà, Tham tán Công sứ Đại sứ quán Việt Nam tại Pháp, trao học bổng.",
            "Tham tán Công sứ",
            "Đại sứ quán Việt Nam tại Pháp",
            ["Đại sứ quán Việt Nam tại Pháp"],
        ),
    ],
)
def test_a_line_of_work_after_a_title_is_the_titles(
    text: str, title: str, body: str | None, institutions: list[str]
) -> None:
    result = extract_text(text, require_vietnamese=False)
    assert [(p.title, p.organization) for o in result.officials for p in o.positions] == [(title, body)]
    assert [i.name for i in result.institutions] == institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Trần Văn An, Tổng Lãnh sự Việt Nam tại San Francisco, cho biết.",
            {"Trần Văn An": ["Tổng Lãnh sự Việt Nam tại San Francisco"]},
        ),
        # a known country or place, as before
        ("Ông Trần Văn An, Đại sứ Việt Nam tại Mỹ, cho biết.", {"Trần Văn An": ["Đại sứ Việt Nam tại Mỹ"]}),
    ],
)
def test_an_envoys_post_in_a_city_no_list_holds(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare party committee before a post in a body with a committee of its own is that body's
        (
            "Ông Nguyễn Văn Bình, Bí thư Đảng ủy, Giám đốc Công an tỉnh Nghệ An, phát biểu.",
            {"Nguyễn Văn Bình": ["Bí thư Đảng ủy Công an tỉnh Nghệ An", "Giám đốc Công an tỉnh Nghệ An"]},
        ),
        (
            "Ông Nguyễn Văn Bình, Bí thư Đảng ủy, Giám đốc Bệnh viện Bạch Mai, phát biểu.",
            {"Nguyễn Văn Bình": ["Bí thư Đảng ủy Bệnh viện Bạch Mai", "Giám đốc Bệnh viện Bạch Mai"]},
        ),
        (
            "Đồng chí Nguyễn Văn Anh, Bí thư Đảng uỷ, Bí thư thứ nhất Trung ương Đoàn phát biểu.",
            {"Nguyễn Văn Anh": ["Bí thư Đảng ủy Trung ương Đoàn", "Bí thư thứ nhất Trung ương Đoàn"]},
        ),
        # without the company's board; a brand named alone
        (
            "Ông Lê Ngọc Sơn, Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam, phát biểu.",
            {"Lê Ngọc Sơn": ["Bí thư Đảng ủy Tập đoàn Điện lực Việt Nam", "Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam"]},
        ),
        (
            "Ông Nguyễn Văn Bình, Phó Bí thư Đảng ủy, Tổng Giám đốc BIDV, phát biểu.",
            {"Nguyễn Văn Bình": ["Phó Bí thư Đảng ủy BIDV", "Tổng Giám đốc BIDV"]},
        ),
        # a locality's council or front, or a commune's body: the locality's party committee, as before
        (
            "Ông Nguyễn Văn Bình, Bí thư Đảng ủy, Chủ tịch UBND phường Yên Sở, phát biểu.",
            {"Nguyễn Văn Bình": ["Bí thư Đảng ủy phường Yên Sở", "Chủ tịch UBND phường Yên Sở"]},
        ),
        (
            "Ông Nguyễn Văn Bình, Phó Bí thư Đảng ủy, Trưởng Công an xã Yên Sở, phát biểu.",
            {"Nguyễn Văn Bình": ["Phó Bí thư Đảng ủy xã Yên Sở", "Trưởng Công an xã Yên Sở"]},
        ),
        (
            "Ông Nguyễn Văn Bình, Bí thư Đảng ủy, Chủ tịch UBND, phát biểu.",
            {"Nguyễn Văn Bình": ["Bí thư Đảng ủy", "Chủ tịch UBND"]},
        ),
        # a committee's bare board is the board of the committee the next post names
        (
            "Ông Nguyễn Văn An, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy Hà Nội, phát biểu.",
            {"Nguyễn Văn An": ["Ủy viên Ban Thường vụ Thành ủy Hà Nội", "Trưởng Ban Tổ chức Thành ủy Hà Nội"]},
        ),
        (
            "Ông Nguyễn Văn An, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Yên Sở, phát biểu.",
            {
                "Nguyễn Văn An": [
                    "Ủy viên Ban Thường vụ Đảng ủy phường Yên Sở",
                    "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Yên Sở",
                ]
            },
        ),
        # no committee named: as written
        (
            "Ông Vừ A Bằng, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh Điện Biên, phát biểu.",
            {"Vừ A Bằng": ["Ủy viên Ban Thường vụ", "Phó Chủ tịch UBND tỉnh Điện Biên"]},
        ),
    ],
)
def test_a_bare_party_committee_takes_the_body_of_the_next_post(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_companys_party_committee_is_not_the_company() -> None:
    text = "Bí thư Đảng ủy, Chủ tịch HĐTV Petrovietnam Lê Ngọc Sơn yêu cầu các đơn vị tiết giảm chi phí."
    institutions = {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions}
    assert institutions == {"Đảng ủy Petrovietnam": ["Đảng ủy"], "HĐTV Petrovietnam": [], "Petrovietnam": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the boards a cadre is named to, then "và" and the post
        (
            "Ban Thường vụ Thành ủy điều động đồng chí Lê Thị Thu Hằng, Phó Trưởng Ban Tổ chức Thành ủy, "
            "đến nhận công tác tại Đảng ủy phường Hoàn Kiếm, chỉ định tham gia Ban Chấp hành, Ban Thường vụ "
            "và giữ chức Bí thư Đảng ủy phường Hoàn Kiếm nhiệm kỳ 2025-2030.",
            {"Lê Thị Thu Hằng": ["Phó Trưởng Ban Tổ chức Thành ủy", "Bí thư Đảng ủy phường Hoàn Kiếm"]},
        ),
        (
            "Ông Trần Văn Bình được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy xã Yên Lạc.",
            {"Trần Văn Bình": ["Phó Bí thư Đảng ủy xã Yên Lạc"]},
        ),
        # the boards alone are no post
        ("Ông Trần Văn Bình được chỉ định tham gia Ban Chấp hành Đảng bộ xã Yên Lạc.", {}),
    ],
)
def test_the_boards_joined_before_the_post_taken(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next title's line of work is its own; the body after it is shared
        (
            "Bà Vũ Thị Hải Phượng, Phó Tổng Giám đốc kiêm Giám đốc Tài chính MB, trình bày phương án.",
            {"Vũ Thị Hải Phượng": ["Phó Tổng Giám đốc MB", "Giám đốc Tài chính MB"]},
        ),
        # with no body after the line of work, the first title takes nothing from it
        (
            "Bà Vũ Thị Hải Phượng, Phó Tổng Giám đốc kiêm Giám đốc Tài chính, trình bày phương án.",
            {"Vũ Thị Hải Phượng": ["Phó Tổng Giám đốc", "Giám đốc Tài chính"]},
        ),
        # a board takes the brand the next title names, as it takes a company named in full
        (
            "Ông Phạm Như Ánh, Thành viên HĐQT kiêm Tổng Giám đốc MB, cho biết.",
            {"Phạm Như Ánh": ["Thành viên HĐQT MB", "Tổng Giám đốc MB"]},
        ),
        (
            "Ông Phạm Như Ánh, Thành viên HĐQT kiêm Tổng Giám đốc Công ty cổ phần FPT, cho biết.",
            {"Phạm Như Ánh": ["Thành viên HĐQT Công ty cổ phần FPT", "Tổng Giám đốc Công ty cổ phần FPT"]},
        ),
    ],
)
def test_what_a_company_officers_titles_share(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma closes the invitation; the guest's post is no post of the host's
        (
            "Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Nhật Bản sẽ thăm Việt Nam.",
            {"Phạm Minh Chính": ["Thủ tướng"]},
        ),
        (
            "Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Nhật Bản và Phu nhân sẽ thăm Việt Nam, từ ngày 5/9.",
            {"Phạm Minh Chính": ["Thủ tướng"]},
        ),
        # the guest named
        (
            "Nhận lời mời của Tổng Bí thư Tô Lâm, Tổng thống Hàn Quốc Lee Jae Myung sẽ thăm Việt Nam.",
            {"Tô Lâm": ["Tổng Bí thư"], "Lee Jae Myung": ["Tổng thống Hàn Quốc"]},
        ),
        # the host's post between two commas is his
        (
            "Theo lời mời của ông Nguyễn Văn An, Chủ tịch UBND tỉnh, đoàn sẽ thăm Nghệ An.",
            {"Nguyễn Văn An": ["Chủ tịch UBND tỉnh"]},
        ),
    ],
)
def test_a_comma_that_closes_an_invitation(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_a_towns_body_keeps_its_own_party_committee() -> None:
    # "thị xã" is a town above the communes; only "thị trấn" is one
    text = "Ông Nguyễn Văn Bình, Bí thư Đảng ủy, Giám đốc Trung tâm Y tế thị xã Sơn Tây, phát biểu."
    assert _officials(text) == {
        "Nguyễn Văn Bình": ["Bí thư Đảng ủy Trung tâm Y tế thị xã Sơn Tây", "Giám đốc Trung tâm Y tế thị xã Sơn Tây"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an executive or a board member is the company's, not its division's
        (
            "Ông Phạm Như Ánh, Phó Tổng Giám đốc kiêm Giám đốc Khối Vận hành Techcombank, phát biểu.",
            {"Phạm Như Ánh": ["Phó Tổng Giám đốc Techcombank", "Giám đốc Khối Vận hành Techcombank"]},
        ),
        (
            "Bà Lê Thị Mai, Phó Tổng Giám đốc kiêm Giám đốc Khối Khách hàng doanh nghiệp Ngân hàng TMCP Á Châu, phát biểu.",
            {
                "Lê Thị Mai": [
                    "Phó Tổng Giám đốc Ngân hàng TMCP Á Châu",
                    "Giám đốc Khối Khách hàng doanh nghiệp Ngân hàng TMCP Á Châu",
                ]
            },
        ),
        (
            "Ông Trần Văn An, Thành viên HĐQT kiêm Giám đốc Khối Nguồn vốn MB, phát biểu.",
            {"Trần Văn An": ["Thành viên HĐQT MB", "Giám đốc Khối Nguồn vốn MB"]},
        ),
    ],
)
def test_a_companys_officer_over_a_division(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "official", "position"),
    [
        # "là" and an honorific after a body's lower-case line of work: the post's holder
        ("Cục trưởng Cục Quản lý giá là ông Phạm Văn Hòa.", "Phạm Văn Hòa", "Cục trưởng Cục Quản lý giá"),
        # a sentence-case word the segmenter glued to the name after it ("Viễn thông Hoàng Minh Đức")
        ("Cục trưởng Cục Viễn thông Hoàng Minh Đức kiểm tra.", "Hoàng Minh Đức", "Cục trưởng Cục Viễn thông"),
    ],
)
def test_the_holder_after_a_body_in_sentence_case(text: str, official: str, position: str) -> None:
    assert _officials(text) == {official: [position]}


def test_a_unit_word_inside_a_head_names_no_locality() -> None:
    # "Hợp tác xã": the cooperative's "xã" is no commune for the party committee before it
    text = "Ông Đỗ Văn Tám, Bí thư Đảng ủy, Giám đốc Hợp tác xã Nông nghiệp dịch vụ tổng hợp, phát biểu."
    assert _officials(text) == {
        "Đỗ Văn Tám": [
            "Bí thư Đảng ủy Hợp tác xã Nông nghiệp dịch vụ tổng hợp",
            "Giám đốc Hợp tác xã Nông nghiệp dịch vụ tổng hợp",
        ]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district of two syllables after its committee, though its first is a family name
        ("Bí thư Huyện ủy Yên Thành và Chủ tịch UBND huyện dự họp.", {}),
        (
            "Đồng chí Nguyễn Văn Đông, Tỉnh ủy viên, Bí thư Huyện ủy Yên Thành và đồng chí Trần Văn Giang dự họp.",
            {"Nguyễn Văn Đông": ["Tỉnh ủy viên", "Bí thư Huyện ủy Yên Thành"]},
        ),
        # a person named in full after the committee is still its secretary
        ("Bí thư Huyện ủy Lê Văn Hùng dự họp.", {"Lê Văn Hùng": ["Bí thư Huyện ủy"]}),
    ],
)
def test_a_district_after_its_committee_is_no_person(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


def test_the_chair_of_a_universitys_council() -> None:
    text = "Dự lễ có GS.TS Trần Diệp Tuấn, Chủ tịch Hội đồng trường ĐH Y Dược TP.HCM; PGS.TS Ngô Quốc Đạt phát biểu."
    assert _officials(text) == {"Trần Diệp Tuấn": ["Chủ tịch Hội đồng trường ĐH Y Dược TP.HCM"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a H'Mông man's name, "A" between a clan's name no list holds and his own
        (
            "Bị cáo Vàng A Dình, nguyên Chủ tịch UBND xã bị tuyên phạt 8 năm tù.",
            {"Vàng A Dình": ["nguyên Chủ tịch UBND xã"]},
        ),
        ("Chủ tịch UBND xã Si Pa Phìn Vàng A Dình cho biết.", {"Vàng A Dình": ["Chủ tịch UBND xã Si Pa Phìn"]}),
    ],
)
def test_a_hmong_mans_middle_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # after a title of no body and the name, an apposition ended by the holder's act is theirs
        (
            "Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, "
            "tiêu cực chủ trì cuộc họp.",
            "Tô Lâm",
            "Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
        ),
        (
            "Bộ trưởng Nguyễn Văn Thắng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị.",
            "Nguyễn Văn Thắng",
            "Trưởng Ban Tổ chức Trung ương",
        ),
        # a verb with its particle ("kể lại", "nhớ lại") is no noun of the place's name
        ("Ông Lò Văn Luấn, Trưởng bản Nong nhớ lại: đêm đó mưa to.", "Lò Văn Luấn", "Trưởng bản Nong"),
        ("Ông Lò Văn Luấn, Trưởng thôn Đoài kể lại: đêm đó mưa to.", "Lò Văn Luấn", "Trưởng thôn Đoài"),
    ],
)
def test_an_apposition_ended_by_the_holders_act(text: str, name: str, post: str) -> None:
    assert post in _officials(text)[name]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # a word the tagger seldom reads as a verb ("công cộng") goes on in the field's name
        ("Ông Lê Văn An, Trưởng khoa Y tế công cộng cho biết.", "Lê Văn An", "Trưởng khoa Y tế công cộng"),
        # (wherever it stands in the lower-case words: "đại học", whose "học" alone is a verb)
        (
            "Ông Lê Văn An, Trưởng Ban Hỗ trợ chất lượng giáo dục đại học, cho biết.",
            "Lê Văn An",
            "Trưởng Ban Hỗ trợ chất lượng giáo dục đại học",
        ),
        # one read as a verb as often as a noun ("quy định") after a body still ends it
        ("Bà Trần Thị Hoa, Giám đốc Sở Tài chính quy định, các xã phải nộp.", "Trần Thị Hoa", "Giám đốc Sở Tài chính"),
    ],
)
def test_a_fields_lower_case_word_that_is_no_verb(text: str, name: str, post: str) -> None:
    assert _officials(text)[name] == [post]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # a Korean chief's name after the company's brand is the holder, not part of the name
        (
            "Thủ tướng tiếp Chủ tịch Tập đoàn Samsung Lee Jae Yong tại Hà Nội.",
            "Lee Jae Yong",
            "Chủ tịch Tập đoàn Samsung",
        ),
        # two of its syllables look Vietnamese; the family name and the foreign one tell
        ("Thủ tướng tiếp Chủ tịch Tập đoàn Lotte Shin Dong Bin.", "Shin Dong Bin", "Chủ tịch Tập đoàn Lotte"),
        # a rarer Korean family name after an office's field
        ("Cùng dự có Cố vấn An ninh Quốc gia Wi Sung Lac.", "Wi Sung Lac", "Cố vấn An ninh Quốc gia"),
        # a foreign country's business body in Việt Nam keeps "tại Việt Nam" in its name
        (
            "Ông Hong Sun, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam cho biết.",
            "Hong Sun",
            "Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam",
        ),
    ],
)
def test_a_korean_chief_after_a_brand_and_a_foreign_business_body_here(text: str, name: str, post: str) -> None:
    assert _officials(text)[name] == [post]


def test_a_word_across_a_stop_inside_a_posts_body() -> None:
    # "hàng không" (aviation) is one word, though "không" (not) alone ends a name
    text = "Phó Chủ tịch Ủy ban An ninh hàng không dân dụng quốc gia Nguyễn Văn Hải cho biết."
    assert _officials(text) == {"Nguyễn Văn Hải": ["Phó Chủ tịch Ủy ban An ninh hàng không dân dụng quốc gia"]}


def test_appointment_wording_straight_after_the_parent_body() -> None:
    # "…, Vụ trưởng Vụ X, | Bộ Nội vụ | được bổ nhiệm giữ chức …": no comma after the parent
    text = (
        "Theo đó, ông Nguyễn Văn Bình, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ được bổ nhiệm "
        "giữ chức Thứ trưởng Bộ Nội vụ."
    )
    assert "Thứ trưởng Bộ Nội vụ" in _officials(text)["Nguyễn Văn Bình"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a world body's full name, its place last, then a foreign name one of whose syllables is
        # also a Vietnamese family name ("Kim")
        (
            "Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á Kao Kim Hourn phát biểu.",
            {"Kao Kim Hourn": ["Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á"]},
        ),
        # the body's short form in brackets between it and a foreign name
        (
            "Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á (ASEAN) Kao Kim Hourn phát biểu.",
            {"Kao Kim Hourn": ["Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á"]},
        ),
        (
            "Tổng Thư ký Liên hợp quốc (LHQ) Antonio Guterres phát biểu.",
            {"Antonio Guterres": ["Tổng Thư ký Liên hợp quốc"]},
        ),
        # a Vietnamese name after a country's name is read as before
        (
            "Giám đốc Ngân hàng Nhà nước Việt Nam Nguyễn Văn An phát biểu.",
            {"Nguyễn Văn An": ["Giám đốc Ngân hàng Nhà nước Việt Nam"]},
        ),
    ],
)
def test_a_foreign_name_after_a_world_bodys_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a body is about goes on in lower case after "về" and a word in sentence case
        (
            "Theo Phó Chủ tịch Quỹ Quốc tế về Bảo tồn thiên nhiên Nguyễn Văn Hải, năm 2025 đạt nhiều kết quả.",
            {"Nguyễn Văn Hải": ["Phó Chủ tịch Quỹ Quốc tế về Bảo tồn thiên nhiên"]},
        ),
        (
            "Phó Chủ tịch Ủy ban Liên chính phủ về Biến đổi khí hậu Nguyễn Văn Hải phát biểu.",
            {"Nguyễn Văn Hải": ["Phó Chủ tịch Ủy ban Liên chính phủ về Biến đổi khí hậu"]},
        ),
    ],
)
def test_a_post_in_a_body_named_by_what_it_is_about(text: str, expected: dict[str, list[str]]) -> None:
    assert _officials(text) == expected
