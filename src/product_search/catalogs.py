"""Catalogs: the domain service behind both the HTTP API and the CLI, assembled from its parts.

Who does what, across Gunicorn workers (separate processes):

* :mod:`.search.writes`: writes happen in one store transaction each (SQLite in the data dir, or a PostgreSQL
  server shared by several nodes), serialized per catalog; an exclusive ``flock`` on
  ``<data_dir>/write.lock`` orders this node's index files. The commit is the acknowledgement: the indexes
  are derived data.
* :mod:`.index.derived`: after committing, the writer updates the catalog's index files (atomic replace,
  stamped with the new version). If that fails or the process dies first, readers find a stale stamp
  and rebuild from the stored vectors and texts.
* :mod:`.search.searching`: a search reads the catalog's version and active generation inside a read
  transaction, encodes with that generation's model, takes the indexes for exactly that version and
  generation, and fetches the matching rows in the same transaction.
* :mod:`.migration.migrations`: moving a catalog to another model version (a new generation), switch, rollback.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from . import pause_points
from .config import SearchMode, Settings
from .encoding.encoder import Encoder
from .encoding.models import LoadedModels
from .errors import ProductNotFound, ProductSearchError
from .index.change_follower import ChangeFollower
from .index.derived import LEXICAL, VECTORS, DerivedIndexes, preload
from .migration.binding import bind_unbound
from .migration.migrations import Migrations, MigrationStatus
from .migration.runner import MigrationRunner, migrate_now
from .migration.shadow import Shadow
from .observability import metrics as m
from .observability.drift import QueryDrift
from .search.edits import CatalogEdits
from .search.lookup import CATALOG_NAME, Lookup, check_catalog_name
from .search.results import (
    CatalogStatus,
    GenerationStatus,
    Hit,
    IndexHealth,
    Page,
    SearchOutcome,
    WriteOutcome,
)
from .search.searching import Searcher
from .search.synonym_sets import CatalogSynonyms
from .search.telemetry import SearchTelemetry
from .search.writes import CatalogWriter, Progress
from .storage.store import CatalogRow, CatalogStore, ProductRow

log = logging.getLogger(__name__)

__all__ = [
    "CATALOG_NAME",
    "CatalogStatus",
    "CatalogSynonyms",
    "Catalogs",
    "Hit",
    "Page",
    "SearchOutcome",
    "WriteOutcome",
    "check_catalog_name",
]


class Catalogs:
    """Catalogs of products: writes, reads and searches that keep the store and the indexes consistent.

    Args:
        data_dir: holds ``indexes/``, ``write.lock`` and (unless ``store_url`` names another) ``catalogs.sqlite3``.
        models: the repository's versions, loaded as catalogs need them.
        store_url: the source of truth (:func:`.storage.database.open_database`).
    """

    def __init__(
        self,
        data_dir: Path,
        models: LoadedModels,
        metrics: m.Metrics = m.OFF,
        *,
        drift_min_queries: int = 20,
        ivf_threshold: int = 0,
        ivf_nprobe: int = 0,
        fusion: str = "convex",
        dense_weight: float | None = None,
        retain_generations: int = 1,
        migration_duty: float = 0.5,
        migration_lease: float = 30.0,
        shadow_rate: float = 0.0,
        shadow_queue: int = 32,
        store_url: str | None = None,
        store_pool_size: int = 8,
        index_memory: int = 0,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.models = models
        self.metrics = metrics
        self.store = CatalogStore.open(store_url, self.data_dir, pool_size=store_pool_size)
        # Per-process counters: how much work this process did (reported by /v1/info and tests).
        self.counters: Counter[str] = Counter()
        self.drift = QueryDrift(drift_min_queries)
        self.indexes = DerivedIndexes(
            self.store, self.data_dir / "indexes", self.counters, metrics, ivf_threshold=ivf_threshold,
            ivf_nprobe=ivf_nprobe, memory_budget=index_memory,
        )  # fmt: skip
        self.lookup = Lookup(self.store, self.indexes, models)
        self.telemetry = SearchTelemetry(self.drift, metrics, counters=self.counters)
        self.writer = CatalogWriter(
            self.store, models, self.indexes, self.lookup, lock_path=self.data_dir / "write.lock",
            counters=self.counters, metrics=metrics,
        )  # fmt: skip
        self.edits = CatalogEdits(self.store, self.indexes, self.lookup, self.writer, drift=self.drift, metrics=metrics)
        self.migrations = Migrations(
            self.store, self.indexes, self.lookup, self.writer, counters=self.counters, metrics=metrics,
            retain=retain_generations, duty=migration_duty, lease=migration_lease,
        )  # fmt: skip
        self.switching = self.migrations.switching
        self.runner = MigrationRunner(self.migrations)
        self.searcher = Searcher(
            self.store, self.indexes, self.lookup, self.telemetry, fusion=fusion, dense_weight=dense_weight
        )
        self.shadow = Shadow(
            self.store, self.searcher, self.migrations, metrics, rate=shadow_rate, capacity=shadow_queue
        )
        self.follower = ChangeFollower(self.store, self.indexes)

    @classmethod
    def from_settings(cls, settings: Settings, models: LoadedModels, metrics: m.Metrics = m.OFF) -> Catalogs:
        pause_points.configure(settings.pause_dir)  # process-wide: the writes of this process (tests only)
        return cls(
            settings.data_dir,
            models,
            metrics,
            drift_min_queries=settings.drift_min_queries,
            ivf_threshold=settings.ivf_threshold,
            ivf_nprobe=settings.ivf_nprobe,
            fusion=settings.fusion,
            dense_weight=settings.hybrid_dense_weight,
            retain_generations=settings.retain_generations,
            migration_duty=settings.migration_duty,
            migration_lease=settings.migration_lease,
            shadow_rate=settings.shadow_rate,
            shadow_queue=settings.shadow_queue,
            store_url=settings.store_url,
            store_pool_size=settings.store_pool_size,
            index_memory=settings.index_memory,
        )

    @property
    def encoder(self) -> Encoder:
        """The default model's encoder (new catalogs, similarity, embeddings)."""
        return self.models.default()[1]

    def close(self) -> None:
        """Drop this thread's database connection (the Gunicorn master calls it before forking)."""
        self.store.close()

    # -- derived indexes -----------------------------------------------------------------------

    def row(self, name: str) -> CatalogRow:
        """The stored row of a catalog (through its active generation)."""
        with self.store.read() as conn:
            return self.lookup.require(conn, name)

    def index_path(self, name: str) -> Path:
        return self.indexes.files.path(VECTORS, self.row(name))

    def lexical_path(self, name: str) -> Path:
        return self.indexes.files.path(LEXICAL, self.row(name))

    def preload(self) -> int:
        """Bind vectors from before the repository to their version, load the models catalogs use and
        every catalog's indexes; return how many catalogs. Used for readiness (and before the fork)."""
        self.load_models()
        return preload(self.indexes, lazy=self.store.shared)

    def load_models(self) -> None:
        """Load the model version of every catalog's active generation (the Gunicorn master does it before
        forking, so workers share the weights), after binding vectors from before the repository."""
        self.bind_unbound()
        with self.store.read() as conn:
            cats = self.store.list_catalogs(conn)
        for cat in cats:
            try:
                self.lookup.encoder(cat)
            except ProductSearchError as exc:  # that catalog answers 409 with the reason; the rest serve
                log.warning("a catalog's model cannot be served", extra={"fields": {"reason": exc.message}})

    def bind_unbound(self) -> int:
        """Bind generations stored before the repository to their model versions (:mod:`.migration.binding`)."""
        return bind_unbound(self.store, self.models, self.writer)

    # -- reads (writes go to `writer` and `edits`; a switch back to `switching`) ---------------------

    def get_synonyms(self, name: str) -> CatalogSynonyms:
        with self.store.read() as conn:
            row = self.lookup.require(conn, name)
            return CatalogSynonyms(name, row.version, self.lookup.synonyms(conn, row))

    def reembed(self, name: str, progress: Progress | None = None, model: str | None = None) -> WriteOutcome:
        """Migrate the catalog to ``model`` (default: the default model) now, in this process
        (:func:`.migration.runner.migrate_now`)."""
        done = migrate_now(self.migrations, name, self.models.resolve(model).ref, progress)
        return WriteOutcome(name, self.row(name).version, done)

    def _servable(self, row: CatalogRow) -> bool:
        try:
            self.lookup.model(row)
        except ProductSearchError:
            return False
        return True

    def list_catalogs(self) -> list[CatalogStatus]:
        with self.store.read() as conn:
            rows = self.store.list_catalogs(conn)
        return [CatalogStatus.of(row, self._servable(row)) for row in rows]

    def get_catalog(self, name: str) -> CatalogStatus:
        with self.store.read() as conn:
            row = self.lookup.require(conn, name)
            generations = [
                GenerationStatus(
                    g.id,
                    g.model_ref,
                    g.fingerprint,
                    g.state,
                    self.store.count_vectors(conn, g.id),
                    g.created_at,
                    g.switched_at,
                )
                for g in self.store.generations(conn, name)
            ]
            lexical = self.indexes.held.get(LEXICAL, row)
            unreadable = [] if lexical is None else lexical.unreadable.tolist()
            named = self.store.products_by_pk(conn, unreadable[:20])
        health = IndexHealth(
            lexical is not None, len(unreadable), [named[pk].id for pk in unreadable[:20] if pk in named],
            self.indexes.failures.reason(name),
        )  # fmt: skip
        return CatalogStatus.of(row, self._servable(row), generations, health)

    # -- migrations ----------------------------------------------------------------------------

    def start_migration(self, name: str, model: str, switch: str = "auto") -> MigrationStatus:
        """Start moving a catalog to another model version; a thread of this process runs it."""
        status = self.migrations.start(name, model, switch)
        self.runner.submit(status.id)
        return status

    def get_product(self, name: str, product_id: str) -> ProductRow:
        with self.store.read() as conn:
            self.lookup.require(conn, name)
            row = self.store.get_product(conn, name, product_id)
        if row is None:
            raise ProductNotFound(
                f"product {product_id!r} is not in catalog {name!r}", {"catalog": name, "id": product_id}
            )
        return row

    def list_products(self, name: str, after: int | None, limit: int) -> Page:
        """Products with keys above ``after`` (None: from the start), at most ``limit``, in key order."""
        with self.store.read() as conn:
            self.lookup.require(conn, name)
            rows = self.store.page_products(conn, name, after or 0, limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        return Page(name, rows, rows[-1].pk if more and rows else None)

    def search(
        self,
        name: str,
        queries: Sequence[str],
        top_k: int,
        filters: dict[str, Any] | None = None,
        query_vectors: npt.NDArray[np.float32] | None = None,
        *,
        mode: SearchMode = "dense",
        min_score: float | None = None,
    ) -> SearchOutcome:
        """Rank the catalog's products for each query (:meth:`.search.searching.Searcher.search`); a share of
        searches is shadowed on a ready migration's generation afterwards (:mod:`.migration.shadow`)."""
        outcome = self.searcher.search(name, queries, top_k, filters, query_vectors, mode=mode, min_score=min_score)
        self.shadow.offer(name, queries, top_k, filters, mode=mode, min_score=min_score, live=outcome)
        return outcome

    # -- telemetry -----------------------------------------------------------------------------

    def reporters(self) -> list[Callable[[m.Metrics], None]]:
        """The periodic telemetry tasks (:mod:`.search.telemetry`): the store's health, catalog sizes, query drift."""
        store_health = functools.partial(self.telemetry.report_store, store=self.store, catalogs=self.list_catalogs)
        return [store_health, self.telemetry.report_drift]
