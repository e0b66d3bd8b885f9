"""The per-process service state: settings, model, catalogs, metrics, limits; one accessor for it."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

from .. import __version__
from ..access.keys import KeyRing
from ..catalogs import Catalogs
from ..config import Settings
from ..encoding.encoder import Encoder
from ..encoding.models import LoadedModels
from ..encoding.repository import Manifest, ModelNotFound
from ..errors import ModelNotAllowed
from ..observability.metrics import (
    MODEL_LOAD_TIME,
    WORKER_READY,
    WORKER_STARTS,
    Metrics,
    host_stats,
    process_stats,
)
from ..storage.store import StoreError, StoreUnavailable
from .limits import Admission, AuthFailureLimit, DrainFlag, KeyRateLimit

log = logging.getLogger(__name__)


# What /v1/info reports of the settings: the limits a caller must respect.
_LIMITS = (
    "max_queries", "max_descriptions", "max_upload", "max_query_chars", "max_description_chars", "max_top_k",
    "max_body_bytes", "max_upload_bytes",
)  # fmt: skip


@dataclass(frozen=True)
class Status:
    """Liveness or readiness: ``ok``, ``ready``, ``draining`` or ``unavailable``, and why."""

    status: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def serving(self) -> bool:
        return self.status in ("ok", "ready")


@dataclass(frozen=True)
class Description:
    """What /v1/info tells: the service, its model, its limits and this worker's counters."""

    service: str
    version: str
    model: dict[str, Any]
    limits: dict[str, int]
    process: dict[str, Any]


@dataclass
class ServiceState:
    settings: Settings
    models: LoadedModels
    catalogs: Catalogs
    metrics: Metrics
    started_at: float = field(default_factory=time.time)
    ready: bool = False
    not_ready_reason: str = "starting: indexes not loaded yet"
    failed: str | None = None  # why warm-up failed; data endpoints refuse while set
    drain: DrainFlag = field(default_factory=DrainFlag)
    # A shared store is pinged by readiness (at most once per this many seconds): a node whose database is
    # out of reach leaves the load balancer's rotation.
    store_check_interval: float = 1.0
    _store_checked: tuple[float, str | None] = (0.0, None)
    searches: Admission = field(init=False)
    writes: Admission = field(init=False)
    write_rate: KeyRateLimit = field(init=False)
    search_rate: KeyRateLimit = field(init=False)
    auth_failures: AuthFailureLimit = field(init=False)
    keys: KeyRing = field(init=False)

    def __post_init__(self) -> None:
        s = self.settings
        self.searches = Admission("search", s.max_inflight, s.max_queued, s.queue_timeout)
        self.writes = Admission("write", s.max_inflight_writes, 0, 0.0)
        self.write_rate = KeyRateLimit(s.write_rate, s.write_burst, s.data_dir / "write-rate.lock")
        # Searches are limited only for stored keys given a search rate (their bucket is as deep as one second).
        self.search_rate = KeyRateLimit(0.0, 1, s.data_dir / "search-rate.lock")
        self.auth_failures = AuthFailureLimit(s.auth_failures_per_minute)
        self.keys = KeyRing(self.catalogs.store)

    @property
    def encoder(self) -> Encoder:
        """The default model's encoder, as the repository's alias says now."""
        return self.models.default()[1]

    def model(self, ref: str | None, *, admin: bool = False) -> tuple[Manifest, Encoder]:
        """A model version by reference (None: the default), loaded. Naming a version loads it (and may
        unload another): a reader may name the default model and those ``PRODUCT_SEARCH_READER_MODELS``
        lists, an admin any."""
        manifest = self.models.resolve(ref)
        if not admin and ref is not None and manifest.ref not in self._reader_models():
            raise ModelNotAllowed(
                f"model {manifest.ref} is not open to read keys: use the default model, or ask an operator to add "
                "it to PRODUCT_SEARCH_READER_MODELS",
                {"model": manifest.ref, "allowed": sorted(self._reader_models())},
            )
        return manifest, self.models.encoder(manifest)

    def _reader_models(self) -> set[str]:
        """The versions readers may name now (references resolved on each call: aliases move)."""
        allowed = {self.models.resolve().ref}
        for ref in self.settings.reader_models:
            try:
                allowed.add(self.models.resolve(ref).ref)
            except ModelNotFound:
                continue  # an allowed name not (or no longer) in the repository allows nothing
        return allowed

    @property
    def draining(self) -> bool:
        """True from the master's SIGTERM on (every worker shares the flag)."""
        return self.drain.is_set()

    def readiness(self) -> Status:
        """Ready once model and indexes are loaded and the store is readable; not while draining."""
        if self.draining:
            return Status("draining", {"reason": "shutting down"})
        if not self.ready:
            return Status("unavailable", {"reason": self.not_ready_reason})
        problem = self._store_problem()
        if problem is not None:
            return Status("unavailable", {"reason": problem})
        return Status("ready", {"fingerprint": self.encoder.fingerprint.id})

    def _store_problem(self) -> str | None:
        """Why a shared store cannot be used now (None: it answers), checked at most once per interval."""
        store = self.catalogs.store
        if not store.shared:
            return None
        at, problem = self._store_checked
        if time.monotonic() - at < self.store_check_interval:
            return problem
        try:
            store.check_integrity()
            problem = None
        except StoreError as exc:
            # Readiness is unauthenticated: the details (database user, host) go to the log only.
            problem = "the catalog store is unavailable"
            log.warning("the catalog store is unavailable", extra={"fields": {"error": str(exc)}})
        self._store_checked = (time.monotonic(), problem)
        return problem

    def describe(self) -> Description:
        return Description(
            "product-search",
            __version__,
            {**self.encoder.info(), "ref": self.models.resolve().ref},
            {name: getattr(self.settings, name) for name in _LIMITS},
            {"pid": os.getpid(), "ready": self.ready, **dict(self.catalogs.counters)},
        )

    def warm_up(self, pause: float = 2.0) -> None:
        """Check the store, warm the model, load every index; readiness turns true only when all are done.

        A failure leaves the worker up but unready, and :attr:`failed` makes the data endpoints refuse
        with 503: a damaged store must not answer searches from whatever is still readable. A shared store
        out of reach (a database restarting) is not a failure: the worker stays unready with the reason,
        tries again every ``pause`` seconds and becomes ready by itself once the database answers.
        """
        while True:
            try:
                self.catalogs.store.check_integrity()  # first: never build indexes from a damaged store
                self.encoder.warm_up()
                count = self.catalogs.preload()
                break
            except StoreUnavailable as exc:
                self.not_ready_reason = "waiting for the catalog store"
                log.warning("the catalog store is unavailable; retrying", extra={"fields": {"error": str(exc)}})
                if self.draining:
                    return
                time.sleep(pause)
            except Exception as exc:  # readiness must say why instead of crashing the worker
                store = isinstance(exc, StoreError | sqlite3.DatabaseError)
                self.failed = (
                    "the catalog store cannot be opened or is damaged; see the service log" if store
                    else "warm-up failed; see the service log"
                )  # fmt: skip
                self.ready = False
                self.not_ready_reason = self.failed
                log.exception("warm-up failed; /readyz stays 503 and data endpoints answer 503")
                return
        self.ready = True
        self.not_ready_reason = ""
        self.metrics.incr(WORKER_STARTS)
        self.metrics.gauge(MODEL_LOAD_TIME, max(e.encoder.load_seconds for e in self.models.loaded()))
        log.info("ready", extra={"fields": {"catalogs": count}})

    def warm_up_in_background(self, worker_slot: int = 0) -> threading.Thread:
        """Gunicorn workers call this after fork: periodic telemetry, then warm-up off the main thread."""

        def report_ready(mx: Metrics) -> None:
            mx.gauge(WORKER_READY.format(slot=worker_slot), 1 if self.ready and not self.draining else 0)

        self.metrics.start_reporter(
            [
                report_ready,
                process_stats(worker_slot),
                host_stats(self.settings.data_dir),
                *self.catalogs.reporters(),
            ],
            self.settings.metrics_interval,
        )
        self.catalogs.runner.start()  # resumes migrations whose runner died (kill -9, restart)
        self.catalogs.follower.start()  # a shared store: other nodes' writes, applied as they commit
        thread = threading.Thread(target=self.warm_up, name="warm-up", daemon=True)
        thread.start()
        return thread


_EXTENSION = "product_search"


def init_app(app: Flask, service: ServiceState) -> None:
    """Make ``service`` the state of ``app``."""
    app.extensions[_EXTENSION] = service


def service_of(app: Flask) -> ServiceState:
    """The state of ``app`` (Gunicorn hooks, outside any request)."""
    value: ServiceState = app.extensions[_EXTENSION]
    return value


def state() -> ServiceState:
    """The state of the app handling the current request."""
    return service_of(current_app)
