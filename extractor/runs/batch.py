"""Batch runs: many articles (files, pages, URLs) to JSON Lines, resumable and parallel.

    from extractor.runs.batch import process, run_batch

    for record in process(["articles/", "urls.txt"], workers=2):     # dicts, as completed
        ...
    summary = run_batch(["articles/"], "out.jsonl", resume=True, workers=2)

Inputs: a folder (its ``*.txt`` files are texts, its ``*.html`` / ``*.htm`` pages; other
files are skipped), a file of URLs (one a line), a single text or page file, a URL, or a
discovery spec: ``sitemap:URL``, ``section:URL`` (``section:URL#pages=5``) or ``rss:URL``.

Every record is one JSON line with ``source``: the extraction (and ``article`` for pages),
or ``{"source", "error": {"type", "message"}}``. A failure never stops the run.

Resuming: the output file is the record of what is done; a SQLite file beside it
(``OUT.state.sqlite``) indexes it. Each line is written whole with one ``write`` and flushed
before its source is marked done. On ``resume`` a half-written last line (a kill mid-write)
is cut off and the index is reconciled with the file, so an interrupted run started again
does only what is missing: nothing lost, nothing twice.

Workers: the NLP runs in a pool of processes (``workers``, default: the cores), each
loading the models once; fetching stays in this process, one polite async fetcher for all.
``engine="dask"`` runs the same work on a Dask cluster (a ``LocalCluster`` when no
scheduler address is given).
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import queue
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import BatchError, ExtractorError, ItemTimeout
from .records import error_record, json_line

if TYPE_CHECKING:
    from ..pipeline import Pipeline
from ..text.files import read_bytes

log = logging.getLogger(__name__)
Kind = Literal["text", "html", "url"]
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
DISCOVERY_PREFIXES = ("sitemap:", "section:", "rss:")


@dataclass(frozen=True, slots=True)
class Item:
    """One article to process: where it comes from and how to read it.

    ``content`` holds an article already in memory (a text, or a page's HTML): then
    ``source`` is only its name in the output, and nothing is read or fetched.
    """

    source: str
    kind: Kind
    content: str | bytes | None = None


# --- inputs -------------------------------------------------------------------------------


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def expand_inputs(
    inputs: Iterable[str | Path], *, discover: Callable[[str], list[str]] | None = None
) -> Iterator[Item]:
    """The items the inputs name, in a stable order (folders sorted by file name)."""
    for raw in inputs:
        value = str(raw)
        if value.startswith(DISCOVERY_PREFIXES):
            urls = (discover or discover_urls)(value)
            yield from (Item(url, "url") for url in urls)
            continue
        if _is_url(value):
            yield Item(value, "url")
            continue
        path = Path(value)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.suffix.lower() in TEXT_SUFFIXES:
                    yield Item(str(child), "text")
                elif child.suffix.lower() in HTML_SUFFIXES:
                    yield Item(str(child), "html")
            continue
        if path.suffix.lower() in HTML_SUFFIXES:
            yield Item(value, "html")
            continue
        if path.is_file() and _is_url_list(path):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    yield Item(line.strip(), "url")
            continue
        yield Item(value, "text")  # a text file (or a missing path: its read error is its record)


def _is_url_list(path: Path) -> bool:
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[:50]]
    except (OSError, UnicodeDecodeError):
        return False
    lines = [line for line in lines if line and not line.startswith("#")]
    return bool(lines) and all(_is_url(line) and " " not in line for line in lines)


def discover_urls(spec: str, config=None) -> list[str]:
    """Article URLs from a discovery spec: ``sitemap:URL``, ``section:URL``, ``rss:URL``, with
    options after ``#``: ``pages=N`` for a section, ``since=YYYY-MM-DD`` / ``until=YYYY-MM-DD``
    for a sitemap (``sitemap:https://hanoimoi.vn/sitemap.xml#since=2026-08-01&until=2026-08-31``)."""
    from datetime import date

    from ..web.discover import discover_urls as urls_from
    from ..web.fetch import AsyncFetcher

    kind, _, target = spec.partition(":")
    target, _, query = target.partition("#")
    options = dict(part.split("=", 1) for part in query.split("&") if "=" in part)
    pages = int(options.get("pages", 1))
    since = date.fromisoformat(options["since"]) if "since" in options else None
    until = date.fromisoformat(options["until"]) if "until" in options else None

    async def run() -> list[str]:
        async with AsyncFetcher(config) as fetcher:
            return await urls_from(fetcher, kind, target, since=since, until=until, pages=pages)  # type: ignore[arg-type]

    return asyncio.run(run())


# --- the work on one article (runs in a worker process) --------------------------------------


_PIPELINES: dict[str | None, Pipeline] = {}


def worker_pipeline(model_dir: str | None = None) -> Pipeline:
    """The pipeline of this process for a model directory (None: the shipped model), loaded
    once: a worker process keeps one, as a web service would."""
    from ..pipeline import Pipeline, default_pipeline

    if model_dir not in _PIPELINES:
        _PIPELINES[model_dir] = default_pipeline() if model_dir is None else Pipeline.load(model_dir)
    return _PIPELINES[model_dir]


@dataclass(frozen=True)
class ReadOptions:
    """How workers read each item: the NER model, whether the text must look Vietnamese, and
    the item's deadline in seconds (None: none; enforced in worker processes and in a run
    with one worker, not in Dask's threaded workers)."""

    model_dir: str | None = None
    require_vietnamese: bool = True
    deadline: float | None = None


# One item stuck (a pathological text) must not hold a worker for ever.
DEFAULT_ITEM_DEADLINE = 120.0


def process_item(
    item: Item, payload: bytes | str | None = None, model_dir: str | None = None, *, require_vietnamese: bool = True
) -> dict:
    """The output record of one article. ``payload`` is the file's bytes or the fetched page;
    without one, a file is read here. ``model_dir``: another NER model than the shipped one."""
    from ..text.files import decode_text
    from ..web.parse import parse_article
    from .records import page_record, sidecar_meta, text_record

    try:
        pipeline = worker_pipeline(model_dir)
        if payload is None and item.kind != "url":
            payload = read_source(item)
        if item.kind == "text":
            text = payload if isinstance(payload, str) else decode_text(payload or b"", item.source)
            meta = sidecar_meta(item.source) if item.content is None else None  # ID.meta.json beside ID.txt
            return text_record(pipeline, item.source, text, require_vietnamese=require_vietnamese, meta=meta)
        article = parse_article(payload or "", url=item.source if item.kind == "url" else None)
        return page_record(pipeline, item.source, article)
    except ExtractorError as exc:
        return error_record(item.source, exc)
    except Exception as exc:  # a bug on one article must not stop a batch of thousands
        return error_record(item.source, exc)


def read_source(item: Item) -> bytes:
    return read_bytes(item.source)


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it dies (even by SIGKILL),
    so a killed batch leaves no 200 MB workers behind. Elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        return
    if os.getppid() == 1:  # the parent died before the call: nobody to wait for
        os._exit(1)


def _warm_up(model_dir: str | None = None) -> None:
    """Load models and word lists once in a worker process."""
    _die_with_parent()
    worker_pipeline(model_dir)("Khởi động: UBND phường Yên Sở đạt 15,8 tỷ đồng.", require_vietnamese=False)


def _process_payload(args: tuple[Item, bytes | str | None, ReadOptions]) -> dict:
    item, payload, options = args
    try:
        with _deadline(options.deadline):
            return process_item(item, payload, options.model_dir, require_vietnamese=options.require_vietnamese)
    except ItemTimeout as exc:
        return error_record(item.source, exc)


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise ItemTimeout in this thread after ``seconds`` (SIGALRM: the main thread of a
    process only; elsewhere no deadline)."""
    import signal

    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame) -> None:
        raise ItemTimeout(f"not read within {seconds:g} s (the item deadline); it is left out")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- fetching URL items in this process ------------------------------------------------------


class _FetchThread:
    """Fetches URL items on an asyncio loop in a thread; hands (item, page text | error) back."""

    _DONE = object()

    def __init__(self, urls: list[Item], config) -> None:
        self.results: queue.Queue = queue.Queue(maxsize=256)
        self._urls = urls
        self._config = config
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from ..web.fetch import AsyncFetcher

        async def main() -> None:
            async with AsyncFetcher(self._config) as fetcher:

                async def one(item: Item) -> None:
                    try:
                        page = await fetcher.fetch(item.source)
                        result: str | BaseException = page.text
                    except Exception as exc:  # one bad URL (UnicodeError, ValueError …) is its own record
                        result = exc
                    await asyncio.to_thread(self.results.put, (item, result))

                await asyncio.gather(*(one(item) for item in self._urls))

        try:
            asyncio.run(main())
        finally:
            self.results.put(self._DONE)

    def __iter__(self) -> Iterator[tuple[Item, str | BaseException]]:
        while True:
            got = self.results.get()
            if got is self._DONE:
                return
            yield got


Unit = tuple[Item, bytes | str | None, "ReadOptions"]


def _payloads(items: list[Item], fetch_config, options: ReadOptions) -> Iterator[Unit | dict]:
    """Work units for the workers (item, its content, the model directory); a fetch failure
    comes out as its finished error record."""
    local = [i for i in items if i.kind != "url" or i.content is not None]
    remote = [i for i in items if i.kind == "url" and i.content is None]
    for item in local:
        if item.content is not None:
            yield item, item.content, options
            continue
        # Files are read here and sent as bytes: workers on other machines need no shared disk.
        try:
            yield item, read_source(item), options
        except ExtractorError as exc:
            yield error_record(item.source, exc)
    if remote:
        for item, result in _FetchThread(remote, fetch_config):
            if isinstance(result, BaseException):
                yield error_record(item.source, result)
            else:
                yield item, result, options


# --- engines -----------------------------------------------------------------------------------


def _run_local(units: Iterator, workers: int, ordered: bool, model_dir: str | None) -> Iterator[dict]:
    if workers <= 1:
        for unit in units:
            yield unit if isinstance(unit, dict) else _process_payload(unit)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up, initargs=(model_dir,)) as pool:
        yield from _drain(units, pool.submit, _first_completed, workers * 4, ordered)


def _first_completed(futures: list) -> Iterable:
    return wait(futures, return_when=FIRST_COMPLETED).done


def _drain(units: Iterator, submit: Callable, wait_first: Callable, window: int, ordered: bool) -> Iterator[dict]:
    """Keep ``window`` units in flight; yield records as they complete (or in input order)."""
    pending: dict[Future, int] = {}
    ready: dict[int, dict] = {}
    next_out = 0
    index = 0
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            try:
                unit = next(units)
            except StopIteration:
                exhausted = True
                break
            if isinstance(unit, dict):
                ready[index] = unit
            else:
                pending[submit(_process_payload, unit)] = index
            index += 1
        if not ordered:
            for key in list(ready):
                yield ready.pop(key)
        if not pending:
            if ordered:
                while next_out in ready:
                    yield ready.pop(next_out)
                    next_out += 1
            if exhausted:
                return
            continue
        for future in wait_first(list(pending)):
            position = pending.pop(future)
            ready[position] = future.result()
        if ordered:
            while next_out in ready:
                yield ready.pop(next_out)
                next_out += 1
        else:
            for key in list(ready):
                yield ready.pop(key)


def _run_dask(
    units: Iterator, workers: int, ordered: bool, scheduler: str | None, model_dir: str | None
) -> Iterator[dict]:
    try:
        from dask.distributed import Client, LocalCluster
        from dask.distributed import wait as dask_wait
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ExtractorError('the Dask engine needs dask.distributed: pip install "vn-news-extractor[dask]"') from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(_warm_up, model_dir)

        def first_completed(futures: list) -> Iterable:
            return dask_wait(futures, return_when="FIRST_COMPLETED").done

        yield from _drain(units, client.submit, first_completed, max(4, workers * 4), ordered)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- state, output, summary --------------------------------------------------------------------


def source_key(source: str) -> str:
    """A source as the state index stores it: a file name that is not UTF-8 holds lone
    surrogates (os.fsdecode), which SQLite cannot store; they are written as escapes."""
    return source.encode("utf-8", "backslashreplace").decode("utf-8")


class BatchState:
    """The SQLite index of an output file: which sources are done (by :func:`source_key`), and how."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS done (source TEXT PRIMARY KEY, error TEXT, finished_at REAL)")
        self.db.commit()

    def done(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT source FROM done")}

    def succeeded(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT source FROM done WHERE error IS NULL")}

    def mark(self, source: str, error: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO done VALUES (?, ?, ?)", (source, error, time.time()))
        self.db.commit()

    def reconcile(self, written: dict[str, str | None]) -> None:
        """Make the index say exactly what the output file holds."""
        indexed = self.done()
        for source in indexed - written.keys():
            self.db.execute("DELETE FROM done WHERE source = ?", (source,))
        for source in written.keys() - indexed:
            self.db.execute("INSERT INTO done VALUES (?, ?, ?)", (source, written[source], time.time()))
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def repair_output(path: Path) -> dict[str, str | None]:
    """Cut a half-written last line off ``path``; return the sources its whole lines hold."""
    if not path.exists():
        return {}
    data = path.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(cut)
        data = data[:cut]
    written: dict[str, str | None] = {}
    for line in data.splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        written[source_key(record["source"])] = (record.get("error") or {}).get("type")
    return written


def _drop_failed(path: Path) -> None:
    """Rewrite ``path`` without its error records (through a temporary file and an atomic
    rename), so that the items retried have one line each."""
    if not path.exists():
        return
    repair_output(path)
    temporary = path.with_name(path.name + ".tmp")
    with open(path, "rb") as source, open(temporary, "wb") as target:
        for line in source:
            try:
                failed = bool(json.loads(line).get("error"))
            except json.JSONDecodeError:
                failed = False
            if not failed:
                target.write(line)
        target.flush()
        os.fsync(target.fileno())
    os.replace(temporary, path)


def done_sources(out: str | Path) -> set[str]:
    """Sources an output file already holds whole lines for (as :func:`source_key` writes
    them): pass as ``process(..., skip=…)`` to resume a run driven from your own script."""
    return set(repair_output(Path(out)))


def state_path(out: Path) -> Path:
    return out.with_name(out.name + ".state.sqlite")


@dataclass
class Summary:
    done: int = 0
    failed: Counter = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0
    todo: int = 0  # items this run set out to do
    interrupted: bool = False

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0

    def as_json(self) -> dict:
        return {
            "done": self.done,
            "failed": sum(self.failed.values()),
            "failed_by_type": dict(self.failed),
            "skipped": self.skipped,
            "left": self.todo - self.done,
            "interrupted": self.interrupted,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.rate, 3),
        }

    def lines(self) -> list[str]:
        failed = sum(self.failed.values())
        text = [f"done: {self.done} ({failed} failed), skipped as already done: {self.skipped}"]
        if failed:
            text.append("failed by type: " + ", ".join(f"{k} {v}" for k, v in self.failed.most_common()))
        text.append(f"{self.rate:.1f} articles/s over {self.seconds:.1f} s")
        if self.interrupted:
            text.append(f"interrupted: {self.todo - self.done} left; go on with the same command and --resume")
        return text


class _Progress:
    """tqdm on a terminal; a plain line every ``every`` seconds otherwise; nothing when quiet."""

    def __init__(self, total: int, quiet: bool, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.bar = None
        self.total = total
        self.count = 0
        self.failed = 0
        self.started = time.monotonic()
        self.last = self.started
        if not quiet and self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=self.stream, dynamic_ncols=True)

    def update(self, failed: bool) -> None:
        self.count += 1
        self.failed += failed
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(failed=self.failed)
            return
        now = time.monotonic()
        if now - self.last >= 5 or self.count == self.total:
            rate = self.count / max(now - self.started, 1e-9)
            eta = (self.total - self.count) / rate if rate else 0
            print(
                f"[batch] {self.count}/{self.total} articles, {self.failed} failed, {rate:.1f}/s, ETA {eta:.0f} s",
                file=self.stream,
                flush=True,
            )
            self.last = now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def process(
    inputs: Iterable[str | Path | Item],
    *,
    workers: int | None = None,
    engine: Literal["local", "dask"] = "local",
    scheduler: str | None = None,
    ordered: bool = False,
    fetch_config=None,
    skip: set[str] | None = None,
    model_dir: str | Path | None = None,
    require_vietnamese: bool = True,
    item_deadline: float | None = DEFAULT_ITEM_DEADLINE,
) -> Iterator[dict]:
    """Output records for the inputs: as completed, or in input order with ``ordered=True``.
    ``model_dir``: an NER model directory other than the shipped one, for every worker.
    ``item_deadline``: seconds after which an item becomes a ``timeout`` error record."""
    unique: dict[str, Item] = {}
    found = lambda spec: discover_urls(spec, fetch_config)  # noqa: E731 - discovery with the caller's politeness
    for given in inputs:
        for item in [given] if isinstance(given, Item) else expand_inputs([given], discover=found):
            if not (skip and source_key(item.source) in skip):
                unique.setdefault(item.source, item)
    workers = workers or os.cpu_count() or 1
    model = str(model_dir) if model_dir is not None else None
    options = ReadOptions(model, require_vietnamese, item_deadline)
    units = _payloads(list(unique.values()), fetch_config, options)
    if engine == "dask":
        yield from _run_dask(units, workers, ordered, scheduler, model)
    else:
        yield from _run_local(units, workers, ordered, model)


def run_batch(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    resume: bool = False,
    overwrite: bool = False,
    retry_failed: bool = False,
    workers: int | None = None,
    engine: Literal["local", "dask"] = "local",
    scheduler: str | None = None,
    fetch_config=None,
    quiet: bool = False,
    progress_stream=None,
    model_dir: str | Path | None = None,
    require_vietnamese: bool = True,
    item_deadline: float | None = DEFAULT_ITEM_DEADLINE,
) -> Summary:
    """Process the inputs into the JSON Lines file ``out``; return a summary.

    An existing ``out`` is never lost: without ``resume`` or ``overwrite`` the run refuses
    (:class:`~extractor.errors.BatchError`); with ``overwrite`` the old file is kept as
    ``<out>.previous`` once the inputs have been read. A second run on the same output
    while one holds it refuses too (an exclusive lock on ``<out>.lock``). ``retry_failed``
    (with ``resume``) does again the items whose record is an error.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    state_file = state_path(out)
    with _exclusive(out):
        if out.exists() and out.stat().st_size and not resume and not overwrite:
            raise BatchError(f"{out} exists: give --resume to go on with it or --overwrite to start again")
        items = list(expand_inputs(inputs, discover=lambda spec: discover_urls(spec, fetch_config)))
        if not resume:
            if out.exists():
                os.replace(out, out.with_name(out.name + ".previous"))
            state_file.unlink(missing_ok=True)
        options = {"model_dir": model_dir, "require_vietnamese": require_vietnamese, "item_deadline": item_deadline}
        return _run(items, out, state_file, retry_failed, workers, engine, scheduler, fetch_config, quiet,
                    progress_stream, options)  # fmt: skip


@contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold ``<out>.lock`` for the run; another run on the same output gets a BatchError."""
    lock_path = out.with_name(out.name + ".lock")
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BatchError(f"another batch run is writing {out} (it holds {lock_path})") from exc
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _encode(record: dict) -> bytes:
    """One JSON line. A record that cannot be written as it is (a lone surrogate from a file
    name that is not UTF-8) is written with ASCII escapes instead; one that cannot be written at
    all becomes its error record."""
    try:
        return (json_line(record) + "\n").encode("utf-8")
    except (TypeError, ValueError) as exc:
        return _encode(error_record(str(record.get("source")), exc))


def _run(
    items: list[Item],
    out: Path,
    state_file: Path,
    retry_failed: bool,
    workers: int | None,
    engine: Literal["local", "dask"],
    scheduler: str | None,
    fetch_config,
    quiet: bool,
    progress_stream,
    options: dict,
) -> Summary:
    state = BatchState(state_file)
    if retry_failed:
        _drop_failed(out)
    written = repair_output(out)
    state.reconcile(written)
    done_before = state.done() if not retry_failed else state.succeeded()
    todo = [i for i in dict.fromkeys(items) if source_key(i.source) not in done_before]
    summary = Summary(skipped=len({i.source for i in items}) - len({i.source for i in todo}), todo=len(todo))
    log.info("batch into %s: %d items to do, %d already done", out, len(todo), summary.skipped)
    progress = _Progress(len(todo), quiet, progress_stream)
    started = time.monotonic()
    fd = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        for record in process(
            todo, workers=workers, engine=engine, scheduler=scheduler, fetch_config=fetch_config, **options
        ):
            line = _encode(record)
            os.write(fd, line)  # one write a line: a kill leaves at most one partial line, cut on resume
            error = (record.get("error") or {}).get("type")
            state.mark(source_key(record["source"]), error)
            summary.done += 1
            if error:
                summary.failed[error] += 1
                log.info("%s: %s", record["source"], (record.get("error") or {}).get("message"))
            progress.update(bool(error))
    except KeyboardInterrupt:
        summary.interrupted = True  # Ctrl-C: what is written stays; the caller says how to go on
    finally:
        os.close(fd)
        progress.close()
        state.close()
        summary.seconds = time.monotonic() - started
    return summary
