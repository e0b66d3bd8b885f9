"""The console and the API docs are the service's own files: nothing on any page comes from another host."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from .support import error_of

# Any absolute URL or protocol-relative reference in an attribute or a CSS/JS string.
EXTERNAL = re.compile(r"""(?:src|href|url)\s*[=(]\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
ASSET = re.compile(r"""(?:src|href)="(/[^"]+)\"""")


def test_console_page_and_its_files_are_served_with_a_strict_policy(client: FlaskClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "connect-src 'self'" in policy
    html = page.get_data(as_text=True)
    assert not EXTERNAL.search(html)
    assets = [a for a in ASSET.findall(html) if a.startswith("/console/")]
    assert sorted(assets) == [f"/console/static/{name}" for name in ("console.css", "console.js", "favicon.svg")]
    for path in assets:
        served = client.get(path)
        assert served.status_code == 200, path
        text = re.sub(r'xmlns="[^"]*"', "", served.get_data(as_text=True))  # a namespace name, never fetched
        assert "http://" not in text and "https://" not in text, path
    error_of(client.get("/console/static/nothing.js"), 404, "not_found")


def test_docs_render_from_the_package_offline(client: FlaskClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert not EXTERNAL.search(html), html
    assets = ASSET.findall(html)
    assert {"/docs/assets/swagger-ui.css", "/docs/assets/swagger-ui-bundle.js"} <= set(assets)
    for path in assets:
        served = client.get(path)
        assert served.status_code == 200 and len(served.data) > 1000, path
        assert served.headers["Cache-Control"].startswith("public, max-age="), path
    error_of(client.get("/docs/assets/swagger-ui-bundle.js.map"), 404, "not_found")
    error_of(client.get("/docs/assets/..%2Fswagger-ui.css"), 404, "not_found")
