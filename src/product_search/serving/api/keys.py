"""``/v1/keys`` and ``/v1/audit``: API keys created, listed, revoked and rotated without a restart, and the audit
trail of changes; for keys with the admin action."""

from __future__ import annotations

from typing import Any

from ...access.keys import KeySpec, duration
from ...storage.keys import AuditRow, KeyRow
from ..state import state
from .auth import require
from .key_schemas import AuditArgs, AuditList, KeyCreateRequest, KeyList, KeyRotateRequest, KeySchema, KeySecret
from .parsing import Blueprint
from .views import ServiceView

blp = Blueprint("keys", __name__, url_prefix="/v1", description="API keys and the audit trail")


@blp.route("/keys")
class KeyCollection(ServiceView):
    admission = "none"

    @require("admin")
    @blp.response(200, KeyList)
    @blp.doc(operationId="listKeys")
    def get(self) -> dict[str, list[KeyRow]]:
        """Every stored key (never a secret): what it may do, where, and whether it is active."""
        return {"keys": state().keys.all()}

    @require("admin")
    @blp.arguments(KeyCreateRequest())
    @blp.response(201, KeySecret)
    @blp.doc(operationId="createKey")
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Create a key; its secret is in this answer only (the store keeps a hash)."""
        spec = KeySpec(
            body["name"], tuple(body["actions"]), tuple(body["catalogs"]),
            expires=body["expires"],
            write_rate=body["write_rate"], search_rate=body["search_rate"],
        )  # fmt: skip
        row, secret = state().keys.create(spec)
        return {"key": row, "secret": secret}


@blp.route("/keys/<string:key_id>")
class KeyItem(ServiceView):
    admission = "none"

    @require("admin")
    @blp.response(200, KeySchema)
    @blp.doc(operationId="getKey")
    def get(self, key_id: str) -> KeyRow:
        """One key."""
        return state().keys.get(key_id)


@blp.route("/keys/<string:key_id>/revoke")
class KeyRevoke(ServiceView):
    admission = "none"
    takes_body = False

    @require("admin")
    @blp.response(200, KeySchema)
    @blp.doc(operationId="revokeKey")
    def post(self, key_id: str) -> KeyRow:
        """Stop a key on every worker and node within a second; revoking twice is revoking once."""
        return state().keys.revoke(key_id)


@blp.route("/keys/<string:key_id>/rotate")
class KeyRotate(ServiceView):
    admission = "none"

    @require("admin")
    @blp.arguments(KeyRotateRequest())
    @blp.response(200, KeySecret)
    @blp.doc(operationId="rotateKey")
    def post(self, body: dict[str, Any], key_id: str) -> dict[str, Any]:
        """A new secret for the key; the old one keeps working for ``grace``."""
        row, secret = state().keys.rotate(key_id, duration(body["grace"], "grace"))
        return {"key": row, "secret": secret}


@blp.route("/audit")
class Audit(ServiceView):
    admission = "none"

    @require("admin")
    @blp.arguments(AuditArgs(), location="query")
    @blp.response(200, AuditList)
    @blp.doc(operationId="listAudit")
    def get(self, args: dict[str, Any]) -> dict[str, list[AuditRow]]:
        """Changes newest first: who (key id), what, on which catalog, counts; never a secret or a product text."""
        return {"entries": state().keys.audit(args["catalog"], args["key"], args["since"], args["limit"])}
