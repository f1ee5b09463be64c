#!/usr/bin/env python3
"""Build the data-derived word lists in ``extractor/lexicon/data`` from the VLSP 2018 training part.

    python scripts/build_lexicons.py

``after_org_words.txt``: lower-case syllables that begin what follows an organization's name
("… cho biết", "… khẳng định", "… đã") far more often than they continue one. A model's
organization span that goes on into one of them has run into the predicate. Counted on the
training part only (the split of ``scripts/train_ner.py``), with the syllables the pipeline uses.

``verbs.txt``: lower-case words that underthesea's part-of-speech tagger tags as verbs nearly
always in the training texts and that its segmenter never finds inside an organization's
name there ("biểu dương", "trao", "dự"; not "quản lý", which names take: "Ban Quản lý dự
án"; "dự" is inside "dự án" only as part of another word). A name written
in sentence case does not go on with one of them.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # devtools/ is not installed
sys.path.insert(0, str(ROOT / "scripts"))

from train_ner import DEFAULT_DATA, DEFAULT_GOLD, split  # noqa: E402

from devtools.vlsp import article_paths, read_article  # noqa: E402
from extractor.text.syllables import SYLLABLE_RE  # noqa: E402

OUT = ROOT / "extractor" / "lexicon" / "data" / "after_org_words.txt"
VERBS_OUT = ROOT / "extractor" / "lexicon" / "data" / "verbs.txt"
NOMINAL_OUT = ROOT / "extractor" / "lexicon" / "data" / "nominal_words.txt"
MIN_AFTER = 5  # seen at least this often right after an organization
RATIO = 3.0  # and this many times more often after one than inside one
MIN_VERB = 5  # a word tagged at least this often
VERB_SHARE = 0.75  # and as a verb at least this share of the time
NOMINAL_VERB_SHARE = 0.1  # a word of two syllables tagged as a verb at most this share of the time


def main() -> int:
    gold_ids = {p.stem.removeprefix("vlsp18-") for p in DEFAULT_GOLD.glob("vlsp18-*.txt")}
    paths = split(article_paths(DEFAULT_DATA), gold_ids)["train"]
    inside, after = Counter(), Counter()
    for path in paths:
        article = read_article(path)
        text = article.text
        for start, end, label in article.entities:
            if label != "ORG":
                continue
            words = [m.group() for m in SYLLABLE_RE.finditer(text, start, end)]
            inside.update(w for w in words[1:] if w.islower())
            following = SYLLABLE_RE.search(text, end)
            if following and following.group().islower() and text[end : following.start()].strip() == "":
                after[following.group()] += 1
    words = sorted(w for w, n in after.items() if n >= MIN_AFTER and n >= RATIO * (inside[w] + 1))
    _write_verbs(paths)
    header = (
        "# Lower-case syllables that begin what follows an organization's name far more often than they\n"
        "# continue one (VLSP 2018 training part). Built by scripts/build_lexicons.py; do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


def _write_verbs(paths: list[Path]) -> None:
    from underthesea import pos_tag

    tagged, as_verb = Counter(), Counter()
    in_names: set[str] = set()
    for path in paths:
        article = read_article(path)
        text = article.text
        orgs = [(a, b) for a, b, label in article.entities if label == "ORG"]
        position = 0
        for line in text.split("\n"):
            line_start, position = position, position + len(line) + 1
            if not line.strip():
                continue
            cursor = 0
            for word, tag in pos_tag(line):
                found = line.find(word, cursor)
                if found < 0:
                    continue
                cursor = found + len(word)
                a, b = line_start + found, line_start + cursor
                lowered = word.lower()
                if any(s <= a and b <= e for s, e in orgs):
                    in_names.add(lowered)  # a word the segmenter finds inside a name: "quản lý", "dự án"
                elif word.islower() and all(ch.isalpha() or ch == " " for ch in word):
                    tagged[lowered] += 1
                    as_verb[lowered] += tag == "V"
    verbs = sorted(w for w, n in tagged.items() if n >= MIN_VERB and as_verb[w] >= VERB_SHARE * n and w not in in_names)
    header = (
        "# Lower-case words tagged as verbs nearly always and never inside an organization's name\n"
        "# (VLSP 2018 training part, underthesea's tagger). Built by scripts/build_lexicons.py; do not edit by hand.\n"
    )
    VERBS_OUT.write_text(header + "\n".join(verbs) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs -> {VERBS_OUT}")
    single_verbs = {w for w in verbs if " " not in w}
    nominal = sorted(
        w
        for w, n in tagged.items()
        if n >= MIN_VERB
        and as_verb[w] <= NOMINAL_VERB_SHARE * n
        and len(w.split()) == 2
        and w.split()[1] in single_verbs
    )
    header = (
        "# Lower-case words of two syllables whose second syllable alone is a verb (verbs.txt) but which\n"
        "# underthesea's tagger seldom (at most 10% of the time) tags as verbs (VLSP 2018 training part). Built by\n"
        "# scripts/build_lexicons.py; do not edit by hand.\n"
    )
    NOMINAL_OUT.write_text(header + "\n".join(nominal) + "\n", encoding="utf-8")
    print(f"{len(nominal)} nominal words -> {NOMINAL_OUT}")


if __name__ == "__main__":
    sys.exit(main())
