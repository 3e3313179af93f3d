"""The GraphQL schema of an application, built with graphql-core from its custom resolvers.

The service generates most of an app's schema from its collection schemas (queries and
mutations over stored documents); the emulator stores no documents, so the schema it builds
has what it can run: each custom resolver as a field of `Query`, `Mutation` or a generated
type, whose value its function computes. Input and payload types are built as the service
names them: a scalar (`String`, `ObjectId`, ...), a list of one, a generated type (the
`title` of a collection schema of the app), or a custom JSON schema (`<Field>Input`,
`<Field>Payload`). Functions run through `run`, which the caller gives (an awaitable per
call), so this module does no I/O of its own.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
from graphql import (
    GraphQLArgument,
    GraphQLBoolean,
    GraphQLField,
    GraphQLFloat,
    GraphQLID,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInt,
    GraphQLList,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
)

from stitch_admin_emulator.app_config import Document

# The scalars the service's schemas use, beyond GraphQL's own.
_EXTRA_SCALARS = {
    name: GraphQLScalarType(name, description=description)
    for name, description in (
        ("ObjectId", "A BSON ObjectId as its hexadecimal string."),
        ("DateTime", "A BSON date as an ISO 8601 string."),
        ("Long", "A 64-bit integer."),
        ("Decimal", "A 128-bit decimal as a string."),
        ("Json", "Any JSON value."),
    )
}
SCALARS: dict[str, GraphQLScalarType] = {
    "String": GraphQLString,
    "Int": GraphQLInt,
    "Float": GraphQLFloat,
    "Boolean": GraphQLBoolean,
    "ID": GraphQLID,
    **_EXTRA_SCALARS,
}
# BSON (and JSON Schema) type names -> scalar names.
_BSON_SCALARS = {
    "string": "String",
    "int": "Int",
    "integer": "Int",
    "long": "Long",
    "double": "Float",
    "number": "Float",
    "decimal": "Decimal",
    "bool": "Boolean",
    "boolean": "Boolean",
    "objectId": "ObjectId",
    "date": "DateTime",
}
ROOTS = ("Query", "Mutation")
_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]*")
# What runs a resolver's function: (function id, [input, parent]) -> its result.
Runner = Callable[[str, list[Any]], Awaitable[Any]]


class SchemaError(ValueError):
    """A custom resolver cannot be part of the schema; the message says why."""


def is_name(text: str) -> bool:
    return _NAME.fullmatch(text) is not None


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def _type_of(definition: Mapping[str, Any]) -> str | None:
    kind = definition.get("bsonType", definition.get("type"))
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else None


@attrs.define
class _Types:
    """The named types built so far (names are unique in a schema), and the definitions of
    the app's generated types by title."""

    generated: dict[str, Document]
    outputs: dict[str, GraphQLObjectType] = attrs.field(factory=dict)
    inputs: dict[str, GraphQLInputObjectType] = attrs.field(factory=dict)
    # Custom resolvers' fields by the type they are on.
    extra_fields: dict[str, dict[str, GraphQLField]] = attrs.field(factory=dict)

    def output(self, definition: Mapping[str, Any], name: str) -> GraphQLOutputType:
        kind = _type_of(definition)
        if kind == "array":
            items = definition.get("items")
            item = self.output(items, name) if isinstance(items, Mapping) else SCALARS["Json"]
            return GraphQLList(item)
        if kind != "object":
            return SCALARS[_BSON_SCALARS.get(kind or "", "Json")]
        properties = _properties(definition)
        if not properties and name not in self.extra_fields:
            return SCALARS["Json"]
        if name not in self.outputs:

            def fields() -> dict[str, GraphQLField]:
                own = {
                    field: GraphQLField(self.output(sub, name + _pascal(field)))
                    for field, sub in properties.items()
                }
                return own | self.extra_fields.get(name, {})

            self.outputs[name] = GraphQLObjectType(name, fields)
        return self.outputs[name]

    def input(self, definition: Mapping[str, Any], name: str) -> GraphQLInputType:
        kind = _type_of(definition)
        if kind == "array":
            items = definition.get("items")
            item = self.input(items, name) if isinstance(items, Mapping) else SCALARS["Json"]
            return GraphQLList(item)
        if kind != "object":
            return SCALARS[_BSON_SCALARS.get(kind or "", "Json")]
        properties = _properties(definition)
        if not properties:
            return SCALARS["Json"]
        if name not in self.inputs:
            self.inputs[name] = GraphQLInputObjectType(
                name,
                lambda: {
                    field: GraphQLInputField(self.input(sub, name + _pascal(field)))
                    for field, sub in properties.items()
                },
            )
        return self.inputs[name]


def _properties(definition: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The fields of an object definition that can be GraphQL fields."""
    properties = definition.get("properties")
    if not isinstance(properties, Mapping):
        return {}
    return {
        field: sub
        for field, sub in properties.items()
        if isinstance(field, str) and is_name(field) and isinstance(sub, Mapping)
    }


def generated_types(schemas: Mapping[str, Document]) -> dict[str, Document]:
    """The app's generated types: each collection schema with a usable `title`, by title."""
    found: dict[str, Document] = {}
    for stored in schemas.values():
        definition = stored.get("schema")
        if isinstance(definition, Mapping):
            title = definition.get("title")
            if isinstance(title, str) and is_name(title):
                found[title] = dict(definition)
    return found


def check_resolver(resolver: Mapping[str, Any], generated: Mapping[str, Document]) -> None:
    """SchemaError if the resolver's type, field and formats do not make a field."""
    on_type, field = resolver["on_type"], resolver["field_name"]
    if not is_name(field) or field.startswith("__"):
        raise SchemaError(f"field_name {field!r} is not a GraphQL name")
    if on_type not in ROOTS and on_type not in generated:
        raise SchemaError(
            f"on_type {on_type!r} is neither Query, Mutation nor a generated type of the app"
        )
    for part in ("input", "payload"):
        _check_part(resolver, part, generated)


def _check_part(resolver: Mapping[str, Any], part: str, generated: Mapping[str, Any]) -> None:
    shape, kind = resolver.get(f"{part}_type"), resolver.get(f"{part}_type_format")
    if shape is None and kind is None:
        return
    what = f"{part}_type"
    if kind in ("scalar", "scalar-list"):
        if shape not in SCALARS:
            raise SchemaError(f"{what} must be one of {', '.join(SCALARS)} for a {kind} format")
    elif kind in ("generated", "generated-list"):
        if shape not in generated:
            raise SchemaError(f"{what} {shape!r} is not a generated type of the app")
    elif kind == "custom":
        if not isinstance(shape, Mapping) or _type_of(shape) not in ("object", "array"):
            raise SchemaError(f"a custom {what} must be a JSON schema of an object or an array")
    else:
        raise SchemaError(f"{what} needs {part}_type_format (scalar, generated or custom)")


def _resolved_type(types: _Types, resolver: Mapping[str, Any], part: str, name: str) -> Any:
    shape, kind = resolver.get(f"{part}_type"), resolver.get(f"{part}_type_format")
    if shape is None:
        return None
    listed = kind in ("scalar-list", "generated-list")
    if kind in ("scalar", "scalar-list"):
        scalar = SCALARS[str(shape)]
        return GraphQLList(scalar) if listed else scalar
    if kind in ("generated", "generated-list"):
        title = str(shape)
        definition = types.generated[title]
        built = (
            types.input(definition, f"{title}Input")
            if part == "input"
            else types.output(definition, title)
        )
        return GraphQLList(built) if listed else built
    custom: Mapping[str, Any] = shape if isinstance(shape, Mapping) else {}
    if part == "input":
        return types.input(custom, name)
    return types.output(custom, name)


def build(
    resolvers: list[Document], schemas: Mapping[str, Document], run: Runner
) -> GraphQLSchema | None:
    """The schema of the given (already checked) resolvers; None when none is on Query, the
    one root a GraphQL schema cannot do without."""
    types = _Types(generated_types(schemas))
    for resolver in resolvers:
        field_name = resolver["field_name"]
        input_type = _resolved_type(types, resolver, "input", f"{_pascal(field_name)}Input")
        payload = _resolved_type(types, resolver, "payload", f"{_pascal(field_name)}Payload")
        args = {} if input_type is None else {"input": GraphQLArgument(input_type)}
        field = GraphQLField(
            payload if payload is not None else SCALARS["Json"],
            args=args,
            resolve=_resolve(run, resolver["function_id"]),
        )
        types.extra_fields.setdefault(resolver["on_type"], {})[field_name] = field
    for title, definition in types.generated.items():
        if title in types.extra_fields:
            types.output(definition, title)
    roots = {
        root: GraphQLObjectType(root, types.extra_fields[root])
        for root in ROOTS
        if types.extra_fields.get(root)
    }
    if "Query" not in roots:
        return None
    return GraphQLSchema(
        query=roots["Query"], mutation=roots.get("Mutation"), types=list(types.outputs.values())
    )


def _resolve(run: Runner, function_id: str) -> Callable[..., Awaitable[Any]]:
    # What the function raises or throws, graphql-core reports as the field's error.
    async def resolve(parent: Any, info: GraphQLResolveInfo[Any], **arguments: Any) -> Any:
        return await run(function_id, [arguments.get("input"), parent])

    return resolve
