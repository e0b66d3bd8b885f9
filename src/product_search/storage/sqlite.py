"""SqliteDatabase: the store in one SQLite file, the embedded default (one machine, any number of processes).

WAL mode with ``synchronous=FULL``: readers never block the writer, and an acknowledged commit survives
power loss. Every write transaction is ``BEGIN IMMEDIATE``: writers are serialized across processes.
Connections are opened lazily per thread and never reused across ``fork`` (Gunicorn).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import pause_points
from .database import SCHEMA_VERSION, Database, StoreError, StoreFull
from .filters import CLASS_TABLE, FEATURE_TABLE, structure_rows

log = logging.getLogger(__name__)

# A catalog answers from exactly one generation (its active one): the vectors of every product made by one
# model version. Other generations are being built (a migration), retained (for rollback) or failed.
# ``products.version`` and ``removed`` are the change log nodes follow (:mod:`..index.deltas`):
# what changed after a given version, complete from ``catalogs.changes_from`` on.
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
    updated_at REAL NOT NULL,
    changes_from INTEGER NOT NULL DEFAULT 0,
    synonyms_json TEXT NOT NULL DEFAULT '[]',
    synonyms_version INTEGER NOT NULL DEFAULT 0,
    language TEXT
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
    version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (catalog, id)
);
CREATE INDEX IF NOT EXISTS products_by_version ON products(catalog, version);
CREATE TABLE IF NOT EXISTS vectors (
    generation INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
    pk INTEGER NOT NULL REFERENCES products(pk) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    PRIMARY KEY (generation, pk)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS vectors_by_product ON vectors(pk);
CREATE TABLE IF NOT EXISTS removed (
    catalog TEXT NOT NULL,
    pk INTEGER NOT NULL,
    version INTEGER NOT NULL,
    removed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS removed_by_version ON removed(catalog, version);
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
CREATE TABLE IF NOT EXISTS product_classes (
    pk INTEGER NOT NULL,
    term TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS product_classes_by_term ON product_classes(term, pk);
CREATE INDEX IF NOT EXISTS product_classes_by_product ON product_classes(pk);
CREATE TABLE IF NOT EXISTS product_features (
    pk INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT,
    value REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS product_features_by_unit ON product_features(name, unit, value);
CREATE INDEX IF NOT EXISTS product_features_by_product ON product_features(pk);
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    actions TEXT NOT NULL,
    catalogs TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL,
    revoked_at REAL,
    last_used_at REAL,
    previous_hash TEXT,
    previous_until REAL,
    write_rate REAL,
    search_rate REAL,
    changed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    key_id TEXT,
    action TEXT NOT NULL,
    catalog TEXT,
    details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_catalog ON audit(catalog, id);
CREATE INDEX IF NOT EXISTS audit_by_key ON audit(key_id, id);
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

# Schema 2 to 3: the change log starts now. An index built before it cannot be followed by a delta
# (changes_from = the catalog's version): it is rebuilt from the store once, as before.
_FROM_2 = """
ALTER TABLE catalogs ADD COLUMN changes_from INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
"""
_CHANGE_LOG_STARTS = "UPDATE catalogs SET changes_from = version"

# Schema 3 to 4: catalogs carry their synonym sets (none until set) and the version that last set them.
_FROM_3 = """
ALTER TABLE catalogs ADD COLUMN synonyms_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE catalogs ADD COLUMN synonyms_version INTEGER NOT NULL DEFAULT 0;
"""

# Schema 6 to 7: the language a catalog's trade file declares (none until one does).
_FROM_6 = "ALTER TABLE catalogs ADD COLUMN language TEXT"


class SqliteDatabase(Database):
    """One SQLite (WAL) file of the catalog schema. Connections are per thread and per process (opened after fork).

    Args:
        path: the database file; its directory is created if needed.
    """

    engine_errors = (sqlite3.Error,)

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.describe = str(self.path)
        self._local = threading.local()
        self._pid = os.getpid()
        self._init_lock = threading.Lock()
        self._instance_id: str | None = None

    @property
    def instance_id(self) -> str:
        return self._instance_id or self._open()

    def _open(self) -> str:
        """Create, upgrade or check the schema. Deferred to first use: a store that cannot be opened makes
        the service unready with the reason (readiness 503) instead of keeping it from starting at all."""
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
                    self._migrate(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                self._instance_id = str(_meta(conn, "instance_id"))
                return self._instance_id
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path} cannot be opened as a catalog store: {exc}") from exc
            finally:
                conn.close()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring any earlier schema to the current one inside the caller's transaction: all of it or nothing."""
        schema = self._schema_of(conn)
        if schema not in (None, "1", "2", "3", "4", "5", "6", str(SCHEMA_VERSION)):
            raise StoreError(f"{self.path}: schema version {schema}, expected {SCHEMA_VERSION}")
        if schema == "1":
            conn.execute("ALTER TABLE catalogs RENAME TO catalogs_v1")
            conn.execute("ALTER TABLE products RENAME TO products_v1")
            _run(conn, _SCHEMA)
            _run(conn, _FROM_1)
            conn.execute(_CHANGE_LOG_STARTS)
        elif schema == "2":
            _run(conn, _FROM_2)
            conn.execute(_CHANGE_LOG_STARTS)
            _run(conn, _FROM_3)
        elif schema == "3":
            _run(conn, _FROM_3)
        # 4 to 5: the structure tables, created and filled below; 5 to 6: keys and audit, created below
        if schema in ("2", "3", "4", "5", "6"):
            conn.execute(_FROM_6)
        if schema not in (None, str(SCHEMA_VERSION)):
            log.warning(
                "store upgraded", extra={"fields": {"path": str(self.path), "from": schema, "to": SCHEMA_VERSION}}
            )
        _run(conn, _SCHEMA)
        if schema in ("1", "2", "3", "4"):  # schema 4 to 5: the structure tables, from the metadata
            for table in (CLASS_TABLE, FEATURE_TABLE):
                conn.execute(f"DELETE FROM {table}")  # nosec B608 - filled afresh
            cursor = conn.execute("SELECT pk, metadata FROM products WHERE metadata IS NOT NULL")
            while rows := cursor.fetchmany(2000):
                classes, features = structure_rows(rows)
                conn.executemany(f"INSERT INTO {CLASS_TABLE}(pk, term) VALUES(?, ?)", classes)  # nosec B608
                conn.executemany(f"INSERT INTO {FEATURE_TABLE}(pk, name, unit, value) VALUES(?, ?, ?, ?)", features)  # nosec B608
        if _meta(conn, "instance_id") is None:
            _set_meta(conn, "instance_id", uuid.uuid4().hex)
            _set_meta(conn, "last_version", "0")
        _set_meta(conn, "schema_version", str(SCHEMA_VERSION))

    @staticmethod
    def _schema_of(conn: sqlite3.Connection) -> str | None:
        """The schema version of an existing store (None: a new, empty file)."""
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
            return None
        return _meta(conn, "schema_version")

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
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._pid == os.getpid():
            conn.close()
        self._local = threading.local()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        conn = self.connection()
        conn.execute("BEGIN DEFERRED")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def write(self, catalog: str | None = None) -> Iterator[sqlite3.Connection]:
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")  # one writer at a time, whatever the catalog
        cap = None
        try:
            cap = _cap_if_disk_full(conn)
            yield conn
            conn.execute("COMMIT")  # can fail too (a full disk): then nothing of it was committed
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
                raise StoreFull(f"{self.path}: the disk is full; the write was rolled back") from exc
            raise
        finally:
            if cap is not None:
                conn.execute(f"PRAGMA max_page_count = {cap}")

    def check_integrity(self) -> None:
        try:
            rows = self.connection().execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is damaged: {exc}") from exc
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise StoreError(f"{self.path} is damaged: {'; '.join(problems[:5])}")

    def next_version(self, conn: Any) -> int:
        version = int(_meta(conn, "last_version") or 0) + 1
        _set_meta(conn, "last_version", str(version))
        return version

    def continue_counters(self, conn: Any, version: int) -> None:
        # Keys: AUTOINCREMENT and rowids already continue above explicitly inserted ones.
        _set_meta(conn, "last_version", str(max(version, int(_meta(conn, "last_version") or 0))))

    def metadata_clause(self, metadata: Mapping[str, Any]) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for key, value in metadata.items():
            path = "$." + json.dumps(key)  # a quoted JSON path member handles any key text
            if value is None:
                parts.append("json_type(metadata, ?) = 'null'")
                params.append(path)
            elif isinstance(value, bool):
                parts.append("json_type(metadata, ?) = ?")
                params += [path, "true" if value else "false"]
            elif isinstance(value, (int, float)):
                parts.append("json_type(metadata, ?) IN ('integer', 'real') AND json_extract(metadata, ?) = ?")
                params += [path, path, value]
            else:
                parts.append("json_type(metadata, ?) = 'text' AND json_extract(metadata, ?) = ?")
                params += [path, path, str(value)]
        return " AND ".join(parts) or "1 = 1", params


def _run(conn: sqlite3.Connection, script: str) -> None:
    """The statements of a script (none holds a ``;`` inside), inside the open transaction:
    ``executescript`` would commit it first."""
    for statement in (part.strip() for part in script.split(";")):
        if statement:
            conn.execute(statement)


def _cap_if_disk_full(conn: sqlite3.Connection) -> int | None:
    """Where a test made the disk full (pause_points.disk_full), cap the database at its current size for
    this transaction, so that SQLite's own pager fails it with SQLITE_FULL as on a full disk; return the
    limit to restore."""
    if not pause_points.disk_full("store_write"):
        return None
    (limit,) = conn.execute("PRAGMA max_page_count").fetchone()
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {int(pages)}")
    return int(limit)


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value)
    )
