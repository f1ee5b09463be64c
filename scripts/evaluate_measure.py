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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed
from devtools.gold_split import select
from devtools.scoring import MeasureTally
from extractor import Pipeline

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--part", choices=("all", "tune", "check"), default="all")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--only", help="score only articles whose id contains this text")
    args = parser.parse_args(argv)

    # the halves of the whole gold set (devtools/gold_split.py), not drawn anew over these files
    gold_ids = [path.stem for path in args.gold.glob("*.json")]
    files = select(sorted((args.gold / "measure").glob("*.json")), args.part, gold_ids)
    if args.only:
        files = [f for f in files if args.only in f.stem]
    if not files:
        print(f"no measure gold in {args.gold / 'measure'}", file=sys.stderr)
        return 2
    pipeline = Pipeline.load()
    tally = MeasureTally()
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (args.gold / f"{path.stem}.txt").read_text(encoding="utf-8")
        errors = tally.add_article(gold["items"], pipeline(text), pipeline.lexicons.keys.match_key)
        if args.errors and errors:
            print(f"== {path.stem}")
            for line in errors:
                print("  " + line)
    print(
        f"{len(files)} articles, {tally.roles['total']} items ({args.part}); {tally.roles['aligned']} found and aligned"
    )
    print("\n".join(tally.lines()))
    if args.errors:
        print("\nrole confusion (gold -> found: count)")
        for (want, got), count in tally.confusion.most_common():
            if want != got:
                print(f"  {want} -> {got}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
