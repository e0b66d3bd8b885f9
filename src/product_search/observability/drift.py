"""QueryDrift: how far recent queries have moved from the catalog they are matched against.

Each search adds its query vectors to a per-catalog running sum. Periodically the centroid of the
queries seen since the last report is compared with the catalog's reference centroid (the mean of
its product vectors, stored with the index): ``drift = 1 - cos(query centroid, reference)``.
The absolute value depends on model and catalog; what matters is a change against its own history,
e.g. callers starting to send queries for products the catalog does not hold.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


@dataclass
class _Window:
    total: npt.NDArray[np.float64]
    count: int
    reference: Callable[[], npt.NDArray[np.float32]]


class QueryDrift:
    """Per-process accumulator of query vectors, per catalog.

    Args:
        min_queries: a catalog's drift is reported only once this many queries were seen since its last
            report, so a handful of queries never produces a noisy value.
    """

    def __init__(self, min_queries: int = 20) -> None:
        self.min_queries = min_queries
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def observe(
        self, catalog: str, vectors: npt.NDArray[np.float32], reference: Callable[[], npt.NDArray[np.float32]]
    ) -> None:
        """Add one request's (unit) query vectors; ``reference`` yields the catalog's centroid when needed."""
        if not len(vectors):
            return
        added = vectors.sum(axis=0, dtype=np.float64)
        with self._lock:
            window = self._windows.get(catalog)
            if window is None or window.total.shape != added.shape:  # new catalog, or re-embedded
                self._windows[catalog] = _Window(added, len(vectors), reference)
            else:
                window.total += added
                window.count += len(vectors)
                window.reference = reference  # the latest index version is the one being served

    def forget(self, catalog: str) -> None:
        with self._lock:
            self._windows.pop(catalog, None)

    def collect(self) -> dict[str, float]:
        """Drift per catalog with enough queries since the last call; those windows restart."""
        with self._lock:
            ready = {name: w for name, w in self._windows.items() if w.count >= self.min_queries}
            for name in ready:
                del self._windows[name]
        out: dict[str, float] = {}
        for name, window in ready.items():
            out[name] = cosine_distance(window.total, window.reference())
        return out


def cosine_distance(a: npt.NDArray[np.floating], b: npt.NDArray[np.floating]) -> float:
    """``1 - cos(a, b)``; 1.0 when either vector is zero (nothing to compare with)."""
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0.0 or nb == 0.0:
        return 1.0
    return 1.0 - float(np.dot(a, b)) / (na * nb)
