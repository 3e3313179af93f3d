"""Malformed requests: bad JSON, missing required fields, wrong types, unknown routes."""

from __future__ import annotations

import httpx
import pytest

from stitch_admin_emulator import RunningEmulator

# (method, path below the app, a valid body, the required field to leave out)
WRITES = [
    ("POST", "/functions", {"name": "f", "source": "exports = 1;"}, "source"),
    ("POST", "/values", {"name": "v", "value": 1}, "name"),
    ("POST", "/api_keys", {"name": "k"}, "name"),
    ("POST", "/auth_providers", {"type": "api-key"}, "type"),
    ("POST", "/services", {"name": "s", "type": "http"}, "type"),
    ("POST", "/users", {"email": "a@b.c", "password": "secret1"}, "password"),
    ("POST", "/push/notifications", {"message": "m"}, "message"),
    ("POST", "/triggers", {"name": "t", "type": "SCHEDULED", "config": {}}, "function_id"),
    ("POST", "/debug/execute_function?run_as_system=true", {"name": "f"}, "name"),
    ("POST", "/debug/execute_function_source?run_as_system=true", {"source": "1"}, "source"),
]


@pytest.mark.parametrize(("method", "path", "body", "required"), WRITES)
def test_malformed_json_is_a_400_with_a_message(
    api: httpx.Client, app: str, *, method: str, path: str, body: object, required: str
) -> None:
    for content in (b"{", b"not json", b'{"name": "x",}', b"\xff\xfe"):
        response = api.request(
            method, app + path, content=content, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400
        assert "JSON" in response.json()["error"]


@pytest.mark.parametrize(("method", "path", "body", "required"), WRITES)
def test_a_missing_required_field_is_named_in_the_400(
    api: httpx.Client, app: str, *, method: str, path: str, body: dict[str, object], required: str
) -> None:
    incomplete = {key: value for key, value in body.items() if key != required}
    response = api.request(method, app + path, json=incomplete)
    assert response.status_code == 400
    assert f"'{required}' is a required property" in response.json()["error"]


@pytest.mark.parametrize(("method", "path", "body", "required"), WRITES)
def test_an_empty_body_or_a_non_object_is_a_400(
    api: httpx.Client, app: str, *, method: str, path: str, body: object, required: str
) -> None:
    assert api.request(method, app + path).status_code == 400
    for wrong in ([], "text", 3, None):
        assert api.request(method, app + path, json=wrong).status_code == 400


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/functions", {"name": 5, "source": "x"}, "name"),
        ("/functions", {"name": "f", "source": "x", "private": "yes"}, "private"),
        ("/functions", {"name": "f", "source": "x", "can_evaluate": []}, "can_evaluate"),
        ("/values", {"name": "v", "private": 1}, "private"),
        ("/services", {"name": "s", "type": "http", "config": "x"}, "config"),
        ("/push/notifications", {"message": "m", "state": "queued"}, "state"),
        ("/debug/execute_function?run_as_system=true", {"name": "f", "arguments": {}}, "arguments"),
    ],
)
def test_wrong_json_types_are_a_400_naming_the_field(
    api: httpx.Client, app: str, path: str, body: dict[str, object], field: str
) -> None:
    response = api.post(app + path, json=body)
    assert response.status_code == 400
    assert f"'{field}'" in response.json()["error"]
    # Nothing was stored.
    if path in ("/functions", "/values", "/services", "/push/notifications"):
        assert api.get(app + path).json() == []


def test_nested_fields_are_checked(api: httpx.Client, app: str) -> None:
    response = api.patch(
        f"{app}/hosting/assets/asset",
        params={"path": "/x"},
        json={"attributes": [{"name": "Content-Type"}]},
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert "at 'attributes[0]'" in error
    assert "'value' is a required property" in error


def test_unknown_fields_are_accepted(api: httpx.Client, app: str) -> None:
    response = api.post(f"{app}/values", json={"name": "v", "value": 1, "future_field": True})
    assert response.status_code == 201


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/admin/v3.0/nowhere"),
        ("GET", "/api/admin/v3.0/groups"),
        ("TRACE", "/api/admin/v3.0/nowhere"),
        ("GET", "/api/admin/v2.0/auth/providers"),
        ("GET", "/"),
        ("DELETE", "/_emulator/nowhere"),
        ("PUT", "/_emulator/faults"),
        ("TRACE", "/_emulator/faults"),
    ],
)
def test_unknown_routes_answer_404_with_an_error_body(
    http: httpx.Client, emulator: RunningEmulator, method: str, path: str
) -> None:
    response = http.request(method, emulator.base_url + path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("POST", "/auth/profile", "GET"),
        ("PATCH", "/auth/providers", "GET"),
        ("GET", "/auth/session", "POST, DELETE"),
        ("TRACE", "/auth/providers", "GET"),
        ("QUERY", "/groups/5e8f00000000000000000001/apps", "GET, POST"),
        ("POST", "/groups/5e8f00000000000000000001/apps/0123456789abcdef01234567", "GET, DELETE"),
    ],
)
def test_a_known_path_with_an_unknown_method_answers_405_naming_the_allowed_ones(
    http: httpx.Client, emulator: RunningEmulator, method: str, path: str, allowed: str
) -> None:
    # RFC 9110: a 405 carries Allow. The methods are those of the document for that path.
    response = http.request(method, emulator.api_url + path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error_code"] == "MethodNotAllowed"


def test_json_answers_say_so_and_204s_have_no_body(api: httpx.Client, app: str) -> None:
    created = api.post(f"{app}/values", json={"name": "v"})
    assert created.headers["content-type"] == "application/json"
    deleted = api.delete(f"{app}/values/{created.json()['_id']}")
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert "content-type" not in deleted.headers
