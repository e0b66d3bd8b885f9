# HAProxy for `make deploy-check` where Docker Hub's haproxy:2.6 cannot be pulled: Debian bookworm's HAProxy 2.6
# (the same LTS line as the pinned haproxy:2.6.34) laid out as that image is: the config at
# /usr/local/etc/haproxy/haproxy.cfg (the compose file mounts docker/haproxy/haproxy.cfg there), master-worker
# in the foreground, SIGUSR1 to stop gracefully, an unprivileged user.
ARG BASE_IMAGE=python:3.11-slim-bookworm
FROM ${BASE_IMAGE}
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haproxy \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /usr/local/etc/haproxy
# Debian's package creates the user (its uid is the package's choice).
# hadolint ignore=DL3066
USER haproxy
STOPSIGNAL SIGUSR1
CMD ["haproxy", "-W", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
