"""A client that searches and writes through a whole deploy sequence, then checks nothing acknowledged was lost.

    DEPLOY_CLIENT_READ_KEY=K DEPLOY_CLIENT_ADMIN_KEY=K python scripts/deploy_client.py --url http://127.0.0.1:PORT \\
        --stop-file PATH --report reports/deploy-client.json

Used by `make deploy-check` (docker/ci/deploy-check.sh): started once the first release serves, stopped (the stop
file appears) after the last rollback. Two searchers on kept-alive connections, as a calling service holds them,
and one writer that upserts a product every half second. Any answer other than 200 (201 for a write), or no answer,
is a failed request, kept with its time and reason. At the end every acknowledged write must be readable and
found by a search for its own text. The keys come from the environment (not the command line: ps shows it).
The report's last line is JSON; exit status 1 on any failed request or lost write.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_products.csv"
SLOW, SLOW_KEPT = 2.0, 50  # seconds past which an answer is reported, and how many at most per thread
QUERIES = ("claw hammer", "tape measure 25ft", "m8 hex bolt stainless", "cordless drill", "safety gloves")


@dataclass
class Tally:
    """What one thread saw; merged at the end."""

    sent: int = 0
    failures: list[dict[str, object]] = field(default_factory=list)
    acknowledged: dict[str, str] = field(default_factory=dict)  # id -> description
    served_by: dict[str, int] = field(default_factory=dict)  # the edge's X-Served-By: which slot answered
    slowest: float = 0.0  # seconds, of the answered requests
    slow: list[dict[str, object]] = field(default_factory=list)  # the answers that took over SLOW seconds

    def fail(self, started: float, what: str, reason: str) -> None:
        self.failures.append({"at": round(started, 3), "request": what, "reason": reason[:200]})

    def answered(self, started: float, what: str, answer: requests.Response) -> None:
        """Count an answer's time; a slow one is kept with when it was sent and which node answered, so that a
        slow answer can be laid beside the deploy step that was running (reports/deploy-check.json)."""
        took = time.time() - started
        self.slowest = max(self.slowest, took)
        if took > SLOW and len(self.slow) < SLOW_KEPT:
            node = answer.headers.get("X-Served-By", "none")
            self.slow.append({"at": round(started, 3), "seconds": round(took, 3), "request": what, "node": node,
                              "status": answer.status_code})  # fmt: skip


def session(key: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {key}"
    return s


def load_catalog(url: str, admin_key: str, catalog: str) -> int:
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        products = [{"id": row["id"], "description": row["description"]} for row in csv.DictReader(fh)]
    # The edge's published port may refuse for a moment after its container starts (Docker's proxy for the port
    # comes up after the container answers inside its network): retried while refused, bounded. Nothing was sent
    # when a connection is refused, so nothing acknowledged can be lost by the retry.
    deadline = time.monotonic() + 60
    while True:
        try:
            answer = session(admin_key).post(
                f"{url}/v1/catalogs/{catalog}/products", json={"products": products}, timeout=300
            )
            break
        except requests.ConnectionError as exc:
            if "refused" not in str(exc).lower() or time.monotonic() > deadline:
                raise  # anything but a refused connection may have reached the service: not retried
            time.sleep(0.5)
    answer.raise_for_status()
    return len(products)


def search(url: str, key: str, catalog: str, stop: threading.Event, tally: Tally) -> None:
    s = session(key)
    n = 0
    while not stop.is_set():
        query = QUERIES[n % len(QUERIES)]
        n += 1
        started = time.time()
        tally.sent += 1
        try:
            answer = s.post(f"{url}/v1/catalogs/{catalog}/search", json={"queries": [query], "top_k": 5}, timeout=30)
            node = answer.headers.get("X-Served-By", "none")
            tally.served_by[node] = tally.served_by.get(node, 0) + 1
            tally.answered(started, f"search {query!r}", answer)
            if answer.status_code != 200 or not answer.json()["results"][0]:
                tally.fail(started, f"search {query!r}", f"{answer.status_code} {answer.text}")
        except Exception as exc:  # any failure is counted; none ends the thread unseen
            tally.fail(started, f"search {query!r}", repr(exc))


def write(url: str, key: str, catalog: str, stop: threading.Event, tally: Tally) -> None:
    s = session(key)
    n = 0
    while not stop.wait(0.5):
        n += 1
        product = {
            "id": f"deploy-{n}",
            "description": f"Deploy check record {n}: shipping carton label roll, pack of {n}",
        }
        started = time.time()
        tally.sent += 1
        try:
            answer = s.post(f"{url}/v1/catalogs/{catalog}/products", json={"products": [product]}, timeout=60)
            tally.answered(started, f"write {product['id']}", answer)
            if answer.status_code in (200, 201):
                tally.acknowledged[product["id"]] = product["description"]
            else:
                tally.fail(started, f"write {product['id']}", f"{answer.status_code} {answer.text}")
        except Exception as exc:  # any failure is counted; none ends the thread unseen
            tally.fail(started, f"write {product['id']}", repr(exc))


def lost_writes(url: str, key: str, catalog: str, products: dict[str, str]) -> list[str]:
    """Acknowledged products that cannot be read back, or that a search for their own text does not find (the
    serving index missed the write). Lexical: each text's record number is its own word."""
    s = session(key)
    lost = []
    for pid, text in products.items():
        if s.get(f"{url}/v1/catalogs/{catalog}/products/{pid}", timeout=30).status_code != 200:
            lost.append(pid)
            continue
        body = {"queries": [text], "top_k": 3, "mode": "lexical"}
        answer = s.post(f"{url}/v1/catalogs/{catalog}/search", json=body, timeout=30)
        if answer.status_code != 200 or pid not in [hit["id"] for hit in answer.json()["results"][0]]:
            lost.append(pid)
    return lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--catalog", default="deploy-check")
    parser.add_argument("--stop-file", type=Path, required=True, help="the client stops when this file exists")
    parser.add_argument("--report", type=Path, required=True)
    parser.add_argument("--searchers", type=int, default=2)
    args = parser.parse_args()
    read_key, admin_key = os.environ["DEPLOY_CLIENT_READ_KEY"], os.environ["DEPLOY_CLIENT_ADMIN_KEY"]

    loaded = load_catalog(args.url, admin_key, args.catalog)
    stop = threading.Event()
    tallies = [Tally() for _ in range(args.searchers + 1)]
    threads = [threading.Thread(target=search, args=(args.url, read_key, args.catalog, stop, t)) for t in tallies[:-1]]
    threads.append(threading.Thread(target=write, args=(args.url, admin_key, args.catalog, stop, tallies[-1])))
    started = time.time()
    print(json.dumps({"client": "started", "catalog": args.catalog, "products": loaded}), flush=True)
    for t in threads:
        t.start()
    while not args.stop_file.exists():
        time.sleep(0.2)
    stop.set()
    for t in threads:
        t.join()
    acknowledged = tallies[-1].acknowledged
    lost = lost_writes(args.url, read_key, args.catalog, acknowledged)
    nodes = {n for t in tallies for n in t.served_by}
    failures = sorted((f for t in tallies for f in t.failures), key=lambda f: float(str(f["at"])))
    report = {
        "seconds": round(time.time() - started, 1),
        "requests": sum(t.sent for t in tallies),
        "searches": sum(t.sent for t in tallies[:-1]),
        "served_by": {n: sum(t.served_by.get(n, 0) for t in tallies) for n in sorted(nodes)},
        "writes_acknowledged": len(acknowledged),
        "writes_lost": lost,
        "slowest_seconds": round(max(t.slowest for t in tallies), 3),
        "slow_answers": sorted((a for t in tallies for a in t.slow), key=lambda a: -float(str(a["seconds"])))[:20],
        "failed": len(failures),
        "failures": failures[:50],
    }
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k not in ("failures", "slow_answers")}), flush=True)
    return 1 if failures or lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
