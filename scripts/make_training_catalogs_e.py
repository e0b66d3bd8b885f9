"""Write two synthetic MRO / industrial-supply training catalogs with graded buyer queries.

Usage:
    python3 scripts/make_training_catalogs_e.py [OUT_DIR]      # default OUT_DIR: data/training

Writes ``OUT_DIR/feed`` and ``OUT_DIR/howto``, each holding ``corpus.jsonl``, ``queries.jsonl``,
``qrels/train.tsv``, ``qrels/dev.tsv`` and ``gate.json``. Standard library only; output is byte-for-byte
deterministic (string-seeded ``random.Random``, sorted or table-order iteration, no clock).

Styles
    feed   (ids TFD-0001...) a wholesaler's data feed. ``title`` is "<Brand> <MPN> <Description In Title Case>"
           with the part number early; the type is sometimes named last after its attributes. ``text`` is a short
           "Field: value; Field: value" attribute summary, or "" for some rows (never for accessories).
    howto  (ids THW-0001...) an application-led catalog with no title: one to three sentences saying what the
           product is for and how it is used, the type often named late, sizes inside the sentences, and
           accessories described by the tool they fit.

Ontology
    About 160 product types weighted towards MRO and engineering supply (bearings, belts and transmission,
    pneumatics, hydraulics, cutting tools, measuring, welding, lubrication, janitorial, material handling) plus
    fasteners, plumbing, electrical, hand tools, PPE, adhesives and fictional-brand power tools with their
    batteries, chargers and accessories. Each type carries printed names, trade synonyms that are never printed,
    a size pool, materials with buyer tags, optional standards and attributes, and (accessories) the tools it fits.
    Common types get 5-15 products; types flagged rare get one or two.

Sizes
    A size is (dimension, values in the dimension's base unit). Bases: length in mm (mm, cm, m), metric thread
    "M" (M10 x 50 -> (10, 50)), inch (fractions, a separate base: imperial never matches metric), mass in g
    (g, kg), volume in ml (ml, l), oz, V, Ah, W, Nm, bar, A, mm2, grit, TPI, teeth, garment and UK shoe sizes.
    A queried size matches a product when its values are a prefix of one of the product's sizes in the same
    dimension ("8mm" matches "8 x 110 mm"; "60cm" matches "600 mm").

Query classes (field ``category``)
    type_size, type_material, size_other_form, size_missing, typo, code, synonym, accessory_not_asked,
    accessory_asked, type_once. Every class appears in both splits; a query is dev when the first byte of
    SHA-256(text) is below 64.

Grades
    Taken from the generator's structured records, never from a text search. Only products of the asked type
    are relevant: 2 when the product has every asked attribute (size prefix, material tag, brand, model code,
    fitted tool), else 1. Accessories are never relevant to a query for their tool, nor the tool to a query
    for its accessory. The script ends with a self check and exits with an error when a rule is broken.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

SEED = "training-catalogs-e-v1"
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
PER_CLASS = 72
STYLES = (("feed", "TFD"), ("howto", "THW"))


# --------------------------------------------------------------------------------------------------------------
# Materials: key -> (printed text, buyer tags)
# --------------------------------------------------------------------------------------------------------------
MATERIALS: dict[str, tuple[str, tuple[str, ...]]] = {
    "bzp": ("bright zinc plated", ("zinc plated", "bzp", "zinc")),
    "yzp": ("yellow zinc passivated", ("yellow zinc", "yzp")),
    "a2": ("A2 stainless", ("stainless", "a2", "304")),
    "a4": ("A4 marine grade stainless", ("stainless", "a4", "316", "marine")),
    "hdg": ("hot-dip galvanised", ("galvanised", "galvanized", "hdg")),
    "gr88": ("grade 8.8 steel", ("8.8", "high tensile")),
    "gr109": ("grade 10.9 black", ("10.9", "high tensile", "black")),
    "blk": ("self colour black", ("black", "self colour")),
    "brass": ("brass", ("brass",)),
    "dzr": ("DZR brass", ("brass", "dzr")),
    "copper": ("copper", ("copper",)),
    "chrome": ("chrome plated brass", ("chrome", "chrome plated", "brass")),
    "pvc": ("PVC", ("pvc", "plastic")),
    "nylon": ("nylon", ("nylon", "plastic")),
    "pp": ("polypropylene", ("polypropylene", "plastic")),
    "pu": ("polyurethane", ("polyurethane", "pu")),
    "alu": ("aluminium", ("aluminium", "aluminum", "alloy")),
    "steel": ("carbon steel", ("steel",)),
    "chromesteel": ("chrome steel", ("chrome steel", "steel")),
    "ss304": ("304 stainless steel", ("stainless", "304")),
    "ss316": ("316 stainless steel", ("stainless", "316")),
    "cast": ("cast iron", ("cast iron",)),
    "hss": ("ground HSS", ("hss", "high speed steel")),
    "hssco": ("HSS-Co 5% cobalt", ("cobalt", "hss-co")),
    "tin": ("titanium nitride coated HSS", ("titanium", "tin coated")),
    "carbide": ("solid carbide", ("carbide",)),
    "bimetal": ("bi-metal", ("bi-metal", "bimetal")),
    "tct": ("tungsten carbide tipped", ("tct", "carbide tipped")),
    "crv": ("chrome vanadium", ("chrome vanadium", "crv")),
    "s2": ("S2 tool steel", ("s2",)),
    "nitrile": ("nitrile", ("nitrile",)),
    "latex": ("natural latex", ("latex",)),
    "rubber": ("rubber", ("rubber",)),
    "leather": ("cowhide leather", ("leather",)),
    "polyester": ("polyester", ("polyester",)),
    "fibreglass": ("fibreglass", ("fibreglass", "fiberglass")),
    "hickory": ("hickory", ("wooden", "hickory")),
    "abs": ("ABS", ("abs", "plastic")),
    "ptfe": ("PTFE", ("ptfe",)),
    "alloysteel": ("alloy steel grade T", ("alloy steel", "grade t")),
    "diamond": ("segmented diamond", ("diamond",)),
    "zirconia": ("zirconia", ("zirconia",)),
    "alox": ("aluminium oxide", ("aluminium oxide", "alox")),
}


# --------------------------------------------------------------------------------------------------------------
# Ontology
# --------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PType:
    """One product type of the ontology."""

    key: str
    name: str
    plural: str
    group: str
    sizes: tuple[tuple[str, ...], ...]
    mats: tuple[str, ...]
    syns: tuple[str, ...]
    rare: bool
    kind: str  # "", "tool" or "acc"
    fits: tuple[str, ...]
    brandfit: bool
    use: str
    attrs: tuple[str, ...]
    labels: tuple[str, ...]
    std: tuple[str, ...]


_GROUP = [""]
_TYPES: list[PType] = []


def group(name: str) -> None:
    """Set the group for the following type definitions."""
    _GROUP[0] = name


def t(
    name: str,
    sizes: str,
    mats: str = "",
    syn: str = "",
    *,
    use: str,
    pl: str = "",
    rare: bool = False,
    kind: str = "",
    fits: str = "",
    brandfit: bool = False,
    attrs: str = "",
    labels: str = "",
    std: str = "",
) -> None:
    """Add one type. Lists are '|'-separated; size components are joined with '+'; fits and mats with ','."""
    if pl:
        plural = pl
    elif name.endswith("y") and name[-2] not in "aeiou":
        plural = name[:-1] + "ies"
    elif name.endswith(("s", "x", "ch", "sh")):
        plural = name + "es"
    else:
        plural = name + "s"
    _TYPES.append(
        PType(
            key=name,
            name=name,
            plural=plural,
            group=_GROUP[0],
            sizes=tuple(tuple(s.split("+")) for s in sizes.split("|") if s),
            mats=tuple(m for m in mats.split(",") if m),
            syns=tuple(s for s in syn.split("|") if s),
            rare=rare,
            kind=kind,
            fits=tuple(f for f in fits.split(",") if f),
            brandfit=brandfit,
            use=use,
            attrs=tuple(a for a in attrs.split("|") if a),
            labels=tuple(x for x in labels.split("|") if x),
            std=tuple(s for s in std.split("|") if s),
        )
    )


group("fasteners")
t(
    "hex bolt",
    "M6 x 30|M8 x 40|M8 x 60|M10 x 50|M10 x 80|M12 x 60|M12 x 100|M16 x 80|M20 x 100",
    "gr88,bzp,a2,a4,hdg",
    "machine bolt",
    std="DIN 931|ISO 4014",
    attrs="part threaded|pack of 25|box of 50",
    use="bolting steel sections, brackets and machinery bases together",
)
t(
    "hex set screw",
    "M5 x 20|M6 x 25|M8 x 20|M8 x 30|M10 x 30|M10 x 40|M12 x 50|M16 x 40",
    "gr88,bzp,a2,a4",
    "full thread bolt",
    std="DIN 933|ISO 4017",
    attrs="thread to head|pack of 50|pack of 100",
    use="clamping plates and guards where the thread must run right up to the head",
)
t(
    "hex nut",
    "M4|M5|M6|M8|M10|M12|M16|M20|M24",
    "bzp,a2,a4,hdg,gr88",
    std="DIN 934|ISO 4032",
    attrs="pack of 100|box of 200",
    use="securing bolts and threaded rod on general assembly work",
)
t(
    "nyloc nut",
    "M4|M5|M6|M8|M10|M12|M16",
    "bzp,a2,a4",
    "nylon insert lock nut|stiffnut",
    std="DIN 985",
    attrs="pack of 100|pack of 50",
    use="locking fixings that are exposed to vibration on machinery and trailers",
)
t(
    "flat washer",
    "M5|M6|M8|M10|M12|M16|M20",
    "bzp,a2,a4,hdg",
    "form a washer",
    std="DIN 125|ISO 7089",
    attrs="pack of 200|bag of 100",
    use="spreading the load of a bolt head or nut on softer surfaces",
)
t(
    "coach screw",
    "M6 x 50|M8 x 75|M8 x 100|M10 x 100|M10 x 150|M12 x 150",
    "bzp,hdg,a2",
    "lag bolt",
    std="DIN 571",
    attrs="pack of 10|pack of 25",
    use="fixing ledgers to posts in heavy timber framing",
)
t(
    "wood screw",
    "3.5 x 30 mm|4 x 40 mm|4 x 50 mm|5 x 60 mm|5 x 80 mm|6 x 100 mm",
    "yzp,bzp,a2",
    "twinthread screw",
    attrs="pozi drive|box of 200|torx drive",
    use="fixing timber to timber in general joinery",
)
t(
    "self-tapping screw",
    "3.5 x 13 mm|4.2 x 19 mm|4.8 x 25 mm|5.5 x 32 mm",
    "bzp,a2",
    "tek screw",
    attrs="pan head|countersunk|pack of 100",
    use="fixing thin sheet metal and plastic without a nut",
)
t(
    "threaded rod",
    "M6 x 1 m|M8 x 1 m|M10 x 1 m|M12 x 1 m|M16 x 1 m|M10 x 3 m",
    "bzp,a2,gr88",
    "studding|allthread",
    std="DIN 975",
    use="hanging pipework, ducting and cable tray from the soffit",
)
t(
    "socket cap screw",
    "M3 x 10|M4 x 16|M5 x 20|M6 x 25|M8 x 30|M10 x 40|M12 x 50",
    "gr109,a2,a4",
    "allen bolt|cap head",
    std="DIN 912|ISO 4762",
    attrs="pack of 50|pack of 25",
    use="assembling tooling, jigs and machine parts precisely",
)
t(
    "sleeve anchor",
    "M8 x 65 mm|M10 x 80 mm|M12 x 100 mm|M8 x 45 mm",
    "bzp,a4",
    "expansion bolt",
    attrs="pack of 10|hex nut head",
    use="fixing racking and brackets into concrete and brick",
)
t(
    "wall plug",
    "5 x 25 mm|6 x 30 mm|8 x 40 mm|10 x 50 mm",
    "nylon,pp",
    "fixing plug|raw plug",
    attrs="box of 100|pack of 500",
    use="giving screws a firm grip in masonry walls",
)
t(
    "blind rivet",
    "3.2 x 8 mm|4 x 10 mm|4.8 x 12 mm|4.8 x 16 mm",
    "alu,a2,steel",
    "pop rivet",
    attrs="dome head|large flange|box of 500",
    use="joining sheet metal from one side only",
)
t("t-nut", "M6|M8|M10", "bzp", "tee nut", rare=True, attrs="four prong", use="making threaded inserts in timber panels")
t(
    "dowel pin",
    "6 x 20 mm|8 x 30 mm|10 x 40 mm",
    "steel,a2",
    "parallel pin",
    rare=True,
    std="ISO 8734",
    use="locating two machined parts precisely",
)

group("plumbing")
t(
    "compression elbow",
    "15 mm|22 mm|28 mm|10 mm",
    "brass,chrome,dzr",
    "compression knee",
    std="EN 1254-2",
    attrs="equal|pack of 5",
    use="joining copper pipe round a corner without soldering",
)
t(
    "compression tee",
    "15 mm|22 mm|28 mm",
    "brass,chrome",
    "compression branch",
    std="EN 1254-2",
    attrs="equal|reducing",
    use="taking a branch off a copper run without heat",
)
t(
    "push-fit coupler",
    "10 mm|15 mm|22 mm|28 mm",
    "pp,brass",
    "push-in joiner",
    attrs="straight|demountable",
    use="making quick repairs and extensions on copper and plastic pipe",
)
t(
    "ball valve",
    '1/2"|3/4"|1"|1-1/4"|2"',
    "brass,dzr,ss316",
    "quarter turn valve|lever valve",
    attrs="full bore|lever handle|butterfly handle|WRAS approved",
    labels="Size",
    use="isolating water, air and oil lines quickly",
)
t(
    "copper pipe",
    "15 mm x 3 m|22 mm x 3 m|28 mm x 3 m|10 mm x 2 m|15 mm x 2 m",
    "copper",
    "copper tube",
    std="EN 1057 R250",
    attrs="half hard|table X",
    use="running hot and cold water supply and heating pipework",
)
t(
    "ptfe tape",
    "12 mm x 12 m|19 mm x 15 m|12 mm x 6 m",
    "ptfe",
    "plumbers tape|thread seal tape",
    attrs="10 rolls|gas rated",
    use="sealing threaded pipe joints on water, air and gas",
)
t(
    "pipe clip",
    "15 mm|22 mm|28 mm|35 mm",
    "pp,copper",
    "pipe saddle",
    attrs="single|double|pack of 50",
    use="holding pipe runs neatly to walls and joists",
)
t(
    "flexible tap connector",
    '15 mm x 1/2" x 300 mm|15 mm x 3/4" x 500 mm|22 mm x 3/4" x 300 mm',
    "ss304",
    "tap tail",
    rare=True,
    use="connecting taps and appliances to the supply",
)
t(
    "worm drive hose clip",
    "8-12 mm|10-16 mm|12-22 mm|16-27 mm|25-40 mm|32-50 mm",
    "bzp,a2,a4",
    "jubilee clip|worm drive clamp",
    std="DIN 3017",
    attrs="9 mm band|12 mm band|pack of 10",
    use="clamping rubber hose onto spigots and pipe ends",
)

group("electrical")
t(
    "cable tie",
    "2.5 x 100 mm|3.6 x 200 mm|4.8 x 300 mm|7.6 x 450 mm|4.8 x 200 mm",
    "nylon,ss316",
    "zip tie",
    attrs="black UV stable|natural|pack of 100",
    use="bundling cables and hoses neatly",
)
t(
    "insulation tape",
    "19 mm x 20 m|19 mm x 33 m|25 mm x 20 m",
    "pvc",
    "electrical tape|lecky tape",
    attrs="black|colour mix 10 pack",
    use="insulating and colour coding cable joints",
)
t(
    "ring crimp terminal",
    "1.5 mm2|2.5 mm2|6 mm2|10 mm2",
    "copper",
    "eyelet lug",
    attrs="red|blue|yellow|100 pack",
    use="terminating stranded cable on studs and screw terminals",
)
t(
    "lever connector",
    "2.5 mm2|4 mm2|6 mm2",
    "pp",
    "splice connector|lever nut",
    attrs="3-way|5-way|2-way",
    use="joining conductors without tools in lighting and socket circuits",
)
t(
    "twin and earth cable",
    "1.5 mm2+100 m|2.5 mm2+100 m|6 mm2+50 m|1.0 mm2+100 m",
    "pvc",
    "t&e|flat twin",
    std="BS 6004",
    attrs="grey|white",
    use="wiring fixed lighting, socket and cooker circuits",
)
t(
    "flexible cable",
    "0.75 mm2+50 m|1.5 mm2+50 m|2.5 mm2+25 m|1.0 mm2+100 m",
    "pvc,rubber",
    "flex",
    attrs="3 core|2 core|arctic blue",
    use="connecting portable tools and appliances to a plug",
)
t(
    "circuit breaker",
    "6 A|16 A|20 A|32 A|40 A",
    "abs",
    "mcb|trip switch",
    std="BS EN 60898",
    attrs="type B|type C|single pole",
    use="protecting final circuits in consumer units and distribution boards",
)
t(
    "LED floodlight",
    "10 W|20 W|30 W|50 W|100 W",
    "alu",
    "security light",
    attrs="IP65|with PIR|4000K",
    use="lighting yards, loading bays and building sites",
)
t(
    "cable gland",
    "M20|M25|M32",
    "nylon,brass",
    "stuffing gland",
    rare=True,
    attrs="IP68|with locknut",
    use="sealing a cable where it enters an enclosure",
)

group("hand tools")
t(
    "claw hammer",
    "16oz|20oz|22oz|24oz",
    "fibreglass,hickory,steel",
    "nail hammer",
    attrs="straight claw|curved claw",
    use="driving and drawing nails in carpentry and first fix",
)
t(
    "ball pein hammer",
    "8oz|16oz|24oz|32oz",
    "hickory,fibreglass",
    "engineers hammer",
    attrs="drop forged",
    use="shaping metal, setting rivets and striking punches",
)
t(
    "hex key set",
    "1.5-10 mm|2-10 mm|1/16-3/8 in",
    "crv,s2",
    "allen key|allen wrench",
    attrs="ball end|9 piece|long arm",
    use="tightening socket screws on machines and furniture",
)
t(
    "combination spanner",
    "8 mm|10 mm|13 mm|17 mm|19 mm|24 mm",
    "crv",
    "ring spanner|combo wrench",
    attrs="12 point|ratchet ring",
    use="turning nuts and bolts in tight spaces",
)
t(
    "adjustable spanner",
    "150 mm|200 mm|250 mm|300 mm",
    "crv,steel",
    "shifter|shifting spanner",
    attrs="wide jaw|phosphate finish",
    use="gripping odd sized nuts and fittings",
)
t(
    "socket set",
    '1/4"|3/8"|1/2"',
    "crv",
    "ratchet set",
    attrs="40 piece|94 piece|25 piece metric",
    use="servicing vehicles and workshop machinery",
)
t(
    "utility knife",
    "18 mm|25 mm|9 mm",
    "alu,abs",
    "box cutter|trimming knife",
    attrs="retractable|snap-off",
    pl="utility knives",
    use="cutting cardboard, carpet, cable sheath and plasterboard",
)
t(
    "hacksaw",
    "300 mm|250 mm",
    "steel,alu",
    "metal saw",
    attrs="24 TPI blade fitted|tubular frame",
    use="cutting steel bar, pipe and threaded rod by hand",
)
t(
    "water pump pliers",
    "180 mm|250 mm|300 mm",
    "crv",
    "slip joint pliers|grips",
    attrs="box joint|push button",
    pl="water pump pliers",
    use="gripping pipes, nuts and fittings of many sizes",
)
t(
    "pipe wrench",
    '10"|14"|18"|24"',
    "cast,alu",
    "stillson",
    attrs="heavy duty",
    labels="Size",
    use="turning threaded pipe and round stock",
)
t(
    "torque wrench",
    '1/4"+5-25Nm|3/8"+20-110Nm|1/2"+40-210Nm|1/2"+60-340Nm',
    "crv",
    "click wrench",
    attrs="calibration certificate|reversible ratchet",
    use="tightening wheel nuts and fasteners to a set torque",
)
t(
    "cold chisel",
    "150 mm|250 mm|300 mm",
    "crv",
    "bolster",
    rare=True,
    attrs="with hand guard",
    use="cutting rivets, bolts and chipping masonry",
)
t(
    "engineers file",
    "150 mm|200 mm|250 mm",
    "steel",
    "bastard file",
    rare=True,
    attrs="second cut|flat",
    use="deburring and shaping metal",
)
t("pin punch set", "6 piece|8 piece", "crv", "drift set", rare=True, use="driving out roll pins and dowels")

group("cutting tools")
t(
    "jobber drill bit",
    "1 mm|2 mm|3 mm|3.5 mm|4 mm|5 mm|6 mm|6.5 mm|8 mm|10 mm|12 mm|13 mm",
    "hss,hssco,tin",
    "twist drill|twist bit",
    std="DIN 338",
    attrs="118 degree point|135 degree split point|pack of 10",
    use="drilling steel, aluminium and plastics",
)
t(
    "machine tap",
    "M3|M4|M5|M6|M8|M10|M12|M16",
    "hss,hssco",
    "thread tap",
    std="DIN 371|DIN 376",
    attrs="spiral flute|spiral point|taper|plug|bottoming",
    use="cutting internal threads in drilled holes",
)
t(
    "split die",
    "M4|M5|M6|M8|M10|M12",
    "hss",
    "button die|threading die",
    std="DIN EN 22568",
    attrs="25 mm OD|38 mm OD",
    use="cutting external threads on bar and rod ends",
)
t(
    "tap and die set",
    "M3-M12|M6-M24",
    "hss,crv",
    "thread cutting kit",
    rare=True,
    attrs="40 piece|in metal case",
    use="repairing and cutting threads in the workshop",
)
t(
    "end mill",
    "3 mm|4 mm|6 mm|8 mm|10 mm|12 mm|16 mm",
    "carbide,hssco",
    "milling cutter",
    std="DIN 6527",
    attrs="2 flute|3 flute|4 flute|TiAlN coated",
    use="slotting, profiling and pocketing on mills and CNC machines",
)
t(
    "holesaw",
    "20 mm|25 mm|32 mm|38 mm|44 mm|51 mm|64 mm|76 mm|105 mm",
    "bimetal,tct",
    "hole cutter",
    attrs="4 TPI|variable pitch|38 mm depth",
    use="cutting clean holes in steel, timber and plastic",
)
t(
    "countersink bit",
    "6.3 mm|8.3 mm|10.4 mm|12.4 mm|16.5 mm",
    "hss,hssco",
    "rose countersink",
    std="DIN 335",
    attrs="90 degree|3 flute",
    use="chamfering holes so screw heads sit flush",
)
t(
    "step drill",
    "4-12 mm|4-20 mm|6-30 mm|4-32 mm",
    "hss,tin,hssco",
    "cone drill|step cone bit",
    attrs="spiral flute|hex shank",
    use="opening up holes in thin sheet and enclosures",
)
t(
    "masonry drill bit",
    "4 x 75 mm|5 x 85 mm|6 x 100 mm|6.5 x 150 mm|8 x 120 mm|10 x 150 mm|12 x 160 mm",
    "tct",
    "concrete bit",
    attrs="round shank|percussion rated",
    use="drilling brick, block and stone",
)
t(
    "annular cutter",
    "14 x 50 mm|18 x 50 mm|22 x 50 mm",
    "hssco,tct",
    "broach cutter",
    rare=True,
    attrs="weldon shank",
    use="cutting holes in thick plate on magnetic drills",
)
t(
    "hand reamer",
    "6 mm|8 mm|10 mm",
    "hss",
    "finishing reamer",
    rare=True,
    std="DIN 206",
    use="sizing holes accurately by hand",
)
t(
    "holesaw arbor",
    '3/8"|7/16"',
    "steel",
    "mandrel",
    kind="acc",
    fits="holesaw",
    attrs="hex shank|quick release",
    use="turning true with the pilot drill seated",
)
t(
    "tap wrench",
    "M3-M10|M5-M12|M6-M20",
    "steel",
    "tap handle",
    kind="acc",
    fits="machine tap",
    attrs="T handle|bar type",
    use="square and steady while the thread starts",
)

group("measuring")
t(
    "tape measure",
    "3 m|5 m|8 m|10 m|30 m",
    "abs,steel",
    "measuring tape|pocket tape",
    attrs="25 mm blade|magnetic hook|class II",
    use="measuring and marking out on site",
)
t(
    "digital caliper",
    "150 mm|200 mm|300 mm",
    "ss304",
    "vernier",
    attrs="0.01 mm resolution|IP54",
    use="measuring inside, outside and depth dimensions accurately",
)
t(
    "outside micrometer",
    "0-25 mm|25-50 mm|50-75 mm",
    "steel",
    "mic",
    rare=True,
    attrs="0.001 mm|ratchet stop",
    use="measuring shafts and parts to a thousandth",
)
t(
    "spirit level",
    "600 mm|1200 mm|1800 mm|400 mm",
    "alu",
    "bubble level",
    attrs="3 vial|magnetic|box section",
    use="setting out level and plumb work",
)
t(
    "engineers square",
    "100 mm|150 mm|300 mm",
    "steel",
    "try square",
    std="BS 939",
    attrs="hardened blade",
    use="checking and marking right angles",
)
t(
    "steel rule",
    "150 mm|300 mm|600 mm|1 m",
    "ss304",
    "ruler",
    attrs="metric and imperial|satin chrome",
    use="measuring and scribing straight lines",
)
t(
    "line marking paint",
    "750 ml|500 ml",
    "",
    "spray marker|road marking spray",
    attrs="white|yellow|red|blue",
    use="marking out floors, pitches and excavations",
)
t(
    "feeler gauge set",
    "0.05-1 mm|0.04-0.88 mm",
    "steel",
    "thickness gauge",
    rare=True,
    attrs="20 blade",
    use="checking gaps and clearances",
)
t("marking scriber", "150 mm", "steel", "scribe", rare=True, attrs="carbide tip", use="scratching fine lines on metal")

group("bearings and transmission")
t(
    "deep groove ball bearing",
    "10 x 30 x 9 mm|12 x 32 x 10 mm|15 x 35 x 11 mm|17 x 40 x 12 mm|20 x 47 x 14 mm|"
    "25 x 52 x 15 mm|30 x 62 x 16 mm|35 x 72 x 17 mm",
    "chromesteel,ss304",
    "ball race",
    labels="Bore|OD|Width",
    attrs="2RS rubber sealed|ZZ metal shielded|2RS sealed, C3 clearance|open",
    use="replacing worn bearings in motors, pumps and gearboxes",
)
t(
    "pillow block bearing",
    "20 mm|25 mm|30 mm|35 mm|40 mm",
    "cast",
    "plummer block",
    attrs="UCP series|grub screw lock",
    use="supporting conveyor and fan shafts",
)
t(
    "taper roller bearing",
    "25 x 52 x 16.25 mm|30 x 62 x 17.25 mm|35 x 72 x 18.25 mm",
    "chromesteel",
    "cone and cup",
    labels="Bore|OD|Width",
    rare=True,
    use="carrying combined radial and thrust loads in hubs",
)
t(
    "v-belt",
    "SPZ+1000 mm|SPZ+1250 mm|SPA+1250 mm|SPA+1500 mm|SPB+1800 mm|A+1000 mm|B+1500 mm",
    "rubber",
    "fan belt|wedge belt",
    attrs="raw edge|wrapped",
    labels="Section|Length",
    use="driving fans, pumps and compressors from a motor pulley",
)
t(
    "timing belt",
    "HTD 5M+15 mm|HTD 8M+20 mm|HTD 8M+30 mm",
    "rubber,pu",
    "cogged belt|synchronous belt",
    rare=True,
    use="driving in exact step without slip",
)
t(
    "roller chain",
    '1/2"+5 m|5/8"+5 m|3/4"+5 m|3/8"+5 m',
    "steel,ss304",
    "drive chain",
    std="08B-1|10B-1|12B-1",
    labels="Pitch|Length",
    attrs="simplex|duplex|with connecting link",
    use="transmitting power on conveyors and machinery",
)
t(
    "jaw coupling",
    "19 mm|24 mm|28 mm|38 mm",
    "alu,cast",
    "spider coupling",
    attrs="with polyurethane spider",
    use="connecting a motor to a pump or gearbox shaft",
)
t(
    "circlip",
    "10 mm|15 mm|20 mm|25 mm|30 mm|35 mm",
    "steel,ss316",
    "snap ring|retaining ring",
    std="DIN 471|DIN 472",
    attrs="external|internal|assorted",
    use="locating bearings and gears on shafts and in bores",
)
t(
    "oil seal",
    "20 x 35 x 7 mm|25 x 40 x 7 mm|30 x 47 x 7 mm|35 x 52 x 8 mm|40 x 62 x 8 mm",
    "nitrile,ptfe",
    "lip seal|shaft seal",
    labels="Shaft|Housing|Width",
    attrs="single lip|double lip",
    use="keeping lubricant in and dirt out of gearboxes and hubs",
)
t(
    "o-ring",
    "10 x 2 mm|20 x 2.5 mm|25 x 3 mm|40 x 3 mm",
    "nitrile,rubber",
    "toric seal",
    rare=True,
    labels="ID|Section",
    use="sealing static and moving joints in hydraulic and pneumatic parts",
)
t(
    "taper lock pulley",
    "SPZ+100 mm|SPA+160 mm",
    "cast",
    "sheave",
    rare=True,
    labels="Section|Diameter",
    use="fitting a belt drive to a motor shaft",
)

group("pneumatics")
t(
    "push-in fitting",
    "4 mm|6 mm|8 mm|10 mm|12 mm",
    "brass,pp",
    "one touch fitting|instant fitting",
    attrs="male straight 1/4 BSPT|equal elbow|equal tee|bulkhead",
    use="connecting plastic air tubing quickly",
)
t(
    "pneumatic tubing",
    "4 mm x 30 m|6 mm x 30 m|8 mm x 30 m|10 mm x 25 m|12 mm x 25 m",
    "pu,nylon",
    "air line",
    attrs="blue|black|clear",
    use="running compressed air to valves and cylinders",
)
t(
    "air hose",
    "6 mm x 10 m|8 mm x 10 m|10 mm x 15 m|8 mm x 20 m",
    "rubber,pvc",
    "compressor hose",
    attrs="fitted couplings|20 bar",
    use="feeding air tools in the workshop and garage",
)
t(
    "quick coupler",
    '1/4"|3/8"|1/2"',
    "brass,steel",
    "airline coupling|pcl coupling",
    attrs="female thread|hose tail",
    labels="Thread",
    use="connecting air tools to the line in one push",
)
t(
    "filter regulator",
    '1/4"|3/8"|1/2"',
    "alu",
    "frl unit",
    attrs="with gauge|auto drain|0-10 bar",
    labels="Port",
    use="cleaning compressed air and setting line pressure",
)
t(
    "pneumatic cylinder",
    "32 x 100 mm|40 x 150 mm|50 x 200 mm",
    "alu",
    "air ram",
    rare=True,
    labels="Bore|Stroke",
    std="ISO 15552",
    use="pushing and clamping in automation",
)

group("hydraulics")
t(
    "hydraulic adaptor",
    '1/4"|3/8"|1/2"|3/4"|1"',
    "steel,ss316",
    "hydraulic nipple|hose adapter",
    attrs="BSP male x male|BSP male x JIC male|BSP male x NPT",
    labels="Thread",
    use="connecting hydraulic hoses to pumps, valves and cylinders",
)
t(
    "bonded seal",
    '1/4"|3/8"|1/2"|3/4"|1"',
    "nitrile",
    "bonded washer|self-centring seal",
    attrs="pack of 10",
    labels="Thread",
    use="sealing BSP threads on hydraulic ports",
)
t(
    "hydraulic hose",
    '1/4"+10 m|3/8"+10 m|1/2"+10 m|1/4"+20 m',
    "rubber",
    "high pressure hose",
    attrs="2SN wire braid",
    labels="ID|Length",
    use="carrying hydraulic oil under high pressure",
)
t(
    "hydraulic quick release coupling",
    '1/4"|3/8"|1/2"',
    "steel",
    "flat face coupler",
    attrs="ISO A poppet",
    rare=True,
    use="connecting implements to a tractor or hydraulic power unit",
)
t(
    "hydraulic oil",
    "5 l|20 l|25 l|205 l",
    "",
    "hyd fluid",
    attrs="ISO 32|ISO 46|ISO 68",
    use="topping up hydraulic systems on presses and plant",
)

group("welding")
t(
    "welding electrode",
    "2.5 mm|3.2 mm|4.0 mm",
    "steel,ss316",
    "welding rods|stick rods",
    std="E6013|E7018",
    attrs="1 kg pack|5 kg pack|general purpose",
    use="stick welding mild steel and fabrications",
)
t(
    "welding helmet",
    "9-13 shade|DIN 11",
    "nylon",
    "welding mask",
    attrs="auto darkening|true colour",
    use="protecting eyes and face from arc light",
)
t(
    "welding gloves",
    "L|XL",
    "leather",
    "welders gauntlets",
    attrs="lined|kevlar stitched",
    pl="welding gloves",
    use="protecting hands from heat and spatter",
)
t(
    "anti-spatter spray",
    "400 ml|5 l",
    "",
    "nozzle dip",
    rare=True,
    attrs="silicone free",
    use="stopping spatter sticking to work and torch",
)
t(
    "welding magnet",
    "50 lb|75 lb",
    "steel",
    "magnetic square",
    rare=True,
    attrs="45/90/135 degree",
    use="holding parts at angle for tacking",
)

group("lubrication")
t(
    "multipurpose grease",
    "500 g|3 kg|12.5 kg|50 kg",
    "",
    "lithium grease",
    attrs="EP2|NLGI 2|high temperature",
    use="greasing bearings, bushes and slides",
)
t(
    "penetrating oil",
    "400 ml|5 l|300 ml",
    "",
    "easing oil|release spray",
    attrs="aerosol|with smart straw",
    use="freeing seized nuts, bolts and hinges",
)
t(
    "silicone spray",
    "400 ml|500 ml",
    "",
    "dry lubricant",
    attrs="food safe|aerosol",
    use="lubricating plastic, rubber and slides without staining",
)
t(
    "cutting fluid",
    "1 l|5 l|25 l",
    "",
    "suds oil|soluble oil",
    attrs="semi-synthetic|neat|mix 1:20",
    use="cooling and lubricating drilling, tapping and turning",
)
t("chain lube", "400 ml|5 l", "", "chain oil", rare=True, attrs="high tack", use="lubricating roller chains")
t(
    "copper anti-seize compound",
    "500 g|100 g",
    "copper",
    "copper slip",
    rare=True,
    use="stopping threads and brake parts seizing",
)
t("air tool oil", "500 ml|1 l", "", "pneumatic oil", rare=True, use="lubricating air motors daily")

group("cleaning")
t(
    "centrefeed wiping roll",
    "2 ply x 150 m|1 ply x 300 m|2 ply x 100 m",
    "",
    "blue roll|paper wipe roll",
    pl="centrefeed wiping rolls",
    attrs="blue|white|pack of 6",
    use="wiping hands, spills and parts in the workshop",
)
t(
    "heavy duty hand cleaner",
    "4 l|2 l|450 ml",
    "",
    "hand scrub|gritty hand wash",
    attrs="with beads|citrus",
    use="removing oil, grease and paint from hands",
)
t(
    "degreaser",
    "5 l|25 l|750 ml",
    "",
    "engine cleaner",
    attrs="solvent free|concentrate|trigger spray",
    use="cleaning oily floors, machines and parts",
)
t(
    "refuse sack",
    "18 x 29 x 39 in",
    "",
    "bin bag|bin liner|black bag",
    attrs="heavy duty 200 pack|light duty",
    use="collecting workshop and office waste",
)
t(
    "absorbent granules",
    "20 l|30 l|10 kg",
    "",
    "oil dry|spill granules",
    attrs="clay|universal",
    pl="absorbent granules",
    use="soaking up oil and coolant spills on floors",
)
t(
    "spill kit",
    "50 l|120 l|240 l",
    "",
    "absorbent kit",
    rare=True,
    attrs="oil only|chemical|general purpose",
    use="responding to leaks before they spread",
)

group("ppe")
t(
    "safety glasses",
    "one size",
    "",
    "safety specs",
    pl="safety glasses",
    attrs="clear anti-fog|smoke lens|EN 166",
    use="protecting eyes from chips and dust",
)
t(
    "ear defenders",
    "SNR 27 dB|SNR 31 dB|SNR 33 dB",
    "abs",
    "ear muffs",
    pl="ear defenders",
    attrs="headband|helmet mounted|foldable",
    use="protecting hearing around loud machines",
)
t(
    "disposable dust mask",
    "FFP2|FFP3",
    "",
    "face mask|particulate respirator",
    attrs="valved|box of 10|box of 20",
    use="protecting lungs from fine dust on site",
)
t(
    "safety boots",
    "UK 6|UK 7|UK 8|UK 9|UK 10|UK 11|UK 12",
    "leather",
    "steel toe capped boots|work boots",
    pl="safety boots",
    attrs="S3 SRC|S1P|composite toe|steel midsole",
    use="protecting feet on site and in warehouses",
)
t(
    "high visibility vest",
    "M|L|XL|XXL",
    "polyester",
    "tabard|hi-vis waistcoat",
    attrs="yellow|orange|EN ISO 20471",
    use="staying visible in yards and on roads",
)
t(
    "disposable nitrile gloves",
    "S|M|L|XL",
    "nitrile",
    "examination gloves",
    pl="disposable nitrile gloves",
    attrs="powder free|box of 100|blue",
    use="keeping oil and chemicals off hands during quick jobs",
)
t(
    "cut resistant gloves",
    "S|M|L|XL",
    "nitrile,pu",
    "cut level gloves",
    pl="cut resistant gloves",
    attrs="level C|EN 388",
    use="handling sheet metal and glass",
)

group("adhesives")
t(
    "silicone sealant",
    "310 ml|80 ml",
    "",
    "bath mastic",
    attrs="clear|white|anti-mould|high temperature",
    use="sealing round sinks, baths and panels",
)
t(
    "epoxy adhesive",
    "24 ml|50 ml|400 ml",
    "",
    "two part glue|araldite style glue",
    attrs="5 minute|24 hour|syringe",
    use="bonding metal, ceramics and composites",
)
t(
    "threadlocker",
    "10 ml|50 ml|250 ml",
    "",
    "nut lock|thread lock",
    attrs="medium strength|high strength",
    use="stopping bolts working loose from vibration",
)
t(
    "cyanoacrylate adhesive",
    "20 g|50 g|3 g",
    "",
    "super glue|ca glue",
    attrs="gel|thin|rubber toughened",
    use="bonding small parts instantly",
)
t(
    "expanding foam",
    "750 ml|500 ml",
    "pu",
    "gap filler foam|spray foam",
    attrs="gun grade|hand held|fire rated",
    use="filling voids around pipes and window frames",
)
t(
    "sealant gun",
    "310 ml|400 ml|600 ml",
    "steel,alu",
    "skeleton gun|caulking gun",
    attrs="heavy duty|drip free",
    use="applying sealant and adhesive cartridges",
)

group("material handling")
t(
    "sack truck",
    "150 kg|200 kg|250 kg|300 kg",
    "steel,alu",
    "hand truck|sack barrow",
    attrs="pneumatic wheels|puncture proof wheels|folding",
    use="moving boxes, drums and appliances",
)
t(
    "platform trolley",
    "150 kg|300 kg|500 kg",
    "steel",
    "flatbed trolley",
    attrs="folding handle|900 x 600 mm deck",
    use="moving loads around warehouses and workshops",
)
t(
    "round sling",
    "1 t+1 m|1 t+2 m|2 t+2 m|3 t+3 m|5 t+4 m",
    "polyester",
    "endless sling",
    std="EN 1492-2",
    attrs="colour coded|with sleeve",
    use="lifting loads with a crane or hoist",
)
t(
    "webbing sling",
    "1 t+1 m|2 t+2 m|3 t+3 m|4 t+4 m",
    "polyester",
    "flat sling|lifting strap",
    std="EN 1492-1",
    attrs="duplex|reinforced eyes",
    use="lifting and choking loads without marking them",
)
t(
    "bow shackle",
    "0.5 t|1 t|2 t|3.25 t|4.75 t|6.5 t",
    "hdg,ss316,alloysteel",
    "anchor shackle",
    attrs="screw pin|bolt nut and split pin",
    use="connecting slings, chains and lifting points",
)
t(
    "d shackle",
    "0.5 t|1 t|2 t|3.25 t|4.75 t",
    "hdg,ss316",
    "dee shackle|chain shackle",
    attrs="screw pin",
    use="joining chain and wire rope in straight pulls",
)
t(
    "ratchet strap",
    "25 mm x 5 m|35 mm x 6 m|50 mm x 8 m|50 mm x 10 m",
    "polyester",
    "ratchet tie down|lashing strap",
    std="EN 12195-2",
    attrs="claw hooks|endless|pack of 4",
    use="securing loads on vans and trailers",
)
t(
    "storage bin",
    "size 1|size 2|size 3|size 4|size 5",
    "pp",
    "picking bin|parts bin|lin bin",
    attrs="blue|red|yellow|pack of 10",
    use="organising parts on louvre panels and shelving",
)
t(
    "pallet truck",
    "2000 kg|2500 kg",
    "steel",
    "pump truck|pallet jack",
    attrs="1150 x 540 mm forks|nylon wheels",
    use="moving pallets around the warehouse floor",
)
t(
    "lifting eye bolt",
    "M8|M10|M12|M16|M20",
    "gr88,a4",
    "dynamo eye|collar eyebolt",
    std="DIN 580",
    attrs="collared|with load rating",
    use="providing lifting points on machines and castings",
)
t(
    "chain block",
    "0.5 t|1 t|2 t",
    "steel",
    "chain hoist",
    rare=True,
    attrs="3 m lift|6 m lift",
    use="lifting engines and heavy parts in the workshop",
)

group("power tools")
_CORDLESS = "combi drill,impact driver,angle grinder,circular saw,jigsaw,reciprocating saw,oscillating multi-tool,"
_CORDLESS += "SDS rotary hammer"
t(
    "combi drill",
    "18V+60Nm|18V+90Nm|12V+35Nm|18V+130Nm|36V+110Nm|12V+40Nm",
    "",
    "hammer drill driver",
    kind="tool",
    attrs="body only|2 x 2.0Ah kit|2 x 5.0Ah kit|brushless",
    use="drilling timber, steel and masonry and driving screws",
)
t(
    "impact driver",
    "18V+180Nm|18V+205Nm|12V+120Nm|18V+150Nm",
    "",
    "impact gun",
    kind="tool",
    attrs="body only|brushless|2 x 4.0Ah kit",
    use="driving long screws and coach bolts quickly",
)
t(
    "angle grinder",
    "115 mm+18V|125 mm+18V|115 mm+750W|125 mm+1100W|230 mm+2200W",
    "",
    "side grinder",
    kind="tool",
    attrs="body only|paddle switch|anti-kickback",
    use="cutting and grinding steel, stone and tile",
)
t(
    "circular saw",
    "165 mm+18V|190 mm+1400W|165 mm+1200W|235 mm+2000W",
    "",
    "circ saw",
    kind="tool",
    attrs="body only|with guide|laser line",
    use="ripping and cross cutting sheet material and timber",
)
t(
    "jigsaw",
    "18V|650W|800W",
    "",
    "bayonet saw",
    kind="tool",
    attrs="pendulum action|body only|top handle",
    use="cutting curves in timber, laminate and sheet steel",
)
t(
    "reciprocating saw",
    "18V|1100W|36V",
    "",
    "sabre saw|recip saw",
    kind="tool",
    attrs="body only|orbital action",
    use="demolition cuts through timber, pipe and nails",
)
t(
    "belt sander",
    "75 x 457 mm+900W|75 x 533 mm+1010W|75 x 457 mm+18V",
    "",
    "linisher",
    kind="tool",
    labels="Belt",
    attrs="with dust bag|variable speed",
    use="fast stock removal on doors, boards and beams",
)
t(
    "random orbital sander",
    "125 mm+300W|150 mm+400W|125 mm+18V",
    "",
    "da sander|orbital palm sander",
    kind="tool",
    attrs="variable speed|dust bag",
    use="smoothing timber and filler to a fine finish",
)
t(
    "wet and dry vacuum",
    "20 l+1200W|30 l+1400W|20 l+18V|45 l+1500W",
    "",
    "shop vac|extractor vac",
    kind="tool",
    attrs="M class|L class|power take off",
    use="collecting dust, water and debris on site",
)
t(
    "SDS rotary hammer",
    "18V+2.0 J|800W+2.7 J|36V+3.5 J|1500W+8 J",
    "",
    "sds drill",
    kind="tool",
    attrs="3 mode|body only|SDS max",
    use="drilling and chiselling concrete and brick",
)
t(
    "oscillating multi-tool",
    "18V|300W|12V",
    "",
    "multi-cutter",
    kind="tool",
    attrs="tool-free blade change|body only",
    use="flush cutting, plunge cuts and scraping",
)
t(
    "bench grinder",
    "150 mm+350W|200 mm+550W|150 mm+250W",
    "",
    "double ended grinder",
    kind="tool",
    attrs="with light|wheel guards",
    use="sharpening tools and shaping metal",
)
t(
    "MIG welder",
    "140 A|180 A|200 A|250 A",
    "",
    "wire feed welder|mig set",
    kind="tool",
    attrs="gasless|230V|synergic",
    use="welding steel fabrications and car panels",
)
t(
    "air compressor",
    "24 l+8 bar|50 l+10 bar|100 l+10 bar|6 l+8 bar",
    "",
    "compressor pump",
    kind="tool",
    attrs="oil free|belt drive|direct drive",
    use="supplying air to spray guns, nailers and impact wrenches",
)
t(
    "grease gun",
    "400 g",
    "steel",
    "grease pump",
    kind="tool",
    attrs="lever|pistol grip|with flexible hose",
    use="pumping grease into nipples on plant and vehicles",
)
t(
    "air impact wrench",
    '1/2"+680Nm|1/2"+1000Nm|3/4"+1600Nm|3/8"+300Nm',
    "",
    "rattle gun|air gun",
    kind="tool",
    labels="Drive",
    attrs="twin hammer|composite body",
    use="removing wheel nuts and seized bolts",
)

group("power tool accessories")
t(
    "li-ion battery",
    "18V+2.0Ah|18V+4.0Ah|18V+5.0Ah|18V+8.0Ah|12V+2.0Ah|12V+4.0Ah|36V+4.0Ah",
    "",
    "power pack",
    pl="li-ion batteries",
    kind="acc",
    fits=_CORDLESS,
    brandfit=True,
    attrs="with fuel gauge|slide pack",
    use="running through a full shift",
)
t(
    "battery charger",
    "12V|18V|12-18V|36V",
    "",
    "charging station",
    kind="acc",
    fits=_CORDLESS,
    brandfit=True,
    attrs="fast charge|dual port|60 minute",
    use="topped up between jobs",
)
t(
    "cutting disc",
    "115 x 1.0 mm|125 x 1.0 mm|115 x 1.6 mm|230 x 1.9 mm|125 x 1.2 mm",
    "alox,zirconia",
    "slitting disc|cut off wheel",
    kind="acc",
    fits="angle grinder",
    attrs="pack of 10|pack of 25|inox",
    use="cutting steel bar and sheet cleanly",
)
t(
    "flap disc",
    "115 mm+P40|115 mm+P60|115 mm+P80|125 mm+P60|125 mm+P120",
    "zirconia,alox",
    "flapper wheel",
    kind="acc",
    fits="angle grinder",
    attrs="conical|flat|pack of 10",
    use="blending and finishing welds",
)
t(
    "diamond blade",
    "115 mm|125 mm|230 mm|300 mm",
    "diamond",
    "diamond wheel",
    kind="acc",
    fits="angle grinder",
    attrs="continuous rim|turbo|22.23 mm bore",
    use="cutting tile, brick and concrete",
)
t(
    "circular saw blade",
    "165 mm+24T|165 mm+40T|190 mm+24T|190 mm+48T|235 mm+24T",
    "tct",
    "saw disc",
    kind="acc",
    fits="circular saw",
    attrs="20 mm bore|30 mm bore|thin kerf",
    use="ripping and cross cutting without burning",
)
t(
    "jigsaw blade",
    "6 TPI|10 TPI|14 TPI|21 TPI|8 TPI",
    "hss,bimetal,steel",
    "scroll blade",
    kind="acc",
    fits="jigsaw",
    attrs="T shank|pack of 5|clean cut",
    use="cutting accurately through wood and metal",
)
t(
    "reciprocating saw blade",
    "150 mm+6 TPI|225 mm+6 TPI|150 mm+14 TPI|300 mm+10 TPI|225 mm+18 TPI",
    "bimetal",
    "sabre blade|recip blade",
    kind="acc",
    fits="reciprocating saw",
    attrs="pack of 5|demolition",
    use="biting through nail-embedded timber",
)
t(
    "sanding belt",
    "75 x 457 mm+P40|75 x 457 mm+P80|75 x 457 mm+P120|75 x 533 mm+P80|75 x 533 mm+P120",
    "alox,zirconia",
    "linisher belt",
    kind="acc",
    fits="belt sander",
    attrs="pack of 5|pack of 10",
    use="removing stock quickly",
)
t(
    "hook and loop sanding disc",
    "125 mm+P80|125 mm+P120|125 mm+P240|150 mm+P80|150 mm+P180",
    "alox",
    "orbital pads",
    kind="acc",
    fits="random orbital sander",
    attrs="8 hole|15 hole|pack of 50",
    use="producing a swirl free finish",
)
t(
    "vacuum filter",
    "20 l|30 l|45 l",
    "polyester",
    "hepa cartridge",
    kind="acc",
    fits="wet and dry vacuum",
    brandfit=True,
    attrs="M class|washable",
    use="pulling fine dust safely",
)
t(
    "vacuum dust bag",
    "20 l|30 l|45 l",
    "polyester",
    "vac bags",
    kind="acc",
    fits="wet and dry vacuum",
    brandfit=True,
    attrs="pack of 5|fleece",
    use="collecting fine dust without clogging",
)
t(
    "SDS plus bit",
    "5 x 160 mm|6 x 160 mm|8 x 160 mm|10 x 210 mm|12 x 260 mm|16 x 310 mm",
    "tct",
    "hammer bit",
    kind="acc",
    fits="SDS rotary hammer",
    attrs="4 cutter head|2 cutter head|pack of 5",
    use="drilling rebar-reinforced concrete",
)
t(
    "SDS chisel",
    "20 x 250 mm|40 x 250 mm",
    "steel",
    "scaling chisel",
    rare=True,
    kind="acc",
    fits="SDS rotary hammer",
    attrs="flat|point",
    use="chasing and breaking out",
)
t(
    "multi-tool blade",
    "32 mm|45 mm|65 mm",
    "bimetal,hss,carbide",
    "multi-cutter blade",
    kind="acc",
    fits="oscillating multi-tool",
    attrs="plunge cut|segment|starlock style",
    use="making flush plunge cuts",
)
t(
    "impact screwdriver bit",
    "25 mm|50 mm|90 mm",
    "s2",
    "insert bit",
    kind="acc",
    fits="impact driver,combi drill",
    attrs="PH2|PZ2|T25|mixed set of 10",
    use="driving screws without cam-out",
)
t(
    "bench grinder wheel",
    "150 x 20 mm|200 x 25 mm|150 x 25 mm",
    "alox",
    "grindstone",
    kind="acc",
    fits="bench grinder",
    attrs="36 grit|60 grit|80 grit",
    use="sharpening chisels and drill bits",
)
t(
    "MIG welding wire",
    "0.6 mm+0.7 kg|0.8 mm+5 kg|0.8 mm+15 kg|1.0 mm+15 kg|0.9 mm+0.9 kg",
    "steel,ss316",
    "wire spool|solid wire reel",
    kind="acc",
    fits="MIG welder",
    std="ER70S-6",
    attrs="copper coated|gasless flux cored",
    use="feeding steadily for clean welds",
)
t(
    "MIG contact tip",
    "0.6 mm|0.8 mm|1.0 mm",
    "copper",
    "torch tip",
    kind="acc",
    fits="MIG welder",
    attrs="M6 thread|pack of 10|CuCrZr",
    use="welding with a steady arc",
)
t(
    "MIG gas nozzle",
    "12 mm|15 mm",
    "copper",
    "gas shroud",
    rare=True,
    kind="acc",
    fits="MIG welder",
    attrs="conical",
    use="shielding the weld pool",
)
t(
    "grease cartridge",
    "400 g|500 g",
    "",
    "grease tube",
    kind="acc",
    fits="grease gun",
    attrs="EP2|lithium",
    use="pumping without mess",
)
t(
    "grease gun coupler",
    '1/8"',
    "steel",
    "four jaw connector",
    rare=True,
    kind="acc",
    fits="grease gun",
    attrs="hydraulic type",
    use="locking onto nipples",
)
t(
    "impact socket",
    '1/2"+17 mm|1/2"+19 mm|1/2"+21 mm|1/2"+24 mm|3/4"+27 mm|3/8"+13 mm',
    "crv",
    "air socket",
    kind="acc",
    fits="air impact wrench,impact driver",
    attrs="deep|6 point|black phosphate",
    labels="Drive|Size",
    use="turning wheel nuts without splitting",
)
t(
    "blow gun",
    "6 bar",
    "alu",
    "air duster",
    kind="acc",
    fits="air compressor",
    attrs="extended nozzle|safety nozzle",
    use="blowing swarf out of machines",
)
t(
    "tyre inflator",
    "10 bar|12 bar",
    "alu",
    "tyre pump gauge",
    rare=True,
    kind="acc",
    fits="air compressor",
    attrs="dial gauge|digital",
    use="checking tyre pressures",
)
t(
    "saw guide rail",
    "1400 mm|700 mm",
    "alu",
    "plunge track",
    rare=True,
    kind="acc",
    fits="circular saw",
    brandfit=True,
    attrs="with connector",
    use="cutting dead straight on sheet material",
)
t(
    "side handle",
    "M8|M10|M14",
    "nylon",
    "grip handle",
    rare=True,
    kind="acc",
    fits="angle grinder,SDS rotary hammer",
    brandfit=True,
    attrs="anti-vibration",
    use="under control",
)

TYPES: dict[str, PType] = {pt.key: pt for pt in _TYPES}
FITTED = frozenset(f for pt in _TYPES for f in pt.fits)


# --------------------------------------------------------------------------------------------------------------
# Brands and codes
# --------------------------------------------------------------------------------------------------------------
TOOL_BRANDS = ("Tekpro", "Korvex", "Halvard", "Brennar")
GROUP_BRANDS: dict[str, tuple[str, ...]] = {
    "fasteners": ("Boltham", "Oxbury"),
    "plumbing": ("Pipewell", "Copperidge"),
    "electrical": ("Voltline", "Sparkmoor"),
    "hand tools": ("Ironvale", "Ferrand"),
    "cutting tools": ("Edgeford", "Quellon"),
    "measuring": ("Truemark", "Linewright"),
    "bearings and transmission": ("Norvale", "Drivetrue"),
    "pneumatics": ("Airvance", "Pneumark"),
    "hydraulics": ("Pressline", "Hydravale"),
    "welding": ("Arcwright", "Sparforge"),
    "lubrication": ("Slickwell", "Greasmoor"),
    "cleaning": ("Brightmoor", "Cleanford"),
    "ppe": ("Shieldwell", "Guardvale"),
    "adhesives": ("Tackwell", "Bondry"),
    "material handling": ("Liftmore", "Cargrave"),
    "power tools": TOOL_BRANDS,
    "power tool accessories": ("Edgeford", "Abravale", "Quellon"),
}
PREFIX = {
    "Boltham": "BH",
    "Oxbury": "OXF",
    "Pipewell": "PW",
    "Copperidge": "CPR",
    "Voltline": "VL",
    "Sparkmoor": "SKM",
    "Ironvale": "IV",
    "Ferrand": "FRD",
    "Edgeford": "EF",
    "Quellon": "QL",
    "Truemark": "TM",
    "Linewright": "LWR",
    "Norvale": "NV",
    "Drivetrue": "DT",
    "Airvance": "AV",
    "Pneumark": "PNM",
    "Pressline": "PL",
    "Hydravale": "HV",
    "Arcwright": "AW",
    "Sparforge": "SF",
    "Slickwell": "SW",
    "Greasmoor": "GM",
    "Brightmoor": "BM",
    "Cleanford": "CF",
    "Shieldwell": "SHW",
    "Guardvale": "GV",
    "Tackwell": "TW",
    "Bondry": "BDY",
    "Liftmore": "LM",
    "Cargrave": "CG",
    "Abravale": "ABV",
}


def tool_code(brand: str, volts: str, rng: random.Random) -> str:
    """Model code in the house style of a fictional power-tool brand."""
    if brand == "Tekpro":
        return f"TP-{rng.randint(1000, 9999)}"
    if brand == "Korvex":
        return f"KRX {volts or rng.choice(('18', '24', '36'))}-{rng.randint(1, 9)}{rng.choice('ABCDEH')}"
    if brand == "Halvard":
        return f"HT{rng.randint(1000, 9999)}"
    return f"BRN {rng.randint(100, 999)}{rng.choice('CSXE')}"


def part_code(brand: str, rng: random.Random) -> str:
    """Supplier part code for a consumable."""
    pre = PREFIX[brand]
    if rng.random() < 0.5:
        return f"{pre}-{rng.randint(10000, 99999)}"
    return f"{pre}{rng.randint(100, 9999)}{rng.choice('ABCMSX')}"


def norm_code(code: str) -> str:
    """Code with case, spaces and hyphens removed."""
    return re.sub(r"[^a-z0-9]", "", code.lower())


# --------------------------------------------------------------------------------------------------------------
# Sizes
# --------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Size:
    """A size in its dimension's base unit."""

    dim: str
    vals: tuple[float, ...]


UNITS: dict[str, tuple[str, float]] = {
    "mm": ("len", 1),
    "cm": ("len", 10),
    "m": ("len", 1000),
    "metre": ("len", 1000),
    "metres": ("len", 1000),
    "g": ("mass", 1),
    "kg": ("mass", 1000),
    "ml": ("vol", 1),
    "l": ("vol", 1000),
    "litre": ("vol", 1000),
    "litres": ("vol", 1000),
    "ltr": ("vol", 1000),
    "oz": ("oz", 1),
    "ounce": ("oz", 1),
    "v": ("V", 1),
    "volt": ("V", 1),
    "ah": ("Ah", 1),
    "amp hour": ("Ah", 1),
    "w": ("W", 1),
    "watt": ("W", 1),
    "nm": ("Nm", 1),
    "bar": ("bar", 1),
    "a": ("A", 1),
    "amp": ("A", 1),
    "mm2": ("mm2", 1),
    "mm²": ("mm2", 1),
    "sq mm": ("mm2", 1),
    "tpi": ("tpi", 1),
    "t": ("t", 1),
    "tonne": ("t", 1),
    "j": ("J", 1),
    "joule": ("J", 1),
    "lb": ("lb", 1),
    "ml cartridge": ("vol", 1),
    "in": ("in", 1),
    "inch": ("in", 1),
    '"': ("in", 1),
    "db": ("dB", 1),
    "piece": ("piece", 1),
    "drawer": ("drawer", 1),
    "ply": ("ply", 1),
}
GARMENT = {
    "s": 1,
    "small": 1,
    "m": 2,
    "medium": 2,
    "l": 3,
    "large": 3,
    "xl": 4,
    "extra large": 4,
    "x-large": 4,
    "xxl": 5,
    "2xl": 5,
}
_NUM = r"\d+(?:\.\d+)?"


def _inch(txt: str) -> float:
    txt = txt.strip()
    m = re.fullmatch(r"(\d+)[- ](\d+)/(\d+)", txt)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    return float(Fraction(txt))


def parse_size(label: str) -> Size | None:
    """Parse one printed or typed size into (dimension, base values); None when it is not a size."""
    s = label.strip().lower()
    if m := re.fullmatch(r"p ?(\d+)|(\d+) ?grit", s):
        return Size("grit", (float(m.group(1) or m.group(2)),))
    if m := re.fullmatch(rf"m ?({_NUM})(?: ?x ?({_NUM}) ?(mm|m)?)?", s):
        factor = 1000 if m.group(3) == "m" else 1
        vals = [float(m.group(1))] + ([round(float(m.group(2)) * factor, 4)] if m.group(2) else [])
        return Size("M", tuple(vals))
    if m := re.fullmatch(rf"({_NUM}) ?([a-z]+) ?x ?({_NUM}) ?([a-z]+)", s):
        (d1, f1), (d2, f2) = UNITS.get(m.group(2), ("?", 0)), UNITS.get(m.group(4), ("!", 0))
        if d1 != d2:
            return None
        return Size(d1, (round(float(m.group(1)) * f1, 4), round(float(m.group(3)) * f2, 4)))
    if s in GARMENT:
        return Size("garment", (float(GARMENT[s]),))
    if m := re.fullmatch(r"(?:uk|size) ?(\d+)", s):
        return Size("uk" if s.startswith("uk") else "binsize", (float(m.group(1)),))
    if m := re.fullmatch(r"(\d+(?:[- ]\d+/\d+|/\d+)?|\d*\.\d+) ?(?:\"|in|inch|inches)", s):
        return Size("in", (round(_inch(m.group(1)), 4),))
    if m := re.fullmatch(rf"({_NUM})t|({_NUM}) ?(?:teeth|tooth)", s):
        return Size("teeth", (float(m.group(1) or m.group(2)),))
    if m := re.fullmatch(rf"((?:{_NUM})(?: ?[x-] ?{_NUM})*) ?([a-z²\" ]+?)", s):
        unit = m.group(2).strip()
        if unit not in UNITS:
            return None
        base_dim, to_base = UNITS[unit]
        values = tuple(round(float(v) * to_base, 4) for v in re.split(r" ?[x-] ?", m.group(1)))
        return Size(base_dim, values)
    return None


def size_matches(query: Size, prod: Size) -> bool:
    """Prefix match in the same dimension and base unit."""
    if query.dim != prod.dim or len(query.vals) > len(prod.vals):
        return False
    return all(abs(a - b) < 1e-6 for a, b in zip(query.vals, prod.vals, strict=False))


def fmt(v: float) -> str:
    """Number without a trailing .0."""
    return str(int(v)) if abs(v - round(v)) < 1e-9 else f"{v:g}"


def other_forms(label: str) -> list[str]:
    """Respellings of a printed size that parse to the same size."""
    sz = parse_size(label)
    if sz is None:
        return []
    v = sz.vals
    out: list[str] = []
    mixed = re.fullmatch(r"(M?[\d.]+) ?(mm)? ?x ?([\d.]+) ?(m)", label)
    if mixed:
        head = mixed.group(1) + (mixed.group(2) or "")
        out += [f"{head} x {mixed.group(3)}m", f"{head}x{mixed.group(3)}m", f"{head} x {fmt(v[1])}mm".lower()]
    elif sz.dim == "len":
        joined = "x".join(fmt(x) for x in v)
        out += [joined + "mm", " x ".join(fmt(x) for x in v) + "mm", joined + " mm"]
        if all(x >= 10 and abs(x / 10 - round(x / 10)) < 1e-9 for x in v):
            out.append("x".join(fmt(x / 10) for x in v) + "cm")
        if len(v) == 1 and v[0] >= 100:
            out += [fmt(v[0] / 1000) + "m", fmt(v[0] / 1000) + " metre"]
        if len(v) == 2 and "-" in label:
            out = [f"{fmt(v[0])}-{fmt(v[1])}mm", f"{fmt(v[0])} - {fmt(v[1])} mm", f"{fmt(v[0])} to {fmt(v[1])}mm"]
    elif sz.dim == "M" and len(v) == 2:
        out += [f"m{fmt(v[0])}x{fmt(v[1])}", f"M{fmt(v[0])}x{fmt(v[1])}mm", f"m{fmt(v[0])} x {fmt(v[1])}mm"]
    elif sz.dim == "in":
        frac = label.strip().rstrip('"').strip()
        out += [f"{frac} inch", f"{frac}in", f"{fmt(v[0])} inch"]
        if "-" in frac:
            out.append(frac.replace("-", " ") + " inch")
    elif sz.dim == "mass":
        out += [fmt(v[0]) + "g", fmt(v[0]) + " g", fmt(v[0] / 1000) + "kg", fmt(v[0] / 1000) + " kg"]
    elif sz.dim == "vol":
        out += [fmt(v[0]) + "ml", fmt(v[0] / 1000) + " litre", fmt(v[0] / 1000) + "l", fmt(v[0] / 1000) + " ltr"]
    else:
        spoken = {
            "oz": "ounce",
            "V": "volt",
            "Ah": "amp hour",
            "W": "watt",
            "A": "amp",
            "mm2": "sq mm",
            "grit": "grit",
            "tpi": "tpi",
            "bar": "bar",
            "Nm": "nm",
            "garment": "",
        }
        if sz.dim in spoken and len(v) == 1:
            word = spoken[sz.dim]
            if sz.dim == "garment":
                out += [k for k, g in GARMENT.items() if g == v[0] and len(k) > 3]
            else:
                out += [f"{fmt(v[0])} {word}", f"{fmt(v[0])}{word.replace(' ', '')}"]
    return [o for o in dict.fromkeys(out) if o.lower() != label.lower() and parse_size(o) == sz]


# --------------------------------------------------------------------------------------------------------------
# Products
# --------------------------------------------------------------------------------------------------------------
@dataclass
class Product:
    """One catalog row with the structured record it was rendered from."""

    pid: str
    ptype: PType
    brand: str
    code: str
    labels: tuple[str, ...]
    sizes: tuple[Size, ...]
    mat: str
    fits: tuple[str, ...]
    attr: str
    std: str
    title: str = ""
    text: str = ""

    @property
    def full(self) -> str:
        return f"{self.title} {self.text}".lower()


def type_counts(rng: random.Random) -> dict[str, int]:
    """Products per type for one catalog: 5-15 for common types, 1-2 for rare ones; 600-1000 in all."""
    counts: dict[str, int] = {}
    for key, pt in TYPES.items():
        if pt.rare or (not pt.kind and key not in FITTED and rng.random() < 0.2):
            counts[key] = rng.choice((1, 1, 2))
        else:
            counts[key] = rng.choice((5, 5, 6, 6, 7, 7, 8, 9, 10, 12, 15))
    while sum(counts.values()) > 960:
        key = max(sorted(counts), key=lambda k: counts[k])
        counts[key] -= 1
    return counts


def held_out(pt: PType, rng: random.Random) -> tuple[str, ...] | None:
    """One size of the pool that no product of the type will get (for size_missing queries)."""
    if len(pt.sizes) < 4:
        return None
    return rng.choice(pt.sizes)


def make_products(style: str, prefix: str, rng: random.Random) -> tuple[list[Product], dict[str, tuple[str, ...]]]:
    """Build the structured product records of one catalog (texts rendered later)."""
    counts = type_counts(rng)
    missing: dict[str, tuple[str, ...]] = {}
    products: list[Product] = []
    codes: set[str] = set()
    for key, pt in TYPES.items():
        hold = held_out(pt, rng)
        if hold is not None:
            missing[key] = hold
        pool = [s for s in pt.sizes if s != hold]
        seen: set[tuple[object, ...]] = set()
        for _ in range(counts[key]):
            for _attempt in range(30):
                rec = _draw(pt, pool, style, rng, codes)
                sig = (rec.brand, rec.labels, rec.mat, rec.attr, rec.fits, rec.std)
                if sig not in seen or _attempt == 29:
                    break
            seen.add(sig)
            if rec.code:
                codes.add(norm_code(rec.code))
            rec.pid = f"{prefix}-{len(products) + 1:04d}"
            products.append(rec)
    return products, missing


def _draw(pt: PType, pool: list[tuple[str, ...]], style: str, rng: random.Random, codes: set[str]) -> Product:
    labels = rng.choice(pool)
    sizes = tuple(s for s in (parse_size(lb) for lb in labels) if s is not None)
    brand = rng.choice(TOOL_BRANDS) if pt.kind == "tool" or pt.brandfit else rng.choice(GROUP_BRANDS[pt.group])
    fits: tuple[str, ...] = ()
    if pt.fits:
        k = rng.randint(1, min(3 if pt.brandfit else 2, len(pt.fits)))
        fits = tuple(sorted(rng.sample(pt.fits, k), key=pt.fits.index))
    code = ""
    wants_code = style == "feed" or pt.kind == "tool" or pt.brandfit or rng.random() < 0.3
    if wants_code:
        volts = next((fmt(s.vals[0]) for s in sizes if s.dim == "V"), "")
        for _ in range(50):
            code = tool_code(brand, volts, rng) if brand in TOOL_BRANDS else part_code(brand, rng)
            if norm_code(code) not in codes:
                break
    return Product(
        pid="",
        ptype=pt,
        brand=brand,
        code=code,
        labels=labels,
        sizes=sizes,
        mat=rng.choice(pt.mats) if pt.mats else "",
        fits=fits,
        attr=rng.choice(pt.attrs) if pt.attrs and rng.random() < 0.8 else "",
        std=rng.choice(pt.std) if pt.std else "",
    )


# --------------------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------------------
DIM_FIELD = {
    "len": "Size",
    "M": "Thread",
    "in": "Size",
    "mass": "Weight",
    "vol": "Volume",
    "oz": "Head weight",
    "V": "Voltage",
    "Ah": "Capacity",
    "W": "Power",
    "Nm": "Torque",
    "bar": "Pressure",
    "A": "Rating",
    "mm2": "Conductor",
    "grit": "Grit",
    "tpi": "Teeth per inch",
    "teeth": "Teeth",
    "garment": "Size",
    "uk": "Size",
    "t": "WLL",
    "J": "Impact energy",
    "dB": "Attenuation",
    "lb": "Holding force",
}


SMALL_WORDS = frozenset({"and", "of", "for", "with", "to", "in", "x"})


def tc(text: str) -> str:
    """Title Case words that are plain lower case; leave sizes, codes and acronyms alone."""
    words: list[str] = []
    for word in text.split(" "):
        if words and word in SMALL_WORDS:
            words.append(word)
        elif word and word[0].isalpha() and word == word.lower() and not any(c.isdigit() for c in word):
            words.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
        else:
            words.append(word)
    return " ".join(words)


def mat_text(p: Product) -> str:
    """Printed material, or "" where it would only repeat a word of the type name ("copper copper pipe")."""
    if not p.mat:
        return ""
    printed_mat, tags = MATERIALS[p.mat]
    words = set(p.ptype.name.lower().split())
    if words & set(printed_mat.lower().split()) or any(tag in words for tag in tags):
        return ""
    return printed_mat


def fit_phrase(p: Product) -> str:
    """'Tekpro combi drills and impact drivers' / 'angle grinders'."""
    names = [TYPES[f].plural for f in p.fits]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{p.brand} {joined}" if p.ptype.brandfit else joined


def fit_single(p: Product) -> str:
    first = TYPES[p.fits[0]].name
    return f"{p.brand} {first}" if p.ptype.brandfit else first


def size_text(p: Product) -> str:
    return " ".join(p.labels)


def feed_fields(p: Product) -> list[str]:
    pt = p.ptype
    out: list[str] = []
    for i, lb in enumerate(p.labels):
        sz = parse_size(lb)
        if sz is None:
            out.append(f"{pt.labels[i]}: {lb}" if len(pt.labels) == len(p.labels) else f"Type: {lb}")
            continue
        if pt.labels and len(pt.labels) == len(sz.vals) and sz.dim == "len" and len(sz.vals) > 1:
            out += [f"{name}: {fmt(v)} mm" for name, v in zip(pt.labels, sz.vals, strict=True)]
        elif pt.labels and len(pt.labels) == len(p.labels):
            out.append(f"{pt.labels[i]}: {lb}")
        else:
            out.append(f"{DIM_FIELD.get(sz.dim, 'Size')}: {lb}")
    if p.mat:
        out.append(f"Material: {MATERIALS[p.mat][0]}")
    if p.std:
        out.append(f"Standard: {p.std}")
    if p.fits:
        out.append(f"Fits: {fit_phrase(p)}")
    if p.attr:
        out.append(f"Spec: {p.attr}")
    return out


def render_feed(p: Product, rng: random.Random) -> None:
    pt = p.ptype
    name, size, mat, attr = tc(pt.name), size_text(p), tc(mat_text(p)), tc(p.attr)
    v = rng.randrange(4)
    if v == 0:
        parts = [name, size, mat, attr]
    elif v == 1:
        parts = [mat, name, size, attr]
    elif v == 2:
        parts = [size, mat, name, attr]
    else:
        parts = [name, size, (attr + ", " if attr else "") + mat]
    if p.fits and rng.random() < 0.6:
        parts.append("for " + tc(fit_phrase(p)))
    p.title = " ".join(x for x in [p.brand, p.code, *parts] if x).replace(" ,", ",").strip(", ")
    keep = pt.kind == "acc" or rng.random() < 0.8
    p.text = "; ".join(feed_fields(p)) if keep else ""


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def render_howto(p: Product, rng: random.Random) -> None:
    pt = p.ptype
    size, name, mat = size_text(p), pt.name, mat_text(p)
    this, be = ("these", "are") if pt.name == pt.plural else ("this", "is")
    if pt.kind == "tool":
        first = rng.choice(
            (
                f"For {pt.use}, the {p.brand} {p.code} {name} gives you {size} in a compact body.",
                f"Built for {pt.use}, this {size} {name} from {p.brand} is model {p.code}.",
                f"The {p.brand} {p.code} is a {size} {name} made for {pt.use}.",
                f"If your work means {pt.use}, the {p.brand} {name} {p.code} ({size}) is the one to reach for.",
            )
        )
    elif pt.kind == "acc":
        opts = [
            f"Keep your {fit_single(p)} {pt.use} with {this} {size} {name}.",
            f"Designed to fit {fit_phrase(p)}, {this} {name} come{'' if be == 'are' else 's'} in {size}.",
            f"Spare {name} to fit {fit_phrase(p)}: {size}.",
            f"{_cap(this)} {p.brand} {name} suit{'' if be == 'are' else 's'} {fit_phrase(p)}, size {size}.",
        ]
        first = rng.choice(opts)
        if mat:
            first = first[:-1] + f", made from {mat}."
        if not all(TYPES[f].plural in first or TYPES[f].name in first for f in p.fits):
            first += f" Fits {fit_phrase(p)}."
    elif mat:
        first = rng.choice(
            (
                f"For {pt.use}, {this} {size} {mat} {name} from {p.brand} {be} a dependable choice.",
                f"Made from {mat} and sized {size}, {this} {name} {be} used for {pt.use}.",
                f"When {pt.use}, reach for {this} {p.brand} {name} in {mat}, size {size}.",
                f"{_cap(pt.use)} is simple with {this} {size} {mat} {name} from {p.brand}.",
            )
        )
    else:
        first = rng.choice(
            (
                f"For {pt.use}, {this} {size} {name} from {p.brand} {be} a dependable choice.",
                f"When {pt.use}, reach for {this} {p.brand} {name}, size {size}.",
                f"{_cap(pt.use)} is simple with {this} {size} {name} from {p.brand}.",
                f"Sized {size}, {this} {p.brand} {name} {be} used for {pt.use}.",
            )
        )
    extra = []
    if p.std:
        extra.append(f"Made to {p.std}.")
    if p.attr:
        extra.append(f"Specification: {p.attr}.")
    if p.code and pt.kind != "tool":
        extra.append(f"Order code {p.code}.")
    rng.shuffle(extra)
    p.text = " ".join([_cap(first), *extra[:2]])
    if p.code and p.code not in p.text:
        p.text += f" Order code {p.code}."
    p.title = ""


# --------------------------------------------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------------------------------------------
@dataclass
class Query:
    """A buyer query with its grades and the facts the self check needs."""

    text: str
    cat: str
    tkey: str
    grades: dict[str, int]
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Catalog:
    """Products of one catalog indexed for query generation."""

    products: list[Product]
    missing: dict[str, tuple[str, ...]]
    by_type: dict[str, list[Product]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for p in self.products:
            self.by_type.setdefault(p.ptype.key, []).append(p)

    def common(self) -> list[str]:
        return [k for k, v in self.by_type.items() if len(v) >= 3]

    def rare(self) -> list[str]:
        return [k for k, v in self.by_type.items() if len(v) <= 2]


def grade(
    prods: list[Product],
    *,
    size: Size | None = None,
    tag: str = "",
    brand: str = "",
    code: str = "",
    fit: str = "",
) -> dict[str, int]:
    """2 when a product of the asked type has every asked attribute, else 1."""
    out: dict[str, int] = {}
    for p in prods:
        ok = size is None or any(size_matches(size, s) for s in p.sizes)
        ok = ok and (not tag or (bool(p.mat) and tag in MATERIALS[p.mat][1]))
        ok = ok and (not brand or p.brand == brand)
        ok = ok and (not code or norm_code(p.code) == norm_code(code))
        ok = ok and (not fit or fit in p.fits)
        out[p.pid] = 2 if ok else 1
    return out


def buyer_case(text: str, rng: random.Random) -> str:
    """Buyers mostly type in lower case."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if rng.random() < 0.15 else text.lower()


def printed(text: str, needle: str) -> bool:
    """Whether needle occurs in text as its own token run (case-insensitive)."""
    pat = r"(?<![\w./\-])" + re.escape(needle.lower()) + r"(?![\w/])"
    return re.search(pat, text.lower()) is not None


def either(a: str, b: str, rng: random.Random) -> str:
    return f"{a} {b}" if rng.random() < 0.5 else f"{b} {a}"


def nm(pt: PType, rng: random.Random) -> str:
    return pt.plural if rng.random() < 0.3 else pt.name


def q_type_size(cat: Catalog, rng: random.Random) -> Query | None:
    pt = TYPES[rng.choice(cat.common())]
    p = rng.choice(cat.by_type[pt.key])
    if not p.sizes:
        return None
    i = rng.randrange(len(p.sizes))
    label = [lb for lb in p.labels if parse_size(lb) is not None][i]
    sz = p.sizes[i]
    if sz.dim == "M" and len(sz.vals) == 2 and rng.random() < 0.6:
        label = label.split(" x ")[0]
    qs = parse_size(label)
    if qs is None:
        return None
    text = either(label, nm(pt, rng), rng)
    return Query(text, "type_size", pt.key, grade(cat.by_type[pt.key], size=qs), {"size": label})


def q_type_material(cat: Catalog, rng: random.Random) -> Query | None:
    pt = TYPES[rng.choice(cat.common())]
    mats = sorted({p.mat for p in cat.by_type[pt.key] if p.mat})
    if not mats:
        return None
    tags = [
        tg
        for tg in MATERIALS[rng.choice(mats)][1]
        if tg not in pt.name and not any(w in pt.name.split() for w in tg.split())
    ]
    if not tags:
        return None
    tag = rng.choice(tags)
    text = f"{tag} {nm(pt, rng)}" if rng.random() < 0.75 else f"{nm(pt, rng)} {tag}"
    return Query(text, "type_material", pt.key, grade(cat.by_type[pt.key], tag=tag), {"tag": tag})


def q_size_other_form(cat: Catalog, rng: random.Random) -> Query | None:
    pt = TYPES[rng.choice(cat.common())]
    prods = cat.by_type[pt.key]
    p = rng.choice(prods)
    labels = [lb for lb in p.labels if parse_size(lb) is not None]
    if not labels:
        return None
    label = rng.choice(labels)
    forms = [f for f in other_forms(label) if not any(printed(q.full, f) for q in prods)]
    if not forms:
        return None
    form = rng.choice(forms)
    qs = parse_size(form)
    text = either(form, nm(pt, rng), rng)
    return Query(text, "size_other_form", pt.key, grade(prods, size=qs), {"size": form})


def q_size_missing(cat: Catalog, rng: random.Random) -> Query | None:
    key = rng.choice(sorted(cat.missing))
    pt, prods = TYPES[key], cat.by_type[key]
    if len(prods) < 3:
        return None
    options = []
    for label in cat.missing[key]:
        sz = parse_size(label)
        cands = [label]
        if sz is not None and sz.dim == "M" and len(sz.vals) == 2:
            cands.append(label.split(" x ")[0])
        for c in cands:
            cs = parse_size(c)
            if cs is not None and not any(size_matches(cs, s) for p in prods for s in p.sizes):
                options.append(c)
    if not options:
        return None
    label = rng.choice(options)
    text = either(label, nm(pt, rng), rng)
    return Query(text, "size_missing", key, dict.fromkeys((p.pid for p in prods), 1), {"size": label})


ADJ = {
    "a": "qs",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "x": "zc",
    "y": "tu",
    "z": "x",
}


def make_typo(word: str, rng: random.Random) -> str:
    """One realistic slip: transposition, dropped or doubled letter, or an adjacent key."""
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0 and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    if op == 2 and word[i].isalpha():
        return word[:i] + word[i] + word[i:]
    if word[i] in ADJ:
        return word[:i] + rng.choice(ADJ[word[i]]) + word[i + 1 :]
    return word[:i] + word[i + 1 :]


def q_typo(cat: Catalog, rng: random.Random) -> Query | None:
    pt = TYPES[rng.choice(sorted(cat.by_type))]
    name = nm(pt, rng)
    words = name.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return None
    i = rng.choice(idx)
    slip = make_typo(words[i].lower(), rng)
    if slip == words[i].lower():
        return None
    typo_name = " ".join([*words[:i], slip, *words[i + 1 :]])
    prods = cat.by_type[pt.key]
    size = None
    text = typo_name
    if rng.random() < 0.4:
        p = rng.choice(prods)
        labels = [lb for lb in p.labels if parse_size(lb) is not None]
        if labels:
            label = rng.choice(labels)
            size = parse_size(label)
            text = either(label, typo_name, rng)
    return Query(text, "typo", pt.key, grade(prods, size=size), {"correct": name, "slip": slip, "word": words[i]})


def code_forms(code: str) -> list[str]:
    toks = [x for x in re.split(r"[\s-]+", code) if x]
    fine = [x for tok in toks for x in re.findall(r"[A-Za-z]+|\d+", tok)]
    return list(
        dict.fromkeys(
            [
                code.lower(),
                "".join(toks).lower(),
                " ".join(fine).lower(),
                "-".join(toks).lower(),
                "".join(toks).upper(),
                "-".join(fine).lower(),
            ]
        )
    )


def q_code(cat: Catalog, rng: random.Random) -> Query | None:
    p = rng.choice(cat.products)
    if not p.code:
        return None
    form = rng.choice(code_forms(p.code))
    brand = rng.random() < 0.35
    text = f"{p.brand.lower()} {form}" if brand else form
    if rng.random() < 0.25:
        text += f" {p.ptype.name}"
    return Query(text, "code", p.ptype.key, grade(cat.by_type[p.ptype.key], code=p.code), {"code": form, "pid": p.pid})


def q_synonym(cat: Catalog, rng: random.Random) -> Query | None:
    pt = TYPES[rng.choice(sorted(cat.by_type))]
    if not pt.syns:
        return None
    syn = rng.choice(pt.syns)
    prods = cat.by_type[pt.key]
    p = rng.choice(prods)
    roll = rng.random()
    size, tag, text = None, "", syn
    if roll < 0.3 and p.sizes:
        label = next(lb for lb in p.labels if parse_size(lb) is not None)
        size = parse_size(label)
        text = either(label, syn, rng)
    elif roll < 0.5 and p.mat:
        tags = [tg for tg in MATERIALS[p.mat][1] if tg not in syn]
        if tags:
            tag = rng.choice(tags)
            text = f"{tag} {syn}"
    return Query(text, "synonym", pt.key, grade(prods, size=size, tag=tag), {"syn": syn})


def accessories_of(cat: Catalog, tool: str) -> list[Product]:
    return [p for p in cat.products if tool in p.fits]


def q_accessory_not_asked(cat: Catalog, rng: random.Random) -> Query | None:
    tools = sorted({f for p in cat.products for f in p.fits})
    key = rng.choice(tools)
    pt, prods = TYPES[key], cat.by_type.get(key, [])
    if not prods:
        return None
    roll = rng.random()
    brand, size, text = "", None, nm(pt, rng)
    if roll < 0.4 and pt.kind == "tool":
        brand = rng.choice(sorted({p.brand for p in prods}))
        text = f"{brand} {text}"
    elif roll < 0.7:
        p = rng.choice(prods)
        labels = [lb for lb in p.labels if parse_size(lb) is not None]
        if labels:
            label = rng.choice(labels)
            size = parse_size(label)
            text = either(label, text, rng)
    return Query(
        text,
        "accessory_not_asked",
        key,
        grade(prods, size=size, brand=brand),
        {"accessories": str(len(accessories_of(cat, key)))},
    )


def q_accessory_asked(cat: Catalog, rng: random.Random) -> Query | None:
    accs = sorted(k for k in cat.by_type if TYPES[k].kind == "acc")
    pt = TYPES[rng.choice(accs)]
    prods = cat.by_type[pt.key]
    p = rng.choice(prods)
    tool = rng.choice(p.fits)
    tname = TYPES[tool].name
    brand = p.brand if pt.brandfit and rng.random() < 0.6 else ""
    size = None
    acc = nm(pt, rng)
    if rng.random() < 0.4:
        labels = [lb for lb in p.labels if parse_size(lb) is not None]
        if labels:
            label = rng.choice(labels)
            size = parse_size(label)
            acc = f"{label} {acc}"
    target = f"{brand} {tname}".strip()
    form = rng.randrange(3)
    if tname in pt.name:
        text = f"{acc} for {brand} {tname}" if brand else acc
    elif form == 0:
        text = f"{acc} for {target}"
    elif form == 1:
        text = f"{acc} to fit {target}"
    else:
        text = f"{target} {acc}"
    return Query(text, "accessory_asked", pt.key, grade(prods, size=size, brand=brand, fit=tool), {"tool": tool})


def q_type_once(cat: Catalog, rng: random.Random) -> Query | None:
    key = rng.choice(cat.rare())
    pt, prods = TYPES[key], cat.by_type[key]
    p = rng.choice(prods)
    roll = rng.random()
    size, tag, text = None, "", nm(pt, rng)
    if roll < 0.35 and p.sizes:
        label = next(lb for lb in p.labels if parse_size(lb) is not None)
        size = parse_size(label)
        text = either(label, text, rng)
    elif roll < 0.55 and p.mat:
        tags = [tg for tg in MATERIALS[p.mat][1] if tg not in pt.name]
        if tags:
            tag = rng.choice(tags)
            text = f"{tag} {text}"
    return Query(text, "type_once", key, grade(prods, size=size, tag=tag))


MAKERS = {
    "type_size": q_type_size,
    "type_material": q_type_material,
    "size_other_form": q_size_other_form,
    "size_missing": q_size_missing,
    "typo": q_typo,
    "code": q_code,
    "synonym": q_synonym,
    "accessory_not_asked": q_accessory_not_asked,
    "accessory_asked": q_accessory_asked,
    "type_once": q_type_once,
}


def is_dev(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] < 64


def make_queries(cat: Catalog, rng: random.Random) -> list[Query]:
    """Draw PER_CLASS unique queries per class, topping up a class until it has both splits."""
    seen: set[str] = set()
    out: list[Query] = []
    for cls in CLASSES:
        got: list[Query] = []
        for _ in range(PER_CLASS * 60):
            splits = {is_dev(q.text) for q in got}
            if len(got) >= PER_CLASS and len(splits) == 2:
                break
            q = MAKERS[cls](cat, rng)
            if q is None:
                continue
            q.text = buyer_case(q.text, rng)
            if q.text in seen:
                continue
            seen.add(q.text)
            got.append(q)
        out += got
    return out


# --------------------------------------------------------------------------------------------------------------
# Self check
# --------------------------------------------------------------------------------------------------------------
def osa(a: str, b: str) -> int:
    """Optimal string alignment distance (edits with adjacent transpositions)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def fail(msg: str) -> None:
    sys.exit(f"self check failed: {msg}")


def check_products(cat: Catalog) -> None:
    n = len(cat.products)
    if not 600 <= n <= 1000:
        fail(f"{n} products")
    if not 130 <= len(cat.by_type) <= 180:
        fail(f"{len(cat.by_type)} types")
    if len(cat.rare()) < len(cat.by_type) // 4:
        fail("too few types listed once or twice")
    everything = " ".join(p.full for p in cat.products)
    for pt in TYPES.values():
        for syn in pt.syns:
            if printed(everything, syn):
                fail(f"synonym {syn!r} is printed")
    for p in cat.products:
        if p.ptype.name.lower() not in p.full:
            fail(f"{p.pid} does not print its type name")
        for lb in p.labels:
            if not printed(p.full, lb):
                fail(f"{p.pid} does not print size {lb}")
        for f in p.fits:
            if f not in TYPES or (TYPES[f].plural.lower() not in p.full and TYPES[f].name.lower() not in p.full):
                fail(f"accessory {p.pid} does not name {f}")
        if p.code and p.code.lower() not in p.full:
            fail(f"{p.pid} does not print its code")
    codes = [norm_code(p.code) for p in cat.products if p.code]
    if len(codes) != len(set(codes)):
        fail("duplicate product codes")


def check_query(q: Query, cat: Catalog) -> None:
    prods = cat.by_type[q.tkey]
    pids = {p.pid for p in prods}
    if not q.grades or set(q.grades) != pids or set(q.grades.values()) - {1, 2}:
        fail(f"bad grades for {q.text!r}")
    size = q.meta.get("size", "")
    if q.cat == "size_missing":
        sz = parse_size(size)
        if sz is None or any(size_matches(sz, s) for p in prods for s in p.sizes) or 2 in q.grades.values():
            fail(f"size_missing query {q.text!r} has a size a product of its type has")
    if q.cat == "size_other_form" and (any(printed(p.full, size) for p in prods) or 2 not in q.grades.values()):
        fail(f"size_other_form query {q.text!r} is printed or matches nothing")
    if q.cat == "type_size" and not any(printed(p.full, size) for p in prods):
        fail(f"type_size query {q.text!r} size not printed")
    slip_ok = q.cat != "typo" or osa(q.meta["slip"], q.meta["word"].lower()) == 1
    if not slip_ok or (q.cat == "typo" and q.meta["correct"].lower() in q.text.lower()):
        fail(f"typo query {q.text!r} contains no typo")
    if q.cat == "code":
        owner = next(p for p in cat.products if p.pid == q.meta["pid"])
        if not owner.code or norm_code(q.meta["code"]) != norm_code(owner.code) or q.grades[owner.pid] != 2:
            fail(f"code query {q.text!r} has no product with that code")
    if q.cat == "synonym" and q.meta["syn"] not in TYPES[q.tkey].syns:
        fail(f"synonym query {q.text!r}")
    if q.cat == "accessory_not_asked" and (TYPES[q.tkey].kind == "acc" or q.meta["accessories"] == "0"):
        fail(f"accessory_not_asked query {q.text!r} has no listed accessories")
    if q.cat == "accessory_asked" and (TYPES[q.tkey].kind != "acc" or 2 not in q.grades.values()):
        fail(f"accessory_asked query {q.text!r}")
    if q.cat == "type_once" and len(prods) > 2:
        fail(f"type_once query {q.text!r} is for a common type")


def check_queries(queries: list[Query], cat: Catalog) -> None:
    texts = [q.text for q in queries]
    if len(texts) != len(set(texts)):
        fail("duplicate query text")
    train = [q for q in queries if not is_dev(q.text)]
    dev = [q for q in queries if is_dev(q.text)]
    if len(train) < 420 or len(dev) < 130:
        fail(f"split sizes train={len(train)} dev={len(dev)}")
    for cls in CLASSES:
        if not any(q.cat == cls for q in train) or not any(q.cat == cls for q in dev):
            fail(f"class {cls} missing from a split")
    for q in queries:
        check_query(q, cat)


# --------------------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------------------
def write_catalog(out_dir: Path, style: str, prefix: str) -> tuple[Catalog, list[Query]]:
    rng = random.Random(f"{SEED}-{style}")  # nosec B311 (a reproducible catalog, not a secret)
    products, missing = make_products(style, prefix, rng)
    render = render_feed if style == "feed" else render_howto
    for p in products:
        render(p, rng)
    cat = Catalog(products, missing)
    check_products(cat)
    queries = make_queries(cat, rng)
    check_queries(queries, cat)

    folder = out_dir / style
    (folder / "qrels").mkdir(parents=True, exist_ok=True)
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for p in products:
            fh.write(json.dumps({"_id": p.pid, "title": p.title, "text": p.text}, ensure_ascii=False) + "\n")
    lines: list[str] = []
    rows: dict[str, list[str]] = {"train": [], "dev": []}
    counters = {"train": 0, "dev": 0}
    for q in queries:
        split = "dev" if is_dev(q.text) else "train"
        qid = f"{split}-{counters[split]:03d}"
        counters[split] += 1
        lines.append(json.dumps({"_id": qid, "text": q.text, "category": q.cat}, ensure_ascii=False))
        rows[split] += [f"{qid}\t{pid}\t{g}" for pid, g in sorted(q.grades.items())]
    (folder / "queries.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for split, body in rows.items():
        (folder / "qrels" / f"{split}.tsv").write_text(
            "query-id\tcorpus-id\tscore\n" + "\n".join(body) + "\n", encoding="utf-8"
        )
    about = (
        f"Synthetic MRO and industrial-supply training catalog in the '{style}' style, written by "
        "scripts/make_training_catalogs_e.py; grades come from the generator's structured product records "
        "(2 = asked type with every asked attribute, 1 = asked type otherwise)."
    )
    gate = {"about": about, "splits": ["train", "dev"], "split": "dev"}
    (folder / "gate.json").write_text(json.dumps(gate, indent=2) + "\n", encoding="utf-8")
    return cat, queries


def main(argv: list[str]) -> None:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path("data/training")
    for style, prefix in STYLES:
        cat, queries = write_catalog(out_dir, style, prefix)
        dev = sum(is_dev(q.text) for q in queries)
        print(
            f"{style}: {len(cat.products)} products, {len(cat.by_type)} types, "
            f"{len(queries) - dev} train / {dev} dev queries"
        )


if __name__ == "__main__":
    main(sys.argv)
