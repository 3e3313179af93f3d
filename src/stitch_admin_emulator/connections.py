"""Reaching a request's TCP connection from the ASGI app, so a fault can cut it.

ASGI gives an application no way to close a connection without answering: if the app
returns without a response, uvicorn sends a 500. The emulator therefore serves HTTP with
`TrackingH11Protocol`, uvicorn's own h11 protocol that also records each connection's
transport under its (server address, client address) pair, which is what the ASGI scope
carries as `server` and `client`. `sever` closes that transport and waits until uvicorn has
seen the connection go, so uvicorn sends nothing more: the client sees the connection closed
with no answer, or with the bytes already sent (a truncated body).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import MutableMapping
from typing import Any

import attrs
from uvicorn.protocols.http.h11_impl import H11Protocol

# A cut connection is gone at the next turn of the loop; this only bounds a surprise.
_CLOSE_WAIT_SECONDS = 5.0

Address = tuple[Any, ...] | None


@attrs.frozen
class _Connection:
    transport: asyncio.Transport
    closed: asyncio.Event


class ConnectionRegistry:
    """Open connections of every emulator server in this process (they may run in threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: dict[tuple[Address, Address], _Connection] = {}

    def add(self, server: Address, client: Address, transport: asyncio.Transport) -> None:
        with self._lock:
            self._connections[(server, client)] = _Connection(transport, asyncio.Event())

    def discard(self, server: Address, client: Address) -> None:
        with self._lock:
            connection = self._connections.pop((server, client), None)
        if connection is not None:
            connection.closed.set()

    def get(self, server: Address, client: Address) -> _Connection | None:
        with self._lock:
            return self._connections.get((server, client))


REGISTRY = ConnectionRegistry()


def _address(value: Any) -> Address:
    return None if value is None else tuple(value)


async def sever(scope: MutableMapping[str, Any]) -> bool:
    """Close the request's connection without another byte; False if it cannot be reached
    (the app is not served by `TrackingH11Protocol`, e.g. in-process ASGI)."""
    connection = REGISTRY.get(_address(scope.get("server")), _address(scope.get("client")))
    if connection is None:
        return False
    connection.transport.close()
    await asyncio.wait_for(connection.closed.wait(), _CLOSE_WAIT_SECONDS)
    return True


class TrackingH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with each connection registered in `REGISTRY` while open."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        REGISTRY.add(_address(self.server), _address(self.client), transport)

    def connection_lost(self, exc: Exception | None) -> None:
        REGISTRY.discard(_address(self.server), _address(self.client))
        super().connection_lost(exc)
