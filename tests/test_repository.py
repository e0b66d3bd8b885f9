"""encoding/repository.py: immutable versions, aliases, references, reports, removal; with the real packaged
model and real ONNX exports (exported once per module, then copied: ``testing.exports_of``)."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from product_search.cli import main
from product_search.config import Settings, default_model_path
from product_search.encoding.encoder import Encoder
from product_search.encoding.fingerprint import hash_model_dir
from product_search.encoding.models import LoadedModels
from product_search.encoding.onnx_runtime import ONNX_FILE, ONNX_INT8_FILES, export_in_place, int8_config
from product_search.encoding.repository import (
    DEFAULT_MODEL,
    Manifest,
    ModelInUse,
    ModelNotFound,
    ModelRef,
    ModelRepository,
    bootstrap,
)
from product_search.errors import InvalidInput
from product_search.search import ranking
from product_search.serving.app import create_app
from product_search_harness.model_versions import exports_of

from .support import ADMIN


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModelRepository, Manifest]:
    """A repository bootstrapped with the packaged model: exported to ONNX and int8 once, for real."""
    repository = ModelRepository(tmp_path_factory.mktemp("repository"))
    manifest = bootstrap(repository, Path(default_model_path()), export_in_place)
    assert manifest is not None
    return repository, manifest


@pytest.fixture
def repository(published: tuple[ModelRepository, Manifest], tmp_path: Path) -> ModelRepository:
    """A fresh repository holding a copy of the published version 1 (with its exports)."""
    source, manifest = published
    repo = ModelRepository(tmp_path / "repository")
    model_dir = source.model_dir(manifest)
    repo.publish(model_dir, DEFAULT_MODEL, prepare=exports_of(model_dir), alias="production")
    return repo


def test_the_packaged_model_becomes_version_1_with_its_weights_and_exports(
    published: tuple[ModelRepository, Manifest], base_settings: Settings, tmp_path: Path
) -> None:
    repository, manifest = published
    assert manifest.ref == f"{DEFAULT_MODEL}:1" and repository.aliases(DEFAULT_MODEL) == {"production": 1}
    assert manifest.weights_sha256 == hash_model_dir(Path(default_model_path())), "the exports leave the hash"
    assert (manifest.dimension, manifest.max_seq_length) == (384, 256)
    model_dir = repository.model_dir(manifest)
    assert (model_dir / ONNX_FILE).is_file() and all((model_dir / f).is_file() for f in ONNX_INT8_FILES.values())
    assert f"model/{ONNX_INT8_FILES[int8_config()]}" in manifest.files
    assert bootstrap(repository, Path(default_model_path()), export_in_place) is None, "only when empty"
    # Serving loads the version's own ONNX file: nothing is exported into the cache.
    cache = tmp_path / "cache"
    encoder = Encoder(replace(base_settings, model_path=str(model_dir), model_cache_dir=cache))
    assert not cache.exists()
    assert encoder.fingerprint.weights_sha256 == manifest.weights_sha256


def test_a_starter_that_finds_a_bootstrap_under_way_waits_for_it(tmp_path: Path) -> None:
    """Nodes started together on an empty repository: one publishes the model; another, seeing the name's
    folder already there, must not go on before the publisher holds the lock no more (its alias comes last)."""
    repository = ModelRepository(tmp_path / "repo")
    outcome: list[Manifest | None] = []
    with repository.bootstrap_lock():  # the first starter, publishing
        (repository.root / DEFAULT_MODEL).mkdir()
        second = threading.Thread(
            target=lambda: outcome.append(bootstrap(repository, Path(default_model_path()), export_in_place))
        )
        second.start()
        second.join(0.5)
        assert second.is_alive(), "the second starter waits for the bootstrap under way"
    second.join(10)
    assert outcome == [None], "and then publishes nothing itself"


def test_unloaded_models_load_again_when_next_needed(base_settings: Settings) -> None:
    """A bulk load drops its models before it builds the indexes (``LoadedModels.unload``): a later encoding loads
    the version again and encodes as before."""
    loaded = LoadedModels(base_settings)
    manifest = loaded.resolve()
    first = loaded.encoder(manifest)
    before = first.encode(["hex bolt M8"])
    loaded.unload()
    again = loaded.encoder(manifest)
    assert again is not first
    np.testing.assert_array_equal(again.encode(["hex bolt M8"]), before)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("minilm:3", ModelRef("minilm", version=3)),
        ("minilm@candidate", ModelRef("minilm", alias="candidate")),
        ("minilm", ModelRef("minilm", alias="production")),
        (" all-minilm-l6-v2:12 ", ModelRef("all-minilm-l6-v2", version=12)),
    ],
)
def test_references(text: str, expected: ModelRef) -> None:
    assert ModelRef.parse(text) == expected
    assert ModelRef.parse(str(expected)) == expected


@pytest.mark.parametrize("text", ["", "minilm:", "minilm:x", "Mini", "a@b@c", "a:1@b", "../x", "minilm@Bad"])
def test_bad_references_are_invalid_input(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        ModelRef.parse(text)
    assert list(caught.value.fields) == ["model"]


def test_versions_are_numbered_and_aliases_move(repository: ModelRepository) -> None:
    v1 = repository.resolve(DEFAULT_MODEL)
    model_dir = repository.model_dir(v1)
    v2 = repository.publish(model_dir, DEFAULT_MODEL, prepare=exports_of(model_dir), alias="candidate")
    assert repository.versions(DEFAULT_MODEL) == [1, 2] and v2.version == 2
    assert repository.resolve(f"{DEFAULT_MODEL}@candidate") == v2
    assert repository.resolve(DEFAULT_MODEL) == v1
    repository.set_alias(DEFAULT_MODEL, "production", 2)
    assert repository.resolve(DEFAULT_MODEL) == v2 and repository.resolve(f"{DEFAULT_MODEL}:1") == v1
    with pytest.raises(ModelNotFound, match="has the aliases candidate, production"):
        repository.resolve(f"{DEFAULT_MODEL}@champion")
    with pytest.raises(ModelNotFound):
        repository.resolve(f"{DEFAULT_MODEL}:9")
    with pytest.raises(ModelNotFound):
        repository.resolve("unknown-model")
    with pytest.raises(ModelNotFound):
        repository.set_alias(DEFAULT_MODEL, "production", 9)


def test_concurrent_imports_get_distinct_versions(repository: ModelRepository) -> None:
    source = repository.model_dir(repository.resolve(DEFAULT_MODEL))
    made: list[int] = []
    threads = [
        threading.Thread(
            target=lambda: made.append(repository.publish(source, "copy", prepare=exports_of(source)).version)
        )
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(made) == [1, 2, 3] and repository.versions("copy") == [1, 2, 3]
    assert not [p for p in (repository.root / "copy").iterdir() if p.name.startswith(".import-")]


def test_a_failed_import_leaves_nothing(repository: ModelRepository) -> None:
    source = repository.model_dir(repository.resolve(DEFAULT_MODEL))

    def broken(_model_dir: Path) -> dict[str, object]:
        raise RuntimeError("export failed: disk full")

    with pytest.raises(RuntimeError):
        repository.publish(source, DEFAULT_MODEL, prepare=broken, alias="production")
    assert repository.versions(DEFAULT_MODEL) == [1] and repository.aliases(DEFAULT_MODEL) == {"production": 1}
    assert sorted(p.name for p in (repository.root / DEFAULT_MODEL).iterdir()) == [".lock", "1", "aliases.json"]


def test_reports_are_stored_beside_a_version_never_in_it(repository: ModelRepository) -> None:
    v1 = repository.resolve(DEFAULT_MODEL)
    manifest_file = repository.root / DEFAULT_MODEL / "1" / "manifest.json"
    before = manifest_file.read_bytes()
    repository.save_report(DEFAULT_MODEL, 1, "quality", {"hybrid": {"ndcg@10": 0.8}})
    assert repository.reports(DEFAULT_MODEL, 1) == {"quality": {"hybrid": {"ndcg@10": 0.8}}}
    assert manifest_file.read_bytes() == before and repository.resolve(DEFAULT_MODEL) == v1
    (info,) = repository.entries()
    assert (info.aliases, info.reports) == (["production"], ["quality"])


def test_remove_is_refused_while_an_alias_or_a_catalog_uses_the_version(repository: ModelRepository) -> None:
    v1 = repository.resolve(DEFAULT_MODEL)
    repository.publish(repository.model_dir(v1), DEFAULT_MODEL, prepare=exports_of(repository.model_dir(v1)))
    with pytest.raises(ModelInUse) as caught:
        repository.remove(f"{DEFAULT_MODEL}:1", in_use=lambda _m: [])
    assert caught.value.details["aliases"] == ["production"]
    with pytest.raises(ModelInUse) as caught:
        repository.remove(f"{DEFAULT_MODEL}:2", in_use=lambda m: ["tools"] if m.version == 2 else [])
    assert caught.value.details["catalogs"] == ["tools"]
    repository.save_report(DEFAULT_MODEL, 2, "quality", {})
    removed = repository.remove(f"{DEFAULT_MODEL}:2", in_use=lambda _m: [])
    assert removed.version == 2 and repository.versions(DEFAULT_MODEL) == [1]
    assert repository.reports(DEFAULT_MODEL, 2) == {}


def test_cli_lists_imports_and_moves_aliases(published: tuple[ModelRepository, Manifest], tmp_path: Path) -> None:
    source, manifest = published
    env = {"PRODUCT_SEARCH_MODEL_REPOSITORY": str(tmp_path / "repo"), "PRODUCT_SEARCH_DATA_DIR": str(tmp_path)}
    runner = CliRunner()
    model_dir = str(source.model_dir(manifest))
    for bad in ("1.5", "nan"):
        args = ["models", "import", model_dir, "--name", "tuned", "--dense-weight", bad]
        refused = runner.invoke(main, args, env=env)
        assert refused.exit_code == 2 and "--dense-weight" in refused.output and not (tmp_path / "repo").exists()
    imported = runner.invoke(main, ["models", "import", model_dir, "--name", "tuned", "--dense-weight", "0.8"], env=env)
    assert imported.exit_code == 0, imported.output
    assert ModelRepository(tmp_path / "repo").manifest("tuned", 1).hybrid_dense_weight == 0.8
    assert (
        "tuned:1" in imported.output and f"empty; added {default_model_path()} as {DEFAULT_MODEL}:1" in imported.output
    )
    moved = runner.invoke(main, ["models", "alias", "tuned@candidate", "1"], env=env)
    assert moved.exit_code == 0 and "tuned@candidate -> tuned:1" in moved.output
    listed = runner.invoke(main, ["models", "list"], env=env)
    assert f"{DEFAULT_MODEL}:1" in listed.output and "@production" in listed.output and "@candidate" in listed.output
    assert [line.endswith("dense weight 0.8") for line in listed.output.splitlines()] == [False, True]
    missing = runner.invoke(main, ["models", "alias", "tuned@candidate", "7"], env=env)
    assert missing.exit_code == 1 and "tuned:7 is not in the repository" in missing.output
    aliases = json.loads((tmp_path / "repo" / "tuned" / "aliases.json").read_text())
    assert aliases == {"candidate": 1}


def test_a_versions_own_fusion_weight_is_what_its_catalogs_fuse_with_unless_the_service_sets_one(
    repository: ModelRepository, base_settings: Settings, tmp_path: Path
) -> None:
    """A weight chosen for a fine-tuned version travels with it (its manifest): the hybrid similarity of its
    catalogs' hits is ``w * dense + (1 - w) * lexical`` with that weight; a version without one fuses with
    ranking.DENSE_WEIGHT; PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT, where set, is every version's."""
    v1 = repository.resolve(DEFAULT_MODEL)
    model_dir = repository.model_dir(v1)
    copied = exports_of(model_dir)
    weighted = repository.publish(
        model_dir, "weighted", prepare=lambda d: {**copied(d), "hybrid_dense_weight": 0.9}, alias="production"
    )
    assert (weighted.hybrid_dense_weight, v1.hybrid_dense_weight) == (0.9, None)
    with pytest.raises(InvalidInput):
        repository.publish(model_dir, "weighted", prepare=lambda d: {**copied(d), "hybrid_dense_weight": "0.9"})
    assert repository.versions("weighted") == [1], "a refused import leaves nothing"
    products = [
        {"id": "b1", "description": "Hex bolt M8 x 40 mm, A2 stainless steel"},
        {"id": "b2", "description": "Hex nut M8, zinc plated steel"},
        {"id": "b3", "description": "Cordless drill driver 18V with two batteries"},
    ]

    def fused(model: str, weight: float | None, used: float) -> list[tuple[float, float, float]]:
        settings = replace(
            base_settings, model_repository=repository.root, model=model, hybrid_dense_weight=weight,
            data_dir=tmp_path / f"{model}-{weight}",
        )  # fmt: skip
        client = create_app(settings, models=LoadedModels(settings, repository)).test_client()
        listed = {m["ref"]: m for m in client.get("/v1/models").json["models"]}
        assert listed[repository.resolve(model).ref]["hybrid_dense_weight_in_effect"] == used, "GET /v1/models says"
        if weight is not None:  # the operator's weight is every version's
            assert {m["hybrid_dense_weight_in_effect"] for m in listed.values()} == {weight}
        assert client.post("/v1/catalogs/c/products", json={"products": products}, headers=ADMIN).status_code == 201
        hits = client.post("/v1/catalogs/c/search", json={"queries": ["m8 hex bolt"], "mode": "hybrid"}).json
        signals = [h["signals"] for h in hits["results"][0]]
        assert len(signals) == 3 and all(s["lexical"] > 0 for s in signals[:2])
        return [(s["dense"], s.get("lexical", 0.0), s["similarity"]) for s in signals]

    for model, weight, used in (
        ("weighted", None, 0.9),
        (DEFAULT_MODEL, None, ranking.DENSE_WEIGHT),
        ("weighted", 0.3, 0.3),
    ):
        for dense, lexical, similarity in fused(model, weight, used):
            assert similarity == pytest.approx(used * dense + (1 - used) * lexical, abs=2e-6), (model, weight)
