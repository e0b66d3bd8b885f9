"""Retrieval quality through the HTTP API of a real running service (Gunicorn), on a BEIR-layout set.

    .venv/bin/python scripts/evaluate.py [--data ../shared/data/scifact] [--split train]
        [--backend onnx-int8] [--modes dense,lexical,hybrid] [--no-check-dense]
        [--synonyms data/synonyms/hardware-en.json]

For each backend: start Gunicorn on a fresh data dir, upload the corpus (``title + " " + text``)
through ``POST /v1/catalogs/eval/products``, search every judged query with ``top_k`` 10 in each
mode through ``/search``, and print nDCG@10, Recall@10 and MRR@10 per mode. Then, unless told not
to, check that dense mode equals in-process sentence-transformers exact search
(``model.encode`` + ``util.semantic_search``, same model file, same batches) to 1e-4.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

from product_search.observability.evaluation import Dataset, Served, gate_failures, load_beir, report
from product_search_harness.service import ServiceProcess

ROOT = Path(__file__).resolve().parents[1]
KEY = "eval-admin-key-local"
UPLOAD_BATCH = 1000
QUERY_BATCH = 64
TOLERANCE = 1e-4


def run_backend(
    backend: str,
    data: Dataset,
    modes: list[str],
    port: int,
    extra_env: dict[str, str],
    *,
    cuts: dict[str, float],
    synonyms: list[list[str]] | None = None,
) -> dict[str, Any]:
    """Start the service, upload the corpus (and load ``synonyms`` into its catalog, as an operator
    would), search every judged query in every mode (and again with the mode's ``min_score`` from
    ``cuts``, where it has one); stop it."""
    workdir = Path(tempfile.mkdtemp(prefix=f"eval-{backend}-"))
    env = {
        "PRODUCT_SEARCH_BACKEND": backend,
        "PRODUCT_SEARCH_ADMIN_KEYS": KEY,
        "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
        "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
        or str(ROOT / "var" / "repository"),
        "PRODUCT_SEARCH_LOG_LEVEL": "WARNING",
        # Quality does not depend on the worker layout: one worker using every core uploads fastest.
        "PRODUCT_SEARCH_TORCH_THREADS": str(os.cpu_count() or 1),
        **extra_env,
    }
    service = ServiceProcess(workdir / "data", workers=1, env=env, port=port, log=workdir / "service.log")
    url = service.url
    try:
        service.start()
        started = time.perf_counter()
        for i in range(0, len(data.corpus), UPLOAD_BATCH):
            resp = requests.post(
                f"{url}/v1/catalogs/eval/products",
                json={"products": data.corpus[i : i + UPLOAD_BATCH]},
                headers={"Authorization": f"Bearer {KEY}"},
                timeout=1800,
            )
            resp.raise_for_status()
        upload_s = time.perf_counter() - started
        if synonyms is not None:
            resp = requests.put(
                f"{url}/v1/catalogs/eval/synonyms",
                json={"sets": synonyms},
                headers={"Authorization": f"Bearer {KEY}"},
                timeout=60,
            )
            resp.raise_for_status()
        ids = [*data.queries, *data.unjudged]
        texts = {**data.queries, **data.unjudged}
        runs: dict[str, dict[str, list[dict[str, Any]]]] = {}
        cut_runs: dict[str, dict[str, list[dict[str, Any]]]] = {}
        seconds: dict[str, float] = {}

        def search(mode: str, extra: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
            out: dict[str, list[dict[str, Any]]] = {}
            for i in range(0, len(ids), QUERY_BATCH):
                chunk = ids[i : i + QUERY_BATCH]
                body = {"queries": [texts[q] for q in chunk], "top_k": 10, "mode": mode, **extra}
                resp = requests.post(f"{url}/v1/catalogs/eval/search", json=body, timeout=600)
                resp.raise_for_status()
                out.update(zip(chunk, resp.json()["results"], strict=True))
            return out

        for mode in modes:
            started = time.perf_counter()
            runs[mode] = search(mode, {})
            seconds[mode] = time.perf_counter() - started
            if mode in cuts:
                cut_runs[mode] = search(mode, {"min_score": cuts[mode]})
        info = requests.get(url + "/v1/info", timeout=10).json()
        return {
            "runs": runs,
            "cut_runs": cut_runs,
            "search_seconds": seconds,
            "upload_docs_per_s": len(data.corpus) / upload_s,
            "fingerprint": info["model"]["fingerprint"]["id"],
        }
    finally:
        service.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def check_dense(backend: str, data: Dataset, served: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Compare the service's dense results with sentence-transformers run in this process.

    The same model object the service loads (``Encoder.sentence_transformer()``, with the
    same ONNX file for the ONNX backends) encodes the corpus in the upload's batches and the queries
    in the search requests' batches, then ``util.semantic_search`` ranks exactly.
    """
    import numpy as np
    from sentence_transformers import util

    from product_search.config import Settings
    from product_search.encoding.encoder import Encoder

    settings = Settings.from_env(
        {
            "PRODUCT_SEARCH_BACKEND": backend,
            "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
            "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
            or str(ROOT / "var" / "repository"),
            "PRODUCT_SEARCH_DATA_DIR": tempfile.gettempdir(),
        }
    )
    model = Encoder(settings).sentence_transformer()

    def encode(texts: list[str], chunk: int) -> Any:
        # Per request, like the service: each distinct text once (int8 vectors depend on the batch).
        parts = []
        for i in range(0, len(texts), chunk):
            request = texts[i : i + chunk]
            distinct = list(dict.fromkeys(request))
            vectors = model.encode(distinct, batch_size=settings.encode_batch_size, normalize_embeddings=True)
            row = {text: n for n, text in enumerate(distinct)}
            parts.append(np.asarray([vectors[row[t]] for t in request], dtype=np.float32))
        return np.concatenate(parts)

    corpus = encode([d["description"] for d in data.corpus], UPLOAD_BATCH)
    ids = [*data.queries, *data.unjudged]
    texts = {**data.queries, **data.unjudged}
    queries = encode([texts[q] for q in ids], QUERY_BATCH)
    reference = util.semantic_search(queries, corpus, top_k=10)
    full = queries @ corpus.T
    row_of = {d["id"]: n for n, d in enumerate(data.corpus)}
    worst = 0.0
    same = 0
    for qi, (qid, ref) in enumerate(zip(ids, reference, strict=True)):
        got = served[qid]
        ref_scores = [r["score"] for r in ref]
        # Same scores position by position (nothing better was missed), and each served product's
        # score is its own exact score: ids may differ only where products tie (duplicate texts).
        diffs = [abs(g["score"] - r) for g, r in zip(got, ref_scores, strict=False)]
        diffs += [abs(g["score"] - float(full[qi, row_of[g["id"]]])) for g in got]
        worst = max(worst, *diffs)
        same += len(got) == len(ref) and max(diffs) <= TOLERANCE
    ok = worst <= TOLERANCE and same == len(ids)
    return {"queries": len(ids), "same_ranking": same, "max_abs_score_diff": worst, "ok": ok}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "scifact")
    parser.add_argument("--split", help="qrels file(s), comma-separated; default: the gate's split, else train")
    parser.add_argument("--backend", default="onnx-int8", help="comma-separated: torch, onnx, onnx-int8")
    parser.add_argument("--modes", default="dense,lexical,hybrid")
    parser.add_argument("--no-check-dense", action="store_true", help="skip the in-process sentence-transformers check")
    parser.add_argument(
        "--env", action="append", default=[], metavar="NAME=VALUE", help="extra service setting (repeatable)"
    )
    parser.add_argument("--gate", type=Path, help="fail unless every threshold of this gate file holds")
    parser.add_argument(
        "--synonyms", type=Path, help="a synonym file loaded into the catalog first (an operator's deliberate choice)"
    )
    parser.add_argument("--port", type=int, default=8798)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not (args.data / "corpus.jsonl").is_file():
        sys.exit(f"no BEIR data set in {args.data}")
    gate = json.loads(args.gate.read_text()) if args.gate else None
    args.split = args.split or (gate or {}).get("split", "train")
    data = load_beir(args.data, args.split)
    modes = args.modes.split(",")
    extra_env = dict(item.split("=", 1) for item in args.env)
    print(
        f"{args.data.name} ({args.split}): {len(data.corpus)} documents, {len(data.queries)} judged queries"
        + (f", {len(data.unjudged)} without a relevant document" if data.unjudged else "")
        + (f"; settings {extra_env}" if extra_env else "")
        + (f"; synonyms {args.synonyms}" if args.synonyms else "")
    )
    synonyms = json.loads(args.synonyms.read_text(encoding="utf-8"))["sets"] if args.synonyms else None
    print(f"{'backend':<10} {'mode':<8} {'nDCG@10':>8} {'Recall@10':>10} {'MRR@10':>8} {'hit@1':>6} {'ms/query':>9}")
    results: dict[str, Any] = {}
    failed = False
    for backend in args.backend.split(","):
        run = run_backend(
            backend,
            data,
            modes,
            args.port,
            extra_env,
            cuts=gate.get("min_score", {}) if gate else {},
            synonyms=synonyms,
        )
        entry: dict[str, Any] = {
            "fingerprint": run["fingerprint"],
            "upload_docs_per_s": run["upload_docs_per_s"],
            "modes": {},
        }
        n_queries = len(data.queries) + len(data.unjudged)

        def served(hits_of: dict[str, list[dict[str, Any]]]) -> dict[str, Served]:
            return {q: Served([h["id"] for h in hits], [h["score"] for h in hits]) for q, hits in hits_of.items()}

        for mode in modes:
            cut = run["cut_runs"].get(mode)
            result = report(data, served(run["runs"][mode]), None if cut is None else served(cut))
            ms = 1000 * run["search_seconds"][mode] / max(n_queries, 1)
            entry["modes"][mode] = {**result, "ms_per_query": ms}
            for section, values in result.items():
                if section == "min_score":
                    threshold = gate["min_score"][mode] if gate else None
                    print(
                        f"{'':<10} {'':<8} min_score {threshold}: relevant kept {values['relevant_kept']:.3f}"
                        + (f", no-match queries emptied {values['no_match']:.3f}" if "no_match" in values else "")
                    )
                    continue
                label = mode if section == "all" else f"  {section}"
                print(
                    f"{backend:<10} {label:<8} {values['ndcg@10']:>8.4f} {values['recall@10']:>10.4f}"
                    f" {values['mrr@10']:>8.4f} {values['hit@1']:>6.3f}" + (f" {ms:>9.2f}" if section == "all" else ""),
                    flush=True,
                )
        print(f"{backend:<10} upload {run['upload_docs_per_s']:.1f} docs/s, fingerprint {run['fingerprint']}")
        if "dense" in modes and not args.no_check_dense:
            check = check_dense(backend, data, run["runs"]["dense"])
            entry["dense_check"] = check
            failed |= not check["ok"]
            print(
                f"{backend:<10} dense vs in-process sentence-transformers: {check['same_ranking']}/{check['queries']}"
                f" queries ranked the same (ties in any order), max |score diff| {check['max_abs_score_diff']:.2e}"
                f" ({'OK' if check['ok'] else 'FAILED'}, tolerance {TOLERANCE:g})",
                flush=True,
            )
        if gate:
            failures = gate_failures(entry["modes"], gate)
            entry["gate_failures"] = failures
            failed |= bool(failures)
            print(f"{backend:<10} quality gate {args.gate}: " + ("PASSED" if not failures else "FAILED"))
            for failure in failures:
                print(f"{'':<10}   {failure}")
        results[backend] = entry
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
