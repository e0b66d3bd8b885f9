"""Ranking: exact top-k of unit vectors (as ``util.semantic_search``), fusion of search signals, and
the order that puts strong identifiers and the asked-for product type before the fused score.

Pure functions of arrays and :class:`Candidate` lists (no store, no index, no model): the search path
(:mod:`.searching`) gathers the arrays and calls them in this order: :func:`dense_candidates`,
:func:`add_lexical_candidates`, :func:`with_signals`, :func:`fuse`, :func:`confirm_types`,
:func:`order`, :func:`cut`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..index.facts import FactMatch
from ..index.lexical_index import LexicalMatch


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


RRF_K = 60  # the constant of Cormack et al. (2009)
# The convex fusion's weight of the model where neither the settings nor the model version state one: chosen
# beside version 1 on SciFact train and the product catalogs (docs/evaluation.md). A version fine-tuned since
# reads its own (docs/models.md): the words weigh less beside a model that learnt the trade's other words.
DENSE_WEIGHT = 0.6


def dense_weight(configured: float | None, version: float | None) -> float:
    """The fusion's weight of the model: the service's where an operator set one, else the one chosen for the
    catalog's model version when it was imported, else :data:`DENSE_WEIGHT`."""
    if configured is not None:
        return configured
    return version if version is not None else DENSE_WEIGHT


# A named product type counts only where the model agrees it is plausible: some product of the type
# is among the candidates within this cosine of the best one ("screw in lots of screws fast" names
# screws; the model prefers drivers, so no type is lifted). Chosen on the dev queries (docs/evaluation.md).
TYPE_MARGIN = 0.05


@dataclass
class Candidate:
    """One product considered for one query, with every signal's view of it."""

    pk: int
    dense: float | None = None  # cosine similarity; None where the query was not encoded
    lexical: float = 0.0  # BM25 over the best score possible for the query, in [0, 1]
    strong_own: float = 0.0  # the query's part numbers, GTINs, standards in its own words (1 exact, 0.5 family)
    strong_accessory: float = 0.0  # the same, named only in what it fits or comes with ("for DHP482")
    standard: float = 0.0  # the query's standards it follows (DIN 933)
    attributes: float = 0.0  # the query's sizes and other quantities it has (1 exact, 0.5 family)
    kind: bool = False  # of a product type the query names
    extension: bool = False  # of a type whose name extends a named one ("circular saw blade")
    fits: bool = False  # made for a named type, not of it ("Washer for M6 bolts" for "m6 bolt")
    comes_with: bool = False  # comes with a named type, not of it ("Hole saw arbor with pilot drill")
    fitted: bool = False  # what a named type is made for, not of it (a claw hammer for "hammer handle")
    target: bool = False  # what the query says the asked-for thing is for ("staples for tacwise staple gun")
    dense_rank: int | None = None  # rank among the dense retriever's candidates, if it found it
    lexical_rank: int | None = None  # rank among the lexical retriever's candidates, if it found it
    similarity: float = 0.0  # the mode's similarity: cosine (dense), BM25 share (lexical), their fusion (hybrid)
    score: float = 0.0  # the similarity this place in the order stands for (:func:`place_scores`)

    @property
    def certain(self) -> bool:
        """A match whatever its score (never cut by ``min_score``): an exact hit on one of the query's
        part numbers, barcodes or standards, or the named type in the asked-for size."""
        named = self.strong_own >= 1.0 or self.strong_accessory >= 1.0 or self.standard >= 1.0
        return named or ((self.kind or self.strong_own + self.strong_accessory > 0) and self.attributes >= 1.0)

    @property
    def matched(self) -> tuple[str, ...]:
        signals = []
        if self.dense_rank is not None:
            signals.append("dense")
        if self.lexical > 0:
            signals.append("lexical")
        if self.strong_own or self.strong_accessory or self.standard:
            signals.append("identifier")
        if self.attributes:
            signals.append("attribute")
        if self.kind:
            signals.append("type")
        if self.extension or self.fits:
            signals.append("accessory")
        return tuple(signals)


def fuse(candidates: list[Candidate], fusion: str, dense_weight: float) -> None:
    """Set each candidate's hybrid similarity.

    ``convex``: ``w * cosine + (1 - w) * lexical``, both absolute scores, so a threshold on the result
    means the same for every query. ``rrf``: reciprocal rank fusion, ``sum 1 / (60 + rank)``.
    """
    for c in candidates:
        if fusion == "rrf":
            c.similarity = sum(1.0 / (RRF_K + 1 + r) for r in (c.dense_rank, c.lexical_rank) if r is not None)
        else:
            c.similarity = dense_weight * (c.dense or 0.0) + (1.0 - dense_weight) * c.lexical


def confirm_types(
    candidates: list[Candidate], margin: float = TYPE_MARGIN, *, classified: bool = False, dense_weight: float = 1.0
) -> None:
    """Drop the type match of every candidate unless the model finds some product of the named type
    nearly as good as the best other candidate, leaving out the accessories whose names repeat the
    type's ("circular saw 165mm": the model's favourite is "Circular saw blade 165 mm"), that say they
    are made for it ("m6 bolt": "Washer for M6 bolts") or come with it ("pilot drill": "Hole saw arbor with
    pilot drill"), and the products the named type is made for ("hammer handle": "Claw hammer 16 oz, hickory
    handle", which the handles are "for").

    Without the model, in lexical mode, types are not used: BM25 alone lets titles' first words pass
    for types (SciFact train nDCG@10 0.691 -> 0.662).

    ``classified``: every named type is a class the catalog gives its products; the convex fusion of model and
    words (``dense_weight``, as :func:`fuse`, whatever the fusion ranks by) then stands in for the model, as the
    class name is among each product's words and the model never reads it ("DDF485Z 18V LXT brushless" is a
    cordless drill driver by its class alone). Not for types guessed from titles: there the words of
    accessories that name their tool outweigh it (development queries 848 -> 841 of 903; docs/evaluation.md).
    """

    def judged(c: Candidate) -> float | None:
        if c.dense is None:
            return None
        return dense_weight * c.dense + (1.0 - dense_weight) * c.lexical if classified else c.dense

    typed = [s for c in candidates if c.kind and (s := judged(c)) is not None]
    scores = [
        s
        for c in candidates
        if (s := judged(c)) is not None and not (c.extension or c.fits or c.comes_with or c.fitted or c.target)
    ]
    if not typed or (scores and max(typed) < max(scores) - margin):
        for c in candidates:
            c.kind = False


def _key(c: Candidate) -> tuple[float, ...]:
    named = c.strong_own + c.strong_accessory + c.standard
    scoped = c.kind or named > 0  # attributes order only products of the asked-for type or code
    return (
        -float(c.kind and named > 0),  # the named type holding the named code: "battery for DHP482"
        -c.strong_own,  # the code itself: "DHP482" finds the DHP482 before the battery made for it
        -c.standard,  # the named standard: "DIN 912 M8x35" finds socket cap screws before hex bolts
        -float(c.kind),  # the named type before accessories that only mention it: bolt before washer
        -c.strong_accessory,  # accessories made for the named code
        -(c.attributes if scoped else 0.0),  # the asked-for size among those
        -c.similarity,  # then the fusion of model and words
        c.pk,
    )


def order(candidates: list[Candidate]) -> list[Candidate]:
    """Best first (see ``_key``): strong identifiers, then product type, attributes within, then
    similarity (scores are set by :func:`cut`, on what is returned).

    Sizes and other attributes never lift a product of another type: "10 mm drill bit" ranks masonry
    drill bits 10 mm first, and the hex key set "1.5-10 mm" only by its score.
    """
    return sorted(candidates, key=_key)


def place_scores(ordered: list[Candidate]) -> list[Candidate]:
    """Set each candidate's ``score`` to the highest similarity at or below its place in ``ordered`` (the
    list returned: every score is justified by a product the client sees): the order's own score,
    non-increasing down the list (returned as given).

    A product the rules place above a more similar one (the named type above an accessory that repeats
    the query's words, an exact part number above look-alikes) stands for at least that similarity: the
    order says it is the better answer. So a client thresholding, merging pages or comparing lists by
    ``score`` agrees with the order, ``min_score`` cuts a prefix of it, and the product's own
    similarity stays visible beside it (``signals.similarity``). Where the order is by similarity alone
    (dense mode, a query naming no type or code) score and similarity are equal.
    """
    best = float("-inf")
    for c in reversed(ordered):
        best = max(best, c.similarity)
        c.score = best
    return ordered


def lexical_candidates(scores: npt.NDArray[np.float32], f: FactMatch, depth: int) -> npt.NDArray[np.int64]:
    """The ``depth`` best rows of a lexical match in :func:`order`'s order, by BM25 for the fused score.

    Rows of the named type or code come first (sorted on every key); the rest only by BM25, so a
    query naming neither costs one partial sort, as BM25 alone does.
    """
    named = f.strong_own + f.strong_accessory + f.standard
    lifted = f.kind | (named > 0)
    rows = np.flatnonzero(lifted)
    keys = (  # np.lexsort: the last key is the primary one
        rows,
        -scores[rows],
        -f.attributes[rows],
        -f.strong_accessory[rows],
        -f.kind[rows].astype(np.float32),
        -f.standard[rows],
        -f.strong_own[rows],
        -(f.kind[rows] & (named[rows] > 0)).astype(np.float32),
    )
    first = rows[np.lexsort(keys)][:depth]
    if len(first) == depth:
        return first
    rest = np.flatnonzero((scores > 0) & ~lifted)
    want = depth - len(first)
    if len(rest) > want:
        rest = rest[np.argpartition(-scores[rest], want - 1)[:want]]
    return np.concatenate([first, rest[np.lexsort((rest, -scores[rest]))]])


def dense_candidates(scores: npt.NDArray[np.float32], pks: npt.NDArray[np.int64]) -> dict[int, Candidate]:
    """Candidates from the vector index's answer for one query: ``scores`` and ``pks`` (depth,), best
    first, key -1 where the index had fewer products. Keyed by product key, with their dense rank."""
    out: dict[int, Candidate] = {}
    for rank, (score, pk) in enumerate(zip(scores.tolist(), pks.tolist(), strict=True)):
        if pk >= 0:
            out[int(pk)] = Candidate(int(pk), dense=float(score), dense_rank=rank)
    return out


def add_lexical_candidates(cands: dict[int, Candidate], pks: npt.NDArray[np.int64]) -> list[Candidate]:
    """Add the lexical retriever's candidates ``pks`` (m,), best first, with their lexical rank; return the pool."""
    for rank, pk in enumerate(pks.tolist()):
        cands.setdefault(int(pk), Candidate(int(pk))).lexical_rank = rank
    return list(cands.values())


def with_signals(cands: Sequence[Candidate], match: LexicalMatch, positions: Iterable[int]) -> None:
    """Copy each candidate's BM25 score and facts from ``match`` (arrays over rows), at its row ``positions``."""
    f = match.facts
    for c, n in zip(cands, positions, strict=True):
        c.lexical = float(match.scores[n])
        c.strong_own, c.strong_accessory = float(f.strong_own[n]), float(f.strong_accessory[n])
        c.standard = float(f.standard[n])
        c.attributes, c.kind, c.extension = float(f.attributes[n]), bool(f.kind[n]), bool(f.extension[n])
        c.fits, c.comes_with = bool(f.fits[n]), bool(f.comes_with[n])
        c.fitted, c.target = bool(f.fitted[n]), bool(f.target[n])


def cut(ordered: list[Candidate], min_score: float | None, top_k: int) -> list[Candidate]:
    """The first ``top_k`` of an ordered list with their scores (:func:`place_scores`), without those
    scoring below ``min_score`` unless :attr:`Candidate.certain` (the scores never rise, so the cut keeps
    a prefix, and the certain matches after it)."""
    picked = place_scores(ordered[:top_k])
    if min_score is not None:
        picked = [c for c in picked if c.score >= min_score or c.certain]
    return picked
