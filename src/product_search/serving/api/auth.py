"""``require(role)``: the API key a view's method needs, checked by the request hooks before the request
takes an admission slot (so unauthenticated floods cannot push real callers into 503), and documented in
OpenAPI with its error responses.

Keys are ``Authorization: Bearer <key>`` (:mod:`..security` compares them). Each admin key may write at
most ``PRODUCT_SEARCH_WRITE_RATE`` times per second (bursts of ``PRODUCT_SEARCH_WRITE_BURST``): 429. A
client address that keeps presenting wrong keys gets 429 for every keyed request for a while
(``PRODUCT_SEARCH_AUTH_FAILURES_PER_MINUTE``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import request
from flask.typing import ResponseReturnValue
from flask_smorest import Blueprint

from .. import request_scope
from ..limits import retry_after
from ..security import Role, bearer_token, identify, key_id
from ..state import state
from .errors import error_response

# OpenAPI: reads may be anonymous when reads are opened on purpose; writes never are.
SECURITY: dict[Role, list[dict[str, list[str]]]] = {"read": [{"bearerAuth": []}, {}], "admin": [{"bearerAuth": []}]}
F = TypeVar("F", bound=Callable[..., Any])
_ROLE = "required_role"  # the attribute require() sets on a view method


def _documented(description: str, retry: bool = False) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if retry:
        doc["headers"] = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}
    return doc


_OVERLOADED = _documented("Overloaded or store unavailable: retry after the given seconds", retry=True)
_UNAUTHORIZED = _documented("Missing or invalid API key")
_GUESSING = _documented("Too many wrong keys from this address: retry after the given seconds", retry=True)
RESPONSES: dict[Role, dict[int, dict[str, Any]]] = {
    "read": {401: _UNAUTHORIZED, 429: _GUESSING, 503: _OVERLOADED},
    "admin": {
        401: _UNAUTHORIZED,
        403: _documented("The key may read but not write"),
        429: _documented("Write rate limit of this key reached, or too many wrong keys from this address", True),
        503: _OVERLOADED,
        507: _documented("The service's disk is full: nothing was written"),
    },
}


def required_role(view: Any) -> Role | None:
    """The role a view method needs (None: an open endpoint)."""
    role: Role | None = getattr(view, _ROLE, None)
    return role


def refusal(role: Role) -> ResponseReturnValue | None:
    """The error answer for this request under ``role``, or None when it may go on."""
    service = state()
    s = service.settings
    token = bearer_token(request.headers.get("Authorization", ""))
    address = request.remote_addr or "unknown"
    if token is not None and (wait := service.auth_failures.wait(address)) > 0:
        # Checked before the key: while an address is guessing, no answer tells it whether a key is right.
        return error_response(
            429,
            "too_many_failed_authentications",
            "too many requests with wrong API keys from this address; retry later",
            {"retry_after_s": round(wait, 3)},
            headers={"Retry-After": retry_after(wait)},
        )
    caller = identify(token, s.admin_keys, s.read_keys)
    request_scope.set_caller(caller.key_id, caller.role)
    if caller.may(role, open_reads=not s.read_keys and s.open_reads):
        if role == "admin" and caller.key_id is not None and (wait := service.write_rate.take(caller.key_id)) > 0:
            return error_response(
                429,
                "rate_limited",
                f"too many writes with this API key: at most {s.write_rate:g} per second (bursts of {s.write_burst})",
                {"retry_after_s": round(wait, 3), "rate_per_s": s.write_rate, "burst": s.write_burst},
                headers={"Retry-After": retry_after(wait)},
            )
        return None
    if caller.token is None:
        return error_response(
            401,
            "unauthorized",
            "missing API key: send 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": 'Bearer realm="product-search"'},
        )
    if caller.role is None:
        # A wrong key fails loudly even where reads are open: the caller is misconfigured (or guessing).
        service.auth_failures.failed(address, key_id(caller.token))
        return error_response(
            401,
            "unauthorized",
            "invalid API key",
            headers={"WWW-Authenticate": 'Bearer realm="product-search", error="invalid_token"'},
        )
    return error_response(403, "forbidden", "this API key may read but not write")


def require(role: Role) -> Callable[[F], F]:
    """Mark a view method as needing ``role`` (``admin`` for writes, ``read`` for searches and reads), checked
    by the request hooks before admission, and document it in OpenAPI."""

    def decorate(view: F) -> F:
        setattr(view, _ROLE, role)
        documented: F = Blueprint.doc(security=SECURITY[role], responses=RESPONSES[role])(view)
        return documented

    return decorate
