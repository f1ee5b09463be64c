"""extractor: officials, institutions, percentages and money amounts from Vietnamese news.

>>> from extractor import extract_text
>>> result = extract_text(open("article.txt", encoding="utf-8").read())
>>> result.officials[0].positions[0].title
"""

from ._version import __version__
from .errors import (
    EmptyTextError,
    EncodingError,
    ExtractorError,
    FetchError,
    InputError,
    NotVietnameseError,
    ParseError,
    ReadError,
)
from .models import SCHEMA_VERSION, Extraction
from .numbers import NumberFormatError, parse_number
from .pipeline import extract_text

__all__ = [
    "SCHEMA_VERSION",
    "EmptyTextError",
    "EncodingError",
    "Extraction",
    "ExtractorError",
    "FetchError",
    "InputError",
    "NotVietnameseError",
    "NumberFormatError",
    "ParseError",
    "ReadError",
    "__version__",
    "extract_text",
    "parse_number",
]
