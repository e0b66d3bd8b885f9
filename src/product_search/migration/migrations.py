"""Migrations: a catalog moved to another model version while it keeps answering.

A migration is a job in the store (``jobs``) that fills a new generation (``building``) with the vectors of
the target version, in batches, off the request path. Any process can run it: the one that started it, a
Gunicorn worker's job thread, the CLI. It is claimed through a lease renewed at every batch, so after a
``kill -9`` the lease expires and another process resumes it: what is done is what the store holds (the
generation's vectors), so nothing but the batch in flight is encoded again.

Writes during a migration store vectors for the building generation too ("write both"); a batch stores a
vector only where the product still has the text it was made from (:meth:`CatalogStore.put_vectors`).
The switch happens under the write lock: what is still missing is encoded there (the catch-up), the new
generation's index is built, and one transaction makes it active (the catalog version moves, so every
worker's next request reads it). The previous generation is retained for rollback; rollback is the same
switch in the other direction, after encoding what was written since (:mod:`..search.writes` drops a retained
generation's vectors of changed products).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import MigrationConflict, MigrationNotFound
from ..index.derived import DerivedIndexes
from ..observability import metrics as m
from ..search.lookup import Lookup
from ..search.results import ModelUsed, ShadowFigures
from ..search.writes import CatalogWriter
from ..storage.store import CatalogRow, CatalogStore, GenerationRow, JobRow, ModelBinding
from .switching import GenerationSwitch

log = logging.getLogger(__name__)

LEASE_SECONDS = 30.0
ACTIVE_STATES = ("running", "ready")
SWITCH_MODES = ("auto", "manual")


@dataclass(frozen=True)
class MigrationStatus:
    """What ``GET /v1/catalogs/<c>/migrations/<id>`` tells."""

    id: str
    catalog: str
    source: ModelUsed  # "from" in JSON
    target: ModelUsed  # "to"
    state: str  # running, ready, switched, failed, cancelled
    switch: str
    done: int
    total: int
    rate: float | None  # products per second over the last run
    eta_seconds: float | None
    error: str | None
    created_at: float
    updated_at: float
    shadow: dict[str, Any] = field(default_factory=dict)


def _shadow(job: JobRow) -> dict[str, Any]:
    """Every process's shadow figures of a job (:mod:`.shadow` adds them to its record), summed."""
    total = ShadowFigures()
    for part in job.details.get("shadow", {}).values():
        total.add(part)
    return total.summary()


def _status(job: JobRow, total: int, done: int | None = None) -> MigrationStatus:
    """What a job looks like to a caller: ``done`` of ``total`` products, rate, ETA, shadow figures."""
    d = job.details
    rate = d.get("rate")
    done = total if job.state == "switched" else min(job.done if done is None else done, total)
    eta = (total - done) / rate if rate and job.state == "running" else None
    return MigrationStatus(
        job.id, job.catalog, ModelUsed(**d["from"]), ModelUsed(**d["to"]), job.state, job.switch, done, total,
        rate, eta, job.error, job.created_at, job.updated_at, _shadow(job),
    )  # fmt: skip


def _new_job(
    cat: CatalogRow, target: ModelBinding, generation: int, switch: str, *, owner: str | None, lease: float
) -> JobRow:
    """A migration job of ``cat`` to ``target`` (its generation being built), claimed by ``owner`` if given."""
    now = time.time()
    return JobRow(
        id=uuid.uuid4().hex[:12], kind="migration", catalog=cat.name, generation=generation, state="running",
        switch=switch, done=0, total=cat.product_count, lease_owner=owner, lease_until=now + lease if owner else 0.0,
        error=None, created_at=now, updated_at=now,
        details={
            "from": {"ref": cat.model_ref, "fingerprint": cat.fingerprint, "generation": cat.generation},
            "to": {"ref": target.ref, "fingerprint": target.fingerprint, "generation": generation},
        },
    )  # fmt: skip


def owner_id() -> str:
    """Who holds a lease: host, process and thread (a lease is never shared by two runners)."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


class Migrations:
    """Start, run, switch, cancel and roll back model migrations of catalogs.

    Args:
        retain: generations kept after a switch, for rollback (``PRODUCT_SEARCH_RETAIN_GENERATIONS``).
        lease: seconds a runner's claim lasts unrenewed (``PRODUCT_SEARCH_MIGRATION_LEASE``).
        batch: products encoded per batch (and per lease renewal).
        duty: share of wall time a runner spends encoding (it sleeps the rest): searches keep their latency.
    """

    def __init__(
        self,
        store: CatalogStore,
        indexes: DerivedIndexes,
        lookup: Lookup,
        writer: CatalogWriter,
        *,
        counters: Counter[str],
        metrics: m.Metrics = m.OFF,
        retain: int = 1,
        batch: int = 128,
        duty: float = 0.5,
        lease: float = LEASE_SECONDS,
    ) -> None:
        self.store = store
        self.indexes = indexes
        self.lookup = lookup
        self.writer = writer
        self.counters = counters
        self.metrics = metrics
        self.retain = retain
        self.batch = batch
        self.duty = duty
        self.lease = lease
        self.switching = GenerationSwitch(store, indexes, lookup, writer, metrics, retain=retain)

    # -- reading -------------------------------------------------------------------------------

    def status(self, catalog: str, job_id: str) -> MigrationStatus:
        with self.store.read() as conn:
            self.lookup.require(conn, catalog)
            job = self.store.get_job(conn, job_id)
            if job is None or job.catalog != catalog:
                raise MigrationNotFound(
                    f"catalog {catalog!r} has no migration {job_id!r}", {"catalog": catalog, "id": job_id}
                )
            cat = self.store.get_catalog(conn, catalog)
            done = self._done(conn, job)
        return _status(job, cat.product_count if cat else job.total, done)

    def of_catalog(self, catalog: str) -> list[MigrationStatus]:
        with self.store.read() as conn:
            cat = self.lookup.require(conn, catalog)
            return [_status(j, cat.product_count, self._done(conn, j)) for j in self.store.jobs(conn, catalog)]

    def _done(self, conn: Any, job: JobRow) -> int:
        """Products with a vector in the job's generation now (writes add to it while it is built)."""
        return self.store.count_vectors(conn, job.generation) if job.state in ACTIVE_STATES else job.done

    def candidate(self, catalog: str) -> tuple[JobRow, GenerationRow] | None:
        """The migration of ``catalog`` whose generation is complete and waiting to be switched to."""
        with self.store.read() as conn:
            for job in self.store.jobs(conn, catalog, ("ready",)):
                gen = self.store.get_generation(conn, job.generation)
                if gen is not None:
                    return job, gen
        return None

    # -- starting ------------------------------------------------------------------------------

    def start(self, catalog: str, model_ref: str, switch: str = "auto", owner: str | None = None) -> MigrationStatus:
        """Create the target generation and the job (claimed by ``owner`` if given); nothing encoded yet."""
        if switch not in SWITCH_MODES:
            raise MigrationConflict(f"switch must be one of {', '.join(SWITCH_MODES)}")
        binding, _encoder = self.lookup.binding(model_ref)  # loads the model: a bad one fails here, not later
        with self.writer.transaction(catalog) as conn:
            cat = self.lookup.require(conn, catalog)
            busy = self.store.jobs(conn, catalog, ACTIVE_STATES)
            if busy:
                raise MigrationConflict(
                    f"catalog {catalog!r} is already migrating ({busy[0].id}); switch or cancel it first",
                    {"catalog": catalog, "migration": busy[0].id},
                )
            gen = self.store.add_generation(conn, catalog, binding)
            job = _new_job(cat, binding, gen.id, switch, owner=owner, lease=self.lease)
            self.store.add_job(conn, job)
            self.store.record(conn, "migration.start", catalog, {"migration": job.id, "model": binding.ref})
        log.info("migration started", extra={"fields": {"catalog": catalog, "id": job.id, "to": binding.ref}})
        return _status(job, cat.product_count)

    # -- running -------------------------------------------------------------------------------

    def resumable(self) -> list[str]:
        """Running jobs nobody holds (their runner died or never started): ids, oldest first."""
        now = time.time()
        with self.store.read() as conn:
            jobs = self.store.jobs(conn, states=("running",))
        return [j.id for j in reversed(jobs) if j.lease_owner is None or j.lease_until < now]

    def run(
        self,
        job_id: str,
        owner: str,
        *,
        stop: threading.Event | None = None,
        progress: Callable[[int], None] | None = None,
        foreground: bool = False,
    ) -> bool:
        """Fill the job's generation batch by batch while holding its lease, then finish it (switch, or
        ``ready`` for a manual switch). Return False if the lease was someone else's or was lost.

        In the background (a service's worker) it encodes on one core and sleeps by the duty cycle, so
        searches keep their latency; in the ``foreground`` (the CLI) it uses every core without pause.
        """
        with self.store.read() as conn:
            seen = self.store.get_job(conn, job_id)
        if seen is None:
            return False
        with self.store.write(seen.catalog) as conn:
            if not self.store.claim_job(conn, job_id, owner, self.lease):
                return False
            job = self.store.get_job(conn, job_id)
        if job is None:  # cannot happen: claimed in the same transaction
            return False
        try:
            return self._run(job, owner, stop, progress, foreground)
        except Exception as exc:  # the job records why; the catalog keeps answering from its active generation
            log.exception("migration failed", extra={"fields": {"id": job_id}})
            self._fail(job, f"{type(exc).__name__}: {exc}")
            return True

    def _run(
        self,
        job: JobRow,
        owner: str,
        stop: threading.Event | None,
        progress: Callable[[int], None] | None,
        foreground: bool,
    ) -> bool:
        with self.store.read() as conn:
            cat = self.lookup.require(conn, job.catalog)
            gen = self.store.get_generation(conn, job.generation)
        if gen is None:
            raise MigrationConflict(f"generation {job.generation} of migration {job.id} is gone")
        target = cat.through(gen)
        encoder = self.lookup.encoder(target)
        started, encoded, after = time.perf_counter(), 0, 0
        while stop is None or not stop.is_set():
            with self.store.read() as conn:
                rows = self.store.missing_vectors(conn, job.catalog, gen.id, after, self.batch)
            if not rows:
                break
            t0 = time.perf_counter()
            texts = [text for _, text in rows]
            # In a service, one core: the searches keep theirs.
            vectors = encoder.encode(texts, "document", bulk=True) if foreground else encoder.encode_background(texts)
            self.counters["documents_encoded"] += len(rows)
            busy = 0.0 if foreground else time.perf_counter() - t0
            encoded += len(rows)
            after = rows[-1][0]
            rate = encoded / max(time.perf_counter() - started, 1e-9)
            with self.store.write(job.catalog) as conn:
                if not self.store.claim_job(conn, job.id, owner, self.lease):
                    return False  # cancelled, or another runner took over after a stall
                self.store.put_vectors(conn, gen.id, rows, vectors)
                done = self.store.count_vectors(conn, gen.id)
                self.store.update_job(conn, job.id, done=done, details={**job.details, "rate": round(rate, 1)})
            self.counters["migration_encoded"] += len(rows)
            self.metrics.incr(m.MIGRATION_ENCODED, len(rows))
            if progress:
                progress(len(rows))
            pause = busy * (1 - self.duty) / self.duty  # leave the cores to searches
            if stop is not None:
                stop.wait(pause)
            else:
                time.sleep(pause)
        if stop is not None and stop.is_set():
            with self.store.write(job.catalog) as conn:  # let another process resume at once
                self.store.update_job(conn, job.id, lease_owner=None, lease_until=0.0)
            return True
        if job.switch == "auto":
            self._switch(job, from_state="running")
        else:
            with self.writer.transaction(job.catalog) as conn:
                self.switching.catch_up(conn, target)
                self.store.update_job(conn, job.id, state="ready", lease_owner=None, lease_until=0.0)
            log.info("migration ready to switch", extra={"fields": {"catalog": job.catalog, "id": job.id}})
        return True

    def _fail(self, job: JobRow, error: str) -> None:
        with self.writer.transaction(job.catalog) as conn:
            current = self.store.get_job(conn, job.id)
            if current is None or current.state not in ACTIVE_STATES:
                return
            self.store.update_job(conn, job.id, state="failed", error=error[:500], lease_owner=None)
            self.store.drop_generation(conn, job.generation)
        self.indexes.held.forget_generation(job.catalog, job.generation)

    # -- switching -----------------------------------------------------------------------------

    def switch(self, catalog: str, job_id: str) -> MigrationStatus:
        """Make a ready migration's generation the active one (``POST .../migrations/<id>/switch``)."""
        with self.store.read() as conn:
            self.lookup.require(conn, catalog)
            job = self.store.get_job(conn, job_id)
        if job is None or job.catalog != catalog:
            raise MigrationNotFound(f"catalog {catalog!r} has no migration {job_id!r}", {"catalog": catalog})
        if job.state != "ready":
            raise MigrationConflict(
                f"migration {job_id} is {job.state}; only a ready migration can be switched to",
                {"state": job.state},
            )
        self._switch(job, from_state="ready")
        return self.status(catalog, job_id)

    def _switch(self, job: JobRow, *, from_state: str) -> None:
        with self.writer.transaction(job.catalog) as conn:
            current = self.store.get_job(conn, job.id)
            if current is None or current.state != from_state:
                raise MigrationConflict(f"migration {job.id} is no longer {from_state}")
            cat = self.lookup.require(conn, job.catalog)
            gen = self.store.get_generation(conn, job.generation)
            if gen is None:
                raise MigrationConflict(f"generation {job.generation} of migration {job.id} is gone")
            caught_up = self.switching.catch_up(conn, cat.through(gen))
            self.switching.activate(conn, cat, gen)
            self.store.update_job(
                conn, job.id, state="switched", lease_owner=None, lease_until=0.0,
                done=self.store.count_vectors(conn, gen.id),
                details={**current.details, "caught_up": caught_up, "switched_at": time.time()},
            )  # fmt: skip
            self.store.record(conn, "migration.switch", job.catalog, {"migration": job.id, "caught_up": caught_up})
        log.info("migration switched", extra={"fields": {"catalog": job.catalog, "id": job.id}})

    def cancel(self, catalog: str, job_id: str) -> MigrationStatus:
        """Stop a running or ready migration and drop its generation (``DELETE .../migrations/<id>``)."""
        with self.writer.transaction(catalog) as conn:
            self.lookup.require(conn, catalog)
            job = self.store.get_job(conn, job_id)
            if job is None or job.catalog != catalog:
                raise MigrationNotFound(f"catalog {catalog!r} has no migration {job_id!r}", {"catalog": catalog})
            if job.state not in ACTIVE_STATES:
                raise MigrationConflict(
                    f"migration {job_id} is {job.state}; it cannot be cancelled", {"state": job.state}
                )
            self.store.update_job(conn, job_id, state="cancelled", lease_owner=None, lease_until=0.0)
            self.store.drop_generation(conn, job.generation)
            self.store.record(conn, "migration.cancel", catalog, {"migration": job_id})
        self.indexes.held.forget_generation(catalog, job.generation)
        return self.status(catalog, job_id)
