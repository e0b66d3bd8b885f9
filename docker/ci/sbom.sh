#!/usr/bin/env bash
# The image's software bill of materials (CycloneDX JSON): every Python package of its serving environment,
# as installed in the image, read by cyclonedx-bom (PyPI) run inside a throwaway container of the image itself
# (the image has no pip: the tool is mounted read-only and put on sys.path of the tool's process only, so it
# is not in the list), with the image's identity and model fingerprint in its metadata.
#   docker/ci/sbom.sh IMAGE OUTPUT      (PYTHON: the host's python with pip; SBOM_TOOL: where the tool goes)
set -euo pipefail
image=$1
out=$2
PYTHON=${PYTHON:-python3}
CYCLONEDX=cyclonedx-bom==7.5.0
# The tool's wheels are those of the image's Python and platform (glibc x86-64), whatever runs this script (the
# pipeline's docker job is Alpine, with another Python).
py=$(docker run --rm --network none --entrypoint python3 "$image" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
tool=${SBOM_TOOL:-${TMPDIR:-/tmp}/product-search-sbom-tool}-$py
if [[ ! -f "$tool/.installed-$CYCLONEDX" ]]; then
    rm -rf "$tool"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check --target "$tool" --only-binary=:all: \
        --implementation cp --python-version "$py" --platform manylinux2014_x86_64 \
        --platform manylinux_2_28_x86_64 "$CYCLONEDX"
    touch "$tool/.installed-$CYCLONEDX"
fi
chmod -R a+rX "$tool"
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
# The serving environment's interpreter: /opt/serve in the default target, /opt/venv in the torch target.
docker run --rm --network none --entrypoint sh -v "$tool:/sbomtool:ro" "$image" -c '
    python=$(command -v python3)
    exec "$python" -c "import runpy, sys; sys.path.insert(0, \"/sbomtool\")
sys.argv = [\"cyclonedx-py\", \"environment\", \"--output-format\", \"JSON\", \"--output-file\", \"-\", sys.argv[1]]
runpy.run_module(\"cyclonedx_py\", run_name=\"__main__\")" "$python"' >"$raw"
labels=$(docker image inspect -f '{{json .Config.Labels}}' "$image")
id=$(docker image inspect -f '{{.Id}}' "$image")
"$PYTHON" - "$raw" "$out" "$image" "$id" "$labels" <<'PY'
import json, sys
raw, out, image, image_id, labels = sys.argv[1:6]
bom = json.load(open(raw, encoding="utf-8"))
labels = json.loads(labels) or {}
bom["metadata"]["component"] = {
    "type": "container",
    "bom-ref": image_id,
    "name": image.rsplit(":", 1)[0] if "@" not in image else image.split("@")[0],
    "version": labels.get("org.opencontainers.image.revision", "unknown"),
    "hashes": [{"alg": "SHA-256", "content": image_id.removeprefix("sha256:")}],
    "properties": [
        {"name": name, "value": labels[name]}
        for name in sorted(labels)
        if name.startswith(("io.product-search.", "org.opencontainers.image."))
    ],
}
with open(out, "w", encoding="utf-8") as fh:
    json.dump(bom, fh, indent=1)
    fh.write("\n")
print(f"sbom: {len(bom.get('components', []))} packages of {image} -> {out}")
PY
