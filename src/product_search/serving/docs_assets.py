"""Swagger UI's files for ``/docs``, served from the pinned ``swagger-ui-bundle`` distribution (Apache-2.0):
the API docs work on a host without internet."""

from __future__ import annotations

from flask import Blueprint, Response, abort, send_from_directory
from swagger_ui_bundle import swagger_ui_path

URL = "/docs/assets/"  # flask-smorest's OPENAPI_SWAGGER_UI_URL
# What flask-smorest's page loads (no source maps: 4 MB nobody needs to serve).
FILES = frozenset({"swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"})

blp = Blueprint("docs_assets", __name__)


@blp.get(f"{URL}<name>")
def asset(name: str) -> Response:
    if name not in FILES:
        abort(404)
    return send_from_directory(swagger_ui_path, name, max_age=86400)
