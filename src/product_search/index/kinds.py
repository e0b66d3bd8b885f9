"""The two kinds of derived index (vectors of a generation, the catalog's lexical index): their file, how
each is read, and how each is built from the store without encoding."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from ..observability import metrics as m
from ..storage.database import Connection
from ..storage.store import CatalogRow
from .indexfile import IndexStamp
from .inverted_lists import ivf_lists
from .lexical_index import LexicalIndex
from .vector_index import VectorIndex

if TYPE_CHECKING:
    from .derived import DerivedIndexes


class Derived(Protocol):
    stamp: IndexStamp

    @property
    def memory_bytes(self) -> int: ...

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
    build: Callable[[DerivedIndexes, Connection, CatalogRow], D]  # from the store, no encoding
    # The index of ``cat`` from an older one of the same generation and the store's change log (None: rebuild).
    follow: Callable[[DerivedIndexes, Connection, CatalogRow, D], D | None]
    loads: str  # metric names
    load_time: str
    builds: str
    build_time: str
    follows: str


# How each kind is built from the store (no encoding): stored vectors, or texts.


def _build_vectors(indexes: DerivedIndexes, conn: Connection, cat: CatalogRow) -> VectorIndex:
    blocks = list(indexes.store.iter_vectors(conn, cat.generation, cat.dimension))
    pks = np.concatenate([p for p, _ in blocks]) if blocks else np.zeros(0, np.int64)
    vectors = np.concatenate([v for _, v in blocks]) if blocks else np.zeros((0, cat.dimension), np.float32)
    del blocks
    stamp = indexes.stamp(VECTORS, cat)
    if indexes.wants_ivf(cat.product_count):
        nlist = ivf_lists(cat.product_count)
        training = _training_sample(indexes, conn, cat, nlist)
        return VectorIndex.ivf(stamp, pks, vectors, training, nlist=nlist, nprobe=indexes.probes(nlist))
    return VectorIndex.exact(stamp, pks, vectors)


def _training_sample(indexes: DerivedIndexes, conn: Connection, cat: CatalogRow, nlist: int) -> npt.NDArray[np.float32]:
    """About 64 vectors per list, spread evenly over the catalog (deterministic): (n, dimension)."""
    step = max(1, cat.product_count // (64 * nlist))
    return indexes.store.sample_vectors(conn, cat.generation, step, cat.dimension)


def _build_lexical(indexes: DerivedIndexes, conn: Connection, cat: CatalogRow) -> LexicalIndex:
    rows = (row for batch in indexes.store.iter_texts(conn, cat.name, 5000) for row in batch)
    return _counted(indexes, LexicalIndex.build(indexes.stamp(LEXICAL, cat), rows))


def _counted(indexes: DerivedIndexes, index: LexicalIndex, base: LexicalIndex | None = None) -> LexicalIndex:
    """Count the products ``index`` newly holds without words (the analyzer failed on them; each is logged)."""
    new = len(np.setdiff1d(index.unreadable, base.unreadable)) if base is not None else len(index.unreadable)
    if new:
        indexes.counters["unreadable_products"] += new
        if indexes.metrics:
            indexes.metrics.incr(m.UNREADABLE, new)
    return index


# How each kind follows the writes made since an older index was built (by another node, or by a writer
# that died before updating the files): the changed rows only, read from the store's change log.


def _follow_vectors(
    indexes: DerivedIndexes, conn: Connection, cat: CatalogRow, base: VectorIndex
) -> VectorIndex | None:
    if indexes.wants_ivf(cat.product_count) != (base.kind == "ivf"):
        return None  # crossed the size threshold: the other kind is built from scratch
    removed, written = indexes.store.changes_since(conn, cat.name, base.stamp.version)
    if not len(removed) and not written:  # only the version changed (new synonyms): no copy of the vectors
        return base.restamped(indexes.stamp(VECTORS, cat))
    pks = np.fromiter((pk for pk, _ in written), dtype=np.int64, count=len(written))
    found = indexes.store.vectors_by_pk(conn, cat.generation, pks.tolist(), cat.dimension)
    if len(found) != len(pks):
        return None  # a product without a vector in this generation: cannot happen for an active one
    vectors = np.stack([found[int(pk)] for pk in pks]) if len(pks) else np.zeros((0, cat.dimension), np.float32)
    return base.updated(indexes.stamp(VECTORS, cat), removed, pks, vectors)


def _follow_lexical(indexes: DerivedIndexes, conn: Connection, cat: CatalogRow, base: LexicalIndex) -> LexicalIndex:
    removed, written = indexes.store.changes_since(conn, cat.name, base.stamp.version)
    if not len(removed) and not written:
        return base.restamped(indexes.stamp(LEXICAL, cat))
    return _counted(indexes, base.updated(indexes.stamp(LEXICAL, cat), removed, written), base)


VECTORS: Kind[VectorIndex] = Kind(
    "index", True, ".vectors", VectorIndex.load, VectorIndex.read_stamp, _build_vectors, _follow_vectors,
    m.INDEX_LOADS, m.INDEX_LOAD_TIME, m.INDEX_BUILDS, m.INDEX_BUILD_TIME, m.INDEX_FOLLOWS,
)  # fmt: skip
LEXICAL: Kind[LexicalIndex] = Kind(
    "lexical", False, ".bm25", LexicalIndex.load, LexicalIndex.read_stamp, _build_lexical, _follow_lexical,
    m.LEXICAL_LOADS, m.LEXICAL_LOAD_TIME, m.LEXICAL_BUILDS, m.LEXICAL_BUILD_TIME, m.LEXICAL_FOLLOWS,
)  # fmt: skip
