"""The typed control clients: `RunningEmulator`'s methods, `EmulatorControl` for an emulator in
another process, and `AsyncEmulatorControl`, against real emulators."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys
from typing import Any

import httpx
import pytest
from conftest import TLS, login
from test_emulator_cli import read_line

from stitch_admin_emulator import RunningEmulator
from stitch_admin_emulator.control_client import (
    AsyncEmulatorControl,
    ControlError,
    Counters,
    EmulatorControl,
    LogEntrySeed,
)

UNKNOWN_APP = "0123456789abcdef01234567"


def new_app(emulator: RunningEmulator, api: httpx.Client, name: str = "ctl") -> str:
    response = api.post(f"/groups/{emulator.group_id}/apps", json={"name": name})
    assert response.status_code == 201, response.text
    app_id: str = response.json()["_id"]
    return app_id


def test_counters_are_typed_and_count_what_happened(
    emulator: RunningEmulator, api: httpx.Client
) -> None:
    app_id = new_app(emulator, api)
    api.post(
        f"/groups/{emulator.group_id}/apps/{app_id}/debug/execute_function_source",
        params={"run_as_system": "true"},
        json={"source": "exports = () => 1;", "eval_source": "exports()"},
    )
    counters = emulator.counters()
    assert isinstance(counters, Counters)
    assert counters.logins == 1  # the `api` fixture's login
    assert counters.function_runs == 1
    assert counters.requests_to("post", "/groups/{groupId}/apps") == 1
    assert counters.statuses[201] == 1
    emulator.reset_counters()
    assert emulator.counters().logins == 0


def test_reset_forgets_apps_and_expire_tokens_ends_access_tokens(
    emulator: RunningEmulator, tokens: dict[str, Any], api: httpx.Client
) -> None:
    new_app(emulator, api)
    emulator.reset()
    assert api.get(f"/groups/{emulator.group_id}/apps").json() == []
    emulator.expire_tokens()
    answer = api.get("/auth/profile")
    assert answer.status_code == 401
    assert answer.json()["error_code"] == "InvalidSession"


def test_a_fault_is_removed_when_its_block_ends(
    emulator: RunningEmulator, api: httpx.Client
) -> None:
    path = f"/groups/{emulator.group_id}/apps"
    with emulator.inject_fault("status", status=503, path=path, times=5) as fault_id:
        assert [fault.id for fault in emulator.faults()] == [fault_id]
        assert api.get(path).status_code == 503
        assert emulator.faults()[0].times == 4
    assert emulator.faults() == []
    assert api.get(path).status_code == 200
    # Used up inside the block: leaving it is still fine.
    with emulator.inject_fault("status", status=502, path=path):
        assert api.get(path).status_code == 502
    # Without `with`, it stays until used.
    emulator.inject_fault("delay", delay=0.01, method="GET")
    assert len(emulator.faults()) == 1
    emulator.clear_faults()
    assert emulator.faults() == []


def test_seeded_entries_are_typed_and_dated(emulator: RunningEmulator, api: httpx.Client) -> None:
    app_id = new_app(emulator, api)
    started = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
    inserted = emulator.seed_logs(
        app_id,
        [
            LogEntrySeed(type="AUTH", started=started, user_id="u1", messages=["hello"]),
            LogEntrySeed(error="boom", error_code="FunctionExecutionError", extra={"x": 1}),
            {"type": "API"},
        ],
    )
    assert inserted == 3
    logs = api.get(f"/groups/{emulator.group_id}/apps/{app_id}/logs").json()["logs"]
    oldest = logs[-1]
    assert (oldest["type"], oldest["started"], oldest["messages"]) == (
        "AUTH",
        "2024-05-01T12:00:00.000Z",
        ["hello"],
    )
    assert any(entry.get("x") == 1 and entry["error"] == "boom" for entry in logs)
    with pytest.raises(ValueError, match="timezone-aware"):
        emulator.seed_logs(app_id, [LogEntrySeed(started=dt.datetime(2024, 5, 1))])


def test_the_next_deployment_fails_as_told(emulator: RunningEmulator, api: httpx.Client) -> None:
    app_id = new_app(emulator, api)
    emulator.next_deployment(app_id, outcome="failed", error_message="quota", delay=0)
    app = f"/groups/{emulator.group_id}/apps/{app_id}"
    draft = api.post(f"{app}/drafts").json()
    deployment = api.post(f"{app}/drafts/{draft['_id']}/deployment").json()
    status = api.get(f"{app}/deployments/{deployment['_id']}").json()
    assert (status["status"], status["status_error_message"]) == ("failed", "quota")
    assert emulator.counters().deployments == 1


def test_expiring_refresh_tokens_too_ends_every_session(
    emulator: RunningEmulator, http: httpx.Client
) -> None:
    tokens = login(emulator)
    emulator.expire_tokens(refresh_tokens=True)
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert http.get(f"{emulator.api_url}/auth/profile", headers=bearer).status_code == 401
    refresh = http.post(
        f"{emulator.api_url}/auth/session",
        headers={"Authorization": f"Bearer {tokens['refresh_token']}"},
    )
    assert (refresh.status_code, refresh.json()["error_code"]) == (401, "InvalidSession")
    # Logging in again is how a client goes on.
    fresh = login(emulator)
    bearer = {"Authorization": f"Bearer {fresh['access_token']}"}
    assert http.get(f"{emulator.api_url}/auth/profile", headers=bearer).status_code == 200


def test_another_administrator_can_log_in(emulator: RunningEmulator) -> None:
    admin = emulator.add_admin("second-key", "second-secret", [emulator.group_id])
    assert admin.group_ids == (emulator.group_id,)
    assert login(emulator, "second-key", "second-secret")["user_id"] == admin.user_id
    with pytest.raises(ControlError) as refused:
        emulator.add_admin("second-key", "again")
    assert refused.value.status == 409


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.inject_fault("explode"), "action"),
        (lambda c: c.inject_fault("status", times=0), "times"),
        (lambda c: c.inject_fault("status", status=99), "status"),
        (lambda c: c.inject_fault("delay", delay=float("nan")), "delay"),
        (lambda c: c.inject_fault("status", method="TRACE"), "method"),
        (lambda c: c.inject_fault("status", path="groups/*/apps"), "path is a glob"),
        (lambda c: c.inject_fault("status", path="/api/admin/v3.0/groups/*"), "path is a glob"),
        (lambda c: c.inject_fault("drop", status=503), "status applies to the status and"),
        (lambda c: c.inject_fault("delay", retry_after=5), "retry_after applies"),
        (lambda c: c.inject_fault("drop", body={"error": "x"}), "body applies"),
        (lambda c: c.inject_fault("status", delay=1), "delay applies to the delay faults"),
        (lambda c: c.expire_tokens(refresh_tokens="yes"), "refresh_tokens"),
        (lambda c: c.next_deployment(UNKNOWN_APP, outcome="exploded"), "outcome"),
        (lambda c: c.next_deployment("not-an-id"), "app_id"),
        (lambda c: c.seed_logs("", []), "app_id"),
        (lambda c: c.add_admin("", "x"), "public_key"),
        (lambda c: c.hosted_file(UNKNOWN_APP, "index.html"), "path"),
    ],
)
def test_bad_arguments_fail_before_anything_is_sent(call: Any, message: str) -> None:
    # Nothing listens there: only a local check can answer.
    with EmulatorControl("http://127.0.0.1:9", "token") as control:
        with pytest.raises(ValueError, match=message):
            call(control)
        with pytest.raises(TypeError):
            control.inject_fault("status", statuss=503)  # type: ignore[call-arg]
        with pytest.raises(ControlError):
            control.reset()


def test_refusals_are_control_errors(emulator: RunningEmulator) -> None:
    with pytest.raises(ControlError) as unknown:
        emulator.seed_logs(UNKNOWN_APP, [{"type": "API"}])
    assert unknown.value.status == 404
    with (
        EmulatorControl(emulator.base_url, "wrong-token") as wrong,
        pytest.raises(ControlError) as refused,
    ):
        wrong.reset()
    assert refused.value.status == 403


def test_the_async_client_has_the_same_methods(
    emulator: RunningEmulator, api: httpx.Client
) -> None:
    sync_names = {name for name in dir(EmulatorControl) if not name.startswith("_")}
    async_names = {name for name in dir(AsyncEmulatorControl) if not name.startswith("_")}
    assert sync_names - {"close"} == async_names - {"aclose"}
    app_id = new_app(emulator, api)
    path = f"/groups/{emulator.group_id}/apps"

    async def scenario() -> None:
        async with emulator.async_control() as control:
            async with control.inject_fault("status", status=503, path=path) as fault_id:
                assert [fault.id for fault in await control.faults()] == [fault_id]
            assert await control.faults() == []
            fault_id = await control.inject_fault("status", status=504, path=path)
            assert [fault.id for fault in await control.faults()] == [fault_id]
            await control.clear_faults()
            assert await control.seed_logs(app_id, [LogEntrySeed(type="API")]) == 1
            await control.next_deployment(app_id, outcome="successful")
            assert (await control.counters()).logins == 1
            await control.expire_tokens()
            await control.reset()
            refresh_token = login(emulator)["refresh_token"]
            await control.expire_tokens(refresh_tokens=True)
            async with httpx.AsyncClient(verify=TLS) as http:
                refresh = await http.post(
                    f"{emulator.api_url}/auth/session",
                    headers={"Authorization": f"Bearer {refresh_token}"},
                )
            assert refresh.status_code == 401

    asyncio.run(scenario())
    assert api.get(path).status_code == 401


def test_an_emulator_in_another_process_is_controlled_with_its_printed_token() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "stitch_admin_emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [read_line(process) for _ in range(4)]
        base_url, token = lines[0], lines[3].split(": ", 1)[1]
        with EmulatorControl(base_url, token) as control, httpx.Client(verify=TLS) as http:
            tokens = http.post(
                f"{base_url}/api/admin/v3.0/auth/providers/mongodb-cloud/login",
                json={
                    "username": "stitch-emulator-public",
                    "apiKey": "stitch-emulator-private-0000",
                },
            ).json()
            assert control.counters().logins == 1
            control.expire_tokens()
            profile = http.get(
                f"{base_url}/api/admin/v3.0/auth/profile",
                headers={"Authorization": f"Bearer {tokens['access_token']}"},
            )
            assert profile.status_code == 401
    finally:
        process.kill()
        process.communicate(timeout=10)


def test_reprs_hold_no_secret(emulator: RunningEmulator) -> None:
    assert emulator.private_key not in repr(emulator)
    assert emulator.control_token not in repr(emulator)
    with EmulatorControl(emulator.base_url, emulator.control_token) as control:
        assert emulator.control_token not in repr(control)
