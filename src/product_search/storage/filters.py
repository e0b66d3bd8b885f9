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

The databases turn a :class:`ProductFilter` into SQL (``filter_clause``), so the filter is applied before any
ranking, in the store, on every store.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidInput
from ..text import quantities

CLASS, FEATURE = "class", "feature"
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

    def condition(self, value: str, unit: str, bound: str) -> tuple[str, list[Any]]:
        """SQL true where a stated number is in range, and its parameters: ``value`` the number's expression,
        ``unit`` that of its unit as stated (lower case, trimmed), ``bound`` a bound's placeholder. With a unit,
        the bounds are converted into each unit a product may state, so that no stated value is multiplied
        (a huge one would overflow PostgreSQL's float); without one, numbers compare as stated."""
        if self.unit is None:
            limits = self.limits()
            return " AND ".join(f"{value} {op} {bound}" for op, _ in limits), [b for _, b in limits]
        cases: list[str] = []
        params: list[Any] = []
        for unit_as_stated, factor in self.factors.items():
            limits = [(op, b / factor) for op, b in self.limits()]
            cases.append("WHEN ? THEN (" + " AND ".join(f"{value} {op} {bound}" for op, _ in limits) + ")")
            params += [unit_as_stated, *(b for _, b in limits)]
        return f"(CASE {unit} {' '.join(cases)} END)", params


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
