"""The word lists as the pipeline holds them: loading, phrase look-ups, comparison keys."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from extractor.lexicon.keys import KEY_CACHE_SIZE, PhraseKeys
from extractor.lexicon.loader import data_lines
from extractor.lexicon.phrases import head_at, leading_head, looks_foreign, match_phrase
from extractor.pipeline import default_pipeline
from extractor.text.syllables import syllable_tokens


@pytest.fixture(scope="module")
def lex():
    return default_pipeline().lexicons


def _syls(text: str):
    return syllable_tokens(text, 0, len(text))


def test_lists_are_stored_normalized(lex) -> None:
    assert ("Đảng", "ủy") in lex.org_heads  # written "Đảng uỷ" or "Đảng ủy" in a text alike
    assert lex.is_honorific("PGS.TS") and lex.is_honorific("ông") and not lex.is_honorific("Tâm")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("PGS.TS.BS", True),  # degrees joined by dots
        ("PGS-TS", True),  # or by a dash
        ("GS-TSKH", True),
        ("PGS.", True),
        ("-", False),  # a bare mark joins nothing
        (".", False),
        ("Anh-Pháp", False),  # a country pair, not two honorifics
        ("TS-Tâm", False),
        ("BSCK1", True),  # a doctor's specialist grade joined on
        ("BSCKI", True),
        ("BS.CK2", True),
        ("CK1", False),  # the grade alone is no honorific
        ("ACK1", False),
    ],
)
def test_degrees_joined_in_one_word_are_honorifics(lex, word: str, expected: bool) -> None:
    assert lex.is_honorific(word) is expected


@pytest.mark.parametrize(
    ("text", "table", "length"),
    [
        ("phường Yên Sở", "admin_units", 1),
        ("thị xã Sơn Tây", "admin_units", 2),
        ("Hà Nội mới", "places", 2),
        ("Yên Sở", "admin_units", 0),
    ],
)
def test_the_longest_phrase_at_a_syllable(lex, text: str, table: str, length: int) -> None:
    assert match_phrase(_syls(text), 0, getattr(lex, table), lex) == length


def test_heads_match_their_first_word_as_written(lex) -> None:
    head = head_at(_syls("Ban Bí Thư Trung ương"), 0, lex)
    assert head is not None and head.words == ("Ban", "Bí", "thư")
    assert head_at(_syls("hội nghị"), 0, lex) is None  # lower-case "hội" is not the head "Hội"
    assert leading_head(("Công", "ty", "CP", "Bibica"), lex)[0] == 2


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Đài Loan Thái Anh Văn", None),  # a country whose name opens with a head's word
        ("Đài Bắc", None),  # a province's
        ("Đài Truyền hình Đài Loan", ("Đài", "Truyền", "hình")),  # a longer head is no place
        ("Hội An ngày càng đông", None),  # a locality the run ends with
        ("Hội An toàn giao thông", ("Hội",)),  # "an toàn" is a word: the name goes on
        ("Trường Trung học cơ sở Quảng Phú", ("Trường",)),  # "trung học" likewise
        ("Trường Giang.", None),  # a locality's name alone (here a comedian's)
        ("Trường Giang Nguyễn Văn An", ("Trường",)),  # the run goes on: not the place alone
    ],
)
def test_a_place_that_opens_with_a_heads_word_is_no_head(lex, text: str, head: tuple[str, ...] | None) -> None:
    found = head_at(_syls(text), 0, lex)
    assert (found.words if found else None) == head


@pytest.mark.parametrize(
    ("word", "foreign"),
    [
        ("Trump", True),
        ("Hughie", True),
        ("Nguyễn", False),
        ("UBND", False),
        # a vowel group no unmarked Vietnamese syllable has: Khmer and Lao names
        ("Khuon", True),
        ("Chea", True),
        ("Sok", True),
        # unmarked groups Vietnamese does have
        ("Hoa", False),
        ("Khuya", False),
        ("Xoong", False),
        ("Hun", False),
    ],
)
def test_foreign_words(word: str, foreign: bool) -> None:
    assert looks_foreign(word) is foreign


def test_comparison_keys_expand_abbreviations(lex) -> None:
    keys = lex.keys
    assert keys.match_key("UBND TP. Hà Nội") == keys.match_key("Ủy ban nhân dân thành phố Hà Nội")
    assert keys.match_key("Đảng uỷ  phường") == "đảng ủy phường"
    assert keys.soft_match("Đảng ủy xã", "Đảng ủy xã Như Thanh")
    assert not keys.soft_match("Bộ Tài chính", "Bộ Công Thương")


def test_the_key_cache_is_bounded() -> None:
    keys = PhraseKeys({"UBND": "Ủy ban nhân dân"})
    for k in range(KEY_CACHE_SIZE + 10):
        keys.match_key(f"Phường {k}")
    assert keys.match_key.cache_info().currsize == KEY_CACHE_SIZE


def test_two_lexicons_do_not_share_look_up_tables(lex) -> None:
    from dataclasses import replace

    other = replace(lex, places=lex.places | {("Zzyzx",)})
    assert match_phrase(_syls("Zzyzx"), 0, other.places, other) == 1
    assert match_phrase(_syls("Zzyzx"), 0, lex.places, lex) == 0


def test_appointment_links_and_localities_load() -> None:
    from extractor.lexicon.loader import Lexicons

    lex = Lexicons.load()
    assert ("giữ", "chức") in lex.title_links
    assert ("đối", "với") in lex.name_links
    assert ("đang",) in lex.link_adverbs
    assert ("Văn", "Yên") in lex.localities  # a district before 2025
    assert ("Thường", "Tín") in lex.localities
    assert not any(len(name) < 2 for name in lex.localities)


def test_state_fields_are_read_in_every_spelling_of_their_separators(lex) -> None:
    from extractor.lexicon.loader import _separator_spellings

    spellings = set(_separator_spellings("Lao động, Thương binh và Xã hội"))
    assert spellings == {
        ("lao", "động", ",", "thương", "binh", "và", "xã", "hội"),
        ("lao", "động", "-", "thương", "binh", "và", "xã", "hội"),
        ("lao", "động", "–", "thương", "binh", "và", "xã", "hội"),
        ("lao", "động-thương", "binh", "và", "xã", "hội"),
    }
    assert spellings <= lex.state_fields
    # a phrase without a separator has one spelling, lower case
    assert _separator_spellings("Giáo dục và Đào tạo") == [("giáo", "dục", "và", "đào", "tạo")]


def test_no_list_holds_an_entry_twice() -> None:
    """A repeated entry is an edit made twice or a merge gone wrong; it hides which one a later
    edit should change."""
    folder = resources.files("extractor.lexicon").joinpath("data")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith((".txt", ".tsv")))
    assert "measure_cues.tsv" in names
    repeated = {}
    for name in names:
        twice = sorted(line for line, n in Counter(data_lines(name)).items() if n > 1)
        if twice:
            repeated[name] = twice
    assert repeated == {}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Okonjo-Iweala", True),  # a double-barrelled foreign family name
        ("Jae-in", True),  # a Korean given name
        ("Trump", True),
        ("Rịa-Vũng", False),  # two Vietnamese syllables the tokenizer joined ("Bà Rịa-Vũng Tàu")
        ("Nguyễn", False),
    ],
)
def test_a_foreign_name_word(word: str, expected: bool) -> None:
    from extractor.lexicon.phrases import looks_foreign_name

    assert looks_foreign_name(word) is expected
