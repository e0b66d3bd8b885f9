"""Each endpoint beside the same work done in process, measured in one run: what HTTP and the service add.

    .venv/bin/python scripts/bench/hotpath.py [--sizes 20000,100000] [--queries 300] [--json reports/hotpath.json]

- **search** (per catalog size and mode): every query, one per request, alternately through the service
  (Gunicorn as `make run` starts it, one kept-alive connection; the worker's own time from its Server-Timing
  header) and through the same pipeline in this process (``Catalogs.search``: encode, index, rank, fetch;
  one thread, as each of the 2 workers has). Also a new connection per request. In dense mode also the
  **raw work** of the same query: tokenizer -> ONNX Runtime at one thread -> pooling (the direct path of the
  encoder the pipeline uses for the catalog: same model version, session and prompt) -> exact top-10 of the
  catalog's stored vectors with NumPy (one BLAS thread), what issue 31 holds an answer's cost against
  (``end_to_end_vs_raw``); for exact catalogs only (below ``PRODUCT_SEARCH_IVF_THRESHOLD``).
- **similarity** (1 query x n descriptions): the endpoint against encoding the same texts in process with the
  same backend (query session, document session with every core, as the service does) and against the use
  case's own code (sentence-transformers with torch, ``util.semantic_search``).
- **ingestion**: the upload endpoint's products/s against encoding the same new descriptions in process with
  every core, batch by batch alternately.

Catalogs: ``product_search_harness.synthetic`` with part numbers (brand, kind, M-size, material, DIN/ISO, pack size
repeat across products), loaded once with the CLI; 20,000 products get the exact index, 100,000 the IVF one.
Queries: WANDS shop queries and the buyer-style queries of data/buyers (type + size + material, typos, codes).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from inputs import ADMIN_KEY, CATALOG, ROOT, WANDS, data_dir, ensure_catalog, stored_corpus
from measure import machine, serving

from product_search.config import Settings
from product_search_harness.service import clean_environment
from product_search_harness.synthetic import generate

BUYERS = ROOT / "data" / "buyers" / "queries.jsonl"


def buyer_queries(count: int) -> list[str]:
    """Queries as buyers write them: WANDS shop queries and data/buyers, interleaved."""
    wands = [row.split("\t")[1] for row in WANDS.read_text(encoding="utf-8").splitlines()[1:]] if WANDS.exists() else []
    with BUYERS.open(encoding="utf-8") as fh:
        buyers = [json.loads(line)["text"] for line in fh]
    mixed = [q for pair in zip(buyers, wands, strict=False) for q in pair] + buyers[len(wands) :] + wands[len(buyers) :]
    return mixed[:count]


class Client:
    """One HTTP/1.1 connection kept alive (or a new one per request), as little client code as possible."""

    IDLE = 4.0  # seconds: Gunicorn closes a kept-alive connection idle for 5 (gunicorn_conf.keepalive)

    def __init__(self, port: int, *, keep_alive: bool = True) -> None:
        self.port, self.keep_alive = port, keep_alive
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.used = time.monotonic()

    def post(self, path: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[float, float, Any]:
        """``(end-to-end ms, server ms, parsed body)``."""
        payload = json.dumps(body).encode()
        if not self.keep_alive or time.monotonic() - self.used > self.IDLE:
            # A new connection per request, or one the server is about to close: opened before the clock runs
            # for a kept-alive measurement, inside it for a new-connection one.
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
            if self.keep_alive:
                self.conn.connect()
        started = time.perf_counter()
        self.conn.request("POST", path, payload, {"Content-Type": "application/json", **(headers or {})})
        resp = self.conn.getresponse()
        data = resp.read()
        elapsed = (time.perf_counter() - started) * 1000
        if resp.status >= 300:
            raise RuntimeError(f"{path}: {resp.status} {data[:300]!r}")
        server = float(resp.getheader("Server-Timing", "app;dur=nan").partition("dur=")[2])
        self.used = time.monotonic()
        return elapsed, server, json.loads(data)


def p50(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def pair(local: list[float], server: list[float], e2e: list[float]) -> dict[str, float]:
    """The medians of one endpoint's three timings (ms) and the server's against the work in process."""
    return {
        "in_process_p50_ms": p50(local),
        "server_p50_ms": p50(server),
        "end_to_end_p50_ms": p50(e2e),
        "server_ratio": ratio(p50(server), p50(local)),
    }


def in_process(settings: Settings) -> Any:
    """The service's own search pipeline in this process, sized like one worker (1 thread)."""
    from threadpoolctl import threadpool_limits

    from product_search.catalogs import Catalogs
    from product_search.encoding.models import LoadedModels

    threadpool_limits(1, user_api="blas")
    return Catalogs.from_settings(settings, LoadedModels(settings, threads=1))


def raw_search(catalogs: Any, settings: Settings, size: int) -> Callable[[str], npt.NDArray[np.int64]] | None:
    """The raw work of a one-query dense search (see the module docstring): the top 10 rows, best first. The
    encoder the pipeline uses for the catalog (its model version, its one-thread session, its query prompt);
    None where the catalog is searched by IVF (the raw work is an exact search) or the backend has no direct
    path (torch)."""
    if settings.ivf_threshold and size >= settings.ivf_threshold:
        return None
    with catalogs.store.read() as conn:
        encoder = catalogs.lookup.encoder(catalogs.lookup.require(conn, CATALOG))
    if encoder._fast is None:
        return None
    prompt = encoder.prompt("query")
    corpus = stored_corpus(size, settings.backend)
    k = min(10, len(corpus))

    def search(query: str) -> npt.NDArray[np.int64]:
        vector = encoder._encode_fast([prompt + query])[0]  # tokenizer, the session's run, pooling: nothing else
        scores = corpus @ vector
        top = np.argpartition(-scores, k - 1)[:k]
        return top[np.argsort(-scores[top])]

    return search


def search_pairs(
    port: int, catalogs: Any, queries: list[str], modes: list[str], raw: Callable[[str], Any] | None = None
) -> dict[str, Any]:
    keep, fresh = Client(port), Client(port, keep_alive=False)
    out: dict[str, Any] = {}
    for mode in modes:
        local, e2e, server, new_conn, bare = [], [], [], [], []
        for i, q in enumerate(queries):
            body = {"queries": [q], "top_k": 10, "mode": mode}
            if raw is not None and mode == "dense":
                started = time.perf_counter()
                raw(q)
                bare.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            expected = catalogs.search(CATALOG, [q], 10, mode=mode)
            local.append((time.perf_counter() - started) * 1000)
            total, own, got = keep.post(f"/v1/catalogs/{CATALOG}/search", body)
            e2e.append(total)
            server.append(own)
            if [h["id"] for h in got["results"][0]] != [h.id for h in expected.results[0]]:
                raise RuntimeError(f"{mode} {q!r}: the service and the pipeline in process disagree")
            if i % 4 == 0:
                new_conn.append(fresh.post(f"/v1/catalogs/{CATALOG}/search", body)[0])
        out[mode] = pair(local, server, e2e) | {
            "new_connection_p50_ms": p50(new_conn),
            "end_to_end_ratio": ratio(p50(e2e), p50(local)),
            "queries": len(queries),
        }
        if bare:
            out[mode] |= {
                "raw_work_p50_ms": p50(bare),
                "in_process_vs_raw": ratio(p50(local), p50(bare)),
                "end_to_end_vs_raw": ratio(p50(e2e), p50(bare)),
            }
        print(f"   search {mode}: {out[mode]}", flush=True)
    return out


def similarity_pairs(port: int, settings: Settings, query: str, sizes: list[int], repeat: int) -> dict[str, Any]:
    from sentence_transformers import util

    from product_search.encoding.models import LoadedModels
    from product_search.search.similarity import rank_descriptions

    encoder = LoadedModels(settings, threads=1).default()[1]
    # The use case's own code: sentence-transformers with torch, every core.
    model = LoadedModels(replace(settings, backend="torch")).default()[1].sentence_transformer()
    texts = [p.description for p in generate(max(sizes), seed=5, part_numbers=True)]
    client = Client(port)
    out: dict[str, Any] = {}
    for n in sizes:
        docs = texts[:n]
        body = {"queries": [query], "product_descriptions": docs, "top_k": 3}
        local, e2e, server, use_case = [], [], [], []
        for _ in range(repeat if n <= 100 else max(3, repeat // 10)):
            started = time.perf_counter()
            rank_descriptions(encoder, [query], docs, 3)
            local.append((time.perf_counter() - started) * 1000)
            total, own, _ = client.post("/v1/similarity", body)
            e2e.append(total)
            server.append(own)
            started = time.perf_counter()
            q = model.encode([query], convert_to_tensor=True)
            d = model.encode(docs, convert_to_tensor=True)
            util.semantic_search(q, d, top_k=3)
            use_case.append((time.perf_counter() - started) * 1000)
        out[str(n)] = pair(local, server, e2e) | {
            "use_case_code_p50_ms": p50(use_case),
            "vs_use_case_code": ratio(p50(e2e), p50(use_case)),
        }
        print(f"   similarity 1 x {n}: {out[str(n)]}", flush=True)
    return out


def ingestion_pair(port: int, settings: Settings, size: int, batch: int) -> dict[str, Any]:
    from product_search.encoding.models import LoadedModels

    encoder = LoadedModels(settings).default()[1]  # its document session uses every core, as uploads do
    products = [{"id": p.id, "description": p.description} for p in generate(size, seed=99, part_numbers=True)]
    texts = [p["description"] for p in products]
    encoder.encode(texts[:64], "document", bulk=True)  # its session made and warm
    client = Client(port)
    name = f"ingest-{int(time.time())}"
    # Batch by batch, in process then through the endpoint: drift of this shared machine hits both alike.
    local_s = endpoint_s = 0.0
    for start in range(0, size, batch):
        started = time.perf_counter()
        encoder.encode(texts[start : start + batch], "document", bulk=True)
        local_s += time.perf_counter() - started
        started = time.perf_counter()
        client.post(
            f"/v1/catalogs/{name}/products",
            {"products": products[start : start + batch]},
            {"Authorization": f"Bearer {ADMIN_KEY}"},
        )
        endpoint_s += time.perf_counter() - started
    local, endpoint = size / local_s, size / endpoint_s
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("DELETE", f"/v1/catalogs/{name}", headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    conn.getresponse().read()
    out = {
        "in_process_products_per_s": round(local, 1),
        "endpoint_products_per_s": round(endpoint, 1),
        "ratio": ratio(endpoint, local),
        "products": size,
        "batch": batch,
    }
    print(f"   ingestion: {out}", flush=True)
    return out


def run(
    env: dict[str, str],
    sizes: list[int],
    *,
    queries: int,
    modes: list[str],
    similarity: list[int],
    repeat: int,
    ingest: int,
) -> dict[str, Any]:
    """Every pair of numbers of this module, for catalogs of ``sizes``."""
    backend = Settings.from_env(env).backend
    texts = buyer_queries(queries)
    report: dict[str, Any] = {"backend": backend, "sizes": {}}
    for i, size in enumerate(sizes):
        print(f"== hot path, {size} products", flush=True)
        ensure_catalog(size, env, backend)
        settings = Settings.from_env({**env, "PRODUCT_SEARCH_DATA_DIR": str(data_dir(size, backend))})
        with serving(size, env, backend, workers=2, threads=4) as (server, ready):
            port = int(server.url.rsplit(":", 1)[1])
            catalogs = in_process(settings)
            entry: dict[str, Any] = {"ready_seconds": round(ready, 2)}
            raw = raw_search(catalogs, settings, size) if "dense" in modes else None
            entry["search"] = search_pairs(port, catalogs, texts, modes, raw)
            if i == 0:
                report["similarity"] = similarity_pairs(port, settings, "What can I use to cut?", similarity, repeat)
                if ingest:
                    report["ingestion"] = ingestion_pair(port, settings, ingest, 1000)
        report["sizes"][str(size)] = entry
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--modes", default="dense,hybrid")
    parser.add_argument("--similarity-sizes", default="3,10,100,500,2000")
    parser.add_argument("--repeat", type=int, default=30, help="similarity calls per size (fewer above 100)")
    parser.add_argument("--ingest", type=int, default=3000, help="new products uploaded (0: skip)")
    parser.add_argument("--backend", default="")
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "hotpath.json")
    args = parser.parse_args()
    env = bench_env(args.backend)
    report = {"machine": machine(), "command": " ".join(sys.argv)} | run(
        env,
        [int(s) for s in args.sizes.split(",")],
        queries=args.queries,
        modes=args.modes.split(","),
        similarity=[int(n) for n in args.similarity_sizes.split(",")],
        repeat=args.repeat,
        ingest=args.ingest,
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


def bench_env(backend: str = "") -> dict[str, str]:
    """The environment every benchmark's services and in-process pipelines share."""
    return clean_environment(
        {
            "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
            "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
            or str(ROOT / "var" / "repository"),
            **({"PRODUCT_SEARCH_BACKEND": backend} if backend else {}),
        }
    )


if __name__ == "__main__":
    main()
