"""Generations: one model version's vectors of a catalog, and the vectors themselves.

A catalog answers from exactly one generation (its active one); a migration builds another beside it
(``building``), a switch retains the previous one (``retained``) for rollback. Vectors are stored once
per product per generation (float32 bytes), so the generations of a catalog share its texts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .database import Connection, StoreError, marks, vector_blob

if TYPE_CHECKING:
    from .store import NewProduct

# Generations whose vectors writes keep current: the active one, one being built, the retained ones.
LIVE = ("active", "building", "retained")


@dataclass(frozen=True)
class ModelBinding:
    """The model version a generation's vectors are made by."""

    ref: str  # name:version
    fingerprint: str
    fingerprint_info: dict[str, Any]
    dimension: int


@dataclass(frozen=True)
class GenerationRow:
    """One model version's vectors of a catalog: ``building`` -> ``active`` -> ``retained`` (or ``failed``)."""

    id: int
    catalog: str
    model_ref: str  # name:version; "" for vectors from before the repository, until the service binds them
    fingerprint: str
    fingerprint_info: dict[str, Any]
    dimension: int
    state: str
    created_at: float
    switched_at: float | None


def _row_to_generation(row: Any) -> GenerationRow:
    return GenerationRow(
        id=row["id"],
        catalog=row["catalog"],
        model_ref=row["model_ref"],
        fingerprint=row["fingerprint"],
        fingerprint_info=json.loads(row["fingerprint_json"]),
        dimension=row["dimension"],
        state=row["state"],
        created_at=row["created_at"],
        switched_at=row["switched_at"],
    )


class GenerationTables:
    """Generation rows and their vectors, read and written inside the caller's transaction (a part of
    :class:`.store.CatalogStore`)."""

    @staticmethod
    def add_generation(
        conn: Connection, catalog: str, model: ModelBinding, *, state: str = "building"
    ) -> GenerationRow:
        row = conn.execute(
            "INSERT INTO generations(catalog, model_ref, fingerprint, fingerprint_json, dimension, state, created_at)"
            " VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (catalog, model.ref, model.fingerprint, json.dumps(model.fingerprint_info, sort_keys=True),
             model.dimension, state, time.time()),
        ).fetchone()  # fmt: skip
        gen = GenerationTables.get_generation(conn, int(row[0]))
        if gen is None:
            raise StoreError(f"generation of {catalog!r} vanished inside its own transaction")
        return gen

    @staticmethod
    def get_generation(conn: Connection, generation: int) -> GenerationRow | None:
        row = conn.execute("SELECT * FROM generations WHERE id = ?", (generation,)).fetchone()
        return None if row is None else _row_to_generation(row)

    @staticmethod
    def generations(conn: Connection, catalog: str | None = None, states: Sequence[str] = LIVE) -> list[GenerationRow]:
        """Generations in the given states (of one catalog, or of all), oldest first."""
        where = f"state IN ({marks(states)})" + (" AND catalog = ?" if catalog is not None else "")
        params = (*states, catalog) if catalog is not None else tuple(states)
        sql = f"SELECT * FROM generations WHERE {where} ORDER BY id"  # nosec B608
        return [_row_to_generation(r) for r in conn.execute(sql, params)]

    @staticmethod
    def set_generation_state(conn: Connection, generation: int, state: str) -> None:
        conn.execute("UPDATE generations SET state = ? WHERE id = ?", (state, generation))

    @staticmethod
    def bind_generation(conn: Connection, generation: int, model: ModelBinding) -> None:
        """Name the model version whose vectors these are (vectors from before the repository)."""
        conn.execute(
            "UPDATE generations SET model_ref = ?, fingerprint = ?, fingerprint_json = ? WHERE id = ?",
            (model.ref, model.fingerprint, json.dumps(model.fingerprint_info, sort_keys=True), generation),
        )

    @staticmethod
    def switched_at(conn: Connection, generation: int) -> float:
        row = conn.execute("SELECT switched_at FROM generations WHERE id = ?", (generation,)).fetchone()
        return float(row[0] or 0.0) if row else 0.0

    @staticmethod
    def drop_generation(conn: Connection, generation: int) -> None:
        conn.execute("DELETE FROM vectors WHERE generation = ?", (generation,))
        conn.execute("DELETE FROM generations WHERE id = ?", (generation,))

    @staticmethod
    def catalogs_using(conn: Connection, model_ref: str) -> list[str]:
        """Catalogs with a live generation (active, building or retained) of this model version."""
        rows = conn.execute(
            f"SELECT DISTINCT catalog FROM generations WHERE model_ref = ? AND state IN ({marks(LIVE)})"  # nosec B608
            " ORDER BY catalog",
            (model_ref, *LIVE),
        )
        return [str(r[0]) for r in rows]

    @staticmethod
    def count_vectors(conn: Connection, generation: int) -> int:
        return int(conn.execute("SELECT COUNT(*) FROM vectors WHERE generation = ?", (generation,)).fetchone()[0])

    @staticmethod
    def missing_vectors(
        conn: Connection, catalog: str, generation: int, after_pk: int, limit: int
    ) -> list[tuple[int, str]]:
        """``(pk, description)`` of products above ``after_pk`` without a vector in ``generation``, in key order."""
        rows = conn.execute(
            "SELECT p.pk, p.description FROM products p WHERE p.catalog = ? AND p.pk > ?"
            " AND NOT EXISTS (SELECT 1 FROM vectors v WHERE v.generation = ? AND v.pk = p.pk) ORDER BY p.pk LIMIT ?",
            (catalog, after_pk, generation, limit),
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    @staticmethod
    def put_vectors(
        conn: Connection,
        generation: int,
        rows: Sequence[tuple[int, str]],
        vectors: npt.NDArray[np.float32],
    ) -> int:
        """Store vectors (len(rows), dimension) made from ``(pk, description)`` rows, only where the product
        still exists with that very text and has no vector in the generation yet (a write that raced the
        encoding has already stored the vector of its own text). Return how many were stored."""
        cursor = conn.executemany(
            "INSERT INTO vectors(generation, pk, vector) SELECT ?, pk, ? FROM products WHERE pk = ? AND description = ?"
            " ON CONFLICT(generation, pk) DO NOTHING",
            ((generation, vector_blob(v), pk, text) for (pk, text), v in zip(rows, vectors, strict=True)),
        )
        return max(0, cursor.rowcount)  # both engines sum an executemany's rows

    @staticmethod
    def forget_vectors(conn: Connection, generation: int, pks: Sequence[int]) -> None:
        """Drop a generation's vectors of these products (their text changed; the vector would be stale)."""
        for start in range(0, len(pks), 500):
            chunk = list(pks[start : start + 500])
            sql = f"DELETE FROM vectors WHERE generation = ? AND pk IN ({marks(chunk)})"  # nosec B608
            conn.execute(sql, (generation, *chunk))

    @staticmethod
    def unchanged_vectors(
        conn: Connection, catalog: str, products: Sequence[NewProduct], generation: int, dimension: int
    ) -> dict[str, npt.NDArray[np.float32]]:
        """Vectors in ``generation`` of the given products whose description is unchanged, by id."""
        wanted = {p.id: p.description for p in products}
        ids = list(wanted)
        found: dict[str, npt.NDArray[np.float32]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = (
                "SELECT p.id, p.description, v.vector FROM products p"
                f" JOIN vectors v ON v.pk = p.pk AND v.generation = ? WHERE p.catalog = ? AND p.id IN ({marks(chunk)})"  # nosec B608
            )
            for pid, description, blob in conn.execute(sql, (generation, catalog, *chunk)):
                if wanted[pid] == description and len(blob) == 4 * dimension:
                    found[pid] = np.frombuffer(blob, dtype=np.float32)
        return found

    @staticmethod
    def vectors_by_pk(
        conn: Connection, generation: int, pks: Sequence[int], dimension: int
    ) -> dict[int, npt.NDArray[np.float32]]:
        out: dict[int, npt.NDArray[np.float32]] = {}
        unique = list(dict.fromkeys(int(p) for p in pks))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            sql = f"SELECT pk, vector FROM vectors WHERE generation = ? AND pk IN ({marks(chunk)})"  # nosec B608
            for pk, blob in conn.execute(sql, (generation, *chunk)):
                out[int(pk)] = np.frombuffer(blob, dtype=np.float32, count=dimension)
        return out

    @staticmethod
    def iter_vectors(
        conn: Connection, generation: int, dimension: int, batch: int = 10000
    ) -> Iterator[tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]]:
        """Yield ``(pks (n,), vectors (n, dimension))`` of a generation in batches, in primary-key order."""
        cursor = conn.execute("SELECT pk, vector FROM vectors WHERE generation = ? ORDER BY pk", (generation,))
        while rows := cursor.fetchmany(batch):
            pks = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), dimension)
            yield pks, vecs

    @staticmethod
    def sample_vectors(conn: Connection, generation: int, step: int, dimension: int) -> npt.NDArray[np.float32]:
        """Every ``step``-th vector by key (deterministic): (n, dimension)."""
        rows = conn.execute("SELECT vector FROM vectors WHERE generation = ? AND pk % ? = 0", (generation, step))
        blobs = [r[0] for r in rows]
        return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), dimension)
