"""The derived index files of every catalog: kept in memory for exactly the version asked for.

Each catalog has two derived indexes, both stamped with the catalog version they were built from and
both rebuildable from the store at any time: the vector index of each generation
(``<catalog>.g<generation>.vectors``: one model version's vectors) and the lexical index (BM25 and facts,
``<catalog>.bm25``: texts only, shared by every generation; :mod:`.files`). :class:`DerivedIndexes` serves
either through one path (:meth:`DerivedIndexes.current`): from memory if the stamp matches, else from its file,
else followed from an older one by the store's change log, else rebuilt inside the caller's read transaction;
saved for the other processes. After a committed write the writer derives the next version from the
previous one (:meth:`DerivedIndexes.apply_delta`, :mod:`.deltas`). It is the one owner of the lifecycle: the
kinds (:mod:`.kinds`) and the deltas only build and derive, they never call back.

A catalog whose index cannot be built (anything but a store failure) answers :class:`IndexUnavailable` (503)
and is listed in :attr:`DerivedIndexes.failures` until a later build succeeds; warm-up goes on with the other
catalogs, so one catalog never takes the service down.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .. import pause_points
from ..errors import IndexUnavailable
from ..observability import metrics as m
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore, StoreError
from .build_failures import BuildFailures, unavailable
from .deltas import next_lexical, next_vectors
from .descriptions import DescriptionRead
from .files import IndexFiles
from .held import HeldIndexes
from .indexfile import IndexFileError, IndexStamp
from .inverted_lists import IvfPolicy
from .kinds import LEXICAL, VECTORS, D, Derived, Kind
from .lexical_index import LexicalIndex
from .vector_index import VectorIndex

__all__ = ["LEXICAL", "VECTORS", "Derived", "DerivedIndexes", "Kind"]

log = logging.getLogger(__name__)


class DerivedIndexes:
    """Both derived indexes of every catalog in this process, by catalog name.

    Args:
        store: the source of truth the indexes are rebuilt from.
        index_dir: where the files are (``<catalog>.g<generation>.vectors``, ``<catalog>.bm25``).
        counters: this process's work counters (shared with the service).
        ivf_threshold: catalogs this large get an IVF vector index (0: never).
        ivf_nprobe: IVF lists a search scans (0: the automatic rule).
        memory_budget: bytes of indexes this process holds at most (0: no limit); beyond, the catalogs
            searched least recently are dropped from memory (their files stay, a later search loads them).
    """

    def __init__(
        self,
        store: CatalogStore,
        index_dir: Path,
        counters: Counter[str],
        metrics: m.Metrics = m.OFF,
        *,
        ivf_threshold: int = 0,
        ivf_nprobe: int = 0,
        memory_budget: int = 0,
    ) -> None:
        self.store = store
        self.files = IndexFiles(index_dir, store)
        self.ivf = IvfPolicy(ivf_threshold, ivf_nprobe)
        self.counters = counters
        self.metrics = metrics
        self.held = HeldIndexes(self.files, counters, metrics, memory_budget)
        self._loading: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.failures = BuildFailures(counters, metrics)

    def _lock(self, catalog: str) -> threading.Lock:
        with self._guard:
            return self._loading.setdefault(catalog, threading.Lock())

    # -- serving -------------------------------------------------------------------------------

    def current(self, kind: Kind[D], conn: Connection, cat: CatalogRow) -> D:
        """The index for exactly ``cat.version`` (and generation): from memory, else its file, else a rebuild."""
        self.held.used(cat.name)
        expected = self.files.stamp(kind, cat)
        current = self.held.get(kind, cat)
        if current is not None and current.stamp == expected:
            return current
        with self._lock(self.files.key(kind, cat)):
            current = self.held.get(kind, cat)
            if current is not None and current.stamp == expected:
                return current
            if self.failures.recent(cat.name):
                raise unavailable(cat)
            store_errors: tuple[type[Exception], ...] = (StoreError, *self.store.db.engine_errors)
            try:
                index = self._load_or_build(kind, conn, cat, expected, current)
            except store_errors:
                raise
            except Exception as exc:
                raise self.failures.record(cat, kind.name) from exc
            self.failures.clear(cat.name)
            self.held.install(kind, cat, index)
            return index

    def _load_or_build(
        self, kind: Kind[D], conn: Connection, cat: CatalogRow, expected: IndexStamp, current: D | None
    ) -> D:
        """The index from its file, else brought forward from ``current`` by the change log, else rebuilt."""
        try:
            started = time.perf_counter()
            index = self.files.load(kind, cat, expected)
            self.counters[f"{kind.name}_loads"] += 1
            self.metrics.incr(kind.loads)
            self.metrics.timing(kind.load_time, (time.perf_counter() - started) * 1000)
        except IndexFileError as exc:
            followed = self._follow(kind, conn, cat, current)
            if followed is None:
                log.info("index file not usable, rebuilding", extra={"fields": {"reason": str(exc)}})
            index = self.build(kind, conn, cat) if followed is None else followed
            self.files.save(kind, cat, index)
        return index

    def _follow(self, kind: Kind[D], conn: Connection, cat: CatalogRow, held: D | None) -> D | None:
        """``cat``'s index derived from an older one of the same generation (the one held in memory, else
        this node's file) and the writes since, read from the store's change log; None if neither is
        recent enough (older than the log's start) or the change cannot be followed."""
        expected = self.files.stamp(kind, cat)

        def followable(stamp: IndexStamp) -> bool:
            same = replace(stamp, version=expected.version) == expected
            return same and cat.changes_from <= stamp.version < cat.version

        def bases() -> Iterator[D | None]:
            yield held
            try:  # this node's file: its header first, the whole file only if it can be followed
                stamp = self.files.read_stamp(kind, cat)
                if followable(stamp):
                    yield self.files.load(kind, cat, stamp)
            except IndexFileError:
                return

        for base in bases():
            if base is None or not followable(base.stamp):
                continue
            started = time.perf_counter()
            index = kind.follow(self.store, conn, cat, expected, self.ivf, base)
            if index is not None:
                self.counters[f"{kind.name}_follows"] += 1
                self.metrics.incr(kind.follows)
                log.debug(
                    "index followed the store's changes",
                    extra={"fields": {"catalog": cat.name, "kind": kind.name, "from": base.stamp.version,
                                      "to": cat.version, "ms": round((time.perf_counter() - started) * 1000, 2)}},
                )  # fmt: skip
                return self._counted(index, base)
        return None

    def vectors(self, conn: Connection, cat: CatalogRow) -> VectorIndex:
        return self.current(VECTORS, conn, cat)

    def lexical(self, conn: Connection, cat: CatalogRow) -> LexicalIndex:
        return self.current(LEXICAL, conn, cat)

    # -- building and saving -------------------------------------------------------------------

    def build(self, kind: Kind[D], conn: Connection, cat: CatalogRow) -> D:
        """Rebuild from the store (stored vectors or texts, no encoding) inside the caller's transaction."""
        started = time.perf_counter()
        index = self._counted(kind.build(self.store, conn, cat, self.files.stamp(kind, cat), self.ivf))
        self.counters[f"{kind.name}_builds"] += 1
        self.metrics.incr(kind.builds)
        self.metrics.timing(kind.build_time, (time.perf_counter() - started) * 1000)
        fields = {"kind": kind.name, "catalog": cat.name, "generation": cat.generation, "version": cat.version,
                  "seconds": round(time.perf_counter() - started, 3)}  # fmt: skip
        log.info("derived index rebuilt from store", extra={"fields": fields})
        return index

    def _counted(self, index: D, base: D | None = None) -> D:
        """Count the products a lexical ``index`` newly holds without words (the analyzer failed on them; each
        was logged)."""
        if isinstance(index, LexicalIndex):
            known = base.unreadable if isinstance(base, LexicalIndex) else np.zeros(0, np.int64)
            new = len(np.setdiff1d(index.unreadable, known))
            if new:
                self.counters["unreadable_products"] += new
                self.metrics.incr(m.UNREADABLE, new)
        return index

    def rebuild(self, conn: Connection, cat: CatalogRow) -> VectorIndex:
        """Rebuild both files of a catalog from the store, replacing them (``product-search index``, a bulk load).
        One kind at a time, each served from its file once written: a build's arrays are let go before the next
        build, so the peak is the larger build, not both."""
        self._replace(LEXICAL, conn, cat)
        return self._replace(VECTORS, conn, cat)

    def _replace(self, kind: Kind[D], conn: Connection, cat: CatalogRow) -> D:
        built = self.build(kind, conn, cat)
        self.files.remove(kind, cat)  # save() keeps a file of this version: it may be the damaged one
        pause_points.reached(f"{kind.name}_replacing")  # crash tests: the old file gone, the new one not written
        self.files.save(kind, cat, built)
        with contextlib.suppress(IndexFileError):  # not written (logged): served from memory
            built = self.files.load(kind, cat, built.stamp)  # mapped from the file
        self.held.install(kind, cat, built)
        return built

    def prepare(self, conn: Connection, cat: CatalogRow) -> VectorIndex:
        """Build and save ``cat``'s vector index (of a generation about to become active) from the store."""
        index = self.build(VECTORS, conn, cat)
        self.files.save(VECTORS, cat, index)
        self.held.install(VECTORS, cat, index)
        return index

    # -- after a write -------------------------------------------------------------------------

    def apply_delta(
        self,
        views: Sequence[CatalogRow],
        previous_version: int | None,
        removed: npt.NDArray[np.int64],
        added_pks: npt.NDArray[np.int64],
        added_vectors: dict[int, npt.NDArray[np.float32]],
        *,
        changed_texts: Sequence[tuple[int, str]] = (),
        readings: Mapping[str, DescriptionRead] | None = None,
    ) -> None:
        """After a commit (write lock held): derive the new indexes from the previous version's, save and
        install them.

        ``views``: the catalog as committed through each generation whose vectors the write stored, the
        active one first (the others are updated only where their previous index is at hand);
        ``previous_version``: the catalog's version before the write (None: it is new); ``removed``: keys (n,)
        no longer in the catalog; ``added_pks`` (k,) and ``added_vectors`` by generation, each (k, dimension):
        rows inserted or replaced; ``changed_texts``: (key, description) of the rows whose text changed (the
        others keep their analyzed words), ``readings`` those texts analyzed ahead
        (:func:`.descriptions.read_descriptions`).
        """
        cat = views[0]
        with self.store.read() as conn:
            fresh = self.store.get_catalog(conn, cat.name)
            if fresh is None or fresh.version != cat.version:
                return  # changed again meanwhile (cannot happen under the write lock)
            for view in views:
                base = self._previous(VECTORS, view, previous_version)
                delta = next_vectors(
                    base, self.files.stamp(VECTORS, view), self.ivf, view.product_count, removed, added_pks,
                    added_vectors[view.generation],
                )  # fmt: skip
                if delta is None and view.generation != cat.generation:
                    continue  # not active: built when needed
                self._keep(VECTORS, view, self._derived(VECTORS, conn, view, base, delta))
            base_lexical = self._previous(LEXICAL, cat, previous_version)
            delta_lexical = next_lexical(base_lexical, self.files.stamp(LEXICAL, cat), removed, changed_texts, readings)
            lexical = self._derived(LEXICAL, conn, cat, base_lexical, delta_lexical)
        self._keep(LEXICAL, cat, lexical)

    def _previous(self, kind: Kind[D], cat: CatalogRow, version: int | None) -> D | None:
        """The index of ``cat`` at ``version`` (memory, else its file; None: the catalog is new, an empty
        index) to derive from; None if neither has it."""
        if version is None:
            return kind.empty(self.files.stamp(kind, cat))
        stamp = self.files.stamp(kind, cat, version)
        cached = self.held.get(kind, cat)
        if cached is not None and cached.stamp == stamp:
            return cached
        try:
            return self.files.load(kind, cat, stamp)
        except IndexFileError:
            return None

    def _derived(
        self, kind: Kind[D], conn: Connection, cat: CatalogRow, base: D | None, delta: tuple[D, str] | None
    ) -> D:
        """The index a delta derived from ``base`` (counted by how), else one rebuilt from the store."""
        if delta is None:
            return self.build(kind, conn, cat)
        index, how = delta
        self.counters[f"{kind.name}_{how}"] += 1
        return self._counted(index, base)

    def _keep(self, kind: Kind[D], cat: CatalogRow, index: D) -> None:
        """Save for the other processes and serve from memory."""
        self.files.save(kind, cat, index)
        self.held.install(kind, cat, index)


def preload(indexes: DerivedIndexes, *, lazy: bool = False) -> int:
    """At a process's start: load (or rebuild) the indexes of every catalog's active generation (``lazy``:
    none; each is loaded by its first search, on the node it is routed to); remove the files of generations
    and catalogs that no longer exist. Return how many catalogs there are."""
    indexes.files.remove_orphans()  # before the store is read: a store that fails at start leaves none
    with indexes.store.read() as conn:
        cats = indexes.store.list_catalogs(conn)
        live = {
            indexes.files.path(VECTORS, cat.through(gen)).name
            for cat in cats
            for gen in indexes.store.generations(conn, cat.name)
        }
        for cat in [] if lazy else cats:
            try:
                indexes.vectors(conn, cat)
                indexes.lexical(conn, cat)
            except IndexUnavailable:  # logged; its searches answer 503 and retry, the others serve
                continue
    indexes.files.remove_stale(live, {cat.name for cat in cats})
    return len(cats)
