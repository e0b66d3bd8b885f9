"""``/v1/catalogs/<c>/synonyms``: set and read a catalog's synonym sets; keys, field-level 422s that change
nothing, and the new version every search sees at once, on this app and on another node of a shared store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from product_search.index.indexfile import IndexStamp
from product_search.index.lexical_index import LexicalIndex
from product_search.serving.state import service_of
from product_search.text.synonyms import MAX_SETS, MAX_TERM_CHARS, Synonyms

from .support import ADMIN, READ_KEY, READER, error_of, upload, use_case_products

SETS = [["Non-return valve", "check valve"], ["allen key", "hex key", "Allen Keys"]]
STORED = [["non-return valve", "check valve"], ["allen key", "hex key"]]


def index_work(counters: Counter[str], before: Counter[str]) -> dict[str, int]:
    """What a process did to its indexes since ``before``: builds, loads, follows, updates, restamps."""
    return {k: n for k, n in (counters - before).items() if k.startswith(("index_", "lexical_"))}


def put(client: FlaskClient, body: Any, catalog: str = "tools", **kwargs: Any) -> Any:
    return client.put(f"/v1/catalogs/{catalog}/synonyms", json=body, **{"headers": ADMIN, **kwargs})


@pytest.fixture
def loaded(client: FlaskClient) -> FlaskClient:
    assert upload(client, "tools", use_case_products()).status_code == 201
    return client


def test_put_replaces_the_sets_with_a_new_version_and_get_shows_them(loaded: FlaskClient) -> None:
    version = loaded.get("/v1/catalogs/tools").json["version"]
    assert loaded.get("/v1/catalogs/tools/synonyms").json == {"catalog": "tools", "version": version, "sets": []}
    answer = put(loaded, {"sets": SETS})
    assert answer.status_code == 200, answer.json
    assert answer.json == {"catalog": "tools", "version": version + 1, "sets": STORED}
    assert loaded.get("/v1/catalogs/tools/synonyms").json == answer.json
    catalog = loaded.get("/v1/catalogs/tools").json
    assert catalog["version"] == version + 1 and catalog["product_count"] == len(use_case_products())
    cleared = put(loaded, {"sets": []})
    assert cleared.json == {"catalog": "tools", "version": version + 2, "sets": []}


def test_a_missing_catalog_is_404(client: FlaskClient) -> None:
    error_of(client.get("/v1/catalogs/nothing/synonyms"), 404, "catalog_not_found")
    error_of(put(client, {"sets": SETS}, catalog="nothing"), 404, "catalog_not_found")
    assert client.get("/v1/catalogs").json["catalogs"] == [], "a PUT creates no catalog"


def test_writes_need_an_admin_key_and_reads_a_read_key(make_app: Callable[..., Flask]) -> None:
    client = make_app(read_keys=frozenset({READ_KEY})).test_client()
    assert upload(client, "tools", use_case_products()).status_code == 201
    error_of(client.get("/v1/catalogs/tools/synonyms"), 401, "unauthorized")
    assert client.get("/v1/catalogs/tools/synonyms", headers=READER).status_code == 200
    error_of(put(client, {"sets": SETS}, headers=READER), 403, "forbidden")
    error_of(put(client, {"sets": SETS}, headers={}), 401, "unauthorized")
    assert client.get("/v1/catalogs/tools/synonyms", headers=READER).json["sets"] == []


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"sets": "check valve"}, {"sets": ["must be a list of sets, each a list of terms"]}),
        ({"sets": [["check valve"]]}, {"sets.0": ["needs at least 2 different terms"]}),
        ({"sets": [STORED[0], ["hex key", ""]]}, {"sets.1.1": ["must not be empty or blank"]}),
        (
            {"sets": [["hex key", "h" * (MAX_TERM_CHARS + 1)]]},
            {"sets.0.1": [f"longer than {MAX_TERM_CHARS} characters"]},
        ),
        ({"sets": [["hex key", 7]]}, {"sets.0.1": ["must be a string"]}),
        (
            {"sets": [*STORED, ["inbus", "Hex Keys"]]},
            {"sets.2.1": ["'hex keys' is also at sets.1.1: a term may be in one set only"]},
        ),
        ({"sets": [[f"a{n}", f"b{n}"] for n in range(MAX_SETS + 1)]}, {"sets": [f"at most {MAX_SETS} sets"]}),
        ({}, {"sets": ["Missing data for required field."]}),
        ({"sets": STORED, "extra": 1}, {"extra": ["Unknown field."]}),
    ],
)
def test_an_invalid_body_is_a_field_level_422_and_changes_nothing(
    loaded: FlaskClient, body: dict[str, Any], fields: dict[str, list[str]]
) -> None:
    assert put(loaded, {"sets": STORED}).status_code == 200
    before = loaded.get("/v1/catalogs/tools/synonyms").json
    err = error_of(put(loaded, body), 422, "validation_error")
    assert err["details"]["fields"] == fields
    assert loaded.get("/v1/catalogs/tools/synonyms").json == before, "the sets and the version are as they were"


def test_a_body_that_is_not_json_or_not_an_object(loaded: FlaskClient) -> None:
    error_of(put(loaded, [["hex key", "allen key"]]), 422, "validation_error")
    bad = loaded.put("/v1/catalogs/tools/synonyms", data="{", headers={**ADMIN, "Content-Type": "application/json"})
    error_of(bad, 400, "invalid_json")
    error_of(loaded.put("/v1/catalogs/tools/synonyms", data="x", headers=ADMIN), 415, "unsupported_media_type")


def test_the_openapi_document_describes_both_operations(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").json
    path = spec["paths"]["/v1/catalogs/{catalog}/synonyms"]
    assert (path["get"]["operationId"], path["put"]["operationId"]) == ("getSynonyms", "setSynonyms")
    assert path["put"]["security"] == [{"bearerAuth": []}] and "422" in path["put"]["responses"]
    sets = spec["components"]["schemas"]["SynonymsRequest"]["properties"]["sets"]
    assert (sets["maxItems"], sets["items"]["minItems"], sets["items"]["items"]["maxLength"]) == (5000, 2, 100)
    assert spec["components"]["schemas"]["SynonymsResponse"]["required"] == ["catalog", "sets", "version"]


def test_a_search_after_the_put_reads_the_new_version_on_the_same_app(loaded: FlaskClient) -> None:
    service = service_of(loaded.application).catalogs
    first = loaded.post("/v1/catalogs/tools/search", json={"queries": ["saw"], "top_k": 2}).json
    before = Counter(service.counters)
    version = put(loaded, {"sets": STORED}).json["version"]
    again = loaded.post("/v1/catalogs/tools/search", json={"queries": ["saw"], "top_k": 2}).json
    assert again["version"] == version == first["version"] + 1
    assert again["results"] == first["results"], "no product changed"
    # The writer restamped both indexes after its commit (no copy, no rebuild); the search found them current.
    assert index_work(service.counters, before) == {"index_restamps": 1, "lexical_restamps": 1}
    assert service.get_synonyms("tools").synonyms.to_json() == STORED


@pytest.mark.slow
def test_another_node_of_a_shared_store_reads_the_new_version_at_once(
    make_app: Callable[..., Flask], pg_url: str, tmp_path: Path
) -> None:
    apps = [make_app(store_url=pg_url, data_dir=tmp_path / node) for node in ("node-a", "node-b")]
    a, b = (app.test_client() for app in apps)
    try:
        assert upload(a, "tools", use_case_products()).status_code == 201
        first = b.post("/v1/catalogs/tools/search", json={"queries": ["saw"], "top_k": 2}).json
        node_b = service_of(apps[1]).catalogs
        before = Counter(node_b.counters)
        version = put(a, {"sets": STORED}).json["version"]
        again = b.post("/v1/catalogs/tools/search", json={"queries": ["saw"], "top_k": 2}).json
        assert again["version"] == version > first["version"] and again["results"] == first["results"]
        assert b.get("/v1/catalogs/tools/synonyms").json == {"catalog": "tools", "version": version, "sets": STORED}
        assert node_b.get_synonyms("tools").synonyms.to_json() == STORED
        read = b.post("/v1/catalogs/tools/search", json={"queries": ["allen keys"], "top_k": 2}).json["readings"]
        assert read[0]["synonyms"] == [{"term": "allen keys", "equivalents": ["hex key"]}], "node B applies them"
        # Node B followed the change log (nothing in it: only the version changed); nothing was rebuilt.
        assert index_work(node_b.counters, before) == {"index_follows": 1, "lexical_follows": 1}
    finally:
        for app in apps:
            catalogs = service_of(app).catalogs
            catalogs.follower.stop.set()
            catalogs.close()


VALVES = [
    {"id": "c1", "description": "Check valve 1/2 inch, brass, spring loaded"},
    {"id": "c2", "description": "Check valve 3/4 inch, brass, spring loaded"},
    {"id": "b1", "description": "Ball valve 1/2 inch, brass, lever handle"},
    {"id": "b2", "description": "Ball valve 3/4 inch, brass, lever handle"},
    {"id": "k1", "description": "Allen key set 1.5-10 mm, 9 pieces, ball end"},
    {"id": "s1", "description": "Socket set 1/2 inch drive, 24 pieces"},
]


def _search(client: FlaskClient, query: str, mode: str) -> tuple[list[str], dict[str, Any]]:
    body = client.post("/v1/catalogs/valves/search", json={"queries": [query], "top_k": 3, "mode": mode}).json
    return [h["id"] for h in body["results"][0]], body["readings"][0]


@pytest.mark.parametrize("mode", ["lexical", "hybrid"])
def test_synonyms_apply_to_words_types_and_readings_both_ways(client: FlaskClient, mode: str) -> None:
    assert upload(client, "valves", VALVES).status_code == 201
    _, before = _search(client, "non return valve 1/2", mode)
    assert before["synonyms"] == [], before
    assert "ball valve" in before["types"], "without synonyms the words name any valve"
    sets = {"sets": [["non-return valve", "check valve"], ["hex key", "allen key"]]}
    assert put(client, sets, "valves").status_code == 200
    ids, reading = _search(client, "non return valve 1/2", mode)
    assert ids[0] == "c1", ids  # the catalog's check valve, in the asked size
    assert reading["synonyms"] == [{"term": "non return valve", "equivalents": ["check valve"]}]
    if mode == "hybrid":
        assert reading["types"] == ["check valve"]
    ids, reading = _search(client, "hex key 10mm", mode)  # the other way round: the catalog writes "allen"
    assert ids[0] == "k1" and reading["synonyms"] == [{"term": "hex key", "equivalents": ["allen key"]}]
    ids, reading = _search(client, "ball valve 3/4", mode)
    assert ids[0] == "b2" and reading["synonyms"] == [], "a query without a term is read as before"


def test_dense_mode_reads_the_query_as_typed(client: FlaskClient) -> None:
    assert upload(client, "valves", VALVES).status_code == 201
    first = client.post("/v1/catalogs/valves/search", json={"queries": ["non return valve"], "mode": "dense"}).json
    assert put(client, {"sets": [["non-return valve", "check valve"]]}, "valves").status_code == 200
    again = client.post("/v1/catalogs/valves/search", json={"queries": ["non return valve"], "mode": "dense"}).json
    scores = [[h["signals"]["dense"] for h in r] for r in (first["results"][0], again["results"][0])]
    assert scores[0] == scores[1], "the model's scores do not change: only words and types read synonyms"


SAWS = [
    {"id": "j1", "description": "Bosch PST 700 E jigsaw, 500 W, in case"},
    {"id": "j2", "description": "Makita 4350FCT jigsaw 720 W"},
    {"id": "c1", "description": "Circular saw 190 mm, 1400 W"},
    {"id": "c2", "description": "Circular saw 165 mm, 18V, body only"},
    {"id": "p1", "description": "Plunge saw 55 mm with guide rail"},
    {"id": "m1", "description": "Mitre saw 254 mm, sliding"},
    {"id": "m2", "description": "Mitre saw 216 mm"},
    {"id": "b1", "description": "Jigsaw blades T101B for wood, pack of 5"},
    {"id": "b2", "description": "Jigsaw blades T144D for wood, pack of 5"},
]


def test_types_are_read_from_each_wording_not_from_the_equivalents_side_by_side(client: FlaskClient) -> None:
    """A query for a "cordless jigsaw" with "jig saw" beside it is not one for every saw, and "jig saw blades"
    still asks for blades: the types come from the most specific wording (as typed, or one equivalent in place)."""
    assert upload(client, "saws", SAWS).status_code == 201
    assert put(client, {"sets": [["jigsaw", "jig saw"]]}, "saws").status_code == 200

    def read(query: str) -> tuple[list[str], dict[str, Any]]:
        body = client.post("/v1/catalogs/saws/search", json={"queries": [query], "top_k": 2}).json
        return [h["id"] for h in body["results"][0]], body["readings"][0]

    ids, reading = read("cordless jigsaw")
    assert reading["types"] == ["jigsaw"] and reading["synonyms"] == [{"term": "jigsaw", "equivalents": ["jig saw"]}]
    assert set(ids) == {"j1", "j2"}, ids
    ids, reading = read("jig saw 720w")  # the generic equivalent typed: the catalog's word names the type
    assert reading["types"] == ["jigsaw"] and ids[0] == "j2", (ids, reading)
    ids, reading = read("jig saw blades t144d")  # the accessory asked for by name stays the accessory
    assert reading["types"] == ["jigsaw blades"] and ids[0] == "b2", (ids, reading)
    ids, reading = read("mitre saw 216mm")  # no term of a set: read as before
    assert reading["types"] == ["mitre saw"] and reading["synonyms"] == [] and ids[0] == "m2"


def test_an_equivalent_names_types_only_where_it_says_one_in_full() -> None:
    """The readings of the wordings, in the index: an equivalent that names only other types of its head word
    ("jig saw": circular and plunge saws, where each jigsaw is listed under a phrase of its own) changes nothing;
    one the catalog has as a type ("check valve") narrows the reading to it."""
    catalog = [
        "DeWalt DCS334N 18V XR brushless top-handle jigsaw, body only",
        "Festool Carvex PSC 420 18V cordless pendulum jigsaw",
        "Metabo STEB 65 Quick 450 W pendulum jigsaw, 240 V",
        *("Circular saw 190 mm, 1400 W", "Circular saw 165 mm, 18V", "Plunge saw 55 mm, 1200 W", "Plunge saw 160 mm"),
        *("Check valve 1/2 inch, brass", "Check valve 3/4 inch, brass", "Ball valve 1/2 inch", "Ball valve 3/4 inch"),
    ]
    index = LexicalIndex.build(IndexStamp("i", "c", 1, "fp", 1), enumerate(catalog))
    synonyms = Synonyms.parse([["jigsaw", "jig saw"], ["non-return valve", "check valve"]])

    def types(query: str) -> tuple[list[str], list[str]]:
        expansion = synonyms.expand(query)
        read = index.match(expansion.text, wordings=expansion.wordings).query.type_names
        return read, index.match(expansion.text).query.type_names  # and as the expanded text alone reads

    assert types("cordless jigsaw") == ([], ["circular saw", "plunge saw"])
    assert types("non return valve 1/2") == (["check valve"], ["check valve"])
    assert index.match("non return valve 1/2").query.type_names == ["check valve", "ball valve"], "the premise"
