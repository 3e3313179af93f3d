"""The emulator package stands alone: it shares no code with the client it tests.

The rule, precisely: no module of the package imports the generated client
(`stitch_admin_client`) or the SDK (`stitch_admin_ext`) when it is imported, the server's
modules never do, and its pytest plugin imports the SDK only when a test uses one of its SDK
fixtures (`stitch_admin`, `stitch_app`, ...): a test that only drives the emulator never loads
it.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest
from support.users_suites import NOT_THEIRS

import stitch_admin_emulator

CLIENT = ("stitch_admin_client", "stitch_admin_ext")


def all_modules() -> list[str]:
    return [
        module.name
        for module in pkgutil.walk_packages(
            stitch_admin_emulator.__path__, "stitch_admin_emulator."
        )
    ]


def test_no_emulator_module_imports_the_client_or_its_extension() -> None:
    modules = ["stitch_admin_emulator", *all_modules()]
    assert {"stitch_admin_emulator.server", "stitch_admin_emulator.pytest_plugin"} <= set(modules)
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.startswith({CLIENT!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_plugin_imports_the_sdk_only_when_its_sdk_fixtures_run(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        f"""
        import sys

        def loaded():
            return sorted(m for m in sys.modules if m.startswith({CLIENT!r}))

        def test_driving_the_emulator_alone(stitch_emulator):
            stitch_emulator.inject_fault("status", status=503)
            assert stitch_emulator.counters().faults_injected == 0
            assert loaded() == []

        def test_then_a_session(stitch_admin):
            assert "stitch_admin_ext" in loaded()
        """
    )
    # A new interpreter: this one has loaded the SDK long ago.
    pytester.runpytest_subprocess(*NOT_THEIRS).assert_outcomes(passed=2)


def test_every_module_says_what_it_is_for() -> None:
    for name in ["stitch_admin_emulator", *all_modules()]:
        docstring = importlib.import_module(name).__doc__
        assert docstring, f"{name} has no module docstring"
        assert docstring.strip()
