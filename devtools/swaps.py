"""Metamorphic probes: swap the people's names (or the places after unit words) of a real
text for others of as many syllables and compare what the extractor reads in both.

A rule written from one article's wording reads that article and fails on the next; a rule
that reads the structure of a sentence reads the same whoever holds the post and wherever.
Swapping names in real texts makes many new sentences of the same shapes, so a difference
marks a reading that leans on one name's wording: a second family name read as a place
("UBND TP | Phùng Mai Huy"), a ward read as a person. The probe needs no answers: the
extractor's own reading of the text as written is the reference.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

# The honorifics a short mention repeats a given name after ("ông Hùng"); the swap renames them too.
_HONORIFICS = ("ông", "bà", "chị", "Ông", "Bà", "Chị", "đồng chí", "Đồng chí")
_CAPITAL = "A-ZĐÀ-Ỹ"


@dataclass(frozen=True)
class NamePools:
    """The syllables invented names are drawn from."""

    family: Sequence[str]
    middle: Sequence[str]
    given: Sequence[str]

    def invent(self, like: str, rng: random.Random) -> str | None:
        """A name of as many syllables as ``like`` (two to four), or None."""
        n = len(like.split())
        if not 2 <= n <= 4:
            return None
        return " ".join(
            [rng.choice(self.family), *(rng.choice(self.middle) for _ in range(n - 2)), rng.choice(self.given)]
        )


def swapped(text: str, mapping: Mapping[str, str], *, short_mentions: bool = False) -> str:
    """``text`` with each key of ``mapping`` replaced, as a whole word, by its value. With
    ``short_mentions``, a key's last syllable after an honorific is replaced by the value's
    ("ông Hùng" -> "ông Tâm"), unless a capitalized word follows (a full name then). Keys are
    replaced longest first, through placeholders, so that a value never gets replaced again."""
    order = sorted(mapping, key=len, reverse=True)
    for i, old in enumerate(order):
        text = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", f"\x00{i}\x00", text)
    if short_mentions:
        for old in order:
            old_given, new_given = old.split()[-1], mapping[old].split()[-1]
            honorific = "|".join(_HONORIFICS)
            text = re.sub(rf"\b({honorific}) {re.escape(old_given)}\b(?! [{_CAPITAL}])", rf"\1 {new_given}", text)
    for i, old in enumerate(order):
        text = text.replace(f"\x00{i}\x00", mapping[old])
    return text


def name_mapping(
    names: Sequence[str], text: str, pools: NamePools, rng: random.Random, avoid: Collection[str] = ()
) -> dict[str, str]:
    """An invented name for each of ``names``, none already in the text nor given twice, none
    in ``avoid`` (places, whose names a person's may share but no reader can tell apart:
    "Hà Nam", "Thái Lan")."""
    mapping: dict[str, str] = {}
    for name in names:
        for _ in range(20):
            new = pools.invent(name, rng)
            if new is None:
                break
            if new not in text and new not in mapping.values() and new not in avoid:
                mapping[name] = new
                break
    return mapping


Reading = dict[str, list[str]]  # a person's name -> their posts (as the reader writes them: phrases, or "title @ body")


@dataclass(frozen=True)
class Difference:
    kind: str  # "lost": a swapped person is read no more; "posts": read with other posts; "new": someone else
    name: str
    swapped_to: str | None
    before: list[str] | None
    after: list[str] | None


def differences(before: Reading, after: Reading, mapping: Mapping[str, str]) -> list[Difference]:
    """What the reading of the swapped text says differently, its names mapped back."""
    back = {new: old for old, new in mapping.items()}
    restored = {back.get(name, name): posts for name, posts in after.items()}
    found: list[Difference] = []
    for old, new in mapping.items():
        if old not in restored:
            found.append(Difference("lost", old, new, before.get(old), None))
        elif restored[old] != before.get(old):
            found.append(Difference("posts", old, new, before.get(old), restored[old]))
    for name, posts in restored.items():
        if name not in before:
            found.append(Difference("new", name, None, None, posts))
    return found


def probe_names(
    text: str,
    read: Callable[[str], Reading],
    pools: NamePools,
    seeds: int,
    label: str = "",
    avoid: Collection[str] = (),
) -> list[tuple[int, dict[str, str], list[Difference]]]:
    """Swap the names of the officials read in ``text``, ``seeds`` times; each swap that reads
    differently, with its mapping and differences."""
    before = read(text)
    names = [name for name in before if 2 <= len(name.split()) <= 4 and name in text]
    results = []
    for seed in range(seeds):
        mapping = name_mapping(names, text, pools, random.Random(f"{label}:{seed}"), avoid)
        if not mapping:
            continue
        found = differences(before, read(swapped(text, mapping, short_mentions=True)), mapping)
        if found:
            results.append((seed, mapping, found))
    return results


# Titles swapped for another that a sentence writes the same way: (the title, not inside a
# longer one, as a pattern; what it becomes). A reader of the sentence's shape reads the new
# title where it read the old one, with the same body and holder.
TITLE_SWAPS: tuple[tuple[str, str], ...] = (
    (r"(?<!Phó )(?<!Tổng )(?<!Ban )(?<![\w-])Chủ tịch(?!\w)", "Phó Chủ tịch"),
    (r"(?<![\w-])Phó Chủ tịch(?! Thường trực)(?!\w)", "Phó Chủ tịch Thường trực"),
    (r"(?<!Phó )(?<!Tổng )(?<![\w-])Giám đốc(?!\w)", "Phó Giám đốc"),
    (r"(?<!Phó )(?<!Tổng )(?<![\w-])Giám đốc(?!\w)", "Tổng Giám đốc"),
    (r"(?<!Phó )(?<!Tổng )(?<!Ban )(?<![\w-])Bí thư(?!\w)", "Phó Bí thư"),
    (r"(?<!Phó )(?<![\w-])Bộ trưởng(?!\w)", "Thứ trưởng"),
    (r"(?<!Phó )(?<![\w-])Trưởng ban(?!\w)", "Phó Trưởng ban"),
)


def swapped_titles(text: str, pattern: str, new: str) -> str:
    return re.sub(pattern, new, text)


def probe_titles(
    text: str, read: Callable[[str], Reading], swaps: Sequence[tuple[str, str]] = TITLE_SWAPS
) -> list[tuple[str, list[Difference]]]:
    """Swap each title of ``swaps`` that the text holds; each swap that reads differently
    from the reading of the text as written, its posts swapped alike, with its differences."""
    before = read(text)
    results = []
    for pattern, new in swaps:
        if not re.search(pattern, text):
            continue
        expected = {
            name: sorted(swapped_titles(post, pattern, new) for post in posts) for name, posts in before.items()
        }
        found = compared(expected, read(swapped_titles(text, pattern, new)))
        if found:
            results.append((new, found))
    return results


def compared(expected: Reading, after: Reading) -> list[Difference]:
    """How ``after`` differs from the reading expected of it, name by name."""
    found = [
        Difference("lost" if name not in after else "posts", name, None, posts, after.get(name))
        for name, posts in expected.items()
        if after.get(name) != posts
    ]
    return found + [Difference("new", name, None, None, posts) for name, posts in after.items() if name not in expected]


# The ways a news sentence sets a post beside its holder's name, each from "{post} {name}": a
# comma apposition and a dash one, both after an honorific ("ông Nguyễn Văn An, Chủ tịch UBND
# tỉnh, cho biết"; "ông Nguyễn Văn An - Chủ tịch UBND tỉnh cho biết").
APPOSITION_FORMS: tuple[str, ...] = ("{honorific} {name}, {post},", "{honorific} {name} - {post}")


def _honorific(name: str, capital: bool) -> str:
    word = "bà" if " Thị " in f" {name} " else "ông"
    return word.capitalize() if capital else word


def probe_appositions(
    text: str, read: Callable[[str], Reading], forms: Sequence[str] = APPOSITION_FORMS
) -> list[tuple[str, list[Difference]]]:
    """Rewrite each "{post} {name}" the reading found where a sentence or a clause opens with
    it, in each of ``forms``; each rewrite read differently, with the words written and the
    differences. ``read`` must give posts as phrases (title and body together), which do not
    depend on which side of the name the post is written."""
    before = read(text)
    results = []
    for name, posts in before.items():
        for post in posts:
            needle = f"{post} {name}"
            at = text.find(needle)
            if at < 0:
                continue
            capital = at == 0 or text[at - 2 : at] == ". " or text[at - 1] == "\n"
            if not (capital or text[at - 2 : at] in (", ", ": ")):
                continue
            end = at + len(needle)
            for form in forms:
                written = form.format(honorific=_honorific(name, capital), name=name, post=post)
                if written.endswith(",") and text[end : end + 1] in (",", ".", ""):
                    written = written[:-1]  # the clause's own comma or stop closes the apposition
                found = compared(before, read(text[:at] + written + text[end:]))
                if found:
                    results.append((written, found))
    return results


# The title a body's holder bears, by the body's head (longest first), for the context probe:
# any title the reader knows would do, but one that suits the head makes a sentence news writes.
HOLDER_TITLES: tuple[tuple[str, str], ...] = (
    ("Tổng công ty", "Tổng Giám đốc"),
    ("Tổng cục", "Tổng cục trưởng"),
    ("Chi cục", "Chi cục trưởng"),
    ("Học viện", "Giám đốc"),
    ("Bệnh viện", "Giám đốc"),
    ("Hiệp hội", "Chủ tịch"),
    ("Liên đoàn", "Chủ tịch"),
    ("Ngân hàng", "Tổng Giám đốc"),
    ("Tập đoàn", "Chủ tịch"),
    ("Trung tâm", "Giám đốc"),
    ("Công ty", "Giám đốc"),
    ("Đại học", "Giám đốc"),
    ("Ủy ban", "Phó Chủ tịch"),
    ("Tòa án", "Chánh án"),
    ("Công an", "Giám đốc"),
    ("Trường", "Hiệu trưởng"),
    ("VKSND", "Viện trưởng"),
    ("UBND", "Phó Chủ tịch"),
    ("HĐND", "Chủ tịch"),
    ("TAND", "Chánh án"),
    ("Viện", "Viện trưởng"),
    ("Cục", "Cục trưởng"),
    ("Báo", "Tổng Biên tập"),
    ("Quỹ", "Giám đốc"),
    ("Hội", "Chủ tịch"),
    ("Sở", "Phó Giám đốc"),
    ("Bộ", "Thứ trưởng"),
    ("Vụ", "Vụ trưởng"),
    ("Ban", "Trưởng ban"),
    ("Đài", "Giám đốc"),
)

# Sentences a body's holder is named in, with the post before the name and after it:
# "{title} {body} {name} cho biết", "ông {name}, {title} {body}, cho biết", a dash apposition.
CONTEXT_FORMS: tuple[str, ...] = (
    "{title} {body} {name} cho biết, năm nay đơn vị đã hoàn thành kế hoạch đề ra.",
    "Ông {name}, {title} {body}, cho biết năm nay đơn vị đã hoàn thành kế hoạch đề ra.",
    "Phát biểu tại hội nghị, ông {name} - {title} {body} nhấn mạnh yêu cầu đổi mới.",
)


def holder_title(body: str, titles: Sequence[tuple[str, str]] = HOLDER_TITLES) -> str | None:
    """The title of ``titles`` whose head opens ``body`` (a whole word), or None."""
    return next((title for head, title in titles if body.startswith(f"{head} ")), None)


@dataclass(frozen=True)
class ContextMiss:
    sentence: str
    body: str
    holder: str
    institutions: list[str]  # what was read
    officials: Reading


def probe_contexts(
    bodies: Sequence[str],
    read: Callable[[str], tuple[Reading, list[str]]],
    pools: NamePools,
    forms: Sequence[str] = CONTEXT_FORMS,
) -> list[ContextMiss]:
    """Put each of ``bodies`` (names the reader read in real texts) into each of ``forms`` with
    an invented holder; each sentence where the body is not read whole as an institution or the
    holder is not given "{title} {body}". ``read`` gives the officials (posts as phrases) and the
    institutions' names. A reader of the names' grammar reads a body the same in any sentence; one
    that leans on what followed it where it was written does not."""
    misses = []
    for body in bodies:
        title = holder_title(body)
        if title is None:
            continue
        rng = random.Random(body)
        for form in forms:
            holder = pools.invent("Nguyễn Văn An", rng) or "Nguyễn Văn An"
            sentence = form.format(title=title, body=body, name=holder)
            officials, institutions = read(sentence)
            if body not in institutions or f"{title} {body}" not in officials.get(holder, []):
                misses.append(ContextMiss(sentence, body, holder, institutions, officials))
    return misses
