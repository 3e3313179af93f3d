"""Custom user data: where an application keeps extra data about its users (deployable).

The settings name a MongoDB data source and the collection (`database_name`,
`collection_name`, `user_id_field`), and optionally a function run when a user is created.
A change may name the data source and function by id (`mongo_service_id`,
`on_user_creation_function_id`) or, as configuration files do, by name (`*_name`); either way
they must exist (`400`), and the settings keep and show their ids. Enabled settings need the
data source, database, collection and user id field. Until first changed: `{"enabled": false}`.
"""

from __future__ import annotations

from stitch_admin_emulator import service_commands
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import Setting, serve_setting
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

custom_user_data = Setting("custom_user_data", lambda call: {"enabled": False})
NEEDED_WHEN_ENABLED = ("mongo_service_id", "database_name", "collection_name", "user_id_field")


def _service_id(call: Call, settings: Document) -> str | None:
    services = call.config.services
    name = settings.pop("mongo_service_name", None)
    if name is not None:
        found = next((key for key, s in services.items() if s.doc["name"] == name), None)
        if found is None:
            raise bad_request(f"no data source is named '{name}'", "ServiceNotFound")
        return found
    service_id = settings.get("mongo_service_id")
    if service_id and service_id not in services:
        raise bad_request(f"mongo_service_id '{service_id}' names no service", "ServiceNotFound")
    return service_id or None


def _function_id(call: Call, settings: Document) -> str | None:
    name = settings.pop("on_user_creation_function_name", None)
    if name is not None:
        function = call.config.function_named(name) if name else None
        if name and function is None:
            raise bad_request(f"no function is named '{name}'", "FunctionNotFound")
        return None if function is None else str(function["_id"])
    function_id = settings.get("on_user_creation_function_id")
    if function_id and function_id not in call.config.functions:
        raise bad_request(
            f"on_user_creation_function_id '{function_id}' names no function", "FunctionNotFound"
        )
    return function_id or None


def _fields(call: Call, current: Document | None) -> Document:
    settings = {**(current or {}), **call.body}
    service_id, function_id = _service_id(call, settings), _function_id(call, settings)
    settings.pop("mongo_service_id", None)
    settings.pop("on_user_creation_function_id", None)
    if service_id is not None:
        service = call.config.services[service_id]
        if service.doc.get("type") not in service_commands.MONGODB_TYPES:
            raise bad_request(f"'{service.doc['name']}' is not a MongoDB data source")
        settings["mongo_service_id"] = service_id
    if function_id is not None:
        settings["on_user_creation_function_id"] = function_id
    if settings.get("enabled"):
        missing = [key for key in NEEDED_WHEN_ENABLED if not settings.get(key)]
        if missing:
            raise bad_request(f"enabled custom user data needs {', '.join(missing)}")
    return settings


serve_setting(table, custom_user_data, f"{APP}/custom_user_data", fields=_fields)
