"""What the two VLSP proxies for unseen text share (scripts/evaluate_institutions_vlsp.py,
scripts/evaluate_officials_vlsp.py): their arguments, the pipeline they load and the articles
of the part they read (the split of ``train_ner.py``, so the NER's held-out parts stay held out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # devtools/ is not installed

from train_ner import DEFAULT_DATA, DEFAULT_GOLD, split  # noqa: E402

from devtools.vlsp import article_paths  # noqa: E402
from extractor import Pipeline  # noqa: E402


def proxy_setup(description: str, argv: list[str] | None) -> tuple[argparse.Namespace, Pipeline, list[Path]] | None:
    """The arguments, the pipeline and the articles of the chosen part; None (having said why)
    when the VLSP data is absent."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("train", "dev", "test"), default="train")
    parser.add_argument("--errors", action="store_true", help="list each disagreement, with its text")
    parser.add_argument("--model", type=Path, help="a model directory from train_ner.py instead of the shipped one")
    parser.add_argument("--ignore-fingerprint", action="store_true", help="load a model trained with other word lists")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no VLSP 2018 data at {args.data}", file=sys.stderr)
        return None
    pipeline = Pipeline.load(model_dir=args.model, check_fingerprint=not args.ignore_fingerprint)
    gold_ids = {p.stem.removeprefix("vlsp18-") for p in DEFAULT_GOLD.glob("vlsp18-*.txt")}
    return args, pipeline, split(article_paths(args.data), gold_ids)[args.part]
