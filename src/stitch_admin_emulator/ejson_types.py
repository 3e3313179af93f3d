"""The BSON type of a document's value, as MongoDB Extended JSON (relaxed or canonical) shows it.

Documents reach the emulator as JSON: an ObjectId is `{"$oid": ...}`, a date `{"$date": ...}`,
a 64-bit integer `{"$numberLong": ...}`, and so on. `bson_type` names the BSON type such a
value stands for, with the names of JSON schemas' `bsonType` (`objectId`, `date`, `long`...).
"""

from __future__ import annotations

from typing import Any

NUMERIC = frozenset({"int", "long", "double", "decimal"})
# A one-key object with one of these keys is a wrapped BSON value, not a document.
_WRAPPED = {
    "$oid": "objectId",
    "$date": "date",
    "$numberInt": "int",
    "$numberLong": "long",
    "$numberDouble": "double",
    "$numberDecimal": "decimal",
    "$binary": "binary",
    "$uuid": "uuid",
    "$timestamp": "timestamp",
    "$regularExpression": "regex",
    "$symbol": "symbol",
    "$code": "javascript",
    "$minKey": "minKey",
    "$maxKey": "maxKey",
}
_INT32 = range(-(2**31), 2**31)
# BSON binary subtype 4 is a UUID.
_UUID_SUBTYPES = ("04", "4")


# JSON's own types (bool before int: a bool is an int in Python).
_PLAIN = ((bool, "bool"), (float, "double"), (str, "string"), (list, "array"))


def bson_type(value: Any) -> str:
    """The BSON type name of a JSON value read as Extended JSON."""
    if value is None:
        return "null"
    for kind, name in _PLAIN:
        if isinstance(value, kind):
            return name
    if isinstance(value, int):
        return "int" if value in _INT32 else "long"
    if isinstance(value, dict):
        return _wrapped(value) or "object"
    return "object"


def _wrapped(value: dict[str, Any]) -> str | None:
    if "$code" in value and set(value) <= {"$code", "$scope"}:
        return "javascript"
    if len(value) != 1:
        return None
    key = next(iter(value))
    kind = _WRAPPED.get(key)
    content = value[key]
    if kind == "binary" and isinstance(content, dict) and content.get("subType") in _UUID_SUBTYPES:
        return "uuid"
    return kind


def is_a(value: Any, wanted: str) -> bool:
    """Whether a value is of the `bsonType` named `wanted` (`number` is any numeric type)."""
    actual = bson_type(value)
    if wanted == "number":
        return actual in NUMERIC
    # A UUID is also binary data.
    return actual == wanted or (wanted == "binary" and actual == "uuid")


def id_text(value: Any) -> str:
    """An `_id` as a report shows it: an ObjectId's hex, any other value as text."""
    if isinstance(value, dict) and isinstance(value.get("$oid"), str) and len(value) == 1:
        return str(value["$oid"])
    return value if isinstance(value, str) else repr(value)
