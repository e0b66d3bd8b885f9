"""Request hooks: request ids, failed warm-up, the API key, admission (load shedding), body limits, media types,
metrics, access log.

What a view needs is declared on its class (:class:`.api.views.ServiceView`); views of other
extensions (flask-smorest's OpenAPI document) are plain reads.
"""

from __future__ import annotations

import logging
import uuid

from flask import Flask, Response, current_app, request
from flask.typing import ResponseReturnValue

from ..observability import metrics as m
from ..redaction import redact
from . import request_scope
from .api.auth import refusal, required_action
from .api.errors import error_response
from .api.views import ServiceView
from .limits import Admission, retry_after
from .security import Action
from .state import ServiceState, state

access = logging.getLogger("product_search.access")

_REQUEST_ID_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


def _request_id() -> str:
    given = request.headers.get("X-Request-ID", "")
    if 0 < len(given) <= 128 and all(c in _REQUEST_ID_OK for c in given):
        return given
    return uuid.uuid4().hex


def _view() -> type[ServiceView] | None:
    """The class of the view this request routes to, if it is one of the service's."""
    view = current_app.view_functions.get(request.endpoint or "")
    cls = getattr(view, "view_class", None)
    return cls if isinstance(cls, type) and issubclass(cls, ServiceView) else None


def _admission(service: ServiceState, view: type[ServiceView] | None) -> Admission | None:
    if view is not None and view.admission == "search":
        return service.searches
    if view is not None and view.admission == "none":
        return None
    if request.method in _READS or request.endpoint is None:
        return None
    return service.writes


def _action(view: type[ServiceView] | None) -> Action | None:
    """The action the routed method needs (``require``); HEAD is answered by GET."""
    method = "get" if request.method == "HEAD" else request.method.lower()
    return required_action(getattr(view, method, None))


def _answers_when_failed(view: type[ServiceView] | None) -> bool:
    if view is not None:
        return view.answers_when_failed
    # flask-smorest's OpenAPI document and its UI, their assets, the console (which shows the failure)
    return request.blueprint in ("api-docs", "docs_assets", "console")


def _start() -> ResponseReturnValue | None:
    request_scope.begin(_request_id())
    service, view = state(), _view()
    if service.failed and not _answers_when_failed(view):
        return error_response(503, "unavailable", service.failed, {}, headers={"Retry-After": "30"})
    # The key before a slot: requests that may not run never take one from those that may.
    if (action := _action(view)) is not None and (refused_key := refusal(action)) is not None:
        return refused_key
    if (admission := _admission(service, view)) is not None:
        if refused := admission.acquire():
            service.metrics.incr(m.SHED.format(kind=admission.name, reason=refused))
            return error_response(
                503,
                "overloaded",
                f"too many {admission.name} requests in progress on this worker; retry shortly",
                {"reason": refused, "limit": admission.limit, "queue": admission.queue},
                headers={"Retry-After": retry_after(admission.timeout)},
            )
        request_scope.hold(admission)
    if view is not None and view.admission == "search":  # reads that compute: a smaller body than an upload's
        request.max_content_length = min(service.settings.max_read_body_bytes, service.settings.max_body_bytes)
    if request.method in ("POST", "PUT", "PATCH") and (view is None or view.takes_body):
        allowed = view.body_types if view is not None else ("application/json",)
        if request.mimetype not in allowed:
            return error_response(
                415,
                "unsupported_media_type",
                f"send the body as {' or '.join(allowed)}",
                {"content_type": request.mimetype or None, "accepted": list(allowed)},
            )
    return None


def _release(_exc: BaseException | None) -> None:
    request_scope.release()


def _finish(response: Response) -> Response:
    metrics = state().metrics
    rid = request_scope.request_id() or uuid.uuid4().hex
    response.headers["X-Request-ID"] = rid
    elapsed = request_scope.elapsed()
    # The time this worker spent on the request (W3C Server-Timing): callers and benchmarks tell it from
    # the network and the server's queue without reading our logs.
    response.headers["Server-Timing"] = f"app;dur={elapsed * 1000:.3f}"
    if (serialize_s := request_scope.serialize_seconds()) is not None:
        metrics.timing(m.SEARCH_SERIALIZE, serialize_s * 1000)
    endpoint = m.safe(request.endpoint or "unmatched")
    metrics.incr(m.REQUESTS.format(endpoint=endpoint, status_class=f"{response.status_code // 100}xx"))
    metrics.timing(m.LATENCY.format(endpoint=endpoint), elapsed * 1000)
    if code := request_scope.error_code():
        metrics.incr(m.ERRORS.format(code=m.safe(code)))
    access.info(
        "request",
        extra={
            "fields": {
                "request_id": rid,
                "method": request.method,
                "path": redact(request.path),  # a stored key's secret pasted into a URL by mistake
                "endpoint": request.endpoint,
                "status": response.status_code,
                "duration_ms": round(elapsed * 1000, 2),
                "bytes_in": request.content_length or 0,
                "bytes_out": response.calculate_content_length(),
                "remote": request.remote_addr,
                "key_id": request_scope.key_id(),
            }
        },
    )
    return response


def init_app(app: Flask) -> None:
    """Register the request hooks on ``app``."""
    app.before_request(_start)
    app.teardown_request(_release)
    app.after_request(_finish)
