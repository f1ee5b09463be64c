"""The guide's scoring, and qualifier accuracy: items are paired by value, then by text."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from devtools.scoring import (
    FIELDS,
    MeasureTally,
    QualifierTally,
    Score,
    aligned_items,
    default_keys,
    score_article,
    token_f1,
)
from extractor import extract_text

TEXT = (
    "Thu ngân sách đạt hơn 690 tỷ đồng, bằng 106% dự toán; chi khoảng 40 tỷ đồng. "
    "Tỷ lệ hộ nghèo dưới 2%, giảm 0,5% so với năm trước."
)


def _gold(**changes: object) -> dict:
    gold = {
        "officials": [],
        "institutions": [],
        "percentages": [
            {"text": "106%", "value": 106},
            {"text": "dưới 2%", "value": 2, "qualifier": "less_than"},
            {"text": "0,5%", "value": 0.5},
        ],
        "money": [
            {"text": "hơn 690 tỷ đồng", "amount": 690000000000, "currency": "VND", "qualifier": "more_than"},
            {"text": "khoảng 40 tỷ đồng", "amount": 40000000000, "currency": "VND", "qualifier": "about"},
        ],
    }
    gold.update(changes)
    return gold


def _score(gold: dict) -> tuple[QualifierTally, dict[str, list[str]], dict[str, Score]]:
    scores = {name: Score() for name in FIELDS}
    tally = QualifierTally()
    errors = score_article(gold, extract_text(TEXT), scores, qualifiers=tally)
    return tally, errors.missed, scores


def test_every_qualified_gold_item_is_counted() -> None:
    tally, missed, scores = _score(_gold())
    assert (tally.correct, tally.total, tally.extra) == (3, 3, 0)
    assert tally.accuracy == 1.0 and "qualifiers" not in missed
    assert scores["money"].f1 == 1.0 and scores["percentages"].f1 == 1.0


def test_a_wrong_qualifier_is_reported_with_both_readings() -> None:
    gold = _gold(money=[{"text": "hơn 690 tỷ đồng", "amount": 690000000000, "currency": "VND", "qualifier": "about"}])
    tally, missed, _ = _score(gold)
    assert tally.total == 2 and tally.correct == 1  # dưới 2% right, hơn 690 tỷ wrong
    assert missed["qualifiers"] == ["'hơn 690 tỷ đồng': gold about, found more_than ('hơn 690 tỷ đồng')"]


def test_a_qualifier_gold_left_out_is_counted_apart() -> None:
    gold = _gold(money=[{"text": "hơn 690 tỷ đồng", "amount": 690000000000, "currency": "VND"}])
    tally, _, _ = _score(gold)
    assert tally.extra == 1 and tally.total == 1  # only "dưới 2%" is scored


def test_an_item_not_found_is_not_a_qualifier_error() -> None:
    gold = _gold(percentages=[{"text": "hơn 7%", "value": 7, "qualifier": "more_than"}], money=[])
    tally, missed, scores = _score(gold)
    assert tally.total == 0 and "qualifiers" not in missed
    assert scores["percentages"].fn == 1  # the value's miss is the value field's


@dataclass
class _Item:
    text: str


@pytest.mark.parametrize(
    ("gold_text", "predicted_text"),
    [
        ("106%", "106%"),
        ("545,991 tỷ đồng", "ước đạt 545,991 tỷ đồng"),  # a qualifier before the number, in one of them
        ("10,5-11%", "10,5-11% trở lên"),  # … or after it
        ("10-15% trở lên", "10-15%"),
    ],
)
def test_an_amount_aligns_with_its_gold_item_with_a_qualifier_more_or_less(gold_text: str, predicted_text: str) -> None:
    [(_, found)] = aligned_items(
        [{"field": "percentages", "text": gold_text}], {"percentages": [_Item("5%"), _Item(predicted_text)]}
    )
    assert found is not None and found.text == predicted_text


def test_the_kth_gold_item_of_a_text_aligns_with_the_kth_predicted_one() -> None:
    gold = [{"field": "money", "text": "2 tỷ đồng"}, {"field": "money", "text": "2 tỷ đồng"}]
    first, second = _Item("2 tỷ đồng"), _Item("2 tỷ đồng")
    pairs = aligned_items(gold, {"money": [first, second]})
    assert [found for _, found in pairs] == [first, second]
    assert aligned_items(gold, {"money": [first]})[1][1] is None


def test_token_f1_of_phrases_after_normalization() -> None:
    key = default_keys().match_key
    assert token_f1("thu ngân sách", "thu ngân sách", key) == 1.0
    assert token_f1("chi trả", "địa phương đã hoàn tất chi trả", key) < 0.5
    assert token_f1("UBND phường", "Ủy ban nhân dân phường", key) == 1.0


def test_measure_tally_scores_roles_and_phrases_of_an_article() -> None:
    text = "Năm 2025, thu ngân sách của phường đạt 15,8 tỷ đồng, bằng 106% dự toán."
    result = extract_text(text, require_vietnamese=False)
    gold = [
        {"text": "106%", "field": "percentages", "role": "ratio", "measure": "thu ngân sách",
         "reference": "dự toán", "period": "năm 2025", "holder": None},
        {"text": "15,8 tỷ đồng", "field": "money", "role": "target", "measure": "thu ngân sách",
         "reference": None, "period": "năm 2025", "holder": "phường Yên Sở"},
    ]  # fmt: skip
    tally = MeasureTally()
    errors = tally.add_article(gold, result, default_keys().match_key)
    assert tally.roles["total"] == 2 and tally.roles["aligned"] == 2
    assert tally.role_accuracy == 0.5  # the sum is a value, not the target the gold above says
    assert any(line.startswith("role '15,8 tỷ đồng'") for line in errors)
    assert (tally.phrases["measure"].tp, tally.phrases["measure"].fp, tally.phrases["measure"].fn) == (2, 0, 0)
    assert tally.phrases["reference"].tp == 1
    assert tally.phrases["holder"].fn == 1  # the gold names a holder the sentence does not
    assert tally.lines()[0] == "role (accuracy)  0.500"
