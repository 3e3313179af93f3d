"""Drafts per administrator, snapshot isolation, diffs, discards and deployments."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import client_for, database_trigger, login

from stitch_admin_emulator import RunningEmulator

SOURCE = "exports = function(arg) { return arg; };"


@pytest.fixture
def colleague(emulator: RunningEmulator, control: httpx.Client) -> Iterator[httpx.Client]:
    """A second administrator of the same group."""
    control.post(
        "/admins",
        json={"public_key": "colleague", "private_key": "pw", "group_ids": [emulator.group_id]},
    )
    with client_for(emulator, login(emulator, "colleague", "pw")["access_token"]) as client:
        yield client


def new_draft(api: httpx.Client, app: str) -> dict[str, Any]:
    response = api.post(f"{app}/drafts")
    assert response.status_code == 201, response.text
    draft: dict[str, Any] = response.json()
    return draft


def wait_for_status(
    api: httpx.Client, app: str, deployment_id: str, leaving: str, timeout: float = 5.0
) -> dict[str, Any]:
    """Poll the deployment until its status is no longer `leaving`."""
    deadline = time.monotonic() + timeout
    while True:
        deployment: dict[str, Any] = api.get(f"{app}/deployments/{deployment_id}").json()
        if deployment["status"] != leaving or time.monotonic() > deadline:
            return deployment
        time.sleep(0.02)


def wait_until_finished(api: httpx.Client, app: str, deployment_id: str) -> dict[str, Any]:
    deployment = wait_for_status(api, app, deployment_id, "created")
    return (
        wait_for_status(api, app, deployment_id, "pending")
        if deployment["status"] == "pending"
        else deployment
    )


def names(api: httpx.Client, app: str, kind: str = "functions") -> list[str]:
    return [item["name"] for item in api.get(f"{app}/{kind}").json()]


def test_one_draft_per_administrator_and_app(
    api: httpx.Client, app: str, colleague: httpx.Client
) -> None:
    assert api.get(f"{app}/drafts").json() == []
    draft = new_draft(api, app)
    assert draft["app"]["_id"] == app.rsplit("/", 1)[1]
    assert draft["user_id"] == api.get("/auth/profile").json()["user_id"]
    second = api.post(f"{app}/drafts")
    assert second.status_code == 409
    assert second.json()["error_code"] == "DraftAlreadyExists"
    assert api.get(f"{app}/drafts").json() == [draft]
    # The colleague has no draft, may make one, and cannot see or touch this one.
    assert colleague.get(f"{app}/drafts").json() == []
    theirs = new_draft(colleague, app)
    assert theirs["_id"] != draft["_id"]
    assert colleague.delete(f"{app}/drafts/{draft['_id']}").status_code == 404
    assert colleague.get(f"{app}/drafts/{draft['_id']}/diff").status_code == 404
    assert colleague.post(f"{app}/drafts/{draft['_id']}/deployment").status_code == 404


def test_a_draft_isolates_its_changes_until_deployed(
    api: httpx.Client, app: str, colleague: httpx.Client
) -> None:
    api.post(f"{app}/values", json={"name": "before", "value": 1})
    draft = new_draft(api, app)
    api.post(f"{app}/functions", json={"name": "echoArg", "source": SOURCE})
    value_id = api.get(f"{app}/values").json()[0]["_id"]
    api.put(f"{app}/values/{value_id}", json={"name": "before", "value": 2})
    assert names(api, app) == ["echoArg"]
    assert api.get(f"{app}/values/{value_id}").json()["value"] == 2
    # Others, and the deployed state, do not see the draft.
    assert names(colleague, app) == []
    assert colleague.get(f"{app}/values/{value_id}").json()["value"] == 1
    # The colleague's direct writes go to the deployed state.
    colleague.post(f"{app}/values", json={"name": "direct"})
    assert names(colleague, app, "values") == ["before", "direct"]
    assert names(api, app, "values") == ["before"]
    deployment = api.post(f"{app}/drafts/{draft['_id']}/deployment").json()
    assert wait_until_finished(api, app, deployment["_id"])["status"] == "successful"
    assert names(colleague, app) == ["echoArg"]
    assert colleague.get(f"{app}/values/{value_id}").json()["value"] == 2
    # What the draft did not touch keeps the colleague's change.
    assert names(colleague, app, "values") == ["before", "direct"]
    assert api.get(f"{app}/drafts").json() == []


def test_a_deployment_that_would_duplicate_a_name_fails(
    api: httpx.Client, app: str, colleague: httpx.Client
) -> None:
    draft = new_draft(api, app)
    api.post(f"{app}/functions", json={"name": "twin", "source": SOURCE})
    colleague.post(f"{app}/functions", json={"name": "twin", "source": "exports = 2;"})
    diff = api.get(f"{app}/drafts/{draft['_id']}/diff").json()
    assert any("functions/twin/" in text for text in diff["diffs"])
    deployment = api.post(f"{app}/drafts/{draft['_id']}/deployment").json()
    failed = wait_until_finished(api, app, deployment["_id"])
    assert failed["status"] == "failed"
    assert "twin" in failed["status_error_message"]
    functions = colleague.get(f"{app}/functions").json()
    assert [f["name"] for f in functions] == ["twin"]
    assert (
        colleague.get(f"{app}/functions/{functions[0]['_id']}").json()["source"] == "exports = 2;"
    )


def test_the_diff_names_each_changed_file(api: httpx.Client, app: str) -> None:
    api.post(f"{app}/values", json={"name": "greeting", "value": "hi"})
    draft = new_draft(api, app)
    empty = api.get(f"{app}/drafts/{draft['_id']}/diff").json()
    assert empty == {
        "diffs": [],
        "hosting_files_diff": {"added": [], "deleted": [], "modified": []},
    }
    function = api.post(f"{app}/functions", json={"name": "echoArg", "source": SOURCE}).json()
    value_id = api.get(f"{app}/values").json()[0]["_id"]
    api.put(f"{app}/values/{value_id}", json={"name": "greeting", "value": "hello"})
    service = api.post(f"{app}/services", json={"name": "db", "type": "mongodb-atlas"}).json()
    api.post(f"{app}/triggers", json=database_trigger(function["_id"], service["_id"]))
    diff = api.get(f"{app}/drafts/{draft['_id']}/diff").json()
    by_file = {text.splitlines()[1].removeprefix("+++ "): text for text in diff["diffs"]}
    assert set(by_file) == {
        "functions/echoArg/config.json",
        "functions/echoArg/source.js",
        "values/greeting.json",
        "services/db/config.json",
        "triggers/onInsert.json",
    }
    assert "+exports = function(arg) { return arg; };" in by_file["functions/echoArg/source.js"]
    assert '-    "value": "hi"' in by_file["values/greeting.json"]
    assert '+    "value": "hello"' in by_file["values/greeting.json"]
    assert by_file["functions/echoArg/source.js"].startswith("--- /dev/null\n")
    assert '+    "function_name": "echoArg"' in by_file["triggers/onInsert.json"]


def test_discarding_a_draft_throws_its_changes_away(api: httpx.Client, app: str) -> None:
    api.post(f"{app}/functions", json={"name": "kept", "source": SOURCE})
    draft = new_draft(api, app)
    api.post(f"{app}/functions", json={"name": "dropped", "source": SOURCE})
    kept_id = api.get(f"{app}/functions").json()[0]["_id"]
    api.delete(f"{app}/functions/{kept_id}")
    assert names(api, app) == ["dropped"]
    assert api.delete(f"{app}/drafts/{draft['_id']}").status_code == 204
    assert names(api, app) == ["kept"]
    assert api.get(f"{app}/drafts").json() == []
    assert api.delete(f"{app}/drafts/{draft['_id']}").status_code == 404
    # Without a draft, writes apply to the deployed state at once.
    api.post(f"{app}/functions", json={"name": "direct", "source": SOURCE})
    assert names(api, app) == ["kept", "direct"]


def test_a_deployment_moves_created_pending_successful(
    api: httpx.Client, app: str, control: httpx.Client, colleague: httpx.Client
) -> None:
    control.post(f"{app}/deployments/next", json={"delay": 1.0})
    draft = new_draft(api, app)
    api.post(f"{app}/values", json={"name": "shipped"})
    response = api.post(f"{app}/drafts/{draft['_id']}/deployment")
    assert response.status_code == 201
    deployment = response.json()
    assert deployment["status"] == "created"
    assert deployment["draft_id"] == draft["_id"]
    assert deployment["origin"] == "API"
    assert deployment["app_id"] == app.rsplit("/", 1)[1]
    assert abs(deployment["deployed_at"] - time.time()) < 60
    pending = wait_for_status(api, app, deployment["_id"], "created")
    assert pending["status"] == "pending"
    assert names(colleague, app, "values") == []  # not deployed while pending
    done = wait_for_status(api, app, deployment["_id"], "pending")
    assert done["status"] == "successful"
    assert "status_error_message" not in done
    assert names(colleague, app, "values") == ["shipped"]
    # The draft was consumed.
    assert api.post(f"{app}/drafts/{draft['_id']}/deployment").status_code == 404


def test_a_failed_deployment_changes_nothing(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    outcome = {"status": "failed", "status_error_message": "quota exceeded", "delay": 0.05}
    assert control.post(f"{app}/deployments/next", json=outcome).status_code == 204
    draft = new_draft(api, app)
    api.post(f"{app}/values", json={"name": "doomed"})
    deployment = api.post(f"{app}/drafts/{draft['_id']}/deployment").json()
    failed = wait_until_finished(api, app, deployment["_id"])
    assert failed["status"] == "failed"
    assert failed["status_error_message"] == "quota exceeded"
    assert names(api, app, "values") == []
    # The outcome applied once: the next deployment succeeds.
    draft = new_draft(api, app)
    api.post(f"{app}/values", json={"name": "fine"})
    deployment = api.post(f"{app}/drafts/{draft['_id']}/deployment").json()
    assert wait_until_finished(api, app, deployment["_id"])["status"] == "successful"
    assert names(api, app, "values") == ["fine"]


def test_deployments_are_listed_newest_first_at_most_100(
    start_emulator: Callable[..., RunningEmulator],
) -> None:
    emulator = start_emulator(deploy_delay=0)
    with client_for(emulator, login(emulator)["access_token"]) as api:
        app_id = api.post(f"/groups/{emulator.group_id}/apps", json={"name": "busy"}).json()["_id"]
        app = f"/groups/{emulator.group_id}/apps/{app_id}"
        assert api.get(f"{app}/deployments").json() == []
        deployed = []
        for _ in range(103):
            draft = new_draft(api, app)
            deployed.append(api.post(f"{app}/drafts/{draft['_id']}/deployment").json()["_id"])
        listed = api.get(f"{app}/deployments").json()
        assert [d["_id"] for d in listed] == deployed[::-1][:100]
        assert {d["status"] for d in listed} == {"successful"}
        oldest = api.get(f"{app}/deployments/{deployed[0]}")
        assert oldest.status_code == 200
        assert oldest.json()["_id"] == deployed[0]


def test_an_unknown_deployment_is_not_found(api: httpx.Client, app: str) -> None:
    response = api.get(f"{app}/deployments/0123456789abcdef01234567")
    assert response.status_code == 404
    assert response.json()["error_code"] == "DeploymentNotFound"
