"""Secrets out of what is logged, raised or answered: passwords of URLs, tokens of tracking URIs, libpq
connection strings (a leaf of the package: every layer uses it, it uses nothing of the package)."""

from __future__ import annotations

import re
import urllib.parse

# Secret-looking parameters of a query string or a libpq keyword/value connection string, quoted or not.
_SECRET_PARAMETER = re.compile(
    r"(?P<head>\b(?:password|passwd|pwd|sslpassword|secret|client_secret|token|access_token|api_key|apikey"
    r"|key|auth)\s*=\s*)(?P<value>'(?:[^'\\]|\\.)*'|[^\s&;,']*)",
    re.IGNORECASE,
)
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]+")
# A stored API key's secret (:mod:`.access.keys`): its id stays readable, the rest goes.
_STORED_KEY = re.compile(r"\bps_([a-z0-9]{12})_[A-Za-z0-9_-]{8,}")


def _redact_url(url: str) -> str:
    """A URL's password (a user name alone too, on http(s): ``https://<token>@host``) and secret-looking query
    parameters; the host and path stay readable."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")  # the last @: passwords are not always escaped
        user, colon, _ = userinfo.partition(":")
        alone = not colon and parts.scheme.lower() in ("http", "https")
        netloc = f"***@{host}" if alone else f"{user}:***@{host}" if colon else netloc
    query = _SECRET_PARAMETER.sub(r"\g<head>***", parts.query)
    if (netloc, query) == (parts.netloc, parts.query):
        return url
    # Rebuilt by hand: urlunsplit drops the empty authority of sqlite:////path.
    return (
        f"{parts.scheme}://{netloc}{parts.path}"
        + (f"?{query}" if query else "")
        + (f"#{parts.fragment}" if parts.fragment else "")
    )


def redact(text: str) -> str:
    """``text`` (a store URL, a tracking URI, a libpq connection string, or a sentence holding one) without
    its secrets, for logs, errors and answers: ``postgresql://search:***@db/catalogs``,
    ``https://mlflow/?token=***``, ``host=db password=***``, ``ps_<id>_***``."""
    pieces = []
    last = 0
    for url in _URL.finditer(text):
        pieces += [_SECRET_PARAMETER.sub(r"\g<head>***", text[last : url.start()]), _redact_url(url.group())]
        last = url.end()
    pieces.append(_SECRET_PARAMETER.sub(r"\g<head>***", text[last:]))
    return _STORED_KEY.sub(r"ps_\1_***", "".join(pieces))
