"""The held-out catalogs in other styles (data/heldout, scripts/make_heldout_catalogs.py; issue 28).

Three catalogs development never saw (marketplace titles, ERP short texts, prose sentences), each with
buyer queries graded before the ranking was measured on them; `make quality-gate` runs each against its
gate.json and their union against data/heldout/gate.json. These tests keep the files what their generator
writes, and the sets what they claim to be.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "data" / "heldout"
CATALOGS = ["marketplace", "erp", "sentences"]
CLASSES = {
    "type_size",
    "type_material",
    "size_other_form",
    "size_missing",
    "typo",
    "code",
    "synonym",
    "accessory_not_asked",
    "accessory_asked",
    "type_once",
}


def _jsonl(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _qrels(path: Path) -> list[tuple[str, str, int]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert rows[0] == ["query-id", "corpus-id", "score"]
    return [(q, c, int(s)) for q, c, s in rows[1:]]


def test_the_sets_are_what_their_generator_writes(tmp_path: Path) -> None:
    """Every committed file, gate.json included, is byte for byte what the script writes; nothing else is there."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_heldout_catalogs.py"), str(tmp_path)], check=True)
    committed = sorted(p.relative_to(HELDOUT) for p in HELDOUT.rglob("*") if p.is_file())
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert committed == written
    for relative in written:
        assert (HELDOUT / relative).read_bytes() == (tmp_path / relative).read_bytes(), relative


@pytest.mark.parametrize("name", CATALOGS)
def test_each_catalog_is_a_graded_beir_set(name: str) -> None:
    folder = HELDOUT / name
    corpus = _jsonl(folder / "corpus.jsonl")
    queries = _jsonl(folder / "queries.jsonl")
    qrels = _qrels(folder / "qrels" / "test.tsv")
    gate = json.loads((folder / "gate.json").read_text(encoding="utf-8"))

    assert 120 <= len(corpus) <= 250
    assert all(set(doc) == {"_id", "title", "text"} and doc["text"] for doc in corpus)
    doc_ids = [doc["_id"] for doc in corpus]
    assert len(set(doc_ids)) == len(doc_ids), "product ids are unique"
    assert len({doc["text"] for doc in corpus}) == len(corpus), "no product is listed twice"

    assert len(queries) >= 40
    assert all(set(q) == {"_id", "text", "category"} for q in queries)
    query_ids = [q["_id"] for q in queries]
    assert len(set(query_ids)) == len(query_ids), "query ids are unique"
    assert len({q["text"].lower() for q in queries}) == len(queries), "no query is asked twice"
    classes = Counter(q["category"] for q in queries)
    assert set(classes) == CLASSES, classes
    assert min(classes.values()) >= 4, classes

    pairs = [(q, c) for q, c, _ in qrels]
    assert len(set(pairs)) == len(pairs), "one grade per query and product"
    assert {q for q, _ in pairs} <= set(query_ids)
    assert {c for _, c in pairs} <= set(doc_ids)
    assert {s for _, _, s in qrels} <= {1, 2}
    judged = Counter(q for q, _, s in qrels if s >= 1)
    assert all(judged[qid] >= 1 for qid in query_ids), [qid for qid in query_ids if not judged[qid]]
    category = {q["_id"]: q["category"] for q in queries}
    assert not [q for q, _, s in qrels if s == 2 and category[q] == "size_missing"], "a missing size has no grade 2"
    assert all(judged[q] <= 2 for q in query_ids if category[q] == "type_once"), "a type listed once or twice"

    assert gate["split"] == "test"
    assert gate["about"]
    assert gate["minimum"]["hybrid"]["all"]["hit@1"] >= 0.8
    assert gate["at_least_as_good_as"]["hybrid"]["mode"] == "dense", "the default mode is judged against the model"


def test_the_union_gate_names_every_catalog() -> None:
    gate = json.loads((HELDOUT / "gate.json").read_text(encoding="utf-8"))
    assert gate["sets"] == [f"data/heldout/{name}" for name in CATALOGS] and gate["split"] == "test"
    assert gate["minimum"]["hybrid"]["union"]["hit@1"] >= 0.85


def test_the_held_out_catalogs_are_not_the_development_style() -> None:
    """No product text of the development catalog is in any held-out catalog."""
    with (ROOT / "data" / "sample_products.csv").open(encoding="utf-8", newline="") as fh:
        development = {row["description"] for row in csv.DictReader(fh)}
    for name in CATALOGS:
        texts = {doc["text"] for doc in _jsonl(HELDOUT / name / "corpus.jsonl")}
        assert not texts & development, name
