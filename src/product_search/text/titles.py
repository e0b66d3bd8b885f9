"""Where a description names its product as a title does: a phrase followed by a size, or by a field's
punctuation and a size ("Claw hammer 16 oz", "Tape measure, 8 m."), not by more of a sentence; and a phrase
that follows a model code ("... the Ryobi R18PD3-0 hammer drill."). What :func:`.type_phrases.type_phrase`
weighs where copy names its product more than once."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import analysis
from .type_words import ACRONYM, TypePhrase

_DIGIT = re.compile(r"\d")


def titled(text: str, phrase: TypePhrase) -> bool:
    """Whether ``phrase`` reads as a title's: followed by a size, code or a field's punctuation ("Claw hammer 16
    oz", "Wood screws, ..."), not by more of a sentence or its end ("Rips timber fast on cordless saws.",
    "Room-by-room temperature control.": catalogue copy opens with such fragments)."""
    words = r"\W+".join(re.escape(w) for w in phrase.text.split())
    after = re.search(rf"(?i)(?<!\w){words}(?!\w)\s*(.?)", text)
    if after is None or any(t.group().lower() in analysis.STOPWORDS for t in analysis.tokens(text[: after.start()])):
        return False  # a title opens with its name (after brands and codes): "Unlike a claw hammer, ..." is prose
    sentence = re.split(r"[.!?](?:\s|$)", text[after.start(1) :], maxsplit=1)[0]
    # A size next, or a field's punctuation and a size later in the sentence ("Claw hammer, 16 oz"); a list
    # of words opening copy has none ("Crafts, cable tidying and quick repairs.").
    return (
        after.group(1) == ""
        or after.group(1).isdigit()
        or (after.group(1) in ",;:(" and _DIGIT.search(sentence) is not None)
    )


def after_code(text: str, toks: Sequence[re.Match[str]], spans: analysis.Spans, phrase: TypePhrase) -> bool:
    """Whether ``phrase`` (where the text first says it) comes straight after a code or size."""
    words = r"\W+".join(re.escape(w) for w in phrase.text.split())
    at = re.search(rf"(?i)(?<!\w){words}(?!\w)", text)
    if at is None:
        return False
    before = [t for t in toks if t.end() <= at.start()]
    return bool(before) and (before[-1].start() in spans or _DIGIT.search(before[-1].group()) is not None)


def opens(text: str, toks: Sequence[re.Match[str]], k: int, spans: analysis.Spans, phrase: TypePhrase) -> bool:
    """Whether ``phrase`` opens the sentence at token ``k`` as a title does: only sizes, codes or acronyms before
    it, and after it a size, or a field's comma and a size later in the sentence ("Tape measure, 8 m."), not the
    sentence going on ("Compact and light.", "Tip: keep a spare")."""
    first = phrase.text.split()[0]
    for n in range(k, len(toks)):
        raw = toks[n].group()
        if raw.lower() == first:
            break
        if not (toks[n].start() in spans or _DIGIT.search(raw) or ACRONYM.fullmatch(raw) or raw in analysis.DELIMITERS):
            return False  # a word before it: the sentence says something of it
    words = r"\W+".join(re.escape(w) for w in phrase.text.split())
    after = re.compile(rf"(?i)(?<!\w){words}(?!\w)\s*(.?)").search(text, toks[k].start())
    if after is None:
        return False
    sentence = re.split(r"[.!?](?:\s|$)", text[after.start(1) :], maxsplit=1)[0]
    return after.group(1).isdigit() or (after.group(1) in ",(" and _DIGIT.search(sentence) is not None)
