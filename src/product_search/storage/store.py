"""CatalogStore: the SQLite source of truth for catalogs, products and their vectors.

Every write is one transaction that also bumps a database-wide version counter; a catalog carries
the version of its last write. Indexes are derived from this store and stamped with that version,
so any process can tell cheaply whether its in-memory index is current.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

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


@dataclass(frozen=True)
class CatalogRow:
    name: str
    fingerprint: str
    fingerprint_info: dict[str, Any]
    dimension: int
    version: int
    product_count: int
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class ProductRow:
    pk: int
    id: str
    description: str
    metadata: dict[str, Any] | None
    updated_at: float


@dataclass(frozen=True)
class NewProduct:
    """A product to upsert, with its vector already computed."""

    id: str
    description: str
    metadata: dict[str, Any] | None


def _row_to_catalog(row: sqlite3.Row) -> CatalogRow:
    return CatalogRow(
        name=row["name"],
        fingerprint=row["fingerprint"],
        fingerprint_info=json.loads(row["fingerprint_json"]),
        dimension=row["dimension"],
        version=row["version"],
        product_count=row["product_count"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _row_to_product(row: sqlite3.Row) -> ProductRow:
    meta = row["metadata"]
    return ProductRow(
        pk=row["pk"],
        id=row["id"],
        description=row["description"],
        metadata=json.loads(meta) if meta is not None else None,
        updated_at=row["updated_at"],
    )


def _marks(values: Sequence[Any]) -> str:
    """``?,?,?``: one placeholder per value. SQL built with it holds no data (hence the ``nosec B608``)."""
    return ",".join("?" * len(values))


def _filter_clause(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """SQL that keeps products whose metadata has every key equal (type included) to the value."""
    parts: list[str] = []
    params: list[Any] = []
    for key, value in filters.items():
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
    return " AND ".join(parts), params


class CatalogStore:
    """SQLite (WAL) store. Connections are per thread and per process (opened after fork).

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

    # -- catalogs ------------------------------------------------------------------------------

    @staticmethod
    def get_catalog(conn: sqlite3.Connection, name: str) -> CatalogRow | None:
        row = conn.execute("SELECT * FROM catalogs WHERE name = ?", (name,)).fetchone()
        return None if row is None else _row_to_catalog(row)

    @staticmethod
    def catalog_version(conn: sqlite3.Connection, name: str) -> int | None:
        row = conn.execute("SELECT version FROM catalogs WHERE name = ?", (name,)).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def list_catalogs(conn: sqlite3.Connection) -> list[CatalogRow]:
        return [_row_to_catalog(r) for r in conn.execute("SELECT * FROM catalogs ORDER BY name")]

    def create_catalog(
        self, conn: sqlite3.Connection, name: str, fingerprint: str, fingerprint_info: dict[str, Any], dimension: int
    ) -> CatalogRow:
        now = time.time()
        version = self._next_version(conn)
        conn.execute(
            "INSERT INTO catalogs(name, fingerprint, fingerprint_json, dimension, version, product_count,"
            " created_at, updated_at) VALUES(?, ?, ?, ?, ?, 0, ?, ?)",
            (name, fingerprint, json.dumps(fingerprint_info, sort_keys=True), dimension, version, now, now),
        )
        row = self.get_catalog(conn, name)
        if row is None:
            raise StoreError(f"catalog {name!r} vanished inside its own transaction")
        return row

    def delete_catalog(self, conn: sqlite3.Connection, name: str) -> bool:
        self._next_version(conn)  # a recreated catalog must never reuse an old index's version
        conn.execute("DELETE FROM products WHERE catalog = ?", (name,))
        return conn.execute("DELETE FROM catalogs WHERE name = ?", (name,)).rowcount > 0

    def _touch(self, conn: sqlite3.Connection, name: str) -> int:
        version = self._next_version(conn)
        conn.execute(
            "UPDATE catalogs SET version = ?, updated_at = ?,"
            " product_count = (SELECT COUNT(*) FROM products WHERE catalog = ?) WHERE name = ?",
            (version, time.time(), name, name),
        )
        return version

    def set_fingerprint(
        self, conn: sqlite3.Connection, name: str, fingerprint: str, fingerprint_info: dict[str, Any], dimension: int
    ) -> None:
        conn.execute(
            "UPDATE catalogs SET fingerprint = ?, fingerprint_json = ?, dimension = ? WHERE name = ?",
            (fingerprint, json.dumps(fingerprint_info, sort_keys=True), dimension, name),
        )

    # -- products ------------------------------------------------------------------------------

    def upsert_products(
        self,
        conn: sqlite3.Connection,
        catalog: str,
        products: Sequence[NewProduct],
        vectors: npt.NDArray[np.float32],
        fingerprint: str,
    ) -> tuple[npt.NDArray[np.int64], int]:
        """Insert or replace products by id; return their primary keys and the new catalog version."""
        now = time.time()
        conn.executemany(
            "INSERT INTO products(catalog, id, description, metadata, embedding, fingerprint, updated_at)"
            " VALUES(?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(catalog, id) DO UPDATE SET description = excluded.description,"
            " metadata = excluded.metadata, embedding = excluded.embedding,"
            " fingerprint = excluded.fingerprint, updated_at = excluded.updated_at",
            (
                (
                    catalog,
                    p.id,
                    p.description,
                    None if p.metadata is None else json.dumps(p.metadata, ensure_ascii=False, sort_keys=True),
                    np.ascontiguousarray(v, dtype=np.float32).tobytes(),
                    fingerprint,
                    now,
                )
                for p, v in zip(products, vectors, strict=True)
            ),
        )
        pks = self.pks_for_ids(conn, catalog, [p.id for p in products])
        return np.array([pks[p.id] for p in products], dtype=np.int64), self._touch(conn, catalog)

    @staticmethod
    def pks_for_ids(conn: sqlite3.Connection, catalog: str, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            sql = f"SELECT id, pk FROM products WHERE catalog = ? AND id IN ({_marks(chunk)})"  # nosec B608
            for row in conn.execute(sql, (catalog, *chunk)):
                found[row[0]] = int(row[1])
        return found

    @staticmethod
    def unchanged_vectors(
        conn: sqlite3.Connection, catalog: str, products: Sequence[NewProduct], fingerprint: str, dimension: int
    ) -> dict[str, npt.NDArray[np.float32]]:
        """Stored vectors of the given products whose description and model are unchanged, by id."""
        wanted = {p.id: p.description for p in products}
        ids = list(wanted)
        found: dict[str, npt.NDArray[np.float32]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            where = f"catalog = ? AND fingerprint = ? AND id IN ({_marks(chunk)})"
            sql = f"SELECT id, description, embedding FROM products WHERE {where}"  # nosec B608
            rows = conn.execute(sql, (catalog, fingerprint, *chunk))
            for pid, description, blob in rows:
                if wanted[pid] == description and len(blob) == 4 * dimension:
                    found[pid] = np.frombuffer(blob, dtype=np.float32)
        return found

    def delete_products(
        self, conn: sqlite3.Connection, catalog: str, ids: Sequence[str]
    ) -> tuple[dict[str, int], int | None]:
        """Delete products by id; return the deleted ids' keys and the new version (None if none)."""
        found = self.pks_for_ids(conn, catalog, ids)
        if not found:
            return found, None
        pks = list(found.values())
        for start in range(0, len(pks), 500):
            chunk = pks[start : start + 500]
            conn.execute(f"DELETE FROM products WHERE pk IN ({_marks(chunk)})", chunk)  # nosec B608
        return found, self._touch(conn, catalog)

    @staticmethod
    def get_product(conn: sqlite3.Connection, catalog: str, product_id: str) -> ProductRow | None:
        row = conn.execute(
            "SELECT pk, id, description, metadata, updated_at FROM products WHERE catalog = ? AND id = ?",
            (catalog, product_id),
        ).fetchone()
        return None if row is None else _row_to_product(row)

    @staticmethod
    def products_by_pk(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, ProductRow]:
        out: dict[int, ProductRow] = {}
        unique = list(dict.fromkeys(int(p) for p in pks))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            sql = f"SELECT pk, id, description, metadata, updated_at FROM products WHERE pk IN ({_marks(chunk)})"  # nosec B608
            for row in conn.execute(sql, chunk):
                out[int(row["pk"])] = _row_to_product(row)
        return out

    @staticmethod
    def vectors_by_pk(
        conn: sqlite3.Connection, pks: Sequence[int], dimension: int
    ) -> dict[int, npt.NDArray[np.float32]]:
        out: dict[int, npt.NDArray[np.float32]] = {}
        unique = list(dict.fromkeys(int(p) for p in pks))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            sql = f"SELECT pk, embedding FROM products WHERE pk IN ({_marks(chunk)})"  # nosec B608
            for pk, blob in conn.execute(sql, chunk):
                out[int(pk)] = np.frombuffer(blob, dtype=np.float32, count=dimension)
        return out

    @staticmethod
    def page_products(conn: sqlite3.Connection, catalog: str, after_pk: int, limit: int) -> list[ProductRow]:
        rows = conn.execute(
            "SELECT pk, id, description, metadata, updated_at FROM products"
            " WHERE catalog = ? AND pk > ? ORDER BY pk LIMIT ?",
            (catalog, after_pk, limit),
        )
        return [_row_to_product(r) for r in rows]

    @staticmethod
    def filtered_pks(conn: sqlite3.Connection, catalog: str, filters: dict[str, Any]) -> npt.NDArray[np.int64]:
        clause, params = _filter_clause(filters)
        # The clause is built from fixed fragments; every value in it is a bound parameter.
        rows = conn.execute(f"SELECT pk FROM products WHERE catalog = ? AND {clause}", (catalog, *params))  # nosec B608
        return np.fromiter((r[0] for r in rows), dtype=np.int64)

    @staticmethod
    def iter_vectors(
        conn: sqlite3.Connection, catalog: str, dimension: int, batch: int = 10000
    ) -> Iterator[tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], list[str]]]:
        """Yield ``(pks, vectors, fingerprints)`` in batches, in primary-key order."""
        cursor = conn.execute(
            "SELECT pk, embedding, fingerprint FROM products WHERE catalog = ? ORDER BY pk", (catalog,)
        )
        while rows := cursor.fetchmany(batch):
            pks = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dimension)
            yield pks, vecs, [r[2] for r in rows]

    @staticmethod
    def iter_texts(conn: sqlite3.Connection, catalog: str, batch: int = 1000) -> Iterator[list[tuple[int, str]]]:
        cursor = conn.execute("SELECT pk, description FROM products WHERE catalog = ? ORDER BY pk", (catalog,))
        while rows := cursor.fetchmany(batch):
            yield [(int(r[0]), str(r[1])) for r in rows]

    @staticmethod
    def set_embeddings(
        conn: sqlite3.Connection, pks: Sequence[int], vectors: npt.NDArray[np.float32], fingerprint: str
    ) -> None:
        conn.executemany(
            "UPDATE products SET embedding = ?, fingerprint = ? WHERE pk = ?",
            (
                (np.ascontiguousarray(v, dtype=np.float32).tobytes(), fingerprint, int(pk))
                for pk, v in zip(pks, vectors, strict=True)
            ),
        )

    def bump_version(self, conn: sqlite3.Connection, catalog: str) -> int:
        return self._touch(conn, catalog)
