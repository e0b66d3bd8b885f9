"""The schemas of API keys and the audit trail (``/v1/keys``, ``/v1/audit``).

The domain checks a key field by field (:meth:`~product_search.access.keys.KeySpec.check`): one definition of the
rules for the API and the CLI, and a 422 naming each field; the schema states the same limits in OpenAPI.
"""

from __future__ import annotations

import marshmallow as ma

from ...access.keys import ACTIONS, MAX_NAME, MAX_PATTERNS, state_of
from ...storage.keys import KeyRow

_PATTERN = {"description": "a catalog name, a prefix ending in * ('acme-*'), or * for every catalog",
            "example": "acme-*", "maxLength": 65}  # fmt: skip


class KeyCreateRequest(ma.Schema):
    name = ma.fields.String(required=True, metadata={"maxLength": MAX_NAME, "example": "acme storefront"})
    actions = ma.fields.List(
        ma.fields.String(metadata={"enum": list(ACTIONS)}),
        required=True,
        metadata={"description": "what the key may do; admin is every action (and managing keys)"},
    )
    catalogs = ma.fields.List(
        ma.fields.String(metadata=_PATTERN), required=True, metadata={"maxItems": MAX_PATTERNS, "minItems": 1}
    )
    expires = ma.fields.String(
        load_default=None, metadata={"description": "lifetime: 90s, 15m, 12h or 30d (none: until revoked)"}
    )
    write_rate = ma.fields.Float(
        load_default=None, metadata={"description": "writes per second (default: the service's write rate)"}
    )
    search_rate = ma.fields.Float(
        load_default=None, metadata={"description": "searches per second (default: no limit)"}
    )


class KeyRotateRequest(ma.Schema):
    grace = ma.fields.String(
        load_default="0s", metadata={"description": "how long the old secret keeps working: 0s to 30d", "example": "1h"}
    )


class KeySchema(ma.Schema):
    id = ma.fields.String(metadata={"description": "public: the part of the secret after ps_"})
    name = ma.fields.String()
    actions = ma.fields.List(ma.fields.String())
    catalogs = ma.fields.List(ma.fields.String())
    state = ma.fields.Method("_state", metadata={"enum": ["active", "expired", "revoked"]})
    created_at = ma.fields.Float()
    expires_at = ma.fields.Float(allow_none=True)
    revoked_at = ma.fields.Float(allow_none=True)
    last_used_at = ma.fields.Float(allow_none=True, metadata={"description": "coarse: to the minute"})
    previous_until = ma.fields.Float(allow_none=True, metadata={"description": "the rotated-out secret works until"})
    write_rate = ma.fields.Float(allow_none=True)
    search_rate = ma.fields.Float(allow_none=True)

    def _state(self, row: KeyRow) -> str:
        return state_of(row)


class KeyList(ma.Schema):
    keys = ma.fields.List(ma.fields.Nested(KeySchema))


class KeySecret(ma.Schema):
    key = ma.fields.Nested(KeySchema)
    secret = ma.fields.String(metadata={"description": "shown this once: only its hash is kept"})


class AuditArgs(ma.Schema):
    catalog = ma.fields.String(load_default=None)
    key = ma.fields.String(load_default=None)
    since = ma.fields.Float(load_default=0.0, metadata={"description": "entries after this time (Unix seconds)"})
    limit = ma.fields.Integer(load_default=100, validate=ma.validate.Range(min=1, max=1000))


class AuditEntry(ma.Schema):
    id = ma.fields.Integer()
    at = ma.fields.Float()
    key_id = ma.fields.String(allow_none=True)
    action = ma.fields.String()
    catalog = ma.fields.String(allow_none=True)
    details = ma.fields.Dict()


class AuditList(ma.Schema):
    entries = ma.fields.List(ma.fields.Nested(AuditEntry))
