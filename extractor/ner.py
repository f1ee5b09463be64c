"""The statistical NER: a spaCy model trained on VLSP 2018 (PER, ORG, LOC), over syllables.

Docs are built from our own syllable tokens (:data:`extractor.words.SYLLABLE_RE`) of the
normalized text, one Doc a sentence, so every token maps to an exact character span; the
same construction serves training (:func:`annotated_docs`) and run time
(:class:`NerModel`). The model ships in ``models/ner-vlsp2018`` (installed as the
``extractor_models`` package) and is built by ``scripts/train_ner.py``. It was trained on
the VLSP 2018 NER data, which is licensed for research use.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from .layout import sentences
from .vlsp import Annotated
from .words import SYLLABLE_RE

MODEL_NAME = "ner-vlsp2018"


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


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in SYLLABLE_RE.finditer(text, start, end)]


def make_doc(vocab, toks: list[tuple[str, int, int]]):
    from spacy.tokens import Doc

    words = [t for t, _, _ in toks]
    spaces = [toks[k + 1][1] > toks[k][2] for k in range(len(toks) - 1)] + [False]
    return Doc(vocab, words=words, spaces=spaces)


def annotated_docs(vocab, article: Annotated) -> Iterable:
    """One Doc a sentence, with the article's entities set on the tokens they cover."""
    from spacy.tokens import Span

    entities = sorted(article.entities)
    for start, end in sentence_spans(article.text):
        toks = tokens(article.text, start, end)
        if not toks:
            continue
        doc = make_doc(vocab, toks)
        spans = []
        for a, b, label in entities:
            if a >= end or b <= start:
                continue
            if a < start or b > end:
                continue  # an entity across a sentence break is left out
            covered = [k for k, (_, s, e) in enumerate(toks) if s < b and e > a]
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
    """Where the shipped NER model is, if it is installed."""
    try:
        path = Path(str(resources.files("extractor_models").joinpath(MODEL_NAME)))
    except ModuleNotFoundError:
        return None
    return path if (path / "meta.json").exists() else None


class NerModel:
    """Runs the NER over sentences of a normalized text; returns character spans."""

    def __init__(self, path: Path) -> None:
        import spacy

        self.nlp = spacy.load(path)

    def spans(self, text: str, sentence_list: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        batches = [tokens(text, a, b) for a, b in sentence_list]
        batches = [t for t in batches if t]
        docs = (make_doc(self.nlp.vocab, t) for t in batches)
        found = []
        for toks, doc in zip(batches, self.nlp.pipe(docs, batch_size=64), strict=True):
            for ent in doc.ents:
                found.append((toks[ent.start][1], toks[ent.end - 1][2], ent.label_))
        return found


@cache
def ner_model() -> NerModel | None:
    """The shipped model, loaded once per process; None when no model is installed."""
    path = model_path()
    return NerModel(path) if path else None
