"""API keys: ``Authorization: Bearer <key>``, compared in constant time.

Admin keys may do everything; read keys may search. With no read keys configured, reads are open.
Writes always need an admin key, so a service with no admin keys is read-only.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Callable, Iterable
from typing import Any, Literal, TypeVar

from flask import g, request

from .errors import error_response
from .schemas import settings

Role = Literal["admin", "read"]
# OpenAPI: reads may be anonymous when no read keys are configured; writes never are.
SECURITY: dict[Role, list[dict[str, list[str]]]] = {"read": [{"bearerAuth": []}, {}], "admin": [{"bearerAuth": []}]}
F = TypeVar("F", bound=Callable[..., Any])


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
            return view(*args, **kwargs)

        doc = getattr(wrapper, "_apidoc", {})
        wrapper._apidoc = {**doc, "manual_doc": {**doc.get("manual_doc", {}), "security": SECURITY[role]}}  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
