"""PostgresDatabase: the store on a PostgreSQL server shared by several search nodes (psycopg 3, a pool).

The store's SQL is written for both engines: ``?`` placeholders become psycopg's ``%s`` here. Reads are
``REPEATABLE READ READ ONLY`` (one snapshot, as SQLite's read transactions). Writes are ``READ COMMITTED``
behind transaction-scoped advisory locks: a catalog's writers exclude each other (and take the version
under that lock, so versions grow in commit order per catalog), a write without a catalog excludes all.
The version counter is a sequence. Versioned migrations create and upgrade the schema on first use, under
an advisory lock so nodes starting together do it once.

A server that cannot be reached (down, restarting, network) raises :class:`StoreUnavailable` at once,
never a hang: connections time out after ``connect_timeout``, the pool after ``pool_timeout``.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

import psycopg
import psycopg.errors
from psycopg import pq
from psycopg_pool import ConnectionPool, PoolTimeout

from ..redaction import redact
from .database import SCHEMA_VERSION, Connection, Cursor, Database, StoreError, StoreFull, StoreUnavailable
from .filters import CLASS_TABLE, FEATURE_TABLE, structure_rows
from .postgres_schema import MIGRATIONS, STRUCTURE_SCHEMA

log = logging.getLogger(__name__)

# Advisory lock keys: (class, object). Class 1 held shared by every catalog writer and exclusive by a write
# without one (and by schema migrations); class 2: one lock per catalog (its name hashed by the server).
_ALL, _CATALOG = 0x5053_0001, 0x5053_0002
Statement = tuple[str, tuple[Any, ...]]
Pool = ConnectionPool[psycopg.Connection[Any]]
CHANNEL = "product_search_changes"  # NOTIFY payload: {"catalog": name, "version": n}


class Row(tuple[Any, ...]):
    """A result row, as ``sqlite3.Row`` reads: by position, by column name, and ``dict(row)``."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _rows(cursor: psycopg.Cursor[Any]) -> Callable[[Sequence[Any]], Row]:
    names = {column.name: n for n, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, names)


@functools.lru_cache(maxsize=2048)
def _sql(statement: str) -> str:
    """The store's SQL (``?`` placeholders) as psycopg's (``%s``; a literal ``%`` doubled)."""
    return statement.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """A pooled psycopg connection inside one of the store's transactions, speaking the store's SQL."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        return self.raw.execute(_sql(sql), parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor:
        cursor = self.raw.cursor()
        cursor.executemany(_sql(sql), parameters)
        return cursor


class PostgresDatabase(Database):
    """The store on a PostgreSQL server; one connection pool per process (opened after fork).

    Args:
        url: ``postgresql://user:password@host:port/database`` (any libpq connection string).
        pool_size: connections one process keeps at most (a Gunicorn worker's busy threads share them).
        connect_timeout: seconds a new connection may take.
        pool_timeout: seconds a transaction waits for a connection before :class:`StoreUnavailable` (the pool
            has one unless the server is out of reach: a pool of 8 outnumbers a worker's admitted requests).
    """

    engine_errors = (psycopg.Error,)

    def __init__(
        self, url: str, *, pool_size: int = 8, connect_timeout: float = 3.0, pool_timeout: float = 2.0
    ) -> None:
        self.url = url
        self.describe = redact(url)
        self.pool_size = pool_size
        self.connect_timeout = connect_timeout
        self.pool_timeout = pool_timeout
        self._pool: ConnectionPool[psycopg.Connection[Any]] | None = None
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._instance_id: str | None = None

    @property
    def shared(self) -> bool:
        return True

    @property
    def instance_id(self) -> str:
        return self._instance_id or self._open()

    # -- connections ---------------------------------------------------------------------------

    def _connection_options(self) -> dict[str, Any]:
        return {
            "autocommit": True,  # transactions are explicit (BEGIN ... COMMIT), as with SQLite
            "row_factory": _rows,
            "connect_timeout": max(1, round(self.connect_timeout)),
            # A peer that vanishes without closing (a network cut) fails a transaction instead of hanging it.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 3,
            "tcp_user_timeout": 10_000,
            "application_name": f"product-search[{os.getpid()}]",
        }

    def pool(self) -> ConnectionPool[psycopg.Connection[Any]]:
        """This process's pool; a forked child never uses its parent's connections."""
        if self._pool is not None and self._pid == os.getpid():
            return self._pool
        with self._lock:
            if self._pid != os.getpid():
                self._pool, self._pid = None, os.getpid()  # the parent's: never closed from here
            if self._pool is None:
                self._pool = ConnectionPool(
                    self.url,
                    min_size=1,
                    max_size=self.pool_size,
                    kwargs=self._connection_options(),
                    timeout=self.pool_timeout,
                    name=f"product-search-{os.getpid()}",
                    open=False,
                )
                self._pool.open(wait=False)
            return self._pool

    def close(self) -> None:
        with self._lock:
            if self._pool is not None and self._pid == os.getpid():
                self._pool.close()
            self._pool = None

    @contextmanager
    def _transaction(self, begin: Sequence[Statement]) -> Iterator[PgConnection]:
        """Run ``begin`` then the caller's statements then COMMIT on one pooled connection. A connection the
        pool kept across a server restart fails at the first statement: then one fresh connection is tried."""
        if self._instance_id is None:
            self._open()
        pool = self.pool()
        raw = self._begin(pool, begin)
        try:
            yield PgConnection(raw)
            raw.execute("COMMIT")
        except BaseException as exc:
            if not raw.closed and raw.info.transaction_status != pq.TransactionStatus.IDLE:
                with contextlib.suppress(psycopg.Error):  # a broken connection: the pool discards it
                    raw.execute("ROLLBACK")
            _reraise(exc, self.describe)
        finally:
            pool.putconn(raw)

    def _begin(
        self, pool: ConnectionPool[psycopg.Connection[Any]], begin: Sequence[Statement]
    ) -> psycopg.Connection[Any]:
        for attempt in (1, 2):
            # A retry waits briefly: a restarted server gives a new connection in milliseconds, a down one none.
            wait = self.pool_timeout if attempt == 1 else min(1.0, self.pool_timeout)
            try:
                raw = pool.getconn(timeout=wait)
            except PoolTimeout as exc:
                message = f"{self.describe}: the database is unavailable: no connection within {wait} s"
                raise StoreUnavailable(message) from exc
            try:
                for statement, params in begin:
                    raw.execute(statement, params)
                return raw
            except psycopg.Error as exc:
                pool.putconn(raw)
                if attempt == 2 or not raw.closed:
                    _reraise(exc, self.describe)
                # The server went away since this connection was pooled (a restart): drop the pool's other
                # dead connections too, so the retry gets a live or a new one.
                pool.check()
        raise AssertionError("unreachable")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._transaction([("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", ())]) as conn:
            yield conn

    @contextmanager
    def write(self, catalog: str | None = None) -> Iterator[Connection]:
        lock: Statement = (
            ("SELECT pg_advisory_xact_lock(%s, 0)", (_ALL,)) if catalog is None
            else ("SELECT pg_advisory_xact_lock_shared(%s, 0), pg_advisory_xact_lock(%s, hashtext(%s))",
                  (_ALL, _CATALOG, catalog))
        )  # fmt: skip
        with self._transaction([("BEGIN ISOLATION LEVEL READ COMMITTED", ()), lock]) as conn:
            yield conn

    # -- schema --------------------------------------------------------------------------------

    def _open(self) -> str:
        """Create or migrate the schema (once, whichever node comes first) and read the store's identity."""
        with self._lock:
            if self._instance_id is not None:
                return self._instance_id
            try:
                with psycopg.connect(self.url, **self._connection_options()) as raw:
                    raw.execute("BEGIN")
                    raw.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_ALL,))
                    schema = self._schema_of(raw)
                    if schema is not None and schema > SCHEMA_VERSION:
                        raise StoreError(f"{self.describe}: schema version {schema}, expected {SCHEMA_VERSION}")
                    for target in sorted(v for v in MIGRATIONS if schema is None or v > schema):
                        raw.execute(MIGRATIONS[target].encode())
                        if target == STRUCTURE_SCHEMA and schema is not None:
                            _fill_structure(raw)
                        _set_meta(raw, "schema_version", str(target))
                        log.warning("store schema migrated", extra={"fields": {"store": self.describe, "to": target}})
                    if _meta(raw, "instance_id") is None:
                        _set_meta(raw, "instance_id", uuid.uuid4().hex)
                    instance = str(_meta(raw, "instance_id"))
                    raw.execute("COMMIT")
            except psycopg.Error as exc:
                _reraise(exc, self.describe)
            self._instance_id = instance
            return instance

    @staticmethod
    def _schema_of(raw: psycopg.Connection[Any]) -> int | None:
        row = raw.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return None
        value = _meta(raw, "schema_version")
        return None if value is None else int(value)

    def check_integrity(self) -> None:
        """Reachable, and answering (PostgreSQL guards its own pages)."""
        with self.read() as conn:
            conn.execute("SELECT 1").fetchone()

    # -- the engine's differences --------------------------------------------------------------

    def next_version(self, conn: Connection) -> int:
        return int(conn.execute("SELECT nextval('catalog_versions')").fetchone()[0])

    def continue_counters(self, conn: Connection, version: int) -> None:
        conn.execute(
            "SELECT setval('catalog_versions', GREATEST(?, (SELECT last_value FROM catalog_versions)))", (version,)
        )
        for table, column in (("generations", "id"), ("products", "pk"), ("audit", "id")):
            # Names are constants; an identity column's sequence continues above the copied keys.
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"  # nosec B608
                f" GREATEST((SELECT MAX({column}) FROM {table}), 1))"
            )

    def metadata_clause(self, metadata: Mapping[str, Any]) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for key, value in metadata.items():
            member = "(metadata::jsonb -> ?)"
            if value is None:
                parts.append(f"jsonb_typeof{member} = 'null'")
                params.append(key)
            elif isinstance(value, bool):
                parts.append(f"{member} = ?::jsonb")
                params += [key, "true" if value else "false"]
            elif isinstance(value, (int, float)):
                parts.append(f"jsonb_typeof{member} = 'number' AND (metadata::jsonb ->> ?)::numeric = ?::numeric")
                params += [key, key, str(value)]
            else:
                parts.append(f"jsonb_typeof{member} = 'string' AND (metadata::jsonb ->> ?) = ?")
                params += [key, key, str(value)]

        return " AND ".join(parts) or "TRUE", params

    def notify(self, conn: Connection, catalog: str, version: int) -> None:
        conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, json.dumps({"catalog": catalog, "version": version})))

    def listen(self, on_change: Callable[[str | None, int], None], stop: threading.Event) -> None:
        """LISTEN on a connection of its own (not the pool's); reconnect after a failure (a restart), then
        report a possible gap (``on_change(None, 0)``)."""
        pause = 0.5
        while not stop.is_set():
            try:
                with psycopg.connect(self.url, **self._connection_options()) as raw:
                    raw.execute(f"LISTEN {CHANNEL}")
                    on_change(None, 0)  # whatever was committed before this point was not heard
                    pause = 0.5
                    while not stop.is_set():
                        for note in raw.notifies(timeout=1.0):
                            try:
                                change = json.loads(note.payload)
                                on_change(str(change["catalog"]), int(change["version"]))
                            except (ValueError, KeyError, TypeError):
                                log.warning(
                                    "unreadable change notification", extra={"fields": {"payload": note.payload}}
                                )
            except psycopg.Error as exc:
                log.warning("change notifications interrupted; reconnecting", extra={"fields": {"error": str(exc)}})
                stop.wait(pause)
                pause = min(pause * 2, 10.0)


def _reraise(exc: BaseException, describe: str) -> NoReturn:
    """Raise a database error as the store's (a server out of reach: retry later; a full disk), else as it is."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if isinstance(exc, psycopg.errors.DiskFull):
        raise StoreFull(f"{describe}: the disk is full; the write was rolled back") from exc
    if isinstance(exc, psycopg.OperationalError) or (
        isinstance(exc, psycopg.Error) and not isinstance(exc, psycopg.DatabaseError)
    ):  # connection lost or refused, server shutting down, deadlock, timeout
        raise StoreUnavailable(f"{describe}: the database is unavailable: {first}") from exc
    raise exc


def _meta(raw: psycopg.Connection[Any], key: str) -> str | None:
    row = raw.execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
    return None if row is None else str(row[0])


def _fill_structure(raw: psycopg.Connection[Any]) -> None:
    """The structure tables from every stored product's metadata (the migration that adds them), streamed."""
    for table in (CLASS_TABLE, FEATURE_TABLE):
        raw.execute(f"DELETE FROM {table}".encode())  # nosec B608 - a rerun fills them afresh
    with raw.cursor(name="structure") as cursor:
        cursor.execute("SELECT pk, metadata FROM products WHERE metadata IS NOT NULL")
        while rows := cursor.fetchmany(2000):
            classes, features = structure_rows(rows)
            with raw.cursor() as out:
                out.executemany(f"INSERT INTO {CLASS_TABLE}(pk, term) VALUES(%s, %s)", classes)  # nosec B608
                out.executemany(f"INSERT INTO {FEATURE_TABLE}(pk, name, unit, value) VALUES(%s, %s, %s, %s)", features)  # nosec B608


def _set_meta(raw: psycopg.Connection[Any], key: str, value: str) -> None:
    raw.execute(
        "INSERT INTO meta(key, value) VALUES(%s, %s) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
