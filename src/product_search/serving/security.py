"""API keys without Flask: who a bearer token is, compared in constant time, and what it may do.

Keys from the environment bootstrap a service: admin keys may do everything, read keys may search and read
every catalog. Keys in the store (:mod:`..access.keys`) may do the actions they were given on the catalogs their
patterns match. Searches and reads are open to callers without a token only where opened on purpose
(``Settings.reads_open``: PRODUCT_SEARCH_OPEN_READS=1 and no read keys; a wrong token still fails); everything
else always needs a key.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from ..access.keys import EVERYTHING, READS, Grant

Action = Literal["search", "read", "write", "delete", "migrate", "admin"]
OPEN_ACTIONS = frozenset({"search", "read"})  # what a caller without a token may do where reads are open


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
    grant: Grant | None  # None: no token, or a token that is no key of this service

    @property
    def key_id(self) -> str | None:
        """The key's public id: a stored key's own, an environment key's hash prefix (:func:`key_id`)."""
        if self.grant is None or self.token is None:
            return None
        return self.grant.key_id or key_id(self.token)

    @property
    def is_admin(self) -> bool:
        return self.grant is not None and self.grant.is_admin

    def may(self, action: Action, catalog: str | None, *, open_reads: bool) -> bool:
        """Whether the caller may do ``action`` (on ``catalog``); without a token, only where reads are open."""
        if self.grant is not None:
            return self.grant.may(action, catalog)
        return self.token is None and open_reads and action in OPEN_ACTIONS


def identify(
    token: str | None, admin_keys: Iterable[str], read_keys: Iterable[str], stored: Callable[[str], Grant | None]
) -> Caller:
    """The caller a token stands for: an environment key (both sets compared in full: no timing signal), else a
    key in the store (``stored``: :meth:`..access.keys.KeyRing.grant`)."""
    if token is None:
        return Caller(None, None)
    is_admin = key_matches(token, admin_keys)
    is_reader = key_matches(token, read_keys)
    if is_admin or is_reader:
        return Caller(token, EVERYTHING if is_admin else READS)
    return Caller(token, stored(token))
