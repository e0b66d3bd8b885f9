"""make finetune: fine-tune all-MiniLM-L6-v2 on SciFact's training queries, never on what it is evaluated on.

Runs in its own virtualenv (``.venv-finetune``: sentence-transformers' trainer needs ``datasets`` and
``accelerate``, whose pins clash with the service's). Training pairs are (claim, relevant abstract) of
the SciFact train split *minus* the held-out dev split (:func:`product_search.observability.evaluation.
held_out`: one query in five, by a hash of its id), which ``product-search models evaluate`` reports.
Loss: MultipleNegativesRankingLoss (the other abstracts of a batch are the negatives), on CPU.

The base model is read from the repository version given (never from a hub); the result is a plain
sentence-transformers directory, which ``make finetune`` then imports as the next version.

Usage: .venv-finetune/bin/python scripts/finetune.py --base DIR --out DIR [--epochs 1] [--max-steps N]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from datasets import Dataset
from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer, SentenceTransformerTrainingArguments
from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
from sentence_transformers.sentence_transformer.training_args import BatchSamplers

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
    args = parser.parse_args()

    pairs = training_pairs(args.data)
    model = SentenceTransformer(str(args.base), device="cpu", local_files_only=True)
    model.max_seq_length = args.max_seq_length
    work = args.out.parent / f".{args.out.name}-checkpoints"
    training = SentenceTransformerTrainingArguments(
        output_dir=str(work),
        num_train_epochs=args.epochs,
        max_steps=args.max_steps,
        per_device_train_batch_size=args.batch_size,
        learning_rate=args.learning_rate,
        warmup_ratio=0.1,
        batch_sampler=BatchSamplers.NO_DUPLICATES,  # a batch's negatives must not be its positives
        seed=42,
        use_cpu=True,
        save_strategy="no",
        logging_steps=5,
        report_to="none",
    )
    trainer = SentenceTransformerTrainer(
        model=model,
        args=training,
        train_dataset=Dataset.from_list(pairs),
        loss=MultipleNegativesRankingLoss(model),
    )
    started = time.perf_counter()
    result = trainer.train()
    model.save(str(args.out))
    facts = {
        "base": str(args.base),
        "pairs": len(pairs),
        "epochs": args.epochs,
        "steps": result.global_step,
        "batch_size": args.batch_size,
        "learning_rate": args.learning_rate,
        "train_loss": round(result.training_loss, 4),
        "seconds": round(time.perf_counter() - started, 1),
        "held_out": "SciFact train queries with held_out(id): never trained on",
    }
    (args.out / "finetune.json").write_text(json.dumps(facts, indent=2))
    print(json.dumps(facts, indent=2))


if __name__ == "__main__":
    main()
