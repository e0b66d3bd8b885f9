"""Canary: send a golden set of queries to a running service and check the expected products come back.

A golden set is JSON Lines, one ``{"query": "...", "expected": ["id", ...]}`` per line; a query is a
hit when any expected id is among the first ``top_k`` results. The canary talks HTTP like any other
caller (one request per query, so its latencies are the callers' latencies) and reports hit rate,
latency and errors to StatsD; run it from cron or a CI schedule against each deployment.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import metrics as m


class GoldenSetError(ValueError):
    """The golden set file is missing, empty or malformed."""


@dataclass(frozen=True)
class GoldenQuery:
    query: str
    expected: frozenset[str]


@dataclass(frozen=True)
class CanaryCheck:
    query: str
    hit: bool
    latency_ms: float
    top_ids: list[str]
    error: str | None = None


@dataclass
class CanaryReport:
    catalog: str
    top_k: int
    checks: list[CanaryCheck] = field(default_factory=list)

    @property
    def hit_rate(self) -> float:
        return sum(c.hit for c in self.checks) / len(self.checks) if self.checks else 0.0

    @property
    def errors(self) -> int:
        return sum(c.error is not None for c in self.checks)

    def to_dict(self) -> dict[str, Any]:
        latencies = sorted(c.latency_ms for c in self.checks if c.error is None)
        return {
            "catalog": self.catalog,
            "top_k": self.top_k,
            "queries": len(self.checks),
            "hits": sum(c.hit for c in self.checks),
            "hit_rate": round(self.hit_rate, 4),
            "errors": self.errors,
            "latency_ms_p50": round(latencies[len(latencies) // 2], 2) if latencies else None,
            "latency_ms_max": round(latencies[-1], 2) if latencies else None,
            "misses": [{"query": c.query, "top_ids": c.top_ids, "error": c.error} for c in self.checks if not c.hit],
        }


def load_golden_set(path: Path) -> list[GoldenQuery]:
    """Read and validate a golden set file; raise :class:`GoldenSetError` naming the bad line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldenSetError(f"{path}: cannot read: {exc}") from exc
    golden: list[GoldenQuery] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            query, expected = item["query"], item["expected"]
            if not isinstance(query, str) or not query.strip():
                raise ValueError("query must be a non-empty string")
            if not isinstance(expected, list) or not expected or not all(isinstance(e, str) for e in expected):
                raise ValueError("expected must be a non-empty list of product ids")
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldenSetError(f"{path}:{number}: {exc}") from exc
        golden.append(GoldenQuery(query, frozenset(expected)))
    if not golden:
        raise GoldenSetError(f"{path}: no queries")
    return golden


class _KeyStaysWithItsHost(urllib.request.HTTPRedirectHandler):
    """Redirects followed as urllib does, but the API key is sent only to the scheme, host and port it was
    given for: a redirect elsewhere (a misrouted proxy, a hostile one) gets the request without it."""

    def redirect_request(  # noqa: PLR0917 (urllib's signature)
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _origin(newurl) != _origin(req.full_url):
            new.remove_header("Authorization")
        return new


def _origin(url: str) -> tuple[str, str | None, int | None]:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme.lower(), parts.hostname, parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())


def run_canary(
    base_url: str,
    catalog: str,
    golden: list[GoldenQuery],
    *,
    top_k: int = 3,
    api_key: str | None = None,
    timeout: float = 10.0,
    metrics: m.Metrics = m.OFF,
) -> CanaryReport:
    """Search every golden query (one request each) and report hits, latencies and errors."""
    if not base_url.startswith(("http://", "https://")):
        raise ValueError(f"the service URL must be http(s), got {base_url!r}")
    url = f"{base_url.rstrip('/')}/v1/catalogs/{quote(catalog, safe='')}/search"
    headers = {"Content-Type": "application/json", "X-Request-ID": f"canary-{int(time.time())}"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    report = CanaryReport(catalog, top_k)
    opener = urllib.request.build_opener(_KeyStaysWithItsHost)
    for item in golden:
        body = json.dumps({"queries": [item.query], "top_k": top_k}).encode()
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 - http(s) checked
        started = time.perf_counter()
        try:
            with opener.open(request, timeout=timeout) as response:
                payload = json.loads(response.read())
            elapsed = (time.perf_counter() - started) * 1000
            top_ids = [hit["id"] for hit in payload["results"][0]]
            report.checks.append(CanaryCheck(item.query, bool(item.expected & set(top_ids)), elapsed, top_ids))
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            elapsed = (time.perf_counter() - started) * 1000
            report.checks.append(CanaryCheck(item.query, False, elapsed, [], f"HTTP {exc.code}: {detail}"))
        except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
            elapsed = (time.perf_counter() - started) * 1000
            report.checks.append(CanaryCheck(item.query, False, elapsed, [], f"{type(exc).__name__}: {exc}"))
        if report.checks[-1].error is None:
            metrics.timing(m.CANARY_LATENCY.format(catalog=m.safe(catalog)), elapsed)
    name = m.safe(catalog)
    metrics.incr(m.CANARY_RUNS.format(catalog=name))
    metrics.gauge(m.CANARY_HIT_RATE.format(catalog=name), report.hit_rate)
    if report.errors:
        metrics.incr(m.CANARY_ERRORS.format(catalog=name), report.errors)
    return report
