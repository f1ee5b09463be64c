#!/usr/bin/env python3
"""How often an institution's name is read to the same extent as VLSP 2018 tags it, on text no
institution rule was written from.

    python scripts/evaluate_institutions_vlsp.py              # the training part's 612 articles
    python scripts/evaluate_institutions_vlsp.py --errors     # each disagreement, with its text

VLSP's ORG spans are not the extraction guide's institutions (they include teams and brands,
and a name's parent after a comma), so this is a proxy, not a score: it counts the ORG spans
that begin with an institution head and hold more than the head ("Bộ Lao động, Thương binh và
Xã hội", "Công an quận 3"), and how many of them the pipeline reads as an institution mention
of exactly that extent. A rule that cuts or runs over names shows up here on hundreds of
articles the gold set never saw. The training part is used (the split of ``train_ner.py``):
the NER's held-out parts stay held out.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # devtools/ is not installed
sys.path.insert(0, str(ROOT / "scripts"))

from vlsp_proxy import each_article, proxy_setup  # noqa: E402

from devtools.vlsp import parse_muc  # noqa: E402
from extractor.lexicon.phrases import leading_head  # noqa: E402
from extractor.text.normalize import canonical  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    setup = proxy_setup(__doc__.splitlines()[0], argv)
    if setup is None:
        return 2
    args, readings = setup
    outcome: Counter[str] = Counter()
    for pipeline, path in each_article(readings):
        annotated = parse_muc(path.read_text(encoding="utf-8"))
        text = annotated.text
        mentions = {
            (m.start, m.end)
            for institution in pipeline(text, require_vietnamese=False).institutions
            for m in institution.mentions
        }
        for start, end, label in annotated.entities:
            written = text[start:end]
            start += len(written) - len(written.lstrip())
            end = start + len(written.strip())
            words = canonical(text[start:end]).split()
            size, head = leading_head(words, pipeline.lexicons)
            if label != "ORG" or head is None or size == len(words):
                continue
            if (start, end) in mentions:
                outcome["same"] += 1
                continue
            overlapping = sorted(text[a:b] for a, b in mentions if a < end and b > start)
            kind = "none" if not overlapping else "longer" if max(map(len, overlapping)) > end - start else "shorter"
            outcome[kind] += 1
            if args.errors:
                around = text[max(0, start - 60) : end + 40].replace("\n", " ")
                print(f"{kind:7} {text[start:end]!r} -> {overlapping} | {around!r}")
    total = sum(outcome.values())
    print(
        f"{args.described}: {total} ORG spans that begin with a head; "
        f"read to the same extent {outcome['same']} ({outcome['same'] / max(total, 1):.3f}); "
        f"shorter {outcome['shorter']}, longer {outcome['longer']}, not read {outcome['none']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
