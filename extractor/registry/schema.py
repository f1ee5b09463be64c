"""The registry's tables, where they live, and how an older registry is brought up to date.

A registry is a SQLAlchemy database URL: a plain path is a SQLite file (the default), and
``postgresql+psycopg://user@host/db`` puts it in PostgreSQL. The tables use nothing that one
of the two lacks: integer keys the database numbers itself, unique keys, ``INSERT …
RETURNING`` and ``ON CONFLICT DO NOTHING`` (SQLite ≥ 3.35, PostgreSQL ≥ 9.5).

One writer at a time: on SQLite every write transaction starts ``BEGIN IMMEDIATE`` (readers go
on in WAL mode); on PostgreSQL it takes a transaction-scoped advisory lock. The schema's
version is a row of ``registry_schema``; a SQLite registry written before that table existed
kept it in ``PRAGMA user_version``.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

SCHEMA_VERSION = 5

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_key", Text, nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published_at", Text),  # ISO 8601 as the page gave it; sorts as time
)
people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("why", Text, nullable=False),  # how this person was told apart from namesakes
    Index("people_by_key", "name_key"),
)
organizations = Table(
    "organizations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False, unique=True),
    Column("kind", Text),  # the institution's kind; "locality" for a place an organization sits in
    Column("parent_id", Integer, ForeignKey("organizations.id")),  # where it sits, where known
    Index("organizations_by_parent", "parent_id"),
)
aliases = Table(
    "aliases",
    metadata,
    Column("organization_id", Integer, ForeignKey("organizations.id"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("alias_key", Text, nullable=False),
    UniqueConstraint("organization_id", "alias_key"),
)
posts = Table(
    "posts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False),
    Column("title", Text, nullable=False),
    Column("title_key", Text, nullable=False),
    Column("organization_id", Integer, ForeignKey("organizations.id")),
    UniqueConstraint("person_id", "title_key", "organization_id"),
)
evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("fact", Text, nullable=False),  # person | post | organization
    Column("fact_id", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("why", Text),  # for a person and their posts: why this article's mention is this person
    Column("sentence", Text),  # the sentence it stands in, where the record gives it
    UniqueConstraint("article_id", "fact", "fact_id", "start_offset"),
    Index("evidence_by_fact", "fact", "fact_id"),
)
curation = Table(
    "curation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("verdict", Text, nullable=False),  # same | different
    Column("name_key", Text, nullable=False),
    Column("first_org_key", Text, nullable=False),
    Column("second_org_key", Text, nullable=False),
    UniqueConstraint("verdict", "name_key", "first_org_key", "second_org_key"),
)
successions = Table(
    "successions",
    metadata,
    Column("post_id", Integer, ForeignKey("posts.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("replaced", Text, nullable=False),
    UniqueConstraint("post_id", "article_id", "replaced"),
)
registry_schema = Table("registry_schema", metadata, Column("version", Integer, nullable=False))

# What each version changed in an existing registry, beyond tables that ``create_all`` makes
# when they are missing: versions 1-3 only added tables; version 4 moved the version number
# itself into ``registry_schema``; version 5 gave evidence its ``why`` and ``sentence`` and organizations their
# parent (filled in for the organizations already there by ``Registry``). A new registry is
# made whole by ``create_all`` and skips these.
MIGRATIONS: dict[int, list[str]] = {
    5: [
        "ALTER TABLE evidence ADD COLUMN why TEXT",
        "ALTER TABLE evidence ADD COLUMN sentence TEXT",
        "ALTER TABLE organizations ADD COLUMN parent_id INTEGER REFERENCES organizations (id)",
        "CREATE INDEX organizations_by_parent ON organizations (parent_id)",
    ],
}

# The PostgreSQL advisory lock every writer takes: any fixed 64-bit number, the same for all.
_WRITER_LOCK = 0x76E_E87_AC7


class RegistryError(Exception):
    """The registry cannot be opened: a bad URL, a missing database driver, a server that does
    not answer, or a registry written by a newer program."""


def database_url(target: str | Path) -> str:
    """A path is a SQLite file; anything that parses as a database URL is used as it is."""
    if isinstance(target, str) and "://" in target:
        try:
            make_url(target)
            return target
        except ArgumentError as exc:
            raise RegistryError(f"not a database URL: {target!r}") from exc
    return f"sqlite:///{Path(target)}"


def _write_ahead_log(dbapi: sqlite3.Connection, seconds: float = 60.0) -> None:
    """Readers while one writer adds. Switching a new file to WAL while another process opens it
    answers "locked" at once (SQLite does not wait there): so ask again until it is done."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            dbapi.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def open_engine(target: str | Path) -> Engine:
    url = database_url(target)
    try:
        return _engine(url)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        hint = " (pip install 'vn-news-extractor[postgres]')" if url.startswith("postgres") else ""
        raise RegistryError(f"no database driver for {make_url(url).drivername}{hint}: {exc}") from exc


def connect(engine: Engine) -> Connection:
    try:
        return engine.connect()
    except OperationalError as exc:
        where = engine.url.render_as_string(hide_password=True)
        raise RegistryError(f"cannot open the registry at {where}: {str(exc.orig).strip()}") from exc


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_connection(dbapi: sqlite3.Connection, _record: object) -> None:
            # The driver's own implicit transactions off: the registry says BEGIN IMMEDIATE itself.
            dbapi.isolation_level = None
            _write_ahead_log(dbapi)
            dbapi.execute("PRAGMA foreign_keys=ON")

        return engine
    return create_engine(url)


def begin_writing(connection: Connection) -> None:
    """Start a write transaction that no other writer shares."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITER_LOCK})


def _stored_version(connection: Connection) -> int:
    if connection.dialect.has_table(connection, "registry_schema"):
        return int(connection.execute(text("SELECT MAX(version) FROM registry_schema")).scalar() or 0)
    if connection.dialect.name == "sqlite":
        return int(connection.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    return 0


def migrate(connection: Connection) -> int:
    """Bring the registry to this program's schema; refuse one written by a newer program.
    Returns the version it had (0: a new registry)."""
    version = _stored_version(connection)
    connection.rollback()
    if version > SCHEMA_VERSION:
        raise RegistryError(f"the registry has schema {version}, newer than this program's {SCHEMA_VERSION}")
    if version == SCHEMA_VERSION:
        return version
    begin_writing(connection)
    try:
        version = _stored_version(connection)  # another process may have done it meanwhile
        if version < SCHEMA_VERSION:
            existing = version > 0
            metadata.create_all(connection, checkfirst=True)
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS.get(step, []) if existing else []:
                    connection.execute(text(statement))
            connection.execute(registry_schema.delete())
            connection.execute(registry_schema.insert().values(version=SCHEMA_VERSION))
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    return version
