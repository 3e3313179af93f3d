"""Stored functions (part of the deployable configuration)."""

from __future__ import annotations

from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, serve_family
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

FUNCTIONS = f"{APP}/functions"
FUNCTION = f"{FUNCTIONS}/{{functionId}}"
functions = Family(
    "functions",
    "function",
    "FunctionNotFound",
    "functionId",
    where=lambda call: call.config.functions,
)


def _fields(call: Call, current: Document | None) -> Document:
    fields = pick(call.body, "name", "source")
    return fields | {"private": call.body.get("private", False)} | pick(call.body, "can_evaluate")


serve_family(
    table,
    functions,
    FUNCTIONS,
    FUNCTION,
    fields=_fields,
    listed=lambda call, function: pick(function, "_id", "name"),
)
