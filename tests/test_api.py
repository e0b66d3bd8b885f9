"""Every endpoint's happy path, and every error path and limit: JSON errors, right status, no change."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from product_search.serving.api.cursors import decode_cursor, encode_cursor
from product_search.serving.state import service_of

from .support import ADMIN, ADMIN_KEY, READ_KEY, READER, USE_CASE_QUERY, error_of, upload, use_case_products


def catalog_state(client: FlaskClient, name: str = "tools") -> Any:
    resp = client.get(f"/v1/catalogs/{name}")
    if resp.status_code == 404:
        return None
    products = client.get(f"/v1/catalogs/{name}/products?limit=100").json["products"]
    return resp.json["version"], sorted((p["id"], p["description"], str(p["metadata"])) for p in products)


@pytest.fixture
def loaded(client: FlaskClient) -> FlaskClient:
    products = use_case_products()
    for i, p in enumerate(products):
        p["metadata"] = {"brand": "Acme" if i % 2 else "Bolt&Co", "stock": i, "outlet": i == 3}
    assert upload(client, "tools", products).status_code == 201
    return client


# -- happy paths ---------------------------------------------------------------------------------


def test_health_and_info(client: FlaskClient) -> None:
    assert client.get("/healthz").json == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json["status"] == "ready"
    info = client.get("/v1/info").json
    assert info["model"]["dimension"] == 384
    assert info["model"]["max_seq_length"] == 256
    assert info["model"]["backend"] == "onnx"  # the default: fp32, sentence-transformers' scores
    assert info["model"]["fingerprint"]["id"] == info["model"]["fingerprint"]["id"].lower()
    assert info["version"]


def test_request_id_is_echoed_or_generated(client: FlaskClient) -> None:
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    generated = client.get("/healthz").headers["X-Request-ID"]
    assert len(generated) == 32
    assert client.get("/healthz", headers={"X-Request-ID": "bad id;"}).headers["X-Request-ID"] != "bad id;"


def test_every_answer_says_how_long_the_worker_spent_on_it(client: FlaskClient) -> None:
    for resp in (client.get("/healthz"), client.post("/v1/similarity", json={"queries": []})):
        name, _, duration = resp.headers["Server-Timing"].partition(";dur=")
        assert name == "app" and 0 < float(duration) < 60_000, resp.headers["Server-Timing"]


def test_upload_creates_then_upserts(client: FlaskClient) -> None:
    first = upload(client, "tools", use_case_products())
    assert first.status_code == 201
    assert first.json == {
        "catalog": "tools",
        "upserted": 6,
        "deleted": 0,
        "not_found": [],
        "version": first.json["version"],
        "created": True,
        "truncated": 0,
        "bmecat": None,
    }
    second = upload(
        client,
        "tools",
        [
            {"id": "p0", "description": "Rubber mallet", "metadata": {"brand": "X"}},
            {"id": "long", "description": "stainless hex bolt " * 200},
        ],
    )
    assert second.status_code == 200 and second.json["upserted"] == 2 and second.json["truncated"] == 1
    assert second.json["version"] > first.json["version"]
    product = client.get("/v1/catalogs/tools/products/p0").json
    assert product["description"] == "Rubber mallet" and product["metadata"] == {"brand": "X"}
    assert client.get("/v1/catalogs/tools").json["product_count"] == 7


def test_search_with_filter_and_metadata(loaded: FlaskClient) -> None:
    resp = loaded.post(
        "/v1/catalogs/tools/search", json={"queries": [USE_CASE_QUERY], "top_k": 10, "filter": {"brand": "Acme"}}
    )
    assert resp.status_code == 200
    hits = resp.json["results"][0]
    assert {h["id"] for h in hits} == {"p1", "p3", "p5"}
    assert all(h["metadata"]["brand"] == "Acme" for h in hits)
    assert hits == sorted(hits, key=lambda h: -h["score"])
    typed = loaded.post("/v1/catalogs/tools/search", json={"queries": ["x"], "filter": {"stock": 2}}).json
    assert [h["id"] for h in typed["results"][0]] == ["p2"]
    assert loaded.post("/v1/catalogs/tools/search", json={"queries": ["x"], "filter": {"stock": "2"}}).json[
        "results"
    ] == [[]]
    boolean = loaded.post("/v1/catalogs/tools/search", json={"queries": ["x"], "filter": {"outlet": True}}).json
    assert [h["id"] for h in boolean["results"][0]] == ["p3"]
    none = loaded.post("/v1/catalogs/tools/search", json={"queries": ["a", "b"], "filter": {"brand": "nobody"}})
    assert none.json["results"] == [[], []]


def test_top_k_larger_than_catalog(loaded: FlaskClient) -> None:
    resp = loaded.post("/v1/catalogs/tools/search", json={"queries": ["saw"], "top_k": 100})
    assert len(resp.json["results"][0]) == 6


def test_list_get_and_paginate(loaded: FlaskClient) -> None:
    cats = loaded.get("/v1/catalogs").json["catalogs"]
    assert [c["name"] for c in cats] == ["tools"] and cats[0]["fingerprint_matches"] is True
    seen: list[str] = []
    cursor = None
    while True:
        url = "/v1/catalogs/tools/products?limit=4" + (f"&cursor={cursor}" if cursor else "")
        page = loaded.get(url).json
        seen += [p["id"] for p in page["products"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"p{i}" for i in range(6)]


def test_delete_product_bulk_and_catalog(loaded: FlaskClient) -> None:
    assert loaded.delete("/v1/catalogs/tools/products/p3", headers=ADMIN).status_code == 204
    error_of(loaded.get("/v1/catalogs/tools/products/p3"), 404, "product_not_found")
    hits = loaded.post("/v1/catalogs/tools/search", json={"queries": [USE_CASE_QUERY], "top_k": 6}).json
    assert "p3" not in [h["id"] for h in hits["results"][0]]
    bulk = loaded.post("/v1/catalogs/tools/products/delete", json={"ids": ["p0", "p1", "nope"]}, headers=ADMIN)
    assert bulk.status_code == 200
    assert bulk.json["deleted"] == 2 and bulk.json["not_found"] == ["nope"]
    assert loaded.get("/v1/catalogs/tools").json["product_count"] == 3
    assert loaded.delete("/v1/catalogs/tools", headers=ADMIN).status_code == 204
    error_of(loaded.get("/v1/catalogs/tools"), 404, "catalog_not_found")
    error_of(loaded.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}), 404, "catalog_not_found")
    assert loaded.get("/v1/catalogs").json["catalogs"] == []


def test_product_ids_with_slashes_and_unicode(client: FlaskClient) -> None:
    products = [{"id": "DIN 933/M8x40", "description": "Hex head screw M8x40"}, {"id": "Größe-ü", "description": "x"}]
    assert upload(client, "tools", products).status_code == 201
    assert client.get("/v1/catalogs/tools/products/DIN%20933/M8x40").json["id"] == "DIN 933/M8x40"
    assert client.get("/v1/catalogs/tools/products/Gr%C3%B6%C3%9Fe-%C3%BC").json["id"] == "Größe-ü"


def test_embeddings(client: FlaskClient) -> None:
    long_text = "stainless hex bolt " * 200
    resp = client.post("/v1/embeddings", json={"inputs": ["M8 hex bolt", long_text], "input_type": "document"})
    assert resp.status_code == 200
    body = resp.json
    assert body["dimension"] == 384 and len(body["data"]) == 2
    assert len(body["data"][0]["embedding"]) == 384
    assert sum(v * v for v in body["data"][0]["embedding"]) == pytest.approx(1.0, abs=1e-5)
    assert body["data"][0]["truncated"] is False and body["data"][1]["truncated"] is True
    assert body["data"][1]["tokens"] > 256 and body["truncated"] == 1
    assert body["model"]["id"] == client.get("/v1/info").json["model"]["fingerprint"]["id"]


def test_multipart_csv_and_jsonl(client: FlaskClient) -> None:
    csv_bytes = 'id,description,brand,category\nA1,Angle grinder 125 mm,Bosch,Power tools\nA2,"Hex nut M8, DIN 934",,\n'
    resp = client.post(
        "/v1/catalogs/files/products", headers=ADMIN, data={"file": (io.BytesIO(csv_bytes.encode()), "catalog.csv")}
    )
    assert resp.status_code == 201 and resp.json["upserted"] == 2
    assert client.get("/v1/catalogs/files/products/A1").json["metadata"] == {
        "brand": "Bosch",
        "category": "Power tools",
    }
    assert client.get("/v1/catalogs/files/products/A2").json["metadata"] is None
    jsonl = (
        b'{"id": "J1", "description": "Ball valve 1/2 inch brass", "metadata": {"pn": 25}}\n\n{"id": "J2", '
        b'"description": "Pipe wrench"}\n'
    )
    resp = client.post("/v1/catalogs/files/products", headers=ADMIN, data={"file": (io.BytesIO(jsonl), "x.jsonl")})
    assert resp.status_code == 200 and resp.json["upserted"] == 2
    assert client.get("/v1/catalogs/files/products/J1").json["metadata"] == {"pn": 25}


def test_openapi_and_docs(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").json
    assert spec["openapi"].startswith("3.")
    for path in [
        "/v1/similarity",
        "/v1/catalogs/{catalog}/products",
        "/v1/catalogs/{catalog}/search",
        "/v1/catalogs/{catalog}/synonyms",
        "/v1/embeddings",
        "/healthz",
        "/readyz",
        "/v1/info",
    ]:
        assert path in spec["paths"]
    upload_op = spec["paths"]["/v1/catalogs/{catalog}/products"]["post"]
    assert set(upload_op["requestBody"]["content"]) == {
        "application/json", "multipart/form-data", "application/xml", "text/xml",
    }  # fmt: skip
    assert "text/html" in client.get("/docs").content_type


# -- auth ------------------------------------------------------------------------------------------


@pytest.fixture
def secured(make_app: Callable[..., Flask]) -> FlaskClient:
    return make_app(read_keys=frozenset({READ_KEY})).test_client()


def test_writes_need_admin_key(client: FlaskClient) -> None:
    error_of(client.post("/v1/catalogs/tools/products", json={"products": use_case_products()}), 401, "unauthorized")
    bad = {"Authorization": "Bearer wrong"}
    error_of(
        upload(client, "tools", [], headers=bad)
        if False
        else client.post("/v1/catalogs/tools/products", json={"products": use_case_products()}, headers=bad),
        401,
        "unauthorized",
    )
    error_of(
        client.post(
            "/v1/catalogs/tools/products",
            json={"products": use_case_products()},
            headers={"Authorization": f"Basic {ADMIN_KEY}"},
        ),
        401,
    )
    assert client.get("/v1/catalogs").json["catalogs"] == []
    error_of(client.delete("/v1/catalogs/tools"), 401)


def test_read_keys_guard_reads_and_cannot_write(secured: FlaskClient) -> None:
    assert upload(secured, "tools", use_case_products()).status_code == 201
    error_of(secured.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}), 401, "unauthorized")
    error_of(secured.get("/v1/catalogs"), 401)
    error_of(secured.post("/v1/similarity", json={"queries": ["a"], "product_descriptions": ["b"]}), 401)
    assert secured.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}, headers=READER).status_code == 200
    assert secured.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}, headers=ADMIN).status_code == 200
    err = error_of(
        secured.post("/v1/catalogs/tools/products", json={"products": use_case_products()}, headers=READER),
        403,
        "forbidden",
    )
    assert err["details"] == {"action": "write", "catalog": "tools"}
    error_of(secured.delete("/v1/catalogs/tools", headers=READER), 403)
    assert secured.get("/healthz").status_code == 200 and secured.get("/readyz").status_code == 200


def test_no_admin_keys_means_read_only(make_app: Callable[..., Flask]) -> None:
    client = make_app(admin_keys=frozenset()).test_client()
    error_of(client.post("/v1/catalogs/tools/products", json={"products": use_case_products()}, headers=ADMIN), 401)


# -- validation and limits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"queries": [], "product_descriptions": ["a"]}, "queries"),
        ({"queries": [""], "product_descriptions": ["a"]}, "queries"),
        ({"queries": ["   "], "product_descriptions": ["a"]}, "queries"),
        ({"queries": "saw", "product_descriptions": ["a"]}, "queries"),
        ({"queries": [1], "product_descriptions": ["a"]}, "queries"),
        ({"product_descriptions": ["a"]}, "queries"),
        ({"queries": ["a"], "product_descriptions": [""]}, "product_descriptions"),
        ({"queries": ["a"], "product_descriptions": ["a"], "top_k": 0}, "top_k"),
        ({"queries": ["a"], "product_descriptions": ["a"], "top_k": 101}, "top_k"),
        ({"queries": ["a"], "product_descriptions": ["a"], "top_k": "3"}, "top_k"),
        ({"queries": ["a"], "product_descriptions": ["a"], "top_k": 2.5}, "top_k"),
        ({"queries": ["a"], "product_descriptions": ["a"], "extra": 1}, "extra"),
        ({"queries": ["x" * 2001], "product_descriptions": ["a"]}, "queries"),
    ],
)
def test_similarity_validation(client: FlaskClient, body: dict[str, Any], field: str) -> None:
    err = error_of(client.post("/v1/similarity", json=body), 422, "validation_error")
    assert field in err["details"]["fields"]


def test_body_not_an_object(client: FlaskClient) -> None:
    error_of(client.post("/v1/similarity", json=["a"]), 422, "validation_error")
    error_of(client.post("/v1/similarity", data="null", content_type="application/json"), 422)
    error_of(client.post("/v1/similarity", data="7", content_type="application/json"), 422)


def test_search_validation(loaded: FlaskClient) -> None:
    before = catalog_state(loaded)
    for body, field in [
        ({"queries": ["a"], "filter": {"brand": {"nested": 1}}}, "filter"),
        ({"queries": ["a"], "filter": "brand=x"}, "filter"),
        ({"queries": ["a"], "top_k": -1}, "top_k"),
        ({"queries": ["a"], "mode": "semantic"}, "mode"),
        ({"queries": ["a"], "min_score": "high"}, "min_score"),
        ({"queries": ["a"], "min_score": 1.5}, "min_score"),
        ({"queries": ["a"], "ranking": "dense"}, "ranking"),
    ]:
        err = error_of(loaded.post("/v1/catalogs/tools/search", json=body), 422, "validation_error")
        assert field in err["details"]["fields"], err
    assert catalog_state(loaded) == before


@pytest.mark.parametrize(
    "products",
    [
        [{"id": "", "description": "x"}],
        [{"id": "a", "description": ""}],
        [{"id": "a", "description": "  \n "}],
        [{"id": "a"}],
        [{"description": "x"}],
        [{"id": 5, "description": "x"}],
        [{"id": "a", "description": "x", "metadata": "brand=x"}],
        [{"id": "a", "description": "x", "metadata": {"k": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {}}}}}}}}}}],
        [{"id": "a\u0000b", "description": "x"}],
        [{"id": "x" * 257, "description": "x"}],
        [{"id": "a", "description": "y" * 20001}],
        [{"id": "ok", "description": "fine"}, {"id": "bad", "description": ""}],
        [],
    ],
)
def test_upload_validation_changes_nothing(loaded: FlaskClient, products: list[dict[str, Any]]) -> None:
    before = catalog_state(loaded)
    err = error_of(upload(loaded, "tools", products), 422, "validation_error")
    assert "products" in err["details"]["fields"]
    assert catalog_state(loaded) == before


def test_duplicate_ids_rejected(loaded: FlaskClient) -> None:
    before = catalog_state(loaded)
    err = error_of(
        upload(loaded, "tools", [{"id": "n1", "description": "a"}, {"id": "n1", "description": "b"}]),
        422,
        "validation_error",
    )
    assert err["details"]["duplicate_ids"] == {"n1": [0, 1]}
    assert catalog_state(loaded) == before


def test_too_many_items_is_413_with_cli_hint(make_app: Callable[..., Flask]) -> None:
    client = make_app(max_upload=3, max_queries=2, max_descriptions=2).test_client()
    err = error_of(upload(client, "tools", use_case_products()), 413, "payload_too_large")
    assert "product-search load" in err["message"] and err["details"]["limit"] == 3
    assert client.get("/v1/catalogs/tools").status_code == 404
    error_of(client.post("/v1/similarity", json={"queries": ["a", "b", "c"], "product_descriptions": ["x"]}), 413)
    error_of(client.post("/v1/similarity", json={"queries": ["a"], "product_descriptions": ["x", "y", "z"]}), 413)
    csv_bytes = b"id,description\n" + b"".join(f"i{i},tool {i}\n".encode() for i in range(4))
    err = error_of(
        client.post("/v1/catalogs/tools/products", headers=ADMIN, data={"file": (io.BytesIO(csv_bytes), "c.csv")}), 413
    )
    assert "product-search load" in err["message"]


def test_body_and_file_size_limits(make_app: Callable[..., Flask]) -> None:
    client = make_app(max_body_bytes=2048, max_upload_bytes=1024).test_client()
    error_of(
        client.post("/v1/similarity", json={"queries": ["a" * 3000], "product_descriptions": ["b"]}),
        413,
        "payload_too_large",
    )
    big = b"id,description\n" + b"x,y\n" * 300
    error_of(client.post("/v1/catalogs/tools/products", headers=ADMIN, data={"file": (io.BytesIO(big), "c.csv")}), 413)


def test_configured_text_limits(make_app: Callable[..., Flask]) -> None:
    client = make_app(max_query_chars=5, max_description_chars=10, max_top_k=2).test_client()
    error_of(client.post("/v1/similarity", json={"queries": ["abcdef"], "product_descriptions": ["b"]}), 422)
    error_of(client.post("/v1/similarity", json={"queries": ["a"], "product_descriptions": ["b" * 11]}), 422)
    error_of(client.post("/v1/similarity", json={"queries": ["a"], "product_descriptions": ["b"], "top_k": 3}), 422)
    error_of(upload(client, "tools", [{"id": "a", "description": "c" * 11}]), 422)
    # Each product is validated once, with the configured limits: every error of a product in one answer.
    err = error_of(
        upload(
            client,
            "tools",
            [{"id": "a", "description": "ok"}, None, {"id": "b", "description": "c" * 11, "metadata": 3}],
        ),
        422,
    )
    assert err["details"]["fields"]["products"] == {
        "1": ["Field may not be null."],
        "2": {"description": ["longer than 10 characters"], "metadata": ["Not a valid mapping type."]},
    }
    assert (
        client.post("/v1/similarity", json={"queries": ["a"], "product_descriptions": ["b"], "top_k": 2}).status_code
        == 200
    )


@pytest.mark.parametrize(
    ("payload", "filename", "status", "code"),
    [
        (b"id,description\nA1,\xff\xfe broken\n", "c.csv", 400, "malformed_input"),
        (b'id,description\nA1,"unterminated\n', "c.csv", 400, "malformed_input"),
        (b"id,description\nA1,saw,extra\n", "c.csv", 400, "malformed_input"),
        (b"sku,text\nA1,saw\n", "c.csv", 400, "malformed_input"),
        (b"", "c.csv", 400, "malformed_input"),
        (b"id,description\n", "c.csv", 422, "validation_error"),
        (b"id,description\nA1,\n", "c.csv", 422, "validation_error"),
        (b"id,description\nA1,saw\nA1,drill\n", "c.csv", 422, "validation_error"),
        (b'{"id": "a", "description": "x"}\n{broken\n', "c.jsonl", 400, "malformed_input"),
        (b'["a", "x"]\n', "c.jsonl", 400, "malformed_input"),
        (b'{"id": "a"}\n', "c.jsonl", 422, "validation_error"),
    ],
)
def test_bad_files_change_nothing(loaded: FlaskClient, payload: bytes, filename: str, status: int, code: str) -> None:
    before = catalog_state(loaded)
    resp = loaded.post("/v1/catalogs/tools/products", headers=ADMIN, data={"file": (io.BytesIO(payload), filename)})
    error_of(resp, status, code)
    assert catalog_state(loaded) == before


def test_multipart_without_file(client: FlaskClient) -> None:
    err = error_of(
        client.post(
            "/v1/catalogs/tools/products", headers=ADMIN, data={"other": "x"}, content_type="multipart/form-data"
        ),
        422,
        "validation_error",
    )
    assert err["details"] == {"fields": {"file": ["missing"]}}, "the shape of every field error"


def test_media_types_and_json(client: FlaskClient) -> None:
    error_of(
        client.post("/v1/similarity", data="queries=a", content_type="application/x-www-form-urlencoded"),
        415,
        "unsupported_media_type",
    )
    error_of(client.post("/v1/similarity", data="{}"), 415)
    error_of(client.post("/v1/catalogs/tools/search", data="{", content_type="application/json"), 400, "invalid_json")
    error_of(
        client.post("/v1/catalogs/tools/products", data=b"\xff\xfe", content_type="application/json", headers=ADMIN),
        400,
    )
    deep = "[" * 100000 + "]" * 100000
    error_of(client.post("/v1/similarity", data=deep, content_type="application/json"), 400)


def test_not_found_and_method_not_allowed(client: FlaskClient) -> None:
    error_of(client.get("/v2/nothing"), 404, "not_found")
    error_of(client.get("/v1/catalogs/missing"), 404, "catalog_not_found")
    error_of(client.get("/v1/catalogs/missing/products"), 404, "catalog_not_found")
    error_of(client.get("/v1/catalogs/missing/products/x"), 404, "catalog_not_found")
    error_of(client.delete("/v1/catalogs/missing", headers=ADMIN), 404, "catalog_not_found")
    resp = client.put("/v1/similarity", json={})
    err = error_of(resp, 405, "method_not_allowed")
    assert "POST" in err["details"]["allowed"] and "POST" in resp.headers["Allow"]
    error_of(client.get("/v1/similarity"), 405)


@pytest.mark.parametrize("name", ["Tools", "-tools", "tools!", "a" * 65, "..", "t%2F..%2Fx", "ü"])
def test_invalid_catalog_names(client: FlaskClient, name: str) -> None:
    resp = upload(client, name, use_case_products())
    assert resp.status_code in (404, 422), resp.get_data(as_text=True)
    assert resp.is_json
    assert client.get("/v1/catalogs").json["catalogs"] == []


def test_bad_cursor_and_limit(loaded: FlaskClient) -> None:
    error_of(loaded.get("/v1/catalogs/tools/products?cursor=nonsense"), 422, "validation_error")
    error_of(loaded.get("/v1/catalogs/tools/products?limit=0"), 422)
    error_of(loaded.get("/v1/catalogs/tools/products?limit=abc"), 422)
    error_of(loaded.get("/v1/catalogs/tools/products?limit=101"), 422)


def test_fingerprint_mismatch_is_409(make_app: Callable[..., Flask], tmp_path: Any) -> None:
    data_dir = tmp_path / "shared-data"
    first = make_app(data_dir=data_dir).test_client()
    assert upload(first, "tools", use_case_products()).status_code == 201
    # The same model version on another backend (int8 ONNX): vectors of another fingerprint.
    other_app = make_app(data_dir=data_dir, backend="onnx-int8", models=None)
    service = service_of(other_app)
    other = other_app.test_client()
    before = catalog_state(first)
    err = error_of(upload(other, "tools", [{"id": "z", "description": "zip ties"}]), 409, "fingerprint_mismatch")
    assert "product-search migrate tools all-minilm-l6-v2:1" in err["message"]
    assert err["details"]["catalog_fingerprint"] != err["details"]["service_fingerprint"]["id"]
    error_of(other.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}), 409, "fingerprint_mismatch")
    assert other.get("/v1/catalogs/tools").json["fingerprint_matches"] is False
    assert catalog_state(first) == before
    # Migrating to the version on this backend makes the catalog searchable by it.
    service.catalogs.reembed("tools")
    assert (
        other.post("/v1/catalogs/tools/search", json={"queries": [USE_CASE_QUERY]}).json["results"][0][0]["id"] == "p3"
    )
    error_of(first.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}), 409, "fingerprint_mismatch")


def test_errors_never_html_or_500(client: FlaskClient) -> None:
    for resp in [
        client.get("/v1/catalogs/%00"),
        client.post("/v1/catalogs//search", json={}),
        client.open("/v1/similarity", method="TRACE"),
    ]:
        assert resp.status_code < 500 and resp.is_json


def test_min_score_default_is_configurable_and_requests_override_it(make_app: Callable[..., Flask]) -> None:
    client = make_app(min_score=0.99).test_client()
    assert upload(client, "tools", use_case_products()).status_code == 201
    body = {"queries": [USE_CASE_QUERY, "banana smoothie"], "top_k": 3}
    assert client.post("/v1/catalogs/tools/search", json=body).json["results"] == [[], []]
    kept = client.post("/v1/catalogs/tools/search", json={**body, "min_score": -1}).json["results"]
    assert [len(row) for row in kept] == [3, 3]
    assert kept[0][0]["description"].startswith("High-performance circular saw")


def test_cursor_roundtrip_and_rejects_garbage() -> None:
    assert decode_cursor(encode_cursor(1234)) == 1234
    for bad in ["", "!!", "eDox", encode_cursor(5)[:-1] + "?", "cGs6", "cGs6LTE"]:
        assert decode_cursor(bad) is None, bad
