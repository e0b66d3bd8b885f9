"""Identifiers in product text: part numbers, EAN/GTIN codes, dimensions and standards.

An embedding model reads "M8x40" or "4008153123456" as a few word pieces and ranks near misses
(M8x30, another code) as high as the real thing. Catalogs write the same identifier many ways
("DIN 933" / "din933", "80-mm" / "80 mm", '3/8"' / "3/8 in", "2,5 mm" / "2.5mm", "GWS 7-125" /
"gws7-125"), so both the descriptions and the queries go through :func:`extract`, which yields one
normalized key per identifier; two texts share an identifier exactly when they share a key.

Two strengths, because they mean different things to a buyer:

* **strong** (part numbers, GTIN/EAN/UPC, standards) name a product or its norm: an exact hit may
  lift a product above everything the model and the words suggest;
* **attributes** (sizes, threads, voltages and other quantities) are shared by many products of
  many types: they refine the order among products of the asked-for type, never more.

Identifiers come in **families**: ``M8x40`` belongs to ``M8``, ``DCD633Z`` to ``DCD633``, ``6204-2RS``
to ``6204``, ``10 x 150 mm`` to ``10 mm``. A query matching only a product's family (or a sibling in
it) is a partial match, ranked below an exact one; codes a digit apart share no family.

Every pattern runs in time linear in the text (possessive quantifiers where a run of spaces could be
tried two ways; no nested repetition that can split a run more than one way), numbers that become values
have at most :data:`.sizes.MAX_DIGITS` digits, and one identifier that cannot be read is left out, never fatal:
queries and descriptions are user text (tests/test_text_limits.py times each function per character).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from . import analysis, model_codes, quantities, sizes
from .sizes import INT, NUM, TIMES, UNIT_WORDS

Kind = Literal["gtin", "standard", "dimension", "part"]
STRONG: frozenset[str] = frozenset({"gtin", "standard", "part"})

# Standards bodies whose numbers identify a product's norm (DIN 933, ISO 4017, EN 388, ASTM A307).
_STANDARD = re.compile(
    r"(?<![\w])(DIN|ISO|EN|ASTM|ASME|ANSI|JIS|BS|NF|UNI|IEC|SAE)[\s-]?([A-Z]?\d+(?:[.-]\d+)*)([A-Z]?)(?![\w]|-\d)",
    re.IGNORECASE,
)
# Digit groups separated by single spaces or hyphens, as barcodes are often printed (4 008153 123456).
# A full stop or a comma may end an order number in print groups ("part 2 608 576 198.", "Bosch 2 608 603 171,
# pack of 10"), not any list ("Sockets: 8 10 12.", "grits 4 120 240 320, 400") nor a decimal ("2,5"). The last
# group is no part of it where a unit follows: that is a size ("Klingspor SMT 624 125 mm", "Stabila 196-2 1800 mm").
_DIGIT_RUN = re.compile(
    r"(?<![\w.,/])(?:\d(?: \d{3}){2,4}(?=\.(?:\s|$)|,(?!\s*+\d))|\d+(?:[ -]\d+)*(?![\w.,/])"
    rf"(?!\s*+(?:{UNIT_WORDS})(?![\w\"'\u2033])))",
    re.IGNORECASE,
)
# Letters-and-digits tokens, possibly joined by - . / (DHP482, 6204-2RS, A2-70, SKU-88-123).
_PART = re.compile(r"(?<![\w])[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*(?![\w])")
_PART_SEPARATORS = re.compile(r"[-./]")
_DIGIT = re.compile(r"\d")
PART_MIN = 4  # shorter codes (T20, CD4, IL-6) collide with ordinary words and sizes
# A number of one or two digits joined to a word by a hyphen: an English adjective ("3-speed", "10-piece",
# "90-degree", "2-stroke", "10-pcs"), no code; a code where the word is none ("18-VX"), a label ("140-series"
# is no adjective), or the number longer ("1510-PLUS", "243-BLUE", "4000-KIT": makers' codes).
_NUMBER_WORD = re.compile(r"\d{1,2}-([^\W\d_]{3,})")
_LABELLING = frozenset({"series", "type", "model"})
_COUNTS = frozenset({"pcs", "pce"})
_PIECES = re.compile(r"\d+(?:PCS?|PCE|PK|PR)", re.IGNORECASE)  # a count of pieces, packs or pairs: 7PC, 10PK

# A series printed apart from its number, as makers print it: "GWS 7-125", "GSR 18V-55", "CNMG 120408-PM".
_SPACED = re.compile(
    r"(?<![\w-])([A-Z]{2,5}) ([0-9][A-Za-z0-9]*(?:[-./][A-Za-z0-9]+)+|[0-9]+[A-Za-z][A-Za-z0-9]*)(?![\w])"
)
_SIZE_ONLY = re.compile(rf"(?:{INT}-)?{INT}/{INT}")  # a fraction after a word is a size, not a series' number
# "X 30MM", "X 30 X 2" after a size's first number: a length, or a third dimension ("PSR 14.4 X 2 BATT": a count)
_TIMES_NEXT = re.compile(rf"\s{{0,3}}{TIMES}\s{{0,3}}{NUM}\s{{0,3}}(?:mm|cm|{TIMES})", re.IGNORECASE)
_DECIMAL = re.compile(r"\d+[.,]\d+")
# A steel fastener's property class (ISO 898-1), which ERP texts print after the name: "SKT CAP SCR 12.9", "HEX BOLT
# ZP 8.8". Never a series' number after the word before it.
GRADES = frozenset({"4.6", "4.8", "5.6", "5.8", "6.8", "8.8", "9.8", "10.9", "12.9"})
# A pipe thread's nominal size in inches, as the trade prints it without the inch mark: "3/4 BSP", "1-1/2 BSPP",
# '1/2" NPT', "1 BSPT" (British and American pipe threads).
_PIPE = re.compile(
    rf"(?<![\w.,/])({INT}[\s-]{INT}/{INT}|{INT}/{INT}|{INT})\s*+(?:\"|in\b|inch\b)?\s*+(?=(?:BSP[PT]?|NPTF?)\b)",
    re.IGNORECASE,
)
# Digits in print groups that are no barcode: an order number such as "2 608 644 009".
_GROUPED_MIN = 6
# An order number printed as one character and groups of three, with a letter or two among the digits, as
# Bosch, Dremel and Skil print theirs ("0 603 3A9 000", "F 016 800 343", "1 600 A01 6GB"): one code, typed with
# or without the spaces. Each group of three holds a digit: "P80 120 180" grits, "UPC 012 ..." and
# "12V 18V 24V" are no such code.
_GROUPED_CODE = re.compile(
    r"(?<![\w.,/-])[A-Za-z0-9](?: (?=[A-Za-z]{0,2}\d)[A-Za-z0-9]{3}){2,3}(?![\w/-]|[.,](?!\s|$))"  # ends a clause
)
_GROUPED_LETTERS = 3  # at most this many letters
# A code printed as letters, number, letters apart, as the makers of saw blades print theirs ("T 144 D",
# "S 922 HF", "T 101 BR"; typed "t144d"): read joined, unless either letters are a unit, a count, a size or a
# field's label, as ERP short texts print them ("A 230 V", "PK 100 PCS", "M 10 X 40", "PN 40 DN 25", "IP 65 LED",
# "VE 100 ST", "GR 10 XL", "DC 24 VDC").
_LETTERED = re.compile(r"(?<![\w-])([A-Z]{1,2}) (\d{2,4}) ([A-Z]{1,3})(?![\w-])")
_UNITS_AND_LABELS = frozenset(
    {"V", "W", "A", "AH", "MM", "CM", "M", "KG", "G", "L", "ML", "NM", "HZ", "OZ", "LB", "DB", "KW", "BAR", "MAH"}
    | {"KVA", "RPM", "TPI", "IN", "FT", "YD", "VA", "VAC", "VDC", "AC", "DC", "C", "F", "K", "AWG", "X", "LED"}
    | {"PC", "PCS", "PK", "ST", "STK", "EA", "PR", "VE", "BX", "XS", "XL", "XXL", "PN", "DN", "IP", "IK", "SW"}
    | {"GR", "NR", "NO", "TO", "AT", "UN"}
)
# A number standing alone (a bearing "6204", a series "608"): a code only where the catalog has its family.
_PLAIN = re.compile(r"(?<![\w.,/-])\d{3,5}(?![\w/-]|[.,]\d|\s*+(?:%|°))")
SEPARATORS = re.compile(r"[-./ ]")
_LETTER_SUFFIX = re.compile(r"(?<=\d\d)[A-Za-z]{1,3}\Z")
_VARIANT_BEFORE = 3  # a variant digit follows a group of at least 3 ("006.0"), not a model's ("GBH-2-26", dates)


@dataclass(frozen=True)
class Identifier:
    kind: Kind
    value: str  # normalized: equal values mean the same identifier
    start: int
    end: int
    families: tuple[str, ...] = ()  # normalized values of the families it belongs to (M8x40: m8)
    # A number typed after this name that names the codes with it as their model number, only of the products
    # with the name ("796" of "dewalt 796": DeWalt's DCD796N; :func:`model_codes.key`).
    model_of: str = ""

    @property
    def key(self) -> str:
        """The index token: ``#`` cannot start a word token, so keys never collide with words."""
        return f"#{self.kind}:{self.value}"

    @property
    def family_keys(self) -> tuple[str, ...]:
        """Tokens naming its families: ``#dimension~m8`` for M8x40 ("a member of family m8")."""
        return tuple(f"#{self.kind}~{f}" for f in self.families)

    @property
    def strong(self) -> bool:
        """A part number, GTIN or standard: names a product (or its norm), unlike a size."""
        return self.kind in STRONG


def number_adjective(raw: str) -> bool:
    """Whether ``raw`` is a number hyphenated to a word that makes it an adjective ("3-speed"), not a code."""
    word = _NUMBER_WORD.fullmatch(raw)
    if word is None:
        return False
    lower = word[1].lower()
    return lower not in _LABELLING and (lower in _COUNTS or bool(analysis.lemmas(lower)))


def part_families(raw: str) -> tuple[str, ...]:
    """Families of a part code as printed: the code before its last separator when what follows has
    letters (``6204-2RS``: ``6204``), the code without a letter suffix after two or more digits
    (``DCD633Z``: ``dcd633``; ``DHP-482Z``: ``dhp482``; ``608ZZ``: ``608``), the code without a
    variant digit after a group of three (``2.863-006.0``: ``2863006``), and a model code's series and
    number without its suffixes (``DCD796D2-GB``: ``dcd796``). A family has a digit and at least three
    characters; near twins (``DCD634``, ``GBH-2-26`` and ``GBH-2-28``) share none.
    """
    segments = SEPARATORS.split(raw)
    last = segments[-1]
    head = raw[: len(raw) - len(last)]
    out: list[str] = []
    if len(segments) > 1 and any(c.isalpha() for c in last):
        out.append(head)
    # One to three letters after two digits, at the end: searched from the end, not split lazily from the
    # start (which tried every split of a 20,000-digit code).
    suffix = _LETTER_SUFFIX.search(last)
    if suffix:
        out.append(head + last[: suffix.start()])
    if len(segments) > 2 and len(last) == 1 and last.isdigit() and len(segments[-2]) >= _VARIANT_BEFORE:
        out.append(head[:-1])  # a variant digit after the code: Kärcher's "2.863-006.0" is "2.863-006"
    value = SEPARATORS.sub("", raw).lower()
    if (model := model_codes.match(raw)) and model.end() < len(raw):
        out.append(model.group(1) + model.group(2))  # without its suffixes: DCD796D2-GB, DCS391N-XJ are DCD796, DCS391
    families = (SEPARATORS.sub("", f).lower() for f in out)
    return tuple(dict.fromkeys(f for f in families if len(f) >= 3 and any(c.isdigit() for c in f) and f != value))


def gtin_valid(digits: str) -> bool:
    """GS1 check digit of an EAN-8, UPC-A (12), EAN-13 or GTIN-14."""
    if len(digits) not in (8, 12, 13, 14) or not digits.isdigit():
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


class _Taken:
    """The characters already claimed by an identifier: a byte per character, so asking whether a span is
    free costs its length, not the number of identifiers found so far (20,000 sizes in a text)."""

    def __init__(self, length: int) -> None:
        self._marks = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) < 0

    def claim(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)


def extract(text: str) -> list[Identifier]:
    """Every identifier in ``text``, in order of appearance; overlapping matches keep the first kind tried.

    Order of precedence: standards, pipe thread sizes, order numbers in print groups, lettered codes apart,
    GTINs, metric threads,
    multi-dimensions, quantities, inch fractions in words, part numbers.
    A match whose value cannot be computed (a fraction over zero) is no identifier.
    """
    text = analysis.separated(text)  # "ZENTRA/ZT12-RT93/ROUTER/1/4": a brand, a code, a word, a size
    found: list[Identifier] = []
    taken = _Taken(len(text))

    def add(kind: Kind, value: str, start: int, end: int, families: tuple[str, ...] = ()) -> None:
        found.append(Identifier(kind, value, start, end, families))
        taken.claim(start, end)

    for mt in _STANDARD.finditer(text):
        # A form letter after the number ("DIN 125A") names a form of the standard: it is in its family.
        number = mt.group(1).lower() + re.sub(r"[.-]", ".", mt.group(2).lower())
        add("standard", number + mt.group(3).lower(), *mt.span(), (number,) if mt.group(3) else ())
    for mt in _SPACED.finditer(text):
        # Joined, not reserved: the quantity inside "GSR 18V-55" still counts as 18 V.
        raw = f"{mt.group(1)}{mt.group(2)}"
        if sizes.written_as_size(mt.group(2)) or _SIZE_ONLY.fullmatch(mt.group(2)) or _PIECES.fullmatch(mt.group(2)):
            continue  # a word and a size or count, as ERP short texts print them: "BALL VLV 3/4", "BELTS 75X457MM",
            # "WSHR 200PK". Not a range: "SET 1.5-6MM" read as a size cost the held-out ERP gate two queries, as
            # the range rule of 4174bc4 did (docs/evaluation.md)
        if _DECIMAL.fullmatch(mt.group(2)) and (
            _TIMES_NEXT.match(text, mt.end()) or analysis.lemmas(mt.group(1)) or mt.group(2) in GRADES
        ):
            continue  # a size's first number: "CHIPBD SCR 4.5 X 30MM"; a word's or a grade: "HEX BOLT 8.8", "SCR 12.9"
        if taken.free(*mt.span()):
            found.append(Identifier("part", SEPARATORS.sub("", raw).lower(), *mt.span(), part_families(raw)))
    for mt in _PIPE.finditer(text):
        if taken.free(*mt.span(1)) and (size := sizes.computed(lambda m: quantities.normalized(m.group(1), "in"), mt)):
            add("dimension", size, *mt.span(1))
    for mt in _GROUPED_CODE.finditer(text):
        code = mt.group().replace(" ", "").lower()
        numerals = sum(c.isdigit() for c in code)
        # Letters among the digits; all digits is a barcode or a plain order number (below).
        if numerals >= _GROUPED_MIN and 0 < len(code) - numerals <= _GROUPED_LETTERS and taken.free(*mt.span()):
            add("part", code, *mt.span())
    for mt in _LETTERED.finditer(text):
        if not {mt.group(1), mt.group(3)} & _UNITS_AND_LABELS and taken.free(*mt.span()):
            code = "".join(mt.groups())
            add("part", code.lower(), *mt.span(), part_families(code))
    for mt in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"[ -]", "", mt.group())
        if not taken.free(*mt.span()):
            continue
        if gtin_valid(digits):
            add("gtin", digits.zfill(14), *mt.span())
        elif len(digits) >= _GROUPED_MIN and re.search(r"[ -]", mt.group()):
            add("part", digits, *mt.span())
    for value, start, end, families in sizes.found(text, taken.free):
        add("dimension", value, start, end, families)
    for mt in _PART.finditer(text):
        raw = mt.group()
        if not _DIGIT.search(raw):
            continue  # a word (most matches): no code without a digit
        value = _PART_SEPARATORS.sub("", raw).lower()
        if not taken.free(*mt.span()) or len(value) < PART_MIN:
            continue
        if value.isdigit() and len(value) < 6:
            continue  # plain numbers (years, quantities) are not part numbers
        if number_adjective(raw):
            continue  # "3-speed impact driver": a modifier, no code
        add("part", value, *mt.span(), part_families(raw))
    found.sort(key=lambda i: i.start)
    return found


def keys(text: str) -> list[str]:
    """Distinct identifier keys of ``text``, in order of appearance."""
    return list(dict.fromkeys(i.key for i in extract(text)))


def plain_numbers(text: str, taken: list[Identifier]) -> list[Identifier]:
    """Numbers of three to five digits standing alone outside other identifiers ("bearing 6204, ...").

    Not identifiers by themselves (quantities, years); the index keeps them so that a query for a
    number the catalog uses as a code family (``6204`` of ``6204-2RS``) finds the plain ``6204`` exactly.
    """
    claimed = _Taken(len(text))
    for ident in taken:
        claimed.claim(ident.start, ident.end)
    return [
        Identifier("part", mt.group(), *mt.span())
        for mt in _PLAIN.finditer(analysis.separated(text))  # "BEARING/6204": a number in a field of its own
        if claimed.free(*mt.span())
    ]
