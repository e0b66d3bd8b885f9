"""text/synonyms.py: sets of equivalent terms, normalized and validated once, and queries expanded with them."""

from __future__ import annotations

import time

import pytest

from product_search.errors import InvalidInput
from product_search.text.synonyms import (
    MAX_ADDED_CHARS,
    MAX_SETS,
    MAX_TERM_CHARS,
    MAX_TERMS,
    MAX_WORDING_CHARS,
    MAX_WORDINGS,
    Expansion,
    Synonyms,
)

VALVES = ["non-return valve", "check valve"]
KEYS = ["allen key", "hex key"]


@pytest.fixture(scope="module")
def hardware() -> Synonyms:
    return Synonyms.parse([VALVES, KEYS, ["pipe wrench", "stillson"]])


def refusal(sets: object) -> dict[str, list[str]]:
    with pytest.raises(InvalidInput) as caught:
        Synonyms.parse(sets)
    assert caught.value.code == "validation_error" and "nothing was changed" in caught.value.message
    return caught.value.fields


# -- parsing -----------------------------------------------------------------------------------------------


def test_terms_are_trimmed_collapsed_and_lower_cased_and_repeats_kept_once() -> None:
    parsed = Synonyms.parse([["  Non-Return   Valve ", "CHECK valve", "check valves", "Check  Valve"], KEYS])
    assert parsed.sets == (("non-return valve", "check valve"), ("allen key", "hex key"))
    assert parsed.to_json() == [VALVES, KEYS]
    assert Synonyms.parse([]) == Synonyms() and not Synonyms() and parsed
    assert Synonyms.parse(parsed.sets) == parsed, "another Synonyms' sets parse as they are"


def test_stored_text_gives_the_same_object_with_its_compiled_terms() -> None:
    text = '[["non-return valve", "check valve"]]'
    first = Synonyms.from_json(text)
    assert first.sets == (tuple(VALVES),) and Synonyms.from_json(text) is first


@pytest.mark.parametrize(
    ("sets", "fields"),
    [
        ("valve", {"sets": ["must be a list of sets, each a list of terms"]}),
        ({"a": "b"}, {"sets": ["must be a list of sets, each a list of terms"]}),
        ([VALVES, "allen key"], {"sets.1": ["must be a list of terms"]}),
        ([["check valve"]], {"sets.0": ["needs at least 2 different terms"]}),
        ([["hex key", "Hex keys", "HEX  KEY"]], {"sets.0": ["needs at least 2 different terms"]}),
        ([KEYS, ["valve", ""]], {"sets.1.1": ["must not be empty or blank"]}),
        ([["valve", "   "]], {"sets.0.1": ["must not be empty or blank"]}),
        ([["valve", 12]], {"sets.0.1": ["must be a string"]}),
        ([["valve", None]], {"sets.0.1": ["must be a string"]}),
        ([["valve", "x" * (MAX_TERM_CHARS + 1)]], {"sets.0.1": [f"longer than {MAX_TERM_CHARS} characters"]}),
        ([["valve", "--/--"]], {"sets.0.1": ["must contain a letter or digit"]}),
        (
            [["valve (brass)", "tap"]],
            {"sets.0.0": ["its words must not be separated by , ; ( ) [ ] or a full stop: it could never match"]},
        ),
    ],
)
def test_invalid_sets_are_refused_with_the_path_of_each_field(sets: object, fields: dict[str, list[str]]) -> None:
    assert refusal(sets) == fields


def test_a_term_in_two_sets_is_refused_also_as_another_form_of_it() -> None:
    fields = refusal([KEYS, ["allen wrench", "Allen-Keys"], VALVES, ["check valve", "one-way valve"]])
    assert fields == {
        "sets.1.1": ["'allen-keys' is also at sets.0.0: a term may be in one set only"],
        "sets.3.0": ["'check valve' is also at sets.2.1: a term may be in one set only"],
    }


def test_every_problem_is_named_at_once() -> None:
    fields = refusal([["a", ""], ["b"], "c", ["d", 4]])
    assert set(fields) == {"sets.0.1", "sets.1", "sets.2", "sets.3.1"}


def test_limits() -> None:
    assert len(Synonyms.parse([[f"term {n}", f"other {n}"] for n in range(MAX_SETS)]).sets) == MAX_SETS
    assert refusal([[f"term {n}", f"other {n}"] for n in range(MAX_SETS + 1)]) == {"sets": [f"at most {MAX_SETS} sets"]}
    assert len(Synonyms.parse([[f"term {n}" for n in range(MAX_TERMS)]]).sets[0]) == MAX_TERMS
    assert refusal([[f"term {n}" for n in range(MAX_TERMS + 1)]]) == {"sets.0": [f"at most {MAX_TERMS} terms"]}
    assert Synonyms.parse([["x" * MAX_TERM_CHARS, "y"]]).sets[0][0] == "x" * MAX_TERM_CHARS
    # A whole file of bad terms is named in a bounded answer: the count says how many there are.
    with pytest.raises(InvalidInput) as caught:
        Synonyms.parse([["", ""] for _ in range(MAX_SETS)])
    assert len(caught.value.fields) == 100 and caught.value.details == {"problems": 2 * MAX_SETS}


# -- expansion ---------------------------------------------------------------------------------------------


def test_both_directions(hardware: Synonyms) -> None:
    assert hardware.expand("non return valve 1/2") == Expansion(
        "non return valve check valve 1/2",
        (("non return valve", ("check valve",)),),
        ("non return valve 1/2", "check valve 1/2"),
    )
    assert hardware.expand("Check valve 1/2 brass") == Expansion(
        "Check valve non return valve 1/2 brass",
        (("Check valve", ("non-return valve",)),),
        ("Check valve 1/2 brass", "non-return valve 1/2 brass"),
    )


def test_wordings_substitute_one_term_at_a_time() -> None:
    """The types are read from each wording alone: the query as typed, then one equivalent in place of one term
    (never two at once, never side by side as in the searched text)."""
    synonyms = Synonyms.parse([["jigsaw", "jig saw"], ["sds plus", "sds"]])
    expansion = synonyms.expand("cordless jigsaw blades for sds plus drill")
    assert expansion.text == "cordless jigsaw jig saw blades for sds plus sds drill"
    assert expansion.wordings == (
        "cordless jigsaw blades for sds plus drill",
        "cordless jig saw blades for sds plus drill",
        "cordless jigsaw blades for sds drill",
    )
    # A query no term matches is its only wording; so is one without synonyms.
    assert synonyms.expand("hammer drill").wordings == ("hammer drill",)
    assert Synonyms().expand("jigsaw").wordings == ("jigsaw",)


def test_wordings_are_bounded_and_every_term_gets_its_turn() -> None:
    many = Synonyms.parse([[f"term {n}" for n in range(MAX_TERMS)], ["valve", "tap"]])
    wordings = many.expand("term 3 valve").wordings
    assert len(wordings) == MAX_WORDINGS
    assert wordings[:4] == ("term 3 valve", "term 0 valve", "term 3 tap", "term 1 valve"), "taken in turn"
    # However long the query, the wordings together stay within MAX_WORDING_CHARS (the first is the query).
    long = "valve " + "x" * 600
    assert many.expand(long).wordings == (long,)
    middle = "valve " + "x" * 300
    assert many.expand(middle).wordings == (middle, "tap " + "x" * 300)
    assert sum(map(len, many.expand("valve " + "x" * 200).wordings)) <= MAX_WORDING_CHARS


def test_hyphens_and_spaces_are_interchangeable(hardware: Synonyms) -> None:
    for query in ("non-return valve", "non return valve", "Non - Return  Valve", "NON-RETURN-VALVE"):
        expansion = hardware.expand(query)
        assert expansion.text == f"{query} check valve" and expansion.applied == ((query, ("check valve",)),)
    assert hardware.expand("hex-key").text == "hex-key allen key"


def test_plurals_and_case_are_tolerated(hardware: Synonyms) -> None:
    assert hardware.expand("ALLEN KEYS, metric").text == "ALLEN KEYS hex key, metric"
    assert hardware.expand("check valves").applied == (("check valves", ("non-return valve",)),)
    assert hardware.expand("pipe wrenches 18 inch").text == "pipe wrenches stillson 18 inch"


def test_only_whole_words_match(hardware: Synonyms) -> None:
    for query in ("hexagon key", "hex keyring", "checkvalve", "rehex key", "hex_key"):
        assert hardware.expand(query) == Expansion(query), query


def test_a_phrase_does_not_span_clause_punctuation(hardware: Synonyms) -> None:
    for query in ("hex, key", "hex; key", "hex (key)", "hex. Key"):
        assert hardware.expand(query).applied == (), query


def test_the_longest_term_matches_first() -> None:
    synonyms = Synonyms.parse([["valve", "tap"], ["check valve", "non-return valve"], ["check", "inspect"]])
    assert synonyms.expand("check valve").applied == (("check valve", ("non-return valve",)),)
    # Matches do not overlap: the longest one consumed "check" and "valve"; later words match again.
    assert synonyms.expand("check valve and valve").text == "check valve non return valve and valve tap"


def test_each_set_is_applied_once_per_query(hardware: Synonyms) -> None:
    expansion = hardware.expand("hex key and allen keys and hex key")
    assert expansion.text == "hex key allen key and allen keys and hex key"
    assert expansion.applied == (("hex key", ("allen key",)),)
    both = hardware.expand("allen key for a non-return valve")
    assert both.text == "allen key hex key for a non-return valve check valve"
    assert [term for term, _ in both.applied] == ["allen key", "non-return valve"]


def test_every_other_term_of_a_set_is_inserted_in_its_order() -> None:
    synonyms = Synonyms.parse([["spanner", "wrench", "open-end wrench"]])
    assert synonyms.expand("wrench 13 mm").text == "wrench spanner open end wrench 13 mm"


def test_no_synonyms_and_no_match_return_the_query_as_it_is(hardware: Synonyms) -> None:
    assert Synonyms().expand("check valve") == Expansion("check valve")
    assert hardware.expand("") == Expansion("")
    assert hardware.expand("cordless drill") == Expansion("cordless drill")


def test_long_queries_and_many_terms_take_linear_work() -> None:
    many = Synonyms.parse([[f"term{n} part", f"other{n}"] for n in range(MAX_SETS)])
    query = ("term7 part and a few words between " * 2000)[:65_536]
    started = time.perf_counter()
    expansion = many.expand(query)
    assert expansion.applied == (("term7 part", ("other7",)),)
    # A term of fifty one-letter words and a query of the same word: one walk of at most fifty per word.
    deep = Synonyms.parse([[" ".join("a" * 50), "b"], [" ".join("a" * 49), "c"]])
    assert len(deep.expand("a " * 32_768).applied) == 2
    assert time.perf_counter() - started < 5.0


def test_only_the_equivalents_words_are_inserted() -> None:
    """A term's marker words and punctuation would end the query's main clause: "valve 1/2 bolt" must still
    ask for a valve in 1/2 (and a bolt), not "valve fitting" for pipes."""
    synonyms = Synonyms.parse([["valve", "fitting for pipes"]])
    assert synonyms.expand("valve 1/2 bolt").text == "valve fitting pipes 1/2 bolt"


def test_what_a_query_gains_is_bounded() -> None:
    sets = [[f"term{n}", f"{'x' * 90}{n}"] for n in range(100)]
    query = " ".join(f"term{n}" for n in range(100))
    expansion = Synonyms.parse(sets).expand(query)
    assert len(expansion.text) - len(query) <= MAX_ADDED_CHARS + 100
    assert 0 < len(expansion.applied) < 100
