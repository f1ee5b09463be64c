"""extractor: officials, institutions, percentages and money amounts from Vietnamese news.

>>> from extractor import extract_text
>>> result = extract_text(open("article.txt", encoding="utf-8").read())
>>> result.officials[0].positions[0].title

Many texts, or another model: load a :class:`Pipeline` once and call it.

>>> from extractor import Pipeline
>>> pipeline = Pipeline.load()          # or Pipeline.load(model_dir="build/ner/seed-1")
>>> extraction = pipeline(text)
"""

from ._version import __version__
from .errors import (
    EmptyTextError,
    EncodingError,
    ExtractorError,
    FetchError,
    InputError,
    ModelError,
    NotVietnameseError,
    ParseError,
    ReadError,
)
from .numbers.grammar import NumberFormatError, parse_number
from .pipeline import Pipeline, extract_text
from .schema import SCHEMA_VERSION, Extraction

__all__ = [
    "SCHEMA_VERSION",
    "EmptyTextError",
    "EncodingError",
    "Extraction",
    "ExtractorError",
    "FetchError",
    "InputError",
    "ModelError",
    "NotVietnameseError",
    "NumberFormatError",
    "ParseError",
    "Pipeline",
    "ReadError",
    "__version__",
    "extract_text",
    "parse_number",
]
