"""Institution names (extractor.entities.institutions): grammar of names, joined heads,
short forms. Sentences are invented."""

from __future__ import annotations

import pytest

from extractor import Pipeline, extract_text
from extractor.entities.institutions import declared_short_forms, term_words_length
from extractor.lexicon.loader import Lexicons


def _institutions(text: str) -> list[str]:
    return [i.name for i in extract_text(text, require_vietnamese=False).institutions]


def _read_by_rules(text: str) -> dict[str, list[str]]:
    """Each institution the rules alone read (no model), with its aliases, in text order."""
    return {i.name: i.aliases for i in Pipeline.load(use_model=False)(text, require_vietnamese=False).institutions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Front's committee, like the Party committee, is named by its head alone in local news
        (
            "Dự hội nghị có lãnh đạo Ủy ban MTTQ, Công an tỉnh và các sở.",
            ["Ủy ban MTTQ", "Công an tỉnh"],
        ),
        # heads joined by a hyphen share the locality after them
        (
            "HĐND-UBND huyện Gia Lâm đã tổ chức hội nghị.",
            ["HĐND huyện Gia Lâm", "UBND huyện Gia Lâm"],
        ),
        # a lower-case legal form does not end a company's name
        ("Công ty cổ phần Sông Đà 9 đã công bố kết quả.", ["Công ty cổ phần Sông Đà 9"]),
        # a name in sentence case goes on in lower case to its place or its unit
        ("Trung tâm Dịch vụ nông nghiệp Tân Uyên đã hỗ trợ nông dân.", ["Trung tâm Dịch vụ nông nghiệp Tân Uyên"]),
        ("Quỹ Vì người nghèo huyện đã trao quà.", ["Quỹ Vì người nghèo huyện"]),
        # "các" opens a line of work that runs to the place the body serves
        (
            "Ban Quản lý các khu công nghiệp tỉnh Hưng Yên đã cấp phép hai dự án.",
            ["Ban Quản lý các khu công nghiệp tỉnh Hưng Yên"],
        ),
        # a long line of work in lower case runs to its locality's unit and name
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội làm chủ đầu tư.",
            ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội"],
        ),
        # the decree's kind of board by a line of works, before the company it serves
        (
            "Ông Lê Xuân Thành, Giám đốc Ban Quản lý dự án đầu tư xây dựng chuyên ngành của ACV, cam kết.",
            ["Ban Quản lý dự án đầu tư xây dựng chuyên ngành"],
        ),
        # a short form of the words just before it, and the name goes on ("… (NCPT) Du lịch")
        ("Viện Nghiên cứu Phát triển (NCPT) Du lịch vừa công bố báo cáo.", ["Viện Nghiên cứu Phát triển Du lịch"]),
        # but a plural after a body's name is not part of it
        ("Bộ Tài chính các nước đã họp.", ["Bộ Tài chính"]),
        # a state body's name read whole, even where a title or "tại" stands inside it
        ("Văn phòng Chủ tịch nước đã công bố lệnh.", ["Văn phòng Chủ tịch nước"]),
        (
            "Ông Lê Văn An, Phó Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp, phát biểu.",
            ["Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"],
        ),
        # a council's sitting is not part of its name, though the segmenter reads "nội khóa"
        ("Kỳ họp thứ 12 của HĐND TP.Hà Nội khóa XVI đã bế mạc.", ["HĐND TP.Hà Nội"]),
        # a place's name does not go on in lower case, though "nam nhân" is a word
        ("Thư chúc mừng gửi Hội Cựu chiến binh Việt Nam nhân kỷ niệm ngày thành lập.", ["Hội Cựu chiến binh Việt Nam"]),
        # but a country's name of one syllable may begin a word of a name
        ("Báo Pháp luật Việt Nam đưa tin.", ["Báo Pháp luật Việt Nam"]),
        # a short form in brackets after a name the model alone found is the same body
        ("Liên minh châu Âu (EU) và Việt Nam ký hiệp định. EU cam kết hỗ trợ.", ["Liên minh châu Âu"]),
        # a term of office is the post's, not part of the body's name
        ("Ông Lê Văn An được bầu làm Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2025-2030.", ["Tỉnh ủy Hà Giang"]),
        (
            "Ông Lê Văn An là Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII.",
            ["Ban Chấp hành Đảng bộ tỉnh Hà Giang"],
        ),
        # but not into a verb: the predicate begins there
        ("Sở Tài chính hướng dẫn các xã lập dự toán.", ["Sở Tài chính"]),
        # a long lower-case tail, ended by the predicate after it
        (
            "Trung tâm Quan trắc tài nguyên môi trường quốc gia cho biết chất lượng không khí giảm.",
            ["Trung tâm Quan trắc tài nguyên môi trường quốc gia"],
        ),
        # fields listed in sentence case inside a name, the last after "và"
        (
            "Phòng Kinh tế, Hạ tầng và Đô thị phường Tây Mỗ đã kiểm tra công trình.",
            ["Phòng Kinh tế, Hạ tầng và Đô thị phường Tây Mỗ"],
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình tổ chức giải chạy.",
            ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình"],
        ),
        # a listed field may begin with a syllable that is also a family name ("Văn hóa")
        (
            "Trung tâm Thông tin, Văn hóa và Thể thao xã Sơn Đông tổ chức giải bóng đá.",
            ["Trung tâm Thông tin, Văn hóa và Thể thao xã Sơn Đông"],
        ),
        # a foreign name after a country is a person's, not part of the embassy's name
        ("Ông tiếp Đại biện lâm thời Đại sứ quán Hoa Kỳ Susan Burns tại trụ sở.", ["Đại sứ quán Hoa Kỳ"]),
        # a lower-case tail that runs straight into the name's short form in brackets is the name's
        (
            "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước (SCIC) thoái vốn.",
            ["Tổng công ty Đầu tư và Kinh doanh vốn nhà nước"],
        ),
        # … up to eight syllables, "không" of "không gian" (space) no negation
        (
            "Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) cảnh báo.",
            ["Trung tâm Giám sát an toàn không gian mạng quốc gia"],
        ),
        # a brand after "và" is another body, not a field of the name before ("Khoa học và Công nghệ")
        ("Tập đoàn Bảo Việt và FPT ký kết hợp tác.", ["Tập đoàn Bảo Việt", "FPT"]),
        ("Tập đoàn Apple và Samsung tăng đầu tư.", ["Tập đoàn Apple", "Samsung"]),
        # a body of the UN named before it, with the short form the bracket gives, is one body
        (
            "Chương trình Phát triển Liên hợp quốc (UNDP) phối hợp với Bộ Nội vụ công bố chỉ số PAPI.",
            ["Chương trình Phát triển Liên hợp quốc", "Bộ Nội vụ"],
        ),
        ("Hiến chương Liên hợp quốc quy định rõ điều này.", ["Liên hợp quốc"]),
        # a name in quotes right after its head is the body's, with its place after it
        ('Quỹ "Vì người nghèo" phường Hoàng Mai tiếp nhận 50 triệu đồng.', ['Quỹ "Vì người nghèo" phường Hoàng Mai']),
        ('Hợp tác xã "Nông nghiệp sạch" Đông Anh đạt doanh thu 5 tỷ đồng.', ['Hợp tác xã "Nông nghiệp sạch" Đông Anh']),
        # but a word quoted after a body is no name of it
        ('Bộ Y tế "khuyến cáo" người dân đeo khẩu trang.', ["Bộ Y tế"]),
        # a plural line of members after a head goes on to the name it ends in; before a unit
        # it names the kind of body, many of them, which is no institution (the guide's "HĐND các cấp")
        ("Đảng ủy các cơ quan Đảng Trung ương tổ chức đại hội.", ["Đảng ủy các cơ quan Đảng Trung ương"]),
        ("Đảng ủy các xã đã tổ chức đại hội.", []),
        # a number that counts what follows it is no part of the name before it
        (
            "Công ty Điện lực Hải Dương trao tặng Trường THCS Tân Dân 20 bộ máy tính.",
            ["Công ty Điện lực Hải Dương", "Trường THCS Tân Dân"],
        ),
        ("Theo sách trắng của Bộ TT&TT 3 mạng lớn chiếm 95% thị phần.", ["Bộ TT&TT"]),
        # a country ends a body's name: no line of work runs on from it to a place
        ("Đoàn đại biểu Quốc hội Lào thăm Hà Nội.", ["Đoàn đại biểu Quốc hội Lào"]),
        # a police department's official field goes on past "về" and commas (state_fields.txt)
        (
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nghệ An cấp 5.000 thẻ căn cước.",
            ["Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nghệ An"],
        ),
        (
            "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) đã khởi tố vụ án.",
            ["Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"],
        ),
        # "và" joins fields in sentence case, not a person's name to what follows
        ("Chủ tịch Quốc hội Trần Văn Lâm và Lãnh đạo cấp cao hai nước dự lễ.", ["Quốc hội"]),
        (
            "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam công bố lãi suất.",
            ["Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"],
        ),
        # one office of two councils (joint_bodies.txt), only after "Văn phòng"
        ("Văn phòng HĐND và UBND xã Tân Lập đã tiếp nhận hồ sơ.", ["Văn phòng HĐND và UBND xã Tân Lập"]),
        ("HĐND và UBND phường Tây Mỗ tổ chức hội nghị.", ["HĐND phường Tây Mỗ", "UBND phường Tây Mỗ"]),
        # a list of bare heads, by commas or dashes, before one locality: each that locality's
        (
            "Sáng nay, Đảng ủy, HĐND, UBND xã Vân Đình tổ chức hội nghị tổng kết.",
            ["Đảng ủy xã Vân Đình", "HĐND xã Vân Đình", "UBND xã Vân Đình"],
        ),
        ("Đảng ủy - UBND phường Bồ Đề trao quà.", ["Đảng ủy phường Bồ Đề", "UBND phường Bồ Đề"]),
        # (the front's own "Việt Nam" before the locality the list shares)
        (
            "Đảng bộ, HĐND, UBND và Ủy ban MTTQ Việt Nam phường Long Biên ra mắt.",
            [
                "Đảng bộ phường Long Biên",
                "HĐND phường Long Biên",
                "UBND phường Long Biên",
                "Ủy ban MTTQ Việt Nam phường Long Biên",
            ],
        ),
        # not a body that names one alone, nor a capitalized head that is no locality
        ("Thành ủy, HĐND thành phố Hải Phòng chúc mừng.", ["Thành ủy", "HĐND thành phố Hải Phòng"]),
        ("Lãnh đạo Ủy ban MTTQ, Ban Nội chính Tỉnh ủy dự họp.", ["Ủy ban MTTQ", "Ban Nội chính Tỉnh ủy"]),
        # nor a head's word inside a place's name ("Hải Phòng")
        (
            "Ủy ban MTTQ TP Hải Phòng và Ủy ban MTTQ tỉnh Thái Bình trao quà.",
            ["Ủy ban MTTQ TP Hải Phòng", "Ủy ban MTTQ tỉnh Thái Bình"],
        ),
        # a line of work in lower case, verbs and all, up to the place the body serves
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông Hà Nội đã khởi công cầu mới.",
            ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông Hà Nội"],
        ),
        ("Trạm Dịch vụ nông nghiệp Mường Lát cấp giống cho dân.", ["Trạm Dịch vụ nông nghiệp Mường Lát"]),
        # two lines of work, the second in lower case straight after "và", then the name
        (
            "Ông Trần Văn Lộc, Giám đốc Công ty cổ phần Vận tải và xây dựng cầu đường Hải Vân cho biết dự án chậm.",
            ["Công ty cổ phần Vận tải và xây dựng cầu đường Hải Vân"],
        ),
        # fields after a comma, the last going on to the place served
        (
            "Trạm Dịch vụ, Hỗ trợ nông nghiệp Mường Lát cấp giống cho dân.",
            ["Trạm Dịch vụ, Hỗ trợ nông nghiệp Mường Lát"],
        ),
        # a membership title names no committee; "Bộ trưởng Tài chính" names a field, not the ministry
        ("Dự hội nghị có đồng chí Lê Văn Tùng, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.", ["UBND tỉnh"]),
        ("Bộ trưởng Nội vụ Phạm Thị Hà cho biết các địa phương đã chi trả xong.", []),
        # a department's field after a head title no list knows as a body's is no name either
        (
            "Ông Đỗ Văn Hưng, Trưởng khoa Cấp cứu, Bệnh viện Việt Đức, cho biết.",
            ["Bệnh viện Việt Đức"],
        ),
        ("Thứ trưởng Thông tin và Truyền thông Hoàng Văn Bảo phát biểu.", []),
        # one head over names listed after ";" (each a word in sentence case)
        (
            "Bộ trưởng yêu cầu Cục trưởng Cục Viễn thông; Báo chí, Thông tin đối ngoại hỗ trợ tỉnh.",
            ["Cục Viễn thông", "Cục Báo chí", "Cục Thông tin đối ngoại"],
        ),
        ("Cục Thuế; Cục Hải quan đã báo cáo.", ["Cục Thuế", "Cục Hải quan"]),
        # a name with a head of its own after ";" is another kind of body, not the first head's
        ("Tham dự có lãnh đạo Sở Y tế; Bệnh viện Bạch Mai.", ["Sở Y tế", "Bệnh viện Bạch Mai"]),
        ("Tham dự có lãnh đạo Sở Y tế; Công an tỉnh.", ["Sở Y tế", "Công an tỉnh"]),
        # a place that ends the first name is no holder's name that ends the list
        (
            "Ông An, Giám đốc Sở Y tế Hà Nội; Giáo dục; Tài chính phát biểu.",
            ["Sở Y tế Hà Nội", "Sở Giáo dục", "Sở Tài chính"],
        ),
        # a state body's fields, read whole whatever their separators and case (state_fields.txt)
        ("Bộ Lao động, Thương binh và Xã hội đã ban hành hướng dẫn.", ["Bộ Lao động, Thương binh và Xã hội"]),
        ("Bộ Lao động-Thương binh và Xã hội đã ban hành hướng dẫn.", ["Bộ Lao động-Thương binh và Xã hội"]),
        (
            "Sở Văn hóa - Thể thao và Du lịch tỉnh Hà Nam tổ chức giải chạy.",
            ["Sở Văn hóa - Thể thao và Du lịch tỉnh Hà Nam"],
        ),
        (
            "Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng đã thẩm tra dự án luật.",
            ["Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng"],
        ),
        # a ministry's department whose official name holds commas
        (
            "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ đã kiểm tra chung cư.",
            ["Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"],
        ),
        ("Cục Quản lý, giám sát bảo hiểm đã xử phạt hai công ty.", ["Cục Quản lý, giám sát bảo hiểm"]),
        # what is prevented runs in lower case up to the predicate, not into it
        ("Tổng cục Phòng, chống thiên tai đánh giá cao sáng kiến.", ["Tổng cục Phòng, chống thiên tai"]),
        # a family-name syllable before a lower-case one begins no person's name
        ("Hiệu trưởng đã báo cáo Phòng Giáo dục và Đào tạo Sa Pa.", ["Phòng Giáo dục và Đào tạo Sa Pa"]),
        (
            "Theo Trung tâm Nghiên cứu Chiến lược và Quan hệ Quốc tế, giá dầu sẽ tăng.",
            ["Trung tâm Nghiên cứu Chiến lược và Quan hệ Quốc tế"],
        ),
        # two lines of work joined by "và" in a company's name, ended by the company's own name
        (
            "Công ty cổ phần Xây dựng thương mại và Dịch vụ vận tải Hồng Lam đã nộp thuế.",
            ["Công ty cổ phần Xây dựng thương mại và Dịch vụ vận tải Hồng Lam"],
        ),
        ("Công ty Vận tải và du lịch đã nộp thuế.", ["Công ty Vận tải"]),
        # a syllable that is a verb alone ("thương") inside a lower-case noun ("thương mại")
        ("Trung tâm Xúc tiến thương mại Hải Dương tổ chức hội chợ.", ["Trung tâm Xúc tiến thương mại Hải Dương"]),
        # a lower-case line of work joined by a dash ("đường bộ - đường sắt")
        (
            "Phòng Cảnh sát giao thông đường bộ - đường sắt đã ra quân.",
            ["Phòng Cảnh sát giao thông đường bộ - đường sắt"],
        ),
        # a unit's number before the predicate or before another body, or before its place
        ("Giám đốc Bệnh viện Quân y 121 cho rằng cần thêm giường bệnh.", ["Bệnh viện Quân y 121"]),
        ("Bệnh viện Quân y 121 Bộ Quốc phòng đã khánh thành khoa mới.", ["Bệnh viện Quân y 121", "Bộ Quốc phòng"]),
        ("Bệnh viện 108 Thanh Hóa đã khánh thành khoa mới.", ["Bệnh viện 108 Thanh Hóa"]),
        # a dash before another body's head ends the name
        (
            "Phòng Cảnh sát kinh tế - Công an tỉnh Hà Nam đã khởi tố vụ án.",
            ["Phòng Cảnh sát kinh tế", "Công an tỉnh Hà Nam"],
        ),
        # a name does not end in a conjunction, nor run on through "vào" to a place
        ("Công an huyện Đông Anh và chính quyền xã đã vào cuộc.", ["Công an huyện Đông Anh"]),
        ("Đoàn công tác của Ủy ban Kiểm tra Trung ương vào Cần Thơ làm việc.", ["Ủy ban Kiểm tra Trung ương"]),
        # a business line in lower case may join two lines by "và" before the company's name
        (
            "Doanh nghiệp tư nhân thương mại và dịch vụ Hoàng Long bị xử phạt.",
            ["Doanh nghiệp tư nhân thương mại và dịch vụ Hoàng Long"],
        ),
        # a ward listed after others is a place, not a body, whatever the model says
        ("Lãnh đạo các phường Yên Sở, Hoàng Liệt và Định Công dự hội nghị.", []),
        # the head of a village names a place, not a body
        ("Bà Hoàng Thị Lan, Trưởng thôn Đông Hội, phát biểu.", []),
        # the regional offices of 2025 named by their number
        ("Chi cục Hải quan khu vực II đã thu ngân sách.", ["Chi cục Hải quan khu vực II"]),
        ("Kho bạc Nhà nước khu vực 12 đã giải ngân.", ["Kho bạc Nhà nước khu vực 12"]),
        # a place's syllable with a glued apostrophe is the place's
        ("UBND xã Đắk R'Moan đã họp.", ["UBND xã Đắk R'Moan"]),
        # the 2025 tax, statistics and social security offices: the head and the place, no "Cục"
        ("Thuế thành phố Hải Phòng cho biết số thu tăng.", ["Thuế thành phố Hải Phòng"]),
        ("Thuế cơ sở 4 tỉnh Gia Lai đã hoàn thuế.", ["Thuế cơ sở 4 tỉnh Gia Lai"]),
        ("Thống kê tỉnh Điện Biên công bố số liệu.", ["Thống kê tỉnh Điện Biên"]),
        ("BHXH tỉnh Cà Mau chi trả lương hưu.", ["BHXH tỉnh Cà Mau"]),
        # (the city written short in one token)
        ("Thuế TP Hà Nội và Thuế TP.HCM chiếm 45% tổng thu.", ["Thuế TP Hà Nội", "Thuế TP.HCM"]),
        ("Theo Bảo hiểm xã hội TPHCM, số nợ giảm.", ["Bảo hiểm xã hội TPHCM"]),
        ("Thi hành án dân sự tỉnh Phú Thọ đã thu hồi 50 tỷ đồng.", ["Thi hành án dân sự tỉnh Phú Thọ"]),
        ("Công tác thi hành án dân sự năm nay đạt kết quả tốt.", []),
        # … and the regional offices below them, the field read whole before the region
        (
            "Phòng Thi hành án dân sự khu vực 2 tỉnh Phú Thọ đã thu hồi 2 tỷ đồng.",
            ["Phòng Thi hành án dân sự khu vực 2 tỉnh Phú Thọ"],
        ),
        ("Bảo hiểm xã hội Việt Nam đã chi trả lương hưu.", ["Bảo hiểm xã hội Việt Nam"]),
        # the social security offices below the regions, named by the former district they serve
        ("Bảo hiểm xã hội cơ sở Thanh Xuân đã chi trả lương hưu.", ["Bảo hiểm xã hội cơ sở Thanh Xuân"]),
        ("Năm nay BHXH cơ sở Cẩm Lệ thu 200 tỷ đồng.", ["BHXH cơ sở Cẩm Lệ"]),
        ("Bảo hiểm xã hội cơ sở vật chất tốt.", []),
        # a national steering body named by what it steers, in lower case after "về"
        ("Ủy ban Quốc gia về chuyển đổi số họp phiên toàn thể.", ["Ủy ban Quốc gia về chuyển đổi số"]),
        # alone, or before a lower-case word, they are a tax, a statistic, an insurance
        ("Thuế thu nhập doanh nghiệp giảm trong năm nay.", []),
        ("Thống kê cho thấy số vụ tai nạn giảm.", []),
        # an award's name is no body
        ("Các tổ dân phố giữ vững danh hiệu Tổ dân phố văn hóa.", []),
        # a place's name does not go on in lower case after the model's span
        (
            "HĐND phường Kim Liên đã bầu bà Trịnh Thu Hà giữ chức Chủ tịch UBND phường Kim Liên nhiệm kỳ 2021-2026.",
            ["HĐND phường Kim Liên", "UBND phường Kim Liên"],
        ),
        # a branch in lower case straight after its body is part of its name; alone it is a name too
        ("Sacombank chi nhánh tỉnh Nghệ An giải ngân 300 tỷ đồng.", ["Sacombank chi nhánh tỉnh Nghệ An"]),
        ("Ông Lê Văn An, nguyên Giám đốc chi nhánh Hải Phòng, bị bắt.", ["chi nhánh Hải Phòng"]),
        # a general federation begins at "Tổng"; "Tổng Thanh tra" is a title, not part of the body
        ("Tổng Liên đoàn Lao động Việt Nam ký kết chương trình.", ["Tổng Liên đoàn Lao động Việt Nam"]),
        ("Tổng Thanh tra Chính phủ Đoàn Văn Phong dự.", ["Thanh tra Chính phủ"]),
        # paired verbs joined by a comma inside a name, and a list of what is prevented after "về"
        ("Cục Quản lý khám, chữa bệnh đề nghị các bệnh viện kiểm tra.", ["Cục Quản lý khám, chữa bệnh"]),
        (
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thứ 27.",
            ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"],
        ),
        # a regional court or procuracy of 2025 names its province after a dash
        (
            "Viện kiểm sát nhân dân khu vực 2 - Gia Lai đã truy tố bị can.",
            ["Viện kiểm sát nhân dân khu vực 2 - Gia Lai"],
        ),
        # "Trưởng đoàn" and the short form after it make the delegation's name
        ("Ông Y Bình Niê, Phó Trưởng đoàn ĐBQH tỉnh Đắk Lắk, phát biểu.", ["đoàn ĐBQH tỉnh Đắk Lắk"]),
        # a ward or district named by its number
        ("Công an quận 5 (TP.HCM) cho biết đã bắt giữ đối tượng.", ["Công an quận 5"]),
        ("Hội Nông dân phường 7, TP Vũng Tàu đã tổ chức đại hội.", ["Hội Nông dân phường 7"]),
        ("UBND xã 3 lần được khen thưởng.", ["UBND xã"]),  # a count, not a number naming the unit
        # not after a head written in lower case inside another word ("Công trường")
        ("Công trường thi công sân bay Long Thành tấp nập.", []),
        # but bodies listed with their own heads stay apart
        ("Sở Tài chính, Sở Xây dựng và Sở Nội vụ đã họp.", ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"]),
        # a company's board, named in a post, is an institution beside the company; a bare board is not
        (
            "Bà Lê Thu Trang, Thành viên HĐQT Công ty cổ phần Đầu tư Sông Lam, đã từ nhiệm.",
            ["HĐQT Công ty cổ phần Đầu tư Sông Lam", "Công ty cổ phần Đầu tư Sông Lam"],
        ),
        ("Ông Vũ Khắc Hiếu thôi giữ chức Chủ tịch Hội đồng quản trị (HĐQT) từ tháng 3.", []),
        # "Trưởng ban" names its board even when the field's name begins like a head ("Tổ chức")
        ("Trưởng ban Tổ chức Huyện ủy Mai Văn Toản phát biểu.", ["Ban Tổ chức Huyện ủy"]),
        # a board inside the title ("Phó Trưởng Ban Thường trực") is the title's, when the post's
        # body has its own head; a head the title ends in goes on to the body
        ("Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Lê Văn Hòa dự.", ["Ban Dân vận Tỉnh ủy"]),
        # a standing body is one body alone, and the body of a "Thường trực" post before a name
        ("Thường trực HĐND tỉnh đã họp phiên thường kỳ.", ["Thường trực HĐND tỉnh"]),
        ("Thường trực Ban Bí thư Trần Cẩm Tú dự lễ.", ["Ban Bí thư"]),
        ("Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lê Văn Hòa dự.", ["Ủy ban Kiểm tra Tỉnh ủy"]),
        # a head the title ends in names the body also when written in lower case
        ("Ông Lê Văn Hòa, Phó Chủ nhiệm ủy ban Kinh tế, phát biểu.", ["Ủy ban Kinh tế"]),
        # a short form in brackets between a body's fields and its place: the name goes on
        (
            "Sở Tài nguyên và Môi trường (TN&MT) tỉnh Nghệ An đã kiểm tra. Sở TN&MT Nghệ An kết luận.",
            ["Sở Tài nguyên và Môi trường tỉnh Nghệ An"],
        ),
        ("Trạm Y tế (TYT) xã An Dương tiêm chủng.", ["Trạm Y tế xã An Dương"]),
        # … or its scope, its country
        ("Ủy ban An toàn giao thông (ATGT) Quốc gia đã họp.", ["Ủy ban An toàn giao thông Quốc gia"]),
        ("Hội Nông dân (HND) Việt Nam phát động thi đua.", ["Hội Nông dân Việt Nam"]),
        # a fund's line in lower case, as a company's ("Quỹ đầu tư | Dragon Capital"), but not
        # after a head that names its body whole
        ("Quỹ đầu tư Dragon Capital đã bán cổ phiếu.", ["Quỹ đầu tư Dragon Capital"]),
        ("Ngân hàng Nhà nước phải mua lại OceanBank.", ["Ngân hàng Nhà nước", "OceanBank"]),
        # a boarding school's kind, in lower case, is in its name
        (
            "Trường Phổ thông Dân tộc bán trú Trung học cơ sở xã Tả Van khai giảng.",
            ["Trường Phổ thông Dân tộc bán trú Trung học cơ sở xã Tả Van"],
        ),
        # a name like a person's right after a company's legal form is the company's (spelled
        # out too)
        ("Bà Lan, Giám đốc Công ty TNHH Minh Phát, cho biết.", ["Công ty TNHH Minh Phát"]),
        ("Giám đốc Công ty Trách nhiệm hữu hạn Trần Gia cho biết.", ["Công ty Trách nhiệm hữu hạn Trần Gia"]),
        ("Lô hàng của Công ty CP Đường Biên Hòa đã về.", ["Công ty CP Đường Biên Hòa"]),
        # "hàng không" (aviation) is one word: its "không" does not end the model's name
        ("Đại diện Văn phòng Hãng hàng không quốc gia Lào phát biểu.", ["Văn phòng Hãng hàng không quốc gia Lào"]),
        # a unit's head title before the unit's short form adds no head ("Viện trưởng | VKSND")
        ("Viện trưởng VKSND tỉnh Sơn La Lê Văn Quý dự họp.", ["VKSND tỉnh Sơn La"]),
        ("Ông Lò Văn Tú, Trạm trưởng TYT xã Chiềng An, cho biết.", ["TYT xã Chiềng An"]),
        ("Viện trưởng Viện Kinh tế Việt Nam Bùi Quang Tuấn phát biểu.", ["Viện Kinh tế Việt Nam"]),
        # a school or hospital named after a person, with its kind in a short form before the name
        ("Ông Nam, Hiệu trưởng trường ĐH Lê Quý Đôn, cho biết.", ["trường ĐH Lê Quý Đôn"]),
        ("Giám đốc Bệnh viện ĐK Trưng Vương cho biết bệnh viện quá tải.", ["Bệnh viện ĐK Trưng Vương"]),
        # a legal form of more than one word is no body of its own ("– Công ty cổ phần")
        ("Bộ chọn Tổng Công ty Vận tải thủy – Công ty cổ phần làm nhà đầu tư.", ["Tổng Công ty Vận tải thủy"]),
        (
            "Công ty Xăng dầu Khu vực II - Công ty TNHH Một thành viên bán 2 triệu m3 xăng dầu.",
            ["Công ty Xăng dầu Khu vực II"],
        ),
        # one name syllable after "Trường" is a person's or a place's name, not a school
        ("Trước đó, Trường Giang đã gặp tai nạn; Trường Sơn cũng có mặt.", []),
        ("Ông Nam, Hiệu trưởng Trường Marie Curie, cho biết.", ["Trường Marie Curie"]),
        # "và" joins fields inside a name, not a bare head to the next word or body
        ("Hai bị cáo Trường và Bắc phải chấp hành án.", []),
        ("Theo Quyết định của Thủ tướng Chính phủ và Chương trình hành động, tỉnh đã triển khai.", ["Chính phủ"]),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị.", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
        # after a semicolon a rank begins the next person, not a body of the same head
        ("Dự có Thứ trưởng Bộ Quốc phòng; Thượng tướng Lê Văn An; Đại tá Trần Văn Bình.", ["Bộ Quốc phòng"]),
        # an index and its short form in brackets are no body; a project's short form may be its company's
        (
            "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) của Sơn La tăng 5 bậc, Chỉ số Hiệu quả quản trị (PAPI) tăng 3 bậc.",
            [],
        ),
        # a document's number is no body
        ("Bộ đã ban hành Thông tư số 55/2011/TT-BGDĐT về điều lệ hội cha mẹ học sinh.", []),
        ("Thông báo số 558-TB/UBKTTW nêu rõ các yêu cầu khắc phục.", []),
        # a whole body's name does not go on with a line of work to a place ("Bộ Chính trị | nhấn mạnh …")
        ("Kết luận của Bộ Chính trị yêu cầu Hải Phòng phải đi đầu.", ["Bộ Chính trị"]),
        # "như" (such as), "hay", "hoặc" (or), "gồm" open a list after a lower-case head, not its name
        ("Một vài ngân hàng như Quân đội, VPBank hay OCB đã tăng vốn.", ["VPBank", "OCB"]),
        # the General Assembly is a body, its "Hội đồng" no body of its own; a congress is an event
        ("Ngoại trưởng phát biểu trước Đại Hội đồng Liên Hợp Quốc hôm 21/9.", ["Đại Hội đồng Liên Hợp Quốc"]),
        ("Đại hội đồng cổ đông thường niên của công ty diễn ra sáng nay.", []),
        ("Ông Trần Đình Long, Chủ tịch HĐQT, chia sẻ tại ĐHĐCĐ.", []),
        # the General Assembly with the world body written short
        ("Tổng thống phát biểu trước Đại hội đồng LHQ ngày 19/9.", ["Đại hội đồng LHQ"]),
        # a school of two levels joined by "và" or "&", the first perhaps in lower case; levels
        # listed after "các cấp" are no school
        ("Cô về dạy ở Trường Tiểu học và THCS Nậm Có từ năm 2016.", ["Trường Tiểu học và THCS Nậm Có"]),
        ("Cô về dạy ở Trường tiểu học & THCS Pá Vệ Sủ từ năm 2016.", ["Trường tiểu học & THCS Pá Vệ Sủ"]),
        # a joint-stock company by its initials, before a head or a line of business (VLSP 2018
        # tags all four CTCP names whole)
        ("CTCP Tập đoàn Hòa Phát (HOSE: HPG) vừa công bố báo cáo.", ["CTCP Tập đoàn Hòa Phát", "HOSE"]),
        ("Cùng đợt, CTCP Chứng khoán APG bị phạt 185 triệu đồng.", ["CTCP Chứng khoán APG"]),
        # a name that ends in a province with no title before it is a brand's, no person's
        (
            "Theo Công ty CP Nông nghiệp quốc tế Hoàng Anh Gia Lai (HNG), lãi tăng.",
            ["Công ty CP Nông nghiệp quốc tế Hoàng Anh Gia Lai"],
        ),
        # a boarding school's kind, in full or by its initials, before the two levels
        (
            "Cô về dạy ở Trường Phổ thông dân tộc bán trú Tiểu học và THCS Pa Vệ Sủ từ năm 2016.",
            ["Trường Phổ thông dân tộc bán trú Tiểu học và THCS Pa Vệ Sủ"],
        ),
        ("Em học Trường PTDTBT Tiểu học và THCS Nậm Có từ năm 2016.", ["Trường PTDTBT Tiểu học và THCS Nậm Có"]),
        ("Các cấp THCS và THPT trên địa bàn đều khai giảng.", []),
        # a lower-case head inside a word the segmenter split ("môi trường", "chính trường") is
        # none; after a preposition it is ("từ | trường THCS …")
        ("Bà bước chân vào chính trường Đức sau khi Chiến tranh Lạnh kết thúc.", []),
        ("Cô giáo được điều chuyển từ trường THCS An Đồng sang trường khác.", ["trường THCS An Đồng"]),
        # a model name cut before its predicate drops a dangling preposition
        ("Chuyên gia sẽ chia sẻ với bạn đọc của Nhân Dân điện tử về: quan điểm mới.", ["Nhân Dân điện tử"]),
        # a head inside a country's name is no body ("Tây | Ban Nha"); a code of law is no ministry
        ("Đội tuyển Tây Ban Nha thắng, hãng tin AFP cho biết.", ["AFP"]),
        ("Đại sứ quán Tây Ban Nha tại Hà Nội tổ chức lễ.", ["Đại sứ quán Tây Ban Nha tại Hà Nội"]),
        ("Đội khách đánh bại Hải Phòng 2-1 trên sân Lạch Tray.", []),
        ("Bộ Lao động đã trình dự thảo Bộ Luật Lao động sửa đổi.", ["Bộ Lao động"]),
        # a name does not end inside a word: "Hàng | không", "Ca | múa", "hàng | không"
        ("Theo đó, Lực lượng Hàng không Vũ trụ Nga đã yểm trợ quân đội Syria.", ["Lực lượng Hàng không Vũ trụ Nga"]),
        ("Đêm diễn do Nhà hát Ca múa nhạc Quân đội biểu diễn.", ["Nhà hát Ca múa nhạc Quân đội"]),
        ("Hãng hàng không Thổ Nhĩ Kỳ đã đặt 40 chiếc máy bay.", ["Hãng hàng không Thổ Nhĩ Kỳ"]),
        # a school's head and level name a kind of school, not one ("Trường tiểu học tại …")
        (
            "Một phụ huynh học sinh Trường tiểu học tại Đà Nẵng đã gửi đơn lên Bộ Giáo dục và Đào tạo.",
            ["Bộ Giáo dục và Đào tạo"],
        ),
        ("Con chị đang học trường Tiểu học tại huyện Gia Lâm.", []),
        ("Ông Lê Văn An, Hiệu trưởng Trường Tiểu học Kim Lan, phát biểu.", ["Trường Tiểu học Kim Lan"]),
        # a head is a whole word: the verb after it is no word with its last syllable ("hội | kiến nghị")
        ("Tại hội thảo, Hiệp hội kiến nghị khi sửa đổi quy định cần bảo đảm quyền tự chủ.", []),
        # after a plural, a kind of school with only its place names none; schools with names do
        ("Đoàn đã khảo sát một số trường tiểu học quận Thanh Xuân.", []),
        ("Các trường THCS huyện Gia Lâm đã khai giảng.", []),
        (
            "Học sinh các trường Tiểu học Kỳ Thịnh 2, THPT Kỳ Anh đã trở lại lớp.",
            ["Tiểu học Kỳ Thịnh 2", "THPT Kỳ Anh"],
        ),
        # "nào" (any, which) ends a lower-case head's reach: "ngân hàng nào ra khỏi … Mỹ" names none
        ("Bộ Tài chính sẽ loại bỏ bất kỳ tổ chức ngân hàng nào ra khỏi hệ thống tài chính Mỹ.", ["Bộ Tài chính"]),
        # a head right after "Luật" names the law, not the body
        ("Liên đoàn Lao động tỉnh tuyên truyền Luật Công đoàn 2024 tới người lao động.", ["Liên đoàn Lao động tỉnh"]),
        ("Các xã triển khai Luật Hợp tác xã 2023.", []),
        # the high courts, named with the city they sit in; an investigation agency's name in lower case
        ("Ngày 5-3, TAND Cấp cao tại Đà Nẵng mở phiên tòa phúc thẩm.", ["TAND Cấp cao tại Đà Nẵng"]),
        ("Cơ quan Cảnh sát điều tra bước đầu xác định nguyên nhân.", ["Cơ quan Cảnh sát điều tra"]),
        # a whole party committee does not go on in lower case (its place in capitals does)
        ("Sở chưa đề xuất với Ban Thường vụ Tỉnh ủy nhân sự thay thế.", ["Ban Thường vụ Tỉnh ủy"]),
        ("Đại diện Trường Cao đẳng hàng không quốc gia phát biểu.", ["Trường Cao đẳng hàng không quốc gia"]),
        # after a dash, a name's syllable the segmenter glued to the verb after it ends the name
        ("Người dân sống gần Công ty Việt - Trung chịu ảnh hưởng.", ["Công ty Việt - Trung"]),
        # a steering committee's matter in lower case; a unit numbered after "số"
        (
            "Ban Chỉ đạo phòng, chống thiên tai thành phố kiểm tra đê.",
            ["Ban Chỉ đạo phòng, chống thiên tai thành phố"],
        ),
        ("Chi bộ tổ dân phố số 12 tổ chức đại hội.", ["Chi bộ tổ dân phố số 12"]),
        # a 2025 Party committee whose name holds a comma (state_fields.txt)
        (
            "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương tổ chức hội nghị.",
            ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"],
        ),
        (
            "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Nghệ An tổ chức đại hội.",
            ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Nghệ An"],
        ),
        # an election board, its field in lower case after "Ban"; elsewhere "bầu cử" is a verb
        (
            "Ban bầu cử đại biểu Quốc hội số 1 thành phố Hà Nội họp phiên đầu tiên.",
            ["Ban bầu cử đại biểu Quốc hội số 1 thành phố Hà Nội"],
        ),
        ("Quốc hội bầu cử Chủ tịch nước vào chiều nay.", ["Quốc hội"]),
        # the election councils above the boards, their field in lower case too
        ("Hội đồng bầu cử quốc gia công bố danh sách 864 người ứng cử.", ["Hội đồng bầu cử quốc gia"]),
        ("Ủy ban bầu cử thành phố Hà Nội họp phiên thứ 3.", ["Ủy ban bầu cử thành phố Hà Nội"]),
        # a specialized project management board, its field in lower case, then its unit
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp thành phố khởi công dự án.",
            ["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp thành phố"],
        ),
        # the plural line of members after an inner head, as after the first
        (
            "Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng thành phố họp.",
            ["Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng thành phố"],
        ),
        # an appointment's verb after the body that appoints begins the predicate
        ("Ban Thường vụ Huyện ủy điều động, chỉ định ông Hà Văn Bảy.", ["Ban Thường vụ Huyện ủy"]),
        # a working group is named by its number or its owner; alone it is any team
        ("Tổ công tác số 4 kiểm tra công tác chuẩn bị đại hội.", ["Tổ công tác số 4"]),
        (
            "Hôm qua Tổ công tác của Thủ tướng Chính phủ làm việc với Bộ Xây dựng.",
            ["Tổ công tác của Thủ tướng Chính phủ", "Bộ Xây dựng"],
        ),
        ("Tổ công tác đã kiểm tra 30 cơ sở kinh doanh.", []),
        # so is a polling area's election body, by its number and its place
        ("Tổ bầu cử số 7 xã Mê Linh niêm yết danh sách cử tri.", ["Tổ bầu cử số 7 xã Mê Linh"]),
        ("Các Tổ bầu cử đã nhận tài liệu.", []),
        # one office of two bodies, one spelled out and the other abbreviated
        (
            "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Yên Bái tổng hợp ý kiến cử tri.",
            ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Yên Bái"],
        ),
        # the Front's funds named by whom they serve, in lower case, past "được" and a comma
        ("Xã đã vận động Quỹ Vì người nghèo được 800 triệu đồng.", ["Quỹ Vì người nghèo"]),
        ("Quỹ Vì biển, đảo Việt Nam tiếp nhận 3 tỷ đồng.", ["Quỹ Vì biển, đảo Việt Nam"]),
        # a board's line of work runs, verbs and all, into the short form its initials spell
        # ("dự án", with "dự" a verb; "án" gives the A), then on in sentence case to its place
        (
            "Ban Quản lý dự án (QLDA) Đầu tư Xây dựng công trình giao thông TP Hải Phòng khởi công cầu.",
            ["Ban Quản lý dự án Đầu tư Xây dựng công trình giao thông TP Hải Phòng"],
        ),
        # two words in sentence case, then a line of work ("công trình", not the verb "trình")
        # to the place written with a short unit
        (
            "Giám đốc Ban QLDA Đầu tư Xây dựng công trình dân dụng TP Đà Nẵng cho biết.",
            ["Ban QLDA Đầu tư Xây dựng công trình dân dụng TP Đà Nẵng"],
        ),
        ("Ông Lê Văn Hà, Chủ tịch Hội quy hoạch TP Đà Nẵng, phát biểu.", ["Hội quy hoạch TP Đà Nẵng"]),
        # but a two-syllable verb after a body is its predicate ("quy định")
        ("Thông tư của Bộ Tài chính quy định, cá nhân nộp thuế khoán.", ["Bộ Tài chính"]),
        # a body named by a law's term, its lower-case words and "vừa" (just) included
        (
            "Bà Lê Thị Hoa, Phó Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An, phát biểu.",
            ["Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An"],
        ),
        ("Quỹ Phát triển doanh nghiệp nhỏ và vừa giải ngân vốn vay.", ["Quỹ Phát triển doanh nghiệp nhỏ và vừa"]),
        # a brand no dictionary knows ends the name: the lower case after it is what the body does
        ("Tập đoàn Masterise khởi công dự án.", ["Tập đoàn Masterise"]),
        ("Công ty Vinamilk khởi công nhà máy; sản lượng tăng.", ["Công ty Vinamilk"]),
        # unless a name ends the lower case: a foreign name's own words
        ("Khách vay vốn của ngân hàng Bank of Tokyo tăng.", ["ngân hàng Bank of Tokyo"]),
        # a regional court's province after the dash, also a city written short
        ("Tòa án nhân dân khu vực 7 - TP.HCM xét xử sơ thẩm vụ án.", ["Tòa án nhân dân khu vực 7 - TP.HCM"]),
        (
            "Tòa án nhân dân khu vực 3 - TP Hồ Chí Minh xét xử sơ thẩm vụ án.",
            ["Tòa án nhân dân khu vực 3 - TP Hồ Chí Minh"],
        ),
        # "và" before a body named by its place is another body, where the model runs on through it
        (
            "Kho bạc Nhà nước khu vực I và Thuế cơ sở 2 TP Hà Nội phối hợp thu ngân sách.",
            ["Kho bạc Nhà nước khu vực I", "Thuế cơ sở 2 TP Hà Nội"],
        ),
        ("Sở Tài chính và Thống kê tỉnh Nghệ An họp.", ["Sở Tài chính", "Thống kê tỉnh Nghệ An"]),
        # the people's armed forces named by their country; alone, the army in general
        (
            "Hải quân nhân dân Việt Nam và Cảnh sát biển Việt Nam phối hợp với Quân đội nhân dân Lào.",
            ["Hải quân nhân dân Việt Nam", "Cảnh sát biển Việt Nam", "Quân đội nhân dân Lào"],
        ),
        ("Các chiến sĩ cảnh sát biển luôn sẵn sàng.", []),
        # a verb after a body's name, though its first syllable makes a word with the name's last
        # ("chính đề"); a word of three syllables goes on ("xuất nhập khẩu")
        ("Bộ Tài chính đề xuất giảm thuế suất thuế nhập khẩu ô tô.", ["Bộ Tài chính"]),
        ("Công ty TNHH xuất nhập khẩu Đông Á vừa khai trương.", ["Công ty TNHH xuất nhập khẩu Đông Á"]),
        # "và" and a head after a sentence-case name's lower-case tail: another body
        ("Cục Quản lý tài nguyên nước và Viện Địa chất ký kết.", ["Cục Quản lý tài nguyên nước", "Viện Địa chất"]),
        # a mission abroad is named with where it serves
        (
            "Đại sứ quán Việt Nam tại Hàn Quốc và Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng tổ chức lễ.",
            ["Đại sứ quán Việt Nam tại Hàn Quốc", "Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng"],
        ),
        ("Đại sứ quán Pháp tại đây cho biết.", ["Đại sứ quán Pháp"]),
        # a host city after its unit word ("tại | TP | Hồ Chí Minh")
        ("Tổng Lãnh sự quán Hoa Kỳ tại TP Hồ Chí Minh tổ chức lễ.", ["Tổng Lãnh sự quán Hoa Kỳ tại TP Hồ Chí Minh"]),
        # "và" after a brand joins another body, not a line of work of the first
        ("Quỹ đầu tư VinaCapital và hãng xe VinFast công bố hợp tác.", ["Quỹ đầu tư VinaCapital", "VinFast"]),
        ("Ngân hàng Shinhan và Samsung Electronics ký thỏa thuận.", ["Ngân hàng Shinhan", "Samsung Electronics"]),
        # a partner named by its brand alone, before or after a company, and in a list of them
        ("Hôm qua, Ngân hàng Sacombank và Dai-ichi Life ký thỏa thuận.", ["Ngân hàng Sacombank", "Dai-ichi Life"]),
        (
            "Vietjet và Tổng công ty Hàng không Việt Nam đều tăng chuyến.",
            ["Vietjet", "Tổng công ty Hàng không Việt Nam"],
        ),
        (
            "Ngân hàng Á Châu, Dai-ichi Life và Prudential cùng ký thỏa thuận.",
            ["Ngân hàng Á Châu", "Dai-ichi Life", "Prudential"],
        ),
        # a brand first in a comma list, before a company
        (
            "Trong khi đó, MB, Ngân hàng Á Châu và Techcombank giữ nguyên lãi suất.",
            ["MB", "Ngân hàng Á Châu", "Techcombank"],
        ),
        # an announcing verb that ends the clause is the body's act, not the end of its name
        ("Công ty Hòa Phát công bố. Tổng công ty EVN thông báo.", ["Công ty Hòa Phát", "Tổng công ty EVN"]),
        # a city written short in capitals ends a name before "và", as a place's name in words does
        ("Đại học Y Dược TPHCM và Khoa Dược đều tăng chỉ tiêu.", ["Đại học Y Dược TPHCM", "Khoa Dược"]),
        # a place after its unit goes on neither in lower case the segmenter glued to it ("công
        # tích") nor into the reporter's mark, whatever the place ("Khánh Công", "Vũ Linh")
        ("Sở đã chỉ đạo Phòng Giáo dục huyện Khánh Công tích cực phối hợp.", ["Phòng Giáo dục huyện Khánh Công"]),
        (
            "Tại buổi làm việc với ông Nguyễn Viết Giai - Trưởng Phòng Tài nguyên môi trường huyện Vũ Linh PV đã cung cấp clip.",
            ["Phòng Tài nguyên môi trường huyện Vũ Linh"],
        ),
        # a lower-case head right after a title begins a body, though the segmenter glued "đốc chi"
        ("Ông Trần Văn Bình, Giám đốc chi nhánh thành phố Đà Nẵng, cho biết.", ["chi nhánh thành phố Đà Nẵng"]),
        # a branch inside a post's body is that body's, not one more
        (
            "Ông Trần Văn Bình, Giám đốc Vietcombank chi nhánh tỉnh Quảng Nam, cho biết.",
            ["Vietcombank chi nhánh tỉnh Quảng Nam"],
        ),
        # (and written with its capital, as banks write their branches' names)
        (
            "Ông Lê Văn Nam, Giám đốc Vietcombank Chi nhánh Thăng Long, cho biết.",
            ["Vietcombank Chi nhánh Thăng Long"],
        ),
        ("Agribank Chi nhánh tỉnh Thanh Hóa giải ngân 500 tỷ đồng.", ["Agribank Chi nhánh tỉnh Thanh Hóa"]),
        # a state's formal name is a place, however the model reads it
        ("Chủ tịch nước tiếp Đại sứ Đặc mệnh toàn quyền Cộng hòa Liên bang Đức Helga Margarete Barth.", []),
        # "và" the segmenter glued to a listed field ("mại và") still joins the list's last field
        (
            "Đại diện Bộ Đầu tư, Thương mại và Công nghiệp Malaysia cùng dự.",
            ["Bộ Đầu tư, Thương mại và Công nghiệp Malaysia"],
        ),
        # the school levels written in full, as "THPT" and "THCS" are short
        (
            "Học sinh Trung học cơ sở Mỹ Đình 1 và Trường Trung học phổ thông chuyên Trần Đại Nghĩa đạt giải.",
            ["Trung học cơ sở Mỹ Đình 1", "Trường Trung học phổ thông chuyên Trần Đại Nghĩa"],
        ),
        # a ministry's or department's field in lower case, alone or after a body it holds
        (
            "Theo Bộ tài chính và Cục Quản lý giá Bộ công thương, giá xăng giảm. Bộ quần áo mới rất đẹp.",
            ["Bộ tài chính", "Cục Quản lý giá Bộ công thương"],
        ),
        # a line of work in lower case goes on to its place after a unit word capitalized
        (
            "Bà làm ở Trường Đào tạo bồi dưỡng nghiệp vụ kiểm sát Thành phố Hồ Chí Minh.",
            ["Trường Đào tạo bồi dưỡng nghiệp vụ kiểm sát Thành phố Hồ Chí Minh"],
        ),
        # a ward's or district's number with the clause's verb after it; a count after it is no number
        (
            "Phòng GD&ĐT quận 1 sẽ khen thưởng. Công an phường 5 đã bắt giữ đối tượng. Hội Nông dân xã 3 thôn đã họp.",
            ["Phòng GD&ĐT quận 1", "Công an phường 5", "Hội Nông dân xã"],
        ),
        # what a national body deals with, in lower case after "quốc gia về"; no head, no body
        (
            "Hội đồng Quốc gia về phát triển bền vững vừa họp. Trung tâm Điều phối quốc gia về ghép bộ phận"
            " cơ thể người đã điều phối 25 tạng. Đề án Quốc gia về đào tạo được triển khai.",
            [
                "Hội đồng Quốc gia về phát triển bền vững",
                "Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người",
            ],
        ),
        # a head after "Diễn đàn" names a forum's theme, no body; in lower case it is a body's floor
        (
            "Bộ Công Thương phối hợp với Diễn đàn Doanh nghiệp APEC tổ chức hội thảo trên diễn đàn Hội"
            " Nông dân Việt Nam.",
            ["Bộ Công Thương", "Hội Nông dân Việt Nam"],
        ),
        # a name after an honorific or "bị cáo" is a person's, though the model tags it ORG
        (
            "TAND tỉnh Đắk Lắk xét xử bị cáo Y Bhim Niê và bị cáo H'Linh Mlô. Chị H'Linh Mlô khai nhận."
            " Theo báo Anh Mirror, vụ việc gây chú ý.",
            ["TAND tỉnh Đắk Lắk", "Mirror"],
        ),
        # a name's lower-case tail ends where a tense word opens the predicate; a time is no tail
        (
            "Vụ Chính sách tiền tệ đang theo dõi sát tỷ giá. Bộ Y tế mới đây đã ban hành hướng dẫn.",
            ["Vụ Chính sách tiền tệ", "Bộ Y tế"],
        ),
        # a permanent mission's name holds the world body it is accredited to, after "bên cạnh"
        (
            "Phái đoàn đại diện thường trực Việt Nam bên cạnh Liên hợp quốc và Phái đoàn thường trực"
            " Việt Nam bên cạnh UNESCO đã tổ chức hội thảo.",
            [
                "Phái đoàn đại diện thường trực Việt Nam bên cạnh Liên hợp quốc",
                "Phái đoàn thường trực Việt Nam bên cạnh UNESCO",
            ],
        ),
        # a steering committee's matter that opens with an activity, the clause's predicate after it
        (
            "Ban Chỉ đạo phát triển ngành tôm đã họp. Ban Chỉ đạo họp trực tuyến đã thống nhất. Ban Chỉ"
            " đạo ban hành kế hoạch và đã triển khai.",
            ["Ban Chỉ đạo phát triển ngành tôm"],
        ),
        # a post's unit named again by its head's first word alone is no body of its own
        (
            "Thiếu tá Vàng A Chư, Đồn trưởng Đồn Biên phòng Huổi Lếch và Trung tá Lý Văn Sơn, Chính trị"
            " viên Đồn đã hỗ trợ.",
            ["Đồn Biên phòng Huổi Lếch"],
        ),
        # a hospital's or an academy's bare head after a title refers back to the one named in
        # full before: the name after it is the holder's; a school named so again keeps its name
        (
            "Bệnh viện Nhi Trung ương ký kết hợp tác. Giám đốc Bệnh viện Trần Minh Điển và đại diện"
            " WHO đã ký. Học viện Ngoại giao khai giảng. Giám đốc Học viện Phạm Lan Dung phát biểu.",
            ["Bệnh viện Nhi Trung ương", "WHO", "Học viện Ngoại giao"],
        ),
        (  # the body's whole name before, then a person's name after it; enrolment is the body's act
            "Học viện Ngân hàng tuyển sinh 4.000 chỉ tiêu. Giám đốc Học viện Ngân hàng Đỗ Thị Kim Hảo cho biết.",
            ["Học viện Ngân hàng"],
        ),
        (
            "Trường THPT Lương Thế Vinh khai giảng. Hiệu trưởng Trường Lương Thế Vinh cho biết.",
            ["Trường THPT Lương Thế Vinh", "Trường Lương Thế Vinh"],
        ),
        # fields in sentence case joined by a dash go on in lower case to the place, as after "và"
        (
            "Sở Y tế đã gửi mẫu tới Viện Vệ sinh - Y tế công cộng TP.HCM. Phòng Văn hóa - Xã hội tổ chức họp.",
            ["Sở Y tế", "Viện Vệ sinh - Y tế công cộng TP.HCM", "Phòng Văn hóa - Xã hội"],
        ),
        # a branch of the central bank, whose head names it whole; not the clause after the bank
        (
            "Ngân hàng Nhà nước chi nhánh Hà Nội cho biết dư nợ tăng. Ngân hàng Nhà nước chi nhánh ngân"
            " hàng thương mại.",
            ["Ngân hàng Nhà nước chi nhánh Hà Nội", "Ngân hàng Nhà nước"],
        ),
        # "nay" (now) ends a body's name: what it is now called follows
        (
            "Tổng cục Tiêu chuẩn Đo lường Chất lượng nay là Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia.",
            ["Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"],
        ),
        # two continents joined by a dash name one region
        (
            "Vụ trưởng Vụ Thị trường châu Âu - châu Mỹ Trần Thu Quỳnh cho biết.",
            ["Vụ Thị trường châu Âu - châu Mỹ"],
        ),
        # a country and a bloc joined by a dash are the body's pair, as two countries are
        (
            "Chủ tịch Hội đồng Kinh doanh Hoa Kỳ - ASEAN Ted Osius cho biết.",
            ["Hội đồng Kinh doanh Hoa Kỳ - ASEAN"],
        ),
        # also a world body's short form right after the head, paired with a country
        (
            "Tổng Thư ký Trung tâm ASEAN - Nhật Bản Hirata Kunihiko cho biết.",
            ["Trung tâm ASEAN - Nhật Bản"],
        ),
        # the departments of ministries whose fields go on past a word the grammar would stop at
        # (state_fields.txt)
        ("Vụ trưởng Vụ Thị trường trong nước Nguyễn Thúy Hiền cho biết.", ["Vụ Thị trường trong nước"]),
        ("Theo Vụ Tín dụng các ngành kinh tế, dư nợ tăng.", ["Vụ Tín dụng các ngành kinh tế"]),
        ("Cục trưởng Cục Kiểm soát ô nhiễm môi trường Nguyễn Văn Hải cho biết.", ["Cục Kiểm soát ô nhiễm môi trường"]),
        (
            "Vụ Các tổ chức quốc tế và Vụ Chính sách đối ngoại phối hợp.",
            ["Vụ Các tổ chức quốc tế", "Vụ Chính sách đối ngoại"],
        ),
        (
            "Vụ trưởng Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương Nguyễn Hoàng Nguyên dự.",
            ["Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương"],
        ),
        # "nay" (now) after a lower-case tail: what the body is called now follows
        (
            "Tổng cục Quản lý thị trường nay là Cục Quản lý và Phát triển thị trường trong nước.",
            ["Tổng cục Quản lý thị trường", "Cục Quản lý và Phát triển thị trường trong nước"],
        ),
        ("Cục Quản lý thị trường sáng nay cho biết.", ["Cục Quản lý thị trường"]),
        # a national scope closes a lower-case tail after one field, a verb or "không gian" inside it
        (
            "Giám đốc Trung tâm Giám sát an toàn không gian mạng quốc gia Nguyễn Văn Hải cho biết.",
            ["Trung tâm Giám sát an toàn không gian mạng quốc gia"],
        ),
        ("Theo Trung tâm Điều phối ghép tạng quốc gia, năm nay có 100 ca.", ["Trung tâm Điều phối ghép tạng quốc gia"]),
        ("Bộ Công an kiểm tra an ninh quốc gia.", ["Bộ Công an"]),
        (
            "Viện trưởng Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương Nguyễn Văn Hải cho biết.",
            ["Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương"],
        ),
        # a word of tense after a lower-case tail: the predicate begins, the tail is the name's
        ("Quỹ Nghĩa tình đồng đội đã hỗ trợ 150 tỷ đồng.", ["Quỹ Nghĩa tình đồng đội"]),
        ("Quỹ Bảo trợ trẻ em sẽ hỗ trợ.", ["Quỹ Bảo trợ trẻ em"]),
        (
            "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An vừa tổ chức hội nghị.",
            ["Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An"],
        ),
        # an office served is no body, though its title opens with a head's word ("Bộ trưởng")
        (
            "Trợ lý Bộ trưởng Bộ Ngoại giao Hoa Kỳ Daniel Kritenbrink cho biết.",
            ["Bộ Ngoại giao Hoa Kỳ"],
        ),
        # a title in the plural over a list of people is no head shared by bodies
        ("Dự có các Bộ trưởng: Nguyễn Văn Thắng (Tài chính), Trần Đức Thắng (Nội vụ).", []),
        # a listed field right after an inner head is read whole, as right after the first head
        (
            "Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương họp.",
            ["Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"],
        ),
        # a regional or numbered office is another body than the one it belongs to
        (
            "Kiểm toán Nhà nước công bố kết quả. Kiểm toán Nhà nước chuyên ngành IV và Kiểm toán Nhà nước"
            " khu vực I đã hoàn thành kế hoạch.",
            ["Kiểm toán Nhà nước", "Kiểm toán Nhà nước chuyên ngành IV", "Kiểm toán Nhà nước khu vực I"],
        ),
        (
            "Vụ trưởng Vụ Thực hành quyền công tố và kiểm sát điều tra án tham nhũng, chức vụ Nguyễn Văn Hải báo cáo.",
            ["Vụ Thực hành quyền công tố và kiểm sát điều tra án tham nhũng, chức vụ"],
        ),
        # a field after a dash that the segmenter made one word with the country after it
        (
            "Tổng Giám đốc Tập đoàn Than - Khoáng sản Việt Nam Nguyễn Văn Hải cho biết.",
            ["Tập đoàn Than - Khoáng sản Việt Nam"],
        ),
        # a ward whose own name holds a dash, after its unit
        (
            "Bí thư Đảng ủy phường Xuân Hương - Đà Lạt Đặng Trí Dũng tiếp thu ý kiến.",
            ["Đảng ủy phường Xuân Hương - Đà Lạt"],
        ),
        # an institute's name holds a comma (state_fields.txt)
        (
            "Viện trưởng Viện Nghiên cứu Chiến lược, Chính sách Công Thương Nguyễn Văn Hải cho biết.",
            ["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
        ),
        (
            "Giám đốc Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Lào Cai Lê Văn Hải cho biết.",
            ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Lào Cai"],
        ),
        (
            "Giám đốc Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh Nghệ An Lê Văn Hải cho biết.",
            ["Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh Nghệ An"],
        ),
        # a unit the segmenter glued to the field before it ("giáo tỉnh", a word of the dictionary too)
        (
            "Ông Lê Văn Tâm, Giám đốc Sở Dân tộc và Tôn giáo tỉnh cho biết kết quả tăng.",
            ["Sở Dân tộc và Tôn giáo tỉnh"],
        ),
        # a lower-case tail before the speaker's act ("trao", clause_verbs.txt)
        (
            "Ông Nguyễn Văn Hiền, Giám đốc Học viện Chính trị Công an nhân dân trao giấy khen.",
            ["Học viện Chính trị Công an nhân dân"],
        ),
        # the people's police in lower case inside a school's name, before any verb (bound_names.txt)
        (
            "Ông Nguyễn Văn Hiền, Giám đốc Học viện Chính trị Công an nhân dân tiếp đoàn công tác.",
            ["Học viện Chính trị Công an nhân dân"],
        ),
        # an officer's line of work is no body (officer_lines.txt)
        (
            "Công ty CP Tập đoàn Hòa Phát vừa công bố kết quả. Theo bà Nguyễn Thị Thảo Nguyên, Thành viên HĐQT"
            " kiêm Giám đốc Quan hệ nhà đầu tư của Hòa Phát, sản lượng thép tăng 20%.",
            ["Công ty CP Tập đoàn Hòa Phát"],
        ),
        # a brand the segmenter glued to the verb after it
        (
            "Bà Trần Anh Đào, Phó Tổng Giám đốc HoSE trao quyết định niêm yết cho công ty.",
            ["HoSE"],
        ),
        # peoples listed after "đồng bào" are no bodies, though the model may tag one
        ("Trên địa bàn xã có 98% hộ dân là đồng bào H'Mông, Hà Nhì.", []),
        ("Ban Quản lý dự án đầu tư xây dựng tỉnh vừa khởi công.", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
        # "các cấp" (at every level) after a body is no part of its name
        ("Nhiệm kỳ qua, Quỹ Hỗ trợ nông dân các cấp đã giải ngân 5.200 tỷ đồng.", ["Quỹ Hỗ trợ nông dân"]),
        # bodies whose lower-case field after their head is their name's (lower_case_names.txt)
        (
            "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài họp với các nhà tài trợ.",
            ["Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài"],
        ),
        (
            "Phòng CSGT đường bộ - đường sắt Công an TP HCM ra quân xử lý vi phạm.",
            ["Phòng CSGT đường bộ - đường sắt Công an TP HCM"],
        ),
        # a club: a body's name inside it is the club's ("Công an Hà Nội"); a country's club is none
        ("CLB Công an Hà Nội thắng 2-0 trên sân nhà.", ["CLB Công an Hà Nội"]),
        ("Câu lạc bộ Hưu trí phường Kim Liên tổ chức giao lưu.", ["Câu lạc bộ Hưu trí phường Kim Liên"]),
        ("Đến CLB Hà Lan từ đội trẻ Barcelona, anh tiến bộ nhanh.", []),
        # a port authority
        (
            "Cảng vụ Hàng hải Hải Phòng và Cục Hàng hải và Đường thủy Việt Nam báo cáo.",
            ["Cảng vụ Hàng hải Hải Phòng", "Cục Hàng hải và Đường thủy Việt Nam"],
        ),
        # "công ty con" (a subsidiary) before a brand: the brand names the body
        ("Masan mở rộng mạng lưới thông qua công ty con WinCommerce.", ["Masan", "WinCommerce"]),
        ("Công ty con Waymo của Alphabet thử nghiệm xe tự lái.", ["Waymo", "Alphabet"]),
        # a listed company's exchange and ticker after a pair of places show the pair is the name's
        (
            "Công ty CP Chứng khoán Sài Gòn - Hà Nội (HNX: SHS) báo lãi quý III.",
            ["Công ty CP Chứng khoán Sài Gòn - Hà Nội", "HNX"],
        ),
        # a line of work after a head in sentence case: the short reference is the same board
        (
            "Ban Quản lý rừng phòng hộ Ia Grai cho biết. Ông A, kế toán Ban Quản lý rừng, nói.",
            ["Ban Quản lý rừng phòng hộ Ia Grai"],
        ),
        # a state body's web portal cited as news is read whole (the model tags "Cổng Thông")
        ("Theo Cổng Thông tin điện tử Chính phủ, Thủ tướng đã ký quyết định.", ["Cổng Thông tin điện tử Chính phủ"]),
        ("Theo Cổng thông tin điện tử TP Đà Nẵng, lúc 8h sáng nay.", ["Cổng thông tin điện tử TP Đà Nẵng"]),
        # an attaché's field before a country is the title's, no body (the model tags it ORG)
        ("Đại tá John Smith, Tùy viên Quốc phòng Hoa Kỳ tại Việt Nam, cùng dự.", []),
        ("Cục Đối ngoại và Tùy viên Quốc phòng Hoa Kỳ tại Việt Nam cùng dự.", ["Cục Đối ngoại"]),
        # a boarding school for ethnic minorities ("nội trú", tagged a verb) and its two levels
        # before one district: one school, not a list of schools sharing the district
        (
            "Lễ khai giảng tại Trường Phổ thông dân tộc nội trú THCS và THPT huyện Mường Tè.",
            ["Trường Phổ thông dân tộc nội trú THCS và THPT huyện Mường Tè"],
        ),
        (
            "Trường Phổ thông dân tộc nội trú THCS Trà Cang khai giảng năm học mới.",
            ["Trường Phổ thông dân tộc nội trú THCS Trà Cang"],
        ),
        # a national body's short form in brackets after one of its departments is the body's
        ("Theo Vụ Chính sách tiền tệ (NHNN), tín dụng tăng 16%.", ["Vụ Chính sách tiền tệ", "NHNN"]),
        # a zone's Roman number closes the name, though the segmenter glues it to the verb ("I thu")
        ("Chi cục Hải quan khu vực I thu ngân sách cao nhất.", ["Chi cục Hải quan khu vực I"]),
        # the securities depository's field opens with "Lưu", a family name
        (
            "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam đang chuẩn bị hệ thống mới.",
            ["Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam"],
        ),
        # a lone capitalized syllable after "và", then lower case, names another thing: no field
        (
            "Đề tài đoạt Giải nhất của Hiệp hội Sáng kiến sáng chế Macao và Giải đặc biệt của Hội.",
            ["Hiệp hội Sáng kiến sáng chế Macao"],
        ),
        (
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An họp.",
            ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An"],
        ),
        # the customs departments whose names go on past "về", "sau", "và" in lower case
        ("Ông A, Cục trưởng Cục Giám sát quản lý về hải quan cho biết.", ["Cục Giám sát quản lý về hải quan"]),
        ("Cục Kiểm tra sau thông quan đã kiểm tra 20 doanh nghiệp.", ["Cục Kiểm tra sau thông quan"]),
        (
            "Đại diện Cục Công nghệ thông tin và Thống kê hải quan cho biết.",
            ["Cục Công nghệ thông tin và Thống kê hải quan"],
        ),
        # "chính thức" (officially) opens the body's act
        ("Sau đó Cục Quản lý thị trường chính thức công bố kết luận.", ["Cục Quản lý thị trường"]),
        ("Sau đó Cục Quân khí chính thức công bố kết luận.", ["Cục Quân khí"]),
        # (after a body's own name, under its new name too, it is its own)
        (
            "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức diễn đàn. VCCI cho biết.",
            ["Liên đoàn Thương mại và Công nghiệp Việt Nam"],
        ),
    ],
)
def test_institution_names(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural opens the object of the body's line of work: its lower-case words are the name's
        ("Ban Quản lý các dự án nông nghiệp đã hoàn thành.", ["Ban Quản lý các dự án nông nghiệp"]),
        (
            "Hôm qua, Liên đoàn các tổ chức sản xuất phim truyền hình Trung Quốc ra thông báo.",
            ["Liên đoàn các tổ chức sản xuất phim truyền hình Trung Quốc"],
        ),
        # the kinds a union names after its plural may be listed with a comma, to its place
        (
            "Theo Hiệp hội các trường đại học, cao đẳng Việt Nam, học phí sẽ tăng.",
            ["Hiệp hội các trường đại học, cao đẳng Việt Nam"],
        ),
        (
            "Liên hiệp các Hội Văn học, Nghệ thuật Việt Nam tổ chức lễ trao giải.",
            ["Liên hiệp các Hội Văn học, Nghệ thuật Việt Nam"],
        ),
        # a legal form that runs on into its clause is still no name
        ("Hồ sơ của Tổng Công ty Vận tải Thủy – Công ty cổ phần và căn cứ quy định.", ["Tổng Công ty Vận tải Thủy"]),
    ],
)
def test_a_plural_in_the_models_name_opens_its_line_of_work(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


def test_a_board_named_without_its_parent_body_is_the_same_board() -> None:
    text = (
        "Bà Lê Thị Hoa giữ chức Trưởng ban Pháp chế HĐND tỉnh Nam Định. "
        "Trước đó, HĐND tỉnh cho thôi chức vụ Trưởng ban Pháp chế đối với ông Vũ Văn Tâm."
    )
    names = _institutions(text)
    assert "Ban Pháp chế HĐND tỉnh Nam Định" in names
    assert "Ban Pháp chế" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare, a central board is the Party's; the same board of a mass organization is another
        (
            "Ban Tổ chức Trung ương đã họp. Ban Tổ chức Trung ương Đoàn trình bày báo cáo.",
            {"Ban Tổ chức Trung ương": [], "Ban Tổ chức Trung ương Đoàn": []},
        ),
        (
            "Ủy ban Kiểm tra Trung ương Hội Nông dân Việt Nam và Ủy ban Kiểm tra Trung ương cùng dự.",
            {"Ủy ban Kiểm tra Trung ương Hội Nông dân Việt Nam": [], "Ủy ban Kiểm tra Trung ương": []},
        ),
        # the Party's own, named with it, is the same
        (
            "Ban Chấp hành Trung ương Đảng họp. Ban Chấp hành Trung ương đã quyết định.",
            {"Ban Chấp hành Trung ương Đảng": ["Ban Chấp hành Trung ương"]},
        ),
    ],
)
def test_a_central_board_and_a_mass_organizations_one(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


def test_the_models_piece_of_a_posts_body_is_no_body_of_its_own() -> None:
    names = _institutions("Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An Trần Văn Lâm dự lễ.")
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An" in names
    assert not [name for name in names if name.lower() == "ban tuyên giáo"]


@pytest.mark.parametrize(
    ("words", "numbered", "length"),
    [
        (["nhiệm", "kỳ", "2025-2030"], True, 3),
        (["nhiệm", "kỳ", "2020", "-", "2025"], True, 5),
        (["khóa", "XVI"], True, 2),
        (["khoá", "15"], True, 2),
        (["khóa", "học"], True, 0),  # a course, not a term
        (["nhiệm", "kỳ", "mới"], True, 0),
        # a tail of letters only (the model's span ends before the number): the words alone
        (["nhiệm", "kỳ"], False, 2),
        (["khóa"], False, 1),
        (["Khóa", "mới"], False, 2),
        (["Kim", "Liên"], False, 0),
    ],
)
def test_a_term_of_office_after_a_body(words: list[str], numbered: bool, length: int) -> None:
    assert term_words_length(words, numbered=numbered) == length


@pytest.mark.parametrize(
    "text",
    [
        "Theo nhận định của hãng tin CNN (Mỹ), Mỹ muốn đàm phán lại. Mỹ đã trừng phạt Iran.",
        "Trung tâm Hòa Bình (Syria) tiếp nhận viện trợ. Syria cảm ơn các nước.",
    ],
)
def test_a_place_in_brackets_after_a_name_is_no_short_form_of_it(text: str) -> None:
    [body] = extract_text(text, require_vietnamese=False).institutions
    assert len(body.mentions) == 1
    assert all(alias not in ("Mỹ", "Syria") for alias in body.aliases)


@pytest.mark.parametrize(
    ("written", "declared"),
    [
        (" (PVN) góp vốn", ("PVN",)),
        (" (mã chứng khoán BBC)", ("BBC",)),
        (" (HoSE: HPG)", ("HPG",)),
        # a brand and its stock code, as business news writes them since 2020
        (" (Vinaconex, mã chứng khoán: VCG)", ("Vinaconex", "VCG")),
        (" (Sabeco, HoSE: SAB)", ("Sabeco", "SAB")),
        # a foreign brand of two or three words, with or without its code
        (" (Vietnam Airlines, mã HVN)", ("Vietnam Airlines", "HVN")),
        (" (Bamboo Airways)", ("Bamboo Airways",)),
        # where the body is, or something else in brackets, declares nothing
        (" (TP HCM)", ()),
        (" (New York)", ()),
        (" (Theo Reuters)", ()),
        # where the body is, or something else in brackets, declares nothing
        (" (Mỹ)", ()),
        (" (Q.1, TP.HCM)", ()),
        (" (TP.HCM)", ()),  # a city written short with its unit
        (" (TPHCM) cho biết", ()),
        (" (Sabeco, Habeco)", ()),
        (" (ảnh)", ()),
        (" (theo báo cáo)", ()),
        (" sau đó (PVN)", ()),
        # a brand or an abbreviation after a spaced dash, where the name ends
        (" - TCT góp vốn", ("TCT",)),
        (" – Vinasun là cổ đông", ("Vinasun",)),
        (" - SaigonBank), cùng", ("SaigonBank",)),
        # not a word, a name that goes on, a bracketed whole, a place or the reporter's mark
        (" - Trung cho biết", ()),
        (" - Vinasun Sài Gòn", ()),
        (" – ASEAN (EU-ABC)", ()),
        (" - PV)", ()),
        # two words in capitals, one of them no abbreviation a list expands; not "(UBND TP)"
        (" (PV GAS) báo lãi", ("PV GAS",)),
        (" (UBND TP) họp", ()),
    ],
)
def test_short_forms_declared_in_brackets(written: str, declared: tuple[str, ...]) -> None:
    assert declared_short_forms("Tổng công ty X" + written, len("Tổng công ty X"), Lexicons.load()) == declared


@pytest.mark.parametrize(
    ("name", "written", "declared"),
    [
        # an abbreviation and the place the name ends in: the short name a province's body goes by
        ("Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", " (CDC Nghệ An) cho biết", ("CDC Nghệ An",)),
        ("Trung tâm Kiểm soát bệnh tật TP Hà Nội", " (CDC Hà Nội)", ("CDC Hà Nội",)),
        # another place than the name's, or a unit written short and its place: where the body is
        ("Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", " (CDC Hà Tĩnh)", ()),
        ("Công an thành phố Vinh", " (TP Vinh)", ()),
        # a head's abbreviation the name does not hold: the body it belongs to ("Bộ đội Biên phòng")
        ("Ban Chỉ huy cửa khẩu cảng Đà Nẵng", " (BĐBP Đà Nẵng)", ()),
    ],
)
def test_short_names_with_their_place_in_brackets(name: str, written: str, declared: tuple[str, ...]) -> None:
    assert declared_short_forms(name + written, len(name), Lexicons.load()) == declared


@pytest.mark.parametrize(
    ("text", "bodies", "alias"),
    [
        (  # a brand and its stock code in brackets
            "Ngân hàng TMCP Ngoại thương Thăng Long (Thanglongbank, mã TLB) báo lãi. "
            "Công ty cổ phần Sữa Hòa Bình (Hobimilk, HoSE: HBM) cũng có lãi. Thanglongbank và Hobimilk đều chia cổ tức.",
            ("Ngân hàng TMCP Ngoại thương Thăng Long", "Công ty cổ phần Sữa Hòa Bình", "HoSE"),
            "Thanglongbank",
        ),
        (  # a short name after a spaced dash
            "Trong đó Tổng công ty Thép Việt Nam - VNS là cổ đông lớn nhất. "
            "Sau đó VNS đã thoái vốn khỏi Ngân hàng TMCP Sài Gòn Công Thương - SaigonBank.",
            ("Tổng công ty Thép Việt Nam", "Ngân hàng TMCP Sài Gòn Công Thương"),
            "VNS",
        ),
        (  # an equitized corporation's legal form after a dash, then its short name
            "Tổng công ty Lương thực miền Nam - CTCP (VSF) báo lãi. VSF cũng ký hợp đồng với Công ty Sông Hồng.",
            ("Tổng công ty Lương thực miền Nam", "Công ty Sông Hồng"),
            "VSF",
        ),
    ],
)
def test_a_declared_short_name_is_the_same_body(text: str, bodies: tuple[str, ...], alias: str) -> None:
    found = {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions}
    assert set(found) == set(bodies)
    assert alias in found[bodies[0]]


def test_a_brand_alone_is_the_company_named_with_its_head_and_country() -> None:
    found = {
        i.name: i.aliases
        for i in extract_text(
            "Công ty Bảo hiểm Generali Việt Nam mở văn phòng mới. Ngân hàng Á Châu và Generali ký thỏa thuận.",
            require_vietnamese=False,
        ).institutions
    }
    assert "Generali" not in found
    assert "Generali" in found["Công ty Bảo hiểm Generali Việt Nam"]


def test_a_place_or_a_person_after_a_company_is_no_brand() -> None:
    names = _institutions(
        "Theo ông Peter Kelly, giá thép sẽ tăng. Tập đoàn Hòa Phát và Hà Nội ký kết; "
        "Tập đoàn Hòa Phát và Kelly cũng ký, theo tạp chí Forbes, Kelly cho biết."
    )
    assert names == ["Tập đoàn Hòa Phát", "Forbes"]


def test_the_models_piece_of_a_declared_short_name_is_that_name() -> None:
    found = {
        i.name: i.aliases
        for i in extract_text(
            "Tổng công ty Dầu Việt Nam (PV OIL) điều chỉnh giá. PV OIL tăng giá 500 đồng/lít.",
            require_vietnamese=False,
        ).institutions
    }
    assert found == {"Tổng công ty Dầu Việt Nam": ["PV OIL"]}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Sáng 20/4, Tập đoàn Masan (HoSE: MSN) tổ chức đại hội cổ đông.", "HoSE"),
        ("Tổng công ty Viglacera (VGC, HNX: VGC) công bố kết quả.", "HNX"),
        # a pair of places the name ends in, its short form first in the bracket
        ("Công ty CP Chứng khoán Sài Gòn - Hà Nội (SHS, HNX: SHS) báo lãi.", "Công ty CP Chứng khoán Sài Gòn - Hà Nội"),
    ],
)
def test_a_stock_codes_bracket_by_the_rules_alone(text: str, body: str) -> None:
    """The exchange in a stock code's bracket is a body, and the bracket shows a pair of places
    before it is the name's; read by the rules alone, where the model would have to tag it."""
    assert body in _read_by_rules(text)


def test_a_body_written_short_and_spelled_out_is_named_spelled_out() -> None:
    found = {
        i.name: i.aliases
        for i in extract_text(
            "Tổng Tham mưu trưởng QĐND Việt Nam dự lễ. Ngày thành lập Quân đội nhân dân Việt Nam là 22/12.",
            require_vietnamese=False,
        ).institutions
    }
    assert found == {"Quân đội nhân dân Việt Nam": ["QĐND Việt Nam"]}


def test_a_dash_before_a_place_is_inside_the_place() -> None:
    text = "Công an Thừa Thiên - Huế đã phối hợp tổ chức lễ ra quân. Huế đón nhiều du khách."
    [body] = extract_text(text, require_vietnamese=False).institutions
    assert body.name == "Công an Thừa Thiên - Huế" and len(body.mentions) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" and an honorific before a name join a person to the body, not a line of its work
        (
            "Lãnh đạo Bộ Xây dựng và ông Lê Văn Nam, Giám đốc Công ty Sông Đà, dự lễ.",
            ["Bộ Xây dựng", "Công ty Sông Đà"],
        ),
        ("Bộ Ngoại giao và ngài Đại sứ Pierre Dubois đã ký biên bản.", ["Bộ Ngoại giao"]),
        ("Lãnh đạo Bộ Tài chính và bà Trần Thị Hoa, Giám đốc Quỹ Đầu tư, dự lễ.", ["Bộ Tài chính", "Quỹ Đầu tư"]),
        # so does an officer's rank, after a name that goes on in lower case
        (
            "Trung tá Lê Văn Hà, Trưởng phòng Cảnh sát hình sự và Thiếu tá Phạm Minh Đức, Đội trưởng Đội Cảnh sát"
            " giao thông đã trao thưởng.",
            ["Phòng Cảnh sát hình sự", "Đội Cảnh sát giao thông"],
        ),
        # "phi" (non-) makes a description of the body's name: non-governmental organizations
        ("Tỉnh có 40 tổ chức Phi Chính phủ nước ngoài hoạt động.", []),
        ("Các tổ chức phi Chính phủ đã hỗ trợ; Chính phủ ghi nhận.", ["Chính phủ"]),
    ],
)
def test_an_honorific_ends_a_body_and_phi_negates_one(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


def test_a_verb_after_a_plural_is_a_noun_and_no_place_to_cut_a_name() -> None:
    # "các tổ chức" (the organizations): the model's name is not cut there to a bare "Liên đoàn"
    names = _institutions("UBND tỉnh phối hợp với Liên đoàn các tổ chức thiện nguyện Việt Nam tổ chức hội nghị.")
    assert "UBND tỉnh" in names and "Liên đoàn" not in names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Máy bay chiến đấu phá hủy các phương tiện vận chuyển vũ khí từ Iran đến cho Lực lượng Hezbollah ở Liban.",
            "Lực lượng",
        ),
        ("Khu vực miền Nam Thái Lan thường xảy ra bạo lực do phiến quân Hồi giáo gây ra.", "Hồi giáo"),
        ("Nhiều người Hồi giáo đã rời khỏi bang Rakhine.", "Hồi giáo"),
    ],
)
def test_a_common_noun_the_model_tags_alone_is_no_body(text: str, absent: str) -> None:
    assert absent not in _institutions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ward named after the district before it is another body
        (
            "HĐND quận Đống Đa (cũ) đã hoàn thành nhiệm vụ. HĐND phường Đống Đa tổ chức kỳ họp thứ nhất.",
            {"HĐND quận Đống Đa": [], "HĐND phường Đống Đa": []},
        ),
        # the same body written with and without its unit is one
        (
            "Sở Tài chính tỉnh Gia Lai chủ trì. Sở Tài chính Gia Lai cho biết thêm.",
            {"Sở Tài chính tỉnh Gia Lai": ["Sở Tài chính Gia Lai"]},
        ),
    ],
)
def test_bodies_that_differ_only_in_their_unit(text: str, expected: dict[str, list[str]]) -> None:
    found = {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions}
    assert found == expected


def test_a_board_written_with_qlda_is_the_board_spelled_out() -> None:
    text = (
        "Ban Quản lý dự án Đầu tư Xây dựng công trình dân dụng TP Hà Nội khởi công trường học. "
        "Ông An về công tác tại Ban QLDA Đầu tư Xây dựng công trình dân dụng TP Hà Nội."
    )
    [board] = extract_text(text, require_vietnamese=False).institutions
    assert board.name == "Ban Quản lý dự án Đầu tư Xây dựng công trình dân dụng TP Hà Nội"
    assert board.aliases == ["Ban QLDA Đầu tư Xây dựng công trình dân dụng TP Hà Nội"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng Nhân dân Campuchia cử đoàn sang dự đại hội.", ["Đảng Nhân dân Campuchia"]),
        ("Đoàn đại biểu Đảng Cộng sản Trung Quốc thăm Hà Nội.", ["Đảng Cộng sản Trung Quốc"]),
        ("Chủ tịch Đảng Dân chủ Tự do Nhật Bản được bầu làm Thủ tướng.", ["Đảng Dân chủ Tự do Nhật Bản"]),
        ("Ngày 3/2 là ngày thành lập Đảng Cộng sản Việt Nam (ĐCSVN).", ["Đảng Cộng sản Việt Nam"]),
        # no country: the Party of the text's own country, or a kind of party, not a name
        ("Đảng và Nhà nước luôn quan tâm đến người có công.", []),
        ("Đảng Cộng hòa và Đảng Dân chủ tranh luận gay gắt.", []),
        # a country of one syllable glued by the segmenter to the verb after it ends the name
        ("Quốc hội Campuchia cử đoàn sang dự lễ.", ["Quốc hội Campuchia"]),
    ],
)
def test_a_party_is_named_by_its_kind_and_its_country(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chứng khoán VPS dẫn đầu thị phần môi giới.", ["Chứng khoán VPS"]),
        ("Theo Chứng khoán Rồng Việt (VDSC), tín dụng sẽ tăng.", ["Chứng khoán Rồng Việt"]),
        ("Bảo hiểm PVI đã chi trả cho khách hàng.", ["Bảo hiểm PVI"]),
        ("Công ty Chứng khoán Sài Gòn - Hà Nội (SHS) báo lãi.", ["Công ty Chứng khoán Sài Gòn - Hà Nội"]),
        # a place alone after the line is the market; a word in sentence case a kind of cover
        ("Chứng khoán Việt Nam tăng mạnh trong tuần qua.", []),
        ("Chương trình Bảo hiểm Việc làm giúp người lao động.", []),
        ("Giá cổ phiếu chứng khoán MB giảm.", []),
    ],
)
def test_a_line_of_business_before_a_companys_own_name_is_that_company(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ủy ban Nhà nước về người Việt Nam ở nước ngoài tổ chức Xuân Quê hương.",
            ["Ủy ban Nhà nước về người Việt Nam ở nước ngoài"],
        ),
        ("Ban Chỉ đạo quốc gia về phòng thủ dân sự họp phiên thứ nhất.", ["Ban Chỉ đạo quốc gia về phòng thủ dân sự"]),
        ("Ủy ban Quốc gia về người cao tuổi Việt Nam phát động.", ["Ủy ban Quốc gia về người cao tuổi Việt Nam"]),
        # a foreign leader's office with its country; without one the title begins a person
        ("Văn phòng Tổng thống Hàn Quốc ra thông báo.", ["Văn phòng Tổng thống Hàn Quốc"]),
        ("Văn phòng Thủ tướng Israel cho biết đàm phán đã xong.", ["Văn phòng Thủ tướng Israel"]),
    ],
)
def test_national_committees_and_foreign_leaders_offices(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign country's body in its host, whose short form follows the host
        (
            "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham) cho biết.",
            {"Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam": ["KoCham"]},
        ),
        (
            "Phòng Thương mại châu Âu tại Việt Nam (EuroCham) công bố.",
            {"Phòng Thương mại châu Âu tại Việt Nam": ["EuroCham"]},
        ),
        # a body of the world works in the host; the short form is its own
        ("Ngân hàng Thế giới tại Việt Nam (WB) cho biết.", {"Ngân hàng Thế giới": ["WB"]}),
        ("Quỹ Nhi đồng Liên hợp quốc tại Việt Nam (UNICEF) hỗ trợ.", {"Quỹ Nhi đồng Liên hợp quốc": ["UNICEF"]}),
    ],
)
def test_a_body_in_its_host_country_and_its_short_form(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket that names the university a school belongs to: a body of its own
        (
            "Trường ĐH Khoa học Tự nhiên (ĐHQG-HCM) công bố điểm chuẩn.",
            {"Trường ĐH Khoa học Tự nhiên": [], "ĐHQG-HCM": []},
        ),
        ("Trường ĐH Bách khoa (ĐHQG TP.HCM) tuyển sinh.", {"Trường ĐH Bách khoa": [], "ĐHQG TP.HCM": []}),
        # the university's own short form
        ("Đại học Quốc gia TP.HCM (ĐHQG-HCM) có 7 trường thành viên.", {"Đại học Quốc gia TP.HCM": ["ĐHQG-HCM"]}),
        ("Ủy ban nhân dân thành phố (UBND) đã họp.", {"Ủy ban nhân dân thành phố": ["UBND"]}),
    ],
)
def test_a_bracket_naming_the_parent_body_is_no_short_form(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviated head before a body names that body's committee, one body
        ("Ông Lê Văn Nam, Ủy viên BCH Đảng bộ tỉnh, dự họp.", ["BCH Đảng bộ tỉnh"]),
        ("BCH Công đoàn Công ty Điện lực Hà Nội tổ chức hội nghị.", ["BCH Công đoàn Công ty Điện lực Hà Nội"]),
        # an abbreviation that is a head itself opens its own name
        ("UBND tỉnh đã họp.", ["UBND tỉnh"]),
    ],
)
def test_an_abbreviated_head_before_a_body_opens_its_name(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trao đổi với Zing.vn, ông Nguyễn Văn A xác nhận thông tin.", ["Zing.vn"]),
        ("Dantri.com.vn đưa tin, ngày 22/9 xảy ra vụ cháy.", ["Dantri.com.vn"]),
        # an address no one cites: a website, not an outlet
        ("Ảnh lấy từ trang web OnePlus.net của hãng.", []),
    ],
)
def test_a_news_site_cited_by_its_address_is_an_outlet(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo tờ Korea JoongAng Daily, nhà máy sẽ mở năm sau.", ["Korea JoongAng Daily"]),
        ("Hãng thông tấn Kyodo dẫn lời một quan chức cho biết.", ["Kyodo"]),
        ("Theo tạp chí Journal of Clinical Oncology, tỷ lệ sống tăng.", ["Journal of Clinical Oncology"]),
        # the lower-case word of a Chinese outlet's name is the name's
        ("Hãng tin Tân Hoa xã cho biết giá đã tăng.", ["Tân Hoa xã"]),
        # a bracket ends the name; the stop at the end of a sentence is no part of it
        ("Bài viết đăng trên tờ Nikkei Asia (Nhật Bản).", ["Nikkei Asia"]),
        # a name in sentence case goes on in lower case where no capital shows its end: none is guessed
        ("Tờ Tin tức buổi sáng đưa tin về vụ việc.", []),
    ],
)
def test_a_news_outlet_named_after_its_kind(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "trường" that ends a field in sentence case is no school's head
        (
            "Ông Phạm Văn D, nguyên Trưởng phòng Tài nguyên và Môi trường huyện Krông Pắc, bị khởi tố.",
            ["Phòng Tài nguyên và Môi trường huyện Krông Pắc"],
        ),
        # a title before the body: its last syllable and the head make no word of the name
        ("Ông Châu Ngọc Tuấn, Trưởng đoàn đại biểu Quốc hội tỉnh, phát biểu.", ["đoàn đại biểu Quốc hội tỉnh"]),
    ],
)
def test_a_head_that_ends_a_word_in_sentence_case_opens_no_body(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event's organizers are no named body; the Party's organization board of a committee is
        ("Ban tổ chức Iran đã công bố kết quả.", []),
        ("Ban Tổ chức Hội thảo chưa nhận được bài.", []),
        ("Ban Tổ chức Trung ương hướng dẫn các tỉnh.", ["Ban Tổ chức Trung ương"]),
        ("Ban Tổ chức Đảng ủy xã họp.", ["Ban Tổ chức Đảng ủy xã"]),
    ],
)
def test_an_events_organizers_are_no_body(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no title before it, a school named after a person may name its field first
        ("Trường ĐH Y khoa Phạm Ngọc Thạch công bố điểm sàn.", ["Trường ĐH Y khoa Phạm Ngọc Thạch"]),
        ("Trường Đại học Y Phạm Ngọc Thạch công bố điểm sàn.", ["Trường Đại học Y Phạm Ngọc Thạch"]),
        # after a title the name is the holder's
        ("Hiệu trưởng Trường ĐH Sư phạm Nguyễn Văn An phát biểu.", ["Trường ĐH Sư phạm"]),
        # unless the title stands in apposition after its holder's name: a law office bears its lawyer's
        (
            "Theo luật sư Trương Anh Tú, Trưởng Văn phòng Luật sư Trương Anh Tú, bị cáo có thể bị phạt tù.",
            ["Văn phòng Luật sư Trương Anh Tú"],
        ),
        (
            "PGS Nguyễn Văn An, Hiệu trưởng Trường ĐH Y khoa Phạm Ngọc Thạch, phát biểu.",
            ["Trường ĐH Y khoa Phạm Ngọc Thạch"],
        ),
    ],
)
def test_a_school_named_after_a_person_after_its_field(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Việt", Việt Nam's short name, and a country joined by a dash are the body's pair
        ("Hội Hữu nghị Việt - Nhật tổ chức lễ hội.", ["Hội Hữu nghị Việt - Nhật"]),
        ("Hội Hữu nghị Nhật - Việt tổ chức lễ hội.", ["Hội Hữu nghị Nhật - Việt"]),
        ("Ngân hàng Liên doanh Việt - Nga (VRB) được sáp nhập.", ["Ngân hàng Liên doanh Việt - Nga"]),
        # a dash before no country: the name ends before it
        ("Quỹ Tấm lòng Việt - Đài Truyền hình Việt Nam trao quà.", ["Quỹ Tấm lòng Việt", "Đài Truyền hình Việt Nam"]),
    ],
)
def test_viet_and_a_country_joined_by_a_dash_stay_in_the_name(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with no head of the rules', which the model ends in the first of the two countries
        (
            "Hai bên nhất trí tăng cường hợp tác giữa Nhóm Nghị sĩ hữu nghị Việt Nam - Hàn Quốc và các ủy ban.",
            ["Nhóm Nghị sĩ hữu nghị Việt Nam - Hàn Quốc"],
        ),
        # the second country ends the sentence: its stop is no part of its name
        (
            "Hai bên thúc đẩy hoạt động của Nhóm Nghị sĩ hữu nghị Hàn Quốc - Việt Nam. Đoàn sẽ thăm Huế.",
            ["Nhóm Nghị sĩ hữu nghị Hàn Quốc - Việt Nam"],
        ),
    ],
)
def test_the_models_name_goes_on_through_a_pair_of_countries(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police or market-management team, its field part of the head
        (
            "Đội Cảnh sát hình sự Công an huyện Diễn Châu đã bắt giữ đối tượng.",
            {"Đội Cảnh sát hình sự Công an huyện Diễn Châu": []},
        ),
        ("Đội Quản lý thị trường số 7 đã kiểm tra cửa hàng.", {"Đội Quản lý thị trường số 7": []}),
        # any other team is none: a contest's, a sports side of a department
        ("Giải Nhất thuộc về Đội Cục Kỹ thuật.", {"Cục Kỹ thuật": []}),
        ("Đội Nuchathdata đã xuất sắc vượt qua 2 đối thủ.", {}),
    ],
)
def test_a_police_team_named_by_its_field(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalized scope closes the name: the lower case after it is the predicate
        ("Viện Dinh dưỡng Quốc gia khuyến cáo người dân.", {"Viện Dinh dưỡng Quốc gia": []}),
        ("Ủy ban Kiểm tra Trung ương công bố kết luận ngoài Hà Nội.", {"Ủy ban Kiểm tra Trung ương": []}),
        # a field in lower case after a word in sentence case goes on
        (
            "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết.",
            {"Trung tâm Dự báo khí tượng thủy văn quốc gia": []},
        ),
    ],
)
def test_a_scope_closes_the_name(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UN's General Assembly written in lower case, as 2024-26 news writes it
        (
            "Đại hội đồng Liên hợp quốc bầu Việt Nam vào Hội đồng Nhân quyền.",
            {"Đại hội đồng Liên hợp quốc": [], "Hội đồng Nhân quyền": []},
        ),
        ("Đại Hội đồng Liên Hợp Quốc họp phiên toàn thể.", {"Đại Hội đồng Liên Hợp Quốc": []}),
        # a shareholders' meeting is an event
        ("Đại hội đồng cổ đông Công ty CP Sữa Việt Nam thông qua kế hoạch.", {"Công ty CP Sữa Việt Nam": []}),
    ],
)
def test_a_general_assembly(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a continent written with a lower-case "châu" right after the head is the body's
        ("Nghị viện châu Âu phê chuẩn Hiệp định EVFTA.", {"Nghị viện châu Âu": []}),
        ("Hội đồng châu Âu họp thượng đỉnh.", {"Hội đồng châu Âu": []}),
        # after a lower-case head it names no body
        ("Các công ty châu Âu đầu tư mạnh.", {}),
        # a continent and an ocean joined by a dash are one region of the name
        (
            "Ủy ban Kinh tế và Xã hội châu Á - Thái Bình Dương (ESCAP) tổ chức phiên họp.",
            {"Ủy ban Kinh tế và Xã hội châu Á - Thái Bình Dương": ["ESCAP"]},
        ),
    ],
)
def test_a_continent_right_after_the_head(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Youth Union's Central Committee, named whole as a subject
        ("Trung ương Đoàn phát động phong trào Ba sẵn sàng.", {"Trung ương Đoàn": []}),
        ("Năm nay, Trung ương Đoàn đã trao 100 suất học bổng.", {"Trung ương Đoàn": []}),
        # and with the Union's name after it, the outermost name
        ("Sáng 12/3, Trung ương Đoàn TNCS Hồ Chí Minh tổ chức lễ kỷ niệm.", {"Trung ương Đoàn TNCS Hồ Chí Minh": []}),
        # the Young Pioneers, whole or short
        ("Đội Thiếu niên Tiền phong Hồ Chí Minh có 12 triệu đội viên.", {"Đội Thiếu niên Tiền phong Hồ Chí Minh": []}),
        ("Lễ kỷ niệm Ngày thành lập Đội TNTP Hồ Chí Minh diễn ra hôm qua.", {"Đội TNTP Hồ Chí Minh": []}),
    ],
)
def test_a_national_body_named_whole(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of school, its level abbreviated, names no school
        ("Bộ GD-ĐT yêu cầu các sở GD-ĐT, trường ĐH, trường CĐ thực hiện.", {"Bộ GD-ĐT": []}),
        ("Trường ĐH thực hiện phong giáo sư danh dự.", {}),
        # a level and lower-case words only: an exam, not a school
        ("Kỳ thi THPT quốc gia sẽ không chỉ để xét tốt nghiệp.", {}),
        # schools with names of their own
        (
            "Trường ĐH Bách khoa và Trường CĐ Y tế Hà Nội ký kết.",
            {"Trường ĐH Bách khoa": [], "Trường CĐ Y tế Hà Nội": []},
        ),
        # a ministry's title before its field alone names no body; before the ministry it does
        ("Thứ trưởng GD&ĐT Trần Thị Nghĩa cho biết.", {}),
        ("Thứ trưởng Bộ GD&ĐT Trần Thị Nghĩa cho biết.", {"Bộ GD&ĐT": []}),
    ],
)
def test_kinds_of_school_exams_and_a_ministrys_field_name_no_body(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Vụ" and whom it is about is a case: a brand, a foreign name, a name no word makes
        ("Vụ Vạn Thịnh Phát: bị cáo bị tuyên án.", {}),
        ("Vụ Neymar tranh giành penalty đã trở thành đề tài.", {}),
        ("Vụ Phúc Sơn được đưa ra xét xử.", {}),
        # a ministry's department is named by its field, a region or an abbreviation
        ("Vụ Pháp chế (Bộ Tư pháp) chủ trì soạn thảo.", {"Vụ Pháp chế": [], "Bộ Tư pháp": []}),
        ("Vụ Châu Âu tổ chức tọa đàm.", {"Vụ Châu Âu": []}),
        ("Vụ ASEAN tổ chức tọa đàm.", {"Vụ ASEAN": []}),
    ],
)
def test_a_case_is_no_department(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business head and countries only: a country's firms, none of them named
        ("Diễn đàn Doanh nghiệp Việt Nam - Hàn Quốc do VCCI tổ chức.", ["VCCI"]),
        ("Doanh nghiệp Việt Nam nhận thức rõ rủi ro thiên tai.", []),
        # a city's or a province's firms, in a headline too; a firm named on is one
        ("Doanh nghiệp Hà Nội tăng tốc cuối năm", []),
        ("Doanh nghiệp Đà Nẵng xuất khẩu 2 tỷ USD.", []),
        ("Doanh nghiệp tư nhân Thủy Sinh bị phạt 50 triệu đồng.", ["Doanh nghiệp tư nhân Thủy Sinh"]),
        ("Công ty Nhật Bản và Tập đoàn Hàn Quốc tăng vốn.", []),
        # a firm's own words after the head name it
        ("Công ty Việt Nhật mở nhà máy.", ["Công ty Việt Nhật"]),
        ("Tập đoàn Hàn Quốc Samsung tăng vốn.", ["Tập đoàn Hàn Quốc Samsung"]),
    ],
)
def test_a_business_head_and_countries_only_names_no_firm(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model's name runs into the verb; the rules read the academy's field whole
        (
            "Hội đồng Lý luận Trung ương và Học viện Hành chính và Quản trị công ký kết hợp tác.",
            ["Hội đồng Lý luận Trung ương", "Học viện Hành chính và Quản trị công"],
        ),
        # a council whose name holds a title
        (
            "Hội đồng Thẩm phán Tòa án nhân dân tối cao ban hành nghị quyết.",
            ["Hội đồng Thẩm phán Tòa án nhân dân tối cao"],
        ),
    ],
)
def test_names_that_hold_a_title_or_end_before_a_verb(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bằng" (by, with) after a lower-case head begins what it is done with, not a name
        ("Kiểm tra tiền gửi tại ngân hàng bằng QR code.", []),
        ("Ngân hàng Bằng Việt tăng vốn điều lệ.", ["Ngân hàng Bằng Việt"]),
    ],
)
def test_a_preposition_after_a_lower_case_head_ends_it(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the segmenter glues "Sự thật" and the verb "ra mắt" into one word
        ("Nhà xuất bản Sự thật ra mắt bộ sách mới.", ["Nhà xuất bản Sự thật"]),
        ("Nhà xuất bản Chính trị quốc gia Sự thật ra mắt bộ sách mới.", ["Nhà xuất bản Chính trị quốc gia Sự thật"]),
        # or "Chính sách xã hội" and a body's act of clause_verbs.txt
        ("Ngân hàng Chính sách xã hội đồng hành cùng người nghèo.", ["Ngân hàng Chính sách xã hội"]),
        # not glued, the act ends the lower-case tail
        ("Ngân hàng Chính sách xã hội hỗ trợ người nghèo.", ["Ngân hàng Chính sách xã hội"]),
        # a head's field keeps its capital
        ("Trung tâm Hỗ trợ phụ nữ tổ chức hội thảo.", ["Trung tâm Hỗ trợ phụ nữ"]),
    ],
)
def test_a_verb_glued_to_a_sentence_case_word_ends_the_name(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's national bodies listed before its name: each is the country's
        (
            "Hai bên nhất trí tăng cường hợp tác giữa Quốc hội Việt Nam và Thượng viện, Quốc hội Thái Lan.",
            {"Quốc hội Việt Nam": [], "Thượng viện Thái Lan": [], "Quốc hội Thái Lan": []},
        ),
        ("Chính phủ và Quốc hội Lào đã thông qua nghị quyết.", {"Chính phủ Lào": [], "Quốc hội Lào": []}),
        # a front's "Việt Nam" is its own name's: the government before it takes no country
        (
            "Dự lễ có đại diện Ban Tôn giáo Chính phủ, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
            {"Ban Tôn giáo Chính phủ": [], "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": []},
        ),
        # a bare national body is Việt Nam's, beside Việt Nam's and another country's
        (
            "Chủ tịch Quốc hội tiếp đoàn. Quan hệ giữa Quốc hội Việt Nam và Quốc hội Lào ngày càng bền chặt.",
            {"Quốc hội Việt Nam": ["Quốc hội"], "Quốc hội Lào": []},
        ),
        (
            "Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Hàn Quốc ký thỏa thuận. Người phát ngôn Bộ Ngoại giao cho biết.",
            {"Bộ Ngoại giao Việt Nam": ["Bộ Ngoại giao"], "Bộ Ngoại giao Hàn Quốc": []},
        ),
        # Việt Nam has no senate: a bare one is the country's named in the article
        (
            "Chủ tịch Thượng viện Thái Lan tiếp đoàn. Ông đánh giá cao vai trò của Thượng viện trong quan hệ hai nước.",
            {"Thượng viện Thái Lan": ["Thượng viện"]},
        ),
        # beside another country's alone, it stays a body of its own
        (
            "Quốc hội Mỹ thông qua dự luật. Chủ tịch Quốc hội Trần Thanh Mẫn cho biết.",
            {"Quốc hội Mỹ": [], "Quốc hội": []},
        ),
    ],
)
def test_national_bodies_of_a_country_and_vietnams_own(text: str, expected: dict[str, list[str]]) -> None:
    assert {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an association of Vietnamese people abroad is named with the country it is in
        ("Ông đánh giá cao vai trò của Hội Người Việt Nam tại Hàn Quốc.", ["Hội Người Việt Nam tại Hàn Quốc"]),
        # or in a continent
        (
            "Hiệp hội Doanh nghiệp Việt Nam tại châu Âu đóng góp 2 triệu USD.",
            ["Hiệp hội Doanh nghiệp Việt Nam tại châu Âu"],
        ),
        ("Hiệp hội Doanh nghiệp Việt Nam tại Séc trao quà.", ["Hiệp hội Doanh nghiệp Việt Nam tại Séc"]),
        # "người" in lower case, where "Hội | người | Pháp" alone is no body's name
        ("Đại sứ quán phối hợp với Hội người Việt Nam tại Lào tổ chức Tết.", ["Hội người Việt Nam tại Lào"]),
        ("Đại sứ quán gặp gỡ Tổng hội Người Việt Nam tại Campuchia.", ["Tổng hội Người Việt Nam tại Campuchia"]),
        ("Liên hiệp hội người Việt Nam tại châu Âu trao quà.", ["Liên hiệp hội người Việt Nam tại châu Âu"]),
        ("GS Nguyễn Văn B, Chủ tịch Tổng hội Y học Việt Nam, phát biểu.", ["Tổng hội Y học Việt Nam"]),
        # not where it meets: a city is no country it is in
        ("Hội Nông dân Việt Nam tại Hà Nội tổ chức hội nghị.", ["Hội Nông dân Việt Nam"]),
        # nor a ministry at work abroad
        ("Đoàn công tác của Bộ Quốc phòng Việt Nam tại Lào làm việc.", ["Bộ Quốc phòng Việt Nam"]),
    ],
)
def test_an_association_abroad_holds_its_host_country(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a religion is no body; its churches are
        ("Những người theo đạo Phật và đạo Hồi cùng sinh sống ở đây.", []),
        (
            "Giáo hội Phật giáo Việt Nam tổ chức đại lễ. Hội thánh Tin Lành Việt Nam (miền Nam) tham dự.",
            ["Giáo hội Phật giáo Việt Nam", "Hội thánh Tin Lành Việt Nam"],
        ),
        # a church is its own body, not a clipped writing of its office's name
        (
            "Văn phòng Trung ương Giáo hội Phật giáo Việt Nam thông báo. Giáo hội Phật giáo Việt Nam đề nghị các tỉnh hội thực hiện.",
            ["Văn phòng Trung ương Giáo hội Phật giáo Việt Nam", "Giáo hội Phật giáo Việt Nam"],
        ),
    ],
)
def test_religions_and_their_churches(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trung ương Hội Cựu chiến binh Việt Nam tổ chức hội nghị tổng kết công tác năm 2025.",
            ["Trung ương Hội Cựu chiến binh Việt Nam"],
        ),
        (
            "Trung ương Hội Liên hiệp Phụ nữ Việt Nam phát động phong trào trong toàn Hội Liên hiệp Phụ nữ Việt Nam.",
            ["Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"],
        ),
    ],
)
def test_a_mass_organizations_central_committee_as_a_subject(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a permanent mission goes on with the world body or city it is at
        (
            "Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, phát biểu.",
            {"Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc": []},
        ),
        (
            "Phái đoàn thường trực Việt Nam tại Geneva tổ chức lễ kỷ niệm.",
            {"Phái đoàn thường trực Việt Nam tại Geneva": []},
        ),
        # a post in a mission or an association abroad keeps where it is; a world body's does not
        (
            "Ông Nguyễn Văn Bình, Chủ tịch Hội Người Việt Nam tại Hàn Quốc, cho biết.",
            {"Hội Người Việt Nam tại Hàn Quốc": []},
        ),
        ("Trưởng Đại diện UNICEF tại Việt Nam Silvia Danailov cho biết.", {"UNICEF": []}),
        # the body written without where it is, and with it, is one
        (
            "Bộ Công Thương phối hợp với Đại sứ quán Nhật Bản tổ chức hội thảo. Bà Lê Thị An, Tham tán Đại sứ quán Nhật Bản tại Việt Nam, phát biểu.",
            {"Bộ Công Thương": [], "Đại sứ quán Nhật Bản tại Việt Nam": ["Đại sứ quán Nhật Bản"]},
        ),
    ],
)
def test_missions_and_associations_abroad_with_where_they_are(text: str, expected: dict[str, list[str]]) -> None:
    assert {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hạt Kiểm lâm khu vực Bắc Trà My phát hiện 5 vụ phá rừng.", ["Hạt Kiểm lâm khu vực Bắc Trà My"]),
        (
            "Hạt Kiểm lâm huyện Mường Lát phối hợp với Đồn Biên phòng Tam Chung.",
            ["Hạt Kiểm lâm huyện Mường Lát", "Đồn Biên phòng Tam Chung"],
        ),
        ("Hạt Quản lý đường bộ số 5 sửa đường.", ["Hạt Quản lý đường bộ số 5"]),
        ("Bưu điện tỉnh Lào Cai chi trả lương hưu cho 2.000 người.", ["Bưu điện tỉnh Lào Cai"]),
        ("Điện lực tỉnh Sơn La khắc phục sự cố.", ["Điện lực tỉnh Sơn La"]),
        # without a place, the post or electricity in general
        ("Ông gửi thư qua bưu điện. Ngành điện lực phát triển.", []),
    ],
)
def test_local_units_named_by_head_and_area(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mission's host city, in no gazetteer, is part of its name
        (
            "Tổng Lãnh sự quán Việt Nam tại Marseille trao quà cho sinh viên.",
            ["Tổng Lãnh sự quán Việt Nam tại Marseille"],
        ),
        (
            "Tổng Lãnh sự quán Việt Nam tại Houston, ông Nguyễn Văn Bảo, cho biết.",
            ["Tổng Lãnh sự quán Việt Nam tại Houston"],
        ),
        # a trade office is named like a mission
        ("Theo Thương vụ Việt Nam tại Hoa Kỳ, xuất khẩu gỗ tăng mạnh.", ["Thương vụ Việt Nam tại Hoa Kỳ"]),
        ("Thương vụ Việt Nam tại Thành Đô khuyến cáo doanh nghiệp.", ["Thương vụ Việt Nam tại Thành Đô"]),
        # in lower case, a deal
        ("Các thương vụ mua bán sáp nhập đạt 5 tỷ USD.", []),
    ],
)
def test_missions_and_trade_offices_in_their_host_city(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bệnh viện Chấn thương chỉnh hình TP.HCM vừa tiếp nhận bệnh nhân.",
            ["Bệnh viện Chấn thương chỉnh hình TP.HCM"],
        ),
        (
            "Bệnh viện Chấn thương chỉnh hình TP HCM vừa tiếp nhận bệnh nhân.",
            ["Bệnh viện Chấn thương chỉnh hình TP HCM"],
        ),
    ],
)
def test_a_lower_case_tail_ends_at_a_city_written_short(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "khởi công | trường Tiểu học": a school's level after "trường" begins the school's name
        (
            "UBND phường Tây Mỗ tổ chức lễ khởi công trường Tiểu học Tây Mỗ 3.",
            ["UBND phường Tây Mỗ", "trường Tiểu học Tây Mỗ 3"],
        ),
        # "thị trường Mỹ" is still a market
        ("Thị trường Mỹ tăng trưởng mạnh, còn thị trường Nhật Bản giảm.", []),
    ],
)
def test_a_school_level_after_truong_ends_no_word_before_it(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


def test_a_degree_after_a_body_is_the_next_persons() -> None:
    result = extract_text("Hiệu trưởng ĐH Y Dược TPHCM GS.TS Trần Diệp Tuấn cũng tới dự.", require_vietnamese=False)
    assert [i.name for i in result.institutions] == ["ĐH Y Dược TPHCM"]
    assert [(e.label, e.text) for e in result.entities] == [("ORG", "ĐH Y Dược TPHCM"), ("PER", "Trần Diệp Tuấn")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare national body is Việt Nam's, not a foreign party's or parliament's
        (
            "Bà Inlavanh Keobounphanh, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, dẫn đầu đoàn. "
            "Bà Hà Thị Nga, Ủy viên Trung ương Đảng, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, tiếp đoàn.",
            {"Trung ương Đảng Nhân dân Cách mạng Lào": [], "Trung ương Đảng": [], "Hội Liên hiệp Phụ nữ Việt Nam": []},
        ),
        (
            "Quốc hội Việt Nam và Quốc hội Lào ký kết. Quốc hội thông qua luật.",
            {"Quốc hội Việt Nam": ["Quốc hội"], "Quốc hội Lào": []},
        ),
    ],
)
def test_a_bare_national_body_is_no_foreign_ones(text: str, expected: dict[str, list[str]]) -> None:
    assert {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the segmenter split "Hội | sở" (head office), a word the dictionary knows
        (
            "Một số cựu cán bộ Oceanbank chi nhánh Hội sở cũng được đề nghị giảm nhẹ hình phạt.",
            ["Oceanbank chi nhánh Hội sở"],
        ),
        # a verb after a one-syllable name is no part of it
        ("Trường Đại học Vinh cho biết sẽ tuyển 5.000 sinh viên.", ["Trường Đại học Vinh"]),
    ],
)
def test_a_word_the_segmenter_split_after_a_capital(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fields joined by "và" in sentence case, then the line of work in lower case
        (
            "Trung tâm Gây mê và Hồi sức ngoại khoa Bệnh viện Việt Đức tiếp nhận 50 ca.",
            ["Trung tâm Gây mê và Hồi sức ngoại khoa Bệnh viện Việt Đức"],
        ),
        (
            "Giám đốc điều hành Văn phòng quản lý Thiên tai và Tình trạng khẩn cấp Puerto Rico Abner Gomez Cortes cho hay.",
            ["Văn phòng quản lý Thiên tai và Tình trạng khẩn cấp Puerto Rico"],
        ),
        # "và" before another body's head still joins two bodies
        (
            "Cục Biến đổi khí hậu và Viện Khoa học Khí tượng Thủy văn ký kết hợp tác.",
            ["Cục Biến đổi khí hậu", "Viện Khoa học Khí tượng Thủy văn"],
        ),
    ],
)
def test_fields_joined_by_va_then_a_lower_case_line_of_work(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after a body is no part of its name, whatever the model's span
        ("Sở Y tế sáng nay cho biết đã tiêm 500 mũi.", ["Sở Y tế"]),
        ("Bộ Công an hôm nay cho biết.", ["Bộ Công an"]),
        ("Bộ Y tế chiều qua đã công bố 5 ca bệnh.", ["Bộ Y tế"]),
    ],
)
def test_a_time_after_a_body_ends_it(text: str, expected: list[str]) -> None:
    result = extract_text(text, require_vietnamese=False)
    assert [i.name for i in result.institutions] == expected
    assert [e.text for e in result.entities if e.label == "ORG"] == expected


@pytest.mark.parametrize(
    "verb", ["phát biểu", "nhấn mạnh", "trả lời", "giải thích", "khẳng định", "chia sẻ", "kết luận"]
)
def test_a_speakers_verb_ends_the_body_before_it(verb: str) -> None:
    text = f"Bà Lê Thị Dung, Giám đốc Sở Tài chính {verb}."
    result = extract_text(text, require_vietnamese=False)
    assert [i.name for i in result.institutions] == ["Sở Tài chính"]
    assert [p.organization for o in result.officials for p in o.positions] == ["Sở Tài chính"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past a comma each thing prevented is one word; the predicate after the last is no part of it
        (
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực chủ trì phiên họp.",
            ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"],
        ),
        # the first thing prevented may run longer, to the place
        (
            "Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Nam họp khẩn.",
            ["Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Nam"],
        ),
        # the first thing is a word whole, though its first syllable alone is a verb
        (
            "Ban Chỉ đạo quốc gia về phòng, chống rửa tiền họp phiên thứ nhất.",
            ["Ban Chỉ đạo quốc gia về phòng, chống rửa tiền"],
        ),
        ("Ban Chỉ đạo phòng, chống tội phạm tỉnh Lạng Sơn họp.", ["Ban Chỉ đạo phòng, chống tội phạm tỉnh Lạng Sơn"]),
        (
            "Ban Chỉ đạo phòng, chống mua bán người tỉnh Nghệ An họp.",
            ["Ban Chỉ đạo phòng, chống mua bán người tỉnh Nghệ An"],
        ),
        # past a comma a chair's verb is the predicate, not one more thing prevented
        (
            "Ông Lê Văn Hải, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, chủ trì hội nghị.",
            ["Ban Chỉ đạo phòng, chống tham nhũng"],
        ),
        # "xã hội" (society) is a word, not the unit "xã"
        (
            "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội họp.",
            ["Ban Chỉ đạo phòng, chống tội phạm, tệ nạn"],
        ),
    ],
)
def test_the_things_a_steering_committee_prevents(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the front's work committee of a residential area, by number or by the place it covers
        ("Ban Công tác Mặt trận khu dân cư số 5 tổ chức ngày hội.", ["Ban Công tác Mặt trận khu dân cư số 5"]),
        (
            "Ban Công tác Mặt trận khu dân cư số 3 phường Tây Hồ tổ chức họp.",
            ["Ban Công tác Mặt trận khu dân cư số 3 phường Tây Hồ"],
        ),
        (
            "Ban Công tác Mặt trận khu dân cư Trung Hòa tổ chức ngày hội.",
            ["Ban Công tác Mặt trận khu dân cư Trung Hòa"],
        ),
        # an area in general is none
        ("Người dân khu dân cư số 5 rất phấn khởi.", []),
    ],
)
def test_a_residential_areas_committee(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


def test_the_head_of_a_residential_areas_committee_before_her_name() -> None:
    text = "Trưởng ban Công tác Mặt trận khu dân cư số 5 Nguyễn Thị Hạnh báo cáo kết quả."
    officials = {o.name: [p.text for p in o.positions] for o in extract_text(text, require_vietnamese=False).officials}
    assert officials == {"Nguyễn Thị Hạnh": ["Trưởng ban Công tác Mặt trận khu dân cư số 5"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a union named by its members, each a body with a head and a name
        (
            "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức hội thảo.",
            ["Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"],
        ),
        (
            "Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam Đỗ Hồng Quân phát biểu.",
            ["Liên hiệp các Hội Văn học nghệ thuật Việt Nam"],
        ),
        ("Liên hiệp các tổ chức hữu nghị Việt Nam đón đoàn.", ["Liên hiệp các tổ chức hữu nghị Việt Nam"]),
        # a kind of body after the plural is no name
        ("Đảng ủy các Hội quần chúng họp.", []),
    ],
)
def test_a_union_named_by_its_members(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


def test_the_chair_of_a_union_named_by_its_members() -> None:
    text = "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam Phan Xuân Dũng chủ trì tọa đàm."
    officials = {o.name: [p.text for p in o.positions] for o in extract_text(text, require_vietnamese=False).officials}
    assert officials == {"Phan Xuân Dũng": ["Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"]}


def test_a_rank_after_a_body_is_not_read_into_its_name() -> None:
    text = "Giám đốc Học viện Quốc phòng Trung tướng Nguyễn Văn Hà trao bằng tốt nghiệp."
    result = extract_text(text, require_vietnamese=False)
    assert [i.name for i in result.institutions] == ["Học viện Quốc phòng"]
    assert [(o.name, [p.organization for p in o.positions]) for o in result.officials] == [
        ("Nguyễn Văn Hà", ["Học viện Quốc phòng"])
    ]
    assert [(e.label, text[e.start : e.end]) for e in result.entities if e.label == "ORG"] == [
        ("ORG", "Học viện Quốc phòng")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "xã hội" (society) in a lower-case line of work is a word, not the unit "xã"
        (
            "Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia cho biết GDP tăng 8%.",
            ["Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia"],
        ),
        # a unit of two syllables is one whether or not it is a word ("thành phố")
        ("Phó Chủ tịch UBND thành phố cho biết.", ["UBND thành phố"]),
        # "huyện ủy" is a body, so "huyện" stays a unit; written in lower case it is the
        # district's party committee, and its place follows
        ("Ban thường vụ huyện ủy Đắk G'long họp.", ["Ban thường vụ huyện ủy Đắk G'long"]),
    ],
)
def test_a_unit_syllable_inside_a_word_is_no_unit(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school level after "thi" is an exam
        ("Mỗi học sinh dự kỳ thi THPT Quốc gia 2025 phải đóng lệ phí.", []),
        ("Học sinh Trường THPT Chu Văn An đạt giải cao.", ["Trường THPT Chu Văn An"]),
        # the upper secondary level and "Quốc gia" alone name the national exam, written short or in full
        ("Em đã thi xong kỳ thi tốt nghiệp THPT Quốc gia năm 2019.", []),
        ("Kỳ thi tốt nghiệp Trung học phổ thông Quốc gia năm 2025 diễn ra suôn sẻ.", []),
        ("Anh tốt nghiệp Đại học Quốc gia Hà Nội năm 2010.", ["Đại học Quốc gia Hà Nội"]),
        # the pope named with his title is a person, not the Holy See
        ("Chủ tịch nước gửi điện chúc mừng Đức Giáo hoàng Leo XIV.", []),
    ],
)
def test_an_exam_and_a_pope_are_no_bodies(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's department named whole from the gazetteer, the predicate right after it
        ("Cục Y tế dự phòng yêu cầu các địa phương báo cáo.", ["Cục Y tế dự phòng"]),
        ("Cục Nghệ thuật biểu diễn cho biết đã cấp phép.", ["Cục Nghệ thuật biểu diễn"]),
        ("Theo Cục Xuất bản, In và Phát hành, năm nay có nhiều thay đổi.", ["Cục Xuất bản, In và Phát hành"]),
        ("Cục Quản lý nợ và Kinh tế đối ngoại cho biết.", ["Cục Quản lý nợ và Kinh tế đối ngoại"]),
        (
            "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên hướng dẫn.",
            ["Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"],
        ),
        # whatever the case of the words after the first
        ("Cục Di sản Văn hóa đề nghị công nhận bảo vật quốc gia.", ["Cục Di sản Văn hóa"]),
        # a former name, and a department of the Border Guard
        ("Theo Cục An toàn vệ sinh thực phẩm: thực phẩm rã đông phải dùng luôn.", ["Cục An toàn vệ sinh thực phẩm"]),
        ("Giải Ba thuộc về Cục Phòng chống ma túy và tội phạm.", ["Cục Phòng chống ma túy và tội phạm"]),
        # provincial units, centres and associations
        (
            "Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nghệ An tổ chức hội nghị.",
            ["Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nghệ An"],
        ),
        ("Quỹ Bảo vệ và Phát triển rừng phối hợp kiểm tra.", ["Quỹ Bảo vệ và Phát triển rừng"]),
        ("Hội Người cao tuổi phối hợp tổ chức.", ["Hội Người cao tuổi"]),
    ],
)
def test_a_ministrys_department_from_the_gazetteer(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's act right after its name is the predicate, not the name's tail
        ("Đoàn công tác của Bộ Y tế kiểm tra.", ["Bộ Y tế"]),
        ("Sở Công Thương phối hợp với Bộ Công an điều tra.", ["Sở Công Thương", "Bộ Công an"]),
        # right after the head it is the body's line of work
        ("Ủy ban kiểm tra Thành ủy họp.", ["Ủy ban kiểm tra Thành ủy"]),
    ],
)
def test_a_bodys_act_ends_its_name(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model's span that runs into a verb and its object is cut before the verb
        ("Cục Quản lý giá yêu cầu các địa phương báo cáo.", ["Cục Quản lý giá"]),
        ("Cục Xúc tiến thương mại cảnh báo người dân.", ["Cục Xúc tiến thương mại"]),
    ],
)
def test_the_models_span_never_runs_into_the_predicate(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank's retail or wholesale division: "bán" is no verb here
        ("Khối Ngân hàng bán lẻ triển khai gói vay mới.", ["Khối Ngân hàng bán lẻ"]),
        (
            "Khối Khách hàng bán buôn Ngân hàng TMCP Á Châu tăng trưởng.",
            ["Khối Khách hàng bán buôn Ngân hàng TMCP Á Châu"],
        ),
        # the name opens at its own head, not at a lower-case word before it
        ("Bà Ba (nguyên GĐ khối ngân hàng bán lẻ) bị khởi tố.", []),
    ],
)
def test_a_banks_division_by_the_customers_it_serves(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two fields of one syllable joined by a dash, right after the head
        ("Bệnh viện Sản - Nhi tỉnh Nghệ An tổ chức hội nghị.", ["Bệnh viện Sản - Nhi tỉnh Nghệ An"]),
        # a family name after the dash is a person's
        ("Bệnh viện Sản - Lê Văn Hùng cho biết.", ["Bệnh viện Sản"]),
    ],
)
def test_one_syllable_fields_joined_by_a_dash(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "official", "position"),
    [
        (
            "Giám đốc Bệnh viện Sản - Nhi tỉnh Nghệ An Lê Văn Bình kiểm tra.",
            "Lê Văn Bình",
            "Giám đốc Bệnh viện Sản - Nhi tỉnh Nghệ An",
        ),
        # a name the gazetteer holds, with a dash inside, before the holder's name
        (
            "Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nghệ An Lê Văn Bình kiểm tra.",
            "Lê Văn Bình",
            "Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nghệ An",
        ),
        # a hospital's department of two fields, then the hospital
        (
            "Trưởng khoa Nội - Nhi Bệnh viện Đa khoa tỉnh Nghệ An Lê Văn Hùng cho biết.",
            "Lê Văn Hùng",
            "Trưởng khoa Nội - Nhi Bệnh viện Đa khoa tỉnh Nghệ An",
        ),
    ],
)
def test_a_post_in_a_body_named_by_two_one_syllable_fields(text: str, official: str, position: str) -> None:
    officials = {o.name: [p.text for p in o.positions] for o in extract_text(text, require_vietnamese=False).officials}
    assert officials == {official: [position]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's number ends its lower-case line of work
        (
            "Tổng công ty Xây dựng công trình giao thông 8 cho biết đã hoàn thành cầu.",
            ["Tổng công ty Xây dựng công trình giao thông 8"],
        ),
        (
            "Công ty CP Đầu tư và Phát triển nhà số 6 Hà Nội đạt doanh thu 500 tỷ đồng.",
            ["Công ty CP Đầu tư và Phát triển nhà số 6 Hà Nội"],
        ),
        # a month's number is a date, not the body's
        ("Hai bên gặp nhau tại Phòng Bầu dục hồi tháng 3.", ["Phòng Bầu dục"]),
    ],
)
def test_a_bodys_number_after_its_line_of_work(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # international bodies named whole, though their first word names no body elsewhere
        ("Chương trình Lương thực Thế giới cho biết sẽ hỗ trợ.", ["Chương trình Lương thực Thế giới"]),
        ("Diễn đàn Kinh tế Thế giới đánh giá cao Việt Nam.", ["Diễn đàn Kinh tế Thế giới"]),
        ("Cao ủy Liên hợp quốc về người tị nạn cảnh báo.", ["Cao ủy Liên hợp quốc về người tị nạn"]),
        ("Tổ chức Bác sĩ không biên giới cho biết.", ["Tổ chức Bác sĩ không biên giới"]),
        ("Chương trình Phát triển Liên Hợp Quốc tài trợ dự án.", ["Chương trình Phát triển Liên Hợp Quốc"]),
        ("Ủy hội sông Mê Kông quốc tế cảnh báo hạn mặn.", ["Ủy hội sông Mê Kông quốc tế"]),
        ("Nhóm Ngân hàng Thế giới cam kết tài trợ.", ["Nhóm Ngân hàng Thế giới"]),
        (
            "Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ cho biết.",
            ["Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ"],
        ),
        # a programme that is no body stays out
        ("Chương trình mục tiêu quốc gia về giảm nghèo được triển khai.", []),
    ],
)
def test_international_bodies_named_whole(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


def test_a_members_title_the_model_tags_is_no_body() -> None:
    text = "Ông Trần Văn Giang, Thị ủy viên, Phó Chủ tịch UBND thị xã Hoàng Mai dự họp."
    assert _institutions(text) == ["UBND thị xã Hoàng Mai"]


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        # a mass organization's field written short is the same body
        (
            "Hội Liên hiệp Phụ nữ Việt Nam kỷ niệm 95 năm thành lập. Chủ tịch Hội LHPN Việt Nam Nguyễn Thị Tuyến phát biểu.",
            "Hội Liên hiệp Phụ nữ Việt Nam",
            "Hội LHPN Việt Nam",
        ),
        (
            "Hội Cựu chiến binh tỉnh Nghệ An tổ chức đại hội. Hội CCB tỉnh Nghệ An có 80.000 hội viên.",
            "Hội Cựu chiến binh tỉnh Nghệ An",
            "Hội CCB tỉnh Nghệ An",
        ),
    ],
)
def test_a_field_written_short_is_the_same_body(text: str, body: str, short: str) -> None:
    records = {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions}
    assert short in records[body] and short not in records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the youth union of a unit, named like the party's committees
        ("Tỉnh đoàn Nghệ An phát động chiến dịch tình nguyện.", ["Tỉnh đoàn Nghệ An"]),
        ("Đại diện Thành đoàn Hà Nội và Huyện đoàn Yên Thành dự lễ.", ["Thành đoàn Hà Nội", "Huyện đoàn Yên Thành"]),
        # and of a bloc, named like the party's committee of the bloc
        ("Đoàn Khối các cơ quan Trung ương được tặng cờ thi đua.", ["Đoàn Khối các cơ quan Trung ương"]),
    ],
)
def test_a_units_youth_union(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


def test_the_youth_unions_secretary() -> None:
    text = "Bí thư Tỉnh đoàn Nghệ An Lê Văn Hùng phát biểu."
    officials = {o.name: [p.text for p in o.positions] for o in extract_text(text, require_vietnamese=False).officials}
    assert officials == {"Lê Văn Hùng": ["Bí thư Tỉnh đoàn Nghệ An"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast after a body's whole name is its act
        ("Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng 6,8%.", ["Ngân hàng Thế giới"]),
        (
            "Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo mưa lớn.",
            ["Trung tâm Dự báo khí tượng thủy văn quốc gia"],
        ),
        # right after the head it is the body's line of work
        (
            "Theo Trung tâm dự báo khí tượng thủy văn Trung ương, trời mưa lớn.",
            ["Trung tâm dự báo khí tượng thủy văn Trung ương"],
        ),
        # the owner after "của" closes a lower-case line of work
        ("Hội đồng Tư vấn chính sách của Thủ tướng họp phiên thứ nhất.", ["Hội đồng Tư vấn chính sách"]),
    ],
)
def test_a_forecast_and_an_owner_after_a_name(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an army unit named by its number or name, alone as a subject
        ("Quân khu 7 tổ chức diễn tập phòng thủ năm 2026.", ["Quân khu 7"]),
        ("Sư đoàn 312 yêu cầu các đơn vị sẵn sàng.", ["Sư đoàn 312"]),
        ("Lữ đoàn Công binh 229 bàn giao cây cầu cho địa phương.", ["Lữ đoàn Công binh 229"]),
        ("Quân khu Thủ đô phối hợp với Công an thành phố.", ["Quân khu Thủ đô", "Công an thành phố"]),
        # a service or an arm of the army, by its name, with a dash inside
        ("Chiến sĩ của Quân chủng Hải quân có nhiều sáng kiến.", ["Quân chủng Hải quân"]),
        (
            "Quân chủng Phòng không - Không quân và Binh chủng Đặc công tổ chức lễ.",
            ["Quân chủng Phòng không - Không quân", "Binh chủng Đặc công"],
        ),
        # smaller units by their number
        ("Hải đội 2 đã bắt giữ tàu vận chuyển hàng lậu.", ["Hải đội 2"]),
        ("Tiểu đoàn 1 hành quân về địa phương.", ["Tiểu đoàn 1"]),
        # the word alone, or in lower case, is any such unit
        ("Các sư đoàn chủ lực đã được điều động.", []),
    ],
)
def test_an_army_unit_by_its_number(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


def test_the_models_name_one_word_wider_than_the_rules_is_the_outermost() -> None:
    # the model reads the troupe of the military region, the rules the region inside it
    assert _institutions("Chị từng là diễn viên của Đoàn Quân khu 5 trong nhiều năm.") == ["Đoàn Quân khu 5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a steering committee steers names it, after "về" or straight after its scope
        (
            "Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản họp phiên thứ hai.",
            ["Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản"],
        ),
        (
            "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, "
            "chuyển đổi số và Đề án 06 đã họp.",
            [
                "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, "
                "chuyển đổi số và Đề án 06"
            ],
        ),
        (
            "Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành "
            "đường sắt đã kiểm tra tiến độ.",
            ["Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành đường sắt"],
        ),
        (
            "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Thanh Hóa yêu cầu hoàn thành trước tháng 6.",
            ["Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Thanh Hóa"],
        ),
        # a matter opening with a verb names it only where its unit follows
        (
            "Ban Chỉ đạo sắp xếp đơn vị hành chính tỉnh Quảng Trị đã họp.",
            ["Ban Chỉ đạo sắp xếp đơn vị hành chính tỉnh Quảng Trị"],
        ),
        ("Ban Chỉ đạo ban hành kế hoạch kiểm tra.", []),
        # a verb past the first word of a thing begins the predicate; so does a time
        ("Ban Chỉ đạo quốc gia về chuyển đổi số yêu cầu các bộ hoàn thành.", ["Ban Chỉ đạo quốc gia về chuyển đổi số"]),
        ("Ban Chỉ đạo về cải cách hành chính sáng nay đã họp.", ["Ban Chỉ đạo về cải cách hành chính"]),
        # ... but not a word that names no time ("sáng tạo")
        ("Ban Chỉ đạo về đổi mới sáng tạo đã họp.", ["Ban Chỉ đạo về đổi mới sáng tạo"]),
    ],
)
def test_what_a_steering_committee_steers(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chair's act ends the things prevented, listed or not
        (
            "Ông Trần Văn Hùng, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng chủ trì cuộc họp.",
            ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"],
        ),
        # a unit after the things prevented is the committee's place
        (
            "Ông Trần Văn Hùng, Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh chủ trì cuộc họp.",
            ["Ban Chỉ đạo phòng, chống thiên tai tỉnh"],
        ),
    ],
)
def test_what_a_committee_prevents_ends_at_an_act_or_a_unit(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two lines of work joined by "và" and closed by a national scope are one body's
        (
            "Ông đề xuất thành lập Quỹ Phát triển khoa học và công nghệ quốc gia chi nhánh phía Nam.",
            ["Quỹ Phát triển khoa học và công nghệ quốc gia"],
        ),
        # "hợp tác xã" (a cooperative) is a word, not the unit "xã": the province after it is the body's
        (
            "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Nghệ An đã giải ngân 20 tỷ đồng.",
            ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Nghệ An"],
        ),
        # the reporter's mark after a locality is no part of the name
        (
            "Làm việc với Trưởng Phòng Tài nguyên môi trường huyện Quảng Ninh PV đã nhận được clip.",
            ["Phòng Tài nguyên môi trường huyện Quảng Ninh"],
        ),
        # or by a city written short with its unit, in one token
        (
            "Ông học tại Trường Đào tạo bồi dưỡng nghiệp vụ kiểm sát TP.HCM từ năm 2010.",
            ["Trường Đào tạo bồi dưỡng nghiệp vụ kiểm sát TP.HCM"],
        ),
    ],
)
def test_a_line_of_work_closed_by_a_scope_or_a_word_ending_in_a_unit(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


def test_the_models_span_goes_on_to_the_end_of_its_last_word() -> None:
    # the model stops at "quốc", inside "quốc gia"
    text = "Ông đề xuất thành lập Quỹ Phát triển khoa học và công nghệ quốc gia chi nhánh phía Nam."
    spans = [text[e.start : e.end] for e in extract_text(text, require_vietnamese=False).entities if e.label == "ORG"]
    assert spans == ["Quỹ Phát triển khoa học và công nghệ quốc gia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model's span ran into "tổ chức" (a noun as often as a verb); cut before it, it still
        # carries the name's lower-case end
        (
            "Báo Tiền Phong phối hợp với Trung tâm Phát triển Khoa học, Công nghệ và Tài năng trẻ tổ chức giải thưởng.",
            ["Báo Tiền Phong", "Trung tâm Phát triển Khoa học, Công nghệ và Tài năng trẻ"],
        ),
        # a sitting's ordinal is not part of the body's name
        ("Hội nghị Ban Chấp hành Đảng bộ lần thứ 5 đã bế mạc.", ["Ban Chấp hành Đảng bộ"]),
        ("Hội nghị Ban Chấp hành Đảng bộ lần thứ ba đã bế mạc.", ["Ban Chấp hành Đảng bộ"]),
        ("Sáng nay, Ban Chấp hành Đảng bộ phường Yên Sở lần thứ 5 họp.", ["Ban Chấp hành Đảng bộ phường Yên Sở"]),
    ],
)
def test_a_names_end_past_the_models_predicate_and_before_a_sittings_ordinal(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng tiếp Chủ tịch Tập đoàn Lotte Shin Dong Bin.", ["Tập đoàn Lotte"]),
        # a Vietnamese brand of syllables without marks is no Korean name; a brand alone is no chief
        ("Công ty TNHH Kim Long Tin đã nộp thuế.", ["Công ty TNHH Kim Long Tin"]),
        ("Tập đoàn Lee Kum Kee mở nhà máy tại Bình Dương.", ["Tập đoàn Lee Kum Kee"]),
        # a foreign country's business body in Việt Nam, named with its host, as a post's body too
        (
            "Ông Hong Sun, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam cho biết.",
            ["Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam"],
        ),
        ("Phòng Thương mại Hoa Kỳ tại Việt Nam kiến nghị giảm thuế.", ["Phòng Thương mại Hoa Kỳ tại Việt Nam"]),
        # a body of the world keeps its own name, its office's host apart
        ("Bà Mariam Sherman, Giám đốc Ngân hàng Thế giới tại Việt Nam cho biết.", ["Ngân hàng Thế giới"]),
    ],
)
def test_a_korean_chief_is_no_part_of_the_brand_and_a_foreign_body_here_keeps_its_host(
    text: str, expected: list[str]
) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person after the steering committee's matter is no part of it
        (
            "Đại diện Ban Chỉ đạo Trung ương về chính sách nhà ở, ông Nguyễn Văn Hải cho biết.",
            ["Ban Chỉ đạo Trung ương về chính sách nhà ở"],
        ),
        # "hàng không" (aviation) is one word, though "không" alone ends a name
        (
            "Phó Chủ tịch Ủy ban An ninh hàng không dân dụng quốc gia Nguyễn Văn Hải cho biết.",
            ["Ủy ban An ninh hàng không dân dụng quốc gia"],
        ),
        # ... but a time is no word of the name ("chiều | nay")
        ("Theo Sở Y tế, Phòng Nghiệp vụ chiều nay cho biết đã có 5 ca.", ["Sở Y tế", "Phòng Nghiệp vụ"]),
        # the model's span that ran into a whole time ends before it
        ("Cục Quản lý dược sáng nay thông báo thu hồi thuốc.", ["Cục Quản lý dược"]),
        ("Trung tâm Kiểm soát bệnh tật tối qua cho biết.", ["Trung tâm Kiểm soát bệnh tật"]),
    ],
)
def test_a_person_a_time_and_a_word_across_a_stop_at_a_names_end(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body a lower-case line of work belongs to, after "thuộc", closes it
        (
            "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội đã trình danh sách.",
            ["Ban Công tác đại biểu", "Ủy ban Thường vụ Quốc hội"],
        ),
        # "kỷ luật" (discipline) names no law, so the body after it is one
        (
            "Bộ Chính trị thi hành kỷ luật Ban Thường vụ Đảng ủy Tổng công ty Lương thực miền Bắc nhiệm kỳ 2020-2025.",
            ["Bộ Chính trị", "Ban Thường vụ Đảng ủy Tổng công ty Lương thực miền Bắc"],
        ),
        # "Luật" does
        ("Theo Luật Hợp tác xã 2023, các hợp tác xã phải đăng ký lại.", []),
    ],
)
def test_an_owner_after_thuoc_and_a_body_after_discipline(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long lower-case field closed by a capitalized place is the model's name, no run-on
        (
            "Theo Đài khí tượng thủy văn khu vực Nam Bộ, mực nước hạ lưu tăng.",
            ["Đài khí tượng thủy văn khu vực Nam Bộ"],
        ),
        # two fields written short about a spaced dash are one name, the same as unspaced
        (
            "Bộ GD-ĐT cho biết. Thứ trưởng Bộ GD - ĐT Nguyễn Thị Nghĩa phát biểu.",
            ["Bộ GD-ĐT"],
        ),
        # a field in sentence case after "và" makes the lower-case words around it one name
        (
            "Tại TPHCM, Trung tâm Hỗ trợ phụ nữ và Chăm sóc sức khỏe sinh sản đã tổ chức hội thảo.",
            ["Trung tâm Hỗ trợ phụ nữ và Chăm sóc sức khỏe sinh sản"],
        ),
        # ... not a plural of another kind after "và"
        ("Bộ Công an và ngành ngân hàng đã phối hợp.", ["Bộ Công an"]),
    ],
)
def test_long_fields_short_fields_and_fields_joined(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


def test_short_fields_about_a_spaced_dash_are_one_key() -> None:
    keys = Lexicons.load().keys
    assert keys.same("Bộ GD - ĐT", "Bộ GD-ĐT")
    assert keys.same("Bộ GD- ĐT", "Bộ Giáo dục và Đào tạo")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a world body's short form opening the sentence, which the model misses
        ("IMF dự báo kinh tế thế giới tăng 3% năm nay.", ["IMF"]),
        ("WHO khuyến cáo người dân tiêm phòng cúm.", ["WHO"]),
        ("Fed sẽ giảm lãi suất vào tháng tới.", ["Fed"]),
        ("LHQ kêu gọi các bên ngừng bắn.", ["LHQ"]),
        # declared after the full name, it is the full name's
        (
            "Theo Quỹ Tiền tệ Quốc tế (IMF), tăng trưởng đạt 6%. IMF cũng cho biết lạm phát thấp.",
            ["Quỹ Tiền tệ Quốc tế"],
        ),
        # the short form is the whole name: a year after it is an event's
        ("Hội nghị ASEAN 2025 diễn ra tại Kuala Lumpur.", ["ASEAN"]),
    ],
)
def test_a_world_bodys_short_form_alone(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office's field in sentence case is no body
        ("Cùng dự có Cố vấn An ninh Quốc gia Wi Sung Lac.", []),
        ("Cố vấn An ninh quốc gia Wi Sung-lac tháp tùng Tổng thống.", []),
        # a body's head inside, a place or a brand make it one
        ("Ông Lê Văn Hải, Cố vấn An ninh Quốc gia, cho biết.", []),
        (
            "Ông Trần Văn An, Ủy viên Thường vụ Quân ủy Trung ương, phát biểu.",
            ["Thường vụ Quân ủy Trung ương", "Quân ủy Trung ương"],
        ),
        ("Ông Nguyễn Văn A, Giám đốc Điện lực Hà Nội cho biết.", ["Điện lực Hà Nội"]),
        # a police team's head with its field is a body's name, not a field alone
        ("Ông Nguyễn Văn U, Đội trưởng Đội Cảnh sát giao thông, được khen thưởng.", ["Đội Cảnh sát giao thông"]),
    ],
)
def test_an_offices_field_is_no_body(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a university's branch campus, named with where it is
        (
            "Phân hiệu Trường Đại học Thủy lợi tại TP.HCM tuyển 500 sinh viên.",
            ["Phân hiệu Trường Đại học Thủy lợi tại TP.HCM"],
        ),
        (
            "Ông Nguyễn Văn Hải, Giám đốc Phân hiệu Đại học Thái Nguyên tại tỉnh Lào Cai, phát biểu.",
            ["Phân hiệu Đại học Thái Nguyên tại tỉnh Lào Cai"],
        ),
        # a school itself is not named with the city it is in
        ("Trường Đại học Thủy lợi tại Hà Nội tuyển sinh.", ["Trường Đại học Thủy lợi"]),
        # a field in sentence case after "và" carries the lower-case words before and after it
        (
            "Theo Viện Đào tạo Y học dự phòng và Y tế công cộng, năm nay sẽ tuyển 300 học viên.",
            ["Viện Đào tạo Y học dự phòng và Y tế công cộng"],
        ),
    ],
)
def test_a_branch_campus_and_fields_about_va(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model's span over two bodies joined by "và" is parted; a bare head alone is no body
        ("Hội Cựu chiến binh và Hội Phụ nữ cùng tham gia.", []),
        ("Hội Cựu chiến binh tỉnh và Hội Phụ nữ tỉnh cùng tham gia.", ["Hội Cựu chiến binh tỉnh", "Hội Phụ nữ tỉnh"]),
        # a field joined by "và" is no second body
        ("Bộ Giáo dục và Đào tạo cho biết.", ["Bộ Giáo dục và Đào tạo"]),
    ],
)
def test_the_models_span_over_two_bodies_is_parted(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words between a body's head and its name written as their initials: one body
        (
            "Công ty Cổ phần đầu tư và Xây dựng giao thông Phương Thành đề xuất giảm phí. "
            "Đại diện Công ty CPĐT&XDGT Phương Thành cho biết.",
            {"Công ty Cổ phần đầu tư và Xây dựng giao thông Phương Thành": ["Công ty CPĐT&XDGT Phương Thành"]},
        ),
        (
            "Tổng Liên đoàn Lao động Việt Nam đã hỗ trợ công nhân. Tổng LĐLĐ Việt Nam cũng đề nghị tăng lương.",
            {"Tổng Liên đoàn Lao động Việt Nam": ["Tổng LĐLĐ Việt Nam"]},
        ),
        # a ministry's or a department's field written short after its head, nothing after it
        (
            "Bộ Khoa học và Công nghệ công bố chỉ số. Thứ trưởng Bộ KH&CN Nguyễn Văn An cho biết thêm.",
            {"Bộ Khoa học và Công nghệ": ["Bộ KH&CN"]},
        ),
        (
            "Bộ Văn hóa, Thể thao và Du lịch khen thưởng đội tuyển. Đại diện Bộ VHTTDL trao bằng khen.",
            {"Bộ Văn hóa, Thể thao và Du lịch": ["Bộ VHTTDL"]},
        ),
        (
            "Sở Khoa học và Công nghệ tỉnh Lâm Đồng tổ chức hội thảo. Đại diện Sở KH-CN cho biết thêm.",
            {"Sở Khoa học và Công nghệ tỉnh Lâm Đồng": ["Sở KH-CN"]},
        ),
        # a head written short ("BTL": Bộ Tư lệnh) is the same head; an office of the command is another body
        (
            "Bộ Tư lệnh Thủ đô tổ chức lễ. Sau đó, BTL Thủ đô đã ra quân huấn luyện.",
            {"Bộ Tư lệnh Thủ đô": ["BTL Thủ đô"]},
        ),
        (
            "Văn phòng Bộ Tư lệnh BĐBP tổ chức lễ. Đại diện BTL BĐBP phát biểu.",
            {"Văn phòng Bộ Tư lệnh BĐBP": [], "BTL BĐBP": []},
        ),
        # or with the country left out
        (
            "Viện Nghiên cứu Phát triển Du lịch Việt Nam tổ chức hội thảo. Đại diện Viện NCPTDL cho biết thêm.",
            {"Viện Nghiên cứu Phát triển Du lịch Việt Nam": ["Viện NCPTDL"]},
        ),
        # a body's whole name written as its initials, its country or city left out or not
        (
            "Ngân hàng Nhà nước Việt Nam vừa điều chỉnh lãi suất. Theo NHNN, tín dụng tăng 15%.",
            {"Ngân hàng Nhà nước Việt Nam": ["NHNN"]},
        ),
        (
            "Đại học Quốc gia Hà Nội công bố đề án tuyển sinh. Năm nay ĐHQGHN tuyển 18.000 chỉ tiêu.",
            {"Đại học Quốc gia Hà Nội": ["ĐHQGHN"]},
        ),
        (
            "Tòa án nhân dân tối cao đã ban hành án lệ mới. Chánh án TANDTC Nguyễn Văn An ký quyết định.",
            {"Tòa án nhân dân tối cao": ["TANDTC"]},
        ),
        # a world body's listed short form without a bracket declaring it
        (
            "Liên minh châu Âu cam kết hỗ trợ. Đại diện EU cho biết sẽ tăng viện trợ.",
            {"Liên minh châu Âu": ["EU"]},
        ),
        # the "xã" of "xã hội" is no commune to leave out
        (
            "Ngân hàng Chính sách xã hội giải ngân vốn vay. Đại diện Ngân hàng CSXH cho biết thêm.",
            {"Ngân hàng Chính sách xã hội": ["Ngân hàng CSXH"]},
        ),
        # a company's or a bank's brand in capitals, its head and trade left out
        (
            "Ngân hàng HSBC dự báo tăng trưởng 6,5%. Theo HSBC, lạm phát sẽ ở mức thấp.",
            {"Ngân hàng HSBC": ["HSBC"]},
        ),
        (
            "Ông An làm việc tại Tổng công ty vận tải thủy VIVASO. Năm nay VIVASO đóng mới 5 tàu.",
            {"Tổng công ty vận tải thủy VIVASO": ["VIVASO"]},
        ),
        # a fund named after its owner is another body
        (
            "Quỹ sáng tạo CMC đầu tư vào công ty khởi nghiệp. Ông An cho biết CMC là cổ đông lớn.",
            {"Quỹ sáng tạo CMC": [], "CMC": []},
        ),
        # the joints of a name's fields written otherwise: a dash or nothing for "và", "&" spaced or not
        (
            "Bộ Tài nguyên - Môi trường cho biết. Theo Bộ Tài nguyên và Môi trường, hạn mặn sẽ kéo dài.",
            {"Bộ Tài nguyên và Môi trường": ["Bộ Tài nguyên - Môi trường"]},
        ),
        (
            "Viện Nghiên cứu Văn hóa Du lịch Hàn Quốc khảo sát. Theo Viện Nghiên cứu Văn hóa và Du lịch "
            "Hàn Quốc, khách Việt tăng.",
            {"Viện Nghiên cứu Văn hóa và Du lịch Hàn Quốc": ["Viện Nghiên cứu Văn hóa Du lịch Hàn Quốc"]},
        ),
        # a hospital's or a corporation's head written short
        (
            "Bệnh viện Quân y 175 tiếp nhận bệnh nhân. Bác sĩ BV Quân y 175 cho biết ca mổ thành công.",
            {"Bệnh viện Quân y 175": ["BV Quân y 175"]},
        ),
        # a body by its head and its brand, the words between left out; not where the name ends in a place
        (
            "Học viện Ngoại giao Clingendael tổ chức hội thảo. Chuyên gia Học viện Clingendael cho biết thêm.",
            {"Học viện Ngoại giao Clingendael": ["Học viện Clingendael"]},
        ),
        (
            "Trường Đại học Dân lập Hải Phòng tuyển sinh. Trường Đại học Hải Phòng cũng tuyển sinh.",
            {"Trường Đại học Dân lập Hải Phòng": [], "Trường Đại học Hải Phòng": []},
        ),
        # a body's name is no clipped form of a foreign body's committee of the same name
        (
            "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà hội kiến Chủ tịch Ủy ban Đối ngoại Hạ viện"
            " Nhật Bản Kenji Wakamiya.",
            {"Ủy ban Đối ngoại": [], "Quốc hội": [], "Ủy ban Đối ngoại Hạ viện Nhật Bản": []},
        ),
        # nor where a company's words between name its trade: the group's subsidiary, not the group
        (
            "Công ty Cổ phần FPT công bố doanh thu. Công ty Cổ phần Viễn thông FPT (FPT Telecom) chia cổ tức.",
            {"Công ty Cổ phần FPT": [], "Công ty Cổ phần Viễn thông FPT": ["FPT Telecom"]},
        ),
        # a legal form written short is no company's whole name
        (
            "Công ty Cổ phần Xây dựng số 1 trúng thầu. Công ty CP Sông Đà bỏ thầu.",
            {"Công ty Cổ phần Xây dựng số 1": [], "Công ty CP Sông Đà": []},
        ),
        # other initials are another body
        (
            "Bộ Tài nguyên và Môi trường và Bộ KH-ĐT phối hợp.",
            {"Bộ Tài nguyên và Môi trường": [], "Bộ KH-ĐT": []},
        ),
        (
            "Sở Tài chính Hà Nội và Sở GTVT Hà Nội phối hợp.",
            {"Sở Tài chính Hà Nội": [], "Sở GTVT Hà Nội": []},
        ),
    ],
)
def test_a_name_written_with_initials_is_the_same_body(text: str, expected: dict[str, list[str]]) -> None:
    found = extract_text(text, require_vietnamese=False).institutions
    assert {i.name: i.aliases for i in found} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head that names no body alone and a lower-case word or two: what it does, or a kind
        ("Đối với 54 dự án BOT do Bộ quản lý, Tổng cục đang rà soát.", []),
        ("Các dự án do Sở quản lý đã hoàn thành đúng hạn.", []),
        # a name after the head makes it one
        ("Sở Xây dựng cho biết các dự án do Sở quản lý đã hoàn thành.", ["Sở Xây dựng"]),
    ],
)
def test_a_bare_head_and_its_act_is_no_body(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


def test_the_national_blood_institute_from_the_gazetteer() -> None:
    # "truyền máu" is no word of the segmenter's dictionary, so the dash alone would end the name
    text = "PGS.TS Nguyễn Hà Thanh, Viện trưởng Viện Huyết học - Truyền máu Trung ương cho biết."
    assert list(_read_by_rules(text)) == ["Viện Huyết học - Truyền máu Trung ương"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "quản lý" in lower case ends no name: after "do …" it is what the body does
        ("Các dự án do Sở Xây dựng quản lý đã hoàn thành.", ["Sở Xây dựng"]),
        ("Bệnh viện này do Sở Y tế quản lý.", ["Sở Y tế"]),
        # inside a name, or capitalized at its head, it stays
        ("Ban quản lý dự án Thăng Long đã bàn giao.", ["Ban quản lý dự án Thăng Long"]),
        ("Cục Quản lý thị trường cho biết.", ["Cục Quản lý thị trường"]),
    ],
)
def test_a_name_does_not_end_in_manage(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form in brackets closes two lines of work joined by "và" as one body's
        (
            "Theo Viện Nghiên cứu kinh tế và chính sách (VEPR), tăng trưởng đạt 6,5%. VEPR cũng cho biết lạm phát thấp.",
            {"Viện Nghiên cứu kinh tế và chính sách": ["VEPR"]},
        ),
        # the national advisory council, its comma inside its name (gazetteer)
        (
            "Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia họp phiên thứ nhất.",
            {"Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia": []},
        ),
    ],
)
def test_lines_of_work_closed_by_a_short_form_and_the_advisory_council(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heads written by their initials
        ("LĐLĐ tỉnh Bắc Ninh vừa trao quà cho công nhân.", {"LĐLĐ tỉnh Bắc Ninh": []}),
        ("Tổng LĐLĐVN sẽ ưu tiên xem xét các đề xuất.", {"Tổng LĐLĐVN": []}),
        ("UBKT Tỉnh ủy Thanh Hóa thi hành kỷ luật 3 đảng viên.", {"UBKT Tỉnh ủy Thanh Hóa": []}),
        ("VKSNDTC đã ban hành cáo trạng.", {"VKSNDTC": []}),
        # the initials and the full name are one body
        (
            "Bảo hiểm xã hội Việt Nam cho biết đã chi 200 tỷ đồng. BHXH Việt Nam cũng đề nghị tăng mức đóng.",
            {"Bảo hiểm xã hội Việt Nam": ["BHXH Việt Nam"]},
        ),
        # a law named by the initials is no body, nor is the insurance paid
        ("Theo Luật BHXH 2014, người lao động được hưởng chế độ.", {}),
    ],
)
def test_heads_written_by_their_initials(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate that runs into another body is no company's line of business
        ("Doanh nghiệp đóng BHXH cho 200 lao động.", {}),
        (
            "Công ty thống nhất trình Bộ Văn hóa, Thể thao và Du lịch phương án.",
            {"Bộ Văn hóa, Thể thao và Du lịch": []},
        ),
        # a line of business ends in the company's own name, or in a place
        (
            "Công ty TNHH MTV đầu tư phát triển thủy lợi sông Đáy vừa hoàn thành.",
            {"Công ty TNHH MTV đầu tư phát triển thủy lợi sông Đáy": []},
        ),
    ],
)
def test_a_line_of_business_does_not_run_into_another_body(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's field is its whole name: the lower-case object after it is the sentence's
        ("UBND tỉnh gửi Bộ Tài chính văn bản đề nghị.", ["UBND tỉnh", "Bộ Tài chính"]),
        ("Tỉnh kiến nghị Bộ Y tế cơ chế đặc thù cho dự án.", ["Bộ Y tế"]),
        ("Trường đề xuất Bộ Giáo dục và Đào tạo cơ chế đặc thù.", ["Bộ Giáo dục và Đào tạo"]),
        # a department's place, and an exchange's lower-case field, go on
        ("Sở Y tế tỉnh Nghệ An cho biết.", ["Sở Y tế tỉnh Nghệ An"]),
        ("Sở Giao dịch chứng khoán TP.HCM cho biết.", ["Sở Giao dịch chứng khoán TP.HCM"]),
    ],
)
def test_a_ministrys_field_is_its_whole_name(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's word inside another word ("nông thôn", "văn bản") is no unit: the name goes on to
        # its place, or ends before the sentence's object
        ("Quỹ Phát triển nông thôn tỉnh Yên Bái cho vay 20 tỷ đồng.", {"Quỹ Phát triển nông thôn tỉnh Yên Bái": []}),
        ("Sở Y tế gửi Bệnh viện Đa khoa văn bản hướng dẫn.", {"Sở Y tế": [], "Bệnh viện Đa khoa": []}),
    ],
)
def test_a_units_word_inside_another_word(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's title, capitalized after the body that issued it, is no part of its name
        (
            "Theo Nghị định số 60/2013/NĐ-CP của Chính phủ Quy định chi tiết Bộ luật Lao động, doanh nghiệp phải đối thoại.",
            ["Chính phủ"],
        ),
        (
            "Thông tư 130/2016/TT-BTC của Bộ Tài chính Hướng dẫn thi hành Nghị định 100 đã có hiệu lực.",
            ["Bộ Tài chính"],
        ),
        ("Quyết định 1234/QĐ-UBND của UBND tỉnh Quảng Ninh Phê duyệt đề án.", ["UBND tỉnh Quảng Ninh"]),
        ("Quyết định 1234/QĐ-UBND của UBND tỉnh Phê duyệt quy hoạch vùng.", ["UBND tỉnh"]),
        ("Theo Nghị quyết của Quốc hội Về kế hoạch phát triển kinh tế, tăng trưởng đạt 7%.", ["Quốc hội"]),
        # a field after a head that needs one stays ("Quản lý" is no title's verb)
        ("Cục Quản lý dược cho biết.", ["Cục Quản lý dược"]),
    ],
)
def test_a_documents_title_after_its_issuer(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected
    assert list(_read_by_rules(text)) == expected


def test_the_united_nations_initials_are_its_name() -> None:
    text = "Tổng Thư ký Liên hợp quốc (LHQ) Antonio Guterres phát biểu. LHQ sẽ viện trợ khẩn cấp."
    assert _read_by_rules(text) == {"Liên hợp quốc": ["LHQ"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a world scope closes the name, as a national one does: the verb after it is the predicate
        (
            "Quỹ Tiền tệ Quốc tế khuyến nghị Ngân hàng Nhà nước Việt Nam duy trì chính sách.",
            ["Quỹ Tiền tệ Quốc tế", "Ngân hàng Nhà nước Việt Nam"],
        ),
        ("Tổ chức Y tế Thế giới khuyến nghị Bộ Y tế tăng cường giám sát.", ["Tổ chức Y tế Thế giới", "Bộ Y tế"]),
        # a body's act that the built verb list lacks ends a lower-case tail
        (
            "Hiệp hội Ngân hàng khuyến nghị Ngân hàng Nhà nước giảm lãi suất.",
            ["Hiệp hội Ngân hàng", "Ngân hàng Nhà nước"],
        ),
        ("Hiệp hội Doanh nghiệp cam kết Bộ Công Thương thực hiện.", ["Hiệp hội Doanh nghiệp", "Bộ Công Thương"]),
    ],
)
def test_a_world_scope_and_a_bodys_act_end_a_name(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case field ends where a body's act begins, as it does before "cho biết"
        ("Cục Quản lý thị trường khẳng định sẽ xử lý nghiêm.", ["Cục Quản lý thị trường"]),
        ("Trung tâm Kiểm soát bệnh tật khuyến nghị người dân tiêm vaccine.", ["Trung tâm Kiểm soát bệnh tật"]),
        # a unit's number, then an adverb or a stop word before the predicate
        ("Kiến nghị Quân khu 7 sớm sửa đổi quy định.", ["Quân khu 7"]),
        ("Bệnh viện 108 trong năm qua tiếp nhận 100 ca.", ["Bệnh viện 108"]),
        # the chamber of commerce under its 2025 name
        (
            "Liên đoàn Thương mại và Công nghiệp Việt Nam đề xuất Chính phủ giảm thuế.",
            ["Liên đoàn Thương mại và Công nghiệp Việt Nam", "Chính phủ"],
        ),
    ],
)
def test_a_name_before_its_bodys_act_or_an_adverb(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's acts that also name fields after a capitalized head
        ("Ông Trần Văn Nam được Cục Thống kê khen thưởng vì thành tích xuất sắc.", ["Cục Thống kê"]),
        (
            "Ngày 3/12, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ tổ chức hội nghị tổng kết.",
            ["Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ"],
        ),
        # an adverb after a name the model runs on into
        ("Kiến nghị Cục Quản lý thị trường sớm sửa đổi quy định.", ["Cục Quản lý thị trường"]),
        # two syllables the dictionary joins but the segmenter parts are no word across a verb
        (
            "Ủy ban Công tác đại biểu đề xuất Chính phủ điều chỉnh mức lương cơ sở.",
            ["Ủy ban Công tác đại biểu", "Chính phủ"],
        ),
        # "Thi đua - Khen thưởng" capitalized stays a field
        (
            "Hội đồng Thi đua - Khen thưởng Trung ương họp phiên cuối năm.",
            ["Hội đồng Thi đua - Khen thưởng Trung ương"],
        ),
    ],
)
def test_acts_the_verb_list_lacks_end_a_name(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a world body named whole takes no locality from a body listed after it
        (
            "Đại diện lãnh đạo Chương trình Lương thực Thế giới và UBND tỉnh Nghệ An cùng dự.",
            ["Chương trình Lương thực Thế giới", "UBND tỉnh Nghệ An"],
        ),
        # a scope in lower case ends a lower-case field before the predicate
        (
            "Liên minh Nghị viện thế giới đề xuất Chính phủ điều chỉnh mức lương cơ sở.",
            ["Liên minh Nghị viện thế giới", "Chính phủ"],
        ),
    ],
)
def test_world_bodies_keep_their_own_extent(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model's span runs on through a verb into what the body gives ("trao" opens the
        # predicate: the lower-case "trẻ" before it stays the name's)
        (
            "Trung tâm Phát triển Khoa học, Công nghệ và Tài năng trẻ trao Giải thưởng Quả cầu vàng cho nhà khoa học.",
            ["Trung tâm Phát triển Khoa học, Công nghệ và Tài năng trẻ"],
        ),
        # a verb's syllable inside a word ("dân lập", private) is none
        (
            "Ông Lê Văn Tám, Hiệu trưởng Trường THPT dân lập Đinh Tiên Hoàng, cho biết.",
            ["Trường THPT dân lập Đinh Tiên Hoàng"],
        ),
    ],
)
def test_the_models_span_does_not_run_through_a_verb(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school named with and without its head "Trường" is one school
        (
            "Trường Đại học Y Dược TP.HCM công bố điểm chuẩn. Năm nay Đại học Y Dược TP.HCM tuyển 2.000 chỉ tiêu.",
            {"Trường Đại học Y Dược TP.HCM": ["Đại học Y Dược TP.HCM"]},
        ),
        (
            "Trường THCS Đại Mỗ khai giảng năm học mới. Năm nay THCS Đại Mỗ có 900 học sinh.",
            {"Trường THCS Đại Mỗ": ["THCS Đại Mỗ"]},
        ),
        # the youth union's central committee, named in short after its full name
        (
            "Trung ương Đoàn TNCS Hồ Chí Minh phát động phong trào. Trung ương Đoàn cũng trao giải.",
            {"Trung ương Đoàn TNCS Hồ Chí Minh": ["Trung ương Đoàn"]},
        ),
        # two schools of one university stay two
        (
            "Đại học Quốc gia Hà Nội và Trường Đại học Kinh tế ký kết hợp tác.",
            {"Đại học Quốc gia Hà Nội": [], "Trường Đại học Kinh tế": []},
        ),
        # a short reference whose full name is written only inside another body's name takes it
        (
            "Ban Thường vụ Tỉnh ủy Bắc Giang đã họp. Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.",
            {"Ban Thường vụ Tỉnh ủy Bắc Giang": [], "Tỉnh ủy Bắc Giang": ["Tỉnh ủy"]},
        ),
        (
            "Cơ quan CSĐT Công an tỉnh Phú Thọ đã khởi tố vụ án. Công an tỉnh đề nghị người dân báo tin.",
            {"Cơ quan CSĐT Công an tỉnh Phú Thọ": [], "Công an tỉnh Phú Thọ": ["Công an tỉnh"]},
        ),
        # (not a delegation's place, nor a branch's)
        (
            "Đoàn đại biểu Quốc hội TP Hà Nội tiếp xúc cử tri. Quốc hội sẽ xem xét kiến nghị.",
            {"Đoàn đại biểu Quốc hội TP Hà Nội": [], "Quốc hội": []},
        ),
        (
            "Chi nhánh Ngân hàng Chính sách xã hội TP Hà Nội giải ngân. Ngân hàng Chính sách xã hội cho biết.",
            {"Chi nhánh Ngân hàng Chính sách xã hội TP Hà Nội": [], "Ngân hàng Chính sách xã hội": []},
        ),
        # (nor a body inside the name's own head: the council's "trường" is no school's head)
        (
            "Đại học Y Dược TP.HCM khánh thành tòa nhà. Chủ tịch Hội đồng trường Đại học Y Dược TP.HCM Trần Văn An phát biểu.",
            {"Đại học Y Dược TP.HCM": [], "Hội đồng trường Đại học Y Dược TP.HCM": []},
        ),
    ],
)
def test_a_body_written_short_is_one_body(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head alone, where the article names one body it opens, is that body
        (
            "Ủy ban Văn hóa và Xã hội của Quốc hội họp phiên giải trình. Chủ nhiệm Ủy ban Nguyễn Văn A chủ trì.",
            {"Ủy ban Văn hóa và Xã hội": ["Ủy ban"], "Quốc hội": []},
        ),
        # two such bodies: the head alone is neither's
        (
            "Chủ nhiệm Ủy ban Pháp luật Hoàng Văn B và Chủ nhiệm Ủy ban Kinh tế Vũ Văn C dự. "
            "Chủ nhiệm Ủy ban Nguyễn Văn A phát biểu.",
            {"Ủy ban Pháp luật": [], "Ủy ban Kinh tế": [], "Ủy ban": []},
        ),
    ],
)
def test_a_head_alone_is_the_articles_one_body_it_opens(text: str, expected: dict[str, list[str]]) -> None:
    assert {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treaty's short form names no body, nor is it the short name of a body inside the title
        (
            "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EVFTA) giúp xuất khẩu tăng. EVFTA cũng thúc đẩy đầu tư.",
            {"Liên minh châu Âu": []},
        ),
        ("Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) có hiệu lực. RCEP gồm 15 nước.", {}),
        # the treaty named in the middle of its clause, its word the nearest opening before the bracket
        (
            "Quốc hội Hàn Quốc đã phê chuẩn Hiệp định thương mại tự do Việt Nam - Hàn Quốc (VKFTA).",
            {"Quốc hội Hàn Quốc": []},
        ),
        # a body's own short form still is one, after a treaty's word too ("Tổ chức | Hiệp ước …")
        ("Theo Quỹ Tiền tệ Quốc tế (IMF), tăng trưởng đạt 6%.", {"Quỹ Tiền tệ Quốc tế": ["IMF"]}),
        (
            "Việt Nam ký Hiệp định vay vốn với Ngân hàng Thế giới (WB). WB sẽ giải ngân trong năm.",
            {"Ngân hàng Thế giới": ["WB"]},
        ),
        (
            "Ba Lan và Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) tập trận. NATO cho biết.",
            {"Tổ chức Hiệp ước Bắc Đại Tây Dương": ["NATO"]},
        ),
    ],
)
def test_a_treatys_short_form_names_no_body(text: str, expected: dict[str, list[str]]) -> None:
    assert {i.name: i.aliases for i in extract_text(text, require_vietnamese=False).institutions} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's party committee written in lower case ends the name after "ủy"
        ("Ông A là Ủy viên Ban thường vụ huyện ủy, phụ trách công tác dân vận.", {"Ban thường vụ huyện ủy": []}),
        # a Central Highlands place whose syllable goes on in lower case after the apostrophe
        ("Ông A là Trưởng ban Dân vận Huyện ủy Đắk G’long.", {"Huyện ủy Đắk G’long": []}),
        ("TAND huyện Cư M’gar xét xử vụ án.", {"TAND huyện Cư M’gar": []}),
    ],
)
def test_lower_case_committees_and_highland_places(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


def test_a_hospitals_number_then_its_city_written_short() -> None:
    text = "Bệnh viện Nhi đồng 1 TP.HCM điều trị cho 20 trẻ mắc tay chân miệng."
    assert list(_read_by_rules(text)) == ["Bệnh viện Nhi đồng 1 TP.HCM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind of school in lower case between its level and its name
        (
            "Theo báo cáo của Trường THPT chuyên Lê Hồng Phong, năm 2025 trường có 900 học sinh.",
            ["Trường THPT chuyên Lê Hồng Phong"],
        ),
        ("Trường Tiểu học tư thục Ngôi Sao khai giảng năm học mới.", ["Trường Tiểu học tư thục Ngôi Sao"]),
        # with no name after it, the kind is no part of one
        ("Học sinh trường THPT chuyên cho biết.", ["trường THPT"]),
    ],
)
def test_the_kind_of_school_before_its_name(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national body's short form opening the sentence, which the model misses
        ("NHNN vừa giảm lãi suất điều hành.", {"NHNN": []}),
        ("EVN cho biết sẽ tăng giá điện.", {"EVN": []}),
        # a place after it names a company of its own
        ("EVN Hà Nội cắt điện 3 quận.", {"EVN Hà Nội": []}),
        # declared after the full name, it is the full name's
        (
            "Theo Ngân hàng Nhà nước (NHNN), tín dụng tăng 12%. NHNN cũng yêu cầu giảm lãi suất.",
            {"Ngân hàng Nhà nước": ["NHNN"]},
        ),
    ],
)
def test_a_national_bodys_short_form_alone(text: str, expected: dict[str, list[str]]) -> None:
    assert _read_by_rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalized head's lower-case field, closed by a country or by a unit and its place
        (
            "Hội hữu nghị Việt Nam - Hàn Quốc thành phố Hà Nội ra mắt.",
            ["Hội hữu nghị Việt Nam - Hàn Quốc thành phố Hà Nội"],
        ),
        (
            "Đoàn đã tặng quà Hội nạn nhân chất độc da cam tỉnh Lâm Đồng.",
            ["Hội nạn nhân chất độc da cam tỉnh Lâm Đồng"],
        ),
        ("Theo Bộ giáo dục Mỹ, số sinh viên quốc tế tăng.", ["Bộ giáo dục Mỹ"]),
        ("Theo Tổ chức y tế Thế giới, số ca mắc tăng.", ["Tổ chức y tế Thế giới"]),
        ("Hội người mù thành phố Hà Nội đã họp.", ["Hội người mù thành phố Hà Nội"]),
        # a ministry's field is a listed one; a level or a unit before a new sentence is no place
        ("Phòng trưng bày có 8.000 tác phẩm từ Bộ sưu tập Quốc gia Singapore.", []),
        ("Hiện có 12 Trung tâm y tế tuyến huyện.", []),
        # no place closes it, the head and the next syllable are one word, or the country is a people's
        ("Hội người cao tuổi đã họp.", []),
        ("Sở dĩ vị chiến lược gia người Pháp nói vậy là vì lý do khác.", []),
        ("Báo chí Hàn Quốc đưa tin về chuyến thăm.", []),
    ],
)
def test_a_bare_heads_lower_case_field_closed_by_a_place(text: str, expected: list[str]) -> None:
    assert list(_read_by_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue or a building where bodies meet is a place, whichever head it opens with
        ("Tại Hội trường Diên Hồng, Nhà Quốc hội, các đại biểu biểu quyết.", []),
        ("Hội nghị diễn ra tại Trung tâm Hội nghị Quốc gia.", []),
        ("Đêm nhạc diễn ra tại Nhà hát Lớn Hà Nội.", []),
        # a square or a park, which the model may tag ORG
        ("Sáng 2/9, Quân đội nhân dân Việt Nam diễu binh tại Quảng trường Ba Đình.", ["Quân đội nhân dân Việt Nam"]),
        ("Lễ hội hoa diễn ra tại Công viên Thống Nhất.", []),
        # the body meeting there is one
        ("Sáng nay, tại Nhà Quốc hội, Quốc hội thảo luận dự án luật.", ["Quốc hội"]),
    ],
)
def test_a_venue_is_no_institution(text: str, expected: list[str]) -> None:
    assert _institutions(text) == expected
