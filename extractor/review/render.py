"""The review page: an article's text with every item the extractor read highlighted in place.

One self-contained HTML file (inline CSS and JavaScript, nothing fetched) per article, built
from an output record and the text it was read from:

- every official's mentions, each position, every institution mention, money, percentages
  and the NER entities, one colour per kind, with a legend whose boxes switch kinds on and off;
- overlapping items (a position holding an institution, an entity inside a position) stay
  readable as stacked underlines, the way displaCy's span style draws them: the text is cut at
  every item boundary into pieces, and each piece carries one bar per item over it;
- beside the text, tables of officials, institutions, money and percentages; clicking a row
  scrolls to its item and flashes it; hovering a piece shows what each item over it means
  (``15,8 tỷ đồng`` → ``15 800 000 000 VND``).

All article text is escaped (Jinja2 autoescape): an article holding ``<script>`` shows it as text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from jinja2 import Environment, Template, select_autoescape

# Kinds in drawing order (bottom bar first) with their legend names.
KINDS: dict[str, str] = {
    "official": "Officials",
    "position": "Positions",
    "institution": "Institutions",
    "money": "Money",
    "percentage": "Percentages",
    "PER": "Entities: PER",
    "ORG": "Entities: ORG",
    "LOC": "Entities: LOC",
}


@dataclass
class Mark:
    """One highlighted item: where it is, its kind, and what it means."""

    ref: str  # unique in the page: "m3", "o1-2", …
    kind: str
    start: int
    end: int
    label: str  # the hover text
    lane: int = 0


@dataclass
class Piece:
    """A stretch of text with the same items over all of it."""

    text: str
    marks: list[Mark] = field(default_factory=list)


def _spaced(value: float) -> str:
    """A number the way the page shows it: thin groups of three, no trailing '.0'."""
    whole = float(value).is_integer()
    text = f"{value:,.0f}" if whole else f"{value:,.6f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f")


def _facts_label(item: dict) -> str:
    """What an amount measures, for the hover text: "thu ngân sách · ratio of dự toán · năm 2025 · phường Yên Sở"."""
    parts = []
    if item.get("measure"):
        parts.append(item["measure"])
    role = item.get("role")
    if role and role != "value":
        parts.append(f"{role} of {item['reference']}" if item.get("reference") else role)
    for name in ("period", "holder"):
        if item.get(name):
            parts.append(item[name])
    return (" — " + " · ".join(parts)) if parts else ""


def money_label(item: dict) -> str:
    amount = _spaced(item["amount"])
    if item.get("amount_max") is not None:
        amount += f" – {_spaced(item['amount_max'])}"
    parts = [f"{amount} {item['currency']}"]
    if item.get("per"):
        parts[0] += f" / {item['per']}"
    if item.get("qualifier"):
        parts.append(item["qualifier"].replace("_", " "))
    return "Money: " + ", ".join(parts) + _facts_label(item)


def percentage_label(item: dict) -> str:
    value = _spaced(item["value"])
    if item.get("value_max") is not None:
        value += f" – {_spaced(item['value_max'])}"
    unit = " percentage points" if item.get("unit") == "point" else " %"
    qualifier = f", {item['qualifier'].replace('_', ' ')}" if item.get("qualifier") else ""
    return f"Percentage: {value}{unit}{qualifier}" + _facts_label(item)


def marks_of(record: dict) -> list[Mark]:
    """Every item of an output record as a mark, with stable references."""
    marks: list[Mark] = []
    for i, official in enumerate(record.get("officials", [])):
        posts = "; ".join(" ".join(filter(None, (p["title"], p["organization"]))) for p in official["positions"])
        for k, mention in enumerate(official["mentions"]):
            marks.append(
                Mark(
                    f"o{i}-{k}", "official", mention["start"], mention["end"], f"Official: {official['name']} ({posts})"
                )
            )
        for k, position in enumerate(official["positions"]):
            phrase = " ".join(filter(None, (position["title"], position["organization"])))
            marks.append(
                Mark(
                    f"p{i}-{k}",
                    "position",
                    position["start"],
                    position["end"],
                    f"Position of {official['name']}: {phrase}",
                )
            )
    for i, institution in enumerate(record.get("institutions", [])):
        for k, mention in enumerate(institution["mentions"]):
            label = f"Institution ({institution['kind']}): {institution['name']}"
            marks.append(Mark(f"i{i}-{k}", "institution", mention["start"], mention["end"], label))
    for i, item in enumerate(record.get("money", [])):
        marks.append(Mark(f"m{i}", "money", item["start"], item["end"], money_label(item)))
    for i, item in enumerate(record.get("percentages", [])):
        marks.append(Mark(f"c{i}", "percentage", item["start"], item["end"], percentage_label(item)))
    for i, entity in enumerate(record.get("entities", [])):
        marks.append(
            Mark(
                f"e{i}", entity["label"], entity["start"], entity["end"], f"Entity {entity['label']}: {entity['text']}"
            )
        )
    return [m for m in marks if m.end > m.start]


def _assign_lanes(marks: list[Mark]) -> int:
    """Give overlapping marks different lanes (greedy interval colouring); return the lane count."""
    ends: list[int] = []  # the end of the last mark in each lane
    order = list(KINDS)
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, order.index(m.kind))):
        for lane, end in enumerate(ends):
            if end <= mark.start:
                mark.lane, ends[lane] = lane, mark.end
                break
        else:
            mark.lane = len(ends)
            ends.append(mark.end)
    return len(ends)


def pieces_of(text: str, marks: list[Mark]) -> list[Piece]:
    """The text cut at every mark's start and end, each piece with the marks over it. Pieces
    are also cut after each space, so that a long item wraps between words, not inside a piece."""
    cuts = {0, len(text)}
    for mark in marks:
        cuts.update((mark.start, mark.end))
    starts: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    pieces: list[Piece] = []
    active: list[Mark] = []
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    for a, b in itertools.pairwise(bounds):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        over = sorted(active, key=lambda m: m.lane)
        chunk = text[a:b]
        begin = 0
        for k, char in enumerate(chunk):
            if char == " " and over and k + 1 < len(chunk):
                pieces.append(Piece(chunk[begin : k + 1], over))
                begin = k + 1
        pieces.append(Piece(chunk[begin:], over))
    return [p for p in pieces if p.text]


@dataclass(frozen=True)
class _Templates:
    page: Template  # a whole standalone page
    review: Template  # the review itself (header, text, tables)
    app: Template  # the service's web app


@cache
def _templates() -> _Templates:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    assets = resources.files("extractor.review") / "assets"
    env.globals["review_css"] = (assets / "review.css").read_text(encoding="utf-8")
    env.globals["review_js"] = (assets / "review.js").read_text(encoding="utf-8")

    def load(name: str) -> Template:
        return env.from_string((assets / name).read_text(encoding="utf-8"))

    return _Templates(page=load("page.html"), review=load("review.html"), app=load("app.html"))


def review_fragment(text: str, record: dict, article: dict | None = None, *, heading: str | None = None) -> str:
    """The review's HTML (header, highlighted text, tables) without page, style or script:
    what the service's web app inserts into its page. A page's metadata heads it; else
    ``heading`` (the CLI gives the source's path), if any."""
    marks = marks_of(record)
    lanes = _assign_lanes(marks)
    first_piece: dict[str, int] = {}
    pieces = pieces_of(text, marks)
    for index, piece in enumerate(pieces):
        for mark in piece.marks:
            first_piece.setdefault(mark.ref, index)
    counts = {kind: sum(1 for m in marks if m.kind == kind) for kind in KINDS}
    return _templates().review.render(
        pieces=pieces,
        first_piece=first_piece,
        lanes=lanes,
        kinds=KINDS,
        counts=counts,
        record=record,
        article=article or record.get("article"),
        heading=heading,
        money_label=money_label,
        percentage_label=percentage_label,
    )


def render_page(text: str, record: dict, article: dict | None = None, *, title: str | None = None) -> str:
    """A whole self-contained review page (no network needed to open it)."""
    page_title = title or (article or record.get("article") or {}).get("title") or record.get("source") or "Review"
    heading = record.get("source")
    return _templates().page.render(title=page_title, body=review_fragment(text, record, article, heading=heading))


def app_page(*, allow_fetch: bool = False, max_bytes: int = 2_000_000) -> str:
    """The service's web app: paste a text or upload a saved page, see the review and the JSON."""
    return _templates().app.render(allow_fetch=allow_fetch, max_bytes=max_bytes)
