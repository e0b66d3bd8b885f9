"""Write data/sample_products.csv: the use case's six tools plus seeded synthetic products."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from product_search_harness.synthetic import generate

# The six descriptions of the original use case ("What can I use to cut?").
USE_CASE = [
    ("UC-1", "Heavy-duty claw hammer with a non-slip grip handle for precise strikes.", "Estwing", "Hand tools"),
    ("UC-2", "Durable 25ft tape measure with easy-lock and belt clip.", "Stanley", "Hand tools"),
    (
        "UC-3",
        "High-torque ratchet screwdriver for efficient screwdriving. Stable screwdriving with 80-mm rod "
        "and magnetic bit holder.",
        "Wera",
        "Hand tools",
    ),
    ("UC-4", "High-performance circular saw with laser guide for accurate cuts.", "Makita", "Power tools"),
    ("UC-5", "Complete screwdriver set with durable magnetic heads for accuracy.", "Wiha", "Hand tools"),
    ("UC-6", "Compact toolbox organizer with multiple compartments for small parts.", "Stanley", "Storage"),
]


def main(path: Path, count: int = 300) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "description", "brand", "category"])
        writer.writerows(USE_CASE)
        for p in generate(count - len(USE_CASE), seed=7):
            writer.writerow([p.id, p.description, p.brand, p.category])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "data/sample_products.csv"))
