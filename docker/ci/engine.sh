# shellcheck shell=bash
# A Docker engine for the checks on a machine without a running one: Debian's dockerd with its own data root,
# exec root and socket under DOCKER_WORK (default /tmp/product-search-docker), stopped by PID at the end.
# Sourced by docker/ci/container-checks.sh and docker/ci/ci-local.sh:
#   engine_start   (exports DOCKER_HOST when it starts one; ENGINE_PID is empty when one was already running)
#   engine_stop    (stops only an engine engine_start started)
DOCKER_WORK=${DOCKER_WORK:-/tmp/product-search-docker}
ENGINE_PID=""

engine_start() {
    if docker info >/dev/null 2>&1; then
        return 0
    fi
    command -v dockerd >/dev/null || {
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io
    }
    mkdir -p "$DOCKER_WORK"
    export DOCKER_HOST="unix://$DOCKER_WORK/docker.sock"
    if docker info >/dev/null 2>&1; then
        return 0  # one of ours, left running by an earlier check
    fi
    printf '\n== starting dockerd (%s)\n' "$DOCKER_HOST"
    dockerd --data-root "$DOCKER_WORK/data" --exec-root "$DOCKER_WORK/exec" -H "$DOCKER_HOST" \
        --pidfile "$DOCKER_WORK/docker.pid" >"$DOCKER_WORK/dockerd.log" 2>&1 &
    ENGINE_PID=$!
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
    docker info >/dev/null || { tail -20 "$DOCKER_WORK/dockerd.log"; return 1; }
}

engine_stop() {
    if [[ -n "$ENGINE_PID" ]]; then
        printf '\n== stopping dockerd (pid %s)\n' "$ENGINE_PID"
        kill "$ENGINE_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$ENGINE_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$ENGINE_PID" 2>/dev/null || true
        ENGINE_PID=""
    fi
}
