"""Metrics and billed measurements, computed from each app's usage (see `usage`).

Metrics (`GET .../metrics`, `start`, `end` and `granularity` required) are the series the
emulator counts: answered requests of the app (successful and failed), its functions'
execution time, and the bytes of its answers; asking for another metric is refused (400).
Measurements (`.../measurements`, for an app or the whole group) are the billing view of the
same counts: requests, compute hours, gigabytes out, and sync hours (always zero: the
emulator has no Device Sync). Their period defaults to the current month and their
granularity to `P31D`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from starlette.responses import Response

from stitch_admin_emulator import usage
from stitch_admin_emulator.api.common import APP
from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.routing import Call, OperationTable
from stitch_admin_emulator.state import AppRecord

table = OperationTable()

Value = Callable[[dict[str, float]], float]
# name -> (units, value of a data point from its counts)
METRICS: dict[str, tuple[str, Value]] = {
    "OVERALL_SUCCESSFUL_REQUESTS": ("SCALAR", lambda counts: counts["requests"]),
    "OVERALL_FAILED_REQUESTS": ("SCALAR", lambda counts: counts["failed_requests"]),
    "OVERALL_COMPUTE_MS": ("MILLISECONDS", lambda counts: counts["compute_ms"]),
    "OVERALL_EGRESS_BYTES": ("BYTES", lambda counts: counts["egress_bytes"]),
}
MS_PER_HOUR = 3_600_000
BYTES_PER_GIGABYTE = 1_000_000_000
MEASUREMENTS: dict[str, tuple[str, Value]] = {
    "request_count": ("", lambda counts: counts["requests"] + counts["failed_requests"]),
    "compute_time": ("HOURS", lambda counts: counts["compute_ms"] / MS_PER_HOUR),
    "data_out": ("GIGABYTES", lambda counts: counts["egress_bytes"] / BYTES_PER_GIGABYTE),
    "sync_time": ("HOURS", lambda counts: 0),
}
MEASUREMENT_GRANULARITIES = ("P31D", "PT1H")


def _required(call: Call, name: str) -> str:
    value = call.query(name)
    if value is None:
        raise bad_request(f"the query parameter '{name}' is required")
    return value


def _series(
    apps: list[AppRecord],
    start: datetime,
    end: datetime,
    granularity: timedelta,
    wanted: dict[str, tuple[str, Value]],
) -> list[Document]:
    usage.check_period(start, end, granularity)
    points = usage.series(apps, start, end, granularity)
    return [
        {"name": name, "units": units, "data_points": usage.data_points(points, value)}
        for name, (units, value) in wanted.items()
    ]


@table.operation("GET", f"{APP}/metrics")
def get_app_metrics(call: Call) -> Response:
    start = usage.parse_instant(_required(call, "start"), "start")
    end = usage.parse_instant(_required(call, "end"), "end")
    granularity_text = _required(call, "granularity")
    granularity = usage.parse_duration(granularity_text)
    wanted = METRICS
    only = call.query("metrics")
    if only is not None:
        if only not in METRICS:
            raise bad_request(
                f"the emulator does not measure {only!r}; it has {', '.join(METRICS)}"
            )
        wanted = {only: METRICS[only]}
    app = call.app
    return answer(
        call,
        {
            "app_id": app.id,
            "app_name": app.name,
            "group_id": app.group_id,
            "start": usage.format_instant(start),
            "end": usage.format_instant(end),
            "granularity": granularity_text,
            "measurements": _series([app], start, end, granularity, wanted),
        },
    )


def _measurement_period(call: Call) -> tuple[datetime, datetime, str]:
    month_start, month_end = usage.month_of(datetime.now().astimezone())
    start_text, end_text = call.query("start"), call.query("end")
    start = month_start if start_text is None else usage.parse_instant(start_text, "start")
    end = month_end if end_text is None else usage.parse_instant(end_text, "end")
    granularity = call.query("granularity") or "P31D"
    if granularity not in MEASUREMENT_GRANULARITIES:
        raise bad_request(f"granularity must be P31D or PT1H, not {granularity!r}")
    return start, end, granularity


def _measurements(call: Call, apps: list[AppRecord], extra: Document) -> Response:
    start, end, granularity = _measurement_period(call)
    series = _series(apps, start, end, usage.parse_duration(granularity), MEASUREMENTS)
    return answer(
        call,
        extra
        | {
            "start": usage.format_instant(start),
            "end": usage.format_instant(end),
            "granularity": granularity,
            "measurements": series,
        },
    )


@table.operation("GET", "/groups/{groupId}/measurements")
def get_group_measurements(call: Call) -> Response:
    group_id = call.params["groupId"]
    return _measurements(call, call.store.apps_of_group(group_id), {"group_id": group_id})


@table.operation("GET", f"{APP}/measurements")
def get_app_measurements(call: Call) -> Response:
    app = call.app
    extra = {"group_id": app.group_id, "appId": app.id, "appName": app.name}
    return _measurements(call, [app], extra)
