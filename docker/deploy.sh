#!/bin/sh
# Deploy IMAGE to HOST with docker compose (no orchestrator): used by the pipeline's deploy and
# rollback jobs, and by hand.   sh docker/deploy.sh HOST IMAGE
#
# On HOST, /srv/product-search holds docker-compose.yml and the monitoring config (copied from this
# checkout) and a .env with the keys (PRODUCT_SEARCH_ADMIN_KEYS, _READ_KEYS, PRODUCT_SEARCH_ENV, ...),
# which never leaves the host. The previous image is remembered in .deployed-image: if the new one
# does not turn healthy within 5 minutes, the previous one is started again and the job fails.
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
    $compose exec -T product-search product-search canary --url http://127.0.0.1:8000 --golden /dev/stdin \
        --catalog "${CANARY_CATALOG:-default}" < canary.jsonl
fi
echo "deployed $IMAGE"
REMOTE
