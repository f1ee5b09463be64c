"""Finding article URLs: sitemaps (index and article sitemaps), section listings with paging,
and feeds. Only article URLs are kept (``…-<id>.html``; not ``-event<id>.html`` topic pages,
not multimedia sections), de-duplicated by canonical form, in the order found.

Feeds are read with feedparser (every RSS and Atom dialect, broken XML, relative links).
Sitemaps are read here, with BeautifulSoup's XML parser, because every request must go
through the project's fetcher (robots.txt, the per-host rate limit, the private-address
checks, the cache): sitemap libraries such as ultimate-sitemap-parser fetch by themselves.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from datetime import date
from typing import Literal
from urllib.parse import urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup

from ..errors import ExtractorError, HTTPStatusError
from .fetch import AsyncFetcher

_ARTICLE = re.compile(r"-\d{4,8}\.html?$")
_EVENT = re.compile(r"-event\d+\.html?$")
NON_ARTICLE_SECTIONS = ("multimedia", "video", "emagazine", "infographic", "photo", "podcast", "tag", "tim-kiem")
_SITEMAP_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def canonical_url(url: str) -> str:
    """Lower-case host, no query, fragment or trailing slash: one form per article."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, "", ""))


def _key(url: str) -> str:
    """The de-duplication key: the canonical form without its scheme (http and https are one)."""
    return canonical_url(url).split("://", 1)[-1]


def is_article_url(url: str) -> bool:
    path = urlsplit(url).path
    if not _ARTICLE.search(path) or _EVENT.search(path):
        return False
    first = path.strip("/").split("/")[0] if "/" in path.strip("/") else ""
    return first not in NON_ARTICLE_SECTIONS


def article_urls(urls: Iterable[str]) -> list[str]:
    """Keep article URLs, canonical and de-duplicated, in order."""
    seen: dict[str, str] = {}
    for url in urls:
        if is_article_url(url):
            seen.setdefault(_key(url), canonical_url(url))
    return list(seen.values())


def _xml(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "xml")


def _day_of(url: str, lastmod: str | None) -> date | None:
    for source in (url, lastmod or ""):
        found = _SITEMAP_DAY.search(source)
        if found:
            try:
                return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            except ValueError:
                continue
    return None


async def from_sitemap(
    fetcher: AsyncFetcher, url: str, *, since: date | None = None, until: date | None = None, depth: int = 0
) -> AsyncIterator[str]:
    """Article URLs from a sitemap or sitemap index (children filtered to article sitemaps
    when the index names them, and to the date range when their names or lastmod give days)."""
    page = await fetcher.fetch(url)
    soup = _xml(page.text)
    children = soup.find_all("sitemap")
    if children and depth < 3:
        entries = [(loc.get_text(strip=True), c.find("lastmod")) for c in children if (loc := c.find("loc"))]
        article_maps = [e for e in entries if "article" in e[0]]
        for child, lastmod in article_maps or entries:
            day = _day_of(child, lastmod.get_text(strip=True) if lastmod else None)
            if day and ((since and day < since) or (until and day > until)):
                continue
            try:
                async for found in from_sitemap(fetcher, child, since=since, until=until, depth=depth + 1):
                    yield found
            except ExtractorError:
                continue  # one broken child sitemap does not lose the others
        return
    for entry in soup.find_all("url"):
        loc = entry.find("loc")
        if loc is None:
            continue
        lastmod = entry.find("lastmod")
        day = _day_of("", lastmod.get_text(strip=True)) if lastmod else None
        if day and ((since and day < since) or (until and day > until)):
            continue
        yield loc.get_text(strip=True)


def listing_links(html: str, base: str) -> tuple[list[str], str | None]:
    """Card links of a section page, and its "more" link (next page) if it has one."""
    soup = BeautifulSoup(html, "lxml")
    links = [urljoin(base, str(a["href"])) for a in soup.select("div.b-grid h3.b-grid__title a[href]")]
    if not links:
        links = [urljoin(base, str(a["href"])) for a in soup.select("h3 a[href], h2 a[href]")]
    more = soup.select_one("div.onecms__loadmore a[href], a[rel=next][href]")
    return links, urljoin(base, str(more["href"])) if more else None


async def from_section(fetcher: AsyncFetcher, url: str, *, pages: int = 1) -> AsyncIterator[str]:
    """Article links from a section listing and its next pages (``/trang-<n>``, or the page's own "more" link)."""
    current: str | None = url
    for number in range(1, pages + 1):
        if current is None:
            break
        try:
            page = await fetcher.fetch(current)
        except HTTPStatusError as exc:
            if number > 1 and exc.status == 404:
                break  # past the last page
            raise
        links, more = listing_links(page.text, page.final_url)
        for link in links:
            yield link
        current = more or f"{url.rstrip('/')}/trang-{number + 1}"


def feed_links(text: str, base: str) -> list[str]:
    """The entry links of a feed: RSS 0.9x/1.0/2.0 or Atom, relative links made absolute,
    read by feedparser (which also reads feeds that are not well-formed XML)."""
    import feedparser

    feed = feedparser.parse(text, response_headers={"content-location": base})
    links = []
    for entry in feed.entries:
        alternate = [link.get("href") for link in entry.get("links", []) if link.get("rel", "alternate") == "alternate"]
        href = entry.get("link") or next(iter(alternate), None)
        if href:
            links.append(urljoin(base, str(href)))
    return links


async def from_rss(fetcher: AsyncFetcher, url: str) -> AsyncIterator[str]:
    page = await fetcher.fetch(url)
    for link in feed_links(page.text, page.final_url):
        yield link


async def collect(source: AsyncIterator[str], limit: int | None = None) -> list[str]:
    """Article URLs from a discovery source, canonical, de-duplicated, at most ``limit``."""
    found: dict[str, str] = {}
    async for url in source:
        if is_article_url(url):
            found.setdefault(_key(url), canonical_url(url))
            if limit and len(found) >= limit:
                break
    return list(found.values())


DiscoveryKind = Literal["sitemap", "section", "rss"]


async def discover_urls(
    fetcher: AsyncFetcher,
    kind: DiscoveryKind,
    url: str,
    *,
    since: date | None = None,
    until: date | None = None,
    pages: int = 1,
    limit: int | None = None,
) -> list[str]:
    """Article URLs from a sitemap (``since`` / ``until``), a section listing (``pages``) or a
    feed, canonical and de-duplicated, at most ``limit``: the one dispatch the CLI and batch
    runs share."""
    if kind == "sitemap":
        source = from_sitemap(fetcher, url, since=since, until=until)
    elif kind == "section":
        source = from_section(fetcher, url, pages=pages)
    elif kind == "rss":
        source = from_rss(fetcher, url)
    else:
        raise ValueError(f"unknown discovery kind {kind!r}")
    return await collect(source, limit)
