"""StatsD packets as a real UDP listener receives them; and no daemon never hurts a request."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator

import pytest
from flask import Flask

from product_search.metrics import safe

from .conftest import USE_CASE_QUERY, upload, use_case_products


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
    app = make_app(statsd_host="127.0.0.1", statsd_port=port, environment="test", low_score_threshold=0.45)
    prefix = app.extensions["product_search"].metrics.prefix
    assert prefix.startswith("product_search.test.") and prefix.count(".") == 2
    client = app.test_client()
    drain(udp)
    assert upload(client, "tools", use_case_products()).status_code == 201
    for _ in range(3):
        client.post("/v1/catalogs/tools/search", json={"queries": [USE_CASE_QUERY, "zebra stripes"], "top_k": 3})
    client.post("/v1/catalogs/tools/search", json={"queries": [""]})
    client.get("/v1/catalogs/missing")
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
    assert len(top1) == 6 and max(top1) == pytest.approx(491.78, abs=0.1)
    assert len(values("relevance.top1_margin_milli", "ms")) == 6
    assert sum(values("relevance.low_confidence", "c")) == 3  # "zebra stripes" matches nothing well
    assert sum(values("catalog.products_upserted", "c")) == 6
    assert values("catalog.size.tools", "g") == [6]
    assert len(values("encode.tokens.query", "ms")) == 6


def test_no_statsd_listening_costs_nothing(make_app: Callable[..., Flask], udp: socket.socket) -> None:
    port = udp.getsockname()[1]
    udp.close()  # nothing listens on this port now
    client = make_app(statsd_host="127.0.0.1", statsd_port=port).test_client()
    upload(client, "tools", use_case_products())
    started = time.perf_counter()
    for _ in range(20):
        assert client.post("/v1/catalogs/tools/search", json={"queries": ["saw"]}).status_code == 200
    assert (time.perf_counter() - started) / 20 < 0.25


def test_unresolvable_statsd_host_disables_metrics(make_app: Callable[..., Flask]) -> None:
    app = make_app(statsd_host="no-such-host.invalid")
    assert app.extensions["product_search"].metrics.enabled is False
    assert app.test_client().get("/healthz").status_code == 200


def test_safe_names() -> None:
    assert safe("a.b c/d") == "a_b_c_d" and safe("...") == "none"
