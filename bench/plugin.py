"""Scenario 11: what the pytest plugin costs a users' suite.

A suite of ``tests`` tests is written to a temporary folder, three times: tests that use no
fixture, tests that use ``stitch_emulator``, tests that use ``stitch_app``. pytest runs each in a
fresh interpreter (``-p no:cacheprovider``), and a conftest of the suite records the setup and
teardown durations pytest reports for every test. The first test of a suite pays the session's
start-up (the emulator imported and started: "start-up"); the others pay what each test pays
("per test": setup plus teardown, the median over the tests after the first, less the same
median for the tests that use no fixture).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

CONFTEST = """
import json, os

PHASES = {}


def pytest_runtest_logreport(report):
    if report.when in ("setup", "teardown"):
        PHASES[report.nodeid] = PHASES.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session):
    with open(os.environ["BENCH_PHASES"], "w") as out:
        json.dump(list(PHASES.values()), out)
"""

SUITES = {
    "none": "def test_{n}():\n    assert True\n",
    "stitch_emulator": "def test_{n}(stitch_emulator):\n    assert stitch_emulator.base_url\n",
    "stitch_app": "def test_{n}(stitch_app):\n    assert stitch_app.app_id\n",
}


@dataclass(frozen=True)
class PluginCosts:
    """Seconds: the first test's setup and teardown, and the median of the others', by suite."""

    first: dict[str, float]
    each: dict[str, float]


def measure(tests: int) -> PluginCosts:
    first: dict[str, float] = {}
    each: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-plugin-") as folder:
        for suite, template in SUITES.items():
            root = Path(folder) / suite
            root.mkdir()
            (root / "conftest.py").write_text(CONFTEST, encoding="utf-8")
            body = "\n\n".join(template.format(n=n) for n in range(tests))
            (root / "test_suite.py").write_text(body, encoding="utf-8")
            phases = root / "phases.json"
            subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(root)],
                cwd=root,
                env={**_environment(), "BENCH_PHASES": str(phases)},
                check=True,
                capture_output=True,
            )
            durations: list[float] = json.loads(phases.read_text(encoding="utf-8"))
            first[suite] = durations[0]
            each[suite] = statistics.median(durations[1:])
    return PluginCosts(first, each)


def _environment() -> dict[str, str]:
    # The suite must not run live against a service a developer's variables name.
    return {k: v for k, v in os.environ.items() if not k.startswith("STITCH_ADMIN_")}
