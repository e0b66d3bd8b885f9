"""Write data/training/{marketplace,erp,sentences}/: three synthetic catalogs with buyer queries (BEIR layout).

    .venv/bin/python scripts/make_training_catalogs.py [OUT_DIR]     # default data/training

Data to TRAIN and DEVELOP ranking on (splits ``train`` and ``dev``), generated from the ontology in this
file alone, independently of any held-out set and of the ranking code. Deterministic (seeded, no network).
Each catalog makes its own seeded choices (which name it uses for a type, the sizes it stocks, brands, the
types it lists only once or twice) and has its own style:

* ``marketplace``: brand-and-model-first titles ("Voltek XR-JGS796 jigsaw 650 W, variable speed, carry
  case"); accessories name the tool they fit ("Guide rail 1400 mm aluminium for plunge saws").
* ``erp``: terse capitals, type first, abbreviated ("HEX BOLT DIN933 M8X40 ZP", "BALL VLV 3/4 BRS").
* ``sentences``: a sentence of prose per product, its type named once and often late; accessories name the
  tools they fit in the plural ("Made for plunge saws, this 1400 mm lightweight aluminium guide rail ...").

The ontology (``KINDS``) gives each type buyer-facing names and trade synonyms with ERP abbreviations,
sizes with units (mm, cm, m, inch fractions, oz, g, kg, W, V, Ah, Nm, ml, L, bar, J; "8 x 110 mm" diameter
first, ranges "15-22 mm", threads "M8 x 40"), materials, features, and for accessories the tools they fit
(a tool's accessories are the types whose ``fits`` name it). Tools get a brand and a model code.

Queries are typed as buyers type them, in ten classes (field ``category``): ``type_size``,
``type_material``, ``size_other_form`` (the size written another way than the catalog's: "1/2 inch" for
1/2", "8mm" for "8 x 110 mm", "60cm" for "600 mm"), ``size_missing`` (a size no product of the type has,
not even its first dimension), ``typo``, ``code`` (a model code split, joined or hyphenated), ``synonym``
(a trade name the catalog never uses: none of its own words occurs in any product text),
``accessory_not_asked`` (a query for a tool whose accessories the catalog also lists),
``accessory_asked`` (a query naming the accessory, often with its tool), ``type_once`` (a type listed
only once or twice).

Grades come from the structured data, never from a text search: each query records what it asks for (a
type and maybe a size, materials, a brand, a model code, the tool an accessory fits). A product of another
type is never relevant (so a tool's accessories never are for a query for the tool); one of the asked type
gets 2 when it has every asked attribute (vacuously when none is asked), else 1. A size matches when the
asked values are a prefix of the product's in the same base unit ("8mm" matches "8 x 110 mm"). A query is
``dev`` when the SHA-256 of its text falls in the lowest quarter, else ``train``: one text never lands in
both. ``self_check`` stops the script when a rule is broken.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
import sys
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261202
STYLES = {"marketplace": "TRM", "erp": "TRE", "sentences": "TRS"}
CLASSES = (
    "type_once", "code", "synonym", "accessory_asked", "accessory_not_asked",
    "size_missing", "size_other_form", "type_material", "typo", "type_size",
)  # fmt: skip
PER_CLASS = 72  # queries sampled per class (a text taken by an earlier class is not taken again)
DEV_PERCENT = 25
MIN_TRAIN, MIN_DEV = 400, 120

# ----------------------------------------------------------------------------------------------- sizes

_SIZE_RE = re.compile(r"^(M|P|FFP|SNR|size)?([\d./]+)(?:([x-])([\d./]+))?(?:x([\d./]+))?([A-Za-z]*2?)$")
_BASE = {"cm": ("mm", 10), "m": ("mm", 1000), "kg": ("g", 1000), "L": ("ml", 1000)}
_UNIT_WORDS = {"oz": "ounce", "V": "volt", "Ah": "amp hour", "J": "joule", "A": "amp", "lm": "lumen", "in": "inch"}
_UNIT_WORDS |= {"mm2": "sq mm", "TPI": "teeth per inch", "P": "grit", "SNR": "db"}
_SPACED = ("size", "SNR")  # prefix units written with a space: "size 9", "SNR 27"


def _fmt(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else f"{float(x):.3f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Size:
    form: str  # one | dims | range | thread
    vals: tuple[str, ...]
    unit: str  # mm cm m in oz g kg W V Ah Nm ml L bar J A mm2 TPI way, or a prefix: P FFP SNR size

    @classmethod
    def parse(cls, spec: str) -> Size:
        m = _SIZE_RE.match(spec)
        if m is None:
            raise ValueError(spec)
        prefix, a, sep, b, c, unit = m.groups()
        vals = tuple(v for v in (a, b, c) if v)
        if prefix:
            return cls("thread", vals, "mm") if prefix == "M" else cls("one", vals, prefix)
        return cls("range" if sep == "-" else "dims" if len(vals) > 1 else "one", vals, unit)

    def norm(self) -> tuple[str, str, tuple[Fraction, ...]]:
        base, factor = _BASE.get(self.unit, (self.unit, 1))
        family = self.form if self.form in ("range", "thread") else "len"
        return family, base, tuple(Fraction(v) * factor for v in self.vals)

    def covers(self, asked: Size) -> bool:
        """The asked values are a prefix of this size's values (same family, same base unit)."""
        (fam, base, vals), (a_fam, a_base, a_vals) = self.norm(), asked.norm()
        return fam == a_fam and base == a_base and vals[: len(a_vals)] == a_vals

    def clashes(self, asked: Size) -> bool:
        """This size shares the asked size's first value (what a size_missing query must avoid)."""
        (fam, base, vals), (a_fam, a_base, a_vals) = self.norm(), asked.norm()
        return fam == a_fam and base == a_base and vals[0] == a_vals[0]

    def text(self, style: str) -> str:
        v, u, erp = self.vals, self.unit, style == "erp"
        if self.form == "thread":
            return "M" + "X".join(v) if erp else f"M{v[0]}" + (f" x {v[1]} mm" if len(v) > 1 else "")
        if u in ("P", "FFP", *_SPACED):
            return u.upper() + v[0] if erp else u + " " * (u in _SPACED) + v[0]
        if u == "in":
            return "X".join(v) + ("" if "/" in v[-1] else '"') if erp else " x ".join(v) + '"'
        sep = "-" if self.form == "range" else "X" if erp else " x "
        return sep.join(v) + (u.upper() if erp else " " + {"mm2": "mm\u00b2"}.get(u, u))

    def buyer_forms(self) -> list[str]:
        """The size as a buyer types it the catalog's way (spacing and case aside)."""
        v, lu = self.vals, self.unit.lower()
        if self.form == "thread":
            return [f"m{v[0]}"] if len(v) == 1 else [f"m{v[0]}x{v[1]}", f"m{v[0]} x {v[1]}"]
        if self.unit in ("P", "FFP", *_SPACED):
            return [lu + " " * (self.unit in _SPACED) + v[0]]
        if lu == "in":
            return ["x".join(v) + '"', " x ".join(v)]
        if self.form == "dims":
            return ["x".join(v) + lu, " x ".join(v) + " " + lu]
        sep = "-" if self.form == "range" else ""
        return [sep.join(v) + lu, sep.join(v) + " " + lu]

    def other_forms(self) -> list[tuple[str, Size]]:
        """The size written another way (unit word, conversion, first dimension only), with what it asks."""
        v, u, lu = self.vals, self.unit, self.unit.lower()
        if self.form == "thread":
            return [(f"{v[0]}mm", self)] if len(v) == 1 else [(f"m{v[0]} {v[1]}mm", self)]
        if self.form == "range":
            return [(f"{v[0]} to {v[1]}{lu}", self)]
        if self.form == "dims":
            if u == "in":
                return [(f"{v[0]} x {v[1]} inch", self)]
            return [(f"{v[0]}{lu}", Size("one", v[:1], u)), (f"{v[0]}{lu} x {v[1]}{lu}", self)]
        x = Fraction(v[0])
        out = [f"{v[0]}{_UNIT_WORDS[u]}" if u == "SNR" else f"{v[0]} {_UNIT_WORDS[u]}"] if u in _UNIT_WORDS else []
        if u == "in":
            out += [f"{v[0]}in", *(["half inch"] if v[0] == "1/2" else [])]
        elif u == "mm" and x >= 100 and x % 10 == 0:
            out.append(f"{_fmt(x / 10)}cm")
        elif u == "cm":
            out.append(f"{_fmt(x * 10)}mm")
        elif u == "m":
            out += [f"{v[0]} metre", f"{v[0]} meter", *([f"{_fmt(x * 100)}cm"] if x <= 3 else [])]
        elif u in ("g", "kg"):
            out += [f"{v[0]} gram"] if u == "g" else [f"{v[0]} kilo", f"{_fmt(x * 1000)}g"]
        elif u == "W":
            out += [f"{v[0]} watt", *([f"{_fmt(x / 1000)}kw"] if x >= 1000 and x % 100 == 0 else [])]
        elif u == "ml" and x >= 500:
            out.append(f"{_fmt(x / 1000)} litre")
        elif u == "L":
            out += [f"{v[0]} litre", *([f"{_fmt(x * 1000)}ml"] if x <= 5 else [])]
        return [(t, self) for t in out]


# ------------------------------------------------------------------------------ materials and features


@dataclass(frozen=True)
class Material:
    family: str
    market: str  # marketplace text, and what a buyer reads
    erp: str
    prose: str  # an adjective for the sentences style: "a {prose} {type}"
    words: tuple[str, ...]  # what buyers type for exactly this material


# key | family | marketplace | ERP | prose adjective | buyer words
_MATERIALS = """
zp    | zinc      | zinc plated          | ZP      | zinc-plated                  | zinc plated, zinc, zp
galv  | galv      | hot-dip galvanised   | GALV    | hot-dip galvanised           | galvanised, galvanized, galv
a2    | stainless | stainless steel A2   | SS A2   | A2 stainless steel           | a2
a4    | stainless | stainless steel A4   | SS A4   | marine-grade A4 stainless    | a4, marine stainless
ss    | stainless | stainless steel      | SS      | 316 stainless steel          | 316 stainless
brs   | brass     | brass                | BRS     | solid brass                  | brass
cu    | copper    | copper               | CU      | copper                       | copper
pvc   | pvc       | PVC                  | PVC     | PVC-U                        | pvc
bmi   | iron      | black malleable iron | BLK MI  | black malleable iron         | black iron, malleable iron
alu   | aluminium | aluminium            | ALU     | lightweight aluminium        | aluminium, aluminum
crv   | crv       | chrome vanadium      | CRV     | chrome vanadium              | chrome vanadium, crv
fg    | fg        | fibreglass handle    | FG HDL  | fibreglass-handled           | fibreglass, fiberglass
hick  | hick      | hickory handle       | HKY HDL | hickory-handled              | hickory, wooden handle
steel | steel     | steel                | STL     | heavy-gauge steel            | steel
hss   | hss       | HSS                  | HSS     | high-speed steel             | hss
hssco | hss       | HSS-Co cobalt        | HSS-CO  | cobalt HSS                   | cobalt
tct   | tct       | TCT                  | TCT     | tungsten carbide-tipped      | tct, carbide
bim   | bim       | bi-metal             | BIM     | bi-metal                     | bi-metal, bimetal
alox  | alox      | aluminium oxide      | ALOX    | aluminium oxide              | aluminium oxide
zirc  | zirc      | zirconia             | ZIRC    | zirconia                     | zirconia
nitr  | nitrile   | nitrile coated       | NITRILE | nitrile-coated               | nitrile
lthr  | leather   | leather              | LTHR    | full-grain leather           | leather
pc    | pc        | polycarbonate        | PC      | polycarbonate                | polycarbonate
abs   | abs       | ABS plastic          | ABS     | tough ABS plastic            | abs, plastic
pp    | pp        | polypropylene        | PP      | polypropylene                | polypropylene
hdpe  | hdpe      | HDPE                 | HDPE    | high-density polyethylene    | hdpe
nyl   | nylon     | nylon                | NYL     | nylon                        | nylon
sil   | silicone  | silicone             | SIL     | silicone                     | silicone
acr   | acrylic   | acrylic              | ACRYL   | acrylic                      | acrylic
pu    | pu        | polyurethane         | PU      | polyurethane                 | polyurethane
msp   | msp       | MS polymer           | MS POLY | hybrid MS polymer            | ms polymer, hybrid polymer
beech | wood      | beech top            | BEECH   | beech-topped                 | beech, wooden
"""
FAMILY_WORDS = {"stainless": ("stainless", "stainless steel", "ss")}


@dataclass(frozen=True)
class Feature:
    market: str
    erp: str
    prose: str  # a noun phrase: "with {prose}"


# key | marketplace | ERP | prose (after "with"); entries separated by ";"
_FEATURES = """
vs | variable speed | VAR SPD | variable speed control ; case | carry case | C/W CASE | a carry case
bl | brushless | BL | a brushless motor ; led | LED light | LED | a built-in LED light
2bat | with 2 batteries | C/W 2 BATT | two batteries ; laser | laser guide | LASER | a laser guide
dust | dust port | DUST PORT | a dust extraction port ; pend | pendulum action | PEND | pendulum action
softs | soft start | SOFT START | soft start electronics ; afc | kickback clutch | A/KICKBACK | a kickback clutch
3mode | 3 modes | 3 MODE | three drilling modes ; bevel | 45 degree bevel | BEVEL 45 | a 45-degree bevel
slide | sliding | SLIDE | a sliding rail system ; hepa | HEPA class | HEPA | a HEPA-class element
blow | blower function | BLOWER | a blower function ; temp | adjustable temp | ADJ TEMP | adjustable temperature
nozz | with nozzles | C/W NOZZLE | a set of nozzles ; depth | depth stop | DEPTH STOP | a depth stop
soft | soft-grip handle | SOFT GRIP | a soft-grip handle ; vde | VDE insulated | VDE | VDE insulation
ratch | ratcheting | RATCHET | a ratchet mechanism ; pc24 | 24 pcs | 24PC | twenty-four pieces
pc94 | 94 pcs | 94PC | ninety-four pieces ; ball | ball end | BALL END | ball ends
autol | auto-lock | AUTOLOCK | an auto-lock blade ; clip | belt clip | BELT CLIP | a belt clip
magn | magnetic | MAG | a magnetic base ; retr | retractable | RETR | a retractable blade
pozi | Pozi drive | PZ | a Pozidriv recess ; torx | Torx drive | TX | a Torx recess
csk | countersunk | CSK | a countersunk head ; lever | lever handle | LEVER | a lever handle
bfly | butterfly handle | BFLY | a butterfly handle ; ff | female x female | FF | two female threads
wras | WRAS approved | WRAS | WRAS approval ; spring | spring loaded | SPRING | a spring-loaded disc
roll | 12 m roll | 12M ROLL | a twelve-metre roll ; len1 | 1 m length | 1M LG | a one-metre length
len3 | 3 m length | 3M LG | a three-metre length ; drum | 100 m drum | 100M DRUM | a hundred-metre drum
gang4 | 4 gang | 4G | four sockets ; surge | surge protected | SURGE | surge protection
usb | with USB ports | USB | two USB charging ports ; white | white | WHT | a white finish
black | black | BLK | a black finish ; rcd | RCD protected | RCD | RCD protection
metal | for metal | METAL | a cut made for metal ; wood | for wood | WOOD | a cut made for wood
stone | for stone | STONE | a rim made for stone ; t24 | 24 teeth | 24T | twenty-four teeth
t48 | 48 teeth | 48T | forty-eight teeth ; p40 | P40 | P40 | a coarse P40 grit ; p80 | P80 | P80 | a medium P80 grit
p120 | P120 | P120 | a fine P120 grit ; hl | hook and loop | H&L | a hook-and-loop back
t101b | T101B | T101B | the T101B tooth form ; t118a | T118A | T118A | the T118A tooth form
point | pointed | POINT | a pointed tip ; flat | flat | FLAT | a flat tip ; a2p3 | A2P3 rated | A2P3 | A2P3 protection
p3 | P3 rated | P3 | P3 protection ; li | Li-ion | LI-ION | lithium-ion cells
fog | anti-fog | A/FOG | an anti-fog coating ; tint | tinted lens | TINT | tinted lenses
vent | vented | VENT | side vents ; harn | ratchet harness | RATCH HARN | a ratchet harness
cutc | cut level C | CUT C | cut level C protection ; valve | with valve | VALVE | an exhalation valve
s3 | S3 SRC | S3 | S3 slip resistance ; fold | foldable | FOLD | a folding headband
clear | clear | CLR | a clear finish ; san | sanitary | SAN | mould resistance
fast | fast setting | FAST | a fast setting time ; lockbl | lockable | LOCKABLE | a lockable lid
wheels | on wheels | WHEELS | sturdy wheels ; org | with organiser | C/W ORG | an organiser tray
stack | stackable | STACK | a stackable design ; vice | with vice | C/W VICE | a built-in vice
cord | cordless | CORDLESS | cordless operation
"""


def _rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in entry.split("|")] for line in text.strip().splitlines() for entry in line.split(";")]


MATS = {r[0]: Material(r[1], r[2], r[3], r[4], tuple(w.strip() for w in r[5].split(","))) for r in _rows(_MATERIALS)}
FEATS = {r[0]: Feature(r[1], r[2], r[3]) for r in _rows(_FEATURES)}

# --------------------------------------------------------------------------------------------- ontology


@dataclass(frozen=True)
class Kind:
    group: str
    names: tuple[tuple[str, str], ...]  # (buyer-facing name, ERP abbreviation); "{t}"/"{T}": the fitted tool
    sizes: tuple[Size, ...]
    mats: tuple[str, ...]
    feats: tuple[str, ...]
    fits: tuple[str, ...]  # keys of the tools this accessory fits
    std: tuple[str, ...]  # standards printed in texts (ERP form): DIN933
    packs: tuple[int, ...]
    sized_fit: bool  # "for M8 hex bolts": the accessory fits the tool of its own size
    brands: str  # which list of BRANDS its makers come from

    @property
    def key(self) -> str:
        return self.names[0][0].replace("{t}", self.fits[0] if self.fits else "")

    @property
    def family(self) -> str:
        return "acc" if self.fits else "tool" if self.group in ("power", "hand") else "item"

    @property
    def letters(self) -> str:
        """Letters for model codes: initials of a multi-word type, else its first consonants (JGS: jigsaw)."""
        words = re.findall(r"[a-z]+", self.key.lower())
        consonants = [c for c in words[0] if c not in "aeiou"]
        pick = [w[0] for w in words[:3]] if len(words) > 1 else consonants[:3] if len(consonants) > 1 else words[0][:3]
        return "".join(pick).upper()


def K(group: str, names: str, sizes: str = "", mats: str = "", feats: str = "", **kw: str) -> Kind:
    """One ontology row. names: "buyer name=ERP ABBR|synonym" (the ERP abbreviation defaults to the name in
    capitals); sizes, mats and feats are space separated; kw: fits ("a|b"), std, packs, sized, brands."""
    fits = tuple(f for f in kw.get("fits", "").split("|") if f)
    pairs = [[*n.split("="), n.upper()][:2] for n in names.split("|")]
    packs = kw.get("packs", "10 25 50 100 200" if group in ("fastener", "fixing") else "")
    return Kind(
        group, tuple((a, b) for a, b in pairs), tuple(Size.parse(s) for s in sizes.split()), tuple(mats.split()),
        tuple(feats.split()), fits, tuple(kw.get("std", "").split()), tuple(int(p) for p in packs.split()),
        kw.get("sized") == "yes", kw.get("brands", "acc" if fits else group),
    )  # fmt: skip


P, H, A, B = "power", "hand", "acc", "bits"
FA, FI, PL, EL, PP, AD, ST = "fastener", "fixing", "plumbing", "electrical", "ppe", "adhesive", "storage"
# fmt: off
KINDS: list[Kind] = [
    K(P, "cordless drill|drill driver", "10.8V 12V 14.4V 18V 36V", "", "bl case led 2bat"),
    K(P, "impact driver", "10.8V 12V 18V 36V", "", "bl case led 2bat"),
    K(P, "rotary hammer|SDS drill", "1.7J 2J 2.7J 3.2J 4J 5J", "", "case vs dust 3mode"),
    K(P, "angle grinder|disc grinder", "115mm 125mm 150mm 180mm 230mm", "", "vs softs afc"),
    K(P, "jigsaw", "500W 650W 710W 800W 18V", "", "vs case pend led"),
    K(P, "circular saw=CIRC SAW", "160mm 165mm 184mm 190mm 235mm", "", "laser case dust bevel"),
    K(P, "plunge saw|track saw", "1200W 1400W 1600W 18V", "", "case dust vs"),
    K(P, "mitre saw|miter saw", "216mm 254mm 305mm", "", "laser slide bevel led"),
    K(P, "reciprocating saw=RECIP SAW|sabre saw", "710W 900W 1200W 18V 36V", "", "vs case pend"),
    K(P, "belt sander", "75x457mm 75x533mm 100x610mm", "", "dust vs case"),
    K(P, "random orbital sander=RO SANDER", "125mm 150mm", "", "dust vs case cord"),
    K(P, "wet and dry vacuum=WET/DRY VAC|shop vac", "15L 20L 25L 30L 50L", "", "blow hepa"),
    K(P, "heat gun|hot air gun", "1600W 1800W 2000W 2200W", "", "temp nozz case"),
    K(P, "router", "710W 1200W 1600W 2100W", "", "vs depth case dust"),
    K(P, "oscillating multi-tool=MULTI TOOL", "250W 300W 350W 12V 18V", "", "vs case led"),
    K(P, "pillar drill=PILLAR DRL|bench drill=BENCH DRL|drill press", "350W 500W 750W", "", "laser depth"),
    K(P, "pressure washer=PRESS WASHER", "110bar 130bar 150bar 170bar", "", "case"),
    K(H, "claw hammer=CLAW HMR", "16oz 20oz 24oz 450g 570g", "fg hick steel", "soft"),
    K(H, "sledge hammer=SLEDGE HMR", "2kg 3kg 4kg 6kg", "fg hick"),
    K(H, "club hammer=CLUB HMR|lump hammer=LUMP HMR", "1kg 1.25kg 1.8kg", "fg hick"),
    K(H, "combination spanner=COMB SPANNER|combination wrench=COMB WRENCH", "8mm 10mm 13mm 17mm 19mm 22mm", "crv"),
    K(H, "adjustable spanner=ADJ SPANNER|adjustable wrench=ADJ WRENCH", "6in 8in 10in 12in 15in", "crv", "soft"),
    K(H, "pipe wrench|stillson", "10in 14in 18in 24in", "steel alu"),
    K(H, "torque wrench", "5-25Nm 20-100Nm 40-200Nm 60-330Nm", "crv", "case ratch"),
    K(H, "socket set=SKT SET", "1/4in 3/8in 1/2in", "crv", "pc24 pc94 case"),
    K(H, "hex key set|allen key set", "1.5-6mm 1.5-10mm 2-8mm", "crv", "ball"),
    K(H, "mole grips|locking pliers", "5in 7in 10in", "crv"),
    K(H, "long nose pliers|needle nose pliers", "140mm 160mm 200mm", "crv", "vde"),
    K(H, "side cutters|diagonal cutters=DIAG CUTTERS", "125mm 160mm 180mm", "crv", "vde soft"),
    K(H, "utility knife|stanley knife|trimming knife=TRIM KNIFE", "", "alu abs", "retr"),
    K(H, "spirit level=SPIRIT LVL|bubble level=BUBBLE LVL", "40cm 60cm 80cm 100cm 120cm 180cm 200cm", "alu", "magn"),
    K(H, "tape measure|measuring tape", "3m 5m 8m 10m", "abs", "autol clip"),
    K(H, "hacksaw", "300mm", "steel", "soft"),
    K(H, "bolt cutter|bolt croppers", "14in 18in 24in 30in 36in", "steel"),
    K(H, "pipe cutter|tube cutter", "3-22mm 3-28mm 6-35mm", "alu steel"),
    K(H, "G clamp|C clamp", "50mm 75mm 100mm 150mm 200mm", "steel"),
    K(H, "caulking gun=CAULK GUN|sealant gun|skeleton gun", "310ml 400ml 600ml", "steel alu"),
    K(A, "battery", "2Ah 4Ah 5Ah 8Ah", "", "li", fits="cordless drill|impact driver", brands=P),
    K(A, "SDS chisel", "250mm 300mm 400mm", "", "point flat", fits="rotary hammer"),
    K(A, "cutting disc=CUT DISC|cut-off wheel=CUT OFF WHL", "115x1mm 125x1mm 180x1.6mm 230x1.9mm", "alox zirc",
      "metal stone", fits="angle grinder", packs="5 10 25"),
    K(A, "flap disc|flap wheel", "115mm 125mm 180mm", "alox zirc", "p40 p80 p120", fits="angle grinder", packs="5 10"),
    K(A, "circular saw blade=CIRC SAW BLADE", "160mm 165mm 184mm 190mm 235mm", "tct", "t24 t48 wood",
      fits="circular saw|plunge saw"),
    K(A, "{t} blades={T} BLADES", "", "hss bim", "t101b t118a wood metal", fits="jigsaw", packs="5 10"),
    K(A, "{t} blades={T} BLADES", "150mm 230mm 300mm", "bim hss", "wood metal", fits="reciprocating saw", packs="2 5"),
    K(A, "{t} blade={T} BLADE", "32mm 45mm 65mm", "bim hss", "wood metal", fits="oscillating multi-tool"),
    K(A, "sanding belts", "75x457mm 75x533mm 100x610mm", "alox zirc", "p40 p80 p120", fits="belt sander", packs="3 10"),
    K(A, "sanding discs", "125mm 150mm", "alox", "hl p80 p120", fits="random orbital sander", packs="10 25 50"),
    K(A, "guide rail", "800mm 1400mm 1900mm 3000mm", "alu", fits="plunge saw", brands=P),
    K(A, "vacuum filter=VAC FILTER", "", "", "hepa", fits="wet and dry vacuum", brands=P),
    K(A, "vacuum bags=VAC BAGS", "15L 20L 25L 30L 50L", "", "", fits="wet and dry vacuum", packs="5 10", brands=P),
    K(A, "replacement handle=REPL HANDLE", "300mm 750mm 900mm", "hick fg", fits="sledge hammer|club hammer", brands=H),
    K(A, "router bit", "1/4in 1/2in 8mm", "tct", fits="router"),
    K(A, "chuck key", "10mm 13mm 16mm", "", fits="pillar drill", brands=P),
    K(A, "{t} blades={T} BLADES", "", "", "", fits="utility knife", packs="10 50 100", brands=H),
    K(A, "hacksaw blades", "18TPI 24TPI 32TPI", "bim hss", fits="hacksaw", packs="2 10"),
    K(A, "{t} stand={T} STAND", "", "steel alu", "wheels", fits="mitre saw", brands=P),
    K(A, "hole saw arbor=HOLESAW ARBOR", "14-30mm 32-152mm", "", fits="hole saw"),
    K(A, "filter cartridge=FILTER CART", "", "", "a2p3 p3", fits="half mask respirator", packs="2", brands=PP),
    K(A, "flat washer=FLAT WSHR", "M5 M6 M8 M10 M12 M16 M20", "zp a2 a4 brs", fits="hex bolt", std="DIN125",
      sized="yes", packs="50 100 200", brands=FA),
    K(A, "spring washer=SPRING WSHR|split washer=SPLIT WSHR", "M5 M6 M8 M10 M12", "zp a2", fits="hex bolt",
      std="DIN127", sized="yes", packs="50 100", brands=FA),
    K(B, "masonry drill bit=MASONRY BIT|concrete drill bit=CONCRETE BIT", "5x85mm 6x100mm 8x120mm 10x120mm 12x150mm",
      "tct"),
    K(B, "metal drill bit=METAL DRILL|jobber drill", "2mm 3mm 4mm 5mm 6mm 8mm 10mm 13mm", "hss hssco"),
    K(B, "hole saw=HOLESAW|hole cutter", "20mm 25mm 32mm 44mm 51mm 64mm 76mm", "bim tct"),
    K(B, "sandpaper|abrasive paper=ABR PAPER|glasspaper", "P40 P60 P80 P120 P180 P240", "alox", packs="10 25 50"),
    K(FA, "hex bolt", "M6x30 M6x50 M8x40 M8x60 M10x50 M10x80 M12x60 M12x100 M14x60 M16x80 M20x100", "zp galv a2 a4",
      std="DIN931 DIN933"),
    K(FA, "hex nut", "M4 M5 M6 M8 M10 M12 M16 M20 M24", "zp galv a2 a4 brs", std="DIN934"),
    K(FA, "nyloc nut|nylon insert nut=NYL INS NUT", "M4 M5 M6 M8 M10 M12", "zp a2", std="DIN985"),
    K(FA, "wood screw", "3x20mm 3.5x30mm 4x40mm 4.5x50mm 5x60mm 6x100mm", "zp a2 brs", "pozi torx csk"),
    K(FA, "coach screw|lag screw", "6x50mm 8x60mm 10x80mm 12x100mm 12x150mm", "zp galv a2"),
    K(FA, "self-drilling screw=SELF DRILL SCREW|tek screw", "4.2x13mm 4.8x19mm 5.5x25mm 6.3x45mm", "zp a2"),
    K(FA, "threaded rod|studding|all-thread", "M6 M8 M10 M12 M16 M20", "zp galv a2 a4", "len1 len3", std="DIN975",
      packs="1 5 10"),
    K(FA, "blind rivet|pop rivet", "3.2x8mm 4x10mm 4.8x12mm 6.4x16mm", "alu a2 steel"),
    K(FI, "wall plug|rawl plug", "5x25mm 6x30mm 8x40mm 10x50mm 12x60mm", "nyl"),
    K(FI, "frame fixing=FRAME FIX|frame anchor", "8x80mm 10x100mm 10x120mm 10x160mm", "zp a2"),
    K(FI, "cable tie|zip tie", "2.5x100mm 3.6x150mm 4.8x200mm 7.6x450mm", "nyl", "black white", packs="100 500"),
    K(FI, "pipe clip|pipe clamp", "15mm 22mm 28mm 35mm 42mm", "nyl zp", "white black"),
    K(FI, "jubilee clip|hose clip|worm drive clip", "8-12mm 10-16mm 12-22mm 16-27mm 25-40mm 32-50mm", "zp a2 a4"),
    K(PL, "ball valve=BALL VLV", "1/4in 3/8in 1/2in 3/4in 1in 2in 15mm 22mm 28mm", "brs ss pvc", "lever bfly ff wras"),
    K(PL, "non-return valve=NRV|check valve=CHECK VLV", "3/8in 1/2in 3/4in 1in 15mm 22mm", "brs ss pvc", "spring ff"),
    K(PL, "straight coupling=STR COUPLING", "15mm 22mm 28mm 35mm", "brs cu pvc"),
    K(PL, "reducing bush=RED BUSH", "3/4x1/2in 1x3/4in 2x1in", "brs bmi pvc"),
    K(PL, "hose tail", "1/2in 3/4in 1in 15mm 22mm", "brs ss"),
    K(PL, "PTFE tape|plumber's tape=PLUMBERS TAPE|thread seal tape", "12mm 19mm 25mm", "", "roll", packs="5 10"),
    K(EL, "extension lead=EXT LEAD|extension cable=EXT CABLE|extension cord=EXT CORD", "2m 5m 10m 15m 25m", "",
      "gang4 surge usb"),
    K(EL, "insulation tape=INSUL TAPE|electrical tape=ELEC TAPE", "15mm 19mm 25mm", "pvc", "black white", packs="10"),
    K(EL, "twin and earth cable=T&E CABLE", "1mm2 1.5mm2 2.5mm2 6mm2 10mm2", "", "drum"),
    K(EL, "consumer unit|fuse box", "6way 10way 14way 18way", "steel abs", "rcd"),
    K(PP, "safety glasses|safety specs", "", "pc", "fog tint"),
    K(PP, "ear defenders|ear muffs", "SNR25 SNR27 SNR30 SNR33", "abs", "fold"),
    K(PP, "hard hat|safety helmet", "", "abs hdpe", "vent harn"),
    K(PP, "work gloves|safety gloves", "size7 size8 size9 size10 size11", "nitr lthr", "cutc"),
    K(PP, "safety boots|steel toe boots", "size6 size7 size8 size9 size10 size11 size12", "lthr", "s3"),
    K(PP, "dust mask", "FFP1 FFP2 FFP3", "", "valve", packs="10 20"),
    K(PP, "half mask respirator=HALF MASK RESP", "", "", "valve"),
    K(AD, "sealant", "290ml 300ml 310ml 400ml", "sil acr pu msp", "clear white san"),
    K(AD, "construction adhesive=CONSTR ADH|grab adhesive=GRAB ADH", "290ml 310ml 350ml", "msp pu", "white clear fast"),
    K(AD, "wood glue|PVA glue", "250ml 500ml 1L 5L", "", "fast"),
    K(ST, "tool box", "16in 19in 22in 26in", "abs steel", "org lockbl"),
    K(ST, "storage bin|parts bin|picking bin", "2L 5L 10L 20L", "pp", "stack", packs="5 10"),
    K(ST, "workbench", "1200x600mm 1500x750mm 1800x750mm", "steel beech", "vice"),
]
BRANDS: dict[str, tuple[str, ...]] = {
    P: ("Voltek", "Hartmann", "Ferrox", "Norden", "Kraftmax", "Sumiko"), A: ("Abrasol", "Voltek", "Cutmaster"),
    H: ("Stahlwerk", "Brixton", "Ironclad", "Apex"), B: ("Abrasol", "Cutmaster", "Ferrox", "Tradeline"),
    FA: ("FixPro", "Boltex", "Tradeline"), FI: ("FixPro", "Anchora", "Tradeline"), PP: ("Guardian", "SafeLine"),
    PL: ("Plumbline", "Aquaflow", "Tradeline"), EL: ("Sparkwell", "Lumico", "Tradeline"), AD: ("Bondex", "Sealtec"),
    ST: ("Stormbox", "Rackit"),
}
CODE_TEMPLATES = {
    "Voltek": "XR-{c}{n3}", "Hartmann": "G{c} {n2}{s}", "Ferrox": "{c}{n4}", "Norden": "N{c}-{n3}",
    "Kraftmax": "KM {n3} {c}", "Sumiko": "{c} {n2}-{n2}", "Stahlwerk": "SW-{n5}", "Brixton": "BX{n3}{c}",
    "Ironclad": "IC {n4}", "Apex": "AP{c}-{n3}",
}
# Per style and family, templates a product's text is drawn from; each must print every graded attribute
# the product has (size, material, code, fitted tool), so the first four of each family cover both size and
# material, the middle ones one of them, the last ones neither.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "marketplace": {
        "tool": ("{brand} {code} {name} {size}, {f1}, {f2}", "{brand} {code} {name} {size}, {f1}",
                 "{brand} {name} {code} {size}", "{brand} {code} {size} {name}, {f1}",
                 "{brand} {code} {name} {size} {mat}", "{brand} {code} {name}, {mat}, {f1}",
                 "{brand} {code} {mat} {name}", "{brand} {code} {name}, {f1}", "{brand} {code} {name}",
                 "{brand} {code} {name} {size} {mat}, {f1}"),
        "item": ("{brand} {name} {size} {mat}, {std}, pack of {pack}", "{brand} {name} {size}, {mat}, {pack} pcs",
                 "{brand} {mat} {name} {size}", "{brand} {name} {size} {mat}, {f1}", "{brand} {name} {size}, {f1}",
                 "{brand} {name} {size}", "{brand} {name} {mat}, {f1}", "{brand} {mat} {name}",
                 "{brand} {name}, {f1}, {f2}", "{brand} {name}, {f1}", "{brand} {name}"),
        "acc": ("{Name} {size} {mat} for {tools}, {pack} pack", "{brand} {name} {size} {mat}, fits {tools}",
                "{Name} {size} {mat}, {f1}, for {tools}", "{Name} {size} for {tools}, {f1}",
                "{brand} {name} {size} for {tools}", "{Name} {mat}, {f1}, {pack} pack for {tools}",
                "{brand} {mat} {name} for {tools}", "{Name} {f1}, {pack} pack for {tools}",
                "{brand} {name} for {tools}, {f1}", "{Name} for {tools}"),
    },
    "erp": {
        "tool": ("{name} {size} {f1} {f2} {br} {code}", "{name} {br} {code} {size}", "{name} {size} {mat} {br} {code}",
                 "{name} {mat} {f1} {br} {code}", "{name} {mat} {br} {code}", "{name} {br} {code} {f1}",
                 "{name} {br} {code}", "{name} {size} {br} {code} {f1}"),
        "item": ("{name} {std} {size} {mat}", "{name} {size} {mat} PK{pack}", "{name} {mat} {size} {f1}",
                 "{name} {size} {mat}", "{name} {size} {f1}", "{name} {size}", "{name} {mat} {f1}", "{name} {mat}",
                 "{name} {f1} {f2}", "{name} {br} {f1}", "{name} {br}"),
        "acc": ("{name} {size} {mat} F/{tools}", "{name} {std} {size} {mat} F/{tools}",
                "{name} {mat} {size} F/{tools} PK{pack}", "{name} {size} {tools} {f1}", "{name} {size} {tools}",
                "{name} {mat} F/{tools} {f1}", "{name} {mat} {tools}", "{name} {f1} F/{tools}",
                "{name} F/{tools} PK{pack}", "{name} {tools}"),
    },
    "sentences": {
        "tool": (
                 "Built for trade use, the {size} {brand} {code} comes with {fp1} and {fp2}: a dependable {name}.",
                 "With {fp1} and a {size} rating, this {brand} {code} is a {name} for accurate, repeatable work.",
                 "The {brand} {code} is a {size} {name} that comes with {fp1}.",
                 "Compact and well balanced, the {code} from {brand} is a {size} {name}.",
                 "From {brand} comes the {code}, a {size} {mp} {name}.",
                 "Model {code} by {brand} is a {mp} {name} with {fp1}.", "Model {code} by {brand}: a {mp} {name}.",
                 "Made for everyday jobs, the {brand} {code} comes with {fp1} and is a reliable {name}.",
                 "The {brand} {code} is a reliable {name} for trade and home use.",
                 "Heavy duty yet easy to handle, the {brand} {code} is a {size} {mp} {name} with {fp1}."),
        "item": ("Made to {std} and sized {size}, this {mp} {name} is supplied in packs of {pack}.",
                 "{brand} supplies this {size} {mp} {name} with {fp1}.",
                 "For general installation work, choose this {mp} {name} in {size}, sold as a pack of {pack}.",
                 "Sized {size}, a {mp} {name} from {brand}.",
                 "Supplied by {brand} in {size}, this is a dependable {name} with {fp1}.",
                 "Sized {size}, a {name} from {brand} for trade and home use.",
                 "A {mp} {name} from {brand} with {fp1}.", "{brand} offers a {mp} {name} for everyday site work.",
                 "Trusted on site, this {brand} product is a {name} with {fp1}.",
                 "From {brand}, a straightforward {name} for everyday jobs."),
        "acc": ("Fits most {tools}: a {size} {mp} {name}, sold in packs of {pack}.",
                "Made for {tools}, this {size} {mp} {name} comes from {brand}.",
                "Compatible with {tools} from most brands, a {size} {mp} {name} with {fp1}.",
                "A replacement for {tools}, this {size} {name} comes with {fp1}.",
                "Keep your {tools} working with this {brand} {size} {name}.",
                "Made for {tools}, a {mp} {name} from {brand}.",
                "Keep your {tools} working with this {mp} {name} featuring {fp1}.",
                "Compatible with {tools} from most brands, a {name} with {fp1}.",
                "Keep your {tools} working with this {brand} {name}.",
                "Fits most {tools}: a {name} supplied in packs of {pack}."),
    },
}
COMMON_TYPOS = {
    "masonry": "masonary", "valve": "vlave", "reciprocating": "reciprocatin", "spirit": "spirt", "hammer": "hamer",
    "circular": "circluar", "threaded": "threded", "torque": "torqe", "grinder": "grindr", "level": "levle",
    "screw": "scerw", "measure": "meausre", "adjustable": "adjustible", "washer": "washr", "sealant": "sealent",
    "adhesive": "adhesve", "coupling": "couplng", "chisel": "chissel", "pliers": "plyers", "spanner": "spaner",
}
# fmt: on
BY_KEY = {k.key: k for k in KINDS}
GRADED = {"size": "size", "mat": "mat", "mp": "mat", "code": "code", "tools": "tools"}  # placeholder -> attribute
PAIRS = ("pliers", "cutters", "muffs", "defenders", "gloves", "boots", "glasses", "specs", "grips", "croppers")

# ------------------------------------------------------------------------------------------- catalogs


@dataclass
class Product:
    pid: str
    kind: Kind
    size: Size | None
    mat: str | None
    brand: str
    code: str | None
    feats: tuple[str, ...]
    pack: int | None
    fit: str | None  # the key of the tool kind an accessory fits
    text: str = ""
    template: str = ""


@dataclass
class Catalog:
    style: str
    choice: dict[str, int]  # kind key -> index of the name this catalog uses
    withheld: dict[str, list[Size]]  # sizes of the ontology no product of this catalog gets
    once: list[str]  # kinds listed only once or twice
    products: list[Product] = field(default_factory=list)

    def buyer_name(self, kind: Kind) -> str:
        """The catalog's own name of a type, as a buyer types it."""
        name = kind.names[self.choice[kind.key]][0]
        return name.replace("{t}", self.buyer_name(BY_KEY[kind.fits[0]]) if kind.fits else "").lower()

    def shown_name(self, kind: Kind) -> str:
        name, erp = kind.names[self.choice[kind.key]]
        tool = self.shown_name(BY_KEY[kind.fits[0]]) if kind.fits else ""
        return erp.replace("{T}", tool) if self.style == "erp" else name.replace("{t}", tool)

    def of_kind(self, key: str) -> list[Product]:
        return [p for p in self.products if p.kind.key == key]

    def accessories_of(self, key: str) -> list[Product]:
        return [p for p in self.products if p.fit == key]


def _plural(name: str) -> str:
    if name.endswith("fe"):
        return name[:-2] + "ves"
    return name + ("es" if name.endswith(("sh", "ch", "ss", "x")) else "s")


def _article(text: str) -> str:
    """'a' -> 'an' before a vowel sound: an 18 V, an M8, an HSS, an aluminium (not: a utility, a one-metre)."""

    def fix(m: re.Match[str]) -> str:
        w = m.group(2)
        low = w.lower()
        vowel = low[0] in "aeiou" and not low.startswith(("one", "uni", "us", "ut"))
        vowel = vowel or w.startswith("8") or re.match(r"^(11|18)(\D|$)", w) is not None
        upper = w[0] in "AEFHILMNORSX" and w.isupper() and (len(w) <= 4 or w[1:2].isdigit())
        return m.group(1) + ("n " if vowel or upper else " ") + w

    return re.sub(r"\b([Aa]) (\S+)", fix, text)


def _counted(text: str, name: str) -> str:
    """Prose for a plural type name: 'a pair of ... safety boots', 'this pack of ... sanding discs'."""
    i = text.find(name)
    heads = list(re.finditer(r"\b(?:a|A|this|This) ", text[: max(i, 0)]))
    if not name.endswith("s") or name.endswith(("ss", "us")) or not heads:
        return text
    j = heads[-1].end()
    return text[:j] + ("pair" if name.rsplit(maxsplit=1)[-1] in PAIRS else "pack") + " of " + text[j:]


def _code(brand: str, kind: Kind, rng: random.Random) -> str:
    def fill(m: re.Match[str]) -> str:
        f = m.group(1)
        if f in ("c", "s"):
            return kind.letters if f == "c" else rng.choice(("", " E", " CE", " PE"))
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(int(f[1:]) - 1))

    return re.sub(r"\{(\w+)\}", fill, CODE_TEMPLATES[brand])


def _mat_text(mat: str | None, style: str) -> str:
    if mat is None:
        return ""
    return {"erp": MATS[mat].erp, "sentences": MATS[mat].prose}.get(style, MATS[mat].market)


def norm_code(code: str) -> str:
    return "".join(re.findall(r"[a-z0-9]+", code.lower()))


def _render(cat: Catalog, p: Product, rng: random.Random) -> tuple[str, str]:
    """The product's text in the catalog's style, and which template wrote it."""
    style, kind, erp = cat.style, p.kind, cat.style == "erp"
    f = [FEATS[k] for k in p.feats]
    tools = ""
    if p.fit:
        tool = cat.shown_name(BY_KEY[p.fit])
        tools = tool if erp else _plural(tool)
        tools = f"{p.size.text(style)} {tools}" if kind.sized_fit and p.size else tools
    std = rng.choice(kind.std) if kind.std else ""
    values = {
        "name": cat.shown_name(kind), "size": p.size.text(style) if p.size else "", "brand": p.brand,
        "mat": _mat_text(p.mat, "marketplace" if style == "sentences" else style), "mp": _mat_text(p.mat, "sentences"),
        "br": p.brand.upper()[:5], "code": p.code or "", "pack": str(p.pack) if p.pack else "", "tools": tools,
        "f1": (f[0].erp if erp else f[0].market) if f else "", "fp1": f[0].prose if f else "",
        "f2": (f[1].erp if erp else f[1].market) if f[1:] else "", "fp2": f[1].prose if f[1:] else "",
        "std": std if erp else re.sub(r"^([A-Z]+)(\d)", r"\1 \2", std),
    }  # fmt: skip
    values["Name"] = values["name"][:1].upper() + values["name"][1:]
    needed = {g for k, g in GRADED.items() if values[k]}
    valid = []
    for n, tpl in enumerate(TEMPLATES[style][kind.family]):
        fields = {fld for _, fld, _, _ in string.Formatter().parse(tpl) if fld}
        if all(values[x] for x in fields) and needed <= {GRADED[x] for x in fields if x in GRADED}:
            valid.append((n, tpl))
    if not valid:
        raise SystemExit(f"no {style} template prints every graded attribute of {kind.key!r}")
    n, tpl = rng.choice(valid)
    text = tpl.format(**values)
    if style == "sentences":
        text = _article(_counted(text, values["name"]).replace("Sized size ", "In size "))
    return text.upper() if erp else text, f"{kind.family}{n}"


def build_catalog(style: str, rng: random.Random) -> Catalog:
    choice = {k.key: rng.randrange(len(k.names)) for k in KINDS}
    withheld = {k.key: rng.sample(k.sizes, 2 if len(k.sizes) >= 7 else 1) for k in KINDS if len(k.sizes) >= 4}
    targets = {f for k in KINDS for f in k.fits}
    eligible = [k.key for k in KINDS if k.family != "acc" and k.key not in targets]
    cat = Catalog(style, choice, withheld, sorted(rng.sample(eligible, 12), key=eligible.index))
    seen_text: set[str] = set()
    seen_code: set[str] = set()
    for kind in KINDS:
        n = rng.randint(1, 2) if kind.key in cat.once else rng.randint(4, 8) if kind.fits else rng.randint(6, 11)
        pool = [s for s in kind.sizes if s not in withheld.get(kind.key, [])]
        made = 0
        for _ in range(n * 20):
            brand = rng.choice(BRANDS[kind.brands])
            code = _code(brand, kind, rng) if kind.family == "tool" else None
            feats = tuple(rng.sample(kind.feats, rng.randint(0, min(2, len(kind.feats)))))
            p = Product(
                "", kind, rng.choice(pool) if pool else None, rng.choice(kind.mats) if kind.mats else None, brand, code,
                feats, rng.choice(kind.packs) if kind.packs else None, rng.choice(kind.fits) if kind.fits else None,
            )  # fmt: skip
            p.text, p.template = _render(cat, p, rng)
            if p.text in seen_text or (code and norm_code(code) in seen_code):
                continue
            seen_text.add(p.text)
            seen_code.update([norm_code(code)] if code else [])
            cat.products.append(p)
            made += 1
            if made == n:
                break
    rng.shuffle(cat.products)
    for i, p in enumerate(cat.products, 1):
        p.pid = f"{STYLES[style]}-{i:04d}"
    return cat


# -------------------------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class Ask:
    """What a query asks for: grades are derived from this alone."""

    kind: str
    size: Size | None = None
    mats: frozenset[str] | None = None
    brand: str | None = None
    code: str | None = None
    fit: str | None = None


@dataclass(frozen=True)
class Query:
    text: str
    category: str
    ask: Ask
    mark: str = ""  # synonym: the synonym name; typo: the misspelt word


def grade(p: Product, ask: Ask) -> int:
    """0: another type; 2: the asked type with every asked attribute; 1: the asked type otherwise."""
    if p.kind.key != ask.kind:
        return 0
    checks = (
        ask.size is None or (p.size is not None and p.size.covers(ask.size)),
        ask.mats is None or p.mat in ask.mats,
        ask.brand is None or p.brand == ask.brand,
        ask.fit is None or p.fit == ask.fit,
        ask.code is None or (p.code is not None and norm_code(p.code) == ask.code),
    )
    return 2 if all(checks) else 1


def _mat_words(mat: str) -> list[str]:
    return [*MATS[mat].words, *FAMILY_WORDS.get(MATS[mat].family, ())]


def _mats_for(kind: Kind, word: str) -> frozenset[str]:
    return frozenset(m for m in kind.mats if word in _mat_words(m))


def _typo(word: str, vocab: set[str], rng: random.Random) -> str | None:
    if word in COMMON_TYPOS and COMMON_TYPOS[word] not in vocab and rng.random() < 0.5:
        return COMMON_TYPOS[word]
    for _ in range(20):
        i, op = rng.randrange(1, len(word) - 1), rng.randrange(4)
        out = [
            word[:i] + word[i + 1] + word[i] + word[i + 2 :],  # swap
            word[:i] + word[i + 1 :],  # drop
            word[:i] + word[i] + word[i:],  # double
            word[:i] + rng.choice("aeiou") + word[i + 1 :],  # wrong vowel
        ][op]
        if out != word and out not in vocab:
            return out
    return None


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _order(rng: random.Random, *parts: str) -> str:
    """The parts in order, or (sometimes) the last one moved to the front, as buyers do with sizes."""
    kept = [x for x in parts if x]
    if len(kept) > 1 and rng.random() < 0.3:
        kept = [kept[-1], *kept[:-1]]
    return " ".join(kept)


def candidates(cat: Catalog, rng: random.Random) -> dict[str, list[Query]]:
    """Every query the catalog's structure supports, by class."""
    out: dict[str, list[Query]] = {c: [] for c in CLASSES}
    vocab = {t for p in cat.products for t in _tokens(p.text)}
    with_acc = {k.key for k in KINDS if cat.accessories_of(k.key)}
    bases: list[Query] = []  # what typo queries misspell

    def add(cls: str, text: str, ask: Ask, mark: str = "", base: bool = False) -> None:
        out[cls].append(Query(text, cls, ask, mark))
        if base:
            bases.append(out[cls][-1])

    for kind in (k for k in KINDS if k.key not in cat.once):
        name, prods = cat.buyer_name(kind), cat.of_kind(kind.key)
        tool_cls = "accessory_not_asked" if kind.key in with_acc else ""
        sizes = list(dict.fromkeys(p.size for p in prods if p.size))
        mats = list(dict.fromkeys(p.mat for p in prods if p.mat))
        for s in sizes:
            text, ask = _order(rng, name, rng.choice(s.buyer_forms())), Ask(kind.key, size=s)
            with_mat = [p.mat for p in prods if p.size == s and p.mat]
            if with_mat and rng.random() < 0.3:
                word = rng.choice(_mat_words(with_mat[0]))
                text, ask = f"{text} {word}", Ask(kind.key, size=s, mats=_mats_for(kind, word))
            add(tool_cls or "type_size", text, ask, base=True)
            if s.other_forms():
                other, asked = rng.choice(s.other_forms())
                add("size_other_form", _order(rng, name, other), Ask(kind.key, size=asked))
        if len(mats) > 1:  # a material query only tells products apart when the type comes in several
            for m in mats:
                word = rng.choice(_mat_words(m))
                sized = [p.size for p in prods if p.mat == m and p.size]
                if sized and rng.random() < 0.4:
                    s = rng.choice(sized)
                    ask = Ask(kind.key, size=s, mats=_mats_for(kind, word))
                    add(tool_cls or "type_material", f"{word} {name} {rng.choice(s.buyer_forms())}", ask, base=True)
                else:
                    ask = Ask(kind.key, mats=_mats_for(kind, word))
                    add(tool_cls or "type_material", _order(rng, name, word), ask, base=True)
        for s in cat.withheld.get(kind.key, []):
            text, asked = rng.choice([(f, s) for f in s.buyer_forms()] + s.other_forms())
            if not any(p.size and p.size.clashes(asked) for p in prods):
                add("size_missing", _order(rng, name, text), Ask(kind.key, size=asked))
        if tool_cls:
            add(tool_cls, name, Ask(kind.key))
            if kind.family == "tool":
                brand = rng.choice(prods).brand
                add(tool_cls, f"{brand.lower()} {name}", Ask(kind.key, brand=brand))
        for p in prods:
            if p.code:
                parts = re.findall(r"[A-Za-z]+|\d+", p.code)
                form = rng.choice(["".join(parts), " ".join(parts), "-".join(parts), p.code])
                form = form if rng.random() < 0.2 else form.lower()
                text = rng.choice([form, f"{p.brand.lower()} {form}", f"{form} {name}", f"{name} {form}"])
                add("code", text, Ask(kind.key, code=norm_code(p.code)))
        for i, (syn, _) in enumerate(kind.names):  # names the catalog does not use, no word of them in its texts
            low, own = syn.lower(), set(_tokens(name))
            distinct = [t for t in _tokens(low) if t not in own]
            if i == cat.choice[kind.key] or "{t}" in syn or not distinct or any(t in vocab for t in distinct):
                continue
            add("synonym", low, Ask(kind.key), low)
            for s in sizes[:3]:
                add("synonym", _order(rng, low, rng.choice(s.buyer_forms())), Ask(kind.key, size=s), low)
            for m in mats[:2]:
                word = rng.choice(_mat_words(m))
                add("synonym", f"{word} {low}", Ask(kind.key, mats=_mats_for(kind, word)), low)
        for fit in dict.fromkeys(p.fit for p in prods if p.fit):
            tool = cat.buyer_name(BY_KEY[fit])
            named = tool in name  # "jigsaw blades" names its tool already
            ask_fit = None if named else fit
            for s in sizes[:3]:
                sf = rng.choice(s.buyer_forms())
                if kind.sized_fit:
                    text = rng.choice([f"{name} for {sf} {_plural(tool)}", f"{_plural(name)} for {sf} {tool}"])
                elif named:
                    text = _order(rng, name, sf)
                else:
                    text = rng.choice([f"{name} {sf} for {tool}", f"{tool} {name} {sf}"])
                add("accessory_asked", text, Ask(kind.key, size=s, fit=ask_fit))
            if not kind.sized_fit:
                text = name if named else rng.choice([f"{name} for {tool}", f"{tool} {name}"])
                add("accessory_asked", text, Ask(kind.key, fit=ask_fit))
            for m in mats[:2]:
                word = rng.choice(_mat_words(m))
                text = f"{word} {name}" + ("" if named else f" for {tool}")
                add("accessory_asked", text, Ask(kind.key, mats=_mats_for(kind, word), fit=ask_fit))
    for key in cat.once:
        kind = BY_KEY[key]
        name = cat.buyer_name(kind)
        add("type_once", name, Ask(key))
        for p in cat.of_kind(key):
            if p.size:
                add("type_once", _order(rng, name, rng.choice(p.size.buyer_forms())), Ask(key, size=p.size))
            if p.mat:
                word = rng.choice(_mat_words(p.mat))
                add("type_once", f"{word} {name}", Ask(key, mats=_mats_for(kind, word)))
            if kind.family == "tool":
                add("type_once", f"{p.brand.lower()} {name}", Ask(key, brand=p.brand))
    for q in bases:
        words = [w for w in _tokens(cat.buyer_name(BY_KEY[q.ask.kind])) if len(w) >= 5 and w.isalpha()]
        word = rng.choice(words) if words else ""
        bad = _typo(word, vocab, rng) if word else None
        if bad:
            add("typo", re.sub(rf"\b{re.escape(word)}\b", bad, q.text, count=1), q.ask, bad)
    return out


def is_dev(text: str) -> bool:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 100 < DEV_PERCENT


def pick_queries(cat: Catalog, rng: random.Random) -> list[Query]:
    """At most PER_CLASS queries per class, each text once (the first class in CLASSES that has it wins)."""
    chosen: list[Query] = []
    seen: set[str] = set()
    for pool in candidates(cat, rng).values():
        unique = list({q.text: q for q in reversed(pool)}.values())[::-1]
        rng.shuffle(unique)
        fresh = [q for q in unique if q.text not in seen][:PER_CLASS]
        seen.update(q.text for q in fresh)
        chosen += fresh
    return chosen


# ---------------------------------------------------------------------------------------------- checks


def self_check(cat: Catalog, queries: list[Query], grades: dict[str, dict[str, int]]) -> None:
    """Stop the script when a rule is broken: >= 80 types with unique buyer names; 600-1000 products,
    unique, each printing its graded attributes; every query with a relevant product and only products of
    its type graded; a ``size_missing`` size (not even its first value) on no product of the type; no own
    word of a ``synonym`` and no ``typo`` word in any product text; accessories in the catalog for each
    ``accessory_not_asked`` tool; ``type_once`` types with <= 2 products; one grade-2 product per ``code``
    query; split sizes and classes; the dev queries' products written by varied templates."""

    def fail(msg: str) -> None:
        raise SystemExit(f"self-check ({cat.style}): {msg}")

    names = [cat.buyer_name(k) for k in KINDS]
    if len(KINDS) < 80 or len(BY_KEY) != len(KINDS) or len(set(names)) != len(names):
        fail("the ontology needs >= 80 product types with unique keys and buyer names")
    n = len(cat.products)
    if not 600 <= n <= 1000 or len({p.text for p in cat.products}) != n or len({p.pid for p in cat.products}) != n:
        fail(f"{n} products (600-1000 needed), or product ids or texts repeat")
    vocab = {t for p in cat.products for t in _tokens(p.text)}
    by_id = {p.pid: p for p in cat.products}
    for p in cat.products:
        tool = cat.shown_name(BY_KEY[p.fit]) if p.fit else ""
        shown = (p.size.text(cat.style) if p.size else "", p.code or "", _mat_text(p.mat, cat.style), tool)
        if any(x.lower() not in p.text.lower() for x in shown):
            fail(f"{p.pid} {p.text!r} does not print its graded attributes")
    if len({q.text for q in queries}) != len(queries):
        fail("a query text repeats")
    for q in queries:
        g, prods, where = grades[q.text], cat.of_kind(q.ask.kind), f"{q.category} {q.text!r}"
        if not g or any(by_id[pid].kind.key != q.ask.kind for pid in g):
            fail(f"{where}: no relevant product, or one of another type graded")
        if q.category == "size_missing" and (
            q.ask.size is None or any(p.size and p.size.clashes(q.ask.size) for p in prods) or 2 in g.values()
        ):
            fail(f"{where}: the size exists for that type")
        own = _tokens(cat.buyer_name(BY_KEY[q.ask.kind]))
        if q.category == "synonym" and any(t in vocab for t in _tokens(q.mark) if t not in own):
            fail(f"{where}: a word of the synonym occurs in a product text")
        if q.category == "typo" and (q.mark in vocab or q.mark not in _tokens(q.text)):
            fail(f"{where}: the misspelt word {q.mark!r} is a catalog word or missing")
        if q.category == "accessory_not_asked" and not cat.accessories_of(q.ask.kind):
            fail(f"{where}: the catalog has no accessory for that tool")
        if q.category == "accessory_asked" and not BY_KEY[q.ask.kind].fits:
            fail(f"{where}: the asked type is no accessory")
        if q.category == "type_once" and len(prods) > 2:
            fail(f"{where}: the type has {len(prods)} products")
        if q.category == "code" and list(g.values()).count(2) != 1:
            fail(f"{where}: not exactly one product has that code")
    for split, minimum in (("train", MIN_TRAIN), ("dev", MIN_DEV)):
        mine = [q for q in queries if is_dev(q.text) == (split == "dev")]
        missing = set(CLASSES) - {q.category for q in mine}
        if len(mine) < minimum or missing:
            fail(f"{len(mine)} {split} queries (at least {minimum}), classes missing: {sorted(missing)}")
    dev = {by_id[pid].template for q in queries if is_dev(q.text) for pid, v in grades[q.text].items() if v == 2}
    if len(dev) < 12:
        fail(f"the dev queries' products come from only {len(dev)} templates")


# ----------------------------------------------------------------------------------------------- main


def write(cat: Catalog, queries: list[Query], grades: dict[str, dict[str, int]], out: Path) -> Counter[tuple[str, str]]:
    (out / "qrels").mkdir(parents=True, exist_ok=True)
    products = sorted(cat.products, key=lambda p: p.pid)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for p in products:
            fh.write(json.dumps({"_id": p.pid, "title": "", "text": p.text}, ensure_ascii=False) + "\n")
    counts: Counter[tuple[str, str]] = Counter()
    with (out / "queries.jsonl").open("w", encoding="utf-8") as q_fh:
        for split in ("train", "dev"):
            mine = [q for q in queries if is_dev(q.text) == (split == "dev")]
            with (out / "qrels" / f"{split}.tsv").open("w", encoding="utf-8") as r_fh:
                r_fh.write("query-id\tcorpus-id\tscore\n")
                for n, q in enumerate(mine):
                    qid = f"{split}-{n:03d}"
                    record = {"_id": qid, "text": q.text, "category": q.category}
                    q_fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    g = grades[q.text]
                    r_fh.writelines(f"{qid}\t{p.pid}\t{g[p.pid]}\n" for p in products if p.pid in g)
                    counts[split, q.category] += 1
    about = (
        f"Synthetic {cat.style}-style hardware catalog for training and development (not a held-out set), written by "
        "scripts/make_training_catalogs.py; grades derived from its ontology: 2 the asked type with the asked "
        "attributes, 1 the asked type otherwise, accessories never relevant to a query for their tool."
    )
    # "split": what `product-search models evaluate --set` reads (development, never trained on); no thresholds.
    gate = {"about": about, "splits": ["train", "dev"], "split": "dev"}
    (out / "gate.json").write_text(json.dumps(gate, indent=2) + "\n", encoding="utf-8")
    return counts


def main(root: Path) -> None:
    for n, style in enumerate(STYLES):
        rng = random.Random(SEED + n)  # nosec B311 (a reproducible catalog, not a secret)
        cat = build_catalog(style, rng)
        queries = pick_queries(cat, rng)
        grades = {q.text: {p.pid: g for p in cat.products if (g := grade(p, q.ask))} for q in queries}
        self_check(cat, queries, grades)
        counts = write(cat, queries, grades, root / style)
        train, dev = (sum(v for (s, _), v in counts.items() if s == split) for split in ("train", "dev"))
        print(f"{style}: {len(cat.products)} products, {train} train and {dev} dev queries")
        for cls in CLASSES:
            print(f"  {cls:20s} train {counts['train', cls]:3d}  dev {counts['dev', cls]:3d}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "training")
