#!/usr/bin/env bash
# `make deploy-check`: docker/deploy.sh, run through the pipeline's own deploy and rollback jobs' lines
# (scripts/pipeline_job.py), against a real SSH host on loopback, while a client searches and writes through it.
#
# The host: Debian's sshd on 127.0.0.1:<free port> with its own host key (pinned in DEPLOY_KNOWN_HOSTS, never
# accepted on first use), a deploy user that may use this check's Docker engine and nothing else, the deploy
# directory with its .env (docker/init-env.sh) and service.env. Images come from a real registry on loopback
# (Debian's docker-registry), pulled by tag or digest as the jobs name them: A (the image the container checks
# built), B (A plus a label: another digest), C (A with a setting the service refuses: it never turns healthy),
# D (A with a minimum score no hit reaches: healthy, but every search comes back empty: the canary fails).
# The sequence, for each profile (single: blue/green behind the edge; cluster: PostgreSQL, three nodes, HAProxy,
# replaced node by node): deploy-staging A; deploy-production B (by digest); deploy-production C and D, which
# must fail and leave B serving; rollback-production to A. Target: no failed request (an empty answer counts:
# D must never have answered the client), no acknowledged write lost or missing from search
# (scripts/deploy_client.py), traffic seen on both slots (on at least two nodes), no answer slower than 10 s,
# every job's exit status as expected. Report: reports/deploy-check.json.
#
# The monitoring services (Graphite, Grafana: Docker Hub images that cannot be pulled here) are left out
# (DEPLOY_STACK: the canary only). For the same reason HAProxy and PostgreSQL are Debian's, in the images
# docker/ci/haproxy.Dockerfile and docker/ci/postgres.Dockerfile (HAPROXY_IMAGE, POSTGRES_IMAGE).
# Needs root for the deploy user and sshd's privilege separation; as another user, the deploy user is that user.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-.venv/bin/python}
IMAGE=${IMAGE:-product-search:ci}
REPORT=${REPORT:-reports/deploy-check.json}
# shellcheck source=docker/ci/engine.sh
source docker/ci/engine.sh
work=$(mktemp -d /tmp/deploy-check.XXXXXX)
chmod 755 "$work"
projects=()
deploy_user=product-search-deploy
created_user=""
pids=()
failure=""

log() { printf '\n== %s\n' "$*"; }
# The reason is printed again as the check's last line: a CI log shows its tail, after the services' logs.
fail() { failure=$*; echo "FAIL: $failure"; exit 1; }
free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

cleanup() {
    local status=$?
    touch "$work/stop-single" "$work/stop-cluster"
    if [[ $status != 0 ]]; then
        for f in sshd.log registry.log client-single.log client-cluster.log; do [[ -s "$work/$f" ]] && tail -15 "$work/$f" | sed "s/^/$f: /"; done
    fi
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for entry in "${projects[@]}"; do
        (cd "${entry%%:*}" && docker-compose -p "${entry#*:}" -f docker-compose.yml --profile single \
            --profile green --profile cluster down -v --remove-orphans >/dev/null 2>&1) || true
    done
    [[ -z "$created_user" ]] || userdel "$deploy_user" 2>/dev/null || true
    rm -f /tmp/deploy_key
    [[ ! -e "$work/deploy_key.saved" ]] || mv "$work/deploy_key.saved" /tmp/deploy_key
    rm -rf "$work"
    docker image prune -f >/dev/null 2>&1 || true
    engine_stop
    [[ -z "$failure" ]] || printf '\nFAIL: %s\n' "$failure"
    [[ $status == 0 || -n "$failure" ]] || printf '\nFAIL: exit %s (the reason is above the services logs)\n' "$status"
}
trap cleanup EXIT

engine_start
# The pipeline's job line installs the key at /tmp/deploy_key: one already there is put back afterwards.
[[ ! -e /tmp/deploy_key ]] || cp -p /tmp/deploy_key "$work/deploy_key.saved"
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
if ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
    log "$IMAGE missing: the container checks build it"
    IMAGE="$IMAGE" docker/ci/container-checks.sh
fi
BASE_IMAGE=${BASE_IMAGE:-product-search-base:bookworm}
docker/ci/base-image.sh "$BASE_IMAGE"

log "registry on loopback (Debian's docker-registry)"
registry_port=$(free_port)
registry=127.0.0.1:$registry_port
cat >"$work/registry.yml" <<EOF
version: 0.1
storage:
  filesystem:
    rootdirectory: $work/registry
http:
  addr: $registry
EOF
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do curl -sf "http://$registry/v2/" >/dev/null && break; sleep 0.2; done
curl -sf "http://$registry/v2/" >/dev/null || { tail -5 "$work/registry.log"; exit 1; }

log "images A, B (another digest), C (refused at start), the edge's HAProxy, the cluster's PostgreSQL"
repo=$registry/product-search
push() {  # push a tag, print its digest
    docker push "$1" >/dev/null
    docker image inspect -f '{{range .RepoDigests}}{{println .}}{{end}}' "$1" | grep "^${1%:*}@" | head -1 | cut -d@ -f2
}
docker tag "$IMAGE" "$repo:A"
digest_a=$(push "$repo:A")
printf 'FROM %s\nLABEL io.product-search.deploy-check=B\n' "$repo:A" | DOCKER_BUILDKIT=0 docker build -q -t "$repo:B" - >/dev/null
digest_b=$(push "$repo:B")
# A release whose settings the service refuses (top_k must be at least 1): it exits at start, every time.
printf 'FROM %s\nENV PRODUCT_SEARCH_MAX_TOP_K=0\n' "$repo:A" | DOCKER_BUILDKIT=0 docker build -q -t "$repo:C" - >/dev/null
digest_c=$(push "$repo:C")
# A release that starts and turns healthy but answers every search with nothing.
printf 'FROM %s\nENV PRODUCT_SEARCH_MIN_SCORE=0.999\n' "$repo:A" | DOCKER_BUILDKIT=0 docker build -q -t "$repo:D" - >/dev/null
digest_d=$(push "$repo:D")
DOCKER_BUILDKIT=0 docker build -q -f docker/ci/haproxy.Dockerfile --build-arg BASE_IMAGE="$BASE_IMAGE" \
    -t "$registry/haproxy:2.6" docker/ci >/dev/null
push "$registry/haproxy:2.6" >/dev/null
DOCKER_BUILDKIT=0 docker build -q -f docker/ci/postgres.Dockerfile --build-arg BASE_IMAGE="$BASE_IMAGE" \
    -t "$registry/postgres:15" docker/ci >/dev/null
push "$registry/postgres:15" >/dev/null
# What the host has must come from the registry: only the pushes remain (the digests stay in the registry).
docker rmi "$repo:A" "$repo:B" "$repo:C" "$repo:D" >/dev/null
echo "A $digest_a"
echo "B $digest_b"
echo "C $digest_c"
echo "D $digest_d"

log "SSH host on loopback: own host key, deploy user, the check's Docker engine"
if [[ $(id -u) == 0 ]]; then
    if ! id "$deploy_user" >/dev/null 2>&1; then
        # Password "*": none that works, but not "!" (locked), which sshd refuses even for keys.
        useradd --system --home-dir "$work/home" --create-home --shell /bin/sh --password '*' "$deploy_user"
        created_user=1
    fi
    # The engine's socket: its group, the deploy user in it (as on a real host, that group is root-equivalent;
    # nothing else is given: no sudo, no password). Only this check's own engine's socket is changed.
    groupadd -f docker
    if [[ $sock == "$DOCKER_WORK"/* ]]; then chgrp docker "$sock" && chmod 660 "$sock"; fi
    usermod -aG docker "$deploy_user"
    mkdir -p /run/sshd
else
    deploy_user=$(id -un)
fi
ssh_port=$(free_port)
ssh-keygen -q -t ed25519 -N '' -C deploy-check-host -f "$work/host_key"
ssh-keygen -q -t ed25519 -N '' -C deploy-check-client -f "$work/client_key"
mkdir -p "$work/authorized_keys"
cp "$work/client_key.pub" "$work/authorized_keys/$deploy_user"
# Pinned: the host key as the check made it, never read from the wire (no ssh-keyscan, no accept-new).
echo "[127.0.0.1]:$ssh_port $(cut -d' ' -f1,2 "$work/host_key.pub")" >"$work/known_hosts"
cat >"$work/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $ssh_port
HostKey $work/host_key
PidFile $work/sshd.pid
AuthorizedKeysFile $work/authorized_keys/%u
AllowUsers $deploy_user
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
# The check's files are under /tmp (world-writable, sticky): sshd's path checks would refuse them.
StrictModes no
SetEnv DOCKER_HOST=unix://$sock
Subsystem sftp internal-sftp
EOF
/usr/sbin/sshd -D -e -f "$work/sshd_config" 2>"$work/sshd.log" &
pids+=($!)
for _ in $(seq 1 50); do (echo >"/dev/tcp/127.0.0.1/$ssh_port") 2>/dev/null && break; sleep 0.2; done
(echo >"/dev/tcp/127.0.0.1/$ssh_port") 2>/dev/null || { echo "FAIL: sshd did not listen"; cat "$work/sshd.log"; exit 1; }

# The jobs' variables (GitLab's CI/CD settings; DEPLOY_SSH_KEY and DEPLOY_KNOWN_HOSTS are file variables).
export DEPLOY_SSH_KEY=$work/client_key DEPLOY_KNOWN_HOSTS=$work/known_hosts DEPLOY_PORT=$ssh_port
export DEPLOY_USER=$deploy_user DEPLOY_HEALTH_TIMEOUT=${DEPLOY_HEALTH_TIMEOUT:-180}
export STAGING_HOST=127.0.0.1 PRODUCTION_HOST=127.0.0.1 CI_REGISTRY_IMAGE=$repo CI_COMMIT_SHORT_SHA=A

steps=()
clients=()
run_job() {  # profile, job, expected exit status (0 or "fail"), then VAR=value for the job
    local profile=$1 job=$2 expect=$3 started rc seconds line
    shift 3
    log "$profile: $job ($*), expected: $expect"
    started=$(date +%s.%N)
    set +e
    env "$@" "$PYTHON" scripts/pipeline_job.py "$job" 2>&1 | tee "$work/job.log"
    rc=${PIPESTATUS[0]}
    set -e
    seconds=$("$PYTHON" -c "import time; print(round(time.time() - $started, 1))")
    line=$(grep -E '^deployed |rolled back' "$work/job.log" | tail -1 || true)
    steps+=("$("$PYTHON" -c 'import json, sys; print(json.dumps(dict(zip(["profile", "job", "args", "exit", "started", "seconds", "said"], sys.argv[1:]))))' \
        "$profile" "$job" "$*" "$rc" "$started" "$seconds" "$line")")
    if [[ $expect == 0 && $rc != 0 ]] || [[ $expect == fail && $rc == 0 ]]; then
        # What the deploy said of each node it refused or could not bring back.
        fail "$profile: $job exited $rc, expected $expect: $(grep -E 'rolled back|did not come back|not valid|nothing was changed' "$work/job.log" | tr '\n' ' ')"
    fi
    sleep 5  # the client keeps going between deploys
}
serving() {  # what the host recorded, then the image each serving container runs (the single profile's live slot)
    local dir=$1 project=$2 services service
    if [[ -f "$dir/.deployed-slot" ]]; then services="product-search-$(cat "$dir/.deployed-slot")"; else services="node1 node2 node3"; fi
    printf '%s running:' "$(cat "$dir/.deployed-image")"
    for service in $services; do
        printf ' %s' "$(docker inspect -f '{{.Config.Image}}' "$(docker ps -q --filter "name=${project}[-_]${service}[-_]")")"
    done
}
expect_serving() {  # dir project image: the record and every serving container say image
    local got want
    got=$(serving "$1" "$2")
    want="$3 running: $3"
    [[ -f "$1/.deployed-slot" ]] || want="$want $3 $3"
    [[ $got == "$want" ]] || fail "$3 is not what serves: $got"
    echo "ok   serving $got"
}

exercise() {  # profile: deploy A, B (by digest), broken C (refused), roll back to A, a client throughout
    local profile=$1 dir=$work/srv-$1 project=product-search-check-$1 api_port admin_key read_key client
    log "$profile: deploy directory with its .env (fresh secrets, mode 0600), owned by the deploy user"
    mkdir -p "$dir"
    api_port=$(free_port)
    sh docker/init-env.sh "$dir/.env" >/dev/null
    printf '%s\n' PRODUCT_SEARCH_ENV=deploy-check "PORT=$api_port" "HAPROXY_IMAGE=$registry/haproxy:2.6" \
        "POSTGRES_IMAGE=$registry/postgres:15" >>"$dir/.env"
    chmod 600 "$dir/.env"
    chown -R "$deploy_user" "$dir"
    projects+=("$dir:$project")
    admin_key=$(grep '^PRODUCT_SEARCH_ADMIN_KEYS=' "$dir/.env" | cut -d= -f2 | cut -d, -f1)
    read_key=$(grep '^PRODUCT_SEARCH_READ_KEYS=' "$dir/.env" | cut -d= -f2 | cut -d, -f1)
    export DEPLOY_PROFILE=$profile DEPLOY_DIR=$dir DEPLOY_PROJECT=$project
    DEPLOY_STACK=$([[ $profile == single ]] && echo canary || echo canary-cluster)
    export DEPLOY_STACK

    run_job "$profile" deploy-staging 0
    log "$profile: client searching and writing through the edge (127.0.0.1:$api_port) until the last rollback"
    DEPLOY_CLIENT_READ_KEY=$read_key DEPLOY_CLIENT_ADMIN_KEY=$admin_key \
        "$PYTHON" scripts/deploy_client.py --url "http://127.0.0.1:$api_port" --catalog default --stop-file "$work/stop-$profile" \
        --report "$work/client-$profile.json" >"$work/client-$profile.log" 2>&1 &
    client=$!
    pids+=("$client")
    for _ in $(seq 1 300); do grep -q '"client": "started"' "$work/client-$profile.log" && break; sleep 0.2; done
    grep -q '"client": "started"' "$work/client-$profile.log" || { cat "$work/client-$profile.log"; exit 1; }
    sleep 5
    # From here on the canary gates every switch (the golden queries against the sample catalog the client loaded).
    cp data/canary.jsonl "$dir/canary.jsonl"
    run_job "$profile" deploy-production 0 "IMAGE_REF=$repo@$digest_b"
    expect_serving "$dir" "$project" "$repo@$digest_b"
    run_job "$profile" deploy-production fail "IMAGE_REF=$repo@$digest_c"
    expect_serving "$dir" "$project" "$repo@$digest_b"
    run_job "$profile" deploy-production fail "IMAGE_REF=$repo@$digest_d"
    expect_serving "$dir" "$project" "$repo@$digest_b"
    run_job "$profile" rollback-production 0 ROLLBACK_TAG=A
    expect_serving "$dir" "$project" "$repo:A"
    touch "$work/stop-$profile"
    wait "$client" || true
    cat "$work/client-$profile.log"
    clients+=("$work/client-$profile.json")
    # Down before the next profile: the two stacks would share the two cores.
    (cd "$dir" && docker-compose -p "$project" -f docker-compose.yml --profile single --profile green \
        --profile cluster down -v --remove-orphans >/dev/null 2>&1) || true
}

exercise single
exercise cluster

mkdir -p "$(dirname "$REPORT")"
if "$PYTHON" - "$REPORT" "${#clients[@]}" "${clients[@]}" "${steps[@]}" <<'PY'
import json, sys
n = int(sys.argv[2])
clients = {p.rsplit("client-", 1)[1].removesuffix(".json"): json.load(open(p, encoding="utf-8")) for p in sys.argv[3:3 + n]}
steps = [json.loads(s) for s in sys.argv[3 + n:]]
for s in steps:
    s["exit"], s["started"], s["seconds"] = int(s["exit"]), float(s["started"]), float(s["seconds"])
open(sys.argv[1], "w", encoding="utf-8").write(json.dumps({"steps": steps, "clients": clients}, indent=1) + "\n")
for s in steps:
    print(f"{s['profile']:8} {s['job']:20} exit {s['exit']:3} {s['seconds']:6} s  {s['said'][:150]}")
bad = 0
for profile, c in clients.items():
    print(f"{profile}: {c['requests']} requests ({c['searches']} searches, served by {c['served_by']}),"
          f" {c['failed']} failed; {c['writes_acknowledged']} writes acknowledged, {len(c['writes_lost'])} lost")
    bad += c["failed"] + len(c["writes_lost"])
    nodes = [n for n, count in c["served_by"].items() if count > 0]
    if len(nodes) < 2:
        print(f"FAIL: {profile}: the client was only ever served by {nodes}: no switch was exercised")
        bad += 1
    for a in c["slow_answers"][:10]:  # each beside the job that was running when it was sent
        during = [s["job"] for s in steps if s["profile"] == profile and s["started"] <= a["at"] <= s["started"] + s["seconds"]]
        print(f"  slow: {a['request']} {a['seconds']} s, {a['status']} from {a['node']}, during {during or ['no job']}")
    if c["slowest_seconds"] > 10:
        print(f"FAIL: {profile}: an answer took {c['slowest_seconds']} s")
        bad += 1
sys.exit(1 if bad else 0)
PY
then :; else fail "the clients' report above: a failed request, a lost write, a missing switch or a slow answer"; fi
log "deploy check passed: $REPORT"
