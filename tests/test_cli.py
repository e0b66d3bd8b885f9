"""The ``product-search`` CLI, run in-process with click's runner against a temp data dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from product_search.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "data"))
    return CliRunner()


def test_load_search_list_index(run: CliRunner, tmp_path: Path) -> None:
    result = run.invoke(main, ["load", "default", str(ROOT / "data" / "sample_products.csv")])
    assert result.exit_code == 0, result.output
    assert "300 products upserted" in result.output
    again = run.invoke(main, ["load", "default", str(ROOT / "data" / "sample_products.csv"), "--if-empty"])
    assert again.exit_code == 0 and "left as is" in again.output

    listed = run.invoke(main, ["list"])
    assert "default" in listed.output and "300 products" in listed.output

    found = run.invoke(main, ["search", "default", "What can I use to cut?", "--top-k", "3", "--json"])
    assert found.exit_code == 0, found.output
    body = json.loads(found.output)
    assert len(body["results"][0]) == 3
    filtered = run.invoke(main, ["search", "default", "drill", "--filter", "brand=Makita", "--json"])
    assert all(h["metadata"]["brand"] == "Makita" for h in json.loads(filtered.output)["results"][0])

    index_file = tmp_path / "data" / "indexes" / "default.faiss"
    index_file.unlink()
    rebuilt = run.invoke(main, ["index"])
    assert rebuilt.exit_code == 0 and "default: 300 vectors" in rebuilt.output
    assert index_file.is_file()


def test_reembed_switches_fingerprint(run: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv_path = tmp_path / "small.csv"
    csv_path.write_text("id,description\na,claw hammer\nb,circular saw\n")
    assert run.invoke(main, ["load", "small", str(csv_path)]).exit_code == 0
    monkeypatch.setenv("PRODUCT_SEARCH_QUERY_PROMPT", "query: ")
    refused = run.invoke(main, ["search", "small", "saw"])
    assert refused.exit_code != 0 and "reembed" in refused.output
    done = run.invoke(main, ["reembed", "small"])
    assert done.exit_code == 0, done.output and "2 products re-embedded" in done.output
    assert run.invoke(main, ["search", "small", "saw"]).exit_code == 0


def test_bad_input_is_a_clear_error(run: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,description\na,\xff\n")
    result = run.invoke(main, ["load", "x", str(bad)])
    assert result.exit_code == 1 and "UTF-8" in result.output
    assert run.invoke(main, ["load", "Bad Name", str(bad)]).exit_code == 2
    assert run.invoke(main, ["search", "missing", "x"]).exit_code == 1
