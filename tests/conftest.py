"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# `support` (test helpers) is importable from every test module.
sys.path.insert(0, str(Path(__file__).parent))

import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the anyio pytest plugin ships with httpx's anyio)."""
    return "asyncio"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """After a fuzzing run, the cases per tag and what they ended as."""
    from support.fuzzing import TALLY  # noqa: PLC0415 (only loaded when fuzz tests ran)

    if TALLY.cases:
        terminalreporter.section("response fuzzing: cases per tag")
        for line in TALLY.lines():
            terminalreporter.write_line(line)
        # tools/fuzz.py runs shards in parallel and adds up their counts.
        if path := os.environ.get("STITCH_FUZZ_TALLY"):
            Path(path).write_text(TALLY.to_json(), encoding="utf-8")
