"""Bad data is refused or contained, never fatal: one product cannot break its catalog, one catalog cannot
take the service down, and no query can stall a worker.

Found by a security review of the service as it was: a description with a 400-digit number and a unit was
accepted and from then on every search of its catalog answered 500 (OverflowError in the identifier
parser); after a restart the warm-up failed and every data endpoint of the whole service answered 503;
a query of "1", 1,998 spaces and "z" took 24x a normal query's time in the text analysis.

The analyzer no longer fails on any text (tests/test_text_limits.py); the containment behind it is shown
here by making it fail on purpose (the only way to reach those paths now): a text holding POISON.
"""

from __future__ import annotations

import random
import shutil
import string
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from product_search.errors import InvalidInput
from product_search.index.indexfile import IndexStamp
from product_search.index.lexical_index import LexicalIndex
from product_search.serving.state import service_of
from product_search.storage.store import NewProduct
from product_search.text import identifiers
from product_search_harness.service import ServiceProcess

from .support import ADMIN, error_of, upload

HOSTILE = {
    "huge-number": "Flat washer " + "9" * 400 + "mm zinc plated",
    "over-zero": "Shim 1/0 mm spring steel",
    "spaces": "1" + " " * 19_998 + "z",
    "one-word": "".join(random.Random(27).choice(string.ascii_lowercase) for _ in range(20_000)),
    "sizes": "12 mm " * 3_333,
    "code": "1" * 19_996 + "xxxx",
}
REGULAR = [
    {"id": "bolt", "description": "Hex head bolt M8x40 DIN 933 stainless A2"},
    {"id": "washer", "description": "Flat washer M8 DIN 125 zinc plated"},
    {"id": "drill", "description": "Cordless drill 18V with two batteries"},
]


def _search(client: Any, catalog: str, query: str, **extra: Any) -> Any:
    body = {"queries": [query], "top_k": 5, **extra}
    if isinstance(client, ServiceProcess):
        return client.post(f"/v1/catalogs/{catalog}/search", body)
    return client.post(f"/v1/catalogs/{catalog}/search", json=body)


@pytest.mark.slow
def test_hostile_products_are_indexed_and_their_catalog_keeps_answering_across_a_restart(
    gunicorn_factory: Callable[..., ServiceProcess], tmp_path: Path
) -> None:
    server = gunicorn_factory(workers=2)
    products = [*REGULAR, *({"id": k, "description": v} for k, v in HOSTILE.items())]
    resp = server.post("/v1/catalogs/tools/products", {"products": products}, headers=ADMIN)
    assert resp.status_code == 201, resp.text
    for query in ["m8 bolt", *(text[:2000] for text in HOSTILE.values())]:
        for mode in ("hybrid", "lexical", "dense"):
            answer = _search(server, "tools", query, mode=mode)
            assert answer.status_code == 200, (query[:40], mode, answer.text[:300])
    found = _search(server, "tools", "washer " + "9" * 400 + "mm").json()["results"][0]
    assert "huge-number" in [h["id"] for h in found]
    server.stop()
    server.start(timeout=180)  # warm-up rebuilds nothing it cannot read: every worker turns ready
    assert server.get("/readyz").status_code == 200
    assert _search(server, "tools", "m8 hex bolt").json()["results"][0][0]["id"] == "bolt"
    index = server.get("/v1/catalogs/tools").json()["index"]
    assert index["unreadable"] == 0 and index["failure"] is None


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """Calling it makes the identifier parser fail on any text holding POISON (every path reads texts
    through it): a stand-in for an analyzer bug, since no text makes the real one fail any more."""
    real = identifiers.extract

    def failing(text: str) -> list[identifiers.Identifier]:
        if "POISON" in text:
            raise OverflowError("an analyzer bug, injected by the test")
        return real(text)

    yield lambda: monkeypatch.setattr(identifiers, "extract", failing)


def test_an_upload_the_index_cannot_take_is_refused_before_the_commit(
    make_app: Callable[..., Flask], poisoned: Callable[[], None]
) -> None:
    app = make_app()
    client = app.test_client()
    assert upload(client, "tools", REGULAR).status_code == 201
    version = client.get("/v1/catalogs/tools").json["version"]
    poisoned()
    resp = upload(
        client, "tools", [{"id": "new", "description": "Wing nut M6"}, {"id": "bad", "description": "POISON"}]
    )
    err = error_of(resp, 422, "validation_error")
    assert err["details"]["ids"] == ["bad"]
    assert err["details"]["products"] == {"1": {"description": ["cannot be analyzed for the lexical index"]}}
    assert client.get("/v1/catalogs/tools").json["version"] == version, "nothing was written"
    assert client.get("/v1/catalogs/tools/products/new").status_code == 404
    error_of(upload(client, "fresh", [{"id": "bad", "description": "POISON"}]), 422)
    assert client.get("/v1/catalogs/fresh").status_code == 404, "no catalog is created by a refused upload"


def test_a_refresh_reads_only_the_texts_that_changed(
    make_app: Callable[..., Flask], poisoned: Callable[[], None]
) -> None:
    """Texts stored the same keep their analysis: a refresh of prices asks the analyzer nothing (here it would
    fail on the stored text), and a text that changed is still read, and refused, before the commit."""
    client = make_app().test_client()
    odd = {"id": "odd", "description": "POISON pill box organiser"}
    assert upload(client, "tools", [*REGULAR, {**odd, "metadata": {"price": 1}}]).status_code == 201
    poisoned()
    assert upload(client, "tools", [*REGULAR, {**odd, "metadata": {"price": 2}}]).status_code == 200
    assert client.get("/v1/catalogs/tools/products/odd").json["metadata"] == {"price": 2}
    found = _search(client, "tools", "pill box organiser", mode="lexical").json["results"][0]
    assert found[0]["id"] == "odd", "its words stand"
    version = client.get("/v1/catalogs/tools").json["version"]
    err = error_of(upload(client, "tools", [{**odd, "description": "POISON pill box organiser, 7 days"}]), 422)
    assert err["details"]["ids"] == ["odd"]
    assert client.get("/v1/catalogs/tools").json["version"] == version, "nothing was written"


def test_a_text_another_write_changed_during_the_encoding_is_read_before_the_commit(
    make_app: Callable[..., Flask], poisoned: Callable[[], None]
) -> None:
    """An upload reads only the texts not stored the same when it starts; a text changed by a write that
    committed while it encoded is read under the lock, and one the analyzer fails on refuses the upload."""
    app = make_app()
    assert (
        upload(app.test_client(), "tools", [*REGULAR, {"id": "odd", "description": "POISON pill box"}]).status_code
        == 201
    )
    poisoned()
    writer = service_of(app).catalogs.writer
    between: list[int] = []

    def meanwhile(_: int) -> None:  # the upload's progress, while it encodes: no lock is held
        if not between:
            between.append(writer.upsert("tools", [NewProduct("odd", "Pill box, 7 days", None)]).version)

    sent = [NewProduct("odd", "POISON pill box", None), NewProduct("new", "Wing nut M6", None)]
    with pytest.raises(InvalidInput) as caught:
        writer.upsert("tools", sent, progress=meanwhile)
    assert between and caught.value.details["ids"] == ["odd"]
    client = app.test_client()
    assert client.get("/v1/catalogs/tools").json["version"] == between[0], "the upload wrote nothing"
    assert client.get("/v1/catalogs/tools/products/new").status_code == 404
    assert client.get("/v1/catalogs/tools/products/odd").json["description"] == "Pill box, 7 days"


def test_a_query_the_analyzer_fails_on_is_still_answered(
    make_app: Callable[..., Flask], poisoned: Callable[[], None]
) -> None:
    client = make_app().test_client()
    assert upload(client, "tools", REGULAR).status_code == 201
    poisoned()
    answer = _search(client, "tools", "POISON cordless drill", mode="hybrid")
    assert answer.status_code == 200, answer.json
    assert answer.json["results"][0][0]["id"] == "drill", "by its words and the model"
    assert answer.json["readings"][0] == {"identifiers": [], "types": [], "synonyms": [], "corrections": []}


def test_a_stored_product_the_analyzer_fails_on_is_indexed_without_words(
    make_app: Callable[..., Flask], poisoned: Callable[[], None], tmp_path: Path
) -> None:
    """Products stored before an analyzer bug appeared: the rebuild keeps the catalog whole, the model still
    finds the product, and the catalog's page names it."""
    data = tmp_path / "data"
    client = make_app(data_dir=data).test_client()
    assert (
        upload(client, "tools", [*REGULAR, {"id": "odd", "description": "POISON pill box organiser"}]).status_code
        == 201
    )
    poisoned()
    shutil.rmtree(data / "indexes")
    app = make_app(data_dir=data)
    assert service_of(app).ready and service_of(app).failed is None
    client = app.test_client()
    hits = _search(client, "tools", "pill box organiser", mode="dense").json["results"][0]
    assert hits[0]["id"] == "odd"
    assert _search(client, "tools", "m8 hex bolt").json["results"][0][0]["id"] == "bolt"
    index = client.get("/v1/catalogs/tools").json["index"]
    assert index == {"loaded": True, "unreadable": 1, "unreadable_ids": ["odd"], "failure": None}
    assert service_of(app).catalogs.counters["unreadable_products"] == 1


def test_a_catalog_whose_index_cannot_be_built_leaves_the_others_serving(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    client = make_app(data_dir=data).test_client()
    for name in ("broken", "fine"):
        assert upload(client, name, REGULAR).status_code == 201
    real = LexicalIndex.build.__func__  # type: ignore[attr-defined]
    attempts = []

    def build(cls: type[LexicalIndex], stamp: IndexStamp, rows: Any) -> LexicalIndex:
        if stamp.catalog == "broken":
            attempts.append(stamp.version)
            raise MemoryError("a failure of this catalog's build, injected by the test")
        return real(cls, stamp, rows)  # type: ignore[no-any-return]

    monkeypatch.setattr(LexicalIndex, "build", classmethod(build))
    shutil.rmtree(data / "indexes")
    app = make_app(data_dir=data)
    service = service_of(app)
    assert service.ready and service.failed is None, "one catalog must not make the whole service unready"
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    assert _search(client, "fine", "m8 hex bolt").json["results"][0][0]["id"] == "bolt"
    refused = _search(client, "broken", "m8 hex bolt")
    error_of(refused, 503, "index_unavailable")
    assert refused.headers["Retry-After"] == "30"
    assert "could not be built" in client.get("/v1/catalogs/broken").json["index"]["failure"]
    assert client.get("/v1/catalogs/broken/products/bolt").status_code == 200, "its stored data still answers"
    error_of(_search(client, "broken", "m8 hex bolt"), 503, "index_unavailable")
    assert len(attempts) == 1, "refused again without another build: it would fail again, at a build's cost"
    monkeypatch.undo()  # the cause is gone, and the pause after a failure is over: the next search builds it
    service.catalogs.indexes.failures.backoff = 0.0
    assert _search(client, "broken", "m8 hex bolt").json["results"][0][0]["id"] == "bolt"
    assert client.get("/v1/catalogs/broken").json["index"]["failure"] is None


def test_a_query_of_spaces_costs_what_a_normal_query_costs(client: FlaskClient) -> None:
    """The review's query: "1", 1,998 spaces, "z" (0.40 s of regex work before, in a 2,000-character limit)."""
    assert upload(client, "tools", REGULAR).status_code == 201
    hostile, normal = "1" + " " * 1998 + "z", "cordless drill 18v with two batteries"

    def best_of(query: str, runs: int = 7) -> float:
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            assert _search(client, "tools", query, mode="hybrid").status_code == 200
            timings.append(time.perf_counter() - started)
        return min(timings)

    best_of(normal, 2)  # warm
    assert best_of(hostile) <= 2 * best_of(normal)


def test_many_long_queries_in_one_request_are_refused_at_once(client: FlaskClient) -> None:
    """256 queries of 2,000 characters each: every limit per query holds, their sum is refused (413)."""
    assert upload(client, "tools", REGULAR).status_code == 201
    started = time.perf_counter()
    resp = client.post("/v1/catalogs/tools/search", json={"queries": ["1" + " " * 1998 + "z"] * 256})
    error_of(resp, 413, "payload_too_large")
    assert resp.json["error"]["details"] == {"field": "queries", "characters": 512_000, "limit": 65_536}
    assert time.perf_counter() - started < 1.0, "refused before any text is analyzed or encoded"
