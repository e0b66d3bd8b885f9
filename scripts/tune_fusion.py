"""Choose the hybrid fusion on BEIR-layout training splits, in process (the domain core, no HTTP).

    .venv/bin/python scripts/tune_fusion.py [--data ../shared/data/scifact] [--split train]
    .venv/bin/python scripts/tune_fusion.py --model DIR --catalogs data/training/erp:dev ... --choose FILE

The first form loads the corpus into a throwaway catalog once, encodes the queries once, then ranks every
query with reciprocal rank fusion and with convex fusion at each dense weight, and prints nDCG@10,
Recall@10 and MRR@10 for each. Tune on train, confirm with ``make eval`` (HTTP) before changing
``PRODUCT_SEARCH_FUSION`` / ``PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT`` defaults.

The second form chooses a new model version's own weight before it is imported (``make finetune-products``):
the model directory is served from a throwaway repository, each catalog's dev split is searched in hybrid
mode at every weight, and the weight that puts a right product first for the most queries, pooled over the
catalogs (the held-out gate's measure), is written to FILE for ``models import --dense-weight``. Ties go to
the weight nearest :data:`product_search.search.ranking.DENSE_WEIGHT`. Never give it a held-out catalog.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from product_search.catalogs import Catalogs
from product_search.config import SearchMode, Settings
from product_search.encoding.models import LoadedModels
from product_search.observability.evaluation import Dataset, load_beir, scores
from product_search.search.ranking import DENSE_WEIGHT
from product_search.storage.store import NewProduct

ROOT = Path(__file__).resolve().parents[1]


def _load(catalogs: Catalogs, name: str, data: Dataset) -> None:
    products = [NewProduct(d["id"], d["description"], None) for d in data.corpus]
    for i in range(0, len(products), 1000):
        catalogs.writer.upsert(name, products[i : i + 1000])


def _ranked(catalogs: Catalogs, name: str, data: Dataset, mode: SearchMode, queries: list[str]) -> dict[str, list[str]]:
    texts = [data.queries[q] for q in queries]
    out = catalogs.search(name, texts, 10, mode=mode)
    return {q: [h.id for h in hits] for q, hits in zip(queries, out.results, strict=True)}


def sweep(args: argparse.Namespace, weights: list[float]) -> None:
    """nDCG@10, Recall@10 and MRR@10 of each fusion on one split (the first form)."""
    data = load_beir(args.data, args.split)
    with tempfile.TemporaryDirectory(prefix="tune-") as tmp:
        settings = Settings.from_env(
            {
                "PRODUCT_SEARCH_DATA_DIR": tmp,
                "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
                "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
                or str(ROOT / "var" / "repository"),
            }
        )
        catalogs = Catalogs.from_settings(settings, LoadedModels(settings))
        _load(catalogs, "tune", data)
        ids = list(data.queries)
        texts = [data.queries[q] for q in ids]
        vectors = catalogs.encoder.encode(texts, "query")

        def run(mode: SearchMode) -> dict[str, float]:
            out = catalogs.search("tune", texts, 10, query_vectors=vectors, mode=mode)
            return scores({q: [h.id for h in hits] for q, hits in zip(ids, out.results, strict=True)}, data.qrels)

        print(f"{args.data.name} ({args.split}): {len(data.corpus)} documents, {len(ids)} queries, {settings.backend}")
        print(f"{'ranking':<22} {'nDCG@10':>8} {'Recall@10':>10} {'MRR@10':>8}")
        rows: list[tuple[str, dict[str, float]]] = [("dense", run("dense")), ("lexical", run("lexical"))]
        catalogs.searcher.fusion = "rrf"
        rows.append(("hybrid rrf", run("hybrid")))
        catalogs.searcher.fusion = "convex"
        for weight in weights:
            catalogs.searcher.dense_weight = weight  # the ranking settings, changed between runs
            rows.append((f"hybrid convex w={weight:g}", run("hybrid")))
        for name, result in rows:
            print(f"{name:<22} {result['ndcg@10']:>8.4f} {result['recall@10']:>10.4f} {result['mrr@10']:>8.4f}")


def choose(model: Path, folders: list[str], weights: list[float]) -> tuple[float, dict[float, int], int, int]:
    """The weight that puts a right product first for the most of the catalogs' queries (the second form).

    Returns the weight, the queries answered right at each weight, dense mode's count and the queries."""
    judges = {"heldout", "classified", "classified-erp", "quality", "buyers", "identifiers"}  # the gate's sets
    if any(judges & set(Path(f.partition(":")[0]).parts) for f in folders):
        raise SystemExit("a held-out or gate catalog judges a version; it never chooses its settings")
    firsts: dict[float, int] = dict.fromkeys(weights, 0)
    dense = total = 0
    with tempfile.TemporaryDirectory(prefix="tune-") as tmp:
        settings = Settings.from_env(
            {
                "PRODUCT_SEARCH_DATA_DIR": str(Path(tmp) / "data"),
                "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
                "PRODUCT_SEARCH_MODEL_REPOSITORY": str(Path(tmp) / "repository"),
                "PRODUCT_SEARCH_MODEL_PATH": str(model),  # version 1 of the throwaway repository
                "PRODUCT_SEARCH_BACKEND": "onnx",
            }
        )
        catalogs = Catalogs.from_settings(settings, LoadedModels(settings))
        for n, folder in enumerate(folders):
            path, _, split = folder.partition(":")
            data = load_beir(Path(path), split or "dev")
            name = f"tune{n}"
            _load(catalogs, name, data)
            queries = sorted(data.qrels)
            total += len(queries)

            def right(ranked: dict[str, list[str]], grades: dict[str, dict[str, int]] = data.qrels) -> int:
                return sum(1 for q, ids in ranked.items() if ids and grades[q].get(ids[0], 0) > 0)

            dense += right(_ranked(catalogs, name, data, "dense", queries))
            for weight in weights:
                catalogs.searcher.dense_weight = weight
                firsts[weight] += right(_ranked(catalogs, name, data, "hybrid", queries))
            catalogs.searcher.dense_weight = None
    return pick(firsts), firsts, dense, total


def pick(firsts: dict[float, int]) -> float:
    """The weight with the most queries answered right first; of equals, the one nearest the default (then the
    lower): a tie is no evidence to move from what was measured before."""
    best = max(firsts.values())
    return min((w for w, n in firsts.items() if n == best), key=lambda w: (abs(w - DENSE_WEIGHT), w))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "scifact")
    parser.add_argument("--split", default="train")
    parser.add_argument("--weights", default=None, help="default: 0.3-0.8 (sweep), 0.4-0.9 (--choose)")
    parser.add_argument("--model", type=Path, help="a model directory not yet imported (with --choose)")
    parser.add_argument("--catalogs", nargs="+", default=[], metavar="DIR[:SPLIT]", help="split default dev")
    parser.add_argument("--choose", type=Path, metavar="FILE", help="write the chosen weight to FILE")
    args = parser.parse_args()
    if args.choose is None:
        sweep(args, [float(w) for w in (args.weights or "0.3,0.4,0.5,0.6,0.7,0.8").split(",")])
        return
    if args.model is None or not args.catalogs:
        parser.error("--choose needs --model and --catalogs")
    weights = [float(w) for w in (args.weights or "0.4,0.5,0.6,0.7,0.8,0.9").split(",")]
    chosen, firsts, dense, total = choose(args.model, args.catalogs, weights)
    for weight, n in firsts.items():
        print(f"hybrid w={weight:g}: {n} of {total} queries with a right product first", file=sys.stderr)
    print(f"dense: {dense} of {total}; chosen w={chosen:g}", file=sys.stderr)
    args.choose.write_text(f"{chosen:g}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
