"""Application factory: settings, model, catalogs, blueprints, error handlers, request logs."""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from flask import Flask, Response, g, request
from flask_smorest import Api

from .. import __version__
from ..config import Settings
from ..encoding.encoder import Encoder
from ..observability import logs
from ..observability import metrics as m
from ..search.catalogs import Catalogs
from .api import catalogs, embeddings, errors, health, similarity
from .api.schemas import Error
from .api.state import ServiceState
from .limits import Admission, retry_after

log = logging.getLogger(__name__)
access = logging.getLogger("product_search.access")

_REQUEST_ID_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")
# Endpoints that take a body, and the media types each accepts.
_BODY_TYPES = {"catalogs.ProductCollection": ("application/json", "multipart/form-data")}
# Endpoints that encode or rank: they take a search slot (limits.Admission). Any other non-GET call
# is a write and takes a write slot; GETs (health, reads, the spec) are cheap and never wait.
_SEARCHES = frozenset({"catalogs.CatalogSearch", "similarity.Similarity", "embeddings.Embeddings"})
# Answered even when warm-up failed: they say why.
_ALWAYS = frozenset({"health.Alive", "health.Ready", "health.ServiceInfo", "api-docs.openapi_json"})


class _Api(Api):
    ERROR_SCHEMA = Error

    def _register_error_handlers(self) -> None:
        errors.register(self._app)


def _request_id() -> str:
    given = request.headers.get("X-Request-ID", "")
    if 0 < len(given) <= 128 and all(c in _REQUEST_ID_OK for c in given):
        return given
    return uuid.uuid4().hex


def create_app(
    settings: Settings | None = None, *, encoder: Encoder | None = None, warm_up: bool = True, encoder_threads: int = 0
) -> Flask:
    """Build the app. Loads the model unless ``encoder`` is given (tests share one).

    ``warm_up=False`` defers loading indexes to the caller (Gunicorn does it per worker after fork);
    ``encoder_threads`` sizes ONNX Runtime's thread pool (0: its default).
    """
    settings = settings or Settings.from_env()
    logs.configure(settings.log_level)
    encoder = encoder or Encoder(settings, threads=encoder_threads)
    metrics = m.Metrics(settings)
    catalog_service = Catalogs.from_settings(settings, encoder, metrics)
    service = ServiceState(settings, encoder, catalog_service, metrics)

    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        API_TITLE="product-search",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/",
        JSON_SORT_KEYS=False,
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["product_search"] = service

    app.url_map.converters["catalog"] = catalogs.CatalogNameConverter
    app.url_map.converters["product_id"] = catalogs.ProductIdConverter
    # Product ids are opaque: one starting with "/" or holding "//" must route as it is, not redirect.
    app.url_map.merge_slashes = False
    api = _Api(app, spec_kwargs={"info": {"description": "Top-k product matching over uploaded catalogs."}})
    api.register_converter(catalogs.CatalogNameConverter, catalogs.CatalogNameConverter.openapi)
    api.register_converter(catalogs.ProductIdConverter, catalogs.ProductIdConverter.openapi)
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    for module in (health, similarity, catalogs, embeddings):
        api.register_blueprint(module.blp)

    def _admission() -> Admission | None:
        if request.endpoint in _SEARCHES:
            return service.searches
        if request.method in ("GET", "HEAD", "OPTIONS") or request.endpoint is None:
            return None
        return service.writes

    @app.before_request
    def _start() -> Response | tuple[Any, ...] | None:
        g.request_id = _request_id()
        g.started = time.perf_counter()
        if service.failed and request.endpoint not in _ALWAYS:
            return errors.error_response(503, "unavailable", service.failed, {}, headers={"Retry-After": "30"})  # type: ignore[return-value]
        if (admission := _admission()) is not None:
            if refused := admission.acquire():
                metrics.incr(m.SHED.format(kind=admission.name, reason=refused))
                return errors.error_response(
                    503,
                    "overloaded",
                    f"too many {admission.name} requests in progress on this worker; retry shortly",
                    {"reason": refused, "limit": admission.limit, "queue": admission.queue},
                    headers={"Retry-After": retry_after(admission.timeout)},
                )  # type: ignore[return-value]
            g.admission = admission
        if request.method in ("POST", "PUT", "PATCH"):
            allowed = _BODY_TYPES.get(request.endpoint or "", ("application/json",))
            if request.mimetype not in allowed:
                return errors.error_response(
                    415,
                    "unsupported_media_type",
                    f"send the body as {' or '.join(allowed)}",
                    {"content_type": request.mimetype or None, "accepted": list(allowed)},
                )  # type: ignore[return-value]
        return None

    @app.teardown_request
    def _release(_exc: BaseException | None) -> None:
        if (admission := g.pop("admission", None)) is not None:
            admission.release()

    @app.after_request
    def _finish(response: Response) -> Response:
        rid = getattr(g, "request_id", None) or uuid.uuid4().hex
        response.headers["X-Request-ID"] = rid
        now = time.perf_counter()
        elapsed = now - getattr(g, "started", now)
        if (serialize_started := g.get("serialize_started")) is not None:
            metrics.timing(m.SEARCH_SERIALIZE, (now - serialize_started) * 1000)
        endpoint = m.safe(request.endpoint or "unmatched")
        metrics.incr(m.REQUESTS.format(endpoint=endpoint, status_class=f"{response.status_code // 100}xx"))
        metrics.timing(m.LATENCY.format(endpoint=endpoint), elapsed * 1000)
        if code := g.get("error_code"):
            metrics.incr(m.ERRORS.format(code=m.safe(code)))
        access.info(
            "request",
            extra={
                "fields": {
                    "request_id": rid,
                    "method": request.method,
                    "path": request.path,
                    "endpoint": request.endpoint,
                    "status": response.status_code,
                    "duration_ms": round(elapsed * 1000, 2),
                    "bytes_in": request.content_length or 0,
                    "bytes_out": response.calculate_content_length(),
                    "remote": request.remote_addr,
                    "key_id": g.get("key_id"),
                }
            },
        )
        return response

    log.info("settings", extra={"fields": settings.redacted()})
    if not settings.read_keys:
        log.warning("no PRODUCT_SEARCH_READ_KEYS set: searches and reads are open to anyone who can connect")
    if not settings.admin_keys:
        log.warning("no PRODUCT_SEARCH_ADMIN_KEYS set: the service is read-only over HTTP")
    if warm_up:
        service.warm_up()
    return app
