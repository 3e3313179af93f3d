"""Event subscriptions (see `event_subscriptions`): the app's deployed triggers as they run."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator import event_subscriptions
from stitch_admin_emulator.api.common import APP, find
from stitch_admin_emulator.api.resources import answer
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

SUBSCRIPTIONS = f"{APP}/event_subscriptions"
SUBSCRIPTION = f"{SUBSCRIPTIONS}/{{eventSubscriptionId}}"


def _trigger(call: Call) -> Document:
    found: Document = find(
        call.app.deployed.triggers,
        call.params["eventSubscriptionId"],
        "event subscription",
        "EventSubscriptionNotFound",
    )
    return found


@table.operation("GET", SUBSCRIPTIONS)
def list_event_subscriptions(call: Call) -> Response:
    return answer(call, event_subscriptions.subscriptions(call.app, call.query("type")))


@table.operation("GET", SUBSCRIPTION)
def get_event_subscription(call: Call) -> Response:
    return answer(call, event_subscriptions.subscription(call.app, _trigger(call)))


@table.operation("GET", f"{SUBSCRIPTION}/execution")
def get_event_subscription_execution(call: Call) -> Response:
    return answer(call, event_subscriptions.latest_execution(call.app, _trigger(call)))
