"""A service's access rules. Rules keep every field they are given: their shape varies by
service type (MongoDB rules carry `database`, `collection`, `roles`, `schema`, ...)."""

from __future__ import annotations

from starlette.responses import Response

from stitch_admin_emulator.api.collections import Collection
from stitch_admin_emulator.api.common import pick
from stitch_admin_emulator.api.services import SERVICE, service_of
from stitch_admin_emulator.responses import created, json_response
from stitch_admin_emulator.routing import Call, OperationTable

table = OperationTable()

RULES = f"{SERVICE}/rules"
RULE = f"{RULES}/{{ruleId}}"
rules = Collection("rule", "RuleNotFound", "ruleId", lambda call: service_of(call).rules)


def _fields(call: Call) -> dict[str, object]:
    return {key: value for key, value in call.body.items() if key != "_id"}


@table.operation("GET", RULES)
def list_rules(call: Call) -> Response:
    return json_response(list(service_of(call).rules.values()))


@table.operation("POST", RULES)
def create_rule(call: Call) -> Response:
    # The service answers a create with the new rule's id and name only.
    return created(pick(rules.add(call, _fields(call)), "_id", "name"))


rules.item_operations(table, RULE, _fields)
