"""From an article's text to an :class:`~extractor.models.Extraction`: the one place the
stages are put together.

    check input -> normalize (offset map) -> layout (text vs metadata lines)
      -> numbers (percentages, money) -> entities (institutions, officials, NER spans)
      -> map every span back to the caller's string

Models and lexicons load once per process, on first use.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .entities import EntityReader, entity_reader
from .layout import metadata_spans, text_spans
from .models import Entity, Extraction, Institution, Money, Official, Percentage, Position, Span
from .quantities import Found, find_quantities, number_style
from .textnorm import NormalizedText, normalize
from .validate import check_text


def _number(value: Decimal) -> int | float:
    integral = value.to_integral_value()
    return int(integral) if value == integral else float(value)


def _span(norm: NormalizedText, start: int, end: int) -> tuple[str, int, int]:
    a, b = norm.to_original(start, end)
    return norm.original[a:b], a, b


def _context(norm: NormalizedText, found: Found) -> str:
    return norm.original_slice(found.clause_start, found.clause_end).strip()


def _quantities(norm: NormalizedText, spans: list[tuple[int, int, str]]) -> tuple[list[Percentage], list[Money]]:
    percentages: list[Percentage] = []
    money: list[Money] = []
    style = number_style(norm.text)  # one decimal convention per document
    for start, end, _kind in spans:
        line = norm.text[start:end]
        for found in find_quantities(line, style=style):
            shifted = replace(
                found,
                start=found.start + start,
                end=found.end + start,
                clause_start=found.clause_start + start,
                clause_end=found.clause_end + start,
            )
            text, a, b = _span(norm, shifted.start, shifted.end)
            common = {
                "qualifier": shifted.qualifier,
                "text": text,
                "start": a,
                "end": b,
                "context": _context(norm, shifted),
            }
            if shifted.kind == "percentage":
                percentages.append(
                    Percentage(
                        value=float(shifted.value),
                        value_max=float(shifted.value_max) if shifted.value_max is not None else None,
                        unit=shifted.unit or "percent",
                        **common,
                    )
                )
            else:
                money.append(
                    Money(
                        amount=_number(shifted.value),
                        amount_max=_number(shifted.value_max) if shifted.value_max is not None else None,
                        currency=shifted.currency or "VND",
                        per=shifted.per,
                        **common,
                    )
                )
    return percentages, money


def _entities(norm: NormalizedText, spans: list[tuple[int, int, str]], reader: EntityReader):
    result = reader.read(norm.text, spans, metadata_spans(norm.text))

    def to_span(start: int, end: int) -> Span:
        text, a, b = _span(norm, start, end)
        return Span(text=text, start=a, end=b)

    officials = [
        Official(
            name=o.name,
            positions=[
                Position(title=p.title, organization=p.organization, span=to_span(p.start, p.end)) for p in o.positions
            ],
            mentions=[to_span(a, b) for a, b in o.mentions],
        )
        for o in result.officials
    ]
    institutions = [
        Institution(
            name=i.name,
            kind=i.kind,
            aliases=i.aliases,
            mentions=[to_span(a, b) for a, b in i.mentions],
        )
        for i in result.institutions
    ]
    entities = [
        Entity(
            label=e.label,
            **dict(zip(("text", "start", "end"), _span(norm, e.start, e.end), strict=True)),
        )
        for e in result.entities
    ]
    return officials, institutions, entities


def extract_text(text: str, *, require_vietnamese: bool = True) -> Extraction:
    """Read one article's text (title line, lead, body; captions as their own lines).

    Raises :class:`~extractor.errors.EmptyTextError`, :class:`~extractor.errors.EncodingError`
    or (unless ``require_vietnamese=False``) :class:`~extractor.errors.NotVietnameseError`.
    """
    warnings = check_text(text, require_vietnamese=require_vietnamese)
    norm = normalize(text)
    spans = text_spans(norm.text)
    percentages, money = _quantities(norm, spans)
    officials, institutions, entities = _entities(norm, spans, entity_reader())
    return Extraction(
        officials=officials,
        institutions=institutions,
        percentages=percentages,
        money=money,
        entities=entities,
        warnings=warnings,
    )
