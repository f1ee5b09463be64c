"""Batch runs: every article one line, failures as lines, resume after a kill, workers, Dask, tables."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from extractor.runs.batch import Item, expand_inputs, process, repair_output, run_batch, state_path
from extractor.runs.tables import export_tables
from tests.conftest import FIXTURES, article_texts

TEXTS = article_texts()


def make_corpus(folder: Path, count: int) -> list[str]:
    """``count`` distinct article files built from real article texts, plus pages and a bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        base = TEXTS[i % len(TEXTS)].read_text(encoding="utf-8")
        path = folder / f"article-{i:04d}.txt"
        path.write_text(
            f"{base}\n\nBài số {i}: thu ngân sách đạt {i},5 tỷ đồng, bằng {i % 90 + 10}% dự toán.", encoding="utf-8"
        )
        names.append(str(path))
    return names


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_expand_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, 3)
    (folder / "page.html").write_bytes((FIXTURES / "pages" / "longform-1238587.html").read_bytes())
    (folder / "notes.csv").write_text("a,b", encoding="utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text(
        "# a comment\nhttps://hanoimoi.vn/a-1238587.html\n\nhttps://hanoimoi.vn/b-1247199.html\n", encoding="utf-8"
    )
    items = list(expand_inputs([folder, urls, "https://hanoimoi.vn/c-1250844.html"]))
    assert [i.kind for i in items] == ["text", "text", "text", "html", "url", "url", "url"]
    assert items[3].source.endswith("page.html")


def test_every_article_gives_one_line_and_failures_are_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, 20)
    (folder / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "page.html").write_bytes((FIXTURES / "pages" / "longform-1238587.html").read_bytes())
    (folder / "challenge.html").write_bytes((FIXTURES / "pages" / "challenge.html").read_bytes())
    out = tmp_path / "out.jsonl"
    stream = io.StringIO()
    summary = run_batch([folder], out, workers=2, progress_stream=stream)
    records = read_lines(out)
    assert len(records) == 24 == summary.done
    assert len({r["source"] for r in records}) == 24
    errors = Counter(r["error"]["type"] for r in records if "error" in r)
    assert errors == Counter({"encoding": 1, "empty_text": 1, "blocked": 1})
    assert summary.failed == errors
    page = next(r for r in records if r["source"].endswith("page.html"))
    assert page["article"]["article_id"] == "1238587"
    assert "[batch] 24/24 articles, 3 failed" in stream.getvalue()  # plain progress lines off a terminal


def test_ordered_results_from_python(tmp_path: Path) -> None:
    names = make_corpus(tmp_path / "in", 12)
    records = list(process([Item(n, "text") for n in names], workers=2, ordered=True))
    assert [r["source"] for r in records] == names
    amounts = [r["money"][-1]["amount"] for r in records]
    assert amounts == [int((i + 0.5) * 10**9) for i in range(12)]


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, 260)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "extractor", "batch", str(folder), "--out", str(out), "--workers", "1", "--quiet"]
    process_ = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 60:
            break
        time.sleep(0.05)
    process_.send_signal(signal.SIGKILL)
    process_.wait()
    partial = out.read_bytes().count(b"\n")
    assert 60 <= partial < 260
    # A kill can leave half a line: simulate the worst case as well.
    with open(out, "ab") as handle:
        handle.write(b'{"source": "half a li')
    resumed = subprocess.run([*command, "--resume"], capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    records = read_lines(out)
    sources = [r["source"] for r in records]
    assert len(sources) == 260 == len(set(sources))
    assert f"skipped as already done: {partial}" in resumed.stderr.decode()
    assert all("error" not in r for r in records)


def test_repair_output_cuts_a_partial_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"source": "a"}\n{"source": "b", "error": {"type": "read"}}\n{"sou')
    assert repair_output(out) == {"a": None, "b": "read"}
    assert out.read_bytes().endswith(b"}\n")


def test_resume_reconciles_the_state_with_the_output(tmp_path: Path) -> None:
    names = make_corpus(tmp_path / "in", 6)
    out = tmp_path / "out.jsonl"
    run_batch(names[:4], out, workers=1, quiet=True)
    # Lose the last line after it was marked done (a power cut before the disk had it).
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:3]), encoding="utf-8")
    summary = run_batch(names, out, resume=True, workers=1, quiet=True)
    assert summary.skipped == 3 and summary.done == 3
    assert sorted(r["source"] for r in read_lines(out)) == sorted(names)
    assert state_path(out).exists()


def test_dask_engine_gives_the_same_lines(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    names = make_corpus(tmp_path / "in", 8)
    local = run_batch(names, tmp_path / "local.jsonl", workers=1, quiet=True)
    dask = run_batch(names, tmp_path / "dask.jsonl", workers=2, engine="dask", quiet=True)
    assert local.done == dask.done == 8

    def lines(path: Path) -> list[str]:
        return sorted(path.read_text(encoding="utf-8").splitlines())

    assert lines(tmp_path / "local.jsonl") == lines(tmp_path / "dask.jsonl")


def test_csv_and_json_lines_agree(tmp_path: Path) -> None:
    names = make_corpus(tmp_path / "in", 6)
    out = tmp_path / "out.jsonl"
    run_batch([*names, str(tmp_path / "missing.txt")], out, workers=1, quiet=True)
    tables = export_tables(out, tmp_path / "tables")
    records = read_lines(out)

    def count(path: Path) -> int:
        with open(path, encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.DictReader(handle))

    assert count(tables["money"]) == sum(len(r.get("money", [])) for r in records)
    assert count(tables["percentages"]) == sum(len(r.get("percentages", [])) for r in records)
    assert count(tables["officials"]) == sum(len(r.get("officials", [])) for r in records)
    assert count(tables["positions"]) == sum(len(o["positions"]) for r in records for o in r.get("officials", []))
    assert count(tables["institutions"]) == sum(len(r.get("institutions", [])) for r in records)
    assert count(tables["errors"]) == 1
    assert count(tables["facts"]) == sum(len(r.get("money", [])) + len(r.get("percentages", [])) for r in records)
    with open(tables["facts"], encoding="utf-8", newline="") as handle:
        facts = list(csv.DictReader(handle))
    assert {f["role"] for f in facts} <= {"value", "change", "ratio", "share", "target", "price", "other"}
    assert any(f["measure"] and f["kind"] == "money" and f["unit"] == "VND" for f in facts)
    with open(tables["money"], encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["source"] == records[0]["source"]
    assert float(first["amount"]) == records[0]["money"][0]["amount"]


def test_parquet_tables(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    names = make_corpus(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    run_batch(names, out, workers=1, quiet=True)
    tables = export_tables(out, tmp_path / "pq", "parquet")
    assert pq.read_table(tables["money"]).num_rows == sum(len(r["money"]) for r in read_lines(out))


def test_cli_batch_with_csv(tmp_path: Path) -> None:
    names = make_corpus(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "extractor",
            "batch",
            *names,
            "--out",
            str(out),
            "--workers",
            "1",
            "--csv",
            str(tmp_path / "csv"),
        ],
        capture_output=True,
        timeout=120,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr
    assert "done: 4 (0 failed)" in result.stderr.decode()
    assert (tmp_path / "csv" / "money.csv").exists()


def test_cli_tables_command(tmp_path: Path) -> None:
    names = make_corpus(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    run_batch(names, out, workers=1, quiet=True)
    result = subprocess.run(
        [sys.executable, "-m", "extractor", "tables", str(out), "--out", str(tmp_path / "t")],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "t" / "percentages.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(r["percentages"]) for r in read_lines(out))
    assert {"source", "value", "context"} <= set(rows[0])


def test_articles_in_memory_and_resuming_from_your_own_script(tmp_path: Path) -> None:
    from extractor.runs.batch import done_sources

    text = TEXTS[0].read_text(encoding="utf-8")
    page = (FIXTURES / "pages" / "longform-1238587.html").read_bytes()
    items = [Item("db:1", "text", text), Item("db:2", "html", page), Item("db:3", "text", "")]
    records = list(process(items, workers=1, ordered=True))
    assert [r["source"] for r in records] == ["db:1", "db:2", "db:3"]
    assert records[1]["article"]["article_id"] == "1238587"
    assert records[2]["error"]["type"] == "empty_text"
    assert all(r["schema_version"] == "2.5" for r in records)  # error records too
    out = tmp_path / "mine.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:2]), encoding="utf-8")
    rest = list(process(items, workers=1, skip=done_sources(out)))
    assert [r["source"] for r in rest] == ["db:3"]


def test_discovery_spec_with_a_date_range(tmp_path: Path) -> None:
    from extractor.web.fetch import FetchConfig
    from tests.siteserver import SiteServer

    server = SiteServer().start()
    try:
        spec = f"sitemap:{server.url('/sitemap.xml')}#since=2026-08-23&until=2026-08-23"
        config = FetchConfig(rate_limit=0.0, retries=0, timeout=5, allow_private=True)
        summary = run_batch([spec], tmp_path / "out.jsonl", workers=1, quiet=True, fetch_config=config)
    finally:
        server.stop()
    records = read_lines(tmp_path / "out.jsonl")
    # Only the 23 August sitemap is read: its two articles (one re-listed without a date).
    assert summary.done == 2 and not summary.failed
    assert sorted(r["source"].rsplit("-", 1)[-1] for r in records) == ["1238587.html", "1247199.html"]
    assert "1266648" not in " ".join(r["source"] for r in records)  # listed on 24 August only


def test_parquet_column_types_do_not_depend_on_the_rows(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    whole = {"source": "a", "schema_version": "2.0", "officials": [], "institutions": [], "percentages": [],
             "entities": [], "warnings": [], "money": [{"amount": 15800000000, "amount_max": None, "currency": "VND",
             "qualifier": None, "per": None, "text": "15,8 tỷ đồng", "start": 0, "end": 12, "context": "x"}]}  # fmt: skip
    fraction = json.loads(json.dumps(whole))
    fraction["source"], fraction["money"][0]["amount"] = "b", 2.5
    types = []
    for record in (whole, fraction):
        out = tmp_path / f"{record['source']}.jsonl"
        out.write_text(json.dumps(record) + "\n", encoding="utf-8")
        table = pq.read_table(export_tables(out, tmp_path / record["source"], "parquet")["money"])
        types.append(table.schema.field("amount").type)
    assert types == [pa.float64(), pa.float64()]


def test_tables_carry_the_article_and_the_entities(tmp_path: Path) -> None:
    """A page's rows say which article they come from; entities have their own table."""
    page = {"source": "https://hanoimoi.vn/a-1.html", "schema_version": "2.0", "officials": [], "institutions": [],
            "percentages": [], "warnings": [],
            "article": {"url": "https://hanoimoi.vn/a-1.html?utm=x", "canonical_url": "https://hanoimoi.vn/a-1.html",
                        "article_id": "1", "title": "Phường Yên Sở thu ngân sách",
                        "published_at": "2026-01-05T08:00:00+07:00"},
            "entities": [{"label": "LOC", "text": "Yên Sở", "start": 6, "end": 12}],
            "money": [{"amount": 2.23, "amount_max": None, "amount_exact": "2.23", "amount_max_exact": None,
                       "currency": "USD", "qualifier": None, "per": None, "text": "2,23 USD", "start": 0, "end": 8,
                       "context": "x"}]}  # fmt: skip
    text = {**page, "source": "a.txt", "article": None}
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (page, text)), encoding="utf-8")
    tables = export_tables(out, tmp_path / "tables")
    with open(tables["money"], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["article_title"] == "Phường Yên Sở thu ngân sách"
    assert rows[0]["article_url"] == "https://hanoimoi.vn/a-1.html"  # the canonical one
    assert rows[0]["published_at"] == "2026-01-05T08:00:00+07:00" and rows[0]["amount_exact"] == "2.23"
    assert rows[1]["source"] == "a.txt" and rows[1]["article_title"] == ""  # a text has no page
    with open(tables["entities"], encoding="utf-8", newline="") as handle:
        entities = list(csv.DictReader(handle))
    assert [(e["source"], e["label"], e["text"]) for e in entities] == [
        ("https://hanoimoi.vn/a-1.html", "LOC", "Yên Sở"),
        ("a.txt", "LOC", "Yên Sở"),
    ]


def test_a_batch_reads_a_texts_sidecar(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Thu ngân sách phường Yên Sở đạt 15,8 tỷ đồng, bằng 106% dự toán năm.", encoding="utf-8"
    )
    (folder / "a.meta.json").write_text(
        json.dumps({"date": "2026-01-05T08:00:00+07:00", "title": "Thu ngân sách"}), encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, workers=1, quiet=True)
    [record] = read_lines(out)  # the sidecar is not an input of its own
    assert record["meta"] == {"url": None, "title": "Thu ngân sách", "published_at": "2026-01-05T08:00:00+07:00"}
