"""``iter_logs(concurrency=N)`` and ``iter_log_pages(concurrency=N)`` through the session, against
the model of the service's log endpoint: exactly the sequential read, faults included.

The model (``support.log_service``) answers from worker threads (sync) or tasks (async) at
once, as the service does; the session's own retries and typed errors are in the way, as they
are for users.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from support.ext import APP, GROUP, ORIGIN
from support.log_service import Entry, LogService, entries_at, iso

from stitch_admin_ext import AsyncStitchAdmin, LogCursor, RetryPolicy, StitchAdmin
from stitch_admin_ext.errors import BadRequestError, InvalidArgumentError, ServerError

BASE = 1_714_560_000_000  # 2024-05-01T10:40:00Z in milliseconds
QUICK = RetryPolicy(backoff_factor=0.001, max_backoff=0.01)


def uniform(count: int, spacing: int = 37) -> list[Entry]:
    return entries_at([BASE + spacing * n for n in range(count)])


def skewed(count: int) -> list[Entry]:
    """90% of the entries in 1% of the window."""
    rng = random.Random(7)  # noqa: S311 (test data)
    window = 10_000_000
    dense = [BASE + window // 2 + rng.randrange(window // 100) for _ in range(count * 9 // 10)]
    sparse = [BASE + rng.randrange(window) for _ in range(count - len(dense))]
    mixed = dense + sparse
    rng.shuffle(mixed)
    return entries_at(mixed)


def tie_heavy(count: int) -> list[Entry]:
    """Bursts of hundreds of entries at one instant, straddling every page edge."""
    rng = random.Random(8)  # noqa: S311 (test data)
    return entries_at(
        [BASE + 1000 * rng.randrange(12) + rng.choice((0, 0, 0, 1)) for _ in range(count)]
    )


LOGS = {"uniform": uniform, "skewed": skewed, "tie-heavy": tie_heavy}


@contextmanager
def sync_admin(service: LogService, **options: Any) -> Iterator[StitchAdmin]:
    options.setdefault("retry", QUICK)
    with StitchAdmin.login(
        "public-key",
        "private-key",
        base_url=ORIGIN,
        transport=httpx.MockTransport(service),
        **options,
    ) as admin:
        yield admin


@asynccontextmanager
async def async_admin(service: LogService, **options: Any) -> AsyncIterator[AsyncStitchAdmin]:
    options.setdefault("retry", QUICK)
    admin = await AsyncStitchAdmin.login(
        "public-key",
        "private-key",
        base_url=ORIGIN,
        transport=httpx.MockTransport(service),
        **options,
    )
    async with admin:
        yield admin


def ids(entries: Any) -> list[str]:
    return [entry.id for entry in entries]


def page_view(pages: Any) -> list[tuple[list[str], LogCursor | None]]:
    return [(ids(page.entries), page.cursor) for page in pages]


def worker_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("stitch-admin-logs")]


# ---------------------------------------------------------------------------- equality


@pytest.mark.parametrize("shape", LOGS)
@pytest.mark.parametrize("concurrency", [2, 16])
def test_sync_parallel_reads_yield_the_sequential_read(shape: str, concurrency: int) -> None:
    service = LogService(LOGS[shape](6000))
    with sync_admin(service) as admin:
        sequential = ids(admin.iter_logs(GROUP, APP))
        parallel = ids(admin.iter_logs(GROUP, APP, concurrency=concurrency))
    assert sequential == service.expected()
    assert parallel == sequential
    assert worker_threads() == []


@pytest.mark.anyio
@pytest.mark.parametrize("shape", LOGS)
async def test_async_parallel_reads_yield_the_sequential_read(shape: str) -> None:
    service = LogService(LOGS[shape](6000))
    async with async_admin(service) as admin:
        parallel = [entry.id async for entry in admin.iter_logs(GROUP, APP, concurrency=8)]
    assert parallel == service.expected()


FILTERS: dict[str, dict[str, Any]] = {
    "window": {
        "start_date": datetime.fromtimestamp((BASE + 20_000) / 1000, UTC),
        "end_date": iso(BASE + 150_000),
    },
    "errors-user": {"errors_only": True, "user_id": "u0"},
    "co-window": {"co_id": "c1", "start_date": iso(BASE + 1_000)},
}


@pytest.mark.parametrize("filters", FILTERS.values(), ids=FILTERS.keys())
def test_filters_and_windows_are_kept_on_every_shard(filters: dict[str, Any]) -> None:
    service = LogService(uniform(6000))
    with sync_admin(service) as admin:
        parallel = ids(admin.iter_logs(GROUP, APP, concurrency=6, **filters))
    expected = service.expected(**filters)
    assert len(expected) > 300
    assert parallel == expected
    for params in service.requests:
        for key in ("errors_only", "user_id", "co_id"):
            wanted = filters.get(key)
            assert params.get(key) == (
                None if wanted is None else str(wanted).lower() if key == "errors_only" else wanted
            )


@pytest.mark.parametrize("shape", LOGS)
def test_parallel_pages_are_the_sequential_pages_with_the_same_cursors(shape: str) -> None:
    service = LogService(LOGS[shape](3456))
    with sync_admin(service) as admin:
        sequential = page_view(admin.iter_log_pages(GROUP, APP))
        parallel = page_view(admin.iter_log_pages(GROUP, APP, concurrency=7))
    assert parallel == sequential
    assert len(sequential) == 35


@pytest.mark.anyio
async def test_async_parallel_pages_are_the_sequential_pages() -> None:
    service = LogService(tie_heavy(2345))
    async with async_admin(service) as admin:
        sequential = page_view([p async for p in admin.iter_log_pages(GROUP, APP)])
        parallel = page_view([p async for p in admin.iter_log_pages(GROUP, APP, concurrency=5)])
    assert parallel == sequential


@pytest.mark.parametrize("concurrency", [1, 4])
def test_an_empty_read_is_one_empty_page(concurrency: int) -> None:
    service = LogService(uniform(50))
    with sync_admin(service) as admin:
        pages = list(admin.iter_log_pages(GROUP, APP, user_id="nobody", concurrency=concurrency))
        assert list(admin.iter_logs(GROUP, APP, user_id="nobody", concurrency=concurrency)) == []
    assert [(p.entries, p.cursor) for p in pages] == [([], None)]


def test_a_read_of_one_page_makes_one_request() -> None:
    service = LogService(uniform(60))
    with sync_admin(service) as admin:
        assert ids(admin.iter_logs(GROUP, APP, concurrency=16)) == service.expected()
    assert len(service.requests) == 1


# ---------------------------------------------------------------------------- resuming


@pytest.mark.parametrize(("first", "second"), [(1, 8), (8, 1), (8, 3)])
@pytest.mark.parametrize("stop", [1, 250, 299, 300, 2999])
def test_the_cursor_resumes_right_after_the_last_entry_yielded(
    first: int, second: int, stop: int
) -> None:
    service = LogService(tie_heavy(3000))
    expected = service.expected()
    with sync_admin(service) as admin:
        reading = admin.iter_logs(GROUP, APP, concurrency=first)
        read = []
        for entry in reading:
            read.append(entry.id)
            if len(read) == stop:
                break
        saved = reading.cursor
        assert saved is not None
        cursor = LogCursor.from_json(saved.to_json())  # as an export would store it
        rest = ids(admin.iter_logs(GROUP, APP, cursor=cursor, concurrency=second))
    assert read + rest == expected


def test_page_cursors_of_a_parallel_read_resume_a_sequential_one_and_back() -> None:
    service = LogService(skewed(2500))
    expected = service.expected()
    with sync_admin(service) as admin:
        pages = list(admin.iter_log_pages(GROUP, APP, concurrency=4))
        read = 0
        for page in pages[:-1]:
            read += len(page.entries)
            assert page.cursor is not None
            for concurrency in (1, 3):
                rest = ids(admin.iter_logs(GROUP, APP, cursor=page.cursor, concurrency=concurrency))
                assert rest == expected[read:]


def test_the_cursor_before_any_entry_is_where_the_read_started() -> None:
    service = LogService(uniform(10))
    start = LogCursor(datetime.fromtimestamp((BASE + 100) / 1000, UTC), 0)
    with sync_admin(service) as admin:
        assert admin.iter_logs(GROUP, APP).cursor is None
        assert admin.iter_logs(GROUP, APP, cursor=start, concurrency=2).cursor == start
        reading = admin.iter_logs(GROUP, APP, concurrency=3)
        assert ids(reading) == service.expected()
        assert reading.cursor is not None
        assert ids(admin.iter_logs(GROUP, APP, cursor=reading.cursor)) == []


# ---------------------------------------------------------------------------- faults


class OnceEach:
    """Faults the first request for one query in ``every`` (its retry, the same query,
    succeeds), whichever worker sends it."""

    def __init__(self, every: int, make: Any) -> None:
        self.every, self.make = every, make
        self.seen: set[str] = set()
        self.faulted = 0
        self._lock = threading.Lock()

    def __call__(self, number: int, params: httpx.QueryParams) -> Any:
        key = str(params)
        with self._lock:
            first = key not in self.seen
            self.seen.add(key)
            if not first or number == 0 or len(self.seen) % self.every:
                return None
            self.faulted += 1
        return self.make()


def unavailable() -> httpx.Response:
    return httpx.Response(503, json={"error": "try again", "error_code": "Unavailable"})


def dropped() -> Exception:
    return httpx.RemoteProtocolError("Server disconnected without sending a response.")


FAULTS = {
    "503": unavailable,
    "drop": dropped,
    "429": lambda: httpx.Response(429, json={"error": "slow down"}, headers={"Retry-After": "0"}),
}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("shape", LOGS)
def test_faults_on_shards_are_retried_and_change_nothing(fault: str, shape: str) -> None:
    faults = OnceEach(3, FAULTS[fault])
    service = LogService(LOGS[shape](4000), faults=[faults])
    with sync_admin(service) as admin:
        assert ids(admin.iter_logs(GROUP, APP, concurrency=8)) == service.expected()
    assert faults.faulted >= 10


@pytest.mark.anyio
@pytest.mark.parametrize("fault", FAULTS)
async def test_async_faults_on_shards_are_retried_and_change_nothing(fault: str) -> None:
    faults = OnceEach(3, FAULTS[fault])
    service = LogService(skewed(4000), faults=[faults])
    async with async_admin(service) as admin:
        found = [e.id async for e in admin.iter_logs(GROUP, APP, concurrency=8)]
    assert found == service.expected()
    assert faults.faulted >= 10


class FailFrom:
    """Every request from number ``first`` on fails with ``answer``."""

    def __init__(self, first: int, answer: Any) -> None:
        self.first, self.answer = first, answer

    def __call__(self, number: int, params: httpx.QueryParams) -> Any:
        return self.answer() if number >= self.first else None


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (unavailable, ServerError),
        (
            lambda: httpx.Response(400, json={"error": "no", "error_code": "BadRequest"}),
            BadRequestError,
        ),
    ],
    ids=["retries-exhausted", "not-retried"],
)
@pytest.mark.parametrize("kind", ["entries", "pages"])
def test_an_error_that_ends_a_shard_ends_the_read_after_what_came_before_it(
    answer: Any, error: type[Exception], kind: str
) -> None:
    service = LogService(uniform(8000), faults=[FailFrom(6, answer)])
    expected = service.expected()
    found: list[str] = []

    def read(admin: StitchAdmin) -> None:
        if kind == "pages":
            for page in admin.iter_log_pages(GROUP, APP, concurrency=4):
                found.extend(ids(page.entries))
        else:
            found.extend(entry.id for entry in admin.iter_logs(GROUP, APP, concurrency=4))

    retry = RetryPolicy(attempts=1, backoff_factor=0.001)
    with sync_admin(service, retry=retry) as admin, pytest.raises(error):
        read(admin)
    assert found == expected[: len(found)]  # what came before the error: no gap, no repeat
    assert len(found) < len(expected)
    assert worker_threads() == []


@pytest.mark.anyio
async def test_async_an_error_ends_the_read_and_its_workers() -> None:
    service = LogService(uniform(8000), faults=[FailFrom(5, unavailable)])
    found: list[str] = []

    async def read(admin: AsyncStitchAdmin) -> None:
        async for entry in admin.iter_logs(GROUP, APP, concurrency=4):
            found.append(entry.id)

    async with async_admin(service, retry=RetryPolicy(attempts=1, backoff_factor=0.001)) as admin:
        with pytest.raises(ServerError):
            await read(admin)
        await asyncio.sleep(0)
        tasks = [t for t in asyncio.all_tasks() if t.get_name().startswith("stitch-admin-logs")]
    assert tasks == []
    assert found == service.expected()[: len(found)]


def test_a_429_holds_every_shard_until_its_retry_after() -> None:
    """One shard meets a 429 with Retry-After: no other request is sent before it is over."""
    hold = 1  # Retry-After is whole seconds
    sent: list[tuple[int, float]] = []
    limited_at: list[float] = []

    def rate_limit(number: int, params: httpx.QueryParams) -> Any:
        sent.append((number, time.monotonic()))
        if number == 4:
            limited_at.append(time.monotonic())
            return httpx.Response(429, json={"error": "slow"}, headers={"Retry-After": str(hold)})
        return None

    service = LogService(uniform(5000), faults=[rate_limit])
    with sync_admin(service, retry=RetryPolicy(backoff_factor=0.001)) as admin:
        assert ids(admin.iter_logs(GROUP, APP, concurrency=8)) == service.expected()
    (limited,) = limited_at
    # Requests that were already on their way may land just after; none is sent later than
    # that until the hold is over.
    after = sorted(moment for number, moment in sent if moment > limited + 0.05)
    assert after
    assert after[0] >= limited + hold * 0.9


# ---------------------------------------------------------------------------- memory, stopping


def wait_until_quiet(service: LogService, seconds: float = 0.3) -> int:
    """How many log requests were made once none has come for ``seconds``."""
    count = -1
    while count != len(service.requests):
        count = len(service.requests)
        time.sleep(seconds)
    return count


def test_a_reader_that_stops_taking_stops_the_workers_within_the_budget() -> None:
    service = LogService(uniform(60_000))
    with sync_admin(service) as admin:
        reading = iter(admin.iter_logs(GROUP, APP, concurrency=8))
        next(reading)
        made = wait_until_quiet(service)
        # 8 workers, 4 pages each at most, a quarter more past the earliest shards: 40 pages
        # held, and the first page taken; never the 600 pages of the log.
        assert made <= 8 * 4 * 5 // 4 + 1 + 1
        rest = [entry.id for entry in reading]
    assert len(rest) + 1 == 60_000
    assert worker_threads() == []


def test_leaving_the_loop_stops_the_workers_and_their_requests() -> None:
    service = LogService(uniform(60_000))
    with sync_admin(service) as admin:
        for number, _ in enumerate(admin.iter_logs(GROUP, APP, concurrency=8)):
            if number == 500:
                break
        assert worker_threads() == []
        made = len(service.requests)
        time.sleep(0.1)
        assert len(service.requests) == made


@pytest.mark.anyio
async def test_cancelling_an_async_read_cancels_its_workers() -> None:
    started = asyncio.Event()
    service = LogService(uniform(60_000))
    async with async_admin(service) as admin:

        async def read() -> None:
            async for _ in admin.iter_logs(GROUP, APP, concurrency=8):
                started.set()
                await asyncio.sleep(10)

        task = asyncio.create_task(read())
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # The abandoned iteration is closed by the event loop's finalizer, at once: its workers
        # are cancelled, and end within a few turns of the loop.
        for _ in range(100):
            left = [t for t in asyncio.all_tasks() if t.get_name().startswith("stitch-admin-logs")]
            if not left:
                break
            await asyncio.sleep(0.01)
        made = len(service.requests)
        await asyncio.sleep(0.05)
    assert left == []
    assert len(service.requests) == made


# ---------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"concurrency": 0}, "concurrency must be between 1 and 64"),
        ({"concurrency": 65}, "concurrency must be between 1 and 64"),
        ({"concurrency": 2.5}, "concurrency must be"),
        ({"concurrency": True}, "concurrency must be"),
        ({"cursor": "not a cursor"}, "cursor must be a LogCursor"),
    ],
)
def test_bad_options_are_refused_before_any_request(options: dict[str, Any], message: str) -> None:
    service = LogService(uniform(10))
    with sync_admin(service) as admin, pytest.raises(InvalidArgumentError, match=message):
        admin.iter_logs(GROUP, APP, **options)
    assert service.requests == []


def test_a_paginator_says_what_it_reads() -> None:
    service = LogService()
    with sync_admin(service) as admin:
        text = repr(admin.iter_logs(GROUP, APP, concurrency=3, start_date=iso(BASE)))
    assert "concurrency=3" in text
    assert "datetime.datetime(2024, 5, 1" in text


def test_the_window_of_a_resumed_parallel_read_keeps_its_start() -> None:
    service = LogService(uniform(5000))
    start = iso(BASE + 37 * 1000)
    expected = service.expected(start_date=start)
    cursor = LogCursor(
        datetime.fromtimestamp(BASE / 1000, UTC) + timedelta(milliseconds=37 * 3000), 0
    )
    with sync_admin(service) as admin:
        rest = ids(admin.iter_logs(GROUP, APP, start_date=start, cursor=cursor, concurrency=5))
    assert rest == [key for key in expected if int(key[1:]) <= 3000]
