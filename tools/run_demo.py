"""`make demo`: run examples/deploy_function.py against the local emulator, or a real service.

With none of the STITCH_ADMIN_* variables set, start the emulator on a free loopback port
(`python -m stitch_admin_emulator --port 0`), point the example at it, then stop it. With any of
them set, run the example against that service instead; the example says what is missing or
malformed. Failures end with one clear line and a non-zero exit status, not a traceback.

Uses the standard library only, so that it can explain a broken installation.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "deploy_function.py"
VARIABLES = (
    "STITCH_ADMIN_BASE_URL",
    "STITCH_ADMIN_USERNAME",
    "STITCH_ADMIN_API_KEY",
    "STITCH_ADMIN_GROUP_ID",
)
STARTUP_SECONDS = 30.0


class DemoError(Exception):
    """The demo cannot run; the message says why and what to do."""


def check_installation() -> None:
    missing = []
    for module in ("stitch_admin_client", "stitch_admin_ext", "stitch_admin_emulator"):
        try:
            __import__(module)
        except ImportError as exc:
            missing.append(f"{module} ({exc})")
    if missing:
        raise DemoError(
            "the project is not installed in this environment: "
            + "; ".join(missing)
            + ". Run `make venv` (or `pip install -e '.[emulator]'`)."
        )


def _reader(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in iter(stream.readline, ""):  # type: ignore[attr-defined]
        lines.put(line.rstrip("\n"))
    lines.put(None)


def start_emulator(port: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """Start the emulator; return the process and the environment that points at it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "stitch_admin_emulator", "--host", "127.0.0.1", "--port", port],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True).start()
    errors: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_reader, args=(process.stderr, errors), daemon=True).start()
    found: dict[str, str] = {}
    try:
        while not {"url", "group_id", "api_key"} <= found.keys():
            line = lines.get(timeout=STARTUP_SECONDS)
            if line is None:
                break
            if "url" not in found and line.startswith("http"):
                found["url"] = line.strip()
            elif match := re.match(r"\s*group[_ ]id\s*[:=]\s*(\S+)", line, re.IGNORECASE):
                found["group_id"] = match.group(1)
            elif match := re.match(r"\s*api[_ ]key\s*[:=]\s*(\S+):(\S+)", line, re.IGNORECASE):
                found["api_key"] = f"{match.group(1)}:{match.group(2)}"
    except queue.Empty:
        pass
    if not {"url", "group_id", "api_key"} <= found.keys():
        stop(process)
        said = []
        while (line := errors.get(timeout=5)) is not None:
            said.append(line.strip())
        detail = " ".join(line for line in said[-3:] if line) or "it printed no startup lines"
        raise DemoError(f"the emulator did not start: {detail}")
    public, private = found["api_key"].split(":", 1)
    env = {
        "STITCH_ADMIN_BASE_URL": found["url"],
        "STITCH_ADMIN_USERNAME": public,
        "STITCH_ADMIN_API_KEY": private,
        "STITCH_ADMIN_GROUP_ID": found["group_id"],
    }
    return process, env


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_example(env: dict[str, str]) -> int:
    result = subprocess.run([sys.executable, str(EXAMPLE)], env={**os.environ, **env}, check=False)
    return result.returncode


def main() -> int:
    try:
        check_installation()
        if any(os.environ.get(name) for name in VARIABLES):
            print(
                f"demo: running against {os.environ.get('STITCH_ADMIN_BASE_URL') or '(unset)'}",
                flush=True,
            )
            return run_example({})
        process, env = start_emulator(os.environ.get("EMULATOR_PORT", "0"))
        print(f"demo: emulator running at {env['STITCH_ADMIN_BASE_URL']}", flush=True)
        try:
            code = run_example(env)
        finally:
            stop(process)
        print(
            "demo: done" if code == 0 else f"demo: the example failed (exit status {code})",
            flush=True,
        )
        return code
    except DemoError as exc:
        print(f"demo: {exc}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("demo: interrupted", file=sys.stderr, flush=True)
        return 130


if __name__ == "__main__":
    sys.exit(main())
