"""The use case, end to end: same top-3 ids and scores as in-process ``util.semantic_search``."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sentence_transformers import util

from product_search.encoding.encoder import Encoder

from .support import USE_CASE_DESCRIPTIONS, USE_CASE_QUERY, upload, use_case_products


@pytest.fixture(scope="module")
def reference(encoder: Encoder) -> list[dict[str, float]]:
    """What the use case computes in-process, with the raw sentence-transformers model."""
    model = encoder.sentence_transformer()
    q = model.encode([USE_CASE_QUERY], convert_to_tensor=True)
    d = model.encode(USE_CASE_DESCRIPTIONS, convert_to_tensor=True)
    hits: list[dict[str, float]] = util.semantic_search(q, d, top_k=3)[0]
    return hits


def test_reference_top1_is_the_circular_saw(reference: list[dict[str, float]]) -> None:
    assert "circular saw" in USE_CASE_DESCRIPTIONS[int(reference[0]["corpus_id"])]


def test_similarity_endpoint_matches_semantic_search(client: FlaskClient, reference: list[dict[str, float]]) -> None:
    resp = client.post(
        "/v1/similarity",
        json={"queries": [USE_CASE_QUERY], "product_descriptions": USE_CASE_DESCRIPTIONS, "top_k": 3},
    )
    assert resp.status_code == 200, resp.json
    (hits,) = resp.json["results"]
    assert [h["corpus_id"] for h in hits] == [int(r["corpus_id"]) for r in reference]
    for got, want in zip(hits, reference, strict=True):
        assert got["score"] == pytest.approx(want["score"], abs=1e-5)
        assert got["product_description"] == USE_CASE_DESCRIPTIONS[got["corpus_id"]]
    assert "circular saw" in hits[0]["product_description"]


def test_catalog_search_matches_semantic_search(client: FlaskClient, reference: list[dict[str, float]]) -> None:
    assert upload(client, "tools", use_case_products()).status_code == 201
    resp = client.post("/v1/catalogs/tools/search", json={"queries": [USE_CASE_QUERY], "top_k": 3, "mode": "dense"})
    assert resp.status_code == 200, resp.json
    (hits,) = resp.json["results"]
    assert [h["id"] for h in hits] == [f"p{int(r['corpus_id'])}" for r in reference]
    for got, want in zip(hits, reference, strict=True):
        assert got["score"] == pytest.approx(want["score"], abs=1e-5)
    assert hits[0]["description"] == "High-performance circular saw with laser guide for accurate cuts."


def test_results_per_query_in_query_order(client: FlaskClient) -> None:
    upload(client, "tools", use_case_products())
    queries = ["measure a length", USE_CASE_QUERY, "a box to organize small parts"]
    resp = client.post("/v1/catalogs/tools/search", json={"queries": queries, "top_k": 1})
    assert [row[0]["id"] for row in resp.json["results"]] == ["p1", "p3", "p5"]
