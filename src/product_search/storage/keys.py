"""API keys and the audit trail, as stored: a part of :class:`.store.CatalogStore`, read and written inside the
caller's transaction. What a key may do and how its secret is checked is :mod:`..access.keys`; here only rows.

A key's row holds a slow hash of its secret, never the secret (``secret_hash``; during a rotation's grace period
also the previous one's). ``changed_at`` moves with every change of any key, so that a worker's cache of keys
knows, from one small read, whether what it holds is still true (:meth:`KeyTable.keys_changed`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from .database import Connection

# Who is making the changes of this context: the key id of the request being served (set by the request hooks);
# None for the CLI, background jobs and environment keys' callers without an id. Read by :meth:`KeyTable.record`.
ACTOR: ContextVar[str | None] = ContextVar("product_search_actor", default=None)
audit_log = logging.getLogger("product_search.audit")
# The audit log lines of the transaction open in this context: written once it commits, dropped if it rolls back.
_UNCOMMITTED: ContextVar[list[dict[str, Any]] | None] = ContextVar("product_search_audit_lines", default=None)


@contextmanager
def logged_on_commit(transaction: AbstractContextManager[Connection]) -> Iterator[Connection]:
    """Enter a store transaction; the audit log lines its :meth:`KeyTable.record` calls make are written after it
    commits (a log line must never tell of a change the store does not have)."""
    lines: list[dict[str, Any]] = []
    token = _UNCOMMITTED.set(lines)
    try:
        with transaction as conn:
            yield conn
    finally:
        _UNCOMMITTED.reset(token)
    for fields in lines:
        audit_log.info(fields["action"], extra={"fields": fields})


@dataclass(frozen=True)
class KeyRow:
    id: str  # public: the part of the secret before its last "_" (``ps_<id>_<secret>``)
    name: str
    secret_hash: str
    actions: tuple[str, ...]
    catalogs: tuple[str, ...]  # patterns: "acme", "acme-*", "*"
    created_at: float
    expires_at: float | None = None
    revoked_at: float | None = None
    last_used_at: float | None = None  # coarse: written at most once a minute per worker
    previous_hash: str | None = None  # a rotated key's old secret, valid until ``previous_until``
    previous_until: float | None = None
    write_rate: float | None = None  # writes per second this key may make (None: the service's default)
    search_rate: float | None = None  # searches per second (None: no limit)
    changed_at: float = 0.0


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: float
    key_id: str | None  # None: a command run on the host (the CLI), or an environment key's holder
    action: str
    catalog: str | None
    details: dict[str, Any]


_KEY_COLUMNS = (
    "id, name, secret_hash, actions, catalogs, created_at, expires_at, revoked_at, last_used_at, previous_hash,"
    " previous_until, write_rate, search_rate, changed_at"
)


def _next_change(conn: Connection) -> float:
    """A ``changed_at`` above every one stored: the clock, or just past the latest where another host's clock was
    ahead (the caches compare the maximum, so it must move with every change, whatever the clocks say). Key changes
    are serialized (one lock), so no two take the same."""
    latest = conn.execute("SELECT MAX(changed_at) FROM api_keys").fetchone()[0]
    return max(time.time(), float(latest or 0.0) + 0.001)


def _row_to_key(row: Any) -> KeyRow:
    values = dict(row)
    return KeyRow(**{**values, "actions": tuple(json.loads(values["actions"])),
                     "catalogs": tuple(json.loads(values["catalogs"]))})  # fmt: skip


class KeyTable:
    """Rows of ``api_keys`` and ``audit`` (a part of :class:`.store.CatalogStore`)."""

    @staticmethod
    def add_key(conn: Connection, key: KeyRow) -> None:
        conn.execute(
            f"INSERT INTO api_keys({_KEY_COLUMNS}) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # nosec B608
            (key.id, key.name, key.secret_hash, json.dumps(list(key.actions)), json.dumps(list(key.catalogs)),
             key.created_at, key.expires_at, key.revoked_at, key.last_used_at, key.previous_hash, key.previous_until,
             key.write_rate, key.search_rate, _next_change(conn)),
        )  # fmt: skip

    @staticmethod
    def get_key(conn: Connection, key_id: str) -> KeyRow | None:
        row = conn.execute(f"SELECT {_KEY_COLUMNS} FROM api_keys WHERE id = ?", (key_id,)).fetchone()  # nosec B608
        return None if row is None else _row_to_key(row)

    @staticmethod
    def list_keys(conn: Connection) -> list[KeyRow]:
        rows = conn.execute(f"SELECT {_KEY_COLUMNS} FROM api_keys ORDER BY created_at, id")  # nosec B608
        return [_row_to_key(r) for r in rows]

    @staticmethod
    def update_key(conn: Connection, key_id: str, **values: Any) -> bool:
        """Set columns of a key (names are the caller's constants, never input); False if there is no such key."""
        values["changed_at"] = _next_change(conn)
        assignments = ", ".join(f"{k} = ?" for k in values)
        sql = f"UPDATE api_keys SET {assignments} WHERE id = ?"  # nosec B608
        return conn.execute(sql, (*values.values(), key_id)).rowcount == 1

    @staticmethod
    def touch_keys(conn: Connection, key_ids: Sequence[str], at: float) -> None:
        """Record that keys were used (``last_used_at``): no change a cache must see, so ``changed_at`` stays."""
        conn.executemany("UPDATE api_keys SET last_used_at = ? WHERE id = ?", [(at, k) for k in key_ids])

    @staticmethod
    def keys_changed(conn: Connection) -> tuple[int, float]:
        """(how many keys, when any last changed): equal twice, nothing about any key changed between."""
        row = conn.execute("SELECT COUNT(*), MAX(changed_at) FROM api_keys").fetchone()
        return int(row[0]), float(row[1] or 0.0)

    @staticmethod
    def record(conn: Connection, action: str, catalog: str | None, details: dict[str, Any]) -> None:
        """An entry of the audit trail by the context's :data:`ACTOR`, in the transaction of the change it records,
        and a log line once that commits (:func:`logged_on_commit`)."""
        key_id = ACTOR.get()
        conn.execute(
            "INSERT INTO audit(at, key_id, action, catalog, details) VALUES(?, ?, ?, ?, ?)",
            (time.time(), key_id, action, catalog, json.dumps(details, sort_keys=True)),
        )
        fields = {"key_id": key_id, "action": action, "catalog": catalog, **details}
        lines = _UNCOMMITTED.get()
        if lines is None:
            raise RuntimeError("KeyTable.record outside CatalogStore.write: its log line would precede the commit")
        lines.append(fields)

    @staticmethod
    def audit(
        conn: Connection, catalog: str | None = None, key_id: str | None = None, since: float = 0.0, limit: int = 100
    ) -> list[AuditRow]:
        """Entries newest first (of one catalog, one key; after ``since``)."""
        where: list[str] = ["at > ?"]
        params: list[Any] = [since]
        if catalog is not None:
            where.append("catalog = ?")
            params.append(catalog)
        if key_id is not None:
            where.append("key_id = ?")
            params.append(key_id)
        sql = f"SELECT * FROM audit WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"  # nosec B608
        return [
            AuditRow(r["id"], r["at"], r["key_id"], r["action"], r["catalog"], json.loads(r["details"]))
            for r in conn.execute(sql, (*params, limit))
        ]
