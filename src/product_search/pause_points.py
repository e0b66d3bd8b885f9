"""Pause points: named moments of a write where a crash test holds the process, to kill it exactly there.

A crash test must prove the window it kills in ("committed, not yet acknowledged"), not hope that a sleep
lands in it. Where ``PRODUCT_SEARCH_PAUSE_DIR`` names a directory (test services only: no deployment sets
it, and the service warns at start where it is set), :func:`reached` looks for ``<dir>/<point>.armed``; if
the test armed that point, the arming is used up, ``<dir>/<point>.reached`` gets this process's id, and the
calling thread is held until the process is killed. Unset, a point costs one check of a module variable.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

# Where each point is: after an upload's encoding, before its transaction (nothing stored); after the
# transaction of an upload or a delete committed, before its answer (stored, not acknowledged).
POINTS = frozenset({"upload_encoded", "upload_committed", "delete_committed"})
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
    (directory / f"{point}.reached").write_text(str(os.getpid()))
    while True:
        time.sleep(_HOLD)
