"""Domain errors. The HTTP layer maps each to one status code and error code."""

from __future__ import annotations

from typing import Any


class ProductSearchError(Exception):
    """Base of every error the domain core raises on purpose."""

    code = "error"

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class InvalidInput(ProductSearchError):
    """The caller's data is well-formed JSON/CSV but breaks a rule (empty text, duplicate id...).

    ``fields``: the messages per input field (name -> messages), when the rule belongs to fields.
    """

    code = "validation_error"

    def __init__(
        self, message: str, details: dict[str, Any] | None = None, *, fields: dict[str, list[str]] | None = None
    ) -> None:
        super().__init__(message, details)
        self.fields = fields or {}


class MalformedInput(ProductSearchError):
    """The caller's data cannot be parsed at all (broken CSV, invalid UTF-8, bad JSON line)."""

    code = "malformed_input"


class TooLarge(ProductSearchError):
    """The request is over a configured limit that the caller cannot fix by fixing a field."""

    code = "payload_too_large"


class CatalogNotFound(ProductSearchError):
    code = "catalog_not_found"


class ProductNotFound(ProductSearchError):
    code = "product_not_found"


class FingerprintMismatch(ProductSearchError):
    """A catalog's vectors were made by another model, backend or prompt than the one loaded."""

    code = "fingerprint_mismatch"


class ModelNotAllowed(ProductSearchError):
    """A reader named a model version the operator did not allow readers to use (each would be loaded)."""

    code = "model_not_allowed"


class IndexUnavailable(ProductSearchError):
    """A catalog's derived index cannot be built now (the cause is logged); its other data and every other
    catalog still answer."""

    code = "index_unavailable"


class Forbidden(ProductSearchError):
    """The caller's key may not do this (beyond what the endpoint's own action checked)."""

    code = "forbidden"


class KeyNotFound(ProductSearchError):
    code = "key_not_found"


class MigrationNotFound(ProductSearchError):
    code = "migration_not_found"


class MigrationConflict(ProductSearchError):
    """The catalog's migrations forbid this now (one already running, none ready to switch, nothing to
    roll back to)."""

    code = "migration_conflict"
