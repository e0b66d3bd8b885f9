"""``product-search`` command line: build catalogs offline, migrate them, rebuild indexes, search; the model
repository. ``main`` is the entry point (pyproject.toml) and ``python -m product_search.cli``."""

from . import catalogs, keys, models, stores  # noqa: F401 (importing them registers their commands on ``main``)
from .app import main

__all__ = ["main"]
