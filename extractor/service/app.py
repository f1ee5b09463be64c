"""The HTTP service: the extractor behind FastAPI, and the review page as a web app.

    POST /v1/extract        JSON {"text": …} or text/plain  -> the CLI's result record
    POST /v1/extract/html   JSON {"html": …, "url": …} or text/html (?url=) -> page and extraction
    POST /v1/extract/url    JSON {"url": …}  (only when started with allow_fetch)
    POST /v1/review         JSON {"kind": "text"|"html"|"url", …} -> {"record", "html"} for the web app
    GET  /v1/schema, /healthz, /docs (OpenAPI), /  (the web app)

Each worker process loads the pipeline once (at start-up) and runs one extraction at a time in
a worker thread, so the event loop keeps answering; at most ``max_pending`` requests wait or run
at once, and one more is answered 503 with ``Retry-After`` at once rather than queued without
bound. Bodies over ``max_bytes`` get 413. Every error answer has the body of the CLI's error
records: ``{"source": "request", "schema_version", "error": {"type", "message"}}``.
"""

from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..errors import (
    BlockedError,
    ExtractorError,
    FetchError,
    ForbiddenAddressError,
    InvalidURLError,
    TextTooLargeError,
)
from ..review.render import app_page, review_fragment
from ..runs.records import Line, error_record, line_schema, page_record, result_record

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..web.article import Article

SOURCE = "request"


@dataclass(frozen=True)
class ServiceSettings:
    max_bytes: int = 2_000_000  # a request body over this gets 413
    max_pending: int = 8  # requests extracting or waiting to, per worker; one more gets 503
    allow_fetch: bool = False  # offer /v1/extract/url (public addresses only)
    model_dir: str | None = None
    retry_after: int = 1  # seconds, in a 503's Retry-After

    @classmethod
    def from_environment(cls) -> ServiceSettings:
        """Settings handed to each uvicorn worker process (``vn-extract serve --workers N``)."""
        env = os.environ
        return cls(
            max_bytes=int(env.get("EXTRACTOR_SERVICE_MAX_BYTES", cls.max_bytes)),
            max_pending=int(env.get("EXTRACTOR_SERVICE_MAX_PENDING", cls.max_pending)),
            allow_fetch=env.get("EXTRACTOR_SERVICE_ALLOW_FETCH") == "1",
            model_dir=env.get("EXTRACTOR_SERVICE_MODEL") or None,
        )

    def to_environment(self) -> dict[str, str]:
        return {
            "EXTRACTOR_SERVICE_MAX_BYTES": str(self.max_bytes),
            "EXTRACTOR_SERVICE_MAX_PENDING": str(self.max_pending),
            "EXTRACTOR_SERVICE_ALLOW_FETCH": "1" if self.allow_fetch else "0",
            "EXTRACTOR_SERVICE_MODEL": self.model_dir or "",
        }


class TextRequest(BaseModel):
    text: str = Field(description="The article's text: title line, lead, body.")
    allow_non_vietnamese: bool = Field(default=False, description="Read a text that does not look Vietnamese.")


class PageRequest(BaseModel):
    html: str = Field(description="A saved news page's HTML.")
    url: str | None = Field(default=None, description="The URL the page came from (for its id and links).")


class UrlRequest(BaseModel):
    url: str


class ReviewRequest(BaseModel):
    kind: Literal["text", "html", "url"] = "text"
    text: str | None = None
    html: str | None = None
    url: str | None = None


class ServiceError(Exception):
    """An answer that is an error record with an HTTP status."""

    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.kind, self.message, self.headers = status, kind, message, headers or {}


def _error_body(kind: str, message: str) -> Line:
    record = error_record(SOURCE, ExtractorError(message))
    record["error"]["type"] = kind
    return record


def _status_of(error: ExtractorError) -> int:
    if isinstance(error, TextTooLargeError):
        return 413
    if isinstance(error, ForbiddenAddressError):
        return 403
    if isinstance(error, FetchError) and not isinstance(error, BlockedError | InvalidURLError):
        return 502  # the page could not be fetched: a bad gateway, not a bad request
    return 422  # empty, not Vietnamese, not an article, a blocked page, a bad URL


class Extractor:
    """One worker's pipeline, run one article at a time off the event loop, with a bound on
    how many requests may wait for it."""

    def __init__(self, settings: ServiceSettings, pipeline: Pipeline | None = None) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self._one_at_a_time = anyio.CapacityLimiter(1)
        self.pending = 0

    def load(self) -> None:
        if self.pipeline is None:
            from ..pipeline import Pipeline, default_pipeline

            model = self.settings.model_dir
            self.pipeline = default_pipeline() if model is None else Pipeline.load(model_dir=model)

    async def run(self, function, *args: Any) -> Any:
        if self.pending >= self.settings.max_pending:
            raise ServiceError(
                503,
                "overloaded",
                f"{self.pending} requests are being read or waiting; try again shortly",
                {"Retry-After": str(self.settings.retry_after)},
            )
        self.pending += 1
        try:
            return await anyio.to_thread.run_sync(function, *args, limiter=self._one_at_a_time)
        finally:
            self.pending -= 1

    # The work itself, in the worker thread.
    def text(self, text: str, allow_non_vietnamese: bool) -> Line:
        assert self.pipeline is not None
        extraction = self.pipeline(text, require_vietnamese=not allow_non_vietnamese)
        return result_record(SOURCE, extraction)

    def page(self, html: str | bytes, url: str | None) -> Line:
        from ..web.parse import parse_article

        return self.article(parse_article(html, url=url), url or SOURCE)

    def article(self, article: Article, source: str) -> Line:
        """A parsed page's record; one that is an error record is answered as an error."""
        assert self.pipeline is not None
        record = page_record(self.pipeline, source, article)
        if "error" in record:
            raise _RecordError(record)
        return record


class _RecordError(Exception):
    def __init__(self, record: Line) -> None:
        super().__init__(record["error"]["message"])
        self.record = record


async def _body(request: Request, max_bytes: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``max_bytes``."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ServiceError(413, "too_large", f"the body has {int(declared):,} bytes, more than {max_bytes:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise ServiceError(413, "too_large", f"the body is more than {max_bytes:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _json(body: bytes, model: type[BaseModel]) -> Any:
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ServiceError(400, "bad_json", f"the body is not JSON: {exc}") from exc
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
        raise ServiceError(422, "invalid_request", problems) from exc


def _text_body(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ServiceError(400, "encoding", f"the body is not UTF-8 text: {exc}") from exc


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def create_app(settings: ServiceSettings | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """The service's application (``pipeline``: one already loaded, e.g. in tests)."""
    settings = settings or ServiceSettings()
    extractor = Extractor(settings, pipeline)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await anyio.to_thread.run_sync(extractor.load)  # the model loads once per worker, before serving
        yield

    app = FastAPI(
        title="vn-extract",
        version=__version__,
        description="Officials, institutions, percentages and money from Vietnamese news articles.",
        lifespan=lifespan,
    )
    app.state.extractor = extractor

    @app.exception_handler(ServiceError)
    async def service_error(request: Request, exc: ServiceError) -> JSONResponse:
        return JSONResponse(_error_body(exc.kind, exc.message), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(ExtractorError)
    async def extractor_error(request: Request, exc: ExtractorError) -> JSONResponse:
        return JSONResponse(error_record(SOURCE, exc), status_code=_status_of(exc))

    @app.exception_handler(_RecordError)
    async def record_error(request: Request, exc: _RecordError) -> JSONResponse:
        return JSONResponse(exc.record, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, f"http_{exc.status_code}")
        return JSONResponse(_error_body(kind, str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(_error_body("invalid_request", str(exc.errors())), status_code=422)

    text_body = {
        "content": {
            "application/json": {"schema": TextRequest.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
        },
        "required": True,
    }
    page_body = {
        "content": {
            "application/json": {"schema": PageRequest.model_json_schema()},
            "text/html": {"schema": {"type": "string"}},
        },
        "required": True,
    }

    @app.get("/healthz", summary="Liveness: the model is loaded and the worker answers")
    async def healthz() -> dict:
        from ..schema import SCHEMA_VERSION

        return {"status": "ok", "version": __version__, "schema_version": SCHEMA_VERSION, "pending": extractor.pending}

    @app.get("/v1/schema", summary="The JSON Schema of a result or error record")
    async def schema() -> dict:
        return line_schema()

    @app.post("/v1/extract", summary="Extract from an article's text", openapi_extra={"requestBody": text_body})
    async def extract(request: Request) -> JSONResponse:
        body = await _body(request, settings.max_bytes)
        if _media_type(request) == "application/json":
            payload = _json(body, TextRequest)
            text, allow = payload.text, payload.allow_non_vietnamese
        else:
            text, allow = _text_body(body), request.query_params.get("allow_non_vietnamese") in ("1", "true")
        return JSONResponse(await extractor.run(extractor.text, text, allow))

    @app.post("/v1/extract/html", summary="Parse a saved page and extract", openapi_extra={"requestBody": page_body})
    async def extract_html(request: Request) -> JSONResponse:
        body = await _body(request, settings.max_bytes)
        if _media_type(request) == "application/json":
            payload = _json(body, PageRequest)
            html: str | bytes = payload.html
            url = payload.url
        else:
            html, url = body, request.query_params.get("url")
        return JSONResponse(await extractor.run(extractor.page, html, url))

    async def fetched(url: str) -> Line:
        from ..web.fetch import AsyncFetcher, FetchConfig

        config = replace(FetchConfig(), allow_private=False, max_bytes=settings.max_bytes)
        async with AsyncFetcher(config) as fetcher:
            article = await fetcher.fetch_article(url)
        return await extractor.run(extractor.article, article, url)

    if settings.allow_fetch:

        @app.post("/v1/extract/url", summary="Fetch a public page, parse and extract")
        async def extract_url(request: Request) -> JSONResponse:
            payload = _json(await _body(request, settings.max_bytes), UrlRequest)
            return JSONResponse(await fetched(payload.url))

    @app.post("/v1/review", summary="Extract and render the review (for the web app)")
    async def review(request: Request) -> JSONResponse:
        payload = _json(await _body(request, settings.max_bytes), ReviewRequest)
        if payload.kind == "url":
            if not settings.allow_fetch:
                raise ServiceError(403, "fetch_disabled", "fetching URLs is off (start the service with --allow-fetch)")
            record = await fetched(payload.url or "")
            text = record["article"]["text"]
        elif payload.kind == "html":
            record = await extractor.run(extractor.page, payload.html or "", payload.url)
            text = record["article"]["text"]
        else:
            text = payload.text or ""
            record = await extractor.run(extractor.text, text, False)
        return JSONResponse({"record": record, "html": review_fragment(text, record)})

    @app.get("/", response_class=HTMLResponse, summary="The review page as a web app")
    async def index() -> HTMLResponse:
        return HTMLResponse(app_page(allow_fetch=settings.allow_fetch, max_bytes=settings.max_bytes))

    return app


def app_from_environment() -> FastAPI:
    """The factory each uvicorn worker calls (``vn-extract serve --workers N``)."""
    return create_app(ServiceSettings.from_environment())
