"""Write data/development/: three catalogs, each with buyer queries and judgements, to tune ranking on (BEIR layout).

    python3 scripts/make_development_catalogs.py

Written blind: without reading the ranking code or the held-out and training catalogs. Three styles of a
hardware / industrial-supply range (tools, fasteners, fittings, plumbing, electrical, safety wear, abrasives):

* ``marketplace/`` (``DMK-``): brand-and-model-first titles ("DeWalt DCF887N 18V XR brushless impact driver ...");
  accessories name the tool they fit ("... cutting discs for angle grinders, pack of 25").
* ``erp/`` (``DER-``): terse ERP short texts in capitals, type first, trade abbreviations ("NUT NYLOC M8 CL8 ZP
  DIN985", "BALL VLV 3/4 BSPP F/F LVR BRS PN25").
* ``sentences/`` (``DSE-``): one paragraph of prose per product, the type named once and often late; accessories
  name the tools they fit in the plural.

Each catalog has about 80 queries typed as buyers type them, in ten classes (``category``): ``type_size``,
``type_material``, ``size_other_form``, ``size_missing``, ``typo``, ``code``, ``synonym``,
``accessory_not_asked``, ``accessory_asked`` and ``type_once``.

Grades come from data attached to every product here, never from a search service. Each product carries its
product type as written (``kind``) and, for accessories and spare parts, the tool type it fits (``fits``). Each
query names the asked-for type(s) and a regular expression ``fit`` over the product text for the asked-for
attributes (size, material, model code). A product of an asked-for type is grade 2 when ``fit`` is absent or
matches, grade 1 otherwise; everything else (accessories of the asked-for tool included) is grade 0 and omitted.
For ``size_missing`` queries ``fit`` describes the size that no product has: every product of the type is grade 1.

A self-check stops the script (nothing is written) unless every query has a grade-2 product (``size_missing``: a
grade-1 product and no grade 2), a synonym's distinctive word is in no product text, an ``accessory_not_asked``
query has an accessory of its tool in the catalog graded 0, a ``type_once`` type has at most two products, and
each class has at least six queries. Output is deterministic.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "development"

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
    kind: str  # the product type as written
    fits: str = ""  # accessories and spare parts: the tool type they fit


class Q(NamedTuple):
    text: str
    kind: str | tuple[str, ...]  # the asked-for product type(s): grade 1
    fit: str | None = None  # of those, the ones with the asked-for attributes (grade 2); size_missing: the absent size
    word: str | None = None  # synonym: the word no product text may contain


class Catalog(NamedTuple):
    name: str
    prefix: str
    style: str
    products: list[Product]
    queries: dict[str, list[Q]]


def _k(kind: str, *texts: str, fits: str = "") -> list[Product]:
    return [Product(t, kind, fits) for t in texts]


def _s(kind: str, *sentences: str, fits: str = "") -> Product:
    """One prose product: its sentences joined by single spaces."""
    return Product(" ".join(sentences), kind, fits)


# --------------------------------------------------------------------------------------------------------------
# Marketplace: brand and model first.
# --------------------------------------------------------------------------------------------------------------


def marketplace_products() -> list[Product]:
    return [
        # Cordless and corded power tools.
        *_k(
            "combi drill",
            "DeWalt DCD796N 18V XR brushless combi drill 70 Nm, body only",
            "DeWalt DCD796P2 18V XR brushless combi drill kit with 2 x 5.0Ah batteries, charger and TSTAK case",
            "Milwaukee M18 FPD3-0X 18V Fuel percussion combi drill 158 Nm, body only in HD Box",
            "HiKOKI DV18DC 18V brushless combi drill with 2 x 5.0Ah batteries, charger and HSC case",
            "Einhell TE-CD 18/48 Li-i 18V Power X-Change brushless combi drill, solo (no battery)",
        ),
        *_k(
            "drill driver",
            "Metabo BS 18 L 18V drill driver with 2 x 2.0Ah batteries, charger and metaBOX 145",
            "Milwaukee M12 BDD-202C 12V sub-compact drill driver with 2 x 2.0Ah batteries and charger",
        ),
        *_k(
            "impact driver",
            "DeWalt DCF887N 18V XR brushless 3-speed impact driver 205 Nm, body only",
            'Milwaukee M18 FID3-0X 18V Fuel 1/4" hex impact driver 226 Nm, body only',
            "Milwaukee M12 FID2-0 12V Fuel sub-compact impact driver 170 Nm, body only",
            "HiKOKI WH18DC 18V brushless impact driver 180 Nm, body only",
        ),
        *_k(
            "impact wrench",
            'Milwaukee M18 FHIWF12-0X 18V Fuel 1/2" high-torque impact wrench 1356 Nm, body only',
            'DeWalt DCF899N 18V XR brushless 1/2" high-torque impact wrench 950 Nm, body only',
            'DeWalt DCF902N 12V XR 3/8" compact impact wrench 168 Nm, body only',
        ),
        *_k(
            "rotary hammer",
            "Hilti TE 2-A22 22V cordless SDS-plus rotary hammer 1.3 J, body only",
            "DeWalt D25133K 800 W SDS-plus rotary hammer 2.6 J in kit box, 240 V",
            "Milwaukee M18 ONEFHX-0X 18V Fuel One-Key SDS-plus rotary hammer 2.5 J, body only",
            "Metabo KHE 2660 Quick 850 W SDS-plus rotary hammer 3.0 J with quick-change chuck, 110 V",
        ),
        *_k(
            "demolition hammer",
            "Hilti TE 500-AVR 1300 W SDS-max demolition hammer with active vibration reduction, 110 V",
        ),
        *_k(
            "angle grinder",
            "DeWalt DWE4157 900 W 125 mm angle grinder, 240 V",
            "DeWalt DCG405N 18V XR brushless 125 mm angle grinder, body only",
            "Metabo W 9-115 Quick 900 W 115 mm angle grinder, 110 V",
            "Milwaukee AGV 22-230 DMS 2200 W 230 mm angle grinder, 240 V",
            "Milwaukee M18 CAG115X-0X 18V Fuel 115 mm angle grinder, body only",
        ),
        *_k(
            "jigsaw",
            "DeWalt DCS334N 18V XR brushless top-handle jigsaw, body only",
            "Festool Carvex PSC 420 EB-Basic 18V cordless pendulum jigsaw, body only in Systainer",
            "Metabo STEB 65 Quick 450 W pendulum jigsaw, 240 V",
        ),
        *_k(
            "circular saw",
            "DeWalt DCS570N 18V XR brushless 184 mm circular saw, body only",
            "Milwaukee M18 CCS55-0X 18V Fuel 165 mm circular saw, body only",
            "Einhell TE-CS 190/1 1500 W 190 mm circular saw, 240 V",
        ),
        *_k("plunge saw", "Festool TS 55 FEBQ-Plus 1200 W 160 mm plunge saw with FS 1400 guide rail, 240 V"),
        *_k(
            "mitre saw",
            "DeWalt DWS774 216 mm slide mitre saw with XPS cutline light, 240 V",
            "Metabo KGS 254 M 1800 W 254 mm sliding mitre saw, 110 V",
        ),
        *_k(
            "reciprocating saw",
            "Milwaukee M18 FSZ-0X 18V Fuel reciprocating saw, body only",
            "DeWalt DWE305PK 1100 W reciprocating saw in kit box, 240 V",
        ),
        *_k(
            "multi-tool",
            "Fein MultiMaster AMM 500 Plus Top 350 W Starlock multi-tool with 25-piece accessory set",
            "DeWalt DCS356N 18V XR brushless 3-speed multi-tool, body only",
            "Einhell TE-MG 18 Li 18V Power X-Change multi-tool, solo (no battery)",
        ),
        *_k(
            "random orbital sander",
            "Festool ETS 150/3 EQ-Plus 310 W 150 mm random orbital sander, 3 mm orbit",
            "Mirka Deros 5650CV 350 W 125 mm random orbital sander, 5 mm orbit, 240 V",
            "Metabo SXE 150-5.0 BL 350 W 150 mm brushless random orbital sander",
        ),
        *_k("belt sander", "Metabo BAE 75 1010 W 75 x 533 mm belt sander with sanding frame, 240 V"),
        *_k(
            "heat gun",
            "Steinel HL 2020 E 2200 W heat gun with LCD, 50-630 °C",
            "Metabo HG 20-600 2000 W heat gun with 3 temperature stages",
        ),
        *_k(
            "framing nailer",
            "Paslode IM360Ci Lithium first fix framing nailer for 50-90 mm nails",
            "DeWalt DCN692N 18V XR brushless framing nailer 50-90 mm, body only",
        ),
        *_k(
            "pressure washer",
            "Kärcher K5 Power Control pressure washer 145 bar, 2100 W",
            "Nilfisk Core 140-6 PowerControl pressure washer 140 bar, 1800 W",
        ),
        *_k(
            "dust extractor",
            "Festool CTL MIDI I 15 l L-class mobile dust extractor with Bluetooth",
            "DeWalt DWV902M 38 l M-class dust extractor, 240 V",
        ),
        *_k("wet and dry vacuum", "Kärcher WD 6 P S V-30/6/22/T 30 l wet and dry vacuum cleaner with power socket"),
        *_k(
            "battery",
            "DeWalt DCB184 18V XR 5.0Ah Li-ion slide battery",
            "DeWalt DCB182 18V XR 4.0Ah Li-ion slide battery",
            "Milwaukee M18 HB8 18V High Output 8.0Ah battery",
            "Milwaukee M12 B4 12V RedLithium 4.0Ah battery",
            "HiKOKI BSL36A18 MultiVolt 36V/18V 2.5/5.0Ah battery",
            "Einhell Power X-Change Plus 18V 4.0Ah battery",
        ),
        *_k(
            "battery charger",
            "DeWalt DCB115 10.8-18V XR multi-voltage battery charger",
            "Milwaukee M12-18 FC 12V/18V rapid charger",
        ),
        *_k(
            "cross line laser",
            "Stabila LAX 300 G green cross line laser with plumb points",
            "DeWalt DCE088D1G 12V green cross line laser kit with 2.0Ah battery",
        ),
        *_k(
            "multimeter",
            "Fluke 117 true-RMS digital multimeter with VoltAlert non-contact voltage detection",
            "Fluke 115 true-RMS digital multimeter for field technicians",
        ),
        *_k("voltage tester", "Fluke T150 two-pole voltage and continuity tester with LCD, CAT IV 600 V"),
        *_k("soldering station", "Weller WE1010 70 W digital soldering station, 240 V"),
        *_k(
            "soldering tip",
            "Weller ET-B 2.4 mm chisel soldering tips for WE1010 soldering stations, pack of 2",
            fits="soldering station",
        ),
        *_k("cable reel", "Masterplug 25 m 4-socket cable reel with thermal cut-out, 13 A, 240 V"),
        *_k("grease gun", "Lumatic HD-4 heavy-duty lever grease gun for 400 g cartridges"),
        *_k(
            "grease cartridge",
            "Morris K2 EP2 lithium grease, 400 g cartridge for lever grease guns, box of 12",
            fits="grease gun",
        ),
        # Accessories and spare parts for the tools above.
        *_k(
            "jigsaw blade",
            "DeWalt DT2165 T101B HCS jigsaw blades for clean cuts in wood, 10 TPI, pack of 5",
            "DeWalt DT2160 T118A HSS jigsaw blades for sheet metal 1-3 mm, 21 TPI, pack of 5",
            "Festool S 75/4 FSG/5 jigsaw blades for wood, 75 mm, 6 TPI, pack of 5",
            "Milwaukee T101BR reverse-tooth jigsaw blades for laminate worktops, pack of 5",
            "Milwaukee T345XF progressive-tooth bi-metal jigsaw blades for wood and metal, pack of 5",
            "Festool STS-Sort/25 jigsaw blade assortment for wood, metal and plastics, 25 pieces",
            fits="jigsaw",
        ),
        *_k(
            "circular saw blade",
            "DeWalt DT1952 Extreme 184 x 16 mm 40T TCT circular saw blade for cordless saws",
            "Freud LP30M 190 x 30 mm 48T TCT circular saw blade for fine crosscuts",
            "Freud LP30M 190 x 30 mm 24T TCT circular saw blade for fast ripping",
            "CMT Orange 165 x 20 mm 24T TCT circular saw blade for cordless circular saws",
            fits="circular saw",
        ),
        *_k(
            "circular saw blade",
            "Festool W48 160 x 2.2 x 20 mm 48T fine-tooth circular saw blade for TS 55 plunge saws",
            fits="plunge saw",
        ),
        *_k(
            "mitre saw blade",
            "Freud LU3A 216 x 30 mm 64T mitre saw blade for aluminium and plastics",
            "Freud LU2B 254 x 30 mm 80T mitre saw blade for fine crosscuts",
            "DeWalt DT4287 216 x 30 mm 48T mitre saw blade for general wood cutting",
            fits="mitre saw",
        ),
        *_k(
            "cutting disc",
            "Klingspor Kronenflex A 60 TZ Special 125 x 1.0 x 22.23 mm inox cutting discs for angle grinders, "
            "pack of 25",
            "Klingspor Kronenflex A 60 TZ Special 115 x 1.0 x 22.23 mm inox cutting discs for angle grinders, "
            "pack of 25",
            "Pferd 125 x 1.6 x 22.23 mm steel cutting discs for angle grinders, pack of 10",
            "Norton Vulcan 230 x 3.0 x 22.23 mm stone cutting discs for 230 mm angle grinders, pack of 10",
            fits="angle grinder",
        ),
        *_k(
            "flap disc",
            "Klingspor SMT 624 125 mm P40 zirconia flap discs for angle grinders, pack of 10",
            "Klingspor SMT 624 125 mm P60 zirconia flap discs for angle grinders, pack of 10",
            "Klingspor SMT 624 115 mm P80 zirconia flap discs for angle grinders, pack of 10",
            "Norton 125 mm P80 aluminium oxide flap discs for angle grinders, pack of 10",
            fits="angle grinder",
        ),
        *_k(
            "grinding disc",
            "Norton 115 x 6 x 22.23 mm depressed-centre grinding discs for steel, pack of 10",
            "Norton 230 x 6 x 22.23 mm depressed-centre grinding disc for 230 mm angle grinders",
            fits="angle grinder",
        ),
        *_k(
            "diamond blade",
            "Norton Clipper Classic 125 mm diamond blade for angle grinders, 22.23 mm bore",
            "Rubi TPA 230 mm turbo diamond blade for granite and concrete, for large angle grinders",
            fits="angle grinder",
        ),
        *_k(
            "wire cup brush",
            "Lessmann 80 mm twist-knot wire cup brush, M14 thread, for angle grinders",
            fits="angle grinder",
        ),
        *_k("side handle", "Metabo replacement side handle for W 9 and WEV 10 angle grinders", fits="angle grinder"),
        *_k(
            "SDS-plus drill bit",
            "Hilti TE-CX 6/17 SDS-plus hammer drill bit 6 x 170 mm",
            "Hilti TE-CX 8/17 SDS-plus hammer drill bit 8 x 170 mm",
            "Hilti TE-CX 10/22 SDS-plus hammer drill bit 10 x 220 mm",
            "Hilti TE-CX 12/27 SDS-plus hammer drill bit 12 x 270 mm",
            "DeWalt DT9526 Extreme 2 SDS-plus masonry drill bit 5 x 110 mm",
            "DeWalt DT9542 Extreme 2 SDS-plus masonry drill bit 8 x 160 mm",
            "DeWalt DT9700 SDS-plus drill bit set for rotary hammers, 7 pieces, 5-12 mm",
            fits="rotary hammer",
        ),
        *_k(
            "SDS-plus chisel",
            "Milwaukee SDS-plus pointed chisel 250 mm",
            "Milwaukee SDS-plus flat chisel 20 x 250 mm",
            fits="rotary hammer",
        ),
        *_k(
            "SDS-max chisel",
            "Hilti TE-YP SM 36 SDS-max pointed chisel 360 mm for demolition hammers",
            fits="demolition hammer",
        ),
        *_k(
            "HSS drill bit",
            "Dormer A002 HSS-TiN jobber drill 3.0 mm, pack of 10",
            "Dormer A002 HSS-TiN jobber drill 5.0 mm, pack of 10",
            "Dormer A002 HSS-TiN jobber drill 6.0 mm, pack of 10",
            "Dormer A777 HSS-Co cobalt jobber drill 8.0 mm, pack of 5",
            "Ruko HSS-G metal drill bit set 1-10 mm in metal case, 19 pieces",
            "Dormer A095 HSS-Co cobalt jobber drill set 1-13 mm, 25 pieces",
        ),
        *_k(
            "flat wood bit",
            "Irwin Blue Groove flat wood bit 16 x 152 mm",
            "Irwin Blue Groove flat wood bit 20 x 152 mm",
            "Irwin Blue Groove flat wood bit set 12-25 mm, 6 pieces",
        ),
        *_k(
            "hole saw",
            "Starrett Deep Cut bi-metal hole saw 32 mm",
            "Starrett Deep Cut bi-metal hole saw 51 mm",
            "Starrett Deep Cut bi-metal hole saw 68 mm",
            "Milwaukee TCT hole saw 76 mm for multi-material cutting",
            "Rubi diamond hole saw 35 mm for porcelain tiles",
        ),
        *_k(
            "hole saw arbor",
            'Starrett hole saw arbor for 32-152 mm hole saws, 3/8" hex shank',
            'Starrett hole saw arbor for 14-30 mm hole saws, 1/4" hex shank',
            fits="hole saw",
        ),
        *_k(
            "impact bit",
            "Wera 851/4 Impaktor PH 2 x 50 mm impact driver bits, pack of 10",
            "Wera 855/4 Impaktor PZ 2 x 50 mm impact driver bits, pack of 10",
            "Milwaukee Shockwave impact driver bit set, 33 pieces",
            fits="impact driver",
        ),
        *_k(
            "impact socket",
            'Milwaukee Shockwave 1/2" drive deep impact socket set 10-24 mm for impact wrenches, 9 pieces',
            'Milwaukee Shockwave 1/2" drive 17 mm deep impact socket',
            'DeWalt DT7506 3/8" drive impact socket set, 7 pieces',
            fits="impact wrench",
        ),
        *_k(
            "multi-tool blade",
            "Fein E-Cut Long-Life Starlock plunge-cut blade 44 x 50 mm for multi-tools, pack of 3",
            "Fein E-Cut Universal Starlock blade 65 x 50 mm for wood and metal",
            "Fein Starlock HSS segment saw blade 80 mm for grout and wood",
            "DeWalt DT20704 universal-fit multi-tool blade 31 x 43 mm for wood with nails",
            fits="multi-tool",
        ),
        *_k(
            "multi-tool sanding pad",
            "Fein Starlock triangular sanding pad 80 mm for multi-tools, hook and loop",
            fits="multi-tool",
        ),
        *_k(
            "reciprocating saw blade",
            "Lenox 956R 150 mm 18 TPI bi-metal reciprocating saw blades for metal, pack of 5",
            "Lenox 9110R 225 mm 10 TPI bi-metal demolition blades for reciprocating saws, pack of 5",
            "DeWalt DT2348 228 mm 6 TPI reciprocating saw blades for wood with nails, pack of 5",
            fits="reciprocating saw",
        ),
        *_k(
            "sanding disc",
            "Mirka Abranet 125 mm P80 sanding discs, hook and loop, pack of 50",
            "Mirka Abranet 125 mm P120 sanding discs, hook and loop, pack of 50",
            "Mirka Abranet 125 mm P180 sanding discs, hook and loop, pack of 50",
            "Mirka Abranet 150 mm P80 sanding discs for random orbital sanders, pack of 50",
            "Festool Granat STF D150/48 150 mm P120 sanding discs, pack of 100",
            "Festool Granat STF D150/48 150 mm P240 sanding discs, pack of 100",
            fits="random orbital sander",
        ),
        *_k(
            "sanding belt",
            "Klingspor LS 309 XH 75 x 533 mm P80 sanding belts for belt sanders, pack of 10",
            "Klingspor LS 309 XH 75 x 533 mm P120 sanding belts for belt sanders, pack of 10",
            fits="belt sander",
        ),
        *_k(
            "framing nails",
            "Paslode 51 x 2.8 mm galvanised ring-shank nails with fuel cells for IM360Ci nailers, pack of 1100",
            "Paslode 90 x 3.1 mm bright smooth-shank nails with fuel cells for first fix nailers, pack of 2200",
            fits="framing nailer",
        ),
        *_k("patio cleaner", "Kärcher T 5 patio cleaner for K2-K7 pressure washers", fits="pressure washer"),
        *_k("wash brush", "Kärcher WB 150 rotary wash brush for K-series pressure washers", fits="pressure washer"),
        *_k(
            "filter bag",
            "Festool SC-FIS-CT MINI/MIDI-2/5 filter bags for CTL MIDI dust extractors, pack of 5",
            fits="dust extractor",
        ),
        *_k(
            "filter bag",
            "Kärcher fleece filter bags for WD 4, WD 5 and WD 6 wet and dry vacuums, pack of 4",
            fits="wet and dry vacuum",
        ),
        *_k("heat gun nozzle", "Steinel 4-piece nozzle set for HL heat guns", fits="heat gun"),
        # Hand tools.
        *_k(
            "water pump pliers",
            "Knipex Cobra 87 01 250 water pump pliers 250 mm",
            "Knipex Cobra 87 01 180 water pump pliers 180 mm",
            "Knipex Cobra XL 87 01 400 water pump pliers 400 mm",
        ),
        *_k("pliers wrench", "Knipex 86 03 250 pliers wrench 250 mm, chrome plated"),
        *_k("combination pliers", "Knipex 03 02 200 combination pliers 200 mm"),
        *_k("diagonal cutters", "Knipex 70 02 160 diagonal cutters 160 mm"),
        *_k("wire stripping pliers", "Knipex 12 40 200 automatic wire stripping pliers 0.2-6 mm2"),
        *_k(
            "retaining ring pliers",
            "Knipex 49 11 A2 external retaining ring pliers for shafts 19-60 mm",
            "Knipex 48 11 J2 internal retaining ring pliers for bores 19-60 mm",
        ),
        *_k(
            "locking pliers",
            "Irwin Vise-Grip 10WR 250 mm curved-jaw locking pliers",
            "Irwin Vise-Grip 7WR 175 mm curved-jaw locking pliers",
            "Irwin Vise-Grip 6LN 150 mm long-nose locking pliers",
        ),
        *_k(
            "screwdriver set",
            "Wera Kraftform Plus 334/6 screwdriver set, slotted and Phillips, 6 pieces",
            "Wera Kraftform 160 i/7 VDE insulated screwdriver set 1000 V, 7 pieces",
        ),
        *_k(
            "hex key set",
            "Wera 950/9 Hex-Plus Multicolour 1 metric hex key set 1.5-10 mm, ball end",
            'Wera 950/9 Hex-Plus imperial hex key set 5/64-3/8", ball end',
        ),
        *_k(
            "socket set",
            'Wera 8100 SA 6 Zyklop Speed 1/4" drive socket set, 28 pieces',
            'Gedore 19 MU-20 1/2" drive socket set 10-32 mm, 24 pieces',
        ),
        *_k(
            "ratchet",
            'Wera 8000 A Zyklop Speed 1/4" drive ratchet',
            'Gedore 1993 U-20 1/2" drive reversible ratchet',
        ),
        *_k(
            "combination wrench",
            "Bahco 111M combination wrench 13 mm",
            "Bahco 111M combination wrench 17 mm",
            "Bahco 111M/12T combination wrench set 8-22 mm, 12 pieces",
        ),
        *_k(
            "adjustable wrench",
            "Bahco 9031 adjustable wrench 250 mm, 30 mm jaw",
            "Bahco 8072 ERGO adjustable wrench 200 mm, 27 mm jaw",
        ),
        *_k("pipe wrench", 'Ridgid 31025 heavy-duty straight pipe wrench 18" (450 mm)'),
        *_k(
            "torque wrench",
            'Norbar TTi 20 3/8" drive torque wrench 4-20 Nm',
            'Norbar Professional 300 1/2" drive torque wrench 60-300 Nm',
            'Norbar Professional 100 1/2" drive torque wrench 20-100 Nm',
        ),
        *_k("hacksaw", "Bahco 325 adjustable hacksaw frame for 300 mm blades"),
        *_k(
            "hacksaw blade",
            "Bahco Sandflex 3906 300 mm 24 TPI bi-metal hacksaw blades, pack of 10",
            "Bahco Sandflex 3906 300 mm 18 TPI bi-metal hacksaw blades, pack of 10",
            fits="hacksaw",
        ),
        *_k(
            "hand saw",
            "Bahco ProfCut PC-22-GT7 550 mm 7 TPI hand saw",
            "Irwin Jack Xpert 880 550 mm 8 TPI universal hand saw",
        ),
        *_k(
            "wood chisel",
            "Irwin Marples M444 bevel-edge wood chisel 12 mm",
            "Irwin Marples M444 bevel-edge wood chisel 19 mm",
            "Irwin Marples M444 bevel-edge wood chisel 25 mm",
            "Irwin Marples M444 bevel-edge wood chisel set 6-25 mm, 4 pieces",
        ),
        *_k(
            "claw hammer",
            "Estwing E3-16C 16 oz curved claw hammer, steel shank, vinyl grip",
            "Estwing E3-20S 20 oz straight rip claw hammer, steel shank",
            "Irwin 20 oz fibreglass claw hammer with anti-vibe grip",
        ),
        *_k(
            "mallet",
            "Thor 712 copper and rawhide mallet, 1.6 kg",
            "Hultafors GM 0.7 kg rubber mallet, black head",
        ),
        *_k(
            "tape measure",
            "Hultafors HV 5 m tape measure, 25 mm blade",
            "Hultafors HV 8 m tape measure, 25 mm blade",
        ),
        *_k(
            "spirit level",
            "Stabila Type 70 600 mm spirit level, 3 vials",
            "Stabila Type 70 1200 mm spirit level, 3 vials",
            "Stabila 196-2 1800 mm spirit level with cast end caps",
        ),
        *_k("snap-off knife", "Olfa L-1 18 mm heavy-duty snap-off knife with ratchet lock"),
        *_k(
            "snap-off blade",
            "Olfa LB-10B 18 mm black snap-off blades for snap-off knives, pack of 10",
            fits="snap-off knife",
        ),
        *_k(
            "pipe cutter",
            "Rothenberger Tube Cutter 35 for copper pipe 3-35 mm",
            "Rothenberger Minicut 2000 Pro pipe cutter 6-22 mm",
        ),
        *_k(
            "cutter wheel",
            "Rothenberger replacement cutter wheel for copper, fits Tube Cutter 35 and Minicut pipe cutters, pack of 2",
            fits="pipe cutter",
        ),
        *_k("pipe bender", "Rothenberger Robend 4000 pipe bender for 15 and 22 mm copper"),
        # Safety wear.
        *_k(
            "ear defenders",
            "3M Peltor Optime II ear defenders, headband, SNR 31 dB",
            "3M Peltor X4A slim ear defenders, headband, SNR 33 dB",
        ),
        *_k("ear plugs", "3M E-A-R Classic foam ear plugs SNR 28 dB, box of 200 pairs"),
        *_k(
            "disposable respirator",
            "3M Aura 9332+ FFP3 valved fold-flat respirator, pack of 10",
            "3M 8822 FFP2 valved respirator, pack of 10",
        ),
        *_k("half-face respirator", "JSP Force 8 half-face respirator with Press to Check P3 filters, medium"),
        *_k(
            "safety glasses",
            "Uvex i-3 safety glasses, clear lens, anti-fog",
            "Uvex Pheos safety glasses, grey lens",
            "Bollé Rush+ safety glasses, clear lens",
        ),
        *_k(
            "work gloves",
            "Ansell HyFlex 11-840 nitrile foam-coated work gloves, size 9",
            "Ansell HyFlex 11-840 nitrile foam-coated work gloves, size 10",
            "Showa 377 nitrile-coated work gloves, size 8",
            "Ejendals Tegera 8805 cut level C work gloves, size 9",
            "Ejendals Tegera 17 grain leather rigger gloves, size 10",
        ),
        *_k(
            "safety boots",
            "Solid Gear Vapor 2 S3 safety boots with composite toecap, size 43",
            "Caterpillar Holton S3 safety boots with steel toecap, size 9",
        ),
        *_k(
            "safety helmet",
            "JSP EVO3 vented safety helmet, white",
            "Centurion Concept reduced-peak safety helmet, yellow",
        ),
        *_k("hi-vis vest", "Portwest C470 hi-vis vest, yellow, size L/XL"),
        # Fixings, electrical sundries, chemicals.
        *_k(
            "wall plug",
            "Fischer DuoPower 6 x 30 mm wall plugs, pack of 100",
            "Fischer DuoPower 8 x 40 mm wall plugs, pack of 100",
            "Fischer DuoPower 10 x 50 mm wall plugs, pack of 50",
        ),
        *_k("frame fixing", "Fischer SXRL 10 x 100 mm frame fixings with screws, pack of 50"),
        *_k(
            "wood screw",
            "Spax 4.0 x 40 mm wood screws, Wirox coated, box of 500",
            "Spax 5.0 x 60 mm wood screws, Wirox coated, box of 200",
            "Spax 5.0 x 80 mm wood screws, Wirox coated, box of 200",
            "Spax 4.0 x 30 mm A2 stainless steel wood screws, box of 200",
        ),
        *_k(
            "decking screw",
            "Spax 4.5 x 50 mm A2 stainless steel decking screws, box of 250",
            "Spax 5.0 x 60 mm A4 stainless steel decking screws, box of 250",
            "Spax 4.5 x 60 mm decking screws, brown Wirox coated, box of 250",
        ),
        *_k("drywall screw", "Timco 3.5 x 35 mm black phosphate drywall screws, box of 1000"),
        *_k(
            "lever connector",
            "Wago 221-413 lever connectors, 3-way, pack of 50",
            "Wago 221-415 lever connectors, 5-way, pack of 25",
        ),
        *_k(
            "cable tie",
            "HellermannTyton T50R 200 x 4.6 mm black cable ties, pack of 100",
            "HellermannTyton T120R 390 x 7.6 mm black UV-resistant cable ties, pack of 100",
        ),
        *_k("threadlocker", "Loctite 243 medium-strength threadlocker, 50 ml"),
        *_k("lubricant spray", "WD-40 Smart Straw multi-use lubricant spray, 450 ml"),
    ]


MARKETPLACE_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("angle grinder 230mm", "angle grinder", r"\b230 mm"),
        Q("sds plus drill bit 10 x 220", "SDS-plus drill bit", r"\b10 x 220 mm"),
        Q("circular saw blade 190mm 48t", "circular saw blade", r"\b190 x .*\b48T"),
        Q("spirit level 1200mm", "spirit level", r"\b1200 mm"),
        Q("water pump pliers 400 mm", "water pump pliers", r"\b400 mm"),
        Q("wood screws 5 x 80", "wood screw", r"\b5\.0 x 80 mm"),
        Q("torque wrench 60-300nm", "torque wrench", r"\b60-300 Nm"),
        Q("flap disc 125mm p60", "flap disc", r"\b125 mm P60\b"),
    ],
    "type_material": [
        Q("stainless decking screws", "decking screw", r"stainless"),
        Q("bi-metal hole saw", "hole saw", r"bi-metal"),
        Q("hss jigsaw blades", "jigsaw blade", r"\bHSS\b"),
        Q("leather rigger gloves", "work gloves", r"leather"),
        Q("zirconia flap discs", "flap disc", r"zirconia"),
        Q("rubber mallet", "mallet", r"rubber"),
        Q("cobalt drill bits", "HSS drill bit", r"cobalt"),
        Q("composite toe safety boots", "safety boots", r"composite"),
    ],
    "size_other_form": [
        Q("20oz claw hammer", "claw hammer", r"\b20 oz"),
        Q("8mm sds bit", "SDS-plus drill bit", r"\b8 x \d+ mm"),
        Q("1/2 inch impact wrench", "impact wrench", r'1/2"'),
        Q("5ah battery", "battery", r"\b5\.0 ?Ah"),
        Q("18tpi reciprocating saw blades", "reciprocating saw blade", r"\b18 TPI"),
        Q("120 grit sanding discs 125mm", "sanding disc", r"\b125 mm P120\b"),
        Q("1mm cutting discs 125mm", "cutting disc", r"\b125 x 1\.0 x"),
        Q("1/4in ratchet", "ratchet", r'1/4"'),
    ],
    "size_missing": [
        Q("angle grinder 180mm", "angle grinder", r"\b180 mm"),
        Q("circular saw blade 235mm", "circular saw blade", r"\b235 "),
        Q("spirit level 2000mm", "spirit level", r"\b2000 mm"),
        Q("sds plus drill bit 14mm", "SDS-plus drill bit", r"\b14 x"),
        Q("hole saw 44mm", "hole saw", r"\b44 mm"),
        Q("tape measure 10m", "tape measure", r"\b10 m\b"),
        Q("torque wrench 3/4 drive", "torque wrench", r'3/4"'),
        Q("wall plugs 12mm", "wall plug", r"\b12 x"),
    ],
    "typo": [
        Q("anlge grinder 125", "angle grinder", r"\b125 mm"),
        Q("recipricating saw", "reciprocating saw"),
        Q("combi dril 18v", "combi drill", r"\b18V"),
        Q("impackt driver", "impact driver"),
        Q("spirt level 600", "spirit level", r"\b600 mm"),
        Q("muiltimeter", "multimeter"),
        Q("presure washer", "pressure washer"),
        Q("wood chissel 19mm", "wood chisel", r"chisel 19 mm"),
    ],
    "code": [
        Q("dcd 796", "combi drill", r"DCD796"),
        Q("m18fid3", "impact driver", r"M18 FID3"),
        Q("dwe 4157", "angle grinder", r"DWE4157"),
        Q("8701250", "water pump pliers", r"87 01 250"),
        Q("ets150/3", "random orbital sander", r"ETS 150/3"),
        Q("dcb 184", "battery", r"DCB184"),
        Q("agv22 230", "angle grinder", r"AGV 22-230"),
        Q("hyflex 11840 size 10", "work gloves", r"11-840 .*size 10\b"),
    ],
    "synonym": [
        Q("mole grips", "locking pliers", None, "mole"),
        Q("skil saw 184mm", "circular saw", r"\b184 mm", "skil"),
        Q("sawzall", "reciprocating saw", None, "sawzall"),
        Q("dust mask ffp2", "disposable respirator", r"\bFFP2\b", "mask"),
        Q("safety specs clear", "safety glasses", r"\bclear\b", "specs"),
        Q("oscillating tool", "multi-tool", None, "oscillating"),
        Q("rawlplugs 8mm", "wall plug", r"\b8 x 40 mm", "rawlplug"),
        Q("allen key set", "hex key set", None, "allen"),
        Q("circlip pliers", "retaining ring pliers", None, "circlip"),
    ],
    "accessory_not_asked": [
        Q("cordless jigsaw", "jigsaw", r"\b18V"),
        Q("125mm angle grinder", "angle grinder", r"\b125 mm"),
        Q("sds plus rotary hammer", "rotary hammer"),
        Q("multi tool 18v", "multi-tool", r"\b18V"),
        Q("random orbital sander 150mm", "random orbital sander", r"\b150 mm"),
        Q("pressure washer 145 bar", "pressure washer", r"\b145 bar"),
        Q("hacksaw", "hacksaw"),
        Q("mitre saw 216mm", "mitre saw", r"\b216 mm"),
    ],
    "accessory_asked": [
        Q("jigsaw blades for wood", "jigsaw blade", r"\bwood\b"),
        Q("cutting discs for angle grinder", "cutting disc"),
        Q("sanding discs for festool ets 150", "sanding disc", r"\b150 mm"),
        Q("multi tool blades", "multi-tool blade"),
        Q("nails for paslode nailer", "framing nails", r"Paslode"),
        Q("bits for impact driver", "impact bit"),
        Q("impact sockets 1/2 drive", "impact socket", r'1/2"'),
        Q("filter bags for festool extractor", "filter bag", r"Festool"),
    ],
    "type_once": [
        Q("plunge saw", "plunge saw"),
        Q("belt sander", "belt sander"),
        Q("voltage tester", "voltage tester"),
        Q("soldering station", "soldering station"),
        Q("grease gun", "grease gun"),
        Q("pipe bender", "pipe bender"),
        Q("hi vis vest", "hi-vis vest"),
        Q("demolition hammer sds max", "demolition hammer", r"SDS-max"),
    ],
}


# --------------------------------------------------------------------------------------------------------------
# ERP: terse short texts in capitals, type first.
# --------------------------------------------------------------------------------------------------------------


def erp_products() -> list[Product]:
    ps: list[Product] = []

    def add(kind: str, texts: list[str], fits: str = "") -> None:
        ps.extend(Product(t, kind, fits) for t in texts)

    # Bolts, screws, nuts and washers.
    bolts = [
        ("M8X40", "8.8 ZP"),
        ("M10X60", "8.8 ZP"),
        ("M12X80", "8.8 HDG"),
        ("M12X100", "8.8 ZP"),
        ("M16X120", "8.8 HDG"),
        ("M10X60", "A2-70"),
        ("M12X80", "A4-80"),
    ]
    add("hex bolt", [f"HEX BOLT {s} {g} DIN931" for s, g in bolts])
    screws = [("M6X20", "8.8 ZP"), ("M8X25", "8.8 ZP"), ("M10X30", "8.8 ZP")]
    screws += [("M6X16", "A2-70"), ("M8X25", "A2-70")]
    add("hex head screw", [f"HEX HD SCR {s} {g} DIN933" for s, g in screws])
    caps = ["M4X12", "M5X16", "M6X20", "M6X25", "M8X30", "M10X40"]
    add("socket cap screw", [f"CAP SCR SKT HD {s} 12.9 SC DIN912" for s in caps])
    add("socket cap screw", [f"CAP SCR SKT HD {s} A2-70 DIN912" for s in ("M5X12", "M6X16", "M8X20")])
    add("socket set screw", [f"SET SCR SKT CUP PT {s} 45H DIN916" for s in ("M4X6", "M5X8", "M6X10", "M8X12")])
    add("socket set screw", ["SET SCR SKT CUP PT M6X8 A2 DIN916"])
    add(
        "countersunk socket screw",
        ["CSK SCR SKT M5X20 10.9 ZP DIN7991", "CSK SCR SKT M6X25 10.9 ZP DIN7991", "CSK SCR SKT M6X20 A2 DIN7991"],
    )
    add("button head screw", ["BUTTON SCR SKT M6X12 A2 ISO7380", "BUTTON SCR SKT M8X16 A2 ISO7380"])
    add("hex nut", [f"NUT HEX {m} CL8 ZP DIN934" for m in ("M8", "M10", "M12", "M16", "M20")])
    add("hex nut", ["NUT HEX M8 A2 DIN934", "NUT HEX M12 A4 DIN934"])
    add("nyloc nut", [f"NUT NYLOC {m} CL8 ZP DIN985" for m in ("M6", "M8", "M10", "M12")])
    add("nyloc nut", ["NUT NYLOC M10 A2 DIN985"])
    add("flange nut", ["NUT FLANGE SERR M8 CL8 ZP DIN6923"])
    add("dome nut", ["NUT DOME M6 A2 DIN1587", "NUT DOME M8 A2 DIN1587"])
    add("flat washer", [f"WASHER PLAIN {m} ZP DIN125A" for m in ("M6", "M8", "M10")])
    add("flat washer", ["WASHER PLAIN M8 A2 DIN125A", "WASHER PLAIN M10 A2 DIN125A"])
    add("fender washer", ["WASHER FENDER M6X25 ZP", "WASHER FENDER M8X30 ZP", "WASHER FENDER M10X30 ZP"])
    add("spring washer", [f"WASHER SPRING {m} ZP DIN127B" for m in ("M8", "M10")])
    add("threaded rod", [f"ROD THD {m}X1000 CL4.8 ZP DIN976" for m in ("M8", "M10", "M12")])
    add("threaded rod", ["ROD THD M10X1000 A2 DIN976"])
    wood = ["3.5X30", "4.0X40", "5.0X60", "5.0X80"]
    add("wood screw", [f"WOOD SCR CSK PZ2 {s} YZP BX200" for s in wood] + ["WOOD SCR CSK PZ3 6.0X100 YZP BX100"])
    add("wood screw", ["WOOD SCR CSK PZ2 4.0X40 A2 BX200", "WOOD SCR CSK PZ2 5.0X50 A2 BX200"])
    add("self drilling screw", ["SELF DRILL SCR HEX 5.5X25 ZP W/16MM EPDM WSHR"])
    add("drywall screw", ["DRYWALL SCR 3.5X25 BLK PHOS BX1000"])
    add("blind rivet", [f"RIVET POP DOME {s} AL/ST BX1000" for s in ("4.0X10", "4.8X12")])
    add("rivet nut", ["RIVET NUT M6 STL ZP FLAT HD", "RIVET NUT M8 STL ZP FLAT HD"])
    add("rivet gun", ["RIVET GUN HAND 2.4-4.8MM C/W 4 NOSEPIECES"])
    add("through bolt anchor", ["ANCHOR THROUGHBOLT M10X95 ZP", "ANCHOR THROUGHBOLT M12X120 ZP"])
    add("wall plug", ["WALL PLUG NYL 6X30 BX100", "WALL PLUG NYL 8X40 BX100"])
    add("threadlocker", ["LOCTITE 243 THREADLOCK MED STR 50ML", "LOCTITE 270 THREADLOCK HIGH STR 50ML"])

    # Valves, fittings, pipe and hose clips.
    valves = ["1/4", "3/8", "1/2", "3/4", "1", "1-1/2"]
    add("ball valve", [f"BALL VLV {s} BSPP F/F LVR BRS PN25" for s in valves])
    add("ball valve", ["BALL VLV 1/2 BSPP F/F LVR SS316 PN63", "BALL VLV 1 BSPP F/F LVR SS316 PN63"])
    add("check valve", [f"CHECK VLV SPRING {s} BSPP BRS" for s in ("1/2", "3/4")])
    add("stop valve", ["STOP VLV COMP 15MM BRS C/W DRAIN", "STOP VLV COMP 22MM BRS C/W DRAIN"])
    add("isolating valve", ["ISOL VLV COMP 15MM CP SLOTTED"])
    add(
        "elbow",
        [
            "ELBOW 90 COMP 15MM BRS",
            "ELBOW 90 COMP 22MM BRS",
            "ELBOW 90 COMP 28MM BRS",
            "ELBOW 45 COMP 22MM BRS",
            "ELBOW 90 1/2 BSP F/F GALV MI",
            "ELBOW 90 3/4 BSP F/F GALV MI",
            "ELBOW 90 1/2 BSP M/F BRS",
        ],
    )
    add(
        "tee",
        [
            "TEE EQUAL COMP 15MM BRS",
            "TEE EQUAL COMP 22MM BRS",
            "TEE REDUCING COMP 22X15MM BRS",
            "TEE EQUAL 1/2 BSP F GALV MI",
        ],
    )
    add("straight coupler", [f"COUPLER STRAIGHT COMP {s}MM BRS" for s in ("15", "22", "28")])
    add("male adaptor", ["ADAPTOR MALE COMP 15MM X 1/2 BSPT BRS", "ADAPTOR MALE COMP 22MM X 3/4 BSPT BRS"])
    add("hex nipple", [f"HEX NIPPLE {s} BSPT BRS" for s in ("1/2", "3/4", "1")] + ["HEX NIPPLE 1/2 BSPT SS316"])
    add("reducing bush", ["BUSH RED 3/4X1/2 BSP BRS", "BUSH RED 1X3/4 BSP BRS"])
    clips = [("12-22", "W1 ZP"), ("16-27", "W1 ZP"), ("20-32", "W1 ZP")]
    clips += [("12-22", "W4 SS"), ("16-27", "W4 SS")]
    add("hose clip", [f"HOSE CLIP W/DRIVE {s}MM {g}" for s, g in clips])
    add("PTFE tape", ["PTFE TAPE 12MMX12M WHT", "PTFE TAPE GAS 12MMX12M YEL"])
    add("copper pipe", ["PIPE CU 15MM X 3M EN1057 R250", "PIPE CU 22MM X 3M EN1057 R250"])
    add("silicone sealant", ["SILICONE SANITARY WHT 310ML", "SILICONE NEUTRAL CLR 310ML"])
    add("skeleton gun", ["SKELETON GUN 310ML HD"])

    # Electrical.
    add(
        "cable tie",
        [
            "CABLE TIE 140X3.6 NAT PK100",
            "CABLE TIE 200X4.8 BLK UV PK100",
            "CABLE TIE 370X7.6 BLK UV PK100",
            "CABLE TIE SS316 200X4.6 PK100",
        ],
    )
    add("cable gland", [f"CABLE GLAND {m} NYL IP68 BLK" for m in ("M20", "M25", "M32")])
    add("cable gland", ["CABLE GLAND M20 BRS IP68", "CABLE GLAND M25 BRS IP68"])
    add("gland locknut", ["LOCKNUT M20 NYL BLK F/CABLE GLAND", "LOCKNUT M25 NYL BLK F/CABLE GLAND"], "cable gland")
    add("MCB", [f"MCB 1P {a}A B CURVE 6KA HAGER MTN1{a:02d}" for a in (10, 16, 20, 32)])
    add("MCB", ["MCB 1P 16A C CURVE 6KA HAGER NCN116"])
    add("RCBO", ["RCBO 1P+N 32A 30MA TYPE A HAGER ADA932G"])
    add("cable lug", ["LUG CU TUBE 16MM2 M8", "LUG CU TUBE 25MM2 M10"])
    add("crimp tool", ["CRIMP TOOL RATCHET 0.5-6MM2 INSUL TERM", "CRIMP TOOL HYD 10-120MM2"])
    add("crimp die", ["DIE SET 16-95MM2 F/CRIMP TOOL HYD"], "crimp tool")
    add(
        "heat shrink",
        [
            "HEATSHRINK 2:1 6.4MM BLK 1.2M",
            "HEATSHRINK 2:1 9.5MM BLK 1.2M",
            "HEATSHRINK 3:1 ADH LINED 12MM BLK 1M",
        ],
    )
    add("cartridge fuse", [f"FUSE CART {a}A BS1362 PK10" for a in (3, 5, 13)])
    add("twin and earth cable", [f"CABLE T&E 6242Y {s}MM2 GRY 100M" for s in ("1.5", "2.5", "6.0")])
    add("conduit", ["CONDUIT PVC 20MM HD WHT 3M"])
    add("junction box", ["JUNCTION BOX IP66 100X100X50 GRY", "JUNCTION BOX IP66 150X110X70 GRY"])

    # Abrasives, drilling and cutting.
    cut = [("115X1.0", "INOX"), ("125X1.0", "INOX"), ("125X1.6", "STEEL"), ("230X1.9", "STEEL")]
    cut += [("230X3.0", "STONE")]
    add("cutting disc", [f"DISC CUT OFF {s}X22.23 {m} F/ANGLE GRINDER" for s, m in cut], "angle grinder")
    flaps = [("115", "P40", "ZIRC"), ("115", "P60", "ZIRC"), ("115", "P80", "ZIRC"), ("125", "P40", "ZIRC")]
    flaps += [("125", "P80", "ALOX")]
    add("flap disc", [f"DISC FLAP {d}MM {g} {m} F/ANGLE GRINDER" for d, g, m in flaps], "angle grinder")
    add("grinding disc", ["DISC GRINDING 115X6X22.23 DC STEEL", "DISC GRINDING 230X6X22.23 DC STEEL"], "angle grinder")
    add("wire cup brush", ["BRUSH WIRE CUP 75MM M14 TWIST KNOT F/ANGLE GRINDER"], "angle grinder")
    add(
        "sanding belt",
        [
            "SANDING BELT 75X533MM P80 ALOX PK10 F/BELT SANDER",
            "SANDING BELT 75X533MM P120 ALOX PK10 F/BELT SANDER",
        ],
        "belt sander",
    )
    add("emery cloth", ["EMERY CLOTH ROLL 38MMX50M P120"])
    jobbers = ["2.5", "3.0", "4.2", "5.0", "6.0", "6.8", "8.0", "10.0"]
    add("jobber drill", [f"DRILL HSS JOBBER {d}MM DIN338 GND" for d in jobbers])
    add("jobber drill", [f"DRILL HSS-CO JOBBER {d}MM DIN338 GND" for d in ("5.0", "8.0")])
    sds = ["6X160", "8X160", "10X210", "12X260"]
    add("SDS-plus drill", [f"DRILL SDS+ MASONRY {s}MM F/ROTARY HAMMER" for s in sds], "rotary hammer")
    add("SDS-plus chisel", ["CHISEL SDS+ POINTED 250MM", "CHISEL SDS+ FLAT 20X250MM"], "rotary hammer")
    add("tap", ["TAP HSS M6X1.0 SPIRAL PT", "TAP HSS M8X1.25 SPIRAL PT", "TAP HSS M10X1.5 SPIRAL PT"])
    add("die", ["DIE HSS M8X1.25 25MM OD"])
    add("tap wrench", ["TAP WRENCH ADJ M3-M12"])
    add("hole saw", [f"HOLESAW BI-MET {s}MM" for s in ("22", "32", "51", "68")])
    add("hole saw arbor", ["ARBOR F/HOLESAW 14-30MM 1/4 HEX", "ARBOR F/HOLESAW 32-152MM 3/8 HEX"], "hole saw")
    add("hacksaw blade", [f"HACKSAW BLADE 300MM {t}TPI BI-MET PK10" for t in ("18", "24", "32")], "hacksaw frame")
    add("hacksaw frame", ["HACKSAW FRAME 300MM ADJ"])
    add(
        "jigsaw blade",
        [
            "JIGSAW BLADE T101D HCS WOOD 6TPI PK5",
            "JIGSAW BLADE T118A HSS METAL 21TPI PK5",
            "JIGSAW BLADE T101BR HCS WOOD REV TOOTH PK5",
        ],
        "jigsaw",
    )

    # Tools and their consumables.
    add(
        "angle grinder",
        ["ANGLE GRINDER 115MM 720W 240V", "ANGLE GRINDER 115MM 720W 110V", "ANGLE GRINDER 230MM 2200W 110V"],
    )
    add("jigsaw", ["JIGSAW 650W 240V PENDULUM", "JIGSAW 650W 110V PENDULUM"])
    add("combi drill", ["DRILL COMBI CORDLESS 18V 2X5.0AH C/W CHGR", "DRILL COMBI CORDLESS 18V BODY ONLY"])
    add("battery", ["BATTERY LI-ION 18V 5.0AH F/CORDLESS DRILL"], "combi drill")
    add("battery charger", ["CHARGER LI-ION 18V F/CORDLESS DRILL"], "combi drill")
    add("rotary hammer", ["ROTARY HAMMER SDS+ 800W 110V"])
    add("belt sander", ["BELT SANDER 75X533MM 1010W 240V"])
    add("grease gun", ["GREASE GUN LEVER 400G CART"])
    add("grease cartridge", ["GREASE CART LITH EP2 400G F/GREASE GUN"], "grease gun")
    add("torque wrench", ["TORQUE WRENCH 1/2DR 40-200NM", "TORQUE WRENCH 3/8DR 10-60NM"])
    add("combination spanner", [f"SPANNER COMB {s}MM CRV" for s in ("10", "13", "17", "19")])
    add("hex key set", ["HEX KEY SET 1.5-10MM 9PC BALL END"])
    add("pipe wrench", ["PIPE WRENCH 14IN", "PIPE WRENCH 18IN"])

    # Safety wear.
    add("disposable glove", ["GLOVE NITRILE DISP PF BLUE M BX100", "GLOVE NITRILE DISP PF BLUE L BX100"])
    add("work glove", ["GLOVE CUT C PU PALM SZ9", "GLOVE CUT C PU PALM SZ10", "GLOVE RIGGER LEATHER SZ10"])
    add("safety glasses", ["SAFETY GLASSES CLR AF EN166", "SAFETY GLASSES SMOKE EN166"])
    add("goggles", ["GOGGLE CHEM SPLASH INDIRECT VENT"])
    add("ear plugs", ["EAR PLUG FOAM SNR37 PR BX200"])
    add("ear defenders", ["EAR DEFENDER SNR30 HEADBAND"])
    add("disposable respirator", ["RESPIRATOR FFP2 VALVED BX10", "RESPIRATOR FFP3 VALVED BX10"])
    add("hi-vis vest", ["HI-VIS VEST YEL L EN20471", "HI-VIS VEST YEL XL EN20471"])
    return ps


ERP_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("hex bolt m12 x 80", "hex bolt", r"\bM12X80\b"),
        Q("cap screw m6x25", "socket cap screw", r"\bM6X25\b"),
        Q("hex nut m16", "hex nut", r"\bM16\b"),
        Q("ball valve 3/4 bsp", "ball valve", r"VLV 3/4 BSP"),
        Q("hose clip 20-32", "hose clip", r"\b20-32MM"),
        Q("jobber drill 6.8mm", "jobber drill", r"\b6\.8MM"),
        Q("cable gland m25", "cable gland", r"\bM25\b"),
        Q("compression elbow 22mm", "elbow", r"COMP 22MM"),
    ],
    "type_material": [
        Q("stainless hex nuts", "hex nut", r"\bA[24]\b"),
        Q("a4 hex bolts", "hex bolt", r"\bA4-"),
        Q("stainless ball valve", "ball valve", r"\bSS316\b"),
        Q("galvanised elbow", "elbow", r"\bGALV\b"),
        Q("brass cable glands", "cable gland", r"\bBRS\b"),
        Q("cobalt jobber drills", "jobber drill", r"HSS-CO"),
        Q("zirconia flap discs", "flap disc", r"\bZIRC\b"),
        Q("stainless steel cable ties", "cable tie", r"\bSS316\b"),
    ],
    "size_other_form": [
        Q("10mm jobber drill", "jobber drill", r"\b10\.0MM"),
        Q("1 inch ball valve", "ball valve", r"VLV 1 BSP"),
        Q("half inch hex nipple", "hex nipple", r"NIPPLE 1/2 "),
        Q("2.5mm twin and earth", "twin and earth cable", r"\b2\.5MM2"),
        Q("16 amp mcb", "MCB", r"\b16A\b"),
        Q("4 x 40 wood screws", "wood screw", r"\b4\.0X40\b"),
        Q("115mm x 1mm cutting disc", "cutting disc", r"\b115X1\.0X"),
        Q("13 amp fuse", "cartridge fuse", r"\b13A\b"),
    ],
    "size_missing": [
        Q("hex bolt m20", "hex bolt", r"\bM20X"),
        Q("ball valve 2 inch", "ball valve", r"VLV 2 BSP"),
        Q("jobber drill 7mm", "jobber drill", r"\b7\.0MM"),
        Q("cable gland m40", "cable gland", r"\bM40\b"),
        Q("compression elbow 35mm", "elbow", r"\b35MM"),
        Q("hose clip 40-60mm", "hose clip", r"\b40-60MM"),
        Q("mcb 40a", "MCB", r"\b40A\b"),
        Q("threaded rod m16", "threaded rod", r"\bM16X"),
    ],
    "typo": [
        Q("nylock nut m8", "nyloc nut", r"NYLOC M8 "),
        Q("sokcet cap screw m5", "socket cap screw", r"\bM5X"),
        Q("compresion tee 15mm", "tee", r"COMP 15MM"),
        Q("ball vavle 1/2", "ball valve", r"VLV 1/2 BSP"),
        Q("cabel gland m20", "cable gland", r"\bM20\b"),
        Q("threadded rod m10", "threaded rod", r"\bM10X"),
        Q("hacksaw blaeds 24tpi", "hacksaw blade", r"\b24TPI"),
        Q("respirater ffp3", "disposable respirator", r"\bFFP3\b"),
    ],
    "code": [
        Q("din 985 m10", "nyloc nut", r"\bM10 .*DIN985"),
        Q("iso7380 m8", "button head screw", r"\bM8X.*ISO7380"),
        Q("din 933 m8x25", "hex head screw", r"\bM8X25 .*DIN933"),
        Q("bs 1362 3a", "cartridge fuse", r"\b3A BS1362"),
        Q("hager mtn 116", "MCB", r"MTN116"),
        Q("din912 m10x40", "socket cap screw", r"\bM10X40 .*DIN912"),
        Q("loctite243", "threadlocker", r"LOCTITE 243"),
        Q("t101 d jigsaw blade", "jigsaw blade", r"\bT101D\b"),
    ],
    "synonym": [
        Q("grub screw m6", "socket set screw", r"\bM6X", "grub"),
        Q("studding m10", "threaded rod", r"\bM10X", "studding"),
        Q("penny washers m8", "fender washer", r"\bM8X", "penny"),
        Q("jubilee clip 16-27", "hose clip", r"\b16-27MM", "jubilee"),
        Q("plumbers tape", "PTFE tape", None, "plumbers"),
        Q("stopcock 15mm", "stop valve", r"\b15MM", "stopcock"),
        Q("circuit breaker 20a", "MCB", r"\b20A\b", "breaker"),
        Q("slitting disc 115", "cutting disc", r"\b115X", "slitting"),
        Q("rivnut m6", "rivet nut", r"\bM6\b", "rivnut"),
    ],
    "accessory_not_asked": [
        Q("angle grinder 115mm", "angle grinder", r"\b115MM"),
        Q("hacksaw 300mm", "hacksaw frame", r"\b300MM"),
        Q("grease gun 400g", "grease gun", r"\b400G"),
        Q("hole saw 51mm", "hole saw", r"\b51MM"),
        Q("jigsaw 240v", "jigsaw", r"\b240V"),
        Q("belt sander 75mm", "belt sander", r"\b75X"),
        Q("cable gland m20 nylon", "cable gland", r"\bM20 NYL"),
        Q("cordless combi drill 18v", "combi drill", r"\b18V"),
    ],
    "accessory_asked": [
        Q("cutting discs for 230mm grinder", "cutting disc", r"\b230X"),
        Q("blades for hacksaw 18tpi", "hacksaw blade", r"\b18TPI"),
        Q("grease cartridge for grease gun", "grease cartridge"),
        Q("arbor for 32mm hole saw", "hole saw arbor", r"\b32-152MM"),
        Q("jigsaw blades for metal", "jigsaw blade", r"\bMETAL\b"),
        Q("sanding belts 75 x 533", "sanding belt", r"\b75X533MM"),
        Q("locknut for m25 cable gland", "gland locknut", r"\bM25\b"),
        Q("battery for cordless drill 18v", "battery", r"\b18V"),
    ],
    "type_once": [
        Q("dome nut m8", "dome nut", r"\bM8\b"),
        Q("ear defenders", "ear defenders"),
        Q("tap wrench", "tap wrench"),
        Q("emery cloth roll", "emery cloth"),
        Q("rivet gun", "rivet gun"),
        Q("skeleton gun", "skeleton gun"),
        Q("junction box ip66", "junction box", r"\bIP66\b"),
        Q("pipe wrench 18in", "pipe wrench", r"\b18IN\b"),
    ],
}


# --------------------------------------------------------------------------------------------------------------
# Sentences: one paragraph of prose per product.
# --------------------------------------------------------------------------------------------------------------


def _wrenches() -> list[Product]:
    sizes = (8, 10, 13, 17, 19)
    frames = (
        "Drop-forged from chrome vanadium steel, this {n} mm combination wrench has a 15-degree offset ring at one "
        "end and an open jaw at the other. The satin chrome finish wipes clean of oil and grease.",
        "Open jaw for quick turns, 12-point ring for breaking tight nuts loose: the {n} mm size earns its place in "
        "every toolbox. This combination wrench is chrome vanadium steel with the size stamped on both ends.",
        "The ring end grips on the flats rather than the corners, so worn {n} mm heads are less likely to round "
        "off. Forged and heat-treated for strength, this combination wrench has a polished, easy-clean finish.",
    )
    out = [_s("combination wrench", frames[i % 3].format(n=n)) for i, n in enumerate(sizes)]
    out.append(
        _s(
            "combination wrench",
            "Twelve sizes from 8 to 22 mm sit in a roll-up canvas wallet in this combination wrench set.",
            "Each one is chrome vanadium with a 15-degree offset ring and an open jaw.",
        )
    )
    return out


def _screws_and_bolts() -> list[Product]:
    out = [
        _s(
            "wood screw",
            "Twin-thread, zinc-plated and with a sharp type 17 point that needs no pilot hole in softwood, these "
            "3.5 x 25 mm wood screws are ideal for hinges and light joinery. Box of 200.",
        ),
        _s(
            "wood screw",
            "A general-purpose size for carcasses and stud work, the 4 x 40 mm wood screw in this box of 200 is "
            "zinc plated with a PZ2 countersunk head and nibs that self-countersink.",
        ),
        _s(
            "wood screw",
            "For fixing battens and framing timber, these 5 x 50 mm zinc-plated wood screws have a part thread that "
            "pulls boards tight together. Supplied in boxes of 100.",
        ),
        _s(
            "wood screw",
            "Longer fixings for joists and posts: 5 x 70 mm wood screws, zinc plated with yellow passivate and a "
            "cut point for fast starts in hardwood. Box of 100.",
        ),
        _s(
            "wood screw",
            "Outdoor timber and oak will not stain black around these A2 stainless steel wood screws. Size "
            "4 x 30 mm, PZ2 drive, box of 200.",
        ),
        _s(
            "decking screw",
            "Green-coated for 1000 hours of salt spray resistance, these 4.5 x 60 mm decking screws have a ribbed "
            "shank that stops boards lifting. Tub of 250.",
        ),
        _s(
            "coach screw",
            "Hex-headed and zinc plated, these M10 x 100 mm coach screws anchor ledger boards and gate posts; drive "
            "them with a 17 mm socket. Pack of 10.",
        ),
    ]
    bolts = (
        ("M8 x 60", "zinc plated", "garden gates and trellis"),
        ("M10 x 100", "zinc plated", "workbenches and shelving frames"),
        ("M10 x 100", "hot-dip galvanised", "fencing and decking joists"),
        ("M10 x 150", "hot-dip galvanised", "pergolas and heavy timber posts"),
    )
    for size, finish, use in bolts:
        out.append(
            _s(
                "carriage bolt",
                f"The square neck under the domed head locks into the timber, so nothing spins while you tighten "
                f"the nut. {finish.capitalize()}, these {size} mm carriage bolts suit {use}.",
                "Supplied with nuts and washers, pack of 10.",
            )
        )
    out += [
        _s(
            "plasterboard fixing",
            "Screw-in nylon plasterboard fixings that cut their own thread into 12.5 mm board and hold up to "
            "10 kg each; screws included, pack of 50.",
        ),
        _s(
            "plasterboard fixing",
            "For radiators, cupboards and TV brackets on stud walls, these metal cavity plasterboard fixings "
            "open behind the board as the M5 screw is tightened. Pack of 25.",
        ),
        _s(
            "frame fixing",
            "Drilled straight through the frame into masonry, these 10 x 100 mm frame fixings secure window and "
            "door frames without separate plugs. Pack of 50 with zinc-plated screws.",
        ),
        _s(
            "wall plug",
            "Brown nylon wall plugs for a 7 mm hole, to take No. 10 to No. 14 screws in brick, block and "
            "concrete. Bag of 100.",
        ),
    ]
    return out


def sentences_products() -> list[Product]:
    return [
        # Wrenches and pliers.
        _s(
            "pipe wrench",
            'Small enough for a van toolbag yet able to grip pipe up to 32 mm across, this 250 mm (10") cast-iron '
            "pipe wrench has a floating hook jaw that tightens as you turn.",
            "Both jaws are hardened and can be replaced when worn.",
        ),
        _s(
            "pipe wrench",
            "For everyday work on threaded steel pipe up to 50 mm, reach for this "
            '350 mm (14") cast-iron pipe wrench. The I-beam handle resists bending and the knurled nut adjusts '
            "with one thumb.",
        ),
        _s(
            "pipe wrench",
            'The Ridgid 31025 is a 450 mm (18") pipe wrench with a ductile iron I-beam handle and a hook jaw that '
            "stays square under load. It grips pipe up to 60 mm and carries a lifetime warranty.",
        ),
        _s(
            "pipe wrench",
            'Heavy fitters working on 3" mains will appreciate the leverage of this 600 mm (24") cast-iron pipe '
            "wrench. Its jaws open to 76 mm and the heel jaw can be swapped when worn.",
        ),
        _s(
            "pipe wrench",
            "Weighing about 40 per cent less than cast iron, this "
            '450 mm (18") aluminium pipe wrench is the one to carry up ladders and across roofs. Steel jaws are '
            "hardened and the handle is powder coated.",
        ),
        *_wrenches(),
        _s(
            "adjustable wrench",
            'Slim enough to slip into a shirt pocket, this 150 mm (6") adjustable wrench opens to 20 mm and has a '
            "fine-pitch worm for precise jaw setting.",
        ),
        _s(
            "adjustable wrench",
            'Metric and imperial scales are laser-etched on the jaw of this 200 mm (8") adjustable wrench, which '
            "opens to 27 mm and has a comfortable two-component handle.",
        ),
        _s(
            "adjustable wrench",
            "Phosphated chrome vanadium steel, a 30 mm jaw capacity and a thin head that gets between close-set nuts "
            'make this 250 mm (10") adjustable wrench a favourite with heating engineers.',
        ),
        _s(
            "adjustable wrench",
            'When the nut is big and the space is tight, the 34 mm jaw of this 300 mm (12") adjustable wrench '
            "does the job of a whole rack of fixed sizes.",
        ),
        _s(
            "pliers wrench",
            "The Knipex 86 03 180 grips nuts and fittings with smooth parallel jaws that leave chrome and plated "
            "surfaces unmarked. Adjustable at the push of a button, this 180 mm pliers wrench replaces a set of "
            "wrenches up to 40 mm.",
        ),
        _s(
            "water pump pliers",
            "Nine adjustment positions and hardened teeth let these 250 mm water pump pliers grip pipes up to "
            "50 mm, and the box joint keeps the jaws from slipping.",
        ),
        _s(
            "locking pliers",
            'Clamp a part and let go: the curved jaws of these 175 mm (7") locking pliers hold round stock '
            "while you weld or drill, and the quick-release lever opens them with one hand.",
        ),
        _s(
            "locking pliers",
            'With a wire cutter behind the jaws and a screw that sets the clamping force, these 250 mm (10") '
            "locking pliers grip rounded bolts that nothing else will turn.",
        ),
        _s(
            "tin snips",
            "Straight-cut tin snips with compound leverage for sheet steel up to 1.2 mm and aluminium up to "
            "2 mm; the spring opens the blades after every cut.",
        ),
        _s(
            "tin snips",
            "Cutting curves to the left in ductwork and flashing is easier with these left-cut tin snips, "
            "colour-coded red, with serrated blades that stop the sheet sliding.",
        ),
        _s(
            "socket set",
            "The Sealey AK694 holds 25 chrome vanadium sockets from 10 to 32 mm with a 72-tooth ratchet and "
            'extensions, all in 1/2" drive. A steel case keeps this socket set together in the van.',
        ),
        _s(
            "socket set",
            'For engine bays and machinery panels, this 3/8" drive socket set has 32 pieces: 6-point sockets '
            "from 8 to 22 mm, two extensions, a universal joint and a quick-release ratchet.",
        ),
        # Chisels and hammers.
        _s(
            "brick chisel",
            'Cutting blocks and lifting old floorboards are everyday work for this 100 mm (4") brick chisel. The '
            "hardened edge is tempered, and a soft-grip guard protects your hand from a glancing blow.",
        ),
        _s(
            "brick chisel",
            'A narrower 75 mm (3") blade for cutting bricks to length and trimming in tight corners; this brick '
            "chisel is forged from a single piece of carbon steel.",
        ),
        _s(
            "cold chisel",
            "Forged from chrome vanadium steel, this 25 x 300 mm cold chisel cuts through rusted bolts, rivets and "
            "sheet steel.",
        ),
        _s(
            "plugging chisel",
            "Its slim, angled blade clears old mortar from brick joints before repointing. This 250 mm plugging "
            "chisel has a flared tip that will not jam in the joint.",
        ),
        _s(
            "club hammer",
            "Drop-forged and hardened on both faces, this 1 kg (2.2 lb) club hammer has a short hickory handle for "
            "driving chisels and masonry nails.",
        ),
        _s(
            "club hammer",
            "For splitting blocks and setting kerbs, reach for a 1.25 kg (2.5 lb) club hammer with a fibreglass "
            "shaft that soaks up the shock.",
        ),
        _s(
            "club hammer",
            "Groundworkers driving pegs and breaking out concrete need weight behind every blow. This 1.8 kg (4 lb) "
            "club hammer has a two-component grip and a head that is wedged and bonded.",
        ),
        _s(
            "claw hammer",
            "Balanced for first and second fix, this 16 oz claw hammer is forged in one piece of steel with a "
            "shock-absorbing vinyl grip and a curved claw for pulling nails.",
        ),
        _s(
            "claw hammer",
            "A 20 oz head on a fibreglass core with a rubber sleeve: light enough for a full day of framing, heavy "
            "enough to sink 100 mm nails. The claw hammer has a magnetic nail starter.",
        ),
        _s(
            "claw hammer",
            "Traditional and easy to rehandle, this 20 oz claw hammer has a straight-grained hickory shaft and a "
            "polished, slightly domed face.",
        ),
        _s(
            "ball pein hammer",
            "Fitters and engineers use the rounded pein to shape metal and set rivets. This 1 lb ball pein hammer "
            "has a hickory shaft and a hardened, polished face.",
        ),
        _s(
            "ball pein hammer",
            "Heavier work on keys, pins and punches calls for a 1.5 lb ball pein hammer; this one has a tubular "
            "steel shaft and a non-slip rubber grip.",
        ),
        _s(
            "dead blow mallet",
            "Filled with steel shot so it does not bounce back, this 1.4 kg dead blow mallet seats bearings and "
            "knocks panels into line without marking them.",
        ),
        _s(
            "sledgehammer",
            "For breaking slabs and driving fence posts, a 7 lb (3.2 kg) sledgehammer with a 900 mm fibreglass "
            "handle and an overstrike guard below the head.",
        ),
        # Sealants and tapes.
        _s(
            "silicone sealant",
            "Mould-resistant for up to five years, this white sanitary silicone sealant seals baths, showers and "
            "basins and cures to a flexible, waterproof bead.",
            "The 310 ml cartridge fits all standard sealant guns.",
            fits="sealant gun",
        ),
        _s(
            "silicone sealant",
            "For glazing and general building joints, a clear, neutral-cure silicone sealant that will not stain "
            "natural stone and stays flexible from -40 to 150 °C. Sold in 310 ml cartridges for standard "
            "sealant guns.",
            fits="sealant gun",
        ),
        _s(
            "silicone sealant",
            "Expansion joints in cladding and around window frames move up to 25 per cent, and this grey "
            "low-modulus silicone sealant moves with them. Its 310 ml cartridge suits any skeleton or barrel-type "
            "sealant guns.",
            fits="sealant gun",
        ),
        _s(
            "silicone sealant",
            "Rated to 285 °C, this red high-temperature silicone sealant seals flue pipes, oven doors and engine "
            "covers. Use it in standard 310 ml sealant guns.",
            fits="sealant gun",
        ),
        _s(
            "hybrid sealant",
            "It bonds to wet surfaces and even cures under water: a white hybrid polymer sealant and adhesive in a "
            "290 ml cartridge that suits ordinary sealant guns.",
            fits="sealant gun",
        ),
        _s(
            "sealant gun",
            "Built on a steel skeleton frame with a 12:1 thrust ratio and a drip-free release, this 310 ml sealant "
            "gun handles silicone, acrylic and adhesives alike.",
        ),
        _s(
            "sealant gun",
            "Sausage packs of up to 600 ml and ordinary cartridges both fit the aluminium barrel of this "
            "heavy-duty sealant gun, and the 26:1 drive pushes even cold polyurethane.",
        ),
        _s(
            "duct tape",
            "Tear it by hand, write on it and stick it to rough surfaces: this 50 mm x 50 m silver cloth duct "
            "tape holds cables, sheeting and packaging.",
        ),
        _s(
            "duct tape",
            "Matt black so it disappears on stage floors and camera rigs, this 50 mm x 50 m cloth duct tape "
            "lifts cleanly without leaving residue.",
        ),
        _s(
            "insulation tape",
            "Flame-retardant PVC insulation tape, 19 mm x 20 m, in the brown, blue and green-yellow of UK wiring; "
            "pack of 10 rolls.",
        ),
        _s(
            "masking tape",
            "Decorators get clean lines with this 25 mm x 50 m cream masking tape, which peels away within 14 days "
            "without lifting paint.",
        ),
        _s(
            "masking tape",
            "Wider at 50 mm and UV-resistant for outdoor use, this masking tape stays put on window frames and "
            "render for up to two weeks.",
        ),
        _s(
            "PTFE tape",
            "Wrap it clockwise on male threads before assembly: this white PTFE tape, 12 mm x 12 m, seals water "
            "and air fittings up to 10 bar.",
        ),
        _s(
            "PTFE tape",
            "Yellow, thicker and approved for gas, this PTFE tape comes in 12 mm x 5 m reels for threaded gas "
            "fittings.",
        ),
        # Workwear and personal protection.
        _s(
            "coverall",
            "Made from 245 g/m2 polycotton with a two-way front zip and stud-adjustable cuffs, this navy coverall "
            'is cut for chest size 40".',
        ),
        _s(
            "coverall",
            'The Portwest S999 Euro work coverall in navy polycotton, chest 44", has a concealed zip, kneepad '
            "pockets and an elasticated back for freedom of movement.",
        ),
        _s(
            "coverall",
            'Cut generously across the shoulders for chest size 48", this navy polycotton coverall has eight '
            "pockets and reflective piping on the arms and legs.",
        ),
        _s(
            "coverall",
            "Protection against dust and light liquid splash: a white type 5/6 disposable coverall in SMS "
            "polypropylene with an elasticated hood, size XL.",
        ),
        _s(
            "high-visibility waistcoat",
            "Class 2 to EN ISO 20471 with two reflective bands, this yellow high-visibility waistcoat has a "
            "hook-and-loop front and an ID pocket.",
        ),
        _s(
            "head lamp",
            "Rechargeable over USB-C, this 300-lumen head lamp has a red night mode, a tilting head and an elastic "
            "strap that fits over a safety helmet.",
        ),
        _s(
            "head lamp",
            "Three AAA batteries run this 150-lumen LED head lamp for up to 40 hours on its low setting.",
        ),
        _s(
            "work light",
            "On site transformers, a 110 V, 20 W LED work light on a folding stand lights a whole room; it has a "
            "3 m cable and a yellow 16 A plug.",
        ),
        _s(
            "work light",
            "A magnetic base and a hanging hook let this rechargeable 10 W LED work light go wherever the job is, "
            "for up to four hours per charge.",
        ),
        _s(
            "ear defenders",
            "Slim cups and a low-pressure headband make these ear defenders comfortable through a full shift. "
            "SNR 27 dB suits workshops and general construction.",
        ),
        _s(
            "ear defenders",
            "When chainsaws, breakers and cut-off saws are running, you need SNR 32 dB. Twin-shell cups with "
            "foam-filled seals give these ear defenders their extra attenuation.",
        ),
        _s(
            "ear defenders",
            "Clipped into the slots of most safety helmets, these helmet-mounted ear defenders swing up out of the "
            "way between jobs; SNR 30 dB.",
        ),
        _s(
            "ear plugs",
            "Slow-recovery polyurethane foam ear plugs, SNR 37 dB, individually paired in a dispenser box of 200.",
        ),
        _s(
            "ear plugs",
            "Banded ear plugs on a flexible headband that can be worn under the chin, for people who step in and "
            "out of noisy areas all day; SNR 21 dB.",
        ),
        _s(
            "safety glasses",
            "Clear polycarbonate lenses with an anti-fog and anti-scratch coating, wraparound side protection and "
            "soft temple tips make these safety glasses easy to wear all day.",
        ),
        _s(
            "safety glasses",
            "Working outdoors in bright sun calls for these smoke-lensed safety glasses, impact-rated to EN 166 F "
            "with UV 400 protection.",
        ),
        _s(
            "safety glasses",
            "Amber lenses sharpen contrast in poor light and on dull days; these safety glasses have adjustable "
            "arms and a padded brow bar.",
        ),
        _s(
            "safety goggles",
            "Indirect vents keep splashes out while letting air circulate, so these safety goggles stay clear when "
            "you decant chemicals; they fit over prescription glasses.",
        ),
        _s(
            "work gloves",
            "A breathable nylon liner with a nitrile foam coating on the palm gives grip on oily parts. These "
            "nitrile-coated work gloves are size 8, pack of 12 pairs.",
        ),
        _s(
            "work gloves",
            "Touchscreen-friendly fingertips and a nitrile foam palm make these work gloves a favourite with "
            "electricians and fitters. Size 9, pack of 12 pairs.",
        ),
        _s(
            "work gloves",
            "Large hands need a glove that does not bunch up: these nitrile-coated work gloves in size 10 have a "
            "seamless knitted liner and an elasticated wrist.",
        ),
        _s(
            "work gloves",
            "Handling sheet metal and glass safely needs cut level D to EN 388, and these HPPE work gloves with a "
            "polyurethane palm provide it. Size 9.",
        ),
        _s(
            "work gloves",
            "Cowhide leather palms and a cotton back make these rigger-style work gloves tough enough for "
            "scaffolding and steel erection. Size 10.",
        ),
        _s(
            "disposable gloves",
            "Powder-free, 5 mil blue nitrile disposable gloves for mechanics and cleaning, size L, box of 100.",
        ),
        _s(
            "safety boots",
            "A composite toecap and midsole keep these S3 SRC safety boots free of metal, light and warm in "
            "winter; UK size 8.",
        ),
        _s(
            "safety boots",
            "Built for wet sites, these S3 SRC safety boots have a waterproof membrane, a steel toecap and a "
            "steel midsole; UK size 10.",
        ),
        _s(
            "safety trainers",
            "Light enough for warehouse and delivery work, these S1P safety trainers have a composite toecap and "
            "an anti-penetration midsole; UK size 9.",
        ),
        _s(
            "disposable respirator",
            "Fold-flat FFP2 disposable respirators with an exhalation valve for sanding, cutting and sweeping; box "
            "of 10, individually wrapped.",
        ),
        _s(
            "disposable respirator",
            "For silica dust from cutting concrete and block, use FFP3: these valved disposable respirators are "
            "moulded with a foam face seal, box of 10.",
        ),
        _s(
            "half-face respirator",
            "The 3M 6502QL is a silicone half-face respirator, size medium, with a quick-latch drop-down so you "
            "can take it off your face without removing your helmet.",
        ),
        _s(
            "respirator filter",
            "Combined A2P3 protection against organic vapours and fine dust, these bayonet filters fit 3M 6000 "
            "and 7500 series half-face respirators; sold in pairs.",
            fits="half-face respirator",
        ),
        _s(
            "respirator filter",
            "P3 particulate filter pads for half-face respirators with a bayonet fitting; one pair.",
            fits="half-face respirator",
        ),
        # Plumbing.
        *[
            _s(
                "compression coupling",
                f"Joining two lengths of {n} mm pipe without heat or flux takes only two wrenches with this "
                f"{n} mm compression coupling, made from dezincification-resistant brass to EN 1254-2. Olives and "
                "nuts are included.",
            )
            for n in (15, 22, 28)
        ],
        *[
            _s(
                "compression elbow",
                f"Turn a 90-degree corner on {n} mm pipe without soldering: this brass {n} mm compression elbow "
                "comes with nuts and olives fitted.",
            )
            for n in (15, 22)
        ],
        _s(
            "compression tee",
            "Branch a new feed off an existing 15 mm run with this equal compression tee in brass, supplied with "
            "three nuts and olives.",
        ),
        *[
            _s(
                "solder ring elbow",
                f"Made from copper with a pre-loaded ring of lead-free solder, this {n} mm solder ring elbow "
                "needs only flux and heat to make a neat 90-degree joint.",
            )
            for n in (15, 22)
        ],
        _s(
            "end feed coupling",
            "Made from copper to EN 1254-1, this 22 mm end feed coupling is for brazing or soldering with "
            "separate solder wire.",
        ),
        _s(
            "push-fit elbow",
            "Push the pipe in and it is sealed: this white polybutylene 15 mm push-fit elbow also demounts for re-use.",
        ),
        _s(
            "pipe cutter",
            "An adjustable 3-30 mm pipe cutter with a spare wheel in the handle, for copper, brass and thin-wall "
            "stainless pipe.",
        ),
        _s(
            "pipe cutter",
            "Inside kitchen units and under floors there is rarely room to swing a tool; this 6-22 mm mini pipe "
            "cutter needs only 45 mm of clearance.",
        ),
        _s(
            "cutter wheel",
            "Spare hardened steel cutter wheels with axle pins, pack of two, to fit most copper pipe cutters.",
            fits="pipe cutter",
        ),
        _s(
            "pipe bender",
            "Bend 15 and 22 mm copper to 90 degrees without kinking: this pipe bender has two formers and guides "
            "and folds flat for storage.",
        ),
        _s(
            "thermostatic radiator valve",
            "An angled 15 mm thermostatic radiator valve with a liquid-sensor head numbered 0 to 5 and "
            "frost protection.",
        ),
        _s(
            "thermostatic radiator valve",
            "For radiators fed from below, a straight-pattern 15 mm thermostatic radiator valve in white and "
            "chrome with a bi-directional body.",
        ),
        _s(
            "solder wire",
            "Lead-free solder wire for potable water pipework, 99.3 per cent tin and 0.7 per cent copper, on a "
            "500 g reel.",
        ),
        _s(
            "flux",
            "Self-cleaning and water soluble, this flux paste in a 250 g tub prepares copper for soldering without "
            "separate cleaning.",
        ),
        _s(
            "hose clamp",
            "Zinc-plated worm-drive hose clamps for 16-25 mm hoses, with a 9 mm band; pack of 10.",
        ),
        _s(
            "hose clamp",
            "Fuel lines, coolant hoses and garden fittings: zinc-plated worm-drive hose clamps, 20-32 mm, pack of 10.",
        ),
        _s(
            "hose clamp",
            "On boats and outdoor pipework only stainless steel lasts, so these 20-32 mm hose clamps are W4 "
            "grade throughout. Pack of 10.",
        ),
        _s(
            "hose clamp",
            "Larger ducting and drain hoses call for 30-45 mm: W4 stainless steel hose clamps with a rolled edge "
            "that protects soft hose. Pack of 10.",
        ),
        # Electrical.
        _s(
            "lever connector",
            "The Wago 221-413 joins three conductors from 0.2 to 4 mm2 with transparent housings so you can see "
            "the strip length. Pack of 50 lever connectors.",
        ),
        _s(
            "lever connector",
            "Five conductors, solid or stranded, in one compact block: the Wago 221-415 lever connector, in "
            "packs of 25.",
        ),
        _s(
            "voltage tester",
            "Two-pole, with an LED scale from 12 to 690 V and continuity test, this voltage tester meets GS38 and "
            "needs no batteries for voltage detection.",
        ),
        _s(
            "socket tester",
            "Plug it in and three lights show whether the earth, live and neutral are wired correctly; a socket "
            "tester with an RCD trip button.",
        ),
        _s(
            "multimeter",
            "Auto-ranging and true RMS, this CAT III 600 V multimeter measures voltage, current, resistance, "
            "capacitance and temperature.",
        ),
        _s(
            "screwdriver set",
            "Insulated to 1000 V and individually tested, this seven-piece VDE screwdriver set has slim blades "
            "for recessed terminals.",
        ),
        _s(
            "wire stripper",
            "Set the stop and strip 0.2 to 6 mm2 conductors in one squeeze; this automatic wire stripper also "
            "cuts cable up to 10 mm2.",
        ),
        _s(
            "crimping tool",
            "A ratchet that will not release until the crimp is complete gives consistent joints on red, blue and "
            "yellow terminals. This crimping tool has colour-coded dies.",
        ),
        _s(
            "crimp terminal",
            "Assorted insulated crimp terminals, 300 pieces of red, blue and yellow rings, spades and butt "
            "connectors, for ratchet crimping tools.",
            fits="crimping tool",
        ),
        _s(
            "crimp terminal",
            "Heat-shrink butt splices that seal against moisture once warmed, in blue for 1.5-2.5 mm2 cable; pack "
            "of 50 for standard crimping tools.",
            fits="crimping tool",
        ),
        _s(
            "junction box",
            "An IP66 junction box in grey polycarbonate, 100 x 100 x 50 mm, with knockouts for M20 glands and "
            "captive lid screws.",
        ),
        _s(
            "extension reel",
            "Site-safe 110 V power over 25 m: this extension reel has two 16 A sockets, a thermal cut-out and "
            "arctic-grade cable.",
        ),
        # Power tools and their accessories.
        _s(
            "combi drill",
            "The DeWalt DCD778 is a compact 18 V brushless combi drill with two speeds and a 13 mm metal chuck, "
            "supplied with two 2.0 Ah batteries in a TSTAK case.",
        ),
        _s(
            "drill driver",
            "Light enough for overhead work and cabinet fitting, this 12 V drill driver has a 10 mm chuck, 20 "
            "torque settings and an LED light.",
        ),
        _s(
            "battery",
            "Keep the job going with a spare 18 V 4.0 Ah slide battery that fits DeWalt XR cordless drills and "
            "drivers; the fuel gauge shows charge at a glance.",
            fits="combi drill",
        ),
        _s(
            "battery",
            "Compact and light at 400 g, a spare 18 V 2.0 Ah battery for DeWalt XR cordless drills when weight "
            "matters more than run time.",
            fits="combi drill",
        ),
        _s(
            "HSS drill bit set",
            "Nineteen ground HSS bits from 1 to 10 mm in a metal case, for steel, aluminium and plastics; they "
            "suit all cordless drills.",
            fits="combi drill",
        ),
        _s(
            "SDS hammer drill",
            "Three modes, 2.8 J of impact energy and an 800 W motor make this SDS-plus hammer drill the tool for "
            "anchors and cable runs in concrete.",
        ),
        *[
            _s(
                "SDS-plus drill bit",
                f"Four-cutter carbide heads drill clean, round holes in reinforced concrete. This {size} SDS-plus "
                "drill bit fits all SDS-plus hammer drills.",
                fits="SDS hammer drill",
            )
            for size in ("5 x 110 mm", "6 x 110 mm", "6 x 160 mm", "8 x 160 mm", "10 x 160 mm", "12 x 210 mm")
        ],
        _s(
            "jigsaw",
            "Pendulum action in four stages and a 650 W motor let this corded jigsaw cut 85 mm of softwood, and "
            "the tool-free blade clamp takes all T-shank blades.",
        ),
        _s(
            "jigsaw",
            "The 18 V cordless jigsaw in this box is brushless, with a dust blower, an LED work light and a base "
            "that tilts to 45 degrees. Body only.",
        ),
        _s(
            "jigsaw blade",
            "This pack holds five T101B blades with ground, set teeth at 10 TPI for clean cuts in "
            "wood and chipboard, to fit all T-shank jigsaws.",
            fits="jigsaw",
        ),
        _s(
            "jigsaw blade",
            "Fine 21 TPI HSS teeth for sheet steel and aluminium from 1 to 3 mm: five T118A blades for T-shank "
            "jigsaws.",
            fits="jigsaw",
        ),
        _s(
            "jigsaw blade",
            "Narrow T101AO blades that cut tight curves in wood and laminate, pack of five, for jigsaws with a "
            "T-shank clamp.",
            fits="jigsaw",
        ),
        _s(
            "random orbital sander",
            "The Festool ETS 125 REQ is a 250 W, 125 mm random orbital sander with a 2 mm orbit for fine "
            "finishing and a dust port for extraction.",
        ),
        *[
            _s(
                "sanding disc",
                f"Hook-and-loop 125 mm sanding discs in {grit}, eight holes, pack of 50, for all random orbital "
                f"sanders with a 125 mm pad. {use}",
                fits="random orbital sander",
            )
            for grit, use in (
                ("P80", "Use them to strip paint and level rough timber."),
                ("P120", "A general grade for preparing bare wood."),
                ("P240", "For denibbing between coats of lacquer."),
            )
        ],
        _s(
            "palm sander",
            "Quarter-sheet palm sander with a 200 W motor, a clamp for plain paper and a punch plate for dust holes.",
        ),
        *[
            _s(
                "sanding sheet",
                f"Quarter sheets of {grit} aluminium oxide paper, pre-punched to fit most palm sanders; pack of 25.",
                fits="palm sander",
            )
            for grit in ("80-grit", "120-grit", "240-grit")
        ],
        _s(
            "angle grinder",
            "A slim-grip 750 W, 115 mm angle grinder with a restart lock, a spindle lock and a two-position side "
            "handle.",
        ),
        _s(
            "flap disc",
            "Blend welds and remove rust with these 115 mm 40-grit zirconia flap discs for 115 mm angle grinders; "
            "pack of 10.",
            fits="angle grinder",
        ),
        _s(
            "flap disc",
            "Finer 80-grit zirconia flap discs, 115 mm, for finishing welds flush on 115 mm angle grinders. Pack "
            "of 10.",
            fits="angle grinder",
        ),
        _s(
            "cutting disc",
            "Thin 115 x 1 mm cutting discs for stainless and mild steel that fit 115 mm angle grinders; tin of 10.",
            fits="angle grinder",
        ),
        _s(
            "multi-tool",
            "A 300 W corded multi-tool with a tool-free blade change and variable speed, supplied with a plunge "
            "blade and a sanding pad.",
        ),
        _s(
            "multi-tool blade",
            "Bi-metal 32 mm plunge-cut blades for wood with nails, pack of three, with a universal fitting for "
            "most multi-tools.",
            fits="multi-tool",
        ),
        _s(
            "multi-tool blade",
            "A carbide-grit segment blade that removes grout between tiles, with a universal fitting for multi-tools.",
            fits="multi-tool",
        ),
        _s(
            "heat gun",
            "Strip paint, bend plastic pipe or shrink sleeving with this 2000 W heat gun, adjustable from 50 to "
            "600 °C.",
        ),
        # Hand tools and their spares.
        _s(
            "hacksaw",
            'Tensioned by a wing nut to hold blades taut, this 300 mm (12") hacksaw has a frame that also takes '
            "250 mm blades.",
        ),
        _s(
            "hacksaw blade",
            'Bi-metal 300 mm (12") blades, 24 TPI, that flex without snapping, for steel tube and conduit; pack of '
            "10 for standard hacksaws.",
            fits="hacksaw",
        ),
        _s(
            "hacksaw blade",
            "Carbon steel 300 mm blades with 18 TPI for general cutting of thicker steel, to fit any hacksaws; pack "
            "of 10.",
            fits="hacksaw",
        ),
        _s(
            "junior hacksaw",
            'A 150 mm (6") junior hacksaw for small-bore pipe, bolts and plastics in tight corners.',
        ),
        _s(
            "hand saw",
            'Hardpoint teeth at 8 TPI cut on the push stroke; this 550 mm (22") hand saw is for general carpentry.',
        ),
        _s(
            "tape measure",
            "A 5 m tape measure with a 25 mm wide blade that stands out to 3 m, a belt clip and a true-zero hook.",
        ),
        _s(
            "tape measure",
            "Nylon coating protects the 8 m blade of this tape measure from wear, and the rubber case survives "
            "drops from scaffolding.",
        ),
        _s(
            "spirit level",
            "Three vials, a milled base and shock-absorbing end caps make this 600 mm spirit level accurate to "
            "0.5 mm/m.",
        ),
        _s(
            "spirit level",
            "Box-section aluminium 1200 mm long, with a plumb vial you read from the front; a spirit level for "
            "door frames and block work.",
        ),
        _s(
            "chalk line",
            "Snap a straight line 30 m long with this chalk line; its gear-driven reel rewinds at 3.5:1.",
        ),
        *[
            _s(
                "chalk refill",
                f"A 250 g bottle of {colour} marking chalk with a spout for refilling chalk lines. {note}",
                fits="chalk line",
            )
            for colour, note in (
                ("blue", "Blue washes off most surfaces."),
                ("red", "Red is permanent, for exterior work."),
            )
        ],
        _s(
            "utility knife",
            "A retractable utility knife with tool-free blade change and storage for five spare blades in the handle.",
        ),
        _s(
            "utility knife blade",
            "Standard trapezoid blades, dispenser of 100, to fit most retractable utility knives.",
            fits="utility knife",
        ),
        _s(
            "staple gun",
            "Heavy-duty all-steel staple gun that fires 6 to 14 mm staples for insulation, membrane and upholstery.",
        ),
        *[
            _s(
                "staple",
                f"Galvanised {n} mm staples for fixing roofing membrane and netting, box of 1000, to suit heavy-duty "
                "staple guns.",
                fits="staple gun",
            )
            for n in (8, 10, 14)
        ],
        *[
            _s(
                "wood chisel",
                f"Bevel-edged and hardened to 59 HRC, this {n} mm wood chisel {tail}",
            )
            for n, tail in (
                (6, "cleans out narrow mortises and dovetails."),
                (12, "has an impact-resistant handle that takes a mallet."),
                (19, "is the all-round size for hinge recesses."),
                (25, "pares wide joints and trims door edges."),
            )
        ],
        _s(
            "G-clamp",
            'Malleable iron with an acme thread, this 100 mm (4") G-clamp holds glue-ups and welding work.',
        ),
        _s(
            "G-clamp",
            'A deeper 150 mm (6") G-clamp, drop-forged, with a swivel pad that will not mark work.',
        ),
        _s(
            "sash clamp",
            "For gluing doors and frames up to 900 mm wide, a T-bar sash clamp with a sliding tail stop.",
        ),
        *_screws_and_bolts(),
    ]


SENTENCES_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("pipe wrench 450mm", "pipe wrench", r"\b450 mm"),
        Q("combination wrench 13mm", "combination wrench", r"\b13 mm"),
        Q("compression coupling 22mm", "compression coupling", r"\b22 mm"),
        Q("club hammer 1.25kg", "club hammer", r"\b1\.25 kg"),
        Q("sanding discs 125mm p120", "sanding disc", r"\bP120\b"),
        Q("wood chisel 12mm", "wood chisel", r"\b12 mm"),
        Q("carriage bolt m10 x 100", "carriage bolt", r"\bM10 x 100 mm"),
        Q("work gloves size 9", "work gloves", r"\bsize 9\b"),
    ],
    "type_material": [
        Q("aluminium pipe wrench", "pipe wrench", r"aluminium"),
        Q("stainless steel hose clamps", "hose clamp", r"stainless"),
        Q("copper elbow 15mm", ("compression elbow", "solder ring elbow", "push-fit elbow"), r"copper.* 15 mm"),
        Q("leather work gloves", "work gloves", r"leather"),
        Q("galvanised carriage bolts", "carriage bolt", r"galvanised"),
        Q("hickory claw hammer", "claw hammer", r"hickory"),
        Q("bi-metal hacksaw blades", "hacksaw blade", r"bi-metal"),
        Q("polycotton coveralls", "coverall", r"polycotton"),
    ],
    "size_other_form": [
        Q("14 inch pipe wrench", "pipe wrench", r'\b14"'),
        Q("half inch drive socket set", "socket set", r'\b1/2" drive'),
        Q("5 metre tape measure", "tape measure", r"\b5 m\b"),
        Q("p120 sanding sheets", "sanding sheet", r"\b120-grit"),
        Q("18 volt cordless drill", ("combi drill", "drill driver"), r"\b18 V\b"),
        Q("4ah battery", "battery", r"\b4\.0 Ah"),
        Q("6mm sds bit", "SDS-plus drill bit", r"\b6 x \d+ mm"),
        Q("m8x60 carriage bolts", "carriage bolt", r"\bM8 x 60 mm"),
    ],
    "size_missing": [
        Q("pipe wrench 900mm", "pipe wrench", r"\b900 mm|\b36\""),
        Q("club hammer 2kg", "club hammer", r"\b2 kg"),
        Q("combination wrench 24mm", "combination wrench", r"\b24 mm"),
        Q("compression coupling 35mm", "compression coupling", r"\b35 mm"),
        Q("sanding discs 150mm", "sanding disc", r"\b150 mm"),
        Q("wood chisel 32mm", "wood chisel", r"\b32 mm"),
        Q("tape measure 10m", "tape measure", r"\b10 m\b"),
        Q("carriage bolts m12", "carriage bolt", r"\bM12\b"),
    ],
    "typo": [
        Q("comination wrench 10mm", "combination wrench", r"\b10 mm"),
        Q("siliconne sealant white", "silicone sealant", r"\bwhite\b"),
        Q("ear defendors", "ear defenders"),
        Q("jig saw blads", "jigsaw blade"),
        Q("sanding dics 125mm", "sanding disc", r"\b125 mm"),
        Q("saftey glasses smoke", "safety glasses", r"\bsmoke"),
        Q("adjustible wrench 250mm", "adjustable wrench", r"\b250 mm"),
        Q("plasterbord fixings", "plasterboard fixing"),
    ],
    "code": [
        Q("dcd 778", ("combi drill", "drill driver"), r"DCD778"),
        Q("t-101b jigsaw blades", "jigsaw blade", r"\bT101B\b"),
        Q("6502 ql", "half-face respirator", r"6502QL"),
        Q("wago 221415", "lever connector", r"221-415"),
        Q("portwest s-999", "coverall", r"\bS999\b"),
        Q("knipex 8603180", "pliers wrench", r"86 03 180"),
        Q("sealey ak 694", "socket set", r"\bAK694\b"),
        Q("ets125 req sander", "random orbital sander", r"ETS 125 REQ"),
    ],
    "synonym": [
        Q("stillsons 24 inch", "pipe wrench", r'\b24"', "stillson"),
        Q("bolster chisel 4 inch", "brick chisel", r'\b4"', "bolster"),
        Q("lump hammer 4lb", "club hammer", r"\b4 lb", "lump"),
        Q("clear caulk", "silicone sealant", r"\bclear\b", "caulk"),
        Q("boiler suit size 44", "coverall", r'\b44"', "boiler"),
        Q("head torch rechargeable", "head lamp", r"\brechargeable\b", "torch"),
        Q("black gaffer tape", "duct tape", r"\bblack\b", "gaffer"),
        Q("vice grips 250mm", "locking pliers", r"\b250 mm", "vice"),
    ],
    "accessory_not_asked": [
        Q("sealant gun", "sealant gun"),
        Q("cordless drill 18v", ("combi drill", "drill driver"), r"\b18 V\b"),
        Q("cordless jigsaw", "jigsaw", r"\bcordless\b"),
        Q("hacksaw 12 inch", ("hacksaw", "junior hacksaw"), r'\b12"'),
        Q("half face respirator", "half-face respirator"),
        Q("chalk line", "chalk line"),
        Q("staple gun", "staple gun"),
        Q("random orbital sander 125mm", "random orbital sander", r"\b125 mm"),
    ],
    "accessory_asked": [
        Q("wood blades for jigsaw", "jigsaw blade", r"\bwood\b"),
        Q("spare hacksaw blades 24tpi", "hacksaw blade", r"\b24 TPI"),
        Q("filters for half face respirator", "respirator filter"),
        Q("blue chalk refill", "chalk refill", r"\bblue\b"),
        Q("staples 10mm", "staple", r"\b10 mm"),
        Q("utility knife blades", "utility knife blade"),
        Q("spare battery for cordless drill", "battery"),
        Q("crimp terminals", "crimp terminal"),
    ],
    "type_once": [
        Q("sledgehammer 7lb", "sledgehammer", r"\b7 lb"),
        Q("dead blow mallet", "dead blow mallet"),
        Q("pipe bender 15mm 22mm", "pipe bender"),
        Q("heat gun", "heat gun"),
        Q("socket tester", "socket tester"),
        Q("sash clamp", "sash clamp"),
        Q("flux paste", "flux"),
        Q("110v extension reel", "extension reel", r"\b110 V"),
    ],
}


# --------------------------------------------------------------------------------------------------------------
# Judgements, self-check, output.
# --------------------------------------------------------------------------------------------------------------


def catalogs() -> list[Catalog]:
    return [
        Catalog("marketplace", "DMK", "marketplace", marketplace_products(), MARKETPLACE_QUERIES),
        Catalog("erp", "DER", "ERP short-text", erp_products(), ERP_QUERIES),
        Catalog("sentences", "DSE", "prose sentence", sentences_products(), SENTENCES_QUERIES),
    ]


def _kinds(query: Q) -> tuple[str, ...]:
    return (query.kind,) if isinstance(query.kind, str) else query.kind


def judge(products: list[Product], query: Q, category: str) -> dict[int, int]:
    """Grades by product index: 2 the asked-for type with the asked-for attributes, 1 the type alone."""
    kinds = _kinds(query)
    fit = re.compile(query.fit, re.IGNORECASE) if query.fit else None
    grades: dict[int, int] = {}
    for i, p in enumerate(products):
        if p.kind not in kinds:
            continue
        if category == "size_missing":
            grades[i] = 1
        else:
            grades[i] = 2 if fit is None or fit.search(p.text) else 1
    return grades


def check(cat: Catalog) -> list[str]:
    problems: list[str] = []
    texts = [p.text for p in cat.products]
    kind_count = Counter(p.kind for p in cat.products)
    for text, n in Counter(texts).items():
        if n > 1:
            problems.append(f"{cat.name}: product listed {n} times: {text!r}")
    if cat.name == "erp":
        problems += [f"erp: not in capitals: {t!r}" for t in texts if t != t.upper()]
    queries = [q.text for qs in cat.queries.values() for q in qs]
    for text, n in Counter(queries).items():
        if n > 1:
            problems.append(f"{cat.name}: query listed {n} times: {text!r}")
    if set(cat.queries) != set(CLASSES):
        problems.append(f"{cat.name}: classes {sorted(cat.queries)} are not {sorted(CLASSES)}")
    for category, qs in cat.queries.items():
        if len(qs) < 6:
            problems.append(f"{cat.name}: class {category} has only {len(qs)} queries")
        for q in qs:
            where = f"{cat.name} {category} {q.text!r}"
            kinds = _kinds(q)
            problems += [f"{where}: no product of type {k!r}" for k in kinds if k not in kind_count]
            grades = judge(cat.products, q, category)
            if category == "size_missing":
                fit = re.compile(q.fit or "^$", re.IGNORECASE)
                if q.fit is None:
                    problems.append(f"{where}: a size_missing query needs the absent size as fit")
                hits = [cat.products[i].text for i in grades if fit.search(cat.products[i].text)]
                if hits:
                    problems.append(f"{where}: the 'missing' size is there: {hits}")
                if 1 not in grades.values():
                    problems.append(f"{where}: no grade-1 product")
            elif 2 not in grades.values():
                problems.append(f"{where}: no grade-2 product")
            if category == "synonym":
                if not q.word or q.word.lower() not in q.text.lower():
                    problems.append(f"{where}: the synonym word {q.word!r} is not in the query")
                elif any(re.search(rf"\b{re.escape(q.word)}", t, re.IGNORECASE) for t in texts):
                    problems.append(f"{where}: the synonym word {q.word!r} is in a product text")
            if category == "accessory_not_asked" and not any(
                p.fits in kinds and i not in grades for i, p in enumerate(cat.products)
            ):
                problems.append(f"{where}: no accessory of the tool graded 0")
            if category == "accessory_asked" and not all(cat.products[i].fits for i in grades):
                problems.append(f"{where}: the asked-for type is not an accessory")
            if category == "type_once":
                problems += [f"{where}: {k!r} has {kind_count[k]} products" for k in kinds if kind_count[k] > 2]
    return problems


def write(cat: Catalog, out: Path) -> None:
    folder = out / cat.name
    (folder / "qrels").mkdir(parents=True, exist_ok=True)
    ids = [f"{cat.prefix}-{n:04d}" for n in range(1, len(cat.products) + 1)]
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for pid, p in zip(ids, cat.products, strict=True):
            fh.write(json.dumps({"_id": pid, "title": "", "text": p.text}, ensure_ascii=False) + "\n")
    n = 0
    with (
        (folder / "queries.jsonl").open("w", encoding="utf-8") as q_fh,
        (folder / "qrels" / "dev.tsv").open("w", encoding="utf-8") as r_fh,
    ):
        r_fh.write("query-id\tcorpus-id\tscore\n")
        for category in CLASSES:
            for q in cat.queries[category]:
                qid = f"dev-{n:03d}"
                n += 1
                record = {"_id": qid, "text": q.text, "category": category}
                q_fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                for i, grade in sorted(judge(cat.products, q, category).items()):
                    r_fh.write(f"{qid}\t{ids[i]}\t{grade}\n")
    gate = {
        "about": f"Development catalog in {cat.style} style written blind by scripts/make_development_catalogs.py; "
        "tune on it, never on data/heldout.",
        "splits": ["dev"],
        "split": "dev",
    }
    (folder / "gate.json").write_text(json.dumps(gate, indent=2) + "\n", encoding="utf-8")


def main(out: Path) -> None:
    cats = catalogs()
    problems = [problem for cat in cats for problem in check(cat)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"self-check failed ({len(problems)} problems); nothing written")
    for cat in cats:
        write(cat, out)
        per_class = ", ".join(f"{c} {len(cat.queries[c])}" for c in CLASSES)
        n_queries = sum(len(qs) for qs in cat.queries.values())
        print(f"{out / cat.name}: {len(cat.products)} products, {n_queries} queries ({per_class})")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
