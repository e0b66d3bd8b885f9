"""The README is short, in the reader's order, and true: its commands exist, its links resolve, its figures hold.

The golden answer's score is checked against the service in tests/test_fidelity.py, the right-type-first
figures against this run in tests/test_quality_gate.py; here: the rest it shows.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import click

from product_search.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]
# What an operator opens the README for, in the order they need it (issue 29).
ORDER = [
    "Prerequisites",
    "Quick start",
    "The API in brief",
    "Docker",
    "CI/CD",
    "Monitoring",
    "Production",
    "Quality and performance, measured",
    "Where to read on",
]


def test_the_readme_is_short_and_in_the_readers_order() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert len(headings) == len(ORDER) and all(h.startswith(w) for h, w in zip(headings, ORDER, strict=True)), headings


def make_targets() -> dict[str, str]:
    """``make help``: it fails when a documented target is in no group."""
    out = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return dict(re.findall(r"^  (\S+) +(.*)$", out, re.M))


def test_make_help_lists_every_target_in_groups_with_the_two_set_up_commands_first() -> None:
    targets = make_targets()
    assert list(targets)[:3] == ["help", "run", "test"]
    assert all(targets.values()), [name for name, text in targets.items() if not text]
    default = subprocess.run(["make", "-s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "Start here" in default  # `make` alone prints the list


def test_every_make_target_the_docs_show_exists() -> None:
    targets = make_targets()
    shown = {name for doc in DOCS for name in re.findall(r"`make ([a-z][a-z-]+)", doc.read_text(encoding="utf-8"))}
    shown |= set(re.findall(r"^make ([a-z][a-z-]+)", README.read_text(encoding="utf-8"), re.M))
    assert shown and not shown - set(targets), sorted(shown - set(targets))


def test_every_cli_command_the_readme_shows_exists() -> None:
    text = README.read_text(encoding="utf-8")
    shown = set(re.findall(r"product-search ((?:models )?[a-z][a-z-]+)", text))
    assert {"load", "search", "synonyms", "models import", "models evaluate", "migrate"} <= shown
    for command in shown:
        group: click.Command = main
        for word in command.split():
            assert isinstance(group, click.Group), command
            found = group.get_command(click.Context(group), word)
            assert found is not None, f"`product-search {command}` is not a command"
            group = found


def anchors(doc: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation but hyphens dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", doc.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


def test_every_link_between_the_docs_resolves() -> None:
    broken = []
    for doc in DOCS:
        for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            file = (doc.parent / path).resolve() if path else doc
            if not file.exists() or (anchor and file.suffix == ".md" and anchor not in anchors(file)):
                broken.append(f"{doc.relative_to(ROOT)}: {target}")
    assert not broken, broken


def test_the_readmes_scifact_figures_are_the_measured_ones() -> None:
    """The README quotes docs/evaluation.md's measurement (`make eval`, with its commit and command)."""
    quoted = re.search(
        r"nDCG@10 ([0-9.]+) in the default mode, ([0-9.]+) with the model alone", README.read_text(encoding="utf-8")
    )
    assert quoted, "the README states SciFact's figures"
    table = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    measured = {
        mode: re.search(rf"^\| onnx-int8 \| \**{mode}\** \| \**([0-9.]+)", table, re.M) for mode in ("hybrid", "dense")
    }
    assert all(measured.values())
    assert quoted.groups() == (measured["hybrid"].group(1), measured["dense"].group(1))  # type: ignore[union-attr]
