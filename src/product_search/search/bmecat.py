"""BMEcat catalogs (versions 1.2 and 2005), as suppliers in the trade send them, read as product records.

A BMEcat file is a header (catalog id, version, language) and one transaction: ``T_NEW_CATALOG`` (the whole
catalog), ``T_UPDATE_PRODUCTS`` (each article new, updated or deleted by its ``mode``) or ``T_UPDATE_PRICES``
(prices only: no text changes). Version 1.2 calls a product ``ARTICLE`` (``SUPPLIER_AID``, ``ARTICLE_DETAILS``,
``ARTICLE_FEATURES``), version 2005 ``PRODUCT`` (``SUPPLIER_PID``, ``PRODUCT_DETAILS``, ``PRODUCT_FEATURES``);
either may be namespaced. :class:`BMEcatReader` streams the articles one at a time (ElementTree's iterparse,
each article dropped once read), so memory follows one article, not the file.

Mapping: the supplier's id is the product id; ``DESCRIPTION_SHORT``, then ``DESCRIPTION_LONG`` stripped of
markup, is the description (cut at a word within :data:`LONG_CHARS`: the model reads a few hundred tokens);
manufacturer, manufacturer part number, GTINs (1.2's ``EAN``, 2005's ``INTERNATIONAL_PID``), keywords, order
unit, classification (system, class id, class name) and features (name, values, unit; numbers as numbers) are
the metadata.

Safety: the XML is parsed by the standard library's expat through defusedxml. No DTD is loaded: a DOCTYPE naming
one by file or URL, as BMEcat files do, is ignored, never fetched. Any entity declaration refuses the file (the
billion-laughs and quadratic blow-ups, external entities naming local files or URLs): BMEcat needs none. A file
that is not well-formed XML (truncated, a byte its declared encoding cannot have) is refused with its line and
column. Either way nothing of the file is used: the caller stores nothing before the reader has finished.
"""

from __future__ import annotations

import html.parser
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

import defusedxml
import defusedxml.ElementTree as SafeET

from ..errors import MalformedInput
from ..text.analysis import collapse_space

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element  # nosec B405 - the type only: parsing goes through defusedxml

LONG_CHARS = 1500  # of the long description: past a model's few hundred tokens, more text is never read
MAX_SKIPPED = 100  # skipped elements listed (all are counted)
MODES = ("new", "update", "delete")
TRANSACTIONS = {
    "T_NEW_CATALOG": "new_catalog",
    "T_UPDATE_PRODUCTS": "update_products",
    "T_UPDATE_PRICES": "update_prices",
}
_PRODUCTS = ("ARTICLE", "PRODUCT")
_GROUP_MAPS = ("ARTICLE_TO_CATALOGGROUP_MAP", "PRODUCT_TO_CATALOGGROUP_MAP")
GROUP_SYSTEM = "catalog group"  # the system name of a catalog's own groups among a product's classes
_GTIN_TYPES = frozenset({"gtin", "ean", "ean8", "ean13", "upc", "gtin8", "gtin12", "gtin13", "gtin14"})
# A language code as BMEcat gives it (ISO 639-2 "eng", "deu"; 639-1 and BCP 47 tags seen too): anything else is
# not recorded on the catalog (skipped, with its reason).
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")
_NUMBER = re.compile(r"[+-]?(?:0|[1-9]\d{0,14})(?:[.,]\d{1,15})?")  # "0012" is a code: kept as text


@dataclass(frozen=True)
class Article:
    """One product of the file: its id, what to do with it (``new``, ``update`` or ``delete``), its description
    and metadata (empty for a delete)."""

    id: str
    mode: str
    description: str
    metadata: dict[str, Any]

    def record(self) -> dict[str, Any]:
        """As an upload's record (``search.ingest.validate_products``)."""
        return {"id": self.id, "description": self.description, "metadata": self.metadata or None}


@dataclass(frozen=True)
class Skipped:
    element: str  # "ARTICLE 17" (the 17th of the file), or an element's name
    reason: str


@dataclass
class BMEcatReader:
    """The articles of a BMEcat file, one at a time; the header's facts and what was skipped, once read.

    ``source``: the file, opened in binary (expat reads its encoding declaration).
    """

    source: IO[bytes]
    version: str | None = None
    transaction: str | None = None  # new_catalog, update_products or update_prices
    catalog_id: str | None = None
    language: str | None = None
    articles: int = 0  # read, skipped ones included
    price_updates: int = 0  # articles of T_UPDATE_PRICES: no text, nothing to store
    classes: Counter[str] = field(default_factory=Counter)  # "ETIM-7.0 EC000123 Twist drill" -> products
    features: Counter[str] = field(default_factory=Counter)  # feature name -> products having it
    skipped: list[Skipped] = field(default_factory=list)
    skipped_count: int = 0
    groups: dict[str, str] = field(default_factory=dict)  # the catalog's own groups: id -> name
    group_of: dict[str, list[str]] = field(default_factory=dict)  # article id -> its groups' ids
    class_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (system, class id) -> first name given

    def __iter__(self) -> Iterator[Article]:
        try:
            yield from self._read()
        except SafeET.ParseError as exc:
            line, column = exc.position
            raise MalformedInput(
                f"BMEcat file is not well-formed XML at line {line}, column {column}: {_reason(exc)}",
                {"line": line, "column": column},
            ) from exc
        except defusedxml.DefusedXmlException as exc:
            raise MalformedInput(
                f"BMEcat file refused: {exc} (entity declarations and external references are never resolved)",
                {"refused": type(exc).__name__},
            ) from exc
        except (ValueError, LookupError) as exc:  # (after defusedxml's, also ValueErrors) "UTF-7", "nonsense"
            raise MalformedInput(f"BMEcat file's encoding cannot be read: {exc}", {"encoding": str(exc)}) from exc
        if self.version is None:
            raise MalformedInput("not a BMEcat file: its root element is not BMECAT")
        if self.transaction is None:
            raise MalformedInput("BMEcat file has no T_NEW_CATALOG, T_UPDATE_PRODUCTS or T_UPDATE_PRICES")

    def _read(self) -> Iterator[Article]:
        transaction: Element | None = None
        open_: list[Element] = []  # the elements open at this point of the file, the root first
        for event, elem in SafeET.iterparse(
            self.source, events=("start", "end"), forbid_dtd=False, forbid_entities=True, forbid_external=True
        ):
            name = _local(elem.tag)
            if event == "start":
                if not open_:
                    if name != "BMECAT":
                        raise MalformedInput(f"not a BMEcat file: its root element is {name}, not BMECAT")
                    self.version = elem.get("version", "")
                elif len(open_) == 1 and name in TRANSACTIONS:
                    if self.transaction is not None:
                        raise MalformedInput("BMEcat file has more than one transaction")
                    self.transaction, transaction = TRANSACTIONS[name], elem
                open_.append(elem)
                continue
            open_.pop()
            if not open_:
                continue  # the root's end
            parent = open_[-1]
            if len(open_) == 1 and name == "HEADER":
                self._header(elem)
            elif parent is transaction and name in _PRODUCTS and (article := self._article(elem)) is not None:
                yield article
            elif parent is transaction and name == "CATALOG_GROUP_SYSTEM":
                self._groups(elem)
            elif parent is transaction and name in _GROUP_MAPS:
                article_id = _text(_child(elem, "ART_ID", "PROD_ID"))
                group_id = _text(_child(elem, "CATALOG_GROUP_ID"))
                if article_id and group_id:
                    self.group_of.setdefault(article_id, []).append(group_id)
            if len(open_) == 1 or parent is transaction:
                # Read: dropped from the tree, so that neither the root nor the transaction grows with the file.
                del parent[:]

    def _header(self, header: Element) -> None:
        catalog = _child(header, "CATALOG")
        if catalog is None:
            return
        self.catalog_id = _text(_child(catalog, "CATALOG_ID"))
        languages = _children(catalog, "LANGUAGE")
        chosen = next(
            (lang for lang in languages if lang.get("default") == "true"), languages[0] if languages else None
        )
        # As written: what the file's per-language elements say (lang="..."), the code or not.
        self.language = _text(chosen)
        if self.language is not None and not _LANGUAGE.fullmatch(self.language):  # noted, not an article skipped
            self.skipped.append(Skipped("HEADER/CATALOG/LANGUAGE", f"{self.language[:40]!r} is not a language code"))

    @property
    def language_code(self) -> str | None:
        """The catalog's language as a code to record: lower case, subtags joined by "-" ("en-gb"); None where
        the file gives none, or something that is no code."""
        if self.language is None or not _LANGUAGE.fullmatch(self.language):
            return None
        return self.language.lower().replace("_", "-")

    def _groups(self, system: Element) -> None:
        """The catalog's own group tree: each group's name (a leaf's is what its articles are)."""
        for node in _children(system, "CATALOG_STRUCTURE"):
            group_id = _text(_child(node, "GROUP_ID"))
            if group_id and (name := _text(self._in_language(node, "GROUP_NAME"))):
                self.groups[group_id] = _cut(name, 200)

    def _article(self, elem: Element) -> Article | None:
        self.articles += 1
        where = f"{_local(elem.tag)} {self.articles}"
        if self.transaction == "update_prices":
            self.price_updates += 1
            return None
        pid = _text(_child(elem, "SUPPLIER_AID", "SUPPLIER_PID"))
        if not pid:
            self._skip(where, "no SUPPLIER_AID / SUPPLIER_PID")
            return None
        # A new catalog's articles are its products, whatever a mode says (BMEcat gives modes to updates only).
        mode = "new" if self.transaction == "new_catalog" else (elem.get("mode") or "update").strip().lower()
        if mode not in MODES:
            self._skip(f"{where} ({pid})", f"mode {mode!r} is none of {', '.join(MODES)}")
            return None
        if mode == "delete":
            return Article(pid, mode, "", {})
        details = _child(elem, "ARTICLE_DETAILS", "PRODUCT_DETAILS")
        short = _cut(_text(self._in_language(details, "DESCRIPTION_SHORT")) or "", LONG_CHARS)
        # Cut before the markup is read too (html.parser slows on long unclosed markup), and again after.
        long = _plain(_cut(_text(self._in_language(details, "DESCRIPTION_LONG")) or "", 4 * LONG_CHARS))
        description = ". ".join(part for part in (short, _cut(long, LONG_CHARS)) if part)
        if not description:
            self._skip(f"{where} ({pid})", "no DESCRIPTION_SHORT or DESCRIPTION_LONG")
            return None
        return Article(pid, mode, description, self._metadata(elem, details))

    def _metadata(self, elem: Element, details: Element | None) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        for key, tags in (
            ("manufacturer", ("MANUFACTURER_NAME",)),
            ("manufacturer_part", ("MANUFACTURER_AID", "MANUFACTURER_PID")),
        ):
            if value := _text(_child(details, *tags)):
                meta[key] = value
        gtins = [_text(e) for e in _children(details, "EAN")]
        gtins += [
            _text(e) for e in _children(details, "INTERNATIONAL_PID") if (e.get("type") or "").lower() in _GTIN_TYPES
        ]
        if found := list(dict.fromkeys(g for g in gtins if g)):
            meta["gtin"] = found
        if keywords := [k for e in self._all_in_language(details, "KEYWORD") if (k := _text(e))]:
            meta["keywords"] = keywords
        order = _child(elem, "ARTICLE_ORDER_DETAILS", "PRODUCT_ORDER_DETAILS")
        if unit := _text(_child(order, "ORDER_UNIT")):
            meta["order_unit"] = unit
        classes: list[dict[str, str]] = []
        features: list[dict[str, Any]] = []
        for group in _children(elem, "ARTICLE_FEATURES") + _children(elem, "PRODUCT_FEATURES"):
            system = _text(_child(group, "REFERENCE_FEATURE_SYSTEM_NAME"))
            class_id = _text(_child(group, "REFERENCE_FEATURE_GROUP_ID", "REFERENCE_FEATURE_GROUP_ID2"))
            class_name = _text(_child(group, "REFERENCE_FEATURE_GROUP_NAME"))
            if class_id or class_name:  # 1.2 gives either
                named = {"system": system or ""}
                named |= {"id": class_id} if class_id else {}
                named |= {"name": class_name} if class_name else {}
                classes.append(named)
                self.classes[" ".join(v for v in named.values() if v)] += 1
                if class_id and class_name:
                    self.class_names.setdefault((named["system"], class_id), class_name)
            for feature in _children(group, "FEATURE"):
                fname = _text(_child(feature, "FNAME"))
                if not fname:
                    continue
                values = [_value(v) for e in self._all_in_language(feature, "FVALUE") if (v := _text(e))]
                read: dict[str, Any] = {"name": fname, "values": values}
                if unit := _text(_child(feature, "FUNIT")):
                    read["unit"] = unit
                if system:
                    read["system"] = system
                features.append(read)
                self.features[fname] += 1
        if classes:
            meta["classes"] = classes
        if features:
            meta["features"] = features
        return meta

    def _skip(self, element: str, reason: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < MAX_SKIPPED:
            self.skipped.append(Skipped(element, reason))

    def _all_in_language(self, elem: Element | None, name: str) -> list[Element]:
        """The children ``name`` of ``elem`` in the catalog's language where any says one (2005 repeats
        descriptions, keywords and values per language with ``lang``), else all of them."""
        found = _children(elem, name)
        if self.language and any(c.get("lang") for c in found):
            ours = [c for c in found if (c.get("lang") or self.language).lower() == self.language.lower()]
            return ours or found[:1]
        return found

    def _in_language(self, elem: Element | None, name: str) -> Element | None:
        return next(iter(self._all_in_language(elem, name)), None)


def _local(tag: str) -> str:
    """An element's name without its namespace: ``{http://www.bmecat.org/bmecat/2005}PRODUCT`` -> PRODUCT."""
    return tag.rpartition("}")[2]


def _children(elem: Element | None, name: str) -> list[Element]:
    return [] if elem is None else [c for c in elem if _local(c.tag) == name]


def _child(elem: Element | None, *names: str) -> Element | None:
    """The first child of ``elem`` with one of ``names`` (both versions' names of one thing)."""
    if elem is None:
        return None
    return next((c for c in elem if _local(c.tag) in names), None)


def _text(elem: Element | None) -> str | None:
    """An element's whole text (of its children too: 1.2 allows markup inside a long description), single-spaced."""
    if elem is None:
        return None
    return collapse_space(" ".join(elem.itertext())).strip() or None


def _value(text: str) -> str | float:
    """A feature value: a number as a number (a decimal comma read as a point), else the text."""
    if _NUMBER.fullmatch(text):
        return float(text.replace(",", "."))
    return text


def _cut(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary within ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


class _Plain(html.parser.HTMLParser):
    """Text of HTML (a long description's markup, escaped into the XML text): tags dropped, entities read, a
    break or block between words kept as a space."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(" ")


def _plain(text: str) -> str:
    if "<" not in text and "&" not in text:
        return text
    parser = _Plain()
    parser.feed(text)
    parser.close()
    return collapse_space("".join(parser.parts)).strip()


def _reason(exc: SafeET.ParseError) -> str:
    """expat's message without the position it also gives apart: "unclosed token", "not well-formed"."""
    return str(exc).split(":", 1)[0]
