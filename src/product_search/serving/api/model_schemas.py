"""marshmallow schemas of the model's own endpoints: its vectors (``/v1/embeddings``), the model repository
(``/v1/models``) and migrations (``.../migrations``)."""

from __future__ import annotations

from typing import Any

import marshmallow as ma

from .fields import count_limit, descriptions_field
from .schemas import ModelUsedSchema, model_ref_field


class EmbeddingsRequest(ma.Schema):
    model = model_ref_field()
    inputs = descriptions_field("Texts to embed", "M8 hex bolt stainless")
    input_type = ma.fields.String(load_default="query", validate=ma.validate.OneOf(["query", "document"]))

    @ma.pre_load
    def _limits(self, data: Any, **_: Any) -> Any:
        count_limit(data, "inputs", "max_descriptions")
        return data


class Embedding(ma.Schema):
    index = ma.fields.Integer(required=True)
    embedding = ma.fields.List(ma.fields.Float(), required=True)
    tokens = ma.fields.Integer(required=True)
    truncated = ma.fields.Boolean(required=True)


class Fingerprint(ma.Schema):
    ref = ma.fields.String(metadata={"description": "name:version of the model."})
    fingerprint = ma.fields.String(metadata={"description": "The fingerprint's id (as in search responses)."})
    id = ma.fields.String(required=True)
    name = ma.fields.String(required=True)
    weights_sha256 = ma.fields.String(required=True)
    graph_sha256 = ma.fields.String(
        metadata={"description": "SHA-256 of the ONNX graph served (absent for the torch backend: the weights are)."}
    )
    dimension = ma.fields.Integer(required=True)
    query_prompt = ma.fields.String(required=True)
    document_prompt = ma.fields.String(required=True)
    backend = ma.fields.String(required=True)
    normalized = ma.fields.Boolean(required=True)


class EmbeddingsResponse(ma.Schema):
    data = ma.fields.List(ma.fields.Nested(Embedding), required=True)
    dimension = ma.fields.Integer(required=True)
    input_type = ma.fields.String(required=True)
    total_tokens = ma.fields.Integer(required=True)
    truncated = ma.fields.Integer(required=True, metadata={"description": "Inputs cut at max_seq_length."})
    model = ma.fields.Nested(Fingerprint, required=True)


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
    hybrid_dense_weight = ma.fields.Float(
        required=True,
        allow_none=True,
        metadata={
            "description": "The hybrid fusion's weight of this version's cosine, chosen for it when imported; null: "
            "the service's (PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT, else 0.6). A weight the service sets wins."
        },
    )
    hybrid_dense_weight_in_effect = ma.fields.Float(
        required=True,
        metadata={
            "description": "The weight this service's convex fusion (PRODUCT_SEARCH_FUSION, the default) gives this "
            "version's cosine: PRODUCT_SEARCH_HYBRID_DENSE_WEIGHT where set, else the version's own, else 0.6. "
            "Reciprocal-rank fusion (rrf) uses no weight."
        },
    )
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
