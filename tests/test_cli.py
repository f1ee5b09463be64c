"""The command line, run as a user runs it: a real process, real files, real exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import FIXTURES

SAMPLE = FIXTURES / "sample-yen-so.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "extractor", *args], input=stdin, capture_output=True, timeout=120)


def lines(process: subprocess.CompletedProcess[bytes]) -> list[dict]:
    return [json.loads(line) for line in process.stdout.decode("utf-8").splitlines()]


def test_text_file_gives_one_json_line_valid_against_the_schema() -> None:
    process = run("text", str(SAMPLE))
    assert process.returncode == 0, process.stderr
    [record] = lines(process)
    assert record["source"] == str(SAMPLE)
    assert record["schema_version"] == "1.0"
    schema = json.loads(run("schema").stdout)
    jsonschema.validate({k: v for k, v in record.items() if k != "source"}, schema)
    text = SAMPLE.read_text(encoding="utf-8")
    for item in record["percentages"] + record["money"] + record["entities"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert record["officials"][0]["name"] == "Nguyễn Minh Tâm"


def test_stdin() -> None:
    process = run("text", "-", stdin="Doanh thu đạt 15,8 tỷ đồng, tăng 12%.".encode())
    assert process.returncode == 0
    [record] = lines(process)
    assert record["source"] == "<stdin>"
    assert [m["amount"] for m in record["money"]] == [15800000000]


def test_bad_inputs_fail_alone(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Phường Yên Sở".encode("cp1258", errors="replace") + b"\xff\xfe")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    process = run("text", str(tmp_path / "missing.txt"), str(latin1), str(SAMPLE), str(empty))
    assert process.returncode == 1
    records = lines(process)
    assert [r["source"] for r in records] == [str(tmp_path / "missing.txt"), str(latin1), str(SAMPLE), str(empty)]
    assert [r.get("error", {}).get("type") for r in records] == ["read", "encoding", None, "empty_text"]
    stderr = process.stderr.decode("utf-8")
    assert "missing.txt" in stderr and "not UTF-8" in stderr and "empty" in stderr


def test_schema_command_prints_a_json_schema() -> None:
    process = run("schema")
    assert process.returncode == 0
    schema = json.loads(process.stdout)
    assert schema["title"] == "Extraction"
    assert {"officials", "institutions", "percentages", "money", "entities", "schema_version"} <= set(
        schema["properties"]
    )


@pytest.mark.parametrize("args", [(), ("text",)])
def test_usage_errors(args: tuple[str, ...]) -> None:
    assert run(*args).returncode == 2
