"""Run the response fuzzer at full size and print what the cases ended as, per tag.

    python tools/fuzz.py                  # 10,000 cases per tag, one process per core
    python tools/fuzz.py --examples 500   # a quicker look

Each process fuzzes a share of the tags (tests/fuzz/test_response_fuzz.py with
STITCH_FUZZ_SHARD); their counts are added up and printed with the run time. The exit status
is the first failing process's; every failing process's output is shown.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.fuzzing import Tally  # noqa: E402 (after the path is set)

TESTS = "tests/fuzz/test_response_fuzz.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="sync cases per tag")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    args = parser.parse_args()
    started = time.monotonic()
    tally = Tally()
    status = 0
    with tempfile.TemporaryDirectory(prefix="stitch-fuzz-") as scratch:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        command += ["-p", "no:logging", TESTS, "-k", "test_fuzz"]
        runs = []
        for shard in range(args.jobs):
            env = {
                **os.environ,
                "STITCH_FUZZ_EXAMPLES": str(args.examples),
                "STITCH_FUZZ_SHARD": f"{shard}/{args.jobs}",
                "STITCH_FUZZ_TALLY": f"{scratch}/{shard}.json",
            }
            log = Path(scratch, f"{shard}.log")
            with log.open("w", encoding="utf-8") as out:
                runs.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out))
        for shard, process in enumerate(runs):
            code = process.wait()
            if code:
                status = status or code
                output = Path(scratch, f"{shard}.log").read_text(encoding="utf-8")
                print(f"--- fuzzing process {shard} failed:\n{output}", file=sys.stderr)
            counts = Path(scratch, f"{shard}.json")
            if counts.exists():
                tally.merge(counts.read_text(encoding="utf-8"))
    print("response fuzzing: cases per tag")
    for line in tally.lines():
        print(line)
    print(f"run time: {time.monotonic() - started:.0f} s on {args.jobs} processes")
    return status


if __name__ == "__main__":
    sys.exit(main())
