#!/bin/sh
# Deploy IMAGE to HOST with docker compose (no orchestrator): used by the pipeline's deploy and
# rollback jobs, and by hand.   sh docker/deploy.sh HOST IMAGE
#
# On HOST, /srv/product-search holds docker-compose.yml and the monitoring config (copied from this
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
# none exists; never secrets: refused here). The profile is explicit: `single` (the cluster profile's
# node-by-node replacement is not done by this script). The host's key is pinned: DEPLOY_KNOWN_HOSTS names a
# known_hosts file holding it (the pipeline's file variable; `ssh-keyscan -p PORT HOST` once, its fingerprint
# checked out of band), never accepted on first use; DEPLOY_PORT is the SSH port (22). The previous image is
# remembered in .deployed-image: if the new one does not turn healthy within 5 minutes, the previous one is
# started again and the job fails.
set -eu
host=$1
image=$2
user=${DEPLOY_USER:-deploy}
key=${DEPLOY_KEY_FILE:-/tmp/deploy_key}
known_hosts=${DEPLOY_KNOWN_HOSTS:?set DEPLOY_KNOWN_HOSTS to a known_hosts file with the host key of $host}
dir=${DEPLOY_DIR:-/srv/product-search}
[ -s "$known_hosts" ] || { echo "$known_hosts is empty or missing: no host key to check $host against" >&2; exit 2; }
if grep -Eq '^(PRODUCT_SEARCH_OPEN_READS|[A-Z_]*(KEYS?|PASSWORD|SECRET[A-Z_]*))=' docker/service.env; then
    echo "docker/service.env holds a secret or PRODUCT_SEARCH_OPEN_READS: secrets belong in the host's .env" >&2
    exit 2
fi
ssh_opts="-i $key -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$known_hosts -o Port=${DEPLOY_PORT:-22}"

# shellcheck disable=SC2086
scp $ssh_opts -r docker/docker-compose.yml docker/statsd docker/graphite docker/grafana "$user@$host:$dir/"
# shellcheck disable=SC2086
scp $ssh_opts docker/service.env "$user@$host:$dir/service.env.example"
# shellcheck disable=SC2086
ssh $ssh_opts "$user@$host" IMAGE="$image" DIR="$dir" sh -s <<'REMOTE'
set -eu
cd "$DIR"
[ -f service.env ] || cp service.env.example service.env
compose="docker compose -p product-search -f docker-compose.yml --profile single"
previous=$(cat .deployed-image 2>/dev/null || true)
export PRODUCT_SEARCH_IMAGE="$IMAGE" PRODUCT_SEARCH_SEED_CATALOG=""
# Before anything is pulled or stopped: compose names the first secret .env lacks.
$compose config -q || { echo "$DIR/.env lacks a required setting (above); nothing was changed" >&2; exit 1; }
case $(stat -c %a .env 2>/dev/null) in
    600 | 400) ;;
    *) echo "warning: $DIR/.env is readable by others than its owner: chmod 600 it" >&2 ;;
esac
$compose pull product-search
$compose up -d --no-build --remove-orphans
for _ in $(seq 1 60); do
    status=$(docker inspect -f '{{.State.Health.Status}}' "$($compose ps -q product-search)" 2>/dev/null || echo starting)
    [ "$status" = healthy ] && break
    sleep 5
done
if [ "$status" != healthy ]; then
    echo "new image $IMAGE not healthy ($status); rolling back to ${previous:-nothing}" >&2
    $compose logs --tail 100 product-search >&2 || true
    if [ -n "$previous" ]; then
        PRODUCT_SEARCH_IMAGE="$previous" $compose up -d --no-build product-search
    fi
    exit 1
fi
echo "$IMAGE" > .deployed-image
echo "$IMAGE" >> .deploy-history
if [ -f canary.jsonl ]; then
    # Reads need a key: the container's own first read key (nothing secret crosses this shell).
    # shellcheck disable=SC2016
    $compose exec -T product-search sh -c 'PRODUCT_SEARCH_CANARY_KEY="${PRODUCT_SEARCH_READ_KEYS%%,*}" exec \
        product-search canary --url http://127.0.0.1:8000 --golden /dev/stdin --catalog "$0"' \
        "${CANARY_CATALOG:-default}" < canary.jsonl
fi
echo "deployed $IMAGE"
REMOTE
