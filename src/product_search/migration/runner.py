"""Running migrations: the threads of a service process (those started there, and abandoned ones), and
the foreground run of the CLI."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from ..errors import MigrationConflict
from .migrations import Migrations, owner_id

log = logging.getLogger(__name__)


class MigrationRunner:
    """Runs migrations in background threads of this process: those started here, and any whose runner
    died (found by polling for expired leases), so a migration always finishes while a service runs.

    Args:
        poll_seconds: how often abandoned migrations are looked for (0: never; only submitted ones run).
    """

    def __init__(self, migrations: Migrations, poll_seconds: float = 5.0) -> None:
        self.migrations = migrations
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._threads: dict[str, threading.Thread] = {}
        self._guard = threading.Lock()
        self._poller: threading.Thread | None = None

    def submit(self, job_id: str) -> None:
        """Run a migration in a thread of its own, unless this process already runs it."""
        with self._guard:
            running = self._threads.get(job_id)
            if running is not None and running.is_alive():
                return
            thread = threading.Thread(target=self._run, args=(job_id,), name=f"migration-{job_id}", daemon=True)
            self._threads[job_id] = thread
        thread.start()

    def _run(self, job_id: str) -> None:
        try:
            self.migrations.run(job_id, owner_id(), stop=self._stop)
        except Exception:  # a store error: the lease expires and a runner (maybe this one) resumes
            log.exception("migration runner stopped", extra={"fields": {"id": job_id}})

    def start(self) -> None:
        """Look for abandoned migrations every ``poll_seconds`` (in a Gunicorn worker, after fork)."""
        if self.poll_seconds <= 0 or self._poller is not None:
            return
        self._poller = threading.Thread(target=self._poll, name="migration-poller", daemon=True)
        self._poller.start()

    def _poll(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                for job_id in self.migrations.resumable():
                    self.submit(job_id)
            except Exception:  # the store is unreadable for now: try again at the next poll
                log.exception("cannot look for migrations to resume")

    def stop(self, timeout: float = 5.0) -> None:
        """Let running migrations finish their batch and release their leases (worker shutdown)."""
        self._stop.set()
        with self._guard:
            threads = list(self._threads.values())
        deadline = time.monotonic() + timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    def busy(self) -> bool:
        with self._guard:
            return any(t.is_alive() for t in self._threads.values())


def migrate_now(migrations: Migrations, name: str, target: str, progress: Callable[[int], None] | None) -> int:
    """Run a migration of ``name`` to version ``target`` in this process, on every core, switching at the
    end (the CLI); return how many products the new generation holds. An unfinished migration to the same
    version is resumed instead (if its runner died: once its lease expires); one to another version is a
    MigrationConflict."""
    job_id = _unfinished(migrations, name, target)
    if job_id is None:
        job_id = migrations.start(name, target, "auto", owner=owner_id()).id
    while not migrations.run(job_id, owner_id(), progress=progress, foreground=True):
        time.sleep(1.0)  # another process holds the lease: it finishes, or the lease expires
        if migrations.status(name, job_id).state != "running":
            break
    status = migrations.status(name, job_id)
    if status.state == "ready":
        status = migrations.switch(name, job_id)
    if status.state != "switched":
        raise MigrationConflict(f"migration {status.id} ended {status.state}: {status.error}", {"id": status.id})
    return status.done


def _unfinished(migrations: Migrations, name: str, target: str) -> str | None:
    """The catalog's unfinished migration to ``target`` (to resume), or None; another one: a conflict."""
    for job in migrations.of_catalog(name):
        if job.state in ("running", "ready"):
            if job.target.ref != target:
                raise MigrationConflict(
                    f"catalog {name!r} is migrating to {job.target.ref} ({job.id}); cancel it first", {"id": job.id}
                )
            log.info("resuming a migration", extra={"fields": {"catalog": name, "id": job.id}})
            return job.id
    return None
