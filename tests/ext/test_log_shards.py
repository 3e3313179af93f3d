"""The plan of a parallel log read, without I/O: whatever the log, the window and the order in
which answers come back, the entries handed out are those of the sequential read, in order,
each once, and the pages held stay within the budget.

The service is the model of ``support.log_service`` (its exact paging rule); the plan's
requests are encoded as the generated client encodes them.
"""

from __future__ import annotations

import itertools
import os
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stitch_admin_client.api.logs.list_logs import _get_kwargs
from stitch_admin_client.models import LogPage
from support.ext import APP, GROUP
from support.log_service import Entry, LogService, entries_at

from stitch_admin_ext.errors import ServerError, UnexpectedResponseError
from stitch_admin_ext.log_positions import Chunk, Position, datetime_of
from stitch_admin_ext.log_shards import Shard, ShardPlan, ShardRequest, initial_shard
from stitch_admin_ext.logs import LogCursor, LogQuery

BASE = 1_714_560_000_000  # 2024-05-01T10:40:00Z, in milliseconds
PROPERTY = settings(
    max_examples=int(os.environ.get("LOG_PROPERTY_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def params_of(query: LogQuery, request: ShardRequest) -> dict[str, Any]:
    """The query string the generated client sends for ``request``."""
    params: dict[str, Any] = _get_kwargs(**request.arguments(query))["params"]
    return params


class Run:
    """Drives a plan by hand: which request is answered next, and when entries are taken."""

    def __init__(self, plan: ShardPlan, service: LogService, query: LogQuery) -> None:
        self.plan, self.service, self.query = plan, service, query
        self.in_flight: list[ShardRequest] = []
        self.taken: list[str] = []
        self.most_held = 0
        self.sent: list[dict[str, Any]] = []

    def fill(self) -> None:
        while (request := self.plan.assign()) is not None:
            self.in_flight.append(request)
        self.most_held = max(self.most_held, self.plan.holding)
        # The shard being read may go one page beyond the cap, never more.
        assert self.plan.holding <= self.plan.hard_cap + 1
        assert len(self.in_flight) <= self.plan.workers

    def answer(self, index: int) -> None:
        request = self.in_flight.pop(index)
        params = params_of(self.query, request)
        self.sent.append(params)
        self.plan.deliver(request, LogPage.from_dict(self.service.page(params)))

    def take_all(self) -> None:
        while (chunk := self.plan.take()) is not None:
            self.taken += [entry.id for entry in chunk.entries]

    def finish(self, choose: Any = None) -> list[str]:
        """Run to the end; ``choose(n)`` picks which of n answers comes next (n: take)."""
        choose = choose or (lambda n: 0)
        self.fill()
        while not self.plan.exhausted:
            pick = choose(len(self.in_flight))
            if pick >= len(self.in_flight):
                self.take_all()
                if not self.in_flight and not self.plan.exhausted:
                    self.fill()
                    assert self.in_flight or self.plan.take() is not None, "the plan stalled"
            else:
                self.answer(pick)
            self.fill()
        return self.taken


def plan_for(query: LogQuery, cursor: LogCursor | None = None, **options: Any) -> ShardPlan:
    options.setdefault("workers", 4)
    return ShardPlan(initial_shard(query, cursor), **options)


def query(**filters: Any) -> LogQuery:
    return LogQuery.build(GROUP, APP, **filters)


# ---------------------------------------------------------------------------- the property

bursts = st.lists(st.tuples(st.integers(0, 400), st.integers(1, 260)), min_size=0, max_size=14).map(
    lambda pairs: [instant for instant, count in pairs for _ in range(count)]
)
singles = st.lists(st.integers(0, 400), max_size=600)
steps = st.sampled_from([1, 3, 1000, 86_400_000])


@PROPERTY
@given(
    burst_instants=bursts,
    single_instants=singles,
    step=steps,
    shuffle=st.randoms(use_true_random=False),
    workers=st.integers(2, 8),
    shard_pages=st.integers(1, 4),
    window=st.tuples(st.none() | st.integers(-1, 401), st.none() | st.integers(-1, 401)),
    errors_only=st.booleans(),
    order=st.randoms(use_true_random=False),
)
def test_any_log_any_window_any_answer_order_gives_the_sequential_read(
    burst_instants: list[int],
    single_instants: list[int],
    step: int,
    shuffle: random.Random,
    workers: int,
    shard_pages: int,
    window: tuple[int | None, int | None],
    errors_only: bool,
    order: random.Random,
) -> None:
    instants = [BASE + step * n for n in burst_instants + single_instants]
    shuffle.shuffle(instants)  # the order written: ties come out last-written first
    service = LogService(entries_at(instants))
    low, high = window
    filters: dict[str, Any] = {"errors_only": True} if errors_only else {}
    if low is not None:
        filters["start_date"] = datetime_of(BASE + step * low)
    if high is not None and (low is None or high > low):
        filters["end_date"] = datetime_of(BASE + step * high)
    read = query(**filters)
    plan = plan_for(read, workers=workers, shard_pages=shard_pages)
    taken = Run(plan, service, read).finish(lambda n: order.randint(0, n))
    assert taken == service.expected(**filters)


@PROPERTY
@given(
    instants=bursts,
    extra=singles,
    stop=st.integers(0, 3000),
    workers=st.integers(2, 6),
    order=st.randoms(use_true_random=False),
)
def test_a_read_resumed_from_any_position_continues_without_gap_or_repeat(
    instants: list[int], extra: list[int], stop: int, workers: int, order: random.Random
) -> None:
    service = LogService(entries_at([BASE + n for n in instants + extra]))
    expected = service.expected()
    stop = min(stop, len(expected))
    read = query()
    plan = plan_for(read, workers=workers, shard_pages=2)
    run = Run(plan, service, read)
    run.fill()
    chunks: list[Chunk] = []
    while sum(len(chunk) for chunk in chunks) < stop:
        chunk = plan.take()
        if chunk is None:
            assert run.in_flight, "the plan stalled"
            run.answer(order.randrange(len(run.in_flight)))
        else:
            chunks.append(chunk)
        run.fill()
    if stop == 0:
        return
    # The cursor after entry number `stop - 1`, from the chunk that held it.
    before = stop
    for chunk in chunks:
        if before <= len(chunk):
            cursor = chunk.after(before - 1).cursor()
            break
        before -= len(chunk)
    for resumed_workers in (1, workers):
        resumed = plan_for(read, cursor, workers=resumed_workers)
        rest = Run(resumed, service, read).finish(lambda n: order.randint(0, n))
        assert expected[:stop] + rest == expected


# ---------------------------------------------------------------------------- positions


@given(
    instants=st.lists(st.integers(0, 12), min_size=1, max_size=60),
    start_index=st.integers(0, 59),
    bottom=st.tuples(st.integers(-1, 13), st.integers(0, 12)),
)
def test_a_chunk_places_and_cuts_its_entries_as_the_whole_order_does(
    instants: list[int], start_index: int, bottom: tuple[int, int]
) -> None:
    service = LogService(entries_at([BASE + n for n in instants]))
    everything = LogPage.from_dict({"logs": [e.to_json() for e in _ordered(service)]}).logs
    # Brute force: the place of every entry of the whole order.
    places = []
    for index, entry in enumerate(everything):
        same = [e for e in everything[:index] if e.started == entry.started]
        places.append(Position(BASE + instants_of(entry), len(same)))
    start_index = min(start_index, len(everything) - 1)
    start = places[start_index]
    chunk = Chunk(list(everything[start_index:]), start)
    for index in range(len(chunk)):
        assert chunk.position(index) == places[start_index + index]
    cut_at = Position(BASE + bottom[0], bottom[1])
    keep = [e.id for e, place in zip(everything, places, strict=True) if place.before(cut_at)]
    chunk.cut(cut_at)
    assert [e.id for e in chunk.entries] == keep[start_index:]


def _ordered(service: LogService) -> list[Entry]:
    by_id = {e.id: e for e in service._entries}
    return [by_id[key] for key in service.expected()]


def instants_of(entry: Any) -> int:
    return (entry.started - datetime_of(BASE)) // timedelta(milliseconds=1)


def test_positions_sort_in_reading_order() -> None:
    newer, older = Position(BASE + 5, 0), Position(BASE + 4, 0)
    assert newer.before(older)
    assert Position(BASE + 5, 1).before(older)
    assert Position(BASE + 5, 0).before(Position(BASE + 5, 1))
    assert not newer.before(newer)
    cursor = Position(BASE + 5, 3).cursor()
    assert cursor == LogCursor(datetime(2024, 5, 1, 10, 40, 0, 5000, tzinfo=UTC), 3)
    assert Position.of_cursor(cursor) == Position(BASE + 5, 3)


# ---------------------------------------------------------------------------- the plan's rules


def uniform(count: int, spacing: int = 10) -> LogService:
    return LogService(entries_at([BASE + spacing * n for n in range(count)]))


def test_the_first_request_is_the_sequential_read_s_first_page() -> None:
    read = query(start_date=datetime_of(BASE), end_date=datetime_of(BASE + 99))
    plan = plan_for(read, workers=8)
    first = plan.assign()
    assert first is not None
    assert plan.assign() is None  # nothing to cut before the first page shows the density
    assert first.arguments(read) == read.arguments(None) | {"start_date": datetime_of(BASE)}


def test_idle_workers_split_the_read_once_the_first_page_shows_its_density() -> None:
    service = uniform(5000)
    read = query()
    plan = plan_for(read, workers=8, shard_pages=4)
    run = Run(plan, service, read)
    run.fill()
    run.answer(0)
    run.fill()
    assert len(run.in_flight) == 8
    assert plan.splits == 1
    shards = plan.shards
    for upper, lower in itertools.pairwise(shards):
        assert upper.bottom == lower.top  # no overlap, no hole
    assert shards[-1].bottom is None
    # The shard being read keeps one page; each new shard about three (of 100 entries).
    first_tops = [shard.top.ms for shard in shards[1:3] if shard.top is not None]
    assert first_tops[0] - first_tops[1] == pytest.approx(300 * 10, rel=0.1)


def test_a_dense_stretch_is_split_while_workers_are_idle() -> None:
    # 95% of the entries in 1% of the window, in its middle.
    sparse = [BASE + 100 * n for n in range(500)]
    dense = [BASE + 25_000 + (n % 500) for n in range(9500)]
    service = LogService(entries_at(sparse + dense))
    read = query()
    plan = plan_for(read, workers=8)
    run = Run(plan, service, read)
    taken = run.finish(lambda n: n - 1 if n else 0)
    assert taken == service.expected()
    # Each dense page was found by a shard of its own size, not read by one worker in a row.
    assert plan.splits > 20


def test_a_burst_at_one_instant_is_cut_by_rank_and_never_read_past() -> None:
    burst = [BASE + 1000] * 1250
    around = [BASE + 2000 + n for n in range(120)] + [BASE + n for n in range(120)]
    service = LogService(entries_at(burst + around))
    read = query()
    plan = plan_for(read, workers=6, shard_pages=2)
    run = Run(plan, service, read)
    assert run.finish(lambda n: n // 2) == service.expected()
    skips = [int(params.get("skip", 0)) for params in run.sent]
    assert max(skips) >= 200  # pages deep inside the burst were asked for directly


def test_a_shard_split_while_in_flight_drops_what_its_page_brings_past_its_new_end() -> None:
    service = uniform(3000)
    read = query()
    plan = plan_for(read, workers=1, shard_pages=4)
    run = Run(plan, service, read)
    run.fill()
    run.answer(0)  # the first page shows the density
    run.fill()  # the second page is asked for, the shard's bottom still the read's
    shard = plan.shards[0]
    assert shard.request is not None
    assert shard.next is not None
    # As a split does: a new shard takes over from half-way through the page in flight.
    cut = Position(shard.next.ms - 500)
    plan.shards.insert(1, Shard(top=cut, bottom=shard.bottom, next=cut))
    shard.bottom = cut
    run.answer(0)
    assert len(shard.chunks[-1]) == 50  # the rest of the page is the new shard's
    assert shard.done
    assert run.finish() == service.expected()


def test_the_pages_held_stay_within_the_budget_when_the_reader_does_not_take() -> None:
    service = uniform(20_000)
    read = query()
    plan = plan_for(read, workers=8)
    run = Run(plan, service, read)
    run.fill()
    for _ in range(2000):  # answer everything, take nothing
        if not run.in_flight:
            break
        run.answer(0)
        run.fill()
    assert not run.in_flight  # the workers stopped: no room left
    assert plan.holding <= plan.hard_cap + 1
    assert run.most_held <= plan.hard_cap + 1
    assert run.finish() == service.expected()


def test_a_failed_request_ends_the_read_with_its_error_and_hands_out_nothing_after() -> None:
    service = uniform(2000)
    read = query()
    plan = plan_for(read, workers=4)
    run = Run(plan, service, read)
    run.fill()
    run.answer(0)
    run.fill()
    failing = run.in_flight.pop()
    error = ServerError("GET .../logs answered 503", status_code=503)
    plan.fail(failing, error)
    with pytest.raises(ServerError):
        plan.take()
    assert plan.assign() is None


def test_a_service_whose_cursor_does_not_advance_fails_the_read() -> None:
    read = query()
    plan = plan_for(read)
    request = plan.assign()
    assert request is not None
    stuck = LogPage.from_dict(
        {
            "logs": [Entry("e1", BASE).to_json()],
            "nextEndDate": "2099-01-01T00:00:00.000Z",
        }
    )
    plan.deliver(request, stuck)
    plan.deliver(plan.assign() or request, stuck)
    with pytest.raises(UnexpectedResponseError, match="paging would not advance"):
        plan.take()


@pytest.mark.parametrize(
    ("filters", "cursor", "top", "bottom"),
    [
        ({}, None, None, None),
        ({"end_date": datetime_of(BASE + 7)}, None, Position(BASE + 7), None),
        ({"start_date": datetime_of(BASE + 1)}, None, None, Position(BASE + 1)),
        (
            {"end_date": datetime_of(BASE + 7)},
            LogCursor(datetime_of(BASE + 5), 2),
            Position(BASE + 5, 2),
            None,
        ),
    ],
)
def test_the_first_shard_is_the_whole_read(
    filters: dict[str, Any], cursor: LogCursor | None, top: Position | None, bottom: Any
) -> None:
    shard = initial_shard(query(**filters), cursor)
    assert (shard.top, shard.bottom, shard.next) == (top, bottom, top)


def test_sub_millisecond_bounds_select_what_the_service_selects() -> None:
    service = uniform(50, spacing=1)
    start = datetime_of(BASE + 10) + timedelta(microseconds=500)
    end = datetime_of(BASE + 40) + timedelta(microseconds=999)
    read = query(start_date=start, end_date=end)
    assert Run(plan_for(read), service, read).finish() == service.expected(
        start_date=start, end_date=end
    )


def test_shards_never_overlap_after_any_number_of_splits() -> None:
    service = uniform(30_000, spacing=3)
    read = query()
    plan = plan_for(read, workers=16, shard_pages=1)
    run = Run(plan, service, read)
    rng = random.Random(4)  # noqa: S311 (test data)
    run.fill()
    for _ in range(300):
        if not run.in_flight:
            run.take_all()
            run.fill()
            continue
        run.answer(rng.randrange(len(run.in_flight)))
        run.fill()
        tops = [shard.top for shard in plan.shards]
        bottoms = [shard.bottom for shard in plan.shards]
        assert tops[1:] == bottoms[:-1]
        if rng.random() < 0.3:
            run.take_all()
    assert run.finish() == service.expected()


def test_shard_repr_and_holding() -> None:
    shard = Shard(top=None, bottom=None, next=None)
    assert shard.holding == 0
    assert "ShardPlan" in repr(plan_for(query()))


def test_a_page_whose_entries_cannot_be_placed_ends_the_read_with_the_error() -> None:
    read = query()
    plan = plan_for(read, workers=2)
    request = plan.assign()
    assert request is not None
    broken = {"_id": "e1", "started": "not a date", "type": "FUNCTION"}
    page = LogPage.from_dict({"logs": [broken], "nextEndDate": "2024-05-01T00:00:00.000Z"})
    plan.deliver(request, page)  # its first entry's instant is needed, and unreadable
    with pytest.raises(Exception, match="started"):
        plan.take()
    assert plan.assign() is None
