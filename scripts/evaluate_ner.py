#!/usr/bin/env python3
"""Score the pipeline's ``entities`` layer (PER, ORG, LOC) on the held-out VLSP 2018 part.

    python scripts/evaluate_ner.py              # the test part (index % 10 == 0), exact spans
    python scripts/evaluate_ner.py --part dev
    python scripts/evaluate_ner.py --cv 3       # out of fold: each fold read with its CV model

The split is the one ``scripts/train_ner.py`` uses (the gold-set articles left out). Each
article's plain text goes through ``extract_text`` as a user's would; a predicted entity
counts when its label and its exact character span equal a gold one (the VLSP convention:
outermost spans, titles outside PER).

``--cv K`` reads the models ``scripts/cv_ner.py --folds K`` left in ``build/cv/`` (recipe and
seed as given): each fold of the 765 training articles goes through the whole pipeline with
the model trained on the other folds. No rule was chosen on what this reads, so it is the
fairest figure of what the rules add to a model on text neither has seen (the CV models skip
pretraining and train fewer epochs, so the level is below the shipped model's).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed
sys.path.insert(0, str(ROOT / "scripts"))

from train_ner import DEFAULT_DATA, DEFAULT_GOLD, split  # noqa: E402
from vlsp_proxy import cv_readings, each_article  # noqa: E402

from devtools.vlsp import article_paths, parse_muc  # noqa: E402
from extractor import Pipeline  # noqa: E402

LABELS = ("PER", "ORG", "LOC")


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: dict[str, list[str]] = field(default_factory=lambda: {label: [] for label in LABELS})
    spurious: dict[str, list[str]] = field(default_factory=lambda: {label: [] for label in LABELS})

    def add(self, pipeline: Pipeline, path: Path) -> None:
        annotated = parse_muc(path.read_text(encoding="utf-8"))
        text = annotated.text
        # Gold spans over white space at their edges are trimmed, as the pipeline's are.
        gold = {
            (s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()), label)
            for s, e, label in annotated.entities
        }
        result = pipeline(text, require_vietnamese=False)
        predicted = {(e.start, e.end, e.label) for e in result.entities}
        for label in LABELS:
            g = {x for x in gold if x[2] == label}
            p = {x for x in predicted if x[2] == label}
            self.tp[label] += len(g & p)
            self.fp[label] += len(p - g)
            self.fn[label] += len(g - p)
            self.misses[label] += [text[s:e] for s, e, _ in sorted(g - p)]
            self.spurious[label] += [text[s:e] for s, e, _ in sorted(p - g)]

    def table(self) -> str:
        lines = [f"{'label':6} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>5} {'fp':>5} {'fn':>5}"]
        for label in (*LABELS, "all"):
            t = sum(self.tp.values()) if label == "all" else self.tp[label]
            f_p = sum(self.fp.values()) if label == "all" else self.fp[label]
            f_n = sum(self.fn.values()) if label == "all" else self.fn[label]
            precision = t / (t + f_p) if t + f_p else 1.0
            recall = t / (t + f_n) if t + f_n else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            lines.append(f"{label:6} {precision:6.3f} {recall:6.3f} {f1:6.3f}   {t:5d} {f_p:5d} {f_n:5d}")
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--part", choices=("test", "dev"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="show this many misses and spurious spans per label")
    parser.add_argument("--model", type=Path, help="a model directory from train_ner.py instead of the shipped one")
    parser.add_argument("--cv", type=int, metavar="K", help="out of fold, with the K fold models of cv_ner.py")
    parser.add_argument("--recipe", default="lexicon+AREA", help="the CV models' recipe (with --cv)")
    parser.add_argument("--seed", type=int, default=0, help="the CV models' seed (with --cv)")
    args = parser.parse_args(argv)

    gold_ids = {p.stem.removeprefix("vlsp18-") for p in args.gold.glob("vlsp18-*.txt")}
    score = Score()
    started = time.perf_counter()
    if args.cv:
        readings = cv_readings(args.data, gold_ids, args.cv, args.recipe, args.seed)
        if readings is None:
            return 1
        for pipeline, path in each_article(readings):
            score.add(pipeline, path)
        described = f"{sum(len(paths) for _, paths in readings)} articles, out of {args.cv} folds"
    else:
        pipeline = Pipeline.load(model_dir=args.model)
        paths = split(article_paths(args.data), gold_ids)[args.part]
        for path in paths:
            score.add(pipeline, path)
        described = f"{len(paths)} articles ({args.part})"
    seconds = time.perf_counter() - started

    print(score.table())
    print(f"\n{described} in {seconds:.1f} s")
    if args.errors:
        for label in LABELS:
            print(f"\n{label} missed:   ", score.misses[label][: args.errors])
            print(f"{label} spurious: ", score.spurious[label][: args.errors])
    return 0


if __name__ == "__main__":
    sys.exit(main())
