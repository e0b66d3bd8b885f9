"""``POST /v1/similarity``: the use case's stateless call, ranked as ``util.semantic_search`` ranks."""

from __future__ import annotations

from typing import Any

from ...search.results import ModelUsed
from ...search.similarity import SimilarityOutcome, rank_descriptions
from .. import request_scope
from ..state import state
from .auth import require
from .parsing import Blueprint
from .schemas import SimilarityRequest, SimilarityResponse
from .views import ServiceView

blp = Blueprint("similarity", __name__, url_prefix="/v1", description="Stateless query-to-description ranking")


@blp.route("/similarity")
class Similarity(ServiceView):
    admission = "search"

    @require("search")
    @blp.arguments(SimilarityRequest())
    @blp.response(200, SimilarityResponse)
    @blp.doc(operationId="similarity")
    def post(self, body: dict[str, Any]) -> SimilarityOutcome:
        """Rank product descriptions for each query (cosine similarity, best first)."""
        manifest, encoder = state().model(body["model"], admin=request_scope.is_admin())
        used = ModelUsed(manifest.ref, encoder.fingerprint.id)
        return rank_descriptions(encoder, body["queries"], body["product_descriptions"], body["top_k"], used)
