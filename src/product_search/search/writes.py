"""The upload path: upsert, encoding first, then one store transaction, serialized across processes and nodes.

Writers take an exclusive ``flock`` on ``<data dir>/write.lock`` (it orders this node's index files) and
the store's write transaction serializes the catalog's writers on every node; encoding happens before both.
The commit is the acknowledgement: the derived indexes are updated after it (:mod:`..index.derived`), and if
that fails or the process dies first, readers find a stale stamp and rebuild from the store.

Generations: a write stores the vectors of the active generation and of one being built (a migration
in progress: "write both", so the migration never chases writes). A retained generation (kept for
rollback) is not encoded for; the write deletes its vectors of the products whose text changed, and a
rollback encodes what is missing under the write lock before it switches (:mod:`..migration.migrations`).
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .. import pause_points
from ..encoding.encoder import Encoder
from ..encoding.models import LoadedModels
from ..errors import InvalidInput
from ..index.derived import DerivedIndexes
from ..index.descriptions import UnreadableTexts, read_descriptions
from ..observability import metrics as m
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore, GenerationRow, ModelBinding, NewProduct
from ..text.structure import indexed_text
from .lookup import Lookup
from .results import WriteOutcome

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


def after_commit(fn: Callable[[], None]) -> None:
    """Update the derived indexes after a commit: a failure is logged, never raised, as the commit stands and
    readers rebuild the index from the store."""
    try:
        fn()
    except Exception:
        log.exception("index update after commit failed; it will be rebuilt on demand")


class CatalogWriter:
    """Uploads: products encoded, then written with their vectors; and the cross-process write lock that every
    change to a catalog takes (:mod:`.edits`, :mod:`..migration.migrations`).

    Args:
        lock_path: the file whose ``flock`` serializes writers of all processes.
        counters: this process's work counters (documents encoded and reused).
    """

    def __init__(
        self,
        store: CatalogStore,
        models: LoadedModels,
        indexes: DerivedIndexes,
        lookup: Lookup,
        *,
        lock_path: Path,
        counters: Counter[str],
        metrics: m.Metrics = m.OFF,
    ) -> None:
        self.store = store
        self.models = models
        self.indexes = indexes
        self.lookup = lookup
        self.lock_path = lock_path
        self.counters = counters
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

    @contextmanager
    def transaction(self, catalog: str | None = None) -> Iterator[Connection]:
        """A write transaction of ``catalog`` (None: store-wide) under the cross-process write lock: how every
        change but an upload's is written (an upload encodes first and takes the lock only to write)."""
        with self.lock(), self.store.write(catalog) as conn:
            yield conn

    # -- encoding ------------------------------------------------------------------------------

    def encode_documents(
        self, encoder: Encoder, texts: list[str], progress: Progress | None, batch: int = 256
    ) -> npt.NDArray[np.float32]:
        """Unit vectors (len(texts), dimension) of descriptions, in batches when progress is reported."""
        if progress is None:
            vectors = encoder.encode(texts, "document", bulk=True)
        else:
            parts = []
            for start in range(0, len(texts), batch):
                parts.append(encoder.encode(texts[start : start + batch], "document", bulk=True))
                progress(len(parts[-1]))
            vectors = np.concatenate(parts) if parts else encoder.encode([], "document")
        self.counters["documents_encoded"] += len(texts)
        return vectors

    def _vectors_for(
        self,
        encoder: Encoder,
        products: Sequence[NewProduct],
        reused: dict[str, npt.NDArray[np.float32]],
        progress: Progress | None,
    ) -> npt.NDArray[np.float32]:
        """One vector per product (len(products), dimension): reused where stored and unchanged, else
        encoded once per distinct text."""
        fresh = list(dict.fromkeys(p.description for p in products if p.id not in reused))
        if progress is not None and len(products) > len(fresh):
            progress(len(products) - len(fresh))
        encoded = dict(zip(fresh, self.encode_documents(encoder, fresh, progress), strict=True))
        self.counters["documents_reused"] += len(products) - len(fresh)
        out = np.empty((len(products), encoder.dimension), dtype=np.float32)
        for row, p in enumerate(products):
            out[row] = reused[p.id] if p.id in reused else encoded[p.description]
        return out

    # -- writes --------------------------------------------------------------------------------

    def upsert(
        self,
        name: str,
        products: Sequence[NewProduct],
        *,
        replace: bool = False,
        delete: Sequence[str] = (),
        progress: Progress | None = None,
        derive: bool = True,
        language: str | None = None,
    ) -> WriteOutcome:
        """Insert or replace products by id, all or nothing. ``replace`` also drops products not given;
        ``delete``: ids dropped in the same transaction (a BMEcat update's deleted articles; unknown ones pass);
        ``language``: what the products' text is written in, recorded on the catalog (a trade file declares it).
        ``derive``: bring this process's indexes forward after the commit (False: a load in batches builds them
        once at its end, :meth:`.edits.CatalogEdits.rebuild_indexes`; meanwhile readers follow the change log)."""
        with self.store.read() as conn:
            existing = self.store.get_catalog(conn, name)
            # Fails before spending time on encoding if the catalog's model cannot be served.
            new: tuple[ModelBinding, Encoder] | None = None
            if existing is None:
                new = self.lookup.binding()
                encoders = {0: new[1]}
            else:
                encoders = self.lookup.write_encoders(conn, existing)
            # Catalog refreshes mostly resend unchanged descriptions: their stored vectors stand.
            reused = {
                gen: {} if existing is None else self.store.unchanged_vectors(conn, name, products, gen, enc.dimension)
                for gen, enc in encoders.items()
            }
            # And their indexed texts: those stored the same keep their analysis (a refresh of prices reads nothing).
            stored_same = set() if existing is None else self.store.unchanged(conn, name, products)[1]
        first = next(iter(encoders.values()))
        texts = [indexed_text(p.description, p.metadata) for p in products]  # what the lexical index reads
        # Counted before, not beside, the encoding: the tokenizer's own threads would contend with the model's
        # (the endpoint measured 0.80-0.90x of in-process encoding that way, 0.93-1.0x this way).
        truncated = sum(first.token_stats([p.description for p in products], "document").truncated)
        # The lexical analysis of the new texts runs beside the encoding (ONNX Runtime releases the GIL): the index
        # update after the commit then only merges. It is done before the commit so that a product the index
        # cannot take is refused, not acknowledged.
        new_texts = [text for p, text in zip(products, texts, strict=True) if p.id not in stored_same]
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis") as pool:
            reading = pool.submit(read_descriptions, new_texts)
            vectors = {
                gen: self._vectors_for(enc, products, reused[gen], progress if i == 0 else None)
                for i, (gen, enc) in enumerate(encoders.items())
            }
        try:
            readings = reading.result()
        except UnreadableTexts as exc:
            raise _unreadable(products, exc.texts) from exc
        pause_points.reached("upload_encoded")
        with self.lock():
            removed = np.zeros(0, dtype=np.int64)
            not_found: list[str] = list(dict.fromkeys(delete))  # none found where nothing was dropped
            with self.store.write(name) as conn:
                cat = self.store.get_catalog(conn, name)
                created = cat is None
                if cat is None:
                    if new is not None:
                        binding, fresh_vectors = new[0], vectors[0]
                    else:  # deleted since the encoding (rare): the new catalog gets the default model
                        binding, encoder = self.lookup.binding()
                        fresh_vectors = self._vectors_for(encoder, products, {}, None)
                    cat = self.store.create_catalog(conn, name, binding)
                    vectors = {cat.generation: fresh_vectors}
                    previous: int | None = None
                    described: set[str] = set()
                    same: set[str] = set()
                else:
                    previous = cat.version
                    vectors = self._complete(conn, cat, products, vectors)
                    drop = list(delete)
                    if replace:
                        keep = {p.id for p in products}
                        drop += [pid for pid in self.store.product_ids(conn, name) if pid not in keep]
                    if drop:
                        found, _ = self.store.delete_products(conn, name, drop)
                        removed = np.fromiter(found.values(), dtype=np.int64, count=len(found))
                        not_found = [i for i in dict.fromkeys(delete) if i not in found]
                    # Under the lock: products whose stored text is the one sent keep their BM25 tokens, those whose
                    # description is, their vectors in retained generations.
                    described, same = self.store.unchanged(conn, name, products)
                # Texts changed since the first read (another write came between: rare) are read now, still before
                # the commit.
                late = [t for p, t in zip(products, texts, strict=True) if p.id not in same and t not in readings]
                if late:
                    try:
                        readings |= read_descriptions(late)
                    except UnreadableTexts as exc:
                        raise _unreadable(products, exc.texts) from exc
                pks, version = self.store.upsert_products(conn, name, products, vectors)
                if language is not None:
                    self.store.set_language(conn, name, language)
                changed_pks = [int(pk) for pk, p in zip(pks.tolist(), products, strict=True) if p.id not in described]
                for gen in self.store.generations(conn, name, ("retained",)):
                    self.store.forget_vectors(conn, gen.id, changed_pks)  # caught up on rollback
                cat = self.lookup.require(conn, name)
                views = self._views(conn, cat, vectors)
                self.store.record(
                    conn, "products.write", name,
                    {"upserted": len(products), "deleted": len(removed), "created": created, "version": version},
                )  # fmt: skip
            pause_points.reached("upload_committed")
            changed = [
                (int(pk), text) for pk, p, text in zip(pks.tolist(), products, texts, strict=True) if p.id not in same
            ]
            if derive:
                after_commit(
                    lambda: self.indexes.apply_delta(
                        views, previous, removed, pks, vectors, changed_texts=changed, readings=readings
                    )
                )
        self.metrics.incr(m.UPSERTED, len(products))
        self.metrics.gauge(m.CATALOG_SIZE.format(catalog=name), cat.product_count)
        if truncated:
            self.metrics.incr(m.TRUNCATED.format(input_type="document"), truncated)
        return WriteOutcome(
            name, version, len(products), created=created, truncated=truncated, deleted=len(removed),
            not_found=not_found,
        )  # fmt: skip

    def _complete(
        self,
        conn: Connection,
        cat: CatalogRow,
        products: Sequence[NewProduct],
        vectors: dict[int, npt.NDArray[np.float32]],
    ) -> dict[int, npt.NDArray[np.float32]]:
        """Under the lock: the vectors to store, for the generations live now. A generation switched to
        or started since the encoding (rare) is encoded for now if active; one being built is left to the
        migration's catch-up; vectors of a generation no longer live are dropped."""
        out: dict[int, npt.NDArray[np.float32]] = {}
        if cat.generation in vectors:
            out[cat.generation] = vectors[cat.generation]
        else:
            out[cat.generation] = self._vectors_for(self.lookup.encoder(cat), products, {}, None)
        for gen in self.store.generations(conn, cat.name, ("building",)):
            if gen.id in vectors:
                out[gen.id] = vectors[gen.id]
        return out

    def _views(
        self, conn: Connection, cat: CatalogRow, vectors: dict[int, npt.NDArray[np.float32]]
    ) -> list[CatalogRow]:
        """The catalog through each generation given vectors for, the active one first."""
        others: list[GenerationRow] = [
            g for g in self.store.generations(conn, cat.name, ("building",)) if g.id in vectors
        ]
        return [cat, *(cat.through(g) for g in others)]


def _unreadable(products: Sequence[NewProduct], texts: list[str]) -> InvalidInput:
    """The upload's refusal naming the products whose indexed text the analyzer failed on (by position and id)."""
    failed = set(texts)
    bad = {n for n, p in enumerate(products) if indexed_text(p.description, p.metadata) in failed}
    rows = {str(n): {"description": ["cannot be analyzed for the lexical index"]} for n in bad}
    ids = [products[n].id for n in sorted(bad)]
    return InvalidInput(
        f"{len(ids)} product(s) cannot be indexed; nothing was written",
        {"products": rows, "ids": ids[:20]},
    )
