"""Custom user data, the deploy configuration, moves to other regions, redeployments, named
deployments, resuming triggers, provider regions and what the app document shows."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import client_for, login
from support import emulation

from stitch_admin_emulator import RunningEmulator

MISSING_ID = "0123456789abcdef01234567"


def ok(response: httpx.Response, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def finished(api: httpx.Client, app: str, deployment_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        deployment: dict[str, Any] = ok(api.get(f"{app}/deployments/{deployment_id}"), 200)
        if deployment["status"] in ("successful", "failed") or time.monotonic() > deadline:
            return deployment
        time.sleep(0.02)


def deploy(api: httpx.Client, app: str, change: Callable[[], object], **body: Any) -> Any:
    draft = ok(api.post(f"{app}/drafts"))
    change()
    deployment = ok(api.post(f"{app}/drafts/{draft['_id']}/deployment", json=body or None))
    return finished(api, app, deployment["_id"])


def value_names(api: httpx.Client, app: str) -> list[str]:
    return sorted(value["name"] for value in ok(api.get(f"{app}/values"), 200))


def test_custom_user_data_checks_and_keeps_ids(api: httpx.Client, app: str) -> None:
    path = f"{app}/custom_user_data"
    assert ok(api.get(path), 200) == {"enabled": False}
    service = ok(api.post(f"{app}/services", json={"name": "atlas", "type": "mongodb-atlas"}))
    function = ok(api.post(f"{app}/functions", json={"name": "onCreate", "source": "exports=1"}))
    incomplete = api.patch(path, json={"enabled": True, "mongo_service_name": "atlas"})
    assert incomplete.status_code == 400
    assert "user_id_field" in incomplete.json()["error"]
    settings = {
        "enabled": True,
        "mongo_service_name": "atlas",
        "database_name": "app",
        "collection_name": "users",
        "user_id_field": "user_id",
        "on_user_creation_function_name": "onCreate",
    }
    assert api.patch(path, json=settings).status_code == 204
    assert ok(api.get(path), 200) == {
        "enabled": True,
        "mongo_service_id": service["_id"],
        "database_name": "app",
        "collection_name": "users",
        "user_id_field": "user_id",
        "on_user_creation_function_id": function["_id"],
    }
    # A patch changes only what it gives.
    assert api.patch(path, json={"collection_name": "profiles"}).status_code == 204
    after = ok(api.get(path), 200)
    assert after["collection_name"] == "profiles"
    assert after["mongo_service_id"] == service["_id"]
    assert api.patch(path, json={"mongo_service_name": "nowhere"}).status_code == 400
    assert api.patch(path, json={"on_user_creation_function_id": MISSING_ID}).status_code == 400
    http = ok(api.post(f"{app}/services", json={"name": "web", "type": "http"}))
    assert api.patch(path, json={"mongo_service_id": http["_id"]}).status_code == 400


def test_the_deploy_configuration_merges_changes(api: httpx.Client, app: str) -> None:
    path = f"{app}/deploy/config"
    start = ok(api.get(path), 200)
    assert start["ui_drafts_disabled"] is False
    assert start["automatic_deployment"] == {"enabled": False}
    assert api.patch(path, json={"ui_drafts_disabled": True}).status_code == 204
    automatic = {"enabled": True, "provider": "github", "installation_ids": ["42"]}
    assert api.patch(path, json={"automatic_deployment": automatic}).status_code == 204
    config = ok(api.get(path), 200)
    assert config["ui_drafts_disabled"] is True
    assert config["automatic_deployment"] == automatic
    assert isinstance(config["last_modified"], int)
    refused = api.patch(path, json={"automatic_deployment": {"enabled": True, "provider": "x"}})
    assert refused.status_code == 400
    # Not part of drafts: a discarded draft leaves it changed.
    draft = ok(api.post(f"{app}/drafts"))
    assert api.patch(path, json={"ui_drafts_disabled": False}).status_code == 204
    assert api.delete(f"{app}/drafts/{draft['_id']}").status_code == 204
    assert ok(api.get(path), 200)["ui_drafts_disabled"] is False


def test_a_move_to_another_region(api: httpx.Client, app: str) -> None:
    path = f"{app}/deployment_migration"
    assert api.get(path).status_code == 404
    before = ok(api.get(app), 200)
    assert (before["deployment_model"], before["provider_region"]) == ("GLOBAL", "aws-us-east-1")
    assert before["location"] == "US-VA"
    assert api.put(path, json={"deployment_model": "GLOBAL"}).status_code == 400
    global_only = api.put(path, json={"provider_region": "gcp-us-central1"})
    assert global_only.status_code == 400
    target = {"deployment_model": "LOCAL", "provider_region": "aws-eu-central-1"}
    assert api.put(path, json=target).status_code == 204
    moved = ok(api.get(path), 200)
    assert moved["status"] == "successful"
    assert moved["from"] == {"deployment_model": "GLOBAL", "provider_region": "aws-us-east-1"}
    assert moved["to"] == target
    after = ok(api.get(app), 200)
    assert (after["deployment_model"], after["provider_region"]) == ("LOCAL", "aws-eu-central-1")
    assert after["location"] == "DE-FF"


def test_redeploying_takes_the_configuration_back(
    start_emulator: Callable[..., RunningEmulator],
) -> None:
    emulator = start_emulator(deploy_delay=0.02)
    with client_for(emulator, login(emulator)["access_token"]) as api:
        app = (
            f"/groups/{emulator.group_id}/apps/"
            + ok(api.post(f"/groups/{emulator.group_id}/apps", json={"name": "again"}))["_id"]
        )
        first = deploy(api, app, lambda: api.post(f"{app}/values", json={"name": "a"}))
        assert first["status"] == "successful"
        second = deploy(api, app, lambda: api.post(f"{app}/values", json={"name": "b"}))
        assert value_names(api, app) == ["a", "b"]
        assert emulator.counters().deployments == 2
        assert api.post(f"{app}/deployments/{first['_id']}/redeploy").status_code == 204
        assert emulator.counters().deployments == 3
        latest = ok(api.get(f"{app}/deployments"), 200)[0]
        assert latest["_id"] not in (first["_id"], second["_id"])
        assert "draft_id" not in latest
        assert finished(api, app, latest["_id"])["status"] == "successful"
        assert value_names(api, app) == ["a"]
        assert api.post(f"{app}/deployments/{second['_id']}/redeploy").status_code == 204
        latest = ok(api.get(f"{app}/deployments"), 200)[0]
        finished(api, app, latest["_id"])
        assert value_names(api, app) == ["a", "b"]
        missing = api.post(f"{app}/deployments/{MISSING_ID}/redeploy")
        assert missing.status_code == 404
        assert missing.json()["error_code"] == "DeploymentNotFound"


def test_a_failed_deployment_cannot_be_redeployed(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    outcome = {"status": "failed", "status_error_message": "no", "delay": 0}
    assert control.post(f"{app}/deployments/next", json=outcome).status_code == 204
    failed = deploy(api, app, lambda: api.post(f"{app}/values", json={"name": "x"}))
    assert failed["status"] == "failed"
    refused = api.post(f"{app}/deployments/{failed['_id']}/redeploy")
    assert refused.status_code == 400
    assert "successful" in refused.json()["error"]


def test_only_recent_deployments_can_be_redeployed(
    start_emulator: Callable[..., RunningEmulator],
) -> None:
    emulator = start_emulator(deploy_delay=0)
    with client_for(emulator, login(emulator)["access_token"]) as api:
        app = (
            f"/groups/{emulator.group_id}/apps/"
            + ok(api.post(f"/groups/{emulator.group_id}/apps", json={"name": "many"}))["_id"]
        )
        made = []
        for _ in range(27):
            draft = ok(api.post(f"{app}/drafts"))
            made.append(ok(api.post(f"{app}/drafts/{draft['_id']}/deployment"))["_id"])
        ok(api.get(f"{app}/deployments"), 200)  # settles them all
        too_old = api.post(f"{app}/deployments/{made[0]}/redeploy")
        assert too_old.status_code == 400
        assert "too old" in too_old.json()["error"]
        assert api.post(f"{app}/deployments/{made[-25]}/redeploy").status_code == 204


def test_a_named_deployment_shows_its_name(
    api: httpx.Client, app: str, emulator: RunningEmulator
) -> None:
    named = deploy(
        api, app, lambda: api.post(f"{app}/values", json={"name": "v"}), name="release-1"
    )
    assert named["name"] == "release-1"
    unnamed = deploy(api, app, lambda: None)
    assert "name" not in unnamed
    assert [d.get("name") for d in ok(api.get(f"{app}/deployments"), 200)] == [None, "release-1"]


def test_resuming_a_trigger_takes_an_optional_body(api: httpx.Client, app: str) -> None:
    function = ok(api.post(f"{app}/functions", json={"name": "f", "source": "exports=()=>1"}))
    trigger = ok(
        api.post(
            f"{app}/triggers",
            json={
                "name": "t",
                "type": "SCHEDULED",
                "function_id": function["_id"],
                "config": {"schedule": "*/5 * * * *"},
            },
        )
    )
    resume = f"{app}/triggers/{trigger['_id']}/resume"
    assert api.put(resume).status_code == 204
    assert api.put(resume, json={"disable_token": True}).status_code == 204
    assert api.put(resume, json={"disable_token": "yes"}).status_code == 400
    assert api.put(f"{app}/triggers/{MISSING_ID}/resume", json={}).status_code == 404


def test_provider_regions_are_reference_data(api: httpx.Client) -> None:
    listed = ok(api.get("/provider_regions"), 200)
    by_id = {region["id"]: region for region in listed}
    assert len(by_id) == len(listed) == 20
    assert by_id["aws-us-east-1"]["deployment_models"] == ["GLOBAL", "LOCAL"]
    assert by_id["azure-westeurope"]["cloud_provider"] == "azure"
    assert by_id["gcp-us-central1"]["deployment_models"] == ["LOCAL"]


@pytest.mark.parametrize(
    ("body", "region", "location"),
    [
        ({}, "aws-us-east-1", "US-VA"),
        ({"location": "IE"}, "aws-eu-west-1", "IE"),
        (
            {"provider_region": "azure-westeurope", "deployment_model": "LOCAL"},
            "azure-westeurope",
            "NL",
        ),
    ],
)
def test_a_new_app_shows_where_and_in_which_environment_it_runs(
    api: httpx.Client, group: str, body: dict[str, Any], region: str, location: str
) -> None:
    app = ok(api.post(f"{group}/apps", json={"name": "placed", "environment": "qa", **body}))
    assert (app["provider_region"], app["location"]) == (region, location)
    assert app["environment"] == "qa"
    assert app["product"] == "standard"


def test_apps_belong_to_a_product(api: httpx.Client, group: str) -> None:
    ok(api.post(f"{group}/apps", json={"name": "plain"}))
    ok(api.post(f"{group}/apps", params={"product": "atlas"}, json={"name": "triggers"}))
    assert [a["name"] for a in ok(api.get(f"{group}/apps", params={"product": "atlas"}), 200)] == [
        "triggers"
    ]
    assert len(ok(api.get(f"{group}/apps"), 200)) == 2
    assert ok(api.get(f"{group}/apps", params={"product": "nonsense"}), 200) == []
    assert api.post(f"{group}/apps", params={"product": "x"}, json={"name": "x"}).status_code == 400
    refused = api.post(
        f"{group}/apps",
        json={"name": "x", "provider_region": "gcp-us-central1", "deployment_model": "GLOBAL"},
    )
    assert refused.status_code == 400


def test_a_new_app_can_bring_its_data_source(api: httpx.Client, group: str) -> None:
    source = {
        "name": "mongodb-atlas",
        "type": "mongodb-atlas",
        "config": {"clusterName": "Cluster0"},
        "rules": [{"database": "shop", "collection": "orders"}],
    }
    app = ok(api.post(f"{group}/apps", json={"name": "sourced", "data_source": source}))
    services = ok(api.get(f"{group}/apps/{app['_id']}/services"), 200)
    assert [s["name"] for s in services] == ["mongodb-atlas"]
    rules = ok(api.get(f"{group}/apps/{app['_id']}/services/{services[0]['_id']}/rules"), 200)
    assert [r["name"] for r in rules] == ["shop.orders"]


def test_running_a_function_sets_last_used(api: httpx.Client, app: str) -> None:
    assert "last_used" not in ok(api.get(app), 200)
    before = int(time.time())
    ran = api.post(
        f"{app}/debug/execute_function_source",
        params={"run_as_system": "true"},
        json={"source": "exports = () => 1;"},
    )
    assert ran.status_code == 200
    assert ok(api.get(app), 200)["last_used"] >= before


def test_the_new_state_survives_a_restart(tmp_path: Path) -> None:
    data_dir = str(tmp_path / "state")
    with (
        emulation.started(data_dir=data_dir, deploy_delay=0) as emulator,
        client_for(emulator, login(emulator)["access_token"]) as api,
    ):
        group = f"/groups/{emulator.group_id}"
        app = f"{group}/apps/" + ok(api.post(f"{group}/apps", json={"name": "kept"}))["_id"]
        ok(api.post(f"{app}/secrets", json={"name": "token", "value": "t0k3n"}))
        first = deploy(
            api,
            app,
            lambda: api.post(
                f"{app}/values", json={"name": "v", "value": "token", "from_secret": True}
            ),
            name="with-secret",
        )
        ok(api.put(f"{app}/environment", json={"environment": "testing"}), 200)
        service = atlas_with_default_rule(api, app)
        ok(api.patch(f"{app}/deploy/config", json={"ui_drafts_disabled": True}), 204)
        before = {path: api.get(f"{app}{path}").json() for path in PERSISTED}
    with (
        emulation.started(data_dir=data_dir, deploy_delay=0) as emulator,
        client_for(emulator, login(emulator)["access_token"]) as api,
    ):
        assert {path: api.get(f"{app}{path}").json() for path in PERSISTED} == before
        assert ok(api.get(f"{app}/services/{service}/default_rule"), 200)["roles"] == []
        ran = api.post(
            f"{app}/debug/execute_function_source",
            params={"run_as_system": "true"},
            json={"source": "exports = () => context.values.get('v');"},
        )
        assert ran.json()["result"] == "t0k3n"
        ok(api.post(f"{app}/values", json={"name": "later"}))
        assert api.post(f"{app}/deployments/{first['_id']}/redeploy").status_code == 204
        ok(api.get(f"{app}/deployments"), 200)  # settles the redeployment
        assert value_names(api, app) == ["v"]


PERSISTED = ("", "/secrets", "/values", "/deployments", "/deploy/config")


def atlas_with_default_rule(api: httpx.Client, app: str) -> str:
    body = {"name": "atlas", "type": "mongodb-atlas", "default_rule": {"roles": []}}
    return str(ok(api.post(f"{app}/services", json=body))["_id"])
