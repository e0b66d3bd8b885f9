"""Models from an MLflow Model Registry: ``models:/Name/3`` or ``models:/Name@champion``, downloaded through
``MLFLOW_TRACKING_URI`` with the ``mlflow-skinny`` client, then imported like a local directory.

The client is an operator's tool (``pip install mlflow-skinny``, in requirements-dev.txt): the service
itself never talks to MLflow, and the image does not carry it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidInput
from ..redaction import redact

_URI = re.compile(r"^models:/(?P<name>[^/@]+)(?:/(?P<version>\d+)|@(?P<alias>[^/@]+))$")


class MlflowUnavailable(RuntimeError):
    """The MLflow client is not installed, or no tracking server is configured or reachable."""


@dataclass(frozen=True)
class Downloaded:
    """A registered model version, downloaded: its sentence-transformers directory and where it came from."""

    model_dir: Path
    source: str  # models:/Name/3 (alias, run) at the tracking URI, credentials redacted: written into the manifest


def is_registry_uri(text: str) -> bool:
    return text.startswith("models:/")


def download(uri: str, destination: Path) -> Downloaded:
    """Download ``models:/Name/<version>`` or ``models:/Name@<alias>`` into ``destination``."""
    match = _URI.fullmatch(uri)
    if match is None:
        raise InvalidInput(f"not an MLflow registry URI: {uri!r} (models:/Name/3 or models:/Name@alias)")
    tracking = os.environ.get("MLFLOW_TRACKING_URI")
    if not tracking:
        raise MlflowUnavailable("set MLFLOW_TRACKING_URI to the MLflow tracking server holding the registry")
    try:
        import mlflow
        from mlflow import MlflowClient
    except ImportError as exc:
        raise MlflowUnavailable("the MLflow client is not installed: pip install mlflow-skinny") from exc
    client = MlflowClient(tracking_uri=tracking)
    try:
        if match["alias"]:
            found = client.get_model_version_by_alias(match["name"], match["alias"])
        else:
            found = client.get_model_version(match["name"], match["version"])
        # A fixed version from here on: an alias moved meanwhile cannot mix two versions' files.
        fixed = f"models:/{found.name}/{found.version}"
        path = Path(mlflow.artifacts.download_artifacts(artifact_uri=fixed, dst_path=str(destination)))
    except mlflow.exceptions.MlflowException as exc:
        raise InvalidInput(f"MLflow cannot give {uri}: {redact(exc.message)}", {"uri": uri}) from exc
    model_dir = _sentence_transformers_dir(path)
    alias = f", alias {match['alias']}" if match["alias"] else ""
    # The manifest's source is shown by GET /v1/models: the URI without a password or token it may carry.
    return Downloaded(model_dir, f"mlflow {fixed}{alias}, run {found.run_id}, at {redact(tracking)}")


def _sentence_transformers_dir(root: Path) -> Path:
    """The directory holding ``modules.json`` (the artifact root, or a folder in it, as flavors nest it),
    found without following links: the publish that follows refuses links, not what they point to."""
    for folder, _, files in sorted(os.walk(root)):
        if "modules.json" in files:
            return Path(folder)
    raise InvalidInput(f"the registered model at {root} holds no sentence-transformers directory (modules.json)")
