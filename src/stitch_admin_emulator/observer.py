"""The outermost layer for API requests: counts them and reports each finished exchange."""

from __future__ import annotations

import logging
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from stitch_admin_emulator.counters import Counters
from stitch_admin_emulator.exchange import Exchange
from stitch_admin_emulator.faults import FAULT_SCOPE_KEY
from stitch_admin_emulator.routing import API_PREFIX, OperationTable

# The operation a request matched, so the API endpoint need not match it again.
MATCH_SCOPE_KEY = "stitch_emulator.match"
WRITE_METHODS = ("POST", "PUT", "PATCH")
logger = logging.getLogger("stitch_admin_emulator")


def _declares_empty_body(scope: Scope) -> bool:
    headers = dict(scope.get("headers", []))
    if b"transfer-encoding" in headers:
        return False
    return headers.get(b"content-length", b"0").strip() in (b"0", b"")


class ObserverMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        operations: OperationTable,
        counters: Counters,
        on_exchange: Callable[[Exchange], None] | None,
    ) -> None:
        self.app = app
        self.operations = operations
        self.counters = counters
        self.on_exchange = on_exchange

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        method, below = scope["method"], path[len(API_PREFIX) :]
        match = self.operations.match(method, below)
        scope[MATCH_SCOPE_KEY] = match
        operation = None if match is None else match.operation
        if operation is not None:
            self.counters.requests[operation.key] += 1
            if (
                method in WRITE_METHODS
                and operation.spec.body_required
                and _declares_empty_body(scope)
            ):
                self.counters.bodyless_writes += 1
        status: int | None = None
        content_type: str | None = None
        chunks: list[bytes] = []

        async def observe(message: Message) -> None:
            nonlocal status, content_type
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = dict(message.get("headers", []))
                raw_type = headers.get(b"content-type")
                content_type = None if raw_type is None else raw_type.decode("latin-1")
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, observe)
        finally:
            if status is not None:
                self.counters.statuses[str(status)] += 1
            if self.on_exchange is not None:
                exchange = Exchange(
                    method=method,
                    path=below,
                    template=None if operation is None else operation.template,
                    status=status,
                    content_type=content_type,
                    body=b"".join(chunks),
                    fault=scope.get(FAULT_SCOPE_KEY),
                )
                try:
                    self.on_exchange(exchange)
                except Exception:
                    logger.exception("on_exchange raised for %s %s", method, below)
