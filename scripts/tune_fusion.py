"""Choose the hybrid fusion on a BEIR-layout training split, in process (the domain core, no HTTP).

    .venv/bin/python scripts/tune_fusion.py [--data ../shared/data/scifact] [--split train]

Loads the corpus into a throwaway catalog once, encodes the queries once, then ranks every query
with reciprocal rank fusion and with convex fusion at each dense weight, and prints nDCG@10,
Recall@10 and MRR@10 for each. Tune on train, confirm with ``make eval`` (HTTP) before changing
``PRODUCT_SEARCH_FUSION`` / ``PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT`` defaults.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from product_search.catalogs import Catalogs
from product_search.config import SearchMode, Settings
from product_search.encoding.models import LoadedModels
from product_search.observability.evaluation import load_beir, scores
from product_search.storage.store import NewProduct

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "scifact")
    parser.add_argument("--split", default="train")
    parser.add_argument("--weights", default="0.3,0.4,0.5,0.6,0.7,0.8")
    args = parser.parse_args()
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
        products = [NewProduct(d["id"], d["description"], None) for d in data.corpus]
        for i in range(0, len(products), 1000):
            catalogs.writer.upsert("tune", products[i : i + 1000])
        ids = list(data.queries)
        texts = [data.queries[q] for q in ids]
        vectors = catalogs.encoder.encode(texts, "query")

        def run(mode: SearchMode) -> dict[str, float]:
            out = catalogs.search("tune", texts, 10, query_vectors=vectors, mode=mode)
            return scores({q: [h.id for h in hits] for q, hits in zip(ids, out.results, strict=True)}, data.qrels)

        print(f"{args.data.name} ({args.split}): {len(products)} documents, {len(ids)} queries, {settings.backend}")
        print(f"{'ranking':<22} {'nDCG@10':>8} {'Recall@10':>10} {'MRR@10':>8}")
        rows: list[tuple[str, dict[str, float]]] = [("dense", run("dense")), ("lexical", run("lexical"))]
        catalogs.searcher.fusion = "rrf"
        rows.append(("hybrid rrf", run("hybrid")))
        catalogs.searcher.fusion = "convex"
        for weight in (float(w) for w in args.weights.split(",")):
            catalogs.searcher.dense_weight = weight  # the ranking settings, changed between runs
            rows.append((f"hybrid convex w={weight:g}", run("hybrid")))
        for name, result in rows:
            print(f"{name:<22} {result['ndcg@10']:>8.4f} {result['recall@10']:>10.4f} {result['mrr@10']:>8.4f}")


if __name__ == "__main__":
    main()
