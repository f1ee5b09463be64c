"""Tables from a JSON Lines output, for spreadsheet users: one row per item, with the article.

``officials``, ``positions``, ``institutions``, ``percentages``, ``money``, ``entities``,
``facts`` (one row per amount: measure, role, value, unit, reference, period, holder) and ``errors``, each as CSV, or Parquet when pyarrow is installed. Every item row carries the
article it came from: its source, and for pages the article's id, title, URL (canonical when
the page gives one) and publication time. Built from the JSON Lines file itself,
so the tables and the lines always agree.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

# Every item row starts with where it was read: the source, and for pages the article's id,
# title, URL and publication time (empty for texts).
ARTICLE_COLUMNS = ["source", "article_id", "article_title", "article_url", "published_at"]

TABLES: dict[str, list[str]] = {
    "officials": [*ARTICLE_COLUMNS, "name", "positions", "mentions"],
    "positions": [
        *ARTICLE_COLUMNS,
        "name",
        "title",
        "organization",
        "position",
        "text",
        "start",
        "end",
        "replaces",
        "sentence",
    ],
    "institutions": [*ARTICLE_COLUMNS, "name", "kind", "aliases", "mentions", "sentence"],
    "percentages": [
        *ARTICLE_COLUMNS,
        "value",
        "value_max",
        "qualifier",
        "unit",
        "text",
        "start",
        "end",
        "context",
    ],
    "money": [
        *ARTICLE_COLUMNS,
        "amount",
        "amount_max",
        "amount_exact",
        "amount_max_exact",
        "currency",
        "qualifier",
        "per",
        "text",
        "start",
        "end",
        "context",
    ],
    "entities": [*ARTICLE_COLUMNS, "label", "text", "start", "end"],
    # One row per amount, as a dashboard reads it: what, how, how much, compared with what, when, whose.
    "facts": [
        *ARTICLE_COLUMNS,
        "kind",
        "measure",
        "role",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "reference",
        "period",
        "holder",
        "text",
        "start",
        "end",
    ],
    "errors": ["source", "type", "message"],
}

# One Parquet type per column, whatever the rows hold: an amount is an integer in JSON when it
# is whole and a float otherwise, and a column typed from the first rows would change type
# from run to run. Amounts and values are float64 here (exact for any amount under 9·10^15).
_COLUMN_TYPES = {
    "mentions": "int64",
    "start": "int64",
    "end": "int64",
    "value": "float64",
    "value_max": "float64",
    "amount": "float64",
    "amount_max": "float64",
}


def _arrow_schema(columns: list[str]):
    import pyarrow as pa

    return pa.schema([(c, getattr(pa, _COLUMN_TYPES.get(c, "string"))()) for c in columns])


def _records(jsonl: Path) -> Iterator[dict]:
    with open(jsonl, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def rows(record: dict) -> Iterator[tuple[str, dict]]:
    """(table, row) pairs for one output record."""
    source = record["source"]
    if "error" in record:
        yield "errors", {"source": source, **record["error"]}
        return
    article = record.get("article") or {}
    base = {
        "source": source,
        "article_id": article.get("article_id"),
        "article_title": article.get("title"),
        "article_url": article.get("canonical_url") or article.get("url"),
        "published_at": article.get("published_at"),
    }
    for official in record.get("officials", []):
        phrases = [" ".join(filter(None, (p["title"], p["organization"]))) for p in official["positions"]]
        yield (
            "officials",
            {**base, "name": official["name"], "positions": "; ".join(phrases), "mentions": len(official["mentions"])},
        )
        for position, phrase in zip(official["positions"], phrases, strict=True):
            yield (
                "positions",
                {
                    **base,
                    "name": official["name"],
                    "title": position["title"],
                    "organization": position["organization"],
                    "position": phrase,
                    "text": position["text"],
                    "start": position["start"],
                    "end": position["end"],
                    "replaces": position.get("replaces"),
                    "sentence": position.get("sentence"),
                },
            )
    for institution in record.get("institutions", []):
        yield (
            "institutions",
            {
                **base,
                "name": institution["name"],
                "kind": institution["kind"],
                "aliases": "; ".join(institution["aliases"]),
                "mentions": len(institution["mentions"]),
                "sentence": institution.get("sentence"),
            },
        )
    for table in ("percentages", "money", "entities"):
        for item in record.get(table, []):
            yield table, {**base, **{k: item.get(k) for k in TABLES[table] if k not in base}}
    for kind, items in (("percentage", record.get("percentages", [])), ("money", record.get("money", []))):
        for item in items:
            money = kind == "money"
            yield (
                "facts",
                {
                    **base,
                    "kind": kind,
                    "measure": item.get("measure"),
                    "role": item.get("role"),
                    "value": item["amount"] if money else item["value"],
                    "value_max": item.get("amount_max") if money else item.get("value_max"),
                    "unit": item["currency"] if money else item.get("unit"),
                    "qualifier": item.get("qualifier"),
                    "reference": item.get("reference"),
                    "period": item.get("period"),
                    "holder": item.get("holder"),
                    "text": item["text"],
                    "start": item["start"],
                    "end": item["end"],
                },
            )


def export_tables(jsonl: str | Path, out_dir: str | Path, fmt: str = "csv") -> dict[str, Path]:
    """Write one table file per kind of item; return their paths."""
    if fmt == "parquet":
        require_pyarrow()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    collected: dict[str, list[dict]] = {name: [] for name in TABLES}
    for record in _records(Path(jsonl)):
        for table, row in rows(record):
            collected[table].append(row)
    return {
        table: write_table(out, table, columns, collected[table], fmt, typed=True) for table, columns in TABLES.items()
    }


def require_pyarrow() -> None:
    """Parquet needs pyarrow, an optional dependency: say how to get it before anything is written."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise RuntimeError('Parquet output needs pyarrow: pip install "vn-news-extractor[parquet]"') from exc


def write_table(
    folder: Path, name: str, columns: list[str], rows_: list[dict], fmt: str, *, typed: bool = False
) -> Path:
    """One table as ``folder/name.csv`` or ``.parquet``; ``typed``: Parquet columns get this
    module's types (floats for values, else strings) instead of those pyarrow infers."""
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = folder / f"{name}.parquet"
        schema = _arrow_schema(columns) if typed else None
        pq.write_table(pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows_], schema=schema), path)
        return path
    path = folder / f"{name}.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows_)
    return path
