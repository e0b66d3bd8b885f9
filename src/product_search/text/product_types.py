"""Product types, learned from the catalog's own descriptions, and the types a query names.

A description names its product early: "Hex bolt M8x40 DIN 931, ...", "Makita DHP482 cordless combi
drill 18V, ...", "Flat washer for M8 bolts ...", "Made for mitre saws, a steel mitre saw stand from ...".
Its **type phrase** is the first run of words that can name a type (:func:`type_phrase` says which do not:
brands and model codes, what it fits or comes with, a maker, a verb's object, a container, an adjective
before a size), ending at a size, code, marker word ("for", "with") or punctuation; its **head** is the
phrase's last word (the noun English puts last: a *hex bolt* is a bolt,
a *bolt cutter* a cutter). A head that is a collective noun ("socket set", "drill bit set") also
counts the word before it: a set of drill bits is what someone asking for drill bits may want.

A query **names** the types whose head it contains in its main clause (:func:`analysis.main_clause`),
scored by how many of the type's words it has (the head counts twice); the best-scoring types are named
when no type without the head scores as well ("cut off disc" names neither "sanding disc" nor
"cut-off wheel": the words pull both ways). Nothing here is a hand-made list of this catalog's types.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lemminflect import getAllLemmas

from . import analysis
from .identifiers import Identifier

# Collective nouns: the product is a set of what the word before names.
# Not "bag", "box", "case" or "pack": "vacuum bags", "tool box", "carry case", "battery pack" are themselves.
COLLECTIVE = frozenset({"set", "kit", "pair", "assortment"})
_MAX_WORDS = 5  # a type phrase is short; a longer run of words is a sentence, not a name
_LEADING = 3  # a brand and model code come first if anywhere: "DeWalt DE766 heat gun", "Festool TS 55 ..."
# Words that end a type phrase: what it is for or comes with, and who made it ("plunge saw from Festool").
_ORIGIN = frozenset({"from", "by"})
_ENDS = analysis.ACCESSORY_MARKERS | _ORIGIN
_CLAUSE = frozenset(",;:()[].")
# Words after which a noun phrase starts: a run before one is a verb taking an object ("Keep your drills ...").
_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "your", "its", "their", "our"})
# A container of the product: "a pack of sanding belts" is sanding belts.
_CONTAINERS = frozenset({"pack", "packs", "set", "box", "pair", "bag", "kit", "roll", "tub", "tin", "reel"})
_MAX_TOKENS = 48  # a type is named in the first sentence or so; the rest describes it
# A query's words read for types: a buyer names a type in a few; the rest of a long query is for the words
# and the model (and each word costs lookups in the catalog's types).
MAX_QUERY_WORDS = 32
SPELL_MIN = 5  # words shorter than this are not corrected (one letter apart: "bolt" / "boat")
# Nor longer ones: a word's variants cost its length squared (a 20,000-letter "word" in a description made
# 20,000 variants of 20,000 characters), and no product type is spelled with more letters than this.
SPELL_MAX = 24
REPEATS = 2  # a head is a product type where its products are at least twice its distinct phrases
PRODUCTS = 0.5  # a catalog of products: at least this share of its products have types that repeat
_ACRONYM = re.compile(r"[A-Z]{2,}(?:[-/.].*)?|[A-Z](?:[-/.].+)")  # SDS-plus, HSS, PVC-U, T-shank


@dataclass(frozen=True)
class TypePhrase:
    text: str  # as the catalog writes it, lower case: "cut-off wheel"
    words: tuple[str, ...]  # stems; hyphenated words also joined: cut-off -> cut, off, cutoff
    heads: tuple[str, ...]


def _forms(word: str) -> list[str]:
    """A word's parts and, for hyphenated words, the parts joined: "cut-off" -> cut, off, cutoff."""
    parts = [p for p in re.split(r"[-/.']", word.lower()) if p]
    return [*parts, "".join(parts)] if len(parts) > 1 else parts


@functools.lru_cache(maxsize=65536)  # a catalog's titles repeat their words: one lexicon lookup each
def _lemmas(word: str) -> frozenset[str]:
    """The parts of speech a word can be, by the English lexicon lemminflect ships (none: a trade word or
    a name unknown to it, "combi", "Festool")."""
    return frozenset(getAllLemmas(word.lower()))


@functools.lru_cache(maxsize=65536)
def _noun(word: str) -> bool:
    """Whether a word can head a type: a noun, a gerund ("studding", "tubing"), or unknown; not "robust",
    "cordless", "made", nor a verb's third person that the lexicon also lists as an uncountable noun
    ("comes" in "sanding belts comes from ...")."""
    lower = word.lower()
    lemmas = getAllLemmas(lower)
    if not lemmas or lower.endswith("ing"):
        return True
    noun, verb = lemmas.get("NOUN", ()), lemmas.get("VERB", ())
    third_person = lower.endswith("s") and lower in noun and any(v != lower for v in verb)
    return bool(noun) and not third_person


def _name(word: str) -> bool:
    """A word that can only be a name here: capitalized, and no English word ("Festool", "Makita")."""
    return word[:1].isupper() and not _lemmas(word)


def _phrase(taken: list[str], shouting: bool) -> list[str]:
    """A run of words as a type phrase: without a trailing "and" or words no noun ("sanding belts sold"),
    without leading names ("Norden rotary hammer"); empty if its last word cannot head a type."""
    words = list(taken)
    while words and (words[-1] == "and" or not _noun(words[-1])):
        words.pop()
    while words and words[0] == "and":
        words.pop(0)
    while len(words) > 1 and not shouting and _name(words[0]):
        words.pop(0)
        while words and words[0] == "and":  # "Bosch and Makita saw"
            words.pop(0)
    if not words or (not shouting and all(_name(w) for w in words)):
        return []  # names alone ("Stanley FatMax, ..."; an unknown word opening a title: "Ferroportin ...")
    return words


def type_phrase(
    text: str, found: Sequence[Identifier], tokens: Sequence[re.Match[str]] | None = None
) -> TypePhrase | None:
    """The type phrase of a product description (``found``: its identifiers; ``tokens``: its
    :func:`analysis.tokens`, if already split), or None.

    The first run of words that can name a type, in a title or in prose: outside what the product fits or
    comes with ("Made for mitre saws, a steel mitre saw stand"), not a brand after "from" or "by", not a
    verb taking an object ("Keep your ..."), not a container ("a pack of sanding belts"). Words before a
    model code are a brand and series when capitalized ("Festool TS 55 ... plunge saw", "Kärcher WD 3 wet
    and dry vacuum"); before a size only when no English word ("Milwaukee M18 ...", not "Hammer 20 oz").
    An adjective before a size is no type: "A robust 68 mm hole saw" is a hole saw. A text in capitals
    throughout (ERP short texts: "HEX BOLT DIN933 M8X40") is read as words, not acronyms.
    """
    toks = (analysis.tokens(text) if tokens is None else list(tokens))[:_MAX_TOKENS]
    spans = analysis.Spans((i.start, i.end) for i in found)
    aside = analysis.Spans(analysis.accessory_spans(text, toks))  # what it fits or comes with
    shouting = not any(c.isalpha() and c.islower() for c in text)
    taken: list[str] = []
    origin = False  # the run follows "from" or "by": a maker's name

    def leading_names(code: bool) -> bool:  # taken is a brand (and series) before a code: start again
        # Capitalized words with a name among them before a code ("Bosch Professional GWS 7-125", not "Hex
        # Bolt DIN 933"); names only before a size ("Milwaukee M18", not "Hammer 20 oz").
        named = not shouting and all(w[:1].isupper() for w in taken)
        return named and (any if code else all)(_name(w) for w in taken)

    def done() -> list[str]:  # the run so far as a type phrase, if it is one; else start again
        nonlocal taken, origin
        words = [] if origin else _phrase(taken, shouting)
        taken, origin = [], False
        return words

    for n, tok in enumerate(toks):
        raw = tok.group()
        lower = raw.lower()
        if tok.start() in aside:
            if taken and (words := done()):
                return _typed(words)
            continue
        in_identifier = tok.start() in spans or any(c.isdigit() for c in raw)
        acronym = not shouting and _ACRONYM.fullmatch(raw) is not None
        if in_identifier or acronym:
            if not taken:
                continue  # a leading size, code or acronym: "M20 hex nut", "90° elbow", "SKF", "HSS"
            size = any(i.kind == "dimension" and i.start <= tok.start() < i.end for i in found)
            # Before a size, a name only where words follow it ("Milwaukee M18 FUEL impact driver"), not a trade
            # word alone ("Holesaw 68 mm", "Multitool 300 W").
            # Before a code, capitalized names anywhere ("this Voltek XR-BS621 is a belt sander").
            near = n < _LEADING + len(taken)
            if leading_names(code=not size) and (not size or (near and _words_after(toks, n, spans))):
                taken = []
                continue
            if size and n == 1 and _name(taken[0]):
                return _typed(taken)  # a trade word the lexicon lacks, then its size: "Holesaw 68 mm"
            if not _noun(taken[-1]) or (size and len(taken) == 1 and "ADJ" in _lemmas(taken[0])):
                taken = []  # "robust" before "68 mm hole saw", "Durable" before "25ft tape measure"
                continue
            if words := done():
                return _typed(words)
            continue
        if raw in _CLAUSE or lower in _ENDS or len(taken) >= _MAX_WORDS:
            if words := done():
                return _typed(words)
            origin = lower in _ORIGIN
            continue
        if taken and (lower in _DETERMINERS or (lower == "of" and taken[-1].lower() in _CONTAINERS)):
            taken = []  # "Keep your ...", "a pack of ...": a verb's object or a container's content follows
            continue
        if lower in analysis.STOPWORDS or lower in _DETERMINERS:
            if lower == "and" and taken:
                taken.append(lower)  # "wet and dry vacuum"; dropped again if the phrase ends here
            elif taken and (words := done()):
                return _typed(words)
            continue
        if taken and lower in (w.lower() for w in taken):
            if words := done():  # a word again: what it is ends ("JIGSAW BLADES BIM JIGSAW")
                return _typed(words)
            continue
        taken.append(raw)
    words = done() if taken else []
    return _typed(words) if words else None


def _words_after(toks: Sequence[re.Match[str]], n: int, spans: analysis.Spans) -> bool:
    """Whether plain words follow token ``n`` in its clause (not sizes, codes or stop words)."""
    for tok in toks[n + 1 :]:
        raw = tok.group()
        if raw in _CLAUSE:
            return False
        plain = raw.isalpha() and tok.start() not in spans and raw.lower() not in analysis.STOPWORDS
        if plain and not _ACRONYM.fullmatch(raw):
            return True
    return False


def _typed(taken: list[str]) -> TypePhrase:
    stems = [analysis.stem(_forms(w)) for w in taken if w != "and"]
    words = tuple(dict.fromkeys(s for group in stems for s in group))
    heads = [stems[-1][-1]]
    if heads[0] in COLLECTIVE and len(stems) > 1:
        heads.append(stems[-2][-1])
    return TypePhrase(" ".join(taken).lower(), words, tuple(heads))


def fitted_words(text: str, tokens: Sequence[re.Match[str]]) -> list[str]:
    """Stems of the words naming what a product fits ("Guide rail 1400 mm for plunge saws": plung, saw;
    "Washer for M6 bolts": bolt): an accessory's tools, which are product types of the catalog. Read where
    the type is read (the first sentence or so): later, "for" says what a text is about, not what a product
    fits (every noun of a corpus of abstracts follows a "for" somewhere)."""
    tokens = tokens[:_MAX_TOKENS]
    spans = analysis.Spans(analysis.accessory_spans(text, list(tokens), analysis.FIT_MARKERS))
    plain = [t.group().lower() for t in tokens if t.start() in spans and not any(c.isdigit() for c in t.group())]
    forms = [f for w in plain if w not in analysis.STOPWORDS and w not in analysis.FIT_MARKERS for f in _forms(w)]
    return list(dict.fromkeys(analysis.stem(forms)))


def query_words(
    query: str,
    found: Sequence[Identifier],
    spell: Callable[[str], str] | None = None,
    abbreviated: Callable[[str], Sequence[str]] | None = None,
) -> tuple[str, ...]:
    """Stems of a query's main-clause words outside identifiers, in order, with adjacent words also joined
    ("cut off" -> cutoff, "multi tool" -> multitool) to meet hyphenated catalog words. ``spell``
    maps a word to the catalog's spelling of it ("vlave" -> "valve"); ``abbreviated`` gives the catalog's
    abbreviations of it, read beside it ("valve" -> "vlv")."""
    main = analysis.main_clause(query)
    spans = analysis.Spans((i.start, i.end) for i in found)
    plain = [
        t.group().lower()
        for t in analysis.tokens(main)
        if t.start() not in spans and not any(c.isdigit() for c in t.group())
    ]
    plain = [w for w in plain if w not in analysis.STOPWORDS and w not in _CLAUSE][:MAX_QUERY_WORDS]
    if spell is not None:
        plain = [spell(w) for w in plain]
    forms: list[str] = []
    for n, word in enumerate(plain):  # each word's readings at its place, its own last (ties go to it)
        if n:
            forms.append("".join(_forms(plain[n - 1])[-1:] + _forms(word)[-1:]))
        if abbreviated is not None:
            forms += abbreviated(word)
        forms += _forms(word)
    return tuple(dict.fromkeys(analysis.stem(forms)))


_VOWELS = frozenset("aeiouy")
ABBREVIATION_MAX = 5  # letters of a catalog's abbreviation: VLV, WSHR, DRL, CIRC, ELEC


def abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` is how ERP short texts abbreviate ``word``: its first letter, then some of its
    letters in order, either its consonants only (VLV valve, WSHR washer, HMR hammer, DRL drill) or its
    first three letters or more (CIRC circular, ELEC electrical, PRESS pressure)."""
    if not 3 <= len(short) < len(word) or short[0] != word[0]:
        return False
    if word.startswith(short):
        return True
    if any(c in _VOWELS for c in short[1:]):
        return False
    letters = iter(word)
    return all(c in letters for c in short)  # a subsequence


def _deletes(word: str) -> set[str]:
    """The word with one letter left out, each way (symmetric-delete spelling correction)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass
class TypeTable:
    """The catalog's distinct type phrases, with an inverted index from each word to its types."""

    phrases: list[TypePhrase] = field(default_factory=list)
    _ids: dict[TypePhrase, int] = field(default_factory=dict)
    _by_word: dict[str, list[int]] = field(default_factory=dict)
    _by_head: dict[str, list[int]] = field(default_factory=dict)
    _spellings: dict[str, set[str]] = field(default_factory=dict)  # one letter left out -> type words
    _short: dict[str, set[str]] = field(default_factory=dict)  # first letter -> type words that may abbreviate

    def __post_init__(self) -> None:
        for n, phrase in enumerate(self.phrases):
            self._index(n, phrase)

    def _index(self, n: int, phrase: TypePhrase) -> None:
        self._ids[phrase] = n
        for w in phrase.words:
            self._by_word.setdefault(w, []).append(n)
        for h in phrase.heads:
            self._by_head.setdefault(h, []).append(n)
        for word in re.split(r"[\s/.']+", phrase.text):
            for part in word.split("-"):
                if 3 <= len(part) <= ABBREVIATION_MAX and part.isalpha() and not _lemmas(part):
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
        return near.pop() if len(near) == 1 else word

    def abbreviations(self, word: str) -> list[str]:
        """The catalog's type words that abbreviate ``word`` (:func:`abbreviates`): "valve" -> ["vlv"]."""
        if len(word) <= 3 or not word.isalpha():
            return []
        return sorted(short for short in self._short.get(word[0], ()) if abbreviates(short, word))

    def id_of(self, phrase: TypePhrase | None) -> int:
        """The phrase's type id (added if new); -1 for no phrase."""
        if phrase is None:
            return -1
        n = self._ids.get(phrase)
        if n is None:
            n = len(self.phrases)
            self.phrases.append(phrase)
            self._index(n, phrase)
        return n

    def copy(self) -> TypeTable:
        return TypeTable(list(self.phrases))

    def usable(self, counts: Sequence[int], fitted: Callable[[str], bool] = lambda _: False) -> list[bool]:
        """Which types a query may name, given how many products each type has and ``fitted(head)``:
        whether some product is made for the head ("... for plunge saws").

        A catalog's types repeat: many products are hex bolts, few phrases have the head "bolt". Where
        the phrases with a head are nearly as many as their products (titles of articles, one-off
        descriptions), the "type" is only a first phrase, and naming it would lift noise. In a catalog of
        products (most products' types repeat: 80-99 % of the training catalogs', 22 % of SciFact's
        abstracts) a type listed once is one too when the catalog's own accessories name it as what they
        fit: one plunge saw beside its guide rails. In a corpus of articles every noun follows a "for"
        somewhere, so there it proves nothing (SciFact train nDCG@10 0.7250 -> 0.7206 when it did).
        """
        products: dict[str, int] = {}
        phrases: dict[str, int] = {}
        for phrase, count in zip(self.phrases, counts, strict=True):
            for head in phrase.heads:
                products[head] = products.get(head, 0) + count
                phrases[head] = phrases.get(head, 0) + (count > 0)
        repeats = [any(products[h] >= REPEATS * phrases[h] for h in p.heads) for p in self.phrases]
        typed = sum(counts)
        of_products = typed > 0 and sum(c for c, r in zip(counts, repeats, strict=True) if r) >= PRODUCTS * typed
        if not of_products:
            return repeats
        return [r or any(fitted(h) for h in p.heads) for r, p in zip(repeats, self.phrases, strict=True)]

    def named(
        self,
        words: Sequence[str],
        usable: Sequence[bool] | None = None,
        fits: Callable[[int, frozenset[str]], int] | None = None,
    ) -> list[int]:
        """Type ids a query with these main-clause ``words`` (in order) names (see the module docstring);
        ``usable``: which types may be named (:meth:`usable`); all where None; ``fits(n, words)``: how many
        of ``words`` products of type ``n`` are made for ("battery ... for cordless drills": cordless,
        drill), which count as the type's own: "cordless drill battery" asks for the battery. Of types
        that score alike with different heads, the query's last one is named: English puts the head last
        ("plunge saw guide rail" asks for a guide rail, "guide rail plunge saw" for a saw)."""
        q = frozenset(words)
        headed = {n for w in q for n in self._by_head.get(w, ()) if usable is None or usable[n]}
        if not headed:
            return []
        overlap: dict[int, int] = {}
        for w in q:
            for n in self._by_word.get(w, ()):
                overlap[n] = overlap.get(n, 0) + 1
        if fits is not None:
            for n in headed:
                overlap[n] += fits(n, q - frozenset(self.phrases[n].words))
        heads = {n for w in q for n in self._by_head.get(w, ())}
        best = max(2 + overlap[n] for n in headed)
        rival = max((o for n, o in overlap.items() if n not in heads), default=0)
        if best <= rival:
            return []
        tied = [n for n in headed if 2 + overlap[n] == best]
        place = {w: i for i, w in enumerate(words)}  # each stem's (last) position

        def last(n: int) -> int:
            return max(place.get(h, -1) for h in self.phrases[n].heads)

        latest = max(last(n) for n in tied)
        return sorted(n for n in tied if last(n) == latest)

    def extensions(self, named: Sequence[int]) -> list[int]:
        """Types that are not named but hold every word of a named one: the accessories that repeat
        the type's name ("circular saw blade" for "circular saw", "jigsaw blades" for "jigsaw")."""
        out: set[int] = set()
        for n in named:
            lists = [set(self._by_word.get(w, ())) for w in self.phrases[n].words]
            out |= set.intersection(*lists) if lists else set()
        return sorted(out - set(named))

    def to_json(self) -> list[dict[str, object]]:
        return [{"text": p.text, "words": list(p.words), "heads": list(p.heads)} for p in self.phrases]

    @classmethod
    def from_json(cls, data: list[dict[str, Any]]) -> TypeTable:
        return cls([TypePhrase(str(p["text"]), tuple(p["words"]), tuple(p["heads"])) for p in data])
