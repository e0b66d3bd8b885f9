"""Where a description names its product as a title does: a phrase followed by a size, or by a field's
punctuation and a size ("Claw hammer 16 oz", "Tape measure, 8 m."), not by more of a sentence; and whether a
phrase is a name as it stands (it ends at what it fits or comes with, or follows a model code); where a field of
attributes follows a title's name ("Tape measure - Length: 8 m", "Reusable half mask | Silicone"); which field
of a datasheet's labelled fields says what the product is ("Size: M; Product type: Disposable coverall"); where
a shape's letter and word or a trade word after a model code ends the name ("Rubber V-Belt SPZ", "Quellon
QL-57288 Holesaw 51 mm"); which token introduces the product in prose ("this", "a" after a sentence); whether a
colon opens a list of labelled fields; and what follows a token (a code, a noun, a plain word, the sentence's
verb). What :func:`.type_phrases.type_phrase` weighs where copy names its product more than once and where a name
begins and ends."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from . import analysis
from .identifiers import Identifier
from .type_words import COLLECTIVE, CONTAINERS, TypePhrase, acronym, can_head, material, only_name

DIGIT = re.compile(r"\d")
_SETS = COLLECTIVE | CONTAINERS
ORIGIN = frozenset({"from", "by"})  # who made it: "plunge saw from Festool"
NAME_ENDS = analysis.ACCESSORY_MARKERS | ORIGIN  # words a product's name ends before: "for", "from"
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
def said(phrase: str) -> re.Pattern[str]:
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
    after = said(phrase.text).search(text)
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
    at = said(phrase.text).search(text)
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
        if not (toks[n].start() in spans or DIGIT.search(raw) or acronym(raw) or raw in analysis.DELIMITERS):
            return False  # a word before it: the sentence says something of it
    after = said(phrase.text).search(text, toks[k].start())
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
        if plain and not acronym(raw):
            return True
    return False


def shape_named(toks: Sequence[re.Match[str]], n: int, taken: list[str], spans: analysis.Spans) -> bool:
    """Whether the shaped word at token ``n`` (:func:`.type_words.shaped`) ends the name: only materials and
    brands before it in the run, and after it a size, code, acronym, punctuation, the text's end or a set of it
    ("Rubber V-Belt SPZ 1000 mm"); after a brand alone, not where a name follows its size (a series' mark:
    "Bosch X-Lock 125 mm Angle Grinder")."""
    if not all(material(w) or only_name(w) for w in taken):
        return False
    if not any(material(w) for w in taken) and name_after_size(toks, n, spans):
        return False
    if n + 1 == len(toks):
        return True
    after = toks[n + 1]
    raw = after.group()
    return (
        raw in analysis.DELIMITERS
        or after.start() in spans
        or DIGIT.search(raw) is not None
        or acronym(raw)
        or raw.lower() in _SETS
    )


def trade_word(word: str) -> bool:
    """A capitalized word of letters the lexicon lacks, no series' inner capital ("Holesaw", "Circlip",
    "Degreaser"; not "FatMax", "Li-i")."""
    return len(word) >= 4 and word.isalpha() and word[1:].islower() and only_name(word) and can_head(word)


def after_model(toks: Sequence[re.Match[str]], k: int, found: Sequence[Identifier], spans: analysis.Spans) -> bool:
    """Whether token ``k`` follows a model code (a part number, not a size: "18V") that only brands and acronyms
    open the title before, and its size follows it, with no punctuation between: "Quellon QL-57288 Holesaw 51
    mm", "BN 65-88D Planer 82mm" (the word at ``k`` is then the product's, the model's name ended; not "VTR 91-5H
    - Vantor 30 L": a field of its own), where no name follows the size ("Stanley 0-30-697 Powerlock 3m Tape
    Measure": a series)."""
    if k < 2 or k + 1 >= len(toks):
        return False
    code, text = toks[k - 1], toks[k].string
    if not any(i.strong and i.start <= code.start() < i.end for i in found):
        return False
    if text[code.end() : toks[k].start()].strip() or text[toks[k].end() : toks[k + 1].start()].strip():
        return False
    if not all(only_name(t.group()) or acronym(t.group()) for t in toks[: k - 1]):
        return False
    return not name_after_size(toks, k, spans)


def name_after_size(toks: Sequence[re.Match[str]], n: int, spans: analysis.Spans) -> bool:
    """Whether the sizes and codes right after token ``n`` are followed in their clause by a name: words that,
    less materials, sets and stop words, end in a noun and open with no adjective, up to a field's label ("125 mm
    Angle Grinder", "3m Tape Measure"; not "51 mm Bi-Metal Variable Pitch", "250 ml Medium Strength", "15 mm 316
    Stainless Steel Size: 15 mm")."""
    k = n + 1
    while k < len(toks) and (toks[k].start() in spans or DIGIT.search(toks[k].group()) or acronym(toks[k].group())):
        k += 1
    if k == n + 1:
        return False
    words: list[str] = []
    for j in range(k, len(toks)):
        raw = toks[j].group()
        label = j + 1 < len(toks) and toks[j + 1].group() == ":"  # "Size: 15 mm" labels what follows
        if raw in analysis.DELIMITERS or label or toks[j].start() in spans or DIGIT.search(raw):
            break
        if not (material(raw) or raw.lower() in _SETS or raw.lower() in analysis.STOPWORDS):
            words.append(raw)
    if not words:
        return False
    first, last = analysis.lemmas(words[0]), analysis.lemmas(words[-1])
    return "NOUN" in last and can_head(words[-1]) and "ADJ" not in first


# Verbs after which "a"/"an" introduces what the subject is: "The Makita DHS680Z is an 18 V circular saw".
_COPULAS = frozenset({"is", "are"})


def points(text: str, toks: Sequence[re.Match[str]], k: int) -> bool:
    """Whether token ``k`` introduces the product in prose: "this"/"these" anywhere, "a"/"an" opening a
    sentence after another ("Rips timber fast on cordless saws. A 165 mm TCT blade with ...") or after "is"
    ("... is an 18 V brushless circular saw"). Not "a" inside a clause: "Unlike a claw hammer, ..."."""
    lower = toks[k].group().lower()
    if lower in analysis.POINTERS:
        return True
    if lower not in ("a", "an") or k == 0:
        return False
    gap = text[toks[k - 1].end() : toks[k].start()]  # what stands between it and the word before
    return gap.lstrip()[:1] in ("?", "!") or toks[k - 1].group() == "." or toks[k - 1].group().lower() in _COPULAS


def fields_follow(toks: Sequence[re.Match[str]], n: int) -> bool:
    """Whether the colon at token ``n`` opens a list of labelled fields: after its value, a semicolon and another
    label of a word or two with its colon ("Thread: M10 x 80; Material: A2"), as a title and its attributes
    written on one line read; not a name with its particulars ("Claw Hammer: 16 oz, fibreglass handle")."""
    for k in range(n + 1, len(toks) - 2):
        if toks[k].group() == ";":
            label = 1 if toks[k + 2].group() == ":" else 2 if k + 3 < len(toks) and toks[k + 3].group() == ":" else 0
            return label > 0 and all(t.group().isalpha() for t in toks[k + 1 : k + 1 + label])
        if toks[k].group() in (".", ":"):
            return False
    return False
