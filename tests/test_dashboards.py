"""The Grafana dashboard seen with data: a real run fills every panel, and graphite-web renders each target.

A Gunicorn service (2 workers, two model versions) reports through real StatsD and carbon-cache while a
scenario makes every panel's events happen: uploads (one over the model's token limit) and deletes,
buyer-style searches (typos, codes, an over-long query, one that matches nothing, low scores), client
errors, a canary run, a burst that sheds requests (503) and overflows the shadow queue, a migration to
the candidate version compared in shadow, then switched. Debian's graphite-web then renders every target
of ``docker/grafana/dashboards/product-search.json`` (``$env`` = this run's, ``$host`` = All, as Grafana
sends it) through its render API, and each must return a series with points.

``make dashboard-images`` runs this with PRODUCT_SEARCH_DASHBOARD_IMAGES=docs/images: the main panels
are also rendered as PNGs for docs/monitoring.md.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from product_search.catalogs import Catalogs
from product_search.encoding.models import LoadedModels
from product_search.storage.store import NewProduct
from product_search_harness.service import ServiceProcess, clean_environment
from product_search_harness.synthetic import generate

from .metrics_stack import GraphiteWeb, MetricsStack, missing_graphite_web, missing_tools, skip_unless_available
from .support import ADMIN, ROOT, SERVICE_ENV, wait_until

DASHBOARD = ROOT / "docker" / "grafana" / "dashboards" / "product-search.json"
ENV = "dash"
CANDIDATE = "all-minilm-l6-v2@candidate"
# Written the way buyers type: type + size + material, typos, codes as typed.
QUERIES = [
    "stainless hex bolt M8", "cordless drill 18V", "brass elbow fitting 1/2", "cuting disc 125mm",
    "hex nut m10 zinc", "flat washer M6 A2", "impact driver", "pipe wrench 14 inch", "din 933 m12",
    "sanding disc 80 grit", "threaded rod M8 galvanised", "ball valve 3/4 brass",
]  # fmt: skip
# The panels whose PNG renders are in docs/monitoring.md (titles as in the dashboard).
MAIN_PANELS = {
    "Requests/s by endpoint and status": "dashboard-requests.png",
    "Search latency p50 / p95 / p99 (worst host)": "dashboard-latency.png",
    "Error rate (share of requests)": "dashboard-error-rate.png",
    "Shed requests/s (503 overloaded) by kind and reason": "dashboard-shed.png",
    "Search time split p95: encode / index / fetch / serialize": "dashboard-search-split.png",
    "Top-1 score (x1000)": "dashboard-top1.png",
    "Query drift by catalog (1 - cos to catalog centroid)": "dashboard-drift.png",
    "Workers ready and (re)starts": "dashboard-workers.png",
    "Migration progress (products/s encoded) and switches": "dashboard-migration.png",
    "Shadow: candidate vs live (per mille) and shadow latency": "dashboard-shadow.png",
}


@pytest.fixture(scope="module")
def graphite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MetricsStack, GraphiteWeb]]:
    skip_unless_available(missing_tools() or missing_graphite_web(), "the dashboard render test")
    stack = MetricsStack(tmp_path_factory.mktemp("dashboards"))
    web = GraphiteWeb(stack)
    try:
        stack.start()
        web.start()
        yield stack, web
    finally:
        web.stop()
        stack.stop()


def panels() -> list[dict[str, Any]]:
    """The dashboard's graph panels (rows left out)."""
    return [p for p in json.loads(DASHBOARD.read_text())["panels"] if p.get("targets")]


def expand(target: str) -> str:
    """The target as Grafana sends it with env = this run's and host = All (its ``allValue``)."""
    return target.replace("$env", ENV).replace("$host", "*")


def test_every_panel_of_the_dashboard_has_data(
    graphite: tuple[MetricsStack, GraphiteWeb], two_models: LoadedModels, tmp_path: Path
) -> None:
    stack, web = graphite
    since = time.time() - 5
    data_dir = tmp_path / "data"
    _catalogs_before_start(data_dir, two_models)
    server = ServiceProcess(
        data_dir,
        workers=2,
        log=tmp_path / "gunicorn.log",
        env={
            **SERVICE_ENV,
            "PRODUCT_SEARCH_MODEL_REPOSITORY": str(two_models.repository.root),
            "PRODUCT_SEARCH_STATSD_HOST": "127.0.0.1",
            "PRODUCT_SEARCH_STATSD_PORT": str(stack.udp_port),
            "PRODUCT_SEARCH_ENV": ENV,
            "PRODUCT_SEARCH_METRICS_INTERVAL": "1",
            "PRODUCT_SEARCH_DRIFT_MIN_QUERIES": "3",
            "PRODUCT_SEARCH_LOW_SCORE_THRESHOLD": "0.5",
            "PRODUCT_SEARCH_SHADOW_RATE": "1",
            "PRODUCT_SEARCH_SHADOW_QUEUE": "1",  # the burst overflows it: the dropped series
            "PRODUCT_SEARCH_MIGRATION_DUTY": "1",
        },
    )
    stop, steady_codes = threading.Event(), list[int]()
    steady = threading.Thread(target=_steady_searches, args=(server, stop, steady_codes))
    try:
        server.start(timeout=180)
        steady.start()
        _scenario(server, stack, tmp_path)
    finally:
        stop.set()
        if steady.is_alive():
            steady.join()
        server.stop()
    # 404 until the catalog exists, 503 while the burst fills the queues
    assert set(steady_codes) <= {200, 404, 503} and steady_codes.count(200) > 20, steady_codes

    rendered = _render_every_target(web, since)
    assert _max(rendered, "Shed requests/s (503 overloaded) by kind and reason") > 0
    assert _max(rendered, "Error rate (share of requests)", "5xx %") > 0
    assert _max(rendered, "Error rate (share of requests)", "4xx %") > 0
    assert _max(rendered, "Migration progress (products/s encoded) and switches", "switches and rollbacks") == 1
    assert _max(rendered, "Shadow: candidate vs live (per mille) and shadow latency", "dropped (queue full)") > 0
    assert _max(rendered, "Canary hit rate") == pytest.approx(2 / 3, abs=1e-6)
    assert _max(rendered, "Workers ready and (re)starts", "workers ready") == 2
    assert _max(rendered, "Unknown tokens and truncation", "truncated inputs/s") > 0

    if out := os.environ.get("PRODUCT_SEARCH_DASHBOARD_IMAGES"):
        _write_images(web, since, ROOT / out)


def _catalogs_before_start(data_dir: Path, models: LoadedModels) -> None:
    """Two catalogs indexed before the start: one whose index files each worker loads, one whose files are
    gone, so a worker rebuilds them from the store (the loads and rebuilds panel)."""
    catalogs = Catalogs(data_dir, models)
    for name in ("preloaded", "rebuilt"):
        catalogs.writer.upsert(name, [NewProduct(p.id, p.description, None) for p in generate(40, seed=3)])
    removed = [p for p in (data_dir / "indexes").iterdir() if p.name.startswith("rebuilt.")]
    assert len(removed) == 2, removed  # its vector and BM25 files
    for path in removed:
        path.unlink()


def _scenario(server: ServiceProcess, stack: MetricsStack, tmp_path: Path) -> None:
    products = [{"id": p.id, "description": p.description} for p in generate(300, seed=11)]
    products.append({"id": "LONG-1", "description": "Hex bolt DIN 933 M8 stainless A2. " * 60})  # > 256 tokens
    assert server.post("/v1/catalogs/tools/products", {"products": products}, headers=ADMIN).status_code == 201
    deleted = server.post("/v1/catalogs/tools/products/delete", {"ids": [products[0]["id"]]}, headers=ADMIN)
    assert deleted.status_code == 200, deleted.text

    def search(queries: list[str], **extra: Any) -> requests.Response:
        return server.post("/v1/catalogs/tools/search", {"queries": queries, "top_k": 10, **extra})

    for query in QUERIES * 2:
        assert search([query]).status_code == 200
    assert search(QUERIES[:4], mode="dense").status_code == 200
    assert search(["hex bolt M8"], filter={"brand": "no such brand"}).json()["results"] == [[]]  # empty
    assert search(["☃ zebra stripes ☃"]).status_code == 200  # [UNK] tokens, a low top score
    assert search(["bolt " * 400]).status_code == 200  # over the token limit: truncated
    for name in ("preloaded", "rebuilt"):
        assert server.post(f"/v1/catalogs/{name}/search", {"queries": QUERIES[:4]}).status_code == 200
    assert search([]).status_code == 422
    assert server.post("/v1/catalogs/nothing/search", {"queries": ["x"]}).status_code == 404
    assert server.post("/v1/catalogs/tools/products", {"products": products[:1]}).status_code == 401
    _canary(server, stack, products[1:3], tmp_path)

    started = server.post("/v1/catalogs/tools/migrations", {"model": CANDIDATE, "switch": "manual"}, headers=ADMIN)
    assert started.status_code == 202, started.text
    job = f"/v1/catalogs/tools/migrations/{started.json()['id']}"

    def ready() -> bool:
        state = server.get(job).json()["state"]
        assert state in ("running", "ready"), state
        return bool(state == "ready")

    wait_until(ready, 180, "the migration ready", interval=0.2)
    # A burst past each worker's admission limit (4 searching + 8 waiting): some are shed with 503, and
    # every answered one is offered to the shadow queue (1 per worker here), which overflows.
    for _ in range(6):
        codes = _burst(server, QUERIES, clients=40, requests_each=6)
        assert set(codes) <= {200, 503}, codes
        if _landed(stack, "overload.shed") and _landed(stack, "shadow.dropped"):
            break
    switched = server.post(f"{job}/switch", {}, headers=ADMIN)
    assert switched.status_code == 200 and switched.json()["state"] == "switched", switched.text
    for query in QUERIES:  # searches answered by the new version
        assert search([query]).status_code == 200


def _steady_searches(server: ServiceProcess, stop: threading.Event, codes: list[int]) -> None:
    """A few searches a second for the whole run, as a live service sees (the graphs have no gaps)."""
    with requests.Session() as session:
        i = 0
        while not stop.wait(0.1):
            codes.append(_search_status(session, server, QUERIES[i % len(QUERIES)]))
            i += 1


def _search_status(session: requests.Session, server: ServiceProcess, query: str) -> int:
    """One buyer query against ``tools``, as the steady and the burst clients send it: its status."""
    body = {"queries": [query], "top_k": 10}
    return session.post(f"{server.url}/v1/catalogs/tools/search", json=body, timeout=120).status_code


def _canary(server: ServiceProcess, stack: MetricsStack, known: list[dict[str, Any]], tmp_path: Path) -> None:
    """The canary command against the service: two products found by their own text, one miss on purpose."""
    golden = tmp_path / "golden.jsonl"
    lines = [{"query": p["description"], "expected": [p["id"]]} for p in known]
    lines.append({"query": "claw hammer", "expected": ["no-such-product"]})
    golden.write_text("".join(json.dumps(line) + "\n" for line in lines))
    env = clean_environment(
        {"PRODUCT_SEARCH_STATSD_HOST": "127.0.0.1", "PRODUCT_SEARCH_STATSD_PORT": str(stack.udp_port),
         "PRODUCT_SEARCH_ENV": ENV}
    )  # fmt: skip
    cmd = [str(Path(sys.executable).parent / "product-search"), "canary", "--url", server.url, "--catalog", "tools"]
    proc = subprocess.run(
        [*cmd, "--golden", str(golden), "--top-k", "1"],
        env=env, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1 and "hit rate 0.667" in proc.stderr, proc.stderr


def _burst(server: ServiceProcess, queries: list[str], *, clients: int, requests_each: int) -> list[int]:
    def client(i: int) -> list[int]:
        with requests.Session() as session:
            return [_search_status(session, server, queries[(i + j) % len(queries)]) for j in range(requests_each)]

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        return [code for codes in pool.map(client, range(clients)) for code in codes]


def _landed(stack: MetricsStack, counter: str) -> bool:
    """Whether any worker's counter named ``counter`` (any sub-key) has reached the whisper files."""
    base = stack.whisper_dir / "stats" / "counters" / "product_search" / ENV
    return any(base.glob(f"*/{counter.replace('.', '/')}/**/count.wsp"))  # ``**``: zero or more levels


def _render_every_target(web: GraphiteWeb, since: float, timeout: float = 60) -> dict[str, dict[str, list[float]]]:
    """Each panel's targets -> their non-null points (series of a target summed), polling until all have some
    (StatsD flushes each second, carbon writes behind it)."""
    deadline = time.monotonic() + timeout
    while True:
        rendered: dict[str, dict[str, list[float]]] = {}
        empty: list[str] = []
        for panel in panels():
            for target in panel["targets"]:
                resp = web.render([expand(target["target"])], since)
                assert resp.status_code == 200, (target["target"], resp.text[-2000:])
                points = [v for series in resp.json() for v, _ in series["datapoints"] if v is not None]
                rendered.setdefault(panel["title"], {})[_label(target["target"])] = points
                if not points:
                    empty.append(f"{panel['title']}: {target['target']}")
        if not empty:
            return rendered
        if time.monotonic() > deadline:
            raise AssertionError("panels without data:\n" + "\n".join(empty))
        time.sleep(2)


def _label(target: str) -> str:
    """The alias of an ``alias(..., 'name')`` target, else the target itself."""
    return target.rsplit("'", 2)[1] if target.startswith("alias(") else target


def _max(rendered: dict[str, dict[str, list[float]]], title: str, label: str | None = None) -> float:
    series = rendered[title]
    points = series[label] if label is not None else [v for values in series.values() for v in values]
    return max(points)


def _write_images(web: GraphiteWeb, since: float, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for panel in panels():
        name = MAIN_PANELS.get(panel["title"])
        if name is None:
            continue
        targets = [expand(t["target"]) for t in panel["targets"]]
        resp = web.render(
            targets, since, format="png", width="900", height="320", title=panel["title"],
            bgcolor="white", fgcolor="black", majorGridLineColor="#cccccc", minorGridLineColor="#eeeeee",
            fontSize="11", lineWidth="1.5", hideLegend="false",
        )  # fmt: skip
        assert resp.status_code == 200 and resp.headers["Content-Type"] == "image/png", resp.text[-500:]
        (out / name).write_bytes(resp.content)
