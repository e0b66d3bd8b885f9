"""Calibrate the drift alert: drift of on-topic and off-topic query sets against a catalog.

    .venv/bin/python scripts/drift_baseline.py data/sample_products.csv

Prints ``1 - cos(query centroid, catalog centroid)`` for each query set, over all its queries and
over random windows of 50 (what one worker reports between two flushes under light traffic).
Query sets: the canary golden set (on topic), WANDS furniture queries and SciFact claims
(off topic) from ../shared/data when present.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.observability.drift import cosine_distance

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def query_sets() -> dict[str, list[str]]:
    sets = {"canary (on topic)": [json.loads(line)["query"] for line in (ROOT / "data" / "canary.jsonl").open()]}
    wands = SHARED / "wands" / "queries.tsv"
    if wands.exists():
        rows = wands.read_text(encoding="utf-8").splitlines()[1:]
        sets["wands (furniture)"] = [row.split("\t")[1] for row in rows]
    scifact = SHARED / "scifact" / "queries.jsonl"
    if scifact.exists():
        sets["scifact (science)"] = [json.loads(line)["text"] for line in scifact.open()][:500]
    return sets


def main(catalog_csv: Path) -> None:
    encoder = Encoder(Settings.from_env())
    with catalog_csv.open(encoding="utf-8") as fh:
        reference = encoder.encode([row["description"] for row in csv.DictReader(fh)], "document").mean(axis=0)
    rng = np.random.default_rng(0)
    print(f"{'query set':<22} {'queries':>7} {'drift':>6} {'windows of 50 (min..max)':>26}")
    for name, queries in query_sets().items():
        vectors = encoder.encode(queries, "query")
        windows = [cosine_distance(vectors[rng.choice(len(vectors), 50)].mean(axis=0), reference) for _ in range(50)]
        drift = cosine_distance(vectors.mean(axis=0), reference)
        print(f"{name:<22} {len(queries):>7} {drift:>6.3f} {min(windows):>17.3f}..{max(windows):.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "sample_products.csv")
