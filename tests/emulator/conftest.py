"""Fixtures for the emulator's own tests: raw httpx clients against a real, threaded server."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest
from support import emulation

from stitch_admin_emulator import RunningEmulator

# httpx builds a TLS context for every client, even for plain HTTP; sharing one keeps the
# many short-lived clients of these tests cheap.
TLS = ssl.create_default_context()


def new_client(base_url: str = "", access_token: str | None = None, **options: Any) -> httpx.Client:
    headers = dict(options.pop("headers", {}))
    if access_token is not None:
        headers["Authorization"] = f"Bearer {access_token}"
    options.setdefault("timeout", 10)
    return httpx.Client(base_url=base_url, headers=headers, verify=TLS, **options)


def login(
    emulator: RunningEmulator, public: str | None = None, private: str | None = None
) -> dict[str, Any]:
    with new_client(emulator.api_url) as client:
        response = client.post(
            "/auth/providers/mongodb-cloud/login",
            json={
                "username": public or emulator.public_key,
                "apiKey": private or emulator.private_key,
            },
        )
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


def database_trigger(function_id: str, service_id: str, name: str = "onInsert") -> dict[str, Any]:
    """The body of a trigger on inserts into shop.orders."""
    return {
        "name": name,
        "type": "DATABASE",
        "function_id": function_id,
        "config": {
            "operation_types": ["INSERT"],
            "database": "shop",
            "collection": "orders",
            "service_id": service_id,
        },
    }


def client_for(emulator: RunningEmulator, access_token: str) -> httpx.Client:
    return new_client(emulator.api_url, access_token)


@pytest.fixture
def start_emulator() -> Iterator[Callable[..., RunningEmulator]]:
    """Starts emulators with non-default settings; all stop (and are checked) at teardown."""
    with ExitStack() as stack:
        yield lambda **options: stack.enter_context(emulation.started(**options))


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    """A plain client (no base URL, no token)."""
    with new_client() as client:
        yield client


@pytest.fixture
def tokens(emulator: RunningEmulator) -> dict[str, Any]:
    return login(emulator)


@pytest.fixture
def api(emulator: RunningEmulator, tokens: dict[str, Any]) -> Iterator[httpx.Client]:
    """A client logged in as the default administrator, based at `/api/admin/v3.0`."""
    with client_for(emulator, tokens["access_token"]) as client:
        yield client


@pytest.fixture
def group(emulator: RunningEmulator) -> str:
    """The default group's path."""
    return f"/groups/{emulator.group_id}"


@pytest.fixture
def app(api: httpx.Client, group: str) -> str:
    """A new application's path: `/groups/{groupId}/apps/{appId}`."""
    response = api.post(f"{group}/apps", json={"name": "test-app"})
    assert response.status_code == 201, response.text
    return f"{group}/apps/{response.json()['_id']}"


@pytest.fixture
def control(emulator: RunningEmulator) -> Iterator[httpx.Client]:
    """A client for the control endpoints, based at `/_emulator`."""
    with new_client(
        f"{emulator.base_url}/_emulator", headers={"X-Emulator-Token": emulator.control_token}
    ) as client:
        yield client
