"""Request body parsing shared by every blueprint: JSON as :func:`~product_search.search.ingest.loads_strict` reads it.

Python's ``json`` accepts NaN, Infinity, over-long integers and lone UTF-16 surrogate escapes; the
service cannot store or return them, so they are answered as invalid JSON (400) before any view runs.
"""

from __future__ import annotations

import json
from typing import Any

import flask
import flask_smorest
from webargs import core
from webargs.flaskparser import FlaskParser, is_json_request

from ...search.ingest import loads_strict


class StrictJSONParser(FlaskParser):
    """webargs' Flask parser with strict JSON."""

    def _raw_load_json(self, req: flask.Request) -> Any:
        if not is_json_request(req):
            return core.missing
        raw = whole_body(req)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise json.JSONDecodeError(f"not UTF-8: {exc.reason}", "<body>", exc.start) from exc
        if not text:
            return core.missing
        return loads_strict(text)


def whole_body(req: flask.Request) -> bytes:
    """The request's body, all of it or a 413: a chunked body is read up to the limit without an error, so one
    byte more tells whether it went on (past the limit the stream raises RequestEntityTooLarge), rather than
    its first part passing for the body."""
    raw = req.get_data(cache=True)
    limit = req.max_content_length
    if limit is not None and req.content_length is None and len(raw) >= limit:
        req.stream.read(1)
    return raw


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = StrictJSONParser()
