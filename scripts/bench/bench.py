"""make bench: the real service under Gunicorn, measured over HTTP with wrk, beside the naive path.

    .venv/bin/python scripts/bench/bench.py [--sizes 10000,100000] [--duration 10] [--runs 3]

For each catalog size: build the catalog once with the CLI (timed: CLI ingestion), start Gunicorn
(timed: cold start to ready), measure memory (PSS of all processes), search latency and throughput
with wrk at several concurrencies for 1 and 32 queries per request (median of --runs runs), and
ingestion through the upload endpoint. Then the use case's naive in-process path on the same
machine: sentence-transformers encoding the query and ``util.semantic_search`` over the catalog
pre-encoded (and, at the smallest size, encoding the whole catalog per request). Results go to
``docs/benchmarks.md`` (with machine, commit and command) and ``reports/bench.json``.
Loopback only; every wrk run is bounded by --duration.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import psutil
import requests

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.storage.store import CatalogStore
from product_search.storage.vector_index import ivf_probes
from product_search.synthetic import generate

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"
WANDS = ROOT.parent / "shared" / "data" / "wands" / "queries.tsv"
LUA = Path(__file__).with_name("search.lua")
CATALOG = "bench"
ADMIN_KEY = "bench-admin-key"


# -- inputs ----------------------------------------------------------------------------------------


def catalog_csv(size: int) -> Path:
    path = WORK / f"catalog-{size}.csv"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "description", "brand", "category"])
            for p in generate(size, seed=7, part_numbers=True):
                writer.writerow([p.id, p.description, p.brand, p.category])
    return path


def benchmark_queries(count: int = 1000) -> list[str]:
    """WANDS shop queries (when present) plus short hardware queries cut from generated products."""
    found: list[str] = []
    if WANDS.exists():
        found += [row.split("\t")[1] for row in WANDS.read_text(encoding="utf-8").splitlines()[1:]]
    rng = np.random.default_rng(3)
    for product in generate(count, seed=11):
        words = product.description.replace(",", "").split()
        found.append(" ".join(words[: int(rng.integers(2, 6))]))
    return found[:count]


def bodies_file(queries: list[str], per_request: int, mode: str) -> Path:
    path = WORK / f"bodies-{per_request}-{mode}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for start in range(0, len(queries) - per_request + 1, per_request):
            body = {"queries": queries[start : start + per_request], "top_k": 10, "mode": mode}
            fh.write(json.dumps(body) + "\n")
    return path


# -- the service -----------------------------------------------------------------------------------


BACKEND = "torch"  # set from --backend in main()


def data_dir(size: int) -> Path:
    return WORK / f"data-{BACKEND}-{size}"


def ensure_catalog(size: int, env: dict[str, str]) -> dict[str, Any]:
    """Load the catalog with the CLI unless this data dir already holds it (then nothing is timed)."""
    directory = data_dir(size)
    store_path = directory / "catalogs.sqlite3"
    if store_path.exists():
        store = CatalogStore(store_path)
        with store.read() as conn:
            row = store.get_catalog(conn, CATALOG)
        if row is not None and row.product_count == size:
            return {"cli_products_per_s": None, "reused": True}
        shutil.rmtree(directory)
    started = time.perf_counter()
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "product-search"), "load", CATALOG, str(catalog_csv(size))],
        env={**env, "PRODUCT_SEARCH_DATA_DIR": str(directory)},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - started
    return {"cli_products_per_s": round(size / elapsed, 1), "cli_seconds": round(elapsed, 1), "reused": False}


class Server:
    def __init__(self, directory: Path, env: dict[str, str], workers: int, threads: int, port: int = 8799) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.workers = workers
        self.env = {
            **env,
            "PRODUCT_SEARCH_DATA_DIR": str(directory),
            "PRODUCT_SEARCH_WORKERS": str(workers),
            "PRODUCT_SEARCH_THREADS": str(threads),
            "PRODUCT_SEARCH_ADMIN_KEYS": ADMIN_KEY,
            "PRODUCT_SEARCH_LOG_LEVEL": "WARNING",
            "PORT": str(port),
            "HOST": "127.0.0.1",
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> float:
        """Start Gunicorn; return seconds until every worker answers /readyz."""
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [
                str(ROOT / ".venv" / "bin" / "gunicorn"),
                "-c",
                "python:product_search.serving.gunicorn_conf",
                "product_search.serving.wsgi:app",
            ],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        ok = 0
        while ok < 3 * self.workers:
            if self.proc.poll() is not None or time.perf_counter() - started > 600:
                raise RuntimeError("gunicorn did not become ready")
            try:
                ok = ok + 1 if requests.get(self.url + "/readyz", timeout=2).status_code == 200 else 0
            except requests.RequestException:
                ok = 0
            time.sleep(0.02 if ok else 0.2)
        return time.perf_counter() - started

    def pss_bytes(self) -> int:
        if self.proc is None:
            raise RuntimeError("not started")
        master = psutil.Process(self.proc.pid)
        return sum(p.memory_full_info().pss for p in [master, *master.children(recursive=True)])

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=60)
        self.proc = None


def run_wrk(url: str, bodies: Path, connections: int, duration: int) -> dict[str, float]:
    threads = min(connections, 2)
    out = subprocess.run(
        [
            *("wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s"),
            *("-s", str(LUA), f"{url}/v1/catalogs/{CATALOG}/search", "--", str(bodies)),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRK_JSON "))
    result: dict[str, float] = json.loads(line.removeprefix("WRK_JSON "))
    result["rps"] = result["requests"] / result["seconds"]
    return result


def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    keys = ["rps", "p50_ms", "p95_ms", "p99_ms", "errors", "non_2xx"]
    return {k: round(statistics.median(r[k] for r in runs), 3) for k in keys}


def upload_rate(url: str, size: int = 5000, batch: int = 1000) -> dict[str, float]:
    """Products/s through the upload endpoint: new products, then the same catalog resent with new metadata."""
    products: list[dict[str, Any]] = [
        {"id": p.id, "description": p.description} for p in generate(size, seed=99, part_numbers=True)
    ]
    name = f"ingest-{int(time.time())}"
    auth = {"Authorization": f"Bearer {ADMIN_KEY}"}
    out: dict[str, float] = {}
    for phase in ("upload_products_per_s", "refresh_products_per_s"):
        started = time.perf_counter()
        for start in range(0, size, batch):
            chunk = products[start : start + batch]
            if phase == "refresh_products_per_s":
                chunk = [{**p, "metadata": {"price": 9.99}} for p in chunk]
            resp = requests.post(
                f"{url}/v1/catalogs/{name}/products", json={"products": chunk}, headers=auth, timeout=600
            )
            resp.raise_for_status()
        out[phase] = round(size / (time.perf_counter() - started), 1)
    requests.delete(f"{url}/v1/catalogs/{name}", headers=auth, timeout=60)
    return out


def index_recall(size: int, queries: list[str], env: dict[str, str]) -> dict[str, Any]:
    """The served index file against exact search over the same stored vectors: recall@10."""
    from product_search.storage.vector_index import IndexStamp, VectorIndex

    settings = Settings.from_env(env)
    encoder = Encoder(settings)
    store = CatalogStore(data_dir(size) / "catalogs.sqlite3")
    with store.read() as conn:
        cat = store.get_catalog(conn, CATALOG)
        if cat is None:
            raise RuntimeError("bench catalog missing")
        exact = VectorIndex.empty(IndexStamp(store.instance_id, CATALOG, cat.version, cat.fingerprint, cat.dimension))
        for pks, vectors, _ in store.iter_vectors(conn, CATALOG, cat.dimension):
            exact.add(pks, vectors)
    served = VectorIndex.load(data_dir(size) / "indexes" / f"{CATALOG}.faiss")
    q = encoder.encode(queries[:500], "query")
    _, want = exact.search(q, 10)
    _, got = served.search(q, 10, nprobe=settings.ivf_nprobe or ivf_probes(served.nlist))  # as the service does
    recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(want, got, strict=True)]))
    probes = settings.ivf_nprobe or ivf_probes(served.nlist)
    return {
        "kind": served.kind,
        "recall@10": round(recall, 4),
        "queries": len(q),
        "nlist": served.nlist,
        "nprobe": probes,
    }


# -- the naive path and the peer -------------------------------------------------------------------


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def percentiles(ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 3),
        "p95_ms": round(float(np.percentile(ms, 95)), 3),
        "p99_ms": round(float(np.percentile(ms, 99)), 3),
        "rps": round(1000 / float(np.mean(ms)), 1),
    }


def closed_loop(
    call: Callable[[list[str]], object], bodies: list[list[str]], concurrency: int, duration: float
) -> dict[str, float]:
    """``concurrency`` caller threads, each calling back to back for ``duration`` seconds (like wrk -c)."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + duration

    def caller(offset: int) -> None:
        i = offset
        while time.perf_counter() < deadline:
            body = bodies[i % len(bodies)]
            i += concurrency
            started = time.perf_counter()
            try:
                call(body)
            except Exception:  # counted, like wrk's errors
                with lock:
                    errors[0] += 1
                continue
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    threads = [threading.Thread(target=caller, args=(k * 7,)) for k in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    if not latencies:
        return {"rps": 0.0, "p50_ms": float("nan"), "p95_ms": float("nan"), "p99_ms": float("nan"), "errors": errors[0]}
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": float(np.percentile(latencies, 50)),
        "p95_ms": float(np.percentile(latencies, 95)),
        "p99_ms": float(np.percentile(latencies, 99)),
        "errors": errors[0],
    }


@dataclass(frozen=True)
class Load:
    """The load points every system is measured at: each concurrency, ``runs`` times ``duration`` seconds."""

    concurrency: list[int]
    duration: int
    runs: int


def median_points(call: Callable[[list[str]], object], queries: list[str], load: Load) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for per_request in (1, 32):
        bodies = [queries[i : i + per_request] for i in range(0, len(queries) - per_request + 1, per_request)]
        call(bodies[0])  # warm
        for c in load.concurrency:
            measured = [closed_loop(call, bodies, c, load.duration) for _ in range(load.runs)]
            out[f"{per_request}q_c{c}"] = {
                k: round(statistics.median(r[k] for r in measured), 3)
                for k in ("rps", "p50_ms", "p95_ms", "p99_ms", "errors")
            }
            print(f"   {per_request} q/request, concurrency {c}: {out[f'{per_request}q_c{c}']}", flush=True)
    return out


def stored_corpus(size: int) -> npt.NDArray[np.float32]:
    """The bench catalog's vectors from the store, in product order (the naive path and the peer search them)."""
    store = CatalogStore(data_dir(size) / "catalogs.sqlite3")
    with store.read() as conn:
        cat = store.get_catalog(conn, CATALOG)
        if cat is None:
            raise RuntimeError("bench catalog missing")
        parts = [v for _, v, _ in store.iter_vectors(conn, CATALOG, cat.dimension)]
    return np.ascontiguousarray(np.concatenate(parts))


def naive(size: int, queries: list[str], env: dict[str, str], load: Load) -> dict[str, Any]:
    """The use case's code in-process: ``model.encode`` the query, ``util.semantic_search`` over the corpus.

    Called from ``concurrency`` threads of one process (torch releases the GIL), with the catalog
    pre-encoded; at the smallest size also once with the catalog encoded per request, as written.
    """
    import torch
    from sentence_transformers import util

    # The use case's model as it wrote it: sentence-transformers with torch, all cores.
    encoder = Encoder(Settings.from_env({**env, "PRODUCT_SEARCH_BACKEND": "torch"}))
    model = encoder.model
    corpus = torch.from_numpy(stored_corpus(size))

    def one(batch: list[str]) -> None:
        q = model.encode(batch, convert_to_tensor=True, normalize_embeddings=True)
        util.semantic_search(q, corpus, top_k=10)

    out: dict[str, Any] = {"pre_encoded": median_points(one, queries, load)}
    if size <= 10000:
        with catalog_csv(size).open(encoding="utf-8") as fh:
            texts = [row["description"] for row in csv.DictReader(fh)]
        batches = iter_batches(queries, 1)

        def per_request_encoding() -> None:
            docs = model.encode(texts, convert_to_tensor=True, normalize_embeddings=True)
            q = model.encode(next(batches), convert_to_tensor=True, normalize_embeddings=True)
            util.semantic_search(q, docs, top_k=10)

        out["encode_catalog_per_request_1"] = percentiles(timed(per_request_encoding, 2))
    return out


def iter_batches(queries: list[str], per_request: int) -> Iterator[list[str]]:
    while True:
        for start in range(0, len(queries) - per_request + 1, per_request):
            yield queries[start : start + per_request]


INFINITY = ROOT / ".venv-infinity" / "bin" / "infinity_emb"
INFINITY_PORT = 7997


@contextmanager
def infinity_server(model_path: str) -> Iterator[str]:
    """infinity-emb serving the same model directory (torch engine, CPU; see `make peers`)."""
    proc = subprocess.Popen(
        [
            str(INFINITY), "v2", "--model-id", model_path, "--engine", "torch", "--device", "cpu",
            "--port", str(INFINITY_PORT), "--url-prefix", "/v1",
        ],
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "INFINITY_ANONYMOUS_USAGE_STATS": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{INFINITY_PORT}/v1"
    try:
        started = time.perf_counter()
        while True:
            if proc.poll() is not None or time.perf_counter() - started > 300:
                raise RuntimeError("infinity-emb did not start")
            try:
                if requests.get(url + "/models", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def peer(size: int, queries: list[str], load: Load) -> dict[str, Any]:
    """infinity-emb embeds the queries over HTTP; the client does exact top-k over the same vectors."""
    model_path = Settings.from_env({}).model_path
    corpus = stored_corpus(size)
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=max(load.concurrency)))
    with infinity_server(str(model_path)) as url:

        def one(batch: list[str]) -> None:
            resp = session.post(url + "/embeddings", json={"input": batch, "model": str(model_path)}, timeout=30)
            resp.raise_for_status()
            rows = sorted(resp.json()["data"], key=lambda row: row["index"])
            q = np.array([row["embedding"] for row in rows], dtype=np.float32)
            q /= np.linalg.norm(q, axis=1, keepdims=True)
            scores = q @ corpus.T
            top = np.argpartition(-scores, 10, axis=1)[:, :10]
            np.take_along_axis(scores, top, axis=1).argsort(axis=1)

        return median_points(one, queries, load)


# -- report ----------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    # git from PATH, fixed arguments: the commit the numbers belong to.
    commit = subprocess.run(  # nosec B607
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "commit": commit.strip(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


@contextmanager
def serving(size: int, env: dict[str, str], workers: int, threads: int) -> Iterator[tuple[Server, float]]:
    server = Server(data_dir(size), env, workers, threads)
    try:
        ready = server.start()
        yield server, ready
    finally:
        server.stop()


def render(report: dict[str, Any]) -> str:
    """docs/benchmarks.md: every number with the machine, commit and command that produced it."""
    m = report["machine"]
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`scripts/bench/bench.py`); do not edit by hand.",
        "",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}",
        f"- Commit {m['commit']}, {m['date']}",
        f"- Command: `{report['command']}`",
        f"- Service: Gunicorn {report['workers']} workers x {report['threads']} threads, backend `{report['backend']}`,"
        " loopback, wrk (`scripts/bench/search.lua`), `top_k` 10, median of the runs per point",
        "- Queries: WANDS shop queries + short hardware queries cut from generated products;"
        " catalogs: `product_search.synthetic` (seed 7, each description with a part number: 99.9 % distinct)",
        "",
    ]
    for size, e in report["sizes"].items():
        ingest = e["ingest"]
        lines += [f"## {int(size):,} products", ""]
        if (stamp := e.get("measured")) and (stamp["commit"], stamp["command"]) != (m["commit"], report["command"]):
            lines += [f"- Measured at commit {stamp['commit']}, {stamp['date']}: `{stamp['command']}`"]
        lines += [
            f"- Cold start to ready (all workers): {e['ready_seconds']} s; PSS of all processes: "
            f"{e['pss_mb']} MB at ready, {e['pss_after_load_mb']} MB after the load runs",
            f"- Index: {e['index']['kind']}"
            + (f" ({e['index']['nlist']} lists, {e['index']['nprobe']} probed)" if e["index"].get("nlist") else "")
            + f", recall@10 against exact search {e['index']['recall@10']} ({e['index']['queries']} queries)",
        ]
        if w := e.get("pss_workers"):
            lines.append(
                f"- {w['workers']} workers: PSS of all processes {w['pss_mb']} MB after 1-query load at concurrency 16;"
                f" ready in {w['ready_seconds']} s"
            )
        if ingest.get("cli_products_per_s"):
            lines.append(
                f"- Ingestion through the CLI (`product-search load`, model load included):"
                f" {ingest['cli_products_per_s']} products/s"
            )
        if ingest.get("upload_products_per_s"):
            lines.append(
                f"- Ingestion through the upload endpoint (5,000 new products in requests of 1,000):"
                f" {ingest['upload_products_per_s']} products/s; the same products resent with new metadata"
                f" (descriptions unchanged, vectors kept): {ingest['refresh_products_per_s']} products/s"
            )
        lines += [
            "",
            "| mode | queries/request | concurrency | req/s | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for key, r in e["http"].items():
            point, _, mode = key.partition("@")
            per, c = point.split("q_c")
            # Sizes measured before search modes existed ran the dense ranking (then the only one).
            mode = mode or e.get("modes", ["dense"])[0]
            lines.append(
                f"| {mode} | {per} | {c} | {r['rps']:.1f} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {r['p99_ms']:.2f} |"
                f" {int(r['errors'] + r['non_2xx'])} |"
            )
        for other, title in (
            (
                "naive",
                "The use case's naive path in process (torch `model.encode` + `util.semantic_search` over the"
                " pre-encoded catalog, called from as many threads as the concurrency)",
            ),
            (
                "peer",
                "infinity-emb 0.0.78 (torch engine, same model directory) embedding the queries over HTTP,"
                " the client doing exact top-k over the same vectors (NumPy)",
            ),
        ):
            points = e.get(other, {}).get("pre_encoded") if other == "naive" else e.get(other)
            if not points:
                continue
            first = e.get("modes", ["dense"])[0]
            lines += [
                "",
                f"{title}; same machine, same run. Ratios below 1: the service ({first} search) is faster.",
                "",
            ]
            lines += [
                "| queries/request | concurrency | req/s | p50 ms | p99 ms | p50 ratio service/other"
                " | req/s ratio other/service |",
                "|---|---|---|---|---|---|---|",
            ]
            for key, r in points.items():
                per, c = key.split("q_c")
                ours = e["http"].get(key)
                p50 = f"{ours['p50_ms'] / r['p50_ms']:.2f}" if ours and r["p50_ms"] else "-"
                rps = f"{r['rps'] / ours['rps']:.2f}" if ours and ours["rps"] else "-"
                lines.append(
                    f"| {per} | {c} | {r['rps']:.1f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {p50} | {rps} |"
                )
        if per_request := e.get("naive", {}).get("encode_catalog_per_request_1"):
            lines += [
                "",
                "The use case as written, encoding the whole catalog on every request:"
                f" p50 {per_request['p50_ms']:.0f} ms per single-query request.",
            ]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--concurrency", default="1,4,16")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--runs", type=int, default=3, help="wrk runs per point (the median is reported)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--pss-workers", type=int, default=4, help="also start this many workers for PSS (0: skip)")
    parser.add_argument("--merge", action="store_true", help="keep the other sizes of reports/bench.json")
    parser.add_argument("--no-naive", action="store_true")
    parser.add_argument("--no-peer", action="store_true", help="skip infinity-emb")
    parser.add_argument("--backend", default="onnx-int8", help="torch | onnx | onnx-int8")
    parser.add_argument(
        "--modes", default="hybrid,dense", help="search modes to measure; the first is compared with the others"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    WORK.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRODUCT_SEARCH_")}
    global BACKEND  # noqa: PLW0603 - set once, from the command line
    BACKEND = args.backend
    env |= {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "PRODUCT_SEARCH_BACKEND": args.backend,
        "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
    }
    sizes = [int(s) for s in args.sizes.split(",")]
    concurrency = [int(c) for c in args.concurrency.split(",")]
    load = Load(concurrency, args.duration, args.runs)
    queries = benchmark_queries()
    modes = args.modes.split(",")
    bodies = {(n, mode): bodies_file(queries, n, mode) for mode in modes for n in (1, 32)}
    report: dict[str, Any] = {
        "machine": machine(),
        "command": " ".join(sys.argv),
        "backend": args.backend,
        "workers": args.workers,
        "threads": args.threads,
        "sizes": {},
    }
    previous = ROOT / "reports" / "bench.json"
    if args.merge and previous.exists():
        # Re-measure only --sizes; the other sizes keep their numbers and their own commit/date/command.
        kept = json.loads(previous.read_text())["sizes"]
        report["sizes"] = {k: v for k, v in kept.items() if int(k) not in sizes}
    for size in sizes:
        print(f"== {size} products", flush=True)
        entry: dict[str, Any] = {"ingest": ensure_catalog(size, env)}
        entry["measured"] = {k: report["machine"][k] for k in ("commit", "date")} | {"command": report["command"]}
        with serving(size, env, args.workers, args.threads) as (server, ready):
            entry["ready_seconds"] = round(ready, 2)
            entry["pss_mb"] = round(server.pss_bytes() / 1e6, 1)
            entry["http"] = {}
            entry["modes"] = modes
            for (per_request, mode), path in bodies.items():
                for c in concurrency:
                    runs = [run_wrk(server.url, path, c, args.duration) for _ in range(args.runs)]
                    # The first mode's keys are plain: the naive and peer comparisons use them.
                    key = f"{per_request}q_c{c}" + ("" if mode == modes[0] else f"@{mode}")
                    entry["http"][key] = median_of(runs)
                    print(f"   {mode}, {per_request} q/request, concurrency {c}: {entry['http'][key]}", flush=True)
            entry["pss_after_load_mb"] = round(server.pss_bytes() / 1e6, 1)
            if size == sizes[0]:
                entry["ingest"] |= upload_rate(server.url)
        if args.pss_workers:
            with serving(size, env, args.pss_workers, args.threads) as (server, ready):
                run_wrk(server.url, bodies[1, modes[0]], 16, args.duration)
                pss = round(server.pss_bytes() / 1e6, 1)
                entry["pss_workers"] = {"workers": args.pss_workers, "ready_seconds": round(ready, 2), "pss_mb": pss}
                print(f"   {args.pss_workers} workers: {entry['pss_workers']}", flush=True)
        entry["index"] = index_recall(size, queries, env)
        print(f"   index: {entry['index']}", flush=True)
        if not args.no_naive:
            print("   naive path (in process, torch)", flush=True)
            entry["naive"] = naive(size, queries, env, load)
        if not args.no_peer:
            if INFINITY.exists():
                print("   infinity-emb peer", flush=True)
                entry["peer"] = peer(size, queries, load)
            else:
                print(f"   infinity-emb peer skipped: {INFINITY} missing (make peers)", flush=True)
        report["sizes"][str(size)] = entry
    report["sizes"] = dict(sorted(report["sizes"].items(), key=lambda kv: int(kv[0])))
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.json").write_text(json.dumps(report, indent=2))
    (ROOT / "docs" / "benchmarks.md").write_text(render(report))
    print(render(report))


if __name__ == "__main__":
    main()
