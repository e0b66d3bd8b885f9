"""Index files and the store: stamps, atomic files, corruption detection, rebuild without encoding."""

from __future__ import annotations

import mmap
import threading
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import pytest

from product_search.catalogs import Catalogs
from product_search.encoding.models import LoadedModels
from product_search.index import indexfile
from product_search.index.derived import VECTORS
from product_search.index.vector_index import HEAP_DEAD, MAGIC, IndexFileError, IndexStamp, VectorIndex
from product_search.storage.store import CatalogStore, NewProduct, StoreError
from product_search_harness.synthetic import generate

from .support import DIM, unit_vectors

STAMP = IndexStamp("inst", "c", 3, "fp", DIM)


def test_index_roundtrip_and_exact_search(tmp_path: Path) -> None:
    vectors = unit_vectors(50)
    index = VectorIndex.exact(STAMP, np.arange(100, 150, dtype=np.int64), vectors)
    path = tmp_path / "c.vectors"
    index.save(path)
    loaded = VectorIndex.load(path, STAMP)
    scores, pks = loaded.search(vectors[:2], 5)
    assert list(pks[:, 0]) == [100, 101]
    expected = np.sort(vectors[:2] @ vectors.T, axis=1)[:, ::-1][:, :5]
    np.testing.assert_allclose(scores, expected, atol=1e-6)
    _, allowed = loaded.search(vectors[:1], 3, allowed=np.array([120, 130], dtype=np.int64))
    assert set(allowed[0][allowed[0] >= 0]) == {120, 130}
    assert not list(tmp_path.glob(".*tmp")), "no temp file may be left behind"


def test_index_updated_copy_leaves_original(tmp_path: Path) -> None:
    index = VectorIndex.exact(STAMP, np.arange(3, dtype=np.int64), unit_vectors(3))
    newer = index.updated(
        IndexStamp("inst", "c", 4, "fp", DIM),
        np.array([0], dtype=np.int64),
        np.array([1, 7], dtype=np.int64),
        unit_vectors(2, seed=1),
    )
    assert index.size == 3 and newer.size == 3  # 0 removed, 1 replaced, 7 added
    assert newer.stamp.version == 4


def brute_force(pks: np.ndarray, vectors: np.ndarray, queries: np.ndarray, k: int) -> list[list[int]]:
    scores = queries @ vectors.T
    return [[int(pks[j]) for j in np.argsort(-row, kind="stable")[:k]] for row in scores]


@pytest.mark.parametrize("kind", ["exact", "ivf"])
def test_writes_since_the_file_are_searched_like_a_fresh_index(tmp_path: Path, kind: str) -> None:
    """Removed and replaced rows are never returned, added ones are; saving merges them; all-lists IVF is exact."""
    rng = np.random.default_rng(3)
    pks, vectors = np.arange(0, 2000, 2, dtype=np.int64), unit_vectors(1000, seed=4)
    if kind == "exact":
        index = VectorIndex.exact(STAMP, pks[::-1].copy(), vectors[::-1].copy())  # any key order in
    else:
        index = VectorIndex.ivf(STAMP, pks, vectors, vectors, nlist=16, nprobe=16)
    removed, replaced, added = pks[:300:3], pks[1:300:3], np.array([1, 3, 5001], dtype=np.int64)
    new_vectors = unit_vectors(len(replaced) + len(added), seed=5)
    newer = index.updated(
        IndexStamp("inst", "c", 4, "fp", DIM), removed, np.concatenate([replaced, added]), new_vectors
    )
    live = {int(p): v for p, v in zip(pks, vectors, strict=True) if p not in set(removed.tolist())}
    live.update({int(p): v for p, v in zip(np.concatenate([replaced, added]), new_vectors, strict=True)})
    live_pks = np.array(sorted(live))
    live_vectors = np.stack([live[int(p)] for p in live_pks])
    queries = np.vstack([new_vectors[:3], unit_vectors(5, seed=6), vectors[150:153]])
    assert newer.size == len(live) and index.size == 1000, "the older index is untouched"
    _, got = newer.search(queries, 10)
    assert got.tolist() == brute_force(live_pks, live_vectors, queries, 10)
    allowed = rng.choice(np.concatenate([pks, added]), 200, replace=False)
    _, filtered = newer.search(queries, 10, allowed=allowed)
    keep = np.isin(live_pks, allowed)
    assert filtered.tolist() == brute_force(live_pks[keep], live_vectors[keep], queries, 10)
    looked_up = newer.vectors_of(np.concatenate([live_pks[:5], removed[:2], [9999]]))
    assert sorted(looked_up) == live_pks[:5].tolist(), "live rows only"
    for pk, vector in looked_up.items():
        np.testing.assert_array_equal(vector, live[pk])
    path = tmp_path / "c.vectors"
    newer.save(path)
    loaded = VectorIndex.load(path, newer.stamp)
    assert (loaded.kind, loaded.size) == (newer.kind, newer.size)
    assert loaded.search(queries, 10)[1].tolist() == got.tolist()
    np.testing.assert_allclose(loaded.centroid(), live_vectors.mean(axis=0), atol=1e-6)


def test_ivf_probes_only_the_nearest_lists_and_is_exact_when_probing_all() -> None:
    vectors = unit_vectors(3000, seed=8)
    pks = np.arange(3000, dtype=np.int64)
    index = VectorIndex.ivf(STAMP, pks, vectors, vectors, nlist=64, nprobe=64)
    queries = unit_vectors(20, seed=9)
    want = brute_force(pks, vectors, queries, 10)
    assert index.search(queries, 10)[1].tolist() == want
    one = index.search(queries, 10, nprobe=1)[1]
    base = index._base
    assert base.centroids is not None and base.offsets is not None
    for query, got in zip(queries, one, strict=True):
        nearest = int(np.argmax(base.centroids @ query))
        in_list = set(base.pks[base.offsets[nearest] : base.offsets[nearest + 1]].tolist())
        assert set(got[got >= 0].tolist()) <= in_list, "one probe: rows of the nearest list only"
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(want, one.tolist(), strict=True)])
    assert recall < 1.0


@pytest.mark.parametrize("kind", ["flat", "ivf"])
def test_a_query_scores_the_same_alone_as_among_others(tmp_path: Path, kind: str) -> None:
    """A query's scores and results never depend on what it was searched with (batching searches together must
    not change an answer): from the mapped file, with writes since it, filtered or not; and they are its inner
    products with the rows (to float32 rounding)."""
    vectors = unit_vectors(3000, seed=4)
    pks = np.arange(3000, dtype=np.int64)
    built = (
        VectorIndex.exact(STAMP, pks, vectors)
        if kind == "flat"
        else VectorIndex.ivf(STAMP, pks, vectors, vectors, nlist=64, nprobe=8)
    )
    path = tmp_path / "c.vectors"
    built.save(path)
    index = VectorIndex.load(path, STAMP).updated(
        STAMP, np.array([5, 6], np.int64), np.array([5000], np.int64), unit_vectors(1, seed=5)
    )
    queries = unit_vectors(16, seed=6)
    allowed = np.arange(0, 3000, 3, dtype=np.int64)
    for filtered in (None, allowed):
        together = index.search(queries, 10, filtered)
        for i, query in enumerate(queries):
            alone = index.search(query[None], 10, filtered)
            assert alone[1][0].tolist() == together[1][i].tolist()
            assert alone[0][0].tolist() == together[0][i].tolist(), "the same scores, to the bit"
    scores, keys = index.search(queries[:1], 10)
    rows = dict(zip(pks.tolist(), vectors, strict=True)) | {5000: unit_vectors(1, seed=5)[0]}
    np.testing.assert_allclose(scores[0], [rows[int(k)] @ queries[0] for k in keys[0]], atol=1e-6)


@pytest.mark.parametrize("removed", [3, HEAP_DEAD + 20])
def test_equal_scores_return_the_lowest_keys_first_whatever_was_removed(removed: int) -> None:
    """Twins (the same vector: a catalog's duplicates) tie: an exact search returns the lowest keys among them,
    lowest first, from FAISS' heap as from the scoring of every row (more removed rows than the heap is asked
    to skip), and never a removed one."""
    twin = unit_vectors(1, seed=9)
    vectors = np.vstack([np.repeat(twin, 400, axis=0), unit_vectors(100, seed=10) * 0.1])
    keys = np.arange(1000, 1500, dtype=np.int64)
    gone = keys[:removed]
    index = VectorIndex.exact(STAMP, keys, vectors).updated(STAMP, gone, np.zeros(0, np.int64), np.zeros((0, DIM)))
    scores, found = index.search(twin, 5)
    assert found[0].tolist() == list(range(1000 + removed, 1005 + removed))
    assert len(set(scores[0].tolist())) == 1


def test_an_exact_search_runs_faiss_on_one_thread_and_leaves_the_callers_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """OpenMP's thread count is each thread's own: a worker's request thread has the process default (every
    core), with which FAISS split one query's rows between threads at 4x the time. The search sets one thread
    for itself and restores the caller's."""
    index = VectorIndex.exact(STAMP, np.arange(2000, dtype=np.int64), unit_vectors(2000))
    seen: list[int] = []
    real = faiss.knn_inner_product

    def spy(*args: Any) -> None:
        seen.append(faiss.omp_get_max_threads())
        real(*args)

    monkeypatch.setattr(faiss, "knn_inner_product", spy)

    def search() -> None:  # in a thread of its own, as a request is
        faiss.omp_set_num_threads(2)
        index.search(unit_vectors(2, seed=3), 5)
        seen.append(faiss.omp_get_max_threads())

    thread = threading.Thread(target=search)
    thread.start()
    thread.join()
    assert seen == [1, 1, 2], "one thread per query's search, the caller's two after"


def test_a_loaded_index_maps_its_file_instead_of_copying_it(tmp_path: Path) -> None:
    """Every worker maps the same file: the vectors are read-only views of its pages."""
    index = VectorIndex.exact(STAMP, np.arange(500, dtype=np.int64), unit_vectors(500))
    path = tmp_path / "c.vectors"
    index.save(path)
    loaded = VectorIndex.load(path, STAMP)
    vectors = loaded._base.vectors
    assert not vectors.flags.writeable and not vectors.flags.owndata
    assert vectors.flags.aligned and vectors.ctypes.data % 64 == 0, "BLAS runs its fast kernels on aligned rows"
    assert isinstance(vectors.base, mmap.mmap) or vectors.base is not None


def test_too_few_live_rows_leave_empty_slots() -> None:
    index = VectorIndex.exact(STAMP, np.arange(3, dtype=np.int64), unit_vectors(3))
    newer = index.updated(
        IndexStamp("inst", "c", 4, "fp", DIM), np.array([0, 1]), np.zeros(0, np.int64), unit_vectors(0)
    )
    scores, pks = newer.search(unit_vectors(1), 3)
    assert pks.tolist() == [[2]] and scores.shape == (1, 1)
    scores, pks = newer.search(unit_vectors(1), 1, allowed=np.array([0], dtype=np.int64))
    assert pks.tolist() == [[-1]]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "missing", "header"])
def test_damaged_index_files_are_detected(tmp_path: Path, damage: str) -> None:
    index = VectorIndex.exact(STAMP, np.arange(20, dtype=np.int64), unit_vectors(20))
    path = tmp_path / "c.vectors"
    index.save(path)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        data[-10] ^= 0xFF
        path.write_bytes(data)
    elif damage == "garbage":
        path.write_bytes(b"not an index at all")
    elif damage == "header":
        path.write_bytes(data[:8] + b"\xff\xff\x00\x00" + data[12:])
    else:
        path.unlink()
    with pytest.raises(IndexFileError):
        VectorIndex.load(path, STAMP)


@pytest.mark.parametrize("dtype", [">f4", "<f8"])
def test_an_index_file_of_foreign_array_types_is_refused(tmp_path: Path, dtype: str) -> None:
    """The search reads the mapped rows as native float32: a file holding other types (written by something
    else) is refused, so it is rebuilt, never searched with wrong scores."""
    vectors = unit_vectors(50)
    pks = np.arange(50, dtype=np.int64)
    arrays = {"vectors": vectors.astype(dtype), "pks": pks, "sorted_pks": pks, "key_rows": pks,
              "centroid": vectors.mean(axis=0)}  # fmt: skip
    path = tmp_path / "c.vectors"
    indexfile.write_arrays(path, MAGIC, STAMP, {"size": 50, "nprobe": 0}, arrays)
    with pytest.raises(IndexFileError, match="types or shapes"):
        VectorIndex.load(path, STAMP)


def test_stale_stamp_is_refused(tmp_path: Path) -> None:
    index = VectorIndex.empty(STAMP)
    path = tmp_path / "c.vectors"
    index.save(path)
    with pytest.raises(IndexFileError):
        VectorIndex.load(path, IndexStamp("inst", "c", 4, "fp", DIM))


def test_corrupt_store_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "catalogs.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = CatalogStore(path)  # opened on first use, so that the service can report it unready
    with pytest.raises(StoreError, match="cannot be opened"):
        store.check_integrity()


def test_versions_never_repeat_across_recreation(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    first = catalogs.writer.upsert("c", [NewProduct("a", "hammer", None)])
    catalogs.edits.delete_catalog("c")
    second = catalogs.writer.upsert("c", [NewProduct("b", "saw", None)])
    assert second.version > first.version
    assert [h.id for h in catalogs.search("c", ["saw"], 5).results[0]] == ["b"]


def test_rebuild_uses_stored_vectors(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.writer.upsert("c", [NewProduct(str(i), f"tool number {i}", None) for i in range(20)])
    before = catalogs.search("c", ["tool 7"], 5).results
    encoded = catalogs.counters["documents_encoded"]
    (tmp_path / "indexes" / "c.g1.vectors").unlink()
    fresh = Catalogs(tmp_path, models)
    assert fresh.search("c", ["tool 7"], 5).results == before
    assert fresh.counters["index_builds"] == 1 and fresh.counters["documents_encoded"] == 0
    assert catalogs.counters["documents_encoded"] == encoded
    assert (tmp_path / "indexes" / "c.g1.vectors").is_file(), "the rebuilt index is saved for the next process"


def test_unchanged_descriptions_keep_their_vectors(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.writer.upsert("c", [NewProduct("a", "claw hammer", None), NewProduct("b", "saw", None)])
    assert catalogs.counters["documents_encoded"] == 2
    stored = catalogs.search("c", ["claw hammer"], 1).results[0][0].score
    # A refresh: a unchanged (new metadata), b reworded, d a new id with b's new text.
    catalogs.writer.upsert(
        "c",
        [
            NewProduct("a", "claw hammer", {"price": 9}),
            NewProduct("b", "hand saw", None),
            NewProduct("d", "hand saw", None),
        ],
    )
    assert catalogs.counters["documents_encoded"] == 3, "only the one new distinct text is encoded"
    assert catalogs.counters["documents_reused"] == 2
    assert catalogs.search("c", ["claw hammer"], 1).results[0][0].score == stored
    assert {h.id for h in catalogs.search("c", ["hand saw"], 2).results[0]} == {"b", "d"}
    fresh = Catalogs(tmp_path / "other", models)
    fresh.writer.upsert("c", [NewProduct("b", "hand saw", None)])
    np.testing.assert_allclose(
        fresh.search("c", ["hand saw"], 1).results[0][0].score,
        catalogs.search("c", ["hand saw"], 1).results[0][0].score,
        atol=1e-6,
    )


def test_replace_drops_products_not_given(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.writer.upsert("c", [NewProduct("a", "hammer", None), NewProduct("b", "saw", None)])
    catalogs.writer.upsert("c", [NewProduct("b", "hand saw", None)], replace=True)
    assert [p.id for p in catalogs.list_products("c", None, 10).products] == ["b"]
    assert [h.id for h in catalogs.search("c", ["hammer"], 5).results[0]] == ["b"]


def _vectors(catalogs: Catalogs) -> VectorIndex:
    """The vector index of catalog ``c`` in this process's memory."""
    index = catalogs.indexes.held.get(VECTORS, catalogs.row("c"))
    assert index is not None
    return index


def test_large_catalogs_get_an_ivf_index_that_stays_consistent(tmp_path: Path, models: LoadedModels) -> None:
    products = [NewProduct(p.id, p.description, {"brand": p.brand}) for p in generate(300, seed=5)]
    exact = Catalogs(tmp_path / "exact", models)
    # Same upload batches on both sides: int8 activation scales are per batch, and this compares indexes.
    exact.writer.upsert("c", products[:200])
    exact.writer.upsert("c", products[200:])
    # nprobe = nlist: IVF scans every list, so its results must equal exact search.
    ivf = Catalogs(tmp_path / "ivf", models, ivf_threshold=250, ivf_nprobe=64)
    ivf.writer.upsert("c", products[:200])
    assert _vectors(ivf).kind == "flat"
    ivf.writer.upsert("c", products[200:])  # crosses the threshold: rebuilt as IVF
    assert _vectors(ivf).kind == "ivf" and _vectors(ivf).size == 300
    queries = ["M8 hex bolt zinc plated", "cordless drill with battery", "ball valve brass 1/2 inch"]

    def ids(c: Catalogs, **kw: object) -> list[list[str]]:
        return [[h.id for h in row] for row in c.search("c", queries, 10, **kw).results]  # type: ignore[arg-type]

    assert ids(ivf) == ids(exact)
    assert ids(ivf, filters={"brand": "Makita"}) == ids(exact, filters={"brand": "Makita"})
    gone = [products[0].id, products[150].id]
    ivf.edits.delete_products("c", gone)
    exact.edits.delete_products("c", gone)
    assert _vectors(ivf).kind == "ivf" and _vectors(ivf).size == 298
    assert ids(ivf) == ids(exact)
    reopened = Catalogs(tmp_path / "ivf", models, ivf_threshold=250, ivf_nprobe=64)
    assert ids(reopened) == ids(exact) and reopened.counters["index_builds"] == 0
    np.testing.assert_allclose(_vectors(reopened).centroid(), _vectors(exact).centroid(), atol=1e-6)
