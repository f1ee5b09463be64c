"""The registry: identity across articles, idempotence, bad lines, transactions, the CLI."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from extractor.pipeline import default_pipeline
from extractor.registry import Registry, RegistryError
from extractor.registry.schema import SCHEMA_VERSION
from extractor.runs.records import result_record


def _record(source: str, text: str, published_at: str | None = None, url: str | None = None) -> dict:
    record = result_record(source, default_pipeline()(text, require_vietnamese=False))
    if published_at or url:
        record["article"] = {
            "url": url,
            "canonical_url": url,
            "title": text.split(".")[0],
            "published_at": published_at,
        }
    return record


# Invented articles: one person in two dated articles (the same ward), a namesake elsewhere,
# and the same ward's council under its short and long names.
TEXTS = {
    "a": "Chủ tịch UBND phường Yên Sở Nguyễn Văn Hùng chủ trì hội nghị tổng kết năm 2025 của phường.",
    "b": "Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường Yên Sở Nguyễn Văn Hùng trao giấy khen cho các tập thể.",
    "c": "Giám đốc Sở Xây dựng tỉnh Nghệ An Nguyễn Văn Hùng kiểm tra công trình cầu Bến Thủy.",
}
A = _record("a.txt", TEXTS["a"], "2025-12-20T08:00:00+07:00", "https://example.vn/a-1.html")
B = _record("b.txt", TEXTS["b"], "2026-01-10T08:00:00+07:00", "https://example.vn/b-2.html")
C = _record("c.txt", TEXTS["c"], "2026-02-01T08:00:00+07:00", "https://example.vn/c-3.html")


# A PostgreSQL server to run the same tests against, when one is given: a URL of a role that
# may create databases (each test gets a database of its own, dropped afterwards).
POSTGRES = os.environ.get("EXTRACTOR_TEST_POSTGRES_URL")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not POSTGRES, reason="no PostgreSQL server: set EXTRACTOR_TEST_POSTGRES_URL"),
    ),
]


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path):
    """Where a test's registry lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "r.sqlite")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    name = f"registry_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def registry(database: str):
    with Registry.open(database) as opened:
        yield opened


def test_the_same_name_is_one_person_only_when_the_evidence_agrees(registry: Registry) -> None:
    summary = registry.add_records([A, B, C])
    assert (summary.added, summary.skipped, summary.errors) == (3, 0, [])
    posts = registry.person("Nguyễn Văn Hùng")
    people = {p.person_id for p in posts}
    assert len(people) == 2  # the ward chairman (two articles) and the provincial director
    ward = [p for p in posts if p.organization and "Yên Sở" in p.organization]
    assert len({p.person_id for p in ward}) == 1
    chairman = next(p for p in ward if p.title == "Chủ tịch")
    assert (chairman.first_seen, chairman.last_seen, chairman.articles) == (
        "2025-12-20T08:00:00+07:00", "2026-01-10T08:00:00+07:00", 2,
    )  # fmt: skip
    assert [e.url for e in chairman.evidence] == ["https://example.vn/a-1.html", "https://example.vn/b-2.html"]
    assert [e.sentence for e in chairman.evidence] == [TEXTS["a"], TEXTS["b"]]  # the sentence, as written
    (org_sentence,) = registry._read(
        "SELECT evidence.sentence FROM evidence JOIN articles ON articles.id = evidence.article_id"
        " WHERE evidence.fact = 'organization' AND articles.source = 'c.txt'"
    )[0]
    assert org_sentence == TEXTS["c"]  # an organization's evidence carries its sentence too
    assert chairman.evidence[1].why == "the same organization: ủy ban nhân dân phường yên sở"
    director = next(p for p in posts if p.person_id not in {w.person_id for w in ward})
    assert "share no organization" in director.why


def test_an_organization_is_found_by_its_short_or_long_name(registry: Registry) -> None:
    registry.add_records([A, B])
    short, long = registry.org("UBND phường Yên Sở"), registry.org("Ủy ban nhân dân phường Yên Sở")
    assert short == long and {(p.name, p.title) for p in short} == {("Nguyễn Văn Hùng", "Chủ tịch")}
    assert [p.name for p in registry.search(title="Bí thư", place="phường Yên Sở")] == ["Nguyễn Văn Hùng"]


def test_an_organization_sits_in_its_locality_and_a_ward_shows_everyone_in_it(registry: Registry) -> None:
    office = _record(
        "d.txt",
        "Trưởng Ban Tuyên giáo Đảng ủy phường Yên Sở Lê Thị Lan báo cáo kết quả công tác năm 2025.",
        "2025-11-02T08:00:00+07:00",
        "https://example.vn/d-4.html",
    )
    registry.add_records([office, A, B])  # the board first: it sits in the ward until its committee comes
    ward = registry.org("phường Yên Sở")
    assert {(p.name, p.title, p.organization) for p in ward} == {
        ("Lê Thị Lan", "Trưởng", "Ban Tuyên giáo Đảng ủy phường Yên Sở"),
        ("Nguyễn Văn Hùng", "Chủ tịch", "Ủy ban nhân dân phường Yên Sở"),
        ("Nguyễn Văn Hùng", "Bí thư", "Đảng ủy phường Yên Sở"),
    }
    party = {(p.name, p.title) for p in registry.org("Đảng ủy phường Yên Sở")}
    assert party == {("Lê Thị Lan", "Trưởng"), ("Nguyễn Văn Hùng", "Bí thư")}
    columns, rows = registry._table("organizations")
    by_name = {row[columns.index("name")]: row for row in rows}
    place = by_name["phường Yên Sở"]
    assert place[columns.index("kind")] == "locality"
    parent = {name: row[columns.index("parent_id")] for name, row in by_name.items()}
    ids = {name: row[columns.index("id")] for name, row in by_name.items()}
    assert parent["Ủy ban nhân dân phường Yên Sở"] == parent["Đảng ủy phường Yên Sở"] == ids["phường Yên Sở"]
    assert parent["Ban Tuyên giáo Đảng ủy phường Yên Sở"] == ids["Đảng ủy phường Yên Sở"]  # moved under it


def test_adding_again_changes_nothing(registry: Registry, tmp_path: Path) -> None:
    lines = tmp_path / "out.jsonl"
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (A, B)), encoding="utf-8")
    first = registry.add_lines(lines)
    before = registry.export_csv(tmp_path / "first")
    second = registry.add_lines(lines)
    after = registry.export_csv(tmp_path / "second")
    assert (first.added, second.added, second.skipped) == (2, 0, 2)
    assert all(before[t].read_text() == after[t].read_text() for t in before)
    header, *rows = before["posts"].read_text(encoding="utf-8").splitlines()
    assert header == "id,person_id,title,title_key,organization_id,first_seen,last_seen,articles"
    assert any(row.endswith(",2025-12-20T08:00:00+07:00,2026-01-10T08:00:00+07:00,2") for row in rows)


def test_bad_lines_and_error_records_are_reported_and_skipped(registry: Registry, tmp_path: Path) -> None:
    lines = tmp_path / "out.jsonl"
    error = {"source": "x.txt", "schema_version": "2.5", "error": {"type": "empty_text", "message": "empty"}}
    lines.write_text(json.dumps(A, ensure_ascii=False) + "\n{broken\n" + json.dumps(error) + "\n", encoding="utf-8")
    summary = registry.add_lines(lines)
    assert summary.added == 1 and len(summary.errors) == 2
    assert "not a JSON line" in summary.errors[0] and "x.txt" in summary.errors[1]


def test_a_failed_add_leaves_nothing_of_its_article(registry: Registry) -> None:
    broken = json.loads(json.dumps(B))
    del broken["officials"][0]["positions"][0][
        "text"
    ]  # fails half-way: after the article, organization and person rows
    with pytest.raises(KeyError):
        registry.add(broken)
    assert registry.person("Nguyễn Văn Hùng") == []
    assert registry.add(B)  # and the article can be added whole afterwards


def test_the_registry_commands(tmp_path: Path) -> None:
    lines = tmp_path / "out.jsonl"
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (A, B, C)), encoding="utf-8")
    db = str(tmp_path / "r.sqlite")
    run = [sys.executable, "-m", "extractor", "registry"]
    added = subprocess.run([*run, "add", str(lines), "--db", db], capture_output=True, text=True, timeout=120)
    assert added.returncode == 0 and "3 added" in added.stderr
    table = subprocess.run([*run, "person", "Nguyễn Văn Hùng", "--db", db], capture_output=True, text=True, timeout=60)
    assert table.stdout.splitlines()[0].split()[:3] == ["person_id", "name", "title"]
    as_json = json.loads(
        subprocess.run(
            [*run, "org", "UBND phường Yên Sở", "--db", db, "--json"], capture_output=True, text=True, timeout=60
        ).stdout
    )
    assert {row["title"] for row in as_json} >= {"Chủ tịch"}
    exported = subprocess.run(
        [*run, "export", "--csv", str(tmp_path / "csv"), "--db", db], capture_output=True, text=True, timeout=60
    )
    assert exported.returncode == 0 and (tmp_path / "csv" / "posts.csv").exists()


def test_two_adds_at_once_neither_corrupt_nor_duplicate(database: str, tmp_path: Path) -> None:
    lines = tmp_path / "out.jsonl"
    records = [A, B, C]
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = database
    command = [sys.executable, "-m", "extractor", "registry", "add", str(lines), "--db", db]
    both = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=120)[1] for process in both]
    assert all(process.returncode == 0 for process in both), outputs
    with Registry.open(db) as registry:
        articles, people = registry.count("articles"), registry.count("people")
    assert (articles, people) == (3, 2)
    if "://" not in db:
        with sqlite3.connect(db) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    added = [int(o.strip().splitlines()[-1].split(": ")[1].split()[0]) for o in outputs]
    assert sum(added) == 3  # each article added by exactly one of the two


def test_a_batch_fills_the_registry_and_parquet_exports(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Chủ tịch UBND phường Yên Sở Nguyễn Văn Hùng chủ trì hội nghị tổng kết năm 2025 của phường.", encoding="utf-8"
    )
    db = tmp_path / "r.sqlite"
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "batch", str(folder), "--out", str(out), "--workers", "1", "--quiet",
         "--registry", str(db)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "registry: 1 articles added" in done.stderr
    with Registry.open(db) as registry:
        assert [p.title for p in registry.person("Nguyễn Văn Hùng")] == ["Chủ tịch"]
        paths = registry.export_parquet(tmp_path / "pq")
    import pyarrow.parquet as pq

    assert pq.read_table(paths["posts"]).num_rows == 1


def test_a_dask_batch_fills_the_registry_like_a_local_one(tmp_path: Path) -> None:
    """Many Dask workers read; one writer (the batch's own process) adds their lines."""
    pytest.importorskip("dask.distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    registries = {}
    for engine in ("local", "dask"):
        db = tmp_path / f"{engine}.sqlite"
        done = subprocess.run(
            [sys.executable, "-m", "extractor", "batch", str(folder), "--out", str(tmp_path / f"{engine}.jsonl"),
             "--workers", "2", "--engine", engine, "--quiet", "--registry", str(db)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "registry: 3 articles added" in done.stderr
        with Registry.open(db) as registry:
            registries[engine] = sorted(
                (p.name, p.title, p.organization, p.articles) for p in registry.person("Nguyễn Văn Hùng")
            )
    assert registries["dask"] == registries["local"]
    assert registries["dask"] == [
        ("Nguyễn Văn Hùng", "Bí thư", "Đảng ủy phường Yên Sở", 1),
        ("Nguyễn Văn Hùng", "Chủ tịch", "Ủy ban nhân dân phường Yên Sở", 2),  # in two articles: the fuller name shown
        ("Nguyễn Văn Hùng", "Giám đốc", "Sở Xây dựng tỉnh Nghệ An", 1),  # his namesake
    ]


def test_a_curation_file_merges_splits_and_rules_later_adds(registry: Registry, tmp_path: Path) -> None:
    registry.add_records([A, C])  # the ward chairman and the provincial director: two people
    assert len({p.person_id for p in registry.person("Nguyễn Văn Hùng")}) == 2
    curation = tmp_path / "curation.tsv"
    curation.write_text(
        "# the same man moved from the ward to the province\n"
        "same\tNguyễn Văn Hùng\tUBND phường Yên Sở\tSở Xây dựng tỉnh Nghệ An\n"
        "nonsense line\n",
        encoding="utf-8",
    )
    done = registry.curate(curation)
    assert done[0].startswith("same: Nguyễn Văn Hùng: people") and "skipped" in done[1]
    posts = registry.person("Nguyễn Văn Hùng")
    assert len({p.person_id for p in posts}) == 1 and "merged by curation" in posts[0].why
    curation.write_text("different\tNguyễn Văn Hùng\tUBND phường Yên Sở\tSở Xây dựng tỉnh Nghệ An\n", encoding="utf-8")
    assert registry.curate(curation)[0].startswith("different: Nguyễn Văn Hùng: split")
    assert len({p.person_id for p in registry.person("Nguyễn Văn Hùng")}) == 2
    registry.add(B)  # the ward again: joins the ward's man, not the director
    ward = {p.person_id for p in registry.person("Nguyễn Văn Hùng") if "Yên Sở" in (p.organization or "")}
    assert len(ward) == 1


# A registry as the first version wrote it: the version in PRAGMA user_version, no curation,
# successions or registry_schema tables.
_VERSION_1 = [
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, article_key TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
    " url TEXT, title TEXT, published_at TEXT)",
    "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, why TEXT NOT NULL)",
    "CREATE INDEX people_by_key ON people (name_key)",
    "CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, kind TEXT)",
    "CREATE TABLE aliases (organization_id INTEGER NOT NULL REFERENCES organizations (id), alias TEXT NOT NULL,"
    " alias_key TEXT NOT NULL, UNIQUE (organization_id, alias_key))",
    "CREATE TABLE posts (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people (id), title TEXT NOT NULL,"
    " title_key TEXT NOT NULL, organization_id INTEGER REFERENCES organizations (id),"
    " UNIQUE (person_id, title_key, organization_id))",
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id),"
    " fact TEXT NOT NULL, fact_id INTEGER NOT NULL, text TEXT NOT NULL, start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL, UNIQUE (article_id, fact, fact_id, start_offset))",
]


def test_an_older_registry_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    for statement in _VERSION_1:
        old.execute(statement)
    old.execute("INSERT INTO articles (article_key, source) VALUES ('url:https://example.vn/old.html', 'old.txt')")
    old.execute(
        "INSERT INTO organizations (name, name_key) VALUES ('UBND phường Yên Sở', 'ủy ban nhân dân phường yên sở')"
    )
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    with Registry.open(path) as registry:
        assert registry.schema_version == SCHEMA_VERSION
        assert registry.count("articles") == 1  # kept
        columns, rows = registry._table("organizations")
        assert [(r[columns.index("name")], r[columns.index("parent_id")]) for r in rows] == [
            ("UBND phường Yên Sở", 2),  # its place, filled in by the migration
            ("phường Yên Sở", None),
        ]
        assert registry.add(A) and registry.count("successions") == 0
    with Registry.open(path) as again:  # the version is now read from its table
        assert again.schema_version == SCHEMA_VERSION


def test_a_registry_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with Registry.open(path):
        pass
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE registry_schema SET version = 99")
    with pytest.raises(RegistryError, match="newer than this program"):
        Registry.open(path)


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("postgresql+nosuchdriver://u@127.0.0.1/r", "no database driver"),
        ("sqlite:///{tmp}/no/such/folder/r.sqlite", "cannot open the registry"),
        ("not a url://", "not a database URL"),
    ],
)
def test_a_registry_that_cannot_be_opened_says_why(target: str, says: str, tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match=says):
        Registry.open(target.format(tmp=tmp_path))


def test_the_commands_say_why_a_registry_cannot_be_opened(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "registry", "person", "X", "--db", "postgresql+nosuchdriver://u@h/r"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode != 0 and "no database driver" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("ours", "theirs", "same"),
    [
        (("thủ tướng", None), ("thủ tướng chính phủ", None), True),  # one office written two ways
        (("bộ trưởng", "tài chính"), ("bộ trưởng", "bộ tài chính"), True),  # one ministry written two ways
        (("chủ tịch", None), ("chủ tịch", None), False),  # "Chủ tịch" of what: not evidence
        (("bộ trưởng", "bộ tài chính"), ("bộ trưởng", "bộ công thương"), False),
        (("chủ tịch", "ủy ban nhân dân phường yên sở"), ("bí thư", "ủy ban nhân dân phường yên sở"), False),
    ],
)
def test_one_post_written_two_ways(ours: tuple, theirs: tuple, same: bool) -> None:
    from extractor.registry.identity import same_post

    assert same_post(ours, theirs) is same


def test_texts_bring_their_date_from_a_sidecar_or_date_option(tmp_path: Path) -> None:
    """ID.meta.json beside ID.txt (url, title, date), or --date, dates a text's facts."""
    import jsonschema

    from extractor.runs.records import line_schema

    text = "Chủ tịch UBND phường Yên Sở Nguyễn Văn Hùng chủ trì hội nghị tổng kết năm 2025 của phường."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"url": "https://example.vn/a-1.html", "title": "Tổng kết", "date": "2025-12-20"}), encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(text.replace("năm 2025", "năm 2026"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.meta.json").write_text("{not json", encoding="utf-8")
    run = [sys.executable, "-m", "extractor"]
    sidecar = subprocess.run(
        [*run, "text", str(tmp_path / "a.txt"), str(tmp_path / "c.txt")], capture_output=True, text=True, timeout=120
    )
    a, c = (json.loads(line) for line in sidecar.stdout.splitlines())
    validator = jsonschema.Draft202012Validator(line_schema())
    validator.validate(a)
    validator.validate(c)
    assert a["meta"] == {
        "url": "https://example.vn/a-1.html",
        "title": "Tổng kết",
        "published_at": "2025-12-20T00:00:00",
    }
    assert c["error"]["type"] == "read" and "sidecar" in c["error"]["message"]
    dated = subprocess.run(
        [*run, "text", str(tmp_path / "b.txt"), "--date", "2026-01-15"], capture_output=True, text=True, timeout=120
    )
    b = json.loads(dated.stdout)
    assert b["meta"]["published_at"] == "2026-01-15T00:00:00" and "meta" not in json.loads(
        subprocess.run(
            [*run, "text", str(tmp_path / "c.txt").replace("c.txt", "b.txt")],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
    )
    with Registry.open(tmp_path / "r.sqlite") as registry:
        registry.add_records([a, b])
        [post] = registry.person("Nguyễn Văn Hùng")
        assert (post.first_seen, post.last_seen, post.articles) == ("2025-12-20T00:00:00", "2026-01-15T00:00:00", 2)
        assert post.evidence[0].url == "https://example.vn/a-1.html"


def test_an_organization_shows_who_replaced_whom(registry: Registry) -> None:
    appointed = _record(
        "d.txt",
        "UBND tỉnh bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Xây dựng tỉnh Nghệ An, thay ông Nguyễn Văn Hùng nghỉ hưu.",
        "2026-03-01T08:00:00+07:00",
        "https://example.vn/d-4.html",
    )
    registry.add_records([C, appointed])
    posts = {(p.name, p.title): p.replaced for p in registry.org("Sở Xây dựng tỉnh Nghệ An")}
    assert posts == {("Nguyễn Văn Hùng", "Giám đốc"): None, ("Trần Văn Bình", "Giám đốc"): "Nguyễn Văn Hùng"}


def test_a_killed_add_leaves_every_article_whole(tmp_path: Path) -> None:
    """SIGKILL in the middle of a long add: the file is sound, each article in it is whole,
    and adding again finishes the rest without duplicates."""
    import os
    import signal
    import time

    records = []
    for k in range(1000):
        record = json.loads(json.dumps((A, B, C)[k % 3]))
        record["source"], record["article"] = f"copy-{k}.txt", None  # a new article each (keyed by content)
        records.append(record)
    lines = tmp_path / "out.jsonl"
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "r.sqlite"
    command = [sys.executable, "-m", "extractor", "registry", "add", str(lines), "--db", str(db)]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if db.exists():
            with sqlite3.connect(db, timeout=30) as raw:
                try:
                    if raw.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= 20:
                        break
                except sqlite3.OperationalError:  # the tables are not made yet
                    continue
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (killed_at,) = raw.execute("SELECT COUNT(*) FROM articles").fetchone()
        (without_evidence,) = raw.execute(
            "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM evidence WHERE fact = 'person')"
        ).fetchone()
    assert 20 <= killed_at < 1000 and without_evidence == 0
    with Registry.open(db) as registry:
        summary = registry.add_lines(lines)
        assert (summary.added, summary.skipped) == (1000 - killed_at, killed_at)
        assert registry.count("articles") == 1000
