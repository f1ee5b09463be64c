#!/usr/bin/env python3
"""How officials' names agree with VLSP 2018's person tags, on text no official rule was
written from.

    python scripts/evaluate_officials_vlsp.py              # the training part's 612 articles
    python scripts/evaluate_officials_vlsp.py --errors     # each disagreement, with its text

VLSP tags persons, not officials, so this is a proxy in two halves, not a score:

- names: of the official mentions the pipeline reads (a person given a position), how many
  are exactly a VLSP PER span. A rule that eats a surname into a unit ("UBND thành phố
  Nguyễn | Văn Hùng") or reads a place as a person shows up here;
- titled persons: of the VLSP PER spans of two words or more that a title stands straight
  before ("Bộ trưởng Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh Trần Văn B") or after, past a
  comma or a dash ("Nguyễn Văn A, Giám đốc …"), how many the pipeline reads as an official
  of exactly that extent. A rule that loses people after a title shows up here.

The training part is used (the split of ``train_ner.py``): the NER's held-out parts stay held
out.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # devtools/ is not installed
sys.path.insert(0, str(ROOT / "scripts"))

from vlsp_proxy import each_article, proxy_setup  # noqa: E402

from devtools.vlsp import parse_muc  # noqa: E402

# How far before a person a title may stand, with its body between ("Phó Chủ tịch UBND tỉnh
# Thừa Thiên Huế | Nguyễn Văn Phương"), in characters.
REACH = 80
_SENTENCE_END = re.compile(r"[.;:!?\n]")


def main(argv: list[str] | None = None) -> int:
    setup = proxy_setup(__doc__.splitlines()[0], argv)
    if setup is None:
        return 2
    args, readings = setup
    titles = sorted((" ".join(t) for t in readings[0][0].lexicons.titles_lower), key=len, reverse=True)
    title_pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in titles) + r")(?!\w)", re.IGNORECASE)
    names: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    for pipeline, path in each_article(readings):
        annotated = parse_muc(path.read_text(encoding="utf-8"))
        text = annotated.text
        persons = set()
        for start, end, label in annotated.entities:
            if label == "PER":
                written = text[start:end]
                start += len(written) - len(written.lstrip())
                persons.add((start, start + len(written.strip())))
        officials = {
            (m.start, m.end)
            for official in pipeline(text, require_vietnamese=False).officials
            for m in official.mentions
        }
        full_officials = {(a, b) for a, b in officials if len(text[a:b].split()) >= 2}
        for a, b in sorted(full_officials):
            same = (a, b) in persons
            names["same" if same else "other"] += 1
            if args.errors and not same:
                print(f"name    {text[a:b]!r} | {text[max(0, a - 60) : b + 30]!r}".replace("\\n", " "))
        for a, b in sorted(persons):
            if len(text[a:b].split()) < 2 or not _titled(text, a, b, title_pattern):
                continue
            read = (a, b) in officials
            titled["read" if read else "missed"] += 1
            if args.errors and not read:
                print(f"titled  {text[a:b]!r} | {text[max(0, a - 60) : b + 40]!r}".replace("\\n", " "))
    n_names, n_titled = sum(names.values()), sum(titled.values())
    print(
        f"{args.described}: official full-name mentions {n_names}, a PER span exactly "
        f"{names['same']} ({names['same'] / max(n_names, 1):.3f}); PER spans with a title before or after "
        f"{n_titled}, read as officials {titled['read']} ({titled['read'] / max(n_titled, 1):.3f})"
    )
    return 0


def _titled(text: str, start: int, end: int, title_pattern: re.Pattern[str]) -> bool:
    """Does a title stand before the person in the same clause, or straight after a comma or
    dash after them?"""
    before = text[max(0, start - REACH) : start]
    breaks = list(_SENTENCE_END.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    for m in title_pattern.finditer(before):
        between = before[m.end() :]
        if "," not in between and m.group()[:1].isupper():
            return True
    after = re.match(r"\s*[,\-–]\s*(?:nguyên\s+|cựu\s+|Phó\s+)?", text[end : end + 12])
    return bool(after) and bool(title_pattern.match(text, end + after.end())) and text[end + after.end()].isupper()


if __name__ == "__main__":
    sys.exit(main())
