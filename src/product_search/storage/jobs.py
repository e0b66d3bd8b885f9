"""Jobs: background work on a catalog (a migration) that any process can run, claimed through a lease
(an owner and an expiry renewed at every step): a runner that dies only lets its lease expire."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .database import Connection, marks

# A running job that has not moved for this long is stuck: a live runner updates it at every batch.
STALLED_AFTER_S = 900.0


@dataclass(frozen=True)
class JobRow:
    """Background work on a catalog (a migration), claimed by one process at a time through a lease."""

    id: str
    kind: str
    catalog: str
    generation: int
    state: str
    switch: str
    done: int
    total: int
    lease_owner: str | None
    lease_until: float
    error: str | None
    details: dict[str, Any]
    created_at: float
    updated_at: float


def _row_to_job(row: Any) -> JobRow:
    return JobRow(**{**dict(row), "details": json.loads(row["details"])})


class JobTable:
    """Job rows, read and written inside the caller's transaction (a part of :class:`.store.CatalogStore`)."""

    @staticmethod
    def add_job(conn: Connection, job: JobRow) -> None:
        conn.execute(
            "INSERT INTO jobs(id, kind, catalog, generation, state, switch, done, total, lease_owner, lease_until,"
            " error, details, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (job.id, job.kind, job.catalog, job.generation, job.state, job.switch, job.done, job.total,
             job.lease_owner, job.lease_until, job.error, json.dumps(job.details), job.created_at, job.updated_at),
        )  # fmt: skip

    @staticmethod
    def get_job(conn: Connection, job_id: str) -> JobRow | None:
        row = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return None if row is None else _row_to_job(row)

    @staticmethod
    def jobs(conn: Connection, catalog: str | None = None, states: Sequence[str] = ()) -> list[JobRow]:
        """Jobs (of one catalog, in the given states; all when empty), newest first."""
        where, params = ["1 = 1"], []
        if catalog is not None:
            where.append("catalog = ?")
            params.append(catalog)
        if states:
            where.append(f"state IN ({marks(states)})")
            params += list(states)
        sql = f"SELECT * FROM jobs WHERE {' AND '.join(where)} ORDER BY created_at DESC"  # nosec B608
        return [_row_to_job(r) for r in conn.execute(sql, params)]

    @staticmethod
    def update_job(conn: Connection, job_id: str, **values: Any) -> None:
        """Set columns of a job (names are the caller's constants, never input)."""
        if "details" in values:
            values["details"] = json.dumps(values["details"])
        values["updated_at"] = time.time()
        assignments = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE jobs SET {assignments} WHERE id = ?", (*values.values(), job_id))  # nosec B608

    @staticmethod
    def claim_job(conn: Connection, job_id: str, owner: str, seconds: float) -> bool:
        """Take or renew the lease of a running job: only if free, expired, or already ours."""
        now = time.time()
        cursor = conn.execute(
            "UPDATE jobs SET lease_owner = ?, lease_until = ?, updated_at = ? WHERE id = ? AND state = 'running'"
            " AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)",
            (owner, now + seconds, now, job_id, owner, now),
        )
        return cursor.rowcount == 1
