"""When two posts, written by two articles, are one post: the evidence that two namesakes are one person."""

from __future__ import annotations

# Titles that name a post only with their organization: two namesakes both called just
# "Chủ tịch" are not shown to be one person (unlike "Thủ tướng" or "Tổng Bí thư").
TITLES_NEEDING_AN_ORGANIZATION = frozenset(
    "chủ tịch|phó chủ tịch|giám đốc|phó giám đốc|tổng giám đốc|phó tổng giám đốc|bí thư|phó bí thư|trưởng ban|"
    "phó trưởng ban|trưởng phòng|chánh văn phòng|ủy viên|thành viên|viện trưởng|hiệu trưởng|cục trưởng|"
    "vụ trưởng|chánh án|trưởng công an|nguyên chủ tịch|nguyên giám đốc|nguyên tổng giám đốc".split("|")
)

Post = tuple[str, str | None]  # (title key, organization key), in the extraction guide's match form


def contains(longer: str, shorter: str) -> bool:
    """Is ``shorter`` ``longer`` or a run of its whole words?"""
    return f" {shorter} " in f" {longer} "


def same_post(a: Post, b: Post) -> bool:
    """One post written two ways: "Thủ tướng" / "Thủ tướng Chính phủ" (an office), or the same
    title at "Tài chính" / "Bộ Tài chính" (one organization's name holding the other's)."""
    (title_a, org_a), (title_b, org_b) = a, b
    if org_a is None and org_b is None:
        shorter = min(title_a, title_b, key=len)
        if shorter in TITLES_NEEDING_AN_ORGANIZATION:
            return False  # "Chủ tịch" of what? Namesakes are common: not evidence enough
        return contains(title_a, title_b) or contains(title_b, title_a)
    if org_a is None or org_b is None or title_a != title_b:
        return False
    return contains(org_a, org_b) or contains(org_b, org_a)
