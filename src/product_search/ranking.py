"""Exact top-k ranking of unit vectors (cosine similarity), as ``util.semantic_search`` does."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class Ranked:
    corpus_id: int
    score: float


def exact_top_k(queries: npt.NDArray[np.float32], corpus: npt.NDArray[np.float32], top_k: int) -> list[list[Ranked]]:
    """Rank ``corpus`` rows for each query row by inner product, best first, ties by corpus id."""
    if len(corpus) == 0:
        return [[] for _ in range(len(queries))]
    k = min(top_k, len(corpus))
    scores = queries @ corpus.T
    results: list[list[Ranked]] = []
    for row in scores:
        candidates = np.argpartition(-row, k - 1)[:k] if k < len(row) else np.arange(len(row))
        order = candidates[np.lexsort((candidates, -row[candidates]))]
        results.append([Ranked(int(i), float(row[i])) for i in order])
    return results
