"""Serving the emulator over HTTP with uvicorn: in a background thread, or in the foreground.

The listening socket is bound before uvicorn starts, so the port is known at once (port 0
picks a free one) and a port in use fails early with a plain OSError.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from stitch_admin_emulator.app import create_app
from stitch_admin_emulator.connections import TrackingH11Protocol
from stitch_admin_emulator.control_client import AsyncEmulatorControl, EmulatorControl
from stitch_admin_emulator.emulator import Emulator
from stitch_admin_emulator.routing import API_PREFIX
from stitch_admin_emulator.settings import EmulatorConfig

_STARTUP_TIMEOUT_SECONDS = 10.0
# uvicorn's own housekeeping period (date header, exit checks), in seconds.
_TICK_SECONDS = 0.1
_SHUTDOWN_POLL_SECONDS = 0.005


class _Server(uvicorn.Server):
    """uvicorn's server, woken at once by `stop()` instead of at its next 0.1 s tick."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), _TICK_SECONDS)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """uvicorn's shutdown steps, polling every few milliseconds instead of pausing 0.1 s
        at least: tests start and stop an emulator per test, and those pauses add up."""
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        deadline = time.monotonic() + (self.config.timeout_graceful_shutdown or 0)
        state = self.server_state
        # uvicorn signals no event when its last connection or task ends: poll, briefly.
        while (state.connections or state.tasks) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(_SHUTDOWN_POLL_SECONDS)
        for task in state.tasks:
            task.cancel(msg="the emulator is stopping")
        for server in self.servers:
            await server.wait_closed()
        await self.lifespan.shutdown()

    def stop(self) -> None:
        """Ask the server to shut down; safe from any thread."""
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop may have finished already
                loop.call_soon_threadsafe(wake.set)


class RunningEmulator(EmulatorControl):
    """A started emulator: where it listens, which credentials it accepts, and its control
    endpoints as methods (see `EmulatorControl`: `reset()`, `inject_fault(...)`, ...)."""

    def __init__(
        self, base_url: str, group_id: str, public_key: str, private_key: str, emulator: Emulator
    ) -> None:
        super().__init__(base_url, emulator.control_token, group_id=group_id)
        self.base_url = base_url
        self.public_key = public_key
        self.private_key = private_key
        self.emulator = emulator

    def __repr__(self) -> str:
        return (
            f"RunningEmulator(base_url={self.base_url!r}, group_id={self.group_id!r}, "
            f"public_key={self.public_key!r})"
        )

    @property
    def api_url(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    @property
    def control_token(self) -> str:
        """What requests that change state through `/_emulator/` carry in `X-Emulator-Token`."""
        return self.emulator.control_token

    def async_control(self) -> AsyncEmulatorControl:
        """The same control methods, awaitable (close it with `aclose()` or `async with`)."""
        return AsyncEmulatorControl(self.base_url, self.control_token, group_id=self.group_id)


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket; OSError (e.g. address in use) if it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP (not 0) makes asyncio set TCP_NODELAY on accepted connections; without it
    # a body written after its headers waits for the client's delayed ACK (~40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def base_url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def make_server(
    config: EmulatorConfig, log_config: dict[str, object] | None
) -> tuple[_Server, Emulator]:
    app = create_app(config)
    server = _Server(
        uvicorn.Config(
            app,
            http=TrackingH11Protocol,
            lifespan="on",
            access_log=False,
            log_config=log_config,
            log_level="warning",
            # Connections must not linger after a stop: tests start and stop many emulators.
            timeout_graceful_shutdown=2,
        )
    )
    return server, app.state.emulator


def running(sock: socket.socket, config: EmulatorConfig, emulator: Emulator) -> RunningEmulator:
    return RunningEmulator(
        base_url=base_url_of(sock),
        group_id=config.group_id,
        public_key=config.public_key,
        private_key=config.private_key,
        emulator=emulator,
    )


@contextmanager
def run_in_thread(config: EmulatorConfig | None = None) -> Iterator[RunningEmulator]:
    """Serve an emulator from a background thread for the duration of the `with` block.

    On exit the server stops, its thread is joined and its port is released.
    """
    config = config or EmulatorConfig()
    sock = bind(config.host, config.port)
    try:
        server, emulator = make_server(config, log_config=None)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="stitch-emulator", daemon=True
        )
        thread.start()
        try:
            deadline = time.monotonic() + _STARTUP_TIMEOUT_SECONDS
            while not server.started:
                if not thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the emulator's server did not start")
                time.sleep(0.005)
            handle = running(sock, config, emulator)
            try:
                yield handle
            finally:
                handle.close()
        finally:
            server.stop()
            thread.join()
            # Also when the server never got as far as its own shutdown: workers and the data
            # directory's lock must not outlive the block.
            emulator.close()
    finally:
        sock.close()
