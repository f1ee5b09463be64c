#!/usr/bin/env python3
"""Choose an NER recipe by k-fold cross-validation over the VLSP 2018 training articles.

    python scripts/cv_ner.py --recipes lexicon lexicon+AREA --folds 3 --seeds 0 1
    python scripts/cv_ner.py --summary          # the table from the runs already done

The articles that are also gold articles are left out (as in ``train_ner.py``). The other
articles, in sorted order, go to fold ``index % k``. Each (recipe, fold, seed) trains on the
other folds and is scored on its own fold (exact spans, per label, spaCy's scorer), with the
last epoch's weights: no epoch is chosen on the fold that is scored. Results are appended to
``build/cv/results.jsonl``; the summary gives mean and standard deviation over folds × seeds.

For speed, CV runs skip the tok2vec pretraining and train a fixed number of epochs; both
recipes are treated the same way, so the comparison holds, not the absolute level. A recipe
part ``ptN`` pretrains the tok2vec layer N epochs on the fold's training texts first, as
``train_ner.py`` does for the shipped model: ``--recipes lexicon+AREA+pt4 --epochs 8`` is the
shipped recipe, out of fold. Parts ``dN`` (dropout N/100, 0.1 otherwise) and ``wN`` (the
encoder's window, N syllables each side per layer, 1 otherwise) change the training's shape.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # devtools/ is not installed
sys.path.insert(0, str(ROOT / "scripts"))

from train_ner import (  # noqa: E402
    CONFIG,
    DEFAULT_DATA,
    DEFAULT_GOLD,
    FEATURES,
    build_docbin,
    evaluate,
    pretrain_tok2vec,
)

WORK = ROOT / "build" / "cv"
RESULTS = WORK / "results.jsonl"


def recipe_classes(recipe: str) -> tuple[str, ...]:
    """ "lexicon+AREA" -> ("AREA",): the optional feature classes, in capitals."""
    return tuple(part for part in recipe.split("+")[1:] if part.isupper())


def recipe_pretraining(recipe: str) -> int:
    """ "lexicon+AREA+pt4" -> 4: epochs of tok2vec pretraining before training, 0 if none."""
    return next((int(part[2:]) for part in recipe.split("+")[1:] if part.startswith("pt") and part[2:].isdigit()), 0)


def recipe_overrides(recipe: str) -> dict[str, float | int]:
    """ "lexicon+d25+w2" -> dropout 0.25, encoder window 2: the training config values a recipe changes."""
    overrides: dict[str, float | int] = {}
    for part in recipe.split("+")[1:]:
        if part.startswith("d") and part[1:].isdigit():
            overrides["training.dropout"] = int(part[1:]) / 100
        elif part.startswith("w") and part[1:].isdigit():
            overrides["components.tok2vec.model.encode.window_size"] = int(part[1:])
    return overrides


def fold_model(recipe: str, k: int, fold: int, seed: int) -> Path:
    """Where the model of one (recipe, fold, seed) run is left: trained on the other folds."""
    return WORK / f"{recipe}-k{k}-f{fold}" / f"seed-{seed}" / "model-last"


def folds(paths: list[Path], gold_ids: set[str], k: int) -> list[list[Path]]:
    kept = [p for p in paths if p.stem not in gold_ids]
    return [[p for index, p in enumerate(kept) if index % k == fold] for fold in range(k)]


def run(recipe: str, fold: int, seed: int, parts: list[list[Path]], epochs: int) -> dict:
    import spacy
    from spacy.cli.train import train

    from devtools.training import Reading

    classes = recipe_classes(recipe)
    reading = Reading.load(classes)
    model = fold_model(recipe, len(parts), fold, seed)
    output = model.parent  # spaCy's training output: model-best, model-last
    work = output.parent  # the fold's data, shared by its seeds
    work.mkdir(parents=True, exist_ok=True)
    training = [p for f, part in enumerate(parts) if f != fold for p in part]
    tokenizer = {"@tokenizers": "extractor.syllables.v1", "classes": list(classes)}
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": tokenizer}})
    for name, paths in (("train", training), ("held", parts[fold])):
        if not (work / f"{name}.spacy").exists():
            build_docbin(paths, work / f"{name}.spacy", nlp, reading)
    started = time.perf_counter()
    shape = {
        "nlp.tokenizer.classes": list(classes),
        "system.seed": seed,
        "components.tok2vec.model.encode.width": 64,
        "components.tok2vec.model.embed.width": 64,
        "components.tok2vec.model.encode.depth": 3,
        **FEATURES[recipe.split("+")[0]],
        **recipe_overrides(recipe),
    }
    pretraining = recipe_pretraining(recipe)
    # on the fold's training texts only: the scored fold's text stays unseen
    output.mkdir(parents=True, exist_ok=True)
    init_tok2vec = pretrain_tok2vec(training, output, pretraining, shape) if pretraining else None
    train(
        CONFIG,
        output,
        overrides={
            "paths.init_tok2vec": str(init_tok2vec) if init_tok2vec else None,
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "held.spacy"),  # spaCy logs it; the last epoch is scored, not the best
            "training.max_epochs": epochs,
            **shape,
        },
    )
    minutes = (time.perf_counter() - started) / 60
    scores = evaluate(model, parts[fold], reading)
    return {
        "recipe": recipe,
        "fold": fold,
        "k": len(parts),
        "seed": seed,
        "epochs": epochs,
        "minutes": round(minutes, 1),
        **scores,
    }


def summary(results: list[dict]) -> str:
    lines = ["| recipe | runs | PER F1 | ORG F1 | LOC F1 | all F1 |", "|---|---|---|---|---|---|"]
    for recipe in sorted({r["recipe"] for r in results}):
        rows = [r for r in results if r["recipe"] == recipe]

        def cell(values: list[float]) -> str:
            sd = statistics.stdev(values) if len(values) > 1 else 0.0
            return f"{statistics.mean(values):.3f} ± {sd:.3f}"

        per = [cell([r["per_type"][label]["f"] for r in rows]) for label in ("PER", "ORG", "LOC")]
        lines.append(f"| {recipe} | {len(rows)} | {' | '.join(per)} | {cell([r['ents_f'] for r in rows])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipes", nargs="+", default=["lexicon", "lexicon+AREA"])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--summary", action="store_true", help="print the table of the runs done and stop")
    args = parser.parse_args(argv)

    WORK.mkdir(parents=True, exist_ok=True)
    done = [json.loads(line) for line in RESULTS.read_text().splitlines()] if RESULTS.exists() else []
    if not args.summary:
        from devtools.vlsp import article_paths
        from extractor.entities.ner import register_tokenizer

        register_tokenizer()
        os.environ.setdefault("OMP_NUM_THREADS", "2")
        gold_ids = {p.stem.removeprefix("vlsp18-") for p in DEFAULT_GOLD.glob("vlsp18-*.txt")}
        parts = folds(article_paths(DEFAULT_DATA), gold_ids, args.folds)
        for seed in args.seeds:
            for fold in range(args.folds):
                for recipe in args.recipes:
                    key = (recipe, fold, args.folds, seed, args.epochs)
                    if any((r["recipe"], r["fold"], r["k"], r["seed"], r["epochs"]) == key for r in done):
                        continue
                    result = run(recipe, fold, seed, parts, args.epochs)
                    done.append(result)
                    with RESULTS.open("a", encoding="utf-8") as handle:
                        handle.write(json.dumps(result) + "\n")
                    print(
                        json.dumps({k: result[k] for k in ("recipe", "fold", "seed", "ents_f", "minutes")}), flush=True
                    )
    print(summary(done))
    return 0


if __name__ == "__main__":
    sys.exit(main())
