"""Catalog commands: build catalogs offline, migrate them between model versions, rebuild indexes, search, set
their synonyms, and the canary against a running service."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import IO, Any

import click
from tqdm import tqdm

from ..config import MODES, SearchMode
from ..errors import InvalidInput, ProductSearchError
from ..observability.canary import GoldenSetError, load_golden_set, run_canary
from ..observability.metrics import Metrics
from ..search.ingest import FORMATS, detect_format, loads_strict, parse_file, validate_products
from ..search.synonym_sets import CatalogSynonyms
from ..storage.store import CatalogStore
from ..text.synonyms import Synonyms
from .app import CATALOG, catalog_name, load_settings, main, open_catalogs
from .bmecat_load import load_bmecat


@main.command()
@CATALOG
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Default: from the file name, else sniffed.")
@click.option("--replace", is_flag=True, help="Make the catalog exactly the file's products (drop the others).")
@click.option("--if-empty", is_flag=True, help="Do nothing if the catalog already has products.")
def load(catalog: str, file: Path, fmt: str | None, replace: bool, if_empty: bool) -> None:
    """Build or refresh CATALOG from a CSV, JSON Lines or BMEcat (1.2, 2005) FILE, with its index (no size
    limit). A BMEcat file does what its transaction says: T_NEW_CATALOG replaces the catalog."""
    name = catalog_name(catalog)
    settings = load_settings()
    if if_empty:
        store = CatalogStore.open(settings.store_url, settings.data_dir)
        with store.read() as conn:
            existing = store.get_catalog(conn, name)
        if existing is not None and existing.product_count > 0:
            click.echo(f"catalog {name!r} already has {existing.product_count} products; left as is")
            return
    with file.open("rb") as fh:
        fmt = fmt or detect_format(file.name, None, fh.read(64))
    if fmt == "bmecat":
        if replace:
            raise click.UsageError("a BMEcat file's transaction says whether it replaces the catalog: no --replace")
        load_bmecat(name, file)
        return
    data = file.read_bytes()
    try:
        records = parse_file(data, fmt)
        products = validate_products(records, settings.max_description_chars, settings.max_metadata_bytes)
    except ProductSearchError as exc:
        raise click.ClickException(f"{file}: {exc.message} {json.dumps(exc.details)[:2000]}") from exc
    catalogs = open_catalogs(settings)
    started = time.perf_counter()
    with tqdm(total=len(products), unit="product", desc=f"embedding {name}", file=sys.stderr) as bar:
        try:
            outcome = catalogs.writer.upsert(name, products, replace=replace, progress=bar.update)
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
    name = catalog_name(catalog)
    catalogs = open_catalogs(load_settings())
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
    catalogs = open_catalogs(load_settings())
    try:
        used = catalogs.switching.rollback(catalog_name(catalog))
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"catalog {catalog!r}: rolled back to {used.ref} (generation {used.generation})")


@main.command()
@click.argument("catalog", metavar="[CATALOG]...", nargs=-1)
def index(catalog: tuple[str, ...]) -> None:
    """Rebuild index files from stored vectors (no re-encoding); all catalogs by default."""
    catalogs = open_catalogs(load_settings())
    names = [catalog_name(c) for c in catalog] or [c.name for c in catalogs.list_catalogs()]
    for name in names:
        try:
            started = time.perf_counter()
            built = catalogs.edits.rebuild_indexes(name)
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
    settings = load_settings()
    catalogs = open_catalogs(settings)
    mode = mode or settings.search_mode
    try:
        outcome = catalogs.search(
            catalog_name(catalog),
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


# Keys a synonyms file may hold besides "sets": a data file's note, and what `synonyms CATALOG` prints.
_SYNONYMS_NOTES = frozenset({"about", "catalog", "version"})


@main.command()
@CATALOG
@click.argument("file", type=click.File("rb"), required=False)
def synonyms(catalog: str, file: IO[bytes] | None) -> None:
    """Replace CATALOG's synonym sets with FILE's (- for stdin), or print them (no FILE) as JSON.

    FILE: {"sets": [["non-return valve", "check valve"], ["allen key", "hex key"]]}, each set equivalent
    terms; an "about" note is allowed (data/synonyms/*.json), and so is what this command prints (the same
    catalog's). The catalog gets a new version: every search after it uses the new sets.
    """
    name = catalog_name(catalog)
    settings = load_settings()
    if file is None:
        store = CatalogStore.open(settings.store_url, settings.data_dir)
        with store.read() as conn:
            row = store.get_catalog(conn, name)
            sets = store.synonyms(conn, name)
        if row is None:
            raise click.ClickException(f"catalog {name!r} does not exist")
        click.echo(json.dumps(CatalogSynonyms(name, row.version, sets).to_json(), indent=2, ensure_ascii=False))
        return
    sets = synonyms_file(file, name)
    try:
        outcome = open_catalogs(settings).edits.set_synonyms(name, sets)
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"catalog {name!r}: {len(outcome.synonyms.sets)} synonym sets, version {outcome.version}")


def synonyms_file(file: IO[bytes], catalog: str | None) -> Synonyms:
    """The sets of a synonyms file, or a ClickException saying what is wrong with it (each field's problem).
    ``catalog``: the one it is for, which a file printed from another catalog is not (None: any catalog's)."""
    where = str(getattr(file, "name", "<stdin>"))
    try:
        data = loads_strict(file.read().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise click.ClickException(f"{where}: not a JSON file: {exc}") from exc
    if not isinstance(data, dict) or "sets" not in data:
        raise click.ClickException(f'{where}: expected an object {{"sets": [[term, ...], ...]}}')
    if unknown := sorted(set(data) - _SYNONYMS_NOTES - {"sets"}):
        raise click.ClickException(
            f"{where}: unknown keys {unknown}; allowed: sets, {', '.join(sorted(_SYNONYMS_NOTES))}"
        )
    if catalog is not None and data.get("catalog", catalog) != catalog:
        raise click.ClickException(f"{where}: holds the synonyms of catalog {data['catalog']!r}, not {catalog!r}")
    try:
        return Synonyms.parse(data["sets"])
    except InvalidInput as exc:
        problems = [f"  {path}: {'; '.join(messages)}" for path, messages in exc.fields.items()]
        raise click.ClickException("\n".join([f"{where}: {exc.message}", *problems])) from exc


@main.command(name="list")
def list_catalogs() -> None:
    """List catalogs with their size, version and model fingerprint."""
    settings = load_settings()
    store = CatalogStore.open(settings.store_url, settings.data_dir)
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
    settings = load_settings()
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
