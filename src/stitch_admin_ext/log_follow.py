"""Following a log: new entries as they arrive, oldest to newest, each exactly once.

The service orders a log by ``started`` (milliseconds), newest first, and nothing else: the
order in which entries were written is not exposed, and an entry becomes readable some time
after the instant it names (a request is logged when it ends; a function may run for minutes).
Asking for what came after the newest entry seen (as the official CLI's tail does) loses every
entry written late, and the rest of a burst of entries of one instant.

So each poll reads the recent past again: everything after the newest ``started`` seen before
that poll, minus ``lateness``; and yields, oldest first, the entries whose ``_id`` it has not
yielded before. Ids are remembered for that window only: an id older than the start of a read
is never read again (reads only move forward), so it is forgotten. Memory is the ids of the
last ``lateness`` of log, and the entries of one read.

What it guarantees:

- **An entry readable no more than ``lateness`` after its ``started`` time is yielded, once.**
  Take the first poll that begins after the entry became readable. Every entry seen before that
  poll was readable before it (the newest ones come on a read's first page, sent when the read
  begins), so the newest ``started`` seen, N, is earlier than the moment the entry became
  readable, which is at most ``lateness`` after its ``started``: the poll reads everything after
  N - ``lateness`` - 1 ms, the entry included.
- An entry written later than that may be missed; no entry is ever yielded twice.
- Each poll's new entries come oldest first (ties: the reverse of the service's order). An
  entry written late comes after newer ones yielded by earlier polls: that is what it is.

With a ``start_date``, the log after it is read first ("catching up"), oldest first, in slices
of time sized to a few pages each, with no wait between them; then polls every
``poll_interval``. Without one, following begins with a look at the newest entry: the entries
up to it (back to ``lateness`` before it) are taken as seen, and only the others are yielded.

Each poll costs a read of the last ``lateness`` seconds of log: choose it from how late entries
of the application can be (its longest requests and functions) and how busy its log is.

``FollowPlan`` does no I/O: the drivers in ``log_readers`` read what it asks (``next_read``)
and hand the entries back (``absorb``).
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Final

import attrs

from .log_positions import datetime_of, entry_ms

if TYPE_CHECKING:
    from stitch_admin_client.models import LogEntry

    from .logs import LogQuery

# Pages a catch-up read aims at: slices of time grow or shrink towards it.
CATCH_UP_PAGES: Final = 10
# The first catch-up slice, in milliseconds.
FIRST_SLICE_MS: Final = 60_000


@attrs.frozen
class FollowRead:
    """One read a follow needs: every entry after ``start`` up to ``end`` (milliseconds;
    ``start`` exclusive, ``end`` inclusive; None: no bound). ``probe`` reads the newest page
    only; ``mark`` remembers the entries as seen and yields none."""

    start: int | None
    end: int | None
    probe: bool = False
    mark: bool = False

    def query(self, query: LogQuery) -> LogQuery:
        """``query`` narrowed to this read's window."""
        return attrs.evolve(
            query,
            start_date=None if self.start is None else datetime_of(self.start),
            end_date=None if self.end is None else datetime_of(self.end),
        )


def entry_key(entry: LogEntry) -> str:
    """What tells entries apart: the ``_id`` (the whole entry for one without)."""
    if isinstance(entry.id, str):
        return entry.id
    return json.dumps(entry.to_dict(), sort_keys=True, default=str)


class FollowPlan:
    """Which window each read of a follow covers, and which entries are new (no I/O)."""

    def __init__(self, *, start: int | None, lateness_ms: int, page_size: int = 100) -> None:
        self.floor = start  # nothing at or before it is ever yielded
        self.lateness = lateness_ms
        self.page_size = page_size
        self.newest: int | None = None  # the newest `started` seen
        # Everything up to this instant was read at least once (+inf: up to the newest).
        self.read_to: float | None = start
        self.seen: dict[str, int] = {}  # the ids of the entries yielded (or taken as seen)
        self.slice_ms = FIRST_SLICE_MS
        self.probed = False
        self.marking = False
        self.following = False  # caught up: every read goes up to the newest entry

    def __repr__(self) -> str:
        return (
            f"<FollowPlan floor={self.floor} newest={self.newest} following={self.following}"
            f" remembered={len(self.seen)}>"
        )

    @property
    def wait(self) -> bool:
        """Whether to wait ``poll_interval`` before the next read (not while catching up)."""
        return self.following and not self.marking

    def _low(self) -> int | None:
        """Where the next read starts (exclusive): at the end of what was read, or earlier to
        read the last ``lateness`` again, never before the floor."""
        low: float | None = self.read_to
        if self.newest is not None:
            again = self.newest - self.lateness - 1
            low = again if low is None else min(low, again)
        if self.floor is not None:
            low = self.floor if low is None else max(low, self.floor)
        return None if low is None or math.isinf(low) else int(low)

    def next_read(self) -> FollowRead:
        if not self.probed:
            return FollowRead(self.floor, None, probe=True)
        if self.marking:
            # Up to the newest entry the probe found: what is newer came after it, and is new.
            return FollowRead(self.floor, self.newest, mark=True)
        low = self._low()
        if low is not None:
            # Nothing at or before `low` is read again: its ids can go.
            self.seen = {key: ms for key, ms in self.seen.items() if ms > low}
        if self.following:
            return FollowRead(low, None)
        top = self.read_to if self.read_to is not None else low
        high = None if top is None else int(top) + self.slice_ms
        if high is None or self.newest is None or high >= self.newest:
            high = None  # this read reaches the newest entry
        return FollowRead(low, high)

    def absorb(self, read: FollowRead, entries: list[LogEntry]) -> list[LogEntry]:
        """The entries of ``read`` (newest first, all of its window) that are new, oldest
        first; the plan moves on."""
        if entries:
            newest = entry_ms(entries[0])
            self.newest = newest if self.newest is None else max(self.newest, newest)
        if read.probe:
            self.probed = True
            if self.floor is None and self.newest is not None:
                # Following from now on: what is in the log already counts as seen.
                self.floor = self.newest - self.lateness - 1
                self.read_to = self.floor
                self.marking = True
            elif self.newest is None:
                self.following = True
                self.read_to = math.inf
            return []
        new: list[LogEntry] = []
        for entry in entries:
            key = entry_key(entry)
            if key not in self.seen:
                self.seen[key] = entry_ms(entry)
                new.append(entry)
        if read.mark:
            self.marking = False
            self.following = True
            self.read_to = read.end
            return []
        if read.end is None:
            self.following = True
            self.read_to = math.inf
        else:
            self.read_to = read.end
            pages = len(entries) / self.page_size
            if pages > 2 * CATCH_UP_PAGES:
                self.slice_ms = max(1, self.slice_ms // 2)
            elif pages < CATCH_UP_PAGES / 2:
                self.slice_ms *= 2
        new.reverse()
        return new
