"""Shared fixtures: one real model per test session, apps on temp data dirs, a real Gunicorn."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import psutil
import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# One ONNX export for every test, server and CLI run (exporting takes ~15 s; var/ is ignored by git).
os.environ.setdefault("PRODUCT_SEARCH_MODEL_CACHE_DIR", str(Path(__file__).resolve().parents[1] / "var" / "models"))

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.serving.app import create_app

ROOT = Path(__file__).resolve().parents[1]
MODEL_CACHE = Path(os.environ["PRODUCT_SEARCH_MODEL_CACHE_DIR"])
SHARED_DATA = ROOT.parent / "shared" / "data"
ADMIN_KEY = "test-admin-key"
READ_KEY = "test-read-key"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
READER = {"Authorization": f"Bearer {READ_KEY}"}

# The original use case's product descriptions and query.
USE_CASE_DESCRIPTIONS = [
    "Heavy-duty claw hammer with a non-slip grip handle for precise strikes.",
    "Durable 25ft tape measure with easy-lock and belt clip.",
    "High-torque ratchet screwdriver for efficient screwdriving. Stable screwdriving with 80-mm rod and magnetic "
    "bit holder.",
    "High-performance circular saw with laser guide for accurate cuts.",
    "Complete screwdriver set with durable magnetic heads for accuracy.",
    "Compact toolbox organizer with multiple compartments for small parts.",
]
USE_CASE_QUERY = "What can I use to cut?"


@pytest.fixture(scope="session")
def base_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return replace(
        Settings.from_env({}),
        data_dir=tmp_path_factory.mktemp("unused"),
        model_cache_dir=MODEL_CACHE,
        admin_keys=frozenset({ADMIN_KEY}),
        write_rate=0.0,  # tests that upload in loops are not about the rate limit (test_overload.py is)
    )


@pytest.fixture(scope="session")
def encoder(base_settings: Settings) -> Encoder:
    """The packaged all-MiniLM-L6-v2 on the default backend, loaded once for the whole session."""
    enc = Encoder(base_settings)
    enc.warm_up()
    return enc


@pytest.fixture(scope="session")
def torch_encoder(base_settings: Settings) -> Encoder:
    """The same model on PyTorch: the fp32 reference the ONNX backends are compared with."""
    return Encoder(replace(base_settings, backend="torch"))


@pytest.fixture
def make_app(base_settings: Settings, encoder: Encoder, tmp_path: Path) -> Callable[..., Flask]:
    def factory(**overrides: Any) -> Flask:
        """An app on these settings; ``encoder=None`` loads a model of its own from them."""
        model = overrides.pop("encoder", encoder)
        settings = replace(base_settings, data_dir=overrides.pop("data_dir", tmp_path / "data"), **overrides)
        return create_app(settings, encoder=model)

    return factory


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def upload(client: FlaskClient, catalog: str, products: list[dict[str, Any]], **kwargs: Any) -> Any:
    return client.post(f"/v1/catalogs/{catalog}/products", json={"products": products}, headers=ADMIN, **kwargs)


def use_case_products() -> list[dict[str, Any]]:
    return [{"id": f"p{i}", "description": d} for i, d in enumerate(USE_CASE_DESCRIPTIONS)]


# -- a real Gunicorn -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class GunicornServer:
    """Runs ``gunicorn -c python:product_search.serving.gunicorn_conf`` as a child process."""

    def __init__(self, data_dir: Path, workers: int = 3, env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir.parent / f"gunicorn-{self.port}.log"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PRODUCT_SEARCH_")}
        env.update(
            PORT=str(self.port),
            HOST="127.0.0.1",
            PRODUCT_SEARCH_DATA_DIR=str(self.data_dir),
            PRODUCT_SEARCH_WORKERS=str(self.workers),
            PRODUCT_SEARCH_DRAIN_SECONDS="0",  # test_lifecycle.py sets its own
            PRODUCT_SEARCH_WRITE_RATE="0",
            PRODUCT_SEARCH_ADMIN_KEYS=ADMIN_KEY,
            PRODUCT_SEARCH_MODEL_CACHE_DIR=str(MODEL_CACHE),
            HF_HUB_OFFLINE="1",
        )
        env.update(self.extra_env)
        return env

    def start(self, timeout: float = 120) -> None:
        self.launch()
        self.wait_ready(timeout)

    def launch(self) -> None:
        """Start Gunicorn without waiting for readiness."""
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "python:product_search.serving.gunicorn_conf",
                "product_search.serving.wsgi:app",
            ],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )

    def wait_ready(self, timeout: float) -> None:
        """Ready means every worker answered /readyz with 200 (requests spread over workers)."""
        deadline = time.monotonic() + timeout
        ok_in_a_row = 0
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}; log: {self.log_tail()}")
            try:
                ok = requests.get(self.url + "/readyz", timeout=2).status_code == 200
            except requests.RequestException:
                ok = False
            ok_in_a_row = ok_in_a_row + 1 if ok else 0
            if ok_in_a_row >= 3 * self.workers:
                return
            time.sleep(0.1 if ok else 0.3)
        raise RuntimeError(f"gunicorn not ready after {timeout}s; log: {self.log_tail()}")

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:] if self.log_path.exists() else ""

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def worker_pids(self) -> list[int]:
        assert self.proc is not None
        return [c.pid for c in psutil.Process(self.proc.pid).children()]

    def kill_all(self) -> None:
        """SIGKILL the master and every worker at once: a crash of the whole service (or its container)."""
        assert self.proc is not None
        victims = [self.proc.pid, *self.worker_pids()]
        for pid in victims:
            os.kill(pid, signal.SIGKILL)
        self.proc.wait()
        psutil.wait_procs([p for p in map(_process, victims) if p is not None], timeout=10)
        self.proc = None

    def post(self, path: str, body: dict[str, Any], admin: bool = False) -> requests.Response:
        return requests.post(self.url + path, json=body, headers=ADMIN if admin else {}, timeout=60)

    def get(self, path: str) -> requests.Response:
        return requests.get(self.url + path, timeout=60)


def _process(pid: int) -> psutil.Process | None:
    try:
        return psutil.Process(pid)
    except psutil.NoSuchProcess:
        return None


@pytest.fixture
def gunicorn_factory(tmp_path: Path) -> Iterator[Callable[..., GunicornServer]]:
    servers: list[GunicornServer] = []

    def factory(workers: int = 3, data_dir: Path | None = None, env: dict[str, str] | None = None) -> GunicornServer:
        server = GunicornServer(data_dir or tmp_path / "data", workers=workers, env=env)
        servers.append(server)
        server.start()
        return server

    yield factory
    for server in servers:
        server.stop()
