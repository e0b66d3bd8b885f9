"""Graceful lifecycle under a real Gunicorn: SIGTERM drains, SIGHUP replaces workers, no request dropped."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

from product_search_harness.service import ServiceProcess

from .load import Load
from .support import ADMIN, use_case_products

pytestmark = pytest.mark.slow


def _bulk(n: int, prefix: str, words: int = 0) -> list[dict[str, str]]:
    """``n`` distinct products; ``words`` of filler make encoding them take longer."""
    filler = " ".join(f"w{j}" for j in range(words))
    return [
        {"id": f"{prefix}{i}", "description": f"{prefix} hex bolt M{i % 30 + 3} x {i % 90 + 10} {filler}"}
        for i in range(n)
    ]


DRAIN = 3  # seconds a stopping worker keeps serving (PRODUCT_SEARCH_DRAIN_SECONDS)


def searches(url: str, callers: int) -> Load:
    """``callers`` threads searching on kept-alive connections until stopped."""

    def step(session: requests.Session, n: int) -> requests.Response:
        return session.post(url + "/v1/catalogs/tools/search", json={"queries": ["saw"]}, timeout=30)

    return Load(*[step] * callers)


def test_sigterm_drains_then_finishes_in_flight_requests(gunicorn_factory: Callable[..., ServiceProcess]) -> None:
    server = gunicorn_factory(workers=2, env={"PRODUCT_SEARCH_DRAIN_SECONDS": str(DRAIN)})
    assert (
        server.post("/v1/catalogs/tools/products", {"products": use_case_products()}, headers=ADMIN).status_code == 201
    )
    assert server.proc is not None
    # The late upload must outlast the drain on any machine: sized from this machine's measured upload rate.
    started = time.monotonic()
    probe = server.post("/v1/catalogs/tools/products", {"products": _bulk(100, "probe", words=60)}, headers=ADMIN)
    assert probe.status_code == 200, probe.text
    late = min(20_000, max(2000, int(100 / (time.monotonic() - started) * 3 * DRAIN)))
    with ThreadPoolExecutor(1) as pool, searches(server.url, callers=2) as load:
        time.sleep(0.5)
        server.proc.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        # Readiness turns 503 at once, in every worker, while requests are still served.
        states = []
        while time.monotonic() - sent < 2.0:
            resp = requests.get(server.url + "/readyz", timeout=5)
            states.append((resp.status_code, resp.json()["status"], resp.headers.get("Connection")))
            time.sleep(0.05)
        assert states and all(s == (503, "draining", "close") for s in states[2:]), states
        # An upload that starts during the drain and outlasts it is finished, not cut off.
        upload = pool.submit(
            requests.post,
            server.url + "/v1/catalogs/tools/products",
            json={"products": _bulk(late, "late", words=60)},
            headers=ADMIN,
            timeout=120,
        )
        resp = upload.result()
        finished = time.monotonic()
        code = server.proc.wait(timeout=60)
        load.stop.set()
    assert resp.status_code == 200, resp.text
    assert finished - sent > DRAIN, "the upload must have outlasted the drain period"
    assert code == 0
    log = server.log_tail(None)
    assert "SIGABRT" not in log and "SIGKILL" not in log, "workers must exit cleanly"
    # Searches before the graceful stop were all served; refusals began only when the socket closed.
    served_during_drain = [o for o in load.outcomes if sent < o.sent < sent + 2.5]
    assert served_during_drain and all(o.status == 200 for o in served_during_drain)
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url + "/healthz", timeout=5)
    server.proc = None
    # The acknowledged upload is there after a restart.
    server.start()
    assert server.get("/v1/catalogs/tools").json()["product_count"] == 6 + 100 + late


def test_rolling_restart_under_load_drops_nothing(gunicorn_factory: Callable[..., ServiceProcess]) -> None:
    server = gunicorn_factory(workers=2)
    assert (
        server.post("/v1/catalogs/tools/products", {"products": use_case_products()}, headers=ADMIN).status_code == 201
    )
    assert server.proc is not None
    before = set(server.worker_pids())
    writes: list[Any] = []
    with searches(server.url, callers=4) as load:
        for round_ in range(3):
            time.sleep(1.0)
            server.proc.send_signal(signal.SIGHUP)
            # Writes keep being acknowledged across the restart too.
            writes.append(
                server.post("/v1/catalogs/tools/products", {"products": _bulk(50, f"r{round_}-")}, headers=ADMIN)
            )
        time.sleep(2.0)
    after = set(server.worker_pids())
    assert not before & after, "every worker must have been replaced"
    assert len(load.outcomes) > 100
    assert load.failures(ok=(200,)) == [], load.failures(ok=(200,))[:10]
    assert [w.status_code for w in writes] == [200, 200, 200]
    assert server.get("/v1/catalogs/tools").json()["product_count"] == 6 + 150
