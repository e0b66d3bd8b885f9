"""Model codes as makers print them and as buyers type them.

Makers print a model as a series of letters, one number and suffixes (DCD796N, DCD796D2-GB, DHP482Z); buyers
type the number after the brand instead of the series ("dewalt 796", "makita 482"). Each description's model
numbers are indexed under the names it carries (:func:`key`, :func:`names`), and a number a query types after a
name (:func:`name_before`) is searched under that name only: "makita 796" finds no DeWalt.
"""

from __future__ import annotations

import re

from . import analysis

SERIES_LONGEST = 4  # letters of a code's series: DCD, GWS, CNMG


def series_max(letters: str) -> int:
    """Longest letter run taken for a code's series in a query: DCD, GWS; CNMG only in capitals."""
    return SERIES_LONGEST if letters.isupper() else SERIES_LONGEST - 1


# A model code as makers print it: a series of letters, one unbroken number, then variant, kit and region
# suffixes (DCD796N, DCD796D2-GB, DHP482RTJ, DCS391N-XJ); not numbers joined across a separator (A2-70, GWS 7-125).
_MODEL = re.compile(r"([a-z]{1,5})-?(\d{3,5})(?![\d]|[-./ ]\d)")
# Letters that codes glue to a number the same way and that name no series: a pack's count ("PK100", "BX1000"),
# an order number's label ("SKU4471", "ITEM4471"), an abrasive's grit ("P120"), a colour or a pipe's nominal
# size ("RAL9005", "DN100"), a rating ("V230").
_NOT_SERIES = frozenset(
    {
        *("pk", "pkt", "pck", "pack", "bx", "box", "qty", "pcs", "pc", "ctn", "x"),
        *("sku", "ref", "art", "item", "no", "nr", "id", "pn"),
        *("p", "ral", "dn", "v", "w", "kw", "mm", "cm", "m"),
    }
)
_NAME_MIN = 4  # letters of a name a model number is typed after: shorter runs are a series' (DCD, ETS)
_NAMES_MAX = 8  # names of one description its model numbers are indexed under (a brand, a range)
_BEFORE = 64  # characters looked back for the word before a number


def match(raw: str) -> re.Match[str] | None:
    """``raw`` read as a model code from its start: the series (group 1) and the number (group 2), or None."""
    mt = _MODEL.match(raw.lower())
    return mt if mt and mt.group(1) not in _NOT_SERIES else None


def number(raw: str) -> str | None:
    """The number of a model code as printed (``raw``), which buyers type with the brand instead of the series:
    "dewalt 796" for DCD796N, "makita 482" for DHP482Z. None for other codes: a series' letters and one number of
    three to five digits must open it."""
    mt = match(raw)
    return mt.group(2) if mt else None


def is_name(word: str) -> bool:
    """A word that can only be a name: letters no English lexicon has, longer than a series' ("DeWalt",
    "Makita"; not "brushless", "ETS")."""
    return len(word) >= _NAME_MIN and word.isalpha() and not analysis.lemmas(word)


def key(name: str, number: str) -> str:
    """The index key of a model number under a name of its product: ``#model~dewalt~796``."""
    return f"#model~{name.lower()}~{number}"


def names(text: str) -> list[str]:
    """The first few names in a description (:func:`is_name`), lower case: its brand, a range ("dewalt"). Its
    codes' model numbers are indexed under each (:func:`key`), so that a query's "dewalt 796" finds
    DeWalt's DCD796N and "makita 796" does not."""
    found: dict[str, None] = {}
    for word in analysis.WORD.finditer(text):
        if is_name(word.group()):
            found[word.group().lower()] = None
            if len(found) == _NAMES_MAX:
                break
    return list(found)


def name_before(text: str, start: int) -> str:
    """The name right before a number at ``start`` ("dewalt 796"), or "" (a series: "ETS 150"; a word: "grinder
    230", a size without its unit)."""
    before = text[max(0, start - _BEFORE) : start].rstrip().rsplit(maxsplit=1)
    word = before[-1] if before else ""
    return word.lower() if is_name(word) and len(word) > series_max(word) else ""
