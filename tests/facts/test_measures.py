"""What each amount measures, read from invented sentences: one row per construction."""

from __future__ import annotations

import pytest

from extractor.facts.measures import AmountAt, FactReader
from extractor.pipeline import default_pipeline

# (text, item text, role, measure, reference, period, holder); None where the text does not say.
CASES = [
    (
        "Năm 2025, thu ngân sách trên địa bàn xã Đông Anh đạt 42 tỷ đồng, bằng 112% dự toán huyện giao.",
        "42 tỷ đồng", "value", "thu ngân sách trên địa bàn xã Đông Anh", None, "Năm 2025", "xã Đông Anh",
    ),
    (
        "Năm 2025, thu ngân sách trên địa bàn xã Đông Anh đạt 42 tỷ đồng, bằng 112% dự toán huyện giao.",
        "112%", "ratio", "thu ngân sách trên địa bàn xã Đông Anh", "dự toán huyện giao", "Năm 2025", "xã Đông Anh",
    ),
    (
        "Kim ngạch xuất khẩu 6 tháng đầu năm 2025 đạt 12 tỷ USD, tăng 8,5% so với cùng kỳ năm trước.",
        "8,5%", "change", "Kim ngạch xuất khẩu", "cùng kỳ năm trước", "6 tháng đầu năm 2025", None,
    ),
    (
        "Trong quý I/2025, Công ty Sông Đà ghi nhận lợi nhuận sau thuế 150 tỷ đồng.",
        "150 tỷ đồng", "value", "lợi nhuận sau thuế", None, "quý I/2025", "Công ty Sông Đà",
    ),
    (
        "Tỉnh phấn đấu tăng trưởng kinh tế giai đoạn 2026-2030 đạt 8%.",
        "8%", "target", "tăng trưởng kinh tế", None, "giai đoạn 2026-2030", None,
    ),
    (
        "Giá cà phê hôm nay ở mức 120.000 đồng/kg.",
        "120.000 đồng/kg", "price", "Giá cà phê", None, None, None,
    ),
    (
        "Thu nội địa chiếm 85% tổng thu ngân sách năm 2024.",
        "85%", "share", "Thu nội địa", "tổng thu ngân sách năm 2024", "năm 2024", None,
    ),
    (
        "Toàn xã có 100% thôn đạt chuẩn văn hóa.",
        "100%", "share", "thôn đạt chuẩn văn hóa", None, None, None,
    ),
    (  # income per person per year is a value, not a price (the measure guide)
        "Thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm.",
        "75 triệu đồng/người", "value", "Thu nhập bình quân đầu người", None, None, None,
    ),
    (  # "hôm nay" ends what is measured and is no period
        "Giá vàng miếng hôm nay niêm yết ở mức 150 triệu đồng/lượng.",
        "150 triệu đồng/lượng", "price", "Giá vàng miếng", None, None, None,
    ),
    (
        "Chỉ số giá tiêu dùng tháng 11 tăng 0,3% so với tháng trước.",
        "0,3%", "change", "Chỉ số giá tiêu dùng", "tháng trước", "tháng 11", None,
    ),
    (
        "Ngân hàng Thế giới dự báo GDP năm 2026 tăng 6,8%.",
        "6,8%", "target", "GDP", None, "năm 2026", "Ngân hàng Thế giới",
    ),
    (  # the day a change takes effect from is its period (as the measure gold annotates it)
        "Từ ngày 1/7, vé tàu giảm 15% giá vé cho học sinh.",
        "15%", "change", "giá vé cho học sinh", None, "Từ ngày 1/7", None,
    ),
    (  # the noun straight after a sum of money names it
        "Cuối quý, Công ty Hương Sơn còn 85 tỷ đồng tiền mặt và 120 tỷ đồng tiền gửi có kỳ hạn.",
        "120 tỷ đồng", "value", "tiền gửi có kỳ hạn", None, None, "Công ty Hương Sơn",
    ),
    (  # a clause opened by a verb takes the subject of the clause before, up to its leading verb
        "Doanh thu du lịch của tỉnh năm 2025 ghi nhận mức cao nhất, vượt 3.200 tỷ đồng.",
        "vượt 3.200 tỷ đồng", "value", "Doanh thu du lịch của tỉnh", None, "năm 2025", None,
    ),
    (  # a time first after the target word: what is measured is what came before the clause
        "Về tăng trưởng tín dụng, ngân hàng đặt mục tiêu cả năm 2026 tăng khoảng 14%.",
        "khoảng 14%", "target", "tăng trưởng tín dụng", None, "cả năm 2026", None,
    ),
    (  # a place after "tại" belongs to what is measured, not to its owner
        "Chi phí khám bệnh tại Hà Giang chỉ khoảng 200.000 đồng/lượt.",
        "khoảng 200.000 đồng/lượt", "price", "Chi phí khám bệnh tại Hà Giang", None, None, "Hà Giang",
    ),
    (  # a fall to a level gives the level; the clause after the change takes its subject
        "Doanh thu quý III của Công ty Hồng Lam giảm 3% xuống 1.500 tỷ đồng.",
        "1.500 tỷ đồng", "value", "Doanh thu", None, "quý III", "Công ty Hồng Lam",
    ),
    (
        "Tỷ lệ hộ nghèo của huyện giảm xuống còn 1,2%.",
        "1,2%", "share", "Tỷ lệ hộ nghèo của huyện", None, None, None,
    ),
    (  # "hoàn thành … kế hoạch" is a ratio, continuing the clause before
        "Lợi nhuận trước thuế 6 tháng đạt 540 tỷ đồng, hoàn thành 52% kế hoạch năm.",
        "52%", "ratio", "Lợi nhuận trước thuế", "kế hoạch năm", "6 tháng", None,
    ),
    (  # a short form in brackets does not end the clause
        "Tổng sản phẩm trên địa bàn (GRDP) của tỉnh năm 2025 ước đạt 95.000 tỷ đồng.",
        "ước đạt 95.000 tỷ đồng", "value", "Tổng sản phẩm trên địa bàn (GRDP) của tỉnh", None, "năm 2025", None,
    ),
    (  # a target assigned ("giao chỉ tiêu")
        "Thành phố giao chỉ tiêu thu ngân sách năm 2026 cho phường là 20 tỷ đồng.",
        "20 tỷ đồng", "target", "thu ngân sách", None, "năm 2026", None,
    ),
    (  # a percentage of a base ("GDP") is a ratio
        "Năm 2025, bội chi ngân sách ở mức 3,1% GDP.",
        "3,1%", "ratio", "bội chi ngân sách", "GDP", "Năm 2025", None,
    ),
    (
        "Dư nợ trái phiếu của công ty bằng 65% vốn chủ sở hữu.",
        "65%", "ratio", "Dư nợ trái phiếu của công ty", "vốn chủ sở hữu", None, None,
    ),
    (  # a rise in a unit price is a change, not a price
        "Giá lợn hơi tăng 2.000 đồng/kg so với tuần trước.",
        "2.000 đồng/kg", "change", "Giá lợn hơi", "tuần trước", None, None,
    ),
    (
        "Doanh thu du lịch tăng đến 35% so với năm 2024.",
        "35%", "change", "Doanh thu du lịch", "năm 2024", None, None,
    ),
    (  # a growth rate per year is a change, not a rate
        "Giai đoạn 2021-2025, tốc độ tăng trưởng kinh tế bình quân đạt 7,2%/năm.",
        "7,2%", "change", "tốc độ tăng trưởng kinh tế bình quân", None, "Giai đoạn 2021-2025", None,
    ),
    (  # "tỷ trọng" (a weight in a whole) makes a share, as "tỷ lệ" does
        "Năm 2025, tỷ trọng công nghiệp trong nền kinh tế ước đạt 41%.",
        "ước đạt 41%", "share", "tỷ trọng công nghiệp trong nền kinh tế", None, "Năm 2025", None,
    ),
    (  # a plan named as the subject is a target (the guide: "kế hoạch … là")
        "Dự toán thu ngân sách năm 2026 của xã là 48 tỷ đồng.",
        "48 tỷ đồng", "target", "Dự toán thu ngân sách", None, "năm 2026", None,
    ),
    (  # the time is cut out of the subject whole ("năm nay", not "năm")
        "Doanh thu của công ty năm nay đạt 500 tỷ đồng.",
        "500 tỷ đồng", "value", "Doanh thu của công ty", None, "năm nay", None,
    ),
    (  # the level a price moves from: what is measured is before the verb of change
        "Trong phiên, giá cổ phiếu HNF tăng mạnh từ 11.000 đồng/cổ phiếu lên 49.100 đồng/cổ phiếu.",
        "11.000 đồng/cổ phiếu", "price", "giá cổ phiếu HNF", None, None, None,
    ),
    (  # a comparison later in the clause is the reference of each change before it
        "Xuất khẩu cao su tăng 10% về khối lượng và tăng 20% về giá trị so với cùng kỳ năm 2024.",
        "10%", "change", "Xuất khẩu cao su", "cùng kỳ năm 2024", None, None,
    ),
    (  # a requirement is a goal
        "Đến năm 2030, tỷ lệ trường đạt chuẩn quốc gia phải đạt 80%.",
        "80%", "target", "tỷ lệ trường đạt chuẩn quốc gia", None, "Đến năm 2030", None,
    ),
    (  # a percentage with no other role is a part of some whole, never a quantity of its own
        "Công tác chi trả được đẩy nhanh, nhiều địa phương đạt trên 95%.",
        "trên 95%", "share", "Công tác chi trả được đẩy nhanh", None, None, None,
    ),
    (  # a rate is a price even without "/năm"
        "Lãi suất cho vay bình quân hiện ở mức 6,5%.",
        "6,5%", "price", "Lãi suất cho vay bình quân", None, None, None,
    ),
    (  # a term is not a period
        "Khoản vay thời hạn 6 tháng có lãi suất 5,5%.",
        "5,5%", "price", "lãi suất", None, None, None,
    ),
    (  # a deposit's term is not a period
        "Lãi suất huy động kỳ hạn 12 tháng hiện ở mức 4,7%.",
        "4,7%", "price", "Lãi suất huy động kỳ hạn 12 tháng", None, None, None,
    ),
    (  # a percentage of what was planned is a ratio
        "Năm 2025, xã có 12 chỉ tiêu vượt và 8 chỉ tiêu đạt 100%.",
        "100%", "ratio", "8 chỉ tiêu", None, "Năm 2025", None,
    ),
    (  # a percentage of a base is a ratio even after "tỷ lệ"
        "Tổng dư nợ trái phiếu vượt quá tỷ lệ 70% vốn chủ sở hữu.",
        "70%", "ratio", "Tổng dư nợ trái phiếu vượt quá tỷ lệ", "vốn chủ sở hữu", None, None,
    ),
    (  # a time after a sum is its period, not what it measures
        "Vốn đăng ký trị giá 12 tỷ USD tính lũy kế đến hết tháng 9/2025.",
        "12 tỷ USD", "value", "Vốn đăng ký", None, "tính lũy kế đến hết tháng 9/2025", None,
    ),
    (  # "lên mức" gives the level a rise reaches: a value of what rose
        "Năm 2025, tổng nợ phải trả tăng thêm 600 tỷ đồng, lên mức 38.000 tỷ đồng.",
        "38.000 tỷ đồng", "value", "tổng nợ phải trả", None, "Năm 2025", None,
    ),
    (  # "mức giá" stands between what is priced and its price
        "Sáng nay, cổ phiếu HNF giao dịch ở mức giá 49.100 đồng/cổ phiếu.",
        "49.100 đồng/cổ phiếu", "price", "cổ phiếu HNF giao dịch", None, None, None,
    ),
    (  # a locality's organ reports the locality's numbers
        "Năm 2025, UBND xã Phù Đổng đã giải ngân 61 tỷ đồng vốn đầu tư công.",
        "61 tỷ đồng", "value", "vốn đầu tư công", None, "Năm 2025", "xã Phù Đổng",
    ),
    (  # a bare organ ("HĐND xã") stands for the locality the article names
        "Xã Phù Đổng tổng kết năm 2025. HĐND xã cho biết tỷ lệ hộ nghèo giảm còn 0,8%.",
        "0,8%", "share", "tỷ lệ hộ nghèo", None, "năm 2025", "Xã Phù Đổng",
    ),
    (  # a department without a place named stays as it is where the article names no locality
        "Năm 2025, Sở Y tế đã giải ngân 30 tỷ đồng vốn sự nghiệp.",
        "30 tỷ đồng", "value", "vốn sự nghiệp", None, "Năm 2025", "Sở Y tế",
    ),
    (  # a department's numbers are those of the locality its name ends in
        "Năm 2025, Sở Tài chính tỉnh Nghệ An đã giải ngân 900 tỷ đồng vốn đầu tư công.",
        "900 tỷ đồng", "value", "vốn đầu tư công", None, "Năm 2025", "tỉnh Nghệ An",
    ),
    (  # a stretch counted back from now is a period; a code after a noun is part of what is measured
        "Trong vòng hai năm, giá cổ phiếu XYZ đã tăng từ 10.000 đồng/cổ phiếu lên 30.000 đồng/cổ phiếu.",
        "10.000 đồng/cổ phiếu", "price", "giá cổ phiếu XYZ", None, "Trong vòng hai năm", None,
    ),
    (  # "tương đương" restates the number before: it measures the same thing
        "Trong vòng hai năm, giá cổ phiếu XYZ đã tăng từ 10.000 đồng/cổ phiếu lên 30.000 đồng/cổ phiếu, tương đương tăng 200%.",
        "200%", "change", "giá cổ phiếu XYZ", None, "Trong vòng hai năm", None,
    ),
    (  # "từ mức" before the number is the verb, not what is measured
        "Cổ phiếu XYZ giảm giá 5 phiên liên tiếp, từ mức 20.000 đồng/cổ phiếu xuống 18.000 đồng/cổ phiếu.",
        "20.000 đồng/cổ phiếu", "price", "Cổ phiếu XYZ", None, None, None,
    ),
    (  # a stretch with "qua" is a period; so is "mỗi năm"
        "Doanh thu ba năm qua của hợp tác xã đạt 12 tỷ đồng, chi phí vận hành mỗi năm khoảng 2 tỷ đồng.",
        "khoảng 2 tỷ đồng", "value", "chi phí vận hành", None, "mỗi năm", None,
    ),
    (
        "Doanh thu ba năm qua của hợp tác xã đạt 12 tỷ đồng.",
        "12 tỷ đồng", "value", "Doanh thu", None, "ba năm qua", None,
    ),
    (  # a quarter written with a dot before its year
        "Trong quý 3.2025, lợi nhuận của công ty đạt 40 tỷ đồng.",
        "40 tỷ đồng", "value", "lợi nhuận của công ty", None, "quý 3.2025", None,
    ),
    (  # "thì" ends a condition: what is measured is in the clause after it
        "Sau khi trừ chi phí thì lợi nhuận còn lại đạt 5 tỷ đồng.",
        "5 tỷ đồng", "value", "lợi nhuận còn lại", None, None, None,
    ),
    (  # the comparison of the change before is no measure of the level after it
        "Quý III, doanh thu thuần của Công ty Sông Hồng tăng 6,2% so với cùng kỳ lên 1.200 tỷ đồng.",
        "1.200 tỷ đồng", "value", "doanh thu thuần của Công ty Sông Hồng", None, "Quý III", "Công ty Sông Hồng",
    ),
    (  # after "so với", a second "với" goes on with something else
        "Mẫu điện thoại mới rẻ hơn khoảng 50 USD so với mẫu cũ với giá bán là 900 USD.",
        "khoảng 50 USD", "change", "Mẫu điện thoại mới", "mẫu cũ", None, None,
    ),
    (  # "từ" after money that comes in says from where: part of what is measured
        "Lãi thuần từ hoạt động dịch vụ của ngân hàng tăng 8% so với cùng kỳ.",
        "8%", "change", "Lãi thuần từ hoạt động dịch vụ của ngân hàng", "cùng kỳ", None, None,
    ),
    (
        "Năm 2025, thu từ khu vực doanh nghiệp nhà nước đạt 120 tỷ đồng.",
        "120 tỷ đồng", "value", "thu từ khu vực doanh nghiệp nhà nước", None, "Năm 2025", None,
    ),
    (  # a deal's sum after "với giá": the deal is what it measures, and its maker holds it
        "Sau nhiều vòng đàm phán, Tập đoàn Sông Hồng đã mua lại Công ty Thép Bắc Nam với giá 2.000 tỷ đồng.",
        "2.000 tỷ đồng", "value", "mua lại Công ty Thép Bắc Nam", None, None, "Tập đoàn Sông Hồng",
    ),
    (  # the one it is sold to holds nothing; "ông" stands for the seller named before
        "Doanh nhân Trần Văn Lộc lập công ty năm 1990. Năm 2010, ông bán công ty cho Tập đoàn Sông Hồng với giá 50 triệu USD.",
        "50 triệu USD", "value", "bán công ty cho Tập đoàn Sông Hồng", None, "Năm 2010", "Trần Văn Lộc",
    ),
    (  # a rate named "tỷ lệ" but given as a percentage of the plan is a ratio (the guide: "đạt 96% kế hoạch")
        "Đến hết tháng 11, tỷ lệ giải ngân vốn đầu tư công của xã đạt 92,5% kế hoạch.",
        "92,5%", "ratio", "tỷ lệ giải ngân vốn đầu tư công của xã", "kế hoạch", "Đến hết tháng 11", None,
    ),
    (  # a later clause that opens with another person is that person's
        "Bị cáo Lê Văn Hải nhận 3 tỷ đồng, bị cáo Trịnh Thị Hoa nhận 1 tỷ đồng. Trong đó, Hải hưởng lợi 2,5 tỷ đồng, Hoa hưởng lợi 700 triệu đồng.",
        "700 triệu đồng", "value", "hưởng lợi", None, None, "Hoa",
    ),
    (  # "bị cáo" (the accused) opening the subject is a person, not what is measured, and its
        # "bị" is no passive to strip
        "Quá trình điều tra, các bị cáo đã tự nguyện nộp lại 1,8 tỷ đồng để khắc phục hậu quả.",
        "1,8 tỷ đồng", "value", "tự nguyện nộp lại", None, None, None,
    ),
    (  # raising something to a level ("nâng", "đưa" … "lên"): what is raised is what is measured
        "Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030.",
        "150 tỷ USD", "target", "kim ngạch thương mại song phương", None, "năm 2030", None,
    ),
    (
        "Hợp tác xã nâng tổng vốn đầu tư của dự án lên 20 tỷ đồng.",
        "20 tỷ đồng", "value", "tổng vốn đầu tư của dự án", None, None, None,
    ),
    (  # "mức phạt", "mức phí", … name a quantity: after a clause before them, what is measured
        "Theo nghị định mới, hành vi đỗ xe sai quy định đã bị tăng mức phạt lên 2 triệu đồng.",
        "2 triệu đồng", "value", "mức phạt", None, None, None,
    ),
    (  # a level reached, compared with "so với", is a percentage of the reference
        "Năm 2025, thu ngân sách của phường đạt 105% so với dự toán được giao.",
        "105%", "ratio", "thu ngân sách của phường", "dự toán được giao", "Năm 2025", None,
    ),
    (  # a goal's verb ending the subject is no part of it: "con số này" stands for the measure before
        "Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 4 tỷ USD. Năm 2025, con số này dự kiến đạt 4,5 tỷ USD.",
        "4,5 tỷ USD", "target", "kim ngạch xuất khẩu của tỉnh", None, "Năm 2025", None,
    ),
    (  # a price listed: "niêm yết" leads to what is priced, and "đứng ở mức" is a verb before the level
        "Sáng 3/12, công ty niêm yết giá vàng miếng ở mức 152,5 triệu đồng/lượng.",
        "152,5 triệu đồng/lượng", "price", "giá vàng miếng", None, None, None,
    ),
    (
        "Trên thị trường thế giới, giá vàng giao ngay đứng ở mức 4.210 USD/ounce.",
        "4.210 USD/ounce", "price", "giá vàng giao ngay", None, None, None,
    ),
    (  # a quote's side ("mua vào", "bán ra") after a price names no other thing priced
        "Công ty niêm yết giá vàng miếng ở mức 152,5 triệu đồng/lượng mua vào và 154,5 triệu đồng/lượng bán ra.",
        "154,5 triệu đồng/lượng", "price", "giá vàng miếng", None, None, None,
    ),
    (  # a cue word capitalized inside a name ('Quỹ "Vì người nghèo"') is no cue ("vì", because); the
        # fund, a body named in quotes, holds what it raised, and "của phường" is whose the fund is
        'Năm 2025, Quỹ "Vì người nghèo" của phường đã vận động được 2,3 tỷ đồng.',
        "2,3 tỷ đồng", "value", "vận động", None, "Năm 2025", 'Quỹ "Vì người nghèo"',
    ),
    (  # a vote's count after "với" is what the share after it measures
        "Chiều 13/11, HĐND thành phố đã thông qua nghị quyết với 95/98 đại biểu tán thành, chiếm 96,9% tổng số đại biểu.",
        "96,9%", "share", "95/98 đại biểu tán thành", "tổng số đại biểu", None, "HĐND thành phố",
    ),
    (  # "mỗi xe" after a sum is per what, not what is measured
        "Theo đó, ô tô đi hết tuyến phải nộp mức phí tối đa là 4.540.000 đồng mỗi xe.",
        "tối đa là 4.540.000 đồng", "value", "mức phí", None, None, None,
    ),
    (  # a clause that only gives the level reached continues the clause before
        "Trên sàn HNX, chỉ số HNX-Index tăng điểm, đóng cửa tại mức 254,5 điểm, tăng 1,2 điểm (+0,47%).",
        "0,47%", "change", "chỉ số HNX-Index", None, None, "HNX",
    ),
    (  # "tỷ lệ X có Y": the rate of those who have it is measured whole; "sau 12 tháng" is no period
        "Tỷ lệ sinh viên có việc làm sau 12 tháng tốt nghiệp đạt 94%.",
        "94%", "share", "Tỷ lệ sinh viên có việc làm sau 12 tháng tốt nghiệp", None, None, None,
    ),
    (  # a count after "với" may carry a word for "about"
        "Trường công bố phương án tuyển sinh năm 2026 với khoảng 19.000 chỉ tiêu, tăng 5% so với năm 2025.",
        "5%", "change", "khoảng 19.000 chỉ tiêu", "năm 2025", "năm 2026", None,
    ),
    (  # the day a change takes effect from is its period, in its own sentence
        "Trạm thu phí BOT chính thức được giảm 25% giá vé từ ngày 15.10.2017.",
        "25%", "change", "giá vé", None, "từ ngày 15.10.2017", None,
    ),
    (  # a stretch between two days is one period
        "Hành khách đi tàu từ ngày 1/10 đến ngày 27/12/2025 được giảm 20% giá vé.",
        "20%", "change", "giá vé", None, "từ ngày 1/10 đến ngày 27/12/2025", None,
    ),
    (  # … and is carried to no other sentence
        "Giá điện sẽ tăng 4,8% từ ngày 1/1/2026. Sản lượng điện thương phẩm ước đạt 300 tỷ kWh, doanh thu đạt 500.000 tỷ đồng.",
        "500.000 tỷ đồng", "value", "doanh thu", None, None, None,
    ),
    (  # the day prices are quoted on covers the sentence's later prices …
        "Cuối năm 2025, giá cao su tăng. Ngày 15/2 mủ cao su có giá 465 đồng/độ, cao su thành phẩm có giá 50 triệu đồng/tấn.",
        "50 triệu đồng/tấn", "price", "cao su thành phẩm", None, "Ngày 15/2", None,
    ),
    (  # … but a day set off by a comma is the event's own date, no period
        "Ngày 14/9/2025, ngân hàng bị xử lý vì huy động vượt trần lãi suất 6%/năm.",
        "6%", "price", "trần lãi suất", None, None, None,
    ),
    (  # "từ chối" is a verb of its own, not "từ" (where from): what is measured follows it
        "Hợp tác xã đã từ chối khoản vay 50 tỷ đồng của ngân hàng.",
        "50 tỷ đồng", "value", "khoản vay", None, None, None,
    ),
    (  # "chứng từ" is a noun, not "từ": what is measured does not start inside it
        "Bộ chứng từ hoàn thuế trị giá 3 tỷ đồng đã được kiểm tra lại.",
        "3 tỷ đồng", "value", "Bộ chứng từ hoàn thuế", None, None, None,
    ),
    (  # a connective alone is no subject: the item before's measure holds
        "Thu ngân sách của xã đạt 20 tỷ đồng. Cụ thể, bằng 110% dự toán.",
        "110%", "ratio", "Thu ngân sách của xã", "dự toán", None, None,
    ),
    (  # a code after a company's capitalized name is the company's, not part of what is measured
        "Công ty Thép Hòa Phát (HPG) lãi 3.300 tỷ đồng.",
        "3.300 tỷ đồng", "value", "lãi", None, None, "Công ty Thép Hòa Phát",
    ),
    (  # what is had or reached is what is measured: the noun after "có" / "đạt", not the owner
        "Năm 2024, hợp tác xã đạt doanh thu 12 tỷ đồng.",
        "12 tỷ đồng", "value", "doanh thu", None, "Năm 2024", None,
    ),
    (
        "Xe tải dưới 10 tấn hiện có mức phí 60.000 đồng/lượt.",
        "60.000 đồng/lượt", "price", "mức phí", None, None, None,
    ),
    (  # but "có giá" prices the thing before it
        "Hiện chè búp tươi có giá 12.000 đồng/kg.",
        "12.000 đồng/kg", "price", "chè búp tươi", None, None, None,
    ),
    (  # a thing's price without a unit is still a price: "có giá" …
        "Chiếc xe đạp điện này có giá 12 triệu đồng.",
        "12 triệu đồng", "price", "Chiếc xe đạp điện", None, None, None,
    ),
    (  # … or a measure headed by "giá" ("mức giá", "giá bán")
        "Giá bán lẻ của mẫu điện thoại mới là 25 triệu đồng.",
        "25 triệu đồng", "price", "Giá bán lẻ của mẫu điện thoại mới", None, None, None,
    ),
    (  # but "giá trị" is a worth, a value
        "Giá trị hợp đồng là 40 tỷ đồng.",
        "40 tỷ đồng", "value", "Giá trị hợp đồng", None, None, None,
    ),
    (  # and a deal's sum "với giá" is the deal's value
        "Công ty Minh Phát đã mua lại nhà máy với giá 200 tỷ đồng.",
        "200 tỷ đồng", "value", "mua lại nhà máy", None, None, "Công ty Minh Phát",
    ),
    (  # the same sum in another currency, in brackets, has the same role
        "Mẫu máy tính bảng mới có giá 500 USD (tương đương 12,7 triệu đồng).",
        "12,7 triệu đồng", "price", "Mẫu máy tính bảng mới", None, None, None,
    ),
    (  # but a unit's price in brackets after a total is that unit's
        "Hội trao 100 suất quà trị giá 50 triệu đồng (500.000 đồng/suất).",
        "500.000 đồng/suất", "price", "Hội trao 100 suất quà", None, None, None,
    ),
    (  # passing a level with nothing compared after it gives the level, not an excess
        "Tỷ lệ hộ dân dùng nước sạch của xã vượt trên 80%.",
        "trên 80%", "share", "Tỷ lệ hộ dân dùng nước sạch của xã", None, None, None,
    ),
    (
        "Giá cao su trên sàn Osaka vượt mức 300 yên/kg.",
        "300 yên/kg", "price", "Giá cao su trên sàn Osaka", None, None, "Osaka",
    ),
    (  # a milestone or threshold passed is a level too, and the verb is not what is measured
        "Doanh thu của hợp tác xã lần đầu vượt mốc 10 tỷ đồng.",
        "10 tỷ đồng", "value", "Doanh thu của hợp tác xã lần đầu", None, None, None,
    ),
    (  # but with what it is compared with, it is an excess
        "Thu ngân sách vượt trên 20% dự toán.",
        "trên 20%", "change", "Thu ngân sách", "dự toán", None, None,
    ),
    (  # a clause before a quantity's noun is not part of what is measured
        "Hội phụ huynh cũng đưa ra kinh phí hoạt động cho mỗi lớp là 9 triệu đồng.",
        "9 triệu đồng", "value", "kinh phí hoạt động cho mỗi lớp", None, None, None,
    ),
    (
        "Các ngân hàng nhỏ bằng nhiều cách vẫn đang trả lãi suất tới 7% cho người gửi tiền.",
        "7%", "price", "lãi suất tới", None, None, None,
    ),
    (  # where a flow comes from is part of what is measured, and not whose it is
        "Xuất khẩu của Việt Nam tăng 12%, trong khi nhập khẩu từ Hàn Quốc tăng 9%.",
        "9%", "change", "nhập khẩu từ Hàn Quốc", None, None, "Việt Nam",
    ),
    (  # a bare "vượt 15%" after a result is its excess over the plan it leaves unsaid
        "Thu ngân sách của xã ước đạt 42 tỷ đồng, vượt 15%.",
        "vượt 15%", "change", "Thu ngân sách của xã", None, None, None,
    ),
    (  # but a rate passing a level is at that level
        "Tỷ lệ tiêm chủng đầy đủ của huyện vượt 95%.",
        "vượt 95%", "share", "Tỷ lệ tiêm chủng đầy đủ của huyện", None, None, None,
    ),
    (  # a stretch between two years is the period, whole
        "Từ năm 2021 đến năm 2023, bị cáo Lê Văn Tư đã chiếm đoạt hơn 900 triệu đồng.",
        "hơn 900 triệu đồng", "value", "chiếm đoạt", None, "Từ năm 2021 đến năm 2023", "Lê Văn Tư",
    ),
    (  # … and between two months
        "Từ tháng 3/2024 đến tháng 9/2025, hợp tác xã lãi 2 tỷ đồng.",
        "2 tỷ đồng", "value", "hợp tác xã lãi", None, "Từ tháng 3/2024 đến tháng 9/2025", None,
    ),
    (  # a place inside a body's name is the body's: the body holds the amount
        "Ngân hàng Agribank chi nhánh Gia Lâm ủng hộ 30 triệu đồng.",
        "30 triệu đồng", "value", "ủng hộ", None, None, "Ngân hàng Agribank chi nhánh Gia Lâm",
    ),
    (  # a passive's agent and its verb are no part of what is measured
        "Tỷ giá trung tâm được Ngân hàng Nhà nước niêm yết ở mức 25.100 đồng/USD.",
        "25.100 đồng/USD", "price", "Tỷ giá trung tâm", None, None, None,
    ),
    (  # a signed percentage in brackets measures what the clause before does, past a clause
        # that only says how it moved
        "Trên sàn Hà Nội, HNX-Index đóng cửa ở mức 230,5 điểm, tăng 1,2 điểm (+0,52%).",
        "0,52%", "change", "HNX-Index", None, None, "Hà Nội",
    ),
    (  # the noun straight after a goal's sum names what it is, as after a value's
        "Trong quý IV, phường sẽ giải ngân thêm 50 tỷ đồng vốn đầu tư công.",
        "50 tỷ đồng", "target", "vốn đầu tư công", None, "quý IV", None,
    ),
    (  # but a verb after the sum ("khiến": makes) begins no noun
        "Ban đại diện dự kiến thu 332 triệu đồng khiến nhiều phụ huynh lo lắng.",
        "332 triệu đồng", "target", "thu", None, None, None,
    ),
    (  # a gift received is the giver's, named after "từ"
        "Ủy ban MTTQ tỉnh Nghệ An tiếp nhận số tiền ủng hộ 2 tỷ đồng từ Công ty CP Sông Đà.",
        "2 tỷ đồng", "value", "tiếp nhận số tiền ủng hộ", None, None, "Công ty CP Sông Đà",
    ),
    (  # … or the body whose people gave it, after a few lower-case nouns
        "Ban Vận động tiếp nhận 300 triệu đồng từ cán bộ, công chức Sở Tài chính.",
        "300 triệu đồng", "value", "tiếp nhận", None, None, "Sở Tài chính",
    ),
    (  # and "có kỳ hạn" is part of a noun
        "Tiền gửi có kỳ hạn của hợp tác xã là 3 tỷ đồng.",
        "3 tỷ đồng", "value", "Tiền gửi có kỳ hạn của hợp tác xã", None, None, None,
    ),
    (  # the hour a change takes effect is neither what is measured nor a period (a day is a period)
        "Giá xăng E5 từ 15h chiều nay giảm 300 đồng/lít.",
        "300 đồng/lít", "change", "Giá xăng E5", None, None, None,
    ),
    (
        "Mức trợ cấp từ ngày 1/7/2025 là 1,5 triệu đồng.",
        "1,5 triệu đồng", "value", "Mức trợ cấp", None, "từ ngày 1/7/2025", None,
    ),
    (  # "đến ngày 30/9" without its year is a period too
        "Tín dụng toàn hệ thống đến ngày 30/9 tăng 9,5% so với cuối năm 2024.",
        "9,5%", "change", "Tín dụng toàn hệ thống", "cuối năm 2024", "đến ngày 30/9", None,
    ),
    (  # "về giá trị" says in what a change is, not what changed
        "Xuất khẩu cà phê 10 tháng đạt 1,2 triệu tấn, tăng 8% về giá trị.",
        "8%", "change", "Xuất khẩu cà phê", None, "10 tháng", None,
    ),
    (  # one who only reports, past an apposition, holds nothing
        "Ông Lê Văn Cường, Giám đốc Sở Tài chính, cho biết tổng chi ngân sách năm 2025 đạt 9.000 tỷ đồng.",
        "9.000 tỷ đồng", "value", "tổng chi ngân sách", None, "năm 2025", None,
    ),
    (  # … and where no comma closes the apposition before the reporting verb
        "Ông Nguyễn Văn Nam, Chủ tịch UBND phường Yên Sở cho biết thu ngân sách năm 2025 đạt 300 tỷ đồng.",
        "300 tỷ đồng", "value", "thu ngân sách", None, "năm 2025", None,
    ),
    (  # a fund that money is raised for receives it; the raiser holds the amount
        "Năm 2025, xã Đông Anh đã vận động Quỹ Vì người nghèo được 1,2 tỷ đồng.",
        "1,2 tỷ đồng", "value", None, None, "Năm 2025", "xã Đông Anh",
    ),
    (  # a yearly rate set as a goal is the goal, not a price (the measure guide: growth as a goal)
        "Xã phấn đấu tăng thu ngân sách bình quân 12%/năm.",
        "12%", "target", "tăng thu ngân sách bình quân", None, None, None,
    ),
    (  # … while a rate as it stands is a price
        "Lãi suất cho vay hiện ở mức 6,5%/năm.",
        "6,5%", "price", "Lãi suất cho vay", None, None, None,
    ),
    (  # an indictment is a report quoted: the procuracy holds nothing
        "Theo cáo trạng của Viện Kiểm sát nhân dân tỉnh Bắc Giang, các bị cáo đã chiếm đoạt 500 triệu đồng.",
        "500 triệu đồng", "value", "chiếm đoạt", None, None, None,
    ),
    (  # … and so is an investigation's conclusion
        "Theo kết luận điều tra của Công an tỉnh Lạng Sơn, các đối tượng đã thu lợi bất chính 2 tỷ đồng.",
        "2 tỷ đồng", "value", "đối tượng đã thu lợi bất chính", None, None, None,
    ),
    (  # a company tells its own figures: it holds them
        "Công ty cổ phần Sữa Ba Vì cho biết lợi nhuận năm 2025 đạt 120 tỷ đồng.",
        "120 tỷ đồng", "value", "lợi nhuận", None, "năm 2025", "Công ty cổ phần Sữa Ba Vì",
    ),
    (  # … unless quoted as the source of another's
        "Theo Công ty Chứng khoán Rồng Việt, doanh thu của ngành thép năm 2025 đạt 90.000 tỷ đồng.",
        "90.000 tỷ đồng", "value", "doanh thu của ngành thép", None, "năm 2025", None,
    ),
    (  # an amount inside the apposition is the person's own, not reported
        "Ông Trần Văn Lộc, người có khối tài sản khoảng 2 tỷ USD cho biết sẽ đầu tư vào giáo dục.",
        "khoảng 2 tỷ USD", "value", "khối tài sản", None, None, "Trần Văn Lộc",
    ),
    (  # a clause after a forecast in the same sentence goes on with the plan
        "Theo lộ trình, năm 2026 giá nước sẽ tăng 5% và sau đó, mỗi lần điều chỉnh tăng 3%.",
        "3%", "target", "mỗi lần điều chỉnh", None, "năm 2026", None,
    ),
    (  # the Government sets the nation's figures and holds none of them
        "Chính phủ đặt mục tiêu tăng trưởng tín dụng năm 2026 đạt khoảng 15%.",
        "khoảng 15%", "target", "tăng trưởng tín dụng", None, "năm 2026", None,
    ),
    (  # "ông" alone stands for the person named before: theirs is the amount
        "Doanh nhân Trần Văn Lộc sinh ra ở Nam Định. Khối tài sản của ông ước tính 2 tỷ USD.",
        "ước tính 2 tỷ USD", "value", "Khối tài sản của ông", None, None, "Trần Văn Lộc",
    ),
    (  # "cho hay" reports as "cho biết" does: the one who says it holds nothing
        "Bà Lê Thị Hoa cho hay doanh thu của hợp tác xã đạt 3 tỷ đồng.",
        "3 tỷ đồng", "value", "doanh thu của hợp tác xã", None, None, None,
    ),
    (  # a personal pronoun opening the subject holds the amount; it is not what is measured
        "Doanh nhân Trần Văn Lộc sinh ra ở Nam Định. Năm 2010, ông đã tặng 5 triệu USD cho quỹ học bổng.",
        "5 triệu USD", "value", "cho quỹ học bổng", None, "Năm 2010", "Trần Văn Lộc",
    ),
    (  # a project's phase is its period; the part has the measure of the whole
        "Dự án có tổng mức đầu tư 3.000 tỷ đồng, trong đó giai đoạn 1 khoảng 1.000 tỷ đồng.",
        "khoảng 1.000 tỷ đồng", "value", "tổng mức đầu tư", None, "giai đoạn 1", None,
    ),
    (  # a comparison that opens the sentence is the reference of the change after it
        "So với cùng kỳ năm trước, dư nợ tín dụng của tỉnh tăng 12%.",
        "12%", "change", "dư nợ tín dụng của tỉnh", "cùng kỳ năm trước", None, None,
    ),
    (  # "tương ứng" makes the percentage a part of the whole after it
        "Bà Lê Thị Hoa nắm giữ 2 triệu cổ phiếu, tương ứng 5,2% vốn điều lệ công ty.",
        "5,2%", "share", "nắm giữ 2 triệu cổ phiếu", "vốn điều lệ công ty", None, "Lê Thị Hoa",
    ),
    (  # a price is quoted on a day: the day is its period
        "Đầu năm giá thấp, cuối năm giá tăng. Cụ thể, ngày 20/3 cà phê nhân có giá 95.000 đồng/kg.",
        "95.000 đồng/kg", "price", "cà phê nhân", None, "ngày 20/3", None,
    ),
    (  # a time in a bracket straight after the amount is its period
        "Nhiều ngân hàng huy động vượt trần 7% (trong giai đoạn 2011-2013).",
        "7%", "price", "trần", None, "trong giai đoạn 2011-2013", None,
    ),
    (  # "nên" opens a new clause after what a percentage counts
        "Ba cổ đông lớn nắm giữ 72% vốn nên cổ phiếu trôi nổi rất ít.",
        "72%", "share", "vốn", None, None, None,
    ),
    (  # the accused a sentence opens with holds its amounts, not the body named after; a
        # name after "của" is part of what is measured, the person before it is not
        "Còn bị cáo Trần Văn Hòa đã giúp sức chiếm đoạt của Công ty Thủy lợi hơn 500 triệu đồng.",
        "hơn 500 triệu đồng", "value", "giúp sức chiếm đoạt của Công ty Thủy lợi", None, None, "Trần Văn Hòa",
    ),
    (  # … also after a fronted phrase without a name in it
        "Theo cáo trạng, năm 2022, Lê Thị Mai là thủ quỹ UBND xã An Bình đã chiếm đoạt 300 triệu đồng.",
        "300 triệu đồng", "value", "chiếm đoạt", None, "năm 2022", "Lê Thị Mai",
    ),
    (  # "nhưng" ends a reference and opens a clause with no subject of its own
        "Lợi nhuận trước thuế quý III đạt 1.200 tỷ đồng, giảm 15% so với quý trước nhưng tăng 20% so với cùng kỳ.",
        "20%", "change", "Lợi nhuận trước thuế", "cùng kỳ", "quý III", None,
    ),
    (
        "Lợi nhuận trước thuế quý III đạt 1.200 tỷ đồng, giảm 15% so với quý trước nhưng tăng 20% so với cùng kỳ.",
        "15%", "change", "Lợi nhuận trước thuế", "quý trước", "quý III", None,
    ),
    (  # income per person per year is a value, also where its subject is the clause before's
        "Nhiệm kỳ 2020-2025, thu nhập bình quân tăng 1,5 lần, đạt 70 triệu đồng/người/năm.",
        "70 triệu đồng/người", "value", "thu nhập bình quân", None, "Nhiệm kỳ 2020-2025", None,
    ),
    (  # a plan's percentage stated with "là" is the goal, not a percentage of the plan
        "Chỉ tiêu tăng trưởng GRDP năm 2026 là 10%.",
        "10%", "target", "Chỉ tiêu tăng trưởng GRDP", None, "năm 2026", None,
    ),
    (
        "Thu nội địa chiếm tỷ trọng 85,5% tổng thu ngân sách.",
        "85,5%", "share", "Thu nội địa", "tổng thu ngân sách", None, None,
    ),
    (  # "nói trên" (aforementioned) after an amount is no noun naming it
        "Ông Hải đã nộp lại toàn bộ 5 tỷ đồng nói trên.",
        "5 tỷ đồng", "value", "nộp lại toàn bộ", None, None, "Hải",
    ),
    (  # "mặc dù" opens the clause; "hiện nay" first is cut off, even with no space before it
        "Mặc dù hiện nay doanh thu đạt 50 tỷ đồng nhưng công ty vẫn lỗ.",
        "50 tỷ đồng", "value", "doanh thu", None, None, None,
    ),
    (  # an item of a list names only whose it is: it measures what the framing words name
        "Các đơn vị ủng hộ gồm: Công ty Minh Phát: 20 triệu đồng; Hợp tác xã An Phú: 5 triệu đồng.",
        "5 triệu đồng", "value", "đơn vị ủng hộ", None, None, "Hợp tác xã An Phú",
    ),
    (  # the framing words themselves are not what is measured
        "Danh sách tiền ủng hộ đồng bào lũ lụt như sau: ông Nguyễn Văn An 2 triệu đồng.",
        "2 triệu đồng", "value", "tiền ủng hộ đồng bào lũ lụt", None, None, "Nguyễn Văn An",
    ),
    (
        "Kết quả thu ngân sách năm 2025 của các xã: xã An Bình 12 tỷ đồng, xã Tân Lập 9 tỷ đồng.",
        "9 tỷ đồng", "value", "thu ngân sách", None, "năm 2025", "xã Tân Lập",
    ),
    (  # "about" before the item's own qualifier stands between the verb and the number
        "Tai nạn giao thông chiếm khoảng trên 20% tổng số ca tử vong.",
        "trên 20%", "share", "Tai nạn giao thông", "tổng số ca tử vong", None, None,
    ),
    (  # "đến cuối tháng …" is a period whole; "đến" opens no measure
        "Dư nợ tín dụng đến cuối tháng 9/2025 đã tăng mạnh, đến 11,5%.",
        "11,5%", "share", "Dư nợ tín dụng", None, "đến cuối tháng 9/2025", None,
    ),
    (  # back to a level ("trở về mức") is the verb; "đem lại" leads to what is measured
        "Sau đó, giải thưởng đã trở về mức 3 tỷ đồng.",
        "3 tỷ đồng", "value", "giải thưởng", None, None, None,
    ),
    (
        "Mô hình đem lại doanh thu mỗi năm gần 300 triệu đồng.",
        "gần 300 triệu đồng", "value", "doanh thu", None, "mỗi năm", None,
    ),
    (  # a sum is never a part or a percentage of another: its equivalent is a value
        "Một hộp bánh được bán với giá 41 USD (tương đương 860.000 VND).",
        "860.000 VND", "value", "Một hộp bánh được bán", None, None, None,
    ),
    (  # more reporting verbs; "đối với" after an amount names nothing it measures
        "Phụ huynh phản ánh các khoản thu hơn 10 triệu đồng đối với học sinh lớp 1.",
        "hơn 10 triệu đồng", "value", "khoản thu", None, None, None,
    ),
    (  # how a rise went ("tăng mạnh", "tăng vọt") stands between the verb and its number
        "Doanh thu của hợp tác xã tăng mạnh 20% so với năm trước.",
        "20%", "change", "Doanh thu của hợp tác xã", "năm trước", None, None,
    ),
    (
        "Giá xăng giảm nhẹ 2%.",
        "2%", "change", "Giá xăng", None, None, None,
    ),
    (  # "vào khoảng": "vào" ends no measure
        "Bào ngư khô có giá vào khoảng 600 nghìn đồng/1 lạng.",
        "khoảng 600 nghìn đồng/1 lạng", "price", "giá", None, None, None,
    ),
    (  # what a share counts stops before "và" and the clause's next amount
        "Có 100% tổ dân phố giữ vững danh hiệu văn hóa và 95% hộ đạt gia đình văn hóa.",
        "100%", "share", "tổ dân phố giữ vững danh hiệu văn hóa", None, None, None,
    ),
    (  # "có thể", "gồm" after a sum name nothing it measures
        "Điện thoại có giá bán 999 USD có thể là rào cản.",
        "999 USD", "price", "giá bán", None, None, None,
    ),
    (  # a second percentage joined by "và" to a change is the same move
        "Giá trị giao dịch tăng 27,35% về lượng và 13,37% về giá trị so với phiên trước.",
        "13,37%", "change", "Giá trị giao dịch", "phiên trước", None, None,
    ),
    (  # "chiếm tới" is "chiếm"; a cut ("mức giảm") is a change
        "Số điều kiện bị cắt giảm chiếm tới 55,5% tổng các điều kiện.",
        "55,5%", "share", "Số điều kiện bị cắt giảm", "tổng các điều kiện", None, None,
    ),
    (
        "Từ ngày 15/10, mức giảm phí là 25%.",
        "25%", "change", "mức giảm phí", None, "Từ ngày 15/10", None,
    ),
    (  # "hết năm 2018" is a period without "đến"
        "Đề án phấn đấu hết năm 2018 đạt 100% cửa hàng có đăng ký kinh doanh.",
        "100%", "target", "cửa hàng có đăng ký kinh doanh", None, "hết năm 2018", None,
    ),
    (  # a reference ends where a rise "to" a level begins
        "Quý II/2025, doanh thu thuần của công ty tăng 4,7% so với cùng kỳ lên 1.973 tỷ đồng.",
        "4,7%", "change", "doanh thu thuần của công ty", "cùng kỳ", "Quý II/2025", None,
    ),
    (  # "đắt hơn", "rẻ hơn" before a compared number: the difference, a change
        "Mẫu điện thoại mới có giá đắt hơn 50 USD so với mẫu cũ.",
        "50 USD", "change", "giá", "mẫu cũ", None, None,
    ),
    (  # a place after "sang (thị trường)" is where an export goes; the name before holds it
        "Năm 2024, Công ty Thiên Nam bán 500 máy, trong đó xuất khẩu sang thị trường Nhật Bản đạt 30 tỷ đồng.",
        "30 tỷ đồng", "value", "xuất khẩu sang thị trường Nhật Bản", None, "Năm 2024", "Công ty Thiên Nam",
    ),
    (  # two verbs in a row before the number ("ước tính trị giá") are both the verb
        "Thiệt hại do vụ cháy ước tính trị giá khoảng 800 triệu đồng.",
        "khoảng 800 triệu đồng", "value", "Thiệt hại do vụ cháy", None, None, None,
    ),
    (  # a goal set out ("đề ra chỉ tiêu") is a target, growth or not
        "Nghị quyết đề ra chỉ tiêu tăng trưởng 10%.",
        "10%", "target", "tăng trưởng", None, None, None,
    ),
    (  # a place after "tại" says where; the name before it holds the amount
        "Hàn Quốc hiện là nhà đầu tư lớn nhất tại Việt Nam với tổng vốn 90 tỷ USD.",
        "90 tỷ USD", "value", "tổng vốn", None, None, "Hàn Quốc",
    ),
    (  # … unless no name stands before it
        "Doanh thu tại Việt Nam đạt 5 tỷ USD.",
        "5 tỷ USD", "value", "Doanh thu tại Việt Nam", None, None, "Việt Nam",
    ),
    (  # an ellipsis ends a clause as a full stop does; "ước tính" is the verb
        "Nước ngập làm hỏng máy bơm, đường điện… tổng thiệt hại ước tính khoảng 3 tỷ đồng.",
        "khoảng 3 tỷ đồng", "value", "tổng thiệt hại", None, None, None,
    ),
    (  # "có thể" (can) is one word: its "có" is not "has", and no "thể" is left in the measure
        "Nhờ dây chuyền mới, nhà máy có thể giảm 15% lượng điện tiêu thụ.",
        "15%", "target", "lượng điện tiêu thụ", None, None, None,
    ),
    (
        "Theo tính toán, mỗi hộ nuôi tôm có thể thu lãi khoảng 200 triệu đồng.",
        "khoảng 200 triệu đồng", "target", "thu lãi", None, None, None,
    ),
    (  # "(giữ) ở ngưỡng" stands between what is measured and its number, as "ở mức" does
        "Giá nhôm vẫn giữ ở ngưỡng 2.500 USD/tấn.",
        "2.500 USD/tấn", "price", "Giá nhôm", None, None, None,
    ),
    (  # "tại" is not part of what is measured
        "Cổ phiếu ABC đóng cửa tại 7.570 đồng/CP.",
        "7.570 đồng/CP", "price", "đóng cửa", None, None, "ABC",
    ),
    (  # what is caused ("gây (ra) thiệt hại") is what is measured, not the act that caused it
        "Do mâu thuẫn, Nguyễn Văn A đã đốt xe gây thiệt hại khoảng 800 triệu đồng.",
        "khoảng 800 triệu đồng", "value", "thiệt hại", None, None, "Nguyễn Văn A",
    ),
    (
        "Vụ cháy kho gây ra thiệt hại ước tính 2 tỷ đồng.",
        "ước tính 2 tỷ đồng", "value", "thiệt hại", None, None, None,
    ),
    (  # a Roman numeral is a whole word: "quý vị" (ladies and gentlemen) is no quarter
        "Kính thưa quý vị, doanh thu đạt 5 tỷ đồng.",
        "5 tỷ đồng", "value", "doanh thu", None, None, None,
    ),
    (  # nor "giai đoạn vừa qua" a project's phase; "giai đoạn II" is
        "Trong giai đoạn vừa qua, chi phí đạt 5 tỷ đồng; dự án giai đoạn II có vốn 300 tỷ đồng.",
        "300 tỷ đồng", "value", "vốn", None, "giai đoạn II", None,
    ),
    (
        "Trong giai đoạn vừa qua, chi phí đạt 5 tỷ đồng; dự án giai đoạn II có vốn 300 tỷ đồng.",
        "5 tỷ đồng", "value", "chi phí", None, None, None,
    ),
    (  # "dù" (although) opens a clause; it is not part of what is measured
        "Dù giá bán tương đương nhau, khoảng 23 triệu đồng, máy mới vẫn bán chạy hơn.",
        "khoảng 23 triệu đồng", "price", "giá bán", None, None, None,
    ),
    (  # the body whose report a figure is quoted from reports it; it does not hold it
        "Theo tính toán của Công ty Chứng khoán Bảo Minh, giá dầu sẽ tăng 10%.",
        "10%", "target", "giá dầu", None, None, None,
    ),
    (
        "Theo số liệu Tổng cục Hải quan, xuất khẩu gạo đạt 3 tỷ USD.",
        "3 tỷ USD", "value", "xuất khẩu gạo", None, None, None,
    ),
    (  # a place the money goes into is part of what is measured, and a time after it is no subject
        "Vốn FDI đăng ký vào Lào trong 9 tháng đạt 2,1 tỷ USD.",
        "2,1 tỷ USD", "value", "Vốn FDI đăng ký vào Lào", None, "9 tháng", "Lào",
    ),
    (
        "Doanh thu Vinamilk trong 9 tháng đạt 45.000 tỷ đồng.",
        "45.000 tỷ đồng", "value", "Doanh thu Vinamilk", None, "9 tháng", "Vinamilk",
    ),
    (  # (what the name's clause says after a time is still what is measured)
        "Công ty Sông Đà năm 2025 lãi 40 tỷ đồng.",
        "40 tỷ đồng", "value", "lãi", None, "năm 2025", "Công ty Sông Đà",
    ),
    (  # a growth rate is a change, even where "tốc độ" (a rate) would make it a part
        "Tốc độ tăng trưởng kinh tế của tỉnh tăng lên 9,2% trong năm 2025.",
        "9,2%", "change", "Tốc độ tăng trưởng kinh tế của tỉnh", None, "trong năm 2025", None,
    ),
    (  # money that flows from somewhere, with whose it is between ("của FPT"), keeps the "từ"
        "Doanh thu của Viettel từ thị trường nước ngoài đạt 30.000 tỷ đồng.",
        "30.000 tỷ đồng", "value", "Doanh thu của Viettel từ thị trường nước ngoài", None, None, "Viettel",
    ),
    (  # a move in its own unit, then "tương đương" and its percentage: the same move
        "Chỉ số VN30 giảm 12,4 điểm, tương đương 0,9%, xuống 1.350 điểm.",
        "0,9%", "change", "Chỉ số VN30", None, None, None,
    ),
    (  # a court or an authority "buộc" (orders) someone to pay: what is paid is measured
        "Tòa buộc các bị cáo liên đới bồi thường 3 tỷ đồng cho Nhà nước.",
        "3 tỷ đồng", "value", "liên đới bồi thường", None, None, None,
    ),
    (  # a birth year is no period
        "Bị cáo Lò Văn Tùng (SN 1978), nguyên kế toán, đã chiếm đoạt hơn 5,2 tỷ đồng.",
        "hơn 5,2 tỷ đồng", "value", "chiếm đoạt", None, None, "Lò Văn Tùng",
    ),
    (
        "Anh Hoàng Văn Bảo, sinh năm 1990, có thu nhập 12 triệu đồng mỗi tháng.",
        "12 triệu đồng", "value", "thu nhập", None, "mỗi tháng", "Hoàng Văn Bảo",
    ),
    (  # the parent body in brackets after a reporter reports with it
        "Theo Cục Thống kê (Bộ Tài chính), GDP quý III tăng 8,23% so với cùng kỳ năm trước.",
        "8,23%", "change", "GDP", "cùng kỳ năm trước", "quý III", None,
    ),
    (  # "đến nay" (up to now) gives no period, nor may an earlier sentence's time
        "Trong tháng 9, giá tiêu là 90.000 đồng/kg. Đến nay, giá tiêu tại vườn là 120.000 đồng/kg.",
        "120.000 đồng/kg", "price", "giá tiêu tại vườn", None, None, None,
    ),
    (
        "Năm 2024 công ty lãi 50 tỷ đồng. Hiện nay, công ty có 300 tỷ đồng vốn điều lệ.",
        "300 tỷ đồng", "value", "vốn điều lệ", None, None, None,
    ),
    (  # a person in a public office acts for it; the amount is not theirs, nor their body's
        "Theo đề xuất, Thứ trưởng Bộ Xây dựng Lê Văn Hòa đồng ý giảm 20% phí qua trạm.",
        "20%", "change", "phí qua trạm", None, None, None,
    ),
    (
        "Huyện Đông Anh tổng kết công tác năm 2025\n\n"
        "Tại hội nghị, Giám đốc Sở Tài chính Lê Văn Hòa đề nghị tăng 10% chi thường xuyên.",
        "10%", "change", "chi thường xuyên", None, "năm 2025", "Huyện Đông Anh",
    ),
    (  # nor is such an officer, or the body in the title, whose news the article is
        "Phó Chủ tịch UBND tỉnh Lê Văn Hòa thăm Công ty cổ phần Sao Vàng\n\n"
        "Sáng 5/3, Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã thăm và làm việc tại Công ty cổ phần Sao Vàng.\n\n"
        "Năm 2025, doanh thu đạt 500 tỷ đồng.",
        "500 tỷ đồng", "value", "doanh thu", None, "Năm 2025", "Công ty cổ phần Sao Vàng",
    ),
    (  # a company's head may hold what is counted; so may one accused of a former post
        "Ông Lê Văn Hòa, Chủ tịch HĐQT Công ty cổ phần Sao Mai, sở hữu 30% cổ phần.",
        "30%", "share", "cổ phần", None, None, "Lê Văn Hòa",
    ),
    (
        "Bị cáo Lê Văn Hòa, nguyên Chủ tịch UBND xã Tân An, đã chiếm đoạt 2 tỷ đồng.",
        "2 tỷ đồng", "value", "chiếm đoạt", None, None, "Lê Văn Hòa",
    ),
    (  # a name and its short name or group joined by a spaced dash hold the amount together
        "Trong đó Tổng công ty Thép Việt Nam - VNS góp vốn 500 tỷ đồng vào dự án.",
        "500 tỷ đồng", "value", "góp vốn", None, None, "Tổng công ty Thép Việt Nam - VNS",
    ),
    (  # "vào" (into, at) after a sum opens no noun: not "vào mùa cao điểm"
        "Chỉ vài cơ sở kiếm được hơn 10 triệu đồng vào mùa cao điểm.",
        "hơn 10 triệu đồng", "value", "Chỉ vài cơ sở kiếm", None, None, None,
    ),
    (
        "Công ty đã nộp 50 tỷ đồng tiền thuế vào ngân sách.",
        "50 tỷ đồng", "value", "tiền thuế", None, None, None,
    ),
    (  # a word that opens a clause ("bất chấp", "vì", "như vậy") is not part of what is measured
        "Bất chấp cung tiền tăng tới 20%/năm, lạm phát vẫn thấp.",
        "20%", "change", "cung tiền", None, None, None,
    ),
    (
        "Do đồng bảng Anh mất giá nên lượng khách du lịch giảm 2% so với cùng kỳ.",
        "2%", "change", "lượng khách du lịch", "cùng kỳ", None, None,
    ),
    (
        "Nông dân phấn khởi vì giá lúa tăng lên 8.000 đồng/kg.",
        "8.000 đồng/kg", "price", "giá lúa", None, None, None,
    ),
    (
        "Như vậy người dùng phải trả thêm 50 USD.",
        "50 USD", "value", "người dùng phải trả thêm", None, None, None,
    ),
    (  # the label before a list item's colon holds its amount: a name without its accents, an
        # honorific and an address in brackets left out
        "Bạn đọc ủng hộ: Nhom Thien Nguyen Tu Tam: 2.000.000 đồng; Gia Dinh Bac Sau: 500.000 đồng.",
        "500.000 đồng", "value", None, None, None, "Gia Dinh Bac Sau",
    ),
    (
        "Bạn đọc ủng hộ: Nhom Thien Nguyen Tu Tam: 2.000.000 đồng; Tap The Lop 12A1: 300.000 đồng.",
        "300.000 đồng", "value", None, None, None, "Tap The Lop 12A1",
    ),
    (
        "Bạn đọc ủng hộ: Truong Dai Duong: 200.000 đồng; Chị Lê Thu Tin (TP Huế): 300.000 đồng.",
        "300.000 đồng", "value", None, None, None, "Lê Thu Tin",
    ),
    (  # what one item of a semicolon list names is its own, not the next item's; a list's frame is every item's
        "Ủng hộ đồng bào miền Trung: Công ty Đông Á: 500 suất quà (trị giá 2 tỷ đồng); Công ty Minh Phát: 100 triệu đồng.",
        "100 triệu đồng", "value", None, None, None, "Công ty Minh Phát",
    ),
    (
        "Xuất khẩu tăng mạnh ở các thị trường như: Malaysia tăng 116%; Nhật Bản tăng 228%.",
        "228%", "change", "Xuất khẩu", None, None, "Nhật Bản",
    ),
    (  # a person after "của" and an honorific belongs to what is measured, as a name after "của" does
        "Từ đầu năm, tài sản của ông Lê Văn Hòa đã tăng thêm 200 tỷ đồng.",
        "200 tỷ đồng", "change", "tài sản của ông Lê Văn Hòa", None, None, "Lê Văn Hòa",
    ),
    (  # a company's plan for the year is its target ("đặt kế hoạch", "đặt chỉ tiêu")
        "Ngân hàng đặt kế hoạch lợi nhuận trước thuế năm 2026 đạt 25.000 tỷ đồng, tăng 15%.",
        "25.000 tỷ đồng", "target", "lợi nhuận trước thuế", None, "năm 2026", None,
    ),
    (
        "Ngân hàng đặt kế hoạch lợi nhuận trước thuế năm 2026 đạt 25.000 tỷ đồng, tăng 15%.",
        "15%", "target", "lợi nhuận trước thuế", None, "năm 2026", None,
    ),
    (  # the noun after an amount keeps its complement ("cho …", "của …")
        "Mỗi năm doanh nghiệp phải chi hơn 14 nghìn tỷ đồng chi phí cho kiểm tra chuyên ngành.",
        "hơn 14 nghìn tỷ đồng", "value", "chi phí cho kiểm tra chuyên ngành", None, "Mỗi năm", None,
    ),
    (
        "Rạp giảm 5% giá vé cho đoàn viên công đoàn.",
        "5%", "change", "giá vé cho đoàn viên công đoàn", None, None, None,
    ),
    (  # another amount is never what an amount measures; "tính chung" only opens the clause
        "Trong tháng 8/2017 cả nước đã xuất khẩu gần 131.734 tấn than, đạt 15,33 triệu USD (giảm 6% về lượng so với tháng 7/2017).",
        "6%", "change", None, "tháng 7/2017", "tháng 8/2017", None,
    ),
    (
        "Tính chung 8 tháng đầu năm xuất khẩu than thu về 180,6 triệu USD.",
        "180,6 triệu USD", "value", "xuất khẩu than", None, "8 tháng đầu năm", None,
    ),
    (  # the same move again as a percentage, after "tương ứng" or with a sign in brackets: a change
        "Cổ phiếu VNM giảm 1.200 đồng, tương ứng 1,8%, xuống 65.000 đồng/cổ phiếu.",
        "1,8%", "change", "Cổ phiếu VNM", None, None, None,
    ),
    (
        "Chỉ số HNX-Index giảm 1,2 điểm (-0,5%) trong phiên sáng.",
        "-0,5%", "change", "Chỉ số HNX-Index", None, None, None,
    ),
    (
        "VN-Index tăng 12,5 điểm (+0,98%) lên 1.285 điểm.",
        "0,98%", "change", "VN-Index", None, None, None,
    ),
    (  # without a move before it, "tương ứng" gives a part of a whole
        "Số cổ phiếu quỹ nắm giữ là 1,5 triệu, tương ứng 7,7% vốn điều lệ.",
        "7,7%", "share", "Số cổ phiếu quỹ nắm giữ", "vốn điều lệ", None, None,
    ),
    (  # from a start up to now is a period; "đến nay" alone gives none
        "Từ đầu năm đến nay, tỉnh đã giải ngân 3.000 tỷ đồng vốn đầu tư công.",
        "3.000 tỷ đồng", "value", "vốn đầu tư công", None, "Từ đầu năm đến nay", None,
    ),
    (
        "Năm 2024, xã đạt nhiều kết quả. Đến nay, xã đã giải ngân 3.000 tỷ đồng vốn đầu tư công.",
        "3.000 tỷ đồng", "value", "vốn đầu tư công", None, None, None,
    ),
    (  # "hiện" alone is "currently": no earlier sentence's time is the period; "thực hiện" is a verb
        "Năm 2024, giá nhôm tăng mạnh. Hiện giá nhôm đang ở mức 2.090 USD/tấn.",
        "2.090 USD/tấn", "price", "giá nhôm", None, None, None,
    ),
    (
        "Năm 2024, doanh thu đạt 900 tỷ đồng. Công ty hiện có 300 tỷ đồng tiền mặt.",
        "300 tỷ đồng", "value", "tiền mặt", None, None, None,
    ),
    (
        "Năm 2024, xã đạt nhiều kết quả. Xã đã thực hiện 30 tỷ đồng vốn đầu tư công.",
        "30 tỷ đồng", "value", "vốn đầu tư công", None, "Năm 2024", None,
    ),
    (  # a name right after the amount and "của" owns it, before any name earlier in the sentence
        "Kiểm toán Nhà nước cho biết khoản lỗ 300 tỷ đồng của Tổng công ty Sông Đà chưa được xử lý.",
        "300 tỷ đồng", "value", "khoản lỗ", None, None, "Tổng công ty Sông Đà",
    ),
    (
        "Tập đoàn Hòa Phát đã trả 20 tỷ đồng của ông Lê Văn Hòa trong năm 2024.",
        "20 tỷ đồng", "value", "trả", None, "trong năm 2024", "Lê Văn Hòa",
    ),
    (  # a clause opened by "đã" after a goal reports what was done: a ratio of the plan, no goal
        "Năm 2024, xã đặt mục tiêu trồng mới 300 ha rừng, đến tháng 9 đã đạt 85% kế hoạch.",
        "85%", "ratio", "trồng mới 300 ha rừng", "kế hoạch", "đến tháng 9", None,
    ),
    (  # a cumulative period up to a day written without "ngày"
        "Lũy kế đến hết 20/10/2025, Chi cục Hải quan cửa khẩu Lào Cai thu ngân sách đạt 1.900 tỷ đồng.",
        "1.900 tỷ đồng", "value", "thu ngân sách", None, "Lũy kế đến hết 20/10/2025",
        "Chi cục Hải quan cửa khẩu Lào Cai",
    ),
    (  # a month and year joined by a dash, as Hanoi Moi writes them
        "Trong tháng 9-2025, thu ngân sách trên địa bàn quận Hoàng Mai đạt 1.200 tỷ đồng.",
        "1.200 tỷ đồng", "value", "thu ngân sách trên địa bàn quận Hoàng Mai", None, "tháng 9-2025",
        "quận Hoàng Mai",
    ),
    (
        "Từ tháng 1-2024 đến tháng 6-2025, doanh thu của công ty đạt 300 tỷ đồng.",
        "300 tỷ đồng", "value", "doanh thu của công ty", None, "Từ tháng 1-2024 đến tháng 6-2025", None,
    ),
    (  # "dự tính" plans a sum like "dự kiến"; a quantity named before the goal word is what is measured
        "Tổng kinh phí dự tính để tổ chức lễ hội là 3 tỷ đồng.",
        "3 tỷ đồng", "target", "Tổng kinh phí dự tính để tổ chức lễ hội", None, None, None,
    ),
    (
        "Kinh phí dự kiến cho chương trình là 20 tỷ đồng.",
        "20 tỷ đồng", "target", "Kinh phí dự kiến cho chương trình", None, None, None,
    ),
    (  # each amount of a move between two times has its own time right after it
        "Tỷ lệ nợ xấu của ngân hàng đã giảm từ 4,2% vào năm 2022 xuống 1,9% vào năm 2025.",
        "1,9%", "share", "Tỷ lệ nợ xấu của ngân hàng", None, "năm 2025", None,
    ),
    (
        "Tỷ lệ nợ xấu của ngân hàng đã giảm từ 4,2% vào năm 2022 xuống 1,9% vào năm 2025.",
        "4,2%", "share", "Tỷ lệ nợ xấu của ngân hàng", None, "năm 2022", None,
    ),
    (  # a time after a share is when, not the whole it is a part of
        "Tỷ lệ hộ nghèo của xã đã tăng lên 2,1% vào năm 2025.",
        "2,1%", "share", "Tỷ lệ hộ nghèo của xã", None, "năm 2025", None,
    ),
    (  # "ước" (estimated) before the verb is no part of what is measured
        "Lượng khách du lịch đến tỉnh ước tăng 12% so với năm trước.",
        "12%", "change", "Lượng khách du lịch đến tỉnh", "năm trước", None, None,
    ),
    (  # a place after a preposition and a noun for a kind of place is where, not whose
        "Vinamilk là doanh nghiệp đầu tiên tại thị trường Việt Nam bán sữa hữu cơ với giá rẻ hơn 20% so với hàng nhập khẩu.",
        "20%", "change", "giá", "hàng nhập khẩu", None, "Vinamilk",
    ),
    (  # whoever a gift goes to, each of a list of them, is not whose the amount is: the giver's
        "Công ty Điện lực Hải Dương đã trao tặng Trường Tiểu học Tân Dân và Trường THCS Tân Dân 20 bộ máy tính trị giá 200 triệu đồng.",
        "200 triệu đồng", "value", "20 bộ máy tính", None, None, "Công ty Điện lực Hải Dương",
    ),
    (  # a quantifier and a noun for holders say which of them, not what: the clause before names it
        "Năm 2025, giải ngân vốn đầu tư công của tỉnh đạt 85% kế hoạch, nhiều địa phương đạt trên 95%.",
        "trên 95%", "share", "giải ngân vốn đầu tư công của tỉnh", None, "Năm 2025", None,
    ),
    (  # the agent of a passive is not whose the amount is
        "Theo phương án được Bộ Xây dựng chấp thuận, giá vé xe dưới 9 chỗ là 35.000 đồng/lượt.",
        "35.000 đồng/lượt", "price", "giá vé xe dưới 9 chỗ", None, None, None,
    ),
    (  # a time to come named only so is a goal's period
        "Trong thời gian tới, phường phấn đấu tỷ lệ hộ dân sử dụng dịch vụ công trực tuyến đạt 90%.",
        "90%", "target", "tỷ lệ hộ dân sử dụng dịch vụ công trực tuyến", None, "Trong thời gian tới", None,
    ),
    (  # … but a named time after the amount is more its own; "để đạt" (to reach) states a goal
        "Xã cần tập trung phát triển kinh tế trong thời gian tới để đạt tăng trưởng 10% cho giai đoạn 2026-2030.",
        "10%", "target", "tăng trưởng", None, "giai đoạn 2026-2030", None,
    ),
    (  # a growth compared with a time is how much it grew, not a percentage of that time
        "Tăng trưởng tín dụng toàn ngành đạt 15% so với cuối năm 2024.",
        "15%", "change", "Tăng trưởng tín dụng toàn ngành", "cuối năm 2024", None, None,
    ),
    (  # a move counted in points, then its percentage in brackets: the same move
        "Kết thúc phiên giao dịch, VN-Index tăng 12,5 điểm (0,98%) lên 1.285,6 điểm.",
        "0,98%", "change", "VN-Index", None, None, None,
    ),
    (  # a gift's or an order's sum after "với tổng trị giá": what is given or ordered is measured
        "Về công tác an sinh xã hội, phường đã trao 1.200 suất quà với tổng trị giá 720 triệu đồng.",
        "720 triệu đồng", "value", "trao 1.200 suất quà", None, None, None,
    ),
    (
        "Tập đoàn Hòa Phát đã đặt mua 10 tàu biển với tổng giá trị 300 triệu USD.",
        "300 triệu USD", "value", "đặt mua 10 tàu biển", None, None, "Tập đoàn Hòa Phát",
    ),
    (  # a quotation the measure opens closes in it
        'Toàn phường có 98% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; 100% tổ dân phố đạt chuẩn.',
        "98%", "share", 'hộ gia đình đạt danh hiệu "Gia đình văn hóa"', None, None, None,
    ),
    (  # a deal "giữa A và B" is both parties'; "giữa" opens no noun of what is measured
        "Sự hợp tác 3.000 tỷ đồng giữa Tập đoàn Bảo Việt và Ngân hàng Vietcombank kéo dài 15 năm.",
        "3.000 tỷ đồng", "value", "Sự hợp tác", None, None, "Tập đoàn Bảo Việt và Ngân hàng Vietcombank",
    ),
    (  # "thông qua" (through) after a sum opens no noun of what is measured
        "Bị cáo Nguyễn Văn An đã chiếm đoạt 500 triệu đồng thông qua Công ty Sao Mai.",
        "500 triệu đồng", "value", "chiếm đoạt", None, None, "Nguyễn Văn An",
    ),
    (  # a saving is a change (a fall in what is spent), with or without "được"
        "Giải pháp mới giúp doanh nghiệp tiết kiệm 2 tỷ đồng chi phí mỗi năm.",
        "2 tỷ đồng", "change", "chi phí", None, "mỗi năm", None,
    ),
    (
        "Nhờ chuyển đổi số, phường tiết kiệm được 15% chi phí hành chính.",
        "15%", "change", "chi phí hành chính", None, None, None,
    ),
    (  # a body a proposal is submitted to ("trình") receives it; it holds none of its numbers
        "Các bên đã thống nhất trình Bộ Xây dựng phương án giảm 25% giá vé.",
        "25%", "change", "giá vé", None, None, None,
    ),
    (  # a difference from a reference is a change, even in a unit price
        "Giá vàng miếng SJC chênh lệch 15 triệu đồng/lượng so với giá vàng thế giới.",
        "15 triệu đồng/lượng", "change", "Giá vàng miếng SJC", "giá vàng thế giới", None, None,
    ),
    (  # "hiện" closing "thực hiện" is no "currently" cut from what is measured
        "Vốn đầu tư công thực hiện 9 tháng đạt 820 tỷ đồng.",
        "820 tỷ đồng", "value", "Vốn đầu tư công thực hiện", None, "9 tháng", None,
    ),
    (  # an outlet quoted after "theo tờ", "theo hãng tin" only reports; the person spoken of holds
        "Doanh nhân Trần Văn Lộc sinh năm 1960. Theo tờ Financial Times, ông đã tặng 5 triệu USD cho quỹ học bổng.",
        "5 triệu USD", "value", "cho quỹ học bổng", None, None, "Trần Văn Lộc",
    ),
    (
        "Doanh nhân Trần Văn Lộc sinh năm 1960. Theo hãng tin Bloomberg, ông đã tặng 5 triệu USD cho quỹ học bổng.",
        "5 triệu USD", "value", "cho quỹ học bổng", None, None, "Trần Văn Lộc",
    ),
    (  # "với" of "so với" leads nothing in: what is compared is measured, its time cut out
        "Giá lúa năm ngoái so với năm nay chênh nhau 3.000 đồng/kg.",
        "3.000 đồng/kg", "change", "Giá lúa", None, "năm ngoái", None,
    ),
    (  # a fronted "So với" opens what is compared, not what is measured
        "So với tổng mức lỗ lên tới 627 tỷ đồng của năm 2024, mức lãi này rất nhỏ.",
        "627 tỷ đồng", "value", "tổng mức lỗ", None, "của năm 2024", None,
    ),
    (  # "của riêng ông" (his own) is no "Riêng …," opening a clause
        "Năm 2010, ông bán cổ phần với giá 90 tỷ đồng trong đó lợi nhuận của riêng ông là 40 tỷ đồng.",
        "40 tỷ đồng", "value", "lợi nhuận của riêng ông", None, "Năm 2010", None,
    ),
    (  # a clause opened by "Theo" says where a figure comes from: no subject for the clause after it
        "Theo kế hoạch của thành phố, đến năm 2030 sẽ tăng 15%.",
        "15%", "target", None, None, "đến năm 2030", None,
    ),
    (  # a change of a clause with no subject, of a side of the quantity ("về lượng") …
        "Tháng 10, cả nước xuất khẩu 700.000 tấn gạo, với giá trị đạt 420 triệu USD, tăng 12% về lượng"
        " và tăng 8% về giá trị so với tháng 9.",
        "12%", "change", "lượng", "tháng 9", "Tháng 10", None,
    ),
    (  # … but a whole named before stays what is measured
        "Xuất khẩu cà phê tăng mạnh ở nhiều thị trường như: Đức tăng 20% về lượng và tăng 35% về trị giá.",
        "20%", "change", "Xuất khẩu cà phê", None, None, "Đức",
    ),
    (  # what a change applies to, after "đối với"; a noun ending in "tăng" goes on
        "Từ tháng 7, Chính phủ giảm 2% đối với thuế giá trị gia tăng.",
        "2%", "change", "thuế giá trị gia tăng", None, "tháng 7", None,
    ),
    (  # a gift or an outlay measures whom or what it is for, after the sum
        "Năm 2024, Quỹ Bảo trợ trẻ em tỉnh hỗ trợ 300 triệu đồng cho các em học sinh vùng lũ.",
        "300 triệu đồng", "value", "cho các em học sinh vùng lũ", None, "Năm 2024", "Quỹ Bảo trợ trẻ em tỉnh",
    ),
    (
        "Năm 2026, thành phố dành khoảng 20.000 tỷ đồng để xây dựng trường học.",
        "khoảng 20.000 tỷ đồng", "value", "để xây dựng trường học", None, "Năm 2026", None,
    ),
    (  # … each sum of a list its own ("… và | 50 triệu đồng | cho …")
        "Công ty đã trao 100 triệu đồng cho Trường Tiểu học Kim Liên và 50 triệu đồng cho Trạm Y tế phường.",
        "50 triệu đồng", "value", "cho Trạm Y tế phường", None, None, None,
    ),
    (  # what rose or fell may stand between the verb and its number: still a change
        "Từ ngày 1/7, UBND thành phố quyết định giảm giá vé xe buýt 20%.",
        "20%", "change", "giá vé xe buýt", None, "Từ ngày 1/7", "UBND thành phố",
    ),
    (  # … also before "thêm" or "đến" (how much), and through a noun that ends in "tăng"
        "Năm 2025, Ngân hàng ACB được chấp thuận tăng vốn điều lệ thêm 5.000 tỷ đồng.",
        "5.000 tỷ đồng", "change", "vốn điều lệ", None, "Năm 2025", "Ngân hàng ACB",
    ),
    (
        "Hãng hàng không giảm giá vé đến 40%.",
        "40%", "change", "giá vé", None, None, None,
    ),
    (
        "Chính phủ trình phương án giảm thuế giá trị gia tăng 2% đến hết năm 2026.",
        "2%", "change", "thuế giá trị gia tăng", None, "đến hết năm 2026", None,
    ),
    (  # before "xuống mức" or "về" the number is the level it got to; the verb is no part of the measure
        "Ngân hàng Nhà nước điều chỉnh giảm lãi suất tái cấp vốn xuống mức 4%.",
        "4%", "price", "lãi suất tái cấp vốn", None, None, None,
    ),
    (
        "Bộ Tài chính đề xuất giảm thuế suất thuế nhập khẩu ô tô về 0%.",
        "0%", "price", "thuế suất thuế nhập khẩu ô tô", None, None, "Bộ Tài chính",
    ),
    (  # words saying how it moved are no object ("giảm đi", "tăng mạnh")
        "Giá xăng giảm đi 500 đồng/lít.",
        "500 đồng/lít", "change", "Giá xăng", None, None, None,
    ),
    (  # a time after "của" is no owner: the name before the amount holds it
        "Công ty Sông Đà chịu khoản lỗ 627 tỷ đồng của năm 2016.",
        "627 tỷ đồng", "value", "chịu khoản lỗ", None, "của năm 2016", "Công ty Sông Đà",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "item", "role", "measure", "reference", "period", "holder"), CASES)
def test_facts_of_an_amount(
    text: str, item: str, role: str, measure: str | None, reference: str | None, period: str | None, holder: str | None
) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    [found] = [m for m in [*result.percentages, *result.money] if m.text == item]
    assert (found.role, found.measure, found.reference, found.period, found.holder) == (
        role, measure, reference, period, holder,
    )  # fmt: skip
    for name in ("measure", "reference", "period", "holder"):
        phrase, span = getattr(found, name), getattr(found, f"{name}_span")
        if phrase is None:
            assert span is None
        else:
            assert text[span.start : span.end] == phrase  # offsets index the caller's string


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a function word or a pronoun alone names nothing
        ("Nó có giá hơn 500 ngàn đồng.", "hơn 500 ngàn đồng"),
        ("Tuy vậy, 41% cử tri vẫn chưa quyết định.", "41%"),
        ("Chỉ số chứng khoán tăng 3,2 điểm (+0,4%) lên 807 điểm.", "0,4%"),
        (
            "Công ty đã tăng vốn thêm 3.000 tỷ đồng, từ 10.765 lên hơn 14.059 tỷ đồng nhờ chia cổ tức.",
            "hơn 14.059 tỷ đồng",
        ),
    ],
)
def test_a_measure_is_words_not_a_sign_or_a_number(text: str, item: str) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    [found] = [m for m in [*result.percentages, *result.money] if m.text == item]
    assert found.measure is None or any(c.isalpha() for c in found.measure)
    assert (found.measure or "").lower() not in ("nó", "tuy")


@pytest.mark.parametrize(
    ("text", "item", "word"),
    [
        ("Một cụ ông đã trúng 5 triệu USD sau 30 năm chơi xổ số.", "5 triệu USD", "sau"),
        ("Mỗi suất học bổng 2 triệu đồng trước khai giảng được trao tận tay.", "2 triệu đồng", "trước"),
    ],
)
def test_a_preposition_after_an_amount_opens_no_measure(text: str, item: str, word: str) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    [found] = [m for m in [*result.percentages, *result.money] if m.text == item]
    assert not (found.measure or "").lower().startswith(word)


def test_a_second_change_joined_by_va_has_the_measure_of_the_first() -> None:
    text = "Thu ngân sách năm 2025 đạt 900 tỷ đồng. Số này vượt 12% dự toán và cao hơn 9% so với năm 2024."
    result = default_pipeline()(text, require_vietnamese=False)
    (second,) = [p for p in result.percentages if p.text == "9%"]
    assert (second.role, second.measure, second.reference) == ("change", "Thu ngân sách", "năm 2024")


def test_a_clause_without_subject_takes_the_one_before() -> None:
    text = "Giải ngân vốn đầu tư công đạt 690 tỷ đồng, bằng 100% kế hoạch. Số này vượt 5% so với năm 2024."
    result = default_pipeline()(text, require_vietnamese=False)
    measures = {p.text: p.measure for p in result.percentages}
    assert measures == {"100%": "Giải ngân vốn đầu tư công", "5%": "Giải ngân vốn đầu tư công"}


def test_the_article_is_about_the_name_of_its_lead_it_names_most() -> None:
    text = (
        "Đoàn công tác của Bộ Nội vụ làm việc với tỉnh Lai Châu.\n"
        "Tỉnh Lai Châu báo cáo kết quả cải cách hành chính. Năm 2025, Lai Châu có nhiều đổi mới; "
        "tỉnh Lai Châu được đánh giá cao.\n"
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%."
    )
    result = default_pipeline()(text, require_vietnamese=False)
    [found] = result.percentages
    assert found.holder == "tỉnh Lai Châu"  # not "Bộ Nội vụ", named first


@pytest.mark.parametrize(
    "lead",
    [
        "Bộ Xây dựng kiểm tra các dự án nhà ở.\nBộ Xây dựng yêu cầu báo cáo; Bộ Xây dựng cũng nêu hạn chế.\n",
        "Ủy ban Chứng khoán Nhà nước xử phạt ba công ty.\nỦy ban Chứng khoán Nhà nước công bố quyết định.\n",
        # ministries acting jointly, as on fuel prices
        "Giá xăng giảm nhẹ.\nLiên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu.\n",
    ],
)
def test_a_ministry_or_regulator_the_article_names_most_holds_none_of_its_numbers(lead: str) -> None:
    result = default_pipeline()(lead + "Tỷ lệ căn hộ đã bán đạt 60%.", require_vietnamese=False)
    [found] = result.percentages
    assert found.holder is None  # it oversees whose figures these are; it does not own them


def test_a_short_form_the_article_names_most_stands_for_its_name() -> None:
    text = (
        "Ngành y tế tổng kết năm 2025.\n"
        "Sáng 5/1, Sở Y tế (SYT) tỉnh Nghệ An tổ chức hội nghị tổng kết. SYT đánh giá cao các bệnh viện; "
        "SYT cũng nêu hạn chế.\n"
        "Tỷ lệ người dân có thẻ bảo hiểm y tế đạt 95%."
    )
    result = default_pipeline()(text, require_vietnamese=False)
    [found] = result.percentages
    assert found.holder == "tỉnh Nghệ An"  # the department's province, not the bare "SYT"


@pytest.mark.parametrize(
    ("text", "item", "period"),
    [
        (  # a review's numbers are of the time it reviews
            "Xã Kim Lan tổng kết công tác năm 2025.\nTrong đó, thu ngân sách đạt 20 tỷ đồng.",
            "20 tỷ đồng", "năm 2025",
        ),
        (  # a goal set at a review is for a time to come
            "Xã Kim Lan tổng kết công tác năm 2025.\nXã phấn đấu thu ngân sách đạt 25 tỷ đồng.",
            "25 tỷ đồng", None,
        ),
        (  # a time opening the paragraph before frames the next one
            "Tin tức.\nNăm 2025, Tòa án tỉnh đã xét xử nhiều vụ án.\nTỷ lệ án bị hủy chỉ chiếm 0,5%.",
            "0,5%", "Năm 2025",
        ),
        (  # but not the paragraphs after that
            "Tin tức.\nNăm 2025, Tòa án tỉnh đã xét xử nhiều vụ án.\nCác thẩm phán làm việc.\nTỷ lệ án bị hủy chỉ chiếm 0,5%.",
            "0,5%", None,
        ),
        (  # a time in a lead that reviews nothing gives no period
            "Xã Kim Lan khởi công cầu mới năm 2025.\nTổng mức đầu tư đạt 20 tỷ đồng.",
            "20 tỷ đồng", None,
        ),
    ],
)  # fmt: skip
def test_a_review_or_a_framing_paragraph_gives_its_time_to_numbers_that_name_none(
    text: str, item: str, period: str | None
) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    [found] = [m for m in [*result.money, *result.percentages] if m.text == item]
    assert found.period == period


def test_amounts_after_lan_luot_measure_in_order_what_the_amounts_before_measured() -> None:
    text = (
        "Năm 2025, hợp tác xã có doanh thu 12 tỷ đồng và lợi nhuận 2 tỷ đồng, tăng lần lượt 15% và 20% so với năm 2024."
    )
    result = default_pipeline()(text, require_vietnamese=False)
    assert {p.text: p.measure for p in result.percentages} == {"15%": "doanh thu", "20%": "lợi nhuận"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu ngân sách và chi ngân sách của xã năm 2025 lần lượt đạt 85 tỷ đồng và 40 tỷ đồng.",
            {"85 tỷ đồng": "Thu ngân sách", "40 tỷ đồng": "chi ngân sách của xã"},
        ),
        (
            "Năm 2025, xuất khẩu, nhập khẩu của tỉnh tăng lần lượt 12% và 8%.",
            {"12%": "xuất khẩu", "8%": "nhập khẩu của tỉnh"},
        ),
    ],
)
def test_amounts_after_lan_luot_with_none_before_measure_the_subjects_listed(
    text: str, expected: dict[str, str]
) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    assert {m.text: m.measure for m in [*result.money, *result.percentages]} == expected


def test_a_name_in_an_earlier_item_of_a_semicolon_list_holds_none_of_the_next() -> None:
    text = (
        "Phường Phú Lương tổng kết công tác.\n"
        "Năm 2025, Trường Mầm non Hoa Sen đã đi vào hoạt động; tỷ lệ hộ gia đình văn hóa đạt 95%."
    )
    [found] = default_pipeline()(text, require_vietnamese=False).percentages
    assert found.holder == "Phường Phú Lương"  # the article's, not the school's


def test_a_name_in_a_bracketed_aside_is_not_whose_the_amount_is() -> None:
    text = (
        "Quỹ Khuyến học trao quà cho học sinh.\n"
        "Danh sách ủng hộ gồm: Chị Lê Thị Hoa (phường Kim Liên): 300.000 đồng; "
        "Công ty Minh Phát (nơi anh Trần Văn Nam làm việc): 2.000.000 đồng."
    )
    result = default_pipeline()(text, require_vietnamese=False)
    holders = {m.text: m.holder for m in result.money}
    assert holders == {"300.000 đồng": "Lê Thị Hoa", "2.000.000 đồng": "Công ty Minh Phát"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each count in its own clause is what the share in brackets after it is of
            "Hội nghị có 120 hội viên dự (bằng 80% tổng số hội viên), trong đó 90 hội viên đồng ý "
            "(bằng 75% số dự), 30 hội viên không đồng ý (bằng 25% số dự).",
            {"80%": "120 hội viên dự", "75%": "90 hội viên đồng ý", "25%": "30 hội viên không đồng ý"},
        ),
        (  # a sentence of its own, with a count of its own
            "Có 300 hộ tham gia (chiếm 60%). Có 200 hộ đăng ký, 150 hộ đã nhận vốn (chiếm 75%).",
            {"60%": "300 hộ tham gia", "75%": "150 hộ đã nhận vốn"},
        ),
        (  # a clause with no count keeps the measure of the item before
            "Doanh thu đạt 500 tỷ đồng (bằng 110% kế hoạch), đứng đầu ngành (tăng 12%).",
            {"110%": "Doanh thu", "12%": "Doanh thu"},
        ),
    ],
)
def test_a_count_in_its_own_clause_is_what_the_share_after_it_measures(text: str, expected: dict[str, str]) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    assert {p.text: p.measure for p in result.percentages} == expected


@pytest.mark.parametrize(
    ("text", "goals", "results"),
    [
        (  # the goal word before the first amount is that amount's, not the result's after it
            "Mục tiêu năm nay là tăng trưởng 8%, nhưng thực tế 9 tháng chỉ đạt 6,2%.",
            {"8%"},
            {"6,2%"},
        ),
        (  # a goal's further numbers stay goals
            "Công ty đặt mục tiêu doanh thu 500 tỷ đồng và lợi nhuận 50 tỷ đồng.",
            {"500 tỷ đồng", "50 tỷ đồng"},
            set(),
        ),
    ],
)
def test_a_goal_word_before_an_earlier_amount_makes_no_later_one_a_goal(
    text: str, goals: set[str], results: set[str]
) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    roles = {m.text: m.role for m in [*result.percentages, *result.money]}
    assert {t for t, role in roles.items() if role == "target"} == goals
    assert results <= {t for t, role in roles.items() if role != "target"}


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban MTTQ tỉnh Hải Dương phát động quyên góp ủng hộ đồng bào miền Trung.\n\n"
        "Hưởng ứng lời kêu gọi ủng hộ đồng bào miền Trung, kinh phí quyên góp đã đạt trên 2,2 tỷ đồng.\n",
        "Ủy ban MTTQ tỉnh Hải Dương ủng hộ đồng bào bị thiên tai ở miền Trung.\n\n"
        "Hưởng ứng lời kêu gọi ủng hộ người dân miền Trung, kinh phí quyên góp đã đạt trên 2,2 tỷ đồng.\n",
        # a second recipient after "và", far from the verb, receives too (named again later)
        "Ủy ban MTTQ tỉnh Hải Dương phát động quyên góp ủng hộ đồng bào miền Trung khắc phục thiệt hại "
        "do bão số 10 gây ra và Quỹ Vì người nghèo năm 2025.\n\n"
        "Kinh phí quyên góp đã đạt trên 2,2 tỷ đồng.\n\nPhần còn lại sẽ bổ sung vào Quỹ Vì người nghèo các cấp.\n",
    ],
)
def test_the_people_a_gift_goes_to_name_no_holder_of_the_article(text: str) -> None:
    """ "ủng hộ đồng bào miền Trung": the place whose people receive is not whose the sums are."""
    [found] = default_pipeline()(text, require_vietnamese=False).money
    assert found.holder == "Ủy ban MTTQ tỉnh Hải Dương"


def test_a_title_of_merit_tagged_as_a_body_holds_no_amount() -> None:
    # the model may tag the title after "danh hiệu" as an organization; it is nobody's
    text = "Có 100% tổ dân phố đạt danh hiệu Tổ dân phố văn hóa."
    award = text.index("Tổ dân phố văn")
    reader = FactReader(text, [(0, len(text))], [(0, len(text))], [(award, len(text) - 1)])
    start = text.index("100%")
    [facts] = reader.read([AmountAt(start, start + 4, start, "percentage")])
    assert facts.holder is None
