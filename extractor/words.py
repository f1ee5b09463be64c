"""Syllable tokens with exact spans, grouped into words by underthesea's segmenter.

The entity stages read syllables (``Nguyễn``, ``Minh``, ``Tâm``) but need to know which
syllables make one word: in ``Bộ Giáo dục và Đào tạo`` the lower-case ``dục`` belongs to
the capitalized word ``Giáo dục`` and so to the name, while in ``Phường Yên Sở tháo gỡ``
the word ``tháo gỡ`` ends it. Our syllables go straight to underthesea's segmentation model,
and only near capitalized syllables, where names are; the segmenter's dictionary also tells
a real word ("Kiểm sát") from a name glued to a verb ("Hồng Hà ký").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Abbreviations with a dot stay one token ("TP.", "PGS.TS"); other words are letter/digit
# runs that may be joined by & - . / inside (TT&TT, GD-ĐT, BSR-BF, Zing.vn); then symbols.
SYLLABLE_RE = re.compile(r"(?:TP|Tp|TS|ThS|GS|PGS|BS|TT|Q|P|St)\.(?=\s)|[^\W_]+(?:[&\-./][^\W_]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Syllable:
    text: str
    start: int
    end: int
    word: int  # index of the word this syllable belongs to

    @property
    def is_upper_initial(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_alpha(self) -> bool:
        return self.text[:1].isalpha()


@cache
def _fixed_phrases() -> dict[str, tuple[int, ...]]:
    """Multi-syllable titles and institution heads, kept whole in segmentation ("Đảng ủy",
    "Ban Thường vụ"): lengths by first syllable, longest first. The NER's word-position
    feature depends on this list, so the shipped model was trained with it."""
    from .lexicons import lexicons

    lex = lexicons()
    phrases = {t for t in lex.titles if len(t) > 1} | {h for h in lex.org_heads if len(h) > 1}
    by_first: dict[str, set[int]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], set()).add(len(phrase))
    _PHRASES.update(" ".join(p) for p in phrases)
    return {first: tuple(sorted(n, reverse=True)) for first, n in by_first.items()}


_PHRASES: set[str] = set()


def _segmenter_dir() -> Path | None:
    """Where underthesea keeps its segmentation model and dictionary, if it is installed."""
    try:
        from underthesea.pipeline import word_tokenize as package
    except ImportError:  # pragma: no cover - depends on the installed underthesea
        return None
    return Path(package.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"


@cache
def _crf():
    """underthesea's word segmentation model (a CRF over syllables), or None if unavailable."""
    folder = _segmenter_dir()
    if folder is None:  # pragma: no cover - depends on the installed underthesea
        return None
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    model = FastCRFSequenceTagger()
    model.load(str(folder))
    return model


_OLD_TONE_PLACE = re.compile("[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]")


@cache
def _dictionary() -> frozenset[str]:
    """The segmenter's dictionary of words (lower case, syllables joined by spaces)."""
    folder = _segmenter_dir()
    if folder is None or not (folder / "dictionary.bin").exists():  # pragma: no cover - depends on underthesea
        return frozenset()
    import joblib

    from .textnorm import canonical

    words = joblib.load(str(folder / "dictionary.bin"))
    # The dictionary writes old tone places ("thuỷ lợi"); our text has "thủy lợi". Only those
    # words are rewritten, which keeps the load fast.
    return frozenset(words) | frozenset(canonical(w) for w in words if _OLD_TONE_PLACE.search(w))


def in_dictionary(text: str) -> bool | None:
    """Is ``text`` (syllables joined by spaces) a word of the segmenter's dictionary? None
    when there is no dictionary."""
    dictionary = _dictionary()
    return text.lower() in dictionary if dictionary else None


def known_word(syls: list[Syllable]) -> bool | None:
    """Is this run of syllables a word of the segmenter's dictionary ("kiểm sát", "thiết bị";
    not "hà ký", a name glued to a verb)? None when there is no dictionary."""
    return in_dictionary(" ".join(s.text for s in syls))


def syllables(text: str, start: int, end: int) -> list[Syllable]:
    """Syllables of ``text[start:end]`` with spans in ``text``, each tagged with its word.

    A sentence that cannot hold a name (see :func:`may_name_something`) is not segmented:
    each of its syllables is a word of its own.
    """
    found = [(m.group(), m.start(), m.end()) for m in SYLLABLE_RE.finditer(text, start, end)]
    if not found:
        return []
    tokens = [s for s, _, _ in found]
    word_of = _segment(tokens) if may_name_something(tokens) else list(range(len(tokens)))
    return [Syllable(s, a, b, w) for (s, a, b), w in zip(found, word_of, strict=True)]


def may_name_something(tokens: list[str]) -> bool:
    """Can this sentence hold a name? Names are capitalized in Vietnamese; a sentence whose
    only capital is its first letter holds one only if that first word may begin one (a
    head, a place, a surname, a title). Others skip segmentation and the NER: a quarter of
    news sentences, a sixth of the time, for 0.2-0.3 points of entity F1 on VLSP 2018."""
    if any(t[:1].isupper() for t in tokens[1:]):
        return True
    first = tokens[0]
    return first[:1].isupper() and first in _entity_openers()


@cache
def _entity_openers() -> frozenset[str]:
    from .lexicons import lexicons

    lex = lexicons()
    words = {p[0] for p in lex.org_heads} | {p[0] for p in lex.places} | set(lex.surnames)
    words |= {p[0][:1].upper() + p[0][1:] for p in lex.titles_lower}
    return frozenset(words)


# Segmentation runs only near capitalized syllables: names, and the words just before and after
# them that decide where a name begins and ends ("thị trường | Hà Nội", "Giáo dục | và").
# Syllables farther away are words of their own. Featurizing is most of the segmenter's cost.
_BEFORE = 3
_AFTER = 5


def _segment(tokens: list[str]) -> list[int]:
    """For each syllable, the index of its word.

    Our syllables go straight to underthesea's segmentation model (the same CRF its
    ``word_tokenize`` runs after its own tokenizer), with titles and institution heads
    joined first as underthesea's ``fixed_words`` would join them, over the stretches near
    capitalized syllables. Without the model every syllable is its own word.
    """
    model = _crf()
    if model is None:
        return list(range(len(tokens)))
    units, sizes = _units(tokens)
    regions = near_capitals([unit[:1].isupper() for unit in units], _BEFORE, _AFTER)
    features = model.featurizer.process([[[unit] for unit in units[a:b]] for a, b in regions])
    tags = ["B-W"] * len(units)
    for (a, b), x in zip(regions, features, strict=True):
        tags[a:b] = model.estimator.tag(x)
    word_of: list[int] = []
    word = -1
    for tag, size in zip(tags, sizes, strict=True):
        if tag != "I-W" or word < 0:
            word += 1
        word_of.extend([word] * size)
    return word_of


def _units(tokens: list[str]) -> tuple[list[str], list[int]]:
    """What the CRF sees: a syllable, or a fixed phrase as one unit; and each unit's size."""
    lengths = _fixed_phrases()
    units: list[str] = []
    sizes: list[int] = []
    i = 0
    while i < len(tokens):
        size = 1
        for n in lengths.get(tokens[i], ()):
            if i + n <= len(tokens) and " ".join(tokens[i : i + n]) in _PHRASES:
                size = n
                break
        units.append(" ".join(tokens[i : i + size]))
        sizes.append(size)
        i += size
    return units, sizes


def near_capitals(capitalized: list[bool], before: int, after: int) -> list[tuple[int, int]]:
    """Index ranges ``(start, stop)`` from ``before`` items ahead of each capitalized item to
    ``after`` items past it, merged where they meet or overlap."""
    regions: list[tuple[int, int]] = []
    for k, capital in enumerate(capitalized):
        if not capital:
            continue
        a, b = max(0, k - before), min(len(capitalized), k + 1 + after)
        if regions and a <= regions[-1][1]:
            regions[-1] = (regions[-1][0], b)
        else:
            regions.append((a, b))
    return regions
