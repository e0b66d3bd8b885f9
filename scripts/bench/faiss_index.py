"""The project's vector index beside FAISS on the same vectors, one thread each, measured in one run.

    .venv/bin/python scripts/bench/faiss_index.py [--sizes 20000,100000] [--queries 300] [--no-hnsw] [--json FILE]

What a search worker does per request (one thread: the workers limit BLAS to their intra-op threads): top-10 for
one query vector, and for 16 at once (what cross-request batching would hand the index). Side by side on the
same vectors and queries:

- exact: ``VectorIndex.exact`` vs FAISS ``IndexFlatIP`` vs BLAS (NumPy's matrix product and ``argpartition``,
  what the index did before it used FAISS' kernel);
- IVF at the service's list and probe counts (``ivf_lists``, ``ivf_probes``): ``VectorIndex.ivf`` vs FAISS
  ``IndexIVFFlat`` (same nlist, nprobe, training sample), with recall@10 against exact search, and FAISS' IVF
  read back from its file mapped (``IO_FLAG_MMAP_IFC``: what sharing it between workers would cost);
- HNSW (FAISS ``IndexHNSWFlat``, M 32, efSearch 64, 128 and 512): build time, latency and recall@10.

Vectors: the 20,000-product benchmark catalog's own (``inputs.ensure_catalog``: ``product_search_harness.synthetic``
with part numbers, many products sharing brand, kind, size and material), encoded by the service's model; a
larger size repeats them with Gaussian noise (sigma 0.02 per dimension, renormalized: cosine ~0.93 to their
source), so a catalog of many near twins, as real catalogs of sizes and variants are. Queries, encoded by the same
model: half WANDS shop queries (mostly furniture: far from a hardware catalog, their top 10 lie within 0.01 of
each other, where graph search loses its way), half hardware queries cut from generated products; recall is
reported for each half.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt
from inputs import WANDS, benchmark_queries, ensure_catalog, stored_corpus
from measure import machine
from threadpoolctl import threadpool_limits

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.index.indexfile import IndexStamp
from product_search.index.inverted_lists import ivf_lists, ivf_probes
from product_search.index.vector_index import VectorIndex
from product_search_harness.service import clean_environment

BACKEND = "onnx"
BASE = 20_000
K = 10
Floats = npt.NDArray[np.float32]


def corpus_of(size: int, base: Floats) -> Floats:
    """``size`` unit vectors: the catalog's own, then noisy copies of them."""
    if size <= len(base):
        return base[:size]
    rng = np.random.default_rng(7)
    extra = base[np.arange(size - len(base)) % len(base)] + rng.normal(0, 0.02, (size - len(base), base.shape[1]))
    extra /= np.linalg.norm(extra, axis=1, keepdims=True)
    return np.ascontiguousarray(np.concatenate([base, extra.astype(np.float32)]))


def side_by_side(
    searches: dict[str, Callable[[Floats], Any]], queries: Floats, batch: int, rounds: int = 5
) -> dict[str, float]:
    """ms per query of each search, ``batch`` queries per call: the median of ``rounds`` passes, the searches'
    passes alternating so that the machine's drift hits each alike."""
    groups = [queries[i : i + batch] for i in range(0, len(queries) - batch + 1, batch)]
    passes: dict[str, list[float]] = {name: [] for name in searches}
    for search in searches.values():
        search(groups[0])  # warm
    for _ in range(rounds):
        for name, search in searches.items():
            started = time.perf_counter()
            for g in groups:
                search(g)
            passes[name].append(1000 * (time.perf_counter() - started) / (len(groups) * batch))
    return {f"{name}_ms": round(float(np.median(p)), 3) for name, p in passes.items()}


def recall(found: npt.NDArray[np.int64], truth: npt.NDArray[np.int64]) -> dict[str, float]:
    """Recall@10 against exact search, for the shop queries (first half) and the hardware ones."""
    each = [len(set(f) & set(t)) / K for f, t in zip(found, truth, strict=True)]
    half = len(each) // 2
    return {"shop": round(float(np.mean(each[:half])), 4), "hardware": round(float(np.mean(each[half:])), 4)}


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) / 1024


def mapped_ivf(ivf: Any) -> tuple[Any, dict[str, float]]:
    """FAISS' IVF written to a file and read back mapped (``IO_FLAG_MMAP_IFC``: its lists stay in the page
    cache, shared by every process that maps the file): the index, the file's size and what reading it added
    to this process's resident memory."""
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "ivf.faiss")
        faiss.write_index(ivf, path)
        before = rss_mb()
        mapped = faiss.read_index(path, faiss.IO_FLAG_MMAP_IFC)
        added = rss_mb() - before
        size = Path(path).stat().st_size / 2**20
    mapped.nprobe = ivf.nprobe  # the mapping outlives the directory's entry (unlinked, still mapped)
    return mapped, {"file_mb": round(size, 1), "rss_added_mb": round(added, 1)}


def measure(size: int, corpus: Floats, queries: Floats, hnsw: bool) -> dict[str, Any]:
    dim = corpus.shape[1]
    pks = np.arange(size, dtype=np.int64)
    stamp = IndexStamp("bench", "c", 1, "bench", dim, 1)
    out: dict[str, Any] = {"size": size}
    ours_flat = VectorIndex.exact(stamp, pks, corpus)
    flat = faiss.IndexFlatIP(dim)
    flat.add(corpus)
    truth = np.stack([ours_flat.search(q[None], K)[1][0] for q in queries])
    for batch in (1, 16):
        out[f"exact_b{batch}"] = side_by_side(
            {
                "ours": lambda q: ours_flat.search(q, K),
                "faiss": lambda q: flat.search(q, K),
                "blas": lambda q: np.argpartition(-(q @ corpus.T), K, axis=1)[:, :K],
            },
            queries,
            batch,
        )
    out["exact_recall_faiss"] = recall(flat.search(queries, K)[1], truth)
    nlist = ivf_lists(size)
    nprobe = ivf_probes(nlist)
    training = corpus[np.random.default_rng(1).choice(size, min(size, 64 * nlist), replace=False)]
    started = time.perf_counter()
    ours_ivf = VectorIndex.ivf(stamp, pks, corpus, training, nlist=nlist, nprobe=nprobe)
    ours_build = time.perf_counter() - started
    started = time.perf_counter()
    quantizer = faiss.IndexFlatIP(dim)
    ivf = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
    ivf.cp.seed = 1234
    ivf.train(training)
    ivf.add(corpus)
    ivf.nprobe = nprobe
    faiss_build = time.perf_counter() - started
    out["ivf"] = {
        "nlist": nlist,
        "nprobe": nprobe,
        "build_s": {"ours": round(ours_build, 2), "faiss": round(faiss_build, 2)},
        "recall": {
            "ours": recall(np.stack([ours_ivf.search(q[None], K)[1][0] for q in queries]), truth),
            "faiss": recall(ivf.search(queries, K)[1], truth),
        },
    }
    mapped, out["ivf"]["mapped"] = mapped_ivf(ivf)
    for batch in (1, 16):
        out["ivf"][f"b{batch}"] = side_by_side(
            {
                "ours": lambda q: ours_ivf.search(q, K),
                "faiss": lambda q: ivf.search(q, K),
                "faiss_mapped": lambda q: mapped.search(q, K),
            },
            queries,
            batch,
        )
    if hnsw:
        started = time.perf_counter()
        graph = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = 40
        graph.add(corpus)
        out["hnsw"] = {"m": 32, "build_s": round(time.perf_counter() - started, 2)}
        for ef in (64, 128, 512):
            graph.hnsw.efSearch = ef
            out["hnsw"][f"ef{ef}"] = {
                "recall": recall(graph.search(queries, K)[1], truth),
                "ms_b1": side_by_side({"hnsw": lambda q: graph.search(q, K)}, queries, 1)["hnsw_ms"],
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--no-hnsw", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    env = {**clean_environment(), "PRODUCT_SEARCH_BACKEND": BACKEND}
    ensure_catalog(BASE, env, BACKEND)
    base = stored_corpus(BASE, BACKEND)
    settings = replace(Settings.from_env(env), backend=BACKEND)
    texts = benchmark_queries(2000)  # the WANDS queries first, then the hardware ones
    shops = len(WANDS.read_text(encoding="utf-8").splitlines()) - 1 if WANDS.exists() else 0
    if shops < args.queries // 2:
        raise SystemExit(f"WANDS queries missing or too few in {WANDS}")
    shop, hardware = texts[: args.queries // 2], texts[shops : shops + args.queries - args.queries // 2]
    queries = Encoder(settings, threads=1).encode(shop + hardware, "query")
    faiss.omp_set_num_threads(1)
    report: dict[str, Any] = {"machine": machine(), "command": "scripts/bench/faiss_index.py " + " ".join(
        f"--sizes {args.sizes} --queries {args.queries}".split() + (["--no-hnsw"] if args.no_hnsw else [])
    ), "faiss": faiss.__version__, "numpy": np.__version__, "pid": os.getpid(), "sizes": []}  # fmt: skip
    with threadpool_limits(1, user_api="blas"):
        for size in (int(s) for s in args.sizes.split(",")):
            entry = measure(size, corpus_of(size, base), queries, hnsw=not args.no_hnsw)
            print(json.dumps(entry), flush=True)
            report["sizes"].append(entry)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    print(f"machine: {report['machine']['cpu']}, {report['machine']['cores']} cores; faiss {faiss.__version__}")


if __name__ == "__main__":
    main()
