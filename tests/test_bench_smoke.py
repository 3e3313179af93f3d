"""The benchmark code runs (tiny sizes, nothing measured): `make bench` cannot rot unnoticed.

The loopback scenarios run against a stand-in for the emulator's contract
(``support/stub_emulator``) until the emulator itself is merged.
"""

from __future__ import annotations

import os
import subprocess
import sys

from support import spec

STUB = spec.ROOT / "tests" / "support" / "stub_emulator"


def run(*args: str, stub: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if stub:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(STUB), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, *args],
        cwd=spec.ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_quick_bench_run_prints_every_scenario() -> None:
    result = run("-m", "bench", "--quick", stub=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for scenario in ("1", "2", "3", "4", "5", "6", "7"):
        assert any(line.startswith(f"{scenario} ") for line in lines), scenario


def test_without_the_emulator_its_scenarios_say_why_they_are_skipped() -> None:
    code = "from bench.emulator import unavailable; print(unavailable())"
    result = run("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() in (
        "stitch_admin_emulator not installed",
        "stitch_admin_emulator has no run_in_thread",
        "None",  # once the emulator is merged
    )
