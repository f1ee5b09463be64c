#!/usr/bin/env python3
"""Score the extractor on the gold articles, as section 5 of the extraction guide says.

    python scripts/evaluate.py                 # the table: precision / recall / F1 per field
    python scripts/evaluate.py --errors        # and each missed / spurious item per article
    python scripts/evaluate.py --gold DIR --json scores.json

Fields: officials (names per article), positions ((name, position) pairs, the position
matching softly), institutions (strict and soft), percentages (multiset of value,
value_max), money (multiset of amount, amount_max, currency). Counts are summed over all
articles (micro average).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extractor import extract_text
from extractor.matching import match_key, soft_match
from extractor.models import Extraction

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleErrors:
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)


def _greedy(gold: list, predicted: list, same) -> tuple[int, list, list]:
    """Pair gold and predicted items one to one; return matches, unmatched gold, unmatched predicted."""
    left = list(predicted)
    missed = []
    tp = 0
    for g in gold:
        for k, p in enumerate(left):
            if same(g, p):
                tp += 1
                del left[k]
                break
        else:
            missed.append(g)
    return tp, missed, left


def _multiset(gold: list, predicted: list) -> tuple[int, list, list]:
    g, p = Counter(gold), Counter(predicted)
    common = g & p
    return sum(common.values()), list((g - common).elements()), list((p - common).elements())


def _num(value) -> float | None:
    return None if value is None else round(float(value), 6)


def score_article(gold: dict, result: Extraction, scores: dict[str, Score]) -> ArticleErrors:
    errors = ArticleErrors()

    def record(field_name: str, tp: int, missed: list, spurious: list) -> None:
        scores[field_name].add(tp, len(spurious), len(missed))
        if missed:
            errors.missed[field_name] = [str(m) for m in missed]
        if spurious:
            errors.spurious[field_name] = [str(s) for s in spurious]

    gold_names = [o["name"] for o in gold["officials"]]
    names = [o.name for o in result.officials]
    record("officials", *_greedy(gold_names, names, lambda a, b: match_key(a) == match_key(b)))

    gold_pairs = [(o["name"], p) for o in gold["officials"] for p in o["positions"]]
    pairs = [(o.name, p.phrase) for o in result.officials for p in o.positions]
    record(
        "positions",
        *_greedy(
            gold_pairs,
            pairs,
            lambda a, b: match_key(a[0]) == match_key(b[0]) and soft_match(a[1], b[1]),
        ),
    )

    institutions = [i.name for i in result.institutions]
    record(
        "institutions (strict)",
        *_greedy(gold["institutions"], institutions, lambda a, b: match_key(a) == match_key(b)),
    )
    record("institutions (soft)", *_greedy(gold["institutions"], institutions, soft_match))

    gold_pct = [(_num(p["value"]), _num(p.get("value_max"))) for p in gold["percentages"]]
    pct = [(_num(p.value), _num(p.value_max)) for p in result.percentages]
    record("percentages", *_multiset(gold_pct, pct))

    gold_money = [(_num(m["amount"]), _num(m.get("amount_max")), m["currency"]) for m in gold["money"]]
    money = [(_num(m.amount), _num(m.amount_max), m.currency) for m in result.money]
    record("money", *_multiset(gold_money, money))
    return errors


FIELDS = (
    "officials",
    "positions",
    "institutions (strict)",
    "institutions (soft)",
    "percentages",
    "money",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of ID.txt / ID.json pairs")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious items per article")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    parser.add_argument("--only", help="score only articles whose id contains this text")
    args = parser.parse_args(argv)

    gold_files = sorted(args.gold.glob("*.json"))
    if args.only:
        gold_files = [f for f in gold_files if args.only in f.stem]
    if not gold_files:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 2
    scores = {name: Score() for name in FIELDS}
    started = time.perf_counter()
    extract_text("Khởi động mô hình: UBND phường Yên Sở.", require_vietnamese=False)  # load once, untimed
    load_done = time.perf_counter()
    per_article: dict[str, ArticleErrors] = {}
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        per_article[path.stem] = score_article(gold, extract_text(text), scores)
    elapsed = time.perf_counter() - load_done

    if args.errors:
        for article, errors in per_article.items():
            if not errors.missed and not errors.spurious:
                continue
            print(f"== {article}")
            for field_name in FIELDS:
                for item in errors.missed.get(field_name, []):
                    print(f"  - missed   {field_name:22} {item}")
                for item in errors.spurious.get(field_name, []):
                    print(f"  + spurious {field_name:22} {item}")
        print()

    print(f"{'field':24} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}")
    for name in FIELDS:
        s = scores[name]
        print(f"{name:24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    print(
        f"\n{len(gold_files)} articles in {elapsed:.2f} s ({len(gold_files) / elapsed:.1f} articles/s; "
        f"model load {load_done - started:.2f} s)"
    )
    if args.json:
        payload = {
            name: {
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for name, s in scores.items()
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
