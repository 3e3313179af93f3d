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
   have reached the service.

POST is never retried, so that nothing is created twice, except the session's own requests:
logging in and refreshing create nothing the caller holds, and are safe to repeat (the auth
flow gives them ``session_request_extensions``).
"""

from __future__ import annotations

import logging
import math
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


def retry_class(backoff_cap: float) -> type[Retry]:
    """httpx-retries' ``Retry`` with computed backoff and ``Retry-After`` capped separately.

    The library caps both with ``max_backoff_wait``. Here that cap is the total budget, so a
    server's ``Retry-After`` is honoured up to it, while the computed exponential backoff
    (the documented ``backoff_strategy`` hook) stops growing at ``backoff_cap``. A
    ``Retry-After`` beyond what is left of the budget is not cut short: the wait before a retry
    is where the library shows it the answer, so that is where retrying stops
    (``RetryAfterBeyondBudget``). The cap is a class attribute because ``copy_with`` rebuilds a
    retry from its constructor arguments. httpx-retries is imported here, on first use, to keep
    ``import stitch_admin_ext`` cheap.
    """
    from httpx_retries import Retry

    class CappedRetry(Retry):
        def backoff_strategy(self) -> float:
            return min(super().backoff_strategy(), backoff_cap)

        def sleep(self, response: httpx.Response | Exception) -> None:
            self._check_budget(response)
            super().sleep(response)

        async def asleep(self, response: httpx.Response | Exception) -> None:
            self._check_budget(response)
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

    def to_retry(self, methods: Iterable[str] | None = None) -> Retry:
        # httpx-retries reads an empty list as "use my defaults"; a method and a status that
        # never occur keep an empty choice meaning "retry none".
        return retry_class(self.max_backoff)(
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

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise TypeError("this transport only serves async requests")
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
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise TypeError("this transport only serves sync requests")
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
    ) -> None:
        from httpx_retries import RetryTransport

        self._inner = RetryTransport(transport=AttemptTransport(inner), retry=policy.to_retry())
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


def with_retries(transport: Any, policy: RetryPolicy | None, redact: Callable[[str], str]) -> Any:
    """``transport`` wrapped in the retry layers of ``policy`` (as is without retries)."""
    if policy is None or not policy.enabled:
        return transport
    return RetryingTransport(transport, policy, redact)
