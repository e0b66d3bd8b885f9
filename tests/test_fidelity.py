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
from product_search.observability.evaluation import judged_sample, load_beir, rankings
from product_search.observability.evaluation import scores as metrics

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
    data = load_beir(SCIFACT, "train")
    qids, docs = judged_sample(data, 40, 150)
    ids, texts = [d["id"] for d in docs], [d["description"] for d in docs]
    q_texts = [data.queries[q] for q in qids]
    want = scores(reference, q_texts, texts)
    got = np.stack([encoder.encode([q])[0] for q in q_texts]) @ encoder.encode(texts, "document").T
    diff = np.abs(got - want)
    print(f"SciFact train pairs: {diff.size}, |score difference| mean {diff.mean():.2e}, max {diff.max():.2e}")
    assert diff.max() < TOLERANCE
    qrels = {q: data.qrels[q] for q in qids}
    ndcg_got = metrics(rankings(got, qids, ids), qrels)["ndcg@10"]
    assert abs(ndcg_got - metrics(rankings(want, qids, ids), qrels)["ndcg@10"]) < 0.005


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
