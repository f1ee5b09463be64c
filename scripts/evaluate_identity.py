#!/usr/bin/env python3
"""How well the registry tells people apart across articles: merge precision and recall.

    python scripts/evaluate_identity.py            # the invented set and the gold set
    python scripts/evaluate_identity.py --errors   # each false merge and missed pair

Two sets, each read by the pipeline and added to a fresh registry in article order:
- invented: fixtures/identity (dated texts with sidecars; fixtures/identity/people.tsv says who
  is who): namesakes that must stay apart, one person in several articles, a post that changes;
- gold: all of ../shared/gold's articles; scripts/identity/gold.tsv says who is who among the
  people named in more than one of them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed
from devtools.identity import assigned_people, read_key, score
from extractor import Pipeline
from extractor.registry import Registry
from extractor.runs.records import sidecar_meta, text_record

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "gold"
SETS = {
    "invented": (ROOT / "fixtures" / "identity", ROOT / "fixtures" / "identity" / "people.tsv"),
    "gold": (DEFAULT_GOLD, ROOT / "scripts" / "identity" / "gold.tsv"),
}


def evaluate(pipeline: Pipeline, folder: Path, key_path: Path, errors: bool) -> str:
    key = read_key(key_path)
    with tempfile.TemporaryDirectory() as scratch, Registry.open(Path(scratch) / "registry.sqlite") as registry:
        for path in sorted(folder.glob("*.txt")):
            record = text_record(
                pipeline,
                path.stem,
                path.read_text(encoding="utf-8"),
                require_vietnamese=False,
                meta=sidecar_meta(str(path)),
            )
            registry.add(record)
        result = score(key, assigned_people(registry.person, (name for _, name in key)))
    lines = [
        f"{folder.name}: precision {result.precision:.3f} ({result.right} of {result.merged_pairs} merged pairs),"
        f" recall {result.recall:.3f} ({result.right} of {result.true_pairs} true pairs)"
    ]
    if errors:
        lines += [f"  false merge: {a} ~ {b}" for a, b in result.false_merges]
        lines += [f"  missed: {a} ~ {b}" for a, b in result.missed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=tuple(SETS), help="one set only")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the gold folder")
    parser.add_argument("--errors", action="store_true", help="list false merges and missed pairs")
    args = parser.parse_args(argv)
    pipeline = Pipeline.load()
    for name, (folder, key) in SETS.items():
        if args.set and name != args.set:
            continue
        folder = args.gold if name == "gold" else folder
        if not folder.is_dir():
            print(f"{name}: skipped, no folder {folder}")
            continue
        print(evaluate(pipeline, folder, key, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
