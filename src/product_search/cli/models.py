"""``product-search models ...``: the model repository (import, list, alias, evaluate, remove), and the
default model's fingerprint."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path
from typing import IO, Any

import click

from ..config import Settings, default_model_path
from ..encoding.encoder import ModelLoadError
from ..encoding.mlflow_source import MlflowUnavailable, download, is_registry_uri
from ..encoding.models import LoadedModels, bootstrap_prepare, repository_of
from ..encoding.onnx_runtime import export_in_place
from ..encoding.repository import PRODUCTION, Manifest, ModelRef, ModelRepository, bootstrap
from ..errors import ProductSearchError
from ..model_evaluation import evaluate_version, failures, summary_rows
from ..redaction import redact
from ..storage.store import CatalogStore
from .app import load_settings, main
from .catalogs import synonyms_file


@main.command()
def fingerprint() -> None:
    """Load the default model (PRODUCT_SEARCH_MODEL) and print its reference and fingerprint."""
    settings = load_settings()
    try:
        manifest, encoder = LoadedModels(settings).default()
    except (ModelLoadError, ProductSearchError) as exc:
        raise click.ClickException(str(exc)) from exc
    facts = {"ref": manifest.ref, **encoder.fingerprint.to_dict(), "model_path": str(encoder.model_path)}
    click.echo(json.dumps(facts, indent=2))


# -- the model repository ------------------------------------------------------------------------


def _repository(settings: Settings) -> ModelRepository:
    repository = repository_of(settings)
    source = Path(settings.model_path or default_model_path())
    name = ModelRef.parse(settings.model).name
    if bootstrap(repository, source, bootstrap_prepare(settings), name=name):
        click.echo(f"{repository.root}: empty; added {source} as {name}:1@{PRODUCTION}", err=True)
    return repository


@main.group()
def models() -> None:
    """The model repository: versions (immutable) and aliases (PRODUCT_SEARCH_MODEL_REPOSITORY)."""


@models.command(name="import")
@click.argument("source")
@click.option("--name", required=True, help="Model name in the repository ([a-z0-9._-]).")
@click.option("--alias", help="Point this alias at the new version (e.g. candidate).")
@click.option("--query-prompt", help="Text put before every query (default: the model's own 'query' prompt).")
@click.option("--document-prompt", help="Text put before every document (default: the model's 'document' prompt).")
@click.option(
    "--dense-weight",
    type=click.FloatRange(0.0, 1.0),
    help="The hybrid fusion's weight of this version's cosine, chosen for it (scripts/tune_fusion.py --choose); "
    "default: the service's (PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT, else 0.6).",
)
def import_model(
    source: str,
    name: str,
    *,
    alias: str | None,
    query_prompt: str | None,
    document_prompt: str | None,
    dense_weight: float | None,
) -> None:
    """Publish SOURCE as the next version of NAME (ONNX exports included).

    SOURCE: a local sentence-transformers directory, or an MLflow registry URI (models:/Name/3,
    models:/Name@champion) read through MLFLOW_TRACKING_URI with the mlflow-skinny client.
    """
    if dense_weight is not None and math.isnan(dense_weight):  # FloatRange lets "nan" through
        raise click.BadParameter("a number from 0 to 1", param_hint="--dense-weight")
    repository = _repository(load_settings())

    def prepare(model_dir: Path) -> dict[str, Any]:
        facts = export_in_place(model_dir)
        facts.pop("prompts", None)
        if query_prompt is not None:
            facts["query_prompt"] = query_prompt
        if document_prompt is not None:
            facts["document_prompt"] = document_prompt
        if dense_weight is not None:
            facts["hybrid_dense_weight"] = dense_weight
        return facts

    try:
        with tempfile.TemporaryDirectory(prefix="mlflow-") as tmp:
            if is_registry_uri(source):
                downloaded = download(source, Path(tmp))
                model_dir, origin = downloaded.model_dir, downloaded.source
            elif Path(source).is_dir():
                model_dir, origin = Path(source), str(Path(source).resolve())
            else:
                raise click.BadParameter("a directory, or models:/Name/3 / models:/Name@alias", param_hint="SOURCE")
            manifest = repository.publish(model_dir, name, prepare=prepare, source=origin, alias=alias)
    except MlflowUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"{manifest.ref} (weights {manifest.weights_sha256[:12]}, dimension {manifest.dimension})")


@models.command(name="list")
def list_models() -> None:
    """Every version with its aliases and the reports stored beside it."""
    for info in _repository(load_settings()).entries():
        m = info.manifest
        aliases = " ".join(f"@{a}" for a in info.aliases)
        source = redact(m.source)  # older releases wrote MLflow tracking URIs with their credentials
        fusion = "" if m.hybrid_dense_weight is None else f"  dense weight {m.hybrid_dense_weight:g}"
        click.echo(f"{m.ref:<28} dim {m.dimension:<5} weights {m.weights_sha256[:12]}  {aliases:<24} {source}{fusion}")


@models.command(name="alias")
@click.argument("target", metavar="NAME@ALIAS")
@click.argument("version", type=click.IntRange(1))
def alias_model(target: str, version: int) -> None:
    """Point NAME@ALIAS at VERSION (atomic; the previous target stays published)."""
    name, _, alias = target.partition("@")
    if not alias:
        raise click.BadParameter("NAME@ALIAS, e.g. all-minilm-l6-v2@candidate", param_hint="NAME@ALIAS")
    try:
        _repository(load_settings()).set_alias(name, alias, version)
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"{name}@{alias} -> {name}:{version}")


QUALITY_SETS = (
    "data/quality", "data/buyers", "data/identifiers/test",
    "data/heldout/marketplace", "data/heldout/erp", "data/heldout/sentences",
)  # fmt: skip
UNION_GATES = ("data/heldout/gate.json",)  # judged where every set it names was evaluated


@models.command(name="evaluate")
@click.argument("ref", metavar="REF")
@click.option(
    "--set", "sets", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
    help=f"A data set with gate.json (repeatable; default: {', '.join(QUALITY_SETS)}).",
)  # fmt: skip
@click.option(
    "--scifact", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared/data/scifact"),
    show_default=True, help="BEIR SciFact: its held-out dev split is evaluated (skipped if missing).",
)  # fmt: skip
@click.option(
    "--synonyms", type=click.File("rb"),
    help="A synonyms file (as `product-search synonyms` takes) loaded into every set's catalog: the version judged "
    "as an operator serves it with the file (SciFact's catalog gets none).",
)  # fmt: skip
@click.option(
    "--no-save", is_flag=True,
    help="Print only; do not store the report beside the version (as `evaluation`, `evaluation-synonyms`, and "
    "`-partial` after either for a run on other folders than the gate's own, each run over the last).",
)  # fmt: skip
@click.option("--no-check", is_flag=True, help="Report gate failures but exit 0 (a candidate being assessed).")
def evaluate_model(
    ref: str, *, sets: tuple[Path, ...], scifact: Path, synonyms: IO[bytes] | None, no_save: bool, no_check: bool
) -> None:
    """Evaluate version REF in process (quality-gate sets, the held-out catalogs as one, SciFact dev split);
    store the report beside it.

    Exits 1 if a quality gate fails (unless --no-check): a set's rules, and the union's, whose promotion
    rule (issue 28's 95 %) a version must meet to be promoted.
    """
    settings = load_settings()
    repository = _repository(settings)
    chosen = list(sets) or [Path(p) for p in QUALITY_SETS if Path(p, "gate.json").is_file()]
    if not chosen:
        raise click.ClickException(f"no gate set here ({', '.join(QUALITY_SETS)}): run it in the project or name --set")
    # The gate's own report only for every one of the gate's own sets, however named: a part is stored apart.
    partial = {p.resolve() for p in chosen} != {Path(p).resolve() for p in QUALITY_SETS}
    sets_file = None if synonyms is None else synonyms_file(synonyms, None)  # any catalog's file
    try:
        evaluation = evaluate_version(
            settings, repository, ref, chosen, scifact if (scifact / "corpus.jsonl").is_file() else None,
            unions=[Path(p) for p in UNION_GATES if Path(p).is_file()], synonyms=sets_file,
            every_union=not sets,  # the default sets: a union left unjudged fails
            log=lambda line: click.echo(line, err=True),
        )  # fmt: skip
        if synonyms is not None:
            evaluation["synonyms"] = str(getattr(synonyms, "name", "<stdin>"))
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    for name, mode, ndcg, hit1, broken in summary_rows(evaluation):
        scores = f"nDCG@10 {ndcg:.4f}  hit@1 {hit1:.3f}  gate failures {broken}"
        click.echo(f"{evaluation['model']:<24} {name:<24} {mode:<7} {scores}")
    if not no_save:
        manifest = repository.resolve(ref)
        # Each stays beside the others: with and without synonyms, and a run on chosen sets apart from the gate's
        # own (the report a promotion is judged by is never replaced by a part of it).
        kind = "evaluation" + ("" if synonyms is None else "-synonyms") + ("-partial" if partial else "")
        path = repository.save_report(manifest.name, manifest.version, kind, evaluation)
        click.echo(f"report: {path}")
    failed = failures(evaluation)
    verdict = "quality gate failed: " + "; ".join(failed[:10]) if failed else "quality gate: passed"
    if failed and not no_check:
        raise click.ClickException(verdict)
    click.echo(verdict)


@models.command(name="remove")
@click.argument("ref", metavar="REF")
def remove_model(ref: str) -> None:
    """Delete a version no alias and no catalog generation (active, building or retained) uses."""
    settings = load_settings()
    repository = _repository(settings)
    store = CatalogStore.open(settings.store_url, settings.data_dir)

    def users(manifest: Manifest) -> list[str]:
        with store.read() as conn:
            return store.catalogs_using(conn, manifest.ref)

    try:
        removed = repository.remove(ref, in_use=users)
    except ProductSearchError as exc:
        raise click.ClickException(f"{exc.message} {json.dumps(exc.details)}") from exc
    click.echo(f"removed {removed.ref}")
