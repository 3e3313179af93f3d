"""run_sync and run_async: every kind of step performed, errors thrown back, values returned."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from stitch_admin_client.models import Deployment
from support.ext import ACCESS_TOKEN, API_PATH, APP, GROUP, new_session

from stitch_admin_ext.errors import NotFoundError, StitchAdminError
from stitch_admin_ext.steps import Call, Offload, Procedure, Send, Sleep, run_async, run_sync

DEPLOYMENT_ID = "6c0000000000000000000001"
MISSING_ID = "6c00000000000000000000ff"
DEPLOYMENT_PATH = f"{API_PATH}/groups/{GROUP}/apps/{APP}/deployments"
POLL = {"group_id": GROUP, "app_id": APP, "deployment_id": DEPLOYMENT_ID}


class Service:
    """Answers the deployment and the raw endpoint; 404 for anything else."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == f"{DEPLOYMENT_PATH}/{DEPLOYMENT_ID}":
            return httpx.Response(200, json={"_id": DEPLOYMENT_ID, "status": "successful"})
        if request.url.path == f"{API_PATH}/raw":
            return httpx.Response(202, content=request.content, headers=request.headers)
        return httpx.Response(404, json={"error": "no such thing", "error_code": "NotFound"})


Runner = Callable[[Procedure[Any], Any], Any]


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Runner:
    """Runs a procedure with run_sync, or with run_async in an event loop of its own."""
    if request.param == "sync":
        return run_sync

    def run_in_loop(procedure: Procedure[Any], client: Any) -> Any:
        async def main() -> Any:
            return await run_async(procedure, client)

        return anyio.run(main)

    return run_in_loop


def every_step(threads: list[int]) -> Procedure[tuple[Any, ...]]:
    deployment = yield Call("deployments.get_deployment", POLL)
    raw = yield Send(
        "PUT",
        "/raw",
        params={"q": "1"},
        content=b"\x00body\r\n",
        headers={"Content-Type": "application/octet-stream"},
    )
    slept = yield Sleep(0.01)
    offloaded = yield Offload(lambda: threads.append(threading.get_ident()) or 42)
    return deployment, raw, slept, offloaded


def test_every_step_is_performed_and_its_result_sent_back(run: Runner) -> None:
    service = Service()
    session = new_session(service)
    threads: list[int] = []
    deployment, raw, slept, offloaded = run(every_step(threads), session.client)
    assert isinstance(deployment, Deployment)
    assert deployment.id == DEPLOYMENT_ID
    assert isinstance(raw, httpx.Response)
    assert raw.status_code == 202
    assert raw.content == b"\x00body\r\n"
    assert slept is None
    assert offloaded == 42
    assert len(threads) == 1
    sent = service.requests[1]
    assert (sent.method, sent.url.path, sent.url.query) == ("PUT", f"{API_PATH}/raw", b"q=1")
    assert sent.headers["Content-Type"] == "application/octet-stream"
    # Sent through the session: authenticated like any call.
    assert all(r.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}" for r in service.requests)


def test_offload_runs_inline_when_sync_and_in_a_worker_thread_when_async() -> None:
    session = new_session(Service())
    sync_threads: list[int] = []
    run_sync(every_step(sync_threads), session.client)
    assert sync_threads == [threading.get_ident()]

    async_threads: list[int] = []

    async def main() -> int:
        await run_async(every_step(async_threads), session.client)
        return threading.get_ident()

    loop_thread = anyio.run(main)
    assert len(async_threads) == 1
    assert async_threads != [loop_thread]


def recovers() -> Procedure[str]:
    try:
        yield Call("deployments.get_deployment", {**POLL, "deployment_id": MISSING_ID})
    except NotFoundError as exc:
        # The procedure goes on after a failed step, and its next step gets a fresh result.
        deployment = yield Call("deployments.get_deployment", POLL)
        return f"recovered from {exc.status_code}: {deployment.id}"
    return "not reached"


def test_a_step_s_error_is_thrown_into_the_procedure(run: Runner) -> None:
    service = Service()
    assert run(recovers(), new_session(service).client) == f"recovered from 404: {DEPLOYMENT_ID}"
    assert [r.url.path for r in service.requests] == [
        f"{DEPLOYMENT_PATH}/{MISSING_ID}",
        f"{DEPLOYMENT_PATH}/{DEPLOYMENT_ID}",
    ]


def gives_up() -> Procedure[None]:
    yield Send("GET", "/nowhere")


def test_an_error_the_procedure_does_not_catch_reaches_the_caller(run: Runner) -> None:
    with pytest.raises(NotFoundError, match="no such thing") as caught:
        run(gives_up(), new_session(Service()).client)
    assert caught.value.status_code == 404


def breaks() -> Procedure[str]:
    try:
        yield Offload(lambda: {}[MISSING_ID])
    except KeyError:  # pragma: no cover (must not be thrown in)
        return "caught"
    return "not reached"


def test_other_exceptions_are_not_thrown_into_the_procedure(run: Runner) -> None:
    # Only StitchAdminError is the procedure's to handle; a bug elsewhere propagates as is.
    with pytest.raises(KeyError, match=MISSING_ID):
        run(breaks(), new_session(Service()).client)


def no_steps() -> Procedure[str]:
    return "done"
    yield  # a generator without steps


def test_a_procedure_without_steps_returns_its_value(run: Runner) -> None:
    assert run(no_steps(), new_session(Service()).client) == "done"


def rethrows() -> Procedure[None]:
    try:
        yield Send("GET", "/nowhere")
    except StitchAdminError as exc:
        raise RuntimeError("wrapped") from exc


def test_a_procedure_may_turn_a_step_error_into_its_own(run: Runner) -> None:
    with pytest.raises(RuntimeError, match="wrapped") as caught:
        run(rethrows(), new_session(Service()).client)
    assert isinstance(caught.value.__cause__, NotFoundError)
