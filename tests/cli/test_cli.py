"""``stitch-admin`` through typer's test runner, against the emulator: each command, its exit
status (0 done, 1 refused, 2 misused), one-line errors, JSON for scripts, no secret shown."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.configurations import FULL, SECRETS
from support.processes import default_sigint

from stitch_admin_cli import output
from stitch_admin_cli.log_commands import when
from stitch_admin_emulator import LogEntrySeed, RunningEmulator
from stitch_admin_ext import StitchAdmin
from stitch_admin_ext.handles import AppHandle

from .conftest import Run

SCRIPT = Path(sys.executable).parent / "stitch-admin"

SECRET_VALUE = "sk_live_never-shown"


@pytest.fixture
def admin(emulator: RunningEmulator) -> StitchAdmin:
    return StitchAdmin.login(emulator.public_key, emulator.private_key, base_url=emulator.base_url)


@pytest.fixture
def shop(admin: StitchAdmin, emulator: RunningEmulator) -> AppHandle:
    group = admin.group(emulator.group_id)
    app = group.app(group.apps.create(name="shop").id)
    for secret in SECRETS:
        app.secrets.create(name=secret, value=SECRET_VALUE)
    app.apps.push_configuration(body={**FULL, "name": "shop"})
    return app


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in lines(text)]


# ---------------------------------------------------------------------- login, session


def test_login_keeps_a_private_session_and_never_the_key(
    logged_in: Run, data_dir: Path, emulator: RunningEmulator
) -> None:
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name in ("admin-session.json", "cli.json"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600
        assert emulator.private_key not in (data_dir / name).read_text()
    assert json.loads((data_dir / "cli.json").read_text()) == {
        "base_url": emulator.base_url,
        "group_id": emulator.group_id,
    }
    result = logged_in("whoami", "--json")
    assert result.exit_code == 0
    [shown] = json_lines(result.stdout)
    assert shown["group_id"] == emulator.group_id
    assert shown["base_url"] == emulator.base_url
    assert emulator.private_key not in result.output


def test_login_reads_the_variables_and_refuses_to_prompt_without_a_terminal(
    run: Run, emulator: RunningEmulator
) -> None:
    missing = run("login", "--username", emulator.public_key, "--base-url", emulator.base_url)
    assert missing.exit_code == 2
    assert lines(missing.stderr) == [
        "error: private key missing: pass it as an option or set STITCH_ADMIN_API_KEY (no "
        "prompt: standard input is not a terminal)"
    ]
    from_variables = run(
        "login",
        env={
            "STITCH_ADMIN_USERNAME": emulator.public_key,
            "STITCH_ADMIN_API_KEY": emulator.private_key,
            "STITCH_ADMIN_BASE_URL": emulator.base_url,
        },
    )
    assert from_variables.exit_code == 0, from_variables.output
    assert emulator.private_key not in from_variables.output


def test_the_private_key_can_be_typed_at_a_hidden_prompt(
    run: Run, emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr("stitch_admin_cli.auth_commands.stdin_is_terminal", lambda: True)
    result = run(
        "login",
        "--base-url",
        emulator.base_url,
        input=f"{emulator.public_key}\n{emulator.private_key}\n",
    )
    assert result.exit_code == 0, result.output
    assert "Private key:" in result.output
    assert emulator.private_key not in result.output  # not echoed


def test_a_refused_login_is_one_line_and_status_1(run: Run, emulator: RunningEmulator) -> None:
    result = run(
        "login",
        "--username",
        emulator.public_key,
        "--api-key",
        "wrong-private-key",
        "--base-url",
        emulator.base_url,
    )
    assert result.exit_code == 1
    [message] = lines(result.stderr)
    assert message.startswith("error: ")
    assert "Traceback" not in result.output
    assert "wrong-private-key" not in result.output


def test_debug_shows_the_traceback(run: Run, emulator: RunningEmulator) -> None:
    result = run("--debug", "whoami")
    assert result.exit_code == 1
    assert result.exception is not None
    assert "not logged in" in str(result.exception)


def test_without_a_session_commands_say_how_to_log_in(run: Run) -> None:
    result = run("apps", "list")
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        "error: not logged in: run `stitch-admin login`, or set STITCH_ADMIN_USERNAME and "
        "STITCH_ADMIN_API_KEY"
    ]


def test_the_variables_alone_log_in_for_one_command_and_write_nothing(
    run: Run, emulator: RunningEmulator, shop: AppHandle, data_dir: Path
) -> None:
    env = {
        "STITCH_ADMIN_USERNAME": emulator.public_key,
        "STITCH_ADMIN_API_KEY": emulator.private_key,
        "STITCH_ADMIN_BASE_URL": emulator.base_url,
        "STITCH_ADMIN_GROUP_ID": emulator.group_id,
    }
    result = run("apps", "list", "--json", env=env)
    assert result.exit_code == 0, result.output
    assert [app["name"] for app in json_lines(result.stdout)] == ["shop"]
    assert not data_dir.exists()


def test_logout_revokes_and_forgets(logged_in: Run, data_dir: Path) -> None:
    assert logged_in("logout").exit_code == 0
    assert sorted(p.name for p in data_dir.iterdir()) == []
    again = logged_in("whoami")
    assert again.exit_code == 1
    assert "not logged in" in again.stderr


# ---------------------------------------------------------------------- apps


def test_apps_are_named_by_name_id_or_client_app_id(logged_in: Run) -> None:
    created = logged_in("apps", "create", "orders", "--json")
    assert created.exit_code == 0, created.output
    [made] = json_lines(created.stdout)
    listed = logged_in("apps", "list", "--json")
    assert json_lines(listed.stdout) == [made]
    table = logged_in("apps", "list")
    assert lines(table.stdout)[0].split() == ["NAME", "ID", "CLIENT", "APP", "ID", "ENVIRONMENT"]
    assert str(made["id"]) in table.stdout
    for ref in ("orders", str(made["id"]), str(made["client_app_id"])):
        result = logged_in("deployments", "list", ref, "--json")
        assert result.exit_code == 0, result.output
    unknown = logged_in("deployments", "list", "nope")
    assert unknown.exit_code == 1
    assert lines(unknown.stderr) == [
        "error: no app named 'nope' in project 5e8f00000000000000000001"
    ]


def test_deleting_an_app_asks_first(logged_in: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert logged_in("apps", "create", "doomed").exit_code == 0
    refused = logged_in("apps", "delete", "doomed")
    assert refused.exit_code == 2
    assert "pass --yes" in refused.stderr
    monkeypatch.setattr(output, "stdin_is_terminal", lambda: True)
    declined = logged_in("apps", "delete", "doomed", input="n\n")
    assert declined.exit_code == 1
    assert json_lines(logged_in("apps", "list", "--json").stdout) != []
    assert logged_in("apps", "delete", "doomed", "--yes").exit_code == 0
    assert json_lines(logged_in("apps", "list", "--json").stdout) == []


# ---------------------------------------------------------------------- pull, diff, push


def test_pull_diff_and_push_round_trip(
    logged_in: Run, shop: AppHandle, tmp_path: Path, emulator: RunningEmulator
) -> None:
    directory = tmp_path / "shop"
    pulled = logged_in("pull", "shop", str(directory))
    assert pulled.exit_code == 0, pulled.output
    assert f"Pulled shop into {directory}" in pulled.stderr
    assert not any(SECRET_VALUE in p.read_text() for p in directory.rglob("*.json"))
    assert lines(logged_in("diff", "shop", str(directory)).stdout) == ["no changes"]
    emulator.reset_counters()
    noop = logged_in("push", "shop", str(directory))
    assert noop.exit_code == 0
    assert lines(noop.stdout) == ["no changes"]
    assert emulator.counters().deployments == 0
    (directory / "functions/onOrder.js").write_text("exports = () => 'cli';")
    diff = logged_in("diff", "shop", str(directory))
    assert diff.exit_code == 0
    assert "-exports = function(order) { return order; };" in diff.stdout
    assert "+exports = () => 'cli';" in diff.stdout
    assert lines(diff.stdout)[-2:] == ["functions:", "  ~ onOrder (source)"]
    summary = logged_in("diff", "shop", str(directory), "--summary", "--json")
    assert json.loads(summary.stdout)["families"] == {
        "functions": {"added": [], "changed": {"onOrder": ["source"]}, "removed": []}
    }
    refused = logged_in("push", "shop", str(directory))
    assert refused.exit_code == 2
    assert lines(refused.stderr) == [
        "error: refusing to prompt: standard input is not a terminal; pass --yes"
    ]
    dry = logged_in("push", "shop", str(directory), "--dry-run")
    assert dry.exit_code == 0
    assert "Dry run: nothing pushed." in dry.stderr
    assert emulator.counters().deployments == 0
    pushed = logged_in("push", "shop", str(directory), "--yes", "--json")
    assert pushed.exit_code == 0, pushed.output
    plan, deployed = json_lines(pushed.stdout)
    assert plan["families"] == {
        "functions": {"added": [], "changed": {"onOrder": ["source"]}, "removed": []}
    }
    assert deployed["deployment"]["status"] == "successful"  # type: ignore[index]
    assert emulator.counters().deployments == 1
    assert lines(logged_in("diff", "shop", str(directory)).stdout) == ["no changes"]


def test_push_asks_and_does_nothing_unless_told_yes(
    logged_in: Run, shop: AppHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = shop.pull(tmp_path / "shop")
    (directory / "values/greeting.json").write_text('{"name": "greeting", "value": "hey"}')
    monkeypatch.setattr(output, "stdin_is_terminal", lambda: True)
    declined = logged_in("push", "shop", str(directory), input="n\n")
    assert declined.exit_code == 1
    assert "Push these changes to shop? [y/N]:" in declined.output
    assert "Nothing pushed." in declined.stderr
    assert not shop.diff(directory).empty
    accepted = logged_in("push", "shop", str(directory), input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert "Deployed shop: deployment" in accepted.stderr
    assert shop.diff(directory).empty


def test_a_broken_directory_lists_its_problems_and_fails(
    logged_in: Run, shop: AppHandle, tmp_path: Path
) -> None:
    directory = shop.pull(tmp_path / "shop")
    (directory / "triggers/nightly.json").write_text('{"name": "nightly"')
    (directory / "values/greeting.json").write_text('{"value": 1}')
    result = logged_in("push", "shop", str(directory), "--yes")
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        "error: the configuration directory has 2 problems:",
        "  triggers/nightly.json:1:19: not valid JSON: Expecting ',' delimiter",
        "  values/greeting.json: the value misses the required field(s) 'name'",
    ]
    assert result.stdout == ""


def test_push_applies_only_the_plan_it_showed(
    logged_in: Run, shop: AppHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = shop.pull(tmp_path / "shop")
    (directory / "functions/onOrder.js").write_text("exports = () => 'seen';")
    monkeypatch.setattr(output, "stdin_is_terminal", lambda: True)

    def confirm_while_someone_else_changes_the_app(question: str) -> bool:
        shop.values.create(name="sneaky", value=1)
        return True

    monkeypatch.setattr(
        "stitch_admin_cli.config_commands.confirm", confirm_while_someone_else_changes_the_app
    )
    result = logged_in("push", "shop", str(directory))
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        "error: the app or the directory changed since the plan was made; nothing was pushed"
    ]
    assert shop.drafts.list() == []


# ---------------------------------------------------------------------- runs and logs


def test_deployments_list_and_wait(logged_in: Run, shop: AppHandle) -> None:
    listed = logged_in("deployments", "list", "shop", "--json")
    [latest] = json_lines(listed.stdout)
    assert latest["status"] == "successful"
    waited = logged_in("deployments", "wait", "shop", "--json")
    assert waited.exit_code == 0
    assert json_lines(waited.stdout) == [latest]
    by_id = logged_in("deployments", "wait", "shop", str(latest["id"]))
    assert by_id.exit_code == 0
    assert f"Deployment {latest['id']}: successful." in by_id.stderr


def test_functions_run_prints_the_result_as_json(logged_in: Run, shop: AppHandle) -> None:
    shop.functions.create(
        name="greet", source="exports = (who) => { console.log('for ' + who); return {hi: who}; };"
    )
    result = logged_in("functions", "run", "shop", "greet", '["ann"]')
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"hi": "ann"}
    assert lines(result.stderr) == ["for ann"]
    bad = logged_in("functions", "run", "shop", "greet", '{"who": "ann"}')
    assert bad.exit_code == 2
    shop.functions.create(name="fail", source="exports = () => { throw new Error('nope'); };")
    failed = logged_in("functions", "run", "shop", "fail")
    assert failed.exit_code == 1
    assert lines(failed.stderr)[0].startswith("error: the function fail failed: ")
    assert "nope" in failed.stderr


def test_logs_stream_as_text_or_json_lines_with_filters(
    logged_in: Run, shop: AppHandle, emulator: RunningEmulator
) -> None:
    now = datetime.now(UTC)
    emulator.seed_logs(
        shop.app_id,
        [
            LogEntrySeed(type="FUNCTION", started=now - timedelta(hours=3), function_name="old"),
            LogEntrySeed(
                type="FUNCTION",
                started=now - timedelta(minutes=5),
                function_name="onOrder",
                error="boom",
                messages=["went wrong"],
            ),
            LogEntrySeed(type="AUTH", started=now - timedelta(minutes=4)),
        ],
    )
    everything = logged_in("logs", "shop", "--json")
    assert [e["type"] for e in json_lines(everything.stdout)] == ["AUTH", "FUNCTION", "FUNCTION"]
    recent = logged_in("logs", "shop", "--since", "1h", "--type", "function")
    assert lines(recent.stdout) == [
        f"{(now - timedelta(minutes=5)).isoformat(timespec='milliseconds')} FUNCTION onOrder "
        "error: boom | went wrong"
    ]
    errors = logged_in("logs", "shop", "--errors-only", "--json")
    assert [e["function_name"] for e in json_lines(errors.stdout)] == ["onOrder"]
    misused = logged_in("logs", "shop", "--follow", "--until", "1h")
    assert misused.exit_code == 2
    wrong_date = logged_in("logs", "shop", "--since", "yesterday-ish")
    assert wrong_date.exit_code == 2


def test_relative_and_absolute_times() -> None:
    now = datetime(2024, 5, 2, 12, tzinfo=UTC)
    assert when("90s", now) == now - timedelta(seconds=90)
    assert when("2h", now) == now - timedelta(hours=2)
    assert when("1w", now) == now - timedelta(days=7)
    assert when("2024-05-01T00:00:00Z") == datetime(2024, 5, 1, tzinfo=UTC)
    assert when("2024-05-01T00:00:00") == datetime(2024, 5, 1, tzinfo=UTC)
    assert when(None) is None


def test_following_prints_each_new_entry_once_oldest_first(
    logged_in: Run, data_dir: Path, shop: AppHandle, emulator: RunningEmulator
) -> None:
    """`logs --follow` is the SDK's follow mode: entries arriving while it runs, a late one
    with an earlier timestamp included, each printed once, oldest first."""
    # Ten seconds back: the entries are well within the follow's 60 s of lateness however slow
    # the machine is (a minute back left 2 s for the late entry to be seeded).
    start = datetime.now(UTC) - timedelta(seconds=10)
    batches = [
        [("a", 1), ("b", 2)],
        [("c", 3), ("d", 3)],  # d shares c's second, and arrives with it
        [("e", 3)],  # late, with the same time as the last entries printed
    ]

    def seed(batch: list[tuple[str, int]]) -> None:
        emulator.seed_logs(
            shop.app_id,
            [
                LogEntrySeed(function_name=name, started=start + timedelta(seconds=second))
                for name, second in batch
            ],
        )

    seed(batches[0])
    stop = threading.Event()

    def later() -> None:
        for batch in batches[1:]:
            if stop.wait(0.5):
                return
            seed(batch)

    feeder = threading.Thread(target=later)
    feeder.start()
    process = subprocess.Popen(
        [
            str(SCRIPT),
            "--data-dir",
            str(data_dir),
            "logs",
            "shop",
            "--follow",
            "--interval",
            "0.2",
            "--since",
            start.isoformat(),
        ],
        env={"PATH": os.environ["PATH"], "HOME": str(data_dir.parent)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,  # noqa: PLW1509 (stopped with Ctrl-C below)
    )
    printed: list[str] = []
    try:
        assert process.stdout is not None
        while len(printed) < 5:
            line_read = process.stdout.readline()
            assert line_read, process.stderr.read() if process.stderr else ""
            printed.append(line_read.split()[2])
    finally:
        stop.set()
        feeder.join()
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert printed == ["a", "b", "c", "d", "e"]


# ---------------------------------------------------------------------- output conventions


def test_no_color_is_honoured_and_plain_output_has_no_escapes(
    logged_in: Run, shop: AppHandle, tmp_path: Path
) -> None:
    directory = shop.pull(tmp_path / "shop")
    (directory / "functions/onOrder.js").write_text("exports = () => 0;")
    coloured = logged_in("diff", "shop", str(directory), env={"FORCE_COLOR": "1"})
    assert "\x1b[" in coloured.stdout
    plain = logged_in("diff", "shop", str(directory), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[3" not in plain.stdout  # no colour (bold and the like may stay)
    assert "\x1b[" not in logged_in("diff", "shop", str(directory)).stdout


def test_usage_errors_are_status_2(logged_in: Run) -> None:
    assert logged_in("pull").exit_code == 2
    assert logged_in("no-such-command").exit_code == 2
    assert logged_in("push", "shop", "dir", "--timeout", "0").exit_code == 2
