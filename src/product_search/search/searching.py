"""The search path: one consistent catalog version, the model and the words, one order.

A search reads the catalog's version and active generation inside a read transaction, encodes the
queries with that generation's model, takes the derived indexes of exactly that version and generation
(:mod:`..index.derived`), gathers candidates from the vector index and the lexical index, ranks
each query (:mod:`.ranking`) and fetches the winners' rows in the same transaction: it sees the catalog
as of one version and one generation, never a mix: the queries are encoded inside the same read
transaction, by the model of the generation it reads (a switch cannot come between).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from ..config import SearchMode
from ..errors import CatalogNotFound
from ..index.derived import DerivedIndexes
from ..index.lexical_index import LexicalIndex, LexicalMatch
from ..index.query_facts import QueryFacts
from ..index.vector_index import VectorIndex
from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore
from ..text import analysis
from ..text.synonyms import Expansion
from . import ranking
from .filtered import FilteredProducts
from .lookup import Lookup
from .ranking import Candidate
from .results import Hit, ModelUsed, SearchOutcome
from .telemetry import SearchRecord, SearchTelemetry

# Candidates each retriever contributes to a hybrid ranking: 3 x top_k, at least 30. SciFact train and
# the product set rank the same top 10 with 30 as with 100 (docs/evaluation.md), at 60 % of the cost.
HYBRID_DEPTH = 30


class Searcher:
    """Ranks a catalog's products for queries in one of the search modes.

    Args:
        fusion, dense_weight: how hybrid mode fuses the two scores (:func:`.ranking.fuse`); ``dense_weight`` None:
            the weight recorded with the catalog's model version, else :data:`.ranking.DENSE_WEIGHT`.
    """

    def __init__(
        self,
        store: CatalogStore,
        indexes: DerivedIndexes,
        lookup: Lookup,
        telemetry: SearchTelemetry,
        *,
        fusion: str = "convex",
        dense_weight: float | None = None,
    ) -> None:
        self.store = store
        self.indexes = indexes
        self.lookup = lookup
        self.telemetry = telemetry
        self.fusion = fusion
        self.dense_weight = dense_weight
        self.filtered = FilteredProducts(store)

    def search(
        self,
        name: str,
        queries: Sequence[str],
        top_k: int,
        filters: dict[str, Any] | None = None,
        query_vectors: npt.NDArray[np.float32] | None = None,
        *,
        mode: SearchMode = "dense",
        min_score: float | None = None,
    ) -> SearchOutcome:
        """Rank the catalog's products for each query; one consistent catalog version throughout.

        ``dense`` ranks by the model alone (exactly as sentence-transformers would), ``lexical`` by
        BM25, ``hybrid`` fuses both. In ``lexical`` and ``hybrid``, products holding the query's part
        numbers, barcodes or standards rank first; in ``hybrid``, then products of the type it names, in
        the asked-for size first (:func:`.ranking.order`). ``min_score`` drops weaker results, except
        exact code hits and the named type in the asked-for size. ``query_vectors``: (len(queries),
        dimension) if already encoded, used as given (in hybrid mode the search itself encodes a query with its
        typing slips respelled, :meth:`.QueryReader.respelled`). The search's telemetry is queued after the answer.
        """
        outcome, record = self._answer(
            name, queries, top_k, filters, query_vectors=query_vectors, mode=mode, min_score=min_score, generation=None
        )
        self.telemetry.search(record)
        return outcome

    def search_generation(
        self,
        name: str,
        generation: int,
        queries: Sequence[str],
        top_k: int,
        filters: dict[str, Any] | None = None,
        *,
        mode: SearchMode = "dense",
        min_score: float | None = None,
    ) -> SearchOutcome:
        """The same search on another generation of the catalog than the active one (a shadow search on a
        migration's candidate: :mod:`..migration.shadow`), counted in no search metric."""
        return self._answer(
            name, queries, top_k, filters, query_vectors=None, mode=mode, min_score=min_score, generation=generation
        )[0]

    def _answer(
        self,
        name: str,
        queries: Sequence[str],
        top_k: int,
        filters: dict[str, Any] | None,
        *,
        query_vectors: npt.NDArray[np.float32] | None,
        mode: SearchMode,
        min_score: float | None,
        generation: int | None,
    ) -> tuple[SearchOutcome, SearchRecord]:
        """Resolve the catalog, its generation (``generation``, else the active one) and its model in one read
        snapshot; encode; search the indexes; rank; fetch the rows in the same snapshot. Returns the answer
        and what it tells the metrics."""
        # Read as the descriptions were indexed: whitespace runs as one space (the model sees the same tokens).
        queries = [analysis.collapse_space(q) for q in queries]
        seen = None
        if query_vectors is not None:  # encoded by the caller with the model of the generation it saw
            with self.store.read() as conn:
                seen = self.lookup.require(conn, name).generation
        t0 = time.perf_counter()
        vectors: npt.NDArray[np.float32] | None = None
        encoder = None
        t1 = t0
        with self.store.read() as conn:
            cat = self.lookup.require(conn, name)
            if generation is not None:
                gen = self.store.get_generation(conn, generation)
                if gen is None or gen.catalog != name:
                    raise CatalogNotFound(f"catalog {name!r} has no generation {generation}", {"catalog": name})
                cat = cat.through(gen)
            manifest = self.lookup.model(cat)
            weight = ranking.dense_weight(self.dense_weight, manifest.hybrid_dense_weight)
            lexical = self.indexes.lexical(conn, cat)
            if mode != "lexical":
                encoder = self.lookup.encoder(cat)
                if query_vectors is not None and cat.generation == seen:
                    vectors = query_vectors
                else:
                    # Encoded inside the snapshot: the vectors are always of the generation it reads. In hybrid mode
                    # the model reads a typing slip as the words are searched (the model alone reads as typed).
                    texts = [lexical.reader.respelled(q) for q in queries] if mode == "hybrid" else list(queries)
                    vectors = encoder.encode(texts, "query")
                t1 = time.perf_counter()
            used = ModelUsed(manifest.ref, cat.fingerprint, cat.generation)
            # The catalog's synonyms widen what the words and types read (the model reads the query as typed).
            synonyms = self.lookup.synonyms(conn, cat)
            expanded = [synonyms.expand(q) for q in queries]
            allowed = self.filtered.keys(conn, cat, filters) if filters else None
            if allowed is not None and len(allowed) == 0:
                empty = SearchRecord(name, queries, None, [[] for _ in queries], encoder, t1 - t0, None, None)
                none = np.zeros(0, np.int64)  # the reading alone, as a search reads the query
                readings = [
                    lexical.match_rows(e.text, none, e.wordings).query.reading(e.text, e.applied) for e in expanded
                ]
                return SearchOutcome(name, cat.version, [[] for _ in queries], mode, readings, used), empty
            t2 = time.perf_counter()
            dense: tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]] | None = None
            index = None
            if vectors is not None:
                index = self.indexes.vectors(conn, cat)
                depth = top_k if mode == "dense" else max(3 * top_k, HYBRID_DEPTH)
                # The probe count follows the settings, not the index file: changing it needs no rebuild.
                dense = index.search(vectors, depth, allowed, nprobe=self.indexes.ivf.probes(index.nlist))
            ranked = []
            readings = []
            for i, expansion in enumerate(expanded):
                query = expansion.text
                # Dense mode needs the lexical signals of its own results only.
                match = (
                    None if mode == "dense"
                    else lexical.match(query, allowed, types=mode == "hybrid", wordings=expansion.wordings)
                )  # fmt: skip
                row_dense = None if dense is None else (dense[0][i], dense[1][i])
                qvec = None if vectors is None else vectors[i]
                cands, facts = self._rank(
                    conn, cat, lexical, expansion, match, dense=row_dense, query_vector=qvec, top_k=top_k,
                    mode=mode, min_score=min_score, index=index, weight=weight,
                )  # fmt: skip
                ranked.append(cands)
                readings.append(facts.reading(query, expansion.applied))
            t3 = time.perf_counter()
            rows = self.store.products_by_pk(conn, [c.pk for cands in ranked for c in cands])
        results = [
            [
                Hit(
                    rows[c.pk].id,
                    rows[c.pk].description,
                    float(c.score),
                    rows[c.pk].metadata,
                    c.matched,
                    {
                        k: round(float(v), 6)
                        for k, v in (("dense", c.dense), ("lexical", c.lexical), ("similarity", c.similarity))
                        if v is not None and not (k == "lexical" and mode == "dense" and v == 0)
                    },
                )
                for c in cands
            ]
            for cands in ranked
        ]
        scores = [[h.score for h in row] for row in results]
        record = SearchRecord(
            name, queries, mode, scores, encoder, t1 - t0, t3 - t2, time.perf_counter() - t3,
            vectors, None if index is None else index.centroid,
        )  # fmt: skip
        return SearchOutcome(name, cat.version, results, mode, readings, used), record

    def _rank(
        self,
        conn: Connection,
        cat: CatalogRow,
        lexical: LexicalIndex,
        expansion: Expansion,
        match: LexicalMatch | None,
        *,
        dense: tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]] | None,
        query_vector: npt.NDArray[np.float32] | None,
        top_k: int,
        mode: SearchMode,
        min_score: float | None,
        index: VectorIndex | None,
        weight: float,
    ) -> tuple[list[Candidate], QueryFacts]:
        """One query's results, best first, and how the query (``expansion``: with the catalog's synonyms) was read.

        ``dense``: the vector index's (scores, keys) for this query, each (depth,), key -1 where empty;
        ``query_vector``: (dimension,), to score lexical candidates the vector index did not return;
        ``weight``: the model's in the fusion.
        """
        cands = {} if dense is None else ranking.dense_candidates(*dense)
        if match is None:  # dense
            picked = list(cands.values())  # the model's order, untouched
            rows = lexical.rows_of(np.array([c.pk for c in picked], dtype=np.int64))
            match = lexical.match_rows(expansion.text, rows, expansion.wordings)
            ranking.with_signals(picked, match, range(len(picked)))
            for c in picked:
                c.similarity = c.dense or 0.0
            return ranking.cut(picked, min_score, top_k), match.query
        # Lexical candidates: the order's keys with BM25 for the fused score.
        depth = top_k if mode == "lexical" else max(3 * top_k, HYBRID_DEPTH)
        rows = ranking.lexical_candidates(match.scores, match.facts, depth)
        pool = ranking.add_lexical_candidates(cands, lexical.pks[rows])
        ranking.with_signals(pool, match, lexical.rows_of(np.array([c.pk for c in pool], dtype=np.int64)).tolist())
        if mode == "lexical":
            for c in pool:
                c.similarity = c.lexical
        else:
            others = [c for c in pool if c.dense is None]
            if others and query_vector is not None:
                # The index of this very version holds every product's vector: no store read for them.
                keys = np.array([c.pk for c in others], dtype=np.int64)
                stored = index.vectors_of(keys) if index is not None else {}
                if len(stored) < len(others):
                    stored = self.store.vectors_by_pk(conn, cat.generation, keys.tolist(), cat.dimension)
                for c in others:
                    c.dense = float(stored[c.pk] @ query_vector)
            ranking.fuse(pool, self.fusion, weight)
        # The model never learnt the catalog's abbreviations, and a name said without its head is repeated by
        # the accessories made for it: where the query's words name the type so, the model does not judge it;
        # nor where only the catalog's synonyms name it (the model reads the query as typed).
        if not (match.query.abbreviated or match.query.synonymous):
            ranking.confirm_types(pool, classified=match.query.classified, dense_weight=weight)
        return ranking.cut(ranking.order(pool), min_score, top_k), match.query
