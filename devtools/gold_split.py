"""Which gold articles rules may be read from (tuning) and which only measure (checking).

Issue #12: a rule stays only if it helps the part it was not written from. The 21 older
articles (the seed, Hanoi Moi 2018, VLSP 2018 news) were read while the first rules were
written, so they are tuning articles. The 39 articles of 2024-26 news are split within each
family (`hn26`, `prov`, `econ`, `natl`): sorted by id, every other article goes to checking.
The split is a rule, not a list, so a new gold article falls into a part without an edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

NEW_FAMILIES = ("hn26", "prov", "econ", "natl")
Part = Literal["all", "tune", "check"]


def family(article_id: str) -> str:
    return article_id.split("-", 1)[0]


def checking_ids(article_ids: Iterable[str]) -> set[str]:
    """Every second article (by sorted id, starting with the second) of each new family."""
    by_family: dict[str, list[str]] = {}
    for article_id in sorted(article_ids):
        if family(article_id) in NEW_FAMILIES:
            by_family.setdefault(family(article_id), []).append(article_id)
    return {article_id for ids in by_family.values() for article_id in ids[1::2]}


def select(paths: list[Path], part: Part, gold_ids: Iterable[str] | None = None) -> list[Path]:
    """The paths of one part. The split is drawn over ``gold_ids``, the whole gold set's
    article ids, when ``paths`` are only some of them (the articles with answers in
    gold/measure/): drawn over the subset alone, every other article would be another one."""
    if part == "all":
        return paths
    checking = checking_ids(gold_ids if gold_ids is not None else (p.stem for p in paths))
    return [p for p in paths if (p.stem in checking) == (part == "check")]
