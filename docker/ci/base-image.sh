#!/usr/bin/env bash
# Build a local Debian bookworm base image with Python 3.11 (debootstrap + docker import), for machines
# that cannot pull python:3.11-slim-bookworm from Docker Hub. Usage: docker/ci/base-image.sh [TAG]
# Cached: does nothing when TAG already exists in the engine.
set -euo pipefail
tag=${1:-product-search-base:bookworm}
if docker image inspect "$tag" >/dev/null 2>&1; then
    echo "base image $tag already present"
    exit 0
fi
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$(mktemp -d /tmp/base-rootfs.XXXXXX)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates bookworm "$root" "$mirror" >/dev/null
chroot "$root" apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin
tar -C "$root" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8' \
    --change 'CMD ["/bin/bash"]' - "$tag" >/dev/null
echo "built base image $tag"
