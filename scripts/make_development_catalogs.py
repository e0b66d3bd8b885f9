"""Write data/development/: nine catalogs, each with buyer queries and judgements, to tune ranking on (BEIR layout).

    python3 scripts/make_development_catalogs.py

Written blind: without reading the ranking code or the held-out and training catalogs. Nine styles of a
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
* ``prose/`` (``DPR-``): supplier catalogue copy, two to five sentences a product in a marketing voice, opening with a
  benefit or an application ("Cut 57 mm holes through ply, MDF and sheet steel."), with spec sentences ("It measures
  8 mm across and 210 mm long.", "Box of 50.") and other tools named in passing ("Use it on the hammer setting of
  your combi drill.", "Unlike a claw hammer, ..."); the type sometimes named once, late, or by a near-synonym
  ("hammer drill", "jobber drills"); accessories name the tools they fit.
* ``ledger/`` (``DLG-``): a purchasing-system export in mixed or lower case, attribute order varying, heavy
  abbreviations with slashes, commas and semicolons ("Bolt hex M12x60 8.8 zp /pk50 SKU 4471-220", "vlv ball 1/2in
  f/f brs red lvr"), internal SKUs and supplier part numbers in the text, units glued or spaced, decimal commas
  ("4,0x40"), inch fractions for plumbing, and some texts cut off at a 40-character field ("Silicone sealant clear
  general purpose 3").
* ``fitments/`` (``DFT-``): a mixed online DIY/trade store where most types are listed only once or twice, tools
  brand-and-model first ("Festool TS 55 FEBQ-Plus plunge saw 1200 W ...") or type first ("Plunge saw 165 mm, 1300 W,
  Makita SP6000J ..."), and their accessories and spares phrased every way a store does: "X for Y" ("Guide rail 1900
  mm for plunge saws"), "Y X" compounds ("Grinder disc 115 mm ..."), "X to fit Y", "X suitable for Brand Model",
  "Replacement X (Brand Model)", "X, fits Y and Z", "Brand part-no X for Brand Model" ("Kärcher 2.863-303.0
  cartridge filter for WD 2 / WD 3"), "spare", "accessory kit for ...", the tool named by its model only ("Battery
  for DHP482"), or all the tool's words repeated ("Bags for 20 l wet and dry vacuums"); consumables and small parts
  (drill bits, screws, washers, sanding sheets) as products of their own. Queries weighted to accessories asked for
  (at least 30) or not (at least 20) and to types listed once or twice (at least 15).
* ``counter/`` (``DCT-``): a builders' / plumbers' / electricians' merchant trade counter selling to trade and DIY
  buyers, titles in sentence case, type first in the merchant's own trade names ("Combination spanner 13mm, chrome
  vanadium, Britool", "Non-return valve 22mm, double, compression, WRAS", "Twin and earth cable 2.5mm², 6242Y, grey,
  100m drum"), brand and code later, sizes as "15mm", "M10 x 60mm", '1/2"', '10" (250mm)' or "4lb", pack sizes;
  most types listed once or twice beside families of fasteners, fittings and drill bits, and accessories phrased "X
  for Y", "Y X", "to fit Y", "suitable for Brand Model" or "Replacement X". Buyers name things otherwise (US, DIY or
  brand-generic names: "wrench", "caulking gun", "check valve", "drywall", "wall anchors", "allen key", "ear muffs",
  "romex"); queries weighted to such synonyms (at least 25) and to types listed once or twice (at least 15).

The first three catalogs have about 80 queries each, typed as buyers type them, in ten classes (``category``):
``type_size``, ``type_material``, ``size_other_form``, ``size_missing``, ``typo``, ``code``, ``synonym``,
``accessory_not_asked``, ``accessory_asked`` and ``type_once``. ``spares``, ``wholesale``, ``prose``, ``ledger``,
``fitments`` and ``counter`` (``weighted``) have about 100 (``fitments`` and ``counter`` about 125), weighted to at
least 14 ``accessory_asked``, 12 ``accessory_not_asked`` and 16 ``code`` queries.

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
    # spares, wholesale, prose, ledger, fitments, counter: 180-250 products, more code and accessory queries
    weighted: bool = False


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
# Prose: supplier catalogue copy, two to five sentences a product, opening with a benefit or an application; other
# tools named in passing; the type sometimes named once, late, or by a near-synonym.
# --------------------------------------------------------------------------------------------------------------


def prose_products() -> list[Product]:
    return [
        # Cordless and corded drills, drivers and hammers.
        _s(
            "drill driver",
            "Light enough to hold overhead all day, the Makita DF333DSAE puts 30 Nm through a 10 mm keyless chuck.",
            "This 12 V max CXT drill driver comes with two 2.0 Ah batteries, a charger and a carry case.",
        ),
        _s(
            "drill driver",
            "Kitchen fitters and electricians choose the Bosch GSR 12V-15 for its short head, which reaches between "
            "joists and inside cabinets.",
            "The 12 V drill driver delivers 30 Nm.",
            "Supplied with two 2.0 Ah batteries and a charger in an L-Boxx.",
        ),
        _s(
            "combi drill",
            "Drill brick, drive long screws into timber and bore through steel with one tool: the DeWalt DCD778S2T "
            "18 V XR brushless combi drill.",
            "It has a 13 mm metal chuck, 65 Nm of torque and an LED work light.",
            "Two 1.5 Ah batteries and a charger come in a TSTAK box.",
        ),
        _s(
            "combi drill",
            "Brushless power in a compact body: the Makita DHP485Z delivers 50 Nm from any LXT 18 V battery.",
            "Sold body only, it pairs with the batteries and chargers you already own.",
        ),
        _s(
            "combi drill",
            "Every ONE+ 18 V battery powers the Ryobi R18PD3-0 hammer drill.",
            "Two speeds, a 13 mm keyless chuck and a 24-position clutch cover most jobs around the house.",
            "Supplied without battery or charger.",
        ),
        _s(
            "impact driver",
            "Long decking screws and coach screws go in without wrist strain thanks to 170 Nm of impact torque.",
            'The Makita DTD153Z is an 18 V LXT brushless impact driver with a 1/4" hex quick-release holder.',
            "Body only.",
        ),
        _s(
            "impact driver",
            "Three speed settings and a precision mode make the Bosch GDR 18V-200 as happy with small self-tappers "
            "as with 150 mm timber screws.",
            'This compact impact driver delivers 200 Nm through a 1/4" hex chuck.',
            "It is supplied body only, without battery.",
        ),
        _s(
            "rotary hammer",
            "Chasing out socket boxes, drilling anchor holes in concrete and light chiselling are all in a day's "
            "work for the Bosch GBH 2-26 DRE.",
            "The 800 W SDS-plus rotary hammer delivers 2.7 J impact energy and has a rotation-stop setting.",
            "240 V, supplied in a carry case.",
        ),
        _s(
            "rotary hammer",
            "Go cordless on site with the Makita DHR242Z, an 18 V brushless SDS-plus hammer drill with 2.0 J impact "
            "energy and three modes.",
            "Body only; use it with Makita LXT batteries.",
        ),
        # Batteries and chargers.
        _s(
            "battery",
            "More run-time for your LXT drills, drivers and grinders.",
            "The Makita BL1860B holds 6.0 Ah at 18 V and shows its remaining charge on a built-in gauge.",
            "It fits every Makita 18 V tool.",
            fits="combi drill",
        ),
        _s(
            "battery",
            "A three-LED fuel gauge tells you when to swap.",
            "The DeWalt DCB182 is a 4.0 Ah Li-ion battery that slides on to every DeWalt 18 V XR tool, from combi "
            "drills to jigsaws.",
            fits="combi drill",
        ),
        _s(
            "battery",
            "Keep one charged and one working: this Ryobi RB18L50 ONE+ battery stores 5.0 Ah at 18 V.",
            "It fits more than 100 tools in the range, from drills to grass trimmers.",
            fits="combi drill",
        ),
        _s(
            "battery",
            "A spare pack for Bosch 12 V drill drivers and impact drivers.",
            "The GBA 12V 3.0Ah has a charge indicator and a rubber-armoured housing.",
            fits="drill driver",
        ),
        _s(
            "battery charger",
            "Charge an 18 V Makita battery while you work: the DC18SD is small enough to live in the van.",
            "It refills a 3.0 Ah pack in about 60 minutes.",
            fits="combi drill",
        ),
        _s(
            "battery charger",
            "The DeWalt DCB1104 is a 4 A charger for 12 V and 18 V XR batteries.",
            "It can be wall mounted and charges a 4.0 Ah battery in about an hour.",
            fits="combi drill",
        ),
        # Drill bits.
        _s(
            "drill bit set",
            "Nineteen HSS-G ground drill bits from 1 to 10 mm in 0.5 mm steps sit in a metal case with a size index.",
            "Split-point tips start without a centre punch in steel, aluminium and plastic.",
            "Suits pillar drills and cordless drills alike.",
            fits="combi drill",
        ),
        _s(
            "drill bit set",
            "Drilling stainless steel and hard alloys calls for cobalt.",
            "This 25-piece HSS-Co set runs from 1 to 13 mm in a rugged case.",
            "Use slow speeds and cutting oil.",
            fits="combi drill",
        ),
        _s(
            "HSS drill bit",
            "Pilot holes in sheet steel and hardwood start here.",
            "Ten 3.0 mm HSS-G twist drills, ground from solid and bright finished.",
            fits="combi drill",
        ),
        _s(
            "HSS drill bit",
            "Drill clearance holes for M5 bolts with these 6.0 mm jobber drills.",
            "They are HSS-G, ground and split-pointed.",
            "Supplied in a pack of 10.",
            fits="combi drill",
        ),
        _s(
            "HSS drill bit",
            "8.5 mm is the tapping size for an M10 thread, and this HSS-Co drill bit is made for exactly that in "
            "stainless and mild steel.",
            "Sold singly.",
            fits="combi drill",
        ),
        _s(
            "HSS drill bit",
            "Bigger holes in steel plate without a step drill.",
            "A pair of 10 mm HSS-G drill bits, 133 mm overall, with a black oxide finish.",
            fits="combi drill",
        ),
        _s(
            "masonry drill bit",
            "For wall plugs in brick and block: a carbide-tipped masonry bit 5.5 mm in diameter and 150 mm overall.",
            "Use it on the hammer setting of your combi drill.",
            fits="combi drill",
        ),
        _s(
            "masonry drill bit",
            "Matched to brown plugs, this 7 mm masonry drill bit is carbide tipped.",
            "It measures 150 mm overall.",
            fits="combi drill",
        ),
        _s(
            "masonry drill bit",
            "Five masonry bits, 4, 5, 6, 8 and 10 mm, in a clip-shut plastic wallet.",
            "Every common plug size in one pocket.",
            fits="combi drill",
        ),
        _s(
            "SDS-plus drill bit",
            "Drilling 6 mm holes for plugs and anchors in concrete?",
            "This SDS-plus bit has a four-cutter carbide head and measures 6 mm across and 160 mm long.",
            "Suits every SDS-plus rotary hammer.",
            fits="rotary hammer",
        ),
        _s(
            "SDS-plus drill bit",
            "Bosch SDS plus-7X drill bit, part 2 608 576 198.",
            "It measures 8 mm across and 210 mm long, and the X-shaped carbide head resists snagging on rebar.",
            fits="rotary hammer",
        ),
        _s(
            "SDS-plus drill bit",
            "For 10 mm resin anchors and through bolts.",
            "A 10 x 260 mm SDS-plus hammer drill bit with a cross-head carbide tip.",
            fits="rotary hammer",
        ),
        _s(
            "SDS-plus drill bit",
            "Through-wall holes for waste pipes and cables call for length.",
            "This SDS-plus bit is 12 mm in diameter and 450 mm long, with a centring tip.",
            fits="rotary hammer",
        ),
        _s(
            "SDS-plus drill bit set",
            "Sold as a set of five in a clip-shut case.",
            "SDS-plus bits of 5, 6, 8, 10 and 12 mm, each 160 mm long.",
            fits="rotary hammer",
        ),
        _s(
            "SDS-plus chisel",
            "Lift floor tiles and chip off render with this 40 x 250 mm SDS-plus tile chisel.",
            "Its wide cranked blade keeps your knuckles off the wall.",
            fits="rotary hammer",
        ),
        _s(
            "SDS-plus chisel",
            "Break up concrete and cut channels for conduit.",
            "A pointed SDS-plus chisel, 250 mm long, that sharpens itself as it works.",
            fits="rotary hammer",
        ),
        # Screwdriver bits and holders.
        _s(
            "screwdriver bit",
            "Made to take the hammering of an impact driver, these Wera Impaktor PZ2 bits are 50 mm long with a "
            "diamond-coated tip that bites into the screw head.",
            "Part no. 05057622001, pack of 2.",
            fits="impact driver",
        ),
        _s(
            "screwdriver bit",
            "Plasterboard screws and general fixing call for a good PH2.",
            "Ten bits, 25 mm long, in a flip-top box.",
            fits="impact driver",
        ),
        _s(
            "screwdriver bit",
            "The torsion zone of these T25 bits soaks up impact peaks, so the tip lasts longer in decking screws.",
            "25 mm long, pack of 5.",
            fits="impact driver",
        ),
        _s(
            "screwdriver bit set",
            "Slotted, PH, PZ, Torx and hex bits, 32 pieces in all.",
            "They come in a pocket case with a magnetic holder.",
            fits="impact driver",
        ),
        _s(
            "bit holder",
            "Keeps the screw on the bit while you reach into a corner.",
            'A 60 mm magnetic bit holder with a sliding sleeve and a 1/4" hex shank, for any drill driver or impact '
            "driver.",
            fits="impact driver",
        ),
        # Hole saws.
        _s(
            "hole saw",
            "Fitting a 32 mm waste through the side of a kitchen cabinet?",
            "This 35 mm bi-metal hole saw cuts a clean hole in wood, plastic and thin steel, with 38 mm cutting depth.",
            "It needs the small arbor.",
            fits="combi drill",
        ),
        _s(
            "hole saw",
            "Cut 57 mm holes through ply, MDF and sheet steel.",
            "This bi-metal hole saw is 40 mm deep with variable-pitch teeth.",
            fits="combi drill",
        ),
        _s(
            "hole saw",
            "Sized for downlights in plasterboard ceilings.",
            "This 64 mm bi-metal hole saw also cuts timber and ply.",
            fits="combi drill",
        ),
        _s(
            "hole saw",
            "Diamond-hard carbide grit cuts ceramic tile and slate where toothed saws skid.",
            "This 76 mm hole saw has slots to lever out the core.",
            fits="combi drill",
        ),
        _s(
            "hole saw arbor",
            "Drives bi-metal hole saws from 32 to 152 mm on a hex shank that will not slip in the chuck of your drill.",
            "The arbor includes a 6.35 mm HSS pilot drill.",
            fits="hole saw",
        ),
        _s(
            "hole saw arbor",
            "For the smaller cutters.",
            'An arbor for hole saws of 14 to 30 mm, with an HSS pilot drill and a 3/8" hex shank.',
            fits="hole saw",
        ),
        _s(
            "pilot drill",
            "Blunt pilot, wandering cut.",
            "Replacement HSS pilot drills for hole saw arbors, 6.35 x 80 mm, two per pack.",
            fits="hole saw",
        ),
        # Angle grinders and their discs.
        _s(
            "angle grinder",
            "A 115 mm grinder that fits in one hand: the Makita GA4530R has a 720 W motor, a slim body and a slide "
            "switch.",
            "240 V.",
        ),
        _s(
            "angle grinder",
            "Cordless freedom with 125 mm discs.",
            "The Metabo W 18 L 9-125 Quick runs on 18 V LiHD and CAS batteries and changes discs without a spanner.",
            "Body only.",
        ),
        _s(
            "angle grinder",
            "For slabs, kerbs and steel sections up to 65 mm deep, reach for a 230 mm machine.",
            "The Bosch GWS 22-230 JH puts 2200 W through a soft-start motor with restart protection.",
            "110 V site model.",
        ),
        _s(
            "angle grinder",
            "An affordable choice for occasional use.",
            "The Einhell TC-AG 125 is an 850 W angle grinder for 125 mm discs with a two-position side handle; 240 V.",
        ),
        _s(
            "cutting disc",
            "Thin 1.0 mm discs cut stainless sheet and tube fast with little heat and no burr.",
            "These 115 mm inox cutting discs come in a tin of 10.",
            fits="angle grinder",
        ),
        _s(
            "cutting disc",
            "Free of iron, sulphur and chlorine, so stainless stays stainless.",
            "Flat 125 x 1.0 mm inox cutting discs, pack of 25.",
            fits="angle grinder",
        ),
        _s(
            "cutting disc",
            "For steel bar and angle.",
            "A 115 x 3.0 mm depressed-centre metal cutting disc that lasts and lasts.",
            fits="angle grinder",
        ),
        _s(
            "cutting disc",
            "Stone, block and concrete cut readily with these silicon carbide discs.",
            "230 x 3.0 mm, pack of 5.",
            fits="angle grinder",
        ),
        _s(
            "cutting disc",
            "General fabrication shops keep these in stock.",
            "Steel cutting discs, 125 x 1.6 mm, pack of 10.",
            fits="angle grinder",
        ),
        _s(
            "flap disc",
            "Blend welds and remove mill scale in a single pass.",
            "A 115 mm zirconia flap disc, 40 grit, on a fibreglass backing.",
            fits="angle grinder",
        ),
        _s(
            "flap disc",
            "For finishing mild steel and rounding timber edges.",
            "A 125 mm aluminium oxide flap disc in P80.",
            fits="angle grinder",
        ),
        _s(
            "flap disc",
            "Fine P120 zirconia flap discs, 125 mm, finish stainless steel without discolouring it.",
            "Box of 10.",
            fits="angle grinder",
        ),
        _s(
            "diamond blade",
            "Brick, block and paving slabs are all in its stride.",
            "A 115 mm segmented diamond blade with a 22.23 mm bore.",
            fits="angle grinder",
        ),
        _s(
            "diamond blade",
            "Chip-free cuts in porcelain and ceramic tile come from a continuous rim.",
            "This 125 mm diamond blade is only 1.6 mm thin and also cuts marble.",
            fits="angle grinder",
        ),
        _s(
            "diamond blade",
            "Dry cutting concrete, granite and engineering brick.",
            "A laser-welded turbo-rim diamond blade, 230 mm.",
            fits="angle grinder",
        ),
        _s(
            "wire cup brush",
            "Heavy rust and weld scale come off fast.",
            "A twisted-knot wire cup brush of 75 mm with an M14 thread screws straight on to the spindle.",
            fits="angle grinder",
        ),
        _s(
            "wire cup brush",
            "Softer than a knotted brush, this 100 mm crimped wire cup brush takes paint and light rust off larger "
            "surfaces.",
            "M14 thread.",
            fits="angle grinder",
        ),
        _s(
            "side handle",
            "Lost the side handle?",
            "This M8 screw-in handle fits most 115 and 125 mm angle grinders.",
            fits="angle grinder",
        ),
        # Jigsaws and blades.
        _s(
            "jigsaw",
            "Worktop cut-outs for sinks and hobs are a job for the Bosch PST 900 PEL.",
            "It is a 620 W pendulum jigsaw with a dust blower and 90 mm depth of cut in wood.",
            "240 V.",
        ),
        _s(
            "jigsaw",
            "The Makita DJV182Z takes T-shank blades and cuts 135 mm deep in timber.",
            "An 18 V LXT brushless jigsaw, supplied body only.",
        ),
        _s(
            "jigsaw blade",
            "Fast, rough cuts in softwood up to 60 mm.",
            "T144D blades in HCS, pack of 5.",
            fits="jigsaw",
        ),
        _s(
            "jigsaw blade",
            "Reverse teeth give splinter-free cuts on the top face of laminate and melamine worktops.",
            "Bosch T101BR blades, pack of 5.",
            fits="jigsaw",
        ),
        _s(
            "jigsaw blade",
            "For steel sheet and profiles from 2.5 to 6 mm, fit the bi-metal T118B.",
            "Pack of 5.",
            fits="jigsaw",
        ),
        _s(
            "jigsaw blade",
            "Tight curves in wood and plastic need a narrow blade.",
            "T101AO, pack of 3.",
            fits="jigsaw",
        ),
        _s(
            "jigsaw blade",
            "One for every material on the job.",
            "Ten assorted T-shank jigsaw blades for wood, metal and plastic in a pocket case.",
            fits="jigsaw",
        ),
        # Circular saws and blades.
        _s(
            "circular saw",
            "Rip sheet goods on site without a cable.",
            "The Makita DHS680Z is an 18 V brushless circular saw for 165 mm blades with 57 mm depth of cut.",
            "Body only.",
        ),
        _s(
            "circular saw",
            "Framing and decking all day calls for the DeWalt DWE575K.",
            "A 1600 W circular saw for 190 mm blades with 67 mm depth of cut.",
            "240 V, in a kit box.",
        ),
        _s(
            "circular saw blade",
            "Rips timber fast on cordless saws.",
            "A 165 mm TCT blade with 24 teeth and a 20 mm bore.",
            fits="circular saw",
        ),
        _s(
            "circular saw blade",
            "A finer finish on ply and MDF comes from 48 TCT teeth.",
            "165 x 20 mm.",
            fits="circular saw",
        ),
        _s(
            "circular saw blade",
            "Rip and cross-cut framing timber with your 190 mm saw.",
            "190 x 30 mm bore, 24 teeth.",
            fits="circular saw",
        ),
        _s(
            "circular saw blade",
            "For clean cross-cuts in hardwood and laminated board.",
            "190 x 30 mm, 60 teeth.",
            fits="circular saw",
        ),
        # Oscillating multi-tools and blades.
        _s(
            "multi-tool",
            "Undercut door frames, trim skirting in place and cut out damaged floorboards, all with one oscillating "
            "tool.",
            "The Fein MultiMaster FMM 350 QSL has 350 W and tool-free blade changes.",
        ),
        _s(
            "multi-tool",
            "The Makita DTM51Z is an 18 V LXT multi-tool with tool-less blade change and variable speed.",
            "Body only.",
        ),
        _s(
            "multi-tool blade",
            "A 32 mm plunge-cut blade for wood, with Japanese teeth for fast, clean cuts.",
            "Starlock fitting, pack of 3.",
            fits="multi-tool",
        ),
        _s(
            "multi-tool blade",
            "Cut nails, screws and copper pipe flush with a 32 mm bi-metal blade.",
            "Starlock, pack of 5.",
            fits="multi-tool",
        ),
        _s(
            "multi-tool blade",
            "Long straight cuts in plaster and plasterboard.",
            "An 87 mm HCS segment blade that also handles soft wood.",
            fits="multi-tool",
        ),
        _s(
            "multi-tool blade",
            "Rake old grout out from between tiles with this 65 mm carbide-grit blade.",
            "Universal fitting.",
            fits="multi-tool",
        ),
        _s(
            "sanding pad",
            "Get right into corners and along skirting.",
            "A 93 mm triangular hook-and-loop sanding pad.",
            fits="multi-tool",
        ),
        # Sanders and abrasives.
        _s(
            "random orbital sander",
            "Paint prep on doors and cabinets needs a fine finish without swirl marks.",
            "The Bosch PEX 300 AE is a 270 W random orbit sander for 125 mm discs with a micro-filter dust box.",
        ),
        _s(
            "random orbital sander",
            "A 150 mm sander for big panels.",
            "The Makita BO6050J has 750 W, variable speed and a 5.5 mm orbit, and comes in a Makpac case.",
        ),
        _s(
            "sanding disc",
            "Strip paint and shape timber with these hook-and-loop sanding discs.",
            "125 mm, 8-hole, P80.",
            "Box of 50.",
            fits="random orbital sander",
        ),
        _s(
            "sanding disc",
            "Smoothing discs in P120, 125 mm with 8 holes.",
            "50 in a box.",
            fits="random orbital sander",
        ),
        _s(
            "sanding disc",
            "Mesh discs give near dust-free sanding of filler and paint.",
            "150 mm, P180, pack of 10.",
            fits="random orbital sander",
        ),
        _s(
            "sanding disc",
            "For your 150 mm random orbit sander.",
            "P240 discs with 15 holes, 50 in a box.",
            fits="random orbital sander",
        ),
        _s(
            "sanding sponge",
            "Bendy enough for mouldings and spindles, this medium sanding sponge is P100 and washable.",
            "It measures 98 x 69 x 26 mm.",
        ),
        _s(
            "sanding sponge",
            "An angled edge gets into the corners of window frames.",
            "A fine P180 sanding sponge.",
        ),
        _s(
            "abrasive sheet",
            "Hand sanding timber before the finish coat.",
            "Ten sheets of aluminium oxide paper, 230 x 280 mm, in P120.",
        ),
        _s(
            "abrasive sheet",
            "Flatting paint between coats is what silicon carbide wet and dry paper does best.",
            "P600, 230 x 280 mm, 25 sheets.",
        ),
        # Hand saws and knives.
        _s(
            "hacksaw",
            "A rigid 12-inch frame with a tension lever and a 45-degree setting for flush cuts.",
            "This hacksaw takes 300 mm blades.",
        ),
        _s(
            "hacksaw blade",
            "Bi-metal hacksaw blades, 300 mm long with 24 teeth per inch, for tube and thin sheet.",
            "Pack of 10.",
            fits="hacksaw",
        ),
        _s(
            "hacksaw blade",
            "Budget blades for general cutting.",
            "Carbon steel hacksaw blades, 300 mm, 18 TPI, pack of 5.",
            fits="hacksaw",
        ),
        _s(
            "utility knife",
            "Carpet, cardboard, roofing felt and plasterboard all cut cleanly with a sharp trapezoid blade.",
            "This retractable utility knife has a die-cast body and stores spare blades in the handle.",
        ),
        _s(
            "utility knife",
            "Pocket-sized and safe to carry.",
            "A folding lock-back utility knife with a belt clip; the blade changes without tools.",
        ),
        _s(
            "utility knife blade",
            "Trapezoid knife blades, 0.6 mm thick.",
            "In a dispenser of 100.",
            fits="utility knife",
        ),
        _s(
            "utility knife blade",
            "Hooked blades for carpet and lino.",
            "10 per pack.",
            fits="utility knife",
        ),
        _s(
            "plasterboard saw",
            "Its pointed blade punches through plasterboard to start a cut-out for a socket box, and the hardened "
            "teeth cut on the push and the pull.",
            "A 150 mm plasterboard saw with a soft grip.",
        ),
        # Plumbing tools.
        _s(
            "pipe cutter",
            "Cut 15 mm copper where a hacksaw will not fit.",
            "This mini pipe cutter turns within 50 mm of a wall.",
        ),
        _s(
            "pipe cutter",
            "Adjustable for copper, brass and aluminium tube from 3 to 35 mm.",
            "This pipe cutter has a fold-out deburrer.",
        ),
        _s(
            "cutter wheel",
            "Replacement cutter wheels for copper pipe cutters.",
            "Two per card.",
            fits="pipe cutter",
        ),
        _s(
            "pipe wrench",
            "Grip and turn threaded pipe up to 2 inches with this 14-inch heavy-duty pipe wrench.",
            "The hook jaw is drop forged and the handle is cast iron.",
        ),
        _s(
            "pipe wrench",
            "Weighing far less than cast iron, this 18-inch aluminium pipe wrench is the one to carry up ladders.",
            "Jaws are replaceable.",
        ),
        _s(
            "basin wrench",
            "Reach the tap nuts hidden behind a basin or sink.",
            "The spring-loaded jaw of this basin wrench swivels to grip nuts from 10 to 32 mm.",
        ),
        _s(
            "blowtorch",
            "Sweat 15 and 22 mm copper joints in seconds with a self-igniting swirl-flame blowtorch.",
            "It screws on to a MAP or propane cartridge.",
        ),
        _s(
            "gas cartridge",
            "MAP/Pro gas burns hotter than propane for faster soldered joints.",
            'A 400 g cartridge with a 7/16" thread.',
            fits="blowtorch",
        ),
        _s(
            "gas cartridge",
            "For general brazing and soldering work.",
            'Propane gas cartridge, 400 g, for blowtorches with a 7/16" thread.',
            fits="blowtorch",
        ),
        _s(
            "soldering flux",
            "Clean joints fill properly.",
            "Flux paste for soldering copper pipe, water-soluble and lead-free compatible; 100 g tub.",
        ),
        # Plumbing fittings, pipe and valves.
        _s(
            "compression elbow",
            "No soldering needed.",
            "A brass compression elbow for 15 mm copper or plastic pipe, supplied with olives and nuts.",
        ),
        _s(
            "compression elbow",
            "Turn a corner in 22 mm copper with this brass compression elbow.",
            "Order code CE-22.",
        ),
        _s(
            "compression coupling",
            "Join two lengths of 15 mm pipe.",
            "A straight brass compression coupling.",
        ),
        _s(
            "compression coupling",
            "Extend or repair a 22 mm run.",
            "A straight coupling in brass, with compression nuts and olives.",
        ),
        _s(
            "push-fit elbow",
            "Push in and it's sealed: a 15 mm push-fit elbow in white plastic for copper and PEX pipe.",
            "Speedfit code PEM0415W.",
        ),
        _s(
            "push-fit elbow",
            "Turns a corner in heating pipework without heat or tools.",
            "The 22 mm version, code PEM0422W.",
        ),
        _s(
            "push-fit tee",
            "Branch off a 15 mm run in seconds.",
            "An equal tee, push-fit, in white plastic; demountable with a collet clip.",
        ),
        _s(
            "pipe insert",
            "Plastic pipe needs support inside a fitting.",
            "Pipe inserts for 15 mm PEX, pack of 10.",
        ),
        _s(
            "isolating valve",
            "Shut off a tap or cistern without draining the system.",
            "A 15 mm isolating valve in chrome-plated brass with compression ends and a slotted screw.",
        ),
        _s(
            "isolating valve",
            "Quarter turn and the water is off.",
            "A full-bore 22 mm isolating valve in brass with a blue lever handle.",
        ),
        _s(
            "ball valve",
            "For water, air and oil lines: a forged-brass ball valve with a red lever handle.",
            'Its threads are 1/2" BSP female both ends, rated PN25.',
        ),
        _s(
            "ball valve",
            "Mains water and compressed air.",
            'A brass lever ball valve with 3/4" BSP female threads.',
        ),
        _s(
            "ball valve",
            "Hygienic and corrosion-proof.",
            'This 316 stainless steel ball valve has 1" BSP female ends.',
        ),
        _s(
            "radiator valve",
            "Room-by-room temperature control.",
            "A 15 mm angled thermostatic radiator valve with 10 mm reducers included.",
        ),
        _s(
            "radiator valve",
            "Balance the system once and leave it.",
            "A 15 mm chrome lockshield radiator valve.",
        ),
        _s(
            "PTFE tape",
            "Seal threaded joints on water and air fittings.",
            "PTFE tape 12 mm wide and 12 m long, ten rolls.",
        ),
        _s(
            "PTFE tape",
            "For threaded gas joints.",
            "Yellow gas-rated PTFE tape, 12 mm x 5 m, to BS EN 751-3.",
        ),
        _s(
            "copper pipe",
            "Hot and cold water runs and heating.",
            "Half-hard 15 mm copper tube to EN 1057 R250, in 3 m lengths.",
        ),
        _s(
            "copper pipe",
            "For the main heating flow and return.",
            "22 mm copper tube, 3 m length, half-hard, to EN 1057.",
        ),
        # Electrical.
        _s(
            "twin and earth cable",
            "For lighting circuits.",
            "1.0 mm² twin and earth cable, 6242Y, grey PVC, 100 m drum.",
        ),
        _s(
            "twin and earth cable",
            "Lighting and smaller radial circuits.",
            "1.5 mm² twin and earth, 6242Y, 100 m drum.",
        ),
        _s(
            "twin and earth cable",
            "For ring mains and socket radials.",
            "2.5 mm² twin and earth cable on a 50 m drum, type 6242Y.",
        ),
        _s(
            "switched socket",
            "Two outlets from one back box.",
            "A double 13 A switched socket in white moulded plastic.",
        ),
        _s(
            "switched socket",
            "Smart enough for the living room.",
            "A single 13 A switched socket in brushed chrome with a black insert.",
        ),
        _s(
            "switched socket",
            "Charge phones without an adaptor.",
            "A double 13 A switched socket with two USB-A outlets, 3.1 A shared.",
        ),
        _s(
            "junction box",
            "For joining lighting and radial circuits under the floor.",
            "A 30 A junction box with four terminals.",
        ),
        _s(
            "junction box",
            "Join cable runs in lofts.",
            "20 A, three terminals.",
        ),
        _s(
            "lever connector",
            "Joins without a screwdriver.",
            "Wago 221-412 two-way lever connectors, pack of 50, for cables up to 4 mm².",
        ),
        _s(
            "lever connector",
            "For joining several cables at a light fitting.",
            "Five-way Wago 221-415 lever connectors, pack of 25.",
        ),
        _s(
            "back box",
            "For solid walls.",
            "A single metal back box, 35 mm deep, with knockouts and a fixed lug.",
        ),
        _s(
            "back box",
            "Spring clamps grip the board from behind.",
            "A two-gang 47 mm dry-lining box for plasterboard walls.",
        ),
        _s(
            "cable clip",
            "Neat runs along skirting.",
            "Round white cable clips for 7-8 mm cable, box of 100.",
        ),
        _s(
            "cable clip",
            "Flat grey clips for 2.5 mm² twin and earth.",
            "Box of 100.",
        ),
        _s(
            "insulation tape",
            "Flame retardant and stretchy.",
            "Black PVC insulation tape, 19 mm x 20 m.",
        ),
        _s(
            "insulation tape",
            "Colour-code conductors at a glance.",
            "Ten rolls of PVC insulation tape in assorted colours, 19 mm x 33 m each.",
        ),
        _s(
            "multimeter",
            "Built for field technicians, the Fluke 115 is a true-RMS digital multimeter.",
            "CAT III 600 V, with a large backlit display.",
        ),
        _s(
            "multimeter",
            "For the domestic electrician.",
            "An auto-ranging digital multimeter with non-contact detection, CAT III 600 V.",
        ),
        _s(
            "test leads",
            "Silicone test leads with 4 mm shrouded plugs and probe tips, CAT III 1000 V.",
            "They fit any multimeter with 4 mm sockets.",
            fits="multimeter",
        ),
        _s(
            "voltage detector",
            "Check for live cables before you drill.",
            "A non-contact voltage detector pen that beeps and flashes from 12 to 1000 V AC.",
        ),
        _s(
            "wire stripper",
            "Self-adjusting automatic wire strippers for 0.2 to 6 mm² cable.",
            "A built-in cutter trims the ends.",
        ),
        _s(
            "wire stripper",
            "Precision work on control panels.",
            "A wire stripper with a knurled adjuster for 0.5 to 4 mm², 160 mm long.",
        ),
        _s(
            "crimping tool",
            "It will not release until the crimp is complete.",
            "A ratchet crimping tool for red, blue and yellow insulated terminals.",
        ),
        _s(
            "crimp terminal",
            "Join two cables end to end.",
            "Blue butt connectors for 1.5 to 2.5 mm² cable, 100 pieces.",
            fits="crimping tool",
        ),
        _s(
            "crimp terminal",
            "Red ring terminals, M5 stud, for 0.5 to 1.5 mm² cable.",
            "100 pieces.",
            fits="crimping tool",
        ),
        # Safety wear.
        _s(
            "safety glasses",
            "Dust from a chop saw or grit from an angle grinder will not get past the wraparound frame.",
            "Clear safety glasses with anti-scratch polycarbonate lenses, EN 166 1F.",
        ),
        _s(
            "safety glasses",
            "Smoke-tinted lenses cut glare when you work outdoors, on roofs or near water.",
            "These wraparound safety glasses meet EN 166 and weigh just 24 g.",
        ),
        _s(
            "safety glasses",
            "Wear them over your own prescription spectacles.",
            "Anti-fog coated safety glasses with side shields and adjustable arms.",
        ),
        _s(
            "safety boots",
            "Built for wet ground and heavy sites, with a steel toe cap and midsole under a waterproof leather upper.",
            "S3 safety boots, size 9.",
        ),
        _s(
            "safety boots",
            "Trainer comfort with site protection: a composite toe cap that will not set off metal detectors.",
            "S1P SRC safety boots, size 10.",
        ),
        _s(
            "safety boots",
            "Pull on, pull off, with no laces to catch on rebar.",
            "Fur-lined rigger safety boots, S3, steel toe cap, size 8.",
        ),
        _s(
            "work gloves",
            "Handling sheet metal, glass and ductwork with bare hands costs stitches.",
            "Cut-resistant work gloves, level C to EN 388, size 9.",
        ),
        _s(
            "work gloves",
            "A soft hide palm and a canvas cuff for scaffolding, fencing and lifting.",
            "Leather rigger gloves, size 10.",
        ),
        _s(
            "work gloves",
            "Fine enough to pick up a washer, tough enough for a day of assembly.",
            "Nitrile-coated palm gloves, size 8, sold as 12 pairs.",
        ),
        _s(
            "work gloves",
            "Cold sites in winter are easier with a thermal lining under a crinkle latex grip.",
            "Work gloves, size 9.",
        ),
        _s(
            "disposable gloves",
            "Powder-free and latex-free, for painting, plumbing and cleaning.",
            "Blue nitrile disposable gloves, large, box of 100.",
        ),
        _s(
            "disposable gloves",
            "Mechanics like black because oil and grease do not show.",
            "Nitrile disposable gloves, extra large, box of 100.",
        ),
        _s(
            "ear defenders",
            "All-day comfort next to a breaker or a chop saw, thanks to deep padded cushions.",
            "Headband ear defenders, SNR 30 dB.",
        ),
        _s(
            "ear defenders",
            "They clip into the side slots of most safety helmets and swing up when not needed.",
            "Helmet-mounted ear defenders, SNR 27 dB.",
            fits="safety helmet",
        ),
        _s(
            "ear plugs",
            "Roll, insert and let the soft foam expand.",
            "Ear plugs, SNR 37 dB, 200 pairs in a dispenser box.",
        ),
        _s(
            "dust mask",
            "Sanding filler, cutting plasterboard and sweeping up all raise fine dust.",
            "These FFP2 valved dust masks come in a box of 10.",
        ),
        _s(
            "dust mask",
            "The 3M Aura 9332+ is an FFP3 valved dust mask for silica, hardwood and MDF dust.",
            "It folds flat in a pocket; box of 10.",
        ),
        _s(
            "hi-vis vest",
            "Be seen on site and at the roadside.",
            "Yellow hi-vis vest with two reflective bands, EN ISO 20471 class 2, size L.",
        ),
        _s(
            "hi-vis vest",
            "For rail and highway crews.",
            "Orange hi-vis vest, size XL, with a hook-and-loop front.",
        ),
        _s(
            "safety helmet",
            "Vents keep your head cool on summer sites, and the ratchet harness adjusts with one hand.",
            "A white safety helmet to EN 397.",
        ),
        _s(
            "safety helmet",
            "Accessory slots take a visor or ear defenders.",
            "A yellow safety helmet with a slip-ratchet harness, EN 397.",
        ),
        _s(
            "chin strap",
            "Keeps your hard hat on when you bend over or climb a ladder.",
            "A two-point chin strap that clips on to EN 397 safety helmets.",
            fits="safety helmet",
        ),
        _s(
            "knee pads",
            "Tilers and floor layers spend hours kneeling, and gel cushions under hard caps make it bearable.",
            "These knee pads have two adjustable straps.",
        ),
        # Sealants and adhesives.
        _s(
            "caulking gun",
            "The drip-free release stops the bead when you stop.",
            "An open-frame caulking gun for standard 310 ml cartridges of silicone, caulk or grab adhesive.",
        ),
        _s(
            "caulking gun",
            "Thick adhesives and cold mornings need thrust.",
            "A heavy-duty sealed-barrel caulking gun with an 18:1 ratio, for 600 ml foil packs and 310 ml cartridges.",
        ),
        _s(
            "silicone sealant",
            "Around baths, showers and basins the seal stays white for years.",
            "Anti-mould sanitary silicone, white, 310 ml.",
            fits="caulking gun",
        ),
        _s(
            "silicone sealant",
            "For glazing, aquariums and general sealing.",
            "Clear silicone sealant, 310 ml cartridge.",
            fits="caulking gun",
        ),
        _s(
            "silicone sealant",
            "Low-modulus, neutral-cure silicone that moves with uPVC window frames.",
            "Anthracite grey, 310 ml.",
            fits="caulking gun",
        ),
        _s(
            "grab adhesive",
            "Skirting, architrave and coving stay put the moment you press them on, with no need for nails or clamps.",
            "Solvent-free grab adhesive, 310 ml.",
            fits="caulking gun",
        ),
        _s(
            "grab adhesive",
            "CT1 bonds and seals almost anything, even under water.",
            "A hybrid polymer adhesive and sealant, 290 ml, white.",
            fits="caulking gun",
        ),
        _s(
            "decorators caulk",
            "Fill the gaps between skirting and wall before painting and the room looks finished.",
            "White acrylic decorators caulk, 310 ml.",
            fits="caulking gun",
        ),
        _s(
            "decorators caulk",
            "Paintable in 30 minutes and flexible enough for timber that moves.",
            "Acrylic caulk in a 380 ml cartridge.",
            fits="caulking gun",
        ),
        _s(
            "expanding foam",
            "Fill the gaps around pipes and door frames straight from the can.",
            "Hand-held polyurethane expanding foam, 750 ml, with a straw applicator.",
        ),
        _s(
            "expanding foam",
            "For accurate beads with a foam applicator gun and far less waste.",
            "Gun-grade expanding foam, 750 ml.",
            fits="foam gun",
        ),
        _s(
            "foam gun",
            "Metered, accurate beads from gun-grade polyurethane foam cans.",
            "This all-metal applicator gun has a flow adjustment screw.",
        ),
        _s(
            "foam gun cleaner",
            "Clean the gun before the foam sets, and it will last for years.",
            "Acetone-based cleaner for foam applicator guns, 500 ml.",
            fits="foam gun",
        ),
        _s(
            "wood glue",
            "Strong joints in dowels, biscuits and tenons.",
            "Interior PVA wood glue that dries clear, 1 L.",
        ),
        _s(
            "wood glue",
            "For outdoor joinery and garden furniture.",
            "Waterproof D3 wood glue, 750 ml.",
        ),
        _s(
            "epoxy adhesive",
            "Metal, ceramic and glass repairs set in five minutes.",
            "Epoxy adhesive in a twin syringe, 2 x 12 ml.",
        ),
        _s(
            "epoxy adhesive",
            "Knead it, press it on, and a weeping pipe or cracked casting is sealed.",
            "Steel-filled epoxy putty stick, 56 g.",
        ),
        _s(
            "glue gun",
            "Crafts, cable tidying and quick repairs.",
            "A 60 W hot-melt glue gun for 11 mm sticks, with a stand.",
        ),
        _s(
            "glue stick",
            "Clear hot-melt glue sticks, 11 x 100 mm.",
            "Pack of 24.",
            fits="glue gun",
        ),
        _s(
            "glue stick",
            "For mini guns and fine craft work.",
            "Glue sticks, 7 x 100 mm, pack of 50.",
            fits="glue gun",
        ),
        _s(
            "duct tape",
            "A strong cloth backing that still tears by hand.",
            "Silver duct tape, 50 mm x 50 m.",
        ),
        _s(
            "duct tape",
            "Matt black tape that disappears on stage and at events.",
            "Duct tape, 48 mm x 25 m.",
        ),
        _s(
            "masking tape",
            "Crisp paint lines on walls and woodwork.",
            "Masking tape, 25 mm x 50 m.",
        ),
        _s(
            "masking tape",
            "Wider, for protecting floors, glass and frames.",
            "Masking tape, 50 mm x 50 m.",
        ),
        # Hand tools.
        _s(
            "claw hammer",
            "First fix, second fix and everything between.",
            "A 16 oz claw hammer with a fibreglass shaft and an anti-vibration grip.",
        ),
        _s(
            "claw hammer",
            "Forged in one piece, so the head can never fly off.",
            "A steel claw hammer, 20 oz, with a rip claw for demolition.",
        ),
        _s(
            "club hammer",
            "Unlike a claw hammer, it is made for driving chisels and bolsters.",
            "A 2.5 lb club hammer with a hickory handle.",
        ),
        _s(
            "spirit level",
            "Box-section aluminium keeps it true after years in the van.",
            "A 600 mm spirit level with three vials.",
        ),
        _s(
            "spirit level",
            "Long enough for door frames and kitchen worktops.",
            "A 1200 mm spirit level with three vials and shock-absorbing end caps.",
        ),
        _s(
            "spirit level",
            "A magnetic base sticks to pipes, radiators and conduit while you work.",
            "Torpedo level, 230 mm.",
        ),
        _s(
            "tape measure",
            "A 25 mm wide blade stands out a long way before it bends.",
            "This tape measure is 5 m long, with a belt clip.",
        ),
        _s(
            "tape measure",
            "Marked in both metric and imperial.",
            "Tape measure, 8 m.",
        ),
        _s(
            "tape measure",
            "A nylon-coated blade shrugs off grit and wet concrete.",
            "Tape measure, 10 m.",
        ),
        _s(
            "screwdriver set",
            "Every one is tested to 10,000 V for live work.",
            "VDE insulated screwdriver set, 7 pieces.",
        ),
        _s(
            "screwdriver set",
            "The everyday set for the kitchen drawer or the van.",
            "Six screwdrivers, slotted and Phillips.",
        ),
        _s(
            "hex key set",
            "Ball ends reach the screw at an angle, so you can work round a corner.",
            "Nine hex keys from 1.5 to 10 mm in a holder.",
        ),
        _s(
            "combination pliers",
            "Grip, bend and cut wire with one tool.",
            "Combination pliers, 180 mm, with cushion grips.",
        ),
        _s(
            "long nose pliers",
            "Reach into back boxes and bend loops in wire.",
            "Long nose pliers, 200 mm.",
        ),
        _s(
            "water pump pliers",
            "A box joint that will not slip off a radiator nut.",
            "Water pump pliers, 250 mm.",
        ),
        _s(
            "adjustable wrench",
            "Chrome vanadium steel with a thin jaw for tight spaces.",
            "Adjustable wrench, 250 mm.",
        ),
        _s(
            "socket set",
            "Six-point sockets from 10 to 32 mm with a 72-tooth ratchet.",
            'A 1/2" drive socket set in a steel case.',
        ),
        _s(
            "socket set",
            "For bikes, appliances and small engines.",
            'A 1/4" drive socket set, 4 to 14 mm.',
        ),
        _s(
            "chalk line",
            "Snap a straight line across a floor, wall or roof in seconds.",
            "A 30 m chalk line with a geared rewind.",
        ),
        _s(
            "chalk refill",
            "Top up your chalk line before the next job.",
            "Blue chalk refill, 115 g.",
            fits="chalk line",
        ),
        _s(
            "chalk refill",
            "Red chalk holds on rough surfaces and in the rain.",
            "Refill for chalk lines, 115 g.",
            fits="chalk line",
        ),
        _s(
            "staple gun",
            "Upholstery, insulation and roofing felt.",
            "A heavy-duty staple gun for 6 to 14 mm staples.",
        ),
        _s(
            "staple",
            "For fabric and thin card.",
            "Staples, 8 mm, box of 1000.",
            fits="staple gun",
        ),
        _s(
            "staple",
            "For insulation, membrane and felt.",
            "Staples, 10 mm, box of 1000.",
            fits="staple gun",
        ),
    ]


PROSE_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("sds bit 12mm x 450", "SDS-plus drill bit", r"\b12 mm in diameter and 450 mm long"),
        Q("hole saw 57mm", "hole saw", r"\b57 mm"),
        Q("circular saw blade 190mm 60 tooth", "circular saw blade", r"\b190 x 30 mm, 60 teeth"),
        Q("masonry bit 5.5mm", "masonry drill bit", r"\b5\.5 mm"),
        Q("twin and earth 2.5mm 50m", "twin and earth cable", r"\b2\.5 mm² twin and earth cable on a 50 m\b"),
        Q("tape measure 8m", "tape measure", r"\b8 m\b"),
        Q("straight compression coupler 22mm", "compression coupling", r"\b22 mm"),
        Q("cutting disc 125 x 1.6", "cutting disc", r"\b125 x 1\.6 mm"),
    ],
    "type_material": [
        Q("cobalt hss drills for stainless", ("HSS drill bit", "drill bit set"), r"HSS-Co\b|cobalt"),
        Q("fibreglass claw hammer", "claw hammer", r"fibreglass"),
        Q("chrome isolating valve", "isolating valve", r"chrome"),
        Q("carbide grit hole saw for tiles", "hole saw", r"carbide grit"),
        Q("leather gloves size 10", "work gloves", r"leather"),
        Q("zirconia flap discs 125", "flap disc", r"zirconia flap discs, 125 mm"),
        Q("brass compression elbow", "compression elbow", r"\bbrass\b"),
    ],
    "size_other_form": [
        Q("pipe wrench 350mm", "pipe wrench", r"\b14-inch"),
        Q("dn20 ball valve", "ball valve", r'\b3/4" BSP'),
        Q("16ft tape measure", "tape measure", r"\b5 m\b"),
        Q("2 foot spirit level", "spirit level", r"\b600 mm"),
        Q("4.5 inch angle grinder", "angle grinder", r"\b115 mm grinder"),
        Q("2 inch masking tape", "masking tape", r"\b50 mm x 50 m\b"),
        Q("5 inch random orbit sander", "random orbital sander", r"\b125 mm"),
        Q("claw hammer 570g", "claw hammer", r"\b20 oz"),
    ],
    "size_missing": [
        Q("sds plus bit 18mm", "SDS-plus drill bit", r"\b18 mm"),
        Q("hole saw 102mm", "hole saw", r"\b102 mm"),
        Q("circular saw blade 216mm", "circular saw blade", r"\b216\b"),
        Q("tape measure 3m", "tape measure", r"\b3 m\b"),
        Q("twin and earth 4mm", "twin and earth cable", r"\b4(?:\.0)? mm²"),
        Q("safety boots size 6", "safety boots", r"\bsize 6\b"),
        Q("ball valve 1 1/4", "ball valve", r'\b1 1/4"|\b1-1/4"'),
        Q("wire cup brush 125mm", "wire cup brush", r"\b125 mm"),
    ],
    "typo": [
        Q("anlge grinder 230mm", "angle grinder", r"\b230 mm"),
        Q("jigsaw blades for lamiante", "jigsaw blade", r"laminate"),
        Q("siliocne sealant clear", "silicone sealant", r"\bclear silicone"),
        Q("masonary drill bit 7mm", "masonry drill bit", r"\b7 mm masonry"),
        Q("expandng foam gun grade", "expanding foam", r"gun-grade expanding"),
        Q("isolatin valve 15mm", "isolating valve", r"\b15 mm"),
        Q("wire striper automatic", "wire stripper", r"automatic"),
        Q("decorators cauk", "decorators caulk"),
        Q("sandng discs 125 p120", "sanding disc", r"\bP120, 125 mm"),
    ],
    "code": [
        Q("dhp485", "combi drill", r"\bDHP485Z\b"),
        Q("bl1860b", "battery", r"\bBL1860B\b"),
        Q("dcb 182", "battery", r"\bDCB182\b"),
        Q("rb18l50", "battery", r"\bRB18L50\b"),
        Q("gbh 2-26", "rotary hammer", r"\bGBH 2-26\b"),
        Q("t101br", "jigsaw blade", r"\bT101BR\b"),
        Q("t144d blades", "jigsaw blade", r"\bT144D\b"),
        Q("2608576198", "SDS-plus drill bit", r"\b2 608 576 198\b"),
        Q("221 415 wago", "lever connector", r"\b221-415\b"),
        Q("ga4530r", "angle grinder", r"\bGA4530R\b"),
        Q("dtd153", "impact driver", r"\bDTD153Z\b"),
        Q("fluke 115", "multimeter", r"\bFluke 115\b"),
        Q("9332+ ffp3", "dust mask", r"\b9332\+"),
        Q("dc18sd", "battery charger", r"\bDC18SD\b"),
        Q("05057622001", "screwdriver bit", r"\b05057622001\b"),
        Q("djv182", "jigsaw", r"\bDJV182Z\b"),
        Q("bo6050", "random orbital sander", r"\bBO6050J\b"),
        Q("pem0422w", "push-fit elbow", r"\bPEM0422W\b"),
    ],
    "synonym": [
        Q("stillson 18 inch", "pipe wrench", r"\b18-inch", "stillson"),
        Q("drywall saw", "plasterboard saw", None, "drywall"),
        Q("allen keys ball end", "hex key set", None, "allen"),
        Q("gaffer tape black", "duct tape", r"\bblack\b", "gaffer"),
        Q("ear muffs snr 30", "ear defenders", r"\bSNR 30\b", "muffs"),
        Q("skeleton gun for silicone", "caulking gun", r"open-frame", "skeleton"),
        Q("pattress box 35mm", "back box", r"\b35 mm deep", "pattress"),
        Q("hi viz waistcoat xl", "hi-vis vest", r"\bsize XL\b", "waistcoat"),
        Q("holesaw mandrel", "hole saw arbor", None, "mandrel"),
    ],
    "accessory_not_asked": [
        Q("makita combi drill 18v", "combi drill", r"\bMakita\b"),
        Q("sds plus rotary hammer 240v", "rotary hammer", r"\b240 V\b"),
        Q("impact driver bosch", "impact driver", r"\bBosch\b"),
        Q("cordless angle grinder 125mm", "angle grinder", r"\bcordless\b.*\b125 mm"),
        Q("pendulum jigsaw", "jigsaw", r"\bpendulum\b"),
        Q("cordless circular saw 165mm", "circular saw", r"\b165 mm"),
        Q("oscillating multi tool", "multi-tool"),
        Q("orbital sander 150mm", "random orbital sander", r"\b150 mm"),
        Q("hacksaw frame 12 inch", "hacksaw", r"\b12-inch"),
        Q("retractable utility knife", "utility knife", r"\bretractable\b"),
        Q("true rms multimeter", "multimeter", r"\btrue-RMS\b"),
        Q("caulking gun for 600ml", "caulking gun", r"\b600 ml"),
        Q("white hard hat", "safety helmet", r"\bwhite\b"),
    ],
    "accessory_asked": [
        Q("makita 18v battery 6ah", "battery", r"\b6\.0 Ah"),
        Q("dewalt xr charger", "battery charger", r"\bDeWalt\b"),
        Q("sds plus bit 10mm for resin anchors", "SDS-plus drill bit", r"\b10 x 260 mm"),
        Q("inox cutting discs 125 x 1mm", "cutting disc", r"\b125 x 1\.0 mm"),
        Q("48 tooth blade for 165mm circular saw", "circular saw blade", r"\b48 TCT teeth"),
        Q("jigsaw blades for steel sheet", "jigsaw blade", r"\bT118B\b"),
        Q("starlock plunge blade wood", "multi-tool blade", r"plunge-cut blade for wood"),
        Q("sanding discs 150mm p240", "sanding disc", r"\bP240\b"),
        Q("24tpi bimetal hacksaw blades", "hacksaw blade", r"\b24 teeth per inch"),
        Q("white sanitary silicone", "silicone sealant", r"\bsanitary\b"),
        Q("glue sticks 11mm", "glue stick", r"\b11 x 100 mm"),
        Q("10mm staples for staple gun", "staple", r"\b10 mm"),
        Q("chalk line refill blue", "chalk refill", r"\bblue\b"),
        Q("map gas cartridge for blowtorch", "gas cartridge", r"\bMAP/Pro\b"),
        Q("small arbor for 14-30mm hole saws", "hole saw arbor", r"\b14 to 30 mm"),
        Q("m14 wire cup brush 75mm", "wire cup brush", r"\b75 mm"),
        Q("pz2 impact bits 50mm", "screwdriver bit", r"\bPZ2 bits are 50 mm"),
    ],
    "type_once": [
        Q("gel knee pads", "knee pads"),
        Q("foam applicator gun", "foam gun"),
        Q("basin wrench", "basin wrench"),
        Q("magnetic bit holder", "bit holder"),
        Q("side handle for grinder m8", "side handle"),
        Q("flux paste for copper pipe", "soldering flux"),
        Q("non contact voltage tester", "voltage detector"),
        Q("foam gun cleaner", "foam gun cleaner"),
    ],
}


# --------------------------------------------------------------------------------------------------------------
# Ledger: a purchasing-system export in mixed or lower case, abbreviated, with SKUs and supplier part numbers, units
# glued or spaced, inch fractions for plumbing, and some texts cut off at a 40-character field.
# --------------------------------------------------------------------------------------------------------------


def ledger_products() -> list[Product]:
    return [
        # Bolts, screws, nuts, washers.
        *_k(
            "hex bolt",
            "Bolt hex M12x60 8.8 zp /pk50 SKU 4471-220",
            "bolt hex m8x30 8.8 zp din933 f/t pk100 sku 4471-108",
            "BOLT HEX M10 X 50 A2 DIN933 /PK50; sku 4471-350",
            "hex bolt, m16x100, 8.8, hdg, din931 p/t - pk25 (sku 4471-516)",
            "Bolt hex m10x80 gr8.8 self col din931 pk50 sku 4471-181",
            "bolt hex M6x25 A4-70 d933 pk100 sku4471-625",
        ),
        *_k(
            "hex nut",
            "nut hex m12 cl8 zp din934 /pk100 sku 4472-012",
            "Nut hex M8 A2 d934 pk200 sup# WN934A2M8",
            "NUT HEX M16 CL8 ZP PK50 SKU 4472-016",
        ),
        *_k(
            "nylon insert lock nut",
            "lock nut nyl ins m8 zp din985 pk200 sku 4473-008",
            "Locknut nylon insert M10 A2 din985 /pk100",
            "nut lock nyl-ins m6 zp (200) sku 4473-006",
        ),
        *_k("flat washer", "washer flat m10 form a zp pk500 sku 4474-010", "Washer M8 A2 din125 (pk200) sku 4474-808"),
        *_k("repair washer", "washer penny m10x30 zp pk100 sku 4475-130"),
        *_k("spring washer", "washer spring m12 zp din127 pk200 sku 4476-012"),
        *_k(
            "socket cap screw",
            "scr skt cap m6x20 12.9 blk din912 pk100 sku 4477-620",
            "Screw socket cap M8x35 A2 iso4762 /pk50",
            "skt cap scr m10x40 12.9 self col pk50; sku 4477-104",
        ),
        *_k(
            "wood screw",
            "scr wood csk pz2 4,0x40 yzp bx200 | 30-118-440",
            "screw wood 5.0x60 pz csk yzp, box 100 sku 3012-560",
            "Screw wood 4x30 A2 csk pz2 bx200 sku 3012-430",
            "scr wood 6,0x100 csk t30 yzp pk100 part thread",
            "SCREW WOOD 3.5X25 CSK PZ2 BZP BX200 SKU 3012-325",
        ),
        *_k(
            "plasterboard screw",
            "scr pb 3.5x38 fine thd blk phos bx1000 sku 3015-338",
            "Screw plasterbd 3,5 x 25 coarse blk phos (1000)",
        ),
        *_k("coach screw", "coach scr m10x100 zp din571 pk50 sku 3020-110", "Screw coach M8 x 75 HDG (pk50)"),
        *_k("coach bolt", "bolt coach m10x120 zp c/w nut pk25 sku 4478-112", "coach bolt m8x100 hdg w/nut pk50"),
        *_k(
            "threaded rod",
            "rod thrd m10x1m zp gr4.8 sku 4480-010",
            "Threaded rod M12 x 1000 A2 sku 4480-212",
            "studding m8 x 1m zp",
        ),
        *_k(
            "self-drilling screw",
            "scr self drill hex 5.5x32 w/epdm wshr pk100 sku 3030-532",
            "scr s/drill pan 4.2x16 zp bx500",
        ),
        *_k(
            "blind rivet",
            "rivet blind 4.0x10 al/st dome pk1000 sku 3040-410",
            "Rivet blind 4.8 x 16 A2 pk250",
            fits="rivet gun",
        ),
        *_k("rivet gun", "riveter hand 2.4-4.8mm c/w nosepcs sku 3041-001"),
        # Anchors and plugs.
        *_k(
            "wall plug",
            "plug wall brown 7mm x 35 pk100 sku 3050-735",
            "wall plug nyl 6x30 red pk100",
            "Plug wall nylon 8 x 40mm /pk100; sku 3050-840",
        ),
        *_k("frame fixing", "Plug frame 10x115 w/screw pk50 sku 3051-115", "frame fix 10 x 140mm c/w scr zp (50)"),
        *_k(
            "through bolt anchor",
            "anchor thru bolt m10x90 zp pk50 sku 3052-090",
            "Anchor throughbolt M12X120 ZP /pk25",
        ),
        *_k("chemical anchor", "resin chem anch polyester 380ml styrene-free, sku 3055-380"),
        *_k(
            "cable tie",
            "tie cable 200x4.8 blk uv pk100 sku 5601-200",
            "Cable tie nat 100 x 2.5 (pk100)",
            "cbl tie 370x4,8 blk uv /100 sku 5601-370",
        ),
        # Plumbing fittings, valves, pipe.
        *_k(
            "compression elbow",
            "fitting elbow 90 comp 15mm brs (CE15) /ea",
            "Elbow comp 22mm x 22 brass sku 6610-022",
        ),
        *_k("compression tee", "tee eq comp 15mm brs sku 6612-015", "TEE COMP 22MM EQ BRS SKU 6612-022"),
        *_k("compression coupling", "coupler straight comp 15mm brs sku 6611-015", "Coupling comp 22x22 str brass"),
        *_k("threaded elbow", 'elbow brs 1/2" fxf bsp 90deg sku 6620-012', 'Elbow 3/4" MxF brs bspp 90 sku 6620-034'),
        *_k(
            "hex nipple",
            'nipple hex brs 1/2"x1/2" bspt sku 6621-012',
            "Nipple hex 3/4 bsp brs",
            'nipple hex red 3/4"x1/2" brs sku 6621-341',
        ),
        *_k("reducing bush", 'bush red brs 3/4"x1/2" bspp m/f sku 6622-341', 'Bush reducing 1" x 3/4" brass'),
        *_k(
            "ball valve",
            'Valve ball 3/4" FxF brs lever PN25 sku 77213',
            "vlv ball 1/2in f/f brs red lvr sku 77212",
            'VALVE BALL 1" F/F BRS BUTTERFLY HDL SKU 77214',
            'valve ball ss316 1-1/4" f/f 2pc pn63 sku 77319',
        ),
        *_k("check valve", 'vlv check spring 1/2" brs f/f sku 77412', 'Check valve 3/4" swing brs bspp pn16 sku'),
        *_k("gate valve", 'valve gate 1" brs f/f pn16 wheel hdl sku 77514'),
        *_k("isolating valve", "vlv isol 15mm comp chr slot sku 77615", "isolating vlv 22mm lever brs full bore"),
        *_k("PTFE tape", "tape ptfe 12mm x 12m wht sku 6650-012", "PTFE tape gas yel 12mmx5m"),
        *_k("push-fit elbow", "elbow pushfit 15mm wht jg sku 6630-015", "Push fit elbow 22mm white"),
        *_k("waste trap", "trap bottle 32mm 75mm seal wht sku 6640-032", "Trap P 40mm 75 seal grey"),
        *_k("tap connector", 'tap conn flex 15mm x 1/2" x 300mm sku 6645-153', 'flexi tap conn 15mmx3/4" 500mm'),
        *_k(
            "hose clip",
            "clip hose ss 16-25mm W2 pk10 sku 6660-016",
            "hose clip 25-40 zp pk10",
            "Hose clip 40-60mm ss w4 (10) sku 6660-040",
        ),
        *_k("copper pipe", "tube cu 15mm x 3m table x sku 6670-015", "Tube copper 22mm x 3m R250 half hard"),
        *_k("pipe wrench", 'wrench pipe 14" cast iron sku 7010-014', "Wrench pipe 18in aluminium lightweight r"),
        *_k("basin wrench", "basin wrench 10-32mm spring jaw sku 7011-032"),
        *_k("pipe cutter", "cutter pipe 3-30mm cu/al sku 7012-030", "Cutter pipe mini 15mm sku 7012-015"),
        *_k("cutter wheel", "wheel cutter spare f/pipe cutter (2) sku 7012-900", fits="pipe cutter"),
        *_k("jointing compound", "compound jointing plumb 400g tub sku 6680-400"),
        # Electrical.
        *_k(
            "twin and earth cable",
            "cable T&E 2.5mm2 6242Y grey 100m sku 5001-250",
            "Cable twin+earth 1,5mm² 6242Y gry 100m d",
            "CABLE T+E 1.0MM 6242Y 100M SKU 5001-100",
            "cable t&e 6mm2 6242y 50m",
        ),
        *_k("flex cable", "cable flex 3183Y 1.5mm2 3c wht 50m sku 5010-153", "Flex 2183Y 0.75mm 2 core blk 100m"),
        *_k("armoured cable", "cable swa 3c 2.5mm2 50m blk sku 5020-325"),
        *_k(
            "cable gland",
            "gland cbl brs cw20s m20 swa sku 5030-020",
            "Gland nylon m20 ip68 blk pk10",
            "gland m25 nyl grey pk10 sku 5031-025",
        ),
        *_k(
            "circuit breaker",
            "mcb 32a b 1p 6ka hager mtn132 sku 5040-132",
            "MCB 6A B-curve 1P Hager MTN106",
            "mcb 16a type b 1p 6ka sku 5040-116",
        ),
        *_k("RCD", "rcd 63a 30ma 2p type a sku 5041-063"),
        *_k("switched socket", "skt sw 2g 13a wht sku 5050-213", "Socket 1g sw 13A brushed chr blk ins"),
        *_k("light switch", "switch plate 1g 2w 10a wht sku 5051-102"),
        *_k(
            "lever connector",
            "conn lever 2-way wago 221-612 pk50 sku 5060-612",
            "Wago 221-613 connector 3 way lever (pk50)",
        ),
        *_k("insulation tape", "tape insul pvc 19mmx20m blk sku 5070-019", "Insulation tape 19 x 33m asst col (10)"),
        *_k("cable clip", "clip cable rnd 7-8mm wht pk100", "Clip cable flat 2,5mm T&E gry pk100 sku 5080-025"),
        *_k("junction box", "box junction 30a 4 term sku 5090-030"),
        *_k("back box", "box back 1g 35mm metal sku 5091-135", "Back box dry lining 2g 47mm"),
        *_k("trunking", "trunking mini 16x16 wht 3m sku 5095-016"),
        *_k("multimeter", "multimeter digital cat iii 600v auto sku 5101-600"),
        *_k("test leads", "leads test silicone 4mm cat iii 1000v pr sku 5102-001", fits="multimeter"),
        *_k("clamp meter", "meter clamp ac 400a true rms sku 5103-400"),
        *_k(
            "crimp terminal",
            "term crimp butt blue 1.5-2.5 pk100 sku 5110-025",
            "Terminal ring red M5 0.5-1.5mm2 pk100",
            fits="crimping tool",
        ),
        *_k("crimping tool", "tool crimp ratchet r/b/y insul term sku 5111-001"),
        *_k("voltage tester", "tester volt 2 pole 12-690v gs38 sku 5120-690"),
        # Power tools.
        *_k(
            "angle grinder",
            "grinder ang 115mm 1010w 240v dewalt dwe4206 sku 8001-115",
            "Grinder angle 125mm 18v b/o bosch gws 18",
            "GRINDER ANGLE 230MM 2000W 110V SKU 8001-230",
        ),
        *_k(
            "combi drill",
            "drill combi 18v b/l 2x5ah dewalt dcd796p2 sku 8010-796",
            "Combi drill 18v lxt b/o makita dhp482z",
        ),
        *_k("impact driver", "driver impact 18v b/o milwaukee m18 fid2-0 sku 8012-018"),
        *_k(
            "rotary hammer",
            "hammer rot sds+ 18v b/o dewalt dch273n sku 8015-273",
            "Rotary hammer SDS+ 780w 110v makita hr2470",
        ),
        *_k("jigsaw", "saw jig 18v b/o makita djv180z sku 8020-180"),
        *_k("reciprocating saw", "saw recip 18v b/l b/o dewalt dcs367n sku 8021-367"),
        *_k("random orbital sander", "sander ros 125mm 300w 240v sku 8030-125"),
        *_k(
            "battery",
            "batt li-ion 18v 3.0ah makita bl1830b sku 8101-183",
            "Battery M18 B5 5.0Ah Milwaukee 4932430483",
            "batt 18v 2.0ah xr dewalt dcb183 sku 8101-183D",
            fits="combi drill",
        ),
        *_k(
            "battery charger",
            "chgr 18v lxt rapid makita dc18rd sku 8102-018",
            "Charger M12-18C Milwaukee 4932352959",
            fits="combi drill",
        ),
        # Spares and consumables for power tools.
        *_k(
            "carbon brush",
            "brush carbon cb-459 pr makita 194427-5 sku 8201-459",
            "Carbon brush set dewalt N421874 f/dwe4206 (pr)",
            "brush carb cb-203 pr sku 8201-203",
            fits="angle grinder",
        ),
        *_k(
            "cutting disc",
            "disc cut 115x1.0 inox (10)",
            "Disc cutting 125 x 1,0 x 22,23 inox pk25 sku 8301-125",
            "disc cut 230x2.5 metal dep ctr pk25 sku 8301-230",
            "DISC CUT 115X3.2X22 STONE PK25 SKU 8301-115S",
            fits="angle grinder",
        ),
        *_k("grinding disc", "disc grind 115x6.0 metal dpc sku 8302-115", fits="angle grinder"),
        *_k(
            "flap disc",
            "flap disc 115 p40 zirc sku 8303-040",
            "Disc flap 125mm P60 alox (10)",
            "flap disc 125mm zirc p80 conical sku 8303-125",
            fits="angle grinder",
        ),
        *_k(
            "diamond blade",
            "blade diam 115 x 22 seg gen purp sku 8304-115",
            "Blade diamond 230mm turbo concrete/granite",
            fits="angle grinder",
        ),
        *_k(
            "SDS-plus drill bit",
            "drill sds+ 6x110 4cut sku 88106",
            "Bit SDS plus 8 x 160mm sku 88108",
            "sds+ bit 10x210mm sku 88110",
            "SDS PLUS 12X260 SKU 88112",
            "drill sds plus 16 x 450 sku 88116",
            fits="rotary hammer",
        ),
        *_k(
            "SDS-plus chisel",
            "chisel sds+ pointed 250mm sku 88201",
            "Chisel SDS plus flat 20 x 250 sku 88202",
            fits="rotary hammer",
        ),
        *_k(
            "jigsaw blade",
            "blade jig t101b pk5 sku 8401-101",
            "Jigsaw blades T118A metal pk5",
            "jig bl t345xf pk3 sku 8401-345",
            fits="jigsaw",
        ),
        *_k(
            "reciprocating saw blade",
            "blade recip s922ef bi-m 150mm pk5 sku 8402-922",
            "Recip blade wood 240mm s2345x (5)",
            "recip bl metal 225mm 14tpi pk5 sku 8402-225",
            fits="reciprocating saw",
        ),
        *_k(
            "sanding disc",
            "disc sand h&l 125mm 8h p80 pk50 sku 8501-080",
            "Disc sanding 125 8-hole P120 (50)",
            "disc sand hook+loop 125 p240 8h pk50 sku 8501-240",
            fits="random orbital sander",
        ),
        *_k(
            "screwdriver bit",
            "bit pz2x25 pk10 sku 8601-225",
            "Bit PH2 x 50 impact (5) sku 8601-250",
            fits="impact driver",
        ),
        *_k(
            "HSS drill bit",
            "drill hss-g 6.5mm pk10 din338 sku 8701-065",
            "Drill HSS Co 8.0 din338 (pk5) sku 8701-080C",
            "drill jobber hss 3,3mm pk10",
            fits="combi drill",
        ),
        *_k("drill bit set", "drill set hss 1-13mm x0.5 25pc sku 8702-025", fits="combi drill"),
        *_k(
            "hole saw",
            "holesaw bi-m 32mm sku 8801-032",
            "Hole saw bimetal 68mm for back boxes & d",
            "hole saw bi-metal 114 mm sku 8801-114",
            fits="combi drill",
        ),
        *_k("hole saw arbor", "arbor holesaw 32-210mm hex 11mm sku 8802-032", fits="hole saw"),
        # Hand tools.
        *_k("adjustable wrench", 'wrench adj 250mm/10" crv sku 7001-250', "Wrench adjustable 300mm 12in"),
        *_k("combination spanner set", "spanner set comb 8-22mm 12pc sku 7002-822"),
        *_k("socket set", 'skt set 1/2"dr 10-32mm 24pc sku 7003-012'),
        *_k("screwdriver set", "scrdvr set vde 7pc sku 7004-007"),
        *_k("claw hammer", "hammer claw 16oz fibreglass sku 7005-016"),
        *_k("tape measure", "tape meas 5m/16ft 25mm sku 7006-005", "Tape measure 8m/26ft magnetic hook"),
        *_k("spirit level", "level spirit 600mm 3 vial sku 7007-060", "Spirit level 1200mm alu"),
        *_k("utility knife", "knife util retract sku 7008-001"),
        *_k(
            "utility knife blade",
            "blade knife trapz pk100 dispenser sku 7008-100",
            "Blades hooked knife pk10",
            fits="utility knife",
        ),
        *_k("hacksaw", 'hacksaw frame 300mm/12" sku 7009-300'),
        *_k(
            "hacksaw blade",
            "blade hacksaw 300mm 24tpi bi-m pk10 sku 7009-324",
            'Blade hacksaw 12" 18tpi hss pk100',
            fits="hacksaw",
        ),
        *_k("combination pliers", "pliers comb 180mm sku 7013-180"),
        *_k("water pump pliers", "pliers wp 250mm sku 7014-250"),
        # Safety wear.
        *_k(
            "disposable gloves",
            "Glove nitrile L blu box100 sku 9001-L",
            "glove nitrile XL blk p/f bx100 sku 9001-XLB",
        ),
        *_k(
            "work gloves",
            "glove rigger lthr sz10 sku 9002-10",
            "Glove cut C pu palm sz9 (pr) sku 9003-09",
            "gloves nitrile dip 3/4 sz 8 pk12 sku 9004-08",
        ),
        *_k("safety glasses", "specs safety clear en166 sku 9010-001", "Safety spec smoke a/fog"),
        *_k(
            "safety boots",
            "boot safety s3 sz9 blk sku 9020-09",
            "Boot rigger S3 sz 10 tan fur lined steel",
            "boot safety s1p comp toe sz 11 sku 9022-11",
        ),
        *_k("safety helmet", "helmet safety wht vented en397 sku 9030-W", "Helmet safety yellow slip ratchet harnes"),
        *_k("chin strap", "chin strap 2pt f/helmet en397 sku 9031-001", fits="safety helmet"),
        *_k("helmet visor", "visor clear pc f/helmet w/carrier sku 9032-001", fits="safety helmet"),
        *_k("dust mask", "mask ffp2 valved bx10 sku 9040-002", "Mask FFP3 valved 3m 8835+ (5)"),
        *_k("half-face respirator", "respirator half mask 3m 6200 med sku 9041-620"),
        *_k(
            "respirator filter",
            "filter 3m 6035 p3 pr sku 9042-035",
            "Filter A2P3 3M 6098 (pr)",
            fits="half-face respirator",
        ),
        *_k("ear defenders", "ear def snr 31db headband sku 9050-031"),
        *_k("ear plugs", "ear plugs foam snr37 pk200pr sku 9051-037"),
        *_k("hi-vis vest", "vest hv yel xl cl2 sku 9060-XL", "Hi-Vis waistcoat ORG L"),
        # Abrasives.
        *_k("abrasive roll", "roll abr cloth 25mm x 50m p120 sku 8510-120", "Abrasive roll 38mm x 25m P80 alox"),
        *_k("abrasive sheet", "sheet abr p120 230x280 alox pk25 sku 8511-120"),
        *_k("hand wire brush", "brush wire hand 4 row stl w/scraper sku 8520-004"),
        # Sealants and adhesives.
        *_k(
            "silicone sealant",
            "sil sanit wht 310ml anti-mould sku 9501-310",
            "Silicone sealant clear general purpose 3",
            "SILICONE LMN GREY 310ML SKU 9501-310G",
            fits="caulking gun",
        ),
        *_k("decorators caulk", "caulk acrylic wht 380ml decorators sku 9502-380", fits="caulking gun"),
        *_k("grab adhesive", "adh grab solvent free 310ml sku 9503-310", fits="caulking gun"),
        *_k("caulking gun", "gun sealant skeleton 310ml sku 9510-310", "Gun caulk sealed barrel 600ml 18:1"),
        *_k("expanding foam", "foam exp pu hand held 750ml sku 9520-750", "Foam expanding gun grade 750ml fire rate"),
        *_k("wood glue", "glue pva wood int 1l sku 9530-001"),
        *_k("super glue", "glue cyano 20g gel sku 9531-020"),
        *_k(
            "threadlocker",
            "threadlock med str blue 243 50ml loctite sku 9540-243",
            "Threadlocker high strength green 270 50m",
        ),
    ]


LEDGER_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("hex bolt m10 x 80", "hex bolt", r"\bm10 ?x ?80\b"),
        Q("socket cap screw m8 x 35", "socket cap screw", r"\bM8 ?x ?35\b"),
        Q("wood screws 5 x 60", "wood screw", r"\b5[.,]0 ?x ?60\b"),
        Q("sds plus drill 16 x 450", "SDS-plus drill bit", r"\b16 ?x ?450\b"),
        Q("hose clip 25-40mm", "hose clip", r"\b25-40\b"),
        Q("cable tie 370mm", "cable tie", r"\b370 ?x"),
        Q("flap disc 125 p60", "flap disc", r"\b125 ?mm P60\b"),
        Q("hole saw 114mm", "hole saw", r"\b114 ?mm"),
    ],
    "type_material": [
        Q("stainless steel hex bolts", "hex bolt", r"\bA[24]\b|\bA[24]-\d0\b"),
        Q("hot dip galvanised coach bolts", "coach bolt", r"\bhdg\b"),
        Q("316 stainless ball valve", "ball valve", r"\bss316\b"),
        Q("nitrile dipped work gloves", "work gloves", r"\bnitrile dip\b"),
        Q("aluminum pipe wrench", "pipe wrench", r"\balu(?:minium)?\b"),
        Q("nylon cable glands", "cable gland", r"\bnyl(?:on)?\b"),
        Q("bi-metal recip blades", "reciprocating saw blade", r"\bbi-m\b"),
    ],
    "size_other_form": [
        Q("dn15 ball valve", "ball valve", r'\b1/2(?:in|")'),
        Q("3/4 to 1/2 reducing bush", "reducing bush", r'\b3/4" ?x ?1/2"'),
        Q("4ft spirit level", "spirit level", r"\b1200 ?mm"),
        Q("4.5 inch stone cutting disc", "cutting disc", r"\b115 ?x ?3[.,]2(?!\d)"),
        Q("9 inch grinder", "angle grinder", r"\b230 ?mm"),
        Q("half inch drive sockets", "socket set", r'\b1/2" ?dr'),
        Q("1.5 sq mm 3 core flex", "flex cable", r"\b1[.,]5 ?mm2? 3c\b"),
        Q("12mm hex nuts", "hex nut", r"\bm12\b"),
    ],
    "size_missing": [
        Q("hex bolt m14x50", "hex bolt", r"\bM14\b"),
        Q("ball valve 1 1/2 inch", "ball valve", r'\b1[- ]1/2(?:in|")'),
        Q("cable gland m32", "cable gland", r"\bm32\b"),
        Q("mcb 40 amp type b", "circuit breaker", r"\b40 ?a\b"),
        Q("hose clip 60-80mm", "hose clip", r"\b60-80\b"),
        Q("safety boots size 12", "safety boots", r"\bsz ?12\b"),
        Q("copper tube 28mm", "copper pipe", r"\b28 ?mm"),
        Q("hole saw 152mm", "hole saw", r"\b152 ?mm"),
    ],
    "typo": [
        Q("threadloker 243", "threadlocker", r"\b243\b"),
        Q("siliconr sanitary white", "silicone sealant", r"\bsanit"),
        Q("plasterbaord screws 38mm", "plasterboard screw", r"\b3[.,]5 ?x ?38\b"),
        Q("circut breaker 6a", "circuit breaker", r"\b6A\b"),
        Q("expnading foam gun grade", "expanding foam", r"\bgun grade\b"),
        Q("crimp termnials blue butt", "crimp terminal", r"\bbutt blue\b"),
        Q("reciprocatng saw blades wood", "reciprocating saw blade", r"\bwood\b"),
        Q("hex nipel 1/2", "hex nipple", r'\b1/2"x1/2"'),
    ],
    "code": [
        Q("4471220", "hex bolt", r"\b4471-220\b"),
        Q("sku 4473-008", "nylon insert lock nut", r"\b4473-008\b"),
        Q("wn934a2m8", "hex nut", r"\bWN934A2M8\b"),
        Q("ce15 elbow", "compression elbow", r"\(CE15\)"),
        Q("77213", "ball valve", r"\b77213\b"),
        Q("mtn132", "circuit breaker", r"\bmtn132\b"),
        Q("wago 221 613", "lever connector", r"\b221-613\b"),
        Q("cb459", "carbon brush", r"\bcb-459\b"),
        Q("bl1830b", "battery", r"\bbl1830b\b"),
        Q("4932430483", "battery", r"\b4932430483\b"),
        Q("dch273", "rotary hammer", r"\bdch273n\b"),
        Q("hr2470 110v", "rotary hammer", r"\bhr2470\b"),
        Q("t345xf", "jigsaw blade", r"\bt345xf\b"),
        Q("s922ef", "reciprocating saw blade", r"\bs922ef\b"),
        Q("3m 6035", "respirator filter", r"\b6035\b"),
        Q("cw20s gland", "cable gland", r"\bcw20s\b"),
        Q("dwe4206 grinder", "angle grinder", r"\bdwe4206\b"),
        Q("88110", "SDS-plus drill bit", r"\b88110\b"),
    ],
    "synonym": [
        Q("pop rivets 4.8", "blind rivet", r"\b4\.8 x 16\b", "pop"),
        Q("rawlbolt m12", "through bolt anchor", r"\bM12X120\b", "rawlbolt"),
        Q("trip switch 32a", "circuit breaker", r"\b32a\b", "trip"),
        Q("emery roll 25mm", "abrasive roll", r"\b25mm\b", "emery"),
        Q("sabre saw blades", "reciprocating saw blade", None, "sabre"),
        Q("monkey wrench 300mm", "adjustable wrench", r"\b300mm\b", "monkey"),
        Q("pipe dope", "jointing compound", None, "dope"),
        Q("superglue gel", "super glue", r"\bgel\b", "superglue"),
        Q("hardhat chin strap", "chin strap", None, "hardhat"),
    ],
    "accessory_not_asked": [
        Q("angle grinder 115mm 240v", "angle grinder", r"\b115mm\b.*\b240v\b"),
        Q("sds rotary hammer 110v", "rotary hammer", r"\b110v\b"),
        Q("18v combi drill body only", "combi drill", r"\bb/o\b"),
        Q("makita jigsaw", "jigsaw", r"\bmakita\b"),
        Q("recip saw 18v", "reciprocating saw", r"\b18v\b"),
        Q("random orbital sander 125", "random orbital sander", r"\b125mm\b"),
        Q("milwaukee impact driver", "impact driver", r"\bmilwaukee\b"),
        Q("hand riveter", "rivet gun"),
        Q("crimper for insulated terminals", "crimping tool"),
        Q("pipe cutter 3-30mm", "pipe cutter", r"\b3-30mm\b"),
        Q("half face respirator medium", "half-face respirator", r"\bmed\b"),
        Q("yellow safety helmet", "safety helmet", r"\byellow\b"),
        Q("sealant gun 600ml", "caulking gun", r"\b600ml\b"),
        Q("retractable knife", "utility knife", r"\bretract\b"),
    ],
    "accessory_asked": [
        Q("cutting discs 125mm inox", "cutting disc", r"\b125 x 1,0\b.*\binox\b"),
        Q("flap disc 115 40 grit", "flap disc", r"\b115 p40\b"),
        Q("carbon brushes for dewalt grinder", "carbon brush", r"\bdewalt\b"),
        Q("makita 18v battery 3ah", "battery", r"\bmakita bl1830b\b"),
        Q("charger for milwaukee m18 battery", "battery charger", r"\bMilwaukee\b"),
        Q("sds plus bit 6mm", "SDS-plus drill bit", r"\b6x110\b"),
        Q("sds flat chisel 20mm", "SDS-plus chisel", r"\bflat 20 x 250\b"),
        Q("metal jigsaw blades", "jigsaw blade", r"\bmetal\b"),
        Q("recip blades for metal 225mm", "reciprocating saw blade", r"\bmetal 225mm\b"),
        Q("hook and loop sanding discs 125 p80", "sanding disc", r"\bp80\b"),
        Q("hss drill 6.5mm", "HSS drill bit", r"\b6\.5mm\b"),
        Q("visor for hard hat", "helmet visor"),
        Q("a2p3 filters for 3m 6200", "respirator filter", r"\bA2P3\b"),
        Q("blind rivets 4mm aluminium", "blind rivet", r"\b4\.0x10 al/st\b"),
        Q("trapezoid knife blades 100", "utility knife blade", r"\btrapz\b"),
        Q("blue crimp terminals", "crimp terminal", r"\bblue\b"),
        Q("clear silicone for sealant gun", "silicone sealant", r"\bclear\b"),
    ],
    "type_once": [
        Q("gate valve 1 inch", "gate valve", r'\b1"'),
        Q("rcd 30ma 2 pole", "RCD", r"\b30ma\b"),
        Q("clamp meter 400a", "clamp meter", r"\b400a\b"),
        Q("gs38 voltage tester", "voltage tester"),
        Q("chemical anchor resin 380ml", "chemical anchor", r"\b380ml\b"),
        Q("swa cable 3 core 2.5mm", "armoured cable", r"\b2\.5mm2\b"),
        Q("spring washers m12", "spring washer", r"\bm12\b"),
        Q("bottle trap 32mm", "waste trap", r"\bbottle 32mm\b"),
    ],
}


# --------------------------------------------------------------------------------------------------------------
# Fitments: a mixed online DIY/trade store where most types are listed once or twice. Tools brand-and-model first
# or type first; their accessories and spares in every phrasing a store uses ("X for Y", "Y X" compounds, "X to
# fit Y", "X suitable for Brand Model", "Replacement X (Brand Model)", "X, fits Y and Z", "Brand part-no X for
# Brand Model", "spare", "accessory kit for ...", the tool named by its model only, or all the tool's words
# repeated); consumables and small parts (drill bits, screws, washers, sanding sheets) as products of their own.
# --------------------------------------------------------------------------------------------------------------


def fitments_products() -> list[Product]:
    return [
        # Plunge saws, guide rails and what fits the rails.
        *_k(
            "plunge saw",
            "Festool TS 55 FEBQ-Plus plunge saw 1200 W, 160 mm blade, in Systainer, 576703",
            "Plunge saw 165 mm, 1300 W, Makita SP6000J, in Makpac case",
        ),
        *_k(
            "guide rail",
            "Festool FS 1400/2 guide rail 1400 mm, 491498",
            "Guide rail 1900 mm for plunge saws, aluminium, with splinter guard",
            fits="plunge saw",
        ),
        *_k(
            "plunge saw blade",
            "Festool 491952 saw blade 160 x 2.2 x 20 W48 for TS 55",
            "Saw blade 165 x 20 mm 48T, suitable for Makita SP6000",
            fits="plunge saw",
        ),
        *_k("guide rail connector", "Guide rail connector, pair, fits Festool FS and Makita rails", fits="guide rail"),
        *_k("guide rail clamp", "Festool FSZ 120 screw clamps for guide rails, pair, 489570", fits="guide rail"),
        *_k("splinter guard", "Replacement splinter guard (Festool FS/2), 5 m roll, 491473", fits="guide rail"),
        # Wet and dry vacuums.
        *_k(
            "wet and dry vacuum",
            "Kärcher WD 3 wet and dry vacuum 1000 W 17 l, plastic container, 1.628-101.0",
            "20 l wet and dry vacuum 1200 W, stainless steel container, blower port",
        ),
        *_k(
            "filter bag",
            "Filter bags for Kärcher WD 3, fleece, 4 pcs, 2.863-314.0",
            "Bags for 20 l wet and dry vacuums, paper, pack of 5",
            fits="wet and dry vacuum",
        ),
        *_k(
            "cartridge filter",
            "Kärcher 2.863-303.0 cartridge filter for WD 2 / WD 3",
            "Cartridge filter to fit 20 l wet and dry vacuums, washable polyester",
            fits="wet and dry vacuum",
        ),
        *_k(
            "vacuum accessory kit",
            "Accessory kit for Kärcher WD vacuums: crevice nozzle, upholstery nozzle, round brush, 2.863-002.0",
            fits="wet and dry vacuum",
        ),
        *_k("suction hose", "Extension hose 2.5 m, fits WD 3 and WD 4, clip fitting", fits="wet and dry vacuum"),
        # Cordless drills: batteries, chargers, chucks; a pillar drill and chuck keys.
        *_k(
            "combi drill",
            "Makita DHP482Z 18V LXT combi drill, 62 Nm, body only",
            "Combi drill 18 V brushless 70 Nm, DeWalt DCD796N, bare unit",
        ),
        *_k("drill driver", "Bosch GSR 12V-15 drill driver 12 V, 2 x 2.0 Ah batteries, charger and bag"),
        *_k(
            "battery",
            "Battery for DHP482, 18 V 3.0 Ah Li-ion, compatible, LED fuel gauge",
            "Makita BL1830B 18V LXT 3.0Ah battery, 632G12-3",
            "DeWalt DCB182 18V XR 4.0Ah battery pack",
            fits="combi drill",
        ),
        *_k(
            "battery charger",
            "DeWalt DCB1104 4 A charger for 12 V / 18 V XR batteries",
            "Makita DC18SD charger for 18V LXT batteries, 195426-6",
            fits="combi drill",
        ),
        *_k("drill chuck", "Replacement chuck 13 mm keyless (Makita DHP482 / DDF482), 766010-6", fits="combi drill"),
        *_k("belt hook", "Belt clip for Makita LXT drills and drivers, 346449-4", fits="combi drill"),
        *_k(
            "drill accessory kit",
            "Drill accessory kit for cordless combi drills, 68 pcs: HSS and masonry bits, screwdriver bits, holder",
            fits="combi drill",
        ),
        *_k("pillar drill", "Pillar drill 350 W, 16 mm chuck, 5 speeds, bench mounting"),
        *_k("chuck key", "Spare chuck key for pillar drills, 16 mm, B16 taper", fits="pillar drill"),
        *_k("chuck key", "Chuck key K13 for 13 mm keyed drill chucks, 10-tooth", fits="drill chuck"),
        *_k(
            "drill bit",
            "HSS-Co twist drills 1-10 mm, 19 pcs, cobalt, metal case",
            "Masonry bit 8 x 150 mm, tungsten carbide tip, round shank",
            "Drill bits for wood, brad point, 4 / 5 / 6 / 8 / 10 mm, 5 pcs",
        ),
        *_k("spade bit", "Spade bits for wood 12-25 mm, 6 pcs, hex shank"),
        *_k(
            "screwdriver bit",
            "Wera Bit-Check 10 Impaktor PH2 / PZ2 impact bits, 10 pcs",
            "PZ2 x 25 mm screwdriver bits, pack of 25",
        ),
        # Impact wrenches.
        *_k(
            "impact wrench",
            'Milwaukee M18 FHIWF12-0X 1/2" impact wrench 1356 Nm, body only',
            'Impact wrench 1/2" 18 V brushless 400 Nm, hog ring anvil, 2 x 4.0 Ah',
        ),
        *_k(
            "impact socket",
            'Impact socket set 1/2" 10-24 mm, 15 pcs, CrMo',
            'Deep impact sockets 17, 19 and 21 mm for wheel nuts, 1/2" drive, 3 pcs',
            fits="impact wrench",
        ),
        *_k("anvil ring", 'Hog ring for 1/2" impact wrench anvils, 2 pcs', fits="impact wrench"),
        # Jigsaws and reciprocating saws.
        *_k(
            "jigsaw",
            "Bosch PST 700 E jigsaw 500 W, 70 mm in wood",
            "Jigsaw 18 V cordless, T-shank, Ryobi R18JS-0, body only",
        ),
        *_k(
            "jigsaw blade",
            "Jigsaw blades for wood, T-shank, pack of 5, T 144 D",
            "Bosch T 127 D jigsaw blades for aluminium and metal, 3 pcs",
            "Jigsaw blade set 10 pcs, fits Bosch PST and Ryobi jigsaws, wood / metal / plastic",
            fits="jigsaw",
        ),
        *_k("anti-splinter insert", "Anti-splinter insert for Bosch PST jigsaws, 3 pcs, 2 609 256 D00", fits="jigsaw"),
        *_k(
            "reciprocating saw",
            "Makita JR3051TK reciprocating saw 1200 W, 28 mm stroke, in case",
            "Milwaukee M18 FSZ-0X reciprocating saw, body only",
        ),
        *_k(
            "reciprocating saw blade",
            "Recip saw blades S 922 HF for wood with nails, 150 mm, 5 pcs",
            "Reciprocating saw blades 230 mm bi-metal for metal pipe, 5 pcs",
            fits="reciprocating saw",
        ),
        # Rotary hammers.
        *_k(
            "rotary hammer",
            "Bosch GBH 2-26 F SDS-plus rotary hammer 830 W, quick-change chuck",
            "SDS drill 18 V 2.1 J, DeWalt DCH273N, bare",
        ),
        *_k(
            "SDS chisel",
            "SDS-plus pointed chisel 250 mm, self-sharpening",
            "SDS+ flat chisel 25 mm wide, 250 mm long",
            fits="rotary hammer",
        ),
        *_k(
            "SDS drill bit",
            "SDS-plus hammer drill bit 10 x 160 mm, 4-cutter",
            "SDS plus bit set 5 / 6 / 8 / 10 / 12 mm, 5 pcs, cassette",
            fits="rotary hammer",
        ),
        *_k("dust catcher", "Dust catcher for rotary hammers, drill bits up to 10 mm", fits="rotary hammer"),
        # Angle grinders.
        *_k("angle grinder", "DeWalt DWE4206 angle grinder 115 mm, 1010 W", "Angle grinder 230 mm, 2200 W, soft start"),
        *_k(
            "cutting disc",
            "Grinder disc 115 mm for metal, 1.0 mm thin cut, 10 pcs",
            "Cutting discs 230 x 2.0 x 22.23 mm for steel, pack of 5",
            fits="angle grinder",
        ),
        *_k("wheel guard", "Replacement guard (DeWalt DWE4206), 115 mm, N421935", fits="angle grinder"),
        # Oscillating multi-tools.
        *_k(
            "oscillating multi-tool",
            "Fein MultiMaster FMM 350 QSL oscillating multi-tool 350 W",
            "Multi-tool 18 V, Starlock, Bosch GOP 18V-28, solo",
        ),
        *_k(
            "multi-tool blade",
            "Starlock plunge-cut blade 32 mm for wood, Bosch PAII 32 APB, 5 pcs",
            "E-Cut blade 44 mm to fit Fein MultiMaster, universal, wood and metal",
            "Plunge cut blades for oscillating multi-tools, bimetal, 3 pcs",
            fits="oscillating multi-tool",
        ),
        *_k(
            "triangular sanding sheet",
            "Triangular sanding sheets 80 mm for multi-tools, P120, 10 pcs",
            fits="oscillating multi-tool",
        ),
        *_k(
            "multi-tool accessory kit",
            "Oscillating multi-tool accessory kit 20 pcs: blades, scraper, sanding pad",
            fits="oscillating multi-tool",
        ),
        # Routers.
        *_k(
            "router",
            "Makita RT0702C trimmer router 710 W, 6 and 8 mm collets",
            'Router 1/2" 2100 W, variable speed, Trend T11EK',
        ),
        *_k(
            "router cutter",
            'Straight router cutter 1/4" shank, 12.7 mm diameter, TCT',
            "Router bit set 8 mm shank, 12 pcs, TCT, wooden case",
            fits="router",
        ),
        *_k(
            "router collet",
            "Makita 763670-6 collet 8 mm for RT0702C",
            'Replacement collet 1/4" (Trend T11)',
            fits="router",
        ),
        *_k("guide bush", "Guide bush 30 mm for routers, with locking ring", fits="router"),
        # Mitre saws.
        *_k(
            "mitre saw",
            "DeWalt DWS780 sliding mitre saw 305 mm, XPS shadow line",
            "Mitre saw 255 mm 2000 W, sliding, laser, Evolution R255SMS+",
        ),
        *_k(
            "mitre saw blade",
            "Saw blade 305 x 30 mm 60T for mitre saws, DeWalt DT4260",
            "Mitre saw blade 255 mm 48T, multi-material, 25.4 mm bore",
            fits="mitre saw",
        ),
        *_k("mitre saw stand", "Mitre saw stand with extension arms, folding, 227 kg", fits="mitre saw"),
        *_k("dust bag", "Dust bag for DWS780, N279467", fits="mitre saw"),
        # Nailers, staplers, rivet, sealant and glue guns.
        *_k("nail gun", "Paslode IM360Ci cordless framing nailer, gas, 90 mm"),
        *_k(
            "framing nail",
            "Framing nails 90 x 3.1 mm ring shank, 2200 pcs with 2 fuel cells, for IM360Ci",
            fits="nail gun",
        ),
        *_k("fuel cell", "Paslode 816007 fuel cells for first-fix nailers, 2 pcs", fits="nail gun"),
        *_k("staple gun", "Tacwise Z3-140L staple gun, 4-14 mm staples"),
        *_k("staple", "Staples type 140, 10 mm, box of 5000, fits Tacwise Z3-140 and Rapid R34", fits="staple gun"),
        *_k("rivet gun", "Pop rivet gun for 2.4-4.8 mm rivets, 4 nosepieces"),
        *_k("nosepiece", "Spare nosepiece 4.8 mm for rivet guns", fits="rivet gun"),
        *_k("blind rivet", "Blind rivets 4.0 x 10 mm, aluminium, 100 pcs"),
        *_k(
            "sealant gun",
            "Sealant gun heavy duty for 310 ml cartridges, drip-free",
            "Skeleton gun for 310 ml tubes, zinc plated",
        ),
        *_k("silicone sealant", "Silicone sealant 310 ml clear, sanitary, anti-mould"),
        *_k("glue gun", "Glue gun 80 W for 11 mm glue sticks, with stand"),
        *_k("glue stick", "Glue sticks 11 x 200 mm for 80 W glue guns, 1 kg", fits="glue gun"),
        # Fasteners and consumables of their own.
        *_k(
            "wood screw",
            "Spax 4.0 x 40 mm wood screws, Pozi, yellow zinc, box of 200",
            "Wood screws 5 x 70 mm, countersunk, T25, 100 pcs",
        ),
        *_k(
            "washer",
            "Penny washers M8 x 25 mm, zinc plated, 50 pcs",
            "Flat washers M10 DIN 125, A2 stainless, 100 pcs",
        ),
        *_k("wall plug", "Fischer SX 6 x 30 wall plugs, 100 pcs"),
        *_k("nut", "Nyloc nuts M6, zinc, 100 pcs"),
        *_k("coach bolt", "Coach bolts M10 x 100 mm with nuts, 10 pcs"),
        *_k("cable tie", "Cable ties 300 x 4.8 mm, black, UV-resistant, 100 pcs"),
        *_k(
            "sanding sheet",
            "Sanding sheets 230 x 280 mm P120, 10 pcs",
            "Wet and dry paper P400, 230 x 280 mm, 25 sheets",
        ),
        *_k("masking tape", "Masking tape 25 mm x 50 m, 3 rolls"),
        *_k("PTFE tape", "PTFE tape 12 mm x 12 m, 10 rolls"),
        # Palm and detail sanders.
        *_k("sheet sander", "Makita BO4556 1/4 sheet palm sander 200 W"),
        *_k(
            "palm sander sheet",
            "Sanding sheets 114 x 140 mm to fit Makita BO4556, clamp type, P80, 10 pcs",
            "1/4 sheet sanding pads for palm sanders, hook and loop, P120, 10 pcs",
            fits="sheet sander",
        ),
        *_k("punch plate", "Punch plate for BO4556 sanding sheets", fits="sheet sander"),
        *_k("detail sander", "Black+Decker KA161BC Mouse detail sander 55 W"),
        *_k(
            "detail sander sheet",
            "Mouse sanding sheets P120, 10 pcs, fits Black+Decker Mouse and Mouse XT",
            fits="detail sander",
        ),
        # Bench grinders.
        *_k(
            "bench grinder",
            "Bench grinder 150 mm 250 W, twin wheel, eye shields",
            "Scheppach BG200AL bench grinder 200 mm, 370 W, with LED lamp",
        ),
        *_k(
            "grinding wheel",
            "Grinding wheel 150 x 20 x 12.7 mm, 60 grit, for bench grinders",
            "White aluminium oxide wheel 200 x 25 mm, 80 grit, to fit 200 mm bench grinders",
            fits="bench grinder",
        ),
        *_k("eye shield", "Replacement eye shield for bench grinders, 2 pcs", fits="bench grinder"),
        *_k("wheel dresser", "Diamond wheel dresser for bench grinder wheels", fits="bench grinder"),
        # Tile cutters.
        *_k(
            "tile cutter",
            "Rubi TS-60 Plus manual tile cutter 60 cm",
            "Tile cutter 600 mm, laser guide, tiles up to 12 mm",
        ),
        *_k(
            "scoring wheel",
            "Rubi 01954 scoring wheel 22 mm, fits TS-60 and TS-75 tile cutters",
            "Replacement scoring wheel 10 mm for 600 mm tile cutters",
            fits="tile cutter",
        ),
        *_k("tile nippers", "Tile nippers 200 mm, tungsten carbide jaws"),
        # Paint sprayers and pressure washers.
        *_k("paint sprayer", "Wagner W 590 Flexio paint sprayer 630 W, 2 attachments"),
        *_k("sprayer nozzle", "Nozzle suitable for Wagner W 590 / W 690, I-Spray, 2361578", fits="paint sprayer"),
        *_k("sprayer container", "Spare container 1000 ml for Wagner Flexio sprayers", fits="paint sprayer"),
        *_k(
            "pressure washer",
            "Nilfisk C 125.7-6 PCAD X-TRA pressure washer 125 bar",
            "Pressure washer 140 bar 1800 W with surface cleaner and 8 m hose",
        ),
        *_k(
            "surface cleaner",
            "Surface cleaner 300 mm for pressure washers, fits Nilfisk C and Kärcher K series",
            fits="pressure washer",
        ),
        *_k("trigger gun", "Replacement trigger gun (Nilfisk C 125 / C 130), 128500660", fits="pressure washer"),
        *_k(
            "pressure washer hose",
            "Extension hose 10 m for pressure washers, M22 x 1.5, 160 bar",
            fits="pressure washer",
        ),
        # Wheelbarrows, sack trucks and ladders.
        *_k(
            "wheelbarrow",
            "Wheelbarrow 85 l, galvanised pan, pneumatic tyre",
            "Haemmerlin Premier 100 l builders' wheelbarrow",
        ),
        *_k(
            "wheelbarrow wheel",
            'Wheelbarrow wheel 14" (350 mm), pneumatic, 25 mm bore',
            "Puncture-proof wheel 400 mm for wheelbarrows, solid PU, 25 mm bore",
            fits="wheelbarrow",
        ),
        *_k("inner tube", "Inner tube 3.50-8 for wheelbarrow tyres, bent valve", fits="wheelbarrow"),
        *_k("sack truck", "Sack truck 200 kg, pneumatic wheels, steel frame"),
        *_k("sack truck wheel", "Spare wheel 260 mm for sack trucks, puncture proof, 20 mm axle", fits="sack truck"),
        *_k(
            "ladder",
            "Youngman 5-tread aluminium step ladder, 150 kg",
            "Combination ladder 3 x 8 rungs, aluminium, 4.9 m",
        ),
        *_k(
            "ladder foot",
            "Replacement feet suitable for Youngman step ladders, pair",
            "Ladder feet 40 x 25 mm rectangular, rubber, 4 pcs",
            fits="ladder",
        ),
        *_k("ladder stabiliser", "Stand-off stabiliser for extension and combination ladders", fits="ladder"),
        # Hand tools with their blades, handles, jaws and repair kits.
        *_k("claw hammer", "Claw hammer 16 oz, hickory handle", "Stanley FatMax 20 oz claw hammer, anti-vibe"),
        *_k("sledgehammer", "Sledgehammer 4.5 kg, 900 mm fibreglass handle"),
        *_k("hammer handle", "Hammer handle 330 mm hickory, for 16-20 oz claw hammers", fits="claw hammer"),
        *_k("hammer handle", "Sledgehammer handle 900 mm fibreglass, with wedges", fits="sledgehammer"),
        *_k(
            "utility knife",
            "Stanley 10-099 retractable utility knife",
            "Utility knife with 5 spare blades, aluminium body, belt clip",
        ),
        *_k(
            "utility knife blade",
            "Stanley 1992 heavy-duty blades, 100 pcs in dispenser, 0-11-921",
            "Spare blades for utility knives, trapezoid, pack of 10",
            fits="utility knife",
        ),
        *_k("junior hacksaw", "Junior hacksaw 150 mm, steel frame"),
        *_k("junior hacksaw blade", "Junior hacksaw blades 150 mm, 32 TPI, 10 pcs", fits="junior hacksaw"),
        *_k("wire stripper", "Knipex 12 62 180 automatic wire stripper 0.2-4 mm²"),
        *_k("stripper blade", "Knipex 12 69 180 spare blades for 12 62 180 wire strippers", fits="wire stripper"),
        *_k("crimping tool", "Ratchet crimping tool for insulated terminals 0.5-6 mm²"),
        *_k("crimp die", "Die set for ratchet crimping tools, ferrules 0.25-6 mm²", fits="crimping tool"),
        *_k("crimp terminal", "Insulated crimp terminals, red / blue / yellow, 300 pcs in box"),
        *_k("ratchet", 'Ratchet 1/2" 72-tooth, quick release'),
        *_k("ratchet repair kit", 'Repair kit for 1/2" 72T ratchets: pawl, springs, selector', fits="ratchet"),
        *_k("bolt cutters", 'Bolt cutters 600 mm (24"), 8 mm capacity'),
        *_k("bolt cutter jaws", "Replacement jaws for 600 mm bolt cutters", fits="bolt cutters"),
        *_k(
            "locking pliers",
            "Irwin Vise-Grip 10WR locking pliers 250 mm",
            "Locking pliers 175 mm, curved jaw, wire cutter",
        ),
        *_k("tape measure", "Tape measure 8 m x 25 mm, magnetic hook"),
        *_k("spirit level", "Spirit level 600 mm, 3 vials, aluminium"),
        *_k("stud detector", "Stud detector, wood / metal / live wire"),
        # Plumbing.
        *_k(
            "radiator valve",
            "Danfoss RA-N 15 thermostatic radiator valve body, angled, 15 mm",
            "TRV 15 mm angled, chrome, with head and 10 mm adaptors",
        ),
        *_k(
            "thermostatic head",
            "Danfoss 013G6070 thermostatic head RAS-C2 for RA-N valve bodies",
            fits="radiator valve",
        ),
        *_k("radiator key", "Radiator bleed key, brass, 2 pcs"),
        *_k(
            "shower head",
            "Shower head 100 mm, 3 spray modes, chrome",
            "Grohe Tempesta 100 hand shower, 2 sprays, 27597001",
        ),
        *_k(
            "shower hose",
            'Shower hose 1.5 m, fits all standard shower heads, 1/2" cone nut',
            "Grohe 28154001 Relexaflex shower hose 1.75 m",
            fits="shower head",
        ),
        *_k("shower head holder", "Shower head holder 22 mm for riser rails, adjustable", fits="shower head"),
        *_k("toilet cistern", "Close-coupled toilet cistern, dual flush 6/4 l, white"),
        *_k("fill valve", "Fill valve for toilet cisterns, bottom entry, Siamp 95", fits="toilet cistern"),
        *_k("flush valve", "Siamp 32 dual flush valve for close-coupled cisterns", fits="toilet cistern"),
        *_k("flush valve washer", "Flush valve washer 63 mm for Siamp valves", fits="flush valve"),
        *_k("compression fitting", "Compression coupler 15 mm, brass, 2 pcs", "Compression elbow 22 mm, brass"),
        *_k("olive", "Olives 15 mm brass, 10 pcs"),
        # Electrical.
        *_k(
            "multimeter",
            "Klein Tools MM400 multimeter, 600 V, auto-ranging",
            "Digital multimeter CAT III 600 V, True RMS, with test leads",
        ),
        *_k(
            "test leads",
            "Test leads for digital multimeters, silicone, 4 mm plugs, CAT III 1000 V",
            "Fluke TL75 test lead set",
            fits="multimeter",
        ),
        *_k("multimeter fuse", "Fuse 10 A 600 V ceramic for multimeters, 2 pcs", fits="multimeter"),
        *_k("lever connector", "Wago 221-413 lever connectors, 3-way, 50 pcs"),
        *_k("cable reel", "Masterplug cable reel 25 m, 4 sockets, 13 A, thermal cut-out"),
        *_k("plug", "13 A plug, rubber, impact resistant"),
        *_k("work light", "LED work light 20 W, rechargeable, magnetic base"),
        # Safety wear and its spares.
        *_k(
            "safety helmet",
            "JSP EVO3 safety helmet, vented, white, slip ratchet",
            "Safety helmet EN 397, wheel ratchet, yellow",
        ),
        *_k(
            "helmet visor",
            "Visor for JSP EVO helmets, polycarbonate, clear, with carrier",
            "Mesh visor for safety helmets, forestry, slot mounting",
            fits="safety helmet",
        ),
        *_k("chin strap", "Chin strap for safety helmets, 2-point, elastic", fits="safety helmet"),
        *_k("sweatband", "Replacement sweatband (JSP EVO3), 10 pcs", fits="safety helmet"),
        *_k(
            "ear defenders",
            "3M Peltor Optime II ear defenders, 31 dB, headband",
            "Ear defenders SNR 28 dB, folding headband",
        ),
        *_k("hygiene kit", "3M Peltor HY52 hygiene kit for Optime II ear defenders", fits="ear defenders"),
        *_k(
            "safety glasses", "Uvex i-5 safety glasses, clear lens, anti-fog", "Safety glasses, amber lens, wraparound"
        ),
        *_k("welding helmet", "Auto-darkening welding helmet, shade 9-13, grind mode"),
        *_k(
            "cover lens",
            "Outer cover lenses for welding helmets 110 x 90 mm, 5 pcs",
            "Inside cover lens for auto-darkening helmets, 5 pcs",
            fits="welding helmet",
        ),
        *_k("work gloves", "Nitrile coated work gloves, size 9, 12 pairs"),
        *_k("safety boots", "Safety boots S3, steel toe cap, size 10"),
        *_k("insole", "Gel insoles for safety boots and work shoes, pair", fits="safety boots"),
        *_k("dust mask", "FFP3 dust masks, valved, 10 pcs"),
        *_k("knee pads", "Knee pads, gel, hard shell"),
        # Garden.
        *_k(
            "hedge trimmer",
            "Stihl HSA 50 cordless hedge trimmer, 45 cm",
            "Hedge trimmer 500 W, 50 cm blade, electric",
        ),
        *_k("blade cover", "Blade cover for cordless hedge trimmers up to 55 cm", fits="hedge trimmer"),
        *_k("blade spray", "Resin remover spray for hedge trimmer blades, 400 ml", fits="hedge trimmer"),
        *_k("garden hose", "Garden hose 25 m, 12.5 mm bore, reinforced"),
        *_k("hose connector", "Hose connectors to fit 12.5 mm garden hoses, click, 2 pcs", fits="garden hose"),
    ]


FITMENTS_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("guide rail 1900mm", "guide rail", r"\b1900 mm"),
        Q("sds plus drill bit 10mm", "SDS drill bit", r"\b10 x"),
        Q("cutting disc 230mm", "cutting disc", r"\b230 x"),
        Q("wood screws 5 x 70", "wood screw", r"\b5 x 70 mm"),
        Q("m8 penny washers 25mm", "washer", r"\bM8 x 25 mm"),
        Q("grinding wheel 200mm", "grinding wheel", r"\b200 x"),
    ],
    "type_material": [
        Q("stainless steel washers m10", "washer", r"stainless"),
        Q("fibreglass sledgehammer handle", "hammer handle", r"fibreglass"),
        Q("aluminium step ladder", "ladder", r"aluminium step"),
        Q("polycarbonate visor", "helmet visor", r"polycarbonate"),
        Q("bi-metal reciprocating saw blades", "reciprocating saw blade", r"bi-metal"),
        Q("compression elbow 22mm brass", "compression fitting", r"elbow.*brass"),
    ],
    "size_other_form": [
        Q("10lb sledgehammer", "sledgehammer", r"\b4\.5 kg"),
        Q("1/2 inch garden hose 25m", "garden hose", r"\b12\.5 mm"),
        Q("6 inch bench grinder", "bench grinder", r"\b150 mm"),
        Q("4.5 inch grinder discs", "cutting disc", r"\b115 mm"),
        Q("16 inch wheelbarrow wheel", "wheelbarrow wheel", r"\b400 mm"),
        Q("12 inch mitre saw blade", "mitre saw blade", r"\b305 x"),
    ],
    "size_missing": [
        Q("guide rail 3000mm", "guide rail", r"\b3000 mm"),
        Q("mitre saw blade 216mm", "mitre saw blade", r"\b216\b"),
        Q("sds plus drill bit 16mm", "SDS drill bit", r"\b16 x"),
        Q("bench grinding wheel 250mm", "grinding wheel", r"\b250 x"),
        Q("wheelbarrow wheel 10 inch", "wheelbarrow wheel", r'\b10"|\b250 mm'),
        Q("shower hose 2m", "shower hose", r"\b2(?:\.0)? m\b"),
    ],
    "typo": [
        Q("guid rail festool", "guide rail", r"Festool"),
        Q("jigsaw blaeds metal", "jigsaw blade", r"\bmetal\b"),
        Q("karcher wd3 filtr bags", "filter bag", r"\bWD 3\b"),
        Q("reciprocatng saw blades", "reciprocating saw blade"),
        Q("ear defendres peltor", "ear defenders", r"Peltor"),
        Q("wheelbarow inner tube", "inner tube"),
        Q("theromstatic radiator valve", "radiator valve"),
    ],
    "code": [
        Q("491498", "guide rail", r"\b491498\b"),
        Q("2863303", "cartridge filter", r"\b2\.863-303\.0\b"),
        Q("2.863-314.0 bags", "filter bag", r"\b2\.863-314\.0\b"),
        Q("makita bl1830b", "battery", r"\bBL1830B\b"),
        Q("dcb182 battery", "battery", r"\bDCB182\b"),
        Q("dcb1104", "battery charger", r"\bDCB1104\b"),
        Q("dhp482z", "combi drill", r"\bDHP482Z\b"),
        Q("t144d", "jigsaw blade", r"\bT 144 D\b"),
        Q("s922hf", "reciprocating saw blade", r"\bS 922 HF\b"),
        Q("hy52", "hygiene kit", r"\bHY52\b"),
        Q("013g6070", "thermostatic head", r"\b013G6070\b"),
        Q("rubi 01954", "scoring wheel", r"\b01954\b"),
        Q("12 69 180", "stripper blade", r"\b12 69 180\b"),
        Q("tl75 leads", "test leads", r"\bTL75\b"),
        Q("576703", "plunge saw", r"\b576703\b"),
        Q("28154001", "shower hose", r"\b28154001\b"),
        Q("763670-6", "router collet", r"\b763670-6\b"),
    ],
    "synonym": [
        Q("track saw rail 1400", "guide rail", r"\b1400 mm", "track"),
        Q("sawzall blades", "reciprocating saw blade", None, "sawzall"),
        Q("ear muffs", "ear defenders", None, "muffs"),
        Q("caulk gun", "sealant gun", None, "caulk"),
        Q("mole grips 10 inch", "locking pliers", r"\b250 mm", "mole"),
        Q("shop vac bags", "filter bag", None, "shop"),
        Q("hard hat visor", "helmet visor", None, "hat"),
    ],
    "accessory_not_asked": [
        Q("plunge saw 165mm", "plunge saw", r"\b165 mm"),
        Q("festool ts55 plunge saw", "plunge saw", r"\bTS 55\b"),
        Q("karcher wd3 vacuum", "wet and dry vacuum", r"\bWD 3\b"),
        Q("20 litre wet and dry vacuum", "wet and dry vacuum", r"\b20 l\b"),
        Q("makita dhp482 combi drill", "combi drill", r"\bDHP482"),
        Q("18v cordless combi drill", "combi drill"),
        Q("bosch pst jigsaw", "jigsaw", r"\bPST\b"),
        Q("milwaukee m18 reciprocating saw", "reciprocating saw", r"\bM18\b"),
        Q("bosch sds plus hammer drill", "rotary hammer", r"Bosch"),
        Q("dewalt angle grinder 115", "angle grinder", r"DeWalt"),
        Q("oscillating multitool 18v", "oscillating multi-tool", r"\b18 V"),
        Q("sliding mitre saw 305mm", "mitre saw", r"\b305 mm"),
        Q("glue gun 80w", "glue gun", r"\b80 W"),
        Q("wheelbarrow 85l", "wheelbarrow", r"\b85 l\b"),
        Q("youngman step ladder", "ladder", r"Youngman"),
        Q("toilet cistern dual flush", "toilet cistern"),
        Q("chrome shower head", "shower head", r"chrome"),
        Q("digital multimeter", "multimeter"),
        Q("jsp evo3 safety helmet", "safety helmet", r"\bEVO3\b"),
        Q("peltor optime ii ear defenders", "ear defenders", r"Optime II"),
        Q("bench grinder 150mm 250w", "bench grinder", r"\b150 mm"),
        Q("cordless hedge trimmer", "hedge trimmer", r"cordless"),
    ],
    "accessory_asked": [
        Q("guide rail for plunge saw", "guide rail"),
        Q("plunge saw guide rail 1400", "guide rail", r"\b1400 mm"),
        Q("festool guide rail", "guide rail", r"Festool"),
        Q("wd3 filter", ("cartridge filter", "filter bag"), r"\bWD 3\b"),
        Q("filter for karcher vacuum", ("cartridge filter", "filter bag"), r"Kärcher"),
        Q("spare battery makita 18v", "battery", r"Makita|\bDHP482\b"),
        Q("replacement blade utility knife", "utility knife blade"),
        Q("jigsaw blades for wood cutting", "jigsaw blade", r"\bwood\b"),
        Q("chuck key", "chuck key"),
        Q("bags for wet and dry vacuum", "filter bag"),
        Q("charger for dewalt battery", "battery charger", r"DeWalt"),
        Q("sds chisel", "SDS chisel"),
        Q("hammer handle", "hammer handle"),
        Q("dhp482 battery", "battery", r"\bDHP482\b"),
        Q("ts55 blade", "plunge saw blade", r"\bTS 55\b"),
        Q("rt0702c collet", "router collet", r"\bRT0702C\b"),
        Q("optime ii hygiene kit", "hygiene kit"),
        Q("wheelbarrow wheel 14 inch", "wheelbarrow wheel", r'\b14"'),
        Q("fill valve for toilet cistern", "fill valve"),
        Q("youngman ladder feet", "ladder foot", r"Youngman"),
        Q("shower hose 1.5m", "shower hose", r"\b1\.5 m\b"),
        Q("face visor for safety helmet", "helmet visor"),
        Q("test leads for multimeter", "test leads"),
        Q("glue gun sticks 11mm", "glue stick", r"\b11 x"),
        Q("staples for tacwise staple gun", "staple", r"Tacwise"),
        Q("grinding wheel for 150mm bench grinder", "grinding wheel", r"\b150 x"),
        Q("scoring wheel for rubi tile cutter", "scoring wheel", r"Rubi"),
        Q("cover lenses welding helmet", "cover lens"),
        Q("multi tool blades for wood", "multi-tool blade", r"\bwood\b"),
        Q("blade for dewalt mitre saw", "mitre saw blade", r"DeWalt"),
        Q("nozzle for wagner w590", "sprayer nozzle", r"W 590"),
        Q("accessory kit for karcher wd", "vacuum accessory kit"),
    ],
    "type_once": [
        Q("8 metre tape measure", "tape measure", r"\b8 m\b"),
        Q("spirit level 600mm", "spirit level", r"\b600 mm"),
        Q("guide rail connector", "guide rail connector"),
        Q("anti splinter insert jigsaw", "anti-splinter insert"),
        Q("sds dust catcher", "dust catcher"),
        Q("punch plate for palm sander", "punch plate"),
        Q("diamond wheel dresser", "wheel dresser"),
        Q("helmet chin strap", "chin strap"),
        Q("hog ring 1/2 impact wrench", "anvil ring"),
        Q("ratchet repair kit 1/2", "ratchet repair kit"),
        Q("mitre saw stand", "mitre saw stand"),
        Q("router guide bush 30mm", "guide bush", r"\b30 mm"),
        Q("hedge trimmer resin remover", "blade spray"),
        Q("radiator bleed key", "radiator key"),
        Q("gel insoles for safety boots", "insole", r"\bgel\b"),
        Q("stud detector", "stud detector"),
    ],
}


# --------------------------------------------------------------------------------------------------------------
# Counter: a builders' / plumbers' / electricians' merchant trade counter selling to trade and DIY buyers. Titles
# in sentence case, type first in the merchant's own trade names ("spanner", "non-return valve", "plasterboard",
# "sealant gun", "ear defenders", "twin and earth cable", "stop tap", "mole grips", "sabre saw"), brand and code
# later; sizes as "15mm", "M8 x 50mm", '1/2"', '10" (250mm)', "4lb"; buyers type other names for the same things.
# --------------------------------------------------------------------------------------------------------------


def counter_products() -> list[Product]:
    return [
        # Power tools, batteries, chargers and what fits them.
        *_k(
            "combi drill",
            "Makita DHP482Z 18V LXT combi drill, 62Nm, 13mm chuck, body only",
            "DeWalt DCD796N 18V XR brushless combi drill, 70Nm, body only",
        ),
        *_k(
            "battery",
            "Makita BL1850B 18V LXT 5.0Ah Li-ion battery with fuel gauge",
            "DeWalt DCB184 18V XR 5.0Ah battery pack, fits DCD796 and all XR tools",
            "Replacement battery 18V 4.0Ah to fit Makita LXT tools, compatible, not genuine",
            fits="combi drill",
        ),
        *_k("charger", "Makita DC18RC fast charger for 14.4V and 18V LXT batteries, 240V", fits="combi drill"),
        *_k(
            "keyless chuck",
            '13mm keyless chuck, 1/2" x 20 UNF, suitable for DeWalt and Makita drills',
            fits="combi drill",
        ),
        *_k(
            "SDS drill",
            "SDS drill 780W 3-mode, Makita HR2470, 110V, in carry case",
            "SDS plus drill 880W with quick-change chuck, Bosch GBH 2-28 F, 240V",
        ),
        *_k(
            "SDS chisel",
            "SDS plus chisel set 3pc: point, 20mm flat and 40mm flat, 250mm long",
            "SDS plus tile chisel 40 x 250mm, cranked",
            fits="SDS drill",
        ),
        *_k(
            "SDS bit",
            "SDS plus bit 5.5 x 160mm, 2-cutter, for brick and block",
            "SDS plus bit 6.5 x 160mm, 2-cutter",
            "SDS plus bit 10 x 210mm, 4-cutter",
            "SDS plus bit 12 x 310mm, 4-cutter, reinforced head",
            fits="SDS drill",
        ),
        *_k("chuck adaptor", "Chuck adaptor SDS plus with 13mm keyed chuck and key", fits="SDS drill"),
        *_k(
            "angle grinder",
            "Angle grinder 115mm, 720W, Makita GA4530R, 110V",
            "Angle grinder 230mm, 2200W, DeWalt DWE492, 240V",
            "DeWalt DCG405N 18V XR brushless angle grinder 125mm, body only",
        ),
        *_k(
            "cutting disc",
            "Metal cutting disc 115 x 1.0 x 22.23mm, extra thin, pack of 10",
            "Stone cutting disc 230 x 3.0 x 22.23mm, pack of 5",
            "Inox cutting disc 125 x 1.0mm for stainless steel, Bosch 2 608 603 171, pack of 10",
            fits="angle grinder",
        ),
        *_k(
            "flap disc",
            "Flap disc 115mm, 40 grit, zirconium, 22mm bore",
            'Flap disc 5" (125mm), 80 grit, for 125mm grinders',
            fits="angle grinder",
        ),
        *_k(
            "diamond blade",
            'Diamond blade 9" (230mm), turbo rim, for 230mm grinders and disc cutters',
            fits="angle grinder",
        ),
        *_k(
            "carbon brushes",
            "Carbon brushes CB-440 to fit Makita GA4530 and GA5030 grinders, pair",
            fits="angle grinder",
        ),
        *_k("flange nut", "Flange nut M14 with pin spanner, for 115-230mm grinders", fits="angle grinder"),
        *_k(
            "jigsaw",
            "Jigsaw 500W, Bosch PST 700 E, 240V, with 1 blade",
            "Jigsaw 720W, pendulum action, Makita 4350FCT, 110V",
        ),
        *_k(
            "jigsaw blade",
            "Jigsaw blades T101B for wood, clean cut, pack of 5, Bosch",
            "T-shank jigsaw blades T118A for metal, pack of 5",
            fits="jigsaw",
        ),
        *_k(
            "sabre saw",
            "Sabre saw 1010W, Makita JR3050T, 110V",
            "Milwaukee M18 FSZ-0X 18V Fuel sabre saw, body only",
        ),
        *_k(
            "sabre saw blade",
            "Sabre saw blades S922HF for metal, 150mm, pack of 5",
            "Sabre saw blades S1531L for wood, 240mm, pack of 5",
            fits="sabre saw",
        ),
        *_k(
            "mitre saw",
            "Sliding mitre saw 216mm, DeWalt DWS774, 1400W, 240V",
            "Mitre saw 255mm, multi-material, Evolution R255SMS+, 110V",
        ),
        *_k(
            "mitre saw blade",
            "Saw blade 216 x 30mm 48T for DeWalt DWS774 mitre saw",
            "TCT blade 255 x 25.4mm 60T, to fit 255mm mitre saws",
            fits="mitre saw",
        ),
        *_k("dust extractor", "Dust extractor 20L, L class, Makita VC2012L, 110V"),
        *_k("dust bag", "Dust bags for Makita VC2012L, fleece, pack of 5", fits="dust extractor"),
        *_k("extractor filter", "Replacement filter for VC2012L dust extractor, polyester", fits="dust extractor"),
        *_k("hot air gun", "Hot air gun 2000W, Bosch GHG 20-60, 2 speed, with nozzles"),
        *_k("staple gun", "Staple gun Tacwise Z3-140, all-steel, heavy duty"),
        *_k(
            "staple",
            "Type 140 staples 10mm, galvanised, box of 5000, for Tacwise Z3-140",
            "Type 140 staples 14mm, galvanised, box of 2000",
            fits="staple gun",
        ),
        *_k("first fix nailer", "Paslode IM360Ci first fix nailer, 50-90mm nails, 2 batteries and charger"),
        *_k("fuel cell", "Paslode fuel cell for IM360Ci and IM350, pack of 2", fits="first fix nailer"),
        *_k("palm sander", "Palm sander 1/4 sheet, 200W, Makita BO4556, 240V"),
        *_k(
            "sanding sheet",
            "Sanding sheets 1/4 sheet 114 x 140mm, 120 grit, punched, for palm sanders, pack of 10",
            fits="palm sander",
        ),
        # Drill bits.
        *_k(
            "masonry bit",
            "Masonry bit 5 x 85mm, carbide tip, for brick and block",
            "Masonry bit 6 x 150mm, carbide tip",
            "Masonry bit 8 x 150mm, carbide tip",
            "Masonry bit 10 x 200mm, carbide tip, Irwin",
            "Masonry bit 12 x 200mm, carbide tip, Irwin",
        ),
        *_k(
            "HSS drill bit",
            "HSS drill bit 3mm, jobber, pack of 2",
            "HSS drill bit 6mm, jobber, split point",
            'HSS drill bit 1/4", jobber, split point',
            "HSS drill bit set 19pc 1-10mm, cobalt, in metal case",
        ),
        *_k(
            "flat wood bit",
            "Flat wood bit 16 x 152mm, hex shank",
            "Flat wood bit 20 x 152mm, hex shank",
            "Flat wood bit 25 x 152mm, hex shank",
        ),
        *_k("tile bit", "Tile and glass bit 6mm, spear point, carbide"),
        *_k(
            "hole saw",
            "Hole saw 32mm, bi-metal, Starrett",
            "Hole saw 68mm, bi-metal, for back boxes and downlights",
        ),
        *_k("hole saw arbor", "Arbor for hole saws 32-152mm, with pilot drill", fits="hole saw"),
        # Hand tools.
        *_k(
            "combination spanner",
            "Combination spanner 10mm, chrome vanadium, Britool",
            "Combination spanner 13mm, chrome vanadium, Britool",
            "Combination spanner 17mm, chrome vanadium, Britool",
            'Combination spanner 7/16" AF, chrome vanadium',
        ),
        *_k(
            "adjustable spanner",
            'Adjustable spanner 10" (250mm), Bahco 8072',
            'Adjustable spanner 6" (150mm), Bahco 8070',
        ),
        *_k("basin spanner", "Basin spanner 10-32mm, telescopic, for tap back nuts"),
        *_k("Stillson", 'Stillson 18" (450mm), heavy duty, forged jaws'),
        *_k(
            "hex key",
            "Hex key set 1.5-10mm, 9pc, ball end, long arm",
            "Hex key 5mm, short arm, pack of 5",
        ),
        *_k(
            "screwdriver",
            "Screwdriver cross-head PH2 x 100mm, Wera 350",
            "Screwdriver slotted 5.5 x 125mm, insulated VDE 1000V",
        ),
        *_k("water pump pliers", "Water pump pliers 250mm, Knipex Cobra 87 01 250"),
        *_k(
            "mole grips",
            'Mole grips 10" (250mm), curved jaw, Irwin Vise-Grip 10WR',
            'Mole grips 7" (175mm), straight jaw',
        ),
        *_k(
            "claw hammer",
            "Claw hammer 16oz, fibreglass handle, Stanley",
            "Claw hammer 20oz, steel shaft, Estwing E3-20S",
        ),
        *_k("club hammer", "Club hammer 4lb (1.8kg), hickory shaft"),
        *_k(
            "wrecking bar",
            'Wrecking bar 36" (900mm), Roughneck',
            'Wrecking bar 24", hexagonal steel',
        ),
        *_k(
            "trimming knife",
            "Trimming knife, retractable, Stanley 0-10-099 FatMax",
            "Trimming knife, folding, lock-back, with 5 blades",
        ),
        *_k("knife blade", "Trimming knife blades, heavy duty, dispenser of 100, Stanley 1992", fits="trimming knife"),
        *_k("hacksaw", 'Hacksaw 12" (300mm), Bahco 325, adjustable tension'),
        *_k(
            "hacksaw blade",
            "Hacksaw blades 300mm, 24TPI, bi-metal, pack of 10, Bahco Sandflex",
            'Hacksaw blades 12" 18TPI, HSS, pack of 2',
            fits="hacksaw",
        ),
        *_k(
            "sealant gun",
            "Sealant gun for 310ml cartridges, skeleton, heavy duty",
            "Sealant gun, Cox Midi Powerflow, for 400ml sausage packs and 310ml cartridges",
        ),
        *_k("spirit level", "Spirit level 1200mm, 3 vials, box section, Stabila"),
        *_k("tape measure", "Tape measure 5m/16ft x 19mm, Stanley FatMax"),
        *_k("stud detector", "Stud detector for wood, metal and live AC cables, Bosch"),
        *_k("plastering trowel", 'Plastering trowel 14" x 4 1/2", stainless, Marshalltown'),
        *_k("bolster", 'Brick bolster 4" (100mm) with hand guard'),
        # Plumbing tools and consumables.
        *_k(
            "pipe slice",
            "Pipe slice 15mm, Monument 265Q",
            "Pipe slice 22mm, Monument 266Q",
        ),
        *_k("cutter wheel", "Spare cutter wheel for Monument 265Q and 266Q pipe slices", fits="pipe slice"),
        *_k("pipe bender", "Pipe bender 15 and 22mm, with formers and back guides, Rothenberger"),
        *_k("blowlamp", "Blowlamp, Rothenberger SuperFire 2, hand-held, for MAP and propane"),
        *_k("gas cylinder", "MAP gas cylinder 400g to fit Rothenberger SuperFire blowlamps", fits="blowlamp"),
        *_k("drain rods", "Drain rods 10 x 1m, polypropylene, with plunger and worm screw"),
        *_k("drain rod plunger", 'Plunger 4" (100mm), rubber, to fit universal drain rods', fits="drain rods"),
        *_k("radiator key", "Radiator bleed key, brass, pack of 2"),
        *_k("PTFE tape", "PTFE tape 12mm x 12m, WRAS approved, pack of 10"),
        # Fittings, tube and clips.
        *_k(
            "push-fit elbow",
            "Push-fit elbow 15mm, JG Speedfit PEM0415W",
            "Push-fit elbow 22mm, JG Speedfit PEM0422W",
        ),
        *_k("push-fit coupler", "Push-fit straight coupler 15mm, white"),
        *_k("push-fit tee", "Push-fit equal tee 22mm, JG Speedfit"),
        *_k(
            "compression elbow",
            "Compression elbow 15mm, brass, Conex",
            "Compression elbow 22mm, brass, Conex",
            'Compression male elbow 15mm x 1/2" BSP, brass',
        ),
        *_k("compression coupler", "Compression straight coupler 22mm, brass"),
        *_k("compression tee", "Compression equal tee 15mm, brass"),
        *_k("end feed elbow", "End feed elbow 15mm, copper, pack of 10"),
        *_k("solder ring elbow", "Solder ring elbow 22mm, Yorkshire, pack of 10"),
        *_k(
            "olive",
            "Brass olives 15mm, pack of 10",
            "Brass olives 22mm, pack of 10",
            "Copper olives 15mm, pack of 20",
        ),
        *_k(
            "copper tube",
            "Copper tube 15mm x 3m, table X",
            "Copper tube 22mm x 3m, table X",
        ),
        *_k("pipe clip", "Pipe clips 15mm, hinged, white, pack of 10"),
        *_k(
            "jubilee clip",
            "Jubilee clip 22-32mm, stainless steel, size 1X, pack of 10",
            "Jubilee clip 13-20mm, zinc plated, size 000, pack of 10",
        ),
        # Valves, taps and sanitaryware.
        *_k(
            "non-return valve",
            "Non-return valve 15mm, compression, brass, WRAS",
            "Non-return valve 22mm, double, compression, WRAS",
        ),
        *_k(
            "stop tap",
            "Stop tap 15mm, compression, brass, WRAS",
            "Stop tap 22mm, compression, brass, WRAS",
        ),
        *_k(
            "isolating valve",
            "Isolating valve 15mm, chrome, screwdriver slot",
            "Isolating valve 22mm, full bore, red lever",
        ),
        *_k("gate valve", "Gate valve 22mm, compression, brass, wheelhead"),
        *_k("drain cock", "Drain cock 15mm, compression, brass"),
        *_k("pressure reducing valve", "Pressure reducing valve 22mm, Reliance Zerobar, with gauge"),
        *_k(
            "radiator valve",
            "TRV 15mm angled, white and chrome, with 10mm adaptors, Drayton RT212",
            "Radiator valves 15mm, wheelhead and lockshield, chrome, pair",
        ),
        *_k("sink mixer tap", "Sink mixer tap, monobloc, swivel spout, brushed steel, Bristan"),
        *_k("tap cartridge", "Ceramic tap cartridge 35mm, suitable for Bristan sink mixer taps", fits="sink mixer tap"),
        *_k("bath taps", 'Bath pillar taps 3/4", chrome, pair'),
        *_k("tap washer", 'Tap washers 1/2" and 3/4", rubber, assorted, for pillar taps, pack of 10', fits="bath taps"),
        *_k(
            "flexible tap connector",
            'Flexible tap connector 15mm x 1/2" x 300mm, braided',
            'Flexible tap connector 15mm x 3/4" x 500mm, braided',
        ),
        *_k("cistern", "Close-coupled cistern, dual flush 6/4L, white, with fittings"),
        *_k("fill valve", "Fill valve, bottom entry, Torbeck, for cisterns", fits="cistern"),
        *_k("flush valve", "Dual flush valve, cable operated, to fit most close-coupled cisterns", fits="cistern"),
        *_k("pan connector", "Pan connector 110mm, straight, push-fit, white"),
        # Electrical.
        *_k(
            "twin and earth cable",
            "Twin and earth cable 1.5mm², 6242Y, grey, 50m",
            "Twin and earth cable 2.5mm², 6242Y, grey, 100m drum",
            "Twin and earth cable 6mm², 6242Y, grey, per metre",
        ),
        *_k("earth cable", "Earth cable 10mm², green/yellow, 6491X, per metre"),
        *_k(
            "extension lead",
            "Extension lead 4 way, 13A, 2m, surge protected, Masterplug",
            "Extension lead 10m, single socket, 13A, orange",
        ),
        *_k(
            "switched socket",
            "Twin switched socket 13A, white, MK Logic Plus K2747WHI",
            "Twin switched socket 13A, brushed chrome, 2 USB",
        ),
        *_k(
            "back box",
            "Back box 1 gang 35mm, metal, with grommet",
            "Back box 1 gang 25mm, plastic, surface, white",
        ),
        *_k("dry lining box", "Dry lining box 1 gang 35mm"),
        *_k(
            "MCB",
            "MCB 6A type B, single pole, Hager MTN106",
            "MCB 16A type B, single pole, Hager MTN116",
            "MCB 32A type B, single pole, Hager MTN132",
        ),
        *_k("RCBO", "RCBO 32A type B, 30mA, Hager ADA932G"),
        *_k(
            "lever connector",
            "Lever connectors 3 way, Wago 221-413, pack of 50",
            "Lever connectors 5 way, Wago 221-415, pack of 25",
        ),
        *_k("connector strip", "Connector strip 15A, 12 way, white"),
        *_k("junction box", "Junction box 30A, 4 terminal, white"),
        *_k("multimeter", "Multimeter, digital, Fluke 115, True RMS, CAT III 600V"),
        *_k("test leads", "Test leads with croc clips, 4mm, CAT III, to suit Fluke multimeters", fits="multimeter"),
        *_k("voltage tester", "Two-pole voltage tester, Martindale VI-13800"),
        *_k("proving unit", "Proving unit PD690 for Martindale voltage testers", fits="voltage tester"),
        *_k("cable clip", "Cable clips for 2.5mm twin and earth, white, pack of 100"),
        *_k(
            "cable tie",
            "Cable ties 300 x 4.8mm, black, pack of 100",
            "Cable ties 200 x 2.5mm, natural, pack of 100",
        ),
        *_k(
            "insulation tape",
            "PVC insulation tape 19mm x 20m, black",
            "PVC insulation tape 19mm x 33m, green/yellow",
        ),
        # Fasteners and fixings.
        *_k(
            "wood screw",
            "Wood screws 3.5 x 30mm, Pozi, yellow zinc, box of 200",
            "Wood screws 4 x 40mm, Pozi, yellow zinc, box of 200",
            "Wood screws 5 x 60mm, Pozi, yellow zinc, box of 100",
            "Wood screws 6 x 100mm, Pozi, yellow zinc, box of 100",
            "Wood screws 4 x 40mm, A2 stainless steel, box of 200",
        ),
        *_k("decking screw", "Decking screws 4.5 x 65mm, green, box of 250"),
        *_k("plasterboard screw", "Plasterboard screws 3.5 x 38mm, black phosphate, box of 1000"),
        *_k(
            "coach screw",
            "Coach screws M10 x 100mm, zinc plated, pack of 10",
            "Coach screws M8 x 75mm, hot dip galvanised, pack of 10",
        ),
        *_k(
            "coach bolt",
            "Coach bolts M8 x 60mm with nuts, zinc plated, pack of 10",
            "Coach bolts M10 x 120mm with nuts, zinc plated, pack of 10",
        ),
        *_k(
            "hex bolt",
            "Hex bolts M8 x 50mm, grade 8.8, zinc plated, pack of 20",
            "Hex bolts M10 x 60mm, grade 8.8, zinc plated, pack of 10",
        ),
        *_k(
            "studding",
            "Studding M8 x 1m, zinc plated",
            "Studding M10 x 1m, zinc plated",
        ),
        *_k(
            "hex nut",
            "Hex nuts M8, zinc plated, pack of 100",
            "Hex nuts M12, A2 stainless, pack of 25",
        ),
        *_k("nyloc nut", "Nyloc nuts M10, zinc plated, pack of 50"),
        *_k(
            "washer",
            "Flat washers M8, form A, zinc plated, pack of 100",
            "Flat washers M10, A2 stainless, pack of 50",
            "Penny washers M8 x 25mm, zinc plated, pack of 50",
            "Penny washers M10 x 30mm, zinc plated, pack of 50",
        ),
        *_k(
            "wall plug",
            "Wall plugs brown 7 x 30mm, Rawlplug, pack of 100",
            "Wall plugs red 6 x 25mm, Rawlplug, pack of 100",
            "Wall plugs yellow 5 x 25mm, pack of 100",
        ),
        *_k("masonry screw", "Masonry screws 7.5 x 100mm, hex head, blue, pack of 100"),
        *_k("throughbolt", "Throughbolts M10 x 90mm, zinc plated, pack of 10"),
        *_k("plasterboard fixing", "Plasterboard fixings, self-drill nylon, with screws, pack of 50"),
        *_k("clout nail", "Clout nails 30mm, galvanised, 1kg tub"),
        # Safety wear.
        *_k(
            "ear defenders",
            "Ear defenders, 3M Peltor X4A, SNR 33dB, headband",
            "Ear defenders, helmet mounted, SNR 28dB, to fit slotted safety helmets",
        ),
        *_k("hygiene kit", "Hygiene kit HYX4 for Peltor X4 ear defenders", fits="ear defenders"),
        *_k(
            "safety helmet",
            "Safety helmet, JSP EVO3, white, slip ratchet, vented",
            "Safety helmet EN397, yellow, wheel ratchet",
        ),
        *_k("helmet visor", "Visor and carrier to fit JSP EVO helmets, clear polycarbonate", fits="safety helmet"),
        *_k(
            "dust mask",
            "Dust masks FFP2, valved, box of 10",
            "Dust masks FFP3, valved, moulded, box of 10, JSP",
        ),
        *_k("half mask", "Half mask respirator 3M 6200, medium, filters not included"),
        *_k("respirator filter", "P3 filters for 3M 6000 series half masks, 6035, pair", fits="half mask"),
        *_k(
            "hi-vis waistcoat",
            "Hi-vis waistcoat, yellow, class 2, size XL",
            "Hi-vis waistcoat, orange, rail spec, size L",
        ),
        *_k("safety boots", "Safety boots S3, steel toecap and midsole, size 9"),
        # Abrasives, sealants, tapes and site sundries.
        *_k(
            "abrasive paper",
            "Abrasive paper 120 grit, 230 x 280mm sheets, pack of 10",
            "Abrasive paper roll 115mm x 5m, 80 grit, aluminium oxide",
        ),
        *_k(
            "filler",
            "Multi-purpose filler, ready mixed, 600g tub",
            "Fine surface filler, 330g tube",
        ),
        *_k("grab adhesive", "Grab adhesive, gap filling, solvent free, 350ml cartridge"),
        *_k(
            "sealant",
            "Sealant and adhesive, Everbuild CT1, clear, 290ml",
            "Silicone sealant, sanitary, white, 310ml",
        ),
        *_k(
            "masking tape",
            "Masking tape 25mm x 50m, general purpose",
            "Masking tape 50mm x 50m, low tack, 14 day",
        ),
        *_k("gaffer tape", "Gaffer tape 50mm x 50m, silver, cloth"),
        *_k(
            "plasterboard",
            "Plasterboard 2400 x 1200 x 12.5mm, tapered edge, Gyproc WallBoard",
            "Plasterboard 1800 x 900 x 9.5mm, square edge",
        ),
        *_k("extension ladder", "Extension ladder 2 x 3.0m, aluminium, EN131 professional"),
        *_k("ladder stand-off", "Ladder stand-off, V-shaped, to fit extension ladders", fits="extension ladder"),
        *_k("trestle", "Folding trestles, steel, 130kg, pair"),
        *_k("paint roller", 'Paint roller 9" with tray'),
        *_k("roller sleeve", 'Roller sleeves 9", medium pile, pack of 2, for 9" roller frames', fits="paint roller"),
    ]


COUNTER_QUERIES: dict[str, list[Q]] = {
    "type_size": [
        Q("wood screws 4 x 40", "wood screw", r"\b4 x 40mm"),
        Q("hex bolts m10 x 60", "hex bolt", r"\bM10 x 60mm"),
        Q("masonry bit 10mm", "masonry bit", r"\b10 x"),
        Q("hole saw 68mm", "hole saw", r"\b68mm"),
        Q("copper tube 22mm 3m", "copper tube", r"\b22mm x 3m"),
        Q("twin and earth 6mm", "twin and earth cable", r"\b6mm²"),
        Q("combination spanner 17mm", "combination spanner", r"\b17mm"),
        Q("sds plus bit 12mm", "SDS bit", r"\b12 x"),
    ],
    "type_material": [
        Q("stainless wood screws 4x40", "wood screw", r"stainless"),
        Q("a2 stainless hex nuts", "hex nut", r"\bA2 stainless"),
        Q("galvanised coach screws", "coach screw", r"galvanised"),
        Q("bi-metal hacksaw blades", "hacksaw blade", r"bi-metal"),
        Q("fibreglass claw hammer", "claw hammer", r"fibreglass"),
        Q("copper olives 15mm", "olive", r"Copper olives 15mm"),
        Q("plastic back box 1 gang", "back box", r"plastic"),
    ],
    "size_other_form": [
        Q("1/2 inch push fit elbow", "push-fit elbow", r"\b15mm"),
        Q("3/4 compression elbow", "compression elbow", r"\b22mm, brass"),
        Q("4.5 inch flap disc", "flap disc", r"\b115mm"),
        Q("9 inch angle grinder", "angle grinder", r"\b230mm"),
        Q("6.35mm hss drill bit", "HSS drill bit", r'\b1/4"'),
        Q("8ft x 4ft plasterboard 12.5", "plasterboard", r"\b2400 x 1200"),
        Q("600mm wrecking bar", "wrecking bar", r'\b24"'),
    ],
    "size_missing": [
        Q("masonry bit 14mm", "masonry bit", r"\b14 x"),
        Q("hole saw 51mm", "hole saw", r"\b51mm"),
        Q("copper tube 28mm", "copper tube", r"\b28mm"),
        Q("mcb 40a type b", "MCB", r"\b40A"),
        Q("coach screws m12 x 150", "coach screw", r"\bM12\b"),
        Q("non return valve 28mm", "non-return valve", r"\b28mm"),
    ],
    "typo": [
        Q("masonary bit 6mm", "masonry bit", r"\b6 x"),
        Q("plasterbaord screws 38mm", "plasterboard screw", r"\b38mm"),
        Q("non retrun valve 15mm", "non-return valve", r"\b15mm"),
        Q("twin and erth 1.5", "twin and earth cable", r"\b1\.5mm"),
        Q("stilson 18 inch", "Stillson", r'\b18"'),
        Q("sealent gun 400ml", "sealant gun", r"\b400ml"),
        Q("jubilee clps 13-20mm", "jubilee clip", r"\b13-20mm"),
    ],
    "code": [
        Q("dhp482", "combi drill", r"\bDHP482Z\b"),
        Q("dcd 796", "combi drill", r"\bDCD796N\b"),
        Q("bl1850b", "battery", r"\bBL1850B\b"),
        Q("makita hr2470", "SDS drill", r"\bHR2470\b"),
        Q("ga4530r", "angle grinder", r"\bGA4530R\b"),
        Q("2608603171", "cutting disc", r"\b2 608 603 171\b"),
        Q("s1531l", "sabre saw blade", r"\bS1531L\b"),
        Q("dws 774", "mitre saw", r"\bDWS774\b"),
        Q("stanley 10-099", "trimming knife", r"\b0-10-099\b"),
        Q("knipex 8701250", "water pump pliers", r"\b87 01 250\b"),
        Q("bahco 8072", "adjustable spanner", r"\b8072\b"),
        Q("speedfit pem0415w", "push-fit elbow", r"\bPEM0415W\b"),
        Q("mtn132", "MCB", r"\bMTN132\b"),
        Q("wago 221415", "lever connector", r"\b221-415\b"),
        Q("peltor x4a", "ear defenders", r"\bX4A\b"),
        Q("k2747whi", "switched socket", r"\bK2747WHI\b"),
        Q("monument 265", "pipe slice", r"\b265Q\b"),
    ],
    "synonym": [
        Q("13mm wrench", "combination spanner", r"\b13mm", "wrench"),
        Q("caulking gun", "sealant gun", None, "caulk"),
        Q("check valve 22mm", "non-return valve", r"\b22mm", "check"),
        Q("drywall sheet 12.5mm", "plasterboard", r"\b12\.5mm", "drywall"),
        Q("wall anchors 7mm", "wall plug", r"\b7 x", "anchor"),
        Q("allen key set", "hex key", r"\bset\b", "allen"),
        Q("peltor ear muffs", "ear defenders", r"Peltor", "muffs"),
        Q("extension cord 10m", "extension lead", r"\b10m\b", "cord"),
        Q("romex 2.5mm", "twin and earth cable", r"\b2\.5mm", "romex"),
        Q("15mm shutoff valve", "stop tap", r"\b15mm", "shutoff"),
        Q("concrete drill bit 8mm", "masonry bit", r"\b8 x", "concrete"),
        Q("teflon tape", "PTFE tape", None, "teflon"),
        Q("hose clamp 22-32mm", "jubilee clip", r"\b22-32mm", "clamp"),
        Q("utility knife retractable", "trimming knife", r"retractable", "utility"),
        Q("locking pliers 10 inch", "mole grips", r'\b10"', "locking"),
        Q("reciprocating saw blades metal", "sabre saw blade", r"\bmetal\b", "reciprocating"),
        Q("32 amp breaker", "MCB", r"\b32A\b", "breaker"),
        Q("double outlet white", "switched socket", r"\bwhite\b", "outlet"),
        Q("electrical tape black", "insulation tape", r"\bblack\b", "electrical"),
        Q("kitchen faucet", "sink mixer tap", None, "faucet"),
        Q("sharkbite elbow 22mm", "push-fit elbow", r"\b22mm", "sharkbite"),
        Q("pry bar 36 inch", "wrecking bar", r'\b36"', "pry"),
        Q("hi vis vest xl", "hi-vis waistcoat", r"\bXL\b", "vest"),
        Q("sandpaper 120 grit", "abrasive paper", r"\b120 grit", "sandpaper"),
        Q("stud finder", "stud detector", None, "finder"),
        Q("heat gun 2000w", "hot air gun", r"\b2000W", "heat"),
        Q("spade bit 25mm", "flat wood bit", r"\b25 x", "spade"),
        Q("lag bolts m10 x 100", "coach screw", r"\bM10 x 100mm", "lag"),
        Q("threaded rod m10", "studding", r"\bM10\b", "threaded"),
        Q("blowtorch for soldering", "blowlamp", None, "blowtorch"),
        Q("hard hat white", "safety helmet", r"\bwhite\b", "hat"),
    ],
    "accessory_not_asked": [
        Q("makita 18v combi drill", "combi drill", r"Makita"),
        Q("sds drill 110v", "SDS drill", r"\b110V"),
        Q("115mm angle grinder", "angle grinder", r"\b115mm"),
        Q("bosch jigsaw", "jigsaw", r"Bosch"),
        Q("makita sabre saw", "sabre saw", r"Makita"),
        Q("sliding mitre saw 216mm", "mitre saw", r"\b216mm"),
        Q("makita dust extractor 110v", "dust extractor", r"\bVC2012L\b"),
        Q("tacwise staple gun", "staple gun", r"Tacwise"),
        Q("paslode first fix nailer", "first fix nailer", r"Paslode"),
        Q("palm sander 1/4 sheet", "palm sander", r"1/4 sheet"),
        Q("15mm pipe slice", "pipe slice", r"\b15mm"),
        Q("close coupled cistern dual flush", "cistern"),
        Q("fluke multimeter", "multimeter", r"Fluke"),
    ],
    "accessory_asked": [
        Q("cutting discs 115mm for grinder", "cutting disc", r"\b115 x"),
        Q("makita 18v battery 5ah", "battery", r"\bBL1850B\b"),
        Q("sds chisel set", "SDS chisel", r"\bset\b"),
        Q("jigsaw blades for metal", "jigsaw blade", r"\bmetal\b"),
        Q("hacksaw blades 24tpi", "hacksaw blade", r"\b24TPI"),
        Q("stanley knife blades", "knife blade"),
        Q("hygiene kit for peltor x4", "hygiene kit"),
        Q("visor for safety helmet", "helmet visor"),
        Q("p3 filters for 3m half mask", "respirator filter"),
        Q("paslode fuel cells", "fuel cell"),
        Q("map gas for blowlamp", "gas cylinder", r"\bMAP\b"),
        Q("cutter wheel for pipe slice", "cutter wheel"),
        Q("fill valve for cistern bottom entry", "fill valve", r"bottom entry"),
        Q("carbon brushes makita grinder", "carbon brushes", r"Makita"),
        Q("blade for dws774 mitre saw", "mitre saw blade", r"\bDWS774\b"),
    ],
    "type_once": [
        Q("basin spanner", "basin spanner"),
        Q("pipe bender 15 22mm", "pipe bender"),
        Q("radiator bleed key", "radiator key"),
        Q("drain cock 15mm", "drain cock", r"\b15mm"),
        Q("gate valve 22mm", "gate valve", r"\b22mm"),
        Q("pressure reducing valve", "pressure reducing valve"),
        Q("pan connector 110mm", "pan connector", r"\b110mm"),
        Q("rcbo 32a 30ma", "RCBO", r"\b32A"),
        Q("junction box 30a", "junction box", r"\b30A"),
        Q("dry lining box 35mm", "dry lining box", r"\b35mm"),
        Q("brick bolster", "bolster"),
        Q("plastering trowel 14 inch", "plastering trowel", r'\b14"'),
        Q("clout nails galvanised", "clout nail", r"galvanised"),
        Q("decking screws", "decking screw"),
        Q("tile and glass drill bit 6mm", "tile bit", r"\b6mm"),
        Q("ladder stand off", "ladder stand-off"),
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
        Catalog("prose", "DPR", "supplier-catalogue prose", prose_products(), PROSE_QUERIES, weighted=True),
        Catalog("ledger", "DLG", "ERP ledger-export", ledger_products(), LEDGER_QUERIES, weighted=True),
        Catalog("fitments", "DFT", "mixed-title DIY/trade-store", fitments_products(), FITMENTS_QUERIES, weighted=True),
        Catalog("counter", "DCT", "merchant trade-counter", counter_products(), COUNTER_QUERIES, weighted=True),
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
