"""``iter_logs(follow=True)``: new entries as they arrive, oldest first, each exactly once, late
entries and bursts of one instant included; and the plan behind it, without I/O."""

from __future__ import annotations

import asyncio
import itertools
import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from stitch_admin_client.models import LogPage
from support.ext import APP, GROUP, ORIGIN
from support.log_service import Entry, LogService, entries_at, iso

from stitch_admin_ext import AsyncStitchAdmin, LogCursor, RetryPolicy, StitchAdmin
from stitch_admin_ext.errors import InvalidArgumentError
from stitch_admin_ext.log_follow import FollowPlan, FollowRead
from stitch_admin_ext.log_positions import datetime_of

BASE = 1_714_560_000_000  # 2024-05-01T10:40:00Z in milliseconds
QUICK = RetryPolicy(backoff_factor=0.001, max_backoff=0.01)
POLL = 0.005
_names = (f"n{n:06d}" for n in itertools.count())


def written(instants: list[int]) -> list[Entry]:
    """New entries (fresh ids) at these instants, in this order of writing."""
    return [Entry(next(_names), ms) for ms in instants]


def in_order(entries: list[Entry]) -> list[str]:
    """Oldest first; entries of one instant in the order written."""
    indexed = sorted(enumerate(entries), key=lambda pair: (pair[1].ms, pair[0]))
    return [entry.id for _, entry in indexed]


def take(reading: Iterator[Any], count: int) -> list[str]:
    return [next(reading).id for _ in range(count)]


class Follower:
    """Follows a log from a thread of its own, so that the test can write to the log while
    the follow is under way; it stops at an entry whose id starts with "stop"."""

    def __init__(self, paginator: Any, service: LogService) -> None:
        self.found: queue.Queue[str] = queue.Queue()
        self.service = service
        self.thread = threading.Thread(target=self._run, args=(paginator,), daemon=True)
        self.thread.start()

    def _run(self, paginator: Any) -> None:
        for entry in paginator:
            if entry.id.startswith("stop"):
                break
            self.found.put(entry.id)

    def started(self, requests: int = 3) -> None:
        """Wait until the follow has probed the log and made its first read."""
        deadline = time.monotonic() + 10
        while len(self.service.requests) < requests and time.monotonic() < deadline:
            time.sleep(0.001)

    def take(self, count: int) -> list[str]:
        return [self.found.get(timeout=10) for _ in range(count)]

    def stop(self, at: int) -> list[str]:
        """Write the stop entry, wait for the follow to end; what it yielded meanwhile."""
        self.service.write([Entry("stop", at)])
        self.thread.join(10)
        assert not self.thread.is_alive()
        rest = []
        while not self.found.empty():
            rest.append(self.found.get())
        return rest


def admin_for(service: LogService) -> StitchAdmin:
    return StitchAdmin.login(
        "public-key",
        "private-key",
        base_url=ORIGIN,
        transport=httpx.MockTransport(service),
        retry=QUICK,
    )


# ---------------------------------------------------------------------------- the driver


@pytest.mark.parametrize("concurrency", [1, 4])
def test_new_late_and_tied_entries_are_each_yielded_once_oldest_first(concurrency: int) -> None:
    history = entries_at([BASE + 10 * n for n in range(1500)])  # before following: not yielded
    service = LogService(history)
    newest = BASE + 10 * 1499
    with admin_for(service) as admin:
        follower = Follower(
            admin.iter_logs(
                GROUP, APP, follow=True, poll_interval=POLL, lateness=5, concurrency=concurrency
            ),
            service,
        )
        follower.started()
        batches = [
            written([newest + 100 + n for n in range(30)]),
            # Late: older than entries already yielded (and than the history's newest).
            written([newest - 2_000, newest + 50, newest - 4_000]),
            # A burst at one instant, in two parts across polls, straddling page edges.
            written([newest + 5_000] * 130),
            written([newest + 5_000] * 170 + [newest + 4_999]),
            # An entry at the instant of the newest yielded so far, written after it.
            written([newest + 5_000]),
        ]
        yielded: list[str] = []
        for batch in batches:
            service.write(batch)
            got = follower.take(len(batch))
            assert got == in_order(batch)  # each batch in one poll, oldest first
            yielded += got
        assert follower.stop(newest + 9_000) == []  # nothing more: no repeat
    assert len(yielded) == len(set(yielded))


def test_with_a_start_date_the_log_since_then_comes_first_oldest_first() -> None:
    # Months of history, unevenly spread: catching up reads it in slices of time.
    day = 86_400_000
    instants = [BASE - 90 * day + n * 3_600_000 for n in range(500)] + [
        BASE - day + n for n in range(2500)
    ]
    service = LogService(entries_at(instants))
    start = BASE - 60 * day
    expected = list(reversed(service.expected(start_date=iso(start))))
    with admin_for(service) as admin:
        reading = iter(
            admin.iter_logs(GROUP, APP, start_date=iso(start), follow=True, poll_interval=POLL)
        )
        assert take(reading, len(expected)) == expected
        late = written([BASE - 1, BASE + 1])
        service.write(late)
        assert take(reading, 2) == in_order(late)
    windows = [(p.get("start_date"), p.get("end_date")) for p in service.requests]
    assert sum(1 for _, end in windows if end is not None) > 3  # caught up in slices


def test_an_empty_log_yields_what_is_written_to_it() -> None:
    service = LogService()
    with admin_for(service) as admin:
        follower = Follower(admin.iter_logs(GROUP, APP, follow=True, poll_interval=POLL), service)
        follower.started(requests=2)
        batch = written([BASE + 5, BASE + 1, BASE + 3])
        service.write(batch)
        assert follower.take(3) == in_order(batch)
        assert follower.stop(BASE + 10) == []


def test_filters_apply_to_every_poll() -> None:
    service = LogService(entries_at([BASE + n for n in range(10)]))
    with admin_for(service) as admin:
        follower = Follower(
            admin.iter_logs(GROUP, APP, user_id="u9", follow=True, poll_interval=POLL), service
        )
        follower.started(requests=2)
        mine = [Entry(next(_names), BASE + 100, user_id="u9"), Entry(next(_names), BASE + 101)]
        service.write(mine)
        assert follower.take(1) == [mine[0].id]
        mine2 = [Entry(next(_names), BASE + 102, user_id="u9")]
        service.write(mine2)
        assert follower.take(1) == [mine2[0].id]
        service.write([Entry("stop", BASE + 103, user_id="u9")])
        follower.thread.join(10)
    assert all(params.get("user_id") == "u9" for params in service.requests)


def test_leaving_the_loop_ends_the_polls() -> None:
    service = LogService(entries_at([BASE]))
    with admin_for(service) as admin:
        for entry in admin.iter_logs(
            GROUP, APP, start_date=iso(BASE - 1), follow=True, poll_interval=POLL
        ):
            assert entry.id == "e0000000"
            break
        made = len(service.requests)
        threading.Event().wait(0.05)
        assert len(service.requests) == made


@pytest.mark.anyio
async def test_async_follow_yields_new_entries_and_stops_on_cancellation() -> None:
    service = LogService(entries_at([BASE + n for n in range(300)]))
    admin = await AsyncStitchAdmin.login(
        "public-key",
        "private-key",
        base_url=ORIGIN,
        transport=httpx.MockTransport(service),
        retry=QUICK,
    )
    async with admin:
        seen: list[str] = []
        got_two = asyncio.Event()

        async def follow() -> None:
            async for entry in admin.iter_logs(
                GROUP, APP, follow=True, poll_interval=POLL, concurrency=2
            ):
                seen.append(entry.id)
                if len(seen) == 2:
                    got_two.set()

        polled = asyncio.Event()  # probed, the log taken as seen, a first poll made
        service.on_request = lambda number: polled.set() if number >= 2 else None
        task = asyncio.create_task(follow())
        await asyncio.wait_for(polled.wait(), 10)
        batch = written([BASE + 400, BASE + 250])
        service.write(batch)
        await asyncio.wait_for(got_two.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        made = len(service.requests)
        await asyncio.sleep(0.05)
    assert seen == in_order(batch)
    assert len(service.requests) <= made + 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"end_date": iso(BASE)}, "follow .* has no end_date"),
        ({"cursor": LogCursor(datetime_of(BASE), 0)}, "follow starts at start_date"),
        ({"poll_interval": 0}, "poll_interval must be a positive number"),
        ({"lateness": -1}, "lateness must be a non-negative number"),
        ({"follow": "yes"}, "follow must be a bool"),
    ],
)
def test_follow_options_are_checked(options: dict[str, Any], message: str) -> None:
    service = LogService()
    with admin_for(service) as admin, pytest.raises(InvalidArgumentError, match=message):
        admin.iter_logs(GROUP, APP, **({"follow": True} | options))
    assert service.requests == []


def test_a_follow_has_no_cursor() -> None:
    service = LogService()
    with admin_for(service) as admin:
        assert admin.iter_logs(GROUP, APP, follow=True).cursor is None


# ---------------------------------------------------------------------------- the plan


def page_of(entries: list[Entry]) -> list[Any]:
    """Entries as the client gets them, newest first."""
    ordered = sorted(enumerate(entries), key=lambda pair: (pair[1].ms, pair[0]), reverse=True)
    return LogPage.from_dict({"logs": [entry.to_json() for _, entry in ordered]}).logs


def test_the_plan_probes_then_takes_the_log_as_seen_then_rereads_the_last_lateness() -> None:
    plan = FollowPlan(start=None, lateness_ms=1000)
    assert plan.next_read() == FollowRead(None, None, probe=True)
    history = written([BASE, BASE + 5_000])
    assert plan.absorb(plan.next_read(), page_of(history)) == []
    mark = plan.next_read()
    assert mark == FollowRead(BASE + 5_000 - 1000 - 1, BASE + 5_000, mark=True)
    assert plan.absorb(mark, page_of(history[1:])) == []  # taken as seen
    assert not plan.wait or plan.following
    poll = plan.next_read()
    assert poll == FollowRead(BASE + 5_000 - 1000 - 1, None)
    new = written([BASE + 4_500, BASE + 6_000])
    assert [e.id for e in plan.absorb(poll, page_of(history[1:] + new))] == in_order(new)
    assert plan.wait
    poll = plan.next_read()
    assert poll.start == BASE + 6_000 - 1000 - 1
    # Ids below the window are forgotten; those inside it are kept.
    assert set(plan.seen) == {new[1].id, *[e.id for e in history[1:] if e.ms > poll.start]}


def test_an_entry_seen_twice_is_yielded_once() -> None:
    plan = FollowPlan(start=BASE, lateness_ms=10_000)
    plan.absorb(plan.next_read(), [])  # the probe: nothing yet
    entries = written([BASE + 1, BASE + 2])
    first = plan.next_read()
    assert [e.id for e in plan.absorb(first, page_of(entries))] == in_order(entries)
    assert plan.absorb(plan.next_read(), page_of(entries)) == []


def test_catching_up_reads_slices_that_grow_over_sparse_stretches_and_shrink_over_dense() -> None:
    plan = FollowPlan(start=BASE, lateness_ms=0)
    plan.absorb(plan.next_read(), page_of(written([BASE + 10**9])))  # the newest, far ahead
    first = plan.next_read()
    assert first.start == BASE
    assert first.end is not None
    plan.absorb(first, [])
    second = plan.next_read()
    assert second.start == first.end
    assert second.end is not None
    assert second.end - second.start == 2 * (first.end - first.start)
    dense = written([second.start + 1] * 2500)
    plan.absorb(second, page_of(dense))
    third = plan.next_read()
    assert third.start is not None
    assert third.end is not None
    assert third.end - third.start < second.end - second.start


def test_entries_newer_than_the_probe_s_newest_are_new_even_during_the_first_read() -> None:
    plan = FollowPlan(start=None, lateness_ms=1000)
    history = written([BASE, BASE + 5_000])
    plan.absorb(plan.next_read(), page_of(history))  # the probe saw BASE + 5000 as newest
    mark = plan.next_read()
    arrived = written([BASE + 6_000])  # written between the probe and the first read
    # The first read stops at the probe's newest entry: it cannot take the newcomer as seen.
    assert mark.end == BASE + 5_000
    plan.absorb(mark, page_of(history[1:]))
    poll = plan.next_read()
    assert [e.id for e in plan.absorb(poll, page_of(history[1:] + arrived))] == [arrived[0].id]
