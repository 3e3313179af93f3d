"""Event subscriptions (the deployed triggers as they run) and metrics computed from usage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from conftest import database_trigger

from stitch_admin_emulator import RunningEmulator

MISSING_ID = "0123456789abcdef01234567"


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def triggers(api: httpx.Client, app: str) -> tuple[dict[str, Any], dict[str, Any]]:
    function = created(
        api.post(f"{app}/functions", json={"name": "onEvent", "source": "exports = () => 1;"})
    )
    service = created(api.post(f"{app}/services", json={"name": "atlas", "type": "mongodb-atlas"}))
    database = created(
        api.post(f"{app}/triggers", json=database_trigger(function["_id"], service["_id"]))
    )
    auth = created(
        api.post(
            f"{app}/triggers",
            json={
                "name": "onLogin",
                "type": "AUTHENTICATION",
                "function_id": function["_id"],
                "disabled": True,
                "config": {"operation_type": "LOGIN"},
            },
        )
    )
    return database, auth


def test_each_deployed_trigger_is_an_event_subscription(api: httpx.Client, app: str) -> None:
    database, auth = triggers(api, app)
    listed = api.get(f"{app}/event_subscriptions").json()
    assert [(s["_id"], s["type"], s["state"]) for s in listed] == [
        (database["_id"], "DATABASE", "enabled"),
        (auth["_id"], "AUTHENTICATION", "disabled"),
    ]
    assert listed[0]["function_name"] == "onEvent"
    only_auth = api.get(f"{app}/event_subscriptions", params={"type": "AUTHENTICATION"}).json()
    assert [s["_id"] for s in only_auth] == [auth["_id"]]
    assert api.get(f"{app}/event_subscriptions", params={"type": "SYNCTRANSLATOR"}).json() == []
    one = api.get(f"{app}/event_subscriptions/{database['_id']}").json()
    assert one == listed[0]
    assert api.get(f"{app}/event_subscriptions/{MISSING_ID}").status_code == 404
    # A trigger in a draft does not run yet.
    created(api.post(f"{app}/drafts"))
    api.delete(f"{app}/triggers/{auth['_id']}")
    assert len(api.get(f"{app}/event_subscriptions").json()) == 2


def test_suspended_triggers_resume(emulator: RunningEmulator, api: httpx.Client, app: str) -> None:
    database, _ = triggers(api, app)
    app_id = app.rsplit("/", 1)[1]
    emulator.suspend_trigger(app_id, database["_id"], error="change stream lost")
    suspended = api.get(f"{app}/event_subscriptions/{database['_id']}").json()
    assert (suspended["state"], suspended["error"]) == ("suspended", "change stream lost")
    assert api.put(f"{app}/triggers/{database['_id']}/resume").status_code == 204
    assert api.get(f"{app}/event_subscriptions/{database['_id']}").json()["state"] == "enabled"


def test_the_latest_execution_comes_from_the_trigger_log(
    emulator: RunningEmulator, api: httpx.Client, app: str
) -> None:
    database, auth = triggers(api, app)
    app_id = app.rsplit("/", 1)[1]
    path = f"{app}/event_subscriptions/{database['_id']}/execution"
    assert api.get(path).json() == {}
    emulator.seed_logs(
        app_id,
        [
            {
                "type": "DB_TRIGGER",
                "event_subscription_id": database["_id"],
                "started": "2024-05-01T10:00:00Z",
                "completed": "2024-05-01T10:00:01.000Z",
            },
            {
                "type": "DB_TRIGGER",
                "event_subscription_name": "onInsert",
                "started": "2024-05-01T11:00:00Z",
                "completed": "2024-05-01T11:00:02.000Z",
            },
            {"type": "AUTH_TRIGGER", "event_subscription_id": database["_id"]},
        ],
    )
    latest = api.get(path).json()
    assert latest["completed_at"] == {"$date": "2024-05-01T11:00:02.000Z"}
    assert latest["resource_id"] == {"$oid": database["_id"]}
    hour = int(datetime(2024, 5, 1, 11, tzinfo=UTC).timestamp())
    assert latest["cluster_time"] == {"$timestamp": {"t": hour, "i": 1}}
    assert api.get(f"{app}/event_subscriptions/{auth['_id']}/execution").json() == {}


def window() -> dict[str, str]:
    now = datetime.now(UTC)
    return {
        "start": (now - timedelta(hours=2)).isoformat(),
        "end": (now + timedelta(hours=1)).isoformat(),
        "granularity": "P1D",
    }


def total(metrics: dict[str, Any], name: str) -> float:
    found = [m for m in metrics["measurements"] if m["name"] == name]
    assert len(found) == 1, name
    return sum(point["value"] for point in found[0]["data_points"])


def test_metrics_count_the_apps_requests_and_function_runs(api: httpx.Client, app: str) -> None:
    first = api.get(f"{app}/metrics", params=window()).json()
    assert first["app_id"] == app.rsplit("/", 1)[1]
    assert total(first, "OVERALL_SUCCESSFUL_REQUESTS") == 0
    api.get(f"{app}/functions/{MISSING_ID}")  # a failed request
    api.get(f"{app}/functions")
    created(
        api.post(f"{app}/functions", json={"name": "f", "source": "exports = () => 'x'.repeat(9)"})
    )
    run = api.post(
        f"{app}/debug/execute_function", params={"run_as_system": "true"}, json={"name": "f"}
    )
    assert run.status_code == 200
    metrics = api.get(f"{app}/metrics", params=window()).json()
    # Counted so far: the first metrics read, the listing, the create and the run.
    assert total(metrics, "OVERALL_SUCCESSFUL_REQUESTS") == 4
    assert total(metrics, "OVERALL_FAILED_REQUESTS") == 1
    assert total(metrics, "OVERALL_COMPUTE_MS") > 0
    assert total(metrics, "OVERALL_EGRESS_BYTES") >= len(run.content)
    only = api.get(f"{app}/metrics", params=window() | {"metrics": "OVERALL_FAILED_REQUESTS"})
    assert [m["name"] for m in only.json()["measurements"]] == ["OVERALL_FAILED_REQUESTS"]


def test_metrics_honour_the_period_and_granularity(api: httpx.Client, app: str) -> None:
    api.get(f"{app}/functions")
    hours = window() | {"granularity": "PT1H"}
    metrics = api.get(f"{app}/metrics", params=hours).json()
    points = metrics["measurements"][0]["data_points"]
    assert len(points) == 4
    assert sum(point["value"] for point in points) == 1
    past = {"start": "2020-01-01T00:00:00Z", "end": "2020-01-02T00:00:00Z", "granularity": "PT6H"}
    old = api.get(f"{app}/metrics", params=past).json()
    assert [p["timestamp"] for p in old["measurements"][0]["data_points"]] == [
        "2020-01-01T00:00:00Z",
        "2020-01-01T06:00:00Z",
        "2020-01-01T12:00:00Z",
        "2020-01-01T18:00:00Z",
        "2020-01-02T00:00:00Z",
    ]
    assert total(old, "OVERALL_SUCCESSFUL_REQUESTS") == 0


@pytest.mark.parametrize(
    "params",
    [
        {"start": "2020-01-01T00:00:00Z", "end": "2020-01-02T00:00:00Z"},
        {"start": "yesterday", "end": "2020-01-02T00:00:00Z", "granularity": "PT1H"},
        {"start": "2020-01-02T00:00:00Z", "end": "2020-01-01T00:00:00Z", "granularity": "PT1H"},
        {"start": "2020-01-01T00:00:00Z", "end": "2020-01-02T00:00:00Z", "granularity": "PT5M"},
        {"start": "2000-01-01T00:00:00Z", "end": "2020-01-02T00:00:00Z", "granularity": "PT1H"},
        window() | {"metrics": "SYNC_MINUTES"},
    ],
)
def test_metrics_refuse_bad_parameters(api: httpx.Client, app: str, params: dict[str, str]) -> None:
    assert api.get(f"{app}/metrics", params=params).status_code == 400


def test_measurements_bill_the_app_and_the_group(api: httpx.Client, app: str, group: str) -> None:
    other = created(api.post(f"{group}/apps", json={"name": "other"}))
    api.get(f"{app}/functions")
    api.get(f"{group}/apps/{other['_id']}/functions")
    mine = api.get(f"{app}/measurements").json()
    assert mine["appId"] == app.rsplit("/", 1)[1]
    assert mine["granularity"] == "P31D"
    assert mine["start"].endswith("-01T00:00:00Z")
    requests = next(m for m in mine["measurements"] if m["name"] == "request_count")
    assert len(requests["data_points"]) == 1
    assert requests["data_points"][0]["value"] == 1
    assert {m["name"]: m["units"] for m in mine["measurements"]} == {
        "request_count": "",
        "compute_time": "HOURS",
        "data_out": "GIGABYTES",
        "sync_time": "HOURS",
    }
    everyone = api.get(f"{group}/measurements").json()
    group_requests = next(m for m in everyone["measurements"] if m["name"] == "request_count")
    # Both apps' listings and the app's own measurements read.
    assert group_requests["data_points"][0]["value"] == 3
    hourly = api.get(f"{group}/measurements", params=window() | {"granularity": "PT1H"})
    assert len(hourly.json()["measurements"][0]["data_points"]) == 4
    assert api.get(f"{group}/measurements", params={"granularity": "P1D"}).status_code == 400
