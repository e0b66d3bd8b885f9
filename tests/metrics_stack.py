"""A real metrics pipeline for tests: StatsD (npm statsd 0.9) flushing to carbon-cache (graphite-carbon),
and graphite-web (Debian's) rendering what carbon wrote.

All run as child processes with their own config, ports and whisper directory under a temp dir.
StatsD uses the compose stack's own ``docker/statsd/config.js``; carbon uses the stack's
``storage-aggregation.conf`` and a 1-second retention that matches the 1-second flush used here.
graphite-web runs on the system interpreter (Debian installs it into /usr/lib/python3/dist-packages).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import warnings
from pathlib import Path
from typing import Any

import pytest
import requests
import whisper

from .support import wait_until

ROOT = Path(__file__).resolve().parents[1]
STATSD_JS_DEFAULT = ROOT / ".tools" / "statsd" / "node_modules" / "statsd" / "stats.js"
SYSTEM_PYTHON = Path("/usr/bin/python3")
GRAPHITE_WEB = Path("/usr/lib/python3/dist-packages/graphite/wsgi.py")  # Debian's graphite-web


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def missing_tools() -> str | None:
    """Why the stack cannot run here, or None."""
    problems = []
    if shutil.which("carbon-cache") is None:
        problems.append("carbon-cache not on PATH (apt-get install graphite-carbon)")
    if shutil.which("node") is None:
        problems.append("node not on PATH (apt-get install nodejs)")
    if not statsd_js().is_file():
        problems.append(f"{statsd_js()} missing (npm install --prefix .tools/statsd statsd@0.9.0)")
    return "; ".join(problems) or None


def skip_unless_available(reason: str | None, test: str) -> None:
    """Skip ``test`` (loudly) where a tool is missing; fail instead under PRODUCT_SEARCH_REQUIRE_METRICS_STACK=1
    (``.ci/run`` installs every tool and sets it)."""
    if reason is None:
        return
    if os.environ.get("PRODUCT_SEARCH_REQUIRE_METRICS_STACK") == "1":
        pytest.fail(f"metrics stack required but unavailable: {reason}")
    warnings.warn(f"SKIPPING {test}: {reason}", stacklevel=2)
    pytest.skip(f"{test} cannot run here: {reason}")


def missing_graphite_web() -> str | None:
    """Why graphite-web cannot run here, or None."""
    if not (SYSTEM_PYTHON.is_file() and GRAPHITE_WEB.is_file()):
        return f"{GRAPHITE_WEB} missing (apt-get install graphite-web)"
    return None


def statsd_js() -> Path:
    return Path(os.environ.get("PRODUCT_SEARCH_STATSD_JS", str(STATSD_JS_DEFAULT)))


def _wait_port(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 30) -> None:
    def listening() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    wait_until(listening, timeout, lambda: f"port {port} listening: {log.read_text(errors='replace')[-2000:]}", 0.1)


def _terminate(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 10 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class MetricsStack:
    """carbon-cache + StatsD; ``udp_port`` is where the service sends, ``value*`` read whisper files."""

    def __init__(self, base: Path, retentions: str = "1s:1h") -> None:
        self.base = base
        self.retentions = retentions  # of every whisper file (carbon's storage-schemas.conf)
        self.whisper_dir = base / "storage" / "whisper"
        self.line_port = free_port()
        self.cache_query_port = free_port()
        self.udp_port = free_port(socket.SOCK_DGRAM)
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> None:
        conf = self.base / "conf"
        for sub in ("conf", "log", "run", "storage/whisper", "storage/lists"):
            (self.base / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "docker" / "graphite" / "storage-aggregation.conf", conf)
        (conf / "storage-schemas.conf").write_text(f"[all]\npattern = .*\nretentions = {self.retentions}\n")
        (conf / "carbon.conf").write_text(
            "[cache]\n"
            f"STORAGE_DIR = {self.base / 'storage'}\n"
            f"LOCAL_DATA_DIR = {self.whisper_dir}\n"
            f"WHITELISTS_DIR = {self.base / 'storage' / 'lists'}\n"
            f"CONF_DIR = {conf}\n"
            f"LOG_DIR = {self.base / 'log'}\n"
            f"PID_DIR = {self.base / 'run'}\n"
            "USER =\n"
            "ENABLE_LOGROTATION = False\n"
            "MAX_CACHE_SIZE = inf\n"
            "MAX_UPDATES_PER_SECOND = 10000\n"
            "MAX_CREATES_PER_MINUTE = inf\n"
            "LINE_RECEIVER_INTERFACE = 127.0.0.1\n"
            f"LINE_RECEIVER_PORT = {self.line_port}\n"
            "ENABLE_UDP_LISTENER = False\n"
            "PICKLE_RECEIVER_INTERFACE = 127.0.0.1\n"
            f"PICKLE_RECEIVER_PORT = {free_port()}\n"
            "CACHE_QUERY_INTERFACE = 127.0.0.1\n"
            f"CACHE_QUERY_PORT = {self.cache_query_port}\n"
            "CACHE_WRITE_STRATEGY = sorted\n"
            "WHISPER_AUTOFLUSH = True\n"
            "ENABLE_TAGS = False\n"
        )
        carbon_log = self.base / "log" / "carbon-stdout.log"
        carbon = subprocess.Popen(
            ["carbon-cache", f"--config={conf / 'carbon.conf'}", "--nodaemon", "--logfile=-", "start"],
            stdout=carbon_log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        self.procs.append(carbon)
        _wait_port(self.line_port, carbon, carbon_log)

        mgmt_port = free_port()
        statsd_log = self.base / "log" / "statsd.log"
        env = {
            **os.environ,
            "STATSD_GRAPHITE_HOST": "127.0.0.1",
            "STATSD_GRAPHITE_PORT": str(self.line_port),
            "STATSD_ADDRESS": "127.0.0.1",
            "STATSD_PORT": str(self.udp_port),
            "STATSD_MGMT_PORT": str(mgmt_port),
            "STATSD_FLUSH_INTERVAL": "1000",
        }
        statsd = subprocess.Popen(
            ["node", str(statsd_js()), str(ROOT / "docker" / "statsd" / "config.js")],
            cwd=statsd_js().parent,
            env=env,
            stdout=statsd_log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        self.procs.append(statsd)
        _wait_port(mgmt_port, statsd, statsd_log)

    def stop(self) -> None:
        for proc in reversed(self.procs):
            _terminate(proc)
        self.procs.clear()

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-2000:] for p in sorted((self.base / "log").glob("*.log")))

    # -- reading whisper ------------------------------------------------------------------------

    def path(self, metric: str) -> Path:
        return self.whisper_dir.joinpath(*metric.split(".")).with_suffix(".wsp")

    def points(self, metric: str) -> list[float]:
        """Every non-empty point of the series within the retention (oldest first)."""
        path = self.path(metric)
        if not path.exists():
            return []
        try:
            _, values = whisper.fetch(str(path), 0)
        except whisper.CorruptWhisperFile:
            return []  # carbon is still writing the new file's header: no points yet (the waiters poll again)
        return [v for v in values if v is not None]

    def total(self, metric: str) -> float:
        return sum(self.points(metric))

    def last(self, metric: str) -> float | None:
        points = self.points(metric)
        return points[-1] if points else None

    def peak(self, metric: str) -> float | None:
        points = self.points(metric)
        return max(points) if points else None


# The webapp on wsgiref: one process, requests one at a time (the test renders sequentially).
_SERVE = """
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server
from graphite.wsgi import application
class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass
make_server("127.0.0.1", int(sys.argv[1]), application, handler_class=Quiet).serve_forever()
"""


class GraphiteWeb:
    """Debian's graphite-web over a :class:`MetricsStack`'s whisper files (and its carbon cache, through
    carbonlink, as in production); ``render`` is its render API."""

    def __init__(self, stack: MetricsStack) -> None:
        self.stack = stack
        self.base = stack.base / "webapp"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        (self.base / "log").mkdir(parents=True, exist_ok=True)
        settings = {
            "SECRET_KEY": "metrics-stack-test",
            "STORAGE_DIR": str(self.base),
            "WHISPER_DIR": str(self.stack.whisper_dir),
            "LOG_DIR": str(self.base / "log"),
            "INDEX_FILE": str(self.base / "index"),
            "CARBONLINK_HOSTS": [f"127.0.0.1:{self.stack.cache_query_port}"],
            "DEFAULT_CACHE_DURATION": 0,  # each render reads the files as they are now
            "DATABASES": {"default": {"NAME": str(self.base / "graphite.db"), "ENGINE": "django.db.backends.sqlite3"}},
        }
        (self.base / "test_graphite_settings.py").write_text(
            "".join(f"{name} = {value!r}\n" for name, value in settings.items())
        )
        env = {
            **os.environ,
            "PYTHONPATH": str(self.base),
            "DJANGO_SETTINGS_MODULE": "graphite.settings",
            "GRAPHITE_SETTINGS_MODULE": "test_graphite_settings",
        }
        env.pop("VIRTUAL_ENV", None)
        log = self.base / "log" / "webapp-stdout.log"
        self.proc = subprocess.Popen(
            [str(SYSTEM_PYTHON), "-c", _SERVE, str(self.port)],
            cwd=self.base,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        _wait_port(self.port, self.proc, log)

    def stop(self) -> None:
        if self.proc is not None:
            _terminate(self.proc)

    def render(self, targets: list[str], since: float, **params: str) -> requests.Response:
        """``/render`` of ``targets`` from ``since`` (epoch seconds) until now; ``format=json`` by default."""
        query: dict[str, Any] = {"target": targets, "from": str(int(since)), "until": "now", "format": "json"}
        return requests.get(f"{self.url}/render", params={**query, **params}, timeout=60)
