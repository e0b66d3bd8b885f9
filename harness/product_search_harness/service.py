"""The service as a child process: start Gunicorn, wait until it is ready, stop it (with a kill fallback).

The one harness for everything that runs the real service: the test suite, ``scripts/evaluate.py``,
the benchmark and the load test. The child gets a clean environment: every ``PRODUCT_SEARCH_*``
variable of the caller is dropped, then the harness sets the data dir, bind address and workers, and
the caller adds what it wants (``env``)::

    with ServiceProcess(tmp / "data", workers=2, env={"PRODUCT_SEARCH_ADMIN_KEYS": key}) as service:
        requests.post(service.url + "/v1/catalogs/c/products", ...)
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import psutil
import requests

from product_search.config import PREFIX

# The production command line (docker/entrypoint.sh runs the same), with this interpreter.
COMMAND = ("-m", "gunicorn", "-c", "python:product_search.serving.gunicorn_conf", "product_search.serving.wsgi:app")


BIND_ATTEMPTS = 3  # launches on a port the harness chose, each after another process took the last one


def free_port() -> int:
    """A TCP port on the loopback that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _taken(port: int) -> bool:
    """Whether another process holds ``port`` on the loopback now."""
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
        return False


def _listener(port: int) -> str | None:
    """The process listening on ``port`` on the loopback (pid, parent and command line), None if none."""
    for c in psutil.net_connections("tcp"):
        if c.status != psutil.CONN_LISTEN or c.laddr.port != port:
            continue
        if c.pid is None:
            return "a process of another user"
        try:
            p = psutil.Process(c.pid)
            return f"pid {p.pid} (parent {p.ppid()}): {' '.join(p.cmdline())}"
        except psutil.NoSuchProcess:
            continue
    return None


def clean_environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without any ``PRODUCT_SEARCH_*`` variable, model hubs offline, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(PREFIX)}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    env.update(extra or {})
    return env


class ServiceProcess:
    """One Gunicorn master and its workers, serving ``data_dir`` on ``127.0.0.1``.

    Args:
        data_dir: the service's data dir (store, index files).
        workers: Gunicorn workers; readiness waits until all of them answer.
        env: variables on top of the clean environment (keys, limits, backend, ...).
        port: the port to bind (default: a free one).
        log: where the service's output goes: a file path, or None to discard it (benchmarks).
        cpus: the CPUs it may run on (``taskset`` list, e.g. ``"0"``; None: all), set before it starts so
            every worker and thread inherits it.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        workers: int = 1,
        env: Mapping[str, str] | None = None,
        port: int | None = None,
        log: Path | None = None,
        cpus: str | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.cpus = cpus
        self.workers = workers
        self.port = port or free_port()
        self.port_chosen = port is None  # by the harness: another may be chosen if something takes it first
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_env = dict(env or {})
        self.log_path = log
        self.proc: subprocess.Popen[bytes] | None = None

    def environment(self) -> dict[str, str]:
        return clean_environment(
            {
                "PORT": str(self.port),
                "HOST": "127.0.0.1",
                # On the loopback only, as make run: reads open unless the caller sets read keys.
                f"{PREFIX}OPEN_READS": "1",
                f"{PREFIX}DATA_DIR": str(self.data_dir),
                f"{PREFIX}WORKERS": str(self.workers),
                **self.extra_env,
            }
        )

    def launch(self) -> None:
        """Start Gunicorn without waiting for readiness."""
        out: IO[bytes] | int = subprocess.DEVNULL
        if self.log_path is not None:
            out = self.log_path.open("ab")
        try:
            # A fixed command line: this interpreter running the production Gunicorn configuration.
            pinned = ["taskset", "-c", self.cpus] if self.cpus else []
            self.proc = subprocess.Popen(  # noqa: S603
                [*pinned, sys.executable, *COMMAND], env=self.environment(), stdout=out, stderr=subprocess.STDOUT
            )
        finally:
            if not isinstance(out, int):
                out.close()  # the child holds its own descriptor

    def wait_ready(self, timeout: float = 600) -> float:
        """Seconds until every worker answered ``/readyz`` with 200 (3 x workers successes in a row: the
        kernel spreads connections over the workers); RuntimeError if the master exits or time runs out."""
        started = time.monotonic()
        ok_in_a_row = 0
        while ok_in_a_row < 3 * self.workers:
            if self.proc is None or self.proc.poll() is not None:
                code = None if self.proc is None else self.proc.returncode
                raise RuntimeError(f"gunicorn exited with {code}; log: {self.log_tail()}")
            if time.monotonic() - started > timeout:
                raise RuntimeError(f"gunicorn not ready after {timeout} s; log: {self.log_tail()}")
            try:
                # An answer counts only while this master holds the port: a process left on it (or one that took
                # it before this master bound it) would otherwise pass for this service.
                ok = requests.get(self.url + "/readyz", timeout=2).status_code == 200 and self._listening()
            except requests.RequestException:
                ok = False
            ok_in_a_row = ok_in_a_row + 1 if ok else 0
            time.sleep(0.02 if ok else 0.2)
        return time.monotonic() - started

    def start(self, timeout: float = 600) -> float:
        """Launch and wait for readiness; return the seconds it took (cold start).

        A port the harness chose was free when chosen, not when Gunicorn binds it: if another process took it
        in between (Gunicorn exits after its bind retries), the service is launched again on a new port."""
        started = time.monotonic()
        for attempt in range(1, BIND_ATTEMPTS + 1):
            self.launch()
            try:
                self.wait_ready(timeout)
                return time.monotonic() - started
            except RuntimeError:
                exited = self.proc is not None and self.proc.poll() is not None
                if not (self.port_chosen and exited and attempt < BIND_ATTEMPTS and _taken(self.port)):
                    raise
                self.port = free_port()
                self.url = f"http://127.0.0.1:{self.port}"
        raise AssertionError("unreachable")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int | None:
        """Send ``sig`` (graceful by default), wait, SIGKILL the whole group of processes if it hangs.

        Returns the master's exit status (None if it was not running).
        """
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            workers = self._children(proc.pid)
            proc.send_signal(sig)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                for p in [*workers, *self._children(proc.pid)]:
                    p.kill()
                proc.kill()
                proc.wait()
        return proc.returncode

    def kill_all(self) -> None:
        """SIGKILL the master and every worker at once: a crash of the whole service (or its container)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        victims = [psutil.Process(proc.pid), *self._children(proc.pid)]
        for p in victims:
            with contextlib.suppress(psutil.NoSuchProcess):  # a worker may die with its master
                p.kill()
        proc.wait()
        psutil.wait_procs(victims, timeout=10)
        self._wait_released()

    def _listening(self) -> bool:
        """Whether this master holds the listening socket of its port (Gunicorn's master binds it; workers share it)."""
        if self.proc is None:
            return False
        try:
            connections = psutil.Process(self.proc.pid).net_connections("tcp")
        except psutil.NoSuchProcess:
            return False
        return any(c.status == psutil.CONN_LISTEN and c.laddr.port == self.port for c in connections)

    def _wait_released(self, timeout: float = 10) -> None:
        """Until nothing listens on the port any more; RuntimeError naming what still does (after a kill of the
        whole service: a process of it that escaped the kill would go on answering as this service)."""
        deadline = time.monotonic() + timeout
        while _listener(self.port) is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        holder = _listener(self.port)
        if holder is not None:
            raise RuntimeError(f"port {self.port} still served after the kill, by {holder}")

    @staticmethod
    def _children(pid: int) -> list[psutil.Process]:
        try:
            return list(psutil.Process(pid).children(recursive=True))
        except psutil.NoSuchProcess:
            return []

    def worker_pids(self) -> list[int]:
        """The pids of the master's workers now."""
        if self.proc is None:
            raise RuntimeError("not running")
        return [c.pid for c in psutil.Process(self.proc.pid).children()]

    def pss_bytes(self) -> int:
        """Proportional set size of the master and all workers: the memory the service really uses."""
        if self.proc is None:
            raise RuntimeError("not running")
        master = psutil.Process(self.proc.pid)
        return sum(p.memory_full_info().pss for p in [master, *master.children(recursive=True)])

    def log_tail(self, chars: int | None = 4000) -> str:
        """The end of the service's output (None: all of it)."""
        if self.log_path is None or not self.log_path.exists():
            return "(no log kept)"
        text = self.log_path.read_text(errors="replace")
        return text if chars is None else text[-chars:]

    def get(self, path: str, *, headers: Mapping[str, str] | None = None, timeout: float = 60) -> requests.Response:
        return requests.get(self.url + path, headers=headers, timeout=timeout)

    def post(
        self, path: str, body: Any, *, headers: Mapping[str, str] | None = None, timeout: float = 60
    ) -> requests.Response:
        return requests.post(self.url + path, json=body, headers=headers, timeout=timeout)

    def __enter__(self) -> ServiceProcess:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
