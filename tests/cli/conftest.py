"""Fixtures of the command line's tests: typer's test runner, a private data directory, and a
session logged in to the emulator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from stitch_admin_cli.main import app as cli_app
from stitch_admin_emulator import RunningEmulator

# Variables of the reader's environment that would change what the commands do.
VARIABLES = (
    "STITCH_ADMIN_USERNAME",
    "STITCH_ADMIN_API_KEY",
    "STITCH_ADMIN_BASE_URL",
    "STITCH_ADMIN_GROUP_ID",
    "STITCH_ADMIN_DATA_DIR",
    "NO_COLOR",
    "FORCE_COLOR",
)

Run = Callable[..., Result]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """``run("apps", "list", input=..., env=...)``: one command through typer's test runner,
    with its own data directory; the result has ``exit_code``, ``stdout`` and ``stderr``."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(
            cli_app,
            ["--data-dir", str(data_dir), *args],
            input=input,
            env={"COLUMNS": "200", **(env or {})},
        )

    return invoke


@pytest.fixture
def logged_in(run: Run, emulator: RunningEmulator) -> Run:
    """``run``, after a login to the emulator."""
    result = run(
        "login",
        "--username",
        emulator.public_key,
        "--api-key",
        emulator.private_key,
        "--base-url",
        emulator.base_url,
    )
    assert result.exit_code == 0, result.output
    return run
