"""stitch_admin_emulator: a stateful local server that behaves like the Stitch Admin API v3.0.

Every operation of `openapi/stitch-admin-v3.yaml` is served under `/api/admin/v3.0` from
in-memory state, with the live service's behaviour where it differs from the reference page
(token refresh answering 201, drafts listed as an array, trigger deletes answering `200 {}`,
...). Use it from Python:

    from stitch_admin_emulator import EmulatorConfig, run_in_thread

    with run_in_thread(EmulatorConfig(access_token_ttl=1.0)) as emu:
        emu.base_url      # "http://127.0.0.1:PORT", the origin clients are given
        emu.api_url       # base_url + "/api/admin/v3.0"
        emu.group_id, emu.public_key, emu.private_key

or from a shell: `python -m stitch_admin_emulator --help` (the first line it prints is the base
URL). `create_app(config)` gives the Starlette app for in-process use.

What to expect:

- Administrators log in with an API key pair (`mongodb-cloud`) or username and password
  (`local`); tokens are HS256 JWTs signed with a per-process secret.
- While an administrator has a draft, their configuration reads and writes use the draft's
  copy; a deployment applies the draft's changes after `deploy_delay` seconds
  (`created`, then `pending`, then `successful` or `failed`).
- Functions run in V8 (mini-racer) in worker processes, with a time and a memory limit; each
  run is logged.
- The log pages newest first with the service's `nextEndDate`/`nextSkip` cursor.

Emulator-only control endpoints live under `/_emulator/` (loopback clients only, no token):
seed logs, pending registrations and user devices, add administrators, choose how the next
deployment ends, inject faults (`status`, `delay`, `drop`, `truncate`), read counters,
expire every access token, reset the state, and fetch a hosted file's bytes. See
`stitch_admin_emulator.control` and `stitch_admin_emulator.faults`.
"""

from stitch_admin_emulator.app import create_app
from stitch_admin_emulator.exchange import Exchange
from stitch_admin_emulator.server import RunningEmulator, run_in_thread
from stitch_admin_emulator.settings import EmulatorConfig

__all__ = ["EmulatorConfig", "Exchange", "RunningEmulator", "create_app", "run_in_thread"]
