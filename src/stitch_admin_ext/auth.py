"""Authentication of every request: bearer tokens, proactive and reactive refresh, replay.

``StitchAuth`` is an ``httpx.Auth``. Its logic is one generator, ``_flow``, that does no I/O: it
yields a request for httpx to send, a ``_Wait`` for a refresh another caller is performing, or
an ``Offload`` of blocking work (saving the new tokens to the session file); the sync driver
runs that work inline, the async driver in a worker thread, so that the event loop never waits
on the disk. The drivers only send, read, wait and offload. The flow

- sends the login and the provider listing without a token, and puts the *refresh* token on
  ``/auth/session`` (refresh and logout), never refreshing around those calls; a login and a
  refresh are retried as the session's policy retries idempotent calls (they are POSTs, but
  repeating them creates nothing);
- refreshes ahead of time when the access token's ``exp`` is near;
- on ``401`` with ``error_code == "InvalidSession"``, refreshes (or joins the refresh in
  progress) and replays the request exactly once, byte for byte apart from ``Authorization``;
- when the refresh token is dead too, logs in again if the session holds credentials, else
  raises ``AuthenticationError``.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
import httpx

from .errors import (
    AuthenticationError,
    StitchAdminError,
    UnexpectedResponseError,
    error_from_response,
)
from .redaction import Redactor, Secret
from .steps import Offload
from .tokens import RefreshFlight, Tokens, TokenState, sendable

if TYPE_CHECKING:
    from stitch_admin_client.models import LoginResponse, SessionResponse

# Marks the requests the flow makes itself (refresh, login): their bodies are always read.
INTERNAL: Final = "stitch_admin.internal"
# How many times a caller whose refresh leader vanished (cancelled, closed) tries to lead itself.
_REFRESH_ATTEMPTS: Final = 3


@attrs.frozen
class Credentials:
    """What a session needs to log in again: the provider, the username and its secret."""

    provider: str
    username: str
    secret: Secret

    @property
    def login_path(self) -> str:
        """The login endpoint, relative to the API root (the provider is one of ours)."""
        return f"/auth/providers/{self.provider}/login"

    def login_body(self) -> Secret:
        """The login request's JSON body, wrapped: it holds the secret. It is revealed only as
        the request is built (``Secret.reveal().encode()`` in the call that builds it)."""
        key = "apiKey" if self.provider == "mongodb-cloud" else "password"
        return Secret(
            json.dumps(
                {"username": self.username, key: self.secret.reveal()},
                ensure_ascii=False,
                separators=(",", ":"),
            )
        )


@attrs.frozen
class _Wait:
    """A command to the driver: wait until ``flight`` is finished, then resume the flow."""

    flight: RefreshFlight


Command = httpx.Request | _Wait | Offload


def is_invalid_session(response: httpx.Response) -> bool:
    """Whether the answer says the access token is expired or revoked (and a refresh may help)."""
    if response.status_code != 401:
        return False
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        return False
    return isinstance(body, dict) and body.get("error_code") == "InvalidSession"


def check_tokens(answer: LoginResponse | SessionResponse, what: str) -> None:
    """Refuse (UnexpectedResponseError) an answer whose tokens could not be sent back."""
    tokens = [answer.access_token]
    refresh_token = getattr(answer, "refresh_token", None)  # a login answer carries one
    if isinstance(refresh_token, str):
        tokens.append(refresh_token)
    if not all(map(sendable, tokens)):
        raise UnexpectedResponseError(
            f"the {what} answer holds a token that cannot be sent in an Authorization header"
            " (empty, or not printable ASCII)"
        )


def parse_answer(response: httpx.Response, model: type[Any], what: str) -> Any:
    """A login or refresh answer as ``model``, its tokens checked; UnexpectedResponseError if
    the body is not one.

    The error is raised outside the handler of the decoding error: chained to it, it would
    carry the half-decoded model (whose repr fails) and the body's tokens into tracebacks.
    """
    from stitch_admin_client.types import PARSE_ERRORS

    failure = None
    try:
        answer = model.from_dict(response.json())
    except PARSE_ERRORS as exc:
        failure = type(exc).__name__
    if failure is not None:
        raise UnexpectedResponseError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code}"
            f" with a body that is not a {model.__name__} ({failure})",
            status_code=response.status_code,
            method=response.request.method,
            path=response.request.url.path,
        )
    check_tokens(answer, what)
    return answer


class StitchAuth(httpx.Auth):
    """Bearer authentication with automatic refresh, for the sync and async httpx clients alike."""

    def __init__(
        self,
        state: TokenState,
        *,
        api_url: httpx.URL,
        credentials: Credentials | None = None,
        redactor: Redactor | None = None,
        session_extensions: Mapping[str, Any] | None = None,
        on_tokens: Callable[[Tokens], None] | None = None,
    ) -> None:
        self.state = state
        self.credentials = credentials
        self.redactor = redactor or Redactor()
        # The flow's own requests (refresh, login) go to the same service as the calls.
        self._origin = api_url
        self._api_path = api_url.path.rstrip("/")
        self._session_path = self._api_path + "/auth/session"
        self._providers_path = self._api_path + "/auth/providers"
        # Request extensions of the logins and refreshes: their retry policy.
        self.session_extensions: Mapping[str, Any] = dict(session_extensions or {})
        # Blocking work (saving the tokens): offloaded by the flow, never run inside it.
        self._on_tokens = on_tokens

    def __repr__(self) -> str:
        return f"StitchAuth(api_path={self._api_path!r}, state={self.state!r})"

    # ------------------------------------------------------------------ the flow (no I/O)

    def _flow(self, request: httpx.Request) -> Generator[Command, httpx.Response | None, None]:
        path = request.url.path
        if path == self._providers_path:
            yield request
            return
        if path.startswith(self._providers_path + "/") and path.endswith("/login"):
            self._as_session_request(request)
            yield request
            return
        tokens = self.state.current()
        if tokens is None:
            raise AuthenticationError(
                f"{request.method} {path}: the session is logged out; log in again",
                method=request.method,
                path=path,
            )
        if path == self._session_path:
            if request.method == "POST":
                self._as_session_request(request)
            request.headers["Authorization"] = f"Bearer {tokens.refresh.reveal()}"
            yield request
            return
        if self.state.needs_refresh(tokens):
            tokens = yield from self._refreshed(tokens)
        request.headers["Authorization"] = f"Bearer {tokens.access.reveal()}"
        response = yield request
        if response is None or not is_invalid_session(response):
            return
        tokens = yield from self._refreshed(tokens)
        request.headers["Authorization"] = f"Bearer {tokens.access.reveal()}"
        yield request

    def _as_session_request(self, request: httpx.Request) -> None:
        for name, value in self.session_extensions.items():
            request.extensions.setdefault(name, value)

    def _refreshed(self, stale: Tokens) -> Generator[Command, httpx.Response | None, Tokens]:
        """Tokens newer than ``stale``: refreshed by this caller, or by the one already at it."""
        for _ in range(_REFRESH_ATTEMPTS):
            ticket = self.state.begin_refresh(stale)
            if ticket.tokens is not None:
                return ticket.tokens
            assert ticket.flight is not None  # noqa: S101 (begin_refresh gives one or the other)
            if ticket.leader:
                return (yield from self._lead(ticket.flight, stale))
            yield _Wait(ticket.flight)
            if ticket.flight.tokens is not None:
                return ticket.flight.tokens
            if isinstance(ticket.flight.error, StitchAdminError):
                raise _copy(ticket.flight.error)
            # The leader was cancelled or torn down before it could finish: lead in its place.
        raise AuthenticationError("the session could not be refreshed (interrupted repeatedly)")

    def _lead(
        self, flight: RefreshFlight, stale: Tokens
    ) -> Generator[Command, httpx.Response | None, Tokens]:
        # Refreshing is rare: its models are imported when it happens.
        from stitch_admin_client.models import LoginResponse, SessionResponse

        finished = False
        try:
            response = yield self._internal_request(
                "POST", self._session_path, bearer=stale.refresh
            )
            assert response is not None  # noqa: S101 (the driver answers every request)
            if response.status_code in (200, 201):
                refreshed = parse_answer(response, SessionResponse, "refresh")
                tokens = self.state.finish_refresh(flight, access=Secret(refreshed.access_token))
            elif response.status_code == 401 and self.credentials is not None:
                # The refresh token is dead (revoked, expired): log in again.
                response = yield self._internal_request(
                    "POST",
                    self._api_path + self.credentials.login_path,
                    body=self.credentials.login_body(),
                )
                assert response is not None  # noqa: S101
                if response.status_code != 200:
                    raise error_from_response(response, self.redactor)
                login = parse_answer(response, LoginResponse, "login")
                self.redactor.remember(login.access_token, login.refresh_token)
                tokens = self.state.finish_refresh(
                    flight, access=Secret(login.access_token), refresh=Secret(login.refresh_token)
                )
            else:
                raise error_from_response(response, self.redactor)
            finished = True
        except BaseException as exc:
            if not finished:
                self.state.finish_refresh(flight, error=exc)
            raise
        if tokens is None:  # logged out while the refresh was in flight
            raise AuthenticationError("the session was logged out during a refresh")
        self.redactor.remember(tokens.access)
        if self._on_tokens is not None:
            yield Offload(functools.partial(self._on_tokens, tokens))
        return tokens

    def _internal_request(
        self, method: str, path: str, *, bearer: Secret | None = None, body: Secret | None = None
    ) -> httpx.Request:
        headers = {"Accept": "application/json"}
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer.reveal()}"
        if body is not None:
            headers["Content-Type"] = "application/json"
        return httpx.Request(
            method,
            self._origin.copy_with(path=path, query=None),
            headers=headers,
            content=None if body is None else body.reveal().encode("utf-8"),
            extensions={INTERNAL: True, **self.session_extensions},
        )

    # ------------------------------------------------------------------ drivers

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # so that a replay sends the same bytes
        flow = self._flow(request)
        try:
            command = next(flow)
            while True:
                reply: httpx.Response | None = None
                if isinstance(command, _Wait):
                    command.flight.wait()
                elif isinstance(command, Offload):
                    command.function()
                else:
                    reply = yield command
                    if reply.status_code == 401 or command.extensions.get(INTERNAL):
                        reply.read()
                command = flow.send(reply)
        except StopIteration:
            return
        finally:
            flow.close()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # so that a replay sends the same bytes
        flow = self._flow(request)
        try:
            command = next(flow)
            while True:
                reply: httpx.Response | None = None
                if isinstance(command, _Wait):
                    await command.flight.wait_async()
                elif isinstance(command, Offload):
                    import anyio.to_thread

                    await anyio.to_thread.run_sync(command.function)
                else:
                    reply = yield command
                    if reply.status_code == 401 or command.extensions.get(INTERNAL):
                        await reply.aread()
                command = flow.send(reply)
        except StopIteration:
            return
        finally:
            flow.close()


def _copy(error: StitchAdminError) -> StitchAdminError:
    """A copy to raise in a follower, so that callers do not share one traceback."""
    try:
        return copy.copy(error)
    except Exception:  # an exotic subclass: raising the original is still right
        return error
