"""API keys: ``Authorization: Bearer <key>``, compared in constant time.

Admin keys may do everything; read keys may search. With no read keys configured, reads are open.
Writes always need an admin key, so a service with no admin keys is read-only, and each admin key
may write at most ``PRODUCT_SEARCH_WRITE_RATE`` times per second (bursts of ``PRODUCT_SEARCH_WRITE_BURST``): 429.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from flask import current_app, g, request

from ..limits import retry_after
from .errors import error_response
from .schemas import settings

if TYPE_CHECKING:
    from .state import ServiceState

Role = Literal["admin", "read"]
# OpenAPI: reads may be anonymous when no read keys are configured; writes never are.
SECURITY: dict[Role, list[dict[str, list[str]]]] = {"read": [{"bearerAuth": []}, {}], "admin": [{"bearerAuth": []}]}
F = TypeVar("F", bound=Callable[..., Any])


def _documented(description: str, retry: bool = False) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if retry:
        doc["headers"] = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}
    return doc


_OVERLOADED = _documented("Overloaded or store unavailable: retry after the given seconds", retry=True)
RESPONSES: dict[Role, dict[int, dict[str, Any]]] = {
    "read": {401: _documented("Missing or invalid API key"), 503: _OVERLOADED},
    "admin": {
        401: _documented("Missing or invalid API key"),
        403: _documented("The key may read but not write"),
        429: _documented("Write rate limit of this key reached", retry=True),
        503: _OVERLOADED,
        507: _documented("The service's disk is full: nothing was written"),
    },
}


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def key_matches(given: str, keys: Iterable[str]) -> bool:
    """Compare against every key without an early exit; digests make lengths equal."""
    given_digest = _digest(given)
    found = False
    for key in keys:
        found |= hmac.compare_digest(given_digest, _digest(key))
    return found


def key_id(key: str) -> str:
    """A non-secret identifier for logs."""
    return hashlib.sha256(key.encode()).hexdigest()[:8]


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _service() -> ServiceState:
    service: ServiceState = current_app.extensions["product_search"]
    return service


def _rate_limited(wait: float) -> Any:
    s = settings()
    return error_response(
        429,
        "rate_limited",
        f"too many writes with this API key: at most {s.write_rate:g} per second (bursts of {s.write_burst})",
        {"retry_after_s": round(wait, 3), "rate_per_s": s.write_rate, "burst": s.write_burst},
        headers={"Retry-After": retry_after(wait)},
    )


def require(role: Role) -> Callable[[F], F]:
    """Guard a view: ``admin`` for writes, ``read`` for searches and reads."""

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            s = settings()
            token = _bearer()
            is_admin = token is not None and key_matches(token, s.admin_keys)
            is_reader = token is not None and not is_admin and key_matches(token, s.read_keys)
            if token is not None and (is_admin or is_reader):
                g.key_id = key_id(token)
            if role == "read" and not s.read_keys and token is None:
                return view(*args, **kwargs)  # open reads
            if token is None:
                return error_response(
                    401,
                    "unauthorized",
                    "missing API key: send 'Authorization: Bearer <key>'",
                    headers={"WWW-Authenticate": 'Bearer realm="product-search"'},
                )
            if not (is_admin or is_reader):
                # A wrong key fails loudly even where reads are open: the caller is misconfigured.
                return error_response(
                    401,
                    "unauthorized",
                    "invalid API key",
                    headers={"WWW-Authenticate": 'Bearer realm="product-search", error="invalid_token"'},
                )
            if role == "admin" and not is_admin:
                return error_response(403, "forbidden", "this API key may read but not write")
            if role == "admin" and (wait := _service().write_rate.take(g.key_id)) > 0:
                return _rate_limited(wait)
            return view(*args, **kwargs)

        doc = getattr(wrapper, "_apidoc", {})
        manual = doc.get("manual_doc", {})
        responses = {**RESPONSES[role], **manual.get("responses", {})}
        manual = {**manual, "security": SECURITY[role], "responses": responses}
        wrapper._apidoc = {**doc, "manual_doc": manual}  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
