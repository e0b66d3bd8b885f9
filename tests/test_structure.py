"""A trade catalog's structure in the ranking (text/structure.py, index/descriptions.py): a product's class is
its type, its features' quantities its sizes, class and feature names and the maker's codes words it is found
by; metadata of any other shape adds nothing and breaks nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from product_search.index.descriptions import read_description
from product_search.index.facts import FactIndex
from product_search.index.query_reading import QueryReader
from product_search.storage.store import CatalogStore, ModelBinding, NewProduct
from product_search.text.structure import MARK, indexed_text, split, stored_text

from .support import ADMIN, DIM, unit_vectors

DRILL = {
    "classes": [
        {"system": "ETIM-9.0", "id": "EC001433"},
        {"system": "ECLASS", "id": "1", "name": "Cordless drill driver"},
    ],
    "features": [
        {"name": "Voltage", "values": [18.0], "unit": "VLT"},
        {"name": "Chuck capacity", "values": [1.5, 13], "unit": "MMT"},
        {"name": "Colour", "values": ["blue"]},
    ],
    "manufacturer": "Bosch",
    "manufacturer_part": "0601 9H5 202",
}


def test_the_indexed_text_is_the_description_then_class_and_features() -> None:
    text = indexed_text("GSR 18V-55 professional", DRILL)
    description, named, features = split(text)
    assert (description, named) == ("GSR 18V-55 professional", "Cordless drill driver")
    assert features == "Voltage: 18 v. Chuck capacity: 1.5 mm, 13 mm. Colour: blue. Bosch. 0601 9H5 202 06019H5202"
    assert indexed_text("Plain text", {"brand": "Acme"}) == "Plain text", "no structure: the description alone"
    assert indexed_text(f"Forged{MARK}Claw hammer", None) == "Forged Claw hammer", "no text poses as structure"
    assert stored_text("GSR", '{"brand": "x"}') == "GSR"


@pytest.mark.parametrize(
    "metadata",
    [
        {"classes": "EC1", "features": "Diameter 8"},
        {"classes": [None, 1, {"name": 5}, {"name": ""}], "features": [None, {"name": 1}, {"values": [8]}]},
        {"features": [{"name": "Diameter", "values": [True, None, {"a": 1}, [8]], "unit": 5}]},
        {"manufacturer": ["x"], "manufacturer_part": 5, "gtin": {"a": 1}, "keywords": "kw"},
    ],
)
def test_metadata_of_any_shape_adds_nothing_it_cannot_read(metadata: dict[str, Any]) -> None:
    text = indexed_text("Hex bolt M8", metadata)
    tokens, (_, phrase) = read_description(text)
    assert "hex" in tokens and phrase is not None and phrase.text == "hex bolt"


def test_the_class_is_the_type_and_features_are_its_own_sizes() -> None:
    tokens, (facts, phrase) = read_description(indexed_text("GSR 18V-55 professional", DRILL))
    assert phrase is not None and phrase.text == "cordless drill driver", "the class, not a guess from the words"
    assert {"own|#dimension:18v", "own|#dimension:13mm", "own|#part:06019h5202"} <= set(facts)
    assert {"chuck", "capac", "blue", "bosch"} <= set(tokens), "feature names and values are words"
    texts = [
        indexed_text("GSR 18V-55 professional", DRILL),
        "Battery 18V 4.0Ah for cordless drill driver",
        "Battery 18V 2.0Ah for cordless drill driver",
        "Twist drill HSS 8 mm",
    ]
    facts = FactIndex.build(texts)
    reader = QueryReader(facts)
    assert reader.understand("cordless drill driver").type_names == ["cordless drill driver"]
    assert reader.understand("cordless drill driver").classified, "named by its class"
    assert not reader.understand("twist drill 8mm").classified, "a type guessed from a title"
    kept = QueryReader(FactIndex.load(facts.arrays(), json.loads(json.dumps(facts.meta()))))
    assert kept.understand("cordless drill driver").classified, "as its index file keeps it"


def test_a_bmecat_catalog_is_searched_by_class_feature_size_and_the_makers_code(client: FlaskClient) -> None:
    def product(pid: str, text: str, group: str, name: str | None, *, features: str = "", extra: str = "") -> str:
        named = f"<REFERENCE_FEATURE_GROUP_NAME>{name}</REFERENCE_FEATURE_GROUP_NAME>" if name else ""
        return (
            f'<PRODUCT mode="new"><SUPPLIER_PID>{pid}</SUPPLIER_PID><PRODUCT_DETAILS><DESCRIPTION_SHORT>{text}'
            f"</DESCRIPTION_SHORT>{extra}</PRODUCT_DETAILS><PRODUCT_FEATURES><REFERENCE_FEATURE_SYSTEM_NAME>ETIM-9.0"
            f"</REFERENCE_FEATURE_SYSTEM_NAME><REFERENCE_FEATURE_GROUP_ID>{group}</REFERENCE_FEATURE_GROUP_ID>"
            f"{named}{features}</PRODUCT_FEATURES></PRODUCT>"
        )

    def feature(name: str, value: str, unit: str) -> str:
        return f"<FEATURE><FNAME>{name}</FNAME><FVALUE>{value}</FVALUE><FUNIT>{unit}</FUNIT></FEATURE>"

    maker = "<MANUFACTURER_PID>0601 9H5 202</MANUFACTURER_PID><MANUFACTURER_NAME>Bosch</MANUFACTURER_NAME>"
    products = [
        product("D1", "GSR 18V-55 professional, 2 x 2.0 Ah, L-Boxx", "EC001433", "Cordless drill driver", extra=maker),
        product("D2", "DDF485Z 18V LXT brushless", "EC001433", None),  # named by the other product of its class
        product("B1", "18V 4.0Ah battery for cordless drill drivers", "EC002469", "Battery pack"),
        product("B2", "18V 2.0Ah battery for cordless drill drivers", "EC002469", "Battery pack"),
        product("T8", "HSS-G DIN 338", "EC000180", "Twist drill", features=feature("Diameter", "8", "MMT")),
        product("T10", "HSS-G DIN 338", "EC000180", "Twist drill", features=feature("Diameter", "1", "CMT")),
        product("T6", "HSS-G DIN 338", "EC000180", "Twist drill", features=feature("Diameter", "6", "mm")),
    ]
    catalog = (
        '<BMECAT version="2005"><HEADER><CATALOG><LANGUAGE>eng</LANGUAGE></CATALOG></HEADER><T_NEW_CATALOG>'
        + "".join(products)
        + "</T_NEW_CATALOG></BMECAT>"
    )
    sent = client.post(
        "/v1/catalogs/acme/products",
        data={"file": (io.BytesIO(catalog.encode()), "acme.xml", "application/xml")},
        content_type="multipart/form-data",
        headers=ADMIN,
    )
    assert sent.status_code == 201, sent.json

    def first(query: str) -> tuple[str, list[str]]:
        found = client.post("/v1/catalogs/acme/search", json={"queries": [query], "top_k": 3})
        return found.json["results"][0][0]["id"], found.json["readings"][0]["types"]

    top, types = first("cordless drill driver")
    assert top in {"D1", "D2"} and types == ["cordless drill driver"], "the class, though no text says it"
    assert first("twist drill 10mm")[0] == "T10", "a feature of 1 cm is the 10 mm asked for"
    assert first("twist drill 8 mm")[0] == "T8"
    assert first("0601 9H5 202")[0] == "D1", "the maker's part number, typed as printed"
    assert first("06019H5202")[0] == "D1"
    assert first("bosch drill driver")[0] == "D1"
    # The trade's name shortened, where the model prefers a battery made for the class: the class still leads.
    for query in ("cordless drill", "18v cordless drill"):
        top, types = first(query)
        assert top in {"D1", "D2"} and types == ["cordless drill driver"], query
    assert first("battery for cordless drill")[0] in {"B1", "B2"}


def test_a_change_of_structure_alone_reindexes_the_product(tmp_path: Path) -> None:
    store = CatalogStore.open(None, tmp_path)
    bind = ModelBinding("m:1", "fp", {"id": "fp"}, DIM)
    plain = NewProduct("p", "GSR 18V-55", {"brand": "Bosch"})
    classed = NewProduct("p", "GSR 18V-55", DRILL)
    with store.write() as conn:
        store.create_catalog(conn, "c", bind)
        gen = store.get_catalog(conn, "c").generation  # type: ignore[union-attr]
        store.upsert_products(conn, "c", [plain], {gen: unit_vectors(1)})
        version = store.get_catalog(conn, "c").version  # type: ignore[union-attr]
    with store.read() as conn:
        assert store.unchanged(conn, "c", [plain]) == ({"p"}, {"p"})
        assert store.unchanged(conn, "c", [classed]) == ({"p"}, set()), "same text, new class: read again"
        priced = NewProduct("p", "GSR 18V-55", {"brand": "Bosch", "price": 9})
        assert store.unchanged(conn, "c", [priced]) == ({"p"}, {"p"}), "a price is no new text"
    with store.write() as conn:
        store.upsert_products(conn, "c", [classed], {gen: unit_vectors(1)})
    with store.read() as conn:
        _, written = store.changes_since(conn, "c", version)
        assert [split(text)[1] for _, text in written] == ["Cordless drill driver"], "other nodes read it too"
        assert [split(text)[1] for batch in store.iter_texts(conn, "c") for _, text in batch] == [
            "Cordless drill driver"
        ]
    store.close()


@pytest.mark.parametrize(
    "metadata",
    [None, {}, {"brand": "x"}, DRILL, {"manufacturer_part": "AB 12"}, {"gtin": ["4006209123456"]}, {"keywords": ["k"]}],
)
def test_a_stored_product_reads_as_it_was_written(metadata: dict[str, Any] | None) -> None:
    import json

    stored = None if metadata is None else json.dumps(metadata, ensure_ascii=False, sort_keys=True)
    assert stored_text(f"Hex{MARK}bolt", stored) == indexed_text(f"Hex{MARK}bolt", metadata)
