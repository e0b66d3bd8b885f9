"""Nothing open by accident: who may call what, and what a caller learns.

Found by a security review of the service as it was: with no read keys every read and compute endpoint was
open; any reader could name any model version (each one loaded, evicting others); unauthenticated floods
took admission slots before the key was checked; wrong keys were not limited and keys had no minimum length;
``/readyz`` (open) returned store errors with the database user and host; ``?password=`` URLs were logged
as they were; the canary sent its key along redirects to other hosts.
"""

from __future__ import annotations

import base64
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests
from flask import Flask

from product_search.config import ConfigError, Settings
from product_search.encoding.models import LoadedModels
from product_search.observability.canary import GoldenQuery, run_canary
from product_search.redaction import redact
from product_search.serving.api.auth import required_action
from product_search.serving.api.views import ServiceView
from product_search.serving.app import create_app
from product_search.serving.security import Action
from product_search.serving.state import service_of
from product_search_harness.local_cluster import PostgresServer
from product_search_harness.service import ServiceProcess

from .support import ADMIN, READ_KEY, READER, SERVICE_ENV, error_of, join_all, upload

SEARCH = "/v1/catalogs/tools/search"
WRONG = {"Authorization": "Bearer wrong-key-0123456789abcdef"}


def _search(client: Any, headers: dict[str, str] | None = None, **environ: str) -> Any:
    return client.post(SEARCH, json={"queries": ["hammer"]}, headers=headers or {}, environ_base=environ)


# -- starting ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_without_read_keys_reads_need_a_stored_key_and_short_keys_refuse_the_start(tmp_path: Path) -> None:
    """Reads are closed unless opened on purpose: a service with no read keys in its environment serves the
    tenants' stored keys only (its admin key creates them), and says so in its log."""
    env = {**SERVICE_ENV, "PRODUCT_SEARCH_OPEN_READS": ""}  # the harness opens reads on loopback: not here
    short = ServiceProcess(
        tmp_path / "data", env={**env, "PRODUCT_SEARCH_READ_KEYS": "guessable"}, log=tmp_path / "s.log"
    )
    short.launch()
    assert short.proc is not None and short.proc.wait(timeout=120) != 0
    assert "at least 16 characters" in short.log_tail()
    with ServiceProcess(tmp_path / "data", env=env, log=tmp_path / "closed.log") as closed:
        log = closed.log_tail(None)
        assert "reads: keys only: 0 read keys" in log and "open to anyone" not in log
        assert closed.get("/v1/catalogs").status_code == 401
        created = closed.post("/v1/keys", {"name": "shop", "actions": ["search", "read"], "catalogs": ["*"]},
                              headers=ADMIN)  # fmt: skip
        assert created.status_code == 201, created.text
        stored = {"Authorization": f"Bearer {created.json()['secret']}"}
        assert closed.get("/v1/catalogs", headers=stored).status_code == 200
        assert closed.get("/v1/catalogs", headers=READER).status_code == 401  # no such key here
    with ServiceProcess(tmp_path / "data", env={**env, "PRODUCT_SEARCH_READ_KEYS": READ_KEY}) as keyed:
        assert keyed.get("/v1/catalogs").status_code == 401
        assert keyed.get("/v1/catalogs", headers=READER).status_code == 200


def test_settings_refuse_short_keys_and_open_reads_only_on_purpose() -> None:
    with pytest.raises(ConfigError, match="at least 16 characters"):
        Settings.from_env({"PRODUCT_SEARCH_ADMIN_KEYS": "dev-admin-key"})
    assert not Settings.from_env({}).reads_open
    assert Settings.from_env({"PRODUCT_SEARCH_OPEN_READS": "1"}).reads_open
    # Read keys close reads, even where they were opened.
    assert not Settings.from_env({"PRODUCT_SEARCH_OPEN_READS": "1", "PRODUCT_SEARCH_READ_KEYS": READ_KEY}).reads_open
    with pytest.raises(ConfigError, match="must be 1 or 0"):
        Settings.from_env({"PRODUCT_SEARCH_OPEN_READS": "perhaps"})


# -- the key before a slot, and wrong keys ----------------------------------------------------------------


def test_requests_without_a_valid_key_never_take_an_admission_slot(make_app: Callable[..., Flask]) -> None:
    app = make_app(read_keys=frozenset({READ_KEY}), max_inflight=1, max_queued=0)
    client = app.test_client()
    assert upload(client, "tools", [{"id": "h", "description": "claw hammer"}]).status_code == 201
    slots = service_of(app).searches
    assert slots.acquire() is None  # a search at work holds the worker's only slot
    try:
        error_of(_search(client), 401, "unauthorized")  # before: 503 overloaded, the slot counted against it
        error_of(_search(client, WRONG), 401, "unauthorized")
        error_of(_search(client, READER), 503, "overloaded")  # a real caller waits for the slot
        assert slots.stats().active == 1, "refused callers took no slot"
    finally:
        slots.release()
    assert _search(client, READER).status_code == 200


def _wrong(n: int) -> dict[str, str]:
    return {"Authorization": f"Bearer wrong-key-{n:04d}-0123456789abcdef"}


def test_an_address_guessing_keys_is_refused_until_it_stops(make_app: Callable[..., Flask]) -> None:
    client = make_app(read_keys=frozenset({READ_KEY}), auth_failures_per_minute=3).test_client()
    assert upload(client, "tools", [{"id": "h", "description": "claw hammer"}]).status_code == 201
    for n in range(3):
        error_of(_search(client, _wrong(n)), 401, "unauthorized")
    refused = _search(client, _wrong(3))
    error_of(refused, 429, "too_many_failed_authentications")
    assert int(refused.headers["Retry-After"]) >= 1
    # While it guesses, no answer from this address tells a right key from a wrong one.
    error_of(_search(client, READER), 429, "too_many_failed_authentications")
    assert _search(client, READER, REMOTE_ADDR="10.0.0.7").status_code == 200, "other addresses are not affected"
    # IPv6: one host holds a whole /64, so the /64 is what guesses.
    for n in range(3):
        error_of(_search(client, _wrong(n), REMOTE_ADDR=f"2001:db8:1:2::{n + 1}"), 401)
    error_of(_search(client, READER, REMOTE_ADDR="2001:db8:1:2::ff"), 429)
    assert _search(client, READER, REMOTE_ADDR="2001:db8:1:3::1").status_code == 200


def test_a_client_left_with_a_revoked_key_locks_out_no_one(make_app: Callable[..., Flask]) -> None:
    """After a key rotation, a storefront behind the same NAT still sends the old key, again and again: one
    wrong key repeated is no guessing, and its neighbours with the new key keep working."""
    client = make_app(read_keys=frozenset({READ_KEY}), auth_failures_per_minute=3).test_client()
    assert upload(client, "tools", [{"id": "h", "description": "claw hammer"}]).status_code == 201
    for _ in range(20):
        error_of(_search(client, WRONG), 401, "unauthorized")
        assert _search(client, READER).status_code == 200


def test_the_client_address_comes_from_trusted_proxies_only(make_app: Callable[..., Flask]) -> None:
    def guessing(client: Any, forwarded: str) -> None:
        for n in range(2):
            error_of(_search(client, {**_wrong(n), "X-Forwarded-For": forwarded}), 401)

    behind = make_app(read_keys=frozenset({READ_KEY}), auth_failures_per_minute=2, trusted_proxies=1).test_client()
    guessing(behind, "203.0.113.5")
    error_of(_search(behind, {**READER, "X-Forwarded-For": "203.0.113.5"}), 429)
    assert _search(behind, {**READER, "X-Forwarded-For": "198.51.100.9"}).status_code != 429, "another client"
    direct = make_app(read_keys=frozenset({READ_KEY}), auth_failures_per_minute=2).test_client()
    guessing(direct, "203.0.113.5")
    error_of(_search(direct, {**READER, "X-Forwarded-For": "198.51.100.9"}), 429)  # a forged header changes nothing


def test_every_endpoint_needs_a_key_but_the_probes(make_app: Callable[..., Flask]) -> None:
    """The hooks check the role ``@require`` marks on a view method: a method without one would be open."""
    app = make_app(read_keys=frozenset({READ_KEY}))
    roles: dict[str, Action | None] = {}
    for endpoint, view in app.view_functions.items():
        cls = getattr(view, "view_class", None)
        if isinstance(cls, type) and issubclass(cls, ServiceView):
            for method in sorted(cls.methods or ()):
                roles[f"{method} {endpoint}"] = required_action(getattr(cls, method.lower()))
    assert {e for e, role in roles.items() if role is None} == {"GET health.Alive", "GET health.Ready"}
    assert len(roles) > 20
    client = app.test_client()
    assert client.get("/healthz").status_code == 200 and client.get("/readyz").status_code == 200
    error_of(client.get("/v1/info"), 401)
    assert client.get("/v1/info", headers=READER).status_code == 200


# -- what a reader may make the service do ------------------------------------------------------------


@pytest.fixture
def two_model_app(make_app: Callable[..., Flask], two_models: LoadedModels) -> Iterator[Callable[..., Flask]]:
    yield lambda **kw: make_app(models=two_models, read_keys=frozenset({READ_KEY}), **kw)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/similarity", {"queries": ["saw"], "product_descriptions": ["circular saw", "hammer"]}),
        ("/v1/embeddings", {"inputs": ["circular saw"], "input_type": "document"}),
    ],
)
def test_readers_name_only_the_models_an_operator_opened(
    two_model_app: Callable[..., Flask], path: str, body: dict[str, Any]
) -> None:
    client = two_model_app().test_client()
    candidate = {**body, "model": "all-minilm-l6-v2:2"}
    err = error_of(client.post(path, json=candidate, headers=READER), 403, "model_not_allowed")
    assert err["details"] == {"model": "all-minilm-l6-v2:2", "allowed": ["all-minilm-l6-v2:1"]}
    assert client.post(path, json={**body, "model": "all-minilm-l6-v2"}, headers=READER).status_code == 200
    assert client.post(path, json=body, headers=READER).status_code == 200
    assert client.post(path, json=candidate, headers=ADMIN).status_code == 200, "admins may name any version"
    opened = two_model_app(reader_models=("all-minilm-l6-v2@candidate",)).test_client()
    assert opened.post(path, json=candidate, headers=READER).status_code == 200


def test_read_bodies_and_query_text_have_their_own_limits(make_app: Callable[..., Flask]) -> None:
    client = make_app(max_read_body_bytes=4096, max_search_chars=100).test_client()
    products = [{"id": f"p{i}", "description": "claw hammer " * 40} for i in range(20)]
    assert upload(client, "tools", products).status_code == 201, "uploads keep the larger limit"
    err = error_of(client.post(SEARCH, json={"queries": ["x" * 900] * 5}), 413, "payload_too_large")
    assert err["details"] == {"limit_bytes": 4096}
    big = {"queries": ["saw"], "product_descriptions": ["circular saw " * 30] * 20}
    error_of(client.post("/v1/similarity", json=big), 413)
    err = error_of(client.post(SEARCH, json={"queries": ["claw hammer " * 5] * 2}), 413, "payload_too_large")
    assert err["details"] == {"field": "queries", "characters": 120, "limit": 100}
    assert client.post(SEARCH, json={"queries": ["claw hammer"] * 9}).status_code == 200


@pytest.mark.slow
def test_a_chunked_body_over_the_limit_is_refused_not_cut(gunicorn_factory: Callable[..., ServiceProcess]) -> None:
    """Without Content-Length the body was read up to the limit and its first part taken as the body."""
    server = gunicorn_factory(
        workers=1, env={"PRODUCT_SEARCH_MAX_READ_BODY_BYTES": "4096", "PRODUCT_SEARCH_MAX_BODY_BYTES": "65536"}
    )
    body = json.dumps({"queries": ["saw"], "product_descriptions": ["circular saw"]}).encode()

    def chunked(padding: int) -> Any:
        def chunks() -> Iterator[bytes]:
            yield body
            yield b" " * padding  # whitespace after the object: still one valid JSON document

        headers = {"Content-Type": "application/json"}
        return requests.post(server.url + "/v1/similarity", data=chunks(), headers=headers, timeout=60)

    assert chunked(1_000).status_code == 200
    refused = chunked(20_000)
    assert refused.status_code == 413, refused.text
    assert refused.json()["error"]["details"] == {"limit_bytes": 4096}
    # A BMEcat file as the body itself, chunked past the body limit: refused whole, not read as a cut file.
    bmecat = (
        b'<BMECAT version="1.2"><T_NEW_CATALOG><ARTICLE><SUPPLIER_AID>A1</SUPPLIER_AID><ARTICLE_DETAILS>'
        b"<DESCRIPTION_SHORT>Hex bolt M8 x 40</DESCRIPTION_SHORT></ARTICLE_DETAILS></ARTICLE></T_NEW_CATALOG></BMECAT>"
    )

    def xml(padding: int) -> Any:
        def chunks() -> Iterator[bytes]:
            yield bmecat
            yield b"\n" * padding  # whitespace after the root element: still one well-formed file

        headers = {"Content-Type": "application/xml", **ADMIN}
        return requests.post(server.url + "/v1/catalogs/x/products", data=chunks(), headers=headers, timeout=60)

    too_big = xml(100_000)
    assert too_big.status_code == 413, too_big.text
    assert requests.get(server.url + "/v1/catalogs/x", headers=ADMIN, timeout=60).status_code == 404
    assert xml(10).status_code == 201


def test_integers_beyond_64_bits_are_refused_not_500(make_app: Callable[..., Flask]) -> None:
    client = make_app().test_client()
    assert upload(client, "tools", [{"id": "h", "description": "claw hammer", "metadata": {"n": 5}}]).status_code == 201
    cursor = base64.urlsafe_b64encode(b"pk:" + b"9" * 147).decode().rstrip("=")
    error_of(client.get(f"/v1/catalogs/tools/products?cursor={cursor}"), 422, "validation_error")
    raw = '{"queries":["hammer"],"filter":{"n":99999999999999999999}}'
    error_of(client.post(SEARCH, data=raw, content_type="application/json"), 400, "invalid_json")
    hits = client.post(SEARCH, json={"queries": ["hammer"], "filter": {"n": 5}}).json["results"][0]
    assert [h["id"] for h in hits] == ["h"]


# -- what a caller learns ---------------------------------------------------------------------------


@pytest.mark.slow
def test_readiness_says_the_store_is_unavailable_without_its_details(
    make_app: Callable[..., Flask],
    base_settings: Settings,
    models: LoadedModels,
    tmp_path: Path,
    postgres: PostgresServer,  # skips or fails where PostgreSQL is missing, as the other store tests do
) -> None:
    server = PostgresServer().init().start()  # its own server: this test stops it
    try:
        app = make_app(store_url=server.create_database("readyz"))
        client = app.test_client()
        assert client.get("/readyz").status_code == 200
        server.stop()
        service_of(app).store_check_interval = 0.0
        answer = client.get("/readyz")
        assert answer.status_code == 503
        assert answer.json == {"status": "unavailable", "details": {"reason": "the catalog store is unavailable"}}
        service_of(app).catalogs.close()  # its pool would go on reconnecting to the stopped server
    finally:
        server.destroy()
    settings = replace(
        base_settings, data_dir=tmp_path / "data", store_url="postgresql://secret_user:hunter2@127.0.0.1:1/catalogs"
    )
    unreachable = create_app(settings, models=models, warm_up=False)
    service = service_of(unreachable)
    thread = threading.Thread(target=service.warm_up, kwargs={"pause": 0.05}, daemon=True)
    thread.start()
    try:
        body = json.dumps(unreachable.test_client().get("/readyz").json)
        for leak in ("secret_user", "hunter2", "127.0.0.1", ":1/"):
            assert leak not in body, body
    finally:
        service.drain.set()  # ends the warm-up's retry loop
        join_all([thread], 10)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("postgresql://search:secret@db.internal:5432/catalogs", "postgresql://search:***@db.internal:5432/catalogs"),
        ("postgresql://db/catalogs?user=s&password=secret&sslmode=require", "postgresql://db/catalogs?user=s&password=***&sslmode=require"),
        ("host=db user=search password=secret dbname=catalogs", "host=db user=search password=*** dbname=catalogs"),
        ("password='two words' host=db", "password=*** host=db"),
        ("mlflow models:/m/3, run r1, at https://op:s3cret@mlflow:5000", "mlflow models:/m/3, run r1, at https://op:***@mlflow:5000"),
        ("https://mlflow.internal/?token=abc&x=1", "https://mlflow.internal/?token=***&x=1"),
        ("postgresql://u:p@ss@host/db", "postgresql://u:***@host/db"),  # an unescaped @ in the password
        ("sqlite:////srv/data/catalogs.sqlite3", "sqlite:////srv/data/catalogs.sqlite3"),
        ("https://ghp_abc123@github.com/org/models", "https://***@github.com/org/models"),  # a token as user
        ("http://mlflow:5000/artifacts@2/x", "http://mlflow:5000/artifacts@2/x"),  # an @ in the path: no userinfo
        ("https://a:b@host/p?email=x@y.com", "https://a:***@host/p?email=x@y.com"),
        ("password='it\\'s secret' host=db", "password=*** host=db"),  # libpq's escaped quote
        ("postgresql://postgres@127.0.0.1:5432/catalogs", "postgresql://postgres@127.0.0.1:5432/catalogs"),
    ],
)  # fmt: skip
def test_connection_strings_and_tracking_uris_are_redacted(text: str, redacted: str) -> None:
    assert redact(text) == redacted
    assert Settings(store_url=text).redacted()["store_url"] == redacted


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A host on the other end of a redirect: answers a canary's search and records its headers."""

    seen: list[dict[str, str]] = []

    def _answer(self) -> None:
        type(self).seen.append(dict(self.headers))
        body = json.dumps({"results": [[{"id": "p1"}]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *_: Any) -> None:
        pass


def _serve(handler: type[http.server.BaseHTTPRequestHandler]) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("elsewhere", [True, False])
def test_the_canary_sends_its_key_only_to_the_host_it_was_given_for(elsewhere: bool) -> None:
    target = _serve(_Recorder)
    _Recorder.seen = []
    port = target.server_address[1]

    class Redirecting(_Recorder):
        def do_POST(self) -> None:
            self.send_response(302)
            # The same host by another port is another origin; the same origin keeps the key.
            location = f"http://127.0.0.1:{port}/moved" if elsewhere else "/moved"
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

    front = _serve(Redirecting)
    try:
        report = run_canary(
            f"http://127.0.0.1:{front.server_address[1]}", "tools", [GoldenQuery("q", frozenset({"p1"}))],
            api_key=READ_KEY,
        )  # fmt: skip
        assert report.hit_rate == 1.0, report
        assert len(_Recorder.seen) == 1
        got = {k.lower(): v for k, v in _Recorder.seen[0].items()}
        assert ("authorization" in got) is (not elsewhere), got
    finally:
        front.shutdown()
        target.shutdown()
