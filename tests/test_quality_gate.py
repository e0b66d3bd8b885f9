"""The retrieval quality gate: the labelled product-matching set (data/quality) through the HTTP API.

A new model, analyzer or ranking change must keep every threshold of data/quality/gate.json
(docs/evaluation.md). The same numbers come from ``make quality-gate`` against a real Gunicorn.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from product_search.app import create_app
from product_search.config import Settings
from product_search.encoder import Encoder
from product_search.evaluation import Dataset, Served, gate_failures, load_beir, report

from .conftest import ADMIN

QUALITY = Path(__file__).resolve().parents[1] / "data" / "quality"
GATE: dict[str, Any] = json.loads((QUALITY / "gate.json").read_text())


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_beir(QUALITY, "test")


@pytest.fixture(scope="module")
def results(
    dataset: Dataset, base_settings: Settings, encoder: Encoder, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, dict[str, float]]]:
    """Upload the sample catalog, search every query in every mode with the gate's ``min_score``."""
    app = create_app(replace(base_settings, data_dir=tmp_path_factory.mktemp("quality")), encoder=encoder)
    client = app.test_client()
    resp = client.post("/v1/catalogs/quality/products", json={"products": dataset.corpus}, headers=ADMIN)
    assert resp.status_code == 201, resp.json
    texts = {**dataset.queries, **dataset.unjudged}
    ids = list(texts)
    out = {}
    for mode in ("dense", "lexical", "hybrid"):
        runs: list[dict[str, Served]] = [{}, {}]
        for served, cut in zip(runs, ({}, {"min_score": GATE["min_score"][mode]}), strict=True):
            for start in range(0, len(ids), 64):
                chunk = ids[start : start + 64]
                body = {"queries": [texts[q] for q in chunk], "top_k": 10, "mode": mode, **cut}
                resp = client.post("/v1/catalogs/quality/search", json=body)
                assert resp.status_code == 200, resp.json
                for qid, hits in zip(chunk, resp.json["results"], strict=True):
                    served[qid] = Served([h["id"] for h in hits], [h["score"] for h in hits])
        out[mode] = report(dataset, *runs)
    return out


def test_the_set_is_a_few_hundred_labelled_queries(dataset: Dataset) -> None:
    counts: dict[str, int] = {}
    for qid in [*dataset.queries, *dataset.unjudged]:
        counts[dataset.categories[qid]] = counts.get(dataset.categories[qid], 0) + 1
    assert sum(counts.values()) >= 250
    assert set(counts) == {"paraphrase", "identifier", "misspelling", "no_match"}
    assert min(counts.values()) >= 30


def test_quality_gate(results: dict[str, dict[str, dict[str, float]]]) -> None:
    assert gate_failures(results, GATE) == [], json.dumps(results, indent=1)


def test_hybrid_default_beats_each_signal_alone(results: dict[str, dict[str, dict[str, float]]]) -> None:
    assert Settings().search_mode == "hybrid"
    for metric in ("ndcg@10", "recall@10", "mrr@10"):
        assert results["hybrid"]["all"][metric] > results["dense"]["all"][metric], metric
        assert results["hybrid"]["all"][metric] > results["lexical"]["all"][metric], metric


def test_the_set_is_generated_from_the_sample_catalog(tmp_path: Path) -> None:
    """data/quality is exactly what scripts/make_quality_set.py writes from data/sample_products.csv."""
    script = QUALITY.parents[1] / "scripts" / "make_quality_set.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    for name in ("corpus.jsonl", "queries.jsonl", "qrels/test.tsv"):
        assert (tmp_path / name).read_bytes() == (QUALITY / name).read_bytes(), name
