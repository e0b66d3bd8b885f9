"""Token counts as the model sees them (prompt and special tokens included): for the metrics (text length,
truncation, unknown tokens) and the embeddings endpoint, never for encoding."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TokenStats:
    """Token counts per text (prompt and special tokens included) and whether each was truncated."""

    counts: list[int]
    truncated: list[bool]
    unknown: list[int]


class TokenCounter:
    """Counts tokens of texts with ``tokenize`` (texts -> token ids, untruncated) under ``lock``: a tokenizer of
    its own and a lock of its own where the ONNX stack is loaded, so counting waits for no search; else the
    sentence-transformers model's tokenizer under the encoders' lock (it is not safe for concurrent use).

    Args:
        max_seq_length: tokens the model reads; a longer text is truncated.
        unk_id: the tokenizer's unknown token, if it has one.
    """

    def __init__(
        self,
        tokenize: Callable[[list[str]], list[list[int]]],
        lock: threading.Lock,
        max_seq_length: int,
        unk_id: int | None,
    ) -> None:
        self._tokenize = tokenize
        self._lock = lock
        self.max_seq_length = max_seq_length
        self._unk_id = unk_id

    def stats(self, texts: list[str]) -> TokenStats:
        """``texts`` as given to the model (prompt included)."""
        with self._lock:
            ids = self._tokenize(texts)
        counts = [len(x) for x in ids]
        unknown = [sum(1 for t in x if t == self._unk_id) for x in ids] if self._unk_id is not None else [0] * len(ids)
        return TokenStats(counts=counts, truncated=[c > self.max_seq_length for c in counts], unknown=unknown)


def token_ids(tokenizer: Any, texts: list[str]) -> list[list[int]]:
    """Token ids of ``texts`` by a transformers tokenizer (sentence-transformers' own), untruncated."""
    ids: list[list[int]] = tokenizer(
        texts, add_special_tokens=True, truncation=False, return_attention_mask=False, return_token_type_ids=False,
        verbose=False,
    )["input_ids"]  # fmt: skip
    return ids
