#!/bin/sh
# Deploy IMAGE to HOST with docker compose (no orchestrator): used by the pipeline's deploy and
# rollback jobs, and by hand.   sh docker/deploy.sh HOST IMAGE
#
# On HOST, /srv/product-search holds docker-compose.yml and the monitoring config (copied from this
# checkout) and a .env (mode 0600, owned by the deploy user) that never leaves the host. Compose refuses to
# start without each of these in it (docs/operations.md, "The compose stack"):
#   PRODUCT_SEARCH_ADMIN_KEYS, PRODUCT_SEARCH_READ_KEYS   the service's keys (16+ characters: openssl rand -hex 32)
#   PRODUCT_SEARCH_CANARY_KEY                             one of the read keys (the scheduled canary's)
#   POSTGRES_PASSWORD, GRAFANA_ADMIN_PASSWORD             the cluster's database, Grafana's admin (hex)
# and COMPOSE_PROFILES=single (the service has a profile: without it `up` starts the monitoring only),
# PRODUCT_SEARCH_ENV, ... The API listens on 127.0.0.1 unless
# .env sets BIND_ADDRESS (0.0.0.0, or the address callers reach); Grafana stays on 127.0.0.1. Reads always
# need a key through compose: there is no open-reads setting in the compose file. `sh docker/init-env.sh FILE`
# (this checkout) writes fresh values for all five into a new FILE, to complete and install as that .env.
# The previous image is remembered in .deployed-image: if the new one does not turn healthy within 5
# minutes, the previous one is started again and the job fails.
set -eu
host=$1
image=$2
user=${DEPLOY_USER:-deploy}
key=${DEPLOY_KEY_FILE:-/tmp/deploy_key}
dir=/srv/product-search
ssh_opts="-i $key -o BatchMode=yes -o StrictHostKeyChecking=accept-new"

# shellcheck disable=SC2086
scp $ssh_opts -r docker/docker-compose.yml docker/statsd docker/graphite docker/grafana "$user@$host:$dir/"
# shellcheck disable=SC2086
ssh $ssh_opts "$user@$host" IMAGE="$image" DIR="$dir" sh -s <<'REMOTE'
set -eu
cd "$DIR"
compose="docker compose -p product-search -f docker-compose.yml"
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
