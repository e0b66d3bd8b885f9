"""The evaluation data (SciFact, WANDS; ../shared/data here) for a CI job that has none: packed once into a
deterministic archive that an operator uploads to the GitLab project's generic package registry, then fetched
and checked by the jobs. Never committed: the pipeline pins the archive by its SHA-256 (.gitlab-ci.yml,
EVALUATION_DATA_SHA256) and the job fails with one line if it cannot get exactly that archive.

    python scripts/evaluation_data.py pack ../shared/data evaluation-data.tar.gz    # prints the SHA-256
    python scripts/evaluation_data.py fetch URL DEST --sha256 HEX                    # skips where DEST has it

``fetch`` sends ``JOB-TOKEN: $CI_JOB_TOKEN`` where that variable is set (what the package registry accepts
from a job of the same project). Upload (once per data version, a maintainer's token; docs/operations.md):
``curl --fail --header "PRIVATE-TOKEN: $TOKEN" --upload-file evaluation-data.tar.gz
"$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/evaluation-data/1/evaluation-data.tar.gz"``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import sys
import tarfile
import urllib.request
from pathlib import Path

# What the suite and the evaluations read (tests/support.py SHARED_DATA): present means nothing to fetch.
REQUIRED = ("scifact/corpus.jsonl", "scifact/queries.jsonl", "scifact/qrels/train.tsv", "wands/queries.tsv")
TIMEOUT = 120  # seconds for the download


def pack(source: Path) -> bytes:
    """The folder as a gzipped tar that is the same bytes for the same files: names sorted, no times, owners
    or modes of this machine."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz, tarfile.open(fileobj=gz, mode="w") as tar:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            info = tarfile.TarInfo(path.relative_to(source).as_posix())
            data = path.read_bytes()
            info.size, info.mode, info.mtime = len(data), 0o444, 0
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def present(dest: Path) -> bool:
    return all((dest / name).is_file() for name in REQUIRED)


def _members(archive: bytes) -> dict[str, bytes]:
    """The archive's files by relative path: regular files only, no absolute path and no ``..`` (what
    ``pack`` writes; anything else is refused, whatever Python's tarfile filters this interpreter has)."""
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
        for member in tar:
            parts = Path(member.name).parts
            if not member.isfile() or Path(member.name).is_absolute() or ".." in parts or not parts:
                raise SystemExit(f"evaluation data: refused archive member {member.name!r}")
            handle = tar.extractfile(member)  # a regular file's: never None
            files[Path(*parts).as_posix()] = handle.read() if handle is not None else b""
    return files


def unpack(archive: bytes, sha256: str, dest: Path) -> None:
    """Check the archive against its pinned SHA-256 and its members (:func:`_members`), then write its files
    into ``dest``; or raise and write nothing."""
    digest = hashlib.sha256(archive).hexdigest()
    if digest != sha256:
        raise SystemExit(f"evaluation data: SHA-256 {digest} is not the pinned {sha256}; nothing extracted")
    files = _members(archive)
    if missing := [name for name in REQUIRED if name not in files]:
        raise SystemExit(f"evaluation data: the archive lacks {', '.join(missing)}")
    for name, data in files.items():
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def fetch(url: str, dest: Path, sha256: str) -> str:
    """Download, check and extract the archive unless ``dest`` has the data; what was done, in words."""
    if present(dest):
        return f"evaluation data: present in {dest}, nothing fetched"
    headers = {"JOB-TOKEN": token} if (token := os.environ.get("CI_JOB_TOKEN")) else {}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310  # the pipeline's own registry URL
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310  # nosec B310
            archive = response.read()
    except OSError as exc:
        raise SystemExit(f"evaluation data: cannot download {url}: {exc}") from exc
    unpack(archive, sha256, dest)
    return f"evaluation data: {len(archive)} bytes from {url} into {dest}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("pack", help="write the archive of a data folder and print its SHA-256")
    p.add_argument("source", type=Path)
    p.add_argument("archive", type=Path)
    f = commands.add_parser("fetch", help="download, check and extract the archive unless the data is there")
    f.add_argument("url")
    f.add_argument("dest", type=Path)
    f.add_argument("--sha256", required=True)
    args = parser.parse_args(argv)
    if args.command == "pack":
        archive = pack(args.source)
        args.archive.write_bytes(archive)
        print(hashlib.sha256(archive).hexdigest())
    else:
        print(fetch(args.url, args.dest, args.sha256))
    return 0


if __name__ == "__main__":
    sys.exit(main())
