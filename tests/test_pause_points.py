"""The pause points crash tests kill at (src/product_search/pause_points.py): off unless configured, held
only where a test armed them, once per arming. tests/test_crash.py kills Gunicorn services held there."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from product_search import pause_points
from product_search.config import Settings

from .support import join_all, wait_until


@pytest.fixture
def armed_dir(tmp_path: Path) -> Iterator[Path]:
    pause_points.configure(tmp_path)
    yield tmp_path
    pause_points.configure(None)


def test_no_point_holds_where_none_is_configured(tmp_path: Path) -> None:
    assert Settings.from_env({}).pause_dir is None  # every deployment
    pause_points.configure(None)
    (tmp_path / "upload_committed.armed").touch()
    pause_points.reached("upload_committed")  # returns: nothing configured
    assert Settings.from_env({"PRODUCT_SEARCH_PAUSE_DIR": str(tmp_path)}).pause_dir == tmp_path


def test_a_point_not_armed_returns_and_an_unknown_point_is_refused(armed_dir: Path) -> None:
    pause_points.reached("upload_committed")
    assert not list(armed_dir.iterdir())
    with pytest.raises(ValueError, match="no pause point"):
        pause_points.reached("upload_comitted")


def test_an_armed_point_holds_its_thread_once_and_says_where(armed_dir: Path) -> None:
    (armed_dir / "delete_committed.armed").touch()
    held = threading.Thread(target=pause_points.reached, args=("delete_committed",), daemon=True)
    held.start()
    wait_until((armed_dir / "delete_committed.reached").exists, 10, "the point reached")
    time.sleep(0.2)
    assert held.is_alive(), "held until the process is killed"
    assert not (armed_dir / "delete_committed.armed").exists(), "the arming is used up"
    second = threading.Thread(target=pause_points.reached, args=("delete_committed",))
    second.start()
    join_all([second], 10)  # the next write goes on
