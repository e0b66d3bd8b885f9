"""Shadow comparison: a share of live searches is run again on a migration's candidate generation, after
the response, and the two answers are compared (never returned).

Figures per migration: top-1 agreement, overlap of the top 10, the shift of the top score and the
shadow search's latency. Each process adds its own to the job's record (one small write transaction per
``flush_every`` comparisons), so the migration status shows every worker's; StatsD gets each comparison.
A bounded queue feeds one thread: under load, shadow work is dropped first, live searches never wait.
"""

from __future__ import annotations

import logging
import os
import queue
import random
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..config import SearchMode
from ..observability import metrics as m
from ..search.results import SearchOutcome, ShadowFigures
from ..search.searching import Searcher
from ..storage.store import CatalogStore
from .migrations import Migrations

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Task:
    catalog: str
    queries: list[str]
    top_k: int
    filters: dict[str, Any] | None
    mode: SearchMode
    min_score: float | None
    live: SearchOutcome
    job: str
    generation: int


@dataclass
class _Pending:
    catalog: str
    figures: ShadowFigures = field(default_factory=ShadowFigures)
    since: float = field(default_factory=time.monotonic)


class Shadow:
    """Runs sampled searches on candidate generations and records how they compare.

    Args:
        rate: share of live searches sampled (``PRODUCT_SEARCH_SHADOW_RATE``; 0 turns shadowing off).
        capacity: queued shadow searches at most (``PRODUCT_SEARCH_SHADOW_QUEUE``); more are dropped (counted).
    """

    def __init__(
        self,
        store: CatalogStore,
        searcher: Searcher,
        migrations: Migrations,
        metrics: m.Metrics = m.OFF,
        *,
        rate: float = 0.1,
        capacity: int = 32,
        flush_every: int = 10,
    ) -> None:
        self.store = store
        self.searcher = searcher
        self.migrations = migrations
        self.metrics = metrics
        self.rate = rate
        self.flush_every = flush_every
        self._queue: queue.Queue[_Task] = queue.Queue(capacity)
        self._pending: dict[str, _Pending] = {}
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        self.dropped = 0

    def offer(
        self,
        catalog: str,
        queries: Sequence[str],
        top_k: int,
        filters: dict[str, Any] | None,
        *,
        mode: SearchMode,
        min_score: float | None,
        live: SearchOutcome,
    ) -> bool:
        """Maybe queue a shadow of a finished live search (sampled; only while a candidate is ready)."""
        if self.rate <= 0 or random.random() >= self.rate:  # noqa: S311  # nosec B311 (sampling, not security)
            return False
        candidate = self.migrations.candidate(catalog)
        if candidate is None:
            return False
        job, gen = candidate
        task = _Task(catalog, list(queries), top_k, filters, mode, min_score, live, job.id, gen.id)
        self._ensure_thread()
        try:
            self._queue.put_nowait(task)
        except queue.Full:
            self.dropped += 1
            self.metrics.incr(m.SHADOW_DROPPED)
            return False
        return True

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive() or self._pid != os.getpid():
            self._pid = os.getpid()
            self._thread = threading.Thread(target=self._work, name="shadow", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while True:
            task = self._queue.get()
            try:
                self._compare(task)
            except Exception:  # the candidate went away (switched, cancelled): nothing to compare
                log.debug("shadow search skipped", exc_info=True)
            finally:
                self._queue.task_done()

    def drain(self, timeout: float = 10.0) -> None:
        """Wait for queued shadow searches, then flush the figures (tests, shutdown)."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        self.flush()

    def _compare(self, task: _Task) -> None:
        started = time.perf_counter()
        shadow = self.searcher.search_generation(
            task.catalog, task.generation, task.queries, task.top_k, task.filters, mode=task.mode,
            min_score=task.min_score,
        )  # fmt: skip
        latency = (time.perf_counter() - started) * 1000
        figures = ShadowFigures(searches=1, latency_ms=latency)
        for live, cand in zip(task.live.results, shadow.results, strict=True):
            live_ids, cand_ids = [h.id for h in live[:10]], [h.id for h in cand[:10]]
            figures.queries += 1
            figures.top1_agree += int(bool(live_ids) and live_ids[:1] == cand_ids[:1]) or int(
                not live_ids and not cand_ids
            )
            figures.overlap10 += len(set(live_ids) & set(cand_ids)) / max(len(live_ids), len(cand_ids), 1)
            if live and cand:
                figures.score_shift += cand[0].score - live[0].score
        self.metrics.incr(m.SHADOW_QUERIES, figures.queries)
        self.metrics.timing(m.SHADOW_LATENCY, latency)
        self.metrics.timing(m.SHADOW_TOP1_AGREEMENT, 1000 * figures.top1_agree / max(figures.queries, 1))
        self.metrics.timing(m.SHADOW_OVERLAP, 1000 * figures.overlap10 / max(figures.queries, 1))
        with self._guard:
            pending = self._pending.setdefault(task.job, _Pending(task.catalog))
            pending.figures.add(figures.__dict__)
            due = pending.figures.searches >= self.flush_every or time.monotonic() - pending.since > 5.0
        if due:
            self.flush()

    def flush(self) -> None:
        """Add this process's figures to each job's record (one write transaction)."""
        with self._guard:
            pending, self._pending = self._pending, {}
        if not pending:
            return
        key = f"{socket.gethostname()}:{os.getpid()}"  # one entry per worker process, on any node
        for job_id, item in pending.items():
            with self.store.write(item.catalog) as conn:
                job = self.store.get_job(conn, job_id)
                if job is None:
                    continue
                shadow = dict(job.details.get("shadow", {}))
                mine = ShadowFigures()
                mine.add(shadow.get(key, {}))
                mine.add(item.figures.__dict__)
                shadow[key] = mine.__dict__
                self.store.update_job(conn, job_id, details={**job.details, "shadow": shadow})
