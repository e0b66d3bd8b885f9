"""Ranking: exact top-k of unit vectors (as ``util.semantic_search``) and fusion of search signals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


SearchMode = Literal["dense", "lexical", "hybrid"]
MODES: tuple[SearchMode, ...] = ("dense", "lexical", "hybrid")
FUSIONS = ("convex", "rrf")
RRF_K = 60  # the constant of Cormack et al. (2009)


@dataclass
class Candidate:
    """One product considered for one query, with every signal's view of it."""

    pk: int
    dense: float | None = None  # cosine similarity; None where the query was not encoded
    lexical: float = 0.0  # BM25 over the best score possible for the query, in [0, 1]
    identifiers: int = 0  # weighted count of the query's identifiers the product has (LexicalMatch)
    dense_rank: int | None = None  # rank among the dense retriever's candidates, if it found it
    lexical_rank: int | None = None  # rank among the lexical retriever's candidates, if it found it
    score: float = 0.0

    @property
    def matched(self) -> tuple[str, ...]:
        signals = []
        if self.dense_rank is not None:
            signals.append("dense")
        if self.lexical > 0:
            signals.append("lexical")
        if self.identifiers:
            signals.append("identifier")
        return tuple(signals)


def fuse(candidates: list[Candidate], fusion: str, dense_weight: float) -> None:
    """Set each candidate's hybrid score.

    ``convex``: ``w * cosine + (1 - w) * lexical``, both absolute scores, so a threshold on the result
    means the same for every query. ``rrf``: reciprocal rank fusion, ``sum 1 / (60 + rank)``.
    """
    for c in candidates:
        if fusion == "rrf":
            c.score = sum(1.0 / (RRF_K + 1 + r) for r in (c.dense_rank, c.lexical_rank) if r is not None)
        else:
            c.score = dense_weight * (c.dense or 0.0) + (1.0 - dense_weight) * c.lexical


def identifier_first(candidates: list[Candidate]) -> list[Candidate]:
    """Best first: part number or GTIN hits, then size or standard hits, then score.

    An exact identifier hit ranks first.
    """
    return sorted(candidates, key=lambda c: (-c.identifiers, -c.score, c.pk))
