"""Which files a model version may hold, checked before anything of a model directory is copied or loaded.

A model directory is data from elsewhere (an MLflow registry, a colleague's training run), and loading it
with sentence-transformers can run code: 5.7 imports whatever class ``modules.json`` names (a local
``evil.Transformer`` with an ``evil.py`` beside it, no ``trust_remote_code`` asked), transformers runs the
code an ``auto_map`` names, and ``.bin``/``.pt``/``.pkl`` weights are pickles. So a version holds only what
a sentence-transformers text model needs, by an allow-list: JSON settings, text vocabularies, safetensors
weights and SentencePiece models, with module classes from a list of sentence-transformers' own. The
directory is walked without following links, and every problem is reported at once.

ONNX exports (``onnx/``, ``openvino/``) a model brings are left behind: the repository serves only its own
export of the safetensors weights (:func:`.onnx_runtime.export_in_place`).
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InvalidInput

MAX_FILES = 10_000
MAX_BYTES = 20 * 1024**3  # 20 GiB: well above a 7B-parameter model in fp16
MAX_JSON_BYTES = 256 * 1024**2  # parsed in memory; large tokenizer.json files are tens of MB

# What a version holds, by suffix; anything else is refused.
ALLOWED_SUFFIXES = {".json", ".txt", ".safetensors", ".model"}
# Left behind, never copied: documentation, and exports and caches a model may bring along.
NOT_COPIED_FILES = {"README.md", ".gitattributes"}
NOT_COPIED_DIRS = {"onnx", "openvino", ".git", ".cache"}

CODE_SUFFIXES = {".py", ".pyc", ".pyo", ".pyx", ".pyd", ".so", ".dll", ".dylib", ".sh", ".bash", ".exe", ".js"}
# Formats whose loading can run code: pickles (torch, joblib, NumPy object arrays), Keras H5 (Lambda layers).
PICKLE_SUFFIXES = {".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".joblib", ".npy", ".npz", ".h5", ".keras"}

# The module classes a version's modules.json may name: sentence-transformers' own text modules (class ->
# the module 5.7 defines it in), in each spelling 5.7 resolves: the pre-5.4 ``sentence_transformers.models.*``
# that published models carry, the package's re-export, and the module path 5.7 writes. Router and Asym are
# left out: their own configuration names further classes. tests/test_model_import.py checks that each name
# resolves to the class it says.
_TEXT_MODULES = {
    "Transformer": "sentence_transformers.base.modules.transformer",
    "Dense": "sentence_transformers.base.modules.dense",
    "Pooling": "sentence_transformers.sentence_transformer.modules.pooling",
    "Normalize": "sentence_transformers.sentence_transformer.modules.normalize",
    "LayerNorm": "sentence_transformers.sentence_transformer.modules.layer_norm",
    "Dropout": "sentence_transformers.sentence_transformer.modules.dropout",
    "WeightedLayerPooling": "sentence_transformers.sentence_transformer.modules.weighted_layer_pooling",
}
ALLOWED_MODULES = frozenset(
    name
    for cls, module in _TEXT_MODULES.items()
    for name in (
        f"sentence_transformers.models.{cls}",
        f"sentence_transformers.sentence_transformer.modules.{cls}",
        f"{module}.{cls}",
        *([f"sentence_transformers.base.modules.{cls}"] if module.startswith("sentence_transformers.base.") else []),
    )
)
# Keys that make transformers or sentence-transformers import code named by the model's own files.
CODE_KEYS = {"auto_map", "trust_remote_code"}
# A Dense module's activation is imported by name and called (sentence-transformers 5.7 calls any "torch.*"
# name: "torch.utils.collect_env.main" runs subprocesses): only torch's own activation layers.
ACTIVATIONS = frozenset(
    f"torch.nn{module}.{name}"
    for name in ("Tanh", "ReLU", "GELU", "Sigmoid", "SiLU", "LeakyReLU", "Softmax")
    for module in ("", ".modules.activation")
) | {"torch.nn.Identity", "torch.nn.modules.linear.Identity"}
# The Transformer module's settings (sentence_bert_config.json and its older names) and the loader arguments
# they may pass on: anything else (a tokenizer elsewhere, a cache folder, a subfolder, another weights file,
# an export switch) would make the loader read or run what the inspection never saw.
TRANSFORMER_KEYS = {
    "max_seq_length", "do_lower_case", "transformer_task", "modality_config", "module_output_name",
    "processing_kwargs", "unpad_inputs", "backend",
}  # fmt: skip
LOADER_ARGUMENT_KEYS = {"model_args", "model_kwargs", "tokenizer_args", "processor_kwargs", "config_args",
                        "config_kwargs"}  # fmt: skip
SAFE_LOADER_ARGUMENTS = {
    "torch_dtype", "dtype", "attn_implementation", "model_max_length", "do_lower_case", "add_prefix_space",
    "clean_up_tokenization_spaces", "use_fast", "padding_side", "truncation_side",
}  # fmt: skip
TRANSFORMER_CONFIGS = (
    "sentence_bert_config.json", "sentence_roberta_config.json", "sentence_distilbert_config.json",
    "sentence_camembert_config.json", "sentence_albert_config.json", "sentence_xlm-roberta_config.json",
    "sentence_xlnet_config.json",
)  # fmt: skip
# Keys whose value names a file or folder to read (tokenizer_file, vocab_file, cache_dir, ...): a value that
# leaves the directory would be read without being inspected or checksummed. Recorded names of where a model
# came from (_name_or_path) are not read on a local load.
_PATH_KEY = re.compile(r"(?:_file|_files|_dir|_folder|_path)$|^(?:subfolder|cache_dir)$")
_RECORDED_ONLY = {"_name_or_path", "name_or_path"}
# Files that are token -> id maps: their keys are tokens, not settings (a code model's vocabulary may hold
# "auto_map"); the same goes for a "vocab" value inside tokenizer.json.
TOKEN_MAPS = {"vocab.json", "added_tokens.json"}


class UnsafeModel(InvalidInput):
    """A model directory holds something a version may not: ``details["problems"]`` lists every one."""

    code = "unsafe_model"

    def __init__(self, source: Path, problems: list[tuple[str, str]]) -> None:
        lines = "\n".join(f"  {path}: {reason}" for path, reason in problems)
        super().__init__(
            f"{source} cannot be imported as a model version ({len(problems)} problem"
            f"{'s' if len(problems) > 1 else ''}):\n{lines}",
            {"source": str(source), "problems": [{"path": p, "reason": r} for p, r in problems]},
        )


def inspect_model_dir(source: Path) -> list[str]:
    """The relative paths (``/``-separated, sorted) of the files of ``source`` a version is made of.

    Nothing is followed, imported or executed: UnsafeModel lists every link, special file, file of a kind a
    version may not hold, code reference in a JSON file and bad ``modules.json`` entry, or a directory over
    ``MAX_FILES`` files or ``MAX_BYTES`` bytes.
    """
    if not source.is_dir():
        raise InvalidInput(f"{source} is not a directory")
    problems: list[tuple[str, str]] = []
    files: list[str] = []
    total = 0
    pending = [""]
    while pending and len(files) <= MAX_FILES:
        folder = pending.pop()
        with os.scandir(source / folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
        for entry in entries:
            rel = f"{folder}/{entry.name}" if folder else entry.name
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                problems.append((rel, _LINK))
            elif stat.S_ISDIR(mode):
                if entry.name not in NOT_COPIED_DIRS:
                    pending.append(rel)
            elif not stat.S_ISREG(mode):
                problems.append((rel, "not a regular file"))
            elif entry.name not in NOT_COPIED_FILES:
                reason = _refused(entry.name)
                if reason:
                    problems.append((rel, reason))
                else:
                    files.append(rel)
                    total += entry.stat(follow_symlinks=False).st_size
    if len(files) > MAX_FILES:
        problems.append((".", f"more than {MAX_FILES:,} files"))
    elif total > MAX_BYTES:
        problems.append((".", f"{total:,} bytes, over the {MAX_BYTES // 1024**3} GiB a version may hold"))
    else:
        problems += _settings_problems(source, set(files))
    if problems:
        raise UnsafeModel(source, sorted(problems))
    return sorted(files)


def copy_model_files(source: Path, files: list[str], target: Path) -> None:
    """Copy ``files`` (from :func:`inspect_model_dir`) from ``source`` into ``target``, creating it.

    Every path component is opened relative to its parent without following links, so a file or folder
    swapped for a link after the inspection is refused instead of read (UnsafeModel).
    """
    budget = MAX_BYTES
    for rel in files:
        fd = _open_beneath(source, rel)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise UnsafeModel(source, [(rel, "not a regular file (changed while it was copied)")])
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(fd, "rb", closefd=False) as src, path.open("xb") as dst:
                while chunk := src.read(1 << 20):
                    budget -= len(chunk)
                    if budget < 0:
                        raise UnsafeModel(source, [(".", f"grew over {MAX_BYTES // 1024**3} GiB while it was copied")])
                    dst.write(chunk)
        finally:
            os.close(fd)


def _open_beneath(root: Path, rel: str) -> int:
    """A read descriptor of ``root/rel`` reached without following a link at any component."""
    nofollow = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(root, nofollow | os.O_DIRECTORY)
    try:
        *folders, name = rel.split("/")
        for folder in folders:
            inner = os.open(folder, nofollow | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        # O_NONBLOCK: a FIFO swapped in would otherwise block the open; it is refused by the caller's fstat.
        return os.open(name, nofollow | os.O_NONBLOCK, dir_fd=fd)
    except OSError as exc:
        raise UnsafeModel(root, [(rel, f"cannot be opened without following a link ({exc.strerror})")]) from exc
    finally:
        os.close(fd)


def _refused(name: str) -> str:
    """Why a file of this name may not be in a version ("" if it may)."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in ALLOWED_SUFFIXES:
        return ""
    if suffix in CODE_SUFFIXES:
        return "code: a version holds no code (sentence-transformers would import it)"
    if suffix in PICKLE_SUFFIXES:
        return "a pickle or another format that runs code when loaded: convert the weights to model.safetensors"
    return f"not a file a model version may hold (only {', '.join(sorted(ALLOWED_SUFFIXES))})"


def _settings_problems(source: Path, files: set[str]) -> list[tuple[str, str]]:
    """Code named by the JSON files, and a ``modules.json`` stack that is not sentence-transformers' own."""
    problems: list[tuple[str, str]] = []
    parsed: dict[str, Any] = {}
    for rel in sorted(f for f in files if f.lower().endswith(".json")):
        path = source / rel
        if path.stat().st_size > MAX_JSON_BYTES:
            problems.append((rel, f"a JSON file over {MAX_JSON_BYTES // 1024**2} MiB"))
            continue
        try:
            parsed[rel] = json.loads(path.read_bytes())
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            problems.append((rel, f"not valid JSON ({type(exc).__name__}: {exc})"))
            continue
        is_token_map = PurePosixPath(rel).name in TOKEN_MAPS
        problems += [(rel, f"{key}: {_CODE_KEY_REASON}") for key in _code_keys(parsed[rel], is_token_map)]
        if not is_token_map:
            problems += [(rel, f"{key}: {_OUTSIDE}") for key in _paths_outside(parsed[rel])]
    if "modules.json" not in files:
        return [*problems, ("modules.json", "missing: not a sentence-transformers model directory")]
    modules = parsed.get("modules.json")
    if "modules.json" in parsed and not (isinstance(modules, list) and all(isinstance(m, dict) for m in modules)):
        return [*problems, ("modules.json", "not a list of modules")]
    for i, module in enumerate(modules or []):
        kind, where = module.get("type"), module.get("path", "")
        if not isinstance(kind, str) or kind not in ALLOWED_MODULES:
            problems.append(("modules.json", f"module {i}: type {kind!r} {_NOT_OURS}"))
        if not isinstance(where, str) or PurePosixPath(where).is_absolute() or ".." in PurePosixPath(where).parts:
            problems.append(("modules.json", f"module {i}: path {where!r} leaves the model directory"))
        elif isinstance(kind, str) and kind.endswith(".Transformer"):
            folder = PurePosixPath(where)
            prefix = "" if str(folder) == "." else f"{folder}/"
            for name in TRANSFORMER_CONFIGS:
                problems += [(f"{prefix}{name}", p) for p in _transformer_problems(parsed.get(f"{prefix}{name}"))]
            if f"{prefix}config.json" not in files:
                problems.append((f"{prefix}config.json", "missing: the Transformer module's configuration"))
            if f"{prefix}model.safetensors" not in files and f"{prefix}model.safetensors.index.json" not in files:
                problems.append((f"{prefix}model.safetensors", _NO_SAFETENSORS))
        elif isinstance(kind, str) and kind.endswith(".Dense"):
            folder = PurePosixPath(where)
            rel = "config.json" if str(folder) == "." else f"{folder}/config.json"
            config = parsed.get(rel)
            activation = config.get("activation_function") if isinstance(config, dict) else None
            if activation is not None and activation not in ACTIVATIONS:
                problems.append((rel, f"activation_function {activation!r}: {_NOT_AN_ACTIVATION}"))
    return problems


def _transformer_problems(config: Any) -> list[str]:
    """What a Transformer module's settings may not hold (None: the file is absent)."""
    if config is None:
        return []
    if not isinstance(config, dict):
        return ["not a JSON object"]
    problems = []
    for key, value in config.items():
        if key in LOADER_ARGUMENT_KEYS:
            unsafe = sorted(value) if not isinstance(value, dict) else sorted(set(value) - SAFE_LOADER_ARGUMENTS)
            if unsafe:
                problems.append(f"{key} {unsafe}: loader arguments beyond {sorted(SAFE_LOADER_ARGUMENTS)}")
        elif key not in TRANSFORMER_KEYS and value is not None:
            problems.append(f"{key}: not a setting a version may carry (it would point the loader elsewhere)")
    return problems


def _paths_outside(value: Any) -> list[str]:
    """Keys naming a file or folder outside the model directory, anywhere in a parsed JSON value."""
    found: list[str] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                if isinstance(key, str) and _PATH_KEY.search(key) and key not in _RECORDED_ONLY and _leaves(inner):
                    found.append(key)
            pending += [inner for key, inner in item.items() if key != "vocab"]
        elif isinstance(item, list):
            pending += item
    return found


def _leaves(value: Any) -> bool:
    """Whether a path-like value reaches outside the directory it is read relative to."""
    if not isinstance(value, str) or not value:
        return False
    path = PurePosixPath(value.replace("\\", "/"))
    return path.is_absolute() or value.startswith("~") or ".." in path.parts or ":" in value


_LINK = (
    "a symbolic link: a version holds regular files only (copy the model with its links resolved, after "
    "checking where they point)"
)
_CODE_KEY_REASON = "names code for transformers or sentence-transformers to run; a version holds no code"
_NOT_OURS = "is not one of the sentence-transformers modules a version may use (its code would be imported)"
_NOT_AN_ACTIVATION = "not one of torch's activation layers (the loader imports and calls the name)"
_OUTSIDE = "names a file or folder outside the model directory (it would be read without being inspected)"
_NO_SAFETENSORS = (
    "missing: the weights must be safetensors (save them with safe_serialization=True, or convert pytorch_model.bin)"
)


def _code_keys(value: Any, is_token_map: bool) -> list[str]:
    """The keys of ``CODE_KEYS`` anywhere in a parsed JSON value, but not in token maps (their keys are tokens).
    Iterative: the nesting is the file's to choose."""
    found: list[str] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            found += [] if is_token_map else [k for k in item if k in CODE_KEYS]
            pending += [inner for key, inner in item.items() if key != "vocab"]
        elif isinstance(item, list):
            pending += item
    return found
