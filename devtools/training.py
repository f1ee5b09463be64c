"""Training data for the NER: VLSP articles as one spaCy Doc a sentence, tokenized and
featurized exactly as the pipeline does at run time (:mod:`extractor.entities.ner`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from devtools.vlsp import Annotated
from extractor.entities.ner import FEATURES_KEY, FINGERPRINT_KEY, Featurizer, make_doc, segmenter_for
from extractor.lexicon.loader import Lexicons
from extractor.text.layout import sentences
from extractor.text.syllables import Segmenter


@dataclass(frozen=True)
class Reading:
    """What training reads texts with: the shipped word lists, segmenter and features."""

    lexicons: Lexicons
    segmenter: Segmenter
    featurizer: Featurizer

    @classmethod
    def load(cls, classes: tuple[str, ...] = ()) -> Reading:
        """``classes``: optional feature classes the model reads (see ``Featurizer``)."""
        lex = Lexicons.load()
        return cls(lex, segmenter_for(lex), Featurizer(lex, classes))


def record_fingerprint(model_dir: Path, lex: Lexicons, classes: tuple[str, ...] = ()) -> None:
    """Write the fingerprint of the word lists the model was trained with, and the optional
    feature classes it reads, into its meta.json."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta[FINGERPRINT_KEY] = lex.feature_fingerprint()
    meta[FEATURES_KEY] = list(classes)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


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


def annotated_docs(vocab, article: Annotated, reading: Reading) -> Iterable:
    """One Doc a sentence, with the article's entities set on the tokens they cover."""
    from spacy.tokens import Span

    entities = sorted(article.entities)
    for start, end in sentence_spans(article.text):
        toks = reading.segmenter.syllables(article.text, start, end)
        if not toks:
            continue
        doc = make_doc(vocab, toks, reading.featurizer(toks))
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
