"""The pytest plugin: the emulator, logged-in SDK sessions and fresh apps, as fixtures.

Installing `stitch-admin[emulator]` registers it (the `pytest11` entry point
`stitch_admin_emulator`; `-p no:stitch_admin_emulator` turns it off). Fixtures:

    stitch_emulator          the emulator (`RunningEmulator`): one per test session, or per
                             pytest-xdist worker, on a free loopback port; its state is reset
                             before each test that uses it (apps, faults, counts; added
                             administrators stay) unless the test is marked
                             `@pytest.mark.stitch_keep_state`
    stitch_admin             a logged-in `StitchAdmin`, logged out after the test
    async_stitch_admin       the same as an `AsyncStitchAdmin`, for async tests (anyio's or
                             pytest-asyncio's)
    stitch_app               a new app, as a bound handle (`admin.app(group_id, app_id)`),
                             deleted after the test; `async_stitch_app` is its async twin
    stitch_group_id          the group (project) the apps are made in
    stitch_login_options     keyword arguments for the logins (`retry=`, `timeout=`, ...):
                             override it to choose them
    stitch_emulator_config   (session) the `EmulatorConfig` the emulator starts with, from the
                             command line options: override it to choose anything else

With `--stitch-live` the same tests run against the service that `STITCH_ADMIN_BASE_URL`,
`STITCH_ADMIN_USERNAME`, `STITCH_ADMIN_API_KEY` and `STITCH_ADMIN_GROUP_ID` name: the SDK
fixtures log in there, `stitch_app` makes (and deletes) a real app, and the tests that need the
emulator's controls (`stitch_emulator`) are skipped, saying why; without those variables, every
test that needs the service is skipped, naming the ones missing.

Loading the plugin costs nothing: the emulator's server and the SDK are imported by the
fixtures that use them, and no emulator starts unless a test asks for one.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import os
import re
import secrets
import ssl
import types
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from stitch_admin_emulator.server import RunningEmulator
    from stitch_admin_emulator.settings import EmulatorConfig
    from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin
    from stitch_admin_ext.handles import AppHandle, AsyncAppHandle

LIVE_VARIABLES = (
    "STITCH_ADMIN_BASE_URL",
    "STITCH_ADMIN_USERNAME",
    "STITCH_ADMIN_API_KEY",
    "STITCH_ADMIN_GROUP_ID",
)
KEEP_STATE_MARKER = "stitch_keep_state"
NEEDS_EMULATOR = (
    "needs the emulator's controls: --stitch-live runs the tests against a real service"
)
# App names: 1 to 32 ASCII letters, digits, '_' or '-'.
_APP_NAME_LENGTH = 32
_NOT_IN_APP_NAME = re.compile(r"[^A-Za-z0-9_-]+")


def _positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if not value > 0:
            raise argparse.ArgumentTypeError(f"expected a positive number, not {text!r}")
        return value

    return parse


def _not_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, at least 0, not {text!r}")
    return value


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("stitch-admin", "stitch-admin: the Admin API emulator and live runs")
    group.addoption(
        "--stitch-live",
        action="store_true",
        default=False,
        help="run the tests against the service the STITCH_ADMIN_* variables name instead of "
        "the emulator; tests that need the emulator's controls are skipped",
    )
    group.addoption(
        "--stitch-emulator-data-dir",
        metavar="DIR",
        default=None,
        help="keep the emulator's state in DIR (a subdirectory per pytest-xdist worker): what "
        "the last test left can be looked at with `python -m stitch_admin_emulator --data-dir`",
    )
    # The emulator's settings as options: (name, metavar, parser, help).
    settings: tuple[tuple[str, str, Callable[[str], float], str], ...] = (
        (
            "access-token-ttl",
            "SECONDS",
            _positive(float),
            "how long the emulator's access tokens live (default: 1800)",
        ),
        (
            "refresh-token-ttl",
            "SECONDS",
            _positive(float),
            "how long the emulator's refresh tokens live (default: 60 days)",
        ),
        (
            "function-time-limit",
            "SECONDS",
            _positive(float),
            "how long a function may run in the emulator (default: 2)",
        ),
        (
            "function-memory-limit",
            "MIB",
            _positive(int),
            "how much memory a function may use in the emulator, in MiB (default: 64)",
        ),
        (
            "deploy-delay",
            "SECONDS",
            _not_negative,
            "how long the emulator's deployments take (default: 0.2)",
        ),
    )
    for name, metavar, parse, text in settings:
        group.addoption(
            f"--stitch-emulator-{name}", metavar=metavar, type=parse, default=None, help=text
        )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{KEEP_STATE_MARKER}: the emulator is not reset before this test: it sees what the "
        "tests before it left",
    )


def pytest_report_header(config: pytest.Config) -> str | None:
    if not config.getoption("stitch_live"):
        return None
    base_url = os.environ.get("STITCH_ADMIN_BASE_URL") or "(STITCH_ADMIN_BASE_URL is not set)"
    return f"stitch-admin: live run against {base_url}"


# ------------------------------------------------------------------ where the SDK logs in


@dataclass(frozen=True)
class Service:
    """What the SDK fixtures log in to: the emulator, or a real service (`emulator` None)."""

    base_url: str
    username: str
    api_key: str = field(repr=False)
    group_id: str
    emulator: RunningEmulator | None = None

    def before_cleanup(self) -> None:
        """Faults a test left pending must not hit the fixtures' own cleanup requests."""
        if self.emulator is not None:
            self.emulator.clear_faults()


def _live(config: pytest.Config) -> bool:
    return bool(config.getoption("stitch_live"))


@pytest.fixture(scope="session")
def _stitch_live_service() -> Service:
    missing = [name for name in LIVE_VARIABLES if not os.environ.get(name)]
    if missing:
        pytest.skip(f"--stitch-live needs the service's settings: {', '.join(missing)} not set")
    return Service(
        base_url=os.environ["STITCH_ADMIN_BASE_URL"],
        username=os.environ["STITCH_ADMIN_USERNAME"],
        api_key=os.environ["STITCH_ADMIN_API_KEY"],
        group_id=os.environ["STITCH_ADMIN_GROUP_ID"],
    )


@pytest.fixture
def _stitch_service(request: pytest.FixtureRequest) -> Service:
    if _live(request.config):
        service: Service = request.getfixturevalue("_stitch_live_service")
        return service
    emulator: RunningEmulator = request.getfixturevalue("stitch_emulator")
    return Service(
        base_url=emulator.base_url,
        username=emulator.public_key,
        api_key=emulator.private_key,
        group_id=emulator.group_id,
        emulator=emulator,
    )


# ------------------------------------------------------------------ the emulator


@pytest.fixture(scope="session")
def stitch_emulator_config(pytestconfig: pytest.Config) -> EmulatorConfig:
    """The emulator's settings, from the command line options. Override this (session-scoped)
    fixture in a conftest.py to choose any other `EmulatorConfig` setting."""
    from stitch_admin_emulator.settings import EmulatorConfig

    chosen: dict[str, Any] = {}
    for option, setting in (
        ("stitch_emulator_access_token_ttl", "access_token_ttl"),
        ("stitch_emulator_refresh_token_ttl", "refresh_token_ttl"),
        ("stitch_emulator_function_time_limit", "function_time_limit"),
        ("stitch_emulator_deploy_delay", "deploy_delay"),
    ):
        value = pytestconfig.getoption(option)
        if value is not None:
            chosen[setting] = value
    memory = pytestconfig.getoption("stitch_emulator_function_memory_limit")
    if memory is not None:
        chosen["function_memory_limit"] = memory * 1024 * 1024
    data_dir = pytestconfig.getoption("stitch_emulator_data_dir")
    if data_dir is not None:
        # Each pytest-xdist worker has its own emulator, and a data directory holds one.
        worker = getattr(pytestconfig, "workerinput", {}).get("workerid")
        chosen["data_dir"] = Path(data_dir, worker) if worker else Path(data_dir)
    return EmulatorConfig(**chosen)


@pytest.fixture(scope="session")
def _stitch_emulator_server(request: pytest.FixtureRequest) -> Iterator[RunningEmulator]:
    if _live(request.config):
        pytest.skip(f"stitch_emulator {NEEDS_EMULATOR}")
    try:
        from stitch_admin_emulator.server import run_in_thread
    except ImportError as exc:  # the plugin is installed with the package, the server's
        # dependencies only with its `emulator` extra
        pytest.fail(
            f"the emulator needs stitch-admin's `emulator` extra "
            f"(pip install 'stitch-admin[emulator]'): {exc}",
            pytrace=False,
        )
    config: EmulatorConfig = request.getfixturevalue("stitch_emulator_config")
    with run_in_thread(config) as emulator:
        yield emulator


@pytest.fixture
def stitch_emulator(
    request: pytest.FixtureRequest, _stitch_emulator_server: RunningEmulator
) -> RunningEmulator:
    """The session's emulator, reset before the test unless it is marked
    `stitch_keep_state`. Skipped with `--stitch-live`."""
    if request.node.get_closest_marker(KEEP_STATE_MARKER) is None:
        _stitch_emulator_server.reset()
    return _stitch_emulator_server


# ------------------------------------------------------------------ SDK sessions and apps


@pytest.fixture
def stitch_group_id(_stitch_service: Service) -> str:
    """The group (Atlas project) id: the emulator's, or `STITCH_ADMIN_GROUP_ID`."""
    return _stitch_service.group_id


@pytest.fixture
def stitch_login_options() -> dict[str, Any]:
    """Keyword arguments for `StitchAdmin.login` / `AsyncStitchAdmin.login` (none)."""
    return {}


@pytest.fixture(scope="session")
def _stitch_tls() -> ssl.SSLContext:
    """httpx's default TLS settings, made once: building them is most of what a login costs
    (about 30 ms of 40), and every test logs in."""
    import httpx

    return httpx.create_ssl_context()


@pytest.fixture
def _stitch_login(
    _stitch_service: Service, _stitch_tls: ssl.SSLContext, stitch_login_options: dict[str, Any]
) -> dict[str, Any]:
    """The arguments of this test's login (the key wrapped: a traceback that shows them, with
    `--showlocals`, must not show it)."""
    from stitch_admin_ext import Secret

    service = _stitch_service
    return {
        "username": service.username,
        "api_key": Secret(service.api_key),
        "base_url": service.base_url,
        "verify": _stitch_tls,
        **stitch_login_options,
    }


@pytest.fixture
def stitch_admin(_stitch_service: Service, _stitch_login: dict[str, Any]) -> Iterator[StitchAdmin]:
    """A `StitchAdmin` logged in for this test; logged out afterwards."""
    from stitch_admin_ext import StitchAdmin

    service = _stitch_service
    admin = StitchAdmin.login(**_stitch_login)
    with admin:
        yield admin
        service.before_cleanup()
        admin.logout()


@pytest.fixture
async def async_stitch_admin(
    _stitch_service: Service, _stitch_login: dict[str, Any]
) -> AsyncIterator[AsyncStitchAdmin]:
    """An `AsyncStitchAdmin` logged in for this (async) test; logged out afterwards."""
    from stitch_admin_ext import AsyncStitchAdmin

    service = _stitch_service
    admin = await AsyncStitchAdmin.login(**_stitch_login)
    async with admin:
        yield admin
        service.before_cleanup()
        await admin.logout()


def _app_name(request: pytest.FixtureRequest) -> str:
    """The test's name, made a valid app name, and unique (live runs may share a group)."""
    suffix = "-" + secrets.token_hex(3)
    stem = _NOT_IN_APP_NAME.sub("-", request.node.name).strip("-") or "test"
    return stem[: _APP_NAME_LENGTH - len(suffix)] + suffix


@pytest.fixture
def stitch_app(
    request: pytest.FixtureRequest, stitch_admin: StitchAdmin, _stitch_service: Service
) -> Iterator[AppHandle]:
    """A new app for this test, as a bound handle (`app.functions.create(...)`,
    `app.draft()`, ...); deleted afterwards."""
    from stitch_admin_ext import errors

    group_id = _stitch_service.group_id
    made = stitch_admin.group(group_id).apps.create(name=_app_name(request))
    app = stitch_admin.app(group_id, made.id)
    yield app
    _stitch_service.before_cleanup()
    with contextlib.suppress(errors.NotFoundError):  # the test deleted it
        app.apps.delete()


@pytest.fixture
async def async_stitch_app(
    request: pytest.FixtureRequest,
    async_stitch_admin: AsyncStitchAdmin,
    _stitch_service: Service,
) -> AsyncIterator[AsyncAppHandle]:
    """`stitch_app` for async tests: an `AsyncAppHandle`, deleted afterwards."""
    from stitch_admin_ext import errors

    group_id = _stitch_service.group_id
    made = await async_stitch_admin.group(group_id).apps.create(name=_app_name(request))
    app = async_stitch_admin.app(group_id, made.id)
    yield app
    _stitch_service.before_cleanup()
    with contextlib.suppress(errors.NotFoundError):  # the test deleted it
        await app.apps.delete()


# ------------------------------------------------------------------ async fixtures, either way

_ASYNC_FIXTURES = ("async_stitch_admin", "async_stitch_app")


def _for_pytest_asyncio(function: Any) -> types.FunctionType:
    """A copy of an async fixture function that pytest-asyncio runs in strict mode too (its
    `pytest_asyncio.fixture` decorator sets the same mark)."""
    copy = types.FunctionType(
        function.__code__,
        function.__globals__,
        function.__name__,
        function.__defaults__,
        function.__closure__,
    )
    copy.__kwdefaults__ = function.__kwdefaults__
    copy._force_asyncio_fixture = True  # type: ignore[attr-defined]
    copy._loop_scope = None  # type: ignore[attr-defined]
    return copy


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_fixture_setup(
    fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest
) -> Generator[None, object, object]:
    """The async fixtures run on the test's own event loop, whichever plugin runs the test:
    anyio's (a test that uses `anyio_backend`) handles them as they are; pytest-asyncio's, in
    strict mode, only handles fixtures marked for it, so they are marked for its tests (and
    only for them: a mark would make pytest-asyncio run them for anyio's tests too, on a loop
    of its own)."""
    function = fixturedef.func
    # This plugin's own definitions only: a conftest.py may override them.
    if fixturedef.argname not in _ASYNC_FIXTURES or function.__module__ != __name__:
        return (yield)
    if not inspect.iscoroutinefunction(getattr(request, "function", None)):
        pytest.fail(
            f"{fixturedef.argname} is for async tests (run by anyio's or pytest-asyncio's "
            "pytest plugin); a test that is not async uses stitch_admin or stitch_app",
            pytrace=False,
        )
    if "anyio_backend" in request.fixturenames or not request.config.pluginmanager.has_plugin(
        "asyncio"
    ):
        return (yield)
    # Marked until the test ends: pytest-asyncio checks the mark again when it runs the test.
    fixturedef.func = _for_pytest_asyncio(function)  # type: ignore[misc]
    request.node.addfinalizer(lambda: setattr(fixturedef, "func", function))
    return (yield)
