"""Counters, reset, extra administrators, and the control endpoints' own rules."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from conftest import login
from support import emulation

from stitch_admin_emulator import EmulatorConfig, RunningEmulator, create_app


def test_counters_count_sessions_requests_and_statuses(
    emulator: RunningEmulator, http: httpx.Client, control: httpx.Client, app: str
) -> None:
    # The `app` fixture logged in once and created an app.
    api = f"{emulator.api_url}"
    tokens = login(emulator)
    auth = {"Authorization": f"Bearer {tokens['access_token']}"}
    http.get(f"{api}{app}/values", headers=auth)
    http.get(f"{api}{app}/values/0123456789abcdef01234567", headers=auth)
    http.post(f"{api}/auth/session", headers={"Authorization": f"Bearer {tokens['refresh_token']}"})
    http.delete(
        f"{api}/auth/session", headers={"Authorization": f"Bearer {tokens['refresh_token']}"}
    )
    http.get(f"{api}/not/a/route")
    counters = control.get("/counters").json()
    assert counters["logins"] == 2
    assert counters["refreshes"] == 1
    assert counters["logouts"] == 1
    assert counters["requests"] == {
        "POST /auth/providers/{provider}/login": 2,
        "POST /groups/{groupId}/apps": 1,
        "GET /groups/{groupId}/apps/{appId}/values": 1,
        "GET /groups/{groupId}/apps/{appId}/values/{valueId}": 1,
        "POST /auth/session": 1,
        "DELETE /auth/session": 1,
    }
    assert counters["statuses"] == {"200": 3, "201": 2, "204": 1, "404": 2}
    assert counters["faults_injected"] == 0
    assert counters["bodyless_writes"] == 0
    assert control.delete("/counters").status_code == 204
    assert control.get("/counters").json() == {
        "logins": 0,
        "refreshes": 0,
        "logouts": 0,
        "requests": {},
        "statuses": {},
        "faults_injected": 0,
        "bodyless_writes": 0,
        "function_runs": 0,
        "deployments": 0,
    }


def test_bodyless_writes_count_only_operations_that_require_a_body(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    control.delete("/counters")
    assert api.post(f"{app}/functions").status_code == 400
    # The body is judged before the value is looked up.
    assert api.put(f"{app}/values/0123456789abcdef01234567").status_code == 400
    assert (
        api.post(
            f"{app}/functions", content=b"", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    # No body is needed here: not counted.
    assert api.post(f"{app}/drafts").status_code == 201
    assert (
        api.post(f"{app}/functions", json={"name": "f", "source": "exports = 1;"}).status_code
        == 201
    )
    assert control.get("/counters").json()["bodyless_writes"] == 3


def test_reset_forgets_apps_faults_and_counts_but_keeps_administrators(
    emulator: RunningEmulator, api: httpx.Client, group: str, app: str, control: httpx.Client
) -> None:
    control.post("/admins", json={"public_key": "kept", "private_key": "pw", "group_ids": []})
    control.post("/faults", json={"action": "status", "path": "/never"})
    assert control.post("/reset").status_code == 204
    assert api.get(f"{group}/apps").json() == []  # the old token still works
    assert control.get("/faults").json() == []
    assert control.get("/counters").json()["requests"] == {"GET /groups/{groupId}/apps": 1}
    assert login(emulator, "kept", "pw")["access_token"]


@pytest.mark.parametrize(
    "body",
    [
        {"public_key": "a", "private_key": "b", "group_ids": ["not-hex"]},
        {"public_key": "", "private_key": "b", "group_ids": []},
        {"public_key": "a", "private_key": "b"},
        {"public_key": "a", "private_key": 5, "group_ids": []},
    ],
)
def test_bad_administrators_are_refused(control: httpx.Client, body: dict[str, object]) -> None:
    assert control.post("/admins", json=body).status_code == 400


def test_administrator_keys_are_unique(emulator: RunningEmulator, control: httpx.Client) -> None:
    taken = {"public_key": emulator.public_key, "private_key": "x", "group_ids": []}
    assert control.post("/admins", json=taken).status_code == 409


def test_control_endpoints_for_an_unknown_app_are_404(control: httpx.Client, group: str) -> None:
    path = f"{group}/apps/0123456789abcdef01234567"
    assert control.post(f"{path}/logs", json={"logs": []}).status_code == 404
    assert control.post(f"{path}/pending_users", json={"email": "a@b.c"}).status_code == 404
    assert control.post(f"{path}/deployments/next", json={}).status_code == 404
    assert control.get("/hosting/0123456789abcdef01234567/index.html").status_code == 404
    assert control.get("/health").json()["status"] == "ok"


def test_deployment_outcomes_are_checked(control: httpx.Client, app: str) -> None:
    for body in ({"status": "exploded"}, {"delay": -1}, {"delay": "soon"}):
        assert control.post(f"{app}/deployments/next", json=body).status_code == 400


def test_control_endpoints_refuse_clients_off_the_loopback() -> None:
    # Only an in-process client can claim another address than the loopback.
    recorder = emulation.ExchangeRecorder()

    async def statuses() -> list[int]:
        app = create_app(EmulatorConfig(on_exchange=recorder))
        transport = httpx.ASGITransport(app=app, client=("192.0.2.7", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as remote:
            return [
                (await remote.get("/_emulator/counters")).status_code,
                (await remote.post("/_emulator/reset")).status_code,
                (await remote.get("/api/admin/v3.0/auth/providers")).status_code,
            ]

    # The API itself answers anyone.
    assert asyncio.run(statuses()) == [403, 403, 200]
    assert recorder.violations() == []
    assert len(recorder.exchanges) == 1
