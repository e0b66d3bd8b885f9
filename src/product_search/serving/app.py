"""Application factory: assembles settings, model, catalogs, blueprints, error handlers and request hooks."""

from __future__ import annotations

import logging

from flask import Flask
from flask_smorest import Api
from werkzeug.middleware.proxy_fix import ProxyFix

from .. import __version__
from ..catalogs import Catalogs
from ..config import Settings
from ..encoding.models import LoadedModels
from ..observability import logs
from ..observability import metrics as m
from . import console, docs_assets, hooks, state
from .api import catalogs, embeddings, errors, health, keys, migrations, similarity
from .api import models as model_views
from .api.schemas import Error

log = logging.getLogger(__name__)


class _Api(Api):
    ERROR_SCHEMA = Error  # error responses in the OpenAPI document have the service's error shape


def create_app(
    settings: Settings | None = None,
    *,
    models: LoadedModels | None = None,
    warm_up: bool = True,
    encoder_threads: int = 0,
) -> Flask:
    """Build the app. Loads the default model unless ``models`` is given (tests share them).

    ``warm_up=False`` defers loading indexes to the caller (Gunicorn does it per worker after fork);
    ``encoder_threads`` sizes ONNX Runtime's thread pool (0: its default).
    """
    settings = settings or Settings.from_env()
    settings.check_keys()  # before any model is loaded: a refused start is said at once
    logs.configure(settings.log_level)
    log.info("reads: %s", settings.reads)
    loaded = models or LoadedModels(settings, threads=encoder_threads)
    loaded.default()  # the default model is loaded before anything is served (and before a fork)
    metrics = m.Metrics(settings)
    catalog_service = Catalogs.from_settings(settings, loaded, metrics)
    service = state.ServiceState(settings, loaded, catalog_service, metrics)

    app = Flask(__name__)
    if settings.trusted_proxies:
        # The client's address (access log, failed-authentication limit) from the proxies' X-Forwarded-For;
        # without trusted proxies the header is ignored: a client could claim any address with it.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies)  # type: ignore[method-assign]
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        API_TITLE="product-search",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL=docs_assets.URL,  # served from the package: /docs works offline
        JSON_SORT_KEYS=False,
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]
    state.init_app(app, service)

    app.url_map.converters["catalog"] = catalogs.CatalogNameConverter
    app.url_map.converters["product_id"] = catalogs.ProductIdConverter
    # Product ids are opaque: one starting with "/" or holding "//" must route as it is, not redirect.
    app.url_map.merge_slashes = False
    api = _Api(app, spec_kwargs={"info": {"description": "Top-k product matching over uploaded catalogs."}})
    api.register_converter(catalogs.CatalogNameConverter, catalogs.CatalogNameConverter.openapi)
    api.register_converter(catalogs.ProductIdConverter, catalogs.ProductIdConverter.openapi)
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    for module in (health, similarity, catalogs, migrations, model_views, embeddings, keys):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs_assets.blp)
    app.register_blueprint(console.blp)
    errors.init_app(app)
    hooks.init_app(app)

    log.info("settings", extra={"fields": settings.redacted()})
    if settings.reads_open:
        log.warning("PRODUCT_SEARCH_OPEN_READS: searches and reads are open to anyone who can connect")
    if not settings.admin_keys:
        log.warning("no PRODUCT_SEARCH_ADMIN_KEYS set: the service is read-only over HTTP")
    if warm_up:
        service.warm_up()
    return app
