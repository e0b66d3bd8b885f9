"""Inverted lists (IVF) of a vector index: how many lists and probes a catalog gets, which list each vector
belongs to, and the search that scores only the lists nearest each query. The lists are contiguous row ranges
of the index's arrays (list ``l`` is rows ``offsets[l]:offsets[l+1]``), searched where they are mapped."""

from __future__ import annotations

import math
from dataclasses import dataclass

import faiss
import numpy as np
import numpy.typing as npt

from .scoring import BLOCK, MISSING, Floats, Keys, inner_products, scores_into, top_k


def ivf_lists(size: int) -> int:
    """IVF list count for a catalog of ``size`` products: the power of two nearest 2·sqrt(size), at least 64."""
    return max(64, 1 << round(math.log2(2 * math.sqrt(size))))


def ivf_probes(nlist: int) -> int:
    """Lists an unfiltered IVF search scans: 1/32 of them, at least 32.

    Measured recall@10 against exact search (docs/benchmarks.md): 100k products, 512 lists, 32 probes:
    0.992; 1M products, 2,048 lists: 32 probes 0.977, 64 probes 0.992 (+1.1 ms per query).
    """
    return max(32, nlist // 32)


@dataclass(frozen=True)
class IvfPolicy:
    """Which catalogs get inverted lists (``threshold`` products or more; 0: none) and how many lists an
    unfiltered search scans (``nprobe``; 0: :func:`ivf_probes`): the service's settings, read by whoever builds,
    follows or searches a vector index."""

    threshold: int = 0
    nprobe: int = 0

    def wants(self, size: int) -> bool:
        return 0 < self.threshold <= size

    def probes(self, nlist: int) -> int:
        return self.nprobe or ivf_probes(nlist)


def train_centroids(training: Floats, nlist: int) -> Floats:
    """``nlist`` k-means centroids (nlist, d) of the ``training`` vectors (FAISS, inner product, fixed seed)."""
    dimension = training.shape[1]
    quantizer = faiss.IndexFlatIP(dimension)
    trainer = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    trainer.cp.seed = 1234
    trainer.train(np.ascontiguousarray(training, dtype=np.float32))
    centroids = faiss.rev_swig_ptr(quantizer.get_xb(), nlist * dimension).reshape(nlist, dimension)
    return np.array(centroids, dtype=np.float32)  # a copy: the quantizer's memory goes with it


def nearest(centroids: Floats, vectors: Floats) -> Keys:
    """The list of each vector: its centroid of highest inner product."""
    out = np.empty(len(vectors), dtype=np.int64)
    for start in range(0, len(vectors), BLOCK):
        out[start : start + BLOCK] = np.argmax(vectors[start : start + BLOCK] @ centroids.T, axis=1)
    return out


def lists_of_rows(offsets: Keys) -> Keys:
    """The list of each row, from the list ``offsets`` (nlist + 1,)."""
    return np.repeat(np.arange(len(offsets) - 1, dtype=np.int64), np.diff(offsets))


def probe(
    q: Floats,
    k: int,
    nprobe: int,
    *,
    vectors: Floats,
    pks: Keys,
    centroids: Floats,
    offsets: Keys,
    dead: npt.NDArray[np.bool_] | None,
    extra_pks: Keys,
    extra: Floats,
) -> tuple[Floats, Keys]:
    """Top-``k`` ``(scores, pks)`` of each query in ``q`` (m, d) among the ``nprobe`` lists nearest it, plus the
    overlay's rows (``extra_pks``, ``extra``); rows marked ``dead`` are never returned."""
    nprobe = max(1, min(nprobe or len(centroids), len(centroids)))
    near = inner_products(centroids, q)
    probes = np.argpartition(-near, nprobe - 1, axis=1)[:, :nprobe] if nprobe < near.shape[1] else None
    out_scores = np.empty((len(q), k), np.float32)
    out_keys = np.empty((len(q), k), np.int64)
    extra_scores = inner_products(extra, q)
    q = np.ascontiguousarray(q, dtype=np.float32)
    for i, vector in enumerate(q):
        lists = np.sort(probes[i]) if probes is not None else np.arange(near.shape[1])
        spans = list(zip(offsets[lists].tolist(), offsets[lists + 1].tolist(), strict=True))
        row_scores = np.empty(sum(stop - start for start, stop in spans) + len(extra_pks), np.float32)
        at = 0
        for start, stop in spans:  # the probed lists' scores side by side, the overlay's after them
            scores_into(row_scores[at : at + stop - start], vector, vectors[start:stop])
            at += stop - start
        row_scores[at:] = extra_scores[i]
        if dead is not None:
            rows = np.concatenate([np.arange(start, stop) for start, stop in spans])
            row_scores[: len(rows)][dead[rows]] = MISSING
        s, p = top_k(row_scores[None, :], np.concatenate([*(pks[start:stop] for start, stop in spans), extra_pks]), k)
        out_scores[i], out_keys[i] = s[0], p[0]
    return out_scores, out_keys
