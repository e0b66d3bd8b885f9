"""Shared fixtures: one real model per test session, apps on temp data dirs, real Gunicorn services."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.encoding.models import LoadedModels
from product_search.serving.app import create_app
from product_search_harness.local_cluster import PG_BIN, PostgresServer
from product_search_harness.model_versions import two_version_repository
from product_search_harness.service import ServiceProcess

from .support import ADMIN_KEY, MODEL_CACHE, REPOSITORY, SERVICE_ENV

# Under CI a skip fails unless allowed (tests/skip_policy.py); pytester runs that policy on a suite of its own.
pytest_plugins = ["tests.skip_policy", "pytester"]


@pytest.fixture(scope="session", autouse=True)
def _offline_model_cache() -> Iterator[None]:
    """In-process runs (the CLI through CliRunner) read the environment: model hubs off, the shared export."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        mp.setenv("PRODUCT_SEARCH_MODEL_CACHE_DIR", str(MODEL_CACHE))
        mp.setenv("PRODUCT_SEARCH_MODEL_REPOSITORY", str(REPOSITORY))
        yield


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the session (Debian's postgresql-15; each test takes its own database).
    Where it is not installed the tests that need it skip, unless PRODUCT_SEARCH_REQUIRE_POSTGRES is set (CI)."""
    reason = None if (PG_BIN / "initdb").is_file() else f"{PG_BIN}/initdb missing (apt-get install postgresql-15)"
    if reason is not None:
        if os.environ.get("PRODUCT_SEARCH_REQUIRE_POSTGRES"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = PostgresServer().init().start()
    yield server
    server.destroy()


@pytest.fixture
def pg_url(postgres: PostgresServer) -> str:
    """A new, empty database on the session's server: its URL."""
    return postgres.create_database(f"t{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def base_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return replace(
        Settings.from_env({}),
        data_dir=tmp_path_factory.mktemp("unused"),
        model_cache_dir=MODEL_CACHE,
        model_repository=REPOSITORY,
        admin_keys=frozenset({ADMIN_KEY}),
        open_reads=True,  # in-process apps of the suite, reachable by no one else
        write_rate=0.0,  # tests that upload in loops are not about the rate limit (test_overload.py is)
    )


@pytest.fixture(scope="session")
def encoder(base_settings: Settings) -> Encoder:
    """The packaged all-MiniLM-L6-v2 on the default backend, loaded once for the whole session."""
    enc = Encoder(base_settings)
    enc.warm_up()
    return enc


@pytest.fixture(scope="session")
def models(base_settings: Settings) -> LoadedModels:
    """The suite's repository (the packaged model as all-minilm-l6-v2:1@production), loaded once."""
    loaded = LoadedModels(base_settings)
    loaded.default()[1].warm_up()
    return loaded


def _two_versions(base_settings: Settings, models: LoadedModels, root: Path) -> LoadedModels:
    source = models.repository.model_dir(models.resolve())
    repository = two_version_repository(root, source)
    return LoadedModels(replace(base_settings, model_repository=repository.root), repository)


@pytest.fixture(scope="session")
def two_models(base_settings: Settings, models: LoadedModels, tmp_path_factory: pytest.TempPathFactory) -> LoadedModels:
    """Two real versions with different fingerprints: all-minilm-l6-v2:1@production and :2@candidate. Shared by
    the session: a test that adds or removes versions takes ``own_two_models``."""
    return _two_versions(base_settings, models, tmp_path_factory.mktemp("two-models"))


@pytest.fixture
def own_two_models(base_settings: Settings, models: LoadedModels, tmp_path: Path) -> LoadedModels:
    """The same two versions in a repository of this test's own (copied in seconds), to change as it likes."""
    return _two_versions(base_settings, models, tmp_path / "own-two-models")


@pytest.fixture(scope="session")
def torch_encoder(base_settings: Settings) -> Encoder:
    """The same model on PyTorch: the fp32 reference the ONNX backends are compared with."""
    return Encoder(replace(base_settings, backend="torch"))


@pytest.fixture
def make_app(base_settings: Settings, models: LoadedModels, tmp_path: Path) -> Callable[..., Flask]:
    def factory(**overrides: Any) -> Flask:
        """An app on these settings; ``models=None`` loads models of its own from them."""
        loaded = overrides.pop("models", models)
        settings = replace(base_settings, data_dir=overrides.pop("data_dir", tmp_path / "data"), **overrides)
        return create_app(settings, models=loaded)

    return factory


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def gunicorn_factory(tmp_path: Path) -> Iterator[Callable[..., ServiceProcess]]:
    """Start real services (Gunicorn, 3 workers by default) on temp data dirs; all are stopped afterwards."""
    services: list[ServiceProcess] = []

    def factory(workers: int = 3, data_dir: Path | None = None, env: dict[str, str] | None = None) -> ServiceProcess:
        directory = data_dir or tmp_path / "data"
        service = ServiceProcess(
            directory,
            workers=workers,
            env={**SERVICE_ENV, **(env or {})},
            log=tmp_path / f"gunicorn-{len(services)}.log",
        )
        services.append(service)
        service.start(timeout=120)
        return service

    yield factory
    for service in services:
        service.stop()
