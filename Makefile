# product-search: `make run` and `make test` are the only set-up commands a newcomer needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT
export PRODUCT_SEARCH_DATA_DIR ?= var/data
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
# Development convenience only: production sets its own keys (see README, Configuration).
export PRODUCT_SEARCH_ADMIN_KEYS ?= dev-admin-key
PYTEST_ARGS ?=

STATSD_JS := .tools/statsd/node_modules/statsd/stats.js

.PHONY: install dev run serve test lint format index clean metrics-tools canary

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed  ## runtime dependencies and the package (editable)

dev: $(VENV)/.dev-installed  ## plus test and lint tools

run: install  ## load the sample catalog (first run only) and serve on $(PORT) with Gunicorn
	$(BIN)/product-search load default data/sample_products.csv --if-empty
	$(BIN)/gunicorn -c python:product_search.gunicorn_conf product_search.wsgi:app

serve: install  ## serve without touching the sample catalog
	$(BIN)/gunicorn -c python:product_search.gunicorn_conf product_search.wsgi:app

test: dev  ## the whole default suite (real model, real Gunicorn)
	$(BIN)/pytest $(PYTEST_ARGS)

lint: dev  ## ruff (lint + format check) and mypy (strict)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

format: dev
	$(BIN)/ruff format src tests scripts
	$(BIN)/ruff check --fix src tests scripts

$(STATSD_JS):
	npm install --no-audit --no-fund --silent --prefix .tools/statsd statsd@0.9.0

metrics-tools: $(STATSD_JS)  ## StatsD (npm) and carbon-cache (Debian) for the end-to-end metrics test
	@command -v carbon-cache >/dev/null || { command -v apt-get >/dev/null && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends graphite-carbon; }

canary: install  ## golden queries against a running service (URL=..., CATALOG=...); exit 1 on a miss
	$(BIN)/product-search canary --url $(or $(URL),http://127.0.0.1:$(PORT)) --catalog $(or $(CATALOG),default)

index: install  ## rebuild every catalog's index file from stored vectors (no re-encoding)
	$(BIN)/product-search index

clean:  ## remove the virtualenv, runtime data and caches
	rm -rf $(VENV) var build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache reports .coverage
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
