"""The ``product-search`` CLI, run in-process with click's runner against a temp data dir."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from product_search.cli import main
from product_search.storage.store import CatalogStore
from product_search_harness.service import ServiceProcess

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
    assert len(body["results"][0]) == 3 and body["mode"] == "hybrid"
    model = run.invoke(main, ["search", "default", "ma-147", "--mode", "lexical", "--min-score", "0.99", "--json"])
    (hits,) = json.loads(model.output)["results"]
    assert [h["id"] for h in hits] == ["PWR-0000003"] and "identifier" in hits[0]["matched"]
    read = run.invoke(main, ["search", "default", "M8 bolt stainless", "--top-k", "1"])
    assert read.exit_code == 0, read.output
    assert "read as: 'M8' = dimension m8; type: hex bolt" in read.output and "Hex bolt M8x" in read.output
    filtered = run.invoke(main, ["search", "default", "drill", "--filter", "brand=Makita", "--json"])
    assert all(h["metadata"]["brand"] == "Makita" for h in json.loads(filtered.output)["results"][0])

    index_file = tmp_path / "data" / "indexes" / "default.g1.vectors"
    index_file.unlink()
    (tmp_path / "data" / "indexes" / "default.bm25").unlink()
    rebuilt = run.invoke(main, ["index"])
    assert rebuilt.exit_code == 0 and "default: 300 vectors" in rebuilt.output
    assert index_file.is_file() and (tmp_path / "data" / "indexes" / "default.bm25").is_file()


def test_migrate_and_rollback(run: CliRunner, tmp_path: Path) -> None:
    csv_path = tmp_path / "small.csv"
    csv_path.write_text("id,description\na,claw hammer\nb,circular saw\n")
    assert run.invoke(main, ["load", "small", str(csv_path)]).exit_code == 0
    refused = run.invoke(main, ["rollback", "small"])
    assert refused.exit_code == 1 and "retains no previous generation" in refused.output
    done = run.invoke(main, ["migrate", "small", "all-minilm-l6-v2:1"])
    assert done.exit_code == 0 and "2 products migrated" in done.output, done.output
    unknown = run.invoke(main, ["migrate", "small", "no-such-model:3"])
    assert unknown.exit_code == 1 and "not in the repository" in unknown.output
    back = run.invoke(main, ["rollback", "small"])
    assert back.exit_code == 0 and "rolled back to all-minilm-l6-v2:1" in back.output, back.output
    assert run.invoke(main, ["search", "small", "saw"]).exit_code == 0


def test_bad_input_is_a_clear_error(run: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,description\na,\xff\n")
    result = run.invoke(main, ["load", "x", str(bad)])
    assert result.exit_code == 1 and "UTF-8" in result.output
    assert run.invoke(main, ["load", "Bad Name", str(bad)]).exit_code == 2
    assert run.invoke(main, ["search", "missing", "x"]).exit_code == 1


def test_synonyms_from_a_data_file_or_stdin_and_printed(run: CliRunner, tmp_path: Path) -> None:
    csv_path = tmp_path / "small.csv"
    csv_path.write_text("id,description\na,check valve 1/2 inch brass\nb,hex key set metric\n")
    assert run.invoke(main, ["load", "small", str(csv_path)]).exit_code == 0
    assert json.loads(run.invoke(main, ["synonyms", "small"]).output)["sets"] == []
    data_file = tmp_path / "hardware-en.json"  # the format of data/synonyms/*.json
    sets = [["non-return valve", "check valve"], ["Allen key", "hex key"]]
    data_file.write_text(json.dumps({"about": "hardware terms, English", "sets": sets}))
    done = run.invoke(main, ["synonyms", "small", str(data_file)])
    assert done.exit_code == 0, done.output
    shown = run.invoke(main, ["synonyms", "small"])
    printed = json.loads(shown.output)
    assert printed["catalog"] == "small" and printed["sets"] == [sets[0], ["allen key", "hex key"]]
    assert f"2 synonym sets, version {printed['version']}" in done.output
    exported = tmp_path / "exported.json"  # what it prints loads again (into the same catalog only)
    exported.write_text(shown.output)
    assert f"version {printed['version'] + 1}" in run.invoke(main, ["synonyms", "small", str(exported)]).output
    piped = run.invoke(main, ["synonyms", "small", "-"], input='{"sets": [["spanner", "wrench"]]}')
    assert piped.exit_code == 0 and "1 synonym sets" in piped.output, piped.output
    version = json.loads(run.invoke(main, ["synonyms", "small"]).output)["version"]

    refused = run.invoke(main, ["synonyms", "small", "-"], input='{"sets": [["hex key"], ["a", ""]]}')
    assert refused.exit_code == 1 and "2 problem(s) in the synonym sets" in refused.output
    assert (
        "sets.0: needs at least 2 different terms" in refused.output and "sets.1.1: must not be empty" in refused.output
    )
    for text, message in [
        ("{", "not a JSON file"),
        ('[["a", "b"]]', "expected an object"),
        ('{"sets": [], "set": []}', "unknown keys ['set']"),
        ('{"catalog": "other", "sets": []}', "holds the synonyms of catalog 'other'"),
    ]:
        result = run.invoke(main, ["synonyms", "small", "-"], input=text)
        assert result.exit_code == 1 and message in result.output, (text, result.output)
    assert json.loads(run.invoke(main, ["synonyms", "small"]).output)["version"] == version, "nothing changed"
    assert run.invoke(main, ["synonyms", "missing"]).exit_code == 1
    assert "does not exist" in run.invoke(main, ["synonyms", "missing", str(data_file)]).output
    assert run.invoke(main, ["synonyms", "small", str(tmp_path / "nope.json")]).exit_code == 2


def test_bundled_canary_passes_on_the_sample_catalog(
    run: CliRunner, tmp_path: Path, gunicorn_factory: Callable[..., ServiceProcess]
) -> None:
    assert run.invoke(main, ["load", "default", str(ROOT / "data" / "sample_products.csv")]).exit_code == 0
    server = gunicorn_factory(workers=1, data_dir=tmp_path / "data")
    result = run.invoke(main, ["canary", "--url", server.url, "--golden", str(ROOT / "data" / "canary.jsonl")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["hit_rate"] == 1.0 and report["queries"] == 13 and report["errors"] == 0


def test_canary_reports_bad_golden_files_and_unreachable_services(run: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"query": "saw", "expected": ["a"]}\n{"query": "", "expected": ["b"]}\n')
    result = run.invoke(main, ["canary", "--golden", str(bad)])
    assert result.exit_code == 1 and "bad.jsonl:2: query must be a non-empty string" in result.output
    good = tmp_path / "good.jsonl"
    good.write_text('{"query": "saw", "expected": ["a"]}\n')
    down = run.invoke(main, ["canary", "--url", "http://127.0.0.1:9", "--golden", str(good), "--timeout", "2"])
    assert down.exit_code == 1 and "1 errors" in down.output
    assert json.loads(down.output[: down.output.rindex("}") + 1])["misses"][0]["error"]
    scheme = run.invoke(main, ["canary", "--url", "file:///etc/passwd", "--golden", str(good)])
    assert scheme.exit_code == 2 and "must be http(s)" in scheme.output


def test_copy_an_sqlite_store_into_postgresql_then_work_on_it(
    run: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    """The CLI on either store: an SQLite data dir copied into PostgreSQL (vectors as stored, nothing
    encoded), then load, index, migrate and rollback against PostgreSQL."""
    lines = tmp_path / "small.jsonl"
    classified = {
        "classes": [{"id": "EC000180", "name": "Hexagon bolt"}],
        "features": [{"name": "Length", "values": [40]}],
    }
    lines.write_text(
        '{"id": "a", "description": "claw hammer"}\n{"id": "b", "description": "circular saw"}\n'
        + json.dumps({"id": "c", "description": "hex bolt M8x40 zinc plated", "metadata": classified})
        + "\n"
    )
    assert run.invoke(main, ["load", "small", str(lines)]).exit_code == 0
    assert run.invoke(main, ["synonyms", "small", "-"], input='{"sets": [["hex bolt", "hexagon bolt"]]}').exit_code == 0
    query = ["search", "small", "M8 bolt", "--json"]
    before = json.loads(run.invoke(main, query).output)

    monkeypatch.setenv("PRODUCT_SEARCH_STORE_URL", pg_url)
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "node"))
    copied = run.invoke(main, ["copy-store", str(tmp_path / "data")])
    assert copied.exit_code == 0, copied.output
    assert "1 catalogs, 1 generations, 3 products, 3 vectors" in copied.output and "***" not in pg_url
    sqlite_store = CatalogStore(tmp_path / "data" / "catalogs.sqlite3")
    pg_store = CatalogStore.open(pg_url, tmp_path)
    with sqlite_store.read() as a, pg_store.read() as b:
        gen = sqlite_store.get_catalog(a, "small")
        assert gen is not None and pg_store.get_catalog(b, "small") == gen, "the same catalog row, version included"
        assert pg_store.synonyms(b, "small").to_json() == [["hex bolt", "hexagon bolt"]], "synonyms included"
        ((keys_a, vectors_a),) = sqlite_store.iter_vectors(a, gen.generation, gen.dimension)
        ((keys_b, vectors_b),) = pg_store.iter_vectors(b, gen.generation, gen.dimension)
        kept = {"class": "ec000180", "feature": {"length": {"gte": 40}}}
        assert pg_store.filtered_pks(b, "small", kept).tolist() == sqlite_store.filtered_pks(a, "small", kept).tolist()
        assert len(sqlite_store.filtered_pks(a, "small", kept)) == 1, "the structure tables copied"
    assert keys_a.tolist() == keys_b.tolist() and vectors_a.tobytes() == vectors_b.tobytes()
    after = json.loads(run.invoke(main, query).output)
    assert after["results"] == before["results"] and after["version"] == before["version"]

    again = run.invoke(main, ["copy-store", str(tmp_path / "data")])
    assert again.exit_code == 1 and "already holds catalogs" in again.output
    keyed = tmp_path / "keyed"
    monkeypatch.setenv("PRODUCT_SEARCH_STORE_URL", f"sqlite:///{keyed / 'catalogs.sqlite3'}")
    keyed.mkdir()
    assert run.invoke(main, ["keys", "create", "--name", "k", "--actions", "read", "--catalogs", "*"]).exit_code == 0
    merged = run.invoke(main, ["copy-store", str(tmp_path / "data")])
    assert merged.exit_code == 1 and "already holds API keys" in merged.output, "keys are never merged"
    monkeypatch.setenv("PRODUCT_SEARCH_STORE_URL", pg_url)
    more = tmp_path / "more.csv"
    more.write_text("id,description\nd,hex nut M8 stainless\n")
    loaded = run.invoke(main, ["load", "small", str(more)])
    assert loaded.exit_code == 0 and f"version {gen.version + 1}" in loaded.output, "versions continue"
    assert run.invoke(main, ["index"]).exit_code == 0
    migrated = run.invoke(main, ["migrate", "small", "all-minilm-l6-v2:1"])
    assert migrated.exit_code == 0 and "4 products migrated" in migrated.output, migrated.output
    back = run.invoke(main, ["rollback", "small"])
    assert back.exit_code == 0 and "rolled back" in back.output, back.output
    hits = json.loads(run.invoke(main, ["search", "small", "M8 nut", "--json"]).output)["results"][0]
    assert hits[0]["id"] == "d"
    pg_store.close()
