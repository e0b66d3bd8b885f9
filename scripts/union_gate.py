"""The held-out catalogs as one: pooled metrics over their queries, checked against data/heldout/gate.json.

    .venv/bin/python scripts/union_gate.py [--gate data/heldout/gate.json] [--reports reports/quality]

``make quality-gate`` first runs scripts/evaluate.py on each held-out catalog (each its own catalog, as a
supplier's would be; the JSON reports land in ``--reports``), then this: each mode's metrics pooled over
every catalog's judged queries (a catalog counts by its queries), printed per catalog and for the union,
and the gate's ``minimum`` for the ``union`` section checked (exit 1 on a failure).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from product_search.observability.evaluation import gate_failures, load_beir, union

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gate", type=Path, default=ROOT / "data" / "heldout" / "gate.json")
    parser.add_argument("--reports", type=Path, default=ROOT / "reports" / "quality")
    args = parser.parse_args()
    gate = json.loads(args.gate.read_text(encoding="utf-8"))
    parts = []
    print(f"{'set':<28} {'queries':>7} " + " ".join(f"{m + ' hit@1':>12}" for m in gate["modes"]))
    for folder in gate["sets"]:
        data = load_beir(ROOT / folder, gate["split"])
        report = args.reports / f"{folder.replace('/', '-')}.json"
        (entry,) = json.loads(report.read_text(encoding="utf-8")).values()  # one backend
        modes = {mode: entry["modes"][mode]["all"] for mode in gate["modes"]}
        parts.append((len(data.queries), modes))
        print(f"{folder:<28} {len(data.queries):>7} " + " ".join(f"{m['hit@1']:>12.3f}" for m in modes.values()))
    pooled = union(parts)
    total = sum(n for n, _ in parts)
    print(f"{'union':<28} {total:>7} " + " ".join(f"{pooled[m]['union']['hit@1']:>12.3f}" for m in gate["modes"]))
    failures = gate_failures(pooled, gate)
    print(f"union gate {args.gate}: " + ("PASSED" if not failures else "FAILED"))
    for failure in failures:
        print(f"  {failure}")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
