"""Encoder: a sentence-transformers model loaded from a local directory.

The encoder owns everything that decides what a vector means: the model files, the backend, the
prompts, and normalization. Its :class:`ModelFingerprint` is stored with every vector and every
index file, so vectors made by different encoders are never mixed.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np

from ..config import Settings
from .fingerprint import ModelFingerprint, file_sha256, hash_model_dir
from .onnx_runtime import (
    ONNX_FILE,
    ONNX_INT8_FILES,
    LazySession,
    StackSpec,
    Vectors,
    export,
    int8_config,
    new_session,
    onnx_encoder,
    raw_tokenizer,
    session_options,
)
from .query_batches import QueryBatches
from .token_counts import TokenCounter, TokenStats, token_ids

__all__ = ["ONNX_INT8_FILES", "Encoder", "InputType", "ModelFingerprint", "ModelLoadError", "int8_config"]

log = logging.getLogger(__name__)
Encode = Callable[[list[str], int], Vectors]  # texts, batch size -> (len(texts), dimension)

InputType = Literal["query", "document"]


class ModelLoadError(RuntimeError):
    """The configured model directory cannot be loaded."""


def load_sentence_transformer(path: Path, backend: str, onnx_file: str, threads: int) -> Any:
    """The model at ``path`` as sentence-transformers loads it on ``backend`` (ONNX: ``onnx_file`` with
    ``threads`` intra-op threads); needs torch."""
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelLoadError(
            f"{path}: this backend or model needs sentence-transformers and torch, which this installation "
            "does not have (the image without torch serves ONNX exports made at build time)"
        ) from exc
    kwargs: dict[str, Any] = {}
    if backend != "torch":
        kwargs["model_kwargs"] = {
            "file_name": onnx_file,
            "provider": "CPUExecutionProvider",
            "session_options": session_options(threads),
        }
    try:
        model = SentenceTransformer(
            str(path), device="cpu", backend="torch" if backend == "torch" else "onnx", local_files_only=True,
            **kwargs,
        )  # fmt: skip
    except Exception as exc:  # any loader failure means the service cannot start
        raise ModelLoadError(f"cannot load model from {path}: {exc}") from exc
    model.eval()
    return model


def _shape_of(st: Any, model_path: Path) -> tuple[int, int, int | None]:
    """``(dimension, max_seq_length, unknown token id)`` of a sentence-transformers model."""
    dim = (getattr(st, "get_embedding_dimension", None) or st.get_sentence_embedding_dimension)()
    if not dim:
        raise ModelLoadError(f"{model_path} does not declare an embedding dimension")
    return int(dim), int(st.max_seq_length), getattr(st.tokenizer, "unk_token_id", None)


def _onnx_dir(model_path: Path, onnx_file: str, int8: str | None, cache: Path) -> Path:
    """A model directory holding ``onnx_file``: the model's own, else an export made once into ``cache``."""
    if (model_path / onnx_file).is_file():
        return model_path
    return export(model_path, cache.with_name(f"{cache.name}-{int8}") if int8 else cache, onnx_file, int8)


def _prompt(declared: dict[str, str], text: str | None, name: str | None, kind: InputType) -> str:
    """The prompt for ``kind``: the configured text, else the model's prompt of that name, else the one the
    model declares for the kind (E5-style models), else none."""
    if text:
        return text
    if name:
        if name not in declared:
            raise ModelLoadError(f"prompt name {name!r} for {kind}s is not in the model's prompts {sorted(declared)}")
        return declared[name]
    return declared.get(kind, "")


class Encoder:
    """Encode queries and documents into L2-normalized float32 vectors.

    Args:
        settings: where the model lives, which backend and prompts to use.
        model_dir, name, prompts: a repository version's directory, name and prompts (instead of the
            settings' model path, its directory name and the configured prompts).
        cache_dir: where a one-time ONNX export is kept (default: ``PRODUCT_SEARCH_MODEL_CACHE_DIR``,
            else ``<data_dir>/models``; the Docker image exports at build time into its own cache).
        threads: intra-op threads of the query session (0: ONNX Runtime's default, every core).

    With an ONNX backend the model is served without torch or sentence-transformers: the tokenizer file,
    the ONNX file and the stack recorded at export (:class:`.onnx_runtime.StackSpec`), in NumPy. Documents
    are encoded by other sessions of the same model file (:class:`.onnx_runtime.LazySession`), each made on
    first use with its own tokenizer and lock, so no document encoding queues the worker's searches behind
    it: an upload's with ``settings.ingest_threads`` threads (every core), a reader's (``/v1/similarity``,
    ``/v1/embeddings``) with the worker's share of the cores, a migration's with one thread.
    """

    def __init__(
        self,
        settings: Settings,
        cache_dir: Path | None = None,
        threads: int = 0,
        *,
        model_dir: Path | None = None,
        name: str | None = None,
        prompts: dict[InputType, str] | None = None,
    ) -> None:
        self.model_path = Path(model_dir or settings.model_path).expanduser().resolve()
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
        # Concurrent searches' queries in one model call, where a batch changes no vector (fp32 ONNX; see there).
        self.queries = QueryBatches(self._encode_fast, self._lock, combine=False)  # until checked, below
        self._may_batch = settings.query_batching
        self._bulk = LazySession(settings.ingest_threads)  # uploads: every core (0)
        self._reader = LazySession(threads)  # a reader's documents: what a search may use
        self._background = LazySession(1)  # migrations, beside live searches
        started = time.perf_counter()
        weights = hash_model_dir(self.model_path)
        self._load_from = self.model_path
        if self.backend != "torch":
            cache_root = cache_dir or settings.model_cache_dir or settings.data_dir / "models"
            int8 = self._int8 if self.backend == "onnx-int8" else None
            self._load_from = _onnx_dir(self.model_path, self._onnx_file, int8, cache_root / f"onnx-{weights[:16]}")
        self._st: Any = None  # the sentence-transformers model: the torch backend, or an uncommon stack
        self._spec: StackSpec | None = None
        self._fast: Encode | None = None
        self._load(threads)
        # The graph this backend runs, hashed from the file loaded: LoadedModels compares it with the manifest's.
        graph = file_sha256(self._load_from / self._onnx_file) if self.backend != "torch" else ""

        # A repository version states its prompts (they are part of what it is); else the settings choose.
        st: Any = self._st
        declared: dict[str, str] = dict(self._spec.prompts if self._spec is not None else st.prompts or {})
        self._prompts: dict[InputType, str] = dict(prompts) if prompts is not None else {
            "query": _prompt(declared, settings.query_prompt, settings.query_prompt_name, "query"),
            "document": _prompt(declared, settings.document_prompt, settings.document_prompt_name, "document"),
        }  # fmt: skip
        self.dimension, self.max_seq_length, self._unk_id = self._shape()
        self.fingerprint = ModelFingerprint(
            name=name or (self.model_path.name if self.model_path.name != "model" else self._config_name()),
            weights_sha256=weights,
            dimension=self.dimension,
            query_prompt=self._prompts["query"],
            document_prompt=self._prompts["document"],
            backend=self.backend if self.backend != "onnx-int8" else f"onnx-int8-{self._int8}",
            graph_sha256=graph,
        )
        self.tokens: TokenCounter
        if self._spec is not None:  # a tokenizer of its own: counting waits for no search
            counting = raw_tokenizer(self._load_from, self._spec, truncate=False)
            self.tokens = TokenCounter(
                lambda texts: [e.ids for e in counting.encode_batch(texts)], threading.Lock(), self.max_seq_length,
                self._unk_id,
            )  # fmt: skip
        else:
            ids = functools.partial(token_ids, st.tokenizer)  # the model's own: under the encoders' lock
            self.tokens = TokenCounter(ids, self._lock, self.max_seq_length, self._unk_id)
        self._check_batches()
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

    def _shape(self) -> tuple[int, int, int | None]:
        """``(dimension, max_seq_length, unknown token id)`` of the loaded model."""
        if self._spec is not None:
            return self._spec.dimension, self._spec.max_seq_length, self._spec.unk_id
        return _shape_of(self._st, self.model_path)

    def _config_name(self) -> str:
        # Packaged models live in a directory called "model"; the package dir names the model.
        return self.model_path.parent.name

    @property
    def _onnx_file(self) -> str:
        return ONNX_INT8_FILES[self._int8] if self.backend == "onnx-int8" else ONNX_FILE

    def _load(self, threads: int) -> None:
        """Load the model; ONNX sessions get ``threads`` intra-op threads (0: ONNX Runtime's default).

        ONNX: from the recorded stack alone where there is one (no torch); else sentence-transformers loads
        it once and the stack is recorded for the next start (an export from before the record, or a
        repository version added by an older release)."""
        if self.backend != "torch":
            self._spec = StackSpec.load(self._load_from)
            if self._spec is None:
                self._st = self._sentence_transformer(threads)
                self._spec = StackSpec.of(self._st)
                if self._spec is not None:
                    try:
                        self._spec.save(self._load_from)
                    except OSError as exc:  # a read-only model directory: recomputed at each start
                        log.warning("cannot record the model stack", extra={"fields": {"error": str(exc)}})
            if self._spec is not None:
                try:
                    session = new_session(self._load_from / self._onnx_file, threads)
                except Exception as exc:  # any loader failure means the service cannot start
                    raise ModelLoadError(f"cannot load {self._load_from / self._onnx_file}: {exc}") from exc
                self._fast = self._onnx_encoder(self._spec, session)
                return
        self._st = self._sentence_transformer(threads)

    def _sentence_transformer(self, threads: int) -> Any:
        return load_sentence_transformer(self._load_from, self.backend, self._onnx_file, threads)

    def sentence_transformer(self) -> Any:
        """This model loaded by sentence-transformers with the same backend and file: the reference the
        tests and benchmarks compare the served vectors with (needs torch)."""
        if self._st is None:
            self._st = self._sentence_transformer(0)
        return self._st

    def after_fork(self, threads: int) -> None:
        """In a Gunicorn worker: size intra-op threads to this worker's share of the cores.

        ONNX Runtime's thread pool does not survive ``fork``; a session made by the master with more
        than one thread is rebuilt here (the export is on disk: well under a second).
        """
        if self.backend == "torch":
            import torch

            torch.set_num_threads(threads)
        for session in (self._bulk, self._background):
            session.reset()  # their thread pools did not survive the fork either
        self._reader.reset(threads)
        if self.backend != "torch" and threads > 1:
            with self._lock:
                self._load(threads)
            self._check_batches()  # another thread count: checked again

    def _onnx_encoder(self, spec: StackSpec, session: Any = None, threads: int = 1) -> Encode:
        """The direct path over ``session`` (else a new session of the model file with ``threads`` threads)."""
        session = session or new_session(self._load_from / self._onnx_file, threads)
        return onnx_encoder(self._load_from, spec, session, by_tokens=self.backend == "onnx")  # fp32 only

    def encode_background(self, texts: list[str]) -> Vectors:
        """Documents encoded by a session of one thread, for background work (a migration) beside live
        searches: it leaves the other cores to them. (len(texts), dimension) unit vectors."""
        if self._spec is None or not texts:
            return self.encode(texts, "document")
        spec = self._spec
        batch = [self._prompts["document"] + t for t in texts]
        return self._background.run(lambda n: self._onnx_encoder(spec, threads=n), batch, self.batch_size)

    def prompt(self, input_type: InputType) -> str:
        return self._prompts[input_type]

    def encode(self, texts: list[str], input_type: InputType = "query", *, bulk: bool = False) -> Vectors:
        """Encode ``texts`` into an ``(n, dimension)`` float32 array of unit vectors.

        Documents go to sessions of their own (none holds the searches' lock): ``bulk`` to the one with
        ``PRODUCT_SEARCH_INGEST_THREADS`` (every core), for the writes an admin makes; otherwise to the reader
        session, with this worker's share of the cores, so that a reader's request (``/v1/similarity``,
        ``/v1/embeddings``) takes no more than a search does.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        prompt = self._prompts[input_type] or None
        if self._fast is not None and self._spec is not None:
            spec = self._spec
            batch = [prompt + t for t in texts] if prompt else texts
            if input_type == "document":
                session = self._bulk if bulk else self._reader
                return session.run(lambda n: self._onnx_encoder(spec, threads=n), batch, self.batch_size)
            return self.queries.encode(batch)
        with self._lock:
            vectors = self._st.encode(
                texts,
                prompt=prompt,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _encode_fast(self, texts: list[str]) -> Vectors:
        """The direct ONNX path (under the model's lock: :attr:`queries` holds it); after a fork it is a new one."""
        fast = self._fast
        if fast is None:  # cannot happen: only the ONNX path calls it
            raise ModelLoadError("no ONNX session loaded")
        return fast(texts, self.batch_size)

    def token_stats(self, texts: list[str], input_type: InputType = "query") -> TokenStats:
        """Count tokens as the model sees them (the input type's prompt and special tokens included)."""
        prompt = self._prompts[input_type]
        return self.tokens.stats([prompt + t for t in texts] if prompt else texts)

    def warm_up(self) -> None:
        """Run one encode so the first real request does not pay for lazy initialization."""
        self.encode(["warm up"], "query")
        self.token_stats(["warm up"])

    def _check_batches(self) -> None:
        """Combine concurrent queries only where this session gives a batch's rows exactly their vectors alone."""
        if self.backend == "onnx" and self._fast is not None and self._may_batch:
            self.queries.check(self._prompts["query"])

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
