"""The monitoring configuration agrees with the code: metric names, generated files, the compose file's mounts
(the deployment's security controls in the compose file: test_deploy_config.py)."""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import re
from types import ModuleType
from typing import Any

import yaml

from product_search.observability import metrics as m

from .support import ROOT

DOCKER = ROOT / "docker"
PATH = re.compile(r"stats\.(counters|timers|gauges)\.product_search\.([^.(),'\s]+)\.([^.(),'\s]+)\.([\w*.{}-]+)")
TIMER_FIELDS = re.compile(r"^(mean|upper|lower|count|count_ps|sum|sum_squares|std|median|(mean|upper|sum)_\d+)$")
KINDS = {"counters": m.COUNTERS, "timers": m.TIMERS, "gauges": m.GAUGES}


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_grafana", ROOT / "scripts" / "make_grafana.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _targets() -> list[str]:
    dashboard = json.loads((DOCKER / "grafana" / "dashboards" / "product-search.json").read_text())
    rules = yaml.safe_load((DOCKER / "grafana" / "provisioning" / "alerting" / "product-search.yml").read_text())
    found = [t["target"] for p in dashboard["panels"] for t in p.get("targets", [])]
    found += [
        d["model"]["target"] for g in rules["groups"] for r in g["rules"] for d in r["data"] if "target" in d["model"]
    ]
    return found


def _matches(template: str, path: list[str]) -> bool:
    parts = template.split(".")
    if len(parts) != len(path):
        return False
    return all(
        (t.startswith("{") and t.endswith("}")) or fnmatch.fnmatchcase(t, p) for t, p in zip(parts, path, strict=True)
    )


def emitted_name(kind: str, metric: str) -> list[str]:
    """The service's metric name (as path components) inside a Graphite path, without StatsD's suffix."""
    parts = metric.split(".")
    if kind == "counters":
        assert parts[-1] in {"rate", "count"}, metric
        return parts[:-1]
    if kind == "timers":
        if parts[-2] == "histogram":  # StatsD's histogram bins of a timer (docker/statsd/config.js)
            assert re.fullmatch(r"bin_(\d+|inf)", parts[-1]), metric
            return parts[:-2]
        assert TIMER_FIELDS.match(parts[-1]), metric
        return parts[:-1]
    return parts


def test_generated_files_are_committed() -> None:
    for path, text in _load_generator().render().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run scripts/make_grafana.py"


def test_every_referenced_metric_is_emitted() -> None:
    targets = _targets()
    assert len(targets) > 25
    unknown: list[str] = []
    seen = 0
    for target in targets:
        paths = PATH.findall(target)
        assert paths, f"no product_search metric in {target!r}"
        for kind, _env, _host, metric in paths:
            seen += 1
            name = emitted_name(kind, metric)
            if not any(_matches(template, name) for template in KINDS[kind]):
                unknown.append(f"{kind}: {metric} in {target}")
    assert not unknown, "dashboard/alerts reference metrics the service never emits:\n" + "\n".join(unknown)
    assert seen > 40


def test_dashboard_and_alerts_cover_the_monitoring_plan() -> None:
    text = "\n".join(_targets())
    for needed in (
        "http.requests.*.*.rate",  # traffic
        "upper_50",
        "upper_95",
        "upper_99",  # latency percentiles
        "http.requests.*.5xx.rate",  # error rate
        "relevance.top1_score_milli",  # score distribution
        "relevance.low_confidence",
        "relevance.drift.*",
        "catalog.size.*",
        "memory_rss_bytes",
    ):
        assert needed in text, needed
    rules = yaml.safe_load((DOCKER / "grafana" / "provisioning" / "alerting" / "product-search.yml").read_text())
    titles = {r["uid"] for g in rules["groups"] for r in g["rules"]}
    assert {
        "ps-availability-burn-1h",
        "ps-availability-burn-6h",
        "ps-latency-burn-1h",
        "ps-low-confidence",
        "ps-drift",
        "ps-no-traffic",
        "ps-not-ready",
        "ps-store-down",
        "ps-entry-unreachable",
        "ps-disk-critical",
        "ps-memory-low",
        "ps-migration-stalled",
        "ps-canary",
    } <= titles
    for group in rules["groups"]:
        for rule in group["rules"]:
            assert rule["annotations"]["runbook_url"].startswith("docs/monitoring.md#")
            anchor = rule["annotations"]["runbook_url"].split("#")[1]
            assert f"### {anchor}" in _monitoring_doc_anchors(), f"runbook section for {anchor} missing"


def _monitoring_doc_anchors() -> str:
    headings = re.findall(r"^### (.+)$", (ROOT / "docs" / "monitoring.md").read_text(), flags=re.MULTILINE)
    return "\n".join("### " + re.sub(r"[^a-z0-9 -]", "", h.lower()).strip().replace(" ", "-") for h in headings)


def test_datasource_uid_and_mounted_files_exist() -> None:
    source = yaml.safe_load((DOCKER / "grafana" / "provisioning" / "datasources" / "graphite.yml").read_text())
    assert source["datasources"][0]["uid"] == _load_generator().DATASOURCE_UID
    compose: dict[str, Any] = yaml.safe_load((DOCKER / "docker-compose.yml").read_text())
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            host = volume.split(":")[0]
            if host.startswith("."):
                assert (DOCKER / host).exists(), f"compose mounts {host}, which does not exist"
    for name, service in compose["services"].items():
        if "profiles" not in service:
            assert "healthcheck" in service, f"{name} has no healthcheck"
