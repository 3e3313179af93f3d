"""Fault injection: status answers, delays, dropped connections and truncated bodies."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from stitch_admin_emulator import RunningEmulator


def inject(control: httpx.Client, **fault: Any) -> str:
    response = control.post("/faults", json=fault)
    assert response.status_code == 201, response.text
    fault_id: str = response.json()["id"]
    return fault_id


def value_names(api: httpx.Client, app: str) -> list[str]:
    return [value["name"] for value in api.get(f"{app}/values").json()]


def test_a_status_fault_answers_the_next_n_matching_requests(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    inject(
        control,
        method="GET",
        path="/groups/*/apps/*/logs",
        times=2,
        action="status",
        status=503,
        retry_after="1",
        body={"error": "slow down", "error_code": "Busy"},
    )
    assert control.get("/faults").json()[0]["times"] == 2
    for _ in range(2):
        response = api.get(f"{app}/logs")
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
        assert response.json() == {"error": "slow down", "error_code": "Busy"}
        # Other methods and paths are not affected.
        assert api.get(f"{app}/values").status_code == 200
    assert api.get(f"{app}/logs").status_code == 200
    assert control.get("/faults").json() == []
    assert control.get("/counters").json()["faults_injected"] == 2


def test_a_status_fault_has_a_default_error_body(api: httpx.Client, control: httpx.Client) -> None:
    inject(control, action="status", status=500)
    response = api.get("/auth/profile")
    assert response.status_code == 500
    assert response.json()["error_code"] == "InjectedFault"
    assert "retry-after" not in response.headers


def test_faults_before_do_not_process_the_request(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    inject(control, method="POST", path="/groups/*/apps/*/values", action="status", status=502)
    assert api.post(f"{app}/values", json={"name": "lost"}).status_code == 502
    inject(control, method="POST", path="*/values", action="drop")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending"):
        api.post(f"{app}/values", json={"name": "dropped"})
    assert value_names(api, app) == []


def test_faults_after_process_the_request_then_lose_the_answer(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    inject(control, method="POST", path="*/values", action="drop", when="after")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"{app}/values", json={"name": "saved-then-dropped"})
    inject(control, method="POST", path="*/values", action="status", status=503, when="after")
    assert api.post(f"{app}/values", json={"name": "saved-then-503"}).status_code == 503
    inject(control, method="POST", path="*/values", action="truncate", when="after")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"{app}/values", json={"name": "saved-then-truncated"})
    assert value_names(api, app) == ["saved-then-dropped", "saved-then-503", "saved-then-truncated"]


def test_a_truncated_answer_promises_more_bytes_than_it_sends(
    emulator: RunningEmulator, api: httpx.Client, control: httpx.Client
) -> None:
    inject(control, path="/auth/profile", action="truncate")
    with pytest.raises(httpx.RemoteProtocolError, match=r"incomplete|complete message"):
        api.get("/auth/profile")
    # The raw bytes: headers with a Content-Length, then half of the body.
    inject(
        control, path="/auth/profile", action="truncate", status=200, body={"padding": "x" * 100}
    )
    received: list[bytes] = []
    with api.stream("GET", "/auth/profile") as response:
        assert response.status_code == 200
        promised = int(response.headers["content-length"])
        with pytest.raises(httpx.RemoteProtocolError):
            received.extend(response.iter_raw())
    assert 0 < len(b"".join(received)) < promised


def test_a_truncated_empty_answer_still_breaks_off(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    inject(control, method="DELETE", path="*/values/*", action="truncate", when="after")
    value = api.post(f"{app}/values", json={"name": "v"}).json()
    with pytest.raises(httpx.RemoteProtocolError):
        api.delete(f"{app}/values/{value['_id']}")
    assert value_names(api, app) == []


def test_delays_before_and_after(api: httpx.Client, app: str, control: httpx.Client) -> None:
    inject(control, method="GET", path="/auth/profile", action="delay", delay=0.3)
    started = time.monotonic()
    assert api.get("/auth/profile").status_code == 200
    assert time.monotonic() - started >= 0.3
    # A client that gives up during an "after" delay still caused the change.
    inject(control, method="POST", path="*/values", action="delay", delay=1.0, when="after")
    with pytest.raises(httpx.ReadTimeout):
        api.post(f"{app}/values", json={"name": "slow"}, timeout=0.2)
    assert value_names(api, app) == ["slow"]


def test_faults_can_be_listed_and_cleared(control: httpx.Client, api: httpx.Client) -> None:
    first = inject(control, action="status", path="/nothing/matches", times=3)
    inject(control, action="delay", delay=0.1, method="get", path="/other")
    listed = control.get("/faults").json()
    assert (listed[0]["id"], listed[0]["times"], listed[0]["method"]) == (first, 3, "*")
    assert listed[1]["method"] == "GET"
    assert control.delete("/faults").status_code == 204
    assert control.get("/faults").json() == []
    assert api.get("/auth/profile").status_code == 200


def test_control_endpoints_are_never_faulted(control: httpx.Client) -> None:
    inject(control, action="status", status=500, times=5)
    assert control.get("/counters").status_code == 200
    assert control.get("/faults").status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        {},
        {"action": "explode"},
        {"action": "status", "times": 0},
        {"action": "status", "status": 99},
        {"action": "delay", "delay": -1},
        {"action": "delay", "delay": "long"},
        {"action": "drop", "when": "during"},
        {"action": "status", "path": 5},
    ],
)
def test_bad_faults_are_refused(control: httpx.Client, fault: dict[str, Any]) -> None:
    assert control.post("/faults", json=fault).status_code == 400
    assert control.get("/faults").json() == []


# ------------------------------------------------------------------ latency


def test_a_latency_delays_every_matching_request_until_it_is_removed(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    latency = {"seconds": 0.2, "method": "get", "path": "/groups/*/apps/*/logs"}
    set_to = control.put("/latency", json=latency)
    assert set_to.status_code == 200
    assert set_to.json() == {"seconds": 0.2, "method": "GET", "path": "/groups/*/apps/*/logs"}
    assert control.get("/latency").json() == set_to.json()
    for _ in range(2):  # not used up
        started = time.monotonic()
        assert api.get(f"{app}/logs").status_code == 200
        assert time.monotonic() - started >= 0.2
    assert control.get("/faults").json() == []  # a latency is not a pending fault
    assert control.delete("/latency").status_code == 204
    assert control.get("/latency").json() is None


def test_a_fault_still_applies_under_a_latency_and_clearing_the_faults_clears_both(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    control.put("/latency", json={"seconds": 0.01})
    inject(control, action="status", status=503, path="/groups/*/apps/*/logs")
    assert api.get(f"{app}/logs").status_code == 503
    assert api.get(f"{app}/logs").status_code == 200
    assert control.delete("/faults").status_code == 204
    assert control.get("/latency").json() is None


@pytest.mark.parametrize(
    "body",
    [{}, {"seconds": -1}, {"seconds": "1"}, {"seconds": 1, "path": 5}, [], {"seconds": True}],
)
def test_bad_latencies_are_refused(control: httpx.Client, body: Any) -> None:
    response = control.put("/latency", json=body)
    assert response.status_code == 400
    assert "bad latency" in response.json()["error"]
    assert control.get("/latency").json() is None


def test_a_latency_needs_the_control_token_or_a_json_body(emulator: RunningEmulator) -> None:
    url = f"{emulator.base_url}/_emulator/latency"
    assert httpx.put(url, content=b'{"seconds": 5}').status_code == 403
    assert (
        httpx.put(
            url, content=b'{"seconds": 5}', headers={"Content-Type": "text/plain"}
        ).status_code
        == 403
    )
    assert httpx.get(url).json() is None
