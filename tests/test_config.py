"""Settings are declared once: docs/configuration.md's table and the API's texts state the same defaults."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from product_search.config import DEFAULTS, PREFIX, ConfigError, ServerSettings, Settings, variables

TABLE = Path(__file__).resolve().parents[1] / "docs" / "configuration.md"
# Defaults that follow another setting: the table says which.
DERIVED = {"PRODUCT_SEARCH_MAX_DESCRIPTIONS": "= max upload"}


def documented_table() -> dict[str, str]:
    """Variable -> the table's default cell, from the configuration table."""
    section = TABLE.read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for cell, default in re.findall(r"^\| (`[^|]+?) \| ([^|]+?) \|", section, re.M):
        names = re.sub(r"\(or [^)]*\)", "", cell)  # an alias: PRODUCT_SEARCH_WORKERS (or WEB_CONCURRENCY)
        found = [n if not n.startswith("_") else PREFIX + n[1:] for n in re.findall(r"`(_?[A-Z][A-Z0-9_]*)`", names)]
        parts = re.split(r" / |, ", default) if len(found) > 1 else [default]
        if len(parts) == 1:
            parts = parts * len(found)  # one default stated for all
        assert len(parts) == len(found), f"table row {names!r}: {len(found)} variables, {len(parts)} defaults"
        out.update(zip(found, (p.strip() for p in parts), strict=True))
    return out


def check_stated(variable: str, cell: str, default: Any) -> None:
    if variable in DERIVED:
        assert cell.startswith(DERIVED[variable]), (variable, cell)
        return
    words = cell.split()
    token = words[0].strip("`")
    if isinstance(default, int | float) and not isinstance(default, bool):
        try:
            value = float(token)
        except ValueError:  # an automatic rule stated in words ("cores ÷ workers") stands for 0
            assert default == 0, (variable, cell, default)
            return
        if len(words) > 1 and words[1] == "MiB":
            value *= 1024 * 1024
        assert value == default, (variable, cell, default)
    elif isinstance(default, str | Path) and str(default):
        assert token == str(default), (variable, cell, default)
    else:  # None, "" or no keys: what happens instead, in words
        assert not token[:1].isdigit(), (variable, cell, default)


def test_the_configuration_table_matches_the_settings() -> None:
    table = documented_table()
    declared = variables()
    assert set(table) == set(declared), (
        f"in docs/configuration.md only: {sorted(set(table) - set(declared))}; "
        f"in the settings only: {sorted(set(declared) - set(table))}"
    )
    for variable, (_field, default) in declared.items():
        check_stated(variable, table[variable], default)


def test_the_table_check_catches_a_changed_default() -> None:
    with pytest.raises(AssertionError):
        check_stated("PRODUCT_SEARCH_MAX_QUERIES", "512", 256)
    with pytest.raises(AssertionError):
        check_stated("PRODUCT_SEARCH_MAX_BODY_BYTES", "16 MiB", 32 * 1024 * 1024)
    with pytest.raises(AssertionError):
        check_stated("PRODUCT_SEARCH_SEARCH_MODE", "`dense`", "hybrid")


def test_unset_and_blank_variables_keep_the_declared_defaults() -> None:
    for env in ({}, dict.fromkeys(variables(), "  ")):
        settings = Settings.from_env(env)
        for name in ("max_queries", "max_top_k", "search_mode", "fusion", "data_dir", "log_level", "min_score"):
            assert getattr(settings, name) == getattr(DEFAULTS, name), name
        assert settings.model_path, "the packaged model when none is configured"
    server = ServerSettings.from_env({})
    assert (server.bind, server.workers, server.threads) == ("0.0.0.0:8000", 2, 16)


def test_derived_defaults() -> None:
    assert Settings.from_env({"PRODUCT_SEARCH_MAX_UPLOAD": "10"}).max_descriptions == 10
    assert (
        Settings.from_env({"PRODUCT_SEARCH_MAX_UPLOAD": "10", "PRODUCT_SEARCH_MAX_DESCRIPTIONS": "7"}).max_descriptions
        == 7
    )
    assert ServerSettings.from_env({"WEB_CONCURRENCY": "3"}).workers == 3
    assert ServerSettings.from_env({"WEB_CONCURRENCY": "3", "PRODUCT_SEARCH_WORKERS": "1"}).workers == 1
    one = ServerSettings.from_env({"PRODUCT_SEARCH_WORKERS": "1"})
    assert one.torch_threads == (os.cpu_count() or 1), "one worker gets every core"
    assert ServerSettings.from_env({"PRODUCT_SEARCH_TORCH_THREADS": "3"}).torch_threads == 3


def test_sizes_and_a_store_url_whose_password_never_reaches_a_log() -> None:
    sizes = {"0": 0, "1048576": 1 << 20, "512M": 512 << 20, "2G": 2 << 30, "1.5GiB": 3 << 29, "64kb": 64 << 10}
    for raw, expected in sizes.items():
        assert Settings.from_env({"PRODUCT_SEARCH_INDEX_MEMORY": raw}).index_memory == expected, raw
    url = "postgresql://search:s3cret@db.internal:5432/catalogs"
    settings = Settings.from_env({"PRODUCT_SEARCH_STORE_URL": url})
    assert settings.store_url == url
    assert settings.redacted()["store_url"] == "postgresql://search:***@db.internal:5432/catalogs"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PRODUCT_SEARCH_MAX_QUERIES": "many"}, "PRODUCT_SEARCH_MAX_QUERIES must be an integer"),
        ({"PRODUCT_SEARCH_MAX_QUERIES": "0"}, "PRODUCT_SEARCH_MAX_QUERIES must be >= 1"),
        ({"PRODUCT_SEARCH_QUEUE_TIMEOUT": "soon"}, "PRODUCT_SEARCH_QUEUE_TIMEOUT must be a number"),
        ({"PRODUCT_SEARCH_BACKEND": "Tensorflow"}, "PRODUCT_SEARCH_BACKEND must be one of torch, onnx, onnx-int8"),
        ({"PORT": "http"}, "PORT must be an integer"),
        ({"PRODUCT_SEARCH_INDEX_MEMORY": "lots"}, "PRODUCT_SEARCH_INDEX_MEMORY must be a size such as 512M"),
        ({"PRODUCT_SEARCH_INDEX_MEMORY": "-1G"}, "PRODUCT_SEARCH_INDEX_MEMORY must not be negative"),
    ],
)
def test_errors_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        if "PORT" in env:
            ServerSettings.from_env(env)
        else:
            Settings.from_env(env)
