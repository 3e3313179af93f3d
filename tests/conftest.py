"""Fixtures shared by the whole suite."""

from __future__ import annotations

import sys
from pathlib import Path

# `support` (test helpers) is importable from every test module.
sys.path.insert(0, str(Path(__file__).parent))

import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the anyio pytest plugin ships with httpx's anyio)."""
    return "asyncio"
