"""Stored functions (part of the deployable configuration)."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.collections import Collection
from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.responses import created, json_response
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

FUNCTIONS = f"{APP}/functions"
FUNCTION = f"{FUNCTIONS}/{{functionId}}"
functions = Collection(
    "function", "FunctionNotFound", "functionId", lambda call: call.config.functions
)


def _fields(call: Call) -> dict[str, object]:
    fields = pick(call.body, "name", "source")
    return fields | {"private": call.body.get("private", False)} | pick(call.body, "can_evaluate")


@table.operation("GET", FUNCTIONS)
def list_functions(call: Call) -> Response:
    return json_response([pick(f, "_id", "name") for f in call.config.functions.values()])


@table.operation("POST", FUNCTIONS)
def create_function(call: Call) -> Response:
    return created(functions.add(call, _fields(call)))


functions.item_operations(table, FUNCTION, _fields)
