"""`GET .../logs`: one page of the application's log, newest first."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import timestamps
from stitch_admin_emulator.api.common import APP, bool_query
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.log_store import LogQuery
from stitch_admin_emulator.responses import json_response
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()


def _instant(call: Call, name: str) -> int | None:
    text = call.query(name)
    if text is None:
        return None
    try:
        return timestamps.parse_us(text)
    except ValueError as exc:
        raise bad_request(f"query parameter '{name}' is not an ISO 8601 date: {text!r}") from exc


def _skip(call: Call) -> int:
    text = call.query("skip")
    if text is None:
        return 0
    if not (text.isascii() and text.isdigit()):
        raise bad_request(f"query parameter 'skip' must be a whole number, not {text!r}")
    return int(text)


@table.operation("GET", f"{APP}/logs")
def list_logs(call: Call) -> Response:
    query = LogQuery(
        start_us=_instant(call, "start_date"),
        end_us=_instant(call, "end_date"),
        skip=_skip(call),
        errors_only=bool(bool_query(call.query("errors_only"), "errors_only")),
        user_id=call.query("user_id"),
        co_id=call.query("co_id"),
    )
    return json_response(call.app.logs.page(query))
