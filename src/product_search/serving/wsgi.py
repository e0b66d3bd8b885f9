"""WSGI entry point for Gunicorn: ``product_search.serving.wsgi:app``.

With ``preload_app`` the master imports this once: the model is loaded before forking and its
weights are shared copy-on-write by every worker. Indexes load per worker after fork.
"""

from __future__ import annotations

from .app import create_app
from .state import service_of

# One intra-op thread in the master: an ONNX Runtime thread pool would not survive fork; workers
# resize it after forking (gunicorn_conf.post_fork).
app = create_app(warm_up=False, encoder_threads=1)
# No SQLite connection may cross a fork.
service_of(app).catalogs.close()
