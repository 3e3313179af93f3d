"""Values: named constants that functions read (part of the deployable configuration)."""

from __future__ import annotations

from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, serve_family
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

VALUES = f"{APP}/values"
VALUE = f"{VALUES}/{{valueId}}"
values = Family(
    "values", "value", "ValueNotFound", "valueId", where=lambda call: call.config.values
)


def _fields(call: Call, current: Document | None) -> Document:
    body = call.body
    return {"name": body["name"], "value": body.get("value"), "private": body.get("private", False)}


serve_family(
    table,
    values,
    VALUES,
    VALUE,
    fields=_fields,
    listed=lambda call, value: pick(value, "_id", "name", "private"),
)
