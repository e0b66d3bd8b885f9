"""Model repositories for tests and benchmarks: versions copied from one already exported, in seconds."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from product_search.encoding.onnx_runtime import export_in_place
from product_search.encoding.repository import ModelRepository, Prepare


def exports_of(version_dir: Path) -> Prepare:
    """A publish step that takes the ONNX exports of a version of our own repository (``version_dir``, its
    model directory) instead of exporting the same weights again: seconds, not minutes. For tests and
    benchmarks that copy a version; an import always exports (a model's own ONNX files are never taken)."""

    def prepare(model_dir: Path) -> dict[str, Any]:
        (model_dir / "onnx").mkdir()
        for file in (version_dir / "onnx").iterdir():
            shutil.copyfile(file, model_dir / "onnx" / file.name)  # not its read-only mode
        return export_in_place(model_dir)  # finds the exports: loads them for the facts only

    return prepare


def two_version_repository(root: Path, source: Path, name: str = "all-minilm-l6-v2") -> ModelRepository:
    """A repository of two real versions of one model with different fingerprints: ``name:1@production``
    (``source`` as it is) and ``name:2@candidate`` (the same weights with E5-style prompts, so other
    vectors). ``source`` is a repository version's model directory: its ONNX exports are copied, not
    built again (:func:`exports_of`)."""
    repository = ModelRepository(root)
    copied = exports_of(source)

    def prompted(model_dir: Path) -> dict[str, Any]:
        return {**copied(model_dir), "query_prompt": "query: ", "document_prompt": "passage: "}

    repository.publish(source, name, prepare=copied, alias="production")
    repository.publish(source, name, prepare=prompted, alias="candidate")
    return repository
