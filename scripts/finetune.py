"""make finetune / make finetune-products: fine-tune all-MiniLM-L6-v2, never on what it is evaluated on.

Runs in its own virtualenv (``.venv-finetune``: sentence-transformers' trainer needs ``datasets`` and
``accelerate``, whose pins clash with the service's). Two recipes:

* ``make finetune``: (claim, relevant abstract) pairs of SciFact train *minus* the held-out dev split
  (:func:`product_search.observability.evaluation.held_out`: one query in five, by a hash of its id), which
  ``product-search models evaluate`` reports. Loss: MultipleNegativesRankingLoss (the batch's other
  abstracts are the negatives).
* ``make finetune-products`` (``--products DIR ...``): buyer queries of the *training* catalogs
  (data/training/*, split ``train``; never data/heldout) with the products that answer them fully, each
  with a hard negative mined by the base model: the product it ranks highest that does not answer the query
  (an accessory of the asked-for tool, a neighbouring size, a look-alike type). SciFact's training pairs are
  mixed in, mined the same way, so the model keeps what it knew (its dev split must not drop more than 0.01);
  each batch is of one kind, products or SciFact.
  Loss: MultipleNegativesRankingLoss over (anchor, positive, negative) triplets.

The base model is read from the repository version given (never from a hub); the result is a plain
sentence-transformers directory, which the make targets then import as the next version ``@candidate``.

Usage: .venv-finetune/bin/python scripts/finetune.py --base DIR --out DIR [--products DIR ...] [--epochs 1]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import time
from pathlib import Path

import numpy as np
from datasets import Dataset, DatasetDict
from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer, SentenceTransformerTrainingArguments
from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
from sentence_transformers.sentence_transformer.training_args import BatchSamplers, MultiDatasetBatchSamplers

from product_search.observability import evaluation
from product_search.observability.evaluation import load_beir, split

ROOT = Path(__file__).resolve().parents[1]


def training_pairs(data_dir: Path) -> list[dict[str, str]]:
    """(anchor: claim, positive: abstract) for every judged pair of the training part, in a fixed order."""
    train = split(load_beir(data_dir, "train"), dev=False)
    texts = {doc["id"]: doc["description"] for doc in train.corpus}
    pairs = [
        {"anchor": train.queries[qid], "positive": texts[did]}
        for qid in sorted(train.qrels)
        for did, grade in sorted(train.qrels[qid].items())
        if grade > 0
    ]
    random.Random(13).shuffle(pairs)  # nosec B311 (a reproducible order, not a secret)
    return pairs


POSITIVES = 3  # products per query (a type-only query has every product of its type as an answer)


def mined_triplets(data: evaluation.Dataset, model: SentenceTransformer, seed: int) -> list[dict[str, str]]:
    """(anchor, positive, negative) for every judged query: up to :data:`POSITIVES` of its best-graded
    products, each with one of the three products the base model ranks highest that are not relevant."""
    ids = [doc["id"] for doc in data.corpus]
    texts = {doc["id"]: doc["description"] for doc in data.corpus}
    corpus = model.encode([texts[i] for i in ids], batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    qids = sorted(data.qrels)
    queries = model.encode([data.queries[q] for q in qids], batch_size=64, normalize_embeddings=True)
    rng = random.Random(seed)  # nosec B311 (a reproducible choice, not a secret)
    out: list[dict[str, str]] = []
    for qid, row in zip(qids, queries @ corpus.T, strict=True):
        judged = data.qrels[qid]
        best = max(judged.values())
        positives = sorted(d for d, grade in judged.items() if grade == best)
        rng.shuffle(positives)
        negatives = [ids[j] for j in np.argsort(-row)[: len(judged) + 3] if ids[j] not in judged][:3]
        if not negatives:
            continue
        for n, did in enumerate(positives[:POSITIVES]):
            out.append(
                {
                    "anchor": data.queries[qid],
                    "positive": texts[did],
                    "negative": texts[negatives[n % len(negatives)]],
                }
            )
    return out


_REPEAT = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def synonym_variants(
    data: evaluation.Dataset, sets: list[list[str]], seed: int, avoid: frozenset[str] = frozenset()
) -> evaluation.Dataset:
    """``data`` with one more query for each judged query that says a term of a synonym set: the same
    query with that term replaced by another term of its set (chosen at random) wherever it says it, judged as
    the original.

    The buyer's words vary as the trade's do ("check valve" / "non-return valve"); a model trained on the
    catalog's own wording alone learns one of them. Only a whole term is replaced, never one inside a longer
    term the query says ("steel" of "stainless steel"), and not by a term that holds it ("jobber drill bits"
    would become "jobber drill bit bits") nor where a word would come twice ("cable extension reel": "cable
    cable drum"); a variant that is one of ``avoid`` (the lower-cased queries of the catalog's other splits)
    is left out. The variants only rephrase training queries with the operator's
    starter sets (data/synonyms), so nothing of a held-out catalog enters."""
    patterns = {
        t.lower(): re.compile(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", re.IGNORECASE)
        for group in sets
        for t in group
    }
    rng = random.Random(seed)  # nosec B311 (a reproducible choice, not a secret)
    queries = dict(data.queries)
    qrels = dict(data.qrels)
    for qid in sorted(data.qrels):
        text = data.queries[qid]
        spans = [
            (found.start(), found.end(), n, term.lower())
            for n, group in enumerate(sets)
            for term in group
            for found in patterns[term.lower()].finditer(text)
        ]
        whole = sorted(
            span
            for span in spans
            if not any(o[0] <= span[0] and span[1] <= o[1] and o[1] - o[0] > span[1] - span[0] for o in spans)
        )
        if not whole:
            continue
        _, _, n, term = rng.choice(whole)
        others = sorted({u for u in sets[n] if term not in u.lower()})
        if not others:
            continue
        other = rng.choice(others)
        variant = patterns[term].sub(other.replace("\\", "\\\\"), text)
        if (
            variant.lower() in avoid
            or f"{qid}~{other}" in queries
            or (_REPEAT.search(variant) and not _REPEAT.search(text))
        ):
            continue
        queries[f"{qid}~{other}"] = variant
        qrels[f"{qid}~{other}"] = data.qrels[qid]
    return dataclasses.replace(data, queries=queries, qrels=qrels)


def product_triplets(
    folders: list[Path], scifact: Path, model: SentenceTransformer, synonyms: list[list[str]] | None = None
) -> dict[str, list[dict[str, str]]]:
    """Triplets of the training catalogs' train split, and of SciFact train minus its dev split, each shuffled.

    Two datasets, so that every batch is of one kind: a product batch pads to a product text's length (tens
    of tokens) instead of an abstract's 256, which made one step three times slower on 2 cores, and its
    in-batch negatives are products, not abstracts that no product query would ever confuse."""
    products: list[dict[str, str]] = []
    for n, folder in enumerate(folders):
        if "heldout" in folder.parts:
            raise SystemExit(f"{folder}: held-out catalogs are never trained on")
        data = load_beir(folder, "train")
        if synonyms:
            # A variant may not be a query the catalog's dev split judges: that split measures the model.
            dev = load_beir(folder, "dev").queries.values() if (folder / "qrels" / "dev.tsv").is_file() else ()
            data = synonym_variants(data, synonyms, seed=n, avoid=frozenset(q.lower() for q in dev))
        products += mined_triplets(data, model, seed=n)
    if not products:
        raise SystemExit(f"{', '.join(map(str, folders))}: no training queries with a product to answer them")
    sets = {"products": products}
    if (scifact / "corpus.jsonl").is_file():
        sets["scifact"] = mined_triplets(split(load_beir(scifact, "train"), dev=False), model, seed=len(folders))
    for rows in sets.values():
        random.Random(13).shuffle(rows)  # nosec B311 (a reproducible order, not a secret)
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the base model's sentence-transformers directory")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "scifact")
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--learning-rate", type=float, default=2e-5)
    parser.add_argument("--max-steps", type=int, default=-1, help="stop after this many steps (tests: a few)")
    parser.add_argument("--max-seq-length", type=int, default=256)
    parser.add_argument(
        "--products", type=Path, nargs="+", help="training catalogs (BEIR, split train): product triplets instead"
    )
    parser.add_argument(
        "--synonyms",
        type=Path,
        help="a synonym file ({'sets': [[term, ...], ...]}, as data/synonyms/hardware-en.json): each training query "
        "that says a term is also trained in another term's words",
    )
    args = parser.parse_args()
    synonyms = json.loads(args.synonyms.read_text(encoding="utf-8"))["sets"] if args.synonyms else None
    if synonyms is not None and any(len({t.lower() for t in group}) < 2 for group in synonyms):
        raise SystemExit(f"{args.synonyms}: every synonym set needs two different terms at least")

    model = SentenceTransformer(str(args.base), device="cpu", local_files_only=True)
    model.max_seq_length = args.max_seq_length
    sets = (
        product_triplets(args.products, args.data, model, synonyms)
        if args.products
        else {"scifact": training_pairs(args.data)}
    )
    work = args.out.parent / f".{args.out.name}-checkpoints"
    training = SentenceTransformerTrainingArguments(
        output_dir=str(work),
        num_train_epochs=args.epochs,
        max_steps=args.max_steps,
        per_device_train_batch_size=args.batch_size,
        learning_rate=args.learning_rate,
        warmup_ratio=0.1,
        batch_sampler=BatchSamplers.NO_DUPLICATES,  # a batch's negatives must not be its positives
        multi_dataset_batch_sampler=MultiDatasetBatchSamplers.PROPORTIONAL,  # each batch from one dataset
        seed=42,
        use_cpu=True,
        save_strategy="no",
        logging_steps=5,
        report_to="none",
    )
    trainer = SentenceTransformerTrainer(
        model=model,
        args=training,
        train_dataset=(  # one set: a plain dataset, as the SciFact recipe was documented with
            DatasetDict({name: Dataset.from_list(rows) for name, rows in sets.items()})
            if len(sets) > 1
            else Dataset.from_list(next(iter(sets.values())))
        ),
        loss=MultipleNegativesRankingLoss(model),
    )
    started = time.perf_counter()
    result = trainer.train()
    model.save(str(args.out))
    facts = {
        "base": str(args.base),
        "pairs": {name: len(rows) for name, rows in sets.items()},
        "epochs": args.epochs,
        "steps": result.global_step,
        "batch_size": args.batch_size,
        "learning_rate": args.learning_rate,
        "train_loss": round(result.training_loss, 4),
        "seconds": round(time.perf_counter() - started, 1),
        "trained_on": [str(p) for p in args.products] if args.products else [str(args.data)],
        "synonyms": str(args.synonyms) if args.synonyms else None,
        "held_out": "SciFact train queries with held_out(id), every data/heldout catalog: never trained on",
    }
    (args.out / "finetune.json").write_text(json.dumps(facts, indent=2))
    print(json.dumps(facts, indent=2))


if __name__ == "__main__":
    main()
