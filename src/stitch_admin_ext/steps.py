"""Procedures written once for sync and async callers.

A procedure (logging in, opening a draft, deploying and waiting, uploading a file...) is a
generator that yields *steps* and receives their results; it does no I/O itself. ``run_sync``
and ``run_async`` perform the steps: calling a generated endpoint function, sending a raw
request, sleeping, or running blocking work (file access) — in a worker thread for async
callers. A step's ``StitchAdminError`` is thrown back into the procedure, which may handle it.
An error the procedure raises passes the session's redactor on its way out: procedures build
messages from service data (ids, failure reasons) and have no redactor of their own.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Generator
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from .errors import StitchAdminError
from .redaction import Secret

if TYPE_CHECKING:
    from .client import StitchClient

R = TypeVar("R")


@attrs.frozen
class Call:
    """Call a generated endpoint module's ``sync`` / ``asyncio`` with these keyword arguments.

    ``endpoint`` names the module under ``stitch_admin_client.api`` (``"drafts.create_draft"``):
    it is imported when the step runs, so that importing this package loads no endpoint module.
    """

    endpoint: str
    kwargs: dict[str, Any] = attrs.field(factory=dict)

    def module(self) -> ModuleType:
        return importlib.import_module(f"stitch_admin_client.api.{self.endpoint}")


def _shown_content(content: bytes | Secret | None) -> str:
    return f"<{len(content)} bytes>" if isinstance(content, bytes) else repr(content)


@attrs.frozen
class Send:
    """Send a raw request relative to the API root (for what the generator cannot express).

    ``content`` may be a ``Secret`` (a login body): it is revealed only in the call that builds
    the request, so no local variable on the way holds it in clear.
    """

    method: str
    url: str
    params: dict[str, str] = attrs.field(factory=dict)
    content: bytes | Secret | None = attrs.field(default=None, repr=_shown_content)
    headers: dict[str, str] = attrs.field(factory=dict)

    def build(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        return http.build_request(
            self.method,
            self.url,
            params=self.params,
            content=(
                self.content.reveal().encode("utf-8")
                if isinstance(self.content, Secret)
                else self.content
            ),
            headers=self.headers,
        )


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class Offload:
    """Blocking work (file access): run inline when sync, in a worker thread when async."""

    function: Callable[[], Any]


Step = Call | Send | Sleep | Offload
Procedure = Generator[Step, Any, R]


@attrs.frozen
class _Done:
    value: Any


def _next_step(
    procedure: Procedure[Any], result: Any, error: StitchAdminError | None, client: StitchClient
) -> Step | _Done:
    """Resume the procedure with the last step's result (or error): its next step, or its end."""
    try:
        return procedure.throw(error) if error is not None else procedure.send(result)
    except StopIteration as done:
        return _Done(done.value)
    except StitchAdminError as failure:
        failure.redact(client.redactor)
        raise


def run_sync(procedure: Procedure[R], client: StitchClient) -> R:
    result: Any = None
    error: StitchAdminError | None = None
    while True:
        step = _next_step(procedure, result, error, client)
        if isinstance(step, _Done):
            return step.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            if isinstance(step, Call):
                result = step.module().sync(client=client, **step.kwargs)
            elif isinstance(step, Send):
                http = client.get_httpx_client()
                result = http.send(step.build(http))
            elif isinstance(step, Sleep):
                time.sleep(step.seconds)
            else:
                result = step.function()
        except StitchAdminError as exc:
            error = exc


async def run_async(procedure: Procedure[R], client: StitchClient) -> R:
    import anyio.to_thread

    result: Any = None
    error: StitchAdminError | None = None
    while True:
        step = _next_step(procedure, result, error, client)
        if isinstance(step, _Done):
            return step.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            if isinstance(step, Call):
                result = await step.module().asyncio(client=client, **step.kwargs)
            elif isinstance(step, Send):
                async_http = client.get_async_httpx_client()
                result = await async_http.send(step.build(async_http))
            elif isinstance(step, Sleep):
                await anyio.sleep(step.seconds)
            else:
                result = await anyio.to_thread.run_sync(step.function)
        except StitchAdminError as exc:
            error = exc


def expect_response(result: object) -> httpx.Response:
    """The result of a ``Send`` step (for the type checker)."""
    if not isinstance(result, httpx.Response):  # pragma: no cover  (run_* always gives one)
        raise TypeError(f"expected an httpx.Response, got {type(result).__name__}")
    return result
