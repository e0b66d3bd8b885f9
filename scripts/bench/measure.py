"""Measurements: wrk against the service, closed-loop callers in process, upload rate, index recall, machine."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import requests
from inputs import ADMIN_KEY, CATALOG, ROOT, data_dir

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.index.inverted_lists import ivf_probes
from product_search.index.vector_index import IndexStamp, VectorIndex
from product_search.storage.store import CatalogStore
from product_search_harness.service import ServiceProcess
from product_search_harness.synthetic import generate

LUA = Path(__file__).with_name("search.lua")


@contextmanager
def serving(
    size: int, env: dict[str, str], backend: str, workers: int, threads: int
) -> Iterator[tuple[ServiceProcess, float]]:
    """The service on the bench catalog of ``size`` (port 8799); yields it and its seconds to ready."""
    service = ServiceProcess(
        data_dir(size, backend),
        workers=workers,
        port=8799,
        env={
            **env,
            "PRODUCT_SEARCH_THREADS": str(threads),
            "PRODUCT_SEARCH_ADMIN_KEYS": ADMIN_KEY,
            "PRODUCT_SEARCH_LOG_LEVEL": "WARNING",
        },
    )
    try:
        ready = service.start()
        yield service, ready
    finally:
        service.stop()


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


def index_recall(size: int, queries: list[str], env: dict[str, str], backend: str) -> dict[str, Any]:
    """The served index file against exact search over the same stored vectors: recall@10."""
    settings = Settings.from_env(env)
    encoder = Encoder(settings)
    store = CatalogStore(data_dir(size, backend) / "catalogs.sqlite3")
    with store.read() as conn:
        cat = store.get_catalog(conn, CATALOG)
        if cat is None:
            raise RuntimeError("bench catalog missing")
        blocks = list(store.iter_vectors(conn, cat.generation, cat.dimension))
        stamp = IndexStamp(store.instance_id, CATALOG, cat.version, cat.fingerprint, cat.dimension)
        exact = VectorIndex.exact(stamp, np.concatenate([p for p, _ in blocks]), np.concatenate([v for _, v in blocks]))
    served = VectorIndex.load(data_dir(size, backend) / "indexes" / f"{CATALOG}.g{cat.generation}.vectors")
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


def iter_batches(queries: list[str], per_request: int) -> Iterator[list[str]]:
    while True:
        for start in range(0, len(queries) - per_request + 1, per_request):
            yield queries[start : start + per_request]


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


def emit(report: dict[str, Any], path: Path | None) -> None:
    """Print a benchmark's report as JSON, and write it to ``path`` where given."""
    text = json.dumps(report, indent=2)
    print(text)
    if path is not None:
        path.write_text(text + "\n")
