"""The sample users' suite (`sample/`) through pytester: against the emulator, on pytest-xdist
workers, and live (`--stitch-live`), with and without the service's settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.users_suites import NOT_THEIRS

from stitch_admin_emulator import RunningEmulator
from stitch_admin_emulator.pytest_plugin import LIVE_VARIABLES, NEEDS_EMULATOR
from stitch_admin_ext import StitchAdmin

SAMPLE = Path(__file__).parent / "sample"
TESTS = 14
# The sample's tests that ask for `stitch_emulator` (faults, tokens, state): skipped live.
EMULATOR_ONLY = 8
SKIPPED = re.compile(r"^SKIPPED \[1\] [\w.]+:\d+: (.*)$", re.MULTILINE)


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A copy of the sample suite, in an environment without the live service's settings."""
    for name in LIVE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for path in SAMPLE.iterdir():
        if path.is_file():
            (pytester.path / path.name).write_text(path.read_text(encoding="utf-8"))
    return pytester


def skip_reasons(result: pytest.RunResult) -> list[str]:
    return SKIPPED.findall(result.stdout.str())


def test_the_sample_suite_passes_against_the_emulator(suite: pytest.Pytester) -> None:
    result = suite.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=TESTS)
    assert "live run" not in result.stdout.str()


def test_each_xdist_worker_has_its_own_emulator(suite: pytest.Pytester, tmp_path: Path) -> None:
    data = tmp_path / "data"
    # --dist loadfile: the tests of test_state.py build on each other, so one worker runs them.
    result = suite.runpytest_subprocess(
        *NOT_THEIRS, "-n", "2", "--dist", "loadfile", "--stitch-emulator-data-dir", str(data)
    )
    result.assert_outcomes(passed=TESTS)
    # A data directory holds one emulator: a directory each means an emulator each.
    assert sorted(path.name for path in data.iterdir()) == ["gw0", "gw1"]
    for worker in data.iterdir():
        assert (worker / "emulator.sqlite3").is_file()


def test_live_without_the_service_s_settings_skips_saying_what_is_missing(
    suite: pytest.Pytester,
) -> None:
    result = suite.runpytest("-p", "no:cacheprovider", "--stitch-live", "-rs")
    result.assert_outcomes(skipped=TESTS)
    reasons = skip_reasons(result)
    missing = f"--stitch-live needs the service's settings: {', '.join(LIVE_VARIABLES)} not set"
    assert sorted(reasons) == sorted(
        [f"stitch_emulator {NEEDS_EMULATOR}"] * EMULATOR_ONLY + [missing] * (TESTS - EMULATOR_ONLY)
    )
    result.stdout.fnmatch_lines(
        ["stitch-admin: live run against (STITCH_ADMIN_BASE_URL is not set)"]
    )


def test_live_names_only_the_settings_missing(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STITCH_ADMIN_BASE_URL", "https://services.example.com")
    monkeypatch.setenv("STITCH_ADMIN_USERNAME", "public")
    monkeypatch.setenv("STITCH_ADMIN_GROUP_ID", "5e8f00000000000000000001")
    result = suite.runpytest("-p", "no:cacheprovider", "--stitch-live", "-rs", "test_apps.py")
    result.assert_outcomes(skipped=3)
    assert set(skip_reasons(result)) == {
        "--stitch-live needs the service's settings: STITCH_ADMIN_API_KEY not set"
    }


def test_live_runs_the_same_tests_against_the_service_named(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, emulator: RunningEmulator
) -> None:
    """Another emulator plays the real service: the plugin knows it only by its settings."""
    for name, value in zip(
        LIVE_VARIABLES,
        (emulator.base_url, emulator.public_key, emulator.private_key, emulator.group_id),
        strict=True,
    ):
        monkeypatch.setenv(name, value)
    result = suite.runpytest("-p", "no:cacheprovider", "--stitch-live", "-rs")
    result.assert_outcomes(passed=TESTS - EMULATOR_ONLY, skipped=EMULATOR_ONLY)
    assert set(skip_reasons(result)) == {f"stitch_emulator {NEEDS_EMULATOR}"}
    result.stdout.fnmatch_lines([f"stitch-admin: live run against {emulator.base_url}"])
    # Every test logged in and out; every app a fixture made was deleted.
    counters = emulator.counters()
    assert counters.logins == counters.logouts == TESTS - EMULATOR_ONLY
    made = counters.requests_to("POST", "/groups/{groupId}/apps")
    assert made == 5
    assert counters.requests_to("DELETE", "/groups/{groupId}/apps/{appId}") == made
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        assert admin.group(emulator.group_id).apps.list() == []
