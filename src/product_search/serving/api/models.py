"""``GET /v1/models``: the repository's versions, as this service sees them."""

from __future__ import annotations

from typing import Any

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
        models = state().models
        return {"default": models.resolve().ref, "models": models.describe()}
