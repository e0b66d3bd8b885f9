"""Peak memory of `product-search load` for the same products as CSV and as BMEcat, side by side in one run.

    .venv/bin/python scripts/bench/bmecat_memory.py [--size 200000] [--features 8] [--json FILE]
    .venv/bin/python scripts/bench/bmecat_memory.py --parse-only --size 4000000   # the reader alone, ~1 GB+
    .venv/bin/python scripts/bench/bmecat_memory.py --bmecat-only --size 60000    # its peak at sizes side by side
    .venv/bin/python scripts/bench/bmecat_memory.py --bmecat-only --rich --features 100 --size 90000  # 1 GB

The same synthetic products (``product_search_harness.synthetic``, part numbers on: many products share
brand, kind, size and material) are written as a CSV file (id, description, brand, category) and as a BMEcat
2005 file whose articles also carry a long description, a GTIN, an ETIM class and ``--features`` features
(``--rich``: also what a trade catalog's article carries besides, about 12 KB each with 100 features: a long
description in HTML, keywords, order details, three price tiers, five media files). The model repository is
published first, in a process of its own (``bootstrap``: the one-time export of the packaged model, which an
operator's data dir has done long before its first catalog); then each file is loaded into a fresh catalog by
the CLI in its own process; its peak resident memory (the kernel's high-water mark, ``ru_maxrss`` of the
finished child) and wall time are reported, and their ratio. ``--parse-only`` reads
the BMEcat file with the reader alone (no storing, no encoding) at sizes where the file, not the products,
would fill memory if it were not streamed.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess  # nosec B404 - the CLI under test, fixed arguments
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from measure import emit, machine

from product_search_harness.synthetic import generate

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / ".venv" / "bin" / "product-search"


def _rich(n: int, brand: str, category: str) -> str:
    """What a trade catalog's article carries besides its texts and features (about 2.5 KB)."""
    long = "".join(
        f"&lt;p&gt;{_xml(category)} by {_xml(brand)}, series {n % 700}: paragraph {k} of the manufacturer's text, "
        "with its &lt;b&gt;application&lt;/b&gt;, materials, approvals and care instructions.&lt;/p&gt;"
        for k in range(2)
    )
    prices = "".join(
        f'<PRODUCT_PRICE price_type="net_list"><PRICE_AMOUNT>{(n % 900) / 10 + k:.2f}</PRICE_AMOUNT>'
        f"<PRICE_CURRENCY>EUR</PRICE_CURRENCY><TAX>0.19</TAX><LOWER_BOUND>{10**k}</LOWER_BOUND></PRODUCT_PRICE>"
        for k in range(3)
    )
    media = "".join(
        f"<MIME><MIME_TYPE>image/jpeg</MIME_TYPE><MIME_SOURCE>images/{n:08d}_{k}.jpg</MIME_SOURCE>"
        f"<MIME_DESCR>view {k}</MIME_DESCR><MIME_PURPOSE>normal</MIME_PURPOSE></MIME>"
        for k in range(5)
    )
    return (
        f"<DESCRIPTION_LONG>{long}</DESCRIPTION_LONG>"
        + "".join(f"<KEYWORD>{_xml(w)}</KEYWORD>" for w in (brand, category, f"series {n % 700}"))
        + f"<MANUFACTURER_PID>{_xml(brand[:3].upper())}-{n:07d}</MANUFACTURER_PID>",
        "<PRODUCT_ORDER_DETAILS><ORDER_UNIT>C62</ORDER_UNIT><CONTENT_UNIT>C62</CONTENT_UNIT>"
        "<NO_CU_PER_OU>1</NO_CU_PER_OU><PRICE_QUANTITY>1</PRICE_QUANTITY><QUANTITY_MIN>1</QUANTITY_MIN>"
        f"</PRODUCT_ORDER_DETAILS><PRODUCT_PRICE_DETAILS>{prices}</PRODUCT_PRICE_DETAILS><MIME_INFO>{media}</MIME_INFO>",
    )


def write_files(size: int, features: int, folder: Path, rich: bool = False) -> tuple[Path, Path]:
    csv_path, xml_path = folder / "catalog.csv", folder / "catalog.xml"
    with csv_path.open("w", newline="", encoding="utf-8") as c, xml_path.open("w", encoding="utf-8") as x:
        out = csv.writer(c)
        out.writerow(["id", "description", "brand", "category"])
        x.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE BMECAT SYSTEM "bmecat_2005.dtd">\n')
        x.write('<BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005"><HEADER><CATALOG>')
        x.write("<LANGUAGE>eng</LANGUAGE><CATALOG_ID>bench</CATALOG_ID></CATALOG></HEADER><T_NEW_CATALOG>\n")
        for n, p in enumerate(generate(size, part_numbers=True)):
            out.writerow([p.id, p.description, p.brand, p.category])
            feats = "".join(
                f"<FEATURE><FNAME>EF{k:06d}</FNAME><FVALUE>{(n + k) % 97}</FVALUE><FUNIT>MMT</FUNIT></FEATURE>"
                for k in range(features)
            )
            plain = f"<DESCRIPTION_LONG>&lt;p&gt;{_xml(p.category)} by {_xml(p.brand)}.&lt;/p&gt;</DESCRIPTION_LONG>"
            details, tail = _rich(n, p.brand, p.category) if rich else (plain, "")
            x.write(
                f"<PRODUCT><SUPPLIER_PID>{p.id}</SUPPLIER_PID><PRODUCT_DETAILS>"
                f"<DESCRIPTION_SHORT>{_xml(p.description)}</DESCRIPTION_SHORT>{details}"
                f'<INTERNATIONAL_PID type="gtin">40{n:011d}</INTERNATIONAL_PID>'
                f"<MANUFACTURER_NAME>{_xml(p.brand)}</MANUFACTURER_NAME></PRODUCT_DETAILS>"
                "<PRODUCT_FEATURES><REFERENCE_FEATURE_SYSTEM_NAME>ETIM-9.0</REFERENCE_FEATURE_SYSTEM_NAME>"
                f"<REFERENCE_FEATURE_GROUP_ID>EC{n % 50:06d}</REFERENCE_FEATURE_GROUP_ID>{feats}"
                f"</PRODUCT_FEATURES>{tail}</PRODUCT>\n"
            )
        x.write("</T_NEW_CATALOG></BMECAT>\n")
    return csv_path, xml_path


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Runs the command given as its arguments and prints its exit status and peak RSS (KiB): a wrapper of its own
# per measurement, since RUSAGE_CHILDREN keeps the largest peak of every child a process has waited for.
_WRAPPER = (
    "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "sys.stderr.write(done.stderr[-2000:]); sys.stdout.write(done.stdout[-300:]); "
    "print(); print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def run_child(argv: list[str], env: dict[str, str]) -> dict[str, Any]:
    """``argv`` in a child process: its wall time and peak resident memory."""
    started = time.perf_counter()
    done = subprocess.run(  # nosec B603 - this interpreter, the wrapper above, the CLI under test
        [sys.executable, "-c", _WRAPPER, *argv], env=env, capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - started
    *output, last = done.stdout.strip().splitlines() or ["1 0"]
    code, peak_kib = (int(v) for v in last.split())
    if code != 0:
        raise SystemExit(f"{argv} failed: {done.stderr[-2000:]}")
    return {"seconds": round(took, 1), "peak_rss_mb": round(peak_kib / 1024, 1), "output": "\n".join(output)[-300:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--features", type=int, default=8)
    parser.add_argument("--parse-only", action="store_true")
    parser.add_argument("--bmecat-only", action="store_true", help="load the BMEcat file only (no CSV beside it)")
    parser.add_argument("--rich", action="store_true", help="articles as a trade catalog's (see above)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bmecat-bench-") as tmp:
        folder = Path(tmp)
        csv_path, xml_path = write_files(args.size, args.features, folder, args.rich)
        report: dict[str, Any] = {
            "machine": machine(),
            "size": args.size,
            "features": args.features,
            "rich": args.rich,
            "csv_mb": round(csv_path.stat().st_size / 2**20, 1),
            "bmecat_mb": round(xml_path.stat().st_size / 2**20, 1),
        }
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        env["PRODUCT_SEARCH_MODEL_REPOSITORY"] = str(folder / "repository")
        if args.parse_only:
            reader = (
                "import sys; from product_search.search.bmecat import BMEcatReader; "
                "print(sum(1 for _ in BMEcatReader(open(sys.argv[1], 'rb'))))"
            )
            report["bmecat_reader"] = run_child([sys.executable, "-c", reader, str(xml_path)], env)
        else:
            env["PRODUCT_SEARCH_DATA_DIR"] = str(folder / "data-bootstrap")
            report["bootstrap"] = run_child([str(CLI), "fingerprint"], env)
            loads = (("bmecat", xml_path),) if args.bmecat_only else (("csv", csv_path), ("bmecat", xml_path))
            for name, path in loads:
                env["PRODUCT_SEARCH_DATA_DIR"] = str(folder / f"data-{name}")
                report[name] = run_child([str(CLI), "load", "bench", str(path)], env)
            if "csv" in report:
                report["ratio_bmecat_to_csv"] = round(report["bmecat"]["peak_rss_mb"] / report["csv"]["peak_rss_mb"], 3)
    emit(report, args.json)


if __name__ == "__main__":
    main()
