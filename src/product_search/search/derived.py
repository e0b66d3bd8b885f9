"""The derived index files of every catalog: kept in memory for exactly the version asked for.

Each catalog has two derived indexes, both stamped with the catalog version they were built from and
both rebuildable from the store at any time: the vector index (FAISS, ``<catalog>.faiss``) and the
lexical index (BM25 and facts, ``<catalog>.bm25``). :class:`DerivedIndexes` serves either through one
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
from ..storage.store import CatalogRow, CatalogStore, StoreError
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
        self._memory: dict[str, dict[str, Derived]] = {"index": {}, "lexical": {}}  # by kind, then catalog
        self._loading: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    # -- naming and policy ---------------------------------------------------------------------

    def path(self, kind: Kind[Any], catalog: str) -> Path:
        return self.index_dir / f"{catalog}{kind.suffix}"

    def stamp(self, cat: CatalogRow, version: int | None = None) -> IndexStamp:
        version = cat.version if version is None else version
        return IndexStamp(self.store.instance_id, cat.name, version, cat.fingerprint, cat.dimension)

    def probes(self, nlist: int) -> int:
        """IVF lists to scan: the configured count, else the automatic rule."""
        return self.ivf_nprobe or ivf_probes(nlist)

    def _wants_ivf(self, size: int) -> bool:
        return 0 < self.ivf_threshold <= size

    # -- in memory -----------------------------------------------------------------------------

    def in_memory(self, kind: Kind[D], catalog: str) -> D | None:
        """The index of ``catalog`` this process holds, whatever its version (None: none yet)."""
        return self._memory[kind.name].get(catalog)  # type: ignore[return-value]

    def install(self, catalog: str, vectors: VectorIndex, lexical: LexicalIndex) -> None:
        """Make these the in-memory indexes of ``catalog``."""
        with self._guard:
            self._memory[VECTORS.name][catalog] = vectors
            self._memory[LEXICAL.name][catalog] = lexical

    def forget(self, catalog: str, *, files: bool = False) -> None:
        """Drop a catalog's indexes from memory (and its files, when it is deleted)."""
        with self._guard:
            for cache in self._memory.values():
                cache.pop(catalog, None)
        if files:
            for kind in (VECTORS, LEXICAL):
                self.path(kind, catalog).unlink(missing_ok=True)

    def _lock(self, catalog: str) -> threading.Lock:
        with self._guard:
            return self._loading.setdefault(catalog, threading.Lock())

    # -- serving -------------------------------------------------------------------------------

    def current(self, kind: Kind[D], conn: sqlite3.Connection, cat: CatalogRow) -> D:
        """The index for exactly ``cat.version``: from memory, else its file, else a rebuild."""
        expected = self.stamp(cat)
        current = self.in_memory(kind, cat.name)
        if current is not None and current.stamp == expected:
            return current
        with self._lock(cat.name):
            current = self.in_memory(kind, cat.name)
            if current is not None and current.stamp == expected:
                return current
            try:
                started = time.perf_counter()
                index = kind.load(self.path(kind, cat.name), expected)
                self.counters[f"{kind.name}_loads"] += 1
                if self.metrics:
                    self.metrics.incr(kind.loads)
                    self.metrics.timing(kind.load_time, (time.perf_counter() - started) * 1000)
            except IndexFileError as exc:
                log.info("index file not usable, rebuilding", extra={"fields": {"reason": str(exc)}})
                index = self.build(kind, conn, cat)
                self.save(kind, index)
            with self._guard:
                cached = self._memory[kind.name].get(cat.name)
                if cached is None or cached.stamp.version <= index.stamp.version:
                    self._memory[kind.name][cat.name] = index
            return index

    def vectors(self, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
        return self.current(VECTORS, conn, cat)

    def lexical(self, conn: sqlite3.Connection, cat: CatalogRow) -> LexicalIndex:
        return self.current(LEXICAL, conn, cat)

    def preload(self, fingerprint: str) -> int:
        """Load (or rebuild) the indexes of every catalog of this model; return how many catalogs there are."""
        for orphan in indexfile.remove_orphans(self.index_dir):
            log.warning("removed a temp file of a writer that died", extra={"fields": {"path": str(orphan)}})
        with self.store.read() as conn:
            cats = self.store.list_catalogs(conn)
            for cat in cats:
                if cat.fingerprint == fingerprint:
                    self.vectors(conn, cat)
                    self.lexical(conn, cat)
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
            extra={"fields": {"kind": kind.name, "catalog": cat.name, "version": cat.version, "seconds": seconds}},
        )
        return index

    def _build_vectors(self, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
        if self._wants_ivf(cat.product_count):
            nlist = ivf_lists(cat.product_count)
            training = self._training_sample(conn, cat, nlist)
            index = VectorIndex.ivf(self.stamp(cat), training, nlist, self.probes(nlist))
        else:
            index = VectorIndex.empty(self.stamp(cat))
        for pks, vectors, fingerprints in self.store.iter_vectors(conn, cat.name, cat.dimension):
            if any(f != cat.fingerprint for f in fingerprints):
                raise StoreError(f"catalog {cat.name!r} holds vectors of another model fingerprint")
            index.add(pks, vectors)
        return index

    def _training_sample(self, conn: sqlite3.Connection, cat: CatalogRow, nlist: int) -> npt.NDArray[np.float32]:
        """About 64 vectors per list, spread evenly over the catalog (deterministic): (n, dimension)."""
        step = max(1, cat.product_count // (64 * nlist))
        rows = conn.execute(
            "SELECT embedding FROM products WHERE catalog = ? AND pk % ? = 0", (cat.name, step)
        ).fetchall()
        return np.frombuffer(b"".join(r[0] for r in rows), dtype=np.float32).reshape(len(rows), cat.dimension)

    def _build_lexical(self, conn: sqlite3.Connection, cat: CatalogRow) -> LexicalIndex:
        rows = (row for batch in self.store.iter_texts(conn, cat.name, 5000) for row in batch)
        return LexicalIndex.build(self.stamp(cat), rows)

    def save(self, kind: Kind[D], index: D) -> None:
        """Write the file, unless it already holds this version or a newer one; a failure only logs."""
        path = self.path(kind, index.stamp.catalog)
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
            self.path(kind, cat.name).unlink(missing_ok=True)
        self.save(VECTORS, index)
        self.save(LEXICAL, lexical)
        self.install(cat.name, index, lexical)
        return index

    # -- after a write -------------------------------------------------------------------------

    def _previous(self, kind: Kind[D], stamp: IndexStamp) -> D | None:
        """The index of version ``stamp`` (memory, else its file) to update from; None if neither has it."""
        cached = self.in_memory(kind, stamp.catalog)
        if cached is not None and cached.stamp == stamp:
            return cached
        try:
            return kind.load(self.path(kind, stamp.catalog), stamp)
        except IndexFileError:
            return None

    def apply_delta(
        self,
        cat: CatalogRow,
        previous_version: int | None,
        removed: npt.NDArray[np.int64],
        added_pks: npt.NDArray[np.int64],
        added_vectors: npt.NDArray[np.float32],
        *,
        changed_texts: Sequence[tuple[int, str]] = (),
    ) -> None:
        """After a commit (write lock held): derive the new indexes from the previous version's.

        ``removed``: keys (n,) no longer in the catalog; ``added_pks`` (k,) and ``added_vectors``
        (k, dimension): rows inserted or replaced; ``changed_texts``: (key, description) of the rows
        whose text changed (the others keep their analyzed tokens).
        """
        stamp = self.stamp(cat)
        prev = None if previous_version is None else self.stamp(cat, previous_version)
        base = VectorIndex.empty(stamp) if prev is None else self._previous(VECTORS, prev)
        if base is not None and self._wants_ivf(cat.product_count) != (base.kind == "ivf"):
            base = None  # crossed the size threshold: build the other kind from scratch
        lex_base = LexicalIndex.build(stamp, []) if prev is None else self._previous(LEXICAL, prev)
        with self.store.read() as conn:
            fresh = self.store.get_catalog(conn, cat.name)
            if fresh is None or fresh.version != cat.version:
                return  # changed again meanwhile (cannot happen under the write lock)
            if base is None:
                index = self.build(VECTORS, conn, fresh)
            else:
                index = base.updated(stamp, removed, added_pks, added_vectors)
                self.counters["index_updates"] += 1
            if lex_base is None:
                lexical = self.build(LEXICAL, conn, fresh)
            elif len(removed) or changed_texts:
                lexical = lex_base.updated(stamp, removed, changed_texts)
            else:  # a refresh of metadata only: same texts, same BM25 statistics
                lexical = lex_base.restamped(stamp)
                self.counters["lexical_restamps"] += 1
        self.save(VECTORS, index)
        self.save(LEXICAL, lexical)
        self.install(cat.name, index, lexical)


VECTORS: Kind[VectorIndex] = Kind(
    "index", ".faiss", VectorIndex.load, VectorIndex.read_stamp, DerivedIndexes._build_vectors,
    m.INDEX_LOADS, m.INDEX_LOAD_TIME, m.INDEX_BUILDS, m.INDEX_BUILD_TIME,
)  # fmt: skip
LEXICAL: Kind[LexicalIndex] = Kind(
    "lexical", ".bm25", LexicalIndex.load, LexicalIndex.read_stamp, DerivedIndexes._build_lexical,
    m.LEXICAL_LOADS, m.LEXICAL_LOAD_TIME, m.LEXICAL_BUILDS, m.LEXICAL_BUILD_TIME,
)  # fmt: skip
