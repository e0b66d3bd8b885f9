"""Quantities in product text: the unit words a catalog writes after a number, and their values.

What a unit *means* (its dimension and its factor to another unit of that dimension) comes from pint's
unit definitions; which words after a number are units in product text, and which unit each dimension
is normalized to, are ours: "8mm", "8 mm" and "0.8 cm" are one diameter; "20oz" and "20 OZ" one weight
of a hammer head; "1 1/4 inch" and '1-1/4"' one pipe size.

Values convert within a measurement system, never across it: hardware is sold in nominal sizes of the
system it was made in (a 1/2" socket is no 12.7 mm socket, a 20 oz hammer is not sold as 567 g), so
inches, feet and ounces keep an imperial unit and metric units a metric one. A query's length of three inches
or more also asks, as a partial match, for its rounded nominal size in the other system (:func:`nominal`: a 9"
grinder is the 230 mm one). pint is read once, at import, into a table of exact factors: a lookup per quantity,
no registry on the search path.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import pint

# The unit words a catalog writes after a number (lower case), with the unit pint knows them by.
# Longer spellings before their prefixes: the extracting pattern tries them in this order.
WRITTEN: dict[str, str] = {
    "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm", "mm": "mm",
    "centimetres": "cm", "centimeters": "cm", "cm": "cm",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "km": "km", "m": "m",
    "inches": "inch", "inch": "inch", "in": "inch", '"': "inch", "''": "inch", "\u2033": "inch",
    "feet": "foot", "foot": "foot", "ft": "foot", "'": "foot",
    "kg": "kg", "g": "g", "ounces": "oz", "ounce": "oz", "oz": "oz", "lbs": "lb", "lb": "lb",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "ltr": "l", "ml": "ml", "cl": "cl", "l": "l",
    "kw": "kW", "watts": "W", "watt": "W", "w": "W", "volts": "V", "volt": "V", "v": "V",
    "mah": "mA*h", "ah": "A*h", "nm": "N*m", "j": "J", "bar": "bar", "psi": "psi", "rpm": "rpm", "tpi": "1/inch",
}  # fmt: skip
# The unit each written unit is normalized to (pint checks that both have one dimension and gives the
# factor), and that unit's name in keys. Imperial units stay imperial; joules stay joules (an impact
# energy is no torque, though pint gives both one dimension).
_NORMAL: dict[str, tuple[str, str]] = {
    "mm": ("mm", "mm"), "cm": ("mm", "mm"), "m": ("mm", "mm"), "km": ("mm", "mm"),
    "inch": ("inch", "in"), "foot": ("inch", "in"),
    "g": ("g", "g"), "kg": ("g", "g"), "oz": ("oz", "oz"), "lb": ("oz", "oz"),
    "ml": ("ml", "ml"), "cl": ("ml", "ml"), "l": ("ml", "ml"),
    "W": ("W", "w"), "kW": ("W", "w"), "V": ("V", "v"), "mA*h": ("A*h", "ah"), "A*h": ("A*h", "ah"),
    "N*m": ("N*m", "nm"), "J": ("J", "j"), "bar": ("bar", "bar"), "psi": ("psi", "psi"), "rpm": ("rpm", "rpm"),
    "1/inch": ("1/inch", "tpi"),
}  # fmt: skip
_FRACTION_MAX = 64  # inch fractions up to 1/64 are written as fractions (1-1/4in), as catalogs write them


# UN/ECE Recommendation 20 codes, as BMEcat files write a feature's unit (FUNIT "MMT", not "mm").
CODES: dict[str, str] = {
    "mmt": "mm", "cmt": "cm", "mtr": "m", "kmt": "km", "inh": "inch", "fot": "foot", "grm": "g", "kgm": "kg",
    "onz": "oz", "lbr": "lb", "ltr": "l", "mlt": "ml", "clt": "cl", "wtt": "W", "kwt": "kW", "vlt": "V",
    "amh": "A*h", "nu": "N*m", "jou": "J", "bar": "bar", "amp": "A", "new": "N", "mmk": "mm**2", "cmk": "cm**2",
}  # fmt: skip
# Units a feature states that are no size in text ("8 n" is no force there): read for range filters only.
FEATURE_UNITS: dict[str, str] = {
    "a": "A", "amp": "A", "amps": "A", "ampere": "A", "ma": "mA", "n": "N", "newton": "N", "kn": "kN",
    "mm²": "mm**2", "mm2": "mm**2", "cm²": "cm**2", "cm2": "cm**2", "m²": "m**2", "m2": "m**2", "kpa": "kPa",
    "mpa": "MPa", "°c": "degC", "hz": "Hz",
}  # fmt: skip


def _table(registry: pint.UnitRegistry[float]) -> dict[str, tuple[str, Fraction]]:
    """Each written unit word -> (normalized unit name, exact factor to it), from pint's definitions."""
    out: dict[str, tuple[str, Fraction]] = {}
    for word, unit in WRITTEN.items():
        target, name = _NORMAL[unit]
        factor = registry.Quantity(1, unit).to(target).magnitude  # DimensionalityError if they differ
        out[word] = (name, Fraction(factor).limit_denominator(1_000_000))
    return out


def _physical(registry: pint.UnitRegistry[float]) -> dict[str, tuple[str, float]]:
    """Each unit word or code -> (its kind, its factor to the kind's base unit). A range filter compares across
    systems (a 1/2" drill is in 10-13 mm), unlike text, where a size is a nominal one of its own system."""
    out: dict[str, tuple[str, float]] = {}
    for word, unit in {**WRITTEN, **CODES, **FEATURE_UNITS}.items():
        if unit == "degC":  # an offset unit: no factor converts it (a range in °C compares °C values)
            out[word] = ("temperature", 1.0)
            continue
        base = registry.Quantity(1, unit).to_base_units()
        # An impact energy is no torque, though pint gives both one dimension; a speed in rpm is no frequency
        # (pint's rpm is 2 pi rad/min, 314 Hz for 3000 rpm).
        kind = {"J": "energy", "rpm": "rotation"}.get(unit, str(base.dimensionality))
        out[word] = (kind, float(base.magnitude))
    return out


def written(unit: str) -> str | None:
    """How a text writes ``unit`` as a feature states it ("MM", "MMT", "in"): a unit word read after a number,
    None for a unit that is no size in text."""
    key = unit.strip().lower()
    if key in WRITTEN:
        return key
    return _WORD_OF.get(CODES.get(key, ""))


# Each unit's shortest written word of letters: "in" for inches, "ah" for ampere hours.
_WORD_OF: dict[str, str] = {}
for _word, _unit in sorted(WRITTEN.items(), key=lambda item: len(item[0])):
    if _word.isalpha():
        _WORD_OF.setdefault(_unit, _word)


def conversions(unit: str) -> dict[str, float] | None:
    """The factor from each unit word or code of ``unit``'s kind (lower case) to ``unit``: {"cm": 10.0, "inh":
    25.4, ...} for "mm"; None for a unit not known here."""
    found = _PHYSICAL.get(unit.strip().lower())
    if found is None:
        return None
    kind, base = found
    return {word: factor / base for word, (other, factor) in _PHYSICAL.items() if other == kind}


_REGISTRY: pint.UnitRegistry[float] = pint.UnitRegistry(cache_folder=None)
UNITS = _table(_REGISTRY)
_PHYSICAL = _physical(_REGISTRY)
del _REGISTRY  # read once: no registry on the search path


def number(text: str) -> Fraction:
    """'2,5' -> 5/2; '1 1/4' and '1-1/4' -> 5/4; '3/8' -> 3/8. ZeroDivisionError for '1/0', ValueError
    for no number (callers skip such a match)."""
    text = text.replace(",", ".")
    if "/" in text and re.search(r"[\s-]", text):
        whole, frac = re.split(r"[\s-]+", text)
        return int(whole) + Fraction(frac)
    return Fraction(text)


def formatted(value: Fraction, unit: str) -> str:
    """A normalized value with its unit name: decimals (2.5mm, 20oz), fractions for inches (1-1/4in)."""
    if unit == "in" and value.denominator != 1 and value.denominator <= _FRACTION_MAX:
        whole, rest = divmod(value, 1)
        return (f"{whole}-{rest}" if whole else str(rest)) + unit
    return f"{float(value):.6f}".rstrip("0").rstrip(".") + unit


# A length of three inches or more sold in both systems is one nominal size, rounded: a 9" grinder is the 230 mm one,
# a 4" hinge 100 mm, an 18" Stillson 450 mm, a 14" guide bar 35 cm (catalogs print such pairs, at most 1.6 % apart).
# Smaller sizes are fits of their own system: a 1/2" or 1-1/4" socket, a 1" or 2" BSP thread (no 25 mm or 50 mm
# pipe). A query's size in the other system is a partial match (:mod:`..index.facts`): the system typed comes
# first, and a fit that is no rounding costs the ranking less than a size of its own would.
NOMINAL_SPREAD = Fraction(2, 100)
_NOMINAL_MIN, _NOMINAL_MAX = 3, 48  # inches: below, fits; above, lengths no nominal size is (a 10 ft ladder)
_MM_PER_INCH = Fraction(254, 10)  # exact by definition, as pint's inch
_INCH_STEPS = (Fraction(1), Fraction(1, 2), Fraction(1, 4))  # whole inches first, as the trade names them


def nominal(value: str) -> tuple[str, ...]:
    """The nominal sizes in the other system of a length key of three inches or more: "9in" -> 225mm, 229mm, 230mm
    (multiples of 5 mm and the rounded value, within :data:`NOMINAL_SPREAD`); "230mm" -> 9in, "1200mm" -> 47in,
    48in (the whole inches within it, else the half inches, else the quarters). () for any other key ("1/2in",
    "m8", "8x110", "18v")."""
    unit = "in" if value.endswith("in") else "mm" if value.endswith("mm") else ""
    try:
        size = number(value[: -len(unit)]) if unit else None
    except (ArithmeticError, ValueError):
        return ()
    if size is None or size <= 0:
        return ()
    inches = size if unit == "in" else size / _MM_PER_INCH
    if not _NOMINAL_MIN * (1 - NOMINAL_SPREAD) <= inches <= _NOMINAL_MAX * (1 + NOMINAL_SPREAD):
        return ()
    if unit == "in":
        if not _NOMINAL_MIN <= size <= _NOMINAL_MAX:
            return ()
        exact = size * _MM_PER_INCH
        low, high = exact * (1 - NOMINAL_SPREAD), exact * (1 + NOMINAL_SPREAD)
        fives = range(math.ceil(low / 5), math.floor(high / 5) + 1)
        found = sorted({*(Fraction(5 * k) for k in fives), Fraction(round(exact))})
        return tuple(formatted(mm, "mm") for mm in found if low <= mm <= high)
    for step in _INCH_STEPS:
        grid = {Fraction(math.floor(inches / step)) * step, Fraction(math.ceil(inches / step)) * step}
        near = sorted(n for n in grid if _NOMINAL_MIN <= n <= _NOMINAL_MAX and abs(inches - n) <= NOMINAL_SPREAD * n)
        if near:
            return tuple(formatted(n, "in") for n in near)
    return ()


def normalized(value: str, unit: str) -> str:
    """The key of a number as written with a unit word as written: ("8", "MM") -> "8mm", ("1 1/4", '"')
    -> "1-1/4in", ("2", "kW") -> "2000w". KeyError for a word that is no unit here."""
    name, factor = UNITS[unit.lower()]
    return formatted(number(value) * factor, name)
