"""Catalogs: upsert, delete and search that keep the store and the indexes consistent.

Who does what, across Gunicorn workers (separate processes):

* Writes are serialized by an exclusive ``flock`` on ``<data_dir>/write.lock`` and happen in one
  SQLite transaction each. The commit is the acknowledgement: the index is derived data.
* After committing, the writer updates the catalog's index file (atomic replace, stamped with
  the new version). If that fails or the process dies first, readers find a stale stamp and
  rebuild from the stored vectors.
* A search reads the catalog's version inside a read transaction, swaps in the index for exactly
  that version (from memory, the file, or a rebuild), and fetches the matching rows in the same
  transaction: it sees the catalog as of one version, never a mix.
"""

from __future__ import annotations

import base64
import binascii
import fcntl
import logging
import math
import os
import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

import numpy as np
import numpy.typing as npt

from ..config import SearchMode, Settings
from ..encoding.encoder import Encoder, InputType
from ..errors import CatalogNotFound, FingerprintMismatch, InvalidInput, ProductNotFound
from ..observability import metrics as m
from ..observability.drift import QueryDrift
from ..storage import indexfile
from ..storage.facts import QueryFacts, Reading
from ..storage.lexical_index import LexicalIndex, LexicalMatch
from ..storage.store import CatalogRow, CatalogStore, NewProduct, ProductRow, StoreError
from ..storage.vector_index import IndexFileError, IndexStamp, VectorIndex
from .ranking import Candidate, confirm_types, fuse, lexical_candidates, order

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
# Candidates each retriever contributes to a hybrid ranking: 3 x top_k, at least 30. SciFact train and
# the product set rank the same top 10 with 30 as with 100 (docs/evaluation.md), at 60 % of the cost.
HYBRID_DEPTH = 30
CATALOG_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def ivf_lists(size: int) -> int:
    """IVF list count: the power of two nearest 2·sqrt(size), at least 64."""
    return max(64, 1 << round(math.log2(2 * math.sqrt(size))))


def ivf_probes(nlist: int) -> int:
    """Lists an unfiltered IVF search scans: 1/32 of them, at least 32.

    Measured recall@10 against exact search (docs/benchmarks.md): 100k products, 512 lists, 32 probes:
    0.992; 1M products, 2,048 lists: 32 probes 0.977, 64 probes 0.992 (+1.1 ms per query).
    """
    return max(32, nlist // 32)


def check_catalog_name(name: str) -> str:
    """Return ``name`` if it is a valid catalog name (it also names files), else raise."""
    if not CATALOG_NAME.fullmatch(name):
        raise InvalidInput("invalid catalog name", {"fields": {"catalog": ["must match [a-z0-9][a-z0-9_-]{0,63}"]}})
    return name


@dataclass(frozen=True)
class Hit:
    id: str
    description: str
    score: float  # dense: cosine; lexical: BM25 / best possible; hybrid: the fused score
    metadata: dict[str, Any] | None
    matched: tuple[str, ...] = ()  # signals that found it: dense, lexical, identifier, attribute, type
    signals: dict[str, float] = field(default_factory=dict)  # each signal's own score


class _Derived(Protocol):
    stamp: IndexStamp


_D = TypeVar("_D", bound=_Derived)


@dataclass(frozen=True)
class SearchOutcome:
    catalog: str
    version: int
    results: list[list[Hit]]
    mode: str = "dense"
    readings: list[Reading] = field(default_factory=list)  # how each query was read, in query order

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the HTTP API and of ``product-search search --json``."""
        return {
            "catalog": self.catalog,
            "version": self.version,
            "mode": self.mode,
            "readings": [
                {"identifiers": [vars(i) for i in r.identifiers], "types": list(r.types)} for r in self.readings
            ],
            "results": [
                [
                    {
                        "id": h.id,
                        "description": h.description,
                        "score": h.score,
                        "metadata": h.metadata,
                        "matched": list(h.matched),
                        "signals": h.signals,
                    }
                    for h in row
                ]
                for row in self.results
            ],
        }


@dataclass(frozen=True)
class WriteOutcome:
    catalog: str
    version: int
    count: int
    created: bool = False
    not_found: list[str] = field(default_factory=list)
    truncated: int = 0  # descriptions longer than the model's max sequence length


@dataclass(frozen=True)
class Page:
    products: list[ProductRow]
    next_cursor: str | None


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"pk:{pk}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = raw.partition(":")
        if kind != "pk" or not value.isdigit():
            raise ValueError(raw)
        return int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInput("invalid cursor", {"cursor": ["not a cursor returned by this service"]}) from exc


def _set_lexical(cands: Sequence[Candidate], match: LexicalMatch, positions: Iterable[int]) -> None:
    """Copy each candidate's BM25 score and facts from ``match`` (at its position there)."""
    f = match.facts
    for c, n in zip(cands, positions, strict=True):
        c.lexical = float(match.scores[n])
        c.strong_own, c.strong_accessory = float(f.strong_own[n]), float(f.strong_accessory[n])
        c.standard = float(f.standard[n])
        c.attributes, c.kind, c.extension = float(f.attributes[n]), bool(f.kind[n]), bool(f.extension[n])


class Catalogs:
    """The domain service behind both the HTTP API and the CLI.

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
        self.index_dir = self.data_dir / "indexes"
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self._lock_path = self.data_dir / "write.lock"
        self._indexes: dict[str, VectorIndex] = {}
        self._lexical: dict[str, LexicalIndex] = {}
        self._loading: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        # Per-process counters: how much work this process did (reported by /v1/info and tests).
        self.counters: Counter[str] = Counter()
        self.drift = QueryDrift(drift_min_queries)
        self.ivf_threshold = ivf_threshold
        self.ivf_nprobe = ivf_nprobe
        self.fusion = fusion
        self.dense_weight = dense_weight

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

    def _probes(self, nlist: int) -> int:
        """IVF lists to scan: the configured count, else the automatic rule."""
        return self.ivf_nprobe or ivf_probes(nlist)

    @property
    def fingerprint(self) -> str:
        return self.encoder.fingerprint.id

    # -- locking -------------------------------------------------------------------------------

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        # A fresh open file description per use: flock then excludes other threads too.
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _catalog_lock(self, name: str) -> threading.Lock:
        with self._guard:
            return self._loading.setdefault(name, threading.Lock())

    def close(self) -> None:
        """Drop this thread's database connection (the Gunicorn master calls it before forking)."""
        self.store.close()

    # -- indexes -------------------------------------------------------------------------------

    def index_path(self, name: str) -> Path:
        return self.index_dir / f"{name}.faiss"

    def lexical_path(self, name: str) -> Path:
        return self.index_dir / f"{name}.bm25"

    def _stamp(self, cat: CatalogRow) -> IndexStamp:
        return IndexStamp(self.store.instance_id, cat.name, cat.version, cat.fingerprint, cat.dimension)

    def _wants_ivf(self, size: int) -> bool:
        return 0 < self.ivf_threshold <= size

    def _training_sample(self, conn: sqlite3.Connection, cat: CatalogRow, nlist: int) -> npt.NDArray[np.float32]:
        """About 64 vectors per list, spread evenly over the catalog (deterministic)."""
        step = max(1, cat.product_count // (64 * nlist))
        rows = conn.execute(
            "SELECT embedding FROM products WHERE catalog = ? AND pk % ? = 0", (cat.name, step)
        ).fetchall()
        return np.frombuffer(b"".join(r[0] for r in rows), dtype=np.float32).reshape(len(rows), cat.dimension)

    def _build(self, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
        """Rebuild from stored vectors (no encoding) inside the caller's transaction."""
        started = time.perf_counter()
        if self._wants_ivf(cat.product_count):
            nlist = ivf_lists(cat.product_count)
            training = self._training_sample(conn, cat, nlist)
            index = VectorIndex.ivf(self._stamp(cat), training, nlist, self._probes(nlist))
        else:
            index = VectorIndex.empty(self._stamp(cat))
        for pks, vectors, fingerprints in self.store.iter_vectors(conn, cat.name, cat.dimension):
            if any(f != cat.fingerprint for f in fingerprints):
                raise StoreError(f"catalog {cat.name!r} holds vectors of another model fingerprint")
            index.add(pks, vectors)
        self.counters["index_builds"] += 1
        if self.metrics:
            self.metrics.incr(m.INDEX_BUILDS)
            self.metrics.timing(m.INDEX_BUILD_TIME, (time.perf_counter() - started) * 1000)
        log.info(
            "index rebuilt from store",
            extra={
                "fields": {
                    "catalog": cat.name,
                    "version": cat.version,
                    "size": index.size,
                    "seconds": round(time.perf_counter() - started, 3),
                }
            },
        )
        return index

    def _save(self, index: VectorIndex | LexicalIndex) -> None:
        cat = index.stamp.catalog
        path = self.index_path(cat) if isinstance(index, VectorIndex) else self.lexical_path(cat)
        try:
            current = type(index).read_stamp(path)
            if current.store_instance == index.stamp.store_instance and current.version >= index.stamp.version:
                return  # never replace a newer file with an older snapshot
        except IndexFileError:
            pass
        try:
            index.save(path)
        except OSError as exc:
            # The store stays the truth; a later reader rebuilds. Serving goes on from memory.
            log.error("cannot write index file", extra={"fields": {"path": str(path), "error": str(exc)}})

    def _build_lexical(self, conn: sqlite3.Connection, cat: CatalogRow) -> LexicalIndex:
        """Analyze every stored description (no encoding) inside the caller's transaction."""
        started = time.perf_counter()
        rows = (row for batch in self.store.iter_texts(conn, cat.name, 5000) for row in batch)
        index = LexicalIndex.build(self._stamp(cat), rows)
        self.counters["lexical_builds"] += 1
        if self.metrics:
            self.metrics.incr(m.LEXICAL_BUILDS)
            self.metrics.timing(m.LEXICAL_BUILD_TIME, (time.perf_counter() - started) * 1000)
        log.info(
            "lexical index rebuilt from store",
            extra={"fields": {"catalog": cat.name, "version": cat.version, "size": index.size}},
        )
        return index

    def _derived(
        self,
        conn: sqlite3.Connection,
        cat: CatalogRow,
        cache: dict[str, _D],
        load: Callable[[IndexStamp], _D],
        build: Callable[[sqlite3.Connection, CatalogRow], _D],
        *,
        kind: str,
    ) -> _D:
        """A derived index for exactly ``cat.version``: from memory, else its file, else a rebuild."""
        expected = self._stamp(cat)
        current = cache.get(cat.name)
        if current is not None and current.stamp == expected:
            return current
        with self._catalog_lock(cat.name):
            current = cache.get(cat.name)
            if current is not None and current.stamp == expected:
                return current
            try:
                started = time.perf_counter()
                index = load(expected)
                self.counters[f"{kind}_loads"] += 1
                if self.metrics:
                    lexical = kind == "lexical"
                    self.metrics.incr(m.LEXICAL_LOADS if lexical else m.INDEX_LOADS)
                    elapsed = (time.perf_counter() - started) * 1000
                    self.metrics.timing(m.LEXICAL_LOAD_TIME if lexical else m.INDEX_LOAD_TIME, elapsed)
            except IndexFileError as exc:
                log.info("index file not usable, rebuilding", extra={"fields": {"reason": str(exc)}})
                index = build(conn, cat)
                self._save(cast(VectorIndex | LexicalIndex, index))
            current = cache.get(cat.name)
            if current is None or current.stamp.version <= index.stamp.version:
                cache[cat.name] = index
            return index

    def _index_for(self, conn: sqlite3.Connection, cat: CatalogRow) -> VectorIndex:
        return self._derived(
            conn,
            cat,
            self._indexes,
            lambda stamp: VectorIndex.load(self.index_path(cat.name), stamp),
            self._build,
            kind="index",
        )

    def _lexical_for(self, conn: sqlite3.Connection, cat: CatalogRow) -> LexicalIndex:
        return self._derived(
            conn,
            cat,
            self._lexical,
            lambda stamp: LexicalIndex.load(self.lexical_path(cat.name), stamp),
            self._build_lexical,
            kind="lexical",
        )

    def _apply_delta(
        self,
        cat: CatalogRow,
        previous_version: int | None,
        removed: npt.NDArray[np.int64],
        added_pks: npt.NDArray[np.int64],
        added_vectors: npt.NDArray[np.float32],
        *,
        changed_texts: Sequence[tuple[int, str]] = (),
    ) -> None:
        """After a commit (write lock held): derive the new indexes from the previous ones."""
        stamp = self._stamp(cat)
        prev = (
            None if previous_version is None
            else IndexStamp(self.store.instance_id, cat.name, previous_version, cat.fingerprint, cat.dimension)
        )  # fmt: skip
        base = (
            VectorIndex.empty(stamp)
            if prev is None
            else self._previous(self._indexes, prev, lambda v: VectorIndex.load(self.index_path(cat.name), v))
        )
        if base is not None and self._wants_ivf(cat.product_count) != (base.kind == "ivf"):
            base = None  # crossed the size threshold: build the other kind from scratch
        lex_base = (
            LexicalIndex.build(stamp, [])
            if prev is None
            else self._previous(self._lexical, prev, lambda v: LexicalIndex.load(self.lexical_path(cat.name), v))
        )
        with self.store.read() as conn:
            fresh = self.store.get_catalog(conn, cat.name)
            if fresh is None or fresh.version != cat.version:
                return  # changed again meanwhile (cannot happen under the write lock)
            if base is None:
                index = self._build(conn, fresh)
            else:
                index = base.updated(stamp, removed, added_pks, added_vectors)
                self.counters["index_updates"] += 1
            if lex_base is None:
                lexical = self._build_lexical(conn, fresh)
            elif len(removed) or changed_texts:
                lexical = lex_base.updated(stamp, removed, changed_texts)
            else:  # a refresh of metadata only: same texts, same BM25 statistics
                lexical = lex_base.restamped(stamp)
                self.counters["lexical_restamps"] += 1
        self._save(index)
        self._save(lexical)
        with self._guard:
            self._indexes[cat.name] = index
            self._lexical[cat.name] = lexical

    def _previous(self, cache: dict[str, _D], prev: IndexStamp, load: Callable[[IndexStamp], _D]) -> _D | None:
        """The index of version ``prev`` (memory, else its file) to update from; None if neither has it."""
        cached = cache.get(prev.catalog)
        if cached is not None and cached.stamp == prev:
            return cached
        try:
            return load(prev)
        except IndexFileError:
            return None

    def _after_commit(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # the commit stands; readers rebuild the index from the store
            log.exception("index update after commit failed; it will be rebuilt on demand")

    def preload(self) -> int:
        """Load (or rebuild) every catalog's index; return how many. Used for readiness."""
        for orphan in indexfile.remove_orphans(self.index_dir):
            log.warning("removed a temp file of a writer that died", extra={"fields": {"path": str(orphan)}})
        with self.store.read() as conn:
            cats = self.store.list_catalogs(conn)
            for cat in cats:
                if cat.fingerprint == self.fingerprint:
                    self._index_for(conn, cat)
                    self._lexical_for(conn, cat)
        return len(cats)

    def rebuild_index(self, name: str) -> VectorIndex:
        """Rebuild a catalog's index files (vector and lexical) from the store (``product-search index``)."""
        with self._write_lock():
            with self.store.read() as conn:
                cat = self._require(conn, name)
                index = self._build(conn, cat)
                lexical = self._build_lexical(conn, cat)
            self.index_path(name).unlink(missing_ok=True)
            self.lexical_path(name).unlink(missing_ok=True)
            self._save(index)
            self._save(lexical)
            with self._guard:
                self._indexes[name] = index
                self._lexical[name] = lexical
        return index

    # -- reads ---------------------------------------------------------------------------------

    def _require(self, conn: sqlite3.Connection, name: str) -> CatalogRow:
        cat = self.store.get_catalog(conn, name)
        if cat is None:
            with self._guard:
                self._indexes.pop(name, None)
                self._lexical.pop(name, None)
            raise CatalogNotFound(f"catalog {name!r} does not exist", {"catalog": name})
        return cat

    def _check_fingerprint(self, cat: CatalogRow) -> None:
        if cat.fingerprint != self.fingerprint:
            raise FingerprintMismatch(
                f"catalog {cat.name!r} was embedded by model fingerprint {cat.fingerprint}, but the service runs "
                f"{self.fingerprint}; re-embed it with `product-search reembed {cat.name}`",
                {
                    "catalog": cat.name,
                    "catalog_fingerprint": cat.fingerprint_info,
                    "service_fingerprint": self.encoder.fingerprint.to_dict(),
                },
            )

    def list_catalogs(self) -> list[CatalogRow]:
        with self.store.read() as conn:
            return self.store.list_catalogs(conn)

    def get_catalog(self, name: str) -> CatalogRow:
        with self.store.read() as conn:
            return self._require(conn, name)

    def get_product(self, name: str, product_id: str) -> ProductRow:
        with self.store.read() as conn:
            self._require(conn, name)
            row = self.store.get_product(conn, name, product_id)
        if row is None:
            raise ProductNotFound(
                f"product {product_id!r} is not in catalog {name!r}", {"catalog": name, "id": product_id}
            )
        return row

    def list_products(self, name: str, cursor: str | None, limit: int) -> Page:
        after = decode_cursor(cursor) if cursor else 0
        with self.store.read() as conn:
            self._require(conn, name)
            rows = self.store.page_products(conn, name, after, limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        return Page(rows, encode_cursor(rows[-1].pk) if more and rows else None)

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
        """Rank the catalog's products for each query; one consistent catalog version throughout.

        ``dense`` ranks by the model alone (exactly as sentence-transformers would), ``lexical`` by
        BM25, ``hybrid`` fuses both. In ``lexical`` and ``hybrid``, products holding the query's part
        numbers, barcodes or standards rank first; in ``hybrid``, then products of the type it names, in
        the asked-for size first (:func:`.ranking.order`). ``min_score`` drops weaker results, except
        exact code hits and the named type in the asked-for size.
        """
        with self.store.read() as conn:
            self._check_fingerprint(self._require(conn, name))
        t0 = time.perf_counter()
        vectors: npt.NDArray[np.float32] | None = None
        if mode != "lexical":
            vectors = self.encoder.encode(list(queries), "query") if query_vectors is None else query_vectors
        t1 = time.perf_counter()
        with self.store.read() as conn:
            cat = self._require(conn, name)
            self._check_fingerprint(cat)
            lexical = self._lexical_for(conn, cat)
            allowed = self.store.filtered_pks(conn, name, filters) if filters else None
            if allowed is not None and len(allowed) == 0:
                self._search_metrics(queries, [[] for _ in queries], t1 - t0, None, None)
                readings = [lexical.facts.understand(q).reading(q) for q in queries]
                return SearchOutcome(name, cat.version, [[] for _ in queries], mode, readings)
            t2 = time.perf_counter()
            dense: tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]] | None = None
            if vectors is not None:
                index = self._index_for(conn, cat)
                depth = top_k if mode == "dense" else max(3 * top_k, HYBRID_DEPTH)
                # The probe count follows the settings, not the index file: changing it needs no rebuild.
                dense = index.search(vectors, depth, allowed, nprobe=self._probes(index.nlist))
                if self.metrics and self.metrics.enabled:
                    self.drift.observe(name, vectors, index.centroid)
            ranked = []
            readings = []
            for i, query in enumerate(queries):
                # Dense mode needs the lexical signals of its own results only.
                match = None if mode == "dense" else lexical.match(query, allowed, types=mode == "hybrid")
                row_dense = None if dense is None else (dense[0][i], dense[1][i])
                qvec = None if vectors is None else vectors[i]
                cands, facts = self._rank(
                    conn, cat, lexical, query, match, dense=row_dense, query_vector=qvec, top_k=top_k,
                    mode=mode, min_score=min_score,
                )  # fmt: skip
                ranked.append(cands)
                readings.append(facts.reading(query))
            t3 = time.perf_counter()
            rows = self.store.products_by_pk(conn, [c.pk for cands in ranked for c in cands])
        results = [
            [
                Hit(
                    rows[c.pk].id,
                    rows[c.pk].description,
                    float(c.score),
                    rows[c.pk].metadata,
                    c.matched,
                    {
                        k: round(float(v), 6)
                        for k, v in (("dense", c.dense), ("lexical", c.lexical))
                        if v is not None and not (k == "lexical" and mode == "dense" and v == 0)
                    },
                )
                for c in cands
            ]
            for cands in ranked
        ]
        if self.metrics:
            self.metrics.incr(m.SEARCH_MODE.format(mode=mode), len(queries))
        self._search_metrics(
            queries, [[h.score for h in row] for row in results], t1 - t0, t3 - t2, time.perf_counter() - t3
        )
        return SearchOutcome(name, cat.version, results, mode, readings)

    def _rank(
        self,
        conn: sqlite3.Connection,
        cat: CatalogRow,
        lexical: LexicalIndex,
        query: str,
        match: LexicalMatch | None,
        *,
        dense: tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]] | None,
        query_vector: npt.NDArray[np.float32] | None,
        top_k: int,
        mode: SearchMode,
        min_score: float | None,
    ) -> tuple[list[Candidate], QueryFacts]:
        """One query's results, best first, and how the query was read."""
        cands: dict[int, Candidate] = {}
        if dense is not None:
            for rank, (score, pk) in enumerate(zip(*dense, strict=True)):
                if pk >= 0:
                    cands[int(pk)] = Candidate(int(pk), dense=float(score), dense_rank=rank)
        if match is None:  # dense
            picked = list(cands.values())  # the model's order, untouched
            rows = lexical.rows_of(np.array([c.pk for c in picked], dtype=np.int64))
            match = lexical.match_rows(query, rows)
            _set_lexical(picked, match, range(len(picked)))
            for c in picked:
                c.score = c.dense or 0.0
            return self._cut(picked, min_score, top_k), match.query
        # Lexical candidates: the order's keys with BM25 for the fused score.
        depth = top_k if mode == "lexical" else max(3 * top_k, HYBRID_DEPTH)
        rows = lexical_candidates(match.scores, match.facts, depth)
        for rank, row in enumerate(rows.tolist()):
            pk = int(lexical.pks[row])
            cands.setdefault(pk, Candidate(pk)).lexical_rank = rank
        pool = list(cands.values())
        _set_lexical(pool, match, lexical.rows_of(np.array([c.pk for c in pool], dtype=np.int64)).tolist())
        if mode == "lexical":
            for c in pool:
                c.score = c.lexical
        else:
            others = [c for c in pool if c.dense is None]
            if others and query_vector is not None:
                stored = self.store.vectors_by_pk(conn, [c.pk for c in others], cat.dimension)
                for c in others:
                    c.dense = float(stored[c.pk] @ query_vector)
            fuse(pool, self.fusion, self.dense_weight)
        confirm_types(pool)
        return self._cut(order(pool), min_score, top_k), match.query

    @staticmethod
    def _cut(picked: list[Candidate], min_score: float | None, top_k: int) -> list[Candidate]:
        if min_score is not None:
            picked = [c for c in picked if c.score >= min_score or c.certain]
        return picked[:top_k]

    def _search_metrics(
        self,
        queries: Sequence[str],
        scores: list[list[float]],
        encode_s: float,
        index_s: float | None,
        fetch_s: float | None,
    ) -> None:
        """Search metrics; index and fetch times are None when no index search ran (a filter matched nothing)."""
        if not self.metrics or not self.metrics.enabled:
            return
        mx = self.metrics
        mx.incr(m.QUERIES, len(queries))
        mx.timing(m.QUERIES_PER_REQUEST, len(queries))
        mx.timing(m.SEARCH_ENCODE, encode_s * 1000)
        if index_s is not None and fetch_s is not None:
            mx.timing(m.SEARCH_INDEX, index_s * 1000)
            mx.timing(m.SEARCH_FETCH, fetch_s * 1000)
        mx.relevance(scores)
        self.text_metrics(list(queries), "query")

    def text_metrics(self, texts: list[str], input_type: InputType) -> None:
        """Text length, token counts and truncation of encoded texts."""
        if not self.metrics or not self.metrics.enabled:
            return
        stats = self.encoder.token_stats(texts, input_type)
        for text, tokens, unknown in zip(texts, stats.counts, stats.unknown, strict=True):
            self.metrics.timing(m.TEXT_CHARS.format(input_type=input_type), len(text))
            self.metrics.timing(m.TOKENS.format(input_type=input_type), tokens)
            self.metrics.timing(m.UNKNOWN_SHARE.format(input_type=input_type), 1000 * unknown / max(tokens, 1))
        if any(stats.truncated):
            self.metrics.incr(m.TRUNCATED.format(input_type=input_type), sum(stats.truncated))

    def report_catalog_sizes(self, mx: m.Metrics) -> None:
        """Reporter task: every catalog's size, so the gauges survive a StatsD restart."""
        for cat in self.list_catalogs():
            mx.gauge(m.CATALOG_SIZE.format(catalog=cat.name), cat.product_count)

    def report_drift(self, mx: m.Metrics) -> None:
        """Reporter task: query drift of each catalog searched enough since the last report."""
        for name, value in self.drift.collect().items():
            mx.gauge(m.DRIFT.format(catalog=name), value)

    # -- writes --------------------------------------------------------------------------------

    def _encode_documents(
        self, texts: list[str], progress: Progress | None, batch: int = 256
    ) -> npt.NDArray[np.float32]:
        if progress is None:
            vectors = self.encoder.encode(texts, "document")
        else:
            parts = []
            for start in range(0, len(texts), batch):
                parts.append(self.encoder.encode(texts[start : start + batch], "document"))
                progress(len(parts[-1]))
            vectors = np.concatenate(parts) if parts else self.encoder.encode([], "document")
        self.counters["documents_encoded"] += len(texts)
        return vectors

    def _vectors_for(
        self, products: Sequence[NewProduct], reused: dict[str, npt.NDArray[np.float32]], progress: Progress | None
    ) -> npt.NDArray[np.float32]:
        """One vector per product: reused where stored and unchanged, else encoded once per distinct text."""
        fresh = list(dict.fromkeys(p.description for p in products if p.id not in reused))
        if progress is not None and len(products) > len(fresh):
            progress(len(products) - len(fresh))
        encoded = dict(zip(fresh, self._encode_documents(fresh, progress), strict=True))
        self.counters["documents_reused"] += len(products) - len(fresh)
        out = np.empty((len(products), self.encoder.dimension), dtype=np.float32)
        for row, p in enumerate(products):
            out[row] = reused[p.id] if p.id in reused else encoded[p.description]
        return out

    def upsert(
        self, name: str, products: Sequence[NewProduct], *, replace: bool = False, progress: Progress | None = None
    ) -> WriteOutcome:
        """Insert or replace products by id, all or nothing. ``replace`` also drops products not given."""
        fp = self.encoder.fingerprint
        with self.store.read() as conn:
            existing = self.store.get_catalog(conn, name)
            if existing is not None:
                self._check_fingerprint(existing)  # fail before spending time on encoding
            # Catalog refreshes mostly resend unchanged descriptions: their stored vectors stand.
            reused = (
                {} if existing is None
                else self.store.unchanged_vectors(conn, name, products, fp.id, self.encoder.dimension)
            )  # fmt: skip
        texts = [p.description for p in products]
        truncated = sum(self.encoder.token_stats(texts, "document").truncated)
        vectors = self._vectors_for(products, reused, progress)
        with self._write_lock():
            removed = np.zeros(0, dtype=np.int64)
            with self.store.write() as conn:
                cat = self.store.get_catalog(conn, name)
                created = cat is None
                if cat is None:
                    cat = self.store.create_catalog(conn, name, fp.id, fp.to_dict(), self.encoder.dimension)
                    previous: int | None = None
                else:
                    self._check_fingerprint(cat)
                    previous = cat.version
                if replace and not created:
                    keep = {p.id for p in products}
                    stale = [
                        r[0]
                        for r in conn.execute("SELECT id FROM products WHERE catalog = ?", (name,))
                        if r[0] not in keep
                    ]
                    found, _ = self.store.delete_products(conn, name, stale)
                    removed = np.fromiter(found.values(), dtype=np.int64, count=len(found))
                # Under the lock: products whose stored text is the one sent keep their BM25 tokens.
                same = (
                    set() if created
                    else set(self.store.unchanged_vectors(conn, name, products, fp.id, self.encoder.dimension))
                )  # fmt: skip
                pks, version = self.store.upsert_products(conn, name, products, vectors, fp.id)
                cat = self._require(conn, name)
            changed = [
                (int(pk), p.description) for pk, p in zip(pks.tolist(), products, strict=True) if p.id not in same
            ]
            self._after_commit(lambda: self._apply_delta(cat, previous, removed, pks, vectors, changed_texts=changed))
        if self.metrics:
            self.metrics.incr(m.UPSERTED, len(products))
            self.metrics.gauge(m.CATALOG_SIZE.format(catalog=name), cat.product_count)
            if truncated:
                self.metrics.incr(m.TRUNCATED.format(input_type="document"), truncated)
        return WriteOutcome(name, version, len(products), created=created, truncated=truncated)

    def delete_products(self, name: str, ids: Sequence[str]) -> WriteOutcome:
        with self._write_lock():
            with self.store.write() as conn:
                cat = self._require(conn, name)
                found, version = self.store.delete_products(conn, name, list(dict.fromkeys(ids)))
                fresh = self._require(conn, name)
            not_found = [i for i in dict.fromkeys(ids) if i not in found]
            if version is None:
                return WriteOutcome(name, cat.version, 0, not_found=not_found)
            removed = np.fromiter(found.values(), dtype=np.int64, count=len(found))
            empty = np.zeros(0, dtype=np.int64)
            self._after_commit(
                lambda: self._apply_delta(fresh, cat.version, removed, empty, np.zeros((0, cat.dimension), np.float32))
            )
        if self.metrics:
            self.metrics.incr(m.DELETED, len(found))
            self.metrics.gauge(m.CATALOG_SIZE.format(catalog=name), fresh.product_count)
        return WriteOutcome(name, version, len(found), not_found=not_found)

    def delete_catalog(self, name: str) -> None:
        with self._write_lock():
            with self.store.write() as conn:
                if not self.store.delete_catalog(conn, name):
                    raise CatalogNotFound(f"catalog {name!r} does not exist", {"catalog": name})
            with self._guard:
                self._indexes.pop(name, None)
                self._lexical.pop(name, None)
            self.drift.forget(name)
            self.index_path(name).unlink(missing_ok=True)
            self.lexical_path(name).unlink(missing_ok=True)

    def reembed(self, name: str, progress: Progress | None = None, batch: int = 256) -> WriteOutcome:
        """Re-encode every description with the loaded model and switch the catalog to it atomically.

        Searches keep answering from the old version until the single commit at the end.
        """
        fp = self.encoder.fingerprint
        with self._write_lock():
            with self.store.read() as conn:
                cat = self._require(conn, name)
                batches = list(self.store.iter_texts(conn, name, batch))
            pks: list[int] = []
            parts: list[npt.NDArray[np.float32]] = []
            for rows in batches:
                parts.append(self._encode_documents([t for _, t in rows], None))
                pks.extend(pk for pk, _ in rows)
                if progress:
                    progress(len(rows))
            with self.store.write() as conn:
                current = self._require(conn, name)
                if current.version != cat.version:
                    raise StoreError("catalog changed during re-embedding despite the write lock")
                if parts:
                    self.store.set_embeddings(conn, pks, np.concatenate(parts), fp.id)
                self.store.set_fingerprint(conn, name, fp.id, fp.to_dict(), self.encoder.dimension)
                version = self.store.bump_version(conn, name)
                fresh = self._require(conn, name)
                index = self._build(conn, fresh)
                lexical = self._build_lexical(conn, fresh)
            self._save(index)
            self._save(lexical)
            with self._guard:
                self._indexes[name] = index
                self._lexical[name] = lexical
        return WriteOutcome(name, version, len(pks))
