#!/usr/bin/env python3
"""Write the page fixtures in ``fixtures/pages``: invented articles in the markup of each template.

No complete hanoimoi.vn page is available offline, and the articles in ``../shared`` are other
people's writing, which stays out of the project. Each page here is therefore **written for
the tests**: an invented article (invented people, places as in the real news) set in the
markup one template uses, as recorded in ``../shared/hanoimoi/`` (the body fragments' tags
and classes: ``figure`` / ``figcaption``, ``p.align-justify``, ``sup``; the page structure
of hanoimoi.vn and of its sister site on the same platform), with the noise a real page
carries (ads, scripts, share bars, related news, a byline and a source line). Every file
says what it is in a comment at its top.

    python scripts/make_fixtures.py
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "pages"
SITE = "https://hanoimoi.vn"
FILES = "/api/v1/public/files"


@dataclass(frozen=True)
class Story:
    """An invented article: its URL, title, lead and body (paragraphs and captioned photos)."""

    url: str
    title: str
    lead: str
    body: tuple[str, ...]  # paragraphs; a "PHOTO: caption" item is a figure


def _body(story: Story, *, caption_class: str = "", italic: bool = False) -> str:
    parts, photo = [], 0
    for item in story.body:
        if item.startswith("PHOTO: "):
            photo += 1
            caption = html.escape(item.removeprefix("PHOTO: "))
            caption = f"<i>{caption}</i>" if italic else caption
            klass = f' class="{caption_class}"' if caption_class else ""
            parts.append(
                f'<figure>\n <img src="{FILES}/0000000{photo}-aaaa-4bbb-8ccc-fixture00000{photo}" alt="anh-{photo}.jpg">\n'
                f" <figcaption{klass}>{caption}</figcaption>\n</figure>"
            )
        else:
            parts.append(f'<p class="align-justify">{item}</p>')
    return "\n".join(parts)


def _note(template: str) -> str:
    return (
        f"<!-- FIXTURE written for the tests, not a captured page: an invented article in the markup of the "
        f"{template} template (see scripts/make_fixtures.py and ../shared/hanoimoi/README.md). -->"
    )


PHU_XUYEN = Story(
    url=f"{SITE}/xa-phu-xuyen-tang-cuong-ung-truc-chu-dong-phong-ngua-ngap-ung-1238587.html",
    title="Xã Phú Xuyên vận hành trạm bơm tiêu úng sau những đợt mưa lớn",
    lead=(
        "Trước diễn biến phức tạp của mưa lớn kéo dài, xã Phú Xuyên đã bố trí lực lượng trực 24/24 giờ tại "
        "các trạm bơm để tiêu thoát nước cho đồng ruộng và khu dân cư."
    ),
    body=(
        "PHOTO: Trạm bơm Nam Liên vận hành 6/8 tổ máy từ sáng sớm. Ảnh: PV",
        "Những ngày này, Trạm bơm Nam Liên ở xã Phú Xuyên vận hành 6/8 tổ máy để tiêu nước cho vùng trũng "
        "ven sông. Ông Đỗ Văn Lợi - Trạm trưởng cho biết, mỗi ngày trạm tiêu được khoảng 400.000 m<sup>3</sup> "
        "nước, bằng 120% so với kế hoạch.",
        "Theo Phó Chủ tịch UBND xã Phú Xuyên Lê Thị Hoa, xã đã chi hơn 1,2 tỷ đồng cho nhiên liệu, "
        "vật tư và trực vận hành trong tháng 8.",
        "PHOTO: Công nhân kiểm tra cửa cống trước giờ vận hành. Ảnh: PV",
        "Các hợp tác xã nông nghiệp được yêu cầu khơi thông kênh mương nội đồng, gia cố bờ vùng và "
        "báo cáo kịp thời những điểm ngập cục bộ.",
        "Vụ mùa năm nay, xã gieo cấy 1.500 ha lúa; khoảng 12% diện tích ở vùng trũng có nguy cơ ngập "
        "nếu mưa kéo dài thêm.",
        "PHOTO: Mực nước tại các ao nuôi thủy sản dâng cao sau mưa. Ảnh: PV",
        "Xã cũng lập tổ xung kích gồm 40 người, sẵn sàng hỗ trợ người dân di chuyển tài sản khi cần.",
        "Lãnh đạo xã đề nghị người dân theo dõi bản tin thời tiết, không chủ quan với mưa lớn trong những ngày tới.",
    ),
)

THUONG_TIN = Story(
    url=f"{SITE}/thuong-tin-xu-ly-diem-xung-yeu-tuyen-de-song-nhue-1247199.html",
    title="Thường Tín gia cố điểm xung yếu trên đê sông Nhuệ",
    lead=(
        "Ngày 23-8, Phó Chủ tịch UBND xã Thường Tín Nguyễn Văn An cùng các phòng chuyên môn kiểm tra "
        "hiện trường, chỉ đạo gia cố điểm sạt lở trên đê sông Nhuệ."
    ),
    body=(
        "Đoạn đê qua thôn Hà Hồi xuất hiện vết sạt dài khoảng 15m sau nhiều ngày mưa lớn.",
        "PHOTO: Phó Chủ tịch UBND xã Thường Tín Nguyễn Văn An kiểm tra điểm sạt lở. Ảnh: PV",
        "Xã huy động 2 máy xúc, 500 bao tải đất và 60 người để gia cố trong ngày, với kinh phí dự kiến 350 triệu đồng.",
        "Phó Chủ tịch UBND xã yêu cầu các lực lượng trực 24/24 giờ, chuẩn bị sẵn vật tư theo phương châm “4 tại chỗ”.",
        "PHOTO: Mực nước sông Nhuệ vẫn ở mức cao. Ảnh: PV",
    ),
)

THUY_LOI = Story(
    url=f"{SITE}/ha-noi-nganh-thuy-loi-ung-truc-ngay-dem-tich-cuc-tieu-ung-chong-ngap-1250844.html",
    title="Hà Nội: Ngành thủy lợi trực ngày đêm, tiêu úng cho lúa vụ mùa",
    lead="Các công ty thủy lợi của thành phố vận hành hết công suất các trạm bơm lớn để bảo vệ lúa vụ mùa.",
    body=(
        "Theo Sở Nông nghiệp và Môi trường Hà Nội, toàn thành phố có khoảng 8.000 ha lúa bị ngập cục bộ "
        "sau đợt mưa lớn.",
        "PHOTO: Trạm bơm đầu mối vận hành hết công suất. Ảnh: PV",
        "Các công ty thủy lợi đã vận hành 120 trạm bơm, tiêu được hơn 60% diện tích ngập trong hai ngày.",
        "Thành phố bố trí 25 tỷ đồng từ ngân sách để hỗ trợ tiền điện và sửa chữa máy bơm.",
    ),
)

BAO_SO_4 = Story(
    url=f"{SITE}/bao-so-4-tiep-tuc-hoanh-hanh-tren-vinh-bac-bo-trong-2-3-ngay-toi-1266648.html",
    title="Bão số 4 còn hoạt động trên vịnh Bắc Bộ trong 2-3 ngày tới",
    lead="Bão số 4 di chuyển chậm, gây mưa lớn ở các tỉnh ven biển Bắc Bộ.",
    body=(
        "Bản tin cập nhật của Trung tâm Dự báo khí tượng thủy văn quốc gia lúc 10 giờ cho biết, tâm bão "
        "số 4 ở trên vịnh Bắc Bộ, sức gió mạnh nhất cấp 9.",
        "Trong 24 giờ tới, bão di chuyển chậm theo hướng Tây Bắc, mỗi giờ đi được 5-10 km.",
        "Lượng mưa phổ biến 100-150 mm, có nơi trên 250 mm; nguy cơ lũ quét ở vùng núi phía Bắc.",
    ),
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


def longform(story: Story) -> str:
    url, title, lead = story.url, story.title, story.lead
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("current sc-longform-header")}
<meta charset="utf-8">
<title>{html.escape(title)} - Báo Hà Nội Mới</title>
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:description" content="{html.escape(lead)}" />
<meta property="og:image" content="https://hnm.1cdn.vn/thumbs/1200x630/2026/08/24/anh-1.jpg" />
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
{_body(story)}
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


def detail_head(story: Story) -> str:
    url, title, lead = story.url, story.title, story.lead
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("older c-detail-head")}
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
{_body(story, caption_class="align-center")}
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


def meta_entry(story: Story) -> str:
    url, title, lead = story.url, story.title, story.lead
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("meta tags only + entry body")}
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
{_body(story)}
<script>track("view")</script>
<p>Tùng Nguyễn</p>
</article>
<div class="c-share-detail">Chia sẻ</div></div>
</body></html>
"""


def generic(story: Story) -> str:
    title, lead = story.title, story.lead
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{_note("none (a mirror with unknown markup; read by the generic extractor)")}
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<meta name="description" content="{html.escape(lead)}">
</head><body>
<div id="top"><a href="/">Trang chủ</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="layout"><div class="sidebar"><p>Tin mới</p></div>
<div class="post-content">
{_body(story)}
</div></div>
<div id="footer"><p>Bản quyền thuộc về báo.</p></div>
</body></html>
"""


SISTER = Story(
    url="https://nguoiquansat.vn/doanh-nghiep-nuoc-sach-sap-van-hanh-nha-may-dien-rac-314409.html",
    title="Doanh nghiệp nước sạch sắp vận hành nhà máy điện rác 1.200 tỷ đồng",
    lead="Nhà máy xử lý 400 tấn rác mỗi ngày, dự kiến phát điện lên lưới từ cuối năm.",
    body=(
        'Công ty cổ phần Nước - Môi trường Bình An (mã <a href="https://dulieu.nguoiquansat.vn/doanh-nghiep/BWE">'
        "BWE</a>) cho biết nhà máy điện rác đã hoàn thành 85% khối lượng.",
        "Tổng vốn đầu tư của dự án khoảng 1.200 tỷ đồng, trong đó vốn vay chiếm 60%.",
        "PHOTO: Kỹ sư lắp đặt thiết bị lò hơi của nhà máy.",
        "Năm 2025, doanh nghiệp đạt doanh thu 4.100 tỷ đồng, lợi nhuận sau thuế 720 tỷ đồng.",
        "PHOTO: Dự kiến nhà máy vận hành trong tháng 12.",
        "Ban lãnh đạo đặt mục tiêu lợi nhuận năm 2026 tăng 8-10%.",
    ),
)


def sister_site(story: Story) -> str:
    """The sister site (same onecms platform): its page structure, an invented article."""
    title, lead = html.escape(story.title), html.escape(story.lead)
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<!-- FIXTURE written for the tests: an invented article in the page structure of nguoiquansat.vn, which runs
  on the same onecms platform as hanoimoi.vn (classes sc-longform-header-*, block-sc-*, article.entry,
  c-share-*, onecms__*; see ../shared/hanoimoi/html/nguoiquansat-onecms-article-excerpt.html). -->
<link rel="canonical" href="{story.url}" />
<meta property="og:title" content="{title}">
<meta property="og:description" content="{lead}" />
<meta property="article:section" content=" Doanh nghiệp A-Z">
<meta property="article:published_time" content="9/5/2026 10:17:01 PM">
<meta property="article:tag" content="Nh&#224; m&#225;y điện r&#225;c,BWE,Điện r&#225;c,Xử l&#253; chất thải" />
<meta property="article:author" content="Minh Phong" />
<meta property="og:site_name" content="Nguoiquansat.vn" />
</head>
<body>
<div class="l-content"><div class="container"><div class="c-content-flex "><div class="l-main">
  <div class="c-detail-head"><div class="c-detail-head__row"><nav aria-label="breadcrumb"><ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
    <li class="breadcrumb-item active" aria-current="page"><a href="https://nguoiquansat.vn/doanh-nghiep-az"> Doanh nghiệp A-Z</a></li>
  </ol></nav></div></div>
  <div class="c-news-detail"><div class="c-news-detail-scroll">
    <div class="c-news-detail-scroll__left"><div class="c-share-scroll js-sticky-scroll"></div></div>
    <div class="c-news-detail-scroll__right"><div class="b-maincontent normal-article-content">
      <article class="entry entry-no-padding ">
      <div class="sc-longform-header sc-longform-header-default-normal block-sc-longform-header"><div class="sc-longform-header-text"><span class="sc-longform-header-cate block-sc-cate-name">Doanh nghiệp A-Z</span><h1 class="sc-longform-header-title block-sc-title">{title}</h1><div class="sc-longform-header-meta"><span class="sc-longform-header-author block-sc-author">Minh Phong</span> <span class="sc-text block-sc-text">•</span> <span class="sc-longform-header-date block-sc-publish-time">05/09/2026 - 22:17</span></div><p class="sc-longform-header-sapo block-sc-sapo">{lead}</p></div></div>
      {_body(story, caption_class="align-center", italic=True)}
      <div class="c-box h-show-mobile" style="margin-bottom:10px;"><div class="c-box__content"><div class="c-banner-item is-custom-size"><div class="oneads" id="zone-40"><script type="text/javascript">try {{ dc2.show(); }} catch (e) {{ }}</script></div></div></div></div>
      <div class="sc-hightlight-box block-sc-hightlight-box"><p>BWE hiện quản lý 12 nhà máy nước tại 5 tỉnh, thành.<br></p></div><p></p><div class="sc-empty-layer"></div>
      </article>
    </div></div>
  </div></div>
</div></div></div></div>
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
    (OUT / "longform-1238587.html").write_text(longform(PHU_XUYEN), encoding="utf-8")
    (OUT / "detail-head-1247199.html").write_text(detail_head(THUONG_TIN), encoding="utf-8")
    (OUT / "meta-entry-1250844.html").write_text(meta_entry(THUY_LOI), encoding="utf-8")
    (OUT / "generic-1266648.html").write_text(generic(BAO_SO_4), encoding="utf-8")
    (OUT / "sister-nguoiquansat-314409.html").write_text(sister_site(SISTER), encoding="utf-8")
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
