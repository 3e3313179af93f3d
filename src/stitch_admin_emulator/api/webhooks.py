"""A service's incoming webhooks."""

from __future__ import annotations

from stitch_admin_emulator.api.resources import Family, serve_family
from stitch_admin_emulator.api.service_parts import webhook_fields
from stitch_admin_emulator.api.services import SERVICE, service_of
from stitch_admin_emulator.app_config import Document
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

WEBHOOKS = f"{SERVICE}/incoming_webhooks"
WEBHOOK = f"{WEBHOOKS}/{{incomingWebhookId}}"
webhooks = Family(
    "incoming_webhooks",
    "incoming webhook",
    "IncomingWebhookNotFound",
    "incomingWebhookId",
    where=lambda call: service_of(call).webhooks,
)


def _fields(call: Call, current: Document | None) -> Document:
    return webhook_fields(call.body)


serve_family(table, webhooks, WEBHOOKS, WEBHOOK, fields=_fields)
