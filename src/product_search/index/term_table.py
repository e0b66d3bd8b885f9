"""TermTable: a read-only term -> id map kept in arrays an index file holds, so every worker maps one copy.

A catalog's vocabulary (BM25 tokens, fact tokens) has an entry per distinct word and identifier: about a
million at a million products with part numbers. As a Python dict each worker would hold its own copy
(~100 MB at that size) and parse it from JSON at every load; as arrays it is shared through the page cache
and ready as soon as the file is mapped.

Layout: ``blob`` (uint8) the terms' UTF-8 bytes in id order, ``offsets`` (n + 1, int64) where each starts,
``slots`` (a power of two >= 2n, int32) an open-addressing hash table of ids (-1: empty) keyed by the CRC-32 of
the term's bytes, probed linearly. Terms added after the file was written (an update) are a small dict on top,
merged into new arrays when the file is written again.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

_EMPTY = -1


def _view(array: npt.NDArray[Any]) -> memoryview:
    """A memoryview of a 1-d integer array whose items index as Python ints: the array itself where it is
    C-contiguous in this machine's byte order (a mapped file's), else a copy that is."""
    return memoryview(np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("=")).data)


def _empty_slots(n: int) -> npt.NDArray[np.int32]:
    """The empty hash table for ``n`` terms: a power of two >= 2n (at least 8)."""
    return np.full(1 << max(3, (2 * n - 1).bit_length()), _EMPTY, dtype=np.int32)


def _insert(
    slots: npt.NDArray[np.int32], blob: bytes, offsets: npt.NDArray[np.int64], ids: Iterable[int]
) -> npt.NDArray[np.int32]:
    """``slots`` with the terms ``ids`` (in this order) hashed in by linear probing."""
    mask = len(slots) - 1
    table = slots.tolist()  # a list is several times faster to probe from Python than an array
    bounds = offsets.tolist()
    for term_id in ids:
        h = zlib.crc32(blob[bounds[term_id] : bounds[term_id + 1]]) & mask
        while table[h] != _EMPTY:
            h = (h + 1) & mask
        table[h] = term_id
    slots[:] = table
    return slots


def _slots_for(blob: bytes, offsets: npt.NDArray[np.int64]) -> npt.NDArray[np.int32]:
    n = len(offsets) - 1
    return _insert(_empty_slots(n), blob, offsets, range(n))


class TermTable(Mapping[str, int]):
    """Term -> id (ids 0..n-1, dense) over shared arrays, plus terms added since (``extra``, ids from n on)."""

    def __init__(
        self,
        blob: npt.NDArray[np.uint8],
        offsets: npt.NDArray[np.int64],
        slots: npt.NDArray[np.int32],
        extra: dict[str, int] | None = None,
    ) -> None:
        self._blob, self._offsets, self._slots = blob, offsets, slots
        # Lookups read the arrays through memoryviews: an item is a Python int and a slice compares with bytes at
        # C speed, where a NumPy scalar costs ~0.1 us an access (a lookup 1.3 us against 0.64).
        self._slot_at, self._offset_at, self._bytes = _view(slots), _view(offsets), _view(blob)
        self._mask = len(slots) - 1
        self._base = len(offsets) - 1
        self._extra = extra or {}

    @classmethod
    def of(cls, terms: Mapping[str, int]) -> TermTable:
        """A table of ``terms`` (ids must be 0..n-1); a table is returned as it is."""
        if isinstance(terms, TermTable):
            return terms
        ordered = sorted(terms.items(), key=lambda kv: kv[1])
        if [i for _, i in ordered] != list(range(len(ordered))):
            raise ValueError("term ids must be 0..n-1")
        encoded = [t.encode("utf-8", "surrogatepass") for t, _ in ordered]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        offsets[1:] = np.cumsum([len(b) for b in encoded])
        blob = b"".join(encoded)
        return cls(np.frombuffer(blob, dtype=np.uint8), offsets, _slots_for(blob, offsets))

    def plus(self, added: Mapping[str, int]) -> TermTable:
        """This table with ``added`` terms (ids continuing from ``len(self)``); this one is left as it is."""
        return TermTable(self._blob, self._offsets, self._slots, {**self._extra, **added})

    def merged(self) -> TermTable:
        """The same terms in arrays alone (what a file holds): the added terms appended to the arrays and hashed
        into a copy of the slots, as :meth:`of` would place them (ids are inserted in order either way); every
        term hashed again only where the slots must grow. Not kept: the table held for searches stays the file's
        mapped arrays and the few terms added since."""
        if not self._extra:
            return self
        ordered = sorted(self._extra.items(), key=lambda kv: kv[1])
        if [i for _, i in ordered] != list(range(self._base, self._base + len(ordered))):
            raise ValueError("added term ids must continue from the table's")
        if any(self.get(term) != i for term, i in ordered):
            raise ValueError("an added term is in the table already")
        encoded = [t.encode("utf-8", "surrogatepass") for t, _ in ordered]
        offsets = np.concatenate([self._offsets, self._offsets[-1] + np.cumsum([len(b) for b in encoded])])
        blob = self._blob.tobytes() + b"".join(encoded)
        if len(_empty_slots(len(offsets) - 1)) == len(self._slots):
            slots = _insert(self._slots.copy(), blob, offsets, range(self._base, len(offsets) - 1))
        else:
            slots = _slots_for(blob, offsets)
        return TermTable(np.frombuffer(blob, dtype=np.uint8), offsets, slots)

    def arrays(self, prefix: str) -> dict[str, npt.NDArray[Any]]:
        """The arrays to write, named ``<prefix>_blob`` etc. (merge first)."""
        table = self.merged()
        return {f"{prefix}_blob": table._blob, f"{prefix}_offsets": table._offsets, f"{prefix}_slots": table._slots}

    @classmethod
    def load(cls, arrays: Mapping[str, npt.NDArray[Any]], prefix: str) -> TermTable:
        """From a file's arrays; ValueError when they do not fit together."""
        blob, offsets, slots = (arrays[f"{prefix}_{name}"] for name in ("blob", "offsets", "slots"))
        n = len(offsets) - 1
        if (
            n < 0
            or blob.dtype != np.uint8
            or offsets.dtype.kind != "i"
            or slots.dtype.kind != "i"
            or int(offsets[0]) != 0
            or int(offsets[-1]) != len(blob)
            or len(slots) < 2 * n
            or len(slots) & (len(slots) - 1)
            or (len(slots) and not -1 <= int(slots.min()) <= int(slots.max()) < max(n, 1))
        ):
            raise ValueError(f"{prefix}: term table arrays do not fit together")
        return cls(blob, offsets, slots)

    def with_prefix(self, prefix: str) -> npt.NDArray[np.int64]:
        """The ids of the terms that start with ``prefix``, ascending (compared in the arrays, no decoding)."""
        key = np.frombuffer(prefix.encode("utf-8"), dtype=np.uint8)
        starts, lengths = self._offsets[:-1], np.diff(self._offsets)
        hit = lengths >= len(key)
        for k, byte in enumerate(key):
            hit[hit] = self._blob[starts[hit] + k] == byte
        extra = sorted(i for t, i in self._extra.items() if t.startswith(prefix))
        return np.concatenate([np.flatnonzero(hit), np.asarray(extra, dtype=np.int64)]).astype(np.int64)

    def _term(self, term_id: int) -> bytes:
        return bytes(self._bytes[self._offset_at[term_id] : self._offset_at[term_id + 1]])

    def get(self, term: str, default: Any = None) -> Any:
        """The id of ``term``, else ``default``: one hash and (almost always) one comparison."""
        key = term.encode("utf-8", "surrogatepass")
        mask, slot_at, offset_at, stored = self._mask, self._slot_at, self._offset_at, self._bytes
        h = zlib.crc32(key) & mask
        while (term_id := slot_at[h]) != _EMPTY:
            if stored[offset_at[term_id] : offset_at[term_id + 1]] == key:
                return term_id
            h = (h + 1) & mask
        return self._extra.get(term, default)

    def ids(self, terms: Sequence[str]) -> npt.NDArray[np.int64]:
        """:meth:`get` of many terms, -1 for a term not held."""
        return np.fromiter((self.get(t, _EMPTY) for t in terms), dtype=np.int64, count=len(terms))

    def __getitem__(self, term: str) -> int:
        found = self.get(term)
        if found is None:
            raise KeyError(term)
        return int(found)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) is not None

    def __len__(self) -> int:
        return self._base + len(self._extra)

    def __iter__(self) -> Iterator[str]:
        for term_id in range(self._base):
            yield self._term(term_id).decode("utf-8", "surrogatepass")
        yield from self._extra

    def items(self) -> Iterable[tuple[str, int]]:  # type: ignore[override]
        for term_id in range(self._base):
            yield self._term(term_id).decode("utf-8", "surrogatepass"), term_id
        yield from self._extra.items()

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays (shared once mapped) and an estimate of the added terms (private)."""
        return self._blob.nbytes + self._offsets.nbytes + self._slots.nbytes + 64 * len(self._extra)
