"""Identifiers in product text: part numbers, EAN/GTIN codes, dimensions and standards.

An embedding model reads "M8x40" or "4008153123456" as a few word pieces and ranks near misses
(M8x30, another code) as high as the real thing. Catalogs write the same identifier many ways
("DIN 933" / "din933", "80-mm" / "80 mm", '3/8"' / "3/8 in", "2,5 mm" / "2.5mm"), so both the
descriptions and the queries go through :func:`extract`, which yields one normalized key per
identifier; two texts share an identifier exactly when they share a key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

Kind = Literal["gtin", "standard", "dimension", "part"]

# Standards bodies whose numbers identify a product's norm (DIN 933, ISO 4017, EN 388, ASTM A307).
_STANDARD = re.compile(
    r"(?<![\w])(DIN|ISO|EN|ASTM|ASME|ANSI|JIS|BS|NF|UNI|IEC|SAE)[\s-]?([A-Z]?\d+(?:[.-]\d+)*)(?![\w])",
    re.IGNORECASE,
)
# Digit groups separated by single spaces or hyphens, as barcodes are often printed (4 008153 123456).
_DIGIT_RUN = re.compile(r"(?<![\w.,/])\d+(?:[ -]\d+)*(?![\w.,/])")
_NUM = r"\d+(?:[.,]\d+)?"
_TIMES = "[x\u00d7*]"  # x, the multiplication sign or *
# Metric threads, optionally with a length: M8, M8x40, m8 x 40 mm, M10x1.25.
_THREAD = re.compile(rf"(?<![\w.])M({_NUM})(?:\s*{_TIMES}\s*({_NUM}))?(?:\s*mm)?(?![\w]|[.,]\d)", re.IGNORECASE)
_LENGTH_UNITS = r"mm|cm|m|in|inch|inches|\"|''|″"
# Two or three sizes: 4.8x40 mm, 8 x 150mm, 100x50x3.
_MULTI = re.compile(
    rf"(?<![\w.])({_NUM})\s*{_TIMES}\s*({_NUM})(?:\s*{_TIMES}\s*({_NUM}))?(?:\s*({_LENGTH_UNITS}))?(?![\w]|[.,]\d)"
    r"(?!\s*(?:ah|mah|v|w|nm|kg|g)\b)",  # "2x 5.0 Ah batteries" is a count, not a size
    re.IGNORECASE,
)
# One quantity with a unit: 80-mm, 25ft, 25 ft, 3/8", 1 1/4", 2,5 mm, 18V, 2000 W, 5.0 Ah.
_QUANTITY = re.compile(
    r"(?<![\w.,/])(\d+[\s-]\d+/\d+|\d+/\d+|\d+(?:[.,]\d+)?)\s*-?\s*"
    r"(mm|cm|m|km|inches|inch|in|\"|''|″|ft|feet|foot|'|kg|g|ml|l|nm|mah|ah|kw|w|v|bar|psi|tpi|rpm|j)"
    r"(?![\w\"'″])",
    re.IGNORECASE,
)
_UNIT = {
    "mm": ("mm", Fraction(1)),
    "cm": ("mm", Fraction(10)),
    "m": ("mm", Fraction(1000)),
    "km": ("mm", Fraction(1_000_000)),
    "in": ("in", Fraction(1)),
    "inch": ("in", Fraction(1)),
    "inches": ("in", Fraction(1)),
    '"': ("in", Fraction(1)),
    "''": ("in", Fraction(1)),
    "″": ("in", Fraction(1)),
    "ft": ("ft", Fraction(1)),
    "feet": ("ft", Fraction(1)),
    "foot": ("ft", Fraction(1)),
    "'": ("ft", Fraction(1)),
    "kg": ("g", Fraction(1000)),
    "g": ("g", Fraction(1)),
    "l": ("ml", Fraction(1000)),
    "ml": ("ml", Fraction(1)),
    "kw": ("w", Fraction(1000)),
    "w": ("w", Fraction(1)),
}
# Letters-and-digits tokens, possibly joined by - . / (DHP482, 6204-2RS, A2-70, SKU-88-123).
_PART = re.compile(r"(?<![\w])[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*(?![\w])")
_PART_MIN = 4  # shorter codes (T20, CD4, IL-6) collide with ordinary words and sizes


@dataclass(frozen=True)
class Identifier:
    kind: Kind
    value: str  # normalized: equal values mean the same identifier
    start: int
    end: int

    @property
    def key(self) -> str:
        """The index token: ``#`` cannot start a word token, so keys never collide with words."""
        return f"#{self.kind}:{self.value}"


def _number(text: str) -> Fraction:
    """'2,5' → 5/2; '1 1/4' → 5/4; '3/8' → 3/8."""
    text = text.replace(",", ".")
    if "/" in text and re.search(r"[\s-]", text):
        whole, frac = re.split(r"[\s-]+", text)
        return int(whole) + Fraction(frac)
    return Fraction(text)


def _format(value: Fraction, unit: str) -> str:
    """Decimals for metric and other units (2.5mm); fractions for inches, as catalogs write them (1-1/4in)."""
    if unit == "in" and value.denominator != 1 and value.denominator <= 64:
        whole, rest = divmod(value, 1)
        return f"{whole}-{rest}" if whole else str(rest)
    return f"{float(value):.6f}".rstrip("0").rstrip(".")


def _quantity(number: str, unit: str) -> str:
    canonical, factor = _UNIT.get(unit.lower(), (unit.lower(), Fraction(1)))
    return _format(_number(number) * factor, canonical) + canonical


def gtin_valid(digits: str) -> bool:
    """GS1 check digit of an EAN-8, UPC-A (12), EAN-13 or GTIN-14."""
    if len(digits) not in (8, 12, 13, 14) or not digits.isdigit():
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def extract(text: str) -> list[Identifier]:
    """Every identifier in ``text``, in order of appearance; overlapping matches keep the first kind tried.

    Order of precedence: standards, GTINs, metric threads, multi-dimensions, quantities, part numbers.
    """
    found: list[Identifier] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(kind: Kind, value: str, start: int, end: int) -> None:
        found.append(Identifier(kind, value, start, end))
        taken.append((start, end))

    for mt in _STANDARD.finditer(text):
        add("standard", mt.group(1).lower() + re.sub(r"[.-]", ".", mt.group(2).lower()), *mt.span())
    for mt in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"[ -]", "", mt.group())
        if free(*mt.span()) and gtin_valid(digits):
            add("gtin", digits.zfill(14), *mt.span())
    for mt in _THREAD.finditer(text):
        if free(*mt.span()):
            size = _format(_number(mt.group(1)), "mm")
            value = f"m{size}x{_format(_number(mt.group(2)), 'mm')}" if mt.group(2) else f"m{size}"
            add("dimension", value, *mt.span())
    for mt in _MULTI.finditer(text):
        if free(*mt.span()):
            unit = (mt.group(4) or "mm").lower()
            canonical, factor = _UNIT.get(unit, ("mm", Fraction(1)))
            sizes = [_format(_number(g) * factor, canonical) for g in mt.groups()[:3] if g]
            add("dimension", "x".join(sizes) + ("" if canonical == "mm" else canonical), *mt.span())
    for mt in _QUANTITY.finditer(text):
        if free(*mt.span()):
            add("dimension", _quantity(mt.group(1), mt.group(2)), *mt.span())
    for mt in _PART.finditer(text):
        raw = mt.group()
        value = re.sub(r"[-./]", "", raw).lower()
        if not free(*mt.span()) or len(value) < _PART_MIN or not any(c.isdigit() for c in value):
            continue
        if value.isdigit() and len(value) < 6:
            continue  # plain numbers (years, quantities) are not part numbers
        add("part", value, *mt.span())
    found.sort(key=lambda i: i.start)
    return found


def keys(text: str) -> list[str]:
    """Distinct identifier keys of ``text``, in order of appearance."""
    return list(dict.fromkeys(i.key for i in extract(text)))
