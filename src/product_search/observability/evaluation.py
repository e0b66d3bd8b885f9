"""Retrieval evaluation: BEIR-layout data sets and the ranking metrics reported by ``make eval``.

A BEIR folder holds ``corpus.jsonl`` (``_id``, ``title``, ``text``), ``queries.jsonl`` (``_id``,
``text``) and ``qrels/<split>.tsv`` (``query-id``, ``corpus-id``, ``score`` with a header line).
Products are indexed as ``title + " " + text``, as BEIR's own evaluation does.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

K = 10


@dataclass(frozen=True)
class Dataset:
    corpus: list[dict[str, str]]  # {"id", "description"} in file order
    queries: dict[str, str]  # only the queries that have judgements in the split
    qrels: dict[str, dict[str, int]]  # query id -> {product id: graded relevance > 0}
    unjudged: dict[str, str]  # queries of the split with no relevant product ("no match" queries)
    categories: dict[str, str]  # query id -> the optional "category" of queries.jsonl


def load_beir(folder: Path, split: str) -> Dataset:
    """A BEIR folder's corpus and the queries judged in ``split`` (several: ``test,test2``)."""
    corpus = []
    with (folder / "corpus.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            corpus.append({"id": str(doc["_id"]), "description": f"{doc.get('title', '')} {doc['text']}".strip()})
    queries: dict[str, str] = {}
    categories: dict[str, str] = {}
    with (folder / "queries.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            q = json.loads(line)
            queries[str(q["_id"])] = q["text"]
            if "category" in q:
                categories[str(q["_id"])] = str(q["category"])
    qrels: dict[str, dict[str, int]] = {}
    listed: set[str] = set()
    for name in split.split(","):
        with (folder / "qrels" / f"{name}.tsv").open(encoding="utf-8") as fh:
            for line in fh.read().splitlines()[1:]:
                qid, did, score = line.split("\t")
                listed.add(qid)
                if int(score) > 0:
                    qrels.setdefault(qid, {})[did] = int(score)
    return Dataset(
        corpus=corpus,
        queries={q: t for q, t in queries.items() if q in qrels},
        qrels=qrels,
        unjudged={q: t for q, t in queries.items() if q in listed and q not in qrels},
        categories=categories,
    )


def held_out(query_id: str) -> bool:
    """One query in five, chosen by a hash of its id: the dev split that fine-tuning never sees and model
    evaluations report (``make finetune``, ``product-search models evaluate``)."""
    return int(hashlib.sha256(query_id.encode()).hexdigest()[:8], 16) % 5 == 0


def split(data: Dataset, *, dev: bool) -> Dataset:
    """The dev (held-out) or the training part of a data set's judged queries; the corpus is whole."""
    keep = {q for q in data.queries if held_out(q) == dev}
    return replace(
        data,
        queries={q: t for q, t in data.queries.items() if q in keep},
        qrels={q: r for q, r in data.qrels.items() if q in keep},
        unjudged={q: t for q, t in data.unjudged.items() if held_out(q) == dev},
    )


def judged_sample(data: Dataset, queries: int, others: int) -> tuple[list[str], list[dict[str, str]]]:
    """The first ``queries`` judged query ids (numeric order) and the documents to pair them with: every
    document judged for them, then ``others`` more from the corpus in file order."""
    qids = sorted(data.queries, key=lambda q: (len(q), q))[:queries]
    wanted = {doc for q in qids for doc in data.qrels[q]}
    judged = [d for d in data.corpus if d["id"] in wanted]
    return qids, judged + [d for d in data.corpus if d["id"] not in wanted][:others]


def rankings(
    matrix: npt.NDArray[np.float32], qids: Sequence[str], doc_ids: Sequence[str], k: int = K
) -> dict[str, list[str]]:
    """Each query's ``k`` best document ids from its row of a (queries, documents) score matrix (ties: earlier
    document first)."""
    return {q: [doc_ids[j] for j in np.argsort(-row, kind="stable")[:k]] for q, row in zip(qids, matrix, strict=True)}


def scores(ranked: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]], k: int = K) -> dict[str, float]:
    """Mean nDCG@k (graded gains, log2 discount), Recall@k, MRR@k and hit@1 over the judged queries.

    hit@1 is the share of queries whose first result is relevant at any grade: on a set graded "right
    type 1, right type and attributes 2" it is the share with the right product type first.
    """
    ndcg = recall = mrr = hit = 0.0
    for qid, relevant in qrels.items():
        got = list(ranked.get(qid, []))[:k]
        dcg = sum(relevant.get(d, 0) / math.log2(i + 2) for i, d in enumerate(got))
        ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(relevant.values(), reverse=True)[:k]))
        ndcg += dcg / ideal
        recall += len(set(got) & set(relevant)) / len(relevant)
        mrr += next((1 / (i + 1) for i, d in enumerate(got) if d in relevant), 0.0)
        hit += bool(got) and got[0] in relevant
    n = max(len(qrels), 1)
    return {"ndcg@10": ndcg / n, "recall@10": recall / n, "mrr@10": mrr / n, "hit@1": hit / n}


@dataclass(frozen=True)
class Served:
    """One query's results as the service returned them."""

    ids: list[str]
    scores: list[float]


def report(
    data: Dataset, served: Mapping[str, Served], cut: Mapping[str, Served] | None = None
) -> dict[str, dict[str, float]]:
    """Ranking metrics overall and per query category, plus what a ``min_score`` left.

    ``cut``: the same queries served with a ``min_score``, so that what the service keeps whatever its
    score (exact identifier hits) counts as kept. ``relevant_kept``: the share of judged queries whose
    first relevant result is still there; ``no_match``: the share of unjudged queries left with nothing.
    """
    ranked = {q: s.ids for q, s in served.items()}
    out = {"all": scores(ranked, data.qrels)}
    for category in sorted(set(data.categories.values())):
        qrels = {q: r for q, r in data.qrels.items() if data.categories.get(q) == category}
        if qrels:
            out[category] = scores(ranked, qrels)
    if cut is not None:
        kept = [next((i in cut[q].ids for i in served[q].ids if i in rel), False) for q, rel in data.qrels.items()]
        left = {"relevant_kept": sum(kept) / max(len(kept), 1)}
        if data.unjudged:
            left["no_match"] = sum(not cut[q].ids for q in data.unjudged) / len(data.unjudged)
        out["min_score"] = left
    return out


def union(parts: Sequence[tuple[int, Mapping[str, Mapping[str, float]]]]) -> dict[str, dict[str, dict[str, float]]]:
    """Several sets as one: each mode's metrics (``{mode: {metric: value}}`` of a set's ``all`` section, with the
    set's number of judged queries) pooled over their queries, as ``{mode: {"union": {metric: value}}}`` for
    :func:`gate_failures`. A set counts by its queries, as if its queries had been asked of one catalog; a mode
    over the sets that have it."""
    pooled: dict[str, dict[str, float]] = {}
    counted: dict[str, int] = {}
    for n, modes in parts:
        for mode, metrics in modes.items():
            counted[mode] = counted.get(mode, 0) + n
            for metric, value in metrics.items():
                pooled.setdefault(mode, {}).setdefault(metric, 0.0)
                pooled[mode][metric] += value * n
    return {
        mode: {"union": {k: v / max(counted[mode], 1) for k, v in metrics.items()}} for mode, metrics in pooled.items()
    }


def gate_failures(results: Mapping[str, Mapping[str, Mapping[str, float]]], gate: Mapping[str, Any]) -> list[str]:
    """Every rule of ``gate`` that ``results`` (``{mode: {section: {metric: value}}}``) break.

    ``minimum``: ``{mode: {section: {metric: minimum}}}``. ``at_least_as_good_as``: ``{mode: {"mode":
    other, "metrics": [...], "tolerance": t, "sections": [...]}}``: in every section (query category) of
    ``other``, or in the ``sections`` named, ``mode`` must score at least as well on each metric, less ``t``
    (default 0: a class of a few dozen queries moves by about 0.01 when one query's relevant product moves
    one rank).
    """
    failures = []
    for mode, sections in gate.get("minimum", {}).items():
        for section, metrics in sections.items():
            for metric, minimum in metrics.items():
                value = results.get(mode, {}).get(section, {}).get(metric)
                if value is None or value < minimum:
                    failures.append(f"{mode} {section} {metric}: {value} < {minimum}")
    for mode, rule in gate.get("at_least_as_good_as", {}).items():
        for section, values in results.get(rule["mode"], {}).items():
            if section == "min_score" or not isinstance(values, Mapping):
                continue  # the min_score cut is a trade-off, not a ranking; timings are not sections
            if "sections" in rule and section not in rule["sections"]:
                continue
            for metric in rule["metrics"]:
                mine = results.get(mode, {}).get(section, {}).get(metric)
                if mine is None or mine < values[metric] - rule.get("tolerance", 0.0) - 1e-9:
                    failures.append(f"{mode} {section} {metric}: {mine} < {rule['mode']} {values[metric]}")
    return failures
