"""The HTTP origins browsers may call the application from (deployable configuration)."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.responses import json_response, no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

ORIGINS = f"{APP}/security/allowed_request_origins"


@table.operation("GET", ORIGINS)
def list_allowed_request_origins(call: Call) -> Response:
    return json_response(call.config.allowed_origins)


@table.operation("POST", ORIGINS)
def set_allowed_request_origins(call: Call) -> Response:
    # Replaced in place: the list object belongs to the configuration the caller sees.
    call.config.allowed_origins[:] = list(dict.fromkeys(call.body))
    return no_content()
