"""Finding a catalog for a read or a write, or the error that says why it cannot be used."""

from __future__ import annotations

import logging
import re

from ..encoding.encoder import Encoder
from ..encoding.models import LoadedModels
from ..encoding.repository import Manifest
from ..errors import CatalogNotFound, InvalidInput
from ..index.derived import DerivedIndexes
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore, ModelBinding
from ..text.synonyms import Synonyms

log = logging.getLogger(__name__)
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
        # Each catalog's synonyms as of the version that set them: read from the store only when that changed,
        # so a search reads a few integers of the catalog row, not its sets (up to megabytes).
        self._synonyms: dict[str, tuple[int, Synonyms]] = {}

    def require(self, conn: Connection, name: str) -> CatalogRow:
        """The catalog, or CatalogNotFound (its in-memory indexes are dropped: another process deleted it)."""
        cat = self.store.get_catalog(conn, name)
        if cat is None:
            self.indexes.held.forget(name)
            self._synonyms.pop(name, None)
            raise CatalogNotFound(f"catalog {name!r} does not exist", {"catalog": name})
        return cat

    def synonyms(self, conn: Connection, cat: CatalogRow) -> Synonyms:
        """``cat``'s synonym sets as of its version, read in the caller's transaction if not held yet."""
        if not cat.synonyms_version:
            return Synonyms()
        held = self._synonyms.get(cat.name)
        if held is None or held[0] != cat.synonyms_version:
            held = (cat.synonyms_version, self.store.synonyms(conn, cat.name))
            self._synonyms[cat.name] = held  # one tuple replaced whole: safe across threads
        return held[1]

    def model(self, cat: CatalogRow) -> Manifest:
        """The version whose vectors ``cat``'s generation holds (not loaded); FingerprintMismatch if this
        service cannot serve it (not in the repository, or another backend)."""
        return self.models.check(cat.name, cat.model_ref, cat.fingerprint)

    def encoder(self, cat: CatalogRow) -> Encoder:
        """The loaded encoder of ``cat``'s generation (:meth:`model`, then loaded)."""
        return self.models.encoder(self.model(cat))

    def write_encoders(self, conn: Connection, cat: CatalogRow) -> dict[int, Encoder]:
        """Encoders of the generations a write stores vectors for: the active one (it must be servable)
        and one being built (skipped, with a warning, if its model cannot be loaded: the migration's
        catch-up encodes what it misses)."""
        out = {cat.generation: self.encoder(cat)}
        for gen in self.store.generations(conn, cat.name, ("building",)):
            try:
                out[gen.id] = self.encoder(cat.through(gen))
            except Exception:
                log.warning("cannot encode for a generation being built", extra={"fields": {"generation": gen.id}})
        return out

    def binding(self, manifest_ref: str | None = None) -> tuple[ModelBinding, Encoder]:
        """The store's record of a model version (default: the default model) and its encoder: what a new
        catalog or generation is bound to."""
        manifest = self.models.resolve(manifest_ref)
        fp = self.models.fingerprint(manifest)
        return ModelBinding(manifest.ref, fp.id, fp.to_dict(), manifest.dimension), self.models.encoder(manifest)
