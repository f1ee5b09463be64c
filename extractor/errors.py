"""The errors the extractor raises: one hierarchy, so callers catch exactly what they mean.

``ExtractorError``
 ├── ``InputError``: the text given cannot be read as an article
 │    ├── ``ReadError``: the file or stream could not be read
 │    ├── ``EmptyTextError``
 │    ├── ``NotVietnameseError``
 │    └── ``EncodingError``
 ├── ``FetchError``: a page could not be had (see :mod:`extractor.fetch`)
 └── ``ParseError``: a page was had but is not an article
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


class FetchError(ExtractorError):
    kind = "fetch"


class ParseError(ExtractorError):
    kind = "parse"
