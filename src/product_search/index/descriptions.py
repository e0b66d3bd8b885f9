"""What a product description is read as for the lexical index: its index tokens and its facts.

One pass of the identifier patterns per text (:func:`_read`), shared by an index build or update
(:class:`.LexicalIndex`) and by an upload that analyzes its texts ahead, while the model encodes
(:func:`read_descriptions`). A text the analyzer fails on (a bug in it: user text must never do this) is
named, never fatal to its catalog.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from ..text import analysis, identifiers, model_codes
from ..text.accessory_words import fitted_words, with_heads
from ..text.identifiers import Identifier
from ..text.type_phrases import TypePhrase, type_phrase

log = logging.getLogger(__name__)
FITS = "fit|"  # a fact token prefix: a word of what the product fits ("fit|saw": "... for plunge saws")
WITH = "with|"  # the head of what it comes with ("with|drill": "hole saw arbor with pilot drill")


def analyze(text: str) -> list[str]:
    """Index tokens of ``text``: stemmed words, then identifier keys."""
    return _read(text)[0]


DescriptionRead = tuple[list[str], tuple[list[str], Any]]  # a description's index tokens and its facts


def facts_of(text: str, found: list[Identifier] | None = None) -> tuple[list[str], TypePhrase | None]:
    """Fact tokens of a description and its type phrase (``found``: its identifiers, if extracted)."""
    found = identifiers.extract(text) if found is None else found
    tokens = analysis.tokens(text)
    accessory = analysis.Spans(analysis.accessory_spans(text, tokens))
    facts: list[str] = []
    names: list[str] | None = None  # read once, where a code has a model number
    for ident in [*found, *identifiers.plain_numbers(text, found)]:
        role = "acc" if ident.start in accessory else "own"
        facts.append(f"{role}|{ident.key}")
        facts += [f"{role}|{key}" for key in ident.family_keys]
        # Its model number under the description's names, as buyers type it: "dewalt 796" (DCD796N).
        if ident.kind == "part" and (number := model_codes.number(text[ident.start : ident.end])):
            names = model_codes.names(text) if names is None else names
            facts += [f"{role}|{model_codes.key(name, number)}" for name in names]
    facts += [f"{FITS}{word}" for word in fitted_words(text, tokens)]
    facts += [f"{WITH}{word}" for word in with_heads(text, tokens)]
    return list(dict.fromkeys(facts)), type_phrase(text, found, tokens)


class UnreadableTexts(ValueError):
    """The analyzer failed on these texts (logged with the cause)."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__(f"{len(texts)} text(s) cannot be analyzed")
        self.texts = texts


def _read(text: str) -> DescriptionRead:
    """A description's index tokens and its facts, from one pass of the identifier patterns (whitespace
    collapsed, as queries are)."""
    text = analysis.collapse_space(text)
    found = identifiers.extract(text)
    keys = list(dict.fromkeys(i.key for i in found))
    return [*analysis.stem(analysis.words(text)), *keys], facts_of(text, found)


def read_or_nothing(pk: int, text: str, unreadable: list[int]) -> DescriptionRead:
    """``_read(text)`` for an index build; for a text the analyzer fails on, nothing (``pk`` is added to
    ``unreadable``)."""
    try:
        return _read(text)
    except Exception:  # one product must not take its catalog's index down
        log.exception("a product's text cannot be analyzed; indexed without words", extra={"fields": {"pk": pk}})
        unreadable.append(pk)
        return [], ([], None)


def read_descriptions(texts: Iterable[str]) -> dict[str, DescriptionRead]:
    """What :meth:`LexicalIndex.updated` would analyze, done ahead: a write runs it while the model encodes
    (the model releases the GIL): the upload endpoint went from 0.82x to 0.92x of encoding alone
    (scripts/bench/hotpath.py). :class:`UnreadableTexts` names every text the analyzer fails on."""
    out: dict[str, DescriptionRead] = {}
    failed: list[str] = []
    for text in dict.fromkeys(texts):
        try:
            out[text] = _read(text)
        except Exception:
            log.exception("an uploaded text cannot be analyzed")
            failed.append(text)
    if failed:
        raise UnreadableTexts(failed)
    return out
