"""Stateless ranking of given descriptions for given queries (no catalog): the model's cosine, best first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..encoding.encoder import Encoder
from .ranking import exact_top_k
from .results import ModelUsed


@dataclass(frozen=True)
class Similar:
    corpus_id: int  # position in the descriptions given
    product_description: str
    score: float  # cosine similarity


@dataclass(frozen=True)
class SimilarityOutcome:
    results: list[list[Similar]]  # per query, best first (ties by position)
    model: ModelUsed | None = None


def rank_descriptions(
    encoder: Encoder, queries: Sequence[str], descriptions: Sequence[str], top_k: int, model: ModelUsed | None = None
) -> SimilarityOutcome:
    """The ``top_k`` descriptions nearest each query, as ``sentence_transformers.util.semantic_search``."""
    ranked = exact_top_k(encoder.encode(list(queries), "query"), encoder.encode(list(descriptions), "document"), top_k)
    return SimilarityOutcome(
        [[Similar(r.corpus_id, descriptions[r.corpus_id], r.score) for r in row] for row in ranked], model
    )
