"""Run the response fuzzer at full size and print what the cases ended as, per tag.

    python tools/fuzz.py                  # 10,000 cases per tag, on every core
    python tools/fuzz.py --examples 500   # a quicker look

Each tag's sync and async runs (tests/fuzz/test_response_fuzz.py::test_fuzz) is a pytest
process of its own; ``--jobs`` of them run at a time, the slowest tags first. Their counts are
added up and printed with the run time. The exit status is non-zero if any run failed, and
every failing run's output is shown.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.fuzz_targets import targets  # noqa: E402 (after the path is set)
from support.fuzzing import Tally  # noqa: E402

TESTS = "tests/fuzz/test_response_fuzz.py"
# These make several requests a case (and wait for deployments): started first.
SLOW_TAGS = ("Drafts", "Deployments", "Logs", "Administrator auth")


def run(test_id: str, examples: int, scratch: Path, index: int) -> tuple[int, str, Path]:
    counts = scratch / f"{index}.json"
    env = {
        **os.environ,
        "STITCH_FUZZ_EXAMPLES": str(examples),
        "STITCH_FUZZ_TALLY": str(counts),
    }
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:logging"]
    result = subprocess.run(
        [*command, f"{TESTS}::{test_id}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="sync cases per tag")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    args = parser.parse_args()
    tags = sorted(targets(), key=lambda tag: (tag not in SLOW_TAGS, tag))
    test_ids = [f"test_fuzz[{flavour}-{tag}]" for tag in tags for flavour in ("sync", "async")]
    started = time.monotonic()
    tally = Tally()
    status = 0
    with (
        tempfile.TemporaryDirectory(prefix="stitch-fuzz-") as scratch,
        concurrent.futures.ThreadPoolExecutor(args.jobs) as pool,
    ):
        runs = [
            pool.submit(run, test_id, args.examples, Path(scratch), index)
            for index, test_id in enumerate(test_ids)
        ]
        for test_id, future in zip(test_ids, runs, strict=True):
            code, output, counts = future.result()
            if code:
                status = status or code
                print(f"--- {test_id} failed:\n{output}", file=sys.stderr)
            if counts.exists():
                tally.merge(counts.read_text(encoding="utf-8"))
    print("response fuzzing: cases per tag")
    for line in tally.lines():
        print(line)
    print(f"run time: {time.monotonic() - started:.0f} s, {args.jobs} at a time")
    return status


if __name__ == "__main__":
    sys.exit(main())
