"""make loadtest: the real service driven past its capacity, open loop, on loopback, bounded in time.

1. Calibrate: the accepted searches per second at 16 callers back to back (the sustainable rate).
2. Then fixed arrival rates (open loop: a request is sent on schedule whether or not earlier ones
   are answered, so a slow server cannot slow the load down): ``normal`` at 0.5x, ``overload`` at
   --factor x (default 4x), ``recovery`` at 0.5x again.

Each request's latency counts from when it was due, so client-side waiting is charged to the server
(no coordinated omission). Pass criteria (exit 1 otherwise): no status but 200 and the documented
503 ``overloaded``, no connection error or timeout; the p99 of accepted requests under overload stays
below --p99-bound seconds; once the load drops, nothing is shed after the first second and the p99
of accepted requests is back within 2x of the normal phase.

Usage: python scripts/bench/loadtest.py [--size 10000] [--factor 4] [--seconds 20] [--json PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
from inputs import CATALOG, ROOT, WORK, benchmark_queries, data_dir, ensure_catalog
from measure import machine

from product_search_harness.service import ServiceProcess, clean_environment

CONNECT_LIMIT = 512


@dataclass
class Outcome:
    due: float  # seconds from phase start
    latency: float
    status: int  # 0: connection error or timeout
    code: str = ""


@dataclass
class Phase:
    name: str
    rate: float
    seconds: float
    outcomes: list[Outcome] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)  # cores used on average: server, load generator

    def summary(self) -> dict[str, Any]:
        accepted = sorted(o.latency for o in self.outcomes if o.status == 200)
        shed = sorted(o.latency for o in self.outcomes if o.status == 503 and o.code == "overloaded")
        other = [o for o in self.outcomes if o.status not in (200, 503) or (o.status == 503 and o.code != "overloaded")]
        total = len(self.outcomes)
        return {
            "offered_rps": round(self.rate, 1),
            "seconds": self.seconds,
            "requests": total,
            "accepted_rps": round(len(accepted) / self.seconds, 1),
            "shed_share": round(len(shed) / total, 4) if total else 0.0,
            "other": sorted({f"{o.status} {o.code}".strip() for o in other}),
            "other_count": len(other),
            "accepted_p50_ms": _ms(accepted, 0.50),
            "accepted_p99_ms": _ms(accepted, 0.99),
            "accepted_max_ms": _ms(accepted, 1.0),
            "shed_p99_ms": _ms(shed, 0.99),
            "shed_after_first_second": sum(1 for o in self.outcomes if o.status == 503 and o.due >= 1.0),
            "cpu_cores": self.cpu,
        }


def _ms(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, int(q * len(sorted_values)))
    return round(sorted_values[index] * 1000, 1)


class Client:
    """A minimal HTTP/1.1 client on asyncio streams with a pool of kept-alive connections."""

    def __init__(self, host: str, port: int, path: str) -> None:
        self.host, self.port, self.path = host, port, path
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.open = 0
        self.slots = asyncio.Semaphore(CONNECT_LIMIT)

    async def post(self, body: bytes, timeout: float = 30.0) -> tuple[int, str]:
        async with self.slots:
            # A kept-alive connection the server has just closed fails before any answer: retry
            # once on a new connection (what HTTP clients do); a new connection failing is an error.
            for attempt in (1, 2):
                conn = self.idle.pop() if attempt == 1 and self.idle else None
                reused = conn is not None
                try:
                    if conn is None:
                        conn = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), timeout)
                        self.open += 1
                    reader, writer = conn
                    head = (
                        f"POST {self.path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n"
                    ).encode()
                    writer.write(head + body)
                    status, close, payload = await asyncio.wait_for(self._response(reader), timeout)
                except (TimeoutError, OSError, EOFError, ValueError) as exc:
                    if conn is not None:
                        conn[1].close()
                        self.open -= 1
                    if reused and isinstance(exc, EOFError | ConnectionError):
                        continue
                    return 0, f"connection error or timeout ({type(exc).__name__})"
                if close:
                    writer.close()
                    self.open -= 1
                else:
                    self.idle.append(conn)
                code = ""
                if status != 200:
                    try:
                        code = json.loads(payload)["error"]["code"]
                    except (ValueError, KeyError, TypeError):
                        code = "unparsable"
                return status, code
            raise AssertionError("unreachable")

    @staticmethod
    async def _response(reader: asyncio.StreamReader) -> tuple[int, bool, bytes]:
        status_line = await reader.readline()
        if not status_line:
            raise EOFError("connection closed before an answer")
        status = int(status_line.split()[1])
        length, close = 0, False
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "connection" and value.strip().lower() == "close":
                close = True
        return status, close, await reader.readexactly(length)


async def closed_loop(client: Client, bodies: list[bytes], callers: int, seconds: float) -> float:
    """Accepted requests per second with ``callers`` back to back (the sustainable rate)."""
    accepted = 0
    deadline = time.monotonic() + seconds

    async def caller(i: int) -> None:
        nonlocal accepted
        n = i
        while time.monotonic() < deadline:
            status, _ = await client.post(bodies[n % len(bodies)])
            accepted += status == 200
            n += callers

    started = time.monotonic()
    await asyncio.gather(*(caller(i) for i in range(callers)))
    return accepted / (time.monotonic() - started)


async def open_loop(client: Client, bodies: list[bytes], phase: Phase, rng: random.Random) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = []

    async def one(due: float, body: bytes) -> None:
        status, code = await client.post(body)
        phase.outcomes.append(Outcome(due, loop.time() - start - due, status, code))

    count = int(phase.rate * phase.seconds)
    for i in range(count):
        due = i / phase.rate
        delay = start + due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(due, rng.choice(bodies))))
    await asyncio.gather(*tasks)


def _cpu_seconds(server_pid: int) -> tuple[float, float]:
    """CPU seconds so far: the service (master and workers), this process (the load generator)."""
    master = psutil.Process(server_pid)
    server = sum(sum(p.cpu_times()[:2]) for p in [master, *master.children(recursive=True)])
    own = resource.getrusage(resource.RUSAGE_SELF)
    return server, own.ru_utime + own.ru_stime


async def drive(url: str, bodies: list[bytes], args: argparse.Namespace, server_pid: int) -> dict[str, Any]:
    host, port = url.removeprefix("http://").split(":")
    client = Client(host, int(port), f"/v1/catalogs/{CATALOG}/search")
    await closed_loop(client, bodies, 16, 3)  # warm every worker's caches
    sustainable = await closed_loop(client, bodies, 16, args.calibrate)
    # Which query body goes next: reproducible, not a secret.
    rng = random.Random(5)  # nosec B311
    phases = [
        Phase("normal", 0.5 * sustainable, args.seconds / 2),
        Phase("overload", args.factor * sustainable, args.seconds),
        Phase("recovery", 0.5 * sustainable, args.seconds / 2),
    ]
    for phase in phases:
        before, started = _cpu_seconds(server_pid), time.monotonic()
        await open_loop(client, bodies, phase, rng)
        after, elapsed = _cpu_seconds(server_pid), time.monotonic() - started
        phase.cpu = {
            "service": round((after[0] - before[0]) / elapsed, 2),
            "load_generator": round((after[1] - before[1]) / elapsed, 2),
        }
    return {"sustainable_rps": round(sustainable, 1), "phases": {p.name: p.summary() for p in phases}}


def verdict(result: dict[str, Any], p99_bound: float) -> list[str]:
    failures = []
    phases = result["phases"]
    for name, s in phases.items():
        if s["other_count"]:
            failures.append(f"{name}: {s['other_count']} answers other than 200 and 503 overloaded: {s['other']}")
    over = phases["overload"]
    if over["shed_share"] == 0:
        failures.append("overload: nothing was shed (the load was not above capacity)")
    if over["accepted_p99_ms"] is None or over["accepted_p99_ms"] > p99_bound * 1000:
        failures.append(f"overload: accepted p99 {over['accepted_p99_ms']} ms above {p99_bound * 1000:.0f} ms")
    rec, normal = phases["recovery"], phases["normal"]
    if rec["shed_after_first_second"]:
        failures.append(f"recovery: {rec['shed_after_first_second']} requests shed after the first second")
    if (rec["accepted_p99_ms"] or 0) > 2 * max(normal["accepted_p99_ms"] or 0, 50.0):
        failures.append(f"recovery: accepted p99 {rec['accepted_p99_ms']} ms vs {normal['accepted_p99_ms']} ms")
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000, help="products in the synthetic catalog")
    parser.add_argument("--factor", type=float, default=4.0, help="overload rate / sustainable rate")
    parser.add_argument("--seconds", type=float, default=20.0, help="overload phase length (the others: half)")
    parser.add_argument("--calibrate", type=float, default=5.0, help="seconds of closed-loop calibration")
    parser.add_argument("--p99-bound", type=float, default=2.0, help="seconds the accepted p99 must stay under")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the result here too")
    args = parser.parse_args()

    backend = "onnx-int8"
    WORK.mkdir(parents=True, exist_ok=True)
    env = {
        "PRODUCT_SEARCH_BACKEND": backend,
        "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
        "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
        or str(ROOT / "var" / "repository"),
        "PRODUCT_SEARCH_LOG_LEVEL": "WARNING",
    }
    ensure_catalog(args.size, clean_environment(env), backend)
    queries = benchmark_queries()
    bodies = [json.dumps({"queries": [q], "top_k": 10}).encode() for q in queries]
    # Default Gunicorn and overload settings: what a deployment gets unless it tunes them.
    server = ServiceProcess(data_dir(args.size, backend), workers=args.workers, env=env)
    server.start()
    try:
        if server.proc is None:
            raise RuntimeError("the service did not start")
        result = asyncio.run(drive(server.url, bodies, args, server.proc.pid))
    finally:
        server.stop()
    result |= {
        "machine": machine(),
        "command": " ".join(["scripts/bench/loadtest.py", *sys.argv[1:]]),
        "catalog_size": args.size,
        "workers": args.workers,
        "factor": args.factor,
    }
    failures = verdict(result, args.p99_bound)
    result["failures"] = failures
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    for name, s in result["phases"].items():
        print(
            f"{name:9s} offered {s['offered_rps']:7.1f}/s accepted {s['accepted_rps']:7.1f}/s "
            f"shed {100 * s['shed_share']:5.1f}% p50 {s['accepted_p50_ms']} ms p99 {s['accepted_p99_ms']} ms "
            f"(shed p99 {s['shed_p99_ms']} ms) other {s['other_count']} cpu {s['cpu_cores']}",
            file=sys.stderr,
        )
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"PASSED (sustainable {result['sustainable_rps']}/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
