"""The benchmark code runs (tiny sizes, nothing measured): `make bench` cannot rot unnoticed."""

from __future__ import annotations

import subprocess
import sys

from support import spec


def test_the_quick_bench_run_prints_every_scenario() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        cwd=spec.ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for scenario in ("1", "2", "3", "4", "7"):
        assert any(line.startswith(f"{scenario} ") for line in lines), scenario
    for scenario in ("5", "6"):
        assert any(
            line.startswith(f"{scenario} ") or line.startswith(f"scenario {scenario}:")
            for line in lines
        ), scenario
