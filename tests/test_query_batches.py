"""Concurrent searches' queries encoded in one model call (encoding/query_batches.py): combined only while the
model is busy, each caller gets exactly its own rows, and every answer is the one it gets alone."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pytest
from flask import Flask

from product_search.config import Settings
from product_search.encoding.encoder import Encoder
from product_search.encoding.query_batches import QueryBatches
from product_search.serving.state import service_of

from .support import join_all, upload, wait_until


def rows(texts: list[str]) -> np.ndarray:
    """A stand-in model whose vector of a text depends on that text alone (its length and first letter)."""
    return np.array([[len(t), ord(t[0])] for t in texts], dtype=np.float32)


def test_callers_that_arrive_while_the_model_is_busy_share_one_call() -> None:
    calls: list[list[str]] = []
    busy, go_on = threading.Event(), threading.Event()

    def run(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        if len(calls) == 1:  # the first call holds the model until the others have queued
            busy.set()
            go_on.wait(10)
        return rows(texts)

    batches = QueryBatches(run, threading.Lock(), combine=True, max_texts=64)
    got: dict[str, np.ndarray] = {}

    def caller(texts: list[str]) -> None:
        got[texts[0]] = batches.encode(texts)

    first = threading.Thread(target=caller, args=(["alone"],))
    first.start()
    assert busy.wait(10)
    others = [threading.Thread(target=caller, args=([f"{c}-query", f"{c}{c}"],)) for c in "bcdefgh"]
    for thread in others:
        thread.start()
    wait_until(lambda: len(batches._queue) == len(others), 10, "every other caller's texts left waiting")
    go_on.set()
    join_all([first, *others], 10)
    assert len(calls) == 2 and sorted(calls[1]) == sorted(t for c in "bcdefgh" for t in (f"{c}-query", f"{c}{c}"))
    for c in "bcdefgh":
        np.testing.assert_array_equal(got[f"{c}-query"], rows([f"{c}-query", f"{c}{c}"]))  # its own rows, in order
    np.testing.assert_array_equal(got["alone"], rows(["alone"]))
    assert (batches.calls, batches.texts) == (2, 15)


def test_a_caller_alone_encodes_at_once_and_errors_reach_every_caller_of_a_batch() -> None:
    batches = QueryBatches(rows, threading.Lock(), combine=True)
    np.testing.assert_array_equal(batches.encode(["x"]), rows(["x"]))
    assert batches.calls == 1

    busy, go_on = threading.Event(), threading.Event()
    calls: list[list[str]] = []

    def broken(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        if len(calls) == 1:  # the first call holds the model while two more callers queue, then all fail
            busy.set()
            go_on.wait(10)
        raise RuntimeError("model failed")

    failing = QueryBatches(broken, threading.Lock(), combine=True)
    errors: dict[str, str] = {}

    def caller(text: str) -> None:
        try:
            failing.encode([text])
        except RuntimeError as exc:
            errors[text] = str(exc)

    threads = [threading.Thread(target=caller, args=("first",))]
    threads[0].start()
    assert busy.wait(10)
    threads += [threading.Thread(target=caller, args=(t,)) for t in ("second", "third")]
    for thread in threads[1:]:
        thread.start()
    wait_until(lambda: len(failing._queue) == 2, 10, "two callers waiting")
    go_on.set()
    join_all(threads, 10)
    assert errors == dict.fromkeys(("first", "second", "third"), "model failed"), errors
    assert calls[1:] == [["second", "third"]], "the two waiting callers shared the failed call"
    assert not failing._queue, "nothing is left waiting"

    def short(texts: list[str]) -> np.ndarray:
        return rows(texts)[:-1]

    with pytest.raises(RuntimeError, match="2 texts"):  # a model giving too few rows hands none out
        QueryBatches(short, threading.Lock(), combine=True).encode(["a", "b"])


def test_the_real_model_combines_only_where_batches_are_exact(encoder: Encoder, base_settings: Settings) -> None:
    """fp32 ONNX here gives each row of a batch exactly its vector alone, so concurrent queries are combined;
    int8 scales activations per batch, so its queries are encoded alone."""
    probes = ["m8 hex bolt", "cordless drill 18v brushless", "saw", '1/2" brass elbow']
    alone = np.vstack([encoder.encode([p]) for p in probes])
    together = encoder.encode(probes)
    assert encoder.queries.combine == bool(np.array_equal(alone, together))
    int8 = Encoder(replace(base_settings, backend="onnx-int8"), threads=1)
    assert int8.queries.combine is False


def test_concurrent_searches_answer_as_each_alone(make_app: Callable[..., Flask]) -> None:
    app = make_app(max_inflight=32, max_queued=32)  # this test is about answers, not admission
    client = app.test_client()
    products = [{"id": f"p{i}", "description": f"hex bolt M{6 + i % 6} x {20 + i} zinc plated"} for i in range(60)]
    products += [{"id": f"d{i}", "description": f"cordless drill {12 + i % 3 * 6}V kit {i}"} for i in range(30)]
    assert upload(client, "tools", products).status_code == 201
    queries = [f"{q} {n}" for q in ("m8 bolt", "drill 18v", "zinc bolt x 30", "brushless drill") for n in range(8)]
    alone = {q: client.post("/v1/catalogs/tools/search", json={"queries": [q], "mode": "dense"}).json for q in queries}
    encoder = service_of(app).models.default()[1]
    before = (encoder.queries.calls, encoder.queries.texts)
    answers: dict[str, object] = {}
    start = threading.Barrier(len(queries))

    def search(q: str) -> None:
        own = app.test_client()
        start.wait(10)
        answers[q] = own.post("/v1/catalogs/tools/search", json={"queries": [q], "mode": "dense"}).json

    threads = [threading.Thread(target=search, args=(q,)) for q in queries]
    for thread in threads:
        thread.start()
    join_all(threads, 60)
    assert answers == alone, "every answer is the one it gets alone"
    calls, texts = encoder.queries.calls - before[0], encoder.queries.texts - before[1]
    assert texts == len(queries)
    if encoder.queries.combine:
        assert calls < len(queries), "queries that arrived together shared model calls"
