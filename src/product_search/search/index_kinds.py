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
from ..storage.indexfile import IndexStamp
from ..storage.lexical_index import LexicalIndex
from ..storage.store import CatalogRow
from ..storage.vector_index import VectorIndex, ivf_lists

if TYPE_CHECKING:
    from .derived import DerivedIndexes


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
    build: Callable[[DerivedIndexes, Connection, CatalogRow], D]  # from the store, no encoding
    loads: str  # metric names
    load_time: str
    builds: str
    build_time: str


# How each kind is built from the store (no encoding): stored vectors, or texts.


def _build_vectors(indexes: DerivedIndexes, conn: Connection, cat: CatalogRow) -> VectorIndex:
    if indexes.wants_ivf(cat.product_count):
        nlist = ivf_lists(cat.product_count)
        training = _training_sample(indexes, conn, cat, nlist)
        index = VectorIndex.ivf(indexes.stamp(VECTORS, cat), training, nlist, indexes.probes(nlist))
    else:
        index = VectorIndex.empty(indexes.stamp(VECTORS, cat))
    for pks, vectors in indexes.store.iter_vectors(conn, cat.generation, cat.dimension):
        index.add(pks, vectors)
    return index


def _training_sample(indexes: DerivedIndexes, conn: Connection, cat: CatalogRow, nlist: int) -> npt.NDArray[np.float32]:
    """About 64 vectors per list, spread evenly over the catalog (deterministic): (n, dimension)."""
    step = max(1, cat.product_count // (64 * nlist))
    return indexes.store.sample_vectors(conn, cat.generation, step, cat.dimension)


def _build_lexical(indexes: DerivedIndexes, conn: Connection, cat: CatalogRow) -> LexicalIndex:
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
