"""A million products: what 1 and 4 workers cost in memory (PSS of every process) and how fast they start.

    .venv/bin/python scripts/bench/million.py [--size 1000000] [--json reports/million.json]

The catalog: ``product_search_harness.synthetic`` with part numbers (a million distinct descriptions whose brand, kind,
size, material and standard words repeat). Encoding a million descriptions would take this 2-core machine
hours, so only the first ``--encode`` distinct texts (without their part numbers) are encoded; every product
gets the vector of one of them (by its text's hash) plus a little noise, renormalized: clustered unit vectors
like real ones. Memory and start-up do not depend on which unit vectors are stored; searches do not measure
quality here. Each product keeps its full description (the BM25 index is the real one).

Measured: index build time (vectors, IVF; lexical), the index files' sizes, then the service started three
times on the same data dir: 1 worker (the page cache warm from the build), 1 worker again, and 4 workers; each
ready time (to every worker ready) and the PSS of all its processes after 200 searches per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import numpy as np
from inputs import ADMIN_KEY, ROOT, WORK
from measure import machine

from product_search.catalogs import Catalogs
from product_search.config import Settings
from product_search.encoding.models import LoadedModels
from product_search.storage.store import NewProduct
from product_search_harness.service import ServiceProcess, clean_environment
from product_search_harness.synthetic import generate

CATALOG = "million"


def build(directory: Path, size: int, encode: int, env: dict[str, str]) -> dict[str, Any]:
    settings = Settings.from_env({**env, "PRODUCT_SEARCH_DATA_DIR": str(directory)})
    catalogs = Catalogs.from_settings(settings, LoadedModels(settings))
    with catalogs.store.read() as conn:
        row = catalogs.store.get_catalog(conn, CATALOG)
    if row is not None and row.product_count == size:
        return {"reused": True}
    products = list(generate(size, seed=7, part_numbers=True))
    bases = [p.description.rsplit(", part no. ", 1)[0] for p in products]
    distinct = list(dict.fromkeys(bases))[:encode]
    binding, encoder = catalogs.lookup.binding()
    started = time.perf_counter()
    encoded = encoder.encode(distinct, "document", bulk=True)
    encode_s = time.perf_counter() - started
    rng = np.random.default_rng(5)
    store = catalogs.store
    with store.write(CATALOG) as conn:
        gen = store.create_catalog(conn, CATALOG, binding).generation
    started = time.perf_counter()
    for start in range(0, size, 20000):
        chunk = products[start : start + 20000]
        picks = [zlib.crc32(b.encode()) % len(distinct) for b in bases[start : start + 20000]]
        vectors = encoded[picks] + rng.normal(0, 0.02, size=(len(chunk), encoded.shape[1])).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        items = [NewProduct(p.id, p.description, {"brand": p.brand, "category": p.category}) for p in chunk]
        with store.write(CATALOG) as conn:
            store.upsert_products(conn, CATALOG, items, {gen: vectors})
    store_s = time.perf_counter() - started
    started = time.perf_counter()
    catalogs.edits.rebuild_indexes(CATALOG)
    return {
        "reused": False,
        "encoded_texts": len(distinct),
        "encode_seconds": round(encode_s, 1),
        "store_seconds": round(store_s, 1),
        "index_build_seconds": round(time.perf_counter() - started, 1),
    }


def start(directory: Path, workers: int, env: dict[str, str], queries: list[str]) -> dict[str, Any]:
    service = ServiceProcess(
        directory,
        workers=workers,
        env={**env, "PRODUCT_SEARCH_ADMIN_KEYS": ADMIN_KEY, "PRODUCT_SEARCH_LOG_LEVEL": "WARNING"},
        log=WORK / f"million-{workers}.log",
    )
    try:
        ready = service.start(timeout=600)
        pss_ready = service.pss_bytes()
        for i in range(200 * workers):
            body = {"queries": [queries[i % len(queries)]], "mode": "hybrid" if i % 2 else "dense"}
            resp = service.post(f"/v1/catalogs/{CATALOG}/search", body)
            resp.raise_for_status()
        return {
            "workers": workers,
            "ready_seconds": round(ready, 2),
            "pss_ready_mb": round(pss_ready / 1e6, 1),
            "pss_after_searches_mb": round(service.pss_bytes() / 1e6, 1),
        }
    finally:
        service.stop()


def run(env: dict[str, str], size: int, encode: int) -> dict[str, Any]:
    """Build (or reuse) the catalog, then start 1, 1 and 4 workers on it."""
    directory = WORK / f"million-{Settings.from_env(env).backend}-{size}"
    report: dict[str, Any] = {"size": size}
    print(f"== {size} products in {directory}", flush=True)
    report["build"] = build(directory, size, encode, env)
    print(f"   {report['build']}", flush=True)
    report["files_mb"] = {p.name: round(p.stat().st_size / 1e6, 1) for p in sorted((directory / "indexes").iterdir())}
    queries = [p.description.split(",")[0] for p in generate(500, seed=13)]
    report["runs"] = []
    for workers in (1, 1, 4):
        measured = start(directory, workers, env, queries)
        print(f"   {measured}", flush=True)
        report["runs"].append(measured)
    one, four = report["runs"][1], report["runs"][2]
    report["pss_ratio_4_vs_1"] = round(four["pss_after_searches_mb"] / one["pss_after_searches_mb"], 2)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--encode", type=int, default=20000, help="distinct texts encoded")
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "million.json")
    args = parser.parse_args()
    env = clean_environment(
        {
            "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
            "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
            or str(ROOT / "var" / "repository"),
        }
    )
    report = {"machine": machine(), "command": " ".join(sys.argv)} | run(env, args.size, args.encode)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
