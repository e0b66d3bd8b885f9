"""LexicalIndex (BM25) and its consistency with the store: updates, files, other processes, restarts."""

from __future__ import annotations

import random
from pathlib import Path

import bm25s
import numpy as np
import pytest

from product_search.catalogs import Catalogs
from product_search.encoding.models import LoadedModels
from product_search.index.descriptions import analyze, read_descriptions
from product_search.index.indexfile import IndexFileError, IndexStamp
from product_search.index.lexical_index import K1, B, LexicalIndex
from product_search.index.term_table import TermTable
from product_search.storage.store import NewProduct
from product_search_harness.synthetic import generate

STAMP = IndexStamp("inst", "c", 3, "fp", 4)
TEXTS = {
    10: "Hex head screw M8x40 DIN 933, zinc plated",
    11: "Hex nut M8 DIN 934, stainless steel",
    12: "Cordless drill driver 18V with two batteries",
    13: "Claw hammer with fibreglass handle",
}


def test_analysis_stems_drops_stop_words_and_adds_identifiers() -> None:
    assert analyze("The drills for screws, M8 x 40") == ["drill", "screw", "m8", "x", "40", "#dimension:m8x40"]


def test_scores_are_relative_to_the_best_possible() -> None:
    index = LexicalIndex.build(STAMP, TEXTS.items())
    match = index.match("hex nut m8")
    rows = {int(pk): row for row, pk in enumerate(index.pks)}
    assert 0 < match.scores[rows[10]] < match.scores[rows[11]] <= 1.0
    assert match.scores[rows[12]] == 0 and match.scores[rows[13]] == 0
    assert match.query.keys == ["dimension:m8"]
    # M8 is a size asked alone: the M8 nut has it, and so has the M8x40 screw (its thread; the type decides).
    assert match.facts.attributes[rows[11]] == 1.0 and match.facts.attributes[rows[10]] == 1.0
    assert index.match("m8x40").facts.attributes[rows[11]] == 0.5, "a length asked: the plain M8 only half"
    # A query term no product has lowers every score instead of being ignored.
    assert index.match("hex nut m8 titanium").scores[rows[11]] < match.scores[rows[11]]
    assert not index.match("banana").scores.any()


def test_filter_and_update_and_file_roundtrip(tmp_path: Path) -> None:
    index = LexicalIndex.build(STAMP, TEXTS.items())
    only = index.match("hex", allowed=np.array([11], dtype=np.int64))
    assert [int(index.pks[r]) for r in np.flatnonzero(only.scores)] == [11]
    newer = IndexStamp("inst", "c", 4, "fp", 4)
    updated = index.updated(newer, np.array([13], dtype=np.int64), [(12, "Claw hammer 450 g"), (14, "Hex key set")])
    assert list(updated.pks) == [10, 11, 12, 14]
    assert index.size == 4 and 13 in index.pks, "the original stays untouched for readers"
    texts = {pk: t for pk, t in TEXTS.items() if pk != 13} | {12: "Claw hammer 450 g", 14: "Hex key set"}
    rebuilt = LexicalIndex.build(newer, sorted(texts.items()))
    # Texts analyzed ahead (a write does it while the model encodes) give the same index.
    ahead = index.updated(newer, np.array([13]), [(12, "Claw hammer 450 g"), (14, "Hex key set")],
                          read_descriptions(["Hex key set", "Claw hammer 450 g", "unused"]))  # fmt: skip
    for query in ("claw hammer", "hex", "m8x40 din 933"):
        np.testing.assert_allclose(updated.match(query).scores, rebuilt.match(query).scores, rtol=1e-6)
        np.testing.assert_array_equal(ahead.match(query).scores, updated.match(query).scores)
    path = tmp_path / "c.bm25"
    updated.save(path)
    loaded = LexicalIndex.load(path, newer)
    np.testing.assert_array_equal(loaded.match("hex m8").scores, updated.match("hex m8").scores)
    with pytest.raises(IndexFileError):
        LexicalIndex.load(path, STAMP)  # stale stamp
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(IndexFileError):
        LexicalIndex.load(path, newer)


def test_other_processes_and_restarts_see_each_write(tmp_path: Path, models: LoadedModels) -> None:
    one, reader = Catalogs(tmp_path, models), Catalogs(tmp_path, models)  # two workers
    one.writer.upsert("c", [NewProduct("a", "claw hammer", None), NewProduct("b", "hand saw", None)])
    assert [h.id for h in reader.search("c", ["saw"], 5, mode="lexical").results[0]] == ["b"]
    one.writer.upsert("c", [NewProduct("d", "hack saw for metal", None)])
    one.edits.delete_products("c", ["b"])
    assert [h.id for h in reader.search("c", ["saw"], 5, mode="lexical").results[0]] == ["d"]
    assert reader.counters["lexical_builds"] == 0, "the writer's file is loaded, never rebuilt"
    (tmp_path / "indexes" / "c.bm25").write_bytes(b"garbage")
    restarted = Catalogs(tmp_path, models)
    assert [h.id for h in restarted.search("c", ["saw"], 5, mode="lexical").results[0]] == ["d"]
    assert restarted.counters["lexical_builds"] == 1 and restarted.counters["documents_encoded"] == 0
    one.edits.delete_catalog("c")
    assert not (tmp_path / "indexes" / "c.bm25").exists()


def test_scores_of_a_few_rows_equal_the_full_match() -> None:
    index = LexicalIndex.build(STAMP, TEXTS.items())
    rows = np.array([3, 0, 1], dtype=np.int64)
    for query in ("hex nut m8 hex", "M8x40 DIN 933 screw", "drill 18V", "titanium"):
        full = index.match(query)
        part = index.match_rows(query, rows)
        np.testing.assert_allclose(part.scores, full.scores[rows], rtol=1e-6)
        for name in ("strong_own", "strong_accessory", "standard", "attributes", "kind"):
            np.testing.assert_array_equal(getattr(part.facts, name), getattr(full.facts, name)[rows], name)


def test_refreshes_keep_tokens_and_changed_texts_are_reanalyzed(tmp_path: Path, models: LoadedModels) -> None:
    catalogs = Catalogs(tmp_path, models)
    catalogs.writer.upsert("c", [NewProduct("a", "claw hammer", None), NewProduct("b", "hand saw", None)])
    catalogs.writer.upsert(
        "c", [NewProduct("a", "claw hammer", {"price": 9}), NewProduct("b", "hand saw", {"price": 7})]
    )
    assert catalogs.counters["lexical_restamps"] == 1, "a metadata refresh needs no BM25 work"
    assert [h.id for h in catalogs.search("c", ["hammer"], 5, mode="lexical").results[0]] == ["a"]
    catalogs.writer.upsert("c", [NewProduct("a", "sledge hammer", None), NewProduct("b", "hand saw", None)])
    assert catalogs.counters["lexical_restamps"] == 1
    assert [h.id for h in catalogs.search("c", ["sledge"], 5, mode="lexical").results[0]] == ["a"]
    assert catalogs.search("c", ["claw"], 5, mode="lexical").results[0] == []
    fresh = Catalogs(tmp_path, models)  # another process reads the saved file
    assert [h.id for h in fresh.search("c", ["sledge"], 5, mode="lexical").results[0]] == ["a"]
    assert fresh.counters["lexical_builds"] == 0


def test_term_tables_map_every_term_and_take_added_ones_on_top(tmp_path: Path) -> None:
    terms = {"": 0, "bolt": 1, "#part:632084": 2, "ß": 3, "漢字": 4, "\udcff": 5}  # an escaped byte too
    terms |= {f"#part:{n}": len(terms) + i for i, n in enumerate(range(100000, 103000))}  # collisions happen
    table = TermTable.of(terms)
    assert len(table) == len(terms) and dict(table.items()) == terms
    assert all(table[t] == i for t, i in terms.items())
    assert table.get("nut") is None and "nut" not in table and table.get("nut", -1) == -1
    more = table.plus({"nut": len(terms)})
    assert more["nut"] == len(terms) and "nut" not in table, "the table itself is left as it was"
    arrays = more.arrays("v")
    loaded = TermTable.load(arrays, "v")
    assert dict(loaded.items()) == {**terms, "nut": len(terms)}
    with pytest.raises(ValueError, match="do not fit"):
        TermTable.load({**arrays, "v_offsets": arrays["v_offsets"][:-1]}, "v")
    parts = sorted(i for t, i in terms.items() if t.startswith("#part:"))
    assert more.with_prefix("#part:").tolist() == parts and more.with_prefix("n").tolist() == [len(terms)]
    assert table.with_prefix("#part:10299").tolist() == [terms["#part:102990"] + k for k in range(10)]
    assert table.with_prefix("zz").tolist() == [] and len(table.with_prefix("")) == len(terms)
    # Many at once (a speller's edits), each as get() finds it: held, absent, added on top, and none at all.
    asked = [*terms, "nut", "nuts", "#part:99999", "\udcfe"]
    assert more.ids(asked).tolist() == [more.get(t, -1) for t in asked] == [*terms.values(), len(terms), -1, -1, -1]
    assert more.ids([]).tolist() == [] and loaded.ids(asked).tolist() == more.ids(asked).tolist()
    # Arrays of another byte order are read as their numbers say; arrays of no integers are refused.
    swapped = {k: v if k == "v_blob" else v.astype(v.dtype.newbyteorder(">")) for k, v in arrays.items()}
    assert TermTable.load(swapped, "v").ids(asked).tolist() == more.ids(asked).tolist()
    with pytest.raises(ValueError, match="do not fit"):
        TermTable.load({**arrays, "v_slots": arrays["v_slots"].astype(np.float64)}, "v")


def test_a_merged_term_table_has_the_arrays_a_fresh_one_of_its_terms_has() -> None:
    """Merging appends the added terms and hashes only them into the slots (all again only where the slots grow):
    the arrays a file gets are those :meth:`TermTable.of` makes of the same terms, through chains of writes, and a
    term already in the table is refused as :meth:`TermTable.of` refuses it."""
    rng = random.Random(31)
    table = TermTable.of({"": 0})
    for step in range(40):
        added = {f"w{step}-{k}-{rng.randrange(10**6)}": len(table) + k for k in range(rng.choice([1, 3, 40, 300]))}
        table = table.plus(added)
        if step % 3:  # written: the next write adds on top of the merged arrays
            merged = table.merged()
            fresh = TermTable.of(dict(table.items()))
            for name, array in merged.arrays("v").items():
                np.testing.assert_array_equal(array, fresh.arrays("v")[name], err_msg=f"step {step}: {name}")
            assert merged.merged() is merged and not merged._extra
            table = TermTable.load(merged.arrays("v"), "v")  # as a process holds it after the file is written
    assert dict(table.items()) == dict(TermTable.of(dict(table.items())).items())
    with pytest.raises(ValueError, match="continue"):
        table.plus({"gap": len(table) + 1}).merged()
    with pytest.raises(ValueError, match="already"):
        table.plus({"": len(table)}).merged()


def test_a_loaded_lexical_index_maps_its_vocabularies(tmp_path: Path) -> None:
    """Nothing of the vocabulary is parsed into private memory: every worker shares the file's pages."""
    index = LexicalIndex.build(STAMP, TEXTS.items())
    path = tmp_path / "c.bm25"
    index.save(path)
    loaded = LexicalIndex.load(path, STAMP)
    for table in (loaded._vocab, loaded.facts.vocab):
        assert isinstance(table, TermTable) and not table._blob.flags.owndata and not table._slots.flags.writeable
    assert not loaded.facts._rows.flags.writeable, "fact postings come from the file, not computed per process"
    assert all(a.flags.aligned for a in (loaded._data, loaded._indices, loaded.facts._rows, loaded._vocab._slots))
    np.testing.assert_array_equal(loaded.match("hex nut m8").scores, index.match("hex nut m8").scores)
    newer = loaded.updated(IndexStamp("inst", "c", 4, "fp", 4), np.array([10]), [(14, "Hex nut M10 DIN 934 brass")])
    assert newer.match("m10 brass nut").scores.argmax() == list(newer.pks).index(14)
    assert "brass" not in loaded._vocab, "an update extends a copy"


def _catalog(count: int, seed: int) -> dict[int, str]:
    return {n: p.description for n, p in enumerate(generate(count, seed, part_numbers=True), start=1)}


def test_bm25_scores_are_those_of_bm25s() -> None:
    """The score matrix is computed in arrays (memory flat in the catalog); it is bm25s' Lucene BM25."""
    index = LexicalIndex.build(STAMP, sorted(_catalog(3000, 7).items()))
    tokens, offsets = index._tokens, index._offsets
    docs = [tokens[offsets[i] : offsets[i + 1]].tolist() for i in range(len(offsets) - 1)]
    reference = bm25s.BM25(k1=K1, b=B)
    terms = len(index._vocab)
    reference.index((docs, {i: i for i in range(terms)}), create_empty_token=False, show_progress=False)
    indptr = np.asarray(reference.scores["indptr"])
    np.testing.assert_array_equal(indptr, index._indptr)
    for t in range(terms):  # bm25s leaves the rows of a column in its own order
        start, end = indptr[t], indptr[t + 1]
        mine = np.argsort(index._indices[start:end])
        theirs = np.argsort(reference.scores["indices"][start:end])
        np.testing.assert_array_equal(index._indices[start:end][mine], reference.scores["indices"][start:end][theirs])
        # The same float64 arithmetic; a vectorised log may differ from libm's by an ulp on some CPUs.
        np.testing.assert_allclose(index._data[start:end][mine], reference.scores["data"][start:end][theirs], rtol=1e-6)


def test_an_update_is_the_index_a_build_of_its_texts_makes() -> None:
    """Kept rows are sliced as arrays, new ones analyzed: the result is what building the texts afresh gives."""
    before = _catalog(1500, 3)
    index = LexicalIndex.build(STAMP, sorted(before.items()))
    after = dict(before)
    rng = np.random.default_rng(5)
    removed = rng.choice(sorted(before), 200, replace=False)
    for pk in removed:
        del after[int(pk)]
    changed = {
        int(pk): f"Claw hammer {pk} g, fibreglass handle" for pk in rng.choice(sorted(after), 100, replace=False)
    }
    new = {2000 + pk: text for pk, text in _catalog(300, 11).items()}
    after |= changed | new
    newer = IndexStamp("inst", "c", 4, "fp", 4)
    updated = index.updated(newer, np.asarray(removed, np.int64), sorted((changed | new).items()))
    rebuilt = LexicalIndex.build(newer, sorted(after.items()))
    np.testing.assert_array_equal(updated.pks, rebuilt.pks)

    def words(index: LexicalIndex, r: int) -> list[str]:  # a row's words, whatever ids its vocabulary gave them
        terms = {i: t for t, i in index._vocab.items()}
        return sorted(terms[int(t)] for t in index._tokens[index._offsets[r] : index._offsets[r + 1]])

    for r in range(0, len(updated.pks), 37):
        assert words(updated, r) == words(rebuilt, r)
    for query in ("claw hammer fibreglass", "hex bolt m8", "stainless steel washer", "m10x60"):
        a, b = updated.match(query), rebuilt.match(query)
        np.testing.assert_allclose(a.scores, b.scores, rtol=1e-5, atol=1e-7)
        for field in ("strong_own", "attributes", "kind", "fits"):
            np.testing.assert_array_equal(getattr(a.facts, field), getattr(b.facts, field))
