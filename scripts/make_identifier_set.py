"""Write data/identifiers/<split>/: near-miss part codes typed as buyers type them (BEIR layout).

    .venv/bin/python scripts/make_identifier_set.py            # both splits

A catalog of products whose codes come in families of near twins (a digit apart, a suffix apart, a
valid barcode two digits apart), each with the words its neighbours share (brand, kind, size,
material), and queries that type one product's code the way people do: lower case, letters and digits
split by a space or a hyphen, barcodes in print groups or with a leading zero, dotted or spaced order
numbers, sometimes with a brand or a product word. The one relevant product is the one the generator
gave that code (grade 2), so exact-identifier hit@1 is the measure.

The splits use different seeds and different code families:

Around them, ordinary synthetic hardware products (``product_search_harness.synthetic``) share the words.

* ``dev`` (what ranking changes may be tuned on): power-tool model codes (``DCD633Z``), EAN-13,
  metric screws named by standard, size and grade (``DIN 933 M8x40 A2``).
* ``test`` (held out; the CI quality gate requires hit@1 = 1.0): bearings (``6204-2RS``), codes
  printed with spaces (``GWS 7-125``), UPC-A, and spaced or dotted order numbers (``2 608 644 009``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from product_search_harness.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]


class Product(NamedTuple):
    code: str  # canonical: what the generator assigned; relevance is equality of this string
    description: str
    typed: list[str]  # ways a buyer types the code (or the code with a word)


def _check_digit(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def _twins(rng: random.Random, base: str, count: int) -> list[str]:
    """``base`` and codes one character apart (a digit changed), all distinct."""
    out = [base]
    while len(out) < count:
        i = rng.choice([n for n, c in enumerate(base) if c.isdigit()])
        twin = base[:i] + str((int(base[i]) + rng.randint(1, 9)) % 10) + base[i + 1 :]
        if twin not in out:
            out.append(twin)
    return out


# -- dev families -----------------------------------------------------------------------------


def tool_codes(rng: random.Random) -> Iterator[Product]:
    brands = {"DeWalt": "DC", "Makita": "DH", "Milwaukee": "M", "Metabo": "BS", "Hikoki": "DV"}
    kinds = [
        ("cordless drill driver", "18V, 2-speed gearbox, 13 mm keyless chuck"),
        ("cordless combi drill", "18V, brushless, 2-speed, 13 mm chuck"),
        ("impact driver", '18V, 1/4" hex chuck, 180 Nm'),
        ("angle grinder", "125 mm, 18V, anti-restart protection"),
    ]
    seen: set[str] = set()
    for brand, prefix in brands.items():
        for _ in range(8):
            stem = prefix + rng.choice("DPFTW") + str(rng.randint(100, 899))
            numbers = [n for n in _twins(rng, stem, 3) if n not in seen]
            seen.update(numbers)
            for number in numbers:
                for suffix in ("", "Z", rng.choice(["RTJ", "X", "N"])):
                    code = number + suffix
                    kind, spec = rng.choice(kinds)
                    kit = "body only" if suffix == "Z" else rng.choice(["with 2x 5.0 Ah batteries", "in case"])
                    letters = re.match(r"[A-Z]+", code).group()  # type: ignore[union-attr]
                    rest = code[len(letters) :]
                    yield Product(
                        code,
                        f"{brand} {code} {kind} {spec}, {kit}",
                        [
                            code,
                            code.lower(),
                            f"{letters} {rest}",
                            f"{letters.lower()}-{rest.lower()}",
                            f"{brand.lower()} {letters.lower()} {rest.lower()}",
                            f"{code} {kind.split()[-1]}",
                        ],
                    )


def ean13(rng: random.Random) -> Iterator[Product]:
    kinds = ["Safety goggles, anti-fog, clear", "Work gloves, nitrile coated, size 9", "Ear plugs, 200 pairs"]
    seen: set[str] = set()
    for _ in range(60):
        body = "40" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        stems = [s for s in _twins(rng, body, 4) if s not in seen]
        seen.update(stems)
        for stem in stems:
            code = stem + _check_digit(stem)
            yield Product(
                code,
                f"{rng.choice(kinds)}, EAN {code}",
                [code, f"{code[0]} {code[1:7]} {code[7:]}", f"ean {code}", f"0{code}"],
            )


def metric_screws(rng: random.Random) -> Iterator[Product]:
    standards = {"DIN 933": "Hex head screw", "DIN 931": "Hex bolt", "DIN 912": "Socket cap screw"}
    grades = {"A2": "stainless steel A2-70", "A4": "stainless steel A4-80", "8.8": "steel 8.8, zinc plated"}
    seen: set[str] = set()
    while len(seen) < 160:
        std = rng.choice(list(standards))
        size = f"M{rng.choice([6, 8, 10, 12])}x{rng.choice([20, 25, 30, 35, 40, 45])}"
        grade = rng.choice(list(grades))
        code = f"{std} {size} {grade}"
        if code in seen:
            continue
        seen.add(code)
        thread, length = size[1:].split("x")
        yield Product(
            code,
            f"{standards[std]} {size} {std}, {grades[grade]}, pack of {rng.choice([50, 100, 200])}",
            [
                f"{std.replace(' ', '').lower()} m{thread}x{length} {grade.lower()}",
                f"m{thread} x {length} {std.lower()} {grade}",
                f"{std.replace(' ', '-')} M{thread}X{length} {grade}",
            ],
        )


# -- test families (held out) -----------------------------------------------------------------


def bearings(rng: random.Random) -> Iterator[Product]:
    sizes = {"6201": "12x32x10", "6202": "15x35x11", "6203": "17x40x12", "6204": "20x47x14", "6205": "25x52x15"}
    sizes |= {"6304": "20x52x15", "6305": "25x62x17", "608": "8x22x7", "6001": "12x28x8", "6002": "15x32x9"}
    seals = {"2RS": "rubber seals both sides", "ZZ": "metal shields both sides", "": "open"}
    for brand in ("SKF", "FAG", "NSK", "NTN"):
        for number, dims in sizes.items():
            for seal, words in seals.items():
                if rng.random() < 0.35:
                    continue
                code = f"{number}-{seal}" if seal else number
                typed = [code, code.lower().replace("-", " "), code.replace("-", "")]
                typed.append(f"{brand.lower()} {code.lower()} bearing")
                yield Product(
                    f"{brand} {code}",
                    f"{brand} deep groove ball bearing {code}, {dims} mm, {words}",
                    [f"{brand} {t}" if brand.lower() not in t else t for t in typed],
                )


def spaced_codes(rng: random.Random) -> Iterator[Product]:
    lines = {
        "GWS": ("angle grinder", "{b} mm, {w} W"),
        "GSR": ("cordless drill driver", "{v}V, {n} Nm"),
        "GBH": ("rotary hammer SDS-plus", "{w} W, {j} J"),
        "GKS": ("circular saw", "{b} mm blade, {w} W"),
        "GST": ("jigsaw", "{w} W, pendulum action"),
    }
    seen: set[str] = set()
    while len(seen) < 120:
        line = rng.choice(list(lines))
        if line in ("GSR",):
            code = f"{line} {rng.choice([12, 18])}V-{rng.choice([15, 21, 28, 55, 60, 90, 110])}"
        else:
            code = f"{line} {rng.randint(2, 19)}-{rng.choice([115, 125, 150, 190, 230, 24, 26, 28, 32])}"
        if code in seen:
            continue
        seen.add(code)
        kind, spec = lines[line]
        spec = spec.format(
            b=rng.choice([115, 125, 190]), w=rng.choice([650, 720, 900, 1400]), v=18, n=rng.choice([55, 60]), j=2.7
        )
        letters, rest = code.split(" ", 1)
        yield Product(
            code,
            f"Bosch {code} Professional {kind}, {spec}",
            [
                code,
                code.lower().replace(" ", ""),
                f"{letters.lower()} {rest.replace('-', ' ').lower()}",
                f"{letters}-{rest}",
                f"bosch {code.lower()} {kind.split()[0]}",
            ],
        )


def upc(rng: random.Random) -> Iterator[Product]:
    kinds = ["Tape measure 25 ft / 7.5 m, belt clip", "Utility knife, retractable, 3 blades", "Chalk line reel 30 m"]
    for _ in range(40):
        body = "0" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        for stem in _twins(rng, body, 3):
            code = stem + _check_digit(stem)
            yield Product(
                code,
                f"Stanley {rng.choice(kinds)}, UPC {code}",
                [code, f"0{code}", f"{code[0]} {code[1:6]} {code[6:11]} {code[11]}", f"upc {code}"],
            )


def order_numbers(rng: random.Random) -> Iterator[Product]:
    kinds = [
        "Circular saw blade 190 x 30 mm, 48 teeth, for wood",
        "Jigsaw blades T 101 B, clean for wood, pack of 5",
        "SDS-plus drill bit 8 x 160 mm, for concrete",
        "Hole saw 68 mm, bi-metal, for metal and wood",
    ]
    for _ in range(45):
        stem = "2608" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        for code in _twins(rng, stem, 3):
            grouped = f"{code[0]} {code[1:4]} {code[4:7]} {code[7:]}"
            yield Product(
                code,
                f"Bosch {rng.choice(kinds)}, order no. {grouped}",
                [code, grouped, f"{code[0]}.{code[1:4]}.{code[4:7]}.{code[7:]}", grouped.replace(" ", "-")],
            )


SPLITS: dict[str, tuple[int, list[Callable[[random.Random], Iterator[Product]]]]] = {
    "dev": (11, [tool_codes, ean13, metric_screws]),
    "test": (29, [bearings, spaced_codes, upc, order_numbers]),
}
QUERIES_PER_FAMILY = 40
FILLER = 1000  # ordinary hardware products around the families: shared brands, kinds, sizes


def main(root: Path) -> None:
    for split, (seed, families) in SPLITS.items():
        # Reproducible test data, not a secret.
        rng = random.Random(seed)  # nosec B311
        out = root / split
        (out / "qrels").mkdir(parents=True, exist_ok=True)
        products: list[tuple[str, Product]] = []
        queries: list[tuple[str, str, str]] = []  # (query id, text, relevant product id)
        for family in families:
            made = list(family(rng))
            codes = [p.code for p in made]
            if len(set(codes)) != len(codes):
                raise SystemExit(f"{family.__name__}: duplicate codes")
            start = len(products)
            products += [(f"{family.__name__[:3].upper()}-{start + n:05d}", p) for n, p in enumerate(made)]
            for n in rng.sample(range(len(made)), QUERIES_PER_FAMILY):
                pid, product = products[start + n]
                queries.append((f"{family.__name__}-{len(queries):03d}", rng.choice(product.typed), pid))
        products += [(p.id, Product("", p.description, [])) for p in generate(FILLER, seed=seed)]
        order = list(range(len(products)))
        rng.shuffle(order)  # families interleaved, as in a real catalog
        with (out / "corpus.jsonl").open("w", encoding="utf-8") as fh:
            for i in order:
                pid, p = products[i]
                fh.write(json.dumps({"_id": pid, "title": "", "text": p.description}, ensure_ascii=False) + "\n")
        with (
            (out / "queries.jsonl").open("w", encoding="utf-8") as q_fh,
            (out / "qrels" / "test.tsv").open("w", encoding="utf-8") as r_fh,
        ):
            r_fh.write("query-id\tcorpus-id\tscore\n")
            for qid, text, pid in queries:
                category = qid.rsplit("-", 1)[0]
                q_fh.write(json.dumps({"_id": qid, "text": text, "category": category}, ensure_ascii=False) + "\n")
                r_fh.write(f"{qid}\t{pid}\t2\n")
        print(f"{out}: {len(products)} products, {len(queries)} queries")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "identifiers")
