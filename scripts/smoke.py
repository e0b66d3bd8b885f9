"""Smoke-test a running product-search: readiness, the golden query, an upload and a search.

    python3 scripts/smoke.py --url http://127.0.0.1:8000 --admin-key KEY [--read-key KEY] [--wait 180]
        [--fingerprint ID]

With --read-key every read is sent with that key, and reads without a key must be refused (401): the
service runs with PRODUCT_SEARCH_READ_KEYS. Without it, reads are sent without a key (open reads).

Standard library only, so it runs in any CI image. Exit status 0 only if every check passes; the
last line is a JSON summary (seconds to ready, checks run).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_products.csv"


def use_case_descriptions() -> list[str]:
    """The original use case's six products (UC-1..UC-6 in the sample catalog), in order."""
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        return [row["description"] for row in csv.DictReader(fh) if row["id"].startswith("UC-")]


def call(url: str, method: str = "GET", body: Any = None, key: str | None = None) -> tuple[int, Any]:
    if not url.startswith(("http://", "https://")):
        raise ValueError(url)
    headers = {"X-Request-ID": "smoke-test"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)  # noqa: S310 - checked above
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - checked above  # nosec B310
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        return exc.code, json.loads(raw) if raw else None


def fetch(url: str) -> tuple[int, bytes]:
    """A page or file as bytes (the console, the docs' assets)."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(url)
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - checked above  # nosec B310
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def wait_ready(base: str, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            if call(base + "/readyz")[0] == 200:
                return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"FAIL: {base}/readyz not 200 after {timeout}s")


def check(name: str, ok: bool, detail: Any) -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f": {detail}"))
    if not ok:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--admin-key", required=True)
    parser.add_argument("--read-key", help="a key of PRODUCT_SEARCH_READ_KEYS (omit only where reads are open)")
    parser.add_argument("--wait", type=float, default=180.0, help="seconds to wait for /readyz")
    parser.add_argument("--fingerprint", help="expected model fingerprint id (the image label)")
    args = parser.parse_args()
    base = args.url.rstrip("/")
    reader = args.read_key

    use_case = use_case_descriptions()
    ready_s = wait_ready(base, args.wait)
    check("readyz", True, None)

    status, body = call(
        base + "/v1/similarity",
        "POST",
        {"queries": ["What can I use to cut?"], "product_descriptions": use_case, "top_k": 3},
        reader,
    )
    top = body["results"][0][0] if status == 200 else None
    check("golden query: top-1 is the circular saw", top is not None and top["corpus_id"] == 3, (status, body))

    catalog = f"smoke-{int(time.time())}"
    products = [{"id": f"uc-{i}", "description": d} for i, d in enumerate(use_case)]
    status, body = call(f"{base}/v1/catalogs/{catalog}/products", "POST", {"products": products}, args.admin_key)
    check("upload", status == 201 and body["upserted"] == len(use_case), (status, body))
    search = {"queries": ["measure length"], "top_k": 1}
    status, body = call(f"{base}/v1/catalogs/{catalog}/search", "POST", search, reader)
    check("search after upload", status == 200 and body["results"][0][0]["id"] == "uc-1", (status, body))
    status, _ = call(f"{base}/v1/catalogs/{catalog}/products", "POST", {"products": products})
    check("upload without a key is refused", status == 401, status)
    if reader:
        status, _ = call(f"{base}/v1/catalogs/{catalog}/search", "POST", search)
        check("search without a key is refused", status == 401, status)
        status, _ = call(f"{base}/v1/catalogs/{catalog}/products", "POST", {"products": products}, reader)
        check("upload with a read key is refused", status == 403, status)

    for path, needle in [
        ("/", b"/console/static/console.js"),
        ("/console/static/console.js", b"VIEWS"),
        ("/docs", b"/docs/assets/swagger-ui-bundle.js"),
        ("/docs/assets/swagger-ui-bundle.js", b"SwaggerUIBundle"),
    ]:
        status, page = fetch(base + path)
        check(f"{path} served from the image", status == 200 and needle in page, status)

    status, info = call(base + "/v1/info", key=reader)
    fingerprint = info["model"]["fingerprint"]["id"] if status == 200 else None
    if args.fingerprint:
        check(
            "model fingerprint equals the image label", fingerprint == args.fingerprint, (fingerprint, args.fingerprint)
        )
    status, _ = call(f"{base}/v1/catalogs/{catalog}", "DELETE", key=args.admin_key)
    check("cleanup", status == 204, status)
    print(json.dumps({"ready_seconds": round(ready_s, 1), "fingerprint": fingerprint, "result": "pass"}))


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        print(f"FAIL: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
