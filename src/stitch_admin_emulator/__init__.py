"""stitch_admin_emulator: a stateful local server that behaves like the Stitch Admin API v3.0.

Every operation of `openapi/stitch-admin-v3.yaml` is served under `/api/admin/v3.0`, with the
live service's behaviour where it differs from the reference page (token refresh answering 201,
drafts listed as an array, trigger deletes answering `200 {}`, ...). Use it from Python:

    from stitch_admin_emulator import EmulatorConfig, run_in_thread

    with run_in_thread(EmulatorConfig(access_token_ttl=1.0)) as emu:
        emu.base_url      # "http://127.0.0.1:PORT", the origin clients are given
        emu.api_url       # base_url + "/api/admin/v3.0"
        emu.group_id, emu.public_key, emu.private_key

or from a shell: `python -m stitch_admin_emulator --help` (the first line it prints is the base
URL). `create_app(config)` gives the Starlette app for in-process use. Under pytest, the
package's plugin (`stitch_admin_emulator.pytest_plugin`) gives tests the emulator and logged-in
SDK sessions as fixtures.

What to expect:

- Administrators log in with an API key pair (`mongodb-cloud`) or username and password
  (`local`); tokens are HS256 JWTs.
- While an administrator has a draft, their configuration reads and writes use the draft's
  copy; a deployment applies the draft's changes after `deploy_delay` seconds
  (`created`, then `pending`, then `successful` or `failed`).
- Functions run in V8 (mini-racer) in worker processes, with a time and a memory limit; each
  run is logged.
- The log pages newest first with the service's `nextEndDate`/`nextSkip` cursor.
- State lives in memory, or durably in `EmulatorConfig(data_dir=...)` (`--data-dir`).

Emulator-only control endpoints live under `/_emulator/`: seed logs, pending registrations and
user devices, add administrators, choose how the next deployment ends, inject faults
(`status`, `delay`, `drop`, `truncate`), read counters, expire every access token, reset the
state, and fetch a hosted file's bytes. See `stitch_admin_emulator.control` and
`stitch_admin_emulator.faults`.

The names below are imported when first used: `import stitch_admin_emulator` stays cheap and
needs none of the server's dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stitch_admin_emulator.app import create_app
    from stitch_admin_emulator.control_client import (
        AsyncEmulatorControl,
        ControlError,
        Counters,
        EmulatorControl,
        LogEntrySeed,
    )
    from stitch_admin_emulator.exchange import Exchange
    from stitch_admin_emulator.server import RunningEmulator, run_in_thread
    from stitch_admin_emulator.settings import EmulatorConfig

__all__ = [
    "AsyncEmulatorControl",
    "ControlError",
    "Counters",
    "EmulatorConfig",
    "EmulatorControl",
    "Exchange",
    "LogEntrySeed",
    "RunningEmulator",
    "create_app",
    "run_in_thread",
]

# Where each public name lives.
_HOMES = {
    "AsyncEmulatorControl": "stitch_admin_emulator.control_client",
    "ControlError": "stitch_admin_emulator.control_client",
    "Counters": "stitch_admin_emulator.control_client",
    "EmulatorControl": "stitch_admin_emulator.control_client",
    "LogEntrySeed": "stitch_admin_emulator.control_client",
    "EmulatorConfig": "stitch_admin_emulator.settings",
    "Exchange": "stitch_admin_emulator.exchange",
    "RunningEmulator": "stitch_admin_emulator.server",
    "create_app": "stitch_admin_emulator.app",
    "run_in_thread": "stitch_admin_emulator.server",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'stitch_admin_emulator' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
