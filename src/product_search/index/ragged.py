"""Ragged arrays: one row of ids per product, as one flat array and the offsets where each row starts.

Both lexical structures keep each product's analysis this way (BM25 tokens, fact tokens): an update keeps the
rows of the products it does not touch by slicing arrays, never by turning them back into Python lists (a
list of ints holds about 36 bytes an id where the array holds 4: at a million products, gigabytes).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

Ragged = tuple[npt.NDArray[np.int32], npt.NDArray[np.int64]]  # (flat ids, offsets: one more than rows)


def of_lists(rows: Iterable[Sequence[int]]) -> Ragged:
    """From rows of ids (each row a list), packed as they come."""
    flat = array("i")
    ends = array("q", [0])
    for row in rows:
        flat.extend(row)
        ends.append(len(flat))
    return np.frombuffer(flat, dtype=np.int32).copy(), np.frombuffer(ends, dtype=np.int64).copy()


def take(ragged: Ragged, rows: npt.NDArray[np.int64]) -> Ragged:
    """The given rows, in the given order."""
    flat, offsets = ragged
    starts = offsets[rows]
    lengths = offsets[rows + 1] - starts
    out = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=out[1:])
    # Each output position's source: its row's start, plus how far it is into the row.
    source = np.repeat(starts - out[:-1], lengths) + np.arange(out[-1], dtype=np.int64)
    return flat[source], out


def concat(first: Ragged, second: Ragged) -> Ragged:
    """The rows of ``first``, then those of ``second``."""
    offsets = np.concatenate([first[1], second[1][1:] + first[1][-1]])
    return np.concatenate([first[0], second[0]]).astype(np.int32, copy=False), offsets
