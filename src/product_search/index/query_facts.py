"""What a query asks for, as read against one catalog (:class:`QueryFacts`), and how it was read, as clients
see it in a result's ``readings`` (:class:`Reading`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..text.identifiers import Identifier


@dataclass(frozen=True)
class ReadIdentifier:
    """One identifier of a query: as typed, and as the catalog's texts were normalized."""

    text: str  # as typed: "DCD 633Z"
    kind: str  # part, gtin, standard or dimension
    value: str  # normalized: "dcd633z"
    strong: bool  # a part number, barcode or standard (else a size, thread or other quantity)


class UsedSynonym(NamedTuple):
    term: str  # as typed: "non return valve"
    equivalents: tuple[str, ...]  # searched beside it: ("check valve",)


class Correction(NamedTuple):
    term: str  # as typed: "impackt"
    searched_as: str  # the catalog's word one typing slip away: "impact"


@dataclass(frozen=True)
class Reading:
    """How a query was read against a catalog: its identifiers, the product types it names, the catalog's
    synonyms it used (each term as typed, with the equivalents searched beside it) and the words its words
    were searched as (typing slips)."""

    identifiers: list[ReadIdentifier]
    types: list[str]
    synonyms: list[UsedSynonym] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)


@dataclass(frozen=True)
class QueryFacts:
    """What a query asks for, as understood against one catalog."""

    written: list[Identifier]  # identifiers as the query writes them (identifiers.extract)
    apart: list[Identifier]  # codes the query types apart that the catalog has ("DCD 633Z")
    types: list[int]  # ids of the product types it names
    type_names: list[str]
    extensions: list[int]  # types whose names extend a named one: "circular saw blade" for "circular saw"
    corrections: list[Correction] = field(default_factory=list)  # words searched as the catalog spells them
    # Types the query says the asked-for thing is for: "staple gun" of "staples for tacwise staple gun"
    fitted_types: list[int] = field(default_factory=list)
    classified: bool = False  # every type it names is the class of some product (not only a guess from titles)
    # Every type it names is headed by the catalog's abbreviation of a word the query says ("DRL" for drill):
    # the model never learnt the abbreviation, so its cosine says nothing about the type.
    abbreviated: bool = False
    # Every type it names is named by an equivalent of its words that the catalog's synonyms give, not by the query
    # as typed ("tee nut" for the one "T-Nut"): the model reads the query as typed, so its cosine says nothing of it.
    synonymous: bool = False
    # Types that extend a named one and are kinds of it ("trimming knife" for "knife"): counted as named, not among
    # ``extensions`` (:meth:`.TypeTable.subtypes`).
    subtypes: frozenset[int] = frozenset()

    @property
    def strong(self) -> list[Identifier]:
        """Part numbers, GTINs and standards."""
        return [i for i in (*self.written, *self.apart) if i.strong]

    @property
    def attributes(self) -> list[Identifier]:
        """Sizes, threads and other quantities."""
        return [i for i in (*self.written, *self.apart) if not i.strong]

    def reading(self, query: str, synonyms: Sequence[tuple[str, tuple[str, ...]]] = ()) -> Reading:
        """How ``query`` (the text these facts were read from) was read; ``synonyms``: those it used."""
        found = sorted((*self.written, *self.apart), key=lambda i: i.start)
        read = [ReadIdentifier(query[i.start : i.end], i.kind, i.value, i.strong) for i in found]
        used = [UsedSynonym(term, others) for term, others in synonyms]
        return Reading(read, self.type_names, used, self.corrections)

    @property
    def keys(self) -> list[str]:
        """The query's identifiers, normalized: ``part:dcd633z``, ``dimension:m8x40``."""
        return list(dict.fromkeys(i.key.removeprefix("#") for i in (*self.written, *self.apart)))
