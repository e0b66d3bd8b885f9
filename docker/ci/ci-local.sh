#!/usr/bin/env bash
# The pipeline's lint and test jobs, each in the image it names, with gitlab-ci-local's docker executor; then
# the real image built, run and smoke-tested (container-checks.sh). Used by `make ci-local` and `.ci/run`.
#
# No registry is reachable here, so the images are built under the names the pipeline pulls: the CI tools image
# (docker/ci/Dockerfile) as $CI_REGISTRY_IMAGE/ci-tools:$CI_TOOLS_VERSION with CI_REGISTRY_IMAGE=local/product-search
# (passed to gitlab-ci-local), from a debootstrapped bookworm base (docker/ci/base-image.sh) instead of
# python:3.11-slim-bookworm. What is this machine's own -- its pip configuration, local wheels and trust store
# (a proxy's CA) -- is mounted read-only into the job containers where it exists, never built into an image.
#   GITLAB_CI_LOCAL: the gitlab-ci-local binary (not named GCL: gitlab-ci-local reads GCL and GCL_* from the
#   environment as its own options); PYTHON: the host venv's python; SHARED_DATA: ../shared/data (SciFact);
#   CI_LOCAL_TEST_ARGS: what the test job's `make test` runs. By default the tests of what the image brings and
#   the host may lack or have otherwise (PostgreSQL and HAProxy, Chromium, StatsD/carbon/graphite-web, the MLflow
#   server, the SciFact data mounted): `.ci/run` has run the whole suite on its host just before, and a second
#   full run (12 minutes) would prove the same code again. CI_LOCAL_TEST_ARGS= (empty): the job's own, the whole
#   suite with coverage, as GitLab runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
GITLAB_CI_LOCAL=${GITLAB_CI_LOCAL:-.tools/gcl/node_modules/.bin/gitlab-ci-local}
PYTHON=${PYTHON:-.venv/bin/python}
SHARED_DATA=${SHARED_DATA:-$(cd .. && pwd)/shared/data}
REGISTRY_IMAGE=local/product-search
BASE=product-search-base:bookworm
# shellcheck source=docker/ci/engine.sh
source docker/ci/engine.sh
trap engine_stop EXIT
engine_start

docker/ci/base-image.sh "$BASE"
version=$("$PYTHON" -c 'import yaml; print(yaml.safe_load(open(".gitlab-ci.yml"))["variables"]["CI_TOOLS_VERSION"])')
tools_image="$REGISTRY_IMAGE/ci-tools:$version"
printf '\n== CI tools image %s (from %s)\n' "$tools_image" "$BASE"
DOCKER_BUILDKIT=0 docker build --quiet -f docker/ci/Dockerfile --build-arg BASE_IMAGE="$BASE" \
    --build-arg CI_TOOLS_VERSION="$version" -t "$tools_image" docker/ci >/dev/null

mounts=()
for path in /etc/pip.conf /etc/xdg/pip /opt/pypi /opt/wheels /etc/ssl/certs; do
    [[ -e "$path" ]] && mounts+=(--volume "$path:$path:ro")
done
[[ -d "$SHARED_DATA" ]] && mounts+=(--volume "$SHARED_DATA:/shared/data:ro")
variables=(
    --variable CI_REGISTRY_IMAGE="$REGISTRY_IMAGE" --variable TORCH_INDEX_URL= --variable PIP_NO_CACHE_DIR=1
    --variable SHARED_DATA_DIR=/shared/data --variable PRODUCT_SEARCH_REQUIRE_METRICS_STACK=1
)
[[ -n "${PIP_FIND_LINKS:-}" ]] && variables+=(--variable PIP_FIND_LINKS="$PIP_FIND_LINKS")
image_tests="tests/test_store.py tests/test_cluster.py tests/test_browser.py tests/test_metrics_e2e.py tests/test_mlflow.py"
image_tests+=" tests/test_faithfulness.py tests/test_fidelity.py"
TEST_ARGS=${CI_LOCAL_TEST_ARGS-"-q --junitxml=reports/junit.xml --cov=product_search --cov-report=xml:reports/coverage.xml $image_tests"}
[[ -n "$TEST_ARGS" ]] && variables+=(--variable TEST_ARGS="$TEST_ARGS")
# Not the faults job: the same image and `make` as the test job, and .ci/run has just run `make faults` on the host.
for job in lint test; do
    # One job at a time, its build folder removed once it passed: disk, not time, is what a CI machine runs out of.
    "$GITLAB_CI_LOCAL" --pull-policy if-not-present --helper-image "$BASE" --shm-size 1g "${mounts[@]}" "${variables[@]}" "$job"
    rm -rf ".gitlab-ci-local/builds/$job"
done
PYTHON="$PYTHON" docker/ci/container-checks.sh
