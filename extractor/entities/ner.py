"""The statistical NER: a spaCy model trained on VLSP 2018 (PER, ORG, LOC), over syllables.

Docs are built from our own syllable tokens (:data:`extractor.text.syllables.SYLLABLE_RE`) of the
normalized text, one Doc a sentence, so every token maps to an exact character span; the
same construction serves training (``devtools.training.annotated_docs``) and run time
(:class:`NerModel`). The model ships in ``models/ner-vlsp2018`` (installed as the
``extractor_models`` package) and is built by ``scripts/train_ner.py``. It was trained on
the VLSP 2018 NER data, which is licensed for research use.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Collection, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError
from ..lexicon.loader import Lexicons
from ..lexicon.phrases import looks_foreign, match_phrase
from ..text.syllables import Segmenter, Syllable, near_capitals

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL_NAME = "ner-vlsp2018"
# meta.json key under which a model records the fingerprint of the word lists its features read.
FINGERPRINT_KEY = "extractor_lexicon_fingerprint"

_PRIORITY = {"ORG": 0, "TITLE": 1, "UNIT": 2, "PLACE": 3, "AREA": 4, "HON": 5}
# meta.json key listing the optional feature classes a model was trained with (["AREA"]).
FEATURES_KEY = "extractor_feature_classes"
OPTIONAL_CLASSES = ("AREA",)


def _unambiguous(countries: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Countries that are not also a given name: more than one syllable, or not Vietnamese
    (Iraq, Ba Lan; not Đức, Anh, Nga)."""
    return frozenset(c for c in countries if len(c) > 1 or looks_foreign(c[0]))


class Featurizer:
    """The NER's token features over the word lists of one :class:`Lexicons`.

    ``classes`` adds optional classes: ``AREA``, a name of a province, district, ward or
    commune (``localities.txt``) that is not in the shorter place list.
    """

    def __init__(self, lex: Lexicons, classes: tuple[str, ...] = ()) -> None:
        self.lex = lex
        self.classes = tuple(c for c in OPTIONAL_CLASSES if c in classes)
        tables: tuple[tuple[str, Collection[tuple[str, ...]], bool], ...] = (
            ("ORG", lex.org_heads, False),
            ("TITLE", lex.feature_titles_lower, True),
            ("UNIT", lex.admin_units, False),
            ("PLACE", lex.places, False),
            ("PLACE", _unambiguous(lex.countries), False),
            ("HON", lex.honorifics, False),
        )
        if "AREA" in self.classes:
            tables += (("AREA", lex.localities, False),)
        by_word: dict[str, list[tuple[str, object, bool]]] = {}
        for entry in tables:
            for phrase in entry[1]:
                bucket = by_word.setdefault(phrase[0], [])
                if entry not in bucket:
                    bucket.append(entry)
        # For each first word of a lexicon phrase, the tables (in priority order) it may start.
        self._tables = {word: tuple(sorted(bucket, key=lambda e: _PRIORITY[e[0]])) for word, bucket in by_word.items()}

    def __call__(self, syls: list[Syllable]) -> list[str]:
        """Each syllable's lexicon class and place in its word, as one string: ``SUR|B``.

        Classes (longest lexicon match first): ORG (an institution head), TITLE, UNIT (an
        administrative unit), PLACE (a place or country), AREA (a locality, when the model reads
        that class), HON (an honorific), SUR (a capitalized
        surname), FOR (a word that is not a Vietnamese syllable: Hughie, Raqqa, online), O. The
        place in the word comes from underthesea's segmentation: S (a word of one syllable),
        B (its first), I (inside). The model reads this string as the token's LEMMA, which the
        Vietnamese pipeline does not otherwise use.
        """
        lex = self.lex
        tables = self._tables
        classes = ["O"] * len(syls)
        i = 0
        while i < len(syls):
            text = syls[i].text
            candidates = tables.get(text, ())
            lowered = text.lower()
            if lowered != text and lowered in tables:  # "Đại học" is a head, "đại biểu" a title
                merged = list(candidates) + [e for e in tables[lowered] if e not in candidates]
                candidates = tuple(sorted(merged, key=lambda e: _PRIORITY[e[0]]))
            for name, phrases, ignore_case in candidates:
                n = match_phrase(syls, i, phrases, lex, ignore_case=ignore_case)
                if n:
                    classes[i : i + n] = [name] * n
                    i += n
                    break
            else:
                if text in lex.surnames:
                    classes[i] = "SUR"
                elif looks_foreign(text):
                    classes[i] = "FOR"  # not a Vietnamese syllable: Hughie, Fury, Raqqa
                i += 1
        features = []
        for k, syl in enumerate(syls):
            first = k == 0 or syls[k - 1].word != syl.word
            last = k == len(syls) - 1 or syls[k + 1].word != syl.word
            place = "S" if first and last else "B" if first else "I"
            features.append(f"{classes[k]}|{place}")
        return features


# A batch holds at most this many docs or tokens: the model's working memory grows with the
# tokens in a batch, and 64 sentences of a text without full stops (each up to 3,000
# characters) took 340 MB where 64 ordinary sentences take a few.
BATCH_DOCS = 64
BATCH_TOKENS = 4096


def _batches(docs: Iterator[tuple[Doc, list[Syllable]]]) -> Iterator[list[tuple[Doc, list[Syllable]]]]:
    batch: list[tuple[Doc, list[Syllable]]] = []
    tokens = 0
    for doc, toks in docs:
        batch.append((doc, toks))
        tokens += len(toks)
        if len(batch) >= BATCH_DOCS or tokens >= BATCH_TOKENS:
            yield batch
            batch, tokens = [], 0
    if batch:
        yield batch


def make_doc(vocab, syls: list[Syllable], features: list[str]):
    """A Doc of the syllables, with their features."""
    from spacy.tokens import Doc

    if not syls:
        return Doc(vocab, words=[])
    words = [s.text for s in syls]
    spaces = [syls[k + 1].start > syls[k].end for k in range(len(syls) - 1)] + [False]
    return Doc(vocab, words=words, spaces=spaces, lemmas=features)


# The model reads a few syllables of context each side (tok2vec: window 1, depth 3), so it
# runs only on stretches around capitalized syllables, where names are: from _BEFORE
# syllables before one ("báo | Công lý", "công an xã") to _AFTER after ("Trung tâm Dự báo |
# khí tượng thủy văn quốc gia"). Lower-case stretches far from any capital are most of the
# text and never hold an entity.
_BEFORE = 4
_AFTER = 8


def stretches(syls: list[Syllable]) -> list[tuple[int, int]]:
    """Index ranges around capitalized syllables, merged where they meet."""
    return near_capitals([syl.is_upper_initial for syl in syls], _BEFORE, _AFTER)


def segmenter_for(lex: Lexicons) -> Segmenter:
    """underthesea's segmenter with the fixed phrases and name openers of ``lex``: the words it
    makes are the NER's word-position feature, so the model reads with the lists it was
    trained with."""
    return Segmenter.load(lex.fixed_phrases, lex.entity_openers)


class SyllableTokenizer:
    """spaCy tokenizer that splits as the pipeline does (syllables) and sets the token features.

    Registered as ``extractor.syllables.v1``: training (which re-tokenizes every reference
    text), evaluation and run time then all see the same tokens and features. A model loaded
    by :class:`NerModel` gets one bound to the pipeline's segmenter and word lists; one made by
    spaCy itself (``spacy train``) loads the shipped ones on its first text.
    """

    def __init__(
        self,
        vocab,
        segmenter: Segmenter | None = None,
        featurizer: Featurizer | None = None,
        classes: tuple[str, ...] = (),
    ) -> None:
        self.vocab = vocab
        self.segmenter = segmenter
        self.featurizer = featurizer
        self.classes = classes

    def __call__(self, text: str):
        if self.segmenter is None or self.featurizer is None:
            lex = Lexicons.load()
            self.segmenter = segmenter_for(lex)
            self.featurizer = Featurizer(lex, self.classes)
        syls = self.segmenter.syllables(text, 0, len(text))
        return make_doc(self.vocab, syls, self.featurizer(syls))

    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> SyllableTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> SyllableTokenizer:
        return self


def register_tokenizer() -> None:
    """Make ``extractor.syllables.v1`` known to spaCy (before training or loading a model)."""
    import spacy

    if "extractor.syllables.v1" in spacy.registry.tokenizers:
        return

    def create(classes: list[str] | None = None):
        # ``classes``: the optional feature classes (config: [nlp.tokenizer] classes = ["AREA"])
        return lambda nlp: SyllableTokenizer(nlp.vocab, classes=tuple(classes or ()))

    spacy.registry.tokenizers.register("extractor.syllables.v1", func=create)


def shipped_model_path() -> Path | None:
    """The model installed with the package (``extractor_models``), if there is one."""
    try:
        path = Path(str(resources.files("extractor_models").joinpath(MODEL_NAME)))
    except ModuleNotFoundError:
        return None
    return path if (path / "meta.json").exists() else None


def model_fingerprint(path: Path) -> str | None:
    """The word-list fingerprint a model directory records, if any."""
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    return meta.get(FINGERPRINT_KEY)


def model_feature_classes(path: Path) -> tuple[str, ...]:
    """The optional feature classes a model directory was trained with (none if unrecorded)."""
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    return tuple(meta.get(FEATURES_KEY, ()))


class NerModel:
    """Runs the NER over sentences of a normalized text; returns character spans.

    The model's features read the word lists: a model whose ``meta.json`` records another
    fingerprint than ``lex`` has was trained on other lists and reads wrongly, so loading it
    raises :class:`~extractor.errors.ModelError` unless ``check_fingerprint=False``. A model
    with no fingerprint (built before they were recorded) loads with a warning.
    """

    def __init__(self, path: Path, lex: Lexicons, segmenter: Segmenter, *, check_fingerprint: bool = True) -> None:
        import spacy

        path = Path(path)
        if not (path / "meta.json").exists():
            raise ModelError(f"{path} is not a model directory (no meta.json)")
        recorded, current = model_fingerprint(path), lex.feature_fingerprint()
        if recorded is None:
            warnings.warn(f"{path} records no word-list fingerprint; it may read other lists", stacklevel=2)
        elif check_fingerprint and recorded != current:
            raise ModelError(
                f"{path} was trained with other word lists (fingerprint {recorded}, these lists "
                f"{current}): retrain it with scripts/train_ner.py, or load it with "
                "check_fingerprint=False to read anyway"
            )
        register_tokenizer()
        self.path = path
        self.segmenter = segmenter
        self.featurizer = Featurizer(lex, model_feature_classes(path))
        self.nlp = spacy.load(path)
        self.nlp.tokenizer = SyllableTokenizer(self.nlp.vocab, segmenter, self.featurizer)

    def spans(self, sentence_syllables: list[list[Syllable]]) -> list[tuple[int, int, str]]:
        """Entity spans ``(start, end, label)`` over sentences already split into syllables."""

        def docs() -> Iterator[tuple[Doc, list[Syllable]]]:
            # Lazily, so that only one batch of features and docs is alive at a time: memory
            # stays flat however long the article.
            for syls in sentence_syllables:
                if not syls or not self.segmenter.may_name_something([s.text for s in syls]):
                    continue
                features = self.featurizer(syls)  # on the whole sentence: lexicon matches and words span it
                for a, b in stretches(syls):
                    yield make_doc(self.nlp.vocab, syls[a:b], features[a:b]), syls[a:b]

        found = []
        for batch in _batches(docs()):
            for doc, toks in self.nlp.pipe(batch, batch_size=len(batch), as_tuples=True):
                for ent in doc.ents:
                    found.append((toks[ent.start].start, toks[ent.end - 1].end, ent.label_))
        return found
