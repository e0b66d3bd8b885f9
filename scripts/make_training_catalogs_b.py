"""Synthetic training catalogs "storefront" and "brochure" for hardware and industrial supply search.

The script is deterministic (fixed seed, no network). From an ontology written below (about 150 product types:
power tools, hand tools, their accessories, plumbing, electrical, fixings, hardware, PPE, adhesives, abrasives and
workshop consumables; each with buyer-facing names, trade synonyms, sizes with units, materials and, for
accessories, the tool types they fit) it writes two folders in BEIR layout: corpus.jsonl, queries.jsonl,
qrels/train.tsv, qrels/dev.tsv and gate.json.

- storefront: marketplace titles, brand and model code first, keyword-stuffed, bundles and packs; many types are
  listed only once or twice.
- brochure: one to three sentences of prose per product, the type named once; types repeat a few times each.

Queries are terse, as buyers type them, in ten classes: type_size, type_material, size_other_form, size_missing,
typo, code, synonym, accessory_not_asked, accessory_asked and type_once. Each query records what it asks for: a
product type and optionally a size, material, brand, model code and the tool an accessory must fit. Grades come
from that record and the products' structured attributes, never from a text search: a product of another type is
not relevant (a tool's accessories are never relevant to a query for the tool); a product of the asked type gets 2
when it has every asked attribute (vacuously when none), else 1. Sizes are normalised to base units and match when
the asked values are a prefix of the product's ("8mm" matches "8 x 110 mm", "60cm" matches "600 mm").
A query is dev when the SHA-256 of its text falls in the lowest quarter, else train.

Usage: .venv/bin/python scripts/make_training_catalogs_b.py [OUT_DIR]   (default data/training)
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from pathlib import Path

SEED = 7321
SCRIPT = "scripts/make_training_catalogs_b.py"
CLASSES = (
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
)
PER_CLASS = 72  # candidates kept per query class
Size = tuple[tuple[float, str], ...]


@dataclass(frozen=True)
class PType:
    key: str
    kind: str  # power | hand | acc | item
    group: str
    names: tuple[str, ...]  # buyer-facing names; each catalog picks one
    synonyms: tuple[str, ...]  # trade names buyers use
    sizes: tuple[str, ...]
    materials: tuple[str, ...]
    fits: tuple[str, ...] = ()  # tool types an accessory fits


@dataclass
class Product:
    pid: str
    ptype: PType
    name: str
    brand: str
    code: str | None
    code_parts: tuple[str, str, str]  # letters, digits, suffix
    size: str | None
    material: str | None
    fits: tuple[str, ...]
    text: str = ""

    @cached_property
    def sizev(self) -> Size | None:
        return parse_size(self.size) if self.size else None


@dataclass
class Query:
    text: str
    category: str
    tkey: str
    size: Size | None = None
    material: str | None = None
    brand: str | None = None
    code: str | None = None
    fits: str | None = None
    check_words: tuple[str, ...] = ()  # synonym / typo words that must not occur in any product text
    qid: str = ""


# ------------------------------------------------------------------------------------------------ sizes and units
UNITS: dict[str, tuple[str, float]] = {
    '"': ("in", 1),
    "inch": ("in", 1),
    "in": ("in", 1),
    "mm2": ("mm2", 1),
    "sq mm": ("mm2", 1),
    "mm": ("mm", 1),
    "cm": ("mm", 10),
    "m": ("mm", 1000),
    "metre": ("mm", 1000),
    "ml": ("ml", 1),
    "l": ("ml", 1000),
    "litre": ("ml", 1000),
    "ltr": ("ml", 1000),
    "g": ("g", 1),
    "kg": ("g", 1000),
    "oz": ("oz", 1),
    "ounce": ("oz", 1),
    "w": ("W", 1),
    "watt": ("W", 1),
    "kw": ("W", 1000),
    "v": ("V", 1),
    "volt": ("V", 1),
    "ah": ("Ah", 1),
    "nm": ("Nm", 1),
    "bar": ("bar", 1),
    "a": ("A", 1),
    "amp": ("A", 1),
    "db": ("dB", 1),
    "ga": ("ga", 1),
    "gauge": ("ga", 1),
    "t": ("T", 1),
    "teeth": ("T", 1),
    "tpi": ("TPI", 1),
    "lm": ("lm", 1),
    "lumen": ("lm", 1),
    "way": ("way", 1),
    "row": ("row", 1),
    "piece": ("pc", 1),
    "pc": ("pc", 1),
    "grit": ("grit", 1),
    "p": ("grit", 1),
    "uk": ("UK", 1),
    "size": ("size", 1),
    "sz": ("size", 1),
}
PREFIX_UNITS = ("p", "uk", "size", "sz")  # written before the number: P80, UK 9, size 9
_SUFFIX = "|".join(re.escape(u) for u in sorted((u for u in UNITS if u not in PREFIX_UNITS), key=len, reverse=True))
SIZE_RE = re.compile(
    r"(?<![a-z0-9.])(?:m(?P<thread>\d+(?:\.\d+)?)"
    r"|(?P<pre>uk|size|sz|p)\s?(?P<pnum>\d+(?:\.\d+)?)"
    rf"|(?P<num>\d+ \d+/\d+|\d+/\d+|\d+(?:\.\d+)?)(?:[\s-]?(?P<unit>{_SUFFIX}))?)(?![a-z0-9])",
    re.I,
)


def _num(s: str) -> float:
    whole, _, frac = s.rpartition(" ") if "/" in s else ("", "", s)
    return float((int(whole) if whole else 0) + Fraction(frac))


def parse_size(text: str) -> Size:
    """Normalise a size to ((value, base unit), ...); unit-less numbers take the next unit ("8 x 110 mm")."""
    raw: list[list] = []
    thread = False
    for m in SIZE_RE.finditer(text):
        if m["thread"]:
            raw.append([float(m["thread"]), "mm", 1.0])
            thread = True
        elif m["pre"]:
            raw.append([float(m["pnum"]), *UNITS[m["pre"].lower()]])
        else:
            raw.append([_num(m["num"]), *(UNITS[m["unit"].lower()] if m["unit"] else (None, 1.0))])
    following: tuple[str, float] | None = ("mm", 1.0) if thread else None  # "M8 x 40" is in mm
    for item in reversed(raw):
        if item[1] is None:
            if following is None:
                raise ValueError(f"no unit in size {text!r}")
            item[1], item[2] = following
        else:
            following = (item[1], item[2])
    if not raw:
        raise ValueError(f"no size in {text!r}")
    return tuple((round(v * f, 4), base) for v, base, f in raw)


def num(v: float) -> str:
    return f"{v:g}"


def frac(v: float) -> str:
    whole, rest = int(v), Fraction(v - int(v)).limit_denominator(64)
    return str(whole) if not rest else (f"{whole} {rest}" if whole else str(rest))


def alt_forms(v: float, base: str) -> list[str]:
    """Ways a buyer writes one size value."""
    n = num(v)
    if base == "mm":
        out = [f"{n}mm"] if v < 1000 else []
        if 100 <= v < 3000 and v % 10 == 0:
            out.append(f"{num(v / 10)}cm")
        if v >= 1000 and v % 100 == 0:
            out += [f"{num(v / 1000)}m", f"{num(v / 1000)} metre"]
        return out or [f"{n}mm"]
    if base == "ml":
        return [f"{num(v / 1000)} litre", f"{num(v / 1000)}ltr", f"{num(v / 1000)}l"] if v >= 1000 else [f"{n}ml"]
    if base == "g":
        kg = [f"{num(v / 1000)}kg"] if v >= 400 else []
        return [*kg, f"{n}g"] if v >= 1000 else [f"{n}g", *kg]
    if base == "W":
        return [f"{n}w", f"{n} watt"] + ([f"{num(v / 1000)}kw"] if v >= 1000 else [])
    table = {
        "in": [f"{frac(v)} inch", f"{frac(v)}in"],
        "oz": [f"{n}oz", f"{n} ounce"],
        "V": [f"{n}v", f"{n} volt"],
        "Ah": [f"{n}ah"],
        "Nm": [f"{n}nm"],
        "bar": [f"{n}bar"],
        "A": [f"{n} amp", f"{n}amp", f"{n}a"],
        "dB": [f"{n}db"],
        "mm2": [f"{n}mm2", f"{n} sq mm"],
        "ga": [f"{n} gauge", f"{n}ga"],
        "T": [f"{n} teeth"],
        "TPI": [f"{n}tpi"],
        "lm": [f"{n} lumen", f"{n}lm"],
        "way": [f"{n}-way"],
        "row": [f"{n}-row"],
        "pc": [f"{n}pc", f"{n} piece"],
        "grit": [f"{n} grit", f"p{n}"],
        "UK": [f"uk{n}", f"uk {n}"],
        "size": [f"sz {n}", f"size{n}"],
    }
    return table[base]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s.lower())


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


# ------------------------------------------------------------------------------------------------ ontology
BRANDS = (
    "Korvan",
    "Brixo",
    "Tenmark",
    "Ferrox",
    "Drakon",
    "Volmar",
    "Stelio",
    "Norbeck",
    "Ardent",
    "Pexa",
    "Quillon",
    "Rastor",
    "Tufwell",
    "Zentra",
    "Halvik",
    "Omnix",
    "Corvex",
    "Maxtell",
)
CORDLESS = (
    "combi_drill impact_driver impact_wrench angle_grinder sds_drill circular_saw jigsaw recip_saw multi_tool ros "
    "nail_gun work_light screwdriver"
)
# key, kind, group, names, synonyms, sizes (;), materials (|), fits (space separated tool keys)
ONTOLOGY: list[tuple[str, str, str, str, str, str, str, str]] = [
    # power tools
    (
        "combi_drill",
        "power",
        "power",
        "combi drill|cordless combi drill",
        "percussion drill|hammer driver drill",
        "18 V;12 V;14.4 V;20 V;36 V",
        "",
        "",
    ),
    (
        "impact_driver",
        "power",
        "power",
        "impact driver|cordless impact driver",
        "impactor|impact screwdriver",
        "18 V;12 V;20 V",
        "",
        "",
    ),
    (
        "impact_wrench",
        "power",
        "power",
        "impact wrench|cordless impact wrench",
        "rattle gun|nut runner|windy gun",
        '1/2" 18 V;3/8" 18 V;3/4" 36 V;1/2" 20 V',
        "",
        "",
    ),
    (
        "angle_grinder",
        "power",
        "power",
        "angle grinder|right angle grinder",
        "side grinder|disc grinder|grinda",
        "115 mm 18 V;125 mm 18 V;115 mm 750 W;125 mm 1200 W;230 mm 2200 W",
        "",
        "",
    ),
    (
        "sds_drill",
        "power",
        "power",
        "SDS-plus rotary hammer|SDS hammer drill",
        "kango|breaker drill|rotohammer",
        "18 V;36 V;800 W;1100 W;1500 W",
        "",
        "",
    ),
    (
        "circular_saw",
        "power",
        "power",
        "circular saw|hand-held circular saw",
        "skilsaw|skill saw|buzz saw",
        "165 mm 18 V;190 mm 1400 W;184 mm 1200 W;235 mm 2000 W",
        "",
        "",
    ),
    ("jigsaw", "power", "power", "jigsaw|jig saw", "pendulum saw|scroll cutter", "18 V;650 W;800 W;12 V", "", ""),
    (
        "recip_saw",
        "power",
        "power",
        "reciprocating saw|demolition reciprocating saw",
        "sabre saw|sawzall|recip saw",
        "18 V;36 V;1100 W;1200 W",
        "",
        "",
    ),
    (
        "multi_tool",
        "power",
        "power",
        "oscillating multi-tool|multi-cutter",
        "multitool|oscillator|renovator tool",
        "18 V;12 V;300 W;400 W",
        "",
        "",
    ),
    (
        "heat_gun",
        "power",
        "power",
        "heat gun|hot air gun",
        "paint stripper|hot air blower",
        "2000 W;1800 W;1600 W;18 V",
        "",
        "",
    ),
    (
        "wet_dry_vac",
        "power",
        "power",
        "wet and dry vacuum|wet & dry vac",
        "shop vac|hoover|dust extractor",
        "20 l 1200 W;30 l 1400 W;35 l 1400 W;50 l 1500 W;10 l 18 V",
        "",
        "",
    ),
    (
        "ros",
        "power",
        "power",
        "random orbit sander|random orbital sander",
        "da sander|palm sander|orbital polisher",
        "125 mm;150 mm;125 mm 18 V",
        "",
        "",
    ),
    (
        "belt_sander",
        "power",
        "power",
        "belt sander|portable belt sander",
        "linisher|belt grinder",
        "75 x 457 mm;75 x 533 mm;100 x 610 mm",
        "",
        "",
    ),
    (
        "planer",
        "power",
        "power",
        "power planer|electric planer",
        "hand planer|electric plane|rebate planer",
        "82 mm 750 W;82 mm 18 V;110 mm 1500 W",
        "",
        "",
    ),
    (
        "router",
        "power",
        "power",
        "plunge router|wood router",
        "routing machine|trim router|spindle moulder",
        '1/4" 1200 W;1/2" 2100 W;1/4" 18 V;8 mm 1400 W',
        "",
        "",
    ),
    (
        "mitre_saw",
        "power",
        "power",
        "mitre saw|sliding mitre saw",
        "chop saw|miter saw|drop saw",
        "216 mm;254 mm;305 mm;216 mm 18 V",
        "",
        "",
    ),
    (
        "nail_gun",
        "power",
        "power",
        "cordless nail gun|second fix nailer",
        "brad nailer|finish nailer|nailer",
        "18 ga 18 V;16 ga 18 V;15 ga 18 V",
        "",
        "",
    ),
    (
        "screwdriver",
        "power",
        "power",
        "cordless screwdriver|electric screwdriver",
        "power screwdriver|drywall driver",
        "3.6 V;7.2 V;12 V",
        "",
        "",
    ),
    (
        "work_light",
        "power",
        "power",
        "LED work light|site work light",
        "flood light|worklamp|site lamp",
        "20 W 2000 lm;30 W 3000 lm;50 W 5000 lm;18 V 1500 lm",
        "",
        "",
    ),
    (
        "tile_saw",
        "power",
        "tiling",
        "wet tile saw|electric tile cutter",
        "bridge saw|tile wet saw",
        "180 mm 600 W;200 mm 800 W;250 mm 1200 W",
        "",
        "",
    ),
    # hand tools and instruments
    (
        "grease_gun",
        "hand",
        "hand",
        "grease gun|lever grease gun",
        "lube gun|grease pump",
        "400 g;500 g;120 g",
        "steel|die-cast aluminium",
        "",
    ),
    (
        "multimeter",
        "hand",
        "electrical",
        "digital multimeter|auto-ranging multimeter",
        "voltmeter|test meter|dmm",
        "600 V;1000 V",
        "",
        "",
    ),
    (
        "voltage_tester",
        "hand",
        "electrical",
        "two-pole voltage tester|voltage tester",
        "test pen|volt stick|voltage detector",
        "12-690 V;12-1000 V;6-400 V",
        "",
        "",
    ),
    (
        "laser_level",
        "hand",
        "hand",
        "cross line laser|line laser",
        "crossline|laser leveller|self-leveller",
        "20 m;30 m;50 m",
        "",
        "",
    ),
    (
        "spirit_level",
        "hand",
        "hand",
        "spirit level|box section spirit level",
        "bubble level|box level",
        "400 mm;600 mm;1000 mm;1200 mm;1800 mm",
        "aluminium|magnetic aluminium",
        "",
    ),
    (
        "chalk_line",
        "hand",
        "hand",
        "chalk line|chalk line reel",
        "snap line|chalk box",
        "15 m;30 m;50 m",
        "ABS|aluminium",
        "",
    ),
    (
        "tape_measure",
        "hand",
        "hand",
        "tape measure|pocket tape measure",
        "tape rule|measuring tape|retractable rule",
        "3 m;5 m;8 m;10 m",
        "ABS|rubber armoured",
        "",
    ),
    (
        "tile_cutter",
        "hand",
        "tiling",
        "manual tile cutter|tile cutter",
        "tile scorer|rail cutter|tile snapper",
        "400 mm;600 mm;900 mm;1200 mm",
        "",
        "",
    ),
    (
        "grout_float",
        "hand",
        "tiling",
        "grout float|tiling grout float",
        "grouting float|squeegee float",
        "230 x 100 mm;280 x 120 mm",
        "rubber|epoxy-resistant rubber",
        "",
    ),
    (
        "notched_trowel",
        "hand",
        "tiling",
        "notched trowel|adhesive trowel",
        "tiling comb|spreader",
        "6 mm;8 mm;10 mm;12 mm",
        "stainless steel|carbon steel",
        "",
    ),
    (
        "claw_hammer",
        "hand",
        "hand",
        "claw hammer|curved claw hammer",
        "framing hammer|nail hammer",
        "16 oz;20 oz;22 oz",
        "fibreglass|steel|hickory",
        "",
    ),
    (
        "club_hammer",
        "hand",
        "hand",
        "club hammer|lump hammer",
        "mash hammer|drilling hammer",
        "1 kg;1.25 kg;1.8 kg",
        "fibreglass|hickory",
        "",
    ),
    (
        "hex_keys",
        "hand",
        "hand",
        "hex key set|long arm hex key set",
        "allen keys|allen key set|allen wrench",
        "1.5-10 mm;2-8 mm;1.27-10 mm",
        "chrome vanadium|S2 steel",
        "",
    ),
    (
        "spanner_set",
        "hand",
        "hand",
        "combination spanner set|spanner set",
        "wrench set|combination wrenches",
        "8-19 mm;6-22 mm;10-32 mm",
        "chrome vanadium|satin chrome",
        "",
    ),
    (
        "adj_spanner",
        "hand",
        "hand",
        "adjustable spanner|adjustable wrench",
        "shifter|crescent|shifting spanner",
        "150 mm;200 mm;250 mm;300 mm",
        "chrome vanadium|phosphate finish",
        "",
    ),
    (
        "pipe_wrench",
        "hand",
        "plumbing",
        "pipe wrench|stillson pipe wrench",
        "stilsons|pipe grips|monkey wrench",
        '10";14";18";24"',
        "cast iron|aluminium",
        "",
    ),
    (
        "comb_pliers",
        "hand",
        "hand",
        "combination pliers|engineers combination pliers",
        "linesman pliers|lineman pliers",
        "160 mm;180 mm;200 mm",
        "chrome vanadium|VDE insulated",
        "",
    ),
    (
        "wp_pliers",
        "hand",
        "hand",
        "water pump pliers|slip joint pliers",
        "grips|channel locks|cobra pliers",
        "180 mm;250 mm;300 mm",
        "chrome vanadium",
        "",
    ),
    (
        "screwdriver_set",
        "hand",
        "hand",
        "screwdriver set|mixed screwdriver set",
        "turnscrew set|screwdriver kit",
        "6 piece;8 piece;12 piece",
        "VDE insulated|chrome vanadium",
        "",
    ),
    (
        "utility_knife",
        "hand",
        "hand",
        "utility knife|retractable utility knife",
        "stanley knife|box cutter|trimming knife",
        "18 mm;25 mm;9 mm",
        "aluminium|zinc alloy",
        "",
    ),
    (
        "hacksaw",
        "hand",
        "hand",
        "hacksaw|junior hacksaw",
        "hack saw|metal saw|bow saw",
        "300 mm;150 mm",
        "steel|aluminium",
        "",
    ),
    (
        "rivet_gun",
        "hand",
        "fixings",
        "hand riveter|rivet gun",
        "pop rivet tool|pop riveter|lazy tongs",
        "2.4-4.8 mm;3.2-6.4 mm",
        "steel|aluminium",
        "",
    ),
    (
        "rivnut_tool",
        "hand",
        "fixings",
        "rivet nut tool|rivet nut setter",
        "rivnut gun|threaded insert tool",
        "M4-M10;M5-M12;M3-M8",
        "steel",
        "",
    ),
    (
        "wire_stripper",
        "hand",
        "electrical",
        "automatic wire stripper|wire stripping pliers",
        "cable stripper|wire strippers",
        "0.2-6 mm2;0.5-10 mm2",
        "",
        "",
    ),
    (
        "crimper",
        "hand",
        "electrical",
        "ratchet crimping tool|crimping pliers",
        "crimpers|crimp tool|crimping tongs",
        "0.5-6 mm2;0.5-16 mm2;6-50 mm2",
        "",
        "",
    ),
    (
        "pipe_cutter",
        "hand",
        "plumbing",
        "pipe cutter|copper pipe cutter",
        "pipe slice|tube cutter|pipe slicer",
        "15 mm;22 mm;3-30 mm;6-67 mm",
        "",
        "",
    ),
    (
        "pipe_bender",
        "hand",
        "plumbing",
        "pipe bender|hand pipe bender",
        "tube bender|bending machine",
        "15 mm;22 mm;15-22 mm",
        "",
        "",
    ),
    (
        "bench_vice",
        "hand",
        "hand",
        "bench vice|engineers vice",
        "bench vise|vise",
        "100 mm;125 mm;150 mm",
        "cast iron|SG iron",
        "",
    ),
    (
        "f_clamp",
        "hand",
        "hand",
        "F-clamp|bar clamp",
        "g clamp|quick grip|sash cramp",
        "150 mm;300 mm;600 mm;900 mm",
        "steel|aluminium",
        "",
    ),
    (
        "sealant_gun",
        "hand",
        "adhesives",
        "sealant gun|caulking gun",
        "caulk gun|skeleton gun|mastic gun",
        "310 ml;400 ml;600 ml",
        "steel|aluminium",
        "",
    ),
    (
        "wire_hand_brush",
        "hand",
        "abrasives",
        "wire scratch brush|hand wire brush",
        "scrub brush|rust brush",
        "3 row;4 row;5 row",
        "steel|brass|stainless steel",
        "",
    ),
]
ONTOLOGY += [
    # accessories and spares, with the tool types they fit
    (
        "battery",
        "acc",
        "acc",
        "Li-ion battery|battery pack",
        "batt|powerpack|spare cell",
        "18 V 2.0 Ah;18 V 4.0 Ah;18 V 5.0 Ah;18 V 8.0 Ah;12 V 2.0 Ah;12 V 3.0 Ah;36 V 4.0 Ah",
        "",
        CORDLESS,
    ),
    (
        "charger",
        "acc",
        "acc",
        "battery charger|fast charger",
        "charging station|charging dock|charging cradle",
        "10.8-18 V;18 V;12 V;36 V",
        "",
        CORDLESS,
    ),
    (
        "hss_bits",
        "acc",
        "acc",
        "HSS drill bit set|HSS twist drill bits",
        "jobber drills|metal drill bits",
        "1-10 mm;1-13 mm;6 x 93 mm;8 x 117 mm;10 x 133 mm",
        "cobalt|titanium coated|black oxide",
        "combi_drill screwdriver",
    ),
    (
        "sds_bits",
        "acc",
        "acc",
        "SDS-plus drill bit|SDS masonry drill bit",
        "hammer bit|concrete bit|masonry drill",
        "5.5 x 110 mm;6 x 110 mm;6 x 160 mm;8 x 110 mm;8 x 160 mm;10 x 210 mm;12 x 160 mm;14 x 260 mm",
        "4-cutter carbide|2-cutter carbide",
        "sds_drill",
    ),
    (
        "sds_chisel",
        "acc",
        "acc",
        "SDS-plus chisel|SDS flat chisel",
        "bolster|point chisel|breaker chisel",
        "20 x 250 mm;40 x 250 mm;14 x 250 mm;22 x 400 mm",
        "chrome vanadium|forged steel",
        "sds_drill",
    ),
    (
        "core_drill",
        "acc",
        "acc",
        "core drill|core drill bit",
        "core barrel|hole corer|coring bit",
        "38 mm;52 mm;107 mm;127 mm;152 mm",
        "diamond segmented|TCT",
        "sds_drill",
    ),
    (
        "hole_saw",
        "acc",
        "acc",
        "hole saw|hole saw cutter",
        "holesaw|hole cutter|hole borer",
        "22 mm;32 mm;51 mm;64 mm;76 mm",
        "bi-metal|carbide tipped",
        "combi_drill",
    ),
    (
        "driver_bits",
        "acc",
        "acc",
        "screwdriver bit set|impact driver bit set",
        "insert bits|bit holder set|pozi bits",
        "25 mm;50 mm;90 mm",
        "S2 steel|torsion zone S2",
        "impact_driver combi_drill screwdriver",
    ),
    (
        "impact_sockets",
        "acc",
        "acc",
        "impact socket set|deep impact sockets",
        "impact nuts|air sockets|rattle sockets",
        '1/2" 10-24 mm;3/8" 8-19 mm;1/2" 17 mm;3/4" 19-50 mm',
        "Cr-Mo|chrome molybdenum",
        "impact_wrench",
    ),
    (
        "cutting_disc",
        "acc",
        "abrasives",
        "metal cutting disc|thin cutting disc",
        "slitting disc|cut-off wheel|cutoff disc",
        "115 x 1.0 mm;125 x 1.0 mm;115 x 1.6 mm;230 x 1.9 mm;125 x 1.2 mm",
        "inox|aluminium oxide|steel",
        "angle_grinder",
    ),
    (
        "flap_disc",
        "acc",
        "abrasives",
        "flap disc|flap sanding disc",
        "flap wheel|lamella disc",
        "115 mm P40;115 mm P80;125 mm P60;125 mm P120;115 mm P60",
        "zirconia|aluminium oxide|ceramic",
        "angle_grinder",
    ),
    (
        "diamond_blade",
        "acc",
        "acc",
        "diamond blade|diamond cutting blade",
        "diamond wheel|masonry disc|dia blade",
        "115 mm;125 mm;180 mm;230 mm;300 mm",
        "segmented|continuous rim|turbo rim",
        "angle_grinder tile_saw",
    ),
    (
        "wire_cup",
        "acc",
        "abrasives",
        "wire cup brush|twist knot cup brush",
        "knot brush|wire wheel|crimped cup",
        "65 mm M14;75 mm M14;100 mm M14",
        "steel|brass coated steel|stainless steel",
        "angle_grinder",
    ),
    (
        "circ_blade",
        "acc",
        "acc",
        "circular saw blade|TCT saw blade",
        "skill blade|saw disc|timber blade",
        "165 x 20 mm 24T;165 x 20 mm 40T;184 x 16 mm 40T;190 x 30 mm 48T;216 x 30 mm 48T;254 x 30 mm 60T;"
        "305 x 30 mm 80T",
        "tungsten carbide|anti-friction coated",
        "circular_saw mitre_saw",
    ),
    (
        "jig_blades",
        "acc",
        "acc",
        "jigsaw blade set|T-shank jigsaw blades",
        "jig blades|scroll blades",
        "75 mm;100 mm;130 mm",
        "HCS|HSS|bi-metal",
        "jigsaw",
    ),
    (
        "recip_blades",
        "acc",
        "acc",
        "reciprocating saw blade|demolition blade",
        "sabre blades|recip blades|hacky blades",
        "150 mm;225 mm;300 mm",
        "bi-metal|carbide|HCS",
        "recip_saw",
    ),
    (
        "mt_blades",
        "acc",
        "acc",
        "oscillating multi-tool blade|plunge cut blade",
        "multitool blade|oscillating saw blade",
        "32 mm;45 mm;65 mm;87 mm",
        "bi-metal|HCS|carbide",
        "multi_tool",
    ),
    (
        "sanding_disc",
        "acc",
        "abrasives",
        "hook and loop sanding disc|sanding disc",
        "velcro pads|sanding pads|orbital discs",
        "125 mm P80;125 mm P120;125 mm P240;150 mm P80;150 mm P180",
        "aluminium oxide|ceramic|mesh",
        "ros",
    ),
    (
        "sanding_belt",
        "acc",
        "abrasives",
        "sanding belt|abrasive belt",
        "linisher belt|belt paper",
        "75 x 457 mm P80;75 x 533 mm P120;100 x 610 mm P60;75 x 457 mm P120",
        "aluminium oxide|zirconia",
        "belt_sander",
    ),
    (
        "vac_filter",
        "acc",
        "acc",
        "cartridge filter|HEPA cartridge filter",
        "pleated filter|vac filter|hoover filter",
        "20 l;30 l;35 l;50 l",
        "polyester|PTFE coated|paper",
        "wet_dry_vac",
    ),
    (
        "vac_bags",
        "acc",
        "acc",
        "dust bags|filter bags",
        "hoover bags|vacuum bags|extractor bags",
        "20 l;30 l;35 l;50 l",
        "fleece|paper",
        "wet_dry_vac",
    ),
    (
        "planer_blades",
        "acc",
        "acc",
        "planer blades|reversible planer knives",
        "planer irons|cutter blades",
        "75 mm;82 mm;110 mm",
        "HSS|tungsten carbide",
        "planer",
    ),
    (
        "router_bits",
        "acc",
        "acc",
        "router bit set|straight router cutter",
        "router cutters|routing bits",
        '1/4" shank;1/2" shank;8 mm shank',
        "TCT|HSS",
        "router",
    ),
    (
        "brad_nails",
        "acc",
        "fixings",
        "brad nails|collated brad nails",
        "brads|finish nails|pins",
        "18 ga 25 mm;18 ga 32 mm;18 ga 40 mm;16 ga 50 mm;16 ga 63 mm;15 ga 50 mm",
        "galvanised|stainless steel",
        "nail_gun",
    ),
    (
        "nozzles",
        "acc",
        "acc",
        "heat gun nozzle set|reflector nozzle",
        "hot air nozzles|heat gun tips",
        "9 mm;50 mm;75 mm",
        "steel|stainless steel",
        "heat_gun",
    ),
    (
        "side_handle",
        "acc",
        "acc",
        "side handle|auxiliary side handle",
        "grab handle|spare handle|d handle",
        "M8;M10;M14",
        "nylon|rubber grip",
        "angle_grinder combi_drill sds_drill",
    ),
    (
        "chuck",
        "acc",
        "acc",
        "keyless chuck|keyless drill chuck",
        "replacement chuck|chuck assembly",
        "10 mm;13 mm;16 mm",
        "steel|all-metal",
        "combi_drill",
    ),
    (
        "scoring_wheel",
        "acc",
        "tiling",
        "tile cutter scoring wheel|replacement scoring wheel",
        "cutting wheel|scribe wheel|scorer",
        "6 mm;10 mm;22 mm",
        "tungsten carbide|titanium coated",
        "tile_cutter",
    ),
    (
        "vice_jaws",
        "acc",
        "hand",
        "soft vice jaws|vice jaw pads",
        "jaw protectors|jaw caps|fibre jaws",
        "100 mm;125 mm;150 mm",
        "aluminium|rubber|magnetic polyurethane",
        "bench_vice",
    ),
    (
        "test_leads",
        "acc",
        "electrical",
        "test leads|test lead set",
        "meter leads|probe leads|probes",
        "1000 V 10 A;600 V 10 A;1000 V 20 A",
        "silicone|PVC",
        "multimeter",
    ),
    (
        "grease_cart",
        "acc",
        "acc",
        "grease cartridge|multipurpose grease cartridge",
        "grease tube|grease refill",
        "400 g;500 g;120 g",
        "lithium|EP2 lithium|marine",
        "grease_gun",
    ),
    (
        "utility_blades",
        "acc",
        "hand",
        "utility knife blades|trapezoid knife blades",
        "stanley blades|snap-off blades|trimming blades",
        "18 mm;9 mm;25 mm",
        "carbon steel|bi-metal",
        "utility_knife",
    ),
    (
        "hacksaw_blades",
        "acc",
        "hand",
        "hacksaw blades|hacksaw blade pack",
        "junior blades|hacksaw refills",
        "300 mm 24 TPI;300 mm 32 TPI;300 mm 18 TPI;150 mm 32 TPI",
        "bi-metal|HSS|carbon steel",
        "hacksaw",
    ),
    (
        "chalk_refill",
        "acc",
        "hand",
        "marking chalk|chalk line refill",
        "chalk powder|snap line chalk",
        "115 g;250 g;1 kg",
        "blue|red|white",
        "chalk_line",
    ),
    (
        "resp_filter",
        "acc",
        "ppe",
        "respirator filter cartridge|respirator filter",
        "mask filters|canister filter",
        "",
        "P3 particulate|A2P3 combined|ABEK1 multigas",
        "half_mask",
    ),
    # plumbing
    (
        "press_fitting",
        "item",
        "plumbing",
        "press fitting coupling|press fit coupler",
        "pressfit|press joint|crimp fitting",
        "15 mm;22 mm;28 mm;35 mm;54 mm",
        "copper|stainless steel|carbon steel",
        "",
    ),
    (
        "compression_coupling",
        "item",
        "plumbing",
        "compression coupling|straight compression coupler",
        "compression joint|olive fitting|comp fitting",
        "10 mm;15 mm;22 mm;28 mm",
        "brass|chrome plated brass|DZR brass",
        "",
    ),
    (
        "pushfit_elbow",
        "item",
        "plumbing",
        "push-fit elbow|push fit 90 degree elbow",
        "speedfit elbow|push-in bend|plastic bend",
        "15 mm;22 mm;28 mm",
        "polybutylene|acetal|white polymer",
        "",
    ),
    (
        "solder_tee",
        "item",
        "plumbing",
        "solder ring tee|pre-soldered tee",
        "yorkshire tee|integral ring tee",
        "15 mm;22 mm;28 mm",
        "copper",
        "",
    ),
    (
        "ball_valve",
        "item",
        "plumbing",
        "lever ball valve|full bore ball valve",
        "quarter turn valve|shut-off valve|stopcock",
        '1/2";3/4";1";1 1/4";2"',
        "brass|stainless steel|nickel plated brass",
        "",
    ),
    (
        "check_valve",
        "item",
        "plumbing",
        "non-return valve|spring non-return valve",
        "check valve|nrv|one-way valve",
        '1/2";3/4";1";15 mm;22 mm',
        "brass|PVC|stainless steel",
        "",
    ),
    (
        "iso_valve",
        "item",
        "plumbing",
        "isolating valve|service valve",
        "isolation valve|iso valve|quarter turn isolator",
        "10 mm;15 mm;22 mm",
        "chrome plated brass|brass",
        "",
    ),
    (
        "ptfe_tape",
        "item",
        "plumbing",
        "PTFE tape|PTFE thread seal tape",
        "plumbers tape|teflon tape|thread tape",
        "12 mm x 12 m;19 mm x 15 m;12 mm x 5 m;25 mm x 10 m",
        "gas grade|water grade",
        "",
    ),
    (
        "pipe_clip",
        "item",
        "plumbing",
        "pipe clip|hinged pipe clip",
        "saddle clip|munsen ring|pipe bracket",
        "15 mm;22 mm;28 mm;32 mm;40 mm",
        "plastic|galvanised steel|rubber lined steel",
        "",
    ),
    (
        "hose_clamp",
        "item",
        "plumbing",
        "hose clamp|worm drive hose clamp",
        "jubilee clip|hose clip|worm clip",
        "8-12 mm;12-22 mm;16-27 mm;20-32 mm;32-50 mm;40-60 mm",
        "zinc plated steel|W4 stainless steel|W2 stainless steel",
        "",
    ),
    (
        "tap_connector",
        "item",
        "plumbing",
        "flexible tap connector|braided tap connector",
        "tap tail|flexi hose|monobloc hose",
        '15 mm x 1/2" 300 mm;15 mm x 1/2" 500 mm;22 mm x 3/4" 300 mm;10 mm x 1/2" 300 mm',
        "stainless steel|EPDM lined",
        "",
    ),
    (
        "bottle_trap",
        "item",
        "plumbing",
        "bottle trap|basin bottle trap",
        "sink trap|p-trap|u bend",
        "32 mm;40 mm",
        "polypropylene|chrome plated brass",
        "",
    ),
    (
        "trv",
        "item",
        "plumbing",
        "thermostatic radiator valve|TRV radiator valve",
        "rad valve|radiator thermostat",
        "8 mm;10 mm;15 mm",
        "chrome|white|satin nickel",
        "",
    ),
    (
        "pipe_insulation",
        "item",
        "plumbing",
        "pipe insulation|pipe insulation tube",
        "pipe lagging|lagging|armaflex",
        "15 mm x 1 m;22 mm x 1 m;28 mm x 2 m;15 mm x 2 m",
        "polyethylene foam|nitrile rubber",
        "",
    ),
]
ONTOLOGY += [
    # electrical
    (
        "cable_gland",
        "item",
        "electrical",
        "cable gland|IP68 cable gland",
        "cord grip|strain relief|stuffing gland",
        "M16;M20;M25;M32;M40",
        "nylon|nickel plated brass|stainless steel",
        "",
    ),
    (
        "din_terminal",
        "item",
        "electrical",
        "DIN rail terminal block|DIN rail terminal",
        "feed-through terminal|rail mount terminal|screw terminal",
        "2.5 mm2;4 mm2;6 mm2;10 mm2;16 mm2",
        "polyamide|PA66",
        "",
    ),
    (
        "mcb",
        "item",
        "electrical",
        "miniature circuit breaker|MCB circuit breaker",
        "trip switch|trip breaker",
        "6 A;10 A;16 A;20 A;32 A;40 A",
        "",
        "",
    ),
    (
        "junction_box",
        "item",
        "electrical",
        "junction box|adaptable junction box",
        "jb|connection box",
        "75 x 75 x 40 mm;100 x 100 x 50 mm;150 x 110 x 70 mm;200 x 150 x 80 mm",
        "ABS|polycarbonate|galvanised steel",
        "",
    ),
    (
        "back_box",
        "item",
        "electrical",
        "flush back box|metal back box",
        "pattress box|socket box|wall box",
        "25 mm;35 mm;47 mm",
        "galvanised steel|plastic",
        "",
    ),
    (
        "extension_lead",
        "item",
        "electrical",
        "extension lead|cable extension reel",
        "extension cord|extension cable|drop lead",
        "2 m;5 m;10 m;25 m;50 m",
        "PVC|rubber|arctic grade",
        "",
    ),
    (
        "cable_ties",
        "item",
        "electrical",
        "cable ties|cable tie pack",
        "zip ties|tie wraps|ty-raps",
        "2.5 x 100 mm;3.6 x 150 mm;4.8 x 200 mm;4.8 x 300 mm;7.6 x 370 mm",
        "nylon 66|UV stabilised nylon|stainless steel",
        "",
    ),
    (
        "lever_connector",
        "item",
        "electrical",
        "lever connector|lever terminal block",
        "wago|splicing connector|push connector",
        "2 way;3 way;5 way",
        "",
        "",
    ),
    (
        "socket_outlet",
        "item",
        "electrical",
        "double switched socket|switched socket outlet",
        "plug socket|power point|double plug",
        "13 A",
        "white plastic|brushed steel|polished chrome|matt black",
        "",
    ),
    (
        "insulation_tape",
        "item",
        "electrical",
        "insulation tape|electrical insulation tape",
        "electricians tape|insulating tape|lecky tape",
        "19 mm x 20 m;19 mm x 33 m;15 mm x 10 m;25 mm x 20 m",
        "PVC|self-amalgamating rubber",
        "",
    ),
    (
        "twin_earth",
        "item",
        "electrical",
        "twin and earth cable|flat twin and earth",
        "t&e|6242y|flat cable",
        "1 mm2 x 100 m;1.5 mm2 x 50 m;2.5 mm2 x 100 m;6 mm2 x 50 m;10 mm2 x 25 m",
        "copper|LSZH copper",
        "",
    ),
    (
        "conduit",
        "item",
        "electrical",
        "round conduit|electrical conduit",
        "electrical pipe|conduit tube",
        "20 mm x 3 m;25 mm x 3 m;32 mm x 3 m",
        "PVC|galvanised steel",
        "",
    ),
    (
        "head_torch",
        "item",
        "electrical",
        "LED head torch|rechargeable head torch",
        "headlamp|head light|forehead lamp",
        "150 lm;300 lm;500 lm",
        "ABS|aluminium",
        "",
    ),
    # fixings
    (
        "anchor_bolt",
        "item",
        "fixings",
        "sleeve anchor|anchor bolt",
        "rawl bolt|shield anchor|expansion bolt",
        "M8 x 75;M8 x 100;M10 x 75;M10 x 100;M12 x 120;M16 x 150",
        "zinc plated|A4 stainless steel|hot dip galvanised",
        "",
    ),
    (
        "threaded_rod",
        "item",
        "fixings",
        "threaded rod|studding",
        "all thread|allthread|threaded bar",
        "M6 x 1 m;M8 x 1 m;M10 x 1 m;M12 x 1 m;M16 x 1 m;M10 x 2 m",
        "zinc plated steel|A2 stainless steel|grade 8.8 steel",
        "",
    ),
    (
        "rivet_nut",
        "item",
        "fixings",
        "rivet nut|blind rivet nut",
        "rivnut|nutsert|threaded insert",
        "M4;M5;M6;M8;M10",
        "zinc plated steel|stainless steel|aluminium",
        "",
    ),
    (
        "blind_rivet",
        "item",
        "fixings",
        "blind rivet|pop rivet",
        "breakstem rivet|pop rivets",
        "3.2 x 8 mm;4.0 x 10 mm;4.8 x 12 mm;4.8 x 16 mm",
        "aluminium|steel|stainless steel|copper",
        "",
    ),
    (
        "wood_screw",
        "item",
        "fixings",
        "wood screw|countersunk wood screw",
        "chipboard screw|pozi screw|timber screw",
        "3.5 x 30 mm;4 x 40 mm;5 x 60 mm;5 x 80 mm;6 x 100 mm",
        "yellow zinc|bright zinc|A2 stainless steel",
        "",
    ),
    (
        "hex_bolt",
        "item",
        "fixings",
        "hex head bolt|hexagon head bolt",
        "set screw|machine bolt|hex set screw",
        "M6 x 30;M8 x 25;M8 x 40;M10 x 50;M12 x 80",
        "zinc plated 8.8|A2 stainless steel|A4 stainless steel",
        "",
    ),
    (
        "washer",
        "item",
        "fixings",
        "flat washer|form A flat washer",
        "plain washer|penny washer|mudguard washer",
        "M6;M8;M10;M12;M16",
        "zinc plated|A2 stainless steel|brass",
        "",
    ),
    (
        "wall_plug",
        "item",
        "fixings",
        "wall plug|masonry wall plug",
        "rawlplug|raw plug|dowel",
        "5 x 25 mm;6 x 30 mm;8 x 40 mm;10 x 50 mm",
        "nylon|polypropylene",
        "",
    ),
    (
        "concrete_screw",
        "item",
        "fixings",
        "concrete screw|masonry screw anchor",
        "concrete bolt|masonry bolt",
        "6 x 60 mm;7.5 x 100 mm;10 x 80 mm;12 x 100 mm",
        "zinc plated|stainless steel",
        "",
    ),
    (
        "hex_nut",
        "item",
        "fixings",
        "hex nut|full hex nut",
        "hexagon nut|plain nut|full nut",
        "M5;M6;M8;M10;M12;M16",
        "zinc plated|A2 stainless steel|brass",
        "",
    ),
    # hardware
    (
        "padlock",
        "item",
        "hardware",
        "padlock|closed shackle padlock",
        "pad lock|security lock",
        "30 mm;40 mm;50 mm;60 mm",
        "brass|laminated steel|stainless steel",
        "",
    ),
    (
        "hinge",
        "item",
        "hardware",
        "butt hinge|door butt hinge",
        "door hinge|leaf hinge|butts",
        "75 mm;100 mm;76 x 50 mm;102 x 76 mm",
        "brass|stainless steel|satin chrome|electro brass",
        "",
    ),
    (
        "castor",
        "item",
        "hardware",
        "swivel castor|braked swivel castor",
        "caster|trolley wheel|caster wheel",
        "50 mm;75 mm;100 mm;125 mm",
        "rubber|polyurethane|nylon",
        "",
    ),
    (
        "ratchet_strap",
        "item",
        "hardware",
        "ratchet strap|ratchet tie-down strap",
        "tie down strap|cargo strap|lashing strap",
        "25 mm x 5 m;35 mm x 6 m;50 mm x 8 m;50 mm x 10 m",
        "polyester",
        "",
    ),
    (
        "shelf_bracket",
        "item",
        "hardware",
        "shelf bracket|heavy duty shelf bracket",
        "angle bracket|l bracket|gallows bracket",
        "150 x 200 mm;200 x 250 mm;250 x 300 mm",
        "steel|white powder coated steel",
        "",
    ),
    # PPE
    (
        "half_mask",
        "item",
        "ppe",
        "half mask respirator|reusable half mask",
        "gas mask|twin filter mask",
        "",
        "silicone|TPE",
        "",
    ),
    ("dust_mask", "item", "ppe", "disposable respirator|valved dust mask", "face mask|ffp mask", "", "FFP2|FFP3", ""),
    (
        "safety_boots",
        "item",
        "ppe",
        "safety boots|S3 safety boots",
        "steel toe boots|work boots|toe cap boots",
        "UK 7;UK 8;UK 9;UK 10;UK 11",
        "leather|nubuck|composite",
        "",
    ),
    (
        "ear_defenders",
        "item",
        "ppe",
        "ear defenders|folding ear defenders",
        "ear muffs|earmuffs|hearing protectors",
        "SNR 27 dB;SNR 30 dB;SNR 33 dB",
        "ABS",
        "",
    ),
    (
        "ear_plugs",
        "item",
        "ppe",
        "ear plugs|disposable ear plugs",
        "earplugs|ear buds|hearing plugs",
        "SNR 35 dB;SNR 37 dB;SNR 39 dB",
        "polyurethane foam|silicone",
        "",
    ),
    (
        "knee_pads",
        "item",
        "ppe",
        "knee pads|professional knee pads",
        "kneepads|knee protectors|kneelers",
        "",
        "gel|foam|EVA",
        "",
    ),
    (
        "safety_glasses",
        "item",
        "ppe",
        "safety glasses|safety spectacles",
        "goggles|safety specs|eye protection",
        "",
        "clear polycarbonate|tinted polycarbonate|anti-fog polycarbonate",
        "",
    ),
    (
        "work_gloves",
        "item",
        "ppe",
        "work gloves|coated work gloves",
        "rigger gloves|grip gloves|builders gloves",
        "size 8;size 9;size 10;size 11",
        "nitrile|latex|PU|leather",
        "",
    ),
    (
        "hi_vis",
        "item",
        "ppe",
        "hi-vis vest|high visibility vest",
        "reflective vest|hi viz|safety waistcoat",
        "",
        "yellow polyester|orange polyester",
        "",
    ),
    (
        "hard_hat",
        "item",
        "ppe",
        "safety helmet|vented safety helmet",
        "hard hat|hardhat|site helmet",
        "",
        "ABS|HDPE",
        "",
    ),
    # adhesives and sealants
    (
        "silicone",
        "item",
        "adhesives",
        "silicone sealant|sanitary silicone sealant",
        "silicon|caulk|mastic",
        "80 ml;300 ml;310 ml",
        "clear|white|grey|anthracite",
        "",
    ),
    (
        "epoxy",
        "item",
        "adhesives",
        "two-part epoxy adhesive|epoxy resin adhesive",
        "araldite|2k glue|resin glue",
        "25 ml;50 ml;400 ml",
        "rapid set|slow set|metal-filled",
        "",
    ),
    (
        "grab_adhesive",
        "item",
        "adhesives",
        "grab adhesive|construction adhesive",
        "no more nails|gripfill|panel adhesive",
        "290 ml;310 ml;350 ml",
        "solvent free|hybrid polymer",
        "",
    ),
    (
        "foam",
        "item",
        "adhesives",
        "expanding foam|PU expanding foam",
        "spray foam|gap filler|polyurethane filler",
        "300 ml;500 ml;750 ml",
        "gun grade|straw grade|fire rated",
        "",
    ),
    (
        "wood_glue",
        "item",
        "adhesives",
        "wood glue|PVA wood glue",
        "carpenters glue|white glue|joiners glue",
        "250 ml;750 ml;1 l;5 l",
        "D3 waterproof|D2 interior",
        "",
    ),
    (
        "superglue",
        "item",
        "adhesives",
        "cyanoacrylate adhesive|instant adhesive",
        "superglue|super glue|ca glue",
        "3 g;20 g;50 g",
        "gel|liquid",
        "",
    ),
    (
        "threadlocker",
        "item",
        "adhesives",
        "threadlocker|anaerobic threadlocker",
        "thread lock|loctite|screw lock",
        "10 ml;50 ml;250 ml",
        "medium strength|high strength",
        "",
    ),
    # abrasives and workshop consumables
    (
        "abrasive_roll",
        "item",
        "abrasives",
        "abrasive cloth roll|sanding roll",
        "emery cloth|sandpaper|emery roll",
        "115 mm x 50 m P120;115 mm x 25 m P80;25 mm x 50 m P240",
        "aluminium oxide|silicon carbide",
        "",
    ),
    (
        "masking_tape",
        "item",
        "consumables",
        "masking tape|low tack masking tape",
        "painters tape|decorators tape|frog tape",
        "25 mm x 50 m;38 mm x 50 m;50 mm x 50 m",
        "paper|washi",
        "",
    ),
    (
        "duct_tape",
        "item",
        "consumables",
        "duct tape|cloth duct tape",
        "gaffer tape|gaffa|duck tape",
        "48 mm x 25 m;50 mm x 50 m;75 mm x 50 m",
        "silver|black",
        "",
    ),
    (
        "penetrating_oil",
        "item",
        "consumables",
        "penetrating oil|multi-use lubricant spray",
        "wd40|easing oil|release spray",
        "200 ml;400 ml;500 ml",
        "aerosol|PTFE enriched",
        "",
    ),
    (
        "rags",
        "item",
        "consumables",
        "wiping rags|workshop wiping rags",
        "shop rags|mutton cloth|rag bag",
        "5 kg;10 kg",
        "white cotton|coloured cotton",
        "",
    ),
    (
        "marker",
        "item",
        "consumables",
        "permanent marker|site marker pen",
        "sharpie|marking pen|felt tip",
        "1 mm;2 mm;5 mm",
        "black|red|blue",
        "",
    ),
]


def load_types() -> list[PType]:
    return [
        PType(
            k,
            kind,
            group,
            tuple(n.split("|")),
            tuple(s.split("|")) if s else (),
            tuple(z.split(";")) if z else (),
            tuple(m.split("|")) if m else (),
            tuple(f.split()),
        )
        for k, kind, group, n, s, z, m, f in ONTOLOGY
    ]


# ------------------------------------------------------------------------------------------------ product texts
FEATURES = {
    "power": (
        "Brushless",
        "Variable Speed",
        "LED Light",
        "Soft Start",
        "Compact",
        "Heavy Duty",
        "2-Speed Gearbox",
        "Electronic Brake",
        "Low Vibration",
    ),
    "hand": ("Professional", "Heavy Duty", "Soft Grip Handle", "Trade Quality", "Drop Forged", "Ergonomic"),
    "tiling": ("Professional", "Trade Quality", "Long Life", "Precision"),
    "acc": ("Long Life", "Professional", "Heat Treated", "Precision Ground", "Fast Cutting", "Trade Quality"),
    "abrasives": ("Long Life", "Fast Cutting", "Cool Running", "Low Clogging", "Trade Quality"),
    "plumbing": ("WRAS Approved", "Lead Free", "Leak Tested", "Potable Water", "Trade Quality"),
    "electrical": ("IP68 Rated", "BS Approved", "Halogen Free", "CE Marked", "Trade Quality"),
    "fixings": ("CE Marked", "Heavy Duty", "Corrosion Resistant", "Trade Quality", "Bulk Box"),
    "hardware": ("Heavy Duty", "Weatherproof", "Security Rated", "Trade Quality"),
    "ppe": ("EN Certified", "Lightweight", "Comfort Fit", "All Day Wear"),
    "adhesives": ("Fast Curing", "Paintable", "Low VOC", "Interior & Exterior", "Waterproof"),
    "consumables": ("Multi-Purpose", "Value Pack", "Professional", "Workshop Grade"),
}
TAILS = {  # keyword tails for marketplace titles
    "power": ("Ideal for DIY & Trade", "for Wood, Metal & Plastic", "Professional Site Tool", "UK Stock"),
    "hand": ("for DIY & Trade", "Workshop Essential", "Professional Hand Tool"),
    "tiling": ("for Ceramic & Porcelain", "Tiling Tool", "for Floor & Wall Tiles"),
    "acc": ("Genuine Accessory", "Universal Fit", "for Wood & Metal", "Long Lasting"),
    "abrasives": ("for Metal & Stainless", "for Wood, Paint & Filler", "Rust Removal"),
    "plumbing": ("for Copper Pipe", "Central Heating & Water", "Plumbing Fitting"),
    "electrical": ("for Domestic & Commercial Installs", "Electrical Wholesale", "Indoor & Outdoor"),
    "fixings": ("for Concrete, Brick & Block", "Fixings & Fasteners", "for Timber & Masonry"),
    "hardware": ("Ironmongery", "Indoor & Outdoor", "for Trailers & Vans"),
    "ppe": ("Workwear", "Site Safety PPE", "Trade Quality PPE"),
    "adhesives": ("for Kitchens & Bathrooms", "Indoor & Outdoor", "Bonds Most Materials"),
    "consumables": ("Workshop Supplies", "Garage & Workshop", "Trade Counter"),
}
OPENERS = (
    "Built for daily site use",
    "Designed for busy trade professionals",
    "Made for repeated workshop use",
    "Developed with installers in mind",
    "Tough enough for the van and the workshop",
    "Engineered for reliable results",
    "Favoured by fitters up and down the country",
    "Chosen by maintenance teams",
    "Ideal for jobbing builders",
    "Perfect for the home workshop",
)
BENEFITS = (
    "delivers consistent results job after job",
    "keeps downtime to a minimum",
    "is a dependable choice for the trade",
    "offers excellent value for money",
    "is built to last on demanding jobs",
    "makes light work of everyday tasks",
    "stands up to tough conditions",
    "gives a clean, accurate finish",
    "earns its place in any kit",
)
ADVICE = (
    "Pair it with {a} {o} for a complete setup.",
    "Many customers add {a} {o} to the same order.",
    "Tip: keep {a} {o} on the van as well.",
    "It works well alongside our {o} range.",
    "For bigger jobs, see our {o} range too.",
    "Ask at the counter about a matching {o}.",
)
BRIEF = (  # main brochure sentence; {nm} is size, material and type name together
    "{opener}, this {nm} from {brand}{cpar} {ben}.",
    "With {f1} and {f2}, this {brand}{csp} {nm} {ben}.",
    "{opener}: {a} {nm} by {brand}{cpar} that {ben}.",
    "If you need {a} {nm}, {brand}'s{csp} version {ben}.",
    "{brand} makes this {nm}{cpar}, which {ben}.",
    "{opener} and offering {f1}, this product from {brand}{cpar} is {a} {nm}.",
    "Reliable and {f1}, the {brand}{csp} is our best-selling {nm}.",
)
CODED_BRIEF = ("The {brand}{csp} is {a} {nm} that {ben}.", "Model {code} from {brand} is {a} {nm} that {ben}.")


def cap(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def join_and(items: list[str], amp: bool = False) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + (" & " if amp else " and ") + items[-1]


def plural(name: str) -> str:
    if name.endswith(("x", "sh", "ch")):
        return name + "es"
    return name if name.endswith(("s", "y", "f", "fe")) else name + "s"


def article(s: str, main: bool = False) -> str:
    if s.endswith(("boots", "gloves", "glasses", "pads", "defenders", "pliers", "plugs")):
        return "a pair of" if main else "some"
    if s.endswith("s"):
        return "a pack of" if main else "some"
    return "an" if re.match(r"[aeiou]|8|1[18]\b|1[18] ", s, re.I) else "a"


def compact(size: str) -> str:
    """Marketplace spelling: "18 V" -> "18V", "115 mm" -> "115mm"."""
    return re.sub(r"(\d) (V|W|Ah|mm|ml|kg|g|A|Nm|oz|l|m)\b", r"\1\2", size)


def cordless(p: Product) -> bool:
    return p.ptype.kind == "power" and any(b == "V" for _, b in p.sizev or ())


def storefront_text(p: Product, tool_names: dict[str, str], rng: random.Random) -> str:
    t = p.ptype
    name, mat, size, lead = cap(p.name), cap(p.material) if p.material else "", p.size or "", f"{p.brand} {p.code}"
    feats = rng.sample(FEATURES[t.group], k=rng.choice((0, 1, 1, 2, 2, 3)))
    tail = rng.choice(TAILS[t.group]) if rng.random() < 0.45 else ""
    fit = ""
    if p.fits:
        tools = [cap(tool_names[k]) for k in p.fits]
        volt = next((f"{num(v)}V" for v, b in p.sizev or () if b == "V"), "")
        fit = rng.choice(
            (
                f"for {join_and(tools, True)}",
                f"Fits {p.brand} {volt} {join_and(tools, True)}",
                f"Compatible with {join_and(tools, True)}",
                f"Replacement for {join_and(tools, True)}",
                f"Fits all {volt} {join_and([plural(x) for x in tools], True)}",
            )
        )
    if cordless(p):
        ah = rng.choice(("2.0", "4.0", "5.0"))
        extra = rng.choice(
            (
                "(Tool Only)",
                "Bare Unit",
                "Body Only",
                "- Naked",
                f"with 2x {ah}Ah Batteries & Charger",
                f"Kit with 1x {ah}Ah Battery, Charger and Case",
                f"with 2 x {ah}Ah Batteries, Fast Charger in Case",
            )
        )
    elif t.kind == "power":
        extra = rng.choice(("", "with Carry Case", "in Kitbox", "UK Plug", "with 3m Cable"))
    elif t.kind == "hand":
        extra = rng.choice(("", "", "2-Pack", "Single", "with Holster"))
    else:
        n = rng.choice((2, 5, 10, 20, 25, 50, 100))
        extra = rng.choice(("", "", f"Pack of {n}", f"{n}-Pack", f"x{n}", f"Box of {n}", f"{n} pcs", "(Single)"))
    shape = rng.choices(range(6), weights=(3, 3, 3, 1, 3, 1))[0]
    f = " ".join(feats)
    parts, sep = [
        ([lead, size, f, name, mat, fit, tail, extra], " "),
        ([f"{lead} {name}", size, mat, *feats, fit, tail, extra], " | "),
        ([f"{lead} {f} {name} {size}", mat, fit, tail, extra], " - "),
        ([f"{name} {size} {mat}", f"by {lead}", fit, tail, extra], ", "),
        ([f"{lead} {mat} {name}", size, ", ".join(feats), fit, tail, extra], ", "),
        ([extra, lead, name, size, mat, f, fit, tail], " "),
    ][shape]
    text = sep.join(x.strip() for x in parts if x.strip())
    return re.sub(r"\s+", " ", text).strip()


def brochure_text(p: Product, tool_names: dict[str, str], others: list[str], rng: random.Random) -> str:
    t = p.ptype
    nm = " ".join(x for x in (p.size, p.material, p.name) if x)
    f1, f2 = (
        " ".join(w if re.search(r"[A-Z0-9]{2}", w) else w.lower() for w in x.split())  # keep "CE", "IP68"
        for x in rng.sample(FEATURES[t.group], 2)
    )
    templates = BRIEF + (CODED_BRIEF if p.code else ())
    main = rng.choice(templates).format(
        opener=rng.choice(OPENERS),
        nm=nm,
        a=article(nm, True),
        brand=p.brand,
        code=p.code,
        cpar=f" ({p.code})" if p.code else "",
        csp=f" {p.code}" if p.code else "",
        ben=rng.choice(BENEFITS),
        f1=f1,
        f2=f2,
    )
    extra: list[str] = []
    if p.fits:
        fits = join_and([plural(tool_names[k]) for k in p.fits])
        extra.append(rng.choice((f"It is made for {fits}.", f"Compatible with {fits}.", f"It fits {fits}.")))
    elif cordless(p):
        ah = rng.choice(("2.0", "4.0", "5.0"))
        extra.append(
            rng.choice(
                (
                    "It is supplied as a bare tool, so you can use the batteries you already own.",
                    f"It comes with two {ah} Ah batteries and a fast charger in a carry case.",
                    f"The kit version includes a {ah} Ah battery and charger.",
                )
            )
        )
    elif t.kind == "item" and rng.random() < 0.4:
        extra.append(f"Sold in packs of {rng.choice((5, 10, 20, 25, 50, 100))}.")
    if others and (not extra or rng.random() < 0.5):
        o = rng.choice(others)
        extra.append(rng.choice(ADVICE).format(a=article(o), o=o))
    rng.shuffle(extra)
    return " ".join([main, *extra])


# ------------------------------------------------------------------------------------------------ products
SUFFIXES = {
    "power": ("", "", "Z", "-Z", "-0X", "K", "N", "-XE", "B"),
    "hand": ("", "", "", "A", "-P", "S"),
    "acc": ("", "", "", "A", "-P", "S"),
    "item": ("", "", "", "-B", "P"),
}


def make_products(style: str, types: list[PType], names: dict[str, str], rng: random.Random) -> list[Product]:
    """Products per type: storefront has many one-off types, the brochure repeats types a few times each."""
    fitted = {k for t in types for k in t.fits}
    pool = [t.key for t in types if t.key not in fitted]
    once = set(rng.sample(pool, 60 if style == "storefront" else 22))
    digits = [d for d in range(1001, 9999) if d % 50]
    rng.shuffle(digits)
    by_group: dict[str, list[str]] = {}
    for t in types:
        by_group.setdefault(t.group, []).append(names[t.key])
    products: list[Product] = []
    texts: set[str] = set()
    for t in types:
        low, high = (4, 9) if style == "storefront" else (3, 8)
        n = rng.choice((1, 1, 2)) if t.key in once else rng.randint(low, high)
        sizes = list(t.sizes)
        rng.shuffle(sizes)
        others = [o for o in by_group[t.group] if o != names[t.key]]
        for i in range(n):
            for attempt in range(20):
                brand = rng.choice(BRANDS)
                size = sizes[(i + attempt) % len(sizes)] if sizes else None
                if size and style == "storefront" and rng.random() < 0.5:
                    size = compact(size)
                parts = (
                    brand[:2].upper() + "".join(w[0] for w in t.key.split("_")).upper()[:2],
                    str(digits.pop()),
                    rng.choice(SUFFIXES[t.kind]),
                )
                code = [
                    f"{parts[0]}{parts[1]}{parts[2]}",
                    f"{parts[0]}-{parts[1]}{parts[2]}",
                    f"{parts[0]} {parts[1]}{parts[2]}",
                ][BRANDS.index(brand) % 3]
                if style == "brochure" and t.kind == "item":
                    code = None
                fits = (
                    tuple(sorted(rng.sample(t.fits, rng.randint(1, min(3, len(t.fits)))), key=t.fits.index))
                    if t.fits
                    else ()
                )
                p = Product(
                    "",
                    t,
                    names[t.key],
                    brand,
                    code,
                    parts,
                    size,
                    rng.choice(t.materials) if t.materials else None,
                    fits,
                )
                p.text = (
                    storefront_text(p, names, rng) if style == "storefront" else brochure_text(p, names, others, rng)
                )
                if p.text not in texts:
                    texts.add(p.text)
                    products.append(p)
                    break
    rng.shuffle(products)
    prefix = "TSF" if style == "storefront" else "TBR"
    for i, p in enumerate(products, 1):
        p.pid = f"{prefix}-{i:04d}"
    return products


# ------------------------------------------------------------------------------------------------ queries
MISSING: dict[str, tuple[float, ...]] = {  # candidate sizes for size_missing queries, in base units
    "mm": (
        3,
        4,
        5,
        7,
        9,
        11,
        13,
        14,
        17,
        19,
        21,
        26,
        34,
        42,
        45,
        48,
        55,
        70,
        85,
        90,
        140,
        175,
        260,
        350,
        450,
        700,
        750,
        1400,
        2400,
        7000,
        12000,
        20000,
        40000,
    ),
    "in": (0.125, 0.1875, 0.3125, 0.4375, 0.625, 0.875, 1.5, 3, 12, 16, 20, 30, 36),
    "V": (3.6, 7.2, 9.6, 10.8, 14.4, 24, 40, 54, 110, 230, 300, 1500),
    "W": (400, 550, 710, 900, 1010, 1300, 1750, 2400),
    "ml": (50, 75, 100, 150, 200, 500, 600, 1000, 2500, 15000, 25000, 45000, 80000),
    "g": (5, 10, 50, 100, 150, 200, 300, 750, 1500, 2000, 3000, 5000, 20000),
    "oz": (8, 10, 12, 14, 18, 24, 28),
    "Ah": (1.5, 2.5, 6, 9, 12),
    "A": (2, 3, 5, 25, 45, 50, 63),
    "mm2": (0.75, 1, 1.5, 16, 25, 35),
    "dB": (20, 24, 29, 31, 41),
    "grit": (24, 36, 100, 150, 320, 400),
    "T": (12, 18, 30, 36, 56),
    "ga": (14, 20, 23),
    "lm": (800, 1000, 3500, 10000),
    "way": (4, 6, 8),
    "bar": (4, 6, 12, 16),
    "Nm": (50, 100, 250, 500),
    "UK": (5, 6, 12, 13),
    "TPI": (14, 28),
    "row": (2, 6),
    "pc": (4, 10, 20),
    "size": (6, 7, 12),
}
NEAR = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnm",
        (
            "wa",
            "qes",
            "wrd",
            "etf",
            "ryg",
            "tuh",
            "yij",
            "uok",
            "ipl",
            "ol",
            "qsz",
            "awdx",
            "sefc",
            "drgv",
            "fthb",
            "gyjn",
            "hukm",
            "jil",
            "kol",
            "asx",
            "zcd",
            "xvf",
            "cbg",
            "vnh",
            "bmj",
            "nk",
        ),
        strict=True,
    )
)


def qname(name: str, rng: random.Random) -> str:
    s = name.lower()
    return s.replace("-", " ") if "-" in s and rng.random() < 0.3 else s


def order(a: str, b: str, rng: random.Random) -> str:
    return f"{a} {b}" if rng.random() < 0.6 else f"{b} {a}"


def join_forms(forms: list[str], bases: list[str]) -> str:
    out = forms[0]
    for i in range(1, len(forms)):
        out += (" x " if bases[i] == bases[i - 1] else " ") + forms[i]
    return out


def other_form(size: Size, displays: set[str], rng: random.Random) -> str | None:
    """The size written another way than any product of the type shows it (first dimension or all of them)."""
    cands = []
    for k in sorted({1, len(size)}):
        for _ in range(3):
            c = join_forms([rng.choice(alt_forms(v, b)) for v, b in size[:k]], [b for _, b in size[:k]])
            if parse_size(c) == size[:k] and c not in cands:
                cands.append(c)
    shown = {squash(d) for d in displays}
    pick = [c for c in cands if squash(c) not in shown]  # more than a change of spacing
    return rng.choice(pick) if pick else None


def missing_size(sized: list[Product], rng: random.Random) -> tuple[str, Size] | None:
    """A size of the type's unit that no product of the type has in any dimension."""
    p = rng.choice(sized)
    v0, base = p.sizev[0]
    present = {v for q in sized for v, b in q.sizev if b == base}
    pool = sorted((c for c in MISSING[base] if c not in present), key=lambda c: abs(math.log(c / v0)))
    if not pool:
        return None
    c = rng.choice(pool[:3])
    thread = base == "mm" and re.match(r"M\d", p.size) is not None
    text = f"m{num(c)}" if thread else rng.choice(alt_forms(c, base))
    return text, ((float(c), base),)


def make_typo(w: str, vocab: set[str], rng: random.Random) -> str | None:
    for _ in range(12):
        i = rng.randrange(1, len(w) - 1)
        op = rng.randrange(4)
        t = (
            w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            if op == 0
            else w[:i] + w[i + 1 :]
            if op == 1
            else w[:i] + w[i] + w[i:]
            if op == 2
            else w[:i] + rng.choice(NEAR[w[i]]) + w[i + 1 :]
        )
        if t != w and t not in vocab:
            return t
    return None


def code_query(p: Product, n: str, rng: random.Random) -> Query:
    letters, digits, suffix = p.code_parts
    forms = [
        f"{letters} {digits}{suffix}",
        f"{letters}{digits}{suffix}".replace("-", ""),
        f"{letters}-{digits}{suffix}",
        f"{p.brand} {letters}{digits}{suffix}",
        f"{p.brand} {digits}",
    ]
    text = rng.choice([f.lower() for f in forms if f.lower() != p.code.lower()])
    return Query(f"{text} {n}" if rng.random() < 0.3 else text, "code", p.ptype.key, code=p.code)


def make_queries(products: list[Product], types: list[PType], names: dict[str, str], rng: random.Random) -> list[Query]:
    by_type: dict[str, list[Product]] = {}
    for p in products:
        by_type.setdefault(p.ptype.key, []).append(p)
    vocab = set().union(*(words(p.text) for p in products))
    fitted = {k for p in products for k in p.fits}
    cands: dict[str, list[Query]] = {c: [] for c in CLASSES}
    for t in types:
        ps = by_type.get(t.key, [])
        if not ps:
            continue
        n = qname(names[t.key], rng)
        sized = [p for p in ps if p.size]
        displays = {p.size.lower() for p in sized}
        for p in sized:
            cands["type_size"].append(Query(order(n, p.size.lower(), rng), "type_size", t.key, size=p.sizev))
            alt = other_form(p.sizev, displays, rng)
            if alt:
                cands["size_other_form"].append(
                    Query(order(n, alt, rng), "size_other_form", t.key, size=parse_size(alt))
                )
        for _ in range(2 if sized else 0):
            miss = missing_size(sized, rng)
            if miss:
                cands["size_missing"].append(Query(order(n, miss[0], rng), "size_missing", t.key, size=miss[1]))
        for p in ps:
            if p.material:
                cands["type_material"].append(
                    Query(order(p.material.lower(), n, rng), "type_material", t.key, material=p.material)
                )
            if p.code:
                cands["code"].append(code_query(p, n, rng))
        for w in sorted({w for w in re.findall(r"[a-z]+", n) if len(w) >= 5}):
            for _ in range(2):
                typo = make_typo(w, vocab, rng)
                if typo:
                    text, p = re.sub(rf"\b{w}\b", typo, n, count=1), rng.choice(ps)
                    size = p.sizev if p.size and rng.random() < 0.4 else None
                    text = order(text, p.size.lower(), rng) if size else text
                    cands["typo"].append(Query(text, "typo", t.key, size=size, check_words=(typo,)))
        own_name = words(names[t.key])
        for s in [*t.synonyms, *(x for x in t.names if x != names[t.key])]:
            own = words(s) - own_name
            if not own or own & vocab:
                continue
            sl, p = s.lower(), rng.choice(ps)
            cw = tuple(sorted(own))
            cands["synonym"].append(Query(sl, "synonym", t.key, check_words=cw))
            if p.size:
                cands["synonym"].append(
                    Query(order(sl, p.size.lower(), rng), "synonym", t.key, size=p.sizev, check_words=cw)
                )
            if p.material:
                cands["synonym"].append(
                    Query(order(p.material.lower(), sl, rng), "synonym", t.key, material=p.material, check_words=cw)
                )
        if t.key in fitted:
            cands["accessory_not_asked"].append(Query(n, "accessory_not_asked", t.key))
            for p in ps:
                b = p.brand.lower()
                cands["accessory_not_asked"] += [
                    Query(f"{b} {n}", "accessory_not_asked", t.key, brand=p.brand),
                    *(
                        [Query(order(n, p.size.lower(), rng), "accessory_not_asked", t.key, size=p.sizev)]
                        if p.size
                        else []
                    ),
                ]
        for p in ps:
            for k in p.fits:
                tool = qname(names[k], rng)
                q = rng.choice(
                    [
                        Query(f"{n} for {tool}", "accessory_asked", t.key, fits=k),
                        Query(f"{tool} {n}", "accessory_asked", t.key, fits=k),
                        Query(f"{p.brand.lower()} {n} for {tool}", "accessory_asked", t.key, brand=p.brand, fits=k),
                    ]
                )
                if p.size and rng.random() < 0.5:
                    v, b = p.sizev[0]
                    first = rng.choice(alt_forms(v, b))
                    text = f"{n} for {first} {tool}" if b == "V" else f"{first} {n} for {tool}"
                    q = Query(text, "accessory_asked", t.key, size=parse_size(first), fits=k)
                cands["accessory_asked"].append(q)
        if len(ps) <= 2:
            cands["type_once"].append(Query(n, "type_once", t.key))
            for p in ps:
                cands["type_once"] += [Query(f"{p.brand.lower()} {n}", "type_once", t.key, brand=p.brand)]
                if p.size:
                    cands["type_once"].append(Query(order(n, p.size.lower(), rng), "type_once", t.key, size=p.sizev))
                if p.material:
                    cands["type_once"].append(
                        Query(order(p.material.lower(), n, rng), "type_once", t.key, material=p.material)
                    )
    queries, seen = [], set()
    for c in CLASSES:
        pool = cands[c]
        rng.shuffle(pool)
        kept = 0
        for q in pool:
            q.text = re.sub(r"\s+", " ", q.text).strip()
            if q.text not in seen and kept < PER_CLASS:
                seen.add(q.text)
                queries.append(q)
                kept += 1
    return queries


def grade(q: Query, p: Product) -> int:
    """0 for another type; 2 when the product has every asked attribute, else 1."""
    if p.ptype.key != q.tkey:
        return 0
    sv = p.sizev
    ok = (
        (q.size is None or (sv is not None and sv[: len(q.size)] == q.size))
        and q.material in (None, p.material)
        and q.brand in (None, p.brand)
        and q.code in (None, p.code)
        and (q.fits is None or q.fits in p.fits)
    )
    return 2 if ok else 1


def is_dev(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] < 64  # lowest quarter of the 256-bit value


# ------------------------------------------------------------------------------------------------ build, check, write
Qrels = dict[str, list[tuple[str, int]]]


def build(style: str, types: list[PType]) -> tuple[list[Product], list[Query], Qrels, dict[str, str]]:
    rng = random.Random(f"{SEED}-{style}")  # nosec B311 (a reproducible catalog, not a secret)
    names = {t.key: rng.choice(t.names) for t in types}
    products = make_products(style, types, names, rng)
    queries = make_queries(products, types, names, rng)
    counters = {"train": 0, "dev": 0}
    for q in queries:
        split = "dev" if is_dev(q.text) else "train"
        q.qid = f"{split}-{counters[split]:03d}"
        counters[split] += 1
    queries.sort(key=lambda q: (q.qid.startswith("dev"), q.qid))
    qrels = {q.qid: [(p.pid, g) for p in products if (g := grade(q, p))] for q in queries}
    return products, queries, qrels, names


def self_check(
    style: str,
    types: list[PType],
    names: dict[str, str],
    *,
    products: list[Product],
    queries: list[Query],
    qrels: Qrels,
) -> None:
    def fail(msg: str) -> None:
        raise SystemExit(f"self-check failed ({style}): {msg}")

    keys = {t.key for t in types}
    all_names = [n.lower() for t in types for n in t.names]
    if len(types) < 90 or len(keys) != len(types) or len(set(all_names)) != len(all_names):
        fail("need >= 90 types with unique keys and buyer names")
    for t in types:
        if any(s.lower() in all_names for s in t.synonyms) or not set(t.fits) <= keys or not t.synonyms:
            fail(f"type {t.key}: synonym equal to a buyer name, unknown fitted tool or no synonym")
    if not 600 <= len(products) <= 1000:
        fail(f"{len(products)} products")
    if len({p.pid for p in products}) != len(products) or len({p.text for p in products}) != len(products):
        fail("product ids or texts not unique")
    for p in products:
        low = p.text.lower()
        shown = [p.name, p.brand, p.code, p.size, p.material, *(names[k] for k in p.fits)]
        missing = [a for a in shown if a and a.lower() not in low]
        if missing:
            fail(f"{p.pid} does not print its attributes {missing}: {p.text}")
    vocab = set().union(*(words(p.text) for p in products))
    by_type: dict[str, list[Product]] = {}
    for p in products:
        by_type.setdefault(p.ptype.key, []).append(p)
    pmap = {p.pid: p for p in products}
    fitted = {k for p in products for k in p.fits}
    texts = [q.text for q in queries]
    if len(set(texts)) != len(texts):
        fail("query texts repeat")
    for q in queries:
        rows = qrels[q.qid]
        if q.qid.startswith("dev") != is_dev(q.text) or q.text != q.text.lower():
            fail(f"{q.qid} {q.text!r}: wrong split or not lowercase")
        if not rows or any(pmap[pid].ptype.key != q.tkey or g not in (1, 2) for pid, g in rows):
            fail(f"{q.qid} {q.text!r}: no relevant product or a product of another type graded")
        if len(rows) != len(by_type[q.tkey]):
            fail(f"{q.qid}: not every product of the type graded")
        if q.category == "size_missing" and any(
            v in {w for w, b2 in p.sizev or () if b2 == b} for v, b in q.size for p in by_type[q.tkey]
        ):
            fail(f"{q.qid} {q.text!r}: the missing size exists")
        if q.category in ("synonym", "typo") and (not q.check_words or set(q.check_words) & vocab):
            fail(f"{q.qid} {q.text!r}: {q.category} word occurs in a product text")
        if q.category == "typo" and not set(q.check_words) <= words(q.text):
            fail(f"{q.qid} {q.text!r}: typo word not in the query")
        if q.category == "accessory_not_asked" and q.tkey not in fitted:
            fail(f"{q.qid} {q.text!r}: no accessories listed for the tool")
        if q.category == "accessory_asked" and (q.fits is None or q.tkey in fitted):
            fail(f"{q.qid} {q.text!r}: not an accessory query")
        if q.category == "type_once" and len(by_type[q.tkey]) > 2:
            fail(f"{q.qid} {q.text!r}: type listed more than twice")
        if q.category == "code" and sum(g == 2 for _, g in rows) != 1:
            fail(f"{q.qid} {q.text!r}: code query without exactly one grade-2 product")
    for split, least in (("train", 420), ("dev", 130)):
        qs = [q for q in queries if q.qid.startswith(split)]
        if len(qs) < least or {q.category for q in qs} != set(CLASSES):
            fail(f"{split}: {len(qs)} queries or a class missing")


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(line + "\n" for line in lines))


def write_catalog(folder: Path, style: str, products: list[Product], queries: list[Query], qrels: Qrels) -> None:
    dump = lambda obj: json.dumps(obj, ensure_ascii=False)  # noqa: E731
    write_lines(folder / "corpus.jsonl", [dump({"_id": p.pid, "title": "", "text": p.text}) for p in products])
    write_lines(
        folder / "queries.jsonl", [dump({"_id": q.qid, "text": q.text, "category": q.category}) for q in queries]
    )
    for split in ("train", "dev"):
        rows = [f"{q.qid}\t{pid}\t{g}" for q in queries if q.qid.startswith(split) for pid, g in qrels[q.qid]]
        write_lines(folder / "qrels" / f"{split}.tsv", ["query-id\tcorpus-id\tscore", *rows])
    about = (
        f"Synthetic {style} catalog of hardware and industrial supply products with buyer queries, for training "
        f"and development, not held out, written by {SCRIPT}; grades come from each query's structured request "
        "(type, size, material, brand, model code, fitted tool): 2 for a product of the asked type with every "
        "asked attribute, 1 for any other product of that type, none for other types."
    )
    gate = {"about": about, "splits": ["train", "dev"], "split": "dev"}
    write_lines(folder / "gate.json", [json.dumps(gate, indent=2, ensure_ascii=False)])


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data" / "training"
    types = load_types()
    for style in ("storefront", "brochure"):
        products, queries, qrels, names = build(style, types)
        self_check(style, types, names, products=products, queries=queries, qrels=qrels)
        write_catalog(out / style, style, products, queries, qrels)
        per = {c: sum(q.category == c for q in queries) for c in CLASSES}
        dev = sum(q.qid.startswith("dev") for q in queries)
        print(f"{style}: {len(products)} products, {len(queries) - dev} train + {dev} dev queries, {per}")


if __name__ == "__main__":
    main()
