"""Injected faults against the emulator: what is retried, what is not, and what it costs."""

from __future__ import annotations

import time

import pytest
from stitch_admin_client.api.apps import delete_app, get_app, list_apps
from stitch_admin_client.api.values import create_value, delete_value, list_values, update_value
from stitch_admin_client.models import ValueInput
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import RetryPolicy, StitchAdmin, errors

from .conftest import login

VALUES = "/groups/*/apps/*/values"


def value_names(admin: StitchAdmin, group: str, app_id: str) -> list[str]:
    return [v.name for v in list_values.sync(group, app_id, client=admin.client)]


@pytest.mark.parametrize("action", ["status", "drop", "truncate"])
def test_idempotent_calls_survive_faults_within_their_retry_budget(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str, action: str
) -> None:
    group = emulator.group_id
    extra = {"status": 503} if action == "status" else {}
    control.reset_counters()
    control.fault(action, method="GET", path=f"/groups/*/apps/{app_id}", times=3, **extra)
    assert get_app.sync(group, app_id, client=admin.client).id == app_id
    assert control.requests("GET /groups/{groupId}/apps/{appId}") == 4
    created = create_value.sync(
        group, app_id, client=admin.client, body=ValueInput(name="v", value=1)
    )
    control.fault(action, method="PUT", path=f"{VALUES}/*", times=2, when="after", **extra)
    update_value.sync(
        group, app_id, created.id, client=admin.client, body=ValueInput(name="v", value=2)
    )
    control.fault(action, method="DELETE", path=f"{VALUES}/*", times=1, **extra)
    delete_value.sync(group, app_id, created.id, client=admin.client)
    assert value_names(admin, group, app_id) == []


@pytest.mark.parametrize("action", ["drop", "truncate"])
def test_a_delete_whose_answer_is_lost_after_it_happened_succeeds(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str, action: str
) -> None:
    group = emulator.group_id
    created = create_value.sync(group, app_id, client=admin.client, body=ValueInput(name="v"))
    control.reset_counters()
    control.fault(action, method="DELETE", path=f"{VALUES}/*", times=1, when="after")
    delete_value.sync(group, app_id, created.id, client=admin.client)  # deleted, not NotFound
    assert control.requests("DELETE /groups/{groupId}/apps/{appId}/values/{valueId}") == 2
    assert value_names(admin, group, app_id) == []
    with pytest.raises(errors.NotFoundError):  # a delete of nothing still says so
        delete_value.sync(group, app_id, created.id, client=admin.client)


@pytest.mark.parametrize(
    ("action", "expected"), [("drop", errors.TransportError), ("truncate", errors.TransportError)]
)
def test_a_post_whose_answer_is_lost_is_not_repeated(
    emulator: RunningEmulator,
    admin: StitchAdmin,
    control: Control,
    app_id: str,
    action: str,
    expected: type[Exception],
) -> None:
    group = emulator.group_id
    control.fault(action, method="POST", path=VALUES, times=1, when="after")
    with pytest.raises(expected):
        create_value.sync(group, app_id, client=admin.client, body=ValueInput(name="once"))
    assert value_names(admin, group, app_id) == ["once"]  # created exactly once, not twice
    assert control.requests("POST /groups/{groupId}/apps/{appId}/values") == 1


def test_a_post_answered_503_is_not_retried(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    control.fault("status", method="POST", path=VALUES, times=1, status=503, retry_after="0")
    with pytest.raises(errors.ServerError) as caught:
        create_value.sync(emulator.group_id, app_id, client=admin.client, body=ValueInput(name="v"))
    assert caught.value.status_code == 503
    assert control.requests("POST /groups/{groupId}/apps/{appId}/values") == 1
    assert value_names(admin, emulator.group_id, app_id) == []


def test_retry_after_is_honoured(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control
) -> None:
    control.fault(
        "status", method="GET", path="/groups/*/apps", times=1, status=429, retry_after="1"
    )
    started = time.monotonic()
    assert list_apps.sync(emulator.group_id, client=admin.client) == []
    assert (
        time.monotonic() - started >= 0.9
    )  # waited as told (an upper bound would be a speed test)


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_a_retry_after_beyond_the_budget_is_raised_at_once(
    emulator: RunningEmulator, control: Control, app_id: str, method: str
) -> None:
    with login(emulator, retry=RetryPolicy(attempts=3, total_timeout=60)) as admin:
        control.reset_counters()
        control.fault(
            "status", method=method, path=f"/groups/*/apps/{app_id}", status=429, retry_after="1000"
        )
        call = get_app.sync if method == "GET" else delete_app.sync
        with pytest.raises(errors.RateLimitError) as caught:
            call(emulator.group_id, app_id, client=admin.client)
        assert caught.value.retry_after == 1000
        # Asked once: no wait and early retry (a wait always ends in a retry).
        assert control.requests(f"{method} /groups/{{groupId}}/apps/{{appId}}") == 1
        assert get_app.sync(emulator.group_id, app_id, client=admin.client).id == app_id


def test_exhausted_retries_surface_the_last_answer_as_a_typed_error(
    emulator: RunningEmulator, control: Control
) -> None:
    with login(emulator, retry=RetryPolicy(attempts=2, backoff_factor=0.01)) as admin:
        control.fault(
            "status", method="GET", path="/groups/*/apps", times=5, status=429, retry_after="0"
        )
        with pytest.raises(errors.RateLimitError) as caught:
            list_apps.sync(emulator.group_id, client=admin.client)
        assert caught.value.retry_after == 0
        assert control.requests("GET /groups/{groupId}/apps") == 3


def test_slow_answers_beyond_the_timeout_are_typed_timeouts(
    emulator: RunningEmulator, control: Control
) -> None:
    with login(emulator, timeout=0.3, retry=RetryPolicy(attempts=1, backoff_factor=0.01)) as admin:
        control.fault("delay", method="GET", path="/groups/*/apps", times=2, delay=1.5)
        with pytest.raises(errors.RequestTimeoutError, match="timed out"):
            list_apps.sync(emulator.group_id, client=admin.client)
        control.clear_faults()
        assert list_apps.sync(emulator.group_id, client=admin.client) == []


def test_retries_can_be_turned_off(emulator: RunningEmulator, control: Control) -> None:
    with login(emulator, retry=False) as admin:
        control.fault("status", method="GET", path="/groups/*/apps", times=1, status=503)
        with pytest.raises(errors.ServerError):
            list_apps.sync(emulator.group_id, client=admin.client)
        assert control.requests("GET /groups/{groupId}/apps") == 1
