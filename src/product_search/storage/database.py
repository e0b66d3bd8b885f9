"""Database: the SQLite file of the store, its schema, and connections per thread and process.

WAL mode with ``synchronous=FULL``: readers never block the writer, and an acknowledged commit survives
power loss. Connections are opened lazily per thread and never reused across ``fork`` (Gunicorn).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

# A catalog answers from exactly one generation (its active one): the vectors of every product made by one
# model version. Other generations are being built (a migration), retained (for rollback) or failed.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS catalogs (
    name TEXT PRIMARY KEY,
    active_generation INTEGER NOT NULL,
    version INTEGER NOT NULL,
    product_count INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS generations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    catalog TEXT NOT NULL REFERENCES catalogs(name) ON DELETE CASCADE,
    model_ref TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    fingerprint_json TEXT NOT NULL,
    dimension INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('building', 'active', 'retained', 'failed')),
    created_at REAL NOT NULL,
    switched_at REAL
);
CREATE INDEX IF NOT EXISTS generations_by_catalog ON generations(catalog, state);
CREATE TABLE IF NOT EXISTS products (
    pk INTEGER PRIMARY KEY,
    catalog TEXT NOT NULL REFERENCES catalogs(name) ON DELETE CASCADE,
    id TEXT NOT NULL,
    description TEXT NOT NULL,
    metadata TEXT,
    updated_at REAL NOT NULL,
    UNIQUE (catalog, id)
);
CREATE TABLE IF NOT EXISTS vectors (
    generation INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
    pk INTEGER NOT NULL REFERENCES products(pk) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    PRIMARY KEY (generation, pk)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS vectors_by_product ON vectors(pk);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    catalog TEXT NOT NULL,
    generation INTEGER NOT NULL,
    state TEXT NOT NULL,
    switch TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until REAL NOT NULL DEFAULT 0,
    error TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_by_catalog ON jobs(catalog, state);
"""

# Schema 1 (one vector per product in products.embedding, the model's fingerprint on the catalog) to 2:
# every catalog's vectors become its first generation, bound to a model version by the service on start
# (model_ref '' until then: the store does not know the repository). Nothing is re-encoded.
_FROM_1 = """
INSERT INTO catalogs(name, active_generation, version, product_count, created_at, updated_at)
    SELECT name, 0, version, product_count, created_at, updated_at FROM catalogs_v1;
INSERT INTO generations(catalog, model_ref, fingerprint, fingerprint_json, dimension, state, created_at, switched_at)
    SELECT name, '', fingerprint, fingerprint_json, dimension, 'active', created_at, updated_at FROM catalogs_v1;
UPDATE catalogs SET active_generation = (SELECT g.id FROM generations g WHERE g.catalog = catalogs.name);
INSERT INTO products(pk, catalog, id, description, metadata, updated_at)
    SELECT pk, catalog, id, description, metadata, updated_at FROM products_v1;
INSERT INTO vectors(generation, pk, vector)
    SELECT g.id, p.pk, p.embedding FROM products_v1 p JOIN generations g ON g.catalog = p.catalog;
DROP TABLE products_v1;
DROP TABLE catalogs_v1;
"""


class StoreError(RuntimeError):
    """The store cannot be opened or is damaged."""


class StoreFull(StoreError):
    """A write did not fit on the disk; it was rolled back, the store is as before."""


class Database:
    """One SQLite (WAL) file of the catalog schema. Connections are per thread and per process (opened after fork).

    Args:
        path: the database file; its directory is created if needed.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._pid = os.getpid()
        self._init_lock = threading.Lock()
        self._instance_id: str | None = None

    @property
    def instance_id(self) -> str:
        """This store's identity (index files name it); opening the store on first use."""
        return self._instance_id or self._open()

    def _open(self) -> str:
        """Create or check the schema. Deferred to first use: a store that cannot be opened makes the
        service unready with the reason (readiness 503) instead of keeping it from starting at all."""
        with self._init_lock:
            if self._instance_id is not None:
                return self._instance_id
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                conn = self._connect()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path} cannot be opened as a catalog store: {exc}") from exc
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    schema = self._schema_of(conn)
                    if schema == 1:
                        self._upgrade_from_1(conn)
                    elif schema is not None and schema != str(SCHEMA_VERSION):
                        raise StoreError(f"{self.path}: schema version {schema}, expected {SCHEMA_VERSION}")
                    for statement in _statements(_SCHEMA):
                        conn.execute(statement)
                    if self._meta(conn, "instance_id") is None:
                        self._set_meta(conn, "instance_id", uuid.uuid4().hex)
                        self._set_meta(conn, "last_version", "0")
                    self._set_meta(conn, "schema_version", str(SCHEMA_VERSION))
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                self._instance_id = str(self._meta(conn, "instance_id"))
                return self._instance_id
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path} cannot be opened as a catalog store: {exc}") from exc
            finally:
                conn.close()

    # -- connections ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit that was acknowledged survives power loss, not only a process crash.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    def connection(self) -> sqlite3.Connection:
        """This thread's connection; a forked child never reuses its parent's."""
        if self._instance_id is None:
            self._open()
        if self._pid != os.getpid():
            # Inherited connections must not be used (or closed) in the child: forget them.
            self._local = threading.local()
            self._pid = os.getpid()
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close this thread's connection (call in the Gunicorn master before forking)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._pid == os.getpid():
            conn.close()
        self._local = threading.local()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot of the whole store."""
        conn = self.connection()
        conn.execute("BEGIN DEFERRED")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; committed (durably) on normal exit, rolled back on error."""
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")  # can fail too (a full disk): then nothing of it was committed
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
                raise StoreFull(f"{self.path}: the disk is full; the write was rolled back") from exc
            raise

    def check_integrity(self) -> None:
        """Raise :class:`StoreError` if SQLite finds the file damaged."""
        try:
            rows = self.connection().execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is damaged: {exc}") from exc
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise StoreError(f"{self.path} is damaged: {'; '.join(problems[:5])}")

    def _schema_of(self, conn: sqlite3.Connection) -> int | str | None:
        """The schema version of an existing store (None: a new, empty file)."""
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
            return None
        value = self._meta(conn, "schema_version")
        return 1 if value == "1" else value

    def _upgrade_from_1(self, conn: sqlite3.Connection) -> None:
        """Schema 1 to 2 inside the caller's transaction: all of it or nothing (see ``_FROM_1``)."""
        conn.execute("ALTER TABLE catalogs RENAME TO catalogs_v1")
        conn.execute("ALTER TABLE products RENAME TO products_v1")
        for statement in _statements(_SCHEMA):
            conn.execute(statement)
        for statement in _statements(_FROM_1):
            conn.execute(statement)
        log.warning("store upgraded from schema 1 to 2", extra={"fields": {"path": str(self.path)}})

    # -- meta ----------------------------------------------------------------------------------

    @staticmethod
    def _meta(conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _next_version(self, conn: sqlite3.Connection) -> int:
        version = int(self._meta(conn, "last_version") or 0) + 1
        self._set_meta(conn, "last_version", str(version))
        return version


def _statements(script: str) -> list[str]:
    """The statements of a script (none holds a ``;`` inside), to run inside an open transaction:
    ``executescript`` would commit it first."""
    return [part.strip() for part in script.split(";") if part.strip()]


def marks(values: Sequence[Any]) -> str:
    """``?,?,?``: one placeholder per value. SQL built with it holds no data (hence the ``nosec B608``)."""
    return ",".join("?" * len(values))


def vector_blob(vector: npt.NDArray[np.float32]) -> bytes:
    """A vector as stored: float32 bytes."""
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()
