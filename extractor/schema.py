"""The output records: what an extraction returns, as pydantic models.

Every span (``start``, ``end``) indexes the caller's original string, so that
``text[start:end] == item.text`` holds for every item. The JSON Schema of
:class:`Extraction` (``python -m extractor schema``) is the contract for downstream tools;
``schema_version`` changes whenever a field changes meaning or shape.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Final = "2.5"


class Qualifier(StrEnum):
    """How an amount is hedged in the text (``hơn 96%`` is ``more_than``)."""

    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class InstitutionKind(StrEnum):
    PARTY = "party"
    STATE = "state"
    MASS_ORGANIZATION = "mass_organization"
    EDUCATION = "education"
    HEALTH = "health"
    BUSINESS = "business"
    FINANCE = "finance"
    MEDIA = "media"
    INTERNATIONAL = "international"
    OTHER = "other"


class Record(BaseModel):
    """Base of every output record: no extra fields, immutable."""

    # Every field is written, defaults included: the serialization schema lists them as required.
    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_serialization_defaults_required=True)


class Span(Record):
    """A stretch of the original text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Position(Record):
    """One position an official holds: ``Chủ tịch`` of ``HĐND phường Yên Sở``."""

    title: str = Field(description="The title with its prefixes, e.g. 'Phó Chủ tịch', 'nguyên Bí thư'.")
    organization: str | None = Field(
        description=(
            "The organization the title belongs to, as written (shared modifiers distributed), with the body"
            " it belongs to when the text gives that in brackets right after it ('Cục Tác chiến (Bộ Tổng Tham"
            " mưu)'); null for a standalone office."
        )
    )
    text: str = Field(description="The position as written where it is first mentioned.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    replaces: str | None = Field(
        default=None, description="Whom the official replaces in this post, when the text says so ('thay ông …')."
    )
    sentence: str = Field(
        default="", description="The sentence the position is written in, as written: the evidence a reader checks."
    )

    @property
    def phrase(self) -> str:
        return f"{self.title} {self.organization}" if self.organization else self.title


class Official(Record):
    """A named person the article presents with at least one position."""

    name: str = Field(description="Full name in its fullest mention, without honorifics, ranks or degrees.")
    positions: list[Position]
    mentions: list[Span] = Field(description="Every mention of the person, in text order.")


class Institution(Record):
    name: str = Field(description="The fullest form the article gives, as written.")
    kind: InstitutionKind
    aliases: list[str] = Field(description="Other forms the article uses for it (short forms, abbreviations).")
    mentions: list[Span]
    sentence: str = Field(
        default="", description="The sentence of its first mention, as written (empty when it is named only in a post)."
    )


class Offsets(Record):
    """Where a phrase stands in the original text (its words are the field beside this one)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


Role = Literal["value", "change", "ratio", "share", "target", "price", "other"]


class Facts(Record):
    """What an amount measures (spec/measure-guide.md): phrases taken from the text, null
    where the text does not say, each with its offsets."""

    measure: str | None = Field(
        default=None, description="What the number is the value of: 'thu ngân sách nhà nước trên địa bàn phường'."
    )
    measure_span: Offsets | None = None
    role: Role = Field(
        default="value",
        description="value, change (a rise, fall or excess), ratio (a percentage of a reference), share (a part of a "
        "whole), target (a goal or forecast), price (per unit), other.",
    )
    reference: str | None = Field(default=None, description="What a change or ratio is compared with: 'dự toán'.")
    reference_span: Offsets | None = None
    period: str | None = Field(default=None, description="The time the number refers to: 'năm 2025', 'quý I/2025'.")
    period_span: Offsets | None = None
    holder: str | None = Field(default=None, description="Whose number it is: 'phường Yên Sở', 'Tập đoàn Hòa Phát'.")
    holder_span: Offsets | None = None


class Percentage(Facts):
    value: float = Field(description="The number before the percent sign: '5,2%' gives 5.2.")
    value_max: float | None = Field(default=None, description="Upper end of a range ('5-7%'), else null.")
    qualifier: Qualifier | None = None
    unit: Literal["percent", "point"] = Field(
        default="percent", description="'point' for percentage points ('điểm phần trăm')."
    )
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    context: str = Field(description="The clause the percentage stands in (at most 200 characters either side).")


class Money(Facts):
    amount: float = Field(description="Whole currency units: '15,8 tỷ đồng' gives 15800000000.0.")
    amount_max: float | None = Field(default=None, description="Upper end of a range, else null.")
    amount_exact: str = Field(
        description="The amount as an exact decimal string ('15800000000', '2.23'): no rounding at any size."
    )
    amount_max_exact: str | None = Field(default=None, description="The upper end as an exact decimal string.")
    currency: str = Field(description="ISO 4217 code (VND, USD, EUR, JPY, CNY, GBP, …).")
    qualifier: Qualifier | None = None
    per: str | None = Field(default=None, description="The unit of a price: 'kg' in '30.000 đồng/kg'.")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    context: str = Field(description="The clause the amount stands in (at most 200 characters either side).")


EntityLabel = Literal["PER", "ORG", "LOC"]


class Entity(Record):
    """A named-entity span in the VLSP 2018 convention (titles outside PER; outermost ORG)."""

    label: EntityLabel
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Extraction(Record):
    """Everything read from one article."""

    schema_version: Literal["2.5"] = SCHEMA_VERSION
    officials: list[Official] = Field(default_factory=list)
    institutions: list[Institution] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list,
        description="Plain notes on the input that may lower quality (e.g. very little Vietnamese text).",
    )


def output_schema() -> dict:
    """The JSON Schema of one extraction record, for downstream tools."""
    schema = Extraction.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Extraction"
    return schema
