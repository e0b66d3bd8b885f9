"""QueryReader: a query as one catalog reads it.

Two readings, both against the catalog's own indexes: the **words** it is searched by (stemmed as descriptions
are, a word the catalog lacks as the catalog spells it one slip away, a code glued to its brand in pieces,
plus its identifiers' tokens), and **what it asks for** (:class:`.QueryFacts`: identifiers, the product types
it names, the types of what it is for), its types read from each wording of its synonyms.

It reads the catalog's :class:`.FactIndex` (types, which codes products hold, what is made for what) and the
lexical index's vocabulary; scoring what was read stays with those indexes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..text import analysis, spelling, typed_codes
from ..text.identifiers import extract
from ..text.type_naming import holds_said, named, query_words, said, said_in_full
from ..text.type_phrases import type_phrase
from ..text.type_words import material, phrase_stems
from .facts import FactIndex
from .query_facts import Correction, QueryFacts
from .term_table import TermTable

log = logging.getLogger(__name__)
# Identifiers of a query that count (in order of appearance): a buyer names a few; each costs a pass over
# the catalog's rows, and a 2,000-character query of sizes names hundreds.
MAX_QUERY_IDENTIFIERS = 32
SLIPS_HELD = 1024  # queries whose slips a reader keeps (one index's vocabulary: a new index, a new reader)


class QueryReader:
    """Reads queries against one catalog: ``facts`` its fact index; ``words`` the lexical index's vocabulary
    and ``frequency`` how many products hold each of some words (both only for :meth:`read`: without them a
    query's facts alone can be read)."""

    def __init__(
        self,
        facts: FactIndex,
        words: TermTable | None = None,
        frequency: Callable[[Sequence[str]], list[int]] | None = None,
    ) -> None:
        self.facts = facts
        self._words = TermTable.of({}) if words is None else words
        self._frequency = frequency or (lambda stems: [0] * len(stems))
        self._slips_held: dict[tuple[str, ...], dict[int, tuple[str, str]]] = {}

    def read(self, query: str, wordings: Sequence[str] = ()) -> tuple[list[str], QueryFacts]:
        """The tokens ``query`` is searched by (repeats count, as in BM25) and its facts, its types read from
        ``wordings`` where given (:meth:`retyped`)."""
        # As descriptions.analyze(): words, then the written identifiers; and the codes typed apart ("DCD 633Z")
        # as the catalog writes them, where it has them.
        typed = analysis.words(query)
        stems = analysis.stem(typed)
        # A word the catalog lacks is searched as its spelling one slip away.
        known = self._words.__contains__
        slips = self._slips(typed, stems)
        corrections = {typed[n]: Correction(typed[n], spelled) for n, (spelled, _) in slips.items()}  # once each
        facts = self.understand(query)
        if wordings and list(wordings) != [query]:  # synonyms applied: the types as each wording reads them
            facts = self.retyped(facts, wordings)
        if slips and not facts.types:
            # A query that names no type as typed is read with its slips corrected ("tube cuttter 3-28mm"); one
            # that does keeps its reading: the type table spells its own words, closer than any word of the catalog.
            spelled = {typed[n]: word for n, (word, _) in slips.items()}
            facts = self.retyped(facts, [spelling.respelled(w, spelled) for w in wordings or (query,)])
        stems = [slips[n][1] if n in slips else stem for n, stem in enumerate(stems)]
        # A code glued to its brand or series is searched as its pieces: "fluke117" as fluke, 117.
        glued = [n for n, stem in enumerate(stems) if not known(stem) and analysis.LETTERS_DIGITS.search(typed[n])]
        split = {n: parts for n in glued[: spelling.MAX_WORDS] if (parts := spelling.pieces(typed[n], known))}
        corrections |= {typed[n]: Correction(typed[n], f"{a} {b}") for n, ((a, _), (b, _)) in split.items()}
        stems = [s for n, stem in enumerate(stems) for s in ([p[1] for p in split[n]] if n in split else [stem])]
        facts = replace(facts, corrections=list(corrections.values()))
        tokens = stems + list(dict.fromkeys(i.key for i in facts.written))
        tokens += [i.key for i in facts.apart if i.key in self._words and i.key not in tokens]
        return tokens, facts

    def _slips(self, typed: list[str], stems: list[str]) -> dict[int, tuple[str, str]]:
        # A hybrid search asks twice, for the model (respelled) and for the words (read): looked up once.
        key = tuple(typed)
        found = self._slips_held.get(key)
        if found is None:
            found = spelling.slips(typed, stems, self._words.__contains__, self._frequency)
            if len(self._slips_held) >= SLIPS_HELD:
                self._slips_held.clear()
            self._slips_held[key] = found
        return found

    def respelled(self, query: str) -> str:
        """``query`` with its typing slips as the catalog spells them ("chargres" -> "chargers"): what the model
        reads in hybrid mode, where the words are searched so too; the query as typed where it has none, and in a
        corpus that is no catalog of products, where a word it lacks is as often a term of art as a slip ("nexin"
        is no "kexin": SciFact train nDCG@10 -0.002)."""
        if not self.facts.of_products:
            return query
        typed = analysis.words(query)
        slips = self._slips(typed, analysis.stem(typed))
        return spelling.respelled(query, {typed[n]: word for n, (word, _) in slips.items()}) if slips else query

    def understand(self, query: str) -> QueryFacts:
        """What ``query`` asks for; a query the analyzer fails on (a bug: logged) asks for nothing beyond
        its words, and is still answered."""
        try:
            return self._understand(query)
        except Exception:
            log.exception("a query cannot be analyzed; searched by its words and the model")
            return QueryFacts([], [], [], [], [])

    def retyped(self, facts: QueryFacts, wordings: Sequence[str]) -> QueryFacts:
        """``facts`` (of the searched text: the query with its synonyms' equivalents beside their terms) with
        the product types read from ``wordings`` instead: the query as typed first, then with one equivalent in
        place of its term (:attr:`.Expansion.wordings`), or the same with typing slips corrected.

        The most specific reading that names a type wins (fewest types, then the first given), joined by the
        readings as specific as it that name other types (one thing a catalog names by two terms of a set). An
        equivalent's reading counts only where its wording says every word of one of its types: a generic
        equivalent ("jig saw") names every type of its head word, a phrase the catalog has ("check valve") the
        type asked for.
        The whole reading counts, not only the types said in full, which would let one-word types win as the
        fewest (docs/evaluation.md).
        """
        try:
            read = [self._understand(w) for w in wordings]
            typed = _plain_stems(wordings[0])
            whole = [
                0,
                *(
                    n
                    for n in range(1, len(read))
                    if self._says_in_full(wordings[n], read[n].types)
                    and (not read[0].types or self._holds_brought(wordings[0], wordings[n], read[n].types))
                ),
            ]
            # Of equally specific readings, one that says a phrase in full by the equivalent's words: "tee nut" names
            # "hex nut" by its head alone, its equivalent "t-nut" the one T-nut by every word (not "staple gun" ->
            # "staple tacker", which says the one word "staples"; nor "belt sander sanding belts" -> "belt sander
            # abrasive belt", whose "belt sander" the query said as typed).
            phrased = [
                self._says_in_full(w, f.types, phrase=True)
                and (n == 0 or any((_plain_stems(w) - typed) & said(self.facts.types.phrases[t]) for t in f.types))
                for n, (w, f) in enumerate(zip(wordings, read, strict=True))
            ]
            naming = [n for n in whole if read[n].types]
            pick = min(naming, key=lambda n: (len(read[n].types), not phrased[n], n), default=0)
            # Equally specific readings are one: the operator said the equivalents mean what the query says, and a
            # catalog that names it both ways ("Adjustable Spanner 8in", "Adjustable Wrench 10in") sells it under
            # each. (Readings through two sets' terms join too: such a query names two things as typed.)
            equal = (len(read[pick].types), phrased[pick])
            tied = [pick, *(n for n in naming if (len(read[n].types), phrased[n]) == equal and n != pick)]
            tied = [n for n in tied if n == pick or set(read[n].types) - set(read[pick].types)]  # a type of its own
            synonymous = all(n > 0 and self._named_by_equivalent(wordings[0], wordings[n], read[n].types) for n in tied)
        except Exception:
            log.exception("a query's wordings cannot be analyzed; its types are read from the searched text")
            return facts
        best = read[pick] if len(tied) == 1 else self._joined([read[n] for n in tied])
        return replace(
            facts, types=best.types, type_names=best.type_names, extensions=best.extensions,
            fitted_types=best.fitted_types, classified=best.classified, abbreviated=best.abbreviated,
            subtypes=best.subtypes, synonymous=synonymous,
        )  # fmt: skip

    def _joined(self, readings: Sequence[QueryFacts]) -> QueryFacts:
        """One reading of the types ``readings`` name, in their order: their extensions and subtypes worked out
        again from all of them, as :meth:`_understand` does (a type one reading names as a kind, another as an
        extension, is one or the other). Flags hold where they hold for every reading ("every type it names")."""
        table = self.facts.types
        names = dict(pair for r in readings for pair in zip(r.types, r.type_names, strict=True))
        types = list(names)
        extensions = table.extensions(types)
        subtypes = table.subtypes(types, extensions) if self.facts.of_products else frozenset[int]()
        return QueryFacts(
            [], [], types, list(names.values()), [e for e in extensions if e not in subtypes],
            fitted_types=[t for t in dict.fromkeys(t for r in readings for t in r.fitted_types) if t not in names],
            classified=all(r.classified for r in readings), abbreviated=all(r.abbreviated for r in readings),
            subtypes=subtypes,
        )  # fmt: skip

    def _holds_brought(self, query: str, wording: str, types: Sequence[int]) -> bool:
        """Whether one of ``types`` names what the equivalent brought into ``wording`` in place of the term of
        ``query`` (as typed), where the query as typed names types of its own: a type that ends in a word the
        equivalent brought holds all of them ("combi drill" -> "hammer drill driver" is no "drill driver"), and one
        the equivalent brought the wording's head for holds that head ("tap wrench" -> "tap spanner" is no "tap"); a
        type ending in the buyer's own word may leave the equivalent's words out, as catalogs shorten a tool's name
        before its accessory ("sawzall blades" -> "reciprocating saw blades": "Reciprocating Blade Wood 150mm"). An
        equivalent that brings no word names a type with the query's head.
        Development catalogs and a reviewer's blind catalogs (docs/evaluation.md)."""
        table = self.facts.types
        typed = _plain_stems(query)
        main = _plain_words(analysis.main_clause(wording))
        # Each brought word as the catalog may write it: its stem, spelling and abbreviations ("reciprocating"
        # is the "recip" of "BLADE RECIP SAW"), as the reading itself read it.
        brought = {
            word: frozenset(query_words(word, [], table.spell, table.abbreviations))
            for word in main
            if not phrase_stems([word]) <= typed
        }
        head = brought.get(main[-1]) if main else None
        if not brought:
            # The query's own words, some left out ("masonry drill bits" -> "masonry drill"): a reading of them names
            # the thing the query names, not the one a word it dropped modified (the drills, not their bits).
            asked = type_phrase(query, extract(query), fields=False)
            return asked is None or any(set(table.phrases[t].heads) & set(asked.heads) for t in types)

        def names(t: int) -> bool:
            own = frozenset(table.phrases[t].words)
            if head is not None and not head & own:
                return False
            ends_brought = any(forms & frozenset(table.phrases[t].heads) for forms in brought.values())
            return not ends_brought or all(forms & own for forms in brought.values())

        return any(names(t) for t in types)

    def _named_by_equivalent(self, query: str, wording: str, types: Sequence[int]) -> bool:
        """Whether each of ``types`` is a phrase that holds every word of ``wording`` (but its sizes, codes and
        materials), some of them brought by the equivalent in place of ``query``'s term: the operator's synonym
        says that type ("tee nut" -> "t-nut": the one "bright zinc plated t-nut"), not one that leaves words of the
        query unsaid ("tee nut tool": a tool), nor a shorter one ("combi drill" -> "hammer drill driver": not the
        "drill driver"; "rotary hammer" -> "rotary hammer drill": not a one-word "drilling")."""
        words = _plain_stems(wording)
        owns = [said(self.facts.types.phrases[t]) for t in types]
        return bool(words - _plain_stems(query)) and all(len(own) > 1 and words <= own for own in owns)

    def _says_in_full(self, wording: str, types: Sequence[int], *, phrase: bool = False) -> bool:
        """Whether ``wording`` names one of ``types`` in full (:func:`.type_naming.said_in_full`); with ``phrase``,
        one of more than one word."""
        table = self.facts.types
        if not types:
            return False
        words = frozenset(query_words(wording, [], table.spell, table.abbreviations))
        return any(said_in_full(table, t, words) and not (phrase and len(said(table.phrases[t])) < 2) for t in types)

    def _understand(self, query: str) -> QueryFacts:
        index, table = self.facts, self.facts.types
        written, apart = typed_codes.typed(query, index.known)
        written, apart = written[:MAX_QUERY_IDENTIFIERS], apart[:MAX_QUERY_IDENTIFIERS]
        words = query_words(query, written + apart, table.spell, table.abbreviations)
        # The types of the products made for a code the query names.
        made_for = [index.type_of[index.column(f"acc|{i.key}")] for i in written + apart if i.strong]
        fitting_code = frozenset(t for held in made_for for t in held.tolist() if t >= 0)
        # The query's own head noun ("charger for milwaukee m18 battery": charger) names a one-word type
        # however rarely a catalog of products lists it.
        phrase = type_phrase(query, written + apart, fields=False) if index.of_products else None
        head = frozenset(phrase.heads) if phrase is not None else frozenset()
        types = named(
            table, words, index.usable, index.made_for.count, in_full=index.in_full, fitting_code=fitting_code,
            query_head=head,
            query_phrase=phrase.words if phrase is not None else (), made_for=index.made_for.types_for,
        )  # fmt: skip
        names = [table.phrases[t].text for t in types]
        clause = analysis.fitted_clause(query)
        fitted = query_words(clause, [], table.spell, table.abbreviations) if clause else ()
        fitted_types = [t for t in named(table, fitted, index.usable, in_full=index.in_full) if t not in types]
        classified = bool(types) and table.classes.issuperset(types)
        # Named through the catalog's abbreviations of the query's words ("DRL" for drill, "THR" for threaded), or
        # by its words without the head they name, as buyers drop a name's last word ("twin and earth" for "twin
        # and earth cable", beside clips "for twin and earth"; "makita cordless drill" for a "cordless drill
        # driver"), each type holding the query's own type words (:func:`holds_said`). Most queries stop at the
        # first test: every word of the named types is one of the language, and their heads are said.
        abbreviated = False
        heads = {h for t in types for h in table.phrases[t].heads}
        spelt = (w for t in types for w in table.phrases[t].text.split())
        if phrase is not None and (any(not analysis.lemmas(w) for w in spelt) or not heads <= set(phrase.words)):
            held = [holds_said(table, t, phrase.text) for t in types]
            abbreviated = None not in held and (any(held) or heads.isdisjoint(phrase.words))
        extensions = table.extensions(types)
        # In a corpus of articles a shared head is no kind (SciFact train nDCG@10 0.7302 -> 0.7283 without this limit).
        subtypes = table.subtypes(types, extensions) if index.of_products else frozenset[int]()
        return QueryFacts(
            written, apart, types, names, [e for e in extensions if e not in subtypes], fitted_types=fitted_types,
            classified=classified, abbreviated=abbreviated, subtypes=subtypes,
        )  # fmt: skip


def _plain_stems(text: str) -> frozenset[str]:
    """The stems of ``text``'s words as type phrases hold theirs, without its sizes and codes ("m10 x 100"),
    numbers, materials and stop words."""
    return phrase_stems(_plain_words(text))


def _plain_words(text: str) -> list[str]:
    """:func:`_plain_stems`' words, as written."""
    spans = analysis.Spans((i.start, i.end) for i in extract(text))
    return [
        word
        for tok in analysis.tokens(text)
        if tok.start() not in spans and ((word := tok.group()).isalpha() or "-" in word)
        if not any(c.isdigit() for c in word) and not material(word) and word.lower() not in analysis.STOPWORDS
    ]
