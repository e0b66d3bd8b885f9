"""``require(role)``: the API key check of a view, and its OpenAPI security and error responses.

Keys are ``Authorization: Bearer <key>`` (:mod:`..security` compares them). Each admin key may write at
most ``PRODUCT_SEARCH_WRITE_RATE`` times per second (bursts of ``PRODUCT_SEARCH_WRITE_BURST``): 429.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import request
from flask.typing import ResponseReturnValue
from flask_smorest import Blueprint

from .. import request_scope
from ..limits import retry_after
from ..security import Role, bearer_token, identify
from ..state import state
from .errors import error_response

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


def _refusal(role: Role) -> ResponseReturnValue | None:
    """The error answer for this request under ``role``, or None when it may go on."""
    s = state().settings
    caller = identify(bearer_token(request.headers.get("Authorization", "")), s.admin_keys, s.read_keys)
    request_scope.set_key_id(caller.key_id)
    if caller.may(role, open_reads=not s.read_keys):
        if role == "admin" and caller.key_id is not None and (wait := state().write_rate.take(caller.key_id)) > 0:
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
        # A wrong key fails loudly even where reads are open: the caller is misconfigured.
        return error_response(
            401,
            "unauthorized",
            "invalid API key",
            headers={"WWW-Authenticate": 'Bearer realm="product-search", error="invalid_token"'},
        )
    return error_response(403, "forbidden", "this API key may read but not write")


def require(role: Role) -> Callable[[F], F]:
    """Guard a view: ``admin`` for writes, ``read`` for searches and reads; documents both in OpenAPI."""

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            refused = _refusal(role)
            return view(*args, **kwargs) if refused is None else refused

        documented: F = Blueprint.doc(security=SECURITY[role], responses=RESPONSES[role])(guarded)
        return documented

    return decorate
