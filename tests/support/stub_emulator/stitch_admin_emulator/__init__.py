"""A stand-in for the emulator's in-process contract, for the bench's smoke test only.

The real emulator is built elsewhere; until it lands, this stand-in lets the smoke test run the
loopback scenarios (5 and 6) end to end over real HTTP. It implements only what they use: the
administrator login, creating and reading an app, reading the log page by page (newest first,
``nextEndDate`` / ``nextSkip``) and seeding log entries under ``/_emulator/``.
"""

from __future__ import annotations

import base64
import itertools
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

API = "/api/admin/v3.0"
PAGE = 100


@dataclass(frozen=True)
class EmulatorConfig:
    access_token_ttl: float = 1800.0


@dataclass
class Handle:
    base_url: str
    group_id: str = "5f0a1b2c3d4e5f6a7b8c9d0e"
    public_key: str = "stub-public"
    private_key: str = "stub-private-key"


@dataclass
class _State:
    config: EmulatorConfig
    handle: Handle
    apps: dict[str, dict[str, Any]] = field(default_factory=dict)
    logs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))


def _jwt(ttl: float) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"sub": "admin", "iat": now, "exp": now + int(ttl)}
    return f"{part({'alg': 'none'})}.{part(claims)}.c2ln"


def _started(entry: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(entry["started"])


def _routes(state: _State) -> list[Route]:
    async def login(request: Request) -> Response:
        body = await request.json()
        if (body.get("username"), body.get("apiKey")) != (
            state.handle.public_key,
            state.handle.private_key,
        ):
            return JSONResponse({"error": "failed to authenticate"}, status_code=401)
        token = _jwt(state.config.access_token_ttl)
        return JSONResponse({"access_token": token, "refresh_token": "r", "user_id": "u"})

    async def create_app(request: Request) -> Response:
        body = await request.json()
        app_id = f"{next(state.ids):024x}"
        app = {"_id": app_id, "name": body["name"], "group_id": request.path_params["group"]}
        state.apps[app_id] = app
        return JSONResponse(app, status_code=201)

    async def get_app(request: Request) -> Response:
        return JSONResponse(state.apps[request.path_params["app"]])

    async def read_logs(request: Request) -> Response:
        entries = state.logs.get(request.path_params["app"], [])
        end = request.query_params.get("end_date")
        if end is not None:
            limit = datetime.fromisoformat(end)
            entries = [entry for entry in entries if _started(entry) <= limit]
        skip = int(request.query_params.get("skip", 0))
        page: dict[str, Any] = {"logs": entries[skip : skip + PAGE]}
        if len(entries) > skip + PAGE:
            following = _started(entries[skip + PAGE])
            page["nextEndDate"] = following.isoformat()
            repeated = sum(1 for entry in entries[: skip + PAGE] if _started(entry) == following)
            if repeated:
                page["nextSkip"] = repeated
        return JSONResponse(page)

    async def seed_logs(request: Request) -> Response:
        body = await request.json()
        entries = state.logs.setdefault(request.path_params["app"], [])
        entries.extend(body["logs"])
        entries.sort(key=_started, reverse=True)
        return JSONResponse({}, status_code=201)

    apps = API + "/groups/{group}/apps"
    return [
        Route(API + "/auth/providers/mongodb-cloud/login", login, methods=["POST"]),
        Route(apps, create_app, methods=["POST"]),
        Route(apps + "/{app}", get_app, methods=["GET"]),
        Route(apps + "/{app}/logs", read_logs, methods=["GET"]),
        Route("/_emulator/groups/{group}/apps/{app}/logs", seed_logs, methods=["POST"]),
    ]


@contextmanager
def run_in_thread(config: EmulatorConfig | None = None) -> Iterator[Handle]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handle = Handle(base_url=f"http://127.0.0.1:{port}")
    state = _State(config or EmulatorConfig(), handle)
    server = uvicorn.Server(
        uvicorn.Config(
            Starlette(routes=_routes(state)), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the stand-in emulator did not start")
        time.sleep(0.01)
    try:
        yield handle
    finally:
        server.should_exit = True
        thread.join(10)
