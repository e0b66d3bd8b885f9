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
from product_search.testing import clean_environment

SCIFACT = ROOT.parent / "shared" / "data" / "scifact"
GOLDEN_QUERY = "What can I use to cut?"
GOLDEN = [
    "Heavy-duty claw hammer with a non-slip grip handle for precise strikes.",
    "Durable 25ft tape measure with easy-lock and belt clip.",
    "High-performance circular saw with laser guide for accurate cuts.",
]


def scifact_pairs(queries: int, others: int) -> tuple[list[str], list[str], list[str], dict[str, set[str]], list[str]]:
    """``(query ids, query texts, document ids, judgements, document texts)``."""
    with (SCIFACT / "queries.jsonl").open() as fh:
        texts = {q["_id"]: q["text"] for q in map(json.loads, fh)}
    judged: dict[str, set[str]] = {}
    for line in (SCIFACT / "qrels" / "train.tsv").read_text().splitlines()[1:]:
        qid, doc, _ = line.split("\t")
        judged.setdefault(qid, set()).add(doc)
    qids = sorted(judged, key=int)[:queries]
    wanted = set().union(*(judged[q] for q in qids))
    corpus: dict[str, str] = {}
    with (SCIFACT / "corpus.jsonl").open() as fh:
        for doc in map(json.loads, fh):
            if doc["_id"] in wanted or len(corpus) < len(wanted) + others:
                corpus[doc["_id"]] = (doc["title"] + " " + doc["text"]).strip()
    return qids, [texts[q] for q in qids], list(corpus), judged, list(corpus.values())


def ndcg10(scores: np.ndarray, qids: list[str], ids: list[str], judged: dict[str, set[str]]) -> float:
    total = 0.0
    for row, qid in zip(scores, qids, strict=True):
        top = np.argsort(-row, kind="stable")[:10]
        dcg = sum(1 / np.log2(r + 2) for r, j in enumerate(top) if ids[j] in judged[qid])
        total += dcg / sum(1 / np.log2(r + 2) for r in range(min(10, len(judged[qid]))))
    return total / len(qids)


def measure(settings: Settings, backends: list[str], queries: int, others: int) -> dict[str, Any]:
    reference = Encoder(replace(settings, backend="torch")).sentence_transformer()

    def st(texts: list[str], one_by_one: bool) -> np.ndarray:
        if one_by_one:
            return np.stack([reference.encode([t], normalize_embeddings=True)[0] for t in texts])
        return np.asarray(reference.encode(texts, normalize_embeddings=True, batch_size=64))

    gold_want = st(GOLDEN, False) @ st([GOLDEN_QUERY], True)[0]
    out: dict[str, Any] = {
        "reference": "sentence-transformers fp32 (torch)",
        "golden_reference": gold_want.round(4).tolist(),
    }
    pairs = None
    if (SCIFACT / "corpus.jsonl").is_file():
        qids, q_texts, ids, judged, docs = scifact_pairs(queries, others)
        want = st(q_texts, True) @ st(docs, False).T
        out["scifact"] = {"queries": len(qids), "documents": len(docs), "pairs": int(want.size),
                          "ndcg10_reference": round(ndcg10(want, qids, ids, judged), 4)}  # fmt: skip
        pairs = (qids, q_texts, ids, judged, docs, want)
    for backend in backends:
        encoder = Encoder(replace(settings, backend=backend), threads=1)
        gold = encoder.encode(GOLDEN, "document") @ encoder.encode([GOLDEN_QUERY])[0]
        entry: dict[str, Any] = {
            "fingerprint_backend": encoder.fingerprint.backend,
            "golden": gold.round(4).tolist(),
            "golden_max_abs_diff": float(np.abs(gold - gold_want).max()),
        }
        if pairs is not None:
            qids, q_texts, ids, judged, docs, want = pairs
            got = np.stack([encoder.encode([q])[0] for q in q_texts]) @ encoder.encode(docs, "document").T
            diff = np.abs(got - want)
            entry |= {
                "mean_abs_diff": float(diff.mean()),
                "max_abs_diff": float(diff.max()),
                "ndcg10": round(ndcg10(got, qids, ids, judged), 4),
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
