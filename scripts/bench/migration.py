"""make bench-migration: what a model migration costs a running service, measured on the real thing.

A Gunicorn service (``make run``'s defaults: 2 workers, hybrid search) over a repository of two real
versions (all-minilm-l6-v2:1, and :2 with E5-style prompts: every vector differs) serves a realistic
catalog (synthetic hardware: brands, kinds, sizes, materials, standards repeat). One client sends one
search at a time (a kept-alive connection) for ``--seconds``; then a migration to version 2 starts and the
same client goes on until it has switched. Reported: search p50/p99 without and during the migration
and their ratio (target: p99 within 2x), the migration's duration and rate, failed searches (must be 0),
and the service's PSS with one and with two versions loaded (the cost of one more loaded version).

Usage: python scripts/bench/migration.py [--size 20000] [--seconds 20] [--duty 0.5] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import requests
from inputs import ROOT
from measure import machine

from product_search.encoding.repository import ModelRepository
from product_search_harness.model_versions import two_version_repository
from product_search_harness.service import ServiceProcess
from product_search_harness.synthetic import generate

ADMIN_KEY = "bench-admin-key-local"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
QUERIES = [
    "stainless hex bolt M8", "cordless drill 18V", "brass elbow 1/2", "cutting disc 125", "wood screw 4x40",
    "safety gloves size 9", "pipe wrench 14 inch", "DIN 934 nut M10", "hss drill bit 6mm", "cable ties 300mm",
]  # fmt: skip


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def search_until(session: requests.Session, url: str, done: threading.Event | float) -> tuple[list[float], int]:
    """Latencies (ms) of sequential searches until ``done`` is set (or that many seconds passed); failures."""
    latencies: list[float] = []
    failures = 0
    deadline = time.monotonic() + done if isinstance(done, float) else None
    i = 0
    while (deadline is None or time.monotonic() < deadline) and not (
        isinstance(done, threading.Event) and done.is_set()
    ):
        started = time.perf_counter()
        resp = session.post(url, json={"queries": [QUERIES[i % len(QUERIES)]], "top_k": 10}, timeout=30)
        latencies.append((time.perf_counter() - started) * 1000)
        failures += resp.status_code != 200
        i += 1
    return latencies, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--duty", type=float, default=0.5, help="PRODUCT_SEARCH_MIGRATION_DUTY")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-migration-") as tmp:
        source = ModelRepository(ROOT / "var" / "repository")
        if not source.versions("all-minilm-l6-v2"):
            sys.exit("run `make test` or `product-search models list` first: var/repository has no version 1")
        repository = two_version_repository(
            Path(tmp) / "repository", source.model_dir(source.resolve("all-minilm-l6-v2:1"))
        )
        service = ServiceProcess(
            Path(tmp) / "data", workers=2, log=Path(tmp) / "service.log",
            env={
                "PRODUCT_SEARCH_MODEL_REPOSITORY": str(repository.root), "PRODUCT_SEARCH_ADMIN_KEYS": ADMIN_KEY,
                "PRODUCT_SEARCH_WRITE_RATE": "0", "PRODUCT_SEARCH_MIGRATION_DUTY": str(args.duty),
                "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
            },
        )  # fmt: skip
        service.start()
        try:
            products = [{"id": p.id, "description": p.description} for p in generate(args.size, 11, part_numbers=True)]
            started = time.perf_counter()
            for start in range(0, len(products), 1000):
                resp = service.post(
                    "/v1/catalogs/bench/products",
                    {"products": products[start : start + 1000]},
                    headers=ADMIN,
                    timeout=600,
                )
                resp.raise_for_status()
            upload_s = time.perf_counter() - started
            session = requests.Session()
            url = service.url + "/v1/catalogs/bench/search"
            search_until(session, url, 2.0)  # warm: indexes loaded in both workers
            pss_one = service.pss_bytes()
            before, failed_before = search_until(session, url, args.seconds)

            switched = threading.Event()
            job = service.post("/v1/catalogs/bench/migrations", {"model": "all-minilm-l6-v2:2"}, headers=ADMIN).json()
            migration_started = time.perf_counter()
            status: dict[str, Any] = {}

            def watch() -> None:
                nonlocal status
                while True:
                    status = service.get(f"/v1/catalogs/bench/migrations/{job['id']}").json()
                    if status["state"] != "running":
                        switched.set()
                        return
                    time.sleep(0.2)

            watcher = threading.Thread(target=watch)
            watcher.start()
            during, failed_during = search_until(session, url, switched)
            watcher.join()
            migration_s = time.perf_counter() - migration_started
            search_until(session, url, 2.0)  # both workers load version 2
            pss_two = service.pss_bytes()
        finally:
            service.stop()

    def summary(latencies: list[float], failed: int) -> dict[str, Any]:
        return {
            "searches": len(latencies), "p50_ms": round(statistics.median(latencies), 2),
            "p99_ms": round(percentile(latencies, 0.99), 2), "failed": failed,
        }  # fmt: skip

    report: dict[str, Any] = {
        "machine": machine(),
        "command": " ".join(["python", *sys.argv]),
        "catalog_size": args.size,
        "upload_products_per_s": round(args.size / upload_s, 1),
        "duty": args.duty,
        "without_migration": summary(before, failed_before),
        "during_migration": summary(during, failed_during),
        "migration": {
            "state": status.get("state"), "seconds": round(migration_s, 1),
            "products_per_s": round(args.size / migration_s, 1),
        },
        "pss_mb": {"one_version": round(pss_one / 2**20), "two_versions": round(pss_two / 2**20)},
    }  # fmt: skip
    report["p99_ratio"] = round(report["during_migration"]["p99_ms"] / report["without_migration"]["p99_ms"], 2)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    if failed_before or failed_during or status.get("state") != "switched":
        sys.exit(1)


if __name__ == "__main__":
    main()
