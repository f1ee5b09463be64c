"""The review page: every item highlighted once at its offsets, overlaps readable, text escaped."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from bs4 import BeautifulSoup

from extractor.pipeline import default_pipeline
from extractor.review.inputs import from_lines
from extractor.review.render import Mark, _assign_lanes, marks_of, pieces_of, render_page
from extractor.runs.records import result_record
from tests.conftest import FIXTURES, SHARED_GOLD

SAMPLE = FIXTURES / "sample-yen-so.txt"


def _render(text: str, source: str = "a.txt") -> tuple[dict, BeautifulSoup]:
    record = result_record(source, default_pipeline()(text, require_vietnamese=False))
    return record, BeautifulSoup(render_page(text, record), "html.parser")


def _highlighted(soup: BeautifulSoup, ref: str) -> str:
    """The text of every piece an item covers, joined (the bars hold no text)."""
    return "".join(piece.get_text() for piece in soup.select(f'.pc[data-refs~="{ref}"]'))


def test_every_item_of_the_sample_is_highlighted_at_its_offsets() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    record, soup = _render(text)
    marks = marks_of(record)
    assert len(marks) > 50
    for mark in marks:
        assert _highlighted(soup, mark.ref) == text[mark.start : mark.end], mark
    # the article reads the same once the highlights are taken away (lxml keeps every newline)
    page = lxml.html.fromstring(render_page(text, record))
    assert page.xpath("//article[@class='text']")[0].text_content() == text


@pytest.mark.skipif(not (SHARED_GOLD / "seed-yen-so.json").exists(), reason="../shared/gold is not beside the checkout")
def test_every_gold_item_of_the_seed_is_highlighted_exactly_once() -> None:
    gold = json.loads((SHARED_GOLD / "seed-yen-so.json").read_text(encoding="utf-8"))
    text = (SHARED_GOLD / "seed-yen-so.txt").read_text(encoding="utf-8")
    record, soup = _render(text)
    for kind, prefix in (("money", "m"), ("percentages", "c")):
        found = Counter(_highlighted(soup, f"{prefix}{i}") for i in range(len(record[kind])))
        wanted = Counter(item["text"] for item in gold[kind])
        assert found == wanted, kind  # each gold item once, nothing else
    officials = [row.select_one("td").get_text() for row in soup.select("aside section:nth-of-type(1) tbody tr")]
    assert officials == [o["name"] for o in gold["officials"]]
    mentions = {_highlighted(soup, m.ref) for m in marks_of(record) if m.kind == "official"}
    assert {o["name"] for o in gold["officials"]} <= mentions
    institutions = Counter(
        row.select_one("td").get_text() for row in soup.select("aside section:nth-of-type(2) tbody tr")
    )
    assert all(institutions[name] == 1 for name in gold["institutions"]), institutions


def test_hostile_text_is_shown_as_text() -> None:
    text = (
        "Phường Yên Sở thu ngân sách đạt 15,8 tỷ đồng. <script>alert('x')</script> "
        '<img src=x onerror="alert(1)"> Chủ tịch UBND phường Yên Sở Nguyễn Văn A "nói" & cười.'
    )
    _, soup = _render(text, source='<b onmouseover="x">a.txt</b>')
    scripts = soup.find_all("script")
    assert len(scripts) == 1 and "reviewFlash" in scripts[0].get_text()  # only the page's own
    assert not soup.find_all("img") and not soup.find_all(attrs={"onerror": True})
    assert not soup.find_all("b", attrs={"onmouseover": True})
    assert "<script>alert('x')</script>" in soup.select_one("article.text").get_text()


def test_overlapping_items_get_their_own_lanes() -> None:
    text = "Chủ tịch UBND phường Yên Sở Nguyễn Văn A"
    marks = [
        Mark("p", "position", 0, 27, "position"),
        Mark("i", "institution", 9, 27, "institution"),
        Mark("e1", "ORG", 9, 27, "ORG"),
        Mark("e2", "LOC", 14, 27, "LOC"),
        Mark("o", "official", 28, 40, "official"),
    ]
    lanes = _assign_lanes(marks)
    assert lanes == 4
    over_yen_so = [m for m in marks if m.start <= 22 < m.end]
    assert len({m.lane for m in over_yen_so}) == len(over_yen_so)  # no two bars on one line
    pieces = pieces_of(text, marks)
    assert "".join(p.text for p in pieces) == text
    assert {m.ref for m in next(p for p in pieces if "Sở" in p.text).marks} == {"p", "i", "e1", "e2"}


def test_render_command_writes_pages_and_reads_json_lines(tmp_path: Path) -> None:
    page = FIXTURES / "pages" / "longform-1238587.html"
    text_file = tmp_path / "bai-viet.txt"
    text_file.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    lines = tmp_path / "out.jsonl"
    run = [sys.executable, "-m", "extractor"]
    subprocess.run([*run, "text", str(text_file), "--out", str(lines)], check=True, capture_output=True, timeout=120)
    subprocess.run([*run, "html", str(page)], check=True, capture_output=True, timeout=120)
    with open(lines, "a", encoding="utf-8") as handle:
        handle.write(subprocess.run([*run, "html", str(page)], capture_output=True, timeout=120, text=True).stdout)
        handle.write('{"source": "gone.txt", "schema_version": "2.0", "officials": [], "institutions": [], '
                     '"percentages": [], "money": [], "entities": [], "warnings": []}\n')  # fmt: skip
    out = tmp_path / "review"
    done = subprocess.run(
        [*run, "render", str(lines), str(page), "--out", str(out)], capture_output=True, timeout=120, text=True
    )
    assert done.returncode == 1  # gone.txt cannot be reviewed: said on standard error, the rest written
    assert "gone.txt: read:" in done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "bai-viet.html",
        "longform-1238587-2.html",
        "longform-1238587.html",
    ]
    reviewed = BeautifulSoup((out / "bai-viet.html").read_text(encoding="utf-8"), "lxml")
    assert reviewed.select(".pc.has-money") and "Nguyễn Minh Tâm" in reviewed.select_one("aside").get_text()
    page_review = BeautifulSoup((out / "longform-1238587.html").read_text(encoding="utf-8"), "lxml")
    assert page_review.select_one("header.meta h1").get_text().startswith("Xã Phú Xuyên")


def test_a_changed_source_is_not_reviewed_against_old_offsets(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán.", encoding="utf-8")
    record = result_record(
        str(source), default_pipeline()(source.read_text(encoding="utf-8"), require_vietnamese=False)
    )
    lines = tmp_path / "out.jsonl"
    lines.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [(_, text, same)] = list(from_lines(str(lines)))
    assert text is not None and "error" not in same
    source.write_text("Mở đầu mới. " + source.read_text(encoding="utf-8"), encoding="utf-8")
    [(_, text, changed)] = list(from_lines(str(lines)))
    assert text is None and changed["error"]["type"] == "read" and "changed" in changed["error"]["message"]
