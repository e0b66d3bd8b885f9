"""The derived index files of every catalog: kept in memory for exactly the version asked for.

Each catalog has two derived indexes, both stamped with the catalog version they were built from and
both rebuildable from the store at any time: the vector index of each generation
(``<catalog>.g<generation>.vectors``: one model version's vectors) and the lexical index (BM25 and facts,
``<catalog>.bm25``: texts only, shared by every generation). :class:`DerivedIndexes` serves either through one
path (:meth:`DerivedIndexes.current`): from memory if the stamp matches, else from its file, else by a
rebuild inside the caller's read transaction, saved for the other processes. After a committed write
the writer derives the next version from the previous one (:meth:`DerivedIndexes.apply_delta`).

A catalog whose index cannot be built (anything but a store failure) answers :class:`IndexUnavailable` (503)
and is listed in :attr:`DerivedIndexes.failures` until a later build succeeds; warm-up goes on with the other
catalogs, so one catalog never takes the service down.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .. import pause_points
from ..errors import IndexUnavailable
from ..observability import metrics as m
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore, StoreError
from . import indexfile
from .deltas import apply_delta, follow
from .descriptions import DescriptionRead
from .indexfile import IndexFileError, IndexStamp
from .inverted_lists import ivf_probes
from .kinds import LEXICAL, VECTORS, D, Derived, Kind
from .lexical_index import LexicalIndex
from .vector_index import VectorIndex

__all__ = ["LEXICAL", "VECTORS", "Derived", "DerivedIndexes", "Kind"]

log = logging.getLogger(__name__)


class BuildFailures:
    """Catalogs whose index could not be built in this process: why (``GET /v1/catalogs/<c>`` shows it) and
    when. Their searches are refused without another try for ``backoff`` seconds: a build that failed for want
    of memory would fail again, at the cost of a whole build per search."""

    def __init__(self, counters: Counter[str], metrics: m.Metrics, backoff: float = 30.0) -> None:
        self.counters = counters
        self.metrics = metrics
        self.backoff = backoff
        self._failed: dict[str, tuple[float, str]] = {}  # catalog -> (when, why)

    def reason(self, catalog: str) -> str | None:
        failed = self._failed.get(catalog)
        return None if failed is None else failed[1]

    def recent(self, catalog: str) -> bool:
        return time.monotonic() - self._failed.get(catalog, (-math.inf, ""))[0] < self.backoff

    def record(self, cat: CatalogRow, kind: str) -> IndexUnavailable:
        """Count and log the failure (the caller's exception is the cause); the error to answer with."""
        self._failed[cat.name] = (time.monotonic(), f"the {kind} index of version {cat.version} could not be built")
        self.counters["index_failures"] += 1
        self.metrics.incr(m.INDEX_FAILURES)
        log.exception("derived index not built", extra={"fields": {"catalog": cat.name, "kind": kind}})
        return unavailable(cat)

    def clear(self, catalog: str) -> None:
        self._failed.pop(catalog, None)


def unavailable(cat: CatalogRow) -> IndexUnavailable:
    return IndexUnavailable(
        f"the index of catalog {cat.name!r} cannot be built; the service log says why", {"catalog": cat.name}
    )


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
        self.memory_budget = memory_budget
        self._used: dict[str, float] = {}  # catalog -> when a search last asked for its indexes
        self.index_dir = index_dir
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self.counters = counters
        self.metrics = metrics
        self.ivf_threshold = ivf_threshold
        self.ivf_nprobe = ivf_nprobe
        self._memory: dict[str, dict[str, Derived]] = {"index": {}, "lexical": {}}  # by kind, then file stem
        self._loading: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.failures = BuildFailures(counters, metrics)

    # -- naming and policy ---------------------------------------------------------------------

    @staticmethod
    def key(kind: Kind[Any], cat: CatalogRow) -> str:
        """The file stem of ``cat``'s index of this kind (catalog names hold no dot)."""
        return f"{cat.name}.g{cat.generation}" if kind.per_generation else cat.name

    def path(self, kind: Kind[Any], cat: CatalogRow) -> Path:
        return self.index_dir / f"{self.key(kind, cat)}{kind.suffix}"

    def stamp(self, kind: Kind[Any], cat: CatalogRow, version: int | None = None) -> IndexStamp:
        version = cat.version if version is None else version
        if not kind.per_generation:  # texts only: the same whatever the model
            return IndexStamp(self.store.instance_id, cat.name, version, "", 0, 0)
        return IndexStamp(self.store.instance_id, cat.name, version, cat.fingerprint, cat.dimension, cat.generation)

    def probes(self, nlist: int) -> int:
        """IVF lists to scan: the configured count, else the automatic rule."""
        return self.ivf_nprobe or ivf_probes(nlist)

    def wants_ivf(self, size: int) -> bool:
        return 0 < self.ivf_threshold <= size

    # -- in memory -----------------------------------------------------------------------------

    def in_memory(self, kind: Kind[D], cat: CatalogRow) -> D | None:
        """The index of ``cat`` (of its generation, for vectors) this process holds, whatever its version."""
        return self._memory[kind.name].get(self.key(kind, cat))  # type: ignore[return-value]

    def held_catalogs(self) -> list[str]:
        """Catalogs whose lexical index this process holds (those routed to it)."""
        with self._guard:
            return list(self._memory[LEXICAL.name])

    def install(self, kind: Kind[D], cat: CatalogRow, index: D) -> None:
        """Make ``index`` the in-memory index of ``cat``, unless a newer one is there already; then keep
        within the memory budget."""
        with self._guard:
            cached = self._memory[kind.name].get(self.key(kind, cat))
            if cached is None or cached.stamp.version <= index.stamp.version:
                self._memory[kind.name][self.key(kind, cat)] = index
        if self.memory_budget:
            self._evict(keep=cat.name)

    def memory_bytes(self) -> int:
        """Bytes of every index held (an estimate: arrays and vocabularies)."""
        with self._guard:
            return sum(index.memory_bytes for cache in self._memory.values() for index in cache.values())

    def _evict(self, keep: str) -> None:
        """Drop the least recently searched catalogs (every generation, both kinds) until within budget."""
        while self.memory_bytes() > self.memory_budget:
            held = [c for c in self.held_catalogs() if c != keep]
            if not held:
                return  # the one catalog being served is larger than the budget: it stays
            victim = min(held, key=lambda c: self._used.get(c, 0.0))
            self.forget(victim)
            self.counters["index_evictions"] += 1
            self.metrics.incr(m.INDEX_EVICTIONS)
            log.info("catalog indexes evicted from memory", extra={"fields": {"catalog": victim}})

    def forget(self, catalog: str, *, files: bool = False) -> None:
        """Drop a catalog's indexes (of every generation) from memory (and its files, when it is deleted)."""
        with self._guard:
            for cache in self._memory.values():
                for key in [k for k in cache if k == catalog or k.startswith(f"{catalog}.g")]:
                    del cache[key]
        if files:
            for kind in (VECTORS, LEXICAL):
                pattern = f"{catalog}.g*{kind.suffix}" if kind.per_generation else f"{catalog}{kind.suffix}"
                for path in self.index_dir.glob(pattern):
                    path.unlink(missing_ok=True)

    def forget_generation(self, catalog: str, generation: int) -> None:
        """Drop one generation's vector index (memory and file): the generation was dropped."""
        key = f"{catalog}.g{generation}"
        with self._guard:
            self._memory[VECTORS.name].pop(key, None)
        (self.index_dir / f"{key}{VECTORS.suffix}").unlink(missing_ok=True)

    def _lock(self, catalog: str) -> threading.Lock:
        with self._guard:
            return self._loading.setdefault(catalog, threading.Lock())

    # -- serving -------------------------------------------------------------------------------

    def current(self, kind: Kind[D], conn: Connection, cat: CatalogRow) -> D:
        """The index for exactly ``cat.version`` (and generation): from memory, else its file, else a rebuild."""
        self._used[cat.name] = time.monotonic()
        expected = self.stamp(kind, cat)
        current = self.in_memory(kind, cat)
        if current is not None and current.stamp == expected:
            return current
        with self._lock(self.key(kind, cat)):
            current = self.in_memory(kind, cat)
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
            self.install(kind, cat, index)
            return index

    def _load_or_build(
        self, kind: Kind[D], conn: Connection, cat: CatalogRow, expected: IndexStamp, current: D | None
    ) -> D:
        """The index from its file, else brought forward from ``current`` by the change log, else rebuilt."""
        try:
            started = time.perf_counter()
            index = kind.load(self.path(kind, cat), expected)
            self.counters[f"{kind.name}_loads"] += 1
            self.metrics.incr(kind.loads)
            self.metrics.timing(kind.load_time, (time.perf_counter() - started) * 1000)
        except IndexFileError as exc:
            followed = follow(self, kind, conn, cat, current)
            if followed is None:
                log.info("index file not usable, rebuilding", extra={"fields": {"reason": str(exc)}})
            index = self.build(kind, conn, cat) if followed is None else followed
            self.save(kind, cat, index)
        return index

    def vectors(self, conn: Connection, cat: CatalogRow) -> VectorIndex:
        return self.current(VECTORS, conn, cat)

    def lexical(self, conn: Connection, cat: CatalogRow) -> LexicalIndex:
        return self.current(LEXICAL, conn, cat)

    # -- building and saving -------------------------------------------------------------------

    def build(self, kind: Kind[D], conn: Connection, cat: CatalogRow) -> D:
        """Rebuild from the store (stored vectors or texts, no encoding) inside the caller's transaction."""
        started = time.perf_counter()
        index = kind.build(self, conn, cat)
        self.counters[f"{kind.name}_builds"] += 1
        self.metrics.incr(kind.builds)
        self.metrics.timing(kind.build_time, (time.perf_counter() - started) * 1000)
        fields = {"kind": kind.name, "catalog": cat.name, "generation": cat.generation, "version": cat.version,
                  "seconds": round(time.perf_counter() - started, 3)}  # fmt: skip
        log.info("derived index rebuilt from store", extra={"fields": fields})
        return index

    def save(self, kind: Kind[D], cat: CatalogRow, index: D) -> None:
        """Write the file, unless it already holds this version or a newer one; a failure only logs."""
        path = self.path(kind, cat)
        try:
            current = kind.read_stamp(path)
            if current.store_instance == index.stamp.store_instance and current.version >= index.stamp.version:
                return  # never replace a newer file with an older snapshot
        except IndexFileError:
            pass
        try:
            index.save(path)
        except OSError as exc:
            # The store stays the truth; a later reader rebuilds. Serving goes on from memory.
            log.error("cannot write index file", extra={"fields": {"path": str(path), "error": str(exc)}})

    def rebuild(self, conn: Connection, cat: CatalogRow) -> VectorIndex:
        """Rebuild both files of a catalog from the store, replacing them (``product-search index``)."""
        index, lexical = self.build(VECTORS, conn, cat), self.build(LEXICAL, conn, cat)
        for kind in (VECTORS, LEXICAL):
            self.path(kind, cat).unlink(missing_ok=True)
        pause_points.reached("index_replacing")  # crash tests: the old files gone, the new ones not written
        self.save(VECTORS, cat, index)
        self.save(LEXICAL, cat, lexical)
        self.install(VECTORS, cat, index)
        self.install(LEXICAL, cat, lexical)
        return index

    def prepare(self, conn: Connection, cat: CatalogRow) -> VectorIndex:
        """Build and save ``cat``'s vector index (of a generation about to become active) from the store."""
        index = self.build(VECTORS, conn, cat)
        self.save(VECTORS, cat, index)
        self.install(VECTORS, cat, index)
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
        """After a commit (write lock held): derive the new indexes from the previous version's
        (:func:`.deltas.apply_delta`)."""
        apply_delta(
            self, views, previous_version, removed, added_pks, added_vectors,
            changed_texts=changed_texts, readings=readings,
        )  # fmt: skip


def preload(indexes: DerivedIndexes, *, lazy: bool = False) -> int:
    """At a process's start: load (or rebuild) the indexes of every catalog's active generation (``lazy``:
    none; each is loaded by its first search, on the node it is routed to); remove the files of generations
    and catalogs that no longer exist. Return how many catalogs there are."""
    for orphan in indexfile.remove_orphans(indexes.index_dir):
        log.warning("removed a temp file of a writer that died", extra={"fields": {"path": str(orphan)}})
    with indexes.store.read() as conn:
        cats = indexes.store.list_catalogs(conn)
        live = {
            indexes.path(VECTORS, cat.through(gen)).name
            for cat in cats
            for gen in indexes.store.generations(conn, cat.name)
        }
        for cat in [] if lazy else cats:
            try:
                indexes.vectors(conn, cat)
                indexes.lexical(conn, cat)
            except IndexUnavailable:  # logged; its searches answer 503 and retry, the others serve
                continue
    _remove_stale_files(indexes.index_dir, live, {cat.name for cat in cats})
    return len(cats)


def _remove_stale_files(index_dir: Path, live: set[str], catalogs: set[str]) -> None:
    """Index files no live generation (``live``: file names) or catalog (``catalogs``) owns any more."""
    for path in index_dir.glob(f"*{VECTORS.suffix}"):
        if path.name not in live:  # a dropped generation's, or a file from before generations
            path.unlink(missing_ok=True)
    for path in index_dir.glob("*.faiss"):  # serialized FAISS indexes, before the mapped files
        path.unlink(missing_ok=True)
    for path in index_dir.glob(f"*{LEXICAL.suffix}"):
        if path.stem not in catalogs:  # a catalog deleted (on another node)
            path.unlink(missing_ok=True)
