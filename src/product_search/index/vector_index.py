"""VectorIndex: one catalog generation's vectors, keyed by the store's product keys, searched by inner
product (cosine on unit vectors): FAISS' exact search and SIMD kernel over the mapped rows, NumPy for the rest.

The file (:func:`.indexfile.write_arrays`) holds raw arrays that a reader maps read-only, so every worker on a
host shares one copy in the page cache instead of each deserializing its own (1.5 GB per worker at 1M
products): ``vectors`` (n, d) float32, ``pks`` (n,) their keys, ``sorted_pks``/``key_rows`` (n,) to find a
key's row. Two kinds: exact (``flat``: every row scored; rows in key order) and inverted lists (``ivf``: rows
grouped by their nearest of ``nlist`` k-means ``centroids``, list ``l`` being rows ``offsets[l]:offsets[l+1]``;
a search scores the ``nprobe`` lists nearest the query). Filtered searches score every allowed row.

Writes since the file was written are an overlay in memory: ``dead`` base rows (removed or replaced) and
``extra`` rows (new vectors, scored exhaustively). An overlay grown past an eighth of the base is merged into a
new base. Files are derived data: stamped and checksummed; one that is missing, stale or damaged is rebuilt
from the stored vectors, never re-encoded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from . import indexfile
from .indexfile import IndexFileError, IndexStamp
from .inverted_lists import lists_of_rows, nearest, probe, train_centroids
from .scoring import BLOCK, MISSING, Floats, Keys, best_rows, inner_products, top_k

__all__ = ["IndexFileError", "IndexStamp", "VectorIndex"]

MAGIC = b"PSVEC002"
# Dead rows an exact search asks FAISS' heap for beyond k; with more, every row is scored and partitioned.
HEAP_DEAD = 256


@dataclass(frozen=True)
class _Base:
    """The rows of the file (mapped) or of the last merge (in memory); never modified."""

    vectors: Floats  # (n, d)
    pks: Keys  # (n,) key of each row
    sorted_pks: Keys  # (n,) keys ascending
    key_rows: Keys  # (n,) row of each key in sorted_pks
    centroids: Floats | None = None  # (nlist, d) for IVF
    offsets: Keys | None = None  # (nlist + 1,) for IVF

    @property
    def size(self) -> int:
        return len(self.pks)

    def rows_of(self, pks: Keys) -> Keys:
        """Rows of those of ``pks`` that are in the base (others dropped)."""
        if not len(pks) or not self.size:
            return np.zeros(0, np.int64)
        pos = np.minimum(np.searchsorted(self.sorted_pks, pks), self.size - 1)
        rows: Keys = self.key_rows[pos[self.sorted_pks[pos] == pks]]
        return rows

    @property
    def nbytes(self) -> int:
        arrays: list[npt.NDArray[Any] | None] = [
            self.vectors, self.pks, self.sorted_pks, self.key_rows, self.centroids, self.offsets,
        ]  # fmt: skip
        return sum(a.nbytes for a in arrays if a is not None)


def _flat_base(pks: Keys, vectors: Floats) -> _Base:
    order = np.argsort(pks, kind="stable")
    pks = np.ascontiguousarray(pks[order], dtype=np.int64)
    vectors = np.ascontiguousarray(vectors[order], dtype=np.float32)
    return _Base(vectors, pks, pks, np.arange(len(pks), dtype=np.int64))


def _ivf_base(pks: Keys, vectors: Floats, lists: Keys, centroids: Floats) -> _Base:
    order = np.lexsort((pks, lists))  # by list, keys ascending within one
    pks = np.ascontiguousarray(pks[order], dtype=np.int64)
    key_rows = np.argsort(pks, kind="stable").astype(np.int64)
    offsets = np.zeros(len(centroids) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum(np.bincount(lists, minlength=len(centroids)))
    return _Base(
        np.ascontiguousarray(vectors[order], dtype=np.float32), pks, pks[key_rows], key_rows, centroids, offsets
    )


class VectorIndex:
    """Inner-product search with product keys; ``exact`` or ``ivf`` (see the module docstring).

    Args:
        stamp: the store state this index is of.
        base: the rows of the file or of the last merge.
        dead: (n,) base rows no longer live (None: all live).
        extra_pks, extra_vectors: rows added since the base, keys ascending.
        nprobe: lists an unfiltered IVF search scans unless told otherwise.
        centroid: the mean of the live vectors, if known.
    """

    def __init__(
        self,
        stamp: IndexStamp,
        base: _Base,
        *,
        dead: npt.NDArray[np.bool_] | None = None,
        extra_pks: Keys | None = None,
        extra_vectors: Floats | None = None,
        nprobe: int = 0,
        centroid: Floats | None = None,
    ) -> None:
        self.stamp = stamp
        self._base = base
        self._dead = dead
        self._extra_pks = extra_pks if extra_pks is not None else np.zeros(0, np.int64)
        self._extra = extra_vectors if extra_vectors is not None else np.zeros((0, stamp.dimension), np.float32)
        self._nprobe = nprobe
        self._centroid = centroid
        self._dead_count = int(dead.sum()) if dead is not None else 0
        self._size = base.size - self._dead_count + len(self._extra_pks)

    @classmethod
    def empty(cls, stamp: IndexStamp) -> VectorIndex:
        return cls.exact(stamp, np.zeros(0, np.int64), np.zeros((0, stamp.dimension), np.float32))

    @classmethod
    def exact(cls, stamp: IndexStamp, pks: Keys, vectors: Floats) -> VectorIndex:
        """Every row scored by every search: ``pks`` (n,), ``vectors`` (n, d)."""
        return cls(stamp, _flat_base(np.asarray(pks, np.int64), vectors))

    @classmethod
    def ivf(
        cls, stamp: IndexStamp, pks: Keys, vectors: Floats, training: Floats, *, nlist: int, nprobe: int
    ) -> VectorIndex:
        """Rows in ``nlist`` inverted lists around k-means centroids (FAISS, fixed seed) trained on ``training``."""
        centroids = train_centroids(training, nlist)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        base = _ivf_base(np.asarray(pks, np.int64), vectors, nearest(centroids, vectors), centroids)
        return cls(stamp, base, nprobe=nprobe)

    @property
    def kind(self) -> str:
        return "ivf" if self._base.centroids is not None else "flat"

    @property
    def size(self) -> int:
        return self._size

    @property
    def nlist(self) -> int:
        """Inverted lists of an IVF index; 0 for an exact one."""
        return 0 if self._base.centroids is None else len(self._base.centroids)

    @property
    def memory_bytes(self) -> int:
        """What this index holds: the base rows (mapped from the file once loaded) and the overlay."""
        dead = self._dead.nbytes if self._dead is not None else 0
        return self._base.nbytes + dead + self._extra.nbytes + self._extra_pks.nbytes

    def _live_blocks(self) -> Iterator[tuple[Keys, Floats]]:
        """``(pks, vectors)`` of every live row in blocks (bounded temporary memory)."""
        base = self._base
        for start in range(0, base.size, BLOCK):
            stop = min(start + BLOCK, base.size)
            if self._dead is None:
                yield base.pks[start:stop], base.vectors[start:stop]
            else:
                live = ~self._dead[start:stop]
                yield base.pks[start:stop][live], base.vectors[start:stop][live]
        if len(self._extra_pks):
            yield self._extra_pks, self._extra

    def centroid(self) -> Floats:
        """Mean of the indexed vectors (d,): the reference point for query drift (zeros when empty).

        Stored in the file's header; computed once per index version otherwise."""
        if self._centroid is None:
            total = np.zeros(self.stamp.dimension, dtype=np.float64)
            for _, block in self._live_blocks():
                total += block.sum(axis=0, dtype=np.float64)
            self._centroid = (total / max(1, self.size)).astype(np.float32)
        return self._centroid

    def updated(self, stamp: IndexStamp, removed: Keys, added_pks: Keys, added_vectors: Floats) -> VectorIndex:
        """A copy without ``removed`` (n,) and with ``added_pks`` (k,) (re)added as ``added_vectors`` (k, d);
        this index is left untouched for its readers."""
        drop = np.union1d(np.asarray(removed, np.int64), np.asarray(added_pks, np.int64))
        dead = self._dead.copy() if self._dead is not None else np.zeros(self._base.size, dtype=bool)
        dead[self._base.rows_of(drop)] = True
        keep = ~np.isin(self._extra_pks, drop)
        pks = np.concatenate([self._extra_pks[keep], np.asarray(added_pks, np.int64)])
        added = np.asarray(added_vectors, np.float32).reshape(-1, stamp.dimension)
        vectors = np.concatenate([self._extra[keep], added])
        order = np.argsort(pks, kind="stable")
        clone = VectorIndex(
            stamp, self._base, dead=dead, extra_pks=pks[order], extra_vectors=vectors[order], nprobe=self._nprobe
        )
        if len(pks) > max(1024, self._base.size // 8):
            return clone.merged()
        return clone

    def merged(self) -> VectorIndex:
        """The same rows as one base, without an overlay."""
        if self._dead is None and not len(self._extra_pks):
            return self
        parts = list(self._live_blocks())
        pks = np.concatenate([p for p, _ in parts]) if parts else np.zeros(0, np.int64)
        vectors = np.concatenate([v for _, v in parts]) if parts else np.zeros((0, self.stamp.dimension), np.float32)
        base = self._base
        if base.centroids is None or base.offsets is None:
            merged = _flat_base(pks, vectors)
        else:
            live_lists = lists_of_rows(base.offsets)
            if self._dead is not None:
                live_lists = live_lists[~self._dead]
            lists = np.concatenate([live_lists, nearest(base.centroids, self._extra)])
            merged = _ivf_base(pks, vectors, lists, base.centroids)
        return VectorIndex(self.stamp, merged, nprobe=self._nprobe, centroid=self._centroid)

    def restamped(self, stamp: IndexStamp) -> VectorIndex:
        """The same vectors stamped for another catalog version (no write changed them); shares the arrays,
        which are never modified once published (updates make an overlay)."""
        return VectorIndex(
            stamp, self._base, dead=self._dead, extra_pks=self._extra_pks, extra_vectors=self._extra,
            nprobe=self._nprobe, centroid=self._centroid,
        )  # fmt: skip

    def vectors_of(self, pks: Keys) -> dict[int, Floats]:
        """The stored vector (d,) of each of ``pks`` this index holds: what the store has for this version,
        without a query."""
        pks = np.asarray(pks, np.int64)
        out: dict[int, Floats] = {}
        if len(self._extra_pks):
            pos = np.minimum(np.searchsorted(self._extra_pks, pks), len(self._extra_pks) - 1)
            for pk, i in zip(pks.tolist(), pos.tolist(), strict=True):
                if self._extra_pks[i] == pk:
                    out[pk] = self._extra[i]
        base = self._base
        rows = base.rows_of(np.asarray([pk for pk in pks.tolist() if pk not in out], np.int64))
        for row in rows.tolist():
            if self._dead is None or not self._dead[row]:
                out[int(base.pks[row])] = base.vectors[row]
        return out

    # -- search --------------------------------------------------------------------------------

    def search(self, queries: Floats, k: int, allowed: Keys | None = None, nprobe: int = 0) -> tuple[Floats, Keys]:
        """Top-``k`` ``(scores, pks)`` of each of ``queries`` (m, d), each (m, k), best first; missing slots
        have pk -1.

        ``allowed``: the only keys that may be returned (every allowed row is scored); ``nprobe``: lists an
        unfiltered IVF search scans (0: the index's own).
        """
        q = np.ascontiguousarray(queries, dtype=np.float32).reshape(-1, self.stamp.dimension)
        if self.size == 0:
            return np.zeros((len(q), 0), np.float32), np.zeros((len(q), 0), np.int64)
        k = max(1, min(k, self.size))
        base = self._base
        if allowed is not None:
            allowed = np.asarray(allowed, np.int64)
            rows = base.rows_of(allowed)
            if self._dead is not None:
                rows = rows[~self._dead[rows]]
            rows.sort()
            extra = np.isin(self._extra_pks, allowed)
            scores = np.hstack([inner_products(base.vectors[rows], q), inner_products(self._extra[extra], q)])
            return top_k(scores, np.concatenate([base.pks[rows], self._extra_pks[extra]]), k)
        if (base.centroids is None or base.offsets is None) and self._dead_count <= HEAP_DEAD:
            # FAISS' exact search over the file's rows, k more for each dead one; then the overlay's rows.
            scores, rows = best_rows(base.vectors, q, k + self._dead_count)
            keys = np.where(rows >= 0, base.pks[rows], -1)
            if self._dead is not None:
                scores[(rows >= 0) & self._dead[rows]] = MISSING
            if not len(self._extra) and self._dead is None:
                return scores[:, :k], keys[:, :k]
            scores = np.hstack([scores, inner_products(self._extra, q)])
            keys = np.hstack([keys, np.broadcast_to(self._extra_pks, (len(q), len(self._extra_pks)))])
            return top_k(scores, keys, k)
        if base.centroids is None or base.offsets is None:
            scores = inner_products(base.vectors, q)
            if len(self._extra):
                scores = np.hstack([scores, inner_products(self._extra, q)])
            if self._dead is not None:
                scores[:, : base.size][:, self._dead] = MISSING
            return top_k(scores, np.concatenate([base.pks, self._extra_pks]), k)
        return probe(
            q, k, nprobe or self._nprobe, vectors=base.vectors, pks=base.pks, centroids=base.centroids,
            offsets=base.offsets, dead=self._dead, extra_pks=self._extra_pks, extra=self._extra,
        )  # fmt: skip

    # -- persistence ---------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write atomically (see :mod:`.indexfile`), the overlay merged in: raw arrays a reader maps."""
        index = self.merged()
        base = index._base
        arrays: dict[str, npt.NDArray[Any]] = {
            "vectors": base.vectors, "pks": base.pks, "sorted_pks": base.sorted_pks, "key_rows": base.key_rows,
            "centroid": self.centroid(),
        }  # fmt: skip
        if base.centroids is not None and base.offsets is not None:
            arrays.update(centroids=base.centroids, offsets=base.offsets)
        indexfile.write_arrays(path, MAGIC, self.stamp, {"size": base.size, "nprobe": self._nprobe}, arrays)

    @staticmethod
    def read_stamp(path: Path) -> IndexStamp:
        """Read only the header; cheap enough to compare versions before loading."""
        return indexfile.read_header(path, MAGIC)[0]

    @classmethod
    def load(cls, path: Path, expected: IndexStamp | None = None) -> VectorIndex:
        """Map and verify a file; raise :class:`IndexFileError` unless it is intact (and expected)."""
        stamp, meta, arrays = indexfile.read_arrays(path, MAGIC, expected)
        base, nprobe = _checked_base(path, stamp, meta, arrays)
        return cls(stamp, base, nprobe=nprobe, centroid=np.array(arrays["centroid"]))


def _checked_base(
    path: Path, stamp: IndexStamp, meta: dict[str, Any], arrays: dict[str, npt.NDArray[Any]]
) -> tuple[_Base, int]:
    """The file's rows and its probe count, if its arrays have the types and shapes its header says."""
    try:
        n, d = int(meta["size"]), stamp.dimension
        base = _Base(
            arrays["vectors"], arrays["pks"], arrays["sorted_pks"], arrays["key_rows"],
            arrays.get("centroids"), arrays.get("offsets"),
        )  # fmt: skip
        floats = [base.vectors, arrays["centroid"]] + ([] if base.centroids is None else [base.centroids])
        keys = [base.pks, base.sorted_pks, base.key_rows] + ([] if base.offsets is None else [base.offsets])
        # FAISS' kernel reads the rows as native float32 where they lie: another type is a foreign file.
        types_ok = all(a.dtype == np.dtype(np.float32) for a in floats) and all(
            a.dtype == np.dtype(np.int64) for a in keys
        )
        shapes_ok = types_ok and (
            base.vectors.shape == (n, d)
            and base.pks.shape == base.sorted_pks.shape == base.key_rows.shape == (n,)
            and arrays["centroid"].shape == (d,)
            and (base.centroids is None) == (base.offsets is None)
            and (
                base.centroids is None
                or base.offsets is None
                or (base.centroids.shape[1:] == (d,) and base.offsets.shape == (len(base.centroids) + 1,)
                    and int(base.offsets[-1]) == n)
            )
        )  # fmt: skip
        nprobe = int(meta.get("nprobe", 0))
    except (KeyError, ValueError, TypeError) as exc:
        raise IndexFileError(f"{path}: corrupt array layout: {exc}") from exc
    if not shapes_ok:
        raise IndexFileError(f"{path}: array types or shapes disagree with its header")
    return base, nprobe
