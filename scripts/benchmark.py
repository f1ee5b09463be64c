#!/usr/bin/env python3
"""Speed and memory of the text pipeline, measured (never asserted in a test).

    python scripts/benchmark.py [--gold DIR] [--repeat N] [--markdown]

Reports, on one core: model and word-list load time; the number reader alone (microseconds
per sentence); the whole text pipeline (articles per second, sentences per second); peak
resident memory. ``--markdown`` prints a table for BENCHMARKS.md with the machine it ran on.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _texts(gold: Path) -> list[str]:
    paths = sorted(gold.glob("*.txt")) if gold.is_dir() else []
    paths += sorted(p for p in FIXTURES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths if p.name != "README.md"]
    if not texts:
        sys.exit("no texts to measure: give --gold DIR")
    return texts


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of article texts (*.txt)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts (the median is reported)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table for BENCHMARKS.md")
    args = parser.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = _texts(args.gold)

    started = time.perf_counter()
    from extractor import extract_text
    from extractor.layout import sentences, text_spans
    from extractor.quantities import find_quantities
    from extractor.textnorm import normalize

    extract_text(texts[0])  # loads the segmenter model and every word list
    load_seconds = time.perf_counter() - started

    normalized = [normalize(t).text for t in texts]
    sentence_texts = [
        norm[a:b] for norm in normalized for start, end, _ in text_spans(norm) for a, b in sentences(norm, start, end)
    ]

    number_runs, pipeline_runs = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for sentence in sentence_texts:
            find_quantities(sentence, style="vi")
        number_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        for text in texts:
            extract_text(text)
        pipeline_runs.append(time.perf_counter() - started)
    from extractor.errors import ExtractorError
    from extractor.parse import parse_article

    pages = [p.read_bytes() for p in sorted((FIXTURES / "pages").glob("*.html"))]
    parse_runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for page in pages:
            with contextlib.suppress(ExtractorError):  # refusing a non-article page is work too
                parse_article(page)
        parse_runs.append(time.perf_counter() - started)
    parsing = statistics.median(parse_runs)
    numbers = statistics.median(number_runs)
    pipeline = statistics.median(pipeline_runs)
    characters = sum(len(t) for t in texts)

    rows = [
        ("articles", f"{len(texts)} ({characters:,} characters, {len(sentence_texts)} sentences)"),
        ("load (models, word lists)", f"{load_seconds:.2f} s"),
        ("number reader", f"{numbers / len(sentence_texts) * 1e6:.0f} µs per sentence"),
        (
            "text pipeline, one core",
            f"{len(texts) / pipeline:.1f} articles/s ({len(sentence_texts) / pipeline:.0f} sentences/s)",
        ),
        ("page parsing, one core", f"{len(pages) / parsing:.0f} pages/s ({len(pages)} fixture pages)"),
        ("peak memory (RSS)", f"{_peak_rss_mb():.0f} MB"),
    ]
    if args.markdown:
        print(
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}\n"
        )
        print("| measure | result |\n|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
    else:
        for name, value in rows:
            print(f"{name:28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
