"""Triggers (part of the deployable configuration). Each names a stored function by id;
answers add that function's name. Deleting a trigger answers `200 {}`, as the service does."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import event_subscriptions
from stitch_admin_emulator.api.common import APP, pick
from stitch_admin_emulator.api.resources import Family, answer, serve_family
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.config_document import trigger_settings_problem
from stitch_admin_emulator.errors import bad_request
from stitch_admin_emulator.responses import no_content
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

TRIGGERS = f"{APP}/triggers"
TRIGGER = f"{TRIGGERS}/{{triggerId}}"
triggers = Family(
    "triggers", "trigger", "TriggerNotFound", "triggerId", where=lambda call: call.config.triggers
)


def _fields(call: Call, current: Document | None) -> Document:
    body, config = call.body, call.config
    if body["function_id"] not in config.functions:
        raise bad_request(
            f"function_id '{body['function_id']}' names no function", "FunctionNotFound"
        )
    settings = body["config"]
    problem = trigger_settings_problem(body["type"], settings)
    if problem is not None:
        raise bad_request(problem)
    if body["type"] == "DATABASE" and settings["service_id"] not in config.services:
        raise bad_request(
            f"service_id '{settings['service_id']}' names no service", "ServiceNotFound"
        )
    return {
        **pick(body, "name", "type", "function_id"),
        "disabled": body.get("disabled", False),
        "config": settings,
    }


def _shown(call: Call, trigger: Document) -> Document:
    function = call.config.functions.get(trigger["function_id"])
    return trigger if function is None else {**trigger, "function_name": function["name"]}


@table.operation("DELETE", TRIGGER)
def delete_trigger(call: Call) -> Response:
    # The service answers `200 {}`, not the deleted trigger.
    triggers.remove(call)
    return answer(call, {})


serve_family(
    table, triggers, TRIGGERS, TRIGGER, fields=_fields, shown=_shown, skip=("DELETE item",)
)


@table.operation("PUT", f"{TRIGGER}/resume")
def resume_trigger(call: Call) -> Response:
    # Only the control endpoint suspends a trigger (as the service does when one fails);
    # resuming one that runs is harmless. The emulator keeps no change stream position, so
    # resuming from the last position or from now (`disable_token`) is the same.
    event_subscriptions.resume(call.app, triggers.one(call)["_id"])
    return no_content()
