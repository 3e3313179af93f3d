"""The plugin's options, its fixtures overridden in a users' conftest.py, what loading it costs,
and the errors it gives, through pytester."""

from __future__ import annotations

import pytest
from support.users_suites import NOT_THEIRS

from stitch_admin_emulator import RunningEmulator
from stitch_admin_emulator.pytest_plugin import LIVE_VARIABLES


@pytest.fixture
def users(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    for name in LIVE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    return pytester


def test_token_lifetimes_and_function_limits_are_options(users: pytest.Pytester) -> None:
    users.makepyfile(
        """
        import base64, json

        import httpx
        from stitch_admin_emulator import EmulatorConfig

        def lifetime(token):
            claims = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
            return claims["exp"] - claims["iat"]

        def test_tokens_live_as_long_as_told(stitch_emulator):
            tokens = httpx.post(
                f"{stitch_emulator.api_url}/auth/providers/mongodb-cloud/login",
                json={"username": stitch_emulator.public_key,
                      "apiKey": stitch_emulator.private_key},
            ).json()
            assert lifetime(tokens["access_token"]) == 5
            assert lifetime(tokens["refresh_token"]) == 60

        def test_a_function_runs_no_longer_than_told(stitch_app):
            result = stitch_app.functions.execute_source(
                source="exports = () => { while (true) {} };", eval_source="exports()",
                run_as_system=True,
            )
            assert "execution time limit exceeded (0.3s)" in str(result.error)

        def test_the_other_settings(stitch_emulator_config):
            assert stitch_emulator_config.function_memory_limit == 16 * 1024 * 1024
            assert stitch_emulator_config.deploy_delay == 0
            assert stitch_emulator_config.data_dir is None
        """
    )
    result = users.runpytest(
        "--stitch-emulator-access-token-ttl", "5",
        "--stitch-emulator-refresh-token-ttl", "60",
        "--stitch-emulator-function-time-limit", "0.3",
        "--stitch-emulator-function-memory-limit", "16",
        "--stitch-emulator-deploy-delay", "0",
    )  # fmt: skip
    result.assert_outcomes(passed=3)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--stitch-emulator-access-token-ttl", "0"),
        ("--stitch-emulator-refresh-token-ttl", "soon"),
        ("--stitch-emulator-function-memory-limit", "1.5"),
        ("--stitch-emulator-deploy-delay", "-1"),
    ],
)
def test_a_bad_option_value_is_a_usage_error(
    users: pytest.Pytester, option: str, value: str
) -> None:
    result = users.runpytest(f"{option}={value}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*argument {option}: expected *, not '{value}'"])


def test_the_state_is_kept_in_the_data_directory_across_runs(
    users: pytest.Pytester, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = tmp_path_factory.mktemp("emulator-data")
    users.makepyfile(
        """
        import pytest

        def test_make(stitch_admin, stitch_group_id):
            stitch_admin.group(stitch_group_id).apps.create(name="kept")

        @pytest.mark.stitch_keep_state
        def test_kept(stitch_admin, stitch_group_id):
            assert [a.name for a in stitch_admin.group(stitch_group_id).apps.list()] == ["kept"]

        def test_reset(stitch_admin, stitch_group_id):
            assert stitch_admin.group(stitch_group_id).apps.list() == []
        """
    )
    option = f"--stitch-emulator-data-dir={data}"
    users.runpytest(option, "-k", "test_make").assert_outcomes(passed=1)
    assert (data / "emulator.sqlite3").is_file()
    # Another session, another emulator, the same directory: the first test keeps its state.
    users.runpytest(option, "-k", "test_kept").assert_outcomes(passed=1)
    users.runpytest(option, "-k", "test_reset").assert_outcomes(passed=1)
    # Without the directory, nothing is kept.
    users.runpytest("-k", "test_kept").assert_outcomes(failed=1)


def test_a_conftest_chooses_the_emulator_s_settings_and_the_logins(
    users: pytest.Pytester,
) -> None:
    users.makeconftest(
        """
        import pytest
        from stitch_admin_emulator import EmulatorConfig

        @pytest.fixture(scope="session")
        def stitch_emulator_config():
            return EmulatorConfig(group_id="5e8f0000000000000000abcd", deploy_delay=0)

        @pytest.fixture
        def stitch_login_options():
            return {"retry": False}
        """
    )
    users.makepyfile(
        """
        import pytest
        from stitch_admin_ext import errors

        def test_the_group_is_chosen(stitch_group_id, stitch_app):
            assert stitch_group_id == stitch_app.group_id == "5e8f0000000000000000abcd"

        def test_a_503_is_not_retried(stitch_emulator, stitch_app):
            stitch_emulator.inject_fault("status", status=503, method="GET", times=3)
            with pytest.raises(errors.ServerError):
                stitch_app.values.list()
            # The two faults left do not reach the fixtures' own cleanup.
            assert len(stitch_emulator.faults()) == 1
            assert stitch_emulator.faults()[0].times == 2
        """
    )
    users.runpytest().assert_outcomes(passed=2)


def test_loading_the_plugin_starts_and_imports_nothing(users: pytest.Pytester) -> None:
    users.makepyfile(
        """
        import sys
        import threading

        def test_without_the_plugin_s_fixtures(request):
            assert request.config.pluginmanager.has_plugin("stitch_admin_emulator")
            loaded = [
                name for name in ("stitch_admin_emulator.server", "stitch_admin_ext", "uvicorn")
                if name in sys.modules
            ]
            assert loaded == []
            assert not [t for t in threading.enumerate() if t.name == "stitch-emulator"]
        """
    )
    users.runpytest_subprocess(*NOT_THEIRS).assert_outcomes(passed=1)


def test_the_plugin_can_be_turned_off(users: pytest.Pytester) -> None:
    users.makepyfile("def test_it(stitch_emulator): pass")
    result = users.runpytest("-p", "no:stitch_admin_emulator")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'stitch_emulator' not found*"])


def test_the_async_fixtures_refuse_a_test_that_is_not_async(users: pytest.Pytester) -> None:
    users.makepyfile("def test_it(async_stitch_admin): pass")
    result = users.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*async_stitch_admin is for async tests*"])


def test_a_failed_login_shows_no_key_even_with_the_locals(
    users: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, emulator: RunningEmulator
) -> None:
    key = "not-the-key-4f1c9a"
    settings = (emulator.base_url, emulator.public_key, key, emulator.group_id)
    for name, value in zip(LIVE_VARIABLES, settings, strict=True):
        monkeypatch.setenv(name, value)
    users.makepyfile("def test_it(stitch_admin): pass")
    result = users.runpytest("--stitch-live", "--showlocals")
    result.assert_outcomes(errors=1)
    output = result.stdout.str() + result.stderr.str()
    assert "AuthenticationError" in output
    assert "_stitch_login = " in output  # the login's arguments were shown...
    assert key not in output  # ...without the key
