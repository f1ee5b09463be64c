#!/usr/bin/env python3
"""Score the extractor on the gold articles, as section 5 of the extraction guide says.

    python scripts/evaluate.py                 # the table: precision / recall / F1 per field
    python scripts/evaluate.py --errors        # and each missed / spurious item per article
    python scripts/evaluate.py --gold DIR --json scores.json
    python scripts/evaluate.py --part check    # only the articles rules were not read from

Fields: officials (names per article), positions ((name, position) pairs, the position
matching softly), institutions (strict and soft), percentages (multiset of value,
value_max), money (multiset of amount, amount_max, currency). Counts are summed over all
articles (micro average). Beside them, what each amount measures (role, measure, reference,
period, holder; spec/measure-guide.md) for the articles with answers in gold/measure/.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed
from devtools.gold_split import NEW_FAMILIES, family, select
from devtools.scoring import FIELDS, ArticleErrors, MeasureTally, QualifierTally, Score, score_article
from extractor import Pipeline

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of ID.txt / ID.json pairs")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious items per article")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    parser.add_argument("--only", help="score only articles whose id contains this text")
    parser.add_argument(
        "--part",
        choices=("all", "tune", "check"),
        default="all",
        help="tune: the articles errors may be read from; check: only measured (devtools/gold_split.py)",
    )
    parser.add_argument("--model", type=Path, help="a model directory from train_ner.py instead of the shipped one")
    parser.add_argument(
        "--ignore-fingerprint",
        action="store_true",
        help="load a model trained with other word lists (while the lists change, before retraining)",
    )
    args = parser.parse_args(argv)

    gold_files = select(sorted(args.gold.glob("*.json")), args.part)
    if args.only:
        gold_files = [f for f in gold_files if args.only in f.stem]
    if not gold_files:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 2
    scores = {name: Score() for name in FIELDS}
    qualifiers = QualifierTally()
    family_scores: dict[str, dict[str, Score]] = {}
    started = time.perf_counter()
    pipeline = Pipeline.load(model_dir=args.model, check_fingerprint=not args.ignore_fingerprint)
    pipeline("Khởi động mô hình: UBND phường Yên Sở.", require_vietnamese=False)  # load once, untimed
    load_done = time.perf_counter()
    per_article: dict[str, ArticleErrors] = {}
    measures = MeasureTally()  # what amounts measure, for the articles with answers in gold/measure/
    measured_articles = 0
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        result = pipeline(text)
        per_article[path.stem] = score_article(gold, result, scores, pipeline.lexicons.keys, qualifiers)
        measure_gold = path.parent / "measure" / path.name
        if measure_gold.exists():
            items = json.loads(measure_gold.read_text(encoding="utf-8"))["items"]
            measures.add_article(items, result, pipeline.lexicons.keys.match_key)
            measured_articles += 1
        if family(path.stem) in NEW_FAMILIES:
            group = family_scores.setdefault(family(path.stem), {name: Score() for name in FIELDS})
            score_article(gold, result, group, pipeline.lexicons.keys)
    elapsed = time.perf_counter() - load_done

    if args.errors:
        for article, errors in per_article.items():
            if not errors.missed and not errors.spurious:
                continue
            print(f"== {article}")
            for field_name in (*FIELDS, "qualifiers"):
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
        f"{'qualifiers (accuracy)':24} {qualifiers.accuracy:6.3f}   {qualifiers.correct} of {qualifiers.total} gold "
        f"items that carry one; {qualifiers.extra} found where gold has none"
    )
    if measured_articles:
        # (scripts/evaluate_measure.py splits the 43 measured articles into halves of their own)
        print(f"\nWhat amounts measure ({measured_articles} of these articles have answers in gold/measure/)")
        print("\n".join(measures.lines()))
    if family_scores:
        print(f"\nF1 per family of 2024-26 news ({args.part})")
        print(f"{'field':24} " + " ".join(f"{name:>6}" for name in family_scores))
        for name in FIELDS:
            print(f"{name:24} " + " ".join(f"{group[name].f1:6.3f}" for group in family_scores.values()))
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
        payload["qualifiers"] = {
            "accuracy": qualifiers.accuracy,
            "correct": qualifiers.correct,
            "total": qualifiers.total,
            "extra": qualifiers.extra,
        }
        if measured_articles:
            payload["measures"] = {
                "articles": measured_articles,
                "role_accuracy": measures.role_accuracy,
                **{name: {"f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn} for name, s in measures.phrases.items()},
            }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
