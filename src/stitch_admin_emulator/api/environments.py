"""The application's environment, and environment values.

An application is in one environment (`development`, `testing`, `qa`, `production`) or in
none (`""`); the environment changes at once (`AppRecord.environment`) and `PUT .../environment`
answers the application. An environment value (part of the deployable configuration) is a
named value with contents per environment (`values`: `none`, `development`, ...); lists and
writes show it without its contents, a read shows them. A function reads the contents for
the app's current environment (see `for_functions`).
"""

from __future__ import annotations

import time
from typing import Any

from starlette.responses import Response

from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.app_config import AppConfig, Document
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

ENVIRONMENT_VALUES = f"{APP}/environment_values"
ENVIRONMENT_VALUE = f"{ENVIRONMENT_VALUES}/{{environmentValueId}}"
# The key of `values` an application without an environment reads.
NO_ENVIRONMENT = "none"
environment_values = Family(
    "environment_values", "environment value", "EnvironmentValueNotFound", "environmentValueId"
)


@table.operation("PUT", f"{APP}/environment")
def set_environment(call: Call) -> Response:
    # The body's schema admits only the service's environments; an absent one means none.
    call.app.environment = call.body.get("environment") or ""
    return answer(call, call.app.document())


def _fields(call: Call, current: Document | None) -> Document:
    return {
        "name": call.body["name"],
        "values": call.body.get("values", {}),
        "last_modified": int(time.time()),
    }


def _summary(call: Call, value: Document) -> Document:
    return pick(value, "_id", "name", "last_modified")


def for_functions(environment: str, config: AppConfig) -> dict[str, Any]:
    """`context.environment` of a function run: the environment's name (`tag`) and each
    environment value's contents for it (`values`); a value with no contents for the
    environment is left out."""
    key = environment or NO_ENVIRONMENT
    contents = {
        value["name"]: value["values"][key]
        for value in config.collections.get("environment_values", {}).values()
        if key in value.get("values", {})
    }
    return {"tag": environment, "values": contents}


serve_family(
    table,
    environment_values,
    ENVIRONMENT_VALUES,
    ENVIRONMENT_VALUE,
    fields=_fields,
    shown=_summary,
    skip=("GET item",),
)


@table.operation("GET", ENVIRONMENT_VALUE)
def get_environment_value(call: Call) -> Response:
    return answer(call, environment_values.one(call))
