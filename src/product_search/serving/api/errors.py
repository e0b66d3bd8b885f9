"""One JSON error shape for every 4xx/5xx: ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

import json
import logging
from typing import Any

from flask import Flask, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from ...encoding.repository import ModelInUse, ModelNotFound
from ...errors import (
    CatalogNotFound,
    FingerprintMismatch,
    Forbidden,
    IndexUnavailable,
    InvalidInput,
    KeyNotFound,
    MalformedInput,
    MigrationConflict,
    MigrationNotFound,
    ModelNotAllowed,
    ProductNotFound,
    ProductSearchError,
    TooLarge,
)
from ...storage.store import StoreError, StoreFull
from .. import request_scope

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "too_many_requests",
    503: "unavailable",
    507: "insufficient_storage",
}

_DOMAIN_STATUS: dict[type[ProductSearchError], int] = {
    InvalidInput: 422,
    MalformedInput: 400,
    TooLarge: 413,
    CatalogNotFound: 404,
    Forbidden: 403,
    KeyNotFound: 404,
    ProductNotFound: 404,
    FingerprintMismatch: 409,
    ModelNotFound: 404,
    ModelInUse: 409,
    MigrationNotFound: 404,
    MigrationConflict: 409,
    IndexUnavailable: 503,
    ModelNotAllowed: 403,
}


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> ResponseReturnValue:
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    request_scope.set_error_code(code)  # counted per code by the request metrics
    return jsonify(body), status, headers or {}


def _http_error(exc: HTTPException) -> ResponseReturnValue:
    status = exc.code or 500
    data = getattr(exc, "data", None) or {}
    messages = data.get("messages")
    code = _HTTP_CODES.get(status, "error")
    message = exc.description or exc.name
    details: dict[str, Any] = {}
    if status == 422 and messages:
        # webargs nests messages by location ("json", "query"); callers care about fields.
        fields: dict[str, Any] = {}
        for location_messages in messages.values():
            fields.update(location_messages)
        details = {"fields": fields}
        message = "request validation failed"
    elif status == 400 and messages:
        code, message = "invalid_json", "request body is not valid JSON"
        if isinstance(cause := getattr(exc, "exc", None), json.JSONDecodeError):
            details = {"reason": cause.msg}
    elif status == 413:
        message = (
            "request body is larger than this endpoint's limit (PRODUCT_SEARCH_MAX_READ_BODY_BYTES for search, "
            "similarity and embeddings; PRODUCT_SEARCH_MAX_BODY_BYTES for the others)"
        )
        details = {"limit_bytes": request.max_content_length}
    elif status == 405:
        details = {"allowed": sorted(getattr(exc, "valid_methods", None) or [])}
    elif status == 404:
        message = "no such endpoint"
    elif status >= 500:
        log.error("server error", exc_info=getattr(exc, "original_exception", None) or exc)
        code, message = "internal_error", "internal error; the request id is in the logs"
        details = {"request_id": request_scope.request_id()}
    headers = dict(data.get("headers") or {})
    allowed: list[str] = getattr(exc, "valid_methods", None) or []
    if status == 405 and allowed:
        headers["Allow"] = ", ".join(sorted(allowed))
    return error_response(status, code, message, details, headers)


def _domain_error(exc: ProductSearchError) -> ResponseReturnValue:
    status = next((s for cls, s in _DOMAIN_STATUS.items() if isinstance(exc, cls)), 400)
    details = exc.details
    if isinstance(exc, InvalidInput) and exc.fields:
        details = {**details, "fields": exc.fields}  # the shape of request validation errors
    headers = {"Retry-After": "30"} if status == 503 else None
    return error_response(status, exc.code, exc.message, details, headers)


def _store_error(exc: StoreError) -> ResponseReturnValue:
    log.error("store error", extra={"fields": {"error": str(exc)}})
    if isinstance(exc, StoreFull):
        # Nothing was written: the caller may retry once an operator has freed space.
        return error_response(507, "insufficient_storage", "the service's disk is full; nothing was written", {})
    return error_response(503, "store_unavailable", "the catalog store is unavailable", {}, {"Retry-After": "5"})


def _recursion(exc: RecursionError) -> ResponseReturnValue:
    return error_response(400, "bad_request", "request body is nested too deeply", {})


def _unexpected(exc: Exception) -> ResponseReturnValue:
    if isinstance(exc, HTTPException):
        return _http_error(exc)
    log.exception("unhandled error")
    rid = request_scope.request_id()
    return error_response(500, "internal_error", "internal error; the request id is in the logs", {"request_id": rid})


def init_app(app: Flask) -> None:
    """Answer every error as JSON; registered after flask-smorest's ``Api``, so these replace its handler."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(ProductSearchError, _domain_error)
    app.register_error_handler(StoreError, _store_error)
    app.register_error_handler(RecursionError, _recursion)
    app.register_error_handler(Exception, _unexpected)
