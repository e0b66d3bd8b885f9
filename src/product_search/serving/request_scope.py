"""Values that live for one request (Flask's ``g``), behind typed accessors: the one place that names them."""

from __future__ import annotations

import time
from typing import Any

from flask import g

from ..storage.keys import ACTOR
from .limits import Admission
from .security import Action, Caller


def begin(request_id: str) -> None:
    """Start the request's clock under ``request_id``."""
    g.request_id = request_id
    g.started = time.perf_counter()
    ACTOR.set(None)  # a worker thread serves request after request: nobody acts until a key is checked


def request_id() -> str | None:
    """This request's id (None before :func:`begin`, e.g. outside a request)."""
    value: str | None = g.get("request_id")
    return value


def elapsed() -> float:
    """Seconds since :func:`begin` (0 if it did not run)."""
    now = time.perf_counter()
    started: float = g.get("started", now)
    return now - started


def set_caller(caller: Caller) -> None:
    """Who sent the request (:func:`.security.identify`): its key id for the access log, the rate limits and the
    audit trail (:data:`..storage.keys.ACTOR`: the changes the request makes record it); what the key may do for
    the views that narrow their answer by it (the catalogs listed)."""
    g.caller = caller
    ACTOR.set(caller.key_id)


def caller() -> Caller | None:
    value: Caller | None = g.get("caller")
    return value


def key_id() -> str | None:
    found = caller()
    return None if found is None else found.key_id


def is_admin() -> bool:
    """Whether the caller presented a key with the admin action."""
    found = caller()
    return found is not None and found.is_admin


def may(action: Action, catalog: str) -> bool:
    """Whether the caller's key may also do ``action`` on ``catalog`` (where a request does more than its view's
    own action: an upload that deletes); a caller without a key only where reads are open (a search or read)."""
    found = caller()
    return found is not None and found.grant is not None and found.grant.may(action, catalog)


def sees(catalog: str) -> bool:
    """Whether the caller's key may see ``catalog`` (listed, read); every catalog without a key (open reads)."""
    found = caller()
    return found is None or found.grant is None or found.grant.sees(catalog)


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
    """Give back the slot this request holds, if any (teardown; runs once). Its key stops acting: what the thread
    does next outside a request (the CLI's or a test's writes in process) records no key in the audit trail."""
    ACTOR.set(None)
    admission: Admission | None = g.pop("admission", None)
    if admission is not None:
        admission.release()
