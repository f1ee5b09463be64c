"""Page templates of hanoimoi.vn and its platform ("onecms"), as data: one selector table each.

The parser (:mod:`extractor.web.parse`) recognizes a template from the page itself (its
``detect`` selectors), never from the host name, so saved pages and mirrors parse too.
Each field lists CSS selectors, most specific first; a field the template does not give
falls back to the page's meta tags. What was seen on hanoimoi.vn, on a sister site, or is
only guessed is recorded in ``../shared/hanoimoi/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Template:
    name: str
    detect: tuple[str, ...]  # any of these present: the page is in this template
    title: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    # Removed from the body before reading it (header block, ads, boxes, share bars, related news).
    noise: tuple[str, ...] = field(default_factory=tuple)
    # The body ends at the first of these (everything after is page furniture).
    body_end: tuple[str, ...] = ()


_COMMON_NOISE = (
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "div.c-box",
    "div.sc-empty-layer",
    "div.sc-hightlight-box",
    "div.c-related-posts",
    "div.b-grid",
    "div.c-widget-tags",
    "div.c-author-page",
    "div.oneads",
    "[class*=share]",
    ".breadcrumb",
)

LONGFORM = Template(
    name="sc-longform-header",
    detect=(".sc-longform-header", "h1.sc-longform-header-title", "h1.block-sc-title"),
    title=("h1.sc-longform-header-title", "h1.block-sc-title", ".block-sc-title"),
    lead=("p.sc-longform-header-sapo", ".sc-longform-header-text > p.block-sc-sapo", ".block-sc-sapo"),
    author=(".sc-longform-header-meta span.block-sc-author", ".sc-longform-header-author", ".block-sc-author"),
    date=(".sc-longform-header-date", ".block-sc-publish-time"),
    date_formats=("%d/%m/%Y - %H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y"),
    category=("span.sc-longform-header-cate", ".block-sc-cate-name", "ol.breadcrumb li.breadcrumb-item:last-child a"),
    tags=("div.c-widget-tags.onecms__tags a", "div.c-widget-tags a"),
    body=("article.entry", "div.entry"),
    noise=(".sc-longform-header", *_COMMON_NOISE),
    body_end=(".c-share-detail",),
)

DETAIL_HEAD = Template(
    name="c-detail-head",
    detect=("h1.c-detail-head__title",),
    title=("h1.c-detail-head__title",),
    lead=(".c-detail-head__sapo", ".c-news-detail .sapo", "p.sapo", ".b-maincontent > p:first-child strong"),
    author=("span.c-detail-head__author", ".c-detail-head__author"),
    date=("span.c-detail-head__time", ".c-detail-head__time"),
    date_formats=("%d-%m-%Y %H:%M", "%d-%m-%Y - %H:%M", "%d/%m/%Y %H:%M", "%d-%m-%Y"),
    category=("ol.breadcrumb li.breadcrumb-item:last-child a", ".c-detail-head__cate"),
    tags=("div.c-widget-tags a", ".onecms__tags a"),
    body=("div.b-maincontent", "article.entry", "div.entry", "div.c-news-detail"),
    noise=(".c-detail-head", *_COMMON_NOISE),
    body_end=(".c-share-detail",),
)

LEGACY = Template(
    name="hanoimoi.com.vn",
    detect=("#NewsDetails", "#abody"),
    title=("#NewsDetails > h1", "#NewsDetails h1"),
    lead=("#NewsDetails .sapo", "#NewsDetails h2", ".lead"),
    author=("div.author", ".author"),
    date=("div.refer", ".refer"),
    date_formats=("%d/%m/%Y %H:%M", "%d/%m/%Y - %H:%M", "%d/%m/%Y"),
    category=(".breadcrumb a:last-child",),
    body=("#abody", "div#NewsGallery", "#NewsDetails"),
    noise=(*_COMMON_NOISE, "div.author", "div.refer", "h1"),
)

# A page with only meta tags for its head and an ``entry`` body: fields come from the meta tags.
META_ENTRY = Template(
    name="meta+entry",
    detect=("article.entry", "div.entry"),
    body=("article.entry", "div.entry"),
    noise=_COMMON_NOISE,
    body_end=(".c-share-detail",),
)

TEMPLATES: tuple[Template, ...] = (LONGFORM, DETAIL_HEAD, LEGACY, META_ENTRY)

# Meta tags, in the order tried, for each field a template does not give.
META = {
    "title": ('meta[property="og:title"]', 'meta[name="title"]', 'meta[name="twitter:title"]'),
    "lead": ('meta[property="og:description"]', 'meta[name="description"]'),
    "author": ('meta[property="article:author"]', 'meta[name="author"]'),
    "date": ('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]'),
    "category": ('meta[property="article:section"]',),
    "tags": ('meta[property="article:tag"]', 'meta[name="keywords"]'),
    "image": ('meta[property="og:image"]',),
}
# article:published_time on this platform is US order: "9/5/2026 10:17:01 PM".
META_DATE_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d",
)
