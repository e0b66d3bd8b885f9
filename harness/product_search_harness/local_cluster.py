"""A cluster on one machine's loopback, from the real parts: PostgreSQL (Debian's postgresql-15 by initdb and
pg_ctl in a temp dir), N product-search nodes (Gunicorn, each with its own data dir, all on that server) and
HAProxy running ``docker/haproxy/haproxy.cfg``, the compose profile's own config.

The cluster tests (tests/test_cluster.py) and the cluster benchmark (scripts/bench/cluster.py) drive it;
killing a node, stopping the database and adding a node are its fault injection. Development only: it
needs the repository checkout (the HAProxy config) and the Debian packages.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import psutil
import psycopg
import requests

from product_search.config import PREFIX

from .service import ServiceProcess, free_port

ROOT = Path(__file__).resolve().parents[2]
HAPROXY_CONFIG = ROOT / "docker" / "haproxy" / "haproxy.cfg"
PG_BIN = Path(os.environ.get("PRODUCT_SEARCH_PG_BIN", "/usr/lib/postgresql/15/bin"))
NODES_IN_CONFIG = 4  # server lines in haproxy.cfg: node1..node4 (node4 starts disabled: "a node added")


def missing_tools() -> str | None:
    """Why a local cluster cannot run here, or None."""
    problems = []
    if not (PG_BIN / "initdb").is_file():
        problems.append(f"{PG_BIN}/initdb missing (apt-get install postgresql-15)")
    if shutil.which("haproxy") is None:
        problems.append("haproxy not on PATH (apt-get install haproxy)")
    return "; ".join(problems) or None


class PostgresServer:
    """One PostgreSQL cluster under ``root``, on a free port with trust authentication (loopback only).

    As root, initdb and the server run as the ``postgres`` system user (initdb refuses root), so ``root``
    must be a directory that user can reach: the default, a fresh temp dir, is; pytest's tmp_path is not.
    """

    def __init__(self, root: Path | None = None, cpus: str | None = None) -> None:
        self.root = Path(root or tempfile.mkdtemp(prefix="product-search-pg-"))
        self.cpus = cpus  # taskset CPU list for the server and its backends (None: all)
        self.data = self.root / "data"
        self.port = free_port()
        self._as_root = os.geteuid() == 0

    def _run(self, *argv: str) -> None:
        pinned = ["taskset", "-c", self.cpus] if self.cpus else []
        cmd = [*pinned, *(["runuser", "-u", "postgres", "--"] if self._as_root else []), *argv]
        done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120)  # noqa: S603
        if done.returncode:
            raise RuntimeError(f"{Path(argv[0]).name} failed ({done.returncode}): {done.stderr.strip()[-1500:]}")

    def init(self) -> PostgresServer:
        self.root.mkdir(parents=True, exist_ok=True)
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-instructions")  # fmt: skip
        return self

    def start(self) -> PostgresServer:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=300"
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
                  "-w", "-t", "60", "start")  # fmt: skip
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast``: sessions are terminated at once; ``immediate``: as a crash)."""
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def kill(self) -> None:
        """SIGKILL the server and every backend at once: a crash (the OOM killer, a host or container lost), after
        which the next start replays the write-ahead log."""
        master = psutil.Process(int((self.data / "postmaster.pid").read_text().split()[0]))
        victims = [master, *master.children(recursive=True)]
        for p in victims:
            with contextlib.suppress(psutil.NoSuchProcess):
                p.kill()
        psutil.wait_procs(victims, timeout=10)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; its URL."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def destroy(self) -> None:
        with contextlib.suppress(RuntimeError):  # not running
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


class HAProxy:
    """HAProxy with the project's config, its nodes given by address; its runtime API on a unix socket."""

    def __init__(
        self,
        root: Path,
        nodes: list[str],
        *,
        node_maxconn: int = 4,
        queue_timeout: str = "1ms",
        max_queued: int = 3,
        config: Path = HAPROXY_CONFIG,
        cpus: str | None = None,
    ) -> None:
        self.port = free_port()
        self.cpus = cpus
        self.url = f"http://127.0.0.1:{self.port}"
        self.socket = root / "haproxy.sock"
        self.log_path = root / "haproxy.log"
        self.config = config
        self.env = {
            "PS_BIND": f"127.0.0.1:{self.port}",
            "PS_NODE_MAXCONN": str(node_maxconn),
            "PS_QUEUE_TIMEOUT": queue_timeout,
            "PS_MAX_QUEUED": str(max_queued),
            "PS_STATS_SOCKET": str(self.socket),
            # Unused lines get an address nothing listens on: they stay down (node4 starts disabled).
            **{f"PS_NODE{n + 1}": nodes[n] if n < len(nodes) else "127.0.0.1:9" for n in range(NODES_IN_CONFIG)},
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> HAProxy:
        log: IO[bytes] = self.log_path.open("ab")
        try:
            # A fixed command line: the packaged haproxy on the project's config file.
            # On its own host a load balancer never waits for the nodes' CPU; sharing one machine with
            # them, it runs at a higher priority instead (nice only warns where that is not allowed).
            pinned = ["taskset", "-c", self.cpus] if self.cpus else []
            command = [*pinned, "nice", "-n", "-10", "haproxy", "-db", "-f", str(self.config)]
            self.proc = subprocess.Popen(  # noqa: S603
                command,
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        finally:
            log.close()
        deadline = time.monotonic() + 20
        while not self.socket.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"haproxy did not start: {self.log_path.read_text(errors='replace')[-2000:]}")
            time.sleep(0.05)
        return self

    def command(self, line: str) -> str:
        """One runtime API command (``show stat``, ``enable server catalogs/node4``); its answer."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            deadline = time.monotonic() + 10
            while True:  # the socket file appears a moment before HAProxy accepts on it
                try:
                    sock.connect(str(self.socket))
                    break
                except ConnectionRefusedError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            sock.sendall(line.encode() + b"\n")
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).decode()

    def states(self, backend: str = "catalogs") -> dict[str, str]:
        """Each server of ``backend``: UP, DOWN, MAINT, ... (as ``show stat`` says)."""
        rows = csv.DictReader(io.StringIO(self.command("show stat").lstrip("# ")))
        return {
            r["svname"]: r["status"]
            for r in rows
            if r["pxname"] == backend and r["svname"] not in ("FRONTEND", "BACKEND")
        }

    def wait_states(self, wanted: Mapping[str, str], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            states = self.states()
            if all(states.get(name, "").startswith(state) for name, state in wanted.items()):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"haproxy servers {states}, waited for {dict(wanted)}")
            time.sleep(0.1)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGUSR1)  # soft stop: finish what is in flight
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class Cluster:
    """PostgreSQL + ``nodes`` product-search nodes + HAProxy in front, all on loopback under ``root``.

    Args:
        env: variables for every node (keys, limits, backend, model repository).
        workers: Gunicorn workers per node.
        cpus: ``(nodes and database, balancer)`` taskset CPU lists: on one machine standing for several, the
            balancer (and the caller's load generator, pinned by the caller) must not wait for the nodes'
            CPU, or the service is charged for their scheduling. None: everything on every CPU.
    """

    def __init__(
        self,
        root: Path,
        *,
        nodes: int = 3,
        workers: int = 1,
        env: Mapping[str, str] | None = None,
        node_maxconn: int = 4,
        queue_timeout: str = "1ms",
        max_queued: int = 3,
        cpus: tuple[str, str] | None = None,
    ) -> None:
        if not 1 <= nodes <= NODES_IN_CONFIG - 1:
            raise ValueError(f"1 to {NODES_IN_CONFIG - 1} nodes (the last line of haproxy.cfg is the one added)")
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.cpus = cpus
        self.postgres = PostgresServer(cpus=cpus[0] if cpus else None)
        self.env = dict(env or {})
        self.workers = workers
        self.store_url = ""
        self.nodes: list[ServiceProcess] = [self._node(n) for n in range(NODES_IN_CONFIG)]
        self.active = nodes
        self.haproxy = HAProxy(
            self.root, [f"127.0.0.1:{node.port}" for node in self.nodes], node_maxconn=node_maxconn,
            queue_timeout=queue_timeout, max_queued=max_queued, cpus=cpus[1] if cpus else None,
        )  # fmt: skip

    @property
    def url(self) -> str:
        return self.haproxy.url

    def _node(self, n: int) -> ServiceProcess:
        return ServiceProcess(
            self.root / f"node{n + 1}", workers=self.workers, env=self.env, log=self.root / f"node{n + 1}.log",
            cpus=self.cpus[0] if self.cpus else None,
        )  # fmt: skip

    def start(self, timeout: float = 300) -> Cluster:
        try:
            return self._start(timeout)
        except BaseException:
            self.stop()  # a half-started cluster leaves no process behind
            raise

    def _start(self, timeout: float) -> Cluster:
        self.postgres.init().start()
        self.store_url = self.postgres.create_database("product_search")
        for node in self.nodes:
            node.extra_env[f"{PREFIX}STORE_URL"] = self.store_url
        for node in self.nodes[: self.active]:  # all at once: the machine's cores load them together
            node.launch()
        for node in self.nodes[: self.active]:
            node.wait_ready(timeout)
        self.haproxy.start()
        for n in range(self.active, NODES_IN_CONFIG):  # lines of nodes not started yet: out of rotation
            self.haproxy.command(f"disable server catalogs/node{n + 1}")
        self.haproxy.wait_states({f"node{n + 1}": "UP" for n in range(self.active)})
        return self

    def add_node(self, timeout: float = 300) -> ServiceProcess:
        """Start the next node and put it into HAProxy's rotation (its share of catalogs moves to it)."""
        node = self.nodes[self.active]
        name = f"node{self.active + 1}"
        node.start(timeout)
        self.haproxy.command(f"enable server catalogs/{name}")
        self.haproxy.wait_states({name: "UP"})
        self.active += 1
        return node

    def remove_node(self) -> None:
        """Take the last node out of HAProxy's rotation and stop it: its catalogs go back to the others."""
        self.active -= 1
        self.haproxy.command(f"disable server catalogs/node{self.active + 1}")
        self.haproxy.wait_states({f"node{self.active + 1}": "MAINT"})
        self.nodes[self.active].stop()

    def kill_node(self, n: int) -> None:
        """``kill -9`` node ``n`` (0-based): its master and every worker at once."""
        self.nodes[n].kill_all()

    def restart_node(self, n: int, timeout: float = 300) -> float:
        node = self.nodes[n]
        started = node.start(timeout)
        self.haproxy.wait_states({f"node{n + 1}": "UP"})
        return started

    def get(self, path: str, **kw: object) -> requests.Response:
        return requests.get(self.url + path, timeout=30, **kw)  # type: ignore[arg-type]

    def stop(self) -> None:
        self.haproxy.stop()
        for node in self.nodes:
            node.stop()
        self.postgres.destroy()

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
