"""What a stored API key costs a search, beside an environment key, in one run (issue 33's bound: at most 0.2 ms).

    .venv/bin/python scripts/bench/keys.py [--requests 2000] [--json FILE]

Starts the service (Gunicorn, one worker) on a temporary data dir with a small catalog, creates a stored key
with the ``search`` action through ``/v1/keys``, then sends the same search alternately with the environment read
key and the stored key over one kept-alive connection each, and reports the medians and their difference, with
the worker's own time (``Server-Timing``) beside the client's. The first request of each key is left out (the
stored key's one scrypt check per worker).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import requests
from measure import emit, machine

from product_search_harness.service import ServiceProcess

ADMIN_KEY = "bench-admin-key-local-0123456789"
READ_KEY = "bench-read-key-local-0123456789"
PRODUCTS = [{"id": f"p{n}", "description": f"hex bolt M{n % 20 + 3}x{10 + n % 50} zinc plated"} for n in range(500)]


def timed(session: requests.Session, url: str, key: str) -> tuple[float, float]:
    started = time.perf_counter()
    resp = session.post(url, json={"queries": ["hex bolt m8"], "top_k": 10}, headers={"Authorization": f"Bearer {key}"})
    took = time.perf_counter() - started
    resp.raise_for_status()
    server = float(resp.headers["Server-Timing"].split("dur=")[1])
    return took * 1000, server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    env = {
        "PRODUCT_SEARCH_ADMIN_KEYS": ADMIN_KEY,
        "PRODUCT_SEARCH_READ_KEYS": READ_KEY,
        "PRODUCT_SEARCH_OPEN_READS": "0",
        "PRODUCT_SEARCH_WRITE_RATE": "0",
        "PRODUCT_SEARCH_LOG_LEVEL": "WARNING",
    }
    with tempfile.TemporaryDirectory(prefix="keys-bench-") as tmp:
        service = ServiceProcess(Path(tmp) / "data", workers=1, env=env)
        service.start()
        try:
            admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
            service.post("/v1/catalogs/bench/products", {"products": PRODUCTS}, headers=admin).raise_for_status()
            made = service.post("/v1/keys", {"name": "bench", "actions": ["search"], "catalogs": ["*"]}, headers=admin)
            made.raise_for_status()
            stored = made.json()["secret"]
            url = f"{service.url}/v1/catalogs/bench/search"
            sessions = {"environment key": requests.Session(), "stored key": requests.Session()}
            keys = {"environment key": READ_KEY, "stored key": stored}
            for name, session in sessions.items():
                timed(session, url, keys[name])  # the scrypt check, once per worker
            client: dict[str, list[float]] = {name: [] for name in keys}
            server: dict[str, list[float]] = {name: [] for name in keys}
            for _ in range(args.requests):
                for name, session in sessions.items():
                    c, s = timed(session, url, keys[name])
                    client[name].append(c)
                    server[name].append(s)
        finally:
            service.stop()
    report: dict[str, Any] = {"machine": machine(), "requests": args.requests}
    for name in keys:
        report[name] = {"client_ms_median": round(statistics.median(client[name]), 4),
                        "server_ms_median": round(statistics.median(server[name]), 4)}  # fmt: skip
    for side in ("client_ms_median", "server_ms_median"):
        report[f"stored minus environment ({side})"] = round(
            report["stored key"][side] - report["environment key"][side], 4
        )
    emit(report, args.json)


if __name__ == "__main__":
    main()
