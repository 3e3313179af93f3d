"""Generated log entries: a demo application for `--seed-logs N`, and many entries at once
for the control endpoint `POST /_emulator/groups/{g}/apps/{a}/logs/generate` (benchmarks)."""

from __future__ import annotations

import random
from typing import Any

import attrs

from stitch_admin_emulator import ids, log_store, timestamps
from stitch_admin_emulator.shapes import Integer, Number, Object, String
from stitch_admin_emulator.state import AppRecord, Store

DEMO_APP_NAME = "demo"
_TYPES = ("API", "FUNCTION", "AUTH", "WEBHOOK", "DB_TRIGGER")


def demo_app(store: Store, entries: int) -> AppRecord:
    """An app named `demo` in the default group whose log holds `entries` entries, one every
    250 ms up to now, with runs of equal timestamps and an error in every tenth one. An
    emulator restarted on its data directory finds the app it made before."""
    with store.transaction():
        for app in store.apps_of_group(store.settings.group_id):
            if app.name == DEMO_APP_NAME:
                return app
        app = store.create_app(store.settings.group_id, DEMO_APP_NAME, "US-VA", "GLOBAL")
        _seed(store, app, entries)
        return app


def _seed(store: Store, app: AppRecord, entries: int) -> None:
    # Seeded, so the same count gives the same entries; nothing here is a secret.
    generator = random.Random(entries)  # noqa: S311
    now = timestamps.now_ms()
    user_ids = [ids.object_id() for _ in range(5)]
    batch = []
    for index in range(entries):
        started = now - (entries - index) // 3 * 250  # three entries share each instant
        entry = {
            "co_id": ids.object_id(),
            "type": generator.choice(_TYPES),
            "app_id": app.id,
            "group_id": app.group_id,
            "domain_id": app.domain_id,
            "user_id": generator.choice(user_ids),
            "request_url": f"/demo/{index}",
            "request_method": "POST",
            "started": timestamps.format_ms(started),
            "completed": timestamps.format_ms(started + generator.randint(1, 40)),
            "status": 200,
            "messages": [f"demo entry {index}"],
        }
        if index % 10 == 9:
            entry |= {
                "error": f"demo failure {index}",
                "error_code": "FunctionExecutionError",
                "status": 500,
            }
        batch.append(log_store.normalize(entry, now))
    store.current.add_logs(app, batch)


# ---------------------------------------------------------------- many entries, generated

GENERATE_SHAPE = Object(
    required={"count": Integer(), "start": String(), "end": String()},
    optional={
        "dense": Object(required={"start": String(), "end": String(), "share": Number(minimum=0)}),
        "step_ms": Integer(),
        "seed": Integer(),
    },
)
MAX_GENERATED = 10_000_000


@attrs.frozen
class Generation:
    """What `POST /_emulator/.../logs/generate` asks for: `count` entries whose `started` falls
    in (`start`, `end`], uniformly, but for a `share` of them that falls in the `dense` window;
    with `step_ms`, instants are multiples of it (many entries share each one)."""

    count: int
    start_ms: int
    end_ms: int
    dense: tuple[int, int, float] | None = None
    step_ms: int = 1
    seed: int = 0

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> Generation:
        """ValueError if the body asks for something that cannot be made."""
        count = body["count"]
        if not 1 <= count <= MAX_GENERATED:
            raise ValueError(f"'count' must be between 1 and {MAX_GENERATED}")
        start, end = _window(body["start"], body["end"], "")
        dense = None
        if "dense" in body:
            share = float(body["dense"]["share"])
            if share > 1:
                raise ValueError("'dense.share' must be at most 1")
            dense = (*_window(body["dense"]["start"], body["dense"]["end"], "dense."), share)
        step = body.get("step_ms", 1)
        if step < 1:
            raise ValueError("'step_ms' must be at least 1")
        return cls(count, start, end, dense, step, body.get("seed", 0))


def _window(start: str, end: str, where: str) -> tuple[int, int]:
    try:
        low, high = timestamps.parse_ms(start), timestamps.parse_ms(end)
    except ValueError as exc:
        raise ValueError(f"'{where}start' and '{where}end' must be ISO 8601 instants") from exc
    if high <= low:
        raise ValueError(f"'{where}end' must come after '{where}start'")
    return low, high


def generated_entries(app: AppRecord, plan: Generation) -> list[tuple[int, dict[str, Any]]]:
    """The entries `plan` asks for, each like a function call the service logs, every tenth
    one an error. Fast enough for a million (shared field values, one time format per second)."""
    generator = random.Random(plan.seed)  # noqa: S311 - test data, not secrets
    dense_count = 0 if plan.dense is None else round(plan.count * plan.dense[2])
    seconds: dict[int, str] = {}

    def stamp(ms: int) -> str:
        second, millis = divmod(ms, 1000)
        prefix = seconds.get(second)
        if prefix is None:
            prefix = seconds[second] = timestamps.format_ms(second * 1000)[:-4]
        return f"{prefix}{millis:03d}Z"

    user_ids = [ids.object_id() for _ in range(5)]
    function_id = ids.object_id()
    request_url = f"/api/client/v2.0/app/{app.client_app_id}/functions/call"
    made: list[tuple[int, dict[str, Any]]] = []
    for index in range(plan.count):
        low, high = (
            (plan.dense[0], plan.dense[1])
            if index < dense_count and plan.dense
            else (
                plan.start_ms,
                plan.end_ms,
            )
        )
        ms = generator.randint(low + 1, high)
        ms -= ms % plan.step_ms
        entry: dict[str, Any] = {
            "_id": ids.object_id(),
            "co_id": ids.object_id(),
            "type": "FUNCTION" if index % 4 else "API",
            "domain_id": app.domain_id,
            "app_id": app.id,
            "group_id": app.group_id,
            "request_url": request_url,
            "request_method": "POST",
            "remote_ip_address": "203.0.113.7",
            "started": stamp(ms),
            "completed": stamp(ms + 37 + index % 50),
            "status": 200,
            "user_id": user_ids[index % 5],
            "function_name": "syncInventory",
            "function_id": function_id,
            "messages": [f"processed batch {index}", "upserted 12 documents"],
            "mem_time_usage": 1_200_000 + index % 977,
        }
        if index % 10 == 9:
            entry |= {"error": f"failure {index}", "error_code": "FunctionExecutionError"}
            entry["status"] = 500
        made.append((ms, entry))
    return made
