"""Fetching against a real local HTTP server with faults injected; nothing touches the internet."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace

import pytest

from extractor.errors import (
    BlockedError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURLError,
    NotAnArticleError,
    RedirectError,
    RobotsDenied,
    TooLargeError,
)
from extractor.web.fetch import AsyncFetcher, FetchConfig, Fetcher
from tests.siteserver import SiteServer

FAST = FetchConfig(
    timeout=1.0, retries=2, backoff=0.01, backoff_max=5.0, rate_limit=0.0, max_bytes=1_000_000, allow_private=True
)
ARTICLE = "/xa-phu-xuyen-tang-cuong-ung-truc-chu-dong-phong-ngua-ngap-ung-1238587.html"


@pytest.fixture(scope="module")
def site():
    server = SiteServer().start()
    yield server
    server.stop()


@pytest.fixture
def fetcher():
    with Fetcher(FAST) as f:
        yield f


def test_article_is_fetched_and_parsed(site: SiteServer, fetcher: Fetcher) -> None:
    article = fetcher.fetch_article(site.url(ARTICLE))
    assert article.article_id == "1238587"
    assert article.title.startswith("Xã Phú Xuyên")
    assert article.template == "sc-longform-header"
    assert any("vn-news-extractor/" in ua for ua in site.user_agents)


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/always-503-1000002.html", HTTPStatusError),
        ("/busy-429-long-1000004.html", HTTPStatusError),
        ("/slow-1000005.html", FetchTimeout),
        ("/truncated-1000006.html", FetchError),
        ("/loop-a-1000009.html", RedirectError),
        ("/redirect-ftp-1000010.html", RedirectError),
        ("/challenge-1000011.html", BlockedError),
        ("/challenge-200-1000012.html", BlockedError),
        ("/forbidden-1000013.html", BlockedError),
        ("/huge-1000014.html", TooLargeError),
        ("/does-not-exist-1000099.html", HTTPStatusError),
        ("/empty-shell-1000016.html", NotAnArticleError),
        ("/private/secret-1000017.html", RobotsDenied),
    ],
)
def test_faults_end_in_the_right_typed_error(site: SiteServer, fetcher: Fetcher, path: str, error: type) -> None:
    with pytest.raises(error) as caught:
        fetcher.fetch_article(site.url(path))
    assert caught.value.message  # a plain message for the user


def test_404_carries_its_status(site: SiteServer, fetcher: Fetcher) -> None:
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch(site.url("/nothing-here-1000098.html"))
    assert caught.value.status == 404
    assert site.hits["/nothing-here-1000098.html"] == 1  # a 404 is not retried


def test_503_then_success_is_retried(site: SiteServer, fetcher: Fetcher) -> None:
    before = site.hits["/flaky-503-1000001.html"]
    article = fetcher.fetch_article(site.url("/flaky-503-1000001.html"))
    assert article.article_id == "1238587"  # the canonical URL of the page served
    assert site.hits["/flaky-503-1000001.html"] - before == 2


def test_always_503_gives_up_after_the_retries(site: SiteServer) -> None:
    path = "/always-503-1000002.html"
    before = site.hits[path]
    with Fetcher(FAST) as f, pytest.raises(HTTPStatusError):
        f.fetch(site.url(path))
    assert site.hits[path] - before == FAST.retries + 1


def test_429_honours_retry_after(site: SiteServer, fetcher: Fetcher) -> None:
    path = "/busy-429-1000003.html"
    fetcher.fetch_article(site.url(path))
    first, second = site.times[path][:2]
    assert second - first >= 0.9  # the server asked for 1 s


def test_truncated_body_is_retried_then_reported(site: SiteServer, fetcher: Fetcher) -> None:
    path = "/truncated-1000006.html"
    before = site.hits[path]
    with pytest.raises(FetchError, match="connection broke"):
        fetcher.fetch(site.url(path))
    assert site.hits[path] - before == FAST.retries + 1


def test_wrong_charset_declaration_still_reads_utf8(site: SiteServer, fetcher: Fetcher) -> None:
    article = fetcher.fetch_article(site.url("/wrong-charset-1000007.html"))
    assert article.title.startswith("Xã Phú Xuyên")


def test_legacy_charset_page_is_decoded(site: SiteServer, fetcher: Fetcher) -> None:
    article = fetcher.fetch_article(site.url("/windows-1258-1000008.html"))
    assert "Phú Xuyên" in article.title


def test_redirect_within_http_is_followed(site: SiteServer, fetcher: Fetcher) -> None:
    page = fetcher.fetch(site.url("/moved-1238587.html"))
    assert page.final_url.endswith(ARTICLE)


def test_invalid_urls(fetcher: Fetcher) -> None:
    for url in ("ftp://example.org/a.html", "not a url", "file:///etc/passwd"):
        with pytest.raises(InvalidURLError):
            fetcher.fetch(url)


def test_robots_can_be_turned_off(site: SiteServer) -> None:
    with Fetcher(replace(FAST, respect_robots=False)) as f:
        assert f.fetch(site.url("/private/secret-1000018.html")).status == 200


def test_conditional_get_cache(site: SiteServer, tmp_path) -> None:
    config = replace(FAST, cache_path=tmp_path / "cache.sqlite")
    url = site.url("/etag-1000015.html")
    with Fetcher(config) as f:
        first = f.fetch(url)
    with Fetcher(config) as f:
        second = f.fetch(url)
    assert not first.from_cache and second.from_cache
    assert second.body == first.body
    assert site.not_modified == 1


def test_rate_limit_spaces_requests_to_one_host(site: SiteServer) -> None:
    path = "/thuong-tin-xu-ly-diem-xung-yeu-tuyen-de-song-nhue-1247199.html"
    site.times.pop(path, None)

    async def run() -> None:
        async with AsyncFetcher(replace(FAST, rate_limit=0.5)) as f:
            await asyncio.gather(*(f.fetch(site.url(path)) for _ in range(3)))

    asyncio.run(run())
    times = site.times[path]
    assert len(times) == 3
    # Arrival times at the server jitter with machine load; the client spaces sends 0.5 s apart.
    assert all(b - a >= 0.4 for a, b in itertools.pairwise(times))


def test_many_articles_concurrently_with_failures_kept_apart(site: SiteServer) -> None:
    urls = [
        site.url(ARTICLE),
        site.url("/forbidden-1000013.html"),
        site.url("/thuong-tin-xu-ly-diem-xung-yeu-tuyen-de-song-nhue-1247199.html"),
        site.url("/does-not-exist-1000097.html"),
    ]

    async def run():
        async with AsyncFetcher(FAST) as f:
            return [r async for r in f.fetch_articles(urls, ordered=True)]

    results = asyncio.run(run())
    assert [u for u, _ in results] == urls
    kinds = [type(r).__name__ for _, r in results]
    assert kinds == ["Article", "BlockedError", "Article", "HTTPStatusError"]


def test_private_addresses_are_refused_unless_allowed(site: SiteServer) -> None:
    from dataclasses import replace

    from extractor.errors import ForbiddenAddressError

    strict = replace(FAST, allow_private=False)
    with Fetcher(strict) as fetcher, pytest.raises(ForbiddenAddressError, match=r"127\.0\.0\.1"):
        fetcher.fetch(site.url(ARTICLE))
    with Fetcher(strict) as fetcher, pytest.raises(ForbiddenAddressError, match="localhost"):
        fetcher.fetch(site.url(ARTICLE).replace("127.0.0.1", "localhost"))  # a name that resolves to loopback


def test_a_redirect_to_a_metadata_address_is_refused() -> None:
    import httpx

    from extractor.errors import ForbiddenAddressError

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "93.184.216.34":
            return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        return httpx.Response(200, text="secret")

    config = FetchConfig(rate_limit=0.0, retries=0, respect_robots=False)
    with Fetcher(config, transport=httpx.MockTransport(answer)) as fetcher, pytest.raises(ForbiddenAddressError):
        fetcher.fetch("http://93.184.216.34/article-1.html")


def test_a_refused_connection_is_a_network_error_at_once() -> None:
    import time

    from extractor.errors import NetworkError

    config = FetchConfig(rate_limit=0.0, retries=3, backoff=1.0, allow_private=True)
    started = time.monotonic()
    with Fetcher(config) as fetcher, pytest.raises(NetworkError):
        fetcher.fetch("http://127.0.0.1:9/a-1.html")  # nothing listens on the discard port
    assert time.monotonic() - started < 3  # not retried like a 5xx


def test_a_drip_fed_body_meets_the_whole_request_deadline(site: SiteServer) -> None:
    from dataclasses import replace

    with Fetcher(replace(FAST, total_timeout=1.0, retries=0)) as fetcher, pytest.raises(FetchTimeout, match="whole"):
        fetcher.fetch(site.url("/drip-1000017.html"))


def test_an_image_is_not_an_article(site: SiteServer, fetcher: Fetcher) -> None:
    from extractor.errors import NotAnArticleError

    with pytest.raises(NotAnArticleError, match="image/png"):
        fetcher.fetch_article(site.url("/image-1000018.html"))


def test_robots_txt_errors_are_reported_as_what_they_are() -> None:
    import httpx

    from extractor.errors import NetworkError, RobotsUnavailable

    def server_error(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if request.url.path == "/robots.txt" else 200, text="<p>x</p>")

    config = FetchConfig(rate_limit=0.0, retries=0, allow_private=True)
    with (
        Fetcher(config, transport=httpx.MockTransport(server_error)) as fetcher,
        pytest.raises(RobotsUnavailable, match="503"),
    ):
        fetcher.fetch("http://127.0.0.1/a-1.html")
    with Fetcher(config) as fetcher, pytest.raises(NetworkError):
        fetcher.fetch("http://127.0.0.1:9/a-1.html")  # robots.txt unreachable: a network error, not a denial


def test_a_name_that_resolves_elsewhere_at_connection_time_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the first lookup says public, the one for the connection says loopback.
    The connection is made only to the address that was checked."""
    import ipaddress
    import socket

    from extractor.errors import ForbiddenAddressError
    from extractor.web import fetch as fetch_module

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    answers = iter([ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("127.0.0.1")])

    async def rebinding(host: str, port: int) -> list:
        return [next(answers, ipaddress.ip_address("127.0.0.1"))]

    monkeypatch.setattr(fetch_module, "_resolve", rebinding)
    config = FetchConfig(rate_limit=0.0, retries=0, respect_robots=False, timeout=2.0)
    try:
        with Fetcher(config) as fetcher, pytest.raises(ForbiddenAddressError, match=r"127\.0\.0\.1"):
            fetcher.fetch(f"http://rebind.example:{port}/a-1.html")
    finally:
        server.close()


def test_the_checked_connection_reaches_the_address_it_checked(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the address check itself switched off, the public-only transport still fetches:
    it resolves the name once and connects there."""
    from dataclasses import replace

    from extractor.web import fetch as fetch_module

    checked: list[str] = []
    monkeypatch.setattr(fetch_module, "_refuse_non_public", lambda where, host, addresses: checked.append(host))
    strict = replace(FAST, allow_private=False)
    with Fetcher(strict) as fetcher:
        article = fetcher.fetch_article(site.url(ARTICLE).replace("127.0.0.1", "localhost"))
    assert article.article_id == "1238587"
    assert checked.count("localhost") >= 2  # the request hook and the connection
