"""A users' conftest: which event loop anyio's tests run on."""

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
