"""Deriving a catalog's next index from the previous version's instead of rebuilding it: after this process's
write (the rows it removed and added), or from the store's change log when another process or node wrote
(:func:`follow_vectors`, :func:`follow_lexical`). Each returns the new index, or None where only a rebuild from
the store will do; none saves or installs (:class:`.derived.DerivedIndexes` does)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore
from .descriptions import DescriptionRead
from .indexfile import IndexStamp
from .inverted_lists import IvfPolicy
from .lexical_index import LexicalIndex
from .vector_index import VectorIndex

RESTAMPED, UPDATED = "restamps", "updates"  # how an index was derived (counted as <kind>_<how>)


def next_vectors(  # noqa: PLR0917 (the delta of one write: every part of it)
    base: VectorIndex | None,
    stamp: IndexStamp,
    ivf: IvfPolicy,
    size: int,
    removed: npt.NDArray[np.int64],
    added_pks: npt.NDArray[np.int64],
    added_vectors: npt.NDArray[np.float32],
) -> tuple[VectorIndex, str] | None:
    """``base`` without ``removed`` (n,) and with ``added_pks`` (k,) (re)added as ``added_vectors`` (k, d),
    stamped ``stamp``, and how; None if there is no base or the catalog (now ``size`` products) crossed the IVF
    threshold (the other kind is built from scratch)."""
    if base is None or ivf.wants(size) != (base.kind == "ivf"):
        return None
    if not len(removed) and not len(added_pks):  # only the version changed (new synonyms): no copy of the vectors
        return base.restamped(stamp), RESTAMPED
    return base.updated(stamp, removed, added_pks, added_vectors), UPDATED


def next_lexical(
    base: LexicalIndex | None,
    stamp: IndexStamp,
    removed: npt.NDArray[np.int64],
    changed_texts: Sequence[tuple[int, str]],
    readings: Mapping[str, DescriptionRead] | None = None,
) -> tuple[LexicalIndex, str] | None:
    """``base`` without ``removed`` and with ``changed_texts`` ((key, description) of rows new or whose text
    changed; the others keep their analyzed words; ``readings``: those texts analyzed ahead), and how."""
    if base is None:
        return None
    if not len(removed) and not changed_texts:  # metadata only: same texts, same BM25 statistics
        return base.restamped(stamp), RESTAMPED
    return base.updated(stamp, removed, changed_texts, readings), UPDATED


# The writes since an older index, read from the store's change log (writes of another node, or of a writer
# that died before updating the files): the changed rows only.


def follow_vectors(  # noqa: PLR0917 (the kinds' common signature)
    store: CatalogStore, conn: Connection, cat: CatalogRow, stamp: IndexStamp, ivf: IvfPolicy, base: VectorIndex
) -> VectorIndex | None:
    if ivf.wants(cat.product_count) != (base.kind == "ivf"):
        return None  # before reading any change: the other kind is built from scratch
    removed, pks = store.keys_changed_since(conn, cat.name, base.stamp.version)
    found = store.vectors_by_pk(conn, cat.generation, pks.tolist(), cat.dimension) if len(pks) else {}
    if len(found) != len(pks):
        return None  # a product without a vector in this generation: cannot happen for an active one
    vectors = np.stack([found[int(pk)] for pk in pks]) if len(pks) else np.zeros((0, cat.dimension), np.float32)
    derived = next_vectors(base, stamp, ivf, cat.product_count, removed, pks, vectors)
    return None if derived is None else derived[0]


def follow_lexical(  # noqa: PLR0917 (the kinds' common signature)
    store: CatalogStore, conn: Connection, cat: CatalogRow, stamp: IndexStamp, ivf: IvfPolicy, base: LexicalIndex
) -> LexicalIndex | None:
    removed, written = store.changes_since(conn, cat.name, base.stamp.version)
    derived = next_lexical(base, stamp, removed, written)
    return None if derived is None else derived[0]
