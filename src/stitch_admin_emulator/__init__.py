"""stitch_admin_emulator: a stateful local server that behaves like the Stitch Admin API v3.0.

    from stitch_admin_emulator import EmulatorConfig, run_in_thread

    with run_in_thread(EmulatorConfig(access_token_ttl=1.0)) as emu:
        emu.base_url, emu.api_url, emu.group_id, emu.public_key, emu.private_key

`python -m stitch_admin_emulator` runs it in the foreground; `create_app` gives the ASGI app.
"""

from stitch_admin_emulator.app import create_app
from stitch_admin_emulator.exchange import Exchange
from stitch_admin_emulator.server import RunningEmulator, run_in_thread
from stitch_admin_emulator.settings import EmulatorConfig

__all__ = ["EmulatorConfig", "Exchange", "RunningEmulator", "create_app", "run_in_thread"]
