"""How the automation copes with a service that fails: faults injected into the emulator."""

import pytest

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import errors
from stitch_admin_ext.handles import AppHandle

VALUES = "/groups/{groupId}/apps/{appId}/values"


def test_a_503_with_retry_after_is_retried(
    stitch_emulator: RunningEmulator, stitch_app: AppHandle
) -> None:
    with stitch_emulator.inject_fault(
        "status", status=503, retry_after=0, method="GET", path="/groups/*/apps/*/values"
    ):
        assert stitch_app.values.list() == []
    assert stitch_emulator.counters().requests_to("GET", VALUES) == 2


def test_a_dropped_create_is_not_repeated(
    stitch_emulator: RunningEmulator, stitch_app: AppHandle
) -> None:
    with (
        stitch_emulator.inject_fault("drop", method="POST", path="/groups/*/apps/*/values"),
        pytest.raises(errors.TransportError),
    ):
        stitch_app.values.create(name="greeting", value="hello")
    assert stitch_emulator.counters().requests_to("POST", VALUES) == 1


def test_a_failed_deployment_raises(
    stitch_emulator: RunningEmulator, stitch_app: AppHandle
) -> None:
    stitch_emulator.next_deployment(stitch_app.app_id, outcome="failed", error_message="quota")
    with pytest.raises(errors.DeploymentFailedError, match="quota"), stitch_app.draft():
        stitch_app.values.create(name="greeting", value="hello")
