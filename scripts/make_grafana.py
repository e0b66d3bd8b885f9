"""Write the Grafana dashboard and alert rules that the compose stack provisions.

    .venv/bin/python scripts/make_grafana.py

Generated from one place so every panel and rule uses the same metric paths; tests/test_monitoring.py
checks that the committed files equal this output and that every path is one the service emits.
Metric paths: StatsD (graphite backend, no legacy namespace) writes
``stats.counters.<name>.{count,rate}``, ``stats.timers.<name>.{mean,upper,upper_95,...}`` and
``stats.gauges.<name>``, where ``<name>`` is ``product_search.<env>.<host>.<metric>``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "docker" / "grafana" / "dashboards" / "product-search.json"
ALERTS = ROOT / "docker" / "grafana" / "provisioning" / "alerting" / "product-search.yml"
DATASOURCE_UID = "graphite"

C = "stats.counters.product_search.$env.$host"
T = "stats.timers.product_search.$env.$host"
G = "stats.gauges.product_search.$env.$host"
SEARCH = "catalogs_CatalogSearch"

# Alert rules see every environment and host (no dashboard variables there).
AC = "stats.counters.product_search.*.*"
AT = "stats.timers.product_search.*.*"
AG = "stats.gauges.product_search.*.*"


def share(part: str, whole: str, name: str | None = None) -> str:
    """Percentage of two summed rates, optionally aliased."""
    expr = f"asPercent(sumSeries({part}), sumSeries({whole}))"
    return f"alias({expr}, '{name}')" if name else expr


def panel(title: str, targets: list[str], unit: str = "short", description: str = "", **options: Any) -> dict[str, Any]:
    return {
        "type": "timeseries",
        "title": title,
        "description": description,
        "datasource": {"type": "graphite", "uid": DATASOURCE_UID},
        "fieldConfig": {"defaults": {"unit": unit, **options}, "overrides": []},
        "options": {"legend": {"displayMode": "list", "placement": "bottom"}, "tooltip": {"mode": "multi"}},
        "targets": [{"refId": chr(ord("A") + i), "target": t} for i, t in enumerate(targets)],
    }


def row(title: str) -> dict[str, Any]:
    return {"type": "row", "title": title, "collapsed": False, "panels": []}


def dashboard() -> dict[str, Any]:
    sections: list[tuple[str, list[dict[str, Any]]]] = [
        (
            "Traffic, latency, errors",
            [
                panel(
                    "Requests/s by endpoint and status",
                    [f"groupByNodes({C}.http.requests.*.*.rate, 'sum', 7, 8)"],
                    "reqps",
                ),
                panel(
                    "Search latency p50 / p95 / p99 (worst host)",
                    [
                        f"alias(maxSeries({T}.http.latency.{SEARCH}.upper_50), 'p50')",
                        f"alias(maxSeries({T}.http.latency.{SEARCH}.upper_95), 'p95')",
                        f"alias(maxSeries({T}.http.latency.{SEARCH}.upper_99), 'p99')",
                    ],
                    "ms",
                    "Percentiles per 10 s StatsD flush; SLO p99 < 200 ms.",
                ),
                panel(
                    "Error rate (share of requests)",
                    [
                        share(f"{C}.http.requests.*.5xx.rate", f"{C}.http.requests.*.*.rate", "5xx %"),
                        share(f"{C}.http.requests.*.4xx.rate", f"{C}.http.requests.*.*.rate", "4xx %"),
                    ],
                    "percent",
                ),
                panel("Errors/s by code", [f"groupByNodes({C}.http.errors.*.rate, 'sum', 7)"], "reqps"),
                panel(
                    "Shed requests/s (503 overloaded) by kind and reason",
                    [f"groupByNodes({C}.overload.shed.*.*.rate, 'sum', 7, 8)"],
                    "reqps",
                    "Refused at once because a worker's search or write slots and queue were full "
                    "(docs/reliability.md). Sustained shedding means too few workers for the traffic.",
                ),
                panel(
                    "Search time split p95: encode / index / fetch / serialize",
                    [f"groupByNodes({T}.search.latency.*.upper_95, 'max', 7)"],
                    "ms",
                ),
                panel(
                    "Queries per request and query tokens",
                    [
                        f"alias(maxSeries({T}.search.queries_per_request.mean), 'queries per request (mean)')",
                        f"alias(maxSeries({T}.encode.tokens.query.mean), 'tokens per query (mean)')",
                        f"alias(sumSeries({C}.search.queries.rate), 'queries/s')",
                    ],
                ),
            ],
        ),
        (
            "Match quality",
            [
                panel(
                    "Top-1 score (x1000)",
                    [
                        f"alias(averageSeries({T}.relevance.top1_score_milli.mean), 'mean')",
                        f"alias(averageSeries({T}.relevance.top1_score_milli.upper_50), 'median')",
                        f"alias(minSeries({T}.relevance.top1_score_milli.lower), 'min')",
                        f"alias(averageSeries({T}.relevance.top1_margin_milli.mean), 'top-1 minus top-2 (mean)')",
                    ],
                    description="Cosine similarity of the best match; a falling median means worse matches.",
                ),
                panel(
                    "Low-confidence and empty-result share",
                    [
                        share(f"{C}.relevance.low_confidence.rate", f"{C}.search.queries.rate", "best score low %"),
                        share(f"{C}.relevance.empty_results.rate", f"{C}.search.queries.rate", "empty results %"),
                    ],
                    "percent",
                ),
                panel(
                    "Query drift by catalog (1 - cos to catalog centroid)",
                    [f"groupByNodes({G}.relevance.drift.*, 'max', 7)"],
                    description="On-topic hardware queries ~0.25-0.35 on the sample catalog; off-topic >0.6.",
                ),
                panel(
                    "Unknown tokens and truncation",
                    [
                        f"alias(maxSeries({T}.encode.unknown_share_milli.query.mean), 'unknown tokens (permille)')",
                        f"alias(sumSeries({C}.encode.truncated.*.rate), 'truncated inputs/s')",
                    ],
                ),
                panel(
                    "Canary hit rate",
                    ["groupByNodes(stats.gauges.product_search.$env.*.canary.*.hit_rate, 'min', 6)"],
                    "percentunit",
                    min=0,
                    max=1,
                ),
            ],
        ),
        (
            "Capacity and lifecycle",
            [
                panel("Catalog sizes (products)", [f"groupByNodes({G}.catalog.size.*, 'max', 7)"]),
                panel(
                    "Memory RSS per host (sum of workers)",
                    [f"groupByNodes({G}.process.*.memory_rss_bytes, 'sum', 4)"],
                    "bytes",
                ),
                panel("CPU % per worker", [f"aliasByNode({G}.process.*.cpu_percent, 4, 6)"], "percent"),
                panel(
                    "Workers ready and (re)starts",
                    [
                        f"alias(sumSeries({G}.health.*.ready), 'workers ready')",
                        f"alias(sumSeries({C}.worker.starts.count), 'worker starts')",
                    ],
                ),
                panel(
                    "Index loads / rebuilds and their duration",
                    [
                        f"alias(sumSeries({C}.index.loads.count), 'loads')",
                        f"alias(sumSeries({C}.index.builds.count), 'rebuilds')",
                        f"alias(maxSeries({T}.index.load_time.upper), 'load ms (max)')",
                        f"alias(maxSeries({T}.index.build_time.upper), 'rebuild ms (max)')",
                        f"alias(sumSeries({C}.lexical.loads.count), 'BM25 loads')",
                        f"alias(sumSeries({C}.lexical.builds.count), 'BM25 rebuilds')",
                        f"alias(maxSeries({T}.lexical.build_time.upper), 'BM25 rebuild ms (max)')",
                        f"alias(maxSeries({G}.model.load_seconds), 'model load s')",
                    ],
                ),
                panel(
                    "Catalog writes (products/s)",
                    [
                        f"alias(sumSeries({C}.catalog.products_upserted.rate), 'upserted')",
                        f"alias(sumSeries({C}.catalog.products_deleted.rate), 'deleted')",
                    ],
                ),
            ],
        ),
        (
            "Model migrations",
            [
                panel(
                    "Migration progress (products/s encoded) and switches",
                    [
                        f"alias(sumSeries({C}.migration.encoded.rate), 'encoded for a new generation')",
                        f"alias(sumSeries({C}.migration.switches.count), 'switches and rollbacks')",
                    ],
                    description="A migration re-embeds a catalog with another model version (docs/models.md).",
                ),
                panel(
                    "Shadow: candidate vs live (per mille) and shadow latency",
                    [
                        f"alias(averageSeries({T}.shadow.top1_agreement.mean), 'top-1 agreement')",
                        f"alias(averageSeries({T}.shadow.overlap_at_10.mean), 'overlap@10')",
                        f"alias(maxSeries({T}.shadow.latency.upper_95), 'shadow search p95 ms')",
                        f"alias(sumSeries({C}.shadow.dropped.count), 'dropped (queue full)')",
                    ],
                    description="Live searches run again on a ready migration's generation, compared, never returned.",
                ),
            ],
        ),
    ]
    panels: list[dict[str, Any]] = []
    y = 0
    next_id = 1
    for title, section in sections:
        panels.append({**row(title), "id": next_id, "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}})
        next_id += 1
        y += 1
        for i, p in enumerate(section):
            panels.append({**p, "id": next_id, "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": y + 8 * (i // 2)}})
            next_id += 1
        y += 8 * ((len(section) + 1) // 2)

    def variable(name: str, query: str) -> dict[str, Any]:
        return {
            "name": name,
            "type": "query",
            "datasource": {"type": "graphite", "uid": DATASOURCE_UID},
            "query": query,
            "refresh": 2,
            "includeAll": True,
            "multi": True,
            "allValue": "*",
            "current": {"text": "All", "value": "$__all"},
        }

    return {
        "uid": "product-search",
        "title": "product-search",
        "tags": ["product-search"],
        "timezone": "utc",
        "schemaVersion": 39,
        "version": 1,
        "refresh": "30s",
        "time": {"from": "now-3h", "to": "now"},
        "templating": {
            "list": [
                variable("env", "stats.gauges.product_search.*"),
                variable("host", "stats.gauges.product_search.$env.*"),
            ]
        },
        "panels": panels,
    }


def rule(
    uid: str,
    title: str,
    target: str,
    *,
    op: str,
    threshold: float,
    window_s: int,
    pending: str,
    summary: str,
    runbook: str,
    no_data: str = "OK",
    reducer: str = "mean",
) -> dict[str, Any]:
    """One Grafana-managed rule: Graphite query A, reduce B, threshold C."""
    return {
        "uid": uid,
        "title": title,
        "condition": "C",
        "data": [
            {
                "refId": "A",
                "relativeTimeRange": {"from": window_s, "to": 0},
                "datasourceUid": DATASOURCE_UID,
                "model": {"refId": "A", "target": target},
            },
            {
                "refId": "B",
                "datasourceUid": "__expr__",
                "model": {
                    "refId": "B",
                    "type": "reduce",
                    "expression": "A",
                    "reducer": reducer,
                    "settings": {"mode": "dropNN"},
                },
            },
            {
                "refId": "C",
                "datasourceUid": "__expr__",
                "model": {
                    "refId": "C",
                    "type": "threshold",
                    "expression": "B",
                    "conditions": [{"evaluator": {"type": op, "params": [threshold]}}],
                },
            },
        ],
        "noDataState": no_data,
        "execErrState": "Error",
        "for": pending,
        "annotations": {"summary": summary, "runbook_url": f"docs/monitoring.md#{runbook}"},
        "labels": {"service": "product-search"},
    }


def alert_rules() -> dict[str, Any]:
    rules = [
        rule(
            "ps-error-rate",
            "5xx error rate above 1%",
            share(f"{AC}.http.requests.*.5xx.rate", f"{AC}.http.requests.*.*.rate"),
            op="gt",
            threshold=1,
            window_s=300,
            pending="5m",
            summary="More than 1% of requests failed with 5xx over 5 minutes.",
            runbook="error-rate",
        ),
        rule(
            "ps-latency-p99",
            "Search p99 latency above 200 ms",
            f"maxSeries({AT}.http.latency.{SEARCH}.upper_99)",
            op="gt",
            threshold=200,
            window_s=600,
            pending="10m",
            summary="Search p99 latency has been above the 200 ms SLO for 10 minutes.",
            runbook="latency",
        ),
        rule(
            "ps-low-confidence",
            "Low-confidence matches above 30%",
            share(f"{AC}.relevance.low_confidence.rate", f"{AC}.search.queries.rate"),
            op="gt",
            threshold=30,
            window_s=1800,
            pending="15m",
            summary="Over 30% of queries found no product scoring above the low-score threshold.",
            runbook="low-confidence",
        ),
        rule(
            "ps-drift",
            "Query drift above 0.5",
            f"maxSeries({AG}.relevance.drift.*)",
            op="gt",
            threshold=0.5,
            window_s=3600,
            pending="30m",
            summary="Recent queries moved away from the catalog (drift > 0.5; on-topic traffic is ~0.3).",
            runbook="drift",
        ),
        rule(
            "ps-no-traffic",
            "No search traffic for 15 minutes",
            f"sumSeries({AC}.http.requests.{SEARCH}.*.rate)",
            op="lt",
            threshold=0.001,
            window_s=900,
            pending="15m",
            summary="No search requests reached the service for 15 minutes.",
            runbook="no-traffic",
            no_data="Alerting",
        ),
        rule(
            "ps-not-ready",
            "Workers not ready",
            f"minSeries({AG}.health.*.ready)",
            op="lt",
            threshold=1,
            window_s=120,
            pending="2m",
            summary="A worker reports not ready (or the service stopped reporting) for 2 minutes.",
            runbook="readiness",
            no_data="Alerting",
            reducer="min",
        ),
        rule(
            "ps-canary",
            "Canary misses golden queries",
            f"minSeries({AG}.canary.*.hit_rate)",
            op="lt",
            threshold=1,
            window_s=1800,
            pending="10m",
            summary="The canary's golden queries no longer find their expected products.",
            runbook="canary",
            reducer="last",
        ),
    ]
    return {
        "apiVersion": 1,
        "groups": [
            {"orgId": 1, "name": "product-search", "folder": "product-search", "interval": "1m", "rules": rules}
        ],
    }


def render() -> dict[Path, str]:
    return {
        DASHBOARD: json.dumps(dashboard(), indent=2) + "\n",
        ALERTS: "# Generated by scripts/make_grafana.py; edit that script, not this file.\n"
        + yaml.safe_dump(alert_rules(), sort_keys=False, width=200),
    }


def main() -> None:
    for path, text in render().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
