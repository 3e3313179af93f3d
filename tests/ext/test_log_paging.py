"""Paginator against a fake of the service's log endpoint: every entry once, in order, lazily.

The fake implements the real service's paging rule: the entries matching the filters
(``start_date`` exclusive, ``end_date`` inclusive), newest first; ``skip`` of them are skipped
and the next 100 form the page. When more remain, the first of them, N, gives ``nextEndDate``
(N's timestamp) and ``nextSkip``: how many entries already returned (the first skip + page
length) share N's timestamp, sent only when there are some.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import httpx
import pytest
from support.ext import API_PATH, APP, GROUP, LOGIN_PATH, ORIGIN, login_answer

from stitch_admin_ext import AsyncStitchAdmin, LogCursor, StitchAdmin
from stitch_admin_ext.errors import UnexpectedResponseError

PAGE_SIZE = 100
NEWEST = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
LOGS_PATH = f"{API_PATH}/groups/{GROUP}/apps/{APP}/logs"

# How many entries share each timestamp, newest first. Page edges fall at multiples of 100
# (without filters): 60 singles, then a run of 250 across three edges, a run of 20 across one,
# a run of exactly one page starting at an edge, a run of 2 split by an edge, and a run of 300
# that fills whole pages.
RUNS = [1] * 60 + [250] + [1] * 80 + [20] + [1] * 90 + [100] + [1] * 99 + [2] + [300] + [1] * 232


@attrs.frozen
class Entry:
    id: str
    started: datetime
    user_id: str
    co_id: str
    error: str | None

    def to_json(self) -> dict[str, Any]:
        body = {
            "_id": self.id,
            "started": self.started.isoformat().replace("+00:00", "Z"),
            "user_id": self.user_id,
            "co_id": self.co_id,
            "type": "FUNCTION",
        }
        if self.error is not None:
            body["error"] = self.error
        return body


def make_entries() -> list[Entry]:
    entries = []
    for run, size in enumerate(RUNS):
        started = NEWEST - timedelta(seconds=run)
        for _ in range(size):
            n = len(entries)
            entries.append(
                Entry(
                    id=f"e{n:04d}",
                    started=started,
                    user_id=f"user-{n % 2}",
                    co_id=f"co-{n % 5 == 0}",
                    error="boom" if n % 3 else None,
                )
            )
    return entries


ENTRIES = make_entries()


def timestamp_of(entry_index: int) -> datetime:
    return ENTRIES[entry_index].started


def matches(entry: Entry, params: httpx.QueryParams) -> bool:
    if "start_date" in params and not entry.started > datetime.fromisoformat(params["start_date"]):
        return False
    if "end_date" in params and not entry.started <= datetime.fromisoformat(params["end_date"]):
        return False
    if params.get("errors_only") == "true" and entry.error is None:
        return False
    return all(getattr(entry, key) == params[key] for key in ("user_id", "co_id") if key in params)


class FakeLogService:
    """The login and log endpoints; it records the query of every log request."""

    def __init__(self) -> None:
        self.log_requests: list[httpx.QueryParams] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == LOGIN_PATH:
            return login_answer()
        assert (request.method, request.url.path) == ("GET", LOGS_PATH)
        params = request.url.params
        self.log_requests.append(params)
        matching = [entry for entry in ENTRIES if matches(entry, params)]
        skip = int(params.get("skip", "0"))
        page = matching[skip : skip + PAGE_SIZE]
        body: dict[str, Any] = {"logs": [entry.to_json() for entry in page]}
        if len(matching) > skip + PAGE_SIZE:
            first_next = matching[skip + PAGE_SIZE]
            body["nextEndDate"] = first_next.started.isoformat()
            returned = matching[: skip + PAGE_SIZE]
            same = sum(1 for entry in returned if entry.started == first_next.started)
            if same:
                body["nextSkip"] = same
        return httpx.Response(200, json=body)


@contextmanager
def sync_admin(handler: Any) -> Iterator[StitchAdmin]:
    with StitchAdmin.login(
        "public-key", "private-key", base_url=ORIGIN, transport=httpx.MockTransport(handler)
    ) as admin:
        yield admin


@asynccontextmanager
async def async_admin(handler: Any) -> AsyncIterator[AsyncStitchAdmin]:
    admin = await AsyncStitchAdmin.login(
        "public-key", "private-key", base_url=ORIGIN, transport=httpx.MockTransport(handler)
    )
    async with admin:
        yield admin


def iso(moment: datetime) -> str:
    return moment.isoformat()


# Filters as the caller passes them, and as the service must see them on every page.
FILTERS: dict[str, dict[str, Any]] = {
    "none": {},
    "errors-user-co": {"errors_only": True, "user_id": "user-1", "co_id": "co-False"},
    # Cuts runs: the end is the 250-run's instant (kept: inclusive); the start is the 20-run's
    # (dropped: exclusive).
    "window": {"start_date": timestamp_of(390), "end_date": iso(timestamp_of(60))},
    "window-and-errors": {
        "start_date": iso(timestamp_of(1000)),
        "end_date": timestamp_of(100),
        "errors_only": True,
    },
}


def as_datetime(value: datetime | str | None) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def expected_ids(filters: dict[str, Any]) -> list[str]:
    """What the caller must read: computed here directly, not by the fake's code."""
    start, end = as_datetime(filters.get("start_date")), as_datetime(filters.get("end_date"))
    return [
        entry.id
        for entry in ENTRIES
        if (start is None or entry.started > start)
        and (end is None or entry.started <= end)
        and (entry.error is not None or not filters.get("errors_only"))
        and filters.get("user_id", entry.user_id) == entry.user_id
        and filters.get("co_id", entry.co_id) == entry.co_id
    ]


def check_requests(service: FakeLogService, filters: dict[str, Any], entries: int) -> None:
    """One request a page, each carrying the caller's filters."""
    assert len(service.log_requests) == max(1, -(-entries // PAGE_SIZE))
    for number, params in enumerate(service.log_requests):
        assert as_datetime(params.get("start_date")) == as_datetime(filters.get("start_date"))
        assert params.get("errors_only") == ("true" if filters.get("errors_only") else None)
        assert params.get("user_id") == filters.get("user_id")
        assert params.get("co_id") == filters.get("co_id")
        if number == 0:
            assert "skip" not in params
            assert as_datetime(params.get("end_date")) == as_datetime(filters.get("end_date"))
        else:
            assert "end_date" in params


def test_the_fixture_has_long_runs_across_page_edges() -> None:
    assert len(ENTRIES) >= 1_000
    assert len({entry.id for entry in ENTRIES}) == len(ENTRIES)
    for edge in (100, 200, 300, 400, 700, 800, 900, 1000):
        assert ENTRIES[edge - 1].started == ENTRIES[edge].started


@pytest.mark.parametrize("filters", FILTERS.values(), ids=FILTERS.keys())
def test_sync_iteration_yields_every_entry_once_in_order(filters: dict[str, Any]) -> None:
    service = FakeLogService()
    with sync_admin(service) as admin:
        ids = [entry.id for entry in admin.iter_logs(GROUP, APP, **filters)]
    expected = expected_ids(filters)
    assert len(expected) > 2 * PAGE_SIZE  # several pages, whatever the filters
    assert ids == expected
    check_requests(service, filters, len(expected))


@pytest.mark.anyio
@pytest.mark.parametrize("filters", FILTERS.values(), ids=FILTERS.keys())
async def test_async_iteration_yields_every_entry_once_in_order(filters: dict[str, Any]) -> None:
    service = FakeLogService()
    async with async_admin(service) as admin:
        ids = [entry.id async for entry in admin.iter_logs(GROUP, APP, **filters)]
    assert ids == expected_ids(filters)
    check_requests(service, filters, len(ids))


def test_sync_iteration_fetches_a_page_only_when_it_is_reached() -> None:
    service = FakeLogService()
    with sync_admin(service) as admin:
        for position, _ in enumerate(admin.iter_logs(GROUP, APP)):
            assert len(service.log_requests) == position // PAGE_SIZE + 1
    assert len(service.log_requests) == -(-len(ENTRIES) // PAGE_SIZE)


@pytest.mark.anyio
async def test_async_iteration_fetches_a_page_only_when_it_is_reached() -> None:
    service = FakeLogService()
    async with async_admin(service) as admin:
        position = 0
        async for _ in admin.iter_logs(GROUP, APP):
            assert len(service.log_requests) == position // PAGE_SIZE + 1
            position += 1
    assert position == len(ENTRIES)


def test_creating_a_paginator_fetches_nothing() -> None:
    service = FakeLogService()
    with sync_admin(service) as admin:
        admin.iter_logs(GROUP, APP)
        admin.iter_log_pages(GROUP, APP)
    assert service.log_requests == []


@pytest.mark.parametrize("filters", FILTERS.values(), ids=FILTERS.keys())
def test_a_page_cursor_resumes_right_after_its_page(filters: dict[str, Any]) -> None:
    service = FakeLogService()
    expected = expected_ids(filters)
    with sync_admin(service) as admin:
        pages = list(admin.iter_log_pages(GROUP, APP, **filters))
        assert [entry.id for page in pages for entry in page.entries] == expected
        assert all(len(page.entries) <= PAGE_SIZE for page in pages)
        assert pages[-1].is_last
        assert pages[-1].cursor is None
        read = 0
        for page in pages[:-1]:
            read += len(page.entries)
            assert not page.is_last
            assert page.cursor is not None
            cursor = LogCursor.from_json(page.cursor.to_json())  # as an export would store it
            rest = [entry.id for entry in admin.iter_logs(GROUP, APP, **filters, cursor=cursor)]
            assert rest == expected[read:]


@pytest.mark.anyio
async def test_async_page_cursors_resume_too() -> None:
    service = FakeLogService()
    async with async_admin(service) as admin:
        pages = [page async for page in admin.iter_log_pages(GROUP, APP)]
        middle = pages[3]
        assert middle.cursor is not None
        read = sum(len(page.entries) for page in pages[:4])
        rest = [entry.id async for entry in admin.iter_logs(GROUP, APP, cursor=middle.cursor)]
    assert rest == [entry.id for entry in ENTRIES[read:]]


def test_no_match_is_one_empty_page() -> None:
    service = FakeLogService()
    with sync_admin(service) as admin:
        pages = list(admin.iter_log_pages(GROUP, APP, user_id="nobody"))
    assert len(pages) == 1
    assert pages[0].entries == []
    assert pages[0].is_last


def test_a_service_that_repeats_its_cursor_stops_the_iteration() -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        if request.url.path == LOGIN_PATH:
            return login_answer()
        body = {"logs": [ENTRIES[0].to_json()], "nextEndDate": iso(NEWEST), "nextSkip": 1}
        return httpx.Response(200, json=body)

    with sync_admin(stuck) as admin:
        seen = []
        with pytest.raises(UnexpectedResponseError, match="paging would not advance"):
            seen.extend(admin.iter_logs(GROUP, APP))
    assert [entry.id for entry in seen] == [ENTRIES[0].id]  # the first page only
