#!/usr/bin/env python3
"""Write two builders'-merchant training catalogs (price list and marketplace listings) with graded buyer queries.

Usage:
    python3 scripts/make_training_catalogs_d.py [OUT_DIR]      # default OUT_DIR: data/training

Writes OUT_DIR/pricelist and OUT_DIR/listing, each holding corpus.jsonl, queries.jsonl, qrels/train.tsv,
qrels/dev.tsv and gate.json. Standard library only; output is byte-for-byte deterministic (seeded
random.Random, sorted iteration, no clock) and takes a second or two.

The merchant: a general hardware and builders' merchant (fixings, ironmongery, timber connectors, roofing
and drainage, ladders and access, site lighting and power, electrical installation, plumbing and heating,
power tools with batteries, chargers and accessories, hand tools, PPE, adhesives and sealants, decorating
and garden tools). All brands and model codes are fictional.

Styles:
    pricelist (TPL-0001...)  a distributor's price-list rows: one mixed-case ``text`` line in trade
                             abbreviations (Csk, Pozi, SS/St Stl, Galv/HDG, Bx200, Pr), field order, separators
                             and abbreviations varying; ``title`` is "".
    listing   (TLS-0001...)  marketplace listings: a brand-and-model-first, keyword-stuffed ``title`` (the product
                             type sometimes only after 5-10 words) and a ``text`` of 3-6 bullet-like sentences.

Query classes (field "category"): type_size, type_material, size_other_form, size_missing, typo, code, synonym,
accessory_not_asked, accessory_asked, type_once. Synonyms are trade words the catalog never prints.

Sizes: a query size matches a product when its values are a prefix of the product's values in the same base
unit. Base units: length (mm, cm, m and metric thread "M10" = 10 mm diameter), inch (kept separate from metric:
1/2" never matches 12.7 mm), mass (g, kg), ounce, volume (ml, l), and V, W, Ah, A, bar, mm2, grit, TPI,
garment and shoe sizes each on their own.

Grades come from the generator's structured records, never from a text search: only products of the asked type
are relevant; such a product scores 2 when it has every asked attribute (size prefix, material tag, brand, model
or part code, fitted tool, voltage; vacuously when none is asked), else 1. A tool's accessories are never
relevant to a query for the tool, nor the tool to a query for its accessory. Queries go to dev when the first
byte of the SHA-256 of their text is below 64, else to train.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------------------------------------------------------
# The ontology. One block per product type: "@key kinds" (tool: power tool with brand and model code; plat: battery
# platform item, branded, fits that brand's tools; acc: accessory; bacc: brand-specific accessory; part: may carry a
# supplier part code), then fields, several per line joined by " ;; ":
#   n: buyer names (singular, plural, variants; printed)    p: price-list spellings    y: synonyms (never printed)
#   s: sizes (compact notation)    m: material keys    t: keywords ("A~B" = one of)    f: feature sentences
#   d: standards    k: packs    a: tools the accessory fits
# ---------------------------------------------------------------------------------------------------------------
# fmt: off
ONTOLOGY = """
@combi_drill tool
n: combi drill|combi drills|cordless combi drill|hammer drill driver
p: Combi Drill|Combi Hammer Drill|Cdls Combi Drill ;; y: hammer drill screwdriver|percussion drill driver
s: 18V 12V 36V ;; t: Brushless|2-Speed Gearbox|13mm Keyless Chuck|LED Worklight|21 Torque Settings
f: Hammer mode drills brick and block up to 13mm.|All-metal 13mm keyless chuck.
f: Two-speed gearbox for drilling and driving.
@drill_driver tool
n: drill driver|drill drivers|cordless drill driver ;; p: Drill Driver|Cdls Drill Driver|Drill/Driver
y: cordless screwdriver drill ;; s: 12V 18V ;; t: Compact|Brushless|10mm Chuck|Belt Clip|Keyless Chuck
f: Compact head for tight spaces.|Ideal for second-fix joinery and kitchen fitting.
@impact_driver tool
n: impact driver|impact drivers|cordless impact driver ;; p: Impact Driver|Cdls Impact Drvr|Impact Drvr
y: impact screwdriver|impactor ;; s: 18V 12V ;; t: Brushless|1/4" Hex Chuck|3-Speed|180Nm|Tri-LED
f: Quick-release 1/4" hex chuck.|Drives long coach screws without pilot holes.
@sds_drill tool
n: sds drill|sds drills|sds plus drill|sds hammer drill ;; p: SDS+ Drill|SDS Plus Drill|SDS Hammer
y: rotary hammer|roto hammer ;; s: 18V 36V ;; t: 3-Mode|SDS Plus Chuck|Brushless|Anti-Vibration|2.0J Impact
f: Three modes: rotary, hammer and chisel.|SDS plus chuck takes SDS drill bits and chisels.
@circular_saw tool
n: circular saw|circular saws|cordless circular saw ;; p: Circ Saw|Circular Saw|Cdls Circ Saw ;; y: buzz saw
s: 18V 36V ;; t: 165mm Blade|Bevel 0-50deg|Brushless|Rip Fence|Dust Port
f: Cuts 57mm deep at 90 degrees.|Bevels 0-50 degrees with positive stops.
@jigsaw tool
n: jigsaw|jigsaws|cordless jigsaw ;; p: Jigsaw|Cdls Jigsaw|Jig Saw ;; s: 18V 12V
t: 4-Stage Pendulum|Tool-Free Blade Change|Brushless|Variable Speed|Bevel Base
f: Takes T-shank blades.|Four-stage pendulum action for fast cuts.
@recip_saw tool
n: reciprocating saw|reciprocating saws|cordless reciprocating saw ;; p: Recip Saw|Reciprocating Saw|Recip Saw Cdls
y: sabre saw ;; s: 18V 36V ;; t: Orbital Action|Tool-Free Blade Clamp|Brushless|28mm Stroke
f: Tool-free blade clamp takes universal shank blades.|Orbital action for fast demolition cutting.
@angle_grinder tool
n: angle grinder|angle grinders|cordless angle grinder ;; p: Angle Grinder|Grinder 115mm|Cdls Angle Grndr
y: side grinder|disc grinder ;; s: 18V 36V 12V
t: 115mm~125mm|Paddle Switch|Brushless|Anti-Kickback|Electronic Brake
f: Tool-free guard adjustment.|M14 spindle takes 115mm and 125mm discs.
@multi_tool tool
n: multi-tool|multi-tools|cordless multi-tool|multi tool ;; p: Multi Tool|Multi-Tool|Cdls Multi Tool
y: oscillating tool|oscillating multi cutter ;; s: 18V 12V
t: Quick-Change Blade|3.2deg Oscillation|Variable Speed|LED
f: Universal blade fitting.|Plunge cuts skirting, flooring and plasterboard.
@ro_sander tool
n: random orbit sander|random orbit sanders|orbital sander ;; p: RO Sander|Random Orbit Sander|Rnd Orbit Sander
y: da sander|dual action sander ;; s: 300W 350W 450W ;; t: 125mm Pad|Hook and Loop|Dust Extraction|Variable Speed
f: 125mm hook and loop pad.|Dust bag and extraction port included.
@belt_sander tool
n: belt sander|belt sanders ;; p: Belt Sander|Sander Belt Type ;; s: 650W 900W 1010W
t: 75mm Belt|Auto Belt Tracking|Dust Bag|Variable Speed
f: Automatic belt tracking.|Takes 75 x 533mm or 75 x 457mm belts.
@planer tool
n: planer|planers|electric planer ;; p: Planer|Planer 82mm|Elec Planer ;; y: power plane|electric plane
s: 650W 750W 900W ;; t: 82mm|3mm Depth of Cut|Rebate Guide|Parking Rest
f: Planes 82mm wide, up to 3mm deep per pass.|Reversible HSS blades fitted.
@mitre_saw tool
n: mitre saw|mitre saws|sliding mitre saw|compound mitre saw ;; p: Mitre Saw|Slide Mitre Saw|Comp Mitre Saw
y: chop saw|drop saw ;; s: 1500W 1800W 2000W ;; t: 216mm~254mm|Sliding|Laser Guide|Double Bevel
f: Cross-cuts timber up to 305mm wide.|Laser cut line guide.
@plunge_saw tool
n: plunge saw|plunge saws|cordless plunge saw ;; p: Plunge Saw|Cdls Plunge Saw ;; y: track saw ;; s: 18V 36V
t: 165mm Blade|Rail Compatible|Splinter Guard|Brushless
f: Runs on guide rails for straight, splinter-free cuts.|Depth stop with fine adjust.
@wet_dry_vac tool
n: wet and dry vacuum|wet and dry vacuums|site vacuum|wet & dry vac ;; p: Wet/Dry Vac|Wet & Dry Vac|Site Vac
y: shop vac|shop vacuum ;; s: 20L 25L 30L 35L ;; t: Power Take-Off|Blower Function|Stainless Tank|Class L|4m Hose
f: Picks up water, dust and debris.|Power take-off socket starts the vacuum with the tool.
@nail_gun tool
n: nail gun|nail guns|cordless nailer|first fix nailer ;; p: Nailer 1st Fix|Nail Gun|Cdls Nailer
y: framing gun|nail shooter ;; s: 18V ;; t: Gasless|Brushless|Bump Fire|Depth Adjust
f: Gasless - no fuel cells needed.|Fires 50-90mm collated nails.
@hedge_trimmer tool
n: hedge trimmer|hedge trimmers|cordless hedge trimmer ;; p: Hedge Trimmer|Cdls Hedge Trim ;; y: hedge cutter
s: 18V 36V ;; t: 52cm Blade|Dual Action Blades|Anti-Jam|Rotating Handle
f: Dual action laser-cut blades.|20mm cutting capacity.
@grass_trimmer tool
n: grass trimmer|grass trimmers|cordless grass trimmer|line trimmer ;; p: Grass Trimmer|Line Trimmer|Cdls Trimmer
y: strimmer|weed trimmer ;; s: 18V 36V ;; t: 30cm Cut|Auto Line Feed|Edging Mode|Telescopic
f: Bump feed spool with 2.0mm line.|Converts to lawn edger.
@chainsaw tool
n: chainsaw|chainsaws|cordless chainsaw ;; p: Chainsaw|Cdls Chainsaw|Chain Saw ;; s: 18V 36V
t: 30cm Bar|Tool-Free Tensioning|Auto Oiler|Chain Brake ;; f: Automatic chain oiler.|Tool-free chain tensioning.
@pressure_washer tool
n: pressure washer|pressure washers ;; p: Pressure Washer|Press Washer ;; y: jet washer|power washer
s: 110bar 130bar 150bar 170bar ;; t: Induction Motor|Hose Reel|Detergent Tank|Metal Pump
f: Cleans patios, decking and vehicles.|Includes trigger gun, lance and 8m hose.
@battery plat
n: battery|batteries|battery pack|li-ion battery ;; p: Battery Pack|Li-ion Batt|Batt Pack|Battery
s: 2.0Ah 4.0Ah 5.0Ah 6.0Ah 8.0Ah 1.5Ah 3.0Ah ;; t: Li-ion|Fuel Gauge|Slide Pack|No Memory Effect
f: LED fuel gauge shows remaining charge.|Slide-on pack.
a: combi_drill drill_driver impact_driver sds_drill circular_saw jigsaw recip_saw angle_grinder
a: multi_tool plunge_saw nail_gun hedge_trimmer grass_trimmer chainsaw
@charger plat
n: charger|chargers|battery charger|fast charger ;; p: Charger|Fast Chgr|Batt Charger|Charger Fast
s: 2A 3A 4A 6A 8A ;; t: Fast Charge|Cooling Fan|Wall Mountable|Dual Port
f: Charges a 4.0Ah pack in about an hour.|Fan-cooled for faster charging.
a: combi_drill drill_driver impact_driver sds_drill circular_saw jigsaw recip_saw angle_grinder
a: multi_tool plunge_saw nail_gun hedge_trimmer grass_trimmer chainsaw
@tool_case bacc
n: tool case|tool cases|carry case|stacking case ;; p: Carry Case|Tool Case|Stack Case ;; s: 400mm 500mm 600mm
t: Stackable|Foam Insert|Metal Catches|Inlay
f: Stacks and clips onto other cases in the range.|Moulded inlay holds the tool, two batteries and charger.
a: combi_drill impact_driver drill_driver
@hss_bit acc part
n: hss drill bit|hss drill bits|metal drill bit|jobber drill
p: HSS Drill|Drill Bit HSS|HSS Jobber Drill|Jobber Drill ;; y: twist drill
s: 2mm 3mm 3.5mm 4mm 5mm 6mm 8mm 10mm 12mm 13mm ;; m: hss cobalt
t: Ground Flutes|135deg Split Point|DIN 338|Jobber Length
f: Split point starts without centre punching.|Drills steel, aluminium, plastics and wood.
a: combi_drill drill_driver
@masonry_bit acc part
n: masonry drill bit|masonry drill bits|masonry bit ;; p: Masonry Drill|Mas Bit|Masonry Bit
s: 5.5x150mm 6x150mm 6.5x150mm 7x150mm 8x150mm 10x150mm 6x100mm ;; m: tct
t: Carbide Tip|Percussion Rated|Round Shank
f: Carbide tip for brick, block and stone.|Round shank fits any keyed or keyless chuck. ;; a: combi_drill
@sds_bit acc part
n: sds drill bit|sds drill bits|sds plus bit|sds bit ;; p: SDS+ Bit|SDS Plus Drill Bit|SDS Bit
s: 5x110mm 6x160mm 8x160mm 10x210mm 12x260mm 14x450mm 16x210mm 6.5x160mm ;; m: tct
t: 4-Cutter Head|Concrete and Rebar|Fast Spiral
f: Four-cutter carbide head for reinforced concrete.|SDS plus shank. ;; a: sds_drill
@screwdriver_bit acc part
n: screwdriver bit|screwdriver bits|impact driver bit|driver bits ;; p: Screwdriver Bit|Scdr Bit|Impact Bit|Bit PZ2
y: insert bit ;; s: 25mm 50mm 90mm 150mm ;; t: PZ2~PH2~T25|Torsion Zone|Impact Rated
f: Torsion zone absorbs impact peaks.|1/4" hex shank. ;; a: impact_driver drill_driver combi_drill
@hole_saw acc part
n: hole saw|hole saws|holesaw ;; p: Holesaw|Hole Saw|H/Saw ;; s: 20mm 25mm 32mm 38mm 44mm 51mm 64mm 76mm 89mm
m: bim tct ;; t: Deep Cut|Arbor Required|Variable Pitch ;; f: 38mm cutting depth.|Use with a hole saw arbor.
a: combi_drill drill_driver
@jigsaw_blade acc part
n: jigsaw blade|jigsaw blades|t-shank blade ;; p: Jigsaw Blade|Jig Blade|Jigsaw Bld T-Shank
s: 6TPI 8TPI 10TPI 14TPI 21TPI 24TPI ;; m: hcs bim hss ;; t: T-Shank|Clean Cut~Fast Cut~Curved Cut
f: T-shank fits all modern jigsaws.|Ground teeth for clean cuts in timber. ;; a: jigsaw
@recip_blade acc part
n: reciprocating saw blade|reciprocating saw blades|recip blade ;; p: Recip Blade|Recip Saw Blade|Reciprocating Blade
s: 150mm 200mm 230mm 300mm ;; m: bim hcs tct ;; t: Wood with Nails~Demolition~Metal|Universal Shank
f: Universal shank.|Cuts through timber with embedded nails. ;; a: recip_saw
@circ_blade acc part
n: circular saw blade|circular saw blades|circ saw blade ;; p: Circ Saw Blade|TCT Saw Blade|Circ Blade
s: 165x20mm 184x16mm 190x30mm 210x30mm 235x30mm 160x20mm ;; m: tct ;; t: 24T~40T~48T|Thin Kerf|Anti-Vibration
f: Tungsten carbide tipped teeth.|Thin kerf for cordless saws. ;; a: circular_saw plunge_saw
@mitre_blade acc part
n: mitre saw blade|mitre saw blades ;; p: Mitre Saw Blade|Mitre Blade ;; s: 216x30mm 254x30mm 305x30mm 250x30mm
m: tct ;; t: 48T~60T~80T|Negative Rake|Fine Finish
f: Negative hook for safe cross-cutting.|Fine finish on skirting and architrave. ;; a: mitre_saw
@cutting_disc acc part
n: cutting disc|cutting discs|metal cutting disc|slitting disc ;; p: Cutting Disc|Cut Off Disc|Disc Cutting|Inox Disc
y: cut off wheel|slitting wheel ;; s: 115x1.0mm 115x3.0mm 125x1.0mm 125x1.2mm 230x3.0mm 230x1.9mm ;; m: ali_oxide zirc
t: Inox|Flat~Depressed Centre|22.23mm Bore ;; f: Thin 1mm disc for fast, clean cuts in stainless.|22.23mm bore.
a: angle_grinder
@diamond_blade acc part
n: diamond blade|diamond blades|diamond cutting blade ;; p: Diamond Blade|Dia Blade|Diamond Disc ;; y: diamond wheel
s: 115mm 125mm 230mm 300mm 350mm ;; m: diamond ;; t: Turbo Rim~Segmented~Continuous Rim|Dry Cut
f: Cuts brick, block, paving and concrete.|Laser-welded segments. ;; a: angle_grinder
@flap_disc acc part
n: flap disc|flap discs|flap wheel ;; p: Flap Disc|Flap Disc Zirc|Flap Wheel ;; s: P40 P60 P80 P120
m: zirc ali_oxide ;; t: 115mm~125mm|Conical~Flat|Fibreglass Backing
f: Grinds and finishes welds in one step.|Fibreglass backing plate. ;; a: angle_grinder
@sanding_belt acc part
n: sanding belt|sanding belts|sander belt ;; p: Sanding Belt|Abrasive Belt|Sander Belt
s: 75x457mm 75x533mm 100x610mm 100x560mm 65x410mm ;; m: ali_oxide zirc ;; t: Anti-Clog|Cloth Backed
f: Cloth backed for long life.|Bi-directional joint. ;; a: belt_sander
@sanding_disc acc part
n: sanding disc|sanding discs|hook and loop disc ;; p: Sanding Disc|H&L Disc|Sanding Disc 125mm
s: P40 P60 P80 P120 P180 P240 P320 ;; m: ali_oxide ;; t: 125mm|8 Hole|Hook and Loop|Anti-Clog
f: 8-hole pattern for dust extraction.|Hook and loop backing. ;; a: ro_sander
@multi_blade acc part
n: multi-tool blade|multi-tool blades|oscillating blade ;; p: Multi Tool Blade|MT Blade|Multi-Tool Bld
s: 10mm 20mm 32mm 45mm 65mm 87mm ;; m: bim hcs ;; t: Plunge Cut|Universal Fitting|Japanese Tooth|Segment
f: Universal fitting.|Plunge cuts in timber, plasterboard and nails. ;; a: multi_tool
@planer_blade acc part
n: planer blade|planer blades|planer knife ;; p: Planer Blade|Planer Blades Pr|Planer Knife ;; s: 82mm 110mm 155mm
m: hss tct ;; t: Reversible|Pair|Tungsten ;; f: Reversible for twice the life.|Sold as a pair. ;; a: planer
@saw_chain acc part
n: chainsaw chain|chainsaw chains|saw chain ;; p: Saw Chain|Chainsaw Chain|Chain 3/8LP ;; s: 10in 12in 14in 16in 18in
t: 3/8" LP|1.3mm Gauge|Low Kickback|44 Links ;; f: Low kickback chain.|3/8" low profile pitch. ;; a: chainsaw
@trimmer_line acc part
n: trimmer line|trimmer lines|cutting line ;; p: Trimmer Line|Line Trimmer Cord|Cutting Line
y: strimmer cord|strimmer wire ;; s: 1.6mm 2.0mm 2.4mm 3.0mm 1.3mm ;; m: nylon
t: Twisted~Round~Square|15m~50m|Low Noise ;; f: Tough twisted nylon.|Cuts longer grass cleanly. ;; a: grass_trimmer
@collated_nails acc part
n: collated nails|collated nail strips|framing nails ;; p: Collated Nails|Nails Collated|Strip Nails 1st Fix
s: 2.8x50mm 2.8x63mm 3.1x75mm 3.1x90mm 2.8x51mm 3.1x63mm ;; m: bzp galv
t: Ring Shank~Smooth Shank|Clipped Head|22deg ;; f: 22 degree plastic collation.|Ring shank for extra grip.
a: nail_gun
@patio_cleaner acc
n: patio cleaner|patio cleaners|rotary surface cleaner ;; p: Patio Cleaner|Surface Cleaner ;; y: deck scrubber
s: 280mm 300mm 350mm ;; t: Splash Guard|Rotating Nozzles|Quick Connect
f: Cleans patios without splashing.|Quick connect to the lance. ;; a: pressure_washer
@guide_rail bacc
n: guide rail|guide rails|saw rail ;; p: Guide Rail|Saw Rail|Rail ;; y: track rail
s: 700mm 1000mm 1400mm 1900mm 2700mm ;; m: alu ;; t: Anti-Slip Strip|Splinter Strip|Joinable
f: Anti-slip backing grips the workpiece.|Join two rails with the connector. ;; a: plunge_saw
@vac_filter bacc
n: vacuum filter|vacuum filters|cartridge filter|filter cartridge ;; p: Filter Cartridge|Vac Filter|Cartridge Filter
y: hepa cartridge ;; t: Washable|Wet and Dry|Class M|Pleated ;; f: Washable pleated cartridge.|Works wet and dry.
a: wet_dry_vac
@dust_bag bacc
n: dust bag|dust bags|fleece filter bag ;; p: Dust Bags|Fleece Bags|Dust Bag ;; s: 20L 25L 30L 35L ;; m: polyester
t: Fleece|5 Pack|Tear Resistant ;; f: Multi-layer fleece traps fine dust.|Tear resistant. ;; a: wet_dry_vac
@hacksaw_blade acc part
n: hacksaw blade|hacksaw blades ;; p: Hacksaw Blade|H/Saw Blade|Hacksaw Blades ;; s: 18TPI 24TPI 32TPI
m: bim hss hcs ;; t: 300mm|Shatterproof|Flexible ;; f: 300mm blade.|Shatterproof bi-metal. ;; a: hacksaw
@knife_blade acc part
n: utility knife blade|utility knife blades|trimming knife blades ;; p: Knife Blades|Trimming Blade|Utility Blade
y: razor blades ;; s: 18mm 25mm 9mm ;; m: steel ;; t: Snap-Off|Heavy Duty|Dispenser
f: Fits standard retractable knives.|Dispenser of 10. ;; a: utility_knife
@roller_sleeve acc part
n: roller sleeve|roller sleeves|paint roller sleeve ;; p: Roller Sleeve|Roller Slv|Sleeve Medium Pile
y: roller cover|roller refill ;; s: 100mm 230mm 300mm 380mm ;; m: polyester wool
t: Medium Pile~Short Pile~Long Pile|Lint Free
f: Medium pile for emulsion on walls and ceilings.|Fits standard frames with a 44mm core. ;; a: roller_frame
@ladder_stabiliser acc
n: ladder stabiliser|ladder stabilisers|ladder stand-off ;; p: Ladder Stabiliser|Ladder Stand-Off|Stabiliser Bar
y: ladder stay ;; s: 1000mm 1200mm ;; m: alu steel ;; t: Anti-Slip Feet|Clamp Fit|Gutter Clearance
f: Clamps onto the top rungs.|Holds the ladder clear of gutters. ;; a: extension_ladder combination_ladder
@claw_hammer
n: claw hammer|claw hammers|framing hammer ;; p: Claw Hammer|Hammer Claw|Clw Hmr ;; y: nail hammer
s: 16oz 20oz 22oz 24oz 8oz ;; m: fgh steel wood ;; t: Anti-Vibration|Curved Claw~Straight Claw|Magnetic Nail Starter
f: Forged steel head.|Shock-absorbing grip.
@club_hammer
n: club hammer|club hammers ;; p: Club Hammer|Hammer Club ;; y: lump hammer|mash hammer ;; s: 1.1kg 1.8kg 1.4kg
m: fgh wood ;; t: Drop Forged|Shock Absorbing ;; f: Use with chisels and bolsters.|Drop-forged head.
@wood_chisel
n: wood chisel|wood chisels|bevel edge chisel ;; p: Chisel Bevel Edge|Wood Chisel|BE Chisel ;; y: firmer chisel
s: 6mm 10mm 12mm 13mm 19mm 25mm 32mm 38mm ;; m: steel ;; t: Strike Cap|Hardened Blade|Soft Grip
f: Hardened and tempered blade.|Strike-through cap.
@hand_saw
n: hand saw|hand saws|panel saw|handsaw ;; p: Handsaw|Hand Saw|Saw Hand ;; y: rip saw ;; s: 20in 22in 24in 15in
m: steel ;; t: Hardpoint|7TPI~8TPI|Soft Grip ;; f: Hardpoint triple-ground teeth.|Cuts on push and pull.
@hacksaw
n: hacksaw|hacksaws|hacksaw frame ;; p: Hacksaw|Hacksaw Frame|H/Saw Frame ;; y: junior saw ;; s: 12in 6in
t: Tensioning Lever|Adjustable Angle|Blade Storage ;; f: Takes 300mm blades.|Quick blade tensioning lever.
@tape_measure part
n: tape measure|tape measures|measuring tape ;; p: Tape Measure|Measure Tape|Tape Meas ;; y: tape rule
s: 3m 5m 8m 10m 7.5m ;; t: Magnetic Hook|Nylon Coated Blade|Belt Clip|Metric/Imperial
f: 25mm wide blade.|Auto lock.
@spirit_level part
n: spirit level|spirit levels|box level ;; p: Spirit Level|Level Box Beam|Box Level ;; y: bubble level
s: 600mm 1000mm 1200mm 1800mm 400mm ;; m: alu ;; t: 3 Vials|Magnetic|Milled Edge|Shockproof End Caps
f: 3 vials: level, plumb and 45 degrees.|Accuracy 0.5mm/m.
@utility_knife
n: utility knife|utility knives|retractable knife|trimming knife ;; p: Utility Knife|Trimming Knife|Retract Knife
y: box cutter ;; t: Retractable|Blade Storage|Quick Change
f: Quick-change blade with storage in the handle.|Supplied with 3 blades.
@wrecking_bar
n: wrecking bar|wrecking bars|pry bar ;; p: Wrecking Bar|Pry Bar|Bar Wrecking ;; y: crowbar|jemmy
s: 450mm 600mm 900mm 750mm ;; m: steel ;; t: Hex Shaft|Nail Slot|Gooseneck
f: Hex-section forged steel.|Nail slot on both ends.
@comb_pliers
n: combination pliers|combination plier|pliers ;; p: Comb Pliers|Combination Pliers|Pliers Combi
y: linesman pliers|lineman pliers ;; s: 160mm 180mm 200mm ;; m: steel ;; t: VDE 1000V|Induction Hardened|Soft Grip
f: Induction-hardened cutting edges.|Insulated to 1000V.
@locking_pliers
n: locking pliers|locking plier|locking grip pliers ;; p: Locking Pliers|Lock Grip Plier
y: self grip wrench|locking wrench ;; s: 7in 10in 5in ;; m: steel ;; t: Curved Jaw|Quick Release|Adjustable
f: Quick release lever.|Curved jaw grips pipe and round stock.
@water_pump_pliers
n: water pump pliers|water pump plier|slip joint pliers ;; p: Water Pump Pliers|WP Pliers
y: groove joint pliers|channel grips ;; s: 250mm 300mm 180mm ;; m: steel
t: Push Button Adjust|Self-Locking|Soft Grip ;; f: Push-button adjustment.|Grips pipes and nuts up to 60mm.
@adj_spanner
n: adjustable spanner|adjustable spanners|adjustable wrench ;; p: Adj Spanner|Adjustable Spanner|Spanner Adj
y: shifter|shifting spanner ;; s: 150mm 200mm 250mm 300mm 375mm ;; m: steel
t: Chrome Vanadium|Wide Jaw|Metric Scale ;; f: Chrome vanadium steel.|Wide opening jaw.
@socket_set part
n: socket set|socket sets|ratchet and socket set ;; p: Socket Set|Skt Set|Socket Set Ratchet ;; s: 1/4in 3/8in 1/2in
m: steel ;; t: 72 Tooth Ratchet|Metric|Case|6 Point
f: 72-tooth quick-release ratchet.|Supplied in a blow-moulded case.
@hex_key_set
n: hex key set|hex key sets|hex keys ;; p: Hex Key Set|Hex Keys|Key Set Hex ;; y: allen key|allen keys|allen wrench
s: 1.5-10mm 2-8mm 1.5-6mm ;; m: steel ;; t: Ball End|Long Arm|Holder
f: Ball end for angled access.|Colour-coded holder.
@brick_trowel
n: brick trowel|brick trowels|bricklaying trowel ;; p: Brick Trowel|Trowel Brick|Trowel London Pattern
y: brickies trowel ;; s: 250mm 280mm 300mm 330mm ;; m: steel ;; t: London Pattern|Soft Grip|One-Piece
f: Forged one-piece blade.|London pattern.
@plastering_trowel
n: plastering trowel|plastering trowels|finishing trowel ;; p: Plastering Trowel|Plaster Trowel|Finishing Trowel
s: 280mm 330mm 355mm 406mm ;; m: ss steel ;; t: Pre-Worn|Flexible|Soft Grip
f: Pre-worn edges for a smooth finish.|Lightweight aluminium shank.
@caulking_gun
n: caulking gun|caulking guns|cartridge gun ;; p: Caulking Gun|Cartridge Gun|Caulk Gun
y: skeleton gun|sealant gun|mastic gun ;; s: 310ml 400ml 600ml ;; m: steel ;; t: Drip-Free|Heavy Duty|Rotating Barrel
f: Drip-free pressure release.|Takes standard cartridges.
@staple_gun
n: staple gun|staple guns|hand tacker ;; p: Staple Gun|Tacker|Stapler Heavy Duty ;; y: staple tacker
s: 6-14mm 4-10mm 8-12mm ;; m: steel ;; t: Heavy Duty|Flush Nose|Anti-Jam ;; f: Fires 6-14mm staples.|All-steel body.
@safety_glasses part
n: safety glasses|safety glass|safety spectacles ;; p: Safety Glasses|Specs Safety|Glasses Safety ;; y: safety specs
m: clear ;; t: Anti-Fog|Anti-Scratch|EN 166|Wraparound ;; f: Anti-fog, anti-scratch lens.|EN 166 impact rated.
@ear_defenders part
n: ear defenders|ear defender|hearing protector ;; p: Ear Defenders|Ear Def|Defenders Ear ;; y: ear muffs
t: SNR 30dB~SNR 27dB|Folding|Headband ;; f: Adjustable padded headband.|EN 352 rated.
@hi_vis_vest part
n: hi-vis vest|hi-vis vests|high visibility vest ;; p: Hi-Vis Vest|HV Vest|Vest Hi Vis
y: hi viz waistcoat|reflective waistcoat ;; s: M L XL XXL 3XL S ;; m: hv_yellow hv_orange
t: EN ISO 20471|Class 2|Velcro Front|ID Pocket ;; f: Two reflective bands.|Class 2 to EN ISO 20471.
@safety_boots part
n: safety boots|safety boot|work boots ;; p: Safety Boot|Boot Safety|Safety Boots S3 ;; y: steelies
s: UK6 UK7 UK8 UK9 UK10 UK11 UK12 ;; m: composite_toe steel_toe leather ;; t: S3~S1P|Midsole|SRC Slip Resistant
f: Anti-penetration midsole.|SRC slip-resistant sole.
@hard_hat part
n: hard hat|hard hats|site helmet ;; p: Hard Hat|Helmet Safety|Site Helmet ;; y: safety helmet|bump hat
m: hv_yellow white ;; t: Vented|Ratchet Harness|EN 397 ;; f: Six-point harness.|EN 397.
@dust_mask part
n: dust mask|dust masks|disposable respirator ;; p: Dust Mask|Mask FFP3|Disp Mask ;; y: paper mask|face mask
t: FFP2~FFP3|Valved|Box of 10 ;; f: Exhalation valve reduces heat build-up.|For silica and wood dust.
@work_gloves part
n: work gloves|work glove|grip gloves ;; p: Gloves Grip|Work Gloves|Glove Nitrile Coated ;; y: builders gloves
s: S M L XL XXL ;; m: nitrile latex leather ;; t: Cut Level B|Breathable|Touchscreen|EN 388
f: Breathable knitted back.|Cut level B.
@silicone_sealant part
n: silicone sealant|silicone sealants|silicone ;; p: Silicone Sealant|Silicone|Sealant Silicone
y: mastic|bathroom sealer ;; s: 310ml 300ml 280ml ;; m: white clear grey brown
t: Sanitary|Anti-Mould|Low Modulus|Fast Cure ;; f: Anti-mould formula.|Sanitary grade for baths and showers.
@decorators_caulk part
n: decorators caulk|decorators caulks|acrylic caulk|caulk ;; p: Decorators Caulk|Caulk Decs|Decs Caulk
y: painters caulk|decorators filler ;; s: 310ml 380ml ;; m: white ;; t: Overpaintable|Flexible|Fast Drying
f: Overpaintable in 30 minutes.|Seals gaps around skirting and frames.
@grab_adhesive part
n: grab adhesive|grab adhesives|construction adhesive|gripping adhesive
p: Grab Adhesive|Adhesive Grab|Constr Adhesive ;; y: no nails|panel adhesive ;; s: 290ml 310ml 350ml 400ml
m: white clear ;; t: High Grab|Solvent Free|Interior/Exterior
f: Instant grab holds without propping.|Bonds skirting, coving and panels.
@expanding_foam part
n: expanding foam|expanding foams|gap filling foam|pu foam ;; p: Exp Foam|Expanding Foam|Foam Gun Grade
y: spray foam|canned foam ;; s: 500ml 750ml 700ml ;; m: pu ;; t: Gun Grade|Hand Held|Fire Rated|Low Expansion
f: Fills gaps around pipes and frames.|Cut and trim after 1 hour.
@pva part
n: pva|pva glue|pva adhesive|wood glue ;; p: PVA|PVA Adhesive|PVA Bond ;; y: white glue|carpenters glue
s: 1L 2.5L 5L 500ml ;; t: Exterior~Multi-Purpose|Primer and Sealer
f: Bonds wood and primes porous surfaces.|Dries clear.
@duct_tape part
n: duct tape|duct tapes|cloth tape ;; p: Duct Tape|Tape Duct|Cloth Tape ;; y: gaffer tape|gaffa tape
s: 48mm 50mm 75mm ;; m: silver black ;; t: 25m~50m|Waterproof|Tear By Hand ;; f: Tears by hand.|Waterproof backing.
@masking_tape part
n: masking tape|masking tapes ;; p: Masking Tape|Tape Masking ;; y: painters tape ;; s: 19mm 25mm 38mm 50mm 24mm
t: 50m|14 Day|Low Tack|Exterior ;; f: Clean removal up to 14 days.|Sharp paint lines.
@wood_screw part
n: wood screw|wood screws|chipboard screw|chipboard screws|multi-purpose screws
p: Csk Pozi Chipbd Scr|Woodscrew Csk|Chipboard Screw Csk PZ|Wood Scr Csk Pozi ;; y: twin thread screw
s: 3.5x30mm 4.0x40mm 4.0x50mm 5.0x60mm 5.0x80mm 6.0x100mm 4.0x30mm 5.0x70mm 3.0x20mm 6.0x150mm ;; m: zyp bzp a2
t: Countersunk|Pozi|Single Thread|Part Thread|Nibs
f: Sharp point for fast starts.|Nibs under the head for flush countersinking. ;; k: Bx200|Bx100|Bx500|Bx1000
@drywall_screw part
n: drywall screw|drywall screws|plasterboard screw ;; p: Drywall Scr|Drywall Screw Bugle|P/bd Screw ;; y: gypsum screw
s: 3.5x25mm 3.5x32mm 3.5x38mm 3.5x50mm 4.2x65mm ;; m: phosphate bzp
t: Bugle Head|Fine Thread~Coarse Thread|Collated
f: Bugle head sits flush without tearing the paper.|Fine thread for metal studs. ;; k: Bx1000|Bx500|Bx200
@self_drill_screw part
n: self drilling screw|self drilling screws|self drill screw ;; p: Self Drill Scr|S/D Screw Hex|Self-Drilling Screw
y: tek screw|tek screws ;; s: 4.8x19mm 5.5x25mm 5.5x38mm 5.5x50mm 4.2x13mm ;; m: bzp a2
t: Hex Washer Head|EPDM Washer|Drill Point|Light Section ;; f: Drills and taps steel up to 5mm.|Bonded sealing washer.
k: Bx100|Bx500
@coach_screw part
n: coach screw|coach screws|hex head timber screw ;; p: Coach Scr|Coach Screw Hex|Hex Coach Scr
y: lag bolt|lag screw ;; s: M8x75 M10x100 M10x150 M12x100 M8x50 M12x150 M6x50 ;; m: bzp hdg a2
t: Hex Head|Gimlet Point|DIN 571 ;; f: Gimlet point.|DIN 571. ;; k: Bx50|Bx25|Pk10
@hex_bolt part
n: hex bolt|hex bolts|hexagon bolt ;; p: Hex Bolt|Bolt Hex|Hex Hd Bolt|HT Bolt Hex ;; y: machine bolt|hex head bolt
s: M6x30 M8x40 M8x60 M10x50 M10x80 M12x60 M16x100 M12x100 M6x50 ;; m: bzp a2 a4 hdg
t: Grade 8.8|Part Thread|DIN 931|With Nut ;; f: Grade 8.8 high tensile.|Part threaded. ;; d: DIN 931|ISO 4014
k: Bx50|Bx100|Pk10|Bx25
@coach_bolt part
n: coach bolt|coach bolts|cup square bolt ;; p: Coach Bolt|Bolt Coach|Cup Sq Bolt ;; y: carriage bolt|carriage bolts
s: M8x75 M10x100 M10x150 M12x150 M8x100 M10x200 ;; m: bzp hdg a2 ;; t: Cup Head|Square Neck|With Nut and Washer
f: Domed head with square neck.|Supplied with nuts and washers. ;; k: Bx50|Pk10|Bx25
@hex_nut part
n: hex nut|hex nuts|full nut ;; p: Hex Nut|Nut Hex Full|Full Nut ;; y: hexagon nut ;; s: M5 M6 M8 M10 M12 M16 M20
m: bzp a2 a4 hdg ;; t: Grade 8|DIN 934 ;; f: Grade 8.|DIN 934. ;; k: Bx100|Bx200|Bx50
@nyloc_nut part
n: nyloc nut|nyloc nuts|nylon insert lock nut ;; p: Nyloc Nut|Nut Nyloc|Nylon Insert Nut ;; y: stiff nut
s: M5 M6 M8 M10 M12 M16 ;; m: bzp a2 ;; t: Nylon Insert|DIN 985|Thin ;; f: Nylon insert resists vibration.|DIN 985.
k: Bx100|Bx50
@wing_nut part
n: wing nut|wing nuts ;; p: Wing Nut|Nut Wing ;; y: butterfly nut|thumb nut ;; s: M5 M6 M8 M10 M12 ;; m: bzp a2 brass
t: DIN 315|Hand Tighten ;; f: Hand tightened.|DIN 315 American pattern. ;; k: Bx50|Pk10
@flat_washer part
n: flat washer|flat washers|form a washer ;; p: Washer Flat|Flat Wshr|Washer Form A|Wshr Form A ;; y: plain washer
s: M5 M6 M8 M10 M12 M16 M20 ;; m: bzp a2 a4 hdg ;; t: Form A|DIN 125|Heavy
f: DIN 125 form A.|Spreads the load under nuts and bolt heads. ;; k: Bx200|Bx100|Bx500
@threaded_rod part
n: threaded rod|threaded rods|threaded bar ;; p: Threaded Rod|Thrd Rod 1m|Rod Threaded
y: studding|all thread|screwed rod ;; s: M6 M8 M10 M12 M16 M20 ;; m: bzp a2 hdg ;; t: 1m Length|Grade 4.8|DIN 975
f: Supplied in 1 metre lengths.|DIN 975. ;; k: Ea|Pk5|Pk10
@wall_plug part
n: wall plug|wall plugs|plastic plug|masonry plug ;; p: Wall Plug|Plug Wall|Plastic Plug ;; y: screw plug|dowel plug
s: 5mm 6mm 7mm 8mm 10mm 5.5mm ;; m: nylon pp ;; t: Red~Brown~Yellow|Anti-Rotation Fins
f: Fins stop the plug spinning.|For brick, block and concrete. ;; k: Bx100|Pk100|Bx500
@frame_fixing part
n: frame fixing|frame fixings|frame plug ;; p: Frame Fixing|Frame Fix|Frame Fixing Csk ;; y: window frame anchor
s: 8x80mm 8x100mm 10x100mm 10x115mm 10x135mm 10x160mm 8x120mm ;; m: zyp bzp a2
t: Countersunk|Pre-Assembled|Hex Head
f: Pre-assembled screw and nylon sleeve.|Fixes frames and battens through the timber. ;; k: Bx50|Bx100|Pk10
@masonry_screw part
n: masonry screw|masonry screws|concrete bolt ;; p: Mas Screw|Masonry Scr|Concrete Bolt Hex ;; y: concrete screw
s: 6x50mm 7.5x60mm 7.5x80mm 7.5x100mm 7.5x120mm 6x40mm 10x80mm ;; m: zyp bzp a4
t: No Plug Needed|Hex Flange|Countersunk|Torx
f: Fixes straight into masonry without a plug.|Removable and reusable. ;; k: Bx100|Bx50|Pk10
@through_bolt part
n: through bolt|through bolts|throughbolt ;; p: Throughbolt|Through Bolt|T/Bolt ;; y: wedge anchor|stud anchor
s: M8x75 M10x80 M10x100 M12x100 M12x120 M16x125 M8x100 ;; m: bzp a4
t: Expansion Clip|ETA Approved|With Nut and Washer
f: Expansion clip grips concrete.|ETA approved for cracked concrete. ;; k: Bx50|Bx25|Pk4
@cavity_anchor part
n: cavity wall anchor|cavity wall anchors|hollow wall anchor ;; p: Cavity Anchor|Hollow Wall Anchor|HWA
y: molly bolt|molly anchor ;; s: M4x32 M5x37 M5x52 M6x52 M6x65 ;; m: bzp
t: Setting Tool Needed|Plasterboard|Collapsible Sleeve
f: For plasterboard and hollow doors.|Use the setting tool to expand. ;; k: Bx100|Pk25
@chemical_resin part
n: chemical anchor resin|chemical anchor resins|resin anchor|injection resin
p: Chem Anchor|Resin Polyester|Chemical Resin ;; y: chemical fixing ;; s: 300ml 380ml 410ml 150ml ;; m: polyester
t: Styrene Free|Standard Gun|Nozzles Included ;; f: Fits a standard cartridge gun.|For hollow and solid masonry.
@blind_rivet part
n: blind rivet|blind rivets|rivet ;; p: Rivet Blind|Blind Rivet|Rivet Dome ;; y: pop rivet|pop rivets
s: 3.2x8mm 4.0x10mm 4.8x12mm 4.0x12mm 3.2x10mm 4.8x16mm ;; m: alu steel a2 ;; t: Dome Head|Large Flange|Open End
f: Set with a hand riveter.|Dome head. ;; k: Bx100|Bx500|Pk50
@round_nail part
n: round wire nail|round wire nails|round nail ;; p: Round Wire Nail|Nail Rnd Wire|RWN ;; y: common nail|jumbo nail
s: 2.65x50mm 3.35x65mm 3.35x75mm 4.5x100mm 5.0x125mm 6.0x150mm 2.65x40mm ;; m: bright galv
t: Plain Head|Smooth Shank ;; f: Plain head.|Sold by weight. ;; k: 1kg|2.5kg|500g
@clout_nail part
n: clout nail|clout nails|felt nail ;; p: Clout Nail|Nail Clout|Clout Galv ;; y: roofing tack|extra large head nail
s: 2.65x20mm 2.65x30mm 3.0x40mm 3.35x50mm ;; m: galv cu ;; t: Large Head|Roofing|Felt
f: Large flat head for felt and slates.|Galvanised for outdoor use. ;; k: 1kg|500g|2.5kg
@joist_hanger part
n: joist hanger|joist hangers|timber hanger ;; p: Joist Hanger|Jst Hanger|Hanger Joist ;; y: joist boot|joist shoe
s: 47x150mm 47x175mm 47x200mm 47x225mm 75x225mm 50x150mm 100x225mm ;; m: galv hdg
t: Masonry Fixed~Restraint Type|Short Leg~Long Leg ;; f: Builds into blockwork.|Fix with 30mm square twist nails.
k: Ea|Pk10|Pk25
@nail_plate part
n: nail plate|nail plates|timber connector plate ;; p: Nail Plate|Nailplate|Connector Plate
y: mending plate|fish plate ;; s: 100x50mm 150x75mm 200x100mm 150x100mm 250x150mm ;; m: galv
t: Pre-Punched|Toothed|Heavy Gauge ;; f: Joins timbers end to end.|Pre-punched nail holes. ;; k: Pk10|Ea|Pk20
@angle_bracket part
n: angle bracket|angle brackets|corner bracket ;; p: Angle Bracket|Angle Brkt|Brkt Angle Reinforced
y: corner brace|l bracket ;; s: 50x50x35mm 70x70x55mm 90x90x65mm 40x40x40mm 100x100x90mm ;; m: galv bzp a2
t: Reinforced|Slotted|Heavy Duty ;; f: Reinforcing rib for extra strength.|Slotted for adjustment. ;; k: Pk10|Bx50|Pk4
@restraint_strap part
n: restraint strap|restraint straps|lateral restraint strap ;; p: Restraint Strap|Strap Restraint|Lat Restraint Strap
y: gable strap|tension strap ;; s: 600mm 800mm 1000mm 1200mm 1400mm 1600mm ;; m: galv
t: 30x5mm|Bent~Straight|Heavy Duty ;; f: Ties walls to floor joists and roof timbers.|30 x 5mm section. ;; k: Ea|Pk10
@post_support part
n: post support|post supports|post base|bolt down post support ;; p: Post Support|Post Base|Bolt Down Shoe
y: post shoe|post anchor ;; s: 75x75mm 100x100mm 125x125mm 150x150mm ;; m: galv hdg
t: Bolt Down|Adjustable|Concrete In ;; f: Holds posts clear of standing water.|Bolts down to concrete. ;; k: Ea|Pk4
@butt_hinge part
n: butt hinge|butt hinges|door hinge ;; p: Hinge Butt|Butt Hinge|Hinge Butt Ball Brg|Hinge Steel Butt ;; y: leaf hinge
s: 75x50mm 76x51mm 100x75mm 102x76mm 102x67mm 127x89mm 64x35mm ;; m: ss bzp pb sc blk brass
t: Ball Bearing|Grade 13|Fire Rated|Washered|CE Marked
f: Grade 13 ball bearing for fire doors.|Supplied with matching screws. ;; d: BS EN 1935|EN 1935
k: Pr|Pk3|Pk10 Pr|Ea
@tee_hinge part
n: tee hinge|tee hinges|t hinge ;; p: Tee Hinge|Hinge Tee|Tee Hng Lt ;; y: gate hinge|strap hinge
s: 150mm 200mm 250mm 300mm 400mm 450mm ;; m: galv blk bzp ;; t: Light~Medium~Heavy|Japanned
f: For shed and garden gates.|Screws included. ;; k: Pr|Ea
@sash_lock part
n: sash lock|sash locks|mortice sash lock|sashlock ;; p: Sashlock Mortice|Mortice Sashlock|Sash Lock 3 Lever
y: mortise lock ;; s: 64mm 76mm 2.5in 3in ;; m: ss pb sc blk ;; t: 3 Lever~5 Lever|BS 3621|Radius Forend
f: Lock and latch in one case.|Supplied with two keys. ;; d: BS 3621 ;; k: Ea
@deadlock part
n: deadlock|deadlocks|mortice deadlock|dead lock ;; p: Deadlock Mortice|Mortice Deadlock|Deadlock 5 Lev
y: dead bolt lock|deadbolt ;; s: 64mm 76mm ;; m: ss pb sc ;; t: 5 Lever|BS 3621|Insurance Approved|Anti-Drill
f: Insurance approved to BS 3621.|Hardened anti-drill plates. ;; d: BS 3621 ;; k: Ea
@euro_cylinder part
n: euro cylinder|euro cylinders|euro cylinder lock ;; p: Euro Cyl|Cylinder Euro|Euro Profile Cyl
y: euro barrel|lock barrel ;; s: 35-35mm 40-40mm 35-45mm 45-45mm 40-50mm 30-30mm 35-50mm ;; m: sn pb pc brass
t: Anti-Snap|Anti-Bump|3 Keys|Kitemarked ;; f: Anti-snap sacrificial line.|Supplied with 3 keys.
d: TS 007|BS EN 1303 ;; k: Ea
@padlock part
n: padlock|padlocks ;; p: Padlock|P/Lock|Padlock Laminated ;; y: pad lock ;; s: 40mm 50mm 60mm 30mm 70mm
m: brass steel ;; t: Laminated|Closed Shackle|Weatherproof|Keyed Alike
f: Hardened steel shackle.|Supplied with 3 keys. ;; k: Ea|Pk2
@door_closer part
n: door closer|door closers|overhead door closer ;; p: Door Closer|Closer Door|O/H Door Closer
y: door check|self closing arm ;; m: silver sc blk ;; t: Size 2-4|Adjustable Power|Backcheck|Fire Rated
f: Adjustable power size 2-4.|Fire rated for doors up to 80kg. ;; d: EN 1154 ;; k: Ea
@lever_handle part
n: lever on rose|lever on rose handles|door handle|door handles ;; p: Lever on Rose|Lever/Rose|Lever Handle Rose
y: door lever|door furniture ;; m: sc pc pb blk ss ;; t: Sprung|Pair|Screw-On Rose~Round Rose
f: Sprung lever stays level.|Supplied as a pair with fixings. ;; k: Pr
@pull_handle part
n: pull handle|pull handles|d pull handle ;; p: Pull Handle|Handle Pull|D Pull ;; y: d handle|door pull
s: 150mm 225mm 300mm 425mm 600mm ;; m: ss blk sc ;; t: Bolt Through~Back Fixed|19mm Bar
f: Bolt-through fixing.|19mm diameter bar. ;; k: Ea
@tower_bolt part
n: tower bolt|tower bolts|door bolt ;; p: Tower Bolt|Bolt Tower|Twr Bolt ;; y: barrel bolt|slide bolt
s: 75mm 100mm 150mm 200mm 250mm ;; m: bzp blk pb ;; t: Straight~Necked|Padlockable
f: Fixes to the inside of gates and doors.|Screws supplied. ;; k: Ea|Pk2
@hasp_staple part
n: hasp and staple|hasp and staples|safety hasp ;; p: Hasp & Staple|Hasp/Staple|Safety Hasp ;; y: padlock hasp
s: 75mm 100mm 150mm 115mm ;; m: galv blk bzp ;; t: Hinged|Concealed Screws|Heavy Duty
f: Hinged hasp hides the fixing screws.|Takes padlocks up to 10mm shackle. ;; k: Ea
@gate_latch part
n: gate latch|gate latches|ring gate latch ;; p: Gate Latch|Latch Gate|Ring Latch ;; y: gate catch|thumb latch
m: galv blk ;; t: Auto|Ring|Padlockable ;; f: Automatic latching.|Works from both sides. ;; k: Ea
@letter_plate part
n: letter plate|letter plates|letter flap ;; p: Letter Plate|Letterplate|Letter Plate Sprung
y: letterbox|letter box ;; s: 250x75mm 300x75mm 330x76mm ;; m: pb pc sc blk
t: Sprung Flap|Bolt Through|Draught Seal ;; f: Sprung flap.|Bolt-through fixing. ;; k: Ea
@half_round_gutter part
n: half round gutter|half round gutters|gutter ;; p: Gutter H/R|Half Round Gutter|Gutter 112mm
y: guttering|spouting ;; s: 112mm 150mm 75mm ;; m: upvc cast alu ;; t: 4m Length~2m Length|Black~Grey
f: Half round profile.|Fits standard unions and brackets. ;; k: Ea
@downpipe part
n: downpipe|downpipes|rainwater downpipe ;; p: Downpipe|Down Pipe|RW Pipe ;; y: downspout ;; s: 68mm 80mm 50mm
m: upvc cast ;; t: Round~Square|2.5m~4m ;; f: Round profile.|Pipe clips sold separately. ;; k: Ea
@gutter_bracket part
n: gutter bracket|gutter brackets|fascia bracket ;; p: Gutter Brkt|Fascia Bracket|Gutter Bracket ;; y: gutter hanger
s: 112mm 150mm 76mm ;; m: upvc galv ;; t: Fascia Fixing|Half Round|Clip-In ;; f: Fix every 1 metre.|Clip-in fitting.
k: Ea|Pk10
@roofing_felt part
n: roofing felt|roofing felts|shed felt ;; p: Roof Felt|Felt Shed|Roofing Felt Green ;; y: tar paper|roofing paper
s: 10m 8m 15m 20m ;; m: bitumen ;; t: Green Mineral~Sanded|Underlay|1m Wide ;; f: Mineral surfaced.|1m wide roll.
k: Roll
@flashing_tape part
n: flashing tape|flashing tapes|self adhesive flashing ;; p: Flashing Tape|Flash Tape|Flashing Roll
y: roof flashing strip ;; s: 75mm 100mm 150mm 225mm 300mm 50mm ;; m: bitumen alu
t: 10m|Grey~Lead Effect|Self Adhesive ;; f: Cold applied.|Seals around chimneys and upstands. ;; k: Roll
@lead_flashing part
n: lead flashing|lead flashings|code 4 lead ;; p: Lead Code 4|Lead Flashing|Code 4 Lead Roll ;; y: lead roll
s: 150mm 240mm 300mm 390mm 450mm 600mm ;; m: lead ;; t: Code 4|3m Roll~6m Roll|1.8mm
f: Code 4 milled lead.|Dress by hand. ;; d: BS EN 12588 ;; k: Roll
@roof_sheet part
n: corrugated roof sheet|corrugated roof sheets|roofing sheet
p: Corr Roof Sheet|Roof Sheet Corrugated|Corrugated Sheet ;; y: tin roof|wriggly tin ;; s: 2000mm 2500mm 3000mm 1830mm
m: bitumen pvc galv ;; t: Anti-Condensation|950mm Wide|10 Year Guarantee
f: 950mm wide.|Fix with cap screws through the crowns. ;; k: Ea
@drain_pipe part
n: underground drain pipe|underground drain pipes|drainage pipe ;; p: U/G Pipe|Drain Pipe|Underground Pipe
y: sewer pipe ;; s: 110mm 160mm ;; m: upvc ;; t: 3m~6m|Single Socket~Plain Ended|Terracotta
f: Terracotta colour for underground use.|Push-fit ring seal. ;; k: Ea
@drain_bend part
n: underground bend|underground bends|drain bend ;; p: U/G Bend|Bend Drain|Drain Bend 87.5 ;; y: drain elbow
s: 110mm 160mm ;; m: upvc ;; t: 87.5deg~45deg~15deg|Double Socket~Single Socket
f: Push-fit ring seal.|For underground drainage runs. ;; k: Ea
@land_drain part
n: land drainage pipe|land drainage pipes|perforated land drain ;; p: Land Drain|Perf Land Drain|Land Drain Coil
y: french drain pipe|ag pipe ;; s: 60mm 80mm 100mm 160mm ;; m: pp
t: 25m Coil~50m Coil|Perforated|Geotextile Wrapped ;; f: Slotted for ground water.|Flexible coil. ;; k: Coil
@extension_ladder part
n: extension ladder|extension ladders|double extension ladder|triple extension ladder
p: Ext Ladder|Ladder Ext|Ladder 2-Sect|Ladder Dbl Ext ;; y: double ladder ;; s: 3.0m 3.5m 4.0m 4.5m 5.0m ;; m: alu frp
t: EN 131|Trade|D-Rungs|Stabiliser Bar|Professional ;; f: D-shaped rungs.|Closed length quoted. ;; d: EN 131 ;; k: Ea
@step_ladder part
n: step ladder|step ladders|stepladder ;; p: Step Ladder|Steps Alu|Stepladder ;; y: pair of steps|a-frame ladder
s: 1.2m 1.6m 2.0m 1.0m ;; m: alu frp ;; t: 5 Tread~6 Tread|Tool Tray|EN 131|Platform ;; f: Wide treads.|Tool tray.
d: EN 131 ;; k: Ea
@combination_ladder part
n: combination ladder|combination ladders|multi-purpose ladder
p: Combi Ladder|Combination Ladder|Ladder Combi 3-Way ;; y: three way ladder ;; s: 3.4m 4.3m 5.3m ;; m: alu
t: 3-Way|Stair Mode|EN 131 ;; f: Use as a stepladder, extension or stair ladder.|EN 131. ;; d: EN 131 ;; k: Ea
@scaffold_tower part
n: scaffold tower|scaffold towers|access tower ;; p: Scaffold Tower|Tower Alu|Access Tower
y: mobile tower|alloy tower ;; s: 4.2m 5.2m 6.2m 3.2m ;; m: alu ;; t: Castors|Outriggers|EN 1004|Toe Boards
f: Lockable castors.|Outriggers included. ;; d: EN 1004 ;; k: Ea
@work_light part
n: led work light|led work lights|site light|work light
p: LED Work Light|Worklight LED|Site Light LED|Light Work LED ;; y: site lamp|flood lamp
s: 10W 20W 30W 50W 100W 40W ;; t: 110V~240V|Tripod|IP65|Rechargeable ;; f: IP65 rated.|Tough housing. ;; k: Ea
@festoon part
n: festoon lighting|festoon lighting sets|festoon ;; p: Festoon|Festoon Set|Festoon 110V
y: string lights|site string lighting ;; s: 22m 50m 100m 25m ;; t: 110V|LED Lamps|IP44|Linkable
f: Supplied with LED lamps.|Linkable runs. ;; k: Ea
@extension_reel part
n: extension reel|extension reels|cable reel ;; p: Ext Reel|Cable Reel|Reel Ext ;; y: cable drum|extension drum
s: 10m 15m 25m 50m ;; t: 240V 13A~110V 16A|4-Gang|Thermal Cut-Out|1.5mm2 Cable
f: Thermal cut-out.|Fully unwind before heavy use. ;; k: Ea
@extension_lead part
n: extension lead|extension leads|gang extension ;; p: Ext Lead|Extension Lead|Lead Ext 4G
y: trailing socket|plug board|multi plug ;; s: 2m 5m 10m 1m ;; t: 4-Gang~6-Gang|Surge Protected|13A|USB
f: Fused 13A.|Surge protected. ;; k: Ea
@site_transformer part
n: site transformer|site transformers|110v transformer ;; p: Transformer 110V|Site Transformer|Trans 3.3kVA
y: step down transformer|yellow transformer ;; s: 1000W 2000W 3300W 5000W
t: 16A Outlet~32A Outlet|Twin Outlet|Carry Handle ;; f: Steps 230V down to 110V for site tools.|Thermal protection.
k: Ea
@twin_earth part
n: twin and earth cable|twin and earth cables|twin & earth ;; p: Twin & Earth|T&E Cable|Cable Twin Earth|6242Y
y: flat twin|t and e ;; s: 1.0mm2 1.5mm2 2.5mm2 4.0mm2 6.0mm2 10mm2 ;; m: grey white ;; t: 50m~100m|6242Y|LSZH|BASEC
f: Flat grey PVC.|BASEC approved. ;; k: Drum|Coil
@cable_clip part
n: cable clip|cable clips|round cable clip ;; p: Cable Clip|Clip Cable|Cable Clips Flat ;; y: cable saddle
s: 5mm 6mm 7mm 8mm 10mm 12mm ;; m: white grey blk ;; t: Round~Flat|Hardened Nail
f: Hardened masonry nail.|Flat and round profiles. ;; k: Bx100|Pk100
@junction_box part
n: junction box|junction boxes|jb ;; p: Junction Box|JB 30A|Jct Box ;; y: connection box|joint box
s: 20A 30A 32A 60A ;; m: white ;; t: 4 Terminal~3 Terminal|Maintenance Free|Round
f: Screw terminals.|Knock-outs for cable entry. ;; k: Ea|Pk5
@consumer_unit part
n: consumer unit|consumer units|dual rcd board ;; p: Consumer Unit|CU Dual RCD|Cons Unit ;; y: fuse box|fuse board
m: steel ;; t: Dual RCD|Metal Clad|Main Switch|SPD ;; f: Amendment 3 metal clad.|Populated with main switch. ;; k: Ea
@mcb part
n: mcb|mcbs|circuit breaker|miniature circuit breaker ;; p: MCB|MCB Type B|Breaker MCB ;; y: trip switch
s: 6A 10A 16A 20A 32A 40A 45A ;; t: Type B~Type C|Single Pole|6kA ;; f: Type B curve.|6kA breaking. ;; k: Ea
@switched_socket part
n: double switched socket|double switched sockets|switched socket ;; p: Socket 2G Sw|Double Socket Sw|DSS 13A
y: power point|wall outlet ;; s: 13A ;; m: white sc pc blk ;; t: 2-Gang|USB|Screwless|Dual Earth
f: Dual earth terminals.|Screws supplied. ;; k: Ea|Pk5|Pk10
@trunking part
n: mini trunking|mini trunkings|trunking ;; p: Mini Trunking|Trunking Mini|Trunking Self Adh
y: cable channel|cable cover ;; s: 16x16mm 25x16mm 38x25mm 16x10mm 40x25mm ;; m: pvc white
t: Self Adhesive|3m|Clip Lid ;; f: Self adhesive backing.|Clip-on lid. ;; k: Ea|Pk4
@cable_tie part
n: cable tie|cable ties|nylon cable tie ;; p: Cable Tie|Tie Cable|Cable Ties Nat ;; y: zip tie|zip ties|tie wrap
s: 100x2.5mm 200x4.8mm 300x4.8mm 370x7.6mm 150x3.6mm 200x3.6mm ;; m: nylon blk ;; t: UV Stable|Natural|Releasable
f: Nylon 66.|UV stable black available. ;; k: Pk100|Bx100
@insulation_tape part
n: insulation tape|insulation tapes|pvc tape ;; p: Insul Tape|PVC Tape|Tape Insulation
y: electrical tape|lecky tape ;; s: 19mm 25mm ;; m: blk red blue ;; t: 20m~33m|Flame Retardant|Stretchy
f: Flame retardant.|Stretches to seal joints. ;; k: Roll|Pk10
@copper_pipe part
n: copper pipe|copper pipes|copper tube ;; p: Copper Tube|Tube Cu|Cu Tube|Copper Pipe ;; y: copper plumbing line
s: 15mm 22mm 28mm 10mm 8mm ;; t: 3m~2m|Table X|Half Hard ;; f: Table X half hard.|EN 1057. ;; d: EN 1057 ;; k: Ea|Pk10
@comp_elbow part
n: compression elbow|compression elbows ;; p: Comp Elbow|Elbow Comp|Comp Elb 90 ;; y: compression bend
s: 15mm 22mm 28mm 10mm 8mm ;; m: brass pc ;; t: 90deg|Equal|Olive Included ;; f: Olives and nuts included.|Brass body.
k: Ea|Pk5|Pk10
@comp_coupler part
n: compression coupler|compression couplers|straight coupler ;; p: Comp Coupler|Str Coupler Comp|Comp Straight
y: straight connector ;; s: 15mm 22mm 28mm 10mm ;; m: brass pc ;; t: Straight|Equal|Olive Included
f: Olives and nuts included.|Brass body. ;; k: Ea|Pk5|Pk10
@solder_ring_elbow part
n: solder ring elbow|solder ring elbows ;; p: Solder Ring Elbow|SR Elbow|Elbow SR
y: yorkshire elbow|yorkshire fitting ;; s: 15mm 22mm 28mm ;; m: cu ;; t: 90deg|Pre-Soldered|WRAS
f: Pre-soldered ring.|WRAS approved. ;; k: Ea|Pk10
@pushfit_elbow part
n: push-fit elbow|push-fit elbows|push fit elbow ;; p: Push Fit Elbow|PF Elbow|Elbow Push-Fit ;; y: push in elbow
s: 10mm 15mm 22mm 28mm ;; m: plastic ;; t: Demountable|WRAS|White~Grey ;; f: Demountable.|Use with pipe inserts.
k: Ea|Pk10
@isolating_valve part
n: isolating valve|isolating valves|isolation valve ;; p: Iso Valve|Isolating Valve|Valve Isolating
y: service valve ;; s: 15mm 22mm 10mm ;; m: brass pc ;; t: Slotted|Full Bore|Compression
f: Full bore.|Quarter turn slot. ;; k: Ea|Pk10
@ball_valve part
n: lever ball valve|lever ball valves|ball valve ;; p: Ball Valve|Lever Ball Valve|BV Lever
y: quarter turn valve|lever valve ;; s: 1/2in 3/4in 1in 1-1/4in 1-1/2in 2in ;; m: brass pc
t: Full Bore|BSP Female|Red Lever~Blue Lever ;; f: BSP female threads.|Full bore. ;; k: Ea
@stopcock part
n: stopcock|stopcocks|stop valve ;; p: Stopcock|Stop Cock|Stopcock Comp ;; y: stop tap|main water valve
s: 15mm 22mm 28mm ;; m: brass dzr ;; t: WRAS|Compression|Crutch Head ;; f: Crutch head.|WRAS approved. ;; k: Ea
@trv part
n: thermostatic radiator valve|thermostatic radiator valves|radiator valve ;; p: TRV|Thermostatic Rad Valve|TRV Angled
y: rad valve|trv head ;; s: 15mm 10mm 8mm ;; m: pc white brass
t: Angled~Straight|Bi-Directional|Lockshield Included ;; f: Bi-directional body.|Lockshield included. ;; k: Ea|Pk2|Pr
@radiator part
n: panel radiator|panel radiators|radiator ;; p: Radiator|Rad DP|Panel Rad|Rad Type 22 ;; y: central heating rad
s: 600x1000mm 600x600mm 600x1200mm 300x1000mm 450x800mm 600x800mm ;; m: steel white
t: Type 22~Type 11|Double Panel|Brackets Included ;; f: Supplied with brackets and plugs.|Tested to EN 442.
d: EN 442 ;; k: Ea
@tap_connector part
n: flexible tap connector|flexible tap connectors|tap connector ;; p: Flexi Tap Conn|Tap Connector Flex|Flexi Tap
y: tap tail|tap tails ;; s: 15mm 22mm 10mm ;; m: ss ;; t: 300mm~500mm|Braided|Isolating
f: Braided hose.|1/2" tap end. ;; k: Ea|Pr
@hose_clip part
n: hose clip|hose clips|worm drive hose clip ;; p: Hose Clip|Clip Hose|Worm Drive Clip
y: jubilee clip|jubilee clips ;; s: 8-12mm 10-16mm 13-19mm 15-22mm 20-32mm 25-40mm 30-45mm 40-60mm ;; m: a2 bzp
t: Worm Drive|9mm Band~12mm Band ;; f: Worm drive.|Stainless band. ;; k: Pk10|Bx10|Ea
@ptfe_tape part
n: ptfe tape|ptfe tapes|thread seal tape ;; p: PTFE Tape|Tape PTFE|PTFE ;; y: plumbers tape|thread tape
s: 12mm 19mm ;; m: white ;; t: 12m|Gas Grade~Water Grade ;; f: For threaded joints.|Gas and water grades.
k: Roll|Pk10
@pipe_clip part
n: pipe clip|pipe clips|hinged pipe clip ;; p: Pipe Clip|Clip Pipe|Pipe Clip Hinged ;; y: pipe bracket
s: 15mm 22mm 28mm 32mm 40mm ;; m: plastic white ;; t: Hinged|Single|Stand-Off|Nail-In ;; f: Hinged clip.|Screw fixing.
k: Pk10|Bx100|Pk50
@pipe_cutter part
n: pipe cutter|pipe cutters|copper pipe cutter ;; p: Pipe Cutter|Cutter Pipe|Pipe Slice ;; y: tube cutter
s: 15mm 22mm 3-28mm 6-35mm ;; m: steel ;; t: Automatic|Adjustable|Spare Wheel
f: Self-tightening jaws.|Spare cutter wheel in handle. ;; k: Ea
@pipe_insulation part
n: pipe insulation|pipe insulations|foam pipe insulation ;; p: Pipe Insul|Insulation Pipe|Foam Pipe Insul
y: pipe lagging|lagging ;; s: 15mm 22mm 28mm ;; m: pe ;; t: 9mm Wall~13mm Wall|1m|Self Seal
f: 1 metre lengths.|Reduces heat loss. ;; k: Ea|Pk10
@waste_trap part
n: waste trap|waste traps|bottle trap|p trap ;; p: Trap P|Bottle Trap|Waste Trap 32mm ;; y: u bend|s bend
s: 32mm 40mm ;; m: plastic white ;; t: 75mm Seal|Anti-Vac|Bottle|Tubular ;; f: 75mm water seal.|For basins and sinks.
k: Ea
@paint_brush part
n: paint brush|paint brushes|paintbrush ;; p: Paint Brush|Brush Paint|Brush Synth ;; y: sash brush
s: 1in 1-1/2in 2in 3in 4in 1/2in ;; m: synthetic bristle ;; t: No Bristle Loss|Angled|Flagged Tips
f: No bristle loss.|For emulsion and gloss. ;; k: Ea|Pk3|Pk5
@roller_frame part
n: paint roller frame|paint roller frames|roller frame ;; p: Roller Frame|Frame Roller|Roller Cage ;; y: roller handle
s: 230mm 300mm 100mm ;; m: steel ;; t: Extension Pole Thread|Cage|Soft Grip
f: Threaded end for extension poles.|Cage frame. ;; k: Ea
@dust_sheet part
n: dust sheet|dust sheets|cotton dust sheet ;; p: Dust Sheet|Sheet Dust|Dust Sheet Cotton ;; y: drop cloth|drop sheet
s: 3.6x2.7m 3.6x3.6m 7.2x0.9m ;; m: cotton polythene ;; t: Twill|Polythene Backed|Washable
f: Heavy twill.|Washable. ;; k: Ea|Pk3
@filler part
n: ready mixed filler|ready mixed fillers|filler|multi purpose filler
p: Filler RM|Ready Mix Filler|Filler Multi Purp ;; y: spackle ;; s: 330g 600g 1kg 2kg ;; m: white
t: Interior~Exterior|Fine Surface|Ready Mixed ;; f: Ready to use.|Sands smooth. ;; k: Tub|Tube
@filling_knife part
n: filling knife|filling knives|scraper ;; p: Filling Knife|Knife Filling|Scraper ;; y: putty knife|stripping knife
s: 38mm 50mm 75mm 100mm 150mm ;; m: ss steel ;; t: Flexible~Stiff|Soft Grip|Hammer Cap
f: Flexible blade.|Hammer cap end. ;; k: Ea
@sandpaper part
n: sandpaper|sandpaper sheets|abrasive sheet ;; p: Sandpaper|Abrasive Sheet|Paper Abrasive
y: glasspaper|emery paper ;; s: P40 P60 P80 P120 P180 P240 ;; m: ali_oxide
t: 230x280mm|Pack of 10|Assorted|Cabinet Paper ;; f: Aluminium oxide.|For wood, paint and filler. ;; k: Pk10|Pk5|Pk25
@emulsion part
n: trade emulsion|trade emulsions|emulsion paint|matt emulsion ;; p: Emulsion Matt|Trade Emulsion|Vinyl Matt
y: wall paint ;; s: 2.5L 5L 10L 1L ;; m: white magnolia ;; t: Matt~Silk|Contract|Scrubbable
f: Covers in two coats.|Low odour. ;; k: Tub
@spade part
n: digging spade|digging spades|spade ;; p: Spade|Digging Spade|Spade Treaded ;; y: garden shovel ;; s: 710mm 1000mm
m: steel ss ;; t: Treaded|Fibreglass Shaft|YD Handle|Solid Socket ;; f: Treaded blade.|YD handle. ;; k: Ea
@garden_fork part
n: garden fork|garden forks|digging fork ;; p: Fork Digging|Garden Fork|Digging Fork ;; y: spading fork
s: 710mm 1000mm ;; m: steel ss ;; t: 4 Tine|YD Handle|Forged ;; f: Four forged tines.|YD handle. ;; k: Ea
@secateurs part
n: secateurs|secateur|bypass secateurs ;; p: Secateurs|Secateur Bypass|Bypass Secateurs ;; y: pruning shears|pruners
s: 200mm 180mm 210mm ;; m: steel ;; t: Bypass~Anvil|20mm Cut|Locking Catch ;; f: Cuts up to 20mm.|Locking catch.
k: Ea
@loppers part
n: loppers|lopper|bypass loppers ;; p: Loppers|Lopper Bypass|Loppers Anvil ;; y: branch cutter|tree cutter
s: 700mm 800mm 600mm ;; m: steel alu ;; t: Bypass~Anvil|Telescopic|50mm Cut
f: Cuts branches up to 50mm.|Telescopic handles. ;; k: Ea
@garden_hose part
n: garden hose|garden hoses|hose pipe ;; p: Hose Garden|Garden Hose|Hose Reinforced ;; y: hosepipe|watering hose
s: 15m 30m 50m 25m ;; m: pvc ;; t: 1/2"|Reinforced|Anti-Kink|Fittings Included
f: Reinforced anti-kink.|Fittings included. ;; k: Ea
@hose_connector part
n: hose connector|hose connectors|quick connector ;; p: Hose Conn|Hose Connector|Connector Hose
y: snap fitting|click connector ;; s: 1/2in 3/4in 1in ;; m: plastic brass ;; t: Water Stop|Snap On|Click Fit
f: Water stop shuts off when released.|Snap-on fit. ;; k: Ea|Pk2
@wheelbarrow part
n: wheelbarrow|wheelbarrows|builders barrow ;; p: Wheelbarrow|Barrow Builders|W/Barrow ;; y: site barrow|navvy barrow
s: 85L 90L 100L 120L ;; m: galv steel pp ;; t: Pneumatic Tyre|Puncture Proof|Heavy Duty
f: Puncture-proof wheel.|Galvanised pan. ;; k: Ea
@weed_membrane part
n: weed membrane|weed membranes|ground cover fabric ;; p: Weed Membrane|Membrane Weed|Ground Cover
y: landscape fabric|weed control fabric ;; s: 10m 15m 25m 50m 100m ;; m: pp
t: 1m Wide~2m Wide|Heavy Duty|UV Stabilised ;; f: Lets water through.|UV stabilised. ;; k: Roll
"""
# fmt: on

# ---------------------------------------------------------------------------------------------------------------
# Materials and finishes: key -> (buyer tags, listing label, price-list spellings)
# ---------------------------------------------------------------------------------------------------------------
MATERIALS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "a2": (("stainless", "a2"), "A2 Stainless Steel", ("A2 SS", "A2 St/St", "St Stl A2", "A2 Stainless")),
    "a4": (("stainless", "a4", "marine"), "A4 Marine Grade Stainless", ("A4 SS", "A4 Stainless", "A4 St/St")),
    "ss": (("stainless",), "Stainless Steel", ("SS", "Stainless", "St Stl", "S/S")),
    "bzp": (("zinc plated", "bzp"), "Bright Zinc Plated", ("BZP", "ZP", "Zinc Pltd")),
    "zyp": (("zinc plated", "yellow zinc", "zyp"), "Zinc Yellow Passivated", ("ZYP", "Yell Zn", "YZP")),
    "galv": (("galvanised",), "Galvanised", ("Galv", "Galvd", "Galvanised")),
    "hdg": (("galvanised", "hdg", "hot dip"), "Hot Dip Galvanised", ("HDG", "Hot Dip Galv")),
    "brass": (("brass",), "Solid Brass", ("Brass", "Br")),
    "pb": (("brass", "polished brass"), "Polished Brass", ("PB", "Pol Brass", "Pol Br")),
    "pc": (("chrome", "polished chrome"), "Polished Chrome", ("PC", "Pol Chr", "Pol Chrome")),
    "sc": (("chrome", "satin chrome"), "Satin Chrome", ("SC", "Sat Chr", "Satin Chr")),
    "sn": (("nickel", "satin nickel"), "Satin Nickel", ("SN", "Sat Nkl")),
    "blk": (("black",), "Matt Black", ("Blk", "Mt Blk", "Black")),
    "black": (("black",), "Black", ("Blk", "Black")),
    "silver": (("silver",), "Silver", ("Slv", "Silver")),
    "cu": (("copper",), "Copper", ("Cu", "Copper")),
    "nylon": (("nylon", "plastic"), "Nylon", ("Nyl", "Nylon")),
    "pvc": (("pvc", "plastic"), "PVC", ("PVC",)),
    "upvc": (("pvc", "upvc", "plastic"), "uPVC", ("uPVC", "PVCu")),
    "pp": (("plastic", "polypropylene"), "Polypropylene", ("PP", "Polyprop")),
    "plastic": (("plastic",), "Plastic", ("Plas", "Plastic")),
    "pe": (("polyethylene", "foam"), "PE Foam", ("PE", "PE Foam")),
    "polythene": (("polythene", "plastic"), "Polythene", ("Polythene", "Poly")),
    "steel": (("steel",), "Steel", ("Stl", "Steel")),
    "cast": (("cast iron",), "Cast Iron", ("CI", "Cast Iron")),
    "alu": (("aluminium",), "Aluminium", ("Alu", "Alum", "Aluminium")),
    "frp": (("fibreglass",), "Fibreglass", ("F/Glass", "GRP", "Fibreglass")),
    "fgh": (("fibreglass",), "Fibreglass Handle", ("F/G Hdl", "Fibreglass Shaft")),
    "wood": (("wood", "hickory"), "Hickory Shaft", ("Hickory", "Wood Hdl")),
    "rubber": (("rubber",), "Rubber", ("Rbr", "Rubber")),
    "leather": (("leather",), "Leather", ("Lthr", "Leather")),
    "nitrile": (("nitrile",), "Nitrile Coated", ("Nitrile", "Nit Ctd")),
    "latex": (("latex",), "Latex Coated", ("Latex", "Ltx Ctd")),
    "hss": (("hss",), "HSS", ("HSS",)),
    "cobalt": (("cobalt", "hss"), "HSS Cobalt", ("HSS-Co", "Cobalt", "HSS Co")),
    "tct": (("tct", "carbide"), "TCT Tipped", ("TCT", "TC Tipped")),
    "bim": (("bi-metal", "bimetal"), "Bi-Metal", ("BiM", "Bi-Met", "Bi-Metal")),
    "hcs": (("hcs", "carbon steel"), "High Carbon Steel", ("HCS",)),
    "diamond": (("diamond",), "Diamond Segmented", ("Dia Seg", "Diamond")),
    "ali_oxide": (("aluminium oxide",), "Aluminium Oxide", ("AlOx", "Ali Ox", "Alu Oxide")),
    "zirc": (("zirconia",), "Zirconia", ("Zirc", "Zirconia")),
    "white": (("white",), "White", ("Wht", "White")),
    "clear": (("clear",), "Clear", ("Clr", "Clear")),
    "grey": (("grey",), "Grey", ("Gry", "Grey")),
    "brown": (("brown",), "Brown", ("Brn", "Brown")),
    "red": (("red",), "Red", ("Red",)),
    "blue": (("blue",), "Blue", ("Blu", "Blue")),
    "magnolia": (("magnolia",), "Magnolia", ("Mag", "Magnolia")),
    "lead": (("lead",), "Rolled Lead Sheet", ("Lead",)),
    "bitumen": (("bitumen",), "Bitumen", ("Bit", "Bitumen")),
    "polyester": (("polyester",), "Polyester", ("Poly", "Polyester")),
    "pu": (("polyurethane",), "Polyurethane", ("PU",)),
    "cotton": (("cotton",), "Cotton Twill", ("Cotton", "Ctn")),
    "canvas": (("canvas",), "Canvas", ("Canvas",)),
    "wool": (("wool", "lambswool"), "Lambswool", ("Wool", "L/Wool")),
    "synthetic": (("synthetic",), "Synthetic Filament", ("Synth", "Synthetic")),
    "bristle": (("natural bristle", "bristle"), "Pure Bristle", ("Bristle", "Nat Bristle")),
    "composite_toe": (("composite",), "Composite Toecap", ("Comp Toe", "Composite")),
    "steel_toe": (("steel toe",), "Steel Toecap", ("St Toe", "Steel Toe")),
    "hv_yellow": (("yellow",), "Yellow", ("Yell", "Yellow")),
    "hv_orange": (("orange",), "Orange", ("Org", "Orange")),
    "bright": (("bright", "self colour"), "Bright Steel", ("Bright", "Brt")),
    "phosphate": (("black phosphate", "phosphate"), "Black Phosphate", ("Blk Phos", "Phos")),
    "coated": (("coated",), "Green Coated", ("Grn Ctd", "Coated")),
    "dzr": (("dzr", "brass"), "DZR Brass", ("DZR",)),
}

COLOURS = frozenset(
    {"white", "clear", "grey", "brown", "red", "blue", "magnolia", "black", "silver", "hv_yellow", "hv_orange"}
)
FINISHES = frozenset({"bzp", "zyp", "galv", "hdg", "pb", "pc", "sc", "sn", "blk", "bright", "phosphate", "coated"})

# Power-tool brands: brand -> (model prefix, battery platforms). All invented.
TOOL_BRANDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Korrin": ("KRX", ("18V", "12V")),
    "Ferrox": ("FX", ("18V", "36V")),
    "Vantor": ("VTR", ("18V",)),
    "Brennick": ("BN", ("12V", "18V", "36V")),
    "Talmor": ("TM", ("18V", "36V")),
}

# Trade brands for fixings and consumables: brand -> part-code prefix. All invented.
TRADE_BRANDS: dict[str, str] = {
    "Ironvale": "IV",
    "Dunmore": "DM",
    "Quillon": "QL",
    "Pardex": "PX",
    "Brackwell": "BW",
    "Orvik": "OR",
    "Stellan": "ST",
    "Corvane": "CV",
    "Tarrow": "TR",
    "Wexley": "WX",
    "Gallard": "GL",
    "Helmor": "HM",
    "Fernhollow": "FH",
    "Dalecroft": "DC",
    "Bondari": "BD",
    "Ascendo": "AS",
    "Lumeris": "LM",
    "Aquaforge": "AQ",
}

# Price-list abbreviations (whole words or phrases, any of the spellings may be used).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "Screw": ("Scr", "Screw"),
    "Screws": ("Scrs", "Screws"),
    "Countersunk": ("Csk", "CSK"),
    "Brushless": ("B/less", "Brushless", "BL"),
    "Cordless": ("Cdls", "Cordless"),
    "Extension": ("Ext",),
    "Bracket": ("Brkt",),
    "Heavy Duty": ("HD", "H/Duty"),
    "Ball Bearing": ("Ball Brg", "BB"),
    "Battery": ("Batt",),
    "Charger": ("Chgr",),
    "Adjustable": ("Adj",),
    "Compression": ("Comp",),
    "Reinforced": ("Reinf",),
    "Variable Speed": ("Var Spd", "VS"),
    "Anti-Vibration": ("A/V", "Anti-Vib"),
    "Self Adhesive": ("S/A", "Self Adh"),
    "Professional": ("Pro",),
    "Quick Release": ("QR",),
    "Fire Rated": ("FR", "Fire Rtd"),
    "Galvanised": ("Galv",),
    "Stainless": ("SS", "St/St"),
    "Plasterboard": ("P/bd",),
    "Masonry": ("Mas",),
    "Length": ("Lg",),
    "Insulation": ("Insul",),
    "Connector": ("Conn",),
    "Junction": ("Jct",),
    "Straight": ("Str",),
    "Handle": ("Hdl",),
    "Hexagon": ("Hex",),
    "Double": ("Dbl",),
    "Single": ("Sgl",),
    "Reversible": ("Rev",),
}

# ---------------------------------------------------------------------------------------------------------------
# Sizes
# ---------------------------------------------------------------------------------------------------------------
GARMENTS = ("XS", "S", "M", "L", "XL", "XXL", "3XL")
GARMENT_WORDS = {
    "XS": ("extra small", "x-small"),
    "S": ("small",),
    "M": ("medium", "med"),
    "L": ("large",),
    "XL": ("extra large", "x-large", "x large"),
    "XXL": ("2xl", "xx-large", "xx large"),
    "3XL": ("xxxl", "3x-large"),
}
UNIT_BASE: dict[str, tuple[str, float]] = {
    "M": ("len", 1.0),
    "mm": ("len", 1.0),
    "cm": ("len", 10.0),
    "m": ("len", 1000.0),
    "in": ("in", 1.0),
    "oz": ("oz", 1.0),
    "g": ("g", 1.0),
    "kg": ("g", 1000.0),
    "ml": ("ml", 1.0),
    "L": ("ml", 1000.0),
    "V": ("V", 1.0),
    "W": ("W", 1.0),
    "Ah": ("Ah", 1.0),
    "A": ("A", 1.0),
    "bar": ("bar", 1.0),
    "mm2": ("mm2", 1.0),
    "grit": ("grit", 1.0),
    "TPI": ("TPI", 1.0),
    "garm": ("garm", 1.0),
    "shoe": ("shoe", 1.0),
}
NUM = r"\d+(?:\.\d+)?"
UNIT_RE = re.compile(rf"({NUM}(?:x{NUM})*)(mm2|mm|cm|ml|m|oz|kg|g|L|V|W|Ah|A|bar|TPI)")


def frac_value(raw: str) -> float:
    """'1-1/4' -> 1.25, '1/2' -> 0.5, '2.5' -> 2.5."""
    whole, _, part = raw.rpartition("-") if "/" in raw and "-" in raw else ("", "", raw)
    if "/" in part:
        num, den = part.split("/")
        return (float(whole) if whole else 0.0) + float(num) / float(den)
    return float(part)


def fmt_num(value: float) -> str:
    """Shortest plain spelling of a number: 5.0 -> '5', 0.31 -> '0.31'."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True)
class Size:
    """A structured size: unit as written in the ontology, raw numbers as written, range flag."""

    unit: str
    raw: tuple[str, ...]
    rng: bool = False

    def base(self) -> tuple[str, tuple[float, ...]]:
        kind, factor = UNIT_BASE[self.unit]
        if self.unit == "garm":
            return kind, (float(GARMENTS.index(self.raw[0])),)
        if self.unit == "M":
            return kind, tuple(float(r) for r in self.raw)
        return kind, tuple(round(frac_value(r) * factor, 6) for r in self.raw)


def parse_size(spec: str) -> Size:
    """Parse the ontology's compact size notation (M8x30, 8x110mm, 15-22mm, 1-1/4in, P120, XL, UK9, 5.0Ah)."""
    if spec in GARMENTS:
        return Size("garm", (spec,))
    if m := re.fullmatch(r"UK(\d+)", spec):
        return Size("shoe", (m.group(1),))
    if m := re.fullmatch(r"P(\d+)", spec):
        return Size("grit", (m.group(1),))
    if m := re.fullmatch(rf"M({NUM})(?:x({NUM}))?", spec):
        return Size("M", tuple(g for g in m.groups() if g))
    if m := re.fullmatch(r"((?:\d+-)?\d+(?:/\d+)?(?:\.\d+)?)in", spec):
        return Size("in", (m.group(1),))
    if m := re.fullmatch(rf"({NUM})-({NUM})mm", spec):
        return Size("mm", (m.group(1), m.group(2)), rng=True)
    if m := UNIT_RE.fullmatch(spec):
        return Size(m.group(2), tuple(m.group(1).split("x")))
    raise ValueError(f"bad size notation: {spec}")


def size_matches(asked: Size, have: Size | None) -> bool:
    """Asked values are a prefix of the product's values in the same base unit."""
    if have is None:
        return False
    (kind_a, vals_a), (kind_h, vals_h) = asked.base(), have.base()
    if kind_a != kind_h or len(vals_a) > len(vals_h):
        return False
    return all(abs(a - h) < 1e-6 for a, h in zip(vals_a, vals_h, strict=False))


def render_size(size: Size, form: int) -> str:
    """How a product prints a size; ``form`` (0-3) is chosen once per type and catalog."""
    r, u = size.raw, size.unit
    if u == "M":
        if len(r) == 1:
            return f"M{r[0]}"
        return (f"M{r[0]} x {r[1]}", f"M{r[0]}x{r[1]}", f"M{r[0]} x {r[1]}mm", f"M{r[0]}x{r[1]}")[form]
    if size.rng:
        return (f"{r[0]}-{r[1]}mm", f"{r[0]} - {r[1]}mm", f"{r[0]}-{r[1]} mm", f"{r[0]}/{r[1]}mm")[form]
    if u in ("mm", "cm", "m") and len(r) > 1:
        joined = "x".join(r)
        spaced = " x ".join(r)
        return (f"{spaced} {u}", f"{joined}{u}", f"{spaced}{u}", joined)[form]
    if u == "in":
        return (f'{r[0]}"', f'{r[0]}"', f"{r[0]} in", f'{r[0]}"')[form]
    if u == "garm":
        return (r[0], f"Size {r[0]}", r[0], r[0])[form]
    if u == "shoe":
        return (f"UK {r[0]}", f"Size {r[0]}", f"UK{r[0]}", f"UK {r[0]}")[form]
    if u == "grit":
        return f"P{r[0]}"
    spaced_units = {"bar", "TPI", "L"}
    glued, spaced = f"{r[0]}{u}", f"{r[0]} {u}"
    if u in spaced_units:
        return (spaced, glued, spaced, glued)[form]
    return (glued, spaced, glued, glued)[form]


def _len_words(mm: float) -> list[str]:
    """Other metric spellings of one length in mm."""
    out = [f"{fmt_num(mm)}mm", f"{fmt_num(mm)} mm", f"{fmt_num(mm)} millimetre"]
    if mm >= 10 and mm % 10 == 0:
        out += [f"{fmt_num(mm / 10)}cm", f"{fmt_num(mm / 10)} cm"]
    if mm >= 100 and mm % 100 == 0:
        out += [f"{fmt_num(mm / 1000)}m", f"{fmt_num(mm / 1000)} m", f"{fmt_num(mm / 1000)} metre"]
    return out


def alt_size_forms(size: Size) -> list[str]:
    """Every buyer spelling of a size that we know (lower case); callers drop the ones a product prints."""
    r, u = size.raw, size.unit
    vals = [frac_value(x) for x in r] if u not in ("garm",) else []
    nums = [fmt_num(v) for v in vals]
    out: list[str] = []
    if u == "M":
        a = r[0]
        if len(r) == 1:
            out += [f"m{a}", f"m{a} thread", f"{a}mm", f"m {a}"]
        else:
            b = r[1]
            out += [f"m{a}x{b}", f"m{a} x {b}", f"m{a} x {b}mm", f"m{a}x{b}mm", f"m{a} {b}mm", f"m{a}*{b}"]
            out += [f"{a}mm x {b}mm", f"{a} x {b}mm"]
    elif size.rng:
        a, b = nums
        out += [f"{a}-{b}mm", f"{a} - {b}mm", f"{a} to {b}mm", f"{a}-{b} mm", f"{a}/{b}mm", f"{a}-{b}"]
    elif u in ("mm", "cm", "m"):
        factor = UNIT_BASE[u][1]
        mms = [v * factor for v in vals]
        if len(mms) == 1:
            out += _len_words(mms[0])
        else:
            ms = [fmt_num(x) for x in mms]
            out += ["x".join(ms), "x".join(ms) + "mm", " x ".join(ms) + "mm", " x ".join(ms) + " mm"]
            out += [" x ".join(f"{x}mm" for x in ms), " by ".join(ms) + "mm", "*".join(ms)]
            out += ["x".join(r), " x ".join(r)]
            if all(x % 10 == 0 for x in mms):
                cms = [fmt_num(x / 10) for x in mms]
                out += [" x ".join(cms) + "cm", "x".join(cms) + "cm"]
    elif u == "in":
        a = r[0]
        dec = fmt_num(vals[0])
        out += [f'{a}"', f"{a} inch", f"{a}in", f"{a} in", f"{a} inches", f"{dec} inch", f'{dec}"']
        if "-" in a:
            out += [f"{a.replace('-', ' ')} inch", f'{a.replace("-", " ")}"']
        out += {"1/2": ["half inch"], "3/4": ["three quarter inch"], "1/4": ["quarter inch"]}.get(a, [])
    elif u == "garm":
        out += [r[0].lower(), f"size {r[0].lower()}", *GARMENT_WORDS[r[0]]]
    elif u == "shoe":
        out += [f"uk {r[0]}", f"size {r[0]}", f"uk{r[0]}", f"size {r[0]} uk", f"uk size {r[0]}"]
    elif u == "grit":
        out += [f"p{r[0]}", f"{r[0]} grit", f"{r[0]}grit", f"p {r[0]}", f"grit {r[0]}"]
    else:
        a, n = r[0], nums[0]
        words = {
            "oz": ["oz", " oz", " ounce"],
            "g": ["g", " g", " gram", " grams"],
            "kg": ["kg", " kg", " kilo"],
            "ml": ["ml", " ml", " millilitre"],
            "L": ["l", " l", " litre", " ltr", "ltr"],
            "V": ["v", " v", " volt", "volt"],
            "W": ["w", " w", " watt", "watt"],
            "Ah": ["ah", " ah", " amp hour"],
            "A": ["a", " amp", "amp", " a"],
            "bar": ["bar", " bar"],
            "TPI": ["tpi", " tpi", " teeth per inch"],
            "mm2": ["mm2", "mm\u00b2", " mm2", " sq mm", "mm sq"],
        }[u]
        for num in dict.fromkeys((a, n)):
            out += [f"{num}{w}" for w in words]
        if u == "kg":
            out += [f"{fmt_num(vals[0] * 1000)}g"]
        if u == "g" and vals[0] >= 1000:
            out += [f"{fmt_num(vals[0] / 1000)}kg"]
        if u == "L":
            out += [f"{fmt_num(vals[0] * 1000)}ml"]
        if u == "ml" and vals[0] >= 100:
            out += [f"{fmt_num(vals[0] / 1000)} litre", f"{fmt_num(vals[0] / 1000)}l"]
        if u == "W" and vals[0] >= 1000:
            out += [f"{fmt_num(vals[0] / 1000)}kw", f"{fmt_num(vals[0] / 1000)} kw"]
    return list(dict.fromkeys(x.lower() for x in out))


def printed_in(phrase: str, text: str) -> bool:
    """True when ``phrase`` occurs in ``text`` as a whole token run (case-insensitive)."""
    pattern = r"(?<![\w.])" + re.escape(phrase.lower()) + r"(?![\w])"
    return re.search(pattern, text.lower()) is not None


# ---------------------------------------------------------------------------------------------------------------
# Ontology parsing
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class TypeDef:
    """One product type of the ontology."""

    key: str
    kinds: frozenset[str]
    names: list[str]
    pl: list[str]
    syn: list[str]
    sizes: list[Size]
    mats: list[str]
    tags: list[str]
    feats: list[str]
    stds: list[str]
    packs: list[str]
    fits: list[str]

    @property
    def is_tool(self) -> bool:
        return "tool" in self.kinds

    @property
    def is_accessory(self) -> bool:
        return bool(self.kinds & {"acc", "bacc", "plat"})


def parse_ontology(text: str) -> list[TypeDef]:
    """Parse the ONTOLOGY block ('@key kinds' headers, then 'x: value' lines)."""
    types: list[TypeDef] = []
    for block in text.strip().split("@")[1:]:
        lines = block.strip().splitlines()
        head = lines[0].split()
        fields: dict[str, str] = {}
        for line in (part for row in lines[1:] for part in row.split(" ;; ")):
            tag, _, value = line.partition(": ")
            sep = " " if tag in ("s", "m", "a") else "|"
            fields[tag] = fields[tag] + sep + value if tag in fields else value

        def items(tag: str, sep: str = "|", fields: dict[str, str] = fields) -> list[str]:
            return [x.strip() for x in fields.get(tag, "").split(sep) if x.strip()]

        types.append(
            TypeDef(
                key=head[0],
                kinds=frozenset(head[1:]),
                names=items("n"),
                pl=items("p") or [items("n")[0].title()],
                syn=items("y"),
                sizes=[parse_size(s) for s in items("s", " ")],
                mats=items("m", " "),
                tags=items("t"),
                feats=items("f"),
                stds=items("d"),
                packs=items("k") or ["Ea"],
                fits=items("a", " "),
            )
        )
    return types


# ---------------------------------------------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Product:
    """A generated product with the structured fields that grades are computed from."""

    pid: str
    tkey: str
    size: Size | None
    size_text: str
    mat: str | None
    brand: str
    code: str
    volt: str
    fits: tuple[str, ...]
    fits_brand: str
    title: str = ""
    text: str = ""

    @property
    def tags(self) -> tuple[str, ...]:
        return MATERIALS[self.mat][0] if self.mat else ()

    @property
    def full_text(self) -> str:
        return f"{self.title} {self.text}"


@dataclass
class Catalog:
    """One generated catalog: style settings, its products and lookups."""

    style: str
    prefix: str
    seed: int
    once_share: float
    types: dict[str, TypeDef]
    products: list[Product] = field(default_factory=list)
    by_type: dict[str, list[Product]] = field(default_factory=dict)
    size_form: dict[str, int] = field(default_factory=dict)


def norm_code(code: str) -> str:
    return re.sub(r"[^a-z0-9]", "", code.lower())


def make_code(rng: random.Random, style: int, prefix: str, hint: str, used: set[str]) -> str:
    """A unique model or part code in one of several house styles."""
    for _ in range(200):
        d = rng.randint
        letter = rng.choice("ABCDEHLMRSX")
        candidates = (
            f"{prefix} {hint}-{d(1, 9)}{letter}",
            f"{prefix}-{d(100, 990)}",
            f"{prefix}{d(1000, 9899)}",
            f"{prefix} {d(10, 99)}-{d(10, 99)}{letter}",
            f"{prefix}{hint}{d(10, 99)}{letter}",
            f"{prefix}-{d(10000, 99999)}{letter}",
            f"{d(1000, 9899)}-{d(100, 999)}",
        )
        code = candidates[style % len(candidates)]
        if norm_code(code) not in used:
            used.add(norm_code(code))
            return code
    raise RuntimeError("could not make a unique code")


def product_count(t: TypeDef, rng: random.Random, once_share: float) -> int:
    """How many products of a type a catalog lists: about a third once or twice, most 4-11."""
    if rng.random() < once_share:
        return rng.choice((1, 1, 2))
    extra = 2 if len(t.sizes) >= 7 else 0
    return rng.randint(3, 8) + extra


def choose_sizes(t: TypeDef, rng: random.Random, count: int) -> list[Size | None]:
    """Sizes for the type's products, usually leaving one or two standard sizes unlisted."""
    if not t.sizes:
        return [None] * count
    pool = list(t.sizes)
    if len(pool) >= 3:
        pool = rng.sample(pool, len(pool) - rng.choice((1, 1, 2)))
    rng.shuffle(pool)
    return [pool[i % len(pool)] for i in range(count)]


def build_products(cat: Catalog) -> None:
    """Create the structured products of every type (text is rendered afterwards)."""
    rng = random.Random(cat.seed)  # nosec B311 (a reproducible catalog, not a secret)
    used_codes: set[str] = set()
    trade = sorted(TRADE_BRANDS)
    for t in sorted(cat.types.values(), key=lambda x: x.key):
        count = product_count(t, rng, cat.once_share)
        cat.size_form[t.key] = rng.randrange(4 if cat.style == "pricelist" else 3)
        brands = rng.sample(trade, 3)
        code_style = rng.randrange(7)
        items: list[Product] = []
        for size in choose_sizes(t, rng, count):
            mat = rng.choice(t.mats) if t.mats else None
            brand, code, volt, fits_brand = rng.choice(brands), "", "", ""
            if t.kinds & {"tool", "plat", "bacc"}:
                volt = size.raw[0] + "V" if size is not None and size.unit == "V" else ""
                fitting = [b for b in sorted(TOOL_BRANDS) if not volt or volt in TOOL_BRANDS[b][1]]
                brand = rng.choice(fitting or sorted(TOOL_BRANDS))
                prefix, platforms = TOOL_BRANDS[brand]
                if "plat" in t.kinds:
                    volt = rng.choice(platforms)
                if t.kinds & {"plat", "bacc"}:
                    fits_brand = brand
                    hint = (("B" if t.key == "battery" else "C") + volt[:-1]) if volt else "F"
                    code = make_code(rng, 4, prefix + " ", hint, used_codes)
                else:
                    hint = volt[:-1] if volt else str(rng.randint(10, 99))
                    code = make_code(rng, rng.choice((0, 1, 2, 3)), prefix, hint, used_codes)
            elif "part" in t.kinds and rng.random() < 0.55:
                code = make_code(rng, code_style, TRADE_BRANDS[brand], str(rng.randint(1, 9)), used_codes)
            size_text = render_size(size, cat.size_form[t.key]) if size else ""
            items.append(Product("", t.key, size, size_text, mat, brand, code, volt, tuple(t.fits), fits_brand))
        cat.by_type[t.key] = items
    order = [p for key in sorted(cat.by_type) for p in cat.by_type[key]]
    rng.shuffle(order)
    for i, p in enumerate(order, 1):
        p.pid = f"{cat.prefix}-{i:04d}"
    cat.products = sorted(order, key=lambda p: p.pid)


# ---------------------------------------------------------------------------------------------------------------
# Rendering: price list
# ---------------------------------------------------------------------------------------------------------------
def pick_tag(tag: str, rng: random.Random) -> str:
    """Tags written 'A~B~C' are alternatives: a product gets one of them."""
    return rng.choice(tag.split("~"))


def abbreviate(text: str, rng: random.Random, share: float = 0.6) -> str:
    """Swap words for the trade's abbreviations, not always and not always the same one."""
    for word in sorted(ABBREVIATIONS, key=len, reverse=True):
        if word in text and rng.random() < share:
            text = re.sub(rf"\b{re.escape(word)}\b", rng.choice(ABBREVIATIONS[word]), text)
    return text


def pack_pricelist(pack: str, rng: random.Random) -> str:
    if m := re.fullmatch(r"(Bx|Pk|Tub)(\d+)", pack):
        kind, n = m.groups()
        word = {"Bx": ("Bx", "Box", "Bx "), "Pk": ("Pk", "Pack", "Pk "), "Tub": ("Tub", "Tub ")}[kind]
        return rng.choice((f"{word[0]}{n}", f"{word[1]} {n}", f"x{n}", f"({n})"))
    return {"Pr": rng.choice(("Pr", "Pair", "(Pr)")), "Ea": rng.choice(("Ea", "Each", ""))}.get(pack, pack)


def tool_title(key: str, types: dict[str, TypeDef], plural: bool = False) -> str:
    names = types[key].names
    return (names[1] if plural and len(names) > 1 else names[0]).title().replace("Sds", "SDS").replace("Led", "LED")


def fits_phrase_pricelist(p: Product, t: TypeDef, cat: Catalog, rng: random.Random) -> str:
    tools = [tool_title(k, cat.types) for k in t.fits]
    if p.fits_brand:
        picks = rng.sample(tools, min(2, len(tools)))
        lead = rng.choice(("fits", "to suit", "for"))
        return f"{lead} {p.fits_brand} {p.volt + ' ' if p.volt else ''}{'/'.join(picks)}"
    pick = rng.choice(tools)
    return rng.choice((f"for {pick}", f"to suit {pick}", f"f/ {pick}", f"fits {pick}s"))


def render_pricelist(p: Product, cat: Catalog, rng: random.Random) -> tuple[str, str]:
    t = cat.types[p.tkey]
    name = abbreviate(rng.choice(t.pl), rng)
    mat = rng.choice(MATERIALS[p.mat][2]) if p.mat else ""
    tag = abbreviate(pick_tag(rng.choice(t.tags), rng), rng) if t.tags and rng.random() < 0.75 else ""
    std = rng.choice(t.stds) if t.stds and rng.random() < 0.4 else ""
    pack = pack_pricelist(rng.choice(t.packs), rng)
    extra = ""
    if t.is_tool and p.volt:
        extra = rng.choice(("Body Only", "Bare Unit", "B/O", "Kit 2x4.0Ah", "2x5.0Ah Kit", "Kit 2x2.0Ah"))
    elif t.is_tool:
        extra = rng.choice(("240V", "110V", "230V"))
    if t.is_accessory:
        extra = fits_phrase_pricelist(p, t, cat, rng)
    size = p.size_text
    if "plat" in t.kinds:
        size = f"{p.volt} {size}".strip()
    code = p.code
    brand = p.brand if (t.kinds & {"tool", "plat", "bacc"} and rng.random() < 0.5) else ""
    order = rng.randrange(5)
    core: list[str]
    if order == 0:
        core = [name, mat, size, tag, extra, std, pack]
    elif order == 1:
        core = [size, name, mat, tag, pack, extra]
    elif order == 2:
        core = [name, size, tag, mat, pack, extra, std]
    elif order == 3:
        core = [brand, name, size, extra, tag, mat, pack]
        brand = ""
    else:
        core = [name, tag, size, mat, std, extra, pack]
    sep = rng.choice((" ", " ", " ", ", ", " / ", " - "))
    body = sep.join(x for x in core if x)
    if brand:
        body = f"{brand} {body}"
    if code:
        joiner = rng.choice((" - ", " ", ", ", " / "))
        body = f"{code}{joiner}{body}" if rng.random() < 0.4 else f"{body}{joiner}{code}"
    return "", body


# ---------------------------------------------------------------------------------------------------------------
# Rendering: marketplace listing
# ---------------------------------------------------------------------------------------------------------------
ACRONYMS = {w.title(): w.upper() for w in ("sds", "led", "pva", "hss", "rcd", "ptfe", "mcb", "jb", "pu", "trv")}
KIT_WORDS = ("Body Only", "Bare Unit", "2 x 4.0Ah Kit")
KIT_SENTENCES = (
    "Body only - battery and charger sold separately.",
    "Bare unit supplied in a cardboard box.",
    "Kit includes 2 x 4.0Ah batteries, a fast charger and a carry case.",
)


def pack_listing(pack: str) -> str:
    if m := re.fullmatch(r"(Bx|Pk|Tub)(\d+)", pack):
        kind, n = m.groups()
        return {"Bx": "Box of ", "Pk": "Pack of ", "Tub": "Tub of "}[kind] + n
    return {"Pr": "Pair", "Ea": "", "Roll": "Roll", "Coil": "Coil", "Drum": "Drum", "Tub": "Tub", "Tube": "Tube"}.get(
        pack, f"{pack} Bag" if pack.endswith("g") else pack
    )


def fits_sentence(p: Product, t: TypeDef, cat: Catalog, rng: random.Random) -> str:
    tools = [tool_title(k, cat.types, plural=True).lower() for k in t.fits]
    if p.fits_brand and "plat" in t.kinds:
        picks = rng.sample(tools, min(3, len(tools)))
        listed = ", ".join(picks[:-1]) + " and " + picks[-1] if len(picks) > 1 else picks[0]
        return f"Fits all {p.fits_brand} {p.volt} tools, including {listed}."
    if p.fits_brand:
        return f"Spare {t.names[0]} to fit {p.fits_brand} {rng.choice(tools)}."
    pick = rng.choice(tools)
    return rng.choice(
        (
            f"Fits most {pick}.",
            f"Suitable for {pick} from all major brands.",
            f"For use with {pick}.",
            f"Designed for {pick}.",
        )
    )


def material_sentence(mat: str, rng: random.Random) -> str:
    label = MATERIALS[mat][1]
    if mat in COLOURS:
        return rng.choice((f"Colour: {label}.", f"Supplied in {label.lower()}."))
    if mat in FINISHES:
        return rng.choice((f"{label} finish.", f"Finish: {label}."))
    return rng.choice((f"Made from {label}.", f"{label} construction.", f"Material: {label}."))


def listing_sentences(
    p: Product, t: TypeDef, cat: Catalog, rng: random.Random, *, pack: str, tags: list[str], kit: int
) -> list[str]:
    out: list[str] = []
    if p.mat:
        out.append(material_sentence(p.mat, rng))
    if p.size_text:
        if p.size and p.size.unit == "V":
            out.append(f"{p.size_text} platform - shares batteries with the {p.brand} range.")
        elif p.size and p.size.unit == "W":
            out.append(f"Powerful {p.size_text} motor.")
        else:
            lead = rng.choice(("Size:", "Measures", "Size"))
            out.append(f"{lead} {p.size_text}.")
    feats = rng.sample(t.feats, min(len(t.feats), rng.choice((1, 2))))
    out.extend(feats)
    if t.stds and rng.random() < 0.5:
        out.append(f"Conforms to {rng.choice(t.stds)}.")
    if t.is_accessory:
        out.append(fits_sentence(p, t, cat, rng))
    if t.is_tool and p.volt:
        out.append(KIT_SENTENCES[kit])
    elif pack:
        out.append(f"Supplied as: {pack}.")
    for tag in tags:
        if len(out) >= 3:
            break
        out.append(f"{tag}.")
    if len(out) < 3:
        out.append(f"Trade quality {t.names[0]} from {p.brand}.")
    return out[:6]


def render_listing(p: Product, cat: Catalog, rng: random.Random) -> tuple[str, str]:
    t = cat.types[p.tkey]
    name = rng.choice(t.names[:1] + t.names[2:] if len(t.names) > 2 else t.names[:1]).title()
    name = " ".join(ACRONYMS.get(w, w) for w in name.split())
    pack = pack_listing(rng.choice(t.packs))
    keywords = [pick_tag(x, rng) for x in rng.sample(t.tags, min(len(t.tags), rng.choice((2, 3, 4))))]
    tags = list(keywords)
    if p.mat:
        keywords.insert(rng.randrange(len(keywords) + 1), MATERIALS[p.mat][1])
    if pack:
        keywords.insert(0, pack)
    size = p.size_text
    if "plat" in t.kinds:
        size = f"{p.volt} {size}".strip()
    head = " ".join(x for x in (p.brand, p.code) if x)
    if rng.random() < 0.45:
        words = [f"{name} {size}".strip(), *keywords]
    else:
        words = [*keywords[:3], f"{size} {name}".strip(), *keywords[3:]] if size else [*keywords[:3], name]
    if t.is_accessory:
        tool = tool_title(rng.choice(t.fits), cat.types, plural=True)
        words.append(f"for {p.fits_brand + ' ' if p.fits_brand else ''}{tool}")
    kit = rng.randrange(len(KIT_WORDS))
    if t.is_tool and p.volt:
        words.append(KIT_WORDS[kit])
    sep = rng.choice((", ", " ", " - ", " | "))
    title = f"{head} {sep.join(words)}".strip()
    sentences = listing_sentences(p, t, cat, rng, pack=pack, tags=tags, kit=kit)
    joiner = rng.choice((" ", "\n"))
    return title, joiner.join(sentences)


def render_all(cat: Catalog) -> None:
    rng = random.Random(cat.seed + 1)  # nosec B311 (a reproducible catalog, not a secret)
    for p in cat.products:
        p.title, p.text = (render_pricelist if cat.style == "pricelist" else render_listing)(p, cat, rng)


# ---------------------------------------------------------------------------------------------------------------
# Queries and grades
# ---------------------------------------------------------------------------------------------------------------
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
PER_CLASS = 68
QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@dataclass(frozen=True)
class Ask:
    """What a query asks for: a product type plus optional attributes."""

    tkey: str
    size: Size | None = None
    tag: str = ""
    brand: str = ""
    code: str = ""
    fits: str = ""
    volt: str = ""


@dataclass
class Query:
    text: str
    category: str
    ask: Ask
    qid: str = ""
    note: str = ""


def grade(p: Product, ask: Ask) -> int:
    """2 when the product has every asked attribute, else 1 (only called for products of the asked type)."""
    ok = (ask.size is None or size_matches(ask.size, p.size)) and (not ask.tag or ask.tag in p.tags)
    ok = ok and (not ask.brand or ask.brand in (p.brand, p.fits_brand))
    ok = ok and (not ask.code or ask.code == p.code) and (not ask.fits or ask.fits in p.fits)
    ok = ok and (not ask.volt or ask.volt == p.volt)
    return 2 if ok else 1


def buyer_case(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.08:
        return " ".join(w.capitalize() if w.isalpha() else w for w in text.lower().split())
    if roll < 0.16:
        return text[:1].upper() + text[1:]
    return text.lower()


def order(a: str, b: str, rng: random.Random) -> str:
    """Put two query parts together in either order."""
    return f"{a} {b}" if rng.random() < 0.5 else f"{b} {a}"


def neighbours(ch: str) -> str:
    for row in QWERTY_ROWS:
        i = row.find(ch)
        if i >= 0:
            return row[max(i - 1, 0) : i] + row[i + 1 : i + 2]
    return ""


def make_typo(word: str, rng: random.Random) -> str:
    """One realistic slip: transposition, dropped letter, doubled letter or adjacent key."""
    kind = rng.randrange(4)
    i = rng.randrange(1, len(word) - 1)
    if kind == 0 and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    near = neighbours(word[i])
    return word[:i] + rng.choice(near) + word[i + 1 :] if near else word[:i] + word[i + 1 :]


class QueryMaker:
    """Builds the ten query classes for one catalog from its structured products."""

    def __init__(self, cat: Catalog, vocab: set[str]) -> None:
        self.cat = cat
        self.rng = random.Random(cat.seed + 2)  # nosec B311 (a reproducible catalog, not a secret)
        self.vocab = vocab
        self.seen: set[str] = set()
        self.queries: list[Query] = []
        self.listed = sorted(k for k, v in cat.by_type.items() if v)

    # helpers -------------------------------------------------------------------------------------------------
    def name(self, key: str) -> str:
        return self.rng.choice(self.cat.types[key].names).lower()

    def printed_by_type(self, key: str, phrase: str) -> bool:
        return any(printed_in(phrase, p.full_text) for p in self.cat.by_type[key])

    def add(self, text: str, category: str, ask: Ask, note: str = "") -> bool:
        text = re.sub(r"\s+", " ", text).strip()
        if not text or text.lower() in self.seen:
            return False
        self.seen.add(text.lower())
        self.queries.append(Query(text, category, ask, note=note))
        return True

    def tags_for(self, key: str, p: Product) -> list[str]:
        name_words = " ".join(self.cat.types[key].names).lower()
        return [tag for tag in p.tags if tag not in name_words and not printed_in(tag, name_words)]

    def run(self, make: Callable[[], tuple[str, ...] | tuple[str, str, Ask] | None]) -> None:
        made, tries = 0, 0
        while made < PER_CLASS and tries < PER_CLASS * 40:
            tries += 1
            result = make()
            if result and self.add(*result):
                made += 1

    # classes -------------------------------------------------------------------------------------------------
    def q_type_size(self) -> tuple[str, str, Ask] | None:
        key = self.rng.choice(self.listed)
        sized = [p for p in self.cat.by_type[key] if p.size]
        if not sized:
            return None
        p = self.rng.choice(sized)
        text = buyer_case(order(self.name(key), p.size_text, self.rng), self.rng)
        return text, "type_size", Ask(key, size=p.size)

    def q_type_material(self) -> tuple[str, str, Ask] | None:
        key = self.rng.choice(self.listed)
        with_mat = [p for p in self.cat.by_type[key] if self.tags_for(key, p)]
        if not with_mat:
            return None
        p = self.rng.choice(with_mat)
        tag = self.rng.choice(self.tags_for(key, p))
        text = f"{tag} {self.name(key)}" if self.rng.random() < 0.7 else f"{self.name(key)} {tag}"
        return buyer_case(text, self.rng), "type_material", Ask(key, tag=tag)

    def q_size_other_form(self) -> tuple[str, str, Ask] | None:
        key = self.rng.choice(self.listed)
        sized = [p for p in self.cat.by_type[key] if p.size]
        if not sized:
            return None
        p = self.rng.choice(sized)
        forms = [f for f in alt_size_forms(p.size) if not self.printed_by_type(key, f)]  # type: ignore[arg-type]
        if not forms:
            return None
        form = self.rng.choice(forms)
        return order(self.name(key), form, self.rng), "size_other_form", Ask(key, size=p.size)

    def q_size_missing(self) -> tuple[str, str, Ask] | None:
        key = self.rng.choice(self.listed)
        t = self.cat.types[key]
        missing = [s for s in t.sizes if not any(size_matches(s, p.size) for p in self.cat.by_type[key])]
        if not missing:
            return None
        size = self.rng.choice(missing)
        shown = render_size(size, self.cat.size_form[key])
        return buyer_case(order(self.name(key), shown, self.rng), self.rng), "size_missing", Ask(key, size=size)

    def q_typo(self) -> tuple[str, str, Ask, str] | None:
        key = self.rng.choice(self.listed)
        name = self.name(key)
        words = name.split()
        spots = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if not spots:
            return None
        i = self.rng.choice(spots)
        bad = make_typo(words[i], self.rng)
        if bad == words[i] or bad in self.vocab:
            return None
        words[i] = bad
        text, ask = " ".join(words), Ask(key)
        sized = [p for p in self.cat.by_type[key] if p.size]
        if sized and self.rng.random() < 0.35:
            p = self.rng.choice(sized)
            text, ask = order(text, p.size_text.lower(), self.rng), Ask(key, size=p.size)
        return text.lower(), "typo", ask, bad

    def q_code(self) -> tuple[str, str, Ask] | None:
        coded = [p for p in self.cat.products if p.code]
        p = self.rng.choice(coded)
        code = p.code
        form = self.rng.randrange(6)
        if form == 0:
            shown = code.lower()
        elif form == 1:
            shown = norm_code(code)
        elif form == 2:
            shown = re.sub(r"[-\s]+", " ", code).lower()
        elif form == 3:
            shown = re.sub(r"[\s]+", "-", code).lower()
        elif form == 4:
            shown = f"{p.brand} {code}".lower()
        else:
            shown = code
        ask = Ask(p.tkey, code=code, brand=p.brand if form == 4 else "")
        if self.rng.random() < 0.2:
            shown = f"{shown} {self.name(p.tkey)}"
        return shown, "code", ask

    def q_synonym(self) -> tuple[str, str, Ask] | None:
        key = self.rng.choice([k for k in self.listed if self.cat.types[k].syn])
        syn = self.rng.choice(self.cat.types[key].syn)
        roll = self.rng.random()
        sized = [p for p in self.cat.by_type[key] if p.size]
        matted = [p for p in self.cat.by_type[key] if self.tags_for(key, p)]
        if roll < 0.3 and sized:
            p = self.rng.choice(sized)
            return buyer_case(order(syn, p.size_text, self.rng), self.rng), "synonym", Ask(key, size=p.size)
        if roll < 0.45 and matted:
            tag = self.rng.choice(self.tags_for(key, self.rng.choice(matted)))
            return buyer_case(f"{tag} {syn}", self.rng), "synonym", Ask(key, tag=tag)
        return buyer_case(syn, self.rng), "synonym", Ask(key)

    def tools_with_accessories(self) -> list[str]:
        fitted = {f for k in self.listed if self.cat.types[k].is_accessory for f in self.cat.types[k].fits}
        return [k for k in self.listed if k in fitted]

    def q_accessory_not_asked(self) -> tuple[str, str, Ask] | None:
        key = self.rng.choice(self.tools_with_accessories())
        p = self.rng.choice(self.cat.by_type[key])
        name = self.name(key)
        roll = self.rng.random()
        if roll < 0.3:
            return buyer_case(name, self.rng), "accessory_not_asked", Ask(key)
        if roll < 0.55:
            return buyer_case(f"{p.brand} {name}", self.rng), "accessory_not_asked", Ask(key, brand=p.brand)
        if roll < 0.8 and p.size:
            text = order(name, p.size_text, self.rng)
            return buyer_case(text, self.rng), "accessory_not_asked", Ask(key, size=p.size)
        if p.size:
            text = f"{p.brand} {p.size_text} {name}"
            return buyer_case(text, self.rng), "accessory_not_asked", Ask(key, size=p.size, brand=p.brand)
        return None

    def q_accessory_asked(self) -> tuple[str, str, Ask] | None:
        accs = [k for k in self.listed if self.cat.types[k].is_accessory]
        key = self.rng.choice(accs)
        t = self.cat.types[key]
        tools = [f for f in t.fits if self.cat.by_type.get(f)] or t.fits
        tool = self.rng.choice(tools)
        p = self.rng.choice(self.cat.by_type[key])
        acc_name = self.rng.choice(t.names).lower()
        tool_name = self.name(tool)
        link = self.rng.choice(("for", "for", "to fit", "for my"))
        if p.fits_brand:
            volt = p.volt.lower()
            text = f"{volt} {acc_name} {link} {p.brand} {tool_name}".strip()
            if self.rng.random() < 0.3:
                text = f"{p.brand} {tool_name} {volt} {acc_name}"
            ask = Ask(key, fits=tool, brand=p.brand, volt=p.volt)
            return buyer_case(text, self.rng), "accessory_asked", ask
        if p.size and self.rng.random() < 0.3:
            text = f"{p.size_text} {acc_name} {link} {tool_name}"
            return buyer_case(text, self.rng), "accessory_asked", Ask(key, fits=tool, size=p.size)
        text = f"{acc_name} {link} {tool_name}" if self.rng.random() < 0.7 else f"{tool_name} {acc_name}"
        return buyer_case(text, self.rng), "accessory_asked", Ask(key, fits=tool)

    def q_type_once(self) -> tuple[str, str, Ask] | None:
        rare = [k for k in self.listed if len(self.cat.by_type[k]) <= 2]
        key = self.rng.choice(rare)
        p = self.rng.choice(self.cat.by_type[key])
        name = self.name(key)
        roll = self.rng.random()
        if roll < 0.3 and p.size:
            return buyer_case(order(name, p.size_text, self.rng), self.rng), "type_once", Ask(key, size=p.size)
        if roll < 0.5 and self.tags_for(key, p):
            tag = self.rng.choice(self.tags_for(key, p))
            return buyer_case(f"{tag} {name}", self.rng), "type_once", Ask(key, tag=tag)
        return buyer_case(name, self.rng), "type_once", Ask(key)

    def build(self) -> list[Query]:
        makers = {
            "type_size": self.q_type_size,
            "type_material": self.q_type_material,
            "size_other_form": self.q_size_other_form,
            "size_missing": self.q_size_missing,
            "typo": self.q_typo,
            "code": self.q_code,
            "synonym": self.q_synonym,
            "accessory_not_asked": self.q_accessory_not_asked,
            "accessory_asked": self.q_accessory_asked,
            "type_once": self.q_type_once,
        }
        for category in CLASSES:
            self.run(makers[category])  # type: ignore[arg-type]
        return self.queries


# ---------------------------------------------------------------------------------------------------------------
# Splitting, writing and self check
# ---------------------------------------------------------------------------------------------------------------
STYLES = (("pricelist", "TPL", 4101, 0.30), ("listing", "TLS", 4202, 0.42))
MIN_TRAIN, MIN_DEV = 420, 130


def split_of(text: str) -> str:
    return "dev" if hashlib.sha256(text.encode("utf-8")).digest()[0] < 64 else "train"


def qrels_rows(cat: Catalog, q: Query) -> list[tuple[str, int]]:
    return [(p.pid, grade(p, q.ask)) for p in sorted(cat.by_type[q.ask.tkey], key=lambda x: x.pid)]


def assign_ids(queries: list[Query]) -> dict[str, list[Query]]:
    splits: dict[str, list[Query]] = {"train": [], "dev": []}
    for q in queries:
        splits[split_of(q.text)].append(q)
    for name, items in splits.items():
        for i, q in enumerate(items):
            q.qid = f"{name}-{i:03d}"
    return splits


def write_catalog(out: Path, cat: Catalog, splits: dict[str, list[Query]]) -> None:
    folder = out / cat.style
    (folder / "qrels").mkdir(parents=True, exist_ok=True)
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for p in cat.products:
            fh.write(json.dumps({"_id": p.pid, "title": p.title, "text": p.text}, ensure_ascii=False) + "\n")
    with (folder / "queries.jsonl").open("w", encoding="utf-8") as fh:
        for name in ("train", "dev"):
            for q in splits[name]:
                row = {"_id": q.qid, "text": q.text, "category": q.category}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name in ("train", "dev"):
        lines = ["query-id\tcorpus-id\tscore"]
        lines += [f"{q.qid}\t{pid}\t{score}" for q in splits[name] for pid, score in qrels_rows(cat, q)]
        (folder / "qrels" / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    about = (
        f"Synthetic builders'-merchant catalog in the '{cat.style}' style, written by "
        "scripts/make_training_catalogs_d.py; grades come from the generator's structured records "
        "(2 = asked type with every asked attribute, 1 = asked type otherwise)."
    )
    gate = {"about": about, "splits": ["train", "dev"], "split": "dev"}
    (folder / "gate.json").write_text(json.dumps(gate, indent=2) + "\n", encoding="utf-8")


def fail(message: str) -> None:
    raise SystemExit(f"self check failed: {message}")


def check_catalog(cat: Catalog, splits: dict[str, list[Query]], vocab: set[str]) -> None:
    """Stop with an error when any rule of the contract is broken."""
    if not 600 <= len(cat.products) <= 1000:
        fail(f"{cat.style}: {len(cat.products)} products")
    ids = {p.pid for p in cat.products}
    if len(splits["train"]) < MIN_TRAIN or len(splits["dev"]) < MIN_DEV:
        fail(f"{cat.style}: split sizes {len(splits['train'])}/{len(splits['dev'])}")
    for name in ("train", "dev"):
        missing = set(CLASSES) - {q.category for q in splits[name]}
        if missing:
            fail(f"{cat.style}/{name}: classes missing {sorted(missing)}")
    texts = [q.text for q in splits["train"] + splits["dev"]]
    if len(texts) != len(set(texts)):
        fail(f"{cat.style}: duplicate query text")
    all_text = [p.full_text for p in cat.products]
    for q in splits["train"] + splits["dev"]:
        check_query(cat, q, ids, all_text, vocab)


def check_query(cat: Catalog, q: Query, ids: set[str], all_text: list[str], vocab: set[str]) -> None:
    rows = qrels_rows(cat, q)
    where = f"{cat.style} {q.qid} '{q.text}'"
    if not rows or any(pid not in ids or score not in (1, 2) for pid, score in rows):
        fail(f"{where}: bad qrels rows")
    has_two = any(score == 2 for _, score in rows)
    t = cat.types[q.ask.tkey]
    products = cat.by_type[q.ask.tkey]
    if q.category == "size_missing":
        if has_two or any(size_matches(q.ask.size, p.size) for p in products):  # type: ignore[arg-type]
            fail(f"{where}: a product of the type has the 'missing' size")
    elif not has_two:
        fail(f"{where}: no product has every asked attribute")
    if q.category == "size_other_form":
        spelled = q.text.lower().replace(cat.types[q.ask.tkey].names[0], "")
        if any(p.size_text and printed_in(p.size_text, q.text) for p in products):
            fail(f"{where}: size spelled as a product prints it ({spelled})")
    if q.category == "typo" and (not q.note or q.note in vocab or q.note not in q.text.lower().split()):
        fail(f"{where}: typo query without a typo")
    if q.category == "code" and not any(p.code == q.ask.code for p in products):
        fail(f"{where}: code query for a product without that code")
    if q.category == "synonym":
        phrase = next(s for s in t.syn if s.lower() in q.text.lower())
        if any(printed_in(phrase, text) for text in all_text):
            fail(f"{where}: synonym printed in the catalog")
    if q.category == "type_once" and len(products) > 2:
        fail(f"{where}: type listed {len(products)} times")
    if q.category == "type_material" and any(q.ask.tag in n for n in t.names):
        fail(f"{where}: material word is part of the type name")
    if q.category == "accessory_not_asked" and not any(
        q.ask.tkey in cat.types[k].fits for k, items in cat.by_type.items() if items
    ):
        fail(f"{where}: accessory_not_asked for a type with no accessories listed")
    if q.category == "accessory_asked" and not (t.is_accessory and q.ask.fits):
        fail(f"{where}: accessory_asked without a fitted tool")


def check_ontology(types: list[TypeDef]) -> None:
    keys = {t.key for t in types}
    if len(keys) != len(types):
        fail("duplicate type keys")
    for t in types:
        unknown = [m for m in t.mats if m not in MATERIALS] + [f for f in t.fits if f not in keys]
        if unknown:
            fail(f"{t.key}: unknown material or fitted tool {unknown}")
        if t.is_accessory and not t.fits:
            fail(f"{t.key}: accessory without fitted tools")
        if not t.names or len(t.names) < 2:
            fail(f"{t.key}: needs singular and plural names")


def vocabulary(types: list[TypeDef], cats: list[Catalog]) -> set[str]:
    words: set[str] = set()
    for t in types:
        for phrase in t.names + t.pl + t.syn + t.tags:
            words.update(re.findall(r"[a-z]+", phrase.lower()))
    for cat in cats:
        for p in cat.products:
            words.update(re.findall(r"[a-z]+", p.full_text.lower()))
    return words


def summary(cat: Catalog, splits: dict[str, list[Query]]) -> str:
    counts = {
        c: (sum(q.category == c for q in splits["train"]), sum(q.category == c for q in splits["dev"])) for c in CLASSES
    }
    rare = sum(1 for v in cat.by_type.values() if len(v) <= 2)
    per_class = ", ".join(f"{c} {a}/{b}" for c, (a, b) in counts.items())
    return (
        f"{cat.style}: {len(cat.products)} products, {len(cat.by_type)} types ({rare} listed once or twice), "
        f"queries train {len(splits['train'])} dev {len(splits['dev'])}; {per_class}"
    )


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("data/training")
    types = parse_ontology(ONTOLOGY)
    check_ontology(types)
    by_key = {t.key: t for t in types}
    cats = [Catalog(style, prefix, seed, share, by_key) for style, prefix, seed, share in STYLES]
    for cat in cats:
        build_products(cat)
        render_all(cat)
    vocab = vocabulary(types, cats)
    for cat in cats:
        queries = QueryMaker(cat, vocab).build()
        splits = assign_ids(queries)
        check_catalog(cat, splits, vocab)
        write_catalog(out, cat, splits)
        print(summary(cat, splits))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
