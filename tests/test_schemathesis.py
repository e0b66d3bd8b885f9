"""Property-based API testing from /openapi.json: no 5xx, and every response matches the spec."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode, checks

from .conftest import ADMIN

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
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_spec(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=ADMIN, checks=CHECKS)
