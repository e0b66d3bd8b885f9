"""Fields and checks the request and response schemas share: limits read from the running settings,
page cursors, count limits that answer 413."""

from __future__ import annotations

from typing import Any

import marshmallow as ma

from ...config import DEFAULTS, Settings
from ...errors import TooLarge
from ...search.ingest import NOT_BLANK, ProductSchema, product_schema
from ..state import state
from .cursors import decode_cursor, encode_cursor


def settings() -> Settings:
    """The running app's settings: limits are checked against them at validation time."""
    return state().settings


class Text(ma.fields.String):
    """A non-blank string whose maximum length is a setting (``max_query_chars`` or ``max_description_chars``)."""

    def __init__(self, limit: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limit = limit
        self.metadata = {"minLength": 1, "pattern": NOT_BLANK, **self.metadata}  # documents the blank check

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text: str = super()._deserialize(value, attr, data, **kwargs)
        if not text.strip():
            raise ma.ValidationError("must not be empty or blank")
        limit = getattr(settings(), self.limit)
        if len(text) > limit:
            raise ma.ValidationError(f"longer than {limit} characters")
        return text


class Products(ma.fields.List[dict[str, Any]]):
    """Products to upsert (documented as a list of :class:`.ProductSchema`), each loaded once against the running
    settings' limits (description length, metadata size): a nested schema cannot see them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(ma.fields.Nested(ProductSchema), **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> list[dict[str, Any] | None]:
        if not ma.utils.is_collection(value):
            raise self.make_error("invalid")
        s = settings()
        schema = product_schema(s.max_description_chars, s.max_metadata_bytes, many=True)
        nulls: dict[int, Any] = {i: [self.inner.error_messages["null"]] for i, item in enumerate(value) if item is None}
        try:  # a null keeps its place (its index in the errors) and its own message
            loaded: list[dict[str, Any] | None] = schema.load([{} if item is None else item for item in value])
        except ma.ValidationError as exc:
            messages = exc.messages if isinstance(exc.messages, dict) else {"_schema": exc.messages}
            raise ma.ValidationError({**messages, **nulls}) from exc
        if nulls:
            raise ma.ValidationError(nulls)
        return loaded


def count_limit(data: Any, field: str, limit_name: str, hint: str = "") -> None:
    """Reject an oversized list before validating its items (a 413, not field errors)."""
    if isinstance(data, dict) and isinstance(data.get(field), list):
        limit = getattr(settings(), limit_name)
        if len(data[field]) > limit:
            raise TooLarge(
                f"{len(data[field])} {field} in one request; the limit is {limit}{hint}",
                {"field": field, "count": len(data[field]), "limit": limit},
            )


def chars_limit(data: Any, field: str, limit_name: str) -> None:
    """Reject a list of texts whose characters together are over a limit (a 413): what a request's text
    analysis costs is linear in them, and the per-text and per-count limits multiply."""
    if isinstance(data, dict) and isinstance(data.get(field), list):
        total = sum(len(t) for t in data[field] if isinstance(t, str))
        limit = getattr(settings(), limit_name)
        if total > limit:
            raise TooLarge(
                f"{total} characters of {field} in one request; the limit is {limit}",
                {"field": field, "characters": total, "limit": limit},
            )


def top_k_field(default: int) -> ma.fields.Integer:
    return ma.fields.Integer(
        load_default=default,
        strict=True,
        validate=check_top_k,
        metadata={
            "description": f"Results per query, 1..PRODUCT_SEARCH_MAX_TOP_K (default limit {DEFAULTS.max_top_k}).",
            "minimum": 1,
            "example": default,
        },
    )


def check_top_k(value: int) -> None:
    limit = settings().max_top_k
    if not 1 <= value <= limit:
        raise ma.ValidationError(f"must be between 1 and {limit}")


def queries_field() -> ma.fields.List[str]:
    return ma.fields.List(
        Text("max_query_chars"),
        required=True,
        validate=ma.validate.Length(min=1),
        metadata={
            "description": f"Free-text queries (at most PRODUCT_SEARCH_MAX_QUERIES, default {DEFAULTS.max_queries}; "
            f"each at most PRODUCT_SEARCH_MAX_QUERY_CHARS, default {DEFAULTS.max_query_chars}).",
            "example": ["What can I use to cut?"],
        },
    )


def descriptions_field(what: str, example: str) -> ma.fields.List[str]:
    """Texts of description length, at most PRODUCT_SEARCH_MAX_DESCRIPTIONS per request (``what`` they are for)."""
    return ma.fields.List(
        Text("max_description_chars"),
        required=True,
        validate=ma.validate.Length(min=1),
        metadata={
            "description": f"{what} (at most PRODUCT_SEARCH_MAX_DESCRIPTIONS, default {DEFAULTS.max_descriptions}).",
            "example": [example],
        },
    )


def check_page_limit(value: int) -> None:
    limit = settings().page_limit
    if not 1 <= value <= limit:
        raise ma.ValidationError(f"must be between 1 and {limit}")


class Cursor(ma.fields.String):
    """An opaque page cursor on the wire, the product key after which the page starts in the service."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        return None if value is None else encode_cursor(value)

    # A String on the wire (and in the OpenAPI document), an int in the service.
    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:  # type: ignore[override]
        text: str = super()._deserialize(value, attr, data, **kwargs)
        if len(text) > 200:
            raise ma.ValidationError("longer than 200 characters")
        key = decode_cursor(text)
        if key is None:
            raise ma.ValidationError("not a cursor returned by this service")
        return key
