"""The statistical NER: a spaCy model trained on VLSP 2018 (PER, ORG, LOC), over syllables.

Docs are built from our own syllable tokens (:data:`extractor.words.SYLLABLE_RE`) of the
normalized text, one Doc a sentence, so every token maps to an exact character span; the
same construction serves training (:func:`annotated_docs`) and run time
(:class:`NerModel`). The model ships in ``models/ner-vlsp2018`` (installed as the
``extractor_models`` package) and is built by ``scripts/train_ner.py``. It was trained on
the VLSP 2018 NER data, which is licensed for research use.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from .institutions import looks_foreign, match_phrase
from .layout import sentences
from .lexicons import lexicons
from .vlsp import Annotated
from .words import Syllable, may_name_something, near_capitals, syllables

MODEL_NAME = "ner-vlsp2018"
# Another model directory built by scripts/train_ner.py (another seed, a --hold-dev run) is
# used instead of the shipped one when this variable names it.
MODEL_ENV = "EXTRACTOR_NER_MODEL"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of every non-empty line of ``text``."""
    spans = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            spans.extend(sentences(text, position, end))
        position = end + 1
    return spans


@cache
def _feature_tables() -> dict[str, tuple[tuple[str, object, bool], ...]]:
    """For each first word of a lexicon phrase, the tables (in priority order) it may start."""
    lex = lexicons()
    tables = (
        ("ORG", lex.org_heads, False),
        ("TITLE", lex.titles_lower, True),
        ("UNIT", lex.admin_units, False),
        ("PLACE", lex.places, False),
        ("PLACE", _unambiguous(lex.countries), False),
        ("HON", lex.honorifics, False),
    )
    by_word: dict[str, list[tuple[str, object, bool]]] = {}
    for entry in tables:
        for phrase in entry[1]:
            bucket = by_word.setdefault(phrase[0], [])
            if entry not in bucket:
                bucket.append(entry)
    return {word: tuple(sorted(bucket, key=lambda e: _PRIORITY[e[0]])) for word, bucket in by_word.items()}


def _unambiguous(countries: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Countries that are not also a given name: more than one syllable, or not Vietnamese
    (Iraq, Ba Lan; not Đức, Anh, Nga)."""
    return frozenset(c for c in countries if len(c) > 1 or looks_foreign(c[0]))


_PRIORITY = {"ORG": 0, "TITLE": 1, "UNIT": 2, "PLACE": 3, "HON": 4}


def token_features(syls: list[Syllable]) -> list[str]:
    """Each syllable's lexicon class and place in its word, as one string: ``SUR|B``.

    Classes (longest lexicon match first): ORG (an institution head), TITLE, UNIT (an
    administrative unit), PLACE (a place or country), HON (an honorific), SUR (a capitalized
    surname), FOR (a word that is not a Vietnamese syllable: Hughie, Raqqa, online), O. The
    place in the word comes from underthesea's segmentation: S (a word of one syllable),
    B (its first), I (inside). The model reads this string as the token's LEMMA, which the
    Vietnamese pipeline does not otherwise use.
    """
    lex = lexicons()
    tables = _feature_tables()
    classes = ["O"] * len(syls)
    i = 0
    while i < len(syls):
        text = syls[i].text
        candidates = tables.get(text, ())
        lowered = text.lower()
        if lowered != text and lowered in tables:  # "Đại học" is a head, "đại biểu" a title
            merged = list(candidates) + [e for e in tables[lowered] if e not in candidates]
            candidates = sorted(merged, key=lambda e: _PRIORITY[e[0]])
        for name, phrases, ignore_case in candidates:
            n = match_phrase(syls, i, phrases, ignore_case=ignore_case)
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


def make_doc(vocab, syls: list[Syllable], features: list[str] | None = None):
    """A Doc of the syllables, with their features (computed here unless given)."""
    from spacy.tokens import Doc

    if not syls:
        return Doc(vocab, words=[])
    words = [s.text for s in syls]
    spaces = [syls[k + 1].start > syls[k].end for k in range(len(syls) - 1)] + [False]
    return Doc(vocab, words=words, spaces=spaces, lemmas=features or token_features(syls))


# The model reads a few syllables of context each side (tok2vec: window 1, depth 3), so it
# runs only on stretches around capitalized syllables, where names are: from _BEFORE
# syllables before one ("báo | Công lý", "công an xã") to _AFTER after ("Trung tâm Dự báo |
# khí tượng thủy văn quốc gia"). Lower-case stretches far from any capital are most of the
# text and never hold an entity.
_BEFORE = 4
_AFTER = 8


def _stretches(syls: list[Syllable]) -> list[tuple[int, int]]:
    """Index ranges around capitalized syllables, merged where they meet."""
    return near_capitals([syl.is_upper_initial for syl in syls], _BEFORE, _AFTER)


class SyllableTokenizer:
    """spaCy tokenizer that splits as the pipeline does (syllables) and sets the token features.

    Registered as ``extractor.syllables.v1``: training (which re-tokenizes every reference
    text), evaluation and run time then all see the same tokens and features.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str):
        return make_doc(self.vocab, syllables(text, 0, len(text)))

    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> SyllableTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> SyllableTokenizer:
        return self


@cache
def register_tokenizer() -> None:
    """Make ``extractor.syllables.v1`` known to spaCy (before training or loading a model)."""
    import spacy

    def create():
        return lambda nlp: SyllableTokenizer(nlp.vocab)

    spacy.registry.tokenizers.register("extractor.syllables.v1", func=create)


def annotated_docs(vocab, article: Annotated) -> Iterable:
    """One Doc a sentence, with the article's entities set on the tokens they cover."""
    from spacy.tokens import Span

    entities = sorted(article.entities)
    for start, end in sentence_spans(article.text):
        toks = syllables(article.text, start, end)
        if not toks:
            continue
        doc = make_doc(vocab, toks)
        spans = []
        for a, b, label in entities:
            if a >= end or b <= start:
                continue
            if a < start or b > end:
                continue  # an entity across a sentence break is left out
            covered = [k for k, t in enumerate(toks) if t.start < b and t.end > a]
            if covered:
                spans.append(Span(doc, covered[0], covered[-1] + 1, label=label))
        kept, last_end = [], -1
        for span in sorted(spans, key=lambda s: (s.start, -s.end)):
            if span.start >= last_end:
                kept.append(span)
                last_end = span.end
        doc.ents = kept
        yield doc


def model_path() -> Path | None:
    """Where the NER model is: ``$EXTRACTOR_NER_MODEL`` if set, else the shipped one if installed."""
    if os.environ.get(MODEL_ENV):
        path = Path(os.environ[MODEL_ENV])
        if not (path / "meta.json").exists():
            raise FileNotFoundError(f"{MODEL_ENV}={path} is not a spaCy model directory (no meta.json)")
        return path
    try:
        path = Path(str(resources.files("extractor_models").joinpath(MODEL_NAME)))
    except ModuleNotFoundError:
        return None
    return path if (path / "meta.json").exists() else None


class NerModel:
    """Runs the NER over sentences of a normalized text; returns character spans."""

    def __init__(self, path: Path) -> None:
        import spacy

        register_tokenizer()
        self.nlp = spacy.load(path)

    def spans(self, sentence_syllables: list[list[Syllable]]) -> list[tuple[int, int, str]]:
        """Entity spans ``(start, end, label)`` over sentences already split into syllables."""
        pieces: list[tuple[list[Syllable], list[str]]] = []
        for syls in sentence_syllables:
            if not syls or not may_name_something([s.text for s in syls]):
                continue
            features = token_features(syls)  # on the whole sentence: lexicon matches and words span it
            pieces.extend((syls[a:b], features[a:b]) for a, b in _stretches(syls))
        docs = (make_doc(self.nlp.vocab, toks, features) for toks, features in pieces)
        found = []
        for (toks, _), doc in zip(pieces, self.nlp.pipe(docs, batch_size=64), strict=True):
            for ent in doc.ents:
                found.append((toks[ent.start].start, toks[ent.end - 1].end, ent.label_))
        return found


@cache
def ner_model() -> NerModel | None:
    """The shipped model, loaded once per process; None when no model is installed."""
    path = model_path()
    return NerModel(path) if path else None
