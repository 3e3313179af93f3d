"""Where an entry stands in a log read, and cutting fetched entries at such a place.

The service orders a log newest first by ``started``, a millisecond instant; entries of the same
millisecond come in an order of the service's own that is stable but not exposed. So a place in
that order is a ``Position``: an instant and a *rank*, how many entries of that instant come
before it. A ``LogCursor`` (``end_date``, ``skip``) is exactly such a place, and the service
answers "start here" for it: ``end_date`` is inclusive and ``skip`` counts entries of that
instant. Positions let the reading be cut anywhere (between instants, or inside a burst of one
instant) into pieces that never overlap and, put end to end, give back the whole order.

A ``Chunk`` is entries as fetched, with the position the request started at: from that, the
rank of each of its entries follows, decoding only the few entries whose instant is needed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final

import attrs
from stitch_admin_client.types import Unset

from .errors import UnexpectedResponseError

if TYPE_CHECKING:
    from stitch_admin_client.models import LogEntry

    from .logs import LogCursor

EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MS: Final = timedelta(milliseconds=1)


def ms_of(moment: datetime) -> int:
    """Milliseconds since the epoch, rounded down (the service stores milliseconds)."""
    return (moment - EPOCH) // _MS


def datetime_of(ms: int) -> datetime:
    return EPOCH + ms * _MS


def entry_ms(entry: LogEntry) -> int:
    """The millisecond an entry started (decoding it if it is not yet)."""
    started = entry.started
    if isinstance(started, Unset):
        raise UnexpectedResponseError("a log entry has no 'started' time: its place is unknown")
    return ms_of(started)


@attrs.frozen
class Position:
    """A place in the newest-first order: the entry of rank ``rank`` among those of instant
    ``ms``, or, when that instant has no more entries, the newest entry older than it."""

    ms: int
    rank: int = 0

    @property
    def key(self) -> tuple[int, int]:
        """Sorts positions in reading order."""
        return (-self.ms, self.rank)

    def before(self, other: Position) -> bool:
        """Whether this position comes strictly earlier in reading order than ``other``."""
        return self.key < other.key

    @classmethod
    def of_cursor(cls, cursor: LogCursor) -> Position:
        return cls(ms_of(cursor.end_date), cursor.skip)

    def cursor(self) -> LogCursor:
        from .logs import LogCursor

        return LogCursor(end_date=datetime_of(self.ms), skip=self.rank)


def reading_key(position: Position | None) -> tuple[float, int]:
    """``Position.key`` where ``None`` is the newest end of the log (before every position)."""
    return (float("-inf"), 0) if position is None else (-position.ms, position.rank)


@attrs.define(eq=False)
class Chunk:
    """Entries in reading order, as a request that started at ``start`` returned them (``None``:
    at the newest entry), possibly cut short. The first entry of an instant other than
    ``start``'s has rank 0: a request returns a stretch of the order without a hole."""

    entries: list[LogEntry]
    start: Position | None
    _ms: dict[int, int] = attrs.field(factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.entries)

    def ms(self, index: int) -> int:
        found = self._ms.get(index)
        if found is None:
            found = self._ms[index] = entry_ms(self.entries[index])
        return found

    def _first_at_or_below(self, ms: int, high: int) -> int:
        """The first index in [0, high) whose instant is ``ms`` or older (``high`` if none)."""
        low = 0
        while low < high:
            middle = (low + high) // 2
            if self.ms(middle) <= ms:
                high = middle
            else:
                low = middle + 1
        return low

    def position(self, index: int) -> Position:
        """Where entry ``index`` stands in the whole order."""
        ms = self.ms(index)
        if self.start is not None and ms == self.start.ms:
            # Every entry up to this one has that instant (none is newer than the start).
            return Position(ms, self.start.rank + index)
        return Position(ms, index - self._first_at_or_below(ms, index))

    def after(self, index: int) -> Position:
        """The position just after entry ``index``: resuming there continues with the next."""
        here = self.position(index)
        return Position(here.ms, here.rank + 1)

    def index_of(self, bottom: Position) -> int:
        """How many entries come strictly before ``bottom`` (the index where it would cut)."""
        count = len(self.entries)
        first = self._first_at_or_below(bottom.ms, count)
        if first == count or self.ms(first) < bottom.ms or bottom.rank == 0:
            return first
        # Entries of the bottom's own instant: keep those ranked before it (older ones follow).
        older = self._first_at_or_below(bottom.ms - 1, count)
        return min(older, first + max(0, bottom.rank - self.position(first).rank))

    def cut(self, bottom: Position) -> bool:
        """Drop the entries at or after ``bottom``; whether any were dropped."""
        keep = self.index_of(bottom)
        if keep == len(self.entries):
            return False
        del self.entries[keep:]
        for index in [i for i in self._ms if i >= keep]:
            del self._ms[index]
        return True
