"""Importing a model version safely (encoding/model_files.py, ModelRepository.publish and verify, the
fingerprint's graph). Booby-trapped models, each a copy of the real packaged model with one trap, are refused
by the repository and by ``product-search models import`` before anything of theirs runs or is copied; what
is published is read-only, served from our own ONNX export, and verified when it is loaded."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from product_search.cli import main
from product_search.config import Settings, default_model_path
from product_search.encoding.encoder import ModelLoadError
from product_search.encoding.fingerprint import ModelFingerprint, file_sha256
from product_search.encoding.model_files import ALLOWED_MODULES, UnsafeModel, copy_model_files, inspect_model_dir
from product_search.encoding.models import LoadedModels
from product_search.encoding.onnx_runtime import ONNX_FILE, ONNX_INT8_FILES, export_in_place, int8_config
from product_search.encoding.repository import ModelRepository
from product_search.errors import FingerprintMismatch
from product_search_harness.model_versions import exports_of

PACKAGED = Path(default_model_path())
Expected = list[tuple[str, str]]  # (path, words of the reason) each refusal must name


@pytest.fixture(scope="module")
def clean(models: LoadedModels) -> Path:
    """The suite's version of the packaged model: our own export of its weights, the reference."""
    return models.repository.model_dir(models.resolve())


@pytest.fixture(scope="module")
def repository(clean: Path, tmp_path_factory: pytest.TempPathFactory) -> ModelRepository:
    """A repository with one version already (so the CLI does not bootstrap one)."""
    repo = ModelRepository(tmp_path_factory.mktemp("repository"))
    repo.publish(clean, "all-minilm-l6-v2", prepare=exports_of(clean), alias="production")
    return repo


def _copy_of_packaged(tmp_path: Path) -> Path:
    model = tmp_path / "model"
    shutil.copytree(PACKAGED, model)
    return model


def _payload(marker: Path) -> str:
    """Python that leaves ``marker`` behind if anything ever imports it."""
    return f"from pathlib import Path\nPath({str(marker)!r}).write_text('ran')\n\nclass Transformer:\n    pass\n"


def _edit_json(path: Path, change: Callable[[Any], Any]) -> None:
    path.write_text(json.dumps(change(json.loads(path.read_text()))))


def _module_class_of_its_own(model: Path, marker: Path) -> Expected:
    (model / "evil.py").write_text(_payload(marker))
    _edit_json(model / "modules.json", lambda ms: [{**ms[0], "type": "evil.Transformer"}, *ms[1:]])
    return [("evil.py", "code"), ("modules.json", "type 'evil.Transformer' is not one of the sentence-transformers")]


def _stray_code(model: Path, marker: Path) -> Expected:
    (model / "evil.py").write_text(_payload(marker))
    return [("evil.py", "code: a version holds no code")]


def _links(model: Path, marker: Path) -> Expected:
    outside = marker.parent / "outside"
    outside.mkdir()
    (outside / "secrets.txt").write_text("operator's secrets")
    (model / "notes.txt").symlink_to("/etc/passwd")
    (model / "extra").symlink_to(outside, target_is_directory=True)
    return [("notes.txt", "a symbolic link"), ("extra", "a symbolic link")]


def _auto_map(model: Path, marker: Path) -> Expected:
    _edit_json(model / "config.json", lambda c: {**c, "auto_map": {"AutoModel": "modeling_evil.EvilModel"}})
    (model / "modeling_evil.py").write_text(_payload(marker))
    return [("config.json", "auto_map: names code"), ("modeling_evil.py", "code")]


class _Pickle:
    """Unpickled, it creates the marker file (``open(marker, "w")``): a stand-in for any code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def _pickled_weights(model: Path, marker: Path) -> Expected:
    import pickle  # nosec B403: writing the trap, never loading it

    (model / "model.safetensors").unlink()
    (model / "pytorch_model.bin").write_bytes(pickle.dumps(_Pickle(marker)))
    return [
        ("pytorch_model.bin", "a pickle or another format that runs code when loaded: convert"),
        ("model.safetensors", "missing: the weights must be safetensors"),
    ]


def _module_path_outside(model: Path, marker: Path) -> Expected:
    _edit_json(model / "modules.json", lambda ms: [ms[0], {**ms[1], "path": "../../etc"}, *ms[2:]])
    return [("modules.json", "module 1: path '../../etc' leaves the model directory")]


def _activation_of_its_choice(model: Path, marker: Path) -> Expected:
    # sentence-transformers imports a Dense module's "torch.*" activation by name and calls it.
    (model / "3_Dense").mkdir()
    (model / "3_Dense" / "config.json").write_text(
        json.dumps({"in_features": 384, "out_features": 384, "bias": True,
                    "activation_function": "torch.utils.collect_env.main"})
    )  # fmt: skip
    dense = {"idx": 3, "name": "3", "path": "3_Dense", "type": "sentence_transformers.models.Dense"}
    _edit_json(model / "modules.json", lambda ms: [*ms, dense])
    return [("3_Dense/config.json", "activation_function 'torch.utils.collect_env.main': not one of torch's")]


def _files_from_elsewhere(model: Path, marker: Path) -> Expected:
    # A tokenizer or a tokenizer file read from outside: never inspected, never checksummed.
    elsewhere = str(marker.parent / "elsewhere")
    _edit_json(model / "sentence_bert_config.json", lambda c: {**c, "tokenizer_name_or_path": elsewhere})
    _edit_json(model / "tokenizer_config.json", lambda c: {**c, "tokenizer_file": "/etc/passwd"})
    return [
        ("sentence_bert_config.json", "tokenizer_name_or_path: not a setting a version may carry"),
        ("sentence_bert_config.json", "tokenizer_name_or_path: names a file or folder outside"),
        ("tokenizer_config.json", "tokenizer_file: names a file or folder outside"),
    ]


def _loader_arguments(model: Path, marker: Path) -> Expected:
    _edit_json(model / "sentence_bert_config.json", lambda c: {**c, "model_args": {"export": False, "subfolder": "x"}})
    return [("sentence_bert_config.json", "model_args ['export', 'subfolder']: loader arguments beyond")]


TRAPS = {
    "module-class-of-its-own": _module_class_of_its_own,
    "activation-of-its-choice": _activation_of_its_choice,
    "files-from-elsewhere": _files_from_elsewhere,
    "loader-arguments": _loader_arguments,
    "stray-code": _stray_code,
    "links": _links,
    "auto-map": _auto_map,
    "pickled-weights": _pickled_weights,
    "module-path-outside": _module_path_outside,
}


def _tree(root: Path) -> list[tuple[str, int]]:
    """Every path under ``root`` with its size: equal before and after means nothing was created or copied."""
    return sorted(
        (os.path.relpath(os.path.join(folder, name), root), os.lstat(os.path.join(folder, name)).st_size)
        for folder, dirs, files in os.walk(root)
        for name in dirs + files
    )


def _cli_env(repository: ModelRepository, tmp_path: Path) -> dict[str, str]:
    return {"PRODUCT_SEARCH_MODEL_REPOSITORY": str(repository.root), "PRODUCT_SEARCH_DATA_DIR": str(tmp_path / "d")}


@pytest.mark.parametrize("trap", TRAPS.values(), ids=TRAPS.keys())
def test_a_booby_trapped_model_is_refused_before_anything_of_it_runs_or_is_copied(
    trap: Callable[[Path, Path], Expected], repository: ModelRepository, tmp_path: Path
) -> None:
    model, marker = _copy_of_packaged(tmp_path), tmp_path / "ran"
    expected = trap(model, marker)
    before = _tree(repository.root)

    with pytest.raises(UnsafeModel) as caught:
        repository.publish(model, "trapped", prepare=export_in_place)
    problems = caught.value.details["problems"]
    for path, words in expected:
        assert any(p["path"] == path and words in p["reason"] for p in problems), problems
        assert f"  {path}: " in caught.value.message
    assert caught.value.code == "unsafe_model"

    result = CliRunner().invoke(
        main, ["models", "import", str(model), "--name", "trapped"], env=_cli_env(repository, tmp_path)
    )
    assert result.exit_code == 1, result.output
    for path, words in expected:
        assert f"  {path}: " in result.output and words in result.output, result.output

    assert not marker.exists(), "nothing of the model ran"
    assert _tree(repository.root) == before, "no version, no staging folder, nothing copied"
    assert repository.versions("trapped") == []


def test_every_problem_is_listed_in_one_refusal(tmp_path: Path) -> None:
    model, marker = _copy_of_packaged(tmp_path), tmp_path / "ran"
    expected = [pair for trap in TRAPS.values() for pair in trap(model, marker)]
    with pytest.raises(UnsafeModel) as caught:
        inspect_model_dir(model)
    problems = caught.value.details["problems"]
    for path, words in expected:
        assert any(p["path"] == path and words in p["reason"] for p in problems), (path, problems)
    assert len(problems) == len(expected) - 1, "one each (two traps write evil.py: one problem)"
    assert not marker.exists()


def test_the_packaged_model_is_a_valid_version_and_its_docs_stay_behind(tmp_path: Path) -> None:
    files = inspect_model_dir(PACKAGED)
    assert {"modules.json", "config.json", "model.safetensors", "tokenizer.json", "1_Pooling/config.json"} <= set(files)
    assert "README.md" not in files and ".gitattributes" not in files
    # A vocabulary's keys are tokens, not settings: a code model's vocabulary may well hold "auto_map".
    model = _copy_of_packaged(tmp_path)
    tokenizer = json.loads((model / "tokenizer.json").read_text())
    tokenizer["model"]["vocab"]["auto_map"] = len(tokenizer["model"]["vocab"])
    (model / "tokenizer.json").write_text(json.dumps(tokenizer))
    (model / "vocab.json").write_text(json.dumps({"trust_remote_code": 0}))
    assert inspect_model_dir(model) == sorted([*files, "vocab.json"])


def test_every_module_class_a_version_may_name_is_sentence_transformers_own() -> None:
    from sentence_transformers.sentence_transformer import modules
    from sentence_transformers.util.misc import import_from_string

    for name in ALLOWED_MODULES:
        assert import_from_string(name) is getattr(modules, name.rsplit(".", 1)[1]), name
    # What the packaged model names (the pre-5.4 spelling) and what 5.7 writes are both in.
    assert "sentence_transformers.models.Transformer" in ALLOWED_MODULES
    assert "sentence_transformers.base.modules.transformer.Transformer" in ALLOWED_MODULES
    assert not [n for n in ALLOWED_MODULES if n.endswith((".Router", ".Asym"))], "they name further classes"


@pytest.mark.parametrize("swapped", ["vocab.txt", "1_Pooling"])
def test_a_file_or_folder_swapped_for_a_link_after_the_inspection_is_not_read(swapped: str, tmp_path: Path) -> None:
    model = _copy_of_packaged(tmp_path)
    files = inspect_model_dir(model)
    outside = tmp_path / "outside"
    shutil.copytree(model / "1_Pooling", outside)
    if swapped == "vocab.txt":
        (model / swapped).unlink()
        (model / swapped).symlink_to("/etc/passwd")
    else:
        shutil.rmtree(model / swapped)
        (model / swapped).symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafeModel) as caught:
        copy_model_files(model, files, tmp_path / "copy")
    (problem,) = caught.value.details["problems"]
    assert problem["path"].startswith(swapped) and "without following a link" in problem["reason"]


def test_a_model_that_brings_its_own_onnx_graph_is_served_our_export(
    clean: Path, base_settings: Settings, tmp_path: Path
) -> None:
    model = _copy_of_packaged(tmp_path)
    (model / "onnx").mkdir()
    # An int8 graph posing as the fp32 one, and the other int8 file as the one this CPU's int8 backend serves.
    shutil.copyfile(clean / ONNX_INT8_FILES["avx2"], model / ONNX_FILE)
    for config, file in ONNX_INT8_FILES.items():
        other = next(f for c, f in ONNX_INT8_FILES.items() if c != config)
        shutil.copyfile(clean / other, model / file)
    (model / "openvino").mkdir()
    (model / "openvino" / "openvino_model.xml").write_text("<net/>")
    repository = ModelRepository(tmp_path / "repository")
    manifest = repository.publish(model, "own-graph", prepare=export_in_place)  # exports, for real
    version = repository.model_dir(manifest)
    for file in (ONNX_FILE, *ONNX_INT8_FILES.values()):
        assert file_sha256(version / file) == file_sha256(clean / file), f"{file}: our export, byte for byte"
    assert not (version / "openvino").exists()
    for backend, served in (("onnx", ONNX_FILE), ("onnx-int8", ONNX_INT8_FILES[int8_config()])):
        settings = replace(base_settings, backend=backend, model_repository=repository.root)
        loaded = LoadedModels(settings, repository)
        fingerprint = loaded.fingerprint(manifest)
        assert fingerprint.graph_sha256 == file_sha256(version / served) == manifest.files[f"model/{served}"]
        assert loaded.encoder(manifest).fingerprint == fingerprint, "the graph loaded is the one published"


def test_a_published_version_is_read_only_and_can_still_be_removed(clean: Path, repository: ModelRepository) -> None:
    manifest = repository.publish(clean, "read-only", prepare=exports_of(clean))
    root = repository.root / "read-only" / str(manifest.version)
    modes = {
        os.path.join(folder, name): stat.S_IMODE(os.lstat(os.path.join(folder, name)).st_mode)
        for folder, dirs, files in os.walk(root)
        for name in dirs + files
    }
    assert modes and stat.S_IMODE(root.stat().st_mode) == 0o555
    assert {m for p, m in modes.items() if os.path.isdir(p)} == {0o555}
    assert {m for p, m in modes.items() if os.path.isfile(p)} == {0o444}
    assert repository.remove("read-only:1", in_use=lambda _m: []) == manifest
    assert [p.name for p in (repository.root / "read-only").iterdir()] == [".lock"], "the whole version is gone"


def test_a_version_changed_after_publishing_is_refused_at_load_naming_the_file(
    clean: Path, base_settings: Settings, tmp_path: Path
) -> None:
    repository = ModelRepository(tmp_path / "repository")
    swapped = repository.publish(clean, "m", prepare=exports_of(clean), alias="production")
    dropped_in = repository.publish(clean, "m", prepare=exports_of(clean))
    loaded = LoadedModels(replace(base_settings, backend="onnx", model_repository=repository.root), repository)

    # Another valid graph (the int8 one: it loads and encodes, with other vectors) over the served file.
    graph = repository.model_dir(swapped) / ONNX_FILE
    graph.chmod(0o644)
    shutil.copyfile(repository.model_dir(swapped) / ONNX_INT8_FILES["avx2"], graph)
    with pytest.raises(ModelLoadError) as caught:
        loaded.encoder(swapped)
    assert f"model/{ONNX_FILE}: its sha256 differs from the manifest's" in str(caught.value)

    marker = tmp_path / "ran"
    folder = repository.model_dir(dropped_in)
    folder.chmod(0o755)
    (folder / "evil.py").write_text(_payload(marker))
    with pytest.raises(ModelLoadError) as caught:
        loaded.encoder(dropped_in)
    assert "model/evil.py: not in the manifest" in str(caught.value)
    assert not marker.exists() and not loaded.is_loaded(dropped_in.ref)


def test_a_version_published_before_imports_were_inspected_is_inspected_at_load(
    clean: Path, base_settings: Settings, tmp_path: Path
) -> None:
    """Its checksums match (an older release published it as it is): the inspection at load refuses it."""
    repository = ModelRepository(tmp_path / "repository")
    old = repository.publish(clean, "m", prepare=exports_of(clean), alias="production")
    version = repository.root / "m" / str(old.version)
    for path in (version, version / "model", version / "model" / "modules.json", version / "manifest.json"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    marker = tmp_path / "ran"
    _module_class_of_its_own(version / "model", marker)
    files = {**old.files, "model/modules.json": file_sha256(version / "model" / "modules.json"),
             "model/evil.py": file_sha256(version / "model" / "evil.py")}  # fmt: skip
    (version / "manifest.json").write_text(json.dumps({**json.loads((version / "manifest.json").read_text()),
                                                       "files": files}))  # fmt: skip
    loaded = LoadedModels(replace(base_settings, backend="onnx", model_repository=repository.root), repository)
    with pytest.raises(ModelLoadError) as caught:
        loaded.encoder(repository.resolve("m:1"))
    assert "model/modules.json: module 0: type 'evil.Transformer'" in str(caught.value)
    assert "model/evil.py: code" in str(caught.value)
    assert not marker.exists()


def test_vectors_embedded_before_the_fingerprint_named_the_graph_are_still_served(models: LoadedModels) -> None:
    manifest = models.resolve()
    fingerprint = models.fingerprint(manifest)
    assert fingerprint.graph_sha256 and fingerprint.legacy_id != fingerprint.id
    assert models.check("embedded-earlier", manifest.ref, fingerprint.legacy_id) == manifest
    assert models.check("embedded-now", manifest.ref, fingerprint.id) == manifest
    with pytest.raises(FingerprintMismatch):
        models.check("other", manifest.ref, replace(fingerprint, graph_sha256="0" * 64).id)


def test_a_torch_fingerprint_keeps_the_id_it_had_before_the_graph() -> None:
    facts: dict[str, Any] = {"name": "m", "weights_sha256": "ab" * 32, "dimension": 384, "query_prompt": "q: ",
             "document_prompt": "", "backend": "torch", "normalized": True}  # fmt: skip
    before = hashlib.sha256(json.dumps(facts, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:16]
    fingerprint = ModelFingerprint(**facts)
    assert fingerprint.id == fingerprint.legacy_id == before
    assert fingerprint.to_dict() == {"id": before, **facts}


@pytest.mark.parametrize(
    ("uri", "secret"),
    [("https://operator:s3cret@mlflow.example.com", "s3cret"), ("https://mlflow.example.com/?token=t0ken", "t0ken")],
)
def test_credentials_in_a_stored_source_are_not_shown(
    uri: str, secret: str, clean: Path, base_settings: Settings, tmp_path: Path
) -> None:
    """Older releases wrote the MLflow tracking URI as it was configured into the manifest's source."""
    repository = ModelRepository(tmp_path / "repository")
    source = f"mlflow models:/tools/1, run 0a1b, at {uri}"
    repository.publish(clean, "m", prepare=exports_of(clean), alias="production", source=source)
    (info,) = LoadedModels(replace(base_settings, model_repository=repository.root), repository).describe()
    assert secret not in info.source and "mlflow.example.com" in info.source
    listed = CliRunner().invoke(main, ["models", "list"], env=_cli_env(repository, tmp_path))
    assert listed.exit_code == 0 and "m:1" in listed.output and secret not in listed.output, listed.output
