"""The derived indexes this process holds in memory: by kind and file stem, within a memory budget.

Which version is current, and where an index comes from (memory, file, change log, store), is
:class:`.derived.DerivedIndexes`' business; this only holds what it is given, keeps the newest of each, and
drops the catalogs searched least recently when the indexes held outgrow the budget (their files stay: a
later search loads them again).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter

from ..observability import metrics as m
from ..storage.store import CatalogRow
from .files import IndexFiles
from .kinds import LEXICAL, VECTORS, D, Derived, Kind

log = logging.getLogger(__name__)


class HeldIndexes:
    """Both kinds of derived index of the catalogs this process serves, in memory.

    Args:
        files: names the in-memory keys as the files (and removes files with what they hold).
        counters: this process's work counters (evictions).
        memory_budget: bytes of indexes held at most (0: no limit).
    """

    def __init__(self, files: IndexFiles, counters: Counter[str], metrics: m.Metrics, memory_budget: int) -> None:
        self.files = files
        self.counters = counters
        self.metrics = metrics
        self.memory_budget = memory_budget
        self._used: dict[str, float] = {}  # catalog -> when a search last asked for its indexes
        self._memory: dict[str, dict[str, Derived]] = {"index": {}, "lexical": {}}  # by kind, then file stem
        self._guard = threading.Lock()

    def used(self, catalog: str) -> None:
        """A search asked for ``catalog``'s indexes: it is the last to be evicted."""
        self._used[catalog] = time.monotonic()

    def get(self, kind: Kind[D], cat: CatalogRow) -> D | None:
        """The index of ``cat`` (of its generation, for vectors) held here, whatever its version."""
        return self._memory[kind.name].get(self.files.key(kind, cat))  # type: ignore[return-value]

    def catalogs(self) -> list[str]:
        """Catalogs whose lexical index is held (those routed to this process)."""
        with self._guard:
            return list(self._memory[LEXICAL.name])

    def install(self, kind: Kind[D], cat: CatalogRow, index: D) -> None:
        """Make ``index`` the in-memory index of ``cat``, unless a newer one is there already; then keep
        within the memory budget."""
        with self._guard:
            cached = self._memory[kind.name].get(self.files.key(kind, cat))
            if cached is None or cached.stamp.version <= index.stamp.version:
                self._memory[kind.name][self.files.key(kind, cat)] = index
        if self.memory_budget:
            self._evict(keep=cat.name)

    def memory_bytes(self) -> int:
        """Bytes of every index held (an estimate: arrays and vocabularies)."""
        with self._guard:
            return sum(index.memory_bytes for cache in self._memory.values() for index in cache.values())

    def empty(self) -> bool:
        with self._guard:
            return not any(self._memory.values())

    def _evict(self, keep: str) -> None:
        """Drop the least recently searched catalogs (every generation, both kinds) until within budget."""
        while self.memory_bytes() > self.memory_budget:
            held = [c for c in self.catalogs() if c != keep]
            if not held:
                return  # the one catalog being served is larger than the budget: it stays
            victim = min(held, key=lambda c: self._used.get(c, 0.0))
            self.forget(victim)
            self.counters["index_evictions"] += 1
            self.metrics.incr(m.INDEX_EVICTIONS)
            log.info("catalog indexes evicted from memory", extra={"fields": {"catalog": victim}})

    def forget(self, catalog: str, *, files: bool = False) -> None:
        """Drop a catalog's indexes (of every generation) from memory (and its files, when it is deleted)."""
        with self._guard:
            for cache in self._memory.values():
                for key in [k for k in cache if k == catalog or k.startswith(f"{catalog}.g")]:
                    del cache[key]
        if files:
            self.files.remove_catalog(catalog)

    def forget_generation(self, catalog: str, generation: int) -> None:
        """Drop one generation's vector index (memory and file): the generation was dropped."""
        with self._guard:
            self._memory[VECTORS.name].pop(f"{catalog}.g{generation}", None)
        self.files.remove_generation(catalog, generation)
