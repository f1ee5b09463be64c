"""Discovery of article URLs from the local stand-in site: sitemaps, listings, RSS."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from extractor.web.discover import (
    article_urls,
    canonical_url,
    collect,
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
