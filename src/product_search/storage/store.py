"""CatalogStore: the source of truth for catalogs, products, generations and their vectors (SQLite or PostgreSQL).

Every write is one transaction that also bumps a database-wide version counter; a catalog carries
the version of its last write. Indexes are derived from this store and stamped with that version and
the generation they index, so any process can tell cheaply whether its in-memory index is current.

A product's text is stored once; its vector once per *generation* (one model version's vectors of the
whole catalog). The catalog row names its active generation: switching models is one UPDATE.

Every product carries the version of its last write, and a deleted product leaves its key and version in
``removed``: what changed in a catalog after any version since ``changes_from`` is two indexed queries
(:meth:`CatalogStore.changes_since`), which is how a node follows the writes of the others.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..text.synonyms import Synonyms
from .change_log import ChangeLog
from .database import (
    SCHEMA_VERSION,
    Connection,
    Database,
    StoreError,
    StoreFull,
    StoreUnavailable,
    marks,
    open_database,
    vector_blob,
)
from .filters import ProductFilter, StructureTables, structure_clause
from .generations import LIVE, GenerationRow, GenerationTables, ModelBinding
from .indexed_texts import IndexedTexts, metadata_json
from .jobs import JobRow, JobTable
from .keys import KeyTable, logged_on_commit
from .sqlite import SqliteDatabase

__all__ = [
    "LIVE",
    "SCHEMA_VERSION",
    "CatalogRow",
    "CatalogStore",
    "GenerationRow",
    "JobRow",
    "ModelBinding",
    "NewProduct",
    "ProductRow",
    "StoreError",
    "StoreFull",
    "StoreUnavailable",
]

# Keys of deleted products are kept this long for nodes to follow; a node further behind rebuilds from the store.
REMOVED_KEPT_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class CatalogRow:
    """A catalog as of one transaction, seen through one of its generations (the active one, unless
    :meth:`through` chose another): ``generation``, ``model_ref``, ``fingerprint`` and ``dimension`` are that
    generation's."""

    name: str
    fingerprint: str
    fingerprint_info: dict[str, Any]
    dimension: int
    version: int
    product_count: int
    created_at: float
    updated_at: float
    generation: int = 0
    model_ref: str = ""
    active_generation: int = 0
    changes_from: int = 0  # the change log is complete after this version (an older index is rebuilt)
    # The version that last set the synonyms (0: none): a search reads the sets only when this changed.
    synonyms_version: int = 0
    language: str | None = None  # as its trade file (BMEcat) declares it; None: never declared

    def through(self, gen: GenerationRow) -> CatalogRow:
        """The same catalog state seen through another of its generations (a candidate, a retained one)."""
        return replace(
            self, generation=gen.id, model_ref=gen.model_ref, fingerprint=gen.fingerprint,
            fingerprint_info=gen.fingerprint_info, dimension=gen.dimension,
        )  # fmt: skip


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


_CATALOG = (
    "SELECT c.name, c.version, c.product_count, c.created_at, c.updated_at, c.active_generation, c.changes_from,"
    " c.synonyms_version, c.language, g.model_ref,"
    " g.fingerprint, g.fingerprint_json, g.dimension FROM catalogs c JOIN generations g ON g.id = c.active_generation"
)


def _row_to_catalog(row: Any) -> CatalogRow:
    return CatalogRow(
        name=row["name"],
        fingerprint=row["fingerprint"],
        fingerprint_info=json.loads(row["fingerprint_json"]),
        dimension=row["dimension"],
        version=row["version"],
        product_count=row["product_count"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        generation=row["active_generation"],
        model_ref=row["model_ref"],
        active_generation=row["active_generation"],
        changes_from=row["changes_from"],
        synonyms_version=row["synonyms_version"],
        language=row["language"],
    )


def _row_to_product(row: Any) -> ProductRow:
    meta = row["metadata"]
    return ProductRow(
        pk=row["pk"],
        id=row["id"],
        description=row["description"],
        metadata=json.loads(meta) if meta is not None else None,
        updated_at=row["updated_at"],
    )


class CatalogStore(GenerationTables, JobTable, KeyTable, StructureTables, ChangeLog, IndexedTexts):
    """Catalogs, products, generations and vectors, read and written inside the caller's transaction.

    Args:
        database: the engine (:func:`.database.open_database`), or an SQLite file's path.
    """

    def __init__(self, database: Database | Path) -> None:
        self.db = database if isinstance(database, Database) else SqliteDatabase(Path(database))

    @classmethod
    def open(cls, url: str | None, data_dir: Path, *, pool_size: int = 8) -> CatalogStore:
        """The store a URL names (``None``: SQLite in ``data_dir``; see :func:`.database.open_database`)."""
        return cls(open_database(url, data_dir, pool_size=pool_size))

    # -- transactions (the engine's) -----------------------------------------------------------

    @property
    def instance_id(self) -> str:
        return self.db.instance_id

    @property
    def shared(self) -> bool:
        return self.db.shared

    def read(self) -> AbstractContextManager[Connection]:
        return self.db.read()

    def write(self, catalog: str | None = None) -> AbstractContextManager[Connection]:
        return logged_on_commit(self.db.write(catalog))

    def close(self) -> None:
        self.db.close()

    def check_integrity(self) -> None:
        self.db.check_integrity()

    # -- catalogs ------------------------------------------------------------------------------

    @staticmethod
    def get_catalog(conn: Connection, name: str) -> CatalogRow | None:
        row = conn.execute(f"{_CATALOG} WHERE c.name = ?", (name,)).fetchone()  # nosec B608
        return None if row is None else _row_to_catalog(row)

    @staticmethod
    def catalog_version(conn: Connection, name: str) -> int | None:
        row = conn.execute("SELECT version FROM catalogs WHERE name = ?", (name,)).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def list_catalogs(conn: Connection) -> list[CatalogRow]:
        return [_row_to_catalog(r) for r in conn.execute(f"{_CATALOG} ORDER BY c.name")]  # nosec B608

    def create_catalog(self, conn: Connection, name: str, model: ModelBinding) -> CatalogRow:
        """A new, empty catalog whose first generation (active) is of the given model."""
        now = time.time()
        version = self.db.next_version(conn)
        # The generation needs the catalog row (foreign key) and the catalog names it: insert, then point.
        # Its change log starts now: an index of an earlier catalog of the same name is never followed.
        conn.execute(
            "INSERT INTO catalogs(name, active_generation, version, product_count, created_at, updated_at,"
            " changes_from) VALUES(?, 0, ?, 0, ?, ?, ?)",
            (name, version, now, now, version),
        )
        gen = self.add_generation(conn, name, model, state="active")
        conn.execute("UPDATE catalogs SET active_generation = ? WHERE name = ?", (gen.id, name))
        row = self.get_catalog(conn, name)
        if row is None:
            raise StoreError(f"catalog {name!r} vanished inside its own transaction")
        return row

    def delete_catalog(self, conn: Connection, name: str) -> bool:
        self.db.next_version(conn)  # a recreated catalog must never reuse an old index's version
        # Vectors first (by generation: their primary key), then what cascades cheaply.
        conn.execute("DELETE FROM vectors WHERE generation IN (SELECT id FROM generations WHERE catalog = ?)", (name,))
        conn.execute("DELETE FROM removed WHERE catalog = ?", (name,))
        self.forget_catalog_structure(conn, name)
        conn.execute("DELETE FROM products WHERE catalog = ?", (name,))
        conn.execute("DELETE FROM generations WHERE catalog = ?", (name,))
        conn.execute("DELETE FROM jobs WHERE catalog = ?", (name,))  # a runner of one finds it gone and stops
        return conn.execute("DELETE FROM catalogs WHERE name = ?", (name,)).rowcount > 0

    def _touch(self, conn: Connection, name: str, version: int | None = None) -> int:
        """Give the catalog a new version (or the one this write took already) and count its products."""
        version = self.db.next_version(conn) if version is None else version
        conn.execute(
            "UPDATE catalogs SET version = ?, updated_at = ?,"
            " product_count = (SELECT COUNT(*) FROM products WHERE catalog = ?) WHERE name = ?",
            (version, time.time(), name, name),
        )
        self.db.notify(conn, name, version)
        return version

    def bump_version(self, conn: Connection, catalog: str) -> int:
        return self._touch(conn, catalog)

    def set_synonyms(self, conn: Connection, catalog: str, synonyms: Synonyms) -> int:
        """Replace the catalog's synonym sets; return its new version, which is also their
        ``synonyms_version`` (readers see both together)."""
        version = self._touch(conn, catalog)
        text = json.dumps(synonyms.to_json(), ensure_ascii=False)
        conn.execute(
            "UPDATE catalogs SET synonyms_json = ?, synonyms_version = ? WHERE name = ?", (text, version, catalog)
        )
        return version

    @staticmethod
    def set_language(conn: Connection, catalog: str, language: str) -> None:
        """Record the language the catalog's text is written in (a trade file's header declares it)."""
        conn.execute("UPDATE catalogs SET language = ? WHERE name = ?", (language, catalog))

    @staticmethod
    def synonyms(conn: Connection, catalog: str) -> Synonyms:
        """The catalog's synonym sets as stored (none for a missing catalog)."""
        row = conn.execute("SELECT synonyms_json FROM catalogs WHERE name = ?", (catalog,)).fetchone()
        return Synonyms() if row is None else Synonyms.from_json(row["synonyms_json"])

    # -- generations ---------------------------------------------------------------------------

    def activate(self, conn: Connection, catalog: str, generation: int, retain: int) -> tuple[int, list[int]]:
        """Make ``generation`` the catalog's active one (the previous active one is retained); keep at most
        ``retain`` retained generations, dropping the oldest. Return the new version and the dropped ids."""
        now = time.time()
        conn.execute(
            "UPDATE generations SET state = 'retained' WHERE catalog = ? AND state = 'active' AND id != ?",
            (catalog, generation),
        )
        conn.execute("UPDATE generations SET state = 'active', switched_at = ? WHERE id = ?", (now, generation))
        conn.execute("UPDATE catalogs SET active_generation = ? WHERE name = ?", (generation, catalog))
        retained = [g.id for g in self.generations(conn, catalog, ("retained",))]
        retained.sort(key=lambda g: self.switched_at(conn, g), reverse=True)
        dropped = retained[retain:]
        for old in dropped:
            self.drop_generation(conn, old)
        return self._touch(conn, catalog), dropped

    # -- products ------------------------------------------------------------------------------

    def upsert_products(
        self,
        conn: Connection,
        catalog: str,
        products: Sequence[NewProduct],
        vectors: dict[int, npt.NDArray[np.float32]],
    ) -> tuple[npt.NDArray[np.int64], int]:
        """Insert or replace products by id, with their vectors (len(products), dimension) per generation;
        return their primary keys and the new catalog version."""
        now = time.time()
        version = self.db.next_version(conn)
        conn.executemany(
            "INSERT INTO products(catalog, id, description, metadata, updated_at, version) VALUES(?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(catalog, id) DO UPDATE SET description = excluded.description,"
            " metadata = excluded.metadata, updated_at = excluded.updated_at, version = excluded.version",
            (
                (
                    catalog,
                    p.id,
                    p.description,
                    metadata_json(p.metadata),
                    now,
                    version,
                )
                for p in products
            ),
        )
        pks = self.pks_for_ids(conn, catalog, [p.id for p in products])
        keys = np.array([pks[p.id] for p in products], dtype=np.int64)
        self.write_structure(conn, [(pks[p.id], p.metadata) for p in products])
        for generation, array in vectors.items():
            conn.executemany(
                "INSERT INTO vectors(generation, pk, vector) VALUES(?, ?, ?)"
                " ON CONFLICT(generation, pk) DO UPDATE SET vector = excluded.vector",
                ((generation, int(pk), vector_blob(v)) for pk, v in zip(keys.tolist(), array, strict=True)),
            )
        return keys, self._touch(conn, catalog, version)

    @staticmethod
    def pks_for_ids(conn: Connection, catalog: str, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            sql = f"SELECT id, pk FROM products WHERE catalog = ? AND id IN ({marks(chunk)})"  # nosec B608
            for row in conn.execute(sql, (catalog, *chunk)):
                found[row[0]] = int(row[1])
        return found

    @staticmethod
    def product_ids(conn: Connection, catalog: str) -> list[str]:
        """Every product id of ``catalog``."""
        return [r[0] for r in conn.execute("SELECT id FROM products WHERE catalog = ?", (catalog,))]

    def delete_products(self, conn: Connection, catalog: str, ids: Sequence[str]) -> tuple[dict[str, int], int | None]:
        """Delete products by id (their vectors in every generation too); return the deleted ids' keys and
        the new version (None if none)."""
        found = self.pks_for_ids(conn, catalog, ids)
        if not found:
            return found, None
        version, now = self.db.next_version(conn), time.time()
        pks = list(found.values())
        for start in range(0, len(pks), 500):
            chunk = pks[start : start + 500]
            conn.execute(f"DELETE FROM vectors WHERE pk IN ({marks(chunk)})", chunk)  # nosec B608
            conn.execute(f"DELETE FROM products WHERE pk IN ({marks(chunk)})", chunk)  # nosec B608
        self.forget_structure(conn, pks)
        conn.executemany(
            "INSERT INTO removed(catalog, pk, version, removed_at) VALUES(?, ?, ?, ?)",
            ((catalog, pk, version, now) for pk in pks),
        )
        self.forget_removed(conn, catalog, now - REMOVED_KEPT_SECONDS)
        return found, self._touch(conn, catalog, version)

    @staticmethod
    def get_product(conn: Connection, catalog: str, product_id: str) -> ProductRow | None:
        row = conn.execute(
            "SELECT pk, id, description, metadata, updated_at FROM products WHERE catalog = ? AND id = ?",
            (catalog, product_id),
        ).fetchone()
        return None if row is None else _row_to_product(row)

    @staticmethod
    def products_by_pk(conn: Connection, pks: Sequence[int]) -> dict[int, ProductRow]:
        out: dict[int, ProductRow] = {}
        unique = list(dict.fromkeys(int(p) for p in pks))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            sql = f"SELECT pk, id, description, metadata, updated_at FROM products WHERE pk IN ({marks(chunk)})"  # nosec B608
            for row in conn.execute(sql, chunk):
                out[int(row["pk"])] = _row_to_product(row)
        return out

    @staticmethod
    def page_products(conn: Connection, catalog: str, after_pk: int, limit: int) -> list[ProductRow]:
        rows = conn.execute(
            "SELECT pk, id, description, metadata, updated_at FROM products"
            " WHERE catalog = ? AND pk > ? ORDER BY pk LIMIT ?",
            (catalog, after_pk, limit),
        )
        return [_row_to_product(r) for r in rows]

    def filtered_pks(self, conn: Connection, catalog: str, filters: Mapping[str, Any]) -> npt.NDArray[np.int64]:
        """Keys of the products a search's ``filter`` keeps (:class:`.ProductFilter`; InvalidInput if invalid)."""
        parsed = ProductFilter.parse(filters)
        clause, params = self.db.metadata_clause(parsed.metadata)
        structure, structure_params = structure_clause(parsed)
        if structure:
            clause, params = f"{clause} AND {structure}", params + structure_params
        # The clause is built from fixed fragments; every value in it is a bound parameter.
        rows = conn.execute(f"SELECT pk FROM products WHERE catalog = ? AND {clause}", (catalog, *params))  # nosec B608
        return np.fromiter((r[0] for r in rows), dtype=np.int64)
