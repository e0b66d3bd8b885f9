"""The write path: upsert, delete and re-embed, one SQLite transaction each, serialized across processes.

Writers take an exclusive ``flock`` on ``<data dir>/write.lock``; encoding happens before the lock.
The commit is the acknowledgement: the derived indexes are updated after it (:mod:`.derived`), and if
that fails or the process dies first, readers find a stale stamp and rebuild from the store.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..encoding.encoder import Encoder
from ..errors import CatalogNotFound
from ..observability import metrics as m
from ..observability.drift import QueryDrift
from ..storage.store import CatalogStore, NewProduct, StoreError
from ..storage.vector_index import VectorIndex
from .derived import LEXICAL, VECTORS, DerivedIndexes
from .lookup import Lookup
from .results import WriteOutcome

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


class CatalogWriter:
    """Every change to catalogs: products in, products out, a new model's vectors.

    Args:
        lock_path: the file whose ``flock`` serializes writers of all processes.
        counters: this process's work counters (documents encoded and reused).
    """

    def __init__(
        self,
        store: CatalogStore,
        encoder: Encoder,
        indexes: DerivedIndexes,
        lookup: Lookup,
        *,
        lock_path: Path,
        counters: Counter[str],
        drift: QueryDrift,
        metrics: m.Metrics | None = None,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.indexes = indexes
        self.lookup = lookup
        self.lock_path = lock_path
        self.counters = counters
        self.drift = drift
        self.metrics = metrics

    @contextmanager
    def lock(self) -> Iterator[None]:
        """The cross-process write lock."""
        # A fresh open file description per use: flock then excludes other threads too.
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _after_commit(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # the commit stands; readers rebuild the index from the store
            log.exception("index update after commit failed; it will be rebuilt on demand")

    # -- encoding ------------------------------------------------------------------------------

    def _encode_documents(
        self, texts: list[str], progress: Progress | None, batch: int = 256
    ) -> npt.NDArray[np.float32]:
        """Unit vectors (len(texts), dimension) of descriptions, in batches when progress is reported."""
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
        """One vector per product (len(products), dimension): reused where stored and unchanged, else
        encoded once per distinct text."""
        fresh = list(dict.fromkeys(p.description for p in products if p.id not in reused))
        if progress is not None and len(products) > len(fresh):
            progress(len(products) - len(fresh))
        encoded = dict(zip(fresh, self._encode_documents(fresh, progress), strict=True))
        self.counters["documents_reused"] += len(products) - len(fresh)
        out = np.empty((len(products), self.encoder.dimension), dtype=np.float32)
        for row, p in enumerate(products):
            out[row] = reused[p.id] if p.id in reused else encoded[p.description]
        return out

    # -- writes --------------------------------------------------------------------------------

    def upsert(
        self, name: str, products: Sequence[NewProduct], *, replace: bool = False, progress: Progress | None = None
    ) -> WriteOutcome:
        """Insert or replace products by id, all or nothing. ``replace`` also drops products not given."""
        fp = self.encoder.fingerprint
        with self.store.read() as conn:
            existing = self.store.get_catalog(conn, name)
            if existing is not None:
                self.lookup.check_fingerprint(existing)  # fail before spending time on encoding
            # Catalog refreshes mostly resend unchanged descriptions: their stored vectors stand.
            reused = (
                {} if existing is None
                else self.store.unchanged_vectors(conn, name, products, fp.id, self.encoder.dimension)
            )  # fmt: skip
        texts = [p.description for p in products]
        truncated = sum(self.encoder.token_stats(texts, "document").truncated)
        vectors = self._vectors_for(products, reused, progress)
        with self.lock():
            removed = np.zeros(0, dtype=np.int64)
            with self.store.write() as conn:
                cat = self.store.get_catalog(conn, name)
                created = cat is None
                if cat is None:
                    cat = self.store.create_catalog(conn, name, fp.id, fp.to_dict(), self.encoder.dimension)
                    previous: int | None = None
                else:
                    self.lookup.check_fingerprint(cat)
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
                cat = self.lookup.require(conn, name)
            changed = [
                (int(pk), p.description) for pk, p in zip(pks.tolist(), products, strict=True) if p.id not in same
            ]
            self._after_commit(
                lambda: self.indexes.apply_delta(cat, previous, removed, pks, vectors, changed_texts=changed)
            )
        if self.metrics:
            self.metrics.incr(m.UPSERTED, len(products))
            self.metrics.gauge(m.CATALOG_SIZE.format(catalog=name), cat.product_count)
            if truncated:
                self.metrics.incr(m.TRUNCATED.format(input_type="document"), truncated)
        return WriteOutcome(name, version, len(products), created=created, truncated=truncated)

    def delete_products(self, name: str, ids: Sequence[str]) -> WriteOutcome:
        with self.lock():
            with self.store.write() as conn:
                cat = self.lookup.require(conn, name)
                found, version = self.store.delete_products(conn, name, list(dict.fromkeys(ids)))
                fresh = self.lookup.require(conn, name)
            not_found = [i for i in dict.fromkeys(ids) if i not in found]
            if version is None:
                return WriteOutcome(name, cat.version, 0, not_found=not_found)
            removed = np.fromiter(found.values(), dtype=np.int64, count=len(found))
            empty = np.zeros(0, dtype=np.int64)
            no_vectors = np.zeros((0, cat.dimension), np.float32)
            self._after_commit(lambda: self.indexes.apply_delta(fresh, cat.version, removed, empty, no_vectors))
        if self.metrics:
            self.metrics.incr(m.DELETED, len(found))
            self.metrics.gauge(m.CATALOG_SIZE.format(catalog=name), fresh.product_count)
        return WriteOutcome(name, version, len(found), not_found=not_found)

    def delete_catalog(self, name: str) -> None:
        with self.lock():
            with self.store.write() as conn:
                if not self.store.delete_catalog(conn, name):
                    raise CatalogNotFound(f"catalog {name!r} does not exist", {"catalog": name})
            self.indexes.forget(name, files=True)
            self.drift.forget(name)

    def reembed(self, name: str, progress: Progress | None = None, batch: int = 256) -> WriteOutcome:
        """Re-encode every description with the loaded model and switch the catalog to it atomically.

        Searches keep answering from the old version until the single commit at the end.
        """
        fp = self.encoder.fingerprint
        with self.lock():
            with self.store.read() as conn:
                cat = self.lookup.require(conn, name)
                batches = list(self.store.iter_texts(conn, name, batch))
            pks: list[int] = []
            parts: list[npt.NDArray[np.float32]] = []
            for rows in batches:
                parts.append(self._encode_documents([t for _, t in rows], None))
                pks.extend(pk for pk, _ in rows)
                if progress:
                    progress(len(rows))
            with self.store.write() as conn:
                current = self.lookup.require(conn, name)
                if current.version != cat.version:
                    raise StoreError("catalog changed during re-embedding despite the write lock")
                if parts:
                    self.store.set_embeddings(conn, pks, np.concatenate(parts), fp.id)
                self.store.set_fingerprint(conn, name, fp.id, fp.to_dict(), self.encoder.dimension)
                version = self.store.bump_version(conn, name)
                fresh = self.lookup.require(conn, name)
                index = self.indexes.build(VECTORS, conn, fresh)
                lexical = self.indexes.build(LEXICAL, conn, fresh)
            self.indexes.save(VECTORS, index)
            self.indexes.save(LEXICAL, lexical)
            self.indexes.install(name, index, lexical)
        return WriteOutcome(name, version, len(pks))

    def rebuild_indexes(self, name: str) -> VectorIndex:
        """Rebuild a catalog's index files (vector and lexical) from the store (``product-search index``)."""
        with self.lock(), self.store.read() as conn:
            return self.indexes.rebuild(conn, self.lookup.require(conn, name))
