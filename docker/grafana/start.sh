#!/bin/sh
# Grafana's entrypoint in the compose stack: refuse to start with a default or short admin password or secret
# key (Grafana would take "admin" and its public default key), then start Grafana as its image does.
#   GRAFANA_RUN: what to start (the image's /run.sh; tests/test_deploy_config.py runs this with another)
set -eu
for name in GF_SECURITY_ADMIN_PASSWORD GF_SECURITY_SECRET_KEY; do
    value=$(printenv "$name" || true)
    case $value in
        "" | admin | password | changeme | SW2YcwTIb9zpOOhoPsMm | throwaway-not-a-secret)
            echo "grafana: $name is unset or a well-known default; set a fresh one (openssl rand -hex 32)" >&2
            exit 1
            ;;
    esac
    if [ "${#value}" -lt 16 ]; then
        echo "grafana: $name has fewer than 16 characters; set a fresh one (openssl rand -hex 32)" >&2
        exit 1
    fi
done
exec "${GRAFANA_RUN:-/run.sh}" "$@"
