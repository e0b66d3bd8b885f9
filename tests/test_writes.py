"""search/writes.py: the write path with the real model: encoding once, the lock, the commit as the
acknowledgement, and what happens when the index update after it fails."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from product_search.catalogs import Catalogs, check_catalog_name
from product_search.config import Settings
from product_search.encoding.models import LoadedModels
from product_search.encoding.onnx_runtime import export_in_place
from product_search.encoding.repository import ModelRepository
from product_search.errors import CatalogNotFound, FingerprintMismatch, InvalidInput
from product_search.storage.store import NewProduct

BOLTS = [NewProduct(f"b{i}", f"Hex bolt M{6 + i} x 40 DIN 933 zinc plated", {"i": i}) for i in range(4)]


@pytest.fixture
def catalogs(tmp_path: Path, models: LoadedModels) -> Catalogs:
    return Catalogs(tmp_path, models)


def test_only_new_or_changed_descriptions_are_encoded_once_each(catalogs: Catalogs) -> None:
    catalogs.writer.upsert("c", BOLTS)
    assert catalogs.counters["documents_encoded"] == 4
    same_text_twice = NewProduct("x", "Wood screw 4 x 40", None), NewProduct("y", "Wood screw 4 x 40", None)
    changed = replace(BOLTS[0], description="Hex bolt M6 x 50 DIN 933 zinc plated")
    outcome = catalogs.writer.upsert("c", [*BOLTS[1:], changed, *same_text_twice])
    assert catalogs.counters["documents_encoded"] == 4 + 2, "the changed text and the shared one, once"
    assert catalogs.counters["documents_reused"] == 3 + 1
    assert outcome.count == 6 and not outcome.created


def test_a_catalog_whose_model_is_not_in_the_repository_is_refused_before_any_encoding(
    tmp_path: Path, models: LoadedModels, base_settings: Settings
) -> None:
    Catalogs(tmp_path, models).writer.upsert("c", BOLTS)
    # Another repository, where the catalog's version is unknown.
    elsewhere = ModelRepository(tmp_path / "elsewhere")
    elsewhere.publish(
        models.repository.model_dir(models.resolve()), "other", prepare=export_in_place, alias="production"
    )
    settings = replace(base_settings, model_repository=elsewhere.root, model="other")
    other = Catalogs(tmp_path, LoadedModels(settings, elsewhere))
    with pytest.raises(FingerprintMismatch) as caught:
        other.writer.upsert("c", [NewProduct("n", "Flat washer M8", None)])
    assert "not in the model repository" in caught.value.message
    assert other.counters["documents_encoded"] == 0


def test_the_commit_stands_when_the_index_update_after_it_fails(
    catalogs: Catalogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogs.writer.upsert("c", BOLTS)

    def disk_trouble(*_args: object, **_kwargs: object) -> None:
        raise OSError("no space left for the index file")

    monkeypatch.setattr(catalogs.indexes, "apply_delta", disk_trouble)
    outcome = catalogs.writer.upsert("c", [NewProduct("w", "Flat washer M8 DIN 125", None)])
    assert outcome.version == catalogs.get_catalog("c").version, "acknowledged: committed"
    monkeypatch.undo()
    before = dict(catalogs.counters)
    hits = catalogs.search("c", ["flat washer M8"], 1, mode="hybrid").results[0]
    assert hits[0].id == "w"
    assert catalogs.counters["index_follows"] == before.get("index_follows", 0) + 1, (
        "the reader found a stale index and brought it forward from the store's change log"
    )
    assert catalogs.counters["index_builds"] == before.get("index_builds", 0), "nothing rebuilt"


def test_writers_wait_for_the_lock(catalogs: Catalogs) -> None:
    catalogs.writer.upsert("c", BOLTS[:1])
    held = threading.Event()

    def hold() -> None:
        with catalogs.writer.lock():
            held.set()
            time.sleep(0.6)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    started = time.perf_counter()
    catalogs.edits.delete_products("c", ["b0"])
    waited = time.perf_counter() - started
    holder.join()
    assert waited > 0.4, "the delete ran while another writer held the lock"


def test_deleting_a_catalog_removes_its_files_and_memory(catalogs: Catalogs) -> None:
    catalogs.writer.upsert("c", BOLTS)
    assert catalogs.index_path("c").exists() and catalogs.lexical_path("c").exists()
    catalogs.edits.delete_catalog("c")
    assert not list(catalogs.indexes.files.directory.glob("c.*")), "every generation's files are gone"
    assert catalogs.indexes.held.empty()
    with pytest.raises(CatalogNotFound):
        catalogs.edits.delete_catalog("c")


def test_a_migration_moves_the_catalog_to_another_version_and_rollback_back(
    tmp_path: Path, two_models: LoadedModels
) -> None:
    catalogs = Catalogs(tmp_path, two_models)
    catalogs.writer.upsert("c", BOLTS)
    before = catalogs.get_catalog("c")
    assert before.model is not None and before.model.ref == "all-minilm-l6-v2:1"
    outcome = catalogs.reembed("c", model="all-minilm-l6-v2@candidate")
    after = catalogs.get_catalog("c")
    assert outcome.count == 4 and after.version > before.version and after.fingerprint_matches
    assert after.model is not None and after.model.ref == "all-minilm-l6-v2:2"
    assert [(g.model, g.state, g.vectors) for g in after.generations] == [
        ("all-minilm-l6-v2:1", "retained", 4), ("all-minilm-l6-v2:2", "active", 4),
    ]  # fmt: skip
    found = catalogs.search("c", ["hex bolt M8"], 1)
    assert found.results[0][0].id == "b2" and found.model is not None and found.model.ref == "all-minilm-l6-v2:2"
    # A write after the switch: the retained generation gets its vector on rollback.
    catalogs.writer.upsert("c", [NewProduct("w", "Flat washer M8 DIN 125", None)])
    assert catalogs.switching.rollback("c").ref == "all-minilm-l6-v2:1"
    back = catalogs.search("c", ["flat washer"], 1)
    assert back.results[0][0].id == "w" and back.model is not None and back.model.ref == "all-minilm-l6-v2:1"
    catalogs.edits.delete_catalog("c")
    # The audit trail holds each change, newest first, made here without a key (the CLI's way).
    with catalogs.store.read() as conn:
        trail = [(e.action, e.catalog, e.key_id) for e in catalogs.store.audit(conn, "c")]
    assert [a for a, _, _ in trail] == [
        "catalog.delete", "catalog.rollback", "products.write", "migration.switch", "migration.start", "products.write",
    ]  # fmt: skip
    assert {(c, k) for _, c, k in trail} == {("c", None)}


def test_a_change_that_rolls_back_leaves_no_audit_entry_and_no_log_line(
    tmp_path: Path, models: LoadedModels, caplog: pytest.LogCaptureFixture
) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.writer.upsert("c", BOLTS)
    caplog.set_level(logging.INFO, logger="product_search.audit")
    caplog.clear()
    with pytest.raises(RuntimeError), catalogs.store.write("c") as conn:
        catalogs.store.record(conn, "products.delete", "c", {"deleted": 1})
        raise RuntimeError("the change fails after its entry was written")
    with catalogs.store.read() as conn:
        assert [e.action for e in catalogs.store.audit(conn, "c")] == ["products.write"]
    assert not caplog.records, "a log line must not tell of a change the store does not have"
    with catalogs.store.write("c") as conn:
        catalogs.store.record(conn, "products.delete", "c", {"deleted": 1})
        assert not caplog.records, "written once the transaction commits"
    assert [(r.getMessage(), r.fields["catalog"]) for r in caplog.records] == [("products.delete", "c")]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["../etc", "Tools", "", "a" * 65, "-x"])
def test_catalog_names_are_checked_before_they_name_files(name: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_catalog_name(name)
    assert list(caught.value.fields) == ["catalog"]
    assert check_catalog_name("tools_2-a") == "tools_2-a"
