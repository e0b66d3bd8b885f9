"""A product's type phrase, read from its description in any style, and what it is made for.

A description names its product early: "Hex bolt M8x40 DIN 931, ...", "Makita DHP482 cordless combi
drill 18V, ...", "Flat washer for M8 bolts ...", "Made for mitre saws, a steel mitre saw stand from ...".
Its **type phrase** is the first run of words that can name a type (:func:`type_phrase` says which do not:
brands and model codes, what it fits or comes with, a maker, a verb's object, a container, an adjective
before a size), ending at a size, code, marker word ("for", "with") or punctuation; its **head** is the
phrase's last word (the noun English puts last: a *hex bolt* is a bolt, a *bolt cutter* a cutter). A head
that is a collective noun ("socket set", "drill bit set") also counts the word before it: a set of drill
bits is what someone asking for drill bits may want. What a product is made for (:func:`fitted_words`)
names the catalog's other types: its tools. Which words can be nouns comes from lemminflect's English
lexicon (offline; no tagger model is packaged where this runs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import analysis
from .identifiers import Identifier, extract, number_adjective
from .makers import leading_names, series, without_maker
from .title_fields import field_name
from .titles import (
    DIGIT,
    NAME_ENDS,
    ORIGIN,
    after_model,
    attribute_field,
    coded_next,
    fields_follow,
    named,
    noun_after,
    opens,
    points,
    product_fields,
    shape_named,
    titled,
    trade_word,
    verb_after,
    word_after,
    words_after,
)
from .type_words import (
    CONTAINERS,
    FIELD_LABELS,
    LABELS,
    MAX_NAME_WORDS,
    TypePhrase,
    acronym,
    attributes_off,
    can_head,
    closed_compound,
    compound_of_words,
    head_before_form,
    heads_name,
    material,
    name_words,
    only_name,
    shaped,
    typed,
)

_LEADING = 3  # a brand and model code come first if anywhere: "DeWalt DE766 heat gun", "Festool TS 55 ..."
# Words that end a type phrase: what it is for or comes with, and who made it ("plunge saw from Festool").
# Words after which a noun phrase starts: a run before one is a verb taking an object ("Keep your drills ...").
_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "your", "its", "their", "our"})
# Subordinating conjunctions: a clause one starts with its subject ("before the foam sets", "when you bend
# over") says when or why. Where a name came first, it ends there ("Drain cleaner while you sleep"); where what
# came first was a verb's object, the sentence is advice ("Clean the gun before the foam sets, and it lasts",
# "When the blade dulls, swap it") whose nouns name no product: read on at the next sentence. Without a subject
# after it the word is no clause's start ("After sun lotion", "sealant once cured", "filler for use after
# sanding").
_CLAUSES = frozenset(
    {"before", "after", "when", "whenever", "while", "until", "once", "unless", "because", "since", "although"}
    | {"though"}
)
_SUBJECTS = frozenset({"the", "a", "an", "this", "these", "your", "its", "their", "our", "you", "it", "they", "we"})
_SENTENCE_ENDS = re.compile(r"[.;!?\n]")
_BREAKS = re.compile(r"[!?]")  # a sentence's end between two tokens (a full stop is a token of its own)
_LETTER_SIZES = re.compile(r"(?i)[2-5]?X{0,3}[SL]|M")  # a garment's size after its label: "gloves size XL"
MAX_TOKENS = 48  # a type is named in the first sentence or so; the rest describes it
_POWER = re.compile(r"[\d.]+(?:v|ah)")  # a voltage or a battery's capacity as sizes read it: a power tool's text


def type_phrase(
    text: str,
    found: Sequence[Identifier],
    tokens: Sequence[re.Match[str]] | None = None,
    aside: analysis.Spans | None = None,
    *,
    fields: bool = True,
) -> TypePhrase | None:
    """The type phrase of a product description (``found``: its identifiers; ``tokens``: its :func:`analysis.tokens`,
    if already split; ``aside``: their :func:`analysis.accessory_spans` with the default markers, if already read
    from at most :data:`MAX_TOKENS` of them), or None. ``fields``: a datasheet's field labelled with what the product
    is says it (:func:`.titles.product_fields`), and which of a title's "|" fields names it (:mod:`.title_fields`).

    The first run of words that can name a type, in a title or in prose: outside what the product fits or
    comes with ("Made for mitre saws, a steel mitre saw stand"), not a brand after "from" or "by", not a
    verb taking an object ("Keep your ..."), not a container ("a pack of sanding belts"). Words before a
    model code are a brand and series when capitalized ("Festool TS 55 ... plunge saw", "Kärcher WD 3 wet
    and dry vacuum"); before a size only when no English word ("Milwaukee M18 ...", not "Hammer 20 oz").
    An adjective before a size is no type: "A robust 68 mm hole saw" is a hole saw. A text in capitals
    throughout (ERP short texts: "HEX BOLT DIN933 M8X40") is read as words, not acronyms. In prose the
    product is what "this" or "these" points at, wherever it stands: "Drop-forged from chrome vanadium, this
    8 mm combination wrench has ..." (:func:`_scan`); else what "a"/"an" introduces at a sentence's start or
    after "is" (:func:`.titles.points`): catalogue copy opens with a benefit, "Rips timber fast. A 165 mm TCT blade".
    """
    for label, value in product_fields(text) if fields else ():  # "Size: M; Product: Work gloves"
        own = type_phrase(value, extract(value), fields=False)
        if own is not None and (label != "type" or _noun(own)):
            return own
    toks = (analysis.tokens(text) if tokens is None else list(tokens))[:MAX_TOKENS]
    spans = analysis.Spans((i.start, i.end) for i in found)
    if aside is None:  # what it fits or comes with
        aside = analysis.Spans(analysis.accessory_spans(text, toks))
    shouting = not any(c.isalpha() and c.islower() for c in text)
    read = _read_phrase(text, found, toks, spans, aside, shouting=shouting)
    if fields and not shouting and " | " in text:
        return field_name(text, read, found, lambda field, own: type_phrase(field, own, fields=False)) or read
    return read


def _read_phrase(
    text: str,
    found: Sequence[Identifier],
    toks: Sequence[re.Match[str]],
    spans: analysis.Spans,
    aside: analysis.Spans,
    *,
    shouting: bool,
) -> TypePhrase | None:
    """The type phrase of ``text`` read word by word, as :func:`type_phrase` describes."""
    pointers = [k for k, t in enumerate(toks) if points(text, toks, k) and t.start() not in aside]
    this = [k for k in pointers if toks[k].group().lower() in analysis.POINTERS]
    for k in this:  # "this"/"these" is the product wherever it stands
        if pointed := _scan(toks[k + 1 :], found, spans, aside, shouting=shouting, pointer=toks[k].group().lower()):
            return pointed
    first = _scan(toks, found, spans, aside, shouting=shouting)
    if first is not None and titled(text, first):
        return first  # "Claw hammer 16 oz, ... A great choice for carpenters.": the title names it
    for k in pointers:
        if k not in this and (pointed := _scan(toks[k + 1 :], found, spans, aside, shouting=shouting, pointer="a")):
            return pointed
    # Copy that opens with a benefit and names the product in a title of its own after it: "Marked in both metric
    # and imperial. Tape measure, 8 m."; not where the first phrase is a name itself (:func:`.titles.named`:
    # "Cordless drill with 2 batteries. Weight, 1.5 kg.").
    if first is not None and named(text, toks, found, first):
        return first
    for k in range(1, len(toks)):
        if (toks[k - 1].group() == "." or _BREAKS.search(text, toks[k - 1].end(), toks[k].start())) and (
            (title := _scan(toks[k:], found, spans, aside, shouting=shouting)) is not None
            and opens(text, toks, k, spans, title)
        ):
            return title
    return first


def _noun(phrase: TypePhrase) -> bool:
    """Whether the phrase ends in a noun the lexicon knows, and a phrase of one word in no adjective: "Rigger
    gloves", "Insulated ring terminal", "Gloves"; not "auto-retract", "Professional", "Standard"."""
    words = phrase.text.split()
    kinds = analysis.lemmas(words[-1])
    return "NOUN" in kinds and (len(words) > 1 or "ADJ" not in kinds)


def _scan(
    toks: Sequence[re.Match[str]],
    found: Sequence[Identifier],
    spans: analysis.Spans,
    aside: analysis.Spans,
    *,
    shouting: bool,
    pointer: str = "",
) -> TypePhrase | None:
    """The first type phrase in ``toks``. After ``pointer`` ("this", "these", or "a" for "a"/"an") only what it
    points at: the words before a size or code are its modifiers where a name follows ("this brass 15 mm
    compression elbow"), and its name ends where the sentence's verb begins (:func:`.titles.verb_after`: "this drill
    DHP482 is ...") or at the end of the clause."""
    taken: list[str] = []
    # A power tool's text, where a sales form may end the name: a voltage or capacity, or a model code ("Makita
    # DHP484Z Combi Drill Body Only"); a "Gate Valve Body Only" has neither.
    powered = any(i.kind == "part" or (i.kind == "dimension" and _POWER.fullmatch(i.value)) for i in found)
    origin = False  # the run follows "from" or "by": a maker's name
    objected = False  # taken follows a determiner after a word: a verb's object ("Keep your ...")

    def done() -> list[str]:  # the run so far as a type phrase, if it is one; else start again
        nonlocal taken, origin, objected
        words = [] if origin else name_words(taken, shouting, powered)
        taken, origin, objected = [], False, False
        return words

    clause = False  # in advice with a subordinate clause (:data:`_CLAUSES`): no name until the sentence ends
    for n, tok in enumerate(toks):
        raw = tok.group()
        lower = raw.lower()
        if clause:
            if raw in (".", ";"):
                clause = False
                continue
            if not _SENTENCE_ENDS.search(tok.string, toks[n - 1].end(), tok.start()):
                continue  # "!", "?" and line breaks are no tokens: they lie between two
            clause = False
        if (
            taken
            and not shouting
            and attribute_field(toks, n)
            and name_words(taken, shouting, powered)
            and (words := done())
        ):
            # A field of attributes follows the name: "Sanding sheet - Size: 230 x 280 mm", "Half Mask | Silicone".
            # In capitals no case tells a brand's field from the type's: read as before.
            return typed(words)
        if lower in _CLAUSES and not pointer and n + 1 < len(toks) and toks[n + 1].group().lower() in _SUBJECTS:
            if taken and not objected and (words := done()):
                return typed(words)
            taken, clause = [], True
            continue
        if tok.start() in aside:
            if taken and (words := done()):
                return typed(words)
            continue
        # "brushless 3-speed impact driver": a modifier of what follows, as the adjective before it is; after a
        # noun the name may have ended ("conn lever 2-way wago 221-612"), as before a size.
        modifier = not pointer and number_adjective(raw) and tok.start() not in spans
        if taken and modifier and "NOUN" not in analysis.lemmas(taken[-1]) and word_after(toks, n, spans):
            taken = []
            continue
        in_identifier = (
            tok.start() in spans
            or any(c.isdigit() for c in raw)
            or (taken and taken[-1].lower() in LABELS and _LETTER_SIZES.fullmatch(raw) is not None)
        )
        # A letter and a word ending the name after materials or brands alone is the product ("Rubber V-Belt SPZ",
        # "Oxbury T-Nut M8", "O-ring kit"); before more of the name or after its head, a shape ("T-shank jigsaw
        # blades", "Jigsaw blades T-shank", "Power X-Change 18V").
        capitals = not shouting and acronym(raw) and not (shaped(raw) and shape_named(toks, n, taken, spans))
        if in_identifier or capitals:
            if not taken:
                continue  # a leading size, code or acronym: "M20 hex nut", "90° elbow", "SKF", "HSS"
            if taken[-1].lower() in LABELS:
                taken.pop()  # a field's label before its value is no part of the name: "Staples type 140"
                if not taken:
                    continue  # "Size 10 safety boots": the name follows
            size = any(i.kind == "dimension" and i.start <= tok.start() < i.end for i in found)
            taken = without_maker(toks, n, taken, found, spans, shouting=shouting, acronym=capitals)
            # Before a size, a name only where words follow it ("Milwaukee M18 FUEL impact driver"), not a trade
            # word alone ("Holesaw 68 mm", "Multitool 300 W").
            # Before a code, capitalized names anywhere ("this Voltek XR-BS621 is a belt sander").
            if pointer:
                # Modifiers where a name follows ("this brass 15 mm compression elbow", "a fine P180 sanding
                # sponge"); the name's end where the sentence goes on ("this drill DHP482 is light").
                after = word_after(toks, n, spans)
                if after is not None and not verb_after(taken[-1], after, pointer):
                    taken = []
                elif words := done():
                    return typed(words)
                continue
            if size and len(taken) == 1 and trade_word(taken[0]) and after_model(toks, n - 1, found, spans):
                # A trade word the lexicon lacks, then its size, after a brand and model code: "Quellon QL-57288
                # Holesaw 51 mm" (before the rule below reads the word as a series' name).
                return typed(taken)
            near = n < _LEADING + len(taken)
            # One word before a size is a brand where a name follows ("Stanley 8 m tape measure"); where only its
            # attributes do, a word made of two closed up is the trade's word for it ("Woodscrew 4 x 40 mm
            # countersunk, zinc plated"), any other a maker's ("Spax 4 x 40 mm countersunk": no type read).
            named_after = words_after(toks, n, spans) and (
                len(taken) > 1 or noun_after(toks, n, spans) or not closed_compound(taken[0])
            )
            if (
                leading_names(toks, n, taken, spans, code=not size, shouting=shouting)
                and (not size or (near and named_after))
            ) or (size and series(toks, n, taken, spans, shouting=shouting)):
                taken = []
                continue
            if size and n == 1 and (only_name(taken[0]) or compound_of_words(taken[0])) and len(taken[0]) > 1:
                return typed(taken)  # a trade word the lexicon lacks, then its size: "Holesaw 68 mm", "Multi-tool 18 V"
            attributed = material(taken[-1]) and attributes_off(taken, shouting) != taken  # "Hex bolt zinc plated M8"
            # A fastener's head form ends its name before its size: "Wood Screw Countersunk T-Star plus 4 x 40 mm".
            attributed = attributed or head_before_form(taken) is not None
            if (not can_head(taken[-1]) and not attributed) or (
                size and len(taken) == 1 and "ADJ" in analysis.lemmas(taken[0])
            ):
                taken = []  # "robust" before "68 mm hole saw", "Durable" before "25ft tape measure"
                continue
            if words := done():
                return typed(words)
            continue
        # A name ends in its head: of a run of capitalized title words, the last ones ("Trade Quality Professional
        # Drop Forged Claw Hammer"); a longer run of other words is a sentence, not a name.
        slides = not shouting and raw[:1].isupper() and all(w[:1].isupper() for w in taken)
        if raw in analysis.DELIMITERS or lower in NAME_ENDS or (len(taken) >= MAX_NAME_WORDS and not slides):
            brand = shouting and raw in analysis.DELIMITERS and taken and coded_next(toks, n, found)
            if brand and leading_names(toks, n + 1, taken, spans, code=True, shouting=shouting):
                taken = []  # a brand in a field of its own before its code: "CORVANE, CV-670-7, BELT SANDER"
                continue
            if raw == ":" and len(taken) > 1 and taken[-1].lower() in FIELD_LABELS and fields_follow(toks, n):
                taken.pop()  # a list of labelled fields begins with its label: "Hex Bolt Thread: M10; Material: A2"
            if words := done():
                return typed(words)
            if pointer and raw not in ("(", ")"):
                return None  # the clause ended before its noun; a size in brackets may come first: 150 mm (6")
            origin = lower in ORIGIN
            continue
        if pointer and taken and (lower in _DETERMINERS or lower == "of"):
            return None if lower == "of" or not (words := done()) else typed(words)  # "this box of 200 ..."
        contained = lower == "of" and bool(taken) and taken[-1].lower() in CONTAINERS
        if contained and len(taken) > 1 and n + 1 < len(toks) and DIGIT.match(toks[n + 1].group()):
            taken.pop()  # "Nylon Wall Plug Box of 100": the container's count follows, its content came first
            if words := done():
                return typed(words)
            continue
        if taken and (lower in _DETERMINERS or contained):
            taken = []  # "Keep your ...", "a pack of ...": a verb's object or a container's content follows
            objected = lower in _DETERMINERS
            continue
        if lower in analysis.STOPWORDS or lower in _DETERMINERS:
            if lower == "and" and taken:
                taken.append(lower)  # "wet and dry vacuum"; dropped again if the phrase ends here
            elif taken and (words := done()):
                return typed(words)
            continue
        if pointer and taken and verb_after(taken[-1], raw, pointer):
            return typed(words) if (words := done()) else None
        if taken and lower in (w.lower() for w in taken):
            if words := done():  # a word again: what it is ends ("JIGSAW BLADES BIM JIGSAW")
                return typed(words)
            continue
        if len(taken) >= MAX_NAME_WORDS:
            # A material, finish or colour after a head ends the name, whatever words follow ("Cable Gland Nickel
            # Plated Brass Electrical Wholesale", "Hi-vis Vest Yellow Polyester Site Safety"): no sliding past it.
            cut = next((i for i in range(1, len(taken)) if material(taken[i]) and heads_name(taken[i - 1])), 0)
            if cut:
                taken = taken[:cut]
                if words := done():
                    return typed(words)
                continue
            del taken[0]
        taken.append(raw)
    words = done() if taken else []
    return typed(words) if words else None
