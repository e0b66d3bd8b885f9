"""docs/architecture.md stays true to the code: every module is named in its table, every module it names
exists, and every package is a layer of the contract `make lint` checks (the order itself: import-linter)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "product_search"
DOC = (ROOT / "docs" / "architecture.md").read_text()
# The module table: its first column's paths, relative to src/product_search.
TABLE = DOC[DOC.index("## Modules: one concept each") : DOC.index("**How does worker B learn")]


def _modules() -> set[str]:
    return {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"}


def _named() -> set[str]:
    first_column = [row.split("|")[1] for row in TABLE.splitlines() if row.startswith("| `")]
    return {name for cell in first_column for name in re.findall(r"`([\w/]+(?:\.py|/))`", cell)}


def test_the_module_table_names_every_module() -> None:
    named = _named()
    folders = {n for n in named if n.endswith("/")}  # a folder of static files and one module: the console
    missing = sorted(m for m in _modules() if m not in named and not any(m.startswith(f) for f in folders))
    assert not missing, f"modules docs/architecture.md does not name: {missing}"


def test_every_module_the_table_names_exists() -> None:
    gone = sorted(n for n in _named() if not (PACKAGE / n).exists())
    assert not gone, f"docs/architecture.md names modules that do not exist: {gone}"


def test_every_package_is_a_layer_of_the_checked_contract() -> None:
    """A new package outside the layers contract would escape `make lint`'s check of what imports what."""
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers" and "product_search.text" in c["layers"])
    layered = {name.strip() for layer in layers for name in layer.split("|")}
    packages = {f"product_search.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages - layered == set(), "packages outside the layers contract"
    for package in packages:
        assert f"`{package.removeprefix('product_search.')}/" in DOC, f"{package} has no place in the diagram or table"
