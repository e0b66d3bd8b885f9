"""Overload protection: bounded admission per worker (503 + Retry-After) and per-key write rate limits (429)."""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from flask import Flask

from product_search.serving.limits import Admission, KeyRateLimit
from product_search.serving.state import service_of
from product_search_harness.service import ServiceProcess

from .support import ADMIN, ADMIN_KEY, join_all, upload, wait_until

# -- the limiter itself ----------------------------------------------------------------------------


def test_admission_bounds_active_and_waiting() -> None:
    adm = Admission("search", limit=2, queue=1, timeout=5.0)
    assert adm.acquire() is None and adm.acquire() is None
    waiter_result: list[str | None] = []
    waiter = threading.Thread(target=lambda: waiter_result.append(adm.acquire()))
    waiter.start()
    wait_until(lambda: adm.stats().waiting == 1, 5, "one request waiting", interval=0.005)
    # Two at work, one waiting: the next is refused at once, without waiting for the timeout.
    started = time.monotonic()
    assert adm.acquire() == "queue_full"
    assert time.monotonic() - started < 1.0  # far below the 5 s timeout: it did not wait (a loaded runner pauses)
    adm.release()  # the waiter takes the freed slot
    waiter.join(timeout=5)
    assert waiter_result == [None]
    assert adm.stats().active == 2 and adm.stats().waiting == 0


def test_admission_refuses_after_the_queue_timeout() -> None:
    adm = Admission("write", limit=1, queue=4, timeout=0.2)
    assert adm.acquire() is None
    started = time.monotonic()
    assert adm.acquire() == "queue_timeout"
    assert 0.15 < time.monotonic() - started < 4.0  # it waited for the timeout, and not without end
    adm.release()
    assert adm.acquire() is None


def test_admission_serves_waiters_first_come_first_served() -> None:
    adm = Admission("search", limit=1, queue=8, timeout=10.0)
    assert adm.acquire() is None
    order: list[int] = []

    def wait(i: int) -> None:
        assert adm.acquire() is None
        order.append(i)
        time.sleep(0.01)
        adm.release()

    threads = []
    for i in range(5):
        t = threading.Thread(target=wait, args=(i,))
        t.start()
        threads.append(t)

        def queued(n: int = i + 1) -> bool:
            return adm.stats().waiting == n

        wait_until(queued, 10, f"caller {i} queued")  # one at a time: they queue in a known order
    adm.release()
    join_all(threads, 10)
    assert order == [0, 1, 2, 3, 4]


def test_rate_limit_is_a_token_bucket_per_key(tmp_path: Path) -> None:
    limit = KeyRateLimit(rate=10.0, burst=3, lock_path=tmp_path / "lock")
    assert [limit.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limit.take("a")
    assert 0 < wait <= 0.1 + 1e-9
    assert limit.take("b") == 0.0  # another key has its own bucket
    time.sleep(wait + 0.02)
    assert limit.take("a") == 0.0
    assert KeyRateLimit(rate=0.0, burst=1, lock_path=tmp_path / "lock").take("a") == 0.0, "0: no limit"
    # A key's own rate (a stored key's): its bucket holds a second of it, and refills at that rate.
    own = [limit.take("c", rate=5.0) for _ in range(6)]
    assert own[:5] == [0.0] * 5 and 0 < own[5] <= 0.2 + 1e-9
    assert limit.take("d", rate=0.0) == 0.0


# -- through the app -------------------------------------------------------------------------------


def _slow_similarity() -> dict[str, Any]:
    """A request that keeps a search slot for a while (hundreds of milliseconds at least)."""
    return {
        "queries": [f"cordless drill {i} with two batteries and a case" for i in range(64)],
        "product_descriptions": [f"product {i}: stainless hex bolt M{i % 20 + 3} DIN 933" for i in range(600)],
        "top_k": 3,
    }


def test_requests_beyond_the_limit_are_refused_at_once(make_app: Callable[..., Flask]) -> None:
    app = make_app(max_inflight=1, max_queued=0)
    service = service_of(app)
    client = app.test_client()
    assert upload(client, "tools", [{"id": "a", "description": "claw hammer"}]).status_code == 201
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        slow = pool.submit(lambda: app.test_client().post("/v1/similarity", json=_slow_similarity()))
        wait_until(lambda: service.searches.stats().active == 1 or slow.done(), 30, "the slow search admitted")
        assert not slow.done(), "the slow request finished before the test could overlap it"
        started = time.monotonic()
        resp = client.post("/v1/catalogs/tools/search", json={"queries": ["hammer"]})
        refused_in = time.monotonic() - started
        # Health, readiness and reads never wait for a search slot.
        assert client.get("/readyz").status_code == 200
        assert client.get("/healthz").status_code == 200
        assert client.get("/v1/catalogs/tools").status_code == 200
        assert slow.result().status_code == 200
    assert resp.status_code == 503
    assert resp.headers["Retry-After"] == "1"
    assert resp.json["error"]["code"] == "overloaded"
    assert resp.json["error"]["details"] == {"reason": "queue_full", "limit": 1, "queue": 0}
    assert refused_in < 2.0  # no queue: refused without waiting for the slow request's slot
    # The slot is free again once the slow request is done.
    assert client.post("/v1/catalogs/tools/search", json={"queries": ["hammer"]}).status_code == 200
    assert service.searches.stats().active == 0


def test_queued_request_is_served_when_a_slot_frees(make_app: Callable[..., Flask]) -> None:
    app = make_app(max_inflight=1, max_queued=1, queue_timeout=60.0)
    service = service_of(app)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        slow = pool.submit(lambda: app.test_client().post("/v1/similarity", json=_slow_similarity()))
        wait_until(lambda: service.searches.stats().active == 1, 30, "one search at work")
        queued = pool.submit(
            lambda: app.test_client().post(
                "/v1/similarity", json={"queries": ["saw"], "product_descriptions": ["circular saw"]}
            )
        )
        wait_until(lambda: service.searches.stats().waiting == 1, 30, "one search waiting")
        refused = app.test_client().post("/v1/similarity", json={"queries": ["x"], "product_descriptions": ["y"]})
        assert refused.status_code == 503
        assert slow.result().status_code == 200
        assert queued.result().status_code == 200


def test_writes_have_their_own_slots(make_app: Callable[..., Flask]) -> None:
    app = make_app(max_inflight=1, max_queued=0, max_inflight_writes=1)
    service = service_of(app)
    big = [{"id": f"p{i}", "description": f"hex bolt M{i % 30 + 3} x {i % 90 + 10} zinc plated"} for i in range(1500)]
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        slow = pool.submit(lambda: upload(app.test_client(), "tools", big))
        wait_until(lambda: service.writes.stats().active == 1, 30, "one write at work")
        client = app.test_client()
        second = upload(client, "tools", [{"id": "x", "description": "claw hammer"}])
        # A search still gets its own slot while the write slot is taken.
        search = client.post("/v1/similarity", json={"queries": ["saw"], "product_descriptions": ["circular saw"]})
        assert slow.result().status_code == 201
    assert second.status_code == 503 and second.json["error"]["code"] == "overloaded"
    assert search.status_code == 200
    # Nothing of the refused upload was written.
    assert client.get("/v1/catalogs/tools/products/x").status_code == 404
    assert client.get("/v1/catalogs/tools").json["product_count"] == 1500


def test_write_rate_limit_per_key(make_app: Callable[..., Flask]) -> None:
    other = {"Authorization": "Bearer second-admin-key"}
    app = make_app(write_rate=0.5, write_burst=3, admin_keys=frozenset({ADMIN_KEY, "second-admin-key"}))
    client = app.test_client()
    for i in range(3):
        assert upload(client, "tools", [{"id": f"p{i}", "description": f"tool {i}"}]).status_code in (200, 201)
    version = client.get("/v1/catalogs/tools").json["version"]
    resp = upload(client, "tools", [{"id": "late", "description": "late tool"}])
    assert resp.status_code == 429
    assert resp.json["error"]["code"] == "rate_limited"
    assert 1 <= int(resp.headers["Retry-After"]) <= 2
    assert resp.json["error"]["details"]["rate_per_s"] == 0.5
    # Deletes are writes too; nothing of a refused request is written.
    assert client.delete("/v1/catalogs/tools/products/p0", headers=ADMIN).status_code == 429
    assert client.get("/v1/catalogs/tools").json["version"] == version
    assert client.get("/v1/catalogs/tools/products/late").status_code == 404
    # Another key has its own bucket; reads are never rate limited.
    ok = client.post("/v1/catalogs/tools/products", json={"products": [{"id": "o", "description": "o"}]}, headers=other)
    assert ok.status_code == 200
    for _ in range(10):
        assert client.post("/v1/catalogs/tools/search", json={"queries": ["tool"]}, headers=ADMIN).status_code == 200


# -- across Gunicorn workers -----------------------------------------------------------------------


@pytest.mark.slow
def test_write_rate_limit_is_shared_by_workers(gunicorn_factory: Callable[..., ServiceProcess]) -> None:
    server = gunicorn_factory(workers=3, env={"PRODUCT_SEARCH_WRITE_RATE": "0.2", "PRODUCT_SEARCH_WRITE_BURST": "4"})
    codes = []
    for i in range(12):  # a new connection each: spread over the workers
        resp = requests.post(
            server.url + "/v1/catalogs/rl/products",
            json={"products": [{"id": f"p{i}", "description": f"tool {i}"}]},
            headers={**ADMIN, "Connection": "close"},
            timeout=60,
        )
        codes.append(resp.status_code)
    # Per worker, the burst would allow up to 12 writes; the shared bucket allows 4 (plus a refill, if slow).
    assert codes.count(429) >= 7, codes
    assert set(codes) <= {200, 201, 429}
    stored = server.get("/v1/catalogs/rl").json()["product_count"]
    assert stored == len([c for c in codes if c != 429])


@pytest.mark.slow
def test_overload_is_shed_and_recovers(gunicorn_factory: Callable[..., ServiceProcess]) -> None:
    """Forty heavy requests at once against 2 workers x 1 slot + 1 queued: refusals, no other error."""
    env = {"PRODUCT_SEARCH_MAX_INFLIGHT": "1", "PRODUCT_SEARCH_MAX_QUEUED": "1", "PRODUCT_SEARCH_QUEUE_TIMEOUT": "0.5"}
    server = gunicorn_factory(workers=2, env=env)
    body = _slow_similarity()

    def call() -> tuple[int, float, dict[str, Any], str | None]:
        started = time.monotonic()
        resp = requests.post(server.url + "/v1/similarity", json=body, headers={"Connection": "close"}, timeout=120)
        return resp.status_code, time.monotonic() - started, resp.json(), resp.headers.get("Retry-After")

    with concurrent.futures.ThreadPoolExecutor(40) as pool:
        results = list(pool.map(lambda _: call(), range(40)))
    statuses = [r[0] for r in results]
    assert set(statuses) <= {200, 503}, statuses
    shed = [r for r in results if r[0] == 503]
    served = [r for r in results if r[0] == 200]
    assert shed and served
    assert all(r[2]["error"]["code"] == "overloaded" and r[3] == "1" for r in shed)
    assert all(len(r[2]["results"]) == 64 for r in served)
    # Refusals come fast (no request waits into a timeout); at most 4 requests were ever admitted at once.
    assert max(r[1] for r in shed) < 5.0, sorted(r[1] for r in shed)
    # Load gone: the next request is served at once.
    started = time.monotonic()
    assert server.post("/v1/similarity", {"queries": ["saw"], "product_descriptions": ["circular saw"]}).ok
    assert time.monotonic() - started < 5.0  # not behind a queue of the forty (each takes seconds)
