"""The registry: people, organizations and posts across articles, each fact with its evidence.

    registry = Registry.open("registry.sqlite")  # or a database URL: "postgresql+psycopg://…/registry"
    registry.add_lines("out.jsonl")            # idempotent: an article already added is skipped
    registry.person("Nguyễn Minh Tâm")         # every post, with first/last seen and the articles
    registry.org("UBND phường Yên Sở")         # who held which post there

One writer at a time (schema.py says how): every article is added in one transaction, so a
killed ``add`` leaves the database as it was before that article. The SQL is the part of SQL
that SQLite and PostgreSQL share, so the same code serves a file or a server.

Identity. Names and organizations are compared in the extraction guide's form (``UBND`` =
``Ủy ban nhân dân``, one tone-mark placement, case). The same name in two articles is the
same person only when the evidence agrees (identity.py): a post at the same organization, or
one office written two ways. Otherwise they stay two people (namesakes are common), and each
person's ``why`` says how it was decided. An article is identified by its canonical URL, else
by a hash of its source and content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Connection, Engine, TextClause, bindparam, text

from ..lexicon.loader import shipped_phrase_keys
from ..runs.records import json_lines
from ..runs.tables import require_pyarrow, write_table
from .hierarchy import is_locality, locality_of, shown_locality, suffixes
from .identity import Post, same_post
from .schema import SCHEMA_VERSION, begin_writing, connect, migrate, open_engine


@dataclass(frozen=True)
class Evidence:
    source: str
    url: str | None
    published_at: str | None
    text: str
    start: int
    end: int
    why: str | None = None  # why this article's mention is this person (the first: how they were told apart)
    sentence: str | None = None  # the sentence it stands in (extraction records of schema 2.4 on)


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
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class AddSummary:
    added: int = 0
    skipped: int = 0  # already in the registry
    errors: list[str] = field(default_factory=list)  # malformed lines and error records, reported and skipped


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


def _fuller(name: str, shown: str) -> bool:
    """Is ``name`` a fuller spelling than ``shown`` (longer; the same length: first in order)?"""
    return (len(name), shown) > (len(shown), name)


def _shown(post: Post) -> str:
    title, org = post
    return f"{title} {org}" if org else title


def _curated(rules: list[tuple[str, str, str]], ours: set[str], theirs: set[str], verdict: str) -> bool:
    """Does the curation say the person of this name at ``ours`` and at ``theirs`` is (not) one?"""
    return any(
        kind == verdict and ((first in ours and second in theirs) or (second in ours and first in theirs))
        for kind, first, second in rules
    )


@lru_cache(maxsize=256)
def _statement(sql: str, expanding: tuple[str, ...] = ()) -> TextClause:
    """Parsing a statement's text costs more than running it: each is parsed once."""
    statement = text(sql)
    if expanding:
        statement = statement.bindparams(*(bindparam(name, expanding=True) for name in expanding))
    return statement


class Registry:
    """People, organizations and posts across articles, in one database (a SQLite file by default)."""

    TABLES = ("articles", "people", "organizations", "aliases", "posts", "evidence", "successions")

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.db: Connection = connect(engine)
        self.key = shipped_phrase_keys().match_key
        # Organizations by key (id, name shown), as committed (rows are never deleted or
        # renumbered), and as the transaction under way has them: the lookup most adds repeat.
        self._orgs: dict[str, tuple[int, str]] = {}
        self._new_orgs: dict[str, tuple[int, str]] = {}
        try:
            found = migrate(self.db)
            if 0 < found < 5:  # organizations had no parent before schema 5
                with self._writing():
                    for org_id, key in self._rows("SELECT id, name_key FROM organizations ORDER BY id"):
                        self._place(int(org_id), str(key))
        except BaseException:
            self.close()
            raise
        self.schema_version = SCHEMA_VERSION

    @classmethod
    def open(cls, target: str | Path) -> Registry:
        """A SQLite file's path, or a SQLAlchemy database URL (``postgresql+psycopg://…``)."""
        return cls(open_engine(target))

    def close(self) -> None:
        self.db.close()
        self.engine.dispose()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- statements ----------------------------------------------------------------------------

    def _run(self, sql: str, **params: Any):
        return self.db.execute(_statement(sql), params)

    def _rows(self, sql: str, expanding: tuple[str, ...] = (), **params: Any) -> list[tuple]:
        """The rows of a query; ``expanding`` names the parameters that are lists (``IN :keys``)."""
        statement = _statement(sql, expanding)
        return [tuple(row) for row in self.db.execute(statement, params)]

    def _insert(self, sql: str, **params: Any) -> int:
        """An INSERT … RETURNING id: the new row's key."""
        return int(self._run(sql + " RETURNING id", **params).scalar_one())

    @contextmanager
    def _writing(self) -> Iterator[None]:
        begin_writing(self.db)
        try:
            yield
            self.db.commit()
            self._orgs.update(self._new_orgs)
        except BaseException:
            self.db.rollback()
            raise
        finally:
            self._new_orgs.clear()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Queries outside a write: their transaction ends with them (no lock or snapshot kept)."""
        try:
            yield
        finally:
            self.db.rollback()

    def _read(self, sql: str, **params: Any) -> list[tuple]:
        """A query of its own (outside a write)."""
        with self._reading():
            return self._rows(sql, **params)

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
        with self._writing():
            if self._rows("SELECT 1 FROM articles WHERE article_key = :key", key=key):
                return False
            article = _article_of(record)
            article_id = self._insert(
                "INSERT INTO articles (article_key, source, url, title, published_at)"
                " VALUES (:key, :source, :url, :title, :published_at)",
                key=key,
                source=record.get("source", ""),
                url=article.get("canonical_url") or article.get("url"),
                title=article.get("title"),
                published_at=article.get("published_at"),
            )
            for institution in record.get("institutions", []):
                org_id, _ = self._organization(institution["name"], institution.get("kind"))
                for alias in institution.get("aliases", []):
                    self._run(
                        "INSERT INTO aliases (organization_id, alias, alias_key) VALUES (:org, :alias, :key)"
                        " ON CONFLICT DO NOTHING",
                        org=org_id,
                        alias=alias,
                        key=self.key(alias),
                    )
                for mention in institution.get("mentions", [])[:1]:
                    self._evidence(article_id, "organization", org_id, mention, sentence=institution.get("sentence"))
            officials = record.get("officials", [])
            names = {self.key(official["name"]): official["name"] for official in officials}
            for official in officials:
                own = self.key(official["name"])
                self._add_official(article_id, official, {k: v for k, v in names.items() if k != own})
            return True

    def _organization(self, name: str, kind: str | None) -> tuple[int, str]:
        """The organization of this name (or of this alias, when only one has it): its id and key.
        Its name is the fullest spelling seen ("Ủy ban nhân dân …" over "UBND …"), whatever the
        order the articles came in."""
        key = self.key(name)
        known = self._new_orgs.get(key) or self._orgs.get(key)
        if known is None:
            rows = self._rows("SELECT id, name FROM organizations WHERE name_key = :key", key=key)
            if rows:
                known = (int(rows[0][0]), str(rows[0][1]))
        if known is not None:
            org_id, shown = known
            if _fuller(name, shown):
                # The guard in SQL too: another writer may have stored a fuller one meanwhile.
                self._run(
                    "UPDATE organizations SET name = :name WHERE id = :id AND LENGTH(name) <= :length",
                    name=name, id=org_id, length=len(name),
                )  # fmt: skip
                shown = name
            self._new_orgs[key] = (org_id, shown)
            return org_id, key
        rows = self._rows(
            "SELECT DISTINCT organizations.id, organizations.name_key FROM aliases"
            " JOIN organizations ON organizations.id = aliases.organization_id WHERE aliases.alias_key = :key",
            key=key,
        )
        if len(rows) == 1:  # an alias of one organization only (not kept: a second may come)
            return int(rows[0][0]), str(rows[0][1])
        new_id = self._insert(
            "INSERT INTO organizations (name, name_key, kind) VALUES (:name, :key, :kind)",
            name=name,
            key=key,
            kind="locality" if is_locality(key) else kind,
        )
        self._new_orgs[key] = (new_id, name)
        self._place(new_id, key)
        return new_id, key

    def _place(self, org_id: int, key: str) -> None:
        """Where a new organization sits: the longest organization its name ends in ("Văn
        phòng UBND phường X" in "UBND phường X"), else the locality it names (made a row of kind
        "locality"). Those already in that locality whose names end in this one's move under it."""
        tails = suffixes(key)
        found = dict(
            self._rows("SELECT name_key, id FROM organizations WHERE name_key IN :keys", ("keys",), keys=tails)
            if tails
            else []
        )
        parent = next((found[tail] for tail in tails if tail in found), None)
        locality = locality_of(key)
        if parent is None and locality is not None:
            parent, _ = self._organization(shown_locality(locality), "locality")
        if parent is None:
            return
        self._run("UPDATE organizations SET parent_id = :parent WHERE id = :id", parent=parent, id=org_id)
        if locality is not None and found.get(locality) == parent:
            for child, child_key in self._rows(
                "SELECT id, name_key FROM organizations WHERE parent_id = :parent AND id <> :id",
                parent=parent,
                id=org_id,
            ):
                if str(child_key).endswith(" " + key):
                    self._run("UPDATE organizations SET parent_id = :org WHERE id = :child", org=org_id, child=child)

    def _evidence(
        self,
        article_id: int,
        fact: str,
        fact_id: int,
        span: dict,
        why: str | None = None,
        sentence: str | None = None,
    ) -> None:
        self._run(
            "INSERT INTO evidence (article_id, fact, fact_id, text, start_offset, end_offset, why, sentence)"
            " VALUES (:article, :fact, :fact_id, :text, :start, :end, :why, :sentence) ON CONFLICT DO NOTHING",
            article=article_id,
            fact=fact,
            fact_id=fact_id,
            text=span["text"],
            start=span["start"],
            end=span["end"],
            why=why,
            sentence=sentence or span.get("sentence") or None,
        )

    def _post_id(self, person_id: int, title_key: str, org_id: int | None) -> int | None:
        same_org = "organization_id IS NULL" if org_id is None else "organization_id = :org"
        rows = self._rows(
            f"SELECT id FROM posts WHERE person_id = :person AND title_key = :title AND {same_org}",
            person=person_id,
            title=title_key,
            org=org_id,
        )
        return int(rows[0][0]) if rows else None

    def _add_official(self, article_id: int, official: dict, companions: dict[str, str]) -> None:
        posts = [(p["title"], p.get("organization")) for p in official["positions"]]
        orgs = [self._organization(org, None) if org else None for _, org in posts]
        org_ids = [org[0] if org else None for org in orgs]
        ours: list[Post] = [
            (self.key(title), org[1] if org else None) for (title, _), org in zip(posts, orgs, strict=True)
        ]
        person_id, why = self._person(official["name"], ours, companions)
        for (title, _), org_id, position in zip(posts, org_ids, official["positions"], strict=True):
            title_key = self.key(title)
            post_id = self._post_id(person_id, title_key, org_id)
            if post_id is None:
                post_id = self._insert(
                    "INSERT INTO posts (person_id, title, title_key, organization_id)"
                    " VALUES (:person, :title, :title_key, :org)",
                    person=person_id,
                    title=title,
                    title_key=title_key,
                    org=org_id,
                )
            self._evidence(article_id, "post", post_id, position, why)
            if position.get("replaces"):  # "bổ nhiệm ông A …, thay ông B": a succession
                self._run(
                    "INSERT INTO successions (post_id, article_id, replaced) VALUES (:post, :article, :replaced)"
                    " ON CONFLICT DO NOTHING",
                    post=post_id,
                    article=article_id,
                    replaced=position["replaces"],
                )
        for mention in official.get("mentions", [])[:1]:
            # A mention carries no sentence: the person's is that of their first post, which shows them as an official.
            first = official["positions"][0].get("sentence") if official["positions"] else None
            self._evidence(article_id, "person", person_id, mention, why, first)

    def _person(self, name: str, ours: list[Post], companions: dict[str, str]) -> tuple[int, str]:
        """The person this name is in this article, and why: one already known when they share
        an organization, hold one post written two ways ("Thủ tướng" / "Thủ tướng Chính phủ";
        "Bộ trưởng Tài chính" / "Bộ trưởng Bộ Tài chính"), or hold the same title in two articles
        that both name one more person (``companions``: the article's other officials); else a
        new one."""
        key = self.key(name)
        namesakes = self._namesakes(key)
        org_keys = {org for _, org in ours if org is not None}
        rules = self._curation(key) if namesakes else []
        for person_id, their_posts in namesakes.items():
            theirs = {org for _, org in their_posts if org is not None}
            if _curated(rules, org_keys, theirs, "different"):
                continue
            if org_keys & theirs:
                return int(person_id), f"the same organization: {min(org_keys & theirs)}"
            if _curated(rules, org_keys, theirs, "same"):
                return int(person_id), "the curation file says they are one"
            for mine in ours:
                for other in their_posts:
                    if same_post(mine, other):
                        return int(person_id), f"one post written two ways: {_shown(mine)} ~ {_shown(other)}"
            shared_titles = {title for title, _ in ours} & {title for title, _ in their_posts}
            if shared_titles and companions:
                beside = sorted(companions.keys() & self._companions_of(person_id))
                if beside:
                    return int(person_id), (
                        f"the same title ({min(shared_titles)}) in two articles that both name {companions[beside[0]]}"
                    )
        why = (
            f"a new person: {len(namesakes)} other(s) of this name share no organization or office with this article"
            if namesakes
            else "the first article naming this person"
        )
        return self._insert(
            "INSERT INTO people (name, name_key, why) VALUES (:name, :key, :why)", name=name, key=key, why=why
        ), why

    def _companions_of(self, person_id: int) -> set[str]:
        """The names (keys) of the other people in the articles that name this person."""
        return {
            row[0]
            for row in self._rows(
                "SELECT DISTINCT other.name_key FROM evidence AS mine"
                " JOIN evidence AS theirs ON theirs.article_id = mine.article_id AND theirs.fact = 'person'"
                " JOIN people AS other ON other.id = theirs.fact_id"
                " WHERE mine.fact = 'person' AND mine.fact_id = :person AND other.id <> :person",
                person=person_id,
            )
        }

    def _namesakes(self, name_key: str) -> dict[int, list[Post]]:
        """Everyone of this name, oldest first, with their posts: one query, however many there are."""
        found: dict[int, list[Post]] = {}
        for person_id, title_key, org_key in self._rows(
            "SELECT people.id, posts.title_key, organizations.name_key FROM people"
            " LEFT JOIN posts ON posts.person_id = people.id"
            " LEFT JOIN organizations ON organizations.id = posts.organization_id"
            " WHERE people.name_key = :key ORDER BY people.id",
            key=name_key,
        ):
            posts = found.setdefault(int(person_id), [])
            if title_key is not None:
                posts.append((title_key, org_key))
        return found

    def _curation(self, name_key: str) -> list[tuple[str, str, str]]:
        """The curation's rules for this name: (verdict, organization, organization)."""
        return self._rows(
            "SELECT verdict, first_org_key, second_org_key FROM curation WHERE name_key = :key", key=name_key
        )

    # --- curation ----------------------------------------------------------------------------

    def curate(self, path: str | Path) -> list[str]:
        """Apply a curation file and keep its rules for later adds. Each line (tab-separated):
        ``same NAME ORG-A ORG-B`` (the NAME at ORG-A and at ORG-B is one person: merged) or
        ``different NAME ORG-A ORG-B`` (two people: split). Returns what was done, line by line."""
        done = []
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        with self._writing():
            for number, line in enumerate(lines, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 4 or parts[0] not in ("same", "different"):
                    done.append(f"{path}:{number}: not 'same|different<TAB>NAME<TAB>ORG<TAB>ORG', skipped")
                    continue
                verdict, name, first, second = parts
                keys = (self.key(name), self.key(first), self.key(second))
                self._run(
                    "INSERT INTO curation (verdict, name_key, first_org_key, second_org_key)"
                    " VALUES (:verdict, :name, :first, :second) ON CONFLICT DO NOTHING",
                    verdict=verdict,
                    name=keys[0],
                    first=keys[1],
                    second=keys[2],
                )
                done.append(self._merge(*keys, name) if verdict == "same" else self._split(*keys, name))
        return done

    def _people_at(self, name_key: str, org_key: str) -> list[int]:
        return [
            int(row[0])
            for row in self._rows(
                "SELECT DISTINCT people.id FROM people JOIN posts ON posts.person_id = people.id"
                " JOIN organizations ON organizations.id = posts.organization_id"
                " WHERE people.name_key = :name AND organizations.name_key = :org ORDER BY people.id",
                name=name_key,
                org=org_key,
            )
        ]

    def _merge(self, name_key: str, first: str, second: str, name: str) -> str:
        people = sorted(set(self._people_at(name_key, first)) | set(self._people_at(name_key, second)))
        if len(people) < 2:
            return f"same: {name}: already one person"
        keep, *others = people
        for other in others:
            for post_id, title_key, org_id in self._rows(
                "SELECT id, title_key, organization_id FROM posts WHERE person_id = :other", other=other
            ):
                target = self._post_id(keep, title_key, org_id)
                if target is None:
                    self._run("UPDATE posts SET person_id = :keep WHERE id = :post", keep=keep, post=post_id)
                else:
                    self._fold_post(post_id, target)
            self._run(
                "UPDATE evidence SET fact_id = :keep WHERE fact = 'person' AND fact_id = :other", keep=keep, other=other
            )
            self._run("DELETE FROM people WHERE id = :other", other=other)
        self._run(
            "UPDATE people SET why = :why WHERE id = :keep",
            why=f"merged by curation: one person at {first} and {second}",
            keep=keep,
        )
        return f"same: {name}: people {', '.join(map(str, people))} merged into {keep}"

    def _fold_post(self, post_id: int, target: int) -> None:
        """A post the kept person holds already: its evidence goes to that post (where that post
        has no evidence at the same place), and it goes."""
        self._run(
            "UPDATE evidence SET fact_id = :target WHERE fact = 'post' AND fact_id = :post AND NOT EXISTS"
            " (SELECT 1 FROM evidence AS kept WHERE kept.fact = 'post' AND kept.fact_id = :target"
            " AND kept.article_id = evidence.article_id AND kept.start_offset = evidence.start_offset)",
            target=target,
            post=post_id,
        )
        self._run(
            "UPDATE successions SET post_id = :target WHERE post_id = :post AND NOT EXISTS"
            " (SELECT 1 FROM successions AS kept WHERE kept.post_id = :target"
            " AND kept.article_id = successions.article_id AND kept.replaced = successions.replaced)",
            target=target,
            post=post_id,
        )
        self._run("DELETE FROM successions WHERE post_id = :post", post=post_id)
        self._run("DELETE FROM evidence WHERE fact = 'post' AND fact_id = :post", post=post_id)
        self._run("DELETE FROM posts WHERE id = :post", post=post_id)

    def _split(self, name_key: str, first: str, second: str, name: str) -> str:
        both = set(self._people_at(name_key, first)) & set(self._people_at(name_key, second))
        if not both:
            return f"different: {name}: already two people"
        done = []
        for person_id in sorted(both):
            new_id = self._insert(
                "INSERT INTO people (name, name_key, why) SELECT name, name_key, :why FROM people WHERE id = :person",
                why=f"split by curation from person {person_id}: not the one at {first}",
                person=person_id,
            )
            self._run(
                "UPDATE posts SET person_id = :new WHERE person_id = :person AND organization_id IN"
                " (SELECT id FROM organizations WHERE name_key = :org)",
                new=new_id,
                person=person_id,
                org=second,
            )
            done.append(f"{person_id} -> {person_id} and {new_id}")
        return f"different: {name}: split {', '.join(done)}"

    # --- queries -----------------------------------------------------------------------------

    _POSTS = (
        "SELECT posts.id, people.id, people.name, posts.title, organizations.name, people.why,"
        " MIN(articles.published_at), MAX(articles.published_at), COUNT(DISTINCT articles.id)"
        " FROM posts JOIN people ON people.id = posts.person_id"
        " LEFT JOIN organizations ON organizations.id = posts.organization_id"
        " JOIN evidence ON evidence.fact = 'post' AND evidence.fact_id = posts.id"
        " JOIN articles ON articles.id = evidence.article_id"
        " WHERE {where}"
        " GROUP BY posts.id, people.id, people.name, posts.title, organizations.name, people.why"
        " ORDER BY people.id, MIN(articles.published_at), posts.id"
    )

    def _post_rows(self, where: str, *, expanding: tuple[str, ...] = (), **params: Any) -> list[tuple]:
        return self._rows(self._POSTS.format(where=where), expanding, **params)

    def _evidence_of(self, post_id: int) -> list[Evidence]:
        return [
            Evidence(*row)
            for row in self._rows(
                "SELECT articles.source, articles.url, articles.published_at, evidence.text, evidence.start_offset,"
                " evidence.end_offset, evidence.why, evidence.sentence FROM evidence JOIN articles ON articles.id = evidence.article_id"
                " WHERE evidence.fact = 'post' AND evidence.fact_id = :post"
                " ORDER BY articles.published_at, articles.id",
                post=post_id,
            )
        ]

    def person(self, name: str) -> list[PersonPost]:
        """Every post of every person of this name (namesakes apart), with its evidence."""
        with self._reading():
            return [
                PersonPost(person_id, person, title, org, first, last, count, why, self._evidence_of(post_id))
                for post_id, person_id, person, title, org, why, first, last, count in self._post_rows(
                    "people.name_key = :key", key=self.key(name)
                )
            ]

    def org(self, name: str) -> list[OrgPost]:
        """Who held which post at this organization (its name or any alias) and at those that
        sit in it ("phường Yên Sở": its party committee, its People's Committee, …), over time."""
        key = self.key(name)
        with self._reading():
            ids = {row[0] for row in self._rows("SELECT id FROM organizations WHERE name_key = :key", key=key)}
            ids |= {row[0] for row in self._rows("SELECT organization_id FROM aliases WHERE alias_key = :key", key=key)}
            if not ids:
                return []
            ids |= self._within(ids)
            return [
                OrgPost(
                    org or "",
                    person_id,
                    person,
                    title,
                    first,
                    last,
                    count,
                    self._replaced(post_id),
                    self._evidence_of(post_id),
                )
                for post_id, person_id, person, title, org, _, first, last, count in self._post_rows(
                    "posts.organization_id IN :ids", expanding=("ids",), ids=sorted(ids)
                )
            ]

    def _within(self, ids: set[int]) -> set[int]:
        """Every organization that sits in these, at any depth (a ward's committees and their offices)."""
        found: set[int] = set()
        level = set(ids)
        while level:
            level = (
                {
                    row[0]
                    for row in self._rows(
                        "SELECT id FROM organizations WHERE parent_id IN :ids", ("ids",), ids=sorted(level)
                    )
                }
                - found
                - ids
            )
            found |= level
        return found

    def _replaced(self, post_id: int) -> str | None:
        names = [
            row[0]
            for row in self._rows(
                "SELECT DISTINCT replaced FROM successions WHERE post_id = :post ORDER BY replaced", post=post_id
            )
        ]
        return ", ".join(names) or None

    def search(
        self, *, title: str | None = None, place: str | None = None, kind: str | None = None
    ) -> list[PersonPost]:
        """Posts whose title holds ``title``, whose organization holds ``place``, of that ``kind``."""
        where: list[str] = ["1 = 1"]
        params: dict[str, Any] = {}
        if title:
            where.append("posts.title_key LIKE :title")
            params["title"] = f"%{self.key(title)}%"
        if place:
            where.append("organizations.name_key LIKE :place")
            params["place"] = f"%{self.key(place)}%"
        if kind:
            where.append("organizations.kind = :kind")
            params["kind"] = kind
        with self._reading():
            return [
                PersonPost(person_id, person, post_title, org, first, last, count, why, self._evidence_of(post_id))
                for post_id, person_id, person, post_title, org, why, first, last, count in self._post_rows(
                    " AND ".join(where), **params
                )
            ]

    def count(self, table: str) -> int:
        """How many rows a table holds."""
        if table not in self.TABLES:
            raise ValueError(f"no table {table!r}: one of {', '.join(self.TABLES)}")
        return int(self._read(f"SELECT COUNT(*) FROM {table}")[0][0])

    # Exported as the table plus what the queries compute: a post's dates and article count.
    _EXPORTS: ClassVar[dict[str, str]] = {
        "posts": "SELECT posts.id, posts.person_id, posts.title, posts.title_key, posts.organization_id,"
        " MIN(articles.published_at) AS first_seen, MAX(articles.published_at) AS last_seen,"
        " COUNT(DISTINCT articles.id) AS articles FROM posts"
        " LEFT JOIN evidence ON evidence.fact = 'post' AND evidence.fact_id = posts.id"
        " LEFT JOIN articles ON articles.id = evidence.article_id"
        " GROUP BY posts.id, posts.person_id, posts.title, posts.title_key, posts.organization_id ORDER BY posts.id",
    }

    def _table(self, table: str) -> tuple[list[str], list[tuple]]:
        with self._reading():
            result = self.db.execute(text(self._EXPORTS.get(table, f"SELECT * FROM {table} ORDER BY 1")))
            return list(result.keys()), [tuple(row) for row in result]

    def export_csv(self, folder: str | Path) -> dict[str, Path]:
        """Every table as CSV, one file each."""
        return self._export(folder, "csv")

    def export_parquet(self, folder: str | Path) -> dict[str, Path]:
        """Every table as Parquet (needs pyarrow), one file each."""
        require_pyarrow()
        return self._export(folder, "parquet")

    def _export(self, folder: str | Path, fmt: str) -> dict[str, Path]:
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        paths = {}
        for table in self.TABLES:
            columns, rows = self._table(table)
            paths[table] = write_table(out, table, columns, [dict(zip(columns, row, strict=True)) for row in rows], fmt)
        return paths
