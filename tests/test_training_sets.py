"""data/training: what scripts/make_training_catalogs*.py write, byte for byte, with enough queries of every class.

Five generators, each written blind by its own author (none read the ranking code, the held-out or
development sets, or the other generators): one ontology per script, two or three styles each."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .support import ROOT

DATA = ROOT / "data" / "training"
WRITERS = {  # script -> the catalogs (styles) it writes
    "make_training_catalogs.py": ("marketplace", "erp", "sentences"),
    "make_training_catalogs_b.py": ("storefront", "brochure"),
    "make_training_catalogs_c.py": ("shorttext", "datasheet"),
    "make_training_catalogs_d.py": ("pricelist", "listing"),
    "make_training_catalogs_e.py": ("feed", "howto"),
}
STYLES = tuple(style for styles in WRITERS.values() for style in styles)
CLASSES = {
    "type_size", "type_material", "size_other_form", "size_missing", "typo",
    "code", "synonym", "accessory_not_asked", "accessory_asked", "type_once",
}  # fmt: skip
MINIMUM = {"train": 400, "dev": 120}


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def test_every_training_catalog_has_its_writer() -> None:
    assert sorted(p.name for p in DATA.iterdir() if p.is_dir()) == sorted(STYLES)


@pytest.mark.parametrize("script", sorted(WRITERS))
def test_the_committed_files_are_what_the_script_writes(script: str, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), str(tmp_path)], check=True, capture_output=True, timeout=120
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(WRITERS[script])
    for style in WRITERS[script]:
        assert _files(DATA / style) == _files(tmp_path / style)
        for rel in _files(DATA / style):
            assert (DATA / style / rel).read_bytes() == (tmp_path / style / rel).read_bytes(), f"{style}/{rel} differs"


@pytest.mark.parametrize("style", STYLES)
def test_each_split_has_enough_queries_of_every_class(style: str) -> None:
    folder = DATA / style
    queries = [json.loads(line) for line in (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines()]
    corpus = {json.loads(line)["_id"] for line in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()}
    assert 600 <= len(corpus) <= 1000
    texts: dict[str, set[str]] = {}
    for split, minimum in MINIMUM.items():
        mine = [q for q in queries if q["_id"].startswith(f"{split}-")]
        assert len(mine) >= minimum, (split, len(mine))
        assert {q["category"] for q in mine} == CLASSES, split
        qrels = (folder / "qrels" / f"{split}.tsv").read_text(encoding="utf-8")
        rows = [line.split("\t") for line in qrels.splitlines()]
        assert rows[0] == ["query-id", "corpus-id", "score"]
        assert all(int(score) in (1, 2) and pid in corpus for _, pid, score in rows[1:])
        assert {qid for qid, _, _ in rows[1:]} == {q["_id"] for q in mine}, "a query without a relevant product"
        texts[split] = {q["text"] for q in mine}
    assert not texts["train"] & texts["dev"], "a query text in both splits"
    gate = json.loads((folder / "gate.json").read_text(encoding="utf-8"))
    assert gate["splits"] == ["train", "dev"] and gate["about"]
