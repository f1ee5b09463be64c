#!/usr/bin/env python3
"""Score the pipeline's ``entities`` layer (PER, ORG, LOC) on the held-out VLSP 2018 part.

    python scripts/evaluate_ner.py              # the test part (index % 10 == 0), exact spans
    python scripts/evaluate_ner.py --part dev

The split is the one ``scripts/train_ner.py`` uses (the gold-set articles left out). Each
article's plain text goes through ``extract_text`` as a user's would; a predicted entity
counts when its label and its exact character span equal a gold one (the VLSP convention:
outermost spans, titles outside PER).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed
sys.path.insert(0, str(ROOT / "scripts"))

from train_ner import DEFAULT_DATA, DEFAULT_GOLD, split  # noqa: E402

from devtools.vlsp import article_paths, parse_muc  # noqa: E402
from extractor import Pipeline  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--part", choices=("test", "dev"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="show this many misses and spurious spans per label")
    parser.add_argument("--model", type=Path, help="a model directory from train_ner.py instead of the shipped one")
    args = parser.parse_args(argv)
    pipeline = Pipeline.load(model_dir=args.model)

    gold_ids = {p.stem.removeprefix("vlsp18-") for p in args.gold.glob("vlsp18-*.txt")}
    paths = split(article_paths(args.data), gold_ids)[args.part]
    tp, fp, fn = Counter(), Counter(), Counter()
    misses: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
    spurious: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
    started = time.perf_counter()
    for path in paths:
        annotated = parse_muc(path.read_text(encoding="utf-8"))
        text = annotated.text
        gold = {(s, e, label) for s, e, label in annotated.entities}
        # Gold spans over white space at their edges are trimmed, as the pipeline's are.
        gold = {
            (s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()), label)
            for s, e, label in gold
        }
        result = pipeline(text, require_vietnamese=False)
        predicted = {(e.start, e.end, e.label) for e in result.entities}
        for label in ("PER", "ORG", "LOC"):
            g = {x for x in gold if x[2] == label}
            p = {x for x in predicted if x[2] == label}
            tp[label] += len(g & p)
            fp[label] += len(p - g)
            fn[label] += len(g - p)
            misses[label] += [text[s:e] for s, e, _ in sorted(g - p)]
            spurious[label] += [text[s:e] for s, e, _ in sorted(p - g)]
    seconds = time.perf_counter() - started

    print(f"{'label':6} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>5} {'fp':>5} {'fn':>5}")
    for label in ("PER", "ORG", "LOC", "all"):
        t = sum(tp.values()) if label == "all" else tp[label]
        f_p = sum(fp.values()) if label == "all" else fp[label]
        f_n = sum(fn.values()) if label == "all" else fn[label]
        precision = t / (t + f_p) if t + f_p else 1.0
        recall = t / (t + f_n) if t + f_n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:6} {precision:6.3f} {recall:6.3f} {f1:6.3f}   {t:5d} {f_p:5d} {f_n:5d}")
    print(f"\n{len(paths)} articles ({args.part}) in {seconds:.1f} s")
    if args.errors:
        for label in ("PER", "ORG", "LOC"):
            print(f"\n{label} missed:   ", misses[label][: args.errors])
            print(f"{label} spurious: ", spurious[label][: args.errors])
    return 0


if __name__ == "__main__":
    sys.exit(main())
