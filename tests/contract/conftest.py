"""The contract tests' emulator: one per test module, with the world built in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from support.contract_world import World

from stitch_admin_emulator import EmulatorConfig, run_in_thread


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    # Deployments finish at once, so a deployed draft's changes are there for the next case.
    with run_in_thread(EmulatorConfig(deploy_delay=0)) as emulator:
        built = World.login(emulator)
        try:
            yield built
        finally:
            built.close()


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """One connection pool for the requests schemathesis sends."""
    with requests.Session() as http:
        yield http
