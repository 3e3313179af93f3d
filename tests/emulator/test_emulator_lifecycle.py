"""Starting and stopping: run_in_thread leaves nothing behind; create_app works in-process."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from pathlib import Path

import httpx
import pytest
from conftest import client_for, login
from support import emulation

from stitch_admin_emulator import EmulatorConfig, Exchange, create_app, run_in_thread


def open_sockets() -> int:
    fds = Path("/proc/self/fd")
    count = 0
    for fd in fds.iterdir():
        try:
            count += os.readlink(fd).startswith("socket:")
        except OSError:
            continue
    return count


def test_run_in_thread_stops_the_server_joins_its_threads_and_frees_the_port() -> None:
    threads_before = set(threading.enumerate())
    sockets_before = open_sockets()
    with emulation.started() as emulator:
        assert emulator.base_url == f"http://127.0.0.1:{emulator.port}"
        assert emulator.api_url == emulator.base_url + "/api/admin/v3.0"
        with client_for(emulator, login(emulator)["access_token"]) as api:
            app = api.post(f"/groups/{emulator.group_id}/apps", json={"name": "a"}).json()["_id"]
            path = f"/groups/{emulator.group_id}/apps/{app}"
            api.post(f"{path}/functions", json={"name": "f", "source": "exports = () => 1;"})
            ran = api.post(f"{path}/debug/execute_function?run_as_system=true", json={"name": "f"})
            assert ran.json()["result"] == 1
        port = emulator.port
    assert set(threading.enumerate()) == threads_before
    assert open_sockets() == sockets_before
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port)):
        pass
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))


def test_defaults_are_the_documented_ones() -> None:
    config = EmulatorConfig()
    assert (config.public_key, config.private_key) == (
        "stitch-emulator-public",
        "stitch-emulator-private-0000",
    )
    assert config.group_id == "5e8f00000000000000000001"
    assert (config.access_token_ttl, config.refresh_token_ttl) == (1800, 60 * 86400)
    assert config.deploy_delay == 0.2
    assert (config.host, config.port) == ("127.0.0.1", 0)


@pytest.mark.parametrize(
    "options",
    [
        {"group_id": "not-hex"},
        {"access_token_ttl": 0},
        {"refresh_token_ttl": -1},
        {"deploy_delay": -0.1},
        {"public_key": ""},
        {"function_time_limit": 0},
    ],
)
def test_bad_settings_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        EmulatorConfig(**options)  # type: ignore[arg-type]


def test_a_port_in_use_raises_oserror() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(OSError, match="in use"), run_in_thread(EmulatorConfig(port=port)):
            pass


def test_an_exchange_hook_that_fails_does_not_break_the_server(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(exchange: Exchange) -> None:
        raise RuntimeError("hook failed")

    with run_in_thread(EmulatorConfig(on_exchange=broken)) as emulator, httpx.Client() as client:
        for _ in range(2):
            response = client.get(f"{emulator.api_url}/auth/providers")
            emulation.check_response(response, "/auth/providers")
    assert "on_exchange raised" in caplog.text


def test_create_app_serves_in_process() -> None:
    recorder = emulation.ExchangeRecorder()

    async def scenario() -> tuple[int, list[str]]:
        app = create_app(EmulatorConfig(on_exchange=recorder))
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://localhost/api/admin/v3.0"
        ) as client:
            login_response = await client.post(
                "/auth/providers/mongodb-cloud/login",
                json={
                    "username": "stitch-emulator-public",
                    "apiKey": "stitch-emulator-private-0000",
                },
            )
            client.headers["Authorization"] = f"Bearer {login_response.json()['access_token']}"
            group = "/groups/5e8f00000000000000000001"
            await client.post(f"{group}/apps", json={"name": "inproc"})
            names = [a["name"] for a in (await client.get(f"{group}/apps")).json()]
            # Cutting a connection needs a real one: in-process, a drop fault raises instead.
            await client.post("http://localhost/_emulator/faults", json={"action": "drop"})
            with pytest.raises(ConnectionAbortedError):
                await client.get("/auth/profile")
            return login_response.status_code, names

    assert asyncio.run(scenario()) == (200, ["inproc"])
    seen = recorder.exchanges
    assert recorder.violations() == []
    assert [(e.method, e.template) for e in seen][:3] == [
        ("POST", "/auth/providers/{provider}/login"),
        ("POST", "/groups/{groupId}/apps"),
        ("GET", "/groups/{groupId}/apps"),
    ]
    assert seen[-1].fault == "drop"
