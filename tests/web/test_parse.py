"""Parsing pages in each template, with fallbacks, and refusing what is not an article."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from extractor.errors import BlockedError, EncodingError, NotAnArticleError
from extractor.web.parse import decode_html, parse_article, parse_datetime
from tests.conftest import FIXTURES

PAGES = FIXTURES / "pages"
VN = timezone(timedelta(hours=7))


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_current_template() -> None:
    article = parse_article(page("longform-1238587.html"), url="https://mirror.example/a.html")
    assert article.template == "sc-longform-header"
    assert article.fallbacks == []
    assert article.canonical_url.endswith("-1238587.html")
    assert article.article_id == "1238587"
    assert article.title == "Xã Phú Xuyên vận hành trạm bơm tiêu úng sau những đợt mưa lớn"
    assert article.lead.startswith("Trước diễn biến phức tạp")
    assert article.author == "Hiền Thu"
    assert article.published_at == datetime(2026, 8, 24, 9, 5, tzinfo=VN)
    assert article.published_at.isoformat() == "2026-08-24T09:05:00+07:00"
    assert article.category == "Xã hội"
    assert article.tags == ["bão số 4", "thủy lợi"]
    assert len(article.paragraphs) == 6 and len(article.captions) == 3
    assert article.paragraphs[0].startswith("Những ngày này, Trạm bơm Nam Liên")
    assert article.captions[0].endswith("Ảnh: PV")
    assert article.images[0].src.startswith("https://hanoimoi.vn/api/v1/public/files/")
    # The header, ads, boxes, byline, share bar and related news are not body text.
    for noise in ("Quảng cáo", "Xem thêm", "Chia sẻ", "Bài liên quan", "Tổng Biên tập"):
        assert noise not in article.text
    assert article.text.count("Trước diễn biến phức tạp") == 1  # the lead once


def test_older_template_and_trailing_byline_and_source() -> None:
    article = parse_article(page("detail-head-1247199.html"))
    assert article.template == "c-detail-head"
    assert article.author == "Minh Khang"
    assert article.published_at == datetime(2026, 8, 23, 18, 40, tzinfo=VN)
    assert article.lead.startswith("Ngày 23-8, Phó Chủ tịch UBND xã Thường Tín")
    assert not any(p.startswith("Nguồn") or p == "Minh Khang" for p in article.paragraphs)
    assert article.paragraphs[0] != article.lead


def test_meta_only_page_falls_back_field_by_field() -> None:
    article = parse_article(page("meta-entry-1250844.html"))
    assert article.template == "meta+entry"
    assert article.title.startswith("Hà Nội: Ngành thủy lợi")
    assert article.published_at == datetime(2026, 8, 25, 19, 30, 15, tzinfo=VN)  # US order in the meta tag
    assert article.author == "Tùng Nguyễn"
    assert {"title:meta", "date:meta", "author:meta"} <= set(article.fallbacks)
    assert "Tùng Nguyễn" not in article.paragraphs


def test_unknown_markup_uses_the_generic_extractor() -> None:
    article = parse_article(page("generic-1266648.html"))
    assert article.template == "generic"
    assert "body:generic" in article.fallbacks
    assert article.paragraphs[0].startswith("Bản tin cập nhật của Trung tâm Dự báo")
    assert not any("Bản quyền" in p or "Tin mới" in p for p in article.paragraphs)


def test_sister_site_page() -> None:
    article = parse_article(page("sister-nguoiquansat-314409.html"))
    assert article.template == "sc-longform-header"
    assert article.author == "Minh Phong"
    assert article.published_at == datetime(2026, 9, 5, 22, 17, tzinfo=VN)
    assert article.tags[:2] == ["Nhà máy điện rác", "BWE"]
    assert not any("BWE hiện quản lý" in p for p in article.paragraphs)  # the highlight box
    assert len(article.captions) == 2


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("challenge.html", BlockedError),
        ("listing-kinh-te.html", NotAnArticleError),
        ("empty-shell.html", NotAnArticleError),
    ],
)
def test_not_articles(name: str, error: type) -> None:
    with pytest.raises(error):
        parse_article(page(name))


def test_decode_html() -> None:
    utf8 = "Phường Yên Sở".encode()
    assert decode_html(utf8, "iso-8859-1") == "Phường Yên Sở"  # the bytes are UTF-8 whatever the header says
    legacy = '<meta charset="windows-1258"><p>Hà Tây</p>'.encode("windows-1258")
    assert "Hà Tây" in decode_html(legacy)
    assert decode_html(b"\xef\xbb\xbfabc") == "abc"
    with pytest.raises(EncodingError):
        decode_html(b"\xff\xfe\x00\x81", "utf-8-not-a-codec")


@pytest.mark.parametrize(
    ("text", "formats", "expected"),
    [
        ("16/07/2026 - 17:14", ("%d/%m/%Y - %H:%M",), datetime(2026, 7, 16, 17, 14, tzinfo=VN)),
        ("Thứ năm, 16/07/2026 - 17:14", ("%d/%m/%Y - %H:%M",), datetime(2026, 7, 16, 17, 14, tzinfo=VN)),
        ("9/5/2026 10:17:01 PM", ("%m/%d/%Y %I:%M:%S %p",), datetime(2026, 9, 5, 22, 17, 1, tzinfo=VN)),
        ("23-08-2026 18:40", ("%d-%m-%Y %H:%M",), datetime(2026, 8, 23, 18, 40, tzinfo=VN)),
        ("not a date", ("%d/%m/%Y",), None),
    ],
)
def test_parse_datetime(text: str, formats: tuple[str, ...], expected: datetime | None) -> None:
    assert parse_datetime(text, formats) == expected


def test_an_unknown_declared_charset_is_not_a_crash() -> None:
    body = "<html><body><p>" + "Ủy ban nhân dân phường Yên Sở họp bàn kế hoạch năm 2026. " * 10 + "</p></body></html>"
    decoded = decode_html(body.encode("utf-8"), "undefined")
    assert "Ủy ban nhân dân" in decoded
    legacy = body.replace("Ủy ban", "Hà Tây").encode("windows-1258", "ignore")
    assert "Hà Tây" in decode_html(legacy, "undefined")  # an unknown name falls back, never raises LookupError


def test_deeply_nested_blocks_parse_in_time_proportional_to_the_page() -> None:
    import time

    body = b"<p>" + "Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm. ".encode() * 5 + b"</p>"

    def page(inner: bytes) -> bytes:
        return (
            b"<html><head><title>T</title></head><body><article><h1>Tieu de</h1>"
            + body
            + inner
            + b"</article></body></html>"
        )

    nested = page(b"<blockquote>" * 4000 + b"x" + b"</blockquote>" * 4000)
    flat = page(b"<blockquote>x</blockquote>" * 4000)

    def seconds(html: bytes) -> float:
        started = time.perf_counter()
        parse_article(html, url="https://example.com/a-1.html")
        return time.perf_counter() - started

    assert seconds(nested) < 15 * seconds(flat) + 0.1


def test_a_closing_byline_is_the_author_when_the_meta_tags_have_none() -> None:
    body = "<p>" + "Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm. " * 5 + "</p>"
    html = (
        "<html><head><title>T</title></head><body><article><h1>Tiêu đề</h1>" + body
        + '<p style="text-align:right"><strong>Minh Anh</strong></p></article></body></html>'
    )  # fmt: skip
    article = parse_article(html.encode(), url="https://example.com/a-1.html")
    assert article.author == "Minh Anh"
    assert "author:byline" in article.fallbacks
    assert all("Minh Anh" not in p for p in article.paragraphs)


@pytest.mark.parametrize("page", ["article.html", "https://hanoimoi.vn/a-1.html", "/tmp/page"])
def test_a_page_that_looks_like_a_path_is_refused_without_a_warning(page: str) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # BeautifulSoup warns when markup looks like a file name or an address
        with pytest.raises(NotAnArticleError):
            parse_article(page)
