"""``product-search load`` of a BMEcat file: checked whole, then stored as its transaction says, in bounded
batches, with the progress of both passes."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import sys
import time
from pathlib import Path
from typing import IO, Any

import click
from tqdm import tqdm

from ..errors import InvalidInput, ProductSearchError
from ..search.bmecat_files import BMEcatFile
from .app import load_settings, open_catalogs

# A BMEcat load's transaction: up to this many articles, and this much of their text and metadata (as JSON; a
# batch's Python objects and analysis take ~13x that: a trade article with 100 features is ~115 KB in memory).
# One transaction for a file within both.
LOAD_BATCH = 20_000
LOAD_BATCH_BYTES = 16 * 2**20


def load_bmecat(name: str, file: Path) -> None:
    """A BMEcat file as its transaction says: T_NEW_CATALOG replaces the catalog, T_UPDATE_PRODUCTS upserts and
    deletes by each article's mode, T_UPDATE_PRICES changes no text (nothing is stored or encoded).

    The file is read through and every article checked before anything is stored; then read again as a stream.
    A file within :data:`LOAD_BATCH` articles and :data:`LOAD_BATCH_BYTES` is one transaction (all or nothing);
    a larger one is stored in batches within both, so that memory follows a batch, not the file: a failure
    between batches (a crash, a full disk) leaves the batches stored, and loading the file again completes it
    (what was stored is not encoded again). A new catalog's other products and the deleted articles go after the
    last batch; then the models are let go and the catalog's indexes built once from the store (deriving them per
    batch would copy the whole index each time)."""
    settings = load_settings()
    checked = file.stat()

    def reopen() -> IO[bytes]:
        # The second pass must read the file the first one checked (the one opened, not only its name).
        opened = file.open("rb")
        now = os.fstat(opened.fileno())
        if _identity(now) != _identity(checked):
            opened.close()
            raise InvalidInput(f"{file} changed while it was being loaded: load it again")
        return opened

    try:
        # The check pass reads the whole file before anything is stored: minutes for a large one, so it shows.
        bar = tqdm(total=checked.st_size, unit="B", unit_scale=True, desc=f"checking {file.name}", file=sys.stderr)
        with bar:
            read = BMEcatFile.check(
                lambda: io.BufferedReader(_ReadProgress(file, bar)),
                settings.max_description_chars,
                settings.max_metadata_bytes,
            )
        read = dataclasses.replace(read, reopen=reopen)
    except ProductSearchError as exc:
        raise click.ClickException(f"{file}: {exc.message} {json.dumps(exc.details)[:2000]}") from exc
    summary = read.summary()
    click.echo(json.dumps(summary, ensure_ascii=False), err=True)
    for warning in summary["warnings"]:
        click.echo(f"warning: {warning}", err=True)
    if not read.ids and not read.delete:
        click.echo(f"catalog {name!r}: nothing to store ({read.read.price_updates} price updates, no text)")
        return
    catalogs = open_catalogs(settings)
    started = time.perf_counter()
    upserted, deleted, version = 0, 0, 0
    try:
        with tqdm(total=len(read.ids), unit="product", desc=f"embedding {name}", file=sys.stderr) as bar:
            if len(read.ids) <= LOAD_BATCH and read.text_bytes <= LOAD_BATCH_BYTES:
                products = [p for batch in read.products(LOAD_BATCH, LOAD_BATCH_BYTES) for p in batch]
                outcome = catalogs.edits.apply(
                    name, products, replace_all=read.replace, delete=read.delete, progress=bar.update,
                    language=read.read.language_code,
                )  # fmt: skip
                upserted, deleted, version = outcome.count, outcome.deleted, outcome.version
            else:
                # No index is derived per batch (each would copy the catalog's whole index): built once at the end.
                for batch in read.products(LOAD_BATCH, LOAD_BATCH_BYTES):
                    outcome = catalogs.writer.upsert(
                        name, batch, progress=bar.update, derive=False, language=read.read.language_code
                    )
                    upserted, version = upserted + outcome.count, outcome.version
                drop = catalogs.edits.others(name, read.ids) if read.replace else []
                if drop or read.delete:
                    outcome = catalogs.edits.delete_products(name, [*drop, *read.delete], derive=False)
                    deleted, version = outcome.count, outcome.version
                catalogs.models.unload()  # the index build needs no model: its memory goes before the build's comes
                catalogs.edits.rebuild_indexes(name)
    except ProductSearchError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(
        f"catalog {name!r}: BMEcat {summary['bmecat_version']} {summary['transaction']}: {upserted} products "
        f"upserted, {deleted} deleted, {summary['skipped']} articles skipped, version "
        f"{version} ({time.perf_counter() - started:.1f} s)"
    )


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    """What tells one file's content from another's without reading it: where it lives, its size, its mtime."""
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns


class _ReadProgress(io.RawIOBase):
    """A file whose reads advance a progress bar by the bytes read."""

    def __init__(self, path: Path, bar: tqdm[Any]) -> None:
        self._file = path.open("rb", buffering=0)
        self._bar = bar

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        n = self._file.readinto(buffer)
        self._bar.update(n or 0)
        return n

    def close(self) -> None:
        self._file.close()
        super().close()
