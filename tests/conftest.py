from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def service_url():
    """``vn-extract serve`` in a process of its own, on a free port of 127.0.0.1."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "extractor", "serve", "--port", str(port), "--max-bytes", "100000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server ended: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("the server did not answer /healthz within 90 s")
    yield base
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
