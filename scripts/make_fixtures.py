#!/usr/bin/env python3
"""Rebuild the page fixtures in ``fixtures/pages`` from ``../shared/hanoimoi``.

No complete hanoimoi.vn page is available offline. Each page here is a **reconstruction**:
the real body fragment of a real hanoimoi.vn article (``html/frag_<id>.html``) and its real
title and lead (``articles/hanoimoi-<id>.txt``), set in the page structure of one template
(selectors seen on hanoimoi.vn or its sister site on the same platform), with the noise a
real page carries (ads, scripts, share bars, related news, a byline and a source line).
The sister-site page is copied as it is. Every file says what it is in a comment at its top.

    python scripts/make_fixtures.py
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "hanoimoi"
OUT = ROOT / "fixtures" / "pages"
SITE = "https://hanoimoi.vn"


def _article(article_id: str) -> tuple[str, str, str, str]:
    lines = (SHARED / "articles" / f"hanoimoi-{article_id}.txt").read_text(encoding="utf-8").splitlines()
    url, title = lines[0].strip(), lines[1].strip()
    lead = next(line for line in lines[2:] if line.strip())
    body = (SHARED / "html" / f"frag_{article_id}.html").read_text(encoding="utf-8")
    return url, title, lead, body


def _note(template: str, article_id: str) -> str:
    return (
        f"<!-- RECONSTRUCTION, not a captured page. Template: {template}. Body: the real inner HTML of "
        f"hanoimoi.vn article {article_id} (../shared/hanoimoi/html/frag_{article_id}.html); title and lead "
        "from ../shared/hanoimoi/articles; page structure from selectors seen on hanoimoi.vn and its sister "
        "site (see ../shared/hanoimoi/README.md). Built by scripts/make_fixtures.py. -->"
    )


NOISE_IN_BODY = """
<div class="c-box h-show-mobile"><div class="c-box__content"><div class="oneads" id="zone-40">
<script type="text/javascript">try { dc2.show(); } catch (e) { }</script>Quảng cáo 500 triệu đồng trúng thưởng</div></div></div>
"""
RELATED = """
<div class="c-box c-related-posts"><h2>Bài liên quan</h2>
<div class="b-grid"><h3 class="b-grid__title"><a href="/ha-noi-tang-cuong-phong-chong-bao-1238000.html">Hà Nội tăng cường phòng chống bão, chi 10 tỷ đồng</a></h3></div>
<div class="b-grid"><h3 class="b-grid__title"><a href="/video-bao-so-4-event1234.html">Video: bão số 4</a></h3></div>
</div>
"""


def longform(article_id: str) -> str:
    url, title, lead, body = _article(article_id)
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("current sc-longform-header", article_id)}
<meta charset="utf-8">
<title>{html.escape(title)} - Báo Hà Nội Mới</title>
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:description" content="{html.escape(lead)}" />
<meta property="og:image" content="https://hnm.1cdn.vn/thumbs/1200x630/2026/08/24/{article_id}.jpg" />
<meta property="article:section" content="Xã hội">
<meta property="article:published_time" content="8/24/2026 9:05:00 AM">
<meta property="article:tag" content="bão số 4,thủy lợi,Phú Xuyên" />
<meta property="article:author" content="Hiền Thu" />
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization","name":"Hà Nội Mới"}}</script>
</head><body>
<header class="c-header"><nav><a href="/chinh-tri">Chính trị</a><a href="/kinh-te">Kinh tế</a></nav></header>
<div class="l-content"><div class="container"><div class="l-main">
<div class="c-detail-head"><div class="c-detail-head__row"><nav aria-label="breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
<li class="breadcrumb-item active"><a href="{SITE}/xa-hoi">Xã hội</a></li></ol></nav></div></div>
<div class="c-news-detail"><div class="c-news-detail-scroll">
<div class="c-news-detail-scroll__left"><div class="c-share-scroll js-sticky-scroll"><a href="#">Chia sẻ</a></div></div>
<div class="c-news-detail-scroll__right"><div class="b-maincontent normal-article-content">
<article class="entry entry-no-padding ">
<div class="sc-longform-header sc-longform-header-default-normal block-sc-longform-header"><div class="sc-longform-header-text">
<span class="sc-longform-header-cate block-sc-cate-name">Xã hội</span>
<h1 class="sc-longform-header-title block-sc-title">{html.escape(title)}</h1>
<div class="sc-longform-header-meta"><span class="sc-longform-header-author block-sc-author">Hiền Thu</span> <span class="sc-text block-sc-text">•</span> <span class="sc-longform-header-date block-sc-publish-time">24/08/2026 - 09:05</span></div>
<p class="sc-longform-header-sapo block-sc-sapo">{html.escape(lead)}</p></div></div>
{body}
{NOISE_IN_BODY}
<div class="sc-hightlight-box block-sc-hightlight-box"><p>Xem thêm: 20 tin bão mới nhất.</p></div>
<p class="align-right"><strong>Hiền Thu</strong></p>
<div class="sc-empty-layer"></div>
</article>
<div class="c-share-detail"><a href="#">Facebook</a></div>
<div class="c-widget-tags onecms__tags"><a href="/tag/bao-so-4">bão số 4</a><a href="/tag/thuy-loi">thủy lợi</a></div>
{RELATED}
</div></div></div></div>
</div></div></div>
<footer>© Báo Hà Nội Mới. Tổng Biên tập: Nguyễn Minh Đức</footer>
</body></html>
"""


def detail_head(article_id: str) -> str:
    url, title, lead, body = _article(article_id)
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("older c-detail-head", article_id)}
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{html.escape(title)}">
</head><body>
<div class="l-content"><div class="container">
<div class="c-detail-head">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/xa-hoi">Xã hội</a></li></ol>
<h1 class="c-detail-head__title">{html.escape(title)}</h1>
<div class="c-detail-head__row"><span class="c-detail-head__author">Minh Khang</span> <span class="c-detail-head__time">23-08-2026 18:40</span></div>
</div>
<div class="c-news-detail"><div class="b-maincontent">
<p class="sapo"><strong>{html.escape(lead)}</strong></p>
{body}
<div class="c-box"><script>var ads = 1;</script><p>Quảng cáo</p></div>
<p>Minh Khang</p>
<p>Nguồn Hà Nội Mới: {url}</p>
</div>
<div class="c-share-detail">Chia sẻ</div>
</div>
{RELATED}
</div></div>
</body></html>
"""


def meta_entry(article_id: str) -> str:
    url, title, lead, body = _article(article_id)
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("meta tags only + entry body", article_id)}
<meta charset="utf-8">
<title>Báo Hà Nội Mới</title>
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:description" content="{html.escape(lead)}" />
<meta property="article:section" content="Đô thị">
<meta property="article:published_time" content="8/25/2026 7:30:15 PM">
<meta property="article:tag" content="thủy lợi,tiêu úng" />
<meta property="article:author" content="Tùng Nguyễn" />
</head><body>
<div class="wrapper"><article class="entry">
{body}
<script>track("view")</script>
<p>Tùng Nguyễn</p>
</article>
<div class="c-share-detail">Chia sẻ</div></div>
</body></html>
"""


def generic(article_id: str) -> str:
    _url, title, lead, body = _article(article_id)
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("none (a mirror with unknown markup; read by the generic extractor)", article_id)}
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<meta name="description" content="{html.escape(lead)}">
</head><body>
<div id="top"><a href="/">Trang chủ</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="layout"><div class="sidebar"><p>Tin mới</p></div>
<div class="post-content">
{body}
</div></div>
<div id="footer"><p>Bản quyền thuộc về báo.</p></div>
</body></html>
"""


CHALLENGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">
<!-- Fixture: a Cloudflare-style challenge page, written for tests (the form real ones take). -->
</head><body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">hanoimoi.vn</h1><h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
</div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "hanoimoi.vn"};var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1';document.head.appendChild(a);}());</script>
</body></html>
"""

LISTING = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kinh tế - Báo Hà Nội Mới</title>
<!-- Fixture: a section listing page (card markup b-grid seen on hanoimoi.vn; paging link guessed). -->
</head><body><div class="l-content">
{cards}
<div class="onecms__loadmore"><a href="{next}">Xem thêm</a></div>
</div></body></html>
"""

EMPTY_SHELL = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title></title>
<!-- Fixture: an empty application shell (the body is filled by JavaScript). -->
</head><body><div id="app"></div><script src="/static/app.js"></script></body></html>
"""


def listing(cards: list[tuple[str, str]], next_page: str) -> str:
    card_html = "\n".join(
        f'<div class="b-grid"><h3 class="b-grid__title"><a href="{href}">{html.escape(title)}</a></h3>'
        f'<span class="b-grid__time">24/08/2026</span></div>'
        for href, title in cards
    )
    return LISTING.format(cards=card_html, next=next_page)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "longform-1238587.html").write_text(longform("1238587"), encoding="utf-8")
    (OUT / "detail-head-1247199.html").write_text(detail_head("1247199"), encoding="utf-8")
    (OUT / "meta-entry-1250844.html").write_text(meta_entry("1250844"), encoding="utf-8")
    (OUT / "generic-1266648.html").write_text(generic("1266648"), encoding="utf-8")
    shutil.copy(SHARED / "html" / "nguoiquansat-onecms-article-excerpt.html", OUT / "sister-nguoiquansat-314409.html")
    (OUT / "challenge.html").write_text(CHALLENGE, encoding="utf-8")
    (OUT / "empty-shell.html").write_text(EMPTY_SHELL, encoding="utf-8")
    page1 = [
        (f"{SITE}/xa-phu-xuyen-tang-cuong-ung-truc-chu-dong-phong-ngua-ngap-ung-1238587.html", "Xã Phú Xuyên"),
        ("/thuong-tin-xu-ly-diem-xung-yeu-tuyen-de-song-nhue-1247199.html", "Thường Tín"),
        ("/video/bao-so-4-tren-vinh-bac-bo-1266001.html", "Video bão số 4"),
        ("/bao-so-4-event1234.html", "Bão số 4 (sự kiện)"),
    ]
    page2 = [
        ("/ha-noi-nganh-thuy-loi-ung-truc-ngay-dem-tich-cuc-tieu-ung-chong-ngap-1250844.html", "Thủy lợi"),
        ("/thuong-tin-xu-ly-diem-xung-yeu-tuyen-de-song-nhue-1247199.html?utm_source=x", "Thường Tín (lặp)"),
    ]
    (OUT / "listing-kinh-te.html").write_text(listing(page1, "/kinh-te/trang-2"), encoding="utf-8")
    (OUT / "listing-kinh-te-2.html").write_text(listing(page2, "/kinh-te/trang-3"), encoding="utf-8")
    print(f"wrote {len(list(OUT.iterdir()))} files to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
