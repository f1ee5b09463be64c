"""Identity across articles, scored on the invented identity set (fixtures/identity) the way
scripts/evaluate_identity.py scores it, and the pair scoring itself."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extractor.pipeline import default_pipeline
from extractor.registry import Registry
from extractor.runs.records import sidecar_meta, text_record

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from devtools.identity import assigned_people, read_key, score  # noqa: E402

IDENTITY = ROOT / "fixtures" / "identity"


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    registry = Registry.open(tmp_path_factory.mktemp("identity") / "r.sqlite")
    for path in sorted(IDENTITY.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        registry.add(text_record(default_pipeline(), path.stem, text, meta=sidecar_meta(str(path))))
    yield registry
    registry.close()


def test_the_invented_set_keeps_namesakes_apart_and_joins_each_person(invented: Registry) -> None:
    key = read_key(IDENTITY / "people.tsv")
    result = score(key, assigned_people(invented.person, (name for _, name in key)))
    assert result.false_merges == []
    assert result.missed == []
    assert result.true_pairs == 11


def test_each_join_says_why(invented: Registry) -> None:
    whys = {(e.source, e.why) for post in invented.person("Lưu Văn Khang") for e in post.evidence}
    assert ("16", "the first article naming this person") in whys
    assert ("17", "the same title (nguyên tổng giám đốc) in two articles that both name Mai Thị Hồng") in whys
    assert any(source == "18" and why.startswith("a new person") for source, why in whys)
    ha = {e.source: e.why for post in invented.person("Trịnh Thu Hà") for e in post.evidence}
    assert ha["08"] == "the same organization: ủy ban nhân dân phường kim liên"


def test_a_post_that_changed_keeps_both_with_their_dates(invented: Registry) -> None:
    posts = {p.title: (p.first_seen, p.last_seen) for p in invented.person("Trịnh Thu Hà")}
    assert posts == {
        "Phó Chủ tịch": ("2025-05-19T00:00:00", "2025-05-19T00:00:00"),
        "Chủ tịch": ("2026-02-25T00:00:00", "2026-02-25T00:00:00"),
    }


@pytest.mark.parametrize(
    ("assigned", "precision", "recall"),
    [
        ({("1", "A"): 1, ("2", "A"): 1, ("3", "A"): 2}, 1.0, 1.0),  # right
        ({("1", "A"): 1, ("2", "A"): 1, ("3", "A"): 1}, 1 / 3, 1.0),  # the namesake merged in
        ({("1", "A"): 1, ("2", "A"): 2, ("3", "A"): 3}, 1.0, 0.0),  # nothing merged
        ({("1", "A"): 1, ("3", "A"): 1}, 0.0, 0.0),  # one mention not found, the namesake merged
    ],
)
def test_pair_scoring(assigned: dict, precision: float, recall: float) -> None:
    key = {("1", "A"): "a", ("2", "A"): "a", ("3", "A"): "b"}
    result = score(key, assigned)
    assert (result.precision, result.recall) == pytest.approx((precision, recall))
