"""Binding vectors stored before the model repository existed (schema 1) to the version that made them."""

from __future__ import annotations

import logging
from typing import Any

from ..encoding.models import LoadedModels
from ..search.writes import CatalogWriter
from ..storage.store import CatalogStore, ModelBinding

log = logging.getLogger(__name__)


def bind_unbound(store: CatalogStore, models: LoadedModels, writer: CatalogWriter) -> int:
    """Generations stored before the repository existed name no version: bind each to the version
    whose weights, prompts, dimension and backend are exactly those of its vectors (the fingerprint's
    name part aside: it used to be the model directory's name). Nothing is re-encoded."""
    with store.read() as conn:
        unbound = [g for g in store.generations(conn) if not g.model_ref]
    if not unbound:
        return 0
    versions = [(man, models.fingerprint(man)) for man in (i.manifest for i in models.repository.entries())]
    bound = 0
    with writer.transaction() as conn:
        for gen in unbound:
            match = next((mf for mf in versions if _same(mf[1].to_dict(), gen.fingerprint_info)), None)
            if match is None:
                log.warning("no model version matches a catalog's vectors", extra={"fields": {"catalog": gen.catalog}})
                continue
            manifest, fp = match
            store.bind_generation(conn, gen.id, ModelBinding(manifest.ref, fp.id, fp.to_dict(), manifest.dimension))
            bound += 1
    log.info("bound stored vectors to model versions", extra={"fields": {"generations": bound}})
    return bound


# Facts a schema-1 fingerprint did not record: the name (it used to be the model directory's) and the served
# graph (those vectors came from our own export of the same weights, as every export is).
_NOT_RECORDED = ("id", "name", "graph_sha256")


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two fingerprints' facts equal but for what schema 1 did not record (and the id hashed from them)."""
    return {k: v for k, v in a.items() if k not in _NOT_RECORDED} == {
        k: v for k, v in b.items() if k not in _NOT_RECORDED
    }
