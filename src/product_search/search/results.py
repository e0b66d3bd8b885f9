"""What the catalog service answers: search hits and outcomes, write outcomes, pages of products.

Plain data. The HTTP API's schemas serialize them (and document the JSON); the CLI prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..index.query_facts import Reading
from ..storage.store import CatalogRow, ProductRow


@dataclass(frozen=True)
class Hit:
    id: str
    description: str
    score: float  # dense: cosine; lexical: BM25 / best possible; hybrid: the fused score
    metadata: dict[str, Any] | None
    matched: tuple[str, ...] = ()  # signals that found it: dense, lexical, identifier, attribute, type
    signals: dict[str, float] = field(default_factory=dict)  # each signal's own score


@dataclass(frozen=True)
class ModelUsed:
    """The model version that answered (for a catalog: its generation's)."""

    ref: str  # name:version
    fingerprint: str
    generation: int | None = None


@dataclass(frozen=True)
class SearchOutcome:
    catalog: str
    version: int
    results: list[list[Hit]]  # per query, best first
    mode: str = "dense"
    readings: list[Reading] = field(default_factory=list)  # how each query was read, in query order
    model: ModelUsed | None = None


@dataclass(frozen=True)
class WriteOutcome:
    catalog: str
    version: int
    count: int
    created: bool = False
    not_found: list[str] = field(default_factory=list)
    truncated: int = 0  # descriptions longer than the model's max sequence length
    deleted: int = 0  # products an upload dropped in the same transaction (its ``delete`` ids, or ``replace``)
    file_read: dict[str, Any] | None = None  # how an uploaded trade catalog was read (:meth:`.BMEcatFile.summary`)


@dataclass(frozen=True)
class Page:
    """Products in key order; ``after`` is the last one's key when more follow (else None)."""

    catalog: str
    products: list[ProductRow]
    after: int | None


@dataclass(frozen=True)
class IndexHealth:
    """A catalog's derived indexes in the process that answered (a shared store loads them on first search)."""

    loaded: bool  # this process holds its lexical index
    unreadable: int  # products indexed without words: the analyzer failed on their text (each is logged)
    unreadable_ids: list[str]  # the first 20 of them
    failure: str | None  # why the last index build failed here (its searches answer 503), if it did


@dataclass(frozen=True)
class CatalogStatus:
    """A catalog as this service sees it: the stored row, its model, and whether this service can serve it."""

    name: str
    version: int
    product_count: int
    fingerprint: str
    fingerprint_matches: bool  # its model is in the repository for this backend; else searches answer 409
    created_at: float
    updated_at: float
    model: ModelUsed | None = None
    generations: list[GenerationStatus] = field(default_factory=list)
    index: IndexHealth | None = None  # on the catalog's own page
    language: str | None = None  # as its trade file declared it

    @classmethod
    def of(
        cls, row: CatalogRow, servable: bool, generations: list[GenerationStatus] | None = None,
        index: IndexHealth | None = None,
    ) -> CatalogStatus:  # fmt: skip
        return cls(
            row.name, row.version, row.product_count, row.fingerprint, servable, row.created_at, row.updated_at,
            ModelUsed(row.model_ref, row.fingerprint, row.generation), generations or [], index, row.language,
        )  # fmt: skip


@dataclass(frozen=True)
class GenerationStatus:
    """One generation of a catalog: its model, state and how many vectors it holds."""

    id: int
    model: str
    fingerprint: str
    state: str
    vectors: int
    created_at: float
    switched_at: float | None


@dataclass
class ShadowFigures:
    """Sums over compared queries (per process until flushed)."""

    queries: int = 0
    top1_agree: int = 0
    overlap10: float = 0.0
    score_shift: float = 0.0  # candidate top-1 score minus live top-1 score
    latency_ms: float = 0.0  # per shadow search (not per query)
    searches: int = 0

    def add(self, other: dict[str, Any]) -> None:
        for key in ("queries", "top1_agree", "searches"):
            setattr(self, key, getattr(self, key) + int(other.get(key, 0)))
        for key in ("overlap10", "score_shift", "latency_ms"):
            setattr(self, key, getattr(self, key) + float(other.get(key, 0.0)))

    def summary(self) -> dict[str, Any]:
        """What the migration status shows: means over the compared queries and searches."""
        q, s = max(self.queries, 1), max(self.searches, 1)
        return {
            "queries": self.queries,
            "top1_agreement": round(self.top1_agree / q, 4) if self.queries else None,
            "overlap_at_10": round(self.overlap10 / q, 4) if self.queries else None,
            "score_shift": round(self.score_shift / q, 4) if self.queries else None,
            "latency_ms": round(self.latency_ms / s, 2) if self.searches else None,
        }
