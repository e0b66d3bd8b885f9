#!/bin/sh
# Container entry point: with no arguments, seed the sample catalog if asked and serve with Gunicorn;
# with arguments, run them (e.g. `docker run IMAGE product-search list`).
set -eu
if [ "$#" -gt 0 ]; then
    exec "$@"
fi
if [ -n "${PRODUCT_SEARCH_SEED_CATALOG:-}" ]; then
    product-search load "${PRODUCT_SEARCH_SEED_CATALOG_NAME:-default}" "$PRODUCT_SEARCH_SEED_CATALOG" --if-empty
fi
exec gunicorn -c python:product_search.serving.gunicorn_conf product_search.serving.wsgi:app
