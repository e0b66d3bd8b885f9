"""``product-search`` command line: build catalogs offline, re-embed, rebuild indexes, search."""

from __future__ import annotations

import dataclasses
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from .config import MODES, ConfigError, SearchMode, Settings, default_model_path
from .encoding.encoder import ModelLoadError
from .encoding.mlflow_source import MlflowUnavailable, download, is_registry_uri
from .encoding.models import LoadedModels, bootstrap_prepare, repository_of
from .encoding.onnx_runtime import export_in_place
from .encoding.repository import PRODUCTION, Manifest, ModelRef, ModelRepository, bootstrap
from .errors import ProductSearchError
from .observability import logs
from .observability.canary import GoldenSetError, load_golden_set, run_canary
from .observability.metrics import Metrics
from .search.catalogs import Catalogs, check_catalog_name
from .search.ingest import FORMATS, detect_format, parse_file, validate_products
from .search.model_evaluation import evaluate_version, summary_rows
from .storage.store import CatalogStore, StoreError

CATALOG = click.argument("catalog", metavar="CATALOG")


def _settings() -> Settings:
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    logs.configure("WARNING" if settings.log_level == "INFO" else settings.log_level)
    return settings


def _catalogs(settings: Settings) -> Catalogs:
    try:
        catalogs = Catalogs.from_settings(settings, LoadedModels(settings))
        catalogs.bind_unbound()
        return catalogs
    except (ModelLoadError, StoreError, ProductSearchError) as exc:
        raise click.ClickException(str(exc)) from exc


def _check_name(name: str) -> str:
    try:
        return check_catalog_name(name)
    except ProductSearchError as exc:
        raise click.BadParameter("must match [a-z0-9][a-z0-9_-]{0,63}", param_hint="CATALOG") from exc


@click.group()
@click.version_option(package_name="product-search")
def main() -> None:
    """Manage product-search catalogs. Settings come from PRODUCT_SEARCH_* variables."""


@main.command()
@CATALOG
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Default: from the file name, else sniffed.")
@click.option("--replace", is_flag=True, help="Make the catalog exactly the file's products (drop the others).")
@click.option("--if-empty", is_flag=True, help="Do nothing if the catalog already has products.")
def load(catalog: str, file: Path, fmt: str | None, replace: bool, if_empty: bool) -> None:
    """Build or refresh CATALOG from a CSV or JSON Lines FILE, with its index (no size limit)."""
    name = _check_name(catalog)
    settings = _settings()
    if if_empty:
        store = CatalogStore(settings.data_dir / "catalogs.sqlite3")
        with store.read() as conn:
            existing = store.get_catalog(conn, name)
        if existing is not None and existing.product_count > 0:
            click.echo(f"catalog {name!r} already has {existing.product_count} products; left as is")
            return
    data = file.read_bytes()
    try:
        records = parse_file(data, fmt or detect_format(file.name, None, data[:64]))
        products = validate_products(records, settings.max_description_chars, settings.max_metadata_bytes)
    except ProductSearchError as exc:
        raise click.ClickException(f"{file}: {exc.message} {json.dumps(exc.details)[:2000]}") from exc
    catalogs = _catalogs(settings)
    started = time.perf_counter()
    with tqdm(total=len(products), unit="product", desc=f"embedding {name}", file=sys.stderr) as bar:
        try:
            outcome = catalogs.upsert(name, products, replace=replace, progress=bar.update)
        except ProductSearchError as exc:
            raise click.ClickException(exc.message) from exc
    elapsed = time.perf_counter() - started
    click.echo(
        f"catalog {name!r}: {outcome.count} products upserted, version {outcome.version} "
        f"({outcome.count / max(elapsed, 1e-9):.0f} products/s; {outcome.truncated} descriptions truncated "
        "at the model's max sequence length)"
    )


@main.command()
@CATALOG
@click.argument("model", metavar="[MODEL]", required=False)
def migrate(catalog: str, model: str | None) -> None:
    """Move CATALOG to MODEL (name:version, name@alias or name; default PRODUCT_SEARCH_MODEL), in this process.

    Searches keep answering from the current generation until the switch at the end; the previous one is
    retained for `product-search rollback`. A migration interrupted here (or started over HTTP and
    abandoned) is resumed by any service worker, or by running this again.
    """
    name = _check_name(catalog)
    catalogs = _catalogs(_settings())
    try:
        total = catalogs.get_catalog(name).product_count
        with tqdm(total=total, unit="product", desc=f"migrating {name}", file=sys.stderr) as bar:
            outcome = catalogs.reembed(name, progress=bar.update, model=model)
        status = catalogs.get_catalog(name)
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    used = status.model
    click.echo(
        f"catalog {name!r}: {outcome.count} products migrated, version {outcome.version}, "
        f"model {used.ref if used else '?'} (fingerprint {status.fingerprint}); "
        f"{catalogs.counters['migration_encoded']} encoded by this run"
    )


@main.command()
@CATALOG
def reembed(catalog: str) -> None:
    """Re-encode CATALOG with the default model (PRODUCT_SEARCH_MODEL): `migrate CATALOG` by another name."""
    migrate.callback(catalog, None)  # type: ignore[misc]


@main.command()
@CATALOG
def rollback(catalog: str) -> None:
    """Make CATALOG's previous (retained) generation active again; writes since the switch are kept."""
    catalogs = _catalogs(_settings())
    try:
        used = catalogs.rollback(_check_name(catalog))
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"catalog {catalog!r}: rolled back to {used.ref} (generation {used.generation})")


@main.command()
@click.argument("catalog", metavar="[CATALOG]...", nargs=-1)
def index(catalog: tuple[str, ...]) -> None:
    """Rebuild index files from stored vectors (no re-encoding); all catalogs by default."""
    catalogs = _catalogs(_settings())
    names = [_check_name(c) for c in catalog] or [c.name for c in catalogs.list_catalogs()]
    for name in names:
        try:
            started = time.perf_counter()
            built = catalogs.rebuild_index(name)
        except ProductSearchError as exc:
            raise click.ClickException(exc.message) from exc
        click.echo(
            f"{name}: {built.size} vectors, version {built.stamp.version}, "
            f"{time.perf_counter() - started:.2f}s -> {catalogs.index_path(name)}"
        )


def _filter(values: tuple[str, ...]) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--filter")
        out[key] = value
    return out or None


@main.command()
@CATALOG
@click.argument("queries", nargs=-1, required=True)
@click.option("--top-k", default=5, show_default=True, type=click.IntRange(1, 1000))
@click.option("--filter", "filters", multiple=True, metavar="KEY=VALUE", help="Exact metadata match (repeatable).")
@click.option("--mode", type=click.Choice(MODES), help="Default: PRODUCT_SEARCH_SEARCH_MODE (hybrid).")
@click.option("--min-score", type=float, help="Drop weaker results (identifier hits stay).")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
def search(  # noqa: PLR0917 (click passes every option as an argument)
    catalog: str,
    queries: tuple[str, ...],
    top_k: int,
    filters: tuple[str, ...],
    mode: SearchMode | None,
    min_score: float | None,
    as_json: bool,
) -> None:
    """Search CATALOG for each QUERY from the terminal, as the HTTP API does."""
    settings = _settings()
    catalogs = _catalogs(settings)
    mode = mode or settings.search_mode
    try:
        outcome = catalogs.search(
            _check_name(catalog),
            list(queries),
            top_k,
            _filter(filters),
            mode=mode,
            min_score=settings.min_score if min_score is None else min_score,
        )
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(outcome), indent=2))
        return
    for query, row, reading in zip(queries, outcome.results, outcome.readings, strict=True):
        click.echo(f"\n{query}")
        read = [f"{i.text!r} = {i.kind} {i.value}" for i in reading.identifiers]
        read += [f"type: {t}" for t in reading.types]
        if read:
            click.echo(f"  read as: {'; '.join(read)}")
        for rank, hit in enumerate(row, start=1):
            click.echo(f"  {rank:>2}. {hit.score:.4f}  {hit.id}  {hit.description[:100]}  [{', '.join(hit.matched)}]")


@main.command()
def fingerprint() -> None:
    """Load the default model (PRODUCT_SEARCH_MODEL) and print its reference and fingerprint."""
    settings = _settings()
    try:
        manifest, encoder = LoadedModels(settings).default()
    except (ModelLoadError, ProductSearchError) as exc:
        raise click.ClickException(str(exc)) from exc
    facts = {"ref": manifest.ref, **encoder.fingerprint.to_dict(), "model_path": str(encoder.model_path)}
    click.echo(json.dumps(facts, indent=2))


@main.command(name="list")
def list_catalogs() -> None:
    """List catalogs with their size, version and model fingerprint."""
    settings = _settings()
    store = CatalogStore(settings.data_dir / "catalogs.sqlite3")
    with store.read() as conn:
        rows = store.list_catalogs(conn)
    if not rows:
        click.echo("no catalogs")
    for cat in rows:
        click.echo(
            f"{cat.name:<24} {cat.product_count:>9} products  version {cat.version:<6} "
            f"fingerprint {cat.fingerprint} ({cat.fingerprint_info.get('name')})"
        )


@main.command()
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="Base URL of the running service.")
@click.option("--catalog", default="default", show_default=True)
@click.option(
    "--golden",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default="data/canary.jsonl",
    show_default=True,
    help='JSON Lines: {"query": ..., "expected": [ids]} per line.',
)
@click.option("--top-k", default=3, show_default=True, type=click.IntRange(1, 100), help="A hit is within these.")
@click.option("--min-hit-rate", default=1.0, show_default=True, type=click.FloatRange(0, 1), help="Exit 1 below it.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1), help="Seconds per request.")
@click.option("--api-key", envvar="PRODUCT_SEARCH_CANARY_KEY", help="Read key (env PRODUCT_SEARCH_CANARY_KEY).")
def canary(
    *, url: str, catalog: str, golden: Path, top_k: int, min_hit_rate: float, timeout: float, api_key: str | None
) -> None:
    """Check a running service against a golden set; report to StatsD; exit 1 on misses or errors."""
    settings = _settings()
    try:
        items = load_golden_set(golden)
    except GoldenSetError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        report = run_canary(
            url, catalog, items, top_k=top_k, api_key=api_key, timeout=timeout, metrics=Metrics(settings)
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--url") from exc
    click.echo(json.dumps(report.to_dict(), indent=2))
    if report.errors or report.hit_rate < min_hit_rate:
        raise click.ClickException(
            f"canary failed: hit rate {report.hit_rate:.3f} (minimum {min_hit_rate}), {report.errors} errors"
        )


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
def import_model(
    source: str, name: str, alias: str | None, query_prompt: str | None, document_prompt: str | None
) -> None:
    """Publish SOURCE as the next version of NAME (ONNX exports included).

    SOURCE: a local sentence-transformers directory, or an MLflow registry URI (models:/Name/3,
    models:/Name@champion) read through MLFLOW_TRACKING_URI with the mlflow-skinny client.
    """
    repository = _repository(_settings())

    def prepare(model_dir: Path) -> dict[str, Any]:
        facts = export_in_place(model_dir)
        facts.pop("prompts", None)
        if query_prompt is not None:
            facts["query_prompt"] = query_prompt
        if document_prompt is not None:
            facts["document_prompt"] = document_prompt
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
    for info in _repository(_settings()).entries():
        m = info.manifest
        aliases = " ".join(f"@{a}" for a in info.aliases)
        click.echo(f"{m.ref:<28} dim {m.dimension:<5} weights {m.weights_sha256[:12]}  {aliases:<24} {m.source}")


@models.command(name="alias")
@click.argument("target", metavar="NAME@ALIAS")
@click.argument("version", type=click.IntRange(1))
def alias_model(target: str, version: int) -> None:
    """Point NAME@ALIAS at VERSION (atomic; the previous target stays published)."""
    name, _, alias = target.partition("@")
    if not alias:
        raise click.BadParameter("NAME@ALIAS, e.g. all-minilm-l6-v2@candidate", param_hint="NAME@ALIAS")
    try:
        _repository(_settings()).set_alias(name, alias, version)
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"{name}@{alias} -> {name}:{version}")


QUALITY_SETS = ("data/quality", "data/buyers", "data/identifiers/test")


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
@click.option("--no-save", is_flag=True, help="Print only; do not store the report beside the version.")
@click.option("--no-check", is_flag=True, help="Report gate failures but exit 0 (a candidate being assessed).")
def evaluate_model(ref: str, sets: tuple[Path, ...], scifact: Path, no_save: bool, no_check: bool) -> None:
    """Evaluate version REF in process (quality-gate sets, SciFact dev split); store the report beside it.

    Exits 1 if a quality gate fails (unless --no-check).
    """
    settings = _settings()
    repository = _repository(settings)
    chosen = list(sets) or [Path(p) for p in QUALITY_SETS if Path(p, "gate.json").is_file()]
    try:
        evaluation = evaluate_version(
            settings, repository, ref, chosen, scifact if (scifact / "corpus.jsonl").is_file() else None,
            log=lambda line: click.echo(line, err=True),
        )  # fmt: skip
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    for name, mode, ndcg, hit1, failures in summary_rows(evaluation):
        scores = f"nDCG@10 {ndcg:.4f}  hit@1 {hit1:.3f}  gate failures {failures}"
        click.echo(f"{evaluation['model']:<24} {name:<24} {mode:<7} {scores}")
    if not no_save:
        manifest = repository.resolve(ref)
        path = repository.save_report(manifest.name, manifest.version, "evaluation", evaluation)
        click.echo(f"report: {path}")
    failed = [f for result in evaluation["sets"].values() for f in result.get("gate_failures", [])]
    verdict = "quality gate failed: " + "; ".join(failed[:10]) if failed else "quality gate: passed"
    if failed and not no_check:
        raise click.ClickException(verdict)
    click.echo(verdict)


@models.command(name="remove")
@click.argument("ref", metavar="REF")
def remove_model(ref: str) -> None:
    """Delete a version no alias and no catalog generation (active, building or retained) uses."""
    settings = _settings()
    repository = _repository(settings)
    store = CatalogStore(settings.data_dir / "catalogs.sqlite3")

    def users(manifest: Manifest) -> list[str]:
        with store.read() as conn:
            return store.catalogs_using(conn, manifest.ref)

    try:
        removed = repository.remove(ref, in_use=users)
    except ProductSearchError as exc:
        raise click.ClickException(f"{exc.message} {json.dumps(exc.details)}") from exc
    click.echo(f"removed {removed.ref}")


if __name__ == "__main__":
    main()
