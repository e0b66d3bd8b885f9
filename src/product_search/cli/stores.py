"""Store commands: copy a whole store into the configured one (an SQLite data dir into PostgreSQL)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from ..storage.store import CatalogStore, StoreError
from ..storage.transfer import copy_store
from .app import load_settings, main


@main.command("copy-store")
@click.argument("source", metavar="SOURCE")
def copy_store_command(source: str) -> None:
    """Copy every catalog of SOURCE (a data dir, sqlite:///FILE or postgresql://...) into the store that
    PRODUCT_SEARCH_STORE_URL names, vectors included: nothing is re-encoded. The target must hold no catalog."""
    settings = load_settings()
    if "://" in source:
        origin = CatalogStore.open(source, settings.data_dir)
    else:
        path = Path(source) / "catalogs.sqlite3" if Path(source).is_dir() else Path(source)
        if not path.is_file():
            raise click.BadParameter(f"{source}: no catalogs.sqlite3 there", param_hint="SOURCE")
        origin = CatalogStore(path)
    target = CatalogStore.open(settings.store_url, settings.data_dir)
    if origin.db.describe == target.db.describe:
        raise click.BadParameter("SOURCE is the configured store itself", param_hint="SOURCE")
    bars: dict[str, tqdm[None]] = {}

    def progress(table: str, rows: int) -> None:
        if table not in bars:
            bars[table] = tqdm(unit="row", desc=table, file=sys.stderr)
        bars[table].update(rows)

    try:
        report = copy_store(origin, target, progress)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        for bar in bars.values():
            bar.close()
    counts = ", ".join(f"{n} {table}" for table, n in report.rows.items())
    click.echo(f"copied {origin.db.describe} into {target.db.describe}: {counts}")
