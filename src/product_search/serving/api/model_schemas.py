"""marshmallow schemas of the model repository and migrations (``/v1/models``, ``.../migrations``)."""

from __future__ import annotations

import marshmallow as ma

from .schemas import ModelUsedSchema


class MigrationRequest(ma.Schema):
    model = ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=200),
        metadata={
            "description": "The version to move to: name:version, name@alias or name.",
            "example": "all-minilm-l6-v2@candidate",
        },
    )
    switch = ma.fields.String(
        load_default="auto",
        validate=ma.validate.OneOf(("auto", "manual")),
        metadata={
            "description": "auto: switch when complete; manual: wait (state ready, shadow comparison) for "
            "POST .../switch."
        },
    )


class Migration(ma.Schema):
    id = ma.fields.String(required=True)
    catalog = ma.fields.String(required=True)
    source = ma.fields.Nested(ModelUsedSchema, required=True, data_key="from")
    target = ma.fields.Nested(ModelUsedSchema, required=True, data_key="to")
    state = ma.fields.String(required=True, metadata={"description": "running, ready, switched, failed or cancelled"})
    switch = ma.fields.String(required=True)
    done = ma.fields.Integer(required=True, metadata={"description": "Products with a vector of the new model."})
    total = ma.fields.Integer(required=True)
    rate = ma.fields.Float(allow_none=True, metadata={"description": "Products per second."})
    eta_seconds = ma.fields.Float(allow_none=True)
    error = ma.fields.String(allow_none=True)
    created_at = ma.fields.Float(required=True)
    updated_at = ma.fields.Float(required=True)
    shadow = ma.fields.Dict(
        metadata={"description": "Shadow comparison of live searches on the new generation (state ready)."}
    )


class MigrationList(ma.Schema):
    migrations = ma.fields.List(ma.fields.Nested(Migration), required=True)


class Rollback(ma.Schema):
    catalog = ma.fields.String(required=True)
    model = ma.fields.Nested(ModelUsedSchema, required=True, metadata={"description": "Active again."})


class ModelVersion(ma.Schema):
    ref = ma.fields.String(required=True)
    name = ma.fields.String(required=True)
    version = ma.fields.Integer(required=True)
    fingerprint = ma.fields.String(required=True, metadata={"description": "On this service's backend."})
    dimension = ma.fields.Integer(required=True)
    max_seq_length = ma.fields.Integer(required=True)
    query_prompt = ma.fields.String(required=True)
    document_prompt = ma.fields.String(required=True)
    aliases = ma.fields.List(ma.fields.String(), required=True)
    loaded = ma.fields.Boolean(required=True, metadata={"description": "Loaded in the worker that answered."})
    weights_bytes = ma.fields.Integer(
        required=True, metadata={"description": "The weights file this backend maps: its memory once loaded."}
    )
    source = ma.fields.String(required=True)
    created_at = ma.fields.Float(required=True)
    evaluation = ma.fields.Dict(required=True, metadata={"description": "Reports stored beside the version."})


class ModelList(ma.Schema):
    default = ma.fields.String(required=True, metadata={"description": "What PRODUCT_SEARCH_MODEL resolves to now."})
    models = ma.fields.List(ma.fields.Nested(ModelVersion), required=True)
