"""The plan of a parallel log read: the order cut into shards, read at once, handed out in order.

``ShardPlan`` does no I/O. Drivers (``log_readers``) ask it what to request next
(``assign``), tell it what came back (``deliver``, ``fail``) and take the fetched entries in the
order of the sequential reading (``take``).

A shard is a stretch ``[top, bottom)`` of the reading order (see ``log_positions``); shards
never overlap and, end to end, cover the whole read. A shard is read page after page (a page's
cursor comes from the page before) by one request at a time; different shards are read at the
same time. What a shard fetched waits in the shard until the reader reaches it.

How the order is cut:

- The read begins as one shard. Its first page is the first page of the sequential read: it
  finds where the newest entries are, however far below ``end_date``, and how dense they are.
  Without a ``start_date`` the last shard has no bottom: its first request finds the next
  entries, however far back; if there are none, that one request ends the read. So the window
  is found by the reading itself, with no request of its own.
- A worker with nothing to fetch splits the earliest shard that is busy (in flight, or holding
  all it may) and has more left than it should hold: the shard keeps about ``piece_pages``
  pages (the shard being read keeps one: the reader waits for it), and the rest is cut into
  shards of about ``piece_pages`` pages, one for each idle worker, the last taking what
  remains. Sizes are estimated from the shard's latest page (entries per millisecond), so only
  shards that have received a page are cut. A burst at one instant is cut by rank, inside the
  instant. So a dense stretch is split while workers are idle, wherever it is: 90% of the
  entries in 1% of the window are not read by one worker.
- A shard split while its request is in flight gets back a page that may run past its new
  bottom: those entries are dropped (the shard after it reads them).

Memory: a worker always serves the earliest shard that may fetch. A shard may fetch while the
shards up to it hold fewer than ``budget`` pages (fetched and not yet taken, or in flight), so
that pages far ahead never hold up the stretch the reader needs next; and the plan holds at
most ``hard_cap`` pages (a quarter more): past that, the last page of the farthest shard is
let go (it is fetched again later). Only the shard being read may go beyond, by one page, so
that the read never stalls.

A request that fails (after the session's retries) ends the plan: ``take`` raises its error,
and no entry after those already taken is handed out.
"""

from __future__ import annotations

import math
from collections import deque
from typing import TYPE_CHECKING, Any, Final

import attrs

from .log_positions import Chunk, Position, datetime_of, ms_of
from .logs import next_cursor

if TYPE_CHECKING:
    from stitch_admin_client.models import LogPage

    from .logs import LogCursor, LogQuery

PAGE_SIZE: Final = 100
# How many pages a shard may hold (fetched and not taken, or in flight) by default.
SHARD_PAGES: Final = 4
# The size aimed at when a shard is cut, in pages: less than a shard may hold, so that an
# estimate a little short does not leave a shard waiting for room for its last page.
PIECE_PAGES: Final = 3


@attrs.define(eq=False)
class Shard:
    """A stretch ``[top, bottom)`` of the order, and what was fetched of it."""

    top: Position | None  # None: the newest entry (the first shard of a read without an end)
    bottom: Position | None  # None: no bottom (the last shard of a read without a start)
    next: Position | None  # where its next page starts
    density: float | None = None  # entries per millisecond on its latest page
    received: int = 0
    chunks: deque[Chunk] = attrs.field(factory=deque)
    request: ShardRequest | None = None
    done: bool = False  # every page fetched

    @property
    def holding(self) -> int:
        return len(self.chunks) + (self.request is not None)


@attrs.frozen(eq=False)
class ShardRequest:
    """One page request of a shard: where the page starts, and the shard's bottom when sent."""

    shard: Shard
    start: Position | None
    bottom: Position | None

    def arguments(self, query: LogQuery) -> dict[str, Any]:
        """The keyword arguments of ``list_logs`` for this page."""
        cursor = None if self.start is None else self.start.cursor()
        arguments = query.arguments(cursor)
        if self.bottom is not None:
            # start_date is exclusive and whole instants: a bottom inside an instant asks for
            # the whole instant, and the page is cut on arrival.
            arguments["start_date"] = datetime_of(self.bottom.ms - (1 if self.bottom.rank else 0))
        return arguments


def initial_shard(query: LogQuery, cursor: LogCursor | None) -> Shard:
    """The whole read as one shard: from ``cursor`` (or ``end_date``) down to ``start_date``."""
    if cursor is not None:
        top: Position | None = Position.of_cursor(cursor)
    elif query.end_date is not None:
        top = Position(ms_of(query.end_date))
    else:
        top = None
    bottom = None if query.start_date is None else Position(ms_of(query.start_date))
    return Shard(top=top, bottom=bottom, next=top)


class ShardPlan:
    """Which shard to fetch next, what was fetched, and what to hand out next (no I/O)."""

    def __init__(
        self,
        first: Shard,
        *,
        workers: int,
        shard_pages: int = SHARD_PAGES,
        budget: int | None = None,
    ) -> None:
        self.shards: list[Shard] = [first]
        self.workers = workers
        self.shard_pages = shard_pages
        self.piece_pages = min(PIECE_PAGES, shard_pages)
        self.budget = workers * shard_pages if budget is None else budget
        self.hard_cap = self.budget + self.budget // 4
        self.page_size = PAGE_SIZE
        self.failure: BaseException | None = None
        self.closed = False
        self.splits = 0
        self.evictions = 0
        self.requests = 0

    def __repr__(self) -> str:
        return (
            f"<ShardPlan shards={len(self.shards)} holding={self.holding}"
            f" splits={self.splits} evictions={self.evictions} requests={self.requests}>"
        )

    # ------------------------------------------------------------------ state

    @property
    def holding(self) -> int:
        """Pages fetched and not taken, or in flight."""
        return sum(shard.holding for shard in self.shards)

    @property
    def exhausted(self) -> bool:
        """Every entry was handed out."""
        return not self.shards and self.failure is None

    @property
    def in_flight(self) -> int:
        return sum(shard.request is not None for shard in self.shards)

    def close(self) -> None:
        """No more requests: the reader stopped."""
        self.closed = True

    # ------------------------------------------------------------------ requests

    def assign(self) -> ShardRequest | None:
        """The next request for an idle worker, or None (wait for a change).

        The earliest shard that may fetch is served first; a shard that is busy (in flight, or
        holding all it may) and has more left than it may hold is split first. Pages held by
        shards further on make room when needed (they are fetched again later).
        """
        if self.failure is not None or self.closed:
            return None
        idle = self.workers - self.in_flight
        if idle <= 0:
            return None
        for index, shard in enumerate(self.shards):
            if shard.done:
                continue
            if shard.request is None and len(shard.chunks) < self.shard_pages:
                head = index == 0 and not shard.chunks  # being read: it must never wait
                return self._send(shard) if head or self._make_room(index) else None
            pieces = self._split(shard, idle, head=index == 0)
            if pieces:
                self.shards[index + 1 : index + 1] = pieces
                self.splits += 1
                return self._send(pieces[0]) if self._make_room(index + 1) else None
        return None

    def _make_room(self, index: int) -> bool:
        """Whether shard ``index`` may fetch a page more: the shards up to it hold less than the
        budget, and all of them less than the hard cap, once the last page held by the farthest
        shard after it (not in flight) is let go if need be."""
        held = [shard.holding for shard in self.shards]
        if sum(held[: index + 1]) >= self.budget:
            return False
        if sum(held) < self.hard_cap:
            return True
        for shard in reversed(self.shards[index + 1 :]):
            if shard.chunks and shard.request is None:
                dropped = shard.chunks.pop()
                shard.next, shard.done = dropped.start, False
                self.evictions += 1
                return True
        return False

    def _send(self, shard: Shard) -> ShardRequest:
        request = ShardRequest(shard, shard.next, shard.bottom)
        shard.request = request
        self.requests += 1
        return request

    def _split(self, shard: Shard, pieces: int, *, head: bool = False) -> list[Shard]:
        """Cut what ``shard`` cannot hold off into up to ``pieces`` new shards, in order, each
        about what a shard may hold by the shard's density, the last one taking the rest
        (none: not worth it, or the shard has no measured density yet)."""
        density, top, bottom = shard.density, shard.next, shard.bottom
        if shard.done or top is None or not density:
            return []
        # The shard being read keeps one page: the reader waits for it, so the rest is better
        # fetched by the idle workers.
        pages = 1 if head else max(1, self.piece_pages - len(shard.chunks))
        keep = pages * self.page_size
        at_top, rest = _remaining(top, bottom, density)
        if rest <= keep + self.page_size // 2:
            return []
        cuts: list[Position] = []
        for number in range(pieces):
            ahead = keep + number * self.piece_pages * self.page_size
            if ahead >= rest:
                break
            if ahead < at_top:
                cut = Position(top.ms, top.rank + ahead)
            else:
                cut = Position(top.ms - 1 - math.ceil((ahead - at_top) / density))
            if (bottom is None and cut.ms < 0) or (bottom is not None and not cut.before(bottom)):
                break
            cuts.append(cut)
        if not cuts:
            return []
        # A cut inside the top instant is an estimate, and a skip beyond the instant's entries
        # would go on into older instants: a piece that begins inside it ends with it.
        inside = [index for index, cut in enumerate(cuts) if cut.ms == top.ms]
        if inside:
            end_of_instant = Position(top.ms - 1)
            following = cuts[inside[-1] + 1] if inside[-1] + 1 < len(cuts) else bottom
            if following is None or end_of_instant.before(following):
                cuts.insert(inside[-1] + 1, end_of_instant)
        shard.bottom = cuts[0]
        return [
            Shard(top=cut, bottom=below, next=cut)
            for cut, below in zip(cuts, [*cuts[1:], bottom], strict=True)
        ]

    # ------------------------------------------------------------------ answers

    def deliver(self, request: ShardRequest, page: LogPage) -> None:
        """A page came back for ``request``. A page that cannot be placed (its cursor does not
        advance, an entry has no readable ``started``) ends the read with that error."""
        shard = request.shard
        shard.request = None
        if self.failure is not None or shard.done:
            return
        try:
            self._place(shard, request, page)
        except Exception as exc:
            self.failure = exc

    def _place(self, shard: Shard, request: ShardRequest, page: LogPage) -> None:
        start = request.start
        following = next_cursor(page, None if start is None else start.cursor())
        after = None if following is None else Position.of_cursor(following)
        if after is not None and page.logs:
            self.page_size = max(self.page_size, len(page.logs))
        chunk = Chunk(list(page.logs), start)
        bottom = shard.bottom
        if bottom is not None and (after is None or not after.before(bottom)):
            if request.bottom != bottom or bottom.rank:
                # Split while in flight, or a bottom inside an instant: the page may run past it.
                chunk.cut(bottom)
            after = None
        if chunk.entries:
            if after is not None:
                # The density of this page alone: the next pages are most like it. From its
                # first entry on a shard's first page: a shard may begin with a gap.
                newest = start.ms if start is not None and shard.received else chunk.ms(0)
                shard.density = len(chunk.entries) / max(1, newest - after.ms)
            shard.received += len(chunk.entries)
            shard.chunks.append(chunk)
        shard.next = after
        shard.done = after is None

    def fail(self, request: ShardRequest, error: BaseException) -> None:
        """``request`` failed after the session's retries: the read ends with ``error``."""
        request.shard.request = None
        if self.failure is None:
            self.failure = error

    # ------------------------------------------------------------------ handing out

    def take(self) -> Chunk | None:
        """The next fetched entries in reading order, or None: wait, or ``exhausted``.

        Raises the error that ended the read: nothing is handed out after it."""
        if self.failure is not None:
            raise self.failure
        while self.shards:
            head = self.shards[0]
            if head.chunks:
                return head.chunks.popleft()
            if not head.done:
                return None
            self.shards.pop(0)
        return None


def _remaining(top: Position, bottom: Position | None, density: float) -> tuple[float, float]:
    """Estimates of what a shard has left from ``top``: the entries of the top instant, and
    all of them (``inf`` without a bottom)."""
    # Of the top instant: as many again as were read there already (a burst goes on), or the
    # density's share of one millisecond.
    at_top = max(float(top.rank), density)
    if bottom is None:
        return at_top, math.inf
    if bottom.ms == top.ms:
        exact = float(bottom.rank - top.rank)
        return exact, exact
    return at_top, at_top + density * (top.ms - 1 - bottom.ms) + bottom.rank
