"""Concurrent searches with and without query batching, beside the raw work, measured in one run.

    .venv/bin/python scripts/bench/batching.py [--size 20000] [--duration 10] [--rounds 3] [--json FILE]

The raw work (in this process, the service's model and index called directly, one thread as each worker has):
one query encoded alone and in a batch of 16; exact top-10 over the catalog's vectors for 1 query and for 16.
Then the service (Gunicorn as `make run` starts it: 2 workers; dense searches of one query per request, each
client a kept-alive connection calling back to back) at 1, 4 and 16 clients, first with
``PRODUCT_SEARCH_QUERY_BATCHING=0`` and then with it on, on the same catalog (``product_search_harness.synthetic``
with part numbers: many products share brand, kind, size and material). Numbers go to stdout and ``--json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import requests
from inputs import ADMIN_KEY, CATALOG, benchmark_queries, data_dir, ensure_catalog, stored_corpus
from measure import closed_loop, machine, serving

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search_harness.service import clean_environment

BACKEND = "onnx"  # batching is exact (and on) for fp32 ONNX only
CLIENTS = (1, 4, 16)


def raw_work(size: int, queries: list[str]) -> dict[str, float]:
    """ms per query: encoding alone and in a batch of 16; exact top-10 for 1 query and per query of 16."""
    settings = replace(Settings.from_env(clean_environment()), data_dir=data_dir(size, BACKEND), backend=BACKEND)
    encoder = Encoder(settings, threads=1)
    corpus = stored_corpus(size, BACKEND)
    sixteen = [queries[i : i + 16] for i in range(0, 16 * 20, 16)]
    for group in sixteen[:2]:
        encoder.encode(group, "query")

    def per_query(fn: Any, groups: list[list[str]]) -> float:
        started = time.perf_counter()
        n = sum(fn(g) for g in groups)
        return 1000 * (time.perf_counter() - started) / n

    def topk(vectors: np.ndarray) -> int:
        scores = vectors @ corpus.T
        np.argpartition(-scores, 10, axis=1)[:, :10]
        return len(vectors)

    singles = [[q] for group in sixteen for q in group]
    vectors = encoder.encode([q for g in sixteen for q in g], "query")
    return {
        "encode_alone_ms": round(per_query(lambda g: len(encoder.encode(g, "query")), singles), 3),
        "encode_batch16_ms": round(per_query(lambda g: len(encoder.encode(g, "query")), sixteen), 3),
        "topk_alone_ms": round(per_query(lambda g: topk(vectors[:1]), singles), 3),
        "topk_batch16_ms": round(per_query(lambda g: topk(vectors[:16]), sixteen), 3),
    }


def service_points(size: int, queries: list[str], batching: bool, duration: float) -> dict[str, dict[str, float]]:
    env = {**clean_environment(), "PRODUCT_SEARCH_BACKEND": BACKEND, "PRODUCT_SEARCH_OPEN_READS": "1",
           "PRODUCT_SEARCH_QUERY_BATCHING": "1" if batching else "0"}  # fmt: skip
    out: dict[str, dict[str, float]] = {}
    with serving(size, env, BACKEND, workers=2, threads=8) as (service, _ready):
        local = threading.local()
        url = f"{service.url}/v1/catalogs/{CATALOG}/search"

        def call(body: list[str]) -> None:
            session = getattr(local, "session", None)
            if session is None:
                session = local.session = requests.Session()
            resp = session.post(url, json={"queries": body, "top_k": 10, "mode": "dense"}, timeout=30)
            if resp.status_code != 200:
                raise RuntimeError(resp.status_code)

        bodies = [[q] for q in queries]
        for body in bodies[:50]:
            call(body)  # warm both workers' indexes and sessions
        for clients in CLIENTS:
            point = closed_loop(call, bodies, clients, duration)
            out[f"c{clients}"] = {k: round(v, 2) for k, v in point.items()}
            print(f"  batching {'on ' if batching else 'off'} {clients:>2} clients: {out[f'c{clients}']}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3, help="off/on rounds; each point's median is reported")
    parser.add_argument("--json", type=Path, default=Path("reports/batching.json"))
    args = parser.parse_args()
    env = {**clean_environment(), "PRODUCT_SEARCH_ADMIN_KEYS": ADMIN_KEY}
    ensure_catalog(args.size, env, BACKEND)
    queries = benchmark_queries(1000)
    raw = raw_work(args.size, queries)
    print(f"raw work (ms per query, one thread): {raw}", flush=True)
    results: dict[str, Any] = {"machine": machine(), "size": args.size, "backend": BACKEND, "raw": raw}
    rounds: dict[str, list[dict[str, dict[str, float]]]] = {"off": [], "on": []}
    for _ in range(args.rounds):  # off and on alternately: a noisy neighbour hits both alike
        for batching in (False, True):
            rounds["on" if batching else "off"].append(service_points(args.size, queries, batching, args.duration))
    for key, runs in rounds.items():
        results[key] = {
            point: {k: round(statistics.median(run[point][k] for run in runs), 2) for k in runs[0][point]}
            for point in runs[0]
        }
    for clients in CLIENTS:
        off, on = results["off"][f"c{clients}"], results["on"][f"c{clients}"]
        print(
            f"{clients:>2} clients: off {off['rps']:.1f} req/s p99 {off['p99_ms']:.1f} ms | "
            f"on {on['rps']:.1f} req/s p99 {on['p99_ms']:.1f} ms | x{on['rps'] / results['on']['c1']['rps']:.2f} "
            "the 1-client rate"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
