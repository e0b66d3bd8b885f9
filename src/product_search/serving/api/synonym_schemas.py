"""The schemas of a catalog's synonym sets (``/v1/catalogs/<c>/synonyms``).

The domain validates the sets (:meth:`~product_search.text.synonyms.Synonyms.parse`): its limits and rules
are one definition for the API, the CLI and the store, and its refusal names each field (``sets.3.1``) in
the 422 every invalid request gets. The schema states the same rules in the OpenAPI document.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma

from ...text.synonyms import MAX_SETS, MAX_TERM_CHARS, MAX_TERMS, MIN_TERMS, Synonyms

_TERM = {
    "minLength": 1,
    "maxLength": MAX_TERM_CHARS,
    "pattern": r"[^\W_]",  # a letter or digit
    "description": "Words, matched whole, case-insensitively, with hyphens and spaces alike and plurals "
    "tolerated; trimmed and lower-cased when set.",
}


class SynonymSetsField(ma.fields.List[Any]):
    """Sets of equivalent terms on the wire (lists of strings), :class:`Synonyms` in the service."""

    def __init__(self, **kwargs: Any) -> None:
        terms = ma.fields.List(
            ma.fields.String(metadata=_TERM),
            metadata={"minItems": MIN_TERMS, "maxItems": MAX_TERMS, "example": ["non-return valve", "check valve"]},
        )
        super().__init__(terms, **kwargs)

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> list[list[str]] | None:
        return None if value is None else list(value.to_json())

    # A list on the wire (and in the OpenAPI document), Synonyms in the service.
    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Synonyms:  # type: ignore[override]
        return Synonyms.parse(value)  # InvalidInput: a 422 naming each field (sets.3.1)


_DESCRIPTION = (
    f"Sets of equivalent terms (at most {MAX_SETS} sets of {MIN_TERMS} to {MAX_TERMS} terms, each term at most "
    f"{MAX_TERM_CHARS} characters with a letter or digit). A term may be in one set only (equivalence would "
    "otherwise chain); a term repeated in its set is kept once. [] removes every set."
)


class SynonymsRequest(ma.Schema):
    sets = SynonymSetsField(
        required=True,
        metadata={
            "description": _DESCRIPTION,
            "maxItems": MAX_SETS,
            "example": [["non-return valve", "check valve"], ["allen key", "hex key"]],
        },
    )


class SynonymsResponse(ma.Schema):
    catalog = ma.fields.String(required=True)
    version = ma.fields.Integer(
        required=True, metadata={"description": "The catalog version (a new one after each PUT)."}
    )
    sets = SynonymSetsField(
        attribute="synonyms", required=True, metadata={"description": "As stored: trimmed and lower-cased."}
    )
