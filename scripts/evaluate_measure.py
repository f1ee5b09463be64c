#!/usr/bin/env python3
"""Score what each amount measures against ../shared/gold/measure (spec/measure-guide.md).

    python scripts/evaluate_measure.py                  # the table
    python scripts/evaluate_measure.py --part check     # only the articles rules were not read from
    python scripts/evaluate_measure.py --errors         # each disagreement, per article

Predicted items are aligned to gold items by field and text (the k-th occurrence of the same
text). ``role`` is accuracy over the gold items (an item not found counts as wrong); measure,
reference, period and holder are each F1 over non-null values, a value matching when its token
F1 with the gold phrase is at least 0.5 after the extraction guide's normalization.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed
from devtools.gold_split import select
from devtools.scoring import Score, aligned_items, token_f1
from extractor import Pipeline

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"
PHRASES = ("measure", "reference", "period", "holder")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--part", choices=("all", "tune", "check"), default="all")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--only", help="score only articles whose id contains this text")
    args = parser.parse_args(argv)

    files = select(sorted((args.gold / "measure").glob("*.json")), args.part)
    if args.only:
        files = [f for f in files if args.only in f.stem]
    if not files:
        print(f"no measure gold in {args.gold / 'measure'}", file=sys.stderr)
        return 2
    pipeline = Pipeline.load()
    key = pipeline.lexicons.keys.match_key
    scores = {name: Score() for name in PHRASES}
    roles = Counter()
    confusion: Counter = Counter()
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (args.gold / f"{path.stem}.txt").read_text(encoding="utf-8")
        result = pipeline(text)
        errors = []
        for g, p in aligned_items(gold["items"], {"percentages": result.percentages, "money": result.money}):
            roles["total"] += 1
            roles["aligned"] += p is not None
            found_role = p.role if p is not None else None
            roles["right"] += found_role == g["role"]
            confusion[(g["role"], found_role)] += 1
            if found_role != g["role"]:
                errors.append(f"role {g['text']!r}: gold {g['role']}, found {found_role}")
            for name in PHRASES:
                want, got = g.get(name), getattr(p, name) if p is not None else None
                score = scores[name]
                if want and got and token_f1(want, got, key) >= 0.5:
                    score.add(1, 0, 0)
                    continue
                score.add(0, 1 if got else 0, 1 if want else 0)
                if want or got:
                    errors.append(f"{name:9} {g['text']!r}: gold {want!r}, found {got!r}")
        if args.errors and errors:
            print(f"== {path.stem}")
            for line in errors:
                print("  " + line)
    print(f"{len(files)} articles, {roles['total']} items ({args.part}); {roles['aligned']} found and aligned")
    print(f"{'role (accuracy)':16} {roles['right'] / roles['total']:.3f}")
    for name in PHRASES:
        s = scores[name]
        print(f"{name:16} F1 {s.f1:.3f}  (P {s.precision:.3f}, R {s.recall:.3f}; tp {s.tp}, fp {s.fp}, fn {s.fn})")
    if args.errors:
        print("\nrole confusion (gold -> found: count)")
        for (want, got), count in confusion.most_common():
            if want != got:
                print(f"  {want} -> {got}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
