"""Scores of each ONNX backend against sentence-transformers fp32 with torch: the golden example and SciFact
train query-document pairs (mean and max absolute difference, nDCG@10), in one process.

    .venv/bin/python scripts/bench/fidelity.py [--queries 200] [--others 1000] [--backends onnx,onnx-int8]

Pairs: ``--queries`` train queries x (every judged document of them + ``--others`` more of the corpus);
documents encoded in batches of 64 as the upload endpoint does, queries one at a time as searches do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from typing import Any

import numpy as np
from inputs import ROOT

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.observability.evaluation import judged_sample, load_beir, rankings
from product_search.observability.evaluation import scores as metrics
from product_search_harness.service import clean_environment

SCIFACT = ROOT.parent / "shared" / "data" / "scifact"
GOLDEN_QUERY = "What can I use to cut?"
GOLDEN = [
    "Heavy-duty claw hammer with a non-slip grip handle for precise strikes.",
    "Durable 25ft tape measure with easy-lock and belt clip.",
    "High-performance circular saw with laser guide for accurate cuts.",
]


def measure(settings: Settings, backends: list[str], queries: int, others: int) -> dict[str, Any]:
    reference = Encoder(replace(settings, backend="torch")).sentence_transformer()

    def st(texts: list[str], one_by_one: bool) -> np.ndarray:
        if one_by_one:
            return np.stack([reference.encode([t], normalize_embeddings=True)[0] for t in texts])
        return np.asarray(reference.encode(texts, normalize_embeddings=True, batch_size=settings.encode_batch_size))

    gold_want = st(GOLDEN, False) @ st([GOLDEN_QUERY], True)[0]
    out: dict[str, Any] = {
        "reference": "sentence-transformers fp32 (torch)",
        "golden_reference": gold_want.round(4).tolist(),
    }
    pairs = None
    if (SCIFACT / "corpus.jsonl").is_file():
        data = load_beir(SCIFACT, "train")
        qids, docs = judged_sample(data, queries, others)
        ids, texts = [d["id"] for d in docs], [d["description"] for d in docs]
        q_texts = [data.queries[q] for q in qids]
        qrels = {q: data.qrels[q] for q in qids}
        want = st(q_texts, True) @ st(texts, False).T
        reference_ndcg = metrics(rankings(want, qids, ids), qrels)["ndcg@10"]
        out["scifact"] = {"queries": len(qids), "documents": len(docs), "pairs": int(want.size),
                          "ndcg10_reference": round(reference_ndcg, 4)}  # fmt: skip
        pairs = (qids, q_texts, ids, qrels, texts, want)
    for backend in backends:
        encoder = Encoder(replace(settings, backend=backend), threads=1)
        gold = encoder.encode(GOLDEN, "document") @ encoder.encode([GOLDEN_QUERY])[0]
        entry: dict[str, Any] = {
            "fingerprint_backend": encoder.fingerprint.backend,
            "golden": gold.round(4).tolist(),
            "golden_max_abs_diff": float(np.abs(gold - gold_want).max()),
        }
        if pairs is not None:
            qids, q_texts, ids, qrels, texts, want = pairs
            got = np.stack([encoder.encode([q])[0] for q in q_texts]) @ encoder.encode(texts, "document").T
            diff = np.abs(got - want)
            entry |= {
                "mean_abs_diff": float(diff.mean()),
                "max_abs_diff": float(diff.max()),
                "ndcg10": round(metrics(rankings(got, qids, ids), qrels)["ndcg@10"], 4),
            }
        out[backend] = entry
        print(f"   fidelity {backend}: {entry}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--others", type=int, default=1000)
    parser.add_argument("--backends", default="onnx,onnx-int8")
    args = parser.parse_args()
    env = clean_environment(
        {
            "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
            "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
            or str(ROOT / "var" / "repository"),
        }
    )
    report = measure(Settings.from_env(env), args.backends.split(","), args.queries, args.others)
    json.dump(report, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
