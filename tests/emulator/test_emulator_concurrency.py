"""Many simultaneous connections: every write lands exactly once and state stays consistent."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import httpx
from conftest import TLS

from stitch_admin_emulator import RunningEmulator

CONNECTIONS = 100


async def in_parallel(
    emulator: RunningEmulator, token: str, requests: list[tuple[str, str, Any]]
) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    async with httpx.AsyncClient(
        base_url=emulator.api_url,
        headers={"Authorization": f"Bearer {token}"},
        limits=limits,
        timeout=30,
        verify=TLS,
    ) as client:
        return await asyncio.gather(
            *(client.request(method, path, json=body) for method, path, body in requests)
        )


def test_a_hundred_concurrent_creates_make_a_hundred_resources(
    emulator: RunningEmulator, tokens: dict[str, Any], api: httpx.Client, app: str
) -> None:
    requests = [
        ("POST", f"{app}/values", {"name": f"v{i}", "value": i}) for i in range(CONNECTIONS)
    ]
    responses = asyncio.run(in_parallel(emulator, tokens["access_token"], requests))
    assert [r.status_code for r in responses] == [201] * CONNECTIONS
    ids = {r.json()["_id"] for r in responses}
    assert len(ids) == CONNECTIONS
    listed = api.get(f"{app}/values").json()
    assert {v["_id"] for v in listed} == ids
    assert sorted(v["name"] for v in listed) == sorted(f"v{i}" for i in range(CONNECTIONS))


def test_a_hundred_concurrent_creates_of_one_name_make_exactly_one(
    emulator: RunningEmulator, tokens: dict[str, Any], api: httpx.Client, app: str
) -> None:
    requests = [
        ("POST", f"{app}/functions", {"name": "same", "source": f"exports = {i};"})
        for i in range(CONNECTIONS)
    ]
    responses = asyncio.run(in_parallel(emulator, tokens["access_token"], requests))
    assert Counter(r.status_code for r in responses) == {201: 1, 409: CONNECTIONS - 1}
    assert len(api.get(f"{app}/functions").json()) == 1


def test_writes_and_function_runs_interleave_without_losing_anything(
    emulator: RunningEmulator, tokens: dict[str, Any], api: httpx.Client, app: str
) -> None:
    api.post(
        f"{app}/functions",
        json={"name": "work", "source": "exports = function(i) { return i * i; };"},
    )
    runs = [
        (
            "POST",
            f"{app}/debug/execute_function?run_as_system=true",
            {"name": "work", "arguments": [i]},
        )
        for i in range(20)
    ]
    writes = [
        ("POST", f"{app}/push/notifications", {"message": f"m{i}"}) for i in range(CONNECTIONS - 20)
    ]
    responses = asyncio.run(in_parallel(emulator, tokens["access_token"], runs + writes))
    assert [r.json()["result"] for r in responses[:20]] == [i * i for i in range(20)]
    assert all(r.status_code == 201 for r in responses[20:])
    assert len(api.get(f"{app}/push/notifications").json()) == CONNECTIONS - 20
    logged = api.get(f"{app}/logs").json()["logs"]
    assert len(logged) == 20
    assert {entry["function_name"] for entry in logged} == {"work"}
