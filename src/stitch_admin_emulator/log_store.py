"""An application's log: entries kept sorted by start time, and the service's paging rule.

Entries are stored in ascending `started` order (ties in insertion order), so "newest first"
is a walk backwards from the `end_date` position found by bisection: a page costs
O(log n + entries passed over), never a sort.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from stitch_admin_emulator import ids, timestamps

PAGE_SIZE = 100


class InvalidEntry(ValueError):
    """A log entry given to the control endpoint cannot be stored."""


@attrs.frozen
class LogQuery:
    """The filters of `GET .../logs`. Instants are microseconds since the epoch."""

    start_us: int | None = None
    end_us: int | None = None
    skip: int = 0
    errors_only: bool = False
    user_id: str | None = None
    co_id: str | None = None

    @property
    def filters_entries(self) -> bool:
        return self.errors_only or self.user_id is not None or self.co_id is not None

    def matches(self, entry: dict[str, Any]) -> bool:
        if self.errors_only and not entry.get("error"):
            return False
        if self.user_id is not None and entry.get("user_id") != self.user_id:
            return False
        return self.co_id is None or entry.get("co_id") == self.co_id


def normalize(entry: Any, now_ms: int) -> tuple[int, dict[str, Any]]:
    """The entry as stored: an `_id`, and `started` at millisecond precision in UTC."""
    if not isinstance(entry, dict):
        raise InvalidEntry("each log entry must be an object")
    stored = dict(entry)
    stored.setdefault("_id", ids.object_id())
    started = stored.get("started")
    if started is None:
        ms = now_ms
    elif isinstance(started, str):
        try:
            ms = timestamps.parse_ms(started)
        except ValueError as exc:
            raise InvalidEntry(f"'started' is not an ISO 8601 instant: {started!r}") from exc
    else:
        raise InvalidEntry("'started' must be an ISO 8601 string")
    stored["started"] = timestamps.format_ms(ms)
    return ms, stored


class LogStore:
    def __init__(self) -> None:
        self._started: list[int] = []
        self._entries: list[dict[str, Any]] = []

    def __len__(self) -> int:
        return len(self._entries)

    def latest(self, matches: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
        """The newest entry `matches` accepts (a walk backwards: recent entries cost least)."""
        return next((entry for entry in reversed(self._entries) if matches(entry)), None)

    def add(self, ms: int, entry: dict[str, Any]) -> None:
        position = bisect.bisect_right(self._started, ms)
        self._started.insert(position, ms)
        self._entries.insert(position, entry)

    def extend(self, pairs: Iterable[tuple[int, dict[str, Any]]]) -> int:
        """Add many normalized entries at once (one sort, not one insertion each)."""
        new = list(pairs)
        if not new:
            return 0
        if self._started and min(ms for ms, _ in new) < self._started[-1]:
            # Stable: equal start times keep existing entries first, then the new ones in order.
            merged = sorted(
                [*zip(self._started, self._entries, strict=True), *new],
                key=operator.itemgetter(0),
            )
        else:
            merged = [
                *zip(self._started, self._entries, strict=True),
                *sorted(new, key=operator.itemgetter(0)),
            ]
        self._started = [ms for ms, _ in merged]
        self._entries = [entry for _, entry in merged]
        return len(new)

    def page(self, query: LogQuery, limit: int = PAGE_SIZE) -> dict[str, Any]:
        """One page, newest first, with `nextEndDate`/`nextSkip` when more entries match.

        `nextSkip` counts the entries already handed out (on this page or earlier ones) that
        share the next entry's millisecond: with `end_date=nextEndDate, skip=nextSkip` and
        the same filters, the next page starts exactly at that entry.
        """
        low = 0
        if query.start_us is not None:
            low = bisect.bisect_right(self._started, query.start_us // 1000)
        high = len(self._started)
        if query.end_us is not None:
            high = bisect.bisect_right(self._started, query.end_us // 1000)
        if query.filters_entries:
            logs, following = self._scan(query, low, high, limit)
        else:
            logs, following = self._slice(query.skip, low, high, limit)
        page: dict[str, Any] = {"logs": logs}
        if following is not None:
            next_ms, already_seen = following
            page["nextEndDate"] = timestamps.format_ms(next_ms)
            if already_seen:
                page["nextSkip"] = already_seen
        return page

    def _slice(
        self, skip: int, low: int, high: int, limit: int
    ) -> tuple[list[dict[str, Any]], tuple[int, int] | None]:
        first = high - 1 - skip
        last = max(first - limit + 1, low)
        logs = [self._entries[index] for index in range(first, last - 1, -1)]
        following_index = first - limit
        if following_index < low:
            return logs, None
        next_ms = self._started[following_index]
        # Entries with the same start time sit just after it in ascending order, up to `high`.
        same_after = bisect.bisect_right(self._started, next_ms, following_index, high)
        return logs, (next_ms, same_after - 1 - following_index)

    def _scan(
        self, query: LogQuery, low: int, high: int, limit: int
    ) -> tuple[list[dict[str, Any]], tuple[int, int] | None]:
        logs: list[dict[str, Any]] = []
        matched = 0
        run_ms, run_length = -1, 0
        for index in range(high - 1, low - 1, -1):
            entry = self._entries[index]
            if not query.matches(entry):
                continue
            ms = self._started[index]
            if matched == query.skip + limit:
                return logs, (ms, run_length if ms == run_ms else 0)
            if matched >= query.skip:
                logs.append(entry)
            matched += 1
            run_ms, run_length = (ms, run_length + 1) if ms == run_ms else (ms, 1)
        return logs, None
