"""What the two VLSP proxies for unseen text share (scripts/evaluate_institutions_vlsp.py,
scripts/evaluate_officials_vlsp.py): their arguments, the pipeline they load and the articles
of the part they read (the split of ``train_ner.py``, so the NER's held-out parts stay held out).

The shipped model was trained on the training part, so the proxies' readings there lean on a
model that has seen the text. ``--cv K`` reads the 765 training articles out of fold instead:
each fold with the model ``scripts/cv_ner.py --folds K`` trained on the others (``build/cv/``).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # devtools/ is not installed

from cv_ner import fold_model, folds  # noqa: E402
from train_ner import DEFAULT_DATA, DEFAULT_GOLD, split  # noqa: E402

from devtools.vlsp import article_paths  # noqa: E402
from extractor import Pipeline  # noqa: E402

# The articles a pipeline reads: one pair for a part, one a fold out of fold.
Readings = list[tuple[Pipeline, list[Path]]]


def proxy_setup(description: str, argv: list[str] | None) -> tuple[argparse.Namespace, Readings] | None:
    """The arguments and each pipeline with the articles it reads (``args.described`` says
    which); None (having said why) when the VLSP data or a CV model is absent."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("train", "dev", "test"), default="train")
    parser.add_argument("--errors", action="store_true", help="list each disagreement, with its text")
    parser.add_argument("--model", type=Path, help="a model directory from train_ner.py instead of the shipped one")
    parser.add_argument("--ignore-fingerprint", action="store_true", help="load a model trained with other word lists")
    parser.add_argument("--cv", type=int, metavar="K", help="out of fold, with the K fold models of cv_ner.py")
    parser.add_argument("--recipe", default="lexicon+AREA", help="the CV models' recipe (with --cv)")
    parser.add_argument("--seed", type=int, default=0, help="the CV models' seed (with --cv)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no VLSP 2018 data at {args.data}", file=sys.stderr)
        return None
    gold_ids = {p.stem.removeprefix("vlsp18-") for p in DEFAULT_GOLD.glob("vlsp18-*.txt")}
    if not args.cv:
        pipeline = Pipeline.load(model_dir=args.model, check_fingerprint=not args.ignore_fingerprint)
        paths = split(article_paths(args.data), gold_ids)[args.part]
        args.described = f"{len(paths)} articles ({args.part})"
        return args, [(pipeline, paths)]
    readings = cv_readings(args.data, gold_ids, args.cv, args.recipe, args.seed)
    if readings is None:
        return None
    args.described = f"{sum(len(paths) for _, paths in readings)} articles (training, out of {args.cv} folds)"
    return args, readings


def cv_readings(data: Path, gold_ids: set[str], k: int, recipe: str, seed: int) -> Readings | None:
    """Each fold of the training articles (gold articles left out) with a pipeline of the model
    ``scripts/cv_ner.py`` trained on the other folds; None (having said why) when one is absent."""
    readings: Readings = []
    for fold, paths in enumerate(folds(article_paths(data), gold_ids, k)):
        model = fold_model(recipe, k, fold, seed)
        if not model.is_dir():
            print(f"no model at {model}: run scripts/cv_ner.py --recipes {recipe} --folds {k}", file=sys.stderr)
            return None
        with warnings.catch_warnings():
            # the CV models record no word-list fingerprint: they were trained with today's lists
            warnings.filterwarnings("ignore", message=".*fingerprint")
            readings.append((Pipeline.load(model_dir=model, check_fingerprint=False), paths))
    return readings


def each_article(readings: Readings) -> Iterator[tuple[Pipeline, Path]]:
    """Each article with the pipeline that reads it."""
    for pipeline, paths in readings:
        for path in paths:
            yield pipeline, path
