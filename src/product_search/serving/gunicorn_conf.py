"""Gunicorn configuration: ``gunicorn -c python:product_search.serving.gunicorn_conf product_search.serving.wsgi:app``.

The master preloads the app (model weights shared by all workers); each worker, after fork,
limits its intra-op threads, opens its own SQLite connections and loads the indexes.

SIGTERM drains: the master first marks the service as draining (``/readyz`` answers 503 in every
worker, responses close their connections) and keeps serving for ``PRODUCT_SEARCH_DRAIN_SECONDS``
so that load balancers stop sending; then Gunicorn's graceful stop lets in-flight requests finish
(``PRODUCT_SEARCH_GRACEFUL_TIMEOUT``). SIGHUP replaces the workers without draining the service.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from typing import Any

from gunicorn.glogging import Logger

from product_search.config import ServerSettings

_server = ServerSettings.from_env()

bind = _server.bind
workers = _server.workers
threads = _server.threads
worker_class = "gthread"
timeout = _server.timeout
graceful_timeout = _server.graceful_timeout
keepalive = 5
# The worker heartbeat touches a file on every loop turn; on tmpfs that costs nothing (on overlayfs it
# can stall: https://docs.gunicorn.org/en/stable/faq.html#blocking-os-fchmod).
# Gunicorn creates the file itself with mkstemp (private, unpredictable name).
_SHM = "/dev/shm"  # noqa: S108  # nosec B108
worker_tmp_dir = _SHM if os.path.isdir(_SHM) and os.access(_SHM, os.W_OK) else None
preload_app = True
accesslog = None  # the app writes one structured line per request
errorlog = "-"
loglevel = "info"
# Gunicorn's own lines (start, workers, signals) as JSON like the app's, so that every line of the log parses.
# The root logger gets its handler from the app (observability.logs.configure, when the preloaded app loads).
logconfig_dict = {
    "root": {"level": "INFO", "handlers": []},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["json"], "propagate": False, "qualname": "gunicorn.error"},
        "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": False, "qualname": "gunicorn.access"},
    },
    "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "formatters": {"json": {"()": "product_search.observability.logs.JsonFormatter"}},
}
proc_name = "product-search"


class AppLogger(Logger):  # type: ignore[misc]  # gunicorn has no type hints
    """Gunicorn's logger without its access line: the app writes one structured line per request (``hooks``).
    With ``logconfig_dict`` set Gunicorn formatted every request's access atoms (headers, times, strftime) only
    to drop the record at a logger without handlers."""

    def access(self, resp: Any, req: Any, environ: Any, request_time: Any) -> None:
        return None


logger_class = AppLogger


def when_ready(server: Any) -> None:
    from product_search.serving.state import service_of
    from product_search.serving.wsgi import app

    service = service_of(app)
    s = service.settings
    needed = s.max_inflight + s.max_queued + s.max_inflight_writes + 1
    if threads < needed:
        server.log.warning(
            "PRODUCT_SEARCH_THREADS=%d < %d (in-flight + queued + writes + 1): requests beyond the threads wait"
            " in Gunicorn's queue, where overload protection cannot refuse them at once",
            threads,
            needed,
        )
    if s.reads_open and _server.host not in ("127.0.0.1", "::1", "localhost"):
        server.log.warning(
            "PRODUCT_SEARCH_OPEN_READS=1 on %s: searches and reads are open to every machine that reaches it",
            _server.bind,
        )
    stop = server.handle_term

    def drain_then_stop() -> None:
        # Gunicorn has no pre-stop hook: this replaces the master's SIGTERM handler (run in its main loop).
        service.drain.set()
        server.log.info("SIGTERM: draining for %.1f s (readiness 503) before the graceful stop", _server.drain_seconds)
        deadline = time.monotonic() + _server.drain_seconds
        while time.monotonic() < deadline:
            server.reap_workers()
            time.sleep(0.05)
        stop()

    server.handle_term = drain_then_stop


def pre_request(worker: Any, req: Any) -> None:
    from product_search.serving.state import service_of
    from product_search.serving.wsgi import app

    # While draining, every response closes its connection: kept-alive clients reconnect elsewhere.
    # (Gunicorn ignores a Connection header set by the app; this is its own switch.)
    if service_of(app).draining:
        req.must_close = True


def pre_fork(server: Any, worker: Any) -> None:
    # The preloaded app's objects (model, modules) live as long as the process: keep them out of the
    # garbage collector's full passes, which otherwise walk them all and stall a request now and then.
    gc.freeze()
    # A stable slot (0..workers-1), reused by replacement workers: bounded per-worker metric names.
    used = {getattr(w, "slot", None) for w in server.WORKERS.values()}
    worker.slot = next(i for i in range(len(used) + 1) if i not in used)


def post_fork(server: Any, worker: Any) -> None:
    import faiss
    from threadpoolctl import threadpool_limits

    from product_search.serving.state import service_of
    from product_search.serving.wsgi import app

    service_of(app).models.after_fork(_server.torch_threads)
    # The worker's share of the cores for everything else too: BLAS (IVF list assignment, matrix work) and
    # OpenMP (IVF training). Each search scores with FAISS' one-thread kernel (index/vector_index.py).
    threadpool_limits(_server.torch_threads, user_api="blas")
    faiss.omp_set_num_threads(_server.torch_threads)


def post_worker_init(worker: Any) -> None:
    from product_search.serving.state import service_of
    from product_search.serving.wsgi import app

    # Readiness (/readyz) turns 200 when the model is warm and every index is loaded.
    service_of(app).warm_up_in_background(getattr(worker, "slot", 0))


def worker_exit(server: Any, worker: Any) -> None:
    # The last thing a worker runs. Native thread pools created in the master before fork (ONNX
    # Runtime, OpenMP) do not exist in this child, yet their C++ destructors at interpreter exit try
    # to join them: the worker then aborts ("std::system_error: No such process") or hangs until the
    # master kills it after the graceful timeout. Requests are done and commits durable by now, so
    # flush the logs and leave without running those destructors, keeping the intended exit code.
    from product_search.serving.state import service_of
    from product_search.serving.wsgi import app

    # A migration this worker runs ends its batch and frees its lease: another worker resumes it at once.
    service_of(app).catalogs.runner.stop(timeout=5.0)
    # The last searches' telemetry, sent after their answers, and every metric still buffered (the requests').
    service_of(app).catalogs.telemetry.flush(timeout=2.0)
    exc = sys.exc_info()[1]
    code = 0 if exc is None else exc.code if isinstance(exc, SystemExit) and isinstance(exc.code, int) else 1
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
