"""Graceful lifecycle under a real Gunicorn: SIGTERM drains, SIGHUP replaces workers, no request dropped."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

from product_search.testing import ServiceProcess

from .support import ADMIN, join_all, use_case_products

pytestmark = pytest.mark.slow


def _bulk(n: int, prefix: str, words: int = 0) -> list[dict[str, str]]:
    """``n`` distinct products; ``words`` of filler make encoding them take longer."""
    filler = " ".join(f"w{j}" for j in range(words))
    return [
        {"id": f"{prefix}{i}", "description": f"{prefix} hex bolt M{i % 30 + 3} x {i % 90 + 10} {filler}"}
        for i in range(n)
    ]


DRAIN = 3  # seconds a stopping worker keeps serving (PRODUCT_SEARCH_DRAIN_SECONDS)


class Load:
    """Searches from ``callers`` threads (kept-alive connections) until stopped; every outcome recorded."""

    def __init__(self, url: str, callers: int = 4) -> None:
        self.url = url
        self.stop = threading.Event()
        self.outcomes: list[tuple[float, int | str]] = []
        self._lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(callers)]

    def _run(self) -> None:
        session = requests.Session()
        while not self.stop.is_set():
            try:
                resp = session.post(self.url + "/v1/catalogs/tools/search", json={"queries": ["saw"]}, timeout=30)
                outcome: int | str = resp.status_code
            except requests.RequestException as exc:
                outcome = type(exc).__name__
            with self._lock:
                self.outcomes.append((time.monotonic(), outcome))

    def __enter__(self) -> Load:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        join_all(self.threads, 60)

    def failures(self) -> list[tuple[float, int | str]]:
        return [o for o in self.outcomes if o[1] != 200]


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
    with ThreadPoolExecutor(1) as pool, Load(server.url, callers=2) as load:
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
    served_during_drain = [o for o in load.outcomes if sent < o[0] < sent + 2.5]
    assert served_during_drain and all(o[1] == 200 for o in served_during_drain)
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
    with Load(server.url, callers=4) as load:
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
    assert load.failures() == [], load.failures()[:10]
    assert [w.status_code for w in writes] == [200, 200, 200]
    assert server.get("/v1/catalogs/tools").json()["product_count"] == 6 + 150
