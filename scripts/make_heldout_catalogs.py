"""Write data/heldout/{marketplace,erp,sentences}/: three held-out catalogs in styles development never saw (BEIR).

    .venv/bin/python scripts/make_heldout_catalogs.py [OUTPUT_ROOT]     # default: data/heldout

The ranking was developed on one catalog style (data/sample_products.csv: "Type size, attributes, use"
sentences). A ranking that only works for that style is tuned to it, so these three catalogs are written
in the styles real suppliers use instead, each with buyer queries graded by hand before anyone measured
the service on them (issue 28, point 6):

* ``marketplace``: brand-and-model-first marketplace titles ("Festool TS 55 FEBQ-Plus plunge saw 1200 W,
  160 mm blade, in Systainer"), one to four products per type, accessories that name the tool they fit
  ("Festool FS 1400/2 guide rail 1400 mm for plunge saws").
* ``erp``: terse ERP short texts in capitals with abbreviations, type first ("HEX BOLT DIN933 M8X40 8.8
  ZN", "BALL VLV 3/4 BSP BRS FF LEVER", "CHUCK KEY 13MM PILLAR DRL").
* ``sentences``: a paragraph of prose per product, the type named once and often late ("... a 68 mm hole
  saw with ..."); an accessory names the tools it fits in the plural ("for plunge saws"), a product names
  its own type in the singular.

Each catalog has queries of ten classes, typed as buyers type them: ``type_size``, ``type_material``,
``size_other_form`` (the size written otherwise than in the catalog: "20oz" for "20 OZ", "8mm" for
"8 x 40 mm", "1/2 inch" for 1/2"), ``size_missing`` (a size the catalog lacks: grade 1 only), ``typo``,
``code`` (a model code split or joined), ``synonym`` (a word the catalog never uses: "non return valve"
for check valve, "ear muffs" for ear defenders), ``accessory_not_asked`` ("plunge saw" beside its guide
rails: the tool is relevant, never its accessories), ``accessory_asked`` ("guide rail for plunge saw":
the accessory is the type) and ``type_once`` (a type the catalog lists once or twice).

Judgements, as in scripts/make_buyer_set.py, come from two regular expressions per query over the
product text, written from the texts below and from nothing the service returns: ``kind`` says which
products are the asked-for type (grade 1), ``fit`` which of those also have the asked-for attributes
(grade 2). ``absent`` is checked, not graded: for ``size_missing`` the size that no product of the type
has, for ``synonym`` the word that no product uses. Each product carries, for the checks only, the type
it was written as and, for an accessory or spare part, how a buyer names the tool it fits; neither is
written out. ``_check`` stops the script unless every rule holds (see there).

One split, ``test``: nothing may be tuned on these. Each gate.json has thresholds set from the measurement
after the changes for issue 28 (HIT1, TOLERANCE below), and data/heldout/gate.json gates the union of the
three (UNION_HIT1, scripts/union_gate.py). Output is deterministic (no randomness; the order is the order written here).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]

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


class Product(NamedTuple):
    text: str
    type: str  # the product type it was written as (checks only, not written out)
    fits: str | None = None  # an accessory or spare part: how a buyer names the tool it fits (a regex)


class Query(NamedTuple):
    text: str
    category: str  # one of CLASSES
    kind: str  # the asked-for product type: grade 1
    fit: str | None = None  # of those, the ones with the asked-for attributes: grade 2
    absent: str | None = None  # size_missing: matches no product of the type; synonym: no product at all


class Catalog(NamedTuple):
    name: str
    id_prefix: str
    about: str
    products: list[Product]
    queries: list[Query]


def P(text: str, type_: str) -> Product:
    return Product(text, type_)


def A(text: str, type_: str, fits: str) -> Product:
    return Product(text, type_, fits)


# -- (a) marketplace: brand + model code + type + specs ------------------------------------------------

MARKETPLACE_PRODUCTS = [
    # plunge saws and what fits them
    P("Festool TS 55 FEBQ-Plus plunge saw 1200 W, 160 mm blade, in Systainer", "plunge saw"),
    P("Makita SP6000J plunge saw 1300 W, 165 mm blade, in Makpac case", "plunge saw"),
    P("DeWalt DWS520KT plunge saw 1300 W, 165 mm blade, in TSTAK box", "plunge saw"),
    A("Festool FS 1400/2 guide rail 1400 mm for plunge saws", "guide rail", r"plunge saw"),
    A("Makita 194368-5 guide rail 1500 mm for plunge saws", "guide rail", r"plunge saw"),
    A("DeWalt DWS5022 guide rail 1500 mm for plunge saws", "guide rail", r"plunge saw"),
    A("Festool FSV/2 connector for guide rails, pair, for plunge saws", "rail connector", r"plunge saw"),
    A("Festool HW 160x2.2x20 W48 saw blade for plunge saws, 160 mm, 48 teeth", "plunge saw blade", r"plunge saw"),
    A("Makita B-32960 saw blade for plunge saws, 165 x 20 mm, 48 teeth", "plunge saw blade", r"plunge saw"),
    # circular saws
    P("Makita HS7601J circular saw 1200 W, 190 mm blade, in Makpac case", "circular saw"),
    P("Bosch GKS 190 Professional circular saw 1400 W, 190 mm blade", "circular saw"),
    P("Einhell TE-CS 165 circular saw 1200 W, 165 mm blade", "circular saw"),
    A("Bosch Expert for Wood circular saw blade 190 x 30 mm, 48 teeth", "circular saw blade", r"circular saw"),
    A("Freud LP30M circular saw blade 190 x 30 mm, 24 teeth, for ripping", "circular saw blade", r"circular saw"),
    A("Bosch Optiline Wood circular saw blade 165 x 20 mm, 36 teeth", "circular saw blade", r"circular saw"),
    A("Freud LU3D circular saw blade 260 x 30 mm, 60 teeth, for mitre saws", "circular saw blade", r"mitre saw"),
    # wet and dry vacuums
    P("Kärcher WD 3 wet and dry vacuum 1000 W, 17 l plastic container", "wet and dry vacuum"),
    P("Kärcher WD 5 wet and dry vacuum 1100 W, 25 l stainless steel container", "wet and dry vacuum"),
    P("Einhell TE-VC 2230 SA wet and dry vacuum 1150 W, 30 l stainless steel container", "wet and dry vacuum"),
    P("Makita VC2512L wet and dry vacuum 1000 W, 25 l, L class dust extraction", "wet and dry vacuum"),
    A(
        "Kärcher 2.863-303.0 cartridge filter for wet and dry vacuums WD 2 and WD 3",
        "vacuum cartridge filter",
        r"vac",
    ),
    A(
        "Kärcher 2.863-005.0 cartridge filter for wet and dry vacuums WD 4, WD 5 and WD 6",
        "vacuum cartridge filter",
        r"vac",
    ),
    A("Einhell 2351113 cartridge filter for wet and dry vacuums TE-VC", "vacuum cartridge filter", r"vac"),
    A("Kärcher 2.863-314.0 fleece filter bags for wet and dry vacuums WD 3, pack of 4", "vacuum filter bag", r"vac"),
    A("Kärcher 2.863-305.0 suction hose 3.5 m for wet and dry vacuums", "vacuum hose", r"vac"),
    # angle grinders, their parts and discs
    P("Bosch GWS 7-115 Professional angle grinder 720 W, 115 mm", "angle grinder"),
    P("Makita GA5030R angle grinder 720 W, 125 mm", "angle grinder"),
    P("DeWalt DWE4237 angle grinder 1400 W, 125 mm", "angle grinder"),
    P("Metabo WEV 15-125 Quick angle grinder 1550 W, 125 mm, variable speed", "angle grinder"),
    P("Makita GA9020 angle grinder 2200 W, 230 mm", "angle grinder"),
    P("DeWalt DCG405N cordless angle grinder 18 V, 125 mm, body only", "angle grinder"),
    A("Bosch 2602025103 side handle M10 for angle grinders", "side handle", r"grinder"),
    A("Makita 782423-6 pin spanner for angle grinders, for flange nuts", "pin spanner", r"grinder"),
    A("Bosch 1605510366 wheel guard 125 mm for angle grinders", "wheel guard", r"grinder"),
    A(
        "Klingspor A 60 TZ Special cutting disc 115 x 1.0 x 22.23 mm for steel and stainless steel, "
        "pack of 25, for angle grinders",
        "cutting disc",
        r"grinder",
    ),
    A(
        "Klingspor A 60 TZ Special cutting disc 125 x 1.0 x 22.23 mm for steel and stainless steel, "
        "pack of 25, for angle grinders",
        "cutting disc",
        r"grinder",
    ),
    A(
        "Bosch Expert for Inox cutting disc 125 x 1.6 x 22.23 mm, pack of 25, for angle grinders",
        "cutting disc",
        r"grinder",
    ),
    A(
        "Norton Vulcan cutting disc 230 x 1.9 x 22.23 mm for metal, pack of 10, for angle grinders",
        "cutting disc",
        r"grinder",
    ),
    A("Klingspor SMT 624 flap disc 125 mm P40 zirconia, pack of 10, for angle grinders", "flap disc", r"grinder"),
    A("Klingspor SMT 624 flap disc 125 mm P80 zirconia, pack of 10, for angle grinders", "flap disc", r"grinder"),
    A("3M Cubitron II 967A flap disc 115 mm P60, pack of 10, for angle grinders", "flap disc", r"grinder"),
    A(
        "Bosch Standard for Concrete diamond cutting disc 230 x 22.23 mm, for angle grinders",
        "diamond disc",
        r"grinder",
    ),
    A(
        "Bosch Standard for Universal diamond cutting disc 125 x 22.23 mm, for angle grinders",
        "diamond disc",
        r"grinder",
    ),
    # belt sanders
    P("Makita 9911 belt sander 650 W, 76 x 457 mm belt", "belt sander"),
    P("Bosch PBS 75 AE belt sander 750 W, 75 x 533 mm belt", "belt sander"),
    P("Metabo BAE 75 belt sander 1010 W, 75 x 533 mm belt", "belt sander"),
    A("Klingspor LS 309 XH sanding belts 75 x 533 mm P80, pack of 10, for belt sanders", "sanding belt", r"sander"),
    A("Klingspor LS 309 XH sanding belts 75 x 533 mm P120, pack of 10, for belt sanders", "sanding belt", r"sander"),
    A("Makita sanding belts 76 x 457 mm P80, pack of 5, for belt sanders", "sanding belt", r"sander"),
    A("Bosch 2609255711 sanding frame for belt sanders PBS 75", "sanding frame", r"sander"),
    # random orbital sanders
    P("Festool ETS 125 REQ random orbital sander 250 W, 125 mm pad, in Systainer", "random orbital sander"),
    P("Mirka DEROS 5650CV random orbital sander 350 W, 125 mm pad, 5 mm orbit", "random orbital sander"),
    P("Bosch GEX 125-1 AE random orbital sander 250 W, 125 mm pad", "random orbital sander"),
    P("Makita BO5031 random orbital sander 300 W, 125 mm pad", "random orbital sander"),
    A("3M Hookit 125 mm 8-hole sanding discs P120, 50 pcs, for random orbital sanders", "sanding disc", r"sander"),
    A("3M Hookit 125 mm 8-hole sanding discs P80, 50 pcs, for random orbital sanders", "sanding disc", r"sander"),
    A("Mirka Abranet sanding discs 150 mm P180, 50 pcs, for random orbital sanders", "sanding disc", r"sander"),
    A("Bosch 2608601607 backing pad 125 mm, hook and loop, for random orbital sanders", "backing pad", r"sander"),
    # cordless drills, batteries, chargers
    P("DeWalt DCD796P2 cordless combi drill 18 V, brushless, 2 x 5.0 Ah batteries, in TSTAK box", "cordless drill"),
    P("DeWalt DCD791D2 cordless drill driver 18 V, brushless, 2 x 2.0 Ah batteries", "cordless drill"),
    P("Makita DHP485Z cordless combi drill 18 V LXT, brushless, body only", "cordless drill"),
    P("Bosch GSR 12V-15 cordless drill driver 12 V, 2 x 2.0 Ah batteries", "cordless drill"),
    P("Milwaukee M18 FPD3-502X cordless combi drill 18 V, 2 x 5.0 Ah batteries", "cordless drill"),
    A("DeWalt DCB184 XR battery 18 V 5.0 Ah Li-ion, for DeWalt cordless tools", "battery", r"cordless|drill"),
    A("DeWalt DCB182 XR battery 18 V 4.0 Ah Li-ion, for DeWalt cordless tools", "battery", r"cordless|drill"),
    A("Makita BL1850B LXT battery 18 V 5.0 Ah Li-ion, for Makita cordless tools", "battery", r"cordless|drill"),
    A("Bosch GBA 12V 2.0Ah battery, for Bosch 12 V cordless tools", "battery", r"cordless|drill"),
    A("DeWalt DCB115 XR charger 10.8-18 V, for DeWalt batteries", "charger", r"cordless|drill"),
    A("Makita DC18RC fast charger 14.4-18 V, for Makita LXT batteries", "charger", r"cordless|drill"),
    # impact drivers
    P("Makita DTD153Z cordless impact driver 18 V LXT, 170 Nm, body only", "impact driver"),
    P("DeWalt DCF887N cordless impact driver 18 V XR, 205 Nm, body only", "impact driver"),
    P("Milwaukee M12 FID-202X cordless impact driver 12 V, 147 Nm, 2 x 2.0 Ah batteries", "impact driver"),
    A('Wera Bit-Check 30 Impaktor 1 bit set, 30 pcs, 1/4" hex, for impact drivers', "bit set", r"impact driver"),
    # rotary hammers and their bits
    P("Bosch GBH 2-26 DRE Professional rotary hammer SDS-plus 800 W, 2.7 J", "rotary hammer"),
    P("Makita HR2470 rotary hammer SDS-plus 780 W, 2.4 J", "rotary hammer"),
    P("DeWalt D25133K rotary hammer SDS-plus 800 W, 2.6 J", "rotary hammer"),
    P("Makita HR4013C rotary hammer SDS-max 1100 W, 11 J", "rotary hammer"),
    A("Bosch SDS-plus-5X masonry drill bit 6 x 110 mm, for rotary hammers", "masonry drill bit", r"hammer|sds"),
    A("Bosch SDS-plus-5X masonry drill bit 8 x 160 mm, for rotary hammers", "masonry drill bit", r"hammer|sds"),
    A("Bosch SDS-plus-5X masonry drill bit 10 x 160 mm, for rotary hammers", "masonry drill bit", r"hammer|sds"),
    A("Bosch SDS-plus-7X masonry drill bit 12 x 210 mm, for rotary hammers", "masonry drill bit", r"hammer|sds"),
    A(
        "Bosch SDS-plus-5X masonry drill bit set, 5 pcs, 5 / 6 / 8 / 10 / 12 mm, for rotary hammers",
        "masonry drill bit set",
        r"hammer|sds",
    ),
    A("Makita SDS-plus flat chisel 20 x 250 mm, for rotary hammers", "sds chisel", r"hammer|sds"),
    A("Bosch SDS-plus keyless chuck adapter 13 mm, for rotary hammers", "chuck adapter", r"hammer|sds"),
    # jigsaws
    P("Bosch PST 900 PEL jigsaw 620 W, 90 mm cutting depth in wood", "jigsaw"),
    P("Makita 4350FCT jigsaw 720 W, LED light, 135 mm cutting depth in wood", "jigsaw"),
    P("Festool PSC 420 EB cordless jigsaw 18 V, body only, in Systainer", "jigsaw"),
    A("Bosch T 101 B jigsaw blades for wood, 5 pcs", "jigsaw blade", r"jigsaw"),
    A("Bosch T 118 A jigsaw blades for metal, 5 pcs", "jigsaw blade", r"jigsaw"),
    A("Bosch T 101 AO jigsaw blades for curves in wood, 5 pcs", "jigsaw blade", r"jigsaw"),
    # mitre saws
    P("Makita LS1018L sliding mitre saw 1430 W, 260 mm blade", "mitre saw"),
    P("DeWalt DWS780 sliding mitre saw 1675 W, 305 mm blade, XPS shadow line", "mitre saw"),
    P("Bosch PCM 8 mitre saw 1200 W, 216 mm blade", "mitre saw"),
    A("Bosch GTA 3800 Professional stand for mitre saws, 3.8 m", "mitre saw stand", r"mitre saw"),
    # heat guns
    P("Steinel HL 2020 E heat gun 2200 W, 50-630 °C, LCD display", "heat gun"),
    P("Bosch GHG 23-66 Professional heat gun 2300 W, 50-650 °C", "heat gun"),
    P("Black+Decker KX1650 heat gun 1750 W, two heat settings", "heat gun"),
    A("Steinel reflector nozzle 33 mm for heat guns", "heat gun nozzle", r"heat gun"),
    A("Steinel wide slot nozzle 75 mm for heat guns", "heat gun nozzle", r"heat gun"),
    # power tools the catalog lists once
    P("Fein MultiMaster FMM 350 QSL oscillating multi-tool 350 W, with accessories, in case", "multi-tool"),
    P("Kärcher K 4 Power Control pressure washer 1800 W, 130 bar", "pressure washer"),
    P("Makita HM1317C demolition hammer SDS-max 1510 W, 25.5 J", "demolition hammer"),
    P("Bosch GLL 3-80 Professional line laser, 3 x 360° lines, 30 m range", "line laser"),
    P("Makita PJ7000J biscuit jointer 700 W, in Makpac case", "biscuit jointer"),
    P("Rubi TC-60 manual tile cutter 600 mm", "tile cutter"),
    P("Arrow T50 staple gun, for 6-14 mm staples", "staple gun"),
    # hammers and their handles
    P("Estwing E3-16C claw hammer 16 oz, solid steel, vinyl grip", "claw hammer"),
    P("Stanley FatMax claw hammer 20 oz, fibreglass handle", "claw hammer"),
    P("Estwing E3-20S claw hammer 20 oz, solid steel, leather grip", "claw hammer"),
    P("Faithfull FAISH10 sledge hammer 10 lb (4.54 kg), hickory handle", "sledge hammer"),
    P("Faithfull FAISH7 sledge hammer 7 lb (3.18 kg), hickory handle", "sledge hammer"),
    P("Roughneck sledge hammer 14 lb (6.35 kg), fibreglass handle", "sledge hammer"),
    P("Stanley club hammer 2.5 lb (1.13 kg), fibreglass handle", "club hammer"),
    A("Faithfull replacement hickory handle 910 mm (36 in) for sledge hammers", "sledge hammer handle", r"sledge"),
    A("Roughneck replacement fibreglass handle 900 mm for sledge hammers", "sledge hammer handle", r"sledge"),
    A("Faithfull replacement hickory handle 330 mm (13 in) for claw hammers", "claw hammer handle", r"claw"),
    # keys, pliers, wrenches
    P("Wera 950/9 Hex-Plus hex key set, 9 pcs, 1.5-10 mm metric, ball end", "hex key set"),
    P("Bondhus ball end hex key set, 13 pcs, 0.050-3/8 in, imperial", "hex key set"),
    P("PB Swiss Tools hex key set, 9 pcs, 1.5-10 mm, stainless steel", "hex key set"),
    P("Knipex 87 01 180 Cobra water pump pliers 180 mm", "water pump pliers"),
    P("Knipex 87 01 250 Cobra water pump pliers 250 mm", "water pump pliers"),
    P("Knipex 87 01 300 Cobra water pump pliers 300 mm", "water pump pliers"),
    P("Knipex 03 06 180 combination pliers 180 mm, VDE insulated 1000 V", "combination pliers"),
    P("Irwin Vise-Grip 10WR locking pliers 250 mm, curved jaw", "locking pliers"),
    P("Irwin Vise-Grip 7WR locking pliers 175 mm, curved jaw", "locking pliers"),
    P("Bahco 8071 adjustable wrench 8 in (205 mm)", "adjustable wrench"),
    P("Bahco 8072 adjustable wrench 10 in (255 mm)", "adjustable wrench"),
    P("Bahco 8073 adjustable wrench 12 in (308 mm)", "adjustable wrench"),
    P('Bahco 7455-200 torque wrench 1/2" drive, 40-200 Nm', "torque wrench"),
    P('Norbar TTi 20 torque wrench 1/4" drive, 4-20 Nm', "torque wrench"),
    P('Gedore D 19 socket set 1/2" drive, 24 pcs, 10-32 mm', "socket set"),
    P("Ridgid 31025 pipe wrench 14 in (350 mm), cast iron", "pipe wrench"),
    P("Ridgid 31030 pipe wrench 18 in (450 mm), cast iron", "pipe wrench"),
    # measuring, cutting, clamping
    P("Stanley FatMax tape measure 8 m / 26 ft, 32 mm blade", "tape measure"),
    P("Stanley FatMax tape measure 5 m / 16 ft, 32 mm blade", "tape measure"),
    P("Stabila 70-2 spirit level 60 cm, aluminium", "spirit level"),
    P("Stabila 70-2 spirit level 120 cm, aluminium", "spirit level"),
    P("Stanley 0-10-099 retractable utility knife", "utility knife"),
    A("Stanley 1-11-921 blades for utility knives, 100 pcs", "utility knife blade", r"knife"),
    P("Irwin Quick-Grip bar clamp 300 mm", "bar clamp"),
    P("Irwin Quick-Grip bar clamp 600 mm", "bar clamp"),
    P("Bessey GZ30 F-clamp 300 x 120 mm", "f-clamp"),
    P("Cox Midi Flow sealant gun for 310 ml cartridges", "sealant gun"),
    P("C.K heavy duty sealant gun for 310 ml cartridges and 400 ml foil packs", "sealant gun"),
    A("Cox spare nozzles for sealant guns, pack of 10", "sealant nozzle", r"sealant|caulk"),
    # screws, plugs, bolts, nuts, washers
    P("SPAX wood screws 4 x 40 mm, countersunk, T-Star plus, yellow zinc, 200 pcs", "wood screw"),
    P("SPAX wood screws 5 x 60 mm, countersunk, T-Star plus, yellow zinc, 200 pcs", "wood screw"),
    P("SPAX wood screws 6 x 100 mm, countersunk, T-Star plus, yellow zinc, 100 pcs", "wood screw"),
    P("SPAX wood screws 4 x 40 mm, countersunk, T-Star plus, A2 stainless steel, 200 pcs", "wood screw"),
    P("SPAX wood screws 5 x 50 mm, countersunk, T-Star plus, A2 stainless steel, 100 pcs", "wood screw"),
    P("Fischer DUOPOWER wall plugs 6 x 30 mm, nylon, 100 pcs", "wall plug"),
    P("Fischer DUOPOWER wall plugs 8 x 40 mm, nylon, 50 pcs", "wall plug"),
    P("Fischer DUOPOWER wall plugs 10 x 50 mm, nylon, 50 pcs", "wall plug"),
    P("Fischer FAZ II wedge anchor M10 x 95 mm, zinc plated, 50 pcs", "wedge anchor"),
    P("TIMCO hex bolts M6 x 20 mm, zinc plated, grade 8.8, DIN 933, 100 pcs", "hex bolt"),
    P("TIMCO hex bolts M6 x 30 mm, A2 stainless steel, DIN 933, 50 pcs", "hex bolt"),
    P("TIMCO hex bolts M8 x 40 mm, zinc plated, grade 8.8, DIN 933, 50 pcs", "hex bolt"),
    P("TIMCO hex bolts M8 x 40 mm, A2 stainless steel, DIN 933, 25 pcs", "hex bolt"),
    P("TIMCO hex bolts M8 x 60 mm, zinc plated, grade 8.8, DIN 931, 50 pcs", "hex bolt"),
    P("TIMCO hex bolts M10 x 50 mm, zinc plated, grade 8.8, DIN 933, 25 pcs", "hex bolt"),
    P("TIMCO hex bolts M12 x 80 mm, hot-dip galvanised, grade 8.8, DIN 931, 10 pcs", "hex bolt"),
    A("TIMCO flat washers for M6 bolts, zinc plated, DIN 125, 200 pcs", "washer", r"bolt"),
    A("TIMCO flat washers for M8 bolts, zinc plated, DIN 125, 200 pcs", "washer", r"bolt"),
    A("TIMCO flat washers for M8 bolts, A2 stainless steel, DIN 125, 100 pcs", "washer", r"bolt"),
    A("TIMCO penny washers for M10 bolts, 10 x 30 mm, zinc plated, 50 pcs", "penny washer", r"bolt"),
    P("TIMCO hex nuts M6, zinc plated, DIN 934, 200 pcs", "hex nut"),
    P("TIMCO hex nuts M8, zinc plated, DIN 934, 200 pcs", "hex nut"),
    P("TIMCO hex nuts M8, A2 stainless steel, DIN 934, 100 pcs", "hex nut"),
    P("TIMCO hex nuts M10, zinc plated, DIN 934, 100 pcs", "hex nut"),
    P("TIMCO nylon lock nuts M8, zinc plated, DIN 985, 100 pcs", "lock nut"),
    P("TIMCO threaded rod M8 x 1 m, zinc plated, grade 4.8, 10 pcs", "threaded rod"),
    P("TIMCO threaded rod M10 x 1 m, zinc plated, grade 4.8, 10 pcs", "threaded rod"),
    P("TIMCO threaded rod M10 x 1 m, A2 stainless steel, 5 pcs", "threaded rod"),
    P("TIMCO coach screws 8 x 100 mm, zinc plated, 50 pcs", "coach screw"),
    P("TIMCO coach screws 10 x 120 mm, zinc plated, 25 pcs", "coach screw"),
    P("Gesipa blind rivets 4 x 10 mm, aluminium, 500 pcs", "blind rivet"),
    P("Gesipa blind rivets 4.8 x 12 mm, aluminium, 250 pcs", "blind rivet"),
    P("Gesipa NTX hand riveter for blind rivets 2.4-5.0 mm", "riveter"),
    # plumbing
    P('Pegler PB500 ball valve 1/2" BSP female, brass, lever handle', "ball valve"),
    P('Pegler PB500 ball valve 3/4" BSP female, brass, lever handle', "ball valve"),
    P('Pegler PB500 ball valve 1" BSP female, brass, lever handle', "ball valve"),
    P('Bonomi ball valve 1/2" BSP female, 316 stainless steel, lever handle', "ball valve"),
    P("Pegler Prestex isolating ball valve 15 mm compression, brass, blue handle", "ball valve"),
    P("Pegler Prestex isolating ball valve 22 mm compression, brass, blue handle", "ball valve"),
    P('Pegler check valve 1/2" BSP female, brass, spring loaded', "check valve"),
    P('Pegler check valve 3/4" BSP female, brass, spring loaded', "check valve"),
    P("Pegler check valve 15 mm compression, brass, double check", "check valve"),
    P('Pegler gate valve 3/4" BSP female, brass, wheel handle', "gate valve"),
    P("Pegler Prestex straight coupling 15 mm compression, brass", "straight coupling"),
    P("Pegler Prestex straight coupling 22 mm compression, brass", "straight coupling"),
    P("Pegler Prestex elbow 90° 15 mm compression, brass", "elbow"),
    P("Pegler Prestex elbow 90° 22 mm compression, brass", "elbow"),
    P("Pegler Prestex equal tee 15 mm compression, brass", "tee"),
    P("JG Speedfit elbow 90° 15 mm push-fit, plastic, pack of 10", "elbow"),
    P("JG Speedfit straight coupling 22 mm push-fit, plastic, pack of 10", "straight coupling"),
    P("Pegler Terrier thermostatic radiator valve 15 mm, angled", "radiator valve"),
    P('Oracstar flexible tap connector 15 mm x 1/2" BSP, 300 mm, braided stainless steel', "tap connector"),
    P("Monument 265B pipe cutter 15-22 mm, for copper pipe", "pipe cutter"),
    P("Rothenberger Pipeslice pipe cutter 15 mm, for copper pipe", "pipe cutter"),
    P("Rothenberger pipe cutter 3-35 mm, for copper and stainless steel pipe", "pipe cutter"),
    A("Monument 272S spare cutter wheels for pipe cutters, pack of 2", "cutter wheel", r"pipe cutter"),
    P("Rothenberger PTFE thread seal tape 12 mm x 12 m, 10 rolls", "ptfe tape"),
    # safety
    P("3M Peltor Optime II ear defenders, headband, SNR 31 dB", "ear defenders"),
    P("3M Peltor X4A ear defenders, headband, SNR 33 dB", "ear defenders"),
    P("JSP Sonis 2 ear defenders, headband, SNR 32 dB", "ear defenders"),
    P("3M Peltor Optime I ear defenders, helmet mounted, SNR 26 dB", "ear defenders"),
    A("3M Peltor HY51 hygiene kit for ear defenders Optime I", "hygiene kit", r"ear defender"),
    P("3M 1100 foam ear plugs, SNR 37 dB, 200 pairs", "ear plugs"),
    P("Uvex pheos safety glasses, clear lens, anti-fog", "safety glasses"),
    P("Bollé Silium+ safety glasses, smoke lens", "safety glasses"),
    P("3M Aura 9322+ FFP2 dust mask with valve, 10 pcs", "dust mask"),
    P("3M Aura 9332+ FFP3 dust mask with valve, 10 pcs", "dust mask"),
    P("3M 6200 half mask respirator, size M", "half mask"),
    P("3M 7502 half mask respirator, silicone, size M", "half mask"),
    A("3M 6035 P3 filters for half mask respirators, 1 pair", "respirator filter", r"half mask|respirator"),
    A(
        "3M 6059 ABEK1 gas and vapour filters for half mask respirators, 1 pair",
        "respirator filter",
        r"half mask|respirator",
    ),
    P("Ansell HyFlex 11-541 cut resistant gloves, level C, size 9", "cut resistant gloves"),
    P("Ansell HyFlex 11-541 cut resistant gloves, level C, size 10", "cut resistant gloves"),
    P("Showa 7500PF disposable nitrile gloves, size L, 100 pcs", "nitrile gloves"),
    P("JSP EVO3 safety helmet, white, vented", "safety helmet"),
    # adhesives and sealants
    P("CT1 sealant and adhesive 290 ml, white", "hybrid sealant"),
    P("CT1 sealant and adhesive 290 ml, clear", "hybrid sealant"),
    P("Sikaflex-11 FC+ polyurethane sealant and adhesive 300 ml, grey", "polyurethane sealant"),
    P("Dow 785 sanitary silicone sealant 310 ml, clear", "silicone sealant"),
    P("Everbuild Forever White sanitary silicone sealant 300 ml, white", "silicone sealant"),
    P("Loctite 243 threadlocker, medium strength, 50 ml", "threadlocker"),
    P("Loctite 270 threadlocker, high strength, 50 ml", "threadlocker"),
    P("Gorilla Glue original polyurethane glue 250 ml", "glue"),
    P("Soudal gun grade expanding foam 750 ml", "expanding foam"),
    P("Soudal hand held expanding foam 750 ml, with straw", "expanding foam"),
    P("Soudal metal applicator gun for gun grade expanding foam", "foam gun"),
    A("Soudal cleaner 500 ml for expanding foam guns", "foam cleaner", r"foam"),
    # electrical
    P("Masterplug extension lead 4 gang, 2 m, 13 A, white", "extension lead"),
    P("Masterplug extension lead 4 gang, 5 m, 13 A, white", "extension lead"),
    P("Masterplug extension lead 6 gang, 2 m, surge protected, black", "extension lead"),
    P("Masterplug extension lead 2 gang, 10 m, 13 A, black", "extension lead"),
    P("Masterplug cable reel 25 m, 4 sockets, 13 A", "cable reel"),
    P("Wago 221-412 lever connectors, 2 conductor, 50 pcs", "lever connector"),
    P("Wago 221-413 lever connectors, 3 conductor, 50 pcs", "lever connector"),
    P("Wago 221-415 lever connectors, 5 conductor, 25 pcs", "lever connector"),
    P("Fluke T150 two pole voltage tester, 690 V", "voltage tester"),
    P("Fluke 117 digital multimeter, true RMS, CAT III 600 V", "multimeter"),
    A("Fluke TL75 test leads for multimeters", "test leads", r"multimeter"),
    P("Knipex 12 62 180 automatic wire stripper 180 mm, 0.2-6 mm²", "wire stripper"),
    P("HellermannTyton cable ties 300 x 4.8 mm, black, 100 pcs", "cable tie"),
    P("HellermannTyton cable ties 200 x 4.8 mm, natural, 100 pcs", "cable tie"),
    P("HellermannTyton cable ties 100 x 2.5 mm, black, 100 pcs", "cable tie"),
    P("Advance PVC insulation tape 19 mm x 20 m, black, 10 rolls", "insulation tape"),
]

MARKETPLACE_QUERIES = [
    Query("angle grinder 230mm", "type_size", r"angle grinder \d", r"\b230 mm"),
    Query("hex bolts m8 x 60", "type_size", r"hex bolts M", r"M8 x 60 mm"),
    Query("wet and dry vacuum 25 l", "type_size", r"wet and dry vacuum \d", r"\b25 l\b"),
    Query("water pump pliers 300mm", "type_size", r"water pump pliers", r"300 mm"),
    Query("ear defenders snr 33", "type_size", r"ear defenders,", r"SNR 33"),
    Query("cable ties 300 x 4.8", "type_size", r"cable ties", r"300 x 4\.8"),
    Query("spirit level 120 cm", "type_size", r"spirit level", r"120 cm"),
    Query("ball valve 22mm compression", "type_size", r"ball valve", r"22 mm compression"),
    Query("hex bolt m8 stainless", "type_material", r"hex bolts M", r"M8 x \d+ mm, A2 stainless"),
    Query("stainless wood screws", "type_material", r"wood screws", r"stainless"),
    Query("ball valve stainless steel 1/2", "type_material", r"ball valve", r"1/2\" .*stainless"),
    Query("galvanised hex bolt", "type_material", r"hex bolts M", r"galvanised"),
    Query("sledge hammer fibreglass handle", "type_material", r"sledge hammer \d", r"fibreglass"),
    Query("flat washers m8 stainless", "type_material", r"flat washers", r"M8 bolts, A2 stainless"),
    Query("hex nuts m8 stainless", "type_material", r"\bhex nuts M", r"M8, A2"),
    Query("20oz claw hammer", "size_other_form", r"claw hammer \d", r"20 oz"),
    Query("ball valve 3/4 inch", "size_other_form", r"ball valve", r"3/4\""),
    Query("wall plugs 8mm", "size_other_form", r"wall plugs", r"\b8 x 40 mm"),
    Query("pipe cutter 15 to 22 mm", "size_other_form", r"pipe cutter \d", r"15-22 mm|3-35 mm"),
    Query("adjustable wrench 10 inch", "size_other_form", r"adjustable wrench", r"10 in\b"),
    Query("sanding belts 3 x 21", "size_other_form", r"sanding belts", r"75 x 533"),
    Query("18v 5ah battery", "size_other_form", r"\bbattery\b", r"18 V 5\.0 Ah"),
    Query("cutting disc 4 1/2 inch", "size_other_form", r"cutting disc \d", r"\b115 x"),
    Query("angle grinder 180mm", "size_missing", r"angle grinder \d", absent=r"\b180 mm"),
    Query("wet and dry vacuum 40 litre", "size_missing", r"wet and dry vacuum \d", absent=r"\b40 l\b"),
    Query("hex bolt m16", "size_missing", r"hex bolts M", absent=r"M16"),
    Query("wall plugs 12mm", "size_missing", r"wall plugs", absent=r"\b12 x"),
    Query("claw hammer 24oz", "size_missing", r"claw hammer \d", absent=r"24 oz"),
    Query("ball valve 2 inch", "size_missing", r"ball valve", absent=r"(?<![/\d])2\""),
    Query("angel grinder 125", "typo", r"angle grinder \d", r"125 mm"),
    Query("wet and dry vaccum 17l", "typo", r"wet and dry vacuum \d", r"\b17 l\b"),
    Query("ball vlave 3/4", "typo", r"ball valve", r"3/4\""),
    Query("ear defendors", "typo", r"ear defenders,"),
    Query("sledge hamer 10lb", "typo", r"sledge hammer \d", r"\b10 lb"),
    Query("jigsaw blades for metel", "typo", r"jigsaw blades", r"for metal"),
    Query("plunge saw festol", "typo", r"plunge saw \d", r"Festool"),
    Query("ts55", "code", r"plunge saw \d", r"\bTS 55\b"),
    Query("wd3", "code", r"wet and dry vacuum \d", r"\bWD 3 wet"),
    Query("dcd 796", "code", r"(combi drill|drill driver) \d", r"DCD796"),
    Query("ga 5030", "code", r"angle grinder \d", r"GA5030"),
    Query("gbh 2-26", "code", r"rotary hammer SDS", r"GBH 2-26"),
    Query("hr2470", "code", r"rotary hammer SDS", r"HR2470"),
    Query("makita dtd 153", "code", r"impact driver \d", r"DTD153"),
    Query("ls 1018", "code", r"mitre saw \d", r"LS1018"),
    Query("non return valve 3/4", "synonym", r"check valve", r"3/4\"", absent=r"non.?return"),
    Query("extension cable 4 way 5m", "synonym", r"extension lead", r"4 gang, 5 m", absent=r"extension cable"),
    Query("allen key set metric", "synonym", r"hex key set", r"\d mm", absent=r"allen"),
    Query("ear muffs", "synonym", r"ear defenders,", absent=r"muff"),
    Query("caulking gun", "synonym", r"sealant gun\b(?!s)", absent=r"caulk"),
    Query("mole grips 10 inch", "synonym", r"locking pliers", r"250 mm", absent=r"mole"),
    Query("adjustable spanner", "synonym", r"adjustable wrench", absent=r"adjustable spanner"),
    Query("shop vac", "synonym", r"wet and dry vacuum \d", absent=r"shop"),
    Query("plunge saw", "accessory_not_asked", r"plunge saw \d"),
    Query("karcher wet and dry vacuum", "accessory_not_asked", r"wet and dry vacuum \d", r"Kärcher"),
    Query("belt sander 75 x 533", "accessory_not_asked", r"belt sander \d", r"75 x 533"),
    Query("random orbital sander 125mm", "accessory_not_asked", r"random orbital sander \d", r"125 mm"),
    Query("m6 bolt", "accessory_not_asked", r"hex bolts M", r"M6 x"),
    Query("sledge hammer", "accessory_not_asked", r"sledge hammer \d"),
    Query("angle grinder 115mm", "accessory_not_asked", r"angle grinder \d", r"115 mm"),
    Query("half mask respirator", "accessory_not_asked", r"half mask respirator,"),
    Query("jigsaw", "accessory_not_asked", r"jigsaw \d"),
    Query("guide rail for plunge saw", "accessory_asked", r"guide rail \d"),
    Query("sanding belts 75 x 533", "accessory_asked", r"sanding belts", r"75 x 533"),
    Query("replacement handle sledge hammer", "accessory_asked", r"handle .*for sledge hammers"),
    Query("cartridge filter wd 3", "accessory_asked", r"cartridge filter", r"WD 3"),
    Query("sanding discs 125mm p120", "accessory_asked", r"sanding discs", r"125 mm .*P120"),
    Query("p3 filters half mask", "accessory_asked", r"filters for half mask", r"\bP3\b"),
    Query("dewalt charger", "accessory_asked", r"\bcharger\b", r"DeWalt"),
    Query("side handle for angle grinder", "accessory_asked", r"side handle"),
    Query("oscillating multi tool", "type_once", r"oscillating multi-tool"),
    Query("pressure washer", "type_once", r"pressure washer"),
    Query("tile cutter", "type_once", r"tile cutter"),
    Query("biscuit jointer", "type_once", r"biscuit jointer"),
    Query("multimeter", "type_once", r"multimeter\b(?!s)"),
    Query("line laser", "type_once", r"line laser"),
    Query("safety helmet", "type_once", r"safety helmet"),
    Query("thermostatic radiator valve 15mm", "type_once", r"radiator valve", r"15 mm"),
]


# -- (b) ERP short texts: capitals, type first, abbreviations, units glued to numbers -----------------

ERP_PRODUCTS = [
    # hex bolts (DIN 931 part thread, DIN 933 full thread), nuts, washers, caps
    P("HEX BOLT DIN933 M6X30 8.8 ZN", "hex bolt"),
    P("HEX BOLT DIN933 M6X30 A2 SS", "hex bolt"),
    P("HEX BOLT DIN933 M8X25 8.8 ZN", "hex bolt"),
    P("HEX BOLT DIN933 M8X40 8.8 ZN", "hex bolt"),
    P("HEX BOLT DIN933 M8X40 A2 SS", "hex bolt"),
    P("HEX BOLT DIN931 M8X60 8.8 ZN", "hex bolt"),
    P("HEX BOLT DIN933 M10X30 8.8 ZN", "hex bolt"),
    P("HEX BOLT DIN931 M10X80 8.8 ZN", "hex bolt"),
    P("HEX BOLT DIN931 M10X80 A4 SS", "hex bolt"),
    P("HEX BOLT DIN931 M12X80 8.8 HDG", "hex bolt"),
    P("HEX BOLT DIN931 M12X100 10.9 BLK", "hex bolt"),
    P("HEX BOLT DIN931 M16X100 8.8 HDG", "hex bolt"),
    P("HEX NUT DIN934 M6 8 ZN", "hex nut"),
    P("HEX NUT DIN934 M8 8 ZN", "hex nut"),
    P("HEX NUT DIN934 M8 A2 SS", "hex nut"),
    P("HEX NUT DIN934 M10 8 ZN", "hex nut"),
    P("HEX NUT DIN934 M12 8 HDG", "hex nut"),
    P("NYLOC NUT DIN985 M8 ZN", "lock nut"),
    P("NYLOC NUT DIN985 M10 A2 SS", "lock nut"),
    P("WSHR FLAT DIN125A M6 ZN", "flat washer"),
    P("WSHR FLAT DIN125A M8 ZN", "flat washer"),
    P("WSHR FLAT DIN125A M8 A2 SS", "flat washer"),
    P("WSHR FLAT DIN125A M10 ZN", "flat washer"),
    P("WSHR FLAT DIN125A M12 HDG", "flat washer"),
    P("WSHR PENNY M10X40MM OD ZN", "penny washer"),
    A("BOLT COVER CAP M8 13AF PE BLK", "bolt cap", r"bolt"),
    A("BOLT COVER CAP M10 17AF PE BLK", "bolt cap", r"bolt"),
    # socket screws, threaded rod, wood and coach screws, plugs, anchors, rivets
    P("SKT HD CAP SCR DIN912 M6X25 12.9 BLK", "socket cap screw"),
    P("SKT HD CAP SCR DIN912 M8X30 12.9 BLK", "socket cap screw"),
    P("SKT HD CAP SCR DIN912 M8X30 A2 SS", "socket cap screw"),
    P("SKT HD CAP SCR DIN912 M10X40 12.9 BLK", "socket cap screw"),
    P("THD ROD DIN976 M8X1000 4.8 ZN", "threaded rod"),
    P("THD ROD DIN976 M10X1000 4.8 ZN", "threaded rod"),
    P("THD ROD DIN976 M12X1000 A2 SS", "threaded rod"),
    P("WOOD SCR CSK PZ2 4.0X40 ZY (200)", "wood screw"),
    P("WOOD SCR CSK PZ2 4.0X40 A2 SS (200)", "wood screw"),
    P("WOOD SCR CSK PZ3 5.0X60 ZY (200)", "wood screw"),
    P("WOOD SCR CSK TX30 6.0X100 ZY (100)", "wood screw"),
    P("COACH SCR DIN571 8X80 ZN", "coach screw"),
    P("WALL PLUG NYL 6X30 (100)", "wall plug"),
    P("WALL PLUG NYL 8X40 (100)", "wall plug"),
    P("WALL PLUG NYL 10X50 (50)", "wall plug"),
    P("ANCHOR WEDGE M10X95 ZN", "wedge anchor"),
    P("RIVET BLIND AL/ST 4.0X10 DOME (500)", "blind rivet"),
    P("RIVET GUN HAND 2.4-4.8MM HD", "rivet gun"),
    A("NOSEPIECE 4.8MM F/ RIVET GUN", "rivet gun nosepiece", r"rivet"),
    # valves and fittings
    P("BALL VLV 1/2 BSP BRS FF LEVER", "ball valve"),
    P("BALL VLV 3/4 BSP BRS FF LEVER", "ball valve"),
    P("BALL VLV 3/4 BSP BRS MF LEVER", "ball valve"),
    P("BALL VLV 1 BSP BRS FF LEVER", "ball valve"),
    P("BALL VLV 1-1/4 BSP BRS FF LEVER", "ball valve"),
    P("BALL VLV 1/2 BSP SS316 FF LEVER", "ball valve"),
    P("BALL VLV 3/4 BSP SS316 FF LEVER", "ball valve"),
    P("BALL VLV 15MM COMP BRS ISOL", "ball valve"),
    P("BALL VLV 22MM COMP BRS ISOL", "ball valve"),
    P("CHECK VLV SPRING 1/2 BSP BRS FF", "check valve"),
    P("CHECK VLV SPRING 3/4 BSP BRS FF", "check valve"),
    P("CHECK VLV SWING 1 BSP BRS FF", "check valve"),
    P("CHECK VLV SWING 2 BSP BRZ FF", "check valve"),
    P("GATE VLV 1/2 BSP BRS FF WHEEL", "gate valve"),
    P("GATE VLV 3/4 BSP BRS FF WHEEL", "gate valve"),
    P("ELBOW 90DEG COMP 15MM BRS", "elbow"),
    P("ELBOW 90DEG COMP 22MM BRS", "elbow"),
    P("ELBOW 90DEG 3/4 BSP GALV MALL FF", "elbow"),
    P("ELBOW 90DEG 1 BSP GALV MALL FF", "elbow"),
    P("TEE EQUAL COMP 15MM BRS", "tee"),
    P("TEE EQUAL COMP 22MM BRS", "tee"),
    P("COUPLING STR COMP 15MM BRS", "straight coupling"),
    P("COUPLING STR COMP 22MM BRS", "straight coupling"),
    P("HOSE CLIP W4 SS 12-22MM (10)", "hose clip"),
    P("HOSE CLIP W4 SS 16-27MM (10)", "hose clip"),
    P("HOSE CLIP W1 ZN 20-32MM (10)", "hose clip"),
    P("PTFE TAPE 12MMX12M (10)", "ptfe tape"),
    P("PIPE CUTTER COPPER 3-28MM", "pipe cutter"),
    P("PIPE CUTTER COPPER 6-35MM", "pipe cutter"),
    A("CUTTER WHEEL SPARE F/ PIPE CUTTER 3-28MM", "cutter wheel", r"pipe cutter"),
    P("PIPE WRENCH HD 14IN 350MM", "pipe wrench"),
    P("PIPE WRENCH HD 18IN 450MM", "pipe wrench"),
    A("JAW HOOK SPARE F/ PIPE WRENCH 14IN", "pipe wrench jaw", r"pipe wrench|stillson"),
    P("BENDER PIPE 15/22MM COPPER HAND", "pipe bender"),
    # drills, pillar drills, bits
    P("DRL PILLAR BENCH 16MM 550W 5 SPD 240V", "pillar drill"),
    A("CHUCK KEY 13MM PILLAR DRL", "chuck key", r"pillar"),
    A("CHUCK KEY 16MM PILLAR DRL", "chuck key", r"pillar"),
    A("CHUCK KEYED 1-16MM B16 PILLAR DRL", "drill chuck", r"pillar"),
    A("VICE DRL 100MM F/ PILLAR DRL", "drill vice", r"pillar"),
    P("DRL COMBI CORDLESS 18V 2X5.0AH DEWALT DCD796P2", "cordless drill"),
    P("DRL COMBI CORDLESS 18V BODY ONLY MAKITA DHP485Z", "cordless drill"),
    P("DRL DRIVER CORDLESS 12V 2X2.0AH BOSCH GSR12V-15", "cordless drill"),
    P("BATT LI-ION 18V 5.0AH DEWALT DCB184", "battery"),
    P("BATT LI-ION 18V 4.0AH DEWALT DCB182", "battery"),
    P("BATT LI-ION 18V 5.0AH MAKITA BL1850B", "battery"),
    P("CHGR BATT 10.8-18V DEWALT DCB115", "charger"),
    P("CHGR BATT 14.4-18V MAKITA DC18RC", "charger"),
    P("DRIVER IMPACT CORDLESS 18V BODY ONLY MAKITA DTD153Z", "impact driver"),
    P("DRL BIT HSS DIN338 6.0MM (10)", "hss drill bit"),
    P("DRL BIT HSS DIN338 8.0MM (10)", "hss drill bit"),
    P("DRL BIT HSS DIN338 10.0MM (5)", "hss drill bit"),
    P("HOLESAW BI-MET 32MM", "hole saw"),
    P("HOLESAW BI-MET 51MM", "hole saw"),
    P("HOLESAW BI-MET 68MM", "hole saw"),
    A("ARBOR HOLESAW 32-210MM HEX 11MM", "hole saw arbor", r"hole ?saw"),
    # grinders, discs
    P("GRINDER ANGLE 115MM 720W 240V BOSCH GWS7-115", "angle grinder"),
    P("GRINDER ANGLE 125MM 1400W 240V DEWALT DWE4237", "angle grinder"),
    P("GRINDER ANGLE 230MM 2200W 240V MAKITA GA9020", "angle grinder"),
    P("GRINDER ANGLE 230MM 2200W 110V MAKITA GA9020", "angle grinder"),
    A("HANDLE SIDE M10 F/ ANGLE GRINDER", "side handle", r"grinder"),
    A("GUARD WHEEL 125MM F/ ANGLE GRINDER", "wheel guard", r"grinder"),
    A("DISC CUTTING 115X1.0X22.23 INOX (25)", "cutting disc", r"grinder"),
    A("DISC CUTTING 125X1.0X22.23 INOX (25)", "cutting disc", r"grinder"),
    A("DISC CUTTING 230X3.0X22.23 STEEL (25)", "cutting disc", r"grinder"),
    A("DISC FLAP 115MM P60 ZIRC (10)", "flap disc", r"grinder"),
    A("DISC FLAP 125MM P40 ZIRC (10)", "flap disc", r"grinder"),
    A("DISC FLAP 125MM P80 ZIRC (10)", "flap disc", r"grinder"),
    A("DISC DIAMOND 230MM SEGMENTED CONCRETE", "diamond disc", r"grinder"),
    P("GRINDER BENCH 200MM 370W 240V", "bench grinder"),
    A("WHEEL GRINDING 200X25X16MM A36 F/ BENCH GRINDER", "grinding wheel", r"grinder"),
    # sanders
    P("SANDER BELT 76X457MM 650W 240V MAKITA 9911", "belt sander"),
    P("SANDER BELT 75X533MM 750W 240V BOSCH PBS75AE", "belt sander"),
    A("BELT SANDING 75X533MM P80 (10)", "sanding belt", r"sander"),
    A("BELT SANDING 75X533MM P120 (10)", "sanding belt", r"sander"),
    A("BELT SANDING 76X457MM P80 (10)", "sanding belt", r"sander"),
    P("SANDER ROS 125MM 300W 240V MAKITA BO5031", "random orbital sander"),
    A("DISC SANDING H&L 125MM 8H P120 (50)", "sanding disc", r"sander"),
    A("DISC SANDING H&L 125MM 8H P80 (50)", "sanding disc", r"sander"),
    A("PAD BACKING H&L 125MM 8H F/ ROS", "backing pad", r"sander"),
    # saws and blades
    P("SAW CIRC 190MM 1400W 240V BOSCH GKS190", "circular saw"),
    P("SAW CIRC 165MM 1200W 110V MAKITA HS6601", "circular saw"),
    A("BLADE CIRC SAW 190X30MM 24T TCT", "circular saw blade", r"circ"),
    A("BLADE CIRC SAW 190X30MM 48T TCT", "circular saw blade", r"circ"),
    P("SAW MITRE SLIDING 305MM 1675W 240V DEWALT DWS780", "mitre saw"),
    P("SAW PLUNGE 165MM 1300W 240V MAKITA SP6000J", "plunge saw"),
    P("SAW PLUNGE 160MM 1200W 240V FESTOOL TS55 FEBQ", "plunge saw"),
    A("RAIL GUIDE 1400MM F/ PLUNGE SAW FESTOOL FS1400/2", "guide rail", r"plunge"),
    A("RAIL GUIDE 1500MM F/ PLUNGE SAW MAKITA 194368-5", "guide rail", r"plunge"),
    P("SAW RECIP 1200W 240V MAKITA JR3050T", "reciprocating saw"),
    A("BLADE RECIP SAW 150MM WOOD S644D (5)", "reciprocating saw blade", r"recip"),
    A("BLADE RECIP SAW 150MM METAL S922BF (5)", "reciprocating saw blade", r"recip"),
    P("SAW JIG 620W 240V BOSCH PST900PEL", "jigsaw"),
    A("BLADE JIGSAW T101B WOOD (5)", "jigsaw blade", r"jig"),
    A("BLADE JIGSAW T118A METAL (5)", "jigsaw blade", r"jig"),
    # hammers (power and hand)
    P("HAMMER ROTARY SDS+ 800W 2.7J 240V BOSCH GBH2-26", "rotary hammer"),
    P("HAMMER ROTARY SDS+ 780W 2.4J 110V MAKITA HR2470", "rotary hammer"),
    P("HAMMER DEMOLITION SDS-MAX 1510W 25.5J MAKITA HM1317C", "demolition hammer"),
    A("DRL BIT SDS+ 6X110MM", "sds drill bit", r"sds|rotary"),
    A("DRL BIT SDS+ 8X160MM", "sds drill bit", r"sds|rotary"),
    A("DRL BIT SDS+ 10X160MM", "sds drill bit", r"sds|rotary"),
    A("DRL BIT SDS+ 12X210MM", "sds drill bit", r"sds|rotary"),
    A("CHISEL SDS+ FLAT 20X250MM", "sds chisel", r"sds|rotary"),
    P("HAMMER CLAW 16OZ FBRGLS HDL", "claw hammer"),
    P("HAMMER CLAW 20OZ FBRGLS HDL", "claw hammer"),
    P("HAMMER CLAW 20OZ STEEL SHAFT", "claw hammer"),
    P("HAMMER SLEDGE 7LB HICKORY HDL", "sledge hammer"),
    P("HAMMER SLEDGE 10LB HICKORY HDL", "sledge hammer"),
    P("HAMMER SLEDGE 14LB FBRGLS HDL", "sledge hammer"),
    P("HAMMER CLUB 2.5LB FBRGLS HDL", "club hammer"),
    A("HANDLE HICKORY 36IN F/ SLEDGE HAMMER", "sledge hammer handle", r"sledge"),
    A("HANDLE FBRGLS 36IN F/ SLEDGE HAMMER", "sledge hammer handle", r"sledge"),
    A("HANDLE HICKORY 13IN F/ CLAW HAMMER", "claw hammer handle", r"claw"),
    # vacuums, heat guns, others
    P("VAC WET/DRY 1000W 17L 240V KARCHER WD3", "wet and dry vacuum"),
    P("VAC WET/DRY 1100W 25L SS 240V KARCHER WD5", "wet and dry vacuum"),
    A("FILTER CARTRIDGE F/ WET/DRY VAC KARCHER WD2-WD3", "vacuum cartridge filter", r"vac|karcher"),
    A("FILTER CARTRIDGE F/ WET/DRY VAC KARCHER WD4-WD6", "vacuum cartridge filter", r"vac|karcher"),
    A("BAG FILTER FLEECE F/ KARCHER WD3 (4)", "vacuum filter bag", r"vac|karcher"),
    P("HEAT GUN 2000W 240V STEINEL HL2020E", "heat gun"),
    P("HEAT GUN 2300W 240V BOSCH GHG23-66", "heat gun"),
    A("NOZZLE REFLECTOR 33MM F/ HEAT GUN", "heat gun nozzle", r"heat gun"),
    A("NOZZLE FLAT 75MM F/ HEAT GUN", "heat gun nozzle", r"heat gun"),
    P("PRESSURE WASHER 130BAR 1800W 240V KARCHER K4", "pressure washer"),
    # hand tools
    P("KEY HEX SET 1.5-10MM BALL END (9PC)", "hex key set"),
    P("KEY HEX SET 1.5-10MM SS (9PC)", "hex key set"),
    P("KEY HEX SET IMP 1/16-3/8IN (13PC)", "hex key set"),
    P("SPANNER COMB 13MM", "combination spanner"),
    P("SPANNER COMB 17MM", "combination spanner"),
    P("SPANNER COMB SET 8-22MM (12PC)", "combination spanner set"),
    P("WRENCH ADJ 250MM 10IN", "adjustable wrench"),
    P("WRENCH ADJ 300MM 12IN", "adjustable wrench"),
    P("WRENCH TORQUE 1/2DR 40-200NM", "torque wrench"),
    P("WRENCH TORQUE 3/8DR 20-100NM", "torque wrench"),
    P("SKT SET 1/2DR 10-32MM (24PC)", "socket set"),
    P("SKT SET 1/4DR 4-14MM (28PC)", "socket set"),
    P("PLIERS COMB 180MM VDE", "combination pliers"),
    P("PLIERS WATER PUMP 250MM", "water pump pliers"),
    P("PLIERS WATER PUMP 300MM", "water pump pliers"),
    P("PLIERS LOCKING 250MM CURVED JAW", "locking pliers"),
    P("SCREWDRIVER SET VDE SL/PZ (7PC)", "screwdriver set"),
    P("TAPE MEASURE 5MX25MM", "tape measure"),
    P("TAPE MEASURE 8MX25MM", "tape measure"),
    P("LEVEL SPIRIT 600MM ALU 3 VIAL", "spirit level"),
    P("LEVEL SPIRIT 1200MM ALU 3 VIAL", "spirit level"),
    P("KNIFE UTILITY RETRACT HD", "utility knife"),
    A("BLADE UTILITY KNIFE (100)", "utility knife blade", r"knife"),
    P("CLAMP F 300X120MM", "f-clamp"),
    P("CLAMP BAR QUICK 600MM", "bar clamp"),
    P("SEALANT GUN 310ML SKELETON", "sealant gun"),
    P("SEALANT GUN 310ML HD RATCHET", "sealant gun"),
    A("NOZZLE SPARE F/ SEALANT CARTRIDGE (10)", "sealant nozzle", r"sealant|caulk"),
    P("CHISEL COLD 25X300MM", "cold chisel"),
    P("SAW HAND 22IN 8TPI", "hand saw"),
    P("HACKSAW 300MM HD FRAME", "hacksaw"),
    A("BLADE HACKSAW 300MM 24TPI BI-MET (10)", "hacksaw blade", r"hacksaw"),
    A("BLADE HACKSAW 300MM 32TPI BI-MET (10)", "hacksaw blade", r"hacksaw"),
    # safety
    P("EAR DEFENDER SNR31 HEADBAND", "ear defenders"),
    P("EAR DEFENDER SNR33 HEADBAND", "ear defenders"),
    P("EAR DEFENDER SNR26 HELMET MTD", "ear defenders"),
    P("EAR PLUG FOAM SNR37 (200PR)", "ear plugs"),
    P("GLASSES SAFETY CLEAR AF", "safety glasses"),
    P("MASK DUST FFP2 VALVED (10)", "dust mask"),
    P("MASK DUST FFP3 VALVED (10)", "dust mask"),
    P("RESPIRATOR HALF MASK MED 3M 6200", "half mask"),
    A("FILTER P3 F/ HALF MASK 3M 6035 (PR)", "respirator filter", r"half mask|respirator"),
    A("FILTER ABEK1 F/ HALF MASK 3M 6059 (PR)", "respirator filter", r"half mask|respirator"),
    P("GLOVE NITRILE DISP BLUE SZ L (100)", "nitrile gloves"),
    P("GLOVE CUT RES LVL C SZ9", "cut resistant gloves"),
    P("GLOVE CUT RES LVL C SZ10", "cut resistant gloves"),
    P("HELMET SAFETY WHT VENTED", "safety helmet"),
    P("BOOT SAFETY S3 SRC SZ9 BLK", "safety boots"),
    P("HARNESS FALL ARREST 2PT", "fall arrest harness"),
    # adhesives, sealants
    P("SEALANT SILICONE SANITARY CLR 310ML", "silicone sealant"),
    P("SEALANT SILICONE SANITARY WHT 310ML", "silicone sealant"),
    P("SEALANT PU GREY 300ML SIKAFLEX 11FC", "polyurethane sealant"),
    P("SEALANT & ADH HYBRID WHT 290ML CT1", "hybrid sealant"),
    P("ADH THREADLOCK MED STR 50ML LOCTITE 243", "threadlocker"),
    P("ADH THREADLOCK HIGH STR 50ML LOCTITE 270", "threadlocker"),
    P("ADH PU WOOD GLUE 750ML", "wood glue"),
    P("FOAM EXPANDING GUN GRADE 750ML", "expanding foam"),
    P("GUN FOAM APPLICATOR METAL", "foam gun"),
    A("CLEANER FOAM GUN 500ML", "foam cleaner", r"foam"),
    # electrical
    P("EXT LEAD 4WAY 13A 2M WHT", "extension lead"),
    P("EXT LEAD 4WAY 13A 5M WHT", "extension lead"),
    P("EXT LEAD 6WAY 13A 2M SURGE", "extension lead"),
    P("EXT LEAD 110V 16A 14M YELLOW", "extension lead"),
    P("CABLE REEL 25M 4WAY 13A 240V", "cable reel"),
    P("CONNECTOR LEVER 3WAY WAGO 221-413 (50)", "lever connector"),
    P("CONNECTOR LEVER 5WAY WAGO 221-415 (25)", "lever connector"),
    P("CABLE TIE 300X4.8MM BLK (100)", "cable tie"),
    P("CABLE TIE 200X4.8MM NAT (100)", "cable tie"),
    P("TAPE INSUL PVC 19MMX20M BLK", "insulation tape"),
    P("TESTER VOLTAGE 2 POLE 690V", "voltage tester"),
    P("MULTIMETER DIGITAL TRMS CAT III 600V", "multimeter"),
    A("LEAD TEST F/ MULTIMETER (PR)", "test leads", r"multimeter"),
    P("STRIPPER WIRE AUTO 0.2-6MM2", "wire stripper"),
    P("FUSE CART 13A BS1362 (10)", "fuse"),
]

ERP_QUERIES = [
    Query("hex bolt m10 x 30", "type_size", r"^HEX BOLT", r"M10X30\b"),
    Query("ball valve 22mm compression", "type_size", r"^BALL VLV", r"22MM COMP"),
    Query("holesaw 68mm", "type_size", r"^HOLESAW", r"68MM"),
    Query("cable ties 300mm", "type_size", r"^CABLE TIE", r"300X"),
    Query("spirit level 1200mm", "type_size", r"^LEVEL SPIRIT", r"1200MM"),
    Query("pipe wrench 18in", "type_size", r"^PIPE WRENCH", r"18IN"),
    Query("socket cap screw m8x30", "type_size", r"^SKT HD CAP SCR", r"M8X30\b"),
    Query("sds drill bit 10 x 160", "type_size", r"^DRL BIT SDS\+", r"10X160MM"),
    Query("m8 hex bolt stainless", "type_material", r"^HEX BOLT", r"M8X\d+ A[24] SS"),
    Query("ball valve 3/4 stainless", "type_material", r"^BALL VLV", r"3/4 BSP SS"),
    Query("galvanised elbow 3/4", "type_material", r"^ELBOW", r"3/4 BSP GALV"),
    Query("stainless hose clip", "type_material", r"^HOSE CLIP", r"\bSS\b"),
    Query("brass tee 15mm", "type_material", r"^TEE", r"15MM BRS"),
    Query("threaded rod m12 stainless", "type_material", r"^THD ROD", r"M12X\d+ A2 SS"),
    Query("nyloc nut m10 stainless", "type_material", r"^NYLOC NUT", r"M10 A2 SS"),
    Query("claw hammer fibreglass 16oz", "type_material", r"^HAMMER CLAW", r"16OZ FBRGLS"),
    Query("hex bolt m8 x 40mm", "size_other_form", r"^HEX BOLT", r"M8X40\b"),
    Query("wood screws 4 x 40", "size_other_form", r"^WOOD SCR", r"4\.0X40\b"),
    Query("ball valve 3/4 inch brass", "size_other_form", r"^BALL VLV", r"3/4 BSP BRS"),
    Query("tape measure 8 metre", "size_other_form", r"^TAPE MEASURE", r"\b8M"),
    Query("adjustable wrench 10 inch", "size_other_form", r"^WRENCH ADJ", r"10IN"),
    Query("flap disc 125 mm 40 grit", "size_other_form", r"^DISC FLAP", r"125MM P40"),
    Query("hose clip 20 to 32mm", "size_other_form", r"^HOSE CLIP", r"20-32MM"),
    Query("hss drill bit 8 mm", "size_other_form", r"^DRL BIT HSS DIN338", r"8\.0MM"),
    Query("battery 18v 5ah", "size_other_form", r"^BATT", r"18V 5\.0AH"),
    Query("hex bolt m20", "size_missing", r"^HEX BOLT", absent=r"M20"),
    Query("ball valve 2 inch", "size_missing", r"^BALL VLV", absent=r"VLV 2 BSP"),
    Query("holesaw 76mm", "size_missing", r"^HOLESAW", absent=r"76MM"),
    Query("sledge hammer 4lb", "size_missing", r"^HAMMER SLEDGE", absent=r"\b4LB"),
    Query("wall plug 12mm", "size_missing", r"^WALL PLUG", absent=r"\b12X"),
    Query("angle grinder 180mm", "size_missing", r"^GRINDER ANGLE", absent=r"180MM"),
    Query("ball vlave 3/4", "typo", r"^BALL VLV", r"3/4 BSP"),
    Query("angel grinder 230", "typo", r"^GRINDER ANGLE", r"230MM"),
    Query("hex bolt m8x40 stainles", "typo", r"^HEX BOLT", r"M8X40 A2 SS"),
    Query("sokcet set 1/2", "typo", r"^SKT SET", r"1/2DR"),
    Query("ear defnder snr33", "typo", r"^EAR DEFENDER", r"SNR33"),
    Query("presure washer", "typo", r"^PRESSURE WASHER"),
    Query("threded rod m10", "typo", r"^THD ROD", r"M10X"),
    Query("dcd 796", "code", r"^DRL (COMBI|DRIVER) CORDLESS", r"DCD796"),
    Query("wd 3 vacuum", "code", r"^VAC WET/DRY", r"KARCHER WD3\b"),
    Query("gbh 2 26", "code", r"^HAMMER ROTARY", r"GBH2-26"),
    Query("ga-9020", "code", r"^GRINDER ANGLE", r"GA9020"),
    Query("bl 1850", "code", r"^BATT", r"BL1850B"),
    Query("t 101 b", "code", r"^BLADE JIGSAW", r"T101B"),
    Query("wago 221 413", "code", r"^CONNECTOR LEVER", r"221-413"),
    Query("ts 55 saw", "code", r"^SAW PLUNGE", r"TS55\b"),
    Query("non return valve 3/4", "synonym", r"^CHECK VLV", r"3/4 BSP", absent=r"non.?return|\bNRV\b"),
    Query("allen key set", "synonym", r"^KEY HEX SET", absent=r"allen"),
    Query("ear muffs", "synonym", r"^EAR DEFENDER", absent=r"muff"),
    Query("caulking gun", "synonym", r"^SEALANT GUN", absent=r"caulk"),
    Query("extension cable 5m", "synonym", r"^EXT LEAD", r"\b5M\b", absent=r"EXT(ENSION)? CABLE"),
    Query("jubilee clip 16-27mm", "synonym", r"^HOSE CLIP", r"16-27MM", absent=r"jubilee"),
    Query("mole grips", "synonym", r"^PLIERS LOCKING", absent=r"mole"),
    Query("stillson 14 inch", "synonym", r"^PIPE WRENCH", r"14IN", absent=r"stillson"),
    Query("pillar drill", "accessory_not_asked", r"^DRL PILLAR"),
    Query("angle grinder 115mm", "accessory_not_asked", r"^GRINDER ANGLE", r"115MM"),
    Query("sledge hammer 10lb", "accessory_not_asked", r"^HAMMER SLEDGE", r"10LB"),
    Query("m8 bolt", "accessory_not_asked", r"^HEX BOLT", r"M8X"),
    Query("pipe cutter 3-28mm", "accessory_not_asked", r"^PIPE CUTTER", r"3-28MM"),
    Query("plunge saw", "accessory_not_asked", r"^SAW PLUNGE"),
    Query("half mask respirator", "accessory_not_asked", r"^RESPIRATOR HALF MASK"),
    Query("heat gun 2000w", "accessory_not_asked", r"^HEAT GUN", r"2000W"),
    Query("hacksaw 300mm", "accessory_not_asked", r"^HACKSAW", r"300MM"),
    Query("belt sander 75 x 533", "accessory_not_asked", r"^SANDER BELT", r"75X533"),
    Query("chuck key pillar drill 16mm", "accessory_asked", r"^CHUCK KEY\b", r"16MM"),
    Query("guide rail plunge saw", "accessory_asked", r"^RAIL GUIDE"),
    Query("sanding belts 75 x 533 p120", "accessory_asked", r"^BELT SANDING", r"75X533MM P120"),
    Query("replacement handle sledge hammer", "accessory_asked", r"^HANDLE .*SLEDGE"),
    Query("hacksaw blades 24 tpi", "accessory_asked", r"^BLADE HACKSAW", r"24TPI"),
    Query("filter for karcher wd3", "accessory_asked", r"^(FILTER CARTRIDGE|BAG FILTER)\b.*KARCHER", r"WD3\b"),
    Query("arbor for holesaw", "accessory_asked", r"^ARBOR HOLESAW"),
    Query("p3 filter half mask", "accessory_asked", r"^FILTER .*HALF MASK", r"\bP3\b"),
    Query("side handle grinder", "accessory_asked", r"^HANDLE SIDE"),
    Query("pressure washer 130 bar", "type_once", r"^PRESSURE WASHER", r"130BAR"),
    Query("multimeter", "type_once", r"^MULTIMETER"),
    Query("pipe bender 15mm", "type_once", r"^BENDER PIPE", r"15/22MM"),
    Query("safety boots size 9", "type_once", r"^BOOT SAFETY", r"SZ9\b"),
    Query("fall arrest harness", "type_once", r"^HARNESS FALL ARREST"),
    Query("bench grinder", "type_once", r"^GRINDER BENCH"),
    Query("reciprocating saw", "type_once", r"^SAW RECIP"),
    Query("demolition hammer", "type_once", r"^HAMMER DEMOLITION"),
]


# -- (c) sentences: a paragraph per product, the type named once and often late ------------------------
# A product names its own type in the singular ("a 1200 W plunge saw"), an accessory names the tools it
# fits in the plural ("fits most plunge saws"), so a rule can tell them apart.

SENTENCE_PRODUCTS = [
    # plunge saws and what fits them
    P(
        "For joiners and kitchen fitters who need splinter-free edges on worktops and sheet material, Festool "
        "offers the TS 55 FEBQ-Plus, a 1200 W plunge saw that takes 160 mm blades, cuts up to 55 mm deep and "
        "travels in a Systainer.",
        "plunge saw",
    ),
    P(
        "Site carpenters who cut long, straight edges in board all day will appreciate the Makita SP6000J: "
        "1300 W, a 165 mm blade, bevel cuts up to 48 degrees and a Makpac case make this plunge saw a "
        "dependable companion.",
        "plunge saw",
    ),
    P(
        "With a 1300 W motor, a 165 mm blade, a cutting depth of 59 mm and its own TSTAK box, the DeWalt "
        "DWS520KT is a plunge saw for fitters who want clean cuts straight from the box.",
        "plunge saw",
    ),
    A(
        "Made of anodised aluminium, 1400 mm long and fitted with a replaceable splinter guard strip, the "
        "Festool FS 1400/2 guide rail keeps cuts straight across a full sheet and suits Festool and most "
        "other plunge saws.",
        "guide rail",
        r"plunge saw",
    ),
    A(
        "Makita's 1500 mm guide rail (194368-5) has a non-slip underside that holds it on the board without "
        "clamps, so plunge saws run along it without drifting.",
        "guide rail",
        r"plunge saw",
    ),
    A(
        "Fine finishing cuts in veneered board and laminate call for many teeth: this 160 mm tungsten carbide "
        "tipped blade has 48 of them, a 20 mm bore and a thin 2.2 mm kerf, and fits Festool plunge saws.",
        "plunge saw blade",
        r"plunge saw",
    ),
    # circular saws and blades
    P(
        "Framing, decking and rough carpentry need power more than finesse, and the Bosch GKS 190 delivers it: "
        "1400 W drive a 190 mm blade to a 70 mm cutting depth in this circular saw, with a parallel guide "
        "included.",
        "circular saw",
    ),
    P(
        "Light enough for one-handed work on a roof, the Makita HS7601J is a 1200 W circular saw taking "
        "190 mm blades, with an electric brake and a Makpac case.",
        "circular saw",
    ),
    A(
        "For fast rip cuts in softwood and construction timber, choose this Freud 190 mm circular saw blade "
        "with 24 teeth and a 30 mm bore; anti-kickback shoulders make rough work safer on most mains saws.",
        "circular saw blade",
        r"circular saw",
    ),
    A(
        "Clean crosscuts in hardwood and plywood come from many teeth: Bosch's Expert for Wood circular saw "
        "blade has 48 of them on a 190 mm body with a 30 mm bore.",
        "circular saw blade",
        r"circular saw",
    ),
    A(
        "Cordless saws waste no battery power on this thin-kerf 165 mm circular saw blade from Bosch, with "
        "40 teeth and a 20 mm bore, made for plywood, chipboard and softwood.",
        "circular saw blade",
        r"circular saw",
    ),
    # wet and dry vacuums
    P(
        "Workshop dust, wet spills and debris from renovation work are no match for the Kärcher WD 3, a "
        "1000 W wet and dry vacuum with a 17 litre plastic container and a 4 m cable.",
        "wet and dry vacuum",
    ),
    P(
        "Bigger jobs need a bigger container: the 25 litre stainless steel drum of the Kärcher WD 5 takes a "
        "day's debris, and 1100 W of suction make this wet and dry vacuum strong enough for wet sawdust and "
        "water alike.",
        "wet and dry vacuum",
    ),
    P(
        "Einhell's TE-VC 2230 SA pairs a 30 litre stainless steel container with 1150 W and a power take-off "
        "socket, so this wet and dry vacuum starts and stops with the tool plugged into it.",
        "wet and dry vacuum",
    ),
    A(
        "Keep the suction strong with a fresh cartridge filter: Kärcher 2.863-303.0 fits the WD 2 and WD 3 "
        "wet and dry vacuums and is cleaned by tapping it out.",
        "vacuum cartridge filter",
        r"vac",
    ),
    A(
        "For the WD 4, WD 5 and WD 6 wet and dry vacuums Kärcher supplies cartridge filter 2.863-005.0, "
        "which is swapped without touching the dust.",
        "vacuum cartridge filter",
        r"vac",
    ),
    A(
        "Fleece filter bags hold the fine dust a paper bag lets through; this pack of four Kärcher "
        "2.863-314.0 bags fits WD 3 wet and dry vacuums.",
        "vacuum filter bag",
        r"vac",
    ),
    # angle grinders, discs
    P(
        "Compact and light at 1.9 kg, the Bosch GWS 7-115 is a 720 W angle grinder for 115 mm discs, made "
        "for cutting rebar, tile and small sections on site.",
        "angle grinder",
    ),
    P(
        "Makita's GA5030R combines 720 W with a slim grip and an anti-restart switch; this angle grinder "
        "takes 125 mm discs and suits fitters and welders alike.",
        "angle grinder",
    ),
    P(
        "When stainless steel has to be ground without discolouring it, the 1550 W Metabo WEV 15-125 Quick "
        "lets you dial the speed down: an angle grinder for 125 mm discs with a tool-free disc change.",
        "angle grinder",
    ),
    P(
        "Cutting kerbs, pavers and steel sections needs reach and power: the Makita GA9020, a 2200 W angle "
        "grinder for 230 mm discs, has a soft start and a two-position side handle.",
        "angle grinder",
    ),
    P(
        "DeWalt's DCG405N runs on 18 V XR batteries (sold separately) and puts a brushless motor into an "
        "angle grinder for 125 mm discs, for work where there is no socket.",
        "angle grinder",
    ),
    A(
        "Lost or broken the old one? This replacement side handle screws into any M10 thread and fits most "
        "115 to 150 mm angle grinders.",
        "side handle",
        r"grinder",
    ),
    A(
        "Klingspor's A 60 TZ Special cutting discs, 115 mm across with a 22.23 mm bore and only 1 mm thick, "
        "cut steel and stainless steel fast and cool with little burr; a tin of 25 for angle grinders.",
        "cutting disc",
        r"grinder",
    ),
    A(
        "Cut stainless steel sheet, tube and profile without discolouring it: these Klingspor A 60 TZ Special "
        "cutting discs measure 125 mm with a 22.23 mm bore and 1 mm thickness, 25 to a tin, for angle "
        "grinders.",
        "cutting disc",
        r"grinder",
    ),
    A(
        "For heavy sections, beams and rebar, Norton's Vulcan cutting discs of 230 mm diameter, 1.9 mm thick "
        "with a 22.23 mm bore, come ten to a pack for large angle grinders.",
        "cutting disc",
        r"grinder",
    ),
    A(
        "Remove weld seams and heavy rust quickly with zirconia flap discs in coarse P40 grit, 125 mm in "
        "diameter, ten to a box, from Klingspor's SMT 624 range for angle grinders.",
        "flap disc",
        r"grinder",
    ),
    A(
        "A finer P80 grit for blending and finishing welds: Klingspor SMT 624 zirconia flap discs, 125 mm, "
        "ten per box, for angle grinders.",
        "flap disc",
        r"grinder",
    ),
    A(
        "3M's Cubitron II flap discs in P60 grit grind cool and last long; 115 mm in diameter, sold in packs "
        "of ten for small angle grinders.",
        "flap disc",
        r"grinder",
    ),
    A(
        "Concrete, brick and block are cut dry with this segmented diamond blade from Bosch's Standard for "
        "Concrete range, 230 mm across with a 22.23 mm bore, for large angle grinders.",
        "diamond blade",
        r"grinder",
    ),
    # belt sanders, belts
    P(
        "Levelling doors, worktops and rough boards goes quickly with the Bosch PBS 75 AE, a 750 W belt "
        "sander running 75 x 533 mm belts at variable speed, with a dust box.",
        "belt sander",
    ),
    P(
        "Makita's 9911 weighs only 2.6 kg yet delivers 650 W: a belt sander for 76 x 457 mm belts that also "
        "sands flush against walls.",
        "belt sander",
    ),
    P(
        "Metabo built the BAE 75 for heavy stock removal: 1010 W and a 75 x 533 mm belt make this belt sander "
        "the tool for old floorboards and beams.",
        "belt sander",
    ),
    A(
        "Ten sanding belts, 75 x 533 mm, in P80 grit from Klingspor's LS 309 XH range, cloth-backed for long "
        "life on belt sanders.",
        "sanding belt",
        r"sander",
    ),
    A(
        "The same Klingspor LS 309 XH cloth sanding belts in finer P120 grit, 75 x 533 mm, a pack of ten, for "
        "finishing work on belt sanders.",
        "sanding belt",
        r"sander",
    ),
    A(
        "For compact belt sanders taking 76 x 457 mm belts: five Makita sanding belts in P80 grit.",
        "sanding belt",
        r"sander",
    ),
    # random orbital sanders, discs
    P(
        "Festool's ETS 125 REQ weighs just 1.1 kg and runs with little vibration: a 250 W random orbital "
        "sander with a 125 mm pad, supplied in a Systainer.",
        "random orbital sander",
    ),
    P(
        "Painters and decorators sand all day with the Mirka DEROS 5650CV, a 350 W brushless random orbital "
        "sander with a 125 mm pad and a 5 mm orbit.",
        "random orbital sander",
    ),
    P(
        "For furniture and joinery, the Bosch GEX 125-1 AE is a 250 W random orbital sander with a 125 mm pad "
        "and a microfilter dust box.",
        "random orbital sander",
    ),
    A(
        "Fifty 3M Hookit sanding discs, 125 mm with 8 holes, in P120 grit, hook and loop backed for random "
        "orbital sanders.",
        "sanding disc",
        r"sander",
    ),
    A(
        "Fifty 3M Hookit sanding discs, 125 mm with 8 holes, in coarse P80 grit for paint removal, hook and "
        "loop backed for random orbital sanders.",
        "sanding disc",
        r"sander",
    ),
    A(
        "Worn hook and loop? A new 125 mm backing pad from Bosch restores the grip of the discs on random "
        "orbital sanders.",
        "backing pad",
        r"sander",
    ),
    # cordless drills, batteries, chargers
    P(
        "Drilling brick, driving screws and boring holes in timber are one tool's work with the DeWalt "
        "DCD796P2: an 18 V brushless cordless combi drill supplied with two 5.0 Ah batteries in a TSTAK box.",
        "cordless drill",
    ),
    P(
        "For kitchen fitters who want light weight above all, the Bosch GSR 12V-15 is a 12 V cordless drill "
        "driver with two 2.0 Ah batteries.",
        "cordless drill",
    ),
    P(
        "Sold body only for those who already own Makita batteries, the Makita DHP485Z is an 18 V LXT "
        "brushless cordless combi drill.",
        "cordless drill",
    ),
    A(
        "More run time for DeWalt 18 V XR tools: the DCB184 battery holds 5.0 Ah and shows its charge on three LEDs.",
        "battery",
        r"cordless|drill",
    ),
    A(
        "Makita's BL1850B LXT battery, 18 V and 5.0 Ah, with a charge indicator, powers every Makita LXT "
        "cordless tool.",
        "battery",
        r"cordless|drill",
    ),
    A("A lighter pack for DeWalt 18 V XR tools: the 4.0 Ah DCB182 battery.", "battery", r"cordless|drill"),
    A(
        "DeWalt's DCB115 charger takes every 10.8 to 18 V XR battery pack and charges a 5.0 Ah pack in 90 minutes.",
        "charger",
        r"cordless|drill",
    ),
    A(
        "Makita's DC18RC is a fast charger for 14.4 and 18 V LXT packs, with a cooling fan.",
        "charger",
        r"cordless|drill",
    ),
    # rotary hammers, bits
    P(
        "Drilling anchor holes in concrete all day calls for the Bosch GBH 2-26 DRE: 800 W and 2.7 J of "
        "impact energy in an SDS-plus rotary hammer with a chiselling mode.",
        "rotary hammer",
    ),
    P(
        "Makita's HR2470 is a 780 W SDS-plus rotary hammer with 2.4 J, light enough for overhead drilling.",
        "rotary hammer",
    ),
    P(
        "Supplied in a case, the DeWalt D25133K is an 800 W SDS-plus rotary hammer with 2.6 J.",
        "rotary hammer",
    ),
    A(
        "A Bosch SDS-plus-5X masonry drill bit, 6 mm in diameter and 110 mm long, with a four-cutter carbide "
        "head that drills cleanly through reinforced concrete on rotary hammers.",
        "masonry drill bit",
        r"hammer|sds",
    ),
    A(
        "Fixing 8 mm plugs in concrete? Bosch's SDS-plus-5X masonry drill bit in 8 mm diameter and 160 mm "
        "length has the four-cutter carbide head for it, on rotary hammers.",
        "masonry drill bit",
        r"hammer|sds",
    ),
    A(
        "The 10 mm version of the Bosch SDS-plus-5X masonry drill bit, 160 mm long, for anchors and "
        "through-holes with rotary hammers.",
        "masonry drill bit",
        r"hammer|sds",
    ),
    A(
        "Five SDS-plus-5X bits by Bosch for masonry, in 5, 6, 8, 10 and 12 mm, in a plastic case for rotary hammers.",
        "masonry drill bit set",
        r"hammer|sds",
    ),
    A(
        "For chasing cables and removing tiles: a flat chisel by Makita, 20 mm wide and 250 mm long, with an "
        "SDS-plus shank for rotary hammers.",
        "sds chisel",
        r"hammer|sds",
    ),
    # jigsaws, blades
    P(
        "Curves in worktops and shelving are easy with the Bosch PST 900 PEL, a 620 W jigsaw with a blower, a "
        "light and a cutting depth of 90 mm in wood.",
        "jigsaw",
    ),
    P(
        "Makita's 4350FCT is a 720 W jigsaw with pendulum action, an LED light and a cutting depth of 135 mm in wood.",
        "jigsaw",
    ),
    A("Five Bosch T 101 B jigsaw blades for clean cuts in wood and chipboard.", "jigsaw blade", r"jigsaw"),
    A("Five Bosch T 118 A jigsaw blades for metal sheet from 1 to 3 mm.", "jigsaw blade", r"jigsaw"),
    # heat guns
    P(
        "Stripping paint, shrinking tubing and bending plastic pipe at exactly the temperature the job needs: "
        "the Steinel HL 2020 E is a 2200 W heat gun adjustable from 50 to 630 °C with an LCD display.",
        "heat gun",
    ),
    P("Bosch's GHG 23-66 is a 2300 W heat gun, 50 to 650 °C, with a stand for hands-free use.", "heat gun"),
    A(
        "A 33 mm reflector nozzle from Steinel bends hot air around pipes for soldering and shrinking; it "
        "fits Steinel heat guns.",
        "heat gun nozzle",
        r"heat gun",
    ),
    # hole saws
    P(
        "This robust tool is designed for professionals who need to cut clean holes in plasterboard: a 68 mm "
        "hole saw with a carbide-tipped edge and a built-in pilot, made for fitting downlights and electrical "
        "boxes.",
        "hole saw",
    ),
    P(
        "Plumbers and electricians cutting through wood, sheet metal and plastic will appreciate Starrett's "
        "bi-metal hole saw, 32 mm in diameter, with 8 teeth per inch and a 38 mm cutting depth.",
        "hole saw",
    ),
    P(
        "Cut 51 mm holes in steel, stainless steel and wood with this Starrett bi-metal hole saw with "
        "variable pitch teeth and a 38 mm cutting depth.",
        "hole saw",
    ),
    P(
        "For 68 mm holes in steel and wood, choose the Starrett bi-metal hole saw with variable pitch teeth.",
        "hole saw",
    ),
    A(
        "No hole saws turn without an arbor: this one, with an 11 mm hex shank and pilot drill, fits "
        "bi-metal hole saws from 32 to 210 mm.",
        "hole saw arbor",
        r"hole ?saw",
    ),
    # pillar drill
    P(
        "Accurate, repeatable holes at right angles in metal and wood are what the Scheppach DP16SL is for: a "
        "550 W bench pillar drill with a 16 mm chuck, 5 speeds and a tilting table.",
        "pillar drill",
    ),
    A(
        "Lost the key? This 16 mm chuck key with a 6 mm pilot fits the keyed B16 chucks of bench pillar drills.",
        "chuck key",
        r"pillar",
    ),
    # power tools the catalog lists once
    P(
        "Cutting out a door frame, sanding a corner or scraping old sealant: Fein's MultiMaster FMM 350 QSL "
        "does all three as a 350 W oscillating multi-tool with a tool-free blade change, supplied in a case.",
        "multi-tool",
    ),
    P(
        "Patios, cars and garden furniture come clean with the Kärcher K 4 Power Control, a pressure washer "
        "of 1800 W and 130 bar with an app that suggests the pressure.",
        "pressure washer",
    ),
    P(
        "Tiles up to 600 mm are scored and snapped cleanly with the Rubi TC-60, a manual tile cutter with a "
        "tungsten carbide scoring wheel.",
        "tile cutter",
    ),
    P(
        "Set out walls, tiles and ceilings level and square with the Bosch GLL 3-80, a line laser projecting "
        "three 360° lines with a 30 m range.",
        "line laser",
    ),
    P(
        "Joining boards edge to edge or in corners without visible fixings is the work of the Makita PJ7000J, "
        "a 700 W biscuit jointer in a Makpac case.",
        "biscuit jointer",
    ),
    P(
        "For upholstery, roofing felt and cable fixing, the Arrow T50 is a heavy-duty staple gun for 6 to "
        "14 mm staples.",
        "staple gun",
    ),
    # hammers and handles
    P(
        "Forged in one piece from solid steel so the head never loosens, the Estwing E3-16C is a 16-ounce "
        "claw hammer with a shock-reduction vinyl grip.",
        "claw hammer",
    ),
    P(
        "Heavy nailing sends less shock up the arm through the fibreglass handle of Stanley's FatMax 20-ounce "
        "claw hammer.",
        "claw hammer",
    ),
    P(
        "Carpenters framing walls prefer a heavier head and a long reach: Estwing's 22-ounce framing hammer, "
        "forged from solid steel with a milled face.",
        "framing hammer",
    ),
    P(
        "Breaking concrete, driving stakes and demolishing walls takes weight: a 10 lb sledge hammer from "
        "Faithfull with a hickory handle.",
        "sledge hammer",
    ),
    P(
        "For driving pegs and posts, Faithfull's 7 lb sledge hammer with a 760 mm hickory handle.",
        "sledge hammer",
    ),
    P(
        "Roughneck's 14 lb sledge hammer has a fibreglass handle that will not rot or split in demolition work.",
        "sledge hammer",
    ),
    A(
        "Replacement hickory handle, 910 mm, with wedges, for 7 to 14 lb sledge hammers: a broken shaft need "
        "not mean a new head.",
        "sledge hammer handle",
        r"sledge",
    ),
    A(
        "Replacement hickory handle, 330 mm, with a steel wedge, for claw hammers with a cracked shaft.",
        "claw hammer handle",
        r"claw",
    ),
    # keys, pliers, wrenches
    P(
        "Reaching recessed screws at an angle is easy with ball ends: Wera's 950/9 Hex-Plus set holds nine "
        "hex keys from 1.5 to 10 mm in a clip-on holder.",
        "hex key set",
    ),
    P(
        "For machinery built to inch sizes, a Bondhus set of thirteen ball-end hex keys from 0.050 to 3/8 in.",
        "hex key set",
    ),
    P(
        "In food processing and on boats rust is not an option: PB Swiss Tools' set of nine stainless steel "
        "hex keys, 1.5 to 10 mm.",
        "hex key set",
    ),
    P(
        "Gripping pipes, nuts and fittings of many sizes with one tool: Knipex's Cobra water pump pliers, "
        "250 mm long, adjust at the push of a button.",
        "water pump pliers",
    ),
    P(
        "The larger Knipex Cobra water pump pliers, 300 mm long, open to 70 mm for big fittings.",
        "water pump pliers",
    ),
    P(
        "Irwin's Vise-Grip 10WR locking pliers, 250 mm long with curved jaws, clamp onto rounded nuts and "
        "hold work like a third hand.",
        "locking pliers",
    ),
    P("Bahco's 8072 adjustable wrench is 10 inches long and opens to 32 mm.", "adjustable wrench"),
    P("Its big brother, the Bahco 8073 adjustable wrench, is 12 inches long and opens to 38 mm.", "adjustable wrench"),
    P(
        "Wheel nuts and cylinder heads need the right torque: Bahco's click-type torque wrench with 1/2\" drive "
        "covers 40 to 200 Nm and comes with a calibration certificate.",
        "torque wrench",
    ),
    P(
        "Ridgid's 14 inch pipe wrench, in cast iron with a floating hook jaw, grips pipe up to 2 inch.",
        "pipe wrench",
    ),
    P("For larger pipe, the 18 inch Ridgid pipe wrench grips up to 2 1/2 inch.", "pipe wrench"),
    # measuring, cutting
    P(
        "Stanley's FatMax tape measure is 8 metres long, with a 32 mm blade that stands out to 3.3 m.",
        "tape measure",
    ),
    P("A pocket 5 metre Stanley FatMax tape measure with a 32 mm blade.", "tape measure"),
    P("Stabila's 70-2 spirit level in aluminium, 60 cm long, with two vials.", "spirit level"),
    P("Door frames and walls are set true with the 120 cm Stabila 70-2 spirit level.", "spirit level"),
    P(
        "Stanley's 0-10-099 utility knife has a retractable blade and keeps spares in the handle.",
        "utility knife",
    ),
    A("A dispenser of 100 Stanley 1992 blades for utility knives.", "utility knife blade", r"knife"),
    P(
        "Applying silicone evenly from 310 ml cartridges without aching hands: the Cox Midi Flow sealant gun "
        "with a thrust ratio of 12:1.",
        "sealant gun",
    ),
    P("C.K's heavy duty sealant gun takes 310 ml cartridges and 400 ml foil packs.", "sealant gun"),
    A(
        "Ten spare nozzles for 310 ml cartridges, cut to the bead you need, for use with sealant guns.",
        "sealant nozzle",
        r"sealant|caulk",
    ),
    P(
        "Cutting copper pipe cleanly in tight spaces: the Monument 265B pipe cutter handles 15 to 22 mm pipe "
        "with a ratchet action.",
        "pipe cutter",
    ),
    P(
        "Rothenberger's Pipeslice is a pipe cutter for 15 mm copper pipe, small enough to work between joists.",
        "pipe cutter",
    ),
    A("Two spare cutter wheels, hardened for copper, for Monument pipe cutters.", "cutter wheel", r"pipe cutter"),
    # bolts, washers, nuts
    P(
        "Zinc plated against rust and made to grade 8.8, these M8 x 40 mm hex bolts to DIN 933 are threaded "
        "along their full length; a box of 50.",
        "hex bolt",
    ),
    P(
        "For outdoor fixings that must not rust, a box of 25 hex bolts in A2 stainless steel, M8 thread, "
        "40 mm long, DIN 933.",
        "hex bolt",
    ),
    P(
        "Part threaded to DIN 931, zinc plated and made to grade 8.8: hex bolts M8 x 60 mm, sold in boxes of 50.",
        "hex bolt",
    ),
    P(
        "A box of 100 zinc plated hex bolts, M6 x 20 mm, grade 8.8, full thread to DIN 933.",
        "hex bolt",
    ),
    P(
        "For timber framing and steel brackets: M10 hex bolts, 50 mm long, zinc plated, grade 8.8, 25 to a box.",
        "hex bolt",
    ),
    P(
        "Hot-dip galvanised for outdoor steelwork, these hex bolts are M12 x 80 mm, grade 8.8, part threaded "
        "to DIN 931, 10 per box.",
        "hex bolt",
    ),
    P("Stainless A2 hex bolts, M6 x 30 mm to DIN 933, in a box of 50.", "hex bolt"),
    A(
        "Flat washers for M8 bolts, zinc plated to DIN 125, spread the load under a bolt head or nut; a box of 200.",
        "washer",
        r"bolt",
    ),
    A("Flat washers for M8 bolts in A2 stainless steel, DIN 125, a box of 100.", "washer", r"bolt"),
    A("Flat washers for M6 bolts, zinc plated, DIN 125, a box of 200.", "washer", r"bolt"),
    P("These zinc plated hex nuts in M8, to DIN 934, come 200 to a box.", "hex nut"),
    P("A2 stainless steel hex nuts in M8 to DIN 934, a box of 100.", "hex nut"),
    P("M10 hex nuts, zinc plated, DIN 934, 100 to a box.", "hex nut"),
    # screws, plugs, rod
    P(
        "No pilot hole needed: the 4CUT point of these SPAX wood screws bites straight into timber. 4 x 40 "
        "mm, countersunk, T-Star plus drive, yellow zinc plated, 200 to a box.",
        "wood screw",
    ),
    P(
        "For decking and fences, SPAX wood screws in A2 stainless steel, 4 x 40 mm, countersunk, T-Star "
        "plus, 200 to a box.",
        "wood screw",
    ),
    P(
        "Joining beams and battens takes longer SPAX wood screws: 5 x 60 mm, yellow zinc, countersunk, 200 to a box.",
        "wood screw",
    ),
    P("For heavy timber joints, SPAX wood screws of 6 x 100 mm, yellow zinc, 100 per box.", "wood screw"),
    P(
        "Fischer's DUOPOWER wall plugs work in solid and hollow walls alike; these are 6 x 30 mm, 100 to a box.",
        "wall plug",
    ),
    P(
        "Shelves and cabinets hold in brick or plasterboard with Fischer DUOPOWER wall plugs of 8 x 40 mm, "
        "50 to a box.",
        "wall plug",
    ),
    P("For heavy loads, Fischer's DUOPOWER wall plugs in 10 x 50 mm, 50 to a box.", "wall plug"),
    P(
        "Hanging pipework and ducts from the ceiling calls for zinc plated threaded rod, M10, one metre long, "
        "grade 4.8; a bundle of 10.",
        "threaded rod",
    ),
    P("A2 stainless steel threaded rod, M10 x 1 m, in a bundle of 5.", "threaded rod"),
    # valves and fittings
    P(
        "Shutting off water at a quarter turn: Pegler's PB500 ball valve in brass with a lever handle and 1/2\" "
        "BSP female threads.",
        "ball valve",
    ),
    P(
        'For larger supply pipes, the 3/4" BSP female version of the Pegler PB500 ball valve, brass with a '
        "lever handle.",
        "ball valve",
    ),
    P(
        "A full-bore brass ball valve with 1\" BSP female threads and a lever handle, from Pegler's PB500 range.",
        "ball valve",
    ),
    P(
        "Where brass is not allowed, as in food and chemical plants, use Bonomi's ball valve in 316 stainless "
        'steel, 1/2" BSP female, with a lever handle.',
        "ball valve",
    ),
    P(
        "Isolating a tap or an appliance on 15 mm copper pipe is done with a brass Pegler Prestex ball valve "
        "with compression ends and a blue handle.",
        "ball valve",
    ),
    P(
        "Stopping water from flowing back into the mains, this spring-loaded brass check valve from Pegler "
        'has 1/2" BSP female threads.',
        "check valve",
    ),
    P(
        'Pumps and boilers are protected by a Pegler spring-loaded check valve in brass with 3/4" BSP female threads.',
        "check valve",
    ),
    P(
        "Outside taps must not contaminate the supply, which is why Pegler's double check valve with 15 mm "
        "compression ends in brass belongs behind each one.",
        "check valve",
    ),
    P(
        "Join two lengths of 15 mm copper pipe without a flame: a brass straight coupling with compression "
        "ends from Pegler Prestex.",
        "straight coupling",
    ),
    P("The 22 mm version of the Pegler Prestex brass compression straight coupling.", "straight coupling"),
    P(
        "Turning a 15 mm copper pipe through a right angle takes a Pegler Prestex brass compression elbow.",
        "elbow",
    ),
    P("A brass compression elbow from Pegler Prestex for 22 mm copper pipe.", "elbow"),
    P(
        "Branching a 15 mm copper line three ways takes a Pegler Prestex brass compression equal tee.",
        "tee",
    ),
    P(
        "Ten rolls of PTFE thread seal tape, 12 mm wide and 12 m long, from Rothenberger, for sealing threaded joints.",
        "ptfe tape",
    ),
    P("Stainless steel W4 hose clips that tighten from 12 to 22 mm; ten to a bag.", "hose clip"),
    P("Stainless steel W4 hose clips for hoses from 16 to 27 mm, ten to a bag.", "hose clip"),
    P("Zinc plated W1 hose clips clamping from 20 to 32 mm, ten per bag.", "hose clip"),
    P(
        "Room by room temperature control comes from the Pegler Terrier thermostatic radiator valve, angled, "
        "for 15 mm pipe.",
        "radiator valve",
    ),
    # safety
    P(
        "Noisy sites need protection that stays comfortable all day: 3M Peltor Optime II ear defenders with a "
        "headband reach SNR 31 dB.",
        "ear defenders",
    ),
    P("Slim yet strong, 3M's Peltor X4A ear defenders reach SNR 33 dB.", "ear defenders"),
    P("JSP's Sonis 2 ear defenders, on a headband, reach SNR 32 dB.", "ear defenders"),
    A(
        "Fresh ear cushions and foam inserts for 3M Peltor Optime II headsets come in the HY52 hygiene kit, "
        "to be changed twice a year.",
        "hygiene kit",
        r"ear defender|ear muff",
    ),
    P("Two hundred pairs of 3M 1100 foam ear plugs, SNR 37 dB, soft enough for a full shift.", "ear plugs"),
    P(
        "Uvex pheos safety glasses have a clear anti-fog lens and slim arms that fit under a hood.",
        "safety glasses",
    ),
    P("For outdoor work, Bollé's Silium+ safety glasses with a smoke lens.", "safety glasses"),
    P(
        "Sanding and cutting dust is kept out by the 3M Aura 9322+, an FFP2 dust mask with a valve; a box of ten.",
        "dust mask",
    ),
    P(
        "For hardwood dust, silica and asbestos removal, the 3M Aura 9332+ FFP3 dust mask with valve, ten per box.",
        "dust mask",
    ),
    P(
        "Reusable and comfortable for long shifts, the 3M 6200 half mask respirator in size medium takes "
        "bayonet filters.",
        "half mask",
    ),
    A(
        "A pair of 3M 6035 P3 particle filters for 3M half mask respirators, against dust, fumes and mist.",
        "respirator filter",
        r"half mask|respirator",
    ),
    A(
        "One pair of 3M 6059 ABEK1 gas and vapour filters for 3M half mask respirators.",
        "respirator filter",
        r"half mask|respirator",
    ),
    P(
        "Sheet metal and glass edges will not cut through Ansell's HyFlex 11-541, cut resistant gloves to "
        "level C, here in size 9.",
        "cut resistant gloves",
    ),
    P("The same Ansell HyFlex 11-541 cut resistant gloves, level C, in size 10.", "cut resistant gloves"),
    P(
        "For painting and oily work, disposable nitrile gloves from Showa, size L, 100 to a box.",
        "nitrile gloves",
    ),
    P("JSP's EVO3 safety helmet in white, vented, with a slip ratchet.", "safety helmet"),
    # adhesives and sealants
    P(
        "Bonding and sealing in one, even on wet surfaces and under water: CT1 sealant and adhesive, a "
        "290 ml cartridge in white.",
        "hybrid sealant",
    ),
    P(
        "Sikaflex-11 FC+ is a polyurethane sealant and adhesive for joints in concrete and metal, 300 ml, grey.",
        "polyurethane sealant",
    ),
    P(
        "Mould-resistant for bathrooms and kitchens, Dow 785 is a sanitary silicone sealant, clear, in a "
        "310 ml cartridge.",
        "silicone sealant",
    ),
    P(
        "Everbuild's Forever White sanitary silicone sealant stays white for years; 300 ml.",
        "silicone sealant",
    ),
    P(
        "Loctite 243 is a medium strength threadlocker that keeps nuts and screws from shaking loose yet can "
        "be undone with hand tools; 50 ml.",
        "threadlocker",
    ),
    P(
        "For studs that must never come loose, Loctite 270 is a high strength threadlocker; 50 ml.",
        "threadlocker",
    ),
    P(
        "Filling gaps around window frames and pipes: Soudal gun grade expanding foam, 750 ml.",
        "expanding foam",
    ),
    A(
        "Soudal's 500 ml cleaner dissolves fresh foam from applicator guns and their valves.",
        "foam cleaner",
        r"foam",
    ),
    P(
        "Gorilla's original polyurethane glue bonds wood, stone, metal and ceramics; 250 ml.",
        "glue",
    ),
    # electrical
    P("Four sockets on a 2 metre cable: the Masterplug extension lead in white, 13 A.", "extension lead"),
    P(
        "Where the socket is further away, the Masterplug extension lead with four sockets on a 5 metre cable.",
        "extension lead",
    ),
    P(
        "Six surge-protected sockets on a 2 metre cable make this Masterplug extension lead in black.",
        "extension lead",
    ),
    P("A 25 m Masterplug cable reel with four sockets and a thermal cut-out.", "cable reel"),
    P("Wago's 221-413 lever connectors join three conductors without tools; 50 to a box.", "lever connector"),
    P("Wago 221-412 lever connectors for two conductors, 50 to a box.", "lever connector"),
    P("Wago 221-415 lever connectors for five conductors, 25 to a box.", "lever connector"),
    P("HellermannTyton cable ties, 300 x 4.8 mm, black and UV resistant, 100 per bag.", "cable tie"),
    P("HellermannTyton cable ties, 200 x 4.8 mm, natural, 100 per bag.", "cable tie"),
    P("Small HellermannTyton cable ties, 100 x 2.5 mm, black, 100 per bag.", "cable tie"),
    P(
        "Before touching any wire, check that it is dead with the Fluke T150, a two pole voltage tester up to 690 V.",
        "voltage tester",
    ),
    P("Fluke's 117 is a true RMS digital multimeter for electricians, CAT III 600 V.", "multimeter"),
    A("Fluke TL75 test leads, silicone insulated with 4 mm plugs, for multimeters.", "test leads", r"multimeter"),
    P(
        "Knipex's automatic wire stripper, 180 mm long, strips 0.2 to 6 mm² conductors in one squeeze.",
        "wire stripper",
    ),
    P("Ten rolls of black PVC insulation tape, 19 mm x 20 m.", "insulation tape"),
]

SENTENCE_QUERIES = [
    Query("hole saw 68mm", "type_size", r"hole saw\b(?!s)", r"\b68 mm"),
    Query("angle grinder 230mm", "type_size", r"angle\s+grinder\b(?!s)", r"\b230 mm"),
    Query("hex bolts m10 x 50", "type_size", r"hex bolts", r"\bM10\b.*\b50 mm"),
    Query("ear defenders snr 33", "type_size", r"ear defenders", r"SNR 33"),
    Query("extension lead 5 metre", "type_size", r"extension lead", r"5 metre"),
    Query("cable ties 300 x 4.8", "type_size", r"cable ties", r"300 x 4\.8"),
    Query("spirit level 120cm", "type_size", r"spirit level", r"120 cm"),
    Query("sledge hammer 14 lb", "type_size", r"sledge hammer\b(?!s)", r"14 lb sledge"),
    Query("stainless hex bolts m8", "type_material", r"hex bolts", r"stainless steel, M8"),
    Query("brass ball valve 3/4", "type_material", r"ball valve", r"3/4\""),
    Query("stainless steel ball valve", "type_material", r"ball valve", r"stainless"),
    Query("fibreglass sledge hammer", "type_material", r"sledge hammer\b(?!s)", r"fibreglass"),
    Query("stainless wood screws", "type_material", r"wood screws", r"stainless"),
    Query("zinc washers m8", "type_material", r"flat washers", r"M8 bolts, zinc"),
    Query("galvanised hex bolts", "type_material", r"hex bolts", r"galvanised"),
    Query("claw hammer 20 oz", "size_other_form", r"claw hammer\b(?!s)", r"20-ounce"),
    Query("16oz claw hammer", "size_other_form", r"claw hammer\b(?!s)", r"16-ounce"),
    Query("hex bolt m8x40 stainless", "size_other_form", r"hex bolts", r"stainless steel, M8 thread, 40 mm"),
    Query("wall plugs 8mm", "size_other_form", r"wall plugs", r"\b8 x 40 mm"),
    Query("pipe cutter 15-22mm", "size_other_form", r"pipe cutter\b(?!s)", r"15 to 22 mm"),
    Query("hose clip 12-22mm", "size_other_form", r"hose clips", r"12 to 22 mm"),
    Query("tape measure 8m", "size_other_form", r"tape measure", r"\b8 metres"),
    Query("adjustable wrench 10in", "size_other_form", r"adjustable wrench", r"\b10 inches"),
    Query("1/2 inch ball valve", "size_other_form", r"ball valve", r"1/2\""),
    Query("hole saw 76mm", "size_missing", r"hole saw\b(?!s)", absent=r"\b76 mm"),
    Query("angle grinder 180mm", "size_missing", r"angle\s+grinder\b(?!s)", absent=r"\b180 mm"),
    Query("hex bolts m16", "size_missing", r"hex bolts", absent=r"M16"),
    Query("claw hammer 24oz", "size_missing", r"claw hammer\b(?!s)", absent=r"\b24"),
    Query("ball valve 2 inch", "size_missing", r"ball valve", absent=r"(?<![/\d])2\""),
    Query("sledge hammer 4 lb", "size_missing", r"sledge hammer\b(?!s)", absent=r"\b4 lb"),
    Query("hoel saw 51mm", "typo", r"hole saw\b(?!s)", r"\b51 mm"),
    Query("angel grinder 115", "typo", r"angle\s+grinder\b(?!s)", r"\b115 mm"),
    Query("wet and dry vacum", "typo", r"wet and dry vacuum\b(?!s)"),
    Query("sledge hamer 10lb", "typo", r"sledge hammer\b(?!s)", r"\b10 lb"),
    Query("ear defendors snr 31", "typo", r"ear defenders", r"SNR 31"),
    Query("theadlocker high strength", "typo", r"threadlocker", r"high strength"),
    Query("randon orbital sander", "typo", r"random orbital\s+sander\b(?!s)"),
    Query("ts55", "code", r"plunge saw\b(?!s)", r"\bTS 55\b"),
    Query("wd 5", "code", r"wet and dry vacuum\b(?!s)", r"\bWD 5\b"),
    Query("gbh 2-26", "code", r"rotary hammer\b(?!s)", r"GBH 2-26"),
    Query("dcd796", "code", r"(combi drill|drill\s+driver)\b", r"DCD796"),
    Query("sp 6000", "code", r"plunge saw\b(?!s)", r"SP6000"),
    Query("ga9020", "code", r"angle\s+grinder\b(?!s)", r"GA9020"),
    Query("pst900 jigsaw", "code", r"jigsaw\b(?! blades)", r"PST 900"),
    Query("non return valve 1/2", "synonym", r"check valve", r"1/2\"", absent=r"non.?return"),
    Query("allen keys", "synonym", r"hex keys", absent=r"allen"),
    Query("ear muffs", "synonym", r"ear defenders", absent=r"muff"),
    Query("caulking gun", "synonym", r"sealant gun\b(?!s)", absent=r"caulk"),
    Query("extension cable 2m", "synonym", r"extension lead", r"2 metre", absent=r"extension cable"),
    Query("mole grips", "synonym", r"locking pliers", absent=r"mole"),
    Query("jubilee clips stainless", "synonym", r"hose clips", r"stainless", absent=r"jubilee"),
    Query("shop vac", "synonym", r"wet and dry vacuum\b(?!s)", absent=r"shop ?vac"),
    Query("plunge saw", "accessory_not_asked", r"plunge saw\b(?!s)"),
    Query("hole saw 32mm", "accessory_not_asked", r"hole saw\b(?!s)", r"\b32 mm"),
    Query("belt sander 75 x 533", "accessory_not_asked", r"belt\s+sander\b(?!s)", r"75 x 533"),
    Query("m8 bolts", "accessory_not_asked", r"hex bolts", r"\bM8\b"),
    Query("angle grinder 125mm", "accessory_not_asked", r"angle\s+grinder\b(?!s)", r"\b125 mm"),
    Query("sledge hammer", "accessory_not_asked", r"sledge hammer\b(?!s)"),
    Query("half mask respirator", "accessory_not_asked", r"half mask respirator\b(?!s)"),
    Query("wet and dry vacuum wd 3", "accessory_not_asked", r"wet and dry vacuum\b(?!s)", r"\bWD 3\b"),
    Query("pillar drill", "accessory_not_asked", r"pillar drill\b(?!s)"),
    Query("guide rail for plunge saw", "accessory_asked", r"guide rail\b(?!s)"),
    Query("sanding belts 75 x 533", "accessory_asked", r"sanding belts", r"75 x 533"),
    Query("replacement handle sledge hammer", "accessory_asked", r"^Replacement .*handle.*sledge hammers"),
    Query("arbor for hole saw", "accessory_asked", r"\barbor\b"),
    Query("cartridge filter wet and dry vacuum", "accessory_asked", r"cartridge filter"),
    Query("p3 filters for half mask", "accessory_asked", r"filters for 3M half mask", r"\bP3\b"),
    Query("utility knife blades", "accessory_asked", r"blades for utility knives"),
    Query("chuck key for pillar drill", "accessory_asked", r"chuck key"),
    Query("sanding discs 125mm p80", "accessory_asked", r"sanding discs", r"\bP80\b"),
    Query("oscillating multi tool", "type_once", r"oscillating multi-tool"),
    Query("pressure washer", "type_once", r"pressure washer"),
    Query("tile cutter", "type_once", r"tile cutter"),
    Query("line laser", "type_once", r"line laser"),
    Query("biscuit jointer", "type_once", r"biscuit jointer"),
    Query("staple gun", "type_once", r"staple gun"),
    Query("thermostatic radiator valve", "type_once", r"radiator valve"),
    Query("multimeter", "type_once", r"multimeter\b(?!s)"),
    Query("framing hammer 22oz", "type_once", r"framing hammer", r"22-ounce"),
]


CATALOGS = [
    Catalog(
        "marketplace",
        "MKT",
        "brand-and-model-first marketplace titles",
        MARKETPLACE_PRODUCTS,
        MARKETPLACE_QUERIES,
    ),
    Catalog("erp", "ERP", "terse ERP short texts in capitals with abbreviations", ERP_PRODUCTS, ERP_QUERIES),
    Catalog(
        "sentences",
        "SEN",
        "a paragraph of prose per product, the type named once and often late",
        SENTENCE_PRODUCTS,
        SENTENCE_QUERIES,
    ),
]


def _ids(catalog: Catalog) -> list[str]:
    return [f"{catalog.id_prefix}-{n:04d}" for n in range(1, len(catalog.products) + 1)]


def _matching(pattern: str, products: list[Product]) -> list[int]:
    rule = re.compile(pattern, re.IGNORECASE)
    return [n for n, p in enumerate(products) if rule.search(p.text)]


def judge(products: list[Product], query: Query) -> dict[int, int]:
    """Grade 2 for the asked-for type with the asked-for attributes, 1 for the type alone (by position)."""
    fit = re.compile(query.fit, re.IGNORECASE) if query.fit else None
    return {n: 2 if fit and fit.search(products[n].text) else 1 for n in _matching(query.kind, products)}


def _check(catalog: Catalog) -> None:
    """Stop unless the catalog and every judgement keep the rules the set is built on.

    A catalog: 120-250 distinct products; at least 50 distinct queries, 4 or more of every class.
    A query: its ``kind`` matches some product, and whole product types only (all products written as
    a type or none of them), never tools and accessories together; ``fit`` matches some product of the
    type; ``accessory_asked`` matches accessories only, ``accessory_not_asked`` none, and names a tool
    some accessory of the catalog fits; ``size_missing`` has no ``fit`` and its ``absent`` size matches no
    product of the type; ``synonym`` has a word (``absent``) no product uses; ``type_once`` matches one
    or two products; ``code`` has a ``fit``.
    """
    products, queries = catalog.products, catalog.queries
    problems: list[str] = []
    if not 120 <= len(products) <= 250:
        problems.append(f"{len(products)} products, not 120-250")
    if len({p.text for p in products}) != len(products):
        problems.append("a product is listed twice")
    if len({q.text.lower() for q in queries}) != len(queries):
        problems.append("a query is listed twice")
    if len(queries) < 50:
        problems.append(f"{len(queries)} queries, not 50 or more")
    for cls in CLASSES:
        if sum(q.category == cls for q in queries) < 4:
            problems.append(f"fewer than 4 {cls} queries")
    types: dict[str, set[int]] = {}
    for n, p in enumerate(products):
        types.setdefault(p.type, set()).add(n)
    for q in queries:
        say = f"{q.text!r} ({q.category})"
        if q.category not in CLASSES:
            problems.append(f"{say}: unknown class")
        matched = _matching(q.kind, products)
        if not matched:
            problems.append(f"{say}: type rule {q.kind!r} matches no product")
            continue
        touched = {products[n].type for n in matched}
        for t in sorted(touched):
            if not types[t] <= set(matched):
                missed = [products[n].text for n in sorted(types[t] - set(matched))]
                problems.append(f"{say}: type rule {q.kind!r} takes some {t!r} but not {missed}")
        accessories = [n for n in matched if products[n].fits]
        if accessories and len(accessories) != len(matched):
            problems.append(f"{say}: type rule {q.kind!r} takes tools and accessories together")
        if q.category == "accessory_asked" and len(accessories) != len(matched):
            problems.append(f"{say}: type rule {q.kind!r} takes a product that is no accessory")
        if q.category == "accessory_not_asked":
            if accessories:
                problems.append(f"{say}: type rule {q.kind!r} takes an accessory")
            fits = [p for p in products if p.fits and re.search(p.fits, q.text, re.IGNORECASE)]
            if not fits:
                problems.append(f"{say}: no accessory of the catalog fits the tool the query names")
        grades = judge(products, q)
        if q.fit and 2 not in grades.values():
            problems.append(f"{say}: attribute rule {q.fit!r} matches no product of the type")
        if q.category == "size_missing":
            if q.fit or not q.absent:
                problems.append(f"{say}: a missing size has no fit rule and needs an absent rule")
            elif _matching(q.absent, [products[n] for n in matched]):
                problems.append(f"{say}: the size {q.absent!r} is there")
        elif q.category == "synonym":
            if not q.absent:
                problems.append(f"{say}: a synonym needs the absent word")
            elif _matching(q.absent, products):
                problems.append(f"{say}: the catalog uses {q.absent!r}")
        elif q.absent:
            problems.append(f"{say}: absent is for size_missing and synonym only")
        if q.category == "type_once" and len(matched) > 2:
            problems.append(f"{say}: type rule {q.kind!r} matches {len(matched)} products, not one or two")
        if q.category == "code" and not q.fit:
            problems.append(f"{say}: a code query needs the code as fit rule")
    if problems:
        raise SystemExit(f"{catalog.name}:\n  " + "\n  ".join(problems))


# The gate's thresholds (docs/evaluation.md, "Catalogs in other styles"): set from the measurement after the
# changes for issue 28 (2026-12-02, 2-core Xeon, version 1 of the model), never from a look at which
# queries fail. HIT1: the default mode's hit@1 on each catalog, about 0.02 below what was measured; the
# default mode at least as good as dense on the catalog as a whole, less TOLERANCE; the union of the three:
# UNION_HIT1, which keeps the packaged version 1 from falling (`make quality-gate`). The issue's target on the
# union (0.95) is PROMOTION_HIT1: what a new version must reach, served as operators serve it, to be promoted
# (`product-search models evaluate`; docs/models.md: version 6 with the starter synonyms, 0.954). Its rule
# "default >= dense on every catalog" holds since the codes-as-typed rules (2026-12-03): TOLERANCE 0.
# Measured onnx-int8 (make quality-gate) / onnx fp32 (scripts/evaluate.py --backend onnx), 2026-12-03, after
# the rules for accessories listed once: 0.909 / 0.909, 0.889 / 0.889, 0.924 / 0.899 (dense 0.857 / 0.818,
# 0.753 / 0.765, 0.899 / 0.873); a catalog of 80 queries moves 0.0125 per query.
HIT1 = {"marketplace": 0.89, "erp": 0.87, "sentences": 0.88}
TOLERANCE = 0.0  # the default mode at least as good as dense on each catalog (sentences: two queries above it)
UNION_HIT1 = 0.895  # measured 0.907 int8 / 0.899 fp32 (accessories listed once, 2026-12-03)
PROMOTION_HIT1 = 0.95  # issue 28's target, not a measurement


def _gate(catalog: Catalog) -> dict[str, Any]:
    return {
        "about": (
            f"Held-out catalog in a style development never used ({catalog.about}), written with its "
            "buyer queries and their grades by scripts/make_heldout_catalogs.py before any ranking change "
            "was measured on it (issue 28). Thresholds set from the measurement after the changes for it "
            "(docs/evaluation.md); the union of the three catalogs is gated by data/heldout/gate.json."
        ),
        "split": "test",
        "minimum": {"hybrid": {"all": {"hit@1": HIT1[catalog.name]}}},
        "at_least_as_good_as": {
            "hybrid": {"mode": "dense", "metrics": ["hit@1"], "sections": ["all"], "tolerance": TOLERANCE}
        },
    }


def _union_gate() -> dict[str, Any]:
    return {
        "about": (
            "The held-out catalogs as one (scripts/union_gate.py, after scripts/evaluate.py on each): hit@1 "
            "pooled over their queries. minimum: what the packaged version 1 holds, less about 0.01, so that "
            "nothing that holds today is lost (make quality-gate). promotion: issue 28's target, which a new "
            "version must reach to be promoted (product-search models evaluate, in process)."
        ),
        "sets": [f"data/heldout/{c.name}" for c in CATALOGS],
        "split": "test",
        "modes": ["dense", "hybrid"],
        "minimum": {"hybrid": {"union": {"hit@1": UNION_HIT1}}},
        "promotion": {"hybrid": {"union": {"hit@1": PROMOTION_HIT1}}},
    }


def write(catalog: Catalog, out: Path) -> None:
    _check(catalog)
    ids = _ids(catalog)
    (out / "qrels").mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for pid, p in zip(ids, catalog.products, strict=True):
            fh.write(json.dumps({"_id": pid, "title": "", "text": p.text}, ensure_ascii=False) + "\n")
    with (
        (out / "queries.jsonl").open("w", encoding="utf-8") as q_fh,
        (out / "qrels" / "test.tsv").open("w", encoding="utf-8") as r_fh,
    ):
        r_fh.write("query-id\tcorpus-id\tscore\n")
        for n, q in enumerate(catalog.queries):
            qid = f"test-{n:03d}"
            q_fh.write(json.dumps({"_id": qid, "text": q.text, "category": q.category}, ensure_ascii=False) + "\n")
            for position, grade in sorted(judge(catalog.products, q).items()):
                r_fh.write(f"{qid}\t{ids[position]}\t{grade}\n")
    (out / "gate.json").write_text(json.dumps(_gate(catalog), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "gate.json").write_text(json.dumps(_union_gate(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for catalog in CATALOGS:
        write(catalog, root / catalog.name)
        counts = {cls: sum(q.category == cls for q in catalog.queries) for cls in CLASSES}
        print(f"{root / catalog.name}: {len(catalog.products)} products, {len(catalog.queries)} queries {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "heldout")
