"""What `POST .../services/{id}/commands/{name}` does in the emulator, per service type.

MongoDB services (`mongodb`, `mongodb-atlas`) answer from the application's own
configuration: `list_databases` names the databases that the service's rules and the
database triggers on it mention, `list_collections` (argument `database`) the collections of
one of them, and `build_info` the server version the emulator pretends to be. Any other command, of
any service type, echoes what it was given: `{"service", "type", "command", "arguments"}`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from stitch_admin_emulator.app_config import AppConfig, ServiceRecord
from stitch_admin_emulator.errors import bad_request

MONGODB_TYPES = ("mongodb", "mongodb-atlas")
# Data sources: the services with collections (and so rules, a default rule and schemas).
DATA_SOURCE_TYPES = (*MONGODB_TYPES, "datalake")
EMULATED_SERVER_VERSION = "4.4.0"
# The MongoDB server's largest document (16 MiB).
MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024


def build_info() -> dict[str, Any]:
    """The `buildInfo` of the MongoDB server the emulator pretends to be."""
    return {
        "version": EMULATED_SERVER_VERSION,
        "gitVersion": "0" * 40,
        "versionArray": [*map(int, EMULATED_SERVER_VERSION.split(".")), 0],
        "javascriptEngine": "mozjs",
        "bits": 64,
        "debug": False,
        "maxBsonObjectSize": MAX_BSON_OBJECT_SIZE,
    }


def _namespaces(config: AppConfig, service: ServiceRecord) -> Iterator[tuple[str, str]]:
    for rule in service.rules.values():
        database, collection = rule.get("database"), rule.get("collection")
        if not (isinstance(database, str) and isinstance(collection, str)):
            database, _, collection = str(rule["name"]).partition(".")
        if database and collection:
            yield database, collection
    for trigger in config.triggers.values():
        settings = trigger.get("config", {})
        if settings.get("service_id") == service.doc["_id"]:
            yield str(settings.get("database", "")), str(settings.get("collection", ""))


def _mongodb(config: AppConfig, service: ServiceRecord, command: str, arguments: Any) -> Any:
    namespaces = sorted(set(_namespaces(config, service)))
    if command == "list_databases":
        return [{"name": name} for name in sorted({db for db, _ in namespaces if db})]
    if command == "list_collections":
        if not isinstance(arguments, dict) or not isinstance(arguments.get("database"), str):
            raise bad_request("list_collections needs the argument 'database'")
        database = arguments["database"]
        return [{"name": coll} for db, coll in namespaces if db == database and coll]
    if command == "build_info":
        return build_info()
    return None


def run(config: AppConfig, service: ServiceRecord, command: str, arguments: Any) -> Any:
    """The command's answer (any JSON value)."""
    if service.doc.get("type") in MONGODB_TYPES:
        answer = _mongodb(config, service, command, arguments)
        if answer is not None:
            return answer
    return {
        "service": service.doc["name"],
        "type": service.doc.get("type"),
        "command": command,
        "arguments": arguments,
    }
