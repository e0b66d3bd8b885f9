"""``require(action)``: what a view's method lets a key do, checked by the request hooks before the request
takes an admission slot (so unauthenticated floods cannot push real callers into 503), and documented in
OpenAPI with its error responses.

Keys are ``Authorization: Bearer <key>`` (:mod:`..security` says what each may do). A key may do an action on
a catalog (the path's ``<catalog>``) if it was given the action (``admin`` gives every one) and one of its
patterns matches the catalog: else 403. Each key may change things at most ``PRODUCT_SEARCH_WRITE_RATE`` times
per second (bursts of ``PRODUCT_SEARCH_WRITE_BURST``) or at its own rate, and search at its own search rate if
it has one: 429. A client address that keeps presenting wrong keys gets 429 for every keyed request for a
while (``PRODUCT_SEARCH_AUTH_FAILURES_PER_MINUTE``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import request
from flask.typing import ResponseReturnValue
from flask_smorest import Blueprint

from .. import request_scope
from ..limits import retry_after
from ..security import OPEN_ACTIONS, Action, bearer_token, identify, key_id
from ..state import state
from .errors import error_response

# OpenAPI: searches and reads may be anonymous when reads are opened on purpose; nothing else ever is.
_KEYED: list[dict[str, list[str]]] = [{"bearerAuth": []}]
F = TypeVar("F", bound=Callable[..., Any])
_ACTION = "required_action"  # the attribute require() sets on a view method
_CHANGES = ("write", "delete", "migrate", "admin")  # actions under the write rate limit


def _documented(description: str, retry: bool = False) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if retry:
        doc["headers"] = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}
    return doc


_OVERLOADED = _documented("Overloaded or store unavailable: retry after the given seconds", retry=True)
_UNAUTHORIZED = _documented("Missing, invalid, expired or revoked API key")
_FORBIDDEN = _documented("The key may not do this, or not on this catalog")


def _responses(action: Action) -> dict[int, dict[str, Any]]:
    if action in OPEN_ACTIONS:
        limited = "Search rate limit of this key reached, or too many wrong keys from this address"
        return {401: _UNAUTHORIZED, 403: _FORBIDDEN, 429: _documented(limited, True), 503: _OVERLOADED}
    return {
        401: _UNAUTHORIZED,
        403: _FORBIDDEN,
        429: _documented("Write rate limit of this key reached, or too many wrong keys from this address", True),
        503: _OVERLOADED,
        507: _documented("The service's disk is full: nothing was written"),
    }


def required_action(view: Any) -> Action | None:
    """The action a view method needs (None: an open endpoint)."""
    action: Action | None = getattr(view, _ACTION, None)
    return action


def _limited(wait: float, what: str, rate: float, burst: float) -> ResponseReturnValue:
    return error_response(
        429,
        "rate_limited",
        f"too many {what} with this API key: at most {rate:g} per second (bursts of {burst:g})",
        {"retry_after_s": round(wait, 3), "rate_per_s": rate, "burst": burst},
        headers={"Retry-After": retry_after(wait)},
    )


def refusal(action: Action) -> ResponseReturnValue | None:
    """The error answer for this request needing ``action`` (on the catalog its path names), or None when it may
    go on."""
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
    caller = identify(token, s.admin_keys, s.read_keys, service.keys.grant)
    request_scope.set_caller(caller)
    catalog = (request.view_args or {}).get("catalog")
    if caller.may(action, catalog, open_reads=s.reads_open):
        grant, key = caller.grant, caller.key_id
        if grant is not None and key is not None:
            if action in _CHANGES and (wait := service.write_rate.take(key, grant.write_rate)) > 0:
                rate = s.write_rate if grant.write_rate is None else grant.write_rate
                return _limited(wait, "writes", rate, max(s.write_burst, 1, grant.write_rate or 0))
            if grant.search_rate and action == "search" and (wait := service.search_rate.take(key, grant.search_rate)):
                return _limited(wait, "searches", grant.search_rate, max(grant.search_rate, 1))
        return None
    if caller.token is None:
        return error_response(
            401,
            "unauthorized",
            "missing API key: send 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": 'Bearer realm="product-search"'},
        )
    if caller.grant is None:
        # A wrong key fails loudly even where reads are open: the caller is misconfigured (or guessing).
        service.auth_failures.failed(address, key_id(caller.token))
        return error_response(
            401,
            "unauthorized",
            "invalid API key (unknown, revoked or expired)",
            headers={"WWW-Authenticate": 'Bearer realm="product-search", error="invalid_token"'},
        )
    where = f" on catalog {catalog!r}" if catalog is not None else ""
    return error_response(
        403, "forbidden", f"this API key may not {action}{where}", {"action": action, "catalog": catalog}
    )


def require(action: Action) -> Callable[[F], F]:
    """Mark a view method as needing ``action`` (search, read, write, delete, migrate, admin), checked by the
    request hooks before admission, and document it in OpenAPI."""

    def decorate(view: F) -> F:
        setattr(view, _ACTION, action)
        security = [*_KEYED, {}] if action in OPEN_ACTIONS else _KEYED
        documented: F = Blueprint.doc(security=security, responses=_responses(action))(view)
        return documented

    return decorate
