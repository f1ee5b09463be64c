"""What ``vn-extract render`` reads: texts, saved pages, or the JSON Lines a run wrote.

Each input gives ``(source, text, record)``: the text the record's offsets index, and the
record (a result, or an error record when the input could not be read). A JSON Lines record
of a page carries its text; one of a plain text is re-read from its ``source`` path, and is an
error record when that file is gone (or changed: its items must still sit at their offsets).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ExtractorError, ReadError
from ..runs.records import Line, error_record, json_lines, page_record, text_record
from ..text.files import read_bytes, read_text_file

if TYPE_CHECKING:
    from ..pipeline import Pipeline

Review = tuple[str, str | None, Line]

PAGE_SUFFIXES = (".html", ".htm")
LINES_SUFFIXES = (".jsonl", ".ndjson")


def _text_of(record: Line) -> str:
    article = record.get("article")
    if article and article.get("text") is not None:
        return str(article["text"])
    source = Path(str(record.get("source")))
    try:
        text = read_text_file(str(source))
    except ExtractorError as exc:
        raise ReadError(f"the record holds no text and its source cannot be read again ({exc.message})") from exc
    for kind in ("money", "percentages", "entities"):
        for item in record.get(kind, []):
            if text[item["start"] : item["end"]] != item["text"]:
                raise ReadError(f"{source} changed since it was read: its items are no longer at their offsets")
    return text


def from_lines(path: str) -> Iterator[Review]:
    """Reviews from a JSON Lines output (result lines; error lines are passed on)."""
    for number, record, problem in json_lines(path):
        if record is None:
            yield f"{path}:{number}", None, error_record(f"{path}:{number}", ReadError(str(problem)))
            continue
        source = str(record.get("source", f"{path}:{number}"))
        if "error" in record:
            yield source, None, record
            continue
        try:
            yield source, _text_of(record), record
        except ExtractorError as exc:
            yield source, None, error_record(source, exc)


def reviews(paths: list[str], pipeline: Pipeline, *, url: str | None = None) -> Iterator[Review]:
    """Every input read (or taken from the JSON Lines) into a record, with its text."""
    from ..web.parse import parse_article

    for path in paths:
        suffix = Path(path).suffix.lower()
        if suffix in LINES_SUFFIXES:
            try:
                yield from from_lines(path)
            except OSError as exc:
                yield path, None, error_record(path, ReadError(f"cannot read {path}: {exc.strerror or exc}"))
            continue
        try:
            if suffix in PAGE_SUFFIXES:
                article = parse_article(read_bytes(path), url=url)
                yield path, article.text, page_record(pipeline, path, article)
            else:
                text = read_text_file(path)
                yield path, text, text_record(pipeline, path, text)
        except ExtractorError as exc:
            yield path, None, error_record(path, exc)
