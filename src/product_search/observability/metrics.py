"""StatsD metrics: every metric name the service emits is defined here, once.

Names are Graphite-style, ``<prefix>.<env>.<host>.<name>``. Sending is UDP fire-and-forget: a missing
or unreachable daemon never blocks or fails a request. A metric is not sent by the thread that records it: it
waits in the process's buffer (a few microseconds to add) and a sender thread sends what is there every
:data:`FLUSH_SECONDS`, many metrics to a datagram (StatsD reads one metric a line). A search made about fifteen
sends of its own, three of them before its response was written: StatsD on cost a search 7 % end to end, 1.4 %
since (issue 31, docs/performance.md).
"""

from __future__ import annotations

import atexit
import logging
import numbers
import os
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psutil
import statsd

from ..config import DEFAULTS, Settings

log = logging.getLogger(__name__)

# Counters
REQUESTS = "http.requests.{endpoint}.{status_class}"
ERRORS = "http.errors.{code}"
QUERIES = "search.queries"
SEARCH_MODE = "search.mode.{mode}"
EMPTY_RESULTS = "relevance.empty_results"
LOW_CONFIDENCE = "relevance.low_confidence"
TRUNCATED = "encode.truncated.{input_type}"
UPSERTED = "catalog.products_upserted"
DELETED = "catalog.products_deleted"
MIGRATION_ENCODED = "migration.encoded"  # products encoded for a generation being built
GENERATION_SWITCHES = "migration.switches"  # switches and rollbacks
SHADOW_QUERIES = "shadow.queries"  # queries compared on a candidate generation
SHADOW_DROPPED = "shadow.dropped"  # shadow searches dropped: the queue was full
INDEX_LOADS = "index.loads"
INDEX_BUILDS = "index.builds"
LEXICAL_LOADS = "lexical.loads"
LEXICAL_BUILDS = "lexical.builds"
INDEX_FOLLOWS = "index.follows"  # an index brought up to date from the store's change log (another node's writes)
LEXICAL_FOLLOWS = "lexical.follows"
INDEX_EVICTIONS = "index.evictions"  # a catalog's indexes dropped from memory (PRODUCT_SEARCH_INDEX_MEMORY)
INDEX_FAILURES = "index.failures"  # a catalog's index could not be built: its searches answer 503 (see the log)
UNREADABLE = "lexical.unreadable"  # products indexed without words: the analyzer failed on their text (a bug)
WORKER_STARTS = "worker.starts"
CANARY_RUNS = "canary.{catalog}.runs"
CANARY_ERRORS = "canary.{catalog}.errors"
SHED = "overload.shed.{kind}.{reason}"
# Timers (milliseconds, or a distribution sent as a timer)
LATENCY = "http.latency.{endpoint}"
SHADOW_LATENCY = "shadow.latency"
SHADOW_TOP1_AGREEMENT = "shadow.top1_agreement"  # per mille of a search's queries
SHADOW_OVERLAP = "shadow.overlap_at_10"  # per mille
SEARCH_ENCODE = "search.latency.encode"
SEARCH_INDEX = "search.latency.index"
SEARCH_FETCH = "search.latency.fetch"
SEARCH_SERIALIZE = "search.latency.serialize"
QUERIES_PER_REQUEST = "search.queries_per_request"
TEXT_CHARS = "encode.text_chars.{input_type}"
TOKENS = "encode.tokens.{input_type}"
UNKNOWN_SHARE = "encode.unknown_share_milli.{input_type}"
TOP1_SCORE = "relevance.top1_score_milli"
TOP1_MARGIN = "relevance.top1_margin_milli"
INDEX_LOAD_TIME = "index.load_time"
INDEX_BUILD_TIME = "index.build_time"
LEXICAL_LOAD_TIME = "lexical.load_time"
LEXICAL_BUILD_TIME = "lexical.build_time"
CANARY_LATENCY = "canary.{catalog}.latency"
# Gauges
CATALOG_SIZE = "catalog.size.{catalog}"
MODEL_LOAD_TIME = "model.load_seconds"
MEMORY_RSS = "process.worker_{slot}.memory_rss_bytes"
CPU_PERCENT = "process.worker_{slot}.cpu_percent"
DRIFT = "relevance.drift.{catalog}"
CANARY_HIT_RATE = "canary.{catalog}.hit_rate"
WORKER_READY = "health.worker_{slot}.ready"
STORE_OK = "health.store_ok"  # 1 while the store answers (SQLite file or PostgreSQL), 0 when a read fails
DISK_FREE = "health.disk_free_milli"  # free share of the data directory's file system, per mille
MEMORY_AVAILABLE = "health.memory_available_milli"  # the host's available memory, per mille
MIGRATIONS_STALLED = "migration.stalled"  # migrations running without progress for STALLED_AFTER_S

# Every name by StatsD type: dashboards and alert rules are checked against these (tests/test_monitoring.py).
COUNTERS = (
    REQUESTS, ERRORS, QUERIES, SEARCH_MODE, EMPTY_RESULTS, LOW_CONFIDENCE, TRUNCATED, UPSERTED, DELETED,
    MIGRATION_ENCODED, GENERATION_SWITCHES, SHADOW_QUERIES, SHADOW_DROPPED,
    INDEX_LOADS, INDEX_BUILDS, LEXICAL_LOADS, LEXICAL_BUILDS, INDEX_FOLLOWS, LEXICAL_FOLLOWS, INDEX_EVICTIONS,
    INDEX_FAILURES, UNREADABLE, WORKER_STARTS,
    CANARY_RUNS, CANARY_ERRORS, SHED,
)  # fmt: skip
TIMERS = (
    SHADOW_LATENCY, SHADOW_TOP1_AGREEMENT, SHADOW_OVERLAP,
    LATENCY, SEARCH_ENCODE, SEARCH_INDEX, SEARCH_FETCH, SEARCH_SERIALIZE, QUERIES_PER_REQUEST, TEXT_CHARS,
    TOKENS, UNKNOWN_SHARE, TOP1_SCORE, TOP1_MARGIN, INDEX_LOAD_TIME, INDEX_BUILD_TIME,
    LEXICAL_LOAD_TIME, LEXICAL_BUILD_TIME, CANARY_LATENCY,
)  # fmt: skip
GAUGES = (
    CATALOG_SIZE, MODEL_LOAD_TIME, MEMORY_RSS, CPU_PERCENT, DRIFT, CANARY_HIT_RATE, WORKER_READY,
    STORE_OK, DISK_FREE, MEMORY_AVAILABLE, MIGRATIONS_STALLED,
)  # fmt: skip

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
FLUSH_SECONDS = 0.05  # how often the sender thread sends what the buffers hold
BUFFERED = 50_000  # metrics a buffer holds at most; beyond, the oldest are dropped (UDP metrics are lossy anyway)
# This process's enabled Metrics, whose buffers the sender thread and the exit send: held to the end (a CLI drops
# its Metrics before it exits, with metrics still buffered; a service makes one).
_LIVE: set[Metrics] = set()


class _Sender:
    """One thread per process that sends every live :class:`Metrics`' buffer every :data:`FLUSH_SECONDS`,
    started by the first metric recorded. A forked child (a Gunicorn worker) has no thread and empty buffers:
    what the master recorded is the master's to send."""

    def __init__(self) -> None:
        self.running = False
        self._guard = threading.Lock()

    def start(self) -> None:
        with self._guard:
            if not self.running:
                threading.Thread(target=self._send_every, name="metrics-sender", daemon=True).start()
                self.running = True

    @staticmethod
    def _send_every() -> None:
        while True:
            time.sleep(FLUSH_SECONDS)
            flush_all()

    def forked(self) -> None:
        self.running = False
        self._guard = threading.Lock()  # a copy of the parent's, maybe held by a thread the child lacks
        for mx in list(_LIVE):
            mx._buffer.clear()
            mx._flushing = threading.Lock()


def flush_all() -> None:
    """Send what every live Metrics of this process holds (the sender thread; a process's exit)."""
    for mx in list(_LIVE):
        mx.flush()


_sender = _Sender()
os.register_at_fork(after_in_child=_sender.forked)
atexit.register(flush_all)  # what a process recorded last (a CLI run) is sent before it ends


def safe(part: str) -> str:
    """One Graphite path component: no dots, spaces or other separators."""
    return _UNSAFE.sub("_", part).strip("_") or "none"


class Metrics:
    """StatsD metrics of this process (``statsd.StatsClient``, buffered: see the module); disabled (no-op) when no
    host is configured."""

    def __init__(self, settings: Settings, hostname: str | None = None) -> None:
        host = safe((hostname or socket.gethostname()).split(".")[0])
        self.prefix = ".".join([settings.statsd_prefix, safe(settings.environment), host])
        self.low_score_threshold = settings.low_score_threshold
        self._client: statsd.StatsClient | None = None
        self._buffer: deque[tuple[str, str, float]] = deque(maxlen=BUFFERED)
        self._flushing = threading.Lock()  # one flush at a time: a gauge's values leave in the order recorded
        if settings.statsd_host:
            try:
                self._client = statsd.StatsClient(settings.statsd_host, settings.statsd_port, prefix=self.prefix)
            except OSError as exc:  # e.g. the name does not resolve: serve anyway, without metrics
                log.warning("StatsD disabled", extra={"fields": {"host": settings.statsd_host, "error": str(exc)}})
            else:
                _LIVE.add(self)

    @property
    def enabled(self) -> bool:
        return self._client is not None

    def incr(self, name: str, count: int = 1) -> None:
        if self._client is not None:
            self._add("incr", name, count)

    def timing(self, name: str, value: float) -> None:
        if self._client is not None:
            self._add("timing", name, value)

    def gauge(self, name: str, value: float) -> None:
        if self._client is not None:
            self._add("gauge", name, value)

    def _add(self, kind: str, name: str, value: float) -> None:
        if not isinstance(value, numbers.Real):  # refused where it is recorded, as the client itself would
            raise TypeError(f"metric {name}: {value!r} is no number")
        if not _sender.running:
            _sender.start()
        self._buffer.append((kind, name, value))

    def flush(self) -> None:
        """Send every buffered metric now, many to a datagram (the sender thread does so every
        :data:`FLUSH_SECONDS`; a stopping worker, a CLI's exit and tests call it). Never raises."""
        if self._client is None or not self._buffer:
            return
        with self._flushing:
            pipe = self._client.pipeline()
            buffer = self._buffer
            while buffer:
                kind, name, value = buffer.popleft()
                if kind == "incr":
                    pipe.incr(name, value)  # the count as recorded ("1|c")
                elif kind == "timing":
                    pipe.timing(name, value)
                else:
                    pipe.gauge(name, value)
            try:
                pipe.send()
            except Exception:  # metrics never take the service (or a worker's exit) down
                log.exception("metrics not sent")

    @contextmanager
    def timer(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timing(name, (time.perf_counter() - started) * 1000)

    def relevance(self, score_rows: list[list[float]]) -> None:
        """Top-1 score, top-1 minus top-2 margin, low-confidence and empty-result counts per query."""
        for scores in score_rows:
            if not scores:
                self.incr(EMPTY_RESULTS)
                continue
            self.timing(TOP1_SCORE, scores[0] * 1000)
            if len(scores) > 1:
                self.timing(TOP1_MARGIN, (scores[0] - scores[1]) * 1000)
            if scores[0] < self.low_score_threshold:
                self.incr(LOW_CONFIDENCE)

    def start_reporter(
        self, tasks: Sequence[Callable[[Metrics], None]], interval: float = 10.0
    ) -> threading.Thread | None:
        """Run each task every ``interval`` seconds in one daemon thread (one per worker)."""
        if self._client is None:
            return None

        def loop() -> None:
            while True:
                time.sleep(interval)
                for task in tasks:
                    try:
                        task(self)
                    except Exception:  # telemetry must never take the worker down
                        log.exception("metrics task failed", extra={"fields": {"task": getattr(task, "__name__", "")}})

        thread = threading.Thread(target=loop, name="metrics-reporter", daemon=True)
        thread.start()
        return thread


def process_stats(slot: int) -> Callable[[Metrics], None]:
    """A reporter task: this worker's memory and CPU, under its stable Gunicorn slot number.

    Slots (0..workers-1) are reused by replacement workers, so Graphite holds one series per slot
    and ``sumSeries(process.worker_*.memory_rss_bytes)`` is the whole service's memory.
    """
    proc = psutil.Process()
    proc.cpu_percent(None)  # the first call only sets the baseline

    def report_process(mx: Metrics) -> None:
        mx.gauge(MEMORY_RSS.format(slot=slot), proc.memory_info().rss)
        mx.gauge(CPU_PERCENT.format(slot=slot), proc.cpu_percent(None))

    return report_process


def host_stats(data_dir: Path) -> Callable[[Metrics], None]:
    """A reporter task: the free share of the data directory's disk and of the host's memory (per mille),
    what an upload and a worker need before they fail (507 ``insufficient_storage``, the OOM killer)."""

    def report_host(mx: Metrics) -> None:
        disk = psutil.disk_usage(str(data_dir))
        memory = psutil.virtual_memory()
        mx.gauge(DISK_FREE, round(1000 * disk.free / max(disk.total, 1)))
        mx.gauge(MEMORY_AVAILABLE, round(1000 * memory.available / max(memory.total, 1)))

    return report_host


# Metrics that send nothing, for what runs without a service's StatsD (the CLI, tests): every part of the search
# takes a Metrics and calls it, never a None.
OFF = Metrics(DEFAULTS, hostname="off")
