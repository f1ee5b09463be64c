"""Syllable tokens with exact spans, grouped into words by underthesea's segmenter.

The entity stages read syllables (``Nguyễn``, ``Minh``, ``Tâm``) but need to know which
syllables make one word: in ``Bộ Giáo dục và Đào tạo`` the lower-case ``dục`` belongs to
the capitalized word ``Giáo dục`` and so to the name, while in ``Phường Yên Sở tháo gỡ``
the word ``tháo gỡ`` ends it. Our syllables go straight to underthesea's segmentation model,
and only near capitalized syllables, where names are. The segmenter's dictionary is a word
list and lives with the others (:mod:`extractor.lexicon.dictionary`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
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


def first_word_lengths(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For a table of phrases (tuples of syllables), the lengths of its phrases by their first
    syllable, longest first: a matcher then tries only the phrases that can start there."""
    index: dict[str, set[int]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(n, reverse=True)) for word, n in index.items()}


def segmenter_dir() -> Path | None:
    """Where underthesea keeps its segmentation model and dictionary, if it is installed."""
    try:
        from underthesea.pipeline import word_tokenize as package
    except ImportError:  # pragma: no cover - depends on the installed underthesea
        return None
    return Path(package.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"


def syllable_tokens(text: str, start: int, end: int) -> list[Syllable]:
    """Syllables of ``text[start:end]`` with spans in ``text``, each a word of its own (no
    segmentation: for readers that look at the syllables only)."""
    return [Syllable(m.group(), m.start(), m.end(), k) for k, m in enumerate(SYLLABLE_RE.finditer(text, start, end))]


# Segmentation runs only near capitalized syllables: names, and the words just before and after
# them that decide where a name begins and ends ("thị trường | Hà Nội", "Giáo dục | và").
# Syllables farther away are words of their own. Featurizing is most of the segmenter's cost.
_BEFORE = 3
_AFTER = 5


class Segmenter:
    """Groups syllables into words with underthesea's segmentation model (a CRF over syllables).

    ``fixed_phrases`` (multi-syllable titles and institution heads: "Đảng ủy", "Ban Thường
    vụ") are kept whole, as underthesea's ``fixed_words`` would keep them; the NER's
    word-position feature depends on them, so the shipped model was trained with the same
    list. ``openers`` are the words that may begin a name at the start of a sentence (see
    :meth:`may_name_something`). Without the model (``crf=None``) every syllable is a word.
    """

    def __init__(self, crf: object | None, fixed_phrases: Iterable[tuple[str, ...]], openers: frozenset[str]) -> None:
        self._crf = crf
        phrases = {p for p in fixed_phrases if len(p) > 1}
        self._phrases = frozenset(" ".join(p) for p in phrases)
        self._lengths = first_word_lengths(phrases)
        self._openers = openers

    @classmethod
    def load(cls, fixed_phrases: Iterable[tuple[str, ...]], openers: frozenset[str]) -> Segmenter:
        """With underthesea's model, when it is installed."""
        folder = segmenter_dir()
        crf = None
        if folder is not None:
            from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

            crf = FastCRFSequenceTagger()
            crf.load(str(folder))  # type: ignore[attr-defined]
        return cls(crf, fixed_phrases, openers)

    def syllables(self, text: str, start: int, end: int) -> list[Syllable]:
        """Syllables of ``text[start:end]`` with spans in ``text``, each tagged with its word.

        A sentence that cannot hold a name (see :meth:`may_name_something`) is not segmented:
        each of its syllables is a word of its own.
        """
        found = [(m.group(), m.start(), m.end()) for m in SYLLABLE_RE.finditer(text, start, end)]
        if not found:
            return []
        tokens = [s for s, _, _ in found]
        word_of = self._segment(tokens) if self.may_name_something(tokens) else list(range(len(tokens)))
        return [Syllable(s, a, b, w) for (s, a, b), w in zip(found, word_of, strict=True)]

    def may_name_something(self, tokens: list[str]) -> bool:
        """Can this sentence hold a name? Names are capitalized in Vietnamese; a sentence whose
        only capital is its first letter holds one only if that first word may begin one (a
        head, a place, a surname, a title). Others skip segmentation and the NER: a quarter of
        news sentences, a sixth of the time, for 0.2-0.3 points of entity F1 on VLSP 2018."""
        if any(t[:1].isupper() for t in tokens[1:]):
            return True
        first = tokens[0]
        return first[:1].isupper() and first in self._openers

    def _segment(self, tokens: list[str]) -> list[int]:
        """For each syllable, the index of its word: the CRF (the same one underthesea's
        ``word_tokenize`` runs after its own tokenizer) over the stretches near capitals, with
        the fixed phrases joined first."""
        model = self._crf
        if model is None:
            return list(range(len(tokens)))
        units, sizes = self._units(tokens)
        regions = near_capitals([unit[:1].isupper() for unit in units], _BEFORE, _AFTER)
        features = model.featurizer.process([[[unit] for unit in units[a:b]] for a, b in regions])  # type: ignore[attr-defined]
        tags = ["B-W"] * len(units)
        for (a, b), x in zip(regions, features, strict=True):
            tags[a:b] = model.estimator.tag(x)  # type: ignore[attr-defined]
        word_of: list[int] = []
        word = -1
        for tag, size in zip(tags, sizes, strict=True):
            if tag != "I-W" or word < 0:
                word += 1
            word_of.extend([word] * size)
        return word_of

    def _units(self, tokens: list[str]) -> tuple[list[str], list[int]]:
        """What the CRF sees: a syllable, or a fixed phrase as one unit; and each unit's size."""
        units: list[str] = []
        sizes: list[int] = []
        i = 0
        while i < len(tokens):
            size = 1
            for n in self._lengths.get(tokens[i], ()):
                if i + n <= len(tokens) and " ".join(tokens[i : i + n]) in self._phrases:
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
