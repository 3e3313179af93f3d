"""Device Sync's view of a data source (deprecated, still served): read-only, derived.

A MongoDB data source's Sync settings are its service configuration's `flexible_sync` (as
configuration files and `PATCH .../services/{id}/config` give them), else the app's
`sync_config` settings document when it names that data source; without either, or when they
are not Sync settings at all, Sync is `disabled`. The fields partition-based sync can
partition on are those every collection schema of the data source has at the top level, with
the same scalar type.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from stitch_admin_emulator import document
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.app_config import Document, ServiceRecord
from stitch_admin_emulator.errors import not_found
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

DATA_SOURCE_TYPES = ("mongodb-atlas", "mongodb")
# The types a partition key can have.
PARTITION_TYPES = ("string", "int", "long", "objectId")
DISABLED: Document = {"state": "disabled"}
_FLEXIBLE_SYNC = document.schema("FlexibleSync")
READ_PREFERENCES = ("primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest")


def _data_source(call: Call, service_id: str | None) -> ServiceRecord:
    service = call.config.services.get(service_id or "")
    if service is None or service.doc.get("type") not in DATA_SOURCE_TYPES:
        raise not_found("MongoDB data source", "ServiceNotFound")
    return service


def _flexible_sync(call: Call, service: ServiceRecord) -> Document:
    config = service.doc.get("config")
    found: Any = None
    if isinstance(config, dict) and "flexible_sync" in config:
        found = config["flexible_sync"]
    else:
        stored = call.config.singletons.get("sync_config", {})
        if stored.get("service_name", stored.get("data_source")) == service.doc["name"]:
            found = stored.get("flexible_sync")
    try:
        _FLEXIBLE_SYNC.check(found)
    except document.InvalidBody:
        # Settings Sync cannot read do not turn it on.
        return dict(DISABLED)
    return dict(found)


@table.operation("GET", f"{APP}/service/{{serviceId}}/config")
def get_sync_config(call: Call) -> Response:
    service = _data_source(call, call.params["serviceId"])
    config = service.doc.get("config")
    config = config if isinstance(config, dict) else {}

    def text(key: str, default: str) -> str:
        value = config.get(key)
        return value if isinstance(value, str) and value else default

    preference = config.get("readPreference")
    return answer(
        call,
        {
            "clusterId": service.doc["_id"],
            "clusterName": text("clusterName", service.doc["name"]),
            "clusterType": text("clusterType", "atlas"),
            "flexible_sync": _flexible_sync(call, service),
            "groupName": text("groupName", call.app.group_id),
            "readPreference": preference if preference in READ_PREFERENCES else "primary",
            "wireProtocolEnabled": config.get("wireProtocolEnabled") is True,
        },
    )


def _top_level_types(schema: Any) -> dict[str, str]:
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict):
        return {}
    found = {}
    for name, field in properties.items():
        kind = field.get("bsonType") if isinstance(field, dict) else None
        if kind in PARTITION_TYPES:
            found[name] = kind
    return found


@table.operation("GET", f"{APP}/sync/data")
def get_partition_sync_data(call: Call) -> Response:
    service_id = call.query("service_id")
    service = _data_source(call, service_id)
    schemas = [
        stored.get("schema")
        for stored in call.config.collections.get("schemas", {}).values()
        if stored.get("metadata", {}).get("data_source") == service.doc["name"]
    ]
    common: dict[str, str] | None = None
    for schema in schemas:
        fields = _top_level_types(schema)
        common = (
            fields if common is None else {k: v for k, v in common.items() if fields.get(k) == v}
        )
    return answer(
        call,
        {
            "service_id": service.doc["_id"],
            "partition_fields": [
                {"key": key, "type": kind} for key, kind in sorted((common or {}).items())
            ],
        },
    )
