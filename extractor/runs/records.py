"""The output records, built in one place for the CLI, batch runs and any caller.

A result is ``{"source", ["article"], <extraction>}``; a failure is ``{"source",
"schema_version", "error": {"type", "message"}}``. One JSON line each in JSON Lines output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ExtractorError
from ..schema import SCHEMA_VERSION, Extraction
from ..web.article import Article

if TYPE_CHECKING:  # the pipeline loads models: callers that only build records do not need it
    from ..pipeline import Pipeline

Record = dict[str, Any]


def result_record(source: str, extraction: Extraction, article: Article | None = None) -> Record:
    """The record of an article read: its source, the parsed page (for pages), the extraction."""
    record: Record = {"source": source}
    if article is not None:
        record["article"] = article.model_dump(mode="json")
    record.update(extraction.model_dump(mode="json"))
    return record


def error_record(source: str, error: BaseException) -> Record:
    """The record of a failed input: ``{"source", "schema_version", "error": {"type", "message"}}``."""
    kind = error.kind if isinstance(error, ExtractorError) else type(error).__name__
    message = error.message if isinstance(error, ExtractorError) else str(error)
    return {"source": source, "schema_version": SCHEMA_VERSION, "error": {"type": kind, "message": message}}


def text_record(
    pipeline: Pipeline, source: str, text: str, *, require_vietnamese: bool = True, max_chars: int | None = None
) -> Record:
    """Read a plain text; an input error becomes its error record. ``max_chars``: the
    longest text read (None: the pipeline's limit)."""
    try:
        return result_record(source, pipeline(text, require_vietnamese=require_vietnamese, max_chars=max_chars))
    except ExtractorError as exc:
        return error_record(source, exc)


def page_record(pipeline: Pipeline, source: str, article: Article, *, max_chars: int | None = None) -> Record:
    """Read a parsed page's text (title, lead, body, captions); the article goes in the record."""
    try:
        return result_record(source, pipeline(article.text, require_vietnamese=False, max_chars=max_chars), article)
    except ExtractorError as exc:
        return error_record(source, exc)
