"""Parallel and followed log reads against the emulator, over real sockets: the sequential
read's entries in its order, with a per-request latency, faults on the way, and entries written
late while a follow runs."""

from __future__ import annotations

import queue
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from support.control import Control

from stitch_admin_emulator import RunningEmulator
from stitch_admin_ext import AsyncStitchAdmin, LogCursor, RetryPolicy, StitchAdmin, errors

from .conftest import QUICK_RETRIES, login

DAY = ("2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z")
DENSE = {"start": "2024-05-01T08:00:00Z", "end": "2024-05-01T08:14:24Z", "share": 0.9}
SHAPES: dict[str, dict[str, Any]] = {
    "uniform": {},
    "skewed": {"dense": DENSE},
    "tie-heavy": {"step_ms": 600_000},  # 144 instants, 17 entries each (and a burst, below)
}
LOGS_PATH = "/groups/*/apps/*/logs"


def ids(entries: Any) -> list[str]:
    return [entry.id for entry in entries]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_parallel_read_is_the_sequential_read(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str, shape: str
) -> None:
    count = 4000 if shape != "tie-heavy" else 2500
    control.generate_logs(app_id, count, *DAY, seed=5, **SHAPES[shape])
    if shape == "tie-heavy":  # and a burst of 700 at one instant, 11:59:59.000
        control.generate_logs(
            app_id, 700, "2024-05-01T11:59:59Z", "2024-05-01T11:59:59.999Z", step_ms=1000
        )
    control.latency(0.005, method="GET", path=LOGS_PATH)
    group = emulator.group_id
    sequential = ids(admin.iter_logs(group, app_id))
    assert len(sequential) == count + (700 if shape == "tie-heavy" else 0)
    assert ids(admin.iter_logs(group, app_id, concurrency=8)) == sequential
    pages = [(ids(p.entries), p.cursor) for p in admin.iter_log_pages(group, app_id)]
    parallel_pages = [
        (ids(p.entries), p.cursor) for p in admin.iter_log_pages(group, app_id, concurrency=5)
    ]
    assert parallel_pages == pages


@pytest.mark.anyio
async def test_an_async_parallel_read_is_the_sequential_read(
    emulator: RunningEmulator, control: Control
) -> None:
    from stitch_admin_client.api.apps import create_app  # noqa: PLC0415
    from stitch_admin_client.models import AppCreate  # noqa: PLC0415

    admin = await AsyncStitchAdmin.login(
        emulator.public_key, emulator.private_key, base_url=emulator.base_url, retry=QUICK_RETRIES
    )
    async with admin:
        app = await create_app.asyncio(
            emulator.group_id, client=admin.client, body=AppCreate(name="async-parallel")
        )
        control.generate_logs(app.id, 3000, *DAY, dense=DENSE)
        sequential = [e.id async for e in admin.iter_logs(emulator.group_id, app.id)]
        parallel = [e.id async for e in admin.iter_logs(emulator.group_id, app.id, concurrency=8)]
    assert len(sequential) == 3000
    assert parallel == sequential


def test_faults_on_the_way_are_retried_and_change_nothing(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    control.generate_logs(app_id, 5000, *DAY, dense=DENSE)
    expected = ids(admin.iter_logs(emulator.group_id, app_id))
    control.reset_counters()
    for action, options in (
        ("status", {"status": 503, "times": 3}),
        ("status", {"status": 429, "retry_after": "0", "times": 3}),
        ("drop", {"times": 2}),
        ("truncate", {"times": 2}),
        ("delay", {"delay": 0.2, "times": 4}),
    ):
        control.fault(action, method="GET", path=LOGS_PATH, **options)
    # The faults are taken in turn by whichever requests come: one request may meet several.
    with login(emulator, retry=RetryPolicy(attempts=12, backoff_factor=0.001)) as faulty:
        assert ids(faulty.iter_logs(emulator.group_id, app_id, concurrency=8)) == expected
    assert control.counters()["faults_injected"] == 14


def test_an_error_that_ends_a_shard_ends_the_read_after_the_entries_before_it(
    emulator: RunningEmulator, control: Control, app_id: str
) -> None:
    control.generate_logs(app_id, 6000, *DAY)
    with login(emulator, retry=RetryPolicy(attempts=1, backoff_factor=0.01)) as admin:
        expected = ids(admin.iter_logs(emulator.group_id, app_id))
        reading = admin.iter_logs(emulator.group_id, app_id, concurrency=4)
        iterator = iter(reading)
        # The first pages come through; the workers stop once they hold what they may (a few
        # pages each, not the 60 of the log), and every later request fails.
        found = [next(iterator).id]
        control.fault("status", method="GET", path=LOGS_PATH, status=503, times=1000)
        with pytest.raises(errors.ServerError):
            found.extend(entry.id for entry in iterator)
        control.clear_faults()
    assert found == expected[: len(found)]
    assert len(found) < len(expected)
    rest = ids(
        admin_resume(emulator, app_id, reading.cursor)  # the cursor carries on from there
    )
    assert found + rest == expected


def admin_resume(emulator: RunningEmulator, app_id: str, cursor: LogCursor | None) -> list[Any]:
    assert cursor is not None
    with login(emulator) as admin:
        return list(admin.iter_logs(emulator.group_id, app_id, cursor=cursor, concurrency=6))


def test_a_read_resumes_across_concurrency(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    control.generate_logs(app_id, 2000, *DAY, step_ms=3_600_000)  # 24 instants: long bursts
    expected = ids(admin.iter_logs(emulator.group_id, app_id))
    for first, second, stop in ((1, 6, 777), (6, 1, 1234), (4, 4, 100)):
        reading = admin.iter_logs(emulator.group_id, app_id, concurrency=first)
        found = []
        for entry in reading:
            found.append(entry.id)
            if len(found) == stop:
                break
        assert reading.cursor is not None
        cursor = LogCursor.from_json(reading.cursor.to_json())
        rest = admin.iter_logs(emulator.group_id, app_id, cursor=cursor, concurrency=second)
        assert found + ids(rest) == expected


def test_a_follow_yields_late_and_tied_entries_once(
    emulator: RunningEmulator, admin: StitchAdmin, control: Control, app_id: str
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    control.seed_logs(
        app_id,
        [
            {"_id": f"{n:024x}", "started": (now - timedelta(seconds=n)).isoformat()}
            for n in range(50)
        ],
    )
    found: queue.Queue[str] = queue.Queue()

    def follow() -> None:
        reading = admin.iter_logs(
            emulator.group_id, app_id, follow=True, poll_interval=0.05, lateness=30, concurrency=3
        )
        for entry in reading:
            if entry.id == "f" * 24:
                return
            found.put(entry.id)

    thread = threading.Thread(target=follow, daemon=True)
    thread.start()
    control.reset_counters()
    batches = [
        [
            {"_id": f"a{n:023x}", "started": (now + timedelta(seconds=1)).isoformat()}
            for n in range(150)
        ],
        # Late: before entries already yielded, and a burst at the same instant as them.
        [
            {"_id": f"b{n:023x}", "started": (now - timedelta(seconds=20)).isoformat()}
            for n in range(5)
        ]
        + [
            {"_id": f"c{n:023x}", "started": (now + timedelta(seconds=1)).isoformat()}
            for n in range(120)
        ],
    ]
    yielded: list[str] = []
    for batch in batches:
        while control.requests("GET /groups/{groupId}/apps/{appId}/logs") < 3:
            threading.Event().wait(0.01)  # the follow has begun: what follows is new
        control.seed_logs(app_id, batch)
        got = [found.get(timeout=20) for _ in batch]
        assert sorted(got) == sorted(entry["_id"] for entry in batch)
        yielded += got
    control.seed_logs(
        app_id, [{"_id": "f" * 24, "started": (now + timedelta(seconds=5)).isoformat()}]
    )
    thread.join(20)
    assert not thread.is_alive()
    assert found.empty()  # nothing yielded twice, nothing from before the follow began
    assert len(yielded) == len(set(yielded)) == 275
