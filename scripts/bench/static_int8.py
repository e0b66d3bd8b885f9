"""Static (calibrated) int8 beside fp32 and the dynamic int8 export: can a quantized model keep every score within
0.01 of fp32? (issue 31, point 5). One process, one thread per session, this machine's CPU.

    .venv/bin/python scripts/bench/static_int8.py [--queries 200] [--others 1000] [--calibration 300] [--variants ...]

Each variant is ONNX Runtime's `quantize_static` (QDQ, per-channel int8 weights, uint8 activations with scales
fixed at calibration: the same for every batch) of the model's fp32 ONNX export, named METHOD[-PART]: ranges
by min-max, percentile (99.999) or entropy, over every weight MatMul (attention's two activation x activation
products stay fp32), or with `-attention` those too, `-keep-ffn-out` without the FFN down-projections (the largest
activations), `-only-qkv` only attention's query/key/value projections. Calibrated on catalog and query text
(the training catalogs' descriptions and train queries, data/training) and ``--long`` SciFact abstracts (the
model's full 256 tokens), never on the pairs scored here. Beside them the dynamic int8 export the service offers
(`onnx-int8`) and fp32 itself.

Scores against fp32 ONNX (within 1e-5 of sentence-transformers with torch: docs/performance.md): the golden
example (README) and SciFact train pairs (``--queries`` x their judged documents + ``--others``), queries one at
a time as searches encode them, documents in batches of 64; nDCG@10 of those pairs. Speed: one-query encode
(median ms of 300 SciFact train queries, the first by text, one thread) and bulk documents/s (batches of 32, one
thread). Prints a JSON report; docs/performance.md has the table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from inputs import ROOT

from product_search.config import Settings
from product_search.encoding.fingerprint import hash_model_dir
from product_search.encoding.onnx_runtime import (
    ONNX_FILE,
    ONNX_INT8_FILES,
    StackSpec,
    export,
    int8_config,
    new_session,
    onnx_encoder,
    raw_tokenizer,
)
from product_search.observability.evaluation import judged_sample, load_beir, rankings
from product_search.observability.evaluation import scores as metrics
from product_search_harness.service import clean_environment

SCIFACT = ROOT.parent / "shared" / "data" / "scifact"
TRAINING = ROOT / "data" / "training"
GOLDEN_QUERY = "What can I use to cut?"
GOLDEN = [
    "Heavy-duty claw hammer with a non-slip grip handle for precise strikes.",
    "Durable 25ft tape measure with easy-lock and belt clip.",
    "High-performance circular saw with laser guide for accurate cuts.",
]
Encode = Callable[[list[str], int], np.ndarray]


def calibration_texts(limit: int) -> list[str]:
    """Descriptions and train queries of the training catalogs, interleaved catalog by catalog, ``limit`` in all."""
    per_catalog: list[list[str]] = []
    for catalog in sorted(p for p in TRAINING.iterdir() if (p / "corpus.jsonl").is_file()):
        docs = [json.loads(line) for line in (catalog / "corpus.jsonl").open(encoding="utf-8")]
        texts = [f"{d.get('title', '')} {d['text']}".strip() for d in docs]
        train = {line.split("\t")[0] for line in (catalog / "qrels" / "train.tsv").open(encoding="utf-8")}
        queries = [q["text"] for q in map(json.loads, (catalog / "queries.jsonl").open(encoding="utf-8"))
                   if q["_id"] in train]  # fmt: skip
        mixed = [t for pair in zip(texts, queries, strict=False) for t in pair]
        per_catalog.append(mixed)
    out = [t for group in zip(*per_catalog, strict=False) for t in group]
    return out[:limit]


class Reader:
    """ONNX Runtime's calibration feed: one text per run, unpadded and cut at the model's maximum length as
    searches and uploads are. Fed one run at a time (``CalibStridedMinMax`` 1: ORT merges each run's ranges or
    histograms into the last), so runs of different lengths need no padding, whose activations would otherwise
    be most of what a short query calibrates."""

    def __init__(self, model_dir: Path, spec: StackSpec, texts: list[str], inputs: set[str]) -> None:
        tokenizer = raw_tokenizer(model_dir, spec, pad=False)
        self._all = [
            {
                k: v
                for k, v in {
                    "input_ids": np.array([e.ids], dtype=np.int64),
                    "attention_mask": np.array([e.attention_mask], dtype=np.int64),
                    "token_type_ids": np.array([e.type_ids], dtype=np.int64),
                }.items()
                if k in inputs
            }
            for e in tokenizer.encode_batch([t.strip() for t in texts])
        ]
        self._feeds: Iterator[dict[str, np.ndarray]] = iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def set_range(self, start_index: int, end_index: int) -> None:
        self._feeds = iter(self._all[start_index:end_index])

    def get_next(self) -> dict[str, np.ndarray] | None:
        return next(self._feeds, None)

    def rewind(self) -> None:
        self._feeds = iter(self._all)


VARIANTS = ("", "-attention", "-keep-ffn-out", "-only-qkv")  # after the calibration method's name


def quantized(source: Path, target: Path, *, model_dir: Path, spec: StackSpec, texts: list[str], variant: str) -> None:
    """Write the static int8 ``variant`` of the fp32 model ``source`` to ``target``."""
    import onnx
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static

    graph = onnx.load(str(source)).graph
    inputs = {i.name for i in graph.input}
    matmuls = [n.name for n in graph.node if n.op_type == "MatMul"]
    # The FFN's second projection (intermediate -> hidden), named "output/dense" in BERT-style exports.
    down = [n for n in matmuls if "/output/dense/" in n and "/attention/" not in n]
    # Attention's two activation x activation products (scores, weighted values): fp32 unless "-attention" (ORT's
    # MatMulConstBOnly option keeps them fp32 only in the QOperator format; QDQ quantizes them without this).
    attention = [n for n in matmuls if n.endswith(("/attention/self/MatMul", "/attention/self/MatMul_1"))]
    # Attention's query, key and value projections: the only int8 MatMuls of the "-only-qkv" variants.
    qkv = [n for n in matmuls if any(f"/attention/self/{w}/" in n for w in ("query", "key", "value"))]
    if (len(qkv), len(attention), len(down)) != (18, 12, 6):  # six layers: a renamed node would go unnoticed
        sys.exit(f"unexpected MatMul names in {source}: {len(qkv)} qkv, {len(attention)} attention, {len(down)} down")
    name, _, suffix = variant.partition("-")
    methods = {"minmax": CalibrationMethod.MinMax, "percentile": CalibrationMethod.Percentile,
               "entropy": CalibrationMethod.Entropy}  # fmt: skip
    if name not in methods or (suffix and f"-{suffix}" not in VARIANTS):
        sys.exit(f"unknown variant {variant!r}: a method of {sorted(methods)} with one of {VARIANTS}")
    with contextlib.redirect_stdout(sys.stderr):  # its progress lines, not in the report
        quantize_static(
            str(source),
            str(target),
            Reader(model_dir, spec, texts, inputs),
            quant_format=QuantFormat.QDQ,
            op_types_to_quantize=["MatMul"],
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            calibrate_method=methods[name],
            nodes_to_quantize=qkv if variant.endswith("-only-qkv") else [],
            nodes_to_exclude=(down if variant.endswith("-keep-ffn-out") else [])
            + ([] if variant.endswith("-attention") else attention),
            extra_options={
                "CalibStridedMinMax": 1,
                "CalibPercentile": 99.999,
                "ActivationSymmetric": False,
                "WeightSymmetric": True,
            },
        )


def measure(encode: Encode, pairs: dict[str, Any] | None, fp32_golden: np.ndarray, speed_queries: list[str],
            speed_docs: list[str]) -> dict[str, Any]:  # fmt: skip
    gold = encode(GOLDEN, 64) @ encode([GOLDEN_QUERY], 1)[0]
    entry: dict[str, Any] = {
        "golden": gold.round(4).tolist(),
        "golden_max_abs_diff": float(np.abs(gold - fp32_golden).max()),
    }
    if pairs is not None:
        got = np.stack([encode([q], 1)[0] for q in pairs["queries"]]) @ encode(pairs["texts"], 64).T
        diff = np.abs(got - pairs["want"])
        entry |= {
            "mean_abs_diff": float(diff.mean()),
            "p99_abs_diff": float(np.quantile(diff, 0.99)),
            "max_abs_diff": float(diff.max()),
            "pairs_over_0.01": float((diff > 0.01).mean()),
            "ndcg10": round(metrics(rankings(got, pairs["qids"], pairs["ids"]), pairs["qrels"])["ndcg@10"], 4),
        }
    times = []
    for q in speed_queries:
        started = time.perf_counter()
        encode([q], 1)
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    encode(speed_docs, 32)
    entry["query_ms_p50"] = round(statistics.median(times) * 1000, 3)
    entry["bulk_docs_per_s"] = round(len(speed_docs) / (time.perf_counter() - started), 1)
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--others", type=int, default=1000)
    parser.add_argument("--calibration", type=int, default=300, help="calibration texts (training catalogs)")
    parser.add_argument("--long", type=int, default=40, help="SciFact abstracts never scored here, also calibrated")
    parser.add_argument(
        "--variants", default="minmax,percentile,minmax-attention,percentile-keep-ffn-out,percentile-only-qkv"
    )
    args = parser.parse_args()
    env = clean_environment({"PRODUCT_SEARCH_MODEL_CACHE_DIR": str(ROOT / "var" / "models")})
    settings = Settings.from_env(env)
    cache = settings.model_cache_dir or settings.data_dir / "models"
    model_path = Path(settings.model_path).expanduser().resolve()
    name = f"onnx-{hash_model_dir(model_path)[:16]}"  # the Encoder's own cache names
    fp32_dir = export(model_path, cache / name, ONNX_FILE, None)
    spec = StackSpec.load(fp32_dir)
    if spec is None:
        sys.exit(f"{fp32_dir} has no recorded stack (onnx/stack.json): serve the model once to record it")
    dynamic = int8_config()
    dynamic_dir = export(model_path, cache / f"{name}-{dynamic}", ONNX_INT8_FILES[dynamic], dynamic)

    def encoder(path: Path) -> Encode:
        return onnx_encoder(fp32_dir, spec, new_session(path, 1))

    fp32 = encoder(fp32_dir / ONNX_FILE)
    fp32_golden = fp32(GOLDEN, 64) @ fp32([GOLDEN_QUERY], 1)[0]
    pairs = None
    long_texts: list[str] = []
    speed_queries = [GOLDEN_QUERY] * 50
    speed_docs = GOLDEN * 100
    if (SCIFACT / "corpus.jsonl").is_file():
        data = load_beir(SCIFACT, "train")
        qids, docs = judged_sample(data, args.queries, args.others)
        scored = {d["id"] for d in docs}
        # Long texts too (abstracts fill the model's 256 tokens; catalog texts do not): the corpus's last ones.
        long_texts = [d["description"] for d in data.corpus if d["id"] not in scored][-args.long :]
        q_texts = [data.queries[q] for q in qids]
        texts = [d["description"] for d in docs]
        want = np.stack([fp32([q], 1)[0] for q in q_texts]) @ fp32(texts, 64).T
        pairs = {"qids": qids, "queries": q_texts, "ids": [d["id"] for d in docs], "texts": texts, "want": want,
                 "qrels": {q: data.qrels[q] for q in qids}}  # fmt: skip
        speed_queries = sorted(data.queries.values())[:300]
        speed_docs = texts[:256]
    texts = calibration_texts(args.calibration) + long_texts
    report: dict[str, Any] = {
        "cpu_flags": sorted({f for f in ("avx2", "avx512_vnni", "avx_vnni") if f in Path("/proc/cpuinfo").read_text()}),
        "reference": "fp32 ONNX (one thread)",
        "pairs": None if pairs is None else int(pairs["want"].size),
        "calibration_texts": len(texts),
    }
    report["fp32"] = measure(fp32, pairs, fp32_golden, speed_queries, speed_docs)
    report[f"dynamic int8 ({dynamic})"] = measure(encoder(dynamic_dir / ONNX_INT8_FILES[dynamic]), pairs, fp32_golden,
                                                  speed_queries, speed_docs)  # fmt: skip
    print(json.dumps({k: report[k] for k in list(report)[-2:]}), file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="static-int8-") as tmp:
        from onnxruntime.quantization.shape_inference import quant_pre_process

        prepared = Path(tmp) / "prepared.onnx"
        with contextlib.redirect_stdout(sys.stderr):
            # Symbolic shape inference fails on this export ("incomplete"); ONNX's own inference is enough here.
            quant_pre_process(str(fp32_dir / ONNX_FILE), str(prepared), skip_symbolic_shape=True)
        for variant in args.variants.split(","):
            target = Path(tmp) / f"{variant}.onnx"
            started = time.perf_counter()
            quantized(prepared, target, model_dir=fp32_dir, spec=spec, texts=texts, variant=variant)
            seconds = round(time.perf_counter() - started, 1)
            entry = measure(encoder(target), pairs, fp32_golden, speed_queries, speed_docs) | {"quantize_s": seconds}
            report[f"static int8 {variant}"] = entry
            print(json.dumps({variant: entry}), file=sys.stderr, flush=True)
            os.remove(target)
    json.dump(report, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
