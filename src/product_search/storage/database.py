"""Database: the SQLite file of the store, its schema, and connections per thread and process.

WAL mode with ``synchronous=FULL``: readers never block the writer, and an acknowledged commit survives
power loss. Connections are opened lazily per thread and never reused across ``fork`` (Gunicorn).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS catalogs (
    name TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    fingerprint_json TEXT NOT NULL,
    dimension INTEGER NOT NULL,
    version INTEGER NOT NULL,
    product_count INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS products (
    pk INTEGER PRIMARY KEY,
    catalog TEXT NOT NULL REFERENCES catalogs(name) ON DELETE CASCADE,
    id TEXT NOT NULL,
    description TEXT NOT NULL,
    metadata TEXT,
    embedding BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    updated_at REAL NOT NULL,
    UNIQUE (catalog, id)
);
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
                with conn:
                    conn.executescript(_SCHEMA)
                conn.execute("BEGIN IMMEDIATE")
                try:
                    if self._meta(conn, "instance_id") is None:
                        self._set_meta(conn, "instance_id", uuid.uuid4().hex)
                        self._set_meta(conn, "schema_version", str(SCHEMA_VERSION))
                        self._set_meta(conn, "last_version", "0")
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                schema = self._meta(conn, "schema_version")
                if schema != str(SCHEMA_VERSION):
                    raise StoreError(f"{self.path}: schema version {schema}, expected {SCHEMA_VERSION}")
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
