"""VectorIndex: one catalog generation's vectors, keyed by the store's product keys, searched by inner
product (cosine on unit vectors): FAISS' SIMD kernel over the mapped rows, NumPy for the rest.

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

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

from . import indexfile
from .indexfile import IndexFileError, IndexStamp

__all__ = ["IndexFileError", "IndexStamp", "VectorIndex", "ivf_lists", "ivf_probes"]

MAGIC = b"PSVEC002"
Floats = npt.NDArray[np.float32]
Keys = npt.NDArray[np.int64]
_BLOCK = 65536  # rows per block where a pass over every vector needs temporary memory
_MISSING = np.float32(-np.inf)


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


def _lists_of_rows(offsets: Keys) -> Keys:
    """The list of each row of an IVF base, from its list ``offsets`` (nlist + 1,)."""
    return np.repeat(np.arange(len(offsets) - 1, dtype=np.int64), np.diff(offsets))


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


def _nearest(centroids: Floats, vectors: Floats) -> Keys:
    """The list of each vector: its centroid of highest inner product."""
    out = np.empty(len(vectors), dtype=np.int64)
    for start in range(0, len(vectors), _BLOCK):
        out[start : start + _BLOCK] = np.argmax(vectors[start : start + _BLOCK] @ centroids.T, axis=1)
    return out


def _inner(vectors: Floats, q: Floats) -> Floats:
    """Inner products (m, n) of queries ``q`` (m, d) with ``vectors`` (n, d), one query at a time
    (:func:`_scores_into`): a query's scores never depend on what it was searched with."""
    out = np.empty((len(q), len(vectors)), np.float32)
    native = vectors.flags.c_contiguous and vectors.dtype == np.dtype(np.float32)
    rows = vectors if native else np.ascontiguousarray(vectors, dtype=np.float32)
    queries = np.ascontiguousarray(q, dtype=np.float32)
    for i in range(len(queries)):
        _scores_into(out[i], queries[i], rows)
    return out


def _scores_into(out: Floats, query: Floats, rows: Floats) -> None:
    """``out`` (n,) = inner products of ``query`` (d,) with ``rows`` (n, d), all C-contiguous float32, by FAISS'
    SIMD kernel over the rows where they lie (mapped or not). One thread, one query, 20,000 x 384: 0.8 ms against
    2.0-2.2 ms for BLAS' gemv here (``scripts/bench/faiss_index.py``, docs/performance.md)."""
    if len(rows):
        faiss.fvec_inner_products_ny(  # type: ignore[attr-defined]  # SWIG: absent from faiss' stubs
            faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(rows), rows.shape[1], len(rows)
        )


def _top(scores: Floats, keys: Keys, k: int) -> tuple[Floats, Keys]:
    """The ``k`` best ``(scores, keys)`` of each row of ``scores`` (m, c) whose columns are ``keys`` (c,),
    best first (ties: earlier column first); slots without a candidate score -inf with key -1."""
    m, c = scores.shape
    out_scores = np.full((m, k), _MISSING, dtype=np.float32)
    out_keys = np.full((m, k), -1, dtype=np.int64)
    if c == 0:
        return out_scores, out_keys
    take = min(k, c)
    cols = np.argpartition(-scores, take - 1, axis=1)[:, :take] if take < c else np.tile(np.arange(c), (m, 1))
    picked = np.take_along_axis(scores, cols, axis=1)
    order = np.lexsort((cols, -picked), axis=1)
    cols = np.take_along_axis(cols, order, axis=1)
    out_scores[:, :take] = np.take_along_axis(picked, order, axis=1)
    out_keys[:, :take] = keys[cols]
    out_keys[out_scores == _MISSING] = -1
    return out_scores, out_keys


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
        dead_count = int(dead.sum()) if dead is not None else 0
        self._size = base.size - dead_count + len(self._extra_pks)

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
        quantizer = faiss.IndexFlatIP(stamp.dimension)
        trainer = faiss.IndexIVFFlat(quantizer, stamp.dimension, nlist, faiss.METRIC_INNER_PRODUCT)
        trainer.cp.seed = 1234
        trainer.train(np.ascontiguousarray(training, dtype=np.float32))
        centroids = faiss.rev_swig_ptr(quantizer.get_xb(), nlist * stamp.dimension).reshape(nlist, stamp.dimension)
        centroids = np.array(centroids, dtype=np.float32)  # a copy: the quantizer's memory goes with it
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        base = _ivf_base(np.asarray(pks, np.int64), vectors, _nearest(centroids, vectors), centroids)
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
        for start in range(0, base.size, _BLOCK):
            stop = min(start + _BLOCK, base.size)
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
            live_lists = _lists_of_rows(base.offsets)
            if self._dead is not None:
                live_lists = live_lists[~self._dead]
            lists = np.concatenate([live_lists, _nearest(base.centroids, self._extra)])
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
            scores = np.hstack([_inner(base.vectors[rows], q), _inner(self._extra[extra], q)])
            return _top(scores, np.concatenate([base.pks[rows], self._extra_pks[extra]]), k)
        if base.centroids is None or base.offsets is None:
            scores = _inner(base.vectors, q)
            if len(self._extra):
                scores = np.hstack([scores, _inner(self._extra, q)])
            if self._dead is not None:
                scores[:, : base.size][:, self._dead] = _MISSING
            return _top(scores, np.concatenate([base.pks, self._extra_pks]), k)
        return _probe_lists(self, q, k, nprobe or self._nprobe)

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
        return cls(stamp, base, nprobe=nprobe, centroid=np.array(arrays["centroid"]))


def _probe_lists(index: VectorIndex, q: Floats, k: int, nprobe: int) -> tuple[Floats, Keys]:
    """IVF: the ``nprobe`` lists nearest each query, plus the overlay's rows."""
    base = index._base
    centroids, offsets = base.centroids, base.offsets
    if centroids is None or offsets is None:
        raise ValueError("not an IVF index")
    nprobe = max(1, min(nprobe or len(centroids), len(centroids)))
    near = _inner(centroids, q)
    probes = np.argpartition(-near, nprobe - 1, axis=1)[:, :nprobe] if nprobe < near.shape[1] else None
    out_scores = np.empty((len(q), k), np.float32)
    out_keys = np.empty((len(q), k), np.int64)
    extra = _inner(index._extra, q)
    q = np.ascontiguousarray(q, dtype=np.float32)
    for i, vector in enumerate(q):
        lists = np.sort(probes[i]) if probes is not None else np.arange(near.shape[1])
        spans = list(zip(offsets[lists].tolist(), offsets[lists + 1].tolist(), strict=True))
        row_scores = np.empty(sum(stop - start for start, stop in spans) + len(index._extra_pks), np.float32)
        at = 0
        for start, stop in spans:  # the probed lists' scores side by side, the overlay's after them
            _scores_into(row_scores[at : at + stop - start], vector, base.vectors[start:stop])
            at += stop - start
        row_scores[at:] = extra[i]
        keys = [base.pks[start:stop] for start, stop in spans]
        if index._dead is not None:
            rows = np.concatenate([np.arange(start, stop) for start, stop in spans])
            row_scores[: len(rows)][index._dead[rows]] = _MISSING
        s, p = _top(row_scores[None, :], np.concatenate([*keys, index._extra_pks]), k)
        out_scores[i], out_keys[i] = s[0], p[0]
    return out_scores, out_keys


def ivf_lists(size: int) -> int:
    """IVF list count for a catalog of ``size`` products: the power of two nearest 2·sqrt(size), at least 64."""
    return max(64, 1 << round(math.log2(2 * math.sqrt(size))))


def ivf_probes(nlist: int) -> int:
    """Lists an unfiltered IVF search scans: 1/32 of them, at least 32.

    Measured recall@10 against exact search (docs/benchmarks.md): 100k products, 512 lists, 32 probes:
    0.992; 1M products, 2,048 lists: 32 probes 0.977, 64 probes 0.992 (+1.1 ms per query).
    """
    return max(32, nlist // 32)
