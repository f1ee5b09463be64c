"""Reading VLSP 2018 markup, and building training docs exactly as the pipeline tokenizes."""

from __future__ import annotations

import pytest

from devtools.training import Reading, annotated_docs
from devtools.vlsp import Annotated, normalized, parse_muc
from extractor.entities.ner import SyllableTokenizer, register_tokenizer
from extractor.pipeline import default_pipeline

MARKED = (
    'Ông <ENAMEX TYPE="PERSON">Lê Trí Thanh</ENAMEX> - Phó chủ tịch '
    '<ENAMEX TYPE="ORGANIZATION">UBND <ENAMEX TYPE="LOCATION">tỉnh Quảng Nam</ENAMEX></ENAMEX> nói, '
    '<ENAMEX TYPE="MISCELLANEOUS">Luật <ENAMEX TYPE="LOCATION">Hà Nội</ENAMEX></ENAMEX>.'
)


def test_outermost_spans_and_misc_dropped() -> None:
    annotated = parse_muc(MARKED)
    assert annotated.text == "Ông Lê Trí Thanh - Phó chủ tịch UBND tỉnh Quảng Nam nói, Luật Hà Nội."
    assert [(annotated.text[s:e], label) for s, e, label in annotated.entities] == [
        ("Lê Trí Thanh", "PER"),
        ("UBND tỉnh Quảng Nam", "ORG"),
        ("Hà Nội", "LOC"),  # inside a MISC span, which is dropped
    ]


def test_spans_follow_normalization() -> None:
    annotated = Annotated("Đảng uỷ\u00a0xã  Hoà Bình họp.", ((0, 15, "ORG"),))
    result = normalized(annotated)
    assert result.text == "Đảng ủy xã  Hòa Bình họp."
    assert result.text[result.entities[0][0] : result.entities[0][1]] == "Đảng ủy xã  Hòa"


def test_training_docs_use_pipeline_tokens_and_features() -> None:
    spacy = pytest.importorskip("spacy")
    register_tokenizer()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "extractor.syllables.v1"}}})
    article = normalized(parse_muc(MARKED))
    [doc] = list(annotated_docs(nlp.vocab, article, Reading.load()))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Lê Trí Thanh", "PER"),
        ("UBND tỉnh Quảng Nam", "ORG"),
        ("Hà Nội", "LOC"),
    ]
    # spaCy re-tokenizes reference texts in training: our tokenizer must give the same tokens and features.
    again = nlp(doc.text)
    assert [t.text for t in again] == [t.text for t in doc]
    assert [t.lemma_ for t in again] == [t.lemma_ for t in doc]
    assert isinstance(nlp.tokenizer, SyllableTokenizer)


def test_token_features() -> None:
    text = "Bí thư Đảng ủy phường Yên Sở Nguyễn Minh Tâm tại Hà Nội, ông Tâm nói."
    pipeline = default_pipeline()
    syls = pipeline.segmenter.syllables(text, 0, len(text))
    features = dict(zip([s.text for s in syls], pipeline.ner.featurizer(syls), strict=True))
    assert features["Bí"].startswith("TITLE|") and features["Đảng"].startswith("ORG|")
    assert features["phường"].startswith("UNIT|") and features["Nguyễn"].startswith("SUR|")
    assert features["Hà"] == "PLACE|B" and features["Nội"] == "PLACE|I"
    assert features["ông"].startswith("HON|")
