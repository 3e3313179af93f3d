"""Values: named constants that functions read (part of the deployable configuration).

A value with `from_secret: true` holds the name of a secret of the app, and stands for that
secret's value when a function reads it (`context.values.get`); it must name an existing
secret when it is created or changed (`400` otherwise). The API shows the secret's name,
never its value.
"""

from __future__ import annotations

from typing import Any

from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, serve_family
from stitch_admin_emulator.api.secrets import secret_named
from stitch_admin_emulator.app_config import AppConfig, Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.routing import Call, OperationTable
from stitch_admin_emulator.state import AppRecord

table = OperationTable()

VALUES = f"{APP}/values"
VALUE = f"{VALUES}/{{valueId}}"
values = Family(
    "values", "value", "ValueNotFound", "valueId", where=lambda call: call.config.values
)


def _fields(call: Call, current: Document | None) -> Document:
    body = call.body
    from_secret = body.get("from_secret", False)
    if from_secret:
        secret = body.get("value")
        if not isinstance(secret, str):
            raise bad_request("a value with from_secret must hold the name of a secret")
        if secret_named(call.app, secret) is None:
            raise bad_request(f"no secret is named '{secret}'", "SecretNotFound")
    return {
        "name": body["name"],
        "value": body.get("value"),
        "private": body.get("private", False),
        "from_secret": from_secret,
    }


def resolved(app: AppRecord, config: AppConfig) -> dict[str, Any]:
    """What functions read: each value by name, a secret's value for a `from_secret` one
    (None if the secret has gone since)."""
    found: dict[str, Any] = {}
    for value in config.values.values():
        content = value.get("value")
        if value.get("from_secret"):
            secret = secret_named(app, content) if isinstance(content, str) else None
            content = None if secret is None else secret["value"]
        found[value["name"]] = content
    return found


serve_family(
    table,
    values,
    VALUES,
    VALUE,
    fields=_fields,
    listed=lambda call, value: pick(value, "_id", "name", "private", "from_secret"),
)
