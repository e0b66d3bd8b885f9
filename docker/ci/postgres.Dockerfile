# PostgreSQL 15 for `make deploy-check` where Docker Hub's postgres:15.19-bookworm cannot be pulled: Debian
# bookworm's PostgreSQL 15 (the same major version and Debian release) with the part of that image's contract the
# compose file uses: POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB create the cluster and its database on the
# first start, data in /var/lib/postgresql/data, pg_isready on the PATH, SIGINT for a fast clean shutdown.
ARG BASE_IMAGE=python:3.11-slim-bookworm
FROM ${BASE_IMAGE}
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15 \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
    && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
# Debian's package creates the user (its uid is the package's choice).
# hadolint ignore=DL3066
USER postgres
STOPSIGNAL SIGINT
ENTRYPOINT ["/bin/sh", "/usr/local/bin/postgres-entrypoint.sh"]
