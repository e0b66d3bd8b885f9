"""``POST /v1/embeddings``: the model's vectors, token counts and fingerprint."""

from __future__ import annotations

import json
from typing import Any

from flask import Response

from .. import request_scope
from ..state import state
from .auth import require
from .model_schemas import EmbeddingsRequest, EmbeddingsResponse
from .parsing import Blueprint
from .views import ServiceView

blp = Blueprint("embeddings", __name__, url_prefix="/v1", description="Raw embeddings")


@blp.route("/embeddings")
class Embeddings(ServiceView):
    admission = "search"

    @require("search")
    @blp.arguments(EmbeddingsRequest())
    @blp.response(200, EmbeddingsResponse)
    @blp.doc(operationId="embed")
    def post(self, body: dict[str, Any]) -> Response:
        """Embed texts as queries or documents (unit vectors; the catalog's own prompts apply)."""
        manifest, encoder = state().model(body["model"], admin=request_scope.is_admin())
        texts: list[str] = body["inputs"]
        kind = body["input_type"]
        stats = encoder.token_stats(texts, kind)
        vectors = encoder.encode(texts, kind).tolist()  # with this worker's threads: a read takes no more
        payload = {
            "data": [
                {"index": i, "embedding": v, "tokens": n, "truncated": t}
                for i, (v, n, t) in enumerate(zip(vectors, stats.counts, stats.truncated, strict=True))
            ],
            "dimension": encoder.dimension,
            "input_type": kind,
            "total_tokens": sum(stats.counts),
            "truncated": sum(stats.truncated),
            "model": {"ref": manifest.ref, "fingerprint": encoder.fingerprint.id, **encoder.fingerprint.to_dict()},
        }
        # Vectors are plain floats already: skip a per-number marshmallow dump.
        return Response(json.dumps(payload, separators=(",", ":")), mimetype="application/json")
