#!/usr/bin/env python3
"""Swap the officials' names, or their titles, in real texts and list what reads differently.

    python scripts/probe_swaps.py --seeds 6 --out swaps.json
    python scripts/probe_swaps.py --vlsp 200 --texts my-articles/*.txt
    python scripts/probe_swaps.py --titles
    python scripts/probe_swaps.py --appositions
    python scripts/probe_swaps.py --contexts

Texts: the tuning half of the gold (never the checking half: its errors are not to be read),
the first --vlsp articles of VLSP 2018 training (all 781 by default), and any --texts. Each
official read in a text gets another name of as many syllables (family names from the lists,
common middle and given names), ``--seeds`` times; a swap that changes what is read is
printed with its mapping. With --titles, each title of devtools.swaps.TITLE_SWAPS the text
holds becomes another ("Chủ tịch" -> "Phó Chủ tịch", "Bộ trưởng" -> "Thứ trưởng") and the
posts read must change alike. With --appositions, each "{post} {name}" that opens a sentence
or a clause is rewritten "ông {name}, {post}," and "ông {name} - {post}", and must read the
same. With --contexts, each institution read in the texts (whose head has a holder's title in
devtools.swaps.HOLDER_TITLES) is put into three invented sentences with a titled holder, and
must be read whole with the holder's post. See devtools/swaps.py for why.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # devtools/ is not installed
from devtools.gold_split import select  # noqa: E402
from devtools.swaps import (  # noqa: E402
    Difference,
    NamePools,
    holder_title,
    probe_appositions,
    probe_contexts,
    probe_names,
    probe_titles,
)
from devtools.vlsp import article_paths, read_article  # noqa: E402
from extractor import Pipeline  # noqa: E402
from extractor.lexicon.loader import data_lines  # noqa: E402
from extractor.schema import Extraction  # noqa: E402

SHARED = ROOT.parent / "shared"
# Middle and given names common in the news, invented names' other syllables; "Văn" and "Thị"
# only as middle names (as family names they are rare and read as places by any reader).
_MIDDLE = "Văn Thị Minh Đức Quốc Thanh Hữu Ngọc Xuân Hoàng Anh Công Đình Tuấn Mạnh Thu Hồng Kim Bảo Trọng Quang Hải"
_GIVEN = (
    "Hùng Dũng Lan Hương Tuấn Hải Nam Sơn Bình Hòa An Long Phong Quân Trung Thắng Hưng Thủy Hà Linh Trang Thảo"
    " Nga Phúc Lộc Thành Tâm Cường Vinh Huy Khánh Đạt Giang Hiếu Nghĩa Tùng Việt Chiến Thịnh Toàn Hiền Yến Tú"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=6)
    parser.add_argument("--vlsp", type=int, default=781, help="how many VLSP 2018 training articles")
    parser.add_argument("--texts", nargs="*", type=Path, default=[], help="more plain-text articles")
    parser.add_argument("--titles", action="store_true", help="swap titles, not names")
    parser.add_argument("--appositions", action="store_true", help="move posts after their holders' names")
    parser.add_argument("--contexts", action="store_true", help="put the institutions read into new sentences")
    parser.add_argument("--out", type=Path, help="write the differing swaps here as JSON")
    args = parser.parse_args(argv)

    texts: list[tuple[str, str]] = []
    gold = sorted((SHARED / "gold").glob("*.txt"))
    texts += [(f"gold:{p.stem}", p.read_text(encoding="utf-8")) for p in select(gold, "tune")]
    vlsp_root = SHARED / "data" / "vlsp2018-train"
    if vlsp_root.is_dir():
        paths = article_paths(vlsp_root)[: args.vlsp]
        texts += [(f"vlsp:{p.parent.name}/{p.stem}", read_article(p).text) for p in paths]
    texts += [(f"text:{p}", p.read_text(encoding="utf-8")) for p in args.texts]
    if not texts:
        print("no texts: ../shared/ is absent and no --texts given", file=sys.stderr)
        return 1

    family = [w for w in data_lines("surnames.txt") if w not in ("Văn", "Thị")][:40]
    pools = NamePools(family, _MIDDLE.split(), _GIVEN.split())
    pipeline = Pipeline.load()
    places = {
        " ".join(words)
        for table in (pipeline.lexicons.places, pipeline.lexicons.countries, pipeline.lexicons.localities)
        for words in table
    }

    def read(text: str) -> dict[str, list[str]]:
        return _posts(pipeline(text))

    if args.contexts:
        return _probe_contexts(texts, pipeline, pools, args.out)

    report: list[dict[str, object]] = []
    for label, text in texts:
        # each probe's swaps, as (what was swapped, for the report and the line printed; differences)
        swaps: list[tuple[dict[str, object], str, list[Difference]]]
        if args.appositions:
            swaps = [({"written": w}, f"as {w!r}", found) for w, found in probe_appositions(text, read)]
        elif args.titles:
            swaps = [({"title": t}, f"to {t!r}", found) for t, found in probe_titles(text, read)]
        else:
            swaps = [
                ({"seed": seed, "mapping": mapping}, f"seed {seed}", found)
                for seed, mapping, found in probe_names(text, read, pools, args.seeds, label, places)
            ]
        for what, line, found in swaps:
            report.append({"text": label, **what, "differences": [asdict(d) for d in found]})
            for d in found:
                renamed = f" -> {d.swapped_to}" if d.swapped_to else ""
                print(f"{label} {line} {d.kind}: {d.name}{renamed}: {d.before} => {d.after}")
    print(f"{len(texts)} texts, {len(report)} swaps read differently")
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _posts(result: Extraction) -> dict[str, list[str]]:
    """Each official's posts as phrases (title and body), the readings the probes compare."""
    return {o.name: sorted(p.phrase for p in o.positions) for o in result.officials}


def _probe_contexts(texts: list[tuple[str, str]], pipeline: Pipeline, pools: NamePools, out: Path | None) -> int:
    bodies: dict[str, str] = {}  # each institution's name as a text writes it -> the first text
    for label, text in texts:
        for institution in pipeline(text, require_vietnamese=False).institutions:
            name = institution.name
            if name in text and len(name.split()) >= 2 and name[-1].isalnum() and holder_title(name):
                bodies.setdefault(name, label)

    def read(sentence: str) -> tuple[dict[str, list[str]], list[str]]:
        result = pipeline(sentence)
        return _posts(result), [i.name for i in result.institutions]

    misses = probe_contexts(sorted(bodies), read, pools)
    for miss in misses:
        print(f"{bodies[miss.body]} {miss.sentence!r}: {miss.institutions} {miss.officials}")
    print(f"{len(texts)} texts, {len(bodies)} institutions, {len(misses)} sentences read wrong")
    if out:
        report = [{"text": bodies[m.body], **asdict(m)} for m in misses]
        out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
