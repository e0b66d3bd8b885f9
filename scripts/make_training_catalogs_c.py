"""Write two synthetic hardware-supply catalogs with buyer queries (training set C, BEIR layout).

Usage: ``.venv/bin/python scripts/make_training_catalogs_c.py [OUT_DIR]`` (default ``data/training``); writes
``OUT_DIR/shorttext`` and ``OUT_DIR/datasheet``, each with corpus.jsonl, queries.jsonl, qrels/train.tsv,
qrels/dev.tsv and gate.json.

The data come from an ontology written below: product types (fasteners, plumbing, electrical, abrasives, power
tools with batteries, chargers and accessories, hand tools, PPE, adhesives, lifting and storage, workshop
consumables), each with buyer-facing names, trade synonyms that the catalogs never print, sizes with units,
materials, standards, extra fields and, for accessories, the tools they fit. Power tools, batteries and chargers
get fictional brands and model codes.

- shorttext (ids TST-): ERP / merchant short texts, capitals and abbreviations, fields in varying order.
- datasheet (ids TDS-): attribute lists ("Key: value; ..." or bare values split by "|" or ","), the type first,
  last or only in a field.

Queries are typed as buyers type them, in ten classes (field ``category``): type_size, type_material,
size_other_form, size_missing, typo, code, synonym, accessory_not_asked, accessory_asked, type_once. A query is in
the dev split when the SHA-256 of its text falls in the lowest quarter, else in train.

Grades come from the structured record of each query (a type and maybe a size, material, brand, model code and
the tool an accessory fits), never from a text search: a product of another type is never relevant (so a tool's
accessories are never relevant to a query for the tool); a product of the asked type gets 2 when it has every
asked attribute (vacuously when none), else 1. A size matches when the asked values are a prefix of the product's
values in the same base unit ("8mm" matches "8 x 110 mm", "60cm" matches "600 mm"); a material matches by tag
("stainless" matches A2 and A4). The script ends with a self check and stops when a rule is broken; its output
is deterministic (seeded, no network).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from itertools import product as cartesian
from pathlib import Path
from typing import Any

SCRIPT = "scripts/make_training_catalogs_c.py"
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
MIN_TRAIN, MIN_DEV = 420, 130
AIM_TRAIN, AIM_DEV = 440, 140  # the query quota grows until both are reached

# ---------------------------------------------------------------------------------------------------------------
# Units and sizes
# ---------------------------------------------------------------------------------------------------------------

# display unit -> (base unit, factor to base); "M" is a metric thread diameter, "szl" a letter garment size.
UNITS: dict[str, tuple[str, int]] = {
    "M": ("mm", 1), "mm": ("mm", 1), "cm": ("mm", 10), "m": ("mm", 1000), "in": ("in", 1),
    "V": ("V", 1), "Ah": ("Ah", 1), "W": ("W", 1), "Nm": ("Nm", 1), "ml": ("ml", 1), "l": ("ml", 1000),
    "g": ("g", 1), "kg": ("g", 1000), "t": ("g", 1_000_000), "oz": ("oz", 1), "bar": ("bar", 1), "A": ("A", 1),
    "mm2": ("mm2", 1), "AWG": ("AWG", 1), "P": ("P", 1), "sz": ("sz", 1), "szl": ("sz", 1), "UK": ("UK", 1),
    "dB": ("dB", 1), "FFP": ("FFP", 1), "TPI": ("TPI", 1),
}  # fmt: skip
LETTERS = {6: "XS", 7: "S", 8: "M", 9: "L", 10: "XL", 11: "XXL", 12: "3XL"}
LETTER_WORDS = {6: "extra small", 7: "small", 8: "medium", 9: "large", 10: "extra large", 11: "xxl", 12: "3xl"}
UNIT_LABEL = {
    "V": "Voltage", "Ah": "Capacity", "W": "Power", "P": "Grit", "m": "Length", "mm2": "Conductor size",
    "A": "Rating", "t": "WLL", "kg": "Weight", "TPI": "Teeth per inch", "dB": "SNR", "FFP": "Protection class",
    "ml": "Volume", "l": "Volume", "g": "Weight", "oz": "Head weight", "M": "Stud", "thr": "Thread",
    "AWG": "Gauge", "in": "Size", "sz": "Size", "szl": "Size", "UK": "Size",
}  # fmt: skip
UNIT_ST = {
    "mm": ("MM",), "cm": ("CM",), "m": ("M", "MTR"), "l": ("L", "LTR"), "ml": ("ML",), "g": ("G", "GR"),
    "kg": ("KG",), "t": ("T",), "oz": ("OZ",), "bar": ("BAR",), "A": ("A", "AMP"), "mm2": ("MM2",), "V": ("V",),
    "Ah": ("AH",), "W": ("W",), "Nm": ("NM",),
}  # fmt: skip
# Standard values per display unit, for sizes that no product has (size_missing).
SERIES = {
    "M": "3 4 5 6 8 10 12 14 16 18 20 22 24 27 30 36",
    "mm": "2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 18 19 20 22 25 28 30 32 35 38 40 42 45 50 54 60 63 65 75 80 90"
    " 100 110 115 125 150 160 180 200 230 250 300 350 400 450 500 600 750 800 900 1000 1200 1500 1800 2000 2400",
    "m": "1 2 3 4 5 6 8 10 15 20 25 30 50 100",
    "in": "1/8 1/4 3/8 1/2 3/4 1 1-1/4 1-1/2 2 2-1/2 3 4",
    "V": "3.6 7.2 10.8 12 14.4 18 24 36 40 54",
    "Ah": "1.5 2.0 3.0 4.0 5.0 6.0 8.0 9.0 12.0",
    "W": "300 400 500 600 710 750 800 900 1000 1100 1200 1400 1500 1600 1800 2000 2200 2400",
    "ml": "50 75 100 150 200 250 290 300 310 350 380 400 410 500 600 750 1000",
    "l": "0.5 1 2 2.5 4 5 10 20 25",
    "g": "10 20 50 100 200 250 400 500 750 1000",
    "kg": "0.5 0.8 1 1.25 1.5 2 2.5 3 4 5 6 10 15 20 25 50 100 150 200 250 300 350 400 500",
    "t": "0.5 0.75 1 1.5 2 3 3.25 4 4.75 5 6 6.5 8 8.5 10",
    "oz": "8 10 12 14 16 20 22 24 28 32",
    "A": "1 2 3 5 6 7 10 13 16 20 25 32 40 45 50 63 80 100 125",
    "mm2": "0.5 0.75 1.0 1.5 2.5 4.0 6.0 10 16 25 35 50 70 95 120 150",
    "AWG": "10 12 14 16 18 20 22 24 26 28",
    "P": "24 36 40 60 80 100 120 150 180 240 320 400",
    "sz": "6 7 8 9 10 11 12",
    "szl": "6 7 8 9 10 11 12",
    "UK": "3 4 5 6 7 8 9 10 11 12 13 14",
    "dB": "20 23 25 26 27 28 29 30 31 32 33 34 35 36 37",
    "FFP": "1 2 3",
    "TPI": "10 14 18 24 32",
}


def num(text: str) -> Fraction:
    """Exact value of "22.23", "3/4" or "1-1/4"."""
    if "/" in text:
        whole, _, frac = text.rpartition("-")
        return Fraction(int(whole) if whole else 0) + Fraction(frac)
    return Fraction(Decimal(text))


def dec(x: Fraction) -> str:
    """Plain decimal text of a terminating fraction."""
    if x.denominator == 1:
        return str(x.numerator)
    return format((Decimal(x.numerator) / Decimal(x.denominator)).normalize(), "f")


@dataclass(frozen=True)
class Size:
    """Dimensions as (display unit, value text); rng marks a range ("15-22 mm")."""

    dims: tuple[tuple[str, str], ...]
    rng: bool = False

    def base(self) -> tuple[tuple[str, Fraction], ...]:
        return tuple((UNITS[u][0], num(v) * UNITS[u][1]) for u, v in self.dims)

    def groups(self) -> list[tuple[str, tuple[str, ...]]]:
        """Runs of one display unit; a thread diameter and its length form one "thr" group."""
        out: list[tuple[str, tuple[str, ...]]] = []
        for u, v in self.dims:
            if out and out[-1][0] == "M" and u == "mm" and len(out[-1][1]) == 1:
                out[-1] = ("thr", (*out[-1][1], v))
            elif out and out[-1][0] == u:
                out[-1] = (u, (*out[-1][1], v))
            else:
                out.append((u, (v,)))
        return out


def one(unit: str, vals: str) -> list[Size]:
    return [Size(((unit, v),)) for v in vals.split()]


def thr(ds: str, ls: str, lo: float = 0, hi: float = 1e9) -> list[Size]:
    """Threads "M8 x 40" with lo*d <= length <= hi*d."""
    return [
        Size((("M", d), ("mm", ln)))
        for d in ds.split()
        for ln in ls.split()
        if lo * float(d) <= float(ln) <= hi * float(d)
    ]


def dl(ds: str, ls: str, lo: float = 0, hi: float = 1e9, unit: str = "mm") -> list[Size]:
    """Two dimensions in one unit, "8 x 110 mm", with lo*d <= second <= hi*d."""
    return [
        Size(((unit, d), (unit, ln)))
        for d in ds.split()
        for ln in ls.split()
        if lo * float(d) <= float(ln) <= hi * float(d)
    ]


def dims(unit: str, specs: str) -> list[Size]:
    """Fixed multi-dimension sizes: dims("mm", "230x280 115x280")."""
    return [Size(tuple((unit, v) for v in s.split("x"))) for s in specs.split()]


def rg(unit: str, specs: str) -> list[Size]:
    """Ranges: rg("mm", "15-22 22-28")."""
    return [Size(((unit, s.split("-", 1)[0]), (unit, s.split("-", 1)[1])), rng=True) for s in specs.split()]


def cx(*lists: list[Size]) -> list[Size]:
    """Every combination of the given size lists, dimensions concatenated."""
    return [Size(tuple(d for s in combo for d in s.dims), rng=any(s.rng for s in combo)) for combo in cartesian(*lists)]


# ---------------------------------------------------------------------------------------------------------------
# Materials, extras, brands, product types
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mat:
    ds: tuple[str, ...]  # datasheet wordings
    st: tuple[str, ...]  # short-text abbreviations
    tags: tuple[str, ...]  # what a buyer's material word matches


def M(ds: str, st: str, tags: str) -> Mat:
    return Mat(tuple(ds.split("|")), tuple(st.split("|")), tuple(tags.split("|")))


MATS: dict[str, Mat] = {
    "zinc": M("zinc plated|bright zinc plated", "ZP|BZP|ZN PLT", "zinc"),
    "yzinc": M("yellow zinc passivated", "YZP|YEL ZN", "zinc|yellow zinc"),
    "a2": M("A2 stainless steel|stainless steel A2", "A2|SS A2|A2 SS", "a2|stainless"),
    "a4": M("A4 stainless steel|A4 marine grade stainless", "A4|SS A4|A4 316", "a4|stainless"),
    "ss": M("stainless steel|braided stainless steel", "SS|S/S|STAINLESS", "stainless"),
    "galv": M("hot dip galvanised|galvanised", "GALV|HDG|HD GALV", "galvanised"),
    "brass": M("brass", "BRS|BRASS", "brass"),
    "dzr": M("DZR brass", "DZR BRS|DZR", "brass|dzr"),
    "bronze": M("bronze|gunmetal", "BRZ|GUNMETAL", "bronze"),
    "chrome": M("chrome plated|chrome plated brass", "CP|CHR|CHROME", "chrome"),
    "copper": M("copper", "CU|COPPER", "copper"),
    "tcu": M("tinned copper", "TIN CU|TINNED CU", "copper|tinned copper"),
    "steel": M("steel|carbon steel", "STL|STEEL|C/STL", "steel"),
    "bright": M("bright steel|bright finish", "BRIGHT|BRT", "bright"),
    "black": M("black oxide steel 12.9|self colour 12.9", "BLK 12.9|12.9 BLK|S/C 12.9", "black|12.9"),
    "phos": M("black phosphate", "BLK PHOS|PHOS", "phosphate"),
    "nylon": M("nylon|polyamide 6.6", "NYL|NYLON|PA66", "nylon"),
    "nylzinc": M("nylon sleeve, zinc plated screw", "NYL/ZP|NYL ZP", "nylon"),
    "plastic": M("white plastic|polypropylene", "PLAS|PP|WHT PLASTIC", "plastic"),
    "alu": M("aluminium", "ALU|ALUM", "aluminium"),
    "aluste": M("aluminium body, steel mandrel", "AL/ST|ALU/STL", "aluminium"),
    "crv": M("chrome vanadium|Cr-V steel", "CRV|CR-V|CHROME VAN", "chrome vanadium"),
    "s2": M("S2 tool steel", "S2|S2 STL", "s2"),
    "hss": M("HSS|high speed steel", "HSS|HSS-G", "hss"),
    "hssco": M("HSS-Co 5% cobalt|cobalt HSS", "HSS-CO|HSSCO|COBALT", "cobalt|hss"),
    "hsstin": M("HSS titanium nitride coated", "HSS TIN|HSS-TIN", "hss|titanium"),
    "tct": M("tungsten carbide tipped|TCT", "TCT|CARB TIP", "tct|carbide"),
    "carbide": M("carbide|solid carbide", "CARB|CARBIDE", "carbide"),
    "bim": M("bi-metal|bimetal", "BI-MET|BIM|BIMETAL", "bi-metal"),
    "hcs": M("HCS high carbon steel|high carbon steel", "HCS|HI CARB", "hcs"),
    "alox": M("aluminium oxide", "A/O|ALOX|AL OX", "aluminium oxide"),
    "zirc": M("zirconia", "ZIRC|ZIRCONIA|ZA", "zirconia"),
    "ceramic": M("ceramic grain", "CER|CERAMIC", "ceramic"),
    "sic": M("silicon carbide", "SIC|SIL CARB", "silicon carbide"),
    "nitrile": M("nitrile coated|nitrile foam palm", "NIT|NITRILE CTD|NITR", "nitrile"),
    "pucoat": M("PU coated|polyurethane palm", "PU|PU COAT", "polyurethane"),
    "latex": M("latex coated|crinkle latex", "LATEX|LTX", "latex"),
    "leather": M("leather|cowhide leather", "LTHR|LEATHER|HIDE", "leather"),
    "polyester": M("polyester", "POLY|PES", "polyester"),
    "rubber": M("rubber|grey rubber", "RUB|RUBBER", "rubber"),
    "puwheel": M("polyurethane tyre|polyurethane", "PU TYRE|POLYURETH", "polyurethane"),
    "fibreglass": M("fibreglass|fibreglass shaft", "FIBREGLASS|F/GLASS", "fibreglass"),
    "hickory": M("hickory|ash wood", "HICKORY|WOOD HDL", "wood"),
    "steelshaft": M("steel shaft|one piece forged steel", "STL SHAFT|ALL STEEL", "steel"),
    "polycarb": M("polycarbonate", "PC|POLYCARB", "polycarbonate"),
    "abs": M("ABS", "ABS", "abs"),
    "hdpe": M("HDPE", "HDPE", "hdpe"),
    "polyolefin": M("polyolefin", "POLYOLEFIN|PO", "polyolefin"),
    "pesresin": M("polyester resin", "POLY RESIN|PES RESIN", "polyester"),
    "vinylester": M("vinylester resin", "VE|VINYLESTER", "vinylester"),
    "powder": M("powder coated steel", "P/C STL|POWDER CTD", "steel|powder coated"),
    "galvsteel": M("galvanised steel", "GALV STL", "galvanised"),
    "springsteel": M("spring steel, phosphated|spring steel", "SPR STL|PHOS SPR STL", "spring steel"),
    "pvc": M("PVC", "PVC", "pvc"),
    "silicone": M("silicone insulated", "SILICONE INS|SIL INS", "silicone"),
}
# Buyer wordings of each material tag.
TAG_WORDS: dict[str, tuple[str, ...]] = {
    "zinc": ("zinc plated", "zinc", "bzp"), "yellow zinc": ("yellow zinc",), "a2": ("a2", "a2 stainless"),
    "stainless": ("stainless", "stainless steel", "ss"), "a4": ("a4", "a4 stainless", "marine grade stainless"),
    "galvanised": ("galvanised", "galvanized", "galv"), "brass": ("brass",), "dzr": ("dzr",), "bronze": ("bronze",),
    "chrome": ("chrome", "chrome plated"), "copper": ("copper",), "tinned copper": ("tinned copper",),
    "steel": ("steel",), "bright": ("bright",), "black": ("black",), "12.9": ("12.9",), "phosphate": ("phosphate",),
    "nylon": ("nylon",), "plastic": ("plastic",), "aluminium": ("aluminium", "aluminum", "alu"),
    "chrome vanadium": ("chrome vanadium", "crv", "cr-v"), "s2": ("s2",), "hss": ("hss",),
    "cobalt": ("cobalt", "hss-co"), "titanium": ("titanium", "tin coated"), "tct": ("tct",),
    "carbide": ("carbide",), "bi-metal": ("bi-metal", "bimetal", "bi metal"), "hcs": ("hcs", "high carbon"),
    "aluminium oxide": ("aluminium oxide", "alox"), "zirconia": ("zirconia", "zirc"), "ceramic": ("ceramic",),
    "silicon carbide": ("silicon carbide",), "nitrile": ("nitrile",), "polyurethane": ("pu", "polyurethane"),
    "latex": ("latex",), "leather": ("leather",), "polyester": ("polyester",), "rubber": ("rubber",),
    "fibreglass": ("fibreglass", "fiberglass"), "wood": ("wooden", "wood handle"), "polycarbonate": ("polycarbonate",),
    "abs": ("abs",), "hdpe": ("hdpe",), "polyolefin": ("polyolefin",), "vinylester": ("vinylester",),
    "powder coated": ("powder coated",), "spring steel": ("spring steel",), "pvc": ("pvc",),
    "silicone": ("silicone",),
}  # fmt: skip


@dataclass(frozen=True)
class Extra:
    """A further field: label and options (datasheet text, short text); when limits it to materials or units."""

    label: str
    opts: tuple[tuple[str, str], ...]
    when: tuple[str, ...] = ()


def X(label: str, *opts: str, when: tuple[str, ...] = ()) -> Extra:
    return Extra(label, tuple((o.split("|")[0], o.split("|")[1]) for o in opts), when)


@dataclass(frozen=True)
class Brand:
    name: str
    prefix: str
    style: int  # model-code pattern
    volts: tuple[int, ...]  # cordless platforms


BRANDS = [
    Brand("Ravex", "RX", 0, (12, 18)), Brand("Kortec", "KT", 1, (18, 36)), Brand("Hallstrom", "HS", 2, (18,)),
    Brand("Brannick", "BR", 3, (12, 18)), Brand("Voltaro", "VT", 4, (18, 36)), Brand("Dunmore", "DM", 5, (18,)),
    Brand("Steelgate", "SG", 6, (12, 18)), Brand("Ironvale", "IV", 0, (18, 36)), Brand("Tarnow", "TW", 1, (12, 18)),
    Brand("Maxfield", "MX", 2, (18,)), Brand("Quellon", "QL", 3, (18, 36)), Brand("Burrard", "BD", 4, (12, 18)),
    Brand("Corvane", "CV", 5, (18,)), Brand("Presbury", "PB", 6, (18, 36)), Brand("Zentra", "ZT", 0, (12, 18)),
    Brand("Oakhurst", "OH", 1, (18,)), Brand("Felgar", "FG", 2, (18, 36)), Brand("Nordvik", "NV", 3, (12, 18)),
]  # fmt: skip


@dataclass(frozen=True)
class PType:
    key: str
    group: str
    names: tuple[str, ...]  # buyer-facing names; a datasheet product prints one
    st: tuple[str, ...]  # short-text abbreviations; a short-text product prints one
    syn: tuple[str, ...] = ()  # trade synonyms buyers use (kept only where a catalog never prints their words)
    sizes: tuple[Size, ...] = ()
    mats: tuple[str, ...] = ()
    stds: tuple[str, ...] = ()
    extras: tuple[Extra, ...] = ()
    packs: tuple[int, ...] = ()
    slabels: tuple[str, ...] = ()  # datasheet labels of the size groups
    fits: tuple[str, ...] = ()  # accessory: tool types it fits
    tool: str = ""  # model-code letters; set for power tools, batteries and chargers
    branded: bool = False  # may carry a brand without a code
    plural: str = ""
    short: str = ""  # accessory short name for "blades for jigsaw"
    w: float = 1.0  # frequency weight
    mlabel: str = "Material"


def T(key: str, group: str, names: str, st: str, *, syn: str = "", sizes: list[Size] | None = None,
      mats: str = "", stds: str = "", extras: tuple[Extra, ...] = (), packs: str = "", slabels: str = "",
      fits: str = "", tool: str = "", branded: bool = False, plural: str = "", short: str = "", w: float = 1.0,
      mlabel: str = "Material") -> PType:  # fmt: skip
    """Compact constructor; list arguments are "|"-separated (mats, packs and fits space-separated)."""

    def bar(s: str) -> tuple[str, ...]:
        return tuple(s.split("|")) if s else ()

    return PType(
        key,
        group,
        bar(names),
        bar(st),
        bar(syn),
        tuple(sizes or ()),
        tuple(mats.split()),
        bar(stds),
        extras,
        tuple(int(n) for n in packs.split()),
        bar(slabels),
        tuple(fits.split()),
        tool,
        branded,
        plural,
        short,
        w,
        mlabel,
    )


CORDLESS = (
    X("Power source", "cordless|CDL", when=("V",)),
    X("Power source", "corded|CORDED", when=("W",)),
    X("Motor", "brushless|BRUSHLESS", "brushed motor|", when=("V",)),
    X("Supplied", "body only|BODY ONLY", "2 x 2.0 Ah batteries and charger|C/W 2X2.0AH BATT + CHGR",
      "2 x 5.0 Ah batteries, charger and case|C/W 2X5.0AH BATT CHGR CASE", "carry case|C/W CASE", when=("V",)),
    X("Supplied", "carry case|C/W CASE", "cardboard box|BOXED", when=("W",)),
)  # fmt: skip
BSP = X("Connection", "BSP female x female|FXF", "BSP male x female|MXF", "BSP female x female|F/F", when=("in",))
COMP = X("Connection", "compression x compression|COMP", "compression|CXC", when=("mm",))
COLOURS = X("Colour", "white|WHT", "black|BLK", "grey|GRY", "clear|CLR")
FIX_PACKS = "25 50 100 200"

# fmt: off
TYPES: list[PType] = [
    # --- fasteners and fixings
    T("hex_bolt", "fix", "hex bolt|hexagon head bolt", "HEX BOLT|HEX HD BOLT|HX HD BLT", syn="machine bolt",
      sizes=thr("6 8 10 12 16 20", "40 50 60 70 80 100 120 150 200", 4, 12), mats="zinc a2 a4 galv",
      stds="DIN 931|ISO 4014", extras=(X("Property class", "8.8|8.8", "10.9|10.9", when=("zinc", "galv")),
                                       X("Shank", "part threaded|P/T", "part thread|PT")),
      packs=FIX_PACKS, slabels="Thread", w=1.4),
    T("hex_set_screw", "fix", "hex set screw|hexagon set screw",
      "HEX SET SCR|SET SCR HEX HD|HX SET SCRW|HEX HD SET SCR",
      syn="tap bolt|tapbolt", sizes=thr("5 6 8 10 12 16 20", "10 12 16 20 25 30 35 40 50 60 70 80", 1.5, 8),
      mats="zinc a2 a4 galv", stds="DIN 933|ISO 4017",
      extras=(X("Property class", "8.8|8.8", when=("zinc", "galv")),
              X("Shank", "fully threaded|F/T", "full thread|FT")),
      packs=FIX_PACKS, slabels="Thread", w=1.5),
    T("socket_cap", "fix", "socket cap screw|socket head cap screw", "SKT CAP SCR|SHCS|SKT HD CAP SCR|CAP SCR SKT HD",
      syn="allen bolt|allen head bolt", sizes=thr("3 4 5 6 8 10 12", "8 10 12 16 20 25 30 35 40 50 60", 2, 8),
      mats="black a2 a4 zinc", stds="DIN 912|ISO 4762", packs="50 100 200", slabels="Thread", w=1.3),
    T("grub_screw", "fix", "grub screw|socket set screw", "GRUB SCR|SKT SET SCR|GRUB SCRW",
      sizes=thr("3 4 5 6 8 10", "4 5 6 8 10 12 16 20", 1, 3), mats="black a2", stds="DIN 913|DIN 916|ISO 4026",
      extras=(X("Point", "cup point|CUP PT", "flat point|FLAT PT", "cone point|CONE PT"),), packs="50 100",
      slabels="Thread"),
    T("button_screw", "fix", "button head screw|socket button screw", "BTN HD SCR|SKT BTN SCR|BUTTON SKT SCR",
      syn="dome head allen", sizes=thr("3 4 5 6 8 10", "6 8 10 12 16 20 25 30", 1.5, 6), mats="black a2 zinc",
      stds="ISO 7380", packs="50 100", slabels="Thread"),
    T("csk_mc_screw", "fix", "countersunk machine screw|csk machine screw", "CSK M/C SCR|M/SCR CSK|CSK MACH SCR",
      sizes=thr("3 4 5 6 8", "10 12 16 20 25 30 40 50", 2, 10), mats="zinc a2 brass", stds="DIN 965|ISO 7046",
      extras=(X("Drive", "pozi|PZ", "slotted|SLOT"),), packs="100 200", slabels="Thread"),
    T("pan_mc_screw", "fix", "pan head machine screw|pan machine screw", "PAN M/C SCR|M/SCR PAN HD|PAN HD MACH SCR",
      sizes=thr("3 4 5 6 8", "10 12 16 20 25 30 40", 2, 10), mats="zinc a2", stds="DIN 7985|ISO 7045",
      extras=(X("Drive", "pozi|PZ", "phillips|PH"),), packs="100 200", slabels="Thread"),
    T("coach_screw", "fix", "coach screw|hex head wood screw", "COACH SCR|COACH SCRW|HEX COACH SCR",
      syn="lag bolt|lag screw|lagscrew", sizes=dl("6 8 10 12", "50 60 75 100 120 150 200", 5, 25),
      mats="zinc galv a2", stds="DIN 571", packs="10 25 50", slabels="Diameter x length"),
    T("coach_bolt", "fix", "coach bolt|cup square bolt", "COACH BOLT|CUP SQ BOLT|COACH BLT",
      syn="carriage bolt|mushroom head bolt", sizes=thr("6 8 10 12", "50 60 75 100 120 150 200", 5, 20),
      mats="zinc galv a2", stds="DIN 603", extras=(X("Supplied", "with nut|C/W NUT", "bolt only|BOLT ONLY"),),
      packs="10 25 50", slabels="Thread"),
    T("wood_screw", "fix", "wood screw|countersunk wood screw", "WOOD SCR|CSK WOOD SCR|WD SCR|WOODSCREW",
      syn="timber screw", sizes=dl("3.0 3.5 4.0 4.5 5.0 6.0", "16 20 25 30 35 40 50 60 70 80 100", 5, 20),
      mats="zinc yzinc a2", extras=(X("Head", "countersunk|CSK"), X("Drive", "PZ2|PZ2", "PZ3|PZ3", "TX25|TX25")),
      packs="100 200 500", w=1.5),
    T("chipboard_screw", "fix", "chipboard screw|twin thread chipboard screw", "CHIPBOARD SCR|CHIPBD SCR|C/BOARD SCR",
      syn="particleboard screw|twinfast", sizes=dl("3.0 3.5 4.0 4.5 5.0 6.0", "12 16 20 25 30 40 50 60 70 80 100 120",
                                                      4, 20),
      mats="zinc yzinc a2", extras=(X("Head", "countersunk|CSK"), X("Drive", "PZ2|PZ2", "PZ3|PZ3")),
      packs="200 500 1000", w=1.3),
    T("self_drill", "fix", "self drilling screw|self-drilling screw", "S/DRILL SCR|SELF DRILL SCR|SELF DRL SCR",
      syn="tek screw|teks", sizes=dl("4.2 4.8 5.5 6.3", "13 16 19 22 25 32 38 50 65 80 100", 2, 20),
      mats="zinc a2", stds="DIN 7504",
      extras=(X("Head", "hex washer head|HEX WSHR HD", "pan head|PAN HD", "wafer head|WAFER HD"),),
      packs="100 250 500"),
    T("self_tap", "fix", "self tapping screw|self-tapping screw", "S/TAP SCR|SELF TAP SCR|SLF TAP SCR",
      syn="sheet metal screw|tapper", sizes=dl("2.9 3.5 3.9 4.2 4.8 5.5 6.3", "9.5 13 16 19 25 32 38 50", 2, 10),
      mats="zinc a2", stds="DIN 7981|DIN 7982|ISO 7049", extras=(X("Head", "pan head|PAN", "countersunk|CSK"),),
      packs="100 200"),
    T("drywall_screw", "fix", "drywall screw|plasterboard screw", "DRYWALL SCR|P/BOARD SCR|DRYWALL SCRW",
      syn="gypsum screw|gyproc screw", sizes=dl("3.5 3.9 4.2 4.8", "25 32 38 42 50 65 75 100", 6, 25),
      mats="phos zinc", extras=(X("Thread", "fine thread|FINE THD", "coarse thread|COARSE THD"),),
      packs="500 1000"),
    T("decking_screw", "fix", "decking screw", "DECKING SCR|DECK SCR|DECK SCREW",
      sizes=dl("4.0 4.5 5.0", "50 60 65 75"), mats="a2 galv", extras=(X("Drive", "PZ2|PZ2", "TX20|TX20"),),
      packs="200 500"),
    T("blind_rivet", "fix", "blind rivet|pop rivet", "BLIND RIVET|POP RIVET|RIVET BLIND",
      sizes=dl("2.4 3.2 4.0 4.8 6.4", "6 8 10 12 16 20 25", 1.5, 6), mats="aluste a2 steel", stds="ISO 15977",
      extras=(X("Head", "dome head|DOME", "large flange|LF", "countersunk|CSK"),), packs="100 250 500 1000"),
    T("rivet_nut", "fix", "rivet nut|blind rivet nut", "RIVNUT|RIVET NUT|BLIND RIV NUT",
      syn="nutsert|threaded insert", sizes=one("M", "3 4 5 6 8 10 12"), mats="zinc a2 alu",
      extras=(X("Body", "flat head knurled|FLAT HD KNURL", "reduced head|RED HD", "hexagon body|HEX BODY"),),
      packs="25 50 100", slabels="Thread"),
    T("threaded_rod", "fix", "threaded rod|threaded bar", "THRD ROD|THREADED ROD|THR BAR",
      syn="studding|all thread|allthread", sizes=thr("4 5 6 8 10 12 16 20 24", "1000 2000 3000"),
      mats="zinc a2 a4 galv", stds="DIN 975|DIN 976", slabels="Thread"),
    T("sleeve_anchor", "fix", "sleeve anchor", "SLEEVE ANCHOR|SLV ANCH|ANCHOR SLEEVE",
      syn="shield anchor|rawlbolt", sizes=dl("6.5 8 10 12 16", "35 45 55 65 75 100 130", 4, 10), mats="zinc a4",
      extras=(X("Head", "hex nut|HEX NUT", "countersunk|CSK", "eye|EYE"),), packs="10 25 50"),
    T("through_bolt", "fix", "through bolt|wedge anchor", "THRU BOLT|THROUGH BOLT|WEDGE ANCH",
      syn="throughbolt|stud anchor", sizes=thr("6 8 10 12 16 20", "50 65 75 85 100 120 140 160 200", 5, 15),
      mats="zinc a4 galv", stds="ETA Option 7|ETA Option 1", packs="10 25 50", slabels="Thread"),
    T("frame_fixing", "fix", "frame fixing|frame anchor", "FRAME FIX|FRAME FIXING|FRM FIX",
      sizes=dl("8 10", "60 80 100 120 140 160 200"), mats="nylzinc",
      extras=(X("Head", "countersunk|CSK", "hex flange|HEX FLG"),), packs="10 50 100"),
    T("wall_plug", "fix", "wall plug|nylon wall plug", "WALL PLUG|PLUG NYL|WALLPLUG", syn="rawlplug|rawlplugs",
      sizes=dl("5 6 8 10 12 14", "25 30 40 50 60 80", 4, 6), mats="nylon plastic",
      extras=(X("Colour", "yellow|YEL", "red|RED", "brown|BRN", "blue|BLUE"),), packs="100 200 500"),
    T("cavity_anchor", "fix", "hollow wall anchor|cavity anchor", "HOLLOW WALL ANCH|CAVITY ANCH|H/WALL ANCHOR",
      syn="molly bolt|spring toggle", sizes=thr("4 5 6", "32 38 45 52 65 80", 5, 16), mats="zinc",
      extras=(X("Board", "plasterboard up to 13 mm|PB 13", "plasterboard up to 16 mm|PB 16"),), packs="25 50 100",
      slabels="Thread"),
    T("chem_anchor", "fix", "chemical anchor resin|resin anchor", "CHEM ANCHOR|RESIN ANCH|CHEM RESIN",
      syn="injection mortar|chemfix", sizes=one("ml", "150 280 300 380 410"), mats="pesresin vinylester",
      extras=(X("Formula", "styrene free|STY FREE", "standard|STD"), X("Use", "concrete and masonry|CONC/MAS")),
      slabels="Cartridge"),
    T("flat_washer", "fix", "flat washer|form A washer", "FLAT WSHR|WASHER FLAT|WSHR FORM A|FLT WASHER",
      sizes=one("M", "3 4 5 6 8 10 12 16 20 24"), mats="zinc a2 a4 brass nylon", stds="DIN 125|ISO 7089",
      packs="100 200 500 1000", slabels="To suit", w=1.4),
    T("penny_washer", "fix", "penny washer|repair washer", "PENNY WSHR|REPAIR WASHER|PENNY WASHER",
      sizes=dl("5 6 8 10 12", "20 25 30 40 50", 3, 6), mats="zinc a2", packs="50 100",
      slabels="Inner x outer diameter"),
    T("spring_washer", "fix", "spring washer|split lock washer", "SPRING WSHR|SPR WASHER|SPLIT WSHR",
      syn="grower washer", sizes=one("M", "3 4 5 6 8 10 12 16 20"), mats="zinc a2 a4", stds="DIN 127",
      packs="100 200 500", slabels="To suit"),
    T("shakeproof_washer", "fix", "shakeproof washer|serrated lock washer",
      "SHAKEPROOF WSHR|S/PROOF WASHER|INT SERR WSHR",
      syn="star washer|tooth washer", sizes=one("M", "3 4 5 6 8 10 12"), mats="zinc a2", stds="DIN 6797|DIN 6798",
      packs="100 200", slabels="To suit"),
    T("hex_nut", "fix", "hex nut|hexagon full nut", "HEX NUT|HX NUT|NUT HEX|HEX FULL NUT",
      sizes=one("M", "3 4 5 6 8 10 12 16 20 24 30"), mats="zinc a2 a4 brass galv", stds="DIN 934|ISO 4032",
      extras=(X("Property class", "class 8|CL8", when=("zinc", "galv")),), packs="100 200 500", slabels="Thread",
      w=1.4),
    T("nyloc_nut", "fix", "nyloc nut|nylon insert lock nut", "NYLOC NUT|NYLOC|NYL INS NUT|LOCK NUT NYL",
      syn="stiff nut|stiffnut|aerotight", sizes=one("M", "3 4 5 6 8 10 12 16 20"), mats="zinc a2 a4",
      stds="DIN 985|ISO 10511", packs="100 200", slabels="Thread"),
    T("dome_nut", "fix", "dome nut|cap nut", "DOME NUT|CAP NUT DOME|DOME HEX NUT", syn="acorn nut",
      sizes=one("M", "4 5 6 8 10 12 16"), mats="zinc a2 brass", stds="DIN 1587", packs="25 50 100",
      slabels="Thread"),
    T("wing_nut", "fix", "wing nut", "WING NUT|WINGNUT|NUT WING", syn="butterfly nut|thumb nut",
      sizes=one("M", "4 5 6 8 10 12"), mats="zinc a2 brass", stds="DIN 315", packs="25 50 100", slabels="Thread"),
    T("flange_nut", "fix", "flange nut|serrated flange nut", "FLANGE NUT|FLG NUT|SERR FLANGE NUT",
      sizes=one("M", "5 6 8 10 12 16"), mats="zinc a2", stds="DIN 6923", packs="50 100 200", slabels="Thread"),
    T("circlip_ext", "fix", "external circlip|shaft circlip", "CIRCLIP EXT|EXT CIRCLIP|CIRCLIP SHAFT",
      syn="retaining ring|snap ring|seeger ring", sizes=one("mm", "8 10 12 15 16 18 20 22 25 30 35 40 45 50"),
      mats="springsteel a2", stds="DIN 471", packs="10 25 50", slabels="Shaft diameter"),
    T("circlip_int", "fix", "internal circlip|bore circlip", "CIRCLIP INT|INT CIRCLIP|CIRCLIP BORE",
      syn="internal retaining ring|internal snap ring", sizes=one("mm", "10 12 16 19 22 26 28 30 32 35 40 47 52 62"),
      mats="springsteel a2", stds="DIN 472", packs="10 25 50", slabels="Bore diameter"),
    T("split_pin", "fix", "split pin", "SPLIT PIN|SPLIT PINS|PIN SPLIT", syn="cotter pin|cotter",
      sizes=dl("1.6 2.0 2.5 3.2 4.0 5.0", "16 20 25 32 40 50 63", 8, 20), mats="zinc a2 brass",
      stds="DIN 94|ISO 1234", packs="50 100 200"),
    T("r_clip", "fix", "R clip|hitch pin clip", "R-CLIP|R CLIP|HITCH PIN R", syn="beta pin|beta clip",
      sizes=one("mm", "2 3 4 5"), mats="zinc a2", packs="10 25 50", slabels="Wire diameter"),
    T("round_nail", "fix", "round wire nail|round head nail", "RWN|ROUND WIRE NAIL|NAIL RND WIRE",
      syn="common nail|framing nail", sizes=dl("25 30 40 50 65 75 100 125 150", "2.0 2.65 3.0 3.35 3.75 4.5 5.0 6.0",
                                                0.02, 0.06),
      mats="bright galv", extras=(X("Pack", "1 kg tub|1KG TUB", "2.5 kg tub|2.5KG TUB", "25 kg box|25KG BOX"),),
      slabels="Length x diameter"),
    T("eye_bolt", "lift", "eye bolt|lifting eye bolt", "EYE BOLT|EYEBOLT|LIFT EYE BOLT",
      sizes=one("M", "6 8 10 12 16 20 24"), mats="zinc a2 galv", stds="DIN 580", slabels="Thread"),
    T("hose_clamp", "plumb", "hose clamp|worm drive hose clamp", "HOSE CLAMP|HOSE CLAMP W/DRIVE|W/DRIVE CLAMP",
      syn="jubilee clip|jubilee|hose clip",
      sizes=rg("mm", "8-12 10-16 12-22 16-25 20-32 25-40 30-45 40-60 55-70 70-90"),
      mats="zinc a2 a4", packs="10 25 50", slabels="Clamping range", w=1.2),
    # --- plumbing
    T("ball_valve", "plumb", "ball valve|lever ball valve", "BALL VLV|BV|BALL VLV LEVER",
      syn="quarter turn cock|quarter turn valve",
      sizes=one("in", "1/4 3/8 1/2 3/4 1 1-1/4 1-1/2 2") + one("mm", "15 22 28"),
      mats="brass dzr ss chrome", extras=(BSP, COMP, X("Handle", "lever|LEVER", "butterfly|BFLY", "T-handle|T HDL"),
                                          X("Pressure", "PN25|PN25", "PN16|PN16")), w=1.4),
    T("gate_valve", "plumb", "gate valve", "GATE VLV|GV|GATE VLV WHEEL", syn="wheelhead valve",
      sizes=one("in", "1/2 3/4 1 1-1/4 1-1/2 2") + one("mm", "15 22 28"), mats="bronze brass dzr",
      extras=(BSP, COMP, X("Handle", "wheel head|WHEEL HD", "lockshield|L/SHIELD"))),
    T("check_valve", "plumb", "check valve|spring check valve", "CHECK VLV|CHK VLV|SPRING CHK VLV",
      syn="non-return valve|non return valve|nrv", sizes=one("in", "1/2 3/4 1 1-1/4 1-1/2 2") + one("mm", "15 22 28"),
      mats="brass bronze ss", extras=(BSP, COMP, X("Type", "spring loaded|SPRING", "swing|SWING"))),
    T("trv", "plumb", "thermostatic radiator valve", "TRV|THERMO RAD VLV|TRV ANGLED", syn="rad valve|rad thermostat",
      sizes=one("mm", "8 10 15"), mats="chrome plastic",
      extras=(X("Pattern", "angled|ANGLED", "straight|STR"),
              X("Supplied", "with lockshield|C/W L/SHIELD", "head only|HEAD"))),
    T("isolating_valve", "plumb", "isolating valve|service valve", "ISO VLV|ISOL VLV|SERVICE VLV", syn="isolator",
      sizes=one("mm", "15 22"), mats="chrome brass",
      extras=(X("Operation", "slotted|SLOT", "lever handle|LEVER"), X("Connection", "compression|COMP"))),
    T("comp_elbow", "plumb", "compression elbow", "COMP ELBOW|COMP ELB|ELBOW COMP 90",
      sizes=one("mm", "8 10 12 15 22 28 35"),
      mats="brass chrome", stds="EN 1254-2", packs="1 5 10", w=1.2),
    T("comp_tee", "plumb", "compression tee|equal tee", "COMP TEE|TEE COMP|COMP EQ TEE", sizes=one("mm", "10 15 22 28"),
      mats="brass chrome", stds="EN 1254-2", packs="1 5 10"),
    T("comp_coupler", "plumb", "compression coupler|straight coupling", "COMP COUPLER|COMP STR COUP|COUPLER COMP",
      syn="straight connector", sizes=one("mm", "8 10 15 22 28"), mats="brass chrome", stds="EN 1254-2",
      packs="1 5 10"),
    T("press_elbow", "plumb", "press fit elbow|press elbow", "PRESS ELB|PRESS FIT ELB|M-PRESS ELB 90",
      syn="pressfit elbow|crimp elbow", sizes=one("mm", "15 18 22 28 35 42 54"), mats="copper steel ss",
      extras=(X("Profile", "M-profile|M PROF", "V-profile|V PROF"),), packs="1 10"),
    T("press_coupling", "plumb", "press fit coupling|press coupler", "PRESS COUP|PRESS FIT COUPLER|M-PRESS COUP",
      sizes=one("mm", "15 18 22 28 35 42 54"), mats="copper ss", extras=(X("Profile", "M-profile|M PROF"),),
      packs="1 10"),
    T("pushfit_elbow", "plumb", "push-fit elbow", "PUSHFIT ELB|P/FIT ELBOW|PUSH FIT ELB", syn="speedfit elbow|speedfit",
      sizes=one("mm", "10 15 22 28"), mats="plastic brass", extras=(X("Angle", "90 degree|90DEG", "45 degree|45DEG"),)),
    T("pushfit_tee", "plumb", "push-fit tee", "PUSHFIT TEE|P/FIT TEE|PUSH FIT EQ TEE", syn="speedfit tee",
      sizes=one("mm", "10 15 22 28"), mats="plastic brass"),
    T("reducing_bush", "plumb", "reducing bush|reducer bush", "RED BUSH|REDUCING BUSH|BUSH RED M/F",
      syn="bushing|reducing bushing", sizes=dims("in", "3/4x1/2 1x3/4 1x1/2 1-1/4x1 1/2x3/8 2x1-1/2 1-1/2x1"),
      mats="brass galv", extras=(X("Thread", "BSP male x female|M/F"),), slabels="Size"),
    T("end_feed_elbow", "plumb", "end feed elbow", "END FEED ELB|E/F ELBOW|EF ELB 90", syn="capillary elbow",
      sizes=one("mm", "8 10 15 22 28 35 42 54"), mats="copper", stds="EN 1254-1", packs="1 10 25"),
    T("pipe_clip", "plumb", "pipe clip|pipe clamp", "PIPE CLIP|PIPE CLIP SGL|CLIP PIPE", syn="munsen ring|saddle clip",
      sizes=one("mm", "15 22 28 35") + rg("mm", "15-22 28-35"), mats="plastic zinc",
      extras=(X("Type", "single|SGL", "double|DBL", "hinged|HINGED"),), packs="10 50 100", w=1.2),
    T("ptfe_tape", "plumb", "PTFE tape|thread seal tape", "PTFE TAPE|PTFE TPE|TAPE PTFE",
      syn="plumbers tape|teflon tape|teflon", sizes=cx(one("mm", "12 19"), one("m", "5 10 12 15")),
      extras=(X("Grade", "standard|STD", "gas grade|GAS", "heavy duty|HD"),), packs="1 10", slabels="Width"),
    T("solder", "plumb", "lead free solder|plumbing solder", "SOLDER LF|LEAD FREE SOLDER|SOLDER WIRE LF",
      syn="tin wire", sizes=one("g", "100 250 500"),
      extras=(X("Alloy", "Sn97Cu3|SN97CU3", "Sn99.3Cu0.7|SN99CU0.7"),), slabels="Reel"),
    T("flux", "plumb", "soldering flux|flux paste", "FLUX PASTE|SOLDER FLUX|FLUX", sizes=one("g", "50 100 250 350"),
      extras=(X("Type", "water soluble|W/SOL", "active|ACTIVE"),), slabels="Tub"),
    T("copper_tube", "plumb", "copper tube|copper pipe", "CU TUBE|COPPER TUBE|CU PIPE",
      sizes=cx(one("mm", "8 10 15 22 28 35 42 54"), one("m", "2 3 6")), stds="EN 1057",
      extras=(X("Temper", "half hard|HALF HARD", "annealed|ANNEALED"),), slabels="Outside diameter"),
    T("tap_connector", "plumb", "flexible tap connector|tap connector", "FLEXI TAP CONN|TAP CONN FLEX|FLEX TAP CONN",
      syn="monobloc hose|flexi hose", sizes=cx(one("mm", "15 22"), one("in", "1/2 3/4"), one("mm", "300 500")),
      mats="ss", slabels="Pipe end|Tap end|Length"),
    T("bottle_trap", "plumb", "bottle trap|sink trap", "BOTTLE TRAP|TRAP BTL|SINK TRAP", syn="waste trap",
      sizes=one("mm", "32 40"), mats="plastic chrome",
      extras=(X("Seal", "deep seal|DEEP SEAL", "shallow seal|SHALLOW"),)),
    T("expansion_vessel", "plumb", "expansion vessel", "EXP VESSEL|EXPANSION VSL", syn="accumulator",
      sizes=one("l", "8 12 18 24 35"), extras=(X("Use", "heating|HTG", "potable water|POTABLE"),)),
    T("pipe_insulation", "plumb", "pipe insulation|foam pipe insulation", "PIPE INSUL|INSUL FOAM PIPE|PIPE INSUL FOAM",
      syn="lagging|pipe lagging", sizes=cx(one("mm", "15 22 28"), one("mm", "9 13 19")),
      slabels="Pipe x wall thickness", packs="1 10"),
    # --- electrical
    T("te_cable", "elec", "twin and earth cable|T&E cable", "T&E CABLE|TWIN & EARTH|T&E CBL",
      syn="flat twin", sizes=cx(one("mm2", "1.0 1.5 2.5 4.0 6.0 10"), one("m", "50 100")), stds="6242Y|BS 6004",
      extras=(X("Sheath", "grey|GRY", "white|WHT"),), slabels="Conductor|Drum length"),
    T("flex_cable", "elec", "3 core flex|flexible cable", "FLEX 3C|3183Y FLEX|FLEX CABLE 3C", syn="mains lead",
      sizes=cx(one("mm2", "0.75 1.0 1.5 2.5"), one("m", "10 25 50 100")), mats="pvc rubber", stds="3183Y|3183TQ",
      extras=(COLOURS,), slabels="Conductor|Length"),
    T("swa_cable", "elec", "armoured cable|SWA cable", "SWA|SWA CABLE|ARM CABLE", syn="steel wire armoured",
      sizes=cx(one("mm2", "1.5 2.5 4.0 6.0 10 16"), one("m", "25 50 100")), stds="BS 5467",
      extras=(X("Cores", "3 core|3C", "4 core|4C", "2 core|2C"),), slabels="Conductor|Length"),
    T("hookup_wire", "elec", "hook-up wire|equipment wire", "HOOK UP WIRE|EQUIP WIRE|WIRE HOOKUP",
      sizes=cx(one("AWG", "16 18 20 22 24"), one("m", "10 30 100")), mats="pvc silicone",
      extras=(X("Colour", "red|RED", "black|BLK", "blue|BLU", "green|GRN"),), slabels="Gauge|Reel"),
    T("cable_tie", "elec", "cable tie|nylon cable tie", "CBL TIE|CABLE TIE|TIE NYL", syn="zip tie|ziptie",
      sizes=dl("100 140 200 300 370 450", "2.5 3.6 4.8 7.6 9.0", 0.008, 0.03), mats="nylon a2",
      extras=(X("Colour", "UV black|UV BLK", "natural|NAT"),), packs="100", slabels="Length x width", w=1.3),
    T("cable_gland", "elec", "cable gland", "CABLE GLAND|CBL GLAND|GLAND CBL", syn="cord grip",
      sizes=one("M", "16 20 25 32 40"), mats="nylon brass",
      extras=(X("Rating", "IP68|IP68", "IP66|IP66"), X("Supplied", "with locknut|C/W LOCKNUT", "gland only|")),
      packs="1 10", slabels="Thread"),
    T("conduit", "elec", "PVC conduit|conduit tube", "CONDUIT|PVC CONDUIT|CONDT", syn="electrical pipe",
      sizes=cx(one("mm", "16 20 25 32"), one("m", "3")),
      extras=(X("Colour", "white|WHT", "black|BLK", "grey|GRY"), X("Grade", "heavy gauge|HG", "medium gauge|MG")),
      slabels="Diameter"),
    T("trunking", "elec", "mini trunking|cable trunking", "MINI TRUNK|TRUNKING PVC|TRUNK", syn="raceway|cable channel",
      sizes=cx(dl("16 25 38 50", "10 16 25 38", 0.3, 1), one("m", "2 3")),
      extras=(X("Fixing", "self adhesive|S/ADH", "screw fix|SCREW FIX"),), slabels="Width x height"),
    T("mcb", "elec", "MCB|miniature circuit breaker", "MCB|MCB SP|CIRCUIT BRKR", syn="trip switch",
      sizes=one("A", "6 10 16 20 32 40 50"), stds="BS EN 60898",
      extras=(X("Curve", "type B|TYPE B", "type C|TYPE C"), X("Breaking capacity", "6 kA|6KA", "10 kA|10KA"))),
    T("rcd", "elec", "RCD|residual current device", "RCD|RCD 2P|RES CURR DEV", syn="earth leakage trip|elcb",
      sizes=one("A", "25 40 63 80 100"), stds="BS EN 61008",
      extras=(X("Sensitivity", "30 mA|30MA", "100 mA|100MA"), X("Type", "type A|TYPE A", "type AC|TYPE AC"))),
    T("rcbo", "elec", "RCBO", "RCBO|RCBO SP&N", sizes=one("A", "6 10 16 20 32 40"), stds="BS EN 61009",
      extras=(X("Curve", "type B 30 mA|B 30MA", "type C 30 mA|C 30MA"),)),
    T("double_socket", "elec", "double socket|switched socket outlet", "DBL SKT|2G SW SKT|SKT OUTLET 2G SW",
      syn="power point|plug socket", sizes=one("A", "13"), mats="plastic chrome ss",
      extras=(X("Extras", "with USB|C/W USB", "switched|SW", "unswitched|UNSW"),)),
    T("light_switch", "elec", "light switch|plate switch", "LIGHT SW|PLATE SW|SW PLATE", sizes=one("A", "10 20"),
      mats="plastic chrome ss",
      extras=(X("Gang", "1 gang|1G", "2 gang|2G", "3 gang|3G"), X("Way", "2 way|2W", "1 way|1W"))),
    T("lever_connector", "elec", "lever connector|lever wire connector", "LEVER CONN|CONN LEVER|LEVER TERM",
      syn="wago|wagos", sizes=one("mm2", "4 6"), extras=(X("Ways", "2 way|2W", "3 way|3W", "5 way|5W"),),
      packs="10 50 100", slabels="Max conductor"),
    T("terminal_strip", "elec", "terminal strip|connector strip", "TERM STRIP|CONN STRIP|TERMINAL STRIP",
      syn="chocolate block|choc block", sizes=one("A", "3 5 15 30"), mats="nylon",
      extras=(X("Ways", "12 way|12W", "6 way|6W"),), packs="1 10"),
    T("crimp_lug", "elec", "crimp lug|cable lug", "CRIMP LUG|CBL LUG|LUG TUBE", syn="tube terminal|cable eye",
      sizes=cx(one("mm2", "6 10 16 25 35 50 70 95"), one("M", "6 8 10 12")), mats="tcu copper", packs="10 25 100",
      slabels="Cable size|Stud"),
    T("ring_terminal", "elec", "insulated ring terminal", "RING TERM INS|INS RING TERM|CRIMP RING",
      sizes=cx(rg("mm2", "0.5-1.5 1.5-2.5 4-6"), one("M", "4 5 6 8")), packs="100", slabels="Cable range|Stud"),
    T("cartridge_fuse", "elec", "cartridge fuse|plug fuse", "FUSE|CART FUSE|FUSE CART",
      sizes=one("A", "1 2 3 5 7 10 13"),
      stds="BS 1362", extras=(X("Body", "ceramic|CER"),), packs="10 100"),
    T("junction_box", "elec", "junction box", "JUNCTION BOX|J/BOX|JUNC BOX", syn="connection box",
      sizes=one("A", "20 30 60"), mats="plastic",
      extras=(X("Terminals", "4 terminal|4T", "3 terminal|3T"), X("Protection", "IP65|IP65", "indoor|INDOOR"))),
    T("insul_tape", "elec", "insulation tape|PVC electrical tape", "INSUL TAPE|PVC TAPE|INS TAPE",
      syn="lecky tape|electricians tape", sizes=cx(one("mm", "19 25"), one("m", "20 33")),
      extras=(X("Colour", "black|BLK", "red|RED", "blue|BLU", "brown|BRN", "green/yellow|G/Y"),), packs="1 10",
      slabels="Width"),
    T("heat_shrink", "elec", "heat shrink tubing|heat shrink sleeve", "HEATSHRINK|H/SHRINK|HEAT SHRINK TUBE",
      syn="shrink wrap", sizes=cx(one("mm", "1.6 2.4 3.2 4.8 6.4 9.5 12.7 19.0 25.4"), one("m", "1 1.2")),
      mats="polyolefin",
      extras=(X("Ratio", "2:1|2:1", "3:1 adhesive lined|3:1 ADH"), X("Colour", "black|BLK", "red|RED")),
      slabels="Diameter"),
    T("floodlight", "elec", "LED floodlight|LED flood light", "LED FLOOD|FLOODLIGHT LED|FLOOD LED",
      syn="security light", sizes=one("W", "10 20 30 50 100"),
      extras=(X("Rating", "IP65|IP65"), X("Colour temperature", "4000K|4000K", "6500K|6500K"),
              X("Sensor", "with PIR|C/W PIR", "no sensor|"))),
    T("extension_reel", "elec", "extension reel|cable reel", "EXT REEL|CABLE REEL|REEL EXT",
      syn="extension lead|extension drum", sizes=cx(one("m", "10 15 25 50"), one("A", "13 16")),
      extras=(X("Sockets", "4 socket|4 SKT", "2 socket|2 SKT"),), slabels="Cable length"),
    # --- abrasives (angle grinder and sander accessories)
    T("flap_disc", "abr", "flap disc", "FLAP DISC|FLAP DSC|DISC FLAP", syn="flapper disc|flapper",
      sizes=cx(one("mm", "100 115 125 178"), one("P", "40 60 80 120")), mats="zirc alox ceramic",
      extras=(X("Shape", "conical T29|T29", "flat T27|T27"),), fits="angle_grinder", short="flap discs",
      packs="1 10", slabels="Diameter", w=1.3),
    T("cutting_disc", "abr", "cutting disc|cut-off disc", "CUT DISC|CUTTING DSC|DISC CUT", syn="slitting wheel",
      sizes=dl("100 115 125 230 300", "1.0 1.2 1.6 2.5 3.0", 0.004, 0.015), mats="alox",
      extras=(X("Use", "metal|METAL", "inox|INOX", "stone|STONE"),), fits="angle_grinder", short="cutting discs",
      packs="1 10 25", slabels="Diameter x thickness", w=1.3),
    T("grinding_disc", "abr", "grinding disc|depressed centre grinding disc", "GRIND DISC|GRINDING DSC|DPC GRIND DISC",
      sizes=dl("100 115 125 180 230", "6.0 6.4 7.0"), mats="alox", extras=(X("Use", "metal|METAL", "inox|INOX"),),
      fits="angle_grinder", short="grinding discs", packs="1 10", slabels="Diameter x thickness"),
    T("diamond_blade", "abr", "diamond blade|diamond cutting blade", "DIAMOND BLADE|DIA BLADE|DIAM BLD",
      sizes=one("mm", "115 125 230"), extras=(X("Rim", "segmented|SEG", "turbo|TURBO", "continuous rim|CONT RIM"),
                                              X("Use", "general purpose|GP", "hard materials|HARD")),
      fits="angle_grinder", short="diamond blades", slabels="Diameter"),
    T("wire_wheel", "abr", "wire cup brush|wire wheel", "WIRE CUP BRUSH|WIRE WHEEL|CUP BRUSH WIRE",
      syn="wire brush wheel", sizes=cx(one("mm", "65 75 100 125"), one("M", "14")), mats="steel a2",
      extras=(X("Wire", "crimped|CRIMP", "twist knot|KNOT"),), fits="angle_grinder", short="wire brushes",
      slabels="Diameter|Thread"),
    T("sanding_sheet", "abr", "sanding sheet|abrasive paper", "SANDING SHT|ABR PAPER SHT|SAND SHEET",
      syn="sandpaper|glasspaper|emery paper", sizes=cx(dims("mm", "230x280 115x280"), one("P", "40 60 80 120 180 240")),
      mats="alox sic", packs="10 25 50"),
    T("sanding_disc", "abr", "hook and loop sanding disc|sanding disc", "H&L DISC|SANDING DISC H/L|H/L SAND DISC",
      syn="velcro sanding pad|velcro pads", sizes=cx(one("mm", "115 125 150 225"), one("P", "40 60 80 120 180 240")),
      mats="alox ceramic", extras=(X("Holes", "8 hole|8H", "6+1 hole|6+1H", "15 hole|15H", "no holes|NH"),),
      fits="orbital_sander", short="sanding discs", packs="10 25 50", slabels="Diameter", w=1.2),
    T("sanding_belt", "abr", "sanding belt", "SANDING BELT|SAND BELT|BELT ABR",
      sizes=cx(dims("mm", "75x457 75x533 100x610 100x560"), one("P", "40 60 80 120")), mats="alox zirc",
      fits="belt_sander", short="belts", packs="3 5 10"),
    T("abrasive_roll", "abr", "emery cloth roll|abrasive cloth roll", "EMERY ROLL|ABR CLOTH ROLL|CLOTH ROLL ABR",
      sizes=cx(one("mm", "25 38 50"), one("m", "5 25 50"), one("P", "80 120 180")), mats="alox", slabels="Width"),
    T("hand_pad", "abr", "abrasive hand pad|non-woven hand pad", "HAND PAD|ABR PAD|NON WOVEN PAD",
      syn="scotchbrite|scouring pad", sizes=dims("mm", "150x230 115x230"),
      extras=(X("Grade", "very fine grey|VF GRY", "fine maroon|FINE MRN", "coarse brown|CRS BRN"),), packs="10 20"),
    # --- power tools, batteries, chargers
    T("drill_driver", "tool", "drill driver|cordless drill driver", "DRILL DRIVER|CDL DRILL DRV|DRILL/DRIVER",
      syn="screwgun|screw gun", sizes=one("V", "12 18"), tool="DD", extras=CORDLESS, plural="drill drivers", w=1.3),
    T("combi_drill", "tool", "combi drill|hammer drill driver", "COMBI DRILL|CDL COMBI|COMBI HAMMER DRL",
      syn="percussion drill", sizes=one("V", "12 18 36"), tool="CD", extras=CORDLESS, plural="combi drills", w=1.3),
    T("impact_driver", "tool", "impact driver", "IMPACT DRV|IMP DRIVER|IMPACT DRIVER", syn="impactor|impact gun",
      sizes=one("V", "12 18"), tool="ID", extras=CORDLESS, plural="impact drivers"),
    T("sds_drill", "tool", "SDS plus hammer drill|SDS rotary hammer", "SDS+ HAMMER|SDS DRILL|ROTARY HAMMER SDS+",
      syn="kango", sizes=one("V", "18 36") + one("W", "650 800 1050"), tool="SH", extras=CORDLESS,
      plural="SDS plus drills"),
    T("angle_grinder", "tool", "angle grinder|mini grinder", "ANGLE GRINDER|ANG GRINDER|GRINDER", syn="side grinder",
      sizes=cx(one("mm", "115 125"), one("V", "18 36")) + cx(one("mm", "115 125 230"), one("W", "750 900 1200 2200")),
      tool="AG", extras=CORDLESS, plural="angle grinders", slabels="Disc diameter", w=1.3),
    T("jigsaw", "tool", "jigsaw|pendulum jigsaw", "JIGSAW|JIG SAW|PENDULUM JIGSAW",
      sizes=one("V", "12 18") + one("W", "500 650 800"), tool="JS", extras=CORDLESS, plural="jigsaws"),
    T("circular_saw", "tool", "circular saw", "CIRC SAW|CIRCULAR SAW|CIRC SAW TCT", syn="skilsaw|skil saw|buzz saw",
      sizes=cx(one("mm", "165 184 190"), one("V", "18 36")) + cx(one("mm", "184 190 235"), one("W", "1200 1400 1800")),
      tool="CS", extras=CORDLESS, plural="circular saws", slabels="Blade diameter"),
    T("recip_saw", "tool", "reciprocating saw", "RECIP SAW|RECIPRO SAW|RECIP SAW CDL", syn="sabre saw|sawzall",
      sizes=one("V", "18 36") + one("W", "710 900 1100"), tool="RS", extras=CORDLESS, plural="reciprocating saws"),
    T("multitool", "tool", "oscillating multi-tool|multi-tool", "MULTI TOOL OSC|OSC MULTITOOL|MULTITOOL",
      syn="multicutter|multi cutter", sizes=one("V", "12 18") + one("W", "300 400"), tool="MT", extras=CORDLESS,
      plural="oscillating multi-tools"),
    T("orbital_sander", "tool", "random orbit sander|orbital sander", "RANDOM ORB SANDER|R/O SANDER|ROS",
      syn="da sander|dual action sander", sizes=cx(one("mm", "125 150"), one("V", "18")) + cx(one("mm", "125 150"),
                                                                                          one("W", "300 400 500")),
      tool="OS", extras=CORDLESS, plural="random orbit sanders", slabels="Pad diameter"),
    T("belt_sander", "tool", "belt sander", "BELT SANDER|BELT SNDR", sizes=cx(dims("mm", "75x457 75x533 100x610"),
                                                                           one("W", "750 900 1010")),
      tool="BS", extras=CORDLESS, plural="belt sanders", slabels="Belt size"),
    T("planer", "tool", "power planer|electric planer", "PLANER|ELEC PLANER|POWER PLANER",
      sizes=cx(one("mm", "82"), one("V", "18")) + cx(one("mm", "82"), one("W", "650 750 900")), tool="PL",
      extras=CORDLESS, plural="power planers", slabels="Planing width"),
    T("router", "tool", "plunge router|wood router", "ROUTER|PLUNGE ROUTER|RTR PLUNGE",
      sizes=cx(one("in", "1/4 1/2"), one("W", "1200 1600 2100")) + cx(one("in", "1/4"), one("V", "18")), tool="RT",
      extras=CORDLESS, plural="routers", slabels="Collet"),
    T("heat_gun", "tool", "heat gun|hot air gun", "HEAT GUN|HOT AIR GUN|HEATGUN", syn="paint stripper",
      sizes=one("W", "1600 2000 2200") + one("V", "18"), tool="HG", extras=CORDLESS, plural="heat guns"),
    T("battery", "tool", "battery|battery pack|power tool battery", "BATT|BATTERY|BATT PACK", syn="accu|powerpack",
      sizes=cx(one("V", "12 18 36"), one("Ah", "2.0 3.0 4.0 5.0 6.0 8.0")), tool="BP",
      extras=(X("Chemistry", "Li-ion|LI-ION"), X("Gauge", "with charge indicator|C/W FUEL GAUGE", "standard|")),
      w=1.5),
    T("charger", "tool", "charger|battery charger|fast charger", "CHARGER|CHGR|FAST CHGR", sizes=one("V", "12 18 36"),
      tool="CH", extras=(X("Charge", "fast charge 30 min|30MIN FAST", "standard charge|STD"),
                         X("Ports", "single port|1 PORT", "dual port|DUAL PORT"))),
    # --- power tool and hand tool accessories
    T("jigsaw_blade", "acc", "jigsaw blade", "JIGSAW BLADE|JIG BLD|JIGSAW BLD", sizes=one("mm", "75 100 132 150"),
      mats="hcs hss bim", extras=(X("Shank", "T-shank|T-SHANK", "U-shank|U-SHANK"),
                                  X("Use", "wood|WOOD", "metal|METAL", "laminate|LAMINATE")),
      fits="jigsaw", short="blades", packs="2 5", slabels="Length", w=1.2),
    T("circ_blade", "acc", "circular saw blade|TCT saw blade", "CIRC SAW BLD|TCT SAW BLADE|SAW BLD CIRC",
      sizes=dims("mm", "165x20 184x16 184x30 190x30 210x30 235x30 254x30"), mats="tct",
      extras=(X("Teeth", "24T|24T", "40T|40T", "48T|48T", "60T|60T"),), fits="circular_saw", short="blades",
      slabels="Diameter x bore"),
    T("recip_blade", "acc", "reciprocating saw blade|recip blade", "RECIP BLD|RECIP SAW BLADE|BLADE RECIP",
      sizes=one("mm", "100 150 225 300"), mats="bim hcs carbide",
      extras=(X("Use", "wood with nails|WOOD/NAIL", "metal|METAL", "demolition|DEMO"),), fits="recip_saw",
      short="blades", packs="2 5", slabels="Length"),
    T("mt_blade", "acc", "multi-tool blade|oscillating blade", "MULTITOOL BLD|OSC BLADE|MT BLADE",
      sizes=one("mm", "10 20 32 45 65"), mats="bim hcs carbide",
      extras=(X("Type", "plunge cut|PLUNGE", "segment|SEG", "scraper|SCRAPER"),
              X("Fitting", "universal fitting|UNIV", "starlock|STARLOCK")),
      fits="multitool", short="blades", slabels="Width"),
    T("sds_bit", "acc", "SDS plus drill bit|SDS bit", "SDS+ BIT|SDS PLUS BIT|BIT SDS+",
      sizes=dl("5 5.5 6 6.5 7 8 10 12 14 16 18 20 22 25", "110 160 210 260 310 450 600", 10, 40), mats="tct carbide",
      extras=(X("Cutter", "4-cutter|4 CUTTER", "2-cutter|2 CUTTER"),), fits="sds_drill", short="bits", w=1.3),
    T("hss_bit", "acc", "HSS drill bit|metal drill bit", "HSS DRILL|DRILL BIT HSS|HSS DRL BIT",
      syn="jobber drill|jobber",
      sizes=one("mm", "1.0 1.5 2.0 2.5 3.0 3.3 3.5 4.0 4.2 4.5 5.0 5.5 6.0 6.5 6.8 7.0 8.0 8.5 9.0 10.0 10.2 11.0 12.0"
                      " 13.0"),
      mats="hss hssco hsstin", stds="DIN 338", fits="drill_driver combi_drill", short="metal drill bits",
      packs="1 2 5 10", slabels="Diameter", w=1.4),
    T("masonry_bit", "acc", "masonry drill bit|masonry bit", "MASONRY BIT|MAS DRILL BIT|BIT MASONRY",
      sizes=dl("4 5 5.5 6 6.5 7 8 10 12", "85 100 110 120 150 200 300 400", 10, 40), mats="tct",
      fits="combi_drill", short="masonry bits"),
    T("screwdriver_bit", "acc", "screwdriver bit|driver bit", "SCREWDRIVER BIT|S/DRIVER BIT|DRV BIT",
      sizes=one("mm", "25 50 75 90 150"), mats="s2",
      extras=(X("Tip", "PZ1|PZ1", "PZ2|PZ2", "PZ3|PZ3", "PH2|PH2", "T20|T20", "T25|T25", "T30|T30"),
              X("Rating", "impact rated|IMPACT", "standard|")),
      fits="impact_driver drill_driver", short="screwdriver bits", packs="1 2 5 10 25", slabels="Length", w=1.2),
    T("hole_saw", "acc", "hole saw|bi-metal hole saw", "HOLESAW|HOLE SAW|H/SAW BIM", syn="core cutter",
      sizes=one("mm", "16 19 20 22 25 29 32 35 38 44 51 57 64 68 76 83 102 127 152"), mats="bim tct",
      extras=(X("Supplied", "with arbor|C/W ARBOR", "cutter only|"),), fits="combi_drill drill_driver",
      short="hole saws", slabels="Diameter"),
    T("router_bit", "acc", "router cutter|router bit", "ROUTER CUTTER|RTR BIT|ROUTER BIT",
      sizes=cx(one("in", "1/4 1/2"), one("mm", "6 8 10 12 16 19 25")), mats="tct",
      extras=(X("Profile", "straight|STRAIGHT", "ovolo|OVOLO", "roundover|R/OVER", "chamfer 45|CHAMFER"),),
      fits="router", short="cutters", slabels="Shank|Cutter diameter"),
    T("planer_blade", "acc", "planer blade|planer knife", "PLANER BLADE|PLANER BLD|PLANER KNIFE",
      sizes=one("mm", "82"), mats="hss tct", extras=(X("Edge", "reversible|REV", "single edge|S/EDGE"),),
      fits="planer", short="blades", packs="2 10", slabels="Length"),
    T("hacksaw_blade", "acc", "hacksaw blade", "HACKSAW BLD|HACKSAW BLADE|BLADE HACKSAW",
      sizes=cx(one("mm", "300 150"), one("TPI", "18 24 32")), mats="bim hss hcs", fits="hacksaw",
      short="blades", packs="2 10 100", slabels="Length"),
    T("knife_blade", "acc", "utility knife blade|spare knife blade", "KNIFE BLADES|UTIL BLADE|BLADE UTIL KNIFE",
      sizes=one("mm", "61"), mats="steel", extras=(X("Type", "straight|STRAIGHT", "hooked|HOOK"),),
      fits="utility_knife", short="knife blades", packs="5 10 50 100", slabels="Length"),
    # --- hand tools
    T("comb_spanner", "hand", "combination spanner", "COMB SPANNER|COMBI SPNR|SPANNER COMB",
      syn="wrench|combination wrench", sizes=one("mm", "6 7 8 10 11 12 13 14 15 16 17 18 19 21 22 24 27 30 32"),
      mats="crv", extras=(X("Ring", "12 point ring|12PT", "ratcheting ring|RATCHETING"),), branded=True,
      slabels="Size AF", w=1.2),
    T("adj_spanner", "hand", "adjustable spanner", "ADJ SPANNER|ADJUSTABLE SPNR|SPANNER ADJ",
      syn="adjustable wrench|shifter|crescent wrench", sizes=one("mm", "150 200 250 300 375"), mats="crv",
      extras=(X("Jaw", "wide jaw|WIDE JAW", "standard jaw|"),), branded=True, slabels="Length"),
    T("socket_set", "hand", "socket set", "SKT SET|SOCKET SET|SKT SET DR", syn="ratchet set",
      sizes=one("in", "1/4 3/8 1/2"), mats="crv",
      extras=(X("Pieces", "25 piece|25PC", "40 piece|40PC", "94 piece|94PC"),),
      branded=True, slabels="Drive"),
    T("comb_pliers", "hand", "combination pliers", "COMB PLIERS|PLIERS COMBI|COMBINATION PLIER",
      syn="linesman pliers|linesmans", sizes=one("mm", "160 180 200"), mats="crv",
      extras=(X("Insulation", "VDE insulated|VDE", "dipped handles|DIPPED"),), branded=True, slabels="Length"),
    T("long_nose_pliers", "hand", "long nose pliers|snipe nose pliers", "L/NOSE PLIERS|LONG NOSE PLR|SNIPE NOSE PLR",
      syn="needle nose pliers|needlenose", sizes=one("mm", "150 160 200"), mats="crv", branded=True,
      extras=(X("Insulation", "VDE insulated|VDE", "dipped handles|DIPPED"),), slabels="Length"),
    T("side_cutters", "hand", "side cutters|diagonal cutters", "SIDE CUTTER|DIAG CUTTERS|SIDE CUTTERS",
      syn="nippers|dikes", sizes=one("mm", "125 140 160 180"), mats="crv", branded=True,
      extras=(X("Insulation", "VDE insulated|VDE", "dipped handles|DIPPED"),), slabels="Length"),
    T("locking_pliers", "hand", "locking pliers|self grip pliers", "LOCKING PLIERS|LOCK PLIER|SELF GRIP PLR",
      syn="mole grips|vice grips|molegrips", sizes=one("mm", "150 180 250"), mats="crv",
      extras=(X("Jaw", "curved jaw|CURVED", "straight jaw|STR JAW"),), branded=True, slabels="Length"),
    T("water_pump_pliers", "hand", "water pump pliers|slip joint pliers",
      "WATER PUMP PLR|W/PUMP PLIERS|SLIP JNT PLIERS",
      syn="channel locks|channellocks", sizes=one("mm", "180 250 300"), mats="crv", branded=True, slabels="Length"),
    T("screwdriver", "hand", "screwdriver|slotted screwdriver", "SCREWDRIVER|S/DRIVER|SCRDRV",
      sizes=dl("2.5 3.0 4.0 5.5 6.5 8.0", "75 100 125 150 200", 15, 40), mats="crv s2",
      extras=(X("Tip", "slotted|SL", "parallel slotted|PARALLEL"),
              X("Handle", "soft grip|S/GRIP", "VDE insulated|VDE")),
      branded=True, slabels="Tip x blade length"),
    T("screwdriver_set", "hand", "screwdriver set", "S/DRIVER SET|SCREWDRIVER SET|SCRDRV SET", mats="crv s2",
      extras=(X("Pieces", "6 piece|6PC", "8 piece|8PC", "12 piece|12PC"),
              X("Type", "VDE insulated|VDE", "mixed|MIXED")),
      branded=True),
    T("hex_key", "hand", "hex key|hexagon key", "HEX KEY|HEX L-KEY|KEY HEX", syn="allen key|allen wrench|allen keys",
      sizes=one("mm", "1.5 2 2.5 3 4 5 6 8 10 12 14"), mats="crv s2",
      extras=(X("End", "ball end|BALL END", "plain end|"), X("Arm", "long arm|LONG ARM", "short arm|SHORT ARM")),
      slabels="Size AF"),
    T("hex_key_set", "hand", "hex key set", "HEX KEY SET|HEX L-KEY SET", syn="allen key set",
      sizes=rg("mm", "1.5-10 2-8 1.5-6"), mats="crv", extras=(X("Pieces", "9 piece|9PC", "7 piece|7PC"),),
      slabels="Range"),
    T("claw_hammer", "hand", "claw hammer", "CLAW HAMMER|HAMMER CLAW|CLAW HMR", syn="nail hammer|framing hammer",
      sizes=one("oz", "16 20 22"), mats="fibreglass hickory steelshaft", branded=True, mlabel="Handle"),
    T("club_hammer", "hand", "club hammer|lump hammer", "CLUB HAMMER|LUMP HMR|CLUB HMR", syn="mash hammer",
      sizes=one("kg", "1.0 1.1 1.25 1.8"), mats="fibreglass hickory", branded=True, mlabel="Handle"),
    T("sledge_hammer", "hand", "sledge hammer", "SLEDGE HAMMER|SLEDGE HMR", sizes=one("kg", "3.2 4.5 6.4"),
      mats="hickory fibreglass", mlabel="Handle"),
    T("cold_chisel", "hand", "cold chisel", "COLD CHISEL|CHISEL COLD|COLD CHSL",
      sizes=dl("13 19 25", "150 200 250 300"),
      mats="crv", extras=(X("Guard", "with hand guard|C/W GUARD", "no guard|"),), slabels="Width x length"),
    T("wood_chisel", "hand", "wood chisel|bevel edge chisel", "WOOD CHISEL|BEVEL EDGE CHSL|CHISEL BEV EDGE",
      sizes=one("mm", "6 10 12 13 16 19 25 32 38"), mats="crv",
      extras=(X("Handle", "soft grip|S/GRIP", "striking cap|STRIKE CAP"),), branded=True, slabels="Blade width"),
    T("flat_file", "hand", "flat file|hand file", "FILE FLAT|FLAT FILE|HAND FILE", syn="rasp",
      sizes=one("mm", "150 200 250 300"), mats="hcs",
      extras=(X("Cut", "bastard cut|BAST", "second cut|2ND CUT", "smooth cut|SMOOTH"),), slabels="Length"),
    T("hacksaw", "hand", "hacksaw|hacksaw frame", "HACKSAW|HACKSAW FRM|HACKSAW FRAME", sizes=one("mm", "300"),
      extras=(X("Frame", "adjustable frame|ADJ FRAME", "fixed frame|FIXED"),), branded=True, plural="hacksaws",
      slabels="Blade length"),
    T("hand_saw", "hand", "hand saw|panel saw", "HANDSAW|HAND SAW|PANEL SAW", sizes=one("mm", "380 500 550 600"),
      extras=(X("Teeth", "7 TPI|7TPI", "8 TPI|8TPI", "11 TPI|11TPI"), X("Tooth", "hardpoint|H/POINT")),
      branded=True, slabels="Length"),
    T("tape_measure", "hand", "tape measure|measuring tape", "TAPE MEASURE|TAPE MEAS|MEAS TAPE",
      syn="tape rule|pocket tape", sizes=cx(one("m", "3 5 8 10"), one("mm", "16 19 25 32")),
      extras=(X("Scale", "metric/imperial|MET/IMP", "metric only|METRIC"),), branded=True, slabels="Length|Blade width",
      w=1.2),
    T("spirit_level", "hand", "spirit level|box section level", "SPIRIT LEVEL|LEVEL SPIRIT|BOX LEVEL",
      syn="bubble level",
      sizes=one("mm", "230 400 600 1000 1200 1800"), mats="alu",
      extras=(X("Vials", "3 vial|3 VIAL", "2 vial|2 VIAL"), X("Base", "magnetic|MAG", "plain|")), branded=True,
      slabels="Length"),
    T("utility_knife", "hand", "utility knife|retractable knife", "UTILITY KNIFE|KNIFE RETRACT|UTIL KNIFE",
      syn="stanley knife|box cutter", mats="alu plastic",
      extras=(X("Type", "auto-retract|AUTO RETRACT", "folding|FOLDING", "fixed blade|FIXED"),
              X("Supplied", "with 5 spare blades|C/W 5 BLADES", "knife only|")),
      branded=True, plural="utility knives"),
    T("tin_snips", "hand", "tin snips|aviation snips", "TIN SNIPS|AVIATION SNIP|SNIPS AVIATION", syn="metal shears",
      sizes=one("mm", "250 300"), extras=(X("Cut", "left cut|LEFT", "right cut|RIGHT", "straight cut|STR"),),
      branded=True, slabels="Length"),
    T("pipe_cutter", "hand", "pipe cutter|copper pipe cutter", "PIPE CUTTER|PIPE CUT|TUBE CUTTER",
      syn="pipe slice|pipeslice", sizes=one("mm", "15 22 28") + rg("mm", "3-32 6-42"),
      extras=(X("Type", "automatic|AUTO", "telescopic|TELESCOPIC"),), branded=True, slabels="Pipe size"),
    T("sealant_gun", "hand", "sealant gun|caulking gun", "SEALANT GUN|CAULK GUN|SEALANT APPLICATOR",
      syn="mastic gun|skeleton gun", sizes=one("ml", "310 400 600"),
      extras=(X("Type", "heavy duty|HD", "drip free|DRIP FREE"),), slabels="Cartridge"),
    T("wrecking_bar", "hand", "wrecking bar|crowbar", "WRECKING BAR|CROWBAR|PRY BAR", syn="jemmy|gooseneck bar",
      sizes=one("mm", "450 600 750 900 1050"), mats="steel", slabels="Length"),
    # --- PPE
    T("nitrile_gloves", "ppe", "disposable nitrile gloves|nitrile gloves",
      "NITRILE GLOVE DISP|GLOVE NITR DISP|NIT GLOVES PF",
      sizes=one("szl", "7 8 9 10 11"), stds="EN 374|EN 455",
      extras=(X("Colour", "blue|BLUE", "black|BLK"), X("Powder", "powder free|P/F")), packs="50 100"),
    T("cut_gloves", "ppe", "cut resistant gloves|cut level gloves", "GLOVE CUT RES|CUT GLOVE|GLOVES CUT LVL",
      syn="anti cut gloves|kevlar gloves", sizes=one("sz", "7 8 9 10 11"), mats="pucoat nitrile latex",
      stds="EN 388", extras=(X("Cut level", "cut level B|CUT B", "cut level C|CUT C", "cut level D|CUT D"),),
      mlabel="Coating", w=1.2),
    T("rigger_gloves", "ppe", "rigger gloves", "RIGGER GLOVE|RIGGERS GLOVES|GLOVE RIGGER", sizes=one("sz", "9 10 11"),
      mats="leather", stds="EN 388", extras=(X("Lining", "fleece lined|FLEECE", "unlined|"),)),
    T("safety_goggles", "ppe", "safety goggles", "GOGGLES|SAFETY GOGGLE|GOGGLE IND VENT", mats="polycarb",
      stds="EN 166",
      extras=(X("Vent", "indirect vent|IND VENT", "direct vent|DIR VENT"), X("Coating", "anti-fog|A/FOG"))),
    T("safety_glasses", "ppe", "safety glasses|safety spectacles", "SAFETY GLASSES|GLASSES SAFETY|SAF GLASSES",
      syn="specs|safety specs", mats="polycarb", stds="EN 166",
      extras=(X("Lens", "clear lens|CLR", "smoke lens|SMK", "amber lens|AMB"), X("Coating", "anti-scratch|A/SCR"))),
    T("ffp_mask", "ppe", "disposable respirator|FFP dust mask", "FFP MASK|RESP DISP|MASK FFP", syn="n95|dust mask",
      sizes=one("FFP", "1 2 3"), stds="EN 149", extras=(X("Valve", "valved|VALVED", "unvalved|UNVALVED"),),
      packs="10 20", slabels="Class"),
    T("half_mask", "ppe", "half mask respirator", "HALF MASK|RESP HALF MASK", sizes=one("szl", "8 9 10"),
      stds="EN 140", extras=(X("Filters", "A2P3 filters|A2P3", "P3 filters|P3"),)),
    T("ear_defenders", "ppe", "ear defenders", "EAR DEFENDERS|EAR DEF|DEFENDERS EAR", syn="earmuffs|ear muffs",
      sizes=one("dB", "25 27 30 31 33 35"), stds="EN 352-1",
      extras=(X("Band", "headband|HEADBAND", "neckband|NECKBAND", "helmet mounted|HELMET MTD"),), branded=True),
    T("ear_plugs", "ppe", "ear plugs|foam ear plugs", "EAR PLUGS|PLUGS EAR FOAM", sizes=one("dB", "33 36 37"),
      stds="EN 352-2", extras=(X("Cord", "corded|CORDED", "uncorded|UNCORDED"),), packs="50 200"),
    T("hi_vis_vest", "ppe", "hi-vis vest", "HI-VIS VEST|HI VIS VEST|HV VEST",
      syn="waistcoat|high visibility waistcoat|vizzy vest", sizes=one("szl", "8 9 10 11 12"), stds="EN ISO 20471",
      extras=(X("Colour", "yellow|YEL", "orange|ORG"), X("Class", "class 2|CL2")), w=1.2),
    T("safety_boots", "ppe", "safety boots|safety work boots", "SAFETY BOOT|BOOT SAFETY|SAF BOOTS", syn="steelies",
      sizes=one("UK", "6 7 8 9 10 11 12"), mats="leather", stds="EN ISO 20345",
      extras=(X("Class", "S1P|S1P", "S3|S3", "S3 SRC|S3 SRC"),
              X("Toe", "composite toe|COMP TOE", "steel toe cap|STL TOE")),
      branded=True, mlabel="Upper"),
    T("hard_hat", "ppe", "safety helmet|hard hat", "SAFETY HELMET|HARD HAT|HELMET SAF", syn="skid lid|bump cap",
      mats="abs hdpe", stds="EN 397",
      extras=(X("Colour", "white|WHT", "yellow|YEL", "blue|BLU", "red|RED"), X("Harness", "ratchet harness|RATCHET",
                                                                            "slip harness|SLIP"))),
    T("coverall", "ppe", "disposable coverall", "COVERALL DISP|DISP COVERALL|COVERALL T5/6",
      syn="boiler suit|boilersuit|overalls", sizes=one("szl", "8 9 10 11 12"),
      extras=(X("Type", "type 5/6|TYPE 5/6"), X("Hood", "hooded|HOODED"))),
    T("knee_pads", "ppe", "knee pads", "KNEE PADS|PADS KNEE", syn="kneelers",
      extras=(X("Pad", "gel|GEL", "foam|FOAM"), X("Shell", "hard shell|HARD", "soft shell|SOFT"))),
    # --- adhesives, sealants and tapes
    T("silicone", "adh", "silicone sealant", "SILICONE|SILICONE SEALANT|SIL SEALANT", syn="bath sealer",
      sizes=one("ml", "80 280 300 310"),
      extras=(COLOURS, X("Cure", "acetoxy|ACETOXY", "neutral cure|NEUTRAL"),
              X("Use", "sanitary|SANITARY", "general|GP")),
      w=1.2),
    T("dec_caulk", "adh", "decorators caulk|acrylic caulk", "DEC CAULK|CAULK ACRYLIC|DECORATORS CAULK",
      sizes=one("ml", "290 310 380"), extras=(X("Colour", "white|WHT", "magnolia|MAG"),)),
    T("ca_glue", "adh", "cyanoacrylate adhesive|instant adhesive", "CYANO ADH|CA ADHESIVE|INSTANT ADH",
      syn="superglue|super glue", sizes=one("g", "3 20 50 500"), extras=(X("Form", "gel|GEL", "liquid|LIQ"),),
      slabels="Net weight"),
    T("grab_adhesive", "adh", "grab adhesive|construction adhesive", "GRAB ADH|CONSTR ADHESIVE|GRAB ADHESIVE",
      syn="no more nails|gripfill", sizes=one("ml", "290 300 310 350"),
      extras=(X("Formula", "solvent free|SOLV FREE", "high grab|HIGH GRAB"),)),
    T("pva", "adh", "PVA wood glue|wood adhesive", "PVA|PVA WOOD ADH|WOOD ADH PVA", sizes=one("l", "1 2.5 5") + one(
        "ml", "250 500"), extras=(X("Grade", "D3 water resistant|D3", "interior|INT"),)),
    T("epoxy", "adh", "epoxy adhesive|two part epoxy", "EPOXY|EPOXY 2PART|EPOXY ADH", syn="araldite",
      sizes=one("ml", "24 25 50"), extras=(X("Set", "5 minute|5 MIN", "rapid|RAPID", "24 hour|24HR"),)),
    T("threadlocker", "adh", "threadlocker|thread locking adhesive", "THREADLOCK|THR LOCK|THREADLOCKER", syn="loctite",
      sizes=one("ml", "10 50 250"),
      extras=(X("Strength", "medium strength blue|MED BLUE", "high strength red|HIGH RED"),)),
    T("exp_foam", "adh", "expanding foam|PU foam", "EXP FOAM|PU FOAM|FOAM EXP", syn="spray foam",
      sizes=one("ml", "500 750"), extras=(X("Grade", "gun grade|GUN GRADE", "hand held|HAND HELD", "fire rated|FR"),)),
    T("duct_tape", "adh", "duct tape|cloth tape", "DUCT TAPE|CLOTH TAPE|TAPE DUCT", syn="gaffer tape|gaffa tape|gaffa",
      sizes=cx(one("mm", "48 50 75"), one("m", "25 50")), extras=(X("Colour", "silver|SLV", "black|BLK"),),
      slabels="Width"),
    T("masking_tape", "adh", "masking tape", "MASKING TAPE|MASK TAPE|TAPE MASKING",
      sizes=cx(one("mm", "19 25 38 50"), one("m", "50")),
      extras=(X("Grade", "general purpose|GP", "low tack|LOW TACK"),), packs="1 6", slabels="Width"),
    T("ds_tape", "adh", "double sided tape|mounting tape", "D/S TAPE|DBL SIDED TAPE|MOUNT TAPE",
      sizes=cx(one("mm", "12 19 25"), one("m", "5 10 50")), extras=(X("Carrier", "foam|FOAM", "clear film|CLEAR"),),
      slabels="Width"),
    # --- lifting and storage
    T("ratchet_strap", "lift", "ratchet strap|ratchet tie down", "RATCHET STRAP|R/STRAP|RATCHET TIE DOWN",
      syn="lashing strap|load binder", sizes=cx(one("mm", "25 35 50 75"), one("m", "4.5 5 6 8 10")), mats="polyester",
      stds="EN 12195-2", extras=(X("Hook", "claw hook|CLAW HOOK", "J hook|J HOOK", "endless|ENDLESS"),),
      slabels="Webbing width", w=1.2),
    T("shackle", "lift", "bow shackle|dee shackle", "BOW SHACKLE|SHACKLE BOW|DEE SHACKLE",
      sizes=one("t", "0.5 0.75 1 1.5 2 3.25 4.75 6.5"), mats="galv a4",
      extras=(X("Pin", "screw pin|SCREW PIN", "safety pin|SAFETY PIN"),), slabels="WLL"),
    T("chain", "lift", "welded link chain|short link chain", "CHAIN WELDED|SHORT LINK CHAIN|CHAIN LINK",
      sizes=cx(one("mm", "4 5 6 8 10"), one("m", "5 10 30")), mats="galv a4 zinc", slabels="Link diameter"),
    T("castor", "lift", "swivel castor|braked swivel castor", "CASTOR SWIVEL|SWV CASTOR|CASTOR SWV BRAKED",
      syn="caster|casters|trolley wheel", sizes=one("mm", "50 75 100 125 150 200"), mats="rubber nylon puwheel",
      extras=(X("Fixing", "top plate|PLATE", "bolt hole|BOLT HOLE"),), slabels="Wheel diameter", w=1.2),
    T("fixed_castor", "lift", "fixed castor", "CASTOR FIXED|FIXED CASTOR|FXD CASTOR",
      sizes=one("mm", "50 75 100 125 150 200"), mats="rubber nylon", slabels="Wheel diameter"),
    T("shelving", "lift", "boltless shelving unit|steel shelving unit", "SHELVING UNIT|BOLTLESS SHELV|SHELF UNIT",
      syn="racking", sizes=dims("mm", "1800x900x450 1800x1200x450 1800x900x600 2000x1200x600 1500x750x300"),
      mats="powder galvsteel", extras=(X("Tiers", "4 tier|4 TIER", "5 tier|5 TIER"),), slabels="H x W x D"),
    T("storage_bin", "lift", "storage bin|louvre bin", "STORAGE BIN|LOUVRE BIN|PICK BIN", syn="linbin|parts bin",
      sizes=dims("mm", "100x100x50 165x100x75 240x150x125 350x200x150 500x300x200"), mats="plastic",
      extras=(X("Colour", "blue|BLU", "red|RED", "yellow|YEL", "green|GRN", "black|BLK"),), packs="10 20",
      slabels="L x W x H"),
    T("sack_truck", "lift", "sack truck|hand truck", "SACK TRUCK|HAND TRUCK|SACK TRK", syn="dolly|porters trolley",
      sizes=one("kg", "150 200 250 300"), extras=(X("Wheels", "puncture proof|P/PROOF", "pneumatic|PNEU"),),
      slabels="Capacity"),
    T("round_sling", "lift", "round sling|lifting sling", "ROUND SLING|SLING ROUND|LIFT SLING",
      sizes=cx(one("t", "1 2 3 5"), one("m", "1 1.5 2 3 4")), mats="polyester", stds="EN 1492-2", slabels="WLL"),
    T("tool_box", "lift", "tool box|tool chest", "TOOL BOX|TOOLBOX|TOOL CHEST", sizes=one("mm", "400 500 600"),
      mats="plastic steel", branded=True, slabels="Length"),
    # --- workshop consumables
    T("lube_spray", "cons", "multi-purpose lubricant spray|penetrating oil spray",
      "LUBE SPRAY|MULTI LUBE AERO|PEN OIL SPRAY",
      syn="wd40|wd-40", sizes=one("ml", "200 300 400 500"), extras=(X("Nozzle", "smart straw|STRAW", "standard|"),)),
    T("brake_cleaner", "cons", "brake cleaner|degreaser spray", "BRAKE CLNR|DEGREASER AERO|BRAKE CLEANER",
      syn="parts cleaner", sizes=one("ml", "500 600")),
    T("cutting_oil", "cons", "cutting oil|cutting fluid", "CUTTING OIL|CUT FLUID|OIL CUTTING", syn="tapping fluid",
      sizes=one("ml", "400") + one("l", "1 5"), extras=(X("Form", "aerosol|AERO", "neat oil|NEAT"),)),
    T("grease", "cons", "grease cartridge|lithium grease", "GREASE CART|LITHIUM GREASE|GREASE EP2",
      sizes=one("g", "400 500"), extras=(X("Grade", "EP2|EP2", "high temperature|HT"),)),
    T("spray_paint", "cons", "spray paint|aerosol paint", "SPRAY PAINT|AERO PAINT|PAINT SPRAY",
      syn="rattle can|spraycan", sizes=one("ml", "400 500"),
      extras=(X("Finish", "gloss black|GLOSS BLK", "matt white|MATT WHT", "RAL 9005|RAL9005",
                "primer grey|PRIMER GRY"),)),
    T("wiping_rags", "cons", "wiping rags|cotton rags", "WIPING RAGS|RAGS COTTON|WIPERS RAG", syn="mutton cloth",
      sizes=one("kg", "5 10"), extras=(X("Colour", "white|WHT", "coloured|COL"),)),
    T("paper_roll", "cons", "centrefeed roll|paper wiping roll", "CENTREFEED ROLL|C/FEED ROLL|WIPE ROLL",
      syn="blue roll", sizes=one("m", "150 300"), extras=(X("Ply", "2 ply|2PLY", "1 ply|1PLY"),), packs="6"),
    T("welding_rod", "cons", "welding electrode|welding rod", "WELD ROD|ELECTRODE|WELDING ELEC",
      syn="stick electrode", sizes=dl("2.5 3.2 4.0", "350 450"), stds="E6013|E7018",
      extras=(X("Pack", "1 kg pack|1KG", "5 kg pack|5KG"),), slabels="Diameter x length"),
]
# fmt: on
TYPE: dict[str, PType] = {t.key: t for t in TYPES}
POWER_TOOLS = tuple(t.key for t in TYPES if t.group == "tool" and t.key not in ("battery", "charger"))

# ---------------------------------------------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Product:
    ptype: PType
    size: Size | None
    mat: str | None
    std: str | None
    brand: str | None
    code: str | None
    fits: tuple[str, ...]
    extras: list[tuple[str, str, str]]
    pack: int | None
    pid: str = ""
    text: str = ""
    shown: list[str] = field(default_factory=list)  # graded attributes as printed


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def ds_group(unit: str, vals: tuple[str, ...], is_range: bool) -> str:
    """A size group as a datasheet prints it."""
    j = "-" if is_range else " x "
    if unit == "thr":
        return f"M{vals[0]} x {vals[1]}"
    if unit == "M":
        return " x ".join(f"M{v}" for v in vals)
    if unit == "in":
        return j.join(f'{v}"' for v in vals)
    single = {
        "P": "P{}", "sz": "size {v} ({L})", "szl": "size {L}", "UK": "UK {}", "FFP": "FFP{}", "dB": "{} dB",
        "AWG": "{} AWG", "TPI": "{} TPI",
    }  # fmt: skip
    if unit in single:
        v = vals[0]
        return single[unit].format(v, v=v, L=LETTERS.get(int(num(v)), ""))
    return j.join(vals) + " " + ("L" if unit == "l" else unit)


def st_group(unit: str, vals: tuple[str, ...], is_range: bool, r: random.Random) -> str:
    """A size group as an ERP short text prints it."""
    if unit == "thr":
        a, b = vals
        return r.choice([f"M{a}X{b}", f"M{a} X {b}"])
    if unit == "M":
        return "X".join(f"M{v}" for v in vals)
    if unit == "mm":
        if is_range:
            return "-".join(vals) + "MM"
        if len(vals) > 1:
            return r.choice(["X".join(vals), "X".join(vals) + "MM", " X ".join(vals) + "MM"])
        return vals[0] + "MM"
    if unit == "in":
        if len(vals) > 1:
            return "X".join(f'{v}"' for v in vals)
        return r.choice([f'{vals[0]}"', f"{vals[0]}IN"] + ([vals[0]] if "/" in vals[0] else []))
    v = vals[0]
    letter = LETTERS.get(int(num(v)), "") if unit in ("sz", "szl") else ""
    special = {
        "P": [f"P{v}", f"{v}GRIT"], "sz": [f"SZ{v}", f"SIZE {v}"], "szl": [f"SZ {letter}", f"SIZE {letter}"],
        "UK": [f"UK{v}", f"UK {v}"], "FFP": [f"FFP{v}"], "dB": [f"SNR{v}", f"{v}DB"], "AWG": [f"{v}AWG"],
        "TPI": [f"{v}TPI"],
    }  # fmt: skip
    if unit in special:
        return r.choice(special[unit])
    j = "-" if is_range else "X"
    return j.join(vals) + r.choice(UNIT_ST[unit])


def applies(e: Extra, mat: str | None, size: Size | None) -> bool:
    if not e.when:
        return True
    units = {u for u, _ in size.dims} if size else set()
    return mat in e.when or bool(units & set(e.when))


def tool_token(size: Size | None) -> str:
    """Voltage (cordless) or watts/100 (corded) for model codes."""
    for u, v in size.dims if size else ():
        if u == "V":
            return dec(num(v)).replace(".", "")
        if u == "W":
            return str(int(num(v)) // 100)
    return "0"


def make_code(b: Brand, letters: str, size: Size | None, r: random.Random, used: set[str]) -> str:
    """A model code in the brand's pattern, unique once separators are dropped."""
    vt = tool_token(size)
    for _ in range(200):
        n2, n3, n4 = r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999)
        letter = r.choice("ABCDEFGHJKLMNPRSTUVWXZ")
        code = [
            f"{b.prefix}{vt}-{letters}{n2}", f"{b.prefix}{n4}{letter}", f"{b.prefix}-{letters}{vt}{letter}",
            f"{b.prefix}{n3}{letters}", f"{b.prefix}{vt}{letters}-{r.randint(1, 9)}", f"{b.prefix}-{n3}-{vt}",
            f"{b.prefix}{letters}{vt}{n2}",
        ][b.style]  # fmt: skip
        key = re.sub(r"[^a-z0-9]", "", code.lower())
        if key not in used:
            used.add(key)
            return code
    raise SystemExit(f"self check: no free model code for {b.name} {letters}")


def volts(size: Size | None) -> int | None:
    for u, v in size.dims if size else ():
        if u == "V":
            return int(num(v))
    return None


def make_product(t: PType, size: Size | None, r: random.Random, used: set[str]) -> Product | None:
    mat = r.choice(t.mats) if t.mats else None
    brand = code = None
    if t.tool:
        v = volts(size)
        brands = [b for b in BRANDS if v is None or v in b.volts]
        if not brands:
            return None
        b = r.choice(brands)
        brand, code = b.name, make_code(b, t.tool, size, r, used)
    elif t.branded and r.random() < 0.5:
        brand = r.choice(BRANDS).name
    std = r.choice(t.stds) if t.stds and r.random() < 0.85 else None
    extras = [(e.label, *r.choice(e.opts)) for e in t.extras if applies(e, mat, size)]
    # one option per label
    seen: set[str] = set()
    extras = [x for x in extras if not (x[0] in seen or seen.add(x[0]))]
    pack = r.choice(t.packs) if t.packs else None
    return Product(t, size, mat, std, brand, code, t.fits, extras, pack)


def render_ds(p: Product, r: random.Random) -> None:
    """Attribute-list text: "Key: value; ..." with the type first, last or in the middle, or bare values."""
    t = p.ptype
    name = cap(r.choice(t.names))
    shown = [name]
    kv: list[tuple[str, str]] = []  # (label, value)
    bare: list[str] = []
    if p.size:
        for i, (u, vals) in enumerate(p.size.groups()):
            s = ds_group(u, vals, p.size.rng)
            label = t.slabels[i] if i < len(t.slabels) else UNIT_LABEL.get(u, "Size")
            kv.append((label, s.removeprefix("size ") if label == "Size" else s))
            bare.append(s)
            shown.append(kv[-1][1])
    if p.mat:
        s = r.choice(MATS[p.mat].ds)
        kv.append((t.mlabel, s))
        bare.append(s if t.mlabel == "Material" else f"{t.mlabel.lower()}: {s}")
        shown.append(s)
    if p.std:
        kv.append((r.choice(["Standard", "Norm", "Conforms to"]), p.std))
        bare.append(p.std)
    for label, ds, _ in p.extras:
        if ds:
            kv.append((label, ds))
            bare.append(ds)
    fits = [TYPE[k].plural or TYPE[k].names[0] + "s" for k in p.fits]
    if t.key in ("battery", "charger"):
        fits = [f"all {p.brand} {volts(p.size)} V cordless tools"]
    if fits:
        s = ", ".join(fits)
        kv.append((r.choice(["Fits", "Compatible with", "For use with"]), s))
        bare.append(r.choice(["fits ", "for ", "compatible with "]) + s)
        shown += fits
    if p.brand:
        kv.append((r.choice(["Brand", "Manufacturer"]), p.brand))
        shown.append(p.brand)
    if p.code:
        kv.append((r.choice(["Model", "Model no.", "Code"]), p.code))
        shown.append(p.code)
    if p.brand or p.code:
        bare.append(" ".join(x for x in (p.brand, p.code) if x))
    if p.pack:
        kv.append((r.choice(["Pack qty", "Pack", "Box quantity"]), str(p.pack)))
        bare.append(r.choice(["Pack of {}", "Box of {}", "{} pcs"]).format(p.pack))
    if r.random() < 0.5:  # field order varies
        order = list(range(len(kv)))
        r.shuffle(order)
        kv = [kv[i] for i in order]
    layout = r.choice(["kv_first", "kv_first", "kv_last", "kv_mid", "pipe", "comma", "lead"])
    type_label = r.choice([k for k in ("Product type", "Type", "Product") if k not in {k2 for k2, _ in kv}])
    if layout == "kv_first":
        p.text = "; ".join(f"{k}: {v}" for k, v in [(type_label, name), *kv])
    elif layout == "kv_last":
        p.text = "; ".join(f"{k}: {v}" for k, v in [*kv, (type_label, name)])
    elif layout == "kv_mid":
        kv.insert(r.randint(1, max(1, len(kv) - 1)) if kv else 0, (type_label, name))
        p.text = "; ".join(f"{k}: {v}" for k, v in kv)
    elif layout == "lead":
        p.text = f"{name} - " + "; ".join(f"{k}: {v}" for k, v in kv) if kv else name
    else:
        p.text = (" | " if layout == "pipe" else ", ").join([name, *bare])
    p.shown = shown


def render_st(p: Product, r: random.Random) -> None:
    """ERP short text: capitals, abbreviations, fields in varying order."""
    t = p.ptype
    ty = r.choice(t.st)
    shown = [ty]
    size = ""
    if p.size:
        groups = [st_group(u, vals, p.size.rng, r) for u, vals in p.size.groups()]
        size = " ".join(groups)
        shown += groups
    mat = r.choice(MATS[p.mat].st) if p.mat else ""
    if mat:
        shown.append(mat)
    std = (p.std.replace(" ", "") if r.random() < 0.6 else p.std).upper() if p.std else ""
    extras = [st for _, _, st in p.extras if st]
    pack = r.choice(["{}PK", "PK{}", "BX{}", "{}/BX", "PK/{}", "({})", "BX/{}"]).format(p.pack) if p.pack else ""
    brand, code = (p.brand or "").upper(), p.code or ""
    shown += [x for x in (brand, code) if x]
    fits = ""
    if p.fits:
        abbrs = [r.choice(TYPE[k].st) for k in p.fits]
        fits = r.choice(["F/ ", "FOR ", "SUITS "]) + "/".join(abbrs)
        shown += abbrs
    if t.key in ("battery", "charger"):
        fits = r.choice([f"F/ {brand} {volts(p.size)}V RANGE", f"FITS ALL {brand} {volts(p.size)}V"])
    if t.tool:
        parts = r.choice([
            [brand, code, ty, size, *extras, fits],
            [ty, size, brand, code, *extras, fits],
            [brand, ty, size, *extras, fits, code],
        ])  # fmt: skip
    else:
        parts = r.choice([
            [ty, size, mat, *extras, std, fits, pack],
            [std or ty, size, mat, ty if std else "", *extras, fits, pack],
            [size, *extras[:1], mat, ty, *extras[1:], fits, pack],
            [ty, std, size, mat, *extras, fits, pack],
            [size, ty, mat, std, *extras, fits, pack],
        ])  # fmt: skip
        if brand:
            parts.insert(r.choice([0, len(parts)]), brand)
    joiner = r.choice([" ", " ", " ", " ", ", ", "/", " - "])
    p.text = joiner.join(x for x in parts if x).upper()
    p.shown = shown


GROUP_SKEW = {
    "fix": 2.2,
    "plumb": 1.5,
    "elec": 1.2,
    "abr": 1.4,
    "acc": 1.4,
    "tool": 1.0,
    "hand": 0.55,
    "ppe": 0.55,
    "adh": 0.55,
    "lift": 0.55,
    "cons": 0.5,
}


def plan_counts(style: str, r: random.Random) -> dict[str, int]:
    """Products per type: a few rare types (1-2), the rest scaled to a target total."""
    rare_pool = [
        t.key
        for t in TYPES
        if t.group not in ("tool", "acc") and not t.fits and t.key not in ("hacksaw", "utility_knife")
    ]
    n_rare, target, jitter = (18, 830, (0.7, 1.3)) if style == "shorttext" else (26, 730, (0.5, 1.5))
    rare = set(r.sample(rare_pool, n_rare))
    counts = {k: r.choice([1, 1, 2]) for k in sorted(rare)}
    rest = [t for t in TYPES if t.key not in rare]
    # short texts repeat the merchant's core ranges (fixings, fittings, consumables for tools) many times
    skew = GROUP_SKEW if style == "shorttext" else {}
    weights = {t.key: t.w * skew.get(t.group, 1.0) * r.uniform(*jitter) for t in rest}
    scale = (target - sum(counts.values())) / sum(weights.values())
    for t in rest:
        counts[t.key] = max(3, round(weights[t.key] * scale))
    return counts


def build_catalog(style: str) -> list[Product]:
    r = random.Random(f"training-c/{style}/products")  # nosec B311 (a reproducible catalog, not a secret)
    counts = plan_counts(style, r)
    render = render_st if style == "shorttext" else render_ds
    products: list[Product] = []
    texts: set[str] = set()
    used_codes: set[str] = set()
    for t in TYPES:
        want = counts[t.key]
        sizes = list(t.sizes)
        r.shuffle(sizes)
        made = tries = 0
        while made < want and tries < want * 10:
            size = sizes[tries % len(sizes)] if sizes else None
            tries += 1
            p = make_product(t, size, r, used_codes)
            if p is None:
                continue
            render(p, r)
            if p.text in texts:
                continue
            texts.add(p.text)
            products.append(p)
            made += 1
    r.shuffle(products)
    prefix = "TST" if style == "shorttext" else "TDS"
    for i, p in enumerate(products, 1):
        p.pid = f"{prefix}-{i:04d}"
    return products


# ---------------------------------------------------------------------------------------------------------------
# Queries and grades
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Query:
    text: str
    category: str
    tkey: str  # asked type
    size: tuple[tuple[str, Fraction], ...] | None = None  # asked size, base units, a prefix
    tag: str | None = None  # asked material tag
    brand: str | None = None
    code: str | None = None
    fits: str | None = None  # tool type an asked accessory fits
    syn: str = ""  # synonym phrase (synonym class)
    typo: str = ""  # misspelt word (typo class)
    size_text: str = ""  # size as typed
    qid: str = ""


def grade(q: Query, p: Product) -> int:
    """0 for another type; 2 when the product has every asked attribute, else 1."""
    if p.ptype.key != q.tkey:
        return 0
    ok = True
    if q.size is not None:
        ok &= p.size is not None and p.size.base()[: len(q.size)] == q.size
    if q.tag is not None:
        ok &= p.mat is not None and q.tag in MATS[p.mat].tags
    if q.brand is not None:
        ok &= p.brand == q.brand
    if q.code is not None:
        ok &= p.code == q.code
    if q.fits is not None:
        ok &= q.fits in p.fits
    return 2 if ok else 1


def words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", s.lower())


def has_form(text: str, form: str) -> bool:
    """Whether a lower-case size form occurs in the lower-case text as a whole size (not inside "18mm")."""
    tail = r"(?![0-9]|\.[0-9])" if form[-1].isdigit() else r"(?![0-9a-z])"
    return re.search(r"(?<![0-9a-z./-])" + re.escape(form) + tail, text) is not None


def dim_forms(unit: str, v: str) -> list[str]:
    """Buyer spellings of one value."""
    n = num(v) * UNITS[unit][1]
    i = int(num(v)) if num(v).denominator == 1 else 0
    forms = {
        "M": [f"m{v}", f"{v}mm"],
        "mm": [f"{v}mm", f"{v} mm"]
        + ([f"{dec(n / 10)}cm"] if n >= 100 and n % 10 == 0 else [])
        + ([f"{dec(n / 1000)}m", f"{dec(n / 1000)} metre"] if n >= 500 and n % 100 == 0 else []),
        "cm": [f"{v}cm", f"{dec(n)}mm"],
        "m": [f"{v}m", f"{v} m", f"{v} metre"] + ([f"{v} metres"] if n != 1000 else []),
        "in": [f'{v}"', f"{v} inch", f"{v}in"] + ([v] if "/" in v else []),
        "V": [f"{v}v", f"{v} volt"],
        "Ah": [f"{v}ah", f"{dec(num(v))}ah", f"{v} ah"],
        "W": [f"{v}w", f"{v} watt"] + ([f"{dec(n / 1000)}kw"] if n >= 1000 else []),
        "Nm": [f"{v}nm"],
        "ml": [f"{v}ml", f"{v} ml"] + ([f"{dec(n / 1000)}l", f"{dec(n / 1000)} litre"] if n >= 1000 else []),
        "l": [f"{v}l", f"{v} litre"] + ([f"{dec(n)}ml"] if n <= 2000 else []),
        "g": [f"{v}g"] + ([f"{dec(n / 1000)}kg"] if n >= 1000 else []),
        "kg": [f"{v}kg"] + ([f"{dec(n)}g"] if n < 10000 else []),
        "t": [f"{v}t", f"{v} tonne", f"{dec(n / 1000)}kg"],  # n in g
        "oz": [f"{v}oz", f"{v} ounce"],
        "bar": [f"{v} bar", f"{v}bar"],
        "A": [f"{v}a", f"{v} amp", f"{v}amp"],
        "mm2": [f"{v}mm2", f"{v} mm2", f"{v} sq mm"],
        "AWG": [f"{v} awg", f"{v}awg"],
        "P": [f"p{v}", f"{v} grit"],
        "sz": [f"size {v}", LETTER_WORDS.get(i, f"size {v}")],
        "szl": [f"size {LETTERS.get(i, v).lower()}", LETTER_WORDS.get(i, v)],
        "UK": [f"uk {v}", f"uk{v}", f"size {v}"],
        "dB": [f"{v}db", f"snr {v}"],
        "FFP": [f"ffp{v}", f"ffp {v}"],
        "TPI": [f"{v}tpi", f"{v} tpi"],
    }[unit]
    return list(dict.fromkeys(f.lower() for f in forms))


def group_forms(unit: str, vals: tuple[str, ...], is_range: bool) -> list[str]:
    """Buyer spellings of a whole multi-value group."""
    if unit == "thr":
        a, b = vals
        forms = [f"m{a}x{b}", f"m{a} x {b}", f"m{a} x {b}mm", f"m{a}x{b}mm", f"{a}x{b}mm", f"m{a} {b}mm"]
    elif is_range:
        a, b = vals
        u = {"in": '"'}.get(unit, unit.lower())
        forms = [f"{a}-{b}{u}", f"{a}-{b} {u}", f"{a} to {b}{u}"]
    elif unit == "mm":
        xs = "x".join(vals)
        forms = [f"{xs}mm", xs, " x ".join(vals) + " mm", " x ".join(vals) + "mm", " x ".join(v + "mm" for v in vals)]
    elif unit == "in":
        forms = [" x ".join(f'{v}"' for v in vals), " x ".join(vals) + " inch", "x".join(vals)]
    else:
        forms = ["x".join(vals) + unit.lower()]
    return list(dict.fromkeys(forms))


def size_forms(size: Size) -> list[tuple[int, str]]:
    """(number of asked values, buyer spelling) for each prefix within the first size group."""
    unit, vals = size.groups()[0]
    out: list[tuple[int, str]] = []
    for k in range(1, len(vals) + 1):
        if k == 1:
            forms = dim_forms("M" if unit == "thr" else unit, vals[0])
        else:
            forms = group_forms(unit if unit != "thr" or k == 2 else "mm", vals[:k], size.rng)
        out += [(k, f) for f in forms]
    return out


def typos(word: str, r: random.Random) -> list[str]:
    """A few one-edit misspellings: swap, drop, double or change a vowel."""
    out = []
    for i in range(1, len(word) - 1):
        out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        out.append(word[:i] + word[i + 1 :])
        out.append(word[:i] + word[i] + word[i:])
        if word[i] in "aeiou":
            out += [word[:i] + c + word[i + 1 :] for c in "aeiou" if c != word[i]]
    out = [w for w in dict.fromkeys(out) if w != word]
    r.shuffle(out)
    return out


def build_queries(style: str, products: list[Product]) -> list[Query]:
    r = random.Random(f"training-c/{style}/queries")  # nosec B311 (reproducible queries, not a secret)
    by_type: dict[str, list[Product]] = {}
    for p in sorted(products, key=lambda p: p.pid):
        by_type.setdefault(p.ptype.key, []).append(p)
    keys = [t.key for t in TYPES if t.key in by_type]
    tokens = {w for p in products for w in words(p.text)}
    low = {p.pid: p.text.lower() for p in products}
    vocab = {w for t in TYPES for s in (*t.names, *t.syn) for w in words(s)} | tokens
    pools: dict[str, list[Query]] = {c: [] for c in CLASSES}

    def add(cls: str, text: str, tkey: str, **kw: Any) -> None:
        pools[cls].append(Query(" ".join(text.split()), cls, tkey, **kw))

    def qname(t: PType) -> str:
        return r.choice(t.names).lower()

    def catalog_form(p: Product) -> tuple[int, str] | None:
        """A size spelling that the product's own text prints."""
        forms = [kf for kf in size_forms(p.size) if has_form(low[p.pid], kf[1])] if p.size else []
        return r.choice(forms) if forms else None

    def around(name: str, extra: str) -> str:
        return r.choice([f"{name} {extra}", f"{extra} {name}"])

    acc_tools = {k for p in products for k in p.fits}
    if "battery" in by_type:
        acc_tools |= {k for k in POWER_TOOLS if any(volts(p.size) for p in by_type.get(k, []))}

    for key in keys:
        t, ps = TYPE[key], by_type[key]
        texts = [low[p.pid] for p in ps]
        printed = {s.lower().replace(" ", "") for p in ps for s in p.shown}
        for p in ps:
            if p.size:
                # type_size: the size as the product prints it
                kf = catalog_form(p)
                if kf:
                    add("type_size", around(qname(t), kf[1]), key, size=p.size.base()[: kf[0]], size_text=kf[1])
                # size_other_form: a spelling no product of the type prints
                other = [(k, f) for k, f in size_forms(p.size) if not any(has_form(x, f) for x in texts)]
                # prefer spellings that differ from the printed ones by more than spaces
                strong = [(k, f) for k, f in other if f.replace(" ", "") not in printed]
                if strong and r.random() < 0.8:
                    other = strong
                if other:
                    k, f = r.choice(other)
                    add("size_other_form", around(qname(t), f), key, size=p.size.base()[:k], size_text=f)
            if p.mat:
                # type_material: a buyer word for one of the material's tags, not already in the name
                tag = r.choice(MATS[p.mat].tags)
                word = r.choice(TAG_WORDS[tag])
                names = [n.lower() for n in t.names if not set(words(word)) & set(words(n))]
                if names and len(t.mats) > 1:
                    add("type_material", around(r.choice(names), word), key, tag=tag)
            if p.code:
                # code: split, joined, hyphenated or after the brand
                groups = re.findall(r"[a-z]+|\d+", p.code.lower())
                variants = {
                    "".join(groups), " ".join(groups), "-".join(groups),
                    re.sub(r"[^a-z0-9]+", " ", p.code.lower()),
                } - {p.code.lower()}  # fmt: skip
                variants |= {f"{p.brand.lower()} {r.choice([p.code.lower(), ''.join(groups)])}"} if p.brand else set()
                for v in r.sample(sorted(variants), min(2, len(variants))):
                    add("code", v, key, code=p.code)
        # size_missing: a standard value that no product of the type has in any dimension
        first_units = sorted({p.size.groups()[0][0] for p in ps if p.size})
        present = {d for p in ps if p.size for d in p.size.base()}
        for fu in first_units:
            unit = "M" if fu == "thr" else fu
            firsts = [p.size.base()[0][1] for p in ps if p.size and p.size.groups()[0][0] == fu]
            lo, hi = min(firsts) / 2, max(firsts) * 2
            base_unit, factor = UNITS[unit]
            cands = [
                v for v in SERIES.get(unit, "").split() if lo <= num(v) * factor <= hi and (
                    base_unit, num(v) * factor) not in present
            ]  # fmt: skip
            for v in r.sample(cands, min(3, len(cands))):
                forms = [f for f in dim_forms(unit, v) if not any(has_form(x, f) for x in texts)]
                if forms:
                    f = r.choice(forms)
                    add("size_missing", around(qname(t), f), key, size=((base_unit, num(v) * factor),), size_text=f)
        # typo: one word of a buyer name misspelt into a word no product prints
        for name in t.names:
            ws = [w for w in name.lower().split() if len(w) >= 4 and w.isalpha()]
            for w in ws:
                bad = [x for x in typos(w, r) if x not in vocab][:2]
                for x in bad:
                    text = name.lower().replace(w, x, 1)
                    p = r.choice(ps)
                    kf = catalog_form(p) if r.random() < 0.5 else None
                    if kf:
                        add("typo", around(text, kf[1]), key, size=p.size.base()[: kf[0]], typo=x, size_text=kf[1])
                    else:
                        add("typo", text, key, typo=x)
        # synonym: a trade name none of whose words any product prints
        for syn in t.syn:
            if set(words(syn)) & tokens:
                continue
            add("synonym", syn, key, syn=syn)
            for p in r.sample(ps, min(3, len(ps))):
                kf = catalog_form(p)
                if kf:
                    add("synonym", around(syn, kf[1]), key, size=p.size.base()[: kf[0]], syn=syn, size_text=kf[1])
                if p.mat and len(t.mats) > 1:
                    tag = r.choice(MATS[p.mat].tags)
                    add("synonym", f"{r.choice(TAG_WORDS[tag])} {syn}", key, tag=tag, syn=syn)
        # accessory_not_asked: the tool itself, while its accessories are listed too
        if key in acc_tools:
            for p in ps:
                name = qname(t)
                kf = catalog_form(p)
                add("accessory_not_asked", name, key)
                if p.brand:
                    add("accessory_not_asked", f"{p.brand.lower()} {name}", key, brand=p.brand)
                if kf:
                    add("accessory_not_asked", around(name, kf[1]), key, size=p.size.base()[: kf[0]], size_text=kf[1])
                if p.brand and kf:
                    add(
                        "accessory_not_asked",
                        f"{p.brand.lower()} {name} {kf[1]}",
                        key,
                        brand=p.brand,
                        size=p.size.base()[: kf[0]],
                        size_text=kf[1],
                    )
        # accessory_asked: the accessory, usually with the tool it fits
        for p in ps:
            if p.fits:
                tool = r.choice(p.fits)
                tname, aname = qname(TYPE[tool]), qname(t)
                short = t.short or aname
                add(
                    "accessory_asked",
                    r.choice([f"{aname} for {tname}", f"{short} for {tname}", f"{tname} {short}"]),
                    key,
                    fits=tool,
                )
                kf = catalog_form(p)
                if kf:
                    add(
                        "accessory_asked",
                        f"{kf[1]} {r.choice([aname, short])} for {tname}",
                        key,
                        fits=tool,
                        size=p.size.base()[: kf[0]],
                        size_text=kf[1],
                    )
            elif key in ("battery", "charger") and p.brand:
                aname, b = qname(t), p.brand.lower()
                tool = TYPE[r.choice(sorted(acc_tools & set(POWER_TOOLS)) or list(POWER_TOOLS))]
                add("accessory_asked", r.choice([f"{b} {aname}", f"{aname} for {b} {qname(tool)}"]), key, brand=p.brand)
                kf = catalog_form(p)
                if kf:
                    add(
                        "accessory_asked",
                        f"{b} {kf[1]} {aname}",
                        key,
                        brand=p.brand,
                        size=p.size.base()[: kf[0]],
                        size_text=kf[1],
                    )
        # type_once: types listed once or twice
        if len(ps) <= 2:
            for name in t.names:
                add("type_once", name.lower(), key)
            for p in ps:
                kf = catalog_form(p)
                if kf:
                    add("type_once", around(qname(t), kf[1]), key, size=p.size.base()[: kf[0]], size_text=kf[1])
                if p.mat:
                    tag = r.choice(MATS[p.mat].tags)
                    add("type_once", around(qname(t), r.choice(TAG_WORDS[tag])), key, tag=tag)
                if p.brand:
                    add("type_once", f"{p.brand.lower()} {qname(t)}", key, brand=p.brand)

    # choose: shuffle each pool, take the same quota per class until both splits are large enough
    for c in CLASSES:
        uniq = list({q.text: q for q in pools[c]}.values())
        r.shuffle(uniq)
        pools[c] = uniq
    for quota in range(55, 200):
        chosen: list[Query] = []
        used: set[str] = set()
        for c in CLASSES:
            took = 0
            for q in pools[c]:
                if took == quota:
                    break
                if q.text not in used:
                    used.add(q.text)
                    chosen.append(q)
                    took += 1
        dev = [q for q in chosen if is_dev(q.text)]
        ok_classes = all({is_dev(q.text) for q in chosen if q.category == c} == {True, False} for c in CLASSES)
        if len(chosen) - len(dev) >= AIM_TRAIN and len(dev) >= AIM_DEV and ok_classes:
            break
    else:
        raise SystemExit(f"self check: {style}: not enough queries")
    r.shuffle(chosen)
    n = {"train": 0, "dev": 0}
    for q in chosen:
        split = "dev" if is_dev(q.text) else "train"
        q.qid = f"{split}-{n[split]:03d}"
        n[split] += 1
    return chosen


def is_dev(text: str) -> bool:
    """Dev split: SHA-256 of the text in the lowest quarter."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) < 2**254


# ---------------------------------------------------------------------------------------------------------------
# Output and self check
# ---------------------------------------------------------------------------------------------------------------


def qrels_of(q: Query, products: list[Product]) -> list[tuple[str, int]]:
    return [(p.pid, g) for p in products if (g := grade(q, p))]


def write_catalog(out: Path, style: str, products: list[Product], queries: list[Query]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "qrels").mkdir(exist_ok=True)
    ordered = sorted(products, key=lambda p: p.pid)
    with (out / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for p in ordered:
            f.write(json.dumps({"_id": p.pid, "title": "", "text": p.text}, ensure_ascii=False) + "\n")
    qs = sorted(queries, key=lambda q: (q.qid.split("-")[0] != "train", q.qid))
    with (out / "queries.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for q in qs:
            f.write(json.dumps({"_id": q.qid, "text": q.text, "category": q.category}, ensure_ascii=False) + "\n")
    for split in ("train", "dev"):
        with (out / "qrels" / f"{split}.tsv").open("w", encoding="utf-8", newline="\n") as f:
            f.write("query-id\tcorpus-id\tscore\n")
            for q in qs:
                if q.qid.startswith(split + "-"):
                    for pid, g in qrels_of(q, ordered):
                        f.write(f"{q.qid}\t{pid}\t{g}\n")
    kind = "ERP short texts" if style == "shorttext" else "datasheet attribute lists"
    about = (
        f"Synthetic hardware-supply catalog ({kind}) with buyer queries for training and development, not held out, "
        f"written by {SCRIPT}; grades come from the generator's structured records: 2 for a product of the asked "
        "type with every asked attribute (size prefix, material, brand, model code, fitted tool), 1 for another "
        "product of that type, other types ungraded."
    )
    gate = {"about": about, "splits": ["train", "dev"], "split": "dev"}
    (out / "gate.json").write_text(json.dumps(gate, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fail(msg: str) -> None:
    raise SystemExit(f"self check failed: {msg}")


def self_check(catalogs: dict[str, tuple[list[Product], list[Query]]]) -> None:
    if len(TYPES) < 90:
        fail(f"{len(TYPES)} types")
    names = [n.lower() for t in TYPES for n in t.names]
    if len(names) != len(set(names)) or len(TYPE) != len(TYPES):
        fail("buyer names or type keys not unique: " + str([n for n, c in Counter(names).items() if c > 1]))
    for t in TYPES:
        for k in t.fits:
            if k not in TYPE:
                fail(f"{t.key} fits unknown {k}")
        for m in t.mats:
            if m not in MATS or any(tag not in TAG_WORDS for tag in MATS[m].tags):
                fail(f"{t.key}: material {m}")
    for style, (products, queries) in catalogs.items():
        if not 600 <= len(products) <= 1000:
            fail(f"{style}: {len(products)} products")
        if len({p.pid for p in products}) != len(products) or len({p.text for p in products}) != len(products):
            fail(f"{style}: product ids or texts not unique")
        codes = [re.sub(r"[^a-z0-9]", "", p.code.lower()) for p in products if p.code]
        if len(codes) != len(set(codes)):
            fail(f"{style}: model codes not unique")
        for p in products:
            missing = [s for s in p.shown if s.lower() not in p.text.lower()]
            if missing or (p.size and len(p.shown) < 2):
                fail(f"{style} {p.pid} does not print {missing}: {p.text}")
        tokens = {w for p in products for w in words(p.text)}
        count = Counter(p.ptype.key for p in products)
        by_type = {k: [p for p in products if p.ptype.key == k] for k in count}
        type_of = {p.pid: p.ptype.key for p in products}
        texts = [q.text for q in queries]
        if len(texts) != len(set(texts)):
            fail(f"{style}: repeated query text")
        split_of = {q.text: q.qid.split("-")[0] for q in queries}
        for q in queries:
            if not re.fullmatch(r"(train|dev)-\d{3}", q.qid) or (split_of[q.text] == "dev") != is_dev(q.text):
                fail(f"{style} {q.qid}: id or split")
            rel = qrels_of(q, products)
            if not rel or any(type_of[pid] != q.tkey for pid, _ in rel):
                fail(f"{style} {q.qid} {q.text!r}: no relevant product or another type graded")
            if len(rel) != count[q.tkey]:
                fail(f"{style} {q.qid}: not every product of the type graded")
            twos = sum(g == 2 for _, g in rel)
            c = q.category
            if c == "code" and (twos != 1 or q.code is None):
                fail(f"{style} {q.qid} code query with {twos} grade-2 products")
            if c == "size_missing":
                present = {d for p in by_type[q.tkey] if p.size for d in p.size.base()}
                if q.size is None or len(q.size) != 1 or q.size[0] in present or twos:
                    fail(f"{style} {q.qid} size_missing size present: {q.text}")
            if c == "synonym" and (not q.syn or set(words(q.syn)) & tokens or q.syn not in q.text):
                fail(f"{style} {q.qid} synonym words printed: {q.syn}")
            if c == "typo" and (not q.typo or q.typo in tokens or q.typo not in words(q.text)):
                fail(f"{style} {q.qid} typo word printed: {q.typo}")
            if c == "accessory_not_asked":
                fitted = any(q.tkey in p.fits for p in products)
                batteries = q.tkey in POWER_TOOLS and "battery" in count
                if not (fitted or batteries):
                    fail(f"{style} {q.qid}: no accessories listed for {q.tkey}")
            if c == "accessory_asked" and not (TYPE[q.tkey].fits or q.tkey in ("battery", "charger")):
                fail(f"{style} {q.qid}: {q.tkey} is no accessory")
            if c == "type_once" and count[q.tkey] > 2:
                fail(f"{style} {q.qid}: {q.tkey} has {count[q.tkey]} products")
            if c == "size_other_form" and any(has_form(p.text.lower(), q.size_text) for p in by_type[q.tkey]):
                fail(f"{style} {q.qid}: size written as the catalog writes it")
            if c in ("type_size", "size_other_form") and (q.size is None or not twos):
                fail(f"{style} {q.qid}: size query without a matching product")
        for split, least in (("train", MIN_TRAIN), ("dev", MIN_DEV)):
            qs = [q for q in queries if q.qid.startswith(split + "-")]
            if len(qs) < least or {q.category for q in qs} != set(CLASSES):
                fail(f"{style}: {split} has {len(qs)} queries, classes {sorted({q.category for q in qs})}")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/training")
    catalogs: dict[str, tuple[list[Product], list[Query]]] = {}
    for style in ("shorttext", "datasheet"):
        products = build_catalog(style)
        catalogs[style] = (products, build_queries(style, products))
    self_check(catalogs)
    for style, (products, queries) in catalogs.items():
        write_catalog(out / style, style, products, queries)
        per = Counter((q.qid.split("-")[0], q.category) for q in queries)
        print(f"{style}: {len(products)} products, {len(queries)} queries "
              f"(train {sum(v for (s, _), v in per.items() if s == 'train')}, "
              f"dev {sum(v for (s, _), v in per.items() if s == 'dev')})")  # fmt: skip


if __name__ == "__main__":
    main()
