"""Reading an application's log across pages: every entry exactly once, newest first.

The service pages logs 100 at a time. A page that is not the last carries ``nextEndDate`` and,
when the next page begins at the instant this one ends, ``nextSkip``; the next request repeats
the query with ``end_date=nextEndDate`` and ``skip=nextSkip``. ``LogCursor`` is that pair: a
place in the log, from which a read continues without a gap or a repeat.

Each cursor must point past the previous one (older entries, or further at the same instant):
a service whose cursors do not advance is refused rather than followed forever.

The logic is plain functions and small state objects that do no I/O: ``LogQuery.arguments``
and ``next_cursor`` here, the shards of a parallel read in ``log_shards``, the polls of a
follow in ``log_follow``. ``Paginator`` is what users iterate, with ``for`` (sync client) or
``async for`` (async client) — the same object serves both; the drivers in ``log_readers`` run
the logic with the session's client. ``entries`` and ``pages`` make a paginator from a client,
a ``LogQuery`` (what to read) and ``LogOptions`` (how).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

import attrs
from stitch_admin_client.types import UNSET, Unset

from .arguments import check_ids, check_number
from .dates import aware_datetime
from .defaults import DEFAULT_LATENESS, DEFAULT_POLL_INTERVAL
from .errors import InvalidArgumentError, UnexpectedResponseError

if TYPE_CHECKING:
    from stitch_admin_client.models import LogEntry, LogPage

    from .client import StitchClient
    from .log_positions import Chunk, Position

T = TypeVar("T")
# How many requests a parallel read may have in flight at most.
MAX_CONCURRENCY: Final = 64


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
    # Where the page's request started (None: at the newest entry): places its entries.
    _start: Position | None = attrs.field(default=None, repr=False, eq=False, alias="start")

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


def _seconds(value: object, name: str, *, above_zero: bool) -> float:
    if isinstance(value, timedelta):
        value = value.total_seconds()
    return float(check_number(value, name, above_minimum=above_zero))


@attrs.frozen
class LogOptions:
    """How a log read runs (``LogQuery`` says what it reads).

    ``cursor`` resumes a read; ``concurrency`` is how many requests a read may have in flight
    (1: page after page); ``follow`` keeps reading new entries as they arrive, polling every
    ``poll_interval`` seconds and reading again the last ``lateness`` seconds of the log on
    each poll (see ``log_follow``).
    """

    cursor: LogCursor | None = None
    concurrency: int = 1
    follow: bool = False
    poll_interval: float = DEFAULT_POLL_INTERVAL
    lateness: float = DEFAULT_LATENESS

    @classmethod
    def build(
        cls,
        *,
        cursor: object = None,
        concurrency: object = 1,
        follow: object = False,
        poll_interval: object = DEFAULT_POLL_INTERVAL,
        lateness: object = DEFAULT_LATENESS,
    ) -> LogOptions:
        """Validate the caller's arguments (seconds may be given as a ``timedelta``)."""
        if cursor is not None and not isinstance(cursor, LogCursor):
            raise InvalidArgumentError(
                f"cursor must be a LogCursor (see LogCursor.from_json), not {cursor!r}"
            )
        workers = check_number(
            concurrency, "concurrency", minimum=1, maximum=MAX_CONCURRENCY, whole=True
        )
        if not isinstance(follow, bool):
            raise InvalidArgumentError(f"follow must be a bool, not {follow!r}")
        if follow and cursor is not None:
            raise InvalidArgumentError(
                "follow starts at start_date (or now), not at a cursor: pass start_date"
            )
        return cls(
            cursor=cursor,
            concurrency=int(workers),
            follow=follow,
            poll_interval=_seconds(poll_interval, "poll_interval", above_zero=True),
            lateness=_seconds(lateness, "lateness", above_zero=False),
        )

    def check(self, query: LogQuery) -> None:
        """Refuse what this read cannot do with ``query``."""
        if self.follow and query.end_date is not None:
            raise InvalidArgumentError("follow reads new entries as they come: it has no end_date")


class Paginator(Generic[T]):
    """Pages (or entries) of a log read, fetched as the iteration needs them: use ``for`` or
    ``async for``. ``cursor`` is where a read continues after what was yielded so far."""

    def __init__(
        self,
        client: StitchClient,
        query: LogQuery,
        options: LogOptions,
        kind: Literal["entries", "pages"],
    ) -> None:
        options.check(query)
        self._client = client
        self._query = query
        self._options = options
        self._kind = kind
        # The last entry yielded: the entries it came with (and where their request started),
        # and its index; its place is worked out only when ``cursor`` is asked for.
        self._last_chunk: Chunk | None = None
        self._last_index = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._query!r}, {self._options!r})"

    @property
    def cursor(self) -> LogCursor | None:
        """The cursor that continues right after the last entry yielded: give it back as
        ``cursor=`` (with any ``concurrency``) to read on without a gap or a repeat.

        Before the first entry it is the cursor the read started from (``None``: the top); it
        is ``None`` for a follow, which has no cursor.
        """
        if self._options.follow:
            return None
        if self._last_chunk is None:
            return self._options.cursor
        return self._last_chunk.after(self._last_index).cursor()

    def __iter__(self) -> Iterator[T]:
        from . import log_readers

        self._last_chunk = None
        return log_readers.iterate(self, self._client, self._query, self._options, self._kind)

    def __aiter__(self) -> AsyncIterator[T]:
        from . import log_readers

        self._last_chunk = None
        return log_readers.aiterate(self, self._client, self._query, self._options, self._kind)


def pages(
    client: StitchClient, query: LogQuery, options: LogOptions | None = None
) -> Paginator[LogEntriesPage]:
    """The pages of a read: a function of the client, what to read and how."""
    return Paginator(client, query, options or LogOptions(), "pages")


def entries(
    client: StitchClient, query: LogQuery, options: LogOptions | None = None
) -> Paginator[LogEntry]:
    """The entries of a read: a function of the client, what to read and how."""
    return Paginator(client, query, options or LogOptions(), "entries")
