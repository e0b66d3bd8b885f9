"""A BMEcat file as a transaction on its catalog (:class:`BMEcatFile`): read once through and checked whole
before anything is stored, then read again as a stream of completed records, in batches.

What the whole file says of an article is known only at its end (a class named by another article, the
catalog groups mapped after the articles): :func:`_complete` adds it to each record of the second pass.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import marshmallow as ma

from ..errors import InvalidInput
from ..storage.store import NewProduct
from .bmecat import GROUP_SYSTEM, MAX_SKIPPED, BMEcatReader
from .ingest import product_schema


@dataclass
class BMEcatFile:
    """A BMEcat file read once and checked whole (:meth:`check`), before anything is stored: what it asks of its
    catalog (upserts, ids to delete, whether it replaces the catalog: ``T_NEW_CATALOG``) and how it was read;
    then its records, completed with what the whole file says of them, read again as a stream in batches
    (:meth:`records`), so that no more than a batch of articles is held at a time."""

    reopen: Callable[[], IO[bytes]]
    read: BMEcatReader
    ids: set[str]  # of the articles to upsert
    delete: list[str]
    replace: bool
    text_bytes: int  # of the articles to upsert: descriptions and metadata as JSON (:func:`_weight`)

    @classmethod
    def check(cls, reopen: Callable[[], IO[bytes]], max_description_chars: int, max_metadata_bytes: int) -> BMEcatFile:
        """Read the file through, checking each article as every upload's products are: one bad article
        refuses the file, named by its id (the supplier fixes it and sends the file again); an id given twice, in
        any modes, refuses it (which one the supplier meant is not for us to guess); so does a new catalog
        without one readable article (it would empty the catalog)."""
        schema = product_schema(max_description_chars, max_metadata_bytes)
        ids: set[str] = set()
        delete: list[str] = []
        invalid: dict[str, Any] = {}
        twice: list[str] = []
        text_bytes = 0
        with reopen() as source:
            reader = BMEcatReader(source)
            for article in reader:
                if article.id in ids or article.id in delete:  # delete: short, a few per update
                    twice.append(article.id)
                elif article.mode == "delete":
                    delete.append(article.id)
                else:
                    ids.add(article.id)
                    record = article.record()
                    text_bytes += _weight(record)
                    try:
                        schema.load(record)
                    except ma.ValidationError as exc:
                        invalid[article.id] = exc.messages
        if twice:
            raise InvalidInput(
                f"{len(twice)} article id(s) appear more than once in this BMEcat file", {"duplicate_ids": twice[:20]}
            )
        if invalid:
            listed = dict(list(invalid.items())[:MAX_SKIPPED])
            raise InvalidInput(f"{len(invalid)} article(s) of the BMEcat file are invalid", {"articles": listed})
        replace = reader.transaction == "new_catalog"
        if replace and not ids:
            raise InvalidInput("a T_NEW_CATALOG without one readable article would empty the catalog")
        return cls(reopen, reader, ids, delete, replace, text_bytes)

    def records(self, batch: int, max_bytes: int | None = None) -> Iterator[list[dict[str, Any]]]:
        """The articles to upsert as upload records, each completed (:func:`_complete`), in batches of ``batch``
        articles or ``max_bytes`` of text (:func:`_weight`; None: no such bound), whichever comes first."""
        out: list[dict[str, Any]] = []
        size = 0
        with self.reopen() as source:
            for article in BMEcatReader(source):
                if article.mode == "delete":
                    continue
                record = article.record()
                size += _weight(record) if max_bytes is not None else 0
                out.append(_complete(record, self.read))
                if len(out) == batch or (max_bytes is not None and size >= max_bytes):
                    yield out
                    out, size = [], 0
        if out:
            yield out

    def products(self, batch: int, max_bytes: int | None = None) -> Iterator[list[NewProduct]]:
        """:meth:`records` as products (checked by :meth:`check`)."""
        for records in self.records(batch, max_bytes):
            yield [NewProduct(r["id"], r["description"], r["metadata"]) for r in records]

    def summary(self) -> dict[str, Any]:
        """What was read, for the operator: counts per class and feature, what was skipped and why."""
        r = self.read
        warnings = []
        if r.language and re.split(r"[-_\s]", r.language.lower())[0] not in ENGLISH:
            warnings.append(f"the catalog's language is {r.language!r}; the default model reads English")
        grouped = Counter(
            f"{GROUP_SYSTEM} {g} {r.groups[g]}"
            for pid, groups in r.group_of.items()
            if pid in self.ids
            for g in groups
            if g in r.groups
        )
        return {
            "bmecat_version": r.version,
            "transaction": r.transaction,
            "catalog_id": r.catalog_id,
            "language": r.language_code,
            "articles": r.articles,
            "upserted": len(self.ids),
            "deleted": len(self.delete),
            "price_updates": r.price_updates,
            "classes": dict((r.classes + grouped).most_common(50)),
            "catalog_groups": len(r.groups),
            "features": dict(r.features.most_common(50)),
            "skipped": r.skipped_count,
            "skipped_elements": [{"element": s.element, "reason": s.reason} for s in r.skipped],
            "warnings": warnings,
        }


ENGLISH = frozenset({"eng", "en", "english"})  # a language's primary subtag (en-GB, eng, en_US)


def _complete(record: dict[str, Any], reader: BMEcatReader) -> dict[str, Any]:
    """What the whole file says of an article, once read: a class given by id alone takes the name the file
    gives that id elsewhere (a class name is the product's type in the ranking: :mod:`..text.structure`); then
    its catalog groups (mapped after the articles) as classes after the file's classification, so that a
    product classified by ETIM or ECLASS keeps that class as its type and one only grouped gets its group's."""
    metadata = record["metadata"] or {}
    for c in metadata.get("classes", ()):
        if "name" not in c and (name := reader.class_names.get((c["system"], c.get("id", "")))):
            c["name"] = name
    for group_id in reader.group_of.get(record["id"], ()):
        if (group_name := reader.groups.get(group_id)) is not None:
            metadata.setdefault("classes", []).append({"system": GROUP_SYSTEM, "id": group_id, "name": group_name})
    record["metadata"] = metadata or None
    return record


def _weight(record: dict[str, Any]) -> int:
    """What an article brings to a batch: its description and metadata as stored (JSON), in bytes (about)."""
    return len(record["description"]) + len(json.dumps(record["metadata"], ensure_ascii=False))
