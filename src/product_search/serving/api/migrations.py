"""Migration views: move a catalog to another model version while it answers; switch, cancel, roll back."""

from __future__ import annotations

from typing import Any

from ...catalogs import check_catalog_name
from ...migration.migrations import MigrationStatus
from ..state import state
from .auth import require
from .model_schemas import Migration, MigrationList, MigrationRequest, Rollback
from .parsing import Blueprint
from .views import ServiceView

blp = Blueprint(
    "migrations", __name__, url_prefix="/v1/catalogs", description="Model migrations of catalogs (zero downtime)"
)


@blp.route("/<catalog:catalog>/migrations")
class MigrationCollection(ServiceView):
    @require("read")
    @blp.response(200, MigrationList)
    @blp.doc(operationId="listMigrations")
    def get(self, catalog: str) -> dict[str, list[MigrationStatus]]:
        """The catalog's migrations, newest first."""
        return {"migrations": state().catalogs.migrations.of_catalog(check_catalog_name(catalog))}

    @require("migrate")
    @blp.arguments(MigrationRequest())
    @blp.response(202, Migration)
    @blp.doc(operationId="startMigration")
    def post(self, body: dict[str, Any], catalog: str) -> MigrationStatus:
        """Start re-embedding the catalog with another model version, off the request path.

        Searches keep answering from the current generation; writes go to both. With ``switch: auto`` the
        catalog switches when the new generation is complete; with ``manual`` it waits (``ready``) for
        ``POST .../migrations/<id>/switch``. 409 while another migration of the catalog is unfinished.
        """
        return state().catalogs.start_migration(check_catalog_name(catalog), body["model"], body["switch"])


@blp.route("/<catalog:catalog>/migrations/<string:migration_id>")
class MigrationItem(ServiceView):
    @require("read")
    @blp.response(200, Migration)
    @blp.doc(operationId="getMigration")
    def get(self, catalog: str, migration_id: str) -> MigrationStatus:
        """Progress, rate, ETA and shadow figures of one migration."""
        return state().catalogs.migrations.status(check_catalog_name(catalog), migration_id)

    @require("migrate")
    @blp.response(200, Migration)
    @blp.doc(operationId="cancelMigration")
    def delete(self, catalog: str, migration_id: str) -> MigrationStatus:
        """Cancel a running or ready migration; its generation is dropped, the catalog is as before."""
        return state().catalogs.migrations.cancel(check_catalog_name(catalog), migration_id)


@blp.route("/<catalog:catalog>/migrations/<string:migration_id>/switch")
class MigrationSwitch(ServiceView):
    takes_body = False

    @require("migrate")
    @blp.response(200, Migration)
    @blp.doc(operationId="switchMigration")
    def post(self, catalog: str, migration_id: str) -> MigrationStatus:
        """Make a ready migration's generation the active one (one transaction; the old one is retained)."""
        return state().catalogs.migrations.switch(check_catalog_name(catalog), migration_id)


@blp.route("/<catalog:catalog>/rollback")
class CatalogRollback(ServiceView):
    takes_body = False

    @require("migrate")
    @blp.response(200, Rollback)
    @blp.doc(operationId="rollbackCatalog")
    def post(self, catalog: str) -> dict[str, Any]:
        """Make the previous (retained) generation active again; 409 if none is retained."""
        name = check_catalog_name(catalog)
        return {"catalog": name, "model": state().catalogs.switching.rollback(name)}
