"""Values that live for one request (Flask's ``g``), behind typed accessors: the one place that names them."""

from __future__ import annotations

import time
from typing import Any

from flask import g

from .limits import Admission
from .security import Role


def begin(request_id: str) -> None:
    """Start the request's clock under ``request_id``."""
    g.request_id = request_id
    g.started = time.perf_counter()


def request_id() -> str | None:
    """This request's id (None before :func:`begin`, e.g. outside a request)."""
    value: str | None = g.get("request_id")
    return value


def elapsed() -> float:
    """Seconds since :func:`begin` (0 if it did not run)."""
    now = time.perf_counter()
    started: float = g.get("started", now)
    return now - started


def set_caller(key_id: str | None, role: Role | None) -> None:
    """The caller's key id (``security.key_id``: for the access log and the write rate) and role."""
    g.key_id = key_id
    g.role = role


def key_id() -> str | None:
    value: str | None = g.get("key_id")
    return value


def is_admin() -> bool:
    """Whether the caller presented an admin key."""
    return bool(g.get("role") == "admin")


def set_file_read(summary: dict[str, Any]) -> None:
    """How the request's uploaded trade catalog file was read (:meth:`.BMEcatFile.summary`)."""
    g.file_read = summary


def file_read() -> dict[str, Any] | None:
    value: dict[str, Any] | None = g.get("file_read")
    return value


def start_serializing() -> None:
    """A search view's answer is ready: the time from here to the response is serialization."""
    g.serialize_started = time.perf_counter()


def serialize_seconds() -> float | None:
    """Seconds since :func:`start_serializing`, None if no view called it."""
    started: float | None = g.get("serialize_started")
    return None if started is None else time.perf_counter() - started


def set_error_code(code: str) -> None:
    """The error code this request is answered with (counted per code)."""
    g.error_code = code


def error_code() -> str | None:
    value: str | None = g.get("error_code")
    return value


def hold(admission: Admission) -> None:
    """This request holds a slot of ``admission`` until its teardown."""
    g.admission = admission


def release() -> None:
    """Give back the slot this request holds, if any (teardown; runs once)."""
    admission: Admission | None = g.pop("admission", None)
    if admission is not None:
        admission.release()
