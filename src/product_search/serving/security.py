"""API keys without Flask: who a bearer token is, compared in constant time.

Admin keys may do everything; read keys may search and read. With no read keys configured, reads are
open; writes always need an admin key, so a service with no admin keys is read-only over HTTP.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Role = Literal["admin", "read"]


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
    """A non-secret identifier of a key for logs and rate limits: 8 hex digits of its SHA-256."""
    return hashlib.sha256(key.encode()).hexdigest()[:8]


def bearer_token(authorization: str) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header value, else None."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


@dataclass(frozen=True)
class Caller:
    """What a request's token makes of its sender."""

    token: str | None  # None: no token sent
    role: Role | None  # None: no token, or a token that is no key of this service

    @property
    def key_id(self) -> str | None:
        return key_id(self.token) if self.token is not None and self.role is not None else None

    def may(self, role: Role, *, open_reads: bool) -> bool:
        """Whether the caller may do what ``role`` may (an admin may read too)."""
        if self.role == "admin":
            return True
        if role == "read":
            return self.role == "read" or (open_reads and self.token is None)
        return False


def identify(token: str | None, admin_keys: Iterable[str], read_keys: Iterable[str]) -> Caller:
    """The caller a token stands for (both key sets are compared in full: no timing signal)."""
    if token is None:
        return Caller(None, None)
    is_admin = key_matches(token, admin_keys)
    is_reader = key_matches(token, read_keys)
    return Caller(token, "admin" if is_admin else "read" if is_reader else None)
