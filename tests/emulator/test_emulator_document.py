"""The emulator against the OpenAPI document: the same operations, the same request shapes,
and a contract checker that does catch broken answers."""

from __future__ import annotations

from typing import Any

import pytest
from support import spec
from support.contract import Contract

from stitch_admin_emulator import Exchange, registry
from stitch_admin_emulator.api.hosting import UPLOAD_META
from stitch_admin_emulator.routing import Operation
from stitch_admin_emulator.shapes import Anything, ArrayOf, Boolean, Integer, Object, Shape, String

OPERATIONS = {operation.key: operation for operation in registry.operations().operations}
DOCUMENTED = {f"{op.method} {op.path}": op for op in spec.operations()}


def test_the_emulator_implements_exactly_the_documented_operations() -> None:
    assert len(DOCUMENTED) == 92
    assert sorted(OPERATIONS) == sorted(DOCUMENTED)
    assert len(registry.operations().operations) == len(OPERATIONS)


def differences(shape: Shape, schema: Any, where: str = "body") -> list[str]:
    """How a body shape departs from a request schema (types, required fields, enums)."""
    schema = spec.resolve(schema)
    kind = schema.get("type", "object" if "properties" in schema else None)
    expected = {
        "object": Object,
        "array": ArrayOf,
        "string": String,
        "boolean": Boolean,
        "integer": Integer,
    }
    if kind is None:
        return [] if isinstance(shape, Anything) else [f"{where}: any JSON expected"]
    if not isinstance(shape, expected[kind]):
        return [f"{where}: {kind} expected, the emulator checks {type(shape).__name__}"]
    found = []
    if isinstance(shape, Object):
        if set(shape.required) != set(schema.get("required", [])):
            found.append(f"{where}: required {sorted(shape.required)} vs {schema.get('required')}")
        properties = schema.get("properties", {})
        fields = {**shape.optional, **shape.required}
        if set(fields) != set(properties):
            found.append(f"{where}: fields {sorted(fields)} vs {sorted(properties)}")
        for name in set(fields) & set(properties):
            found += differences(fields[name], properties[name], f"{where}.{name}")
    elif isinstance(shape, ArrayOf):
        if shape.min_items != schema.get("minItems", 0):
            found.append(f"{where}: minItems {shape.min_items} vs {schema.get('minItems', 0)}")
        found += differences(shape.items, schema.get("items", {}), f"{where}[]")
    elif isinstance(shape, String):
        enum = schema.get("enum")
        if (None if shape.enum is None else sorted(shape.enum)) != (
            None if enum is None else sorted(enum)
        ):
            found.append(f"{where}: enum {shape.enum} vs {enum}")
    return found


@pytest.mark.parametrize("key", sorted(DOCUMENTED))
def test_request_bodies_are_checked_as_documented(key: str) -> None:
    documented, operation = DOCUMENTED[key], OPERATIONS[key]
    body = spec.resolve(documented.data.get("requestBody", {}))
    assert operation.body_required == bool(body.get("required", False))
    json_body = body.get("content", {}).get("application/json")
    if json_body is None:
        assert operation.body is None
        return
    assert isinstance(operation, Operation)
    assert operation.body is not None
    assert differences(operation.body, json_body["schema"]) == []


def test_the_upload_meta_is_checked_as_documented_but_the_path_may_be_in_the_query() -> None:
    schema = spec.load()["components"]["schemas"]["HostingAssetUploadMeta"]
    relaxed = schema | {"required": [name for name in schema["required"] if name != "path"]}
    assert differences(UPLOAD_META, relaxed) == []


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
