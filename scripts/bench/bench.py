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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import requests

from product_search.config import Settings
from product_search.encoder import Encoder
from product_search.store import CatalogStore
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
            for p in generate(size, seed=7):
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


def bodies_file(queries: list[str], per_request: int) -> Path:
    path = WORK / f"bodies-{per_request}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for start in range(0, len(queries) - per_request + 1, per_request):
            fh.write(json.dumps({"queries": queries[start : start + per_request], "top_k": 10}) + "\n")
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
                "python:product_search.gunicorn_conf",
                "product_search.wsgi:app",
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


def upload_rate(url: str, size: int = 5000, batch: int = 1000) -> float:
    products = [{"id": p.id, "description": p.description} for p in generate(size, seed=99)]
    name = f"ingest-{int(time.time())}"
    started = time.perf_counter()
    for start in range(0, size, batch):
        resp = requests.post(
            f"{url}/v1/catalogs/{name}/products",
            json={"products": products[start : start + batch]},
            headers={"Authorization": f"Bearer {ADMIN_KEY}"},
            timeout=600,
        )
        resp.raise_for_status()
    elapsed = time.perf_counter() - started
    requests.delete(f"{url}/v1/catalogs/{name}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=60)
    return size / elapsed


def index_recall(size: int, queries: list[str], env: dict[str, str]) -> dict[str, Any]:
    """The served index file against exact search over the same stored vectors: recall@10."""
    from product_search.index import IndexStamp, VectorIndex

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
    _, got = served.search(q, 10)
    recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(want, got, strict=True)]))
    return {"kind": served.kind, "recall@10": round(recall, 4), "queries": len(q)}


# -- the naive path --------------------------------------------------------------------------------


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


def naive(size: int, queries: list[str], env: dict[str, str], duration: int) -> dict[str, Any]:
    """The use case's code path in-process: encode the query, util.semantic_search over the corpus."""
    import torch
    from sentence_transformers import util

    # The use case's model as it wrote it: sentence-transformers with torch, all cores.
    encoder = Encoder(Settings.from_env({**env, "PRODUCT_SEARCH_BACKEND": "torch"}))
    model = encoder.model
    store = CatalogStore(data_dir(size) / "catalogs.sqlite3")
    with store.read() as conn:
        parts = [v for _, v, _ in store.iter_vectors(conn, CATALOG, encoder.dimension)]
    corpus = torch.from_numpy(np.concatenate(parts))
    out: dict[str, Any] = {}
    for per_request in (1, 32):
        batches = iter_batches(queries, per_request)

        def one(batches: Iterator[list[str]] = batches) -> None:
            q = model.encode(next(batches), convert_to_tensor=True, normalize_embeddings=True)
            util.semantic_search(q, corpus, top_k=10)

        one()  # warm
        repeat = max(20, int(duration * 1000 / max(timed(one, 3)[-1], 1)))
        out[f"pre_encoded_{per_request}"] = percentiles(timed(one, min(repeat, 2000)))
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
    commit = subprocess.run(
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
        " catalogs: `product_search.synthetic` (seed 7)",
        "",
    ]
    for size, e in report["sizes"].items():
        ingest = e["ingest"]
        lines += [f"## {int(size):,} products", ""]
        lines += [
            f"- Cold start to ready (all workers): {e['ready_seconds']} s; PSS of all processes: "
            f"{e['pss_mb']} MB at ready, {e['pss_after_load_mb']} MB after the load runs",
            f"- Index: {e['index']['kind']}, recall@10 against exact search {e['index']['recall@10']}"
            f" ({e['index']['queries']} queries)",
        ]
        if ingest.get("cli_products_per_s"):
            lines.append(f"- Ingestion through the CLI: {ingest['cli_products_per_s']} products/s")
        if ingest.get("upload_products_per_s"):
            lines.append(f"- Ingestion through the upload endpoint: {ingest['upload_products_per_s']} products/s")
        lines += [
            "",
            "| queries/request | concurrency | req/s | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|---|",
        ]
        for key, r in e["http"].items():
            per, c = key.split("q_c")
            lines.append(
                f"| {per} | {c} | {r['rps']:.1f} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {r['p99_ms']:.2f} |"
                f" {int(r['errors'] + r['non_2xx'])} |"
            )
        if "naive" in e:
            lines += ["", "The use case's naive path, in process (no HTTP), same machine, same run:", ""]
            lines += ["| path | p50 ms | p95 ms | p99 ms | req/s (sequential) | ratio p50 service/naive |"]
            lines += ["|---|---|---|---|---|---|"]
            for key, r in e["naive"].items():
                per = key.rsplit("_", 1)[1]
                ours = e["http"].get(f"{per}q_c1", {}).get("p50_ms")
                ratio = f"{ours / r['p50_ms']:.2f}" if ours else "-"
                lines.append(
                    f"| {key} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {r['p99_ms']:.2f} | {r['rps']:.1f} | {ratio} |"
                )
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
    parser.add_argument("--no-naive", action="store_true")
    parser.add_argument("--backend", default="onnx-int8", help="torch | onnx | onnx-int8")
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
    queries = benchmark_queries()
    bodies = {n: bodies_file(queries, n) for n in (1, 32)}
    report: dict[str, Any] = {
        "machine": machine(),
        "command": " ".join(sys.argv),
        "backend": args.backend,
        "workers": args.workers,
        "threads": args.threads,
        "sizes": {},
    }
    for size in sizes:
        print(f"== {size} products", flush=True)
        entry: dict[str, Any] = {"ingest": ensure_catalog(size, env)}
        with serving(size, env, args.workers, args.threads) as (server, ready):
            entry["ready_seconds"] = round(ready, 2)
            entry["pss_mb"] = round(server.pss_bytes() / 1e6, 1)
            entry["http"] = {}
            for per_request, path in bodies.items():
                for c in concurrency:
                    runs = [run_wrk(server.url, path, c, args.duration) for _ in range(args.runs)]
                    entry["http"][f"{per_request}q_c{c}"] = median_of(runs)
                    print(f"   {per_request} q/request, concurrency {c}: {entry['http'][f'{per_request}q_c{c}']}")
            entry["pss_after_load_mb"] = round(server.pss_bytes() / 1e6, 1)
            if size == sizes[0]:
                entry["ingest"]["upload_products_per_s"] = round(upload_rate(server.url), 1)
        entry["index"] = index_recall(size, queries, env)
        print(f"   index: {entry['index']}", flush=True)
        if not args.no_naive:
            entry["naive"] = naive(size, queries, env, args.duration)
            print(f"   naive: {entry['naive']}", flush=True)
        report["sizes"][str(size)] = entry
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.json").write_text(json.dumps(report, indent=2))
    (ROOT / "docs" / "benchmarks.md").write_text(render(report))
    print(render(report))


if __name__ == "__main__":
    main()
