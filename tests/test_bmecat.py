"""BMEcat 1.2 and 2005 files read as products (search/bmecat.py): both versions, namespaced or not, the three
transactions, GTIN forms, feature systems, markup in long descriptions; and a hostile set, each refused with
nothing read beyond the file itself: no local file, no connection."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from product_search.cli import main
from product_search.errors import MalformedInput
from product_search.index.lexical_index import LexicalIndex
from product_search.index.vector_index import VectorIndex
from product_search.search.bmecat import Article, BMEcatReader
from product_search.search.bmecat_files import BMEcatFile
from product_search.search.ingest import detect_format
from product_search.storage.store import CatalogStore

from .support import ADMIN

V12 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE BMECAT SYSTEM "bmecat_new_catalog_1_2.dtd">
<BMECAT version="1.2">
  <HEADER>
    <CATALOG><LANGUAGE>eng</LANGUAGE><CATALOG_ID>ACME-2026</CATALOG_ID><CATALOG_VERSION>1.0</CATALOG_VERSION></CATALOG>
    <SUPPLIER><SUPPLIER_NAME>Acme Fixings</SUPPLIER_NAME></SUPPLIER>
  </HEADER>
  <T_NEW_CATALOG>
    <ARTICLE>
      <SUPPLIER_AID>HB-M8-40</SUPPLIER_AID>
      <ARTICLE_DETAILS>
        <DESCRIPTION_SHORT>Hex bolt M8 x 40, DIN 933, zinc plated</DESCRIPTION_SHORT>
        <DESCRIPTION_LONG>&lt;p&gt;Fully threaded &lt;b&gt;hex head&lt;/b&gt;
          bolt,&lt;br/&gt;steel 8.8.&lt;/p&gt;</DESCRIPTION_LONG>
        <EAN>4006209123456</EAN>
        <MANUFACTURER_AID>933-8-40</MANUFACTURER_AID>
        <MANUFACTURER_NAME>Acme</MANUFACTURER_NAME>
        <KEYWORD>bolt</KEYWORD><KEYWORD>hexagon</KEYWORD>
      </ARTICLE_DETAILS>
      <ARTICLE_FEATURES>
        <REFERENCE_FEATURE_SYSTEM_NAME>ETIM-7.0</REFERENCE_FEATURE_SYSTEM_NAME>
        <REFERENCE_FEATURE_GROUP_ID>EC000174</REFERENCE_FEATURE_GROUP_ID>
        <FEATURE><FNAME>Thread size</FNAME><FVALUE>M8</FVALUE></FEATURE>
        <FEATURE><FNAME>Length</FNAME><FVALUE>40</FVALUE><FUNIT>MMT</FUNIT></FEATURE>
      </ARTICLE_FEATURES>
      <ARTICLE_FEATURES>
        <REFERENCE_FEATURE_SYSTEM_NAME>ECLASS-5.1</REFERENCE_FEATURE_SYSTEM_NAME>
        <REFERENCE_FEATURE_GROUP_ID>23110101</REFERENCE_FEATURE_GROUP_ID>
        <FEATURE><FNAME>Material</FNAME><FVALUE>Steel</FVALUE><FVALUE>zinc plated</FVALUE></FEATURE>
      </ARTICLE_FEATURES>
      <ARTICLE_ORDER_DETAILS><ORDER_UNIT>C62</ORDER_UNIT></ARTICLE_ORDER_DETAILS>
    </ARTICLE>
    <ARTICLE>
      <SUPPLIER_AID>DB-8</SUPPLIER_AID>
      <ARTICLE_DETAILS><DESCRIPTION_SHORT>HSS twist drill bit 8 mm</DESCRIPTION_SHORT></ARTICLE_DETAILS>
      <ARTICLE_FEATURES>
        <REFERENCE_FEATURE_SYSTEM_NAME>ETIM-7.0</REFERENCE_FEATURE_SYSTEM_NAME>
        <REFERENCE_FEATURE_GROUP_ID>EC000180</REFERENCE_FEATURE_GROUP_ID>
        <FEATURE><FNAME>Diameter</FNAME><FVALUE>8,0</FVALUE><FUNIT>MMT</FUNIT></FEATURE>
      </ARTICLE_FEATURES>
    </ARTICLE>
    <ARTICLE><ARTICLE_DETAILS><DESCRIPTION_SHORT>No id</DESCRIPTION_SHORT></ARTICLE_DETAILS></ARTICLE>
    <ARTICLE_TO_CATALOGGROUP_MAP>
      <ART_ID>HB-M8-40</ART_ID><CATALOG_GROUP_ID>10</CATALOG_GROUP_ID>
    </ARTICLE_TO_CATALOGGROUP_MAP>
  </T_NEW_CATALOG>
</BMECAT>
"""

V2005 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005">
  <HEADER>
    <CATALOG>
      <LANGUAGE>deu</LANGUAGE><LANGUAGE default="true">eng</LANGUAGE>
      <CATALOG_ID>ACME-UPD</CATALOG_ID><CATALOG_VERSION>2.1</CATALOG_VERSION>
    </CATALOG>
  </HEADER>
  <T_UPDATE_PRODUCTS prev_version="1">
    <PRODUCT mode="update">
      <SUPPLIER_PID>HB-M8-40</SUPPLIER_PID>
      <PRODUCT_DETAILS>
        <DESCRIPTION_SHORT>Hex bolt M8 x 40, DIN 933, A2 stainless</DESCRIPTION_SHORT>
        <INTERNATIONAL_PID type="gtin">04006209123456</INTERNATIONAL_PID>
        <INTERNATIONAL_PID type="isbn">123</INTERNATIONAL_PID>
        <MANUFACTURER_PID>933-8-40-A2</MANUFACTURER_PID>
        <MANUFACTURER_NAME>Acme</MANUFACTURER_NAME>
      </PRODUCT_DETAILS>
      <PRODUCT_FEATURES>
        <REFERENCE_FEATURE_SYSTEM_NAME>ECLASS-10.1</REFERENCE_FEATURE_SYSTEM_NAME>
        <REFERENCE_FEATURE_GROUP_ID>23-11-01-01</REFERENCE_FEATURE_GROUP_ID>
        <REFERENCE_FEATURE_GROUP_NAME>Hexagon bolt</REFERENCE_FEATURE_GROUP_NAME>
        <FEATURE><FNAME>Material</FNAME><FVALUE>Stainless steel A2 (Edelstahl, Größe egal)</FVALUE></FEATURE>
      </PRODUCT_FEATURES>
      <PRODUCT_ORDER_DETAILS><ORDER_UNIT>PK</ORDER_UNIT></PRODUCT_ORDER_DETAILS>
    </PRODUCT>
    <PRODUCT mode="new">
      <SUPPLIER_PID>WA-8</SUPPLIER_PID>
      <PRODUCT_DETAILS><DESCRIPTION_SHORT>Flat washer M8, DIN 125</DESCRIPTION_SHORT></PRODUCT_DETAILS>
    </PRODUCT>
    <PRODUCT mode="delete"><SUPPLIER_PID>DB-8</SUPPLIER_PID></PRODUCT>
    <PRODUCT mode="replace"><SUPPLIER_PID>XX-1</SUPPLIER_PID></PRODUCT>
  </T_UPDATE_PRODUCTS>
</BMECAT>
""".encode("iso-8859-1")

PRICES = b"""<?xml version="1.0"?>
<BMECAT version="1.2"><HEADER><CATALOG><LANGUAGE>eng</LANGUAGE></CATALOG></HEADER>
<T_UPDATE_PRICES prev_version="2"><ARTICLE mode="update"><SUPPLIER_AID>HB-M8-40</SUPPLIER_AID>
<ARTICLE_PRICE_DETAILS><ARTICLE_PRICE price_type="net_list"><PRICE_AMOUNT>0.12</PRICE_AMOUNT></ARTICLE_PRICE>
</ARTICLE_PRICE_DETAILS></ARTICLE></T_UPDATE_PRICES></BMECAT>"""


def checked(data: bytes) -> BMEcatFile:
    return BMEcatFile.check(lambda: io.BytesIO(data), 10_000, 100_000)


def read(data: bytes | str) -> tuple[BMEcatReader, list[Article]]:
    reader = BMEcatReader(io.BytesIO(data.encode() if isinstance(data, str) else data))
    return reader, list(reader)


def test_version_1_2_new_catalog() -> None:
    reader, articles = read(V12)
    assert (reader.version, reader.transaction, reader.catalog_id, reader.language) == (
        "1.2", "new_catalog", "ACME-2026", "eng",
    )  # fmt: skip
    assert [(a.id, a.mode) for a in articles] == [("HB-M8-40", "new"), ("DB-8", "new")]
    bolt = articles[0]
    # The long description's markup (escaped HTML) is text: tags dropped, a break kept as a space.
    assert bolt.description == "Hex bolt M8 x 40, DIN 933, zinc plated. Fully threaded hex head bolt, steel 8.8."
    assert bolt.metadata == {
        "manufacturer": "Acme",
        "manufacturer_part": "933-8-40",
        "gtin": ["4006209123456"],
        "keywords": ["bolt", "hexagon"],
        "order_unit": "C62",
        "classes": [{"system": "ETIM-7.0", "id": "EC000174"}, {"system": "ECLASS-5.1", "id": "23110101"}],
        "features": [
            {"name": "Thread size", "values": ["M8"], "system": "ETIM-7.0"},
            {"name": "Length", "values": [40.0], "unit": "MMT", "system": "ETIM-7.0"},
            {"name": "Material", "values": ["Steel", "zinc plated"], "system": "ECLASS-5.1"},
        ],
    }
    assert articles[1].metadata["features"] == [
        {"name": "Diameter", "values": [8.0], "unit": "MMT", "system": "ETIM-7.0"}
    ]  # a decimal comma is read as a point
    assert reader.articles == 3 and reader.skipped_count == 1
    assert [(s.element, s.reason) for s in reader.skipped] == [("ARTICLE 3", "no SUPPLIER_AID / SUPPLIER_PID")]
    assert reader.classes == {"ETIM-7.0 EC000174": 1, "ECLASS-5.1 23110101": 1, "ETIM-7.0 EC000180": 1}
    assert reader.features["Length"] == 1 and reader.features["Diameter"] == 1


def test_version_2005_update_namespaced_in_latin_1() -> None:
    reader, articles = read(V2005)
    assert (reader.version, reader.transaction, reader.language) == ("2005", "update_products", "eng")
    assert [(a.id, a.mode) for a in articles] == [("HB-M8-40", "update"), ("WA-8", "new"), ("DB-8", "delete")]
    bolt = articles[0]
    assert bolt.metadata["gtin"] == ["04006209123456"], "a GTIN of 2005's form; an ISBN is none"
    assert bolt.metadata["manufacturer_part"] == "933-8-40-A2" and bolt.metadata["order_unit"] == "PK"
    assert bolt.metadata["classes"] == [{"system": "ECLASS-10.1", "id": "23-11-01-01", "name": "Hexagon bolt"}]
    assert bolt.metadata["features"][0]["values"] == ["Stainless steel A2 (Edelstahl, Größe egal)"]
    assert articles[2].description == "" and articles[2].metadata == {}
    assert [s.reason for s in reader.skipped] == ["mode 'replace' is none of new, update, delete"]


def test_a_price_update_changes_no_text() -> None:
    reader, articles = read(PRICES)
    assert reader.transaction == "update_prices" and articles == [] and reader.price_updates == 1


def test_the_long_description_is_cut_at_a_word() -> None:
    long = "word " * 1000
    data = V12.replace("&lt;p&gt;Fully threaded", long + "&lt;p&gt;Fully threaded")
    _, articles = read(data)
    assert len(articles[0].description) <= len("Hex bolt M8 x 40, DIN 933, zinc plated. ") + 1500
    assert articles[0].description.endswith("word")


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A TCP server on loopback that records any connection: a fetch of a DTD or entity would reach it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            seen.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", seen
    stop.set()
    thread.join()
    server.close()


def test_a_dtd_named_by_url_is_ignored_never_fetched(listener: tuple[str, list[bytes]]) -> None:
    url, seen = listener
    data = V12.replace('SYSTEM "bmecat_new_catalog_1_2.dtd"', f'SYSTEM "{url}/bmecat_new_catalog_1_2.dtd"')
    _, articles = read(data)
    assert len(articles) == 2 and seen == []


PRIVATE = "a line no file may show"


@pytest.mark.parametrize(
    ("hostile", "message"),
    [
        # an external entity naming a local file, and one naming a URL
        ('<!DOCTYPE BMECAT [<!ENTITY x SYSTEM "file://{secret}">]>', "EntitiesForbidden"),
        ('<!DOCTYPE BMECAT [<!ENTITY x SYSTEM "{url}/x">]>', "EntitiesForbidden"),
        # a parameter entity fetching a DTD
        ('<!DOCTYPE BMECAT [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>', "EntitiesForbidden"),
        # billion laughs and the quadratic blow-up
        (
            '<!DOCTYPE BMECAT [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
            "EntitiesForbidden",
        ),
        ('<!DOCTYPE BMECAT [<!ENTITY big "' + "x" * 100_000 + '">]>', "EntitiesForbidden"),
    ],
    ids=["local-file", "url", "parameter-dtd", "billion-laughs", "quadratic"],
)
def test_entities_of_any_kind_are_refused(
    hostile: str, message: str, listener: tuple[str, list[bytes]], tmp_path: Path
) -> None:
    url, seen = listener
    secret = tmp_path / "secret.txt"
    secret.write_text(PRIVATE)
    doctype = hostile.format(secret=secret, url=url)
    data = V12.replace('<!DOCTYPE BMECAT SYSTEM "bmecat_new_catalog_1_2.dtd">', doctype).replace(
        "Hex bolt M8 x 40", "Hex bolt &x; &big; &d;" if "ENTITY x" in doctype else "Hex bolt M8 x 40"
    )
    with pytest.raises(MalformedInput) as refused:
        read(data)
    assert refused.value.details == {"refused": message}
    assert PRIVATE not in refused.value.message and seen == [], "no file read, no connection"


@pytest.mark.parametrize(
    ("data", "position"),
    [
        (V12[: V12.index("<ARTICLE_FEATURES>") + 30], None),  # truncated mid-article
        # a Latin-1 byte in a file declared UTF-8
        (V12.replace("zinc plated", "verzinkt, Größe").encode("iso-8859-1"), (12, 0)),
        (V12.replace("</DESCRIPTION_SHORT>", "</DESCRIPTION>", 1), None),  # mismatched tag
        (b"", (1, 0)),
    ],
)
def test_malformed_xml_is_refused_with_its_line_and_column(data: bytes | str, position: tuple[int, int] | None) -> None:
    with pytest.raises(MalformedInput) as refused:
        read(data)
    details = refused.value.details
    assert set(details) == {"line", "column"} and details["line"] >= 1
    assert f"line {details['line']}, column {details['column']}" in refused.value.message
    if position is not None:
        assert details["line"] == position[0]


def test_other_xml_is_no_bmecat() -> None:
    with pytest.raises(MalformedInput, match="root element is catalog, not BMECAT"):
        read(b"<catalog><item/></catalog>")
    with pytest.raises(MalformedInput, match="no T_NEW_CATALOG"):
        read(b'<BMECAT version="1.2"><HEADER/></BMECAT>')


def test_the_format_is_told_by_name_type_or_content() -> None:
    assert detect_format("catalog.XML", None, b"") == "bmecat"
    assert detect_format(None, "application/xml; charset=utf-8", b"") == "bmecat"
    assert detect_format(None, None, b"\xef\xbb\xbf  <?xml version") == "bmecat"
    assert detect_format(None, None, b'{"id": 1}') == "jsonl" and detect_format(None, None, b"id,desc") == "csv"


def test_the_cli_loads_each_transaction_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listener: tuple[str, list[bytes]]
) -> None:
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "data"))
    run = CliRunner()
    files = {name: tmp_path / f"{name}.xml" for name in ("new", "update", "prices", "hostile")}
    files["new"].write_text(V12.replace("bmecat_new_catalog_1_2.dtd", f"{listener[0]}/bmecat.dtd"))
    files["update"].write_bytes(V2005)
    files["prices"].write_bytes(PRICES)
    entity = b'<!DOCTYPE BMECAT [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<BMECAT'
    files["hostile"].write_bytes(V2005.replace(b"<BMECAT", entity, 1).replace(b"A2 stainless", b"&x;"))

    def ids() -> list[str]:
        found = run.invoke(main, ["search", "acme", "bolt washer drill", "--top-k", "10", "--json"])
        return sorted(h["id"] for h in json.loads(found.output)["results"][0])

    loaded = run.invoke(main, ["load", "acme", str(files["new"])])
    assert loaded.exit_code == 0, loaded.output
    assert "BMEcat 1.2 new_catalog: 2 products upserted, 0 deleted, 1 articles skipped" in loaded.output
    summary = json.loads(next(line for line in loaded.stderr.splitlines() if line.startswith("{")))
    assert summary["classes"] == {"ETIM-7.0 EC000174": 1, "ECLASS-5.1 23110101": 1, "ETIM-7.0 EC000180": 1}
    assert summary["skipped_elements"] == [{"element": "ARTICLE 3", "reason": "no SUPPLIER_AID / SUPPLIER_PID"}]
    assert ids() == ["DB-8", "HB-M8-40"] and listener[1] == []
    updated = run.invoke(main, ["load", "acme", str(files["update"])])
    assert updated.exit_code == 0, updated.output
    assert "BMEcat 2005 update_products: 2 products upserted, 1 deleted" in updated.output
    assert ids() == ["HB-M8-40", "WA-8"]
    shown = run.invoke(main, ["search", "acme", "a2 hex bolt", "--top-k", "1", "--json"])
    (bolt,) = json.loads(shown.output)["results"][0]
    assert bolt["description"] == "Hex bolt M8 x 40, DIN 933, A2 stainless" and bolt["metadata"]["order_unit"] == "PK"
    before = CatalogStore.open(None, tmp_path / "data")
    with before.read() as conn:
        version = before.get_catalog(conn, "acme").version  # type: ignore[union-attr]
    prices = run.invoke(main, ["load", "acme", str(files["prices"])])
    assert prices.exit_code == 0 and "nothing to store (1 price updates, no text)" in prices.output
    refused = run.invoke(main, ["load", "acme", str(files["hostile"])])
    assert refused.exit_code == 1 and "EntitiesForbidden" in refused.output and "root:" not in refused.output
    with before.read() as conn:
        assert before.get_catalog(conn, "acme").version == version, "neither changed the catalog"  # type: ignore[union-attr]
    assert ids() == ["HB-M8-40", "WA-8"]


def _send(client: FlaskClient, data: bytes | str, name: str = "catalog.xml") -> TestResponse:
    body = data.encode() if isinstance(data, str) else data
    return client.post(
        "/v1/catalogs/acme/products",
        data={"file": (io.BytesIO(body), name, "application/xml")},
        content_type="multipart/form-data",
        headers=ADMIN,
    )


def _ids(client: FlaskClient) -> list[str]:
    page = client.get("/v1/catalogs/acme/products?limit=100", headers=ADMIN).json
    return sorted(p["id"] for p in page["products"])


def test_the_upload_endpoint_applies_each_transaction(client: FlaskClient, listener: tuple[str, list[bytes]]) -> None:
    created = _send(client, V12.replace("bmecat_new_catalog_1_2.dtd", f"{listener[0]}/bmecat.dtd"))
    assert created.status_code == 201, created.json
    body = created.json
    assert (body["upserted"], body["deleted"], body["not_found"]) == (2, 0, [])
    read = body["bmecat"]
    assert (read["bmecat_version"], read["transaction"]) == ("1.2", "new_catalog")
    assert (read["articles"], read["skipped"]) == (3, 1)
    assert read["skipped_elements"] == [{"element": "ARTICLE 3", "reason": "no SUPPLIER_AID / SUPPLIER_PID"}]
    assert read["features"] == {"Thread size": 1, "Length": 1, "Material": 1, "Diameter": 1}
    assert _ids(client) == ["DB-8", "HB-M8-40"] and listener[1] == [], "the DTD named by URL: never fetched"
    bolt = client.get("/v1/catalogs/acme/products/HB-M8-40", headers=ADMIN).json
    assert bolt["metadata"]["classes"][0] == {"system": "ETIM-7.0", "id": "EC000174"}
    updated = _send(client, V2005)
    assert updated.status_code == 200, updated.json
    assert (updated.json["upserted"], updated.json["deleted"], updated.json["created"]) == (2, 1, False)
    assert updated.json["bmecat"]["skipped_elements"][0]["reason"].startswith("mode 'replace'")
    assert _ids(client) == ["HB-M8-40", "WA-8"]
    version = updated.json["version"]
    prices = _send(client, PRICES)
    assert prices.status_code == 200 and (prices.json["upserted"], prices.json["version"]) == (0, version)
    assert prices.json["bmecat"]["price_updates"] == 1
    replaced = _send(client, V12)  # a new catalog again: the washer, not in it, goes
    assert (replaced.json["upserted"], replaced.json["deleted"]) == (2, 1) and _ids(client) == ["DB-8", "HB-M8-40"]
    again = _send(client, V2005.replace(b"<SUPPLIER_PID>DB-8</SUPPLIER_PID>", b"<SUPPLIER_PID>NOPE</SUPPLIER_PID>"))
    assert again.json["not_found"] == ["NOPE"], "a deleted article the catalog lacks is listed, not an error"


def test_the_upload_endpoint_refuses_a_bad_file_and_stores_nothing(client: FlaskClient) -> None:
    hostile = V2005.replace(b"<BMECAT", b'<!DOCTYPE BMECAT [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<BMECAT', 1)
    refused = _send(client, hostile.replace(b"A2 stainless", b"&x;"))
    assert refused.status_code == 400 and refused.json["error"]["details"] == {"refused": "EntitiesForbidden"}
    assert "root:" not in refused.get_data(as_text=True)
    truncated = _send(client, V12[: V12.index("<ARTICLE_FEATURES>") + 30])
    assert truncated.status_code == 400 and "line" in truncated.json["error"]["details"]
    assert _send(client, PRICES).status_code == 404, "a price update of no catalog: nothing to change"
    assert client.get("/v1/catalogs/acme", headers=ADMIN).status_code == 404, "nothing stored"


def test_an_article_over_a_limit_refuses_the_file_named_by_its_id(make_app: Callable[..., Flask]) -> None:
    client = make_app(max_description_chars=60).test_client()
    sent = _send(client, V12)  # the bolt's short and long descriptions together are longer
    assert sent.status_code == 422, sent.json
    assert list(sent.json["error"]["details"]["articles"]) == ["HB-M8-40"]
    assert client.get("/v1/catalogs/acme", headers=ADMIN).status_code == 404
    over = make_app(max_upload=1).test_client()
    assert _send(over, V12).status_code == 413, "more articles than an upload may hold: the CLI's work"


def test_json_uploads_delete_and_replace_in_one_transaction(client: FlaskClient) -> None:
    url = "/v1/catalogs/acme/products"
    products = [{"id": i, "description": f"Hex bolt M{i}"} for i in ("6", "8", "10")]
    assert client.post(url, json={"products": products}, headers=ADMIN).status_code == 201
    both = client.post(url, json={"products": products[:1], "delete": ["8", "zz"]}, headers=ADMIN)
    assert (both.json["upserted"], both.json["deleted"], both.json["not_found"]) == (1, 1, ["zz"])
    assert both.json["bmecat"] is None and _ids(client) == ["10", "6"]
    only = client.post(url, json={"products": [], "delete": ["10"]}, headers=ADMIN)
    assert (only.status_code, only.json["deleted"], _ids(client)) == (200, 1, ["6"])
    replaced = client.post(url, json={"products": products[1:], "replace": True}, headers=ADMIN)
    assert replaced.json["deleted"] == 1 and _ids(client) == ["10", "8"]
    for body, field in (
        ({"products": []}, "products"),
        ({"products": [], "replace": True}, "replace"),
        ({"products": products[:1], "delete": ["6"]}, "delete"),
    ):
        sent = client.post(url, json=body, headers=ADMIN)
        assert sent.status_code == 422 and field in sent.json["error"]["details"]["fields"], sent.json


def test_encodings_expat_cannot_read_are_refused_cleanly() -> None:
    for encoding in ("UTF-7", "nonsense"):
        with pytest.raises(MalformedInput, match="encoding cannot be read"):
            read(V12.replace('encoding="UTF-8"', f'encoding="{encoding}"'))
    _, articles = read(V12.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert len(articles) == 2 and detect_format(None, None, V12.encode("utf-16")[:64]) == "bmecat"


def test_memory_follows_one_element_not_the_file() -> None:
    """Elements read are dropped: many siblings beside the transaction or inside it leave the tree as small."""
    import tracemalloc

    many = "".join(f"<X><Y>{n}</Y></X>" for n in range(50_000))
    articles = "".join(
        f"<ARTICLE><SUPPLIER_AID>A{n}</SUPPLIER_AID><ARTICLE_DETAILS><DESCRIPTION_SHORT>Wood screw {n}"
        "</DESCRIPTION_SHORT></ARTICLE_DETAILS></ARTICLE>"
        for n in range(20_000)
    )
    data = V12.replace("</T_NEW_CATALOG>", articles + "</T_NEW_CATALOG>" + many).encode()
    tracemalloc.start()
    try:
        count = sum(1 for _ in BMEcatReader(io.BytesIO(data)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_002
    assert peak < 4 * 2**20, f"{peak / 2**20:.1f} MiB for a {len(data) / 2**20:.1f} MiB file"


def test_long_markup_costs_no_more_than_its_cut() -> None:
    import time

    started = time.perf_counter()
    _, articles = read(V12.replace("&lt;p&gt;Fully threaded", "&lt;!--" * 100_000 + "&lt;p&gt;Fully threaded"))
    assert time.perf_counter() - started < 5 and articles[0].description.startswith("Hex bolt M8 x 40")


def test_languages_modes_classes_and_codes_as_given() -> None:
    data = V2005.replace(
        b"<DESCRIPTION_SHORT>Flat washer M8, DIN 125</DESCRIPTION_SHORT>",
        b'<DESCRIPTION_SHORT lang="deu">Unterlegscheibe M8</DESCRIPTION_SHORT>'
        b'<DESCRIPTION_SHORT lang="eng">Flat washer M8, DIN 125</DESCRIPTION_SHORT>'
        b'<KEYWORD lang="deu">Scheibe</KEYWORD><KEYWORD lang="eng">washer</KEYWORD>',
    ).replace(b'<PRODUCT mode="new">', b'<PRODUCT mode=" Update ">')
    data = data.replace(b"<FVALUE>Stainless", b"<FVALUE>0012</FVALUE><FVALUE>Stainless")
    data = data.replace(b"<REFERENCE_FEATURE_GROUP_ID>23-11-01-01</REFERENCE_FEATURE_GROUP_ID>", b"")
    _, articles = read(data)
    washer = articles[1]
    assert (washer.mode, washer.description) == ("update", "Flat washer M8, DIN 125")
    assert washer.metadata["keywords"] == ["washer"]
    bolt = articles[0].metadata
    assert bolt["classes"] == [{"system": "ECLASS-10.1", "name": "Hexagon bolt"}], "a class given by name only"
    assert bolt["features"][0]["values"][0] == "0012", "a code with leading zeros stays text"
    # A new catalog's articles are its products whatever their mode; a PRODUCT outside the transaction is none.
    new = V12.replace("<ARTICLE>", '<ARTICLE mode="delete">', 1).replace(
        "</T_NEW_CATALOG>", "</T_NEW_CATALOG><EXTRA><ARTICLE><SUPPLIER_AID>Z</SUPPLIER_AID></ARTICLE></EXTRA>"
    )
    assert [(a.id, a.mode) for a in read(new)[1]] == [("HB-M8-40", "new"), ("DB-8", "new")]


def test_the_cli_refuses_what_would_surprise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "data"))
    run = CliRunner()
    new, update, empty = tmp_path / "new.xml", tmp_path / "update.xml", tmp_path / "empty.xml"
    new.write_text(V12)
    update.write_bytes(
        b'<BMECAT version="2005"><T_UPDATE_PRODUCTS><PRODUCT mode="delete"><SUPPLIER_PID>DB-8</SUPPLIER_PID>'
        b"</PRODUCT></T_UPDATE_PRODUCTS></BMECAT>"
    )
    empty.write_text('<BMECAT version="1.2"><T_NEW_CATALOG><ARTICLE/></T_NEW_CATALOG></BMECAT>')
    refused = run.invoke(main, ["load", "acme", str(new), "--replace"])
    assert refused.exit_code == 2 and "no --replace" in refused.output
    assert run.invoke(main, ["load", "acme", str(new)]).exit_code == 0
    deleted = run.invoke(main, ["load", "acme", str(update)])  # deletes only: no encoding at all
    assert deleted.exit_code == 0 and "0 products upserted, 1 deleted" in deleted.output, deleted.output
    emptied = run.invoke(main, ["load", "acme", str(empty)])
    assert emptied.exit_code == 1 and "would empty the catalog" in emptied.output
    listed = run.invoke(main, ["list"])
    assert "1 products" in listed.output or "1 product" in listed.output, listed.output


def test_a_class_given_by_id_alone_takes_the_name_the_file_gives_it_elsewhere() -> None:
    named = V2005.replace(
        b"<PRODUCT_DETAILS><DESCRIPTION_SHORT>Flat washer M8, DIN 125</DESCRIPTION_SHORT></PRODUCT_DETAILS>",
        b"<PRODUCT_DETAILS><DESCRIPTION_SHORT>Flat washer M8, DIN 125</DESCRIPTION_SHORT></PRODUCT_DETAILS>"
        b"<PRODUCT_FEATURES><REFERENCE_FEATURE_SYSTEM_NAME>ECLASS-10.1</REFERENCE_FEATURE_SYSTEM_NAME>"
        b"<REFERENCE_FEATURE_GROUP_ID>23-11-01-01</REFERENCE_FEATURE_GROUP_ID></PRODUCT_FEATURES>",
    )
    upload = checked(named)
    washer = next(r for batch in upload.records(10) for r in batch if r["id"] == "WA-8")
    assert washer["metadata"]["classes"] == [{"system": "ECLASS-10.1", "id": "23-11-01-01", "name": "Hexagon bolt"}]


GROUPED = """<?xml version="1.0"?>
<BMECAT version="1.2"><HEADER><CATALOG><LANGUAGE>eng</LANGUAGE></CATALOG></HEADER>
<T_NEW_CATALOG>
  <CATALOG_GROUP_SYSTEM><GROUP_SYSTEM_ID>1</GROUP_SYSTEM_ID>
    <CATALOG_STRUCTURE type="root"><GROUP_ID>0</GROUP_ID><GROUP_NAME>Catalog</GROUP_NAME></CATALOG_STRUCTURE>
    <CATALOG_STRUCTURE type="leaf"><GROUP_ID>10</GROUP_ID><GROUP_NAME>Claw hammers</GROUP_NAME>
      <PARENT_ID>0</PARENT_ID></CATALOG_STRUCTURE>
  </CATALOG_GROUP_SYSTEM>
  <ARTICLE><SUPPLIER_AID>H1</SUPPLIER_AID><ARTICLE_DETAILS>
    <DESCRIPTION_SHORT>Stanley 16oz fibreglass</DESCRIPTION_SHORT></ARTICLE_DETAILS></ARTICLE>
  <ARTICLE><SUPPLIER_AID>H2</SUPPLIER_AID><ARTICLE_DETAILS><DESCRIPTION_SHORT>Estwing 20oz steel</DESCRIPTION_SHORT>
    </ARTICLE_DETAILS></ARTICLE>
  <ARTICLE_TO_CATALOGGROUP_MAP><ART_ID>H1</ART_ID><CATALOG_GROUP_ID>10</CATALOG_GROUP_ID></ARTICLE_TO_CATALOGGROUP_MAP>
  <ARTICLE_TO_CATALOGGROUP_MAP><ART_ID>H2</ART_ID><CATALOG_GROUP_ID>10</CATALOG_GROUP_ID></ARTICLE_TO_CATALOGGROUP_MAP>
  <ARTICLE_TO_CATALOGGROUP_MAP><ART_ID>NONE</ART_ID><CATALOG_GROUP_ID>10</CATALOG_GROUP_ID></ARTICLE_TO_CATALOGGROUP_MAP>
</T_NEW_CATALOG></BMECAT>"""


def test_the_catalogs_own_groups_are_classes_after_the_files_classification(client: FlaskClient) -> None:
    upload = checked(GROUPED.encode())
    group = {"system": "catalog group", "id": "10", "name": "Claw hammers"}
    assert next(upload.records(10))[0]["metadata"] == {"classes": [group]}
    assert upload.summary()["catalog_groups"] == 2
    assert upload.summary()["classes"] == {"catalog group 10 Claw hammers": 2}
    classified = next(checked(V12.encode()).records(10))[0]["metadata"]["classes"]
    assert [c["system"] for c in classified] == ["ETIM-7.0", "ECLASS-5.1", "catalog group"][: len(classified)]
    assert _send(client, GROUPED).status_code == 201
    found = client.post("/v1/catalogs/acme/search", json={"queries": ["claw hammer"], "top_k": 2}).json
    assert found["readings"][0]["types"] == ["claw hammers"], "the group's name is the type no text says"


def _catalog(transaction: str, articles: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<PRODUCT mode="{mode}"><SUPPLIER_PID>{pid}</SUPPLIER_PID><PRODUCT_DETAILS><DESCRIPTION_SHORT>'
        f"Hex bolt {pid}</DESCRIPTION_SHORT></PRODUCT_DETAILS></PRODUCT>"
        for pid, mode in articles
    )
    return f'<BMECAT version="2005"><T_{transaction}>{body}</T_{transaction}></BMECAT>'


def test_a_batch_is_bounded_by_its_articles_text_as_well_as_their_number() -> None:
    """Trade articles with many features are ~100 KB each in memory: a batch of them ends at a size, not only at a
    count (cli/bmecat_load.py LOAD_BATCH_BYTES), and the check pass knows the whole file's size beforehand."""
    features = "".join(f"<FEATURE><FNAME>Feature {k}</FNAME><FVALUE>{k}</FVALUE></FEATURE>" for k in range(20))
    rich = f"<PRODUCT_FEATURES>{features}</PRODUCT_FEATURES>"
    plain = _catalog("NEW_CATALOG", [(f"M{n}", "new") for n in range(5)])
    data = plain.replace("</PRODUCT_DETAILS>", f"</PRODUCT_DETAILS>{rich}").encode()
    read = BMEcatFile.check(lambda: io.BytesIO(data), 1000, 16 * 1024)
    weights = [len(r["description"]) + len(json.dumps(r["metadata"], ensure_ascii=False))
               for (r,) in read.records(1)]  # fmt: skip
    assert len(weights) == 5 and read.text_bytes == sum(weights) and weights[0] > 500
    assert [len(b) for b in read.records(100, 2 * weights[0])] == [2, 2, 1], "ends at the size"
    assert [len(b) for b in read.records(3, 10**9)] == [3, 2], "or at the count"
    assert [len(b) for b in read.records(100)] == [5], "the upload endpoint's one transaction"


def test_a_large_file_is_checked_whole_then_stored_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import product_search.cli.bmecat_load as cli_catalogs

    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(cli_catalogs, "LOAD_BATCH", 2)
    run = CliRunner()

    def ids() -> list[str]:
        store = CatalogStore.open(None, tmp_path / "data")
        with store.read() as conn:
            return sorted(store.product_ids(conn, "acme"))

    files = {
        "first": _catalog("NEW_CATALOG", [(f"M{n}", "new") for n in range(5)]),
        "second": _catalog("NEW_CATALOG", [(f"M{n}", "new") for n in range(2, 7)]),
        # The last article is longer than the limit: found before anything is stored.
        "bad": _catalog("NEW_CATALOG", [("Z1", "new"), ("Z2", "new"), ("Z3", "new")]).replace("bolt Z3", "bolt " * 40),
        "update": _catalog("UPDATE_PRODUCTS", [("M7", "new"), ("M8", "new"), ("M9", "update"), ("M2", "delete")]),
    }
    for name, text in files.items():
        (tmp_path / f"{name}.xml").write_text(text)
    first = run.invoke(main, ["load", "acme", str(tmp_path / "first.xml")])
    assert first.exit_code == 0 and "5 products upserted, 0 deleted" in first.output, first.output
    second = run.invoke(main, ["load", "acme", str(tmp_path / "second.xml")])
    assert second.exit_code == 0 and "5 products upserted, 2 deleted" in second.output, second.output
    assert ids() == [f"M{n}" for n in range(2, 7)], "a new catalog in batches: its others dropped after the last"
    store = CatalogStore.open(None, tmp_path / "data")
    with store.read() as conn:
        cat = store.get_catalog(conn, "acme")
    assert cat is not None
    for index in ("acme.bm25", f"acme.g{cat.generation}.vectors"):  # built once, after the last batch
        path = tmp_path / "data" / "indexes" / index
        stamp = (LexicalIndex if index.endswith("bm25") else VectorIndex).read_stamp(path)
        assert stamp.version == cat.version, index
    bad = run.invoke(
        main, ["load", "acme", str(tmp_path / "bad.xml")], env={"PRODUCT_SEARCH_MAX_DESCRIPTION_CHARS": "100"}
    )
    assert bad.exit_code == 1 and "Z3" in bad.output and ids() == [f"M{n}" for n in range(2, 7)], bad.output
    update = run.invoke(main, ["load", "acme", str(tmp_path / "update.xml")])
    assert update.exit_code == 0 and "3 products upserted, 1 deleted" in update.output, update.output
    assert ids() == ["M3", "M4", "M5", "M6", "M7", "M8", "M9"]


# -- what a hostile file reaches, watched from inside the process ----------------------------------------------

_WATCHED: dict[str, Any] = {"paths": set(), "ports": set(), "urls": set(), "seen": []}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Python's audit events (PEP 578): every file opened and every connection, by any library in the process."""
    if not _WATCHED["paths"] and not _WATCHED["ports"]:
        return
    if event == "open" and args and isinstance(args[0], (str, bytes, Path)):
        if os.fsdecode(args[0]) in _WATCHED["paths"]:
            _WATCHED["seen"].append(("open", os.fsdecode(args[0])))
    elif event == "socket.connect" and len(args) > 1 and isinstance(args[1], tuple) and len(args[1]) > 1:
        if args[1][1] in _WATCHED["ports"]:
            _WATCHED["seen"].append(("connect", args[1]))
    elif event == "urllib.Request" and any(mark in str(args[0]) for mark in _WATCHED["urls"]):
        _WATCHED["seen"].append(("urllib", args[0]))


sys.addaudithook(_audit)  # hooks stay for the process; this one does nothing unless a test watches


@pytest.fixture
def watched(tmp_path: Path, listener: tuple[str, list[bytes]]) -> Iterator[tuple[Path, str, Callable[[], list[Any]]]]:
    """A secret file and a listening URL a hostile file names, and what reached either so far: each open of the
    file, connection to the listener or urllib request for either (audit events of any Python code in the
    process), and what the listener received (by any code, C libraries' too)."""
    secret = tmp_path / "secret.txt"
    secret.write_text(PRIVATE)
    url, received = listener
    _WATCHED["seen"] = seen = []
    _WATCHED["paths"] = {str(secret), os.path.realpath(secret)}
    _WATCHED["ports"] = {int(url.rsplit(":", 1)[1])}
    _WATCHED["urls"] = {url, str(secret)}

    def reached() -> list[Any]:
        time.sleep(0.3)  # the listener's accept loop wakes every 0.2 s
        return [*seen, *(("received", data) for data in received)]

    try:
        yield secret, url, reached
    finally:
        _WATCHED["paths"], _WATCHED["ports"], _WATCHED["urls"] = set(), set(), set()


_BOLT = "Hex bolt M8 x 40"
HOSTILE = {
    "local-file": ('<!DOCTYPE BMECAT [<!ENTITY x SYSTEM "file://{secret}">]>', "Hex bolt &x;"),
    "url": ('<!DOCTYPE BMECAT [<!ENTITY x SYSTEM "{url}/x">]>', "Hex bolt &x;"),
    "parameter-dtd": ('<!DOCTYPE BMECAT [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>', _BOLT),
    "dtd-url": ('<!DOCTYPE BMECAT SYSTEM "{url}/bmecat_new_catalog_1_2.dtd">', _BOLT),  # ignored: read, not fetched
    "billion-laughs": (
        '<!DOCTYPE BMECAT [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        "Hex bolt &d;",
    ),
    "quadratic": ('<!DOCTYPE BMECAT [<!ENTITY big "' + "x" * 100_000 + '">]>', "Hex bolt " + "&big;" * 100),
    "wrong-encoding": ("", _BOLT),
    "truncated": ("", _BOLT),
}


def _hostile(case: str, secret: Path, url: str) -> bytes:
    doctype, bolt = HOSTILE[case]
    data = V12.replace('<!DOCTYPE BMECAT SYSTEM "bmecat_new_catalog_1_2.dtd">', doctype.format(secret=secret, url=url))
    data = data.replace(_BOLT, bolt)
    if case == "wrong-encoding":  # declared UTF-8, written in Latin-1
        return data.replace("zinc plated", "verzinkt, Größe").encode("iso-8859-1")
    if case == "truncated":
        return data[: data.index("<ARTICLE_FEATURES>") + 30].encode()
    return data.encode()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_is_refused_through_the_api_and_the_cli_reaching_nothing(
    case: str,
    watched: tuple[Path, str, Callable[[], list[Any]]],
    client: FlaskClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each hostile file, sent to the endpoint and loaded by the CLI: refused with its reason, nothing stored,
    the secret file never opened, no connection attempted (audit events and the listener both say)."""
    secret, url, reached = watched
    data = _hostile(case, secret, url)
    if case == "dtd-url":  # a DTD named by URL is ignored: the file is read as if it named none
        assert _send(client, data).status_code == 201 and reached() == []
        return
    sent = _send(client, data)
    assert sent.status_code == 400, sent.json
    details = sent.json["error"]["details"]
    assert details == {"refused": "EntitiesForbidden"} or {"line", "column"} <= set(details), details
    assert PRIVATE not in sent.get_data(as_text=True)
    assert client.get("/v1/catalogs/acme", headers=ADMIN).status_code == 404, "nothing stored"
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "cli"))
    file = tmp_path / "hostile.xml"
    file.write_bytes(data)
    run = CliRunner()
    loaded = run.invoke(main, ["load", "acme", str(file)])
    assert loaded.exit_code == 1 and PRIVATE not in loaded.output, loaded.output
    assert "EntitiesForbidden" in loaded.output or "line" in loaded.output, loaded.output
    assert run.invoke(main, ["list"]).output.strip() in ("", "no catalogs"), "nothing stored"
    assert reached() == [], "no file read, no connection"


def test_a_bmecat_file_may_be_the_body_itself(client: FlaskClient) -> None:
    url = "/v1/catalogs/acme/products"
    created = client.post(url, data=V12.encode(), content_type="application/xml", headers=ADMIN)
    assert created.status_code == 201 and created.json["bmecat"]["transaction"] == "new_catalog", created.json
    updated = client.post(url, data=V2005, content_type="text/xml; charset=iso-8859-1", headers=ADMIN)
    assert (updated.status_code, updated.json["deleted"]) == (200, 1), updated.json
    assert _ids(client) == ["HB-M8-40", "WA-8"]
    # A multipart part with an XML type and a name that says nothing is read as BMEcat too.
    part = client.post(
        url, data={"file": (io.BytesIO(PRICES), "upload", "application/xml")},
        content_type="multipart/form-data", headers=ADMIN,
    )  # fmt: skip
    assert part.status_code == 200 and part.json["bmecat"]["price_updates"] == 1, part.json
    broken = client.post(url, data=b"<BMECAT version='1.2'><T_NEW", content_type="application/xml", headers=ADMIN)
    assert broken.status_code == 400 and {"line", "column"} <= set(broken.json["error"]["details"]), broken.json
    spec = client.get("/openapi.json").json["paths"]["/v1/catalogs/{catalog}/products"]["post"]["requestBody"]
    assert {"application/json", "multipart/form-data", "application/xml", "text/xml"} <= set(spec["content"])


def test_the_catalog_records_its_language_and_warns_where_the_model_reads_another(client: FlaskClient) -> None:
    german = V12.replace("<LANGUAGE>eng</LANGUAGE>", "<LANGUAGE>deu</LANGUAGE>")
    sent = _send(client, german)
    assert sent.status_code == 201 and sent.json["bmecat"]["language"] == "deu"
    assert sent.json["bmecat"]["warnings"] == ["the catalog's language is 'deu'; the default model reads English"]
    assert client.get("/v1/catalogs/acme", headers=ADMIN).json["language"] == "deu"
    listed = client.get("/v1/catalogs", headers=ADMIN).json["catalogs"]
    assert [(c["name"], c["language"]) for c in listed] == [("acme", "deu")]
    english = _send(client, V2005)  # its default language is English
    assert (
        english.json["bmecat"]["warnings"] == []
        and client.get("/v1/catalogs/acme", headers=ADMIN).json["language"] == "eng"
    )
    # A JSON upload declares no language: the catalog keeps the one it has; a catalog never given one says null.
    client.post("/v1/catalogs/acme/products", json={"products": [{"id": "x", "description": "Nut M8"}]}, headers=ADMIN)
    assert client.get("/v1/catalogs/acme", headers=ADMIN).json["language"] == "eng"
    client.post("/v1/catalogs/plain/products", json={"products": [{"id": "x", "description": "Nut M8"}]}, headers=ADMIN)
    assert client.get("/v1/catalogs/plain", headers=ADMIN).json["language"] is None
    # What is no language code is not recorded: skipped, with its reason.
    odd = _send(client, V12.replace("<LANGUAGE>eng</LANGUAGE>", "<LANGUAGE>English please!</LANGUAGE>"))
    assert odd.json["bmecat"]["language"] is None
    assert {"element": "HEADER/CATALOG/LANGUAGE", "reason": "'English please!' is not a language code"} in odd.json[
        "bmecat"
    ]["skipped_elements"]
    assert odd.json["bmecat"]["skipped"] == 1, "articles skipped: the header's language is noted, not counted"
    assert odd.json["bmecat"]["warnings"] == [], "English, said in words"
    assert client.get("/v1/catalogs/acme", headers=ADMIN).json["language"] == "eng"
    # Codes as files write them: recorded in lower case; English in any region is English.
    british = _send(client, V12.replace("<LANGUAGE>eng</LANGUAGE>", "<LANGUAGE>en_GB</LANGUAGE>"))
    assert british.json["bmecat"]["language"] == "en-gb" and british.json["bmecat"]["warnings"] == []
    assert client.get("/v1/catalogs/acme", headers=ADMIN).json["language"] == "en-gb"
    # A language written as a word, not a code, still picks the file's per-language texts and is warned of.
    languages = b'<LANGUAGE>deu</LANGUAGE><LANGUAGE default="true">eng</LANGUAGE>'
    worded = V2005.replace(languages, b"<LANGUAGE>German</LANGUAGE>")
    worded = worded.replace(
        b"<DESCRIPTION_SHORT>Flat washer M8, DIN 125</DESCRIPTION_SHORT>",
        b'<DESCRIPTION_SHORT lang="English">Flat washer M8</DESCRIPTION_SHORT>'
        b'<DESCRIPTION_SHORT lang="German">Unterlegscheibe M8</DESCRIPTION_SHORT>',
    )
    reader, articles = read(worded)
    assert reader.language == "German" and reader.language_code is None
    assert [a.description for a in articles if a.id == "WA-8"] == ["Unterlegscheibe M8"]
    warned = checked(worded).summary()["warnings"]
    assert warned == ["the catalog's language is 'German'; the default model reads English"]


def test_the_cli_shows_its_progress_and_records_the_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "data"))
    file = tmp_path / "de.xml"
    file.write_text(V12.replace("<LANGUAGE>eng</LANGUAGE>", "<LANGUAGE>deu</LANGUAGE>"))
    loaded = CliRunner().invoke(main, ["load", "acme", str(file)])
    assert loaded.exit_code == 0, loaded.output
    assert "warning: the catalog's language is 'deu'; the default model reads English" in loaded.stderr
    # Both passes show progress: the check (bytes of the file) and the encoding (products).
    assert "checking de.xml: 100%" in loaded.stderr and "embedding acme: 100%" in loaded.stderr, loaded.stderr
    store = CatalogStore.open(None, tmp_path / "data")
    with store.read() as conn:
        cat = store.get_catalog(conn, "acme")
    assert cat is not None and cat.language == "deu"


def test_a_price_update_encodes_nothing(client: FlaskClient) -> None:
    assert _send(client, V12).status_code == 201
    encoded = client.get("/v1/info").json["process"]["documents_encoded"]
    version = client.get("/v1/catalogs/acme", headers=ADMIN).json["version"]
    prices = _send(client, PRICES)
    assert prices.status_code == 200 and prices.json["upserted"] == 0
    assert client.get("/v1/info").json["process"]["documents_encoded"] == encoded, "nothing encoded"
    assert client.get("/v1/catalogs/acme", headers=ADMIN).json["version"] == version, "nothing changed"


V12_NAMESPACED = V12.replace(
    '<BMECAT version="1.2">', '<BMECAT version="1.2" xmlns="http://www.bmecat.org/XMLSchema/1.2">'
)
V2005_PREFIXED = (
    V2005.decode("iso-8859-1")
    .replace('<BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005">',
             '<bme:BMECAT version="2005" xmlns:bme="http://www.bmecat.org/bmecat/2005">')
    .replace("</BMECAT>", "</bme:BMECAT>")
)  # fmt: skip


def test_namespaces_of_either_version_read_the_same() -> None:
    plain = [(a.id, a.mode, a.description, a.metadata) for a in read(V12)[1]]
    assert [(a.id, a.mode, a.description, a.metadata) for a in read(V12_NAMESPACED)[1]] == plain
    # Every element prefixed: <bme:PRODUCT>, <bme:SUPPLIER_PID>, ...
    prefixed = re.sub(r"<(/?)(?!bme:|\?)([A-Z_]+)", r"<\1bme:\2", V2005_PREFIXED)
    assert "<bme:PRODUCT " in prefixed and "</bme:SUPPLIER_PID>" in prefixed
    reader, articles = read(prefixed.encode("iso-8859-1"))
    assert (reader.version, reader.transaction, reader.language) == ("2005", "update_products", "eng")
    assert [(a.id, a.metadata) for a in articles] == [(a.id, a.metadata) for a in read(V2005)[1]]


def test_a_file_that_changes_between_the_check_and_the_load_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import product_search.cli.bmecat_load as cli_catalogs

    monkeypatch.setenv("PRODUCT_SEARCH_DATA_DIR", str(tmp_path / "data"))
    file = tmp_path / "new.xml"
    file.write_text(V12)
    check = BMEcatFile.check

    def check_then_change(*args: Any, **kwargs: Any) -> BMEcatFile:
        checked = check(*args, **kwargs)
        file.write_text(V12.replace("Hex bolt", "Unchecked text"))  # another file under the same name
        return checked

    monkeypatch.setattr(cli_catalogs.BMEcatFile, "check", check_then_change)
    loaded = CliRunner().invoke(main, ["load", "acme", str(file)])
    assert loaded.exit_code == 1 and "changed while it was being loaded" in loaded.output, loaded.output
    assert CliRunner().invoke(main, ["list"]).output.strip() in ("", "no catalogs"), "nothing stored"
