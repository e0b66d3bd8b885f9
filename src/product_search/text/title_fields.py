"""Which of a marketplace title's " | " fields names the product: "Fernhollow FH318A 300mm | Braided | Isolating |
15mm Tap Connector | Stainless Steel" is a tap connector, though read word by word its name runs across fields
("braided isolating"). :func:`.type_phrases.type_phrase` reads the title, then asks :func:`field_name` whether a
field names it better; each field is read by the same reader (passed in: it reads the title too).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from .identifiers import Identifier, extract
from .titles import DIGIT, said
from .type_words import CONTAINERS, FIELD_LABELS, PRODUCT_MATERIALS, TypePhrase, attributes_off, material, typed

Reader = Callable[[str, Sequence[Identifier]], TypePhrase | None]  # a field's type phrase from its identifiers

# A field's own end inside a title's last field, where the description's text runs on: "... Lock | 5 Lever Matt
# Black finish. Measures 2.5 in." (a sentence's end), "Finish: Polished Chrome" (a label).
_FIELD_END = re.compile(r"[.;:!?](?:\s|$)")
# After a word in capitals, a longer word in lower case is the text after the title: "40 - 50mm Euro Cylinder
# Polished Chrome finish.", "240V Powerful 10 W motor." (not "15mm tap connector": a field in sentence case).
_RUNS_ON = re.compile(r"(?<![\w-])[A-Z][\w-]*+\s++([a-z]{4,})(?![\w-])")
_WORD = re.compile(r"[^\s|]+")
_MAX_FIELDS = 12  # a title has a few fields; more "|" are a table or a list, not read here


def field_name(text: str, read: TypePhrase | None, found: Sequence[Identifier], reader: Reader) -> TypePhrase | None:
    """The name of a marketplace title in " | " fields, where the phrase ``read`` is not the first field's: it runs
    across fields ("braided isolating"), stands in a later field or names nothing. Of the later fields that a
    size opens and a name follows, the longest name, the last of equals ("Fernhollow FH318A 300mm | Braided |
    Isolating | 15mm Tap Connector | Stainless Steel", "Tarrow Tool Tray | EN 131 | Platform | 2.0m Step Ladder");
    a container alone ("5 Pack") names nothing, nor counts ("44 Links" is no size). Else, where ``read`` runs
    across fields or names nothing, the first field's own name ("Knee pads | gel | hard shell", "RCBO | 16 A |
    type B 30 mA"), else the last field's ("Stellan Pair | Pair | Satin Chrome | Door Handle"). None: keep what
    was read ("Stanley Tape Measure | 8m | 32mm Blade": a name in the first field stays the name)."""
    bounds = [m.start() for m in itertools.islice(re.finditer(r"\|", text), _MAX_FIELDS + 1)]
    parts = [text[start + 1 : end] for start, end in zip([-1, *bounds], [*bounds, len(text)], strict=False)]
    saying = said(read.text) if read is not None else None
    where = [bool(saying.search(part)) for part in parts] if saying is not None else []
    crossed = read is not None and not any(where)
    named = _named(read)
    first = named is not None and where[0]  # the first field names it (not "Tube")
    if first and any(i.kind == "dimension" and i.end <= len(parts[0]) for i in found):
        return None  # "Ascendo Masonry Screw 10 x 80mm | Box of 50 | Countersunk": its name and size
    sized: TypePhrase | None = None
    last: TypePhrase | None = None  # the last field's name that no size opens: "Stellan Pair | Pair | Door Handle"
    for k, part in enumerate(parts[1 : _MAX_FIELDS + 1], start=1):
        closing = k == len(parts) - 1
        field = _field_text(part, closing=closing)
        lead = len(field) - len(field.lstrip())
        own = extract(field)
        phrase = _named(reader(field, own))
        if phrase is None:
            continue
        if own and own[0].kind == "dimension" and own[0].start == lead:
            if phrase.text.split()[-1] in FIELD_LABELS:
                continue  # an attribute's size, not a name: "65mm Cutting Depth", "85L Capacity"
            if sized is None or len(phrase.text.split()) >= len(sized.text.split()):
                sized = phrase  # the last of the longest: "8-12mm Hose Clip | 12mm Band" is a hose clip
        elif closing and len(phrase.text.split()) > 1 and not DIGIT.search(field):
            last = phrase  # two words or more, no count: not "Round", "4 Terminal", "Soft Start | Body Only"
    if sized is not None and (not first or read is None or len(sized.text.split()) >= len(read.text.split())):
        return sized  # not "32mm Blade" after "Stanley Tape Measure", but "18V Plunge Saw" after "Splinter Guard"
    if first:
        return None
    if crossed or named is None:  # "Safety Glasses | Tinted Polycarbonate | Lightweight"
        return _named(reader(parts[0], [i for i in found if i.end <= len(parts[0])])) or last
    return None


def _field_text(field: str, *, closing: bool) -> str:
    """A field without what follows its own end: a sentence's end or a label's colon ("... Sash Lock Finish: Matt
    Black"), and in the title's last field the description's text run on after it ("... Chrome finish.")."""
    if (stop := _FIELD_END.search(field)) is not None:
        label = field[: stop.start()].split()[-1:]
        labelled = stop.group().startswith(":") and label and label[0].lower() in FIELD_LABELS
        field = field[: field.rfind(" ", 0, stop.start()) + 1] if labelled else field[: stop.start()]
    if closing and (runs_on := _RUNS_ON.search(field)) is not None:
        field = field[: runs_on.start(1)]
        words = list(_WORD.finditer(field))
        while len(words) > 1 and material(words[-1].group()):
            words.pop()  # and the finish it opened with: "425mm D Pull Handle Matt Black finish."
        field = field[: words[-1].end()] if words else field
    return field


def _named(phrase: TypePhrase | None) -> TypePhrase | None:
    """A field's phrase without the finish written after the name ("D Pull Handle Matt Black": a pull handle; an
    "angle iron" stays), if it names a product: not a container alone ("5 Pack", "6m Roll"; a "Dust Bag" is one),
    nor a unit the quantities do not know ("50W 5000 lm")."""
    if phrase is None:
        return None
    words = phrase.text.split()
    if (len(words) == 1 and words[0] in CONTAINERS) or len(words[-1]) < 3:
        return None
    kept = attributes_off(words)
    if material(kept[-1]) and kept[-1] not in PRODUCT_MATERIALS:
        return None  # a material: "Solid Brass", "A2 Stainless Steel"
    return typed(kept) if kept != words else phrase
