"""Copying a whole store into another (SQLite data dir into a PostgreSQL server, or back): every catalog,
generation, product and vector as stored, keys included, so nothing is re-encoded.

The copy reads one snapshot of the source and writes the target in one transaction, all or nothing; the
target must hold no catalog. It keeps its own identity: index files built from the source do not match it
and are rebuilt once from the copied vectors (no encoding).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .database import Connection, StoreError
from .store import CatalogStore

# Tables in an order that satisfies their foreign keys, with the columns both engines' schemas share.
_TABLES: dict[str, tuple[str, ...]] = {
    "catalogs": ("name", "active_generation", "version", "product_count", "created_at", "updated_at", "changes_from",
                 "synonyms_json", "synonyms_version", "language"),
    "generations": ("id", "catalog", "model_ref", "fingerprint", "fingerprint_json", "dimension", "state",
                    "created_at", "switched_at"),
    "products": ("pk", "catalog", "id", "description", "metadata", "updated_at", "version"),
    "vectors": ("generation", "pk", "vector"),
    "product_classes": ("pk", "term"),
    "product_features": ("pk", "name", "unit", "value"),
    "removed": ("catalog", "pk", "version", "removed_at"),
    "api_keys": ("id", "name", "secret_hash", "actions", "catalogs", "created_at", "expires_at", "revoked_at",
                 "last_used_at", "previous_hash", "previous_until", "write_rate", "search_rate", "changed_at"),
    "audit": ("id", "at", "key_id", "action", "catalog", "details"),
    "jobs": ("id", "kind", "catalog", "generation", "state", "switch", "done", "total", "lease_owner", "lease_until",
             "error", "details", "created_at", "updated_at"),
}  # fmt: skip


@dataclass(frozen=True)
class CopyReport:
    """Rows copied per table."""

    rows: dict[str, int]


def copy_store(
    source: CatalogStore, target: CatalogStore, progress: Callable[[str, int], None] | None = None, batch: int = 2000
) -> CopyReport:
    """Copy everything in ``source`` into the empty ``target``; ``progress(table, rows)`` after each batch."""
    counts: dict[str, int] = {}
    with source.read() as src, target.write() as dst:
        for table, what in (("catalogs", "catalogs"), ("api_keys", "API keys"), ("audit", "an audit trail")):
            if dst.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]:  # nosec B608 - constants
                raise StoreError(f"{target.db.describe} already holds {what}: copy into an empty store")
        dst.execute("DELETE FROM jobs")  # none can run without a catalog
        for table, columns in _TABLES.items():
            counts[table] = _copy_table(src, dst, table, columns, progress=progress, batch=batch)
        last = src.execute("SELECT MAX(version) FROM catalogs").fetchone()[0] or 0
        target.db.continue_counters(dst, int(last))
    return CopyReport(counts)


def _copy_table(
    src: Connection,
    dst: Connection,
    table: str,
    columns: tuple[str, ...],
    *,
    progress: Callable[[str, int], None] | None,
    batch: int,
) -> int:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    # Table and column names are this module's constants, never input.
    cursor = src.execute(f"SELECT {names} FROM {table}")  # nosec B608
    insert = f"INSERT INTO {table}({names}) VALUES({marks})"  # nosec B608
    copied = 0
    while rows := cursor.fetchmany(batch):
        dst.executemany(insert, [tuple(row) for row in rows])
        copied += len(rows)
        if progress:
            progress(table, len(rows))
    return copied
