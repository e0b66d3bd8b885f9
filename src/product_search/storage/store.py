"""CatalogStore: the SQLite source of truth for catalogs, products and their vectors.

Every write is one transaction that also bumps a database-wide version counter; a catalog carries
the version of its last write. Indexes are derived from this store and stamped with that version,
so any process can tell cheaply whether its in-memory index is current.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .database import SCHEMA_VERSION, Database, StoreError, StoreFull

__all__ = ["SCHEMA_VERSION", "CatalogRow", "CatalogStore", "NewProduct", "ProductRow", "StoreError", "StoreFull"]


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


class CatalogStore(Database):
    """Catalogs and products: rows, vectors and versions, read and written inside the caller's transaction.

    Args:
        path: the database file; its directory is created if needed.
    """

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
