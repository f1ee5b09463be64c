"""Parsing a news page into an :class:`~extractor.web.article.Article` (BeautifulSoup with lxml).

The template is recognized from the page (:mod:`extractor.web.templates`); each field is read
with the template's selectors, most specific first, then from the meta tags; the body, when
no template matches, by a generic density rule. ``Article.template`` and
``Article.fallbacks`` say which path each field took. A Cloudflare-style challenge raises
:class:`~extractor.errors.BlockedError`; a listing, an empty shell or a page without a body
raises :class:`~extractor.errors.NotAnArticleError`.

Bytes are decoded by the declared charset when it decodes cleanly, else by charset-normalizer.
Dates are read from the field each template names, with that template's few formats
(``strptime``): htmldate guesses a date from a whole page's markup, which is slower and
heuristic and serves sites whose markup is unknown; dateparser's language detection adds
nothing for the fixed formats this platform writes. Both would be worth it for the generic
path on other sites.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag

from ..errors import BlockedError, EncodingError, NotAnArticleError
from .article import Article, Image
from .templates import META, META_DATE_FORMATS, TEMPLATES, Template

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
ARTICLE_ID = re.compile(r"-(\d{4,8})\.html?(?:$|[?#])")
LEGACY_ID = re.compile(r"/Tin-tuc/[^/]+/(\d{3,9})/")
_DATE_IN_TEXT = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?")
_SPACES = re.compile(r"\s+")
_SOURCE_LINE = re.compile(r"^\(?\s*(?:Nguồn|Theo)\b.{0,150}$")
_BYLINE_WORD = re.compile(r"^[A-ZĐÂĂÊÔƠƯ][^\s]*$|^[-–]$")
_CHALLENGE_MARKERS = (
    "cf-browser-verification",
    "challenge-platform",
    "cf_chl_",
    "cf-challenge",
    "Checking your browser before accessing",
    "Just a moment...",
    "Attention Required! | Cloudflare",
    "Enable JavaScript and cookies to continue",
)
_BODY_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: UTF-8 when the bytes are UTF-8 (whatever the header says), else the
    declared charset, else the page's own ``<meta charset>``, else UTF-8 with a stray bad byte
    or two replaced, else Windows-1258, else charset-normalizer's guess from the bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [declared] if declared else []
    meta = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', data[:4096], re.IGNORECASE)
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    for charset in candidates:
        decoded = _decoded(data, charset)
        if decoded is not None:
            return decoded
    lenient = data.decode("utf-8", "replace")  # a page cut and pasted: one or two bad bytes
    bad = lenient.count("\ufffd")
    if bad <= max(1, len(data) // 1000) and bad * 50 < len(data):
        return lenient
    decoded = _decoded(data, "windows-1258")
    if decoded is not None:
        return decoded
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best() if len(data) >= 256 else None  # too few bytes tell nothing
    if best is not None and best.chaos < 0.2:
        decoded = _decoded(data, best.encoding)
        if decoded is not None:
            return decoded
    raise EncodingError("the page's bytes are neither UTF-8 nor in the charset it declares")


def _decoded(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(charset)
    except (LookupError, UnicodeError, ValueError):  # an unknown name ("undefined") or bytes it has no letter for
        return None


def is_challenge(html: str) -> bool:
    head = html[:20000]
    return any(marker in head for marker in _CHALLENGE_MARKERS)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
    return text or None


def _select_text(soup: Tag, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        node = soup.select_one(selector)
        if node is not None:
            text = _clean(node.get_text(" "))
            if text:
                return text
    return None


def _meta(soup: Tag, field: str) -> str | None:
    for selector in META.get(field, ()):
        node = soup.select_one(selector)
        if node is not None and node.get("content"):
            return _clean(str(node["content"]))
    return None


def parse_datetime(text: str | None, formats: tuple[str, ...]) -> datetime | None:
    """A date as written on the page, in Vietnam time."""
    if not text:
        return None
    candidates = [text.strip()]
    found = _DATE_IN_TEXT.search(text)
    if found:
        candidates.append(found.group())
    for candidate in candidates:
        candidate = _SPACES.sub(" ", candidate)
        for fmt in formats:
            try:
                value = datetime.strptime(candidate, fmt)
                return value.astimezone(VIETNAM) if value.tzinfo else value.replace(tzinfo=VIETNAM)
            except (ValueError, OverflowError):
                continue  # not this format, or a date no calendar holds ("0001-01-01T00:00:00+14:00")
    return None


def _absolute(base: str | None, src: str) -> str | None:
    """An image's address made absolute; None for one no URL parser reads ("http://[oops/a.jpg")."""
    try:
        return urljoin(base, src) if base else src
    except ValueError:
        return None


def article_id(url: str | None) -> str | None:
    if not url:
        return None
    found = ARTICLE_ID.search(url) or LEGACY_ID.search(url)
    return found.group(1) if found else None


def _detect(soup: Tag) -> Template | None:
    for template in TEMPLATES:
        if any(soup.select_one(selector) is not None for selector in template.detect):
            return template
    return None


def _body_container(soup: Tag, template: Template | None) -> Tag | None:
    if template is not None:
        for selector in template.body:
            node = soup.select_one(selector)
            if node is not None:
                return node
    return None


def _generic_body(soup: Tag) -> Tag | None:
    """The element whose own paragraphs hold the most text (for pages no template knows)."""
    best, best_length = None, 0
    for node in soup.find_all(["article", "div", "section", "main", "td", "body"]):
        length = sum(len(p.get_text(" ", strip=True)) for p in node.find_all("p", recursive=False))
        if length > best_length:
            best, best_length = node, length
    return best if best_length >= 80 else None


def _strip_noise(container: Tag, template: Template | None) -> None:
    noise = template.noise if template else ("script", "style", "noscript", "iframe", "form", "div.c-box")
    for selector in noise:
        for node in container.select(selector):
            node.decompose()
    for selector in template.body_end if template else ():
        end = container.select_one(selector)
        if end is None:
            continue
        for sibling in list(end.find_all_next()):
            if isinstance(sibling, Tag) and container in sibling.parents:
                sibling.decompose()
        end.decompose()


def _looks_like_byline(text: str, author: str | None) -> bool:
    if author and _clean(text) == author:
        return True
    words = text.split()
    return 1 <= len(words) <= 5 and text[-1:] not in '.:;!?”"' and all(_BYLINE_WORD.match(w) for w in words)


def _outermost_blocks(container: Tag) -> list[Tag]:
    """The body blocks not inside another body block or a figure, in document order: one
    walk down the tree (asking each block for its ancestors made deep nesting quadratic)."""
    found: list[Tag] = []
    stack = [child for child in reversed(container.contents) if isinstance(child, Tag)]
    while stack:
        node = stack.pop()
        if node.name == "figure":
            continue
        if node.name in _BODY_TAGS:
            found.append(node)
            continue
        stack.extend(child for child in reversed(node.contents) if isinstance(child, Tag))
    return found


def _body(container: Tag, author: str | None) -> tuple[list[str], list[str], list[tuple[str, str | None]], str | None]:
    """Paragraphs, captions, images, and the byline that closed the body (if one did)."""
    captions: list[str] = []
    for figcaption in container.find_all("figcaption"):
        caption = _clean(figcaption.get_text(" "))
        if caption and caption not in captions:
            captions.append(caption)
    images = [(str(img.get("src")), _clean(img.get("alt"))) for img in container.find_all("img") if img.get("src")]  # type: ignore[arg-type]
    paragraphs: list[str] = []
    for node in _outermost_blocks(container):
        text = _clean(node.get_text(" "))
        if text:
            paragraphs.append(text)
    # The trailing byline and source lines are metadata, not body.
    byline = None
    while paragraphs and (_looks_like_byline(paragraphs[-1], author) or _SOURCE_LINE.match(paragraphs[-1])):
        last = paragraphs.pop()
        if byline is None and not _SOURCE_LINE.match(last):
            byline = last
    return paragraphs, captions, images, byline


def compose_text(title: str, lead: str | None, paragraphs: list[str], captions: list[str]) -> str:
    """The text the extraction reads: title line, lead, body paragraphs, then captions."""
    blocks = [title, *([lead] if lead else []), *paragraphs, *captions]
    return "\n\n".join(blocks)


def parse_article(html: str | bytes, url: str | None = None) -> Article:
    """Parse one news page; raise BlockedError or NotAnArticleError when it is not an article."""
    if isinstance(html, bytes):
        html = decode_html(html)
    elif any("\ud800" <= ch <= "\udfff" for ch in html):
        raise EncodingError("the page text holds lone surrogates: it was decoded with errors='surrogateescape'")
    if is_challenge(html):
        raise BlockedError("the page is a bot challenge (Cloudflare 'Just a moment…'), not an article")
    with warnings.catch_warnings():
        # a page is markup by contract: a short one that looks like a path or an address is
        # still parsed as a page (and then refused as no article), not a reason to warn the caller
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "lxml")
    template = _detect(soup)
    fallbacks: list[str] = []

    def field(name: str, selectors: tuple[str, ...]) -> str | None:
        value = _select_text(soup, selectors) if selectors else None
        if value is None:
            value = _meta(soup, name)
            if value is not None:
                fallbacks.append(f"{name}:meta")
        return value

    title = field("title", template.title if template else ())
    if title is None:
        title = _clean(soup.title.get_text()) if soup.title else None
        if title:
            fallbacks.append("title:html-title")
    lead = field("lead", template.lead if template else ())
    author = field("author", template.author if template else ())
    category = field("category", template.category if template else ())

    published_at = None
    if template and template.date:
        published_at = parse_datetime(_select_text(soup, template.date), template.date_formats)
    if published_at is None:
        published_at = parse_datetime(_meta(soup, "date"), META_DATE_FORMATS)
        if published_at is not None:
            fallbacks.append("date:meta")

    tags: list[str] = []
    if template and template.tags:
        tags = [t for t in (_clean(a.get_text(" ")) for s in template.tags for a in soup.select(s)) if t]
    if not tags:
        meta_tags = _meta(soup, "tags")
        if meta_tags:
            tags = [t.strip() for t in meta_tags.split(",") if t.strip()]
            fallbacks.append("tags:meta")
    tags = list(dict.fromkeys(tags))

    canonical = soup.select_one('link[rel="canonical"]')
    canonical_url = str(canonical["href"]).strip() if canonical is not None and canonical.get("href") else None
    base = canonical_url or url

    container = _body_container(soup, template)
    template_name = template.name if template else "generic"
    if container is None:
        if soup.select("div.b-grid h3.b-grid__title a") and not soup.select("article.entry, div.entry"):
            raise NotAnArticleError("the page is a listing of articles, not an article")
        container = _generic_body(soup)
        template_name = "generic"
        fallbacks.append("body:generic")
    if container is None:
        raise NotAnArticleError("the page has no article body (an empty shell or a non-article page)")
    _strip_noise(container, template if template_name != "generic" else None)
    paragraphs, captions, raw_images, byline = _body(container, author)
    if author is None and byline is not None:
        author = byline  # the older template's right-aligned bold name at the end of the body
        fallbacks.append("author:byline")
    if lead and paragraphs and _clean(paragraphs[0]) == lead:
        paragraphs = paragraphs[1:]  # the sapo repeated as the first paragraph
    if not paragraphs:
        raise NotAnArticleError("the page has no body paragraphs")
    if not title:
        raise NotAnArticleError("the page has no title")

    images = [Image(src=absolute, alt=alt) for src, alt in raw_images if (absolute := _absolute(base, src)) is not None]
    og_image = _meta(soup, "image")
    if og_image and all(i.src != og_image for i in images):
        images.append(Image(src=og_image, alt=None))

    return Article(
        url=url,
        canonical_url=canonical_url,
        article_id=article_id(canonical_url) or article_id(url),
        title=title,
        lead=lead,
        author=author,
        published_at=published_at,
        category=category,
        tags=tags,
        paragraphs=paragraphs,
        captions=captions,
        images=images,
        template=template_name,
        fallbacks=fallbacks,
        text=compose_text(title, lead, paragraphs, captions),
    )
