"""``POST /v1/similarity``: the use case's stateless call, ranked as ``util.semantic_search`` ranks."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from ...search.ranking import exact_top_k
from .auth import require
from .parsing import Blueprint
from .schemas import SimilarityRequest, SimilarityResponse
from .state import state

blp = Blueprint("similarity", __name__, url_prefix="/v1", description="Stateless query-to-description ranking")


@blp.route("/similarity")
class Similarity(MethodView):
    @require("read")
    @blp.arguments(SimilarityRequest)
    @blp.response(200, SimilarityResponse)
    @blp.doc(operationId="similarity")
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Rank product descriptions for each query (cosine similarity, best first)."""
        encoder = state().encoder
        descriptions: list[str] = body["product_descriptions"]
        queries = encoder.encode(body["queries"], "query")
        corpus = encoder.encode(descriptions, "document")
        ranked = exact_top_k(queries, corpus, body["top_k"])
        return {
            "results": [
                [
                    {"corpus_id": r.corpus_id, "product_description": descriptions[r.corpus_id], "score": r.score}
                    for r in row
                ]
                for row in ranked
            ]
        }
