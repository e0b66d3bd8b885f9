"""search/ingest.py: one validation for products from JSON, CSV and JSON Lines (no model, no app)."""

from __future__ import annotations

import json

import pytest

from product_search.errors import InvalidInput, MalformedInput
from product_search.search.ingest import (
    check_unique_ids,
    detect_format,
    loads_strict,
    parse_file,
    validate_products,
)
from product_search.storage.store import NewProduct


@pytest.mark.parametrize(
    ("filename", "content_type", "head", "expected"),
    [
        ("catalog.csv", "application/json", b"{", "csv"),  # the name wins
        ("catalog.ndjson", None, b"id,description", "jsonl"),
        (None, "text/csv; charset=utf-8", b"{", "csv"),
        (None, "application/x-ndjson", b"id", "jsonl"),
        (None, None, b'  {"id": 1}', "jsonl"),
        ("upload", "application/octet-stream", b"id,description", "csv"),
    ],
)
def test_format_from_name_then_type_then_content(
    filename: str | None, content_type: str | None, head: bytes, expected: str
) -> None:
    assert detect_format(filename, content_type, head) == expected


def test_csv_columns_beyond_id_and_description_become_metadata() -> None:
    data = '\ufeffid,description,brand,price\n1,Hex bolt M8,Acme,\n\n2,"Washer, flat",,0.10\n'.encode()
    assert parse_file(data, "csv") == [
        {"id": "1", "description": "Hex bolt M8", "metadata": {"brand": "Acme"}},
        {"id": "2", "description": "Washer, flat", "metadata": {"price": "0.10"}},
    ]


@pytest.mark.parametrize(
    ("data", "message", "details"),
    [
        (b"sku,text\n1,bolt\n", "lacks required column", {"missing_columns": ["id", "description"]}),
        (b"id,description,id\n1,a,2\n", "empty or repeated column names", None),
        (b"id,description\n1,bolt\n2,nut,extra\n", "CSV line 3 has 3 fields", {"line": 3}),
        (b'id,description\n1,"unclosed\n', "malformed CSV", None),
        (b"id,description\n1,\xff\xfe\n", "not valid UTF-8", {"line": 2, "byte_offset": 17}),
    ],
)
def test_malformed_csv_names_the_problem(data: bytes, message: str, details: dict[str, object] | None) -> None:
    with pytest.raises(MalformedInput, match=message) as caught:
        parse_file(data, "csv")
    if details is not None:
        assert details.items() <= caught.value.details.items()


def test_json_lines_errors_name_the_line() -> None:
    with pytest.raises(MalformedInput, match="line 2 is not valid JSON") as caught:
        parse_file(b'{"id": "1", "description": "bolt"}\n{"id": \n', "jsonl")
    assert caught.value.details == {"line": 2}
    with pytest.raises(MalformedInput, match="line 1 is not a JSON object"):
        parse_file(b"[1, 2]\n", "jsonl")
    with pytest.raises(InvalidInput, match="no products"):
        parse_file(b"\n\n", "jsonl")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"price": NaN}', "not a JSON number"),
        ('{"price": 1e999}', "out of range"),
        ('{"n": ' + "9" * 5000 + "}", "out of range"),
        ('{"n": 9223372036854775808}', "out of the 64-bit range"),
        ('{"id": "\\ud800"}', "lone UTF-16 surrogate"),
    ],
)
def test_strict_json_refuses_what_cannot_be_stored(text: str, reason: str) -> None:
    with pytest.raises(json.JSONDecodeError, match=reason):
        loads_strict(text)


def test_strict_json_accepts_real_surrogate_pairs() -> None:
    assert loads_strict('{"d": "\\ud83d\\udd27 wrench"}') == {"d": "\U0001f527 wrench"}


def test_invalid_rows_are_listed_by_position() -> None:
    records = [
        {"id": "ok", "description": "Hex bolt M8"},
        {"id": " ", "description": "blank id"},
        {"id": "long", "description": "x" * 51},
        {"id": "meta", "description": "deep", "metadata": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {}}}}}}}}}},
        {"id": "ctl\x07", "description": "control character"},
    ]
    with pytest.raises(InvalidInput) as caught:
        validate_products(records, max_description_chars=50, max_metadata_bytes=1024)
    assert sorted(caught.value.details["products"]) == ["1", "2", "3", "4"]
    assert validate_products(records[:1], 50, 1024) == [NewProduct("ok", "Hex bolt M8", None)]


def test_duplicate_ids_are_refused_with_their_positions() -> None:
    with pytest.raises(InvalidInput, match="1 product id") as caught:
        check_unique_ids([NewProduct("a", "x", None), NewProduct("b", "y", None), NewProduct("a", "z", None)])
    assert caught.value.details == {"duplicate_ids": {"a": [0, 2]}}
