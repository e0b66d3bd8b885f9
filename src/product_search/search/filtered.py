"""The products a search's filter keeps, remembered by catalog version: a storefront sends the same few filters
again and again, and each is a scan of the catalog's metadata in the store (docs/performance.md)."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any

import numpy as np
import numpy.typing as npt

from ..storage.database import Connection
from ..storage.store import CatalogRow, CatalogStore

FILTERS_KEPT = 32  # filters whose products a worker keeps, per catalog version


class FilteredProducts:
    """:meth:`.CatalogStore.filtered_pks` at a catalog's version, the last :data:`FILTERS_KEPT` kept."""

    def __init__(self, store: CatalogStore) -> None:
        self.store = store
        self._kept: OrderedDict[tuple[str, int, str], npt.NDArray[np.int64]] = OrderedDict()
        self._lock = threading.Lock()

    def keys(self, conn: Connection, cat: CatalogRow, filters: dict[str, Any]) -> npt.NDArray[np.int64]:
        """The keys of the products ``filters`` keeps in ``cat`` (read-only: shared by the searches that ask again)."""
        key = (cat.name, cat.version, json.dumps(filters, sort_keys=True, ensure_ascii=False))
        with self._lock:
            if (kept := self._kept.get(key)) is not None:
                self._kept.move_to_end(key)
                return kept
        allowed = self.store.filtered_pks(conn, cat.name, filters)
        allowed.setflags(write=False)
        with self._lock:
            self._kept[key] = allowed
            while len(self._kept) > FILTERS_KEPT:
                self._kept.popitem(last=False)
        return allowed
