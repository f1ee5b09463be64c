"""Discovery of article URLs from the local stand-in site: sitemaps, listings, RSS."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from extractor.web.discover import (
    article_urls,
    canonical_url,
    collect,
    feed_links,
    from_rss,
    from_section,
    from_sitemap,
    is_article_url,
)
from extractor.web.fetch import AsyncFetcher, FetchConfig
from tests.siteserver import SiteServer

FAST = FetchConfig(timeout=2.0, retries=1, backoff=0.01, rate_limit=0.0, allow_private=True)


@pytest.fixture(scope="module")
def site():
    server = SiteServer().start()
    yield server
    server.stop()


def run(source_factory):
    async def main():
        async with AsyncFetcher(FAST) as fetcher:
            return await collect(source_factory(fetcher))

    return asyncio.run(main())


def paths(urls: list[str]) -> list[str]:
    return [u.split("127.0.0.1:")[1].split("/", 1)[1] for u in urls]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://hanoimoi.vn/xa-phu-xuyen-tang-cuong-ung-truc-1238587.html", True),
        ("https://hanoimoi.vn/kinh-te/tai-chinh/lai-suat-giam-727720.html", True),
        ("https://hanoimoi.vn/bao-so-4-event1234.html", False),
        ("https://hanoimoi.vn/multimedia/anh-bao-1266700.html", False),
        ("https://hanoimoi.vn/video/clip-1266999.html", False),
        ("https://hanoimoi.vn/kinh-te", False),
        ("https://hanoimoi.vn/kinh-te/trang-2", False),
    ],
)
def test_is_article_url(url: str, expected: bool) -> None:
    assert is_article_url(url) is expected


def test_canonical_and_dedup() -> None:
    urls = [
        "https://HanoiMoi.vn/a-1238587.html?utm_source=x#top",
        "http://hanoimoi.vn/a-1238587.html",
        "https://hanoimoi.vn/b-1247199.html",
    ]
    assert article_urls(urls) == ["https://hanoimoi.vn/a-1238587.html", "https://hanoimoi.vn/b-1247199.html"]
    assert canonical_url("https://hanoimoi.vn/x/") == "https://hanoimoi.vn/x"


def test_sitemap_index(site: SiteServer) -> None:
    found = run(lambda f: from_sitemap(f, site.url("/sitemap.xml")))
    assert paths(found) == [
        "xa-phu-xuyen-tang-cuong-ung-truc-chu-dong-phong-ngua-ngap-ung-1238587.html",
        "bao-so-4-tiep-tuc-hoanh-hanh-tren-vinh-bac-bo-trong-2-3-ngay-toi-1266648.html",
        "thuong-tin-xu-ly-diem-xung-yeu-tuyen-de-song-nhue-1247199.html",
    ]


def test_sitemap_date_range(site: SiteServer) -> None:
    found = run(lambda f: from_sitemap(f, site.url("/sitemap.xml"), since=date(2026, 8, 24), until=date(2026, 8, 24)))
    assert len(found) == 2 and all("1247199" not in u for u in found)


def test_section_listing_with_paging(site: SiteServer) -> None:
    found = run(lambda f: from_section(f, site.url("/kinh-te"), pages=3))
    assert [u.rsplit("-", 1)[-1] for u in found] == ["1238587.html", "1247199.html", "1250844.html"]
    assert found[0].startswith("https://hanoimoi.vn/")  # absolute links stay as they are


def test_rss(site: SiteServer) -> None:
    found = run(lambda f: from_rss(f, site.url("/rss/home.rss")))
    assert [p.rsplit("-", 1)[-1] for p in paths(found)] == ["1250844.html", "1247199.html"]


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        (  # Atom, a relative link resolved against the feed's address
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            '<entry><title>A</title><link rel="alternate" href="/a-1238587.html"/></entry>'
            '<entry><title>B</title><link href="https://hanoimoi.vn/b-1247199.html"/></entry></feed>',
            ["https://hanoimoi.vn/a-1238587.html", "https://hanoimoi.vn/b-1247199.html"],
        ),
        (  # RSS 1.0 (RDF)
            '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>T</title></channel>'
            '<item rdf:about="https://hanoimoi.vn/c-1250844.html"><title>C</title>'
            "<link>https://hanoimoi.vn/c-1250844.html</link></item></rdf:RDF>",
            ["https://hanoimoi.vn/c-1250844.html"],
        ),
        (  # not well-formed (a bare "&" in a title): the links are still read
            "<rss><channel><title>Tin & ảnh</title><item><title>Mưa & bão</title>"
            "<link>https://hanoimoi.vn/d-1266648.html</link></item></channel></rss>",
            ["https://hanoimoi.vn/d-1266648.html"],
        ),
        ("not a feed at all", []),
    ],
)
def test_feed_links(feed: str, expected: list[str]) -> None:
    assert feed_links(feed, "https://hanoimoi.vn/rss/home.rss") == expected
