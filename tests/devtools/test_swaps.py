from __future__ import annotations

import random
import re

import pytest

from devtools.swaps import (
    Difference,
    NamePools,
    differences,
    holder_title,
    name_mapping,
    probe_appositions,
    probe_contexts,
    probe_names,
    probe_titles,
    swapped,
)

POOLS = NamePools(family=["Trần", "Lê", "Phạm"], middle=["Minh", "Quốc"], given=["Hùng", "Lan", "Tâm"])


@pytest.mark.parametrize(
    ("text", "mapping", "expected"),
    [
        (  # whole words only: "An" inside "Anh" stays
            "Ông Nguyễn Văn An và ông Nguyễn Văn Anh dự.",
            {"Nguyễn Văn An": "Lê Minh Hùng"},
            "Ông Lê Minh Hùng và ông Nguyễn Văn Anh dự.",
        ),
        (  # a value that is another key is not replaced again
            "Nguyễn Văn An gặp Lê Minh Hùng.",
            {"Nguyễn Văn An": "Lê Minh Hùng", "Lê Minh Hùng": "Phạm Quốc Tâm"},
            "Lê Minh Hùng gặp Phạm Quốc Tâm.",
        ),
        (  # the short mention after an honorific follows; a full name after one does not
            "Ông Nguyễn Văn An phát biểu. Ông An cho biết ông An Giang sẽ đến.",
            {"Nguyễn Văn An": "Lê Minh Hùng"},
            "Ông Lê Minh Hùng phát biểu. Ông Hùng cho biết ông An Giang sẽ đến.",
        ),
    ],
)
def test_swapped(text: str, mapping: dict[str, str], expected: str) -> None:
    assert swapped(text, mapping, short_mentions=True) == expected


@pytest.mark.parametrize("like", ["Lê Hùng", "Nguyễn Văn An", "Nguyễn Lê Minh Quân"])
def test_an_invented_name_has_as_many_syllables(like: str) -> None:
    rng = random.Random(0)
    for _ in range(20):
        name = POOLS.invent(like, rng)
        assert name is not None and len(name.split()) == len(like.split())
        assert name.split()[0] in POOLS.family and name.split()[-1] in POOLS.given


def test_a_name_of_one_or_five_syllables_is_not_swapped() -> None:
    assert POOLS.invent("Sugiono", random.Random(0)) is None
    assert POOLS.invent("Y Thanh Hà Niê Kđăm", random.Random(0)) is None


def test_no_invented_name_is_a_place_to_avoid() -> None:
    pools = NamePools(family=["Hà", "Lê"], middle=[], given=["Nam", "Lan"])
    avoid = {"Hà Nam", "Hà Lan"}
    for seed in range(10):
        mapping = name_mapping(["Nguyễn An"], "", pools, random.Random(seed), avoid)
        assert mapping["Nguyễn An"] in {"Lê Nam", "Lê Lan"}


def test_differences_map_the_names_back() -> None:
    before = {"Nguyễn Văn An": ["Chủ tịch @ UBND tỉnh"], "Lê Hùng": ["Giám đốc @ Sở Y tế"]}
    after = {"Minh Hùng": ["Chủ tịch @ UBND tỉnh Lê"], "Phạm Lan": ["Giám đốc @ Sở Y tế"]}
    mapping = {"Nguyễn Văn An": "Lê Minh Hùng", "Lê Hùng": "Phạm Lan"}
    assert differences(before, after, mapping) == [
        Difference("lost", "Nguyễn Văn An", "Lê Minh Hùng", ["Chủ tịch @ UBND tỉnh"], None),
        Difference("new", "Minh Hùng", None, None, ["Chủ tịch @ UBND tỉnh Lê"]),
    ]


_TEXT = "Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu. Ông An cho biết tỉnh sẽ đầu tư."


def _structural_reader(text: str) -> dict[str, list[str]]:
    return {m.group(1): ["Chủ tịch @ UBND tỉnh"] for m in re.finditer(r"UBND tỉnh (\w+ \w+ \w+) phát", text)}


def _name_bound_reader(text: str) -> dict[str, list[str]]:
    # reads only the family name it was written from, as an overfitted rule would
    return {m.group(1): ["Chủ tịch @ UBND tỉnh"] for m in re.finditer(r"UBND tỉnh (Nguyễn \w+ \w+) phát", text)}


def test_a_reader_of_the_sentences_shape_reads_every_swap_alike() -> None:
    assert probe_names(_TEXT, _structural_reader, POOLS, seeds=5, label="t") == []


def test_a_reader_bound_to_one_name_is_caught() -> None:
    found = probe_names(_TEXT, _name_bound_reader, POOLS, seeds=5, label="t")
    assert len(found) == 5
    assert all(d.kind == "lost" and d.name == "Nguyễn Văn An" for _, _, diffs in found for d in diffs)


_TITLED = "Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu. Phó Chủ tịch UBND tỉnh Lê Minh Hùng dự."


def _title_shape_reader(text: str) -> dict[str, list[str]]:
    found = re.finditer(r"((?:Phó )?Chủ tịch(?: Thường trực)?) (UBND tỉnh) (\w+ \w+ \w+) (?:phát|dự)", text)
    return {m.group(3): [f"{m.group(1)} @ {m.group(2)}"] for m in found}


def _one_title_reader(text: str) -> dict[str, list[str]]:
    # knows "Chủ tịch" only, and reads it inside "Phó Chủ tịch" too, as a rule tuned on one title might
    return {m.group(1): ["Chủ tịch @ UBND tỉnh"] for m in re.finditer(r"Chủ tịch UBND tỉnh (\w+ \w+ \w+)", text)}


def test_a_reader_of_the_titles_shape_reads_every_title_swap_alike() -> None:
    assert probe_titles(_TITLED, _title_shape_reader) == []


def test_a_reader_of_one_title_is_caught_by_the_title_swap() -> None:
    found = dict(probe_titles(_TITLED, _one_title_reader))
    assert set(found) == {"Phó Chủ tịch", "Phó Chủ tịch Thường trực"}
    # the swap makes both posts "Phó Chủ tịch"; the reader still gives both "Chủ tịch"
    assert found["Phó Chủ tịch"] == [
        Difference("posts", "Nguyễn Văn An", None, ["Phó Chủ tịch @ UBND tỉnh"], ["Chủ tịch @ UBND tỉnh"]),
        Difference("posts", "Lê Minh Hùng", None, ["Phó Chủ tịch @ UBND tỉnh"], ["Chủ tịch @ UBND tỉnh"]),
    ]


_POSTED = "Chủ tịch UBND tỉnh Nguyễn Văn An cho biết tỉnh sẽ đầu tư. Dự có Giám đốc Sở Y tế Lê Thị Hoa."
_NAME = r"([A-ZĐÀ-Ỹ]\w* [A-ZĐÀ-Ỹ]\w* [A-ZĐÀ-Ỹ]\w*)"
_POST = r"((?:Chủ tịch|Giám đốc) (?:UBND tỉnh|Sở Y tế))"


def _either_side_reader(text: str) -> dict[str, list[str]]:
    before = {m.group(2): [m.group(1)] for m in re.finditer(rf"{_POST} {_NAME}", text)}
    after = {m.group(1): [m.group(2)] for m in re.finditer(rf"(?:ông|bà|Ông|Bà) {_NAME}(?:,| -) {_POST}", text)}
    return before | after


def _post_first_reader(text: str) -> dict[str, list[str]]:
    return {m.group(2): [m.group(1)] for m in re.finditer(rf"{_POST} {_NAME}", text)}


def test_a_reader_of_either_side_reads_every_apposition_alike() -> None:
    assert probe_appositions(_POSTED, _either_side_reader) == []


def test_a_reader_of_posts_before_names_only_is_caught() -> None:
    found = probe_appositions(_POSTED, _post_first_reader)
    # the first post opens a sentence, so its honorific is capitalized; the second is no clause's opening
    assert [written for written, _ in found] == [
        "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh,",
        "Ông Nguyễn Văn An - Chủ tịch UBND tỉnh",
    ]
    assert all(d.kind == "lost" and d.name == "Nguyễn Văn An" for _, diffs in found for d in diffs)


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Tổng công ty Điện lực miền Bắc", "Tổng Giám đốc"),  # the longer head, not "Công ty"
        ("Trường THPT Chu Văn An", "Hiệu trưởng"),
        ("Bộ Y tế", "Thứ trưởng"),
        ("Bộ", None),  # a head alone is no body to put in a sentence
        ("Vinamilk", None),
    ],
)
def test_holder_title(body: str, title: str | None) -> None:
    assert holder_title(body) == title


_BODIES = ("Báo Nhân Dân", "Hiệp hội các DN Hàn Quốc")
_HOLDER = r"([A-ZĐÀ-Ỹ]\w* [A-ZĐÀ-Ỹ]\w* [A-ZĐÀ-Ỹ]\w*)"


def _posts(sentence: str, bodies: list[str]) -> dict[str, list[str]]:
    officials: dict[str, list[str]] = {}
    for body in bodies:
        title = holder_title(body)
        m = re.search(rf"{title} {body} {_HOLDER}", sentence) or re.search(
            rf"(?:ông|Ông) {_HOLDER}(?:,| -) {title} {body}", sentence
        )
        if m:
            officials[m.group(1)] = [f"{title} {body}"]
    return officials


def _gazetteer_reader(sentence: str) -> tuple[dict[str, list[str]], list[str]]:
    bodies = [body for body in _BODIES if body in sentence]
    return _posts(sentence, bodies), bodies


def _capitals_reader(sentence: str) -> tuple[dict[str, list[str]], list[str]]:
    # a body's name is its head and the capitalized words after it, as a rule that stops at lower case reads it
    bodies = [m.group() for m in re.finditer(r"(?:Báo|Hiệp hội)(?: [A-ZĐÀ-Ỹ]\w*)*", sentence)]
    return _posts(sentence, bodies), bodies


def test_a_reader_that_reads_the_names_whole_reads_them_in_every_sentence() -> None:
    assert probe_contexts(_BODIES, _gazetteer_reader, POOLS) == []


def test_a_reader_that_stops_at_lower_case_is_caught_in_every_sentence() -> None:
    misses = probe_contexts(_BODIES, _capitals_reader, POOLS)
    # it runs into the holder's name written straight after the body, and cuts the other body everywhere
    assert [(m.body, m.sentence.startswith("Tổng Biên tập")) for m in misses] == [
        ("Báo Nhân Dân", True),
        *[("Hiệp hội các DN Hàn Quốc", False)] * 3,
    ]
    assert misses[0].institutions == [f"Báo Nhân Dân {misses[0].holder}"]
    assert all(m.institutions == ["Hiệp hội"] for m in misses[1:])
