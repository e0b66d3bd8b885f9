"""What a product description is read as for the lexical index: its index tokens and its facts.

The text read is the product's indexed text (:func:`..text.structure.indexed_text`): its description, and
where a trade catalog classified it, its class name and feature phrases. The class is the product's type;
the features' words and quantities are its own, as its description's are.

One pass of the identifier patterns per text (:func:`read_description`), shared by an index build or update
(:class:`.LexicalIndex`) and by an upload that analyzes its texts ahead, while the model encodes
(:func:`read_descriptions`). A text the analyzer fails on (a bug in it: user text must never do this) is
named, never fatal to its catalog.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..text import analysis, identifiers, model_codes, structure
from ..text.accessory_words import fitted_words, with_heads
from ..text.identifiers import Identifier
from ..text.type_phrases import MAX_TOKENS, type_phrase
from ..text.type_words import TypePhrase

log = logging.getLogger(__name__)
FITS = "fit|"  # a fact token prefix: a word of what the product fits ("fit|saw": "... for plunge saws")
WITH = "with|"  # the head of what it comes with ("with|drill": "hole saw arbor with pilot drill")


def analyze(text: str) -> list[str]:
    """Index tokens of ``text``: stemmed words, then identifier keys."""
    return read_description(text)[0]


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
    # The type phrase is read from the first words alone; where those are all, their spans are the ones above.
    return list(dict.fromkeys(facts)), type_phrase(
        text, found, tokens, accessory if len(tokens) <= MAX_TOKENS else None
    )


class UnreadableTexts(ValueError):
    """The analyzer failed on these texts (logged with the cause)."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__(f"{len(texts)} text(s) cannot be analyzed")
        self.texts = texts


def read_description(text: str) -> DescriptionRead:
    """An indexed text's tokens and facts, from one pass of the identifier patterns over each part (whitespace
    collapsed, as queries are)."""
    description, class_name, features = structure.split(text)
    text = analysis.collapse_space(description)
    found = identifiers.extract(text)
    facts, phrase = facts_of(text, found)
    tokens = [*analysis.stem(analysis.words(text)), *dict.fromkeys(i.key for i in found)]
    said = analysis.collapse_space(f"{class_name or ''}. {features}") if class_name or features else ""
    if said:
        stated = identifiers.extract(said)
        tokens += [*analysis.stem(analysis.words(said)), *dict.fromkeys(i.key for i in stated)]
        facts = list(dict.fromkeys([*facts, *(f"own|{k}" for i in stated for k in (i.key, *i.family_keys))]))
        named = type_phrase(class_name, []) if class_name else None
        if named is not None:  # the class is the type; a name no phrase is read from leaves the text's
            phrase = replace(named, classified=True)
    return tokens, (facts, phrase)


def read_or_nothing(pk: int, text: str, unreadable: list[int]) -> DescriptionRead:
    """``read_description(text)`` for an index build; for a text the analyzer fails on, nothing (``pk`` is added to
    ``unreadable``)."""
    try:
        return read_description(text)
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
            out[text] = read_description(text)
        except Exception:
            log.exception("an uploaded text cannot be analyzed")
            failed.append(text)
    if failed:
        raise UnreadableTexts(failed)
    return out
