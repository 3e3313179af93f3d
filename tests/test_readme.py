"""The README cannot rot: every code block in it is executed or checked here.

- `python` blocks run in order, in one namespace, against an emulator, with the
  `STITCH_ADMIN_*` variables pointing at it (as a reader's environment would); except the
  blocks that are files of a test suite (their first line names one: `# test_automation.py`,
  `# conftest.py`), which pytest runs, with the plugin, as the README's `pytest` commands say.
- `sh` blocks: each command either runs (and must succeed) or, for those that would recurse
  or rewrite the tree (`make test`, `make generate`), is dry-run with `make -n`.
- `text` blocks: the demo output must match a real `make demo` run, ids, ports and times
  aside; the layout must name paths that exist.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from stitch_admin_client.api.apps import create_app
from stitch_admin_client.models import AppCreate
from support import spec
from support.users_suites import NOT_THEIRS

from stitch_admin_emulator import RunningEmulator
from stitch_admin_emulator.pytest_plugin import LIVE_VARIABLES
from stitch_admin_ext import RetryPolicy, StitchAdmin

README = spec.ROOT / "README.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
# Shell commands that run for real, with what their output must show.
RUN = {
    "make demo": "demo: done",
    "python -m stitch_admin_emulator --port 0": "http://127.0.0.1:",
}
# Commands that would recurse into this test run or rewrite generated/: checked with make -n.
DRY_RUN = {"make test", "make generate"}
# Commands run in a folder holding the README's test suite files.
PYTEST_RUNS = {"pytest", "pytest -n 2", "pytest --stitch-live"}
SUITE_FILE = re.compile(r"\A# ((?:test_\w+|conftest)\.py)\n")


def blocks(language: str) -> list[str]:
    return [
        code for lang, code in BLOCK.findall(README.read_text(encoding="utf-8")) if lang == language
    ]


def suite_files() -> dict[str, str]:
    """The python blocks that are files of a test suite, by file name."""
    return {
        found.group(1): code
        for code in blocks("python")
        if (found := SUITE_FILE.match(code)) is not None
    }


def commands() -> list[str]:
    found = []
    for block in blocks("sh"):
        for line in block.splitlines():
            command = line.split("#", 1)[0].strip()
            if command:
                found.append(command)
    return found


def test_every_shell_command_is_known() -> None:
    assert commands()
    assert set(commands()) <= set(RUN) | DRY_RUN | PYTEST_RUNS


def test_the_python_blocks_run_against_the_emulator(
    emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, value in {
        "STITCH_ADMIN_BASE_URL": emulator.base_url,
        "STITCH_ADMIN_USERNAME": emulator.public_key,
        "STITCH_ADMIN_API_KEY": emulator.private_key,
        "STITCH_ADMIN_GROUP_ID": emulator.group_id,
        "HOME": str(tmp_path),  # the configuration block keeps tokens under ~
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    # The reader's service has an app, whose log holds an error.
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        app_id = create_app.sync(
            emulator.group_id, client=admin.client, body=AppCreate(name="my-app")
        ).id
    entry = {
        "type": "FUNCTION",
        "started": datetime(2024, 5, 2, tzinfo=UTC).isoformat(),
        "error": "boom",
    }
    seeded = httpx.post(
        f"{emulator.base_url}/_emulator/groups/{emulator.group_id}/apps/{app_id}/logs",
        json={"logs": [entry]},
    )
    assert seeded.status_code == 201

    namespace: dict[str, object] = {"__name__": "readme"}
    output = io.StringIO()
    python_blocks = [code for code in blocks("python") if not SUITE_FILE.match(code)]
    assert len(python_blocks) >= 8
    with contextlib.redirect_stdout(output):
        for index, code in enumerate(python_blocks):
            exec(compile(code, f"README.md python block {index + 1}", "exec"), namespace)  # noqa: S102
    printed = output.getvalue()
    assert "boom" in printed  # iter_logs found the error entry
    assert printed.count("successful") == 2  # both drafts deployed
    assert "404 AppNotFound" in printed  # the errors example
    assert not (tmp_path / ".stitch-admin" / "admin-session.json").exists()  # logged out


def test_the_run_commands_succeed() -> None:
    result = subprocess.run(
        ["make", "-s", "demo"], cwd=spec.ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert RUN["make demo"] in result.stdout
    emulator = subprocess.Popen(
        [sys.executable, "-m", "stitch_admin_emulator", "--port", "0"],
        cwd=spec.ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert emulator.stdout is not None
        assert emulator.stdout.readline().startswith(
            RUN["python -m stitch_admin_emulator --port 0"]
        )
    finally:
        emulator.terminate()
        assert emulator.wait(timeout=10) == 0


def test_the_test_suite_shown_passes_with_the_plugin(
    pytester: pytest.Pytester, emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test files run as the `pytest` commands say; live, against an emulator that plays
    the service (known to the plugin by the `STITCH_ADMIN_*` variables only)."""
    files = suite_files()
    assert "conftest.py" in files
    assert any(name.startswith("test_") for name in files)
    for name, code in files.items():
        (pytester.path / name).write_text(code, encoding="utf-8")
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    service = (emulator.base_url, emulator.public_key, emulator.private_key, emulator.group_id)
    for name, value in zip(LIVE_VARIABLES, service, strict=True):
        monkeypatch.setenv(name, value)
    ran = [command for command in commands() if command in PYTEST_RUNS]
    assert sorted(ran) == sorted(PYTEST_RUNS)
    for command in ran:
        arguments = shlex.split(command)[1:]
        if "-n" in arguments:  # workers are other interpreters anyway
            result = pytester.runpytest_subprocess(*NOT_THEIRS, *arguments)
        else:
            result = pytester.runpytest(*arguments)
        outcomes = result.parseoutcomes()
        assert result.ret == pytest.ExitCode.OK, (command, result.stdout.str())
        assert outcomes["passed"] > 0
        # Live, the tests that drive the emulator are skipped; no other run skips any.
        assert ("skipped" in outcomes) == ("--stitch-live" in arguments), (command, outcomes)
    # The live run made its apps on the service and deleted them.
    assert emulator.counters().requests_to("DELETE", "/groups/{groupId}/apps/{appId}") > 0
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        assert admin.group(emulator.group_id).apps.list() == []


@pytest.mark.parametrize("command", sorted(DRY_RUN))
def test_the_dry_run_commands_exist(command: str) -> None:
    target = command.removeprefix("make ")
    result = subprocess.run(
        ["make", "-n", target], cwd=spec.ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _shape(line: str) -> str:
    """A demo line with what changes between runs (ids, ports, sizes, times) masked."""
    line = line.replace("pending → ", "")  # whether a poll sees `pending` depends on timing
    line = re.sub(r"[0-9a-f]{6}", "<hex>", line)
    return re.sub(r"\d+(\.\d+)?", "<n>", line)


def test_the_demo_output_shown_is_what_make_demo_prints() -> None:
    shown = next(block for block in blocks("text") if block.startswith("demo: emulator running"))
    result = subprocess.run(
        [sys.executable, "tools/run_demo.py"],
        cwd=spec.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [_shape(line) for line in result.stdout.splitlines()] == [
        _shape(line) for line in shown.splitlines()
    ]


def test_the_layout_names_paths_that_exist() -> None:
    layout = next(block for block in blocks("text") if block.startswith("openapi/"))
    for line in layout.splitlines():
        assert (spec.ROOT / line.split()[0]).exists(), line


def test_the_makefile_targets_in_the_table_exist() -> None:
    text = README.read_text(encoding="utf-8")
    targets = set(re.findall(r"`make ([a-z-]+)`", text))
    makefile = (spec.ROOT / "Makefile").read_text(encoding="utf-8")
    for target in targets:
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


def test_the_retry_rule_the_readme_states_is_the_code_s() -> None:
    """The README's "Retries" bullet names what RetryPolicy retries by default, and says that
    the session's own login and refresh (POSTs) are retried too, as the auth flow does."""
    text = README.read_text(encoding="utf-8")
    (bullet,) = re.findall(r"^- \*\*Retries\*\*: (.*?)(?=^- |^$)", text, re.MULTILINE | re.DOTALL)
    bullet = " ".join(bullet.split())
    policy = RetryPolicy()
    for method in policy.methods:
        assert method in bullet
    for status in policy.statuses:
        assert str(status) in bullet
    assert re.search(r"POST is never retried[^.]*except[^.]*login[^.]*refresh", bullet), bullet
