"""The ``product-search`` command group and what its commands share: settings, the catalog service."""

from __future__ import annotations

import click

from ..catalogs import Catalogs, check_catalog_name
from ..config import ConfigError, Settings
from ..encoding.encoder import ModelLoadError
from ..encoding.models import LoadedModels
from ..errors import ProductSearchError
from ..observability import logs
from ..storage.store import StoreError

CATALOG = click.argument("catalog", metavar="CATALOG")


def load_settings() -> Settings:
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    logs.configure("WARNING" if settings.log_level == "INFO" else settings.log_level)
    return settings


def open_catalogs(settings: Settings) -> Catalogs:
    try:
        catalogs = Catalogs.from_settings(settings, LoadedModels(settings))
        catalogs.bind_unbound()
        return catalogs
    except (ModelLoadError, StoreError, ProductSearchError) as exc:
        raise click.ClickException(str(exc)) from exc


def catalog_name(name: str) -> str:
    try:
        return check_catalog_name(name)
    except ProductSearchError as exc:
        raise click.BadParameter("must match [a-z0-9][a-z0-9_-]{0,63}", param_hint="CATALOG") from exc


@click.group()
@click.version_option(package_name="product-search")
def main() -> None:
    """Manage product-search catalogs. Settings come from PRODUCT_SEARCH_* variables."""
