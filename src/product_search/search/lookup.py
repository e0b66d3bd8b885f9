"""Finding a catalog for a read or a write, or the error that says why it cannot be used."""

from __future__ import annotations

import re
import sqlite3

from ..encoding.encoder import Encoder
from ..errors import CatalogNotFound, FingerprintMismatch, InvalidInput
from ..storage.store import CatalogRow, CatalogStore
from .derived import DerivedIndexes

CATALOG_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def check_catalog_name(name: str) -> str:
    """Return ``name`` if it is a valid catalog name (it also names files), else raise."""
    if not CATALOG_NAME.fullmatch(name):
        raise InvalidInput("invalid catalog name", fields={"catalog": ["must match [a-z0-9][a-z0-9_-]{0,63}"]})
    return name


class Lookup:
    """Catalog rows as of the caller's transaction, checked against the loaded model."""

    def __init__(self, store: CatalogStore, indexes: DerivedIndexes, encoder: Encoder) -> None:
        self.store = store
        self.indexes = indexes
        self.encoder = encoder

    def require(self, conn: sqlite3.Connection, name: str) -> CatalogRow:
        """The catalog, or CatalogNotFound (its in-memory indexes are dropped: another process deleted it)."""
        cat = self.store.get_catalog(conn, name)
        if cat is None:
            self.indexes.forget(name)
            raise CatalogNotFound(f"catalog {name!r} does not exist", {"catalog": name})
        return cat

    def check_fingerprint(self, cat: CatalogRow) -> None:
        """Raise FingerprintMismatch unless the catalog was embedded by the loaded model."""
        fingerprint = self.encoder.fingerprint
        if cat.fingerprint != fingerprint.id:
            raise FingerprintMismatch(
                f"catalog {cat.name!r} was embedded by model fingerprint {cat.fingerprint}, but the service runs "
                f"{fingerprint.id}; re-embed it with `product-search reembed {cat.name}`",
                {
                    "catalog": cat.name,
                    "catalog_fingerprint": cat.fingerprint_info,
                    "service_fingerprint": fingerprint.to_dict(),
                },
            )
