#!/usr/bin/env bash
# Build the real image from docker/Dockerfile, run it, smoke-test it through the published port.
# Used by `make ci-local` and `.ci/run`. On a machine without a running Docker engine it starts its own
# dockerd (Debian docker.io; own data root, exec root and socket) and stops it by PID at the end.
#
# Offline by design: the wheelhouse is downloaded here, on the host, by pip with the host's own trust
# store (this machine's proxy CA included); the image build then runs with PIP_NO_INDEX=1 and never
# talks to an index, so no CA or proxy setting goes anywhere near the image.
#
# Environment: BASE_IMAGE (default: a local debootstrapped bookworm, built once), IMAGE (tag),
# DOCKER_WORK (engine state dir, default /tmp/product-search-docker), PYTHON (host venv python).
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-.venv/bin/python}
IMAGE=${IMAGE:-product-search:ci}
# shellcheck source=docker/ci/engine.sh
source docker/ci/engine.sh
REPORT=${REPORT:-reports/container.json}
# Throwaway keys for the throwaway container (the service takes keys of 16 characters or more). Exported and
# passed as `-e NAME`, so their values stay off docker's command line.
PRODUCT_SEARCH_ADMIN_KEYS=$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')
PRODUCT_SEARCH_READ_KEYS=$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')
export PRODUCT_SEARCH_ADMIN_KEYS PRODUCT_SEARCH_READ_KEYS
container=""
refusal=""
# The model repository as compose mounts it: a named volume, read-only, filled from the image at first mount.
models_volume="product-search-ci-models-$$"

log() { printf '\n== %s\n' "$*"; }

cleanup() {
    if [[ -n "$container" ]]; then
        docker rm -f "$container" >/dev/null 2>&1 || true
    fi
    if [[ -n "$refusal" ]]; then
        docker rm -f "$refusal" >/dev/null 2>&1 || true
    fi
    docker volume rm -f "$models_volume" >/dev/null 2>&1 || true
    # Each rebuild leaves the previous image untagged and its layers cached: many GB after a few runs.
    docker image prune -f >/dev/null 2>&1 || true
    docker builder prune -f >/dev/null 2>&1 || true
    engine_stop
}
trap cleanup EXIT

engine_start

if [[ -z "${BASE_IMAGE:-}" ]]; then
    BASE_IMAGE=product-search-base:bookworm
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
    log "base image (cannot be pulled here)"
    docker/ci/base-image.sh "$BASE_IMAGE"
fi

log "wheelhouse (host pip, host trust store)"
"$PYTHON" -m pip download --quiet --disable-pip-version-check -r requirements.txt -d docker/wheelhouse

version=$("$PYTHON" -c "from importlib.metadata import version; print(version('product-search'))")
revision=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
# The image's model setup (docker/Dockerfile defaults), so the label can be checked against /v1/info.
BACKEND=${BACKEND:-onnx}
ONNX_INT8=${ONNX_INT8:-avx2}
fingerprint=$(HF_HUB_OFFLINE=1 PRODUCT_SEARCH_BACKEND="$BACKEND" PRODUCT_SEARCH_ONNX_INT8="$ONNX_INT8" \
    "$PYTHON" -m product_search.cli fingerprint | "$PYTHON" -c "import json,sys; print(json.load(sys.stdin)['id'])")

log "docker build $IMAGE (base $BASE_IMAGE, fingerprint $fingerprint)"
build_started=$(date +%s)
DOCKER_BUILDKIT=0 docker build --quiet -f docker/Dockerfile -t "$IMAGE" \
    --build-arg BASE_IMAGE="$BASE_IMAGE" --build-arg PIP_NO_INDEX=1 \
    --build-arg VERSION="$version" --build-arg GIT_REVISION="$revision" --build-arg ONNX_INT8="$ONNX_INT8" \
    --build-arg BACKEND="$BACKEND" --build-arg MODEL_FINGERPRINT="$fingerprint" . >/dev/null
build_seconds=$(($(date +%s) - build_started))
size_bytes=$(docker image inspect -f '{{.Size}}' "$IMAGE")
echo "ok   image $IMAGE: $((size_bytes / 1000000)) MB"
# The torch target (torch backend, adding model versions): its stages are cached by now; its size, then gone.
DOCKER_BUILDKIT=0 docker build --quiet -f docker/Dockerfile --target torch -t "$IMAGE-torch" \
    --build-arg BASE_IMAGE="$BASE_IMAGE" --build-arg PIP_NO_INDEX=1 \
    --build-arg VERSION="$version" --build-arg GIT_REVISION="$revision" --build-arg ONNX_INT8="$ONNX_INT8" \
    --build-arg BACKEND="$BACKEND" --build-arg MODEL_FINGERPRINT="$fingerprint" . >/dev/null
torch_size_bytes=$(docker image inspect -f '{{.Size}}' "$IMAGE-torch")
docker rmi "$IMAGE-torch" >/dev/null
echo "ok   image $IMAGE-torch (--target torch): $((torch_size_bytes / 1000000)) MB"
label=$(docker image inspect -f '{{index .Config.Labels "io.product-search.model.fingerprint"}}' "$IMAGE")
[[ "$label" == "$fingerprint" ]] || { echo "FAIL: fingerprint label $label != $fingerprint"; exit 1; }

log "SBOM (CycloneDX, the image's own serving environment)"
SBOM=${SBOM:-reports/sbom.cdx.json}
mkdir -p "$(dirname "$SBOM")"
PYTHON="$PYTHON" docker/ci/sbom.sh "$IMAGE" "$SBOM"
sbom_packages=$("$PYTHON" - "$SBOM" "$version" "$fingerprint" <<'PY'
import json, sys
bom = json.load(open(sys.argv[1], encoding="utf-8"))
found = {c["name"].lower(): c.get("version") for c in bom["components"]}
properties = {p["name"]: p["value"] for p in bom["metadata"]["component"]["properties"]}
assert bom["bomFormat"] == "CycloneDX", "not a CycloneDX document"
assert found.get("product-search") == sys.argv[2], f"product-search {found.get('product-search')} != {sys.argv[2]}"
assert "onnxruntime" in found and "gunicorn" in found, "the serving packages are missing"
assert not {"torch", "sentence-transformers", "transformers", "cyclonedx-bom", "pip"} & set(found), "not served"
assert properties["io.product-search.model.fingerprint"] == sys.argv[3], "the model fingerprint is not named"
print(len(found))
PY
) || { echo "FAIL: the SBOM does not describe the image"; exit 1; }
echo "ok   SBOM $SBOM: $sbom_packages packages of the serving environment, model fingerprint $fingerprint"

log "docker run"
run_started=$(date +%s.%N)
container=$(docker run -d -p 127.0.0.1::8000 -e PRODUCT_SEARCH_ADMIN_KEYS -e PRODUCT_SEARCH_READ_KEYS \
    -v "$models_volume:/opt/repository:ro" "$IMAGE")
port=$(docker port "$container" 8000/tcp | head -1 | sed 's/.*://')
smoke_started=$(date +%s.%N)
"$PYTHON" scripts/smoke.py --url "http://127.0.0.1:$port" --admin-key "$PRODUCT_SEARCH_ADMIN_KEYS" \
    --read-key "$PRODUCT_SEARCH_READ_KEYS" --wait 240 --fingerprint "$fingerprint" | tee /tmp/smoke.out \
    || { docker logs --tail 50 "$container"; exit 1; }
ready_seconds=$("$PYTHON" -c "import json,sys; print(json.loads(open('/tmp/smoke.out').read().splitlines()[-1])['ready_seconds'])")
run_to_ready=$("$PYTHON" -c "print(round($smoke_started - $run_started + $ready_seconds, 1))")

for module in torch sentence_transformers transformers; do
    if docker exec "$container" /opt/serve/bin/python -c "import $module" 2>/dev/null; then
        echo "FAIL: the runtime image has $module"; exit 1
    fi
done
echo "ok   no torch, sentence-transformers or transformers in the runtime image"
uid=$(docker exec "$container" id -u)
[[ "$uid" != "0" ]] || { echo "FAIL: the container runs as root"; exit 1; }
echo "ok   runs as uid $uid (non-root)"
# The model repository (the volume, filled from the image) and the export cache: root's, readable, and
# nothing in them writable by the serving user; the service answered from that read-only repository above.
docker exec "$container" sh -c 'for d in /opt/repository /opt/model-cache; do
        [ "$(stat -c %u "$d")" = 0 ] || { echo "$d is owned by uid $(stat -c %u "$d")"; exit 1; }
    done
    [ -n "$(ls /opt/repository)" ] || { echo "the volume was not filled from the image"; exit 1; }
    writable=$(find /opt/repository /opt/model-cache -writable | head -3)
    [ -z "$writable" ] || { echo "writable by uid $(id -u): $writable"; exit 1; }
    unreadable=$(find /opt/repository /opt/model-cache ! -readable | head -3)
    [ -z "$unreadable" ] || { echo "not readable by uid $(id -u): $unreadable"; exit 1; }' \
    || { echo "FAIL: the model repository is not read-only to the serving user"; exit 1; }
echo "ok   /opt/repository (a read-only volume filled from the image) and /opt/model-cache: root's, readable, not writable by uid $uid"
health=""
for _ in $(seq 1 30); do
    health=$(docker inspect -f '{{.State.Health.Status}}' "$container")
    [[ "$health" == "healthy" ]] && break
    sleep 2
done
[[ "$health" == "healthy" ]] || { echo "FAIL: HEALTHCHECK says $health"; exit 1; }
echo "ok   docker HEALTHCHECK: healthy"
docker rm -f "$container" >/dev/null
container=""
echo "ok   container removed"

log "docker run with a guessable key: refused"
# A key under 16 characters: the service must not start, and must say why (reads without read keys are closed,
# not refused: tests/test_access.py starts one and checks it).
refused_rc=0
refusal="product-search-refusal-$$"
refused_out=$(timeout 180 docker run --name "$refusal" -e PRODUCT_SEARCH_ADMIN_KEYS -e PRODUCT_SEARCH_READ_KEYS=guessable \
    "$IMAGE" 2>&1) || refused_rc=$?
docker rm -f "$refusal" >/dev/null 2>&1 || true
refusal=""
if [[ "$refused_rc" == 0 || "$refused_rc" == 124 ]] || ! grep -q "at least 16 characters" <<<"$refused_out"; then
    echo "FAIL: the image started (or did not say why not) with a guessable key: rc $refused_rc"
    tail -20 <<<"$refused_out"; exit 1
fi
echo "ok   with a guessable key the image refuses to start (rc $refused_rc): $(grep -m1 "at least 16" <<<"$refused_out" | cut -c1-160)"

mkdir -p "$(dirname "$REPORT")"
cat >"$REPORT" <<JSON
{"image": "$IMAGE", "base_image": "$BASE_IMAGE", "size_bytes": $size_bytes, "size_mb": $((size_bytes / 1000000)),
 "torch_target_size_mb": $((torch_size_bytes / 1000000)), "backend": "$BACKEND",
 "build_seconds": $build_seconds, "run_to_ready_seconds": $run_to_ready, "fingerprint": "$fingerprint",
 "revision": "$revision", "uid": $uid, "sbom": "$SBOM", "sbom_packages": $sbom_packages}
JSON
log "container checks passed"
cat "$REPORT"
