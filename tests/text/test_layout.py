"""Which lines of an article are text and which are metadata."""

from __future__ import annotations

import pytest

from extractor.text.layout import segment, sentences

ARTICLE = """Phường Yên Sở tổng kết năm 2025

Sáng 22-12, phường Yên Sở tổng kết công tác năm 2025.

Quang cảnh hội nghị. Ảnh: PV

Quang cảnh hội nghị. Ảnh: PV

Theo phương án trình Bộ GTVT, đến năm 2021 sẽ tăng giá vé 18% và sau đó 3 năm tăng một lần, mỗi lần tăng 18%.

Hiền Thu

Nguồn Hà Nội Mới: https://hanoimoi.vn/phuong-yen-so-727720.html"""


def test_segment_kinds() -> None:
    kinds = [(s.kind, ARTICLE[s.start : s.text_end]) for s in segment(ARTICLE)]
    assert kinds == [
        ("title", "Phường Yên Sở tổng kết năm 2025"),
        ("body", "Sáng 22-12, phường Yên Sở tổng kết công tác năm 2025."),
        ("caption", "Quang cảnh hội nghị"),
        ("repeat", "Quang cảnh hội nghị. Ảnh: PV"),
        (
            "body",
            "Theo phương án trình Bộ GTVT, đến năm 2021 sẽ tăng giá vé 18% và sau đó 3 năm tăng một lần, mỗi lần tăng 18%.",
        ),
        ("byline", "Hiền Thu"),
        ("source", "Nguồn Hà Nội Mới: https://hanoimoi.vn/phuong-yen-so-727720.html"),
    ]


def test_source_lines_in_brackets() -> None:
    text = "Tiêu đề bài\n\nNội dung dài của bài báo có nhiều chữ để không bị coi là dòng tác giả hay nguồn tin.\n\n(Theo CNBC)"
    assert [s.kind for s in segment(text)] == ["title", "body", "source"]


@pytest.mark.parametrize(
    ("last_line", "kind"),
    [
        ("Theo Hương Giang (Dân Việt)", "source"),
        ("Theo VnExpress, Tuổi Trẻ", "source"),
        ("Theo Báo Tin tức/TTXVN", "source"),
        # a short sentence that names its source first is text, with its numbers
        ("Theo Tổng cục Thống kê, GDP tăng 7,4%.", "body"),
        ("Theo ông Lâm, dự án xong trong năm 2026", "body"),
        # the source's short form in brackets before the comma
        ("Theo Ngân hàng Thế giới (WB), GDP tăng 6,6%.", "body"),
        ("Theo Hương Giang (Dân Việt), Tuổi Trẻ", "source"),
    ],
)
def test_a_sentence_opened_by_its_source_is_no_source_line(last_line: str, kind: str) -> None:
    text = f"Tiêu đề bài\n\nNội dung dài của bài báo có nhiều chữ để không bị coi là dòng tác giả hay nguồn tin.\n\n{last_line}"
    assert [s.kind for s in segment(text)] == ["title", "body", kind]


def test_sentences_keep_abbreviations() -> None:
    text = "Ông A là Chủ tịch UBND TP. Hà Nội. Ông B nói: tăng 15,8%. Bà C đồng ý."
    spans = sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "Ông A là Chủ tịch UBND TP. Hà Nội.",
        "Ông B nói: tăng 15,8%.",
        "Bà C đồng ý.",
    ]
