"""ChangeFollower: keeps this process's indexes in step with the writes of other nodes as they commit.

The store notifies every committed write (PostgreSQL ``NOTIFY``); a worker that holds the catalog's indexes
brings them up to date in the background (:meth:`.derived.DerivedIndexes.current`: the changed rows only), so
the next search finds them current instead of paying for it. Correctness never depends on it: each search
reads the catalog's version in its own read transaction and follows the change log itself if needed
(read-your-writes across nodes). With SQLite (one machine) there is nothing to listen to.
"""

from __future__ import annotations

import logging
import threading

from ..storage.store import CatalogStore, StoreError
from .derived import DerivedIndexes

log = logging.getLogger(__name__)


class ChangeFollower:
    """A daemon thread per process listening for committed writes (started after the fork)."""

    def __init__(self, store: CatalogStore, indexes: DerivedIndexes) -> None:
        self.store = store
        self.indexes = indexes
        self.stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if not self.store.shared or self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self.store.db.listen, args=(self.changed, self.stop), name="change-follower", daemon=True
        )
        self._thread.start()

    def changed(self, catalog: str | None, version: int) -> None:
        """Bring ``catalog``'s held indexes up to ``version`` (None: every held catalog, after a gap)."""
        names = self.indexes.held.catalogs() if catalog is None else [catalog]
        for name in names:
            if name not in self.indexes.held.catalogs():
                continue  # not routed here: loaded on its first search
            try:
                with self.store.read() as conn:
                    cat = self.store.get_catalog(conn, name)
                    if cat is None or cat.version < version:
                        continue  # deleted, or a snapshot from before the commit (a later note follows)
                    self.indexes.vectors(conn, cat)
                    self.indexes.lexical(conn, cat)
            except StoreError as exc:  # the next search does it, or reports the store's state
                log.warning("cannot follow a change", extra={"fields": {"catalog": name, "error": str(exc)}})
            except Exception:
                log.exception("following a change failed; the next search will", extra={"fields": {"catalog": name}})
