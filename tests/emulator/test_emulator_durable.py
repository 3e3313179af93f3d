"""State in a data directory: it survives a restart and a SIGKILL at any moment, and a failed
request leaves nothing behind, in memory or on disk."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import TLS, client_for, database_trigger, login, new_client
from support import emulation
from test_emulator_cli import read_line

from stitch_admin_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from stitch_admin_emulator.persistence import DataDirError

BOUNDARY = "durable-boundary"


def upload(api: httpx.Client, app: str, path: str, data: bytes) -> None:
    meta = {"path": path, "hash": hashlib.md5(data).hexdigest(), "size": len(data)}  # noqa: S324
    body = (
        (
            f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=meta\r\n\r\n{json.dumps(meta)}"
            f"\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name=file\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )
    response = api.put(
        f"{app}/hosting/assets/asset",
        content=body,
        headers={"Content-Type": f"multipart/mixed; boundary={BOUNDARY}"},
    )
    assert response.status_code == 204, response.text


@contextmanager
def durable(data_dir: Path, **options: Any) -> Iterator[RunningEmulator]:
    with emulation.started(data_dir=str(data_dir), **options) as running:
        yield running


def everything(api: httpx.Client, app: str) -> dict[str, Any]:
    """What the API shows of an app: every listing and item an administrator can read."""
    seen: dict[str, Any] = {}
    for listing in (
        "",
        "/functions",
        "/values",
        "/services",
        "/triggers",
        "/auth_providers",
        "/api_keys",
        "/users",
        "/push/notifications",
        "/hosting/assets",
        "/deployments",
        "/drafts",
        "/security/allowed_request_origins",
        "/logs",
    ):
        response = api.get(f"{app}{listing}")
        assert response.status_code == 200, (listing, response.text)
        seen[listing] = response.json()
    for function in seen["/functions"]:
        seen[f"function {function['name']}"] = api.get(f"{app}/functions/{function['_id']}").json()
    for service in seen["/services"]:
        rules = api.get(f"{app}/services/{service['_id']}/rules").json()
        seen[f"rules of {service['name']}"] = rules
    return seen


def build_app(emulator: RunningEmulator, api: httpx.Client, control: httpx.Client) -> str:
    group = f"/groups/{emulator.group_id}"
    app = f"{group}/apps/{api.post(f'{group}/apps', json={'name': 'kept'}).json()['_id']}"
    function = api.post(
        f"{app}/functions",
        json={"name": "echo", "source": "exports = (a) => { console.log('hi'); return a; };"},
    ).json()
    api.post(f"{app}/values", json={"name": "greeting", "value": {"text": "hello"}})
    service = api.post(f"{app}/services", json={"name": "atlas", "type": "mongodb-atlas"}).json()
    api.post(f"{app}/services/{service['_id']}/rules", json={"name": "shop.orders"})
    api.post(f"{app}/triggers", json=database_trigger(function["_id"], service["_id"]))
    api.post(f"{app}/auth_providers", json={"type": "anon-user"})
    api.post(f"{app}/api_keys", json={"name": "server"})
    api.post(f"{app}/users", json={"email": "a@example.com", "password": "secret-password"})
    api.post(f"{app}/push/notifications", json={"message": "hello"})
    api.post(f"{app}/security/allowed_request_origins", json=["https://example.com"])
    upload(api, app, "/index.html", b"<h1>kept</h1>")
    run = api.post(
        f"{app}/debug/execute_function", params={"run_as_system": "true"}, json={"name": "echo"}
    )
    assert run.status_code == 200, run.text
    seeded = control.post(
        f"{app}/logs", json={"logs": [{"type": "API", "started": "2024-05-01T00:00:00.000Z"}]}
    )
    assert seeded.status_code == 201, seeded.text
    # A deployed draft, and a draft still open.
    draft = api.post(f"{app}/drafts").json()
    api.post(f"{app}/values", json={"name": "deployed", "value": 1})
    assert api.post(f"{app}/drafts/{draft['_id']}/deployment").status_code == 201
    time.sleep(0.05)
    assert api.post(f"{app}/drafts").status_code == 201
    api.post(f"{app}/values", json={"name": "in-draft", "value": 2})
    return app


def test_everything_survives_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "state"
    with durable(data_dir, deploy_delay=0.01) as emulator:
        tokens = login(emulator)
        with (
            client_for(emulator, tokens["access_token"]) as api,
            new_client(
                f"{emulator.base_url}/_emulator",
                headers={"X-Emulator-Token": emulator.control_token},
            ) as control,
        ):
            app = build_app(emulator, api, control)
            body = {"public_key": "second", "private_key": "second-secret", "group_ids": []}
            assert control.post("/admins", json=body).status_code == 201
            time.sleep(0.05)  # the deployment ends
            before = everything(api, app)
            exported = api.get(f"{app}/export").content
            port = emulator.port
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700

    with durable(data_dir, port=port) as emulator:
        # The same signing key: the access token from before the restart still works.
        with client_for(emulator, tokens["access_token"]) as api:
            after = everything(api, app)
            assert api.get(f"{app}/export").content == exported
        assert after == before
        assert [v["name"] for v in after["/values"]].count("in-draft") == 1
        assert after["/deployments"][0]["status"] == "successful"
        # The refresh token too, and the administrator added through the control endpoint.
        with httpx.Client(verify=TLS) as http:
            refreshed = http.post(
                f"{emulator.api_url}/auth/session",
                headers={"Authorization": f"Bearer {tokens['refresh_token']}"},
            )
            assert refreshed.status_code == 201
        assert login(emulator, "second", "second-secret")["user_id"]
        hosted = httpx.get(
            f"{emulator.base_url}/_emulator/hosting/{app.rsplit('/', 1)[1]}/index.html"
        )
        assert hosted.content == b"<h1>kept</h1>"


def test_expired_and_revoked_tokens_stay_dead_after_a_restart(tmp_path: Path) -> None:
    with durable(tmp_path) as emulator:
        revoked, expired = login(emulator), login(emulator)
        with httpx.Client(verify=TLS) as http:
            logout = http.delete(
                f"{emulator.api_url}/auth/session",
                headers={"Authorization": f"Bearer {revoked['refresh_token']}"},
            )
            assert logout.status_code == 204
            token = {"X-Emulator-Token": emulator.control_token}
            expire = http.post(f"{emulator.base_url}/_emulator/tokens/expire", headers=token)
            assert expire.status_code == 204
    with durable(tmp_path) as emulator, httpx.Client(verify=TLS) as http:
        for tokens in (revoked, expired):
            answer = http.get(
                f"{emulator.api_url}/auth/profile",
                headers={"Authorization": f"Bearer {tokens['access_token']}"},
            )
            assert answer.status_code == 401
            assert answer.json()["error_code"] == "InvalidSession"
        refresh = http.post(
            f"{emulator.api_url}/auth/session",
            headers={"Authorization": f"Bearer {revoked['refresh_token']}"},
        )
        assert refresh.status_code == 401


def test_a_reset_is_durable_and_administrators_stay(tmp_path: Path) -> None:
    with durable(tmp_path) as emulator:
        with client_for(emulator, login(emulator)["access_token"]) as api:
            group = f"/groups/{emulator.group_id}"
            assert api.post(f"{group}/apps", json={"name": "gone"}).status_code == 201
        reset = httpx.post(
            f"{emulator.base_url}/_emulator/reset",
            headers={"X-Emulator-Token": emulator.control_token},
        )
        assert reset.status_code == 204
    with (
        durable(tmp_path) as emulator,
        client_for(emulator, login(emulator)["access_token"]) as api,
    ):
        assert api.get(f"/groups/{emulator.group_id}/apps").json() == []
    with sqlite3.connect(tmp_path / "emulator.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM logs").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM blobs").fetchone() == (0,)


def test_a_data_directory_serves_one_emulator_at_a_time(tmp_path: Path) -> None:
    with (
        run_in_thread(EmulatorConfig(data_dir=tmp_path)),
        pytest.raises(DataDirError, match="in use by another emulator"),
        run_in_thread(EmulatorConfig(data_dir=tmp_path)),
    ):
        pass
    # Released when the first one stops.
    with run_in_thread(EmulatorConfig(data_dir=tmp_path)):
        pass


def test_a_database_that_is_not_ours_is_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "emulator.sqlite3").write_bytes(b"this is not a database" * 100)
    with (
        pytest.raises(DataDirError, match="not an emulator database"),
        run_in_thread(EmulatorConfig(data_dir=tmp_path)),
    ):
        pass
    file = tmp_path / "file"
    file.write_text("x")
    with pytest.raises(DataDirError), run_in_thread(EmulatorConfig(data_dir=file)):
        pass


# ------------------------------------------------------------------ killed mid-write


def _start(data_dir: Path) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "stitch_admin_emulator",
            "--port",
            "0",
            "--data-dir",
            str(data_dir),
            "--function-workers",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = [read_line(process) for _ in range(4)]
    return process, lines[0], lines[1].split(": ", 1)[1]


def _writer(api_url: str, group_id: str, acknowledged: list[str], stop: threading.Event) -> None:
    """Creates values as fast as it can, noting each one the emulator acknowledged."""
    try:
        with httpx.Client(base_url=api_url, verify=TLS, timeout=5) as http:
            tokens = http.post(
                "/auth/providers/mongodb-cloud/login",
                json={
                    "username": "stitch-emulator-public",
                    "apiKey": "stitch-emulator-private-0000",
                },
            ).json()
            http.headers["Authorization"] = f"Bearer {tokens['access_token']}"
            apps = http.get(f"/groups/{group_id}/apps").json()
            app = (
                apps[0]
                if apps
                else http.post(f"/groups/{group_id}/apps", json={"name": "crash"}).json()
            )
            for index in range(100_000):
                if stop.is_set():
                    return
                name = f"v{len(acknowledged)}-{index}"
                response = http.post(
                    f"/groups/{group_id}/apps/{app['_id']}/values",
                    json={"name": name, "value": {"index": index, "pad": "x" * 2000}},
                )
                if response.status_code == 201:
                    acknowledged.append(name)
    except httpx.HTTPError:
        return  # the emulator was killed


def test_a_sigkill_at_any_moment_loses_at_most_the_request_in_flight(tmp_path: Path) -> None:
    generator = random.Random(os.getpid())  # noqa: S311 - timing jitter, not a secret
    acknowledged: list[str] = []
    for _round in range(3):
        process, base_url, group_id = _start(tmp_path)
        stop = threading.Event()
        writer = threading.Thread(
            target=_writer, args=(f"{base_url}/api/admin/v3.0", group_id, acknowledged, stop)
        )
        writer.start()
        time.sleep(generator.uniform(0.3, 0.8))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
        stop.set()
        writer.join(timeout=10)

    process, base_url, group_id = _start(tmp_path)
    try:
        with httpx.Client(base_url=f"{base_url}/api/admin/v3.0", verify=TLS) as http:
            tokens = http.post(
                "/auth/providers/mongodb-cloud/login",
                json={
                    "username": "stitch-emulator-public",
                    "apiKey": "stitch-emulator-private-0000",
                },
            ).json()
            http.headers["Authorization"] = f"Bearer {tokens['access_token']}"
            (app,) = http.get(f"/groups/{group_id}/apps").json()
            stored = [
                v["name"] for v in http.get(f"/groups/{group_id}/apps/{app['_id']}/values").json()
            ]
    finally:
        process.kill()
        process.communicate(timeout=10)
    assert acknowledged, "the writer never got an answer"
    missing = set(acknowledged) - set(stored)
    assert not missing, f"acknowledged but lost: {sorted(missing)[:5]}"
    # Besides what was acknowledged, at most the one request in flight per kill.
    assert len(set(stored) - set(acknowledged)) <= 3
