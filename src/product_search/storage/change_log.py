"""The change log: what each write did to a catalog after a given version, so a node can bring an older
index forward instead of rebuilding it (:meth:`..index.derived.DerivedIndexes.current`).

Every product carries the version of its last write (``products.version``); a deleted product leaves its
key and the deleting write's version in ``removed``. Deletion records older than a week are dropped, and
the catalog's ``changes_from`` moves past them: the log is complete only after that version.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ..text.structure import stored_text
from .database import Connection


class ChangeLog:
    """Change-log queries inside the caller's transaction (a part of :class:`.store.CatalogStore`)."""

    @staticmethod
    def forget_removed(conn: Connection, catalog: str, before: float) -> None:
        """Drop deletion records older than ``before``; the change log then starts after the newest dropped."""
        row = conn.execute("SELECT MAX(version) FROM removed WHERE catalog = ? AND removed_at < ?", (catalog, before))
        newest = row.fetchone()[0]
        if newest is not None:
            conn.execute("DELETE FROM removed WHERE catalog = ? AND version <= ?", (catalog, newest))
            conn.execute(
                "UPDATE catalogs SET changes_from = ? WHERE name = ? AND changes_from < ?", (newest, catalog, newest)
            )

    @staticmethod
    def changes_since(
        conn: Connection, catalog: str, version: int
    ) -> tuple[npt.NDArray[np.int64], list[tuple[int, str]]]:
        """What a write after ``version`` changed: keys removed (n,), and ``(pk, indexed text)`` of products
        written (inserted or replaced). Complete only from the catalog's ``changes_from`` on."""
        written = conn.execute(
            "SELECT pk, description, metadata FROM products WHERE catalog = ? AND version > ? ORDER BY pk",
            (catalog, version),
        )
        return ChangeLog._removed(conn, catalog, version), [(int(r[0]), stored_text(r[1], r[2])) for r in written]

    @staticmethod
    def keys_changed_since(
        conn: Connection, catalog: str, version: int
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """:meth:`changes_since` by key alone (what the vector index follows): removed (n,), written (k,)."""
        written = conn.execute(
            "SELECT pk FROM products WHERE catalog = ? AND version > ? ORDER BY pk", (catalog, version)
        )
        return ChangeLog._removed(conn, catalog, version), np.fromiter((r[0] for r in written), dtype=np.int64)

    @staticmethod
    def _removed(conn: Connection, catalog: str, version: int) -> npt.NDArray[np.int64]:
        rows = conn.execute("SELECT pk FROM removed WHERE catalog = ? AND version > ?", (catalog, version))
        return np.fromiter((r[0] for r in rows), dtype=np.int64)
