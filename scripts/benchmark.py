#!/usr/bin/env python3
"""Speed and memory, measured (never asserted in a test).

    python scripts/benchmark.py                   # everything, printed
    python scripts/benchmark.py --write           # and BENCHMARKS.md, with the machine it ran on
    python scripts/benchmark.py --only text       # one part: text, batch, parse, fetch, size, service, registry

- text: load time; the number reader alone (µs per sentence); the whole text pipeline on
  one core (articles/s); peak memory.
- batch: a folder of articles through ``run_batch`` with one worker and with all cores.
- parse: pages per second for the page parser.
- fetch: pages per second fetched from a local server with politeness off.
- service: requests per second and p50/p95 latency of ``POST /v1/extract`` (the sample
  article) against ``vn-extract serve`` with one and two workers.
- registry: adding 10,000 extraction records to a fresh registry.
- size: time and peak memory against the input's size (100 kB, 1 MB, 5 MB of news text
  joined into one "article", read with no size limit): the growth should be linear.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "gold"
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(ROOT))  # tests.siteserver, for the fetch benchmark


def _texts(gold: Path) -> list[str]:
    """The gold articles (../shared/gold), or the bundled sample article where they are absent."""
    paths = sorted(gold.glob("*.txt")) if gold.is_dir() else []
    paths = paths or [FIXTURES / "sample-yen-so.txt"]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if not texts:
        sys.exit("no texts to measure: give --gold DIR")
    return texts


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_text(texts: list[str], repeat: int, gold_count: int = 0) -> list[tuple[str, str]]:
    started = time.perf_counter()
    from extractor import Pipeline
    from extractor.numbers.quantities import find_quantities
    from extractor.text.layout import sentences, text_spans
    from extractor.text.normalize import normalize

    extract_text = Pipeline.load()
    extract_text(texts[0])
    load_seconds = time.perf_counter() - started
    normalized = [normalize(t).text for t in texts]
    sentence_texts = [n[a:b] for n in normalized for s, e, _ in text_spans(n) for a, b in sentences(n, s, e)]
    number_runs, pipeline_runs, gold_runs = [], [], []
    for _ in range(repeat):
        started = time.perf_counter()
        for sentence in sentence_texts:
            find_quantities(sentence, extract_text.quantities, style="vi")
        number_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        for text in texts[:gold_count]:
            extract_text(text)
        gold_runs.append(time.perf_counter() - started)
        for text in texts[gold_count:]:
            extract_text(text)
        pipeline_runs.append(time.perf_counter() - started)
    numbers, pipeline = statistics.median(number_runs), statistics.median(pipeline_runs)
    characters = sum(len(t) for t in texts)
    return [
        ("articles", f"{len(texts)} ({characters:,} characters, {len(sentence_texts)} sentences)"),
        ("load (models, word lists)", f"{load_seconds:.2f} s"),
        ("number reader", f"{numbers / len(sentence_texts) * 1e6:.0f} µs per sentence"),
        (
            "text pipeline, one core",
            f"{len(texts) / pipeline:.1f} articles/s ({len(sentence_texts) / pipeline:.0f} sentences/s)",
        ),
        ("peak memory, one process (RSS)", f"{_peak_rss_mb():.0f} MB"),
    ] + (
        [("text pipeline, one core, gold articles only", f"{gold_count / statistics.median(gold_runs):.1f} articles/s")]
        if gold_count
        else []
    )


def bench_batch(texts: list[str], count: int) -> list[tuple[str, str]]:
    from extractor.runs.batch import run_batch

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(count):
            (folder / f"a{i:05d}.txt").write_text(texts[i % len(texts)] + f"\n\nBài số {i}.", encoding="utf-8")
        rates = {}
        cores = os.cpu_count() or 1
        for workers in sorted({1, cores}):
            summary = run_batch([folder], Path(tmp) / f"out{workers}.jsonl", workers=workers, quiet=True)
            rates[workers] = summary.rate
            rows.append(
                (
                    f"batch, {workers} worker{'s' if workers > 1 else ''}",
                    f"{summary.rate:.1f} articles/s ({count} articles)",
                )
            )
        if cores > 1:
            rows.append((f"speed-up, {cores} workers", f"{rates[cores] / rates[1]:.2f}×"))
    return rows


def bench_parse(repeat: int) -> list[tuple[str, str]]:
    from extractor.errors import ExtractorError
    from extractor.web.parse import parse_article

    pages = [p.read_bytes() for p in sorted((FIXTURES / "pages").glob("*.html"))]
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for page in pages:
            with contextlib.suppress(ExtractorError):  # refusing a non-article page is work too
                parse_article(page)
        runs.append(time.perf_counter() - started)
    return [
        ("page parsing, one core", f"{len(pages) / statistics.median(runs):.0f} pages/s ({len(pages)} fixture pages)")
    ]


def bench_fetch(count: int) -> list[tuple[str, str]]:
    import asyncio

    from extractor.web.fetch import AsyncFetcher, FetchConfig
    from tests.siteserver import ARTICLES, SiteServer

    server = SiteServer().start()
    try:
        paths = list(ARTICLES)
        urls = [server.url(paths[i % len(paths)]) + f"?n={i}" for i in range(count)]

        async def run() -> float:
            config = FetchConfig(respect_robots=False, rate_limit=0.0, concurrency=16, allow_private=True)
            async with AsyncFetcher(config) as fetcher:
                started = time.perf_counter()
                await asyncio.gather(*(fetcher.fetch(u) for u in urls))
                return time.perf_counter() - started

        seconds = asyncio.run(run())
    finally:
        server.stop()
    return [("fetch, local server, politeness off", f"{count / seconds:.0f} pages/s ({count} pages, 16 in flight)")]


def bench_size(texts: list[str], sizes: list[int]) -> list[tuple[str, str]]:
    """One long input made of the articles joined, cut to each size; seconds, µs per character
    and the process's peak memory so far (it only grows, so sizes run smallest first)."""
    from extractor import Pipeline

    pipeline = Pipeline.load(max_chars=max(sizes) + 1)
    joined = "\n".join(texts)
    rows = []
    for size in sorted(sizes):
        text = (joined * (size // len(joined) + 1))[:size]
        started = time.perf_counter()
        pipeline(text, require_vietnamese=False)
        seconds = time.perf_counter() - started
        label = f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} kB"
        rows.append(
            (
                f"one input of {label}",
                f"{seconds:.1f} s ({seconds / size * 1e6:.1f} µs a character), peak {_peak_rss_mb():.0f} MB",
            )
        )
    return rows


def bench_service(workers_list: list[int], requests: int, concurrency: int) -> list[tuple[str, str]]:
    """POST /v1/extract with the sample article against ``vn-extract serve`` on 127.0.0.1:
    ``requests`` requests, ``concurrency`` at a time (bounded in count and in time)."""
    import asyncio
    import socket
    import subprocess

    import httpx

    sample = (FIXTURES / "sample-yen-so.txt").read_text(encoding="utf-8")
    rows = []
    for workers in workers_list:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen(
            [sys.executable, "-m", "extractor", "serve", "--port", str(port), "--workers", str(workers),
             "--max-pending", str(requests)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.3)

            async def load(base: str, workers: int) -> tuple[list[float], float, int]:
                latencies: list[float] = []
                failures = 0
                slots = asyncio.Semaphore(concurrency)
                async with httpx.AsyncClient(base_url=base, timeout=120) as client:
                    for _ in range(workers * 2):  # warm every worker
                        await client.post("/v1/extract", json={"text": sample})

                    async def one() -> None:
                        nonlocal failures
                        async with slots:
                            started = time.perf_counter()
                            response = await client.post("/v1/extract", json={"text": sample})
                            latencies.append(time.perf_counter() - started)
                            failures += response.status_code != 200

                    started = time.perf_counter()
                    await asyncio.wait_for(asyncio.gather(*(one() for _ in range(requests))), timeout=600)
                    return latencies, time.perf_counter() - started, failures

            latencies, seconds, failures = asyncio.run(load(base, workers))
            ordered = sorted(latencies)
            p50, p95 = ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
            rows.append(
                (
                    f"service /v1/extract, {workers} worker{'s' if workers > 1 else ''}",
                    f"{requests / seconds:.1f} requests/s, p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
                    f"({requests} requests, {concurrency} at a time, sample article; {failures} not 200)",
                )
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    return rows


def bench_registry(texts: list[str], count: int, database: str | None = None) -> list[tuple[str, str]]:
    """Adding ``count`` extraction records (the texts' records, replicated under new sources)
    to a fresh registry, on one core: a SQLite file, or ``database`` (an empty database's URL)."""
    from extractor import Pipeline
    from extractor.registry import Registry
    from extractor.runs.records import result_record

    pipeline = Pipeline.load()
    base = [result_record(f"gold-{k}.txt", pipeline(text)) for k, text in enumerate(texts)]
    records = []
    for k in range(count):
        record = dict(base[k % len(base)])
        record["source"] = f"copy-{k}.txt"  # a new article each time (the key hashes the source)
        records.append(record)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        with Registry.open(database or Path(folder) / "registry.sqlite") as registry:
            summary = registry.add_records(records)
        seconds = time.perf_counter() - started
    where = "PostgreSQL" if database and database.startswith("postgres") else "SQLite"
    return [
        (
            f"registry add ({where})",
            f"{count} records in {seconds:.1f} s ({count / seconds:.0f} records/s, one core; {summary.added} added)",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of article texts (*.txt)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts (the median is reported)")
    parser.add_argument("--batch-size", type=int, default=200, help="articles in the batch benchmark")
    parser.add_argument("--only", choices=("text", "batch", "parse", "fetch", "size", "service", "registry"))
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 5_000_000], help="input sizes (characters)"
    )
    parser.add_argument("--registry-db", help="an empty database's URL for the registry benchmark (default: SQLite)")
    parser.add_argument("--write", action="store_true", help="also write BENCHMARKS.md")
    args = parser.parse_args(argv)

    texts = _texts(args.gold)
    gold_count = len(list(args.gold.glob("*.txt"))) if args.gold.is_dir() else 0
    rows: list[tuple[str, str]] = []
    if args.only in (None, "text"):
        if hasattr(os, "sched_setaffinity"):
            all_cores = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {min(all_cores)})  # one core
            rows += bench_text(texts, args.repeat, gold_count)
            os.sched_setaffinity(0, all_cores)
        else:
            rows += bench_text(texts, args.repeat, gold_count)
    if args.only in (None, "parse"):
        rows += bench_parse(args.repeat)
    if args.only in (None, "batch"):
        rows += bench_batch(texts, args.batch_size)
    if args.only in (None, "fetch"):
        rows += bench_fetch(200)
    if args.only in (None, "size"):
        rows += bench_size(texts, args.sizes)
    if args.only in (None, "service"):
        rows += bench_service([1, 2], requests=200, concurrency=4)
    if args.only in (None, "registry"):
        rows += bench_registry(texts, 10_000, args.registry_db)

    for name, value in rows:
        print(f"{name:38} {value}")
    if args.write:
        machine = (
            f"{platform.machine()}, {os.cpu_count()} cores, "
            f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
            f"Python {platform.python_version()}, {platform.platform()}"
        )
        table = "\n".join(f"| {name} | {value} |" for name, value in rows)
        (ROOT / "BENCHMARKS.md").write_text(
            "# Benchmarks\n\nMeasured by `python scripts/benchmark.py --write` on "
            f"{time.strftime('%Y-%m-%d')}.\n\nMachine: {machine}.\n\n| measure | result |\n|---|---|\n{table}\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
