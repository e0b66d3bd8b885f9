"""A product's structure, as a trade catalog classifies it, in the text the lexical index reads.

A BMEcat file (:mod:`..search.bmecat`) gives a product ``classes`` (system, id, name) and ``features`` (name,
values, unit) in its metadata, beside its maker, the maker's part number, barcodes and keywords. What the index
reads of a product is its description followed by that structure (:func:`indexed_text`): the class name,
which is the product's type (before any guess from its words), one phrase per feature ("Diameter: 8 mm"),
whose quantities are its sizes as a description's are (the same quantity parsing: "8 mm", "1 cm", "MMT"), and
the codes a buyer types. Class and feature names are then words it is found by.

Fields are joined by :data:`MARK`, a control character taken out of the description itself, so that no text
can pose as structure. Metadata of any other shape (a JSON upload's own) adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from . import quantities

MARK = "\x1e"  # ASCII record separator
# The metadata keys read (as a BMEcat import names them; any upload may give them).
KEYS = ("classes", "features", "manufacturer", "manufacturer_part", "gtin", "keywords")
MAX_FEATURES = 32  # phrases read of one product (a file's features beyond are metadata only)
MAX_CHARS = 200  # of a name or a text value


def indexed_text(description: str, metadata: Mapping[str, Any] | None) -> str:
    """``description``, then its class name and feature phrases where ``metadata`` has them."""
    description = description.replace(MARK, " ")
    if not isinstance(metadata, Mapping):
        return description
    phrases = _features(metadata.get("features")) + _codes(metadata)
    named = _class_name(metadata.get("classes"))
    if named is None and not phrases:
        return description
    return MARK.join([description, named or "", *phrases])


def stored_text(description: str, metadata: str | None) -> str:
    """:func:`indexed_text` of a stored product (its metadata as the JSON text stored)."""
    if metadata is None or not any(f'"{key}"' in metadata for key in KEYS):  # most metadata: no parse
        return indexed_text(str(description), None)
    return indexed_text(str(description), json.loads(metadata))


def split(text: str) -> tuple[str, str | None, str]:
    """An indexed text's description, class name (None: none) and feature phrases (one text)."""
    description, *rest = text.split(MARK)
    if not rest:
        return description, None, ""
    return description, rest[0] or None, ". ".join(rest[1:])


def _class_name(classes: Any) -> str | None:
    """The first class with a name (a file gives several systems' classes of one product: the same type)."""
    for c in classes if isinstance(classes, list) else ():
        if isinstance(c, Mapping) and isinstance(name := c.get("name"), str) and name.strip():
            return _clean(name)
    return None


def _features(features: Any) -> list[str]:
    phrases: list[str] = []
    for f in features[:MAX_FEATURES] if isinstance(features, list) else ():
        if not isinstance(f, Mapping) or not isinstance(name := f.get("name"), str) or not name.strip():
            continue
        values = f.get("values")
        unit = f.get("unit")
        word = quantities.written(unit) if isinstance(unit, str) else None
        said = (
            [_value(v, word) for v in values if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
            if (isinstance(values, list))
            else []
        )
        phrases.append(f"{_clean(name)}: {', '.join(s for s in said if s)}".rstrip(": "))
    return phrases


def _codes(metadata: Mapping[str, Any]) -> list[str]:
    """The maker, its part number and the barcodes a file gives beside the text (buyers type them), and its
    keywords: one phrase each, without labels (no word of every product). A part number is also said without
    its spaces ("0601 9H5 202" as 06019H5202)."""
    said: list[str] = []
    if isinstance(maker := metadata.get("manufacturer"), str) and maker.strip():
        said.append(_clean(maker))
    if isinstance(part := metadata.get("manufacturer_part"), str) and part.strip():
        compact = "".join(part.split())
        said.append(_clean(part) + (f" {compact[:MAX_CHARS]}" if compact != part.strip() else ""))
    gtins = metadata.get("gtin")
    for gtin in (gtins if isinstance(gtins, list) else [gtins])[:4]:
        if isinstance(gtin, str) and gtin.strip():
            said.append(_clean(gtin))
    keywords = metadata.get("keywords")
    if isinstance(keywords, list) and (words := [_clean(k) for k in keywords[:MAX_FEATURES] if isinstance(k, str)]):
        said.append(", ".join(w for w in words if w))
    return said


def _value(value: str | float, unit: str | None) -> str:
    if isinstance(value, str):
        return _clean(value)
    number = f"{value:.6f}".rstrip("0").rstrip(".")
    return f"{number} {unit}" if unit else number


def _clean(text: str) -> str:
    return " ".join(text.replace(MARK, " ").split())[:MAX_CHARS]
