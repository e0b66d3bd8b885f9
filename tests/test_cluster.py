"""The production topology on loopback, from real parts: PostgreSQL 15 (initdb + pg_ctl in a temp dir), three
product-search nodes (Gunicorn, each its own data dir) and HAProxy with docker/haproxy/haproxy.cfg.

The tests share one cluster, loaded with the catalogs when it starts; each leaves it healthy and none needs
another's data: agreement across nodes, a node killed under load, the database stopped and then killed under
load, overload shed by HAProxy, a node added.
"""

from __future__ import annotations

import itertools
import os
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from product_search_harness import synthetic
from product_search_harness.local_cluster import Cluster, PostgresServer, missing_tools
from product_search_harness.service import ServiceProcess

from .load import Load
from .support import ADMIN, SERVICE_ENV, join_all, wait_until

pytestmark = pytest.mark.slow

CATALOGS = [f"shop{n:02d}" for n in range(20)]
QUERIES = ["m8 hex bolt stainless", "cordless drill 18v", '1/2" brass elbow', "din 934 nut m10", "safety glases"]
NODE_MAXCONN = 4


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    _require_tools()
    with Cluster(tmp_path_factory.mktemp("cluster"), nodes=3, env=SERVICE_ENV, node_maxconn=NODE_MAXCONN) as c:
        # Every test finds the catalogs here, whichever runs alone or first (none depends on another's data).
        for catalog in CATALOGS:
            body = {"products": products(catalog)}
            created = requests.post(f"{c.url}/v1/catalogs/{catalog}/products", json=body, headers=ADMIN, timeout=60)
            assert created.status_code == 201, created.text
        yield c


def _require_tools() -> None:
    """PostgreSQL and HAProxy, or a skip; a failure where PRODUCT_SEARCH_REQUIRE_POSTGRES is set (CI)."""
    reason = missing_tools()
    if reason is not None:
        if os.environ.get("PRODUCT_SEARCH_REQUIRE_POSTGRES"):
            pytest.fail(reason)
        pytest.skip(reason)


def products(catalog: str, count: int = 40, batch: str = "") -> list[dict[str, object]]:
    seed = int(catalog.removeprefix("shop")) + (1000 if batch else 0)
    return [
        {"id": p.id + batch, "description": p.description, "metadata": {"brand": p.brand, "category": p.category}}
        for p in synthetic.generate(count, seed=seed)
    ]


def search(base: str, catalog: str, timeout: float = 10) -> requests.Response:
    body = {"queries": QUERIES, "top_k": 5}
    return requests.post(f"{base}/v1/catalogs/{catalog}/search", json=body, headers=ADMIN, timeout=timeout)


def ranking(response: requests.Response) -> list[list[tuple[float, frozenset[str] | int]]]:
    """Each query's hits as (score, ids) groups in rank order. Among equal scores (the load's products share
    texts) the order, and which ones a top-k cut keeps, follow index positions, which differ between nodes whose
    indexes grew in another order: the last group is compared by its size."""
    assert response.status_code == 200, response.text
    answer: list[list[tuple[float, frozenset[str] | int]]] = []
    for hits in response.json()["results"]:
        groups: list[tuple[float, frozenset[str] | int]] = [
            (score, frozenset(h["id"] for h in group))
            for score, group in itertools.groupby(hits, key=lambda h: round(h["score"], 5))
        ]
        if groups:
            score, ids = groups[-1]
            groups[-1] = (score, len(ids) if isinstance(ids, frozenset) else ids)
        answer.append(groups)
    return answer


def test_an_upload_through_haproxy_is_searched_alike_on_every_node_at_once(cluster: Cluster) -> None:
    served: dict[str, str] = {}
    for catalog in CATALOGS:
        body = {"products": products(catalog, 10, batch=f"-{uuid.uuid4().hex[:6]}")}  # new products, encoded
        upload = requests.post(f"{cluster.url}/v1/catalogs/{catalog}/products", json=body, headers=ADMIN, timeout=60)
        assert upload.status_code == 200, upload.text
        version = upload.json()["version"]
        answers = [search(node.url, catalog) for node in cluster.nodes[:3]]  # the very next search, each node
        assert all(a.json()["version"] == version for a in answers), "read-your-writes on every node"
        assert ranking(answers[0]) == ranking(answers[1]) == ranking(answers[2])
        served[catalog] = upload.headers["X-Served-By"]
        assert search(cluster.url, catalog).headers["X-Served-By"] == served[catalog], "a catalog stays on its node"
    spread = Counter(served.values())
    assert len(spread) == 3 and min(spread.values()) >= 2, f"catalogs spread over the nodes: {spread}"


class ClusterLoad(Load):
    """Two threads searching random catalogs and one uploading, through HAProxy, each request on a new
    connection (as many clients would: none stays pinned to a killed node); the uploads acknowledged, and
    which node took each."""

    def __init__(self, base: str) -> None:
        super().__init__(self._search, self._search, self._upload, pause=0.01, join_timeout=30)
        self.base = base
        self.acknowledged: list[tuple[str, str]] = []
        self.uploads_by: Counter[str] = Counter()
        self._acks = threading.Lock()
        # Product ids unique to this load: a thread id reused by a later load in the module must not upload
        # the same id and text again (that upload would reuse the stored vector instead of encoding it).
        self.run = uuid.uuid4().hex[:8]

    def _search(self, session: requests.Session, n: int) -> requests.Response:
        return search(self.base, random.choice(CATALOGS))

    def _upload(self, session: requests.Session, n: int) -> requests.Response:
        catalog, product_id = CATALOGS[n % len(CATALOGS)], f"load-{self.run}-{threading.get_ident()}-{n}"
        body = {"products": [{"id": product_id, "description": f"threaded rod M{6 + n % 6} steel zinc plated 1 m"}]}
        response = requests.post(f"{self.base}/v1/catalogs/{catalog}/products", json=body, headers=ADMIN, timeout=10)
        if response.status_code in (200, 201):
            with self._acks:
                self.acknowledged.append((catalog, product_id))
                self.uploads_by[response.headers.get("X-Served-By", "")] += 1
        return response


def assert_all_present(cluster: Cluster, acknowledged: list[tuple[str, str]]) -> None:
    for catalog, product_id in acknowledged:
        got = requests.get(f"{cluster.url}/v1/catalogs/{catalog}/products/{product_id}", headers=ADMIN, timeout=10)
        assert got.status_code == 200, f"acknowledged {catalog}/{product_id} lost: {got.status_code}"


def test_a_node_killed_under_load_fails_at_most_its_own_requests_and_catches_up(cluster: Cluster) -> None:
    with ClusterLoad(cluster.url) as load:
        time.sleep(2)
        before = dict(load.statuses())
        cluster.kill_node(1)  # node2: kill -9 of its master and workers
        time.sleep(4)
    failed = len(load.failures())
    print(f"\nnode2 killed: {dict(load.statuses())} (before the kill: {before}); failed: {failed}")
    assert failed <= NODE_MAXCONN, "only requests in flight on the killed node may fail (HAProxy caps them)"
    assert sum(load.statuses().values()) - sum(before.values()) > 20, "the others kept answering"
    assert_all_present(cluster, load.acknowledged)
    assert len(load.acknowledged) > 10

    cluster.restart_node(1)
    node = cluster.nodes[1]
    for catalog in CATALOGS:  # every catalog, on the restarted node: current, and the same answers
        assert ranking(search(node.url, catalog)) == ranking(search(cluster.nodes[0].url, catalog))
    work = node.get("/v1/info", headers=ADMIN).json()["process"]
    assert work["pid"] in node.worker_pids(), f"answered by a worker of the restarted master: {work}"
    assert work.get("documents_encoded", 0) == 0, f"caught up from stored vectors, nothing re-encoded: {work}"


@pytest.mark.parametrize("outage", ["stopped", "killed"])
def test_the_database_stopped_or_killed_under_load_is_a_clear_503_then_recovers_by_itself(
    cluster: Cluster, outage: str
) -> None:
    """Stopped (``pg_ctl stop -m fast``) or killed (SIGKILL to the server and every backend at once: a crash,
    the next start replays the write-ahead log): every write acknowledged before stays, nothing is a 500."""
    node = cluster.nodes[0]
    with ClusterLoad(cluster.url) as load:
        time.sleep(1)
        if outage == "killed":
            cluster.postgres.kill()
        else:
            cluster.postgres.stop()
        down = time.monotonic()
        # The node itself: readiness drops, a search is a clear 503, at once.
        wait_until(lambda: node.get("/readyz").status_code == 503, 10, "readiness dropped", interval=0.1)
        direct = search(node.url, CATALOGS[0])
        assert direct.status_code == 503 and direct.json()["error"]["code"] == "store_unavailable"
        assert direct.headers["Retry-After"]
        cluster.haproxy.wait_states({"node1": "DOWN", "node2": "DOWN", "node3": "DOWN"}, timeout=15)
        during = dict(load.statuses())
        time.sleep(2)
        cluster.postgres.start()
        recovered = None
        while recovered is None and time.monotonic() - down < 60:
            if search(cluster.url, CATALOGS[0]).status_code == 200:
                recovered = time.monotonic() - down
            time.sleep(0.2)
        time.sleep(1)
    print(f"\ndatabase {outage}: {dict(load.statuses())} (at all nodes down: {during}); recovered after {recovered} s")
    assert recovered is not None, "the nodes did not recover by themselves"
    assert set(load.statuses()) <= {200, 201, 503}, f"never a 500 or a dropped request: {load.statuses()}"
    assert load.slowest() < 6, f"never a hang: slowest answer {load.slowest():.1f} s"
    cluster.haproxy.wait_states({"node1": "UP", "node2": "UP", "node3": "UP"}, timeout=30)
    assert load.acknowledged, "writes were acknowledged around the outage (else nothing was at stake)"
    assert_all_present(cluster, load.acknowledged)


def test_a_burst_beyond_capacity_is_shed_by_haproxy_before_any_node_spends_on_it(cluster: Cluster) -> None:
    """The overload numbers (shed p99, accepted p99 against unloaded) come from make bench-cluster; here, what
    a burst gets: a clear JSON 503 with Retry-After from HAProxy, answers for the rest, then normal service."""
    answers: list[tuple[int, str, str]] = []

    def one(n: int) -> None:
        response = search(cluster.url, CATALOGS[n % len(CATALOGS)], timeout=30)
        body = response.json()
        message = body["error"]["message"] if response.status_code != 200 else ""
        answers.append((response.status_code, message, response.headers.get("Retry-After", "")))

    threads = [threading.Thread(target=one, args=(n,)) for n in range(120)]
    for t in threads:
        t.start()
    join_all(threads, 120)
    assert len(answers) == len(threads), "every search of the burst got an answer"
    statuses = Counter(status for status, _, _ in answers)
    print(f"\nburst of 120 searches: {dict(statuses)}")
    assert set(statuses) == {200, 503} and statuses[200] >= 10, statuses
    shed = [a for a in answers if a[0] == 503]
    assert all(m.startswith("every node is busy") and retry == "1" for _, m, retry in shed), "shed by HAProxy"
    assert all(search(cluster.url, c).status_code == 200 for c in CATALOGS[:5]), "normal service right after"


def test_adding_a_node_moves_about_a_quarter_of_the_catalogs_to_it(cluster: Cluster) -> None:
    def served() -> dict[str, str]:
        return {c: search(cluster.url, c).headers["X-Served-By"] for c in CATALOGS}

    before = served()
    with ClusterLoad(cluster.url) as load:
        cluster.add_node()
        time.sleep(1)
    try:
        _check_node_added(cluster, before, served(), load)
    finally:
        cluster.remove_node()  # as it was: the tests share the cluster in any order
    assert served() == before, "removed, its catalogs went back where they were"


def _check_node_added(cluster: Cluster, before: dict[str, str], after: dict[str, str], load: ClusterLoad) -> None:
    moved = sorted(c for c in CATALOGS if before[c] != after[c])
    print(
        f"\nnode4 added: {len(moved)} of {len(CATALOGS)} catalogs moved to it ({moved}); load {dict(load.statuses())}"
    )
    assert all(after[c] == "node4" for c in moved), "consistent hashing: catalogs only move to the new node"
    assert 2 <= len(moved) <= 9, "about 1/4 of 20"
    assert load.failures() == [], "searches and uploads kept succeeding"
    for catalog in moved:  # the new node loads them lazily, from stored vectors
        assert ranking(search(cluster.url, catalog)) == ranking(search(cluster.nodes[0].url, catalog))
    work = cluster.nodes[3].get("/v1/info", headers=ADMIN).json()["process"]
    assert work.get("documents_encoded", 0) == load.uploads_by["node4"], f"its own uploads only: {work}"


def test_a_node_started_while_the_database_is_down_waits_and_becomes_ready_by_itself(tmp_path: Path) -> None:
    _require_tools()
    postgres = PostgresServer().init().start()
    node = ServiceProcess(tmp_path / "node", env={**SERVICE_ENV}, log=tmp_path / "node.log")
    try:
        node.extra_env["PRODUCT_SEARCH_STORE_URL"] = postgres.create_database("late")
        postgres.stop()
        node.launch()

        def waiting_for_the_store() -> bool:
            try:
                ready = node.get("/readyz", timeout=5)
            except requests.RequestException:
                return False  # not listening yet
            return ready.status_code == 503 and "waiting for the catalog store" in ready.text

        wait_until(waiting_for_the_store, 120, lambda: f"the node waiting for the store: {node.log_tail()}", 0.2)
        postgres.start()
        node.wait_ready(timeout=60)
        assert node.get("/v1/catalogs", headers=ADMIN).status_code == 200
    finally:
        node.stop()
        postgres.destroy()
