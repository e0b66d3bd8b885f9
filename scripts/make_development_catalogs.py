"""Write data/development/: five catalogs, each with buyer queries and judgements, to tune ranking on (BEIR layout).

    python3 scripts/make_development_catalogs.py

Written blind: without reading the ranking code or the held-out and training catalogs. Five styles of a
hardware / industrial-supply range (tools, fasteners, fittings, plumbing, electrical, safety wear, abrasives):

* ``marketplace/`` (``DMK-``): brand-and-model-first titles ("DeWalt DCF887N 18V XR brushless impact driver ...");
  accessories name the tool they fit ("... cutting discs for angle grinders, pack of 25").
* ``erp/`` (``DER-``): terse ERP short texts in capitals, type first, trade abbreviations ("NUT NYLOC M8 CL8 ZP
  DIN985", "BALL VLV 3/4 BSPP F/F LVR BRS PN25").
* ``sentences/`` (``DSE-``): one paragraph of prose per product, the type named once and often late; accessories
  name the tools they fit in the plural.
* ``spares/`` (``DSP-``): a trade catalog heavy in accessories, consumables and spare parts sold beside the tools
  they fit, 1-3 of each tool; titles in mixed styles: brand first ("Makita 197570-6 BL1850B 18V 5.0Ah Li-ion
  battery"), type first ("Carbon brush set CB-325 for Makita GA5030 angle grinder, pair"), the fitted tool first
  ("For angle grinders 125 mm: flap disc P80, ..."), or the relation only in a compound noun ("Grinder disc ...",
  "Saw chain oil ..."); part numbers in many forms ("2608 597 108", "HK-1234/B", "0 603 3A9 000").
* ``wholesale/`` (``DWH-``): a distributor's terse attribute lists, head noun often last or mid-list ("M10 x 40,
  hex head bolt, DIN 933, A2-70 stainless, box of 100"), some ERP capitals ("VLV BALL 1/2 BSP BRS"), and
  English-word brands before a model code ("Fluke 117 ...", "Draper 83587, ...", "Arrow T50, ...").

The first three catalogs have about 80 queries each, typed as buyers type them, in ten classes (``category``):
``type_size``, ``type_material``, ``size_other_form``, ``size_missing``, ``typo``, ``code``, ``synonym``,
``accessory_not_asked``, ``accessory_asked`` and ``type_once``. ``spares`` and ``wholesale`` (``weighted``) have
about 100, weighted to at least 14 ``accessory_asked``, 12 ``accessory_not_asked`` and 16 ``code`` queries.

Grades come from data attached to every product here, never from a search service. Each product carries its
product type as written (``kind``) and, for accessories and spare parts, the tool type it fits (``fits``). Each
query names the asked-for type(s) and a regular expression ``fit`` over the product text for the asked-for
attributes (size, material, model code). A product of an asked-for type is grade 2 when ``fit`` is absent or
matches, grade 1 otherwise; everything else (accessories of the asked-for tool included) is grade 0 and omitted.
For ``size_missing`` queries ``fit`` describes the size that no product has: every product of the type is grade 1.

A self-check stops the script (nothing is written) unless every query has a grade-2 product (``size_missing``: a
grade-1 product and no grade 2), a synonym's distinctive word is in no product text, an ``accessory_not_asked``
query has an accessory of its tool in the catalog graded 0, a ``type_once`` type has at most two products, and
each class has at least six queries; in the weighted catalogs also 180-250 products, the weighted classes' minimums
(``WEIGHTED``), and a ``code`` query's code in exactly one product of its type. Output is deterministic.
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

# The weighted catalogs' least queries per class (every other class: six), and their range of products.
WEIGHTED = {"accessory_asked": 14, "accessory_not_asked": 12, "code": 16}
WEIGHTED_PRODUCTS = range(180, 251)


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
    weighted: bool = False  # spares, wholesale: 180-250 products, more code and accessory queries (WEIGHTED)


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
# Spares: a trade catalog of tools with the accessories, consumables and spare parts sold beside them, in mixed
# title styles (brand first, type first, fitted tool first, or the relation only in a compound noun).
# --------------------------------------------------------------------------------------------------------------


def spares_products() -> list[Product]:
    return [
        # Angle grinders, their discs and spare parts.
        *_k(
            "angle grinder",
            "Makita GA5030R 720 W angle grinder 125 mm, 240 V",
            "Angle grinder 125 mm 1100 W, slim grip, restart protection, 110 V",
            "Bosch GWS 18V-10 Professional 0 601 9J4 000 cordless angle grinder 115 mm, solo",
        ),
        *_k(
            "cutting disc",
            "Bosch 2608 597 108 Expert for Inox cutting disc 125 x 1.0 x 22.23 mm, tin of 10",
            "Grinder disc 115 x 1.0 mm for stainless steel, thin cut, 22.23 bore, tin of 10",
            "Metal cutting disc 125 x 1.6 x 22.23 mm, A46 T-BF, pack of 25",
            "For angle grinders 230 mm: stone cutting disc 230 x 3.0 x 22.23 mm, 10 pcs",
            "Makita B-12217 cut-off wheel 115 x 1.2 mm for metal, 10 pcs",
            fits="angle grinder",
        ),
        *_k(
            "flap disc",
            "For angle grinders 125 mm: flap disc P80, zirconia, 10 pcs",
            "Flap disc 115 mm P40 zirconia, conical T29, 10 pcs",
            "Flap disc 125 mm P120 aluminium oxide, flat T27, 10 pcs",
            "3M 65010 Cubitron II flap disc 125 mm P60, ceramic grain",
            "Klingspor SMT 624 flap disc 115 x 22.23 mm P80, zirconia, 10 pcs",
            fits="angle grinder",
        ),
        *_k(
            "grinding disc",
            "Depressed-centre grinding disc 115 x 6.0 x 22.23 mm for steel, A24R",
            "Grinder disc for weld grinding 125 x 6.4 mm, T27, 10 pcs",
            fits="angle grinder",
        ),
        *_k(
            "diamond blade",
            "Diamond blade 115 mm segmented for brick and concrete, 22.23 mm bore",
            "Makita D-61139 diamond blade 125 mm continuous rim for tiles",
            "Grinder diamond disc 230 mm turbo rim for granite",
            fits="angle grinder",
        ),
        *_k(
            "wire cup brush",
            "Twist-knot wire cup brush 75 mm M14 for grinders",
            "Crimped wire cup brush 65 mm, M14 x 2",
            fits="angle grinder",
        ),
        *_k(
            "carbon brush",
            "Carbon brush set CB-325 for Makita GA5030 angle grinder, pair",
            "Bosch 1 617 014 134 carbon brushes for GWS 7 / GWS 9 angle grinders, 2 pcs",
            fits="angle grinder",
        ),
        *_k("carbon brush", "Carbon brushes CB-203 for Makita HS7611 circular saw, pair", fits="circular saw"),
        *_k("carbon brush", "Makita 191962-4 carbon brush pair CB-419 for HR2470 rotary hammers", fits="rotary hammer"),
        *_k("wheel guard", "Wheel guard 125 mm for angle grinders, tool-less, 1 619 P06 514", fits="angle grinder"),
        *_k(
            "side handle",
            "Side handle M8 for angle grinders, anti-vibration",
            "Makita 158057-6 side grip M8 for 115/125 mm grinders",
            fits="angle grinder",
        ),
        *_k(
            "flange nut",
            "Lock nut and flange set M14 for 115/125 mm angle grinders",
            "Quick-release flange nut M14, tool-free",
            fits="angle grinder",
        ),
        *_k("pin spanner", "Pin spanner 35 mm for grinder flange nuts", fits="angle grinder"),
        # Circular saws.
        *_k(
            "circular saw",
            "Makita HS7611 1600 W circular saw 190 mm, 240 V",
            "Circular saw 165 mm 18V brushless, body only",
            "Einhell TE-CS 18/210 Li circular saw 210 mm, Power X-Change, solo",
        ),
        *_k(
            "circular saw blade",
            "Circular saw blade 190 x 30 mm 24T TCT, for ripping",
            "Makita B-08872 circular saw blade 190 x 30 mm 40T",
            "For circular saws 165 mm: saw blade 165 x 20 mm 24T, thin kerf",
            "Saw blade 210 x 30 mm 48T for cordless circular saws",
            "Freud LP67M 190 x 30 mm 60T fine-finish blade for circular saws",
            fits="circular saw",
        ),
        *_k(
            "parallel guide",
            "Parallel guide for Makita HS7611, 164095-8",
            "Rip fence for 165-190 mm circular saws, 300 mm",
            fits="circular saw",
        ),
        # Chainsaws.
        *_k(
            "chainsaw",
            "Husqvarna 135 Mark II petrol chainsaw 38 cc, 35 cm bar",
            "Makita DUC353Z 2 x 18V brushless chainsaw 35 cm, body only",
            "Chainsaw petrol 45 cc, 40 cm bar and chain, 2-stroke",
        ),
        *_k(
            "saw chain",
            'Saw chain 3/8" LP 1.3 mm 52 DL for 35 cm bars',
            'Oregon 91PX052E chain 3/8" LP .050" 52 drive links',
            'Husqvarna 581 64 31-52 H37 saw chain 3/8" mini 1.3 mm 52 DL',
            'Chainsaw chain 40 cm (16") .325" 1.5 mm 64 DL',
            'Makita 191H03-9 saw chain 35 cm, 3/8" 1.1 mm, for DUC353',
            fits="chainsaw",
        ),
        *_k(
            "guide bar",
            'Guide bar 35 cm 3/8" LP 1.3 mm 52 DL, A041 mount',
            'Oregon 160SDEA041 guide bar 40 cm .325" 1.5 mm',
            fits="chainsaw",
        ),
        *_k(
            "chain file",
            'Round file 4.0 mm for 3/8" LP saw chains, 3 pcs',
            "Chain sharpening kit 4.8 mm: file guide, round and flat file",
            fits="chainsaw",
        ),
        *_k(
            "chain oil",
            "Chain and bar oil 1 l, biodegradable",
            "Saw chain oil 5 l, mineral, tackifier",
            fits="chainsaw",
        ),
        *_k("air filter", "Air filter for Husqvarna 135 / 140 chainsaws, 590 49 86-01", fits="chainsaw"),
        *_k(
            "air filter",
            "Briggs & Stratton 593260 air filter for 450E / 500E mower engines",
            "Mower air filter foam pre-cleaner, universal 150 x 90 mm",
            fits="lawn mower",
        ),
        *_k("spark plug", "NGK BPMR7A spark plug for 2-stroke chainsaws and trimmers", fits="chainsaw"),
        *_k("spark plug", "Champion RC12YC spark plug for 4-stroke mower engines", fits="lawn mower"),
        # Grass trimmers and lawn mowers.
        *_k(
            "grass trimmer",
            "Bosch EasyGrassCut 26 electric grass trimmer 280 W, 26 cm",
            "Cordless grass trimmer 18V, 30 cm cut, auto-feed, body only",
        ),
        *_k(
            "trimmer line",
            "Trimmer line 2.0 mm x 15 m, round, nylon",
            "Trimmer line 2.4 mm x 87 m, square, donut",
            "Oregon 69-357-OR trimmer line 3.0 mm x 56 m, twisted",
            fits="grass trimmer",
        ),
        *_k(
            "trimmer spool",
            "Bosch F016800385 spool with line 1.6 mm x 8 m for EasyGrassCut",
            "Spool and line 2.0 mm for 18V grass trimmers, 3 pcs",
            fits="grass trimmer",
        ),
        *_k(
            "lawn mower",
            "Petrol lawn mower 46 cm self-propelled, 140 cc, 55 l grass box",
            "Bosch Rotak 37 electric rotary lawn mower 1400 W, 37 cm",
        ),
        *_k(
            "mower blade",
            "Mower blade 46 cm for petrol lawn mowers, 22 mm centre hole",
            "Bosch F016800343 replacement blade 37 cm for Rotak 37",
            'Replacement blade 42 cm (16.5") for rotary mowers, 6-hole fitting',
            fits="lawn mower",
        ),
        *_k("drive belt", "Drive belt for self-propelled mowers, V-belt 3L 700 mm", fits="lawn mower"),
        # Wet and dry vacuums.
        *_k(
            "wet and dry vacuum",
            "Kärcher WD 5 P V-25/5/22 wet and dry vacuum 25 l, 1100 W, with power socket",
            "Wet & dry vac 20 l 1250 W, stainless steel tank, blower function",
            "Makita DVC750LZ 18V wet/dry vacuum cleaner 7.5 l, body only",
        ),
        *_k(
            "filter bag",
            "Vacuum filter bag, fleece, for 20 l wet & dry vacs, 5 pcs",
            "Kärcher 2.863-006.0 fleece filter bags for WD 4 / WD 5 / WD 6, 4 pcs",
            "Paper dust bags for 20-25 l wet and dry vacuums, 5 pcs",
            fits="wet and dry vacuum",
        ),
        *_k(
            "vacuum filter",
            "Kärcher 2.863-005.0 flat pleated filter for WD 4 - WD 6",
            "Cartridge filter for 20 l wet & dry vacs, washable polyester",
            "Makita 199989-8 HEPA cartridge filter for DVC750L",
            fits="wet and dry vacuum",
        ),
        *_k(
            "suction hose",
            "Suction hose 35 mm x 2.5 m for wet & dry vacs, with adaptor",
            "Kärcher 2.863-305.0 extension hose 3.5 m, clip system",
            fits="wet and dry vacuum",
        ),
        *_k("floor nozzle", "Floor nozzle 35 mm, wet and dry, with rubber squeegee strips", fits="wet and dry vacuum"),
        # Cordless drills and drivers, batteries, chargers, bits.
        *_k(
            "combi drill",
            "Makita DHP485Z 18V LXT brushless combi drill, body only",
            "Combi drill 18V brushless 60 Nm with 2 x 2.0Ah batteries and charger",
            "Bosch UniversalImpact 18V 0 603 3A9 000 combi drill, solo",
        ),
        *_k(
            "impact driver",
            "Makita DTD153Z 18V brushless impact driver 170 Nm, body only",
            'Impact driver 18V 1/4" hex 180 Nm with 2.0Ah battery and charger',
        ),
        *_k(
            "battery",
            "Makita 197570-6 BL1850B 18V 5.0Ah Li-ion battery",
            "Battery 18V 5.0Ah for Makita LXT tools, compatible, with charge indicator",
            "Bosch GBA 18V 4.0Ah Professional battery 1 600 A01 6GB",
            "Einhell Power X-Change 18V 2.5Ah battery, 4511437",
            fits="combi drill",
        ),
        *_k(
            "battery",
            "Makita BL1840B 18V 4.0Ah battery, 197265-4",
            "Makita BL1021B 12V max CXT 2.0Ah battery, 197396-9",
            "DeWalt DCB184-XJ 18V XR 5.0Ah Li-ion battery",
            fits="impact driver",
        ),
        *_k(
            "battery charger",
            "Makita DC18RC 14.4-18V rapid charger, 195584-2",
            "DeWalt DCB115-GB XR charger 10.8-18V",
            "Einhell Power X-Charger 3A for 18V batteries, 4512103",
            fits="combi drill",
        ),
        *_k(
            "drill bit",
            "HSS-G drill bit set 1-10 mm, 19 pcs, metal case",
            "Drill bit set masonry 4-10 mm, 5 pcs, round shank",
            "Brad point wood drill bits 3-10 mm, set of 8",
            "Masonry drill bit 6 x 100 mm, carbide tip",
            "Makita D-67527 HSS-TiN drill bit set 1-13 mm, 25 pcs",
            fits="combi drill",
        ),
        *_k(
            "drill chuck",
            'Keyless chuck 13 mm, 1/2"-20 UNF, for drills',
            'Keyed drill chuck 13 mm with K3 key, 1/2"-20 UNF',
            fits="combi drill",
        ),
        *_k(
            "screwdriver bit",
            "Impact bits PH2 x 50 mm, torsion zone, 10 pcs",
            "Wera 855/1 TZ PZ2 x 25 mm bits, 10 pcs, 05056815001",
            "Screwdriver bit set 32 pcs with magnetic holder",
            "Makita E-03084 impact bit set, 31 pcs",
            fits="impact driver",
        ),
        *_k("bit holder", 'Magnetic bit holder 60 mm, 1/4" hex, quick release', fits="impact driver"),
        # Rotary hammers.
        *_k(
            "rotary hammer",
            "Makita HR2470 SDS-plus rotary hammer 780 W, 2.4 J",
            "SDS-plus rotary hammer 18V brushless 2.0 J, body only",
            "Bosch GBH 2-28 F Professional rotary hammer 880 W, 0 611 267 600",
        ),
        *_k(
            "SDS-plus drill bit",
            "SDS-plus drill bit 6 x 160 mm, 4-cutter",
            "SDS plus bit 8 x 210 mm, 2-cutter",
            "Makita B-58801 Nemesis SDS-plus drill bit 10 x 210 mm",
            "SDS-plus drill bit set 5 pcs, 5-10 mm, in case",
            "Hammer drill bit SDS+ 12 x 260 mm",
            fits="rotary hammer",
        ),
        *_k(
            "SDS-plus chisel",
            "SDS-plus flat chisel 20 x 250 mm",
            "SDS-plus point chisel 250 mm",
            "Tile chisel SDS-plus 40 x 250 mm, cranked",
            fits="rotary hammer",
        ),
        *_k("chuck adaptor", "SDS-plus chuck adaptor with 13 mm keyless chuck", fits="rotary hammer"),
        # Jigsaws.
        *_k("jigsaw", "Makita 4350FCT 720 W pendulum jigsaw, 240 V", "Jigsaw 18V brushless, T-shank, body only"),
        *_k(
            "jigsaw blade",
            "Bosch T 101 B Clean for Wood jigsaw blades, 5 pcs, 2 608 630 030",
            "Jigsaw blades T118A for metal 1-3 mm, 5 pcs",
            "T-shank jigsaw blade set 10 pcs for wood, metal and plastic",
            "Makita A-85656 jigsaw blade set, U-shank, 10 pcs",
            "Jig saw blade U-shank for wood, 8 TPI, 5 pcs",
            fits="jigsaw",
        ),
        # Pressure washers.
        *_k(
            "pressure washer",
            "Kärcher K 4 Power Control pressure washer 130 bar, 1.324-030.0",
            "Pressure washer 150 bar 2200 W, induction motor, 8 m hose",
        ),
        *_k(
            "spray lance",
            "Kärcher VP 145 Vario Power spray lance for K 4 / K 5, 2.642-725.0",
            "Turbo lance with rotating nozzle for pressure washers, bayonet fitting",
            fits="pressure washer",
        ),
        *_k(
            "high-pressure hose",
            "Kärcher H 10 Q high-pressure hose 10 m, Quick Connect, 2.641-721.0",
            "Replacement HP hose 8 m, M22 x 1.5, 160 bar",
            fits="pressure washer",
        ),
        *_k("O-ring kit", "Kärcher 2.640-729.0 O-ring set for lances and hoses", fits="pressure washer"),
        *_k(
            "pressure washer nozzle",
            "Nozzle set 0° / 15° / 25° / 40°, quick-connect, for 150-200 bar washers",
            fits="pressure washer",
        ),
        *_k("patio cleaner", "Patio cleaner 280 mm for pressure washers, twin rotating arm", fits="pressure washer"),
        # Sanders and planers.
        *_k(
            "random orbital sander",
            "Makita BO5031 300 W random orbit sander 125 mm",
            "Random orbital sander 150 mm 18V brushless, 5 mm orbit, body only",
        ),
        *_k(
            "sanding disc",
            "Sanding discs 125 mm P80, 8 holes, hook and loop, 50 pcs",
            "Sanding discs 125 mm P120, 8 holes, hook and loop, 50 pcs",
            "Mirka Abranet 5424105025 sanding discs 125 mm P240, 50 pcs",
            "For random orbit sanders 150 mm: sanding discs P180, 6+1 holes, 100 pcs",
            "Sander discs 150 mm P80, 15 holes, 50 pcs",
            fits="random orbital sander",
        ),
        *_k(
            "backing pad",
            "Makita 196723-2 backing pad 125 mm, hook and loop, for BO5031",
            "Backing pad 150 mm, hook and loop, M8 thread, medium",
            fits="random orbital sander",
        ),
        *_k("dust bag", "Dust bag for BO5031 / BO5041 sanders, 135222-5", fits="random orbital sander"),
        *_k("belt sander", "Makita 9911 650 W belt sander 76 x 457 mm"),
        *_k(
            "sanding belt",
            "Sanding belts 75 x 457 mm P80, 10 pcs",
            "Sanding belt 76 x 457 mm P120, cloth backed, 5 pcs",
            "Belt sander belts 75 x 533 mm P60, 10 pcs",
            fits="belt sander",
        ),
        *_k("planer", "Makita KP0800 620 W planer 82 mm"),
        *_k(
            "planer blade",
            "Planer blades 82 mm TCT, reversible, pair",
            "Makita D-07945 HSS planer blades 82 mm, 2 pcs",
            fits="planer",
        ),
        *_k("drive belt", "Makita 225007-7 drive belt for KP0800 / 1911B planers", fits="planer"),
        # Grease guns, compressors, welders, soldering.
        *_k(
            "grease gun",
            "Lever grease gun 400 g with rigid tube and hydraulic coupler",
            "Pistol grip grease gun 400 g, one-hand",
        ),
        *_k(
            "grease cartridge",
            "Grease cartridge 400 g, lithium EP2, box of 12",
            "Multi-purpose grease cartridges 400 g, calcium, 3 pcs",
            "Grease cartridge 70 g for mini grease guns, 5 pcs",
            fits="grease gun",
        ),
        *_k(
            "grease coupler",
            "Hydraulic coupler 4-jaw M10 x 1 for grease guns",
            'Lock-on grease coupler 1/8" BSP, quick release',
            fits="grease gun",
        ),
        *_k("grease gun hose", 'Grease gun hose 300 mm, high pressure, 1/8" BSP', fits="grease gun"),
        *_k(
            "air compressor",
            "Air compressor 50 l 2.5 hp, oil-lubricated, 8 bar",
            "Compressor 24 l 1.5 hp oil-free, direct drive",
        ),
        *_k(
            "air hose",
            'Air hose 10 m x 8 mm with 1/4" couplings, PVC',
            "Recoil air hose 6 mm x 7.5 m, spiral",
            fits="air compressor",
        ),
        *_k("blow gun", 'Air blow gun with 1/4" male plug, long nozzle', fits="air compressor"),
        *_k("MIG welder", "MIG welder 180 A, gas / gasless, 230 V", "Clarke 135TE Turbo MIG welder 30-130 A, gasless"),
        *_k(
            "contact tip",
            "Contact tips 0.8 mm M6 x 25 for MB15 torches, 10 pcs",
            "Contact tips 0.6 mm M6 for 130-150 A MIG torches, 10 pcs",
            "Binzel 140.0059 contact tip 0.8 mm M6 E-Cu, 10 pcs",
            "Welding tips 1.0 mm M6 for MB15 torches, 10 pcs",
            fits="MIG welder",
        ),
        *_k("gas nozzle", "Gas nozzle conical 12 mm for MB15 MIG torches, 2 pcs", fits="MIG welder"),
        *_k(
            "welding wire",
            "MIG wire 0.8 mm mild steel SG2, 5 kg reel",
            "Gasless flux-cored wire 0.9 mm, 0.9 kg reel",
            fits="MIG welder",
        ),
        *_k("soldering station", "Soldering station 60 W digital, 200-480 °C, ESD safe"),
        *_k("soldering iron", "Antex XS25 soldering iron 25 W, 230 V"),
        *_k("soldering tip", "Soldering tips 900M-T series, 5 pcs, for 60 W stations", fits="soldering station"),
        *_k("soldering tip", "Antex 1100 bit 3.0 mm for XS25 irons", fits="soldering iron"),
        *_k("tip cleaner", "Brass wool tip cleaner with stand", fits="soldering station"),
        *_k("heat gun", "Heat gun 2000 W, 2 stages, 350 / 550 °C"),
        *_k(
            "heat gun nozzle",
            "Heat gun nozzle set, 4 pcs: reflector, wide, glass protector, reducing",
            "Reflector nozzle 50 mm for heat guns",
            fits="heat gun",
        ),
        *_k("blowtorch", "Blowtorch with piezo ignition for screw-on gas cartridges"),
        *_k(
            "gas cartridge",
            'Butane/propane gas cartridge 330 g, 7/16" UNEF valve',
            "Propane gas cartridge 400 g, CGA600 thread",
            fits="blowtorch",
        ),
        # Respirators.
        *_k(
            "half-face respirator",
            "3M 6200 half mask respirator, medium",
            "Half-face respirator, twin filter, bayonet, size L",
        ),
        *_k(
            "respirator filter",
            "3M 6059 ABEK1 filter cartridges, pair",
            "3M 2135 P3 R particulate filters, pair",
            "Filter cartridges A2P3 for twin-filter half masks, bayonet, pair",
            "3M 5925 P2 pre-filters, 20 pcs, for 501 retainer",
            fits="half-face respirator",
        ),
        # Workshop and plumbing: vices, wrenches, jacks, taps.
        *_k("bench vice", "Bench vice 125 mm jaw, cast iron, swivel base", "Irwin Record No. 4 bench vice 100 mm jaw"),
        *_k(
            "vice jaws",
            "Soft jaws 125 mm aluminium, magnetic, pair",
            "Record T4J replacement jaw plates 100 mm, pair",
            fits="bench vice",
        ),
        *_k("pipe wrench", 'Ridgid 31025 pipe wrench 18" (450 mm)', 'Pipe wrench 14" heavy duty, cast iron'),
        *_k(
            "pipe wrench jaw",
            'Ridgid 31635 hook jaw for 18" pipe wrenches',
            'Heel jaw and spring kit for 14" pipe wrenches',
            fits="pipe wrench",
        ),
        *_k(
            "trolley jack",
            "Trolley jack 2 t low profile, 85-380 mm lift",
            "Sealey 1150CX trolley jack 1.5 t, short chassis",
        ),
        *_k(
            "jack seal kit",
            "Seal kit HK-1234/B for 2 t trolley jacks",
            "O-ring and cup seal kit for 1.5 t trolley jacks",
            fits="trolley jack",
        ),
        *_k("saddle pad", "Saddle pad rubber 60 mm for trolley jacks", fits="trolley jack"),
        *_k(
            "mixer tap",
            "Kitchen mixer tap, single lever, chrome, 35 mm cartridge",
            "Basin mixer tap, monobloc, chrome, with click-clack waste",
        ),
        *_k(
            "tap cartridge",
            "Ceramic disc cartridge 35 mm for single-lever mixer taps",
            "Tap cartridge 40 mm, ceramic, for mixers",
            fits="mixer tap",
        ),
        *_k("O-ring kit", "O-ring kit for mixer tap spouts, 18 pcs", fits="mixer tap"),
        *_k("tap aerator", "Tap aerator M24 x 1 male, chrome", fits="mixer tap"),
        # Hand tools and their blades, wheels, handles.
        *_k("hacksaw", "Hacksaw 300 mm, tensioning frame, 24 TPI blade fitted"),
        *_k(
            "hacksaw blade",
            "Hacksaw blades 300 mm 24 TPI bi-metal, 10 pcs",
            "Bahco 3906-300-18-100 Sandflex hacksaw blades 18 TPI, 100 pcs",
            "Hacksaw blades 300 mm 32 TPI, HSS, 2 pcs",
            fits="hacksaw",
        ),
        *_k(
            "utility knife",
            "Retractable utility knife, metal body, quick blade change",
            "Folding utility knife with belt clip",
        ),
        *_k(
            "utility knife blade",
            "Trapezoid utility knife blades, 100 pcs in dispenser",
            "Hooked blades for utility knives, carpet and roofing, 10 pcs",
            fits="utility knife",
        ),
        *_k("snap-off knife", "Olfa L-1 snap-off knife 18 mm"),
        *_k(
            "snap-off blade",
            "Snap-off blades 18 mm, 10 pcs",
            "Olfa LBB-10B black snap-off blades 18 mm, 10 pcs",
            "Snap-off blades 9 mm, 10 pcs",
            fits="snap-off knife",
        ),
        *_k("pipe cutter", "Pipe cutter 3-30 mm for copper and aluminium", "Mini pipe cutter 15 mm, for tight spaces"),
        *_k(
            "cutter wheel",
            "Cutter wheels for copper pipe cutters, 2 pcs, 70620",
            "Spare wheel for 15 mm mini pipe cutter",
            fits="pipe cutter",
        ),
        *_k("club hammer", "Club hammer 1.25 kg, hickory shaft"),
        *_k("felling axe", "Felling axe 2.5 kg, 900 mm handle"),
        *_k("replacement handle", "Hickory handle 250 mm for 1-2 kg club hammers", fits="club hammer"),
        *_k(
            "replacement handle",
            "Axe handle 900 mm ash, for 2.5 kg felling axes",
            "Fibreglass axe handle 700 mm with wedge",
            fits="felling axe",
        ),
    ]


SPARES_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("sds plus drill bit 8 x 210", "SDS-plus drill bit", r"\b8 x 210 mm"),
        Q("hacksaw blades 300mm 32tpi", "hacksaw blade", r"\b32 TPI"),
        Q("sanding belts 75 x 457 p80", "sanding belt", r"\b75 x 457 mm P80\b"),
        Q("diamond blade 115mm", "diamond blade", r"\b115 mm"),
        Q("stone cutting disc 230mm", "cutting disc", r"\b230 x"),
        Q("sanding discs 125mm p240", "sanding disc", r"\b125 mm P240\b"),
        Q("sds plus flat chisel 20mm", "SDS-plus chisel", r"\b20 x 250 mm"),
    ],
    "type_material": [
        Q("bi-metal hacksaw blades", "hacksaw blade", r"bi-metal|Sandflex"),
        Q("zirconia flap discs", "flap disc", r"zirconia"),
        Q("tct planer blades", "planer blade", r"\bTCT\b"),
        Q("hickory hammer handle", "replacement handle", r"hickory"),
        Q("aluminium soft jaws", "vice jaws", r"aluminium"),
        Q("stainless steel wet and dry vacuum", "wet and dry vacuum", r"stainless"),
        Q("mild steel mig wire", "welding wire", r"mild steel"),
    ],
    "size_other_form": [
        Q("14 inch chainsaw chain", "saw chain", r"\b35 cm|\b52 (?:DL|drive links)"),
        Q("5ah makita battery", "battery", r"Makita.*\b5\.0Ah|\b5\.0Ah.*Makita"),
        Q("18 inch mower blade", "mower blade", r"\b46 cm"),
        Q("3mm soldering bit", "soldering tip", r"\b3\.0 mm"),
        Q("120 grit sanding discs 125mm", "sanding disc", r"\b125 mm P120\b"),
        Q("5/16 air hose", "air hose", r"\b8 mm"),
        Q("16 inch chainsaw bar", "guide bar", r"\b40 cm"),
    ],
    "size_missing": [
        Q("flap disc 180mm", "flap disc", r"\b180 mm"),
        Q("circular saw blade 250mm", "circular saw blade", r"\b250 x"),
        Q("saw chain 50cm", "saw chain", r"\b50 cm"),
        Q("mower blade 53cm", "mower blade", r"\b53 cm"),
        Q("sds plus drill bit 14mm", "SDS-plus drill bit", r"\b14 x"),
        Q("contact tips 1.2mm", "contact tip", r"\b1\.2 mm"),
        Q("sanding belts 100 x 610", "sanding belt", r"\b100 x 610"),
    ],
    "typo": [
        Q("chainsaw chian 40cm", "saw chain", r"\b40 cm"),
        Q("carbon bruhses makita", "carbon brush", r"Makita"),
        Q("jigsaw bladse t118a", "jigsaw blade", r"\bT118A\b"),
        Q("presure washer lance", "spray lance"),
        Q("grease cartrige 400g", "grease cartridge", r"\b400 g"),
        Q("angel grinder 115mm", "angle grinder", r"\b115 mm"),
        Q("sanding dsics 150mm", "sanding disc", r"\b150 mm"),
        Q("trimer line 2mm", ("trimmer line", "trimmer spool"), r"\b2\.0 mm"),
    ],
    "code": [
        Q("2608597108", "cutting disc", r"2608 597 108"),
        Q("197570", "battery", r"197570-6"),
        Q("bl1840b battery", "battery", r"\bBL1840B\b"),
        Q("cb325", "carbon brush", r"\bCB-325\b"),
        Q("cb 419 brushes", "carbon brush", r"\bCB-419\b"),
        Q("a85656", "jigsaw blade", r"\bA-85656\b"),
        Q("hk-1234b seal kit", "jack seal kit", r"HK-1234/B"),
        Q("06033a9000", "combi drill", r"0 603 3A9 000"),
        Q("2863006", "filter bag", r"2\.863-006\.0"),
        Q("91px052e", "saw chain", r"\b91PX052E\b"),
        Q("f 016 800 343", "mower blade", r"\bF016800343\b"),
        Q("dc18rc charger", "battery charger", r"\bDC18RC\b"),
        Q("2250077 belt", "drive belt", r"\b225007-7\b"),
        Q("1400059", "contact tip", r"\b140\.0059\b"),
        Q("3906 300 18", "hacksaw blade", r"\b3906-300-18\b"),
        Q("dcb184xj", "battery", r"\bDCB184-XJ\b"),
        Q("581643152", "saw chain", r"\b581 64 31-52\b"),
    ],
    "synonym": [
        Q("hoover bags for wet and dry vac", "filter bag", None, "hoover"),
        Q("strimmer line 2mm", ("trimmer line", "trimmer spool"), r"\b2\.0 mm", "strimmer"),
        Q("zerk coupler", "grease coupler", None, "zerk"),
        Q("bench vise jaws", "vice jaws", None, "vise"),
        Q("stanley knife blades", "utility knife blade", None, "stanley"),
        Q("blowlamp gas", "gas cartridge", None, "blowlamp"),
        Q("canister filters for half mask", "respirator filter", None, "canister"),
        Q("jet wash lance", "spray lance", None, "jet"),
        Q("skilsaw blade 165mm", "circular saw blade", r"\b165 x", "skilsaw"),
    ],
    "accessory_not_asked": [
        Q("circular saw 190 mm", "circular saw", r"\b190 mm"),
        Q("chainsaw 35cm petrol", "chainsaw", r"petrol.*\b35 cm"),
        Q("wet and dry vacuum 20l", "wet and dry vacuum", r"\b20 l\b"),
        Q("angle grinder 125mm", "angle grinder", r"\b125 mm"),
        Q("petrol lawn mower 46cm", "lawn mower", r"\b46 cm"),
        Q("pressure washer 150 bar", "pressure washer", r"\b150 bar"),
        Q("jigsaw 720w", "jigsaw", r"\b720 W"),
        Q("lever grease gun", "grease gun", r"\blever\b"),
        Q("mig welder gasless", "MIG welder", r"gasless"),
        Q("half mask respirator", "half-face respirator"),
        Q("bench vice 125mm", "bench vice", r"\b125 mm"),
        Q("random orbit sander 125mm", "random orbital sander", r"\b125 mm"),
        Q("kitchen mixer tap", "mixer tap", r"\bkitchen\b"),
    ],
    "accessory_asked": [
        Q("blade for circular saw 190mm", "circular saw blade", r"\b190 x"),
        Q("makita 18v battery", "battery", r"Makita\b.*\b18V\b|\b18V\b.*\bMakita"),
        Q("flap disc 125 p80", "flap disc", r"\b125 mm.*\bP80\b"),
        Q("spare filter for wet dry vac", ("vacuum filter", "filter bag"), r"pleated|cartridge"),
        Q("chain for 35cm chainsaw", "saw chain", r"\b35 cm|\b52 (?:DL|drive links)"),
        Q("carbon brushes for angle grinder", "carbon brush", r"grinder"),
        Q("jigsaw blades for metal", "jigsaw blade", r"\bmetal\b"),
        Q("mower blade 46cm", "mower blade", r"\b46 cm"),
        Q("trimmer line 2.4mm", ("trimmer line", "trimmer spool"), r"\b2\.4 mm"),
        Q("contact tips 0.8 mig", "contact tip", r"\b0\.8 mm"),
        Q("filter cartridges for 3m half mask", "respirator filter", r"\b3M\b"),
        Q("grease cartridges 400g", "grease cartridge", r"\b400 g"),
        Q("replacement cartridge for kitchen mixer tap 35mm", "tap cartridge", r"\b35 mm"),
        Q("sanding discs 150mm for orbital sander", "sanding disc", r"\b150 mm"),
        Q("high pressure hose for karcher", "high-pressure hose", r"Kärcher"),
        Q("planer blades 82mm", "planer blade", r"\b82 mm"),
    ],
    "type_once": [
        Q("sds chuck adaptor", "chuck adaptor"),
        Q("air blow gun", "blow gun"),
        Q("soldering tip cleaner", "tip cleaner"),
        Q("patio cleaner", "patio cleaner"),
        Q("pin spanner for grinder", "pin spanner"),
        Q("felling axe", "felling axe"),
        Q("blowtorch", "blowtorch"),
        Q("tap aerator m24", "tap aerator", r"\bM24\b"),
    ],
}


# --------------------------------------------------------------------------------------------------------------
# Wholesale: a distributor's attribute lists, head noun often last or mid-list, some ERP-style capitals.
# --------------------------------------------------------------------------------------------------------------


def wholesale_products() -> list[Product]:
    return [
        # Bolts, screws, nuts, washers, rod, anchors.
        *_k(
            "hex bolt",
            "M6 x 20, hex head bolt, DIN 933, 8.8 zinc plated, box of 200",
            "M8 x 30, hex head bolt, DIN 933, grade 8.8, zinc plated; box of 200",
            "M10 x 40, hex head bolt, DIN 933, A2-70 stainless, box of 100",
            "M10 x 60, hex head bolt, DIN 933, 8.8, bright zinc; box of 100",
            "M12 x 50, hex head bolt, DIN 933, A4-80 stainless, box of 50",
            "M12 x 100, part thread, hex bolt, DIN 931, 8.8, hot-dip galvanised; box of 50",
            "M16 x 80, hex bolt, DIN 931, grade 8.8, HDG, box of 25",
            "BOLT HEX M8X50 8.8 ZP DIN931 BX100",
        ),
        *_k(
            "socket cap screw",
            "M5 x 16, socket head cap screw, DIN 912, 12.9 black, box of 200",
            "M6 x 25, socket cap screw, ISO 4762, A2 stainless; box of 100",
            "M8 x 40, DIN 912, 12.9 self-colour, socket cap screw, box of 100",
        ),
        *_k(
            "hex nut",
            "M10, hex nut, DIN 934, class 8, zinc plated, box of 200",
            "M12, hex full nut, DIN 934, A4 stainless, box of 100",
            "NUT HEX M8 ZP CL8 BX500",
        ),
        *_k(
            "nylon insert lock nut",
            "M8, nylon insert lock nut, DIN 985, zinc plated, box of 200",
            "M10, nylon insert lock nut, DIN 985, A2 stainless; box of 100",
            "M6, DIN 985, nylon insert, lock nut, zinc, box of 500",
        ),
        *_k(
            "flat washer",
            "M10, flat washer, DIN 125A, zinc plated, bag of 500",
            "M8 (8.4 mm ID), form A, flat washer, DIN 125, A2 stainless; bag of 200",
        ),
        *_k(
            "repair washer",
            "M8 x 25 mm OD, repair washer, zinc plated, bag of 100",
            "M10 x 30, repair washers, ZP, bag of 100",
        ),
        *_k(
            "threaded rod",
            "M10 x 1 m, threaded rod, DIN 975, grade 4.8, zinc plated",
            "M12 x 1 m, threaded rod, DIN 975, A2 stainless",
            "ROD THREADED M8X1M ZP",
        ),
        *_k(
            "wood screw",
            "4.0 x 40 mm, PZ2, countersunk, wood screw, yellow zinc; box of 200",
            "5.0 x 70 mm, PZ2, csk, wood screws, yellow zinc, box of 100",
            "4.0 x 30 mm, A2 stainless, wood screw, PZ2, box of 200",
        ),
        *_k(
            "self-drilling screw",
            "5.5 x 32 mm, hex head, self-drilling screw, with EPDM washer, box of 100",
            "4.8 x 19 mm, pan head, self-drilling screws, zinc, box of 500",
        ),
        *_k(
            "coach screw",
            "M10 x 100, coach screw, DIN 571, zinc plated, box of 50",
            "M8 x 60, hot-dip galvanised, coach screw, DIN 571; box of 50",
        ),
        *_k(
            "blind rivet",
            "4.8 x 12 mm, dome head, aluminium/steel, blind rivet; box of 500",
            "4.0 x 10 mm, blind rivets, A2 stainless, box of 500",
            "RIVET BLIND 3.2X8 AL/ST BX1000",
        ),
        *_k(
            "wall plug",
            "6 x 30 mm, nylon, wall plug, box of 100",
            "8 x 40 mm, nylon, wall plugs; box of 100",
            "10 x 50 mm, nylon, wall plugs, box of 50",
        ),
        *_k(
            "through bolt anchor",
            "M10 x 95, through bolt, zinc plated, box of 50",
            "M12 x 120, through bolt anchor, zinc plated; box of 25",
        ),
        # Valves, fittings, pipe, sealing.
        *_k(
            "ball valve",
            '1/2" BSP, brass, ball valve, lever handle, full bore, PN25',
            '3/4" BSP, brass, ball valve, lever handle, full bore, PN25',
            '1" BSP, brass, ball valve, butterfly handle, F/F, PN25',
            '1/2" BSP, stainless steel 316, ball valve, 2-piece, PN63',
            "VLV BALL 1/2 BSP BRS",
            "VLV BALL 3/8 BSP BRS LVR",
        ),
        *_k("check valve", '1/2" BSP, spring check valve, brass, F/F', '3/4" BSP, brass, swing check valve, PN16'),
        *_k(
            "compression elbow",
            "15 mm, compression, elbow 90°, brass, bag of 10",
            "22 mm, elbow 90°, compression, DZR brass",
            "28 mm, compression elbow, brass",
        ),
        *_k(
            "compression tee",
            "15 mm, equal tee, compression, brass",
            "22 x 22 x 15 mm, reducing tee, compression, brass",
        ),
        *_k(
            "compression coupling",
            "15 mm, straight coupling, compression, brass, bag of 10",
            "22 mm, straight coupling, compression, brass, bag of 10",
        ),
        *_k(
            "copper pipe",
            "15 mm x 3 m, copper tube, EN 1057, half hard",
            "22 mm x 3 m, copper tube, EN 1057, R250 half hard",
        ),
        *_k(
            "hose clip",
            "12-22 mm, worm drive, hose clip, W1 zinc plated, bag of 10",
            "16-27 mm, worm drive, hose clip, W4 stainless, bag of 10",
            "30-45 mm, hose clips, W2, bag of 10",
        ),
        *_k("PTFE tape", "12 mm x 12 m, PTFE tape, white, pack of 10", "TAPE PTFE GAS 12MMX12M YEL"),
        *_k(
            "pipe cutter",
            "Monument 265, 3-30 mm, pipe cutter, copper and brass",
            "15 mm, automatic, pipe cutter, for copper, one-hand",
        ),
        *_k(
            "cutter wheel",
            "spare cutter wheel, for 3-30 mm pipe cutters, pack of 2",
            "Monument 270, cutter wheels, for 15 mm automatic cutters, pair",
            fits="pipe cutter",
        ),
        *_k(
            "pipe wrench",
            '14" (350 mm), heavy duty, pipe wrench, cast iron',
            'Ridgid 31030, 24" (600 mm), straight pipe wrench',
        ),
        *_k(
            "silicone sealant",
            "310 ml, sanitary, silicone sealant, white, anti-mould",
            "Gorilla 100% silicone sealant, clear, 295 ml",
            "SILICONE NEUTRAL TRANS 310ML",
        ),
        *_k(
            "sealant gun",
            "310 ml, heavy duty, sealant gun, ratchet action",
            "skeleton, 310 ml, sealant gun, zinc plated",
        ),
        # Grease guns and what fits them.
        *_k(
            "grease gun",
            "450 g, lever action, grease gun, with 300 mm flexible hose",
            "400 g, pistol grip, grease gun, rigid extension and hydraulic coupler",
            "GREASE GUN LEVER 400G",
        ),
        *_k(
            "grease cartridge",
            "400 g, lithium EP2, grease cartridge, box of 12",
            "CART GREASE CALCIUM 400G BX24",
            "70 g, multi-purpose, grease cartridge, for mini grease guns; pack of 5",
            fits="grease gun",
        ),
        *_k(
            "grease coupler",
            "M10 x 1, 4-jaw, hydraulic coupler, for grease guns",
            '1/8" BSP, lock-on, grease coupler, 10,000 psi',
            fits="grease gun",
        ),
        *_k(
            "grease gun hose",
            '300 mm, flexible, high-pressure hose, for grease guns, 1/8" BSPT',
            "500 mm, flexible, grease gun hose, with hydraulic coupler",
            fits="grease gun",
        ),
        # Angle grinders, bench grinders and abrasives.
        *_k(
            "angle grinder",
            "115 mm, 750 W, angle grinder, 240 V, slide switch",
            "Draper 83587, 115 mm, 720 W, angle grinder, 230 V",
            "GRINDER ANGLE 230MM 2200W 110V",
        ),
        *_k(
            "cutting disc",
            "115 x 1.0 x 22.23 mm, inox, cutting disc, box of 25",
            "125 x 1.0 x 22.2 mm, extra thin, metal cutting disc; box of 50",
            "230 x 3.0 mm, stone, cutting disc, depressed centre, box of 25",
            "DISC CUT 115X1.6X22 STEEL BX25",
            fits="angle grinder",
        ),
        *_k(
            "flap disc",
            "115 mm, P60, zirconia, flap disc, conical T29, box of 10",
            "125 mm, P80, aluminium oxide, flap disc, flat T27; box of 10",
            "FLAP DISC ZIRC 115X22 P40",
            fits="angle grinder",
        ),
        *_k(
            "grinding disc",
            "115 x 6.0 x 22.23, grinding disc, depressed centre, steel, box of 10",
            fits="angle grinder",
        ),
        *_k("wire cup brush", "75 mm, M14, twist knot, wire cup brush, for angle grinders", fits="angle grinder"),
        *_k(
            "bench grinder",
            "150 mm, 370 W, bench grinder, with 2 wheels, 240 V",
            "200 mm, 550 W, heavy duty, bench grinder",
        ),
        *_k(
            "grinding wheel",
            "150 x 20 x 32 mm, 60 grit, white aluminium oxide, grinding wheel",
            "150 x 20 mm, 36 grit, grey, grinding wheel, for bench grinders",
            "200 x 25 x 32 mm, 80 grit, grinding wheel",
            fits="bench grinder",
        ),
        # Saws, knives, hole saws.
        *_k(
            "hacksaw",
            '12" (300 mm), hacksaw frame, adjustable, tubular steel',
            "Stanley FatMax, 300 mm, high-tension hacksaw",
        ),
        *_k(
            "hacksaw blade",
            "300 mm, 24 TPI, bi-metal, hacksaw blade, pack of 10",
            "Eclipse 300 mm, 18 TPI, HSS, hacksaw blades, pack of 10",
            'Bahco Sandflex 3906, 12" 32 TPI, bi-metal, hacksaw blades, pack of 100',
            fits="hacksaw",
        ),
        *_k(
            "utility knife",
            "Stanley FatMax, retractable, utility knife, with 3 blades",
            "Stanley 10-099, fixed blade, utility knife",
        ),
        *_k(
            "utility knife blade",
            "Stanley 1992, heavy duty, utility blades, dispenser of 100",
            "trapezoid, 0.6 mm, knife blades, pack of 10",
            fits="utility knife",
        ),
        *_k(
            "hole saw",
            "32 mm, bi-metal, hole saw, 4/6 TPI",
            "51 mm, bi-metal, hole saw, 4/6 TPI",
            "68 mm, bi-metal, hole saw, 4/6 TPI",
            "TCT, 76 mm, hole saw, multi-material",
        ),
        *_k(
            "hole saw arbor",
            '32-152 mm, hole saw arbor, 3/8" hex shank, with pilot drill',
            '14-30 mm, arbor, 1/4" hex, for small hole saws',
            fits="hole saw",
        ),
        *_k("pilot drill", "6.35 x 80 mm, HSS, pilot drill, for hole saw arbors, pack of 2", fits="hole saw"),
        # Drivers, sockets, wrenches.
        *_k(
            "impact driver",
            "brushless 3-speed impact driver 18V, 205 Nm, body only",
            'Draper D20, 20V, 1/4" hex, impact driver, 180 Nm',
        ),
        *_k(
            "screwdriver bit",
            "PH2 x 50 mm, impact, screwdriver bits, pack of 10",
            "PZ2 x 25 mm, torsion, impact bits, box of 25",
            "32-piece, screwdriver bit set, with magnetic holder",
            fits="impact driver",
        ),
        *_k("bit holder", '1/4" hex, 60 mm, magnetic, bit holder, quick release', fits="impact driver"),
        *_k("battery", "18V, 4.0Ah, Li-ion, slide battery", "Draper D20 20V, 2.0Ah, battery", fits="impact driver"),
        *_k(
            "socket set",
            '17-piece, 1/4" drive, socket set, chrome vanadium',
            '1/2" drive, 10-32 mm, 24-piece, socket set, Draper',
            "SOCKET SET 3/8DR 6PT 8-22MM 12PC",
        ),
        *_k(
            "ratchet",
            '3/8" drive, 72-tooth, ratchet, quick release',
            '1/2" drive, reversible, ratchet, 45-tooth, 250 mm',
            'Stanley FatMax, 1/4" drive, ratchet, 90-tooth',
        ),
        *_k(
            "ratchet repair kit",
            '3/8" drive, repair kit, for 72-tooth ratchets, pawl and springs',
            fits="ratchet",
        ),
        *_k(
            "adjustable wrench",
            "heavy duty 300 mm adjustable wrench, 34 mm jaw",
            "Bahco 8071, 200 mm, adjustable wrench, phosphate finish",
        ),
        *_k(
            "combination spanner",
            "10 mm, combination spanner, chrome vanadium",
            "13 mm, combination spanner, chrome vanadium",
            "8-19 mm, 12-piece, combination spanner set, in roll",
        ),
        *_k(
            "torque wrench",
            '1/2" drive, 40-210 Nm, click, torque wrench',
            '3/8" drive, 10-60 Nm, torque wrench, Draper',
        ),
        *_k(
            "rivet gun",
            "heavy duty, lever action, rivet gun, 2.4-6.4 mm, with 4 nosepieces",
            "2.4-4.8 mm, hand rivet gun, steel",
        ),
        *_k(
            "rivet gun nosepiece",
            "4.8 mm, nosepiece, for hand rivet guns",
            "NOSEPIECE 6.4MM F/RIVET GUN",
            fits="rivet gun",
        ),
        *_k(
            "staple gun",
            "Arrow T50, heavy duty, staple gun, steel",
            "Rapid R34, staple gun, for 140-series staples, 6-14 mm",
        ),
        *_k(
            "staple",
            'Arrow T50, 10 mm (3/8"), staples, box of 1250',
            "Rapid 140/10, 10 mm, galvanised, staples, box of 2000",
            "Arrow T50, 8 mm, staples, box of 1250",
            fits="staple gun",
        ),
        *_k(
            "tape measure",
            "5 m x 25 mm, tape measure, Stanley FatMax, magnetic hook",
            "8 m / 26 ft, tape measure, nylon-coated blade",
        ),
        *_k("spirit level", "600 mm, 3 vials, box section, spirit level", "1200 mm, Stabila 70, 3 vials, spirit level"),
        # Electrical.
        *_k(
            "multimeter",
            "Fluke 117 true-RMS digital multimeter",
            "auto-ranging, CAT III 600 V, digital multimeter, with test leads and holster",
        ),
        *_k(
            "test leads",
            "Fluke TL75, test lead set, 4 mm, CAT III 1000 V",
            "1 m, silicone, test leads, 4 mm shrouded plugs, CAT IV 600 V",
            fits="multimeter",
        ),
        *_k("test clips", "Fluke AC280, SureGrip hook clips, set of 5", fits="multimeter"),
        *_k("voltage tester", "two-pole, voltage and continuity tester, Fluke T130, CAT IV 600 V"),
        *_k(
            "crimping tool",
            "0.5-6 mm², ratchet, crimping tool, for insulated terminals",
            "hydraulic, 10-120 mm², crimping tool, with dies, in case",
        ),
        *_k(
            "crimp die",
            "red/blue/yellow, 0.5-6 mm², die set, for ratchet crimping tools",
            "16-95 mm², hex die set, for hydraulic crimping tools",
            fits="crimping tool",
        ),
        *_k(
            "ring terminal",
            "red, 0.5-1.5 mm², M6, insulated ring terminal, bag of 100",
            "blue, 1.5-2.5 mm², M8, insulated ring terminals, bag of 100",
        ),
        *_k("butt connector", "blue, 1.5-2.5 mm², insulated butt connector, bag of 100"),
        *_k(
            "cable tie",
            "200 x 4.8 mm, black, nylon 6.6, cable tie, UV stabilised, bag of 100",
            "300 x 4.8 mm, natural, cable ties, bag of 100",
            "100 x 2.5 mm, cable tie, black, bag of 100",
        ),
        *_k(
            "cable gland",
            "M20 x 1.5, IP68, cable gland, nylon, black, bag of 10",
            "M25, brass, cable gland, IP68",
            "M32 x 1.5, cable gland, nylon, grey, IP68",
        ),
        *_k(
            "gland locknut",
            "M20, locknut, nylon, for cable glands, bag of 10",
            "M25, brass, locknut, for cable glands",
            fits="cable gland",
        ),
        *_k(
            "circuit breaker",
            "32 A, type C, 1P, miniature circuit breaker, 6 kA",
            "16 A, type B, 1P, circuit breaker, 6 kA, DIN rail",
        ),
        *_k(
            "cartridge fuse",
            "13 A, BS 1362, cartridge fuse, box of 10",
            "3 A, BS 1362, cartridge fuse, box of 10",
            "5A FUSE CART BS1362 BX10",
        ),
        *_k(
            "lever connector",
            "Wago 221-413, 3-way, lever connector, box of 50",
            "Wago 221-412, 2-way, lever connectors; box of 100",
        ),
        *_k(
            "heat shrink",
            "6.4 mm, 2:1, black, heat shrink tube, 1.2 m lengths, bag of 10",
            "12.7 mm, 3:1, adhesive-lined, heat shrink, black, 1 m",
        ),
        *_k(
            "extension lead",
            "4-way, 13 A, extension lead, 5 m, surge protected",
            "2-way, 13 A, extension lead, 2 m, white",
        ),
        *_k("cable reel", "25 m, 4-socket, 13 A, cable reel, thermal cut-out", "110 V, 16 A, 14 m, cable reel, yellow"),
        *_k("work light", "rechargeable, 1000 lm, LED, work light, IP54"),
        # Safety wear.
        *_k(
            "half-face respirator",
            "half mask, twin filter, respirator, size M, EN 140",
            "3M 7502, half mask respirator, silicone, medium",
        ),
        *_k(
            "respirator filter",
            "A2P3 R, bayonet, filter pair, for twin-filter half masks",
            "3M 6055 A2, organic vapour cartridges, pair",
            "3M 2138, P3 R, particulate filters, pair",
            fits="half-face respirator",
        ),
        *_k(
            "safety helmet",
            "white, vented, safety helmet, 6-point harness, EN 397",
            "JSP EVO3, safety helmet, yellow, wheel ratchet",
        ),
        *_k("chin strap", "2-point, chin strap, for safety helmets, elastic", fits="safety helmet"),
        *_k(
            "helmet visor",
            "clear polycarbonate, visor with carrier, for safety helmets, EN 166",
            "mesh, visor, for forestry safety helmets",
            fits="safety helmet",
        ),
        *_k("ear defenders", "SNR 30, helmet-mounted, ear defenders, slot-in", fits="safety helmet"),
        *_k("ear defenders", "SNR 31, headband, ear defenders, folding"),
        *_k("ear plugs", "SNR 37, foam ear plugs, box of 200 pairs"),
        *_k(
            "work gloves",
            "size 9, nitrile foam, work gloves, EN 388 4131",
            "size 10, cut level C, PU palm, work gloves",
            "rigger, grain leather, work gloves, size 10",
        ),
        *_k(
            "disposable gloves",
            "nitrile, powder-free, blue, disposable gloves, size L, box of 100",
            "size M, vinyl, disposable gloves, clear, box of 100",
        ),
        *_k("safety glasses", "clear, anti-fog, safety glasses, EN 166", "smoke lens, wraparound, safety glasses"),
        *_k(
            "hi-vis vest",
            "yellow, hi-vis vest, size XL, EN ISO 20471 class 2",
            "orange, hi-vis vest, size L, rail spec",
        ),
        # Tapes and adhesives.
        *_k("duct tape", "Gorilla Tape, 48 mm x 11 m, black, duct tape", "50 mm x 50 m, silver, cloth, duct tape"),
        *_k("polyurethane glue", "Gorilla Glue Original, 250 ml, polyurethane glue, waterproof"),
    ]


WHOLESALE_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("hex bolt m12 x 100", "hex bolt", r"\bM12 x 100\b"),
        Q("socket cap screw m8 x 40", "socket cap screw", r"\bM8 x 40\b"),
        Q("hole saw 68mm", "hole saw", r"\b68 mm"),
        Q("cable tie 300 x 4.8", "cable tie", r"\b300 x 4\.8 mm"),
        Q("compression elbow 22mm", "compression elbow", r"\b22 mm"),
        Q("spirit level 1200mm", "spirit level", r"\b1200 mm"),
        Q("hose clip 30-45mm", "hose clip", r"\b30-45 mm"),
    ],
    "type_material": [
        Q("stainless hex bolts", "hex bolt", r"stainless"),
        Q("stainless steel ball valve", "ball valve", r"stainless"),
        Q("brass cable gland", "cable gland", r"\bbrass\b"),
        Q("leather rigger gloves", "work gloves", r"leather"),
        Q("zirconia flap disc", "flap disc", r"zirconia|\bZIRC\b"),
        Q("vinyl disposable gloves", "disposable gloves", r"\bvinyl\b"),
        Q("bi-metal hacksaw blades", "hacksaw blade", r"bi-metal"),
        Q("stainless wood screws", "wood screw", r"stainless"),
    ],
    "size_other_form": [
        Q("m16x80 hex bolts", "hex bolt", r"\bM16 x 80\b"),
        Q("10mm hex nut", "hex nut", r"\bM10\b"),
        Q("half inch ball valve", "ball valve", r'\b1/2" BSP|\b1/2 BSP'),
        Q("3/8 drive ratchet", "ratchet", r'\b3/8" drive'),
        Q("2 inch duct tape", "duct tape", r"\b4[89] mm|\b50 mm"),
        Q("5 metre tape measure", "tape measure", r"\b5 m\b"),
        Q("13 amp fuse", "cartridge fuse", r"\b13 A\b"),
        Q("12 inch hacksaw blades", "hacksaw blade", r'\b300 mm|\b12"'),
    ],
    "size_missing": [
        Q("hex bolt m20", "hex bolt", r"\bM20\b"),
        Q("ball valve 2 inch", "ball valve", r'(?<![/\d])2"? BSP'),
        Q("hole saw 44mm", "hole saw", r"\b44 mm"),
        Q("cable gland m40", "cable gland", r"\bM40\b"),
        Q("threaded rod m16", "threaded rod", r"\bM16\b"),
        Q("compression elbow 35mm", "compression elbow", r"\b35 mm"),
        Q("coach screw m12", "coach screw", r"\bM12\b"),
    ],
    "typo": [
        Q("hex head bolt m12x50 stainles", "hex bolt", r"\bM12 x 50\b.*stainless"),
        Q("ball vlave 3/4", "ball valve", r'\b3/4"'),
        Q("grese gun 450g", "grease gun", r"\b450 g"),
        Q("socket set 1/4 dirve", "socket set", r'\b1/4" drive'),
        Q("adjustabel wrench 300mm", "adjustable wrench", r"\b300 mm"),
        Q("cable glnad m25", "cable gland", r"\bM25\b"),
        Q("wall pluggs 8mm", "wall plug", r"\b8 x 40 mm"),
        Q("mulitmeter fluke", "multimeter", r"Fluke"),
    ],
    "code": [
        Q("din 933 m10x40", "hex bolt", r"\bM10 x 40, hex head bolt, DIN 933\b"),
        Q("din985 m8", "nylon insert lock nut", r"\bM8, .*DIN 985\b"),
        Q("iso 4762 m6x25", "socket cap screw", r"\bM6 x 25, .*ISO 4762\b"),
        Q("fluke117", "multimeter", r"\bFluke 117\b"),
        Q("tl-75 leads", "test leads", r"\bTL75\b"),
        Q("t50 staples 10mm", "staple", r"\bT50, 10 mm"),
        Q("rapid r 34", "staple gun", r"\bR34\b"),
        Q("wago 221413", "lever connector", r"\b221-413\b"),
        Q("bs1362 13a", "cartridge fuse", r"\b13 A, BS 1362\b"),
        Q("3m 6055", "respirator filter", r"\b6055\b"),
        Q("7502 half mask", "half-face respirator", r"\b7502\b"),
        Q("din 571 m10 x 100", "coach screw", r"\bM10 x 100, coach screw, DIN 571\b"),
        Q("ridgid 31030", "pipe wrench", r"\b31030\b"),
        Q("draper 83587", "angle grinder", r"\b83587\b"),
        Q("sandflex 3906", "hacksaw blade", r"\b3906\b"),
        Q("evo 3 helmet", "safety helmet", r"\bEVO3\b"),
        Q("stanley 1992 blades", "utility knife blade", r"\b1992\b"),
    ],
    "synonym": [
        Q("nyloc nuts m8", "nylon insert lock nut", r"\bM8\b", "nyloc"),
        Q("studding m12", "threaded rod", r"\bM12\b", "studding"),
        Q("penny washers m8", "repair washer", r"\bM8\b", "penny"),
        Q("jubilee clips 16-27", "hose clip", r"\b16-27 mm", "jubilee"),
        Q("tek screws 5.5 x 32", "self-drilling screw", r"\b5\.5 x 32 mm", "tek"),
        Q("rawlplugs 6mm", "wall plug", r"\b6 x 30 mm", "rawlplug"),
        Q("non return valve 1/2", "check valve", r'\b1/2"', "return"),
        Q("shifter 300mm", "adjustable wrench", r"\b300 mm", "shifter"),
        Q("tacker gun", "staple gun", None, "tacker"),
    ],
    "accessory_not_asked": [
        Q("grease gun 450g", "grease gun", r"\b450 g"),
        Q("angle grinder 115mm", "angle grinder", r"\b115 mm"),
        Q("hacksaw 12 inch", "hacksaw", r'\b300 mm|\b12"'),
        Q("fluke multimeter", "multimeter", r"Fluke"),
        Q("staple gun heavy duty", "staple gun", r"heavy duty"),
        Q("ratchet crimping tool", "crimping tool", r"\bratchet\b"),
        Q("hole saw 51mm", "hole saw", r"\b51 mm"),
        Q("half mask respirator", "half-face respirator"),
        Q("safety helmet white", "safety helmet", r"\bwhite\b"),
        Q("impact driver 18v brushless", "impact driver", r"brushless"),
        Q("bench grinder 150mm", "bench grinder", r"\b150 mm"),
        Q("3/8 ratchet", "ratchet", r'\b3/8"'),
        Q("m20 cable gland", "cable gland", r"\bM20\b"),
    ],
    "accessory_asked": [
        Q("grease cartridges 400g", "grease cartridge", r"\b400 ?g\b"),
        Q("hose for grease gun", "grease gun hose"),
        Q("cutting discs 115 inox", "cutting disc", r"\b115 x .*\binox\b"),
        Q("flap discs 125 p80", "flap disc", r"\b125 mm, P80\b"),
        Q("hacksaw blades 24tpi", "hacksaw blade", r"\b24 TPI"),
        Q("test leads for fluke multimeter", "test leads", r"Fluke"),
        Q("staples for arrow t50", "staple", r"\bT50\b"),
        Q("die set for ratchet crimper", "crimp die", r"\bratchet\b"),
        Q("arbor for 32mm hole saw", "hole saw arbor", r"\b32-152 mm"),
        Q("a2p3 filters for half mask", "respirator filter", r"\bA2P3\b"),
        Q("chin strap for hard hat", "chin strap"),
        Q("visor for safety helmet", "helmet visor"),
        Q("impact bits pz2", "screwdriver bit", r"\bPZ2\b"),
        Q("bench grinder wheel 150mm 60 grit", "grinding wheel", r"\b150 x .*\b60 grit"),
        Q("locknuts for m20 glands", "gland locknut", r"\bM20\b"),
        Q("repair kit for 3/8 ratchet", "ratchet repair kit", r'\b3/8"'),
    ],
    "type_once": [
        Q("gorilla glue", "polyurethane glue"),
        Q("rechargeable work light", "work light", r"rechargeable"),
        Q("foam ear plugs", "ear plugs"),
        Q("pilot drill for hole saw", "pilot drill"),
        Q("butt connectors blue", "butt connector", r"\bblue\b"),
        Q("grinding disc 115 x 6", "grinding disc", r"\b115 x 6"),
        Q("two pole voltage tester", "voltage tester"),
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
        Catalog("spares", "DSP", "spare-parts trade", spares_products(), SPARES_QUERIES, weighted=True),
        Catalog("wholesale", "DWH", "wholesale attribute-list", wholesale_products(), WHOLESALE_QUERIES, weighted=True),
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
    if cat.weighted and len(cat.products) not in WEIGHTED_PRODUCTS:
        problems.append(
            f"{cat.name}: {len(cat.products)} products, not {WEIGHTED_PRODUCTS.start}-{WEIGHTED_PRODUCTS.stop - 1}"
        )
    for category, qs in cat.queries.items():
        least = WEIGHTED.get(category, 6) if cat.weighted else 6
        if len(qs) < least:
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
            if category == "code" and cat.weighted and list(grades.values()).count(2) != 1:
                hits = [cat.products[i].text for i, g in grades.items() if g == 2]
                problems.append(f"{where}: the code is in {len(hits)} products of the type, not one: {hits}")
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
