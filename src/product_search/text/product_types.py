"""Product types, learned from the catalog's own descriptions, and the types a query names.

A description names its product first: "Hex bolt M8x40 DIN 931, ...", "Makita DHP482 cordless combi
drill 18V, ...", "Flat washer for M8 bolts ...". Its **type phrase** is that leading run of words,
after a brand and model code, before the first size, code, acronym, marker word ("for", "with") or
punctuation; its **head** is the phrase's last word (the noun English puts last: a *hex bolt* is a bolt,
a *bolt cutter* a cutter). A head that is a collective noun ("socket set", "drill bit set") also
counts the word before it: a set of drill bits is what someone asking for drill bits may want.

A query **names** the types whose head it contains in its main clause (:func:`analysis.main_clause`),
scored by how many of the type's words it has (the head counts twice); the best-scoring types are named
when no type without the head scores as well ("cut off disc" names neither "sanding disc" nor
"cut-off wheel": the words pull both ways). Nothing here is a hand-made list of this catalog's types.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import analysis
from .identifiers import Identifier

# Collective nouns: the product is a set of what the word before names.
COLLECTIVE = frozenset({"set", "kit", "pack", "box", "pair", "assortment", "bag", "case"})
_MAX_WORDS = 5  # a type phrase is short; a longer run of words is a sentence, not a name
_LEADING = 3  # a brand and model code come first if anywhere ("DeWalt DE766 heat gun")
SPELL_MIN = 5  # words shorter than this are not corrected (one letter apart: "bolt" / "boat")
# Nor longer ones: a word's variants cost its length squared (a 20,000-letter "word" in a description made
# 20,000 variants of 20,000 characters), and no product type is spelled with more letters than this.
SPELL_MAX = 24
REPEATS = 2  # a head is a product type where its products are at least twice its distinct phrases
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


def type_phrase(
    text: str, found: Sequence[Identifier], tokens: Sequence[re.Match[str]] | None = None
) -> TypePhrase | None:
    """The type phrase of a product description (``found``: its identifiers; ``tokens``: its
    :func:`analysis.tokens`, if already split), or None."""
    spans = analysis.Spans((i.start, i.end) for i in found)
    taken: list[str] = []
    for n, tok in enumerate(analysis.tokens(text) if tokens is None else tokens):
        raw = tok.group()
        lower = raw.lower()
        in_identifier = tok.start() in spans or any(c.isdigit() for c in raw)
        if in_identifier:
            if n < _LEADING and any(i.strong and i.start <= tok.start() < i.end for i in found):
                taken = []  # a brand before the model code is not part of the type
                continue
            if not taken:
                continue  # a leading size: "M20 hex nut", "90° elbow"
            break
        if raw in ",;()[]." or lower in analysis.ACCESSORY_MARKERS or len(taken) >= _MAX_WORDS:
            break
        if lower in analysis.STOPWORDS:
            if taken:
                break
            continue
        if _ACRONYM.fullmatch(raw):
            if taken:
                break
            continue  # a leading acronym (SKF, HSS) is a brand or a grade, not the type
        taken.append(raw)
    if not taken:
        return None
    stems = [analysis.stem(_forms(w)) for w in taken]
    words = tuple(dict.fromkeys(s for group in stems for s in group))
    heads = [stems[-1][-1]]
    if heads[0] in COLLECTIVE and len(stems) > 1:
        heads.append(stems[-2][-1])
    return TypePhrase(" ".join(taken).lower(), words, tuple(heads))


def query_words(query: str, found: Sequence[Identifier], spell: Callable[[str], str] | None = None) -> frozenset[str]:
    """Stems of a query's main-clause words outside identifiers, with adjacent words also joined
    ("cut off" -> cutoff, "multi tool" -> multitool) to meet hyphenated catalog words. ``spell``
    maps a word to the catalog's spelling of it ("vlave" -> "valve")."""
    main = analysis.main_clause(query)
    spans = analysis.Spans((i.start, i.end) for i in found)
    plain = [
        t.group().lower()
        for t in analysis.tokens(main)
        if t.start() not in spans and not any(c.isdigit() for c in t.group())
    ]
    plain = [w for w in plain if w not in analysis.STOPWORDS and w not in ",;()[]."]
    if spell is not None:
        plain = [spell(w) for w in plain]
    forms = [f for w in plain for f in _forms(w)]
    forms += ["".join(_forms(a)[-1:] + _forms(b)[-1:]) for a, b in itertools.pairwise(plain)]
    return frozenset(analysis.stem(forms))


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

    def usable(self, counts: Sequence[int]) -> list[bool]:
        """Which types a query may name, given how many products each type has.

        A catalog's types repeat: many products are hex bolts, few phrases have the head "bolt". Where
        the phrases with a head are nearly as many as their products (titles of articles, one-off
        descriptions), the "type" is only a first phrase, and naming it would lift noise.
        """
        products: dict[str, int] = {}
        phrases: dict[str, int] = {}
        for phrase, count in zip(self.phrases, counts, strict=True):
            for head in phrase.heads:
                products[head] = products.get(head, 0) + count
                phrases[head] = phrases.get(head, 0) + (count > 0)
        return [any(products[h] >= REPEATS * phrases[h] for h in p.heads) for p in self.phrases]

    def named(self, words: Iterable[str], usable: Sequence[bool] | None = None) -> list[int]:
        """Type ids a query with these main-clause ``words`` names (see the module docstring);
        ``usable``: which types may be named (:meth:`usable`); all where None."""
        q = frozenset(words)
        headed = {n for w in q for n in self._by_head.get(w, ()) if usable is None or usable[n]}
        if not headed:
            return []
        overlap: dict[int, int] = {}
        for w in q:
            for n in self._by_word.get(w, ()):
                overlap[n] = overlap.get(n, 0) + 1
        heads = {n for w in q for n in self._by_head.get(w, ())}
        best = max(2 + overlap[n] for n in headed)
        rival = max((o for n, o in overlap.items() if n not in heads), default=0)
        if best <= rival:
            return []
        return sorted(n for n in headed if 2 + overlap[n] == best)

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
