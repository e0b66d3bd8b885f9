"""The schemas of writes to a catalog's products: uploads (JSON, or a CSV, JSON Lines or BMEcat file) with the
deletes of the same transaction, how an uploaded BMEcat file was read, and deletes by id.

Configurable limits are read from the running app's settings at validation time, as in :mod:`.schemas`.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma

from ...config import DEFAULTS
from .. import request_scope
from .fields import Products, count_limit


class UploadRequest(ma.Schema):
    products = Products(
        load_default=list,
        metadata={
            "description": f"Products to upsert (at most PRODUCT_SEARCH_MAX_UPLOAD, default {DEFAULTS.max_upload}). "
            "Also accepted: multipart/form-data with a CSV, JSON Lines or BMEcat `file`."
        },
    )
    delete = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(min=1, max=256)),
        load_default=list,
        metadata={"description": "Ids of products to delete in the same transaction (unknown ones are listed)."},
    )
    replace = ma.fields.Boolean(
        load_default=False,
        metadata={"description": "Make the catalog exactly these products: every other one is deleted."},
    )

    @ma.pre_load
    def _limits(self, data: Any, **_: Any) -> Any:
        count_limit(data, "products", "max_upload", "; load larger catalogs with `product-search load`")
        count_limit(data, "delete", "max_upload")
        return data

    @ma.validates_schema
    def _something_to_do(self, data: dict[str, Any], **_: Any) -> None:
        products, delete = data["products"], data["delete"]
        if data["replace"] and not products:
            raise ma.ValidationError("replacing a catalog by no products would empty it: delete the catalog", "replace")
        if not products and not delete and request_scope.file_read() is None:  # a file may change no text
            raise ma.ValidationError("at least one product, or ids to delete", "products")
        if both := sorted({p["id"] for p in products} & set(delete))[:20]:
            raise ma.ValidationError(f"ids both upserted and deleted: {both}", "delete")


class SkippedElement(ma.Schema):
    element = ma.fields.String(required=True, metadata={"description": 'e.g. "PRODUCT 17 (HB-M8-40)"'})
    reason = ma.fields.String(required=True)


class FileRead(ma.Schema):
    """How a BMEcat file was read."""

    bmecat_version = ma.fields.String(required=True)
    transaction = ma.fields.String(
        required=True, metadata={"description": "new_catalog, update_products or update_prices"}
    )
    catalog_id = ma.fields.String(allow_none=True, required=True)
    language = ma.fields.String(allow_none=True, required=True)
    articles = ma.fields.Integer(required=True, metadata={"description": "Articles in the file, skipped ones too."})
    upserted = ma.fields.Integer(required=True)
    deleted = ma.fields.Integer(required=True, metadata={"description": "Articles of mode delete."})
    price_updates = ma.fields.Integer(required=True, metadata={"description": "Articles of T_UPDATE_PRICES: no text."})
    classes = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.Integer(), required=True,
        metadata={"description": "Products per class (system, id, name), the 50 commonest."},
    )  # fmt: skip
    catalog_groups = ma.fields.Integer(
        required=True, metadata={"description": "Groups of the catalog's own group system (CATALOG_GROUP_SYSTEM)."}
    )
    features = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.Integer(), required=True,
        metadata={"description": "Products per feature name, the 50 commonest."},
    )  # fmt: skip
    skipped = ma.fields.Integer(required=True)
    skipped_elements = ma.fields.List(ma.fields.Nested(SkippedElement), required=True)
    warnings = ma.fields.List(ma.fields.String(), required=True)


class UploadResponse(ma.Schema):
    catalog = ma.fields.String(required=True)
    upserted = ma.fields.Integer(attribute="count", required=True)
    deleted = ma.fields.Integer(required=True, metadata={"description": "Products deleted by this upload."})
    not_found = ma.fields.List(
        ma.fields.String(), required=True, metadata={"description": "Ids asked to be deleted that the catalog lacks."}
    )
    version = ma.fields.Integer(required=True)
    created = ma.fields.Boolean(required=True)
    truncated = ma.fields.Integer(
        required=True, metadata={"description": "Descriptions cut at the model's max sequence length."}
    )
    bmecat = ma.fields.Nested(
        FileRead, attribute="file_read", allow_none=True, required=True,
        metadata={"description": "How an uploaded BMEcat file was read (null for other uploads)."},
    )  # fmt: skip


class DeleteIdsRequest(ma.Schema):
    ids = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(min=1, max=256)), required=True, validate=ma.validate.Length(min=1)
    )

    @ma.pre_load
    def _limits(self, data: Any, **_: Any) -> Any:
        count_limit(data, "ids", "max_upload")
        return data


class DeleteIdsResponse(ma.Schema):
    catalog = ma.fields.String(required=True)
    deleted = ma.fields.Integer(attribute="count", required=True)
    not_found = ma.fields.List(ma.fields.String(), required=True)
    version = ma.fields.Integer(required=True)
