"""The types a query names among a catalog's (:class:`.product_types.TypeTable`).

A query **names** the types whose head it contains in its main clause (:func:`analysis.main_clause`, read by
:func:`query_words`), scored by how many of the type's words it has (the head counts twice); the best-scoring
types are named when no type without the head scores as well ("cut off disc" names neither "sanding disc" nor
"cut-off wheel": the words pull both ways), and no type whose head the query follows with another product
noun ("circular saw blade" names blades, not circular saws); a query that shortens a longer type's name may
name it ("cordless drill" for "cordless drill driver"). Nothing here is a hand-made list of any catalog's types.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from . import analysis, model_codes
from .identifiers import Identifier
from .product_types import TypeTable, abbreviates
from .type_words import MATERIAL_STEMS, TypePhrase, forms, material, phrase_stems

# A query's words read for types: a buyer names a type in a few; the rest of a long query is for the words
# and the model (and each word costs lookups in the catalog's types).
MAX_QUERY_WORDS = 32
NUMBER = "#"  # marks a number's place among a query's words (no word starts with it)
# Marks a word a bare count counts ("20 blades"); it starts with NUMBER on purpose: what skips marks skips it,
# and only :func:`named` reads it.
COUNTED = NUMBER + "="
_COUNT = re.compile(r"\d+")  # a whole number, no unit: a fraction is a size ("copper pipe 1/2 elbow")
# The last words of a query's type phrase read as a shortened type name (:func:`_shortened`): a buyer
# drops a word of a short name; each more word is another pass over the types its words head.
MAX_SHORTENED = 4
_AHEAD = 4  # a word's abbreviations are read right before its forms (:func:`query_words`)


def query_words(
    query: str,
    found: Sequence[Identifier],
    spell: Callable[[str], str] | None = None,
    abbreviated: Callable[[str], Sequence[str]] | None = None,
) -> tuple[str, ...]:
    """Stems of a query's main-clause words outside identifiers, in order, with adjacent words also joined
    ("cut off" -> cutoff, "multi tool" -> multitool) to meet hyphenated catalog words. ``spell``
    maps a word to the catalog's spelling of it ("vlave" -> "valve"); ``abbreviated`` gives the catalog's
    abbreviations of it, read beside it ("valve" -> "vlv"). A number or identifier keeps its place as a
    :data:`NUMBER` mark ("#3"), and no words are joined across it: "knife 20 blades" are no knife blades. The
    stems of a plural right after a bare whole number, with words before it, are marked :data:`COUNTED`."""
    main = analysis.main_clause(query)
    spans = analysis.Spans((i.start, i.end) for i in found)
    toks = analysis.tokens(main)
    plain: list[str | None] = [
        None if t.start() in spans or any(c.isdigit() for c in t.group()) else t.group().lower() for t in toks
    ]
    words_before = [w is not None and w not in analysis.STOPWORDS and w not in analysis.DELIMITERS for w in plain]
    counts = {
        n
        for n in range(2, len(toks))
        if words_before[n] and _COUNT.fullmatch(toks[n - 1].group()) and toks[n - 1].start() not in spans
        if any(words_before[: n - 1]) and analysis.plural(toks[n].group().lower())
    }
    plain = [COUNTED + w if n in counts and w is not None else w for n, w in enumerate(plain)]
    plain = [w for w in plain if w not in analysis.STOPWORDS and w not in analysis.DELIMITERS]
    plain = [w for n, w in enumerate(plain) if w is not None or (n and plain[n - 1] is not None)]  # a run: one mark
    counted = [n for n, w in enumerate(plain) if w is not None][:MAX_QUERY_WORDS]
    plain = plain[: counted[-1] + 1] if counted else []  # the first words, and a mark between any two
    is_counted = [w is not None and w.startswith(COUNTED) for w in plain]
    plain = [w[len(COUNTED) :] if w is not None and c else w for w, c in zip(plain, is_counted, strict=True)]
    if spell is not None:
        plain = [w if w is None else spell(w) for w in plain]
    read: list[str] = []
    marked: list[bool] = []
    for n, word in enumerate(plain):  # each word's readings at its place, its own last (ties go to it)
        if word is None:
            read.append(f"{NUMBER}{n}")
            marked.append(False)
            continue
        if n and (before := plain[n - 1]) is not None:
            read.append("".join(forms(before)[-1:] + forms(word)[-1:]))
            marked.append(False)
        own = [*(abbreviated(word) if abbreviated is not None else ()), *forms(word)]
        read += own
        marked += [is_counted[n]] * len(own)
    stems = [COUNTED + w if m else w for w, m in zip(analysis.noun_stems(read), marked, strict=True)]
    # Each stem once, at its last place: a word said again is where the query's head is ("plunge saw saw blade").
    return tuple(reversed(dict.fromkeys(reversed(stems))))


def named(
    table: TypeTable,
    words: Sequence[str],
    usable: Sequence[bool] | None = None,
    fits: Callable[[int, frozenset[str]], int] | None = None,
    *,
    in_full: Sequence[bool] | None = None,
    fitting_code: frozenset[int] = frozenset(),
    query_head: frozenset[str] = frozenset(),
    query_phrase: tuple[str, ...] = (),
    made_for: Callable[[str], frozenset[int]] | None = None,
) -> list[int]:
    """Type ids a query with these main-clause ``words`` (in order) names in ``table`` (see the module docstring);
    ``usable``: which types may be named (:meth:`.TypeTable.usable`); all where None; ``fits(n, words)``: how many
    of ``words`` products of type ``n`` are made for ("battery ... for cordless drills": cordless,
    drill), which count as the type's own: "cordless drill battery" asks for the battery. Of types
    that score alike with different heads, the query's last one is named: English puts the head last
    ("plunge saw guide rail" asks for a guide rail, "guide rail plunge saw" for a saw). ``in_full``:
    types also named where the query has all their words (:meth:`.TypeTable.named_in_full`). ``fitting_code``: types
    with a product made for a code the query names, which it may name however rare ("rt0702c collet": the
    "collet 8 mm for RT0702C", never the router). ``query_head``: the heads of the query's own type phrase,
    which name a one-word type however rare where no other type has that head ("charger for ... battery":
    the one "Charger M12-18C"), never a word before its head ("fluke multimeter" names no "Fluke").
    ``query_phrase``: the words of the query's own type phrase, which also name the longer types they begin
    where ``made_for(word)`` (the types with a product made for that word) says the catalog makes things
    for them (:func:`_shortened`)."""
    uncounted_words = {w for w in words if not w.startswith(NUMBER)}
    counted = frozenset(w[len(COUNTED) :] for w in words if w.startswith(COUNTED)) - uncounted_words
    words = [w[len(COUNTED) :] if w.startswith(COUNTED) else w for w in words]
    q = frozenset(w for w in words if not w.startswith(NUMBER))

    def nameable(n: int) -> bool:
        full = in_full is not None and in_full[n] and said_in_full(table, n, q)
        phrase = table.phrases[n]
        own_head = (
            len(phrase.words) == 1
            and bool(query_head)
            and query_head >= set(phrase.heads)
            and all(len(table.by_head().get(h, ())) == 1 for h in phrase.heads)  # no other type has the head
        )
        return usable is None or usable[n] or full or n in fitting_code or own_head

    place = {w: i for i, w in enumerate(words)}  # each stem's position (its last: :func:`query_words`)
    # A catalog's abbreviation stands at its word's place, read just before it ("elb", "elbow"): a type written
    # "PRESS FIT ELB" is no earlier in "end feed elbow" than one written "comp elbow".
    by_head = table.by_head()
    # Last first: "scr" stands where "scrw" does, which stands where "screw" does. Only heads' places are
    # compared; an abbreviation is no word (:class:`.TypeTable`).
    for i, w in reversed(list(enumerate(words))):
        if w not in by_head or place[w] != i or analysis.lemmas(w):
            continue
        full = next((x for x in words[i + 1 : i + 1 + _AHEAD] if abbreviates(w, x)), None)
        if full is not None:
            place[w] = place[full]

    def last(n: int) -> int:
        return max(place.get(h, -1) for h in table.phrases[n].heads)

    # A type whose head the query follows at once with another type's head it lacks is what the asked-for
    # thing is for: "circular saw blade" asks for a blade ("pipe wrench" and "wrench pipe" for a wrench). Not
    # across a number ("utility knife 20 blades": a count) or other words ("cordless drill bare tool"), nor by
    # what its products are made for ("a circular saw for 190 mm blades" is prose, not a saw blade).
    product_nouns = {w for w in q if w in table.by_head()}
    joined = [(i, w) for i, w in enumerate(words) if w not in product_nouns]

    def next_to(head: str, w: str) -> bool:  # adjacent words are also read joined: "saw blade" -> sawblad
        return any(place[head] < i < place[w] and x[:3] == head[:3] and w[:3] in x[3:] for i, x in joined)

    def followed(n: int) -> bool:
        phrase = table.phrases[n]
        return any(
            place.get(h, -1) < place[w]
            and next_to(h, w)
            and w not in phrase.words
            and not abbreviates(h, w)  # read beside its word: "wshr", "washer"
            and not (h.endswith(w) or h.startswith(w))  # a part of it: "jigsaw" and "saw" in "jig saw"
            for w in product_nouns
            for h in phrase.heads
            if h in place
        )

    def another_kind(n: int) -> bool:
        # The query holds the type's head but none of its other words, and a noun that another type the catalog
        # lists holds with that head: "grease gun" names no "rivet gun" where the catalog writes "grease gun
        # lever". Not by an adjective, material or colour ("cordless drill" may be a combi drill, "nitrile
        # gloves" disposable gloves). A type that is its head alone is the plain form of any ("sander" beside
        # "random orbit sander").
        phrase = table.phrases[n]
        own = [w for w in phrase.words if w not in phrase.heads]
        if not own or any(w in q for w in own):
            return False
        return any(
            m != n
            and (usable is None or usable[m])
            and any(w in q and w not in phrase.words for w in _kinds(table.phrases[m].text))
            for h in phrase.heads
            for m in table.by_word().get(h, ())
        )

    headed = {
        n for w in q for n in table.by_head().get(w, ()) if nameable(n) and not followed(n) and not another_kind(n)
    }
    if made_for is not None and (longer := _shortened(table, query_phrase, q, usable, made_for)):
        return longer  # the whole phrase said, where no type with its head holds it
    # What a count counts is not asked for where the query names another type: "nail gun 500 nails" asks for
    # the nail gun, "utility knife 20 blades" for the knife ("20 blades" alone still asks for blades).
    uncounted = {n for n in headed if not {h for h in table.phrases[n].heads if h in q} <= counted}
    headed = uncounted or headed
    if not headed:
        return []
    overlap: dict[int, int] = {}
    for w in q:
        for n in table.by_word().get(w, ()):
            overlap[n] = overlap.get(n, 0) + 1
    # Two words the catalog writes as one ("hole saw" for HOLESAW, "multi tool" for MULTITOOL) are both said by
    # a type holding the word they make, which no type holding the last word alone ("circ saw") says as well;
    # where the type holds either word apart, that word counts already ("cut-off wheel", "CHAINSAW CHAIN").
    for w in q:
        if (pair := _joins(w, q)) is not None:
            for n in table.by_word().get(w, ()):
                if not set(pair) & set(table.phrases[n].words):
                    overlap[n] += 1
    heads = {n for w in q for n in table.by_head().get(w, ())}
    own = dict(overlap)
    if fits is not None:
        for n in heads:
            overlap[n] += fits(n, q - frozenset(table.phrases[n].words))
    best = max(2 + overlap[n] for n in headed)
    rival = max((o for n, o in overlap.items() if n not in heads), default=0)
    if best <= rival:
        return []
    tied = [n for n in headed if 2 + overlap[n] == best]
    # Of these, the types with more of the query's words in their own name: "combi drill" asks for the
    # "COMBI HAMMER DRL", not the "HSS DRILL ... FOR CDL COMBI" that scores as well by what it fits.
    most = max(own.get(n, 0) for n in tied)
    tied = [n for n in tied if own.get(n, 0) == most]
    latest = max(last(n) for n in tied)
    # A type the catalog lists too rarely to name it, holding as many of the query's words and its head
    # later, or more of them with its head at the same place, is what the query asks for: no other type
    # is named in its place (a "hammer handle" is no "club hammer", "test leads" no "extension lead").
    for n in heads - headed:
        if nameable(n):
            continue  # not rare: left out because the query's head follows it
        score = 2 + overlap[n]
        if score >= best and last(n) >= latest and (score, last(n)) != (best, latest):
            return []
    chosen = {n for n in tied if last(n) == latest}
    # The plain forms of a chosen type are named with it: "random orbit sander" names "sander" (a product the
    # catalog calls only that is one), never a type with words the query lacks.
    plain = {n for n in headed if q.issuperset(table.phrases[n].words) and last(n) == latest}
    return sorted(chosen | plain)


def _joins(word: str, words: frozenset[str]) -> tuple[str, str] | None:
    """The two of ``words`` (stems) that ``word`` is the stem of, joined ("holesaw": hole, saw; "screwdriv":
    screw, driver; "sledgehamm": sledg, hammer: a stem drops the end of a word that the joined word keeps)."""
    for a in words:
        if len(a) < len(word) and word.startswith(a):
            rest = word[len(a) :]
            for b in words:
                if b != word and any(len(r) >= 3 and b.startswith(r) for r in (rest, rest[1:])):
                    return a, b
    return None


def holds_said(table: TypeTable, n: int, phrase: str) -> int | None:
    """How many words of a query's own type ``phrase`` type ``n`` holds only as the catalog abbreviates them,
    where it holds, as written or abbreviated, the phrase's last word (what is asked for) and each other word
    that some type of the catalog holds, and two at least; else None. "combi drill" for "COMBI HAMMER DRL" (1),
    "threaded bar" for "THR BAR" (1), "push-fit elbow" for "PUSH FIT ELB" (1; a hyphenated word held as its
    parts too), not "4 x 40 wood screws" for "HEX HD SCR" beside a "WOOD SCR CSK" (materials count: "wood" says
    the kind here), nor "check valve" for "BALL VLV": one word read as an abbreviation is often another word's
    ("SNDR" sander for sandpaper, "INT" internal for injection), nor "saw blaes" for "RECIP SAW" (a slip in
    the last word is no name)."""
    own = table.phrases[n].words
    kin = {m for h in table.phrases[n].heads for m in table.by_head().get(h, ())}  # the types with its head
    held = shortened = 0
    stems = {w: analysis.noun_stems(forms(w)) for w in phrase.split() if forms(w) and w not in analysis.STOPWORDS}
    said = {read[-1]: word for word, read in stems.items()}  # "drill drill": one
    head = phrase.rsplit(maxsplit=1)[-1] if phrase else ""
    for stem, word in said.items():
        shorts = [s for s in table.abbreviations(stem) if s in table.by_word()]
        parts = stems[word][:-1]  # "push-fit": push, fit
        if stem in own or (parts and all(p in own for p in parts)):
            held += 1
        elif any(s in own for s in shorts):
            held += 1
            shortened += 1
        elif word == head:
            return None
        elif not shorts and model_codes.is_name(word):
            continue  # only a name, no word nor acronym ("ironvale combi drill"; not "sds", "brs")
        elif material(word) and not any(stem in table.phrases[m].words for m in kin):
            continue  # what it is made of, as no type with its head says ("ss press elbow"; not "wood screws")
        elif stem in table.by_word() or shorts:
            return None
    return shortened if held >= 2 else None


@functools.lru_cache(maxsize=65536)  # a catalog's types, asked about by every query naming their head
def _kinds(phrase: str) -> tuple[str, ...]:
    """The stems of a type phrase's words that name a kind: nouns the lexicon knows as no adjective, and no
    material or colour ("grease" of "grease gun lever"; not "cordless", "yellow")."""
    return tuple(
        analysis.noun_stems(forms(w))[-1]
        for w in phrase.split()
        if not material(w) and {"NOUN"} <= (kinds := analysis.lemmas(w)) and "ADJ" not in kinds
    )


def _shortened(
    table: TypeTable,
    phrase: tuple[str, ...],
    words: frozenset[str],
    usable: Sequence[bool] | None,
    made_for: Callable[[str], frozenset[int]],
) -> list[int]:
    """The longer types that the end of a query's own type ``phrase`` begins (its last two words or more, the
    longest that names one), as buyers drop the last word of the trade's name: "makita cordless drill" for
    a "cordless drill driver". Only where the catalog makes things for what the end says (a battery "for
    cordless drill drivers": it names a tool, and a longer type not made for it is that tool) and the longer
    types share one head (a "cordless drill battery" beside the drill drivers: the words pull both ways).
    Never where a type headed by one of its words holds it all (that type is what is asked for, however
    rare: "circular saw" beside "circular saw blade"), nor where the query's other ``words`` name a
    product, a type's head ("toilet cistern dual flush" asks for the cistern)."""
    tail = phrase[-MAX_SHORTENED:]
    for start in range(len(tail) - 1):
        said = tail[start:]
        kept = set(said)
        if any(kept <= set(table.phrases[n].words) for w in kept for n in table.by_head().get(w, ())):
            return []
        # The query's other words, without the forms of these read beside them (joined, abbreviated).
        others = (w for w in words - kept if not any(w.startswith(x) or abbreviates(w, x) for x in said))
        if any(w in table.by_head() for w in others):
            return []
        hosts = frozenset.intersection(*(made_for(w) for w in said))  # made for every word it says
        if not hosts:
            continue
        longer = [
            n
            for n in table.by_word().get(said[0], ())
            if table.phrases[n].words[: len(said)] == said and len(table.phrases[n].words) > len(said)
            and (usable is None or usable[n]) and n not in hosts
        ]  # fmt: skip
        if len({table.phrases[n].heads for n in longer}) > 1:
            return []
        if longer:
            return sorted(longer)
    return []


@functools.lru_cache(maxsize=65536)
def said(phrase: TypePhrase) -> frozenset[str]:
    """The words a buyer says to name a type in full: its words but its materials, finishes and colours ("bright
    zinc plated t-nut": t, nut, tnut), where two or more stems are left; else all of them."""
    kept = phrase_stems(w for w in phrase.text.split() if not material(w))
    return kept if len(kept) > 1 and kept < frozenset(phrase.words) else frozenset(phrase.words)


def said_in_full(table: TypeTable, n: int, words: frozenset[str]) -> bool:
    """Whether a query of these ``words`` (stems) names type ``n`` in full: all its words, or where no other type
    has its head, all but its materials (:func:`said`) and none that contradicts its own ("t-nut" for the one
    "bright zinc plated t-nut"; "drill bit" names no "wood drill bit" beside masonry drill bits, nor "hss drill bit"
    the one wood drill bit)."""
    phrase = table.phrases[n]
    own = frozenset(phrase.words)
    if words >= own:
        return True
    alone = all(len(table.by_head().get(h, ())) == 1 for h in phrase.heads)
    return alone and words >= said(phrase) and not (words & MATERIAL_STEMS) - own
