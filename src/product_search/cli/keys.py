"""Key commands: API keys in the store (created, listed, revoked, rotated without a restart) and the audit trail.

Run on a host of the service, against the store it uses (``PRODUCT_SEARCH_STORE_URL``): whoever can run them can
read the store anyway, so they need no key; the audit trail records them without one.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from contextlib import contextmanager

import click

from ..access.keys import ACTIONS, KeyRing, KeySpec, duration, state_of
from ..errors import ProductSearchError
from ..storage.keys import KeyRow
from ..storage.store import CatalogStore
from .app import load_settings, main


@contextmanager
def _ring() -> Iterator[KeyRing]:
    settings = load_settings()
    store = CatalogStore.open(settings.store_url, settings.data_dir)
    try:
        yield KeyRing(store)
    finally:
        store.close()


def _when(at: float | None) -> str:
    return "-" if at is None else datetime.datetime.fromtimestamp(at, datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _describe(row: KeyRow) -> str:
    return (
        f"{row.id}  {state_of(row):7}  {row.name!r}  actions={','.join(row.actions)}  catalogs={','.join(row.catalogs)}"
        f"  created {_when(row.created_at)}  expires {_when(row.expires_at)}  last used {_when(row.last_used_at)}"
    )


def _fail(exc: ProductSearchError) -> click.ClickException:
    fields = getattr(exc, "fields", None)
    return click.ClickException(f"{exc.message}{': ' + json.dumps(fields) if fields else ''}")


@main.group()
def keys() -> None:
    """API keys kept in the store: scoped to actions and catalogs, revoked everywhere within a second."""


@keys.command("create")
@click.option("--name", required=True, help="Who or what holds the key (shown in lists and the audit trail).")
@click.option("--actions", required=True, help=f"Comma-separated: {', '.join(ACTIONS)}.")
@click.option("--catalogs", required=True, help="Comma-separated names or patterns: acme, 'acme-*', '*'.")
@click.option("--expires", default=None, help="Lifetime: 90s, 15m, 12h, 30d (default: until revoked).")
@click.option("--write-rate", type=float, default=None, help="Writes per second (default: the service's).")
@click.option("--search-rate", type=float, default=None, help="Searches per second (default: no limit).")
def create(  # noqa: PLR0917 (click passes every option as an argument)
    name: str, actions: str, catalogs: str, expires: str | None, write_rate: float | None, search_rate: float | None
) -> None:
    """Create a key and print its secret, once: the store keeps only a hash of it."""
    try:
        spec = KeySpec(
            name, tuple(a.strip() for a in actions.split(",") if a.strip()),
            tuple(c.strip() for c in catalogs.split(",") if c.strip()),
            expires=expires, write_rate=write_rate,
            search_rate=search_rate,
        )  # fmt: skip
        with _ring() as ring:
            row, secret = ring.create(spec)
    except ProductSearchError as exc:
        raise _fail(exc) from exc
    click.echo(_describe(row), err=True)
    click.echo("The secret, shown this once:", err=True)
    click.echo(secret)


@keys.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the keys as JSON (never a secret or hash).")
def list_keys(as_json: bool) -> None:
    """Every stored key: id, state, name, actions, catalogs, expiry, last use."""
    with _ring() as ring:
        rows = ring.all()
    if as_json:
        fields = ("id", "name", "actions", "catalogs", "created_at", "expires_at", "revoked_at", "last_used_at")
        click.echo(json.dumps([{f: getattr(r, f) for f in fields} | {"state": state_of(r)} for r in rows], indent=2))
        return
    for row in rows:
        click.echo(_describe(row))


@keys.command("revoke")
@click.argument("key_id")
def revoke(key_id: str) -> None:
    """Stop KEY_ID on every worker and node within a second."""
    try:
        with _ring() as ring:
            row = ring.revoke(key_id)
    except ProductSearchError as exc:
        raise _fail(exc) from exc
    click.echo(_describe(row))


@keys.command("rotate")
@click.argument("key_id")
@click.option("--grace", default="0s", show_default=True, help="How long the old secret keeps working: 0s to 30d.")
def rotate(key_id: str, grace: str) -> None:
    """Give KEY_ID a new secret (printed once); the old one works for the grace period."""
    try:
        with _ring() as ring:
            row, secret = ring.rotate(key_id, duration(grace, "grace"))
    except ProductSearchError as exc:
        raise _fail(exc) from exc
    click.echo(_describe(row), err=True)
    click.echo(secret)


@main.command()
@click.option("--catalog", default=None, help="Only changes of this catalog.")
@click.option("--key", "key_id", default=None, help="Only changes made with this key id.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
def audit(catalog: str | None, key_id: str | None, limit: int) -> None:
    """The audit trail, newest first, one JSON object a line: when, key id, action, catalog, counts."""
    with _ring() as ring:
        entries = ring.audit(catalog, key_id, limit=limit)
    for entry in entries:
        click.echo(json.dumps({"id": entry.id, "at": entry.at, "key_id": entry.key_id, "action": entry.action,
                               "catalog": entry.catalog, "details": entry.details}))  # fmt: skip
