"""The default backend gives sentence-transformers' own fp32 scores, and the docs show the scores it returns.

Reference: the packaged model in sentence-transformers with torch, fp32 (the use case's own code).
Goal (docs/performance.md, "Faithful scores"): every score within 0.01, nDCG@10 within 0.005.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from flask.testing import FlaskClient

from product_search.config import Settings
from product_search.encoding.encoder import Encoder

from .support import SHARED_DATA

ROOT = Path(__file__).resolve().parents[1]
SCIFACT = SHARED_DATA / "scifact"
TOLERANCE = 0.01
GOLDEN = [
    "Heavy-duty claw hammer with a non-slip grip handle for precise strikes.",
    "Durable 25ft tape measure with easy-lock and belt clip.",
    "High-performance circular saw with laser guide for accurate cuts.",
]


@pytest.fixture(scope="module")
def reference(base_settings: Settings) -> object:
    """sentence-transformers with torch, fp32."""
    return Encoder(replace(base_settings, backend="torch")).sentence_transformer()


def scores(model: object, queries: list[str], docs: list[str]) -> np.ndarray:
    encode = model.encode  # type: ignore[attr-defined]
    return np.asarray(encode(queries, normalize_embeddings=True) @ encode(docs, normalize_embeddings=True).T)


def test_the_default_backend_is_fp32(encoder: Encoder) -> None:
    assert encoder.backend == Settings.from_env({}).backend == "onnx"


def test_golden_example_scores_as_sentence_transformers(encoder: Encoder, reference: object) -> None:
    want = scores(reference, ["What can I use to cut?"], GOLDEN)[0]
    got = encoder.encode(GOLDEN, "document") @ encoder.encode(["What can I use to cut?"])[0]
    assert np.abs(got - want).max() < 1e-4, (got, want)
    assert round(float(got[2]), 4) == 0.4918


@pytest.mark.slow
@pytest.mark.skipif(not (SCIFACT / "corpus.jsonl").is_file(), reason=f"SciFact data not found in {SCIFACT}")
def test_scifact_train_pairs_score_as_sentence_transformers(encoder: Encoder, reference: object) -> None:
    """40 train queries x (their relevant documents + 150 others): every pair's score and nDCG@10."""
    with (SCIFACT / "queries.jsonl").open() as fh:
        queries = {q["_id"]: q["text"] for q in map(json.loads, fh)}
    judged: dict[str, set[str]] = {}
    for line in (SCIFACT / "qrels" / "train.tsv").read_text().splitlines()[1:]:
        qid, doc, _ = line.split("\t")
        judged.setdefault(qid, set()).add(doc)
    qids = sorted(judged, key=int)[:40]
    wanted = set().union(*(judged[q] for q in qids))
    corpus: dict[str, str] = {}
    with (SCIFACT / "corpus.jsonl").open() as fh:
        for doc in map(json.loads, fh):
            if doc["_id"] in wanted or len(corpus) < len(wanted) + 150:
                corpus[doc["_id"]] = (doc["title"] + " " + doc["text"]).strip()
    ids, texts = list(corpus), list(corpus.values())
    q_texts = [queries[q] for q in qids]
    want = scores(reference, q_texts, texts)
    got = np.stack([encoder.encode([q])[0] for q in q_texts]) @ encoder.encode(texts, "document").T
    diff = np.abs(got - want)
    print(f"SciFact train pairs: {diff.size}, |score difference| mean {diff.mean():.2e}, max {diff.max():.2e}")
    assert diff.max() < TOLERANCE

    def ndcg(matrix: np.ndarray) -> float:
        total = 0.0
        for row, qid in zip(matrix, qids, strict=True):
            top = np.argsort(-row, kind="stable")[:10]
            dcg = sum(1 / np.log2(r + 2) for r, j in enumerate(top) if ids[j] in judged[qid])
            total += dcg / sum(1 / np.log2(r + 2) for r in range(min(10, len(judged[qid]))))
        return total / len(qids)

    assert abs(ndcg(got) - ndcg(want)) < 0.005


def documented_calls(text: str) -> list[tuple[str, dict[str, object], list[float]]]:
    """Each ``curl ... localhost:8000<path> ... -d '<json>'`` followed by a ``# {...}`` answer with scores."""
    found = []
    pattern = re.compile(r"curl -s localhost:8000(/\S+).*?-d '(\{.*?\})'\s*\n# (\{.*?\})\n", re.S)
    for path, body, answer in pattern.findall(text):
        documented = [float(s) for s in re.findall(r'"score":\s*([0-9.]+)', answer)]
        if documented:
            found.append((path, json.loads(body), documented))
    return found


def test_every_documented_score_is_what_the_default_service_returns(client: FlaskClient) -> None:
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    calls = [call for doc in docs for call in documented_calls(doc.read_text())]
    assert any(path == "/v1/similarity" for path, _, _ in calls), "the README shows the use case's answer"
    for path, body, documented in calls:
        resp = client.post(path, json=body)
        assert resp.status_code == 200, resp.json
        returned = [round(hit["score"], 4) for row in resp.json["results"] for hit in row]
        assert returned[: len(documented)] == documented, (path, body)
