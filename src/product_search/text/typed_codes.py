"""A query's identifiers as people type them: codes split with spaces ("DCD 633Z", "gws 7 125"), named by a
plain number that is one of the catalog's code families ("6204") or a model's number after its brand ("dewalt
796"), or glued to what the catalog prints apart ("m18fid2", "makita482"). Read against what the catalog has
(``known``): a run of words and numbers is only taken for a code where the catalog holds it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from . import analysis, identifiers, model_codes
from .identifiers import PART_MIN, SEPARATORS, Identifier, part_families

_QUERY_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*")


def typed(text: str, known: Callable[[str], bool]) -> tuple[list[Identifier], list[Identifier]]:
    """A query's identifiers as people type them: :func:`.identifiers.extract` (as written), and the codes the
    catalog knows that the query splits with spaces ("DCD 633Z", "gws 7 125", "6204 2rs") or names
    by a plain number that is one of its code families ("6204") (as typed apart).

    ``known(key)`` says whether the catalog has a product with that exact or family key: a run of
    words and numbers is only taken for a code when the catalog has it, so "for 10 mm" stays words.
    """
    written = identifiers.extract(text)
    keys = {i.key for i in written}
    apart: list[Identifier] = []

    def catalog_has(ident: Identifier) -> bool:  # the code itself, or it is a family of codes
        return known(ident.key) or known(f"#{ident.kind}~{ident.value}")

    text = analysis.separated(text)  # as descriptions are read: "dcd/796" is a code typed in two pieces
    toks = list(_QUERY_TOKEN.finditer(text))
    for n in range(len(toks) - 1):
        for width in (3, 2):
            window = toks[n : n + width]
            if len(window) < width or any(text[a.end() : b.start()].strip() for a, b in itertools.pairwise(window)):
                continue
            # Code pieces: numbers with or without letters, and short letter runs (series, suffixes); a
            # four-letter run typed in small letters only where it is no word and the catalog has the whole
            # code ("turs 8932": TURS8932), as "type 2", "size 9" or "gene 5" are words and numbers.
            letters = [t.group() for t in window if t.group().isalpha()]
            lowered = [w for w in letters if len(w) > model_codes.series_max(w)]
            if any(len(w) > model_codes.SERIES_LONGEST or analysis.lemmas(w) for w in lowered):
                continue
            raw = " ".join(t.group() for t in window)
            value = SEPARATORS.sub("", raw).lower()
            if len(value) < PART_MIN or value.isalpha() or value.isdigit():
                continue
            ident = Identifier("part", value, window[0].start(), window[-1].end(), part_families(raw))
            if ident.key not in keys and (known(ident.key) if lowered else catalog_has(ident)):
                apart.append(ident)
                keys.add(ident.key)
    for ident in identifiers.plain_numbers(text, written + apart):
        if ident.key not in keys and (number := _code_number(text, ident, known)):
            apart.append(number)
            keys.add(ident.key)
    # A code the catalog lacks, typed glued to what it prints apart: "m18fid2" ("M18 FID2-0X"), "makita482".
    kept: list[Identifier] = []
    for ident in written:
        split = _glued(text, ident, known) if ident.kind == "part" and not catalog_has(ident) else []
        kept += [] if split else [ident]
        apart += [p for p in split if p.key not in keys]
        keys.update(p.key for p in split)
    written = kept
    # A piece of a longer code ("633Z" of "DCD 633Z") that the catalog does not know is no code itself.
    pieces = _inside_longer([*written, *apart])
    written = [i for n, i in enumerate(written) if n not in pieces or catalog_has(i)]
    return written, sorted(apart, key=lambda i: i.start)


def _code_number(text: str, number: Identifier, known: Callable[[str], bool]) -> Identifier | None:
    """A number standing alone in a query as the codes it names: a family of the catalog's codes ("6204" of
    6204-2RS), else the model number of the codes of products with the name typed before it ("dewalt 796":
    DCD796N; :attr:`Identifier.model_of`); None if neither."""
    if known(f"#part~{number.value}"):
        return number
    name = model_codes.name_before(text, number.start)
    if name and known(model_codes.key(name, number.value)):
        return replace(number, model_of=name)
    return None


_GLUED_MAX = 24  # characters of a glued code tried apart: a code is short (each split re-reads the code)


def _glued(text: str, ident: Identifier, known: Callable[[str], bool]) -> list[Identifier]:
    """The identifiers the catalog has (``known``: as in :func:`typed`) that a code typed without spaces
    holds, split once where letters meet digits: "m18fid2" is M18 and FID2 where the catalog prints "M18
    FID2-0X"; "makita482" the model number 482 (of DHP482Z). The pieces must be read whole as identifiers the
    catalog has (or a name and its model number): "DCD796N" is no DCD796 and a lost "N"."""
    raw = text[ident.start : ident.end]
    if len(raw) > _GLUED_MAX or not raw.isalnum():
        return []
    for cut in (m.start() for m in analysis.LETTERS_DIGITS.finditer(raw)):
        spaced = f"{raw[:cut]} {raw[cut:]}"
        found = identifiers.extract(spaced)
        # A number standing alone is a code only as in :func:`typed`: "makita482", not "fluke117".
        found += [n for p in identifiers.plain_numbers(spaced, found) if (n := _code_number(spaced, p, known))]
        covered = bytearray(len(spaced))
        for i in found:
            start = 0 if i.model_of else i.start  # a model number stands with the name typed before it
            covered[start : i.end] = b"\x01" * (i.end - start)
        whole = all(covered[n] or spaced[n] == " " for n in range(len(spaced)))
        if found and whole and all(i.model_of or known(i.key) or known(f"#{i.kind}~{i.value}") for i in found):
            at = [ident.start + (pos if pos <= cut else pos - 1) for pos in range(len(spaced) + 1)]  # -> in text
            return [replace(i, start=at[i.start], end=at[i.end]) for i in found]
    return []


def _inside_longer(found: list[Identifier]) -> set[int]:
    """Positions in ``found`` of identifiers whose span lies within a longer one's: one sort and one sweep
    (comparing every pair cost 0.5 s for a query of 700 sizes)."""
    order = sorted(range(len(found)), key=lambda n: (found[n].start, -found[n].end))
    pieces: set[int] = set()
    reach = -1  # the furthest end of the identifiers starting before the current start
    for _, group in itertools.groupby(order, key=lambda n: found[n].start):
        members = list(group)  # same start, longest first
        longest = found[members[0]].end
        for n in members:
            end = found[n].end
            if reach >= end or longest > end:  # an earlier start reaching past it, or a longer twin
                pieces.add(n)
        reach = max(reach, longest)
    return pieces
