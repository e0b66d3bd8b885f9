"""Catalogs whose derived index could not be built in this process: why, and for how long their searches are
refused without another try (a build that failed for want of memory would fail again, at the cost of a whole
build per search). One catalog's failure never takes the service down: the others serve."""

from __future__ import annotations

import logging
import math
import time
from collections import Counter

from ..errors import IndexUnavailable
from ..observability import metrics as m
from ..storage.store import CatalogRow

log = logging.getLogger("product_search.index.derived")  # the lifecycle's log, as before the move


class BuildFailures:
    """Catalogs whose index could not be built in this process: why (``GET /v1/catalogs/<c>`` shows it) and
    when. Their searches are refused without another try for ``backoff`` seconds: a build that failed for want
    of memory would fail again, at the cost of a whole build per search."""

    def __init__(self, counters: Counter[str], metrics: m.Metrics, backoff: float = 30.0) -> None:
        self.counters = counters
        self.metrics = metrics
        self.backoff = backoff
        self._failed: dict[str, tuple[float, str]] = {}  # catalog -> (when, why)

    def reason(self, catalog: str) -> str | None:
        failed = self._failed.get(catalog)
        return None if failed is None else failed[1]

    def recent(self, catalog: str) -> bool:
        return time.monotonic() - self._failed.get(catalog, (-math.inf, ""))[0] < self.backoff

    def record(self, cat: CatalogRow, kind: str) -> IndexUnavailable:
        """Count and log the failure (the caller's exception is the cause); the error to answer with."""
        self._failed[cat.name] = (time.monotonic(), f"the {kind} index of version {cat.version} could not be built")
        self.counters["index_failures"] += 1
        self.metrics.incr(m.INDEX_FAILURES)
        log.exception("derived index not built", extra={"fields": {"catalog": cat.name, "kind": kind}})
        return unavailable(cat)

    def clear(self, catalog: str) -> None:
        self._failed.pop(catalog, None)


def unavailable(cat: CatalogRow) -> IndexUnavailable:
    return IndexUnavailable(
        f"the index of catalog {cat.name!r} cannot be built; the service log says why", {"catalog": cat.name}
    )
