"""Scoring rows for queries: FAISS' exact search and inner products over the rows where they lie (mapped or
not), and the best ``k`` of any scores. Shared by the exact search and the inverted lists (:mod:`.vector_index`,
:mod:`.inverted_lists`)."""

from __future__ import annotations

import faiss
import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]
Keys = npt.NDArray[np.int64]
BLOCK = 65536  # rows per block where a pass over every vector needs temporary memory
MISSING = np.float32(-np.inf)  # the score of a row that may not be returned (removed, or an empty slot)


def inner_products(vectors: Floats, q: Floats) -> Floats:
    """Inner products (m, n) of queries ``q`` (m, d) with ``vectors`` (n, d), one query at a time
    (:func:`scores_into`): a query's scores never depend on what it was searched with."""
    out = np.empty((len(q), len(vectors)), np.float32)
    native = vectors.flags.c_contiguous and vectors.dtype == np.dtype(np.float32)
    rows = vectors if native else np.ascontiguousarray(vectors, dtype=np.float32)
    queries = np.ascontiguousarray(q, dtype=np.float32)
    for i in range(len(queries)):
        scores_into(out[i], queries[i], rows)
    return out


def scores_into(out: Floats, query: Floats, rows: Floats) -> None:
    """``out`` (n,) = inner products of ``query`` (d,) with ``rows`` (n, d), all C-contiguous float32, by FAISS'
    SIMD kernel over the rows where they lie (mapped or not). One thread, one query, 20,000 x 384: 0.8 ms against
    2.0-2.2 ms for BLAS' gemv here (``scripts/bench/faiss_index.py``, docs/performance.md)."""
    if len(rows):
        faiss.fvec_inner_products_ny(  # type: ignore[attr-defined]  # SWIG: absent from faiss' stubs
            faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(rows), rows.shape[1], len(rows)
        )


def best_rows(rows: Floats, q: Floats, k: int) -> tuple[Floats, Keys]:
    """The ``k`` best ``(scores, row numbers)`` (m, k) of each query of ``q`` (m, d) among ``rows`` (n, d),
    C-contiguous float32, by FAISS' exact search over the rows where they lie (``knn_inner_product``: the same
    SIMD inner products as :func:`scores_into`, the best kept in a heap in C instead of a partition of every
    score), one query at a time so that a query's answer never depends on what it was searched with. Ties:
    the lowest rows, lowest first; slots without a row score -inf with row -1. One thread, one query, 20,000 x
    384: 0.98 ms, FAISS' ``IndexFlatIP`` 1.01, BLAS 2.74 (``make bench-index``, docs/performance.md)."""
    m, n = len(q), len(rows)
    k = max(0, min(k, n))
    scores = np.empty((m, k), np.float32)
    found = np.empty((m, k), np.int64)
    queries = np.ascontiguousarray(q, dtype=np.float32)
    # One OpenMP thread, whatever this thread's setting (each thread has its own; a request thread of a worker
    # has the process default, every core): FAISS splits one query's rows among its threads, and on two
    # cores that took 3.4-3.7 ms instead of 0.83 for 20,000 rows. Restored after: builds use every core given.
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        for i in range(m if k else 0):
            faiss.knn_inner_product(
                faiss.swig_ptr(queries[i]), faiss.swig_ptr(rows), rows.shape[1], 1, n, k,
                faiss.swig_ptr(scores[i]), faiss.swig_ptr(found[i]),
            )  # fmt: skip
    finally:
        faiss.omp_set_num_threads(threads)
    scores[found < 0] = MISSING
    order = np.lexsort((found, -scores), axis=-1)  # FAISS' heap hands equal scores back highest row first
    return np.take_along_axis(scores, order, axis=1), np.take_along_axis(found, order, axis=1)


def top_k(scores: Floats, keys: Keys, k: int) -> tuple[Floats, Keys]:
    """The ``k`` best ``(scores, keys)`` of each row of ``scores`` (m, c) whose columns are ``keys`` (c,), or
    (m, c) where each row has keys of its own; best first; of equal scores, the earliest columns, earliest
    first (an exact search's columns are the file's rows in key order, then the overlay's); slots without a
    candidate score -inf with key -1."""
    m, c = scores.shape
    out_scores = np.full((m, k), MISSING, dtype=np.float32)
    out_keys = np.full((m, k), -1, dtype=np.int64)
    if c == 0:
        return out_scores, out_keys
    take = min(k, c)
    cols = np.argpartition(-scores, take - 1, axis=1)[:, :take] if take < c else np.tile(np.arange(c), (m, 1))
    picked = np.take_along_axis(scores, cols, axis=1)
    if take < c:  # equal scores across the cut: the partition picked any of them, the earliest columns it is
        cut = picked.min(axis=1)
        for i in np.flatnonzero((scores == cut[:, None]).sum(axis=1) > (picked == cut[:, None]).sum(axis=1)):
            above, tied = np.flatnonzero(scores[i] > cut[i]), np.flatnonzero(scores[i] == cut[i])
            cols[i] = np.concatenate([above, tied[: take - len(above)]])
            picked[i] = scores[i, cols[i]]
    order = np.lexsort((cols, -picked), axis=1)
    cols = np.take_along_axis(cols, order, axis=1)
    out_scores[:, :take] = np.take_along_axis(picked, order, axis=1)
    out_keys[:, :take] = keys[cols] if keys.ndim == 1 else np.take_along_axis(keys, cols, axis=1)
    out_keys[out_scores == MISSING] = -1
    return out_scores, out_keys
