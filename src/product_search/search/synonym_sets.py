"""What the catalog service answers about a catalog's synonyms: plain data, as :mod:`.results`' outcomes are.

A catalog's name and version belong to the service, not to the text layer's :class:`~..text.synonyms.Synonyms`
(which knows terms only); the API's schema serializes this, the CLI prints it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.synonyms import Synonyms


@dataclass(frozen=True)
class CatalogSynonyms:
    """A catalog's synonym sets as of ``version`` (the version that set them, after a write)."""

    catalog: str
    version: int
    synonyms: Synonyms

    def to_json(self) -> dict[str, object]:
        return {"catalog": self.catalog, "version": self.version, "sets": self.synonyms.to_json()}
