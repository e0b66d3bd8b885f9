"""`product-search models import models:/...` against a real MLflow tracking server (its own virtualenv,
``make mlflow-server``; ``make test`` installs it): two registered versions and an alias."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner

from product_search.cli import main
from product_search.config import default_model_path
from product_search.encoding.models import LoadedModels
from product_search.encoding.repository import ModelRepository
from product_search_harness.model_versions import exports_of
from product_search_harness.service import free_port

from .support import MODEL_CACHE, ROOT, wait_until

MLFLOW = ROOT / ".venv-mlflow" / "bin" / "mlflow"
pytestmark = pytest.mark.skipif(not MLFLOW.is_file(), reason="no MLflow server: run `make mlflow-server`")


@pytest.fixture(scope="module")
def tracking(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `mlflow server` (SQLite backend, artifacts served by it) on loopback."""
    root = tmp_path_factory.mktemp("mlflow")
    port = free_port()
    proc = subprocess.Popen(
        [str(MLFLOW), "server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
         "--backend-store-uri", f"sqlite:///{root / 'mlflow.db'}", "--artifacts-destination", str(root / "artifacts")],
        stdout=(root / "server.log").open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            if requests.get(f"{url}/health", timeout=2).ok:
                return True
        except requests.RequestException:
            pass
        if proc.poll() is not None:
            raise RuntimeError((root / "server.log").read_text()[-3000:])
        return False

    wait_until(up, 120, "the mlflow server up", interval=0.5)
    yield url
    proc.terminate()
    proc.wait(30)


def _register(tracking: str, tmp: Path) -> None:
    """Register two versions of `tools-minilm` (version 2: E5-style prompts in its own config) and point
    the alias `champion` at version 2, as a data scientist's training job would; and `trapped-minilm`, whose
    modules.json names a class of the `evil.py` beside it (importing it writes `tmp/ran`)."""
    from mlflow import MlflowClient

    source = Path(default_model_path())  # not a repository version: those are read-only, so would be the copies
    client = MlflowClient(tracking_uri=tracking)
    client.create_registered_model("tools-minilm")
    experiment = client.create_experiment("fine-tuning")
    for prompts in ({}, {"query": "query: ", "document": "passage: "}):
        model_dir = tmp / f"model-{len(prompts)}"
        shutil.copytree(source, model_dir)
        config = model_dir / "config_sentence_transformers.json"
        settings = json.loads(config.read_text())
        config.write_text(json.dumps({**settings, "prompts": prompts}))
        run = client.create_run(experiment)
        client.log_artifacts(run.info.run_id, str(model_dir), "model")
        client.create_model_version("tools-minilm", f"{run.info.artifact_uri}/model", run_id=run.info.run_id)
    client.set_registered_model_alias("tools-minilm", "champion", "2")
    trapped = tmp / "trapped"
    shutil.copytree(source, trapped)
    (trapped / "evil.py").write_text(f"from pathlib import Path\nPath({str(tmp / 'ran')!r}).write_text('ran')\n")
    modules = json.loads((trapped / "modules.json").read_text())
    (trapped / "modules.json").write_text(json.dumps([{**modules[0], "type": "evil.Transformer"}, *modules[1:]]))
    client.create_registered_model("trapped-minilm")
    run = client.create_run(experiment)
    client.log_artifacts(run.info.run_id, str(trapped), "model")
    client.create_model_version("trapped-minilm", f"{run.info.artifact_uri}/model", run_id=run.info.run_id)


def test_import_from_the_mlflow_registry_by_alias_and_by_version(
    tracking: str, models: LoadedModels, tmp_path: Path
) -> None:
    _register(tracking, tmp_path)
    repository = ModelRepository(tmp_path / "repository")
    # With credentials in the URI, as some deployments configure it: they must not reach the manifest.
    with_password = tracking.replace("://", "://operator:s3cret@")
    env = {
        "MLFLOW_TRACKING_URI": with_password, "PRODUCT_SEARCH_MODEL_REPOSITORY": str(repository.root),
        "PRODUCT_SEARCH_DATA_DIR": str(tmp_path / "data"), "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(MODEL_CACHE),
    }  # fmt: skip
    # An empty repository would get the packaged model first; this one starts with it copied (no export).
    packaged = models.repository.model_dir(models.resolve())
    repository.publish(packaged, "all-minilm-l6-v2", prepare=exports_of(packaged), alias="production")
    run = CliRunner(env=env)
    champion = run.invoke(main, ["models", "import", "models:/tools-minilm@champion", "--name", "tools-minilm"])
    assert champion.exit_code == 0 and "tools-minilm:1" in champion.output, champion.output
    first = run.invoke(main, ["models", "import", "models:/tools-minilm/1", "--name", "tools-minilm"])
    assert first.exit_code == 0 and "tools-minilm:2" in first.output, first.output
    v1, v2 = repository.manifest("tools-minilm", 1), repository.manifest("tools-minilm", 2)
    assert "models:/tools-minilm/2, alias champion" in v1.source and "127.0.0.1" in v1.source
    assert "s3cret" not in v1.source and "s3cret" not in v2.source
    assert "models:/tools-minilm/1" in v2.source and "alias" not in v2.source
    assert (v1.query_prompt, v1.document_prompt) == ("query: ", "passage: ") and v2.query_prompt == ""
    assert (repository.model_dir(v1) / "onnx" / "model.onnx").is_file(), "exports built at import"
    # Served: other prompts, another fingerprint, other vectors.
    loaded = LoadedModels(replace(models.settings, model_repository=repository.root), repository)
    assert loaded.fingerprint(v1).id != loaded.fingerprint(v2).id
    for uri, words in (
        ("models:/tools-minilm@nope", "nope"),
        ("models:/missing/1", "missing"),
        ("models:/x", "not an MLflow"),
        ("models:/trapped-minilm/1", "evil.py: code"),
    ):
        failed = run.invoke(main, ["models", "import", uri, "--name", "tools-minilm"])
        assert failed.exit_code != 0 and words in failed.output, failed.output
    assert "'evil.Transformer' is not one of the sentence-transformers modules" in failed.output
    assert not (tmp_path / "ran").exists(), "the registered model's code never ran"
    assert repository.versions("tools-minilm") == [1, 2], "nothing published by a failed import"
