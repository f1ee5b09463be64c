"""A real HTTP server on 127.0.0.1 that stands in for hanoimoi.vn in the tests.

It serves the page fixtures (``fixtures/pages``) at article URLs, the site files
(``fixtures/site``: robots.txt, sitemaps, RSS) and section listings with paging, and injects
faults at fixed paths: 503 then success, 429 with Retry-After, a response slower than the
client's timeout, a truncated body, a wrong charset declaration, a redirect loop, a redirect
to a non-HTTP scheme, a 403 challenge page, a 404, an oversized body, ETag revalidation, a body
sent one byte at a time, an image answered with 200.
It counts the requests it gets, per path, so tests can check politeness.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = FIXTURES / "pages"
SITE = FIXTURES / "site"

ARTICLES = {
    "/xa-phu-xuyen-tang-cuong-ung-truc-chu-dong-phong-ngua-ngap-ung-1238587.html": "longform-1238587.html",
    "/thuong-tin-xu-ly-diem-xung-yeu-tuyen-de-song-nhue-1247199.html": "detail-head-1247199.html",
    "/ha-noi-nganh-thuy-loi-ung-truc-ngay-dem-tich-cuc-tieu-ung-chong-ngap-1250844.html": "meta-entry-1250844.html",
    "/bao-so-4-tiep-tuc-hoanh-hanh-tren-vinh-bac-bo-trong-2-3-ngay-toi-1266648.html": "generic-1266648.html",
}
ARTICLE_BODY = (PAGES / "longform-1238587.html").read_bytes()


class SiteHandler(BaseHTTPRequestHandler):
    server: SiteServer

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _site_file(self, name: str, content_type: str) -> None:
        body = (SITE / name).read_text(encoding="utf-8").replace("{{BASE}}", self.server.base)
        self._send(200, body.encode("utf-8"), content_type)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.server.hits[path] += 1
        self.server.times.setdefault(path, []).append(time.monotonic())
        hits = self.server.hits[path]
        user_agent = self.headers.get("User-Agent", "")
        self.server.user_agents.add(user_agent)

        if path == "/robots.txt":
            return self._site_file("robots.txt", "text/plain")
        if path.startswith("/sitemap"):
            if (SITE / path.lstrip("/")).exists():
                return self._site_file(path.lstrip("/"), "application/xml")
            return self._send(404, b"not found")
        if path == "/rss/home.rss":
            return self._site_file("rss-home.rss", "application/rss+xml")
        if path in ARTICLES:
            return self._send(200, (PAGES / ARTICLES[path]).read_bytes())
        if path == "/kinh-te":
            return self._send(200, (PAGES / "listing-kinh-te.html").read_bytes())
        if path == "/kinh-te/trang-2":
            return self._send(200, (PAGES / "listing-kinh-te-2.html").read_bytes())
        if path == "/kinh-te/trang-3":
            return self._send(404, b"no more pages")

        # --- faults ------------------------------------------------------------------------
        if path == "/flaky-503-1000001.html":
            if hits <= 1:
                return self._send(503, b"Service Unavailable", Retry_After="0")
            return self._send(200, ARTICLE_BODY)
        if path == "/always-503-1000002.html":
            return self._send(503, b"Service Unavailable")
        if path == "/busy-429-1000003.html":
            if hits <= 1:
                return self._send(429, b"Too Many Requests", Retry_After="1")
            return self._send(200, ARTICLE_BODY)
        if path == "/busy-429-long-1000004.html":
            return self._send(429, b"Too Many Requests", Retry_After="3600")
        if path == "/drip-1000017.html":  # every byte in time, the whole far too slowly
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            try:
                for byte in ARTICLE_BODY[:400]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass
            return None
        if path == "/image-1000018.html":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        if path == "/slow-1000005.html":
            time.sleep(self.server.slow_seconds)
            return self._send(200, ARTICLE_BODY)
        if path == "/truncated-1000006.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE_BODY)))
            self.end_headers()
            self.wfile.write(ARTICLE_BODY[: len(ARTICLE_BODY) // 3])
            self.wfile.flush()
            self.close_connection = True
            return None
        if path == "/wrong-charset-1000007.html":
            return self._send(200, ARTICLE_BODY, "text/html; charset=iso-8859-1")
        if path == "/windows-1258-1000008.html":
            html = ARTICLE_BODY.decode("utf-8").replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
            return self._send(200, html.encode("windows-1258", errors="replace"), "text/html")
        if path == "/loop-a-1000009.html":
            return self._send(302, b"", Location="/loop-b-1000009.html")
        if path == "/loop-b-1000009.html":
            return self._send(302, b"", Location="/loop-a-1000009.html")
        if path == "/redirect-ftp-1000010.html":
            return self._send(301, b"", Location="ftp://127.0.0.1/file.html")
        if path == "/moved-1238587.html":
            return self._send(
                301, b"", Location="/xa-phu-xuyen-tang-cuong-ung-truc-chu-dong-phong-ngua-ngap-ung-1238587.html"
            )
        if path == "/challenge-1000011.html":
            return self._send(403, (PAGES / "challenge.html").read_bytes())
        if path == "/challenge-200-1000012.html":
            return self._send(200, (PAGES / "challenge.html").read_bytes())
        if path == "/forbidden-1000013.html":
            return self._send(403, b"Forbidden")
        if path == "/huge-1000014.html":
            return self._send(200, b"<p>" + b"x" * 3_000_000 + b"</p>")
        if path == "/etag-1000015.html":
            if self.headers.get("If-None-Match") == '"v1"':
                self.server.not_modified += 1
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.end_headers()
                return None
            return self._send(200, ARTICLE_BODY, ETag='"v1"')
        if path == "/empty-shell-1000016.html":
            return self._send(200, (PAGES / "empty-shell.html").read_bytes())
        if path.startswith("/private/"):
            return self._send(200, ARTICLE_BODY)
        return self._send(404, b"<html><body>Not found</body></html>")


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), SiteHandler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.hits: Counter[str] = Counter()
        self.times: dict[str, list[float]] = {}
        self.user_agents: set[str] = set()
        self.slow_seconds = 2.0
        self.not_modified = 0

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> SiteServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
