"""Create, read, update and delete for every kind of resource, with their 404/409/400 cases."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import database_trigger

MISSING_ID = "0123456789abcdef01234567"
SOURCE = "exports = function(a) { return a; };"


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_api_keys_show_their_secret_only_once(api: httpx.Client, app: str) -> None:
    key = created(api.post(f"{app}/api_keys", json={"name": "server"}))
    assert len(key["key"]) >= 32
    assert key["disabled"] is False
    listed = api.get(f"{app}/api_keys").json()
    assert listed == [{"_id": key["_id"], "name": "server", "disabled": False}]
    one = api.get(f"{app}/api_keys/{key['_id']}").json()
    assert "key" not in one
    assert api.put(f"{app}/api_keys/{key['_id']}/disable").status_code == 204
    assert api.get(f"{app}/api_keys/{key['_id']}").json()["disabled"] is True
    assert api.put(f"{app}/api_keys/{key['_id']}/enable").status_code == 204
    assert api.get(f"{app}/api_keys/{key['_id']}").json()["disabled"] is False
    assert api.post(f"{app}/api_keys", json={"name": "server"}).status_code == 409
    assert api.delete(f"{app}/api_keys/{key['_id']}").status_code == 204
    assert api.get(f"{app}/api_keys").json() == []


def test_auth_providers_crud_enable_disable_and_patch_merge(api: httpx.Client, app: str) -> None:
    provider = created(
        api.post(
            f"{app}/auth_providers", json={"type": "local-userpass", "config": {"a": 1, "b": 2}}
        )
    )
    assert provider["name"] == "local-userpass"
    assert provider["disabled"] is False
    path = f"{app}/auth_providers/{provider['_id']}"
    patched = api.patch(path, json={"config": {"b": 3, "c": 4}, "name": "userpass"})
    assert patched.status_code == 204
    assert api.get(path).json()["config"] == {"a": 1, "b": 3, "c": 4}
    assert api.get(path).json()["name"] == "userpass"
    assert api.put(f"{path}/disable").status_code == 204
    assert api.get(path).json()["disabled"] is True
    assert api.put(f"{path}/enable").status_code == 204
    assert api.get(path).json()["disabled"] is False
    assert api.patch(path, json={"type": "api-key"}).status_code == 400
    other = created(api.post(f"{app}/auth_providers", json={"type": "api-key"}))
    assert api.patch(path, json={"name": other["name"]}).status_code == 400
    assert api.post(f"{app}/auth_providers", json={"type": "api-key"}).status_code == 409
    assert api.post(f"{app}/auth_providers", json={"type": "password"}).status_code == 400
    assert [p["_id"] for p in api.get(f"{app}/auth_providers").json()] == [
        provider["_id"],
        other["_id"],
    ]
    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404


def test_functions_crud(api: httpx.Client, app: str) -> None:
    function = created(api.post(f"{app}/functions", json={"name": "echo", "source": SOURCE}))
    assert function["private"] is False
    assert api.get(f"{app}/functions").json() == [{"_id": function["_id"], "name": "echo"}]
    path = f"{app}/functions/{function['_id']}"
    assert api.get(path).json()["source"] == SOURCE
    replaced = api.put(path, json={"name": "echo2", "source": "exports = 1;", "private": True})
    assert replaced.status_code == 204
    assert api.get(path).json() == {
        "_id": function["_id"],
        "name": "echo2",
        "source": "exports = 1;",
        "private": True,
    }
    created(api.post(f"{app}/functions", json={"name": "other", "source": SOURCE}))
    assert api.post(f"{app}/functions", json={"name": "other", "source": SOURCE}).status_code == 409
    assert api.put(path, json={"name": "other", "source": SOURCE}).status_code == 409
    assert api.delete(path).status_code == 204
    assert api.get(path).json()["error_code"] == "FunctionNotFound"


def test_values_crud_and_lists_without_content(api: httpx.Client, app: str) -> None:
    value = created(api.post(f"{app}/values", json={"name": "greeting", "value": {"text": "hi"}}))
    assert value["value"] == {"text": "hi"}
    assert api.get(f"{app}/values").json() == [
        {"_id": value["_id"], "name": "greeting", "private": False, "from_secret": False}
    ]
    path = f"{app}/values/{value['_id']}"
    assert (
        api.put(path, json={"name": "greeting", "value": [1, 2], "private": True}).status_code
        == 204
    )
    assert api.get(path).json()["value"] == [1, 2]
    assert api.post(f"{app}/values", json={"name": "greeting"}).status_code == 409
    assert api.delete(path).status_code == 204
    assert api.delete(path).status_code == 404


def test_services_config_merge_commands_and_cascade(api: httpx.Client, app: str) -> None:
    service = created(
        api.post(
            f"{app}/services",
            json={"name": "atlas", "type": "mongodb-atlas", "config": {"clusterName": "C0"}},
        )
    )
    assert service["version"] == 1
    path = f"{app}/services/{service['_id']}"
    assert api.get(f"{path}/config").json() == {"clusterName": "C0"}
    assert api.patch(f"{path}/config", json={"readPreference": "primary"}).status_code == 204
    assert api.get(f"{path}/config").json() == {"clusterName": "C0", "readPreference": "primary"}
    assert api.patch(path, json={"version": 2}).status_code == 204
    assert api.get(path).json()["version"] == 2
    created(api.post(f"{path}/rules", json={"name": "shop.orders", "actions": ["read"]}))
    created(
        api.post(f"{path}/rules", json={"name": "r2", "database": "crm", "collection": "people"})
    )
    databases = api.post(f"{path}/commands/list_databases")
    assert databases.status_code == 200
    assert databases.json() == [{"name": "crm"}, {"name": "shop"}]
    collections = api.post(f"{path}/commands/list_collections", json={"database": "shop"})
    assert collections.json() == [{"name": "orders"}]
    assert api.post(f"{path}/commands/list_collections", json={}).status_code == 400
    echoed = api.post(f"{path}/commands/whatever", json={"x": 1}).json()
    assert echoed == {
        "service": "atlas",
        "type": "mongodb-atlas",
        "command": "whatever",
        "arguments": {"x": 1},
    }
    assert [s["name"] for s in api.get(f"{app}/services").json()] == ["atlas"]
    assert api.post(f"{app}/services", json={"name": "atlas", "type": "http"}).status_code == 409
    created(api.post(f"{app}/services", json={"name": "web", "type": "http"}))
    assert api.patch(path, json={"name": "web"}).status_code == 409
    assert api.delete(path).status_code == 204
    assert api.get(f"{path}/rules").json()["error_code"] == "ServiceNotFound"


def test_rules_crud_keep_every_field(api: httpx.Client, app: str) -> None:
    service = created(api.post(f"{app}/services", json={"name": "db", "type": "mongodb"}))
    rules = f"{app}/services/{service['_id']}/rules"
    rule = created(
        api.post(rules, json={"name": "a.b", "actions": ["read"], "roles": [{"name": "x"}]})
    )
    assert set(rule) == {"_id", "name"}
    full = api.get(f"{rules}/{rule['_id']}").json()
    assert full == {
        "_id": rule["_id"],
        "name": "a.b",
        "actions": ["read"],
        "roles": [{"name": "x"}],
    }
    assert (
        api.put(f"{rules}/{rule['_id']}", json={"name": "a.b", "when": {"x": 1}}).status_code == 204
    )
    assert api.get(rules).json() == [{"_id": rule["_id"], "name": "a.b", "when": {"x": 1}}]
    assert api.post(rules, json={"name": "a.b"}).status_code == 409
    assert api.delete(f"{rules}/{rule['_id']}").status_code == 204
    assert api.get(f"{rules}/{rule['_id']}").json()["error_code"] == "RuleNotFound"


def test_incoming_webhooks_crud(api: httpx.Client, app: str) -> None:
    service = created(api.post(f"{app}/services", json={"name": "web", "type": "http"}))
    hooks = f"{app}/services/{service['_id']}/incoming_webhooks"
    hook = created(
        api.post(hooks, json={"name": "onPush", "function_source": SOURCE, "respond_result": True})
    )
    assert hook["respond_result"] is True
    assert api.get(hooks).json() == [hook]
    assert (
        api.put(
            f"{hooks}/{hook['_id']}", json={"name": "onPush2", "options": {"secret": "s"}}
        ).status_code
        == 204
    )
    changed = api.get(f"{hooks}/{hook['_id']}").json()
    assert changed["name"] == "onPush2"
    assert changed["options"] == {"secret": "s"}
    assert api.post(hooks, json={"name": "onPush2"}).status_code == 409
    assert api.delete(f"{hooks}/{hook['_id']}").status_code == 204
    assert api.get(hooks).json() == []


def make_trigger_prerequisites(api: httpx.Client, app: str) -> tuple[str, str]:
    function = created(api.post(f"{app}/functions", json={"name": "onInsert", "source": SOURCE}))
    service = created(api.post(f"{app}/services", json={"name": "db", "type": "mongodb-atlas"}))
    return function["_id"], service["_id"]


def test_triggers_crud_with_function_names_and_delete_answering_200(
    api: httpx.Client, app: str
) -> None:
    function_id, service_id = make_trigger_prerequisites(api, app)
    trigger = created(api.post(f"{app}/triggers", json=database_trigger(function_id, service_id)))
    assert trigger["function_name"] == "onInsert"
    assert trigger["disabled"] is False
    path = f"{app}/triggers/{trigger['_id']}"
    assert api.get(path).json() == trigger
    assert api.get(f"{app}/triggers").json() == [trigger]
    auth_trigger = {
        "name": "onLogin",
        "type": "AUTHENTICATION",
        "function_id": function_id,
        "config": {"operation_type": "LOGIN", "providers": ["anon-user"]},
    }
    assert api.put(path, json=auth_trigger).status_code == 204
    assert api.get(path).json()["type"] == "AUTHENTICATION"
    assert api.put(f"{path}/resume").status_code == 204
    assert api.post(f"{app}/triggers", json=auth_trigger).status_code == 409
    deleted = api.delete(path)
    assert deleted.status_code == 200
    assert deleted.json() == {}
    assert api.get(path).json()["error_code"] == "TriggerNotFound"
    assert api.put(f"{path}/resume").status_code == 404


@pytest.mark.parametrize(
    "change",
    [
        {"function_id": MISSING_ID},
        {"config": {"operation_types": ["INSERT"], "database": "d", "collection": "c"}},
        {"config": {"operation_types": [], "database": "d", "collection": "c", "service_id": "x"}},
        {
            "config": {
                "operation_types": ["UPSERT"],
                "database": "d",
                "collection": "c",
                "service_id": "x",
            }
        },
        {"type": "AUTHENTICATION", "config": {}},
        {"type": "SCHEDULED", "config": {"schedule": "every minute"}},
        {"type": "PERIODIC"},
    ],
)
def test_triggers_check_their_function_and_settings(
    api: httpx.Client, app: str, change: dict[str, Any]
) -> None:
    function_id, service_id = make_trigger_prerequisites(api, app)
    body = database_trigger(function_id, service_id) | change
    if "config" in change and "service_id" in change["config"]:
        body["config"]["service_id"] = MISSING_ID
    response = api.post(f"{app}/triggers", json=body)
    assert response.status_code == 400
    assert api.get(f"{app}/triggers").json() == []


def test_scheduled_triggers_take_a_cron_expression(api: httpx.Client, app: str) -> None:
    function_id, _ = make_trigger_prerequisites(api, app)
    body = {
        "name": "nightly",
        "type": "SCHEDULED",
        "function_id": function_id,
        "config": {"schedule": "0 3 * * *"},
    }
    assert created(api.post(f"{app}/triggers", json=body))["config"] == {"schedule": "0 3 * * *"}


def test_users_crud_devices_logout_and_disable(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    user = created(
        api.post(f"{app}/users", json={"email": "ann@example.com", "password": "secret1"})
    )
    assert user["identities"][0]["provider_type"] == "local-userpass"
    assert user["data"] == {"email": "ann@example.com"}
    assert "password" not in user
    path = f"{app}/users/{user['_id']}"
    assert api.get(path).json() == user
    assert api.get(f"{app}/users").json() == [user]
    assert (
        api.post(
            f"{app}/users", json={"email": "ann@example.com", "password": "secret2"}
        ).status_code
        == 409
    )
    assert (
        api.post(f"{app}/users", json={"email": "bob@example.com", "password": "short"}).status_code
        == 400
    )
    assert (
        api.post(
            f"{app}/users", json={"email": "not-an-address", "password": "secret1"}
        ).status_code
        == 400
    )
    assert api.get(f"{path}/devices").json() == []
    app_id = app.rsplit("/", 1)[1]
    device = control.post(
        f"{app.replace('/groups', '/groups', 1)}/users/{user['_id']}/devices",
        json={"platform": "ios"},
    )
    assert device.status_code == 201
    assert api.get(f"{path}/devices").json()[0]["session_active"] is True
    assert api.put(f"{path}/logout").status_code == 204
    assert api.get(f"{path}/devices").json()[0]["session_active"] is False
    assert api.put(f"{path}/disable").status_code == 204
    assert api.get(path).json()["disabled"] is True
    assert api.put(f"{path}/enable").status_code == 204
    assert api.get(path).json()["disabled"] is False
    assert api.delete(path).status_code == 204
    for suffix in ("", "/devices"):
        assert api.get(f"{path}{suffix}").json()["error_code"] == "UserNotFound"
    for action in ("logout", "enable", "disable"):
        assert api.put(f"{path}/{action}").status_code == 404
    assert app_id in app


def test_pending_registrations_confirmation_mail_and_deletion(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    registration = f"{app}/user_registrations/by_email/carl@example.com"
    assert api.post(f"{registration}/send_confirm").status_code == 404
    assert (
        control.post(f"{app}/pending_users", json={"email": "carl@example.com"}).status_code == 201
    )
    assert (
        control.post(f"{app}/pending_users", json={"email": "carl@example.com"}).status_code == 409
    )
    assert api.post(f"{registration}/send_confirm").status_code == 204
    assert api.post(f"{registration}/send_confirm").status_code == 204
    pending = control.get(f"{app}/pending_users").json()
    assert [(p["email"], p["confirmation_emails_sent"]) for p in pending] == [
        ("carl@example.com", 2)
    ]
    assert api.delete(registration).status_code == 204
    assert api.delete(registration).status_code == 404
    assert api.post(f"{registration}/send_confirm").status_code == 404


def test_creating_the_user_confirms_a_pending_registration(
    api: httpx.Client, app: str, control: httpx.Client
) -> None:
    control.post(f"{app}/pending_users", json={"email": "dora@example.com"})
    created(api.post(f"{app}/users", json={"email": "dora@example.com", "password": "secret1"}))
    assert control.get(f"{app}/pending_users").json() == []


def test_push_notifications_states_types_and_sending(api: httpx.Client, app: str) -> None:
    messages = f"{app}/push/notifications"
    first = created(api.post(messages, json={"message": "hello", "topic": "news", "label": "l"}))
    assert first["state"] == "draft"
    assert "sent" not in first
    second = created(api.post(messages, json={"message": "again", "state": "sent"}))
    assert second["state"] == "sent"
    assert "sent" in second
    assert [m["_id"] for m in api.get(messages, params={"state": "draft"}).json()] == [first["_id"]]
    assert [m["_id"] for m in api.get(messages, params={"state": "sent"}).json()] == [second["_id"]]
    assert len(api.get(messages).json()) == 2
    path = f"{messages}/{first['_id']}"
    assert api.put(path, json={"message": "hello there", "topic": "news"}).status_code == 204
    assert api.get(path).json()["message"] == "hello there"
    assert api.put(f"{path}/type", json={"type": "gcm"}).status_code == 204
    assert api.get(path).json()["type"] == "gcm"
    assert api.post(f"{path}/send").status_code == 204
    sent = api.get(path).json()
    assert sent["state"] == "sent"
    assert sent["label"] == ""
    assert "sent" in sent
    assert api.delete(path).status_code == 204
    assert api.get(path).json()["error_code"] == "MessageNotFound"
    assert api.post(f"{path}/send").status_code == 404


def test_allowed_request_origins_are_replaced_as_a_list(api: httpx.Client, app: str) -> None:
    origins = f"{app}/security/allowed_request_origins"
    assert api.get(origins).json() == []
    assert api.post(origins, json=["https://a.example", "https://b.example"]).status_code == 204
    assert api.get(origins).json() == ["https://a.example", "https://b.example"]
    assert api.post(origins, json=["https://c.example"]).status_code == 204
    assert api.get(origins).json() == ["https://c.example"]
    assert api.post(origins, json={"origins": []}).status_code == 400


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/api_keys/{id}", "APIKeyNotFound"),
        ("/auth_providers/{id}", "AuthProviderNotFound"),
        ("/functions/{id}", "FunctionNotFound"),
        ("/values/{id}", "ValueNotFound"),
        ("/services/{id}", "ServiceNotFound"),
        ("/services/{id}/config", "ServiceNotFound"),
        ("/services/{id}/rules", "ServiceNotFound"),
        ("/services/{id}/incoming_webhooks", "ServiceNotFound"),
        ("/triggers/{id}", "TriggerNotFound"),
        ("/users/{id}", "UserNotFound"),
        ("/push/notifications/{id}", "MessageNotFound"),
        ("/deployments/{id}", "DeploymentNotFound"),
    ],
)
def test_unknown_ids_answer_404_with_an_error_code(
    api: httpx.Client, app: str, path: str, code: str
) -> None:
    for resource_id in (MISSING_ID, "zzz"):
        response = api.get(app + path.format(id=resource_id))
        assert response.status_code == 404
        assert response.json()["error_code"] == code
        assert response.json()["error"]
