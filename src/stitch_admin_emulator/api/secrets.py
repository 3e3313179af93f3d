"""Secrets: named strings an application keeps outside its readable configuration.

A secret's value is stored and never returned: lists and writes show `_id` and `name` only.
Secrets change at once (they are not part of drafts or deployments). Values refer to a
secret by name (`from_secret`), so a secret that a value refers to, in the deployed
configuration, an administrator's draft or a deployment under way, can be neither deleted nor
renamed (`409`).
"""

from __future__ import annotations

from collections.abc import Iterator

from starlette.responses import Response

from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.app_config import AppConfig, Document
from stitch_admin_emulator.errors import conflict
from stitch_admin_emulator.routing import Call, OperationTable
from stitch_admin_emulator.state import AppRecord

table = OperationTable()

SECRETS = f"{APP}/secrets"
SECRET = f"{SECRETS}/{{secretId}}"
secrets = Family("secrets", "secret", "SecretNotFound", "secretId", deployable=False)


def _configurations(app: AppRecord) -> Iterator[AppConfig]:
    yield app.deployed
    for draft in app.drafts.values():
        yield draft.config
    for deployment in app.deployments:
        if deployment.config is not None:
            yield deployment.config


def referring_values(app: AppRecord, secret_name: str) -> list[str]:
    """The names of the values that refer to the secret, in any configuration of the app."""
    return sorted(
        {
            value["name"]
            for config in _configurations(app)
            for value in config.values.values()
            if value.get("from_secret") and value.get("value") == secret_name
        }
    )


def secret_named(app: AppRecord, name: str) -> Document | None:
    return next((s for s in app.collections.get("secrets", {}).values() if s["name"] == name), None)


def _check_unreferenced(call: Call, secret: Document, doing: str) -> None:
    users = referring_values(call.app, secret["name"])
    if users:
        raise conflict(
            f"cannot {doing} secret '{secret['name']}': values refer to it: {', '.join(users)}",
            "SecretInUse",
        )


def _fields(call: Call, current: Document | None) -> Document:
    if current is not None and current["name"] != call.body["name"]:
        _check_unreferenced(call, current, "rename")
    return pick(call.body, "name", "value")


def _shown(call: Call, secret: Document) -> Document:
    return pick(secret, "_id", "name")


@table.operation("DELETE", SECRET)
def delete_secret(call: Call) -> Response:
    _check_unreferenced(call, secrets.one(call), "delete")
    secrets.remove(call)
    return answer(call)


serve_family(table, secrets, SECRETS, SECRET, fields=_fields, shown=_shown, skip=("DELETE item",))
