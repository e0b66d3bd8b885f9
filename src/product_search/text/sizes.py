"""Sizes as product text writes them: metric threads (M8x40, a rod's M12X1M), two or three dimensions (8 x 110 mm,
10mm x 80mm), ranges (15-22 mm), quantities with a unit (80-mm, 3/8", 20oz, 18V) and inch fractions in words,
each with the normalized value its key is made of (:mod:`.quantities` knows the units) and the family of its first
dimension. :func:`.identifiers.extract` reads them among the codes, in its order of precedence.

Every pattern runs in time linear in the text (see :mod:`.identifiers`); numbers that become values have at most
:data:`MAX_DIGITS` digits.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from . import quantities

# Digits of a number read as a value: real sizes have few; "washer 999...999mm" is no size (and would
# overflow a float). Longer digit runs are not matched at all (the lookarounds keep them whole).
MAX_DIGITS = 9
INT = rf"\d{{1,{MAX_DIGITS}}}"
NUM = rf"{INT}(?:[.,]{INT})?"
TIMES = "[x\u00d7*]"  # x, the multiplication sign or *
# Metric threads, optionally with a length: M8, M8x40, m8 x 40 mm, M10x1.25; a length in metres or centimetres is
# a rod's, read apart (M12X1M: M12 and 1000 mm). Not an M before a slash, a full stop or hyphen and a letter ("M5X25
# M/SCR", "M10 x 1.25 M.S.": machine screw, mild steel).
_THREAD = re.compile(
    rf"(?<![\w.])M({NUM})(?:\s*+{TIMES}\s*+({NUM})(?:\s*+(metres?|meters?|mm|cm|m)(?![\w/]|[.,-]\w))?)?"
    rf"(?:\s*+mm)?(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
_ROD_METRES = 6  # the longest threaded rod sold (1, 2, 3 m): a longer "M10 x 25 M" is no length in metres
_LENGTH_UNITS = r"mm|cm|m|in|inch|inches|\"|''|″"
# Two or three sizes: 4.8x40 mm, 8 x 150mm, 100x50x3, and each with its unit: 10mm x 80mm, 125mm x 1.0mm.
_MULTI = re.compile(
    rf"(?<![\w.])(?P<n1>{NUM})(?:\s*+(?P<u1>{_LENGTH_UNITS})(?!\w))?\s*+{TIMES}\s*+(?P<n2>{NUM})"
    rf"(?:(?:\s*+(?P<u2>{_LENGTH_UNITS})(?!\w))?\s*+{TIMES}\s*+(?P<n3>{NUM}))?(?:\s*+(?P<unit>{_LENGTH_UNITS}))?"
    r"(?![\w]|[.,]\d)(?!\s*+(?:ah|mah|v|w|nm|kg|g)\b)",  # "2x 5.0 Ah batteries" is a count, not a size
    re.IGNORECASE,
)
# One quantity with a unit: 80-mm, 25ft, 25 ft, 3/8", 1 1/4", 2,5 mm, 18V, 2000 W, 5.0 Ah, 20oz (the unit
# words and their meaning: :mod:`.quantities`). The space and dash between number and unit are possessive:
# "1" + 2,000 spaces + "z" was tried 2,000,000 ways (0.4 s).
UNIT_WORDS = "|".join(re.escape(w) for w in sorted(quantities.WRITTEN, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\w.,/])(\d{{1,2}}[\s-]{INT}/{INT}|{INT}/{INT}|{NUM})\s*+(?:-\s*+)?({UNIT_WORDS})"
    r"(?:(?<=[\"\u2033])(?![\"'\u2033])|(?![\w\"'\u2033]))",  # a word may follow an inch mark: 1/2"dr
    re.IGNORECASE,
)
_IN_ONE = re.compile(r"[\s-]*+1(?![\w.,/\"'\u2033])")
# An inch fraction in words, as buyers type it: "half inch drive sockets", "three quarter inch ball valve".
# Not "one and a half inch" (1 1/2, left to the model and the words), nor "in" ("half in hard steel").
_WORD_INCH = re.compile(
    r"(?<![\w-])(?<!and a )(?<!and an )(half|quarter|three[\s-]quarters?)[\s-]++(?:an?\s++)?(?:inch(?:es)?|\")"
    r"(?![\w-])",
    re.IGNORECASE,
)
_INCH_WORDS = {"half": "1/2", "quarter": "1/4", "three quarter": "3/4", "three quarters": "3/4"}
# A range of one unit: 15-22 mm, 20 - 32mm, 0 to 10 bar (a hose clip's, a pipe cutter's, a gauge's).
_RANGE = re.compile(
    rf"(?<![\w.,/])({NUM})\s*+(?:[-\u2013]|to)\s*+({NUM})\s*+({UNIT_WORDS})(?![\w\"'\u2033])", re.IGNORECASE
)
# A range also names the whole numbers inside it, in its normalized unit (1-2 ft: 12in to 24in), when it
# holds at most this many.
_RANGE_STEPS = 32

T = TypeVar("T")


def computed(compute: Callable[[re.Match[str]], T], match: re.Match[str]) -> T | None:
    """``compute(match)``, or None for a match whose numbers give no value."""
    try:
        return compute(match)
    except (ArithmeticError, ValueError):
        return None


def written_as_size(token: str) -> bool:
    """Whether ``token`` is a size as a whole (a thread, dimensions, a quantity): "3/4" aside, which the caller
    reads as it needs."""
    return any(size.fullmatch(token) for size in (_QUANTITY, _MULTI, _THREAD))


def found(text: str, free: Callable[[int, int], bool]) -> Iterator[tuple[str, int, int, tuple[str, ...]]]:
    """The sizes of ``text`` as (value, start, end, families), threads first, then dimensions, ranges, quantities
    and inch words; only where ``free`` says the span is not claimed yet (the caller claims each as it takes it,
    so a later pattern sees it). A size whose value cannot be computed ("1/0 mm") is left out, never fatal (its
    digits may still be a code)."""
    for mt in _THREAD.finditer(text):
        if not free(*mt.span()) or (thread := computed(_thread, mt)) is None:
            continue
        if (length := computed(_rod_length, mt)) is not None:
            yield thread[0], mt.start(), mt.end(1), ()
            yield length, mt.start(2), mt.end(), ()
        else:
            yield thread[0], *mt.span(), (thread[1],) if thread[1] else ()
    for mt in _MULTI.finditer(text):
        if mt.group("u1") and not (mt.group("u2") if mt.group("n3") else mt.group("unit")):
            continue  # a size then a count: "10mm x 2" (the first size is read alone, below)
        if free(*mt.span()) and (sizes := computed(_sizes, mt)) is not None:
            yield sizes[0], *mt.span(), (sizes[1],)
    for mt in _RANGE.finditer(text):
        if free(*mt.span()) and (span := computed(_range, mt)) is not None:
            yield span[0], *mt.span(), span[1]
    for mt in _QUANTITY.finditer(text):
        if mt.end() < len(text) and text[mt.end()].isalpha() and "/" not in mt.group(1):
            continue  # a word glued to an inch mark after a fraction (1/2"dr); "GWS 7-125"Angle is a quoted code
        if mt.group(2).lower() == "in" and _IN_ONE.match(text, mt.end()):
            continue  # "5 in 1 tool", "3-in-1 oil": how many in one, no inches (not "9 in 2200W", "1/2 in 30m")
        if free(*mt.span()) and (quantity := computed(lambda m: quantities.normalized(*m.groups()), mt)):
            yield quantity, *mt.span(), ()
    for mt in _WORD_INCH.finditer(text):
        if free(*mt.span()):
            words = re.sub(r"[\s-]+", " ", mt.group(1).lower())
            yield quantities.normalized(_INCH_WORDS[words], "in"), *mt.span(), ()


def _thread(mt: re.Match[str]) -> tuple[str, str]:
    """A metric thread's value and its family (M8x40: m8x40, m8; M8: m8 and none)."""
    size = quantities.formatted(quantities.number(mt.group(1)), "")
    if mt.group(2) and not _rod_length(mt):
        return f"m{size}x{quantities.formatted(quantities.number(mt.group(2)), '')}", f"m{size}"
    return f"m{size}", ""


def _rod_length(mt: re.Match[str]) -> str | None:
    """A threaded rod's length after its thread (M12X1M, M10 x 1 m, M6 x 50cm: "1000mm", "500mm"): a size of its
    own, as "M10 x 2m" reads where it is spaced, so a query for the thread or the length finds it. None for a
    length in millimetres (a bolt's: M8x40) or none, a pitch, and a number of metres no rod is sold in."""
    unit = (mt.group(3) or "").lower()
    if unit in ("", "mm") or (unit != "cm" and quantities.number(mt.group(2)) > _ROD_METRES):
        return None
    return quantities.normalized(mt.group(2), unit)


def _sizes(mt: re.Match[str]) -> tuple[str, str]:
    """Two or three sizes' value and the family of the first, its diameter or width (10 x 150 mm: 10x150, 10mm;
    1.5 m x 200 mm: 1500x200, 1500mm), each number in its own unit where it has one, else in the last one's."""
    last = (mt.group("unit") or "mm").lower()
    unit = quantities.UNITS[last][0]
    numbers = [(mt.group(n), mt.group(u)) for n, u in (("n1", "u1"), ("n2", "u2"), ("n3", "unit")) if mt.group(n)]
    sizes = [
        quantities.formatted(quantities.number(g) * quantities.UNITS[(own or last).lower()][1], "")
        for g, own in numbers
    ]
    return "x".join(sizes) + ("" if unit == "mm" else unit), sizes[0] + unit


def _range(mt: re.Match[str]) -> tuple[str, tuple[str, ...]]:
    """A range's value and its families: both ends and the whole numbers between them, if few
    (20-32 mm: 20mm, 21mm, ... 32mm: a hose clip for 25 mm hose holds 25 mm)."""
    unit, factor = quantities.UNITS[mt.group(3).lower()]
    low, high = (quantities.number(g) * factor for g in mt.groups()[:2])
    if not low < high:
        raise ValueError("no range")
    inside = range(math.ceil(low), math.floor(high) + 1) if high - low <= _RANGE_STEPS else ()
    ends = [quantities.formatted(v, unit) for v in (low, *inside, high)]
    value = f"{quantities.formatted(low, '')}-{quantities.formatted(high, unit)}"
    return value, tuple(dict.fromkeys(ends))
