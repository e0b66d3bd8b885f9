"""index/derived.py: the lifecycle of both derived indexes (memory, file, rebuild, delta), on a real store
with random vectors (no model)."""

from __future__ import annotations

import fcntl
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from product_search.index.derived import LEXICAL, VECTORS, DerivedIndexes, preload
from product_search.storage.store import CatalogRow, CatalogStore, ModelBinding, NewProduct
from product_search.text.synonyms import Synonyms

from .support import DIM, unit_vectors

FP = "fingerprint-a"
BIND = ModelBinding("m:1", FP, {"id": FP}, DIM)
GEN = 1  # the first catalog's first generation in a new store


def items(n: int, start: int = 0) -> list[NewProduct]:
    return [NewProduct(f"p{i}", f"hex bolt M{6 + i % 4} zinc plated {i}", None) for i in range(start, start + n)]


@pytest.fixture
def store(tmp_path: Path) -> CatalogStore:
    s = CatalogStore(tmp_path / "catalogs.sqlite3")
    with s.write() as conn:
        s.create_catalog(conn, "c", BIND)
        s.upsert_products(conn, "c", items(20), {GEN: unit_vectors(20)})
    return s


def indexes(store: CatalogStore, **kw: int) -> DerivedIndexes:
    """What one process holds (its own memory and counters), over the shared files."""
    return DerivedIndexes(store, Path(store.db.describe).parent / "indexes", Counter(), **kw)


def catalog(store: CatalogStore) -> CatalogRow:
    with store.read() as conn:
        cat = store.get_catalog(conn, "c")
    assert cat is not None
    return cat


def current(d: DerivedIndexes, store: CatalogStore) -> tuple[object, object]:
    with store.read() as conn:
        cat = store.get_catalog(conn, "c")
        assert cat is not None
        return d.vectors(conn, cat), d.lexical(conn, cat)


def test_built_once_then_served_from_memory_then_from_the_file_by_another_process(store: CatalogStore) -> None:
    first = indexes(store)
    vectors, lexical = current(first, store)
    assert first.counters == Counter(index_builds=1, lexical_builds=1)
    assert first.files.path(VECTORS, catalog(store)).exists() and first.files.path(LEXICAL, catalog(store)).exists()
    assert current(first, store) == (vectors, lexical), "the same objects from memory"
    assert first.counters == Counter(index_builds=1, lexical_builds=1)
    other = indexes(store)
    current(other, store)
    assert other.counters == Counter(index_loads=1, lexical_loads=1), "the file, nothing rebuilt"


def test_a_file_of_an_older_version_follows_the_change_log_and_is_replaced(store: CatalogStore) -> None:
    d = indexes(store)
    current(d, store)
    with store.write() as conn:  # a write whose writer died before updating the files
        store.upsert_products(conn, "c", items(1, start=50), {GEN: unit_vectors(1, seed=3)})
    other = indexes(store)
    vectors, _ = current(other, store)
    assert other.counters == Counter(index_follows=1, lexical_follows=1), "the changed row only, nothing rebuilt"
    assert vectors.size == 21  # type: ignore[attr-defined]
    assert VECTORS.read_stamp(other.files.path(VECTORS, catalog(store))).version == catalog(store).version


def test_an_index_older_than_the_change_log_is_rebuilt(store: CatalogStore) -> None:
    d = indexes(store)
    current(d, store)
    with store.write() as conn:  # the log was pruned past this index's version
        store.upsert_products(conn, "c", items(1, start=50), {GEN: unit_vectors(1, seed=3)})
        conn.execute("UPDATE catalogs SET changes_from = version")
    current(d, store)
    assert d.counters == Counter(index_builds=2, lexical_builds=2)


@pytest.fixture(params=["sqlite", "postgresql"])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> CatalogStore:
    """A store on either engine (index files of each "node" in a directory of its own)."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    s = CatalogStore.open(url, tmp_path)
    with s.write() as conn:
        gen = s.create_catalog(conn, "c", BIND).generation
        s.upsert_products(conn, "c", items(20), {gen: unit_vectors(20)})
    yield s
    s.close()


def test_a_node_follows_another_nodes_writes_without_rebuilding(shared: CatalogStore, tmp_path: Path) -> None:
    a = DerivedIndexes(shared, tmp_path / "node-a", Counter())
    b = DerivedIndexes(shared, tmp_path / "node-b", Counter())
    current(a, shared)
    current(b, shared)
    before = catalog(shared)
    gen = before.generation
    added = unit_vectors(3, seed=7)
    changed_items = [*items(2, start=40), NewProduct("p5", "stainless wing nut M5", None)]
    with shared.write("c") as conn:  # node A's write: delete one, add two, change one text
        found, _ = shared.delete_products(conn, "c", ["p0"])
        pks, _ = shared.upsert_products(conn, "c", changed_items, {gen: added})
    removed = np.array(list(found.values()), dtype=np.int64)
    texts = [(int(pk), p.description) for pk, p in zip(pks.tolist(), changed_items, strict=True)]
    a.apply_delta([catalog(shared)], before.version, removed, pks, {gen: added}, changed_texts=texts)
    a_vectors, a_lexical = current(a, shared)
    b_vectors, b_lexical = current(b, shared)  # node B: its next search
    assert b.counters == Counter(index_builds=1, lexical_builds=1, index_follows=1, lexical_follows=1)
    assert b_vectors.size == a_vectors.size == 21  # type: ignore[attr-defined]
    np.testing.assert_array_equal(b_lexical.pks, a_lexical.pks)  # type: ignore[attr-defined]
    for query in added:
        assert b_vectors.search(query[None, :], 3)[1].tolist() == a_vectors.search(query[None, :], 3)[1].tolist()  # type: ignore[attr-defined]
    assert b_lexical.match("wing nut").scores.tolist() == a_lexical.match("wing nut").scores.tolist()  # type: ignore[attr-defined]


def test_a_new_version_without_product_changes_is_restamped_and_followed(shared: CatalogStore, tmp_path: Path) -> None:
    a = DerivedIndexes(shared, tmp_path / "node-a", Counter())
    b = DerivedIndexes(shared, tmp_path / "node-b", Counter())
    old_vectors, _ = current(a, shared)
    current(b, shared)
    before = catalog(shared)
    with shared.write("c") as conn:  # new synonyms: a new version, no product written
        shared.set_synonyms(conn, "c", Synonyms.parse([["hex bolt", "hexagon bolt"]]))
    after = catalog(shared)
    empty = np.zeros(0, dtype=np.int64)
    a.apply_delta([after], before.version, empty, empty, {after.generation: np.zeros((0, DIM), np.float32)})
    assert a.counters == Counter(index_builds=1, lexical_builds=1, index_restamps=1, lexical_restamps=1)
    a_vectors, a_lexical = current(a, shared)
    assert a_vectors.stamp.version == a_lexical.stamp.version == after.version  # type: ignore[attr-defined]
    b_vectors, _ = current(b, shared)  # node B: its next search follows the (empty) change log
    assert b.counters == Counter(index_builds=1, lexical_builds=1, index_follows=1, lexical_follows=1)
    query = unit_vectors(1, seed=9)
    expected = old_vectors.search(query, 5)[1].tolist()  # type: ignore[attr-defined]
    assert b_vectors.search(query, 5)[1].tolist() == a_vectors.search(query, 5)[1].tolist() == expected  # type: ignore[attr-defined]
    assert VECTORS.read_stamp(b.files.path(VECTORS, after)).version == after.version, "saved for node B's other workers"


def test_save_never_replaces_a_newer_file_with_an_older_snapshot(store: CatalogStore) -> None:
    d = indexes(store)
    old_vectors, _ = current(d, store)
    with store.write() as conn:
        store.upsert_products(conn, "c", items(1, start=50), {GEN: unit_vectors(1, seed=3)})
    current(indexes(store), store)  # another process writes the newer file
    newer = VECTORS.read_stamp(d.files.path(VECTORS, catalog(store))).version
    d.files.save(VECTORS, catalog(store), old_vectors)  # type: ignore[arg-type]
    assert VECTORS.read_stamp(d.files.path(VECTORS, catalog(store))).version == newer


def test_a_delta_derives_the_next_version_without_rebuilding(store: CatalogStore) -> None:
    d = indexes(store)
    current(d, store)
    before = catalog(store)
    added = unit_vectors(2, seed=4)
    with store.write() as conn:
        found, _ = store.delete_products(conn, "c", ["p0"])
        pks, _ = store.upsert_products(conn, "c", items(2, start=30), {GEN: added})
    after = catalog(store)
    removed = np.array(list(found.values()), dtype=np.int64)
    changed = [(int(pk), p.description) for pk, p in zip(pks.tolist(), items(2, start=30), strict=True)]
    d.apply_delta([after], before.version, removed, pks, {GEN: added}, changed_texts=changed)
    assert d.counters["index_updates"] == 1 and d.counters["index_builds"] == 1, "only the first build"
    vectors, lexical = current(d, store)
    assert vectors.size == 21 and lexical.size == 21  # type: ignore[attr-defined]
    # Searching the new vector finds the new product; the deleted one is gone from both.
    _, got = vectors.search(added[:1], 1)  # type: ignore[attr-defined]
    assert got[0][0] == pks[0]
    assert int(removed[0]) not in lexical.pks.tolist()  # type: ignore[attr-defined]
    other = indexes(store)
    current(other, store)
    assert other.counters == Counter(index_loads=1, lexical_loads=1), "the delta was saved for the others"


def test_a_metadata_refresh_restamps_the_lexical_index(store: CatalogStore) -> None:
    d = indexes(store)
    _, lexical = current(d, store)
    before = catalog(store)
    with store.write() as conn:
        pks, _ = store.upsert_products(
            conn, "c", [NewProduct("p1", items(2)[1].description, {"price": 2})], {GEN: unit_vectors(1)}
        )
    empty = np.zeros(0, dtype=np.int64)
    d.apply_delta([catalog(store)], before.version, empty, pks, {GEN: unit_vectors(1)})
    assert d.counters["lexical_restamps"] == 1
    _, again = current(d, store)
    assert again is not lexical and again.pks is lexical.pks  # type: ignore[attr-defined]


def test_a_delta_without_the_previous_version_rebuilds(store: CatalogStore) -> None:
    d = indexes(store)
    before = catalog(store)  # never loaded: neither memory nor file holds it
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", items(1, start=40), {GEN: unit_vectors(1, seed=8)})
    d.apply_delta([catalog(store)], before.version, np.zeros(0, dtype=np.int64), pks, {GEN: unit_vectors(1, seed=8)})
    assert d.counters == Counter(index_builds=1, lexical_builds=1)


def test_crossing_the_ivf_threshold_changes_the_kind(store: CatalogStore) -> None:
    d = indexes(store, ivf_threshold=64)  # IVF trains at least 64 lists: it needs as many vectors
    vectors, _ = current(d, store)
    assert vectors.kind == "flat"  # type: ignore[attr-defined]
    before = catalog(store)
    with store.write() as conn:
        pks, _ = store.upsert_products(conn, "c", items(50, start=60), {GEN: unit_vectors(50, seed=2)})
    d.apply_delta([catalog(store)], before.version, np.zeros(0, dtype=np.int64), pks, {GEN: unit_vectors(50, seed=2)})
    vectors, _ = current(d, store)
    assert (vectors.kind, vectors.size) == ("ivf", 70)  # type: ignore[attr-defined]
    assert d.ivf.probes(64) == 32 and indexes(store, ivf_nprobe=5).ivf.probes(64) == 5


def test_forget_and_preload(store: CatalogStore) -> None:
    d = indexes(store)
    with store.write() as conn:
        store.create_catalog(conn, "other", ModelBinding("m:2", "fingerprint-b", {"id": "fingerprint-b"}, DIM))
    stale = d.files.directory / "c.vectors"  # a file from before generations
    stale.write_bytes(b"old")
    assert preload(d) == 2, "counts every catalog"
    assert d.held.get(VECTORS, catalog(store)) is not None and not stale.exists()
    dead = 2**22 + 7  # above Linux's default pid_max: no process has it
    orphan = d.files.directory / f".c.g1.vectors.{dead}.x1y2.tmp"
    orphan.write_bytes(b"half")  # a writer died mid-file
    # A live writer in another container: its pid means nothing here (dead in this namespace), its lock does.
    live = d.files.directory / f".c.g1.lexical.{dead}.a1b2.tmp"
    with live.open("wb") as writing:
        fcntl.flock(writing.fileno(), fcntl.LOCK_EX)
        preload(d)
        assert live.exists(), "a file under a live writer's lock is not an orphan"
    assert not orphan.exists()
    preload(d)
    assert not live.exists(), "once its writer is gone, it is"
    d.held.forget("c", files=True)
    assert d.held.get(VECTORS, catalog(store)) is None and d.held.get(LEXICAL, catalog(store)) is None
    assert not d.files.path(VECTORS, catalog(store)).exists() and not d.files.path(LEXICAL, catalog(store)).exists()


def test_a_memory_budget_keeps_the_catalogs_searched_most_recently(store: CatalogStore) -> None:
    with store.write() as conn:
        for name in ("d", "e"):
            gen = store.create_catalog(conn, name, BIND).generation
            store.upsert_products(conn, name, items(20), {gen: unit_vectors(20)})
    unlimited = indexes(store)

    def use(d: DerivedIndexes, name: str) -> None:
        with store.read() as conn:
            cat = store.get_catalog(conn, name)
            assert cat is not None
            d.vectors(conn, cat)
            d.lexical(conn, cat)

    use(unlimited, "c")
    one_catalog = unlimited.held.memory_bytes()
    d = DerivedIndexes(store, unlimited.files.directory, Counter(), memory_budget=int(2.5 * one_catalog))
    for name in ("c", "d", "c", "e"):  # d is the least recently searched when e arrives
        use(d, name)
    assert sorted(d.held.catalogs()) == ["c", "e"] and d.counters["index_evictions"] == 1
    assert d.held.memory_bytes() <= d.held.memory_budget
    use(d, "d")  # back from its file, not rebuilt; c goes now
    assert sorted(d.held.catalogs()) == ["d", "e"] and (d.counters["index_loads"], d.counters["index_builds"]) == (2, 2)
