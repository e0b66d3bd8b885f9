"""Changes that encode nothing: products deleted, a catalog deleted, its synonym sets replaced, its index files
rebuilt. Each takes the upload path's write lock (:meth:`.writes.CatalogWriter.lock`) and one store transaction;
the derived indexes follow the commit as they do an upload's. :meth:`CatalogEdits.apply` takes an upload that
may also delete (a trade catalog's transaction): to the writer when it has products, else here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from .. import pause_points
from ..errors import CatalogNotFound
from ..index.derived import DerivedIndexes
from ..index.vector_index import VectorIndex
from ..observability import metrics as m
from ..observability.drift import QueryDrift
from ..storage.store import CatalogRow, CatalogStore, NewProduct
from ..text.synonyms import Synonyms
from .lookup import Lookup
from .results import WriteOutcome
from .synonym_sets import CatalogSynonyms
from .writes import CatalogWriter, Progress, after_commit


class CatalogEdits:
    """Deletes, synonym sets and index rebuilds of catalogs, serialized with uploads by ``writer``'s lock."""

    def __init__(
        self,
        store: CatalogStore,
        indexes: DerivedIndexes,
        lookup: Lookup,
        writer: CatalogWriter,
        *,
        drift: QueryDrift,
        metrics: m.Metrics = m.OFF,
    ) -> None:
        self.store = store
        self.indexes = indexes
        self.lookup = lookup
        self.writer = writer
        self.drift = drift
        self.metrics = metrics

    def apply(
        self,
        name: str,
        products: Sequence[NewProduct],
        *,
        replace_all: bool = False,
        delete: Sequence[str] = (),
        progress: Progress | None = None,
        language: str | None = None,
    ) -> WriteOutcome:
        """Upsert ``products`` and drop ``delete`` (or, with ``replace_all``, every product not given) in one
        transaction, recording ``language`` (a trade file's) on the catalog with the products. Without products:
        the deletes alone; nothing at all (a price update) changes nothing and answers the catalog's version (it
        must exist)."""
        if products:
            return self.writer.upsert(
                name, products, replace=replace_all, delete=delete, progress=progress, language=language
            )
        if delete:
            outcome = self.delete_products(name, delete)
            return replace(outcome, count=0, deleted=outcome.count)
        with self.store.read() as conn:
            return WriteOutcome(name, self.lookup.require(conn, name).version, 0)

    def others(self, name: str, keep: set[str]) -> list[str]:
        """Ids of the catalog's products not in ``keep`` (what a new catalog loaded in batches drops last)."""
        with self.store.read() as conn:
            self.lookup.require(conn, name)
            return [pid for pid in self.store.product_ids(conn, name) if pid not in keep]

    def delete_products(self, name: str, ids: Sequence[str], *, derive: bool = True) -> WriteOutcome:
        """Delete products by id in one transaction (``derive``: as :meth:`.writes.CatalogWriter.upsert`'s)."""
        with self.writer.lock():
            with self.store.write(name) as conn:
                cat = self.lookup.require(conn, name)
                found, version = self.store.delete_products(conn, name, list(dict.fromkeys(ids)))
                if found:
                    self.store.record(conn, "products.delete", name, {"deleted": len(found), "version": version})
                fresh = self.lookup.require(conn, name)
                building = self.store.generations(conn, name, ("building",))
            pause_points.reached("delete_committed")
            not_found = [i for i in dict.fromkeys(ids) if i not in found]
            if version is None:
                return WriteOutcome(name, cat.version, 0, not_found=not_found)
            removed = np.fromiter(found.values(), dtype=np.int64, count=len(found))
            if derive:
                self._without_new_rows([fresh, *(fresh.through(g) for g in building)], cat.version, removed)
        self.metrics.incr(m.DELETED, len(found))
        self.metrics.gauge(m.CATALOG_SIZE.format(catalog=name), fresh.product_count)
        return WriteOutcome(name, version, len(found), not_found=not_found)

    def set_synonyms(self, name: str, synonyms: Synonyms) -> CatalogSynonyms:
        """Replace the catalog's synonym sets in one transaction that gives it a new version, which every
        later search on any worker or node reads them with. The indexes are only restamped."""
        with self.writer.lock():
            with self.store.write(name) as conn:
                cat = self.lookup.require(conn, name)
                self.store.set_synonyms(conn, name, synonyms)
                fresh = self.lookup.require(conn, name)
                self.store.record(conn, "synonyms.set", name, {"sets": len(synonyms.sets), "version": fresh.version})
                building = self.store.generations(conn, name, ("building",))
            self._without_new_rows([fresh, *(fresh.through(g) for g in building)], cat.version)
        return CatalogSynonyms(name, fresh.version, synonyms)

    def _without_new_rows(
        self, views: list[CatalogRow], previous: int, removed: npt.NDArray[np.int64] | None = None
    ) -> None:
        """After a commit that wrote no product (deleted ``removed``, or none): ``views``' indexes from the last."""
        empty = np.zeros(0, dtype=np.int64)
        none = {v.generation: np.zeros((0, v.dimension), np.float32) for v in views}
        gone = empty if removed is None else removed
        after_commit(lambda: self.indexes.apply_delta(views, previous, gone, empty, none))

    def delete_catalog(self, name: str) -> None:
        with self.writer.lock():
            with self.store.write(name) as conn:
                if not self.store.delete_catalog(conn, name):
                    raise CatalogNotFound(f"catalog {name!r} does not exist", {"catalog": name})
                self.store.record(conn, "catalog.delete", name, {})
            self.indexes.held.forget(name, files=True)
            self.drift.forget(name)

    def rebuild_indexes(self, name: str) -> VectorIndex:
        """Rebuild a catalog's index files (vector and lexical) from the store (``product-search index``)."""
        with self.writer.lock(), self.store.read() as conn:
            return self.indexes.rebuild(conn, self.lookup.require(conn, name))
