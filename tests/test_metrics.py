"""StatsD packets as a real UDP listener receives them; and no daemon never hurts a request."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from flask import Flask
from flask.testing import FlaskClient

from product_search.config import Settings
from product_search.index.vector_index import IndexStamp, VectorIndex
from product_search.observability.drift import QueryDrift, cosine_distance
from product_search.observability.metrics import Metrics, host_stats, safe
from product_search.search.telemetry import SearchRecord, SearchTelemetry
from product_search.serving.state import service_of
from product_search.storage.database import StoreError
from product_search.storage.jobs import STALLED_AFTER_S, JobRow

from .support import USE_CASE_QUERY, upload, use_case_products


@pytest.fixture
def udp() -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.2)
    yield sock
    sock.close()


def drain(sock: socket.socket) -> list[str]:
    lines: list[str] = []
    while True:
        try:
            data = sock.recv(65535)
        except TimeoutError:
            return lines
        lines += data.decode().splitlines()


def test_metrics_names_and_values(make_app: Callable[..., Flask], udp: socket.socket) -> None:
    port = udp.getsockname()[1]
    app = make_app(statsd_host="127.0.0.1", statsd_port=port, environment="test", low_score_threshold=0.3)
    prefix = service_of(app).metrics.prefix
    assert prefix.startswith("product_search.test.") and prefix.count(".") == 2
    client = app.test_client()
    drain(udp)
    assert upload(client, "tools", use_case_products()).status_code == 201
    for _ in range(3):
        found = client.post(
            "/v1/catalogs/tools/search", json={"queries": [USE_CASE_QUERY, "zebra stripes"], "top_k": 3}
        )
    best = max(row[0]["score"] for row in found.json["results"])
    client.post("/v1/catalogs/tools/search", json={"queries": [""]})
    client.get("/v1/catalogs/missing")
    assert service_of(app).catalogs.telemetry.flush(), "a search's telemetry is sent after its answer"
    lines = [line.removeprefix(prefix + ".") for line in drain(udp)]

    def values(name: str, kind: str) -> list[float]:
        return [
            float(line.split(":")[1].split("|")[0])
            for line in lines
            if line.startswith(name + ":") and line.endswith("|" + kind)
        ]

    assert sum(values("http.requests.catalogs_CatalogSearch.2xx", "c")) == 3
    assert sum(values("http.requests.catalogs_CatalogSearch.4xx", "c")) == 1
    assert sum(values("http.requests.catalogs_CatalogItem.4xx", "c")) == 1
    assert sum(values("http.errors.validation_error", "c")) == 1
    assert sum(values("http.errors.catalog_not_found", "c")) == 1
    assert len(values("http.latency.catalogs_CatalogSearch", "ms")) == 4
    assert sum(values("search.queries", "c")) == 6
    assert len(values("search.latency.encode", "ms")) == 3
    assert len(values("search.latency.index", "ms")) == 3
    top1 = values("relevance.top1_score_milli", "ms")
    assert len(top1) == 6 and max(top1) == pytest.approx(1000 * best, abs=0.01)
    assert len(values("relevance.top1_margin_milli", "ms")) == 6
    assert sum(values("relevance.low_confidence", "c")) == 3  # "zebra stripes" matches nothing well
    assert sum(values("catalog.products_upserted", "c")) == 6
    assert values("catalog.size.tools", "g") == [6]
    assert len(values("encode.tokens.query", "ms")) == 6


def test_no_statsd_listening_costs_nothing(make_app: Callable[..., Flask], udp: socket.socket, tmp_path: Path) -> None:
    port = udp.getsockname()[1]
    udp.close()  # nothing listens on this port now: every packet is refused

    def mean_search_seconds(client: FlaskClient) -> float:
        upload(client, "tools", use_case_products())
        client.post("/v1/catalogs/tools/search", json={"queries": ["saw"]})  # warm
        started = time.perf_counter()
        for _ in range(30):
            assert client.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}).status_code == 200
        return (time.perf_counter() - started) / 30

    dead = mean_search_seconds(make_app(statsd_host="127.0.0.1", statsd_port=port).test_client())
    off = mean_search_seconds(make_app(data_dir=tmp_path / "off").test_client())
    assert dead < off * 1.5 + 0.005, (dead, off)


def test_metrics_wait_in_a_buffer_and_go_many_to_a_datagram(udp: socket.socket) -> None:
    """Recording a metric sends nothing from the recording thread (a request's): the sender thread sends the
    buffer within FLUSH_SECONDS, many metrics to a datagram, each a line as StatsD reads them."""
    settings = replace(Settings.from_env({}), statsd_host="127.0.0.1", statsd_port=udp.getsockname()[1])
    mx = Metrics(settings, hostname="t")
    udp.settimeout(0.01)
    for n in range(30):
        mx.incr("batched.count", n)
        mx.timing("batched.ms", n / 4)
    mx.gauge("batched.level", 7)
    datagrams = []
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and sum(d.count(b"\n") + 1 for d in datagrams) < 61:
        try:
            datagrams.append(udp.recv(65535))
        except TimeoutError:
            continue
    lines = [line.removeprefix(mx.prefix + ".") for d in datagrams for line in d.decode().splitlines()]
    assert lines == [x for n in range(30) for x in (f"batched.count:{n}|c", f"batched.ms:{n / 4:.6f}|ms")] + [
        "batched.level:7|g"
    ]
    assert len(datagrams) < 10, "batched into a few datagrams, not one per metric"
    mx.incr("batched.count")
    mx.flush()  # what a stopping worker does: sent now
    assert drain(udp) == [f"{mx.prefix}.batched.count:1|c"]
    with pytest.raises(TypeError, match="no number"):
        mx.timing("batched.ms", None)  # type: ignore[arg-type]  # refused where it is recorded, not at the send


def test_a_forked_worker_sends_none_of_what_its_parent_recorded(udp: socket.socket) -> None:
    """Gunicorn forks its workers from the master that loaded the app: what the master recorded and had not sent
    yet is the master's to send, not each worker's again."""
    settings = replace(Settings.from_env({}), statsd_host="127.0.0.1", statsd_port=udp.getsockname()[1])
    mx = Metrics(settings, hostname="t")
    mx.gauge("before.fork", 1)
    child = os.fork()
    if child == 0:  # the worker: records its own and flushes, as a stopping worker does
        try:
            mx.gauge("in.child", 2)
            mx.flush()
        finally:
            os._exit(0)
    assert os.waitpid(child, 0)[1] == 0
    mx.flush()
    lines = sorted(line.removeprefix(mx.prefix + ".") for line in drain(udp))
    assert lines == ["before.fork:1|g", "in.child:2|g"]


def test_search_telemetry_waits_for_no_search_and_drops_itself_when_behind(udp: socket.socket) -> None:
    """A search's telemetry runs on the telemetry thread after the answer: while that thread is held, searches
    still return at once; beyond the backlog their telemetry is dropped (counted), never the search; what was
    queued is sent once the thread goes on."""
    settings = replace(Settings.from_env({}), statsd_host="127.0.0.1", statsd_port=udp.getsockname()[1])
    mx = Metrics(settings, hostname="t")
    telemetry = SearchTelemetry(QueryDrift(), mx, backlog=8)
    held, release = threading.Event(), threading.Event()
    telemetry._later(lambda: (held.set(), release.wait(10)))  # the thread is busy elsewhere
    assert held.wait(5)
    started = time.perf_counter()
    for _ in range(8 + 5):
        telemetry.search(SearchRecord("c", ["m8 bolt"], "hybrid", [[0.9, 0.5]], None, 0.001, 0.001, 0.001))
    assert time.perf_counter() - started < 2, "no search waited for the telemetry"
    assert telemetry.counters["telemetry_dropped"] == 5
    drain(udp)
    release.set()
    assert telemetry.flush()
    queries = [line for line in drain(udp) if line.startswith(f"{mx.prefix}.search.queries:")]
    assert len(queries) == 8


def test_unresolvable_statsd_host_disables_metrics(make_app: Callable[..., Flask]) -> None:
    app = make_app(statsd_host="no-such-host.invalid")
    assert service_of(app).metrics.enabled is False
    assert app.test_client().get("/healthz").status_code == 200


def test_safe_names() -> None:
    assert safe("a.b c/d") == "a_b_c_d" and safe("...") == "none"


def test_query_drift_against_the_catalog_centroid() -> None:
    reference = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    drift = QueryDrift(min_queries=3)
    drift.observe("tools", np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], dtype=np.float32), lambda: reference)
    assert drift.collect() == {}  # two queries: not enough yet
    drift.observe("tools", np.array([[0.0, 1.0, 0.0]], dtype=np.float32), lambda: reference)
    # query centroid (1, 2, 0)/3: cos to (1, 0, 0) = 1/sqrt(5)
    assert drift.collect() == {"tools": pytest.approx(1 - 1 / np.sqrt(5))}
    assert drift.collect() == {}  # the window restarted
    drift.observe("gone", np.ones((5, 3), dtype=np.float32), lambda: reference)
    drift.forget("gone")
    assert drift.collect() == {}
    assert cosine_distance(np.zeros(3), reference) == 1.0


def test_index_centroid_is_stored_with_the_index(tmp_path: Path) -> None:
    stamp = IndexStamp("store", "tools", 1, "fp", 4)
    vectors = np.random.default_rng(0).random((50, 4), dtype=np.float32)
    index = VectorIndex.exact(stamp, np.arange(50, dtype=np.int64), vectors)
    np.testing.assert_allclose(index.centroid(), vectors.mean(axis=0), rtol=1e-6)
    index.save(tmp_path / "tools.vectors")
    loaded = VectorIndex.load(tmp_path / "tools.vectors", stamp)
    np.testing.assert_array_equal(loaded.centroid(), index.centroid())
    changed = loaded.updated(
        IndexStamp("store", "tools", 2, "fp", 4), np.arange(10), np.zeros(0, np.int64), vectors[:0]
    )
    np.testing.assert_allclose(changed.centroid(), vectors[10:].mean(axis=0), rtol=1e-6)


def test_store_health_stalled_migrations_disk_and_memory_gauges(
    make_app: Callable[..., Flask], udp: socket.socket, tmp_path: Path
) -> None:
    """What the health alerts read (docs/monitoring.md): the store answers, a migration that stopped moving,
    the data disk's and the host's free share; a store that fails to answer reports 0."""
    app = make_app(statsd_host="127.0.0.1", statsd_port=udp.getsockname()[1], environment="test")
    service = service_of(app)
    mx = service.metrics
    store = service.catalogs.store
    now = time.time()
    with store.write() as conn:
        for job_id, moved in (("stuck", now - STALLED_AFTER_S - 60), ("moving", now - 5)):
            store.add_job(conn, JobRow(job_id, "migration", "tools", 2, "running", "auto", 10, 100, None, 0.0,
                                       None, {}, moved, moved))  # fmt: skip
    drain(udp)
    service.catalogs.telemetry.report_store(mx, store=store, catalogs=service.catalogs.list_catalogs)
    host_stats(tmp_path)(mx)
    gauges = {line.split(":")[0].removeprefix(mx.prefix + "."): float(line.split(":")[1].split("|")[0])
              for line in drain(udp) if line.endswith("|g")}  # fmt: skip
    assert gauges["health.store_ok"] == 1 and gauges["migration.stalled"] == 1
    assert 0 < gauges["health.disk_free_milli"] <= 1000 and 0 < gauges["health.memory_available_milli"] <= 1000
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "catalogs.sqlite3").write_bytes(b"this is not a database" * 100)  # a volume gone bad
    damaged = service_of(make_app(data_dir=broken, statsd_host="127.0.0.1", statsd_port=udp.getsockname()[1]))
    drain(udp)
    with pytest.raises(StoreError):  # the reporter logs it
        damaged.catalogs.telemetry.report_store(
            damaged.metrics, store=damaged.catalogs.store, catalogs=damaged.catalogs.list_catalogs
        )
    assert [line for line in drain(udp) if ".health.store_ok:" in line] == [
        f"{damaged.metrics.prefix}.health.store_ok:0|g"
    ]
