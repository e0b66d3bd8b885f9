"""Retrieval quality through the HTTP API of a real running service (Gunicorn), on a BEIR-layout set.

    .venv/bin/python scripts/evaluate.py [--data ../shared/data/scifact] [--backend torch,onnx,onnx-int8]

For each backend: start Gunicorn on a fresh data dir with PRODUCT_SEARCH_BACKEND set, upload the
corpus (``title + " " + text``) through ``POST /v1/catalogs/eval/products``, search every query that
has judgements with ``top_k`` 10 through ``/search``, and print nDCG@10, Recall@10 and MRR@10.
A BEIR folder holds ``corpus.jsonl``, ``queries.jsonl`` and ``qrels/<split>.tsv``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
KEY = "eval-admin-key"


def load_beir(folder: Path, split: str) -> tuple[list[dict[str, str]], dict[str, str], dict[str, dict[str, int]]]:
    corpus = []
    with (folder / "corpus.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            corpus.append({"id": str(doc["_id"]), "description": f"{doc.get('title', '')} {doc['text']}".strip()})
    queries = {}
    with (folder / "queries.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            q = json.loads(line)
            queries[str(q["_id"])] = q["text"]
    qrels: dict[str, dict[str, int]] = {}
    with (folder / "qrels" / f"{split}.tsv").open(encoding="utf-8") as fh:
        for line in fh.read().splitlines()[1:]:
            qid, did, score = line.split("\t")
            if int(score) > 0:
                qrels.setdefault(qid, {})[did] = int(score)
    return corpus, {q: t for q, t in queries.items() if q in qrels}, qrels


def metrics(ranked: dict[str, list[str]], qrels: dict[str, dict[str, int]], k: int = 10) -> dict[str, float]:
    """Mean nDCG@k (graded gains), Recall@k and MRR@k over the judged queries."""
    ndcg = recall = mrr = 0.0
    for qid, relevant in qrels.items():
        got = ranked.get(qid, [])[:k]
        dcg = sum(relevant.get(d, 0) / math.log2(i + 2) for i, d in enumerate(got))
        ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(relevant.values(), reverse=True)[:k]))
        ndcg += dcg / ideal
        recall += len(set(got) & set(relevant)) / len(relevant)
        mrr += next((1 / (i + 1) for i, d in enumerate(got) if d in relevant), 0.0)
    n = len(qrels)
    return {"ndcg@10": ndcg / n, "recall@10": recall / n, "mrr@10": mrr / n}


def run_backend(backend: str, corpus: list[dict[str, str]], queries: dict[str, str], port: int) -> dict[str, Any]:
    data = Path(tempfile.mkdtemp(prefix=f"eval-{backend}-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRODUCT_SEARCH_")}
    env |= {
        "PRODUCT_SEARCH_DATA_DIR": str(data),
        "PRODUCT_SEARCH_BACKEND": backend,
        "PRODUCT_SEARCH_ADMIN_KEYS": KEY,
        "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
        "PRODUCT_SEARCH_LOG_LEVEL": "WARNING",
        # Quality does not depend on the worker layout: one worker using every core uploads fastest.
        "PRODUCT_SEARCH_WORKERS": "1",
        "PRODUCT_SEARCH_TORCH_THREADS": str(os.cpu_count() or 1),
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "HF_HUB_OFFLINE": "1",
    }
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "-c",
            "python:product_search.gunicorn_conf",
            "product_search.wsgi:app",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 600
        while True:
            try:
                if requests.get(url + "/readyz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{backend}: service did not start")
            time.sleep(0.3)
        started = time.perf_counter()
        for i in range(0, len(corpus), 1000):
            resp = requests.post(
                f"{url}/v1/catalogs/eval/products",
                json={"products": corpus[i : i + 1000]},
                headers={"Authorization": f"Bearer {KEY}"},
                timeout=1800,
            )
            resp.raise_for_status()
        upload_s = time.perf_counter() - started
        ranked: dict[str, list[str]] = {}
        ids = list(queries)
        for i in range(0, len(ids), 64):
            chunk = ids[i : i + 64]
            resp = requests.post(
                f"{url}/v1/catalogs/eval/search",
                json={"queries": [queries[q] for q in chunk], "top_k": 10},
                timeout=600,
            )
            resp.raise_for_status()
            for qid, hits in zip(chunk, resp.json()["results"], strict=True):
                ranked[qid] = [h["id"] for h in hits]
        fingerprint = requests.get(url + "/v1/info", timeout=10).json()["model"]["fingerprint"]["id"]
        return {"ranked": ranked, "upload_docs_per_s": len(corpus) / upload_s, "fingerprint": fingerprint}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "scifact")
    parser.add_argument("--split", default="train")
    parser.add_argument("--backend", default="torch")
    parser.add_argument("--port", type=int, default=8798)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not (args.data / "corpus.jsonl").is_file():
        sys.exit(f"no BEIR data set in {args.data}")
    corpus, queries, qrels = load_beir(args.data, args.split)
    print(f"{args.data.name} ({args.split}): {len(corpus)} documents, {len(queries)} judged queries")
    print(f"{'backend':<12} {'nDCG@10':>8} {'Recall@10':>10} {'MRR@10':>8} {'upload docs/s':>14}  fingerprint")
    results = {}
    for backend in args.backend.split(","):
        run = run_backend(backend, corpus, queries, args.port)
        scores = metrics(run["ranked"], {q: qrels[q] for q in queries})
        results[backend] = {**scores, "upload_docs_per_s": run["upload_docs_per_s"], "fingerprint": run["fingerprint"]}
        print(
            f"{backend:<12} {scores['ndcg@10']:>8.4f} {scores['recall@10']:>10.4f} {scores['mrr@10']:>8.4f}"
            f" {run['upload_docs_per_s']:>14.1f}  {run['fingerprint']}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
