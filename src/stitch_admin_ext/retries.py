"""Retries: the policy a caller sets, and the transports that carry it out.

httpx-retries does the retrying. Around it, as httpx runs them (outermost first):

1. ``RetryingTransport``: a ``Retry-After`` longer than the wait the policy has left ends the
   retries at once, with that answer (it becomes ``RateLimitError`` with ``retry_after``, for a
   429); a DELETE retried after its answer was lost that then finds nothing (404) has done its
   work, and is answered as a success.
2. ``httpx_retries.RetryTransport``: idempotent methods are retried on connection errors and
   429/502/503/504, with exponential backoff, jitter, ``Retry-After`` and a cap on the total wait.
3. ``AttemptTransport``: reads each answer's body, so that a connection cut in the middle of a
   body is retried too, and notes the attempts whose answer was lost after the request may
   have reached the service. Before each attempt it waits out the session's ``SharedBackoff``:
   a 429 met by any request of the session holds all of them (a parallel log read slows down
   as a whole, instead of each of its workers meeting the limit on its own).

POST is never retried, so that nothing is created twice, except the session's own requests:
logging in and refreshing create nothing the caller holds, and are safe to repeat (the auth
flow gives them ``session_request_extensions``).
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

import attrs
import httpx

from .arguments import check_number
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from httpx_retries import Retry

logger = logging.getLogger("stitch_admin_ext")

# A request extension: the names of the failures of this request's attempts whose answer was
# lost after the request may have reached the service (a list the outermost transport resets).
LOST_ANSWERS: Final = "stitch_admin.lost_answers"
# A request extension: set on a request whose attempt met a 429. Its retry waits as its policy
# says; its next attempt does not wait again for the hold that 429 put on the others.
RATE_LIMITED: Final = "stitch_admin.rate_limited"
# Failures that leave no doubt that the service never saw the request.
_NOT_SENT: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
)


def _number(name: str, **bounds: Any) -> Callable[[Any, Any, Any], None]:
    def check(_: Any, __: Any, value: Any) -> None:
        check_number(value, f"RetryPolicy.{name}", **bounds)

    return check


def _upper_set(methods: Iterable[str]) -> frozenset[str]:
    return frozenset(method.upper() for method in methods)


class RetryAfterBeyondBudget(Exception):
    """The answer asks for a longer wait than the policy has left: retrying ends with it."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"Retry-After {response.headers.get('Retry-After')!r} is beyond budget")
        self.response = response


class SharedBackoff:
    """The wait a 429 imposes, shared by every request of a session (threads and tasks alike).

    When a request meets a 429 and its retry policy waits before trying again (the
    ``Retry-After``, or its backoff), every other request of the session waits until the same
    moment before its next attempt: the service limits the caller, not one request.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._until = -math.inf
        self.holds = 0

    def __repr__(self) -> str:
        return f"<SharedBackoff remaining={self.remaining():.3f}s holds={self.holds}>"

    def hold(self, seconds: float) -> None:
        """No request starts an attempt for ``seconds`` from now (or until a later hold ends)."""
        with self._lock:
            self._until = max(self._until, self._clock() + seconds)
            self.holds += 1

    def remaining(self) -> float:
        with self._lock:
            return max(0.0, self._until - self._clock())

    def wait(self) -> None:
        if (seconds := self.remaining()) > 0:
            time.sleep(seconds)

    async def await_(self) -> None:
        if (seconds := self.remaining()) > 0:
            await asyncio.sleep(seconds)


def retry_class(backoff_cap: float, backoff: SharedBackoff | None = None) -> type[Retry]:
    """httpx-retries' ``Retry`` with computed backoff and ``Retry-After`` capped separately.

    The library caps both with ``max_backoff_wait``. Here that cap is the total budget, so a
    server's ``Retry-After`` is honoured up to it, while the computed exponential backoff
    (the documented ``backoff_strategy`` hook) stops growing at ``backoff_cap``. A
    ``Retry-After`` beyond what is left of the budget is not cut short: the wait before a retry
    is where the library shows it the answer, so that is where retrying stops
    (``RetryAfterBeyondBudget``). A wait after a 429 is also put on ``backoff``, for the other
    requests of the session. The cap and the shared backoff are class attributes because
    ``copy_with`` rebuilds a retry from its constructor arguments. httpx-retries is imported
    here, on first use, to keep ``import stitch_admin_ext`` cheap.
    """
    from httpx_retries import Retry

    class CappedRetry(Retry):
        _rate_limited = False

        def backoff_strategy(self) -> float:
            return min(super().backoff_strategy(), backoff_cap)

        def _calculate_sleep(self, headers: Any) -> float:
            # The library's own computation (Retry-After or backoff, jitter, budget), shared
            # as it is: the hook where the wait is known before it is slept.
            seconds: float = super()._calculate_sleep(headers)
            if self._rate_limited and backoff is not None:
                backoff.hold(seconds)
            return seconds

        def sleep(self, response: httpx.Response | Exception) -> None:
            self._check_budget(response)
            self._rate_limited = _is_429(response)
            super().sleep(response)

        async def asleep(self, response: httpx.Response | Exception) -> None:
            self._check_budget(response)
            self._rate_limited = _is_429(response)
            await super().asleep(response)

        def _check_budget(self, response: httpx.Response | Exception) -> None:
            if not isinstance(response, httpx.Response) or not self.respect_retry_after_header:
                return
            header = response.headers.get("Retry-After", "").strip()
            if not header:
                return
            try:
                wanted = self.parse_retry_after(header)
            except ValueError:
                return  # unreadable: the library backs off as usual
            budget = math.inf if self.total_timeout is None else self.total_timeout
            if wanted > budget - self.elapsed_sleep:
                raise RetryAfterBeyondBudget(response)

    return CappedRetry


def _is_429(response: httpx.Response | Exception) -> bool:
    return isinstance(response, httpx.Response) and response.status_code == 429


@attrs.frozen
class RetryPolicy:
    """When and how requests are retried.

    Idempotent methods (``methods``) are retried on connection errors, timeouts and the
    ``statuses``; POST never is, so that nothing is created twice (the session's own login and
    refresh excepted: they create nothing and are safe to repeat). Without a ``Retry-After``,
    the wait before retry *n* is ``backoff_factor * 2**n`` seconds with jitter, at most
    ``max_backoff``; a server's ``Retry-After`` is honoured as long as it fits the budget, and
    one that does not fit ends the retries at once with that answer's error. The waits of one
    request add up to at most ``total_timeout`` seconds. ``RetryPolicy.disabled()`` turns
    retries off.
    """

    attempts: int = attrs.field(default=4, validator=_number("attempts", whole=True))
    backoff_factor: float = attrs.field(default=0.5, validator=_number("backoff_factor"))
    max_backoff: float = attrs.field(
        default=20.0, validator=_number("max_backoff", above_minimum=True)
    )
    total_timeout: float = attrs.field(
        default=60.0, validator=_number("total_timeout", above_minimum=True)
    )
    jitter: float = attrs.field(default=1.0, validator=_number("jitter", maximum=1.0))
    statuses: frozenset[int] = attrs.field(
        default=frozenset({429, 502, 503, 504}), converter=frozenset
    )
    methods: frozenset[str] = attrs.field(
        default=frozenset({"GET", "HEAD", "PUT", "DELETE"}), converter=_upper_set
    )
    respect_retry_after: bool = True

    @classmethod
    def disabled(cls) -> RetryPolicy:
        return cls(attempts=0)

    @property
    def enabled(self) -> bool:
        return self.attempts > 0

    def to_retry(
        self, methods: Iterable[str] | None = None, backoff: SharedBackoff | None = None
    ) -> Retry:
        # httpx-retries reads an empty list as "use my defaults"; a method and a status that
        # never occur keep an empty choice meaning "retry none".
        return retry_class(self.max_backoff, backoff)(
            total=self.attempts,
            allowed_methods=list(methods if methods is not None else self.methods) or [""],
            status_forcelist=list(self.statuses) or [0],
            backoff_factor=self.backoff_factor,
            max_backoff_wait=self.total_timeout,
            backoff_jitter=self.jitter,
            total_timeout=self.total_timeout,
            respect_retry_after_header=self.respect_retry_after,
        )


def policy_from(retry: object) -> RetryPolicy | None:
    """The policy a ``retry=`` argument means: ``None``/``True`` the default, ``False`` none."""
    if retry is None or retry is True:
        return RetryPolicy()
    if retry is False:
        return None
    if isinstance(retry, RetryPolicy):
        return retry if retry.enabled else None
    raise InvalidArgumentError(f"retry must be a RetryPolicy, True or False, not {retry!r}")


def session_request_extensions(policy: RetryPolicy | None) -> dict[str, Any]:
    """Request extensions for the session's own requests (login, refresh): they are retried
    like idempotent calls, POST as they are. Repeating them does no harm: a repeated refresh
    returns another access token, a repeated login another session."""
    if policy is None or not policy.enabled:
        return {}
    return {"retry": policy.to_retry(methods={*policy.methods, "POST"})}


class AttemptTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One attempt of a request: reads the answer's body, notes a lost answer.

    httpx reads a body after the transport has returned, which is after the retry transport
    has decided there is nothing to retry: a connection cut in the middle of a body would fail
    the call even for a GET. Read here, below ``RetryTransport``, the cut raises where it is
    retried. (Bodies are therefore not streamed; this API's answers are JSON or a zip.)
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        backoff: SharedBackoff | None = None,
    ) -> None:
        self._inner = inner
        self._backoff = backoff

    def _held(self, request: httpx.Request) -> bool:
        """Whether this attempt waits for the shared backoff (not after its own 429)."""
        return self._backoff is not None and not request.extensions.pop(RATE_LIMITED, False)

    def _note(self, request: httpx.Request, response: httpx.Response) -> None:
        if response.status_code == 429:
            request.extensions[RATE_LIMITED] = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise TypeError("this transport only serves async requests")
        if self._held(request) and self._backoff is not None:
            self._backoff.wait()
        try:
            response = self._inner.handle_request(request)
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        except httpx.TransportError as exc:
            _note_lost_answer(request, exc)
            raise
        self._note(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise TypeError("this transport only serves sync requests")
        if self._held(request) and self._backoff is not None:
            await self._backoff.await_()
        try:
            response = await self._inner.handle_async_request(request)
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        except httpx.TransportError as exc:
            _note_lost_answer(request, exc)
            raise
        self._note(request, response)
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


def _note_lost_answer(request: httpx.Request, failure: httpx.TransportError) -> None:
    lost = request.extensions.get(LOST_ANSWERS)
    if isinstance(lost, list) and not isinstance(failure, _NOT_SENT):
        lost.append(type(failure).__name__)


class RetryingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx-retries' ``RetryTransport`` over ``AttemptTransport``, and what its answers mean
    (see the module documentation)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        redact: Callable[[str], str],
        backoff: SharedBackoff | None = None,
    ) -> None:
        from httpx_retries import RetryTransport

        self._inner = RetryTransport(
            transport=AttemptTransport(inner, backoff), retry=policy.to_retry(backoff=backoff)
        )
        self._redact = redact

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        lost: list[str] = []
        request.extensions[LOST_ANSWERS] = lost
        try:
            response = self._inner.handle_request(request)
        except RetryAfterBeyondBudget as stop:
            return stop.response
        return self._settled(request, response, lost)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        lost: list[str] = []
        request.extensions[LOST_ANSWERS] = lost
        try:
            response = await self._inner.handle_async_request(request)
        except RetryAfterBeyondBudget as stop:
            return stop.response
        return self._settled(request, response, lost)

    def _settled(
        self, request: httpx.Request, response: httpx.Response, lost: list[str]
    ) -> httpx.Response:
        if request.method != "DELETE" or response.status_code != 404 or not lost:
            return response
        # The service deleted the resource on an earlier attempt, whose answer never came back.
        logger.debug(
            "%s %s: 404 after a lost answer (%s): deleted by the earlier attempt, a success",
            request.method,
            self._redact(request.url.raw_path.decode("ascii", "replace")),
            ", ".join(lost),
        )
        return httpx.Response(
            200,
            json={},
            request=request,
            extensions={"retry": response.extensions.get("retry")},
        )

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


def with_retries(
    transport: Any,
    policy: RetryPolicy | None,
    redact: Callable[[str], str],
    backoff: SharedBackoff | None = None,
) -> Any:
    """``transport`` wrapped in the retry layers of ``policy`` (as is without retries);
    ``backoff`` is shared by every client of the session."""
    if policy is None or not policy.enabled:
        return transport
    return RetryingTransport(transport, policy, redact, backoff)
