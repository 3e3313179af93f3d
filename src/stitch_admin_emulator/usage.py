"""Per-application usage: what metrics and billed measurements are computed from.

Each application keeps one document, `app.singletons["usage"]`, of hourly buckets:
`{"hours": {"<hour start, ISO 8601>": {"requests": n, "failed_requests": n, "compute_ms": x,
"egress_bytes": n, "function_runs": n}}}`. The request pipeline adds every answered request
of an operation on the application (its status and body size), and function runs add their
execution time. Hours are the finest grain kept, so a document stays small however long the
application lives (at most one entry per hour of activity).

Counting must stay cheap: it changes the document in memory only, after the request's own
transaction. The next write of the application stores the document with the rest, so with a
data directory the counts made since the application last changed are lost if the emulator
stops before it changes again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from stitch_admin_emulator import timestamps
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.state import AppRecord

KEY = "usage"
COUNTS = ("requests", "failed_requests", "compute_ms", "egress_bytes", "function_runs")
HOUR = timedelta(hours=1)
# More points than this in one answer is a mistake (a year of hours is 8,784).
MAX_POINTS = 10_000
_DURATION = re.compile(
    r"P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?"
)


def _hour_key(instant: datetime) -> str:
    return instant.strftime("%Y-%m-%dT%H:00:00Z")


def _hours(app: AppRecord) -> dict[str, Document]:
    document = app.singletons.setdefault(KEY, {"hours": {}})
    hours: dict[str, Document] = document.setdefault("hours", {})
    return hours


def _bucket(app: AppRecord, now_ms: int | None = None) -> Document:
    ms = timestamps.now_ms() if now_ms is None else now_ms
    key = _hour_key(datetime.fromtimestamp(ms / 1000, UTC))
    return _hours(app).setdefault(key, dict.fromkeys(COUNTS, 0))


def record_request(app: AppRecord, status: int, egress_bytes: int) -> None:
    """One answered request of an operation on the application."""
    bucket = _bucket(app)
    bucket["requests" if status < 400 else "failed_requests"] += 1
    bucket["egress_bytes"] += egress_bytes


def record_function_run(app: AppRecord, execution_ms: float) -> None:
    """One run of a function (or a service function) on behalf of the application."""
    bucket = _bucket(app)
    bucket["function_runs"] += 1
    bucket["compute_ms"] = round(bucket["compute_ms"] + execution_ms, 3)


def parse_duration(text: str) -> timedelta:
    """An ISO 8601 duration of whole hours or more (`PT1H`, `P1D`, `P31D`), or 400."""
    found = _DURATION.fullmatch(text)
    if found is None or not any(found.groupdict().values()):
        raise bad_request(f"granularity must be an ISO 8601 duration such as PT1H, not {text!r}")
    parts = {name: int(value or 0) for name, value in found.groupdict().items()}
    duration = timedelta(**parts)
    if duration < HOUR or duration % HOUR:
        raise bad_request(
            f"granularity {text!r} is finer than the emulator keeps: it counts usage per hour, "
            "so the granularity must be a whole number of hours (PT1H, PT6H, P1D, P31D, ...)"
        )
    return duration


def parse_instant(text: str, name: str) -> datetime:
    try:
        return timestamps.parse(text)
    except ValueError as exc:
        raise bad_request(f"'{name}' must be an ISO 8601 date and time, not {text!r}") from exc


def format_instant(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def month_of(now: datetime) -> tuple[datetime, datetime]:
    """The current month: its first instant, and its last second (the service's default)."""
    start = now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(seconds=1)


def check_period(start: datetime, end: datetime, granularity: timedelta) -> None:
    if end < start:
        raise bad_request("'end' must not be before 'start'")
    if (end - start) / granularity > MAX_POINTS:
        raise bad_request(f"the period holds more than {MAX_POINTS} data points; widen granularity")


def _points(start: datetime, end: datetime, granularity: timedelta) -> Iterator[datetime]:
    point = start
    while point <= end:
        yield point
        point += granularity


def series(
    apps: Iterable[AppRecord], start: datetime, end: datetime, granularity: timedelta
) -> list[tuple[datetime, dict[str, float]]]:
    """The apps' summed counts per data point, one point per `granularity` from `start` up
    to `end`; each hour of usage counts in the point it begins in."""
    buckets: list[tuple[datetime, Document]] = [
        (timestamps.parse(key), counts)
        for app in apps
        for key, counts in app.singletons.get(KEY, {}).get("hours", {}).items()
    ]
    points = list(_points(start, end, granularity))
    totals: list[dict[str, float]] = [dict.fromkeys(COUNTS, 0) for _ in points]
    for hour, counts in buckets:
        # An hour counts in the point where it begins, or in the first point if it began
        # before the period but ends inside it.
        if hour + HOUR <= start or hour > end:
            continue
        index = int((max(hour, start) - start) // granularity)
        for name in COUNTS:
            totals[index][name] += counts.get(name, 0)
    return list(zip(points, totals, strict=True))


def data_points(
    points: list[tuple[datetime, dict[str, float]]], value: Any
) -> list[dict[str, Any]]:
    """`{"timestamp", "value"}` for each point, the value computed from its counts."""
    return [{"timestamp": format_instant(at), "value": value(counts)} for at, counts in points]
