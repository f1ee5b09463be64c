"""The registry: people, organizations and posts across articles, each fact with its evidence.

    registry = Registry.open("registry.sqlite")
    registry.add_lines("out.jsonl")            # idempotent: an article already added is skipped
    registry.person("Nguyễn Minh Tâm")         # every post, with first/last seen and the articles
    registry.org("UBND phường Yên Sở")         # who held which post there

SQLite (the standard library's ``sqlite3``), one writer at a time: every article is added in
one transaction, so a killed ``add`` leaves the database as it was before that article. The
schema's version is kept in ``PRAGMA user_version`` and migrated on open. The SQL is plain
(tables, unique keys, joins), with nothing SQLite-only beyond the pragmas.

Identity. Names and organizations are compared in the extraction guide's form (``UBND`` =
``Ủy ban nhân dân``, one tone-mark placement, case). The same name in two articles is the
same person only when the evidence agrees: a post at the same organization. Otherwise they
stay two people (namesakes are common), and each person's ``why`` says how it was decided.
An article is identified by its canonical URL, else by a hash of its source and content.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..lexicon.loader import shipped_phrase_keys
from ..runs.records import json_lines

SCHEMA_VERSION = 3

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS articles (
        id INTEGER PRIMARY KEY, article_key TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
        url TEXT, title TEXT, published_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS people (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, why TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS people_by_key ON people (name_key)",
    """CREATE TABLE IF NOT EXISTS organizations (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, kind TEXT)""",
    """CREATE TABLE IF NOT EXISTS aliases (
        organization_id INTEGER NOT NULL REFERENCES organizations (id), alias TEXT NOT NULL,
        alias_key TEXT NOT NULL, UNIQUE (organization_id, alias_key))""",
    """CREATE TABLE IF NOT EXISTS posts (
        id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people (id), title TEXT NOT NULL,
        title_key TEXT NOT NULL, organization_id INTEGER REFERENCES organizations (id),
        UNIQUE (person_id, title_key, organization_id))""",
    """CREATE TABLE IF NOT EXISTS evidence (
        id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id),
        fact TEXT NOT NULL, fact_id INTEGER NOT NULL, text TEXT NOT NULL, start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL, UNIQUE (article_id, fact, fact_id, start_offset))""",
    "CREATE INDEX IF NOT EXISTS evidence_by_fact ON evidence (fact, fact_id)",
]
# Each version's statements, applied in turn to a database of an older version.
_MIGRATIONS: dict[int, list[str]] = {
    1: _SCHEMA,
    2: [
        """CREATE TABLE IF NOT EXISTS curation (
            id INTEGER PRIMARY KEY, verdict TEXT NOT NULL, name_key TEXT NOT NULL,
            first_org_key TEXT NOT NULL, second_org_key TEXT NOT NULL,
            UNIQUE (verdict, name_key, first_org_key, second_org_key))""",
    ],
    3: [
        """CREATE TABLE IF NOT EXISTS successions (
            post_id INTEGER NOT NULL REFERENCES posts (id), article_id INTEGER NOT NULL REFERENCES articles (id),
            replaced TEXT NOT NULL, UNIQUE (post_id, article_id, replaced))""",
    ],
}


@dataclass(frozen=True)
class Evidence:
    source: str
    url: str | None
    published_at: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PersonPost:
    """One post of one person, as the articles show it."""

    person_id: int
    name: str
    title: str
    organization: str | None
    first_seen: str | None  # the earliest publication time among its articles (null for texts without one)
    last_seen: str | None
    articles: int
    why: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class OrgPost:
    """Who held which post at an organization (and whom they replaced, when an article said)."""

    organization: str
    person_id: int
    name: str
    title: str
    first_seen: str | None
    last_seen: str | None
    articles: int
    replaced: str | None = None


@dataclass
class AddSummary:
    added: int = 0
    skipped: int = 0  # already in the registry
    errors: list[str] = field(default_factory=list)  # malformed lines and error records, reported and skipped


# Titles that name a post only with their organization: two namesakes both called just
# "Chủ tịch" are not shown to be one person (unlike "Thủ tướng" or "Tổng Bí thư").
_TITLES_NEEDING_AN_ORGANIZATION = frozenset(
    "chủ tịch|phó chủ tịch|giám đốc|phó giám đốc|tổng giám đốc|phó tổng giám đốc|bí thư|phó bí thư|trưởng ban|"
    "phó trưởng ban|trưởng phòng|chánh văn phòng|ủy viên|thành viên|viện trưởng|hiệu trưởng|cục trưởng|"
    "vụ trưởng|chánh án|trưởng công an|nguyên chủ tịch|nguyên giám đốc|nguyên tổng giám đốc".split("|")
)


def _write_ahead_log(connection: sqlite3.Connection, seconds: float = 60.0) -> None:
    """Readers while one writer adds. Switching a new file to WAL while another process opens it
    answers "locked" at once (SQLite does not wait there): so ask again until it is done."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _contains(longer: str, shorter: str) -> bool:
    """Is ``shorter`` ``longer`` or a run of its whole words?"""
    return f" {shorter} " in f" {longer} "


def _same_post(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """One post written two ways: "Thủ tướng" / "Thủ tướng Chính phủ" (an office), or the same
    title at "Tài chính" / "Bộ Tài chính" (one organization's name holding the other's)."""
    (title_a, org_a), (title_b, org_b) = a, b
    if org_a is None and org_b is None:
        shorter = min(title_a, title_b, key=len)
        if shorter in _TITLES_NEEDING_AN_ORGANIZATION:
            return False  # "Chủ tịch" of what? Namesakes are common: not evidence enough
        return _contains(title_a, title_b) or _contains(title_b, title_a)
    if org_a is None or org_b is None or title_a != title_b:
        return False
    return _contains(org_a, org_b) or _contains(org_b, org_a)


def _article_of(record: dict) -> dict:
    """What is known of the record's article: the page, or a text's sidecar / --date."""
    return record.get("article") or record.get("meta") or {}


def article_key(record: dict) -> str:
    """Its canonical URL, else a hash of its source and what was read from it."""
    article = _article_of(record)
    url = article.get("canonical_url") or article.get("url")
    if url:
        return f"url:{url}"
    content = json.dumps(
        [record.get("source"), record.get("officials"), record.get("institutions")], ensure_ascii=False, sort_keys=True
    )
    return "sha256:" + hashlib.sha256(content.encode("utf-8")).hexdigest()


class Registry:
    """People, organizations and posts across articles, in one SQLite file."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        self.key = shipped_phrase_keys().match_key

    @classmethod
    def open(cls, path: str | Path) -> Registry:
        connection = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        _write_ahead_log(connection)
        connection.execute("PRAGMA foreign_keys=ON")
        registry = cls(connection)
        registry._migrate()
        return registry

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"the registry has schema {version}, newer than this program's {SCHEMA_VERSION}")
        if version < SCHEMA_VERSION:
            self.db.execute("BEGIN IMMEDIATE")
            (version,) = self.db.execute("PRAGMA user_version").fetchone()  # another process may have done it
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[step]:
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db.execute("COMMIT")

    # --- adding ------------------------------------------------------------------------------

    def add_lines(self, path: str | Path) -> AddSummary:
        """Add every result line of a JSON Lines output; report bad lines and error records."""
        summary = AddSummary()
        for number, record, problem in json_lines(path):
            if record is None:
                summary.errors.append(f"{path}:{number}: {problem}")
            else:
                self._add_counted(record, summary, f"{path}:{number}")
        return summary

    def add_records(self, records: Iterable[dict]) -> AddSummary:
        summary = AddSummary()
        for k, record in enumerate(records, 1):
            self._add_counted(record, summary, f"record {k}")
        return summary

    def _add_counted(self, record: dict, summary: AddSummary, where: str) -> None:
        if "error" in record or "officials" not in record:
            summary.errors.append(f"{where}: {record.get('source')}: not a result record, skipped")
            return
        if self.add(record):
            summary.added += 1
        else:
            summary.skipped += 1

    def add(self, record: dict) -> bool:
        """Add one result record (one transaction); False when the article is already in."""
        key = article_key(record)
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM articles WHERE article_key = ?", (key,)).fetchone():
                db.execute("ROLLBACK")
                return False
            article = _article_of(record)
            article_id = db.execute(
                "INSERT INTO articles (article_key, source, url, title, published_at) VALUES (?, ?, ?, ?, ?)",
                (key, record.get("source", ""), article.get("canonical_url") or article.get("url"),
                 article.get("title"), article.get("published_at")),
            ).lastrowid  # fmt: skip
            assert article_id is not None
            for institution in record.get("institutions", []):
                org_id = self._organization(institution["name"], institution.get("kind"))
                for alias in institution.get("aliases", []):
                    db.execute(
                        "INSERT OR IGNORE INTO aliases (organization_id, alias, alias_key) VALUES (?, ?, ?)",
                        (org_id, alias, self.key(alias)),
                    )
                for mention in institution.get("mentions", [])[:1]:
                    self._evidence(article_id, "organization", org_id, mention)
            for official in record.get("officials", []):
                self._add_official(article_id, official)
            db.execute("COMMIT")
            return True
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _organization(self, name: str, kind: str | None) -> int:
        key = self.key(name)
        row = self.db.execute("SELECT id FROM organizations WHERE name_key = ?", (key,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT organization_id FROM aliases WHERE alias_key = ? GROUP BY organization_id", (key,)
            ).fetchall()
            row = row[0] if len(row) == 1 else None  # an alias of one organization only
        if row is not None:
            return int(row[0])
        new_id = self.db.execute(
            "INSERT INTO organizations (name, name_key, kind) VALUES (?, ?, ?)", (name, key, kind)
        ).lastrowid
        assert new_id is not None
        return new_id

    def _evidence(self, article_id: int, fact: str, fact_id: int, span: dict) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO evidence (article_id, fact, fact_id, text, start_offset, end_offset)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (article_id, fact, fact_id, span["text"], span["start"], span["end"]),
        )

    def _add_official(self, article_id: int, official: dict) -> None:
        posts = [(p["title"], p.get("organization")) for p in official["positions"]]
        org_ids = [self._organization(org, None) if org else None for _, org in posts]
        ours = [
            (self.key(title), self._org_key(org) if org is not None else None)
            for (title, _), org in zip(posts, org_ids, strict=True)
        ]
        person_id = self._person(official["name"], ours)
        for (title, _), org_id, position in zip(posts, org_ids, official["positions"], strict=True):
            title_key = self.key(title)
            row = self.db.execute(
                "SELECT id FROM posts WHERE person_id = ? AND title_key = ? AND organization_id IS ?",
                (person_id, title_key, org_id),
            ).fetchone()
            if row is None:
                post_id = self.db.execute(
                    "INSERT INTO posts (person_id, title, title_key, organization_id) VALUES (?, ?, ?, ?)",
                    (person_id, title, title_key, org_id),
                ).lastrowid
            else:
                post_id = row[0]
            assert post_id is not None
            self._evidence(article_id, "post", post_id, position)
            if position.get("replaces"):  # "bổ nhiệm ông A …, thay ông B": a succession
                self.db.execute(
                    "INSERT OR IGNORE INTO successions (post_id, article_id, replaced) VALUES (?, ?, ?)",
                    (post_id, article_id, position["replaces"]),
                )
        for mention in official.get("mentions", [])[:1]:
            self._evidence(article_id, "person", person_id, mention)

    def _person(self, name: str, ours: list[tuple[str, str | None]]) -> int:
        """The person this name is in this article: one already known when they share an
        organization, or hold the same post written two ways ("Thủ tướng" / "Thủ tướng Chính
        phủ"; "Bộ trưởng Tài chính" / "Bộ trưởng Bộ Tài chính"), else a new one (``why`` says how)."""
        key = self.key(name)
        namesakes = [row[0] for row in self.db.execute("SELECT id FROM people WHERE name_key = ?", (key,))]
        org_keys = {org for _, org in ours if org is not None}
        for person_id in namesakes:
            their_posts = self._posts_of(person_id)
            theirs = {org for _, org in their_posts if org is not None}
            if self._curated(key, org_keys, theirs, "different"):
                continue
            if org_keys & theirs or self._curated(key, org_keys, theirs, "same"):
                return person_id
            if any(_same_post(mine, other) for mine in ours for other in their_posts):
                return person_id
        why = (
            f"a new person: {len(namesakes)} other(s) of this name share no organization or office with this article"
            if namesakes
            else "the first article naming this person"
        )
        new_id = self.db.execute(
            "INSERT INTO people (name, name_key, why) VALUES (?, ?, ?)", (name, key, why)
        ).lastrowid
        assert new_id is not None
        return new_id

    def _org_key(self, org_id: int) -> str:
        return str(self.db.execute("SELECT name_key FROM organizations WHERE id = ?", (org_id,)).fetchone()[0])

    def _posts_of(self, person_id: int) -> list[tuple[str, str | None]]:
        return [
            (row[0], row[1])
            for row in self.db.execute(
                "SELECT posts.title_key, organizations.name_key FROM posts"
                " LEFT JOIN organizations ON organizations.id = posts.organization_id WHERE posts.person_id = ?",
                (person_id,),
            )
        ]

    def _curated(self, name_key: str, ours: set[str], theirs: set[str], verdict: str) -> bool:
        """Does the curation say the person of this name at ``ours`` and at ``theirs`` is (not) one?"""
        for first, second in self.db.execute(
            "SELECT first_org_key, second_org_key FROM curation WHERE verdict = ? AND name_key = ?", (verdict, name_key)
        ):
            if (first in ours and second in theirs) or (second in ours and first in theirs):
                return True
        return False

    # --- curation ----------------------------------------------------------------------------

    def curate(self, path: str | Path) -> list[str]:
        """Apply a curation file and keep its rules for later adds. Each line (tab-separated):
        ``same NAME ORG-A ORG-B`` (the NAME at ORG-A and at ORG-B is one person: merged) or
        ``different NAME ORG-A ORG-B`` (two people: split). Returns what was done, line by line."""
        done = []
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for number, line in enumerate(lines, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 4 or parts[0] not in ("same", "different"):
                    done.append(f"{path}:{number}: not 'same|different<TAB>NAME<TAB>ORG<TAB>ORG', skipped")
                    continue
                verdict, name, first, second = parts
                keys = (self.key(name), self.key(first), self.key(second))
                self.db.execute(
                    "INSERT OR IGNORE INTO curation (verdict, name_key, first_org_key, second_org_key) VALUES (?, ?, ?, ?)",
                    (verdict, *keys),
                )
                done.append(self._merge(*keys, name) if verdict == "same" else self._split(*keys, name))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return done

    def _people_at(self, name_key: str, org_key: str) -> list[int]:
        return [
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT people.id FROM people JOIN posts ON posts.person_id = people.id"
                " JOIN organizations ON organizations.id = posts.organization_id"
                " WHERE people.name_key = ? AND organizations.name_key = ? ORDER BY people.id",
                (name_key, org_key),
            )
        ]

    def _merge(self, name_key: str, first: str, second: str, name: str) -> str:
        people = sorted(set(self._people_at(name_key, first)) | set(self._people_at(name_key, second)))
        if len(people) < 2:
            return f"same: {name}: already one person"
        keep, *others = people
        for other in others:
            self.db.execute("UPDATE OR IGNORE posts SET person_id = ? WHERE person_id = ?", (keep, other))
            self.db.execute("UPDATE evidence SET fact_id = ? WHERE fact = 'person' AND fact_id = ?", (keep, other))
            for (post_id,) in self.db.execute("SELECT id FROM posts WHERE person_id = ?", (other,)).fetchall():
                self._fold_post(post_id, keep)
            self.db.execute("DELETE FROM people WHERE id = ?", (other,))
        self.db.execute(
            "UPDATE people SET why = ? WHERE id = ?", (f"merged by curation: one person at {first} and {second}", keep)
        )
        return f"same: {name}: people {', '.join(map(str, people))} merged into {keep}"

    def _fold_post(self, post_id: int, person_id: int) -> None:
        """A post the merge could not move (the kept person holds it already): its evidence
        goes to that post, and it goes."""
        title_key, org_id = self.db.execute(
            "SELECT title_key, organization_id FROM posts WHERE id = ?", (post_id,)
        ).fetchone()
        (target,) = self.db.execute(
            "SELECT id FROM posts WHERE person_id = ? AND title_key = ? AND organization_id IS ?",
            (person_id, title_key, org_id),
        ).fetchone()
        self.db.execute(
            "UPDATE OR IGNORE evidence SET fact_id = ? WHERE fact = 'post' AND fact_id = ?", (target, post_id)
        )
        self.db.execute("DELETE FROM evidence WHERE fact = 'post' AND fact_id = ?", (post_id,))
        self.db.execute("DELETE FROM posts WHERE id = ?", (post_id,))

    def _split(self, name_key: str, first: str, second: str, name: str) -> str:
        both = set(self._people_at(name_key, first)) & set(self._people_at(name_key, second))
        if not both:
            return f"different: {name}: already two people"
        done = []
        for person_id in sorted(both):
            new_id = self.db.execute(
                "INSERT INTO people (name, name_key, why) SELECT name, name_key, ? FROM people WHERE id = ?",
                (f"split by curation from person {person_id}: not the one at {first}", person_id),
            ).lastrowid
            self.db.execute(
                "UPDATE posts SET person_id = ? WHERE person_id = ? AND organization_id IN"
                " (SELECT id FROM organizations WHERE name_key = ?)",
                (new_id, person_id, second),
            )
            done.append(f"{person_id} -> {person_id} and {new_id}")
        return f"different: {name}: split {', '.join(done)}"

    # --- queries -----------------------------------------------------------------------------

    def _post_rows(self, where: str, args: tuple) -> Iterator[tuple]:
        yield from self.db.execute(
            "SELECT posts.id, people.id, people.name, posts.title, organizations.name, people.why,"
            " MIN(articles.published_at), MAX(articles.published_at), COUNT(DISTINCT articles.id)"
            " FROM posts JOIN people ON people.id = posts.person_id"
            " LEFT JOIN organizations ON organizations.id = posts.organization_id"
            " JOIN evidence ON evidence.fact = 'post' AND evidence.fact_id = posts.id"
            " JOIN articles ON articles.id = evidence.article_id"
            f" WHERE {where} GROUP BY posts.id ORDER BY people.id, MIN(articles.published_at), posts.id",
            args,
        )

    def _evidence_of(self, post_id: int) -> list[Evidence]:
        return [
            Evidence(*row)
            for row in self.db.execute(
                "SELECT articles.source, articles.url, articles.published_at, evidence.text, evidence.start_offset,"
                " evidence.end_offset FROM evidence JOIN articles ON articles.id = evidence.article_id"
                " WHERE evidence.fact = 'post' AND evidence.fact_id = ? ORDER BY articles.published_at, articles.id",
                (post_id,),
            )
        ]

    def person(self, name: str) -> list[PersonPost]:
        """Every post of every person of this name (namesakes apart), with its evidence."""
        return [
            PersonPost(person_id, person, title, org, first, last, count, why, self._evidence_of(post_id))
            for post_id, person_id, person, title, org, why, first, last, count in self._post_rows(
                "people.name_key = ?", (self.key(name),)
            )
        ]

    def org(self, name: str) -> list[OrgPost]:
        """Who held which post at this organization (its name or any alias), over time."""
        key = self.key(name)
        ids = {row[0] for row in self.db.execute("SELECT id FROM organizations WHERE name_key = ?", (key,))}
        ids |= {row[0] for row in self.db.execute("SELECT organization_id FROM aliases WHERE alias_key = ?", (key,))}
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [
            OrgPost(org or "", person_id, person, title, first, last, count, self._replaced(post_id))
            for post_id, person_id, person, title, org, _, first, last, count in self._post_rows(
                f"posts.organization_id IN ({marks})", tuple(ids)
            )
        ]

    def _replaced(self, post_id: int) -> str | None:
        names = [
            row[0] for row in self.db.execute("SELECT DISTINCT replaced FROM successions WHERE post_id = ?", (post_id,))
        ]
        return ", ".join(names) or None

    def search(
        self, *, title: str | None = None, place: str | None = None, kind: str | None = None
    ) -> list[PersonPost]:
        """Posts whose title holds ``title``, whose organization holds ``place``, of that ``kind``."""
        where, args = ["1 = 1"], []
        if title:
            where.append("posts.title_key LIKE ?")
            args.append(f"%{self.key(title)}%")
        if place:
            where.append("organizations.name_key LIKE ?")
            args.append(f"%{self.key(place)}%")
        if kind:
            where.append("organizations.kind = ?")
            args.append(kind)
        return [
            PersonPost(person_id, person, post_title, org, first, last, count, why)
            for _, person_id, person, post_title, org, why, first, last, count in self._post_rows(
                " AND ".join(where), tuple(args)
            )
        ]

    TABLES = ("articles", "people", "organizations", "aliases", "posts", "evidence", "successions")

    def _table(self, table: str) -> tuple[list[str], list[tuple]]:
        cursor = self.db.execute(f"SELECT * FROM {table} ORDER BY 1")
        return [column[0] for column in cursor.description], cursor.fetchall()

    def export_csv(self, folder: str | Path) -> dict[str, Path]:
        """Every table as CSV, one file each."""
        import csv

        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        paths = {}
        for table in self.TABLES:
            columns, rows = self._table(table)
            path = out / f"{table}.csv"
            with open(path, "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                writer.writerows(rows)
            paths[table] = path
        return paths

    def export_parquet(self, folder: str | Path) -> dict[str, Path]:
        """Every table as Parquet (needs pyarrow), one file each."""
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise RuntimeError('Parquet output needs pyarrow: pip install "vn-news-extractor[parquet]"') from exc
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        paths = {}
        for table in self.TABLES:
            columns, rows = self._table(table)
            path = out / f"{table}.parquet"
            pq.write_table(pa.Table.from_pylist([dict(zip(columns, row, strict=True)) for row in rows]), path)
            paths[table] = path
        return paths
