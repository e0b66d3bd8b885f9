"""API keys kept in the store: what each may do (actions on catalogs matching its patterns), checked per request
from a per-process cache that sees every revocation within :data:`REFRESH_S`.

A key's secret is ``ps_<id>_<secret>``: a recognisable prefix (secret scanners find leaked ones), the key's public
id (12 letters and digits: what logs, the audit trail and the API name), then 32 random bytes. It is shown once,
at creation; the store keeps an scrypt hash of it (:func:`hash_secret`), never the secret.

A worker verifies a secret once (scrypt is slow on purpose) and then knows it by its SHA-256: a later request
costs a dictionary lookup. Every :data:`REFRESH_S` seconds at most, a request also reads how many keys there are
and when any last changed (one small query); when that moved, the worker reloads every key's row and keeps only
the verified secrets whose hash the row still holds: a revoked, rotated-out or deleted key stops working on
every worker of every node sharing the store within that time, without anyone restarting anything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import InvalidInput, KeyNotFound
from ..storage.keys import AuditRow, KeyRow
from ..storage.store import CatalogStore

ACTIONS = ("search", "read", "write", "delete", "migrate", "admin")
# What each action lets a key do: admin does everything; the others only what they name.
PREFIX = "ps_"
_TOKEN = re.compile(r"ps_([a-z0-9]{12})_([A-Za-z0-9_-]{43})")
_PATTERN = re.compile(r"\*|[a-z0-9][a-z0-9_-]{0,63}|[a-z0-9][a-z0-9_-]{0,62}\*")
MAX_NAME, MAX_PATTERNS = 100, 64
MAX_LIFE_S, MAX_GRACE_S = 10 * 366 * 86400, 30 * 86400
REFRESH_S = 0.5  # how stale a worker's view of the keys may be: revocations take effect within it
# A secret naming a key this worker does not know makes it look again, at most this often: a new key works at once
# on every worker, and a flood of made-up ids costs the store at most 20 small reads a second per worker.
UNKNOWN_S = 0.05
TOUCH_S = 60.0
MAX_FAILED = 10_000  # wrong secrets remembered per worker (forgotten all at once beyond)
KEYS_LOCK = "#keys"  # key changes serialize on their own lock, never the store-wide one (no catalog has "#")
_KEY_ID = re.compile(r"[a-z0-9]{12}")  # last_used_at is written at most this often per worker
# scrypt's cost (2^12 x 8 x 128 bytes = 4 MiB, a few ms): the secret is 256 random bits, so the hash need only make a
# stolen table useless, not resist guessing; the parameters travel in each hash so they can be raised later.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**12, 8, 1


def hash_secret(secret: str, *, n: int = _SCRYPT_N, r: int = _SCRYPT_R, p: int = _SCRYPT_P) -> str:
    """``scrypt$n$r$p$salt$hash`` of a whole secret (``ps_...``), salted."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return "$".join(["scrypt", str(n), str(r), str(p), _b64(salt), _b64(digest)])


def secret_matches(secret: str, stored: str) -> bool:
    """Whether ``secret`` is the one ``stored`` (a :func:`hash_secret`) was made from; constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        given = hashlib.scrypt(secret.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except ValueError:
        return False
    return hmac.compare_digest(given, _unb64(digest))


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_secret() -> tuple[str, str]:
    """A fresh key id and its secret (``ps_<id>_<43 characters>``)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    key_id = "".join(secrets.choice(alphabet) for _ in range(12))
    return key_id, f"{PREFIX}{key_id}_{_b64(secrets.token_bytes(32))}"


def key_id_of(token: str) -> str | None:
    """The key id a token names, if it has the shape of a stored key's secret."""
    found = _TOKEN.fullmatch(token)
    return found.group(1) if found else None


_DURATION = re.compile(r"(\d{1,7})([smhd])")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def duration(text: str, field: str = "expires") -> float:
    """Seconds in a duration as operators write it: ``90s``, ``15m``, ``12h``, ``30d``."""
    found = _DURATION.fullmatch(text.strip())
    if found is None:
        raise InvalidInput("invalid duration", fields={field: ["a number and a unit: 90s, 15m, 12h or 30d"]})
    return float(int(found.group(1)) * _UNIT_S[found.group(2)])


def state_of(row: KeyRow, now: float | None = None) -> str:
    """``active``, ``expired`` or ``revoked``."""
    if row.revoked_at is not None:
        return "revoked"
    if row.expires_at is not None and (time.time() if now is None else now) >= row.expires_at:
        return "expired"
    return "active"


def matches(pattern: str, catalog: str) -> bool:
    """``*`` every catalog, ``acme-*`` those starting ``acme-``, ``acme`` that one."""
    return catalog.startswith(pattern[:-1]) if pattern.endswith("*") else catalog == pattern


@dataclass(frozen=True)
class Grant:
    """What one key may do."""

    key_id: str | None  # None: an environment key (they are not stored)
    actions: frozenset[str]
    catalogs: tuple[str, ...]
    write_rate: float | None = None
    search_rate: float | None = None

    def may(self, action: str, catalog: str | None = None) -> bool:
        """Whether the key may do ``action`` (on ``catalog``; None: an endpoint of no catalog, which needs the action
        on some catalog, and ``admin`` on every one: a tenant's admin key administers its catalogs, not the
        service's keys)."""
        if "admin" not in self.actions and action not in self.actions:
            return False
        if catalog is None and action == "admin":
            return "*" in self.catalogs  # keys, the audit trail, any model: the whole service's, not a tenant's
        return catalog is None or self.sees(catalog)

    @property
    def is_admin(self) -> bool:
        """Whether the key administers the whole service (``admin`` on ``*``)."""
        return self.may("admin")

    def sees(self, catalog: str) -> bool:
        return any(matches(p, catalog) for p in self.catalogs)


EVERYTHING = Grant(None, frozenset(ACTIONS), ("*",))
READS = Grant(None, frozenset({"search", "read"}), ("*",))


@dataclass
class _Known:
    """A secret this process verified: against which of its key's hashes."""

    key_id: str
    verified: str  # the stored hash it matched (the current secret's, or a rotated one's)


@dataclass
class KeySpec:
    """A key to create, checked field by field (:meth:`KeySpec.check`)."""

    name: str
    actions: tuple[str, ...]
    catalogs: tuple[str, ...]
    expires: str | None = None  # a duration as operators write it: 90s, 15m, 12h, 30d (None: until revoked)
    write_rate: float | None = None
    search_rate: float | None = None

    def check(self) -> KeySpec:
        """Itself, or :class:`InvalidInput` naming every field that is wrong."""
        problems: dict[str, list[str]] = {}
        if not self.name.strip() or len(self.name) > MAX_NAME or not self.name.isprintable():
            problems["name"] = [f"1 to {MAX_NAME} printable characters"]
        unknown = sorted(set(self.actions) - set(ACTIONS))
        if not self.actions or unknown:
            problems["actions"] = [
                f"one or more of {', '.join(ACTIONS)}" + (f"; unknown: {unknown}" if unknown else "")
            ]
        bad = [p for p in self.catalogs if not isinstance(p, str) or not _PATTERN.fullmatch(p)]
        if not self.catalogs or len(self.catalogs) > MAX_PATTERNS or bad:
            problems["catalogs"] = [
                f"1 to {MAX_PATTERNS} catalog names or patterns ('acme', 'acme-*', '*')"
                + (f"; not one: {bad[:5]}" if bad else "")
            ]
        if self.expires is not None:
            try:
                if not 0 < duration(self.expires) <= MAX_LIFE_S:
                    problems["expires"] = ["a positive duration of at most 10 years"]
            except InvalidInput as exc:
                problems.update(exc.fields)
        for name, rate in (("write_rate", self.write_rate), ("search_rate", self.search_rate)):
            if rate is not None and not 0 < rate <= 1e6:
                problems[name] = ["a positive number of requests per second"]
        if problems:
            raise InvalidInput("the key is invalid", fields=problems)
        return self


class KeyRing:
    """The stored keys as this process sees them (thread-safe), and their management."""

    def __init__(self, store: CatalogStore, *, refresh_s: float = REFRESH_S, clock: Callable[[], float] = time.time):
        self.store = store
        self.refresh_s = refresh_s
        self.clock = clock
        self._lock = threading.Lock()
        self._rows: dict[str, KeyRow] = {}
        self._known: dict[bytes, _Known] = {}  # SHA-256 of a verified secret -> its key
        self._failed: dict[bytes, tuple[str, str | None]] = {}  # SHA-256 of a wrong secret -> the hashes it failed
        self._seen: tuple[int, float] | None = None  # keys_changed() when _rows was read
        self._checked = float("-inf")  # when keys_changed() was last read
        self._used: set[str] = set()
        self._touched = clock()

    # -- per request -------------------------------------------------------------------------------

    def grant(self, token: str) -> Grant | None:
        """What a stored key's secret may do; None for no valid stored key (unknown, wrong, revoked, expired)."""
        key_id = key_id_of(token)
        if key_id is None:
            return None
        self._refresh(self.refresh_s)
        row = self._rows.get(key_id)
        if row is None:  # a key created since the last look (or none): look again, at most every UNKNOWN_S
            self._refresh(UNKNOWN_S)
            row = self._rows.get(key_id)
            if row is None:
                return None
        digest = hashlib.sha256(token.encode()).digest()
        known = self._known.get(digest)
        now = self.clock()
        if known is None:  # the slow check, once per secret and process
            if not self._usable(row, now) or self._failed.get(digest) == (row.secret_hash, row.previous_hash):
                return None  # no scrypt for a key that cannot pass, nor again for a secret that failed on these hashes
            for stored in (row.secret_hash, row.previous_hash):
                if stored is not None and secret_matches(token, stored):
                    known = _Known(key_id, stored)
                    with self._lock:
                        self._known[digest] = known
                    break
            else:
                with self._lock:
                    if len(self._failed) >= MAX_FAILED:
                        self._failed.clear()
                    self._failed[digest] = (row.secret_hash, row.previous_hash)
                return None
        if not self._valid(row, known, now):
            return None
        self._used.add(key_id)
        return Grant(key_id, frozenset(row.actions), row.catalogs, row.write_rate, row.search_rate)

    @staticmethod
    def _usable(row: KeyRow, now: float) -> bool:
        return row.revoked_at is None and (row.expires_at is None or now < row.expires_at)

    @classmethod
    def _valid(cls, row: KeyRow, known: _Known, now: float) -> bool:
        if not cls._usable(row, now):
            return False
        if known.verified == row.secret_hash:
            return True
        return known.verified == row.previous_hash and row.previous_until is not None and now < row.previous_until

    def _refresh(self, every: float) -> None:
        """Reload the keys if any changed (looked at most once in ``every`` seconds)."""
        now = time.monotonic()
        if now - self._checked < every:
            return
        with self._lock:
            if now - self._checked < every:
                return
            with self.store.read() as conn:
                changed = self.store.keys_changed(conn)
                rows = self.store.list_keys(conn) if changed != self._seen else None
            if rows is not None:
                self._rows = {r.id: r for r in rows}
                still = {r.secret_hash for r in rows} | {r.previous_hash for r in rows if r.previous_hash}
                self._known = {d: k for d, k in self._known.items() if k.verified in still}
                self._seen = changed
            self._checked = now
            if self._used and self.clock() - self._touched >= TOUCH_S:
                used, self._used, self._touched = sorted(self._used), set(), self.clock()
                threading.Thread(target=self._touch, args=(used, self._touched), daemon=True).start()

    def _touch(self, used: list[str], at: float) -> None:
        """Record when keys were last used, off the request (a failure only loses a coarse timestamp)."""
        try:
            with self.store.write(KEYS_LOCK) as conn:
                self.store.touch_keys(conn, used, at)
        except Exception:
            return

    # -- management --------------------------------------------------------------------------------

    def create(self, spec: KeySpec) -> tuple[KeyRow, str]:
        """A new key and its secret (shown once: only its hash is kept)."""
        spec.check()
        key_id, secret = new_secret()
        now = self.clock()
        row = KeyRow(
            id=key_id, name=spec.name.strip(), secret_hash=hash_secret(secret),
            actions=tuple(dict.fromkeys(spec.actions)), catalogs=tuple(dict.fromkeys(spec.catalogs)), created_at=now,
            expires_at=None if spec.expires is None else now + duration(spec.expires),
            write_rate=spec.write_rate, search_rate=spec.search_rate,
        )  # fmt: skip
        with self.store.write(KEYS_LOCK) as conn:
            self.store.add_key(conn, row)
            self.store.record(conn, "key.create", None, _described(row))
        self._checked = float("-inf")  # this process sees its own changes at once; the others within REFRESH_S
        return row, secret

    def all(self) -> list[KeyRow]:
        with self.store.read() as conn:
            return self.store.list_keys(conn)

    def get(self, key_id: str) -> KeyRow:
        _check_id(key_id)
        with self.store.read() as conn:
            row = self.store.get_key(conn, key_id)
        if row is None:
            raise KeyNotFound(f"no key {key_id!r}", {"key": key_id})
        return row

    def audit(
        self, catalog: str | None = None, key_id: str | None = None, since: float = 0.0, limit: int = 100
    ) -> list[AuditRow]:
        """The audit trail, newest first."""
        with self.store.read() as conn:
            return self.store.audit(conn, catalog, key_id, since, limit)

    def revoke(self, key_id: str) -> KeyRow:
        """Stop a key everywhere (within :data:`REFRESH_S`); revoking twice is revoking once."""
        _check_id(key_id)
        with self.store.write(KEYS_LOCK) as conn:
            row = self.store.get_key(conn, key_id)
            if row is None:
                raise KeyNotFound(f"no key {key_id!r}", {"key": key_id})
            if row.revoked_at is None:
                self.store.update_key(conn, key_id, revoked_at=self.clock())
                self.store.record(conn, "key.revoke", None, {"key": key_id, "name": row.name})
            fresh = self.store.get_key(conn, key_id) or row
        self._checked = float("-inf")
        return fresh

    def rotate(self, key_id: str, grace_s: float) -> tuple[KeyRow, str]:
        """A new secret for the key (same id, grants and limits); the old one keeps working for ``grace_s``."""
        _check_id(key_id)
        if not 0 <= grace_s <= MAX_GRACE_S:
            raise InvalidInput("invalid grace period", fields={"grace": ["0 to 30 days"]})
        secret = f"{PREFIX}{key_id}_{_b64(secrets.token_bytes(32))}"
        with self.store.write(KEYS_LOCK) as conn:
            row = self.store.get_key(conn, key_id)
            if row is None:
                raise KeyNotFound(f"no key {key_id!r}", {"key": key_id})
            if not self._usable(row, self.clock()):
                state = state_of(row, self.clock())
                raise InvalidInput(f"an {state} key cannot be rotated", fields={"key": [state]})
            self.store.update_key(
                conn, key_id, secret_hash=hash_secret(secret), previous_hash=row.secret_hash,
                previous_until=self.clock() + grace_s,
            )  # fmt: skip
            self.store.record(conn, "key.rotate", None, {"key": key_id, "grace_s": grace_s})
            fresh = self.store.get_key(conn, key_id) or row
        self._checked = float("-inf")
        return fresh, secret


def _check_id(key_id: str) -> None:
    """A key id, or 422 without repeating what was given (a secret pasted by mistake is never echoed)."""
    if not _KEY_ID.fullmatch(key_id):
        raise InvalidInput("not a key id", fields={"key": ["12 letters and digits: the part of a secret after ps_"]})


def _described(row: KeyRow) -> dict[str, object]:
    """A key as the audit trail records it: never its secret or hash."""
    return {"key": row.id, "name": row.name, "actions": list(row.actions), "catalogs": list(row.catalogs),
            "expires_at": row.expires_at}  # fmt: skip
