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
    assert record["schema_version"] == "2.5"
    schema = json.loads(run("schema").stdout)
    jsonschema.validate(record, schema)  # the whole line, source included
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
    assert schema["title"] == "OutputLine"
    result = schema["$defs"]["ResultLine"]
    expected = {"source", "officials", "institutions", "percentages", "money", "entities", "schema_version"}
    assert expected <= set(result["properties"]) and expected <= set(result["required"])
    assert set(schema["$defs"]["ErrorLine"]["required"]) == {"source", "schema_version", "error"}


@pytest.mark.parametrize("args", [(), ("text",)])
def test_usage_errors(args: tuple[str, ...]) -> None:
    assert run(*args).returncode == 2


# --- pages, fetching, discovery --------------------------------------------------------------

PAGES = FIXTURES / "pages"


@pytest.fixture(scope="module")
def site():
    from tests.siteserver import SiteServer

    server = SiteServer().start()
    yield server
    server.stop()


def test_html_command() -> None:
    process = run(
        "html", str(PAGES / "longform-1238587.html"), str(PAGES / "challenge.html"), str(PAGES / "listing-kinh-te.html")
    )
    assert process.returncode == 1
    good, blocked, listing = lines(process)
    assert good["article"]["article_id"] == "1238587"
    assert good["article"]["published_at"] == "2026-08-24T09:05:00+07:00"
    assert [o["name"] for o in good["officials"]] == ["Đỗ Văn Lợi", "Lê Thị Hoa"]
    text = good["article"]["text"]
    for item in good["entities"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert blocked["error"]["type"] == "blocked"
    assert listing["error"]["type"] == "not_an_article"


def test_html_command_with_url() -> None:
    process = run("html", str(PAGES / "generic-1266648.html"), "--url", "https://hanoimoi.vn/bao-so-4-1266648.html")
    assert process.returncode == 0
    [record] = lines(process)
    assert record["article"]["article_id"] == "1266648"
    assert record["article"]["template"] == "generic"


def test_fetch_command(site) -> None:
    urls = [
        site.url("/xa-phu-xuyen-tang-cuong-ung-truc-chu-dong-phong-ngua-ngap-ung-1238587.html"),
        site.url("/forbidden-1000013.html"),
        site.url("/does-not-exist-1000096.html"),
    ]
    process = run("fetch", *urls, "--rate-limit", "0", "--retries", "0", "--timeout", "5", "--allow-private")
    assert process.returncode == 1
    records = lines(process)
    assert [r["source"] for r in records] == urls
    assert records[0]["article"]["title"].startswith("Xã Phú Xuyên")
    assert [r.get("error", {}).get("type") for r in records] == [None, "blocked", "http_status"]


def test_discover_command(site) -> None:
    process = run("discover", "--sitemap", site.url("/sitemap.xml"), "--rate-limit", "0", "--allow-private")
    assert process.returncode == 0
    urls = process.stdout.decode().split()
    assert [u.rsplit("-", 1)[-1] for u in urls] == ["1238587.html", "1266648.html", "1247199.html"]
    assert run("discover", "--rate-limit", "0").returncode == 2  # no source given


def test_a_text_over_the_size_limit_is_a_typed_error_record(tmp_path) -> None:
    import json as json_

    from click.testing import CliRunner

    from extractor.cli import main as cli_main

    article = tmp_path / "long.txt"
    article.write_text("Thu ngân sách phường Yên Sở đạt 15,8 tỷ đồng, bằng 106% dự toán.\n", encoding="utf-8")
    result = CliRunner().invoke(cli_main, ["text", str(article), "--max-chars", "20"])
    assert result.exit_code == 1
    record = json_.loads(result.stdout.strip().splitlines()[-1])
    assert record["error"]["type"] == "text_too_large"
    assert CliRunner().invoke(cli_main, ["text", str(article)]).exit_code == 0


def test_out_file_pretty_and_errors_named_once(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from extractor.cli import main as cli_main

    out = tmp_path / "out.json"
    out.write_text("earlier\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli_main, ["text", str(SAMPLE), str(missing), "--out", str(out), "--pretty"])
    assert result.exit_code == 1
    decoder = json.JSONDecoder()
    text, records, position = out.read_text(encoding="utf-8"), [], 0
    while position < len(text.rstrip()):
        record, position = decoder.raw_decode(text, position)
        records.append(record)
        position += 1
    assert [r["source"] for r in records] == [str(SAMPLE), str(missing)]
    assert text.startswith("{\n  ")  # indented
    assert result.stderr.count(str(missing)) == 1  # the message names its source once
    assert not (tmp_path / "out.json.tmp").exists()


def test_verbose_logs_to_standard_error() -> None:
    process = run("-v", "text", str(SAMPLE))
    assert process.returncode == 0
    assert "pipeline loaded in" in process.stderr.decode()
    assert "pipeline loaded in" not in run("text", str(SAMPLE)).stderr.decode()
