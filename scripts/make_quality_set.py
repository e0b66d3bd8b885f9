"""Write data/quality/: the labelled product-matching set of the CI quality gate (BEIR layout).

    .venv/bin/python scripts/make_quality_set.py

Corpus: the sample catalog (data/sample_products.csv). Queries, written for this catalog:

* ``paraphrase``: what a buyer types when they know the job, not the product name ("something to
  strip paint"); relevant: every product of the fitting type, by a rule on the description.
* ``identifier``: model numbers, sizes, threads and standards, written the way a *different* source
  would (``din-933 m12 x 30`` for ``M12x30 DIN 933``, ``spirit level 800 mm`` for ``80 cm``);
  relevant: the products holding exactly that identifier (grade 2) or that type and size.
* ``misspelling``: paraphrase and identifier queries with seeded typos (swapped, dropped or
  doubled letters); same relevance as their source.
* ``no_match``: things this catalog does not sell; judged with no relevant product.

The relevance rules are regular expressions over the descriptions, independent of the service's
own identifier code, so the gate cannot agree with itself by construction. Output is deterministic.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (query, rule): products whose description matches the rule (case-insensitive) are relevant.
PARAPHRASES = [
    ("something to strip paint", r"heat gun"),
    ("tool to shrink heat shrink tubing", r"heat gun"),
    ("power saw to cut wooden boards", r"circular saw(?! blade)|jigsaw(?! blades)|reciprocating saw|mitre saw"),
    ("What can I use to cut?", r"saw(?! blade)|cutter|knife|cut-off wheel|hacksaw|multi-tool"),
    ("drill holes into concrete walls", r"rotary hammer|masonry drill bit"),
    ("make holes in steel sheet", r"twist drill bit"),
    ("smooth a wooden surface before painting", r"sander|sanding discs"),
    ("grind down and cut metal", r"angle grinder|cut-off wheel"),
    ("protect my hands from sharp edges", r"cut-resistant work gloves"),
    ("hearing protection for loud machines", r"ear defenders"),
    ("protect my eyes while grinding", r"safety goggles"),
    ("glue for building work", r"construction adhesive"),
    ("stop screws coming loose from vibration", r"threadlocker"),
    ("measure the length of a room", r"tape measure"),
    ("check that a shelf is horizontal", r"spirit level"),
    ("tighten bolts to a specified torque", r"torque wrench"),
    ("cut through a chain or padlock", r"bolt cutter"),
    ("open cardboard boxes", r"utility knife"),
    ("cut a metal pipe by hand", r"hacksaw"),
    ("grip and bend wire", r"combination pliers"),
    ("set of wrenches for nuts", r"combination spanner set|socket set"),
    ("allen keys", r"hex key set"),
    ("tools for carving wood", r"wood chisel"),
    ("drive nails into timber", r"claw hammer"),
    ("screw in lots of screws fast", r"impact driver|drill driver|ratchet screwdriver"),
    ("set of screwdrivers", r"screwdriver set"),
    ("turn a large pipe", r"pipe wrench"),
    ("valve to shut off the water supply", r"ball valve"),
    ("stop water flowing backwards in a pipe", r"check valve"),
    ("connect two straight pipes", r"straight coupling"),
    ("pipe fitting for a right-angle bend", r"elbow"),
    ("T-shaped pipe connector", r"equal tee"),
    ("adapter between two thread sizes", r"reducing bush"),
    ("connect a hose to a pipe", r"hose tail"),
    ("anchor screws in a brick wall", r"wall plug"),
    ("screws for fixing metal roof sheets", r"self-drilling screw"),
    ("screws for joining wood", r"wood screw"),
    ("washers for bolts", r"flat washer"),
    ("nuts for bolts", r"hex nut"),
    ("long bar threaded along its length", r"threaded rod"),
    ("bolts with a hexagon head", r"hex bolt|hex head screw"),
    ("allen head bolts", r"socket cap screw"),
    ("screws whose heads sit flush with the surface", r"countersunk screw"),
    ("blades for a jigsaw", r"jigsaw blades"),
    ("replacement blade for a circular saw", r"circular saw blade"),
    ("battery drill", r"cordless drill driver"),
    ("saw for demolition work", r"reciprocating saw"),
    ("one tool that cuts, sands and scrapes", r"oscillating multi-tool"),
    ("cut angled trim precisely", r"mitre saw"),
    ("organize small parts", r"toolbox organizer"),
    ("drill bits for metal", r"twist drill bit"),
    ("cutting disc for stainless steel", r"cut-off wheel"),
    ("hammer drill for concrete", r"rotary hammer"),
    ("tool to loosen stuck nuts with high torque", r"impact driver|torque wrench|socket set"),
    ("insulated pliers for electrical work", r"combination pliers"),
    ("measuring tape with a lock", r"tape measure"),
    ("tools to remove old paint", r"heat gun|sander|sanding discs|scraper"),
    ("sheet metal screws with sealing washer", r"self-drilling screw"),
    ("plug for screwing into plasterboard", r"wall plug"),
]

NO_MATCH = [
    "banana smoothie recipe",
    "women's summer dress",
    "cheap flights to Paris",
    "how to bake sourdough bread",
    "dog food for puppies",
    "acoustic guitar strings",
    "yoga mat",
    "office chair with armrests",
    "organic coffee beans",
    "children's picture books",
    "wedding ring gold",
    "sunscreen SPF 50",
    "gaming laptop",
    "memory foam mattress",
    "red wine glasses",
    "football boots",
    "anti-dandruff shampoo",
    "smartphone case",
    "vitamin D supplements",
    "cat litter",
    "knitting wool",
    "board games for families",
    "winter jacket",
    "bluetooth headphones",
    "fresh salmon fillet",
    "baby stroller",
    "lipstick",
    "tennis racket",
    "printer ink cartridge",
    "houseplants for shade",
]


def _rows() -> list[dict[str, str]]:
    with (ROOT / "data" / "sample_products.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _matching(rows: list[dict[str, str]], rule: str) -> list[str]:
    pattern = re.compile(rule, re.IGNORECASE)
    return [r["id"] for r in rows if pattern.search(r["description"])]


def _identifier_queries(rows: list[dict[str, str]], rng: random.Random) -> list[tuple[str, dict[str, int]]]:
    """Identifier queries with their relevant products (grade 2: exactly the identifier asked for)."""
    out: list[tuple[str, dict[str, int]]] = []
    # Power tools: "<Brand> <MODEL> <kind>"; ask for the model alone, with its brand, or hyphenated.
    seen: set[str] = set()
    for r in rows:
        mt = re.match(r"(\S+(?: \S+)?) ([A-Z]{2}\d{3}) ", r["description"])
        if not mt or mt.group(2) in seen or len(seen) >= 40:
            continue
        model = mt.group(2)
        seen.add(model)
        relevant = dict.fromkeys(_matching(rows, rf"\b{model}\b"), 2)
        form = len(seen) % 4
        query = [model, f"{r['brand']} {model}", f"{model[:2].lower()}-{model[2:]}", f"{model} spare"][form]
        out.append((query, relevant))
    # Fasteners "<Kind> M12x30 DIN 933 / ISO 4017": ask with other spacing, case and the other standard.
    fasteners = [mt for r in rows if (mt := re.search(r"(M\d+)x(\d+) (DIN \d+) / (ISO \d+)", r["description"]))]
    for n, mt in enumerate(fasteners[:30]):
        thread, length, din, iso = mt.groups()
        rule = rf"{thread}x{length} {din}\b"
        relevant = dict.fromkeys(_matching(rows, rule), 2)
        forms = [
            f"{din.replace(' ', '-').lower()} {thread.lower()} x {length}",
            f"{iso} {thread} x {length} mm",
            f"{thread}X{length} {din.replace(' ', '')}",
        ]
        out.append((forms[n % 3], relevant))
    # Pipe fittings with inch sizes: 1 1/4" written as 1-1/4 inch, 3/4" as 3/4 in.
    fittings: dict[tuple[str, str], None] = {}
    for r in rows:
        mt = re.match(
            r"(Ball valve|Check valve|Straight coupling|Equal tee|Hose tail) (\d(?: \d/\d)?|\d/\d)\"", r["description"]
        )
        if mt:
            fittings.setdefault((mt.group(1), mt.group(2)), None)
    for kind, size in list(fittings)[:15]:
        relevant = dict.fromkeys(_matching(rows, rf"^{kind} {re.escape(size)}\""), 2)
        written = size.replace(" ", "-") + rng.choice([" inch", " in", '"'])
        out.append((f"{kind.lower()} {written}", relevant))
    # Metric sizes in other units or spacing.
    for text, rule in [
        ("spirit level 800 mm", r"spirit level 80 cm"),
        ("spirit level 1 m", r"spirit level 100 cm"),
        ("spirit level 1200mm", r"spirit level 120 cm"),
        ("sds drill bit 8x150mm", r"masonry drill bit 8 x 150 mm"),
        ("masonry bit 10 x 150", r"masonry drill bit 10 x 150 mm"),
        ("self drilling screw 4,8 x 40 mm", r"self-drilling screw 4\.8x40 mm"),
        ("25 ft tape measure", r"25 ?ft tape measure|tape measure .*/ 25 ft"),
        ("angle grinder 230mm", r"angle grinder 230 mm"),
        ("cut-off wheel 230mm", r"cut-off wheel 230 x"),
        ("circular saw blade 235mm", r"circular saw blade 235 mm"),
        ("hacksaw 32tpi", r"hacksaw .*32 TPI"),
        ("ear defenders 27 dB", r"ear defenders SNR 27"),
        ("threadlocker 50ml", r"threadlocker .*50 ml"),
        ("safety goggles EN166", r"EN 166"),
    ]:
        relevant = dict.fromkeys(_matching(rows, rule), 2)
        if not relevant:
            raise SystemExit(f"identifier query {text!r}: rule {rule!r} matches no product")
        out.append((text, relevant))
    return [(q, rel) for q, rel in out if rel]


def _typo(text: str, rng: random.Random) -> str:
    """One or two seeded typos in words of five or more letters."""
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(long_words, min(len(long_words), rng.choice([1, 2]))):
        w = words[i]
        p = rng.randrange(1, len(w) - 1)
        kind = rng.choice(["swap", "drop", "double"])
        if kind == "swap":
            w = w[:p] + w[p + 1] + w[p] + w[p + 2 :]
        elif kind == "drop":
            w = w[:p] + w[p + 1 :]
        else:
            w = w[:p] + w[p] + w[p:]
        words[i] = w
    return " ".join(words)


def main(out: Path) -> None:
    # Reproducible test data, not a secret.
    rng = random.Random(2026)  # nosec B311
    rows = _rows()
    queries: list[tuple[str, str, dict[str, int]]] = []  # (category, text, relevant)
    for text, rule in PARAPHRASES:
        relevant = dict.fromkeys(_matching(rows, rule), 1)
        if not relevant:
            raise SystemExit(f"paraphrase {text!r}: rule {rule!r} matches no product")
        queries.append(("paraphrase", text, relevant))
    identifier = _identifier_queries(rows, rng)
    queries += [("identifier", q, rel) for q, rel in identifier]
    sources = [(t, rel) for c, t, rel in queries if c == "paraphrase"] + [
        (q, rel) for q, rel in identifier if re.search(r"[a-z]{5}", q)
    ]
    for text, rel in sources:
        typo = _typo(text, rng)
        if typo != text:
            queries.append(("misspelling", typo, rel))
    out.mkdir(parents=True, exist_ok=True)
    (out / "qrels").mkdir(exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"_id": r["id"], "title": "", "text": r["description"]}, ensure_ascii=False) + "\n")
    with (
        (out / "queries.jsonl").open("w", encoding="utf-8") as q_fh,
        (out / "qrels" / "test.tsv").open("w", encoding="utf-8") as r_fh,
    ):
        r_fh.write("query-id\tcorpus-id\tscore\n")
        for n, (category, text, relevant) in enumerate(queries):
            qid = f"{category[:3]}-{n:03d}"
            q_fh.write(json.dumps({"_id": qid, "text": text, "category": category}, ensure_ascii=False) + "\n")
            for pid, grade in relevant.items():
                r_fh.write(f"{qid}\t{pid}\t{grade}\n")
        for n, text in enumerate(NO_MATCH):
            qid = f"non-{n:03d}"
            q_fh.write(json.dumps({"_id": qid, "text": text, "category": "no_match"}, ensure_ascii=False) + "\n")
            r_fh.write(f"{qid}\t{rows[0]['id']}\t0\n")  # judged: nothing relevant
    counts: dict[str, int] = {}
    for category, _, _ in queries:
        counts[category] = counts.get(category, 0) + 1
    counts["no_match"] = len(NO_MATCH)
    print(f"{out}: {len(rows)} products, {sum(counts.values())} queries {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "quality")
