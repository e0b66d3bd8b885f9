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

Modules: ``inputs`` (catalog, queries, bodies), ``measure`` (wrk, closed loops, recall, the service
through ``product_search_harness.service``), ``peers`` (naive path, infinity-emb), ``report`` (markdown).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import Any

import fidelity
import hotpath
import million
from inputs import ROOT, WORK, benchmark_queries, bodies_file, ensure_catalog
from measure import Load, index_recall, machine, median_of, run_wrk, serving, upload_rate
from peers import INFINITY, naive, peer
from report import render

from product_search.config import Settings


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
    parser.add_argument("--backend", default="", help="torch | onnx | onnx-int8 (default: the service's default)")
    parser.add_argument("--hotpath-sizes", default="20000,100000", help="each endpoint beside in process ('': skip)")
    parser.add_argument("--million", type=int, default=1_000_000, help="products of the memory/start run (0: skip)")
    parser.add_argument("--no-fidelity", action="store_true", help="skip the scores against sentence-transformers")
    parser.add_argument(
        "--modes", default="hybrid,dense", help="search modes to measure; the first is compared with the others"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    WORK.mkdir(parents=True, exist_ok=True)
    env = hotpath.bench_env(args.backend)
    args.backend = Settings.from_env(env).backend
    sizes = [int(s) for s in args.sizes.split(",") if s]
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
        # Re-measure only --sizes; the other sizes keep their numbers and their own commit/date/command;
        # so do the sections skipped this time.
        before = json.loads(previous.read_text())
        report["sizes"] = {k: v for k, v in before["sizes"].items() if int(k) not in sizes}
        report |= {k: before[k] for k in ("hotpath", "fidelity", "million") if k in before}
    stamp = {k: report["machine"][k] for k in ("commit", "date")} | {"command": report["command"]}
    if args.hotpath_sizes:
        report["hotpath"] = stamp | hotpath.run(
            env,
            [int(s) for s in args.hotpath_sizes.split(",")],
            queries=300,
            modes=["dense", "hybrid"],
            similarity=[3, 10, 100, 500, 2000],
            repeat=30,
            ingest=3000,
        )
    if not args.no_fidelity:
        print("== fidelity", flush=True)
        report["fidelity"] = stamp | fidelity.measure(Settings.from_env(env), ["onnx", "onnx-int8"], 200, 1000)
    if args.million:
        report["million"] = stamp | million.run(env, args.million, 20000)
    container = ROOT / "reports" / "container.json"  # make container-check
    if container.exists():
        report["image"] = json.loads(container.read_text())
    for size in sizes:
        print(f"== {size} products", flush=True)
        entry: dict[str, Any] = {"ingest": ensure_catalog(size, env, args.backend)}
        entry["measured"] = {k: report["machine"][k] for k in ("commit", "date")} | {"command": report["command"]}
        with serving(size, env, args.backend, args.workers, args.threads) as (server, ready):
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
            with serving(size, env, args.backend, args.pss_workers, args.threads) as (server, ready):
                run_wrk(server.url, bodies[1, modes[0]], 16, args.duration)
                pss = round(server.pss_bytes() / 1e6, 1)
                entry["pss_workers"] = {"workers": args.pss_workers, "ready_seconds": round(ready, 2), "pss_mb": pss}
                print(f"   {args.pss_workers} workers: {entry['pss_workers']}", flush=True)
        entry["index"] = index_recall(size, queries, env, args.backend)
        print(f"   index: {entry['index']}", flush=True)
        if not args.no_naive:
            print("   naive path (in process, torch)", flush=True)
            entry["naive"] = naive(size, queries, env, load, args.backend)
        if not args.no_peer:
            if INFINITY.exists():
                print("   infinity-emb peer", flush=True)
                entry["peer"] = peer(size, queries, load, args.backend)
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
