"""Inputs found by fuzzing (issue #15): each gives a typed error or a correct result, and a
hypothesis run over generated text keeps it so (offsets exact, values finite, typed errors)."""

from __future__ import annotations

import json
import math
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.errors import EncodingError, ExtractorError
from extractor.numbers.grammar import NumberFormatError, parse_number
from extractor.pipeline import default_pipeline
from extractor.web.fetch import _retry_after
from extractor.web.parse import parse_article
from tests.conftest import FIXTURES, fuzz_examples

BODY = "Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm. ".encode() * 10


def _read(text: str):
    return default_pipeline()(text, require_vietnamese=False)


def test_superscripts_and_subscripts_are_not_digits() -> None:
    result = _read("Chỉ số bụi mịn PM₂.₅ tăng 15% so với năm trước; căn hộ 25m² giá 3 tỷ đồng.")
    assert [p.value for p in result.percentages] == [15]
    assert [m.amount for m in result.money] == [3_000_000_000]
    with pytest.raises(NumberFormatError):
        parse_number("²")


def test_a_lone_surrogate_is_an_encoding_error() -> None:
    with pytest.raises(EncodingError, match="surrogate"):
        _read("Hà Nội \udc80 đạt 15% kế hoạch")


def test_nfd_text_is_vietnamese() -> None:
    text = unicodedata.normalize("NFD", (FIXTURES / "sample-yen-so.txt").read_text(encoding="utf-8"))
    assert default_pipeline()(text).officials  # the language check reads composed letters


def test_pages_with_broken_addresses_and_impossible_dates_parse() -> None:
    page = (
        b'<html><head><meta property="article:published_time" content="0001-01-01T00:00:00+14:00">'
        b"<title>T</title></head><body><article><h1>Ti\xc3\xaau \xc4\x91\xe1\xbb\x81</h1><p>" + BODY + b"</p>"
        b'<img src="http://[oops/a.jpg"><img src="/ok.jpg"></article></body></html>'
    )
    article = parse_article(page, url="https://example.com/a-1.html")
    assert article.published_at is None
    assert [i.src for i in article.images] == ["https://example.com/ok.jpg"]


@pytest.mark.parametrize(("value", "expected"), [("²", None), ("12", 12.0), ("soon", None), ("", None)])
def test_retry_after_values(value: str, expected: float | None) -> None:
    assert _retry_after(value) == expected


_pieces = st.sampled_from(
    [
        "Thu ngân sách", " đạt ", "15,8 tỷ đồng", "106%", "hơn 96%", " UBND phường Yên Sở", " Chủ tịch ",
        "Nguyễn Văn A", ", ", ". ", "\n", "1.1.", "một ", "tỷ ", "(", ")", "²", "₂", "-", "–", "$", "5€",
        "Ảnh: PV", "Theo ", "phẩy ", "âm ", "0", "9" * 30, " ", "đ", "\t",
        " Giám đốc Sở Y tế", " được ", " kiêm ", " các ", " tại ", "Hai ", ": ", " bị cáo ", "…", " chi nhánh ",
    ]
)  # fmt: skip


@settings(max_examples=fuzz_examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces | st.text(max_size=8), max_size=40).map("".join))
def test_generated_text_gives_typed_errors_exact_offsets_and_finite_values(text: str) -> None:
    try:
        result = _read(text)
    except ExtractorError:
        return
    for item in [*result.percentages, *result.money]:
        assert text[item.start : item.end] == item.text
    for p in result.percentages:
        assert math.isfinite(p.value)
    for entity in result.entities:
        assert text[entity.start : entity.end] == entity.text
    json.dumps(result.model_dump(mode="json"), allow_nan=False)


def test_pages_with_surrogates_or_a_stray_byte() -> None:
    body = "<p>" + "Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm. " * 5 + "\udc80</p>"
    page = "<html><head><title>T</title></head><body><article><h1>Tiêu đề</h1>" + body + "</article></body></html>"
    with pytest.raises(EncodingError, match="surrogate"):
        parse_article(page, url="https://example.com/a-1.html")
    article = parse_article(page.encode("utf-8", "surrogateescape"), url="https://example.com/a-1.html")
    assert "15,8 tỷ đồng" in article.text  # one stray byte in UTF-8 is replaced, not a failure


# --- the CLI on hostile file names ---------------------------------------------------------------

_name_bytes = st.lists(
    st.sampled_from([b"-", b" ", b"\n", b"\t", b"*", b"$(x)", b"'", b'"', b";", b"..", b"\\", b"%s", b"{}"])
    | st.binary(min_size=1, max_size=3).filter(lambda b: b"/" not in b and b"\0" not in b)
    | st.text(max_size=4).map(str.encode).filter(lambda b: b"/" not in b and b"\0" not in b),
    min_size=1,
    max_size=6,
).map(b"".join)
_contents = st.sampled_from(
    [
        "Thu ngân sách phường đạt 15,8 tỷ đồng, bằng 106% dự toán năm 2025.".encode(),
        b"",
        b"\xff\xfe not UTF-8 at all",
        "Chủ tịch UBND phường Yên Sở Nguyễn Văn A phát biểu.".encode(),
    ]
)


@settings(max_examples=fuzz_examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_name_bytes, _contents), min_size=1, max_size=5, unique_by=lambda p: p[0]))
def test_the_cli_gives_one_valid_line_per_file_whatever_its_name(files: list[tuple[bytes, bytes]]) -> None:
    import os
    import tempfile

    import jsonschema
    from click.testing import CliRunner

    from extractor.cli import main
    from extractor.runs.records import line_schema

    validator = jsonschema.Draft202012Validator(line_schema())
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, content in files:
            path = os.path.join(os.fsencode(folder), name + b".txt")
            with open(path, "wb") as handle:
                handle.write(content)
            paths.append(os.fsdecode(path))  # what a shell hands to Python for a non-UTF-8 name
        result = CliRunner().invoke(main, ["text", *paths])
    assert result.exit_code in (0, 1), result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(files)
    for line in lines:
        validator.validate(line)
    readable = sum(1 for _, content in files if content.startswith(b"Th") or content.startswith(b"Ch"))
    assert sum("error" not in line for line in lines) == readable
    assert result.exit_code == (0 if readable == len(files) else 1)


# --- the number reader and the page parser on generated input -----------------------------------

_numeral_pieces = st.sampled_from(
    ["1", "0", "9" * 45, ".", ",", "-", "âm", " ", "một", "mươi", "mốt", "trăm", "linh", "nghìn", "vạn", "triệu",
     "tỷ", "rưỡi", "phẩy", "chấm", "nửa", "tá", "k", "K", "M", "G", "tr", "²", "₂", "%", "đồng"]
)  # fmt: skip


@settings(max_examples=fuzz_examples(400), deadline=None)
@given(st.lists(_numeral_pieces | st.text(max_size=3), max_size=14).map(" ".join))
def test_parse_number_gives_a_finite_value_or_its_error(phrase: str) -> None:
    try:
        value = parse_number(phrase)
    except NumberFormatError:
        return
    assert value.is_finite()


_tags = st.sampled_from(
    ["<p>", "</p>", "<div class='b-maincontent'>", "</div>", "<article class='entry'>", "</article>", "<h1>", "</h1>",
     "<figure><img src='http://[oops/a.jpg'><figcaption>", "</figcaption></figure>", "<script>var a = '<p>';</script>",
     "<meta property='article:published_time' content='0001-01-01T00:00:00+14:00'>", "<title>", "</title>",
     "<blockquote>", "<li>", "<!--", "-->", "<br>", "&amp;", "&#xD800;", "&nbsp;", "<meta charset='undefined'>",
     "Thu ngân sách phường đạt 15,8 tỷ đồng. ", "UBND phường Yên Sở ", "Chủ tịch Nguyễn Văn A ", "\x00", "\ufeff"]
)  # fmt: skip


@settings(max_examples=fuzz_examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_tags | st.text(max_size=6), max_size=60).map("".join), st.booleans())
def test_parse_article_gives_an_article_or_a_typed_error(page: str, as_bytes: bool) -> None:
    try:
        article = parse_article(
            page.encode("utf-8", "surrogatepass") if as_bytes else page, url="https://example.com/a-1.html"
        )
    except ExtractorError:
        return
    assert isinstance(article.text, str) and article.title is not None
    json.dumps(article.model_dump(mode="json"))


@settings(max_examples=fuzz_examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_stretch_of_a_real_article_is_read(data: st.DataObject) -> None:
    """A text cut anywhere (after a comma that ends a title chain, inside a name) is read: a
    typed error or a result whose offsets index it."""
    article = (FIXTURES / "sample-yen-so.txt").read_text(encoding="utf-8")
    start = data.draw(st.integers(0, len(article) - 1))
    end = data.draw(st.integers(start + 1, min(len(article), start + 600)))
    text = article[start:end]
    try:
        result = _read(text)
    except ExtractorError:
        return
    for item in [*result.percentages, *result.money, *result.entities]:
        assert text[item.start : item.end] == item.text
