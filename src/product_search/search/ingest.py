"""Product records: one validation for every way products arrive (JSON body, CSV, JSON Lines, CLI).

Parsing turns bytes into plain records; :func:`validate_products` turns records into
:class:`~product_search.storage.store.NewProduct` objects or raises with row-level details.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable
from typing import Any

import marshmallow as ma

from ..errors import InvalidInput, MalformedInput
from ..storage.store import NewProduct

ID_MAX_CHARS = 256
_ID_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")
# The same rules as regular expressions, for the OpenAPI document (validation is the code below).
NOT_BLANK = r"\S"
ID_PATTERN = r"^[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*$"
FORMATS = ("csv", "jsonl", "bmecat")


def _json_size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def _depth(value: Any, level: int = 0) -> int:
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def validate_id(value: str) -> None:
    if not value.strip():
        raise ma.ValidationError("must not be empty or blank")
    if _ID_FORBIDDEN.search(value):
        raise ma.ValidationError("must not contain control characters")


class ProductSchema(ma.Schema):
    """One product: a caller-given id, its description, optional JSON metadata."""

    id = ma.fields.String(
        required=True,
        validate=[ma.validate.Length(min=1, max=ID_MAX_CHARS), validate_id],
        metadata={
            "description": "Caller-given product id, unique in the catalog (upsert key).",
            "example": "SKU-1001",
            "pattern": ID_PATTERN,
        },
    )
    description = ma.fields.String(
        required=True,
        metadata={
            "description": "Product description text to embed (not blank).",
            "example": "Cordless drill 18V",
            "minLength": 1,
            "pattern": NOT_BLANK,
        },
    )
    metadata = ma.fields.Dict(
        keys=ma.fields.String(validate=ma.validate.Length(min=1, max=128)),
        load_default=None,
        allow_none=True,
        metadata={"description": "Optional JSON object returned with results and usable in filters."},
    )

    @ma.validates("description")
    def _check_description(self, value: str, **_: Any) -> None:
        if not value.strip():
            raise ma.ValidationError("must not be empty or blank")
        limits = self.context_limits
        limit = limits["max_description_chars"] if limits else None
        if limit is not None and len(value) > limit:
            raise ma.ValidationError(f"longer than {limit} characters")

    @ma.validates("metadata")
    def _check_metadata(self, value: dict[str, Any] | None, **_: Any) -> None:
        if value is None:
            return
        if _depth(value) > 8:
            raise ma.ValidationError("nested deeper than 8 levels")
        limits = self.context_limits
        limit = limits["max_metadata_bytes"] if limits else None
        if limit is not None and _json_size(value) > limit:
            raise ma.ValidationError(f"larger than {limit} bytes as JSON")

    @property
    def context_limits(self) -> dict[str, int] | None:
        # Set by product_schema(); a bare nested schema only checks what needs no setting.
        return getattr(self, "limits", None)


def product_schema(max_description_chars: int, max_metadata_bytes: int, many: bool = False) -> ProductSchema:
    schema = ProductSchema(many=many)
    schema.limits = {  # type: ignore[attr-defined]
        "max_description_chars": max_description_chars,
        "max_metadata_bytes": max_metadata_bytes,
    }
    return schema


def validate_products(
    records: list[dict[str, Any]], max_description_chars: int, max_metadata_bytes: int
) -> list[NewProduct]:
    """Validate records, reject duplicate ids; raise :class:`InvalidInput` listing bad rows."""
    schema = product_schema(max_description_chars, max_metadata_bytes)
    errors: dict[str, Any] = {}
    products: list[NewProduct] = []
    for i, record in enumerate(records):
        try:
            data = schema.load(record)
        except ma.ValidationError as exc:
            errors[str(i)] = exc.messages
            continue
        products.append(NewProduct(id=data["id"], description=data["description"], metadata=data["metadata"]))
    if errors:
        raise InvalidInput("some products are invalid", {"products": errors})
    check_unique_ids(products)
    return products


def check_unique_ids(products: Iterable[NewProduct]) -> None:
    seen: dict[str, int] = {}
    dupes: dict[str, list[int]] = {}
    for i, p in enumerate(products):
        if p.id in seen:
            dupes.setdefault(p.id, [seen[p.id]]).append(i)
        else:
            seen[p.id] = i
    if dupes:
        shown = dict(list(dupes.items())[:20])
        raise InvalidInput(
            f"{len(dupes)} product id(s) appear more than once in this upload",
            {"duplicate_ids": shown},
        )


def detect_format(filename: str | None, content_type: str | None, head: bytes) -> str:
    """Pick ``csv``, ``jsonl`` or ``bmecat`` (XML) from the file name, then the content type, then the content."""
    name = (filename or "").lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith(".xml"):
        return "bmecat"
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ("text/csv", "application/csv"):
        return "csv"
    if ctype in ("application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/json"):
        return "jsonl"
    if ctype in ("application/xml", "text/xml"):
        return "bmecat"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "bmecat"  # UTF-16 (a byte-order mark): XML declares it, CSV and JSON Lines here are UTF-8
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    return {b"{": "jsonl", b"<": "bmecat"}.get(first, "csv")


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise MalformedInput("file is not valid UTF-8", {"line": line, "byte_offset": exc.start}) from exc


def parse_csv(text: str) -> list[dict[str, Any]]:
    """CSV with a header naming ``id`` and ``description``; other columns become metadata."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise MalformedInput("CSV file is empty")
        header = [h.strip() for h in header]
        missing = [c for c in ("id", "description") if c not in header]
        if missing:
            raise MalformedInput("CSV header lacks required column(s)", {"missing_columns": missing, "header": header})
        if len(set(header)) != len(header) or "" in header:
            raise MalformedInput("CSV header has empty or repeated column names", {"header": header})
        records: list[dict[str, Any]] = []
        for row in reader:
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise MalformedInput(
                    f"CSV line {reader.line_num} has {len(row)} fields, the header has {len(header)}",
                    {"line": reader.line_num},
                )
            values = dict(zip(header, row, strict=True))
            meta = {k: v for k, v in values.items() if k not in ("id", "description") and v != ""}
            records.append({"id": values["id"], "description": values["description"], "metadata": meta or None})
    except csv.Error as exc:
        raise MalformedInput(f"malformed CSV near line {reader.line_num}: {exc}", {"line": reader.line_num}) from exc
    return records


# An escaped surrogate somewhere in the raw text: only then is the parsed value walked.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


# Integers a store can hold and compare (SQLite and PostgreSQL bigint are 64-bit): a larger one in a filter or
# a metadata value would fail in the database instead of being refused here.
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1


def _int64(text: str) -> int:
    if len(text) > 20:  # longer than any 64-bit integer (and no 4,300-digit conversion is attempted)
        raise ValueError(f"{text[:32]}... is not a JSON number this service can store: out of range")
    value = int(text)
    if not _INT_MIN <= value <= _INT_MAX:
        raise ValueError(f"{text} is not a JSON number this service can store: out of the 64-bit range")
    return value


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:32]} is not a JSON number: out of range")
    return value


def loads_strict(text: str) -> Any:
    """:func:`json.loads`, refusing what it lets through but the service cannot store or return.

    That is NaN, Infinity and 1e999 (not JSON numbers: clients could not read them back), integers
    outside the 64-bit range (the store cannot hold or compare them), and lone UTF-16 surrogate escapes (not
    Unicode characters: they cannot be encoded for the store). Raises :class:`json.JSONDecodeError` with the reason.
    """
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=_finite, parse_int=_int64)
    except json.JSONDecodeError:
        raise
    except ValueError as exc:
        reason = str(exc) if "JSON number" in str(exc) else "number too long"
        raise json.JSONDecodeError(reason, text[:64] or "<empty>", 0) from exc
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise json.JSONDecodeError("string holds a lone UTF-16 surrogate", text[:64], 0)
    return value


def parse_jsonl(text: str) -> list[dict[str, Any]]:
    """One JSON object per line: ``{"id", "description", "metadata"?}``; blank lines are skipped."""
    records: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = loads_strict(line)
        except json.JSONDecodeError as exc:
            raise MalformedInput(f"JSON Lines line {number} is not valid JSON: {exc.msg}", {"line": number}) from exc
        if not isinstance(value, dict):
            raise MalformedInput(f"JSON Lines line {number} is not a JSON object", {"line": number})
        records.append(value)
    return records


def parse_file(data: bytes, fmt: str) -> list[dict[str, Any]]:
    """The records of a CSV or JSON Lines file (a BMEcat file is a transaction: :class:`.bmecat_files.BMEcatFile`)."""
    if fmt not in ("csv", "jsonl"):
        raise ValueError(f"parse_file reads csv or jsonl, not {fmt}")
    text = decode_utf8(data)
    records = parse_csv(text) if fmt == "csv" else parse_jsonl(text)
    if not records:
        raise InvalidInput("file holds no products")
    return records
