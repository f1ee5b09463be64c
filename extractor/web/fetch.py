"""Fetching pages politely with httpx: robots.txt, a per-host rate limit, retries, a size cap,
a conditional-GET cache, and typed errors for every way a fetch can fail.

    from extractor.web.fetch import fetch_article, AsyncFetcher, FetchConfig

    article = fetch_article("https://hanoimoi.vn/...-1238587.html")

    async with AsyncFetcher(FetchConfig(rate_limit=2.0)) as fetcher:
        async for url, result in fetcher.fetch_articles(urls):   # Article or an ExtractorError
            ...

The sync functions run the async core on a private event loop, so both share one
configuration and one behaviour. Retries (exponential backoff with jitter, ``Retry-After``
honoured) cover connection errors, truncated bodies, 429 and 5xx; a timeout is not retried
(a slow server is not helped by more requests). HTTP 403 and challenge pages are
:class:`~extractor.errors.BlockedError`, never parsed as articles.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import random
import socket
import time
import typing
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx
from protego import Protego
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt

from .._version import __version__
from ..errors import (
    BlockedError,
    ExtractorError,
    FetchError,
    FetchTimeout,
    ForbiddenAddressError,
    HTTPStatusError,
    InvalidURLError,
    NetworkError,
    NotAnArticleError,
    RedirectError,
    RobotsDenied,
    RobotsUnavailable,
    TooLargeError,
)
from .article import Article
from .cache import ResponseCache
from .parse import decode_html, is_challenge, parse_article

# Media types a news page may come as; anything else (an image, a PDF, JSON) is not one.
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"})
log = logging.getLogger(__name__)
USER_AGENT = f"vn-news-extractor/{__version__} (research; +https://pypi.org/project/vn-news-extractor/)"


@dataclass(frozen=True)
class FetchConfig:
    """How to fetch; the same for the sync and async fetchers."""

    user_agent: str = USER_AGENT
    accept_language: str = "vi,vi-VN;q=0.9,en;q=0.5"
    timeout: float = 20.0  # seconds to connect, and between bytes read
    total_timeout: float = 60.0  # seconds for one whole request, headers and body (a 1-byte/s server)
    max_bytes: int = 5_000_000  # a page bigger than this is refused
    max_redirects: int = 5
    retries: int = 3  # further attempts after the first
    backoff: float = 1.0  # first wait; doubles each retry, with jitter
    backoff_max: float = 60.0  # no single wait is longer; a Retry-After past it gives up
    rate_limit: float = 1.0  # seconds between requests to one host (0: no limit)
    respect_robots: bool = True
    cache_path: Path | None = None  # SQLite file for conditional GETs; None: no cache
    concurrency: int = 8  # requests in flight at once (across hosts)
    headers: dict[str, str] = field(default_factory=dict)
    # Fetch from loopback, private, link-local and reserved addresses too (tests, intranets).
    # Off by default: URLs from lists and redirects must not reach the machine's own network.
    allow_private: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    from_cache: bool = False

    @property
    def text(self) -> str:
        charset = None
        if self.content_type and "charset=" in self.content_type:
            charset = self.content_type.split("charset=")[-1].split(";")[0].strip().strip('"')
        return decode_html(self.body, charset)


class _Retryable(FetchError):
    """A failure worth another try; carries the wait the server asked for, if any."""

    kind = "retryable"

    def __init__(self, message: str, final: ExtractorError, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.final = final
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # not "²": str.isdigit accepts superscripts
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidURLError(f"not an http(s) URL: {url!r}")
    return urlunsplit(parts)


async def _resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The addresses a host name (or literal address) stands for."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(info[4][0]) for info in infos]


def _refuse_non_public(where: str, host: str, addresses: list[ipaddress.IPv4Address | ipaddress.IPv6Address]) -> None:
    for address in addresses:
        if not address.is_global or address.is_multicast:
            raise ForbiddenAddressError(
                f"{where}: {host} is {address}, a loopback, private or reserved address "
                "(allow_private / --allow-private to fetch it)"
            )


async def _public_address_only(request: httpx.Request) -> None:
    """Refuse a request (the first or a redirect) whose host is, or resolves to, a loopback,
    private, link-local, reserved or multicast address (169.254.169.254 is a cloud's metadata).
    This early check gives a clear error before anything is sent; the connection itself is
    checked again by :class:`_PublicOnlyBackend`, since a name may resolve differently a
    moment later (DNS rebinding)."""
    host = request.url.host
    try:
        addresses = await _resolve(host, request.url.port or 443)
    except OSError as exc:
        raise NetworkError(f"{request.url}: cannot resolve {host} ({exc.strerror or exc})") from exc
    _refuse_non_public(str(request.url), host, addresses)


class _PublicOnlyBackend(httpcore.AsyncNetworkBackend):
    """Connects only to public addresses, resolving each host itself and connecting to the
    very address it checked, so that no second lookup can lead elsewhere (DNS rebinding)."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = await _resolve(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host} ({exc.strerror or exc})") from exc
        _refuse_non_public(f"{host}:{port}", host, addresses)
        # TLS still names the host (server_hostname comes from the URL, not from here).
        return await self._inner.connect_tcp(str(addresses[0]), port, timeout, local_address, socket_options)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise ForbiddenAddressError(f"{path}: a local socket is not a public address")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _public_only_transport() -> httpx.AsyncHTTPTransport:
    """httpx's transport, its connection pool built on :class:`_PublicOnlyBackend`."""
    transport = httpx.AsyncHTTPTransport()
    transport._pool = httpcore.AsyncConnectionPool(  # httpx has no public switch for the network backend
        ssl_context=httpx.create_ssl_context(),
        max_connections=100,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=_PublicOnlyBackend(),
    )
    return transport


class _HostLimiter:
    """At most one request every ``interval`` seconds to each host."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._locks: dict[str, asyncio.Lock] = {}
        self._next: dict[str, float] = {}

    async def wait(self, host: str, interval: float | None = None) -> None:
        gap = self.interval if interval is None else interval
        if gap <= 0:
            return
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            now = time.monotonic()
            ready = self._next.get(host, now)
            if ready > now:
                await asyncio.sleep(ready - now)
            self._next[host] = max(now, ready) + gap


class AsyncFetcher:
    """Fetch pages and articles; use as ``async with AsyncFetcher(config) as fetcher``."""

    def __init__(self, config: FetchConfig | None = None, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.config = config or FetchConfig()
        headers = {"User-Agent": self.config.user_agent, "Accept-Language": self.config.accept_language}
        headers.update(self.config.headers)
        self._client = httpx.AsyncClient(
            headers=headers,
            timeout=httpx.Timeout(self.config.timeout),
            follow_redirects=True,
            max_redirects=self.config.max_redirects,
            transport=transport if transport is not None or self.config.allow_private else _public_only_transport(),
            event_hooks={"request": [] if self.config.allow_private else [_public_address_only]},
        )
        self._limiter = _HostLimiter(self.config.rate_limit)
        self._robots: dict[str, Protego | FetchError | None] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}  # one per origin: a slow site holds up only itself
        self._cache = ResponseCache(self.config.cache_path) if self.config.cache_path else None
        self._slots = asyncio.Semaphore(max(1, self.config.concurrency))

    async def __aenter__(self) -> AsyncFetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()
        if self._cache is not None:
            self._cache.close()

    # --- robots.txt ---------------------------------------------------------------------

    async def _robots_for(self, url: str) -> Protego | FetchError | None:
        """The site's rules; None when it has no robots.txt (4xx: all allowed); an error when
        they cannot be had: ``RobotsUnavailable`` for a 5xx (RFC 9309: treat as disallowed, for
        now), the network or timeout error itself when the site cannot be reached."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        async with self._robots_locks.setdefault(origin, asyncio.Lock()):
            if origin in self._robots:
                return self._robots[origin]
            rules: Protego | FetchError | None
            try:
                page = await self._get(f"{origin}/robots.txt", use_cache=False)
                rules = Protego.parse(page.text)
            except HTTPStatusError as exc:
                rules = (
                    None if exc.status < 500 else RobotsUnavailable(f"{origin}/robots.txt answers HTTP {exc.status}")
                )
            except FetchError as exc:
                rules = exc
            self._robots[origin] = rules
            return rules

    async def allowed(self, url: str) -> bool:
        """May we fetch ``url``? Raises the error that kept robots.txt from being read."""
        rules = await self._robots_for(url)
        if isinstance(rules, FetchError):
            raise type(rules)(f"{url}: {rules.message}") if type(rules) is not HTTPStatusError else rules
        return rules is None or rules.can_fetch(url, self.config.user_agent)

    async def _interval(self, url: str) -> float:
        interval = self.config.rate_limit
        if self.config.respect_robots and interval > 0:
            rules = self._robots.get(f"{urlsplit(url).scheme}://{urlsplit(url).netloc}")
            delay = rules.crawl_delay(self.config.user_agent) if isinstance(rules, Protego) else None
            if delay:
                interval = max(interval, float(delay))
        return interval

    # --- one request ---------------------------------------------------------------------

    async def _attempt(self, url: str, cached) -> Page:
        headers = cached.validators() if cached else {}
        host = urlsplit(url).netloc.lower()
        await self._limiter.wait(host, await self._interval(url))
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status == 304 and cached is not None:
                    return Page(url, cached.final_url, 200, cached.content_type, cached.body, from_cache=True)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.config.max_bytes:
                    raise TooLargeError(f"{url}: {declared} bytes is over the {self.config.max_bytes}-byte cap")
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.config.max_bytes:
                        raise TooLargeError(f"{url}: the body is over the {self.config.max_bytes}-byte cap")
                    chunks.append(chunk)
                body = b"".join(chunks)
                page = Page(url, str(response.url), status, response.headers.get("content-type"), body)
                self._check_status(page, response.headers)
                if self._cache is not None:
                    self._cache.put(
                        url,
                        page.final_url,
                        response.headers.get("etag"),
                        response.headers.get("last-modified"),
                        page.content_type,
                        body,
                    )
                return page
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"{url}: no answer within {self.config.timeout:g} s ({type(exc).__name__})") from exc
        except httpx.TooManyRedirects as exc:
            raise RedirectError(f"{url}: more than {self.config.max_redirects} redirects (a loop?)") from exc
        except httpx.UnsupportedProtocol as exc:
            raise RedirectError(f"{url}: redirected to a URL that is not http(s)") from exc
        except httpx.ConnectError as exc:
            # DNS failure, refused, unreachable: asking again at once would not help
            raise NetworkError(f"{url}: cannot connect ({exc or type(exc).__name__})") from exc
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            final = FetchError(f"{url}: the connection broke before the whole page came ({exc})")
            raise _Retryable(str(final), final) from exc
        except httpx.TransportError as exc:
            final = NetworkError(f"{url}: cannot connect ({type(exc).__name__}: {exc})")
            raise _Retryable(str(final), final) from exc

    def _check_status(self, page: Page, headers: httpx.Headers) -> None:
        status = page.status
        if status < 400:
            return
        body_head = page.body[:20000].decode("utf-8", "replace")
        if status == 403 or (status in (429, 503) and is_challenge(body_head)):
            detail = "a bot challenge page" if is_challenge(body_head) else "HTTP 403 Forbidden"
            raise BlockedError(f"{page.url}: the site refused us ({detail}); slow down or fetch later")
        final = HTTPStatusError(f"{page.url}: HTTP {status}", status)
        if status == 429 or status >= 500:
            raise _Retryable(str(final), final, _retry_after(headers.get("retry-after")))
        raise final

    def _wait(self, state) -> float:
        error = state.outcome.exception()
        retry_after = getattr(error, "retry_after", None)
        backoff = min(self.config.backoff_max, self.config.backoff * 2 ** (state.attempt_number - 1))
        backoff *= 0.5 + random.random()  # jitter: spread the retries of many clients
        if retry_after is not None:
            if retry_after > self.config.backoff_max:
                raise error.final  # the server asks for a longer pause than we wait: give up now
            backoff = retry_after
        log.info("%s; retry %d in %.1f s", error, state.attempt_number, backoff)
        return backoff

    async def _get(self, url: str, *, use_cache: bool = True) -> Page:
        cached = self._cache.get(url) if (use_cache and self._cache is not None) else None
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(_Retryable),
                stop=stop_after_attempt(self.config.retries + 1),
                wait=self._wait,
                reraise=True,
            ):
                with attempt:
                    try:
                        return await asyncio.wait_for(self._attempt(url, cached), self.config.total_timeout)
                    except TimeoutError as exc:  # asyncio's: the whole request took too long
                        raise FetchTimeout(
                            f"{url}: the whole answer did not come within {self.config.total_timeout:g} s"
                        ) from exc
        except _Retryable as exc:
            raise exc.final from exc
        raise FetchError(f"{url}: no attempt was made")  # pragma: no cover - tenacity always tries once

    # --- public --------------------------------------------------------------------------

    async def fetch(self, url: str) -> Page:
        """Fetch one URL (robots.txt permitting); a typed error when it cannot be had."""
        url = check_url(url)
        if self.config.respect_robots and not await self.allowed(url):
            raise RobotsDenied(f"{url}: robots.txt does not allow {self.config.user_agent.split('/')[0]} here")
        async with self._slots:
            page = await self._get(url)
            log.debug(
                "fetched %s: HTTP %d, %d bytes%s",
                url,
                page.status,
                len(page.body),
                " (cache)" if page.from_cache else "",
            )
            return page

    async def fetch_article(self, url: str) -> Article:
        page = await self.fetch(url)
        media = (page.content_type or "text/html").split(";")[0].strip().lower()
        if media not in _PAGE_TYPES:
            raise NotAnArticleError(f"{url}: the answer is {media}, not a web page")
        return parse_article(page.text, url=page.final_url)

    async def fetch_articles(
        self, urls: Iterable[str], *, ordered: bool = False
    ) -> AsyncIterator[tuple[str, Article | ExtractorError]]:
        """Fetch many articles concurrently (per-host politeness kept); yield each with its URL.

        Results come as they complete, or in input order with ``ordered=True``. A failure is
        yielded as its typed error; it never stops the others.
        """

        async def one(url: str) -> tuple[str, Article | ExtractorError]:
            try:
                return url, await self.fetch_article(url)
            except ExtractorError as exc:
                return url, exc

        tasks = [asyncio.ensure_future(one(u)) for u in urls]
        try:
            if ordered:
                for task in tasks:
                    yield await task
            else:
                for finished in asyncio.as_completed(tasks):
                    yield await finished
        finally:
            for task in tasks:
                task.cancel()


class Fetcher:
    """The synchronous face of :class:`AsyncFetcher` (for scripts and the CLI)."""

    def __init__(self, config: FetchConfig | None = None, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._loop = asyncio.new_event_loop()
        self._async = self._loop.run_until_complete(self._make(config, transport))

    @staticmethod
    async def _make(config, transport) -> AsyncFetcher:
        return AsyncFetcher(config, transport=transport)

    def fetch(self, url: str) -> Page:
        return self._loop.run_until_complete(self._async.fetch(url))

    def fetch_article(self, url: str) -> Article:
        return self._loop.run_until_complete(self._async.fetch_article(url))

    def close(self) -> None:
        self._loop.run_until_complete(self._async.aclose())
        self._loop.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fetch_article(url: str, config: FetchConfig | None = None) -> Article:
    """Fetch and parse one article (a new connection pool; use :class:`Fetcher` for many)."""
    with Fetcher(config) as fetcher:
        return fetcher.fetch_article(url)
