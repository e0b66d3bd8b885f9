"""What a search ``filter`` costs in the store: metadata, class and feature-range filters over a classified catalog.

    .venv/bin/python scripts/bench/filters.py [--size 200000] [--postgres] [--json FILE]

Stores ``--size`` products (random vectors, no model) whose metadata carries an ETIM-style class (one of 50) and
8 features with units (mm, cm, MMT), as a BMEcat import stores them, in SQLite (and in a real PostgreSQL server
with ``--postgres``: Debian's postgresql-15, started by the test harness). Then times
``CatalogStore.filtered_pks`` for each filter (best of 3), beside the raw work of reading every row's key and
metadata once (``SELECT pk, metadata``), in the same run; and the one write of every product (what keeping
the structure tables costs an import). A search pays this once per catalog version and
filter: the searcher keeps the last 32 filters' products.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from measure import emit, machine

from product_search.storage.store import CatalogStore, ModelBinding, NewProduct

DIM = 8
FILTERS: dict[str, dict[str, Any]] = {
    "metadata key": {"brand": "Acme 7"},
    "class": {"class": "EC000007"},
    "feature range (unit)": {"feature": {"diameter": {"gte": 6, "lte": 10, "unit": "mm"}}},
    "feature range (no unit)": {"feature": {"diameter": {"gte": 6, "lte": 10}}},
    "class + 2 features": {
        "class": "EC000007",
        "feature": {"diameter": {"gte": 6, "unit": "mm"}, "length": {"lte": 20, "unit": "cm"}},
    },
}


def products(size: int) -> list[NewProduct]:
    units = ("mm", "cm", "MMT")
    out = []
    for n in range(size):
        features = [
            {"name": name, "values": [float((n * (k + 3)) % 97)], "unit": units[(n + k) % 3]}
            for k, name in enumerate(("Diameter", "Length", "Width", "Height", "Depth", "Thread", "Pitch", "Reach"))
        ]
        metadata = {
            "brand": f"Acme {n % 20}",
            "classes": [{"system": "ETIM-9.0", "id": f"EC{n % 50:06d}", "name": f"Class {n % 50}"}],
            "features": features,
        }
        out.append(NewProduct(f"p{n}", f"product {n}", metadata))
    return out


def measure(store: CatalogStore, size: int) -> dict[str, Any]:
    bind = ModelBinding("m:1", "fp", {"id": "fp"}, DIM)
    items = products(size)
    started = time.perf_counter()
    with store.write() as conn:
        store.create_catalog(conn, "bench", bind)
        gen = store.get_catalog(conn, "bench").generation  # type: ignore[union-attr]
        for start in range(0, size, 20_000):
            chunk = items[start : start + 20_000]
            store.upsert_products(conn, "bench", chunk, {gen: np.ones((len(chunk), DIM), np.float32)})
    written = time.perf_counter() - started

    def best(run: Any) -> tuple[float, int]:
        times, count = [], 0
        for _ in range(3):
            started = time.perf_counter()
            with store.read() as conn:
                count = run(conn)
            times.append(time.perf_counter() - started)
        return min(times), count

    raw, _ = best(
        lambda conn: sum(1 for _ in conn.execute("SELECT pk, metadata FROM products WHERE catalog = ?", ("bench",)))
    )
    out: dict[str, Any] = {
        "write every product (once)": {"seconds": round(written, 3)},
        "read every row (raw work)": {"seconds": round(raw, 3)},
    }
    for name, spec in FILTERS.items():
        took, kept = best(lambda conn, spec=spec: len(store.filtered_pks(conn, "bench", spec)))
        out[name] = {"seconds": round(took, 3), "kept": kept, "x_raw": round(took / raw, 2)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report: dict[str, Any] = {"machine": machine(), "size": args.size}
    with tempfile.TemporaryDirectory(prefix="filters-bench-") as tmp:
        store = CatalogStore.open(None, Path(tmp))
        report["sqlite"] = measure(store, args.size)
        store.close()
        if args.postgres:
            from product_search_harness.local_cluster import PostgresServer

            server = PostgresServer().init().start()
            try:
                store = CatalogStore.open(server.create_database("bench"), Path(tmp) / "pg")
                report["postgresql"] = measure(store, args.size)
                store.close()
            finally:
                server.destroy()
    emit(report, args.json)


if __name__ == "__main__":
    main()
