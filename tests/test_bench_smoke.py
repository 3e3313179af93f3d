"""The benchmark code runs (tiny sizes, nothing measured): `make bench` cannot rot unnoticed."""

from __future__ import annotations

import subprocess
import sys

from support import spec


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=spec.ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_quick_bench_run_prints_every_scenario() -> None:
    result = run("-m", "bench", "--quick")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for scenario in ("1", "2", "3", "4", "5", "6", "7", "9"):
        assert any(line.startswith(f"{scenario} ") for line in lines), scenario
    # 5, 6 and 9 ran against the emulator (8 is left out of the quick run on purpose).
    assert not any(line.startswith(("scenario 5", "scenario 6", "scenario 9")) for line in lines)
    # Per-call figures over loopback sockets, and every figure says what it includes.
    assert any("(loopback; call only)" in line for line in lines)
    assert any("(loopback; every entry read)" in line for line in lines)
    assert any("entries kept, none read" in line and "memory per entry" in line for line in lines)
    # The parallel exports read the same entries in the same order as the sequential one.
    assert sum("every export yields the sequential entries" in line for line in lines) == 2
    assert not any("identical MISSED" in line for line in lines)


def test_without_the_emulator_its_scenarios_say_why_they_are_skipped() -> None:
    check = "from bench.emulator import unavailable; print(unavailable())"
    assert run("-c", check).stdout.strip() == "None"
    blocked = run("-c", f"import sys; sys.modules['stitch_admin_emulator'] = None; {check}")
    assert blocked.returncode == 0, blocked.stderr
    assert blocked.stdout.strip() == "stitch_admin_emulator not installed"


def test_the_quick_function_bench_prints_every_figure() -> None:
    result = run("-m", "bench.functions", "--quick")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for start in ("runs/s at concurrency  1", "runs/s at concurrency 16", "server process RSS"):
        assert any(line.startswith(start) for line in lines), start
