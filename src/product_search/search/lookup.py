"""Finding a catalog for a read or a write, or the error that says why it cannot be used."""

from __future__ import annotations

import re

from ..encoding.encoder import Encoder
from ..encoding.models import LoadedModels
from ..encoding.repository import Manifest
from ..errors import CatalogNotFound, InvalidInput
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore
from .derived import DerivedIndexes

CATALOG_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def check_catalog_name(name: str) -> str:
    """Return ``name`` if it is a valid catalog name (it also names files), else raise."""
    if not CATALOG_NAME.fullmatch(name):
        raise InvalidInput("invalid catalog name", fields={"catalog": ["must match [a-z0-9][a-z0-9_-]{0,63}"]})
    return name


class Lookup:
    """Catalog rows as of the caller's transaction, and the model each generation's vectors are from."""

    def __init__(self, store: CatalogStore, indexes: DerivedIndexes, models: LoadedModels) -> None:
        self.store = store
        self.indexes = indexes
        self.models = models

    def require(self, conn: Connection, name: str) -> CatalogRow:
        """The catalog, or CatalogNotFound (its in-memory indexes are dropped: another process deleted it)."""
        cat = self.store.get_catalog(conn, name)
        if cat is None:
            self.indexes.forget(name)
            raise CatalogNotFound(f"catalog {name!r} does not exist", {"catalog": name})
        return cat

    def model(self, cat: CatalogRow) -> Manifest:
        """The version whose vectors ``cat``'s generation holds (not loaded); FingerprintMismatch if this
        service cannot serve it (not in the repository, or another backend)."""
        return self.models.check(cat.name, cat.model_ref, cat.fingerprint)

    def encoder(self, cat: CatalogRow) -> Encoder:
        """The loaded encoder of ``cat``'s generation (:meth:`model`, then loaded)."""
        return self.models.encoder(self.model(cat))
