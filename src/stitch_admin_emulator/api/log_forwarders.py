"""Log forwarders (part of the deployable configuration): which log entries go where.

A forwarder's action names what receives the entries, and that must exist in the same
configuration: a function (`type: function`, by `name`), or a collection of a MongoDB data
source (`type: collection`, by the service's `data_source` name, `database` and
`collection`). A change replaces the whole forwarder (the service's `PATCH` does).
"""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.responses import no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

FORWARDERS = f"{APP}/log_forwarders"
FORWARDER = f"{FORWARDERS}/{{forwarderId}}"
# The service types that hold collections a forwarder can write to.
DATA_SOURCE_TYPES = ("mongodb-atlas", "mongodb")
forwarders = Family("log_forwarders", "log forwarder", "LogForwarderNotFound", "forwarderId")


def _action(call: Call, action: Document) -> Document:
    config = call.config
    if action.get("type") == "function":
        name = action.get("name")
        if not isinstance(name, str) or config.function_named(name) is None:
            raise bad_request(f"the action's function {name!r} does not exist", "FunctionNotFound")
        return pick(action, "type", "name")
    if action.get("type") == "collection":
        missing = [key for key in ("data_source", "database", "collection") if not action.get(key)]
        if missing:
            raise bad_request(f"a collection action needs {', '.join(missing)}")
        source = next(
            (s.doc for s in config.services.values() if s.doc["name"] == action["data_source"]),
            None,
        )
        if source is None or source.get("type") not in DATA_SOURCE_TYPES:
            raise bad_request(
                f"the action's data source {action['data_source']!r} is not a MongoDB data "
                "source of the app",
                "ServiceNotFound",
            )
        return pick(action, "type", "data_source", "database", "collection")
    raise bad_request("the action's type must be 'function' or 'collection'")


def _fields(call: Call, current: Document | None) -> Document:
    body = call.body
    return {
        "name": body["name"],
        "disabled": body.get("disabled", False),
        # Each kind once, in the order given.
        "log_types": list(dict.fromkeys(body["log_types"])),
        "log_statuses": list(dict.fromkeys(body["log_statuses"])),
        "policy": {"type": body["policy"].get("type", "single")},
        "action": _action(call, body["action"]),
    }


@table.operation("PATCH", FORWARDER)
def update_log_forwarder(call: Call) -> Response:
    forwarders.one(call)
    return answer(call, forwarders.replace(call, _fields(call, None)))


serve_family(table, forwarders, FORWARDERS, FORWARDER, fields=_fields, skip=("PATCH item",))


def _set_disabled(call: Call, disabled: bool) -> Response:
    forwarders.one(call)["disabled"] = disabled
    return no_content()


@table.operation("PUT", f"{FORWARDER}/enable")
def enable_log_forwarder(call: Call) -> Response:
    return _set_disabled(call, False)


@table.operation("PUT", f"{FORWARDER}/disable")
def disable_log_forwarder(call: Call) -> Response:
    return _set_disabled(call, True)
