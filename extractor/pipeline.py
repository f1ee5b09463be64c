"""From an article's text to an :class:`~extractor.schema.Extraction`: the one place the
stages are put together.

    check input -> normalize (offset map) -> layout (text vs metadata lines)
      -> numbers (percentages, money) -> entities (institutions, officials, NER spans)
      -> map every span back to the caller's string

A :class:`Pipeline` holds what the stages read (word lists, the segmenter, the NER model)
and the options; load one and call it on many texts. :func:`extract_text` is the one-line
convenience over a default pipeline, loaded on first use.
"""

from __future__ import annotations

import logging
import time
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import cast

from .entities.ner import NerModel, segmenter_for, shipped_model_path
from .entities.officials import OfficialFound
from .entities.reader import EntityReader, EntityResult, kind_of
from .entities.successions import predecessor
from .errors import TextTooLargeError
from .facts.measures import AmountAt, AmountFacts, FactReader
from .lexicon.dictionary import WordDictionary
from .lexicon.keys import locality_unit_length
from .lexicon.loader import Lexicons
from .numbers.quantities import Found, QuantityTables, find_quantities, number_style
from .schema import (
    Entity,
    EntityLabel,
    Extraction,
    Institution,
    InstitutionKind,
    Money,
    Official,
    Offsets,
    Percentage,
    Position,
    Qualifier,
    Span,
)
from .text.layout import metadata_spans, sentences, text_spans
from .text.normalize import NormalizedText, canonical, normalize
from .text.spans import outermost
from .text.syllables import Segmenter
from .text.validate import check_text

log = logging.getLogger(__name__)

# Work grows linearly with the text, but a news article is under 50 000 characters: a text of
# more than a million is a dump or an attack, and reading it would hold a worker for minutes.
DEFAULT_MAX_CHARS = 1_000_000


class Pipeline:
    """Reads articles: ``pipeline(text) -> Extraction``; ``pipeline.pipe(texts)`` for many.

    Build one with :meth:`load`; it holds the word lists, underthesea's segmenter and
    dictionary, and the NER model, loaded once, and holds nothing per article, so one serves
    a whole process (a batch worker, a web service).
    """

    def __init__(
        self,
        lexicons: Lexicons,
        segmenter: Segmenter,
        quantities: QuantityTables,
        ner: NerModel | None = None,
        *,
        require_vietnamese: bool = True,
        max_chars: int | None = DEFAULT_MAX_CHARS,
    ) -> None:
        self.max_chars = max_chars
        self.lexicons = lexicons
        self.segmenter = segmenter
        self.quantities = quantities
        self.ner = ner
        self.require_vietnamese = require_vietnamese
        self._entities = EntityReader(lexicons, segmenter, ner)

    @classmethod
    def load(
        cls,
        model_dir: str | Path | None = None,
        *,
        use_model: bool = True,
        require_vietnamese: bool = True,
        check_fingerprint: bool = True,
        max_chars: int | None = None,
    ) -> Pipeline:
        """Load the word lists, the segmenter and the NER model.

        ``model_dir``: a model directory built by ``scripts/train_ner.py`` instead of the
        shipped one. ``use_model=False`` reads with the rules alone (no NER spans).
        ``check_fingerprint=False`` loads a model trained with other word lists (see
        :class:`~extractor.entities.ner.NerModel`). ``require_vietnamese``: the default for
        calls that do not say (a text that does not look Vietnamese raises
        :class:`~extractor.errors.NotVietnameseError`). ``max_chars``: the longest text read
        (default :data:`DEFAULT_MAX_CHARS`); a longer one raises
        :class:`~extractor.errors.TextTooLargeError`.
        """
        started = time.perf_counter()
        dictionary = WordDictionary.load()
        lexicons = Lexicons.load(dictionary=dictionary)
        segmenter = segmenter_for(lexicons)
        ner = None
        if use_model:
            path = Path(model_dir) if model_dir is not None else shipped_model_path()
            if path is not None:
                ner = NerModel(path, lexicons, segmenter, check_fingerprint=check_fingerprint)
        log.info("pipeline loaded in %.2f s (model: %s)", time.perf_counter() - started, ner.path if ner else "none")
        return cls(
            lexicons,
            segmenter,
            QuantityTables.load(dictionary),
            ner,
            require_vietnamese=require_vietnamese,
            max_chars=DEFAULT_MAX_CHARS if max_chars is None else max_chars,
        )

    def __call__(
        self, text: str, *, require_vietnamese: bool | None = None, max_chars: int | None = None
    ) -> Extraction:
        """Read one article's text (title line, lead, body; captions as their own lines).

        Raises :class:`~extractor.errors.EmptyTextError`, :class:`~extractor.errors.EncodingError`,
        :class:`~extractor.errors.TextTooLargeError` (over ``max_chars``, by default the
        pipeline's) or (when Vietnamese is required) :class:`~extractor.errors.NotVietnameseError`.
        """
        limit = self.max_chars if max_chars is None else max_chars
        if limit is not None and len(text) > limit:
            raise TextTooLargeError(f"the text has {len(text):,} characters, more than the limit of {limit:,}")
        required = self.require_vietnamese if require_vietnamese is None else require_vietnamese
        warnings = check_text(text, require_vietnamese=required)
        norm = normalize(text)
        spans = text_spans(norm.text)
        found = _found_quantities(norm, spans, self.quantities)
        read = self._entities.read(norm.text, list(spans), list(metadata_spans(norm.text)))
        sentence_spans = [piece for a, b, _ in spans for piece in sentences(norm.text, a, b)]
        percentages, money = _quantity_records(
            norm, found, _read_facts(norm, spans, sentence_spans, found, read, self.lexicons)
        )
        officials, institutions, entities = _entity_records(norm, read, sentence_spans)
        return Extraction(
            officials=officials,
            institutions=institutions,
            percentages=percentages,
            money=money,
            entities=entities,
            warnings=warnings,
        )

    def pipe(self, texts: Iterable[str], *, require_vietnamese: bool | None = None) -> Iterator[Extraction]:
        """Read texts one after another, lazily; an input error is raised at its text."""
        for text in texts:
            yield self(text, require_vietnamese=require_vietnamese)


@cache
def default_pipeline() -> Pipeline:
    """The pipeline with the shipped model, loaded once per process on first use."""
    return Pipeline.load()


def extract_text(text: str, *, require_vietnamese: bool = True) -> Extraction:
    """Read one article's text with the default pipeline (see :meth:`Pipeline.__call__`)."""
    return default_pipeline()(text, require_vietnamese=require_vietnamese)


def _exact(value: Decimal) -> str:
    """A decimal's exact plain form: '15800000000', '2.23' (no exponent, no trailing zeros)."""
    text = f"{value:f}"  # not normalize(): it rounds to 28 digits
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _span(norm: NormalizedText, start: int, end: int) -> tuple[str, int, int]:
    a, b = norm.to_original(start, end)
    return norm.original[a:b], a, b


def _context(norm: NormalizedText, found: Found) -> str:
    return norm.original_slice(found.clause_start, found.clause_end).strip()


def _found_quantities(
    norm: NormalizedText, spans: Sequence[tuple[int, int, str]], tables: QuantityTables
) -> list[Found]:
    """Every percentage and amount, with spans in the normalized text."""
    found: list[Found] = []
    style = number_style(norm.text)  # one decimal convention per document
    for start, end, _kind in spans:
        for item in find_quantities(norm.text[start:end], tables, style=style):
            found.append(
                replace(
                    item,
                    start=item.start + start,
                    end=item.end + start,
                    clause_start=item.clause_start + start,
                    clause_end=item.clause_end + start,
                )
            )
    return found


def _read_facts(
    norm: NormalizedText,
    spans: Sequence[tuple[int, int, str]],
    sentence_spans: list[tuple[int, int]],
    found: Sequence[Found],
    entities: EntityResult,
    lexicons: Lexicons,
) -> list[AmountFacts]:
    """What each amount measures (issue #16), read in the normalized text."""
    text = norm.text
    paragraphs = [(a, b) for a, b, _ in spans]
    names = [(e.start, e.end) for e in entities.entities if e.label in ("ORG", "LOC", "PER")]
    names += [mention for institution in entities.institutions for mention in institution.mentions]
    # A name that runs into an amount ("Công ty Hồng Lam giảm 3" before "%") is a misread, not a holder.
    amount_starts = sorted(f.start for f in found)
    names = [(a, b) for a, b in names if bisect_right(amount_starts, b - 1) == bisect_right(amount_starts, a - 1)]
    # A place inside a body's name ("Ngân hàng Agribank chi nhánh | Thanh Oai") is the body's, not a holder.
    names = outermost(names)
    # Places that are Việt Nam's localities: a bare organ's ("HĐND phường") numbers are theirs.
    places = [
        (e.start, e.end)
        for e in entities.entities
        if e.label == "LOC" and _is_locality(text[e.start : e.end], lexicons)
    ]
    persons = [(e.start, e.end) for e in entities.entities if e.label == "PER"]
    reader = FactReader(
        text,
        sentence_spans,
        paragraphs,
        names,
        places=places,
        persons=persons,
        officers=_officers(entities.officials, lexicons),
        companies=[m for i in entities.institutions if i.kind == InstitutionKind.BUSINESS.value for m in i.mentions],
    )
    amounts = [AmountAt(f.start, f.end, f.start, f.kind, f.per) for f in found]
    return reader.read(amounts)


_PUBLIC_KINDS = frozenset({"state", "party", "mass_organization"})
_FORMER = ("nguyên", "cựu")


def _officers(officials: Sequence[OfficialFound], lexicons: Lexicons) -> list[tuple[int, int]]:
    """Where a person is named with a public office they hold now, title and all ("Thứ trưởng
    Bộ GTVT Nguyễn Nhật", "ông X, Chủ tịch UBND xã"): the office acts, it holds no amount. Not
    a person with a former post (an accused "nguyên Chủ tịch …") or a post in a company."""
    spans: list[tuple[int, int]] = []
    for official in officials:
        kinds = {kind_of(p.organization, lexicons) if p.organization else None for p in official.positions}
        if not kinds <= _PUBLIC_KINDS or any(p.title.lower().startswith(_FORMER) for p in official.positions):
            continue
        for a, b in official.mentions:
            # the title just before the name ("Thứ trưởng Bộ GTVT | Nguyễn Nhật") or just after it
            near = [(p.start, p.end) for p in official.positions if a - 2 <= p.end <= a or b <= p.start <= b + 2]
            spans.append((min([a, *(x for x, _ in near)]), max([b, *(y for _, y in near)])))
    return spans


def _is_locality(name: str, lexicons: Lexicons) -> bool:
    words = tuple(canonical(name).split())
    return bool(locality_unit_length([w.lower() for w in words[:2]])) or words in lexicons.localities


def _fact_fields(norm: NormalizedText, facts: AmountFacts) -> dict:
    """The schema's fact fields: each phrase as written, with its span in the caller's string."""
    fields: dict = {"role": facts.role}
    for name in ("measure", "reference", "period", "holder"):
        where = getattr(facts, name)
        if where is None:
            fields[name], fields[f"{name}_span"] = None, None
        else:
            phrase, a, b = _span(norm, *where)
            fields[name], fields[f"{name}_span"] = phrase, Offsets(start=a, end=b)
    return fields


def _quantity_records(
    norm: NormalizedText, found: Sequence[Found], facts: Sequence[AmountFacts]
) -> tuple[list[Percentage], list[Money]]:
    percentages: list[Percentage] = []
    money: list[Money] = []
    for item, fact in zip(found, facts, strict=True):
        text, a, b = _span(norm, item.start, item.end)
        qualifier = Qualifier(item.qualifier) if item.qualifier else None
        context = _context(norm, item)
        fields = _fact_fields(norm, fact)
        if item.kind == "percentage":
            percentages.append(
                Percentage(
                    value=float(item.value),
                    value_max=float(item.value_max) if item.value_max is not None else None,
                    unit=item.unit or "percent",
                    qualifier=qualifier,
                    text=text,
                    start=a,
                    end=b,
                    context=context,
                    **fields,
                )
            )
        else:
            money.append(
                Money(
                    amount=float(item.value),
                    amount_max=float(item.value_max) if item.value_max is not None else None,
                    amount_exact=_exact(item.value),
                    amount_max_exact=_exact(item.value_max) if item.value_max is not None else None,
                    currency=item.currency or "VND",
                    per=item.per,
                    qualifier=qualifier,
                    text=text,
                    start=a,
                    end=b,
                    context=context,
                    **fields,
                )
            )
    return percentages, money


def _predecessor(norm: NormalizedText, position_end: int, position_start: int | None = None) -> str | None:
    found = predecessor(norm.text, position_end, position_start)
    return _span(norm, *found)[0] if found else None


def _sentence_at(norm: NormalizedText, sentence_spans: list[tuple[int, int]], starts: list[int], at: int) -> str:
    """The sentence (as written) that holds the normalized offset ``at``."""
    k = bisect_right(starts, at) - 1
    if k < 0:
        return ""
    a, b = sentence_spans[k]
    return norm.original_slice(a, b).strip()


def _entity_records(norm: NormalizedText, result: EntityResult, sentence_spans: list[tuple[int, int]]):
    def to_span(start: int, end: int) -> Span:
        text, a, b = _span(norm, start, end)
        return Span(text=text, start=a, end=b)

    starts = [a for a, _ in sentence_spans]

    officials = [
        Official(
            name=o.name,
            positions=[
                Position(
                    title=p.title,
                    organization=f"{p.organization} ({p.parent})" if p.organization and p.parent else p.organization,
                    replaces=_predecessor(norm, p.end, p.start),
                    sentence=_sentence_at(norm, sentence_spans, starts, p.start),
                    **to_span(p.start, p.end).model_dump(),
                )
                for p in o.positions
            ],
            mentions=[to_span(a, b) for a, b in o.mentions],
        )
        for o in result.officials
    ]
    institutions = [
        Institution(
            name=i.name,
            kind=InstitutionKind(i.kind),
            aliases=i.aliases,
            mentions=[to_span(a, b) for a, b in i.mentions],
            sentence=_sentence_at(norm, sentence_spans, starts, i.mentions[0][0]) if i.mentions else "",
        )
        for i in result.institutions
    ]
    entities = []
    for e in result.entities:
        text, a, b = _span(norm, e.start, e.end)
        entities.append(Entity(label=cast(EntityLabel, e.label), text=text, start=a, end=b))
    return officials, institutions, entities
