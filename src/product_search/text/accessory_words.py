"""What a product fits and what it comes with, read from its description's accessory spans ("Guide rail
for plunge saws", "Hole saw arbor with pilot drill"): the words the ranking matches against a named type's
heads. Read as type phrases are (:mod:`.type_phrases`): the same word forms, nouns and heads."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import analysis
from .quantities import UNITS
from .type_phrases import MAX_TOKENS
from .type_words import acronym, can_head, forms, only_name, typed


def fitted_words(text: str, tokens: Sequence[re.Match[str]]) -> list[str]:
    """Stems of the words naming what a product fits ("Guide rail 1400 mm for plunge saws": plung, saw;
    "Washer for M6 bolts": bolt): an accessory's tools, which are product types of the catalog. Read where
    the type is read (the first sentence or so): later, "for" says what a text is about, not what a product
    fits (every noun of a corpus of abstracts follows a "for" somewhere). Every word, not only heads: a
    query's words shared with them name the type they fit ("cordless drill battery")."""
    tokens = tokens[:MAX_TOKENS]
    markers = analysis.FIT_MARKERS
    spans = analysis.Spans(analysis.accessory_spans(text, list(tokens), markers))
    plain = [t.group().lower() for t in tokens if t.start() in spans and not any(c.isdigit() for c in t.group())]
    read = [f for w in plain if w not in analysis.STOPWORDS and w not in markers | analysis.TO_FIT for f in forms(w)]
    return list(dict.fromkeys(analysis.noun_stems(read)))


_CONJUNCTIONS = frozenset({"and", "or", "plus"})
_JOINERS = re.compile(r"[&+|]")  # between two tokens: "BATT + CHGR", "case & bits" (the tokenizer drops them)


def with_heads(text: str, tokens: Sequence[re.Match[str]]) -> list[str]:
    """Stems of the heads of what a product comes with, one per phrase ("Hole saw arbor with pilot drill":
    drill; "with 2 x 4.0Ah batteries and charger": battery, charger): the last word of the first run of
    nouns after the marker or a conjunction, read as a type's head is (a *chisel set*: set and chisel).
    Not every word, as for what it fits: "with" also names features, whose other words are no thing it
    comes with ("multi-tool with tool-less blade change" comes with no tool). Numbers, units and single
    letters before the noun are skipped ("with a 13 mm keyless chuck"), and so are a brand or acronym before
    a code ("with Festool 18V battery", "with FS 1400 guide rail"); a number after the noun ends the phrase."""
    spans = analysis.Spans(analysis.accessory_spans(text, list(tokens[:MAX_TOKENS]), analysis.WITH_MARKERS))
    phrases: list[list[str]] = []
    run: list[str] = []
    names = True  # the run so far is brands and acronyms only: a code after them does not end it
    open_ = False  # after a marker or conjunction, until the phrase's head is read
    previous = 0
    for tok in tokens[:MAX_TOKENS]:
        raw = tok.group()
        word = raw.lower()
        joined = _JOINERS.search(text, previous, tok.start()) is not None
        previous = tok.end()
        inside = tok.start() in spans
        if not inside or joined or word in analysis.WITH_MARKERS or word in _CONJUNCTIONS:
            phrases += [run] if run else []
            run, names, open_ = [], True, inside
            if not inside or not joined or word in analysis.WITH_MARKERS or word in _CONJUNCTIONS:
                continue
        if not open_:
            continue
        ends = any(c.isdigit() for c in raw) or word in analysis.STOPWORDS or not can_head(raw)
        if ends and run and names and any(c.isdigit() for c in raw):
            run = []  # "Festool 18V battery": the brand was no head, the phrase goes on
        elif ends and run:
            phrases.append(run)
            run, open_ = [], False
        elif not ends and len(word) > 1 and word not in UNITS:
            run.append(word)
            names = names and (only_name(raw) or acronym(raw))
    phrases += [run] if run else []
    return list(dict.fromkeys(head for phrase in phrases for head in typed(phrase).heads))
