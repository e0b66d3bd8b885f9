"""A catalog's synonyms: sets of equivalent terms ("non-return valve" = "check valve"), and a query expanded
with them.

A term is matched as whole words, case-insensitively, with hyphens and spaces interchangeable ("non-return"
is "non return") and plurals tolerated: words are compared by their Snowball stems (:func:`.analysis.stem`),
the same stems the lexical index reads. A phrase never spans clause punctuation (``, ; ( ) [ ]`` or a full
stop): "valve, check" does not say "valve check". A term is in one set only: two sets sharing a term would
make their terms equivalent by chaining, which nobody wrote down.

Sets are normalized and validated once, when they are set (:meth:`Synonyms.parse`); expanding a query walks a
trie of the terms' stems once from each word, so its work is linear in the query's words.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..errors import InvalidInput
from .analysis import QUERY_MARKERS, collapse_space, stem

MAX_SETS = 5000
MAX_TERMS = 32  # per set
MIN_TERMS = 2
MAX_TERM_CHARS = 100
MAX_ADDED_CHARS = 2000  # equivalents inserted into one query: a few sets' worth, not 5,000 sets' terms
# The query as typed and its single substitutions, each read for its types once a search: at most this many,
# of at most this many characters together (a long query is read as typed only).
MAX_WORDINGS = 16
MAX_WORDING_CHARS = 1024
_MAX_ERRORS = 100  # fields named in one refusal: enough to fix a file, not a response as large as the file

# Words as the lexical index reads them (hyphens, spaces and other signs between them belong to no word).
_WORD = re.compile(r"\w+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# Clause punctuation (as the description analysis reads it, the colon included): a phrase does not go on across it.
_BREAK = re.compile(r"[,;:()\[\]]|\.(?!\w)")


@dataclass(frozen=True)
class Expansion:
    """A query with the equivalents of its matched terms inserted after each, and what was applied: each
    matched term as written in the query, with the equivalents added after it.

    ``wordings``: the query as typed, then with one matched term at a time replaced by one of its equivalents,
    the terms taken in turn (at most :data:`MAX_WORDINGS`, :data:`MAX_WORDING_CHARS` together). The words and
    codes are searched in ``text``, all equivalents at once; the product types are read from each wording alone,
    since equivalents side by side make phrases nobody typed ("jigsaw jig saw" names every saw).
    """

    text: str
    applied: tuple[tuple[str, tuple[str, ...]], ...] = ()
    wordings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.wordings:
            object.__setattr__(self, "wordings", (self.text,))


class _Word(NamedTuple):
    start: int
    end: int
    stem: str
    clause: int  # words of one clause may form a phrase


def _words(text: str) -> list[_Word]:
    """The words of ``text`` with their positions, stems and clause numbers (one pass each)."""
    found = list(_WORD.finditer(text))
    stems = stem([w.group().lower() for w in found])
    breaks = iter(b.start() for b in _BREAK.finditer(text))
    next_break = next(breaks, len(text))
    clause = 0
    out: list[_Word] = []
    for match, word_stem in zip(found, stems, strict=True):
        while next_break < match.start():
            clause += 1
            next_break = next(breaks, len(text))
        out.append(_Word(match.start(), match.end(), word_stem, clause))
    return out


def _key(term: str) -> tuple[str, ...]:
    """What a term matches: the stems of its words."""
    return tuple(word.stem for word in _words(term))


class _Trie:
    """The terms' stem sequences as a trie held in one dict (node, stem) -> child node: expanding a query
    follows at most one path from each of its words, however many terms share a first word."""

    def __init__(self, sets: tuple[tuple[str, ...], ...]) -> None:
        self.edges: dict[tuple[int, str], int] = {}
        self.ends: dict[int, tuple[int, int]] = {}  # node -> (set, term) of the term ending there
        for s, terms in enumerate(sets):
            for t, term in enumerate(terms):
                node = 0
                for word_stem in _key(term):
                    node = self.edges.setdefault((node, word_stem), len(self.edges) + 1)
                self.ends.setdefault(node, (s, t))  # a stored duplicate (never from parse): the first wins

    def matches(self, words: list[_Word], first: int) -> Iterator[tuple[int, int, int]]:
        """(set, term, words matched) of every term starting at ``words[first]``, the shortest first."""
        node, n = 0, first
        while n < len(words) and words[n].clause == words[first].clause:
            child = self.edges.get((node, words[n].stem))
            if child is None:
                return
            node, n = child, n + 1
            if node in self.ends:
                yield (*self.ends[node], n - first)


@dataclass(frozen=True)
class Synonyms:
    """A catalog's synonym sets, each a tuple of normalized terms (lower case, single spaces), in the order given."""

    sets: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def parse(cls, sets: object) -> Synonyms:
        """Normalize and validate sets as a caller sends them (``[["non-return valve", "check valve"], ...]``).

        Terms are trimmed, their whitespace collapsed and lower-cased; a term repeated in its set (by what it
        matches: "Hex key" and "hex keys") is kept once. Raises :class:`InvalidInput` naming every offending
        field by its path (``sets.3.1``: the second term of the fourth set), as a request's 422 does.
        """
        if not isinstance(sets, (list, tuple)):  # JSON's lists, or another Synonyms' sets
            raise _refusal({"sets": ["must be a list of sets, each a list of terms"]})
        if len(sets) > MAX_SETS:
            raise _refusal({"sets": [f"at most {MAX_SETS} sets"]})
        errors: dict[str, list[str]] = {}
        owner: dict[tuple[str, ...], tuple[int, int]] = {}  # what a term matches -> where it was first given
        out: list[tuple[str, ...]] = []
        for s, given in enumerate(sets):
            if not isinstance(given, (list, tuple)):
                errors[f"sets.{s}"] = ["must be a list of terms"]
                continue
            if len(given) > MAX_TERMS:
                errors[f"sets.{s}"] = [f"at most {MAX_TERMS} terms"]
                continue
            terms: list[str] = []
            known = len(errors)
            for t, raw in enumerate(given):
                path = f"sets.{s}.{t}"
                checked = _term(raw, path, errors)
                if checked is None:
                    continue
                term, key = checked
                first = owner.setdefault(key, (s, t))
                if first[0] != s:
                    errors[path] = [f"{term!r} is also at sets.{first[0]}.{first[1]}: a term may be in one set only"]
                elif first == (s, t):
                    terms.append(term)  # else a repeat within its set: kept once
            if len(terms) < MIN_TERMS and len(errors) == known:  # else its terms' errors say why
                errors[f"sets.{s}"] = [f"needs at least {MIN_TERMS} different terms"]
            out.append(tuple(terms))
        if errors:
            raise _refusal(errors)
        return cls(tuple(out))

    @classmethod
    def from_json(cls, text: str) -> Synonyms:
        """The sets as stored (:meth:`to_json`, validated when they were set); the same object for the same
        text, so a process compiles each catalog's synonyms once, not on every read of the catalog row."""
        return _stored(text)

    def to_json(self) -> list[list[str]]:
        return [list(terms) for terms in self.sets]

    def __bool__(self) -> bool:
        return bool(self.sets)

    @functools.cached_property
    def _trie(self) -> _Trie:
        return _Trie(self.sets)

    def expand(self, query: str) -> Expansion:
        """``query`` with the other terms of a matched term's set inserted right after it, separated by spaces
        ("non return valve 1/2" -> "non return valve check valve 1/2").

        At each word, the longest term of a set not applied yet matches (each set is applied once per query);
        matches do not overlap. The work is linear in the query's words (times the longest term's words).
        """
        if not self.sets:
            return Expansion(query)
        words = _words(query)
        trie = self._trie
        parts: list[str] = []
        applied: list[tuple[str, tuple[str, ...]]] = []
        substituted: list[list[str]] = []  # per applied term: the query with each equivalent in its place
        done: set[int] = set()
        copied, n, added = 0, 0, 0
        while n < len(words) and len(done) < len(self.sets) and added < MAX_ADDED_CHARS:
            best: tuple[int, int, int] | None = None
            for s, t, length in trie.matches(words, n):
                if s not in done:
                    best = (s, t, length)  # the longest so far: matches come shortest first
            if best is None:
                n += 1
                continue
            s, t, length = best
            end = words[n + length - 1].end
            others = tuple(term for i, term in enumerate(self.sets[s]) if i != t)
            # Their words only: a term's "for" or comma must not end the query's main clause or phrase.
            inserted = " ".join(w for term in others for w in _WORD.findall(term) if w.lower() not in QUERY_MARKERS)
            parts += [query[copied:end], " ", inserted]
            added += len(inserted) + 1
            applied.append((query[words[n].start : end], others))
            substituted.append([query[: words[n].start] + other + query[end:] for other in others])
            done.add(s)
            copied, n = end, n + length
        if not applied:
            return Expansion(query)
        parts.append(query[copied:])
        return Expansion("".join(parts), tuple(applied), _wordings(query, substituted))


def _wordings(query: str, substituted: list[list[str]]) -> tuple[str, ...]:
    """``query``, then each term's first substitution, each term's second, ...: every matched term gets its
    turn within the limits, however many equivalents the first has."""
    out, chars = [query], len(query)
    for wording in (w for row in itertools.zip_longest(*substituted) for w in row if w is not None):
        if len(out) == MAX_WORDINGS or chars + len(wording) > MAX_WORDING_CHARS:
            break
        out.append(wording)
        chars += len(wording)
    return tuple(out)


def _term(raw: Any, path: str, errors: dict[str, list[str]]) -> tuple[str, tuple[str, ...]] | None:
    """The normalized term and what it matches (:func:`_key`), or None with the reason recorded at ``path``."""
    if not isinstance(raw, str):
        errors[path] = ["must be a string"]
        return None
    term = collapse_space(raw).lower()
    words = _words(term) if len(term) <= MAX_TERM_CHARS else []
    if not term:
        errors[path] = ["must not be empty or blank"]
    elif len(term) > MAX_TERM_CHARS:
        errors[path] = [f"longer than {MAX_TERM_CHARS} characters"]
    elif not _LETTER_OR_DIGIT.search(term):
        errors[path] = ["must contain a letter or digit"]
    elif words[0].clause != words[-1].clause:
        errors[path] = ["its words must not be separated by , ; ( ) [ ] or a full stop: it could never match"]
    else:
        return term, tuple(word.stem for word in words)
    return None


def _refusal(errors: dict[str, list[str]]) -> InvalidInput:
    fields = dict(list(errors.items())[:_MAX_ERRORS])
    return InvalidInput(
        f"{len(errors)} problem(s) in the synonym sets; nothing was changed", {"problems": len(errors)}, fields=fields
    )


@functools.lru_cache(maxsize=128)
def _stored(text: str) -> Synonyms:
    return Synonyms(tuple(tuple(str(term) for term in terms) for terms in json.loads(text)))
