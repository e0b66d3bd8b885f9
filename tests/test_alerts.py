"""Every alert rule fires in its scenario and stays quiet on a healthy day, through real carbon and graphite-web.

Each scenario is a day of the metrics the service, StatsD and the canary write (the paths of
observability/metrics.py, as StatsD's graphite backend names them; tests/test_monitoring.py checks every path
the rules use is emitted, tests/test_dashboards.py that a real run fills them), sent to a real carbon-cache
under its own environment name. Each rule of docker/grafana/provisioning/alerting/product-search.yml is then
evaluated as Grafana evaluates it: its environment interpolated into the targets (Grafana's
PRODUCT_SEARCH_ENV), every query rendered by graphite-web over its relative time range, reduced (dropping
missing points), and its math condition applied; a query without data takes the rule's noDataState. The
rules' "for" durations are not waited out: each scenario's condition holds longer than its rule's "for".
"""

from __future__ import annotations

import re
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml

from .metrics_stack import GraphiteWeb, MetricsStack, missing_graphite_web, missing_tools, skip_unless_available
from .support import ROOT, wait_until

RULES = ROOT / "docker" / "grafana" / "provisioning" / "alerting" / "product-search.yml"
DAY = 86400
HOUR = 3600
MINUTE = 60
# Ages (seconds before now) of the points written: a minute apart for the day, every StatsD flush (10 s) in
# the last hour, as the production retentions keep them (docker/graphite/storage-schemas.conf).
AGES = [*range(DAY, HOUR, -MINUTE), *range(HOUR, -1, -10)]

Series = Callable[[int], float | None]  # age in seconds -> the value written then, or None for no point


def healthy() -> dict[str, Series]:
    """Per 10 s flush: 1,000 searches, 0.02 % 5xx, 0.2 % over 200 ms, every gauge fine, the canary finding all."""
    return {
        "counters.{h}.http.requests.catalogs_CatalogSearch.2xx.count": lambda age: 1000,
        "counters.{h}.http.requests.catalogs_CatalogSearch.2xx.rate": lambda age: 100,
        "counters.{h}.http.requests.catalogs_CatalogSearch.5xx.count": lambda age: 0.2,
        "counters.{h}.http.requests.catalogs_CatalogSearch.5xx.rate": lambda age: 0.02,
        "timers.{h}.http.latency.catalogs_CatalogSearch.count": lambda age: 1000,
        "timers.{h}.http.latency.catalogs_CatalogSearch.histogram.bin_inf": lambda age: 2,
        "counters.{h}.search.queries.count": lambda age: 1000,
        "counters.{h}.relevance.low_confidence.count": lambda age: 100,
        "gauges.{h}.relevance.drift.default": lambda age: 0.25,
        "gauges.{h}.health.worker_0.ready": lambda age: 1,
        "gauges.{h}.health.worker_1.ready": lambda age: 1,
        "gauges.{h}.health.store_ok": lambda age: 1,
        "gauges.{h}.health.disk_free_milli": lambda age: 600,
        "gauges.{h}.health.memory_available_milli": lambda age: 500,
        "gauges.{h}.migration.stalled": lambda age: 0,
        "gauges.{c}.canary.default.hit_rate": lambda age: 1,
        "counters.{c}.canary.default.errors.count": lambda age: 0,
    }


def since(seconds: int, then: float | None, before: Series) -> Series:
    """``then`` (None: no point) for the last ``seconds``, ``before`` earlier."""
    return lambda age: then if age < seconds else before(age)


def scenario(**changes: tuple[int, float | None]) -> dict[str, Series]:
    """A healthy day whose series named by their last path components (dots as "__") change for a while."""
    series = healthy()
    for key, (seconds, value) in changes.items():
        matching = [name for name in series if name.endswith(key.replace("__", "."))]
        assert matching, key
        for name in matching:
            series[name] = since(seconds, value, series[name])
    return series


def service_down() -> dict[str, Series]:
    """The service stopped 10 minutes ago: its gauges stop (StatsD drops them), its counters report 0, and the
    canary, still running, gets errors and finds nothing."""
    series = healthy()
    for name in list(series):
        if name.startswith("gauges.{h}"):
            series[name] = since(10 * MINUTE, None, series[name])
        elif name.startswith(("counters.{h}", "timers.{h}")):
            series[name] = since(10 * MINUTE, 0, series[name])
    for name, value in (("counters.{c}.canary.default.errors.count", 1), ("gauges.{c}.canary.default.hit_rate", 0)):
        series[name] = since(10 * MINUTE, value, series[name])
    return series


def silent_canary() -> dict[str, Series]:
    """The canary itself stopped 40 minutes ago: none of its metrics arrive."""
    series = healthy()
    for name in series:
        if name.startswith(("gauges.{c}", "counters.{c}")):
            series[name] = since(40 * MINUTE, None, series[name])
    return series


SCENARIOS: dict[str, tuple[Callable[[], dict[str, Series]], set[str]]] = {
    "healthy": (healthy, set()),
    "outage": (
        lambda: scenario(**{"5xx__count": (15 * MINUTE, 200)}),
        {"availability-burn-1h", "availability-burn-6h"},
    ),
    "errors-all-day": (lambda: scenario(**{"5xx__count": (DAY, 5)}), {"availability-burn-24h"}),
    "slow-searches": (lambda: scenario(bin_inf=(20 * MINUTE, 500)), {"latency-burn-1h"}),
    "slower-for-hours": (lambda: scenario(bin_inf=(6 * HOUR, 80)), {"latency-burn-6h"}),
    "slow-all-day": (lambda: scenario(bin_inf=(DAY, 40)), {"latency-burn-24h"}),
    "service-down": (service_down, {"not-ready", "entry-unreachable", "canary"}),
    "canary-silent": (silent_canary, {"canary"}),
    "disk-full": (lambda: scenario(disk_free_milli=(20 * MINUTE, 30)), {"disk-critical", "disk-low"}),
    "memory-short": (lambda: scenario(memory_available_milli=(20 * MINUTE, 50)), {"memory-low"}),
    "migration-stuck": (lambda: scenario(**{"migration__stalled": (30 * MINUTE, 1)}), {"migration-stalled"}),
    "store-unreachable": (lambda: scenario(store_ok=(5 * MINUTE, 0)), {"store-down"}),
    "off-topic-queries": (
        lambda: scenario(**{"low_confidence__count": (30 * MINUTE, 400), "drift__default": (HOUR, 0.7)}),
        {"low-confidence", "drift"},
    ),
    "no-traffic": (lambda: scenario(**dict.fromkeys(NO_SEARCHES, (20 * MINUTE, 0))), {"no-traffic"}),
}
NO_SEARCHES = ("2xx__count", "2xx__rate", "5xx__count", "5xx__rate")


def env_of(name: str) -> str:
    return "alerts_" + name.replace("-", "_")


@pytest.fixture(scope="module")
def graphite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphiteWeb]:
    """carbon-cache (a day at 10 s, as the rules' longest window needs) and graphite-web, with every scenario
    written under its own environment."""
    skip_unless_available(missing_tools() or missing_graphite_web(), "the alert rule test")
    stack = MetricsStack(tmp_path_factory.mktemp("alerts"), retentions="10s:1d")
    web = GraphiteWeb(stack)
    try:
        stack.start()
        web.start()
        now = int(time.time()) // 10 * 10
        lines = []
        kept: Counter[str] = Counter()  # points per series within the day carbon keeps
        for name, (make, _) in SCENARIOS.items():
            prefix = {"h": f"product_search.{env_of(name)}.node1", "c": f"product_search.{env_of(name)}.canary1"}
            for path, series in make().items():
                kind, rest = path.split(".", 1)
                metric = f"stats.{kind}.{rest.format(**prefix)}"
                for age in AGES:
                    if (value := series(age)) is not None:
                        lines.append(f"{metric} {value * _flushes(metric, age)} {now - age}\n")
                        kept[metric] += age < DAY
        with socket.create_connection(("127.0.0.1", stack.line_port)) as conn:
            conn.sendall("".join(lines).encode())
        _wait_for(stack, dict(kept))
        yield web
    finally:
        web.stop()
        stack.stop()


def _flushes(metric: str, age: int) -> int:
    """How many 10 s flushes one point stands for: a minute's points of counts hold the minute's sum, as
    carbon's rollup sums them (docker/graphite/storage-aggregation.conf); rates and gauges stay values."""
    summed = metric.endswith(".count") or ".histogram." in metric
    return 6 if summed and age > HOUR else 1


def _wait_for(stack: MetricsStack, points: dict[str, int]) -> None:
    """Until every series is on disk with all its points. Carbon writes its cache in its own order, and the
    rules' wildcards find only the series that have a whisper file: waiting for one series is not enough."""
    waiting = dict(points)

    def written() -> bool:
        nonlocal waiting
        waiting = {metric: n for metric, n in waiting.items() if len(stack.points(metric)) < n}
        return not waiting

    wait_until(written, 120, lambda: f"carbon did not write the scenarios' points: {sorted(waiting)[:5]}", 1)


def rules() -> list[dict[str, Any]]:
    return [rule for group in yaml.safe_load(RULES.read_text())["groups"] for rule in group["rules"]]


REDUCERS: dict[str, Callable[[list[float]], float]] = {
    "mean": lambda v: sum(v) / len(v),
    "min": min,
    "max": max,
    "last": lambda v: v[-1],
}
CONDITION = re.compile(r"\$\$(R[A-Z]) ([<>]) (-?[0-9.]+)")


def evaluate(web: GraphiteWeb, rule: dict[str, Any], env: str) -> bool:
    """Whether ``rule`` fires for environment ``env`` now (its noDataState when a query has no data)."""
    values: dict[str, float] = {}
    queries = {d["refId"]: d for d in rule["data"] if d["datasourceUid"] == "graphite"}
    for step in rule["data"]:
        model = step["model"]
        if model.get("type") != "reduce":
            continue
        query = queries[model["expression"]]
        target = query["model"]["target"].replace("${PRODUCT_SEARCH_ENV}", env)
        window = query["relativeTimeRange"]["from"]
        body = web.render([target], since=time.time() - window).json()
        points = [v for series in body for v, _ in series["datapoints"] if v is not None]
        assert model["settings"]["mode"] == "dropNN" and len(body) <= 1, (rule["uid"], body)
        if not points:
            return bool(rule["noDataState"] == "Alerting")
        values[model["refId"]] = REDUCERS[model["reducer"]](points)
    (condition,) = [d["model"]["expression"] for d in rule["data"] if d["model"].get("type") == "math"]
    clauses = condition.split(" && ")
    assert all(CONDITION.fullmatch(c) for c in clauses), condition
    checks = (CONDITION.fullmatch(c).groups() for c in clauses)  # type: ignore[union-attr]
    return all(values[ref] > float(n) if op == ">" else values[ref] < float(n) for ref, op, n in checks)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_each_rule_fires_in_its_scenario_and_no_other_does(graphite: GraphiteWeb, name: str) -> None:
    _, expected = SCENARIOS[name]
    firing = {rule["uid"].removeprefix("ps-") for rule in rules() if evaluate(graphite, rule, env_of(name))}
    assert firing == expected


def test_every_rule_has_a_scenario_that_fires_it() -> None:
    covered = set().union(*(expected for _, expected in SCENARIOS.values()))
    assert {rule["uid"].removeprefix("ps-") for rule in rules()} == covered


def test_rules_route_by_severity_per_environment() -> None:
    notifications = yaml.safe_load((RULES.parent / "notifications.yml").read_text())
    receivers = {point["name"]: point["receivers"][0]["settings"]["url"] for point in notifications["contactPoints"]}
    assert receivers == {"page": "${ALERT_PAGE_URL}", "ticket": "${ALERT_TICKET_URL}"}
    (policy,) = notifications["policies"]
    assert "environment" in policy["group_by"]
    routed = {route["object_matchers"][0][2]: route["receiver"] for route in policy["routes"]}
    assert routed == {"page": "page", "ticket": "ticket"}
    for rule in rules():
        assert rule["labels"]["severity"] in routed and rule["labels"]["environment"] == "${PRODUCT_SEARCH_ENV}"
        assert all("${PRODUCT_SEARCH_ENV}" in d["model"]["target"] for d in rule["data"] if "target" in d["model"])
