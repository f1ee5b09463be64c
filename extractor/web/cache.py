"""A conditional-GET cache in SQLite: the last good response per URL, with its validators.

A later request for the URL sends ``If-None-Match`` / ``If-Modified-Since``; a ``304``
answer is served from here. One file, safe to share between runs; not between processes
writing at once (SQLite serializes them, slowly).

Why not hishel (httpx's caching transport): this cache stores only what the fetcher accepted
after its own checks (every redirect hop checked against private addresses, the Content-Type,
the size cap), keyed by the URL asked for, and it always revalidates: a news page changes
without telling, so RFC 9111 freshness (serving a stored page without asking) is not wanted.
A transport sits beneath those checks; eighty lines of SQLite do the one thing needed.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    body BLOB NOT NULL,
    fetched_at REAL NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class CachedResponse:
    url: str
    final_url: str
    etag: str | None
    last_modified: str | None
    content_type: str | None
    body: bytes
    fetched_at: float

    def validators(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class ResponseCache:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get(self, url: str) -> CachedResponse | None:
        row = self._db.execute(
            "SELECT url, final_url, etag, last_modified, content_type, body, fetched_at FROM responses WHERE url = ?",
            (url,),
        ).fetchone()
        return CachedResponse(*row) if row else None

    def put(
        self,
        url: str,
        final_url: str,
        etag: str | None,
        last_modified: str | None,
        content_type: str | None,
        body: bytes,
    ) -> None:
        if not etag and not last_modified:
            return  # nothing to revalidate with: caching it would only serve stale pages
        self._db.execute(
            "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?)",
            (url, final_url, etag, last_modified, content_type, body, time.time()),
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()
