"""Property-based API testing from /openapi.json: no 5xx, and every response matches the spec."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode, checks

from product_search.serving.state import service_of

from .support import ADMIN

# The default suite runs a short budget; `make reliability` sets SCHEMATHESIS_BUDGET for a longer one.
BUDGET = int(os.environ.get("SCHEMATHESIS_BUDGET", "1"))
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture
def api_app(make_app: Callable[..., Flask]) -> Flask:
    app = make_app(max_upload=20, max_queries=8, max_descriptions=20)
    client = app.test_client()
    client.post(
        "/v1/catalogs/default/products",
        headers=ADMIN,
        json={"products": [{"id": "a", "description": "Cordless drill 18V", "metadata": {"brand": "X"}}]},
    )
    return app


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture
def api_schema(api_app: Flask) -> schemathesis.schemas.BaseSchema:
    loaded = schemathesis.openapi.from_wsgi("/openapi.json", api_app)
    # Valid and invalid inputs both: invalid ones must get documented 4xx answers, never a 5xx.
    loaded.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
    return loaded


@schema.parametrize()
@settings(max_examples=12 * BUDGET, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_spec(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=ADMIN, checks=CHECKS)


# -- stateful: upload -> get / list / search -> delete, following the spec's links --------------------


def _last_version(app: Flask) -> str | None:
    store = service_of(app).catalogs.store
    with store.read() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'last_version'").fetchone()
    return None if row is None else str(row[0])


def test_stateful_workflows_follow_the_links(api_app: Flask) -> None:
    # The catalogs' workflows (the keys' own are tests/test_keys.py's: their links would take this budget). An
    # upload's XML bodies are left to the test above: a chain needs uploads that succeed, and a random
    # string is no BMEcat file (tests/test_bmecat.py sends real ones).
    spec = api_app.test_client().get("/openapi.json").json
    for xml in ("application/xml", "text/xml"):
        del spec["paths"]["/v1/catalogs/{catalog}/products"]["post"]["requestBody"]["content"][xml]
    schema = schemathesis.openapi.from_dict(spec).exclude(path_regex=r"^/v1/(keys|audit)")
    schema.app = api_app
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])  # chains need calls that succeed
    catalogs = service_of(api_app).catalogs
    calls: Counter[tuple[str, str, int]] = Counter()

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        version: str | None = None

        def setup(self) -> None:
            # Every scenario starts from an empty service (Hypothesis replays scenarios).
            for cat in catalogs.list_catalogs():
                catalogs.edits.delete_catalog(cat.name)

        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"headers": ADMIN}

        def before_call(self, case: schemathesis.Case) -> None:
            self.version = _last_version(api_app)

        def after_call(self, response: Any, case: schemathesis.Case) -> None:
            calls[(case.method, case.path, response.status_code)] += 1
            # Nothing is written by a request that was refused.
            if response.status_code >= 400:
                assert _last_version(api_app) == self.version, (case.method, case.path, response.status_code)

        def validate_response(self, response: Any, case: schemathesis.Case, *args: Any, **kwargs: Any) -> None:
            case.validate_response(response, checks=CHECKS)

    Workflow.run(
        settings=settings(
            max_examples=25 * BUDGET,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=BUDGET == 1,
        )
    )
    # The scenarios did follow links: calls that need an existing catalog or product succeeded.
    linked = {(m, p) for (m, p, status), n in calls.items() if status < 300 and "{catalog}" in p and m != "POST"}
    assert linked, calls
