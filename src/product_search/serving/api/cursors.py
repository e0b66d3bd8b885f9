"""Pagination cursors: opaque to callers, a product key inside (``pk:<key>``, URL-safe base64)."""

from __future__ import annotations

import base64
import binascii


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"pk:{pk}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int | None:
    """The product key a cursor stands for; None for anything this service did not write."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    kind, _, value = raw.partition(":")
    return int(value) if kind == "pk" and value.isascii() and value.isdigit() else None
