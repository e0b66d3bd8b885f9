"""Loaded models: the repository's versions this process serves, loaded on first use, least recently used
unloaded beyond ``PRODUCT_SEARCH_MAX_LOADED_MODELS``.

References are resolved against the repository's files on every call (aliases are one small file, read
again only when it changed), so a version imported or an alias moved while the service runs is used at
once, without a restart. A resolved version never changes: encoders are cached by ``name:version``.
What catalogs use when the Gunicorn master starts is loaded before the fork, so workers share its pages.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings, default_model_path
from ..errors import FingerprintMismatch
from ..redaction import redact
from .encoder import Encoder, InputType, ModelLoadError
from .fingerprint import ModelFingerprint
from .model_files import UnsafeModel, inspect_model_dir
from .onnx_runtime import ONNX_FILE, ONNX_INT8_FILES, STACK_FILE, export_in_place, int8_config
from .repository import MODEL_DIR, Manifest, ModelNotFound, ModelRef, ModelRepository, Prepare, bootstrap

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VersionInfo:
    """A repository version as this service sees it (``GET /v1/models``)."""

    ref: str
    name: str
    version: int
    fingerprint: str  # on this service's backend
    dimension: int
    max_seq_length: int
    query_prompt: str
    document_prompt: str
    hybrid_dense_weight: float | None  # chosen for this version when imported; None: the service's
    aliases: list[str]
    loaded: bool
    weights_bytes: int  # the ONNX (or PyTorch) weights file this backend maps: its memory when loaded
    source: str
    created_at: float
    evaluation: dict[str, Any]


@dataclass(frozen=True)
class Loaded:
    """A loaded version and when it last encoded."""

    manifest: Manifest
    encoder: Encoder
    last_used: float


def repository_of(settings: Settings) -> ModelRepository:
    """The configured repository (``<data dir>/repository`` by default)."""
    return ModelRepository(settings.model_repository or settings.data_dir / "repository")


def bootstrap_prepare(settings: Settings) -> Prepare:
    """Exports plus the prompts the settings choose (``PRODUCT_SEARCH_QUERY_PROMPT`` and friends): an empty
    repository's first version is the model the service ran before it had a repository."""

    def prepare(model_dir: Path) -> dict[str, Any]:
        facts = export_in_place(model_dir)
        prompts: dict[str, str] = facts.pop("prompts", {})
        for kind in ("query", "document"):
            text, name = getattr(settings, f"{kind}_prompt"), getattr(settings, f"{kind}_prompt_name")
            if name and name not in prompts:
                raise ModelLoadError(
                    f"prompt name {name!r} for {kind}s is not in the model's prompts {sorted(prompts)}"
                )
            facts[f"{kind}_prompt"] = text or (prompts[name] if name else prompts.get(kind, ""))
        return facts

    return prepare


class LoadedModels:
    """The versions this process serves, by ``name:version``.

    Args:
        settings: backend, batch sizes, the default model reference, how many versions stay loaded.
        repository: where versions are (bootstrapped with the packaged model when empty).
        threads: intra-op threads of each query session (0: ONNX Runtime's default).
    """

    def __init__(self, settings: Settings, repository: ModelRepository | None = None, threads: int = 0) -> None:
        self.settings = settings
        self.repository = repository or repository_of(settings)
        self.threads = threads
        self.default_ref = ModelRef.parse(settings.model)
        self.backend_label = (
            settings.backend if settings.backend != "onnx-int8" else f"onnx-int8-{settings.onnx_int8 or int8_config()}"
        )
        self._loaded: OrderedDict[str, Loaded] = OrderedDict()
        # name:version -> its manifest and fingerprint: a published version never changes, and catalogs
        # name their version on every search (no file read on the hot path).
        self._versions: dict[str, tuple[Manifest, ModelFingerprint]] = {}
        self._loading: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        if self.repository.names():
            self.repository.wait_for_bootstrap()  # another starter may be publishing it: its alias comes last
        else:
            source = Path(settings.model_path or default_model_path())
            manifest = bootstrap(self.repository, source, bootstrap_prepare(settings), name=self.default_ref.name)
            if manifest is not None:
                log.info(
                    "empty model repository: published the configured model",
                    extra={"fields": {"model": manifest.ref}},
                )

    # -- references ----------------------------------------------------------------------------

    def resolve(self, ref: ModelRef | str | None = None) -> Manifest:
        """The version a reference stands for now (None: the default model)."""
        return self.repository.resolve(self.default_ref if ref is None else ref)

    def fingerprint(self, manifest: Manifest) -> ModelFingerprint:
        """What a version's vectors are, as this service's backend computes them; no loading needed (the
        served ONNX graph's checksum is the manifest's)."""
        served = manifest.files.get(f"{MODEL_DIR}/{self._weights_file()}", "")
        return ModelFingerprint(
            name=manifest.name,
            weights_sha256=manifest.weights_sha256,
            dimension=manifest.dimension,
            query_prompt=manifest.query_prompt,
            document_prompt=manifest.document_prompt,
            backend=self.backend_label,
            graph_sha256=served if self.settings.backend != "torch" else "",
        )

    # -- loading -------------------------------------------------------------------------------

    def encoder(self, manifest: Manifest) -> Encoder:
        """The loaded encoder of a version (loaded now if needed; another unloaded if over the limit)."""
        key = manifest.ref
        with self._guard:
            hit = self._loaded.get(key)
            if hit is not None:
                self._loaded[key] = Loaded(hit.manifest, hit.encoder, time.time())
                self._loaded.move_to_end(key)
                return hit.encoder
            lock = self._loading.setdefault(key, threading.Lock())
        with lock:  # one load per version; other versions load (and serve) meanwhile
            with self._guard:
                if key in self._loaded:
                    return self._loaded[key].encoder
            encoder = self._load(manifest)
            with self._guard:
                self._loaded[key] = Loaded(manifest, encoder, time.time())
                while len(self._loaded) > self.settings.max_loaded_models:
                    evicted, _ = self._loaded.popitem(last=False)
                    log.info("model unloaded (least recently used)", extra={"fields": {"model": evicted}})
        return encoder

    def unload(self) -> None:
        """Drop every loaded model (loaded again when next needed): a bulk load frees the model's memory before
        it builds the catalog's indexes, which need none."""
        with self._guard:
            dropped = list(self._loaded)
            self._loaded.clear()
        gc.collect()  # an ONNX Runtime session frees its buffers when the last reference to it goes
        log.info("models unloaded", extra={"fields": {"models": dropped}})

    def _load(self, manifest: Manifest) -> Encoder:
        self._verify(manifest)
        prompts: dict[InputType, str] = {"query": manifest.query_prompt, "document": manifest.document_prompt}
        encoder = Encoder(
            self.settings, threads=self.threads, model_dir=self.repository.model_dir(manifest), name=manifest.name,
            prompts=prompts,
        )  # fmt: skip
        if encoder.fingerprint != self.fingerprint(manifest):
            raise ModelLoadError(
                f"model {manifest.ref} does not match its manifest (weights, ONNX graph or dimension differ); the "
                "version directory was changed after it was published"
            )
        return encoder

    def _verify(self, manifest: Manifest) -> None:
        """Refuse a version whose files are not those published: every file this backend reads is hashed
        against the manifest, and a file added since (code dropped in) is refused.

        Not hashed: the other backends' weights, which this one never opens (the int8 files and the
        safetensors under fp32 ONNX; the ONNX files under torch). Allowed unlisted: ``onnx/stack.json``, which
        older releases published without and wrote at a version's first load. A version published before
        imports were inspected is inspected here as an import would be (:mod:`.model_files`): its checksums
        prove only that it is as it was published.
        """
        served = f"{MODEL_DIR}/{self._weights_file()}"
        others = {f"{MODEL_DIR}/{f}" for f in ("model.safetensors", ONNX_FILE, *ONNX_INT8_FILES.values())} - {served}
        problems = self.repository.verify(manifest, skip=others, unlisted={f"{MODEL_DIR}/{STACK_FILE}"})
        if served not in manifest.files:
            problems.insert(0, f"{served}: not in the version, and this backend serves it")
        try:
            inspect_model_dir(self.repository.model_dir(manifest))
        except UnsafeModel as exc:
            problems += [f"{MODEL_DIR}/{p['path']}: {p['reason']}" for p in exc.details["problems"]]
        if problems:
            raise ModelLoadError(
                f"model {manifest.ref} was changed after it was published, so it is not loaded:\n  "
                + "\n  ".join(problems)
            )

    def default(self) -> tuple[Manifest, Encoder]:
        manifest = self.resolve()
        return manifest, self.encoder(manifest)

    def check(self, catalog: str, model_ref: str, fingerprint: str) -> Manifest:
        """The version whose vectors a catalog generation holds; FingerprintMismatch if it cannot be served."""
        try:
            if not model_ref:
                raise ModelNotFound(f"no model version is bound to the vectors of catalog {catalog!r}")
            manifest, expected = self._version(model_ref)
        except ModelNotFound as exc:
            raise FingerprintMismatch(
                f"catalog {catalog!r} was embedded by model {model_ref or 'unknown'} (fingerprint {fingerprint}), "
                f"which is not in the model repository; import it, or migrate the catalog with "
                f"`product-search migrate {catalog} {self.default_ref}`",
                {"catalog": catalog, "model": model_ref, "catalog_fingerprint": fingerprint},
            ) from exc
        # Vectors stored before the fingerprint named the ONNX graph hold its id without it (legacy_id). They
        # were made by this same version's graph: the one its manifest lists, which loading verifies. So they
        # are served; generations made from now on store the full id.
        if fingerprint not in (expected.id, expected.legacy_id):
            raise FingerprintMismatch(
                f"catalog {catalog!r} holds vectors of fingerprint {fingerprint}, but {manifest.ref} on this "
                f"service's backend gives {expected.id}; migrate the catalog: "
                f"`product-search migrate {catalog} {manifest.ref}`",
                {"catalog": catalog, "model": model_ref, "catalog_fingerprint": fingerprint,
                 "service_fingerprint": expected.to_dict()},
            )  # fmt: skip
        return manifest

    def describe(self) -> list[VersionInfo]:
        """Every version of the repository: fingerprint, aliases, loaded or not, weights size, reports."""
        out = []
        for info in self.repository.entries():
            man = info.manifest
            weights = self.repository.model_dir(man) / self._weights_file()
            out.append(
                VersionInfo(
                    man.ref,
                    man.name,
                    man.version,
                    self.fingerprint(man).id,
                    man.dimension,
                    man.max_seq_length,
                    man.query_prompt,
                    man.document_prompt,
                    man.hybrid_dense_weight,
                    info.aliases,
                    self.is_loaded(man.ref),
                    weights.stat().st_size if weights.is_file() else 0,
                    redact(man.source),  # older releases wrote MLflow tracking URIs with their credentials
                    man.created_at,
                    self.repository.reports(man.name, man.version),
                )
            )
        return out

    def _weights_file(self) -> str:
        if self.settings.backend == "torch":
            return "model.safetensors"
        if self.settings.backend == "onnx":
            return ONNX_FILE
        return ONNX_INT8_FILES[self.settings.onnx_int8 or int8_config()]

    def _version(self, ref: str) -> tuple[Manifest, ModelFingerprint]:
        """A version's manifest and fingerprint, read once per exact ``name:version`` reference."""
        hit = self._versions.get(ref)
        if hit is None:
            manifest = self.repository.resolve(ref)
            hit = (manifest, self.fingerprint(manifest))
            if ModelRef.parse(ref).version is not None:  # aliases move: never cached
                with self._guard:
                    self._versions[ref] = hit
        return hit

    def loaded(self) -> Iterator[Loaded]:
        with self._guard:
            yield from list(self._loaded.values())

    def is_loaded(self, ref: str) -> bool:
        with self._guard:
            return ref in self._loaded

    def after_fork(self, threads: int) -> None:
        """In a Gunicorn worker: every loaded encoder rebuilds its thread pools (see :meth:`Encoder.after_fork`)."""
        self.threads = threads
        for item in self.loaded():
            item.encoder.after_fork(threads)
