"""The words of a product type: which can be nouns or only names, their forms, and a run of them as a
:class:`TypePhrase` (its words and heads). Shared by the type phrase of a description (:mod:`.type_phrases`)
and the heads of what a product fits or comes with (:mod:`.accessory_words`). Which words can be nouns comes
from lemminflect's English lexicon (offline; no tagger model is packaged where this runs)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import analysis

# Collective nouns: the product is a set of what the word before names.
# Not "bag", "box", "case" or "pack": "vacuum bags", "tool box", "carry case", "battery pack" are themselves.
COLLECTIVE = frozenset({"set", "kit", "pair", "assortment"})
_ACRONYM = re.compile(r"[A-Z]{2,}(?:[-/.].*)?|[A-Z](?:[-/.].+)")  # SDS-plus, HSS, PVC-U, T-shank
_LETTER_WORD = re.compile(r"[A-Z]-([A-Za-z]{2,})")  # a letter and a word: T-Nut, O-ring, V-Belt, T-shank

# What a product is made of or finished in: the trade's materials, coatings and colours. In an attribute list
# ("M25, brass, cable gland, IP68"; "6 x 30 mm, nylon, wall plug") such a field describes the product and the
# type follows; read as a type, "brass" named glands, valves and locknuts alike. Domain vocabulary (as ETIM's
# material and colour values), not one catalog's habit; a phrase naming more than these is a type ("brass
# ball valve", "steel wool", "silicone sealant").
# Colours, and finishes read with the material before them ("zinc plated", "bright zinc", "chrome-vanadium"):
# after a name they describe it whatever stands before them (:func:`attributes_off`).
COLOURS = frozenset(
    {
        *("black", "white", "grey", "gray", "red", "blue", "green", "yellow", "orange", "silver", "clear"),
        *("anthracite", "brown", "beige", "cream", "ivory", "magnolia", "pink", "purple", "gold", "navy", "khaki"),
        *("natural", "transparent"),
        *("blk", "wht", "gry", "yel", "grn", "brn", "nat"),  # as ERP short texts abbreviate them
    }
)
FINISHES = frozenset(
    {
        *("bright", "plated", "coated", "galv", "galvanised", "galvanized", "anodised", "anodized", "polished"),
        *("painted", "lacquered", "cast", "zp", "bzp", "yzp", "hdg"),  # ERP: (bright, yellow) zinc plated, hot-dip
    }
)
MATERIALS = frozenset(
    {
        *("steel", "stainless", "brass", "bronze", "copper", "aluminium", "aluminum", "zinc", "iron", "tin"),
        *("chrome", "chromium", "vanadium", "titanium", "carbide", "carbon", "cobalt", "nickel"),
        *("nylon", "polyamide", "plastic", "pvc", "abs", "rubber", "nitrile", "epdm", "neoprene", "silicone"),
        *("ptfe", "polypropylene", "polyethylene", "polycarbonate", "fibreglass", "fiberglass", "acetal"),
        *("vinyl", "latex", "polyester", "leather", "wood", "wooden", "hickory", "beech", "ash", "cotton"),
        *("lithium", "calcium", "dzr", "bi-metal", "bimetal"),  # bi-metal: a hole saw's or blade's two steels
        # as ERP short texts abbreviate them: stainless, steel, chrome vanadium, high-speed steel, aluminium, brass,
        # copper, nitrile rubber
        *("ss", "sst", "stl", "crv", "hss", "alu", "brs", "cu", "nbr"),
        *("zn", "alum", "nyl", "plas", "pp"),  # zinc, aluminium, nylon, plastic, polypropylene
        *COLOURS,
        *FINISHES,
    }
)

# A container of the product: "a pack of sanding belts" is sanding belts.
CONTAINERS = frozenset(
    {"pack", "packs", "set", "box", "pair", "bag", "kit", "roll", "tub", "tin", "reel", "bottle", "can", "jar"}
    | {"sack", "carton", "pail", "packet", "tube", "spool", "bundle", "pallet"}  # not "case", "tray", "drum"
)
# Labels of a field whose value (a number or code) follows: "Staples type 140", "Hose clamp size 2".
LABELS = frozenset({"type", "model", "series", "size", "grade", "class", "style", "no", "ref", "art", "part"})
# The attributes a feed labels after a title on the same line ("... Hex Bolt Thread: M10; Material: A2"): the word
# before the first colon is that label, not the name's head, only where it names an attribute ("Hex Bolt: M10;
# Material: A2" is a hex bolt, "Cordless Drill: 18V; Battery: 2 x 5Ah" a drill).
FIELD_LABELS = LABELS | frozenset({
    "thread", "material", "volume", "weight", "length", "width", "height", "depth", "diameter", "colour", "color",
    "finish", "rating", "capacity", "voltage", "power", "bore", "pitch", "torque", "pressure", "spec", "standard",
    "dimensions", "sizes",
})  # fmt: skip


def acronym(word: str) -> bool:
    """Capitals read as an acronym, a code's letters more than a word: "SDS-plus", "HSS", "PVC-U", "T-shank"."""
    return _ACRONYM.fullmatch(word) is not None


def shaped(word: str) -> bool:
    """A letter and an English word, as the trade names a shape: "T-Nut", "O-ring", "V-Belt", "T-shank". The
    product's own name where it ends the name (:func:`.titles.shape_named`), else an acronym-like mark of a shape
    or series ("T-shank jigsaw blades", "Bosch X-Lock 125 mm Angle Grinder"); not a brand (:func:`only_name`)."""
    match = _LETTER_WORD.fullmatch(word)
    return match is not None and bool(analysis.lemmas(match.group(1)))


def material(word: str) -> bool:
    """A material, finish or colour (:data:`MATERIALS`), hyphenated or slashed ones too: "zinc-plated"."""
    lower = word.lower()
    return lower in MATERIALS or all(part in MATERIALS for part in re.split(r"[-/]", lower) if part)


# Materials that name a product of their own at the end of a longer name: a "galvanised angle iron", a "low-modulus
# neutral-cure silicone" (the trade's word for a silicone sealant), a "hand barrier cream".
PRODUCT_MATERIALS = frozenset({"iron", "silicone", "cream"})
# ERP's "plated" only after a material ("ZN PLT", "NI PLT"); alone it is a plate ("NAIL PLT", "SWITCH PLT").
_PLATED = frozenset({"plt"})


def attributes_only(words: list[str]) -> bool:
    """Whether ``words`` are materials, finishes and colours alone: "zinc-plated", "ZN PLT", "brass"."""
    return all(material(w) or (w.lower() in _PLATED and n > 0 and material(words[n - 1])) for n, w in enumerate(words))


def attributes_off(words: list[str], capitals: bool = False) -> list[str]:
    """A name without the materials, finishes and colours written after it, as terse titles list them ("Hose
    clip stainless steel", "Cable ties black", "Studding zinc plated steel", "DRILL BIT HSS"): ``words`` up to its
    last head before them, or ``words`` where no head comes before them ("stainless steel", "robust steel").
    A material alone after one word stays, as often the product's own name ("sheet steel", "balsa wood",
    "pencil rubber white": a pencil rubber), but not in a text in ``capitals``, where ERP short texts print the
    noun, then its material ("TRUNKING PVC", "WORKBENCH BEECH"); a colour or a finish and its material go ("pipe
    clip white", "studding zinc plated")."""
    end, joined = len(words), False  # joined: a material or finish follows, which this one's goes with
    while end > 1:
        lower = words[end - 1].lower()
        parts = set(re.split(r"[-/]", lower))
        inner_and = lower == "and" and end < len(words)  # "white and chrome"
        cast = end > 2 and words[end - 2].lower() == "cast"  # "gutter bracket cast iron", not "angle iron"
        plated = lower in _PLATED and end > 2 and material(words[end - 2])
        if (lower in PRODUCT_MATERIALS and not cast) or not (material(lower) or inner_and or plated):
            break
        if not (capitals or joined or inner_and or parts & (COLOURS | FINISHES)) and end - 1 < 2:
            break  # one word and a material: "sheet steel", "balsa wood"
        joined = plated or not (inner_and or parts & COLOURS)  # "chrome vanadium", "zinc plated"
        end -= 1
    return words[:end] if end < len(words) and can_head(words[end - 1]) else words


# The shape of a fastener's head, which many catalogs write after its name ("Coach screw hex head", "SCREW MACH PAN
# HD", "WOOD SCREW CSK"), and the drive beside it ("Countersunk Pozi", "POZI CSK"): the fastener's attributes, not
# its head noun. The trade's head forms (DIN/ISO) and drives, and their ERP abbreviations.
HEAD_SHAPES = frozenset(
    {
        *("hex", "hexagon", "hexagonal", "pan", "round", "button", "socket", "cheese", "dome", "domed", "flat"),
        *("mushroom", "raised", "truss", "wafer", "bugle", "square", "cup", "flange", "flanged", "countersunk"),
        *("low", "large", "rnd", "btn", "skt", "sq", "csk", "c/sk", "c/s", "flg", "mush", "lge"),  # and ERP's
    }
)
DRIVES = frozenset(
    {"pozi", "pozidriv", "pozidrive", "phillips", "torx", "slotted", "t-star", "plus", "pz", "ph", "slot"}
)
_HEAD_WORDS = frozenset({"head", "hd"})
_COUNTERSUNK = frozenset({"countersunk", "csk", "c/sk", "c/s"})  # the one shape written without "head"
# What has a head of such a shape: fasteners, which ERP texts also name first ("SCR SELF TAP PAN HD", "NAIL ROUND
# WIRE RND HD"), and the screwdriver named after the head it fits ("Screwdriver Flat Head"), never first.
FASTENERS = frozenset({"screw", "scr", "woodscrew", "bolt", "rivet", "nail", "fixing", "anchor"})
_DRIVERS = frozenset({"screwdriver"})


_FORM_WORDS = HEAD_SHAPES | DRIVES


def _form_only(word: str) -> bool:
    """A word of a head form and no noun: "csk", "countersunk", "PZ", "pozi" (not "socket", "hex", "round")."""
    return _form_word(word.lower()) and "NOUN" not in analysis.lemmas(word)


def _form_word(word: str) -> bool:
    """A word of a head form: a shape or drive, or a shape and "head" hyphenated ("pan-head")."""
    if word in _FORM_WORDS:
        return True
    parts = [p for p in re.split(r"[-/]", word) if p]
    return len(parts) > 1 and all(p in _FORM_WORDS or p in _HEAD_WORDS for p in parts)


# ERP's shortest forms, straight after the fastener: a shape without "HD" ("DRYWALL SCREW BUGLE", "SET SCREW HEX",
# "CSK SCREW SKT"), a set screw's point ("CUP PT") and a washer face ("HEX WSH", "HEX FLG").
_BARE_ENDS = frozenset({"pt", "point", "wsh"})


def _form_start(words: Sequence[str], bare: bool = False) -> int | None:
    """Where the head form that ends ``words`` (lower case) begins, with the materials before it ("steel hex head":
    0, "wood screw csk": 2); None where none ends them ("shower head": no shape). ``bare``: a shape alone ends one too
    ("screw bugle": 1)."""
    end = len(words)
    while end > 0 and words[end - 1] in DRIVES:
        end -= 1
    if end == 0:
        return None
    if words[end - 1] in _HEAD_WORDS or (bare and words[end - 1] in _BARE_ENDS):
        start = end - 1  # the shape's words come before "head": "hex", "cup square", "raised countersunk"
    elif words[end - 1] in _COUNTERSUNK or (_form_word(words[end - 1]) and words[end - 1] not in HEAD_SHAPES):
        start = end  # a shape of its own ("csk"), or with its "head" ("pan-head"), maybe more before it
    elif bare and words[end - 1] in HEAD_SHAPES:
        start = end
    else:
        return None
    shape = start
    while shape > 0 and _form_word(words[shape - 1]):
        shape -= 1
    if shape == start:
        return None
    while shape > 0 and material(words[shape - 1]):
        shape -= 1
    return shape


def head_before_form(words: Sequence[str]) -> int | None:
    """The index of the fastener whose head form ends ``words``: its shape, "head" and drive, in any order of
    shape and drive ("Coach screw hex head": 1, "WOOD SCREW CSK": 1, "Chipboard Screw Countersunk Pozi": 1, "SCREW
    POZI CSK": 0, "Wood Screw Pan-Head": 1), after the fastener's materials ("SCR BZP CSK": 0) or, in ERP's order,
    after its modifiers ("SCR SELF TAP PAN HD": 0); None where no head form ends them or no fastener has it ("Shower
    head", "Hex head", "Push Button Mushroom Head", "Steel Hex Head"; "Socket head cap screw": the shape first)."""
    lower = [w.lower() for w in words]
    shape = _form_start(lower)
    if not shape:
        return _bare_form(words)  # no head form, or nothing before it: "hex head", "Steel Hex Head"

    def kind(n: int) -> frozenset[str]:
        return frozenset(analysis.noun_stems(forms(words[n])))

    if kind(shape - 1) & (FASTENER_STEMS | DRIVER_STEMS):
        return shape - 1
    if lower[shape - 1] in COLLECTIVE and shape > 1 and kind(shape - 2) & FASTENER_STEMS:
        return shape - 1  # "Screw Kit Pan Head": a kit of screws
    # ERP's order, in its capitals only: elsewhere a fastener first modifies the name ("Screw Cover Caps Countersunk",
    # "Nail Punch Countersunk").
    capitals = not any(c.islower() for w in words for c in w)
    return 0 if capitals and kind(0) & FASTENER_STEMS else None


def _bare_form(words: Sequence[str]) -> int | None:
    """In ERP's capitals, the index of the fastener a shape without "HD" follows straight after ("DRYWALL SCREW
    BUGLE": 1, "SET SCREW HEX": 1, "SOCKET SET SCREW CUP PT": 2); None elsewhere ("SOCKET SET", "Screw Hex")."""
    if any(c.islower() for w in words for c in w):
        return None
    shape = _form_start([w.lower() for w in words], bare=True)
    if not shape or not frozenset(analysis.noun_stems(forms(words[shape - 1]))) & FASTENER_STEMS:
        return None
    return shape - 1


@dataclass(frozen=True)
class TypePhrase:
    text: str  # as the catalog writes it, lower case: "cut-off wheel"
    words: tuple[str, ...]  # stems; hyphenated words also joined: cut-off -> cut, off, cutoff
    heads: tuple[str, ...]
    # Read from a class the catalog gives the product (:mod:`.structure`), not guessed from its words; the same
    # phrase either way (not compared).
    classified: bool = field(default=False, compare=False)


def forms(word: str) -> list[str]:
    """A word's parts and, for hyphenated words, the parts joined: "cut-off" -> cut, off, cutoff."""
    parts = [p for p in re.split(r"[-/.']", word.lower()) if p]
    return [*parts, "".join(parts)] if len(parts) > 1 else parts


def phrase_stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of ``words`` as a type phrase holds its own (:func:`typed`): each word's forms, a plural as its
    singular ("T-Nuts" -> t, nut, tnut)."""
    return frozenset(analysis.noun_stems([f for w in words for f in forms(w)]))


# The stems of the materials, finishes and colours, as phrases and queries hold them.
MATERIAL_STEMS = phrase_stems(MATERIALS)
FASTENER_STEMS, DRIVER_STEMS = phrase_stems(FASTENERS), phrase_stems(_DRIVERS)


# English nouns used only in the plural for one thing (pluralia tantum) that the lexicon also lists as a verb's
# third person ("she goggles"): a head, not the verb that ends a name as "comes" does.
PLURAL_ONLY = frozenset({"glasses", "goggles", "scissors", "shears", "spectacles", "secateurs", "snips", "tongs"})


@functools.lru_cache(maxsize=65536)
def can_head(word: str) -> bool:
    """Whether a word can head a type: a noun, a gerund ("studding", "tubing"), or unknown; not "robust",
    "cordless", "made", nor a verb's third person that the lexicon also lists as an uncountable noun
    ("comes" in "sanding belts comes from ..."; but "safety goggles": :data:`PLURAL_ONLY`), nor a word the
    lexicon lacks that English makes an adjective by its ending "-less" ("XR brushless 1/2" impact wrench")."""
    lower = word.lower()
    if lower in PLURAL_ONLY:
        return True
    lemmas = analysis.lexicon(lower)
    if not lemmas and lower.endswith("less"):
        return False
    if not lemmas or lower.endswith("ing"):
        return True
    noun, verb = lemmas.get("NOUN", ()), lemmas.get("VERB", ())
    third_person = lower.endswith("s") and lower in noun and any(v != lower for v in verb)
    return bool(noun) and not third_person


def only_name(word: str) -> bool:
    """A word that can only be a name here: capitalized, no English word and no material ("Festool", "Makita";
    not "Nitrile" of "Nitrile gloves", nor "T-Nut")."""
    if not word[:1].isupper() or analysis.lemmas(word) or material(word) or shaped(word):
        return False
    return not compound_of_words(word)  # "Push-fit", "Multi-tool": words


def compound_of_words(word: str) -> bool:
    """A hyphenated word whose parts are all English words: "Push-fit", "Low-modulus" (not "Hi-vis")."""
    parts = [p for p in re.split(r"[-/]", word) if p]
    return len(parts) > 1 and all(analysis.lemmas(p) for p in parts)


def closed_compound(word: str) -> bool:
    """A word written as two English words closed up, the second a noun: the trade's "Woodscrew", "Nailplate",
    "Multitool" (not a maker's "Spax", "Bahco", nor "Pozidriv")."""
    w = word.lower()
    return any(analysis.lemmas(w[:i]) and "NOUN" in analysis.lemmas(w[i:]) for i in range(3, len(w) - 2))


def typed(taken: list[str]) -> TypePhrase:
    """A run of words as a type phrase: its text, its words' stems (hyphenated forms too) and its heads (the last
    word, or the fastener before a head form after the name; with a collective noun, the word before too)."""
    said = [w for w in taken if w != "and"]
    stems = [analysis.noun_stems(forms(w)) for w in said]
    words = tuple(dict.fromkeys(s for group in stems for s in group))
    # A fastener's head form after its name is no head: "Coach screw hex head" is a screw.
    end = head_before_form(said)
    end = len(said) if end is None else end + 1
    heads = [stems[end - 1][-1]]
    if heads[0] in COLLECTIVE and end > 1:
        heads.append(stems[end - 2][-1])
    return TypePhrase(" ".join(taken).lower(), words, tuple(heads))


MAX_NAME_WORDS = 5  # a type phrase is short

# How ERP short texts abbreviate a pack and its count (pack, packet, box, carton, quantity, pieces: "SPLIT WSHR
# BX/200", "PK 50"): never the product's name, though no English word says so ("BX" could be a head).
PACKS = frozenset({"pk", "pkt", "pck", "bx", "ctn", "qty", "pcs"})


# How a power tool is sold, written after its name ("Circular Saw - Bare Unit", "Combi Drill Body Only", "Impact
# Driver - Solo", "ONE+ Combi Drill Skin Only"): never its type, though "body", "unit" and "skin" are nouns. Read in
# a power tool's text only (:func:`.type_phrases.type_phrase`: a voltage, a capacity or a model code): a "Gate Valve
# Body Only" is the valve's spare body; "Vanity Unit Only" is no sales form. Not "body", "unit" or "skin" alone:
# "Valve Body", "Consumer Unit".
SALES_FORMS = (("bare", "unit", "only"), ("body", "only"), ("bare", "unit"), ("bare", "tool"), ("tool", "only"))
SOLD_ALONE = frozenset({"solo", "naked", "bare"})


def sales_form(words: Sequence[str]) -> int:
    """How many of ``words``' last words say how the product is sold rather than what it is (:data:`SALES_FORMS`);
    0 where none do or nothing would be left of a name."""
    low = [w.lower() for w in words]
    for form in SALES_FORMS:
        if len(low) > len(form) and tuple(low[-len(form) :]) == form:
            return len(form)
    if len(low) > 2 and low[-1] == "only" and low[-2] in SOLD_ALONE | {"skin"}:
        return 2  # "Skin Only", "Solo Only"
    return 1 if len(low) > 1 and low[-1] in SOLD_ALONE else 0


# A duty rating is an attribute, as a material is, after a name or alone: "Sealant Gun Heavy Duty", "Refuse Sack
# Light Duty", "14" (350 mm), heavy duty, pipe wrench" (not before a name: "Heavy Duty Sealant Gun").
DUTIES = frozenset({"light", "medium", "heavy"})
_INTENSIFIERS = frozenset({"extra", "super", "ultra"})


def duty_rating(words: Sequence[str]) -> int:
    """How many of ``words``' last words are a duty rating ("heavy duty", "extra heavy duty", "heavy-duty",
    "Extra-Heavy-Duty") and the materials or colours after it ("Hinge Heavy Duty Stainless Steel", "REFUSE SACK
    HEAVY DUTY BLK"), or 0."""
    low = [w.lower() for w in words]
    end = len(low)
    while end > 1 and material(low[end - 1]):
        end -= 1
    parts = low[end - 1].split("-") if end else []
    if len(parts) > 1 and parts[-1] == "duty" and parts[-2] in DUTIES and set(parts[:-2]) <= _INTENSIFIERS:
        start = end - 1
    elif end >= 2 and low[end - 1] == "duty" and low[end - 2] in DUTIES:
        start = end - 2
    else:
        return 0
    if start > 0 and low[start - 1] in _INTENSIFIERS:
        start -= 1
    return len(low) - start


def name_words(taken: list[str], shouting: bool, powered: bool = False) -> list[str]:
    """A run of words as a type phrase: without a trailing "and" or words no noun ("sanding belts sold"), without
    how it is sold where the text is of a ``powered`` tool ("Circular Saw Bare Unit": :func:`sales_form`) or its
    duty rating, without leading names ("Norden rotary hammer"); empty if its last word cannot head a type."""
    words = list(taken)
    sold = False  # a compound ending a name before how it is sold is the name: "Multi-Tool - Bare Unit"
    while n := (sales_form(words) if powered else 0) or duty_rating(words):
        sold = sold or (powered and sales_form(words) > 0)
        del words[-n:]
    while words and (words[-1] == "and" or not can_head(words[-1]) or words[-1].lower() in PACKS):
        if head_before_form(words) is not None:
            break  # a fastener's head form ends it: "Wood Screw Countersunk", "... Countersunk T-Star plus"
        words.pop()
    if shouting:
        words = _before_supplier(words)
    words = attributes_off(words, shouting)
    while words and words[0] == "and":
        words.pop(0)
    fastener = head_before_form(words)
    while len(words) > 1 and not shouting and only_name(words[0]) and fastener != 0:
        words.pop(0)
        while words and words[0] == "and":  # "Bosch and Makita saw"
            words.pop(0)
        fastener = head_before_form(words)  # a trade word the lexicon lacks is no maker: "Woodscrew Countersunk"
    if words and (_form_start([w.lower() for w in words]) == 0 or all(_form_only(w) for w in words)):
        # A head form alone is an attribute, as a material is ("5.5 x 32 mm, hex head, self-drilling screw"); so are
        # a shape or drive that are no nouns ("PZ2, csk, wood screws"; not "Socket", "Hex").
        return []
    if len(words) == 1 and words[0][:1].isupper() and compound_of_words(words[0]) and not sold:
        return []  # a compound before another name is no brand ("Push-fit elbow"), alone an adjective of what
        # follows as often as a product ("Low-modulus, neutral-cure silicone", "Anti-friction Coated TCT Saw Blade")
    if len(words) == 1 and len(words[0]) == 1:
        return []  # a letter alone names nothing: the "x" of "15 mm x 3 m", the unit of "M12 x 1 m, threaded rod"
    if not words or (not shouting and all(only_name(w) for w in words)):
        return []  # names alone ("Stanley FatMax, ..."; an unknown word opening a title: "Ferroportin ...")
    if attributes_only(words):
        return []  # a material, finish or colour alone: "brass" in "M25, brass, cable gland", "zinc-plated"
    return words


VOWELS = frozenset("aeiouy")  # what ERP abbreviations drop after a word's first letter (VLV valve, CPLG coupling)
ABBREVIATION_MAX = 5  # letters of an ERP abbreviation at most: VLV, WSHR, DRL, CIRC, ELEC; a supplier's STAHL, RETR


def _before_supplier(words: list[str]) -> list[str]:
    """An ERP short text's name ending in a noun, without its material and the short words no lexicon knows after
    it, a supplier's or a variant's abbreviations before the part number ("STANLEY KNIFE ALU STAHL SW-36125", "HARD
    HAT ABS RATCH HARN"); not before a longer word, a trade word as often as not ("CSK ZP WOODSCREW", "HSS JOBBER"),
    or a noun's consonants (:func:`_skeleton`), nor after a name that is an abbreviation itself ("SPR STL INT
    CIRCLIP")."""
    for n in range(1, len(words) - 1):
        rest = words[n + 1 :]
        if (
            material(words[n])
            and heads_name(words[n - 1])
            and "NOUN" in analysis.lemmas(words[n - 1])
            and all(
                material(w) or (len(w) <= ABBREVIATION_MAX and not analysis.lemmas(w) and not _skeleton(w))
                for w in rest
            )
            and not all(material(w) for w in rest)
        ):
            return words[:n]
    return words


def before_maker(words: list[str]) -> list[str]:
    """In capitals, a name before a model code without its maker's name: one word of three to five letters
    that no lexicon knows, after a noun ("JIGSAW FERRO JGS9871", "CIRC SAW SUMIK CS 57-88"); not the start of
    a noun, as an abbreviation is ("FLEXI TAP CONN FTC-300", "PIPE INSUL PI22"), a noun's consonants ("WOOD
    SCR CSK PZ2"), a material, or a letter or two ("MCB TYPE C 10KA")."""
    if len(words) < 2:
        return words
    maker, before = words[-1], words[-2]
    if (
        3 <= len(maker) <= ABBREVIATION_MAX
        and maker.isalpha()
        and not analysis.lemmas(maker)
        and not analysis.begins_noun(maker.lower())
        and not _skeleton(maker)
        and not material(maker)
        and heads_name(before)
        and "NOUN" in analysis.lemmas(before)
    ):
        return words[:-1]
    return words


def _skeleton(word: str) -> bool:
    """Whether ``word`` is a word's consonants, as ERP texts abbreviate a noun ("CPLG", "GLND", "ELB"): perhaps the
    product's own head after its family and material ("PIPE CU CPLG 15MM"), not a supplier's name."""
    return len(word) >= 3 and word.isalpha() and VOWELS.isdisjoint(word[1:].lower())


def heads_name(word: str) -> bool:
    """A word that can head a name and is no material, finish or colour itself."""
    return can_head(word) and not material(word)
