"""Where an organization sits: the locality its name ends in, read from the comparison form."""

from __future__ import annotations

import pytest

from extractor.registry.hierarchy import is_locality, locality_of, shown_locality, suffixes


@pytest.mark.parametrize(
    ("name_key", "locality"),
    [
        ("ủy ban nhân dân phường yên sở", "phường yên sở"),
        ("sở xây dựng tỉnh nghệ an", "tỉnh nghệ an"),
        ("công an thị xã sơn tây thành phố hà nội", "thị xã sơn tây thành phố hà nội"),
        ("thị xã sơn tây thành phố hà nội", "thành phố hà nội"),  # a locality's own: the one it lies in
        ("ủy ban nhân dân phường 3 quận 10", "phường 3 quận 10"),
        ("phòng văn hóa xã hội phường kim liên", "phường kim liên"),  # "xã hội" is not a commune
        ("ban tuyên giáo tỉnh ủy nghệ an", None),  # "tỉnh ủy" is a party committee, not a province
        ("ban chỉ huy quân sự xã đội", None),
        ("đảng ủy xã", None),  # a unit word with no name after it
        ("bộ tài chính", None),
        ("phường yên sở", None),
    ],
)
def test_the_locality_a_name_ends_in(name_key: str, locality: str | None) -> None:
    assert locality_of(name_key) == locality


@pytest.mark.parametrize(
    ("key", "shown", "a_place"),
    [
        ("phường yên sở", "phường Yên Sở", True),
        ("thị xã sơn tây thành phố hà nội", "thị xã Sơn Tây thành phố Hà Nội", True),
        ("phường 3 quận 10", "phường 3 quận 10", True),
        ("tỉnh ủy nghệ an", "Tỉnh Ủy Nghệ An", False),
    ],
)
def test_a_locality_as_written(key: str, shown: str, a_place: bool) -> None:
    assert (shown_locality(key), is_locality(key)) == (shown, a_place)


def test_the_tails_of_a_name_longest_first() -> None:
    assert suffixes("văn phòng ủy ban") == ["phòng ủy ban", "ủy ban", "ban"]
    assert suffixes("bộ") == []
