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
    if kind != "pk" or not value.isascii() or not value.isdigit() or len(value) > 19:
        return None
    key = int(value)
    return key if key < 2**63 else None  # a key the store could hold (64-bit)
