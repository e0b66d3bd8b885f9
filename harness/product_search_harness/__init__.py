"""What development runs the real service with, never shipped with it: the service as a child process
(``service``), a cluster on loopback (``local_cluster``), model repositories of several versions
(``model_versions``) and generated hardware catalogs (``synthetic``). The test suite, ``scripts/evaluate.py``,
the benchmarks and the data scripts import it; ``product_search`` never does (``make lint`` checks it).
Installed into the development virtualenv by ``make dev`` (``pip install -e harness``)."""
