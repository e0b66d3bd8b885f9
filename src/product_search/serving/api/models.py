"""``GET /v1/models``: the repository's versions, as this service sees them."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ...search.ranking import dense_weight
from ..state import state
from .auth import require
from .model_schemas import ModelList
from .parsing import Blueprint
from .views import ServiceView

blp = Blueprint("models", __name__, url_prefix="/v1", description="Model versions")


@blp.route("/models")
class Models(ServiceView):
    @require("read")
    @blp.response(200, ModelList)
    @blp.doc(operationId="listModels")
    def get(self) -> dict[str, Any]:
        """Every version: fingerprint, dimension, aliases, loaded or not, weights size, stored evaluations."""
        service = state()
        configured = service.settings.hybrid_dense_weight
        return {
            "default": service.models.resolve().ref,
            "models": [
                {**asdict(v), "hybrid_dense_weight_in_effect": dense_weight(configured, v.hybrid_dense_weight)}
                for v in service.models.describe()
            ],
        }
