"""The evaluation data a CI job fetches from the project's package registry (scripts/evaluation_data.py): one
deterministic archive, pinned by the pipeline's SHA-256, checked before anything is written."""

from __future__ import annotations

import hashlib
import http.server
import importlib.util
import io
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from .support import ROOT, SHARED_DATA

_spec = importlib.util.spec_from_file_location("evaluation_data", ROOT / "scripts" / "evaluation_data.py")
assert _spec is not None and _spec.loader is not None
evaluation_data: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluation_data)
PIPELINE = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text())


def _archive(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


SMALL = {name: f"{name}\n".encode() for name in evaluation_data.REQUIRED}


@pytest.fixture
def registry() -> Iterator[tuple[str, list[dict[str, str]], dict[str, bytes]]]:
    """A local HTTP server standing in for the package registry: its URL, the requests' headers, and the
    archives it serves by path."""
    seen: list[dict[str, str]] = []
    served: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the stdlib's name
            seen.append(dict(self.headers))
            body = served.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen, served
    server.shutdown()
    thread.join(10)


def test_the_packed_data_is_the_archive_the_pipeline_pins() -> None:
    if not evaluation_data.present(SHARED_DATA):
        pytest.skip(f"no evaluation data in {SHARED_DATA}")
    archive = evaluation_data.pack(SHARED_DATA)
    assert archive == evaluation_data.pack(SHARED_DATA), "the same bytes every time"
    assert hashlib.sha256(archive).hexdigest() == PIPELINE["variables"]["EVALUATION_DATA_SHA256"]
    assert any("scripts/evaluation_data.py fetch" in line for line in PIPELINE["test"]["script"])


def test_a_job_fetches_checks_and_extracts_once(
    registry: tuple[str, list[dict[str, str]], dict[str, bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, seen, served = registry
    archive = _archive(SMALL)
    served["/data.tar.gz"] = archive
    monkeypatch.setenv("CI_JOB_TOKEN", "job-token-1")
    dest = tmp_path / "data"
    said = evaluation_data.fetch(f"{url}/data.tar.gz", dest, hashlib.sha256(archive).hexdigest())
    assert "bytes from" in said and evaluation_data.present(dest)
    assert {name: (dest / name).read_bytes() for name in SMALL} == SMALL
    assert {k.lower(): v for k, v in seen[0].items()}["job-token"] == "job-token-1"  # names: any case
    assert "present" in evaluation_data.fetch(f"{url}/data.tar.gz", dest, "0" * 64) and len(seen) == 1


def test_a_wrong_or_hostile_archive_writes_nothing(
    registry: tuple[str, list[dict[str, str]], dict[str, bytes]], tmp_path: Path
) -> None:
    url, _, served = registry
    dest = tmp_path / "data"
    served["/changed.tar.gz"] = archive = _archive(SMALL)
    with pytest.raises(SystemExit, match="is not the pinned"):
        evaluation_data.fetch(f"{url}/changed.tar.gz", dest, "0" * 64)
    hostile = _archive({**SMALL, "../escaped.txt": b"x"})
    served["/hostile.tar.gz"] = hostile
    with pytest.raises(SystemExit, match="refused archive member"):
        evaluation_data.fetch(f"{url}/hostile.tar.gz", dest, hashlib.sha256(hostile).hexdigest())
    with pytest.raises(SystemExit, match="cannot download"):
        evaluation_data.fetch(f"{url}/missing.tar.gz", dest, hashlib.sha256(archive).hexdigest())
    assert not dest.exists() and not (tmp_path / "escaped.txt").exists()
