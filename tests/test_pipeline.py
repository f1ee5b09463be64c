"""extract_text end to end: offsets into the caller's string, typed errors, warnings."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import EmptyTextError, EncodingError, Extraction, NotVietnameseError, extract_text


def _all_spans(result: Extraction):
    for item in (*result.percentages, *result.money, *result.entities):
        yield item.text, item.start, item.end
    for official in result.officials:
        for mention in official.mentions:
            yield mention.text, mention.start, mention.end
        for position in official.positions:
            yield position.text, position.start, position.end
    for institution in result.institutions:
        for mention in institution.mentions:
            yield mention.text, mention.start, mention.end


def test_seed_article(seed_text: str) -> None:
    result = extract_text(seed_text)
    assert result.schema_version == "2.5"
    assert [(p.text, p.value, p.qualifier) for p in result.percentages] == [
        ("106%", 106, None),
        ("100%", 100, None),
        ("hơn 96%", 96, "more_than"),
        ("100%", 100, None),
    ]
    assert [(m.text, m.amount, m.currency) for m in result.money] == [
        ("15,8 tỷ đồng", 15800000000, "VND"),
        ("hơn 690 tỷ đồng", 690000000000, "VND"),
    ]
    assert result.percentages[0].context == "bằng 106% dự toán thành phố giao"
    for text, start, end in _all_spans(result):
        assert seed_text[start:end] == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the body of a post, written as named after its title
        ("Ông Nguyễn Văn Kính, Giám đốc BV Bệnh Nhiệt đới Trung ương, cho biết.", "BV Bệnh Nhiệt đới Trung ương"),
        ("Bà Lê Thị Hoa, Phó Giám đốc Hãng phim truyện Việt Nam, phát biểu.", "Hãng phim truyện Việt Nam"),
    ],
)
def test_a_posts_institution_has_its_span(text: str, name: str) -> None:
    institution = next(i for i in extract_text(text).institutions if i.name == name)
    assert [(m.text, text[m.start : m.end]) for m in institution.mentions] == [(name, name)]


def test_offsets_survive_variant_spellings(seed_text: str) -> None:
    """Old tone placement, NFD, CRLF and non-breaking spaces: spans still index the input."""
    variant = seed_text.replace("ủy", "uỷ").replace("\n", "\r\n").replace(" tỷ", "\u00a0tỷ")
    variant = unicodedata.normalize("NFD", variant[:400]) + variant[400:]
    result = extract_text(variant)
    assert [m.amount for m in result.money] == [15800000000, 690000000000]
    assert result.officials and result.officials[0].name == "Nguyễn Minh Tâm"
    for text, start, end in _all_spans(result):
        assert variant[start:end] == text


@given(st.text(alphabet="ăâđêôơư hoàuỷ0123456789%,.đồngtỷ\n\u00a0\u200b", min_size=1, max_size=120))
@settings(max_examples=60, deadline=None)
def test_spans_always_index_the_input(text: str) -> None:
    try:
        result = extract_text(text, require_vietnamese=False)
    except EmptyTextError:
        return
    for item_text, start, end in _all_spans(result):
        assert text[start:end] == item_text


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text(text: str) -> None:
    with pytest.raises(EmptyTextError):
        extract_text(text)


def test_english_text_is_refused() -> None:
    english = "The People's Committee of Hanoi approved a budget of ten billion dong for new schools this year."
    with pytest.raises(NotVietnameseError):
        extract_text(english)
    assert extract_text(english, require_vietnamese=False).warnings


def test_mojibake_is_an_encoding_error(seed_text: str) -> None:
    broken = seed_text.encode("utf-8").decode("latin-1")
    with pytest.raises(EncodingError):
        extract_text(broken)


def test_short_text_is_read_with_a_warning() -> None:
    result = extract_text("Doanh thu đạt 5 tỷ đồng.")
    assert [m.amount for m in result.money] == [5000000000]
    assert result.warnings


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        extract_text(b"bytes")  # type: ignore[arg-type]


def test_amounts_have_one_json_type_and_an_exact_string() -> None:
    """Schema 2.0: amount is always a float; amount_exact keeps every digit."""
    text = "Thu ngân sách đạt 15,8 tỷ đồng; giá 2 đô la và 23 xu; quỹ 123456789012345678901234567890 đồng."
    money = json.loads(extract_text(text).model_dump_json())["money"]
    assert [type(m["amount"]) for m in money] == [float, float, float]
    assert [m["amount_exact"] for m in money] == ["15800000000", "2.23", "123456789012345678901234567890"]
    assert money[0]["amount"] == 15800000000.0 and money[1]["amount_max_exact"] is None


def test_positions_are_flat_spans(seed_text: str) -> None:
    position = extract_text(seed_text).officials[0].positions[0]
    assert seed_text[position.start : position.end] == position.text
    assert "span" not in position.model_dump()


def test_a_position_carries_the_sentence_it_is_written_in() -> None:
    text = "Hội nghị diễn ra sáng 3/12. Phó Chủ tịch UBND xã Tân Lập Hoàng Thị Yến phát biểu. Xã có 5 thôn."
    result = extract_text(text, require_vietnamese=False)
    (position,) = result.officials[0].positions
    assert position.sentence == "Phó Chủ tịch UBND xã Tân Lập Hoàng Thị Yến phát biểu."
    assert position.text in position.sentence and position.sentence in text
