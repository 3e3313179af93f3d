"""create_app: the emulator as a Starlette ASGI application.

Layers, outermost first: the guard (host names, last-resort JSON errors), the observer
(counters, `on_exchange`), fault injection, then the routes: every Admin API operation below
`/api/admin/v3.0`, the control endpoints below `/_emulator`, and a JSON 404 for anything else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route, request_response
from starlette.types import Receive, Scope, Send

from stitch_admin_emulator.control import Control
from stitch_admin_emulator.emulator import Emulator
from stitch_admin_emulator.errors import ApiError
from stitch_admin_emulator.faults import CLIENT_DISCONNECTED, FAULT_SCOPE_KEY, FaultMiddleware
from stitch_admin_emulator.guard import GuardMiddleware
from stitch_admin_emulator.observer import MATCH_SCOPE_KEY, ObserverMiddleware
from stitch_admin_emulator.responses import error_response
from stitch_admin_emulator.routing import API_PREFIX, Match, run_operation
from stitch_admin_emulator.settings import EmulatorConfig


def _no_route(method: str, path: str) -> Response:
    return error_response(ApiError(404, f"no route for {method} {path}", "NotFound"))


def _method_not_allowed(method: str, path: str, allowed: tuple[str, ...]) -> Response:
    """A path the API has, asked with a method it does not have there: 405 and, as RFC 9110
    requires, an `Allow` header naming the methods it does have."""
    error = ApiError(405, f"{method} is not allowed on {path}", "MethodNotAllowed")
    return error_response(error, headers={"Allow": ", ".join(allowed)})


class _EveryMethod:
    """A request-response endpoint as a plain ASGI app. Starlette routes a function endpoint
    only for the methods it is given, and answers any other (TRACE, QUERY, ...) itself; the
    API and the catch-all route must see every method to answer as the service does."""

    def __init__(self, endpoint: Callable[[Request], Awaitable[Response]]) -> None:
        self._app = request_response(endpoint)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._app(scope, receive, send)


def create_app(config: EmulatorConfig | None = None) -> Starlette:
    """A fresh emulator (its own state) as an ASGI app; `app.state.emulator` is the Emulator.

    Served by `run_in_thread` or the command line, faults can also cut connections; served
    in-process (an ASGI transport), a `drop` or `truncate` fault raises instead.
    """
    emulator = Emulator(config or EmulatorConfig())

    async def api(request: Request) -> Response:
        below = request.url.path[len(API_PREFIX) :]
        match: Match | None = request.scope.get(MATCH_SCOPE_KEY)
        if match is None:
            match = emulator.operations.match(request.method, below)
        if match is None:
            return _no_route(request.method, below)
        if match.operation is None:
            return _method_not_allowed(request.method, below, match.allowed)
        try:
            return await run_operation(emulator, request, match.operation, match.params)
        except ClientDisconnect:
            # The client gave up (its timeout ran out during a delay): nobody will read an
            # answer, and the exchange is reported as such rather than as an error.
            request.scope[FAULT_SCOPE_KEY] = CLIENT_DISCONNECTED
            return Response(status_code=499)

    async def elsewhere(request: Request) -> Response:
        return _no_route(request.method, request.url.path)

    async def http_error(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, HTTPException):
            return error_response(ApiError(500, f"{request.method} {request.url.path}: {exc}"))
        error = ApiError(exc.status_code, f"{request.method} {request.url.path}: {exc}")
        return error_response(error, headers=exc.headers)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        emulator.close()

    app = Starlette(
        routes=[
            Route(API_PREFIX + "{rest:path}", _EveryMethod(api)),
            *Control(emulator).routes(),
            Route("/{rest:path}", _EveryMethod(elsewhere)),
        ],
        middleware=[
            Middleware(
                GuardMiddleware,
                configured_host=emulator.settings.host,
                allowed_hosts=emulator.settings.allowed_hosts,
            ),
            Middleware(
                ObserverMiddleware,
                operations=emulator.operations,
                counters=emulator.counters,
                on_exchange=emulator.settings.on_exchange,
            ),
            Middleware(FaultMiddleware, faults=emulator.faults, counters=emulator.counters),
        ],
        exception_handlers={HTTPException: http_error},
        lifespan=lifespan,
    )
    app.state.emulator = emulator
    return app
