"""Whom an appointed official replaces: read right after the post, in its sentence."""

from __future__ import annotations

import pytest

from extractor.pipeline import default_pipeline

CASES = [
    ("UBND tỉnh bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Xây dựng tỉnh Nghệ An, thay ông Nguyễn Văn Hùng nghỉ hưu.",
     "Trần Văn Bình", "Nguyễn Văn Hùng"),
    ("Công ty bổ nhiệm bà Lê Thị Mai làm Tổng giám đốc Công ty cổ phần Sông Đà, thay thế ông Phạm Quốc Khánh.",
     "Lê Thị Mai", "Phạm Quốc Khánh"),
    ("Ông Đỗ Minh Tuấn được bầu giữ chức Chủ tịch UBND xã Đông Anh thay cho bà Hoàng Thị Lan.",
     "Đỗ Minh Tuấn", "Hoàng Thị Lan"),
    # the replaced one named before the post: the post is still the newcomer's
    ("Bà Vũ Thị Hạnh thay ông Đặng Văn Quý giữ chức Giám đốc Sở Tài chính tỉnh Hưng Yên.",
     "Vũ Thị Hạnh", "Đặng Văn Quý"),
    # no succession: a replacement of things, or one in another sentence
    ("Chủ tịch UBND xã Đông Anh Nguyễn Văn An yêu cầu thay thế ống nước cũ trước ngày 15/1.", "Nguyễn Văn An", None),
    ("Giám đốc Sở Y tế Hà Nội Trần Văn Lâm dự lễ. Trước đó, xã đã thay ông Nguyễn Văn Hùng ở tổ công tác.",
     "Trần Văn Lâm", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "replaces"), CASES)
def test_predecessors(text: str, name: str, replaces: str | None) -> None:
    result = default_pipeline()(text, require_vietnamese=False)
    [official] = [o for o in result.officials if o.name == name]
    assert [p.replaces for p in official.positions] == [replaces] * len(official.positions)


def test_the_one_replaced_before_the_post_holds_nothing() -> None:
    result = default_pipeline()(
        "Bà Vũ Thị Hạnh thay ông Đặng Văn Quý giữ chức Giám đốc Sở Tài chính.", require_vietnamese=False
    )
    assert [o.name for o in result.officials] == ["Vũ Thị Hạnh"]
