"""The web console: one page of the service's own files over its public API (no CDN, no third-party code).

Served at ``/``. What a view shows is in the URL (``/?view=search&catalog=tools&q=m8+hex+bolt&mode=hybrid``):
a view can be linked, reloaded and rendered from the URL alone. Keys typed into it stay in the browser's
sessionStorage and leave it only as the ``Authorization`` header of API calls (never in a URL or a log).
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, send_from_directory

STATIC = Path(__file__).parent / "static"
# Only the console's own files: no inline script or style, no other host.
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

blp = Blueprint("console", __name__, static_folder=STATIC, static_url_path="/console/static")


@blp.get("/")
def index() -> Response:
    return send_from_directory(STATIC, "index.html", max_age=0)


@blp.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for it on every page (the API docs' too)."""
    return send_from_directory(STATIC, "favicon.svg", mimetype="image/svg+xml", max_age=86400)


@blp.after_request
def _headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
