"""Switching a catalog's active generation: a migration's new one, or back to a retained one (rollback).

Everything happens under the write lock and in the caller's one write transaction: what the target
generation still lacks is encoded (the catch-up), its vector index is built, the catalog's active
generation and version change together, and the lexical index is restamped. Every worker's next request
reads the new version, and the index it needs is already there.
"""

from __future__ import annotations

import logging

from ..errors import MigrationConflict
from ..index.derived import LEXICAL, VECTORS, DerivedIndexes
from ..observability import metrics as m
from ..search.lookup import Lookup
from ..search.results import ModelUsed
from ..search.writes import CatalogWriter
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore, GenerationRow

log = logging.getLogger(__name__)


class GenerationSwitch:
    """Catch-up, activation and rollback of catalog generations.

    Args:
        retain: generations kept after a switch, for rollback (``PRODUCT_SEARCH_RETAIN_GENERATIONS``).
    """

    def __init__(
        self,
        store: CatalogStore,
        indexes: DerivedIndexes,
        lookup: Lookup,
        writer: CatalogWriter,
        metrics: m.Metrics = m.OFF,
        *,
        retain: int = 1,
    ) -> None:
        self.store = store
        self.indexes = indexes
        self.lookup = lookup
        self.writer = writer
        self.metrics = metrics
        self.retain = retain

    def catch_up(self, conn: Connection, view: CatalogRow) -> int:
        """Under the write lock: encode the products ``view``'s generation has no vector of (written while
        its model was not written for). Return how many."""
        encoder = self.lookup.encoder(view)
        count = 0
        while rows := self.store.missing_vectors(conn, view.name, view.generation, 0, 1000):
            vectors = self.writer.encode_documents(encoder, [t for _, t in rows], None)
            count += self.store.put_vectors(conn, view.generation, rows, vectors)
        return count

    def activate(self, conn: Connection, cat: CatalogRow, gen: GenerationRow) -> CatalogRow:
        """In the caller's write transaction (write lock held): make ``gen`` active; its index is built
        here and the lexical one restamped, so the first search after the switch loads nothing."""
        target = cat.through(gen)
        index = self.indexes.build(VECTORS, conn, target)
        lexical = self.indexes.current(LEXICAL, conn, cat)
        _version, dropped = self.store.activate(conn, cat.name, gen.id, self.retain)
        fresh = self.lookup.require(conn, cat.name)
        self.indexes.held.install(VECTORS, fresh, index.restamped(self.indexes.files.stamp(VECTORS, fresh)))
        self.indexes.held.install(LEXICAL, fresh, lexical.restamped(self.indexes.files.stamp(LEXICAL, fresh)))
        # Files after the commit would be better; saving inside is safe (stamped with the new version:
        # a reader of the old version ignores them) and keeps this one step.
        self.indexes.files.save(VECTORS, fresh, self.indexes.held.get(VECTORS, fresh) or index)
        self.indexes.files.save(LEXICAL, fresh, self.indexes.held.get(LEXICAL, fresh) or lexical)
        for old in dropped:
            self.indexes.held.forget_generation(cat.name, old)
        self.metrics.incr(m.GENERATION_SWITCHES)
        return fresh

    def rollback(self, catalog: str) -> ModelUsed:
        """Make the most recently retained generation active again; what was written since it was left is
        encoded for it first. MigrationConflict (409) if none is retained."""
        with self.writer.transaction(catalog) as conn:
            cat = self.lookup.require(conn, catalog)
            retained = self.store.generations(conn, catalog, ("retained",))
            if not retained:
                raise MigrationConflict(
                    f"catalog {catalog!r} retains no previous generation to roll back to",
                    {"catalog": catalog, "retain_generations": self.retain},
                )
            gen = max(retained, key=lambda g: g.switched_at or 0.0)
            caught_up = self.catch_up(conn, cat.through(gen))
            fresh = self.activate(conn, cat, gen)
            self.store.record(conn, "catalog.rollback", catalog, {"generation": gen.id, "caught_up": caught_up})
        log.warning("catalog rolled back", extra={"fields": {"catalog": catalog, "generation": gen.id}})
        return ModelUsed(fresh.model_ref, fresh.fingerprint, fresh.generation)
