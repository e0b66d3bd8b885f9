"""Where a description names its product as a title does: a phrase followed by a size, or by a field's
punctuation and a size ("Claw hammer 16 oz", "Tape measure, 8 m."), not by more of a sentence; and whether a
phrase is a name as it stands (it ends at what it fits or comes with, or follows a model code); where a field of
attributes follows a title's name ("Tape measure - Length: 8 m", "Reusable half mask | Silicone"); which field
of a datasheet's labelled fields says what the product is ("Size: M; Product type: Disposable coverall"); and
what follows a token (a code, a noun, a plain word, the sentence's verb). What :func:`.type_phrases.type_phrase`
weighs where copy names its product more than once and where a name begins and ends."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from . import analysis
from .identifiers import Identifier
from .type_words import ACRONYM, CONTAINERS, TypePhrase, can_head, material, name_words

DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")  # a bare number: the first of a range's "35 - 45mm"
ORIGIN = frozenset({"from", "by"})  # who made it: "plunge saw from Festool"
_DASH = re.compile(r"(?:^|\s)[-\u2013\u2014](?:\s|$)")  # a hyphen, en or em dash between spaces
_LABEL_WORDS = 4  # a field's label before its colon: "Size", "Pack qty", "Tip x blade length"
# Labels of the field that says what the product is, most trusted first. "Type" also labels a kind of the product
# ("Type: auto-retract", "Type: type 5/6"): :func:`.type_phrases.type_phrase` takes its value only as a noun's name.
PRODUCT_LABELS = ("product type", "product", "item type", "article type", "type")
_OPENING_LABEL = re.compile(rf"\s*[^\W\d_]+(?: [^\W\d_]+){{0,{_LABEL_WORDS - 1}}}\s*:\s*[^\s;|]")
_FIELD = re.compile(r"(?:^|[;|\n])\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*:\s*([^;|\n]+)")


def product_fields(text: str) -> list[tuple[str, str]]:
    """The labelled fields of ``text`` that say what the product is, as (label, value) in the order of
    :data:`PRODUCT_LABELS`: a datasheet's "Label: value" fields, set apart by ";", "|" or a line ("Pipe size:
    3-32 mm; Product: Pipe cutter"), whose first label is no name ("Pipe x wall thickness"). Only where the
    text opens with such a field: after a title, "Type" and "Product" label a kind of it ("Drill bit 8mm; Type:
    Masonry", "Padlock 40mm; Product: Security")."""
    if ":" not in text or not _OPENING_LABEL.match(text):
        return []
    fields = {m.group(1).lower(): m.group(2).strip() for m in _FIELD.finditer(text)}
    return [(label, fields[label]) for label in PRODUCT_LABELS if fields.get(label)]


@functools.lru_cache(maxsize=4096)
def _said(phrase: str) -> re.Pattern[str]:
    """Where a text says ``phrase`` (its words, whatever stands between them), and the character after it."""
    words = r"\W+".join(re.escape(w) for w in phrase.split())
    return re.compile(rf"(?i)(?<!\w){words}(?!\w)\s*(.?)")


def _size_later(text: str, start: int) -> bool:
    """Whether a size (a digit) follows ``start`` in its sentence: a title's fields ("Claw hammer, 16 oz")."""
    return DIGIT.search(re.split(r"[.!?](?:\s|$)", text[start:], maxsplit=1)[0]) is not None


def titled(text: str, phrase: TypePhrase) -> bool:
    """Whether ``phrase`` reads as a title's: followed by a size, code or a field's punctuation ("Claw hammer 16
    oz", "Wood screws, ..."), not by more of a sentence or its end ("Rips timber fast on cordless saws.",
    "Room-by-room temperature control.": catalogue copy opens with such fragments)."""
    after = _said(phrase.text).search(text)
    if after is None or any(t.group().lower() in analysis.STOPWORDS for t in analysis.tokens(text[: after.start()])):
        return False  # a title opens with its name (after brands and codes): "Unlike a claw hammer, ..." is prose
    # A size next, or a field's punctuation and a size later in the sentence ("Claw hammer, 16 oz"); a list
    # of words opening copy has none ("Crafts, cable tidying and quick repairs.").
    return (
        after.group(1) == ""
        or after.group(1).isdigit()
        or (after.group(1) in ",;:(" and _size_later(text, after.start(1)))
    )


def named(text: str, toks: Sequence[re.Match[str]], found: Sequence[Identifier], phrase: TypePhrase) -> bool:
    """Whether ``phrase`` (where the text first says it) is a product's name as it stands: what follows it says what
    it fits or comes with ("Cordless drill with 2 batteries. Weight, 1.5 kg.", "Spanner set incl. Ratchet, 1/2
    in."), or it follows a model code ("... powers the Ryobi R18PD3-0 hammer drill. Two speeds, a 13 mm chuck");
    not a benefit that opens copy ("Marked in both metric and imperial. Tape measure, 8 m.", "Reach into back
    boxes. Long nose pliers, 200 mm.")."""
    at = _said(phrase.text).search(text)
    if at is None:
        return False
    following = re.match(r"[^\W\d_]+", text[at.start(1) :])
    if following is not None and following.group().lower() in analysis.ACCESSORY_MARKERS | ORIGIN:
        return True
    coded = analysis.Spans((i.start, i.end) for i in found if i.kind != "dimension")
    before = [t for t in toks if t.end() <= at.start()]
    return bool(before) and before[-1].start() in coded


def opens(text: str, toks: Sequence[re.Match[str]], k: int, spans: analysis.Spans, phrase: TypePhrase) -> bool:
    """Whether ``phrase`` opens the sentence at token ``k`` as a title does: only sizes, codes, acronyms or
    punctuation before it, and after it a field's comma and a size later in the sentence ("Tape measure, 8 m."),
    not a value straight after it ("Weight 1.5 kg.") nor the sentence going on ("Compact and light.")."""
    first = phrase.text.split()[0]
    for n in range(k, len(toks)):
        raw = toks[n].group()
        if raw.lower() == first:
            break
        if not (toks[n].start() in spans or DIGIT.search(raw) or ACRONYM.fullmatch(raw) or raw in analysis.DELIMITERS):
            return False  # a word before it: the sentence says something of it
    after = _said(phrase.text).search(text, toks[k].start())
    if after is None:
        return False
    return after.group(1) in ",(" and _size_later(text, after.start(1))


def attribute_field(toks: Sequence[re.Match[str]], n: int) -> bool:
    """Whether token ``n`` opens a field of attributes after a title's name, the field set apart by "|" or a dash
    between spaces: a label and its colon ("Sanding sheet - Size: 230 x 280 mm", "- Disc diameter: 125 mm") or
    materials, finishes and colours alone ("Reusable Half Mask | Silicone |", "- Nickel Plated Brass -"). Not a
    field that names more ("Power Tools | Cordless Drill", "Bosch Professional - 18V drill", "Heavy Duty - Steel
    Workbench"), nor "wet - dry": there the name goes on or follows."""
    if n == 0 or not _field_gap(toks, n):
        return False
    words: list[str] = []
    for k in range(n, len(toks)):
        raw = toks[k].group()
        if raw == ":":
            return 0 < len(words) <= _LABEL_WORDS  # "Size:", "Tip x blade length:"
        if (k > n and _field_gap(toks, k)) or raw in analysis.DELIMITERS or DIGIT.search(raw):
            break
        words.append(raw)
    return bool(words) and all(material(w) for w in words)


_TITLE_WORD = re.compile(r"[A-Z][^\W\d_]*(?:-[^\W\d_]+)*")  # "Tap", "Pvc", "PE", "Drive-In"
# Words after a size that say what it measures, not what the product is: "20mm Cut", "1m Wide", "44 Links".
_MEASURES = frozenset(
    {"cut", "wide", "width", "long", "length", "deep", "depth", "high", "height", "thick", "thickness", "bore"}
    | {"dia", "diameter", "capacity", "reach", "stroke", "throat", "wall", "band", "links", "tread", "treads"}
)
_LENGTH_OR_VOLUME = re.compile(r'(?i)(?:mm|cm|m|in|inch|ft|"|ml|l|litre|liter)$')  # not "18V Makita"


def sized_field(
    text: str,
    toks: Sequence[re.Match[str]],
    found: Sequence[Identifier],
    aside: analysis.Spans,
    first: TypePhrase | None,
) -> list[str]:
    """The name in a marketplace title's list of features, where the name read first is none: the field that
    opens with a size and goes on to its end in capitalized words ("Fernhollow FH318A 300mm | Braided | Isolating |
    *15mm Tap Connector* | Stainless Steel", "Orvik Puncture Proof - Pneumatic Tyre - Steel - *90 L Wheelbarrow*",
    "Wexley 1kg Bag - Bright Steel - *5.0 x 125 mm Round Nail*"); of several such, the one of most words ("9mm
    Wall, PE Foam, *15mm Pipe Insulation*"), none if two tie. Only in a title of three fields or more (set apart by
    "|", a dash between spaces or a comma), before its first sentence ends; not a container ("1kg Bag"), what a size
    measures ("20mm Cut"), nor a brand again after a voltage ("18V Makita"). Empty where there is none, or where
    ``first`` (the name read first, not followed by a size in its field: the caller asks after
    :func:`titled`) reads as a name of its own: one noun phrase within one field that no size opens, neither a
    container nor materials ("Marlow Kitchen Tap | Chrome | Swivel Spout | 15mm Tap Connectors" sells a tap), and
    without a size of its own as the next field ("Wet and Dry Vacuum | 1000W | 17 L Container")."""
    fields: list[list[int]] = [[]]
    for k, tok in enumerate(toks):
        raw = tok.group()
        if raw in (".", ";") or (k and "\n" in tok.string[toks[k - 1].end() : tok.start()]):
            break  # the title ends
        if raw == ",":
            fields.append([])
        elif k and _field_gap(toks, k) and not (_NUMBER.fullmatch(toks[k - 1].group()) and raw[:1].isdigit()):
            fields.append([k])  # a dash in a range is no field's: "35 - 45mm"
        else:
            fields[-1].append(k)
    if len(fields) < 3:
        return []
    sizes = {i.start: i.end for i in found if i.kind == "dimension"}

    def sized(field: list[int]) -> list[str] | None:  # the words after the size a field opens with
        end = sizes.get(toks[field[0]].start()) if field else None
        if end is None or toks[field[0]].start() in aside:
            return None
        return [toks[k].group() for k in field if toks[k].start() >= end]

    said = None if first is None else _said(first.text).search(text)
    if first is not None and said is not None:
        ends = said.start(1) if said.group(1) else said.end()
        held = [n for n, f in enumerate(fields) if f and toks[f[-1]].end() > said.start() and toks[f[0]].start() < ends]
        if held and held[-1] + 1 < len(fields) and sized(fields[held[-1] + 1]) == []:
            return []  # the name, then its size: "Wet and Dry Vacuum | 1000W"
        words = first.text.split()
        own = (
            len(held) == 1  # a name that runs on into the next field is a title's features: "Puncture Proof - Tyre"
            and sized(fields[held[0]]) is None
            and "NOUN" in analysis.lemmas(words[-1])
            and not (len(words) == 1 and words[0] in CONTAINERS)
            and not all(material(w) for w in words)
        )
        if own:
            return []
    named: list[list[str]] = []
    brand = {toks[k].group() for k in fields[0]}  # the title opens with its brand
    for field in fields:
        rest = sized(field)
        if not rest or not all(_TITLE_WORD.fullmatch(w) for w in rest):
            continue
        words = name_words(rest, False)
        size = text[toks[field[0]].start() : sizes[toks[field[0]].start()]]
        if not words and len(rest) == 1 and rest[0] not in brand and _LENGTH_OR_VOLUME.search(size):
            words = (
                rest if len(rest[0]) > 2 and can_head(rest[0]) else []
            )  # no brand after a length: "200 mm Secateurs"
        if words and words[-1].lower() not in _MEASURES and not (len(words) == 1 and words[0].lower() in CONTAINERS):
            named.append(words)
    most = max(map(len, named), default=0)
    best = [words for words in named if len(words) == most]
    return best[0] if len(best) == 1 else []


def _field_gap(toks: Sequence[re.Match[str]], k: int) -> bool:
    gap = toks[k].string[toks[k - 1].end() : toks[k].start()]
    return "|" in gap or _DASH.search(gap) is not None


# What follows a token: what type_phrases weighs to tell where a name begins and ends.


def coded_next(toks: Sequence[re.Match[str]], n: int, found: Sequence[Identifier]) -> bool:
    """Whether the token after token ``n`` starts a code (an identifier that is no size)."""
    if n + 1 >= len(toks):
        return False
    start = toks[n + 1].start()
    return any(i.start == start and i.kind != "dimension" for i in found)


def plain(word: str) -> bool:
    """A word of three letters or more, no stop word: what can start a name (not "x" of "PH2 x 50", not "for")."""
    letters = word.replace("-", "")
    return len(letters) > 2 and letters.isalpha() and word.lower() not in analysis.STOPWORDS


def noun_after(toks: Sequence[re.Match[str]], n: int, spans: analysis.Spans) -> bool:
    """Whether a word the English lexicon knows as a noun follows token ``n`` in its clause (past sizes and
    codes), or in the next field where the code ends one: "QL537DD *DRILL* DRIVER", "CV-670-7, *BELT* SANDER"."""
    for k, tok in enumerate(toks[n + 1 :]):
        raw = tok.group()
        if raw in analysis.DELIMITERS:
            if k == 0:
                continue
            return False
        if raw.isalpha() and tok.start() not in spans and "NOUN" in analysis.lemmas(raw.lower()):
            return True
    return False


def verb_after(noun: str, word: str, pointer: str) -> bool:
    """Whether ``word`` after ``noun`` is the sentence's verb: "this voltage tester *meets*" (a singular
    noun's verb ends in -s), "these safety goggles *stay* clear" (after a plural noun its name has ended)."""
    if pointer == "these":
        return noun.lower().endswith("s") and not noun.lower().endswith("ss")
    lower = word.lower()
    verbs = analysis.lexicon(lower).get("VERB", ())
    return lower.endswith("s") and not lower.endswith("ss") and any(v != lower for v in verbs)


def word_after(toks: Sequence[re.Match[str]], n: int, spans: analysis.Spans) -> str | None:
    """The plain word after token ``n`` and the sizes and codes that follow it, if its clause goes on with one
    that is no stop word: "P180 *sanding* sponge", not "DHP482 is" or "T101B."."""
    numeral = True  # the token before was a number or code
    for tok in toks[n + 1 :]:
        raw = tok.group()
        if tok.start() in spans or any(c.isdigit() for c in raw) or (numeral and len(raw) <= 2 and raw.isupper()):
            numeral = True  # a unit apart from its number is part of the size: "13 A switched socket"
            continue
        if raw in analysis.DELIMITERS or raw.lower() in analysis.STOPWORDS:
            return None
        return raw
    return None


def words_after(toks: Sequence[re.Match[str]], n: int, spans: analysis.Spans) -> bool:
    """Whether plain words follow token ``n`` in its clause (not sizes, codes or stop words)."""
    for tok in toks[n + 1 :]:
        raw = tok.group()
        if raw in analysis.DELIMITERS:
            return False
        plain = raw.isalpha() and tok.start() not in spans and raw.lower() not in analysis.STOPWORDS
        if plain and not ACRONYM.fullmatch(raw):
            return True
    return False
