"""The emulator against the OpenAPI document: the same operations, the same request shapes,
and a contract checker that does catch broken answers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from support import spec
from support.contract import Contract

from stitch_admin_emulator import Exchange, registry

OPERATIONS = {operation.key: operation for operation in registry.operations().operations}
DOCUMENTED = {f"{op.method} {op.path}": op for op in spec.operations()}


def test_the_emulator_implements_exactly_the_documented_operations() -> None:
    assert len(DOCUMENTED) == 188
    assert sorted(OPERATIONS) == sorted(DOCUMENTED)
    assert len(registry.operations().operations) == len(OPERATIONS)


def _violating(schema: Any) -> Any:
    """A body the schema refuses: an object without its required fields, or a wrong type."""
    schema = spec.resolve(schema)
    if schema.get("type") == "object" and schema.get("required"):
        return {}
    if schema.get("type") == "array":
        return {"not": "an array"}
    return ["not", "an", "object"]


JSON_BODIES = {
    key: documented
    for key, documented in DOCUMENTED.items()
    if "application/json" in spec.resolve(documented.data.get("requestBody", {})).get("content", {})
}


@pytest.mark.parametrize("key", sorted(JSON_BODIES))
def test_request_bodies_are_checked_against_the_document(
    key: str, api: httpx.Client, app: str
) -> None:
    documented = JSON_BODIES[key]
    body = spec.resolve(documented.data["requestBody"])
    schema = body["content"]["application/json"]["schema"]
    path = documented.path
    for parameter in documented.path_parameters:
        name = parameter["name"]
        value = {
            "groupId": app.split("/")[2],
            "appId": app.split("/")[4],
            "provider": "mongodb-cloud",
            "email": "a@example.com",
            "commandName": "ping",
        }.get(name, spec.OBJECT_ID)
        path = path.replace(f"{{{name}}}", value)
    query = {"run_as_system": "true"} if "execute_function" in path else {}
    response = api.request(documented.method, path, json=_violating(schema), params=query)
    assert response.status_code == 400, response.text
    assert "is not valid" in response.json()["error"]
    if body.get("required"):
        empty = api.request(documented.method, path, params=query)
        assert empty.status_code == 400, empty.text


def exchange(**changes: Any) -> Exchange:
    fields: dict[str, Any] = {
        "method": "GET",
        "path": "/groups/g/apps/a/values/v",
        "template": "/groups/{groupId}/apps/{appId}/values/{valueId}",
        "status": 200,
        "content_type": "application/json",
        "body": b'{"_id": "1", "name": "v", "value": [1]}',
    }
    return Exchange(**(fields | changes))


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"status": 201}, "status 201 is not documented"),
        ({"body": b'{"name": "v"}'}, "'_id' is a required property"),
        ({"body": b'{"_id": 1, "name": "v"}'}, "is not of type 'string'"),
        ({"body": b"not json"}, "not JSON"),
        ({"content_type": "text/plain"}, "content type"),
        ({"method": "DELETE", "status": 204}, "documents no body"),
        ({"template": None}, "unknown route"),
        ({"status": None}, "no answer"),
        (
            {
                "template": "/groups/{groupId}/apps/{appId}/export",
                "content_type": "application/zip",
            },
            "zip",
        ),
        (
            {
                "template": "/groups/{groupId}/apps/{appId}/logs",
                "body": b'{"logs": [{"started": "yesterday"}]}',
            },
            "date-time",
        ),
    ],
)
def test_the_contract_catches_broken_answers(changes: dict[str, Any], problem: str) -> None:
    violations = Contract().violations(exchange(**changes))
    assert len(violations) == 1
    assert problem in violations[0]


def test_the_contract_passes_good_answers_and_skips_replaced_ones() -> None:
    contract = Contract()
    assert contract.violations(exchange()) == []
    assert (
        contract.violations(exchange(status=404, body=b'{"error": "x", "error_code": "Y"}')) == []
    )
    assert contract.violations(exchange(status=503, fault="status", body=b"")) == []
    unknown = exchange(template=None, status=404, body=b'{"error": "no route"}')
    assert contract.violations(unknown) == []
    wrong_method = exchange(template=None, status=405, body=b'{"error": "not allowed"}')
    assert contract.violations(wrong_method) == []
    assert contract.violations(exchange(template=None, status=500, body=b"{}")) != []
