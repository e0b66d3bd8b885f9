"""The derived index files of every catalog: kept in memory for exactly the version asked for.

Each catalog has two derived indexes, both stamped with the catalog version they were built from and
both rebuildable from the store at any time: the vector index of each generation (FAISS,
``<catalog>.g<generation>.faiss``: one model version's vectors) and the lexical index (BM25 and facts,
``<catalog>.bm25``: texts only, shared by every generation). :class:`DerivedIndexes` serves either through one
path (:meth:`DerivedIndexes.current`): from memory if the stamp matches, else from its file, else by a
rebuild inside the caller's read transaction, saved for the other processes. After a committed write
the writer derives the next version from the previous one (:meth:`DerivedIndexes.apply_delta`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from ..observability import metrics as m
from ..storage import indexfile
from ..storage.indexfile import IndexFileError, IndexStamp
from ..storage.lexical_index import LexicalIndex
from ..storage.store import CatalogRow, CatalogStore
from ..storage.vector_index import VectorIndex, ivf_lists, ivf_probes

log = logging.getLogger(__name__)


class Derived(Protocol):
    stamp: IndexStamp

    def save(self, path: Path) -> None: ...


D = TypeVar("D", bound=Derived)


@dataclass(frozen=True)
class Kind(Generic[D]):
    """One kind of derived index: its file, how to read and build it, the names its work is counted by."""

    name: str  # counters: <name>_loads, <name>_builds
    per_generation: bool  # vectors are a generation's; the lexical index is the catalog's
    suffix: str
    load: Callable[[Path, IndexStamp], D]
    read_stamp: Callable[[Path], IndexStamp]
    build: Callable[[DerivedIndexes, sqlite3.Connection, CatalogRow], D]  # from the store, no encoding
    loads: str  # metric names
    load_time: str
    builds: str
    build_time: str


class DerivedIndexes:
    """Both derived indexes of every catalog in this process, by catalog name.

    Args:
        store: the source of truth the indexes are rebuilt from.
        index_dir: where the files are (``<catalog>.faiss``, ``<catalog>.bm25``).
        counters: this process's work counters (shared with the service).
        ivf_threshold: catalogs this large get an IVF vector index (0: never).
        ivf_nprobe: IVF lists a search scans (0: the automatic rule).
    """

    def __init__(
        self,
        store: CatalogStore,
        index_dir: Path,
        counters: Counter[str],
        metrics: m.Metrics | None = None,
        *,
        ivf_threshold: int = 0,
        ivf_nprobe: int = 0,
    ) -> None:
        self.store = store
        self.index_dir = index_dir
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self.counters = counters
        self.metrics = metrics
        self.ivf_threshold = ivf_threshold
        self.ivf_nprobe = ivf_nprobe
        self._memory: dict[str, dict[str, Derived]] = {"index": {}, "lexical": {}}  # by kind, then file stem
        self._loading: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

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

    def install(self, kind: Kind[D], cat: CatalogRow, index: D) -> None:
        """Make ``index`` the in-memory index of ``cat``, unless a newer one is there already."""
        with self._guard:
            cached = self._memory[kind.name].get(self.key(kind, cat))
            if cached is None or cached.stamp.version <= index.stamp.version:
                self._memory[kind.name][self.key(kind, cat)] = index

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

    def current(self, kind: Kind[D], conn: sqlite3.Connection, cat: CatalogRow) -> D:
        """The index for exactly ``cat.version`` (and generation): from memory, else its file, else a rebuild."""
        expected = self.stamp(kind, cat)
        current = self.in_memory(kind, cat)
        if current is not None and current.stamp == expected:
            return current
        with self._lock(self.key(kind, cat)):
            current = self.in_memory(kind, cat)
            if current is not None and current.stamp == expected:
                return current
            try:
                started = time.perf_counter()
                index = kind.load(self.path(kind, cat), expected)
                self.counters[f"{kind.name}_loads"] += 1
                if self.metrics:
                    self.metrics.incr(kind.loads)
                    self.metrics.timing(kind.load_time, (time.perf_counter() - started) * 1000)
            except IndexFileError as exc:
                log.info("index file not usable, rebuilding", extra={"fields": {"reason": str(exc)}})
                index = self.build(kind, conn, cat)
                self.save(kind, cat, index)
            self.install(kind, cat, index)
            return index

    def vectors(self, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
        return self.current(VECTORS, conn, cat)

    def lexical(self, conn: sqlite3.Connection, cat: CatalogRow) -> LexicalIndex:
        return self.current(LEXICAL, conn, cat)

    def preload(self) -> int:
        """Load (or rebuild) the indexes of every catalog's active generation; remove the files of
        generations that no longer exist. Return how many catalogs there are."""
        for orphan in indexfile.remove_orphans(self.index_dir):
            log.warning("removed a temp file of a writer that died", extra={"fields": {"path": str(orphan)}})
        with self.store.read() as conn:
            cats = self.store.list_catalogs(conn)
            live = {
                self.path(VECTORS, cat.through(gen)).name
                for cat in cats
                for gen in self.store.generations(conn, cat.name)
            }
            for cat in cats:
                self.vectors(conn, cat)
                self.lexical(conn, cat)
        for path in self.index_dir.glob(f"*{VECTORS.suffix}"):
            if path.name not in live:  # a dropped generation's, or a file from before generations
                path.unlink(missing_ok=True)
        return len(cats)

    # -- building and saving -------------------------------------------------------------------

    def build(self, kind: Kind[D], conn: sqlite3.Connection, cat: CatalogRow) -> D:
        """Rebuild from the store (stored vectors or texts, no encoding) inside the caller's transaction."""
        started = time.perf_counter()
        index = kind.build(self, conn, cat)
        self.counters[f"{kind.name}_builds"] += 1
        if self.metrics:
            self.metrics.incr(kind.builds)
            self.metrics.timing(kind.build_time, (time.perf_counter() - started) * 1000)
        seconds = round(time.perf_counter() - started, 3)
        log.info(
            "derived index rebuilt from store",
            extra={
                "fields": {
                    "kind": kind.name,
                    "catalog": cat.name,
                    "generation": cat.generation,
                    "version": cat.version,
                    "seconds": seconds,
                }
            },
        )
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

    def rebuild(self, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
        """Rebuild both files of a catalog from the store, replacing them (``product-search index``)."""
        index, lexical = self.build(VECTORS, conn, cat), self.build(LEXICAL, conn, cat)
        for kind in (VECTORS, LEXICAL):
            self.path(kind, cat).unlink(missing_ok=True)
        self.save(VECTORS, cat, index)
        self.save(LEXICAL, cat, lexical)
        self.install(VECTORS, cat, index)
        self.install(LEXICAL, cat, lexical)
        return index

    def prepare(self, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
        """Build and save ``cat``'s vector index (of a generation about to become active) from the store."""
        index = self.build(VECTORS, conn, cat)
        self.save(VECTORS, cat, index)
        self.install(VECTORS, cat, index)
        return index

    # -- after a write -------------------------------------------------------------------------

    def _previous(self, kind: Kind[D], cat: CatalogRow, version: int) -> D | None:
        """The index of ``cat`` at ``version`` (memory, else its file) to update from; None if neither has it."""
        stamp = self.stamp(kind, cat, version)
        cached = self.in_memory(kind, cat)
        if cached is not None and cached.stamp == stamp:
            return cached
        try:
            return kind.load(self.path(kind, cat), stamp)
        except IndexFileError:
            return None

    def apply_delta(
        self,
        views: Sequence[CatalogRow],
        previous_version: int | None,
        removed: npt.NDArray[np.int64],
        added_pks: npt.NDArray[np.int64],
        added_vectors: dict[int, npt.NDArray[np.float32]],
        *,
        changed_texts: Sequence[tuple[int, str]] = (),
    ) -> None:
        """After a commit (write lock held): derive the new indexes from the previous version's.

        ``views``: the catalog as committed through each generation whose vectors the write stored, the
        active one first (the others are updated only where their previous index is at hand);
        ``removed``: keys (n,) no longer in the catalog; ``added_pks`` (k,) and ``added_vectors`` by
        generation, each (k, dimension): rows inserted or replaced; ``changed_texts``: (key, description)
        of the rows whose text changed (the others keep their analyzed tokens).
        """
        cat = views[0]
        with self.store.read() as conn:
            fresh = self.store.get_catalog(conn, cat.name)
            if fresh is None or fresh.version != cat.version:
                return  # changed again meanwhile (cannot happen under the write lock)
            for view in views:
                base = (
                    VectorIndex.empty(self.stamp(VECTORS, view)) if previous_version is None
                    else self._previous(VECTORS, view, previous_version)
                )  # fmt: skip
                if base is not None and self.wants_ivf(view.product_count) != (base.kind == "ivf"):
                    base = None  # crossed the size threshold: build the other kind from scratch
                if base is None and view.generation != cat.generation:
                    continue  # not active: built when needed
                if base is None:
                    index = self.build(VECTORS, conn, view)
                else:
                    index = base.updated(self.stamp(VECTORS, view), removed, added_pks, added_vectors[view.generation])
                    self.counters["index_updates"] += 1
                self.save(VECTORS, view, index)
                self.install(VECTORS, view, index)
            stamp = self.stamp(LEXICAL, cat)
            lex_base = (
                LexicalIndex.build(stamp, [])
                if previous_version is None
                else self._previous(LEXICAL, cat, previous_version)
            )
            if lex_base is None:
                lexical = self.build(LEXICAL, conn, cat)
            elif len(removed) or changed_texts:
                lexical = lex_base.updated(stamp, removed, changed_texts)
            else:  # a refresh of metadata only: same texts, same BM25 statistics
                lexical = lex_base.restamped(stamp)
                self.counters["lexical_restamps"] += 1
        self.save(LEXICAL, cat, lexical)
        self.install(LEXICAL, cat, lexical)


# How each kind is built from the store (no encoding): stored vectors, or texts.


def _build_vectors(indexes: DerivedIndexes, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
    if indexes.wants_ivf(cat.product_count):
        nlist = ivf_lists(cat.product_count)
        training = _training_sample(indexes, conn, cat, nlist)
        index = VectorIndex.ivf(indexes.stamp(VECTORS, cat), training, nlist, indexes.probes(nlist))
    else:
        index = VectorIndex.empty(indexes.stamp(VECTORS, cat))
    for pks, vectors in indexes.store.iter_vectors(conn, cat.generation, cat.dimension):
        index.add(pks, vectors)
    return index


def _training_sample(
    indexes: DerivedIndexes, conn: sqlite3.Connection, cat: CatalogRow, nlist: int
) -> npt.NDArray[np.float32]:
    """About 64 vectors per list, spread evenly over the catalog (deterministic): (n, dimension)."""
    step = max(1, cat.product_count // (64 * nlist))
    return indexes.store.sample_vectors(conn, cat.generation, step, cat.dimension)


def _build_lexical(indexes: DerivedIndexes, conn: sqlite3.Connection, cat: CatalogRow) -> LexicalIndex:
    rows = (row for batch in indexes.store.iter_texts(conn, cat.name, 5000) for row in batch)
    return LexicalIndex.build(indexes.stamp(LEXICAL, cat), rows)


VECTORS: Kind[VectorIndex] = Kind(
    "index", True, ".faiss", VectorIndex.load, VectorIndex.read_stamp, _build_vectors,
    m.INDEX_LOADS, m.INDEX_LOAD_TIME, m.INDEX_BUILDS, m.INDEX_BUILD_TIME,
)  # fmt: skip
LEXICAL: Kind[LexicalIndex] = Kind(
    "lexical", False, ".bm25", LexicalIndex.load, LexicalIndex.read_stamp, _build_lexical,
    m.LEXICAL_LOADS, m.LEXICAL_LOAD_TIME, m.LEXICAL_BUILDS, m.LEXICAL_BUILD_TIME,
)  # fmt: skip
