"""IndexFiles: where this process's derived index files lie and what each must hold.

A catalog's vector index of a generation is ``<catalog>.g<generation>.vectors``, its lexical index
``<catalog>.bm25`` (texts only: shared by every generation). Each file is stamped with the store state it
was built from (:class:`.indexfile.IndexStamp`): a file of another store, catalog version, model or generation
is never served.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..storage.store import CatalogRow, CatalogStore
from . import indexfile
from .indexfile import IndexFileError, IndexStamp
from .kinds import LEXICAL, VECTORS, D, Kind

log = logging.getLogger(__name__)


class IndexFiles:
    """The files of every catalog's derived indexes under ``directory``, built from ``store`` (its instance id,
    read when first needed: a node starts before its database is reachable)."""

    def __init__(self, directory: Path, store: CatalogStore) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.store = store

    @staticmethod
    def key(kind: Kind[Any], cat: CatalogRow) -> str:
        """The file stem of ``cat``'s index of this kind (catalog names hold no dot)."""
        return f"{cat.name}.g{cat.generation}" if kind.per_generation else cat.name

    def path(self, kind: Kind[Any], cat: CatalogRow) -> Path:
        return self.directory / f"{self.key(kind, cat)}{kind.suffix}"

    def stamp(self, kind: Kind[Any], cat: CatalogRow, version: int | None = None) -> IndexStamp:
        """What ``cat``'s index of this kind must have been built from (``version``: another of its versions)."""
        version = cat.version if version is None else version
        if not kind.per_generation:  # texts only: the same whatever the model
            return IndexStamp(self.store.instance_id, cat.name, version, "", 0, 0)
        return IndexStamp(self.store.instance_id, cat.name, version, cat.fingerprint, cat.dimension, cat.generation)

    def load(self, kind: Kind[D], cat: CatalogRow, stamp: IndexStamp) -> D:
        """The file's index, if it was built from exactly ``stamp``; else :class:`IndexFileError`."""
        return kind.load(self.path(kind, cat), stamp)

    def read_stamp(self, kind: Kind[Any], cat: CatalogRow) -> IndexStamp:
        """The file's stamp (its header only); :class:`IndexFileError` if there is none."""
        return kind.read_stamp(self.path(kind, cat))

    def save(self, kind: Kind[D], cat: CatalogRow, index: D) -> None:
        """Write the file, unless it already holds this version or a newer one; a failure only logs."""
        path = self.path(kind, cat)
        try:
            current = kind.read_stamp(path)
            if current.store_instance == index.stamp.store_instance and current.version >= index.stamp.version:
                return  # never replace a newer file with an older snapshot
        except IndexFileError:
            pass
        try:
            index.save(path)
        except OSError as exc:
            # The store stays the truth; a later reader rebuilds. Serving goes on from memory.
            log.error("cannot write index file", extra={"fields": {"path": str(path), "error": str(exc)}})

    def remove(self, kind: Kind[Any], cat: CatalogRow) -> None:
        self.path(kind, cat).unlink(missing_ok=True)

    def remove_catalog(self, catalog: str) -> None:
        """Every file of a deleted catalog (every generation, both kinds)."""
        for kind in (VECTORS, LEXICAL):
            pattern = f"{catalog}.g*{kind.suffix}" if kind.per_generation else f"{catalog}{kind.suffix}"
            for path in self.directory.glob(pattern):
                path.unlink(missing_ok=True)

    def remove_generation(self, catalog: str, generation: int) -> None:
        (self.directory / f"{catalog}.g{generation}{VECTORS.suffix}").unlink(missing_ok=True)

    def remove_orphans(self) -> None:
        """The temp files of writers that died mid-write (at a process's start)."""
        for orphan in indexfile.remove_orphans(self.directory):
            log.warning("removed a temp file of a writer that died", extra={"fields": {"path": str(orphan)}})

    def remove_stale(self, live: set[str], catalogs: set[str]) -> None:
        """The files no live generation (``live``: file names) or catalog (``catalogs``) owns any more."""
        for path in self.directory.glob(f"*{VECTORS.suffix}"):
            if path.name not in live:  # a dropped generation's, or a file from before generations
                path.unlink(missing_ok=True)
        for path in self.directory.glob("*.faiss"):  # serialized FAISS indexes, before the mapped files
            path.unlink(missing_ok=True)
        for path in self.directory.glob(f"*{LEXICAL.suffix}"):
            if path.stem not in catalogs:  # a catalog deleted (on another node)
                path.unlink(missing_ok=True)
