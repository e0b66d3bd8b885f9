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
# `make run` and `make serve` only, on loopback only: a well-known admin key (unless PRODUCT_SEARCH_ADMIN_KEYS is
# set) and open reads (unless PRODUCT_SEARCH_READ_KEYS is). Nothing else gets a key from this file: the image
# and the compose stack refuse to start without keys of their own (docker/.env, written by make up).
DEV_ADMIN_KEY := dev-admin-key-local-only
run serve: export HOST := 127.0.0.1
run serve: export PRODUCT_SEARCH_ADMIN_KEYS ?= $(DEV_ADMIN_KEY)
run serve: export PRODUCT_SEARCH_OPEN_READS ?= $(if $(PRODUCT_SEARCH_READ_KEYS),,1)
PYTEST_ARGS ?=

STATSD_JS := .tools/statsd/node_modules/statsd/stats.js
GCL := .tools/gcl/node_modules/.bin/gitlab-ci-local
COMPOSE_FILE := docker/docker-compose.yml
# Compose v2 plugin where present, else the standalone docker-compose.
COMPOSE ?= $(shell docker compose version >/dev/null 2>&1 && echo "docker compose" || echo docker-compose)
# The stack's secrets (docker/docker-compose.yml requires each): make up / up-cluster generate them once.
COMPOSE_ENV_FILE := docker/.env
COMPOSE_SECRETS := POSTGRES_PASSWORD GRAFANA_ADMIN_PASSWORD GRAFANA_SECRET_KEY PRODUCT_SEARCH_ADMIN_KEYS \
	PRODUCT_SEARCH_READ_KEYS PRODUCT_SEARCH_CANARY_KEY ALERT_PAGE_URL ALERT_TICKET_URL
# Compose interpolates the whole file, secrets included, for every command: throwaway values for the commands
# that only read its shape (config -q in lint-deploy, down). They override docker/.env for that command only.
COMPOSE_SHAPE_ENV := $(foreach var,$(COMPOSE_SECRETS),$(var)=throwaway-not-a-secret)
# Where `make docker-run` publishes the port (compose: BIND_ADDRESS in its environment or docker/.env).
BIND_ADDRESS ?= 127.0.0.1
IMAGE ?= product-search:local
# The image's backend and int8 kernels (docker/Dockerfile); the fingerprint label is computed for the same ones.
BACKEND ?= onnx
ONNX_INT8 ?= avx2
IMAGE_MODEL_ENV = PRODUCT_SEARCH_BACKEND=$(BACKEND) PRODUCT_SEARCH_ONNX_INT8=$(ONNX_INT8)

# `make help`: the targets in groups, in the order a reader needs them; each target's text is its `##` comment.
HELP_GROUPS := \
	"Start here:help run test serve install dev tools test-tools deploy-tools bench-tools" \
	"Checks:lint format bandit audit security quality-gate eval faults reliability test-shuffled loadtest canary" \
	"Docker, CI and deploy:docker-build docker-run up up-cluster down lint-deploy container-check ci-local deploy-check" \
	"Models and relevance:finetune finetune-products finetune-tools mlflow-server quality-set tune-fusion index" \
	"Benchmarks:bench bench-cluster bench-migration bench-encoder bench-quantize bench-index bench-bmecat peers" \
	"Docs and housekeeping:screenshots dashboard-images metrics-tools clean"
.DEFAULT_GOAL := help

.PHONY: help install dev run serve test lint format index clean metrics-tools canary lint-deploy \
	docker-build docker-run up up-cluster down container-check ci-local deploy-check bench bench-cluster bench-encoder bench-quantize bench-index bench-bmecat bench-migration eval peers \
	finetune finetune-products finetune-tools mlflow-server \
	quality-gate quality-set tune-fusion faults reliability test-shuffled loadtest security bandit audit tools test-tools deploy-tools bench-tools screenshots dashboard-images

help:  ## this list (the default target)
	@awk -v groups='$(HELP_GROUPS)' 'BEGIN { FS = ":[^#]*## " } \
		/^[a-z][a-z -]*:.*## / { split($$1, names, " "); for (i in names) text[names[i]] = $$2 } \
		END { n = split(groups, g, "\" \""); for (i = 1; i <= n; i++) { gsub(/"/, "", g[i]); \
			split(g[i], parts, ":"); printf "\n%s\n", parts[1]; m = split(parts[2], t, " "); \
			for (j = 1; j <= m; j++) { printf "  %-18s %s\n", t[j], text[t[j]]; listed[t[j]] = 1 } } \
		for (name in text) if (!(name in listed)) { printf "\nnot in a group: %s\n", name; bad = 1 } exit bad }' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt pyproject.toml harness/pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	# The development harness (the service as a child process, synthetic catalogs): for the scripts and the
	# tests of this checkout; never in the wheel or the image.
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e harness
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed  ## runtime dependencies and the package (editable)

dev: $(VENV)/.dev-installed  ## plus test and lint tools

run: install  ## load the sample catalog (first run only) and serve on 127.0.0.1:$(PORT) with Gunicorn (development: open reads, dev admin key); prints the URLs and key
	$(BIN)/product-search load default data/sample_products.csv --if-empty
	@echo "product-search on http://127.0.0.1:$(PORT) (loopback only: this machine)"
	@echo "  console    http://127.0.0.1:$(PORT)/?view=search&catalog=default&q=cordless+drill"
	@echo "  API docs   http://127.0.0.1:$(PORT)/docs   (OpenAPI: /openapi.json)"
	@echo "  health     http://127.0.0.1:$(PORT)/?view=health   StatsD: $${PRODUCT_SEARCH_STATSD_HOST:-off, set PRODUCT_SEARCH_STATSD_HOST (docs/monitoring.md)}"
	@echo "  admin key  $(if $(filter $(DEV_ADMIN_KEY),$(PRODUCT_SEARCH_ADMIN_KEYS)),$(DEV_ADMIN_KEY) (development only, this machine only: enter it in the console under Keys),from PRODUCT_SEARCH_ADMIN_KEYS (not shown))"
	@echo "  reads      $(if $(PRODUCT_SEARCH_READ_KEYS),need a key from PRODUCT_SEARCH_READ_KEYS (not shown),open: no key needed (PRODUCT_SEARCH_OPEN_READS=1, development only))"
	$(BIN)/gunicorn -c python:product_search.serving.gunicorn_conf product_search.serving.wsgi:app

serve: install  ## serve on 127.0.0.1:$(PORT) without touching the sample catalog (same keys as make run)
	$(BIN)/gunicorn -c python:product_search.serving.gunicorn_conf product_search.serving.wsgi:app

test: metrics-tools dev mlflow-server  ## the whole default suite (real model, real Gunicorn, a real MLflow server)
	$(BIN)/pytest $(PYTEST_ARGS)

test-shuffled: metrics-tools dev mlflow-server  ## the default suite and make faults' tests twice in shuffled orders (pytest-randomly, seeds 1 and 2): no test leans on another's data (nightly, ~40 min)
	$(BIN)/pytest -p randomly -p no:cacheprovider --randomly-seed=1 -m 'not reliability' $(PYTEST_ARGS)
	$(BIN)/pytest -p randomly -p no:cacheprovider --randomly-seed=2 -m 'not reliability' $(PYTEST_ARGS)

screenshots: test-tools dev  ## the console's and /docs' pages in headless Chromium, as PNGs into docs/images/
	PRODUCT_SEARCH_REQUIRE_BROWSER=1 PRODUCT_SEARCH_SCREENSHOTS=docs/images $(BIN)/pytest -q -p no:cacheprovider tests/test_browser.py

faults: dev  ## the fault-injection tests kept out of the default suite for its time: kill -9 of writes, index rebuilds and migrations, damaged files, a full disk (CI runs them after make test)
	$(BIN)/pytest -m 'faults and not reliability' $(PYTEST_ARGS)

reliability: dev  ## the long fault, load and fuzzing runs: many random kill -9s, schemathesis x20, then make loadtest
	$(BIN)/pytest -m reliability -q --timeout=3600 $(PYTEST_ARGS) tests/test_crash.py
	SCHEMATHESIS_BUDGET=$(or $(SCHEMATHESIS_BUDGET),20) $(BIN)/pytest -q --timeout=3600 $(PYTEST_ARGS) tests/test_schemathesis.py
	$(MAKE) loadtest

loadtest: dev  ## open-loop overload test on loopback (~1 min): shedding, accepted p99, recovery (LOADTEST_ARGS=...)
	$(BIN)/python scripts/bench/loadtest.py --json reports/loadtest.json $(LOADTEST_ARGS)

security: bandit audit  ## bandit on the code, pip-audit on every installed package

bandit: dev  ## static security checks of src/ and scripts/ (each accepted finding is justified inline: nosec)
	$(BIN)/bandit -q -c pyproject.toml -r src scripts

# --strict fails when a package cannot be checked at all (no route to PyPI's JSON API or OSV).
AUDIT_ARGS ?= --strict
audit: dev  ## known vulnerabilities in every installed package (pip-audit against PyPI's advisory data)
	$(BIN)/pip-audit --skip-editable --progress-spinner off $(AUDIT_ARGS)

lint: dev  ## ruff (lint + format check), mypy (strict) and the import contract (pyproject.toml: layers)
	$(BIN)/ruff check src harness tests scripts
	$(BIN)/ruff format --check src harness tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

format: dev  ## ruff format and the fixable ruff findings, in place
	$(BIN)/ruff format src harness tests scripts
	$(BIN)/ruff check --fix src harness tests scripts

$(STATSD_JS):
	npm install --no-audit --no-fund --silent --prefix .tools/statsd statsd@0.9.0

metrics-tools: test-tools $(STATSD_JS)  ## StatsD (npm), carbon-cache and graphite-web (Debian) for the metrics and dashboard tests

dashboard-images: metrics-tools dev  ## the dashboard's main panels over a real run, rendered by graphite-web as PNGs into docs/images/
	PRODUCT_SEARCH_REQUIRE_METRICS_STACK=1 PRODUCT_SEARCH_DASHBOARD_IMAGES=docs/images $(BIN)/pytest -q -p no:cacheprovider tests/test_dashboards.py

canary: install  ## golden queries against a running service (URL=..., CATALOG=..., PRODUCT_SEARCH_CANARY_KEY=<a read key> unless reads are open); exit 1 on a miss
	$(BIN)/product-search canary --url $(or $(URL),http://127.0.0.1:$(PORT)) --catalog $(or $(CATALOG),default)

# Only docker-compose: the pipeline's lint job (in the CI tools image) must not install an engine to read files.
lint-deploy: dev  ## hadolint the Dockerfiles, validate the compose file (throwaway secrets: syntax only) and .gitlab-ci.yml
	$(call ensure_tools,docker-compose:docker-compose)
	$(BIN)/hadolint docker/Dockerfile docker/ci/Dockerfile docker/ci/haproxy.Dockerfile docker/ci/postgres.Dockerfile
	env $(COMPOSE_SHAPE_ENV) $(COMPOSE) -f $(COMPOSE_FILE) config -q
	env $(COMPOSE_SHAPE_ENV) $(COMPOSE) -f $(COMPOSE_FILE) --profile single config -q
	env $(COMPOSE_SHAPE_ENV) $(COMPOSE) -f $(COMPOSE_FILE) --profile cluster config -q
	env $(COMPOSE_SHAPE_ENV) $(COMPOSE) -f $(COMPOSE_FILE) --profile tools config -q
	$(BIN)/check-jsonschema --builtin-schema vendor.gitlab-ci .gitlab-ci.yml

docker-build: deploy-tools install  ## build the image without torch (BASE_IMAGE=..., IMAGE=..., TARGET=torch for the torch backend, BACKEND=onnx|onnx-int8, ONNX_INT8=avx2|avx512_vnni)
	docker build -f docker/Dockerfile -t $(IMAGE) $(if $(TARGET),--target $(TARGET)) \
		$(if $(BASE_IMAGE),--build-arg BASE_IMAGE=$(BASE_IMAGE)) \
		--build-arg VERSION=$$($(BIN)/python -c "from importlib.metadata import version; print(version('product-search'))") \
		--build-arg GIT_REVISION=$$(git rev-parse HEAD) --build-arg BACKEND=$(BACKEND) --build-arg ONNX_INT8=$(ONNX_INT8) \
		--build-arg MODEL_FINGERPRINT=$$($(IMAGE_MODEL_ENV) $(BIN)/product-search fingerprint | $(BIN)/python -c "import json,sys; print(json.load(sys.stdin)['id'])") .

# Keys come from the caller: PRODUCT_SEARCH_ADMIN_KEYS (and PRODUCT_SEARCH_READ_KEYS, else reads need a stored key)
# in the environment, or the PRODUCT_SEARCH_* lines of DOCKER_ENV_FILE (e.g. docker/.env, which make up writes).
DOCKER_ENV_FILE ?=
# Passed on with -e only when set here (a bare -e NAME of an unset NAME would drop the env file's line).
DOCKER_RUN_KEYS := PRODUCT_SEARCH_ADMIN_KEYS PRODUCT_SEARCH_READ_KEYS PRODUCT_SEARCH_OPEN_READS
docker-run: deploy-tools  ## run the image on $(BIND_ADDRESS):$(PORT) with a named data volume and the sample catalog; keys from the environment or DOCKER_ENV_FILE=docker/.env
	@has() { [ -n "$$(printenv "$$1")" ] || { [ -n "$(DOCKER_ENV_FILE)" ] && grep -q "^$$1=." "$(DOCKER_ENV_FILE)"; }; }; \
	if ! has PRODUCT_SEARCH_ADMIN_KEYS; then \
		echo "make docker-run needs an admin key: PRODUCT_SEARCH_ADMIN_KEYS (openssl rand -hex 32), and read keys in PRODUCT_SEARCH_READ_KEYS or stored ones"; \
		echo "  in the environment, or DOCKER_ENV_FILE=docker/.env (make up writes it)"; exit 1; fi
	docker run --rm -p $(BIND_ADDRESS):$(PORT):8000 -v product-search-data:/data \
		$(if $(DOCKER_ENV_FILE),--env-file <(grep '^PRODUCT_SEARCH_' $(DOCKER_ENV_FILE))) \
		$(foreach var,$(DOCKER_RUN_KEYS),$(if $($(var)),-e $(var))) \
		-e PRODUCT_SEARCH_SEED_CATALOG=/app/data/sample_products.csv $(IMAGE)

up: deploy-tools  ## service + Graphite/StatsD + Grafana (http://127.0.0.1:3000) + the scheduled canary; secrets in docker/.env (generated once)
	@sh docker/init-env.sh $(COMPOSE_ENV_FILE)
	$(COMPOSE) -p product-search -f $(COMPOSE_FILE) --env-file $(COMPOSE_ENV_FILE) --profile single up -d --build
	@echo "API on port $(PORT) (127.0.0.1 unless BIND_ADDRESS says otherwise), Grafana on http://127.0.0.1:$${GRAFANA_PORT:-3000} (user admin); keys and passwords: $(COMPOSE_ENV_FILE)"

up-cluster: deploy-tools  ## PostgreSQL + 3 search nodes + HAProxy on $(PORT) + Graphite/Grafana (docs/scaling.md); secrets in docker/.env
	@sh docker/init-env.sh $(COMPOSE_ENV_FILE)
	$(COMPOSE) -p product-search -f $(COMPOSE_FILE) --env-file $(COMPOSE_ENV_FILE) --profile cluster up -d --build
	@echo "API (HAProxy) on port $(PORT) (127.0.0.1 unless BIND_ADDRESS says otherwise), Grafana on http://127.0.0.1:$${GRAFANA_PORT:-3000} (user admin); keys and passwords: $(COMPOSE_ENV_FILE)"

down: deploy-tools  ## stop the compose stack, either profile (volumes are kept; add -v by hand to drop them; docker/.env is kept)
	env $(COMPOSE_SHAPE_ENV) $(COMPOSE) -p product-search -f $(COMPOSE_FILE) --profile single --profile green \
		--profile cluster --profile tools down

# The system tools the suite and the README's targets drive for real, as <command or path>:<Debian package>.
# docker-compose too: tests/test_deploy_config.py renders the compose file with it (no engine needed).
TEST_TOOLS := carbon-cache:graphite-carbon /usr/share/graphite-web/graphite.wsgi:graphite-web node:nodejs npm:npm \
	haproxy:haproxy /usr/lib/postgresql/15/bin/initdb:postgresql-15 chromium:chromium chromedriver:chromium-driver \
	docker-compose:docker-compose
DEPLOY_TOOLS := docker-compose:docker-compose dockerd:docker.io debootstrap:debootstrap rsync:rsync \
	/usr/sbin/sshd:openssh-server docker-registry:docker-registry curl:curl
BENCH_TOOLS := wrk:wrk
# Installs the missing ones (Debian, as root), else stops with one line naming them. Targets list these
# checks before their virtualenvs, so a missing tool is said at once, not after minutes of pip.
define ensure_tools
@need=""; for pair in $(1); do tool=$${pair%:*}; \
	command -v "$$tool" >/dev/null 2>&1 || [ -e "$$tool" ] || need="$$need $${pair##*:}"; done; \
if [ -n "$$need" ]; then \
	if ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ]; then \
		echo "missing Debian packages:$$need -- install them (as root: apt-get install$$need)"; exit 1; fi; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$need; fi
endef

tools: test-tools deploy-tools bench-tools  ## every system tool of the suite and the README's targets (installs what is missing)
test-tools:  ## PostgreSQL, HAProxy, carbon-cache, graphite-web, Node, Chromium, docker-compose: what the suite drives
	$(call ensure_tools,$(TEST_TOOLS))
deploy-tools:  ## docker.io, docker-compose, debootstrap, rsync, openssh-server, docker-registry: the image, compose and deploy targets
	$(call ensure_tools,$(DEPLOY_TOOLS))
bench-tools:  ## wrk
	$(call ensure_tools,$(BENCH_TOOLS))

container-check: deploy-tools dev  ## build the real image, run it, smoke-test it (starts its own dockerd if needed)
	PYTHON=$(BIN)/python docker/ci/container-checks.sh

$(GCL):
	npm install --no-audit --no-fund --silent --prefix .tools/gcl gitlab-ci-local@4.73.0

ci-local: tools lint-deploy dev $(GCL)  ## the pipeline's lint and test jobs in the image they name (gitlab-ci-local, docker executor), then the real image
	GITLAB_CI_LOCAL=$(GCL) PYTHON=$(BIN)/python docker/ci/ci-local.sh

deploy-check: deploy-tools dev  ## docker/deploy.sh through the pipeline's deploy/rollback jobs against sshd on loopback: single and cluster: A, B, broken C (rolled back), back to A, under load; no failed request (~9 min)
	PYTHON=$(BIN)/python docker/ci/deploy-check.sh

bench: test-tools bench-tools dev peers  ## every goal side by side (docs/benchmarks.md): endpoints vs in process at 20k/100k, scores vs sentence-transformers, 1M memory/start, wrk latency/throughput (BENCH_ARGS="--sizes ... --million 0 ...")
	$(BIN)/python scripts/bench/bench.py $(BENCH_ARGS)

bench-cluster: test-tools bench-tools dev  ## SQLite vs PostgreSQL node, 1-3 nodes, 4x overload through HAProxy -> reports/cluster.json (~8 min)
	$(BIN)/python scripts/bench/cluster.py --json reports/cluster.json $(CLUSTER_ARGS)

bench-migration: dev  ## a model migration under search load: p99 with/without, duration, PSS per loaded version (~3 min)
	$(BIN)/python scripts/bench/migration.py $(MIGRATION_ARGS)

bench-index: dev  ## the vector index beside FAISS (exact, IVF, HNSW; one thread) at 20k/100k -> reports/faiss_index.json (~4 min)
	@mkdir -p reports
	$(BIN)/python scripts/bench/faiss_index.py --json reports/faiss_index.json $(INDEX_ARGS)

bench-bmecat: dev  ## peak memory of `load` for the same products as CSV and BMEcat -> reports/bmecat_memory.json (BMECAT_ARGS="--size 200000"; ~40 min at 200k)
	@mkdir -p reports
	cd scripts/bench && ../../$(BIN)/python bmecat_memory.py --json ../../reports/bmecat_memory.json $(BMECAT_ARGS)

bench-quantize: dev  ## static (calibrated) int8 beside fp32 and dynamic int8: score differences on SciFact pairs, speed -> reports/static_int8.json (~15 min)
	@mkdir -p reports
	$(BIN)/python scripts/bench/static_int8.py $(INT8_ARGS) > reports/static_int8.json.tmp
	mv reports/static_int8.json.tmp reports/static_int8.json

bench-encoder: dev  ## the encoder alone: backends x threads, batch sizes, int8 batch effect -> docs/encoder-benchmarks.md
	$(BIN)/python scripts/bench/encoder_bench.py

# The peer embedding server, in its own virtualenv: 0.0.78 needs older transformers/click/hub than ours.
PEER_VENV := .venv-infinity
peers: $(PEER_VENV)/bin/infinity_emb  ## infinity-emb for make bench, in $(PEER_VENV)
$(PEER_VENV)/bin/infinity_emb:
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/pip install --quiet torch==2.13.0 "infinity-emb[server]==0.0.78" \
		"transformers>=4.46,<4.58" "sentence-transformers>=3.3,<5" "click<8.2" "huggingface-hub<1"

# A real MLflow tracking server for the registry import test, in its own virtualenv: the full mlflow
# package resolves only to an ancient 1.x beside our pins (the client side is mlflow-skinny, in dev).
MLFLOW_VENV := .venv-mlflow
mlflow-server: $(MLFLOW_VENV)/bin/mlflow  ## MLflow 3.17.2 (server) in $(MLFLOW_VENV), for tests/test_mlflow.py
$(MLFLOW_VENV)/bin/mlflow:
	$(PYTHON) -m venv $(MLFLOW_VENV)
	$(MLFLOW_VENV)/bin/pip install --quiet mlflow==3.17.2

# Fine-tuning, in its own virtualenv: the trainer needs datasets/accelerate, whose fsspec pin clashes with ours.
FINETUNE_VENV := .venv-finetune
MODEL_REPOSITORY := $(or $(PRODUCT_SEARCH_MODEL_REPOSITORY),$(PRODUCT_SEARCH_DATA_DIR)/repository)
finetune-tools: $(FINETUNE_VENV)/.installed  ## the fine-tuning virtualenv ($(FINETUNE_VENV))
$(FINETUNE_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(FINETUNE_VENV)
	$(FINETUNE_VENV)/bin/pip install --quiet torch==2.13.0 sentence-transformers==5.7.0 transformers==4.57.6 \
		tokenizers==0.22.2 huggingface-hub==0.36.2 datasets==4.4.2 accelerate==1.15.0
	$(FINETUNE_VENV)/bin/pip install --quiet --no-deps .
	touch $@

finetune: dev finetune-tools  ## fine-tune all-MiniLM-L6-v2 on SciFact train minus the dev split -> next version @candidate, evaluated beside version 1 (~10 min)
	$(BIN)/product-search models list >/dev/null  # an empty repository gets version 1 first
	rm -rf var/finetuned
	$(FINETUNE_VENV)/bin/python scripts/finetune.py --base $(MODEL_REPOSITORY)/all-minilm-l6-v2/1/model --out var/finetuned $(FINETUNE_ARGS)
	$(BIN)/product-search models import var/finetuned --name all-minilm-l6-v2 --alias candidate
	$(BIN)/product-search models evaluate --no-check all-minilm-l6-v2:1  # beside it (below the promotion rule)
	$(BIN)/product-search models evaluate --no-check all-minilm-l6-v2@candidate  # the verdict is reported, not fatal

PRODUCT_CATALOGS := $(addprefix data/training/,marketplace erp sentences storefront brochure shorttext datasheet \
	pricelist listing feed howto)
finetune-products: dev finetune-tools  ## fine-tune on the training catalogs' buyer queries (and each again in the starter synonyms' other words) with mined hard negatives (+ SciFact train), choose its fusion weight on their dev split -> next version @candidate, evaluated beside version 1 on every gate set (held-out catalogs included) and SciFact dev, then judged with the starter synonyms by the promotion gate (~60 min)
	$(BIN)/product-search models list >/dev/null  # an empty repository gets version 1 first
	rm -rf var/finetuned-products var/finetuned-products.weight
	$(FINETUNE_VENV)/bin/python scripts/finetune.py --base $(MODEL_REPOSITORY)/all-minilm-l6-v2/1/model \
		--out var/finetuned-products --products $(PRODUCT_CATALOGS) --synonyms data/synonyms/hardware-en.json $(FINETUNE_ARGS)
	# The version's own fusion weight, chosen on the training catalogs' dev split (never a held-out one).
	$(BIN)/python scripts/tune_fusion.py --model var/finetuned-products --catalogs $(PRODUCT_CATALOGS) \
		--choose var/finetuned-products.weight
	$(BIN)/product-search models import var/finetuned-products --name all-minilm-l6-v2 --alias candidate \
		--dense-weight $$(cat var/finetuned-products.weight)
	$(BIN)/product-search models evaluate --no-check all-minilm-l6-v2:1  # beside it (below the promotion rule)
	$(BIN)/product-search models evaluate --no-check all-minilm-l6-v2@candidate  # without synonyms, for the table
	# The gate decides promotion: the version served as operators serve a hardware catalog, with the starter
	# synonyms it was trained beside; if it passes, `product-search models alias all-minilm-l6-v2@production N`.
	$(BIN)/product-search models evaluate --scifact /none --synonyms data/synonyms/hardware-en.json \
		all-minilm-l6-v2@candidate

eval: install  ## nDCG/Recall/MRR@10 per search mode on SciFact train via HTTP (EVAL_ARGS="--backend torch --data DIR")
	$(BIN)/python scripts/evaluate.py $(EVAL_ARGS)

# The labelled product set, the held-out buyer queries, the held-out near-miss code catalog.
QUALITY_SETS := data/quality data/buyers data/identifiers/test data/heldout/marketplace data/heldout/erp \
	data/heldout/sentences
quality-gate: install  ## the CI quality gate: each of $(QUALITY_SETS) through a real Gunicorn against its gate.json, the held-out catalogs' union, both classified BMEcat sets with and without the starter synonyms
	@mkdir -p reports/quality
	@for set in $(QUALITY_SETS); do \
		$(BIN)/python scripts/evaluate.py --data $$set --gate $$set/gate.json \
			--json reports/quality/$$(echo $$set | tr / -).json $(EVAL_ARGS) || exit 1; \
	done
	$(BIN)/python scripts/union_gate.py --gate data/heldout/gate.json --reports reports/quality
	@for set in data/classified data/classified-erp; do \
		name=$$(basename $$set); \
		$(BIN)/python scripts/evaluate_classified.py --data $$set --modes hybrid --gate $$set/gate.json \
			--json reports/quality/$$name.json || exit 1; \
		$(BIN)/python scripts/evaluate_classified.py --data $$set --modes hybrid --gate $$set/gate-synonyms.json \
			--synonyms data/synonyms/hardware-en.json --json reports/quality/$$name-synonyms.json || exit 1; \
	done

quality-set: install  ## regenerate data/quality, data/buyers and data/identifiers (then re-measure the gates)
	$(BIN)/python scripts/make_quality_set.py
	$(BIN)/python scripts/make_buyer_set.py
	$(BIN)/python scripts/make_identifier_set.py

tune-fusion: install  ## hybrid fusion and dense weight on SciFact train, in process (EVAL_ARGS="--data DIR"; a new version's own weight: scripts/tune_fusion.py --choose)
	$(BIN)/python scripts/tune_fusion.py $(EVAL_ARGS)

index: install  ## rebuild every catalog's index file from stored vectors (no re-encoding)
	$(BIN)/product-search index

clean:  ## remove the virtualenv, runtime data and caches
	chmod -R u+w var 2>/dev/null || true  # model versions are published read-only
	rm -rf $(VENV) var build dist src/*.egg-info harness/*.egg-info .pytest_cache .mypy_cache .ruff_cache reports .coverage
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
