"""Values: named constants that functions read (part of the deployable configuration)."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.collections import Collection
from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.responses import created, json_response
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

VALUES = f"{APP}/values"
VALUE = f"{VALUES}/{{valueId}}"
values = Collection("value", "ValueNotFound", "valueId", lambda call: call.config.values)


def _fields(call: Call) -> dict[str, object]:
    body = call.body
    return {"name": body["name"], "value": body.get("value"), "private": body.get("private", False)}


@table.operation("GET", VALUES)
def list_values(call: Call) -> Response:
    return json_response([pick(v, "_id", "name", "private") for v in call.config.values.values()])


@table.operation("POST", VALUES)
def create_value(call: Call) -> Response:
    return created(values.add(call, _fields(call)))


values.item_operations(table, VALUE, _fields)
