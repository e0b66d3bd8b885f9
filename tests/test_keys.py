"""API keys kept in the store (access/keys.py): scoped to actions and catalog patterns, checked on every request,
revoked everywhere within a second, rotated with a grace period, never stored as secrets; and the audit trail.
Against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import hashlib
import subprocess  # nosec B404 - pg_dump of the test's own database
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from product_search.access.keys import REFRESH_S, TOUCH_S, KeyRing, KeySpec, hash_secret, key_id_of, secret_matches
from product_search.cli import main
from product_search.errors import InvalidInput
from product_search.serving.state import service_of
from product_search.storage.store import CatalogStore, NewProduct
from product_search_harness.local_cluster import PG_BIN
from product_search_harness.service import ServiceProcess

from .support import ADMIN, READ_KEY, error_of

PRODUCTS = [{"id": "h1", "description": "claw hammer 16 oz"}, {"id": "s1", "description": "hex bolt M8x40"}]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest) -> str | None:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else None


@pytest.fixture
def node(make_app: Callable[..., Flask], store_url: str | None, tmp_path: Path) -> Callable[[str], FlaskClient]:
    """A node of the service on the test's store (``name``: its own data dir), with catalogs acme-tools and
    other; reads are not open (every request needs a key)."""

    def start(name: str) -> FlaskClient:
        # SQLite: every service of a data dir shares its file (a worker); PostgreSQL: nodes with their own dirs.
        folder = tmp_path / (name if store_url is not None else "a")
        app = make_app(data_dir=folder, store_url=store_url, open_reads=False, read_keys=frozenset({READ_KEY}))
        return app.test_client()

    first = start("a")
    for catalog in ("acme-tools", "other"):
        assert first.post(
            f"/v1/catalogs/{catalog}/products", json={"products": PRODUCTS}, headers=ADMIN
        ).status_code in (
            200,
            201,
        )
    return start


@pytest.fixture
def client(node: Callable[[str], FlaskClient]) -> FlaskClient:
    return node("a")


def create(client: FlaskClient, **body: Any) -> tuple[str, dict[str, Any]]:
    resp = client.post("/v1/keys", json={"name": "test", **body}, headers=ADMIN)
    assert resp.status_code == 201, resp.json
    return resp.json["secret"], resp.json["key"]


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def search(client: FlaskClient, catalog: str, secret: str) -> Any:
    return client.post(f"/v1/catalogs/{catalog}/search", json={"queries": ["hammer"]}, headers=bearer(secret))


def test_a_key_does_what_it_was_given_on_the_catalogs_it_matches(client: FlaskClient) -> None:
    secret, key = create(client, actions=["search", "read"], catalogs=["acme-*"])
    assert secret.startswith(f"ps_{key['id']}_") and key["state"] == "active" and "secret" not in key
    assert search(client, "acme-tools", secret).status_code == 200
    refused = error_of(search(client, "other", secret), 403, "forbidden")
    assert refused["details"] == {"action": "search", "catalog": "other"}
    listed = client.get("/v1/catalogs", headers=bearer(secret)).json["catalogs"]
    assert [c["name"] for c in listed] == ["acme-tools"], "a catalog it may not touch is not even listed"
    error_of(client.get("/v1/catalogs/other", headers=bearer(secret)), 403)
    upload = {"products": [{"id": "x", "description": "saw"}]}
    error_of(client.post("/v1/catalogs/acme-tools/products", json=upload, headers=bearer(secret)), 403)
    # The stateless endpoints need search on some catalog.
    body = {"queries": ["saw"], "product_descriptions": ["circular saw"]}
    assert client.post("/v1/similarity", json=body, headers=bearer(secret)).status_code == 200
    writer, _ = create(client, actions=["write"], catalogs=["acme-tools"])
    error_of(client.post("/v1/similarity", json=body, headers=bearer(writer)), 403)
    assert client.post("/v1/catalogs/acme-tools/products", json=upload, headers=bearer(writer)).status_code == 200
    # Deleting is its own action, also where an upload would delete or replace.
    error_of(
        client.post("/v1/catalogs/acme-tools/products", json={**upload, "delete": ["h1"]}, headers=bearer(writer)), 403
    )
    error_of(client.post("/v1/catalogs/acme-tools/products/delete", json={"ids": ["h1"]}, headers=bearer(writer)), 403)
    error_of(client.get("/v1/keys", headers=bearer(writer)), 403)
    admin, _ = create(client, actions=["admin"], catalogs=["*"])
    assert client.get("/v1/keys", headers=bearer(admin)).status_code == 200


def test_expired_revoked_and_unknown_keys_are_refused(client: FlaskClient) -> None:
    secret, key = create(client, actions=["search"], catalogs=["*"], expires="1s")
    assert search(client, "other", secret).status_code == 200
    time.sleep(1.05)
    error_of(search(client, "other", secret), 401, "unauthorized")
    assert client.get(f"/v1/keys/{key['id']}", headers=ADMIN).json["state"] == "expired"
    error_of(client.post(f"/v1/keys/{key['id']}/rotate", json={}, headers=ADMIN), 422)  # no usable secret from it
    wrong = secret[:-4] + ("AAAA" if not secret.endswith("AAAA") else "BBBB")
    error_of(search(client, "other", wrong), 401)
    error_of(search(client, "other", "ps_nosuchkey0000_" + "A" * 43), 401)
    error_of(client.post("/v1/keys/nosuchkey000/revoke", headers=ADMIN), 404, "key_not_found")


def test_a_revoked_key_stops_on_every_node_within_a_second(node: Callable[[str], FlaskClient]) -> None:
    a, b = node("a"), node("b")  # two nodes sharing the store (on SQLite: two services on one data file)
    secret, key = create(a, actions=["search"], catalogs=["*"])
    assert search(a, "other", secret).status_code == 200 and search(b, "other", secret).status_code == 200
    assert a.post(f"/v1/keys/{key['id']}/revoke", headers=ADMIN).json["state"] == "revoked"
    revoked = time.monotonic()
    refused: dict[str, float] = {}
    while len(refused) < 2 and time.monotonic() - revoked < 3:
        for name, client in (("a", a), ("b", b)):
            if name not in refused and search(client, "other", secret).status_code == 401:
                refused[name] = time.monotonic() - revoked
    assert set(refused) == {"a", "b"} and max(refused.values()) <= 1.0, refused


def test_rotation_keeps_the_old_secret_for_its_grace_period_only(client: FlaskClient) -> None:
    old, key = create(client, actions=["search"], catalogs=["*"])
    rotated = client.post(f"/v1/keys/{key['id']}/rotate", json={"grace": "2s"}, headers=ADMIN)
    new = rotated.json["secret"]
    assert new != old and key_id_of(new) == key["id"]
    assert search(client, "other", new).status_code == 200 and search(client, "other", old).status_code == 200
    time.sleep(2.05)
    error_of(search(client, "other", old), 401)
    assert search(client, "other", new).status_code == 200
    again = client.post(f"/v1/keys/{key['id']}/rotate", json={}, headers=ADMIN).json["secret"]  # no grace
    error_of(search(client, "other", new), 401)
    assert search(client, "other", again).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"actions": ["search"], "catalogs": ["Acme"]}, "catalogs"),
        ({"actions": ["search"], "catalogs": ["ac*me"]}, "catalogs"),
        ({"actions": ["search"], "catalogs": ["../etc"]}, "catalogs"),
        ({"actions": ["search"], "catalogs": []}, "catalogs"),
        ({"actions": ["search"], "catalogs": ["a"] * 65}, "catalogs"),
        ({"actions": ["fly"], "catalogs": ["*"]}, "actions"),
        ({"actions": [], "catalogs": ["*"]}, "actions"),
        ({"actions": ["search"], "catalogs": ["*"], "name": "x" * 10_000}, "name"),
        ({"actions": ["search"], "catalogs": ["*"], "name": "  "}, "name"),
        ({"actions": ["search"], "catalogs": ["*"], "expires": "forever"}, "expires"),
        ({"actions": ["search"], "catalogs": ["*"], "expires": "0s"}, "expires"),
        ({"actions": ["search"], "catalogs": ["*"], "write_rate": -1}, "write_rate"),
    ],
)
def test_hostile_keys_are_refused_field_by_field(client: FlaskClient, body: dict[str, Any], field: str) -> None:
    err = error_of(client.post("/v1/keys", json={"name": "k", **body}, headers=ADMIN), 422)
    assert field in err["details"]["fields"], err
    assert client.get("/v1/keys", headers=ADMIN).json["keys"] == [], "nothing stored"


def test_the_store_never_holds_a_secret(client: FlaskClient, store_url: str | None, tmp_path: Path) -> None:
    first, key = create(client, actions=["search"], catalogs=["*"])
    rotated = client.post(f"/v1/keys/{key['id']}/rotate", json={"grace": "1h"}, headers=ADMIN).json["secret"]
    if store_url is None:
        dump = b"".join(p.read_bytes() for p in (tmp_path / "a").glob("catalogs.sqlite3*"))
    else:
        dump = subprocess.run(  # nosec B603 - the test's own database
            [str(PG_BIN / "pg_dump"), store_url], check=True, capture_output=True
        ).stdout
    assert key["id"].encode() in dump, "the dump holds the keys"
    for secret in (first, rotated):
        assert secret.encode() not in dump and secret.split("_", 2)[2].encode() not in dump


def test_every_change_is_in_the_audit_trail_with_its_key(client: FlaskClient) -> None:
    writer, key = create(client, actions=["write", "delete"], catalogs=["acme-*"])
    upload = {"products": [{"id": "x", "description": "saw"}], "delete": ["h1"]}
    assert client.post("/v1/catalogs/acme-tools/products", json=upload, headers=bearer(writer)).status_code == 200
    client.put("/v1/catalogs/acme-tools/synonyms", json={"sets": [["saw", "blade"]]}, headers=ADMIN)
    entries = client.get("/v1/audit", query_string={"catalog": "acme-tools"}, headers=ADMIN).json["entries"]
    assert [e["action"] for e in entries[:2]] == ["synonyms.set", "products.write"]
    write = entries[1]
    assert write["key_id"] == key["id"] and write["details"]["upserted"] == 1 and write["details"]["deleted"] == 1
    assert "saw" not in str(write), "never a product text"
    keys = client.get("/v1/audit", query_string={"key": key["id"]}, headers=ADMIN).json["entries"]
    assert [e["action"] for e in keys] == ["products.write"]
    created = [e for e in client.get("/v1/audit", headers=ADMIN).json["entries"] if e["action"] == "key.create"]
    assert created and writer not in str(created) and "scrypt" not in str(created)


def test_a_key_acts_for_its_request_only(client: FlaskClient) -> None:
    """After the answer the thread's key is gone: a change made next in the same thread outside a request (the
    CLI's, a test's in process) is recorded without it, not under the last caller's key."""
    writer, key = create(client, actions=["write"], catalogs=["acme-*"])
    upload = {"products": [{"id": "x", "description": "saw"}]}
    assert client.post("/v1/catalogs/acme-tools/products", json=upload, headers=bearer(writer)).status_code == 200
    catalogs = service_of(client.application).catalogs
    catalogs.writer.upsert("acme-tools", [NewProduct("y", "Flat washer M8", None)])
    entries = client.get("/v1/audit", query_string={"catalog": "acme-tools"}, headers=ADMIN).json["entries"]
    assert [(e["action"], e["key_id"]) for e in entries[:2]] == [
        ("products.write", None),
        ("products.write", key["id"]),
    ]


def test_the_cli_manages_keys_and_reads_the_audit_trail(
    store_url: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_app: Callable[..., Flask]
) -> None:
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "data"))
    if store_url is not None:
        monkeypatch.setenv("PRODUCT_SEARCH_STORE_URL", store_url)
    run = CliRunner()
    made = run.invoke(main, ["keys", "create", "--name", "shop", "--actions", "search", "--catalogs", "acme-*",
                             "--expires", "30d"])  # fmt: skip
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip().splitlines()[-1]
    assert key_id_of(secret) is not None
    listed = run.invoke(main, ["keys", "list"])
    assert key_id_of(secret) in listed.output and "shop" in listed.output and secret not in listed.output
    bad = run.invoke(main, ["keys", "create", "--name", "x", "--actions", "fly", "--catalogs", "Acme"])
    assert bad.exit_code == 1 and "actions" in bad.output and "catalogs" in bad.output
    app = make_app(data_dir=tmp_path / "data", store_url=store_url, open_reads=False, read_keys=frozenset({READ_KEY}))
    client = app.test_client()
    assert client.post("/v1/catalogs/acme-x/products", json={"products": PRODUCTS}, headers=ADMIN).status_code == 201
    assert search(client, "acme-x", secret).status_code == 200
    rotated = run.invoke(main, ["keys", "rotate", str(key_id_of(secret)), "--grace", "0s"])
    assert rotated.exit_code == 0 and key_id_of(rotated.stdout.strip().splitlines()[-1]) == key_id_of(secret)
    time.sleep(REFRESH_S + 0.05)
    error_of(search(client, "acme-x", secret), 401)
    assert run.invoke(main, ["keys", "revoke", str(key_id_of(secret))]).exit_code == 0
    trail = run.invoke(main, ["audit", "--limit", "10"])
    actions = [line.split('"action": "')[1].split('"')[0] for line in trail.output.splitlines()]
    assert actions[:3] == ["key.revoke", "key.rotate", "products.write"] and actions[-1] == "key.create"


def test_secrets_hash_slowly_and_verify_in_constant_time() -> None:
    stored = hash_secret("ps_abcdefghijkl_" + "x" * 43)
    assert stored.startswith("scrypt$") and "x" * 10 not in stored
    assert secret_matches("ps_abcdefghijkl_" + "x" * 43, stored)
    assert not secret_matches("ps_abcdefghijkl_" + "y" * 43, stored)
    assert not secret_matches("anything", "md5$broken")
    with pytest.raises(InvalidInput) as caught:
        KeySpec("", ("search", "nope"), ("*", "UPPER"), expires="soon").check()
    assert set(caught.value.fields) == {"name", "actions", "catalogs", "expires"}, "every field's problem at once"


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[KeyRing]:
    store = CatalogStore.open(None, tmp_path)
    yield KeyRing(store)
    store.close()


def test_a_known_secret_costs_a_lookup_not_a_hash(ring: KeyRing) -> None:
    """The overhead the issue bounds (0.2 ms a search) is this lookup; benchmarks measure it end to end."""
    _, secret = ring.create(KeySpec("k", ("search",), ("*",)))
    assert ring.grant(secret) is not None
    started = time.perf_counter()
    for _ in range(1000):
        assert ring.grant(secret) is not None
    per_call = (time.perf_counter() - started) / 1000
    assert per_call < 0.001, f"{per_call * 1000:.3f} ms a check"


def test_a_revoked_key_stops_on_every_worker_of_two_nodes_within_a_second(
    gunicorn_factory: Callable[..., ServiceProcess], pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two real nodes (Gunicorn, two workers each) on one PostgreSQL store; the key revoked by the CLI."""
    env = {"PRODUCT_SEARCH_STORE_URL": pg_url, "PRODUCT_SEARCH_READ_KEYS": READ_KEY, "PRODUCT_SEARCH_OPEN_READS": "0"}
    nodes = [gunicorn_factory(workers=2, data_dir=tmp_path / name, env=env) for name in ("n1", "n2")]
    assert nodes[0].post("/v1/catalogs/c/products", {"products": PRODUCTS}, headers=ADMIN).status_code == 201
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "cli"))
    monkeypatch.setenv("PRODUCT_SEARCH_STORE_URL", pg_url)
    made = CliRunner().invoke(main, ["keys", "create", "--name", "n", "--actions", "search", "--catalogs", "*"])
    secret = made.stdout.strip().splitlines()[-1]
    body = {"queries": ["hammer"]}
    fresh = {**bearer(secret), "Connection": "close"}  # a new connection each time: any worker may take it

    def statuses(node: ServiceProcess, n: int) -> list[int]:
        return [node.post("/v1/catalogs/c/search", body, headers=fresh).status_code for _ in range(n)]

    for node in nodes:  # every worker verifies the secret and keeps it (2 workers: each misses 20 with p = 1e-6)
        assert set(statuses(node, 20)) == {200}
    assert CliRunner().invoke(main, ["keys", "revoke", str(key_id_of(secret))]).exit_code == 0
    revoked = time.monotonic()
    last_accepted = 0.0
    while time.monotonic() - revoked < 1.5:
        for node in nodes:
            if statuses(node, 1) == [200]:
                last_accepted = time.monotonic() - revoked
    assert last_accepted <= 1.0, f"accepted {last_accepted:.2f} s after the revocation"
    for node in nodes:
        assert set(statuses(node, 10)) == {401}
        logs = node.log_tail(None)
        assert str(key_id_of(secret)) in logs, "the access log names the key by its id"
        # Its random part: "ps_<id>_<43 characters>", and the 43 characters may themselves hold "_".
        assert secret not in logs and secret.split("_", 2)[2][:20] not in logs, "and never holds its secret"


def test_last_use_is_recorded_coarsely_off_the_request(tmp_path: Path) -> None:
    now = [1_000_000.0]
    store = CatalogStore.open(None, tmp_path)
    ring = KeyRing(store, clock=lambda: now[0])
    row, secret = ring.create(KeySpec("k", ("search",), ("*",)))
    assert ring.grant(secret) is not None
    assert ring.get(row.id).last_used_at is None, "not written on every request"
    now[0] += TOUCH_S + 1
    ring._checked = float("-inf")  # the next request looks at the keys (as one does every REFRESH_S)
    assert ring.grant(secret) is not None
    deadline = time.monotonic() + 10
    while ring.get(row.id).last_used_at is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert ring.get(row.id).last_used_at == now[0]
    store.close()


def test_a_tenants_admin_key_administers_its_catalogs_not_the_service(client: FlaskClient) -> None:
    tenant, _ = create(client, actions=["admin"], catalogs=["acme-*"])
    upload = {"products": [{"id": "x", "description": "saw"}], "delete": ["h1"]}
    assert client.post("/v1/catalogs/acme-tools/products", json=upload, headers=bearer(tenant)).status_code == 200
    error_of(client.post("/v1/catalogs/other/products", json=upload, headers=bearer(tenant)), 403)
    escalate = {"name": "mine", "actions": ["admin"], "catalogs": ["*"]}
    error_of(client.post("/v1/keys", json=escalate, headers=bearer(tenant)), 403)
    error_of(client.get("/v1/keys", headers=bearer(tenant)), 403)
    error_of(client.get("/v1/audit", headers=bearer(tenant)), 403)
    for bad in ("ps_abcdefghijkl_" + "A" * 43, "nope", "x" * 200):
        err = error_of(client.post(f"/v1/keys/{bad}/revoke", headers=ADMIN), 422)
        assert bad not in str(err), "what was given is never echoed (a pasted secret)"


def test_a_wrong_secret_costs_one_hash_per_worker_and_a_dead_key_none(
    ring: KeyRing, monkeypatch: pytest.MonkeyPatch
) -> None:
    row, secret = ring.create(KeySpec("k", ("search",), ("*",)))
    hashes = []
    real = hashlib.scrypt
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **kw: hashes.append(1) or real(*a, **kw))
    wrong = secret[:-4] + ("AAAA" if not secret.endswith("AAAA") else "BBBB")
    for _ in range(5):
        assert ring.grant(wrong) is None
    assert len(hashes) == 1, "a wrong secret is remembered as wrong"
    ring.revoke(row.id)
    other = f"ps_{row.id}_" + "C" * 43
    assert ring.grant(other) is None and ring.grant(secret) is None and len(hashes) == 1, "nothing hashed for it"


def test_each_key_has_its_own_write_and_search_rate(client: FlaskClient) -> None:
    slow, _ = create(client, actions=["search", "write"], catalogs=["*"], write_rate=0.5, search_rate=2)
    upload = {"products": [{"id": "x", "description": "saw"}]}
    for _ in range(30):  # the service's burst, then the key's own rate
        limited = client.post("/v1/catalogs/acme-tools/products", json=upload, headers=bearer(slow))
        if limited.status_code != 200:
            break
    err = error_of(limited, 429, "rate_limited")
    assert err["details"]["rate_per_s"] == 0.5 and int(limited.headers["Retry-After"]) >= 1
    codes = [search(client, "other", slow).status_code for _ in range(4)]
    assert codes[:2] == [200, 200] and 429 in codes[2:], codes
