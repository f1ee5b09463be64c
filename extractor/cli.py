"""Command line: ``python -m extractor`` (also installed as ``vn-extract``).

    vn-extract text article.txt other.txt     # one JSON line per file
    cat article.txt | vn-extract text -       # '-' reads standard input
    vn-extract schema                         # the JSON Schema of an output record

Each input gives one JSON line on standard output: ``{"source": ..., <extraction>}`` on
success, ``{"source": ..., "error": {"type": ..., "message": ...}}`` on failure (with the
same message on standard error). The others are still processed; the exit status is 1
when any input failed.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from . import __version__
from .errors import EncodingError, ExtractorError, ReadError
from .models import output_schema


def _write(record: dict, out: TextIO) -> None:
    # One whole line per record, flushed, so a reader never sees half a record.
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def error_record(source: str, error: Exception) -> dict:
    kind = error.kind if isinstance(error, ExtractorError) else type(error).__name__
    message = error.message if isinstance(error, ExtractorError) else str(error)
    return {"source": source, "error": {"type": kind, "message": message}}


def read_text_file(path: str) -> str:
    """Read a UTF-8 text file (or standard input for '-'); typed errors for bad input."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        raise ReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{path} is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first"
        ) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
def main() -> None:
    """Officials, institutions, percentages and money from Vietnamese news articles."""


@main.command("text")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--allow-non-vietnamese", is_flag=True, help="Read texts that do not look Vietnamese instead of failing them."
)
def text_command(files: tuple[str, ...], allow_non_vietnamese: bool) -> None:
    """Extract from plain-text articles (title line, lead, body). '-' reads standard input."""
    from .pipeline import extract_text

    failed = 0
    out = click.get_text_stream("stdout")
    for path in files:
        source = "<stdin>" if path == "-" else path
        try:
            text = read_text_file(path)
            extraction = extract_text(text, require_vietnamese=not allow_non_vietnamese)
        except ExtractorError as exc:
            failed += 1
            click.echo(f"error: {source}: {exc.message}", err=True)
            _write(error_record(source, exc), out)
            continue
        _write({"source": source, **extraction.model_dump(mode="json")}, out)
    if failed:
        raise SystemExit(1)


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of one output record."""
    click.echo(json.dumps(output_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
