"""The real ``stitch-admin`` console script in a pseudo-terminal, as a person uses it: the plan,
the confirmation prompt, the progress display while the deployment runs, the outcome."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest
from support import emulation

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin

SCRIPT = Path(sys.executable).parent / "stitch-admin"


@pytest.fixture
def slow_emulator() -> Iterator[RunningEmulator]:
    """Deployments take a second and a half: long enough for the progress display to show."""
    with emulation.started(deploy_delay=1.5) as running:
        yield running


def spawn(args: list[str], data_dir: Path, **env: str) -> pexpect.spawn:
    variables = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("STITCH_ADMIN_") and key not in ("NO_COLOR", "FORCE_COLOR")
    }
    variables |= {"STITCH_ADMIN_DATA_DIR": str(data_dir), "TERM": "xterm", **env}
    return pexpect.spawn(
        str(SCRIPT),
        args,
        env=variables,
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 120),
    )


def test_push_in_a_terminal_shows_the_plan_asks_and_shows_progress(
    slow_emulator: RunningEmulator, tmp_path: Path
) -> None:
    assert SCRIPT.exists(), "the console script is installed with the project"
    emulator, data_dir = slow_emulator, tmp_path / "data"
    login = spawn(
        ["login", "--username", emulator.public_key, "--base-url", emulator.base_url],
        data_dir,
    )
    login.expect_exact("Private key: ")
    login.sendline(emulator.private_key)
    login.expect_exact("Logged in as")
    login.expect(pexpect.EOF)
    assert emulator.private_key not in (login.before or "")
    login.close()
    assert login.exitstatus == 0

    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        group = admin.group(emulator.group_id)
        app = group.app(group.apps.create(name="shop").id)
        directory = app.pull(tmp_path / "shop")
    (directory / "functions/hello.js").write_text("exports = () => 'hello';")
    (directory / "values").mkdir()
    (directory / "values/greeting.json").write_text(json.dumps({"name": "greeting", "value": 1}))

    declined = spawn(["push", "shop", str(directory)], data_dir)
    declined.expect_exact("functions:")
    declined.expect_exact("+ hello")
    declined.expect_exact("Push these changes to shop? [y/N]: ")
    declined.sendline("n")
    declined.expect_exact("Nothing pushed.")
    declined.expect(pexpect.EOF)
    declined.close()
    assert declined.exitstatus == 1

    push = spawn(["push", "shop", str(directory)], data_dir)
    push.expect_exact("values:")
    push.expect_exact("Push these changes to shop? [y/N]: ")
    push.sendline("y")
    # The progress display: a spinner, the step, a bar and "done/total" while it deploys.
    push.expect(r"Deploying (created|pending)\s.*\d/\d")
    push.expect(r"Deployed shop: deployment [0-9a-f]{24} successful\.")
    push.expect(pexpect.EOF)
    push.close()
    assert push.exitstatus == 0
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        assert admin.app(emulator.group_id, app.app_id).diff(directory).empty


def test_without_a_terminal_the_same_push_prints_no_progress(
    slow_emulator: RunningEmulator, tmp_path: Path
) -> None:
    emulator = slow_emulator
    env = {
        key: value for key, value in os.environ.items() if not key.startswith("STITCH_ADMIN_")
    } | {
        "STITCH_ADMIN_USERNAME": emulator.public_key,
        "STITCH_ADMIN_API_KEY": emulator.private_key,
        "STITCH_ADMIN_BASE_URL": emulator.base_url,
        "STITCH_ADMIN_GROUP_ID": emulator.group_id,
        "STITCH_ADMIN_DATA_DIR": str(tmp_path / "unused"),
    }
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        group = admin.group(emulator.group_id)
        app = group.app(group.apps.create(name="shop").id)
        directory = app.pull(tmp_path / "shop")
    (directory / "functions/hello.js").write_text("exports = () => 'hello';")
    done = subprocess.run(
        [str(SCRIPT), "push", "shop", str(directory), "--yes"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "functions:\n  + hello\n"
    assert done.stderr.startswith("Deployed shop: deployment ")
    assert "\x1b" not in done.stdout + done.stderr
    assert emulator.private_key not in done.stdout + done.stderr


def test_the_emulator_command_serves_until_stopped(tmp_path: Path) -> None:
    started = subprocess.Popen(
        [str(SCRIPT), "emulator", "--port", "0", "--data-dir", str(tmp_path / "state")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert started.stdout is not None
        assert started.stdout.readline().startswith("http://127.0.0.1:")
    finally:
        started.terminate()
        assert started.wait(timeout=20) == 0
    assert (tmp_path / "state").is_dir()
