"""The deployment's security controls, checked on what compose really makes of docker/docker-compose.yml.

The real `docker-compose config`, with an empty env file (a docker/.env of a developer's `make up` is never
read) and a clean environment: no profile starts without its secrets, and compose names the missing one;
with them, third-party images are pinned by digest, published ports listen on 127.0.0.1 unless BIND_ADDRESS
says otherwise, PostgreSQL shares a network with the search nodes only, and only the `models` tool may
write the model repository. Also docker/init-env.sh, which writes the secrets `make up` uses, and the
Makefile: the development admin key and open reads for `make run`/`make serve` on 127.0.0.1 only, and
`make docker-run` only with the caller's keys, on 127.0.0.1 unless BIND_ADDRESS says otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from .support import ROOT

COMPOSE_FILE = ROOT / "docker" / "docker-compose.yml"
INIT_ENV = ROOT / "docker" / "init-env.sh"
SECRETS = (
    "POSTGRES_PASSWORD",
    "GRAFANA_ADMIN_PASSWORD",
    "GRAFANA_SECRET_KEY",
    "PRODUCT_SEARCH_ADMIN_KEYS",
    "PRODUCT_SEARCH_READ_KEYS",
    "PRODUCT_SEARCH_CANARY_KEY",
)
WEBHOOKS = ("ALERT_PAGE_URL", "ALERT_TICKET_URL")  # required too: alerts must go somewhere
REQUIRED = SECRETS + WEBHOOKS
# Distinct values, so each can be found where it must arrive (and nowhere else).
VALUES = {name: f"{name.lower().replace('_', '-')}-0123456789abcdef" for name in SECRETS} | {
    name: f"https://alerts.example/{name.lower()}" for name in WEBHOOKS
}
GRAFANA_START = ROOT / "docker" / "grafana" / "start.sh"
PROFILES = {
    "no profile": [],
    "single": ["--profile", "single"],
    "cluster": ["--profile", "cluster"],
    "tools": ["--profile", "tools"],
}
OURS = re.compile(r"^product-search:")  # the project's own images (built here, not pulled)
DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")
SERVING = {"product-search-blue", "product-search-green", "node1", "node2", "node3"}
REPOSITORY = "/opt/repository"


@pytest.fixture(scope="module")
def compose() -> str:
    """The docker-compose binary (Debian's v1); skips with a warning where it is missing, unless required."""
    tool = shutil.which("docker-compose")
    if tool is None:
        reason = "docker-compose is not installed (apt-get install docker-compose)"
        if os.environ.get("PRODUCT_SEARCH_REQUIRE_METRICS_STACK") == "1":
            pytest.fail(reason)
        warnings.warn(f"SKIPPING compose configuration checks: {reason}", stacklevel=1)
        pytest.skip(reason)
    return tool


def run_config(
    tool: str, workdir: Path, profiles: list[str], env: dict[str, str], *, env_file: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`docker-compose config` with only PATH, a scratch HOME and ``env`` in its environment, and an env file
    (an empty one unless given) in place of docker/.env."""
    if env_file is None:
        env_file = workdir / "empty.env"
        env_file.write_text("")
    return subprocess.run(
        [tool, "--env-file", str(env_file), "-f", str(COMPOSE_FILE), *profiles, "config"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": os.environ["PATH"], "HOME": str(workdir), **env},
    )


def rendered_config(tool: str, workdir: Path, **extra: str) -> dict[str, Any]:
    proc = run_config(tool, workdir, PROFILES["cluster"], {**VALUES, **extra})
    assert proc.returncode == 0, proc.stderr
    config: dict[str, Any] = yaml.safe_load(proc.stdout)
    return config


@pytest.fixture(scope="module")
def rendered(compose: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The whole file as compose renders it with every secret set (compose renders every service, whatever
    the profile)."""
    return rendered_config(compose, tmp_path_factory.mktemp("compose"))


def services(config: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield from config["services"].items()


def published(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(host address, host port) of each published port; short ("127.0.0.1:3000:3000/tcp", compose v1) or long
    syntax (compose v2). An address left out means every interface."""
    found = []
    for port in service.get("ports", []):
        if isinstance(port, dict):
            if port.get("published") is not None:
                found.append((str(port.get("host_ip") or "0.0.0.0"), str(port["published"])))
            continue
        parts = str(port).split("/")[0].split(":")
        if len(parts) == 3:
            found.append((parts[0], parts[1]))
        elif len(parts) == 2:
            found.append(("0.0.0.0", parts[0]))
    return found


def mounts(service: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    """target -> (source, read-only) of each volume; short or long syntax."""
    found = {}
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            found[volume["target"]] = (str(volume.get("source")), bool(volume.get("read_only")))
            continue
        source, target, *mode = str(volume).split(":")
        found[target] = (source, "ro" in (mode[0].split(",") if mode else []))
    return found


def networks(service: dict[str, Any]) -> set[str]:
    declared = service.get("networks") or {"default": None}
    return set(declared) if isinstance(declared, (dict, list)) else {str(declared)}


# -- no secrets, no stack ------------------------------------------------------------------------------


@pytest.mark.parametrize("profile", list(PROFILES))
def test_no_profile_renders_without_the_secrets(compose: str, tmp_path: Path, profile: str) -> None:
    proc = run_config(compose, tmp_path, PROFILES[profile], {})
    assert proc.returncode != 0, proc.stdout
    missing = [name for name in REQUIRED if f"set {name}" in proc.stderr]
    assert missing, f"no missing secret named: {proc.stderr}"
    assert "make up" in proc.stderr, "the message says how to set it"


@pytest.mark.parametrize("secret", REQUIRED)
@pytest.mark.parametrize("value", ["unset", "empty"])
def test_each_secret_is_required_by_name(compose: str, tmp_path: Path, secret: str, value: str) -> None:
    """Compose interpolates the whole file before it applies profiles: each secret is required for any profile
    (the cluster's is checked here; the profile makes no difference, see above)."""
    env = {name: v for name, v in VALUES.items() if name != secret}
    if value == "empty":
        env[secret] = ""
    proc = run_config(compose, tmp_path, PROFILES["cluster"], env)
    assert proc.returncode != 0, proc.stdout
    assert f"set {secret}" in proc.stderr, proc.stderr


@pytest.mark.parametrize("profile", list(PROFILES))
def test_every_profile_renders_with_the_secrets(compose: str, tmp_path: Path, profile: str) -> None:
    proc = run_config(compose, tmp_path, PROFILES[profile], VALUES)
    assert proc.returncode == 0, proc.stderr


# -- what the rendered stack is ------------------------------------------------------------------------


def test_third_party_images_are_pinned_by_digest(rendered: dict[str, Any]) -> None:
    third_party = {name: s["image"] for name, s in services(rendered) if not OURS.match(s["image"])}
    assert {"graphite", "grafana", "postgres", "haproxy", "product-search"} <= set(third_party)
    assert third_party["product-search"] == third_party["haproxy"], "the single service's edge is the cluster's HAProxy"
    unpinned = {name: image for name, image in third_party.items() if not DIGEST.search(image)}
    assert not unpinned, f"images without a digest: {unpinned}"


def test_published_ports_listen_on_loopback_by_default(rendered: dict[str, Any]) -> None:
    ports = {name: published(s) for name, s in services(rendered) if published(s)}
    assert set(ports) == {"product-search", "haproxy", "grafana", "graphite"}
    exposed = {name: p for name, p in ports.items() if any(address != "127.0.0.1" for address, _ in p)}
    assert not exposed, f"published beyond loopback: {exposed}"
    assert ports["grafana"] == [("127.0.0.1", "3000")]


def test_bind_address_exposes_the_api_and_nothing_else(compose: str, tmp_path: Path) -> None:
    config = rendered_config(compose, tmp_path, BIND_ADDRESS="0.0.0.0")
    by_service = {name: {address for address, _ in published(s)} for name, s in services(config) if published(s)}
    assert by_service["product-search"] == {"0.0.0.0"}
    assert by_service["haproxy"] == {"0.0.0.0"}
    assert by_service["grafana"] == {"127.0.0.1"}
    assert by_service["graphite"] == {"127.0.0.1"}


def test_postgres_shares_its_network_with_the_search_nodes_only(rendered: dict[str, Any]) -> None:
    assert networks(rendered["services"]["postgres"]) == {"store"}
    on_store = {name for name, s in services(rendered) if "store" in networks(s)}
    assert on_store == {"postgres", "node1", "node2", "node3"}
    assert "store" not in networks(rendered["services"]["grafana"])
    assert rendered["networks"]["store"].get("internal") is True
    for node in ("node1", "node2", "node3"):
        assert "default" in networks(rendered["services"][node]), "HAProxy and StatsD reach the nodes there"


def test_the_single_service_is_two_slots_behind_an_edge_sharing_one_store(rendered: dict[str, Any]) -> None:
    """Blue/green (docker/deploy.sh; exercised end to end by make deploy-check): the edge routes to whichever slot
    is ready, both slots read and write the same data volume, and green exists only when a deploy starts it."""
    svc = rendered["services"]
    edge = svc["product-search"]
    assert mounts(edge)["/usr/local/etc/haproxy/haproxy.cfg"][0].endswith("docker/haproxy/haproxy.cfg")
    assert (edge["environment"]["PS_NODE1"], edge["environment"]["PS_NODE2"]) == (
        "product-search-blue:8000",
        "product-search-green:8000",
    )
    blue, green = svc["product-search-blue"], svc["product-search-green"]
    assert (blue["profiles"], green["profiles"], edge["profiles"]) == (["single"], ["green"], ["single"])
    assert mounts(blue)["/data"] == mounts(green)["/data"], "one store for both slots"
    assert not published(blue) and not published(green), "callers reach the slots through the edge only"
    for slot in (blue, green):
        assert slot["environment"]["PRODUCT_SEARCH_TRUSTED_PROXIES"] == "1", "the edge's X-Forwarded-For is read"
        assert slot["stop_grace_period"] == "40s" and "readyz" in str(slot["healthcheck"]["test"])
    assert svc["canary"]["environment"]["CANARY_URL"] == "http://product-search:8000", "through the edge"


def test_only_the_models_tool_writes_the_model_repository(rendered: dict[str, Any]) -> None:
    repository = {name: mounts(s)[REPOSITORY] for name, s in services(rendered) if REPOSITORY in mounts(s)}
    assert set(repository) == SERVING | {"models"}
    assert len({source for source, _ in repository.values()}) == 1, f"one repository volume: {repository}"
    writable = {name for name, (_, read_only) in repository.items() if not read_only}
    assert writable == {"models"}
    tool = rendered["services"]["models"]
    assert tool["profiles"] == ["tools"]
    assert str(tool["user"]).split(":")[0] == "0", "the repository is root's"
    assert tool["build"]["target"] == "torch", "imports export ONNX with torch"


def test_secrets_reach_the_services_that_use_them(rendered: dict[str, Any]) -> None:
    svc = rendered["services"]
    assert svc["grafana"]["environment"]["GF_SECURITY_ADMIN_PASSWORD"] == VALUES["GRAFANA_ADMIN_PASSWORD"]
    assert svc["grafana"]["environment"]["GF_SECURITY_SECRET_KEY"] == VALUES["GRAFANA_SECRET_KEY"]
    assert {svc["grafana"]["environment"][name] for name in WEBHOOKS} == {VALUES[name] for name in WEBHOOKS}
    assert svc["canary-cluster"]["environment"]["CANARY_URL"] == "http://haproxy:8000", "through the entry point"
    assert svc["postgres"]["environment"]["POSTGRES_PASSWORD"] == VALUES["POSTGRES_PASSWORD"]
    assert svc["canary"]["environment"]["PRODUCT_SEARCH_CANARY_KEY"] == VALUES["PRODUCT_SEARCH_CANARY_KEY"]
    for name in SERVING:
        env = svc[name]["environment"]
        assert env["PRODUCT_SEARCH_ADMIN_KEYS"] == VALUES["PRODUCT_SEARCH_ADMIN_KEYS"]
        assert env["PRODUCT_SEARCH_READ_KEYS"] == VALUES["PRODUCT_SEARCH_READ_KEYS"]
        if name.startswith("node"):
            assert f":{VALUES['POSTGRES_PASSWORD']}@postgres:" in env["PRODUCT_SEARCH_STORE_URL"]
    passwords = (VALUES["POSTGRES_PASSWORD"], VALUES["GRAFANA_ADMIN_PASSWORD"], VALUES["GRAFANA_SECRET_KEY"])
    for name, service in services(rendered):
        env = service.get("environment") or {}
        assert "PRODUCT_SEARCH_OPEN_READS" not in env, f"{name}: reads always need a key in compose"
        if name not in {"postgres", "node1", "node2", "node3", "grafana"}:
            assert not any(p in str(env) for p in passwords), f"{name} gets a password it does not use"


# -- docker/init-env.sh: the secrets make up writes ------------------------------------------------------


def init_env(target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", str(INIT_ENV), str(target)], capture_output=True, text=True, check=True)


def parse_env(path: Path) -> dict[str, str]:
    lines = [line for line in path.read_text().splitlines() if line and not line.startswith("#")]
    return dict(line.split("=", 1) for line in lines)


def test_init_env_writes_fresh_secrets_once(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    first = init_env(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    values = parse_env(target)
    assert set(values) == set(REQUIRED)
    assert {values[name] for name in WEBHOOKS} == {"http://127.0.0.1:9/no-alert-receiver"}, "a placeholder, said so"
    assert "set your paging and ticketing webhooks" in target.read_text()
    values = {name: value for name, value in values.items() if name in SECRETS}
    read_keys = values["PRODUCT_SEARCH_READ_KEYS"].split(",")
    for key in [values["PRODUCT_SEARCH_ADMIN_KEYS"], *read_keys, values["POSTGRES_PASSWORD"]]:
        assert re.fullmatch(r"[0-9a-f]{64}", key), "hex, 16+ characters (the service's minimum), URL-safe"
    assert values["PRODUCT_SEARCH_CANARY_KEY"] in read_keys
    assert len(set(values.values())) == len(values), "no value used twice"
    assert str(target) in first.stdout
    assert not any(v in first.stdout + first.stderr for v in values.values()), "values are never printed"

    before = target.read_bytes()
    again = init_env(target)
    assert target.read_bytes() == before, "an existing file is never overwritten"
    assert "kept" in again.stdout
    other = tmp_path / "other.env"
    init_env(other)
    assert not set(parse_env(other).values()) & set(values.values()), "fresh values each time"
    assert not [p.name for p in tmp_path.iterdir() if p.name not in {".env", "other.env"}], "no temp file left"


def test_compose_renders_with_the_generated_secrets(compose: str, tmp_path: Path) -> None:
    generated = tmp_path / ".env"
    init_env(generated)
    for profile in PROFILES.values():
        proc = run_config(compose, tmp_path, profile, {}, env_file=generated)
        assert proc.returncode == 0, proc.stderr


# -- the Makefile: the development key on loopback only ------------------------------------------------


@pytest.fixture
def make(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """GNU make and a BIN of stand-ins (gunicorn, product-search, docker) that print what they were given."""
    tool = shutil.which("make")
    if tool is None:
        pytest.skip("make is not installed")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("gunicorn", "product-search", "docker"):
        stub = bin_dir / name
        stub.write_text(
            '#!/bin/sh\necho "HOST=$HOST ADMIN=$PRODUCT_SEARCH_ADMIN_KEYS OPEN=$PRODUCT_SEARCH_OPEN_READS ARGS=$*"\n'
        )
        stub.chmod(0o755)
    yield tool, bin_dir


def run_make(make: tuple[str, Path], target: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`make TARGET` with the stand-ins as BIN (and first on PATH), its set-up targets taken as done."""
    tool, bin_dir = make
    return subprocess.run(
        [tool, "-s", "-o", "install", "-o", "deploy-tools", target, f"BIN={bin_dir}"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PATH": f"{bin_dir}:{os.environ['PATH']}", "HOME": str(bin_dir), **env},
    )


def test_make_serves_the_dev_key_on_loopback_only(make: tuple[str, Path]) -> None:
    for target in ("run", "serve"):
        out = run_make(make, target).stdout
        assert "HOST=127.0.0.1 ADMIN=dev-admin-key-local-only OPEN=1 " in out, (target, out)
    # The caller's own keys are kept, reads stay keyed, and the address stays loopback.
    out = run_make(
        make, "serve", HOST="0.0.0.0", PRODUCT_SEARCH_ADMIN_KEYS="k" * 32, PRODUCT_SEARCH_READ_KEYS="r" * 32
    ).stdout
    assert f"HOST=127.0.0.1 ADMIN={'k' * 32} OPEN= " in out, out
    # No other target gets a key from the Makefile.
    for target in ("canary", "index"):
        out = run_make(make, target).stdout
        assert "ADMIN= OPEN= " in out, (target, out)


def test_make_docker_run_needs_keys_and_binds_loopback(make: tuple[str, Path]) -> None:
    refused = run_make(make, "docker-run")
    assert refused.returncode != 0
    assert "needs an admin key" in refused.stdout + refused.stderr
    keys = {"PRODUCT_SEARCH_ADMIN_KEYS": "k" * 32, "PRODUCT_SEARCH_READ_KEYS": "r" * 32}
    args = run_make(make, "docker-run", **keys).stdout.split("ARGS=", 1)[-1]
    assert "-p 127.0.0.1:8000:8000 " in args, args
    assert "-e PRODUCT_SEARCH_READ_KEYS " in args, args
    assert "k" * 32 not in args, "keys are passed by name (-e NAME), not on the command line"
    assert "-p 0.0.0.0:8000:8000 " in run_make(make, "docker-run", BIND_ADDRESS="0.0.0.0", **keys).stdout


# -- docker/grafana/start.sh: Grafana never starts on a default password or key ----------------------------


def start_grafana(tmp_path: Path, password: str | None, key: str | None) -> subprocess.CompletedProcess[str]:
    """The compose stack's Grafana entrypoint, with a stand-in for the image's /run.sh."""
    run = tmp_path / "run.sh"
    run.write_text('#!/bin/sh\necho "grafana started $*"\n')
    run.chmod(0o755)
    env = {"PATH": os.environ["PATH"], "GRAFANA_RUN": str(run)}
    env |= {"GF_SECURITY_ADMIN_PASSWORD": password} if password is not None else {}
    env |= {"GF_SECURITY_SECRET_KEY": key} if key is not None else {}
    return subprocess.run(["sh", str(GRAFANA_START)], capture_output=True, text=True, check=False, env=env)


@pytest.mark.parametrize(
    ("password", "key", "named"),
    [
        ("admin", VALUES["GRAFANA_SECRET_KEY"], "GF_SECURITY_ADMIN_PASSWORD"),  # Grafana's own default
        (None, VALUES["GRAFANA_SECRET_KEY"], "GF_SECURITY_ADMIN_PASSWORD"),
        ("short-pass", VALUES["GRAFANA_SECRET_KEY"], "GF_SECURITY_ADMIN_PASSWORD"),
        (VALUES["GRAFANA_ADMIN_PASSWORD"], "SW2YcwTIb9zpOOhoPsMm", "GF_SECURITY_SECRET_KEY"),  # its public key
        (VALUES["GRAFANA_ADMIN_PASSWORD"], "", "GF_SECURITY_SECRET_KEY"),
    ],
)
def test_grafana_refuses_a_default_or_short_password_or_key(
    tmp_path: Path, password: str | None, key: str | None, named: str
) -> None:
    proc = start_grafana(tmp_path, password, key)
    assert proc.returncode == 1 and "grafana started" not in proc.stdout
    assert named in proc.stderr and "openssl rand -hex 32" in proc.stderr


def test_grafana_starts_with_fresh_secrets_through_the_mounted_entrypoint(
    rendered: dict[str, Any], tmp_path: Path
) -> None:
    grafana = rendered["services"]["grafana"]
    assert grafana["entrypoint"] == ["/bin/sh", "/etc/grafana/start.sh"]
    assert mounts(grafana)["/etc/grafana/start.sh"] == (str(GRAFANA_START), True)
    assert mounts(grafana)["/var/lib/grafana"][0].endswith("grafana-data"), "Grafana's database is kept"
    proc = start_grafana(tmp_path, VALUES["GRAFANA_ADMIN_PASSWORD"], VALUES["GRAFANA_SECRET_KEY"])
    assert proc.returncode == 0 and proc.stdout == "grafana started \n", proc.stderr


# -- the service's settings file and docker/deploy.sh's refusals -------------------------------------------

DEPLOY = ROOT / "docker" / "deploy.sh"


def test_service_settings_reach_the_service_and_every_node_only(compose: str, tmp_path: Path) -> None:
    settings = tmp_path / "service.env"
    settings.write_text("PRODUCT_SEARCH_MAX_TOP_K=50\nPRODUCT_SEARCH_MAX_QUERIES=64\n")
    config = rendered_config(compose, tmp_path, PRODUCT_SEARCH_SERVICE_ENV=str(settings))
    for name, service in services(config):
        env = service.get("environment") or {}
        assert (env.get("PRODUCT_SEARCH_MAX_TOP_K") == "50") == (name in SERVING), name
    assert config["services"]["node1"]["environment"]["PRODUCT_SEARCH_MAX_QUERIES"] == "64"
    assert (
        config["services"]["product-search-blue"]["environment"]["PRODUCT_SEARCH_ADMIN_KEYS"]
        == VALUES["PRODUCT_SEARCH_ADMIN_KEYS"]
    ), "the compose file's environment wins over the settings file"


def deploy(tmp_path: Path, settings: str, **env: str) -> subprocess.CompletedProcess[str]:
    """docker/deploy.sh from a checkout whose docker/service.env is ``settings``; ssh and scp are stand-ins that
    fail loudly, so a refusal must come before any connection."""
    checkout = tmp_path / "checkout"
    (checkout / "docker").mkdir(parents=True)
    (checkout / "docker" / "service.env").write_text(settings)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("ssh", "scp"):
        (bin_dir / tool).write_text(f"#!/bin/sh\necho '{tool} was called' >&2\nexit 99\n")
        (bin_dir / tool).chmod(0o755)
    return subprocess.run(
        ["sh", str(DEPLOY), "prod-host", "registry.example/product-search:v1"],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": f"{bin_dir}:{os.environ['PATH']}", **env},
    )


def test_deploy_refuses_an_unpinned_host_key_and_secrets_in_the_settings_file(tmp_path: Path) -> None:
    unpinned = deploy(tmp_path / "a", "")
    assert unpinned.returncode != 0 and "DEPLOY_KNOWN_HOSTS" in unpinned.stderr
    empty = tmp_path / "empty_known_hosts"
    empty.write_text("")
    assert "no host key" in deploy(tmp_path / "b", "", DEPLOY_KNOWN_HOSTS=str(empty)).stderr
    known = tmp_path / "known_hosts"
    known.write_text("prod-host ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForThisTest\n")
    for n, line in enumerate(("PRODUCT_SEARCH_ADMIN_KEYS=x", "PRODUCT_SEARCH_OPEN_READS=1", "GRAFANA_SECRET_KEY=y")):
        refused = deploy(tmp_path / f"refused{n}", f"# settings\n{line}\n", DEPLOY_KNOWN_HOSTS=str(known))
        assert refused.returncode == 2 and "secret" in refused.stderr and "was called" not in refused.stderr, line
    profile = deploy(tmp_path / "d", "", DEPLOY_KNOWN_HOSTS=str(known), DEPLOY_PROFILE="tools")
    assert profile.returncode == 2 and "single or cluster" in profile.stderr and "was called" not in profile.stderr
    allowed = deploy(tmp_path / "c", "PRODUCT_SEARCH_WORKERS=4\n", DEPLOY_KNOWN_HOSTS=str(known))
    assert "ssh was called" in allowed.stderr, "past the checks, the first connection"
    for n, (name, value) in enumerate((("DEPLOY_HEALTH_TIMEOUT", "60; reboot"), ("DEPLOY_DIR", "/srv/x' y"))):
        unsafe = deploy(tmp_path / f"unsafe{n}", "", DEPLOY_KNOWN_HOSTS=str(known), **{name: value})
        assert unsafe.returncode == 2 and name in unsafe.stderr and "was called" not in unsafe.stderr, name


def test_the_pipelines_deploys_are_serialized_and_pin_host_keys_and_the_profile() -> None:
    """A dry run of the deploy jobs as GitLab reads them (the real SSH run: make deploy-check, issue 29)."""
    pipeline = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text())
    groups = {
        name: job.get("resource_group") for name, job in pipeline.items() if name.startswith(("deploy-", "rollback-"))
    }
    assert groups == {
        "deploy-staging": "staging",
        "deploy-production": "production",
        "rollback-production": "production",
    }
    assert any("DEPLOY_KNOWN_HOSTS" in line for line in pipeline[".deploy"]["before_script"])
    script = DEPLOY.read_text()
    assert "StrictHostKeyChecking=yes" in script and "accept-new" not in script
    assert "--profile single" in script
    # A release is held out of the edge, started, checked (healthy, canary) and only then let in; the old slot is
    # stopped (drained) only after the new one is recorded as serving.
    order = [
        'edge_api "set server catalogs/$2 state maint"',
        'up -d --no-deps --no-build --force-recreate "$1"',
        'healthy "$1" && canary "$1" && edge_api "set server catalogs/$2 state ready"',
        'release "product-search-$next" "$node"',
        'record .deployed-slot "$next"',
        'stop -t 40 "product-search-$active"',
    ]
    assert [script.index(step) for step in order] == sorted(script.index(step) for step in order)
    assert pipeline[".python"]["image"] == "$CI_TOOLS_IMAGE", "lint and test run in the CI tools image"
    dockerfile = (ROOT / "docker" / "ci" / "Dockerfile").read_text()
    assert "ARG BASE_IMAGE=python:3.11-slim-bookworm" in dockerfile, "a Debian release, not whatever slim points at"
    version = pipeline["variables"]["CI_TOOLS_VERSION"]
    assert f"ARG CI_TOOLS_VERSION={version}\n" in dockerfile, "bump both: a changed image gets a new tag"
    assert "apt-get" not in str(pipeline[".python"]["before_script"]), "no job installs system tools"


def test_a_tag_promotes_the_tested_image_by_digest_and_never_rebuilds() -> None:
    pipeline = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text())
    never_on_tags = pipeline[".built-per-commit"]["rules"][0]
    assert never_on_tags == {"if": "$CI_COMMIT_TAG", "when": "never"}
    for job in ("build", "smoke", "image-scan"):
        assert ".built-per-commit" in pipeline[job]["extends"], job
    assert all("CI_COMMIT_TAG" not in str(rule) for rule in pipeline["push"]["rules"]), "push: the default branch only"
    promote = "\n".join(pipeline["promote"]["script"])
    assert pipeline["promote"]["variables"]["TESTED_IMAGE"] == "$CI_REGISTRY_IMAGE/ci:$CI_COMMIT_SHA"
    assert 'test "$revision" = "$CI_COMMIT_SHA"' in promote, "the tested image is this commit's"
    assert 'imagetools create --tag "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG" "$tested"' in promote, "retagged by digest"
    assert "docker build " not in promote and "docker/ci/sbom.sh" in promote
    assert pipeline["promote"]["artifacts"]["reports"]["dotenv"] == "reports/release.env"
    assert pipeline["release"]["release"]["description"] == "reports/release-notes.md"
    production = pipeline["deploy-production"]
    assert production["needs"] == ["promote"] and '"$IMAGE_REF"' in production["script"][0]
    assert "docker/ci/sbom.sh" in "\n".join(pipeline["build"]["script"]), "every built image gets its SBOM"
