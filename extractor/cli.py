"""Command line: ``python -m extractor`` (also installed as ``vn-extract``).

    vn-extract text article.txt other.txt     # one JSON line per file
    cat article.txt | vn-extract text -       # '-' reads standard input
    vn-extract html page.html --url URL       # a saved page: parse, then extract
    vn-extract fetch URL [URL...]             # fetch politely, parse, extract
    vn-extract discover --sitemap URL         # list article URLs (also --section, --rss)
    vn-extract batch articles/ --out out.jsonl --resume --workers 2 --csv tables/
    vn-extract schema                         # the JSON Schema of an output record

Each input gives one JSON line on standard output: ``{"source": ..., <extraction>}`` on
success, ``{"source": ..., "error": {"type": ..., "message": ...}}`` on failure (with the
same message on standard error). The others are still processed; the exit status is 1
when any input failed.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TextIO

import click

from ._version import __version__
from .errors import ExtractorError
from .runs.records import error_record, json_line
from .text.files import read_bytes, read_text_file


def _model_option(function):
    return click.option(
        "--model",
        "model_dir",
        type=click.Path(file_okay=False),
        help="An NER model directory built by scripts/train_ner.py instead of the shipped one.",
    )(function)


def _max_chars_option(function):
    return click.option(
        "--max-chars",
        type=click.IntRange(min=1),
        default=None,
        help="The longest text read, in characters (default 1,000,000); a longer one gives a "
        "'text_too_large' error record.",
    )(function)


def _pipeline(model_dir: str | None):
    """The pipeline for a command, or a usage error naming what is wrong with the model."""
    from .pipeline import Pipeline, default_pipeline

    try:
        return default_pipeline() if model_dir is None else Pipeline.load(model_dir)
    except ExtractorError as exc:  # a model that cannot be used: a clear message, no traceback
        raise click.UsageError(exc.message) from exc


def _emit(record: dict, out: TextIO, pretty: bool = False) -> bool:
    """Write a record; report a failure on standard error too. True when it failed."""
    error = record.get("error")
    if error:
        message = error["message"]
        # the message may name its source already ("cannot read a.txt: …"): say it once
        click.echo(
            f"error: {message}" if record["source"] in message else f"error: {record['source']}: {message}", err=True
        )
    _write(record, out, pretty)
    return bool(error)


class _Output:
    """Where a command's records go: standard output, or ``--out FILE`` written through a
    temporary file renamed over FILE at the end, so an earlier FILE is never half replaced."""

    def __init__(self, path: str | None, pretty: bool) -> None:
        self.path = Path(path) if path else None
        self.pretty = pretty
        self.failed = 0

    def __enter__(self) -> _Output:
        if self.path is None:
            self.stream = _stdout()
        else:
            self.temporary = self.path.with_name(self.path.name + ".tmp")
            self.stream = open(self.temporary, "w", encoding="utf-8")
        return self

    def emit(self, record: dict) -> None:
        self.failed += _emit(record, self.stream, self.pretty)

    def __exit__(self, kind, value, traceback) -> None:
        if self.path is None:
            return
        self.stream.close()
        if kind is None or kind is SystemExit:
            self.temporary.replace(self.path)
        else:
            self.temporary.unlink(missing_ok=True)
        if self.failed:
            raise SystemExit(1)


def _output_options(function):
    function = click.option("--pretty", is_flag=True, help="Indented JSON, one record after another (for reading).")(
        function
    )
    return click.option(
        "--out",
        "out_file",
        type=click.Path(dir_okay=False),
        help="Write the records to this file (replaced whole at the end) instead of standard output.",
    )(function)


def _stdout() -> TextIO:
    """Standard output, written as UTF-8 even where the platform's default is not."""
    stream = sys.stdout
    if (getattr(stream, "encoding", None) or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def _write(record: dict, out: TextIO, pretty: bool = False) -> None:
    # One whole line per record, flushed, so a reader never sees half a record.
    out.write(json_line(record, pretty) + "\n")
    out.flush()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
@click.option("-v", "--verbose", count=True, help="Log what is done on standard error (-v info, -vv debug).")
@click.option(
    "--log-level",
    type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    help="The logging level (overrides -v).",
)
def main(verbose: int, log_level: str | None) -> None:
    """Officials, institutions, percentages and money from Vietnamese news articles."""
    level = log_level.upper() if log_level else ("DEBUG" if verbose > 1 else "INFO" if verbose else "WARNING")
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@main.command("text")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--allow-non-vietnamese", is_flag=True, help="Read texts that do not look Vietnamese instead of failing them."
)
@click.option(
    "--date",
    "published",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"]),
    help="The articles' publication date (else a sidecar ID.meta.json's 'date', if any).",
)
@_model_option
@_max_chars_option
@_output_options
def text_command(
    files: tuple[str, ...],
    allow_non_vietnamese: bool,
    published,
    model_dir: str | None,
    max_chars: int | None,
    out_file: str | None,
    pretty: bool,
) -> None:
    """Extract from plain-text articles (title line, lead, body). '-' reads standard input.

    A sidecar ID.meta.json beside ID.txt ({"url", "title", "date"}) goes in the record as
    "meta"; --date sets the date for every file given."""
    from .runs.records import TextMeta, sidecar_meta, text_record

    pipeline = _pipeline(model_dir)
    with _Output(out_file, pretty) as out:
        for path in files:
            source = "<stdin>" if path == "-" else path
            try:
                text = read_text_file(path)
                meta = sidecar_meta(path)
            except ExtractorError as exc:
                out.emit(error_record(source, exc))
                continue
            if published is not None:
                meta = (meta or TextMeta()).model_copy(update={"published_at": published})
            out.emit(
                text_record(
                    pipeline, source, text, require_vietnamese=not allow_non_vietnamese, max_chars=max_chars, meta=meta
                )
            )
        if out.failed and out_file is None:
            raise SystemExit(1)


def _fetch_options(function):
    options = [
        click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for an answer."),
        click.option(
            "--retries",
            type=int,
            default=3,
            show_default=True,
            help="Further attempts on 429, 5xx, broken connections.",
        ),
        click.option(
            "--rate-limit", type=float, default=1.0, show_default=True, help="Seconds between requests to one host."
        ),
        click.option(
            "--ignore-robots", is_flag=True, help="Do not read robots.txt (only for sites you may crawl freely)."
        ),
        click.option(
            "--cache", type=click.Path(dir_okay=False), help="SQLite file for conditional GETs (ETag / Last-Modified)."
        ),
        click.option(
            "--allow-private",
            is_flag=True,
            help="Also fetch from loopback, private and link-local addresses (refused by default, redirects too).",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _config(
    timeout: float, retries: int, rate_limit: float, ignore_robots: bool, cache: str | None, allow_private: bool
):
    from .web.fetch import FetchConfig

    return FetchConfig(
        timeout=timeout,
        retries=retries,
        rate_limit=rate_limit,
        respect_robots=not ignore_robots,
        cache_path=Path(cache) if cache else None,
        allow_private=allow_private,
    )


@main.command("html")
@click.argument("files", nargs=-1, required=True)
@click.option("--url", help="The URL the page came from (for its id and links), when one file is given.")
@_model_option
@_max_chars_option
@_output_options
def html_command(
    files: tuple[str, ...],
    url: str | None,
    model_dir: str | None,
    max_chars: int | None,
    out_file: str | None,
    pretty: bool,
) -> None:
    """Parse saved news pages and extract from them. '-' reads standard input."""
    from .runs.records import page_record
    from .web.parse import parse_article

    if url and len(files) > 1:
        raise click.UsageError("--url goes with a single file")
    pipeline = _pipeline(model_dir)
    with _Output(out_file, pretty) as out:
        for path in files:
            source = "<stdin>" if path == "-" else path
            try:
                article = parse_article(read_bytes(path), url=url)
            except ExtractorError as exc:
                out.emit(error_record(source, exc))
                continue
            out.emit(page_record(pipeline, source, article, max_chars=max_chars))
        if out.failed and out_file is None:
            raise SystemExit(1)


@main.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@_fetch_options
@_model_option
@_output_options
def fetch_command(urls: tuple[str, ...], model_dir: str | None, out_file: str | None, pretty: bool, **options) -> None:
    """Fetch articles (robots.txt and a per-host rate limit honoured), parse and extract."""
    import asyncio

    from .runs.records import page_record
    from .web.fetch import AsyncFetcher

    pipeline = _pipeline(model_dir)

    async def run(out: _Output) -> None:
        async with AsyncFetcher(_config(**options)) as fetcher:
            async for url, result in fetcher.fetch_articles(urls, ordered=True):
                if isinstance(result, ExtractorError):
                    out.emit(error_record(url, result))
                else:
                    out.emit(page_record(pipeline, url, result))

    with _Output(out_file, pretty) as out:
        asyncio.run(run(out))
        if out.failed and out_file is None:
            raise SystemExit(1)


@main.command("discover")
@click.option("--sitemap", "sitemap", help="A sitemap or sitemap index URL.")
@click.option("--section", "section", help="A section listing URL (e.g. https://hanoimoi.vn/kinh-te).")
@click.option("--rss", "rss", help="An RSS or Atom feed URL.")
@click.option("--pages", type=int, default=1, show_default=True, help="Listing pages to read (with --section).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Sitemap entries from this day on.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Sitemap entries up to this day.")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many article URLs.")
@_fetch_options
def discover_command(sitemap, section, rss, pages, since, until, limit, **options) -> None:
    """List article URLs (one a line, canonical, de-duplicated) from a sitemap, a section or RSS."""
    import asyncio

    from .web.discover import DiscoveryKind, discover_urls
    from .web.fetch import AsyncFetcher

    given: list[tuple[DiscoveryKind, str | None]] = [("sitemap", sitemap), ("section", section), ("rss", rss)]
    chosen = [(kind, url) for kind, url in given if url]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of --sitemap, --section, --rss")
    [(kind, url)] = chosen

    async def run() -> list[str]:
        async with AsyncFetcher(_config(**options)) as fetcher:
            return await discover_urls(
                fetcher,
                kind,
                url,
                since=since.date() if since else None,
                until=until.date() if until else None,
                pages=pages,
                limit=limit,
            )

    try:
        urls = asyncio.run(run())
    except ExtractorError as exc:
        click.echo(f"error: {exc.message}", err=True)
        raise SystemExit(1) from exc
    for url in urls:
        click.echo(url)


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="The JSON Lines output file.")
@click.option("--resume", is_flag=True, help="Go on with an interrupted run: do only what is missing.")
@click.option(
    "--overwrite", is_flag=True, help="Start again over an existing output (the old file is kept as OUT.previous)."
)
@click.option("--retry-failed", is_flag=True, help="With --resume: do again the items whose record is an error.")
@click.option("--summary", "summary_file", type=click.Path(dir_okay=False), help="Also write the summary as JSON.")
@click.option(
    "--allow-non-vietnamese", is_flag=True, help="Read texts that do not look Vietnamese instead of failing them."
)
@click.option(
    "--item-timeout",
    type=click.FloatRange(min=0),
    default=120.0,
    show_default=True,
    help="Seconds one item may take before it becomes a 'timeout' error line (0: no limit).",
)
@click.option(
    "--workers", type=click.IntRange(min=1), help="Worker processes for the NLP (default: the number of cores)."
)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address (with --engine dask; default: a local cluster).")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Also write CSV tables to this folder.")
@click.option(
    "--parquet", "parquet_dir", type=click.Path(file_okay=False), help="Also write Parquet tables (needs pyarrow)."
)
@click.option(
    "--registry",
    "registry_db",
    metavar="FILE|URL",
    help="Also add the output's articles to this registry (a SQLite file or a database URL, as registry --db);"
    " one writer, after the run.",
)
@click.option("--quiet", is_flag=True, help="No progress bar or progress lines.")
@_fetch_options
@_model_option
def batch_command(
    inputs,
    out,
    resume,
    overwrite,
    retry_failed,
    summary_file,
    allow_non_vietnamese,
    item_timeout,
    workers,
    engine,
    scheduler,
    csv_dir,
    parquet_dir,
    registry_db,
    quiet,
    model_dir,
    **options,
) -> None:
    """Process folders of texts and pages, files of URLs, or discovery specs into JSON Lines.

    An input is a folder (*.txt texts, *.html pages), a file of URLs (one a line), a URL, or
    sitemap:URL, section:URL#pages=N, rss:URL. Failures are JSON lines with "error" and never
    stop the run; a summary ends it. Exit status: 0 when every item was read, 1 when any item
    failed or there was nothing to do, 2 when the run refused to start (an existing output
    without --resume/--overwrite, another run on the same output, a usage error), 130 when
    interrupted (Ctrl-C; the summary says what is left).
    """
    from .runs.batch import run_batch
    from .runs.tables import export_tables

    if retry_failed and not resume:
        raise click.UsageError("--retry-failed goes with --resume")
    if resume and overwrite:
        raise click.UsageError("--resume and --overwrite exclude each other")
    try:
        summary = run_batch(
            inputs,
            out,
            resume=resume,
            overwrite=overwrite,
            retry_failed=retry_failed,
            workers=workers,
            engine=engine,
            scheduler=scheduler,
            fetch_config=_config(**options),
            quiet=quiet,
            model_dir=model_dir,
            require_vietnamese=not allow_non_vietnamese,
            item_deadline=item_timeout or None,
        )
    except ExtractorError as exc:
        click.echo(f"error: {exc.message}", err=True)
        raise SystemExit(2) from exc
    for line in summary.lines():
        click.echo(line, err=True)
    if summary_file:
        Path(summary_file).write_text(json.dumps(summary.as_json(), indent=2) + "\n", encoding="utf-8")
    if csv_dir:
        export_tables(out, csv_dir, "csv")
    if parquet_dir:
        export_tables(out, parquet_dir, "parquet")
    if registry_db:
        # The whole output, not only this run's lines: adding is idempotent, so a resumed run
        # fills in what an interrupted one did not get to.
        with _registry(registry_db) as registry:
            added = registry.add_lines(out)
        click.echo(f"registry: {added.added} articles added, {added.skipped} already in", err=True)
    if summary.interrupted:
        raise SystemExit(130)
    if summary.done + summary.skipped == 0:
        click.echo("warning: the inputs name no articles", err=True)
        raise SystemExit(1)
    if sum(summary.failed.values()):
        raise SystemExit(1)


@main.command("tables")
@click.argument("jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True)
def tables_command(jsonl: str, out_dir: str, fmt: str) -> None:
    """Write officials, positions, institutions, percentages, money, facts (one row per amount: what it
    measures, role, value, reference, period, holder), entities and errors tables from a JSON Lines output."""
    from .runs.tables import export_tables

    for table, path in export_tables(jsonl, out_dir, fmt).items():
        click.echo(f"{table}: {path}", err=True)


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of one output record."""
    from .runs.records import line_schema

    click.echo(json.dumps(line_schema(), ensure_ascii=False, indent=2))


@main.command("render")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    help="Folder for the review pages (one NAME.html per article).",
)
@click.option("--url", help="The URL the page came from, when one saved page is given.")
@_model_option
def render_command(files: tuple[str, ...], out_dir: str, url: str | None, model_dir: str | None) -> None:
    """Write a review page per article: the text with every item found highlighted.

    FILES are texts, saved pages (.html) or JSON Lines a run wrote (.jsonl: reviewed without
    reading again; a text's record needs its source file). Each page is one self-contained
    HTML file. A file that cannot be reviewed is reported on standard error (exit status 1).
    """
    from .review.inputs import LINES_SUFFIXES, reviews
    from .review.render import render_page

    if url and len(files) > 1:
        raise click.UsageError("--url goes with a single file")
    needs_pipeline = any(Path(f).suffix.lower() not in LINES_SUFFIXES for f in files)
    pipeline = _pipeline(model_dir) if needs_pipeline else None
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()
    failed = 0
    for source, text, record in reviews(list(files), pipeline, url=url):  # type: ignore[arg-type]
        if text is None or "error" in record:
            failed += 1
            error = record.get("error", {})
            click.echo(f"{source}: {error.get('type', 'error')}: {error.get('message', '')}", err=True)
            continue
        name = _page_name(source, written)
        (folder / name).write_text(render_page(text, record), encoding="utf-8")
        click.echo(str(folder / name))
    if failed:
        raise SystemExit(1)


def _page_name(source: str, taken: set[str]) -> str:
    """A file name for a source's review page, unique within one run."""
    import re

    stem = Path(source.rstrip("/")).name or "article"
    stem = re.sub(r"\.(txt|html?|jsonl)$", "", stem, flags=re.IGNORECASE)
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "article"
    name, k = f"{stem[:100]}.html", 2
    while name in taken:
        name, k = f"{stem[:100]}-{k}.html", k + 1
    taken.add(name)
    return name


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes, each with its own model."
)
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=2_000_000, show_default=True, help="Largest request body."
)
@click.option(
    "--max-pending",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    help="Requests a worker holds (reading or waiting); more are answered 503 with Retry-After.",
)
@click.option(
    "--allow-fetch", is_flag=True, help="Offer /v1/extract/url (public addresses only, checked on every redirect)."
)
@_model_option
def serve_command(
    host: str, port: int, workers: int, max_bytes: int, max_pending: int, allow_fetch: bool, model_dir: str | None
) -> None:
    """Serve the extractor over HTTP (POST /v1/extract …) with the review page at /."""
    import os

    import uvicorn

    from .service.app import ServiceSettings

    settings = ServiceSettings(
        max_bytes=max_bytes, max_pending=max_pending, allow_fetch=allow_fetch, model_dir=model_dir
    )
    os.environ.update(settings.to_environment())  # each worker process builds its app from these
    uvicorn.run(
        "extractor.service.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
    )


@main.group("registry")
def registry_group() -> None:
    """Who holds which post, across articles: build a registry from outputs and query it."""


def _registry(db: str):
    """The registry at ``db``, or a one-line error saying why it cannot be opened."""
    from .registry import Registry, RegistryError

    try:
        return Registry.open(db)
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from exc


def _db_option(function):
    return click.option(
        "--db", "db", metavar="FILE|URL", default="registry.sqlite", show_default=True,
        help="The registry: a SQLite file, or a SQLAlchemy database URL such as"
        " postgresql+psycopg://user@host/registry (pip install 'vn-news-extractor[postgres]').",
    )(function)  # fmt: skip


def _json_option(function):
    return click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")(function)


def _show(rows: list, columns: list[str], as_json: bool) -> None:
    """Rows of dataclasses as a readable table, or as JSON (with their evidence)."""
    import dataclasses

    if as_json:
        click.echo(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("nothing found", err=True)
        return
    table = [[str(getattr(r, c) if getattr(r, c) is not None else "") for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in table)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in table:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))


@registry_group.command("add")
@click.argument("files", nargs=-1, required=True)
@_db_option
def registry_add(files: tuple[str, ...], db: str) -> None:
    """Add the articles of JSON Lines outputs (an article already in is skipped)."""
    with _registry(db) as registry:
        for path in files:
            summary = registry.add_lines(path)
            for error in summary.errors:
                click.echo(error, err=True)
            click.echo(
                f"{path}: {summary.added} added, {summary.skipped} already in, {len(summary.errors)} skipped", err=True
            )


@registry_group.command("curate")
@click.argument("curation", type=click.Path(dir_okay=False, exists=True))
@_db_option
def registry_curate(curation: str, db: str) -> None:
    """Apply a curation file: 'same' / 'different' NAME ORG ORG lines (tab-separated); the
    rules are kept and later adds follow them."""
    with _registry(db) as registry:
        for line in registry.curate(curation):
            click.echo(line)


@registry_group.command("person")
@click.argument("name")
@_db_option
@_json_option
def registry_person(name: str, db: str, as_json: bool) -> None:
    """Every post of the people of this name, with dates and articles."""
    with _registry(db) as registry:
        _show(
            registry.person(name),
            ["person_id", "name", "title", "organization", "first_seen", "last_seen", "articles"],
            as_json,
        )


@registry_group.command("org")
@click.argument("name")
@_db_option
@_json_option
def registry_org(name: str, db: str, as_json: bool) -> None:
    """Who held which post at an organization (its name or an alias) and at those within it
    (a ward: its party committee, People's Committee, …), over time."""
    with _registry(db) as registry:
        _show(
            registry.org(name),
            ["name", "title", "organization", "first_seen", "last_seen", "articles", "replaced", "person_id"],
            as_json,
        )


@registry_group.command("search")
@click.option("--title", help="Posts whose title holds this ('Chủ tịch').")
@click.option("--place", help="At organizations whose name holds this ('phường Yên Sở').")
@click.option("--kind", help="At organizations of this kind (party, state, business …).")
@_db_option
@_json_option
def registry_search(title: str | None, place: str | None, kind: str | None, db: str, as_json: bool) -> None:
    """Posts by title, place and kind of organization."""
    with _registry(db) as registry:
        rows = registry.search(title=title, place=place, kind=kind)
        _show(rows, ["person_id", "name", "title", "organization", "first_seen", "last_seen", "articles"], as_json)


@registry_group.command("export")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Folder for one CSV file per table.")
@click.option(
    "--parquet", "parquet_dir", type=click.Path(file_okay=False), help="Folder for one Parquet file per table."
)
@_db_option
def registry_export(csv_dir: str | None, parquet_dir: str | None, db: str) -> None:
    """Every table of the registry as CSV or Parquet."""
    if not csv_dir and not parquet_dir:
        raise click.UsageError("give --csv DIR or --parquet DIR")
    with _registry(db) as registry:
        paths: list[Path] = []
        if csv_dir:
            paths += registry.export_csv(csv_dir).values()
        if parquet_dir:
            paths += registry.export_parquet(parquet_dir).values()
        for path in paths:
            click.echo(str(path))


if __name__ == "__main__":
    main()
