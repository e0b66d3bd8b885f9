"""The runtime image has no torch: the ONNX backends serve with the tokenizer file, ONNX Runtime and NumPy.

Here torch, sentence-transformers, transformers and optimum are made unimportable in a real Gunicorn
service (a ``sitecustomize`` on its path), which must still load the model, upload, search and answer the
use case with the same scores as the in-process encoder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from product_search.encoding.encoder import Encoder
from product_search.encoding.models import LoadedModels
from product_search_harness.service import ServiceProcess, clean_environment

from .support import ADMIN, USE_CASE_DESCRIPTIONS, USE_CASE_QUERY

BLOCKED = ("torch", "sentence_transformers", "transformers", "optimum")
SITECUSTOMIZE = f"""
import importlib.abc
import sys


class _NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {BLOCKED!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}} (blocked: the runtime image has no torch)")
        return None


sys.meta_path.insert(0, _NotInstalled())
"""


@pytest.fixture
def without_torch(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    env = {"PYTHONPATH": os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)}
    probe = subprocess.run(
        [sys.executable, "-c", "import torch"], env=clean_environment(env), capture_output=True, text=True, check=False
    )
    assert probe.returncode != 0 and "blocked" in probe.stderr, "the block must hold in the child processes"
    return env


@pytest.mark.slow
def test_the_service_serves_without_torch(
    without_torch: dict[str, str],
    encoder: Encoder,
    models: LoadedModels,
    gunicorn_factory: Callable[..., ServiceProcess],
) -> None:
    # The session's encoder and repository were loaded with torch at hand (the image's build stage):
    # their ONNX exports and recorded stacks are what the service without torch reads.
    server = gunicorn_factory(workers=2, env=without_torch)
    body = {"queries": [USE_CASE_QUERY], "product_descriptions": USE_CASE_DESCRIPTIONS, "top_k": 3}
    resp = server.post("/v1/similarity", body)
    assert resp.status_code == 200, resp.text
    hits = resp.json()["results"][0]
    expected = encoder.encode(USE_CASE_DESCRIPTIONS, "document") @ encoder.encode([USE_CASE_QUERY])[0]
    assert [h["corpus_id"] for h in hits] == np.argsort(-expected)[:3].tolist()
    assert [h["score"] for h in hits] == pytest.approx(np.sort(expected)[::-1][:3].tolist(), abs=1e-5)

    products = [{"id": f"p{i}", "description": text} for i, text in enumerate(USE_CASE_DESCRIPTIONS)]
    resp = server.post("/v1/catalogs/tools/products", {"products": products}, headers=ADMIN)
    assert resp.status_code == 201, resp.text
    resp = server.post("/v1/catalogs/tools/search", {"queries": [USE_CASE_QUERY], "top_k": 1})
    assert resp.status_code == 200, resp.text
    assert resp.json()["results"][0][0]["id"] == f"p{int(np.argmax(expected))}"
    assert "blocked" not in server.log_tail(None), "nothing in the service tried to import torch"
