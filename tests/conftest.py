from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# Other people's articles stay in ../shared (CI has it beside the checkout); the project
# bundles only the seed article and what it wrote itself.
SHARED_GOLD = ROOT.parent / "shared" / "gold"


def article_texts() -> list[Path]:
    """Real article texts for tests that multiply them: the gold articles in ../shared, or
    the bundled seed article where ../shared is absent."""
    gold = sorted(SHARED_GOLD.glob("*.txt")) if SHARED_GOLD.is_dir() else []
    return gold or [FIXTURES / "sample-yen-so.txt"]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "sample-yen-so.txt").read_text(encoding="utf-8")


# The fuzz tests run a fixed, small budget in CI; EXTRACTOR_FUZZ=20 runs twenty times as many
# examples (``EXTRACTOR_FUZZ=20 python -m pytest tests/test_fuzz.py``).
FUZZ_SCALE = max(1, int(os.environ.get("EXTRACTOR_FUZZ", "1") or 1))


def fuzz_examples(count: int) -> int:
    return count * FUZZ_SCALE
