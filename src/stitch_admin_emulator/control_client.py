"""Typed clients for the emulator's control endpoints: `EmulatorControl` and `AsyncEmulatorControl`.

Tests drive an emulator through these instead of raw HTTP: reset it, expire every access token,
inject faults (as context managers that remove them on exit), seed log entries, read counters,
choose how the next deployment ends, add administrators. `RunningEmulator` (what
`run_in_thread` yields) has the same methods; for an emulator started elsewhere, give its base
URL and the control token it printed:

    control = EmulatorControl("http://127.0.0.1:8080", token)
    with control.inject_fault("status", status=503, path="/groups/*/apps", times=2):
        ...
    assert control.counters().logins == 1

Every argument is checked before a request is sent (`ValueError` naming it); an answer the
emulator refuses raises `ControlError` with its status and message. Both clients build their
requests with the same functions and differ only in how they send them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from types import TracebackType
from typing import Any, Literal

import attrs
import httpx

from stitch_admin_emulator.settings import DEFAULT_GROUP_ID

FaultAction = Literal["status", "delay", "drop", "truncate"]
Outcome = Literal["successful", "failed"]
TOKEN_HEADER = "X-Emulator-Token"  # noqa: S105 - a header name, not a secret
_PREFIX = "/_emulator"
_ACTIONS = ("status", "delay", "drop", "truncate")
_METHODS = ("*", "GET", "PUT", "POST", "PATCH", "DELETE")
_API_PREFIX = "/api/admin/v3.0"
# Which actions use each optional argument of a fault (the others ignore it).
_ACTIONS_TAKING = {
    "status": ("status", "truncate"),
    "retry_after": ("status", "truncate"),
    "body": ("status", "truncate"),
    "delay": ("delay",),
}


class ControlError(Exception):
    """The emulator refused a control request (or is not reachable as one)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}" if status else message)
        self.status = status
        self.message = message


@attrs.frozen
class Counters:
    """What the emulator has counted since it started or since `reset_counters()`.

    `requests` maps `"METHOD /path/template"` (the document's template) to a count."""

    logins: int
    refreshes: int
    logouts: int
    requests: Mapping[str, int]
    statuses: Mapping[int, int]
    faults_injected: int
    function_runs: int
    deployments: int
    bodyless_writes: int

    def requests_to(self, method: str, template: str) -> int:
        """How many requests the operation `method template` served."""
        return self.requests.get(f"{method.upper()} {template}", 0)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Counters:
        return cls(
            logins=int(data["logins"]),
            refreshes=int(data["refreshes"]),
            logouts=int(data["logouts"]),
            requests={str(key): int(count) for key, count in data["requests"].items()},
            statuses={int(key): int(count) for key, count in data["statuses"].items()},
            faults_injected=int(data["faults_injected"]),
            function_runs=int(data.get("function_runs", 0)),
            deployments=int(data.get("deployments", 0)),
            bodyless_writes=int(data.get("bodyless_writes", 0)),
        )


@attrs.frozen
class PendingFault:
    """A fault waiting for its requests: `times` is how many it will still answer."""

    id: str
    action: FaultAction
    method: str
    path: str
    times: int
    when: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PendingFault:
        return cls(
            id=str(data["id"]),
            action=data["action"],
            method=str(data["method"]),
            path=str(data["path"]),
            times=int(data["times"]),
            when=str(data["when"]),
        )


@attrs.frozen
class Administrator:
    """An administrator added with `add_admin`."""

    user_id: str
    public_key: str
    group_ids: tuple[str, ...]


@attrs.frozen
class UserToken:
    """An access token issued to a user of an app by `user_access_token`, as a login would."""

    access_token: str = attrs.field(repr=False)
    user_id: str
    device_id: str
    expires: int  # seconds since the epoch


@attrs.frozen(kw_only=True)
class LogEntrySeed:
    """A log entry to seed. `started` defaults to now; `extra` holds any other field of the
    service's entries (`function_id`, `mem_time_usage`, ...), kept as given."""

    type: str = "FUNCTION"
    started: datetime | str | None = None
    completed: datetime | str | None = None
    error: str | None = None
    error_code: str | None = None
    user_id: str | None = None
    co_id: str | None = None
    function_name: str | None = None
    messages: Sequence[str] = ()
    status: int | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict)

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = dict(self.extra)
        entry["type"] = self.type
        for name in ("error", "error_code", "user_id", "co_id", "function_name", "status"):
            value = getattr(self, name)
            if value is not None:
                entry[name] = value
        for name in ("started", "completed"):
            value = getattr(self, name)
            if isinstance(value, datetime):
                if value.tzinfo is None:
                    raise ValueError(f"{name} must be a timezone-aware datetime")
                entry[name] = value.isoformat()
            elif value is not None:
                entry[name] = value
        if self.messages:
            entry["messages"] = list(self.messages)
        return entry


# ------------------------------------------------------------------ requests, built once


@attrs.frozen
class _Request:
    """One control request and how to read its answer."""

    method: str
    path: str
    json: Any = None
    expect: int = 204
    read: Callable[[httpx.Response], Any] = lambda response: None


def _check_id(value: str, name: str) -> str:
    if (
        not isinstance(value, str)
        or len(value) != 24
        or not all(c in "0123456789abcdefABCDEF" for c in value)
    ):
        raise ValueError(f"{name} must be 24 hexadecimal digits, not {value!r}")
    return value


def _fault_request(
    action: str,
    *,
    method: str,
    path: str,
    times: int,
    when: str,
    status: int | None,
    retry_after: float | str | None,
    body: Any,
    delay: float,
) -> _Request:
    if action not in _ACTIONS:
        raise ValueError(f"action must be one of {', '.join(_ACTIONS)}, not {action!r}")
    if method.upper() not in _METHODS:
        raise ValueError(f"method must be one of {', '.join(_METHODS)}, not {method!r}")
    if isinstance(times, bool) or not isinstance(times, int) or times < 1:
        raise ValueError(f"times must be a whole number of at least 1, not {times!r}")
    if when not in ("before", "after"):
        raise ValueError(f"when must be 'before' or 'after', not {when!r}")
    if status is not None and (isinstance(status, bool) or not 200 <= status <= 599):
        raise ValueError(f"status must be between 200 and 599, not {status!r}")
    if isinstance(delay, bool) or not math.isfinite(delay) or delay < 0:
        raise ValueError(f"delay must be a finite number of seconds, at least 0, not {delay!r}")
    if not path.startswith(("/", "*")) or path.startswith(_API_PREFIX + "/"):
        raise ValueError(
            f"path is a glob on the path below {_API_PREFIX} (e.g. '/groups/*/apps'), not {path!r}"
        )
    # An argument the action would ignore is a mistake in the test: say so.
    given = {"status": status, "retry_after": retry_after, "body": body, "delay": delay or None}
    for name, value in given.items():
        if value is not None and action not in _ACTIONS_TAKING[name]:
            raise ValueError(
                f"{name} applies to the {' and '.join(_ACTIONS_TAKING[name])} faults only, "
                f"not to {action!r}"
            )
    payload: dict[str, Any] = {
        "action": action,
        "method": method.upper(),
        "path": path,
        "times": times,
        "when": when,
        "delay": delay,
    }
    if status is not None:
        payload["status"] = status
    if retry_after is not None:
        payload["retry_after"] = str(retry_after)
    if body is not None:
        payload["body"] = body
    return _Request("POST", "/faults", payload, 201, lambda r: str(r.json()["id"]))


def _next_deployment_request(
    app_id: str, group_id: str, outcome: str, error_message: str | None, delay: float | None
) -> _Request:
    if outcome not in ("successful", "failed"):
        raise ValueError(f"outcome must be 'successful' or 'failed', not {outcome!r}")
    if delay is not None and (not math.isfinite(delay) or delay < 0):
        raise ValueError(f"delay must be a finite number of seconds, at least 0, not {delay!r}")
    payload: dict[str, Any] = {"status": outcome}
    if error_message is not None:
        payload["status_error_message"] = error_message
    if delay is not None:
        payload["delay"] = delay
    path = f"/groups/{_check_id(group_id, 'group_id')}/apps/{_check_id(app_id, 'app_id')}"
    return _Request("POST", f"{path}/deployments/next", payload)


def _seed_request(
    app_id: str, group_id: str, entries: Sequence[LogEntrySeed | Mapping[str, Any]]
) -> _Request:
    seeded = [
        entry.to_json() if isinstance(entry, LogEntrySeed) else dict(entry) for entry in entries
    ]
    path = f"/groups/{_check_id(group_id, 'group_id')}/apps/{_check_id(app_id, 'app_id')}"
    return _Request(
        "POST", f"{path}/logs", {"logs": seeded}, 201, lambda r: int(r.json()["inserted"])
    )


def _admin_request(public_key: str, private_key: str, group_ids: Sequence[str]) -> _Request:
    if not public_key or not private_key:
        raise ValueError("public_key and private_key must not be empty")
    ids = [_check_id(group_id, "group_ids[]") for group_id in group_ids]
    payload = {"public_key": public_key, "private_key": private_key, "group_ids": ids}

    def read(response: httpx.Response) -> Administrator:
        data = response.json()
        return Administrator(data["user_id"], data["public_key"], tuple(data["group_ids"]))

    return _Request("POST", "/admins", payload, 201, read)


def _app_path(app_id: str, group_id: str) -> str:
    return f"/groups/{_check_id(group_id, 'group_id')}/apps/{_check_id(app_id, 'app_id')}"


def _user_token_request(
    app_id: str, group_id: str, user_id: str, expires_in: float | None, device_id: str | None
) -> _Request:
    payload: dict[str, Any] = {}
    if expires_in is not None:
        if isinstance(expires_in, bool) or not math.isfinite(expires_in):
            raise ValueError(f"expires_in must be a finite number of seconds, not {expires_in!r}")
        payload["expires_in"] = expires_in
    if device_id is not None:
        payload["device_id"] = device_id
    path = f"{_app_path(app_id, group_id)}/users/{_check_id(user_id, 'user_id')}/access_token"

    def read(response: httpx.Response) -> UserToken:
        data = response.json()
        return UserToken(
            str(data["access_token"]),
            str(data["user_id"]),
            str(data["device_id"]),
            int(data["expires"]),
        )

    return _Request("POST", path, payload, 201, read)


def _suspend_request(app_id: str, group_id: str, trigger_id: str, error: str | None) -> _Request:
    path = f"{_app_path(app_id, group_id)}/triggers/{_check_id(trigger_id, 'trigger_id')}/suspend"
    return _Request("POST", path, {} if error is None else {"error": error})


def _raise_for(response: httpx.Response, request: _Request) -> None:
    if response.status_code == request.expect:
        return
    try:
        message = str(response.json().get("error", response.reason_phrase))
    except ValueError:
        message = response.reason_phrase
    raise ControlError(response.status_code, f"{request.method} {request.path}: {message}")


# ------------------------------------------------------------------ the two drivers


class _Requests:
    """Every control request, as `_Request`s; the drivers below send them."""

    group_id: str

    @staticmethod
    def _reset() -> _Request:
        return _Request("POST", "/reset")

    @staticmethod
    def _expire_tokens(refresh_tokens: bool) -> _Request:
        if not isinstance(refresh_tokens, bool):
            raise ValueError(f"refresh_tokens must be True or False, not {refresh_tokens!r}")
        return _Request(
            "POST", "/tokens/expire", {"refresh_tokens": True} if refresh_tokens else None
        )

    @staticmethod
    def _counters() -> _Request:
        return _Request("GET", "/counters", expect=200, read=lambda r: Counters.from_json(r.json()))

    @staticmethod
    def _reset_counters() -> _Request:
        return _Request("DELETE", "/counters")

    @staticmethod
    def _faults() -> _Request:
        return _Request(
            "GET",
            "/faults",
            expect=200,
            read=lambda r: [PendingFault.from_json(f) for f in r.json()],
        )

    @staticmethod
    def _clear_faults() -> _Request:
        return _Request("DELETE", "/faults")

    @staticmethod
    def _remove_fault(fault_id: str) -> _Request:
        return _Request("DELETE", f"/faults/{_check_id(fault_id, 'fault_id')}")

    @staticmethod
    def _hosted_file(app_id: str, path: str) -> _Request:
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', not {path!r}")
        return _Request(
            "GET",
            f"/hosting/{_check_id(app_id, 'app_id')}{path}",
            expect=200,
            read=lambda r: r.content,
        )


class EmulatorControl(_Requests):
    """The control endpoints of an emulator at `base_url`, as methods (blocking)."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        group_id: str = DEFAULT_GROUP_ID,
        timeout: float = 30.0,
    ) -> None:
        self.group_id = group_id
        self._http = httpx.Client(
            base_url=base_url.rstrip("/") + _PREFIX, headers={TOKEN_HEADER: token}, timeout=timeout
        )

    def __repr__(self) -> str:
        return f"EmulatorControl({str(self._http.base_url).removesuffix(_PREFIX)!r})"

    def _send(self, request: _Request) -> Any:
        try:
            response = self._http.request(request.method, request.path, json=request.json)
        except httpx.HTTPError as exc:
            raise ControlError(0, f"{request.method} {request.path}: {exc}") from exc
        _raise_for(response, request)
        return request.read(response)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EmulatorControl:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def reset(self) -> None:
        """Forget every app, fault and count (administrators and their sessions stay)."""
        self._send(self._reset())

    def expire_tokens(self, *, refresh_tokens: bool = False) -> None:
        """Every access token issued so far expires at once; refresh tokens still work unless
        `refresh_tokens` is true, which ends every session (clients must log in again)."""
        self._send(self._expire_tokens(refresh_tokens))

    def counters(self) -> Counters:
        counters: Counters = self._send(self._counters())
        return counters

    def reset_counters(self) -> None:
        self._send(self._reset_counters())

    def faults(self) -> list[PendingFault]:
        faults: list[PendingFault] = self._send(self._faults())
        return faults

    def clear_faults(self) -> None:
        self._send(self._clear_faults())

    def inject_fault(
        self,
        action: FaultAction,
        *,
        method: str = "*",
        path: str = "*",
        times: int = 1,
        when: Literal["before", "after"] = "before",
        status: int | None = None,
        retry_after: float | str | None = None,
        body: Any = None,
        delay: float = 0.0,
    ) -> AbstractContextManager[str]:
        """Give the next `times` requests matching `method` and `path` (a glob on the path
        below /api/admin/v3.0) a fault. Injected at once; as a context manager, removed on
        exit if still pending. Yields (and `.id` gives) the fault's id."""
        request = _fault_request(
            action,
            method=method,
            path=path,
            times=times,
            when=when,
            status=status,
            retry_after=retry_after,
            body=body,
            delay=delay,
        )
        fault_id: str = self._send(request)

        @contextmanager
        def injected() -> Iterator[str]:
            try:
                yield fault_id
            finally:
                self._send(self._remove_fault(fault_id))

        return injected()

    def seed_logs(
        self,
        app_id: str,
        entries: Sequence[LogEntrySeed | Mapping[str, Any]],
        *,
        group_id: str | None = None,
    ) -> int:
        """Add entries to an app's log; returns how many were stored."""
        inserted: int = self._send(_seed_request(app_id, group_id or self.group_id, entries))
        return inserted

    def next_deployment(
        self,
        app_id: str,
        *,
        outcome: Outcome = "successful",
        error_message: str | None = None,
        delay: float | None = None,
        group_id: str | None = None,
    ) -> None:
        """How the app's next deployment ends, and after how many seconds."""
        self._send(
            _next_deployment_request(
                app_id, group_id or self.group_id, outcome, error_message, delay
            )
        )

    def add_admin(
        self, public_key: str, private_key: str, group_ids: Sequence[str] = ()
    ) -> Administrator:
        """Another administrator, who can log in with this API key pair."""
        admin: Administrator = self._send(_admin_request(public_key, private_key, group_ids))
        return admin

    def hosted_file(self, app_id: str, path: str) -> bytes:
        """A hosted file's bytes, as deployed."""
        data: bytes = self._send(self._hosted_file(app_id, path))
        return data

    def user_access_token(
        self,
        app_id: str,
        user_id: str,
        *,
        expires_in: float | None = None,
        device_id: str | None = None,
        group_id: str | None = None,
    ) -> UserToken:
        """An access token for a user of the app (30 minutes unless `expires_in` says; a
        negative value gives one that has expired), as the app's login would issue."""
        token: UserToken = self._send(
            _user_token_request(app_id, group_id or self.group_id, user_id, expires_in, device_id)
        )
        return token

    def suspend_trigger(
        self, app_id: str, trigger_id: str, *, error: str | None = None, group_id: str | None = None
    ) -> None:
        """Suspend a deployed trigger, as the service does when one cannot go on; resuming
        the trigger (`PUT .../triggers/{id}/resume`) clears it."""
        self._send(_suspend_request(app_id, group_id or self.group_id, trigger_id, error))


class AsyncEmulatorControl(_Requests):
    """The same methods as `EmulatorControl`, awaitable."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        group_id: str = DEFAULT_GROUP_ID,
        timeout: float = 30.0,
    ) -> None:
        self.group_id = group_id
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/") + _PREFIX, headers={TOKEN_HEADER: token}, timeout=timeout
        )

    def __repr__(self) -> str:
        return f"AsyncEmulatorControl({str(self._http.base_url).removesuffix(_PREFIX)!r})"

    async def _send(self, request: _Request) -> Any:
        try:
            response = await self._http.request(request.method, request.path, json=request.json)
        except httpx.HTTPError as exc:
            raise ControlError(0, f"{request.method} {request.path}: {exc}") from exc
        _raise_for(response, request)
        return request.read(response)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncEmulatorControl:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def reset(self) -> None:
        await self._send(self._reset())

    async def expire_tokens(self, *, refresh_tokens: bool = False) -> None:
        await self._send(self._expire_tokens(refresh_tokens))

    async def counters(self) -> Counters:
        counters: Counters = await self._send(self._counters())
        return counters

    async def reset_counters(self) -> None:
        await self._send(self._reset_counters())

    async def faults(self) -> list[PendingFault]:
        faults: list[PendingFault] = await self._send(self._faults())
        return faults

    async def clear_faults(self) -> None:
        await self._send(self._clear_faults())

    def inject_fault(
        self,
        action: FaultAction,
        *,
        method: str = "*",
        path: str = "*",
        times: int = 1,
        when: Literal["before", "after"] = "before",
        status: int | None = None,
        retry_after: float | str | None = None,
        body: Any = None,
        delay: float = 0.0,
    ) -> AsyncFault:
        """See `EmulatorControl.inject_fault`: `await` it to inject the fault (its id is the
        result), or `async with` it to inject it and remove it on exit. The arguments are
        checked here, before anything is sent."""
        request = _fault_request(
            action,
            method=method,
            path=path,
            times=times,
            when=when,
            status=status,
            retry_after=retry_after,
            body=body,
            delay=delay,
        )
        return AsyncFault(self, request)

    async def seed_logs(
        self,
        app_id: str,
        entries: Sequence[LogEntrySeed | Mapping[str, Any]],
        *,
        group_id: str | None = None,
    ) -> int:
        """Add entries to an app's log; returns how many were stored."""
        inserted: int = await self._send(_seed_request(app_id, group_id or self.group_id, entries))
        return inserted

    async def next_deployment(
        self,
        app_id: str,
        *,
        outcome: Outcome = "successful",
        error_message: str | None = None,
        delay: float | None = None,
        group_id: str | None = None,
    ) -> None:
        await self._send(
            _next_deployment_request(
                app_id, group_id or self.group_id, outcome, error_message, delay
            )
        )

    async def add_admin(
        self, public_key: str, private_key: str, group_ids: Sequence[str] = ()
    ) -> Administrator:
        admin: Administrator = await self._send(_admin_request(public_key, private_key, group_ids))
        return admin

    async def hosted_file(self, app_id: str, path: str) -> bytes:
        data: bytes = await self._send(self._hosted_file(app_id, path))
        return data

    async def user_access_token(
        self,
        app_id: str,
        user_id: str,
        *,
        expires_in: float | None = None,
        device_id: str | None = None,
        group_id: str | None = None,
    ) -> UserToken:
        token: UserToken = await self._send(
            _user_token_request(app_id, group_id or self.group_id, user_id, expires_in, device_id)
        )
        return token

    async def suspend_trigger(
        self, app_id: str, trigger_id: str, *, error: str | None = None, group_id: str | None = None
    ) -> None:
        await self._send(_suspend_request(app_id, group_id or self.group_id, trigger_id, error))


class AsyncFault:
    """A fault for `AsyncEmulatorControl`: awaited, it is injected; used with `async with`,
    injected on entry and removed on exit (if still pending)."""

    def __init__(self, control: AsyncEmulatorControl, request: _Request) -> None:
        self._control = control
        self._request = request
        self.id: str | None = None

    async def _inject(self) -> str:
        fault_id: str = await self._control._send(self._request)
        self.id = fault_id
        return fault_id

    def __await__(self) -> Generator[Any, None, str]:
        return self._inject().__await__()

    async def __aenter__(self) -> str:
        return await self._inject()

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.id is not None:
            await self._control._send(self._control._remove_fault(self.id))
