"""Constants and small helpers the tests share (the fixtures are in conftest.py)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parents[1]
# One ONNX export for every test, server and CLI run (exporting takes ~15 s; var/ is ignored by git).
MODEL_CACHE = Path(os.environ.get("PRODUCT_SEARCH_MODEL_CACHE_DIR") or ROOT / "var" / "models")
# One model repository for the suite (bootstrapped once: the packaged model as all-minilm-l6-v2:1); tests
# that import versions make their own.
REPOSITORY = Path(os.environ.get("PRODUCT_SEARCH_MODEL_REPOSITORY") or ROOT / "var" / "repository")
# SciFact and WANDS beside the checkout; SHARED_DATA_DIR where the checkout is a copy elsewhere (make ci-local).
SHARED_DATA = Path(os.environ.get("SHARED_DATA_DIR") or ROOT.parent / "shared" / "data")
ADMIN_KEY = "test-admin-key-local"
READ_KEY = "test-read-key-local"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
READER = {"Authorization": f"Bearer {READ_KEY}"}
# What every service process of the suite runs with (tests add their own on top).
SERVICE_ENV = {
    "PRODUCT_SEARCH_DRAIN_SECONDS": "0",  # test_lifecycle.py sets its own
    "PRODUCT_SEARCH_WRITE_RATE": "0",  # tests that upload in loops are not about the rate limit
    "PRODUCT_SEARCH_ADMIN_KEYS": ADMIN_KEY,
    "PRODUCT_SEARCH_MODEL_CACHE_DIR": str(MODEL_CACHE),
    "PRODUCT_SEARCH_MODEL_REPOSITORY": str(REPOSITORY),
}

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
DIM = 8  # the dimension of random vectors, where the index or the store is tested without a model


def unit_vectors(n: int, seed: int = 0) -> npt.NDArray[np.float32]:
    """``n`` random unit vectors of ``DIM`` (reproducible by ``seed``)."""
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def upload(client: FlaskClient, catalog: str, products: list[dict[str, Any]], **kwargs: Any) -> Any:
    return client.post(f"/v1/catalogs/{catalog}/products", json={"products": products}, headers=ADMIN, **kwargs)


def use_case_products() -> list[dict[str, Any]]:
    return [{"id": f"p{i}", "description": d} for i, d in enumerate(USE_CASE_DESCRIPTIONS)]


def error_of(resp: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.is_json, resp.get_data(as_text=True)
    err: dict[str, Any] = resp.json["error"]
    assert set(err) == {"code", "message", "details"}
    assert err["message"]
    if code is not None:
        assert err["code"] == code, err
    return err


def join_all(threads: Sequence[threading.Thread], timeout: float = 60) -> None:
    """Wait for every thread, all within ``timeout`` seconds: one still running fails the test (a load loop
    that hung has answers that never arrived; a join that only times out would pass without them)."""
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    alive = [t.name for t in threads if t.is_alive()]
    assert not alive, f"threads still running after {timeout} s: {alive}"


def wait_until(
    condition: Callable[[], bool], timeout: float, what: str | Callable[[], str], interval: float = 0.002
) -> None:
    """Poll ``condition`` until it holds; fail the test with ``what`` (or what it says by then) after ``timeout``
    seconds. The suite's one polling loop: none waits without a deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            raise AssertionError(f"{what if isinstance(what, str) else what()}: not within {timeout} s")
        time.sleep(interval)
