"""A seeded generator of realistic hardware and industrial-supply product descriptions.

Synthetic on purpose: it feeds the sample catalog, the tests and the benchmarks with text that
looks like real catalogs (types, sizes such as M8x40, standards such as DIN 933 / ISO 4017,
materials, finishes, brands, pack sizes) without shipping anyone's data.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

POWER_BRANDS = ["Makita", "Bosch", "DeWalt", "Milwaukee", "Metabo", "Hilti", "Festool", "Ryobi", "Einhell", "Hikoki"]
HAND_BRANDS = ["Stanley", "Wera", "Knipex", "Gedore", "Bahco", "Wiha", "Hazet", "Stahlwille", "Irwin", "Estwing"]
FASTENER_BRANDS = ["Würth", "fischer", "Reisser", "Spax", "Heco", "Bossard", "Böllhoff", "Fastenal"]
FITTING_BRANDS = ["Viega", "Geberit", "Conex Bänninger", "Georg Fischer", "Sanha", "Watts", "Oventrop"]
SAFETY_BRANDS = ["3M", "Uvex", "Honeywell", "Ansell", "Dräger", "Portwest"]

THREADS = ["M4", "M5", "M6", "M8", "M10", "M12", "M16", "M20"]
LENGTHS = [10, 12, 16, 20, 25, 30, 35, 40, 50, 60, 70, 80, 100, 120]
STEELS = [
    ("stainless steel A2-70", "plain"),
    ("stainless steel A4-80", "plain"),
    ("steel grade 8.8", "zinc plated"),
    ("steel grade 10.9", "black oxide"),
    ("steel grade 8.8", "hot-dip galvanized"),
    ("brass", "plain"),
]
PIPE_SIZES = ['1/4"', '3/8"', '1/2"', '3/4"', '1"', '1 1/4"', "15 mm", "22 mm", "28 mm"]


@dataclass(frozen=True)
class SyntheticProduct:
    id: str
    description: str
    brand: str
    category: str


def _fastener(rng: random.Random) -> tuple[str, str, str]:
    kind = rng.choice(
        [
            "hex bolt",
            "hex head screw",
            "socket cap screw",
            "hex nut",
            "flat washer",
            "wood screw",
            "countersunk screw",
            "threaded rod",
            "wall plug",
            "self-drilling screw",
        ]
    )
    thread = rng.choice(THREADS)
    length = rng.choice(LENGTHS)
    material, finish = rng.choice(STEELS)
    pack = rng.choice([10, 25, 50, 100, 200, 500])
    brand = rng.choice(FASTENER_BRANDS)
    standards = {
        "hex bolt": "DIN 931 / ISO 4014",
        "hex head screw": "DIN 933 / ISO 4017",
        "socket cap screw": "DIN 912 / ISO 4762",
        "hex nut": "DIN 934 / ISO 4032",
        "flat washer": "DIN 125 / ISO 7089",
        "countersunk screw": "DIN 7991 / ISO 10642",
        "threaded rod": "DIN 976",
    }
    std = standards.get(kind, "")
    if kind == "hex nut":
        text = f"{thread} hex nut {std}, {material}, {finish}, pack of {pack}"
    elif kind == "flat washer":
        text = f"Flat washer for {thread} bolts {std}, {material}, {finish}, pack of {pack}"
    elif kind == "wood screw":
        d = rng.choice([3.5, 4.0, 4.5, 5.0, 6.0])
        text = (
            f"Wood screw {d}x{length} mm, Torx T{rng.choice([15, 20, 25, 30])} drive, partial thread, "
            f"{finish} {material}, box of {pack}"
        )
    elif kind == "wall plug":
        d = rng.choice([5, 6, 8, 10, 12])
        text = f"Nylon wall plug {d}x{length // 2 + 20} mm for concrete, brick and drywall, box of {pack}"
    elif kind == "self-drilling screw":
        text = f"Self-drilling screw 4.8x{length} mm with EPDM washer for sheet metal roofing, pack of {pack}"
    elif kind == "threaded rod":
        text = f"Threaded rod {thread} x 1000 mm {std}, {material}, {finish}"
    else:
        text = f"{kind.capitalize()} {thread}x{length} {std}, {material}, {finish}, pack of {pack}"
    return text, brand, "Fasteners"


def _power_tool(rng: random.Random) -> tuple[str, str, str]:
    brand = rng.choice(POWER_BRANDS)
    volts = rng.choice([12, 18, 36])
    model = f"{brand[:2].upper()}{rng.randint(100, 999)}"
    kind = rng.choice(
        [
            f"cordless drill driver {volts}V, 2-speed gearbox, 13 mm keyless chuck, 60 Nm torque",
            f'cordless impact driver {volts}V, 1/4" hex chuck, 180 Nm, brushless motor',
            f"circular saw {rng.choice([165, 190, 235])} mm blade, 1400 W, bevel up to 56°, laser guide for accurate cuts",
            f"angle grinder {rng.choice([115, 125, 230])} mm, {rng.choice([850, 1100, 2200])} W, anti-restart protection",
            "jigsaw 650 W with pendulum action, tool-free blade change, for wood and metal cutting",
            f"rotary hammer SDS-plus {rng.choice([2.0, 2.7, 3.2])} J, 3 modes, for drilling in concrete",
            "random orbital sander 125 mm, variable speed, dust extraction port",
            f"reciprocating saw {volts}V for demolition, cutting wood, metal and pipes",
            "oscillating multi-tool with plunge-cut blade, sanding pad and scraper",
            "heat gun 2000 W with two temperature settings for paint stripping and shrink tubing",
            f"mitre saw {rng.choice([216, 254, 305])} mm sliding compound, for precise cross cuts in timber",
        ]
    )
    kit = rng.choice(["body only", "with 2x 5.0 Ah batteries and charger", "in carrying case", "with 4.0 Ah battery"])
    return f"{brand} {model} {kind}, {kit}", brand, "Power tools"


def _hand_tool(rng: random.Random) -> tuple[str, str, str]:
    brand = rng.choice(HAND_BRANDS)
    text = rng.choice(
        [
            f"Claw hammer {rng.choice([300, 450, 600])} g with fibreglass shaft and non-slip grip",
            f"Tape measure {rng.choice([3, 5, 8, 10])} m / {rng.choice([10, 16, 25, 33])} ft with belt clip and lock",
            f"Screwdriver set {rng.choice([6, 7, 12])} pcs, slotted and Phillips PH1/PH2, magnetic tips",
            f"Combination pliers {rng.choice([160, 180, 200])} mm, chrome vanadium, insulated to 1000 V VDE",
            f"Combination spanner set {rng.choice([8, 12, 14])} pcs, 8-22 mm, chrome vanadium steel",
            f'Socket set 1/2" drive, {rng.choice([24, 38, 94])} pcs, 10-32 mm, with reversible ratchet',
            f'Torque wrench 1/2" drive, {rng.choice(["20-100", "40-200", "60-330"])} Nm, click type, calibrated',
            "Hex key set 9 pcs, 1.5-10 mm, ball end, long arm",
            f"Utility knife with {rng.choice([5, 10])} spare trapezoid blades, retractable, for cutting cardboard and carpet",
            f"Hacksaw 300 mm with bi-metal blade, {rng.choice([18, 24, 32])} TPI, for cutting metal pipes",
            f"Wood chisel set {rng.choice([3, 4, 6])} pcs, 6-25 mm, hardened blades",
            f"Spirit level {rng.choice([60, 80, 100, 120])} cm, aluminium, 3 vials",
            "Bolt cutter 600 mm for chains, padlocks and rebar up to 8 mm",
            'Pipe wrench 14" (350 mm), drop-forged jaws',
        ]
    )
    return text, brand, "Hand tools"


def _fitting(rng: random.Random) -> tuple[str, str, str]:
    brand = rng.choice(FITTING_BRANDS)
    size = rng.choice(PIPE_SIZES)
    material = rng.choice(["brass", "copper", "stainless steel 316", "galvanized malleable iron", "PVC-U"])
    kind = rng.choice(
        [
            f"90° elbow {size} female x female BSP thread",
            f"equal tee {size} press fitting",
            f"straight coupling {size} compression fitting",
            f"ball valve {size} full bore, PN 25, lever handle",
            f"reducing bush {size} male x female",
            f"check valve {size} spring loaded",
            f"hose tail {size} with union nut",
        ]
    )
    return f"{kind.capitalize()}, {material}, for water and gas installations", brand, "Fittings"


def _consumable(rng: random.Random) -> tuple[str, str, str]:
    brand = rng.choice([*SAFETY_BRANDS, "Klingspor", "Norton", "Loctite", "Sika", "WD-40"])
    text, category = rng.choice(
        [
            (f"Cut-off wheel {rng.choice([115, 125, 230])} x 1.0 mm for stainless steel, pack of 25", "Abrasives"),
            (
                f"Sanding discs 125 mm, grit P{rng.choice([40, 80, 120, 180, 240])}, hook and loop, 8 holes, pack of 50",
                "Abrasives",
            ),
            (
                f"Cut-resistant work gloves, level {rng.choice(['B', 'C', 'D'])}, size {rng.choice([8, 9, 10, 11])}",
                "Safety",
            ),
            ("Safety goggles with anti-fog coating, EN 166", "Safety"),
            (f"Ear defenders SNR {rng.choice([27, 31, 35])} dB, adjustable headband", "Safety"),
            (f"Threadlocker medium strength, {rng.choice([10, 50, 250])} ml, removable with hand tools", "Chemicals"),
            (f"Polyurethane construction adhesive {rng.choice([290, 310])} ml cartridge", "Chemicals"),
            (f"HSS twist drill bit set {rng.choice([13, 19, 25])} pcs, 1-13 mm, for metal", "Accessories"),
            (f"Masonry drill bit {rng.choice([6, 8, 10, 12])} x 150 mm SDS-plus, carbide tip", "Accessories"),
            (
                f"Circular saw blade {rng.choice([165, 190, 235])} mm, {rng.choice([24, 40, 48])} teeth, for wood",
                "Accessories",
            ),
            (f"Jigsaw blades T-shank, set of {rng.choice([5, 10, 20])} for wood and metal", "Accessories"),
        ]
    )
    return text, brand, category


_MAKERS = [(_fastener, 4), (_power_tool, 3), (_hand_tool, 3), (_fitting, 2), (_consumable, 2)]
_PREFIX = {"Fasteners": "FAS", "Power tools": "PWR", "Hand tools": "HND", "Fittings": "FIT"}


def generate(count: int, seed: int = 42, *, part_numbers: bool = False) -> Iterator[SyntheticProduct]:
    """Yield ``count`` products; the same seed always yields the same catalog.

    The attribute combinations repeat (only a third of 100,000 descriptions are distinct), so large
    catalogs pass ``part_numbers=True``: each description ends with a six-digit manufacturer part
    number, as wholesalers' descriptions often do, and nearly all become distinct.
    """
    # Reproducible test data, not a secret.
    rng = random.Random(seed)  # nosec B311
    makers = [m for m, w in _MAKERS for _ in range(w)]
    for i in range(count):
        text, brand, category = rng.choice(makers)(rng)
        if part_numbers:
            text = f"{text}, part no. {rng.randint(100000, 999999)}"
        prefix = _PREFIX.get(category, "SUP")
        yield SyntheticProduct(id=f"{prefix}-{i:07d}", description=text, brand=brand, category=category)
