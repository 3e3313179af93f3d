"""Log forwarders and HTTPS endpoints: state, the references they check, and uniqueness."""

from __future__ import annotations

from typing import Any

import httpx

MISSING_ID = "0123456789abcdef01234567"


def created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def function(api: httpx.Client, app: str, name: str = "sink") -> dict[str, Any]:
    return created(
        api.post(f"{app}/functions", json={"name": name, "source": "exports = (x) => x;"})
    )


def forwarder(name: str = "errors", **action: Any) -> dict[str, Any]:
    return {
        "name": name,
        "log_types": ["function", "trigger", "function"],
        "log_statuses": ["error"],
        "policy": {"type": "batch"},
        "action": action or {"type": "function", "name": "sink"},
    }


def test_log_forwarders_crud_enable_disable(api: httpx.Client, app: str) -> None:
    function(api, app)
    made = created(api.post(f"{app}/log_forwarders", json=forwarder()))
    assert made["disabled"] is False
    assert made["log_types"] == ["function", "trigger"]
    assert made["action"] == {"type": "function", "name": "sink"}
    path = f"{app}/log_forwarders/{made['_id']}"
    assert api.get(path).json() == made
    assert api.put(f"{path}/disable").status_code == 204
    assert api.get(path).json()["disabled"] is True
    assert api.put(f"{path}/enable").status_code == 204
    assert api.get(path).json()["disabled"] is False
    # PATCH replaces the whole forwarder: what the body leaves out goes back to its default.
    api.put(f"{path}/disable")
    changed = api.patch(path, json=forwarder("all"))
    assert changed.status_code == 200, changed.text
    assert changed.json()["name"] == "all"
    assert changed.json()["disabled"] is False
    assert [f["name"] for f in api.get(f"{app}/log_forwarders").json()] == ["all"]
    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404
    assert api.put(f"{path}/enable").status_code == 404
    assert api.get(f"{app}/log_forwarders").json() == []


def test_log_forwarders_check_what_their_action_names(api: httpx.Client, app: str) -> None:
    missing_function = api.post(f"{app}/log_forwarders", json=forwarder())
    assert missing_function.status_code == 400
    assert missing_function.json()["error_code"] == "FunctionNotFound"
    collection = {"type": "collection", "data_source": "atlas", "database": "logs"}
    incomplete = api.post(f"{app}/log_forwarders", json=forwarder(**collection))
    assert incomplete.status_code == 400
    assert "collection" in incomplete.json()["error"]
    collection["collection"] = "entries"
    no_source = api.post(f"{app}/log_forwarders", json=forwarder(**collection))
    assert no_source.json()["error_code"] == "ServiceNotFound"
    api.post(f"{app}/services", json={"name": "http", "type": "http"})
    collection["data_source"] = "http"
    not_a_data_source = api.post(f"{app}/log_forwarders", json=forwarder(**collection))
    assert not_a_data_source.json()["error_code"] == "ServiceNotFound"
    api.post(f"{app}/services", json={"name": "atlas", "type": "mongodb-atlas", "config": {}})
    collection["data_source"] = "atlas"
    made = created(api.post(f"{app}/log_forwarders", json=forwarder(**collection)))
    assert made["action"] == collection
    assert api.get(f"{app}/log_forwarders").json() == [made]


def test_log_forwarder_names_are_unique_and_checked(api: httpx.Client, app: str) -> None:
    function(api, app)
    created(api.post(f"{app}/log_forwarders", json=forwarder()))
    assert api.post(f"{app}/log_forwarders", json=forwarder()).status_code == 409
    assert api.post(f"{app}/log_forwarders", json=forwarder("no spaces")).status_code == 400
    empty_types = forwarder("other") | {"log_types": []}
    assert api.post(f"{app}/log_forwarders", json=empty_types).status_code == 400
    other = created(api.post(f"{app}/log_forwarders", json=forwarder("other")))
    renamed = api.patch(f"{app}/log_forwarders/{other['_id']}", json=forwarder())
    assert renamed.status_code == 409


def test_log_forwarders_are_drafted_configuration(api: httpx.Client, app: str) -> None:
    function(api, app)
    draft = created(api.post(f"{app}/drafts"))
    made = created(api.post(f"{app}/log_forwarders", json=forwarder()))
    assert api.delete(f"{app}/drafts/{draft['_id']}").status_code == 204
    assert api.get(f"{app}/log_forwarders/{made['_id']}").status_code == 404
    assert api.get(f"{app}/log_forwarders").json() == []


def endpoint(function_id: str, route: str = "/orders", method: str = "GET") -> dict[str, Any]:
    return {"route": route, "http_method": method, "function_id": function_id}


def test_https_endpoints_crud_shows_the_function_and_deletes_with_200(
    api: httpx.Client, app: str
) -> None:
    sink = function(api, app)
    made = created(api.post(f"{app}/endpoints", json=endpoint(sink["_id"])))
    assert made["function_name"] == "sink"
    assert made["validation_method"] == "NO_VALIDATION"
    assert made["return_type"] == "JSON"
    path = f"{app}/endpoints/{made['_id']}"
    assert api.get(path).json() == made
    replaced = api.put(
        path, json={"route": "/orders", "http_method": "POST", "function_name": "sink"}
    )
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["http_method"] == "POST"
    assert replaced.json()["function_id"] == sink["_id"]
    deleted = api.delete(path)
    assert (deleted.status_code, deleted.json()) == (200, {})
    assert api.get(path).status_code == 404
    assert api.get(f"{app}/endpoints").json() == []


def test_https_endpoints_need_an_existing_function(api: httpx.Client, app: str) -> None:
    for body in (
        endpoint(MISSING_ID),
        {"route": "/x", "http_method": "GET", "function_name": "nope"},
        {"route": "/x", "http_method": "GET"},
    ):
        refused = api.post(f"{app}/endpoints", json=body)
        assert refused.status_code == 400, body
    sink = function(api, app)
    mismatched = endpoint(sink["_id"]) | {"function_name": "other"}
    assert api.post(f"{app}/endpoints", json=mismatched).status_code == 400
    assert api.get(f"{app}/endpoints").json() == []


def test_https_endpoint_routes_and_methods_are_unique(api: httpx.Client, app: str) -> None:
    sink = function(api, app)["_id"]
    get = created(api.post(f"{app}/endpoints", json=endpoint(sink)))
    created(api.post(f"{app}/endpoints", json=endpoint(sink, method="POST")))
    created(api.post(f"{app}/endpoints", json=endpoint(sink, route="/items", method="*")))
    assert api.post(f"{app}/endpoints", json=endpoint(sink)).status_code == 409
    # `*` stands for every method: it clashes with any endpoint of its route.
    assert api.post(f"{app}/endpoints", json=endpoint(sink, method="*")).status_code == 409
    clash = api.post(f"{app}/endpoints", json=endpoint(sink, route="/items", method="PUT"))
    assert clash.status_code == 409
    assert clash.json()["error_code"] == "DuplicateEndpoint"
    # Replacing an endpoint by itself is no clash.
    assert api.put(f"{app}/endpoints/{get['_id']}", json=endpoint(sink)).status_code == 200
    moved = api.put(f"{app}/endpoints/{get['_id']}", json=endpoint(sink, method="POST"))
    assert moved.status_code == 409
    for bad in (endpoint(sink, route="orders"), endpoint(sink, method="TRACE")):
        assert api.post(f"{app}/endpoints", json=bad).status_code == 400
    assert len(api.get(f"{app}/endpoints").json()) == 3


def test_https_endpoints_validated_by_secret_name_an_existing_secret(
    api: httpx.Client, app: str
) -> None:
    sink = function(api, app)["_id"]
    body = endpoint(sink) | {"validation_method": "SECRET_AS_QUERY_PARAM", "secret_id": MISSING_ID}
    refused = api.post(f"{app}/endpoints", json=body)
    assert refused.status_code == 400
    assert refused.json()["error_code"] == "SecretNotFound"
