"""Crash safety under a real Gunicorn: ``kill -9`` a worker or the whole service in the middle of an upload,
a delete or an index rebuild; damaged files; a full disk.

After each crash and restart: every acknowledged change is present, an unacknowledged one is either
complete or absent (never half), searches answer what they answered before (or, if the change
landed, what a clean rebuild from the store answers), and nothing is encoded again.

``make faults`` (CI runs it after ``make test``) runs one kill per kind; ``make reliability`` (``-m reliability``)
runs many kills at random moments.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pytest
import requests
from flask import Flask

from product_search_harness.service import ServiceProcess

from .support import ADMIN, MODEL_CACHE, REPOSITORY, ROOT, SERVICE_ENV, upload, wait_until

# Fault injection: out of the default suite for its time (make faults; CI runs it after make test).
pytestmark = [pytest.mark.slow, pytest.mark.faults]

Op = Literal["upload", "delete"]
Victim = Literal["worker", "service"]
Moment = Literal["encoded", "committed", "random"]
QUERIES = {
    "queries": ["stainless hex bolt M8", "zinc plated washer", "DIN 933 M12 x 40", "cordless drill"],
    "top_k": 10,
}
BASE = 3000


def product(i: int, revision: int = 0) -> dict[str, Any]:
    kinds = ["hex bolt", "washer", "wood screw", "wall plug", "threaded rod", "cordless drill"]
    text = f"{kinds[i % 6]} M{i % 20 + 3} x {i % 90 + 10} {['zinc plated', 'stainless', 'black'][i % 3]}"
    if revision:
        text += f" revision {revision}"
    return {"id": f"p{i}", "description": f"{text} DIN {900 + i % 40} item {i}", "metadata": {"n": i}}


# -- observing a server ------------------------------------------------------------------------------


def products_of(server: ServiceProcess, catalog: str = "tools") -> dict[str, str]:
    out: dict[str, str] = {}
    cursor = ""
    while True:
        page = server.get(f"/v1/catalogs/{catalog}/products?limit=100" + (f"&cursor={cursor}" if cursor else ""))
        assert page.status_code == 200, page.text
        out.update({p["id"]: p["description"] for p in page.json()["products"]})
        cursor = page.json()["next_cursor"]
        if not cursor:
            return out


def search(server: ServiceProcess) -> dict[str, Any]:
    resp = server.post("/v1/catalogs/tools/search", QUERIES)
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def committed_version(data_dir: Path) -> int:
    """The catalog's version as the store has it (read-only; WAL lets this read alongside the server)."""
    conn = sqlite3.connect(f"file:{data_dir / 'catalogs.sqlite3'}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute("SELECT version FROM catalogs WHERE name = 'tools'").fetchone()
        return int(row[0])
    finally:
        conn.close()


def encoded_since_start(server: ServiceProcess) -> int:
    return int(server.get("/v1/info").json()["process"].get("documents_encoded", 0))


# -- one crash ---------------------------------------------------------------------------------------


@dataclass
class Crash:
    """Runs one write, kills at ``moment``, restarts, and checks the invariants."""

    server: ServiceProcess
    rng: random.Random
    pauses: Path  # the service's PRODUCT_SEARCH_PAUSE_DIR: where a named moment is armed
    log: list[str] = field(default_factory=list)

    def write(self, op: Op, round_: int) -> tuple[Callable[[], requests.Response], dict[str, str]]:
        before = products_of(self.server)
        url = self.server.url + "/v1/catalogs/tools/products"
        if op == "upload":
            # Half changed descriptions of existing products, half new ones: both must land together.
            existing = self.rng.sample(sorted(before, key=lambda k: int(k[1:])), min(750, len(before)))
            new = [product(BASE + 1000 * round_ + i) for i in range(750)]
            changed = [product(int(pid[1:]), revision=round_ + 1) for pid in existing]
            body = {"products": changed + new}
            expected = {**before, **{p["id"]: p["description"] for p in changed + new}}
            return lambda: requests.post(url, json=body, headers=ADMIN, timeout=120), expected
        victims = self.rng.sample(sorted(before), min(1000, len(before) // 3))
        expected = {k: v for k, v in before.items() if k not in set(victims)}
        return (
            lambda: requests.post(url + "/delete", json={"ids": victims}, headers=ADMIN, timeout=120),
            expected,
        )

    def run(self, op: Op, victim: Victim, moment: Moment, round_: int = 0) -> str:
        server = self.server
        before_products = products_of(server)
        before_results = search(server)
        v0 = committed_version(server.data_dir)
        call, expected = self.write(op, round_)
        outcome: list[requests.Response | Exception] = []

        def send() -> None:
            try:
                outcome.append(call())
            except requests.RequestException as exc:
                outcome.append(exc)

        # A named moment is a pause point the service holds the write at (product_search.pause_points): the
        # kill lands exactly there, and the test asserts it did.
        point = {"encoded": f"{op}_encoded", "committed": f"{op}_committed"}.get(moment)
        if point is not None:
            (self.pauses / f"{point}.armed").touch()
        sender = threading.Thread(target=send)
        sender.start()
        # Random moments are weighted to the short windows: deletes commit within milliseconds.
        if point is not None:
            held = self.pauses / f"{point}.reached"
            wait_until(held.exists, 120, f"the write held at {point}", interval=0.001)
            held.unlink()
        elif self.rng.random() < 0.3:
            wait_until(
                lambda: committed_version(server.data_dir) > v0 or not sender.is_alive(), 60, "the commit", 0.001
            )
        else:
            time.sleep(self.rng.choice([self.rng.uniform(0.0, 0.3), self.rng.uniform(0.0, 2.0)]))
        phase = "after commit" if committed_version(server.data_dir) > v0 else "before commit"
        if point is not None:
            assert phase == ("before commit" if moment == "encoded" else "after commit"), (point, phase)
            assert sender.is_alive(), "held at the pause point: no answer yet"
        if victim == "worker":
            (pid,) = server.worker_pids()  # one worker: it is the one doing the write
            os.kill(pid, signal.SIGKILL)
        else:
            server.kill_all()
        sender.join(timeout=120)
        assert not sender.is_alive(), "the write's request ended with the kill"
        acknowledged = isinstance(outcome[0], requests.Response) and outcome[0].status_code in (200, 201)
        if point is not None:
            assert not acknowledged, f"killed at {point}: before the answer"
        if victim == "service":
            server.start()
        else:
            assert server.proc is not None
            server.wait_ready(120)  # the master replaced the worker
        encoded = encoded_since_start(server)
        after_products = products_of(server)
        after_results = search(server)
        landed = after_products == expected
        self.log.append(f"{op} kill {victim} {moment}: {phase}, acknowledged={acknowledged}, landed={landed}")
        # Nothing acknowledged is lost; nothing unacknowledged is half there.
        if acknowledged:
            assert landed, "an acknowledged write is missing after the crash"
        else:
            assert landed or after_products == before_products, "half a write is visible after the crash"
        if point is not None:  # committed: it stands though never acknowledged; before: nothing of it
            assert landed == (phase == "after commit"), (point, landed)
        assert encoded == 0, "a restart must rebuild indexes from stored vectors, never re-encode"
        if not landed:
            assert after_results == before_results
        else:
            # The same answers as indexes rebuilt from scratch from the store.
            server.stop()
            for f in (server.data_dir / "indexes").iterdir():
                f.unlink()
            server.start()
            assert search(server) == after_results
        leftovers = [p.name for p in (server.data_dir / "indexes").glob(".*.tmp")]
        assert not leftovers, f"temp files of dead writers left behind: {leftovers}"
        return phase


@pytest.fixture
def pauses(tmp_path: Path) -> Path:
    """Where a test arms the service's pause points (PRODUCT_SEARCH_PAUSE_DIR)."""
    folder = tmp_path / "pauses"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def seeded_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the ``tools`` catalog of BASE products, uploaded once through a real service and left by
    its clean stop: each test serves a copy of its own (encoding them again took ~10 s a test)."""
    directory = tmp_path_factory.mktemp("crash-seed") / "data"
    server = ServiceProcess(directory, workers=1, env=SERVICE_ENV, log=directory.parent / "gunicorn.log")
    server.start(timeout=120)
    try:
        for start in range(0, BASE, 1500):
            products = [product(i) for i in range(start, start + 1500)]
            assert server.post("/v1/catalogs/tools/products", {"products": products}, headers=ADMIN).ok
    finally:
        stopped = server.stop()
    assert stopped == 0, "the seeding service stopped cleanly: its files are whole"
    return directory


@pytest.fixture
def crash_server(
    gunicorn_factory: Callable[..., ServiceProcess], seeded_data: Path, pauses: Path, tmp_path: Path
) -> ServiceProcess:
    shutil.copytree(seeded_data, tmp_path / "data")
    return gunicorn_factory(workers=1, data_dir=tmp_path / "data", env={"PRODUCT_SEARCH_PAUSE_DIR": str(pauses)})


LONG = pytest.mark.reliability


@pytest.mark.parametrize(
    ("op", "victim", "moment"),
    [
        ("upload", "worker", "encoded"),
        ("upload", "service", "committed"),
        ("delete", "worker", "committed"),
        pytest.param("upload", "worker", "committed", marks=LONG),
        pytest.param("upload", "service", "encoded", marks=LONG),
        pytest.param("delete", "service", "committed", marks=LONG),
    ],
)
def test_kill_during_a_write(
    crash_server: ServiceProcess, pauses: Path, op: Op, victim: Victim, moment: Moment
) -> None:
    Crash(crash_server, random.Random(7), pauses).run(op, victim, moment)


def test_a_few_kills_at_seeded_random_moments(crash_server: ServiceProcess, pauses: Path) -> None:
    """make faults' share of the random kills (make reliability runs many): each round checks its own
    outcome; the seed makes a failure reproducible (CRASH_SEED)."""
    rng = random.Random(int(os.environ.get("CRASH_SEED", "2027")))
    crash = Crash(crash_server, rng, pauses)
    for round_ in range(2):
        crash.run(rng.choice(["upload", "delete"]), rng.choice(["worker", "service"]), "random", round_)
    print("\n".join(crash.log))


@LONG
def test_many_kills_at_random_moments(crash_server: ServiceProcess, pauses: Path) -> None:
    rng = random.Random(int(os.environ.get("CRASH_SEED", "2026")))
    crash = Crash(crash_server, rng, pauses)
    phases = []
    rounds = int(os.environ.get("CRASH_ROUNDS", "16"))
    for round_ in range(rounds):
        op: Op = rng.choice(["upload", "delete"])
        victim: Victim = rng.choice(["worker", "service"])
        phases.append(crash.run(op, victim, "random", round_))
    print("\n".join(crash.log))
    # Each round checked its own outcome (Crash.run); the rounds must also have hit both windows.
    assert {"before commit", "after commit"} <= set(phases), phases


# -- an index rebuild killed -----------------------------------------------------------------------


def cli(data_dir: Path, *args: str, pauses: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRODUCT_SEARCH_")}
    env.update(
        PRODUCT_SEARCH_DATA_DIR=str(data_dir), PRODUCT_SEARCH_MODEL_CACHE_DIR=str(MODEL_CACHE),
        PRODUCT_SEARCH_MODEL_REPOSITORY=str(REPOSITORY), PRODUCT_SEARCH_PAUSE_DIR=str(pauses),
    )  # fmt: skip
    return subprocess.Popen(
        [sys.executable, "-m", "product_search.cli", *args], env=env, cwd=ROOT, stdout=subprocess.PIPE
    )


def vector_file(data_dir: Path, catalog: str) -> Path:
    """The vector index file of a catalog's (only) generation."""
    (path,) = (data_dir / "indexes").glob(f"{catalog}.g*.vectors")
    return path


@pytest.mark.parametrize("victim", ["cli", pytest.param("service", marks=LONG)])
def test_kill_during_an_index_rebuild(crash_server: ServiceProcess, pauses: Path, victim: str) -> None:
    server = crash_server
    before = search(server)
    index_dir = server.data_dir / "indexes"
    if victim == "cli":
        # `product-search index` (make index) killed while it replaces the files: held at its pause point
        # between removing the old vector file and writing the new one (the lexical file already rewritten).
        (pauses / "index_replacing.armed").touch()
        proc = cli(server.data_dir, "index", "tools", pauses=pauses)
        held = pauses / "index_replacing.reached"
        wait_until(lambda: held.exists() or proc.poll() is not None, 120, "the rebuild replacing the files", 0.01)
        assert proc.poll() is None and int(held.read_text()) == proc.pid, "held at the point, not finished"
        assert not any(index_dir.glob("tools.*.vectors")), "killed in the window: the old file gone, no new one yet"
        proc.kill()
        proc.wait()
        server.kill_all()
    else:
        # The service killed while its worker rebuilds the missing indexes at start.
        server.stop()
        for f in index_dir.iterdir():
            f.unlink()
        server.launch()
        wait_until(lambda: any(index_dir.glob("*")), 120, "a rebuilt index file", 0.001)
        server.kill_all()
    server.start()
    assert search(server) == before
    assert encoded_since_start(server) == 0
    assert not list(index_dir.glob(".*.tmp"))


# -- damaged files -----------------------------------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "missing":
        path.unlink()
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "bit flip":
        data[len(data) * 3 // 4] ^= 0x10
        path.write_bytes(bytes(data))
    elif how == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif how == "empty":
        path.write_bytes(b"")


def test_damaged_index_files_are_rebuilt_from_the_store(crash_server: ServiceProcess) -> None:
    server = crash_server
    before = search(server)
    for how in ("missing", "truncated", "bit flip", "garbage", "empty"):
        server.stop()
        for path in (vector_file(server.data_dir, "tools"), server.data_dir / "indexes" / "tools.bm25"):
            _damage(path, how)
        server.start()
        assert search(server) == before, how
        counters = server.get("/v1/info").json()["process"]
        assert counters.get("documents_encoded", 0) == 0, how
        assert counters["index_builds"] == 1 and counters["lexical_builds"] == 1, how


def test_index_file_of_another_catalog_is_refused(crash_server: ServiceProcess) -> None:
    server = crash_server
    assert server.post("/v1/catalogs/other/products", {"products": [product(1)]}, headers=ADMIN).ok
    before = search(server)
    server.stop()
    index_dir = server.data_dir / "indexes"
    shutil.copy(vector_file(server.data_dir, "other"), vector_file(server.data_dir, "tools"))
    shutil.copy(index_dir / "other.bm25", index_dir / "tools.bm25")
    server.start()
    assert search(server) == before


@pytest.mark.parametrize("how", ["bit flip", *(pytest.param(h, marks=LONG) for h in ("garbage", "truncated"))])
def test_damaged_store_keeps_the_service_unready(gunicorn_factory: Callable[..., ServiceProcess], how: str) -> None:
    server = gunicorn_factory(workers=1)
    assert server.post("/v1/catalogs/tools/products", {"products": [product(i) for i in range(1500)]}, headers=ADMIN).ok
    server.stop()
    db = server.data_dir / "catalogs.sqlite3"
    conn = sqlite3.connect(db)  # fold the write-ahead log into the file, so that damaging the file counts
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if how == "bit flip":
        # Damage pages' own headers, not the file's and not stored values (a flipped bit inside a vector
        # is a valid page SQLite cannot tell from any other): it opens the file, the integrity check finds it.
        data = bytearray(db.read_bytes())
        page = 4096
        for start in range(len(data) // 3 // page * page, 2 * len(data) // 3, page):
            data[start] ^= 0xA5
        db.write_bytes(bytes(data))
    else:
        _damage(db, how)
    server.launch()

    def warm_up_over() -> bool:
        try:
            return "starting" not in server.get("/readyz").json()["details"].get("reason", "")
        except requests.ConnectionError:
            return False

    wait_until(warm_up_over, 120, "the warm-up over", interval=0.2)
    ready = server.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["details"]["reason"] == (
        "the catalog store cannot be opened or is damaged; see the service log"
    )
    assert str(server.data_dir) not in ready.text  # no internals in answers
    # Data endpoints refuse rather than answer from a damaged store; health and info still answer.
    for resp in (
        server.post("/v1/catalogs/tools/search", QUERIES),
        server.get("/v1/catalogs/tools/products"),
        server.post("/v1/catalogs/tools/products", {"products": [product(1)]}, headers=ADMIN),
    ):
        assert resp.status_code == 503 and resp.json()["error"]["code"] == "unavailable", resp.text
        assert resp.headers["Retry-After"]
    assert server.get("/healthz").status_code == 200
    log = server.log_tail(None)
    assert "damaged" in log or "cannot be opened" in log


# -- a full disk -----------------------------------------------------------------------------------


@dataclass
class FullDisk:
    """Where a test's data lives, and how its disk is made full and freed again."""

    data_dir: Path
    fill: Callable[[], None]
    free: Callable[[], None]
    settings: dict[str, Any] = field(default_factory=dict)


def _small_filesystem(tmp_path: Path) -> Iterator[FullDisk]:
    """A real 24 MiB filesystem (tmpfs): writes beyond it fail with ENOSPC / SQLITE_FULL. Needs CAP_SYS_ADMIN."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)], capture_output=True, check=False
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    filler = mount / "filler"

    def fill() -> None:
        stat = os.statvfs(mount)
        filler.write_bytes(b"\0" * max(0, stat.f_bavail * stat.f_frsize - 256 * 1024))

    try:
        yield FullDisk(mount / "data", fill, filler.unlink)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _store_at_its_size(tmp_path: Path) -> Iterator[FullDisk]:
    """Without privileges: the service's full-disk point (product_search.pause_points) caps SQLite at its
    current size for the next write, so SQLite's own pager fails it with SQLITE_FULL; freed = not armed."""
    pauses = tmp_path / "pauses"
    pauses.mkdir()
    yield FullDisk(
        tmp_path / "data",
        fill=(pauses / "store_write.full").touch,
        free=lambda: (pauses / "store_write.full").unlink(missing_ok=True),
        settings={"pause_dir": pauses},
    )


@pytest.fixture(params=["tmpfs", "store at its size"])
def full_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FullDisk]:
    """A disk that fills up: a real small filesystem where it can be mounted, and everywhere the store's own
    full-disk failure (the pipeline's unprivileged faults job runs that one)."""
    yield from (_small_filesystem if request.param == "tmpfs" else _store_at_its_size)(tmp_path)


def test_full_disk_fails_the_upload_cleanly(make_app: Callable[..., Flask], full_disk: FullDisk) -> None:
    app = make_app(data_dir=full_disk.data_dir, **full_disk.settings)
    client = app.test_client()
    assert upload(client, "tools", [product(i) for i in range(500)]).status_code == 201
    before = client.post("/v1/catalogs/tools/search", json=QUERIES).json
    version = client.get("/v1/catalogs/tools").json["version"]
    full_disk.fill()
    resp = upload(client, "tools", [product(i, revision=1) for i in range(2000)])
    assert resp.status_code == 507, resp.get_data(as_text=True)
    assert resp.json["error"]["code"] == "insufficient_storage"
    assert str(full_disk.data_dir) not in resp.get_data(as_text=True)
    # The previous state stands and is served.
    assert client.get("/v1/catalogs/tools").json["version"] == version
    assert client.post("/v1/catalogs/tools/search", json=QUERIES).json == before
    assert client.get("/v1/catalogs/tools/products/p1").json["description"] == product(1)["description"]
    # Space freed: the same upload succeeds, and a fresh process sees exactly that.
    full_disk.free()
    assert upload(client, "tools", [product(i, revision=1) for i in range(2000)]).status_code == 200
    fresh = make_app(data_dir=full_disk.data_dir).test_client()
    assert fresh.get("/v1/catalogs/tools").json["product_count"] == 2000
    assert fresh.get("/v1/catalogs/tools/products/p1").json["description"] == product(1, 1)["description"]


def test_a_full_disk_while_index_files_are_written_loses_nothing(
    make_app: Callable[..., Flask], tmp_path: Path
) -> None:
    """The disk fills after the store committed, while an index file is written: the upload is acknowledged
    (the store is the truth), no partial file is left, searches answer the new products from memory, and a
    fresh process rebuilds the files from the store and answers the same."""
    pauses = tmp_path / "pauses"
    pauses.mkdir()
    data_dir = tmp_path / "data"
    client = make_app(data_dir=data_dir, pause_dir=pauses).test_client()
    assert upload(client, "tools", [product(i) for i in range(500)]).status_code == 201
    (pauses / "file_write.full").touch()
    resp = upload(client, "tools", [product(i, revision=1) for i in range(500)])
    assert resp.status_code == 200, resp.get_data(as_text=True)
    assert not (pauses / "file_write.full").exists(), "the upload wrote an index file and met the full disk"
    assert not list((data_dir / "indexes").glob(".*.tmp")), "no partial file is left"
    after = client.post("/v1/catalogs/tools/search", json=QUERIES).json
    hits = [hit for result in after["results"] for hit in result]
    assert hits and all("revision 1" in hit["description"] for hit in hits), "every product is the new one"
    fresh = make_app(data_dir=data_dir).test_client()
    assert fresh.post("/v1/catalogs/tools/search", json=QUERIES).json["results"] == after["results"]
    assert fresh.get("/v1/catalogs/tools").json["version"] == client.get("/v1/catalogs/tools").json["version"]
