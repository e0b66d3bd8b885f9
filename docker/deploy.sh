#!/bin/sh
# Deploy IMAGE to HOST with docker compose, without dropping a request: used by the pipeline's deploy and
# rollback jobs, by `make deploy-check` (docker/ci/deploy-check.sh) and by hand.   sh docker/deploy.sh HOST IMAGE
#
# Blue/green on one host (docker/docker-compose.yml, profile `single`): the release starts in the idle slot beside
# the serving one; once Docker calls it healthy, the edge HAProxy (the service `product-search`) has routed a
# request to it and the canary (canary.jsonl in the deploy directory, if there) passed against it, the old slot
# is stopped, and drains before it stops. A release that does not get there is stopped instead and the serving
# slot never changed: the rollback is automatic and the job fails. A rollback by hand is a deploy of the older
# image. The cluster profile's node-by-node replacement is not done by this script.
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
# DEPLOY_STACK (the services kept up beside the slots: canary graphite grafana).
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
health_timeout=${DEPLOY_HEALTH_TIMEOUT:-300}
[ -s "$known_hosts" ] || { echo "$known_hosts is empty or missing: no host key to check $host against" >&2; exit 2; }
if grep -Eq '^(PRODUCT_SEARCH_OPEN_READS|[A-Z_]*(KEYS?|PASSWORD|SECRET[A-Z_]*))=' docker/service.env; then
    echo "docker/service.env holds a secret or PRODUCT_SEARCH_OPEN_READS: secrets belong in the host's .env" >&2
    exit 2
fi
ssh_opts="-i $key -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$known_hosts -o Port=${DEPLOY_PORT:-22}"

# shellcheck disable=SC2086
scp $ssh_opts -r docker/docker-compose.yml docker/haproxy docker/statsd docker/graphite docker/grafana "$user@$host:$dir/"
# shellcheck disable=SC2086
scp $ssh_opts docker/service.env "$user@$host:$dir/service.env.example"
# shellcheck disable=SC2086
ssh $ssh_opts "$user@$host" IMAGE="'$image'" DIR="'$dir'" PROJECT="'$project'" STACK="'$stack'" \
    HEALTH_TIMEOUT="'$health_timeout'" sh -s <<'REMOTE'
set -eu
cd "$DIR"
[ -f service.env ] || cp service.env.example service.env
# Compose v2 (the docker CLI plugin) where installed, else v1 (Debian bookworm's docker-compose).
if docker compose version >/dev/null 2>&1; then compose_cli="docker compose"; else compose_cli=docker-compose; fi
compose="$compose_cli -p $PROJECT -f docker-compose.yml --profile single --profile green"
active=$(cat .deployed-slot 2>/dev/null || true)
previous=$(cat .deployed-image 2>/dev/null || true)
case $active in blue) next=green node=node2 ;; *) next=blue node=node1 ;; esac
image_var() { echo "PRODUCT_SEARCH_$(echo "$1" | tr '[:lower:]' '[:upper:]')_IMAGE"; }
export "$(image_var "$next")=$IMAGE" PRODUCT_SEARCH_IMAGE="$IMAGE" PRODUCT_SEARCH_SEED_CATALOG=""
if [ -n "$active" ]; then export "$(image_var "$active")=$previous"; fi
# Before anything is pulled or stopped: compose names the first secret .env lacks.
$compose config -q || { echo "$DIR/.env lacks a required setting (above); nothing was changed" >&2; exit 1; }
case $(stat -c %a .env 2>/dev/null) in
    600 | 400) ;;
    *) echo "warning: $DIR/.env is readable by others than its owner: chmod 600 it" >&2 ;;
esac
$compose pull -q "product-search-$next"
# The edge: started when missing, never recreated here (its clients' connections would drop).
$compose up -d --no-deps --no-recreate product-search

refuse() {  # the new slot is stopped; the serving one was never touched
    echo "new image $IMAGE $1: rolled back, ${active:-no} slot serving ${previous:-nothing}" >&2
    $compose logs --tail 60 "product-search-$next" >&2 || true
    $compose stop -t 40 "product-search-$next" >&2 || true
    echo "$(date -u +%FT%TZ) refused $IMAGE ($1)" >> .deploy-history
    exit 1
}
started=$(date +%s)
$compose up -d --no-deps --no-build --force-recreate "product-search-$next"
container=$($compose ps -q "product-search-$next")
while :; do
    # shellcheck disable=SC2046
    set -- $(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.RestartCount}} {{.State.Status}}' "$container")
    [ "$1" = healthy ] && break
    # A crash at start (bad settings, missing model) is a refusal at once, not after the timeout.
    if [ "$2" -gt 0 ] || [ "$3" = exited ] || [ "$3" = dead ]; then refuse "exited at start ($3, $2 restarts)"; fi
    [ $(($(date +%s) - started)) -lt "$HEALTH_TIMEOUT" ] || refuse "not healthy within $HEALTH_TIMEOUT s ($1)"
    sleep 1
done
healthy=$(($(date +%s) - started))
# Healthy for Docker is not yet routed by the edge (its own checks, rise 2): wait until it answers through it.
$compose exec -T "product-search-$next" python -c '
import sys, time, urllib.request
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen("http://product-search:8000/healthz", timeout=3) as answer:
            if answer.headers.get("X-Served-By") == sys.argv[1]:
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.2)
sys.exit(1)' "$node" || refuse "never routed by the edge"
if [ -f canary.jsonl ]; then
    # Reads need a key: the container's own first read key (nothing secret crosses this shell).
    # shellcheck disable=SC2016
    $compose exec -T "product-search-$next" sh -c 'PRODUCT_SEARCH_CANARY_KEY="${PRODUCT_SEARCH_READ_KEYS%%,*}" exec \
        product-search canary --url http://127.0.0.1:8000 --golden /dev/stdin --catalog "$0"' \
        "${CANARY_CATALOG:-default}" < canary.jsonl || refuse "failed the canary"
fi
switch_started=$(date +%s)
# SIGTERM: the old slot answers 503 on /readyz while it still serves, the edge stops sending, then it stops.
if [ -n "$active" ]; then $compose stop -t 40 "product-search-$active"; fi
switched=$(($(date +%s) - switch_started))
echo "$next" > .deployed-slot
echo "$IMAGE" > .deployed-image
echo "$(date -u +%FT%TZ) $next $IMAGE" >> .deploy-history
# shellcheck disable=SC2086
[ -z "$STACK" ] || $compose up -d --no-deps --no-build $STACK
echo "deployed $IMAGE in slot $next: healthy after ${healthy} s, the ${active:-no} slot stopped in ${switched} s"
REMOTE
