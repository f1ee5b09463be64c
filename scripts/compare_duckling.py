#!/usr/bin/env python3
"""Percentages and money: this extractor beside Duckling, on the gold articles.

    pip install ".[duckling]"        # pyduckling-native-phihos, Duckling's Vietnamese rules
    python scripts/compare_duckling.py [--gold DIR] [--errors]

Both readers are scored with the same code (``devtools.scoring``), on the same text
lines (layout metadata removed for both). Duckling has no percentage reading; it is given
the most generous one we can build from its output: a number it reads, followed by ``%``
or ``phần trăm``. With ``--errors``, every item the two read differently is listed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from devtools.scoring import Score, multiset_pairs, number_key

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed

from extractor import extract_text
from extractor.text.layout import text_spans
from extractor.text.normalize import normalize

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"
_PERCENT_AFTER = re.compile(r"\s*(?:%|phần trăm)")


class DucklingReader:
    def __init__(self) -> None:
        try:
            import duckling
        except ImportError:
            sys.exit('Duckling is not installed: pip install ".[duckling]" (pyduckling-native-phihos)')
        self.duckling = duckling
        duckling.init()
        zones = duckling.load_time_zones("/usr/share/zoneinfo")
        reference = duckling.parse_ref_time(zones, "Asia/Ho_Chi_Minh", int(dt.datetime(2026, 1, 1).timestamp()))
        locale = duckling.parse_locale("VI_VN", duckling.default_locale_lang(duckling.parse_lang("VI")))
        self.context = duckling.Context(reference, locale)
        self.dimensions = duckling.parse_dimensions(["amount-of-money", "number"])

    def read(self, text: str) -> tuple[list[tuple], list[tuple]]:
        percentages, money = [], []
        for entity in self.duckling.parse(text, self.context, self.dimensions, False):
            value = entity["value"]
            if entity["dim"] == "number" and _PERCENT_AFTER.match(text, entity["end"]):
                percentages.append((number_key(value.get("value")), None))
            elif entity["dim"] == "amount-of-money":
                low = value.get("value", value.get("from", {}).get("value"))
                high = value.get("to", {}).get("value") if value.get("type") == "interval" else None
                unit = value.get("unit", value.get("from", {}).get("unit", "unknown"))
                if _PERCENT_AFTER.match(text, entity["end"]):
                    percentages.append((number_key(low), number_key(high)))  # "hơn 96" before "%"
                    continue
                money.append((number_key(low), number_key(high), unit))
        return percentages, money


def _text_lines(text: str) -> str:
    norm = normalize(text)
    return "\n".join(norm.text[a:b] for a, b, _ in text_spans(norm.text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", action="store_true", help="list the items each reader gets wrong")
    args = parser.parse_args(argv)

    duckling = DucklingReader()
    scores = {(reader, kind): Score() for reader in ("extractor", "duckling") for kind in ("percentages", "money")}
    timings = {"extractor": 0.0, "duckling": 0.0}
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        gold_pct = [(number_key(p["value"]), number_key(p.get("value_max"))) for p in gold["percentages"]]
        gold_money = [(number_key(m["amount"]), number_key(m.get("amount_max")), m["currency"]) for m in gold["money"]]

        started = time.perf_counter()
        result = extract_text(text)
        timings["extractor"] += time.perf_counter() - started
        ours = (
            [(number_key(p.value), number_key(p.value_max)) for p in result.percentages],
            [(number_key(m.amount), number_key(m.amount_max), m.currency) for m in result.money],
        )
        lines = _text_lines(text)
        started = time.perf_counter()
        theirs = duckling.read(lines)
        timings["duckling"] += time.perf_counter() - started

        for reader, (pct, money) in (("extractor", ours), ("duckling", theirs)):
            for kind, gold_items, items in (("percentages", gold_pct, pct), ("money", gold_money, money)):
                tp, missed, spurious = multiset_pairs(gold_items, items)
                scores[(reader, kind)].add(tp, len(spurious), len(missed))
                if args.errors and (missed or spurious):
                    for item in missed:
                        print(f"{path.stem:18} {reader:9} {kind:11} missed   {item}")
                    for item in spurious:
                        print(f"{path.stem:18} {reader:9} {kind:11} spurious {item}")

    print(f"\n{'':12} {'extractor':>28}   {'duckling':>28}")
    print(f"{'field':12} {'P':>8} {'R':>8} {'F1':>8}   {'P':>8} {'R':>8} {'F1':>8}")
    for kind in ("percentages", "money"):
        ours, theirs = scores[("extractor", kind)], scores[("duckling", kind)]
        print(
            f"{kind:12} {ours.precision:8.3f} {ours.recall:8.3f} {ours.f1:8.3f}"
            f"   {theirs.precision:8.3f} {theirs.recall:8.3f} {theirs.f1:8.3f}"
        )
    print(
        f"\ntime on the gold set: extractor {timings['extractor']:.2f} s (whole pipeline), duckling {timings['duckling']:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
