"""storage/store.py and storage/database.py: rows, vectors and versions in SQLite (random vectors, no model)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from product_search.storage.store import CatalogStore, NewProduct, StoreError

DIM = 8
FP = "fingerprint-a"


def unit(n: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def products(*ids: str, text: str = "hex bolt M8") -> list[NewProduct]:
    return [NewProduct(i, f"{text} {i}", {"brand": "Acme", "n": k}) for k, i in enumerate(ids)]


@pytest.fixture
def store(tmp_path: Path) -> CatalogStore:
    s = CatalogStore(tmp_path / "catalogs.sqlite3")
    with s.write() as conn:
        s.create_catalog(conn, "c", FP, {"id": FP}, DIM)
    return s


def test_every_write_gets_a_new_database_wide_version(store: CatalogStore) -> None:
    with store.read() as conn:
        created = store.catalog_version(conn, "c")
    with store.write() as conn:
        _, v1 = store.upsert_products(conn, "c", products("a", "b"), unit(2), FP)
        store.create_catalog(conn, "d", FP, {"id": FP}, DIM)
    with store.write() as conn:
        _, v2 = store.upsert_products(conn, "c", products("c"), unit(1), FP)
    assert created is not None and created < v1 < v2
    with store.read() as conn:
        d = store.get_catalog(conn, "d")
        assert d is not None and v1 < d.version < v2, "one counter for the whole database"
        c = store.get_catalog(conn, "c")
        assert c is not None and (c.version, c.product_count) == (v2, 3)


def test_upsert_replaces_by_id_and_keeps_the_key(store: CatalogStore) -> None:
    with store.write() as conn:
        (pk_a, pk_b), _ = store.upsert_products(conn, "c", products("a", "b"), unit(2), FP)
    new = unit(1, seed=5)
    with store.write() as conn:
        (again,), _ = store.upsert_products(conn, "c", [NewProduct("a", "changed", None)], new, FP)
    assert again == pk_a
    with store.read() as conn:
        row = store.get_product(conn, "c", "a")
        assert row is not None and (row.description, row.metadata) == ("changed", None)
        np.testing.assert_array_equal(store.vectors_by_pk(conn, [pk_a], DIM)[pk_a], new[0])
        assert set(store.products_by_pk(conn, [pk_a, pk_b])) == {pk_a, pk_b}


def test_unchanged_vectors_only_for_same_text_and_model(store: CatalogStore) -> None:
    vectors = unit(2)
    with store.write() as conn:
        store.upsert_products(conn, "c", products("a", "b"), vectors, FP)
    with store.read() as conn:
        resend = [*products("a"), NewProduct("b", "another text", None), *products("new")]
        same = store.unchanged_vectors(conn, "c", resend, FP, DIM)
        assert set(same) == {"a"}
        np.testing.assert_array_equal(same["a"], vectors[0])
        assert store.unchanged_vectors(conn, "c", resend, "fingerprint-b", DIM) == {}


def test_delete_reports_found_keys_and_no_version_when_nothing_changed(store: CatalogStore) -> None:
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", products("a", "b"), unit(2), FP)
    with store.write() as conn:
        found, version = store.delete_products(conn, "c", ["a", "nope"])
    assert found == {"a": int(pks[0])} and version is not None
    with store.write() as conn:
        assert store.delete_products(conn, "c", ["nope"]) == ({}, None)


def test_pages_filters_and_batches_in_key_order(store: CatalogStore) -> None:
    items = [NewProduct(f"p{i}", f"item {i}", {"brand": "Acme" if i % 2 else "Bosch", "size": i}) for i in range(7)]
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", items, unit(7), FP)
    with store.read() as conn:
        first = store.page_products(conn, "c", 0, 3)
        rest = store.page_products(conn, "c", first[-1].pk, 10)
        assert [p.id for p in first + rest] == [f"p{i}" for i in range(7)]
        assert store.filtered_pks(conn, "c", {"brand": "Acme"}).tolist() == pks[1::2].tolist()
        assert store.filtered_pks(conn, "c", {"brand": "Acme", "size": 3}).tolist() == [pks[3]]
        batches = list(store.iter_vectors(conn, "c", DIM, batch=3))
        assert [len(b[0]) for b in batches] == [3, 3, 1]
        assert np.concatenate([b[0] for b in batches]).tolist() == pks.tolist()
        texts = [t for batch in store.iter_texts(conn, "c", 4) for _, t in batch]
        assert texts == [f"item {i}" for i in range(7)]


def test_a_failed_write_leaves_nothing(store: CatalogStore) -> None:
    with store.read() as conn:
        before = store.get_catalog(conn, "c")
    with pytest.raises(RuntimeError), store.write() as conn:
        store.upsert_products(conn, "c", products("a"), unit(1), FP)
        raise RuntimeError("the caller failed after writing")
    with store.read() as conn:
        assert store.get_catalog(conn, "c") == before
        assert store.get_product(conn, "c", "a") is None


def test_reembedding_switches_vectors_and_fingerprint_in_one_transaction(store: CatalogStore) -> None:
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", products("a", "b"), unit(2), FP)
    fresh = unit(2, seed=9)
    with store.write() as conn:
        store.set_embeddings(conn, pks.tolist(), fresh, "fingerprint-b")
        store.set_fingerprint(conn, "c", "fingerprint-b", {"id": "fingerprint-b"}, DIM)
        bumped = store.bump_version(conn, "c")
    with store.read() as conn:
        cat = store.get_catalog(conn, "c")
        assert cat is not None and (cat.fingerprint, cat.version) == ("fingerprint-b", bumped)
        ((_, vectors, fingerprints),) = store.iter_vectors(conn, "c", DIM)
        np.testing.assert_array_equal(vectors, fresh)
        assert set(fingerprints) == {"fingerprint-b"}


def test_deleting_a_catalog_cascades_to_its_products(store: CatalogStore) -> None:
    with store.write() as conn:
        store.upsert_products(conn, "c", products("a"), unit(1), FP)
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
