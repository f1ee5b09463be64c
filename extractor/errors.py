"""The errors the extractor raises: one hierarchy, so callers catch exactly what they mean.

``ExtractorError``
 ├── ``InputError``: the text given cannot be read as an article
 │    ├── ``ReadError``: the file or stream could not be read
 │    ├── ``EmptyTextError``
 │    ├── ``NotVietnameseError``
 │    ├── ``EncodingError``
 │    └── ``TextTooLargeError``: longer than the pipeline's ``max_chars``
 ├── ``ModelError``: a model directory cannot be used (missing, or trained on other word lists)
 ├── ``BatchError``: a batch run refuses to start (its output exists, another run holds it)
 ├── ``ItemTimeout``: one item of a batch was not read within its deadline
 ├── ``FetchError``: a page could not be had (see :mod:`extractor.web.fetch`)
 │    ├── ``BlockedError``: HTTP 403 or a Cloudflare-style challenge page
 │    ├── ``RobotsDenied``: robots.txt forbids the URL
 │    ├── ``RobotsUnavailable``: robots.txt answers 5xx (nothing is fetched from that site for now)
 │    ├── ``NetworkError``: no connection (DNS failure, refused, unreachable); not retried
 │    ├── ``ForbiddenAddressError``: the host is a loopback, private, link-local or metadata address
 │    ├── ``HTTPStatusError``: another error status (404, 410, 5xx after retries)
 │    ├── ``FetchTimeout``: no (whole) answer in time
 │    ├── ``TooLargeError``: the body is over the size cap
 │    ├── ``RedirectError``: a redirect loop, too many redirects, or a non-HTTP target
 │    └── ``InvalidURLError``: not an http(s) URL
 └── ``ParseError``: a page was had but is not an article
      └── ``NotAnArticleError``: a listing, an empty shell, a page with no body
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base of every error this package raises on purpose."""

    #: A short, stable name for JSON error records (``{"error": {"type": ...}}``).
    kind = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(ExtractorError):
    kind = "input"


class ReadError(InputError):
    kind = "read"


class EmptyTextError(InputError):
    kind = "empty_text"


class NotVietnameseError(InputError):
    kind = "not_vietnamese"


class EncodingError(InputError):
    kind = "encoding"


class TextTooLargeError(InputError):
    kind = "text_too_large"


class ModelError(ExtractorError):
    kind = "model"


class BatchError(ExtractorError):
    kind = "batch"


class ItemTimeout(ExtractorError):
    kind = "timeout"


class FetchError(ExtractorError):
    kind = "fetch"


class BlockedError(FetchError):
    kind = "blocked"


class RobotsDenied(FetchError):
    kind = "robots_denied"


class RobotsUnavailable(FetchError):
    kind = "robots_unavailable"


class NetworkError(FetchError):
    kind = "network_error"


class ForbiddenAddressError(FetchError):
    kind = "forbidden_address"


class HTTPStatusError(FetchError):
    kind = "http_status"

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class FetchTimeout(FetchError):
    kind = "timeout"


class TooLargeError(FetchError):
    kind = "too_large"


class RedirectError(FetchError):
    kind = "redirect"


class InvalidURLError(FetchError):
    kind = "invalid_url"


class ParseError(ExtractorError):
    kind = "parse"


class NotAnArticleError(ParseError):
    kind = "not_an_article"
