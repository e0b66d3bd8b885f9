"""Search telemetry: what each search and each encoded text tells the metrics, and the reporters.

Nothing here changes an answer; everything is skipped when metrics are off. A search's telemetry (its counts,
timings, scores, the queries' token counts and the drift of their vectors) is done after the answer, by one
thread of the process, never on the request's path nor under a lock a search needs.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..encoding.encoder import Encoder, InputType
from ..observability import metrics as m
from ..observability.drift import QueryDrift
from ..storage.jobs import STALLED_AFTER_S
from ..storage.store import CatalogStore
from .results import CatalogStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchRecord:
    """What one search request tells the metrics: ``scores`` per query, best first; the index and fetch times
    are None when no index search ran (a filter matched nothing), and ``mode`` None when no ranking counted;
    the query ``vectors`` (n, dimension) and the searched index's ``centroid`` for the drift gauge, where the
    vector index was searched."""

    catalog: str
    queries: Sequence[str]
    mode: str | None
    scores: list[list[float]]
    encoder: Encoder | None
    encode_s: float
    index_s: float | None
    fetch_s: float | None
    vectors: npt.NDArray[np.float32] | None = None
    centroid: Callable[[], npt.NDArray[np.float32]] | None = None


# Searches whose telemetry may wait for the thread; beyond, a search's telemetry is dropped (never the search).
BACKLOG = 1024


class SearchTelemetry:
    def __init__(
        self,
        drift: QueryDrift,
        metrics: m.Metrics = m.OFF,
        backlog: int = BACKLOG,
        counters: Counter[str] | None = None,
    ) -> None:
        self.drift = drift
        self.metrics = metrics
        # This process's work counters (/v1/info): "telemetry_dropped", searches whose telemetry found the backlog full.
        self.counters: Counter[str] = Counter() if counters is None else counters
        self._size = backlog
        self._backlog: queue.Queue[Callable[[], None]] = queue.Queue(backlog)
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._guard = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.metrics.enabled

    def _later(self, work: Callable[[], None]) -> None:
        """Run ``work`` on the telemetry thread (started on first use in each process: Gunicorn forks)."""
        if self._thread is None or self._pid != os.getpid() or not self._thread.is_alive():
            with self._guard:
                if self._thread is None or self._pid != os.getpid() or not self._thread.is_alive():
                    self._backlog = queue.Queue(self._size)  # a forked copy's backlog is its parent's work
                    self._pid = os.getpid()
                    self._thread = threading.Thread(target=self._run, name="search-telemetry", daemon=True)
                    self._thread.start()
        try:
            self._backlog.put_nowait(work)
        except queue.Full:
            with self._guard:
                self.counters["telemetry_dropped"] += 1

    def _run(self) -> None:
        backlog = self._backlog
        while True:
            work = backlog.get()
            try:
                work()
            except Exception:  # telemetry never takes the service down
                log.exception("search telemetry failed")
            finally:
                backlog.task_done()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until the telemetry of every search so far is sent, and send the metrics buffered in this process
        (tests; a stopping worker); False if it was not within ``timeout`` seconds."""
        try:
            if self._pid == os.getpid():  # else nothing queued here yet (a forked copy's count is its parent's)
                deadline = time.monotonic() + timeout
                while self._backlog.unfinished_tasks:
                    if time.monotonic() > deadline:
                        return False
                    time.sleep(0.005)
            return True
        finally:
            self.metrics.flush()  # what was recorded, even when the telemetry thread is behind

    def search(self, record: SearchRecord) -> None:
        """One search request's telemetry, sent after the answer."""
        if self.enabled:
            self._later(lambda: self._send(record))

    def _send(self, r: SearchRecord) -> None:
        if r.vectors is not None and r.centroid is not None:  # query vectors against the catalog's centroid
            try:
                self.drift.observe(r.catalog, r.vectors, r.centroid)
            except Exception:  # the search's counts and timings are still sent
                log.exception("query drift not observed")
        mx = self.metrics
        if r.mode is not None:
            mx.incr(m.SEARCH_MODE.format(mode=r.mode), len(r.queries))
        mx.incr(m.QUERIES, len(r.queries))
        mx.timing(m.QUERIES_PER_REQUEST, len(r.queries))
        mx.timing(m.SEARCH_ENCODE, r.encode_s * 1000)
        if r.index_s is not None and r.fetch_s is not None:
            mx.timing(m.SEARCH_INDEX, r.index_s * 1000)
            mx.timing(m.SEARCH_FETCH, r.fetch_s * 1000)
        mx.relevance(r.scores)
        if r.encoder is not None:
            self.texts(r.encoder, list(r.queries), "query")

    def texts(self, encoder: Encoder, texts: list[str], input_type: InputType) -> None:
        """Text length, token counts and truncation of texts encoded by ``encoder``."""
        if not self.enabled:
            return
        stats = encoder.token_stats(texts, input_type)
        for text, tokens, unknown in zip(texts, stats.counts, stats.unknown, strict=True):
            self.metrics.timing(m.TEXT_CHARS.format(input_type=input_type), len(text))
            self.metrics.timing(m.TOKENS.format(input_type=input_type), tokens)
            self.metrics.timing(m.UNKNOWN_SHARE.format(input_type=input_type), 1000 * unknown / max(tokens, 1))
        if any(stats.truncated):
            self.metrics.incr(m.TRUNCATED.format(input_type=input_type), sum(stats.truncated))

    @staticmethod
    def report_store(mx: m.Metrics, *, store: CatalogStore, catalogs: Callable[[], Sequence[CatalogStatus]]) -> None:
        """Reporter task: whether the store answers, every catalog's size (so the gauges survive a StatsD
        restart) and the migrations stuck in ``running`` (a live runner updates its job at every batch)."""
        try:
            listed = catalogs()
            with store.read() as conn:
                running = store.jobs(conn, states=("running",))
        except Exception:
            mx.gauge(m.STORE_OK, 0)
            raise  # the reporter logs it
        mx.gauge(m.STORE_OK, 1)
        mx.gauge(m.MIGRATIONS_STALLED, sum(time.time() - job.updated_at > STALLED_AFTER_S for job in running))
        for cat in listed:
            mx.gauge(m.CATALOG_SIZE.format(catalog=cat.name), cat.product_count)

    def report_drift(self, mx: m.Metrics) -> None:
        """Reporter task: query drift of each catalog searched enough since the last report."""
        for name, value in self.drift.collect().items():
            mx.gauge(m.DRIFT.format(catalog=name), value)
