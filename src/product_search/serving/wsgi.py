"""WSGI entry point for Gunicorn: ``product_search.serving.wsgi:app``.

With ``preload_app`` the master imports this once: the default model and those the catalogs use are
loaded before forking and their weights are shared copy-on-write by every worker. Indexes load per worker after fork.
"""

from __future__ import annotations

import logging

from .app import create_app
from .state import service_of

# One intra-op thread in the master: an ONNX Runtime thread pool would not survive fork; workers
# resize it after forking (gunicorn_conf.post_fork).
app = create_app(warm_up=False, encoder_threads=1)
# The model versions catalogs use, loaded here so that every worker shares their weights. A store that
# cannot be read is each worker's warm-up to report (readiness 503 with the reason), not the master's.
try:
    service_of(app).catalogs.load_models()
except Exception:
    logging.getLogger(__name__).exception("cannot preload the catalogs' models; workers load them on demand")
# No SQLite connection may cross a fork.
service_of(app).catalogs.close()
