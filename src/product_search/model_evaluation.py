"""Evaluating a model version in process: the quality gate's sets and SciFact's held-out dev split.

Each set's corpus is uploaded into a temporary store as a catalog of that version (the same code path
as the service: encoding, indexes, hybrid ranking), with an operator's synonym sets where given, every
judged query is searched in dense and hybrid mode (and again at the gate's ``min_score``), and the metrics
of :mod:`.observability.evaluation` are computed. Sets a union gate names (data/heldout/gate.json) are then
judged as one, against its ``minimum`` and its ``promotion`` rules: what a new version must reach to be
promoted (issue 28's 95 % on the held-out catalogs) may be above what the packaged version holds, which
``make quality-gate`` keeps from falling. The report goes beside the version in the repository
(``reports/<version>/evaluation.json``); ``make quality-gate`` remains the check of the running service over
HTTP.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .catalogs import Catalogs
from .config import SearchMode, Settings
from .encoding.models import LoadedModels
from .encoding.repository import ModelRepository
from .observability.evaluation import Dataset, Served, gate_failures, load_beir, report, split, union
from .search.ranking import dense_weight
from .storage.store import NewProduct
from .text.synonyms import Synonyms

MODES: tuple[SearchMode, ...] = ("dense", "hybrid")
Log = Callable[[str], None]


def _served(catalogs: Catalogs, data: Dataset, mode: SearchMode, min_score: float | None) -> dict[str, Served]:
    ids = [*data.queries, *data.unjudged]
    texts = [data.queries.get(q) or data.unjudged[q] for q in ids]
    out: dict[str, Served] = {}
    for start in range(0, len(ids), 64):
        outcome = catalogs.search("eval", texts[start : start + 64], 10, mode=mode, min_score=min_score)
        for qid, hits in zip(ids[start : start + 64], outcome.results, strict=True):
            out[qid] = Served([h.id for h in hits], [h.score for h in hits])
    return out


def _modes(gate: dict[str, Any] | None) -> list[SearchMode]:
    """Dense and hybrid (what a model changes), and every mode the gate has rules for."""
    named = set(MODES)
    if gate is not None:
        named |= set(gate.get("minimum", {}))
        for mode, rule in gate.get("at_least_as_good_as", {}).items():
            named |= {mode, rule["mode"]}
    return [m for m in ("dense", "lexical", "hybrid") if m in named]


def evaluate_set(
    settings: Settings,
    repository: ModelRepository,
    ref: str,
    data: Dataset,
    gate: dict[str, Any] | None,
    *,
    synonyms: Synonyms | None = None,
) -> dict[str, Any]:
    """One data set on one version (its catalog with ``synonyms``, where given): metrics per mode (with the
    gate's ``min_score`` cut) and the gate's failures (none: it holds)."""
    with tempfile.TemporaryDirectory(prefix="evaluate-") as tmp:
        models = LoadedModels(replace(settings, data_dir=Path(tmp), model=ref), repository)
        catalogs = Catalogs(Path(tmp), models)
        started = time.perf_counter()
        for start in range(0, len(data.corpus), 1000):
            batch = data.corpus[start : start + 1000]
            catalogs.writer.upsert("eval", [NewProduct(d["id"], d["description"], None) for d in batch])
        upload_s = time.perf_counter() - started
        if synonyms is not None:
            catalogs.edits.set_synonyms("eval", synonyms)
        results: dict[str, Any] = {}
        for mode in _modes(gate):
            min_score = (gate or {}).get("min_score", {}).get(mode)
            cut = _served(catalogs, data, mode, min_score) if min_score is not None else None
            results[mode] = report(data, _served(catalogs, data, mode, None), cut)
        catalogs.close()
    out: dict[str, Any] = {"queries": len(data.queries), "documents": len(data.corpus), "results": results}
    out["upload_seconds"] = round(upload_s, 1)
    if gate is not None:
        out["gate_failures"] = gate_failures(results, gate)
    return out


def evaluate_version(
    settings: Settings,
    repository: ModelRepository,
    ref: str,
    sets: Sequence[Path],
    scifact: Path | None,
    *,
    unions: Sequence[Path] = (),
    every_union: bool = False,
    synonyms: Synonyms | None = None,
    log: Log = lambda _line: None,
) -> dict[str, Any]:
    """Every set (a folder with ``gate.json``) and SciFact's dev split on version ``ref``; each union gate of
    ``unions`` whose sets were all evaluated (with ``every_union``, one whose sets were not is a failure).
    ``synonyms``: loaded into every set's catalog (an operator's file for the trade the sets are of), not into
    SciFact's."""
    manifest = repository.resolve(ref)
    evaluation: dict[str, Any] = {
        "model": manifest.ref,
        "backend": settings.backend,
        # What its hybrid rows were fused with.
        "hybrid_dense_weight": dense_weight(settings.hybrid_dense_weight, manifest.hybrid_dense_weight),
        "at": time.time(),
        "synonym_sets": None if synonyms is None else len(synonyms.sets),
        "sets": {},
        "unions": {},
    }
    for folder in sets:
        gate = json.loads((folder / "gate.json").read_text(encoding="utf-8"))
        log(f"{manifest.ref}: {folder} ...")
        evaluation["sets"][str(folder)] = evaluate_set(
            settings, repository, manifest.ref, load_beir(folder, gate.get("split", "test")), gate, synonyms=synonyms
        )
    evaluated = {Path(name).resolve(): result for name, result in evaluation["sets"].items()}
    for path in unions:
        evaluation["unions"][str(path)] = _judged_union(path, evaluated, every_union, log)
    if scifact is not None:
        log(f"{manifest.ref}: SciFact dev split ...")
        dev = split(load_beir(scifact, "train"), dev=True)
        evaluation["sets"]["scifact-dev"] = evaluate_set(settings, repository, manifest.ref, dev, None)
    return evaluation


def _judged_union(path: Path, evaluated: dict[Path, dict[str, Any]], required: bool, log: Log) -> dict[str, Any]:
    """The sets a union gate names (``evaluated`` by their resolved folders, named as QUALITY_SETS are) as one,
    against its ``minimum`` and its ``promotion`` rules. A union of sets not all evaluated is not judged: a
    failure where it was ``required``."""
    gate = json.loads(path.read_text(encoding="utf-8"))
    parts = {folder: evaluated.get(Path(folder).resolve()) for folder in gate["sets"]}
    judged = {folder: part for folder, part in parts.items() if part is not None}
    if missing := [folder for folder in parts if folder not in judged]:
        log(f"{path}: not judged, sets not evaluated: {', '.join(missing)}")
        unjudged = [f"not judged: sets not evaluated: {', '.join(missing)}"] if required else []
        return {"sets": gate["sets"], "skipped": missing, "gate_failures": unjudged}
    modes = gate.get("modes", list(MODES))
    broken = [f"{folder} has no {m} results" for folder, p in judged.items() for m in modes if m not in p["results"]]
    pooled = union(
        [(p["queries"], {m: p["results"][m]["all"] for m in modes if m in p["results"]}) for p in judged.values()]
    )
    broken += gate_failures(pooled, gate)
    broken += [f"{rule} (to be promoted)" for rule in gate_failures(pooled, {"minimum": gate.get("promotion", {})})]
    queries = sum(p["queries"] for p in judged.values())
    return {"sets": gate["sets"], "queries": queries, "results": pooled, "gate_failures": broken}


def summary_rows(evaluation: dict[str, Any]) -> list[tuple[str, str, float, float, int]]:
    """(set, mode, nDCG@10, hit@1, gate failures) per set and mode, then per union gate, for a table."""
    rows = []
    for name, result in evaluation["sets"].items():
        for mode, sections in result["results"].items():
            metrics = sections["all"]
            rows.append((name, mode, metrics["ndcg@10"], metrics["hit@1"], len(result.get("gate_failures", []))))
    for name, result in evaluation.get("unions", {}).items():
        for mode, sections in result.get("results", {}).items():
            metrics = sections["union"]
            rows.append((f"union {name}", mode, metrics["ndcg@10"], metrics["hit@1"], len(result["gate_failures"])))
    return rows


def failures(evaluation: dict[str, Any]) -> list[str]:
    """Every gate rule the evaluation breaks, named by its set or union."""
    results = [*evaluation["sets"].items(), *evaluation.get("unions", {}).items()]
    return [f"{name}: {failure}" for name, result in results for failure in result.get("gate_failures", [])]
