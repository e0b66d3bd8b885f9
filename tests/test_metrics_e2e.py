"""End to end: Gunicorn -> UDP -> real StatsD -> real carbon-cache -> whisper files, values checked.

Skips (loudly) only where StatsD or carbon cannot be installed; ``.ci/run`` installs both and sets
PRODUCT_SEARCH_REQUIRE_METRICS_STACK=1, which turns a missing tool into a failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from product_search.catalogs import Catalogs
from product_search.encoding.encoder import Encoder
from product_search.encoding.models import LoadedModels
from product_search.observability.metrics import safe
from product_search.storage.store import NewProduct
from product_search_harness.service import ServiceProcess

from .metrics_stack import MetricsStack, missing_tools, skip_unless_available
from .support import ADMIN, ROOT, SERVICE_ENV, USE_CASE_DESCRIPTIONS, USE_CASE_QUERY, wait_until

ENV = "itest"
HOST = safe(socket.gethostname().split(".")[0])
PREFIX = f"product_search.{ENV}.{HOST}"
LOW = 0.5  # low-confidence threshold used by the service under test


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MetricsStack]:
    skip_unless_available(missing_tools(), "the StatsD/Graphite end-to-end test")
    running = MetricsStack(tmp_path_factory.mktemp("metrics"))
    try:
        running.start()
        yield running
    finally:
        running.stop()


def counter(name: str) -> str:
    return f"stats.counters.{PREFIX}.{name}.count"


def timer(name: str, field: str) -> str:
    return f"stats.timers.{PREFIX}.{name}.{field}"


def gauge(name: str) -> str:
    return f"stats.gauges.{PREFIX}.{name}"


def wait_for(stack: MetricsStack, checks: dict[str, Callable[[], bool]], timeout: float = 45) -> None:
    """Poll until every check holds (StatsD flushes each second, carbon writes asynchronously)."""

    def failing() -> list[str]:
        return [name for name, check in checks.items() if not check()]

    wait_until(lambda: not failing(), timeout, lambda: f"metrics never arrived: {failing()}\n{stack.logs()}", 0.5)


def test_metrics_land_in_graphite(stack: MetricsStack, encoder: Encoder, models: LoadedModels, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    # A catalog indexed before start: each worker loads its index file once while warming up.
    Catalogs(data_dir, models).writer.upsert(
        "preloaded", [NewProduct(f"p{i}", d, None) for i, d in enumerate(USE_CASE_DESCRIPTIONS)]
    )
    server = ServiceProcess(
        data_dir,
        workers=2,
        log=tmp_path / "gunicorn.log",
        env={
            **SERVICE_ENV,
            "PRODUCT_SEARCH_STATSD_HOST": "127.0.0.1",
            "PRODUCT_SEARCH_STATSD_PORT": str(stack.udp_port),
            "PRODUCT_SEARCH_ENV": ENV,
            "PRODUCT_SEARCH_METRICS_INTERVAL": "1",
            "PRODUCT_SEARCH_DRIFT_MIN_QUERIES": "5",
            "PRODUCT_SEARCH_LOW_SCORE_THRESHOLD": str(LOW),
        },
    )
    try:
        server.start()
        _exercise_and_check(server, stack, encoder)
    finally:
        server.stop()


def _exercise_and_check(server: ServiceProcess, stack: MetricsStack, encoder: Encoder) -> None:
    # Before any traffic: each worker started once and loaded the preloaded catalog's index file once.
    wait_for(
        stack,
        {
            "starts": lambda: stack.total(counter("worker.starts")) == 2,
            "loads": lambda: stack.total(counter("index.loads")) == 2,
            "load times": lambda: stack.total(timer("index.load_time", "count")) == 2,
        },
    )
    url = server.url
    products = [{"id": f"p{i}", "description": d} for i, d in enumerate(USE_CASE_DESCRIPTIONS)]
    r = requests.post(f"{url}/v1/catalogs/tools/products", json={"products": products}, headers=ADMIN, timeout=60)
    assert r.status_code == 201, r.text
    r = requests.post(f"{url}/v1/catalogs/tools/products/delete", json={"ids": ["p5"]}, headers=ADMIN, timeout=60)
    assert r.status_code == 200 and r.json()["deleted"] == 1, r.text

    odd_query = "☃☃ hammer ☃"  # the snowman is not in the model's WordPiece vocabulary: [UNK]
    single = [USE_CASE_QUERY, "claw hammer", "tape measure", "zebra stripes", "laser saw", odd_query] * 2
    top1: list[float] = []
    for query in single:
        r = requests.post(f"{url}/v1/catalogs/tools/search", json={"queries": [query], "top_k": 3}, timeout=60)
        assert r.status_code == 200, r.text
        top1.append(r.json()["results"][0][0]["score"])
    for _ in range(2):
        body = {"queries": ["hammer", "saw", "screwdriver"], "top_k": 3}
        r = requests.post(f"{url}/v1/catalogs/tools/search", json=body, timeout=60)
        assert r.status_code == 200
        top1 += [row[0]["score"] for row in r.json()["results"]]
    r = requests.post(
        f"{url}/v1/catalogs/tools/search", json={"queries": ["saw"], "filter": {"brand": "nope"}}, timeout=60
    )
    assert r.status_code == 200 and r.json()["results"] == [[]]
    searches_ok, queries = len(single) + 2 + 1, len(single) + 6 + 1

    bad = [
        requests.post(f"{url}/v1/catalogs/tools/search", json={"queries": []}, timeout=60),
        requests.post(f"{url}/v1/catalogs/tools/search", json={"queries": ["x"], "top_k": 0}, timeout=60),
        requests.post(f"{url}/v1/catalogs/tools/search", json={"query": "x"}, timeout=60),
        requests.post(f"{url}/v1/catalogs/nothing/search", json={"queries": ["x"]}, timeout=60),
        requests.get(f"{url}/v1/catalogs/nothing", timeout=60),
        requests.post(f"{url}/v1/catalogs/tools/products", json={"products": products}, timeout=60),
    ]
    codes = [(b.status_code, b.json()["error"]["code"]) for b in bad]
    assert [c for c, _ in codes] == [422, 422, 422, 404, 404, 401]

    unknown = encoder.token_stats([odd_query], "query")
    odd_share = 1000 * unknown.unknown[0] / unknown.counts[0]
    assert odd_share > 0

    search = "catalogs_CatalogSearch"
    expected = {
        counter(f"http.requests.{search}.2xx"): searches_ok,
        counter(f"http.requests.{search}.4xx"): 4,
        counter("http.requests.catalogs_CatalogItem.4xx"): 1,
        counter("http.requests.catalogs_ProductCollection.2xx"): 1,
        counter("http.requests.catalogs_ProductBulkDelete.2xx"): 1,
        counter("http.requests.catalogs_ProductCollection.4xx"): 1,
        counter("http.errors.validation_error"): 3,
        counter(f"http.errors.{codes[3][1]}"): 2,
        counter("http.errors.unauthorized"): 1,
        counter("search.queries"): queries,
        counter("relevance.empty_results"): 1,
        counter("relevance.low_confidence"): sum(s < LOW for s in top1),
        counter("catalog.products_upserted"): 6,
        counter("catalog.products_deleted"): 1,
        counter("worker.starts"): 2,
        timer(f"http.latency.{search}", "count"): searches_ok + 4,
        timer("search.queries_per_request", "count"): searches_ok,
        timer("search.latency.encode", "count"): searches_ok,
        timer("search.latency.index", "count"): searches_ok - 1,  # the filter matched nothing: no index search
        timer("search.latency.fetch", "count"): searches_ok - 1,
        timer("search.latency.serialize", "count"): searches_ok,
        timer("relevance.top1_score_milli", "count"): len(top1),
        timer("encode.tokens.query", "count"): queries,
        timer("encode.unknown_share_milli.query", "count"): queries,
    }
    checks: dict[str, Callable[[], bool]] = {
        name: (lambda n=name, v=value: stack.total(n) == v) for name, value in expected.items()
    }
    checks |= {
        "top1 max": lambda: (
            stack.peak(timer("relevance.top1_score_milli", "upper")) == pytest.approx(1000 * max(top1), abs=0.01)
        ),
        "queries per request max": lambda: stack.peak(timer("search.queries_per_request", "upper")) == 3,
        "unknown share max": lambda: (
            stack.peak(timer("encode.unknown_share_milli.query", "upper")) == pytest.approx(odd_share, abs=0.01)
        ),
        "p99 present": lambda: (stack.peak(timer(f"http.latency.{search}", "upper_99")) or 0) > 0,
        "catalog size": lambda: stack.last(gauge("catalog.size.tools")) == 5,
        "preloaded size": lambda: stack.last(gauge("catalog.size.preloaded")) == 6,
        "model load": lambda: (stack.last(gauge("model.load_seconds")) or 0) > 0,
        "memory w0": lambda: (stack.last(gauge("process.worker_0.memory_rss_bytes")) or 0) > 100e6,
        "memory w1": lambda: (stack.last(gauge("process.worker_1.memory_rss_bytes")) or 0) > 100e6,
        "ready w0": lambda: stack.last(gauge("health.worker_0.ready")) == 1,
        "ready w1": lambda: stack.last(gauge("health.worker_1.ready")) == 1,
        "cpu w0": lambda: stack.last(gauge("process.worker_0.cpu_percent")) is not None,
        "drift": lambda: 0 < (stack.last(gauge("relevance.drift.tools")) or -1) < 1,
    }
    wait_for(stack, checks)
    # Counters stay exact once settled: nothing is counted twice by later flushes.
    time.sleep(2)
    for name, value in expected.items():
        assert stack.total(name) == value, name


def test_canary_reports_to_graphite(stack: MetricsStack, gunicorn_factory: Callable[..., ServiceProcess]) -> None:
    server = gunicorn_factory(workers=1)
    products = [{"id": f"p{i}", "description": d} for i, d in enumerate(USE_CASE_DESCRIPTIONS)]
    assert server.post("/v1/catalogs/tools/products", {"products": products}, headers=ADMIN).status_code == 201
    golden = server.data_dir.parent / "golden.jsonl"
    golden.write_text(
        '{"query": "claw hammer", "expected": ["p0"]}\n'
        '{"query": "tape measure", "expected": ["p1"]}\n'
        '{"query": "circular saw", "expected": ["p5"]}\n'  # wrong on purpose: one miss in three
    )
    env = {
        **os.environ,
        "PRODUCT_SEARCH_STATSD_HOST": "127.0.0.1",
        "PRODUCT_SEARCH_STATSD_PORT": str(stack.udp_port),
        "PRODUCT_SEARCH_ENV": "canary",
    }
    cmd = [str(Path(sys.executable).parent / "product-search"), "canary", "--url", server.url, "--catalog", "tools"]
    proc = subprocess.run(
        [*cmd, "--golden", str(golden), "--top-k", "1"], check=False, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 1 and "hit rate 0.667" in proc.stderr, proc.stderr
    assert '"hits": 2' in proc.stdout
    prefix = f"product_search.canary.{HOST}.canary.tools"
    wait_for(
        stack,
        {
            "hit rate": lambda: stack.last(f"stats.gauges.{prefix}.hit_rate") == pytest.approx(2 / 3, abs=1e-6),
            "latency": lambda: stack.total(f"stats.timers.{prefix}.latency.count") == 3,
            "runs": lambda: stack.total(f"stats.counters.{prefix}.runs.count") == 1,
        },
    )
    assert ROOT.joinpath("data", "canary.jsonl").exists()
