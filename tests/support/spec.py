"""The OpenAPI document as test data: operations, schemas, and sample bodies built from schemas."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "stitch-admin-v3.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
OBJECT_ID = "0123456789abcdef01234567"


@functools.cache
def load() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


@attrs.frozen
class Operation:
    method: str
    path: str
    operation_id: str
    data: dict[str, Any]
    path_parameters: tuple[dict[str, Any], ...]

    @property
    def tag(self) -> str:
        tags: list[str] = self.data["tags"]
        return tags[0]

    @property
    def module(self) -> str:
        """The dotted path of the generated endpoint module."""
        tag_module = re.sub(r"[^a-z0-9]+", "_", self.tag.lower()).strip("_")
        return f"stitch_admin_client.api.{tag_module}.{self.operation_id}"


def resolve(node: Any) -> Any:
    """Follow a local $ref."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations() -> Iterator[Operation]:
    for path, item in load()["paths"].items():
        shared = [resolve(p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            data = item[method]
            params = shared + [resolve(p) for p in data.get("parameters", [])]
            yield Operation(
                method=method.upper(),
                path=path,
                operation_id=data["operationId"],
                data=data,
                path_parameters=tuple(p for p in params if p["in"] == "path"),
            )


def all_parameters(operation: Operation) -> list[dict[str, Any]]:
    item = load()["paths"][operation.path]
    return [resolve(p) for p in item.get("parameters", []) + operation.data.get("parameters", [])]


def success_responses(operation: Operation) -> dict[int, dict[str, Any]]:
    return {
        int(code): resolve(response)
        for code, response in operation.data["responses"].items()
        if code.isdigit() and 200 <= int(code) <= 299
    }


def json_schema_of(response_or_body: dict[str, Any]) -> Any | None:
    content = response_or_body.get("content") or {}
    media = content.get("application/json")
    return None if media is None else media.get("schema", {})


def sample(schema: Any, depth: int = 0) -> Any:
    """A JSON value that the schema accepts, with every documented property filled in."""
    schema = resolve(schema)
    if "oneOf" in schema:
        return sample(schema["oneOf"][0], depth)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        return {name: sample(sub, depth + 1) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)]
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2024-05-01T12:30:45.123000+00:00"
        if schema.get("pattern") == "^[0-9a-fA-F]{24}$":
            return OBJECT_ID
        return "text"
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return {"any": ["json", 1]}
