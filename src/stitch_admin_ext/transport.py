"""The HTTP layer under ``admin.client``: URL rules, retries, typed errors and the request log.

Layers, outermost first, as httpx runs them:

1. ``StitchHTTPClient.send`` / ``AsyncStitchHTTPClient.send``: turn every error answer (after
   refresh and retries) into a ``StitchAdminError`` subclass, every httpx exception into
   ``TransportError`` / ``RequestTimeoutError`` / ``UnexpectedResponseError``, and log one DEBUG
   line per request. (Their ``build_request`` turns a URL httpx refuses into
   ``InvalidArgumentError``.)
2. ``auth.StitchAuth``: tokens, refresh, replay.
3. ``httpx_retries.RetryTransport``: idempotent methods are retried on connection errors and
   429/502/503/504, with exponential backoff, jitter, ``Retry-After`` and a cap on the total wait.
4. The transport: httpx's, built from the caller's options, or the caller's own.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import math
import time
import urllib.request
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

import attrs
import httpx

from . import __version__
from .defaults import DEFAULT_BASE_URL
from .errors import (
    InvalidArgumentError,
    RequestTimeoutError,
    StitchAdminError,
    TransportError,
    UnexpectedResponseError,
    error_from_response,
)
from .redaction import Redactor

if TYPE_CHECKING:
    from httpx_retries import Retry

logger = logging.getLogger("stitch_admin_ext")

API_PATH: Final = "/api/admin/v3.0"
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
USER_AGENT: Final = f"stitch-admin/{__version__} python-httpx/{httpx.__version__}"

# The httpx.Client options a caller may pass through StitchAdmin.login(...).
HTTPX_OPTIONS: Final = frozenset(
    {
        "timeout",
        "verify",
        "cert",
        "proxy",
        "transport",
        "event_hooks",
        "headers",
        "cookies",
        "follow_redirects",
        "max_redirects",
        "limits",
        "http1",
        "http2",
        "trust_env",
        "default_encoding",
    }
)
_TRANSPORT_OPTIONS: Final = ("verify", "cert", "limits", "http1", "http2", "trust_env")


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def api_url(base_url: str | httpx.URL, *, allow_insecure_http: bool = False) -> httpx.URL:
    """The API root for a service origin: ``https://host`` → ``https://host/api/admin/v3.0``.

    An origin that already ends with the API path is taken as is. Plain ``http://`` is refused
    for anything but a loopback host unless ``allow_insecure_http`` is set: tokens would travel
    in clear text.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidArgumentError(f"base_url {base_url!r} is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgumentError(
            f"base_url must be an http(s) origin such as {DEFAULT_BASE_URL!r},"
            f" not {str(base_url)!r}"
        )
    if url.query or url.fragment:
        raise InvalidArgumentError(
            f"base_url must not carry a query or fragment: {str(base_url)!r}"
        )
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise InvalidArgumentError(
            f"refusing plain http:// to {url.host}: credentials and tokens would travel"
            " unencrypted."
            " Use https://, or pass allow_insecure_http=True if you really mean it."
        )
    path = url.path.rstrip("/")
    if not path.endswith(API_PATH):
        path += API_PATH
    return url.copy_with(path=path)


def refuse_insecure_redirect(request: httpx.Request) -> None:
    """A request event hook: every request, redirects included, keeps to https (or loopback).

    ``api_url`` refuses a plain-http base URL; with ``follow_redirects=True`` a redirect could
    still lead there, carrying a login's credentials in its body.
    """
    if request.url.scheme != "https" and not is_loopback(request.url.host):
        raise InvalidArgumentError(
            f"refusing to send {request.method} to {request.url.scheme}://{request.url.host}"
            " (a redirect away from https): credentials and tokens would travel unencrypted."
            " Pass allow_insecure_http=True if you really mean it."
        )


async def refuse_insecure_redirect_async(request: httpx.Request) -> None:
    """``refuse_insecure_redirect`` for the async client, which awaits its hooks."""
    refuse_insecure_redirect(request)


def _number(
    name: str, *, minimum: float = 0.0, allow_minimum: bool = True, maximum: float | None = None
) -> Callable[[Any, Any, Any], None]:
    def check(_: Any, __: Any, value: Any) -> None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise InvalidArgumentError(f"RetryPolicy.{name} must be a finite number, not {value!r}")
        too_small = value < minimum or (value == minimum and not allow_minimum)
        if too_small or (maximum is not None and value > maximum):
            bounds = f"between {minimum:g} and {maximum:g}" if maximum is not None else "positive"
            raise InvalidArgumentError(f"RetryPolicy.{name} must be {bounds}, not {value!r}")

    return check


def _count(_: Any, __: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(
            f"RetryPolicy.attempts must be a whole number >= 0, not {value!r}"
        )


def _upper_set(methods: Iterable[str]) -> frozenset[str]:
    return frozenset(method.upper() for method in methods)


def retry_class(backoff_cap: float) -> type[Retry]:
    """httpx-retries' ``Retry`` with computed backoff and ``Retry-After`` capped separately.

    The library caps both with ``max_backoff_wait``. Here that cap is the total budget, so a
    server's ``Retry-After`` is honoured up to it, while the computed exponential backoff
    (the documented ``backoff_strategy`` hook) stops growing at ``backoff_cap``. The cap is a
    class attribute because ``copy_with`` rebuilds a retry from its constructor arguments.
    httpx-retries is imported here, on first use, to keep ``import stitch_admin_ext`` cheap.
    """
    from httpx_retries import Retry

    class CappedRetry(Retry):
        def backoff_strategy(self) -> float:
            return min(super().backoff_strategy(), backoff_cap)

    return CappedRetry


@attrs.frozen
class RetryPolicy:
    """When and how requests are retried.

    Idempotent methods (``methods``) are retried on connection errors, timeouts and the
    ``statuses``; POST never is, so that nothing is created twice. Without a ``Retry-After``,
    the wait before retry *n* is ``backoff_factor * 2**n`` seconds with jitter, at most
    ``max_backoff``; a server's ``Retry-After`` is honoured as long as it fits the budget. The
    waits of one request add up to at most ``total_timeout`` seconds.
    ``RetryPolicy.disabled()`` turns retries off.
    """

    attempts: int = attrs.field(default=4, validator=_count)
    backoff_factor: float = attrs.field(default=0.5, validator=_number("backoff_factor"))
    max_backoff: float = attrs.field(
        default=20.0, validator=_number("max_backoff", allow_minimum=False)
    )
    total_timeout: float = attrs.field(
        default=60.0, validator=_number("total_timeout", allow_minimum=False)
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


class BodyReadingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads each answer's body inside the transport stack.

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
        response = self._inner.handle_request(request)
        try:
            response.read()
        except BaseException:
            response.close()
            raise
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise TypeError("this transport only serves sync requests")
        response = await self._inner.handle_async_request(request)
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment (HTTPS_PROXY, NO_PROXY, ...) names for this one service."""
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if proxy and urllib.request.proxy_bypass(url.host):
        return None
    return proxy


@attrs.define
class HttpClientFactory:
    """Builds the sync and async httpx clients of one session from the caller's options."""

    api_url: httpx.URL
    auth: httpx.Auth
    retry: RetryPolicy | None
    redactor: Redactor
    options: dict[str, Any] = attrs.field(factory=dict)
    allow_insecure_http: bool = False

    def __attrs_post_init__(self) -> None:
        unknown = set(self.options) - HTTPX_OPTIONS
        if unknown:
            raise InvalidArgumentError(
                f"unknown httpx option(s) {sorted(unknown)}; accepted: {sorted(HTTPX_OPTIONS)}"
            )

    def _client_kwargs(self, *, asynchronous: bool) -> dict[str, Any]:
        options = self.options
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        headers.update(options.get("headers") or {})
        kwargs: dict[str, Any] = {
            key: options[key]
            for key in ("cookies", "follow_redirects", "max_redirects", "default_encoding")
            if key in options
        }
        return {
            "base_url": self.api_url,
            "auth": self.auth,
            "headers": headers,
            "timeout": options.get("timeout", DEFAULT_TIMEOUT),
            "event_hooks": self._event_hooks(asynchronous),
            **kwargs,
        }

    def _event_hooks(self, asynchronous: bool) -> dict[str, list[Callable[..., Any]]]:
        given = self.options.get("event_hooks") or {}
        hooks = {name: list(found) for name, found in given.items()}
        if not self.allow_insecure_http:
            refuse = refuse_insecure_redirect_async if asynchronous else refuse_insecure_redirect
            hooks["request"] = [refuse, *hooks.get("request", [])]
        return hooks

    def _transport_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            key: self.options[key] for key in _TRANSPORT_OPTIONS if key in self.options
        }
        proxy = self.options.get("proxy")
        if proxy is None and self.options.get("trust_env", True):
            proxy = environment_proxy(self.api_url)
        kwargs["proxy"] = proxy
        return kwargs

    def _with_retries(self, inner: Any) -> Any:
        if self.retry is None or self.retry.attempts == 0:
            return inner
        from httpx_retries import RetryTransport

        return RetryTransport(transport=BodyReadingTransport(inner), retry=self.retry.to_retry())

    def sync_client(self) -> StitchHTTPClient:
        inner = self.options.get("transport") or httpx.HTTPTransport(**self._transport_kwargs())
        return StitchHTTPClient(
            redactor=self.redactor,
            transport=self._with_retries(inner),
            **self._client_kwargs(asynchronous=False),
        )

    def async_client(self) -> AsyncStitchHTTPClient:
        inner = self.options.get("transport") or httpx.AsyncHTTPTransport(
            **self._transport_kwargs()
        )
        return AsyncStitchHTTPClient(
            redactor=self.redactor,
            transport=self._with_retries(inner),
            **self._client_kwargs(asynchronous=True),
        )

    def session_request_extensions(self) -> dict[str, Any]:
        """Request extensions for the refresh and login calls: retried like idempotent calls.

        Retrying them cannot do harm: a repeated refresh returns another access token, a
        repeated login another session.
        """
        if self.retry is None or self.retry.attempts == 0:
            return {}
        return {"retry": self.retry.to_retry(methods={*self.retry.methods, "POST"})}


# ---------------------------------------------------------------------- shared by both clients


def translate(exc: httpx.HTTPError, request: httpx.Request, redact: Redactor) -> StitchAdminError:
    """The StitchAdminError for an httpx failure (after retries)."""
    where = f"{request.method} {redact(request.url.path)}"
    detail = redact(str(exc)) or type(exc).__name__
    fields: dict[str, Any] = {"method": request.method, "path": request.url.path}
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{where} timed out ({type(exc).__name__}: {detail})", **fields)
    if isinstance(exc, httpx.DecodingError | httpx.TooManyRedirects):
        return UnexpectedResponseError(f"{where}: unreadable answer ({detail})", **fields)
    return TransportError(f"{where} failed: {type(exc).__name__}: {detail}", **fields)


def checked_build(build: Callable[[], httpx.Request], method: str, url: object) -> httpx.Request:
    """The request ``build`` makes, or InvalidArgumentError when no valid URL can be made (an
    id thousands of characters long, say): httpx's InvalidURL is not one of its HTTPErrors."""
    try:
        return build()
    except httpx.InvalidURL as exc:
        shown = str(url)
        shown = shown if len(shown) <= 120 else f"{shown[:100]}... ({len(shown)} characters)"
        raise InvalidArgumentError(f"{method} {shown}: not a valid request URL ({exc})") from None


def closed_error(request: httpx.Request) -> StitchAdminError:
    return StitchAdminError(
        f"{request.method} {request.url.path}: the StitchAdmin session is closed",
        method=request.method,
        path=request.url.path,
    )


def log_exchange(
    request: httpx.Request, response: httpx.Response | None, started: float, redact: Redactor
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    elapsed_ms = (time.perf_counter() - started) * 1000
    target = redact(request.url.raw_path.decode("ascii", "replace"))
    if response is None:
        logger.debug("%s %s failed after %.1f ms", request.method, target, elapsed_ms)
        return
    retry = response.extensions.get("retry")
    retries = getattr(retry, "attempts_made", 0)
    refreshes = sum(
        1 for previous in response.history if previous.request.url.path.endswith("/auth/session")
    )
    logger.debug(
        "%s %s -> %d in %.1f ms (retries=%d, refreshes=%d)",
        request.method,
        target,
        response.status_code,
        elapsed_ms,
        retries,
        refreshes,
    )


class SetCookieJar(httpx.Cookies):
    """The clients' cookies: answers without ``Set-Cookie`` are not run through the cookie jar.

    httpx parses every answer's headers for cookies, a sixth of a small call's cost here; the
    service sets none, but cookies a caller passes, or that an answer sets, work as before.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class StitchHTTPClient(httpx.Client):
    """An httpx.Client whose every failure is a StitchAdminError."""

    def __init__(self, *, redactor: Redactor, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._redactor = redactor
        self._cookies = SetCookieJar(self._cookies)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        build = functools.partial(super().build_request, method, url, **kwargs)
        return checked_build(build, method, url)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise closed_error(request)
        started = time.perf_counter()
        try:
            response = super().send(request, **kwargs)
        except httpx.HTTPError as exc:
            log_exchange(request, None, started, self._redactor)
            raise translate(exc, request, self._redactor) from exc
        log_exchange(request, response, started, self._redactor)
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response, self._redactor)
        return response


class AsyncStitchHTTPClient(httpx.AsyncClient):
    """An httpx.AsyncClient whose every failure is a StitchAdminError."""

    def __init__(self, *, redactor: Redactor, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._redactor = redactor
        self._cookies = SetCookieJar(self._cookies)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        build = functools.partial(super().build_request, method, url, **kwargs)
        return checked_build(build, method, url)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise closed_error(request)
        started = time.perf_counter()
        try:
            response = await super().send(request, **kwargs)
        except httpx.HTTPError as exc:
            log_exchange(request, None, started, self._redactor)
            raise translate(exc, request, self._redactor) from exc
        log_exchange(request, response, started, self._redactor)
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response, self._redactor)
        return response
