"""The httpx clients under ``admin.client``: typed errors, the request log, the caller's options.

Layers, outermost first, as httpx runs them:

1. ``StitchHTTPClient.send`` / ``AsyncStitchHTTPClient.send``: turn every error answer (after
   refresh and retries) into a ``StitchAdminError`` subclass, every httpx exception into
   ``TransportError`` / ``RequestTimeoutError`` / ``UnexpectedResponseError``, and log one DEBUG
   line per request. (Their ``build_request`` turns what cannot be sent, a URL httpx refuses or
   a body JSON cannot carry, into ``InvalidArgumentError``.)
2. ``auth.StitchAuth``: tokens, refresh, replay.
3. The retry transports (``retries``).
4. The transport: httpx's, built from the caller's options, or the caller's own.

``HttpClientFactory`` builds both clients of a session from the caller's httpx options.
"""

from __future__ import annotations

import functools
import logging
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

import attrs
import httpx

from . import __version__
from .arguments import encodable, json_problem
from .errors import (
    InvalidArgumentError,
    RequestTimeoutError,
    StitchAdminError,
    TransportError,
    UnexpectedResponseError,
    error_from_response,
)
from .redaction import Redactor
from .retries import RetryPolicy, SharedBackoff, with_retries
from .urls import environment_proxy, refuse_insecure_redirect, refuse_insecure_redirect_async

logger = logging.getLogger("stitch_admin_ext")

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


@attrs.define
class HttpClientFactory:
    """Builds the sync and async httpx clients of one session from the caller's options."""

    api_url: httpx.URL
    auth: httpx.Auth
    retry: RetryPolicy | None
    redactor: Redactor
    options: dict[str, Any] = attrs.field(factory=dict)
    allow_insecure_http: bool = False
    # A 429 met by a request of either client holds the requests of both.
    backoff: SharedBackoff = attrs.field(factory=SharedBackoff)

    def __attrs_post_init__(self) -> None:
        unknown = set(self.options) - HTTPX_OPTIONS
        if unknown:
            raise InvalidArgumentError(
                f"unknown httpx option(s) {sorted(unknown)}; accepted: {sorted(HTTPX_OPTIONS)}"
            )

    @property
    def owns_transports(self) -> bool:
        """Whether each client gets a transport of its own (the caller gave none to share)."""
        return self.options.get("transport") is None

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

    @functools.cached_property
    def _tls(self) -> ssl.SSLContext:
        """The TLS settings of every transport of the session, made once: loading the
        certificate store costs tens of milliseconds, and a parallel log read makes a client
        per worker."""
        return httpx.create_ssl_context(
            verify=self.options.get("verify", True),
            cert=self.options.get("cert"),
            trust_env=self.options.get("trust_env", True),
        )

    def _transport_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            key: self.options[key]
            for key in _TRANSPORT_OPTIONS
            if key in self.options and key not in ("verify", "cert")
        }
        kwargs["verify"] = self._tls
        proxy = self.options.get("proxy")
        if proxy is None and self.options.get("trust_env", True):
            proxy = environment_proxy(self.api_url)
        kwargs["proxy"] = proxy
        return kwargs

    def _with_retries(self, inner: Any) -> Any:
        return with_retries(inner, self.retry, self.redactor, self.backoff)

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


def checked_build(
    build: Callable[[], httpx.Request], method: str, url: object, given: Mapping[str, Any]
) -> httpx.Request:
    """The request ``build`` makes, or InvalidArgumentError when it cannot be sent: no valid
    URL can be made (an id thousands of characters long, say; httpx's InvalidURL is not one of
    its HTTPErrors), or ``given`` (the request's arguments) holds what JSON or UTF-8 cannot
    carry (NaN, a lone surrogate)."""
    try:
        return build()
    except httpx.InvalidURL as exc:
        raise InvalidArgumentError(
            f"{method.upper()} {_shown(url)}: not a valid request URL ({exc})"
        ) from None
    except ValueError:  # json.dumps' "Out of range float values", and UnicodeEncodeError
        problem = _unsendable(url, given)
        if problem is None:
            raise
    # Raised here, outside the handler: the encoding error (which holds the whole body) is not
    # chained to it.
    raise InvalidArgumentError(f"{method.upper()} {_shown(url)}: {problem}")


def _shown(url: object) -> str:
    shown = str(url)
    return shown if len(shown) <= 120 else f"{shown[:100]}... ({len(shown)} characters)"


def _unsendable(url: object, given: Mapping[str, Any]) -> str | None:
    """What in a request's arguments cannot be encoded, named as the caller named it."""
    if "json" in given and (problem := json_problem(given["json"], "body")) is not None:
        return problem
    content = given.get("content")
    if isinstance(content, str) and not encodable(content):
        return "body holds a lone surrogate, which UTF-8 cannot encode"
    for argument, noun in (("params", "query parameter"), ("headers", "header")):
        found = given.get(argument)
        pairs = found.items() if isinstance(found, Mapping) else found
        for pair in pairs if isinstance(pairs, Iterable) and not isinstance(pairs, str) else ():
            key, value = pair if isinstance(pair, tuple) and len(pair) == 2 else (pair, "")
            if any(isinstance(part, str) and not encodable(part) for part in (key, value)):
                return f"the {noun} {str(key)!r} holds a lone surrogate, which UTF-8 cannot encode"
    if isinstance(url, str) and not encodable(url):
        return "the path holds a lone surrogate, which UTF-8 cannot encode"
    return None


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
        return checked_build(build, method, url, kwargs)

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
        return checked_build(build, method, url, kwargs)

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
