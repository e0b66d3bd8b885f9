"""Who the capitalized words around a model code or a size belong to: a maker and its series, or the product.

A title's run of words before a code or a size is a maker's name (and series) to pass over where names fill it
("Bosch Professional GWS 7-125 angle grinder", "Milwaukee M18 CCS55-0X 18V Fuel 165 mm circular saw"), and the
product where words open it and a maker's name only ends it ("Angle Grinder Bosch GWS 750", "JIGSAW FERRO
JGS9871"): then the name goes and the type stays. What :func:`.type_phrases.type_phrase` asks before it takes a
run as the product's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import analysis
from .identifiers import Identifier
from .titles import DIGIT, NAME_ENDS, noun_after, plain
from .type_words import MAX_NAME_WORDS, acronym, before_maker, name_words, only_name


def leading_names(
    toks: Sequence[re.Match[str]], at: int, taken: list[str], spans: analysis.Spans, *, code: bool, shouting: bool
) -> bool:
    """Whether ``taken``, the tokens before token ``at`` (a code where ``code``, else a size), is a brand (and
    series) to start again after. Capitalized words with a name among them before a code ("Bosch Professional GWS
    7-125", not "Hex Bolt DIN 933"); names only before a size ("Milwaukee M18", not "Hammer 20 oz"). In capitals no
    word is told by its case: words no English lexicon knows, before a model code that an English noun follows
    ("QUELLON QL537DD DRILL DRIVER"; not "BALL VLV 3/4": a size; not "RCBO B16 30MA", "HOLESAW HS-68 BIM": no noun
    after the code, so the words before it are what it is)."""
    if shouting:
        return (
            code
            and toks[at].start() in spans
            and all(not analysis.lemmas(w) for w in taken)
            and noun_after(toks, at, spans)
        )
    if not all(w[:1].isupper() for w in taken):
        return False
    if (
        code
        and _count(toks, at, spans)
        and (words := name_words(taken, False))
        and "ADJ" not in analysis.lemmas(words[-1])
    ):
        # A count after a name is no model code: "Combi Drill Kit - 2 x 2.0Ah Batteries", "Combi Drill 2 Batteries";
        # after a line's name, the name follows ("Araldite Rapid 2 x 15ml tubes").
        return False
    if (any if code else all)(only_name(w) for w in taken):
        return True
    begins = at - len(taken)  # the run is the tokens before ``at``
    if code:
        # One capitalized word opening the title, then a model code of letters and digits and straight after
        # it a noun: a brand the lexicon also knows as a word ("Record T4J replacement jaw plates", "Oregon
        # 160SDEA041 guide bar"); not before a plain number ("Spanner 13 combination ring", "Hammer 2000
        # series claw") nor a size after the code ("Bit PH2 x 50 impact", "Flex 2183Y 0.75mm 2 core").
        code_text = toks[at].group()
        after = toks[at + 1].group() if at + 1 < len(toks) else ""
        return (
            all(acronym(t.group()) for t in toks[:begins])  # first, or after a maker's acronym
            and len(taken) == 1
            and DIGIT.search(code_text) is not None
            and any(c.isalpha() for c in code_text)
            and plain(after)
            and noun_after(toks, at, spans)
        )
    return False


# What a cordless tool's kit counts after its name: "Combi Drill Kit - 2 x 5.0Ah Batteries", "Combi Drill 2
# Batteries". Not what an accessory pack counts: "Bosch Jigsaw 10 Blades" is a pack of blades.
_BUNDLED = frozenset({"batteries", "batts", "chargers"})
_CAPACITY = re.compile(r"[\d.]+ah", re.IGNORECASE)
_POWER = re.compile(r"[\d.]+(?:v|ah)", re.IGNORECASE)  # a voltage or capacity: the text is a power tool's
_TIMES_GLUED = re.compile(r"\d{1,2}x", re.IGNORECASE)  # "2x 2.0Ah"


def _count(toks: Sequence[re.Match[str]], at: int, spans: analysis.Spans) -> bool:
    """Whether token ``at`` is the count of a cordless tool's kit: a plain number before "x" and, within the next
    tokens, a battery's capacity ("2 x 5.0Ah", "2x 2.0Ah", "2 x 18V 5.0 Ah"), or of more than one battery or
    charger in a power tool's text ("2 Batteries" beside "18V"; not "T Helper 1 Cells", "Jigsaw 10 Blades");
    not a model number ("Norbar Professional 300 1/2\" drive", "Jack Xpert 880 550 mm")."""
    raw = toks[at].group()
    glued = _TIMES_GLUED.fullmatch(raw)
    if not (raw.isdecimal() or glued) or toks[at].start() in spans or at + 1 >= len(toks):
        return False
    after = toks[at + 1].group().lower()
    following = toks[at + 1 : at + 4] if glued else toks[at + 2 : at + 5]
    capacity = any(_CAPACITY.fullmatch(t.group()) or t.group().lower() == "ah" for t in following)
    if glued or after == "x":
        return capacity
    powered = any(_POWER.fullmatch(t.group()) for t in toks)  # "Energizer Max 4 Batteries AA" are batteries
    several = raw.lstrip("0") not in ("", "1")
    return powered and several and after in _BUNDLED


def series(toks: Sequence[re.Match[str]], at: int, taken: list[str], spans: analysis.Spans, *, shouting: bool) -> bool:
    """Whether ``taken``, before a size (token ``at``), is a series: capitalized words after a model code or size,
    or after the brand that opens the title, where the type follows in lower case ("Milwaukee M18 CCS55-0X 18V
    Fuel 165 mm circular saw", "Bosch Professional 18V cordless drill"; not "Hammer 20 oz", no brand before). A
    series is one word ("Fuel", "Professional") beside brands: "Einhell Circular Saw 1200 W laser guide" is a
    circular saw; and a name of two words or more follows the size, not an attribute ("Bosch Angle Grinder 125 mm
    grey", "Makita DHP482Z Combi Drill 18V body only")."""
    begins = at - len(taken)
    before = toks[begins - 1] if begins > 0 else None
    coded = before is not None and (before.start() in spans or DIGIT.search(before.group()) is not None)
    branded = before is None and len(taken) > 1 and only_name(taken[0])
    return (
        not shouting
        and all(w[:1].isupper() for w in taken)
        and (coded or branded)
        and sum(not only_name(w) for w in taken) == 1
        and len(lower_name_after(toks, at, spans)) > 1
    )


def without_maker(
    toks: Sequence[re.Match[str]],
    n: int,
    taken: list[str],
    found: Sequence[Identifier],
    spans: analysis.Spans,
    *,
    shouting: bool,
    acronym: bool,
) -> list[str]:
    """``taken`` without the maker's name ending it before token ``n``. A maker's name stands before its model
    code, letters then digits ("FERRO PW8781", "KRAFT KM 956", "Angle Grinder Bosch GWS 750"), not before a
    number with a unit the identifiers do not know ("MEAS - 5MTR", "CER - 100PK"): in capitals as
    :func:`.type_words.before_maker` reads it; in title case, the one name ending a run that opens with a word,
    before a code or an ``acronym`` no noun follows: the type came first ("UK Plug Pexa PESD7766-0X SDS-plus
    Rotary Hammer" names it after)."""
    raw = toks[n].group()
    coded = raw[:1].isalpha() and any(i.kind == "part" and i.start == toks[n].start() for i in found)
    if shouting:
        return before_maker(taken) if coded else taken
    if (coded or acronym) and not only_name(taken[0]) and only_name(taken[-1]) and not noun_after(toks, n, spans):
        return taken[:-1]  # one name: the word before it may be a noun the lexicon lacks ("Framing Nailer Dewalt")
    return taken


def lower_name_after(toks: Sequence[re.Match[str]], n: int, spans: analysis.Spans) -> list[str]:
    """The lower-case words after token ``n`` and the sizes and codes that follow it, as a type phrase (empty if
    they are none: a colour, a material)."""
    k = n + 1
    while k < len(toks) and (toks[k].start() in spans or DIGIT.search(toks[k].group())):
        k += 1
    words: list[str] = []
    for tok in toks[k : k + MAX_NAME_WORDS]:
        raw = tok.group()
        if not raw.islower() or not plain(raw) or raw in NAME_ENDS or tok.start() in spans:
            break
        words.append(raw)
    return name_words(words, False)
