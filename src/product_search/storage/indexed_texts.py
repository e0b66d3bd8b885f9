"""What the lexical index reads of stored products: their indexed texts (:func:`..text.structure.indexed_text`,
the description with the structure of its metadata), in key order for a build, and which of an upload's
products are stored with the same text (their analysis stands) or the same description (their vectors do).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..text.structure import indexed_text, stored_text
from .database import Connection, marks

if TYPE_CHECKING:
    from .store import NewProduct


def metadata_json(metadata: dict[str, Any] | None) -> str | None:
    return None if metadata is None else json.dumps(metadata, ensure_ascii=False, sort_keys=True)


class IndexedTexts:
    """Indexed-text queries inside the caller's transaction (a part of :class:`.store.CatalogStore`)."""

    @staticmethod
    def unchanged(conn: Connection, catalog: str, products: Sequence[NewProduct]) -> tuple[set[str], set[str]]:
        """Ids of the given products stored with exactly the description given (their vectors stand), and those
        stored with exactly the indexed text given: the description and the structure the lexical index reads
        of their metadata (:func:`..text.structure.indexed_text`; a new price is no new text)."""
        wanted = {p.id: p for p in products}
        ids = list(wanted)
        described: set[str] = set()
        same: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = f"SELECT id, description, metadata FROM products WHERE catalog = ? AND id IN ({marks(chunk)})"  # nosec B608
            for pid, text, meta in conn.execute(sql, (catalog, *chunk)):
                given = wanted[pid]
                if text != given.description:
                    continue
                described.add(pid)
                # The same metadata as stored needs no reading (a refresh); other metadata, its indexed text.
                if meta == metadata_json(given.metadata) or stored_text(text, meta) == indexed_text(
                    given.description, given.metadata
                ):
                    same.add(pid)
        return described, same

    @staticmethod
    def iter_texts(conn: Connection, catalog: str, batch: int = 1000) -> Iterator[list[tuple[int, str]]]:
        """Each product's key and indexed text (its description with its structure), in key order."""
        cursor = conn.execute(
            "SELECT pk, description, metadata FROM products WHERE catalog = ? ORDER BY pk", (catalog,)
        )
        while rows := cursor.fetchmany(batch):
            yield [(int(r[0]), stored_text(r[1], r[2])) for r in rows]
