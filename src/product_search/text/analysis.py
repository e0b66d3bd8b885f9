"""Text analysis shared by the lexical index, identifiers and product types.

Words are lower-cased ``\\w+`` runs, stemmed with Snowball (English). Two structural facts matter for
ranking and need no grammar beyond a handful of English function words:

* A product description names what the product *is* first and what it is *for* or comes *with* after
  a marker word: "Flat washer for M8 bolts" is a washer; "Battery 18V for DHP482, DHP483" is a battery.
  :func:`accessory_spans` finds those "for ..." / "with ..." parts, so an identifier or a product word
  there counts as a mention, not as the product itself.
* A query names the thing wanted before such a marker: "drill bit for concrete" asks for a drill bit.
  :func:`main_clause` is that part.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

import bm25s
import Stemmer
from lemminflect import Lemmatizer, getAllLemmas

WORD = re.compile(r"\w+")
STOPWORDS = frozenset(bm25s.stopwords.STOPWORDS_EN)
# Words after which a description says what the product fits or serves (an accessory's tool: "guide rail
# for plunge saws"), and those after which it says what it comes with ("drill with 2 batteries").
FIT_MARKERS = frozenset({"for", "fits", "compatible", "suitable", "f/"})
# Verbs that open what a product fits after "to" ("Test leads to suit Fluke multimeters", "Blades to fit DeWalt
# jigsaws"); alone they are no marker ("push fit elbow", "slim fit"), nor after an adjective ("easy to fit").
TO_FIT = frozenset({"fit", "suit"})
WITH_MARKERS = frozenset({"with", "including", "incl", "c/w", "w/"})  # what it comes with ("without": not)
ACCESSORY_MARKERS = FIT_MARKERS | WITH_MARKERS | {"without"}
# Words after which a query says what the wanted thing is for or where it goes.
QUERY_MARKERS = ACCESSORY_MARKERS | {"to", "into", "onto", "on", "in", "from", "that", "which", "while", "when"}
# Tokens of a description: words (with inner - . / '), and the punctuation that ends a clause (a colon too:
# "Fits most M10 bolts: an M10 washer").
# ERP short texts abbreviate the markers: "F/M8 HEX BOLT" (for), "C/W CASE" (complete with), "W/ CASE"; not
# F/F, F/M, M/F: female and male threads.
_TOKEN = re.compile(r"(?i:\b(?:f|w)/(?![fm]\b)(?=[^\W_]|\s)|\bc/w\b)|[^\W_]+(?:[-./'][^\W_]+)*|[,;:()\[\]]|\.(?=\s|$)")
# Where letters meet digits in a word ("fluke|117", "m|18|fid|2"): where a glued code may be split.
LETTERS_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
DELIMITERS = frozenset(",;:()[].")  # the punctuation that ends a clause
POINTERS = frozenset({"this", "these"})  # in prose, what they point at is the product itself
# Verbs whose "for" takes what is sought, not what it fits: "reach for this jobber drill bit", "ask for the
# 18 V kit" (English phrasal verbs, not one catalog's words).
_SEEK = frozenset(
    f"{verb}{end}" for verb in ("reach", "look", "ask", "opt", "shop", "search") for end in ("", "s", "ed", "es", "ing")
)
_local = threading.local()  # PyStemmer objects are not thread-safe


def _stemmer(cached: bool = True) -> Any:
    name = "stemmer" if cached else "uncached"
    stemmer = getattr(_local, name, None)
    if stemmer is None:
        stemmer = Stemmer.Stemmer("english") if cached else Stemmer.Stemmer("english", 0)
        setattr(_local, name, stemmer)
    return stemmer


def collapse_space(text: str) -> str:
    """Runs of whitespace as one space, the ends trimmed: what the text functions read, so that a query of
    thousands of spaces costs what its words cost, and "DIN  933" reads as "DIN 933"."""
    return " ".join(text.split())


def stem(words: Iterable[str]) -> list[str]:
    """Snowball stems of lower-case words."""
    return list(_stemmer().stemWords(list(words)))


def stem_once(words: Iterable[str]) -> list[str]:
    """:func:`stem` for words stemmed once and never again (a slip's hundreds of candidate edits): PyStemmer's
    cache of 10,000 words makes a word it has not seen 3.6x slower to stem (1.4 against 0.39 us here), and
    would push the catalog's own words out for them."""
    return list(_stemmer(cached=False).stemWords(list(words)))


def noun_stems(words: Iterable[str]) -> list[str]:
    """Stems of lower-case words read as names of things (types, what a product fits), a plural noun stemmed as
    its singular: Snowball stems "knives" and "knife", "lenses" and "lens" apart ("Spare blades for utility
    knives" fits a "utility knife"). Not for the BM25 tokens: there it cost SciFact train nDCG@10 0.0007."""
    return list(_stemmer().stemWords([_singular(w) for w in words]))


def plural(word: str) -> bool:
    """Whether a lower-case word is a plural noun the English lexicon knows ("blades", "knives")."""
    return _singular(word) != word


@functools.lru_cache(maxsize=65536)
def _singular(word: str) -> str:
    """The singular of a plural noun the English lexicon knows ("knives": "knife"), else ``word``."""
    if len(word) < 4 or not word.endswith("s"):
        return word
    nouns = lexicon(word).get("NOUN", ())
    return nouns[0] if nouns else word


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` without English stop words (the lexical index's word tokens, unstemmed)."""
    return [w for w in WORD.findall(text.lower()) if w not in STOPWORDS]


def tokens(text: str) -> list[re.Match[str]]:
    """Words (hyphenated and dotted forms kept whole) and clause punctuation, with their positions. A slash
    that separates words ("DRILL/DRIVER", "INOX/F/ ANGLE GRINDER") reads as a space: the tokens are those of
    :func:`separated` text (the same positions; their ``string`` is that text)."""
    return list(_TOKEN.finditer(separated(text)))


def separated(text: str) -> str:
    """``text`` with each slash that separates words (:func:`_separates`) a space: the same length, so the same
    positions (what :func:`tokens` and the identifiers read)."""
    return _SLASH.sub(lambda m: " " if _separates(m.string, m.start()) else "/", text) if "/" in text else text


_SLASH = re.compile(r"(?<=[^\W_])/(?=[^\W_])")
_RUN_BEFORE = re.compile(r"[^\W_]*$")
_RUN_AFTER = re.compile(r"[^\W_]*")
_RUN_MAX = 64  # characters of the words a slash stands between that are read: a longer run is long


def _separates(text: str, at: int) -> bool:
    """Whether the slash at ``at`` separates the words it stands between, as a space or comma would: ERP short
    texts and attribute lists write fields so ("ZENTRA/ZT12-RT93/ROUTER", "DRILL/DRIVER", "DSC/180", "10/BX"),
    prose writes alternatives so ("wet/dry", "and/or"): a word of two letters or more on one side. Not between
    two runs with digits, which may be one code ("D125/8", "H7/g6") or a fraction ("1/2", "3/8in"); nor letters
    standing for words ("F/F", "C/W", "B/O", "P/T"), the abbreviated markers ("F/GREASE GUN": for; "W/CASE":
    with; read by :data:`_TOKEN`), nor a unit ratio ("km/h", "l/min", "c/stl": one letter against three at
    most)."""
    before = _RUN_BEFORE.search(text, max(0, at - _RUN_MAX), at)
    after = _RUN_AFTER.match(text, at + 1, at + 1 + _RUN_MAX)
    a, b = (before.group() if before else ""), (after.group() if after else "")
    if not any(len(run) >= 2 and run.isalpha() for run in (a, b)):
        return False
    if len(a) == 1 and a.lower() in ("f", "w"):
        return False
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    return not (len(short) == 1 and short.isalpha() and other.isalpha() and len(other) <= 3)


def accessory_spans(
    text: str, found: list[re.Match[str]] | None = None, markers: frozenset[str] = ACCESSORY_MARKERS
) -> list[tuple[int, int]]:
    """Character spans of ``text`` that say what the product fits or comes with (``markers``: the words
    that open one; :data:`FIT_MARKERS` for what it fits only).

    A span runs from a marker word ("for", "with", ...) to the end of its clause (a comma, semicolon,
    parenthesis or full stop); a clause that goes on with a code ("for DHP482, DHP483 and DHP484")
    stays in the span, since a list of compatible models is separated by commas. A marker before "this" or
    "these" and a size opens none: "bend pipe with this 2000 W heat gun" is the product itself (what a
    product fits stays what it fits: "battery for this drill", "works with these batteries"). ``found``:
    the text's :func:`tokens`, if already split.
    """
    spans: list[tuple[int, int]] = []
    found = tokens(text) if found is None else found
    words = [tok.group() for tok in found]
    lower = [word.lower() for word in words]
    fits = bool(markers & FIT_MARKERS)
    start: int | None = None
    opened: frozenset[str] = frozenset()  # the kind of marker that opened the span (fits, or comes with)
    named = False  # a size, code or field's end came before: the product's name has ended
    for n, tok in enumerate(found):
        word, low = words[n], lower[n]
        # "suits" after the name says what it fits ("CRIMP SUITS ANGLE GRINDER", "cartridge suits any gun"); in
        # the name it is the product ("BOILER SUITS NAVY XL", "Disposable coverall suits, type 5/6").
        suits = named and fits and low == "suits"
        named = named or word in DELIMITERS or any(c.isdigit() for c in word)
        # "... with this 2000 W heat gun", "work for this 100 mm brick chisel": a pointer and the product's own
        # size name the product itself; "battery for this drill", "works with these batteries" do not.
        marker = low in ACCESSORY_MARKERS or low in TO_FIT or low == "suits"  # only a marker's next words matter
        pointed = lower[n + 1 : n + 3] if marker else []
        itself = len(pointed) == 2 and pointed[0] in POINTERS and any(c.isdigit() for c in pointed[1])
        if start is not None and low in ACCESSORY_MARKERS and (low not in opened or itself):
            # The other relation ends it: "for brazing with separate solder wire", "battery for DHP482 with LED
            # gauge" (the wire and the gauge are no tools it fits); it opens its own span where asked for. So does
            # the product itself: "collecting dust without clogging with this 20 l dust bag".
            spans.append((start, tok.start()))
            start = None
        if start is None:
            to_fit = fits and (suits or (low in TO_FIT and _opens_to_fit(found, n)))
            sought = low == "for" and n > 0 and lower[n - 1] in _SEEK
            if (low in markers or to_fit) and not (itself or sought):
                start = tok.start()
                opened = FIT_MARKERS if low in FIT_MARKERS or to_fit else ACCESSORY_MARKERS - FIT_MARKERS
            continue
        if word in DELIMITERS:
            following = words[n + 1] if n + 1 < len(words) else ""
            if word == "," and any(c.isdigit() for c in following) and any(c.isalpha() for c in following):
                continue  # "for DHP482, DHP483": the list of models goes on
            spans.append((start, tok.start()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _opens_to_fit(found: list[re.Match[str]], n: int) -> bool:
    """Whether token ``n`` is the verb of "X to fit Y" / "to suit Y", not of "easy to fit" (a property)."""
    if n < 1 or found[n].group().lower() not in TO_FIT or found[n - 1].group().lower() != "to":
        return False
    return n == 1 or not {"ADJ", "ADV"} & lemmas(found[n - 2].group())  # "To fit Bosch drills: ..." opens one


class Spans:
    """Character spans (possibly overlapping), asked for each token or identifier whether they hold its
    position: a binary search, not a scan (a 20,000-character text has thousands of both)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))  # furthest end so far

    def __contains__(self, position: int) -> bool:
        n = bisect.bisect_right(self._starts, position) - 1
        return n >= 0 and position < self._reach[n]


def main_clause(query: str) -> str:
    """The part of a query before its first marker word: what is asked for, not what it is for."""
    for tok in tokens(query):
        if tok.group().lower() in QUERY_MARKERS:
            return query[: tok.start()]
    return query


def fitted_clause(query: str) -> str:
    """What a query says the asked-for thing fits, where its main clause ends with "for", "fits", ...:
    "tacwise staple gun" of "staples for tacwise staple gun"; "" where it says none."""
    for tok in tokens(query):
        if tok.group().lower() in QUERY_MARKERS:
            return query[tok.end() :] if tok.group().lower() in FIT_MARKERS else ""
    return ""


# Nouns of the trade that lemminflect's lexicon lists only as verbs (its "bar" is to bar, its "lug" to lug): read
# as nouns too, or "threaded bar", "cable lugs" and "acrylic caulk" have no head. Found by checking a list of the
# trade's nouns against the lexicon, not in one catalog's titles.
TRADE_NOUNS = frozenset({"bar", "caulk", "crimp", "lug", "stud", "swivel", "tin"})


@functools.lru_cache(maxsize=65536)  # a catalog's titles repeat their words: one lexicon lookup each
def lexicon(word: str) -> Mapping[str, tuple[str, ...]]:
    """A lower-case word's lemmas by part of speech ("NOUN", "VERB", ...): the English lexicon lemminflect ships,
    with :data:`TRADE_NOUNS` (none: a trade word or a name unknown to it, "combi", "festool")."""
    found: dict[str, tuple[str, ...]] = getAllLemmas(word)
    singular = word[:-1] if word.endswith("s") else word
    if "NOUN" not in found and singular in TRADE_NOUNS:
        return {**found, "NOUN": (singular,)}
    return found


@functools.cache
def _noun_forms() -> tuple[str, ...]:
    """Every lower-case form lemminflect's lexicon holds as a noun, sorted (34,800; loaded once, on first use)."""
    table = Lemmatizer()._getLemmaDict()  # the singleton's own table: lemminflect lists its words nowhere else
    return tuple(sorted(w for w, kinds in table.items() if "NOUN" in kinds and w.islower()))


def begins_noun(prefix: str) -> bool:
    """Whether a lower-case ``prefix`` begins a longer noun of the lexicon, as an ERP abbreviation begins the word
    it shortens ("conn": connector, "insul": insulation, "vac": vacuum); a maker's name seldom does ("ferro")."""
    nouns = _noun_forms()
    at = bisect.bisect_right(nouns, prefix)
    return at < len(nouns) and nouns[at].startswith(prefix)


@functools.lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The parts of speech a word can be (:func:`lexicon`)."""
    return frozenset(lexicon(word.lower()))
