"""Collection schemas, and whether `null` passes schema validation (deployable configuration).

A schema describes one collection of a data source: `metadata` names it (`data_source`, the
service's name, `database`, `collection`), `schema` is its JSON schema (BSON flavour) and
`relationships` maps fields to the collections they refer to
(`#/relationship/<data source>/<database>/<collection>`). One schema per collection (`409`);
the data sources named must exist and the schema must be a valid JSON schema (`400`). Lists
and creates show `_id` and `metadata` only. A replace without `metadata` keeps the current one.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from stitch_admin_emulator import document_validation, service_commands
from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import (
    Family,
    Setting,
    answer,
    serve_family,
    serve_setting,
)
from stitch_admin_emulator.app_config import AppConfig, Document
from stitch_admin_emulator.errors import bad_request, conflict
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

SCHEMAS = f"{APP}/schemas"
SCHEMA = f"{SCHEMAS}/{{schemaId}}"
RELATIONSHIP_PREFIX = "#/relationship/"
schemas = Family("schemas", "schema", "SchemaNotFound", "schemaId", name=None)
null_type_validation = Setting("null_type_schema_validation", lambda call: {"enabled": False})


def data_source_named(config: AppConfig, name: str) -> Document | None:
    for service in config.services.values():
        if service.doc["name"] == name and service.doc.get("type") in (
            service_commands.DATA_SOURCE_TYPES
        ):
            return service.doc
    return None


def stored_schema(config: AppConfig, data_source: str, database: str, collection: str) -> Any:
    """The JSON schema kept for a collection, or None."""
    wanted = {"data_source": data_source, "database": database, "collection": collection}
    for document in config.collections.get("schemas", {}).values():
        if pick(document["metadata"], *wanted) == wanted:
            return document.get("schema")
    return None


def _metadata(call: Call, current: Document | None) -> Document:
    metadata = call.body.get("metadata")
    if metadata is None:
        if current is None:
            raise bad_request("a schema needs 'metadata': data_source, database and collection")
        return dict(current["metadata"])
    missing = [
        key
        for key in ("data_source", "database", "collection")
        if not isinstance(metadata.get(key), str) or not metadata[key]
    ]
    if missing:
        raise bad_request(f"the schema's metadata needs {', '.join(missing)}")
    if data_source_named(call.config, metadata["data_source"]) is None:
        raise bad_request(f"no data source is named '{metadata['data_source']}'", "ServiceNotFound")
    namespace = pick(metadata, "data_source", "database", "collection")
    for key, other in schemas.documents(call).items():
        if (current is None or key != current["_id"]) and pick(
            other["metadata"], *namespace
        ) == namespace:
            raise conflict(
                f"a schema for {metadata['database']}.{metadata['collection']} of "
                f"'{metadata['data_source']}' already exists",
                "SchemaAlreadyExists",
            )
    return dict(metadata)


def _relationships(call: Call) -> Document:
    relationships: Document = call.body.get("relationships", {})
    for field, relationship in relationships.items():
        ref = relationship.get("ref")
        if not isinstance(ref, str):
            raise bad_request(f"the relationship of '{field}' needs a 'ref'")
        parts = ref.removeprefix(RELATIONSHIP_PREFIX).split("/")
        if not ref.startswith(RELATIONSHIP_PREFIX) or len(parts) != 3 or not all(parts):
            raise bad_request(
                f"the relationship of '{field}' must refer to "
                f"'{RELATIONSHIP_PREFIX}<data source>/<database>/<collection>', not {ref!r}"
            )
        if data_source_named(call.config, parts[0]) is None:
            raise bad_request(f"no data source is named '{parts[0]}'", "ServiceNotFound")
    return relationships


def _fields(call: Call, current: Document | None) -> Document:
    metadata = _metadata(call, current)
    schema = call.body.get("schema", {"bsonType": "object", "title": metadata["collection"]})
    try:
        document_validation.check_schema(schema)
    except document_validation.InvalidSchema as exc:
        raise bad_request(str(exc)) from exc
    return {"metadata": metadata, "schema": schema, "relationships": _relationships(call)}


def _summary(call: Call, document: Document) -> Document:
    return pick(document, "_id", "metadata")


@table.operation("POST", SCHEMAS)
def create_schema(call: Call) -> Response:
    return answer(call, _summary(call, schemas.add(call, _fields(call, None))))


serve_family(
    table, schemas, SCHEMAS, SCHEMA, fields=_fields, listed=_summary, skip=("POST collection",)
)


def _null_type_fields(call: Call, current: Document | None) -> Document:
    return {"enabled": call.body.get("enabled", False)}


serve_setting(
    table,
    null_type_validation,
    f"{APP}/validation_settings/null_type_schema_validation",
    fields=_null_type_fields,
)
