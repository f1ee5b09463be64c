"""A parsed news page: what the scraper hands to the NLP (its ``text``) and to the output."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from ..schema import Record


class Image(Record):
    src: str
    alt: str | None = None


class Article(Record):
    """A news page, parsed: metadata, body paragraphs in order, captions, images."""

    url: str | None = Field(description="The URL the page was fetched from (or given as).")
    canonical_url: str | None = None
    article_id: str | None = Field(default=None, description="The numeric id in the URL (…-1238587.html).")
    title: str
    lead: str | None = Field(default=None, description="The sapo under the title.")
    author: str | None = None
    published_at: datetime | None = Field(default=None, description="ISO 8601, Vietnam time (+07:00).")
    category: str | None = None
    tags: list[str] = Field(default_factory=list)
    paragraphs: list[str] = Field(description="Body text in order, without captions, bylines or source lines.")
    captions: list[str] = Field(default_factory=list, description="Figure captions, each once.")
    images: list[Image] = Field(default_factory=list)
    template: str = Field(description="The page template recognised, or 'generic' when none matched.")
    fallbacks: list[str] = Field(
        default_factory=list, description="Fields read from meta tags or by the generic extractor, e.g. 'title:meta'."
    )
    text: str = Field(description="Title, lead, body and captions as one text: what the extraction read.")
