"""Deriving a catalog's next indexes from the previous version's instead of rebuilding: after this process's
write (vectors removed and added per generation, the lexical index updated only where texts changed), or
from the store's change log when another process or node wrote (:func:`follow`)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..storage.database import Connection
from ..storage.store import CatalogRow
from .descriptions import DescriptionRead
from .indexfile import IndexFileError, IndexStamp
from .kinds import LEXICAL, VECTORS, D, Kind
from .lexical_index import LexicalIndex
from .vector_index import VectorIndex

if TYPE_CHECKING:
    from .derived import DerivedIndexes

log = logging.getLogger(__name__)


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
    readings: Mapping[str, DescriptionRead] | None = None,
) -> None:
    """After a commit (write lock held): derive the new indexes from the previous version's.

    ``views``: the catalog as committed through each generation whose vectors the write stored, the
    active one first (the others are updated only where their previous index is at hand);
    ``removed``: keys (n,) no longer in the catalog; ``added_pks`` (k,) and ``added_vectors`` by
    generation, each (k, dimension): rows inserted or replaced; ``changed_texts``: (key, description)
    of the rows whose text changed (the others keep their analyzed tokens), ``readings`` those texts
    analyzed ahead (:func:`.descriptions.read_descriptions`).
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
            elif not len(removed) and not len(added_pks):  # only the version changed (new synonyms)
                index = base.restamped(indexes.stamp(VECTORS, view))
                indexes.counters["index_restamps"] += 1
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
            lexical = lex_base.updated(stamp, removed, changed_texts, readings)
        else:  # a refresh of metadata only: same texts, same BM25 statistics
            lexical = lex_base.restamped(stamp)
            indexes.counters["lexical_restamps"] += 1
    indexes.save(LEXICAL, cat, lexical)
    indexes.install(LEXICAL, cat, lexical)


def follow(indexes: DerivedIndexes, kind: Kind[D], conn: Connection, cat: CatalogRow, held: D | None) -> D | None:
    """``cat``'s index derived from an older one of the same generation (the one held in memory, else
    this node's file) and the writes since, read from the store's change log; None if neither is
    recent enough (older than the log's start) or the change cannot be followed."""
    expected = indexes.stamp(kind, cat)

    def followable(stamp: IndexStamp) -> bool:
        same = replace(stamp, version=expected.version) == expected
        return same and cat.changes_from <= stamp.version < cat.version

    def bases() -> Iterator[D | None]:
        yield held
        try:  # this node's file: its header first, the whole file only if it can be followed
            stamp = kind.read_stamp(indexes.path(kind, cat))
            if followable(stamp):
                yield kind.load(indexes.path(kind, cat), stamp)
        except IndexFileError:
            return

    for base in bases():
        if base is None or not followable(base.stamp):
            continue
        started = time.perf_counter()
        index = kind.follow(indexes, conn, cat, base)
        if index is not None:
            indexes.counters[f"{kind.name}_follows"] += 1
            if indexes.metrics:
                indexes.metrics.incr(kind.follows)
            log.debug(
                "index followed the store's changes",
                extra={"fields": {"catalog": cat.name, "kind": kind.name, "from": base.stamp.version,
                                  "to": cat.version, "ms": round((time.perf_counter() - started) * 1000, 2)}},
            )  # fmt: skip
            return index
    return None
