"""What the service is compared with, on the same machine in the same run: the use case's naive path in
process (sentence-transformers + ``util.semantic_search``) and infinity-emb serving the same model."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import requests
from inputs import ROOT, catalog_csv, stored_corpus
from measure import Load, iter_batches, median_points, percentiles, timed

from product_search.config import Settings
from product_search.encoding.encoder import Encoder


def naive(size: int, queries: list[str], env: dict[str, str], load: Load, backend: str) -> dict[str, Any]:
    """The use case's code in-process: ``model.encode`` the query, ``util.semantic_search`` over the corpus.

    Called from ``concurrency`` threads of one process (torch releases the GIL), with the catalog
    pre-encoded; at the smallest size also once with the catalog encoded per request, as written.
    """
    import torch
    from sentence_transformers import util

    # The use case's model as it wrote it: sentence-transformers with torch, all cores.
    encoder = Encoder(Settings.from_env({**env, "PRODUCT_SEARCH_BACKEND": "torch"}))
    model = encoder.sentence_transformer()
    corpus = torch.from_numpy(stored_corpus(size, backend))

    def one(batch: list[str]) -> None:
        q = model.encode(batch, convert_to_tensor=True, normalize_embeddings=True)
        util.semantic_search(q, corpus, top_k=10)

    out: dict[str, Any] = {"pre_encoded": median_points(one, queries, load)}
    if size <= 10000:
        with catalog_csv(size).open(encoding="utf-8") as fh:
            texts = [row["description"] for row in csv.DictReader(fh)]
        batches = iter_batches(queries, 1)

        def per_request_encoding() -> None:
            docs = model.encode(texts, convert_to_tensor=True, normalize_embeddings=True)
            q = model.encode(next(batches), convert_to_tensor=True, normalize_embeddings=True)
            util.semantic_search(q, docs, top_k=10)

        out["encode_catalog_per_request_1"] = percentiles(timed(per_request_encoding, 2))
    return out


INFINITY = ROOT / ".venv-infinity" / "bin" / "infinity_emb"
INFINITY_PORT = 7997


@contextmanager
def infinity_server(model_path: str) -> Iterator[str]:
    """infinity-emb serving the same model directory (torch engine, CPU; see `make peers`)."""
    proc = subprocess.Popen(
        [
            str(INFINITY), "v2", "--model-id", model_path, "--engine", "torch", "--device", "cpu",
            "--port", str(INFINITY_PORT), "--url-prefix", "/v1",
        ],
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "INFINITY_ANONYMOUS_USAGE_STATS": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{INFINITY_PORT}/v1"
    try:
        started = time.perf_counter()
        while True:
            if proc.poll() is not None or time.perf_counter() - started > 300:
                raise RuntimeError("infinity-emb did not start")
            try:
                if requests.get(url + "/models", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def peer(size: int, queries: list[str], load: Load, backend: str) -> dict[str, Any]:
    """infinity-emb embeds the queries over HTTP; the client does exact top-k over the same vectors."""
    model_path = Settings.from_env({}).model_path
    corpus = stored_corpus(size, backend)
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=max(load.concurrency)))
    with infinity_server(str(model_path)) as url:

        def one(batch: list[str]) -> None:
            resp = session.post(url + "/embeddings", json={"input": batch, "model": str(model_path)}, timeout=30)
            resp.raise_for_status()
            rows = sorted(resp.json()["data"], key=lambda row: row["index"])
            q = np.array([row["embedding"] for row in rows], dtype=np.float32)
            q /= np.linalg.norm(q, axis=1, keepdims=True)
            scores = q @ corpus.T
            top = np.argpartition(-scores, 10, axis=1)[:, :10]
            np.take_along_axis(scores, top, axis=1).argsort(axis=1)

        return median_points(one, queries, load)
