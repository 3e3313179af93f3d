"""A model of the service's log endpoint, in memory, for tests of the client's log reading.

The paging rule, as the service applies it: the entries matching the filters (``start_date``
exclusive, ``end_date`` inclusive, whole milliseconds), newest first, entries of the same
millisecond last-written first; ``skip`` of them are skipped (a plain offset) and the next 100
form the page. When more remain, the first of them, N, gives ``nextEndDate`` (N's instant) and
``nextSkip`` (how many entries already returned, by this page or earlier ones, share N's
instant; sent only when there are some).

``LogService`` is an ``httpx.MockTransport`` handler (sync and async clients alike, thread-safe)
that also answers the login, records each log request, can inject faults into chosen requests
and can be written to while it is read (late entries). ``expected`` gives what a read must
yield, computed by sorting, not by the paging code.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import httpx

from support.ext import API_PATH, APP, GROUP, LOGIN_PATH, login_answer

PAGE_SIZE = 100
LOGS_PATH = f"{API_PATH}/groups/{GROUP}/apps/{APP}/logs"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# A fault: given the number of the log request (from 0) and its query, an answer to give
# instead (or an exception to raise, e.g. a dropped connection), or None.
Fault = Callable[[int, httpx.QueryParams], httpx.Response | Exception | None]


def iso(ms: int) -> str:
    moment = EPOCH + timedelta(milliseconds=ms)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def ms_of(text: str) -> int:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - EPOCH) // timedelta(milliseconds=1)


@attrs.frozen
class Entry:
    id: str
    ms: int
    user_id: str = "u0"
    co_id: str = "c0"
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "_id": self.id,
            "started": iso(self.ms),
            "user_id": self.user_id,
            "co_id": self.co_id,
            "type": "FUNCTION",
        }
        if self.error is not None:
            body["error"] = self.error
        return body


def entries_at(instants: Iterable[int], prefix: str = "e") -> list[Entry]:
    """Entries written in this order, at these instants (milliseconds), with distinct ids."""
    return [
        Entry(
            f"{prefix}{n:07d}",
            ms,
            user_id=f"u{n % 2}",
            co_id=f"c{n % 3}",
            error="boom" if n % 4 == 0 else None,
        )
        for n, ms in enumerate(instants)
    ]


def _matches(entry: Entry, filters: dict[str, Any]) -> bool:
    if filters.get("errors_only") and entry.error is None:
        return False
    return all(
        getattr(entry, key) == filters[key]
        for key in ("user_id", "co_id")
        if filters.get(key) is not None
    )


class LogService:
    """The login and log endpoints of the service (see the module documentation)."""

    def __init__(self, entries: Iterable[Entry] = (), *, faults: Iterable[Fault] = ()) -> None:
        self._lock = threading.Lock()
        self._ms: list[int] = []  # ascending; equal instants in the order written
        self._entries: list[Entry] = []
        self.faults = list(faults)
        self.requests: list[httpx.QueryParams] = []
        self.on_request: Callable[[int], None] | None = None
        self.write(entries)

    def write(self, entries: Iterable[Entry]) -> None:
        """Entries become readable now, whatever instant they name."""
        with self._lock:
            for entry in entries:
                position = bisect.bisect_right(self._ms, entry.ms)
                self._ms.insert(position, entry.ms)
                self._entries.insert(position, entry)

    def __len__(self) -> int:
        return len(self._entries)

    def expected(self, **filters: Any) -> list[str]:
        """The ids a read must yield, in order: newest first, the last written first among
        entries of one instant, then bounded and filtered as ``filters`` say."""
        start, end = filters.get("start_date"), filters.get("end_date")
        start_ms = None if start is None else _as_ms(start)
        end_ms = None if end is None else _as_ms(end)
        with self._lock:
            written = list(enumerate(self._entries))
        ordered = sorted(written, key=lambda pair: (pair[1].ms, pair[0]), reverse=True)
        return [
            entry.id
            for _, entry in ordered
            if (start_ms is None or entry.ms > start_ms)
            and (end_ms is None or entry.ms <= end_ms)
            and _matches(entry, filters)
        ]

    def page(self, params: httpx.QueryParams | dict[str, Any]) -> dict[str, Any]:
        """The body of one page for these query parameters."""
        get = params.get
        low_ms = None if get("start_date") is None else ms_of(str(get("start_date")))
        high_ms = None if get("end_date") is None else ms_of(str(get("end_date")))
        filters = {
            "errors_only": str(get("errors_only")).lower() == "true",
            "user_id": get("user_id"),
            "co_id": get("co_id"),
        }
        skip = int(get("skip") or 0)
        with self._lock:
            low = 0 if low_ms is None else bisect.bisect_right(self._ms, low_ms)
            high = len(self._ms) if high_ms is None else bisect.bisect_right(self._ms, high_ms)
            matching: list[Entry] = []
            for index in range(high - 1, low - 1, -1):
                entry = self._entries[index]
                if _matches(entry, filters):
                    matching.append(entry)
                    if len(matching) > skip + PAGE_SIZE:
                        break
        body: dict[str, Any] = {"logs": [e.to_json() for e in matching[skip : skip + PAGE_SIZE]]}
        if len(matching) > skip + PAGE_SIZE:
            following = matching[skip + PAGE_SIZE]
            body["nextEndDate"] = iso(following.ms)
            same = sum(1 for e in matching[: skip + PAGE_SIZE] if e.ms == following.ms)
            if same:
                body["nextSkip"] = same
        return body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == LOGIN_PATH:
            return login_answer()
        assert (request.method, request.url.path) == ("GET", LOGS_PATH), request.url
        params = request.url.params
        with self._lock:
            number = len(self.requests)
            self.requests.append(params)
        if self.on_request is not None:
            self.on_request(number)
        for fault in self.faults:
            answer = fault(number, params)
            if isinstance(answer, Exception):
                raise answer
            if answer is not None:
                return answer
        return httpx.Response(200, json=self.page(params))


def _as_ms(value: datetime | str) -> int:
    if isinstance(value, str):
        return ms_of(value)
    return (value - EPOCH) // timedelta(milliseconds=1)
