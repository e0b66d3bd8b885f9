"""Gunicorn configuration: ``gunicorn -c python:product_search.gunicorn_conf product_search.wsgi:app``.

The master preloads the app (model weights shared by all workers); each worker, after fork,
limits its intra-op threads, opens its own SQLite connections and loads the indexes.
"""

from __future__ import annotations

import gc
import os
from typing import Any

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
_SHM = "/dev/shm"  # noqa: S108
worker_tmp_dir = _SHM if os.path.isdir(_SHM) and os.access(_SHM, os.W_OK) else None
preload_app = True
accesslog = None  # the app writes one structured line per request
errorlog = "-"
loglevel = "info"
proc_name = "product-search"


def pre_fork(server: Any, worker: Any) -> None:
    # The preloaded app's objects (model, modules) live as long as the process: keep them out of the
    # garbage collector's full passes, which otherwise walk them all and stall a request now and then.
    gc.freeze()
    # A stable slot (0..workers-1), reused by replacement workers: bounded per-worker metric names.
    used = {getattr(w, "slot", None) for w in server.WORKERS.values()}
    worker.slot = next(i for i in range(len(used) + 1) if i not in used)


def post_fork(server: Any, worker: Any) -> None:
    import faiss

    from product_search.wsgi import app

    app.extensions["product_search"].encoder.after_fork(_server.torch_threads)
    faiss.omp_set_num_threads(_server.torch_threads)


def post_worker_init(worker: Any) -> None:
    from product_search.wsgi import app

    # Readiness (/readyz) turns 200 when the model is warm and every index is loaded.
    app.extensions["product_search"].warm_up_in_background(getattr(worker, "slot", 0))
