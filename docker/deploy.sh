#!/bin/sh
# Deploy IMAGE to HOST with docker compose, without dropping a request: used by the pipeline's deploy and
# rollback jobs, by `make deploy-check` (docker/ci/deploy-check.sh) and by hand.   sh docker/deploy.sh HOST IMAGE
#
# Blue/green on one host (docker/docker-compose.yml, profile `single`): the release starts in the idle slot beside
# the serving one; once Docker calls it healthy, the edge HAProxy (the service `product-search`) has routed a
# request to it and the canary (canary.jsonl in the deploy directory, if there) passed against it, the old slot
# is stopped, and drains before it stops. A release that does not get there is stopped instead and the serving
# slot never changed: the rollback is automatic and the job fails. A rollback by hand is a deploy of the older
# image. DEPLOY_PROFILE=cluster (PostgreSQL, three nodes, HAProxy) replaces the nodes one by one instead: each
# drains as it stops (HAProxy sends its catalogs to the next node on the ring) and the next node goes only once
# the new one is healthy, routed and passed the canary; a failure puts the previous image back on every node
# already replaced.
#
# On HOST, /srv/product-search holds docker-compose.yml and the edge and monitoring config (copied from this
# checkout), a .env (mode 0600, owned by the deploy user) that never leaves the host, and service.env.
# Compose refuses to start without each of these in .env (docs/operations.md, "The compose stack"):
#   PRODUCT_SEARCH_ADMIN_KEYS, PRODUCT_SEARCH_READ_KEYS   the service's keys (16+ characters: openssl rand -hex 32)
#   PRODUCT_SEARCH_CANARY_KEY                             one of the read keys (the scheduled canary's)
#   POSTGRES_PASSWORD, GRAFANA_ADMIN_PASSWORD,            the cluster's database, Grafana's admin and its key (hex)
#   GRAFANA_SECRET_KEY
#   ALERT_PAGE_URL, ALERT_TICKET_URL                      where Grafana sends pages and tickets
# and PRODUCT_SEARCH_ENV, BIND_ADDRESS (the API listens on 127.0.0.1 unless it says otherwise; Grafana always
# does). `sh docker/init-env.sh FILE` (this checkout) writes fresh values into a new FILE, to complete and
# install as that .env. The service's own settings go into service.env (docker/service.env is installed where
# none exists; never secrets: refused here). The host's key is pinned: DEPLOY_KNOWN_HOSTS names a known_hosts
# file holding it (the pipeline's file variable; `ssh-keyscan -p PORT HOST` once, its fingerprint checked out of
# band), never accepted on first use. Also: DEPLOY_PORT (SSH, 22), DEPLOY_USER (deploy), DEPLOY_KEY_FILE
# (/tmp/deploy_key), DEPLOY_DIR, DEPLOY_PROJECT (compose project, product-search), DEPLOY_HEALTH_TIMEOUT (300 s),
# DEPLOY_PROFILE (single), DEPLOY_STACK (the services kept up beside: canary or canary-cluster, graphite grafana).
# The host keeps the serving slot in .deployed-slot, its image in .deployed-image, every deploy in .deploy-history.
set -eu
host=$1
image=$2
user=${DEPLOY_USER:-deploy}
key=${DEPLOY_KEY_FILE:-/tmp/deploy_key}
known_hosts=${DEPLOY_KNOWN_HOSTS:?set DEPLOY_KNOWN_HOSTS to a known_hosts file with the host key of $host}
dir=${DEPLOY_DIR:-/srv/product-search}
project=${DEPLOY_PROJECT:-product-search}
stack=${DEPLOY_STACK-canary graphite grafana}
[ "${DEPLOY_PROFILE:-single}" = single ] || stack=${DEPLOY_STACK-canary-cluster graphite grafana}
health_timeout=${DEPLOY_HEALTH_TIMEOUT:-300}
profile=${DEPLOY_PROFILE:-single}
case $profile in single | cluster) ;; *) echo "DEPLOY_PROFILE is single or cluster, not $profile" >&2; exit 2 ;; esac
# Everything below reaches a shell on the host: only plain references, names and numbers (no quote, no space
# where none belongs), so that no value can become a command there.
plain() { printf '%s' "$2" | grep -Eqx "$3" || { echo "$1 is not valid here: '$2'" >&2; exit 2; }; }
plain IMAGE "$image" '[A-Za-z0-9][A-Za-z0-9._/:@-]*'
plain DEPLOY_DIR "$dir" '/[A-Za-z0-9._/-]+'
plain DEPLOY_PROJECT "$project" '[a-z0-9][a-z0-9_-]*'
plain DEPLOY_STACK "$stack" '[a-z0-9 _-]*'
plain DEPLOY_HEALTH_TIMEOUT "$health_timeout" '[0-9]+'
[ -s "$known_hosts" ] || { echo "$known_hosts is empty or missing: no host key to check $host against" >&2; exit 2; }
if grep -Eq '^(PRODUCT_SEARCH_OPEN_READS|[A-Z_]*(KEYS?|PASSWORD|SECRET[A-Z_]*))=' docker/service.env; then
    echo "docker/service.env holds a secret or PRODUCT_SEARCH_OPEN_READS: secrets belong in the host's .env" >&2
    exit 2
fi
ssh_opts="-i $key -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$known_hosts -o GlobalKnownHostsFile=/dev/null -o Port=${DEPLOY_PORT:-22}"

# The files arrive beside the live ones (.incoming) and replace them only once compose accepts them.
# shellcheck disable=SC2086
ssh $ssh_opts "$user@$host" "rm -rf '$dir/.incoming' && mkdir -p '$dir/.incoming'"
# shellcheck disable=SC2086
scp $ssh_opts -r docker/docker-compose.yml docker/haproxy docker/statsd docker/graphite docker/grafana "$user@$host:$dir/.incoming/"
# shellcheck disable=SC2086
scp $ssh_opts docker/service.env "$user@$host:$dir/.incoming/service.env.example"
# shellcheck disable=SC2086
ssh $ssh_opts "$user@$host" IMAGE="'$image'" DIR="'$dir'" PROJECT="'$project'" STACK="'$stack'" \
    PROFILE="'$profile'" HEALTH_TIMEOUT="'$health_timeout'" sh -s <<'REMOTE'
set -eu
cd "$DIR"
# Compose v2 (the docker CLI plugin) where installed, else v1 (Debian bookworm's docker-compose).
if docker compose version >/dev/null 2>&1; then compose_cli="docker compose"; else compose_cli=docker-compose; fi
previous=$(cat .deployed-image 2>/dev/null || true)
export PRODUCT_SEARCH_IMAGE="$IMAGE" PRODUCT_SEARCH_SEED_CATALOG=""
if [ "$PROFILE" = cluster ]; then
    profiles="--profile cluster"
    edge=haproxy
else
    profiles="--profile single --profile green"
    edge=product-search
fi
compose="$compose_cli -p $PROJECT -f docker-compose.yml $profiles"
running() { [ "$(docker inspect -f '{{.State.Running}}' "$($compose ps -q "$1" 2>/dev/null)" 2>/dev/null)" = true ]; }
if [ "$PROFILE" = single ]; then
    # The serving slot: the record, unless only the other one runs (a deploy cut off while it switched).
    active=$(cat .deployed-slot 2>/dev/null || true)
    case $active in blue) other=green ;; green) other=blue ;; *) other="" ;; esac
    if [ -n "$active" ] && ! running "product-search-$active" && running "product-search-$other"; then
        echo "warning: .deployed-slot says $active, but only $other runs: $other is serving" >&2
        active=$other
    fi
    case $active in blue) next=green node=node2 ;; *) next=blue node=node1 ;; esac
    image_var() { echo "PRODUCT_SEARCH_$(echo "$1" | tr '[:lower:]' '[:upper:]')_IMAGE"; }
    export "$(image_var "$next")=$IMAGE"
    if [ -n "$active" ]; then export "$(image_var "$active")=$previous"; fi
fi
# Before anything is pulled or stopped: compose names the first secret .env lacks, with the new files (and the
# operator's service.env, or the example where there is none yet).
if [ -f service.env ]; then cp service.env .incoming/service.env; else cp .incoming/service.env.example .incoming/service.env; fi
(cd .incoming && $compose_cli -p "$PROJECT" -f docker-compose.yml --env-file ../.env $profiles config -q) \
    || { echo "$DIR/.env lacks a required setting (above); nothing was changed" >&2; exit 1; }
case $(stat -c %a .env 2>/dev/null) in
    600 | 400) ;;
    *) echo "warning: $DIR/.env is readable by others than its owner: chmod 600 it" >&2 ;;
esac
for f in .incoming/*; do rm -rf "./${f#.incoming/}" && mv "$f" .; done
rm -rf .incoming

healthy() {  # SERVICE: 0 once Docker calls its container healthy; else 1 with the reason in $why
    container=$($compose ps -q "$1" 2>/dev/null || true)
    since=$(date +%s)
    while :; do
        # shellcheck disable=SC2046
        set -- $(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.RestartCount}} {{.State.Status}}' \
            "$container" 2>/dev/null || echo missing 0 missing)
        [ "$1" = healthy ] && return 0
        # A crash at start (bad settings, missing model) is a refusal at once, not after the timeout.
        if [ "$2" -gt 0 ] || [ "$3" = exited ] || [ "$3" = dead ] || [ "$3" = missing ]; then
            why="exited at start ($3, $2 restarts)"
            return 1
        fi
        if [ $(($(date +%s) - since)) -ge "$HEALTH_TIMEOUT" ]; then why="not healthy within $HEALTH_TIMEOUT s ($1)"; return 1; fi
        sleep 1
    done
}
edge_api() {  # COMMAND: HAProxy's runtime API, on the edge's own loopback (PS_STATS_SOCKET); retried while it starts
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        # shellcheck disable=SC2016
        if $compose exec -T "$edge" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9999 && echo "$0" >&3 && cat <&3' "$1" </dev/null; then
            return 0
        fi
        sleep 1
    done
    why="the edge's runtime API did not answer"
    return 1
}
routed() {  # SERVICE NODE: 0 once the edge has answered through that node
    # Within 120 s (the edge re-resolves a recreated container's name every second and needs two passed checks;
    # a fixed 60 s was once not enough, for a reason the log did not keep). Refused, the reason carries the
    # edge's view of the node in each backend.
    $compose exec -T "$1" python -c '
import sys, time, urllib.request
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen(sys.argv[1], timeout=3) as answer:
            if answer.headers.get("X-Served-By") == sys.argv[2]:
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.2)
sys.exit(1)' "http://$edge:8000/healthz" "$2" </dev/null && return 0
    # show servers state: backend, server, address, operational state (2 up), admin state (0 ready), check status
    view=$(edge_api "show servers state" |
        awk -v s="$2" '$4 == s { printf "%s/%s addr %s op %s admin %s check %s; ", $2, $4, $5, $6, $7, $11 }')
    why="never routed by the edge within 120 s (the edge's view: ${view:-unavailable})"
    return 1
}
canary() {  # SERVICE: the host's golden queries against it directly (its own first read key: nothing secret here)
    why="failed the canary"
    [ -f canary.jsonl ] || return 0
    # shellcheck disable=SC2016
    $compose exec -T "$1" sh -c 'PRODUCT_SEARCH_CANARY_KEY="${PRODUCT_SEARCH_READ_KEYS%%,*}" exec \
        product-search canary --url http://127.0.0.1:8000 --golden /dev/stdin --catalog "$0"' \
        "${CANARY_CATALOG:-default}" < canary.jsonl
}
release() {  # SERVICE NODE: started held out of the edge (maintenance); in only once healthy and past the canary
    edge_api "set server catalogs/$2 state maint" >/dev/null || return 1
    $compose up -d --no-deps --no-build --force-recreate "$1" || { why="did not start"; return 1; }
    healthy "$1" && canary "$1" && edge_api "set server catalogs/$2 state ready" >/dev/null && routed "$1" "$2"
}
refused() {  # SERVICE: say why, show its log, append to the history
    echo "new image $IMAGE $why: rolled back, serving ${previous:-nothing}" >&2
    $compose logs --tail 60 "$1" >&2 || true
    echo "$(date -u +%FT%TZ) refused $IMAGE ($why)" >> .deploy-history
}
record() {  # FILE VALUE, replaced whole
    echo "$2" > "$1.new" && mv "$1.new" "$1"
}

$compose pull -q "$([ "$PROFILE" = cluster ] && echo node1 || echo "product-search-$next")"
# StatsD's name is resolved once, when a node starts: Graphite first, if this host runs it.
case " $STACK " in *" graphite "*)
    $compose up -d --no-deps --no-recreate graphite
    healthy graphite || echo "warning: Graphite: $why; the new release sends no metrics until it restarts" >&2 ;;
esac
started=$(date +%s)
if [ "$PROFILE" = cluster ]; then
    # Node by node: each is held out of HAProxy (which gives its catalogs to the next node on the ring), replaced,
    # and let in once healthy and past the canary; then the next. A failure puts the previous image back on every
    # node already replaced, in reverse order, and fails.
    $compose up -d --no-deps --no-recreate postgres
    healthy postgres || { echo "PostgreSQL: $why" >&2; exit 1; }
    $compose up -d --no-deps --no-recreate haproxy
    done_nodes=""
    for n in node1 node2 node3; do
        if release "$n" "$n"; then
            done_nodes="$n $done_nodes"
            continue
        fi
        refused "$n"
        status=1
        if [ -n "$previous" ]; then
            for back in $n $done_nodes; do
                if ! { PRODUCT_SEARCH_IMAGE="$previous" release "$back" "$back"; }; then
                    echo "$back: the previous image $previous did not come back either: $why" >&2
                    status=2
                fi
            done
        fi
        exit $status
    done
    record .deployed-image "$IMAGE"
    echo "$(date -u +%FT%TZ) cluster $IMAGE" >> .deploy-history
    summary="on node1-3 one by one in $(($(date +%s) - started)) s"
else
    # Blue/green: the release starts beside the serving slot, out of the edge until it is healthy and past the
    # canary; a failure stops it, and the serving slot never changed. The edge is started when missing, never
    # recreated here (its clients' connections would drop).
    $compose up -d --no-deps --no-recreate product-search
    if ! release "product-search-$next" "$node"; then
        refused "product-search-$next"
        edge_api "set server catalogs/$node state maint" >/dev/null || true
        $compose stop -t 40 "product-search-$next" >&2 || true
        exit 1
    fi
    ready=$(($(date +%s) - started))
    # Recorded before the old slot goes: from here on the new one serves, whatever happens to this connection.
    record .deployed-slot "$next"
    record .deployed-image "$IMAGE"
    echo "$(date -u +%FT%TZ) $next $IMAGE" >> .deploy-history
    switch_started=$(date +%s)
    # SIGTERM: the old slot answers 503 on /readyz while it still serves, the edge stops sending, then it stops.
    if [ -n "$active" ]; then $compose stop -t 40 "product-search-$active"; fi
    summary="in slot $next: in the edge after ${ready} s, the ${active:-no} slot stopped in $(($(date +%s) - switch_started)) s"
fi
# shellcheck disable=SC2086
[ -z "$STACK" ] || $compose up -d --no-deps --no-build $STACK
echo "deployed $IMAGE $summary"
REMOTE
