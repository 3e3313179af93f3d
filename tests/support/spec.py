"""The OpenAPI document as test data: operations, schemas, and sample bodies built from schemas."""

from __future__ import annotations

import enum
import functools
import io
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
# Path parameters that are not ObjectIds: values that need quoting.
SPECIAL_PATH_VALUES = {
    "email": "new+user@example.com",
    "commandName": "list databases",
    "provider": "mongodb-cloud",
}


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
        """The dotted path of the generated endpoint module (named as the generator names it)."""
        from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415

        tag_module = PythonIdentifier(self.tag, prefix="tag")
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


def merged(schema: Any) -> dict[str, Any]:
    """An ``allOf`` schema as one object schema: the parts' properties (later parts win) and
    required fields. A part's discriminator is not carried over."""
    schema = resolve(schema)
    if "allOf" not in schema:
        return {key: value for key, value in schema.items() if key != "discriminator"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in schema["allOf"]:
        flat = merged(part)
        properties.update(flat.get("properties", {}))
        required += [name for name in flat.get("required", []) if name not in required]
    result: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": True,
    }
    if required:
        result["required"] = required
    return result


def kinds(schema: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """(discriminating field, value, the kind's schema as one object) for each kind a
    polymorphic base maps to, in the document's order; [] for other schemas."""
    schema = resolve(schema)
    discriminator = schema.get("discriminator") or {}
    return [
        (discriminator["propertyName"], value, merged({"$ref": target}))
        for value, target in (discriminator.get("mapping") or {}).items()
    ]


def sample(schema: Any, depth: int = 0) -> Any:
    """A JSON value that the schema accepts, with every documented property filled in. A
    polymorphic base gives its first kind, with the kind's fields."""
    schema = resolve(schema)
    if kinds(schema) or "allOf" in schema:
        return _sample_composed(schema, depth)
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


def _sample_composed(schema: dict[str, Any], depth: int) -> Any:
    found = kinds(schema)
    if found:
        field, value, kind = found[0]
        return sample(kind, depth) | {field: value}
    return sample(merged(schema), depth)


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def path_arguments(op: Operation) -> dict[str, str]:
    """Sample values of the operation's path parameters, by their names in the document."""
    return {p["name"]: SPECIAL_PATH_VALUES.get(p["name"], OBJECT_ID) for p in op.path_parameters}


def model_for(schema: dict[str, Any]) -> type[Any] | None:
    """The generated model class a ``$ref`` schema names (None for other schemas)."""
    if "$ref" in schema:
        from stitch_admin_client import models  # noqa: PLC0415

        model: type[Any] = getattr(models, schema["$ref"].rsplit("/", 1)[1])
        return model
    return None


def build(schema: Any, wire: Any) -> Any:
    """What the generated code takes for the JSON value ``wire`` of ``schema`` (as ``sample``
    draws it): models for objects, enum members for enumerations."""
    if "$ref" in schema:
        from stitch_admin_client import models  # noqa: PLC0415

        model = getattr(models, schema["$ref"].rsplit("/", 1)[1], None)
        if isinstance(model, type) and issubclass(model, enum.Enum):
            return model(wire)
        if model is not None:
            return model.from_dict(wire)
    resolved = resolve(schema)
    if "oneOf" in resolved:
        return build(resolved["oneOf"][0], wire)
    if resolved.get("type") == "array":
        return [build(resolved.get("items", {}), item) for item in wire]
    return wire


MULTIPART_PAYLOAD = b"PK\x03\x04 node_modules archive \xff\x00"


def body_argument(op: Operation) -> tuple[Any, Any] | None:
    """(argument to pass, what goes on the wire: JSON, or the file bytes of a multipart body),
    or None when the operation has no body."""
    if "requestBody" not in op.data:
        return None
    content = op.data["requestBody"]["content"]
    if "multipart/form-data" in content:
        from stitch_admin_client.types import File  # noqa: PLC0415

        model = model_for(content["multipart/form-data"]["schema"])
        assert model is not None
        upload = File(payload=io.BytesIO(MULTIPART_PAYLOAD), file_name="archive.zip")
        return model(file=upload), MULTIPART_PAYLOAD
    schema = json_schema_of(op.data["requestBody"])
    wire = sample(schema)
    return build(schema, wire), wire


def call_arguments(op: Operation) -> dict[str, Any]:
    """Keyword arguments for the generated function of ``op`` (all but ``client``)."""
    kwargs: dict[str, Any] = {snake(k): v for k, v in path_arguments(op).items()}
    for parameter in all_parameters(op):
        if parameter["in"] == "query" and parameter.get("required"):
            kwargs[snake(parameter["name"])] = "/index.html"
    body = body_argument(op)
    if body is not None:
        kwargs["body"] = body[0]
    return kwargs
