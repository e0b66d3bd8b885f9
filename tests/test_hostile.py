"""Hostile input: every case gets a clear 4xx (or is stored verbatim as the data it is), never a 5xx,
and a refused write changes nothing."""

from __future__ import annotations

import contextlib
import io
import json
import socket
import time
import urllib.parse
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from product_search.serving.state import service_of
from product_search_harness.service import ServiceProcess

from .support import ADMIN, ADMIN_KEY, READ_KEY, upload


def _last_version(app: Flask) -> str:
    store = service_of(app).catalogs.store
    with store.read() as conn:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'last_version'").fetchone()[0])


@pytest.fixture
def hostile(make_app: Callable[..., Flask]) -> Iterator[tuple[Flask, FlaskClient]]:
    app = make_app()
    client = app.test_client()
    assert upload(client, "tools", [{"id": "a", "description": "claw hammer"}]).status_code == 201
    yield app, client
    # Whatever a test sent, the service still answers normally afterwards.
    assert client.post("/v1/catalogs/tools/search", json={"queries": ["hammer"]}).status_code == 200


def _refused(app: Flask, client: FlaskClient, status: int, code: str, send: Callable[[], Any]) -> dict[str, Any]:
    before = _last_version(app)
    started = time.monotonic()
    resp = send()
    assert time.monotonic() - started < 5, "a hostile request must be answered quickly"
    body = resp.get_data(as_text=True)
    assert resp.status_code == status, body
    assert resp.is_json and resp.json["error"]["code"] == code, body
    assert "Traceback" not in body and "/work" not in body and "site-packages" not in body
    assert _last_version(app) == before, "a refused request wrote something"
    err: dict[str, Any] = resp.json["error"]
    return err


def _raw(client: FlaskClient, path: str, data: bytes | str) -> Any:
    return client.post(path, data=data, content_type="application/json", headers=ADMIN)


UPLOAD = "/v1/catalogs/tools/products"
SEARCH = "/v1/catalogs/tools/search"


@pytest.mark.parametrize(
    ("name", "path", "body", "reason"),
    [
        (
            "lone surrogate in a description",
            UPLOAD,
            '{"products":[{"id":"s","description":"ham\\ud800mer"}]}',
            "surrogate",
        ),
        ("lone surrogate in an id", UPLOAD, '{"products":[{"id":"\\udfff","description":"hammer"}]}', "surrogate"),
        (
            "lone surrogate in a metadata key",
            UPLOAD,
            '{"products":[{"id":"m","description":"x","metadata":{"\\ud800":1}}]}',
            "surrogate",
        ),
        ("lone surrogate in a query", SEARCH, '{"queries":["\\ud800"]}', "surrogate"),
        ("lone surrogate in a filter", SEARCH, '{"queries":["x"],"filter":{"k":"\\udc00"}}', "surrogate"),
        ("NaN in metadata", UPLOAD, '{"products":[{"id":"n","description":"x","metadata":{"x":NaN}}]}', "NaN"),
        ("Infinity", SEARCH, '{"queries":["x"],"min_score":-Infinity}', "Infinity"),
        ("1e999 in metadata", UPLOAD, '{"products":[{"id":"n","description":"x","metadata":{"x":1e999}}]}', "range"),
        ("5,000-digit integer", SEARCH, '{"queries":["x"],"top_k":' + "9" * 5000 + "}", "range"),
        ("20-digit integer in a filter", SEARCH, '{"queries":["x"],"filter":{"n":99999999999999999999}}', "range"),
        (
            "integer under the 64-bit range",
            UPLOAD,
            '{"products":[{"id":"i","description":"x","metadata":{"n":-9223372036854775809}}]}',
            "range",
        ),
        ("invalid UTF-8", UPLOAD, b'{"products":[{"id":"\xff\xfe","description":"x"}]}', "UTF-8"),
        ("binary", SEARCH, bytes(range(256)) * 20, "UTF-8"),
        ("truncated JSON", UPLOAD, '{"products":[{"id":"a","descr', "Unterminated"),
    ],
)
def test_invalid_json_is_refused(
    hostile: tuple[Flask, FlaskClient], name: str, path: str, body: str | bytes, reason: str
) -> None:
    app, client = hostile
    err = _refused(app, client, 400, "invalid_json", lambda: _raw(client, path, body))
    assert reason.lower() in err["details"]["reason"].lower(), err


def test_valid_surrogate_pairs_are_fine(hostile: tuple[Flask, FlaskClient]) -> None:
    _, client = hostile
    resp = _raw(client, UPLOAD, '{"products":[{"id":"e","description":"hammer \\ud83d\\udd28 heavy"}]}')
    assert resp.status_code == 200
    assert client.get("/v1/catalogs/tools/products/e").json["description"] == "hammer \U0001f528 heavy"


def test_deep_nesting_and_huge_bodies(hostile: tuple[Flask, FlaskClient], make_app: Callable[..., Flask]) -> None:
    app, client = hostile
    deep = "[" * 100_000 + "]" * 100_000
    _refused(app, client, 400, "bad_request", lambda: _raw(client, SEARCH, deep))
    nested: dict[str, Any] = {"v": 1}
    for _ in range(50):
        nested = {"a": nested}
    _refused(
        app,
        client,
        422,
        "validation_error",
        lambda: upload(client, "tools", [{"id": "d", "description": "x", "metadata": nested}]),
    )
    wide = {f"k{i}": "v" * 100 for i in range(1000)}  # over the metadata size limit
    _refused(
        app,
        client,
        422,
        "validation_error",
        lambda: upload(client, "tools", [{"id": "w", "description": "x", "metadata": wide}]),
    )
    small = make_app(max_body_bytes=64 * 1024, data_dir=Path(service_of(app).settings.data_dir))
    big = json.dumps({"products": [{"id": f"p{i}", "description": "x" * 1000} for i in range(100)]})
    _refused(small, small.test_client(), 413, "payload_too_large", lambda: _raw(small.test_client(), UPLOAD, big))
    many = json.dumps({"queries": ["x"] * 10_000})
    _refused(app, client, 413, "payload_too_large", lambda: _raw(client, SEARCH, many))


def test_extremely_long_tokens(hostile: tuple[Flask, FlaskClient]) -> None:
    _, client = hostile
    products = [
        {"id": "letters", "description": "a" * 20_000},
        {"id": "digits", "description": "1" * 20_000},
        {"id": "sizes", "description": "M8x" * 6_000},
        {"id": "fractions", "description": "1-1/4x" * 3_000},
        {"id": "mixed", "description": ("DIN933" * 3_000)[:20_000]},
    ]
    started = time.monotonic()
    assert upload(client, "tools", products).status_code == 200
    for query in ("9" * 2000, "1/" * 999, "M8x" * 600, "x" * 2000, "ISO" * 666):
        resp = client.post(SEARCH, json={"queries": [query], "mode": "hybrid"})
        assert resp.status_code == 200
    assert time.monotonic() - started < 30, "identifier and token handling must stay linear"


def test_text_over_the_limits(hostile: tuple[Flask, FlaskClient]) -> None:
    app, client = hostile
    _refused(app, client, 422, "validation_error", lambda: client.post(SEARCH, json={"queries": ["x" * 2001]}))
    _refused(
        app,
        client,
        422,
        "validation_error",
        lambda: upload(client, "tools", [{"id": "x", "description": "y" * 20_001}]),
    )
    _refused(
        app, client, 422, "validation_error", lambda: upload(client, "tools", [{"id": "i" * 257, "description": "y"}])
    )
    _refused(
        app, client, 422, "validation_error", lambda: upload(client, "tools", [{"id": "a\nb", "description": "y"}])
    )


def _multipart(client: FlaskClient, content: bytes, filename: str) -> Any:
    return client.post(
        UPLOAD, data={"file": (io.BytesIO(content), filename)}, content_type="multipart/form-data", headers=ADMIN
    )


def test_csv_injection_is_stored_as_data(hostile: tuple[Flask, FlaskClient]) -> None:
    """Formulas are data here: stored and returned verbatim in JSON, never evaluated or altered."""
    _, client = hostile
    csv = (
        b"id,description,brand\n"
        b'"=1+2","=cmd|\' /C calc\'!A0","@SUM(A1)"\n'
        b'+x,"-2+3\nsecond line","\tx"\n'
        b'"a,b","quote "" inside",=HYPERLINK("http://evil")\n'
    )
    assert _multipart(client, csv, "c.csv").status_code == 200
    got = client.get("/v1/catalogs/tools/products/" + urllib.parse.quote("=1+2", safe="")).json
    assert got["description"] == "=cmd|' /C calc'!A0" and got["metadata"] == {"brand": "@SUM(A1)"}
    assert client.get("/v1/catalogs/tools/products/+x").json["description"] == "-2+3\nsecond line"
    assert client.get("/v1/catalogs/tools/products/a%2Cb").json["metadata"] == {"brand": '=HYPERLINK("http://evil")'}


@pytest.mark.parametrize(
    ("name", "content", "filename"),
    [
        ("invalid UTF-8 CSV", b"id,description\n\xff\xfe,\xc3\x28\n", "c.csv"),
        ("binary CSV", bytes(range(256)) * 10, "c.csv"),
        ("binary JSON Lines", b"{" + bytes(range(256)) * 10, "c.jsonl"),
        ("huge CSV field", b'id,description\nx,"' + b"a" * 300_000 + b'"\n', "c.csv"),
        ("unterminated quote", b'id,description\nx,"never closed\n', "c.csv"),
        ("lone surrogate in JSON Lines", b'{"id":"j","description":"a\\ud800"}\n', "c.jsonl"),
        ("NaN in JSON Lines", b'{"id":"j","description":"a","metadata":{"x":NaN}}\n', "c.jsonl"),
        ("a JSON Lines array", b'["id","description"]\n', "c.jsonl"),
    ],
)
def test_malformed_files_are_refused(
    hostile: tuple[Flask, FlaskClient], name: str, content: bytes, filename: str
) -> None:
    app, client = hostile
    _refused(app, client, 400, "malformed_input", lambda: _multipart(client, content, filename))


@pytest.mark.parametrize(
    "path",
    [
        "/v1/catalogs/../etc/products",
        "/v1/catalogs/..%2F..%2Fetc/products",
        "/v1/catalogs/%2e%2e/products",
        "/v1/catalogs/tools%00/products",
        "/v1/catalogs/%EF%BD%94ools/products",  # fullwidth t
        "/v1/catalogs/Tools/products",
        "/v1/catalogs/tools%E2%80%8B/products",  # zero-width space
        "/v1/catalogs/" + "a" * 65 + "/products",
    ],
)
def test_path_traversal_in_catalog_names(hostile: tuple[Flask, FlaskClient], path: str) -> None:
    app, client = hostile
    files = sorted(p.name for p in Path(service_of(app).settings.data_dir).rglob("*"))
    _refused(
        app,
        client,
        404,
        "not_found",
        lambda: client.post(path, json={"products": [{"id": "z", "description": "x"}]}, headers=ADMIN),
    )
    assert sorted(p.name for p in Path(service_of(app).settings.data_dir).rglob("*")) == files


def test_ids_are_opaque_data(hostile: tuple[Flask, FlaskClient]) -> None:
    """Ids never name files: traversal, percent signs and Unicode variants are stored and found exactly."""
    app, client = hostile
    ids = [
        "../../etc/passwd",
        "..%2F..%2Fx",
        "%00",
        "a/b/../c",
        "café",
        "cafe\u0301",
        "\u202eevil",
        "\uff54ools",
        "a\u200bb",
        "/lead",
        "a//b",
        "trail/",
        "//",
        "delete/x",
    ]
    resp = upload(client, "tools", [{"id": i, "description": f"product {i}"} for i in ids])
    assert resp.status_code == 200
    for i in ids:
        got = client.get("/v1/catalogs/tools/products/" + urllib.parse.quote(i, safe=""))
        assert got.status_code == 200 and got.json["id"] == i, i
    # NFC and NFD spellings are different ids: nothing is normalized behind the caller's back.
    assert client.get("/v1/catalogs/tools").json["product_count"] == 1 + len(ids)
    index_dir = Path(service_of(app).settings.data_dir) / "indexes"
    assert sorted(p.name for p in index_dir.iterdir()) == ["tools.bm25", "tools.g1.vectors"]
    deleted = client.delete(
        "/v1/catalogs/tools/products/" + urllib.parse.quote("../../etc/passwd", safe=""), headers=ADMIN
    )
    assert deleted.status_code == 204


def test_catalog_without_any_word(make_app: Callable[..., Flask]) -> None:
    """Descriptions that analyze to no term at all: no NaN from BM25 statistics, empty lexical results."""
    client = make_app().test_client()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        products = [{"id": "a", "description": "!!!"}, {"id": "b", "description": "-- ++"}]
        assert upload(client, "symbols", products).status_code == 201
        for mode in ("lexical", "hybrid", "dense"):
            resp = client.post("/v1/catalogs/symbols/search", json={"queries": ["!!!", "drill"], "mode": mode})
            assert resp.status_code == 200, resp.get_data(as_text=True)
    assert resp.json["results"][0], "dense still ranks them"


def test_unicode_tricks_in_queries(hostile: tuple[Flask, FlaskClient]) -> None:
    _, client = hostile
    for query in (
        "\uff43\uff4c\uff41\uff57 \uff48\uff41\uff4d\uff4d\uff45\uff52",
        "cla\u0301w hammer",
        "\u202ehammer",
        "ham\u200bmer",
        "\ufeffhammer",
        "🔨" * 500,
        "\x00",
    ):
        resp = client.post(SEARCH, json={"queries": [query]})
        assert resp.status_code == 200, (query, resp.get_data(as_text=True))


def test_hostile_headers(hostile: tuple[Flask, FlaskClient]) -> None:
    _, client = hostile
    for header in ("Bearer " + "x" * 100_000, "Bearer é", "Basic Zm9vOmJhcg==", "Bearer", "bearer  "):
        resp = client.get("/v1/catalogs", headers={"Authorization": header})
        assert resp.status_code in (200, 401), header  # reads are open here; a bad key is refused
        write = client.delete("/v1/catalogs/tools", headers={"Authorization": header})
        assert write.status_code == 401, header
    resp = client.get("/healthz", headers={"X-Request-ID": "<script>alert(1)</script>"})
    assert resp.headers["X-Request-ID"] != "<script>alert(1)</script>"  # replaced, not echoed


# -- over a real socket ------------------------------------------------------------------------------


def _send_raw(server: ServiceProcess, payload: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        # The server may answer and close before reading it all (a 413 does).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(payload)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:
            pass
        return b"".join(chunks)


@pytest.mark.slow
def test_hostile_traffic_against_gunicorn(gunicorn_factory: Callable[..., ServiceProcess]) -> None:
    server = gunicorn_factory(workers=1, env={"PRODUCT_SEARCH_READ_KEYS": READ_KEY})
    pid = server.worker_pids()
    huge = b'{"queries":["' + b"x" * (40 * 1024 * 1024) + b'"]}'
    resp = _send_raw(
        server,
        b"POST /v1/catalogs/tools/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"Authorization: Bearer {READ_KEY}\r\nContent-Length: {len(huge)}\r\nConnection: close\r\n\r\n".encode()
        + huge,
    )
    assert resp.startswith(b"HTTP/1.1 413"), resp[:200]
    for garbage in (
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(200)),  # a TLS hello
        b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /v1/similarity HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"POST /v1/similarity HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Bad\xff: \x00\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-ID: a\rSet-Cookie: x=1\r\n\r\n",
    ):
        answer = _send_raw(server, garbage)
        assert not answer or answer.startswith(b"HTTP/1.1 4"), answer[:200]
    assert server.worker_pids() == pid, "no hostile request may take a worker down"
    assert server.get("/healthz").status_code == 200
    # Keys never reach the logs, whether right or wrong.
    requests_with_keys = [
        server.post("/v1/catalogs/tools/products", {"products": [{"id": "a", "description": "x"}]}, headers=ADMIN),
        server.post("/v1/catalogs/tools/search", {"queries": ["x"]}),
    ]
    assert [r.status_code for r in requests_with_keys] == [201, 401]
    import requests as http

    wrong = http.post(
        server.url + "/v1/catalogs/tools/search",
        json={"queries": ["x"]},
        headers={"Authorization": "Bearer not-the-key-s3cr3t"},
        timeout=30,
    )
    assert wrong.status_code == 401
    assert http.post(
        server.url + "/v1/catalogs/tools/search",
        json={"queries": ["x"]},
        headers={"Authorization": f"Bearer {READ_KEY}"},
        timeout=30,
    ).ok
    log = server.log_tail(None)
    for secret in (ADMIN_KEY, READ_KEY, "not-the-key-s3cr3t"):
        assert secret not in log
