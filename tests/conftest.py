"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

# `support` (test helpers) is importable from every test module.
sys.path.insert(0, str(Path(__file__).parent))

import pytest
from support import contract_run, emulation

from stitch_admin_emulator import RunningEmulator

# `pytester` runs sample test suites (tests/plugin/: the pytest plugin users install).
pytest_plugins = ["pytester"]


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the anyio pytest plugin ships with httpx's anyio)."""
    return "asyncio"


@pytest.fixture
def emulator() -> Iterator[RunningEmulator]:
    """A fresh emulator on a free loopback port, default settings; every answer it gives
    during the test is checked against the OpenAPI document at teardown."""
    with emulation.started() as running:
        yield running


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The counts of the contract, emulator-validation and fuzzing runs that took place."""
    from support.fuzzing import TALLY  # noqa: PLC0415 (only needed when fuzz tests ran)

    if TALLY.cases:
        terminalreporter.section("response fuzzing: cases per tag")
        for line in TALLY.lines():
            terminalreporter.write_line(line)
        # tools/fuzz.py runs shards in parallel and adds up their counts.
        if path := os.environ.get("STITCH_FUZZ_TALLY"):
            Path(path).write_text(TALLY.to_json(), encoding="utf-8")
    if contract_run.COUNTS.cases:
        terminalreporter.write_line(contract_run.COUNTS.summary())
    validated = emulation.VALIDATED["exchanges"]
    if validated:
        terminalreporter.write_line(
            f"emulator: {validated} answers validated against the OpenAPI document"
        )
