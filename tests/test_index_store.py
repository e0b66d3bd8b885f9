"""Index files and the store: stamps, atomic files, corruption detection, rebuild without encoding."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from product_search.encoding.models import LoadedModels
from product_search.search.catalogs import Catalogs
from product_search.search.derived import VECTORS
from product_search.storage.store import CatalogStore, NewProduct, StoreError
from product_search.storage.vector_index import IndexFileError, IndexStamp, VectorIndex
from product_search.synthetic import generate

STAMP = IndexStamp("inst", "c", 3, "fp", 4)


def unit(rows: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(rows, 4)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_index_roundtrip_and_exact_search(tmp_path: Path) -> None:
    vectors = unit(50)
    index = VectorIndex.empty(STAMP)
    index.add(np.arange(100, 150, dtype=np.int64), vectors)
    path = tmp_path / "c.faiss"
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
    index = VectorIndex.empty(STAMP)
    index.add(np.arange(3, dtype=np.int64), unit(3))
    newer = index.updated(
        IndexStamp("inst", "c", 4, "fp", 4),
        np.array([0], dtype=np.int64),
        np.array([1, 7], dtype=np.int64),
        unit(2, seed=1),
    )
    assert index.size == 3 and newer.size == 3  # 0 removed, 1 replaced, 7 added
    assert newer.stamp.version == 4


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "missing", "header"])
def test_damaged_index_files_are_detected(tmp_path: Path, damage: str) -> None:
    index = VectorIndex.empty(STAMP)
    index.add(np.arange(20, dtype=np.int64), unit(20))
    path = tmp_path / "c.faiss"
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


def test_stale_stamp_is_refused(tmp_path: Path) -> None:
    index = VectorIndex.empty(STAMP)
    path = tmp_path / "c.faiss"
    index.save(path)
    with pytest.raises(IndexFileError):
        VectorIndex.load(path, IndexStamp("inst", "c", 4, "fp", 4))


def test_corrupt_store_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "catalogs.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = CatalogStore(path)  # opened on first use, so that the service can report it unready
    with pytest.raises(StoreError, match="cannot be opened"):
        store.check_integrity()


def test_versions_never_repeat_across_recreation(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    first = catalogs.upsert("c", [NewProduct("a", "hammer", None)])
    catalogs.delete_catalog("c")
    second = catalogs.upsert("c", [NewProduct("b", "saw", None)])
    assert second.version > first.version
    assert [h.id for h in catalogs.search("c", ["saw"], 5).results[0]] == ["b"]


def test_rebuild_uses_stored_vectors(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.upsert("c", [NewProduct(str(i), f"tool number {i}", None) for i in range(20)])
    before = catalogs.search("c", ["tool 7"], 5).results
    encoded = catalogs.counters["documents_encoded"]
    (tmp_path / "indexes" / "c.g1.faiss").unlink()
    fresh = Catalogs(tmp_path, models)
    assert fresh.search("c", ["tool 7"], 5).results == before
    assert fresh.counters["index_builds"] == 1 and fresh.counters["documents_encoded"] == 0
    assert catalogs.counters["documents_encoded"] == encoded
    assert (tmp_path / "indexes" / "c.g1.faiss").is_file(), "the rebuilt index is saved for the next process"


def test_unchanged_descriptions_keep_their_vectors(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.upsert("c", [NewProduct("a", "claw hammer", None), NewProduct("b", "saw", None)])
    assert catalogs.counters["documents_encoded"] == 2
    stored = catalogs.search("c", ["claw hammer"], 1).results[0][0].score
    # A refresh: a unchanged (new metadata), b reworded, d a new id with b's new text.
    catalogs.upsert(
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
    fresh.upsert("c", [NewProduct("b", "hand saw", None)])
    np.testing.assert_allclose(
        fresh.search("c", ["hand saw"], 1).results[0][0].score,
        catalogs.search("c", ["hand saw"], 1).results[0][0].score,
        atol=1e-6,
    )


def test_replace_drops_products_not_given(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.upsert("c", [NewProduct("a", "hammer", None), NewProduct("b", "saw", None)])
    catalogs.upsert("c", [NewProduct("b", "hand saw", None)], replace=True)
    assert [p.id for p in catalogs.list_products("c", None, 10).products] == ["b"]
    assert [h.id for h in catalogs.search("c", ["hammer"], 5).results[0]] == ["b"]


def _vectors(catalogs: Catalogs) -> VectorIndex:
    """The vector index of catalog ``c`` in this process's memory."""
    index = catalogs.indexes.in_memory(VECTORS, catalogs.row("c"))
    assert index is not None
    return index


def test_large_catalogs_get_an_ivf_index_that_stays_consistent(tmp_path: Path, models: LoadedModels) -> None:
    products = [NewProduct(p.id, p.description, {"brand": p.brand}) for p in generate(300, seed=5)]
    exact = Catalogs(tmp_path / "exact", models)
    # Same upload batches on both sides: int8 activation scales are per batch, and this compares indexes.
    exact.upsert("c", products[:200])
    exact.upsert("c", products[200:])
    # nprobe = nlist: IVF scans every list, so its results must equal exact search.
    ivf = Catalogs(tmp_path / "ivf", models, ivf_threshold=250, ivf_nprobe=64)
    ivf.upsert("c", products[:200])
    assert _vectors(ivf).kind == "flat"
    ivf.upsert("c", products[200:])  # crosses the threshold: rebuilt as IVF
    assert _vectors(ivf).kind == "ivf" and _vectors(ivf).size == 300
    queries = ["M8 hex bolt zinc plated", "cordless drill with battery", "ball valve brass 1/2 inch"]

    def ids(c: Catalogs, **kw: object) -> list[list[str]]:
        return [[h.id for h in row] for row in c.search("c", queries, 10, **kw).results]  # type: ignore[arg-type]

    assert ids(ivf) == ids(exact)
    assert ids(ivf, filters={"brand": "Makita"}) == ids(exact, filters={"brand": "Makita"})
    gone = [products[0].id, products[150].id]
    ivf.delete_products("c", gone)
    exact.delete_products("c", gone)
    assert _vectors(ivf).kind == "ivf" and _vectors(ivf).size == 298
    assert ids(ivf) == ids(exact)
    reopened = Catalogs(tmp_path / "ivf", models, ivf_threshold=250, ivf_nprobe=64)
    assert ids(reopened) == ids(exact) and reopened.counters["index_builds"] == 0
    np.testing.assert_allclose(_vectors(reopened).centroid(), _vectors(exact).centroid(), atol=1e-6)
