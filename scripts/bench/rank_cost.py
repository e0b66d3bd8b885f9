"""What a ranking change costs: per-query search time in process, this tree against a base commit.

    .venv/bin/python scripts/bench/rank_cost.py [--size 20000] [--base HEAD~1] [--rounds 3]

Builds one realistic catalog (``product_search_harness.synthetic`` with part numbers: many products share
brand, kind, size and material words) with this tree, copies its store for a ``git worktree`` of
``--base``, and times ``Catalogs.search`` for every query (WANDS e-commerce queries and the buyer-style
queries of data/buyers), one query per call, with the query vectors encoded beforehand: what is timed
is retrieval and ranking, not the model. The two trees run alternately in separate processes
(A B A B ...) and the medians of their rounds are compared. Derived index files are built by each
tree for itself before timing, and the time to build the lexical index from the stored texts is
reported too (each tree's own analysis).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench" / "rank-cost"
WANDS = ROOT.parent / "shared" / "data" / "wands" / "queries.tsv"


def queries() -> list[str]:
    out = []
    if WANDS.exists():
        out += [line.split("\t")[1] for line in WANDS.read_text(encoding="utf-8").splitlines()[1:]]
    with (ROOT / "data" / "buyers" / "queries.jsonl").open(encoding="utf-8") as fh:
        out += [json.loads(line)["text"] for line in fh]
    return out


def _module(*names: str) -> Any:
    """The first of ``names`` that imports: a base commit may predate the layered packages."""
    for name in names[:-1]:
        try:
            return importlib.import_module(name)
        except ImportError:
            pass
    return importlib.import_module(names[-1])


def measure(data_dir: Path, modes: list[str]) -> dict[str, float]:
    """In this process (whatever ``product_search`` is importable): median ms per query and mode."""
    from product_search.config import Settings

    encoder = _module("product_search.encoding.encoder", "product_search.encoder")
    service = _module("product_search.catalogs", "product_search.search.catalogs")
    settings = Settings.from_env(
        {
            "PRODUCT_SEARCH_DATA_DIR": str(data_dir),
            "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
            "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
            or str(ROOT / "var" / "repository"),
        }
    )
    try:  # model versions (a base commit may predate them: it took the encoder itself)
        models: Any = importlib.import_module("product_search.encoding.models").LoadedModels(settings)
    except ImportError:
        models = encoder.Encoder(settings)
    catalogs = service.Catalogs.from_settings(settings, models)
    texts = queries()
    vectors = catalogs.encoder.encode(texts, "query")
    out = {}
    with catalogs.store.read() as conn:  # the derived lexical index (and facts) from the stored texts
        cat = catalogs.store.get_catalog(conn, "c")
        started = time.perf_counter()
        if hasattr(catalogs, "indexes"):
            catalogs.indexes.build(
                _module("product_search.index.derived", "product_search.search.derived").LEXICAL, conn, cat
            )
        else:  # before the derived-index split
            catalogs._build_lexical(conn, cat)
        out["lexical build s"] = time.perf_counter() - started
    for mode in modes:
        catalogs.search("c", texts[:2], 10, query_vectors=vectors[:2], mode=mode)  # load the indexes
        times = []
        for i, text in enumerate(texts):
            started = time.perf_counter()
            catalogs.search("c", [text], 10, query_vectors=vectors[i : i + 1], mode=mode)
            times.append((time.perf_counter() - started) * 1000)
        out[mode] = statistics.median(times)
    return out


def build(size: int) -> Path:
    data = WORK / f"store-{size}"
    if not (data / "catalogs.sqlite3").exists():
        from product_search.catalogs import Catalogs
        from product_search.config import Settings
        from product_search.encoding.models import LoadedModels
        from product_search.storage.store import NewProduct
        from product_search_harness.synthetic import generate

        settings = Settings.from_env(
            {
                "PRODUCT_SEARCH_DATA_DIR": str(data),
                "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models"),
                "PRODUCT_SEARCH_MODEL_REPOSITORY": os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY")
                or str(ROOT / "var" / "repository"),
            }
        )
        catalogs = Catalogs.from_settings(settings, LoadedModels(settings))
        products = [NewProduct(p.id, p.description, None) for p in generate(size, seed=5, part_numbers=True)]
        for start in range(0, len(products), 2000):
            catalogs.writer.upsert("c", products[start : start + 2000])
            print(f"built {min(start + 2000, size)}/{size}", file=sys.stderr, flush=True)
    return data


def _git(*args: str) -> None:
    # git from PATH, fixed subcommands on this repository: the base tree to compare with.
    subprocess.run(["git", *args], cwd=ROOT, check=True)  # nosec B607


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--base", default="HEAD~1", help="the commit to compare with")
    parser.add_argument("--modes", default="hybrid,dense")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # internal: one tree, one data dir
    args = parser.parse_args()
    modes = args.modes.split(",")
    if args.measure:
        print(json.dumps(measure(args.measure, modes)))
        return
    store = build(args.size)
    base = WORK / "base"
    shutil.rmtree(base, ignore_errors=True)
    _git("worktree", "prune")
    _git("worktree", "add", "--detach", "-f", str(base), args.base)
    trees = {"this tree": ROOT / "src", f"base {args.base}": base / "src"}
    dirs = {}
    for name in trees:
        dirs[name] = WORK / f"data-{len(dirs)}"
        shutil.rmtree(dirs[name], ignore_errors=True)
        dirs[name].mkdir(parents=True)
        shutil.copy(store / "catalogs.sqlite3", dirs[name])
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, src in trees.items():
            env = {**os.environ, "PYTHONPATH": str(src), "HF_HUB_OFFLINE": "1"}
            cmd = [sys.executable, __file__, "--measure", str(dirs[name]), "--modes", args.modes]
            done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
            results[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    _git("worktree", "remove", "--force", str(base))
    print(
        f"{args.size} products, {len(queries())} queries, 1 per call, vectors encoded beforehand; {args.rounds} rounds"
    )
    columns = [*modes, "lexical build s"]
    print(f"{'tree':<24} " + " ".join(f"{(c if c.endswith(' s') else c + ' ms/query'):>18}" for c in columns))
    medians = {name: {c: statistics.median(r[c] for r in runs) for c in columns} for name, runs in results.items()}
    for name, values in medians.items():
        print(f"{name:<24} " + " ".join(f"{values[c]:>18.3f}" for c in columns))
    this, other = medians.values()
    print(f"{'ratio this / base':<24} " + " ".join(f"{this[c] / other[c]:>18.2f}" for c in columns))


if __name__ == "__main__":
    main()
