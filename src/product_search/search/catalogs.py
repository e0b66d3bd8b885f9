"""Catalogs: the domain service behind both the HTTP API and the CLI, assembled from its parts.

Who does what, across Gunicorn workers (separate processes):

* :mod:`.writes`: writes are serialized by an exclusive ``flock`` on ``<data_dir>/write.lock`` and
  happen in one SQLite transaction each. The commit is the acknowledgement: the indexes are derived data.
* :mod:`.derived`: after committing, the writer updates the catalog's index files (atomic replace,
  stamped with the new version). If that fails or the process dies first, readers find a stale stamp
  and rebuild from the stored vectors and texts.
* :mod:`.searching`: a search reads the catalog's version inside a read transaction, takes the indexes
  for exactly that version, and fetches the matching rows in the same transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..config import SearchMode, Settings
from ..encoding.encoder import Encoder, InputType
from ..errors import ProductNotFound
from ..observability import metrics as m
from ..observability.drift import QueryDrift
from ..storage.store import CatalogStore, NewProduct, ProductRow
from ..storage.vector_index import VectorIndex
from .derived import LEXICAL, VECTORS, DerivedIndexes
from .lookup import CATALOG_NAME, Lookup, check_catalog_name
from .results import CatalogStatus, Hit, Page, SearchOutcome, WriteOutcome
from .searching import Searcher
from .telemetry import SearchTelemetry
from .writes import CatalogWriter, Progress

__all__ = [
    "CATALOG_NAME",
    "CatalogStatus",
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
        data_dir: holds ``catalogs.sqlite3``, ``indexes/`` and ``write.lock``.
        encoder: the loaded model; its fingerprint must match a catalog's to write or search it.
    """

    def __init__(
        self,
        data_dir: Path,
        encoder: Encoder,
        metrics: m.Metrics | None = None,
        *,
        drift_min_queries: int = 20,
        ivf_threshold: int = 0,
        ivf_nprobe: int = 0,
        fusion: str = "convex",
        dense_weight: float = 0.6,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.encoder = encoder
        self.metrics = metrics
        self.store = CatalogStore(self.data_dir / "catalogs.sqlite3")
        # Per-process counters: how much work this process did (reported by /v1/info and tests).
        self.counters: Counter[str] = Counter()
        self.drift = QueryDrift(drift_min_queries)
        self.indexes = DerivedIndexes(
            self.store, self.data_dir / "indexes", self.counters, metrics, ivf_threshold=ivf_threshold,
            ivf_nprobe=ivf_nprobe,
        )  # fmt: skip
        self.lookup = Lookup(self.store, self.indexes, encoder)
        self.telemetry = SearchTelemetry(encoder, self.drift, metrics)
        self.writer = CatalogWriter(
            self.store, encoder, self.indexes, self.lookup, lock_path=self.data_dir / "write.lock",
            counters=self.counters, drift=self.drift, metrics=metrics,
        )  # fmt: skip
        self.searcher = Searcher(
            self.store, encoder, self.indexes, self.lookup, self.telemetry, fusion=fusion, dense_weight=dense_weight
        )

    @classmethod
    def from_settings(cls, settings: Settings, encoder: Encoder, metrics: m.Metrics | None = None) -> Catalogs:
        return cls(
            settings.data_dir,
            encoder,
            metrics,
            drift_min_queries=settings.drift_min_queries,
            ivf_threshold=settings.ivf_threshold,
            ivf_nprobe=settings.ivf_nprobe,
            fusion=settings.fusion,
            dense_weight=settings.hybrid_dense_weight,
        )

    @property
    def fingerprint(self) -> str:
        return self.encoder.fingerprint.id

    def close(self) -> None:
        """Drop this thread's database connection (the Gunicorn master calls it before forking)."""
        self.store.close()

    # -- derived indexes -----------------------------------------------------------------------

    def index_path(self, name: str) -> Path:
        return self.indexes.path(VECTORS, name)

    def lexical_path(self, name: str) -> Path:
        return self.indexes.path(LEXICAL, name)

    def preload(self) -> int:
        """Load (or rebuild) every catalog's indexes; return how many catalogs. Used for readiness."""
        return self.indexes.preload(self.fingerprint)

    def rebuild_index(self, name: str) -> VectorIndex:
        """Rebuild a catalog's index files (vector and lexical) from the store (``product-search index``)."""
        return self.writer.rebuild_indexes(name)

    # -- writes --------------------------------------------------------------------------------

    def upsert(
        self, name: str, products: Sequence[NewProduct], *, replace: bool = False, progress: Progress | None = None
    ) -> WriteOutcome:
        """Insert or replace products by id, all or nothing. ``replace`` also drops products not given."""
        return self.writer.upsert(name, products, replace=replace, progress=progress)

    def delete_products(self, name: str, ids: Sequence[str]) -> WriteOutcome:
        return self.writer.delete_products(name, ids)

    def delete_catalog(self, name: str) -> None:
        self.writer.delete_catalog(name)

    def reembed(self, name: str, progress: Progress | None = None, batch: int = 256) -> WriteOutcome:
        """Re-encode every description with the loaded model and switch the catalog to it atomically."""
        return self.writer.reembed(name, progress, batch)

    # -- reads ---------------------------------------------------------------------------------

    def list_catalogs(self) -> list[CatalogStatus]:
        with self.store.read() as conn:
            return [CatalogStatus.of(row, self.fingerprint) for row in self.store.list_catalogs(conn)]

    def get_catalog(self, name: str) -> CatalogStatus:
        with self.store.read() as conn:
            return CatalogStatus.of(self.lookup.require(conn, name), self.fingerprint)

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
        """Rank the catalog's products for each query (:meth:`.searching.Searcher.search`)."""
        return self.searcher.search(name, queries, top_k, filters, query_vectors, mode=mode, min_score=min_score)

    # -- ranking settings (the tuning script changes them between runs) ------------------------

    @property
    def fusion(self) -> str:
        return self.searcher.fusion

    @fusion.setter
    def fusion(self, value: str) -> None:
        self.searcher.fusion = value

    @property
    def dense_weight(self) -> float:
        return self.searcher.dense_weight

    @dense_weight.setter
    def dense_weight(self, value: float) -> None:
        self.searcher.dense_weight = value

    # -- telemetry -----------------------------------------------------------------------------

    def text_metrics(self, texts: list[str], input_type: InputType) -> None:
        """Text length, token counts and truncation of encoded texts."""
        self.telemetry.texts(texts, input_type)

    def report_catalog_sizes(self, mx: m.Metrics) -> None:
        """Reporter task: every catalog's size, so the gauges survive a StatsD restart."""
        self.telemetry.report_catalog_sizes(mx, self.list_catalogs)

    def report_drift(self, mx: m.Metrics) -> None:
        """Reporter task: query drift of each catalog searched enough since the last report."""
        self.telemetry.report_drift(mx)
