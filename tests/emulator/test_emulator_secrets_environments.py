"""Secrets (values never read back, references refused), values linked to secrets, the app's
environment and environment values, and what function runs see of them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

MISSING_ID = "0123456789abcdef01234567"
SYSTEM = {"run_as_system": "true"}


def ok(response: httpx.Response, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def run_source(api: httpx.Client, app: str, source: str) -> Any:
    body = ok(
        api.post(f"{app}/debug/execute_function_source", params=SYSTEM, json={"source": source}),
        200,
    )
    assert "error" not in body, body
    return body["result"]


def test_a_secret_value_is_stored_and_never_read_back(api: httpx.Client, app: str) -> None:
    secret = ok(api.post(f"{app}/secrets", json={"name": "dbPassword", "value": "hunter2"}))
    assert set(secret) == {"_id", "name"}
    assert secret["name"] == "dbPassword"
    listed = ok(api.get(f"{app}/secrets"), 200)
    assert listed == [{"_id": secret["_id"], "name": "dbPassword"}]
    path = f"{app}/secrets/{secret['_id']}"
    assert api.put(path, json={"name": "dbPass", "value": "s3cret"}).status_code == 204
    assert ok(api.get(f"{app}/secrets"), 200) == [{"_id": secret["_id"], "name": "dbPass"}]
    everything = api.get(f"{app}/secrets").text + api.get(f"{app}/values").text
    assert "hunter2" not in everything
    assert "s3cret" not in everything
    assert api.delete(path).status_code == 204
    assert ok(api.get(f"{app}/secrets"), 200) == []
    gone = api.delete(path)
    assert gone.status_code == 404
    assert gone.json()["error_code"] == "SecretNotFound"


def test_secret_names_are_checked_and_unique(api: httpx.Client, app: str) -> None:
    first = ok(api.post(f"{app}/secrets", json={"name": "one", "value": "1"}))
    ok(api.post(f"{app}/secrets", json={"name": "two", "value": "2"}))
    assert api.post(f"{app}/secrets", json={"name": "one", "value": "x"}).status_code == 409
    renamed = api.put(f"{app}/secrets/{first['_id']}", json={"name": "two", "value": "x"})
    assert renamed.status_code == 409
    bad = api.post(f"{app}/secrets", json={"name": "no spaces", "value": "x"})
    assert bad.status_code == 400
    missing = api.put(f"{app}/secrets/{MISSING_ID}", json={"name": "three", "value": "3"})
    assert missing.status_code == 404


def test_a_value_links_to_a_secret_by_name(api: httpx.Client, app: str) -> None:
    refused = api.post(
        f"{app}/values", json={"name": "password", "value": "dbPassword", "from_secret": True}
    )
    assert refused.status_code == 400
    assert refused.json()["error_code"] == "SecretNotFound"
    secret = ok(api.post(f"{app}/secrets", json={"name": "dbPassword", "value": "hunter2"}))
    value = ok(
        api.post(
            f"{app}/values", json={"name": "password", "value": "dbPassword", "from_secret": True}
        )
    )
    assert value["from_secret"] is True
    assert value["value"] == "dbPassword"
    listed = ok(api.get(f"{app}/values"), 200)
    assert listed == [
        {"_id": value["_id"], "name": "password", "private": False, "from_secret": True}
    ]
    # The function reads the secret's value through the value.
    assert run_source(api, app, "exports = () => context.values.get('password');") == "hunter2"
    secret_path = f"{app}/secrets/{secret['_id']}"
    assert api.put(secret_path, json={"name": "dbPassword", "value": "rotated"}).status_code == 204
    assert run_source(api, app, "exports = () => context.values.get('password');") == "rotated"
    # Neither deleted nor renamed while the value refers to it.
    deleted = api.delete(secret_path)
    assert deleted.status_code == 409
    assert "password" in deleted.json()["error"]
    renamed = api.put(secret_path, json={"name": "other", "value": "x"})
    assert renamed.status_code == 409
    # A value pointed elsewhere must still name a secret.
    value_path = f"{app}/values/{value['_id']}"
    moved = api.put(value_path, json={"name": "password", "value": "nope", "from_secret": True})
    assert moved.status_code == 400
    assert api.put(value_path, json={"name": "password", "value": "plain"}).status_code == 204
    assert api.delete(secret_path).status_code == 204


def test_a_secret_referred_to_from_a_draft_is_kept(api: httpx.Client, app: str) -> None:
    secret = ok(api.post(f"{app}/secrets", json={"name": "token", "value": "t"}))
    ok(api.post(f"{app}/drafts"))
    ok(api.post(f"{app}/values", json={"name": "v", "value": "token", "from_secret": True}))
    assert api.delete(f"{app}/secrets/{secret['_id']}").status_code == 409


def test_setting_the_environment_answers_the_app(api: httpx.Client, app: str) -> None:
    assert ok(api.get(app), 200)["environment"] == ""
    moved = ok(api.put(f"{app}/environment", json={"environment": "production"}), 200)
    assert moved["_id"] == app.rsplit("/", 1)[1]
    assert moved["environment"] == "production"
    assert ok(api.get(app), 200)["environment"] == "production"
    group = app.rsplit("/apps/", 1)[0]
    assert [a["environment"] for a in ok(api.get(f"{group}/apps"), 200)] == ["production"]
    assert api.put(f"{app}/environment", json={"environment": "staging"}).status_code == 400
    assert ok(api.put(f"{app}/environment", json={"environment": ""}), 200)["environment"] == ""


def test_environment_values_summaries_and_contents(api: httpx.Client, app: str) -> None:
    contents = {"none": "http://localhost", "production": "https://example.com"}
    summary = ok(
        api.post(f"{app}/environment_values", json={"name": "baseUrl", "values": contents})
    )
    assert set(summary) == {"_id", "name", "last_modified"}
    path = f"{app}/environment_values/{summary['_id']}"
    full = ok(api.get(path), 200)
    assert full["values"] == contents
    assert full["name"] == "baseUrl"
    listed = ok(api.get(f"{app}/environment_values"), 200)
    assert listed == [summary]
    again = api.post(f"{app}/environment_values", json={"name": "baseUrl", "values": {}})
    assert again.status_code == 409
    replaced = ok(api.put(path, json={"name": "baseUrl", "values": {"qa": 1}}), 200)
    assert "values" not in replaced
    assert ok(api.get(path), 200)["values"] == {"qa": 1}
    assert api.delete(path).status_code == 204
    missing = api.get(path)
    assert missing.status_code == 404
    assert missing.json()["error_code"] == "EnvironmentValueNotFound"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ("", {"tag": "", "values": {"url": "local"}}),
        ("production", {"tag": "production", "values": {"url": "prod", "flag": True}}),
        ("qa", {"tag": "qa", "values": {}}),
    ],
)
def test_functions_see_the_environment_values_of_the_apps_environment(
    api: httpx.Client, app: str, environment: str, expected: dict[str, Any]
) -> None:
    ok(
        api.post(
            f"{app}/environment_values",
            json={"name": "url", "values": {"none": "local", "production": "prod"}},
        )
    )
    ok(api.post(f"{app}/environment_values", json={"name": "flag", "values": {"production": True}}))
    ok(api.put(f"{app}/environment", json={"environment": environment}), 200)
    seen = run_source(
        api,
        app,
        "exports = () => ({tag: context.environment.tag, values: context.environment.values});",
    )
    assert seen == expected


def test_environment_values_follow_drafts(api: httpx.Client, app: str) -> None:
    draft = ok(api.post(f"{app}/drafts"))
    ok(api.post(f"{app}/environment_values", json={"name": "drafted", "values": {"none": 1}}))
    assert [v["name"] for v in ok(api.get(f"{app}/environment_values"), 200)] == ["drafted"]
    assert api.delete(f"{app}/drafts/{draft['_id']}").status_code == 204
    assert ok(api.get(f"{app}/environment_values"), 200) == []
