"""A query word the catalog lacks is searched as the catalog's word one typing slip away (text/spelling.py)."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from product_search.index.indexfile import IndexStamp
from product_search.index.lexical_index import LexicalIndex
from product_search.index.query_facts import Correction
from product_search.text import analysis
from product_search.text.spelling import MAX_WORDS, corrected, one_edit, pieces, respelled

from .support import ADMIN

STAMP = IndexStamp("inst", "c", 1, "fp", 1)
CATALOG = [
    "DeWalt DCF887N 18V brushless impact driver 205 Nm",
    "Milwaukee M12 impact driver 170 Nm",
    "Spring washer M5, stainless, pack of 50",
    "Fluke 117 digital multimeter",
    "Jigsaw blades T101B for wood, pack of 5",
    "Hex bolt M8x40, zinc plated",
    "Garden hose 25 m",
]


def _frequency(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in words:
        for s in set(analysis.stem(analysis.words(text))):
            counts[s] = counts.get(s, 0) + 1
    return counts


def test_one_edit_is_every_slip_of_one_letter() -> None:
    edits = one_edit("bolt")
    assert {"blt", "obl" + "t", "bolts", "boat", "blot"} <= edits  # left out, added, changed, swapped
    assert "bolt" not in edits and "boats" not in edits  # two edits away


def test_a_word_the_catalog_lacks_is_searched_as_its_commonest_word_one_slip_away() -> None:
    held = _frequency(CATALOG)
    frequency = lambda stems: [held.get(s, 0) for s in stems]  # noqa: E731
    for typed, word, stem in [
        ("impackt", "impact", "impact"),
        ("speing", "spring", "spring"),
        ("muiltimeter", "multimeter", "multimet"),
        ("blads", "blade", "blade"),
    ]:
        assert corrected(typed, analysis.stem([typed])[0], frequency) == (word, stem)


def test_known_short_coded_and_far_words_are_left_as_typed() -> None:
    held = _frequency(CATALOG)
    frequency = lambda stems: [held.get(s, 0) for s in stems]  # noqa: E731
    assert corrected("driver", "driver", frequency) is None  # the catalog has it
    assert corrected("bolr", "bolr", frequency) is None  # four letters: too short to tell
    assert corrected("dcf88n", "dcf88n", frequency) is None  # a code, not a word
    assert corrected("smartphone", "smartphon", frequency) is None  # nothing one slip away
    held["hose"] = 3
    assert corrected("holes", "hole", frequency) is None, "an English word the catalog lacks is no slip"


def test_the_lexical_index_finds_products_through_a_slip() -> None:
    index = LexicalIndex.build(STAMP, enumerate(CATALOG))
    scores = index.match("impackt driver").scores
    assert scores[:2].min() > scores[2:].max()
    assert index.match("speing washer m5").scores.argmax() == 2
    assert index.match("muiltimeter").scores.argmax() == 3


def test_a_query_that_names_no_type_as_typed_is_read_with_its_slips_corrected() -> None:
    """ "waser" is one slip from the type words "washer" and "wafer", two words, so the type table, which spells
    only where one word is near, reads no type; the catalog's commonest word one slip away names it. A query
    that names a type as typed keeps that reading ("washr" is one slip from "washer" alone)."""
    catalog = [
        "Spring washer M8, zinc plated", "Spring washer M10, zinc plated", "Flat washer M8, zinc plated",
        "Wafer head screw 4.2 x 13 mm", "Wafer head screw 4.2 x 19 mm", "Pipe bender 15 mm", "Pipe bender 22 mm",
    ]  # fmt: skip
    index = LexicalIndex.build(STAMP, enumerate(catalog))
    assert index.reader.understand("spring waser m8").type_names == [], "the premise: as typed, no type"
    read = index.match("spring waser m8").query
    assert read.type_names == ["spring washer"]
    assert read.corrections == [Correction("waser", "washer")]
    assert index.match("Spring WASER").query.type_names == ["spring washer"]  # any case
    assert index.reader.understand("spring washr m8").type_names == ["spring washer"]  # named as typed
    assert index.match("spring washr m8").query.type_names == ["spring washer"]
    assert index.match("pipe bender 15mm").query.type_names == ["pipe bender"]


def test_of_the_edits_to_one_stem_the_english_word_is_spelled() -> None:
    """ "chargres" is one slip from "chargers" and from "chargeres", both stems of "charger": the word the
    model and the reading see is the one English has."""
    held = _frequency(["Battery charger 18V", "Fast charger 36V"])
    assert corrected("chargres", "chargr", lambda stems: [held.get(s, 0) for s in stems]) == ("chargers", "charger")


def test_an_english_word_one_slip_away_comes_before_the_catalogs_commoner_shortening() -> None:
    """ "golves" is one slip from "gloves" and from "galves" (the stem of "GALV", which more products hold): a buyer
    mistypes a word, not the catalog's abbreviation; where no English word is held, the commonest held word."""
    held = {"galv": 5, "glove": 2}
    frequency = lambda stems: [held.get(s, 0) for s in stems]  # noqa: E731
    assert corrected("golves", "golv", frequency) == ("gloves", "glove")
    del held["glove"]
    assert corrected("golves", "golv", frequency) == ("galves", "galv")


def test_the_reader_respells_only_typing_slips() -> None:
    index = LexicalIndex.build(STAMP, enumerate(CATALOG))
    assert index.reader.respelled("Impackt driver 18V") == "impact driver 18V"
    assert index.reader.respelled("impact driver") == "impact driver"
    assert index.reader.respelled("fluke117 meter") == "fluke117 meter", "a glued code is no slip: as typed"
    abstracts = [
        "Nexin proteins regulate axonemal motility in flagellated cells.",
        "Kexin processes prohormones in the secretory pathway of yeast.",
        "Dynein arms generate the sliding of doublet microtubules.",
        "Ciliary beating depends on coordinated dynein activity.",
    ]
    prose = LexicalIndex.build(STAMP, enumerate(abstracts))
    assert not prose.reader.facts.of_products, "the premise: no catalog of products"
    assert prose.match("kexinn processing").query.corrections == [Correction("kexinn", "kexin")]  # the words
    assert prose.reader.respelled("kexinn processing") == "kexinn processing"  # a term of art: the model as typed


def test_in_hybrid_mode_the_model_reads_a_slip_as_the_catalog_spells_it(make_app: Callable[..., Flask]) -> None:
    """The model reads "chargres" as pieces of nothing it learnt: the battery charger is no nearer to it than
    the tools that mention their chargers, so it vetoes the charger type the words name. In hybrid mode it
    reads the query as the words are searched ("chargers"); the model alone (dense mode) reads it as typed."""
    client = make_app().test_client()
    catalog = [
        "Ferrox FX C3668S Battery Charger 36V 2A - Fast Charge - Dual Port",
        "Ferrox FX C1820 Battery Charger 18V - Compact",
        "Brennick BN 99-13C Cordless Jigsaw 18V, Body Only - shares batteries and chargers with every 18V tool",
        "Brennick BN2553 Angle Grinder 36V - Body Only - batteries and chargers sold separately, chargers fit",
        "Korrin KRX B1832A Battery 18V 4.0Ah - Slide Pack",
    ]
    body = {"products": [{"id": f"p{n}", "description": d} for n, d in enumerate(catalog)]}
    assert client.post("/v1/catalogs/c/products", json=body, headers=ADMIN).status_code == 201
    answers = {
        mode: client.post("/v1/catalogs/c/search", json={"queries": ["chargres"], "mode": mode}).get_json()
        for mode in ("dense", "hybrid")
    }
    hybrid = answers["hybrid"]["results"][0]
    assert {h["id"] for h in hybrid[:2]} == {"p0", "p1"}
    assert answers["hybrid"]["readings"][0]["corrections"] == [{"term": "chargres", "searched_as": "chargers"}]
    cosine = {mode: {h["id"]: h["signals"]["dense"] for h in answers[mode]["results"][0]} for mode in answers}
    assert cosine["hybrid"]["p0"] > cosine["dense"]["p0"] + 0.1  # the respelled query, the typed one


def test_respelled_replaces_whole_words_in_any_case() -> None:
    assert respelled("Tube CUTTTER, cuttters", {"cuttter": "cutter"}) == "Tube cutter, cuttters"
    assert respelled("no slips", {}) == "no slips"


def test_a_long_query_of_unknown_words_costs_a_few_lookups() -> None:
    """Only the first MAX_WORDS words that may be slips are looked up again (each costs ~54 lookups a letter)."""
    index = LexicalIndex.build(STAMP, enumerate(CATALOG))
    looked_up: list[str] = []
    frequency = index.reader._frequency

    def counted(stems: list[str]) -> list[int]:
        looked_up.extend(stems)
        return frequency(stems)

    index.reader._frequency = counted
    words = " ".join(f"zqxwv{chr(97 + n % 26)}{chr(97 + n // 26 % 26)}kjhgfdsa" for n in range(400))
    index.match(words)
    per_word = 54 * 17 + 25 + 1  # the edits of a 17-letter word, and the word itself
    assert MAX_WORDS * per_word // 2 < len(looked_up) <= MAX_WORDS * per_word
    looked_up.clear()
    index.match("hex bolt m8 dcd633z a2 impackt")  # known, short and coded words are never looked up again
    assert 0 < len(looked_up) <= per_word


def test_a_code_glued_to_its_brand_is_searched_as_the_words_the_catalog_has() -> None:
    held = _frequency(CATALOG)
    assert pieces("fluke117", held.__contains__) == (("fluke", "fluke"), ("117", "117"))
    assert pieces("117flukes", held.__contains__) == (("117", "117"), ("flukes", "fluke"))  # stemmed once
    assert pieces("makita117", held.__contains__) is None  # one piece the catalog lacks
    assert pieces("flu117", held.__contains__) is None
    assert pieces("fluke-117", held.__contains__) is None  # not letters and digits only
    index = LexicalIndex.build(STAMP, enumerate(CATALOG))
    assert index.match("fluke117").scores.argmax() == 3
    assert index.match("Fluke117 meter").query.corrections == [("fluke117", "fluke 117")]  # in the readings
