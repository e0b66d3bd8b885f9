"""Index files: derived data on disk, written atomically, stamped and checksummed.

Layout: ``MAGIC`` (8 bytes), header length (uint32 LE), a JSON header, then the payload. The
header holds the :class:`IndexStamp` the file was built for, the payload length and its CRC32,
plus whatever the index kind adds. A reader that finds anything else (missing, truncated, corrupt,
built for another store state) gets :class:`IndexFileError` and rebuilds from the store.
"""

from __future__ import annotations

import fcntl
import json
import mmap
import os
import re
import struct
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..atomic import write_atomically

_HEADER_LEN = struct.Struct("<I")
_ALIGN = 64  # the payload and every array in it start on a multiple of this
_MAX_HEADER = 1 << 20


class IndexFileError(RuntimeError):
    """An index file is missing, truncated, corrupt or not the one expected."""


@dataclass(frozen=True)
class IndexStamp:
    """Identifies exactly which store state an index was built from."""

    store_instance: str
    catalog: str
    version: int
    fingerprint: str
    dimension: int
    generation: int = 0  # the catalog generation whose vectors it indexes (0: a lexical index)


def write(path: Path, magic: bytes, stamp: IndexStamp, extra: dict[str, Any], payload: bytes) -> None:
    """Write atomically: temp file, fsync, rename, fsync the directory."""
    header = json.dumps(
        {**asdict(stamp), **extra, "payload_bytes": len(payload), "crc32": zlib.crc32(payload)}, sort_keys=True
    ).encode()
    # The payload starts on a 64-byte boundary of the file, so arrays mapped from it are aligned: NumPy and
    # BLAS run their fast kernels only on aligned data (an unaligned float32 matrix-vector product over 20k
    # vectors took 10x longer). JSON allows the trailing spaces.
    header += b" " * (-(len(magic) + _HEADER_LEN.size + len(header)) % _ALIGN)
    write_atomically(path, magic + _HEADER_LEN.pack(len(header)) + header, payload)


_TEMP = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


def remove_orphans(directory: Path) -> list[Path]:
    """Delete temp files left by writers that died mid-write (``kill -9``, power loss); return them.

    A live writer holds its temp file's ``flock`` (``atomic.write_atomically``), whatever pid namespace it runs
    in; the pid in the name still protects the files of writers from before that lock, in this namespace."""
    removed = []
    for tmp in directory.glob(".*.tmp"):
        match = _TEMP.match(tmp.name)
        if match is None or _alive(int(match.group(1))) or _locked(tmp):
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def _locked(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True  # renamed or removed meanwhile: nothing to clean
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # and with it the lock this test took
    return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def read_header(path: Path, magic: bytes) -> tuple[IndexStamp, dict[str, Any], int]:
    """``(stamp, header, payload offset)``; cheap enough to compare versions before loading."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(magic) + _HEADER_LEN.size)
            if len(head) < len(magic) + _HEADER_LEN.size or not head.startswith(magic):
                raise IndexFileError(f"{path}: not a product-search index file of this kind")
            (length,) = _HEADER_LEN.unpack(head[len(magic) :])
            if length > _MAX_HEADER:
                raise IndexFileError(f"{path}: implausible header length {length}")
            raw = fh.read(length)
    except FileNotFoundError as exc:
        raise IndexFileError(f"{path}: missing") from exc
    except OSError as exc:
        raise IndexFileError(f"{path}: unreadable: {exc}") from exc
    try:
        meta = json.loads(raw)
        stamp = IndexStamp(
            store_instance=str(meta["store_instance"]),
            catalog=str(meta["catalog"]),
            version=int(meta["version"]),
            fingerprint=str(meta["fingerprint"]),
            dimension=int(meta["dimension"]),
            generation=int(meta["generation"]),  # files from before generations: rebuilt
        )
        int(meta["payload_bytes"]), int(meta["crc32"])
    except (ValueError, KeyError, TypeError) as exc:
        raise IndexFileError(f"{path}: corrupt header") from exc
    return stamp, meta, len(magic) + _HEADER_LEN.size + length


def read(path: Path, magic: bytes, expected: IndexStamp | None) -> tuple[IndexStamp, dict[str, Any], bytes]:
    """Header and verified payload; raise :class:`IndexFileError` unless intact (and ``expected``)."""
    stamp, meta, offset = read_header(path, magic)
    if expected is not None and stamp != expected:
        raise IndexFileError(f"{path}: built for {stamp}, expected {expected}")
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            payload = fh.read()
    except OSError as exc:
        raise IndexFileError(f"{path}: unreadable: {exc}") from exc
    if len(payload) != int(meta["payload_bytes"]) or zlib.crc32(payload) != int(meta["crc32"]):
        raise IndexFileError(f"{path}: payload truncated or corrupt")
    return stamp, meta, payload


def write_arrays(
    path: Path, magic: bytes, stamp: IndexStamp, extra: dict[str, Any], arrays: dict[str, npt.NDArray[Any]]
) -> None:
    """Write raw arrays, each 64-byte aligned in the payload, with their layout in the header."""
    layout: dict[str, list[Any]] = {}
    parts: list[bytes] = []
    offset = 0
    for name, array in arrays.items():
        raw = np.ascontiguousarray(array).tobytes()
        layout[name] = [array.dtype.str, list(array.shape), offset]
        pad = -len(raw) % _ALIGN
        parts += [raw, b"\0" * pad]
        offset += len(raw) + pad
    write(path, magic, stamp, {**extra, "arrays": layout}, b"".join(parts))


def read_arrays(
    path: Path, magic: bytes, expected: IndexStamp | None
) -> tuple[IndexStamp, dict[str, Any], dict[str, npt.NDArray[Any]]]:
    """Map a file written by :func:`write_arrays` read-only and verify it; the arrays share its pages.

    The writer replaces files by rename, so a mapping always sees the complete file it opened.
    """
    stamp, meta, offset = read_header(path, magic)
    if expected is not None and stamp != expected:
        raise IndexFileError(f"{path}: built for {stamp}, expected {expected}")
    try:
        with path.open("rb") as fh:
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError) as exc:
        raise IndexFileError(f"{path}: cannot map it: {exc}") from exc
    payload = memoryview(mapped)[offset:]
    if len(payload) != int(meta["payload_bytes"]) or zlib.crc32(payload) != int(meta["crc32"]):
        raise IndexFileError(f"{path}: payload truncated or corrupt")
    arrays: dict[str, npt.NDArray[Any]] = {}
    try:
        for name, (dtype, shape, start) in meta["arrays"].items():
            dt = np.dtype(dtype)
            count = int(np.prod(shape, dtype=np.int64))
            if dt.hasobject or start < 0 or start + count * dt.itemsize > len(payload):
                raise ValueError(f"array {name} outside the payload")
            arrays[name] = np.frombuffer(mapped, dtype=dt, count=count, offset=offset + int(start)).reshape(shape)
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError(f"{path}: corrupt array layout: {exc}") from exc
    finally:
        payload.release()
    return stamp, meta, arrays
