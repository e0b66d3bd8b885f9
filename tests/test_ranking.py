"""search/ranking.py: the pure functions of the order, on hand-made candidates and arrays (no model, no store)."""

from __future__ import annotations

import numpy as np
import pytest

from product_search.index.facts import FactMatch
from product_search.search import ranking
from product_search.search.ranking import Candidate


def facts(n: int, **columns: list[float] | list[bool]) -> FactMatch:
    """A FactMatch over ``n`` rows, zero except the given columns."""
    zeros = np.zeros(n, dtype=np.float32)
    no = np.zeros(n, dtype=bool)
    return FactMatch(
        strong_own=np.array(columns.get("strong_own", zeros), dtype=np.float32),
        strong_accessory=np.array(columns.get("strong_accessory", zeros), dtype=np.float32),
        standard=np.array(columns.get("standard", zeros), dtype=np.float32),
        attributes=np.array(columns.get("attributes", zeros), dtype=np.float32),
        kind=np.array(columns.get("kind", no), dtype=bool),
        extension=np.array(columns.get("extension", no), dtype=bool),
        fits=np.array(columns.get("fits", no), dtype=bool),
        comes_with=np.array(columns.get("comes_with", no), dtype=bool),
        fitted=np.array(columns.get("fitted", no), dtype=bool),
        target=np.array(columns.get("target", no), dtype=bool),
    )


def test_exact_top_k_ranks_by_inner_product_ties_by_position() -> None:
    corpus = np.array([[1, 0], [0.6, 0.8], [1, 0], [0, 1]], dtype=np.float32)
    queries = np.array([[1, 0], [0, 1]], dtype=np.float32)
    ranked = ranking.exact_top_k(queries, corpus, 3)
    assert [[r.corpus_id for r in row] for row in ranked] == [[0, 2, 1], [3, 1, 0]]
    assert ranked[0][2].score == pytest.approx(0.6)
    assert ranking.exact_top_k(queries, corpus[:0], 3) == [[], []]
    assert len(ranking.exact_top_k(queries, corpus, 10)[0]) == 4


def test_dense_candidates_skip_empty_slots_and_keep_ranks() -> None:
    cands = ranking.dense_candidates(np.array([0.9, 0.5, -1.0], dtype=np.float32), np.array([7, 3, -1], dtype=np.int64))
    assert list(cands) == [7, 3]
    assert (cands[7].dense_rank, cands[3].dense_rank) == (0, 1)
    assert cands[3].dense == pytest.approx(0.5)


def test_lexical_candidates_join_the_pool_with_their_rank() -> None:
    pool = ranking.add_lexical_candidates(
        ranking.dense_candidates(np.array([0.9], dtype=np.float32), np.array([7], dtype=np.int64)),
        np.array([4, 7], dtype=np.int64),
    )
    by_pk = {c.pk: c for c in pool}
    assert sorted(by_pk) == [4, 7]
    assert (by_pk[7].dense_rank, by_pk[7].lexical_rank) == (0, 1)
    assert (by_pk[4].dense, by_pk[4].lexical_rank) == (None, 0)


def test_convex_fusion_is_an_absolute_weighted_sum() -> None:
    a, b = Candidate(1, dense=0.8, lexical=0.5), Candidate(2, dense=None, lexical=1.0)
    ranking.fuse([a, b], "convex", 0.6)
    assert a.similarity == pytest.approx(0.6 * 0.8 + 0.4 * 0.5)
    assert b.similarity == pytest.approx(0.4)


def test_rrf_counts_only_the_retrievers_that_found_it() -> None:
    both = Candidate(1, dense_rank=0, lexical_rank=2)
    one = Candidate(2, dense_rank=None, lexical_rank=0)
    ranking.fuse([both, one], "rrf", 0.6)
    assert both.similarity == pytest.approx(1 / 61 + 1 / 63)
    assert one.similarity == pytest.approx(1 / 61)


def test_order_codes_then_standard_then_type_then_accessories_then_size_then_score() -> None:
    cands = {
        "plain, best score": Candidate(1, similarity=0.99),
        "size only, no type": Candidate(2, attributes=1.0, similarity=0.5),
        "type in size": Candidate(3, kind=True, attributes=1.0, similarity=0.2),
        "type": Candidate(4, kind=True, similarity=0.3),
        "accessory for the code": Candidate(5, strong_accessory=1.0, similarity=0.4),
        "standard": Candidate(6, standard=1.0, similarity=0.1),
        "the code": Candidate(7, strong_own=1.0, similarity=0.1),
        "type holding the code": Candidate(8, kind=True, strong_own=0.5, similarity=0.0),
    }
    got = [name for c in ranking.order(list(cands.values())) for name, d in cands.items() if d is c]
    assert got == [
        "type holding the code",
        "the code",
        "standard",
        "type in size",
        "type",
        "accessory for the code",
        "plain, best score",  # a size never lifts a product of another type ...
        "size only, no type",  # ... so the score decides among the rest
    ]


def test_order_breaks_ties_by_key() -> None:
    assert [c.pk for c in ranking.order([Candidate(9, similarity=0.5), Candidate(2, similarity=0.5)])] == [2, 9]


def test_a_named_type_counts_only_where_the_model_agrees() -> None:
    agreed = [Candidate(1, dense=0.70, kind=True), Candidate(2, dense=0.73)]
    ranking.confirm_types(agreed)
    assert agreed[0].kind, "within the margin of the best other candidate"
    refused = [Candidate(1, dense=0.60, kind=True), Candidate(2, dense=0.73)]
    ranking.confirm_types(refused)
    assert not refused[0].kind
    # Accessories whose names extend the type ("circular saw blade") do not count as "the best other".
    accessory = [Candidate(1, dense=0.60, kind=True), Candidate(2, dense=0.80, extension=True)]
    ranking.confirm_types(accessory)
    assert accessory[0].kind
    no_model = [Candidate(1, dense=None, kind=True)]
    ranking.confirm_types(no_model)
    assert not no_model[0].kind, "lexical mode: types are not used without the model"


def test_a_named_class_is_judged_by_the_fused_similarity_that_read_its_name() -> None:
    """A class the catalog gives its products is among their words, never the model's text: its products are
    judged by the fused similarity ("DDF485Z 18V LXT brushless" is a cordless drill driver by its class alone;
    the model prefers the battery for one). A type guessed from titles is still judged by the model."""

    def pool() -> list[Candidate]:
        return [Candidate(1, dense=0.44, lexical=0.69, kind=True), Candidate(2, dense=0.58, lexical=0.50)]

    guessed = pool()
    ranking.confirm_types(guessed, dense_weight=0.6)
    assert not guessed[0].kind, "the model alone: 0.14 below the best other"
    classified = pool()
    ranking.confirm_types(classified, classified=True, dense_weight=0.6)
    assert classified[0].kind, "the fusion, 0.540 against 0.548: within the margin"
    alone = pool()
    ranking.confirm_types(alone, classified=True, dense_weight=1.0)
    assert not alone[0].kind, "the convex fusion of the given weight, not the ranking's similarity"
    refused = [Candidate(1, dense=0.50, lexical=0.30, kind=True), Candidate(2, dense=0.60, lexical=0.60)]
    ranking.confirm_types(refused, classified=True, dense_weight=0.6)
    assert not refused[0].kind, "the fusion refuses too"


def test_cut_keeps_certain_matches_below_min_score() -> None:
    picked = [
        Candidate(1, similarity=0.9),
        Candidate(2, similarity=0.3, strong_own=1.0),  # exact code: certain
        Candidate(3, similarity=0.1, kind=True, attributes=1.0),  # named type in the size: certain
        Candidate(4, similarity=0.2, kind=True),  # named type alone: not certain
        Candidate(5, similarity=0.1),
    ]
    assert [c.score for c in ranking.cut(picked, None, 10)] == [0.9, 0.3, 0.2, 0.2, 0.1]
    assert [c.score for c in ranking.cut(picked, None, 2)] == [0.9, 0.3], "scored by what is returned"
    assert [c.pk for c in ranking.cut(picked, 0.25, 10)] == [1, 2, 3]
    assert [c.pk for c in ranking.cut(picked, 0.15, 10)] == [1, 2, 3, 4], "a prefix of the order"
    assert [c.pk for c in ranking.cut(picked, None, 2)] == [1, 2]


def test_matched_names_every_signal() -> None:
    c = Candidate(1, dense=0.5, dense_rank=0, lexical=0.2, strong_accessory=0.5, attributes=1.0, kind=True)
    assert c.matched == ("dense", "lexical", "identifier", "attribute", "type")
    assert Candidate(2, dense=0.5).matched == ()


def test_lexical_candidates_put_named_rows_first_then_bm25() -> None:
    scores = np.array([0.9, 0.1, 0.5, 0.0, 0.7, 0.3], dtype=np.float32)
    f = facts(6, strong_own=[0, 1, 0, 0, 0, 0], kind=[False, False, True, True, False, False])
    rows = ranking.lexical_candidates(scores, f, 4)
    # The code (row 1), then the named type by BM25 (2, 3), then the rest by BM25 (0 before 4).
    assert rows.tolist() == [1, 2, 3, 0]
    assert ranking.lexical_candidates(scores, facts(6), 10).tolist() == [0, 4, 2, 5, 1], "zero scores stay out"


def test_with_signals_copies_each_rows_facts() -> None:
    from product_search.index.lexical_index import LexicalMatch
    from product_search.index.query_facts import QueryFacts

    f = facts(3, standard=[0, 0, 1], attributes=[0.5, 0, 0], extension=[False, True, False])
    query = QueryFacts([], [], [], [], [])
    match = LexicalMatch(np.array([0.1, 0.2, 0.3], dtype=np.float32), f, query)
    a, b = Candidate(10), Candidate(11)
    ranking.with_signals([a, b], match, [2, 0])
    assert (a.lexical, a.standard, b.lexical, b.attributes) == pytest.approx((0.3, 1.0, 0.1, 0.5))
    assert not a.extension and not b.extension


def test_the_fusion_weight_is_the_services_then_the_versions_then_the_default() -> None:
    assert ranking.dense_weight(None, None) == ranking.DENSE_WEIGHT
    assert ranking.dense_weight(None, 0.8) == 0.8
    assert ranking.dense_weight(0.3, 0.8) == 0.3
    assert ranking.dense_weight(0.0, 0.8) == 0.0, "a weight of 0 set by the operator is a weight, not unset"
    assert ranking.dense_weight(None, 0.0) == 0.0
