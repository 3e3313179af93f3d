"""Tokens, TokenState and RefreshFlight: expiry decisions and the single-flight refresh."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from support.ext import FakeClock, b64url, make_jwt

from stitch_admin_ext.redaction import Secret
from stitch_admin_ext.tokens import RefreshFlight, Tokens, TokenState, jwt_claims

# Generous: a correct implementation wakes everyone within milliseconds; a broken one must fail
# the test rather than hang it.
TIMEOUT = 5.0


def jwt(exp: float | None = None, iat: float | None = None, **claims: object) -> str:
    payload = dict(claims)
    if exp is not None:
        payload["exp"] = exp
    if iat is not None:
        payload["iat"] = iat
    return make_jwt(payload)


# ---------------------------------------------------------------------------- jwt_claims


SUBJECTS = ("a", "ab", "abc")


def claims_for(sub: str) -> dict[str, object]:
    return {"sub": sub, "exp": 1_700_000_000, "nested": {"k": [1, 2]}}


@pytest.mark.parametrize("pad", [False, True])
@pytest.mark.parametrize("sub", SUBJECTS)
def test_jwt_claims_reads_the_payload_padded_or_not(sub: str, pad: bool) -> None:
    assert jwt_claims(make_jwt(claims_for(sub), pad=pad)) == claims_for(sub)


def test_the_payloads_above_cover_every_padding_length() -> None:
    # Unpadded base64 is 0, 2 or 3 characters past a multiple of 4 (0, 2 or 1 '=' missing).
    remainders = {len(make_jwt(claims_for(sub)).split(".")[1]) % 4 for sub in SUBJECTS}
    assert remainders == {0, 2, 3}


@pytest.mark.parametrize(
    "token",
    [
        "opaque-refresh-token",
        "",
        "a.b",
        "a.b.c.d",
        f"{make_jwt({'sub': 'x'})}.extra",
        "header.!!!!.signature",
        "header.a.signature",  # one base64 character: no whole byte
        f"h.{b64url(b'not json')}.s",
        f"h.{b64url(bytes([0xFF, 0xFE, 0xC3, 0x28]))}.s",
        f"h.{b64url(b'[1, 2, 3]')}.s",
        f"h.{b64url(b'42')}.s",
        f"h.{b64url(b'null')}.s",
        f"h.{b64url(b'[' * 100_000)}.s",
    ],
    ids=[
        "opaque",
        "empty",
        "two-parts",
        "four-parts",
        "jwt-plus-part",
        "not-base64",
        "short-base64",
        "not-json",
        "not-utf8",
        "array",
        "number",
        "null",
        "deep",
    ],
)
def test_jwt_claims_is_none_for_anything_but_a_jwt_object(token: str) -> None:
    assert jwt_claims(token) is None


# ---------------------------------------------------------------------------- Tokens


def test_issue_reads_expiry_and_lifetime() -> None:
    tokens = Tokens.issue(jwt(exp=2_800, iat=1_000), Secret("refresh"), 3)
    assert (tokens.expires_at, tokens.lifetime, tokens.generation) == (2_800.0, 1_800.0, 3)
    assert tokens.refresh == Secret("refresh")
    assert tokens.access.reveal() == jwt(exp=2_800, iat=1_000)


@pytest.mark.parametrize(
    ("access", "expires_at", "lifetime"),
    [
        ("opaque-access-token", None, None),
        (jwt(exp=2_000), 2_000.0, None),
        (jwt(iat=1_000), None, None),
        (jwt(exp=2_000.5, iat=1_000.5), 2_000.5, 1_000.0),
        (jwt(exp=True, iat=False), None, None),
        (jwt(exp="2000", iat="1000"), None, None),
        (jwt(exp=None, iat=1_000, other=1), None, None),
        (jwt(exp=10**400, iat=1_000), None, None),
    ],
    ids=["opaque", "exp-only", "iat-only", "floats", "bools", "strings", "no-exp", "huge-exp"],
)
def test_issue_ignores_what_is_not_a_number(
    access: str, expires_at: float | None, lifetime: float | None
) -> None:
    tokens = Tokens.issue(access, Secret("r"), 1)
    assert (tokens.expires_at, tokens.lifetime) == (expires_at, lifetime)


@pytest.mark.parametrize(
    ("exp", "iat", "skew", "last_fresh", "first_expiring"),
    [
        (2_800, 1_000, 60, 2_739.9, 2_740),  # lifetime 1800: the skew is used as is
        (1_100, 1_000, 60, 1_074.9, 1_075),  # lifetime 100: skew capped at 25
        (1_100, 1_000, 10, 1_089.9, 1_090),  # a skew under the cap is kept
        (2_000, None, 60, 1_939.9, 1_940),  # lifetime unknown: no cap
        (1_000, 2_000, 60, 939.9, 940),  # iat after exp: no cap
        (2_000, 1_000, 0, 1_999.9, 2_000),  # no skew: at exp exactly
    ],
)
def test_expiring_with_skew_capped_at_a_quarter_of_the_lifetime(
    exp: float, iat: float | None, skew: float, last_fresh: float, first_expiring: float
) -> None:
    tokens = Tokens.issue(jwt(exp=exp, iat=iat), Secret("r"), 1)
    assert not tokens.expiring(last_fresh, skew)
    assert tokens.expiring(first_expiring, skew)
    assert tokens.expiring(exp + 10_000, skew)


def test_opaque_tokens_never_expire() -> None:
    tokens = Tokens.issue("opaque", Secret("r"), 1)
    assert not tokens.expiring(1e15, 60)


# ---------------------------------------------------------------------------- TokenState


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_000.0)


@pytest.fixture
def state(clock: FakeClock) -> TokenState:
    return TokenState(skew=60, clock=clock)


def lead(state: TokenState, stale: Tokens) -> RefreshFlight:
    """Begin a refresh that this caller must lead."""
    ticket = state.begin_refresh(stale)
    assert ticket.leader
    assert ticket.tokens is None
    assert ticket.flight is not None
    return ticket.flight


def test_set_current_clear(state: TokenState) -> None:
    assert state.current() is None
    assert repr(state) == "TokenState(logged out)"
    first = state.set(jwt(exp=5_000), Secret("refresh-one"))
    assert state.current() is first
    assert first.generation == 1
    second = state.set("opaque-access", Secret("refresh-two"))
    assert state.current() is second
    assert second.generation == 2
    assert "opaque-access" not in repr(state)
    assert "refresh-two" not in repr(state)
    assert repr(state) == "TokenState(generation=2, expires_at=None)"
    state.clear()
    assert state.current() is None


def test_needs_refresh_follows_the_clock(state: TokenState, clock: FakeClock) -> None:
    tokens = state.set(jwt(exp=3_000, iat=1_000), Secret("r"))
    assert not state.needs_refresh(tokens)
    clock.now = 2_939.9
    assert not state.needs_refresh(tokens)
    clock.now = 2_940
    assert state.needs_refresh(tokens)


def test_the_first_caller_leads_and_the_others_follow(state: TokenState) -> None:
    stale = state.set("access-1", Secret("r"))
    flight = lead(state, stale)
    followers = [state.begin_refresh(stale) for _ in range(3)]
    for follower in followers:
        assert not follower.leader
        assert follower.flight is flight
        assert follower.tokens is None


def test_after_a_refresh_the_stale_tokens_lead_to_the_new_ones(state: TokenState) -> None:
    stale = state.set("access-1", Secret("r"))
    flight = lead(state, stale)
    fresh = state.finish_refresh(flight, access="access-2")
    late = state.begin_refresh(stale)
    assert late.flight is None
    assert not late.leader
    assert late.tokens is fresh


def test_a_successful_refresh_keeps_the_refresh_token(state: TokenState) -> None:
    stale = state.set("access-1", Secret("refresh-1"))
    flight = lead(state, stale)
    fresh = state.finish_refresh(flight, access="access-2")
    assert fresh is not None
    assert fresh is state.current()
    assert fresh.access.reveal() == "access-2"
    assert fresh.refresh == Secret("refresh-1")
    assert fresh.generation == stale.generation + 1
    assert state.refreshes == 1
    assert flight.tokens is fresh
    assert flight.error is None
    flight.wait()  # finished: does not block


def test_a_login_in_place_of_a_refresh_replaces_the_refresh_token(state: TokenState) -> None:
    stale = state.set("access-1", Secret("refresh-1"))
    flight = lead(state, stale)
    fresh = state.finish_refresh(flight, access="access-2", refresh=Secret("refresh-2"))
    assert fresh is not None
    assert fresh.refresh == Secret("refresh-2")
    # The next refresh starts from the new generation and counts too.
    state.finish_refresh(lead(state, fresh), access="access-3")
    assert state.refreshes == 2
    current = state.current()
    assert current is not None
    assert current.generation == stale.generation + 2


def test_a_failed_refresh_reaches_the_followers_and_clears_the_flight(state: TokenState) -> None:
    stale = state.set("access-1", Secret("refresh-1"))
    flight = lead(state, stale)
    follower = state.begin_refresh(stale)
    failure = RuntimeError("refresh failed")
    assert state.finish_refresh(flight, error=failure) is None
    assert follower.flight is flight
    assert follower.flight.error is failure
    assert follower.flight.tokens is None
    assert state.current() is stale
    assert state.refreshes == 0
    # The flight is over: the next caller leads a new one.
    assert lead(state, stale) is not flight


def test_a_token_already_expired_after_refresh_disables_proactive_refresh(
    state: TokenState, clock: FakeClock
) -> None:
    clock.now = 10_000  # the local clock is far ahead of the service's
    stale = state.set(jwt(exp=5_000, iat=3_200), Secret("r"))
    assert state.needs_refresh(stale)
    flight = lead(state, stale)
    fresh = state.finish_refresh(flight, access=jwt(exp=6_800, iat=5_000))
    assert fresh is not None
    assert fresh.expires_at is None
    assert not state.needs_refresh(fresh)
    assert state.current() is fresh
    assert flight.tokens is fresh


def test_a_refresh_finishing_after_logout_installs_nothing(state: TokenState) -> None:
    stale = state.set("access-1", Secret("r"))
    flight = lead(state, stale)
    state.clear()
    assert state.finish_refresh(flight, access="access-2") is None
    assert state.current() is None
    assert flight.tokens is None
    assert state.refreshes == 0


# ---------------------------------------------------------------------------- RefreshFlight


def outcome_of(kind: str) -> tuple[Tokens | None, BaseException | None]:
    if kind == "tokens":
        return Tokens.issue("access-after-refresh", Secret("r"), 7), None
    return None, RuntimeError("the refresh failed")


class LoopFollowers:
    """``count`` tasks waiting on ``flight`` in an event loop of their own thread.

    The loop has no timer: if the leader's wake-up did not reach it thread-safely, it would
    sleep forever, which ``join`` detects.
    """

    def __init__(self, flight: RefreshFlight, count: int, record: Any) -> None:
        self.flight, self.count, self.record = flight, count, record
        self.waiting = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread = threading.Thread(target=asyncio.run, args=(self.main(),), daemon=True)

    async def follow(self) -> None:
        await self.flight.wait_async()
        self.record("task")

    async def main(self) -> None:
        self.loop = asyncio.get_running_loop()
        tasks = [asyncio.create_task(self.follow()) for _ in range(self.count)]
        await asyncio.sleep(0)  # each task runs up to its wait
        assert not any(task.done() for task in tasks)
        self.waiting.set()
        await asyncio.gather(*tasks)

    def join(self) -> bool:
        """Whether the loop finished; a stuck one is woken so that the thread can end."""
        self.thread.join(TIMEOUT)
        if self.thread.is_alive() and self.loop is not None:
            self.loop.call_soon_threadsafe(lambda: None)
            self.thread.join(TIMEOUT)
            return False
        return True


@pytest.mark.parametrize("kind", ["tokens", "error"])
def test_threads_and_tasks_on_two_loops_all_wake_with_the_outcome(kind: str) -> None:
    flight = RefreshFlight()
    tokens, error = outcome_of(kind)
    seen: list[tuple[str, Any, Any]] = []
    seen_lock = threading.Lock()

    def record(who: str) -> None:
        with seen_lock:
            seen.append((who, flight.tokens, flight.error))

    def thread_follower(started: threading.Event) -> None:
        started.set()
        flight.wait()
        record("thread")

    thread_started = [threading.Event() for _ in range(8)]
    threads = [
        threading.Thread(target=thread_follower, args=(event,), daemon=True)
        for event in thread_started
    ]
    loops = [LoopFollowers(flight, 50, record), LoopFollowers(flight, 10, record)]
    for thread in threads:
        thread.start()
    for loop in loops:
        loop.thread.start()
    assert all(event.wait(TIMEOUT) for event in [*thread_started, *(x.waiting for x in loops)])
    time.sleep(0.02)  # let the threads reach their wait
    assert seen == []  # nobody went past the flight before it finished

    leader = threading.Thread(target=flight.finish, args=(tokens, error))
    leader.start()
    leader.join(TIMEOUT)
    assert [loop.join() for loop in loops] == [True, True]
    for thread in threads:
        thread.join(TIMEOUT)
        assert not thread.is_alive()
    assert sorted(who for who, _, _ in seen) == ["task"] * 60 + ["thread"] * 8
    assert all(seen_tokens is tokens and seen_error is error for _, seen_tokens, seen_error in seen)


def test_waiting_on_a_finished_flight_returns_at_once() -> None:
    flight = RefreshFlight()
    tokens, _ = outcome_of("tokens")
    flight.finish(tokens, None)
    flight.wait()

    async def follow() -> Tokens | None:
        await asyncio.wait_for(flight.wait_async(), TIMEOUT)
        return flight.tokens

    assert asyncio.run(follow()) is tokens


def test_a_cancelled_follower_does_not_disturb_the_others() -> None:
    flight = RefreshFlight()
    tokens, _ = outcome_of("tokens")
    loop_errors: list[dict[str, Any]] = []

    async def main() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _, ctx: loop_errors.append(ctx))
        cancelled = asyncio.create_task(flight.wait_async())
        staying = asyncio.create_task(flight.wait_async())
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.gather(cancelled, return_exceptions=True)
        flight.finish(tokens, None)
        await asyncio.wait_for(staying, TIMEOUT)
        await asyncio.sleep(0)  # run any callback still scheduled

    asyncio.run(main())
    assert loop_errors == []


def cancelled_follower(flight: RefreshFlight) -> asyncio.AbstractEventLoop:
    """A loop, now closed, whose task waited on ``flight`` and was cancelled."""
    loop = asyncio.new_event_loop()
    task = loop.create_task(flight.wait_async())
    loop.run_until_complete(asyncio.sleep(0))
    task.cancel()
    loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
    loop.close()
    return loop


def test_a_follower_whose_loop_closed_is_skipped() -> None:
    flight = RefreshFlight()
    cancelled_follower(flight)
    tokens, _ = outcome_of("tokens")
    flight.finish(tokens, None)  # must not raise for the closed loop
    assert flight.tokens is tokens


def test_a_loop_closing_during_finish_does_not_strand_the_other_followers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flight = RefreshFlight()
    # The loop closes between finish's check and its wake-up call: it still looks open.
    monkeypatch.setattr(cancelled_follower(flight), "is_closed", lambda: False)
    later = LoopFollowers(flight, 3, lambda _: None)
    later.thread.start()
    assert later.waiting.wait(TIMEOUT)
    tokens, _ = outcome_of("tokens")
    flight.finish(tokens, None)
    assert later.join()
