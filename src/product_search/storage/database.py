"""Database: the transactions the store runs in, over one of two engines, and what they share.

SQLite (:mod:`.sqlite`): one file in the data dir, the embedded default. PostgreSQL (:mod:`.postgres`): the
shared store of several search nodes. Both give the store the same guarantees, so the store's SQL is
written once (``?`` placeholders, standard SQL; the few differences are methods of :class:`Database`):

* a read transaction sees one consistent snapshot of the whole store;
* write transactions on one catalog are serialized (SQLite: every write; PostgreSQL: per catalog), and a
  commit is durable when it returns;
* every write takes a new number from one database-wide version counter, so an index stamped with a
  version is current exactly when the catalog still carries that version.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from ..redaction import redact

SCHEMA_VERSION = 7


class Cursor(Protocol):
    """What the store reads from an executed statement (``sqlite3.Cursor`` and psycopg's)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A connection inside a transaction: rows support ``row[0]``, ``row["name"]`` and ``dict(row)``."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor: ...


class StoreError(RuntimeError):
    """The store cannot be opened or is damaged."""


class StoreFull(StoreError):
    """A write did not fit on the disk; it was rolled back, the store is as before."""


class StoreUnavailable(StoreError):
    """The store cannot be reached now (a database server down or restarting); nothing was changed by
    the failed transaction. Worth retrying: the service answers 503 with Retry-After."""


class Database(ABC):
    """The engine under the store: transactions, the version counter and the engine's SQL differences."""

    #: Shown in errors and logs (a path, or a URL without its password).
    describe: str
    #: The engine's own exceptions: a failure of the store itself, never of one catalog's data.
    engine_errors: tuple[type[Exception], ...] = ()

    @property
    @abstractmethod
    def instance_id(self) -> str:
        """This store's identity (index files name it); opens the store (schema created or migrated)."""

    @property
    def shared(self) -> bool:
        """Whether other machines write to this store too (their writes must be followed)."""
        return False

    @abstractmethod
    def read(self) -> AbstractContextManager[Connection]:
        """A read transaction: one consistent snapshot of the whole store."""

    @abstractmethod
    def write(self, catalog: str | None = None) -> AbstractContextManager[Connection]:
        """A write transaction, committed durably on normal exit, rolled back on error. Writers of the same
        ``catalog`` are serialized; ``None``: excludes every other writer."""

    @abstractmethod
    def close(self) -> None:
        """Release this process's connections (the Gunicorn master calls it before forking)."""

    @abstractmethod
    def check_integrity(self) -> None:
        """Raise :class:`StoreError` unless the store is reachable and sound."""

    @abstractmethod
    def next_version(self, conn: Connection) -> int:
        """A new number from the database-wide version counter (inside the caller's write transaction)."""

    @abstractmethod
    def continue_counters(self, conn: Connection, version: int) -> None:
        """After rows were copied in with their keys: versions and keys continue above the copied ones."""

    @abstractmethod
    def metadata_clause(self, metadata: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """SQL keeping the products whose metadata has each key with exactly its value (:mod:`.filters`), in this
        engine's JSON functions; every value a bound parameter."""

    def notify(self, conn: Connection, catalog: str, version: int) -> None:  # noqa: B027 (optional hook)
        """Tell other nodes, on commit, that ``catalog`` is now at ``version`` (no-op where nobody listens)."""

    def listen(self, on_change: Callable[[str | None, int], None], stop: threading.Event) -> None:  # noqa: B027
        """Call ``on_change(catalog, version)`` for every committed write until ``stop`` is set (``catalog``
        None: some may have been missed, a reconnect). Returns at once where there is nothing to listen to."""


def open_database(url: str | None, data_dir: Path, *, pool_size: int = 8) -> Database:
    """The database a store URL names: ``None`` or ``""``: SQLite in ``data_dir``; ``sqlite:///PATH``: that
    file; ``postgresql://...``: a PostgreSQL server."""
    from .sqlite import SqliteDatabase

    if not url:
        return SqliteDatabase(Path(data_dir) / "catalogs.sqlite3")
    if url.startswith("sqlite:///"):
        return SqliteDatabase(Path(url.removeprefix("sqlite:///")))
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresDatabase

        return PostgresDatabase(url, pool_size=pool_size)
    raise StoreError(f"unsupported store URL {redact(url)!r}: use postgresql://... or sqlite:///path")


def marks(values: Sequence[Any]) -> str:
    """``?,?,?``: one placeholder per value. SQL built with it holds no data (hence the ``nosec B608``)."""
    return ",".join("?" * len(values))


def vector_blob(vector: npt.NDArray[np.float32]) -> bytes:
    """A vector as stored: float32 bytes."""
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()
