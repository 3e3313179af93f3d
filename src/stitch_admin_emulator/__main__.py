"""`python -m stitch_admin_emulator`: run the emulator in the foreground until SIGINT or SIGTERM.

The first line of standard output is the base URL (`http://127.0.0.1:PORT`); then come the
group id, the API key pair it accepts, the control token for `/_emulator/` (and the demo app's
id with `--seed-logs`).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from contextlib import ExitStack
from types import FrameType

from stitch_admin_emulator.settings import EmulatorConfig

PROG = "stitch-emulator"
# What the server needs beyond the standard library, from the `emulator` extra.
_EXTRA_MODULES = ("starlette", "uvicorn", "py_mini_racer")


def _key_pair(text: str) -> tuple[str, str]:
    public, colon, private = text.partition(":")
    if not (colon and public and private):
        raise argparse.ArgumentTypeError("expected PUBLIC:PRIVATE")
    return public, private


def _parser() -> argparse.ArgumentParser:
    defaults = EmulatorConfig()
    parser = argparse.ArgumentParser(
        prog="python -m stitch_admin_emulator",
        description="A local, stateful MongoDB Stitch Admin API v3.0 server.",
    )
    parser.add_argument("--host", default=defaults.host, help="address to listen on")
    parser.add_argument("--port", type=int, default=defaults.port, help="0 picks a free port")
    parser.add_argument(
        "--api-key",
        type=_key_pair,
        default=(defaults.public_key, defaults.private_key),
        metavar="PUBLIC:PRIVATE",
        help="the administrator API key pair the emulator accepts",
    )
    parser.add_argument("--group-id", default=defaults.group_id, metavar="24HEX")
    parser.add_argument("--access-token-ttl", type=float, default=defaults.access_token_ttl)
    parser.add_argument("--refresh-token-ttl", type=float, default=defaults.refresh_token_ttl)
    parser.add_argument("--deploy-delay", type=float, default=defaults.deploy_delay)
    parser.add_argument(
        "--seed-logs",
        type=int,
        default=0,
        metavar="N",
        help="create an app named 'demo' whose log holds N generated entries",
    )
    parser.add_argument(
        "--data-dir",
        default=None,
        metavar="DIR",
        help="keep the state in DIR (created if missing) across restarts; default: memory only",
    )
    parser.add_argument(
        "--function-workers",
        type=int,
        default=defaults.function_workers,
        metavar="N",
        help="worker processes that run functions' JavaScript",
    )
    parser.add_argument("--function-time-limit", type=float, default=defaults.function_time_limit)
    parser.add_argument(
        "--function-memory-limit",
        type=int,
        default=defaults.function_memory_limit,
        metavar="BYTES",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    public_key, private_key = args.api_key
    try:
        config = EmulatorConfig(
            public_key=public_key,
            private_key=private_key,
            group_id=args.group_id,
            access_token_ttl=args.access_token_ttl,
            refresh_token_ttl=args.refresh_token_ttl,
            deploy_delay=args.deploy_delay,
            host=args.host,
            port=args.port,
            seed_logs=args.seed_logs,
            function_time_limit=args.function_time_limit,
            function_memory_limit=args.function_memory_limit,
            function_workers=args.function_workers,
            data_dir=args.data_dir,
        )
    except ValueError as exc:
        parser.error(str(exc))
    try:
        from stitch_admin_emulator.server import run_in_thread  # noqa: PLC0415
    except ModuleNotFoundError as exc:
        if exc.name not in _EXTRA_MODULES:
            raise
        print(
            f"{PROG}: the emulator needs the 'emulator' extra ({exc.name} is missing): "
            "pip install 'stitch-admin[emulator]'",
            file=sys.stderr,
        )
        return 1
    from stitch_admin_emulator.persistence import DataDirError  # noqa: PLC0415

    logging.basicConfig(level=logging.WARNING, format=f"{PROG}: %(levelname)s %(message)s")

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # The server runs in a thread, so these handlers (not uvicorn's) decide how the process
    # ends: a clean exit with status 0.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, request_stop)
    with ExitStack() as stack:
        try:
            emulator = stack.enter_context(run_in_thread(config))
        except DataDirError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            reason = exc.strerror or str(exc)
            print(
                f"{PROG}: cannot listen on {config.host}:{config.port}: {reason}", file=sys.stderr
            )
            return 1
        print(emulator.base_url, flush=True)
        print(f"group_id: {emulator.group_id}")
        print(f"api_key: {emulator.public_key}:{emulator.private_key}")
        print(f"control_token: {emulator.control_token}")
        if emulator.emulator.demo_app is not None:
            print(f"demo_app_id: {emulator.emulator.demo_app.id}")
        sys.stdout.flush()
        stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
