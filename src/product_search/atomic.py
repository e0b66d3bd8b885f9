"""Files that appear whole or not at all: temp file, fsync, rename, fsync of the directory."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from pathlib import Path

from . import pause_points


def write_atomically(path: Path, *parts: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``parts`` written one after another; a crash leaves the old file or the new one.

    The temp file is ``.<name>.<pid>.<random>.tmp`` beside ``path``, under the writer's exclusive ``flock``
    until it has its name: a cleanup that can take that lock knows the writer died, also from another pid
    namespace (two containers on one data volume: ``index.indexfile.remove_orphans``). ``mode``: the new
    file's permissions (0644 where another user serves what an importer wrote: the model repository).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            os.fchmod(fh.fileno(), mode)
            for part in parts:
                fh.write(part)
                if pause_points.disk_full("file_write"):  # crash tests: the disk fills while it is written
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), tmp)
            fh.flush()
            os.fsync(fh.fileno())
            os.replace(tmp, path)  # still locked: the name changes before the lock goes
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
