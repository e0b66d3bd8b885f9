"""scripts/tune_fusion.py --choose: how a new version's own fusion weight is picked, and what it may be picked on."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from product_search.search.ranking import DENSE_WEIGHT

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("tune_fusion", ROOT / "scripts" / "tune_fusion.py")
assert _spec is not None and _spec.loader is not None
tune_fusion = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tune_fusion)


def test_the_weight_with_most_right_first_wins_and_a_tie_stays_nearest_the_default() -> None:
    assert tune_fusion.pick({0.5: 10, 0.6: 11, 0.8: 12, 0.9: 12}) == 0.8
    assert tune_fusion.pick({0.4: 7, 0.5: 9, 0.6: 9, 0.7: 9}) == DENSE_WEIGHT
    assert tune_fusion.pick({0.5: 9, 0.7: 9, 0.8: 3}) == 0.5, "equally near: the lower"


@pytest.mark.parametrize("judge", ["data/heldout/erp:test", "data/classified-erp:test", "data/quality", "data/buyers"])
def test_a_held_out_or_gate_catalog_never_chooses_a_weight(judge: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="judges a version"):
        tune_fusion.choose(tmp_path, ["data/training/erp", judge], [0.6])
