"""Batch runs never lose output (issue #15): an existing output is refused or kept, one run at
a time holds an output, failed items can be retried, odd inputs become their error records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.errors import BatchError, InvalidURLError
from extractor.runs.batch import _exclusive, run_batch
from tests.runs.test_batch import make_corpus, read_lines


def _batch_command(*inputs: Path, out: Path, workers: int) -> list[str]:
    """The command line of a quiet batch run, as a user would type it."""
    return [
        sys.executable,
        "-m",
        "extractor",
        "batch",
        *map(str, inputs),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--quiet",
    ]


def test_an_existing_output_is_refused_then_kept_on_overwrite(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, 2)
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": "earlier run"}\n', encoding="utf-8")
    with pytest.raises(BatchError, match="--resume"):
        run_batch([folder], out, workers=1, quiet=True)
    assert out.read_text(encoding="utf-8") == '{"source": "earlier run"}\n'
    with pytest.raises(InvalidURLError):  # a bad input spec fails before the old output is touched
        run_batch(["sitemap:not a url"], out, overwrite=True, workers=1, quiet=True)
    assert out.read_text(encoding="utf-8") == '{"source": "earlier run"}\n'
    summary = run_batch([folder], out, overwrite=True, workers=1, quiet=True)
    assert summary.done == 2 and len(read_lines(out)) == 2
    assert (tmp_path / "out.jsonl.previous").read_text(encoding="utf-8") == '{"source": "earlier run"}\n'


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with _exclusive(out), pytest.raises(BatchError, match="another batch run"):
        run_batch([tmp_path], out, workers=1, quiet=True)


def test_failed_items_are_retried_once_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, 2)
    broken = folder / "late.txt"
    broken.write_bytes(b"\xff not utf-8")
    out = tmp_path / "out.jsonl"
    first = run_batch([folder], out, workers=1, quiet=True)
    assert sum(first.failed.values()) == 1
    broken.write_text("Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm 2025.", encoding="utf-8")
    again = run_batch([folder], out, resume=True, retry_failed=True, workers=1, quiet=True)
    assert again.done == 1 and not again.failed
    records = read_lines(out)
    assert len(records) == 3 and len({r["source"] for r in records}) == 3
    assert not any("error" in r for r in records)


def test_odd_inputs_become_error_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # would block a plain read for ever
    odd = os.fsencode(str(folder)) + b"/caf\xe9.txt"  # a file name that is not UTF-8
    with open(odd, "wb") as handle:
        handle.write("Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm 2025.".encode())
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, workers=1, quiet=True)
    assert summary.done == 2
    lines = out.read_bytes().decode("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    pipe = next(r for r in records if r["source"].endswith("pipe.txt"))
    assert pipe["error"]["type"] == "read" and "regular file" in pipe["error"]["message"]
    assert any(r.get("money") for r in records)


def test_exit_status_and_summary_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, 1)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"

    def batch(*args: str, workers: int = 1) -> subprocess.CompletedProcess:
        command = _batch_command(out=out, workers=workers)
        command[4:4] = args  # the inputs and options go before --out
        return subprocess.run(command, capture_output=True, text=True, timeout=180)

    failed = batch(str(folder), "--summary", str(tmp_path / "summary.json"))
    assert failed.returncode == 1, failed.stderr  # one item failed
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["done"] == 2 and summary["failed_by_type"] == {"empty_text": 1}
    refused = batch(str(folder))
    assert refused.returncode == 2 and "--resume" in refused.stderr
    nothing = batch(str(tmp_path / "no-such-folder-here"), "--overwrite")
    assert nothing.returncode == 1
    no_workers = batch(str(folder), "--overwrite", workers=0)  # refused for the count, not for the output
    assert no_workers.returncode == 2 and "--workers" in no_workers.stderr
    assert "--resume" not in no_workers.stderr


def test_workers_end_when_the_batch_process_is_killed(tmp_path: Path) -> None:
    import signal
    import time

    folder = tmp_path / "in"
    make_corpus(folder, 40)
    out = tmp_path / "out.jsonl"
    parent = subprocess.Popen(
        _batch_command(folder, out=out, workers=2), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )

    def children() -> list[int]:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == parent.pid:
                    found.append(int(entry.name))
        return found

    deadline = time.monotonic() + 90
    while len(children()) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = children()
    assert len(workers) >= 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.2)
    alive = []
    for pid in workers:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    assert not alive, f"workers still running after their parent was killed: {alive}"


def test_ctrl_c_prints_what_is_left_and_how_to_go_on(tmp_path: Path) -> None:
    import signal
    import time

    folder = tmp_path / "in"
    make_corpus(folder, 300)
    out = tmp_path / "out.jsonl"
    # A shell without job control starts background commands with SIGINT ignored, and a child
    # inherits that (Python then installs no KeyboardInterrupt handler): give the run the default
    # disposition a terminal's Ctrl-C meets, however the test runner itself was started.
    process = subprocess.Popen(
        _batch_command(folder, out=out, workers=1),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "left; go on with the same command and --resume" in stderr
    written = len(read_lines(out))
    assert 0 < written < 300


def test_an_item_over_its_deadline_is_a_timeout_line_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    import time

    from extractor.runs import batch

    real = batch.process_item

    def slow_for_one(item, payload=None, model_dir=None, *, require_vietnamese=True):
        if item.source.endswith("article-0001.txt"):
            time.sleep(5)
        return real(item, payload, model_dir, require_vietnamese=require_vietnamese)

    monkeypatch.setattr(batch, "process_item", slow_for_one)
    folder = tmp_path / "in"
    make_corpus(folder, 3)
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, workers=1, quiet=True, item_deadline=1.0)
    records = {Path(r["source"]).name: r for r in read_lines(out)}
    assert records["article-0001.txt"]["error"]["type"] == "timeout"
    assert "officials" in records["article-0002.txt"]
    assert summary.failed == {"timeout": 1}


def test_english_texts_are_read_with_allow_non_vietnamese(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "en.txt").write_text("The city budget rose 12% to 5 billion dong this year. " * 5, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, workers=1, quiet=True)
    assert read_lines(out)[0]["error"]["type"] == "not_vietnamese"
    run_batch([folder], out, workers=1, quiet=True, overwrite=True, require_vietnamese=False)
    assert [p["value"] for p in read_lines(out)[0]["percentages"]] == [12.0] * 5
