"""A collection's JSON schema (BSON flavour) inferred from sample documents, deterministically.

Each field gets the `bsonType` of the values it held: one name when they agree, `number` when
they are numbers of several types, a sorted list otherwise. Objects list their fields'
schemas under `properties` (in name order) and the fields every sample had under `required`;
arrays describe their elements under `items`. The same samples always give the same schema.
"""

from __future__ import annotations

from typing import Any

from stitch_admin_emulator.ejson_types import NUMERIC, bson_type


def infer(documents: list[Any], title: str) -> dict[str, Any]:
    """The schema of a collection whose documents are `documents`."""
    schema: dict[str, Any] = {"title": title}
    schema.update(_schema_of(documents) if documents else {"bsonType": "object"})
    return schema


def _schema_of(values: list[Any]) -> dict[str, Any]:
    types = sorted({bson_type(value) for value in values})
    if len(types) > 1 and set(types) <= NUMERIC:
        types = ["number"]
    schema: dict[str, Any] = {"bsonType": types[0] if len(types) == 1 else types}
    objects = [value for value in values if bson_type(value) == "object"]
    if objects:
        names = sorted({name for document in objects for name in document})
        schema["properties"] = {
            name: _schema_of([document[name] for document in objects if name in document])
            for name in names
        }
        required = [name for name in names if all(name in document for document in objects)]
        if required:
            schema["required"] = required
    elements = [item for value in values if bson_type(value) == "array" for item in value]
    if elements:
        schema["items"] = _schema_of(elements)
    return schema
