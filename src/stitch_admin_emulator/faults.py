"""Fault injection: the next N requests matching a method and a path glob get a fault.

Actions: `status` (answer with that status, optional JSON body and Retry-After), `delay`
(wait, then answer normally), `drop` (close the connection without answering) and `truncate`
(send the headers with a Content-Length, then close the connection halfway through the
body). With `when: "before"` the fault replaces (or, for a delay, precedes) processing; with
`when: "after"` the request is processed first, so its changes happen, and the fault then
replaces or delays the answer. See `connections` for how a connection is cut.

A fault, as posted to `/_emulator/faults`: `{"action", "method": "*" (or GET, POST, ...),
"path": "*" (an fnmatch glob on the path below /api/admin/v3.0), "times": 1, "when":
"before", "status": 503 (200 for truncate), "retry_after"?, "body"? (JSON), "delay": 0}`.

A latency, as put to `/_emulator/latency`: `{"seconds", "method": "*", "path": "*"}`: every
matching API request waits that long before it is processed, each on its own (concurrent
requests wait at the same time, as over a long network path), until the latency is removed.
It comes before any fault, and is not used up.
"""

from __future__ import annotations

import asyncio
import fnmatch
import json
import threading
from typing import Any

import attrs
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from stitch_admin_emulator import connections, ids
from stitch_admin_emulator.counters import Counters
from stitch_admin_emulator.routing import API_PREFIX
from stitch_admin_emulator.shapes import Anything, BadShape, Integer, Number, Object, String

LATENCY_SHAPE = Object(
    required={"seconds": Number(minimum=0)},
    optional={"method": String(), "path": String()},
)

ACTIONS = ("status", "delay", "drop", "truncate")
# How long a fault waits for the rest of a request body it will not process.
_DRAIN_SECONDS = 5.0
# Marks the scope of a request whose answer a fault replaced; the observer reports it.
FAULT_SCOPE_KEY = "stitch_emulator.fault"
# The same mark when the client went away before it could be answered (no fault involved).
CLIENT_DISCONNECTED = "client_disconnected"
FAULT_SHAPE = Object(
    required={"action": String(enum=ACTIONS)},
    optional={
        "method": String(),
        "path": String(),
        "times": Integer(),
        "status": Integer(),
        "retry_after": Anything(),
        "body": Anything(),
        "delay": Number(minimum=0),
        "when": String(enum=("before", "after")),
    },
)


@attrs.define
class Fault:
    id: str
    method: str
    path: str
    remaining: int
    action: str
    status: int
    retry_after: str | None
    body: Any
    delay: float
    when: str

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and fnmatch.fnmatchcase(path, self.path)

    def document(self) -> dict[str, Any]:
        doc = attrs.asdict(self)
        doc["times"] = doc.pop("remaining")
        return doc

    def answer(self) -> tuple[list[tuple[bytes, bytes]], bytes]:
        """The headers and body of this fault's own answer (`status` and `truncate`)."""
        body = self.body
        if body is None:
            body = {"error": f"injected fault ({self.action})", "error_code": "InjectedFault"}
        content = json.dumps(body).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(content)).encode()),
        ]
        if self.retry_after is not None:
            headers.append((b"retry-after", self.retry_after.encode("latin-1")))
        return headers, content


@attrs.frozen
class Latency:
    """A wait before every matching API request."""

    seconds: float
    method: str = "*"
    path: str = "*"

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and fnmatch.fnmatchcase(path, self.path)

    def document(self) -> dict[str, Any]:
        return attrs.asdict(self)


def parse_latency(value: Any) -> Latency:
    """A latency from the control endpoint's body; BadShape if it is not a valid one."""
    LATENCY_SHAPE.check(value, "")
    return Latency(
        seconds=float(value["seconds"]),
        method=value.get("method", "*").upper(),
        path=value.get("path", "*"),
    )


def parse_fault(value: Any) -> Fault:
    """A fault from the control endpoint's body; BadShape if it is not a valid one."""
    FAULT_SHAPE.check(value, "")
    times = value.get("times", 1)
    if times < 1:
        raise BadShape("'times' must be at least 1")
    # A `status` fault is a 503 unless told otherwise; a truncated answer claims success.
    status = value.get("status", 200 if value["action"] == "truncate" else 503)
    if not 200 <= status <= 599:
        raise BadShape("'status' must be between 200 and 599")
    retry_after = value.get("retry_after")
    return Fault(
        id=ids.object_id(),
        method=value.get("method", "*").upper(),
        path=value.get("path", "*"),
        remaining=times,
        action=value["action"],
        status=status,
        retry_after=None if retry_after is None else str(retry_after),
        body=value.get("body"),
        delay=float(value.get("delay", 0)),
        when=value.get("when", "before"),
    )


class FaultBook:
    """The pending faults, first added first used; and the latency, if one is set."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self.latency: Latency | None = None

    def wait_before(self, method: str, path: str) -> float:
        """How long a request waits before it is processed (the latency, if it matches)."""
        latency = self.latency
        return latency.seconds if latency is not None and latency.matches(method, path) else 0.0

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.document() for fault in self._faults]

    def clear(self) -> None:
        """No pending fault, and no latency."""
        with self._lock:
            self._faults.clear()
            self.latency = None

    def remove(self, fault_id: str) -> bool:
        """Forget one fault; False if it is gone already (used up, or never was)."""
        with self._lock:
            kept = [fault for fault in self._faults if fault.id != fault_id]
            removed = len(kept) != len(self._faults)
            self._faults[:] = kept
            return removed


async def _truncated(
    send: Send, scope: Scope, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    """Send the headers promising the whole body, half of it, then cut the connection."""
    promised = body if body else b"{}"
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(promised)).encode()))
    # A 204 or 304 answer has no body to cut, so a truncated one is sent as a 200.
    await send(
        {
            "type": "http.response.start",
            "status": 200 if status in (204, 304) else status,
            "headers": headers,
        }
    )
    await send(
        {"type": "http.response.body", "body": promised[: len(promised) // 2], "more_body": True}
    )
    await _cut(scope)


async def _drain(receive: Receive) -> None:
    """Read the rest of the request body, so that a cut is a clean close (FIN), never a reset
    caused by unread bytes, and a fault's answer leaves the connection reusable."""
    while True:
        try:
            message = await asyncio.wait_for(receive(), _DRAIN_SECONDS)
        except TimeoutError:
            return
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _cut(scope: Scope) -> None:
    if not await connections.sever(scope):
        raise ConnectionAbortedError("fault injection: the connection cannot be cut in-process")


class FaultMiddleware:
    """ASGI middleware applying the faults of a `FaultBook` to API requests."""

    def __init__(self, app: ASGIApp, faults: FaultBook, counters: Counters) -> None:
        self.app = app
        self.faults = faults
        self.counters = counters

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        below = path[len(API_PREFIX) :]
        await self._latency(scope["method"], below)
        fault = self.faults.take(scope["method"], below)
        if fault is None:
            await self.app(scope, receive, send)
            return
        self.counters.faults_injected += 1
        if fault.action == "delay":
            if fault.when == "before":
                await asyncio.sleep(fault.delay)
                await self.app(scope, receive, send)
            else:
                messages = await self._processed(scope, receive)
                await asyncio.sleep(fault.delay)
                for message in messages:
                    await send(message)
            return
        scope[FAULT_SCOPE_KEY] = fault.action
        if fault.when == "before":
            await _drain(receive)
        if fault.when == "after":
            messages = await self._processed(scope, receive)
            if fault.action == "truncate":
                start = messages[0]
                body = b"".join(m.get("body", b"") for m in messages[1:])
                await _truncated(send, scope, start["status"], list(start.get("headers", [])), body)
                return
        if fault.action == "status":
            headers, content = fault.answer()
            await send({"type": "http.response.start", "status": fault.status, "headers": headers})
            await send({"type": "http.response.body", "body": content})
        elif fault.action == "truncate":
            headers, content = fault.answer()
            await _truncated(send, scope, fault.status, headers, content)
        else:
            await _cut(scope)

    async def _latency(self, method: str, path: str) -> None:
        wait = self.faults.wait_before(method, path)
        if wait > 0:
            await asyncio.sleep(wait)

    async def _processed(self, scope: Scope, receive: Receive) -> list[Message]:
        """Run the request through the app, keeping the answer instead of sending it."""
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        return messages
