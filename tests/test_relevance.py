"""Relevance as buyers search: identifier strength, product type before accessory, identifiers as typed.

Unit tests of each rule (identifiers, product types, description structure, the order), then the rules
end to end on a small catalog of near misses and accessory traps, and the issue's three queries on the
sample catalog that ``make run`` loads.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from flask import Flask
from flask.testing import FlaskClient

from product_search.config import Settings
from product_search.encoding.models import LoadedModels
from product_search.index.facts import FactIndex
from product_search.index.query_facts import QueryFacts
from product_search.index.query_reading import QueryReader
from product_search.search.ranking import Candidate, confirm_types, order
from product_search.serving.app import create_app
from product_search.text import analysis, model_codes
from product_search.text.accessory_words import fitted_words, with_heads
from product_search.text.identifiers import extract, part_families
from product_search.text.product_types import TypeTable
from product_search.text.synonyms import Synonyms
from product_search.text.type_phrases import type_phrase
from product_search.text.typed_codes import typed

from .support import ADMIN, upload

ROOT = Path(__file__).resolve().parents[1]


# -- identifiers: strength, families, as typed --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "strong"),
    [("DCD633Z", True), ("4006381333931", True), ("DIN 933", True), ("M8x40", False), ('1/2"', False), ("18V", False)],
)
def test_part_numbers_barcodes_and_standards_are_strong_sizes_are_attributes(text: str, strong: bool) -> None:
    (found,) = extract(text)
    assert found.strong is strong


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("DCD633Z", ("dcd633",)),
        ("DHP-482Z", ("dhp482",)),
        ("608ZZ", ("608",)),
        ("6204-2RS", ("6204",)),
        ("CNMG 120408-PM", ("cnmg120408",)),
        ("2.863-006.0", ("2863006",)),  # a variant digit after a group of three
        ("SKU-88-123", ()),  # three characters after the separator: part of the code
        ("GBH-2-26", ()),  # two models of a series (GBH-2-28) share no family
        ("2024-01-15", ()),
        ("DCD633", ()),  # a code without a suffix is its own family
        ("DCD796D2-GB", ("dcd796d2", "dcd796")),  # kit and region suffixes: the series and number
        ("DCS391N-XJ", ("dcs391n", "dcs391")),
        ("M18FPD2-0", ()),  # a platform's two digits are no model number
        ("A2-70", ()),  # digits after the separator: a grade, not a suffix
    ],
)
def test_part_code_families(text: str, families: tuple[str, ...]) -> None:
    assert part_families(text) == families


def named(facts: FactIndex, query: str) -> list[str]:
    """The product types ``query`` names in the catalog of ``facts``."""
    return QueryReader(facts).understand(query).type_names


def test_sizes_have_their_families() -> None:
    assert extract("DIN 125A")[0].families == ("din125",)  # form A of DIN 125
    assert extract("M8x40")[0].families == ("m8",)
    assert extract("10 x 150 mm")[0].families == ("10mm",)
    assert extract("M8")[0].families == ()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("GSR 18V-55", "#part:gsr18v55"),  # a series printed apart from its number
        ("PSR 14.4 LI-2", "#part:psr144"),  # a decimal too, where no "x" makes it a size's first number
        ("PSR 14.4 x 2 BATT", "#part:psr144"),  # "x 2" with no length after it: a count
        ("Bosch GWS 7-125 Professional", "#part:gws7125"),
        ("order no. 2 608 644 009", "#part:2608644009"),  # digits in print groups, not a barcode
        ("2.608.644.009", "#part:2608644009"),
        ("2-608-644-009", "#part:2608644009"),
        # Order numbers in print groups with letters among the digits, as typed with or without the spaces.
        ("Bosch UniversalImpact 0 603 3A9 000 combi drill", "#part:06033a9000"),
        ("06033a9000", "#part:06033a9000"),
        ("f 016 800 343", "#part:f016800343"),
        ("Bosch F016800343 replacement blade", "#part:f016800343"),
        ("battery 1 600 A01 6GB", "#part:1600a016gb"),
        ("flat washer DIN 125A", "#standard:din125a"),  # a form letter after a standard's number
    ],
)
def test_codes_printed_with_spaces_dots_and_hyphens(text: str, key: str) -> None:
    assert key in {i.key for i in extract(text)}


def test_a_decimal_that_begins_a_size_is_no_series_number() -> None:
    found = extract("CHIPBD SCR 4.5 X 30MM ZP")
    assert [i.key for i in found] == ["#dimension:4.5x30"], "a word and a size, not part SCR45"


def test_a_words_grade_is_no_series_number() -> None:
    """ERP texts print a fastener's property class after its name ("HEX BOLT 8.8 M10X50"): no code BOLT88, which
    also cut the name to "socket cap" in "SOCKET CAP SCREW 12.9 BLK M6X25". A series is no English word: PSR 14.4."""
    assert [i.key for i in extract("HEX HEAD BOLT 8.8 ZP M10X50 BX50")][:1] == ["#dimension:m10x50"]
    assert [i.key for i in extract("SKT CAP SCR 12.9 M6X25 BLK")] == ["#dimension:m6x25"], "a grade after ERP's SCR"
    assert [i.key for i in extract("HEX BOLT ZP 8.8")] == []
    found = type_phrase("SOCKET CAP SCREW 12.9 BLK M6X25 BX100", extract("SOCKET CAP SCREW 12.9 BLK M6X25 BX100"))
    assert found is not None and found.text == "socket cap screw"
    assert "#part:psr144" in {i.key for i in extract("Bosch PSR 14.4 LI-2")}


def test_a_split_code_is_joined_only_where_the_catalog_has_it() -> None:
    catalog = {"#part:dcd633z", "#part~dcd633", "#part:gsr18v55", "#part:62042rs", "#part~6204"}

    def keys(query: str) -> set[str]:
        written, apart = typed(query, catalog.__contains__)
        return {i.key for i in written + apart}

    assert "#part:dcd633z" in keys("DCD 633Z") and "#part:dcd633z" in keys("dcd 633 z")
    assert "#part:gsr18v55" in keys("gsr 18v 55")
    assert "#part:62042rs" in keys("6204 2rs")
    assert "#part:dcd633" in keys("dcd 633")  # the family of DCD633Z
    assert "#part:6204" in keys("skf 6204 bearing")  # a plain number that is a code family here
    # Words and numbers the catalog has no code for stay words and sizes.
    assert keys("drill for 10 mm holes") == {"#dimension:10mm"}
    assert keys("type 2 diabetes") == set()
    assert keys("pack 200") == set()


def test_a_series_of_four_small_letters_is_joined_only_to_a_whole_code_the_catalog_has() -> None:
    # Marketplace codes are brand and type letters then a number (TURS8932), typed in small letters and apart.
    catalog = {"#part:turs8932", "#part:perf4348p", "#part~omsg78", "#part~gene5", "#part:size9"}

    def keys(query: str) -> set[str]:
        written, apart = typed(query, catalog.__contains__)
        return {i.key for i in written + apart}

    assert keys("turs 8932") == {"#part:turs8932"} and keys("perf 4348-p") == {"#part:perf4348p"}
    assert keys("omsg 78") == set()  # only a family of codes, typed in small letters
    assert keys("gene 5") == set()  # a word and a number
    assert keys("size 9 boots") == set()  # a word: SIZE9 is how the catalog prints a size, typed apart
    assert keys("turs 8933") == set() and keys("strap turs 8932") == {"#part:turs8932"}
    assert keys("TURS 8932") == {"#part:turs8932"}  # in capitals, as before
    assert keys("tapes 8932") == set()  # five letters are a word


def test_a_model_number_and_a_glued_code_are_read_where_the_catalog_has_them() -> None:
    assert [model_codes.number(v) for v in ("DCD796N", "dhp482", "T101B", "BL1850B", "DCD796D2-GB", "DHP-482Z")] == [
        "796", "482", "101", "1850", "796", "482",
    ]  # fmt: skip
    # Numbers joined across a separator, one number of two, labels, grits, colours and counts: no model number.
    for raw in ("A2-70", "GWS 7-125", "GBH-2-26", "FID2", "M18FID2", "2608576198", "P120", "ITEM4471", "RAL9005"):
        assert model_codes.number(raw) is None, raw
    assert model_codes.names("DeWalt DCD796N 18V XR cordless drill, bare unit") == [
        "dewalt"
    ]  # no English word, no series
    catalog = {model_codes.key("dewalt", "796"), "#dimension:m18", "#part~fid2", "#part:dcd796"}

    def keys(query: str) -> set[str]:
        written, apart = typed(query, catalog.__contains__)
        return {i.key for i in written + apart}

    assert keys("dewalt 796") == {"#part:796"} and keys("DEWALT 796 drill") == {"#part:796"}
    assert keys("makita 796") == set()  # another brand's number
    assert keys("dewalt796") == {"#part:796"}  # glued to the brand
    assert keys("m18fid2") == {"#dimension:m18", "#part:fid2"}  # the platform glued to the code
    assert keys("ets 796") == set() and keys("ets796") == {"#part:ets796"}  # a series' own number
    assert keys("angle grinder 796") == set() and keys("diam 796") == set()  # a word, an abbreviation
    assert keys("fluke117") == {"#part:fluke117"}  # pieces the catalog has no code for: as typed
    # A variant of a code the catalog has stays that variant (a partial match of its family), never the code.
    assert keys("DCD796N") == {"#part:dcd796n"}


# -- descriptions and product types ------------------------------------------------------------


def test_accessory_spans_cover_what_a_product_fits_or_comes_with() -> None:
    text = "Battery 18V 5.0 Ah for Makita DHP482, DHP483 and DDF484, with charger, 2 pcs"
    spans = analysis.accessory_spans(text)
    assert [text[s:e] for s, e in spans] == ["for Makita DHP482, DHP483 and DDF484", "with charger"]
    assert analysis.main_clause("10 mm drill bit for concrete") == "10 mm drill bit "
    assert analysis.fitted_clause("staples for tacwise staple gun") == " tacwise staple gun"
    assert analysis.fitted_clause("drill bit 10 mm in a case for concrete") == ""  # "in" ends the main clause
    assert analysis.fitted_clause("staple gun") == ""


def test_a_pointer_and_a_size_or_a_verb_that_seeks_open_no_span_of_what_a_product_fits() -> None:
    """ "with this 20 l vacuum dust bag" is the product itself, also where a span of what it works without is
    open ("without clogging"); "works with these batteries" is what it comes with, as before."""
    text = "Keep your Korvex wet and dry vacuum collecting fine dust without clogging with this 20 l vacuum dust bag."
    assert [text[s:e] for s, e in analysis.accessory_spans(text)] == ["without clogging "]
    assert (found := type_phrase(text, extract(text))) is not None and found.text == "vacuum dust bag"
    text = "Taking a branch off a copper run without heat is simple with this 15 mm brass compression tee."
    assert (found := type_phrase(text, extract(text))) is not None and found.text == "brass compression tee"
    text = "Compact drill driver that works with these batteries, 18 V"
    assert [text[s:e] for s, e in analysis.accessory_spans(text)] == ["with these batteries"]
    # "reach for", "look for", "ask for": what is sought, not what it fits; "battery for this drill" fits it.
    text = "When drilling steel and plastics, reach for this Edgeford jobber drill bit in HSS-Co, size 8 mm."
    assert analysis.accessory_spans(text) == []
    assert (found := type_phrase(text, extract(text))) is not None and found.text == "jobber drill bit"
    text = "Spare battery 18 V for this drill"
    assert [text[s:e] for s, e in analysis.accessory_spans(text)] == ["for this drill"]


def test_what_a_product_comes_with_is_the_head_of_each_phrase_after_with() -> None:
    """ "with" names features as often as things: only each phrase's head is a thing it comes with."""
    cases = {
        "Makita DTM51Z 18 V multi-tool with tool-less blade change and variable speed": ["chang", "speed"],
        "Cordless drill 18V with 2 x 4.0Ah batteries and charger": analysis.noun_stems(["battery", "charger"]),
        "Drill driver with a 13 mm keyless chuck": ["chuck"],
        "Rotary hammer with chisel set in case": ["set", "chisel"],  # a collective head counts the word before
        "SDS hammer c/w carry case": ["case"],
        "Hole saw arbor with pilot drill for hole saws, 32-152 mm": ["drill"],
        "Battery for DHP482 with LED gauge, 18 V": ["gaug"],
        "Claw hammer 16 oz, hickory handle": [],  # no marker: nothing it comes with
        "Festool TS 55 plunge saw with FS 1400 guide rail": ["rail"],  # a brand or acronym before a code: no head
        "Adaptor plate with Festool 18V battery": analysis.noun_stems(["battery"]),
        "C/W 2X2.0AH BATT + CHGR": ["batt", "chgr"],  # "+", "&" join phrases as "and" does
        "Drill driver including case & bits": ["case", "bit"],
    }
    for text, heads in cases.items():
        assert with_heads(text, analysis.tokens(text)) == heads, text
    # The hyphenated feature's first part is no head: the multi-tool comes with no "tool"
    text = "An 18 V multi-tool with tool-less blade change"
    assert "tool" not in with_heads(text, analysis.tokens(text))


def test_a_slash_between_words_separates_them_but_not_a_fraction_or_an_abbreviation() -> None:
    def words(text: str) -> list[str]:
        return [t.group() for t in analysis.tokens(text)]

    assert words("DRILL/DRIVER wet/dry and/or DSC/180 10/BX") == [
        "DRILL", "DRIVER", "wet", "dry", "and", "or", "DSC", "180", "10", "BX",
    ]  # fmt: skip
    kept = ["1/2", "3/8IN", "F/F", "C/W", "B/O", "l/min", "km/h", "C/STL", "D125/8", "H7/g6"]
    assert words(" ".join(kept)) == kept, "fractions, abbreviations, unit ratios, codes with digits both sides"
    assert words("5/BX") == ["5", "BX"]
    # The markers of ERP short texts stay markers whatever follows them: "for" here, not a field.
    disc = "GRINDING DSC/180 X 6.0MM/ALOX/INOX/F/ ANGLE GRINDER/BX10"
    assert [disc[s:e] for s, e in analysis.accessory_spans(disc)] == ["F/ ANGLE GRINDER/BX10"]
    assert words("GREASE CART F/GREASE GUN") == ["GREASE", "CART", "F/", "GREASE", "GUN"]
    # A long run of slashes costs what its characters cost (the runs beside each are read within a bound).
    assert len(words("AB/" * 50_000 + "CD")) == 50_001


def test_suits_after_the_name_says_what_a_product_fits_in_the_name_it_is_the_product() -> None:
    for text, fitted in (
        ("WIRE CUP BRUSH 100MM M14 C/STL CRIMP SUITS ANGLE GRINDER", ["SUITS ANGLE GRINDER"]),
        ("SDS-plus bit, 10 x 450 mm. Suits every SDS-plus rotary hammer.", ["Suits every SDS-plus rotary hammer"]),
        ("BOILER SUITS NAVY XL", []),
        ("Disposable coverall suits type 5/6, size XL", []),
    ):
        assert [text[s:e] for s, e in analysis.accessory_spans(text)] == fitted, text
    assert analysis.main_clause("boiler suits xl") == "boiler suits xl", "a query's suits are what it asks for"


def test_what_a_product_fits_ends_where_what_it_comes_with_begins() -> None:
    """ "Battery for DHP482 with LED gauge": the gauge is the battery's, no tool it fits; and the reverse."""
    text = "Battery for DHP482 with LED gauge, 18 V"
    assert [text[s:e] for s, e in analysis.accessory_spans(text)] == ["for DHP482 ", "with LED gauge"]
    assert [text[s:e] for s, e in analysis.accessory_spans(text, markers=analysis.FIT_MARKERS)] == ["for DHP482 "]
    prose = "This 22 mm end feed coupling is for brazing or soldering with separate solder wire."
    assert "wire" not in fitted_words(prose, analysis.tokens(prose))
    arbor = "Hole saw arbor with pilot drill for hole saws, 32-152 mm"
    assert fitted_words(arbor, analysis.tokens(arbor)) == ["hole", "saw"]
    assert with_heads(arbor, analysis.tokens(arbor)) == ["drill"]
    # A list of models after one "for" stays one span (commas, "and")
    models = "Battery for DHP482, DHP483 and DDF484, 2 pcs"
    assert [models[s:e] for s, e in analysis.accessory_spans(models)] == ["for DHP482, DHP483 and DDF484"]


def test_to_fit_and_to_suit_say_what_a_product_fits_but_easy_to_fit_does_not() -> None:
    """ "Test leads ... to suit Fluke multimeters", "Blades to fit DeWalt jigsaws": what they fit, as after "for";
    "fit" alone ("push fit elbow") and after an adjective ("easy to fit hex bolt") is no such clause."""
    leads = "Test leads with croc clips, 4mm, CAT III, to suit Fluke multimeters"
    assert fitted_words(leads, analysis.tokens(leads)) == ["fluke", *analysis.noun_stems(["multimeter"])]
    blades = "Blades to fit DeWalt jigsaws, pack of 5"
    assert fitted_words(blades, analysis.tokens(blades)) == ["dewalt", "jigsaw"]
    opening = "To fit Bosch drills: chuck key 13 mm"
    assert fitted_words(opening, analysis.tokens(opening)) == ["bosch", "drill"]
    for text in ("Push fit elbow 22mm", "Easy to fit hex bolt M8", "Quick to fit replacement handle"):
        assert fitted_words(text, analysis.tokens(text)) == [], text


def test_a_tool_listed_once_that_accessories_suit_is_a_type_a_query_can_name() -> None:
    """ "fluke multimeter": the one multimeter is a type, since test leads are made "to suit" multimeters; the
    leads are marked as made for it (``fits``), the multimeter as what was asked for."""
    catalog = [*ACCESSORIES_ONCE, "Digital multimeter, Fluke 115, True RMS", "Test leads 4mm to suit Fluke multimeters"]
    facts = FactIndex.build(catalog)
    asked = QueryReader(facts).understand("fluke multimeter")
    assert asked.type_names == ["digital multimeter"]
    match = facts.match(asked)
    assert np.flatnonzero(match.kind).tolist() == [len(catalog) - 2]
    assert np.flatnonzero(match.fits).tolist() == [len(catalog) - 1]
    # Without a product made for it, the one multimeter is no type a query names by its head.
    alone = FactIndex.build([*ACCESSORIES_ONCE, "Digital multimeter, Fluke 115, True RMS", "Test leads 4mm, red"])
    assert named(alone, "fluke multimeter") == []


def test_a_plural_noun_names_what_its_singular_names() -> None:
    """Snowball stems "knives" and "knife" apart; read as names of things, a plural is its singular. Not in
    the BM25 tokens (:func:`analysis.stem` is Snowball's own)."""
    assert analysis.noun_stems(["knives", "lenses", "shelves", "valves"]) == analysis.noun_stems(
        ["knife", "lens", "shelf", "valve"]
    )
    assert analysis.stem(["knives"]) != analysis.stem(["knife"])
    assert analysis.noun_stems(["glass", "series", "brass"]) == analysis.stem(["glass", "series", "brass"])
    blades = "Spare blades for utility knives, trapezoid, pack of 10"
    assert "knife" in fitted_words(blades, analysis.tokens(blades))


@pytest.mark.parametrize(
    ("text", "phrase", "heads"),
    [
        ("Hex bolt M8x40 DIN 931, zinc plated", "hex bolt", ("bolt",)),
        ("Flat washer for M8 bolts DIN 125", "flat washer", ("washer",)),
        ("M20 hex nut DIN 934 / ISO 4032", "hex nut", ("nut",)),  # a leading size
        ("DeWalt DE766 heat gun 2000 W", "heat gun", ("gun",)),  # brand and model code first
        ("Bosch GWS 7-125 Professional angle grinder", "professional angle grinder", ("grinder",)),
        ("Makita MA619 rotary hammer SDS-plus 2.0 J", "rotary hammer", ("hammer",)),  # an acronym ends it
        ("HSS twist drill bit set 13 pcs", "twist drill bit set", ("set", "bit")),  # a set of drill bits
        ("SKF deep groove ball bearing 6204-2RS", "deep groove ball bearing", ("bear",)),
        ("Oscillating multi-tool with plunge-cut blade", "oscillating multi-tool", ("multitool",)),
        ("Cut-off wheel 125 x 1.0 mm for steel", "cut-off wheel", ("wheel",)),
        ("Staples type 140, 10 mm, box of 5000", "staples", ("stapl",)),  # a field's label before its value
        ("Size 10 safety boots S3", "safety boots", ("boot",)),  # a leading label and its value
        ("Hose clamp size 2, 12-22 mm", "hose clamp", ("clamp",)),
        ("Ball bearing series, deep groove", "ball bearing series", ("seri",)),  # no value follows: a word
        # A title and its labelled fields on one line: the first label is no part of the name; a name with its
        # particulars after a colon keeps its last word.
        ("Norvale Hex Bolt Thread: M10 x 80; Material: A2; Standard: DIN 931", "hex bolt", ("bolt",)),
        ("Steel Tape Measure Size: 5 m; Blade width: 19 mm", "steel tape measure", ("measur",)),
        ("Claw Hammer: 16 oz, fibreglass handle", "claw hammer", ("hammer",)),
        ("Hex Bolt: M10 x 80; Material: A2", "hex bolt", ("bolt",)),  # the name, not a label, before the list
        ("Cordless Drill: 18V; Battery: 2 x 5Ah", "cordless drill", ("drill",)),
    ],
)
def test_type_phrases_are_learned_from_the_description(text: str, phrase: str, heads: tuple[str, ...]) -> None:
    found = type_phrase(text, extract(text))
    assert found is not None and (found.text, found.heads) == (phrase, heads)


def _table(texts: list[str]) -> tuple[TypeTable, list[bool]]:
    table = TypeTable()
    ids = [table.id_of(type_phrase(t, extract(t))) for t in texts]
    counts = np.bincount([i for i in ids if i >= 0], minlength=len(table.phrases))
    return table, table.usable(counts.tolist())


def _named(table: TypeTable, usable: list[bool], query: str) -> list[str]:
    from product_search.text.type_naming import named as names
    from product_search.text.type_naming import query_words

    found = extract(query)
    return [table.phrases[n].text for n in names(table, query_words(query, found, table.spell), usable)]


CATALOG_TYPES = [
    *["Hex bolt M8x40 DIN 931", "Hex bolt M10x40 DIN 931"],
    *["Flat washer for M8 bolts", "Flat washer for M10 bolts"],
    *["Bolt cutter 600 mm", "Bolt cutter 900 mm"],
    *["Cut-off wheel 125 x 1.0 mm", "Cut-off wheel 230 x 1.0 mm"],
    *["Sanding discs 125 mm, P80", "Sanding discs 125 mm, P120"],
    *["Circular saw 190 mm blade, 1400 W", "Circular saw 235 mm blade, 1400 W"],
    *["Circular saw blade 190 mm, 48 teeth", "Circular saw blade 235 mm, 24 teeth"],
    *["Masonry drill bit 8 x 150 mm", "Masonry drill bit 10 x 150 mm"],
    *["HSS twist drill bit set 13 pcs", "HSS twist drill bit set 25 pcs"],
    *["Ball valve 1/2 inch, brass", "Ball valve 3/4 inch, brass", "Check valve 1/2 inch", "Check valve 1 inch"],
]


@pytest.mark.parametrize(
    ("query", "types"),
    [
        ("M8 bolt stainless", ["hex bolt"]),  # not the washer "for M8 bolts"
        ("bolt cutter", ["bolt cutter"]),  # the head is the last word: a cutter
        ("washer m8", ["flat washer"]),
        ("circular saw 190", ["circular saw"]),  # not its blades
        ("circular saw blade 190", ["circular saw blade"]),
        ("10 mm drill bit for concrete", ["masonry drill bit", "twist drill bit set"]),
        ("1/2 inch ball valve brass", ["ball valve"]),
        ("ball vlave 3/4", ["ball valve"]),  # one typo away from the catalog's word
        ("cut off disc 125 mm", []),  # "disc" is a sanding disc, "cut off" a cut-off wheel: no type
        ("something to cut pipes", []),
    ],
)
def test_a_query_names_the_types_it_asks_for(query: str, types: list[str]) -> None:
    table, usable = _table(CATALOG_TYPES)
    assert _named(table, usable, query) == types


def test_a_slip_one_away_from_two_forms_of_one_word_is_that_word() -> None:
    """ "bllade" is one slip from both "blade" and "blades" that the catalog writes: one word, so spelt; "waser"
    is one from "washer" and "wafer", two words, so left as typed."""
    table, _ = _table(["CIRC SAW BLADE 184MM TCT", "RECIP SAW BLADES 150MM BIM", "SPLIT WASHER M8", "WAFER HD SCR"])
    assert analysis.noun_stems([table.spell("bllade")]) == ["blade"]
    assert table.spell("waser") == "waser"


def test_a_type_with_none_of_the_querys_other_words_is_no_kind_it_asks_for() -> None:
    """ "grease gun" names no "rivet gun" where another type holds "grease" with the head ("grease gun lever",
    written noun first); a type with a word of the query is still named, and so is a type that is its head alone
    (the plain form of any). Only a type the catalog lists often enough to name blocks, and only by a noun: no
    adjective ("cordless"), material or colour ("nitrile gloves" beside a "nitrile glove dispenser")."""
    catalog = [
        *["GREASE GUN LEVER 400G CART", "GREASE GUN LEVER 500G CART"],
        *["RIVET GUN HAND 2.4-4.8MM", "RIVET GUN HAND 3.2-6.4MM"],
        *["SKELETON GUN 310ML", "SKELETON GUN 380ML HD"],
        *["Hammer drill 650 W SDS plus", "Hammer drill 800 W SDS plus", "Cordless drill 18V", "Cordless drill 12V"],
        *["Sander 150 mm, 300 W", "Sander 125 mm, 250 W", "Random orbit sander 150 mm", "Random orbit sander 125 mm"],
    ]  # fmt: skip
    table, usable = _table(catalog)
    assert _named(table, usable, "grease gun") == []
    rare = ["Fence bolt cutter 600 mm", "Hex bolt M8 x 40", "Hex bolt M10 x 40", "Coach bolt M8", "Coach bolt M10"]
    table_rare, usable_rare = _table(rare)
    assert sorted(_named(table_rare, usable_rare, "fence bolts")) == ["coach bolt", "hex bolt"], "rare: blocks none"
    gloves = ["Disposable gloves 100 pcs", "Disposable gloves 200 pcs", *["Rubber glove dispenser"] * 2]
    table_gloves, usable_gloves = _table(gloves)
    assert _named(table_gloves, usable_gloves, "rubber gloves") == ["disposable gloves"], "a material is no kind"
    assert _named(table, usable, "rivet gun 4.8mm") == ["rivet gun"]
    assert sorted(_named(table, usable, "cordless hammer drill")) == ["cordless drill", "hammer drill"]
    assert sorted(_named(table, usable, "random orbit sander 150mm")) == ["random orbit sander", "sander"]


def test_the_querys_own_head_names_the_only_type_with_that_head_however_rare() -> None:
    """A one-word type listed once ("Charger M12-18C ...") is named where it is the head of the query's own type
    phrase and no other type has that head; never a word before the query's head ("Fluke"), nor a head another
    rare type shares ("lamp": the query would name one of them, not the other)."""
    catalog = [
        *CATALOG_TYPES, "Charger M12-18C Milwaukee 4932352959", "Fluke 117 true-RMS multimeter",
        "Lamp E27 LED 9 W", "Desk lamp 40 W, black",
    ]  # fmt: skip
    table, usable = _table(catalog)

    def named(query: str) -> list[str]:
        from product_search.text.type_naming import named as names
        from product_search.text.type_naming import query_words

        phrase = type_phrase(query, extract(query))
        head = frozenset(phrase.heads) if phrase is not None else frozenset()
        words = query_words(query, extract(query), table.spell)
        return [table.phrases[n].text for n in names(table, words, usable, query_head=head)]

    assert _named(table, usable, "charger for milwaukee m18 battery") == [], "listed once: not usable alone"
    assert named("charger for milwaukee m18 battery") == ["charger"]
    assert named("fluke multimeter") == []
    assert named("lamp for a desk") == []


def test_types_that_do_not_repeat_are_not_named() -> None:
    """Article titles or one-off descriptions have a first phrase, not a product type."""
    titles = ["Effects of aspirin on stroke", "Effect of exercise on mood", "Adverse effects of statins"]
    table, usable = _table([*titles, "Side effects of vaccines"])
    assert _named(table, usable, "aspirin has an effect on stroke") == []
    table, usable = _table([f"Effects of {drug}" for drug in ("aspirin", "statins", "vaccines")])  # it repeats
    assert _named(table, usable, "aspirin has an effect on stroke") == ["effects"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Marketplace titles: brand, model code and series first, then the type.
        ("Festool TS 55 FEBQ-Plus plunge saw 1200 W, 160 mm blade, in Systainer", "plunge saw"),
        ("Kärcher WD 3 wet and dry vacuum 1000 W", "wet and dry vacuum"),
        ("Norden rotary hammer NRH-116 5 J", "rotary hammer"),  # a brand no English word, before no code
        ("Milwaukee M18 FUEL impact driver", "impact driver"),  # a name before a size
        # A series after the model code, before a size, where the type follows in lower case; not a title's own
        # type in capitals ("Stelio ... Sanding Roll | 25 mm x 50 m") nor a word opening the title ("Hammer 20 oz").
        ("Milwaukee M18 CCS55-0X 18V Fuel 165 mm circular saw, body only", "circular saw"),
        ('Wera 8100 SA 6 Zyklop Speed 1/4" drive socket set, 28 pieces', "drive socket set"),
        ("Stelio STAR5197 Sanding Roll | 25 mm x 50 m P240 | Aluminium Oxide", "sanding roll"),
        ("Bosch Professional 18V cordless drill", "cordless drill"),  # after the brand that opens the title
        ("Haemmerlin Premier 100 l builders' wheelbarrow", "builders wheelbarrow"),
        ("Klingspor SMT 624 125 mm P40 zirconia flap discs", "zirconia flap discs"),  # a size, not a code's end
        ("Bosch Angle Grinder 125 mm grey", "angle grinder"),  # a type in capitals: no series (one word)
        ("Einhell Circular Saw 1200 W laser guide", "circular saw"),
        ("Makita Cordless Drill 18V brushless motor", "cordless drill"),
        # An adjective by its ending the lexicon lacks ("-less") heads nothing; a letter alone names nothing.
        ("DeWalt DCG405N 18V XR brushless 125 mm angle grinder, body only", "angle grinder"),
        ("M12 x 1 m, threaded rod, DIN 975, A2 stainless", "threaded rod"),
        ("15 mm x 3 m, copper tube, EN 1057, half hard", "copper tube"),
        ("Festool CTL MIDI I 15 l L-class mobile dust extractor", "mobile dust extractor"),
        # A brand the lexicon knows as a word, opening the title before a model code and a noun; not a type word
        # before a code that a size follows ("Bit PH2 x 50", "Flex 2183Y 0.75mm").
        ("Record T4J replacement jaw plates 100 mm, pair", "replacement jaw plates"),
        ("Champion RC12YC spark plug for 4-stroke mower engines", "spark plug"),
        ("Bit PH2 x 50 impact (5) sku 8601-250", "bit"),
        ("Spanner 13 combination ring", "spanner"),  # a plain number is no model code
        ("Hammer 2000 series claw", "hammer"),
        ("Flex 2183Y 0.75mm 2 core blk 100m", "flex"),
        # Nouns only plural for one thing, also listed as verbs: heads ("safety goggles"), unlike "comes".
        ("Safety goggles with anti-fog coating, EN 166", "safety goggles"),
        ("Uvex i-5 safety glasses, clear lens, anti-fog", "safety glasses"),
        ("A 250 g bottle of red marking chalk with a spout", "red marking chalk"),  # a container's content
        ("Tool case of aluminium, 450 mm", "tool case"),  # a case, a tray, a drum: products themselves
        ("Paint tray of plastic, 230 mm", "paint tray"),
        ("Hammer 20 oz, fibreglass handle", "hammer"),  # an English word before a size is the type
        ("Holesaw 68 mm", "holesaw"),  # a trade word the lexicon lacks, alone before a size: the type
        # A container and its count after the name: the content came first ("a pack of sanding belts": after)
        ("Boltham BH8677M 8 x 40 mm Nylon Wall Plug Box of 100", "nylon wall plug"),
        ("Quillon QUT-3235 8 mm TRV Radiator Valve White Pack of 20", "radiator valve"),
        ("A pack of 10 sanding belts 75 x 533 mm", "sanding belts"),
        # ... and so after a brand and model code, a space apart from both; not a field of its own after a dash
        ("Quellon QL-57288 Holesaw 51 mm Bi-Metal Variable Pitch", "holesaw"),
        ("Norvale NV6445M Circlip 15 mm 316 Stainless Steel", "circlip"),
        ("BN 65-88D Planer 82mm, 750W, 3mm Depth of Cut, 110V", "planer"),
        ("VTR 91-5H - Vantor 30 L, Site Vac, 4m Hose, 240V", "site vac"),
        ("Milwaukee M18 FUEL 165 mm circular saw", "circular saw"),
        ("Stanley STHT36334 Powerlock 8 m Tape Measure", "tape measure"),  # a name after the size: a series
        ("Makita 18V Fullcontrol 130 bar Pressure Washer", "pressure washer"),  # a size is no model code
        # A letter and a word name a shape: the product where it ends the name ("T-Nut M8", "V-Belt SPZ",
        # "O-ring kit"), an attribute before more of it or after its head, or beside a series' name.
        ("Oxbury OXF7219S Bright Zinc Plated T-Nut M8 Four Prong", "bright zinc plated t-nut"),
        ("Norvale NV331C Rubber V-Belt SPZ 1000 mm", "rubber v-belt"),
        ("O-ring kit for mixer tap spouts, 18 pcs", "o-ring kit"),
        ('A deeper 150 mm (6") G-clamp, drop-forged, with a swivel pad', "g-clamp"),
        ("T-shank jigsaw blades for wood, 5 pack", "jigsaw blades"),
        ("Jigsaw blades T-shank, set of 5 for wood and metal", "jigsaw blades"),
        ("For gluing doors and frames, a T-bar sash clamp with a sliding tail stop.", "sash clamp"),
        ("Einhell Power X-Change 18V 2.5Ah battery, 4511437", "battery"),
        ("Bosch X-Lock 125 mm Angle Grinder 18V", "angle grinder"),  # after a brand alone, a name after its size
        ("Numatic M-Class 240V Dust Extractor", "dust extractor"),
        ("Irwin T-Handle 6 mm Hex Key", "hex key"),
        ("Bosch and Makita saw", "saw"),
        # A capitalized compound of English words is no brand: "Push-fit", "Multi-tool"; one with a part the
        # lexicon lacks still may be ("Hi-vis", "Hook-and-loop"); "Bi-metal" is a material, as "brass" is.
        ("Push-fit elbow 15mm, JG Speedfit PEM0415W", "push-fit elbow"),
        ("Anti-friction Coated TCT Saw Blade, 305 x 30 mm 80T", "saw blade"),  # alone, such a compound is
        # no type: as often an adjective of what follows as a product ("Low-modulus, neutral-cure silicone")
        ("Two-part epoxy adhesive 24 ml", "two-part epoxy adhesive"),
        ("Hi-vis vest yellow XL", "vest"),
        ("Bi-metal hole saw 68 mm", "bi-metal hole saw"),
        ("32 mm, bi-metal, hole saw, 4/6 TPI", "hole saw"),  # a field of its material alone names nothing
        # ERP short texts in capitals: words, not acronyms; F/ and C/W are "for" and "complete with".
        ("HEX BOLT DIN933 M8X40 8.8 ZN", "hex bolt"),
        ("SANDING BELTS 75X457MM ALOX F/BELT SANDER", "sanding belts"),
        ("CHUCK KEY 13MM PILLAR DRL", "chuck key"),  # "KEY 13MM" is a word and a size, not a series
        ("CHIPBD SCR 4.5 X 30MM ZP CSK PZ3", "chipbd scr"),  # "SCR 4.5" begins a size, no series
        ("JIGSAW BLADES BIM JIGSAW", "jigsaw blades bim"),  # a word again ends what it is
        ("F/F ADAPTOR 1/2 BSP", "f/f adaptor"),  # female/female threads, not "for"
        # Fields apart by slashes, as others write commas: the slash separates words, not a fraction or F/F.
        ('ZENTRA/ZT12-RT93/ROUTER/1/4" 1200W/CORDED/C/W CASE', "router"),
        ("DRILL/DRIVER 12V RAVEX RX12-DD19 CDL C/W 2X2.0AH BATT + CHGR", "drill driver"),
        ("GRINDING DSC/180 X 6.0MM/ALOX/INOX/F/ ANGLE GRINDER/BX10", "grinding dsc"),
        # In capitals no case tells a brand: words no English lexicon knows before a model code are one.
        ("QUELLON QL537DD DRILL DRIVER 18V CDL C/W CASE", "drill driver"),
        ("CORVANE, CV-670-7, BELT SANDER, 75 X 457MM 750W, CORDED, C/W CASE", "belt sander"),
        ("HEX BOLT DIN933 M8X40 8.8 ZN", "hex bolt"),  # English words before a standard: the type
        ("RCBO B16 30MA 1P+N", "rcbo"),  # no English noun after the code: the words before it are the type
        ("HOLESAW HS-68 BIM", "holesaw"),
        ("CONN, 221-412", "conn"),
        ("BOILER SUITS NAVY XL", "boiler suits"),  # "suits" is no marker of what a product fits
        # Prose: past what it fits or comes with, a maker, a verb's object, a container, an adjective.
        ("Made for mitre saws, a heavy-gauge steel mitre saw stand from Ferrox.", "heavy-gauge steel mitre saw stand"),
        ("With a carry case and a 75 x 457 mm rating, this Voltek XR-BS621 is a belt sander for wood", "belt sander"),
        ("The Kraftmax KM 705 JGS is a 710 W jigsaw that comes with pendulum action.", "jigsaw"),
        ("Made for belt sanders, this pack of 100 x 610 mm sanding belts comes from Abrasol.", "sanding belts"),
        ("Fits most M10 hex bolts: an M10 zinc-plated flat washer, sold in packs of 100.", "zinc-plated flat washer"),
        ("A robust 68 mm hole saw with pilot drill", "hole saw"),
        ("Durable 25ft tape measure with easy-lock and belt clip.", "tape measure"),
        ("Boltex supplies this M10 zinc-plated studding with a three-metre length.", "zinc-plated studding"),
        # Prose that opens with what the product does: the product is what "this" or "these" points at.
        ("Drop-forged from chrome vanadium, this 8 mm combination wrench has a 15-degree ring.", "combination wrench"),
        ('Slim enough to slip into a pocket, this 150 mm (6") adjustable wrench opens to 20 mm.', "adjustable wrench"),
        ("Turn a corner on 15 mm pipe: this brass 15 mm compression elbow comes with nuts.", "compression elbow"),
        ("Insulated to 1000 V, this seven-piece VDE screwdriver set has slim blades.", "screwdriver set"),
        ('Clamp a part and let go: these 175 mm (7") locking pliers hold round stock.', "locking pliers"),
        ("Two-pole, with an LED scale, this voltage tester meets GS38.", "voltage tester"),
        ("The 4 x 40 mm wood screw in this box of 200 is zinc plated.", "wood screw"),  # a container: not it
        # "With this" is the product itself; what it fits or works with stays an accessory's tool.
        ("Strip paint and shrink sleeving with this 2000 W heat gun", "heat gun"),
        ("Battery for this drill DHP482", "battery"),
        ("Fast charger 18V, works with these batteries: BL1830", "fast charger"),
        ("Hard case, use with this drill", "hard case"),
        ('Lifting floorboards is everyday work for this 100 mm (4") brick chisel.', "brick chisel"),
        # Attribute lists: a material or colour field describes the product; the type follows.
        ("M25, brass, cable gland, IP68", "cable gland"),
        ("6 x 30 mm, nylon, wall plug, box of 100", "wall plug"),
        ("200 x 4.8 mm, black, nylon 6.6, cable tie, UV stabilised", "cable tie"),
        ("M6 x 20, zinc plated, hex head bolt", "hex head bolt"),
        ("M8, zinc-plated, hex nut", "hex nut"),  # finishes and hyphenated materials too
        ("10 mm, chrome-vanadium, combination spanner", "combination spanner"),
        ("M6, bright zinc plated, wing nut", "wing nut"),
        ("Brass ball valve 1/2 inch", "brass ball valve"),  # a material naming more than itself is kept
        ("Steel wool, grade 0000, 200 g", "steel wool"),
        # Catalogue copy that opens with a benefit: the product is what "a"/"an" introduces at a sentence's
        # start or after "is"; not an "a" inside a clause, and "this" first where both are there.
        ("Rips timber fast on cordless saws. A 165 mm TCT blade with 24 teeth.", "blade"),
        ("Rip sheet goods. The Makita DHS680Z is an 18 V brushless circular saw for 165 mm", "brushless circular saw"),
        ("Unlike a claw hammer, it is made for driving chisels. A 2.5 lb club hammer.", "club hammer"),
        ("Keeps your hard hat on when you bend over. A two-point chin strap that clips on.", "two-point chin strap"),
        ("Gets into corners of window frames. A fine P180 sanding sponge.", "sanding sponge"),  # a grit: modifiers
        ("Holds 25 sockets. A steel case keeps this 1/2 inch drive socket set in order.", "drive socket set"),
        ("Crafts, cable tidying and quick repairs. A 60 W hot-melt glue gun.", "hot-melt glue gun"),
        # A title names it before any "a" sentence; a code after the name under "this" ends the name.
        ("Claw hammer 16 oz, fibreglass handle. A great choice for carpenters.", "claw hammer"),
        ("Angle grinder 115 mm, 750 W. A powerful motor cuts through steel.", "angle grinder"),
        ("PLIERS, COMBINATION 200MM. A GRADE", "pliers"),
        ("This drill DHP482 is cordless and light.", "drill"),
        ("This jigsaw blade T101B cuts clean.", "jigsaw blade"),
        ("Two outlets from one back box. A double 13 A switched socket.", "switched socket"),
        # A benefit first, then the product's own title with its size: the title names it; not a later sentence
        # that does not open as a title ("Tip: keep ...") nor a benefit after a title that names it.
        ("Marked in both metric and imperial. Tape measure, 8 m.", "tape measure"),
        ("Reach into back boxes and bend loops in wire. Long nose pliers, 200 mm.", "long nose pliers"),
        ("For insulation, membrane and felt. Staples, 10 mm, box of 1000.", "staples"),
        ("Made for workshop use: a 165 mm circular saw by Norbeck. Tip: keep 2 blades", "circular saw"),
        ("Approx. 5 mm thick. Rubber sheet, 1 m wide.", "rubber sheet"),
        # Where the first phrase is a name as it stands, a later field is no title: the phrase ends at what it
        # comes with, or follows a model code; and a value straight after a word is a field ("Weight 1.5 kg").
        ("Cordless drill with 2 batteries. Weight 1.5 kg.", "cordless drill"),
        ("Hammer drill with 2 speeds. Chuck, 13 mm.", "hammer drill"),
        ("Spanner set incl. Ratchet, 1/2 in.", "spanner set"),
        ("Hex bolts, zinc plated, no. Pack 100.", "hex bolts"),
        ("This battery powers the Ryobi R18PD3-0 hammer drill. Two speeds, a 13 mm chuck.", "battery"),
        ("Every ONE+ battery powers the Ryobi R18PD3-0 hammer drill. Two speeds, a 13 mm chuck.", "hammer drill"),
        ("Low-modulus, neutral-cure silicone for frames. Anthracite grey, 310 ml.", "neutral-cure silicone"),
        ("Claw hammer 16 oz, fibreglass handle. Spare wedges, 3 pcs.", "claw hammer"),
        # Advice with a subordinate clause names no product ("before the foam sets": not "foam sets"); read on
        # at the next sentence. After the name, such a clause changes nothing.
        (
            "Clean the gun before the foam sets, and it lasts. Acetone-based cleaner for foam guns, 500 ml.",
            "acetone-based cleaner",
        ),
        ("When the blade dulls, swap it in seconds. Snap-off blades 18 mm, pack of 10.", "snap-off blades"),
        ("Stir the mix until the colour is even, then pour. Rapid-set concrete, 20 kg bag.", "rapid-set concrete"),
        ("Wood filler for use after sanding, 250 ml", "wood filler"),
        ("Sealant gun, drip-free, stops the bead when you let go", "sealant gun"),
        ("Drain cleaner while you sleep", "drain cleaner"),  # a name before the clause ends there
        ("Cordless drill when you need it. Compact and light.", "cordless drill"),
        ("Apply the primer when the wall is dry!\nSugar soap, 500 ml", "sugar soap"),  # "!" ends the sentence
        ("After sun lotion 200 ml", "after sun lotion"),  # no subject after it: no clause
        ("For use after sanding: wood filler, 250 ml", "wood filler"),
        # A number joined to a word is a modifier, like an adjective: of what follows; after a noun the name ended.
        ("DeWalt DCF887N 18V XR brushless 3-speed impact driver 205 Nm, body only", "impact driver"),
        ("brushless 3-speed impact driver 18V, 205 Nm", "impact driver"),
        ("Steinel 4-piece nozzle set for HL heat guns", "nozzle set"),
        ("conn lever 2-way wago 221-612 pk50", "conn lever"),
        ('Ratchet 1/2" 72-tooth, quick release', "ratchet"),
        # A field of attributes after the name, set apart by a spaced dash or "|": a label and its colon, or
        # materials and colours alone. A field that names more (a brand, series, category or a word like "heavy
        # duty") is no attribute: the name goes on ("wet - dry" too).
        ("Tape measure - Length: 8 m; Blade width: 25 mm", "tape measure"),
        ("Pipe wrench \u2013 Jaw capacity: 60 mm; Material: drop-forged steel", "pipe wrench"),  # an en dash
        ("Safety helmet | White | EN397 | adjustable ratchet", "safety helmet"),
        ("Reusable half mask | Silicone | Comfort Fit | 2-Pack", "reusable half mask"),
        ("Service valve - Chrome Plated Brass - 15 mm", "service valve"),
        ('Full bore ball valve - 2" - Nickel Plated Brass', "full bore ball valve"),
        ("Bosch - Professional GWS 7-125 angle grinder", "angle grinder"),
        ("Bosch Professional - 18V cordless drill", "cordless drill"),
        ("Heavy Duty - Steel Workbench 1500 mm", "heavy duty steel workbench"),
        ("Wet - Dry Vacuum Cleaner 1400 W", "wet dry vacuum cleaner"),
        # Marketplace titles in "|" fields: where the first field holds no size or the phrase read runs across
        # fields, the name is the field a size opens ("15mm Tap Connector"), the longest such, the last of equals;
        # not a count or container alone, nor the text that runs on after the last field.
        ("Hollins HL220 300mm | Braided | Isolating | 15mm Tap Connector | Stainless Steel", "tap connector"),
        ("Vorrel VR-14 Splinter Guard | 165mm Blade | 18V Plunge Saw | Body Only", "plunge saw"),
        ('Vorrel VR 7-2A Brushless | 1/4" Hex Chuck | 12V Impact Driver | 180Nm', "impact driver"),
        ("Hollins 5 Pack | Fleece | 20 L Dust Bag | for Wet And Dry Vacuums", "dust bag"),
        ("Ostler Box of 10 | Worm Drive | 8-12mm Hose Clip | 12mm Band", "hose clip"),
        ('Ostler 44 Links | Low Kickback | 14" Saw Chain | for Chainsaws', "saw chain"),
        ("Ostler Matt Black | Back Fixed | 425mm D Pull Handle Matt Black finish. Size: 425mm.", "pull handle"),
        ("Ostler EN 131 | Platform | 1.5m Step Ladder Aluminium construction. Wide treads.", "step ladder"),
        ("Ostler Hinged | Galvanised | 100 mm Safety Hasp Finish: Galvanised.", "safety hasp"),
        # Where no field opens with a size: the first field's name, else the title's last field where it names a
        # thing in two words or more (not a feature such as "Soft Start" before "| Body Only").
        ("Vantor VT 12-4B White | Vented | Ratchet Harness | Site Helmet", "site helmet"),
        ("Vantor Pair | Pair | Satin Chrome | Door Handle Finish: Satin Chrome.", "door handle"),
        ("Vantor VTN-12 Second Fix Nailer | 15 ga 18V | Soft Start | Body Only", "second fix nailer"),
        ("RCBO | 16 A | type B 30 mA", "rcbo"),
        # The first field's name stays where it holds a size, or where a later field's name is shorter ("32mm
        # Blade") or an attribute ("65mm Cutting Depth", "85L Capacity"); a field of sizes is no name.
        ("Brennor FatMax Tape Measure | 8m / 26ft | 32mm Blade", "tape measure"),
        ("Brennor Wheelbarrow | 85L Capacity | Pneumatic Tyre", "wheelbarrow"),
        ("Brennor | 1.2m Angle Iron | Galvanised", "angle iron"),  # a material that names the product stays
        ("Brennor Masonry Screw 10 x 80mm | Box of 50 | Countersunk | Torx", "masonry screw"),
        ("Lumo LW-220 LED Work Light | 50W 5000 lm | Soft Start | UK Plug", "work light"),
        ("Knee pads | gel | hard shell", "knee pads"),
        ("Lumo LS-12 Safety Glasses | Tinted Polycarbonate | Lightweight | Workwear", "safety glasses"),
        # Nouns of the trade the English lexicon lists only as verbs head a name.
        ("Threaded bar M10 x 1m zinc plated", "threaded bar"),
        ("Copper cable lugs 16mm2 M8", "copper cable lugs"),
        ("Double ended stud M8", "double ended stud"),
        ("Wrecking bar 900mm", "wrecking bar"),
        # Materials, finishes and colours after the name describe it, as terse titles list them; a material that
        # names a product of its own stays its head, and materials alone are no name.
        ("Hex bolt zinc plated M8 x 40", "hex bolt"),
        ("Hose clip stainless steel 20-32mm", "hose clip"),
        ("Cable ties black 200mm", "cable ties"),
        ("Acrylic caulk white 310ml", "acrylic caulk"),
        ("TEE BRASS 15MM", "tee"),
        ("Soldering iron 40W", "soldering iron"),
        ("Paint tin 5 litre", "paint tin"),
        ("Studding zinc plated steel M16 x 1m", "studding"),  # a finish goes with the material before it
        ("Wrench chrome vanadium 10mm", "wrench"),
        ("Gutter bracket cast iron", "gutter bracket"),
        ("Galvanised angle iron 25x25x3mm", "galvanised angle iron"),
        # One word and a material are often the product's own name; in capitals ERP texts print noun, material.
        ("Sheet steel 1mm", "sheet steel"),
        ("Pencil rubber white", "pencil rubber"),
        ("Hand cream 100ml", "hand cream"),
        ("TRUNKING PVC 25X25 2M", "trunking"),
        ("DRILL BIT HSS 8MM", "drill bit"),
        ("Sanitary silicone white 310ml", "sanitary silicone"),
        ("Brass ball valve 15mm", "brass ball valve"),
        ("Radiator valve 15mm angled, white and chrome", "radiator valve"),
        # A material is no brand, and a garment's size after its label is a value.
        ("Nitrile gloves size L", "nitrile gloves"),
        ("Work gloves size XL black", "work gloves"),
        ("Safety boots size 10", "safety boots"),
        # A datasheet's labelled fields: the one labelled with what the product is says it, wherever it stands;
        # "Type" only where its value is a noun's name. A title's colon is no label.
        ("Pipe x wall thickness: 15 x 19 mm; Pack: 1; Type: Foam pipe insulation", "foam pipe insulation"),
        ("Type: automatic; Product: Pipe cutter; Pipe size: 3-32 mm", "pipe cutter"),
        ("Size: 3XL; Product type: Disposable coverall; Type: type 5/6; Hood: hooded", "disposable coverall"),
        ("Supplied: with 5 spare blades; Type: auto-retract; Product: Utility knife", "utility knife"),
        ("Cordless drill: 18 V, 2 batteries", "cordless drill"),
        ("Drill bit 8mm; Type: Masonry", "drill bit"),  # after a title, "Type" labels a kind of it
        ("Padlock 40mm; Product: Security", "padlock"),
        ("Size: L; Type: Standard; Product: Masking tape", "masking tape"),
        # ERP packs and counts end a name; ERP abbreviations of materials, finishes and colours after it go.
        ("DIN127 M10 SS A2 SPLIT WSHR BX/200", "split wshr"),
        ("SPLIT WSHR PK/200", "split wshr"),
        ("M10 SPLIT WSHR BX 200", "split wshr"),
        ("M6 SS A2 SPLIT WSHR 200PK", "split wshr"),  # a count glued to its pack is no code's number
        ("DIN 1587/M6/BRASS/DOME NUT/25PK", "brass dome nut"),
        ("LOCK NUT NYL DIN 985 M16 A4 (100)", "lock nut"),
        ("M8 WING NUT ZN PLT DIN315 BX100", "wing nut"),
        ("14X80/WALL PLUG/PP/YEL/BX100", "wall plug"),
        ("Tool box 20 inch", "tool box"),  # a box in words is a product
        ("NAIL PLT 100X50 GALV", "nail plt"),  # PLT is "plated" only after a material: here a nail plate
        ("SWITCH PLT 2G 10A", "switch plt"),
        ("Battery pack 18V 5.0Ah", "battery pack"),
        # After an ERP text's noun and its material, a supplier's or a variant's abbreviation before the part number
        # is no name; a longer word there may be the trade's own, and an abbreviated name stays as written.
        ("STANLEY KNIFE ALU RETR STAHL SW-94519", "stanley knife"),
        ("HARD HAT ABS RATCH HARN", "hard hat"),
        ("GLOVE NITRILE DISP PF BLUE M BX100", "glove"),
        ("CSK ZP WOODSCREW 4X40 BX200", "csk zp woodscrew"),
        ("PIPE CU CPLG 15MM", "pipe cu cplg"),  # a noun's consonants after the family's material may be the head
        ("CABLE BRS GLND 20MM CW", "cable brs glnd"),
        ("DRILL HSS JOBBER 2.5MM DIN338", "drill hss jobber"),
        ("10ML HIGH RED THREADLOCK", "high red threadlock"),
        # In capitals, a maker's name after the type before its model code is no part of the name; a noun's
        # consonants, a letter, or a word before a number with a unit the identifiers do not know stays.
        ("HEDGE TRIMMER TORVA HT-3310 500W", "hedge trimmer"),
        ("ANGLE GRINDER PLOMA AG 45-12 115MM", "angle grinder"),
        ("WOOD SCR CSK PZ2 3.5X30 YZP", "wood scr csk"),
        ("FLEXI TAP CONN FTC-300 15MM", "flexi tap conn"),  # CONN begins a noun: an abbreviation, not a maker
        ("PIPE INSUL PI22 22MM X 1M", "pipe insul"),
        ("MCB SP 32AMP TYPE C 10KA", "type c"),
        ("TAPE MEAS - 5MTR 16MM - MET/IMP", "tape meas"),
        ("SHOP VAC TORVA TV-WD20 20L", "shop vac torva"),  # VAC no lexicon knows: no noun before the maker
        # In title case, the type first, then its maker and model code; not where a name follows the code.
        ("Hedge Trimmer Torva HT-3310 500W", "hedge trimmer"),
        ("Angle Grinder Ploma AGX 450 115mm", "angle grinder"),
        ("Door Closer Slv EN 1154 - QL989L", "door closer"),
        ("UK Plug Pexa PESD7766-0X SDS-plus Rotary Hammer 800W", "rotary hammer"),
        # One word before a size, then only attributes: the trade's word for the product, no brand.
        ("Woodscrew 4 x 40 mm countersunk, zinc plated, box of 200", "woodscrew"),
        ("Nailplate - 150x100 - Galvanised - x10", "nailplate"),
        ("Tarnow 18V cordless drill driver, brushless", "cordless drill driver"),
        ("Multitool 300 W with 30 accessories", "multitool"),
        # A name is at most five words and ends in its head: of a longer run of capitalized title words, the last
        # five; a longer run in a sentence or in capitals ends at five, as before.
        (
            "Ferrox FECH9862 Trade Quality Professional Drop Forged Claw Hammer 20oz",
            "professional drop forged claw hammer",
        ),
        ("Trade Quality Heavy Duty Flat Washer M6", "quality heavy duty flat washer"),
        ("PHOS SPR STL INT CIRCLIP DIN472 16MM", "phos spr stl int circlip"),
        # A material, finish or colour after the head ends it, however many title words follow.
        ("Ardent ARCG 7007 M25 CE Marked IP68 Cable Gland Nickel Plated Brass Electrical Wholesale", "cable gland"),
        ("Rastor RAHV 8608P EN Certified Hi-vis Vest Orange Polyester Site Safety PPE", "certified hi-vis vest"),
        (
            "Ardent ARCH 5199A 1kg Professional Trade Quality Lump Hammer Hickory Workshop Essential",
            "trade quality lump hammer",
        ),
    ],
)
def test_type_phrases_in_every_title_style(text: str, phrase: str) -> None:
    found = type_phrase(text, extract(text))
    assert found is not None and found.text == phrase


def test_a_makers_name_alone_before_a_size_is_no_type() -> None:
    """One word before a size and only attributes after is the trade's word only where it is two English words
    closed up ("Woodscrew"); a maker's name there reads no type, nor does a title that never says what it is."""
    for text in ["Spax 4 x 40 mm countersunk, yellow zinc, box of 200", "Bahco 250 mm adjustable, chrome"]:
        found = type_phrase(text, extract(text))
        assert found is None, (text, found)


def test_a_sentence_is_no_run_of_title_words() -> None:
    """Only capitalized title words slide to the run's last five: in a sentence the words after the fifth are
    the sentence going on ("... give near dust-free sanding of filler"), never read as a name."""
    text = "Mesh discs give near dust-free sanding of filler and paint. 150 mm, P180"
    found = type_phrase(text, extract(text))
    assert found is None or "sanding" not in found.text


def test_what_a_product_fits_is_read_in_every_style() -> None:
    for text, fitted in [
        ("Guide rail 1400 mm for plunge saws", ["plung", "saw"]),
        ("SANDING BELTS 75X457MM ALOX F/BELT SANDER", ["belt", "sander"]),
        ("Fits most M10 hex bolts: an M10 flat washer", ["most", "hex", "bolt"]),
        ("Cordless drill with 2 batteries", []),  # what it comes with is no fit
    ]:
        assert fitted_words(text, analysis.tokens(text)) == fitted, text


ONE_OFFS = [
    "Festool TS 55 FEBQ-Plus plunge saw 1200 W",  # the only plunge saw ...
    "Guide rail 1400 mm for plunge saws",  # ... beside accessories made for it
    "Guide rail 800 mm for plunge saws",
    "Makita DHP482 cordless drill 18V",
    "Bosch GSR 12V cordless drill",
    "Battery 5.0 Ah for cordless drills",
    "Battery 2.0 Ah for cordless drills",
    "Stihl wheelbarrow 100 l",  # once, and nothing is made for it
]


def test_a_type_listed_once_is_named_when_the_catalog_makes_things_for_it() -> None:
    facts = FactIndex.build(ONE_OFFS)
    assert named(facts, "plunge saw") == ["plunge saw"]
    # Once, and no accessory names it: only a query whose own head it is names it.
    assert named(facts, "wheelbarrow") == ["wheelbarrow"]
    assert named(facts, "stihl") == [], "a word before the type is no type"


def test_a_type_listed_once_is_named_in_a_catalog_of_measured_products_with_few_of_each_type() -> None:
    """Marketplace catalogs list one or two products per type, so few types repeat; that most products
    state a size, weight or rating still says it is a catalog of products, whose accessories name its types."""
    catalog = [
        "Festool TS 55 plunge saw 1200 W, 160 mm",
        "Festool FS 1400 guide rail 1400 mm for plunge saws",
        "Lumatic HD-4 lever grease gun for 400 g cartridges",
        "Morris EP2 lithium grease 400 g for lever grease guns",
        "Metabo BAE 75 belt sander 1010 W",
        "Klingspor 75 x 533 mm P80 sanding belts for belt sanders",
        "Hilti TE 500 demolition hammer 1300 W",
        "Stihl MS 181 chainsaw 1.5 kW",
    ]
    facts = FactIndex.build(catalog)
    assert named(facts, "plunge saw") == ["plunge saw"]
    assert named(facts, "grease gun") == ["lever grease gun"]
    assert named(facts, "chainsaw") == ["chainsaw"], "once, nothing made for it: the query's head"
    assert named(facts, "demolition hammer") == ["demolition hammer"], "once, named in full"
    assert named(facts, "belt sander") == ["belt sander"]
    unmeasured = [
        "Festool plunge saw",
        "Festool guide rail for plunge saws",
        "Lumatic lever grease gun",
        "Morris lithium grease for lever grease guns",
        "Metabo belt sander",
        "Klingspor sanding belts for belt sanders",
        "Hilti demolition hammer",
        "Stihl chainsaw",
    ]
    assert named(FactIndex.build(unmeasured), "plunge saw") == [], "no proof that these are products"


def test_two_words_the_catalog_writes_as_one_name_that_type() -> None:
    """A query's "hole saw" says both words of a HOLESAW; a type holding only the last one ("CIRC SAW") says
    one: the English head rule (the last word wins) named the saws."""
    catalog = [
        "HOLESAW 44MM TCT", "HOLESAW 64MM BIM", "HOLESAW ARBOR 14-30MM", "HOLESAW ARBOR 32-152MM",
        "CIRC SAW 190MM 1400W", "CIRC SAW 165MM 1200W", "MITRE SAW 254MM 1800W", "MITRE SAW 216MM 1500W",
        "JIGSAW 710W", "JIGSAW 500W", "MULTI TOOL 300W", "MULTI TOOL 250W",
    ]  # fmt: skip
    facts = FactIndex.build(catalog)
    assert named(facts, "hole saw 44 mm") == ["holesaw"]
    assert named(facts, "jig saw") == ["jigsaw"]
    assert named(facts, "hole saw arbor") == ["holesaw"], "the arbors are too few here to be named"
    assert named(facts, "circular saw") == ["circ saw"]
    assert named(facts, "mitre saw") == ["mitre saw"]
    assert named(facts, "multi tool") == ["multi tool"]
    # The stem of the joined word keeps what the stems of its words drop ("sledgehamm": sledg, hammer).
    joined = ["SLEDGEHAMMER 3KG", "SLEDGEHAMMER 5KG", "CLAW HAMMER 16OZ", "CLAW HAMMER 20OZ", "STEPLADDER 5 TREAD",
              "STEPLADDER 3 TREAD", "EXTENSION LADDER 3M", "EXTENSION LADDER 4M", "SCREWDRIVER 5.5X100 SLOTTED",
              "SCREWDRIVER PZ2 100MM", "IMPACT DRIVER 18V", "IMPACT DRIVER 12V"]  # fmt: skip
    facts = FactIndex.build(joined)
    assert named(facts, "sledge hammer") == ["sledgehammer"]
    assert named(facts, "step ladder") == ["stepladder"]
    assert named(facts, "screw driver pz2") == ["screwdriver"]
    assert named(facts, "impact driver") == ["impact driver"]
    # A type holding one of the words apart has it counted already: "chain saw" names no chainsaw chain.
    chains = ["CHAINSAW 35CM 1800W", "CHAINSAW 40CM 2000W", "CHAINSAW CHAIN 3/8 52DL", "CHAINSAW CHAIN 3/8 56DL",
              "CHAIN GALV 6MM 10M", "CHAIN GALV 8MM 10M", "CIRC SAW 190MM 1400W", "CIRC SAW 165MM 1200W"]  # fmt: skip
    facts = FactIndex.build(chains)
    assert named(facts, "chain saw") == ["chainsaw"]
    assert "chainsaw chain" in named(facts, "chain saw chain")


NUTS = [
    "Oxbury OXF7219S Bright Zinc Plated T-Nut M8 Four Prong",  # the only T-nut: its finish opens its name
    "Cargrave CG3351B Alloy Steel Grade T Bow Shackle 0.5 t Bolt Nut and Split Pin",
    "Cargrave CG5634B 6.5 t 316 Stainless Steel Bow Shackle Bolt Nut and Split Pin",
    "Boltham BH423X M4 Hot-Dip Galvanised Hex Nut",
    "Boltham BH-1201 Hex Nut M8 Zinc Plated",
    "Boltham BH-1202 Hex Nut M10 Zinc Plated",
    "Boltham BH-35114 Nyloc Nut M5 Pack of 50, Bright Zinc Plated",
    "Boltham BH-35115 Nyloc Nut M6 Pack of 50",
    "Norvale NV331C Rubber V-Belt SPZ 1000 mm",
    "Norvale NV-12946 Rubber V-Belt SPA 1250 mm",
]


def test_a_type_listed_once_is_named_in_full_without_the_material_it_opens_with() -> None:
    """A buyer names "bright zinc plated t-nut" by "t-nut": the finish is no part of what is asked for; a
    word of the type's own name is ("nut" names hex and nyloc nuts, not the one T-nut)."""
    facts = FactIndex.build(NUTS)
    assert named(facts, "t-nut") == ["bright zinc plated t-nut"]
    assert named(facts, "T nut M8") == ["bright zinc plated t-nut"]
    assert "bright zinc plated t-nut" not in named(facts, "nut")
    assert named(facts, "bright zinc plated t-nut") == ["bright zinc plated t-nut"]
    assert named(facts, "stainless t-nut") == [], "a material the type contradicts"
    # Only where no other type has its head: "drill bit" names no wood drill bit beside the masonry drill bits.
    bits = FactIndex.build(["Wood drill bit 8 x 120 mm", "Masonry drill bit 10 x 150 mm", "Masonry drill bit 8 mm"])
    assert named(bits, "drill bit") == [] and named(bits, "wood drill bit") == ["wood drill bit"]


def test_only_a_type_an_equivalent_names_in_full_goes_unjudged_by_the_model() -> None:
    """The model does not judge a type that only the operator's equivalent names, where the type holds every
    word the equivalent brings ("t-nut"); a shorter type the equivalent's words also name ("drill driver" for
    "hammer drill driver") is judged as before, and so is a type the query as typed names."""
    facts = FactIndex.build([*NUTS, "KRX7961 Korrin Drill Driver 18 V Compact", "KRX-745 Drill Driver, 12 V, Kit"])
    reader = QueryReader(facts)
    sets = Synonyms.parse([["t-nut", "tee nut"], ["combi drill", "hammer drill driver"], ["hex nut", "hexagon nut"]])
    for query, types, unjudged in [
        ("tee nut", ["bright zinc plated t-nut"], True),
        ("tee nut m8", ["bright zinc plated t-nut"], True),  # sizes and codes are no words of a type
        ("tee nut tool", ["bright zinc plated t-nut"], False),  # the query asks for more than the type says
        ("combi drill", ["drill driver"], False),
        ("hex nut m8", ["hex nut"], False),
    ]:
        expansion = sets.expand(query)
        read = reader.read(expansion.text, expansion.wordings)[1]
        assert (read.type_names, read.synonymous) == (types, unjudged), query
    # Of readings naming as many types, the one said in full: as typed, "tee nut" names the one hex nut by its head.
    alone = QueryReader(FactIndex.build([NUTS[0], NUTS[4], "Boltham BH-1301 Hex Nut M12", NUTS[8], NUTS[9]]))
    expansion = sets.expand("tee nut")
    assert alone.understand("tee nut").type_names == ["hex nut"]
    assert alone.read(expansion.text, expansion.wordings)[1].type_names == ["bright zinc plated t-nut"]


def test_equally_specific_readings_of_equivalents_name_every_type_they_name() -> None:
    """A catalog that names one thing by two terms of a set ("Adjustable Spanner 8in", "Adjustable Wrench 10in",
    as a marketplace of several suppliers does) sells it under each: readings as specific as each other, through
    the set's terms of two words or more, name both types, whichever of them the buyer typed; a reading that names
    a type the chosen one names too adds nothing (its flags stay the chosen reading's)."""
    titles = [
        "Stanley Adjustable Spanner 8in / 200mm", "Stanley FatMax Adjustable Spanner 12in / 300mm",
        "Bahco 8069 Adjustable Wrench 6in / 150mm, Chrome", "Bahco 8071 Adjustable Wrench 10in / 250mm, Chrome",
        "Draper Combination Spanner 13mm", "Draper Combination Spanner 17mm", "Knipex Pipe Wrench 300mm",
        "Ridgid Pipe Wrench 450mm",
    ]  # fmt: skip
    reader = QueryReader(FactIndex.build(titles))
    sets = Synonyms.parse([["adjustable spanner", "adjustable wrench", "shifter", "crescent wrench"]])
    for query in ("shifter 10 inch", 'crescent wrench 6"', "adjustable wrench 10in", "adjustable spanners"):
        expansion = sets.expand(query)
        read = reader.read(expansion.text, expansion.wordings)[1]
        assert sorted(read.type_names) == ["adjustable spanner", "adjustable wrench"], query
    assert reader.understand("adjustable wrench 10in").type_names == ["adjustable wrench"], "as typed: one"
    # Without the set, nothing joins them; with it, a more specific reading still wins alone.
    plain = reader.read("shifter 10 inch")[1]
    assert plain.type_names == []
    # Joined readings are one reading: a type one names as a kind of its type, another as an extension of its own, is
    # not both (an "accessory" of the query's own type).
    drills = ["DeWalt DCD791 Cordless Drill Driver 18V", "Bosch GSR 12V Drill Driver", "Ryobi R18DD Cordless Drill"]
    reader = QueryReader(FactIndex.build([*drills, "Drill Driver Bit Set 32 Piece", "Cordless Drill Battery 18V"]))
    joined = Synonyms.parse([["drill driver", "cordless drill"]]).expand("drill driver")
    read = reader.read(joined.text, joined.wordings)[1]
    assert not (read.subtypes | set(read.types)) & set(read.extensions), (read.type_names, read.extensions)
    sockets = QueryReader(
        FactIndex.build(["SKT CAP SCREW M8X30 DIN912", "SKT CAP SCREW M6X25 DIN912", "HEX BOLT M8X60"])
    )
    cap = Synonyms.parse([["skt cap screw", "socket cap screw", "allen bolt"]]).expand("allen bolts m8")
    read = sockets.read(cap.text, cap.wordings)[1]
    assert read.type_names == ["skt cap screw"] and read.synonymous, "one type through two terms: as one reading"


def test_an_equivalent_of_the_querys_own_words_names_what_the_query_names() -> None:
    """The starter set ["masonry drill bit", ..., "masonry drill"] made "masonry drill bits" name the drills: the
    equivalent "masonry drill" brings no word of its own, leaves out "bits", and its one type beat the query's two.
    A reading of the query's own words names a type with the query's head."""
    titles = [
        "Drilling Accessories - Faithfull Masonry Drill Bit 6 x 150mm - N/A - Each - FAIMAS6150",
        "Drilling Accessories - Faithfull HSS Jobber Drill Bits 6mm - N/A - Pack of 10 - FAIHSS6",
        "Drilling Accessories - Makita Nemesis II SDS Plus Drill Bit Set 5 Piece (5-12mm) - N/A - Set - B-58752",
        "Drilling - Makita LXT Combi Drill - 18V - Kit 2 x 1.5Ah - DHP453SFE",
        "Drilling - DeWalt XR Brushless Combi Drill - 18V - Body Only - DCD796N",
        "Drilling - Makita LXT Combi Drill - 18V - Body Only - DHP453Z",
        "Drilling - Ryobi ONE+ Combi Drill - 18V - Bare - R18PD3-0",
        *(f"Drilling - Makita LXT Combi Drill - 18V - Kit 2 x {ah}Ah - DHP453{n}" for n, ah in enumerate((2, 3, 4, 5))),
    ]
    reader = QueryReader(FactIndex.build(titles))
    sets = Synonyms.parse([["masonry drill bit", "masonry bit", "stone drill bit", "masonry drill"]])
    bits = sets.expand("masonry drill bits")
    names = reader.read(bits.text, bits.wordings)[1].type_names
    assert names and "drill" not in names and all("bit" in name for name in names), names


def test_an_equivalent_names_no_shorter_type_than_it_says_where_the_query_names_types() -> None:
    """Where the query as typed names types, an equivalent's reading does not count for a type that ends in a word
    the equivalent brought and leaves another out ("combi drill" -> "hammer drill driver" is no "drill driver"), nor
    for one that lacks the head the equivalent brought ("tap wrench" -> "tap spanner" is no "tap"): development
    catalogs, where it won as naming fewer types. A type ending in the buyer's own word may leave the tool's name
    short; where the query names none, the equivalent's type counts."""
    erp = [
        "TAP WRENCH ADJ M3-M12", "TAP HSS M10X1.5 SPIRAL PT", "TAP HSS M8X1.25 PLUG", "TAP HSS M6X1 TAPER",
        "TORQUE WRENCH 1/2IN 40-200NM", "TORQUE WRENCH 3/8IN 20-100NM", "PIPE WRENCH 14IN", "PIPE WRENCH 18IN",
    ]  # fmt: skip
    reader = QueryReader(FactIndex.build(erp))
    sets = Synonyms.parse([["wrench", "spanner"]])
    expansion = sets.expand("tap wrench")
    assert reader.understand("tap wrench").type_names == ["torque wrench", "pipe wrench"]
    assert reader.read(expansion.text, expansion.wordings)[1].type_names == ["torque wrench", "pipe wrench"]
    # A brought word as the catalog abbreviates it is held: "reciprocating" is the "recip" of "BLADE RECIP SAW".
    saws = ["BLADE RECIP SAW WOOD 150MM", "BLADE RECIP SAW METAL 150MM", "BLADE RECIP SAW WOOD 230MM"]
    saws += ["SAW RECIP 18V BODY", "SAW RECIP 240V 1050W", "SAWZALL 18V M18 BODY", "SAWZALL 240V CORDED"]
    sawzall = Synonyms.parse([["sawzall", "reciprocating saw"]]).expand("sawzall blades")
    recip = QueryReader(FactIndex.build(saws))
    assert recip.understand("sawzall blades").type_names == ["sawzall"]
    assert recip.read(sawzall.text, sawzall.wordings)[1].type_names == ["blade recip saw"]
    # A type ending in the buyer's own word may shorten the tool's name the equivalent brings, as catalogs write
    # accessories (a reviewer's blind catalog: the first form of the rule refused these).
    shop = [
        "Bosch 2608656 Reciprocating Blade S922EF Metal 5pk", "Milwaukee 48005 Reciprocating Blade Wood 230mm 5pk",
        "Bosch 2608661 Jigsaw Blade T101B 5pk", "Makita B-10986 Jigsaw Blade Set 10pc",
        "Fein 63502 Oscillating Blade E-Cut 32mm", "Bosch 2608661 Oscillating Blade AIZ 32 EPC Wood",
        "Irwin 10504 Hacksaw Blade 300mm 24tpi 10pk", "Bahco 3906 Hacksaw Blade 300mm 18tpi",
        "Timco 0610SETB Set Screw M6 x 10 Cup Point 50pk", "Timco 0812SETB Set Screw M8 x 12 Cup Point 50pk",
        "Timco 4040CWZ Wood Screw 4.0 x 40mm 200pk", "Timco 5060CWZ Wood Screw 5.0 x 60mm 100pk",
        "Timco 12MP Machine Screw M4 x 12 Pan 100pk", "Timco MS520 Machine Screw M5 x 20 Pan 100pk",
    ]  # fmt: skip
    trade = Synonyms.parse([["sawzall", "reciprocating saw"], ["grub screw", "socket set screw"]])
    listing = QueryReader(FactIndex.build(shop))
    for query, types in [("sawzall blades", ["reciprocating blade"]), ("grub screws m6", ["set screw"])]:
        wordings = trade.expand(query)
        assert len(listing.understand(query).type_names) > 1, query  # the query as typed names several
        assert listing.read(wordings.text, wordings.wordings)[1].type_names == types, query
    # The query names none: the equivalent's type counts ("combi drill" -> "drill driver" in a catalog without
    # combi drills: test_only_a_type_an_equivalent_names_in_full_goes_unjudged_by_the_model).
    spanner = Synonyms.parse([["wrench", "spanner"]]).expand("wrench")
    assert QueryReader(FactIndex.build(["SPANNER 10MM", "SPANNER 13MM", "TAP HSS M6X1"])).read(
        spanner.text, spanner.wordings
    )[1].type_names == ["spanner"]


@pytest.fixture(scope="module")
def nuts(base_settings: Settings, models: LoadedModels, tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    app = create_app(replace(base_settings, data_dir=tmp_path_factory.mktemp("nuts")), models=models)
    client = app.test_client()
    assert upload(client, "nuts", [{"id": f"n{i}", "description": d} for i, d in enumerate(NUTS)]).status_code == 201
    return client


def test_a_type_only_the_catalogs_synonyms_name_is_not_judged_by_the_model(nuts: FlaskClient) -> None:
    """The model reads the query as typed: it never learnt that a "tee nut" is the catalog's "T-Nut", so its
    cosine (the shackles' "Bolt Nut" is nearer) must not take back the type the operator's synonyms name."""

    def first(query: str) -> dict[str, Any]:
        resp = nuts.post("/v1/catalogs/nuts/search", json={"queries": [query], "top_k": 3})
        assert resp.status_code == 200, resp.json
        return {"hit": resp.json["results"][0][0], "reading": resp.json["readings"][0]}

    assert first("tee nut")["reading"]["types"] == []  # no synonyms: "tee" names nothing
    sets = {"sets": [["t-nut", "tee nut"]]}
    assert nuts.put("/v1/catalogs/nuts/synonyms", json=sets, headers=ADMIN).status_code == 200
    answer = first("tee nut")
    assert answer["reading"]["types"] == ["bright zinc plated t-nut"]
    assert answer["hit"]["id"] == "n0" and "type" in answer["hit"]["matched"], answer
    assert first("hex nut m8")["hit"]["id"] == "n4"  # the query as typed names its type: judged as before


def test_the_share_of_measured_products_counts_each_sampled_row_that_states_a_size() -> None:
    """What a catalog of products is judged by: rows with words only, rows with no words at all, a product
    that states two sizes (once), a size it is only made for and a part number (none), in an even sample as in
    the whole."""
    catalog = [
        *("Hex bolt M8 x 40", "", "Claw hammer", "Drill bit 8 mm, 10 mm shank", "!!!", "Washer 8mm"),
        *("Flat washer for M8 bolts", "Makita DHP482 combi drill"),
    ] * 7
    sized = {0, 3, 5}  # the rows, modulo 8, that state a size of their own
    facts = FactIndex.build(catalog)
    assert facts._measured() == 3 / 8
    for sample in (1, 4, 9, 30):
        rows = np.unique(np.linspace(0, len(catalog) - 1, sample).astype(np.int64))
        assert facts._measured(sample) == sum(int(r) % 8 in sized for r in rows) / len(rows)
    assert FactIndex.build(["", "!!!"])._measured() == 0.0
    assert FactIndex.build([])._measured() == 0.0


def test_a_type_listed_too_rarely_to_name_still_keeps_another_from_being_named_in_its_place() -> None:
    """The query's own type, listed once and so not named, is still what it asks for: a rarer "test lead"
    is no extension lead ("hammer handle" is no club hammer, and is named: it is made for them); a query
    whose head is the named type's keeps it ("utility knife blades" names the blades, however well the
    utility knife matches). A query with every word of such a type's phrase (of two words or more, in a
    catalog of products) names it."""
    catalog = [
        "Club hammer 1.25 kg, hickory shaft",
        "Club hammer 1.0 kg, fibreglass shaft",
        "Hickory handle 250 mm for club hammers",
        "Extension lead 4-way, 13 A, 5 m",
        "Extension lead 2-way, 13 A, 10 m",
        "Extension lead 1-way, 13 A, 15 m",
        "Probemaster TL75 test lead set, 4 mm",
        "Utility knife 18 mm, retractable",
        "Utility knife 9 mm, snap-off",
        "Trapezoid blades, 100 pcs, for utility knives",
        "Trapezoid blades, 10 pcs, for utility knives",
    ]
    facts = FactIndex.build(catalog)
    assert named(facts, "club hammer") == ["club hammer"]
    # The handle, listed once, is no club hammer; made for club hammers, it is a type of its own (an accessory).
    assert named(facts, "hammer handle") == ["hickory handle"]
    assert named(facts, "hickory hammer handle") == ["hickory handle"]  # its words in full
    assert named(facts, "extension lead") == ["extension lead"]
    assert named(facts, "test leads") == ["test lead set"]  # with the head, the closer type
    assert named(facts, "utility knife blades") == ["trapezoid blades"]


def test_what_a_bare_count_counts_is_not_asked_for_beside_another_type() -> None:
    """A plural right after a whole number with no unit is what is counted ("jigsaw 5 blades": a jigsaw with its
    blades), not what is asked for, beside another type the query names. Alone ("20 blades"), before the count,
    after a fraction or a number with a unit (sizes: "jigsaw 1/2 blades", "5mm blades") or in the singular
    ("mitre saw 12 blade": a 12-inch blade), the word is still the head."""
    facts = FactIndex.build(
        [
            "Jigsaw 650 W, pendulum action",
            "Jigsaw 18 V, body only",
            "Jigsaw blades T101B, pack of 5, for jigsaws",
            "Jigsaw blades T118A for metal, pack of 5, for jigsaws",
            "Mitre saw 254 mm, 1800 W",
            "Mitre saw 216 mm, 1400 W",
            "Saw blade 254 mm, 60 teeth, for mitre saws",
            "Saw blade 216 mm, 48 teeth, for mitre saws",
        ]
    )
    assert named(facts, "jigsaw 5 blades") == ["jigsaw"]
    assert named(facts, "jigsaw blades") == ["jigsaw blades"]  # no count: the blades
    assert named(facts, "5 jigsaw blades") == ["jigsaw blades"]  # nothing before the count
    assert set(named(facts, "20 blades")) == {"jigsaw blades", "saw blade"}
    assert named(facts, "mitre saw 12 blade") == ["saw blade"]  # singular: a size
    assert named(facts, "jigsaw 1/2 blades") == ["jigsaw blades"]  # a fraction: a size
    assert named(facts, "jigsaw 5mm blades") == ["jigsaw blades"]  # a unit: a size


def test_a_type_the_query_follows_with_another_product_noun_is_what_that_is_for() -> None:
    """The query's last product noun is what it asks for: a "circular saw blade" is a blade, though the
    circular saw shares more of its words; not across a number ("utility knife 20 blades" is a knife with
    blades), nor an abbreviation read beside its word ("spring washer" in a catalog of WSHR texts). The plain
    form of a named type is named with it ("random orbit sander" names the catalog's "sander"), and a word
    said twice counts where it is said last ("belt sander sanding belts" asks for belts)."""
    catalog = [
        "Circular saw 1400 W, 190 mm",
        "Circular saw 18 V, 165 mm, cordless",
        "Diamond blade 115 mm for angle grinders",
        "Diamond blade 230 mm for angle grinders",
        "TCT blade 190 mm, 60 teeth",
        "TCT blade 165 mm, 24 teeth",
        "TCT blade 216 mm, 48 teeth",
        "Utility knife 18 mm with 20 blades",
        "Utility knife 9 mm, snap-off",
        "Random orbit sander 125 mm, 300 W",
        "Random orbit sander 150 mm, 350 W",
        "Sander 150 mm, 750 W",
        "Sander 125 mm, 400 W",
        "Belt sander 75 x 457 mm",
        "Belt sander 100 x 610 mm",
        "Sanding belts 75 x 457 mm, P80",
        "Sanding belts 100 x 610 mm, P120",
        "Pipe wrench 350 mm",
        "Pipe wrench 450 mm",
        "Copper pipe 15 mm, 3 m",
        "Copper pipe 22 mm, 3 m",
    ]
    facts = FactIndex.build(catalog)
    blades = named(facts, "circular saw blade 190mm")
    assert "blade" in blades and "circular saw" not in blades, blades  # "TCT" is an acronym: the type is "blade"
    assert named(facts, "circular saw 190mm") == ["circular saw"]
    assert named(facts, "utility knife 20 blades") == ["utility knife"]
    assert set(named(facts, "random orbit sander 150mm")) == {
        "random orbit sander",
        "sander",
    }
    assert named(facts, "belt sander sanding belts") == ["sanding belts"]
    assert set(named(facts, "belt sander")) == {"belt sander", "sander"}
    assert named(facts, "wrench pipe 14 inch") == ["pipe wrench"], "a type holding both nouns"
    tools = FactIndex.build(
        [
            "Jigsaw 650 W, pendulum action",
            "Jigsaw 18 V, body only",
            "Jigsaw blades T101B, pack of 5, for jigsaws",
            "Cordless drill 18 V, 2 batteries",
            "Cordless drill 12 V, body only",
            "Rotary tool 130 W with 40 accessories",
            "Rotary tool 12 V, cordless",
        ]
    )
    assert named(tools, "jig saw") == ["jigsaw"], "a part of the joined head is no other noun"
    assert named(tools, "cordless drill bare tool") == ["cordless drill"], "not adjacent"
    erp = FactIndex.build(["SPRING WSHR M8 ZP", "SPRING WSHR M10 ZP", "PRESS WASHER 1800W", "PRESS WASHER 2100W"])
    assert named(erp, "spring washer 8mm") == ["spring wshr"]


def test_in_a_corpus_of_articles_what_follows_for_unlocks_no_type() -> None:
    """Abstracts mention everything after a "for" somewhere; their first phrases stay first phrases."""
    articles = ["Patient cohorts in Sweden", "Aspirin trial for patient cohorts", "Statin review for heart failure"]
    facts = FactIndex.build(articles)
    assert named(facts, "patient cohorts") == []


ACCESSORIES_ONCE = [
    "Auto-darkening welding helmet, shade 9-13, grind mode",
    "Outer cover lenses for welding helmets 110 x 90 mm, 5 pcs",
    "Claw hammer 16 oz, hickory handle",
    "Hammer handle 330 mm hickory, for 16-20 oz claw hammers",
    "Makita RT0702C trimmer router 710 W, 6 and 8 mm collets",
    "Makita 763670-6 collet 8 mm for RT0702C",
    "Tacwise Z3-140L staple gun, 4-14 mm staples",
    "Staples type 140, 10 mm, box of 5000, fits Tacwise Z3-140 and Rapid R34",
    "Stanley 10-099 retractable utility knife",
    "Spare blades for utility knives, trapezoid, pack of 10",
    "Jigsaw 650 W with pendulum action, 90 mm cut",
    "Crowbar 900 mm, hexagonal bar",
]


def test_an_accessory_listed_once_is_a_type_a_query_can_name() -> None:
    """In a catalog of products, a type listed once whose products are made for another type is a product too:
    "cover lenses welding helmet" asks for the lenses (they fit helmets: their own words and what they fit
    explain the query), "replacement blade utility knife" for the blades ("for utility knives"). Negatives:
    the tool asked alone is the tool; a one-off type made for nothing is named only as the query's own head
    ("crowbar"); in a corpus of articles nothing changes (see the test above)."""
    facts = FactIndex.build(ACCESSORIES_ONCE)
    assert named(facts, "cover lenses welding helmet") == ["outer cover lenses"]
    assert named(facts, "replacement blade utility knife") == ["spare blades"]
    assert named(facts, "welding helmet") == ["auto-darkening welding helmet"]
    assert named(facts, "utility knife") == ["retractable utility knife"]
    assert named(facts, "crowbar") == ["crowbar"]  # listed once, nothing made for it: its head
    assert named(facts, "hexagonal bar crowbar 900") == ["crowbar"]


SHORTENED = [
    *["Cordless drill driver 18V, 2 x 2.0 Ah", "Cordless drill driver 12V bare tool"],
    *["Battery 18V 4.0Ah for cordless drill drivers", "Battery 18V 2.0Ah for cordless drill drivers"],
    *["Twist drill HSS 8 mm", "Twist drill HSS 10 mm"],
    *["Circular saw blade 190 mm 24T for circular saws", "Circular saw blade 165 mm 40T for circular saws"],
    *["Close coupled cistern, white", "Close coupled cistern, ivory"],
    *["Dual flush valve for cisterns", "Dual flush valve, 3/6 l"],
]


def test_a_query_that_shortens_a_type_the_catalog_names_in_full_names_it() -> None:
    """Buyers drop the last word of the trade's name: "cordless drill" is a "cordless drill driver", not a twist
    drill (which its head alone would name), with a brand or a size around it, where the catalog makes things
    for cordless drills (it names a tool). Negatives: an accessory whose name begins with its tool's is no tool
    (blades "for circular saws"); a query that names another product ("cistern") asks for it; a type that holds
    the whole phrase is named as before ("twist drill"); the battery asked for is the battery."""
    facts = FactIndex.build(SHORTENED)
    for query in ("cordless drill", "makita cordless drill", "cordless drill 18v"):
        assert named(facts, query) == ["cordless drill driver"], query
    assert named(facts, "cordless drill battery") == ["battery"]
    assert named(facts, "circular saw") == [], "the blades are made for circular saws"
    assert named(facts, "toilet cistern dual flush") == ["close coupled cistern"]
    assert named(facts, "twist drill 8mm") == ["twist drill"]
    assert named(facts, "drill") == ["twist drill"]


def test_a_shortened_name_names_no_accessory_and_nothing_the_catalog_makes_nothing_for() -> None:
    """Where a longer type with the query's words first is an accessory that does not say what it fits, the
    words pull both ways (drill drivers and "cordless drill batteries": neither is named); where nothing in
    the catalog is made for what the query says, no longer type is known to be that thing (blades alone for
    "circular saw"; batteries "for Makita drills" say drill, not cordless); an accessory made for what it says
    is never the tool ("cordless drill battery ... for cordless drills"). The twist drill, the one type headed
    "drill", is named: "cordless" is an adjective, no kind of drill (:func:`.type_naming.named`)."""
    drills, drivers = SHORTENED[4:6], SHORTENED[:2]
    fitted = ["Battery 18V 4.0Ah for cordless drill drivers", "Battery 18V 2.0Ah for cordless drill drivers"]
    unsaid = ["Cordless drill battery 18V 2.0Ah", "Cordless drill battery 12V 4.0Ah"]
    assert named(FactIndex.build([*drivers, *unsaid, *fitted, *drills]), "cordless drill") == ["twist drill"]
    assert named(FactIndex.build([*drivers, *unsaid, *fitted, *drills]), "twist drill 8mm") == ["twist drill"]
    blades = ["Circular saw blade 190 mm 24T", "Circular saw blade 165 mm 40T", "Jigsaw 650 W", "Jigsaw 800 W"]
    assert named(FactIndex.build(blades), "circular saw") == []
    makita = ["Battery 18V 4.0Ah for Makita drills", "Battery 18V 2.0Ah for Makita drills"]
    assert named(FactIndex.build([*drivers, *makita, *drills]), "cordless drill") == ["twist drill"]
    made = ["Cordless drill battery 18V 2.0 Ah for cordless drills", "Cordless drill battery 12V for cordless drills"]
    assert named(FactIndex.build([*drills, *made]), "cordless drill") == ["twist drill"], "a battery is no drill"


def test_a_code_the_query_names_lets_it_name_the_type_made_for_that_code() -> None:
    """ "rt0702c collet": the collet made for the RT0702C, however rare collets are; the router that is the
    RT0702C is no collet. Negatives: the code alone names no type; a collet query without the code names the
    collet only as its own head."""
    facts = FactIndex.build(ACCESSORIES_ONCE)
    assert named(facts, "rt0702c collet") == ["collet"]
    assert named(facts, "rt0702c") == []
    assert named(facts, "collet") == ["collet"]
    assert named(facts, "router collet") == ["collet"]


def test_what_the_named_accessory_is_made_for_and_what_the_query_says_it_is_for_are_marked() -> None:
    """ "hammer handle": the claw hammer is what the handles are made for (``fitted``); "staples for tacwise
    staple gun": the staple gun is what the query says they are for (``target``). Neither is the asked-for
    thing; the model's liking for them is no evidence against the named type (:func:`confirm_types`)."""
    facts = FactIndex.build(ACCESSORIES_ONCE)
    match = facts.match(QueryReader(facts).understand("hammer handle"))
    assert match.kind.tolist() == [n == 3 for n in range(len(ACCESSORIES_ONCE))]
    assert np.flatnonzero(match.fitted).tolist() == [2]  # the claw hammer, not the handle itself
    said = facts.match(QueryReader(facts).understand("staples for tacwise staple gun"))
    assert np.flatnonzero(said.target).tolist() == [6]
    assert not facts.match(QueryReader(facts).understand("staple gun")).target.any()  # asked for itself: no target
    articles = FactIndex.build(["Patient cohorts in Sweden", "Aspirin trial for patient cohorts", "Cohort studies"])
    assert not articles.match(QueryReader(articles).understand("aspirin trial")).fitted.any()


def test_a_query_naming_a_tool_and_its_accessory_asks_for_the_accessory() -> None:
    facts = FactIndex.build(ONE_OFFS)
    assert named(facts, "cordless drill battery") == ["battery"]
    assert named(facts, "battery for cordless drill") == ["battery"]
    assert named(facts, "cordless drill") == ["cordless drill"]
    assert named(facts, "plunge saw guide rail") == ["guide rail"]


@pytest.mark.parametrize(
    ("short", "word", "abbreviates"),
    [
        ("vlv", "valve", True),  # consonants in order
        ("wshr", "washer", True),
        ("hmr", "hammer", True),
        ("circ", "circular", True),  # the first letters
        ("press", "pressure", True),
        ("saw", "sander", False),  # a vowel that is not the word's next
        ("sd", "sand", False),  # two letters say too little
        ("vlv", "level", False),  # another first letter
        ("valve", "valve", False),  # a word is not its own abbreviation
    ],
)
def test_erp_abbreviations(short: str, word: str, abbreviates: bool) -> None:
    from product_search.text.product_types import abbreviates as rule

    assert rule(short, word) is abbreviates


def test_a_query_word_reads_the_catalogs_abbreviation_of_it() -> None:
    texts = [f"{kind} {size} BSP BRS" for kind in ("BALL VLV", "GATE VLV") for size in ("1/2", "3/4", '1"')]
    facts = FactIndex.build([*texts, "LUMP HMR 1KG HKY HDL", "LUMP HMR 1.8KG HKY HDL"])
    assert named(facts, "ball valve 3/4") == ["ball vlv"]
    assert named(facts, "lump hammer 1kg") == ["lump hmr"]
    assert named(facts, "ball bearing") == [], "no abbreviation of bearing: nothing named"
    seals = FactIndex.build(["OIL SEAL 20X35X7 NBR", "OIL SEAL 25X40X7 NBR", "OIL SEAL 30X47X7 NBR"])
    assert named(seals, "sealant") == [], "an English word (seal) abbreviates nothing"


ELBOWS = ["PRESS FIT ELB 15MM", "PRESS FIT ELB 22MM", "PUSH FIT ELB 15MM", "PUSH FIT ELB 22MM", "COMP ELBOW 15MM BRS"]
COMBIS = [
    "COMBI HAMMER DRL 18V CDL C/W 2X5.0AH BATT CHGR CASE",
    "COMBI HAMMER DRL 36V CDL BRUSHLESS C/W CASE",
    "HSS DRILL 1.5MM DIN338 FOR DRILL/DRIVER/CDL COMBI (5)",
    "HSS DRILL 2.5MM DIN338 FOR DRILL/DRIVER/CDL COMBI (5)",
    "MAS DRILL BIT 7X200 TCT F/ COMBI DRILL",
    "MAS DRILL BIT 10X120 TCT F/ COMBI DRILL",
    "HOLESAW 20MM TCT C/W ARBOR SUITS COMBI DRILL",
    "INSTANT ADH 20G LIQ",
    "INSTANT ADH 50G GEL",
    "GRAB ADHESIVE 300ML SOLV FREE",
    "CONSTR ADHESIVE 350ML HIGH GRAB",
    "BALL VLV 1/2 BRS",
    "BALL VLV 3/4 BRS",
    "WOOD SCR CSK PZ2 4.0X40 YZP BX200",
    "HEX HD SCR M8X25 A2-70 DIN933",
    "HEX HD SCR M6X16 A2-70 DIN933",
]


def test_an_abbreviation_stands_at_its_words_place() -> None:
    """The catalog's abbreviation of a query word is read at that word's place: a rare type written in full
    ("COMP ELBOW" once) is no later in "elbow 15mm" than those the catalog abbreviates, so it does not
    silence them. Said in full, the rare type is named."""
    facts = FactIndex.build(ELBOWS)
    assert named(facts, "elbow 15mm") == ["press fit elb", "push fit elb"]
    assert named(facts, "press elbow") == ["press fit elb"]
    assert named(facts, "comp elbow 15mm") == ["comp elbow"]


def test_a_type_with_more_of_the_querys_own_words_wins_over_one_that_fits_them() -> None:
    """ "combi drill": the COMBI HAMMER DRL holds both words; the HSS DRILL "FOR ... CDL COMBI" holds one and
    fits the other, and is asked for only by its own name."""
    facts = FactIndex.build(COMBIS)
    assert named(facts, "combi drill") == ["combi hammer drl"]
    assert named(facts, "hss drill") == ["hss drill"]


@pytest.mark.parametrize(
    ("query", "abbreviated"),
    [
        ("combi drill 36v", True),  # COMBI HAMMER DRL: both words, the head as the catalog abbreviates it
        ("instant adhesive", True),
        ("check valve", False),  # BALL VLV holds only the head: an abbreviation alone is weak evidence
        ("4 x 40 wood screws", False),  # HEX HD SCR lacks "wood", which the catalog's WOOD SCR CSK holds
        ("combi drl", False),  # typed as the catalog writes it: the model reads the same word
        ("ironvale combi drill", True),  # a name, no word of the language: neither for nor against
        ("makita check valve", False),  # a name does not make one word two
        ("hss drill", False),  # a word, no abbreviation
    ],
)
def test_a_type_named_by_the_catalogs_abbreviation_is_marked(query: str, abbreviated: bool) -> None:
    facts = FactIndex.build(COMBIS)
    assert QueryReader(facts).understand(query).abbreviated is abbreviated


def test_a_modifier_named_by_the_catalogs_abbreviation_is_marked_too() -> None:
    """ "THR BAR" is a threaded bar by the catalog's THR: the model, which never learnt it, prefers the pry bar."""
    bars = ["M10X2000/THR BAR/HDG", "M8X1000/THR BAR/ZP", "M12X1000/THR BAR/A2", "PRY BAR 450MM", "PRY BAR 600MM"]
    reader = QueryReader(FactIndex.build([*bars, "WRECKING BAR 900MM", "WRECKING BAR 1050MM"]))
    threaded = reader.understand("threaded bar m10")
    assert threaded.type_names == ["thr bar"] and threaded.abbreviated
    assert not reader.understand("pry bar 450mm").abbreviated  # as written: the model judges
    assert not reader.understand("thr bar").abbreviated  # typed as the catalog writes it


def test_an_acronym_is_no_name_and_a_material_no_type_with_the_head_says_is_an_attribute() -> None:
    """A brand the lexicon lacks counts neither for nor against a type ("ironvale"); an acronym the catalog's
    types use is a word of the kind ("sds drill bit" is no HSS DRL BIT: the model still judges). A material no
    type with the head holds is what the product is made of ("ss press elbow"); one that such a type holds says
    the kind ("4 x 40 wood screws", above)."""
    catalog = [
        *["HSS DRL BIT 8MM DIN338", "HSS DRL BIT 10MM DIN338", "SDS PLUS BIT 10X160", "SDS PLUS BIT 12X210"],
        *["PRESS FIT ELB 15MM", "PRESS FIT ELB 22MM", "SS THRD ROD M8X1000", "SS THRD ROD M10X1000"],
    ]
    reader = QueryReader(FactIndex.build(catalog))
    sds = reader.understand("sds drill bit")
    assert not sds.abbreviated and "hss drl bit" in sds.type_names
    elbow = reader.understand("ss press elbow")
    assert elbow.type_names == ["press fit elb"] and elbow.abbreviated


def test_a_hyphenated_word_is_read_as_its_parts_not_spelt_as_the_catalogs_joined_word() -> None:
    """ "push-fit" beside a catalog that also writes PUSHFIT: one slip (the hyphen) from it, but the query said
    both parts, which the PUSH FIT ELB holds; spelt "pushfit" it named every elbow alike."""
    elbows = ["PUSH FIT ELB 15MM", "PUSH FIT ELB 28MM", "PRESS FIT ELB 15MM", "PRESS FIT ELB 22MM"]
    reader = QueryReader(FactIndex.build([*elbows, "PUSHFIT TEE 15MM", "PUSHFIT TEE 22MM", "COMP ELB 15MM BRS"]))
    for query in ("28mm push-fit elbow", "push fit elbow"):
        read = reader.understand(query)
        assert read.type_names == ["push fit elb"] and read.abbreviated, query
    assert reader.understand("pushfit tee").type_names == ["pushfit tee"]


def test_a_type_named_without_its_head_is_marked_and_a_slip_in_the_head_is_not() -> None:
    """ "twin and earth" names the twin and earth cable by the words the trade says, not its head; clips "for
    twin and earth" repeat them, and the model prefers the clips. A slip in what is asked for ("saw blaes") is
    no name: the RECIP SAW holds the other words but not it, and the model still judges."""
    cables = ["1.5 mm2 twin and earth cable, 100 m", "2.5 mm2 twin and earth cable, 50 m", "6 mm2 twin and earth cable"]
    clips = ["Flat clips for 2.5 mm2 twin and earth, box of 100", "Flat clips for 1.5 mm2 twin and earth, box of 100"]
    reader = QueryReader(FactIndex.build([*cables, *clips, "Cable tie 200 mm", "Cable tie 300 mm"]))
    read = reader.understand("twin and earth 4mm")
    assert read.type_names == ["twin and earth cable"] and read.abbreviated
    assert not reader.understand("twin and earth cable").abbreviated  # its head said: the model judges
    saws = ["RECIP SAW 18V CDL", "RECIP SAW 710W CORDED", "RECIP SAW BLADES 150MM BIM", "RECIP SAW BLADES 230MM HSS"]
    slip = QueryReader(FactIndex.build(saws)).understand("reciprocating saw blaes 150mm")
    assert not slip.abbreviated


def test_a_type_named_by_the_catalogs_abbreviation_is_not_refused_by_the_model(
    make_app: Callable[..., Flask],
) -> None:
    """The model never learnt "DRL" or "ADH": it prefers the accessories and the other adhesives that spell their
    words, and its refusal of the named type would put them first. Where the type holds the query's own words
    (:func:`holds_said`), the type stands. Negative: "4 x 40 wood screws" names the HEX HD SCR by its head
    alone (the catalog's WOOD SCR CSK reads no head "scr"); the model still judges it, and refuses it."""
    client = make_app().test_client()
    rows = [{"id": f"c{n}", "description": d} for n, d in enumerate(COMBIS)]
    assert upload(client, "erp", rows).status_code == 201

    def first(query: str) -> str:
        resp = client.post("/v1/catalogs/erp/search", json={"queries": [query], "top_k": 3})
        assert resp.status_code == 200, resp.json
        return str(resp.json["results"][0][0]["description"])

    assert first("combi drill 36v").startswith("COMBI HAMMER DRL 36V")
    assert first("instant adhesive").startswith("INSTANT ADH")
    assert first("4 x 40 wood screws").startswith("WOOD SCR")


ERP_SCREWS = [
    "HEX HD SCR M8X25 A2-70 DIN933",
    "HEX HD SCR M10X30 8.8 ZP DIN933",
    "DRYWALL SCR 3.5X25 BLK PHOS BX1000",
    "DRYWALL SCR 3.5X38 BLK PHOS BX1000",
    "CHIPBOARD SCR 4X40 YZP CSK PZ2",
    "CHIPBOARD SCR 5X60 YZP CSK PZ2",
    "CAP SCR SKT M5X16 12.9 DIN912",
    "CAP SCR SKT M6X20 12.9 DIN912",
    "SKT HD CAP SCR M8X30 A2 ISO4762",
    "SKT HD CAP SCR M10X40 A2 ISO4762",
    "SKT SET SCR M6X10 CUP PT DIN916",
]


def test_the_catalog_shows_the_head_that_its_short_texts_put_before_their_modifiers() -> None:
    """ERP short texts put modifiers after the head ("CAP SCR SKT": a socket cap screw). A shape straight after the
    fastener is read as its head form (ANALYZER 56; before, the catalog's words re-headed it: SCR heads phrases more
    often than it modifies them, SKT is no noun alone), and a query names it. The phrase as read stays the type's
    identity: what the index file keeps."""
    facts = FactIndex.build(ERP_SCREWS)
    table = facts.types
    heads = {p.text: p.heads for p in table.phrases}
    assert heads["cap scr skt"] == ("scr",)
    assert heads["hex hd scr"] == ("scr",)
    assert named(facts, "cap screw m5") == ["cap scr skt", "skt hd cap scr"]  # the same screw, written two ways
    assert {p["text"]: tuple(p["heads"]) for p in table.to_json()}["cap scr skt"] == ("scr",)
    loaded = FactIndex.load(facts.arrays(), facts.meta())
    assert {p.text: p.heads for p in loaded.types.phrases}["cap scr skt"] == ("scr",)
    # However many products write SKT last, the screw stays a screw: the reading no longer hangs on the catalog's
    # counts.
    more = FactIndex.build([*ERP_SCREWS, "IMPACT SKT 19MM 1/2DR", "DEEP SKT 13MM 1/2DR", "SPARK PLUG SKT 16MM"])
    assert {p.text: p.heads for p in more.types.phrases}["cap scr skt"] == ("scr",)
    # A head's shape after the name (SKT HD) is never its head, as read (the test after this one).
    assert [p["heads"] for p in FactIndex.build(["CAP SCR SKT HD M5X16 DIN912"]).types.to_json()] == [["scr"]]


@pytest.mark.parametrize(
    ("text", "phrase", "heads"),
    [
        ("Coach Screw Hex Head M12 x 150 HDG", "coach screw hex head", ("screw",)),
        ("Machine screw pan head M4 x 20, A2 stainless", "machine screw pan head", ("screw",)),
        ("Drywall Screw Bugle Head 3.5 x 50 mm", "drywall screw bugle head", ("screw",)),
        ("WOOD SCREW CSK PZ2 4.0X40 BZP BOX 200", "wood screw csk", ("screw",)),
        ("WOOD SCREW PAN HD PZ2 4.0X20 BZP BOX 200", "wood screw pan hd", ("screw",)),
        ("3.0X30 WOODSCREW BZP CSK PZ2 PK/200", "woodscrew bzp csk", ("woodscrew",)),  # its finish before the shape
        ("PX-891 3.2x10mm Blind Rivet Alum Dome Head (100)", "blind rivet alum dome head", ("rivet",)),
        ("BOLT HEX HD M8X40 8.8 ZP", "bolt hex hd", ("bolt",)),
        ("Frame Fixing Csk 8x120mm", "frame fixing csk", ("fix",)),
        ("Screwdriver Flat Head 5.5 x 125mm", "screwdriver flat head", ("screwdriv",)),  # named after the head
        # The drive beside the shape, shapes of more words or hyphenated, ERP's order (the fastener first).
        ("Wood Screw Pan Head Pozi 4.0 x 30 mm Zinc Plated - Box of 200", "wood screw pan head pozi", ("screw",)),
        ("Wood screw raised countersunk pozi 4 x 40", "wood screw raised countersunk pozi", ("screw",)),
        ("SCREW POZI CSK 4X40", "screw pozi csk", ("screw",)),
        ("Carriage Bolt Cup Square Head M8 x 60 mm BZP", "carriage bolt cup square head", ("bolt",)),
        ("Clout Nails Large Head 30 mm Galvanised", "clout nails large head", ("nail",)),
        ("Coach Screw Hex-Head 10 x 100", "coach screw hex-head", ("screw",)),
        ("SCR SELF TAP PAN HD PH NO8X1/2 ZP BX100", "scr self tap pan hd", ("scr",)),
        ("NAIL ROUND WIRE RND HD BRT 3IN 2.5KG", "nail round wire rnd hd", ("nail",)),
        ("Screw Kit Pan Head", "screw kit pan head", ("kit", "screw")),
        # ERP's shortest forms straight after the fastener: a shape without "HD", a point, a washer face.
        ("DRYWALL SCREW BUGLE PH2 BLK 3.5X32 BX1000", "drywall screw bugle", ("screw",)),
        ("CSK SCREW SKT A2 SS M6X20 BX100", "csk screw skt", ("screw",)),
        ("SOCKET SET SCREW CUP PT A2 M6X10 BX100", "socket set screw cup pt", ("screw",)),
        ("SELF-DRILLING SCREW HEX WSH ZP 5.5X32 BX100", "self-drilling screw hex wsh", ("screw",)),
        ("SOCKET SET 1/2 DR 24PC", "socket set", ("set", "socket")),  # no fastener before the shape
        # Before its size: the head form is no adjective of what follows ("Robust 68 mm hole saw"), it ends the name.
        ("Wood screw countersunk 4.0 x 40", "wood screw countersunk", ("screw",)),
        (
            "Spax 4191010400405 Wood Screw Countersunk T-Star plus 4 x 40 mm, partial thread",
            "wood screw countersunk",
            ("screw",),
        ),
        ("Pop Rivet Countersunk 4.0 x 12 mm Aluminium", "pop rivet countersunk", ("rivet",)),
        ("Woodscrew Countersunk 4 x 40 mm", "woodscrew countersunk", ("woodscrew",)),  # a trade word, no maker
        # The shape first names the type, as before; a head that is the product and a shape after what is no
        # fastener stay as read.
        ("Pan head wood screw 4 x 20", "pan head wood screw", ("screw",)),
        ("Socket head cap screw M6 x 20", "socket head cap screw", ("screw",)),
        ("Shower head chrome 100mm", "shower head", ("head",)),
        ("Hammer head 16oz", "hammer head", ("head",)),
        ("Replacement strimmer head", "replacement strimmer head", ("head",)),
        ("Self Tapping Pan Head 4.2 x 13mm", "self tapping pan head", ("head",)),
        ("Emergency Stop Button Mushroom Head", "emergency stop button mushroom head", ("head",)),
        ("Impact Socket Hex Head 19mm", "impact socket hex head", ("head",)),
        ("Screwdriver Bit Pozi Hex Head", "screwdriver bit pozi hex head", ("head",)),
    ],
)
def test_a_fasteners_head_shape_after_its_name_is_no_head(text: str, phrase: str, heads: tuple[str, ...]) -> None:
    """Catalogs of every style write a fastener's head shape and drive after its name ("Coach Screw Hex Head",
    "WOOD SCREW PAN HD", "... CSK"): the phrase keeps them (a query saying the shape names it), its head is the
    fastener's. Only a fastener has such a head: after a material, a drilling or tapping, a button or a socket the
    head stays as read (a self-tapping screw's type read as "tap" would be named by "taps")."""
    found = type_phrase(text, extract(text))
    assert found is not None and (found.text, found.heads) == (phrase, heads)


@pytest.mark.parametrize(
    "text",
    [
        "Fixings - Countersunk - 4 x 40 mm - Zinc",  # a fixing, never a type "countersunk"
        "Screw Cover Caps Countersunk 8 mm White",  # a fastener first modifies the name, outside ERP's capitals
        "Nail Punch Countersunk 3 mm",
        "Rivet Nut Countersunk M6",
        "Spax 4 x 40 mm countersunk, yellow zinc, box of 200",  # a maker's name, then the size
    ],
)
def test_a_head_form_before_a_size_names_no_other_thing(text: str) -> None:
    found = type_phrase(text, extract(text))
    assert found is None or (found.heads != ("countersunk",) and found.heads[0] not in {"screw", "nail", "rivet"})


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Hex head 10 mm, chrome vanadium", None),
        ("Steel Hex Head M8", None),
        ("BRASS CSK 8X1", None),
        ("5.5 x 32 mm, hex head, self-drilling screw, with EPDM washer, box of 100", "self-drilling screw"),
        ("5.0 x 70 mm, PZ2, csk, wood screws, yellow zinc, box of 100", "wood screws"),
        ("M6 x 20, stainless, pan head, machine screw", "machine screw"),
        ("Socket 1g sw 13A brushed chr blk ins", "socket"),  # a shape that is a noun alone: the product
    ],
)
def test_a_head_form_alone_is_an_attribute(text: str, phrase: str | None) -> None:
    """A head form alone, or after materials, describes a fastener as a material does ("M25, brass, cable gland"):
    no type of its own; the fastener in the next field is the type."""
    found = type_phrase(text, extract(text))
    assert (found.text if found else None) == phrase


@pytest.mark.parametrize(
    ("text", "phrase", "heads"),
    [
        ("Makita DHS680Z 18V LXT Brushless 165mm Circular Saw - Body Only", "circular saw", ("saw",)),
        ("DeWalt DCF887N 18V XR Brushless 3-Speed Impact Driver - Bare Unit", "impact driver", ("driver",)),
        ("Makita DHP484Z 18V Combi Drill Body Only", "drill", ("drill",)),
        ("Milwaukee M18FID2-0 18V Impact Driver - Tool Only", "impact driver", ("driver",)),
        ("Bosch GDR 18V-200 Professional Impact Driver - Solo", "professional impact driver", ("driver",)),
        ("Ryobi R18PD3-0 ONE+ 18V Combi Drill Skin Only", "drill", ("drill",)),
        ("Makita DTM51Z 18V LXT Multi-Tool - Body Only", "multi-tool", ("multitool",)),  # a compound: the name
        ("DeWalt DCD796N Combi Drill - Body Only", "drill", ("drill",)),  # a model code, no voltage
        ("Makita DJV180Z 18V Jigsaw - Bare Unit Only", "jigsaw", ("jigsaw",)),
        # Negatives: only in a power tool's text (a voltage or a battery's capacity); "body", "unit" and "skin"
        # alone are what they name; a maker's name before a sales form is none.
        ("Gate Valve Body Only", "gate valve body", ("bodi",)),
        ("Wall Hung Vanity Unit Only (Basin Not Included)", "wall hung vanity unit", ("unit",)),
        ("Valve Body 15mm Brass", "valve body", ("bodi",)),
        ("Consumer Unit 10 Way Dual RCD", "consumer unit", ("unit",)),
        ("Bare Copper Wire 2.5mm", "bare copper wire", ("wire",)),
        ("Makita Body Only 18V", None, None),
    ],
)
def test_how_a_tool_is_sold_is_no_part_of_its_name(
    text: str, phrase: str | None, heads: tuple[str, ...] | None
) -> None:
    """Marketplaces write after a cordless tool's name how it is sold: "Circular Saw - Body Only", "Impact Driver -
    Bare Unit". Read as the head ("body", "unit"), a query for circular saws found such saws of no type and ranked a
    circular saw blade, typed by what it fits, above them."""
    found = type_phrase(text, extract(text))
    assert ((found.text, found.heads) if found else (None, None)) == (phrase, heads)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Sealant gun heavy duty for 310 ml cartridges, drip-free", "sealant gun"),
        ('14" (350 mm), heavy duty, pipe wrench, cast iron', "pipe wrench"),
        ("A 2m x 25m roll of heavy duty 100gsm weed control fabric for large beds.", "weed control fabric"),
        ("Refuse Sack Light Duty 18 x 29 x 39 in", "refuse sack"),
        ("Sealant Gun Extra Heavy-Duty", "sealant gun"),
        ("Heavy Duty Sealant Gun 310ml", "heavy duty sealant gun"),  # before the name, as any modifier
        ("Heavy Duty", None),
        ("REFUSE SACK HEAVY DUTY BLK 200PK", "refuse sack"),  # and the colours or materials after it
        ("Hinge Heavy Duty Stainless Steel 100mm", "hinge"),
        ("Refuse Sacks Ultra Heavy Duty", "refuse sacks"),
        ("Sealant Gun Extra-Heavy-Duty", "sealant gun"),
    ],
)
def test_a_duty_rating_is_an_attribute(text: str, phrase: str | None) -> None:
    """ "Heavy duty" after a name, or alone in a field, was read as the product's name ("heavy duty" headed
    "duty"), so a pipe wrench or a weed control fabric had no type a query could name."""
    found = type_phrase(text, extract(text))
    assert (found.text if found else None) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("DeWalt DCD796D2 18V XR Combi Drill Kit - 2 x 2.0Ah Batteries, Charger & Case", "drill kit"),
        ("Tekpro TP-1878 12V 40Nm Combi Drill 2 x 5.0Ah Kit", "drill"),
        ("Makita DHP485Z 18V Combi Drill 2 Batteries", "drill"),
        ("DeWalt DCD796 Combi Drill Kit - 2x 2.0Ah Batteries", "drill kit"),
        ("DeWalt Combi Drill Kit 2 x 18V 2.0Ah Batteries", "drill kit"),
        # Negatives: a model number is no count; an accessory pack counts what it is; batteries are batteries.
        ('Norbar Professional 300 1/2" drive torque wrench 60-300 Nm', "drive torque wrench"),
        ("Irwin Jack Xpert 880 550 mm 8 TPI universal hand saw", "universal hand saw"),
        ("Araldite Rapid 2 x 15ml tubes", "tubes"),
        ("Bosch Jigsaw 10 Blades 18V", "blades"),
        ("Stanley Sharpshooter 53 Staples", "staples"),
        ("Energizer Max 4 Batteries AA", "batteries"),
    ],
)
def test_a_count_after_a_name_is_no_model_code(text: str, phrase: str) -> None:
    """A name with a word no lexicon knows ("Combi") before a plain number was a brand before its model code, and
    the product was what the count counts: "Combi Drill Kit - 2 x 2.0Ah Batteries" was a battery. Only a cordless
    kit's count is one (batteries or chargers, or "N x" a capacity, in a power tool's text)."""
    found = type_phrase(text, extract(text))
    assert found is not None and found.text == phrase


def test_a_tool_sold_bare_is_its_type_and_the_blade_for_it_an_accessory() -> None:
    texts = [
        "Makita DHS680Z 18V LXT Brushless 165mm Circular Saw - Body Only",
        "DeWalt DCS570N 18V XR Brushless 184mm Circular Saw - Bare Unit",
        "Bosch GKS 190 Professional 1400W 190mm Circular Saw 240V",
        "Makita B-08143 TCT Circular Saw Blade 165mm x 20mm Bore 24T for DHS680 Cordless Circular Saws",
    ]
    facts = FactIndex.build(texts)
    m = facts.match(QueryReader(facts).understand("circular saw"))
    assert m.kind.tolist() == [True, True, True, False]
    assert m.fits.tolist() == [False, False, False, True]


FIXINGS_ERP = [
    *(f"WOOD SCREW CSK PZ2 {size} BZP BOX 200" for size in ("4.0X40", "4.0X50", "5.0X60", "5.0X70")),
    *(f"WOOD SCREW PAN HD PZ2 {size} BZP BOX 200" for size in ("4.0X20", "4.0X25", "4.5X30")),
    *(f"COACH SCREW HEX HD {size} HDG DIN571 BOX 50" for size in ("M8X60", "M10X100", "M12X150")),
    *(f"SKT CAP SCREW {size} GR12.9 DIN912 BOX 100" for size in ("M6X25", "M8X30", "M10X40")),
    *(f"HEX BOLT {size} GR8.8 BZP DIN931 BOX 50" for size in ("M8X40", "M10X60", "M12X100")),
    *(f"HEX NUT {size} GR8 BZP DIN934 BOX 500" for size in ("M6", "M8", "M10", "M12")),
    *(f"FLAT WSHR FORM A {size} BZP BOX 500" for size in ("M6", "M8", "M10", "M12")),
]


def test_a_query_names_the_fasteners_whose_shape_follows_their_name() -> None:
    """With the head shape read as the head ("wood screw pan hd" headed by HD), "screws", "wood screws" and "pan
    head screws" named only the socket cap screws, the one type ending in SCREW, and "coach screws" nothing; the
    self-tapping screws were named by "taps"."""
    facts = FactIndex.build(FIXINGS_ERP)
    assert set(named(facts, "screws")) == {"wood screw csk", "wood screw pan hd", "coach screw hex hd", "skt cap screw"}
    assert named(facts, "pan head screws") == ["wood screw pan hd"]
    assert set(named(facts, "wood screws 4x40")) == {"wood screw csk", "wood screw pan hd"}
    assert named(facts, "coach screws m10") == named(facts, "hex head coach screws") == ["coach screw hex hd"]
    assert named(facts, "countersunk wood screws") == ["wood screw csk"]
    # ERP's order, the fastener first: a self-tapping screw, named by "screws", not by "taps".
    self_tappers = [f"SCR SELF TAP PAN HD PH {size} ZP BX100" for size in ("NO6X1/2", "NO8X1/2", "NO8X1", "NO10X3/4")]
    taps = [f"TAP BASIN MONO {kind} CHR" for kind in ("LEVER", "DUAL LEVER", "CROSSHEAD")]
    facts = FactIndex.build([*FIXINGS_ERP, *self_tappers, *taps])
    assert named(facts, "self tapping screws") == ["scr self tap pan hd"]
    assert "scr self tap pan hd" in named(facts, "screws") and "scr self tap pan hd" in named(facts, "pan head screws")
    assert "scr self tap pan hd" not in named(facts, "taps")
    assert named(facts, "hex bolt m12") == ["hex bolt"]


def test_a_head_that_many_phrases_share_is_a_type_in_a_catalog_of_products() -> None:
    """ERP short texts spell one type many ways, one or two products each: "scr" heads five phrases here and no
    phrase repeats, yet a buyer asking for a "set screw" names it (said in full, "hex set screw" would name it
    anyway). With four phrases the head is still a first word's noise; in a corpus of articles no head is."""
    screws = ["HEX SET SCR M10X50", "SKT CAP SCR M6X20", "CSK WOOD SCR 4X40", "DRYWALL SCR 3.5X25"]
    screws.append("SELF TAP SCR 4.2X19")
    others = [f"{kind} M{size}" for kind in ("HEX NUT", "FLAT WASHER") for size in (6, 8, 10)]
    assert named(FactIndex.build([*screws, *others]), "set screw m10") == ["hex set scr"]
    assert named(FactIndex.build([*screws[:4], *others]), "set screw m10") == []
    kinds = ("Elderly", "Diabetic", "Obese", "Pregnant", "Hospitalised", "Asthmatic")
    articles = FactIndex.build([f"{kind} patients respond to early treatment" for kind in kinds])
    assert not articles.of_products and named(articles, "patients") == []


def test_the_catalogs_head_replaces_the_head_as_read() -> None:
    """A type the catalog heads anew is named through that head alone, as the types written so are: "DRILL
    HAMMER SDS" (repeating by its SDS) is not named for "hammer" over three claw, club and sledge hammers the
    catalog lists once each."""
    texts = [
        *("DRILL HAMMER SDS 800W", "DRILL HAMMER SDS 1100W", "SDS DRILL BIT 8X160", "SDS DRILL BIT 10X210"),
        *("SDS CHISEL FLAT 20X250", "CLAW HAMMER 16OZ", "CLUB HAMMER 1.1KG", "SLEDGE HAMMER 3KG"),
    ]
    facts = FactIndex.build(texts)
    assert {p.text: p.heads for p in facts.types.phrases}["drill hammer sds"] == ("hammer",)
    assert named(facts, "hammer 16oz") == []


def test_a_noun_or_an_abbreviated_head_after_a_word_is_no_modifier() -> None:
    """Negatives: in "hammer drill" the drill is a noun (however many drill bits and drill stands the catalog
    lists, which make "drill" modify more often than it heads); in "COMBI HAMMER DRL" the DRL abbreviates a head."""
    texts = [
        "Hammer drill 850W SDS-plus",
        *("Drill bit 8mm", "Drill stand 43mm", "Drill chuck 13mm", "Drill guide 10mm"),
        *("Claw hammer 16oz", "Club hammer 1.1kg", "Sledge hammer 3kg", "Lump hammer 1kg"),
        *("COMBI HAMMER DRL 18V CDL", "DRL BIT 6MM HSS", "DRL STAND 43MM", "HSS DRILL 2.5MM DIN338"),
    ]
    table = FactIndex.build(texts).types
    assert all(len(p.heads) == 1 for p in table.phrases), [p for p in table.phrases if len(p.heads) > 1]


def test_accessories_made_for_the_named_type_are_marked() -> None:
    texts = ["Hex head bolt M6x30", "Hex head bolt M6x40", "Flat washer for M6 bolts", "Spring washer for M6 bolts"]
    facts = FactIndex.build(texts)
    m = facts.match(QueryReader(facts).understand("m6 bolt"))
    assert m.kind.tolist() == [True, True, False, False]
    assert m.fits.tolist() == [False, False, True, True]
    m = facts.match(QueryReader(facts).understand("washer m6"))
    assert not m.fits.any(), "asked for by name, the washer is the type"
    # The model preferring an accessory made for the type does not overrule the type.
    pool = [Candidate(1, dense=0.60, kind=True), Candidate(2, dense=0.75, fits=True)]
    confirm_types(pool)
    assert pool[0].kind and "accessory" in pool[1].matched


def test_a_bare_type_named_alone_lifts_its_kinds_not_its_accessories() -> None:
    """A query read as a bare head ("utility knives" where the catalog types no utility knife, only a planer
    knife whose "for planers" leaves it "knife") names every knife: a "trimming knife" is a knife, its blades are
    not. Beside a more specific named type, the bare one lifts no other kind of it; a set is a kind of a set only."""
    texts = [
        "Planer knife 82 mm for planers, TCT",  # typed "knife": what it fits leaves its name
        "Trimming knife, retractable",
        "Trimming knife blades, 10 pcs",
        "Putty knife 50 mm, stainless",
        "Hole saw set, 9 pcs",
        "Hole saw arbor set",
        "Drill bit 8 mm",
        "Masonry drill bit 6 mm",
        "Drill bit set 1-10 mm",
        "Knives, 2 pcs",  # the same stem as "knife": neither is more specific
    ]
    facts = FactIndex.build(texts)
    table = facts.types
    ids = {p.text: n for n, p in enumerate(table.phrases)}

    def kinds(*named: str) -> set[str]:
        types = [ids[n] for n in named]
        return {table.phrases[t].text for t in table.subtypes(types, table.extensions(types))}

    assert kinds("knife") == {"trimming knife", "putty knife", "knives"}  # not "trimming knife blades"
    assert kinds("knife", "knives") == {"trimming knife", "putty knife"}
    assert kinds("knife", "trimming knife") == set(), "the bare knife beside a trimming knife lifts no putty knife"
    assert kinds("hole saw set") == set(), "an arbor set shares only the collective"
    assert kinds("drill bit") == {"masonry drill bit"}, "a set of bits is no bit"
    assert kinds("drill bit", "drill bit set") == {"masonry drill bit"}
    # As the query reader hands them over: the kinds are the named type, the rest stay extensions.
    types = [ids["knife"]]
    extensions = table.extensions(types)
    subtypes = table.subtypes(types, extensions)
    rest = [e for e in extensions if e not in subtypes]
    m = facts.match(QueryFacts([], [], types, ["knife"], rest, subtypes=subtypes))
    assert m.kind.tolist()[:4] == [True, True, False, True] and m.extension.tolist()[:4] == [False, False, True, False]


def test_what_a_product_fits_counts_as_the_catalog_abbreviates_it() -> None:
    """ERP short texts abbreviate the tool an accessory fits ("F/ BELT SNDR") as they abbreviate types."""
    texts = [
        "BELT SANDER 75 X 457MM 750W CORDED",
        "BELT SNDR 75 X 533MM 1010W CORDED",
        "75X457MM P80 BELT ABR ZA F/ BELT SNDR (3)",
        "HEX BOLT M8 X 40 ZN",
        "HEX BOLT M8 X 50 ZN",
    ]
    facts = FactIndex.build(texts)
    m = facts.match(QueryReader(facts).understand("belt sander 75 x 457mm"))
    assert m.kind.tolist()[0] and m.fits.tolist() == [False, False, True, False, False]
    assert not facts.match(QueryReader(facts).understand("hex bolt")).fits.any(), "no abbreviation: nothing fits"


def test_products_that_come_with_the_named_type_are_marked_and_do_not_overrule_it() -> None:
    texts = [
        "6.35 x 80 mm pilot drill, HSS, for hole saw arbors",
        "6.35 x 100 mm pilot drill, HSS, for hole saw arbors",
        "Hole saw arbor 32-152 mm with pilot drill",
        "Strip paint and shrink sleeving with this 2000 W heat gun",  # "with this": the product itself
    ]
    facts = FactIndex.build(texts)
    m = facts.match(QueryReader(facts).understand("pilot drill"))
    assert m.kind.tolist() == [True, True, False, False]
    assert m.comes_with.tolist() == [False, False, True, False]
    assert facts.match(QueryReader(facts).understand("heat gun")).kind.tolist() == [False, False, False, True]
    pool = [Candidate(1, dense=0.70, kind=True), Candidate(2, dense=0.77, comes_with=True)]
    confirm_types(pool)
    assert pool[0].kind, "the model preferring what comes with the type does not overrule the type"


def test_fact_index_levels_roles_and_families() -> None:
    texts = [
        "Makita DHP482Z cordless combi drill 18V, body only",  # 0: own family of DHP482
        "Battery 18V 5.0 Ah for Makita DHP482, DHP483",  # 1: DHP482 exact, in what it fits
        "Makita DHP483Z cordless combi drill 18V",  # 2: a near twin
        "Flat washer for M8 bolts",  # 3
        "Hex bolt M8x40",  # 4
    ]
    facts = FactIndex.build(texts)
    m = facts.match(QueryReader(facts).understand("DHP482"))
    assert m.strong_own.tolist() == [0.5, 0, 0, 0, 0]
    assert m.strong_accessory.tolist() == [0, 1.0, 0, 0, 0]
    m = facts.match(QueryReader(facts).understand("M8"))
    # The washer's M8 is what it fits; the bolt's is its thread (a size asked alone is each member's own).
    assert m.attributes.tolist() == [0, 0, 0, 0.5, 1.0]
    m = facts.match(QueryReader(facts).understand("m8x40"))
    assert m.attributes.tolist()[3:] == [0.25, 1.0]  # the washer's M8 is the query's family, for what it fits


def test_order_puts_code_then_type_then_accessory_then_size_then_score() -> None:
    def c(pk: int, score: float, **kw: Any) -> Candidate:
        return Candidate(pk, dense=score, score=score, dense_rank=pk, **kw)

    pool = [
        c(1, 0.9, attributes=1.0),  # a size hit of another type: no lift
        c(2, 0.5, kind=True),
        c(3, 0.4, kind=True, attributes=1.0),  # the named type in the asked-for size
        c(4, 0.3, strong_accessory=1.0),  # an accessory made for the named code
        c(5, 0.2, strong_own=1.0),  # the code itself
    ]
    assert [x.pk for x in order(pool)] == [5, 3, 2, 4, 1]


def test_a_type_counts_only_where_the_model_finds_it_plausible() -> None:
    pool = [Candidate(1, dense=0.70), Candidate(2, dense=0.60, kind=True)]
    confirm_types(pool)
    assert not any(c.kind for c in pool)
    pool = [Candidate(1, dense=0.70), Candidate(2, dense=0.68, kind=True)]
    confirm_types(pool)
    assert pool[1].kind
    # What the named accessory is made for, or what the query says it is for, is no rival: "hammer handle"
    # keeps its type where the model prefers the claw hammer.
    for rival in (Candidate(1, dense=0.80, fitted=True), Candidate(1, dense=0.80, target=True)):
        pool = [rival, Candidate(2, dense=0.70, kind=True)]
        confirm_types(pool)
        assert pool[1].kind


# -- end to end: near misses and accessory traps -------------------------------------------------

TRAPS = [
    ("b1", "Hex bolt M8x40 DIN 931, stainless steel A2-70, pack of 50"),
    ("b2", "Hex bolt M8x45 DIN 931, zinc plated steel 8.8, pack of 50"),
    ("b3", "Hex bolt M10x40 DIN 931, stainless steel A2-70, pack of 50"),
    ("w1", "Flat washer for M8 bolts DIN 125, stainless steel A2, pack of 100"),
    ("w2", "Flat washer for M10 bolts DIN 125, zinc plated, pack of 100"),
    ("d1", "Makita DHP482Z cordless combi drill 18V, body only"),
    ("d2", "Makita DHP483Z cordless combi drill 18V, brushless, body only"),
    ("a1", "Battery 18V 5.0 Ah for Makita DHP482, DHP483 and DDF484"),
    ("a2", "Battery 18V 4.0 Ah for Bosch GSR 18V-55 and GSR 18V-60"),
    ("a3", "Battery 12V 2.0 Ah for Bosch GSR 12V-15"),
    ("g1", "Bosch GSR 18V-55 Professional cordless drill driver, 55 Nm"),
    ("g2", "Bosch GSR 18V-60 Professional cordless drill driver, 60 Nm"),
    ("t1", "DeWalt DCD633Z cordless drill driver 18V, body only"),
    ("t2", "DeWalt DCD633 cordless drill driver 18V, with 2x 2.0 Ah batteries"),
    ("t3", "DeWalt DCD634Z cordless drill driver 18V, body only"),
    ("e1", "Safety goggles, anti-fog, clear, EAN 4006381333931"),
    ("e2", "Safety goggles, anti-fog, tinted, EAN 4006381333948"),
    ("v1", 'Ball valve 1/2" full bore, brass, lever handle'),
    ("v2", 'Ball valve 3/4" full bore, brass, lever handle'),
    ("v3", 'Check valve 1/2" spring loaded, brass'),
    ("s1", 'Socket set 1/2" drive, 24 pcs, 10-32 mm'),
    ("s2", 'Socket set 3/8" drive, 38 pcs, 6-24 mm'),
    ("m1", "Masonry drill bit 10 x 150 mm SDS-plus, carbide tip"),
    ("m2", "Masonry drill bit 8 x 150 mm SDS-plus, carbide tip"),
    ("k1", "Hex key set 9 pcs, 1.5-10 mm, ball end"),
    ("k2", "Hex key set 7 pcs, 2-10 mm, ball end"),
    ("r1", "SKF deep groove ball bearing 6204-2RS, 20x47x14 mm, rubber seals"),
    ("r2", "SKF deep groove ball bearing 6204-ZZ, 20x47x14 mm, metal shields"),
    ("r3", "SKF deep groove ball bearing 6204, 20x47x14 mm, open"),
    ("r4", "SKF deep groove ball bearing 6205-2RS, 25x52x15 mm, rubber seals"),
]


@pytest.fixture(scope="module")
def traps(base_settings: Settings, models: LoadedModels, tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    """One catalog for every test of the rules (searches do not change it)."""
    app = create_app(replace(base_settings, data_dir=tmp_path_factory.mktemp("traps")), models=models)
    client = app.test_client()
    assert upload(client, "traps", [{"id": i, "description": d} for i, d in TRAPS]).status_code == 201
    return client


def _ranked(client: FlaskClient, query: str, mode: str = "hybrid") -> list[dict[str, Any]]:
    resp = client.post("/v1/catalogs/traps/search", json={"queries": [query], "top_k": 8, "mode": mode})
    assert resp.status_code == 200, resp.json
    hits: list[dict[str, Any]] = resp.json["results"][0]
    return hits


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("M8 bolt stainless", ["b1"]),  # the bolt, not the washer "for M8 bolts"
        ("washer m8", ["w1"]),
        ("10 mm drill bit for concrete", ["m1"]),  # not the hex key set "1.5-10 mm"
        ("1/2 inch ball valve brass", ["v1"]),  # not the socket set 1/2" drive
        ("DHP482", ["d1"]),  # the tool of that family before the battery made for it
        ("battery for DHP482", ["a1"]),  # the asked-for type holding the code
        ("DHP482 combi drill", ["d1", "d2", "a1"]),  # the type before an accessory that only names the code
        ("DCD 633Z", ["t1"]),
        ("dcd-633z", ["t1"]),
        ("dcd633", ["t2", "t1"]),  # exact before its family; the twin DCD634Z after both
        ("GSR 18V 55", ["g1"]),
        ("gsr18v-60", ["g2"]),
        ("4 006381 333931", ["e1"]),
        ("4006381333948", ["e2"]),  # a near twin barcode
        ("6204 2rs", ["r1"]),
        ("6204-zz", ["r2"]),
        ("skf 6204", ["r3"]),  # the plain 6204 exactly, then its family
        ("hex bolt m8x45", ["b2", "b1"]),  # the exact size, then its family, then M10
    ],
)
def test_ranking_on_near_misses_and_accessory_traps(traps: FlaskClient, query: str, first: list[str]) -> None:
    ids = [h["id"] for h in _ranked(traps, query)]
    assert ids[: len(first)] == first, (query, ids)


def test_near_miss_codes_rank_below_exact_ones(traps: FlaskClient) -> None:
    ids = [h["id"] for h in _ranked(traps, "dcd633")]
    assert ids.index("t3") > ids.index("t1")  # DCD634Z shares no family with DCD633
    ids = [h["id"] for h in _ranked(traps, "skf 6204")]
    assert ids[:1] == ["r3"] and set(ids[1:3]) == {"r1", "r2"} and ids.index("r4") > 2


def test_a_code_with_no_exact_hit_falls_back_to_words_and_model(traps: FlaskClient) -> None:
    """No product family is lifted for a code the catalog lacks: the model and the words decide."""
    hits = _ranked(traps, "DCD 999Z drill driver")
    assert all("identifier" not in h["matched"] for h in hits)
    assert hits[0]["id"] in {"t1", "t2", "t3", "g1", "g2"}


def test_results_say_what_matched(traps: FlaskClient) -> None:
    top = _ranked(traps, "M8 bolt stainless")[0]
    assert {"attribute", "type"} <= set(top["matched"])
    top = _ranked(traps, "DCD 633Z")[0]
    assert "identifier" in top["matched"]


# -- the sample catalog that `make run` loads -------------------------------------------------


@pytest.fixture(scope="module")
def sample(base_settings: Settings, models: LoadedModels, tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    app = create_app(replace(base_settings, data_dir=tmp_path_factory.mktemp("sample")), models=models)
    client = app.test_client()
    with (ROOT / "data" / "sample_products.csv").open(encoding="utf-8", newline="") as fh:
        rows = [
            {"id": r["id"], "description": r["description"], "metadata": {"category": r["category"]}}
            for r in csv.DictReader(fh)
        ]
    assert upload(client, "default", rows).status_code == 201
    return client


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("M8 bolt stainless", "Hex bolt M8x"),
        ("1/2 inch ball valve brass", "Ball valve"),
        ("10 mm drill bit for concrete", "Masonry drill bit 10 x 150 mm"),
    ],
)
def test_the_issue_queries_on_the_sample_catalog(sample: FlaskClient, query: str, kind: str) -> None:
    resp = sample.post("/v1/catalogs/default/search", json={"queries": [query], "top_k": 3})
    assert resp.status_code == 200 and resp.json["mode"] == "hybrid"
    top = resp.json["results"][0][0]
    assert top["description"].startswith(kind), (query, top)


SCORED = [
    "m8 hex bolt stainless",  # the issue's: the named type above a more similar washer
    "M8 bolt stainless",
    "1/2 inch ball valve brass",
    "10 mm drill bit for concrete",
    "cordless drill",
    "hammer",
    "tape measure 25ft",
    "something nobody sells",
]


@pytest.mark.parametrize("mode", ["dense", "lexical", "hybrid"])
@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"filter": {"category": "Fasteners"}},
        {"min_score": 0.3},
        {"filter": {"category": "Hand tools"}, "min_score": 0.2},
    ],
)
def test_scores_never_rise_down_a_result_list(sample: FlaskClient, mode: str, extra: dict[str, Any]) -> None:
    body = {"queries": SCORED, "top_k": 10, "mode": mode, **extra}
    resp = sample.post("/v1/catalogs/default/search", json=body)
    assert resp.status_code == 200, resp.json
    for query, hits in zip(SCORED, resp.json["results"], strict=True):
        scores = [h["score"] for h in hits]
        assert scores == sorted(scores, reverse=True), (query, mode, extra, scores)
        for h in hits:
            similarity = h["signals"]["similarity"]
            assert h["score"] >= similarity - 1e-6, "a place stands for at least its own similarity"
            if mode == "dense":
                assert h["score"] == pytest.approx(similarity, abs=1e-6)
                assert similarity == pytest.approx(h["signals"]["dense"], abs=1e-6)
        if "min_score" in extra:
            kept = [h for h in hits if h["score"] < extra["min_score"]]
            assert all({"identifier", "attribute"} & set(h["matched"]) for h in kept), "only certain matches below"


def test_the_named_type_stands_for_the_similarity_it_was_placed_above(sample: FlaskClient) -> None:
    resp = sample.post("/v1/catalogs/default/search", json={"queries": ["m8 hex bolt stainless"], "top_k": 5})
    hits = resp.json["results"][0]
    assert hits[0]["description"].startswith("Hex bolt M8")
    lifted = [h for h in hits if h["signals"]["similarity"] < h["score"] - 1e-6]
    assert lifted and all("type" in h["matched"] for h in lifted), hits


def test_the_response_says_how_each_query_was_read(traps: FlaskClient) -> None:
    queries = ["DCD 633Z", "M8 bolt stainless", "hammer", "stainles bolt"]
    resp = traps.post("/v1/catalogs/traps/search", json={"queries": queries})
    assert resp.status_code == 200
    code, bolt, nothing, slip = resp.json["readings"]
    assert code["identifiers"] == [{"text": "DCD 633Z", "kind": "part", "value": "dcd633z", "strong": True}]
    assert bolt == {
        "identifiers": [{"text": "M8", "kind": "dimension", "value": "m8", "strong": False}],
        "types": ["hex bolt"],
        "synonyms": [],
        "corrections": [],
    }
    assert nothing == {"identifiers": [], "types": [], "synonyms": [], "corrections": []}
    assert slip["corrections"] == [{"term": "stainles", "searched_as": "stainless"}]


def test_a_filter_that_matches_nothing_still_reads_the_queries(traps: FlaskClient) -> None:
    body = {"queries": ["washer m8"], "filter": {"brand": "nobody"}}
    resp = traps.post("/v1/catalogs/traps/search", json=body)
    assert resp.status_code == 200 and resp.json["results"] == [[]]
    assert resp.json["readings"][0]["types"] == ["flat washer"]
