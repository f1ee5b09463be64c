"""Scoring against gold answers, as section 5 of the extraction guide says.

Shared by ``scripts/evaluate.py`` (the extractor on the gold set) and
``scripts/compare_duckling.py`` (the same scoring for another reader's numbers).
Counts are summed over articles (micro average).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from extractor.lexicon.keys import PhraseKeys
from extractor.lexicon.loader import Lexicons
from extractor.schema import Extraction


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class QualifierTally:
    """Qualifier accuracy on the gold items that carry one (``hơn 96%`` is ``more_than``).

    Each such gold item is paired with a predicted item of the same value (and currency),
    the one whose text matches first. ``extra`` counts predicted qualifiers on items gold
    left without one: the guide makes the gold's qualifier optional, so these are read,
    not scored.
    """

    correct: int = 0
    total: int = 0
    extra: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class ArticleErrors:
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)


def greedy_pairs(gold: list, predicted: list, same) -> tuple[int, list, list]:
    """Pair gold and predicted items one to one; return matches, unmatched gold, unmatched predicted."""
    left = list(predicted)
    missed = []
    tp = 0
    for g in gold:
        for k, p in enumerate(left):
            if same(g, p):
                tp += 1
                del left[k]
                break
        else:
            missed.append(g)
    return tp, missed, left


def multiset_pairs(gold: list, predicted: list) -> tuple[int, list, list]:
    g, p = Counter(gold), Counter(predicted)
    common = g & p
    return sum(common.values()), list((g - common).elements()), list((p - common).elements())


def number_key(value) -> float | None:
    return None if value is None else round(float(value), 6)


@cache
def default_keys() -> PhraseKeys:
    """The guide's comparison forms, with the shipped abbreviation list."""
    return Lexicons.load().keys


def score_article(
    gold: dict,
    result: Extraction,
    scores: dict[str, Score],
    keys: PhraseKeys | None = None,
    qualifiers: QualifierTally | None = None,
) -> ArticleErrors:
    errors = ArticleErrors()
    keys = keys or default_keys()
    match_key, soft_match = keys.match_key, keys.soft_match

    def record(field_name: str, tp: int, missed: list, spurious: list) -> None:
        scores[field_name].add(tp, len(spurious), len(missed))
        if missed:
            errors.missed[field_name] = [str(m) for m in missed]
        if spurious:
            errors.spurious[field_name] = [str(s) for s in spurious]

    gold_names = [o["name"] for o in gold["officials"]]
    names = [o.name for o in result.officials]
    record("officials", *greedy_pairs(gold_names, names, keys.same))

    gold_pairs = [(o["name"], p) for o in gold["officials"] for p in o["positions"]]
    pairs = [(o.name, p.phrase) for o in result.officials for p in o.positions]
    record(
        "positions",
        *greedy_pairs(
            gold_pairs,
            pairs,
            lambda a, b: match_key(a[0]) == match_key(b[0]) and soft_match(a[1], b[1]),
        ),
    )

    institutions = [i.name for i in result.institutions]
    record(
        "institutions (strict)",
        *greedy_pairs(gold["institutions"], institutions, keys.same),
    )
    record("institutions (soft)", *greedy_pairs(gold["institutions"], institutions, soft_match))

    gold_pct = [(number_key(p["value"]), number_key(p.get("value_max"))) for p in gold["percentages"]]
    pct = [(number_key(p.value), number_key(p.value_max)) for p in result.percentages]
    record("percentages", *multiset_pairs(gold_pct, pct))

    gold_money = [(number_key(m["amount"]), number_key(m.get("amount_max")), m["currency"]) for m in gold["money"]]
    money = [(number_key(m.amount), number_key(m.amount_max), m.currency) for m in result.money]
    record("money", *multiset_pairs(gold_money, money))

    if qualifiers is not None:
        wrong, extra = _score_qualifiers(gold, result, qualifiers, match_key)
        if wrong:
            errors.missed["qualifiers"] = wrong
        if extra:
            errors.spurious["qualifiers"] = extra
    return errors


def _score_qualifiers(gold: dict, result: Extraction, tally: QualifierTally, match_key) -> tuple[list[str], list[str]]:
    """Add one article's qualifier pairs to ``tally``; return the wrong ones and the ones
    gold has none for, described."""
    groups = (
        (
            gold["percentages"],
            result.percentages,
            lambda g: (number_key(g["value"]), number_key(g.get("value_max"))),
            lambda p: (number_key(p.value), number_key(p.value_max)),
        ),
        (
            gold["money"],
            result.money,
            lambda g: (number_key(g["amount"]), number_key(g.get("amount_max")), g["currency"]),
            lambda p: (number_key(p.amount), number_key(p.amount_max), p.currency),
        ),
    )
    wrong: list[str] = []
    extra: list[str] = []
    for gold_items, predicted, gold_key, predicted_key in groups:
        left = list(predicted)
        # Items gold qualifies are paired first, so an unqualified twin cannot take their match.
        for g in sorted(gold_items, key=lambda g: g.get("qualifier") is None):
            candidates = [k for k, p in enumerate(left) if predicted_key(p) == gold_key(g)]
            if not candidates:
                continue
            same_text = [k for k in candidates if match_key(left[k].text) == match_key(g["text"])]
            p = left.pop((same_text or candidates)[0])
            found = p.qualifier.value if p.qualifier else None
            if g.get("qualifier"):
                tally.total += 1
                if found == g["qualifier"]:
                    tally.correct += 1
                else:
                    wrong.append(f"{g['text']!r}: gold {g['qualifier']}, found {found} ({p.text!r})")
            elif found:
                tally.extra += 1
                extra.append(f"{g['text']!r}: gold none, found {found} ({p.text!r})")
    return wrong, extra


FIELDS = (
    "officials",
    "positions",
    "institutions (strict)",
    "institutions (soft)",
    "percentages",
    "money",
)


# What each amount measures (spec/measure-guide.md), scored by scripts/evaluate_measure.py.


def token_f1(a: str, b: str, key) -> float:
    left, right = Counter(key(a).split()), Counter(key(b).split())
    common = sum((left & right).values())
    if not common:
        return 0.0
    p, r = common / sum(right.values()), common / sum(left.values())
    return 2 * p * r / (p + r)


def _holds(longer: str, shorter: str) -> bool:
    return longer.endswith(shorter) or longer.startswith(shorter)


def aligned_items(gold_items: list[dict], predicted: dict[str, list]) -> list[tuple[dict, object | None]]:
    """Each gold item with the predicted item of its field and text (k-th occurrence), or None."""
    seen: Counter = Counter()
    pairs = []
    for g in gold_items:
        k = seen[(g["field"], g["text"])]
        seen[(g["field"], g["text"])] += 1
        # The same text, or one that holds it with a qualifier more or less, before the number ("ước
        # đạt 545,991 tỷ đồng") or after it ("10,5-11% trở lên": the gold writes it both ways).
        found = [p for p in predicted[g["field"]] if p.text == g["text"]]
        if len(found) <= k:
            found = [p for p in predicted[g["field"]] if _holds(p.text, g["text"]) or _holds(g["text"], p.text)]
        pairs.append((g, found[k] if k < len(found) else None))
    return pairs


MEASURE_PHRASES = ("measure", "reference", "period", "holder")


@dataclass
class MeasureTally:
    """What amounts measure, scored as spec/measure-guide.md says: ``role`` as accuracy over the
    gold items (an item not found counts as wrong), the phrases as F1 over non-null values, a
    value matching when its token F1 with the gold phrase is at least 0.5."""

    phrases: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in MEASURE_PHRASES})
    roles: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)

    def add_article(self, gold_items: list[dict], result: Extraction, match_key) -> list[str]:
        """Score one article's items; returns its disagreements, one line each."""
        errors = []
        predicted = {"percentages": result.percentages, "money": result.money}
        for g, p in aligned_items(gold_items, predicted):
            self.roles["total"] += 1
            self.roles["aligned"] += p is not None
            found_role = getattr(p, "role", None)
            self.roles["right"] += found_role == g["role"]
            self.confusion[(g["role"], found_role)] += 1
            if found_role != g["role"]:
                errors.append(f"role {g['text']!r}: gold {g['role']}, found {found_role}")
            for name in MEASURE_PHRASES:
                want, got = g.get(name), getattr(p, name, None)
                if want and got and token_f1(want, got, match_key) >= 0.5:
                    self.phrases[name].add(1, 0, 0)
                    continue
                self.phrases[name].add(0, 1 if got else 0, 1 if want else 0)
                if want or got:
                    errors.append(f"{name:9} {g['text']!r}: gold {want!r}, found {got!r}")
        return errors

    @property
    def role_accuracy(self) -> float:
        return self.roles["right"] / self.roles["total"] if self.roles["total"] else 1.0

    def lines(self) -> list[str]:
        """The table: role accuracy, then each phrase's F1 with its counts."""
        rows = [f"{'role (accuracy)':16} {self.role_accuracy:.3f}"]
        for name in MEASURE_PHRASES:
            s = self.phrases[name]
            rows.append(
                f"{name:16} F1 {s.f1:.3f}  (P {s.precision:.3f}, R {s.recall:.3f}; tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )
        return rows
