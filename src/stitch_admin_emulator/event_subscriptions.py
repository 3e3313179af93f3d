"""Event subscriptions: the running side of the app's deployed triggers.

Each deployed trigger is one subscription, with the trigger's id. Its `state` is `disabled`
when the trigger is, `suspended` when the service stopped it (the control endpoint does that,
as the service would on a failure; resuming the trigger clears it), else `enabled`. Suspensions
are runtime state, kept in `app.collection("suspended_triggers")` by trigger id.

A subscription's latest execution comes from the app's log: its newest entry of the trigger's
log type that names the subscription (`event_subscription_id`, or `event_subscription_name`).
The emulator runs no triggers itself, so such entries are the ones seeded through the control
endpoint; without one the execution is empty (`{}`). Its fields are Extended JSON: the
resume token of the event (`data`), the trigger (`resource_id`), when the batch completed
(`completed_at`) and the event's cluster time (`cluster_time`).
"""

from __future__ import annotations

from typing import Any

from stitch_admin_emulator import timestamps
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.state import AppRecord

SUSPENDED = "suspended_triggers"
LOG_TYPES = {
    "DATABASE": "DB_TRIGGER",
    "AUTHENTICATION": "AUTH_TRIGGER",
    "SCHEDULED": "SCHEDULED_TRIGGER",
}
_SHOWN = (
    "_id",
    "name",
    "type",
    "function_id",
    "disabled",
    "config",
    "event_processors",
    "error_handler",
    "last_modified",
)


def suspend(app: AppRecord, trigger_id: str, error: str) -> None:
    app.collection(SUSPENDED)[trigger_id] = {
        "_id": trigger_id,
        "error": error,
        "suspended_at": timestamps.format_ms(timestamps.now_ms()),
    }


def resume(app: AppRecord, trigger_id: str) -> bool:
    """Clear a suspension; whether there was one."""
    return app.collections.get(SUSPENDED, {}).pop(trigger_id, None) is not None


def subscription(app: AppRecord, trigger: Document) -> Document:
    shown = {key: trigger[key] for key in _SHOWN if key in trigger}
    function = app.deployed.functions.get(trigger.get("function_id", ""))
    if function is not None:
        shown["function_name"] = function["name"]
    suspension = app.collections.get(SUSPENDED, {}).get(trigger["_id"])
    if trigger.get("disabled"):
        shown["state"] = "disabled"
    elif suspension is not None:
        shown |= {"state": "suspended", "error": suspension["error"]}
    else:
        shown["state"] = "enabled"
    return shown


def subscriptions(app: AppRecord, kind: str | None = None) -> list[Document]:
    return [
        subscription(app, trigger)
        for trigger in app.deployed.triggers.values()
        if kind is None or trigger.get("type") == kind
    ]


def latest_execution(app: AppRecord, trigger: Document) -> Document:
    log_type = LOG_TYPES.get(trigger.get("type", ""))

    def ran(entry: dict[str, Any]) -> bool:
        return entry.get("type") == log_type and (
            entry.get("event_subscription_id") == trigger["_id"]
            or entry.get("event_subscription_name") == trigger["name"]
        )

    entry = app.logs.latest(ran)
    if entry is None:
        return {}
    completed = entry.get("completed") or entry["started"]
    try:
        cluster_seconds = timestamps.parse_ms(entry["started"]) // 1000
    except (TypeError, ValueError):
        cluster_seconds = 0
    return {
        "data": {"_data": entry.get("resume_token", entry["_id"])},
        "resource_id": {"$oid": trigger["_id"]},
        "completed_at": {"$date": completed},
        "cluster_time": {"$timestamp": {"t": cluster_seconds, "i": 1}},
    }
