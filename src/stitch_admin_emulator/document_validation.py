"""Documents checked against a collection's JSON schema (BSON flavour), and the report.

The schema is JSON Schema (draft 7, which covers MongoDB's `$jsonSchema` keywords) with
`bsonType` beside `type`; `bsonType` checks the BSON type of Extended JSON values (see
`ejson_types`). With `null_passes`, `null` satisfies any type (the app's null type schema
validation setting).

The report groups failures as the service does: one entry per reason and field (`error_code`
such as `required` or `invalid_type`, `field` such as `(root).name`), with how many documents
failed that way, their `_id`s and a query that finds them; `total_error_count` counts the
documents with any failure. `sample` picks the documents to check as the service's query,
sort and limit would (MongoDB query semantics come from mongomock's filtering).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
from jsonschema import Draft7Validator
from jsonschema.exceptions import SchemaError, ValidationError

from stitch_admin_emulator.ejson_types import id_text, is_a

ROOT = "(root)"
# jsonschema's keyword -> the service's error code.
_CODES = {
    "required": "required",
    "bsonType": "invalid_type",
    "type": "invalid_type",
    "enum": "enum",
    "const": "const",
    "minimum": "number_gte",
    "exclusiveMinimum": "number_gt",
    "maximum": "number_lte",
    "exclusiveMaximum": "number_lt",
    "multipleOf": "multiple_of",
    "minItems": "array_min_items",
    "maxItems": "array_max_items",
    "uniqueItems": "unique",
    "additionalItems": "array_no_additional_items",
    "contains": "contains",
    "minProperties": "array_min_properties",
    "maxProperties": "array_max_properties",
    "additionalProperties": "additional_property_not_allowed",
    "patternProperties": "invalid_property_pattern",
    "propertyNames": "invalid_property_name",
    "minLength": "string_gte",
    "maxLength": "string_lte",
    "pattern": "pattern",
    "format": "format",
    "anyOf": "number_any_of",
    "oneOf": "number_one_of",
    "allOf": "number_all_of",
    "not": "number_not",
    "dependencies": "missing_dependency",
    "false": "false",
}


class InvalidSchema(ValueError):
    """The schema itself is not a valid JSON schema."""


class InvalidQuery(ValueError):
    """The query or sort is not one MongoDB would run."""


def _type_keyword(null_passes: bool, keyword: str) -> Any:
    def check(validator: Any, wanted: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
        names = wanted if isinstance(wanted, list) else [wanted]
        if null_passes and instance is None:
            return
        if keyword == "bsonType":
            ok = any(is_a(instance, name) for name in names)
        else:
            ok = any(validator.is_type(instance, name) for name in names)
        if not ok:
            yield ValidationError(f"{instance!r} is not of type {', '.join(map(str, names))}")

    return check


def _required(
    validator: Any, required: Any, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for name in required:
        if name not in instance:
            # The field is the missing property's own path, as the service reports it.
            yield ValidationError(f"{name} is required", path=[name])


def _validator(schema: dict[str, Any], null_passes: bool) -> Any:
    cls = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        Draft7Validator,
        {
            "bsonType": _type_keyword(null_passes, "bsonType"),
            "type": _type_keyword(null_passes, "type"),
            "required": _required,
        },
    )
    try:
        cls.check_schema(schema)
    except SchemaError as exc:
        raise InvalidSchema(f"the schema is not a valid JSON schema: {exc.message}") from exc
    return cls(schema)


def check_schema(schema: dict[str, Any]) -> None:
    """InvalidSchema if `schema` is not a JSON schema the checks can use."""
    _validator(schema, null_passes=False)


def _field(error: ValidationError) -> str:
    return ".".join([ROOT, *(str(part) for part in error.absolute_path)])


def validate(documents: list[Any], schema: dict[str, Any], null_passes: bool) -> dict[str, Any]:
    """The report of checking `documents` against `schema`."""
    validator = _validator(schema, null_passes)
    groups: dict[tuple[str, str], list[Any]] = {}
    failed = 0
    for document in documents:
        try:
            reasons = {
                (_CODES.get(str(error.validator), "internal"), _field(error))
                for error in validator.iter_errors(document)
            }
        except Exception as exc:  # an unresolvable $ref, a pattern that is no regex, ...
            raise InvalidSchema(f"the schema cannot be applied: {exc}") from exc
        failed += bool(reasons)
        for reason in reasons:
            groups.setdefault(reason, []).append(
                document.get("_id") if isinstance(document, dict) else None
            )
    errors = []
    for (code, field), found_ids in sorted(groups.items()):
        known = [value for value in found_ids if value is not None]
        errors.append(
            {
                "error_code": code,
                "error_count": len(found_ids),
                "field": field,
                "failed_ids": [id_text(value) for value in known],
                "failed_documents_query": {"_id": {"$in": known}},
            }
        )
    return {
        "errors": errors,
        "total_processed_count": len(documents),
        "total_error_count": failed,
    }


def sample(
    documents: list[Any], query: dict[str, Any], sort: dict[str, Any], limit: int
) -> list[Any]:
    """The documents a MongoDB `find(query).sort(sort).limit(limit)` would return."""
    # mongomock is imported when needed: it takes a noticeable time to load.
    from mongomock import filtering  # noqa: PLC0415

    try:
        matched = [
            document
            for document in documents
            if isinstance(document, dict) and filtering.filter_applies(query, document)  # type: ignore[no-untyped-call]
        ]
        for key, direction in reversed(list(sort.items())):
            if direction not in (1, -1):
                raise InvalidQuery(f"sort direction of '{key}' must be 1 or -1")

            def sort_key(document: Any, key: str = key) -> Any:
                return filtering.resolve_sort_key(key, document)  # type: ignore[no-untyped-call]

            matched.sort(key=sort_key, reverse=direction == -1)
    except InvalidQuery:
        raise
    except Exception as exc:  # mongomock raises several kinds for a query it cannot run
        raise InvalidQuery(f"the query cannot be run: {exc}") from exc
    return matched[:limit]
