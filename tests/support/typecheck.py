"""Type-checking code as a user's would be: ``mypy --strict`` with the project's configuration,
and the types its ``reveal_type`` calls show."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from support import spec

_REVEALED = re.compile(r'Revealed type is "([^"]+)"')


def mypy_strict(*paths: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on ``paths`` (files or folders), from the project's root."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(spec.ROOT / "pyproject.toml"),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        cwd=spec.ROOT,
        check=False,
    )


def revealed(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The types ``reveal_type`` showed, in order."""
    return _REVEALED.findall(result.stdout)


def errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    """mypy's error lines."""
    return [line for line in result.stdout.splitlines() if ": error:" in line]
