"""Deriving a catalog's next indexes from the previous version's after a write (instead of rebuilding):
vectors removed and added per generation, the lexical index updated only where texts changed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..storage.indexfile import IndexFileError
from ..storage.lexical_index import LexicalIndex
from ..storage.store import CatalogRow
from ..storage.vector_index import VectorIndex
from .index_kinds import LEXICAL, VECTORS, D, Kind

if TYPE_CHECKING:
    from .derived import DerivedIndexes


def _previous(indexes: DerivedIndexes, kind: Kind[D], cat: CatalogRow, version: int) -> D | None:
    """The index of ``cat`` at ``version`` (memory, else its file) to update from; None if neither has it."""
    stamp = indexes.stamp(kind, cat, version)
    cached = indexes.in_memory(kind, cat)
    if cached is not None and cached.stamp == stamp:
        return cached
    try:
        return kind.load(indexes.path(kind, cat), stamp)
    except IndexFileError:
        return None


def apply_delta(  # noqa: PLR0917 (the delta of one write: every part of it)
    indexes: DerivedIndexes,
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
    with indexes.store.read() as conn:
        fresh = indexes.store.get_catalog(conn, cat.name)
        if fresh is None or fresh.version != cat.version:
            return  # changed again meanwhile (cannot happen under the write lock)
        for view in views:
            base = (
                VectorIndex.empty(indexes.stamp(VECTORS, view)) if previous_version is None
                else _previous(indexes, VECTORS, view, previous_version)
            )  # fmt: skip
            if base is not None and indexes.wants_ivf(view.product_count) != (base.kind == "ivf"):
                base = None  # crossed the size threshold: build the other kind from scratch
            if base is None and view.generation != cat.generation:
                continue  # not active: built when needed
            if base is None:
                index = indexes.build(VECTORS, conn, view)
            else:
                index = base.updated(indexes.stamp(VECTORS, view), removed, added_pks, added_vectors[view.generation])
                indexes.counters["index_updates"] += 1
            indexes.save(VECTORS, view, index)
            indexes.install(VECTORS, view, index)
        stamp = indexes.stamp(LEXICAL, cat)
        lex_base = (
            LexicalIndex.build(stamp, [])
            if previous_version is None
            else _previous(indexes, LEXICAL, cat, previous_version)
        )
        if lex_base is None:
            lexical = indexes.build(LEXICAL, conn, cat)
        elif len(removed) or changed_texts:
            lexical = lex_base.updated(stamp, removed, changed_texts)
        else:  # a refresh of metadata only: same texts, same BM25 statistics
            lexical = lex_base.restamped(stamp)
            indexes.counters["lexical_restamps"] += 1
    indexes.save(LEXICAL, cat, lexical)
    indexes.install(LEXICAL, cat, lexical)
