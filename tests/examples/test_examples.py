"""The runnable examples and `make demo`'s runner, against the emulator over real sockets."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from stitch_admin_client.api.apps import create_app, list_apps
from stitch_admin_client.api.deployments import list_deployments
from stitch_admin_client.api.functions import create_function
from stitch_admin_client.api.services import create_service
from stitch_admin_client.api.triggers import create_trigger
from stitch_admin_client.api.values import get_value, list_values
from stitch_admin_client.models import (
    AppCreate,
    AuthOperationType,
    FunctionInput,
    ServiceInput,
    TriggerConfig,
    TriggerInput,
    TriggerType,
)
from support import spec
from support.processes import default_sigint

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin

EXAMPLES = spec.ROOT / "examples"
sys.path.insert(0, str(EXAMPLES))

import async_inventory  # noqa: E402
import export_logs  # noqa: E402
import sync_values  # noqa: E402

SETTINGS = (
    "STITCH_ADMIN_BASE_URL",
    "STITCH_ADMIN_USERNAME",
    "STITCH_ADMIN_API_KEY",
    "STITCH_ADMIN_GROUP_ID",
)


def settings_env(emulator: RunningEmulator) -> dict[str, str]:
    return {
        "STITCH_ADMIN_BASE_URL": emulator.base_url,
        "STITCH_ADMIN_USERNAME": emulator.public_key,
        "STITCH_ADMIN_API_KEY": emulator.private_key,
        "STITCH_ADMIN_GROUP_ID": emulator.group_id,
    }


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    return {**env, **extra}


def run(script: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def configured(emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> RunningEmulator:
    """The emulator, with the examples' settings pointing at it (for in-process runs)."""
    for name, value in settings_env(emulator).items():
        monkeypatch.setenv(name, value)
    return emulator


@pytest.fixture
def admin(emulator: RunningEmulator) -> Iterator[StitchAdmin]:
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        yield admin


def new_app(admin: StitchAdmin, emulator: RunningEmulator, name: str) -> str:
    return create_app.sync(emulator.group_id, client=admin.client, body=AppCreate(name=name)).id


# ---------------------------------------------------------------------- deploy_function / make demo

DEMO_STEPS = [
    "Logged in to http://127.0.0.1:",
    "Created app stitch-admin-demo-",
    "Started draft …",
    "Created function echoArg (…",
    "Created value greeting",
    "Created trigger onUserCreated (…",
    "Draft …",
    "Deploying (deployment …",
    "Deployed: deployment …",
    "Echoed result: Hello world!",
    "Log: FUNCTION echoArg at ",
    "Uploaded /hello.txt (25 bytes, MD5 ",
    "Exported the app to stitch-admin-demo-",
    "Deleted app stitch-admin-demo-",
    "Logged out",
]


def test_deploy_function_does_each_step_in_order(
    emulator: RunningEmulator, admin: StitchAdmin
) -> None:
    result = run(EXAMPLES / "deploy_function.py", clean_env(**settings_env(emulator)))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(DEMO_STEPS)
    for line, step in zip(lines, DEMO_STEPS, strict=True):
        assert line.startswith(step), (line, step)
    assert "changes 4 files: functions/echoArg/config.json, functions/echoArg/source.js" in lines[6]
    assert "created" in lines[7]
    assert lines[7].split(" → ")[-1].startswith("successful")
    assert list_apps.sync(emulator.group_id, client=admin.client) == []  # the demo cleaned up


@pytest.mark.parametrize(
    ("env", "complaints"),
    [
        ({}, list(SETTINGS)),
        (
            {"STITCH_ADMIN_BASE_URL": "stitch.example", "STITCH_ADMIN_GROUP_ID": "not-hex"},
            [
                "STITCH_ADMIN_USERNAME is not set",
                "must start with https://",
                "24 hexadecimal characters",
            ],
        ),
    ],
)
def test_examples_refuse_to_start_with_a_clear_message(
    env: dict[str, str], complaints: list[str]
) -> None:
    for script in ("deploy_function.py", "export_logs.py", "sync_values.py", "async_inventory.py"):
        args = {
            "export_logs.py": ["0" * 24, "--out", "x.jsonl"],
            "sync_values.py": ["0" * 24, "v.json"],
        }
        result = run(EXAMPLES / script, clean_env(**env), *args.get(script, []))
        assert result.returncode == 2, (script, result.stderr)
        assert "cannot start" in result.stderr
        for complaint in complaints:
            assert complaint in result.stderr, (script, complaint)
        assert "Traceback" not in result.stderr


def test_demo_runner_starts_the_emulator_runs_the_example_and_stops() -> None:
    result = run(spec.ROOT / "tools" / "run_demo.py", clean_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("demo: emulator running at http://127.0.0.1:")
    assert "Echoed result: Hello world!" in result.stdout
    assert result.stdout.splitlines()[-1] == "demo: done"


def test_demo_runner_reports_a_taken_port_in_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(spec.ROOT / "tools" / "run_demo.py", clean_env(EMULATOR_PORT=str(port)))
    assert result.returncode == 1
    assert result.stderr.startswith("demo: the emulator did not start:")
    assert str(port) in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_runner_uses_the_configured_service_and_says_what_is_missing() -> None:
    result = run(
        spec.ROOT / "tools" / "run_demo.py",
        clean_env(STITCH_ADMIN_BASE_URL="https://stitch.example"),
    )
    assert result.returncode == 2
    assert "demo: running against https://stitch.example" in result.stdout
    assert "STITCH_ADMIN_API_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------------- export_logs


def seed_logs(emulator: RunningEmulator, app_id: str, count: int) -> list[str]:
    """Seed entries with long runs of equal timestamps; return their ids, newest first."""
    base = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    entries = [
        {
            "_id": f"{i:024x}",
            "type": "FUNCTION",
            "started": (base + timedelta(seconds=i // 150)).isoformat(),
        }
        for i in range(count)
    ]
    url = f"{emulator.base_url}/_emulator/groups/{emulator.group_id}/apps/{app_id}/logs"
    assert httpx.post(url, json={"logs": entries}).status_code == 201
    # Newest first; equal timestamps come back newest-inserted first.
    return [e["_id"] for e in sorted(entries, key=lambda e: (e["started"], e["_id"]), reverse=True)]


def test_export_logs_resumes_after_an_interruption_without_gap_or_repeat(
    configured: RunningEmulator, admin: StitchAdmin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_id = new_app(admin, configured, "logs")
    expected = seed_logs(configured, app_id, 1234)
    out = tmp_path / "logs.jsonl"
    window = ["--start", "2024-05-01T00:00:00Z", "--end", "2024-05-02T00:00:00Z", "--out", str(out)]
    original = export_logs.save_state
    saves = {"count": 0}

    def crash_on_the_fourth_save(path: Path, cursor: Any, length: int) -> None:
        saves["count"] += 1
        if saves["count"] == 4:  # after the 4th page is on disk, before its cursor is
            raise KeyboardInterrupt
        original(path, cursor, length)

    monkeypatch.setattr(export_logs, "save_state", crash_on_the_fourth_save)
    with pytest.raises(KeyboardInterrupt):
        export_logs.main([app_id, *window])
    assert len(out.read_text().splitlines()) == 400  # four pages written, three saved
    monkeypatch.setattr(export_logs, "save_state", original)
    assert export_logs.main([app_id, *window]) == 0
    exported = [json.loads(line)["_id"] for line in out.read_text().splitlines()]
    assert exported == expected
    assert not (tmp_path / "logs.jsonl.cursor").exists()


@pytest.mark.parametrize(("first", "then"), [(4, 1), (1, 6)])
def test_export_logs_with_concurrency_writes_the_same_file_and_resumes_across_it(
    configured: RunningEmulator,
    admin: StitchAdmin,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: int,
    then: int,
) -> None:
    app_id = new_app(admin, configured, "logs")
    expected = seed_logs(configured, app_id, 1234)
    out = tmp_path / "logs.jsonl"
    window = ["--start", "2024-05-01T00:00:00Z", "--out", str(out)]
    original = export_logs.save_state
    saves = {"count": 0}

    def crash_on_the_sixth_save(path: Path, cursor: Any, length: int) -> None:
        saves["count"] += 1
        if saves["count"] == 6:
            raise KeyboardInterrupt
        original(path, cursor, length)

    monkeypatch.setattr(export_logs, "save_state", crash_on_the_sixth_save)
    with pytest.raises(KeyboardInterrupt):
        export_logs.main([app_id, *window, "--concurrency", str(first)])
    monkeypatch.setattr(export_logs, "save_state", original)
    assert export_logs.main([app_id, *window, "--concurrency", str(then)]) == 0
    exported = [json.loads(line)["_id"] for line in out.read_text().splitlines()]
    assert exported == expected


def test_export_logs_follow_appends_new_entries_until_ctrl_c(
    emulator: RunningEmulator, admin: StitchAdmin, tmp_path: Path
) -> None:
    app_id = new_app(admin, emulator, "follow")
    expected = seed_logs(emulator, app_id, 250)  # since --start: written first, oldest first
    out = tmp_path / "live.jsonl"
    process = subprocess.Popen(
        [
            sys.executable,
            str(EXAMPLES / "export_logs.py"),
            app_id,
            "--follow",
            "--start",
            "2024-05-01T00:00:00Z",
            "--poll-interval",
            "0.05",
            "--out",
            str(out),
        ],
        env=clean_env(**settings_env(emulator)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,  # noqa: PLW1509 (stopped with Ctrl-C below)
    )
    try:
        wait_for_lines(out, 250)
        later = [{"_id": "f" * 24, "started": "2024-05-01T12:00:00.500Z"}]  # late, and new
        url = f"{emulator.base_url}/_emulator/groups/{emulator.group_id}/apps/{app_id}/logs"
        assert httpx.post(url, json={"logs": later}).status_code == 201
        wait_for_lines(out, 251)
    finally:
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert "Stopped following after 251 entries" in stdout
    assert "Traceback" not in stderr
    written = [json.loads(line)["_id"] for line in out.read_text().splitlines()]
    assert written == [*reversed(expected), "f" * 24]


def wait_for_lines(path: Path, count: int, seconds: float = 90) -> None:
    # A deadline, not a timing: generous for a loaded machine (the follow starts an interpreter).
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and len(path.read_text().splitlines()) >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"{path} did not reach {count} lines")


def test_export_logs_follow_has_no_end(configured: RunningEmulator) -> None:
    with pytest.raises(SystemExit):
        export_logs.main(["0" * 24, "--follow", "--end", "2024-05-01T00:00:00Z", "--out", "x"])


# ---------------------------------------------------------------------- sync_values


def deployments_of(admin: StitchAdmin, emulator: RunningEmulator, app_id: str) -> int:
    return len(list_deployments.sync(emulator.group_id, app_id, client=admin.client))


def values_of(admin: StitchAdmin, emulator: RunningEmulator, app_id: str) -> dict[str, Any]:
    listed = list_values.sync(emulator.group_id, app_id, client=admin.client)
    return {
        v.name: get_value.sync(emulator.group_id, app_id, v.id, client=admin.client).value
        for v in listed
    }


def test_sync_values_creates_updates_deletes_in_one_draft_and_only_when_needed(
    configured: RunningEmulator,
    admin: StitchAdmin,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app_id = new_app(admin, configured, "values")
    wanted = tmp_path / "values.json"
    wanted.write_text(json.dumps({"greeting": "Hello", "limits": {"max": 5}, "old": True}))
    assert sync_values.main([app_id, str(wanted)]) == 0
    assert values_of(admin, configured, app_id) == {
        "greeting": "Hello",
        "limits": {"max": 5},
        "old": True,
    }
    assert deployments_of(admin, configured, app_id) == 1

    assert sync_values.main([app_id, str(wanted)]) == 0
    assert "nothing to deploy" in capsys.readouterr().out
    assert deployments_of(admin, configured, app_id) == 1

    wanted.write_text(json.dumps({"greeting": "Hello world!", "limits": {"max": 5}, "new": [1, 2]}))
    assert sync_values.main([app_id, str(wanted)]) == 0
    output = capsys.readouterr().out
    assert "1 to create, 1 to update, 1 to delete" in output
    assert "values/greeting.json" in output  # the draft's diff was shown
    assert values_of(admin, configured, app_id) == {
        "greeting": "Hello world!",
        "limits": {"max": 5},
        "new": [1, 2],
    }
    assert deployments_of(admin, configured, app_id) == 2


def test_sync_values_refuses_a_file_that_is_not_an_object(
    configured: RunningEmulator, tmp_path: Path
) -> None:
    wanted = tmp_path / "values.json"
    wanted.write_text("[1, 2]")
    assert sync_values.main(["0" * 24, str(wanted)]) == 2


# ---------------------------------------------------------------------- async_inventory


def test_async_inventory_lists_every_app_with_its_parts(
    configured: RunningEmulator, admin: StitchAdmin, capsys: pytest.CaptureFixture[str]
) -> None:
    group = configured.group_id
    for index in range(3):
        app_id = new_app(admin, configured, f"inventory-{index}")
        for n in range(index):
            function = create_function.sync(
                group,
                app_id,
                client=admin.client,
                body=FunctionInput(name=f"f{n}", source="exports = () => 1;"),
            )
            create_trigger.sync(
                group,
                app_id,
                client=admin.client,
                body=TriggerInput(
                    name=f"t{n}",
                    type_=TriggerType.AUTHENTICATION,
                    function_id=function.id,
                    config=TriggerConfig(
                        operation_type=AuthOperationType.LOGIN, providers=["anon-user"]
                    ),
                ),
            )
        if index:
            create_service.sync(
                group, app_id, client=admin.client, body=ServiceInput(name="http1", type_="http")
            )
    assert async_inventory.main(["--concurrency", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("inventory-0 (…")
    assert "0 functions; 0 services; 0 triggers" in lines[0]
    assert "1 function (f0); 1 service (http1); 1 trigger (t0)" in lines[1]
    assert "2 functions (f0, f1); 1 service (http1); 2 triggers (t0, t1)" in lines[2]
    assert lines[3].startswith("3 apps in group")
