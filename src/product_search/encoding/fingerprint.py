"""ModelFingerprint: what produced a vector (weights, prompts, backend, the ONNX graph served); vectors are
comparable only if equal."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

# Files that do not change what the model computes; everything else in the directory is hashed.
_NOT_HASHED = {"README.md", ".gitattributes"}
_DERIVED_DIRS = {"onnx", "openvino", ".cache"}


@dataclass(frozen=True)
class ModelFingerprint:
    """What produced a vector: two vectors are comparable only if their fingerprints are equal."""

    name: str
    weights_sha256: str
    dimension: int
    query_prompt: str
    document_prompt: str
    backend: str
    normalized: bool = True
    # The ONNX file an ONNX backend runs: weights_sha256 alone would not cover a graph brought in beside the
    # weights. Empty on torch, which runs the weights themselves.
    graph_sha256: str = ""

    @functools.cached_property
    def id(self) -> str:
        """A short stable identifier of the whole fingerprint (hashed once: it is checked per request)."""
        canonical = json.dumps(self._facts(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    @functools.cached_property
    def legacy_id(self) -> str:
        """The id this fingerprint had before it named the graph (what catalogs embedded earlier store); hashed
        once, as :attr:`id` is (a search checks both)."""
        return replace(self, graph_sha256="").id

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self._facts()}

    def _facts(self) -> dict[str, Any]:
        # An empty graph is left out, so a torch fingerprint (and its id) is what it was before the field.
        facts = asdict(self)
        if not self.graph_sha256:
            del facts["graph_sha256"]
        return facts


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def hash_model_dir(path: Path) -> str:
    """SHA-256 over the model's files (names and contents), skipping docs and derived exports."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = file.relative_to(path)
        if rel.name in _NOT_HASHED or rel.parts[0] in _DERIVED_DIRS:
            continue
        digest.update(str(rel).encode() + b"\0")
        with file.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()
