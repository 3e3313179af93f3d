"""Fixtures for end-to-end tests: StitchAdmin sessions against the emulator over real sockets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from stitch_admin_client.api.apps import create_app
from stitch_admin_client.models import AppCreate
from support import emulation
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import RetryPolicy, StitchAdmin

# Retries without noticeable waits, so that fault tests stay fast.
QUICK_RETRIES = RetryPolicy(backoff_factor=0.01, max_backoff=0.05)


@pytest.fixture
def start_emulator() -> Iterator[Callable[..., RunningEmulator]]:
    """Starts emulators with non-default settings; each stops, and is checked, at teardown."""
    with ExitStack() as stack:
        yield lambda **options: stack.enter_context(emulation.started(**options))


@pytest.fixture
def control(emulator: RunningEmulator) -> Iterator[Control]:
    helper = Control(emulator)
    yield helper
    helper.close()


def login(emulator: RunningEmulator, **options: Any) -> StitchAdmin:
    options.setdefault("retry", QUICK_RETRIES)
    return StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url, **options
    )


@pytest.fixture
def admin(emulator: RunningEmulator) -> Iterator[StitchAdmin]:
    with login(emulator) as session:
        yield session


@pytest.fixture
def app_id(admin: StitchAdmin, emulator: RunningEmulator) -> str:
    return create_app.sync(emulator.group_id, client=admin.client, body=AppCreate(name="e2e")).id
