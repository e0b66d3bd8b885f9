"""Pause points and full-disk points: named moments of a write where a crash test holds the process, to kill
it exactly there, or makes the disk full, to prove the write fails whole.

A crash test must prove the window it kills in ("committed, not yet acknowledged"), not hope that a sleep
lands in it. Where ``PRODUCT_SEARCH_PAUSE_DIR`` names a directory (test services only: no deployment sets
it, and the service warns at start where it is set), :func:`reached` looks for ``<dir>/<point>.armed``; if
the test armed that point, the arming is used up, ``<dir>/<point>.reached`` gets this process's id, and the
calling thread is held until the process is killed. Unset, a point costs one check of a module variable.

A full disk needs a small filesystem, and mounting one needs privileges most CI runners do not grant: where a
test armed ``<dir>/<point>.full``, :func:`disk_full` answers True once and the caller makes its write meet a
full disk (the store caps SQLite at its current size, so SQLite's own pager fails with SQLITE_FULL; a file
written whole fails with ENOSPC after its first bytes), and everything after that is the service's own path.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

# Where each point is: after an upload's encoding, before its transaction (nothing stored); after the
# transaction of an upload or a delete committed, before its answer (stored, not acknowledged); a rebuild of a
# catalog's index file (vector: index, lexical) between removing the old one and writing the new one.
POINTS = frozenset({"upload_encoded", "upload_committed", "delete_committed", "index_replacing", "lexical_replacing"})
# Where a test can make the disk full, once: the store's next write transaction; the next file written whole.
FULL_DISK = frozenset({"store_write", "file_write"})
_HOLD = 3600.0  # seconds per sleep while held (until killed)
log = logging.getLogger(__name__)


class _Where:
    directory: Path | None = None  # where tests arm points; None: no point holds (every deployment)


_where = _Where()


def configure(directory: Path | None) -> None:
    """Arm-able points for this process (None: none, the default). Called once from the settings."""
    _where.directory = directory
    if directory is not None:
        log.warning("PRODUCT_SEARCH_PAUSE_DIR is set: writes stop at the pause points a test arms (tests only)")


def reached(point: str) -> None:
    """Hold here if a test armed ``point``; otherwise return at once."""
    directory = _where.directory
    if directory is None:
        return
    if point not in POINTS:
        raise ValueError(f"no pause point {point!r}: {sorted(POINTS)}")
    armed = directory / f"{point}.armed"
    try:
        armed.unlink()  # used up: the next write, or the restarted process, goes on
    except FileNotFoundError:
        return
    reached_at = directory / f".{point}.reached.{os.getpid()}"
    reached_at.write_text(str(os.getpid()))
    reached_at.rename(directory / f"{point}.reached")  # whole: a test never reads it half written
    while True:
        time.sleep(_HOLD)


def disk_full(point: str) -> bool:
    """Whether a test armed ``point`` to meet a full disk (``<dir>/<point>.full``); the arming is used up.
    False at once where no directory is set (every deployment)."""
    directory = _where.directory
    if directory is None:
        return False
    if point not in FULL_DISK:
        raise ValueError(f"no full-disk point {point!r}: {sorted(FULL_DISK)}")
    try:
        (directory / f"{point}.full").unlink()
    except FileNotFoundError:
        return False
    log.warning("a test made the disk full here", extra={"fields": {"point": point}})
    return True
