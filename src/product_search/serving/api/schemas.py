"""marshmallow schemas: the same classes validate requests and generate the OpenAPI document.

Configurable limits are read from the running app's settings at validation time, so the spec
states them in words (their defaults) and the service enforces the configured values.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma

from ...config import DEFAULTS, MODES
from ...errors import InvalidInput
from ...storage.filters import ProductFilter
from .fields import (
    Cursor,
    chars_limit,
    check_page_limit,
    count_limit,
    descriptions_field,
    queries_field,
    top_k_field,
)


def model_ref_field() -> ma.fields.String:
    return ma.fields.String(
        load_default=None,
        validate=ma.validate.Length(min=1, max=200),
        metadata={
            "description": "The model version to use: name:version, name@alias or name (its production alias). "
            f"Default: PRODUCT_SEARCH_MODEL ({DEFAULTS.model}).",
            "example": "all-minilm-l6-v2:1",
        },
    )


class ModelUsedSchema(ma.Schema):
    ref = ma.fields.String(required=True, metadata={"description": "name:version of the model that answered."})
    fingerprint = ma.fields.String(required=True)
    generation = ma.fields.Integer(
        allow_none=True, metadata={"description": "The catalog generation (its vectors by this model)."}
    )


class SimilarityRequest(ma.Schema):
    model = model_ref_field()
    queries = queries_field()
    product_descriptions = descriptions_field(
        "Descriptions to rank", "High-performance circular saw with laser guide for accurate cuts."
    )
    top_k = top_k_field(3)

    @ma.pre_load
    def _limits(self, data: Any, **_: Any) -> Any:
        count_limit(data, "queries", "max_queries")
        count_limit(data, "product_descriptions", "max_descriptions")
        return data


class SimilarityHit(ma.Schema):
    corpus_id = ma.fields.Integer(required=True, metadata={"description": "Index in product_descriptions."})
    product_description = ma.fields.String(required=True)
    score = ma.fields.Float(required=True, metadata={"description": "Cosine similarity."})


class SimilarityResponse(ma.Schema):
    results = ma.fields.List(ma.fields.List(ma.fields.Nested(SimilarityHit)), required=True)
    model = ma.fields.Nested(ModelUsedSchema, required=True)


class SearchRequest(ma.Schema):
    queries = queries_field()
    top_k = top_k_field(5)
    mode = ma.fields.String(
        load_default=None,
        validate=ma.validate.OneOf(MODES),
        metadata={
            "description": "dense: the embedding model alone; lexical: BM25 with identifier matching; hybrid: "
            f"both fused. Default: PRODUCT_SEARCH_SEARCH_MODE ({DEFAULTS.search_mode}). In lexical and hybrid, "
            "products that hold the query's part numbers, EAN/GTIN codes or standards (DIN 933) rank first; in "
            "hybrid, then products of the type the query names, those in the asked-for size (M8x40) first.",
            "example": "hybrid",
        },
    )
    min_score = ma.fields.Float(
        load_default=None,
        allow_nan=False,
        validate=ma.validate.Range(min=-1.0, max=1.0),
        metadata={
            "description": "Drop results scoring below this (exact part number, barcode and standard hits, and "
            "the named type in the asked-for size, are kept), so that an empty list "
            "means 'no product matches'. Default: PRODUCT_SEARCH_MIN_SCORE (none). The score is the cosine "
            "similarity (dense), BM25 relative to the best possible for the query (lexical, 0..1), or their "
            "weighted sum (hybrid).",
            "example": 0.4,
        },
    )
    filter = ma.fields.Dict(
        keys=ma.fields.String(validate=ma.validate.Length(min=1, max=128)),
        values=ma.fields.Raw(allow_none=True),
        load_default=None,
        allow_none=True,
        metadata={
            "description": "Keeps only the products that match every key, before ranking. A metadata key: its value "
            "equals this (JSON type included). `class`: a class id or name, or a list of them (any): one of the "
            "product's `classes` (as a BMEcat file gives them; ids compared without case and dashes). `feature`: "
            "feature name -> range (`gte`, `gt`, `lte`, `lt`, optional `unit`): one of the product's `features` "
            "of that name (case aside) has a number in the range, converted from its own unit (mm, cm, in, MMT ...) "
            "where a unit is given.",
            "example": {
                "brand": "Makita",
                "class": "EC000180",
                "feature": {"diameter": {"gte": 6, "lte": 10, "unit": "mm"}},
            },
        },
    )

    @ma.validates("filter")
    def _filter(self, value: dict[str, Any] | None, **_: Any) -> None:
        if value is not None:
            try:
                ProductFilter.parse(value)
            except InvalidInput as exc:  # one list under "filter": "filter.feature.x: ..." for each problem
                problems = [f"{where}: {m}" for where, ms in exc.fields.items() for m in ms] or [exc.message]
                raise ma.ValidationError(problems) from exc

    @ma.pre_load
    def _limits(self, data: Any, **_: Any) -> Any:
        count_limit(data, "queries", "max_queries")
        chars_limit(data, "queries", "max_search_chars")
        if isinstance(data, dict) and isinstance(data.get("filter"), dict) and len(data["filter"]) > 32:
            raise ma.ValidationError({"filter": ["at most 32 keys"]})
        return data


class SearchHit(ma.Schema):
    id = ma.fields.String(required=True)
    description = ma.fields.String(required=True)
    score = ma.fields.Float(
        required=True,
        metadata={
            "description": "The order's score, never rising down the list: the highest similarity (signals."
            "similarity) at or below this place. A product placed above a more similar one (the named type "
            "above an accessory, an exact code) stands for that similarity; min_score cuts on this score."
        },
    )
    metadata = ma.fields.Dict(allow_none=True, required=True)
    matched = ma.fields.List(
        ma.fields.String(
            validate=ma.validate.OneOf(("dense", "lexical", "identifier", "attribute", "type", "accessory"))
        ),
        required=True,
        metadata={
            "description": "Signals that matched: dense (among the model's nearest), lexical (shares a query "
            "term), identifier (holds a part number, barcode or standard of the query, or its family), "
            "attribute (holds a size or other quantity of the query), type (is of a product type the query "
            "names), accessory (is made for a type the query names, or its name extends it: a saw's blade).",
            "example": ["dense", "lexical", "attribute", "type"],
        },
    )
    signals = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.Float(),
        required=True,
        metadata={
            "description": "Each signal's score: dense (cosine; in hybrid mode of the query with its corrections), "
            "lexical (BM25 over the query's best, 0..1), "
            "similarity (the mode's: dense, lexical or their fusion; score before placing).",
            "example": {"dense": 0.71, "lexical": 0.83, "similarity": 0.758},
        },
    )


class ReadIdentifierSchema(ma.Schema):
    text = ma.fields.String(required=True, metadata={"description": "As typed.", "example": "DCD 633Z"})
    kind = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(("part", "gtin", "standard", "dimension")),
        metadata={"example": "part"},
    )
    value = ma.fields.String(
        required=True, metadata={"description": "Normalized, as in the catalog's texts.", "example": "dcd633z"}
    )
    strong = ma.fields.Boolean(
        required=True,
        metadata={
            "description": "A part number, barcode or standard (may rank a product first); else a size or "
            "other quantity (orders the products of the asked-for type)."
        },
    )


class SynonymUsedSchema(ma.Schema):
    term = ma.fields.String(required=True, metadata={"description": "As typed.", "example": "non return valve"})
    equivalents = ma.fields.List(ma.fields.String(), required=True, metadata={"example": ["check valve"]})


class CorrectionSchema(ma.Schema):
    term = ma.fields.String(required=True, metadata={"description": "As typed, in lower case.", "example": "impackt"})
    searched_as = ma.fields.String(
        required=True,
        metadata={"description": "The catalog's word one typing slip away, searched instead.", "example": "impact"},
    )


class ReadingSchema(ma.Schema):
    identifiers = ma.fields.List(ma.fields.Nested(ReadIdentifierSchema), required=True)
    types = ma.fields.List(
        ma.fields.String(),
        required=True,
        metadata={
            "description": "The catalog's product types the query names (in hybrid mode they rank first where "
            "the model agrees).",
            "example": ["hex bolt"],
        },
    )
    synonyms = ma.fields.List(
        ma.fields.Nested(SynonymUsedSchema),
        required=True,
        metadata={"description": "The catalog's synonyms the query used: its words and types read them too."},
    )
    corrections = ma.fields.List(
        ma.fields.Nested(CorrectionSchema),
        required=True,
        metadata={
            "description": "Words the catalog lacks that the words search read as its own, one typing slip away "
            "(in hybrid mode the model reads them so too; in dense mode it reads the query as typed)."
        },
    )


class SearchResponse(ma.Schema):
    catalog = ma.fields.String(required=True)
    version = ma.fields.Integer(required=True)
    mode = ma.fields.String(required=True, metadata={"description": "The search mode used."})
    readings = ma.fields.List(
        ma.fields.Nested(ReadingSchema),
        required=True,
        metadata={"description": "How each query was read: its identifiers as normalized, the types it names."},
    )
    results = ma.fields.List(ma.fields.List(ma.fields.Nested(SearchHit)), required=True)
    model = ma.fields.Nested(ModelUsedSchema, required=True)


class Generation(ma.Schema):
    id = ma.fields.Integer(required=True)
    model = ma.fields.String(required=True, metadata={"description": "name:version"})
    fingerprint = ma.fields.String(required=True)
    state = ma.fields.String(required=True, metadata={"description": "active, building or retained"})
    vectors = ma.fields.Integer(required=True)
    created_at = ma.fields.Float(required=True)
    switched_at = ma.fields.Float(allow_none=True)


class IndexHealthSchema(ma.Schema):
    loaded = ma.fields.Boolean(
        required=True, metadata={"description": "This process holds the catalog's indexes (else: on first search)."}
    )
    unreadable = ma.fields.Integer(
        required=True,
        metadata={"description": "Products indexed without words: the text analyzer failed on them (logged)."},
    )
    unreadable_ids = ma.fields.List(ma.fields.String(), required=True, metadata={"description": "The first 20."})
    failure = ma.fields.String(
        allow_none=True,
        required=True,
        metadata={"description": "Why the last index build failed in this process (searches answer 503)."},
    )


class Catalog(ma.Schema):
    name = ma.fields.String(required=True)
    version = ma.fields.Integer(required=True)
    product_count = ma.fields.Integer(required=True)
    model = ma.fields.Nested(ModelUsedSchema, required=True, metadata={"description": "Its active generation's."})
    fingerprint = ma.fields.String(required=True)
    fingerprint_matches = ma.fields.Boolean(
        required=True, metadata={"description": "Its model is in the repository for this service's backend."}
    )
    created_at = ma.fields.Float(required=True)
    updated_at = ma.fields.Float(required=True)
    language = ma.fields.String(
        allow_none=True,
        required=True,
        metadata={
            "description": "The language its text is written in, as the last BMEcat file that declared one gave it"
            " (a code in lower case: `eng`, `deu`, `en-gb`); null where none did. The default model reads English."
        },
    )
    generations = ma.fields.List(
        ma.fields.Nested(Generation), metadata={"description": "Live generations (on the catalog's own page)."}
    )
    index = ma.fields.Nested(
        IndexHealthSchema, allow_none=True, metadata={"description": "Its derived indexes (on its own page)."}
    )


class CatalogList(ma.Schema):
    catalogs = ma.fields.List(ma.fields.Nested(Catalog), required=True)


class StoredProduct(ma.Schema):
    id = ma.fields.String(required=True)
    description = ma.fields.String(required=True)
    metadata = ma.fields.Dict(allow_none=True, required=True)
    updated_at = ma.fields.Float(required=True)


class ProductPageArgs(ma.Schema):
    cursor = Cursor(
        load_default=None, metadata={"description": "A page's next_cursor; none: the first page.", "maxLength": 200}
    )
    limit = ma.fields.Integer(load_default=50, validate=check_page_limit)


class ProductPage(ma.Schema):
    catalog = ma.fields.String(required=True)
    products = ma.fields.List(ma.fields.Nested(StoredProduct), required=True)
    next_cursor = Cursor(
        attribute="after",
        allow_none=True,
        required=True,
        metadata={"description": "Pass back as cursor for the next page; null on the last page."},
    )


class Health(ma.Schema):
    status = ma.fields.String(required=True)
    details = ma.fields.Dict()

    @ma.post_dump
    def _without_empty_details(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        if not data.get("details"):
            data.pop("details", None)  # liveness says nothing more than "ok"
        return data


class Info(ma.Schema):
    service = ma.fields.String(required=True)
    version = ma.fields.String(required=True)
    model = ma.fields.Dict(required=True)
    limits = ma.fields.Dict(required=True)
    process = ma.fields.Dict(required=True)


class ErrorBody(ma.Schema):
    code = ma.fields.String(required=True, metadata={"example": "validation_error"})
    message = ma.fields.String(required=True)
    details = ma.fields.Dict(required=True)


class Error(ma.Schema):
    error = ma.fields.Nested(ErrorBody, required=True)
