"""Write data/buyers/: queries typed the way buyers type them, over the sample catalog (BEIR layout).

    .venv/bin/python scripts/make_buyer_set.py

The quality set (data/quality) derives its identifier queries from the catalog's own identifier
strings, so "identifier first" wins there by construction. These queries were written by hand, as a
buyer writes: a product type with a size and a material, sizes the catalog has and sizes it does not,
accessory traps (``m16 bolt`` where the catalog has "Flat washer for M16 bolts"), typos, and model
codes split or hyphenated (``MI 630 jigsaw``).

Judgements come from two regular expressions per query over the descriptions, independent of the
service's identifier and type code: ``kind`` says which products are the asked-for type (grade 1),
``fit`` which of those also have the asked-for attributes (grade 2). A query whose size the catalog
lacks has no grade 2.

Splits, never mixed: ``dev`` is what ranking changes may be tuned on; ``test`` and ``test2`` are held
out and only measured (the CI quality gate requires the right type first on every one of their queries).
Output is deterministic.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]


class Query(NamedTuple):
    text: str
    category: str  # type_size | size_missing | type_material | accessory | typo | code
    kind: str  # the asked-for product type: grade 1
    fit: str | None = None  # of those, the ones with the asked-for attributes: grade 2


# Held out: measured by the gate, never tuned on.
TEST = [
    Query("masonry bit 8mm sds", "type_size", r"^masonry drill bit", r"\b8 x 150 mm"),
    Query("angle grinder 230 mm 2200w", "type_size", r"angle grinder", r"230 mm, 2200 W"),
    Query("spirit level 60 cm aluminium", "type_size", r"^spirit level", r"\b60 cm"),
    Query("claw hammer 450g", "type_size", r"claw hammer", r"450 g"),
    Query("hex nut m20 zinc", "type_size", r"hex nut", r"^M20 .*zinc plated"),
    Query("m6 threaded rod galvanised", "type_size", r"^threaded rod", r"M6 x .*galvanized"),
    Query("socket cap screw m5 x 100", "type_size", r"^socket cap screw", r"M5x100\b"),
    Query("countersunk screw m6x35 a2", "type_size", r"^countersunk screw", r"M6x35\b"),
    Query("self drilling screw 4.8 x 30", "type_size", r"^self-drilling screw", r"4\.8x30 mm"),
    Query("wall plug 8x32", "type_size", r"wall plug", r"8x32 mm"),
    Query("circular saw blade 165mm 48t", "type_size", r"^circular saw blade", r"165 mm, 48 teeth"),
    Query("check valve 3/4 copper", "type_size", r"^check valve", r"3/4\" .*copper"),
    Query("hose tail 28mm stainless", "type_size", r"^hose tail", r"28 mm .*stainless"),
    Query("straight coupling 22mm brass", "type_size", r"^straight coupling", r"22 mm .*brass"),
    Query("reducing bush 3/8 brass", "type_size", r"^reducing bush", r"3/8\" .*brass"),
    Query("90 degree elbow 3/4", "type_size", r"elbow", r"elbow 3/4\""),
    Query("torque wrench 60-330 nm", "type_size", r"^torque wrench", r"60-330 Nm"),
    Query("threadlocker 250ml", "type_size", r"^threadlocker", r"250 ml"),
    Query("reciprocating saw 18v", "type_size", r"reciprocating saw", r"saw 18V"),
    Query("cordless impact driver 12v", "type_size", r"impact driver", r"driver 12V"),
    Query("rotary hammer 3.2 joule", "type_size", r"rotary hammer", r"3\.2 J"),
    Query("mitre saw 254mm", "type_size", r"mitre saw", r"254 mm"),
    Query("cut resistant gloves size 10", "type_size", r"work gloves", r"size 10\b"),
    Query("hacksaw 24 tpi", "type_size", r"^hacksaw", r"24 TPI"),
    Query("angle grinder 125mm", "size_missing", r"angle grinder"),
    Query("ball valve 2 inch", "size_missing", r"^ball valve"),
    Query("hex bolt m14", "size_missing", r"^hex bolt"),
    Query("spirit level 2 m", "size_missing", r"^spirit level"),
    Query("masonry drill bit 12mm", "size_missing", r"^masonry drill bit"),
    Query("claw hammer 800g", "size_missing", r"claw hammer"),
    Query("wood screws 4x40", "size_missing", r"^wood screw"),
    Query("socket set 3/8 drive", "size_missing", r"^socket set"),
    Query("hose tail 1/2 inch", "size_missing", r"^hose tail"),
    Query("threaded rod m10", "size_missing", r"^threaded rod"),
    Query("circular saw blade 190mm", "size_missing", r"^circular saw blade"),
    Query("stainless hex bolt", "type_material", r"^hex bolt", r"stainless"),
    Query("brass countersunk screws", "type_material", r"^countersunk screw", r"brass"),
    Query("copper straight coupling", "type_material", r"^straight coupling", r"copper"),
    Query("galvanised elbow", "type_material", r"elbow", r"galvanized"),
    Query("pvc reducing bush", "type_material", r"^reducing bush", r"PVC"),
    Query("brass hex head screw m12", "type_material", r"^hex head screw", r"M12x\d+ .*brass"),
    Query("stainless steel socket cap screw m16", "type_material", r"^socket cap screw", r"M16x\d+ .*stainless"),
    Query("m16 bolt", "accessory", r"^hex bolt|^hex head screw", r"M16x"),
    Query("washer m8", "accessory", r"^flat washer", r"\bM8\b"),
    Query("circular saw 165mm", "accessory", r"circular saw \d", r"165 mm blade"),
    Query("jigsaw for metal", "accessory", r"\bjigsaw \d"),
    Query("sander 125 mm", "accessory", r"sander", r"125 mm"),
    Query("angle grinder 115", "accessory", r"angle grinder", r"115 mm"),
    Query("nut m20", "accessory", r"hex nut", r"^M20\b"),
    Query("bolt cutter", "accessory", r"^bolt cutter"),
    Query("impact driver 1/4 hex", "accessory", r"impact driver"),
    Query("drill driver 13mm chuck", "accessory", r"drill driver"),
    Query("torque wrench 1/2", "accessory", r"^torque wrench"),
    Query("ball vlave 3/8", "typo", r"^ball valve", r"3/8\""),
    Query("masonary drill bit 10mm", "typo", r"^masonry drill bit", r"\b10 x 150"),
    Query("angel grinder 230", "typo", r"angle grinder", r"230 mm"),
    Query("reciprocatin saw 36v", "typo", r"reciprocating saw", r"saw 36V"),
    Query("spirt level 80cm", "typo", r"^spirit level", r"\b80 cm"),
    Query("hex bolt m8x40 zink", "typo", r"^hex bolt", r"M8x40 .*zinc"),
    Query("MI 630 jigsaw", "code", r"\bjigsaw \d", r"\bMI630\b"),
    Query("hikoki hi-981 heat gun", "code", r"heat gun", r"\bHI981\b"),
    Query("fe 352 rotary hammer", "code", r"rotary hammer", r"\bFE352\b"),
    Query("ry 992", "code", r"rotary hammer", r"\bRY992\b"),
    Query("me-731", "code", r"rotary hammer", r"\bME731\b"),
    Query("Makita MA 873", "code", r"impact driver", r"\bMA873\b"),
]

# Held out too, written after the first measurement of TEST (64 of 65 right type first, hybrid) had
# been looked at to find why "circular saw 165mm" failed: a set no change was ever tuned on.
TEST_2 = [
    Query("hex head screw m16x40 brass", "type_size", r"^hex head screw", r"M16x40 .*brass"),
    Query("socket set 38 pcs", "type_size", r"^socket set", r"38 pcs"),
    Query("jigsaw blades set of 20", "type_size", r"^jigsaw blades", r"set of 20"),
    Query("cut-off wheel 115mm", "type_size", r"^cut-off wheel", r"115 x"),
    Query("combination pliers 160", "type_size", r"^combination pliers", r"160 mm"),
    Query("threaded rod m12 stainless", "type_size", r"^threaded rod", r"M12 x .*stainless"),
    Query("torque wrench 20-100nm", "type_size", r"^torque wrench", r"20-100 Nm"),
    Query("ear defenders 27db", "type_size", r"ear defenders", r"SNR 27"),
    Query("hex nut m10", "size_missing", r"hex nut"),
    Query("pipe wrench 18 inch", "size_missing", r"^pipe wrench"),
    Query("utility knife 20 blades", "size_missing", r"utility knife"),
    Query("spirit level 150cm", "size_missing", r"^spirit level"),
    Query("m20 bolt", "accessory", r"^hex bolt|^hex head screw", r"M20x"),
    Query("washer m20", "accessory", r"^flat washer", r"\bM20\b"),
    Query("angle grinder 230", "accessory", r"angle grinder", r"230 mm"),
    Query("rotary hammer sds", "accessory", r"rotary hammer"),
    Query("mitre saw", "accessory", r"mitre saw"),
    Query("drill bits for concrete", "accessory", r"^masonry drill bit"),
    Query("socket cap scerw m12", "typo", r"^socket cap screw", r"M12x"),
    Query("threded rod m6", "typo", r"^threaded rod", r"M6 x"),
    Query("circluar saw blade 235", "typo", r"^circular saw blade", r"235 mm"),
    Query("brass ball valve", "type_material", r"^ball valve", r"brass"),
    Query("stainless hose tail", "type_material", r"^hose tail", r"stainless"),
    Query("copper check valve", "type_material", r"^check valve", r"copper"),
    Query("hi 241 angle grinder", "code", r"angle grinder", r"\bHI241\b"),
    Query("MA 849", "code", r"mitre saw", r"\bMA849\b"),
]

# What ranking changes may be tuned on (the issue's own examples among them).
DEV = [
    Query("10 mm drill bit for concrete", "type_size", r"^masonry drill bit", r"\b10 x 150"),
    Query("1/2 inch ball valve brass", "size_missing", r"^ball valve"),
    Query("M8 bolt stainless", "accessory", r"^hex bolt|^hex head screw", r"\bM8x"),
    Query("cut off disc 125 mm for steel", "type_size", r"^cut-off wheel", r"125 x"),
    Query("hex head screw m6 stainless", "type_material", r"^hex head screw", r"M6x\d+ .*stainless"),
    Query("m12 washer", "accessory", r"^flat washer", r"\bM12\b"),
    Query("ball valve 15mm stainless", "type_size", r"^ball valve", r"15 mm .*stainless"),
    Query("claw hammer 300 g", "type_size", r"claw hammer", r"300 g"),
    Query("sds drill 2.7j", "type_size", r"rotary hammer", r"2\.7 J"),
    Query("heat gun 2000w", "type_size", r"heat gun", r"2000 W"),
    Query("jigsaw blades for metal", "accessory", r"^jigsaw blades"),
    Query("circular saw blade 235", "type_size", r"^circular saw blade", r"235 mm"),
    Query("socket set 94 pcs", "type_size", r"^socket set", r"94 pcs"),
    Query("hex key set", "type_size", r"^hex key set"),
    Query("spanner set 8-22", "type_size", r"spanner set", r"8-22 mm"),
    Query("chisel set 6 pcs", "type_size", r"chisel set", r"6 pcs"),
    Query("m20 countersunk screw", "type_size", r"^countersunk screw", r"M20x"),
    Query("threaded rod m16 stainless", "type_material", r"^threaded rod", r"M16 x .*stainless"),
    Query("wall plug 12mm", "type_size", r"wall plug", r"12x55"),
    Query("cut-off wheel 230", "type_size", r"^cut-off wheel", r"230 x"),
    Query("equal tee 3/8 copper", "type_material", r"^equal tee", r"3/8\" .*copper"),
    Query("check valve 1 inch", "type_size", r"^check valve", r"valve 1\""),
    Query("ear defenders", "type_size", r"ear defenders"),
    Query("pipe wrench 14 inch", "type_size", r"^pipe wrench", r"14\""),
    Query("utility knife 10 blades", "type_size", r"utility knife", r"10 spare"),
    Query("mitre saw 216mm", "size_missing", r"mitre saw"),
    Query("masonry drill bit 6mm", "size_missing", r"^masonry drill bit"),
    Query("wood screw 6x70", "type_size", r"^wood screw", r"6\.0x70"),
    Query("self drilling screw 4.8 x 25", "size_missing", r"^self-drilling screw"),
    Query("nut m6", "accessory", r"hex nut", r"^M6\b"),
    Query("washer m16 stainless", "accessory", r"^flat washer", r"M16 .*stainless"),
    Query("bolt m10 brass", "accessory", r"^hex bolt|^hex head screw", r"M10x\d+ .*brass"),
    Query("impact driver 18v", "size_missing", r"impact driver"),
    Query("cordless drill 18v", "type_size", r"drill driver", r"driver 18V"),
    Query("spanner 14 pcs", "type_size", r"spanner set", r"14 pcs"),
    Query("de 219 grinder", "code", r"angle grinder", r"\bDE219\b"),
    Query("ma-164", "code", r"heat gun", r"\bMA164\b"),
    Query("BO 262 saw", "code", r"reciprocating saw", r"\bBO262\b"),
    Query("hamer 450g", "typo", r"claw hammer", r"450 g"),
    Query("torqe wrench 40-200", "typo", r"^torque wrench", r"40-200 Nm"),
    Query("galvanized check valve", "type_material", r"^check valve", r"galvanized"),
    Query("rotary hammer 2j", "type_size", r"rotary hammer", r"2\.0 J"),
]


def _rows() -> list[dict[str, str]]:
    with (ROOT / "data" / "sample_products.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def judge(rows: list[dict[str, str]], query: Query) -> dict[str, int]:
    """Grade 2 for the asked-for type with the asked-for attributes, 1 for the type alone."""
    kind = re.compile(query.kind, re.IGNORECASE)
    fit = re.compile(query.fit, re.IGNORECASE) if query.fit else None
    grades: dict[str, int] = {}
    for r in rows:
        if kind.search(r["description"]):
            grades[r["id"]] = 2 if fit and fit.search(r["description"]) else 1
    if not grades:
        raise SystemExit(f"{query.text!r}: type rule {query.kind!r} matches no product")
    if fit and 2 not in grades.values():
        raise SystemExit(f"{query.text!r}: attribute rule {query.fit!r} matches no product of the type")
    return grades


def main(out: Path) -> None:
    rows = _rows()
    (out / "qrels").mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"_id": r["id"], "title": "", "text": r["description"]}, ensure_ascii=False) + "\n")
    texts = [q.text for q in TEST + TEST_2 + DEV]
    if len(set(texts)) != len(texts):
        raise SystemExit("a query is listed twice")
    with (out / "queries.jsonl").open("w", encoding="utf-8") as q_fh:
        for split, queries in (("test", TEST), ("test2", TEST_2), ("dev", DEV)):
            with (out / "qrels" / f"{split}.tsv").open("w", encoding="utf-8") as r_fh:
                r_fh.write("query-id\tcorpus-id\tscore\n")
                for n, q in enumerate(queries):
                    qid = f"{split}-{n:03d}"
                    record = {"_id": qid, "text": q.text, "category": q.category}
                    q_fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    for pid, grade in judge(rows, q).items():
                        r_fh.write(f"{qid}\t{pid}\t{grade}\n")
    print(f"{out}: {len(rows)} products, {len(TEST)} + {len(TEST_2)} test and {len(DEV)} dev queries")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "buyers")
