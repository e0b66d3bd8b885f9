"""Health endpoints (open: probes carry no key) and the service's information (a read key: it names the
model's path, this worker's pid and counters)."""

from __future__ import annotations

from ..state import Description, Status, state
from .auth import require
from .parsing import Blueprint
from .schemas import Health, Info
from .views import ServiceView

blp = Blueprint("health", __name__, description="Liveness, readiness, service information")


@blp.route("/healthz")
class Alive(ServiceView):
    answers_when_failed = True  # says why

    @blp.response(200, Health)
    def get(self) -> Status:
        """The process answers (liveness)."""
        return Status("ok")


@blp.route("/readyz")
class Ready(ServiceView):
    answers_when_failed = True  # says why

    @blp.response(200, Health)
    @blp.alt_response(503, schema=Health, description="Not ready: loading, draining or broken")
    def get(self) -> tuple[Status, int]:
        """Model and indexes are loaded and the store is readable (readiness)."""
        status = state().readiness()
        return status, 200 if status.serving else 503


@blp.route("/v1/info")
class ServiceInfo(ServiceView):
    answers_when_failed = True  # says why

    @require("read")
    @blp.response(200, Info)
    def get(self) -> Description:
        """Model, fingerprint, dimension, limits and this worker's counters."""
        return state().describe()
