"""The drivers of log reads: they run the logic of ``logs``, ``log_shards`` and ``log_follow``
with the session's client, in the calling thread (sync) or on the event loop (async).

- Page after page: one request at a time, each page's cursor from the page before.
- Parallel (``concurrency`` > 1): a ``ShardPlan`` and as many workers, threads for the sync
  client and tasks for the async one, sharing the session's client (its retries retry each
  request, a 429 holds every worker: see ``retries.SharedBackoff``). The reader takes what
  they fetched in order; leaving the loop (``break``, an error, Ctrl-C, cancellation) stops
  the workers: the threads finish the request they are in, the tasks are cancelled.
- Follow: the reads a ``FollowPlan`` asks for, each page after page or parallel, with a wait
  of ``poll_interval`` between polls.

``PageAssembler`` turns the entries of a parallel read back into the pages of the sequential
read (100 entries each, with the same cursors), for ``iter_log_pages``.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any

from stitch_admin_client.models import LogPage
from stitch_admin_client.types import UNSET

from .log_follow import FollowPlan
from .log_positions import Chunk, Position, ms_of
from .log_shards import PAGE_SIZE, ShardPlan, initial_shard
from .logs import LogEntriesPage, LogQuery, next_cursor

if TYPE_CHECKING:
    from stitch_admin_client.models import LogEntry

    from .client import StitchClient
    from .logs import LogCursor, LogOptions, Paginator


def _start_of(query: LogQuery, cursor: LogCursor | None) -> Position | None:
    """Where the first page of a read starts (None: at the newest entry)."""
    position = query.position(cursor)
    return None if position is None else Position.of_cursor(position)


def _page(query: LogQuery, cursor: LogCursor | None, raw: LogPage) -> LogEntriesPage:
    following = next_cursor(raw, query.position(cursor))
    return LogEntriesPage(
        entries=raw.logs, cursor=following, raw=raw, start=_start_of(query, cursor)
    )


class PageAssembler:
    """The entries of a read, in order, cut into pages as the service cuts them: ``size``
    entries each, the cursor of each being the place of the entry after it (no I/O)."""

    def __init__(self, size: int = PAGE_SIZE) -> None:
        self.size = size
        self._entries: list[LogEntry] = []
        self._start: Position | None = None
        self._made = 0

    def feed(self, chunk: Chunk) -> list[LogEntriesPage]:
        made: list[LogEntriesPage] = []
        for index, entry in enumerate(chunk.entries):
            if len(self._entries) == self.size:
                made.append(self._make(chunk.position(index)))
            if not self._entries:
                self._start = chunk.position(index)
            self._entries.append(entry)
        return made

    def finish(self) -> LogEntriesPage | None:
        """The last page (the only one, empty, if the read found nothing)."""
        if self._entries or not self._made:
            return self._make(None)
        return None

    def _make(self, following: Position | None) -> LogEntriesPage:
        cursor = None if following is None else following.cursor()
        raw = LogPage(
            logs=self._entries,
            next_end_date=UNSET if cursor is None else cursor.end_date,
            next_skip=cursor.skip if cursor is not None and cursor.skip else UNSET,
        )
        page = LogEntriesPage(entries=self._entries, cursor=cursor, raw=raw, start=self._start)
        self._entries, self._start = [], following
        self._made += 1
        return page


# ---------------------------------------------------------------------- sync


def sequential_pages(
    client: StitchClient, query: LogQuery, cursor: LogCursor | None
) -> Generator[LogEntriesPage]:
    from stitch_admin_client.api.logs import list_logs

    while True:
        page = _page(query, cursor, list_logs.sync(client=client, **query.arguments(cursor)))
        yield page
        if page.cursor is None:
            return
        cursor = page.cursor


def parallel_chunks(
    client: StitchClient, query: LogQuery, cursor: LogCursor | None, workers: int
) -> Generator[Chunk]:
    from stitch_admin_client.api.logs import list_logs

    plan = ShardPlan(initial_shard(query, cursor), workers=workers)
    client.get_httpx_client()  # built here, once, before the threads share it
    lock = threading.Lock()
    # Idle workers wait on `idle`, the reader on `ready`. A worker that gets a request wakes one
    # more, which wakes another if it gets one too: as many wake as there is work for.
    idle, ready = threading.Condition(lock), threading.Condition(lock)

    def work() -> None:
        own = client.sibling()
        try:
            while True:
                with lock:
                    while (request := plan.assign()) is None:
                        if plan.closed or plan.failure is not None:
                            return
                        idle.wait()
                    idle.notify()
                try:
                    page = list_logs.sync(client=own, **request.arguments(query))
                except Exception as exc:
                    with lock:
                        plan.fail(request, exc)
                        ready.notify()
                        idle.notify_all()
                    return
                with lock:
                    plan.deliver(request, page)
                    ready.notify()
        finally:
            own.close_own_connections(client)

    threads = [
        threading.Thread(target=work, name=f"stitch-admin-logs-{number}", daemon=True)
        for number in range(workers)
    ]
    for thread in threads:
        thread.start()
    try:
        while True:
            with lock:
                while (chunk := plan.take()) is None:
                    if plan.exhausted:
                        return
                    ready.wait()
                idle.notify()  # taking made room
            yield chunk
    finally:
        with lock:
            plan.close()
            idle.notify_all()
        for thread in threads:
            thread.join()


def read_all(client: StitchClient, query: LogQuery, workers: int) -> list[LogEntry]:
    """Every entry of ``query``, newest first."""
    found: list[LogEntry] = []
    if workers > 1:
        for chunk in parallel_chunks(client, query, None, workers):
            found += chunk.entries
    else:
        for page in sequential_pages(client, query, None):
            found += page.entries
    return found


def follow(client: StitchClient, query: LogQuery, options: LogOptions) -> Iterator[LogEntry]:
    plan = _follow_plan(query, options)
    while True:
        read = plan.next_read()
        if read.probe:
            found = next(sequential_pages(client, read.query(query), None)).entries
        else:
            found = read_all(client, read.query(query), options.concurrency)
        yield from plan.absorb(read, found)
        if plan.wait:
            time.sleep(options.poll_interval)


def _follow_plan(query: LogQuery, options: LogOptions) -> FollowPlan:
    start = None if query.start_date is None else ms_of(query.start_date)
    return FollowPlan(start=start, lateness_ms=round(options.lateness * 1000))


def iterate(
    paginator: Paginator[Any],
    client: StitchClient,
    query: LogQuery,
    options: LogOptions,
    kind: str,
) -> Iterator[Any]:
    """What ``for`` over a paginator yields (entries or pages), noting the last entry."""
    if options.follow:
        return follow(client, query, options)
    if options.concurrency == 1:
        pages = sequential_pages(client, query, options.cursor)
        if kind == "pages":
            return _pages(paginator, pages)
        return _entries(paginator, (Chunk(page.entries, page._start) for page in pages))
    chunks = parallel_chunks(client, query, options.cursor, options.concurrency)
    return _assembled(paginator, chunks) if kind == "pages" else _entries(paginator, chunks)


def _entries(paginator: Paginator[Any], chunks: Generator[Chunk]) -> Iterator[LogEntry]:
    try:
        for chunk in chunks:
            if chunk.entries:
                paginator._last_chunk = chunk
                for index, entry in enumerate(chunk.entries):
                    paginator._last_index = index
                    yield entry
    finally:
        chunks.close()  # stops parallel workers at once, also when the caller leaves the loop


def _pages(paginator: Paginator[Any], pages: Iterator[LogEntriesPage]) -> Iterator[LogEntriesPage]:
    for page in pages:
        _note_page(paginator, page)
        yield page


def _note_page(paginator: Paginator[Any], page: LogEntriesPage) -> None:
    """The page's last entry is the last yielded."""
    if page.entries:
        paginator._last_chunk = Chunk(page.entries, page._start)
        paginator._last_index = len(page.entries) - 1


def _assembled(paginator: Paginator[Any], chunks: Generator[Chunk]) -> Iterator[LogEntriesPage]:
    assembler = PageAssembler()
    try:
        for chunk in chunks:
            yield from _pages(paginator, iter(assembler.feed(chunk)))
        last = assembler.finish()
        if last is not None:
            yield from _pages(paginator, iter([last]))
    finally:
        chunks.close()


# ---------------------------------------------------------------------- async


async def asequential_pages(
    client: StitchClient, query: LogQuery, cursor: LogCursor | None
) -> AsyncGenerator[LogEntriesPage]:
    from stitch_admin_client.api.logs import list_logs

    while True:
        raw = await list_logs.asyncio(client=client, **query.arguments(cursor))
        page = _page(query, cursor, raw)
        yield page
        if page.cursor is None:
            return
        cursor = page.cursor


async def aparallel_chunks(
    client: StitchClient, query: LogQuery, cursor: LogCursor | None, workers: int
) -> AsyncGenerator[Chunk]:
    from stitch_admin_client.api.logs import list_logs

    plan = ShardPlan(initial_shard(query, cursor), workers=workers)
    client.get_async_httpx_client()
    lock = asyncio.Lock()
    idle, ready = asyncio.Condition(lock), asyncio.Condition(lock)  # as in parallel_chunks

    async def work() -> None:
        own = client.sibling()
        try:
            while True:
                async with lock:
                    while (request := plan.assign()) is None:
                        if plan.closed or plan.failure is not None:
                            return
                        await idle.wait()
                    idle.notify()
                try:
                    page = await list_logs.asyncio(client=own, **request.arguments(query))
                except Exception as exc:
                    async with lock:
                        plan.fail(request, exc)
                        ready.notify()
                        idle.notify_all()
                    return
                async with lock:
                    plan.deliver(request, page)
                    ready.notify()
        finally:
            await own.aclose_own_connections(client)

    tasks = [asyncio.create_task(work(), name=f"stitch-admin-logs-{n}") for n in range(workers)]
    try:
        while True:
            async with lock:
                while (chunk := plan.take()) is None:
                    if plan.exhausted:
                        return
                    await ready.wait()
                idle.notify()
            yield chunk
    finally:
        plan.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def aread_all(client: StitchClient, query: LogQuery, workers: int) -> list[LogEntry]:
    found: list[LogEntry] = []
    if workers > 1:
        async for chunk in aparallel_chunks(client, query, None, workers):
            found += chunk.entries
    else:
        async for page in asequential_pages(client, query, None):
            found += page.entries
    return found


async def afollow(
    client: StitchClient, query: LogQuery, options: LogOptions
) -> AsyncIterator[LogEntry]:
    plan = _follow_plan(query, options)
    while True:
        read = plan.next_read()
        if read.probe:
            pages = asequential_pages(client, read.query(query), None)
            try:
                found = (await anext(pages)).entries
            finally:
                await pages.aclose()
        else:
            found = await aread_all(client, read.query(query), options.concurrency)
        for entry in plan.absorb(read, found):
            yield entry
        if plan.wait:
            await asyncio.sleep(options.poll_interval)


def aiterate(
    paginator: Paginator[Any],
    client: StitchClient,
    query: LogQuery,
    options: LogOptions,
    kind: str,
) -> AsyncIterator[Any]:
    """What ``async for`` over a paginator yields (see ``iterate``)."""
    if options.follow:
        return afollow(client, query, options)
    if options.concurrency == 1:
        pages = asequential_pages(client, query, options.cursor)
        if kind == "pages":
            return _apages(paginator, pages)
        return _aentries(paginator, _page_chunks(pages))
    chunks = aparallel_chunks(client, query, options.cursor, options.concurrency)
    return _aassembled(paginator, chunks) if kind == "pages" else _aentries(paginator, chunks)


async def _page_chunks(pages: AsyncGenerator[LogEntriesPage]) -> AsyncGenerator[Chunk]:
    try:
        async for page in pages:
            yield Chunk(page.entries, page._start)
    finally:
        await pages.aclose()


async def _aentries(
    paginator: Paginator[Any], chunks: AsyncGenerator[Chunk]
) -> AsyncIterator[LogEntry]:
    try:
        async for chunk in chunks:
            if chunk.entries:
                paginator._last_chunk = chunk
                for index, entry in enumerate(chunk.entries):
                    paginator._last_index = index
                    yield entry
    finally:
        await chunks.aclose()


async def _apages(
    paginator: Paginator[Any], pages: AsyncIterator[LogEntriesPage]
) -> AsyncIterator[LogEntriesPage]:
    async for page in pages:
        _note_page(paginator, page)
        yield page


async def _aassembled(
    paginator: Paginator[Any], chunks: AsyncGenerator[Chunk]
) -> AsyncIterator[LogEntriesPage]:
    assembler = PageAssembler()
    try:
        async for chunk in chunks:
            for page in _pages(paginator, iter(assembler.feed(chunk))):
                yield page
        last = assembler.finish()
        if last is not None:
            for page in _pages(paginator, iter([last])):
                yield page
    finally:
        await chunks.aclose()
