"""Health and information endpoints (open: no API key needed)."""

from __future__ import annotations

import os
from typing import Any

from ... import __version__
from ..state import state
from .parsing import Blueprint
from .schemas import Health, Info
from .views import ServiceView

blp = Blueprint("health", __name__, description="Liveness, readiness, service information")


@blp.route("/healthz")
class Alive(ServiceView):
    answers_when_failed = True  # says why

    @blp.response(200, Health)
    def get(self) -> dict[str, Any]:
        """The process answers (liveness)."""
        return {"status": "ok"}


@blp.route("/readyz")
class Ready(ServiceView):
    answers_when_failed = True  # says why

    @blp.response(200, Health)
    @blp.alt_response(503, schema=Health, description="Not ready: loading, draining or broken")
    def get(self) -> tuple[dict[str, Any], int]:
        """Model and indexes are loaded and the store is readable (readiness)."""
        st = state()
        if st.draining:
            return {"status": "draining", "details": {"reason": "shutting down"}}, 503
        if not st.ready:
            return {"status": "unavailable", "details": {"reason": st.not_ready_reason}}, 503
        return {"status": "ready", "details": {"fingerprint": st.encoder.fingerprint.id}}, 200


@blp.route("/v1/info")
class ServiceInfo(ServiceView):
    answers_when_failed = True  # says why

    @blp.response(200, Info)
    def get(self) -> dict[str, Any]:
        """Model, fingerprint, dimension, limits and this worker's counters."""
        st = state()
        s = st.settings
        return {
            "service": "product-search",
            "version": __version__,
            "model": st.encoder.info(),
            "limits": {
                "max_queries": s.max_queries,
                "max_descriptions": s.max_descriptions,
                "max_upload": s.max_upload,
                "max_query_chars": s.max_query_chars,
                "max_description_chars": s.max_description_chars,
                "max_top_k": s.max_top_k,
                "max_body_bytes": s.max_body_bytes,
                "max_upload_bytes": s.max_upload_bytes,
            },
            "process": {"pid": os.getpid(), "ready": st.ready, **dict(st.catalogs.counters)},
        }
