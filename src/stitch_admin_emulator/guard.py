"""The outermost layer: what keeps a server on a shared machine safe, and every error JSON.

The emulator listens on loopback, but any web page the user opens can send requests there.
A page that resolves its own host name to 127.0.0.1 (DNS rebinding) can even read the answers.
So every request must name a loopback host (`localhost`, `*.localhost`, `127.0.0.1`, `[::1]`),
the host the emulator was configured with, or one of its `allowed_hosts`; any other `Host`
gets 421. Every answer carries `X-Content-Type-Options: nosniff`.

An exception that escapes everything inside still gets a JSON 500 with an `error_code`, and the
connection stays open (left to the server, it would answer plain text and hang up).
"""

from __future__ import annotations

import json
import logging
from ipaddress import ip_address

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("stitch_admin_emulator")
_NOSNIFF = (b"x-content-type-options", b"nosniff")


def host_name(header: str) -> str:
    """The host of a `Host` header, without port or IPv6 brackets, in lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def is_loopback_name(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def _json_answer(status: int, error: str, code: str) -> tuple[Message, Message]:
    body = json.dumps({"error": error, "error_code": code}).encode()
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            _NOSNIFF,
        ],
    }
    return start, {"type": "http.response.body", "body": body}


class GuardMiddleware:
    def __init__(self, app: ASGIApp, configured_host: str, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = {host_name(configured_host), *(host_name(h) for h in allowed_hosts)}

    def _host_allowed(self, scope: Scope) -> bool:
        headers = dict(scope.get("headers", []))
        raw = headers.get(b"host")
        if raw is None:
            return True  # HTTP/1.0 without a Host: no browser sends that
        host = host_name(raw.decode("latin-1"))
        return host in self.allowed or is_loopback_name(host)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self._host_allowed(scope):
            for message in _json_answer(
                421, "this server answers requests to its own host names only", "MisdirectedRequest"
            ):
                await send(message)
            return
        started = False

        async def send_guarded(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                if all(name.lower() != _NOSNIFF[0] for name, _ in headers):
                    message = {**message, "headers": [*headers, _NOSNIFF]}
            await send(message)

        try:
            await self.app(scope, receive, send_guarded)
        except ConnectionAbortedError:
            raise  # a fault that cannot cut an in-process connection says so (see `faults`)
        except Exception:
            if started:
                raise  # half an answer is out: only closing the connection is left
            logger.exception("%s %s failed", scope.get("method"), scope.get("path"))
            for message in _json_answer(500, "internal error", "InternalServerError"):
                await send(message)
