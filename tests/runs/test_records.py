"""Every line the CLI and batch runs write validates against `vn-extract schema` (the line
contract), and the schema is strict: required fields, nothing unknown, no empty object."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from extractor.cli import main as cli_main
from extractor.runs.batch import run_batch
from extractor.runs.records import line_schema
from tests.conftest import FIXTURES


def _validator() -> jsonschema.Draft202012Validator:
    result = CliRunner().invoke(cli_main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == line_schema()
    return jsonschema.Draft202012Validator(schema)


def test_cli_lines_validate(tmp_path: Path) -> None:
    validator = _validator()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    runner = CliRunner()
    lines = []
    for args in (
        ["text", str(FIXTURES / "sample-yen-so.txt"), str(empty)],
        ["html", str(FIXTURES / "pages" / "longform-1238587.html"), str(FIXTURES / "pages" / "challenge.html")],
    ):
        result = runner.invoke(cli_main, args)
        lines += [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert any("error" in line for line in lines) and any("officials" in line for line in lines)
    for line in lines:
        validator.validate(line)


def test_batch_lines_validate(tmp_path: Path) -> None:
    validator = _validator()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((FIXTURES / "sample-yen-so.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\xff not utf-8")
    (folder / "c.html").write_bytes((FIXTURES / "pages" / "longform-1238587.html").read_bytes())
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, workers=1, quiet=True)
    for line in out.read_text(encoding="utf-8").splitlines():
        validator.validate(json.loads(line))


def test_the_schema_rejects_what_is_not_a_line() -> None:
    validator = _validator()
    assert not validator.is_valid({})
    assert not validator.is_valid({"source": "x", "error": {"type": "read", "message": "m"}, "extra": 1})
    assert not validator.is_valid({"source": "x", "officials": []})  # a result needs all its fields


def test_a_json_line_is_one_line_whatever_its_strings_hold() -> None:
    """U+0085, U+2028 and U+2029 end lines for str.splitlines(); a lone surrogate cannot be UTF-8."""
    from extractor.runs.records import json_line

    record = {"source": "a\x85b\u2028c\u2029d\udc80.txt", "note": "Phường Yên Sở\n"}
    line = json_line(record)
    assert len(line.splitlines()) == 1
    line.encode("utf-8")  # does not raise
    assert json.loads(line) == record
