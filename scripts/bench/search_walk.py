"""The project's files one search passes through, and how often it enters each: issue 31's "walk" of a search.

    .venv/bin/python scripts/bench/search_walk.py [--mode dense|hybrid|lexical] [--query "m8 hex bolt stainless"]

Builds the app in process (the default model, a temporary data directory, reads open), loads the development
catalog data/development/counter through the catalog writer, warms the search up with the same request three
times, then traces one ``POST /v1/catalogs/<c>/search`` through Flask's test client with a profile hook on
every thread. A file of ``src/product_search`` is *entered* when a function of it is called from another file
(Flask's, the standard library's or another of the project's); calls within a file do not count. Prints each
file with its entries and calls, the number of files, and the total of entries: a straight line enters each file
once.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = str(ROOT / "src" / "product_search") + "/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", default="dense", choices=("dense", "hybrid", "lexical"))
    parser.add_argument("--query", default="m8 hex bolt stainless")
    args = parser.parse_args()
    logging.disable(logging.WARNING)

    from product_search.config import Settings
    from product_search.observability.evaluation import load_beir
    from product_search.serving.app import create_app
    from product_search.serving.state import service_of
    from product_search.storage.store import NewProduct

    with tempfile.TemporaryDirectory(prefix="search-walk-") as tmp:
        settings = Settings.from_env(
            {
                "PRODUCT_SEARCH_DATA_DIR": tmp,
                "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
                "PRODUCT_SEARCH_OPEN_READS": "true",
            }
        )
        app = create_app(settings)
        data = load_beir(ROOT / "data" / "development" / "counter", "dev")
        products = [NewProduct(d["id"], d["description"], None) for d in data.corpus]
        service_of(app).catalogs.writer.upsert("walk", products)
        client = app.test_client()
        body = {"queries": [args.query], "top_k": 10, "mode": args.mode}
        for _ in range(3):
            warm = client.post("/v1/catalogs/walk/search", json=body)
            if warm.status_code != 200:
                sys.exit(f"the search failed: {warm.status_code} {warm.get_data(as_text=True)}")

        entries: Counter[str] = Counter()
        calls: Counter[str] = Counter()

        def profile(frame: FrameType, event: str, _arg: Any) -> None:
            if event != "call" or not frame.f_code.co_filename.startswith(PACKAGE):
                return
            name = frame.f_code.co_filename[len(PACKAGE) :]
            calls[name] += 1
            caller = frame.f_back
            if caller is None or caller.f_code.co_filename != frame.f_code.co_filename:
                entries[name] += 1

        threading.setprofile(profile)
        sys.setprofile(profile)
        try:
            response = client.post("/v1/catalogs/walk/search", json=body)
        finally:
            sys.setprofile(None)
            threading.setprofile(None)  # type: ignore[arg-type]
        if response.status_code != 200:
            sys.exit(f"the traced search failed: {response.status_code}")

    for name, n in sorted(entries.items(), key=lambda item: (-item[1], item[0])):
        print(f"{n:4d} entries {calls[name]:6d} calls  {name}")
    print(f"{args.mode} search of {args.query!r}: {len(entries)} files, {sum(entries.values())} entries")


if __name__ == "__main__":
    main()
