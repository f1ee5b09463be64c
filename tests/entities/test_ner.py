"""The statistical NER's inputs: token features and the stretches of a sentence it reads."""

from __future__ import annotations

import pytest

from extractor.entities.ner import Featurizer, NerModel, shipped_model_path, stretches
from extractor.errors import ModelError
from extractor.pipeline import Pipeline, default_pipeline


def _syls(text: str):
    return default_pipeline().segmenter.syllables(text, 0, len(text))


def test_foreign_words_and_countries_have_their_own_classes() -> None:
    text = "Hughie Fury tới Iraq và Ba Lan gặp ông Đức."
    syls = _syls(text)
    classes = {
        s.text: f.split("|")[0] for s, f in zip(syls, Featurizer(default_pipeline().lexicons)(syls), strict=True)
    }
    assert classes["Hughie"] == classes["Fury"] == "FOR"
    assert classes["Iraq"] == classes["Ba"] == classes["Lan"] == "PLACE"
    assert classes["Đức"] != "PLACE"  # a given name as often as Germany


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a b c d", []),
        ("A b c", [(0, 3)]),
        ("a " * 10 + "Hà " + "b " * 10, [(6, 19)]),
        ("Hà " + "b " * 20 + "Nội", [(0, 9), (17, 22)]),
    ],
)
def test_stretches_around_capitals(words: str, expected: list[tuple[int, int]]) -> None:
    assert stretches(_syls(words.strip())) == expected


def test_spans_index_the_text_and_reach_lower_case_starts() -> None:
    model = default_pipeline().ner
    if model is None:
        pytest.skip("no NER model installed")
    text = (
        "Trong bài viết dài về kinh tế và đời sống của người dân trong nhiều năm qua, "
        "phóng viên báo Thanh Niên đã gặp ông Nguyễn Văn An tại Hà Nội."
    )
    found = model.spans([_syls(text)])
    assert all(text[a:b].strip() == text[a:b] and b > a for a, b, _ in found)
    assert ("Nguyễn Văn An", "PER") in {(text[a:b], label) for a, b, label in found}


def test_another_model_directory_can_be_named(tmp_path) -> None:
    with pytest.raises(ModelError, match=r"meta\.json"):
        Pipeline.load(model_dir=tmp_path)
    shipped = shipped_model_path()
    if shipped is not None:
        pipeline = Pipeline.load(model_dir=shipped)
        assert pipeline.ner is not None and pipeline.ner.path == shipped


def _copy_model(tmp_path, fingerprint: str | None):
    import json
    import shutil

    shipped = shipped_model_path()
    if shipped is None:
        pytest.skip("no NER model installed")
    model = tmp_path / "model"
    shutil.copytree(shipped, model)
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    meta.pop("extractor_lexicon_fingerprint", None)
    if fingerprint is not None:
        meta["extractor_lexicon_fingerprint"] = fingerprint
    (model / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return model


def test_the_shipped_model_was_trained_with_these_word_lists() -> None:
    from extractor.entities.ner import model_fingerprint

    shipped = shipped_model_path()
    if shipped is None:
        pytest.skip("no NER model installed")
    assert model_fingerprint(shipped) == default_pipeline().lexicons.feature_fingerprint()


def test_a_model_trained_with_other_word_lists_is_refused(tmp_path) -> None:
    pipeline = default_pipeline()
    model = _copy_model(tmp_path, "0000000000000000")
    with pytest.raises(ModelError, match="other word lists"):
        NerModel(model, pipeline.lexicons, pipeline.segmenter)
    # The documented override reads with it anyway.
    ner = NerModel(model, pipeline.lexicons, pipeline.segmenter, check_fingerprint=False)
    assert ner.path == model


def test_a_model_without_a_fingerprint_loads_with_a_warning(tmp_path) -> None:
    pipeline = default_pipeline()
    model = _copy_model(tmp_path, None)
    with pytest.warns(UserWarning, match="no word-list fingerprint"):
        NerModel(model, pipeline.lexicons, pipeline.segmenter)


def test_the_fingerprint_follows_the_feature_lists() -> None:
    from dataclasses import replace

    lex = default_pipeline().lexicons
    changed = replace(lex, surnames=lex.surnames | {"Zzyzx"})
    assert changed.feature_fingerprint() != lex.feature_fingerprint()
    unrelated = replace(lex, verbs=lex.verbs | {"zzyzx"})  # not a feature list
    assert unrelated.feature_fingerprint() == lex.feature_fingerprint()
    # what the rules read of a head (its kind, whether it stands alone) is not what the features read
    (words, head), *_ = lex.org_heads.items()
    restated = replace(lex, org_heads={**lex.org_heads, words: replace(head, standalone="national")})
    assert restated.feature_fingerprint() == lex.feature_fingerprint()
    added = replace(lex, org_heads={**lex.org_heads, ("Zzyzx",): head})
    assert added.feature_fingerprint() != lex.feature_fingerprint()
    # a title the rules alone read (rule_titles.txt) is no feature, nor is it among the features' titles
    ruled = replace(lex, rule_titles=lex.rule_titles | {("Zzyzx",)})
    assert ruled.feature_fingerprint() == lex.feature_fingerprint()
    assert ("zzyzx",) in ruled.titles_lower and ("zzyzx",) not in ruled.feature_titles_lower
    # so is a family name the rules alone read (rule_surnames.txt): the features keep surnames.txt's
    named = replace(lex, rule_surnames=lex.rule_surnames | {"Zzyzx"})
    assert named.feature_fingerprint() == lex.feature_fingerprint()
    assert "Zzyzx" in named.family_names and "Zzyzx" not in named.surnames
    assert "Cầm" in lex.family_names and "Cầm" not in lex.surnames


def test_the_area_class_marks_localities_only_when_asked() -> None:
    from extractor.entities.ner import Featurizer, segmenter_for
    from extractor.lexicon.loader import Lexicons

    lex = Lexicons.load()
    text = "Trạm Dịch vụ nông nghiệp Văn Yên cho biết"
    syls = segmenter_for(lex).syllables(text, 0, len(text))
    plain = Featurizer(lex)(syls)
    with_area = Featurizer(lex, ("AREA",))(syls)
    words = [s.text for s in syls]
    assert plain[words.index("Văn")].startswith("SUR|")
    assert with_area[words.index("Văn")] == "AREA|B"
    assert with_area[words.index("Yên")] == "AREA|I"
    assert Featurizer(lex, ("NOPE",)).classes == ()


def test_batches_are_bounded_by_docs_and_by_tokens() -> None:
    """Long sentences make small batches (the model's memory grows with a batch's tokens)."""
    from extractor.entities.ner import BATCH_DOCS, _batches

    long = [("doc", ["t"] * 3000) for _ in range(5)]
    sizes = [len(batch) for batch in _batches(iter(long))]  # type: ignore[arg-type]
    assert sizes == [2, 2, 1]  # 3000 + 3000 tokens pass the budget of BATCH_TOKENS
    short = [("doc", ["t"] * 10) for _ in range(150)]
    assert [len(batch) for batch in _batches(iter(short))] == [BATCH_DOCS, BATCH_DOCS, 150 - 2 * BATCH_DOCS]  # type: ignore[arg-type]
