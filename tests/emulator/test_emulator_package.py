"""The emulator package stands alone: it shares no code with the client it tests."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import stitch_admin_emulator


def all_modules() -> list[str]:
    return [
        module.name
        for module in pkgutil.walk_packages(
            stitch_admin_emulator.__path__, "stitch_admin_emulator."
        )
    ]


def test_no_emulator_module_imports_the_client_or_its_extension() -> None:
    modules = ["stitch_admin_emulator", *all_modules()]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "client = ('stitch_admin_client', 'stitch_admin_ext')\n"
        "print(sorted(m for m in sys.modules if m.startswith(client)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_every_module_says_what_it_is_for() -> None:
    for name in ["stitch_admin_emulator", *all_modules()]:
        docstring = importlib.import_module(name).__doc__
        assert docstring, f"{name} has no module docstring"
        assert docstring.strip()
