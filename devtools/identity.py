"""Scoring the registry's identity decisions: which mentions of a name it makes one person.

A key (``article<TAB>name<TAB>person``) says who is who. Every two mentions of one person are
a true pair; every two mentions the registry gives one person id are a merged pair. Precision
is the merged pairs that are true; recall is the true pairs merged. A mention the pipeline did
not find is merged with nothing, so it costs recall.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

Mention = tuple[str, str]  # (article, name)


def read_key(path: Path) -> dict[Mention, str]:
    key: dict[Mention, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"{path}:{number}: not 'article<TAB>name<TAB>person'")
        key[(parts[0], parts[1])] = parts[2]
    return key


@dataclass
class IdentityScore:
    true_pairs: int = 0
    merged_pairs: int = 0
    right: int = 0
    false_merges: list[tuple[Mention, Mention]] = field(default_factory=list)
    missed: list[tuple[Mention, Mention]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.merged_pairs if self.merged_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.true_pairs if self.true_pairs else 1.0


def score(key: dict[Mention, str], assigned: dict[Mention, int]) -> IdentityScore:
    """``assigned``: the registry's person id of each mention it holds."""
    result = IdentityScore()
    for a, b in combinations(sorted(key), 2):
        same = key[a] == key[b]
        merged = a in assigned and b in assigned and assigned[a] == assigned[b]
        result.true_pairs += same
        result.merged_pairs += merged
        result.right += same and merged
        if merged and not same:
            result.false_merges.append((a, b))
        if same and not merged:
            result.missed.append((a, b))
    return result


def assigned_people(person: Callable[[str], Iterable], names: Iterable[str]) -> dict[Mention, int]:
    """Each (article, name)'s person id, from ``Registry.person``: the evidence's ``source`` is the article."""
    found: dict[Mention, int] = {}
    for name in set(names):
        for post in person(name):
            for evidence in post.evidence:
                found[(evidence.source, name)] = post.person_id
    return found
