"""Serving the emulator over HTTP with uvicorn: in a background thread, or in the foreground.

The listening socket is bound before uvicorn starts, so the port is known at once (port 0
picks a free one) and a port in use fails early with a plain OSError.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import attrs
import uvicorn

from stitch_admin_emulator.app import create_app
from stitch_admin_emulator.connections import TrackingH11Protocol
from stitch_admin_emulator.emulator import Emulator
from stitch_admin_emulator.routing import API_PREFIX
from stitch_admin_emulator.settings import EmulatorConfig

_STARTUP_TIMEOUT_SECONDS = 10.0


@attrs.frozen
class RunningEmulator:
    """A started emulator: where it listens and which credentials it accepts."""

    base_url: str
    group_id: str
    public_key: str
    private_key: str = attrs.field(repr=False)
    emulator: Emulator = attrs.field(repr=False)

    @property
    def api_url(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket; OSError (e.g. address in use) if it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
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
) -> tuple[uvicorn.Server, Emulator]:
    app = create_app(config)
    server = uvicorn.Server(
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
            yield running(sock, config, emulator)
        finally:
            server.should_exit = True
            thread.join()
    finally:
        sock.close()
