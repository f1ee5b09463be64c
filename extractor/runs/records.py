"""The output records, built in one place for the CLI, batch runs and any caller.

A result is ``{"source", ["article"], <extraction>}``; a failure is ``{"source",
"schema_version", "error": {"type", "message"}}``. One JSON line each in JSON Lines output.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, TypeAdapter

from ..errors import ExtractorError, ReadError
from ..schema import SCHEMA_VERSION, Extraction, Record
from ..web.article import Article

if TYPE_CHECKING:  # the pipeline loads models: callers that only build records do not need it
    from ..pipeline import Pipeline

Line = dict[str, Any]


class TextMeta(Record):
    """What is known of a plain text's article: from a sidecar ``ID.meta.json`` beside
    ``ID.txt`` (``{"url", "title", "date"}``) or from ``--date``."""

    url: str | None = None
    title: str | None = None
    published_at: datetime | None = Field(default=None, description="ISO 8601; a date alone is its midnight.")


class ResultLine(Extraction):
    """One output line for an article read: where it came from, the page (for pages), the extraction."""

    source: str = Field(description="The file path, '<stdin>' or URL the article came from.")
    article: Article | None = Field(default=None, description="The parsed page, for pages; absent for texts.")
    meta: TextMeta | None = Field(
        default=None, description="For a text: its URL, title and date when a sidecar or --date gave them; else absent."
    )


class ErrorDetail(Record):
    type: str = Field(description="A stable name: empty_text, not_vietnamese, encoding, read, blocked, timeout, …")
    message: str


class ErrorLine(Record):
    """One output line for an input that could not be read."""

    source: str
    schema_version: Literal["2.5"] = SCHEMA_VERSION
    error: ErrorDetail


def line_schema() -> dict:
    """The JSON Schema of one output line (a result or an error), as the CLI and batch runs
    write them: the contract for downstream tools."""
    schema = TypeAdapter(ResultLine | ErrorLine).json_schema(mode="serialization")
    result = schema["$defs"]["ResultLine"]
    result["required"] = [name for name in result["required"] if name not in ("article", "meta")]  # not always there
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "OutputLine"
    return schema


# Characters that str.splitlines() and some JSON Lines readers take for line ends: inside a
# JSON string they are written as escapes, so that one record is always one line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record: Line, pretty: bool = False) -> str:
    """A record as JSON text that is always valid UTF-8 and one line (unless ``pretty``): one
    holding a lone surrogate (a file name that is not UTF-8, as ``os.fsdecode`` gives it) is
    written with ASCII escapes, and Unicode line separators are escaped."""
    text = json.dumps(record, ensure_ascii=False, indent=2 if pretty else None)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record, ensure_ascii=True, indent=2 if pretty else None)
    return text.translate(_LINE_BREAKS)  # outside strings JSON has no such characters


def sidecar_meta(path: str) -> TextMeta | None:
    """The ``ID.meta.json`` beside a text ``ID.txt`` (``{"url", "title", "date"}``), if there is
    one; a sidecar that cannot be read is a ``ReadError`` for its text."""
    if path == "-":
        return None
    sidecar = Path(path).with_suffix(".meta.json")
    if not sidecar.is_file():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return TextMeta(url=data.get("url"), title=data.get("title"), published_at=data.get("date"))
    except (OSError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
        raise ReadError(f'{sidecar}: not a valid sidecar ({{"url", "title", "date"}}): {exc}') from exc


def json_lines(path: str | Path) -> Iterator[tuple[int, Line | None, str | None]]:
    """Each non-blank line of a JSON Lines file: ``(number, record, None)``, or ``(number,
    None, what is wrong)`` for a line that is not a JSON object, so a reader can report it
    and go on."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"not a JSON line ({exc.msg})"
                continue
            if not isinstance(record, dict):
                yield number, None, "not a JSON object"
                continue
            yield number, record, None


def result_record(
    source: str, extraction: Extraction, article: Article | None = None, meta: TextMeta | None = None
) -> Line:
    """The record of an article read: its source, the parsed page (for pages) or what is known
    of a text, the extraction."""
    record: Line = {"source": source}
    if article is not None:
        record["article"] = article.model_dump(mode="json")
    if meta is not None:
        record["meta"] = meta.model_dump(mode="json")
    record.update(extraction.model_dump(mode="json"))
    return record


def error_record(source: str, error: BaseException) -> Line:
    """The record of a failed input: ``{"source", "schema_version", "error": {"type", "message"}}``."""
    kind = error.kind if isinstance(error, ExtractorError) else type(error).__name__
    message = error.message if isinstance(error, ExtractorError) else str(error)
    return {"source": source, "schema_version": SCHEMA_VERSION, "error": {"type": kind, "message": message}}


def text_record(
    pipeline: Pipeline,
    source: str,
    text: str,
    *,
    require_vietnamese: bool = True,
    max_chars: int | None = None,
    meta: TextMeta | None = None,
) -> Line:
    """Read a plain text; an input error becomes its error record. ``max_chars``: the
    longest text read (None: the pipeline's limit)."""
    try:
        extraction = pipeline(text, require_vietnamese=require_vietnamese, max_chars=max_chars)
        return result_record(source, extraction, meta=meta)
    except ExtractorError as exc:
        return error_record(source, exc)


def page_record(pipeline: Pipeline, source: str, article: Article, *, max_chars: int | None = None) -> Line:
    """Read a parsed page's text (title, lead, body, captions); the article goes in the record."""
    try:
        return result_record(source, pipeline(article.text, require_vietnamese=False, max_chars=max_chars), article)
    except ExtractorError as exc:
        return error_record(source, exc)
