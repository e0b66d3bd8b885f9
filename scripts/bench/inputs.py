"""Benchmark inputs: the synthetic catalog, the queries, wrk request bodies, the catalog loaded once per size."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from product_search.storage.store import CatalogStore
from product_search_harness.synthetic import generate

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"
WANDS = ROOT.parent / "shared" / "data" / "wands" / "queries.tsv"
CATALOG = "bench"
ADMIN_KEY = "bench-admin-key-local"


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


def data_dir(size: int, backend: str) -> Path:
    """The data dir holding the ``size``-product catalog encoded with ``backend``."""
    return WORK / f"data-{backend}-{size}"


def ensure_catalog(size: int, env: dict[str, str], backend: str) -> dict[str, Any]:
    """Load the catalog with the CLI unless this data dir already holds it (then nothing is timed)."""
    directory = data_dir(size, backend)
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
        env={**env, "PRODUCT_SEARCH_DATA_DIR": str(directory), "PRODUCT_SEARCH_BACKEND": backend},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - started
    return {"cli_products_per_s": round(size / elapsed, 1), "cli_seconds": round(elapsed, 1), "reused": False}


def stored_corpus(size: int, backend: str) -> npt.NDArray[np.float32]:
    """The bench catalog's vectors from the store, in product order (the naive path and the peer search them)."""
    store = CatalogStore(data_dir(size, backend) / "catalogs.sqlite3")
    with store.read() as conn:
        cat = store.get_catalog(conn, CATALOG)
        if cat is None:
            raise RuntimeError("bench catalog missing")
        parts = [v for _, v in store.iter_vectors(conn, cat.generation, cat.dimension)]
    return np.ascontiguousarray(np.concatenate(parts))
