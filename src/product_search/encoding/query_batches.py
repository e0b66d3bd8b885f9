"""Queries of concurrent requests encoded in one model call.

Sixteen searches arriving together in one worker were sixteen model calls, one after another under the
model's lock; one call for all of them does the same work in far less time (a one-query encode costs 3.2 ms, a
query of a batch of 16 1.3 ms: issue 31's measurement). TEI, Triton and infinity batch dynamically for this.

Here by *flat combining*: a caller leaves its texts in the queue and takes the model's lock; whoever holds the
lock encodes every text waiting (up to ``max_texts``) in one call and hands each caller its rows. A caller
whose texts were encoded while it waited for the lock returns at once. Nothing ever waits on a timer: alone, a
caller encodes its own texts at once, as before; the batch is whatever arrived while the model was busy.

Only where a batch gives every row exactly the vectors it gets alone (fp32 ONNX: checked by
tests/test_query_batches.py). int8's dynamic quantization scales activations per batch, so there a query's
vector would depend on what else was asked at the same moment: its callers encode alone.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import cast

import numpy as np

Vectors = np.ndarray  # (n, dimension) float32
log = logging.getLogger(__name__)

# Queries of several token lengths, encoded alone and together to find whether batches are exact here.
BATCH_PROBES = (
    "m8 hex bolt", "cordless drill 18v brushless", '1/2" brass elbow', "din 934 nut m10 zinc plated", "saw",
    "heavy duty stainless steel hex head bolts m12 x 80 mm din 933 a2-70 for outdoor timber frames " * 4,
)  # fmt: skip


class _Waiting:
    """One caller's texts, and its rows (or the error) once encoded."""

    __slots__ = ("done", "error", "texts", "vectors")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.vectors: Vectors | None = None
        self.error: BaseException | None = None
        self.done = False


class QueryBatches:
    """Encodes callers' texts through ``run`` under ``lock`` (the model's), combining concurrent callers when
    ``combine``; ``calls`` and ``texts`` count the model calls made and the texts they encoded."""

    def __init__(
        self, run: Callable[[list[str]], Vectors], lock: threading.Lock, *, combine: bool, max_texts: int = 64
    ) -> None:
        self.run = run
        self.lock = lock
        self.combine = combine
        self.max_texts = max_texts
        self.calls = 0
        self.texts = 0
        self._queue: deque[_Waiting] = deque()
        self._guard = threading.Lock()  # the queue's own: never held while encoding

    def encode(self, texts: list[str]) -> Vectors:
        if not self.combine:
            with self.lock:
                self._count(len(texts))
                return self.run(texts)
        me = _Waiting(texts)
        with self._guard:
            self._queue.append(me)
        while not me.done:
            with self.lock:
                if not me.done:  # else encoded by the caller that held the lock
                    self._encode(self._take())  # never empty: ``me`` waits in the queue until taken
        if me.error is not None:
            raise me.error
        return cast(Vectors, me.vectors)

    def check(self, prompt: str) -> bool:
        """Combine from now on only if this session, on this CPU and thread count, gives each row of a batch
        exactly the vector it gets alone: queries of several lengths (``prompt`` before each), alone and 36
        together (beyond one model batch of 32, as busy workers combine)."""
        probes = [prompt + q for q in BATCH_PROBES]
        with self.lock:
            alone = np.vstack([self.run([p]) for p in probes])
            together = self.run(probes * 6)
        self.combine = bool(np.array_equal(np.vstack([alone] * 6), together))
        if not self.combine:
            log.warning("concurrent queries are encoded one by one: batches change vectors on this CPU")
        return self.combine

    def _take(self) -> list[_Waiting]:
        """The waiting callers, oldest first, as many as fit ``max_texts`` (at least one)."""
        taken: list[_Waiting] = []
        size = 0
        with self._guard:
            while self._queue and (not taken or size + len(self._queue[0].texts) <= self.max_texts):
                waiting = self._queue.popleft()
                taken.append(waiting)
                size += len(waiting.texts)
        return taken

    def _encode(self, taken: list[_Waiting]) -> None:
        """Encode the callers' texts in one call and hand each its rows; whatever happens, every caller of the
        batch is done when this returns (with its rows or the error), so none waits forever."""
        try:
            texts = [t for waiting in taken for t in waiting.texts]
            self._count(len(texts))
            vectors = self.run(texts)
            if len(vectors) != len(texts):
                raise RuntimeError(f"the model gave {len(vectors)} vectors for {len(texts)} texts")
            start = 0
            for waiting in taken:
                waiting.vectors = vectors[start : start + len(waiting.texts)]
                start += len(waiting.texts)
                waiting.done = True
        except Exception as exc:  # each caller of the batch raises it
            for waiting in taken:
                if not waiting.done:
                    waiting.error, waiting.done = exc, True
        finally:  # interrupted otherwise (KeyboardInterrupt, SystemExit): the others still get an answer
            for waiting in taken:
                if not waiting.done:
                    waiting.error, waiting.done = RuntimeError("the batch's encoding was interrupted"), True

    def _count(self, texts: int) -> None:
        self.calls += 1
        self.texts += texts
