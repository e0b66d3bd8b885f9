"""Under CI a skip fails the run unless tests/skip_policy.py allows it, with its reason (issue 30)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import skip_policy

SUITE = """
import pytest

def test_needs_a_tool():
    pytest.skip("chromium missing (apt-get install chromium)")

def test_allowed_to_skip():
    pytest.skip("needs privileges")

@pytest.fixture
def tool():
    pytest.skip("no tool here")

def test_through_a_fixture(tool):
    pass

@pytest.mark.xfail(reason="a known bug")
def test_expected_failure():
    assert False

def test_passes():
    pass
"""


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    pytester.makepyfile(test_suite=SUITE)
    monkeypatch.setitem(skip_policy.ALLOWED, "test_suite.py::test_allowed_to_skip", "why it may skip")
    return pytester


def test_under_ci_a_skip_fails_with_its_reason_unless_allowed(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    result = suite.runpytest("-p", "tests.skip_policy", "-rA")
    result.assert_outcomes(passed=1, failed=1, errors=1, skipped=1, xfailed=1)
    result.stdout.fnmatch_lines(["*skipped under CI and not allowed*chromium missing*"])
    result.stdout.fnmatch_lines(["*skipped under CI and not allowed*no tool here*"])


def test_without_ci_a_skip_stays_a_skip(suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    suite.runpytest("-p", "tests.skip_policy").assert_outcomes(passed=1, skipped=3, xfailed=1)


def test_every_allowed_skip_names_a_test_of_the_suite_and_says_why() -> None:
    root = Path(__file__).parent.parent
    for nodeid, reason in skip_policy.ALLOWED.items():
        path, name = nodeid.split("::", 1)
        assert f"def {name.split('[')[0]}(" in (root / path).read_text(), nodeid
        assert len(reason) > 40, f"{nodeid}: say why it may skip"
