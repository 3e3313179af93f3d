"""The session's tokens and the single-flight refresh, with no I/O.

``TokenState`` holds the current access and refresh tokens and decides when the access token
needs refreshing (its JWT ``exp`` is near; the signature is not checked, the service does that).
When several callers need a refresh at once, exactly one of them, the leader, performs it; the
others wait on the same ``RefreshFlight``. Callers may be threads, asyncio tasks on one or more
event loops, or both at once: a thread waits on an event, a task on a future that the leader
resolves thread-safely.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import math
import re
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from .defaults import DEFAULT_REFRESH_SKEW
from .redaction import Secret

if TYPE_CHECKING:
    import asyncio


def jwt_claims(token: str) -> dict[str, object] | None:
    """The payload of a JWT, without verifying it; ``None`` if the token is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError, RecursionError):
        return None
    return claims if isinstance(claims, dict) else None


# What an `Authorization: Bearer` header can carry: printable ASCII without spaces.
_SENDABLE = re.compile(r"[!-~]+")


def sendable(token: str) -> bool:
    """Whether ``token`` can be sent in an ``Authorization: Bearer`` header."""
    return _SENDABLE.fullmatch(token) is not None


def _number(value: object) -> float | None:
    """A claim as a finite number of seconds; ``None`` for anything else (even 10**400)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer no float holds (JSON allows it): no usable time
        return None
    return number if math.isfinite(number) else None


@attrs.frozen
class Tokens:
    """One generation of the session's tokens."""

    access: Secret
    refresh: Secret
    generation: int
    expires_at: float | None = None  # the access token's `exp`, when it is a JWT
    lifetime: float | None = None  # `exp - iat`, when both are present

    @classmethod
    def issue(cls, access: str | Secret, refresh: Secret, generation: int) -> Tokens:
        if not isinstance(access, Secret):
            access = Secret(access)
        claims = jwt_claims(access.reveal()) or {}
        expires_at = _number(claims.get("exp"))
        issued_at = _number(claims.get("iat"))
        lifetime = (
            expires_at - issued_at if expires_at is not None and issued_at is not None else None
        )
        return cls(access, refresh, generation, expires_at, lifetime)

    def expiring(self, now: float, skew: float) -> bool:
        """Whether the access token is expired or within ``skew`` of expiring."""
        if self.expires_at is None:
            return False
        if self.lifetime is not None and self.lifetime > 0:
            skew = min(skew, self.lifetime / 4)
        return now >= self.expires_at - skew


class RefreshFlight:
    """One refresh in progress. The leader finishes it; followers wait for the outcome."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self.tokens: Tokens | None = None
        self.error: BaseException | None = None

    def finish(self, tokens: Tokens | None, error: BaseException | None) -> None:
        with self._lock:
            self.tokens, self.error = tokens, error
            self._done.set()
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            # The follower's loop may have closed meanwhile, even right after the check: nobody
            # is left to wake there, and the followers on other loops must still be woken.
            if not loop.is_closed():
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(_resolve, future)

    def wait(self) -> None:
        """Block the calling thread until the leader is done."""
        self._done.wait()

    async def wait_async(self) -> None:
        """Suspend the calling task until the leader is done (the leader may be a thread)."""
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._done.is_set():
                return
            self._waiters.append((loop, future))
        await future


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


@attrs.define
class RefreshTicket:
    """What a caller that needs a refresh should do: lead it, follow it, or use ``tokens``."""

    flight: RefreshFlight | None
    leader: bool
    tokens: Tokens | None


class TokenState:
    """The session's current tokens, shared by every thread and task using the session."""

    def __init__(
        self, *, skew: float = DEFAULT_REFRESH_SKEW, clock: Callable[[], float] = time.time
    ) -> None:
        self._lock = threading.Lock()
        self._tokens: Tokens | None = None
        self._flight: RefreshFlight | None = None
        self._generation = 0
        self.skew = skew
        self.clock = clock
        # Counted for logs and tests: how many refreshes this session performed.
        self.refreshes = 0

    def __repr__(self) -> str:
        with self._lock:
            tokens = self._tokens
        if tokens is None:
            return "TokenState(logged out)"
        return f"TokenState(generation={tokens.generation}, expires_at={tokens.expires_at})"

    def current(self) -> Tokens | None:
        with self._lock:
            return self._tokens

    def set(self, access: str | Secret, refresh: Secret) -> Tokens:
        """Install tokens from a login (or a restored session)."""
        with self._lock:
            self._generation += 1
            self._tokens = Tokens.issue(access, refresh, self._generation)
            return self._tokens

    def clear(self) -> None:
        with self._lock:
            self._tokens = None

    def needs_refresh(self, tokens: Tokens) -> bool:
        return tokens.expiring(self.clock(), self.skew)

    def begin_refresh(self, stale: Tokens) -> RefreshTicket:
        """Join or start the refresh that replaces ``stale``.

        If the tokens already moved on past ``stale``, no refresh is needed: use the newer ones.
        """
        with self._lock:
            current = self._tokens
            if current is not None and current.generation != stale.generation:
                return RefreshTicket(None, leader=False, tokens=current)
            if self._flight is not None:
                return RefreshTicket(self._flight, leader=False, tokens=None)
            self._flight = RefreshFlight()
            return RefreshTicket(self._flight, leader=True, tokens=None)

    def finish_refresh(
        self,
        flight: RefreshFlight,
        *,
        access: str | Secret | None = None,
        refresh: Secret | None = None,
        error: BaseException | None = None,
    ) -> Tokens | None:
        """The leader reports: new tokens (``refresh`` too, after a login), or an error."""
        tokens = None
        with self._lock:
            if self._flight is flight:
                self._flight = None
            if error is None and access is not None and self._tokens is not None:
                self._generation += 1
                self._tokens = Tokens.issue(
                    access, refresh or self._tokens.refresh, self._generation
                )
                self.refreshes += 1
                tokens = self._tokens
                if self.needs_refresh(tokens):
                    # A fresh token that already looks expired means the local clock is off:
                    # stop refreshing ahead of time for it and rely on the service's 401.
                    tokens = self._tokens = attrs.evolve(tokens, expires_at=None)
        flight.finish(tokens, error)
        return tokens
