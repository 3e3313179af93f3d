"""Each test starts from an empty emulator, unless it is marked to keep what came before."""

import pytest

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import StitchAdmin

# These tests are about the emulator's state: asking for `stitch_emulator` skips them in live
# runs, where the group may hold other apps (and an app left behind would stay).


def test_an_app_is_left_behind(
    stitch_emulator: RunningEmulator, stitch_admin: StitchAdmin, stitch_group_id: str
) -> None:
    stitch_admin.group(stitch_group_id).apps.create(name="left-behind")


@pytest.mark.stitch_keep_state
def test_a_test_that_keeps_state_sees_it(
    stitch_emulator: RunningEmulator, stitch_admin: StitchAdmin, stitch_group_id: str
) -> None:
    names = [app.name for app in stitch_admin.group(stitch_group_id).apps.list()]
    assert names == ["left-behind"]


def test_the_next_test_starts_empty(
    stitch_emulator: RunningEmulator, stitch_admin: StitchAdmin, stitch_group_id: str
) -> None:
    assert stitch_admin.group(stitch_group_id).apps.list() == []
    assert stitch_emulator.faults() == []
