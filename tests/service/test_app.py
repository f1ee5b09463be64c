"""The HTTP service, in process (httpx on the ASGI app) and once on a real uvicorn on 127.0.0.1."""

from __future__ import annotations

import asyncio
import time

import httpx
import jsonschema
import pytest

from extractor.pipeline import default_pipeline
from extractor.runs.records import line_schema
from extractor.service.app import ServiceSettings, create_app
from tests.conftest import FIXTURES

SAMPLE = (FIXTURES / "sample-yen-so.txt").read_text(encoding="utf-8")
PAGE = (FIXTURES / "pages" / "longform-1238587.html").read_bytes()
ENGLISH = "The city council met on Monday and approved the budget for the coming year after a long debate. " * 4
VALIDATOR = jsonschema.Draft202012Validator(line_schema())


def call(settings: ServiceSettings | None = None, *requests: tuple[str, str, dict]) -> list[httpx.Response]:
    """Send requests (method, path, httpx keyword arguments) to an app with the pipeline loaded."""
    app = create_app(settings or ServiceSettings(), pipeline=default_pipeline())

    async def main() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
            return [await client.request(method, path, **kwargs) for method, path, kwargs in requests]

    return asyncio.run(main())


def _error(response: httpx.Response, status: int, kind: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    VALIDATOR.validate(body)  # the CLI's error record
    assert body["error"]["type"] == kind and body["source"] == "request"


def test_extract_text_as_json_and_as_plain_text() -> None:
    as_json, as_text = call(
        None,
        ("POST", "/v1/extract", {"json": {"text": SAMPLE}}),
        ("POST", "/v1/extract", {"content": SAMPLE.encode(), "headers": {"Content-Type": "text/plain; charset=utf-8"}}),
    )
    for response in (as_json, as_text):
        assert response.status_code == 200
        VALIDATOR.validate(response.json())
    assert as_json.json() == as_text.json()
    record = as_json.json()
    assert record["officials"][0]["name"] == "Nguyễn Minh Tâm"
    assert [m["amount_exact"] for m in record["money"]] == ["15800000000", "690000000000"]


def test_extract_a_page() -> None:
    as_html, as_json = call(
        None,
        (
            "POST",
            "/v1/extract/html?url=https://hanoimoi.vn/a-1238587.html",
            {"content": PAGE, "headers": {"Content-Type": "text/html"}},
        ),
        ("POST", "/v1/extract/html", {"json": {"html": PAGE.decode(), "url": None}}),
    )
    for response in (as_html, as_json):
        assert response.status_code == 200
        VALIDATOR.validate(response.json())
        assert response.json()["article"]["title"].startswith("Xã Phú Xuyên")
    assert as_html.json()["source"] == "https://hanoimoi.vn/a-1238587.html"


def test_schema_health_docs_and_the_web_app() -> None:
    schema, health, docs, openapi, index = call(
        None, ("GET", "/v1/schema", {}), ("GET", "/healthz", {}), ("GET", "/docs", {}), ("GET", "/openapi.json", {}),
        ("GET", "/", {}),
    )  # fmt: skip
    assert schema.json() == line_schema()
    assert health.json()["status"] == "ok" and health.json()["schema_version"] == "2.5"
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert {"/v1/extract", "/v1/extract/html", "/v1/review", "/v1/schema"} <= set(openapi.json()["paths"])
    assert index.status_code == 200 and '<textarea id="text"' in index.text and "<script>" in index.text


def test_review_gives_the_record_and_the_highlighted_view() -> None:
    [text, page, url] = call(
        None,
        ("POST", "/v1/review", {"json": {"kind": "text", "text": SAMPLE}}),
        ("POST", "/v1/review", {"json": {"kind": "html", "html": PAGE.decode()}}),
        ("POST", "/v1/review", {"json": {"kind": "url", "url": "https://hanoimoi.vn/a-1238587.html"}}),
    )
    assert text.status_code == 200 and 'class="pc' in text.json()["html"]
    VALIDATOR.validate(text.json()["record"])
    assert "Xã Phú Xuyên" in page.json()["html"]
    _error(url, 403, "fetch_disabled")


def test_errors_have_the_shape_of_the_cli_error_records() -> None:
    small = ServiceSettings(max_bytes=1000)
    big = "Phường Yên Sở " * 200

    async def chunks():
        for _ in range(10):
            yield b"Ph\xc6\xb0\xe1\xbb\x9dng Y\xc3\xaan S\xe1\xbb\x9f " * 20

    responses = call(
        small,
        ("POST", "/v1/extract", {"json": {"text": big}}),
        ("POST", "/v1/extract", {"content": chunks(), "headers": {"Content-Type": "text/plain"}}),  # no length given
        ("POST", "/v1/extract", {"content": b"{not json", "headers": {"Content-Type": "application/json"}}),
        ("POST", "/v1/extract", {"json": {"txt": "x"}}),
        ("POST", "/v1/extract", {"json": {"text": ENGLISH}}),
        ("POST", "/v1/extract", {"json": {"text": "   "}}),
        (
            "POST",
            "/v1/extract/html",
            {"content": b"<html><body><p>x</p></body></html>", "headers": {"Content-Type": "text/html"}},
        ),
        ("GET", "/v1/nothing", {}),
        ("GET", "/v1/extract", {}),
        ("POST", "/v1/extract/url", {"json": {"url": "http://127.0.0.1/a-1.html"}}),
    )
    kinds = [(413, "too_large"), (413, "too_large"), (400, "bad_json"), (422, "invalid_request"), (422, "not_vietnamese"),
             (422, "empty_text"), (422, "not_an_article"), (404, "not_found"), (405, "method_not_allowed"), (404, "not_found")]  # fmt: skip
    for response, (status, kind) in zip(responses, kinds, strict=True):
        _error(response, status, kind)
    [english] = call(
        small, ("POST", "/v1/extract", {"json": {"text": "The council met on Monday.", "allow_non_vietnamese": True}})
    )
    assert english.status_code == 200


def test_fetching_is_offered_only_when_allowed_and_never_to_private_addresses() -> None:
    [private] = call(
        ServiceSettings(allow_fetch=True), ("POST", "/v1/extract/url", {"json": {"url": "http://127.0.0.1:9/a-1.html"}})
    )
    _error(private, 403, "forbidden_address")
    [metadata] = call(
        ServiceSettings(allow_fetch=True),
        ("POST", "/v1/review", {"json": {"kind": "url", "url": "http://169.254.169.254/latest/a-1.html"}}),
    )
    _error(metadata, 403, "forbidden_address")


def test_overload_is_answered_503_and_nothing_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty requests at once against a worker that holds three: every one is answered, 200 or
    503 with Retry-After, none hangs, and the loop keeps answering /healthz meanwhile."""
    settings = ServiceSettings(max_pending=3)
    app = create_app(settings, pipeline=default_pipeline())
    extractor = app.state.extractor
    slow = extractor.text

    def slowly(text: str, allow: bool):
        time.sleep(0.2)
        return slow(text, allow)

    monkeypatch.setattr(extractor, "text", slowly)

    async def main():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://service", timeout=30) as client:
            posts = [client.post("/v1/extract", json={"text": SAMPLE}) for _ in range(20)]
            started = time.perf_counter()
            results = await asyncio.wait_for(asyncio.gather(*posts, client.get("/healthz")), timeout=60)
            return results, time.perf_counter() - started

    results, seconds = asyncio.run(main())
    *answers, health = results
    assert health.status_code == 200
    statuses = [r.status_code for r in answers]
    assert len(statuses) == 20 and set(statuses) <= {200, 503}
    assert statuses.count(200) >= 3 and statuses.count(503) >= 1
    assert all(r.headers["Retry-After"] == "1" for r in answers if r.status_code == 503)
    assert seconds < 30


def test_a_real_server_answers_every_endpoint(service_url: str) -> None:
    with httpx.Client(base_url=service_url, timeout=60) as client:
        assert client.get("/healthz").json()["status"] == "ok"
        record = client.post("/v1/extract", json={"text": SAMPLE}).json()
        VALIDATOR.validate(record)
        assert record["officials"][0]["name"] == "Nguyễn Minh Tâm"
        page = client.post("/v1/extract/html", content=PAGE, headers={"Content-Type": "text/html"})
        assert page.status_code == 200 and page.json()["article"]["article_id"] == "1238587"
        assert client.get("/v1/schema").json() == line_schema()
        assert "<textarea" in client.get("/").text
        assert client.post("/v1/review", json={"kind": "text", "text": SAMPLE}).json()["html"]
        too_big = client.post("/v1/extract", content=b"x" * 200_000, headers={"Content-Type": "text/plain"})
        assert too_big.status_code == 413 and too_big.json()["error"]["type"] == "too_large"
