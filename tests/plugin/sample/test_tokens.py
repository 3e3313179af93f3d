"""The session outlives its tokens: expired at will by the emulator."""

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin


def test_an_expired_access_token_is_refreshed(
    stitch_emulator: RunningEmulator, stitch_admin: StitchAdmin, stitch_group_id: str
) -> None:
    stitch_emulator.expire_tokens()
    assert stitch_admin.group(stitch_group_id).apps.list() == []
    counters = stitch_emulator.counters()
    assert (counters.logins, counters.refreshes) == (1, 1)


def test_a_dead_session_logs_in_again(
    stitch_emulator: RunningEmulator, stitch_admin: StitchAdmin, stitch_group_id: str
) -> None:
    stitch_emulator.expire_tokens(refresh_tokens=True)
    assert stitch_admin.group(stitch_group_id).apps.list() == []
    assert stitch_emulator.counters().logins == 2
