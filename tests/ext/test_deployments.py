"""Waiting for a deployment: DeploymentWait's decisions and the wait_for polling procedure."""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from stitch_admin_client.models import Deployment, DeploymentStatus
from support.ext import API_PATH, APP, GROUP, Driver, FakeClock, new_session

from stitch_admin_ext import steps
from stitch_admin_ext.deployments import DeploymentWait, check_timeout, wait_for
from stitch_admin_ext.errors import (
    DeploymentFailedError,
    DeploymentTimeoutError,
    InvalidArgumentError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
)
from stitch_admin_ext.steps import Call, Sleep

DEPLOYMENT_ID = "6c0000000000000000000001"
BACKOFF = [0.25, 0.375, 0.5625, 0.84375, 1.265625, 1.8984375, 2.0, 2.0, 2.0]


def deployment(status: str | None = None, **fields: Any) -> Deployment:
    body: dict[str, Any] = {"_id": DEPLOYMENT_ID, **fields}
    if status is not None:
        body["status"] = status
    return Deployment.from_dict(body)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(500.0)


def test_a_successful_deployment_ends_the_wait(clock: FakeClock) -> None:
    wait = DeploymentWait(DEPLOYMENT_ID, 10, clock=clock)
    assert wait.next_delay(deployment("successful")) is None


@pytest.mark.parametrize(
    ("message", "shown"),
    [("function 'f' does not compile", "function 'f' does not compile"), (None, "no reason given")],
)
def test_a_failed_deployment_raises_with_its_reason(
    clock: FakeClock, message: str | None, shown: str
) -> None:
    failed = deployment("failed", status_error_message=message)
    wait = DeploymentWait(DEPLOYMENT_ID, 10, clock=clock)
    with pytest.raises(DeploymentFailedError) as caught:
        wait.next_delay(failed)
    assert str(caught.value) == f"deployment {DEPLOYMENT_ID} failed: {shown}"
    assert caught.value.status_error_message == message
    assert caught.value.deployment_id == DEPLOYMENT_ID
    assert caught.value.deployment is failed


@pytest.mark.parametrize("status", ["created", "pending", "queued-for-later", None])
def test_unfinished_statuses_back_off_to_two_seconds(clock: FakeClock, status: str | None) -> None:
    wait = DeploymentWait(DEPLOYMENT_ID, 1_000, clock=clock)
    current = deployment(status)
    delays = [wait.next_delay(current) for _ in BACKOFF]
    assert delays == pytest.approx(BACKOFF)


def test_an_unknown_status_is_kept_not_refused() -> None:
    # The generated model keeps a status it does not know; the wait treats it as unfinished.
    status = deployment("queued-for-later").status
    assert isinstance(status, DeploymentStatus)
    assert not status.is_known


def test_a_delay_never_outlasts_the_timeout(clock: FakeClock) -> None:
    wait = DeploymentWait(DEPLOYMENT_ID, 3, clock=clock)
    pending = deployment("pending")
    total = 0.0
    while True:
        try:
            delay = wait.next_delay(pending)
        except DeploymentTimeoutError:
            break
        assert delay is not None
        assert 0 < delay <= 3 - total
        total += delay
        clock.advance(delay)
    assert total == pytest.approx(3)


def test_the_last_delay_is_what_remains(clock: FakeClock) -> None:
    wait = DeploymentWait(DEPLOYMENT_ID, 10, clock=clock)
    pending = deployment("pending")
    for _ in range(6):
        wait.next_delay(pending)
    clock.advance(9.9)
    assert wait.next_delay(pending) == pytest.approx(0.1)


@pytest.mark.parametrize(
    ("status", "shown"), [("pending", "pending"), ("created", "created"), (None, "unknown")]
)
@pytest.mark.parametrize("overrun", [0.0, 0.001, 60.0])
def test_past_the_timeout_the_wait_raises_with_the_id(
    clock: FakeClock, status: str | None, shown: str, overrun: float
) -> None:
    wait = DeploymentWait(DEPLOYMENT_ID, 30, clock=clock)
    clock.advance(30 + overrun)
    current = deployment(status)
    with pytest.raises(DeploymentTimeoutError) as caught:
        wait.next_delay(current)
    assert caught.value.deployment_id == DEPLOYMENT_ID
    assert caught.value.deployment is current
    assert str(caught.value) == f"deployment {DEPLOYMENT_ID} was still {shown} after 30 s"


def test_a_final_status_is_reported_even_after_the_timeout(clock: FakeClock) -> None:
    wait = DeploymentWait(DEPLOYMENT_ID, 5, clock=clock)
    clock.advance(100)
    assert wait.next_delay(deployment("successful")) is None
    with pytest.raises(DeploymentFailedError):
        wait.next_delay(deployment("failed"))


@pytest.mark.parametrize("timeout", [0, -1, -0.5, True, False, "10", None, math.nan])
def test_bad_timeouts_are_refused(timeout: object) -> None:
    with pytest.raises(InvalidArgumentError, match="timeout must be a positive number"):
        check_timeout(timeout)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="timeout must be a positive number"):
        DeploymentWait(DEPLOYMENT_ID, timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize("timeout", [0.001, 1, 300, 2.5, math.inf])
def test_good_timeouts_are_kept_as_floats(timeout: float) -> None:
    assert check_timeout(timeout) == float(timeout)
    assert isinstance(check_timeout(timeout), float)


# ---------------------------------------------------------------------------- wait_for, by hand

POLL = {"group_id": GROUP, "app_id": APP, "deployment_id": DEPLOYMENT_ID}


def transient_failures() -> list[Exception]:
    return [
        ServerError("GET answered 503", status_code=503),
        TransportError("GET failed: ConnectError"),
        RateLimitError("GET answered 429", status_code=429, retry_after=1.0),
    ]


def test_wait_for_polls_through_transient_failures() -> None:
    final = deployment("successful")
    driver = Driver(wait_for(GROUP, APP, deployment("created"), 60))
    replies: list[object] = []
    for failure in transient_failures():
        replies += [None, failure]  # the sleep's result, then the poll's failure
    replies += [None, deployment("pending"), None, final]
    assert driver.run(*replies) is final
    assert driver.steps[0::2] == [Sleep(delay) for delay in BACKOFF[:5]]
    assert driver.steps[1::2] == [Call("deployments.get_deployment", POLL)] * 5


def test_wait_for_returns_at_once_when_already_final() -> None:
    done = deployment("successful")
    driver = Driver(wait_for(GROUP, APP, done, 60))
    assert driver.run() is done
    assert driver.steps == []


@pytest.mark.parametrize(
    "failure",
    [NotFoundError("GET answered 404", status_code=404), InvalidArgumentError("bad")],
)
def test_wait_for_lets_other_errors_through(failure: Exception) -> None:
    driver = Driver(wait_for(GROUP, APP, deployment("pending"), 60))
    with pytest.raises(type(failure)) as caught:
        driver.run(None, failure)
    assert caught.value is failure


def test_wait_for_raises_when_the_deployment_fails() -> None:
    driver = Driver(wait_for(GROUP, APP, deployment("pending"), 60))
    with pytest.raises(DeploymentFailedError, match="bad rule") as caught:
        driver.run(None, deployment("failed", status_error_message="bad rule"))
    assert caught.value.deployment_id == DEPLOYMENT_ID


# ---------------------------------------------------------------------------- wait_for, run_sync


def test_wait_for_over_http_survives_transient_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(steps, "time", SimpleNamespace(sleep=slept.append))
    answers: list[Any] = [
        httpx.Response(503, json={"error": "unavailable"}),
        httpx.ConnectError("connection refused"),
        httpx.Response(200, json={"_id": DEPLOYMENT_ID, "status": "pending"}),
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.Response(200, json={"_id": DEPLOYMENT_ID, "status": "successful", "app_id": APP}),
    ]
    paths = []

    def service(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    session = new_session(service)
    result = steps.run_sync(wait_for(GROUP, APP, deployment("created"), 60), session.client)
    assert (result.status, result.app_id) == (DeploymentStatus.SUCCESSFUL, APP)
    assert answers == []
    assert paths == [f"{API_PATH}/groups/{GROUP}/apps/{APP}/deployments/{DEPLOYMENT_ID}"] * 5
    assert slept == pytest.approx(BACKOFF[:5])
