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
NOTIFICATIONS = ROOT / "docker" / "grafana" / "provisioning" / "alerting" / "notifications.yml"
DATASOURCE_UID = "graphite"

C = "stats.counters.product_search.$env.$host"
T = "stats.timers.product_search.$env.$host"
G = "stats.gauges.product_search.$env.$host"
SEARCH = "catalogs_CatalogSearch"


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
                    "Searches over 200 ms (share; the latency SLO's budget is 1 %)",
                    [
                        share(
                            f"{T}.http.latency.{SEARCH}.histogram.bin_inf",
                            f"{T}.http.latency.{SEARCH}.count",
                            "over 200 ms %",
                        )
                    ],
                    "percent",
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
                    "Free data disk and available memory (per mille, lowest host) and the store",
                    [
                        f"alias(minSeries({G}.health.disk_free_milli), 'data disk free')",
                        f"alias(minSeries({G}.health.memory_available_milli), 'memory available')",
                        f"alias(scale(minSeries({G}.health.store_ok), 1000), 'store answers (1000 = yes)')",
                        f"alias(maxSeries({G}.migration.stalled), 'migrations stalled')",
                    ],
                    min=0,
                ),
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


# Alert rules see one environment each (Grafana's PRODUCT_SEARCH_ENV, interpolated when it provisions the file)
# and every host of it.
ENV = "${PRODUCT_SEARCH_ENV}"
AC = f"stats.counters.product_search.{ENV}.*"
AT = f"stats.timers.product_search.{ENV}.*"
AG = f"stats.gauges.product_search.{ENV}.*"
# The SLOs (docs/monitoring.md): 99.9 % of requests without 5xx; 99 % of searches within 200 ms (p99 < 200 ms).
AVAILABILITY_BUDGET = 0.1  # per cent of requests that may fail
LATENCY_BUDGET = 1.0  # per cent of searches that may take longer than SLOW_MS
SLOW_MS = 200  # StatsD's histogram bin for the search timer (docker/statsd/config.js)
# Multi-window burn rates (Google SRE workbook, "Alerting on SLOs"): a long window says the budget burns, a
# short one that it still does; (burn rate, long window, short window, severity).
BURNS = [(14.4, 3600, 300, "page"), (6.0, 21600, 1800, "page"), (3.0, 86400, 7200, "ticket")]
CONTACT_POINTS = {"page": "ALERT_PAGE_URL", "ticket": "ALERT_TICKET_URL"}  # receiver -> its webhook's variable


def window_share(part: str, whole: str, seconds: int) -> str:
    """Per cent of two summed counts over the last ``seconds``: one bucket aligned to the query's start."""
    bucket = f"'{seconds}s', 'sum', true"
    return f"asPercent(summarize(sumSeries({part}), {bucket}), summarize(sumSeries({whole}), {bucket}))"


def rule(
    uid: str,
    title: str,
    queries: list[tuple[str, int]],
    condition: str,
    *,
    severity: str,
    pending: str,
    summary: str,
    runbook: str,
    no_data: str = "OK",
    reducer: str = "mean",
) -> dict[str, Any]:
    """One Grafana-managed rule: Graphite queries A, B, ... (target, window in seconds), each reduced to one
    value (R<query>), and the math expression ``condition`` over those (``$RA``) as the alert's condition."""
    data: list[dict[str, Any]] = []
    for n, (target, window_s) in enumerate(queries):
        ref = chr(ord("A") + n)
        data.append(
            {
                "refId": ref,
                "relativeTimeRange": {"from": window_s, "to": 0},
                "datasourceUid": DATASOURCE_UID,
                "model": {"refId": ref, "target": target},
            }
        )
        data.append(
            {
                "refId": f"R{ref}",
                "datasourceUid": "__expr__",
                "model": {"refId": f"R{ref}", "type": "reduce", "expression": ref, "reducer": reducer,
                          "settings": {"mode": "dropNN"}},
            }
        )  # fmt: skip
    # "$" starts an environment variable in a provisioning file: "$$" is a literal one.
    expression = condition.replace("$", "$$")
    data.append(
        {"refId": "C", "datasourceUid": "__expr__", "model": {"refId": "C", "type": "math", "expression": expression}}
    )
    return {
        "uid": uid,
        "title": title,
        "condition": "C",
        "data": data,
        "noDataState": no_data,
        "execErrState": "Error",
        "for": pending,
        "annotations": {"summary": summary, "runbook_url": f"docs/monitoring.md#{runbook}"},
        "labels": {"service": "product-search", "severity": severity, "environment": ENV},
    }


def burn_rules(
    name: str, part: str, whole: str, *, budget: float, runbook: str, what: str, events: str
) -> list[dict[str, Any]]:
    """The SLO's multi-window burn-rate rules: both windows above the burn rate's share of failures."""
    out = []
    for burn, long_s, short_s, severity in BURNS:
        limit = round(burn * budget, 4)
        out.append(
            rule(
                f"ps-{name}-burn-{long_s // 3600}h",
                f"{what} budget burning {burn:g}x ({long_s // 3600}h and {short_s // 60}m windows)",
                [(window_share(part, whole, long_s), long_s), (window_share(part, whole, short_s), short_s)],
                f"$RA > {limit} && $RB > {limit}",
                severity=severity,
                pending="2m" if severity == "page" else "15m",
                summary=f"More than {limit}% of {events} over the last {long_s // 3600}h and {short_s // 60}m: at "
                f"this rate the 30-day error budget lasts {30 / burn:.1f} days.",
                runbook=runbook,
            )
        )
    return out


def alert_rules() -> dict[str, Any]:
    search_timer = f"{AT}.http.latency.{SEARCH}"
    rules = [
        *burn_rules(
            "availability", f"{AC}.http.requests.*.5xx.count", f"{AC}.http.requests.*.*.count",
            budget=AVAILABILITY_BUDGET, runbook="error-rate", what="Availability", events="requests failed (5xx)",
        ),
        *burn_rules(
            "latency", f"{search_timer}.histogram.bin_inf", f"{search_timer}.count",
            budget=LATENCY_BUDGET, runbook="latency", what="Latency", events=f"searches took over {SLOW_MS} ms",
        ),
        rule(
            "ps-not-ready", "Workers not ready", [(f"minSeries({AG}.health.*.ready)", 120)], "$RA < 1",
            severity="page", pending="2m", no_data="Alerting", reducer="min", runbook="readiness",
            summary="A worker reports not ready (or the service stopped reporting) for 2 minutes.",
        ),
        rule(
            "ps-store-down", "Store unreachable (PostgreSQL or the data volume)",
            [(f"minSeries({AG}.health.store_ok)", 120)], "$RA < 1",
            severity="page", pending="2m", reducer="min", runbook="store",
            summary="A node cannot read the catalogs' store: searches and uploads fail there.",
        ),
        rule(
            "ps-entry-unreachable", "Canary cannot reach the service (HAProxy or the service down)",
            [(f"sumSeries({AC}.canary.*.errors.count)", 300)], "$RA > 0",
            severity="page", pending="2m", runbook="entry-point",
            summary="The scheduled canary's requests fail at the entry point callers use.",
        ),
        rule(
            "ps-disk-critical", "Data disk below 5% free", [(f"minSeries({AG}.health.disk_free_milli)", 300)],
            "$RA < 50", severity="page", pending="5m", reducer="min", runbook="disk",
            summary="Uploads are about to fail with 507 insufficient_storage.",
        ),
        rule(
            "ps-disk-low", "Data disk below 15% free", [(f"minSeries({AG}.health.disk_free_milli)", 900)],
            "$RA < 150", severity="ticket", pending="15m", reducer="min", runbook="disk",
            summary="The data volume fills up: plan more space before uploads fail.",
        ),
        rule(
            "ps-memory-low", "Host memory below 10% available",
            [(f"minSeries({AG}.health.memory_available_milli)", 600)], "$RA < 100",
            severity="ticket", pending="10m", reducer="min", runbook="memory",
            summary="Little memory left on a node: a new model version or a big catalog may get a worker killed.",
        ),
        rule(
            "ps-migration-stalled", "Model migration stuck in running", [(f"maxSeries({AG}.migration.stalled)", 900)],
            "$RA > 0", severity="ticket", pending="15m", reducer="max", runbook="migration",
            summary="A migration has not progressed for 15 minutes: no runner holds it, or its batches fail.",
        ),
        rule(
            "ps-canary", "Canary misses golden queries or is silent", [(f"minSeries({AG}.canary.*.hit_rate)", 1800)],
            "$RA < 1", severity="ticket", pending="10m", reducer="last", no_data="Alerting", runbook="canary",
            summary="The canary's golden queries no longer find their products, or the canary stopped reporting.",
        ),
        rule(
            "ps-low-confidence", "Low-confidence matches above 30%",
            [(window_share(f"{AC}.relevance.low_confidence.count", f"{AC}.search.queries.count", 1800), 1800)],
            "$RA > 30", severity="ticket", pending="15m", runbook="low-confidence",
            summary="Over 30% of queries found no product scoring above the low-score threshold.",
        ),
        rule(
            "ps-drift", "Query drift above 0.5", [(f"maxSeries({AG}.relevance.drift.*)", 3600)], "$RA > 0.5",
            severity="ticket", pending="30m", runbook="drift",
            summary="Recent queries moved away from the catalog (drift > 0.5; on-topic traffic is ~0.3).",
        ),
        rule(
            "ps-no-traffic", "No search traffic for 15 minutes",
            [(f"sumSeries({AC}.http.requests.{SEARCH}.*.rate)", 900)], "$RA < 0.001",
            severity="ticket", pending="15m", no_data="Alerting", runbook="no-traffic",
            summary="No search requests reached the service for 15 minutes.",
        ),
    ]  # fmt: skip
    return {
        "apiVersion": 1,
        "groups": [
            {"orgId": 1, "name": "product-search", "folder": "product-search", "interval": "1m", "rules": rules}
        ],
    }


def notifications() -> dict[str, Any]:
    """Contact points (a webhook per severity, its URL from Grafana's environment) and the policy that routes
    each alert by its severity label, grouped per environment."""
    points = [
        {
            "orgId": 1,
            "name": receiver,
            "receivers": [
                {
                    "uid": f"ps-{receiver}",
                    "type": "webhook",
                    "settings": {"url": f"${{{variable}}}", "httpMethod": "POST"},
                }
            ],
        }
        for receiver, variable in CONTACT_POINTS.items()
    ]
    routes = [
        {"receiver": "page", "object_matchers": [["severity", "=", "page"]], "group_wait": "30s",
         "repeat_interval": "1h"},
        {"receiver": "ticket", "object_matchers": [["severity", "=", "ticket"]], "group_wait": "5m",
         "repeat_interval": "24h"},
    ]  # fmt: skip
    policy = {
        "orgId": 1,
        "receiver": "ticket",
        "group_by": ["grafana_folder", "alertname", "environment"],
        "routes": routes,
    }
    return {"apiVersion": 1, "contactPoints": points, "policies": [policy]}


def render() -> dict[Path, str]:
    return {
        DASHBOARD: json.dumps(dashboard(), indent=2) + "\n",
        ALERTS: "# Generated by scripts/make_grafana.py; edit that script, not this file.\n"
        + yaml.safe_dump(alert_rules(), sort_keys=False, width=200),
        NOTIFICATIONS: "# Generated by scripts/make_grafana.py; edit that script, not this file.\n"
        + yaml.safe_dump(notifications(), sort_keys=False, width=200),
    }


def main() -> None:
    for path, text in render().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
