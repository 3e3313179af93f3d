"""Reading an application's log across pages: every entry exactly once, newest first.

The service pages logs 100 at a time. A page that is not the last carries ``nextEndDate`` and,
when the next page begins at the instant this one ends, ``nextSkip``; the next request repeats
the query with ``end_date=nextEndDate`` and ``skip=nextSkip``. ``LogCursor`` is that pair: each
page hands out the cursor that resumes after it, so an interrupted export can continue without
a gap or a repeat.

Each cursor must point past the previous one (older entries, or further at the same instant):
a service whose cursors do not advance is refused rather than followed forever.

The cursor logic is plain functions (``LogQuery.arguments``, ``next_cursor``). ``Paginator``
drives them, one page in memory at a time, with ``for`` (sync client) or ``async for`` (async
client) — the same object serves both.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
from stitch_admin_client.types import UNSET, Unset

from .arguments import check_ids
from .dates import aware_datetime
from .errors import InvalidArgumentError, UnexpectedResponseError

if TYPE_CHECKING:
    from stitch_admin_client.models import LogEntry, LogPage

    from .client import StitchClient

T = TypeVar("T")


@attrs.frozen
class LogCursor:
    """Where to resume reading: the next page's ``end_date`` and ``skip``."""

    end_date: datetime
    skip: int = 0

    def follows(self, other: LogCursor) -> bool:
        """Whether this cursor points past ``other``: to older entries, or further at the same
        instant. Pages are newest first, so each page's cursor must follow the previous one."""
        return self.end_date < other.end_date or (
            self.end_date == other.end_date and self.skip > other.skip
        )

    def to_json(self) -> str:
        """A string to store (a file, a database) and give back to ``LogCursor.from_json``."""
        return json.dumps({"end_date": self.end_date.isoformat(), "skip": self.skip})

    @classmethod
    def from_json(cls, text: str) -> LogCursor:
        try:
            data = json.loads(text)
            end_date = aware_datetime(data["end_date"], "cursor end_date")
            skip = data.get("skip", 0)
        except (ValueError, TypeError, KeyError) as exc:
            raise InvalidArgumentError(f"not a log cursor: {exc}") from None
        if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
            raise InvalidArgumentError(
                f"not a log cursor: skip must be a non-negative integer, not {skip!r}"
            )
        return cls(end_date=end_date, skip=skip)


@attrs.frozen
class LogEntriesPage:
    """One page of entries, and the cursor that resumes after it (``None`` on the last page)."""

    entries: list[LogEntry]
    cursor: LogCursor | None
    raw: LogPage = attrs.field(repr=False)

    @property
    def is_last(self) -> bool:
        return self.cursor is None


def _optional_str(value: object, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InvalidArgumentError(f"{name} must be a string, not {type(value).__name__}")


@attrs.frozen
class LogQuery:
    """The filters of one log read; they stay the same on every page."""

    group_id: str
    app_id: str
    start_date: datetime | None = None
    end_date: datetime | None = None
    errors_only: bool | None = None
    user_id: str | None = None
    co_id: str | None = None

    @classmethod
    def build(
        cls,
        group_id: str,
        app_id: str,
        *,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        errors_only: bool | None = None,
        user_id: str | None = None,
        co_id: str | None = None,
    ) -> LogQuery:
        """Validate the caller's arguments (dates must be timezone-aware)."""
        check_ids(group_id, app_id)
        if errors_only is not None and not isinstance(errors_only, bool):
            raise InvalidArgumentError(f"errors_only must be a bool, not {errors_only!r}")
        start = None if start_date is None else aware_datetime(start_date, "start_date")
        end = None if end_date is None else aware_datetime(end_date, "end_date")
        if start is not None and end is not None and end <= start:
            raise InvalidArgumentError(
                f"end_date ({end.isoformat()}) must be after start_date ({start.isoformat()})"
            )
        return cls(
            group_id,
            app_id,
            start,
            end,
            errors_only,
            _optional_str(user_id, "user_id"),
            _optional_str(co_id, "co_id"),
        )

    def position(self, cursor: LogCursor | None) -> LogCursor | None:
        """Where the page that ``cursor`` points at starts (``None``: the newest entry)."""
        if cursor is not None or self.end_date is None:
            return cursor
        return LogCursor(end_date=self.end_date)

    def arguments(self, cursor: LogCursor | None) -> dict[str, Any]:
        """The keyword arguments of ``list_logs`` for the page that ``cursor`` points at."""
        end_date = cursor.end_date if cursor is not None else self.end_date
        return {
            "group_id": self.group_id,
            "app_id": self.app_id,
            "start_date": UNSET if self.start_date is None else self.start_date,
            "end_date": UNSET if end_date is None else end_date,
            "skip": cursor.skip if cursor is not None and cursor.skip else UNSET,
            "errors_only": UNSET if self.errors_only is None else self.errors_only,
            "user_id": UNSET if self.user_id is None else self.user_id,
            "co_id": UNSET if self.co_id is None else self.co_id,
        }


def next_cursor(page: LogPage, current: LogCursor | None) -> LogCursor | None:
    """The cursor after ``page`` (``None``: it was the last).

    ``current`` is where ``page`` started. A next cursor that does not point past it is refused:
    following it would read the same entries again, possibly forever (a service that sends its
    cursors back and forth).
    """
    if isinstance(page.next_end_date, Unset):
        return None
    skip = page.next_skip if isinstance(page.next_skip, int) else 0
    if skip < 0:
        raise UnexpectedResponseError(f"the log page's nextSkip is negative ({skip})")
    cursor = LogCursor(end_date=page.next_end_date, skip=skip)
    if current is not None and not cursor.follows(current):
        raise UnexpectedResponseError(
            f"the log service's next page ({_describe(cursor)}) does not come after the page it"
            f" was asked for ({_describe(current)}): paging would not advance"
        )
    return cursor


def _describe(cursor: LogCursor) -> str:
    return f"end_date {cursor.end_date.isoformat()}, skip {cursor.skip}"


class Paginator(Generic[T]):
    """Pages (or entries) of a log read, fetched lazily: use ``for`` or ``async for``."""

    def __init__(
        self,
        client: StitchClient,
        query: LogQuery,
        cursor: LogCursor | None,
        unpack: Callable[[LogEntriesPage], list[T]],
    ) -> None:
        self._client = client
        self._query = query
        self._cursor = cursor
        self._unpack = unpack

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._query!r}, cursor={self._cursor!r})"

    def _step(self, page: LogPage, cursor: LogCursor | None) -> LogEntriesPage:
        position = self._query.position(cursor)
        return LogEntriesPage(entries=page.logs, cursor=next_cursor(page, position), raw=page)

    def __iter__(self) -> Iterator[T]:
        from stitch_admin_client.api.logs import list_logs

        cursor = self._cursor
        while True:
            page = self._step(
                list_logs.sync(client=self._client, **self._query.arguments(cursor)), cursor
            )
            yield from self._unpack(page)
            if page.cursor is None:
                return
            cursor = page.cursor

    async def __aiter__(self) -> AsyncIterator[T]:
        from stitch_admin_client.api.logs import list_logs

        cursor = self._cursor
        fetch: Callable[..., Awaitable[LogPage]] = list_logs.asyncio
        while True:
            page = self._step(
                await fetch(client=self._client, **self._query.arguments(cursor)), cursor
            )
            for item in self._unpack(page):
                yield item
            if page.cursor is None:
                return
            cursor = page.cursor


def pages(
    client: StitchClient, query: LogQuery, cursor: LogCursor | None
) -> Paginator[LogEntriesPage]:
    return Paginator(client, query, cursor, lambda page: [page])


def entries(client: StitchClient, query: LogQuery, cursor: LogCursor | None) -> Paginator[LogEntry]:
    return Paginator(client, query, cursor, lambda page: page.entries)
