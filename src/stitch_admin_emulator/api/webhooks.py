"""A service's incoming webhooks."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.collections import Collection
from stitch_admin_emulator.api.common import pick
from stitch_admin_emulator.api.services import SERVICE, service_of
from stitch_admin_emulator.responses import created, json_response
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

WEBHOOKS = f"{SERVICE}/incoming_webhooks"
WEBHOOK = f"{WEBHOOKS}/{{incomingWebhookId}}"
webhooks = Collection(
    "incoming webhook",
    "IncomingWebhookNotFound",
    "incomingWebhookId",
    lambda call: service_of(call).webhooks,
)


def _fields(call: Call) -> dict[str, object]:
    defaults = {"function_source": "", "respond_result": False, "options": {}}
    return defaults | pick(call.body, "name", "function_source", "respond_result", "options")


@table.operation("GET", WEBHOOKS)
def list_incoming_webhooks(call: Call) -> Response:
    return json_response(list(service_of(call).webhooks.values()))


@table.operation("POST", WEBHOOKS)
def create_incoming_webhook(call: Call) -> Response:
    return created(webhooks.add(call, _fields(call)))


webhooks.item_operations(table, WEBHOOK, _fields)
