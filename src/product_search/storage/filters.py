"""What a search's ``filter`` keeps, read from its JSON: exact metadata values, and the structure a trade catalog
gives its products (:mod:`..search.bmecat`): a class and ranges of numeric features.

``{"brand": "Makita", "class": "EC000180", "feature": {"diameter": {"gte": 6, "lte": 10, "unit": "mm"}}}``:

* any other key: the metadata key equals the value (JSON type included: ``8`` is not ``"8"``);
* ``class`` (a string or a list of them: any of them): one of the product's ``classes`` has that id (case and
  dashes aside: ``23-11-01-01`` is ``23110101``) or that name (case aside);
* ``feature``: for each name (case aside), one of the product's ``features`` of that name has a number within
  the bounds (``gte``, ``gt``, ``lte``, ``lt``). With a ``unit`` the product's value is converted from its own
  unit (``mm``, ``cm``, ``in``, BMEcat's ``MMT`` ...; :func:`..text.quantities.conversions`) and a value in no
  unit of that kind does not match (a unit not known here matches that unit as written); without one,
  numbers are compared as given.

The store keeps what ``class`` and ``feature`` read of each product in two tables of its own, written with the
product (:func:`structure_of`): ``product_classes`` (a row per class id and name, folded) and
``product_features`` (a row per numeric value: name, unit as stated, value), indexed by term and by name and
value. A filter on structure is then an index lookup (:func:`structure_clause`, the same SQL on SQLite and
PostgreSQL) rather than a walk through every product's JSON; exact metadata keys are each database's own JSON
SQL (``metadata_clause``). Either way the filter is applied before any ranking, in the store.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidInput
from ..text import quantities
from .database import Connection, marks

CLASS, FEATURE = "class", "feature"
CLASS_TABLE, FEATURE_TABLE = "product_classes", "product_features"
BOUNDS = ("gte", "gt", "lte", "lt")
MAX_KEYS, MAX_CLASSES, MAX_FEATURES = 32, 32, 16
# Bounds are compared with this relative slack: 80 mm is 8 cm, though 80 * 0.1 is 8.000000000000002.
SLACK = 1e-9


@dataclass(frozen=True)
class FeatureRange:
    name: str  # lower case
    bounds: dict[str, float]  # of BOUNDS, in ``unit``
    unit: str | None = None
    factors: dict[str, float] = field(default_factory=dict)  # unit word or code (lower case) -> factor to ``unit``

    def limits(self) -> list[tuple[str, float]]:
        """SQL comparison operators with their bounds, moved by :data:`SLACK` so that a value equal to a bound
        up to rounding is at it: inside an inclusive bound, outside an exclusive one."""
        ops = {"gte": ">=", "gt": ">", "lte": "<=", "lt": "<"}
        out = []
        for bound, value in self.bounds.items():
            slack = SLACK * max(1.0, abs(value))
            out.append((ops[bound], value - slack if bound in ("gte", "lt") else value + slack))
        return out

    def lookups(self) -> tuple[str, list[Any]]:
        """SQL (on the features table) selecting the keys of products with a value in range, and its parameters:
        one index range per unit a product may state (the bounds converted into that unit, so that no stated
        value is multiplied and each part is a range scan of ``(name, unit, value)``), joined by UNION ALL; without
        a unit, one range over values as stated."""
        parts: list[str] = []
        params: list[Any] = []
        units: list[tuple[str | None, float]] = list(self.factors.items()) if self.unit is not None else [(None, 1.0)]
        for unit_as_stated, factor in units:
            limits = [(op, b / factor) for op, b in self.limits()]
            where = " AND ".join(["name = ?"] + (["unit = ?"] if unit_as_stated is not None else [])
                                 + [f"value {op} ?" for op, _ in limits])  # fmt: skip
            parts.append(f"SELECT pk FROM {FEATURE_TABLE} WHERE {where}")  # nosec B608 - fixed fragments
            params += [self.name, *([unit_as_stated] if unit_as_stated is not None else []), *(b for _, b in limits)]
        return " UNION ALL ".join(parts), params


CLASSES, FEATURES = (
    "classes",
    "features",
)  # the metadata keys a trade catalog's structure is under (:mod:`..search.bmecat`)


def _folded(value: Any) -> str | None:
    """A class id or name, a feature name or unit as the filters compare it (numbers as written, case aside)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).lower()


def structure_of(metadata: Mapping[str, Any]) -> tuple[list[str], list[tuple[str, str | None, float]]]:
    """A product's rows in the structure tables: class terms (``id:`` its id folded without dashes, ``name:`` its
    name folded) and numeric features (name folded, unit folded and trimmed or None, value). Elements of any
    other shape are not read, as the filter never matched them."""
    terms: list[str] = []
    classes = metadata.get(CLASSES)
    for c in classes if isinstance(classes, list) else ():
        if isinstance(c, dict):
            if (cid := _folded(c.get("id"))) is not None:
                terms.append("id:" + cid.replace("-", ""))
            if (name := _folded(c.get("name"))) is not None:
                terms.append("name:" + name)
    values: list[tuple[str, str | None, float]] = []
    features = metadata.get(FEATURES)
    for f in features if isinstance(features, list) else ():
        if not isinstance(f, dict) or (name := _folded(f.get("name"))) is None or not isinstance(f.get("values"), list):
            continue
        unit = _folded(f.get("unit"))
        unit = None if unit is None else unit.strip(" ")
        for v in f["values"]:
            if isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v):
                values.append((name, unit, float(v)))
    return list(dict.fromkeys(terms)), list(dict.fromkeys(values))


def structure_rows(
    products: Iterable[tuple[int, Mapping[str, Any] | str | None]],
) -> tuple[list[tuple[int, str]], list[tuple[int, str, str | None, float]]]:
    """Rows of the structure tables for ``(pk, metadata)`` pairs (metadata as a mapping or as stored, JSON)."""
    classes: list[tuple[int, str]] = []
    features: list[tuple[int, str, str | None, float]] = []
    for pk, given in products:
        metadata = json.loads(given) if isinstance(given, str) else given
        if isinstance(metadata, Mapping) and (CLASSES in metadata or FEATURES in metadata):
            terms, values = structure_of(metadata)
            classes += [(pk, t) for t in terms]
            features += [(pk, *v) for v in values]
    return classes, features


class StructureTables:
    """The structure tables' rows, written with the products inside the caller's transaction (a part of
    :class:`.store.CatalogStore`)."""

    @classmethod
    def write_structure(cls, conn: Connection, products: Sequence[tuple[int, Mapping[str, Any] | None]]) -> None:
        """Replace the rows of these ``(pk, metadata)`` products."""
        cls.forget_structure(conn, [pk for pk, _ in products])
        classes, features = structure_rows(products)
        conn.executemany(f"INSERT INTO {CLASS_TABLE}(pk, term) VALUES(?, ?)", classes)  # nosec B608
        conn.executemany(f"INSERT INTO {FEATURE_TABLE}(pk, name, unit, value) VALUES(?, ?, ?, ?)", features)  # nosec B608

    @staticmethod
    def forget_structure(conn: Connection, pks: Sequence[int]) -> None:
        """Drop the rows of products about to be rewritten or deleted."""
        for start in range(0, len(pks), 500):
            chunk = list(pks[start : start + 500])
            for table in (CLASS_TABLE, FEATURE_TABLE):
                conn.execute(f"DELETE FROM {table} WHERE pk IN ({marks(chunk)})", chunk)  # nosec B608

    @staticmethod
    def forget_catalog_structure(conn: Connection, catalog: str) -> None:
        """Drop the rows of a catalog's products (before the products themselves)."""
        for table in (CLASS_TABLE, FEATURE_TABLE):
            sql = f"DELETE FROM {table} WHERE pk IN (SELECT pk FROM products WHERE catalog = ?)"  # nosec B608
            conn.execute(sql, (catalog,))


def structure_clause(filters: ProductFilter) -> tuple[str, list[Any]]:
    """SQL (on ``products``) keeping the products whose classes and features the filter asks for: lookups in the
    structure tables; every value a bound parameter."""
    parts: list[str] = []
    params: list[Any] = []
    if filters.classes:
        terms = [f"id:{c.replace('-', '')}" for c in filters.classes] + [f"name:{c}" for c in filters.classes]
        marks = ", ".join("?" * len(terms))
        parts.append(f"products.pk IN (SELECT pk FROM {CLASS_TABLE} WHERE term IN ({marks}))")  # nosec B608
        params += terms
    for feature in filters.features:
        lookups, bound_params = feature.lookups()
        parts.append(f"products.pk IN ({lookups})")
        params += bound_params
    return " AND ".join(parts), params


@dataclass(frozen=True)
class ProductFilter:
    metadata: dict[str, Any] = field(default_factory=dict)  # key -> scalar
    classes: tuple[str, ...] = ()  # lower case
    features: tuple[FeatureRange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.metadata or self.classes or self.features)

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ProductFilter:
        """From a search's ``filter`` JSON; :class:`InvalidInput` naming each problem."""
        problems: dict[str, list[str]] = {}
        if len(raw) > MAX_KEYS:
            raise InvalidInput(f"a filter has at most {MAX_KEYS} keys", fields={"filter": [f"at most {MAX_KEYS} keys"]})
        metadata = {k: v for k, v in raw.items() if k not in (CLASS, FEATURE)}
        for key in (CLASS, FEATURE):
            if key in raw and raw[key] is None:  # else the search would silently go unfiltered
                problems.setdefault(f"filter.{key}", []).append("must not be null")
        for key, value in metadata.items():
            if not isinstance(value, (str, int, float, bool)) and value is not None:
                problems.setdefault(f"filter.{key}", []).append("must be a string, number, boolean or null")
        classes = _classes(raw.get(CLASS), problems)
        features = _features(raw.get(FEATURE), problems)
        if problems:
            raise InvalidInput("the filter is invalid", fields=problems)
        return cls(metadata, classes, features)


def _classes(value: Any, problems: dict[str, list[str]]) -> tuple[str, ...]:
    if value is None:
        return ()
    given = [value] if isinstance(value, str) else value
    if not isinstance(given, list) or not given or not all(isinstance(c, str) and c.strip() for c in given):
        problems.setdefault("filter.class", []).append("must be a class id or name, or a non-empty list of them")
        return ()
    if len(given) > MAX_CLASSES:
        problems.setdefault("filter.class", []).append(f"at most {MAX_CLASSES} classes")
        return ()
    return tuple(dict.fromkeys(c.strip().lower() for c in given))


def _features(value: Any, problems: dict[str, list[str]]) -> tuple[FeatureRange, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict) or not value or len(value) > MAX_FEATURES:
        problems.setdefault("filter.feature", []).append(
            f'must map 1 to {MAX_FEATURES} feature names to ranges, e.g. {{"diameter": {{"gte": 6, "unit": "mm"}}}}'
        )
        return ()
    out = []
    for name, spec in value.items():
        where = f"filter.feature.{name}"
        if not name.strip():
            problems.setdefault("filter.feature", []).append("a feature name must not be empty")
            continue
        if not isinstance(spec, dict):
            problems.setdefault(where, []).append("must be a range: gte, gt, lte, lt and an optional unit")
            continue
        if unknown := sorted(set(spec) - {*BOUNDS, "unit"}):
            problems.setdefault(where, []).append(f"unknown keys {unknown}: a range has gte, gt, lte, lt, unit")
        bounds = {b: spec[b] for b in BOUNDS if b in spec}
        if not bounds:
            problems.setdefault(where, []).append("needs at least one of gte, gt, lte, lt")
        for bound, number in bounds.items():
            if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
                problems.setdefault(where, []).append(f"{bound} must be a finite number")
        unit, factors = spec.get("unit"), {}
        if unit is not None:
            if not isinstance(unit, str) or not unit.strip() or len(unit) > 32:
                problems.setdefault(where, []).append("unit must be a unit's symbol or code, e.g. mm or MMT")
            else:  # a unit not known here (ETIM's EU codes, dB) matches values in that unit as written
                factors = quantities.conversions(unit) or {unit.strip().lower(): 1.0}
        if where not in problems:
            out.append(FeatureRange(name.strip().lower(), {b: float(v) for b, v in bounds.items()}, unit, factors))
    return tuple(out)
