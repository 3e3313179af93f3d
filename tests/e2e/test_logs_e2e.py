"""Log iteration against the emulator: every entry once, in order, across ties and resumes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from stitch_admin_client.models import LogEntryType
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import AsyncStitchAdmin, LogCursor, StitchAdmin

from .conftest import QUICK_RETRIES

BASE = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def seeded(control: Control, app_id: str, count: int) -> list[dict[str, Any]]:
    """Entries in runs of 250 equal timestamps (so runs straddle page edges), newest first.

    Every 7th entry has an error, every 5th belongs to user u5, every 3rd to request c3.
    """
    entries = [
        {
            "_id": f"{index:024x}",
            "type": "FUNCTION" if index % 2 else "AUTH",
            "started": (BASE + timedelta(milliseconds=index // 250)).isoformat(),
            "user_id": "u5" if index % 5 == 0 else "other",
            "co_id": "c3" if index % 3 == 0 else "c0",
            **({"error": "boom", "error_code": "FunctionExecutionError"} if index % 7 == 0 else {}),
        }
        for index in range(count)
    ]
    control.seed_logs(app_id, entries)
    return sorted(entries, key=lambda e: (e["started"], e["_id"]), reverse=True)


def ids(entries: list[Any]) -> list[str]:
    return [e["_id"] if isinstance(e, dict) else e.id for e in entries]


def test_every_entry_exactly_once_newest_first_across_ties(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    expected = seeded(control, app_id, 1500)
    control.reset_counters()
    found = list(admin.iter_logs(emulator.group_id, app_id))
    assert ids(found) == ids(expected)
    assert control.requests("GET /groups/{groupId}/apps/{appId}/logs") == 15
    assert {entry.type_ for entry in found} == {LogEntryType.FUNCTION, LogEntryType.AUTH}


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        ({"errors_only": True}, lambda e: "error" in e),
        ({"user_id": "u5"}, lambda e: e["user_id"] == "u5"),
        ({"co_id": "c3"}, lambda e: e["co_id"] == "c3"),
        (
            {
                "start_date": BASE + timedelta(milliseconds=1),
                "end_date": "2024-05-01T12:00:00.004Z",
            },
            lambda e: (
                BASE + timedelta(milliseconds=1)
                < datetime.fromisoformat(e["started"])
                <= BASE + timedelta(milliseconds=4)
            ),
        ),
    ],
)
def test_filters_apply_to_every_page(
    emulator: RunningEmulator,
    admin: StitchAdmin,
    control: Control,
    app_id: str,
    filters: dict[str, Any],
    keep: Any,
) -> None:
    expected = [e for e in seeded(control, app_id, 1500) if keep(e)]
    assert len(expected) > 100  # more than one page
    assert ids(list(admin.iter_logs(emulator.group_id, app_id, **filters))) == ids(expected)


def test_a_resumed_iteration_continues_without_gap_or_repeat(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    expected = seeded(control, app_id, 1234)
    first: list[Any] = []
    saved = None
    for page in admin.iter_log_pages(emulator.group_id, app_id):
        first.extend(page.entries)
        saved = page.cursor.to_json() if page.cursor else None
        if len(first) >= 300:
            break  # the process "crashes" here; only the saved cursor survives
    assert saved is not None
    rest = list(admin.iter_logs(emulator.group_id, app_id, cursor=LogCursor.from_json(saved)))
    assert ids(first + rest) == ids(expected)


@pytest.mark.anyio
async def test_async_iteration_yields_the_same_entries(
    emulator: RunningEmulator, control: Control
) -> None:
    async with await AsyncStitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url, retry=QUICK_RETRIES
    ) as admin:
        from stitch_admin_client.api.apps import create_app  # noqa: PLC0415
        from stitch_admin_client.models import AppCreate  # noqa: PLC0415

        app = await create_app.asyncio(
            emulator.group_id, client=admin.client, body=AppCreate(name="async-logs")
        )
        expected = seeded(control, app.id, 1050)
        found = [entry async for entry in admin.iter_logs(emulator.group_id, app.id)]
    assert ids(found) == ids(expected)


def test_a_page_interrupted_by_faults_is_retried_and_nothing_is_lost(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    expected = seeded(control, app_id, 700)
    control.fault(
        "status", method="GET", path="/groups/*/apps/*/logs", times=2, status=503, retry_after="0"
    )
    control.fault("drop", method="GET", path="/groups/*/apps/*/logs", times=1)
    control.fault("truncate", method="GET", path="/groups/*/apps/*/logs", times=1)
    assert ids(list(admin.iter_logs(emulator.group_id, app_id))) == ids(expected)
    assert control.counters()["faults_injected"] == 4
