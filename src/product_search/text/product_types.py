"""The catalog's product types: each product's type phrase (:mod:`.type_phrases`) joins the catalog's
:class:`TypeTable`, which indexes them by word and head, spells and abbreviates their words as the catalog
does, and says which of them repeat enough to be types a query may name (:mod:`.type_naming` reads a query
against it). Nothing here is a hand-made list of this catalog's types.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import analysis
from .spelling import SPELL_MAX, SPELL_MIN
from .type_words import ABBREVIATION_MAX, COLLECTIVE, VOWELS, TypePhrase, forms

REPEATS = 2  # a head is a product type where its products are at least twice its distinct phrases
# A head of this many distinct phrases is a type in a catalog of products, however few products each phrase has:
# ERP short texts spell one type many ways ("SKT HD CAP SCR", "CAP SCR SKT HD", "HEX SET SCR HD": "scr" heads
# 39 phrases of 70 products in one catalog, fewer than REPEATS products a phrase).
SPREAD = 5
PRODUCTS = 0.5  # a catalog of products: at least this share of its products have types that repeat


ABBREVIATIONS_HELD = 65536  # query words whose abbreviations a table keeps (queries' words are unbounded)


def abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` is how ERP short texts abbreviate ``word``: its first letter, then some of its
    letters in order, either its consonants only (VLV valve, WSHR washer, HMR hammer, DRL drill) or its
    first three letters or more (CIRC circular, ELEC electrical, PRESS pressure)."""
    if not 3 <= len(short) < len(word) or short[0] != word[0]:
        return False
    if word.startswith(short):
        return True
    if any(c in VOWELS for c in short[1:]):
        return False
    letters = iter(word)
    return all(c in letters for c in short)  # a subsequence


# Words of SPELL_MIN to SPELL_MAX letters are corrected (:mod:`.spelling`); a longer word's variants would cost
# its length squared (a 20,000-letter "word" in a description made 20,000 variants of 20,000 characters).
def _deletes(word: str) -> set[str]:
    """The word with one letter left out, each way (symmetric-delete spelling correction)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass
class TypeTable:
    """The catalog's distinct type phrases, with an inverted index from each word to its types."""

    phrases: list[TypePhrase] = field(default_factory=list)
    # The types some product's class gives (not only guessed from titles); an index delta only adds to them,
    # a rebuild reads them afresh.
    classes: set[int] = field(default_factory=set)
    _ids: dict[TypePhrase, int] = field(default_factory=dict)
    _by_word: dict[str, list[int]] = field(default_factory=dict)
    _by_head: dict[str, list[int]] = field(default_factory=dict)
    _spellings: dict[str, set[str]] = field(default_factory=dict)  # one letter left out -> type words
    _short: dict[str, set[str]] = field(default_factory=dict)  # first letter -> type words that may abbreviate
    _abbreviations: dict[str, list[str]] = field(default_factory=dict, compare=False, repr=False)  # per query word
    # The phrases as read from each product's text; ``phrases`` holds them with the heads the catalog adds
    # (:meth:`read_heads`), which the identity of a type, its file and a delta do not depend on.
    _read: list[TypePhrase] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._read = list(self.phrases)
        for n, phrase in enumerate(self.phrases):
            self._index(n, phrase)

    def _index(self, n: int, phrase: TypePhrase) -> None:
        self._ids[phrase] = n
        self._abbreviations.clear()
        if phrase.classified:
            self.classes.add(n)
        for w in phrase.words:
            self._by_word.setdefault(w, []).append(n)
        for h in phrase.heads:
            self._by_head.setdefault(h, []).append(n)
        for word in re.split(r"[\s/.']+", phrase.text):
            for part in word.split("-"):
                if 3 <= len(part) <= ABBREVIATION_MAX and part.isalpha() and not analysis.lemmas(part):
                    self._short.setdefault(part[0], set()).add(part)  # no English word: SEAL is no sealant
                if SPELL_MIN <= len(part) <= SPELL_MAX:
                    for variant in {part} | _deletes(part):
                        self._spellings.setdefault(variant, set()).add(part)

    def spell(self, word: str) -> str:
        """The type word ``word`` is one typo away from ("vlave", "masonary", "hamer"), if exactly
        one; else ``word``. Short words and words the catalog's types already use stay as they are."""
        if not SPELL_MIN <= len(word) <= SPELL_MAX or word in self._spellings.get(word, ()):
            return word
        near = set(self._spellings.get(word, ()))
        for variant in _deletes(word):
            near |= self._spellings.get(variant, set())
        if len(set(analysis.noun_stems(sorted(near)))) == 1:
            near = {min(near, key=lambda w: (len(w), w))}  # one word's forms ("bllade": blade, blades)
        if len(near) != 1 or (spelt := near.pop()) == "".join(forms(word)[:-1]):
            return word  # none, several, or a hyphenated word joined ("push-fit" beside "PUSHFIT"): read as its forms
        return spelt

    def abbreviations(self, word: str) -> list[str]:
        """The catalog's type words that abbreviate ``word`` (:func:`abbreviates`): "valve" -> ["vlv"]."""
        if len(word) <= 3 or not word.isalpha():
            return []
        found = self._abbreviations.get(word)
        if found is None:
            found = sorted(short for short in self._short.get(word[0], ()) if abbreviates(short, word))
            if len(self._abbreviations) >= ABBREVIATIONS_HELD:
                self._abbreviations.clear()  # words queries no longer ask go with the rest
            self._abbreviations[word] = found
        return list(found)

    def id_of(self, phrase: TypePhrase | None) -> int:
        """The phrase's type id (added if new); -1 for no phrase."""
        if phrase is None:
            return -1
        n = self._ids.get(phrase)
        if n is None:
            n = len(self.phrases)
            self.phrases.append(phrase)
            self._read.append(phrase)
            self._index(n, phrase)
        elif phrase.classified:  # a phrase guessed from one product's words is another's class
            self.classes.add(n)
        return n

    def by_head(self) -> dict[str, list[int]]:
        """Type ids by each head stem (read only)."""
        return self._by_head

    def by_word(self) -> dict[str, list[int]]:
        """Type ids by each of their stems (read only)."""
        return self._by_word

    def copy(self) -> TypeTable:
        return TypeTable(list(self._read), set(self.classes))

    def read_heads(self, counts: Sequence[int]) -> None:
        """Give each phrase the head its catalog shows, where its text puts modifiers after the head, as ERP
        short texts do ("CAP SCR SKT", "RIVET BLIND", "CIRCLIP INT"; a fastener's head form after it is read with the
        phrase, :func:`.type_words.head_before_form`): its last word that heads other phrases more often than it
        modifies them, followed only by words that modify more often than they head and that are neither nouns
        alone nor an abbreviation of a head ("hammer drill", "combi hammer drl" keep theirs). ``counts``: products of
        each type; a type without products says nothing. Read afresh from the phrases as read each time (a delta's
        new products change what the catalog shows)."""
        live = [p for p, c in zip(self._read, counts, strict=True) if c > 0]
        heading: dict[str, int] = {}
        modifying: dict[str, int] = {}
        for p in live:
            for w in p.words:
                table = heading if w in p.heads else modifying
                table[w] = table.get(w, 0) + 1
        heads = {h for h, c in heading.items() if c >= REPEATS and c > modifying.get(h, 0)}
        by_letter: dict[str, list[str]] = {}
        for h in heading:  # any word that heads a phrase: "drl" of "combi hammer drl" beside two "drill" heads
            by_letter.setdefault(h[0], []).append(h)

        @functools.cache
        def modifier(word: str) -> bool:
            if modifying.get(word, 0) <= heading.get(word, 0):
                return False
            kinds = analysis.lemmas(word)
            if "NOUN" in kinds and "ADJ" not in kinds:
                return False
            return not any(abbreviates(word, h) for h in by_letter.get(word[0], ()))

        self.phrases = list(self._read)
        for n, p in enumerate(self._read):
            last = len(p.words) - 1
            j = last
            while j > 0 and modifier(p.words[j]):
                j -= 1
            if j < last and p.words[j] in heads and p.words[j] not in p.heads:
                # In place of the head as read, not beside it: a type named through a head it only might have
                # would be named while the types the catalog heads so are not ("DRILL HAMMER SDS", repeating by
                # its SDS, named for "hammer" over three claw hammers listed once each).
                shown = (p.words[j], p.words[j - 1]) if p.words[j] in COLLECTIVE and j else (p.words[j],)
                self.phrases[n] = TypePhrase(p.text, p.words, shown, p.classified)
        self._by_head = {}
        for n, p in enumerate(self.phrases):
            for h in p.heads:
                self._by_head.setdefault(h, []).append(n)

    def usable(
        self,
        counts: Sequence[int],
        fitted: Callable[[str], bool] = lambda _: False,
        measured: float = 0.0,
        fitting: Callable[[str], Iterable[int]] = lambda _: (),
    ) -> list[bool]:
        """Which types a query may name, given how many products each type has, ``fitted(head)``: whether
        some product is made for the head ("... for plunge saws"), and ``measured``: the share of products
        that state a size, weight or rating.

        A catalog's types repeat: many products are hex bolts, few phrases have the head "bolt". Where
        the phrases with a head are nearly as many as their products (titles of articles, one-off
        descriptions), the "type" is only a first phrase, and naming it would lift noise. In a catalog of
        products a type listed once is one too when the catalog's own accessories name it as what they
        fit: one plunge saw beside its guide rails. A catalog is one of products where most products'
        types repeat, or where most products are measured (a size, a weight, a rating): 78-89 % of every
        product catalog here, in any style, 12 % of SciFact's abstracts, which also repeat few types
        (22 %). In a corpus of articles every noun follows a "for" somewhere, so there it proves nothing
        (SciFact train nDCG@10 0.7250 -> 0.7206 when it did). So is a type listed once whose products are made
        for another type (``fitting(head)``: the types of the products made for the head): "Outer cover lenses
        for welding helmets" is an accessory, a product, beside the helmet. So is a type whose head many phrases
        share (:data:`SPREAD`): the catalog spells that type many ways.
        """
        repeats, of_products = self._repeats(counts, measured)
        if not of_products:
            return repeats
        accessories = {t for head in self._by_head for t in fitting(head)}
        spread = self._spread(counts)
        return [
            r or n in accessories or any(fitted(h) or h in spread for h in p.heads)
            for n, (r, p) in enumerate(zip(repeats, self.phrases, strict=True))
        ]

    def _spread(self, counts: Sequence[int]) -> set[str]:
        """Heads of at least :data:`SPREAD` distinct phrases that have products."""
        phrases: dict[str, int] = {}
        for phrase, count in zip(self.phrases, counts, strict=True):
            if count > 0:
                for head in phrase.heads:
                    phrases[head] = phrases.get(head, 0) + 1
        return {h for h, n in phrases.items() if n >= SPREAD}

    def of_products(self, counts: Sequence[int], measured: float = 0.0) -> bool:
        """Whether the catalog is one of products (:meth:`usable`), not of articles."""
        return self._repeats(counts, measured)[1]

    def named_in_full(self, counts: Sequence[int], measured: float = 0.0) -> list[bool]:
        """Which types a query may name by saying every one of their words, though :meth:`usable` does not
        let their head alone name them: in a catalog of products, phrases of two words or more ("grease
        cartridge", "pilot drill", "test leads" listed once or twice). A buyer who types the whole phrase
        names that product; a one-word first phrase ("Fluke") stays unnamed, and so does every phrase of a
        corpus of articles ("patient cohorts")."""
        _, of_products = self._repeats(counts, measured)
        return [of_products and len(p.text.split()) > 1 for p in self.phrases]

    def _repeats(self, counts: Sequence[int], measured: float) -> tuple[list[bool], bool]:
        """Which types repeat (their head's products at least twice its phrases), and whether the catalog is
        one of products (:meth:`usable`)."""
        products: dict[str, int] = {}
        phrases: dict[str, int] = {}
        for phrase, count in zip(self.phrases, counts, strict=True):
            for head in phrase.heads:
                products[head] = products.get(head, 0) + count
                phrases[head] = phrases.get(head, 0) + (count > 0)
        repeats = [any(products[h] >= REPEATS * phrases[h] for h in p.heads) for p in self.phrases]
        typed = sum(counts)
        repeating = sum(c for c, r in zip(counts, repeats, strict=True) if r)
        return repeats, typed > 0 and (repeating >= PRODUCTS * typed or measured >= PRODUCTS)

    def extensions(self, named: Sequence[int]) -> list[int]:
        """Types that are not named but hold every word of a named one: the accessories that repeat
        the type's name ("circular saw blade" for "circular saw", "jigsaw blades" for "jigsaw")."""
        out: set[int] = set()
        for n in named:
            lists = [set(self._by_word.get(w, ())) for w in self.phrases[n].words]
            out |= set.intersection(*lists) if lists else set()
        return sorted(out - set(named))

    def subtypes(self, named: Sequence[int], extensions: Sequence[int]) -> frozenset[int]:
        """Those of ``extensions`` that are kinds of a named type, not accessories of it: they hold its words and
        share its head, the word that says what it is ("trimming knife" and "retractable knife" for "knife"; not
        "circular saw blade" for "circular saw"). A collective ("set", "kit") is no such head, and a set is a
        kind of a set only: "hole saw arbor set" is no "hole saw set", "drill bit set" no "drill bit".

        Only of the most specific types named: beside "wood adhesive", the bare "adhesive" lifts no construction
        adhesive. So a query read as the bare head alone ("utility knives", where the catalog types no utility
        knife but one planer knife "knife") names every knife, not only the product typed by the one word."""
        phrases = self.phrases

        def words(n: int) -> frozenset[str]:
            return frozenset(phrases[n].words) - COLLECTIVE

        def heads(n: int) -> frozenset[str]:
            return frozenset(phrases[n].heads) - COLLECTIVE

        def collective(n: int) -> bool:
            return phrases[n].heads[:1] != () and phrases[n].heads[0] in COLLECTIVE

        specific = [(words(t), heads(t), collective(t)) for t in named if not any(words(t) < words(u) for u in named)]
        return frozenset(
            e for e in extensions if any(w <= words(e) and h & heads(e) and c == collective(e) for w, h, c in specific)
        )

    def to_json(self) -> list[dict[str, object]]:
        return [
            {"text": p.text, "words": list(p.words), "heads": list(p.heads), "class": n in self.classes}
            for n, p in enumerate(self._read)
        ]

    @classmethod
    def from_json(cls, data: list[dict[str, Any]]) -> TypeTable:
        phrases = [TypePhrase(str(p["text"]), tuple(p["words"]), tuple(p["heads"])) for p in data]
        return cls(phrases, {n for n, p in enumerate(data) if p.get("class") is True})
