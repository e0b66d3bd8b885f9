"""Encoder: a sentence-transformers model loaded from a local directory.

The encoder owns everything that decides what a vector means: the model files, the backend, the
prompts, and normalization. Its :class:`ModelFingerprint` is stored with every vector and every
index file, so vectors made by different encoders are never mixed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from ..config import Settings

log = logging.getLogger(__name__)

InputType = Literal["query", "document"]
Vectors = npt.NDArray[np.float32]

# Files that do not change what the model computes; everything else in the directory is hashed.
_NOT_HASHED = {"README.md", ".gitattributes"}
_DERIVED_DIRS = {"onnx", "openvino", ".cache"}


ONNX_FILE = "onnx/model.onnx"
# Dynamic int8 quantization configs (sentence-transformers / optimum names) and the files they write.
ONNX_INT8_FILES = {
    "avx512_vnni": "onnx/model_qint8_avx512_vnni.onnx",
    "avx2": "onnx/model_quint8_avx2.onnx",
}


def int8_config() -> str:
    """The quantization for this CPU: VNNI int8 kernels where present (~2x faster here), else AVX2."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return "avx2"
    return "avx512_vnni" if "avx512_vnni" in flags else "avx2"


def _session_options(threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.inter_op_num_threads = 1
    if threads > 0:
        options.intra_op_num_threads = threads
    # Spinning threads burn the cores that other requests and workers need.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


def _raw_tokenizer(tokenizer: Any, max_length: int | None) -> Any:
    """A private copy of a fast tokenizer's Rust core that pads to the longest text and truncates at
    ``max_length`` (None: neither), as the transformers wrapper does, without its per-call overhead
    (a fifth of bulk encoding time)."""
    from tokenizers import Tokenizer

    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        return None
    raw = Tokenizer.from_str(backend.to_str())
    raw.no_truncation()
    raw.no_padding()
    if max_length is not None:
        raw.enable_truncation(max_length, strategy="longest_first", direction=tokenizer.truncation_side)
        raw.enable_padding(
            direction=tokenizer.padding_side,
            pad_id=tokenizer.pad_token_id,
            pad_type_id=tokenizer.pad_token_type_id,
            pad_token=tokenizer.pad_token,
        )
    return raw


def _direct_onnx(model: Any, session: Any = None) -> Callable[[list[str], int], Vectors] | None:
    """Tokenizer -> ONNX Runtime -> mean pooling -> L2 norm in NumPy, for the common module stack.

    sentence-transformers' ONNX path wraps the session in torch tensors and modules; calling the
    session directly cut a one-query int8 encode from 3.75 to 2.65 ms (p50, 2-core CI machine).
    Only for [Transformer, mean Pooling, optional Normalize] (all-MiniLM-L6-v2 and most embedding
    models); anything else keeps ``model.encode``. tests/test_encoder_config.py checks both give the same vectors.
    ``session`` replaces the model's own (a second session sized for bulk encoding).
    """
    modules = list(model)
    names = [type(m).__name__ for m in modules]
    if len(modules) < 2 or names[:2] != ["Transformer", "Pooling"] or names[2:] not in ([], ["Normalize"]):
        return None
    pooling = modules[1].get_config_dict()
    if pooling.get("pooling_mode") != "mean" or not pooling.get("include_prompt", True):
        return None
    transformer = modules[0]
    session = session or getattr(transformer.auto_model, "model", None)
    if session is None or not hasattr(session, "get_inputs") or getattr(transformer, "do_lower_case", False):
        return None
    inputs = {i.name for i in session.get_inputs()}
    tokenizer = _raw_tokenizer(transformer.tokenizer, transformer.max_seq_length)
    if tokenizer is None:
        return None

    def encode(texts: list[str], batch_size: int) -> Vectors:
        # Exactly sentence-transformers' batching (same sort, same stripping): int8 activation scales are
        # computed per batch, so the same batches give the same vectors as model.encode.
        order = np.argsort([-len(t) for t in texts])
        parts: list[Vectors] = []
        for start in range(0, len(texts), batch_size):
            batch = [texts[i].strip() for i in order[start : start + batch_size]]
            encodings = tokenizer.encode_batch(batch)
            attention = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feeds = {"input_ids": np.array([e.ids for e in encodings], dtype=np.int64), "attention_mask": attention}
            if "token_type_ids" in inputs:
                feeds["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
            hidden = session.run(None, feeds)[0]
            mask = attention.astype(np.float32)[..., None]
            pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            parts.append(pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None))
        out = np.concatenate(parts).astype(np.float32)
        result = np.empty_like(out)
        result[order] = out
        return np.ascontiguousarray(result)

    return encode


class ModelLoadError(RuntimeError):
    """The configured model directory cannot be loaded."""


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

    @functools.cached_property
    def id(self) -> str:
        """A short stable identifier of the whole fingerprint (hashed once: it is checked per request)."""
        canonical = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **asdict(self)}


@dataclass(frozen=True)
class TokenStats:
    """Token counts per text (prompt and special tokens included) and whether each was truncated."""

    counts: list[int]
    truncated: list[bool]
    unknown: list[int]


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


class Encoder:
    """Encode queries and documents into L2-normalized float32 vectors.

    Args:
        settings: where the model lives, which backend and prompts to use.
        cache_dir: where a one-time ONNX export is kept (default: ``PRODUCT_SEARCH_MODEL_CACHE_DIR``,
            else ``<data_dir>/models``; the Docker image exports at build time into its own cache).
        threads: intra-op threads of the query session (0: ONNX Runtime's default, every core).

    With an ONNX backend, documents are encoded by a second session of the same model file, made on
    first use with ``settings.ingest_threads`` threads and its own tokenizer and lock: an upload
    uses every core and does not queue the worker's searches behind it.
    """

    def __init__(self, settings: Settings, cache_dir: Path | None = None, threads: int = 0) -> None:
        self.model_path = Path(settings.model_path).expanduser().resolve()
        if not (self.model_path / "modules.json").is_file() and not (self.model_path / "config.json").is_file():
            raise ModelLoadError(
                f"{self.model_path} is not a sentence-transformers model directory "
                "(no modules.json or config.json); models are never fetched from a hub"
            )
        self.backend = settings.backend
        self._int8 = settings.onnx_int8 or int8_config()
        self.batch_size = settings.encode_batch_size
        self.ingest_threads = settings.ingest_threads
        # The tokenizer is not safe for concurrent use; encoding is CPU-bound anyway.
        self._lock = threading.Lock()
        self._bulk_lock = threading.Lock()
        self._bulk: Callable[[list[str], int], Vectors] | None = None
        started = time.perf_counter()
        weights = hash_model_dir(self.model_path)
        self._load_from = self.model_path
        if self.backend != "torch":
            cache_root = cache_dir or settings.model_cache_dir or settings.data_dir / "models"
            self._load_from = self._onnx_dir(weights, cache_root)
        self.model = self._load(threads)
        self._fast = _direct_onnx(self.model)

        self._prompts: dict[InputType, str] = {
            "query": self._resolve_prompt(settings.query_prompt, settings.query_prompt_name, "query"),
            "document": self._resolve_prompt(settings.document_prompt, settings.document_prompt_name, "document"),
        }
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        dim = get_dim()
        if not dim:
            raise ModelLoadError(f"{self.model_path} does not declare an embedding dimension")
        self.dimension = int(dim)
        self.max_seq_length = int(self.model.max_seq_length)
        self.fingerprint = ModelFingerprint(
            name=self.model_path.name if self.model_path.name != "model" else self._config_name(),
            weights_sha256=weights,
            dimension=self.dimension,
            query_prompt=self._prompts["query"],
            document_prompt=self._prompts["document"],
            backend=self.backend if self.backend != "onnx-int8" else f"onnx-int8-{self._int8}",
        )
        tokenizer = self.model.tokenizer
        self._unk_id = getattr(tokenizer, "unk_token_id", None)
        self._counting = _raw_tokenizer(tokenizer, None)
        self.load_seconds = time.perf_counter() - started
        log.info(
            "model loaded",
            extra={
                "fields": {
                    "model": str(self.model_path),
                    "backend": self.backend,
                    "fingerprint": self.fingerprint.id,
                    "seconds": round(self.load_seconds, 3),
                }
            },
        )

    def _config_name(self) -> str:
        # Packaged models live in a directory called "model"; the package dir names the model.
        return self.model_path.parent.name

    def _resolve_prompt(self, text: str | None, name: str | None, kind: InputType) -> str:
        if text:
            return text
        prompts: dict[str, str] = dict(self.model.prompts or {})
        if name:
            if name not in prompts:
                raise ModelLoadError(
                    f"prompt name {name!r} for {kind}s is not in the model's prompts {sorted(prompts)}"
                )
            return prompts[name]
        # Models that declare query/document prompts (e.g. E5-style) get them by default.
        return prompts.get(kind, "")

    @property
    def _onnx_file(self) -> str:
        return ONNX_INT8_FILES[self._int8] if self.backend == "onnx-int8" else ONNX_FILE

    def _load(self, threads: int) -> Any:
        """Load the model; ONNX sessions get ``threads`` intra-op threads (0: ONNX Runtime's default)."""
        from sentence_transformers import SentenceTransformer

        kwargs: dict[str, Any] = {}
        if self.backend != "torch":
            kwargs["model_kwargs"] = {
                "file_name": self._onnx_file,
                "provider": "CPUExecutionProvider",
                "session_options": _session_options(threads),
            }
        try:
            model = SentenceTransformer(
                str(self._load_from), device="cpu", backend="torch" if self.backend == "torch" else "onnx",
                local_files_only=True, **kwargs,
            )  # fmt: skip
        except Exception as exc:  # any loader failure means the service cannot start
            raise ModelLoadError(f"cannot load model from {self._load_from}: {exc}") from exc
        model.eval()
        return model

    def after_fork(self, threads: int) -> None:
        """In a Gunicorn worker: size intra-op threads to this worker's share of the cores.

        ONNX Runtime's thread pool does not survive ``fork``; a session made by the master with more
        than one thread is rebuilt here (the export is on disk: well under a second).
        """
        import torch

        torch.set_num_threads(threads)
        with self._bulk_lock:
            self._bulk = None  # its thread pool did not survive the fork either
        if self.backend != "torch" and threads > 1:
            with self._lock:
                self.model = self._load(threads)
                self._fast = _direct_onnx(self.model)

    def _bulk_encoder(self) -> Callable[[list[str], int], Vectors] | None:
        """The document session (call with ``_bulk_lock`` held); None where documents share the model."""
        if self._fast is None:
            return None
        if self._bulk is None:
            import onnxruntime as ort

            session = ort.InferenceSession(
                str(self._load_from / self._onnx_file),
                _session_options(self.ingest_threads),
                providers=["CPUExecutionProvider"],
            )
            self._bulk = _direct_onnx(self.model, session)
        return self._bulk

    def _onnx_dir(self, weights: str, cache_root: Path) -> Path:
        """A model directory holding the ONNX file this backend needs, exported once into ``cache_root``."""
        from sentence_transformers import SentenceTransformer, export_dynamic_quantized_onnx_model

        if (self.model_path / self._onnx_file).is_file():
            return self.model_path
        target = cache_root / f"onnx-{weights[:16]}{f'-{self._int8}' if self.backend == 'onnx-int8' else ''}"
        if (target / self._onnx_file).is_file():
            return target
        cache_root.mkdir(parents=True, exist_ok=True)
        log.info("exporting model to ONNX once", extra={"fields": {"target": str(target), "backend": self.backend}})
        tmp = Path(tempfile.mkdtemp(prefix=".onnx-export-", dir=cache_root))
        try:
            exported = SentenceTransformer(str(self.model_path), device="cpu", backend="onnx", local_files_only=True)
            exported.save(str(tmp))
            if self.backend == "onnx-int8":
                export_dynamic_quantized_onnx_model(exported, self._int8, str(tmp))
            try:
                os.rename(tmp, target)
            except OSError:
                # Another process finished the same export first; its copy is identical.
                if not (target / self._onnx_file).is_file():
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return target

    def prompt(self, input_type: InputType) -> str:
        return self._prompts[input_type]

    def encode(self, texts: list[str], input_type: InputType = "query") -> Vectors:
        """Encode ``texts`` into an ``(n, dimension)`` float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        prompt = self._prompts[input_type] or None
        if self._fast is not None:
            batch = [prompt + t for t in texts] if prompt else texts
            if input_type == "document":
                with self._bulk_lock:
                    bulk = self._bulk_encoder()
                    if bulk is not None:
                        return bulk(batch, self.batch_size)
            with self._lock:
                return self._fast(batch, self.batch_size)
        with self._lock:
            vectors = self.model.encode(
                texts,
                prompt=prompt,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def token_stats(self, texts: list[str], input_type: InputType = "query") -> TokenStats:
        """Count tokens as the model sees them (prompt and special tokens included)."""
        prompt = self._prompts[input_type]
        batch = [prompt + t for t in texts] if prompt else texts
        with self._lock:
            if self._counting is not None:
                ids = [e.ids for e in self._counting.encode_batch(batch)]
            else:
                ids = self.model.tokenizer(
                    batch,
                    add_special_tokens=True,
                    truncation=False,
                    return_attention_mask=False,
                    return_token_type_ids=False,
                    verbose=False,
                )["input_ids"]
        counts = [len(x) for x in ids]
        unknown = [sum(1 for t in x if t == self._unk_id) for x in ids] if self._unk_id is not None else [0] * len(ids)
        return TokenStats(
            counts=counts,
            truncated=[c > self.max_seq_length for c in counts],
            unknown=unknown,
        )

    def warm_up(self) -> None:
        """Run one encode so the first real request does not pay for lazy initialization."""
        self.encode(["warm up"], "query")
        self.token_stats(["warm up"])

    def info(self) -> dict[str, Any]:
        return {
            "model_path": str(self.model_path),
            "name": self.fingerprint.name,
            "backend": self.backend,
            "dimension": self.dimension,
            "max_seq_length": self.max_seq_length,
            "query_prompt": self._prompts["query"],
            "document_prompt": self._prompts["document"],
            "fingerprint": self.fingerprint.to_dict(),
        }
