"""Sessions against the emulator: login, refresh (ahead of time and on 401), replay, logout."""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from stitch_admin_client.api.administrator_auth import get_profile
from stitch_admin_client.api.apps import list_apps
from stitch_admin_client.api.values import create_value, get_value, list_values
from stitch_admin_client.models import ValueInput
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import AsyncStitchAdmin, StitchAdmin, errors

from .conftest import QUICK_RETRIES, login


def test_login_with_an_api_key_pair_and_with_a_password(emulator: RunningEmulator) -> None:
    with login(emulator) as admin:
        profile = get_profile.sync(client=admin.client)
        assert profile.user_id == admin.user_id
        assert [role.group_id for role in profile.roles or []] == [emulator.group_id]
    with StitchAdmin.login(
        emulator.public_key,
        password=emulator.private_key,
        provider="local",
        base_url=emulator.base_url,
    ) as admin:
        assert list_apps.sync(emulator.group_id, client=admin.client) == []


def test_wrong_credentials_raise_authentication_error(emulator: RunningEmulator) -> None:
    with pytest.raises(errors.AuthenticationError) as caught:
        StitchAdmin.login(emulator.public_key, "not-the-key", base_url=emulator.base_url)
    assert caught.value.status_code == 401
    assert "not authorized" in str(caught.value)
    assert "not-the-key" not in str(caught.value)


def test_another_group_is_refused(admin: StitchAdmin) -> None:
    with pytest.raises((errors.NotFoundError, errors.PermissionDeniedError)) as caught:
        list_apps.sync("5e8f000000000000000000ff", client=admin.client)
    assert caught.value.error


def test_refresh_ahead_of_expiry_with_one_second_tokens(
    start_emulator: Callable[..., RunningEmulator],
) -> None:
    emulator = start_emulator(access_token_ttl=1.0)
    control = Control(emulator)
    with login(emulator) as admin:
        for _ in range(3):
            list_apps.sync(emulator.group_id, client=admin.client)
        assert control.counters()["refreshes"] == 0
        time.sleep(0.8)  # within a quarter of the lifetime of expiring: refresh before sending
        list_apps.sync(emulator.group_id, client=admin.client)
        counters = control.counters()
        assert counters["refreshes"] == 1
        assert counters["statuses"].get("401", 0) == 0  # no call was ever refused
    control.close()


def test_expired_token_is_refreshed_and_the_write_replayed_with_its_body(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    control.reset_counters()
    control.expire_tokens()
    created = create_value.sync(
        emulator.group_id,
        app_id,
        client=admin.client,
        body=ValueInput(name="replayed", value={"text": "héllo", "list": [1, 2, 3]}),
    )
    counters = control.counters()
    assert counters["refreshes"] == 1
    assert counters["statuses"]["401"] == 1
    assert counters["requests"]["POST /groups/{groupId}/apps/{appId}/values"] == 2
    assert counters["bodyless_writes"] == 0
    stored = get_value.sync(emulator.group_id, app_id, created.id, client=admin.client)
    assert stored.value == {"text": "héllo", "list": [1, 2, 3]}


def test_a_dead_refresh_token_logs_in_again(start_emulator: Callable[..., RunningEmulator]) -> None:
    emulator = start_emulator(access_token_ttl=0.5, refresh_token_ttl=1.0)
    control = Control(emulator)
    with login(emulator) as admin:
        time.sleep(1.1)
        assert list_apps.sync(emulator.group_id, client=admin.client) == []
        assert control.counters()["logins"] == 2
    control.close()


def test_logout_kills_the_refresh_token(emulator: RunningEmulator, tmp_path: Path) -> None:
    saved, copy = tmp_path / "saved", tmp_path / "copy"
    with login(emulator, data_dir=saved) as admin:
        list_apps.sync(emulator.group_id, client=admin.client)
        shutil.copytree(saved, copy)  # the tokens as they were before logging out
        admin.logout()
        assert list(saved.iterdir()) == []
        with pytest.raises(errors.AuthenticationError, match="logged out"):
            list_apps.sync(emulator.group_id, client=admin.client)
    # A copy of the revoked session cannot be revived: its refresh token is dead.
    resumed = StitchAdmin.resume(copy, base_url=emulator.base_url)
    Control(emulator).expire_tokens()
    with pytest.raises(errors.AuthenticationError) as caught:
        list_apps.sync(emulator.group_id, client=resumed.client)
    assert caught.value.error_code == "InvalidSession"
    resumed.close()


def test_threads_and_tasks_across_three_expiries_share_one_refresh_each(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    """8 threads and 100 tasks on one session, reading and writing, across three expiries."""
    group = emulator.group_id
    failures: list[BaseException] = []

    def thread_calls(start: threading.Barrier, expiry: int, number: int) -> None:
        start.wait()
        try:
            list_apps.sync(group, client=admin.client)
            body = ValueInput(
                name=f"thread-{expiry}-{number}", value={"from": "thread", "n": number}
            )
            create_value.sync(group, app_id, client=admin.client, body=body)
            list_apps.sync(group, client=admin.client)
        except BaseException as exc:
            failures.append(exc)

    async def task_calls(expiry: int) -> None:
        reads = (list_apps.asyncio(group, client=admin.client) for _ in range(80))
        writes = (
            create_value.asyncio(
                group,
                app_id,
                client=admin.client,
                body=ValueInput(name=f"task-{expiry}-{n}", value=[n]),
            )
            for n in range(20)
        )
        results = await asyncio.gather(*reads, *writes, return_exceptions=True)
        failures.extend(r for r in results if isinstance(r, BaseException))
        http = admin.client.async_http
        if http is not None:  # the async client belongs to this event loop
            await http.aclose()
            admin.client._async_client = None

    control.reset_counters()
    for expiry in (1, 2, 3):
        control.expire_tokens()
        start = threading.Barrier(9)
        threads = [threading.Thread(target=thread_calls, args=(start, expiry, n)) for n in range(8)]
        for thread in threads:
            thread.start()
        start.wait()
        asyncio.run(task_calls(expiry))
        for thread in threads:
            thread.join(timeout=60)
        assert failures == []
        counters = control.counters()
        assert counters["refreshes"] == expiry
        assert counters["bodyless_writes"] == 0
    assert admin.refreshes == 3
    names = sorted(v.name for v in list_values.sync(group, app_id, client=admin.client))
    expected = sorted(
        [f"thread-{e}-{n}" for e in (1, 2, 3) for n in range(8)]
        + [f"task-{e}-{n}" for e in (1, 2, 3) for n in range(20)]
    )
    assert names == expected  # every write landed once: no loss, no duplicate
    stored = get_value.sync(
        group,
        app_id,
        next(
            v.id
            for v in list_values.sync(group, app_id, client=admin.client)
            if v.name == "thread-2-5"
        ),
        client=admin.client,
    )
    assert stored.value == {"from": "thread", "n": 5}  # a replayed body arrived intact


@pytest.mark.anyio
async def test_async_session_refreshes_for_a_hundred_concurrent_calls(
    emulator: RunningEmulator, control: Control
) -> None:
    async with await AsyncStitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url, retry=QUICK_RETRIES
    ) as admin:
        control.reset_counters()
        control.expire_tokens()
        results = await asyncio.gather(
            *(list_apps.asyncio(emulator.group_id, client=admin.client) for _ in range(100))
        )
        assert results == [[]] * 100
        assert control.counters()["refreshes"] == 1
        await admin.logout()
    assert control.counters()["logouts"] == 1
