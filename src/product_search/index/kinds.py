"""The two kinds of derived index (vectors of a generation, the catalog's lexical index): their file, how
each is read, and how each is built from the store without encoding."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from ..observability import metrics as m
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore
from .deltas import follow_lexical, follow_vectors
from .indexfile import IndexStamp
from .inverted_lists import IvfPolicy, ivf_lists
from .lexical_index import LexicalIndex
from .vector_index import VectorIndex


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
    empty: Callable[[IndexStamp], D]  # of a new catalog
    # ``cat``'s index stamped ``stamp``, from the store (stored vectors or texts, no encoding).
    build: Callable[[CatalogStore, Connection, CatalogRow, IndexStamp, IvfPolicy], D]
    # ``cat``'s index stamped ``stamp`` from an older one of the same generation and the store's change log
    # (:mod:`.deltas`; None: rebuild).
    follow: Callable[[CatalogStore, Connection, CatalogRow, IndexStamp, IvfPolicy, D], D | None]
    loads: str  # metric names
    load_time: str
    builds: str
    build_time: str
    follows: str


# How each kind is built from the store (no encoding): stored vectors, or texts.


def _build_vectors(
    store: CatalogStore, conn: Connection, cat: CatalogRow, stamp: IndexStamp, ivf: IvfPolicy
) -> VectorIndex:
    # Filled in place: the catalog's vectors are held once, not once in blocks and again joined.
    pks = np.zeros(cat.product_count, np.int64)
    vectors = np.zeros((cat.product_count, cat.dimension), np.float32)
    filled = 0
    for block_pks, block in store.iter_vectors(conn, cat.generation, cat.dimension):
        if filled + len(block_pks) > len(pks):  # more rows than the count said (cannot happen in one snapshot)
            pks = np.resize(pks, filled + len(block_pks))
            vectors = np.resize(vectors, (filled + len(block_pks), cat.dimension))
        pks[filled : filled + len(block_pks)], vectors[filled : filled + len(block_pks)] = block_pks, block
        filled += len(block_pks)
    pks, vectors = pks[:filled], vectors[:filled]
    if ivf.wants(cat.product_count):
        nlist = ivf_lists(cat.product_count)
        training = _training_sample(store, conn, cat, nlist)
        return VectorIndex.ivf(stamp, pks, vectors, training, nlist=nlist, nprobe=ivf.probes(nlist))
    return VectorIndex.exact(stamp, pks, vectors)


def _training_sample(store: CatalogStore, conn: Connection, cat: CatalogRow, nlist: int) -> npt.NDArray[np.float32]:
    """About 64 vectors per list, spread evenly over the catalog (deterministic): (n, dimension)."""
    step = max(1, cat.product_count // (64 * nlist))
    return store.sample_vectors(conn, cat.generation, step, cat.dimension)


def _empty_lexical(stamp: IndexStamp) -> LexicalIndex:
    return LexicalIndex.build(stamp, [])


def _build_lexical(
    store: CatalogStore, conn: Connection, cat: CatalogRow, stamp: IndexStamp, ivf: IvfPolicy
) -> LexicalIndex:
    return LexicalIndex.build(stamp, (row for batch in store.iter_texts(conn, cat.name, 5000) for row in batch))


VECTORS: Kind[VectorIndex] = Kind(
    "index", True, ".vectors", VectorIndex.load, VectorIndex.read_stamp, VectorIndex.empty,
    _build_vectors, follow_vectors,
    m.INDEX_LOADS, m.INDEX_LOAD_TIME, m.INDEX_BUILDS, m.INDEX_BUILD_TIME, m.INDEX_FOLLOWS,
)  # fmt: skip
LEXICAL: Kind[LexicalIndex] = Kind(
    "lexical", False, ".bm25", LexicalIndex.load, LexicalIndex.read_stamp, _empty_lexical,
    _build_lexical, follow_lexical,
    m.LEXICAL_LOADS, m.LEXICAL_LOAD_TIME, m.LEXICAL_BUILDS, m.LEXICAL_BUILD_TIME, m.LEXICAL_FOLLOWS,
)  # fmt: skip
