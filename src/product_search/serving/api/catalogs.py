"""Catalog views: upload, search, browse and delete products of named catalogs; their synonym sets."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import IO, Any

from flask import Request, request
from marshmallow import Schema
from werkzeug.routing import BaseConverter, PathConverter

from ...catalogs import CATALOG_NAME, check_catalog_name
from ...errors import Forbidden, InvalidInput, TooLarge
from ...search.bmecat_files import BMEcatFile
from ...search.ingest import check_unique_ids, detect_format, parse_file
from ...search.results import CatalogStatus, Page, SearchOutcome, WriteOutcome
from ...search.synonym_sets import CatalogSynonyms
from ...storage.store import NewProduct, ProductRow
from .. import request_scope
from ..state import state
from .auth import require
from .parsing import Blueprint, StrictJSONParser, whole_body
from .schemas import (
    Catalog,
    CatalogList,
    ProductPage,
    ProductPageArgs,
    SearchRequest,
    SearchResponse,
    StoredProduct,
)
from .synonym_schemas import SynonymsRequest, SynonymsResponse
from .upload_schemas import DeleteIdsRequest, DeleteIdsResponse, UploadRequest, UploadResponse
from .views import ServiceView


class _UploadParser(StrictJSONParser):
    """Adds the ``json_or_file`` location: a JSON body, or a multipart CSV, JSON Lines or BMEcat ``file``."""


_parser = _UploadParser()


# A BMEcat file sent as the body itself, not as a multipart part.
XML_TYPES = ("application/xml", "text/xml")


@_parser.location_loader("json_or_file")
def _load_json_or_file(req: Request, schema: Schema) -> Any:
    # Files are validated by the same schema as JSON bodies.
    if req.mimetype == "multipart/form-data":
        upload = request.files.get("file")
        if upload is None:
            raise InvalidInput("multipart upload needs a 'file' field", fields={"file": ["missing"]})
        return _upload_from_file(upload.stream, upload.filename, upload.mimetype)
    if req.mimetype in XML_TYPES:
        return _upload_from_file(io.BytesIO(whole_body(req)), None, req.mimetype)
    return _parser.load_json(req, schema)


class _Blueprint(Blueprint):
    ARGUMENTS_PARSER = _parser
    DEFAULT_LOCATION_CONTENT_TYPE_MAPPING = {
        **Blueprint.DEFAULT_LOCATION_CONTENT_TYPE_MAPPING,
        "json_or_file": "application/json",
    }


blp = _Blueprint("catalogs", __name__, url_prefix="/v1/catalogs", description="Catalogs of products")

_MULTIPART_DOC = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "CSV (header with id, description), JSON Lines or BMEcat 1.2/2005 "
                            "XML (its transaction says whether it replaces the catalog, upserts, deletes or only "
                            "changes prices; the response's `bmecat` says how it was read)",
                        }
                    },
                }
            },
            **{
                xml: {
                    "schema": {
                        "type": "string",
                        "format": "binary",
                        "description": "A BMEcat 1.2/2005 file as the body (as the multipart `file`)",
                    }
                }
                for xml in XML_TYPES
            },
        }
    }
}


_name = check_catalog_name

# OpenAPI links: how a client (and schemathesis' stateful tests) gets from one answer to the next call.
_CATALOG = "$response.body#/catalog"
_UPLOAD_LINKS = {
    "GetCatalog": {"operationId": "getCatalog", "parameters": {"catalog": _CATALOG}},
    "ListProducts": {"operationId": "listProducts", "parameters": {"catalog": _CATALOG}},
    "GetProduct": {
        "operationId": "getProduct",
        "parameters": {"catalog": _CATALOG, "product_id": "$request.body#/products/0/id"},
    },
    "SearchCatalog": {"operationId": "searchCatalog", "parameters": {"catalog": _CATALOG}},
    "DeleteProduct": {
        "operationId": "deleteProduct",
        "parameters": {"catalog": _CATALOG, "product_id": "$request.body#/products/0/id"},
    },
    "DeleteProducts": {"operationId": "deleteProducts", "parameters": {"catalog": _CATALOG}},
    "DeleteCatalog": {"operationId": "deleteCatalog", "parameters": {"catalog": _CATALOG}},
    "GetSynonyms": {"operationId": "getSynonyms", "parameters": {"catalog": _CATALOG}},
    "SetSynonyms": {"operationId": "setSynonyms", "parameters": {"catalog": _CATALOG}},
}
_PAGE_LINKS = {
    "GetProduct": {
        "operationId": "getProduct",
        "parameters": {"catalog": _CATALOG, "product_id": "$response.body#/products/0/id"},
    },
}
_SEARCH_LINKS = {
    "GetProduct": {
        "operationId": "getProduct",
        "parameters": {"catalog": _CATALOG, "product_id": "$response.body#/results/0/0/id"},
    },
}


class CatalogNameConverter(BaseConverter):
    """Routes only valid catalog names (anything else is a 404); the spec shows the pattern."""

    regex = CATALOG_NAME.pattern.strip("^$")

    @staticmethod
    def openapi(_converter: BaseConverter) -> dict[str, str]:
        return {"type": "string", "pattern": CATALOG_NAME.pattern}


class ProductIdConverter(PathConverter):
    """Any product id, slashes included, leading ones too: ids are opaque data, never paths."""

    regex = ".+"
    part_isolating = False  # the regex spans "/" (werkzeug only infers that from a literal slash)

    @staticmethod
    def openapi(_converter: BaseConverter) -> dict[str, str]:
        return {"type": "string", "description": "The product id, URL-encoded."}


def _upload_from_file(stream: IO[bytes], filename: str | None, mimetype: str) -> dict[str, Any]:
    s = state().settings
    data = stream.read(s.max_upload_bytes + 1)
    if len(data) > s.max_upload_bytes:
        raise TooLarge(
            f"file is larger than {s.max_upload_bytes} bytes; load large catalogs with `product-search load`",
            {"limit_bytes": s.max_upload_bytes},
        )
    fmt = detect_format(filename, mimetype, data[:64])
    if fmt != "bmecat":
        return {"products": parse_file(data, fmt)}
    # Read twice from memory (the file is within the upload limit): checked whole, a refusal naming the
    # articles by id, then its records in one transaction.
    read = BMEcatFile.check(lambda: io.BytesIO(data), s.max_description_chars, s.max_metadata_bytes)
    request_scope.set_file_read(read.summary())
    records = [r for batch in read.records(len(read.ids) or 1) for r in batch]
    return {"products": records, "delete": read.delete, "replace": read.replace}


@blp.route("")
class CatalogCollection(ServiceView):
    @require("read")
    @blp.response(200, CatalogList)
    @blp.doc(operationId="listCatalogs")
    def get(self) -> dict[str, list[CatalogStatus]]:
        """List catalogs."""
        return {"catalogs": [c for c in state().catalogs.list_catalogs() if request_scope.sees(c.name)]}


@blp.route("/<catalog:catalog>")
class CatalogItem(ServiceView):
    @require("read")
    @blp.response(200, Catalog)
    @blp.doc(operationId="getCatalog")
    def get(self, catalog: str) -> CatalogStatus:
        """Show one catalog: version, size, model fingerprint."""
        return state().catalogs.get_catalog(_name(catalog))

    @require("delete")
    @blp.response(204)
    @blp.doc(operationId="deleteCatalog")
    def delete(self, catalog: str) -> None:
        """Delete a catalog with all its products and its index."""
        state().catalogs.edits.delete_catalog(_name(catalog))


@blp.route("/<catalog:catalog>/products")
class ProductCollection(ServiceView):
    body_types = ("application/json", "multipart/form-data", *XML_TYPES)

    @require("read")
    @blp.arguments(ProductPageArgs(), location="query")
    @blp.response(200, ProductPage)
    @blp.doc(operationId="listProducts", responses={200: {"links": _PAGE_LINKS}})
    def get(self, args: dict[str, Any], catalog: str) -> Page:
        """Page through a catalog's products in a stable order (pass ``next_cursor`` back as ``cursor``)."""
        return state().catalogs.list_products(_name(catalog), args["cursor"], args["limit"])

    @require("write")
    @blp.arguments(UploadRequest(), location="json_or_file")
    @blp.doc(**_MULTIPART_DOC)
    @blp.response(200, UploadResponse)
    @blp.alt_response(201, schema=UploadResponse, description="Catalog created by this upload")
    @blp.doc(operationId="upsertProducts", responses={200: {"links": _UPLOAD_LINKS}, 201: {"links": _UPLOAD_LINKS}})
    def post(self, body: dict[str, Any], catalog: str) -> tuple[WriteOutcome, int]:
        """Upsert products (all or nothing), deleting ``delete`` ids in the same transaction; the catalog is
        created on first upload.

        Also accepts ``multipart/form-data`` with a ``file`` field: CSV with a header naming ``id``
        and ``description`` (other columns become metadata), JSON Lines, or a BMEcat 1.2 or 2005 catalog
        (``T_NEW_CATALOG`` replaces the catalog, ``T_UPDATE_PRODUCTS`` upserts and deletes by each article's
        mode, ``T_UPDATE_PRICES`` changes nothing searchable), which may also be the body itself
        (``application/xml``, ``text/xml``; the XML declaration names its encoding); larger files go through
        ``product-search load``.
        """
        name = _name(catalog)
        if (body["delete"] or body["replace"]) and not request_scope.may("delete", name):
            raise Forbidden(
                "this API key may write but not delete: an upload that deletes or replaces needs the delete action",
                {"action": "delete", "catalog": name},
            )
        products = [NewProduct(p["id"], p["description"], p["metadata"]) for p in body["products"]]
        check_unique_ids(products)
        file_read = request_scope.file_read()
        outcome = state().catalogs.edits.apply(
            name, products, replace_all=body["replace"], delete=body["delete"],
            language=None if file_read is None else file_read["language"],
        )  # fmt: skip
        return replace(outcome, file_read=file_read), 201 if outcome.created else 200


@blp.route("/<catalog:catalog>/products/delete")
class ProductBulkDelete(ServiceView):
    @require("delete")
    @blp.arguments(DeleteIdsRequest())
    @blp.response(200, DeleteIdsResponse)
    @blp.doc(operationId="deleteProducts")
    def post(self, body: dict[str, Any], catalog: str) -> WriteOutcome:
        """Delete many products by id in one transaction; unknown ids are listed, not an error."""
        return state().catalogs.edits.delete_products(_name(catalog), body["ids"])


@blp.route("/<catalog:catalog>/products/<product_id:product_id>")
class ProductItem(ServiceView):
    @require("read")
    @blp.response(200, StoredProduct)
    @blp.doc(operationId="getProduct")
    def get(self, catalog: str, product_id: str) -> ProductRow:
        """Show one product."""
        return state().catalogs.get_product(_name(catalog), product_id)

    @require("delete")
    @blp.response(204)
    @blp.doc(operationId="deleteProduct")
    def delete(self, catalog: str, product_id: str) -> None:
        """Delete one product."""
        outcome = state().catalogs.edits.delete_products(_name(catalog), [product_id])
        if outcome.count == 0:
            state().catalogs.get_product(catalog, product_id)  # raises the 404


@blp.route("/<catalog:catalog>/synonyms")
class CatalogSynonymSets(ServiceView):
    @require("read")
    @blp.response(200, SynonymsResponse)
    @blp.doc(operationId="getSynonyms")
    def get(self, catalog: str) -> CatalogSynonyms:
        """Show the catalog's synonym sets (equivalent terms) and its version."""
        return state().catalogs.get_synonyms(_name(catalog))

    @require("write")
    @blp.arguments(SynonymsRequest())
    @blp.response(200, SynonymsResponse)
    @blp.doc(operationId="setSynonyms")
    def put(self, body: dict[str, Any], catalog: str) -> CatalogSynonyms:
        """Replace the catalog's synonym sets, all or nothing.

        The catalog gets a new version in the same transaction: every search after the answer, on any worker
        or node, uses the new sets.
        """
        return state().catalogs.edits.set_synonyms(_name(catalog), body["sets"])


@blp.route("/<catalog:catalog>/search")
class CatalogSearch(ServiceView):
    admission = "search"

    @require("search")
    @blp.arguments(SearchRequest())
    @blp.response(200, SearchResponse)
    @blp.doc(operationId="searchCatalog", responses={200: {"links": _SEARCH_LINKS}})
    def post(self, body: dict[str, Any], catalog: str) -> SearchOutcome:
        """Rank the catalog's products for each query; one ranked list per query, in query order."""
        st = state()
        mode = body["mode"] or st.settings.search_mode
        min_score = st.settings.min_score if body["min_score"] is None else body["min_score"]
        outcome = st.catalogs.search(
            _name(catalog), body["queries"], body["top_k"], body["filter"], mode=mode, min_score=min_score
        )
        # Serialization (the schema dump, JSON) ends when the response exists: the app's
        # after-request hook reports the time since here as search.latency.serialize.
        request_scope.start_serializing()
        return outcome
