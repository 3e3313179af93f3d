"""The README cannot rot: every code block in it is executed or checked here.

- `python` blocks run in order, in one namespace, against an emulator, with the
  `STITCH_ADMIN_*` variables pointing at it (as a reader's environment would); except the
  blocks that are files of a test suite (their first line names one: `# test_automation.py`,
  `# conftest.py`), which pytest runs, with the plugin, as the README's `pytest` commands say.
- `sh` blocks: each command either runs (and must succeed) or, for those that would recurse
  or rewrite the tree (`make test`, `make generate`), is dry-run with `make -n`; the
  `stitch-admin` commands run in order, through the installed console script, against an
  emulator whose project has the app they name.
- the `yaml` block (the CI example): its `stitch-admin` step runs as written.
- `text` blocks: the demo output must match a real `make demo` run, ids, ports and times
  aside; the layout must name paths that exist.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from support import spec, typecheck
from support.users_suites import NOT_THEIRS

from stitch_admin_emulator import LogEntrySeed, RunningEmulator
from stitch_admin_emulator.pytest_plugin import LIVE_VARIABLES
from stitch_admin_ext import RetryPolicy, StitchAdmin
from stitch_admin_ext.handles import AppHandle

README = spec.ROOT / "README.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
# Shell commands that run for real, with what their output must show.
RUN = {
    "make demo": "demo: done",
    "python -m stitch_admin_emulator --port 0": "http://127.0.0.1:",
}
# Commands that would recurse into this test run or rewrite generated/: checked with make -n.
DRY_RUN = {"make test", "make generate"}
# The command line's commands: run for real (see test_the_command_line_examples_run).
CLI = "stitch-admin "
SCRIPT = Path(sys.executable).parent / "stitch-admin"
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
    assert {command for command in commands() if not command.startswith(CLI)} <= (
        set(RUN) | DRY_RUN | PYTEST_RUNS
    )


def _cli_environment(emulator: RunningEmulator, home: Path) -> dict[str, str]:
    """A reader's environment: the key pair and project in the variables, a home of its own."""
    kept = {k: v for k, v in os.environ.items() if not k.startswith("STITCH_ADMIN_")}
    return kept | {
        "HOME": str(home),
        "STITCH_ADMIN_USERNAME": emulator.public_key,
        "STITCH_ADMIN_API_KEY": emulator.private_key,
        "STITCH_ADMIN_BASE_URL": emulator.base_url,
        "STITCH_ADMIN_GROUP_ID": emulator.group_id,
    }


def _readers_app(emulator: RunningEmulator) -> None:
    """The reader's project has `my-app`, with the function `hello` the examples run."""
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        group = admin.group(emulator.group_id)
        app = group.app(group.apps.create(name="my-app").id)
        app.functions.create(name="hello", source="exports = (who) => `hello ${who}`;")


def test_the_command_line_examples_run(emulator: RunningEmulator, tmp_path: Path) -> None:
    _readers_app(emulator)
    env = _cli_environment(emulator, tmp_path)
    examples = [command for command in commands() if command.startswith(CLI)]
    assert examples[0] == "stitch-admin login"
    assert examples[-1] == "stitch-admin logout"
    for command in examples:
        argv = shlex.split(command)
        result = subprocess.run(
            [str(SCRIPT), *argv[1:]],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        assert result.returncode == 0, f"{command}: {result.stderr}"
        assert emulator.private_key not in result.stdout + result.stderr
    assert (tmp_path / "my-app" / "functions" / "hello.js").exists()


def test_the_ci_example_runs_as_written(emulator: RunningEmulator, tmp_path: Path) -> None:
    (workflow,) = (yaml.safe_load(block) for block in blocks("yaml"))
    steps = workflow["jobs"]["deploy"]["steps"]
    (step,) = (step for step in steps if str(step.get("run", "")).startswith(CLI))
    assert "--yes" in step["run"]
    assert set(step["env"]) == {
        "STITCH_ADMIN_USERNAME",
        "STITCH_ADMIN_API_KEY",
        "STITCH_ADMIN_GROUP_ID",
    }
    _readers_app(emulator)
    env = _cli_environment(emulator, tmp_path)
    argv = shlex.split(step["run"])
    with StitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url
    ) as admin:
        (app,) = admin.group(emulator.group_id).apps.list()
        directory = admin.app(emulator.group_id, app.id).pull(tmp_path / "my-app")
    (directory / "functions/fromCi.js").write_text("exports = () => 'deployed by CI';")
    result = subprocess.run(
        [str(SCRIPT), *argv[1:]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "+ fromCi" in result.stdout
    assert "Deployed my-app" in result.stderr
    assert not (tmp_path / ".stitch-admin").exists()  # nothing written on the runner


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

    namespace: dict[str, object] = {"__name__": "readme"}
    output = io.StringIO()
    python_blocks = [code for code in blocks("python") if not SUITE_FILE.match(code)]
    assert len(python_blocks) >= 8
    with contextlib.redirect_stdout(output):
        for index, code in enumerate(python_blocks):
            exec(compile(code, f"README.md python block {index + 1}", "exec"), namespace)  # noqa: S102
            if index == 0:
                # Once the Quickstart has made its app, a function of it fails, as in life.
                app = namespace["app"]
                assert isinstance(app, AppHandle)
                emulator.seed_logs(
                    app.app_id,
                    [LogEntrySeed(started=datetime(2024, 5, 2, tzinfo=UTC), error="boom")],
                )
    printed = output.getvalue()
    assert "boom" in printed  # iter_logs found the error entry
    assert printed.count("successful") == 2  # both drafts deployed
    assert "404 FunctionNotFound" in printed  # the errors example
    assert "value: " in printed  # the invalid argument, named
    assert not (tmp_path / ".stitch-admin" / "admin-session.json").exists()  # logged out


def test_the_python_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    """Read in order as one program, the README's Python passes mypy --strict, casts
    excepted: not one is needed."""
    program = "\n\n".join(code for code in blocks("python") if not SUITE_FILE.match(code))
    assert "cast(" not in program
    script = tmp_path / "readme_blocks.py"
    script.write_text(program, encoding="utf-8")
    # The test suite's files are modules of their own, checked as such.
    suite = tmp_path / "suite"
    suite.mkdir()
    for name, code in suite_files().items():
        assert "cast(" not in code
        (suite / name).write_text(code, encoding="utf-8")
    result = typecheck.mypy_strict(script, suite)
    assert result.returncode == 0, result.stdout + result.stderr


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
        if line.startswith(" "):
            continue  # a description that goes on
        assert (spec.ROOT / line.split()[0]).exists(), line


def test_the_extras_to_install_are_the_distribution_s() -> None:
    install = next(block for block in blocks("text") if block.startswith("pip install"))
    with (spec.ROOT / "pyproject.toml").open("rb") as handle:
        extras = tomllib.load(handle)["project"]["optional-dependencies"]
    named = re.findall(r"stitch-admin\[(\w+)\]", install)
    assert named
    assert set(named) <= set(extras)


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
