"""Sizes as quantities (issue 28, point 2): unit words read through pint, values compared by dimension.

A buyer's "8mm" is the diameter of a drill bit "8 x 110 mm", never of one "6 x 100 mm"; "20oz" and "20 OZ"
are one hammer head, and neither is a part number; a hose clip "20-32 mm" holds a 25 mm hose.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from product_search.index.facts import FactIndex
from product_search.index.query_reading import QueryReader
from product_search.text import quantities
from product_search.text.identifiers import extract


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8mm", "8mm"),
        ("8 MM", "8mm"),
        ("0.8 cm", "8mm"),
        ("2,5 mm", "2.5mm"),
        ("20oz", "20oz"),
        ("20 OZ", "20oz"),
        ("2 lbs", "32oz"),  # imperial stays imperial: ounces, not grams
        ('1 1/4"', "1-1/4in"),
        ("1-1/4 inch", "1-1/4in"),
        ("1\u00a01/4 inch", "1-1/4in"),  # a no-break space inside a mixed fraction
        ("3/4 inch", "3/4in"),
        ("25ft", "300in"),
        ("1.5 l", "1500ml"),
        ("750 ml", "750ml"),
        ("2 kW", "2000w"),
        ("18V", "18v"),
        ("5000mAh", "5ah"),
        ("5.0 Ah", "5ah"),
        ("60 Nm", "60nm"),
        ("10 bar", "10bar"),
        ("2 millimetres", "2mm"),
    ],
)
def test_a_quantity_is_one_value_however_written(text: str, value: str) -> None:
    (found,) = extract(text)
    assert (found.kind, found.value, found.strong) == ("dimension", value, False)


def test_units_come_from_pint_with_exact_factors() -> None:
    assert quantities.UNITS["cm"] == ("mm", Fraction(10))
    assert quantities.UNITS["lb"] == ("oz", Fraction(16))
    assert quantities.UNITS["mah"] == ("ah", Fraction(1, 1000))
    assert quantities.UNITS["ft"] == ("in", Fraction(12))
    assert quantities.normalized("1 1/4", '"') == "1-1/4in"
    with pytest.raises(KeyError):
        quantities.normalized("3", "parsecs")


def test_20oz_is_a_weight_not_a_part_number() -> None:
    assert [(i.kind, i.value) for i in extract("claw hammer 20oz")] == [("dimension", "20oz")]
    assert not any(i.strong for i in extract("CLAW HAMMER 20OZ FIBREGLASS"))


def test_part_numbers_that_look_like_sizes_stay_part_numbers() -> None:
    # A code printed apart is one part number; the voltage inside it still counts as 18 V.
    assert [(i.kind, i.value) for i in extract("Bosch GSR 18V-55")] == [("part", "gsr18v55"), ("dimension", "18v")]
    assert [(i.kind, i.value) for i in extract("Milwaukee 4932-352-406 bit set")] == [("part", "4932352406")]
    assert [i.kind for i in extract("DCD796D2")] == ["part"]
    assert [i.kind for i in extract("XR-DCD796")] == ["part"]


def test_multi_dimension_sizes_and_their_first_dimension() -> None:
    (drill,) = extract("HSS drill bit 8 x 110 mm")
    assert (drill.value, drill.families) == ("8x110", ("8mm",))
    (inch,) = extract('2 x 4"')
    assert (inch.value, inch.families) == ("2x4in", ("2in",))
    # Each number with its unit is the same size; a size then a bare number is a size and a count.
    (each,) = extract("HSS drill bit 8mm x 110mm")
    assert (each.value, each.families) == ("8x110", ("8mm",))
    (mixed,) = extract("tarpaulin 1.5 m x 200 mm")
    assert (mixed.value, mixed.families) == ("1500x200", ("1500mm",))
    assert [i.value for i in extract("10mm x 2 pack")] == ["10mm"]


def test_ranges_hold_their_ends_and_the_whole_numbers_between() -> None:
    (clip,) = extract("Hose clip 20-32mm stainless")
    assert clip.value == "20-32mm"
    assert clip.families[0] == "20mm" and clip.families[-1] == "32mm" and "25mm" in clip.families
    (wide,) = extract("clamping range 10 - 500 mm")
    assert wide.families == ("10mm", "500mm"), "only the ends of a wide range"
    assert extract("gauge 0 to 10 bar")[0].value == "0-10bar"
    assert [i.value for i in extract('pipe 1-1/4"')] == ["1-1/4in"], "a mixed fraction is no range"


def _attributes(texts: list[str], query: str) -> list[float]:
    index = FactIndex.build(texts)
    return np.round(index.match(QueryReader(index).understand(query)).attributes, 2).tolist()


def test_the_asked_size_matches_the_first_dimension_exactly_never_another() -> None:
    texts = ["HSS drill bit 8 x 110 mm", "HSS drill bit 6 x 100 mm", "HSS drill bit 8 mm", "HSS drill bit 10 x 80 mm"]
    assert _attributes(texts, "8mm drill bit") == [1.0, 0.0, 1.0, 0.0]
    assert _attributes(texts, "drill bit 8 x 110") == [1.0, 0.0, 0.5, 0.0], "the length asked: others of 8 mm half"
    assert _attributes(texts, "6mm drill") == [0.0, 1.0, 0.0, 0.0]
    assert _attributes(texts, "80mm drill bit") == [0.0, 0.0, 0.0, 0.0], "a length is not a diameter"
    assert _attributes(texts, "drill bit 8mm x 110mm") == [1.0, 0.0, 0.5, 0.0], "each number with its unit: the same"


def test_a_threaded_rods_length_in_metres_is_its_length_not_a_code() -> None:
    """ERP and web shops write a rod's thread and length together, the length in metres ("STUDDING M12X1M",
    "M10 x 1 m"): the thread and the length, each a size of its own as "M10 x 2m" always read, never a part
    number nor a 1 mm length; a length in millimetres stays a bolt's (M8x40), a pitch a pitch."""
    rods = ["STUDDING M12X1M GR4.8 ZP", "STUDDING M10X1M A2 SS", "Threaded rod M10 x 1 m, DIN 975", "Studding M8 x 2m"]
    assert [i.key for i in extract(rods[0])] == ["#dimension:m12", "#dimension:1000mm", "#part:gr48"]
    assert [i.value for i in extract(rods[2])] == ["m10", "1000mm", "din975"]
    assert [i.value for i in extract("M6 x 50cm")] == ["m6", "500mm"]
    assert [i.value for i in extract("Threaded rod M10 x 1 metre")] == ["m10", "1000mm"]
    assert [i.value for i in extract("M8 x 40 mm")] == ["m8x40"] and [i.value for i in extract("M10x1.25")] == [
        "m10x1.25"
    ]
    # Not an M of a word after a slash, a full stop or a hyphen ("M/SCR" machine screw, "M.S." mild steel), nor a
    # length no rod is sold in.
    assert next(i.value for i in extract("M5X25 M/SCR PAN HD SS A2")) == "m5x25"
    assert [i.value for i in extract("HEX NUT M10X1.25 M.S. ZP")] == ["m10x1.25"]
    assert [i.value for i in extract("M10 x 25 M SCR")] == ["m10x25"]
    assert _attributes(rods, "studding m12") == [1.0, 0.0, 0.0, 0.0]
    assert _attributes(rods, "m10 threaded rod") == [0.0, 1.0, 1.0, 0.0]
    assert _attributes(rods, "threaded rod m8 2m") == [0.0, 0.0, 0.0, 2.0], "thread and length"
    assert _attributes(rods, "studding 1m") == [1.0, 1.0, 1.0, 0.0], "the length asked alone"


def test_weights_and_ranges_match_by_value() -> None:
    hammers = ["Claw hammer 20 OZ fibreglass", "Claw hammer 16oz steel", "Club hammer 1.25 kg"]
    assert _attributes(hammers, "claw hammer 20oz") == [1.0, 0.0, 0.0]
    assert _attributes(hammers, "club hammer 1250g") == [0.0, 0.0, 1.0]
    clips = ["Hose clip 20-32mm", "Hose clip 8-12mm", "Hose clip 32-50 mm"]
    assert _attributes(clips, "hose clip 25mm") == [1.0, 0.0, 0.0]
    assert _attributes(clips, "hose clip 32 mm") == [1.0, 0.0, 1.0]


def test_pipe_thread_sizes_are_inches_without_the_inch_mark() -> None:
    """The trade prints a pipe thread's nominal size bare: "3/4 BSP" is 3/4 inch, never a series' code."""
    valves = [
        "BALL VLV 1 BSPP F/F LVR BRS",
        "BALL VLV 1-1/2 BSPP F/F LVR BRS",
        "BALL VLV 1/2 BSPP F/F",
        'Ball valve 1/2" NPT',
    ]
    assert _attributes(valves, "1 inch ball valve") == [1.0, 0.0, 0.0, 0.0]
    assert _attributes(valves, "ball valve 1/2in") == [0.0, 0.0, 1.0, 1.0]
    assert [(i.kind, i.value) for i in extract("BALL VLV 1-1/2 BSPP")] == [("dimension", "1-1/2in")], "not code VLV112"
    assert [i.kind for i in extract("BALL VLV 1 LEVER")] == [], "a bare number without a thread is no size"


@pytest.mark.parametrize(
    ("key", "nominal"),
    [
        ("9in", ("225mm", "229mm", "230mm")),
        ("4-1/2in", ("114mm", "115mm")),
        ("7-1/4in", ("184mm", "185mm")),
        ("230mm", ("9in",)),
        ("125mm", ("5in",)),  # 1.6 % from 127 mm: the trade's own rounding
        ("450mm", ("18in",)),  # the whole inch before a nearer half (17-1/2")
        ("1220mm", ("48in",)),  # a 4 ft sheet
        ("1200mm", ("47in", "48in")),  # every whole inch within the spread: a 4 ft level is printed 1200 mm
        # Negatives: below three inches the sizes are fits of their own system (sockets, BSP threads, pipe); not a
        # rounding the trade makes; not a thread, several dimensions, another unit or a length no nominal size is.
        ("1in", ()),
        ("1-1/4in", ()),
        ("2in", ()),
        ("25mm", ()),
        ("32mm", ()),
        ("1/2in", ()),
        ("40mm", ()),
        ("m8", ()),
        ("8x110", ()),
        ("18v", ()),
        ("0mm", ()),
        ("60in", ()),
    ],
)
def test_a_length_of_three_inches_or_more_has_its_nominal_size_in_the_other_system(
    key: str, nominal: tuple[str, ...]
) -> None:
    assert quantities.nominal(key) == nominal


def test_a_size_asked_in_one_system_finds_its_nominal_size_in_the_other() -> None:
    """Buyers ask for a "9 inch grinder" where the catalog sells a 230 mm one (and 230 x 3 mm discs); an 18"
    Stillson is printed 450 mm. A partial match: the size in the system typed comes first. A pipe's or a socket's
    size is a fit, no rounding: a 1" BSP valve is no 25 mm MDPE one, a 1/2" socket no 13 mm one."""
    grinders = ["Angle grinder 230mm 2200W", "Angle grinder 115mm 720W", "Cutting disc 230 x 3 x 22.23 mm"]
    assert _attributes(grinders, "9 inch angle grinder") == [0.5, 0.0, 0.5]
    assert _attributes(grinders, '4.5" grinder') == [0.0, 0.5, 0.0]
    wrenches = ['Stillson 18" heavy duty', "Stillson 450mm", "Stillson 600 mm (24in)"]
    assert _attributes(wrenches, "stillson 450mm") == [0.5, 1.0, 0.0]
    assert _attributes(wrenches, "stillson 18 inch") == [1.0, 0.5, 0.0]
    valves = ['Brass Ball Valve 1" BSP', "Ball valve 25mm MDPE compression", "Ball Valve 32mm MDPE"]
    assert _attributes(valves, "1 inch ball valve") == [1.0, 0.0, 0.0]
    assert _attributes(valves, "ball valve 25mm") == [0.0, 1.0, 0.0]
    sockets = ['Socket 1/2" drive 13mm', "Socket 3/8in drive 13 mm", "Socket 1/2in drive 12mm", "Socket 1-1/4in AF"]
    assert _attributes(sockets, "13mm socket") == [1.0, 1.0, 0.0, 0.0]
    assert _attributes(sockets, "1/2 inch drive socket") == [1.0, 0.0, 1.0, 0.0]
    assert _attributes(sockets, "32mm socket") == [0.0, 0.0, 0.0, 0.0]


def test_n_in_one_is_no_inch_size() -> None:
    """ "5 in 1 tool", "3 in 1 oil": how many in one, no inches (then no 127 mm or 75 mm products either)."""
    assert [i.value for i in extract("5 in 1 painters tool")] == []
    assert [i.value for i in extract("3 in 1 oil 200ml")] == ["200ml"]
    assert [i.value for i in extract("hose 25 in long")] == ["25in"]
    assert [i.value for i in extract("Angle Grinder 9 in 2200W")] == ["9in", "2200w"], "a count of one only"
    assert [i.value for i in extract("Garden Hose 1/2 in 30m")] == ["1/2in", "30000mm"]
    assert "5in" not in [i.value for i in extract("5-in-1 painters tool")]
